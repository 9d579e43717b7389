/**
 * Continuous Glucose Monitoring Service 0x181F (CGMS 1.0.1; field layouts as in the
 * GATT Specification Supplement, GSS). Every CGM characteristic may end in an E2E-CRC
 * (see crc.ts) when the sensor's CGM Feature sets "E2E-CRC Supported" (bit 12); the
 * decoders here tell by the length (or, for CGM Measurement, the Size field) and check it.
 */
import { ByteReader, ByteWriter, dateTimeToMs } from './bytes';
import type { DateTime } from './bytes';
import { appendE2eCrc, e2eCrc } from './crc';
import { DecodeError, hex16, hex8, rejectReservedBits, requireLength } from './errors';
import type { MderFloat, MderInput } from './ieee11073';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';

// ───────────────────────────── shared pieces ─────────────────────────────

/** CGM Measurement Flags (GSS "CGM Measurement": bits 2–4 RFU). */
export const CGM_FLAGS = {
  trend: 0x01,
  quality: 0x02,
  warningOctet: 0x20,
  calTempOctet: 0x40,
  statusOctet: 0x80,
} as const;
const CGM_FLAGS_KNOWN = 0xe3;

/**
 * Sensor Status Annunciation bit names, numbered as the GSS numbers them in the combined
 * 24-bit field: Status octet bits 0–7, Cal/Temp octet bits 8–15, Warning octet bits 16–23.
 */
export const CGM_ANNUNCIATION_BITS: Record<number, string> = {
  0: 'session-stopped',
  1: 'device-battery-low',
  2: 'sensor-type-incorrect',
  3: 'sensor-malfunction',
  4: 'device-specific-alert',
  5: 'general-device-fault',
  8: 'time-sync-required',
  9: 'calibration-not-allowed',
  10: 'calibration-recommended',
  11: 'calibration-required',
  12: 'sensor-temperature-too-high',
  13: 'sensor-temperature-too-low',
  16: 'below-patient-low-level',
  17: 'above-patient-high-level',
  18: 'below-hypo-level',
  19: 'above-hyper-level',
  20: 'rate-of-decrease-exceeded',
  21: 'rate-of-increase-exceeded',
  22: 'below-device-range',
  23: 'above-device-range',
};

/** The Sensor Status Annunciation, octet by octet and as named conditions. */
export interface CgmAnnunciation {
  /** Status octet (bits 0–7), when sent. */
  status?: number;
  /** Cal/Temp octet (bits 8–15), when sent. */
  calTemp?: number;
  /** Warning octet (bits 16–23), when sent. */
  warning?: number;
  /** status | calTemp << 8 | warning << 16, absent octets as 0. */
  value: number;
  /** Names of the conditions set (CGM_ANNUNCIATION_BITS); RFU bits appear as `bit-N`. */
  active: string[];
}

function annunciation(status: number | undefined, calTemp: number | undefined, warning: number | undefined): CgmAnnunciation {
  const value = (status ?? 0) | ((calTemp ?? 0) << 8) | ((warning ?? 0) << 16);
  const active: string[] = [];
  for (let b = 0; b < 24; b++) if (value & (1 << b)) active.push(CGM_ANNUNCIATION_BITS[b] ?? `bit-${b}`);
  const a: CgmAnnunciation = { value, active };
  if (status !== undefined) a.status = status;
  if (calTemp !== undefined) a.calTemp = calTemp;
  if (warning !== undefined) a.warning = warning;
  return a;
}

/** Glucose/CGM "Type" nibble (GSS "CGM Type" / Glucose Measurement "Type"). */
export const SAMPLE_TYPES: Record<number, string> = {
  1: 'capillary-whole-blood',
  2: 'capillary-plasma',
  3: 'venous-whole-blood',
  4: 'venous-plasma',
  5: 'arterial-whole-blood',
  6: 'arterial-plasma',
  7: 'undetermined-whole-blood',
  8: 'undetermined-plasma',
  9: 'interstitial-fluid',
  10: 'control-solution',
};
/** "Sample Location" nibble (Glucose 1–4; CGM adds 5 = subcutaneous tissue). */
export const SAMPLE_LOCATIONS: Record<number, string> = {
  1: 'finger',
  2: 'alternate-site-test',
  3: 'earlobe',
  4: 'control-solution',
  5: 'subcutaneous-tissue',
  15: 'not-available',
};
export const nameOr = (table: Record<number, string>, v: number): string => table[v] ?? 'reserved';

