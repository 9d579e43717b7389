/**
 * BTHome v2 (bthome.io/format, bthome.io/encryption): sensor readings broadcast as service
 * data under the 16-bit UUID 0xFCD2, no connection or pairing. Layout, after the UUID:
 *
 *   device info (1) · [MAC, reversed (6) when bit 1] · objects…                 (plain)
 *   device info (1) · [MAC (6)] · ciphertext of the objects · counter (4) · MIC (4)  (encrypted)
 *
 * Device info: bit 0 encryption, bit 1 MAC included (bthome-ble's extension; the page
 * marks it reserved), bit 2 trigger-based (sends on events only), bits 3–4 reserved, bits
 * 5–7 version (2). Each object is an id byte then a value whose size the id fixes (text
 * and raw carry their own length byte), little-endian, times the id's factor. An id this
 * table does not know stops decoding: its size is unknown, so nothing after it can be
 * placed.
 */
import { DecodeError, hex8 } from '../errors';
import { toHex } from '../hex';
import type { Decoded, ProfileObservation } from '../types';
import { aesCcmDecrypt, aesCcmEncrypt } from './aes-ccm';
import { formatMac, parseMac } from './mac';

const WHAT = 'bthome';
/** BTHome's service data UUID, 0xFCD2. */
export const BTHOME_UUID16 = 0xfcd2;

type Kind = 'u' | 's' | 'text' | 'raw';
interface ObjectType {
  name: string;
  /** Bytes of the value; 0 for text/raw (length byte first). */
  size: number;
  kind: Kind;
  factor: number;
  unit?: string;
}

const u = (name: string, size: number, factor = 1, unit?: string): ObjectType => ({ name, size, kind: 'u', factor, ...(unit ? { unit } : {}) });
const s = (name: string, size: number, factor = 1, unit?: string): ObjectType => ({ name, size, kind: 's', factor, ...(unit ? { unit } : {}) });

const BINARY = ['generic_boolean', 'power', 'opening', undefined, undefined, undefined, 'battery_low', 'battery_charging', 'carbon_monoxide', 'cold', 'connectivity', 'door', 'garage_door', 'gas', 'heat', 'light', 'lock', 'moisture', 'motion', 'moving', 'occupancy', 'plug', 'presence', 'problem', 'running', 'safety', 'smoke', 'sound', 'tamper', 'vibration', 'window'];

/**
 * Every object id of the BTHome v2 format page (sensor data, binary sensors, events and
 * device information), with its size, sign, factor and unit.
 */
