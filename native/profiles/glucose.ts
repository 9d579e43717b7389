/**
 * Glucose Service 0x1808 (GLS 1.0; GSS "Glucose Measurement", "Glucose Measurement
 * Context"). A meter stores readings and sends them on request through the Record
 * Access Control Point (racp.ts); the sequence number, not arrival order, identifies one.
 */
import { MGDL_PER_MMOLL } from '../../api/metrics';
import { ByteReader, ByteWriter, dateTimeToMs } from './bytes';
import type { DateTime } from './bytes';
import { SAMPLE_LOCATIONS, SAMPLE_TYPES, nameOr } from './cgm';
import { DecodeError, hex8, rejectReservedBits } from './errors';
import type { MderFloat, MderInput } from './ieee11073';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';


/** Glucose Measurement flags (bits 5–7 RFU). */
export const GLUCOSE_FLAGS = {
  timeOffset: 0x01,
  concentration: 0x02,
  /** 0 = kg/L, 1 = mol/L. */
  molPerL: 0x04,
  sensorStatus: 0x08,
  contextFollows: 0x10,
} as const;

/** Sensor Status Annunciation bits (bits 12–15 RFU). */
export const GLUCOSE_STATUS_BITS: Record<number, string> = {
  0: 'device-battery-low',
  1: 'sensor-malfunction',
  2: 'sample-size-insufficient',
  3: 'strip-insertion-error',
  4: 'strip-type-incorrect',
  5: 'result-above-device-range',
  6: 'result-below-device-range',
  7: 'sensor-temperature-too-high',
  8: 'sensor-temperature-too-low',
  9: 'sensor-read-interrupted',
  10: 'general-device-fault',
  11: 'time-fault',
};

export interface GlucoseMeasurementFields {
  flags: number;
  sequenceNumber: number;
  /** The meter's wall-clock base time. */
  baseTime: DateTime;
  /** Minutes to add to the base time (sint16). */
  timeOffset?: number;
  /** As sent: kg/L or mol/L (see `unit`). */
  concentration?: MderFloat;
  unit?: 'kg/L' | 'mol/L';
  /** The concentration converted to mg/dL (absent for a special value). */
  mgdl?: number;
  type?: number;
  typeName?: string;
  sampleLocation?: number;
  sampleLocationName?: string;
  sensorStatus?: number;
  sensorStatusActive?: string[];
  /** A Glucose Measurement Context with the same sequence number follows. */
  contextFollows: boolean;
  /** base time + offset, UTC (see DecodeOptions.utcOffsetMinutes). */
  t?: string;
}

export interface GlucoseMeasurementInput {
  sequenceNumber: number;
  baseTime: DateTime;
  timeOffset?: number;
  /** With `unit`: the concentration as sent (kg/L or mol/L). */
  concentration?: MderInput;
  unit?: 'kg/L' | 'mol/L';
  type?: number;
  sampleLocation?: number;
  sensorStatus?: number;
  contextFollows?: boolean;
}

/**
 * mg/dL from an SFLOAT in kg/L or mol/L, computed from mantissa and exponent so that
 * 0xB050 (80 × 10^−5 kg/L) gives exactly 80 mg/dL:
 * 1 kg/L = 10^6 mg / 10 dL = 10^5 mg/dL; 1 mol/L = 1000 mmol/L = 1000 × 18.0182 mg/dL.
 */
export function glucoseToMgdl(f: MderFloat, unit: 'kg/L' | 'mol/L'): number | undefined {
  if (f.kind !== 'number') return undefined;
  if (unit === 'kg/L') {
    const e = f.exponent + 5;
    return e >= 0 ? f.mantissa * 10 ** e : f.mantissa / 10 ** -e;
  }
  const e = f.exponent + 3;
  const mmol = e >= 0 ? f.mantissa * 10 ** e : f.mantissa / 10 ** -e;
  return mmol * MGDL_PER_MMOLL;
}

/**
 * Glucose Measurement: Flags, Sequence Number (uint16), Base Time (Date Time), Time
 * Offset (sint16 min, flag 0), Concentration (SFLOAT kg/L or mol/L, flag 1 with unit
 * flag 2) + Type/Sample Location (uint8 nibbles), Sensor Status Annunciation (uint16, flag 3).
 */
