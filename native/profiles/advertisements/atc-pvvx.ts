/**
 * The custom advertising formats of the alternative firmware for Xiaomi LYWSD03MMC-style
 * thermometers (github.com/pvvx/ATC_MiThermometer, github.com/atc1441/ATC_MiThermometer):
 * service data under UUID 0x181A, told apart by length.
 *
 * pvvx "custom" (15 bytes, all little-endian):
 *   MAC reversed (6) · temperature sint16 × 0.01 °C · humidity uint16 × 0.01 % ·
 *   battery mV uint16 · battery % uint8 · measurement counter uint8 · flags uint8
 * ATC1441 (13 bytes, big-endian):
 *   MAC (6) · temperature sint16 × 0.1 °C · humidity uint8 % · battery % uint8 ·
 *   battery mV uint16 · frame counter uint8
 */
import { DecodeError } from '../errors';
import type { Decoded, ProfileObservation } from '../types';
import { formatMac, parseMac } from './mac';

export interface AtcPvvxFields {
  format: 'pvvx' | 'atc1441';
  mac: string;
  /** °C */
  temperature: number;
  /** %RH */
  humidity: number;
  battery_mv: number;
  /** % */
  battery: number;
  /** Increments with each new measurement (pvvx) or frame (ATC1441), modulo 256. */
  counter: number;
  /** pvvx only: bit 0 reed switch, bit 1 GPIO trigger, bit 2 output, bits 3–4 temperature/humidity triggers. */
  flags?: number;
}

function observations(f: AtcPvvxFields): ProfileObservation[] {
  return [
    { metric: 'room_temperature', value: f.temperature, unit: '°C' },
    { metric: 'humidity', value: f.humidity, unit: '%RH' },
    { metric: 'battery_level', value: f.battery, unit: '%' },
  ];
}

/** Decodes 0x181A service data in the pvvx (15 bytes) or ATC1441 (13 bytes) format. */
export function decodeAtcPvvx(b: Uint8Array): Decoded<AtcPvvxFields> {
  const what = 'atc-pvvx';
  if (b.length === 15) {
    const i16 = (o: number) => { const v = b[o] | (b[o + 1] << 8); return v >= 0x8000 ? v - 0x10000 : v; };
    const u16 = (o: number) => b[o] | (b[o + 1] << 8);
    const f: AtcPvvxFields = {
      format: 'pvvx',
      mac: formatMac(Uint8Array.from(b.subarray(0, 6)).reverse()),
      temperature: i16(6) / 100,
      humidity: u16(8) / 100,
      battery_mv: u16(10),
      battery: b[12],
      counter: b[13],
      flags: b[14],
    };
    return { fields: f, observations: observations(f) };
  }
  if (b.length === 13) {
    const t = (b[6] << 8) | b[7];
    const f: AtcPvvxFields = {
      format: 'atc1441',
      mac: formatMac(b.subarray(0, 6)),
      temperature: (t >= 0x8000 ? t - 0x10000 : t) / 10,
      humidity: b[8],
      battery: b[9],
      battery_mv: (b[10] << 8) | b[11],
      counter: b[12],
    };
    return { fields: f, observations: observations(f) };
  }
  throw new DecodeError('malformed', `${what}: 0x181A service data is ${b.length} bytes; the pvvx format has 15 and ATC1441 has 13`);
}

export interface AtcPvvxInput {
  mac: string;
  celsius: number;
  humidityPercent: number;
  batteryMv: number;
  batteryPercent: number;
  counter: number;
  flags?: number;
}

/** The pvvx custom format, 15 bytes. */
export function encodePvvx(r: AtcPvvxInput): Uint8Array {
  const t = Math.round(r.celsius * 100);
  const tw = t < 0 ? t + 0x10000 : t;
  const h = Math.round(r.humidityPercent * 100);
  return Uint8Array.from([
    ...Array.from(parseMac(r.mac)).reverse(),
    tw & 0xff, tw >> 8, h & 0xff, h >> 8, r.batteryMv & 0xff, r.batteryMv >> 8,
    r.batteryPercent, r.counter & 0xff, r.flags ?? 0,
  ]);
}

/** The ATC1441 format, 13 bytes. */
export function encodeAtc1441(r: AtcPvvxInput): Uint8Array {
  const t = Math.round(r.celsius * 10);
  const tw = t < 0 ? t + 0x10000 : t;
  return Uint8Array.from([
    ...parseMac(r.mac), tw >> 8, tw & 0xff, Math.round(r.humidityPercent), r.batteryPercent,
    r.batteryMv >> 8, r.batteryMv & 0xff, r.counter & 0xff,
  ]);
}
