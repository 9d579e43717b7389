/** Battery Service 0x180F, Battery Level 0x2A19: uint8 percent, 0–100 (101–255 reserved). */
import { ByteReader, ByteWriter } from './bytes';
import { DecodeError } from './errors';
import type { Decoded } from './types';

export function decodeBatteryLevel(bytes: Uint8Array): Decoded<{ percent: number }> {
  const what = 'battery-level';
  const r = new ByteReader(bytes, what);
  const percent = r.u8('battery level');
  r.done();
  if (percent > 100) throw new DecodeError('reserved', `${what}: ${percent} % is above 100, a reserved value`);
  return { fields: { percent }, observations: [{ metric: 'battery_level', value: percent, unit: '%' }] };
}

export function encodeBatteryLevel(percent: number): Uint8Array {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`battery level ${percent} is not an integer 0–100`);
  return new ByteWriter().u8(percent).toBytes();
}