export const BTHOME_OBJECTS: ReadonlyMap<number, ObjectType> = new Map<number, ObjectType>([
  [0x00, u('packet_id', 1)],
  [0x01, u('battery', 1, 1, '%')],
  [0x02, s('temperature', 2, 0.01, '°C')],
  [0x03, u('humidity', 2, 0.01, '%')],
  [0x04, u('pressure', 3, 0.01, 'hPa')],
  [0x05, u('illuminance', 3, 0.01, 'lx')],
  [0x06, u('mass_kg', 2, 0.01, 'kg')],
  [0x07, u('mass_lb', 2, 0.01, 'lb')],
  [0x08, s('dewpoint', 2, 0.01, '°C')],
  [0x09, u('count', 1)],
  [0x0a, u('energy', 3, 0.001, 'kWh')],
  [0x0b, u('power', 3, 0.01, 'W')],
  [0x0c, u('voltage', 2, 0.001, 'V')],
  [0x0d, u('pm2_5', 2, 1, 'µg/m³')],
  [0x0e, u('pm10', 2, 1, 'µg/m³')],
  ...BINARY.flatMap((name, i): [number, ObjectType][] => (name ? [[0x0f + i, u(name, 1)]] : [])),
  [0x12, u('co2', 2, 1, 'ppm')],
  [0x13, u('tvoc', 2, 1, 'µg/m³')],
  [0x14, u('moisture', 2, 0.01, '%')],
  [0x2e, u('humidity', 1, 1, '%')],
  [0x2f, u('moisture', 1, 1, '%')],
  [0x3a, u('button', 1)],
  [0x3c, u('dimmer', 2)],
  [0x3d, u('count', 2)],
  [0x3e, u('count', 4)],
  [0x3f, s('rotation', 2, 0.1, '°')],
  [0x40, u('distance_mm', 2, 1, 'mm')],
  [0x41, u('distance_m', 2, 0.1, 'm')],
  [0x42, u('duration', 3, 0.001, 's')],
  [0x43, u('current', 2, 0.001, 'A')],
  [0x44, u('speed', 2, 0.01, 'm/s')],
  [0x45, s('temperature', 2, 0.1, '°C')],
  [0x46, u('uv_index', 1, 0.1)],
  [0x47, u('volume', 2, 0.1, 'L')],
  [0x48, u('volume', 2, 1, 'mL')],
  [0x49, u('volume_flow_rate', 2, 0.001, 'm³/h')],
  [0x4a, u('voltage', 2, 0.1, 'V')],
  [0x4b, u('gas', 3, 0.001, 'm³')],
  [0x4c, u('gas', 4, 0.001, 'm³')],
  [0x4d, u('energy', 4, 0.001, 'kWh')],
  [0x4e, u('volume', 4, 0.001, 'L')],
  [0x4f, u('water', 4, 0.001, 'L')],
  [0x50, u('timestamp', 4, 1, 's')],
  [0x51, u('acceleration', 2, 0.001, 'm/s²')],
  [0x52, u('gyroscope', 2, 0.001, '°/s')],
  [0x53, { name: 'text', size: 0, kind: 'text', factor: 1 }],
  [0x54, { name: 'raw', size: 0, kind: 'raw', factor: 1 }],
  [0x55, u('volume_storage', 4, 0.001, 'L')],
  [0x56, u('conductivity', 2, 1, 'µS/cm')],
  [0x57, s('temperature', 1, 1, '°C')],
  [0x58, s('temperature', 1, 0.35, '°C')],
  [0x59, s('count', 1)],
  [0x5a, s('count', 2)],
  [0x5b, s('count', 4)],
  [0x5c, s('power', 4, 0.01, 'W')],
  [0x5d, s('current', 2, 0.001, 'A')],
  [0x5e, u('direction', 2, 0.01, '°')],
  [0x5f, u('precipitation', 2, 0.1, 'mm')],
  [0x60, u('channel', 1)],
  [0x61, u('rotational_speed', 2, 1, 'rpm')],
  [0x62, s('speed', 4, 0.000001, 'm/s')],
  [0x63, s('acceleration', 4, 0.000001, 'm/s²')],
  [0x64, u('light_level', 1)],
  [0xf0, u('device_type_id', 2)],
  [0xf1, u('firmware_version', 4)],
  [0xf2, u('firmware_version', 3)],
]);

/** One decoded object, in frame order. */
export interface BthomeObject {
  /** The object id as `0x02`. */
  id: string;
  name: string;
  /** Scaled number (rounded to the factor's decimals), or text / raw hex for 0x53 / 0x54. */
  value: number | string;
  unit?: string;
}

export interface BthomeFields {
  version: 2;
  encrypted: boolean;
  /** The device sends on events only, not at a regular interval. */
  trigger_based: boolean;
  /** The sensor's address, when the frame carries it (device info bit 1). */
  mac?: string;
  /** Encryption counter (uint32 little-endian), encrypted frames only. */
  counter?: number;
  /** Packet id object 0x00 (uint8), when present. */
  packet_id?: number;
  objects: BthomeObject[];
}

export interface BthomeOptions {
  /** The 16-byte bind key of an encrypted sensor. */
  key?: Uint8Array;
  /** The sensor's MAC (`54:48:E6:8F:80:A5`), for the nonce when the frame does not carry it. */
  mac?: string;
}

const decimals = (f: number) => Math.max(0, Math.ceil(-Math.log10(f) - 1e-9));
const round = (v: number, f: number) => (f === 1 ? v : Number((v * f).toFixed(decimals(f))));