export function decodeGlucoseMeasurement(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<GlucoseMeasurementFields> {
  const what = 'glucose-measurement';
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  rejectReservedBits(flags, 0x1f, what, 'flags');
  const need = 10 + (flags & 0x01 ? 2 : 0) + (flags & 0x02 ? 3 : 0) + (flags & 0x08 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const f: GlucoseMeasurementFields = {
    flags,
    sequenceNumber: r.u16('sequence number'),
    baseTime: r.dateTime('base time'),
    contextFollows: (flags & GLUCOSE_FLAGS.contextFollows) !== 0,
  };
  if (flags & GLUCOSE_FLAGS.timeOffset) f.timeOffset = r.i16('time offset');
  if (flags & GLUCOSE_FLAGS.concentration) {
    f.concentration = r.sfloat('glucose concentration');
    f.unit = flags & GLUCOSE_FLAGS.molPerL ? 'mol/L' : 'kg/L';
    const ts = r.u8('type-sample location');
    f.type = ts & 0x0f;
    f.typeName = nameOr(SAMPLE_TYPES, f.type);
    f.sampleLocation = ts >> 4;
    f.sampleLocationName = nameOr(SAMPLE_LOCATIONS, f.sampleLocation);
    const mgdl = glucoseToMgdl(f.concentration, f.unit);
    if (mgdl !== undefined) f.mgdl = mgdl;
  }
  if (flags & GLUCOSE_FLAGS.sensorStatus) {
    const s = r.u16('sensor status annunciation');
    f.sensorStatus = s;
    f.sensorStatusActive = [];
    for (let b = 0; b < 16; b++) if (s & (1 << b)) f.sensorStatusActive.push(GLUCOSE_STATUS_BITS[b] ?? `bit-${b}`);
  }
  r.done();
  const ms = dateTimeToMs(f.baseTime, opts.utcOffsetMinutes ?? 0);
  if (ms !== undefined) f.t = new Date(ms + (f.timeOffset ?? 0) * 60_000).toISOString();
  const observations: ProfileObservation[] = [];
  if (f.mgdl !== undefined) {
    const o: ProfileObservation = { metric: 'glucose', value: f.mgdl, unit: 'mg/dL' };
    if (f.t !== undefined) o.t = f.t;
    observations.push(o);
  }
  return { fields: f, observations };
}

export function encodeGlucoseMeasurement(m: GlucoseMeasurementInput): Uint8Array {
  let flags = 0;
  if (m.timeOffset !== undefined) flags |= GLUCOSE_FLAGS.timeOffset;
  if (m.concentration !== undefined) flags |= GLUCOSE_FLAGS.concentration;
  if (m.concentration !== undefined && m.unit === 'mol/L') flags |= GLUCOSE_FLAGS.molPerL;
  if (m.sensorStatus !== undefined) flags |= GLUCOSE_FLAGS.sensorStatus;
  if (m.contextFollows) flags |= GLUCOSE_FLAGS.contextFollows;
  const w = new ByteWriter().u8(flags).u16(m.sequenceNumber).dateTime(m.baseTime);
  if (m.timeOffset !== undefined) w.i16(m.timeOffset);
  if (m.concentration !== undefined) w.sfloat(m.concentration).u8(((m.type ?? 0) & 0x0f) | (((m.sampleLocation ?? 15) & 0x0f) << 4));
  if (m.sensorStatus !== undefined) w.u16(m.sensorStatus);
  return w.toBytes();
}

// ───────────────────────────── Glucose Measurement Context 0x2A34 ─────────────────────────────

export const CARBOHYDRATE_IDS: Record<number, string> = { 1: 'breakfast', 2: 'lunch', 3: 'dinner', 4: 'snack', 5: 'drink', 6: 'supper', 7: 'brunch' };
export const MEALS: Record<number, string> = { 1: 'preprandial', 2: 'postprandial', 3: 'fasting', 4: 'casual', 5: 'bedtime' };
export const TESTERS: Record<number, string> = { 1: 'self', 2: 'health-care-professional', 3: 'lab-test', 15: 'not-available' };
export const HEALTH: Record<number, string> = { 1: 'minor-health-issues', 2: 'major-health-issues', 3: 'during-menses', 4: 'under-stress', 5: 'no-health-issues', 15: 'not-available' };
export const MEDICATION_IDS: Record<number, string> = { 1: 'rapid-acting-insulin', 2: 'short-acting-insulin', 3: 'intermediate-acting-insulin', 4: 'long-acting-insulin', 5: 'pre-mixed-insulin' };

export interface GlucoseContextFields {
  flags: number;
  sequenceNumber: number;
  extendedFlags?: number;
  carbohydrate?: { id: number; name: string; /** kg */ amount: MderFloat };
  meal?: { code: number; name: string };
  testerHealth?: { tester: number; testerName: string; health: number; healthName: string };
  exercise?: { /** seconds; 65535 = overrun */ duration: number; /** % */ intensity: number };
  medication?: { id: number; name: string; amount: MderFloat; /** kg or L (GSS: the SFLOAT is in kilograms or litres) */ unit: 'kg' | 'L' };
  /** % */
  hba1c?: MderFloat;
}

export interface GlucoseContextInput {
  sequenceNumber: number;
  extendedFlags?: number;
  carbohydrate?: { id: number; amount: MderInput };
  meal?: number;
  testerHealth?: { tester: number; health: number };
  exercise?: { duration: number; intensity: number };
  medication?: { id: number; amount: MderInput; unit: 'kg' | 'L' };
  hba1c?: MderInput;
}

/**
 * Glucose Measurement Context: Flags, Sequence Number, Extended Flags (flag 7),
 * Carbohydrate ID + kg (flag 0), Meal (flag 1), Tester/Health nibbles (flag 2),
 * Exercise Duration s + Intensity % (flag 3), Medication ID + amount (flag 4; flag 5 =
 * litres instead of kilograms), HbA1c % (flag 6). Context carries no observation metric.
 */
export function decodeGlucoseContext(bytes: Uint8Array): Decoded<GlucoseContextFields> {
  const what = 'glucose-measurement-context';
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  const need = 3 + (flags & 0x80 ? 1 : 0) + (flags & 0x01 ? 3 : 0) + (flags & 0x02 ? 1 : 0) + (flags & 0x04 ? 1 : 0) + (flags & 0x08 ? 3 : 0) + (flags & 0x10 ? 3 : 0) + (flags & 0x40 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const f: GlucoseContextFields = { flags, sequenceNumber: r.u16('sequence number') };
  if (flags & 0x80) f.extendedFlags = r.u8('extended flags');
  if (flags & 0x01) {
    const id = r.u8('carbohydrate ID');
    f.carbohydrate = { id, name: nameOr(CARBOHYDRATE_IDS, id), amount: r.sfloat('carbohydrate') };
  }
  if (flags & 0x02) {
    const code = r.u8('meal');
    f.meal = { code, name: nameOr(MEALS, code) };
  }
  if (flags & 0x04) {
    const th = r.u8('tester-health');
    f.testerHealth = { tester: th & 0x0f, testerName: nameOr(TESTERS, th & 0x0f), health: th >> 4, healthName: nameOr(HEALTH, th >> 4) };
  }
  if (flags & 0x08) f.exercise = { duration: r.u16('exercise duration'), intensity: r.u8('exercise intensity') };
  if (flags & 0x10) {
    const id = r.u8('medication ID');
    f.medication = { id, name: nameOr(MEDICATION_IDS, id), amount: r.sfloat('medication'), unit: flags & 0x20 ? 'L' : 'kg' };
  }
  if (flags & 0x40) f.hba1c = r.sfloat('HbA1c');
  r.done();
  return { fields: f, observations: [] };
}

export function encodeGlucoseContext(c: GlucoseContextInput): Uint8Array {
  let flags = 0;
  if (c.carbohydrate) flags |= 0x01;
  if (c.meal !== undefined) flags |= 0x02;
  if (c.testerHealth) flags |= 0x04;
  if (c.exercise) flags |= 0x08;
  if (c.medication) flags |= 0x10 | (c.medication.unit === 'L' ? 0x20 : 0);
  if (c.hba1c !== undefined) flags |= 0x40;
  if (c.extendedFlags !== undefined) flags |= 0x80;
  const w = new ByteWriter().u8(flags).u16(c.sequenceNumber);
  if (c.extendedFlags !== undefined) w.u8(c.extendedFlags);
  if (c.carbohydrate) w.u8(c.carbohydrate.id).sfloat(c.carbohydrate.amount);
  if (c.meal !== undefined) w.u8(c.meal);
  if (c.testerHealth) w.u8((c.testerHealth.tester & 0x0f) | ((c.testerHealth.health & 0x0f) << 4));
  if (c.exercise) w.u16(c.exercise.duration).u8(c.exercise.intensity);
  if (c.medication) w.u8(c.medication.id).sfloat(c.medication.amount);
  if (c.hba1c !== undefined) w.sfloat(c.hba1c);
  return w.toBytes();
}

// ───────────────────────────── Glucose Feature 0x2A51 ─────────────────────────────

export const GLUCOSE_FEATURE_BITS: Record<number, string> = {
  0: 'low-battery-detection',
  1: 'sensor-malfunction-detection',
  2: 'sensor-sample-size',
  3: 'strip-insertion-error-detection',
  4: 'strip-type-error-detection',
  5: 'result-high-low-detection',
  6: 'temperature-high-low-detection',
  7: 'read-interrupt-detection',
  8: 'general-device-fault',
  9: 'time-fault',
  10: 'multiple-bond',
};

/** Glucose Feature: uint16 bit field (bits 11–15 RFU). */
export function decodeGlucoseFeature(bytes: Uint8Array): Decoded<{ features: number; supported: string[] }> {
  const r = new ByteReader(bytes, 'glucose-feature');
  const features = r.u16('features');
  r.done();
  const supported: string[] = [];
  for (let b = 0; b < 16; b++) if (features & (1 << b)) supported.push(GLUCOSE_FEATURE_BITS[b] ?? `bit-${b}`);
  return { fields: { features, supported }, observations: [] };
}

export function encodeGlucoseFeature(features: number): Uint8Array {
  return new ByteWriter().u16(features).toBytes();
}