/**
 * Splits off and checks an optional trailing E2E-CRC for the fixed-length CGM
 * characteristics: `bytes` is either `bodyLen` long (no CRC) or `bodyLen + 2` (CRC).
 */
function checkOptionalCrc(bytes: Uint8Array, bodyLen: number, what: string): number | undefined {
  requireLength(bytes, bodyLen, what, 'its fields');
  if (bytes.length === bodyLen) return undefined;
  if (bytes.length !== bodyLen + 2) {
    throw new DecodeError('malformed', `${what}: frame is ${bytes.length} bytes, expected ${bodyLen} or ${bodyLen + 2} (with E2E-CRC)`);
  }
  return verifyCrc(bytes, bodyLen, what);
}

function verifyCrc(bytes: Uint8Array, bodyLen: number, what: string, start = 0): number {
  const sent = bytes[start + bodyLen] | (bytes[start + bodyLen + 1] << 8);
  const computed = e2eCrc(bytes, start, start + bodyLen);
  if (sent !== computed) {
    throw new DecodeError('bad_crc', `${what}: E2E-CRC is ${hex16(sent)} but the data give ${hex16(computed)}`);
  }
  return sent;
}

const withCrc = (w: ByteWriter, crc: boolean | undefined): Uint8Array => (crc ? appendE2eCrc(w.toBytes()) : w.toBytes());

// ───────────────────────────── CGM Measurement 0x2AA7 ─────────────────────────────

/** One CGM Measurement record (a notification may carry several back to back). */
export interface CgmMeasurementRecord {
  /** The record's Size field: its length in octets, Size and E2E-CRC included. */
  size: number;
  flags: number;
  /** Glucose concentration, mg/dL. */
  glucose: MderFloat;
  /** Minutes since the Session Start Time. */
  timeOffset: number;
  annunciation?: CgmAnnunciation;
  /** Trend, (mg/dL)/min. */
  trend?: MderFloat;
  /** Quality, %. */
  quality?: MderFloat;
  /** The E2E-CRC the record carried (already checked). */
  crc?: number;
}

export interface CgmMeasurementFields {
  records: CgmMeasurementRecord[];
}

/** What `encodeCgmMeasurement` needs for one record. Optional octets/fields are sent when given. */
export interface CgmMeasurementInput {
  /** mg/dL (or a special value). */
  glucose: MderInput;
  /** Minutes since session start, 0–65535. */
  timeOffset: number;
  /** (mg/dL)/min. */
  trend?: MderInput;
  /** %. */
  quality?: MderInput;
  /** Status octet (annunciation bits 0–7). */
  status?: number;
  /** Cal/Temp octet (annunciation bits 8–15). */
  calTemp?: number;
  /** Warning octet (annunciation bits 16–23). */
  warning?: number;
  /** Append the E2E-CRC (the sensor's CGM Feature sets bit 12). */
  crc?: boolean;
}

/**
 * Decodes a CGM Measurement notification: Size, Flags, Glucose (SFLOAT mg/dL), Time
 * Offset (uint16 min), Sensor Status Annunciation (Warning, Cal/Temp, Status octets,
 * each present if its flag is set), Trend (SFLOAT), Quality (SFLOAT), E2E-CRC.
 *
 * The octet order Warning → Cal/Temp → Status follows the flag bits 5 → 6 → 7 and is how
 * Nordic's qualified sensor (nRF5 SDK `cgms_meas_encode`) and collector libraries put
 * them on the air; the GSS numbers the bits Status 0–7, Cal/Temp 8–15, Warning 16–23.
 * Whether a CRC is present is read from the Size field: Size equals the flags' length,
 * or that plus 2.
 */
