import { describe, expect, it } from 'vitest';
import { decodeBatteryLevel, encodeBatteryLevel } from './battery';
import { hx } from './test-helpers';

describe('Battery Level 0x2A19', () => {
  it('decodes percent', () => {
    // 0x55 = 85 %
    expect(decodeBatteryLevel(hx('55')).observations).toEqual([{ metric: 'battery_level', value: 85, unit: '%' }]);
  });
  it('rejects values above 100 and empty frames', () => {
    expect(() => decodeBatteryLevel(hx('65'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeBatteryLevel(new Uint8Array(0))).toThrow(expect.objectContaining({ code: 'short' }));
  });
  it('encodes percent', () => {
    expect(Array.from(encodeBatteryLevel(85))).toEqual([0x55]);
    expect(() => encodeBatteryLevel(101)).toThrow(RangeError);
  });
});
