import { DecodeError } from '../errors';

/** One record of a Wi-Fi sensor's binary frame (PROTOCOL.md beside this file). */
export interface WifiBinaryRecord {
  metric: string;
  /** In the metric's canonical unit. */
  value: number;
  /** Milliseconds since the Unix epoch; null: stamp it when received. */
  t: number | null;
}

export const RECORD_BYTES = 16;
/** Metric numbers of version 1 (PROTOCOL.md); canonical units. */
const METRIC_NUMBERS: Readonly<Record<number, string>> = {
  1: 'glucose',
  2: 'body_temperature',
  3: 'room_temperature',
  4: 'humidity',
  5: 'heart_rate',
  6: 'spo2',
  7: 'battery_level',
};

/** Decodes a whole binary message; throws a DecodeError naming the record at fault. */
export function decodeWifiFrame(bytes: Uint8Array): WifiBinaryRecord[] {
  if (bytes.length === 0 || bytes.length % RECORD_BYTES !== 0) {
    throw new DecodeError(bytes.length === 0 ? 'short' : 'malformed', `a binary frame is whole ${RECORD_BYTES}-byte records; this one is ${bytes.length} bytes`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: WifiBinaryRecord[] = [];
  for (let i = 0; i < bytes.length / RECORD_BYTES; i++) {
    const at = i * RECORD_BYTES;
    const where = `record ${i}`;
    const version = view.getUint8(at);
    if (version !== 1) throw new DecodeError('reserved', `${where}: version ${version}; only version 1 is known`);
    const number = view.getUint8(at + 1);
    const metric = METRIC_NUMBERS[number];
    if (metric === undefined) throw new DecodeError('reserved', `${where}: unknown metric number ${number}`);
    if (view.getUint16(at + 2, true) !== 0 || view.getUint16(at + 14, true) !== 0) throw new DecodeError('reserved', `${where}: a reserved field is not 0`);
    const value = view.getFloat32(at + 4, true);
    if (!Number.isFinite(value)) throw new DecodeError('malformed', `${where}: the ${metric} value is not a finite number`);
    const seconds = view.getUint32(at + 8, true);
    const ms = view.getUint16(at + 12, true);
    if (ms > 999) throw new DecodeError('malformed', `${where}: ${ms} milliseconds; 0–999`);
    out.push({ metric, value, t: seconds === 0 ? null : seconds * 1000 + ms });
  }
  return out;
}