/** The 13-byte nonce: MAC (as written, most significant first) · D2 FC · device info · counter bytes as sent. */
export function bthomeNonce(mac: Uint8Array, deviceInfo: number, counterBytes: Uint8Array): Uint8Array {
  return Uint8Array.from([...mac, 0xd2, 0xfc, deviceInfo, ...counterBytes]);
}

/** Decodes BTHome v2 service data (the bytes after the UUID). */
export function decodeBthome(bytes: Uint8Array, opts: BthomeOptions = {}): Decoded<BthomeFields> {
  if (bytes.length < 1) throw new DecodeError('short', `${WHAT}: frame is 0 bytes, the device info byte needs at least 1`);
  const info = bytes[0];
  const version = info >> 5;
  if (version !== 2) throw new DecodeError('reserved', `${WHAT}: device info ${hex8(info)} says BTHome version ${version}; only version 2 is decoded`);
  if (info & 0x18) throw new DecodeError('reserved', `${WHAT}: device info ${hex8(info)} sets reserved bit(s) ${hex8(info & 0x18)}`);
  const encrypted = (info & 0x01) !== 0;
  const macIncluded = (info & 0x02) !== 0;
  let off = 1;
  let macBytes: Uint8Array | undefined;
  if (macIncluded) {
    if (bytes.length < 7) throw new DecodeError('short', `${WHAT}: frame is ${bytes.length} bytes, the MAC that device info ${hex8(info)} promises needs at least 7`);
    macBytes = Uint8Array.from(bytes.subarray(1, 7)).reverse();
    off = 7;
  }
  const fields: BthomeFields = { version: 2, encrypted, trigger_based: (info & 0x04) !== 0, objects: [] };
  if (macBytes) fields.mac = formatMac(macBytes);
  let payload = bytes.subarray(off);
  if (encrypted) {
    if (payload.length < 8) throw new DecodeError('short', `${WHAT}: frame is ${bytes.length} bytes, an encrypted frame needs its counter and MIC (at least ${off + 8})`);
    if (!opts.key) throw new DecodeError('needs_key', `${WHAT}: frame is encrypted (device info ${hex8(info)}); give the sensor's bind key to read it`);
    if (opts.key.length !== 16) throw new DecodeError('needs_key', `${WHAT}: the bind key is ${opts.key.length} bytes; a BTHome key is 16 bytes (32 hex digits)`);
    if (!macBytes) {
      if (!opts.mac) throw new DecodeError('needs_key', `${WHAT}: frame is encrypted and does not carry the sensor's MAC; give its address for the nonce`);
      macBytes = parseMac(opts.mac);
    }
    const counterBytes = payload.subarray(payload.length - 8, payload.length - 4);
    const mic = payload.subarray(payload.length - 4);
    const plain = aesCcmDecrypt(opts.key, bthomeNonce(macBytes, info, counterBytes), payload.subarray(0, payload.length - 8), mic);
    if (!plain) throw new DecodeError('bad_mic', `${WHAT}: MIC ${toHex(mic)} does not match: wrong bind key or MAC, or a damaged frame`);
    fields.counter = (counterBytes[0] | (counterBytes[1] << 8) | (counterBytes[2] << 16) | (counterBytes[3] << 24)) >>> 0;
    payload = plain;
  }
  fields.objects = readObjects(payload);
  const pid = fields.objects.find((o) => o.id === '0x00');
  if (pid) fields.packet_id = pid.value as number;
  return { fields, observations: observationsOf(fields.objects) };
}

