/**
 * Pulse Oximeter Service 0x1822 (PLXS 1.0; GSS "PLX Spot-Check Measurement" 0x2A5E and
 * "PLX Continuous Measurement" 0x2A5F).
 */
import { ByteReader, ByteWriter, dateTimeToIso } from './bytes';
import type { DateTime } from './bytes';
import { DecodeError, hex8, rejectReservedBits } from './errors';
import type { MderFloat, MderInput } from './ieee11073';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';

/** Measurement Status bits (uint16; bits 0–4 RFU). */
export const PLX_MEASUREMENT_STATUS_BITS: Record<number, string> = {
  5: 'measurement-ongoing',
  6: 'early-estimated-data',
  7: 'validated-data',
  8: 'fully-qualified-data',
  9: 'data-from-measurement-storage',
  10: 'data-for-demonstration',
  11: 'data-for-testing',
  12: 'calibration-ongoing',
  13: 'measurement-unavailable',
  14: 'questionable-measurement-detected',
  15: 'invalid-measurement-detected',
};

/** Device and Sensor Status bits (24 bit; bits 16–23 RFU). */
export const PLX_DEVICE_STATUS_BITS: Record<number, string> = {
  0: 'extended-display-update-ongoing',
  1: 'equipment-malfunction-detected',
  2: 'signal-processing-irregularity-detected',
  3: 'inadequate-signal-detected',
  4: 'poor-signal-detected',
  5: 'low-perfusion-detected',
  6: 'erratic-signal-detected',
  7: 'nonpulsatile-signal-detected',
  8: 'questionable-pulse-detected',
  9: 'signal-analysis-ongoing',
  10: 'sensor-interference-detected',
  11: 'sensor-unconnected-to-user',
  12: 'unknown-sensor-connected',
  13: 'sensor-displaced',
  14: 'sensor-malfunctioning',
  15: 'sensor-disconnected',
};

const names = (table: Record<number, string>, v: number, bits: number): string[] => {
  const out: string[] = [];
  for (let b = 0; b < bits; b++) if (v & (1 << b)) out.push(table[b] ?? `bit-${b}`);
  return out;
};

/** An SpO2 (%) and pulse rate (/min) pair. */
export interface SpO2PR {
  spo2: MderFloat;
  pulseRate: MderFloat;
}
export interface SpO2PRInput {
  spo2: MderInput;
  pulseRate: MderInput;
}

interface PlxCommon {
  measurementStatus?: number;
  measurementStatusActive?: string[];
  deviceStatus?: number;
  deviceStatusActive?: string[];
  /** Pulse Amplitude Index, %. */
  pulseAmplitudeIndex?: MderFloat;
}

export interface PlxSpotCheckFields extends PlxCommon, SpO2PR {
  flags: number;
  timestamp?: DateTime;
  /** Flag bit 4: the device clock is not set, so its timestamp means nothing. */
  deviceClockNotSet: boolean;
}

export interface PlxContinuousFields extends PlxCommon {
  flags: number;
  normal: SpO2PR;
  fast?: SpO2PR;
  slow?: SpO2PR;
}

interface PlxCommonInput {
  measurementStatus?: number;
  deviceStatus?: number;
  pulseAmplitudeIndex?: MderInput;
}
export interface PlxSpotCheckInput extends PlxCommonInput, SpO2PRInput {
  timestamp?: DateTime;
  deviceClockNotSet?: boolean;
}
export interface PlxContinuousInput extends PlxCommonInput {
  normal: SpO2PRInput;
  fast?: SpO2PRInput;
  slow?: SpO2PRInput;
}

function observe(p: SpO2PR, t: string | undefined): ProfileObservation[] {
  const out: ProfileObservation[] = [];
  const add = (o: ProfileObservation): void => {
    if (t !== undefined) o.t = t;
    out.push(o);
  };
  if (p.spo2.kind === 'number') add({ metric: 'spo2', value: p.spo2.value, unit: '%' });
  if (p.pulseRate.kind === 'number') add({ metric: 'heart_rate', value: p.pulseRate.value, unit: '/min' });
  return out;
}

/**
 * PLX Spot-Check Measurement: Flags (bit 0 timestamp, 1 measurement status, 2 device
 * and sensor status, 3 pulse amplitude index, 4 device clock not set; 5–7 RFU), SpO2
 * (SFLOAT %), PR (SFLOAT /min), Timestamp, Measurement Status (uint16), Device and
 * Sensor Status (uint24), Pulse Amplitude Index (SFLOAT %).
 */
