/**
 * Health Thermometer Service 0x1809 (HTS 1.0; GSS "Temperature Measurement" 0x2A1C,
 * "Intermediate Temperature" 0x2A1E, "Temperature Type" 0x2A1D, "Measurement Interval" 0x2A21).
 */
import { METRICS } from '../../api/metrics';
import { ByteReader, ByteWriter, dateTimeToIso } from './bytes';
import type { DateTime } from './bytes';
import { DecodeError, hex8, rejectReservedBits } from './errors';
import type { MderFloat, MderInput } from './ieee11073';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';

/** Temperature Type values (GSS "Temperature Type"; 0 and 10–255 reserved). */
export const TEMPERATURE_TYPES: Record<number, string> = {
  1: 'armpit',
  2: 'body',
  3: 'ear',
  4: 'finger',
  5: 'gastro-intestinal-tract',
  6: 'mouth',
  7: 'rectum',
  8: 'toe',
  9: 'tympanum',
};

export interface TemperatureMeasurementFields {
  flags: number;
  /** As sent, in `unit`. */
  temperature: MderFloat;
  unit: '°C' | '°F';
  /** Converted to °C (absent for a special value). */
  celsius?: number;
  timestamp?: DateTime;
  temperatureType?: number;
  temperatureTypeName?: string;
}

export interface TemperatureMeasurementInput {
  temperature: MderInput;
  unit?: '°C' | '°F';
  timestamp?: DateTime;
  temperatureType?: number;
  /** Pass through the FLOAT exponent (e.g. −2 for 0.01 °C resolution). */
  exponent?: number;
}

function decodeTemperature(bytes: Uint8Array, what: string, observe: boolean, opts: DecodeOptions): Decoded<TemperatureMeasurementFields> {
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  // Bits 3–7 RFU (HTS 1.0 / GSS).
  rejectReservedBits(flags, 0x07, what, 'flags');
  const need = 5 + (flags & 0x02 ? 7 : 0) + (flags & 0x04 ? 1 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const unit = flags & 0x01 ? '°F' : '°C';
  const f: TemperatureMeasurementFields = { flags, temperature: r.float('temperature'), unit };
  if (f.temperature.kind === 'number') {
    f.celsius = unit === '°F' ? METRICS.body_temperature.accepts['°F'].toCanonical(f.temperature.value) : f.temperature.value;
  }
  if (flags & 0x02) f.timestamp = r.dateTime('time stamp');
  if (flags & 0x04) {
    f.temperatureType = r.u8('temperature type');
    f.temperatureTypeName = TEMPERATURE_TYPES[f.temperatureType] ?? 'reserved';
  }
  r.done();
  const observations: ProfileObservation[] = [];
  if (observe && f.celsius !== undefined) {
    const o: ProfileObservation = { metric: 'body_temperature', value: f.celsius, unit: '°C' };
    const t = f.timestamp && dateTimeToIso(f.timestamp, opts.utcOffsetMinutes ?? 0);
    if (t) o.t = t;
    observations.push(o);
  }
  return { fields: f, observations };
}

/**
 * Temperature Measurement: Flags (bit 0 °F, bit 1 time stamp, bit 2 type), Temperature
 * (FLOAT), Time Stamp (Date Time), Temperature Type (uint8). Yields `body_temperature` in °C.
 */
export function decodeTemperatureMeasurement(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<TemperatureMeasurementFields> {
  return decodeTemperature(bytes, 'temperature-measurement', true, opts);
}

/** Intermediate Temperature: same layout; readings while the thermometer settles, so no observation. */
export function decodeIntermediateTemperature(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<TemperatureMeasurementFields> {
  return decodeTemperature(bytes, 'intermediate-temperature', false, opts);
}

export function encodeTemperatureMeasurement(m: TemperatureMeasurementInput): Uint8Array {
  const flags = (m.unit === '°F' ? 0x01 : 0) | (m.timestamp ? 0x02 : 0) | (m.temperatureType !== undefined ? 0x04 : 0);
  const w = new ByteWriter().u8(flags).float(m.temperature, m.exponent);
  if (m.timestamp) w.dateTime(m.timestamp);
  if (m.temperatureType !== undefined) w.u8(m.temperatureType);
  return w.toBytes();
}

/** Temperature Type characteristic (uint8). */
export function decodeTemperatureType(bytes: Uint8Array): Decoded<{ temperatureType: number; temperatureTypeName: string }> {
  const r = new ByteReader(bytes, 'temperature-type');
  const v = r.u8('temperature type');
  r.done();
  return { fields: { temperatureType: v, temperatureTypeName: TEMPERATURE_TYPES[v] ?? 'reserved' }, observations: [] };
}

/** Measurement Interval characteristic: uint16 seconds, 0 = no periodic measurement. */
export function decodeMeasurementInterval(bytes: Uint8Array): Decoded<{ seconds: number }> {
  const r = new ByteReader(bytes, 'measurement-interval');
  const seconds = r.u16('measurement interval');
  r.done();
  return { fields: { seconds }, observations: [] };
}