function readObjects(p: Uint8Array): BthomeObject[] {
  const out: BthomeObject[] = [];
  let i = 0;
  while (i < p.length) {
    const id = p[i];
    const type = BTHOME_OBJECTS.get(id);
    if (!type) throw new DecodeError('reserved', `${WHAT}: object id ${hex8(id)} at byte ${i} of the objects is not in the BTHome v2 table; its size is unknown, so nothing after it can be read`);
    let size = type.size;
    let start = i + 1;
    if (type.kind === 'text' || type.kind === 'raw') {
      if (start >= p.length) throw new DecodeError('short', `${WHAT}: object ${hex8(id)} (${type.name}) has no length byte`);
      size = p[start];
      start += 1;
    }
    if (start + size > p.length) throw new DecodeError('short', `${WHAT}: object ${hex8(id)} (${type.name}) needs ${size} bytes, ${p.length - start} left`);
    const v = p.subarray(start, start + size);
    const o: BthomeObject = { id: `0x${id.toString(16).padStart(2, '0')}`, name: type.name, value: 0 };
    if (type.kind === 'text') o.value = new TextDecoder().decode(v);
    else if (type.kind === 'raw') o.value = toHex(v);
    else {
      let n = 0;
      for (let k = size - 1; k >= 0; k--) n = n * 256 + v[k];
      if (type.kind === 's' && n >= 2 ** (8 * size - 1)) n -= 2 ** (8 * size);
      o.value = round(n, type.factor);
    }
    if (type.unit) o.unit = type.unit;
    out.push(o);
    i = start + size;
  }
  return out;
}

const TEMPERATURE_IDS = new Set(['0x02', '0x45', '0x57', '0x58']);
const HUMIDITY_IDS = new Set(['0x03', '0x2e']);

/**
 * Room temperature, humidity and battery, the first of each in the frame: a sensor with
 * several probes sends more, which stay in `fields.objects` (one reading per metric is
 * what the ingest stores for a device at one time).
 */
function observationsOf(objects: BthomeObject[]): ProfileObservation[] {
  const out: ProfileObservation[] = [];
  const t = objects.find((o) => TEMPERATURE_IDS.has(o.id));
  if (t) out.push({ metric: 'room_temperature', value: t.value as number, unit: '°C' });
  const h = objects.find((o) => HUMIDITY_IDS.has(o.id));
  if (h) out.push({ metric: 'humidity', value: h.value as number, unit: '%RH' });
  const b = objects.find((o) => o.id === '0x01');
  if (b) out.push({ metric: 'battery_level', value: b.value as number, unit: '%' });
  return out;
}

/** What the simulator broadcasts: temperature 0x02, humidity 0x03, battery 0x01, packet id 0x00. */
export interface BthomeReadingInput {
  packetId?: number;
  batteryPercent?: number;
  /** °C, sent as sint16 × 0.01. */
  celsius?: number;
  /** %RH, sent as uint16 × 0.01. */
  humidityPercent?: number;
  trigger?: boolean;
}

/** Encodes the objects (id order, as the format asks) without the device info byte. */
export function encodeBthomeObjects(r: BthomeReadingInput): Uint8Array {
  const out: number[] = [];
  if (r.packetId !== undefined) out.push(0x00, r.packetId & 0xff);
  if (r.batteryPercent !== undefined) out.push(0x01, Math.round(r.batteryPercent));
  if (r.celsius !== undefined) {
    const v = Math.round(r.celsius * 100);
    if (v < -0x8000 || v > 0x7fff) throw new RangeError(`BTHome temperature ${r.celsius} °C does not fit sint16 × 0.01`);
    const w = v < 0 ? v + 0x10000 : v;
    out.push(0x02, w & 0xff, w >> 8);
  }
  if (r.humidityPercent !== undefined) {
    const v = Math.round(r.humidityPercent * 100);
    out.push(0x03, v & 0xff, v >> 8);
  }
  return Uint8Array.from(out);
}

/**
 * A whole BTHome v2 service data value; with `key` (and the sensor's `mac`) it is
 * encrypted with `counter` as the specification's example shows.
 */
export function encodeBthome(r: BthomeReadingInput, enc?: { key: Uint8Array; mac: string; counter: number }): Uint8Array {
  const objects = encodeBthomeObjects(r);
  const trigger = r.trigger ? 0x04 : 0;
  if (!enc) return Uint8Array.from([0x40 | trigger, ...objects]);
  const info = 0x41 | trigger;
  const c = enc.counter >>> 0;
  const counterBytes = Uint8Array.from([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24]);
  const { ciphertext, tag } = aesCcmEncrypt(enc.key, bthomeNonce(parseMac(enc.mac), info, counterBytes), objects, 4);
  return Uint8Array.from([info, ...ciphertext, ...counterBytes, ...tag]);
}
