/**
 * Environmental Sensing Service 0x181A (ESS 1.0; GSS "Temperature" 0x2A6E, "Humidity" 0x2A6F).
 * The nursery room sensor profile.
 */
import { ByteReader, ByteWriter } from './bytes';
import { DecodeError } from './errors';
import type { Decoded } from './types';

/** GSS: Temperature sint16 in 0.01 °C; 0x8000 means "value is not known". */
export const TEMPERATURE_UNKNOWN = -0x8000;
/** GSS: Humidity uint16 in 0.01 %; 0xFFFF means "value is not known"; 0–100.00 % valid. */
export const HUMIDITY_UNKNOWN = 0xffff;

export interface EssTemperatureFields {
  raw: number;
  /** °C, absent when the sensor says "not known". */
  celsius?: number;
  special?: 'unknown';
}

export interface EssHumidityFields {
  raw: number;
  /** %RH, absent when the sensor says "not known". */
  percent?: number;
  special?: 'unknown';
}

export function decodeEssTemperature(bytes: Uint8Array): Decoded<EssTemperatureFields> {
  const r = new ByteReader(bytes, 'temperature');
  const raw = r.i16('temperature');
  r.done();
  if (raw === TEMPERATURE_UNKNOWN) return { fields: { raw, special: 'unknown' }, observations: [] };
  const celsius = raw / 100;
  return { fields: { raw, celsius }, observations: [{ metric: 'room_temperature', value: celsius, unit: '°C' }] };
}

export function decodeEssHumidity(bytes: Uint8Array): Decoded<EssHumidityFields> {
  const what = 'humidity';
  const r = new ByteReader(bytes, what);
  const raw = r.u16('humidity');
  r.done();
  if (raw === HUMIDITY_UNKNOWN) return { fields: { raw, special: 'unknown' }, observations: [] };
  if (raw > 10000) throw new DecodeError('reserved', `${what}: value ${raw} (${raw / 100} %) is above 100.00 %, a reserved value`);
  const percent = raw / 100;
  return { fields: { raw, percent }, observations: [{ metric: 'humidity', value: percent, unit: '%RH' }] };
}

/** °C → sint16 0.01 °C; `'unknown'` sends 0x8000. */
export function encodeEssTemperature(celsius: number | 'unknown'): Uint8Array {
  if (celsius === 'unknown') return new ByteWriter().i16(TEMPERATURE_UNKNOWN).toBytes();
  const v = Math.round(celsius * 100);
  if (v <= -0x8000 || v > 0x7fff) throw new RangeError(`ESS temperature ${celsius} °C does not fit sint16 × 0.01`);
  return new ByteWriter().i16(v).toBytes();
}

/** %RH → uint16 0.01 %; `'unknown'` sends 0xFFFF. */
export function encodeEssHumidity(percent: number | 'unknown'): Uint8Array {
  if (percent === 'unknown') return new ByteWriter().u16(HUMIDITY_UNKNOWN).toBytes();
  const v = Math.round(percent * 100);
  if (v < 0 || v > 10000) throw new RangeError(`ESS humidity ${percent} % is outside 0–100`);
  return new ByteWriter().u16(v).toBytes();
}
