/**
 * Blood Pressure Service 0x1810 (BLS 1.1; GSS "Blood Pressure Measurement" 0x2A35,
 * "Intermediate Cuff Pressure" 0x2A36).
 */
import { METRICS } from '../../api/metrics';
import type { MetricCode } from '../../api/metrics';
import { ByteReader, ByteWriter, dateTimeToIso } from './bytes';
import type { DateTime } from './bytes';
import { DecodeError, hex8, rejectReservedBits } from './errors';
import type { MderFloat, MderInput } from './ieee11073';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';

export interface BloodPressureStatus {
  bodyMovement: boolean;
  cuffTooLoose: boolean;
  irregularPulse: boolean;
  /** Bits 3–4: 0 within range, 1 above upper limit, 2 below lower limit, 3 reserved. */
  pulseRateRange: 'within' | 'above' | 'below' | 'reserved';
  improperPosition: boolean;
}

export interface BloodPressureFields {
  flags: number;
  unit: 'mmHg' | 'kPa';
  systolic: MderFloat;
  diastolic: MderFloat;
  meanArterialPressure: MderFloat;
  timestamp?: DateTime;
  /** Beats per minute. */
  pulseRate?: MderFloat;
  /** 0–254; 255 = unknown user. */
  userId?: number;
  measurementStatus?: number;
  status?: BloodPressureStatus;
}

export interface BloodPressureInput {
  unit?: 'mmHg' | 'kPa';
  systolic: MderInput;
  diastolic: MderInput;
  meanArterialPressure: MderInput;
  timestamp?: DateTime;
  pulseRate?: MderInput;
  userId?: number;
  measurementStatus?: number;
}

function decodeBp(bytes: Uint8Array, what: string, observeIt: boolean, opts: DecodeOptions): Decoded<BloodPressureFields> {
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  // BLS 1.1: bits 5–7 RFU.
  rejectReservedBits(flags, 0x1f, what, 'flags');
  const need = 7 + (flags & 0x02 ? 7 : 0) + (flags & 0x04 ? 2 : 0) + (flags & 0x08 ? 1 : 0) + (flags & 0x10 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const f: BloodPressureFields = {
    flags,
    unit: flags & 0x01 ? 'kPa' : 'mmHg',
    systolic: r.sfloat('systolic'),
    diastolic: r.sfloat('diastolic'),
    meanArterialPressure: r.sfloat('mean arterial pressure'),
  };
  if (flags & 0x02) f.timestamp = r.dateTime('time stamp');
  if (flags & 0x04) f.pulseRate = r.sfloat('pulse rate');
  if (flags & 0x08) f.userId = r.u8('user ID');
  if (flags & 0x10) {
    const s = r.u16('measurement status');
    f.measurementStatus = s;
    const range = (s >> 3) & 0x03;
    f.status = {
      bodyMovement: (s & 0x01) !== 0,
      cuffTooLoose: (s & 0x02) !== 0,
      irregularPulse: (s & 0x04) !== 0,
      pulseRateRange: range === 0 ? 'within' : range === 1 ? 'above' : range === 2 ? 'below' : 'reserved',
      improperPosition: (s & 0x20) !== 0,
    };
  }
  r.done();
  const observations: ProfileObservation[] = [];
  if (observeIt) {
    const t = f.timestamp && dateTimeToIso(f.timestamp, opts.utcOffsetMinutes ?? 0);
    const add = (metric: MetricCode, v: MderFloat | undefined, pressure: boolean): void => {
      if (v?.kind !== 'number') return;
      // kPa → mmHg with the catalogue's factor (1 kPa = 7.50062 mmHg).
      const value = pressure && f.unit === 'kPa' ? METRICS[metric].accepts.kPa.toCanonical(v.value) : v.value;
      const o: ProfileObservation = { metric, value, unit: METRICS[metric].unit };
      if (t) o.t = t;
      observations.push(o);
    };
    add('systolic_bp', f.systolic, true);
    add('diastolic_bp', f.diastolic, true);
    add('mean_arterial_pressure', f.meanArterialPressure, true);
    add('heart_rate', f.pulseRate, false);
  }
  return { fields: f, observations };
}

/**
 * Blood Pressure Measurement: Flags (bit 0 kPa, 1 time stamp, 2 pulse rate, 3 user ID,
 * 4 measurement status), Systolic, Diastolic, MAP (SFLOAT each), Time Stamp, Pulse Rate
 * (SFLOAT /min), User ID (uint8), Measurement Status (uint16). Pressures come out in mmHg.
 */
export function decodeBloodPressure(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<BloodPressureFields> {
  return decodeBp(bytes, 'blood-pressure-measurement', true, opts);
}

/**
 * Intermediate Cuff Pressure: the same layout while the cuff inflates; only the first
 * SFLOAT (current cuff pressure) is meaningful, the others are NaN. No observations.
 */
export function decodeIntermediateCuffPressure(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<BloodPressureFields> {
  return decodeBp(bytes, 'intermediate-cuff-pressure', false, opts);
}

export function encodeBloodPressure(m: BloodPressureInput): Uint8Array {
  const flags =
    (m.unit === 'kPa' ? 0x01 : 0) |
    (m.timestamp ? 0x02 : 0) |
    (m.pulseRate !== undefined ? 0x04 : 0) |
    (m.userId !== undefined ? 0x08 : 0) |
    (m.measurementStatus !== undefined ? 0x10 : 0);
  const w = new ByteWriter().u8(flags).sfloat(m.systolic).sfloat(m.diastolic).sfloat(m.meanArterialPressure);
  if (m.timestamp) w.dateTime(m.timestamp);
  if (m.pulseRate !== undefined) w.sfloat(m.pulseRate);
  if (m.userId !== undefined) w.u8(m.userId);
  if (m.measurementStatus !== undefined) w.u16(m.measurementStatus);
  return w.toBytes();
}
