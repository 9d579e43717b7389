/**
 * Heart Rate Service 0x180D (HRS 1.0; GSS "Heart Rate Measurement" 0x2A37).
 */
import { ByteReader, ByteWriter } from './bytes';
import { DecodeError, hex8, rejectReservedBits } from './errors';
import type { Decoded, ProfileObservation } from './types';

export type SensorContact = 'not-supported' | 'not-detected' | 'detected';

export interface HeartRateFields {
  flags: number;
  /** Beats per minute. */
  heartRate: number;
  /** Flag bits 1–2: 0/1 not supported, 2 supported but no contact, 3 contact. */
  sensorContact: SensorContact;
  /** kJ since the last reset (65535 = at least that). */
  energyExpended?: number;
  /** RR intervals as sent, 1/1024 s units. */
  rrIntervalsRaw?: number[];
  /** RR intervals in seconds. */
  rrIntervals?: number[];
}

export interface HeartRateInput {
  heartRate: number;
  /** Force the uint16 format even for values ≤ 255. */
  uint16?: boolean;
  sensorContact?: SensorContact;
  energyExpended?: number;
  /** RR intervals in 1/1024 s units. */
  rrIntervalsRaw?: number[];
}

/**
 * Heart Rate Measurement: Flags (bit 0 uint16 format, bits 1–2 sensor contact, bit 3
 * energy expended, bit 4 RR intervals; 5–7 RFU), Heart Rate (uint8 or uint16), Energy
 * Expended (uint16 kJ), RR-Intervals (uint16 each, 1/1024 s) to the end of the frame.
 * No observation when the sensor says it has no skin contact (its number is then noise)
 * or reports 0.
 */
export function decodeHeartRate(bytes: Uint8Array): Decoded<HeartRateFields> {
  const what = 'heart-rate-measurement';
  const r = new ByteReader(bytes, what);
  const flags = r.u8('flags');
  rejectReservedBits(flags, 0x1f, what, 'flags');
  const need = 1 + (flags & 0x01 ? 2 : 1) + (flags & 0x08 ? 2 : 0);
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, flags ${hex8(flags)} need at least ${need}`);
  const heartRate = flags & 0x01 ? r.u16('heart rate') : r.u8('heart rate');
  const contactBits = (flags >> 1) & 0x03;
  const sensorContact: SensorContact = contactBits === 3 ? 'detected' : contactBits === 2 ? 'not-detected' : 'not-supported';
  const f: HeartRateFields = { flags, heartRate, sensorContact };
  if (flags & 0x08) f.energyExpended = r.u16('energy expended');
  if (flags & 0x10) {
    if (r.remaining === 0 || r.remaining % 2 !== 0) {
      throw new DecodeError('malformed', `${what}: RR-interval flag is set but ${r.remaining} bytes remain (need a positive even number)`);
    }
    f.rrIntervalsRaw = [];
    while (r.remaining > 0) f.rrIntervalsRaw.push(r.u16('RR interval'));
    f.rrIntervals = f.rrIntervalsRaw.map((v) => v / 1024);
  }
  r.done();
  const observations: ProfileObservation[] = [];
  if (heartRate > 0 && sensorContact !== 'not-detected') observations.push({ metric: 'heart_rate', value: heartRate, unit: '/min' });
  return { fields: f, observations };
}

export function encodeHeartRate(m: HeartRateInput): Uint8Array {
  const wide = m.uint16 === true || m.heartRate > 255;
  const contact = m.sensorContact === 'detected' ? 0x06 : m.sensorContact === 'not-detected' ? 0x04 : 0;
  const flags = (wide ? 0x01 : 0) | contact | (m.energyExpended !== undefined ? 0x08 : 0) | (m.rrIntervalsRaw?.length ? 0x10 : 0);
  const w = new ByteWriter().u8(flags);
  if (wide) w.u16(m.heartRate);
  else w.u8(m.heartRate);
  if (m.energyExpended !== undefined) w.u16(m.energyExpended);
  for (const rr of m.rrIntervalsRaw ?? []) w.u16(rr);
  return w.toBytes();
}