export function decodeCgmMeasurement(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<CgmMeasurementFields> {
  const what = 'cgm-measurement';
  requireLength(bytes, 1, what, 'the size field');
  const records: CgmMeasurementRecord[] = [];
  const observations: ProfileObservation[] = [];
  let at = 0;
  while (at < bytes.length) {
    const size = bytes[at];
    if (size < 6) throw new DecodeError('malformed', `${what}: record at byte ${at} has size ${size}, the minimum is 6`);
    if (at + 2 > bytes.length) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, the record at byte ${at} needs at least ${at + 6}`);
    const flags = bytes[at + 1];
    rejectReservedBits(flags, CGM_FLAGS_KNOWN, what, 'flags');
    const body =
      6 +
      (flags & CGM_FLAGS.warningOctet ? 1 : 0) +
      (flags & CGM_FLAGS.calTempOctet ? 1 : 0) +
      (flags & CGM_FLAGS.statusOctet ? 1 : 0) +
      (flags & CGM_FLAGS.trend ? 2 : 0) +
      (flags & CGM_FLAGS.quality ? 2 : 0);
    if (at + body > bytes.length) {
      throw new DecodeError('short', `${what}: frame is ${bytes.length - at} bytes, flags ${hex8(flags)} need at least ${body}`);
    }
    if (size !== body && size !== body + 2) {
      throw new DecodeError('malformed', `${what}: size field says ${size} bytes but flags ${hex8(flags)} give ${body} (or ${body + 2} with E2E-CRC)`);
    }
    if (at + size > bytes.length) {
      throw new DecodeError('short', `${what}: frame is ${bytes.length - at} bytes, size field says ${size}`);
    }
    const r = new ByteReader(bytes, what, at + body, at);
    r.u8('size');
    r.u8('flags');
    const rec: CgmMeasurementRecord = { size, flags, glucose: r.sfloat('glucose'), timeOffset: r.u16('time offset') };
    if (flags & (CGM_FLAGS.warningOctet | CGM_FLAGS.calTempOctet | CGM_FLAGS.statusOctet)) {
      const warning = flags & CGM_FLAGS.warningOctet ? r.u8('warning octet') : undefined;
      const calTemp = flags & CGM_FLAGS.calTempOctet ? r.u8('cal/temp octet') : undefined;
      const status = flags & CGM_FLAGS.statusOctet ? r.u8('status octet') : undefined;
      rec.annunciation = annunciation(status, calTemp, warning);
    }
    if (flags & CGM_FLAGS.trend) rec.trend = r.sfloat('trend');
    if (flags & CGM_FLAGS.quality) rec.quality = r.sfloat('quality');
    if (size === body + 2) rec.crc = verifyCrc(bytes, body, what, at);
    records.push(rec);
    if (rec.glucose.kind === 'number') {
      const o: ProfileObservation = { metric: 'glucose', value: rec.glucose.value, unit: 'mg/dL' };
      if (opts.baseTime) o.t = new Date(opts.baseTime.getTime() + rec.timeOffset * 60_000).toISOString();
      observations.push(o);
    }
    at += size;
  }
  return { fields: { records }, observations };
}

/** Encodes one or more CGM Measurement records into one notification value. */
export function encodeCgmMeasurement(input: CgmMeasurementInput | CgmMeasurementInput[]): Uint8Array {
  const list = Array.isArray(input) ? input : [input];
  const parts = list.map((rec) => {
    let flags = 0;
    if (rec.trend !== undefined) flags |= CGM_FLAGS.trend;
    if (rec.quality !== undefined) flags |= CGM_FLAGS.quality;
    if (rec.warning !== undefined) flags |= CGM_FLAGS.warningOctet;
    if (rec.calTemp !== undefined) flags |= CGM_FLAGS.calTempOctet;
    if (rec.status !== undefined) flags |= CGM_FLAGS.statusOctet;
    const w = new ByteWriter().u8(0).u8(flags).sfloat(rec.glucose).u16(rec.timeOffset);
    if (rec.warning !== undefined) w.u8(rec.warning);
    if (rec.calTemp !== undefined) w.u8(rec.calTemp);
    if (rec.status !== undefined) w.u8(rec.status);
    if (rec.trend !== undefined) w.sfloat(rec.trend);
    if (rec.quality !== undefined) w.sfloat(rec.quality);
    const b = w.toBytes();
    b[0] = b.length + (rec.crc ? 2 : 0);
    return rec.crc ? appendE2eCrc(b) : b;
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ───────────────────────────── CGM Feature 0x2AA8 ─────────────────────────────

/** CGM Feature bits (GSS "CGM Feature", bits 17–23 RFU). */
export const CGM_FEATURE_BITS: Record<number, string> = {
  0: 'calibration',
  1: 'patient-high-low-alerts',
  2: 'hypo-alerts',
  3: 'hyper-alerts',
  4: 'rate-of-increase-decrease-alerts',
  5: 'device-specific-alert',
  6: 'sensor-malfunction-detection',
  7: 'sensor-temperature-high-low-detection',
  8: 'sensor-result-high-low-detection',
  9: 'low-battery-detection',
  10: 'sensor-type-error-detection',
  11: 'general-device-fault',
  12: 'e2e-crc',
  13: 'multiple-bond',
  14: 'multiple-sessions',
  15: 'cgm-trend-information',
  16: 'cgm-quality',
};
export const CGM_FEATURE_E2E_CRC = 1 << 12;

export interface CgmFeatureFields {
  /** The 24-bit feature field. */
  features: number;
  /** Names of the supported features. */
  supported: string[];
  e2eCrcSupported: boolean;
  type: number;
  typeName: string;
  sampleLocation: number;
  sampleLocationName: string;
  /** The E2E-CRC field: the CRC when supported, 0xFFFF when not. */
  crc: number;
}

export interface CgmFeatureInput {
  features: number;
  /** SAMPLE_TYPES code, e.g. 9 = interstitial fluid. */
  type: number;
  /** SAMPLE_LOCATIONS code, e.g. 5 = subcutaneous tissue. */
  sampleLocation: number;
}

/**
 * CGM Feature: Features (24 bit), Type (low nibble) + Sample Location (high nibble),
 * E2E-CRC (uint16, always present; "0xFFFF if the device does not support E2E-CRC").
 */
export function decodeCgmFeature(bytes: Uint8Array): Decoded<CgmFeatureFields> {
  const what = 'cgm-feature';
  const r = new ByteReader(bytes, what);
  const features = r.u24('features');
  const ts = r.u8('type-sample location');
  const crc = r.u16('E2E-CRC');
  r.done();
  const e2eCrcSupported = (features & CGM_FEATURE_E2E_CRC) !== 0;
  if (e2eCrcSupported) verifyCrc(bytes, 4, what);
  const supported: string[] = [];
  for (let b = 0; b < 24; b++) if (features & (1 << b)) supported.push(CGM_FEATURE_BITS[b] ?? `bit-${b}`);
  return {
    fields: {
      features, supported, e2eCrcSupported,
      type: ts & 0x0f, typeName: nameOr(SAMPLE_TYPES, ts & 0x0f),
      sampleLocation: ts >> 4, sampleLocationName: nameOr(SAMPLE_LOCATIONS, ts >> 4),
      crc,
    },
    observations: [],
  };
}

export function encodeCgmFeature(f: CgmFeatureInput): Uint8Array {
  const w = new ByteWriter().u24(f.features).u8((f.type & 0x0f) | ((f.sampleLocation & 0x0f) << 4));
  return f.features & CGM_FEATURE_E2E_CRC ? appendE2eCrc(w.toBytes()) : w.u16(0xffff).toBytes();
}

// ───────────────────────────── CGM Status 0x2AA9 ─────────────────────────────

export interface CgmStatusFields {
  /** Minutes since session start. */
  timeOffset: number;
  status: CgmAnnunciation;
  crc?: number;
}

export interface CgmStatusInput {
  timeOffset: number;
  status?: number;
  calTemp?: number;
  warning?: number;
  crc?: boolean;
}

/**
 * CGM Status: Time Offset (uint16 min), CGM Status (the three annunciation octets, always
 * all three, same order as in CGM Measurement), optional E2E-CRC.
 */
export function decodeCgmStatus(bytes: Uint8Array): Decoded<CgmStatusFields> {
  const what = 'cgm-status';
  const crc = checkOptionalCrc(bytes, 5, what);
  const r = new ByteReader(bytes, what, 5);
  const timeOffset = r.u16('time offset');
  const warning = r.u8('warning octet');
  const calTemp = r.u8('cal/temp octet');
  const status = r.u8('status octet');
  const fields: CgmStatusFields = { timeOffset, status: annunciation(status, calTemp, warning) };
  if (crc !== undefined) fields.crc = crc;
  return { fields, observations: [] };
}

export function encodeCgmStatus(s: CgmStatusInput): Uint8Array {
  return withCrc(new ByteWriter().u16(s.timeOffset).u8(s.warning ?? 0).u8(s.calTemp ?? 0).u8(s.status ?? 0), s.crc);
}

// ───────────────────────────── Session Start Time 0x2AAA ─────────────────────────────

/** DST Offset codes (GSS "DST Offset") → minutes. 255 = unknown. */
export const DST_OFFSET_MINUTES: Record<number, number> = { 0: 0, 2: 30, 4: 60, 8: 120 };

export interface SessionStartTimeFields {
  /** The sensor's local wall-clock start time. */
  start: DateTime;
  /** Time zone in 15-minute steps from UTC (−48…+56); −128 = unknown. */
  timeZone: number;
  /** DST offset code: 0, 2 (+0.5 h), 4 (+1 h), 8 (+2 h), 255 = unknown. */
  dstOffset: number;
  /** The start in UTC, when the date and time zone are known (unknown DST counts as 0). */
  startUtc?: string;
  crc?: number;
}

export interface SessionStartTimeInput {
  start: DateTime;
  timeZone: number;
  dstOffset: number;
  crc?: boolean;
}

/** Session Start Time: Date Time, Time Zone (sint8), DST Offset (uint8), optional E2E-CRC. */
export function decodeSessionStartTime(bytes: Uint8Array): Decoded<SessionStartTimeFields> {
  const what = 'cgm-session-start-time';
  const crc = checkOptionalCrc(bytes, 9, what);
  const r = new ByteReader(bytes, what, 9);
  const start = r.dateTime('session start time');
  const timeZone = r.i8('time zone');
  const dstOffset = r.u8('DST offset');
  if (timeZone !== -128 && (timeZone < -48 || timeZone > 56)) {
    throw new DecodeError('reserved', `${what}: time zone ${timeZone} is outside −48…+56 (15-minute steps) and is not −128 (unknown)`);
  }
  if (dstOffset !== 255 && DST_OFFSET_MINUTES[dstOffset] === undefined) {
    throw new DecodeError('reserved', `${what}: DST offset ${dstOffset} is not one of 0, 2, 4, 8, 255`);
  }
  const fields: SessionStartTimeFields = { start, timeZone, dstOffset };
  if (timeZone !== -128) {
    // Local time = UTC + zone + DST (GSS "Local Time Information"), so UTC = local − both.
    const ms = dateTimeToMs(start, timeZone * 15 + (DST_OFFSET_MINUTES[dstOffset] ?? 0));
    if (ms !== undefined) fields.startUtc = new Date(ms).toISOString();
  }
  if (crc !== undefined) fields.crc = crc;
  return { fields, observations: [] };
}

export function encodeSessionStartTime(s: SessionStartTimeInput): Uint8Array {
  return withCrc(new ByteWriter().dateTime(s.start).i8(s.timeZone).u8(s.dstOffset), s.crc);
}

// ───────────────────────────── Session Run Time 0x2AAB ─────────────────────────────

export interface SessionRunTimeFields {
  /** Expected session length, hours. */
  hours: number;
  crc?: number;
}

/** Session Run Time: uint16 hours, optional E2E-CRC. */
export function decodeSessionRunTime(bytes: Uint8Array): Decoded<SessionRunTimeFields> {
  const what = 'cgm-session-run-time';
  const crc = checkOptionalCrc(bytes, 2, what);
  const fields: SessionRunTimeFields = { hours: bytes[0] | (bytes[1] << 8) };
  if (crc !== undefined) fields.crc = crc;
  return { fields, observations: [] };
}

export function encodeSessionRunTime(s: { hours: number; crc?: boolean }): Uint8Array {
  return withCrc(new ByteWriter().u16(s.hours), s.crc);
}

// ───────────────────────────── Specific Ops Control Point 0x2AAC ─────────────────────────────

type OperandKind = 'none' | 'u8' | 'u16' | 'sfloat' | 'calibration' | 'response';

/** SOCP op codes (CGMS 1.0.1, "CGM Specific Ops Control Point", op code table). */
export const SOCP_OPS: Record<number, { name: string; operand: OperandKind }> = {
  1: { name: 'set-communication-interval', operand: 'u8' },
  2: { name: 'get-communication-interval', operand: 'none' },
  3: { name: 'communication-interval-response', operand: 'u8' },
  4: { name: 'set-glucose-calibration-value', operand: 'calibration' },
  5: { name: 'get-glucose-calibration-value', operand: 'u16' },
  6: { name: 'glucose-calibration-value-response', operand: 'calibration' },
  7: { name: 'set-patient-high-alert-level', operand: 'sfloat' },
  8: { name: 'get-patient-high-alert-level', operand: 'none' },
  9: { name: 'patient-high-alert-level-response', operand: 'sfloat' },
  10: { name: 'set-patient-low-alert-level', operand: 'sfloat' },
  11: { name: 'get-patient-low-alert-level', operand: 'none' },
  12: { name: 'patient-low-alert-level-response', operand: 'sfloat' },
  13: { name: 'set-hypo-alert-level', operand: 'sfloat' },
  14: { name: 'get-hypo-alert-level', operand: 'none' },
  15: { name: 'hypo-alert-level-response', operand: 'sfloat' },
  16: { name: 'set-hyper-alert-level', operand: 'sfloat' },
  17: { name: 'get-hyper-alert-level', operand: 'none' },
  18: { name: 'hyper-alert-level-response', operand: 'sfloat' },
  19: { name: 'set-rate-of-decrease-alert-level', operand: 'sfloat' },
  20: { name: 'get-rate-of-decrease-alert-level', operand: 'none' },
  21: { name: 'rate-of-decrease-alert-level-response', operand: 'sfloat' },
  22: { name: 'set-rate-of-increase-alert-level', operand: 'sfloat' },
  23: { name: 'get-rate-of-increase-alert-level', operand: 'none' },
  24: { name: 'rate-of-increase-alert-level-response', operand: 'sfloat' },
  25: { name: 'reset-device-specific-alert', operand: 'none' },
  26: { name: 'start-session', operand: 'none' },
  27: { name: 'stop-session', operand: 'none' },
  28: { name: 'response-code', operand: 'response' },
};
const OPERAND_LEN: Record<OperandKind, number> = { none: 0, u8: 1, u16: 2, sfloat: 2, calibration: 10, response: 2 };

/** SOCP Response Code values. */
export const SOCP_RESPONSES: Record<number, string> = {
  1: 'success',
  2: 'op-code-not-supported',
  3: 'invalid-operand',
  4: 'procedure-not-completed',
  5: 'parameter-out-of-range',
};

/** A calibration record (SOCP op codes 4 and 6). */
export interface CgmCalibration {
  /** mg/dL. */
  glucose: MderFloat;
  /** Minutes since session start. */
  time: number;
  type: number;
  sampleLocation: number;
  /** Minutes since session start of the next calibration due (0 = none). */
  nextTime: number;
  /** 0xFFFF in a get = "last"; a record number in responses. */
  recordNumber: number;
  /** Bit 0 rejected, bit 1 out of range, bit 2 process pending. */
  status: number;
}
export type CgmCalibrationInput = Omit<CgmCalibration, 'glucose'> & { glucose: MderInput };

export interface SocpMessage {
  opCode: number;
  op: string;
  /** Communication interval, minutes (0 = off, 255 = fastest). */
  interval?: number;
  calibration?: CgmCalibration;
  /** Calibration record number asked for (0xFFFF = the last). */
  recordNumber?: number;
  /** Alert level: mg/dL, or (mg/dL)/min for the rate alerts. */
  level?: MderFloat;
  requestOpCode?: number;
  responseCode?: number;
  response?: string;
  crc?: number;
}

export interface SocpInput {
  /** Op name (SOCP_OPS) or code. */
  op: string | number;
  interval?: number;
  calibration?: CgmCalibrationInput;
  recordNumber?: number;
  level?: MderInput;
  requestOp?: string | number;
  /** Response name (SOCP_RESPONSES) or code. */
  response?: string | number;
  crc?: boolean;
}

function codeOf(table: Record<number, { name: string } | string>, v: string | number, what: string): number {
  if (typeof v === 'number') return v;
  for (const [k, x] of Object.entries(table)) if ((typeof x === 'string' ? x : x.name) === v) return Number(k);
  throw new RangeError(`${what}: unknown name "${v}"`);
}

/** Decodes a SOCP write (collector → sensor) or indication (sensor → collector). */
export function decodeSocp(bytes: Uint8Array): Decoded<SocpMessage> {
  const what = 'cgm-specific-ops-control-point';
  requireLength(bytes, 1, what, 'the op code');
  const opCode = bytes[0];
  const op = SOCP_OPS[opCode];
  if (!op) throw new DecodeError('reserved', `${what}: op code ${opCode} is reserved`);
  const body = 1 + OPERAND_LEN[op.operand];
  const crc = checkOptionalCrc(bytes, body, what);
  const r = new ByteReader(bytes, what, body);
  r.u8('op code');
  const m: SocpMessage = { opCode, op: op.name };
  switch (op.operand) {
    case 'none':
      break;
    case 'u8':
      m.interval = r.u8('interval');
      break;
    case 'u16':
      m.recordNumber = r.u16('calibration record number');
      break;
    case 'sfloat':
      m.level = r.sfloat('alert level');
      break;
    case 'calibration': {
      const glucose = r.sfloat('calibration glucose');
      const time = r.u16('calibration time');
      const ts = r.u8('calibration type-sample location');
      m.calibration = {
        glucose, time, type: ts & 0x0f, sampleLocation: ts >> 4,
        nextTime: r.u16('next calibration time'), recordNumber: r.u16('calibration record number'), status: r.u8('calibration status'),
      };
      break;
    }
    case 'response':
      m.requestOpCode = r.u8('request op code');
      m.responseCode = r.u8('response code');
      m.response = nameOr(SOCP_RESPONSES, m.responseCode);
      break;
    default: {
      const never: never = op.operand;
      throw new Error(`unhandled operand ${String(never)}`);
    }
  }
  if (crc !== undefined) m.crc = crc;
  return { fields: m, observations: [] };
}

export function encodeSocp(m: SocpInput): Uint8Array {
  const opCode = codeOf(SOCP_OPS, m.op, 'SOCP op');
  const op = SOCP_OPS[opCode];
  if (!op) throw new RangeError(`SOCP op code ${opCode} is reserved`);
  const w = new ByteWriter().u8(opCode);
  const need = <T>(v: T | undefined, field: string): T => {
    if (v === undefined) throw new RangeError(`SOCP ${op.name} needs ${field}`);
    return v;
  };
  switch (op.operand) {
    case 'none':
      break;
    case 'u8':
      w.u8(need(m.interval, 'interval'));
      break;
    case 'u16':
      w.u16(need(m.recordNumber, 'recordNumber'));
      break;
    case 'sfloat':
      w.sfloat(need(m.level, 'level'));
      break;
    case 'calibration': {
      const c = need(m.calibration, 'calibration');
      w.sfloat(c.glucose).u16(c.time).u8((c.type & 0x0f) | ((c.sampleLocation & 0x0f) << 4)).u16(c.nextTime).u16(c.recordNumber).u8(c.status);
      break;
    }
    case 'response':
      w.u8(codeOf(SOCP_OPS, need(m.requestOp, 'requestOp'), 'SOCP op')).u8(codeOf(SOCP_RESPONSES, need(m.response, 'response'), 'SOCP response'));
      break;
    default: {
      const never: never = op.operand;
      throw new Error(`unhandled operand ${String(never)}`);
    }
  }
  return withCrc(w, m.crc);
}