export function decodePlxSpotCheck(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<PlxSpotCheckFields> {
  const what = 'plx-spot-check';
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  rejectReservedBits(flags, 0x1f, what, 'flags');
  const need = 5 + (flags & 0x01 ? 7 : 0) + (flags & 0x02 ? 2 : 0) + (flags & 0x04 ? 3 : 0) + (flags & 0x08 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const f: PlxSpotCheckFields = { flags, spo2: r.sfloat('SpO2'), pulseRate: r.sfloat('pulse rate'), deviceClockNotSet: (flags & 0x10) !== 0 };
  if (flags & 0x01) f.timestamp = r.dateTime('timestamp');
  readCommon(r, f, flags & 0x02, flags & 0x04, flags & 0x08);
  r.done();
  const t = f.timestamp && !f.deviceClockNotSet ? dateTimeToIso(f.timestamp, opts.utcOffsetMinutes ?? 0) : undefined;
  return { fields: f, observations: observe(f, t) };
}

/**
 * PLX Continuous Measurement: Flags (bit 0 SpO2PR-Fast, 1 SpO2PR-Slow, 2 measurement
 * status, 3 device and sensor status, 4 pulse amplitude index; 5–7 RFU), SpO2PR-Normal,
 * -Fast, -Slow (two SFLOATs each), then the common fields. Observations come from the
 * Normal pair only: Fast and Slow are the same signal averaged differently.
 */
export function decodePlxContinuous(bytes: Uint8Array): Decoded<PlxContinuousFields> {
  const what = 'plx-continuous';
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  rejectReservedBits(flags, 0x1f, what, 'flags');
  const need = 5 + (flags & 0x01 ? 4 : 0) + (flags & 0x02 ? 4 : 0) + (flags & 0x04 ? 2 : 0) + (flags & 0x08 ? 3 : 0) + (flags & 0x10 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const pair = (name: string): SpO2PR => ({ spo2: r.sfloat(`${name} SpO2`), pulseRate: r.sfloat(`${name} pulse rate`) });
  const f: PlxContinuousFields = { flags, normal: pair('normal') };
  if (flags & 0x01) f.fast = pair('fast');
  if (flags & 0x02) f.slow = pair('slow');
  readCommon(r, f, flags & 0x04, flags & 0x08, flags & 0x10);
  r.done();
  return { fields: f, observations: observe(f.normal, undefined) };
}

function readCommon(r: ByteReader, f: PlxCommon, ms: number, ds: number, pai: number): void {
  if (ms) {
    f.measurementStatus = r.u16('measurement status');
    f.measurementStatusActive = names(PLX_MEASUREMENT_STATUS_BITS, f.measurementStatus, 16);
  }
  if (ds) {
    f.deviceStatus = r.u24('device and sensor status');
    f.deviceStatusActive = names(PLX_DEVICE_STATUS_BITS, f.deviceStatus, 24);
  }
  if (pai) f.pulseAmplitudeIndex = r.sfloat('pulse amplitude index');
}

function writeCommon(w: ByteWriter, m: PlxCommonInput): void {
  if (m.measurementStatus !== undefined) w.u16(m.measurementStatus);
  if (m.deviceStatus !== undefined) w.u24(m.deviceStatus);
  if (m.pulseAmplitudeIndex !== undefined) w.sfloat(m.pulseAmplitudeIndex);
}

export function encodePlxSpotCheck(m: PlxSpotCheckInput): Uint8Array {
  const flags =
    (m.timestamp ? 0x01 : 0) |
    (m.measurementStatus !== undefined ? 0x02 : 0) |
    (m.deviceStatus !== undefined ? 0x04 : 0) |
    (m.pulseAmplitudeIndex !== undefined ? 0x08 : 0) |
    (m.deviceClockNotSet ? 0x10 : 0);
  const w = new ByteWriter().u8(flags).sfloat(m.spo2).sfloat(m.pulseRate);
  if (m.timestamp) w.dateTime(m.timestamp);
  writeCommon(w, m);
  return w.toBytes();
}

export function encodePlxContinuous(m: PlxContinuousInput): Uint8Array {
  const flags =
    (m.fast ? 0x01 : 0) |
    (m.slow ? 0x02 : 0) |
    (m.measurementStatus !== undefined ? 0x04 : 0) |
    (m.deviceStatus !== undefined ? 0x08 : 0) |
    (m.pulseAmplitudeIndex !== undefined ? 0x10 : 0);
  const w = new ByteWriter().u8(flags).sfloat(m.normal.spo2).sfloat(m.normal.pulseRate);
  if (m.fast) w.sfloat(m.fast.spo2).sfloat(m.fast.pulseRate);
  if (m.slow) w.sfloat(m.slow.spo2).sfloat(m.slow.pulseRate);
  writeCommon(w, m);
  return w.toBytes();
}
