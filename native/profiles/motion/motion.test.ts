import { describe, expect, it } from 'vitest';
import { hx } from '../test-helpers';
import { decodeMotionPacket, encodeMotionPacket, motionSamplesPerPacket, motionSampleTimes } from './motion';

// The worked example of PROTOCOL.md.
const EXAMPLE = '01 00 07 00 64 00 00 00 F4 01 3D 00 02 00 00 00 00 00 40 00 C0 64 00 FF FF';

describe('Tend Motion packet', () => {
  it('decodes the worked example of PROTOCOL.md', () => {
    const p = decodeMotionPacket(hx(EXAMPLE)).fields;
    expect(p).toMatchObject({ version: 1, flags: 0, clipped: false, sequence: 7, firstSampleIndex: 100, sampleRateHz: 50, scaleMgPerLsb: 0.061 });
    expect(p.raw).toEqual([[0, 0, 16384], [-16384, 100, -1]]);
    // 16384 counts × 0.061 mg = 999.424 mg; × 9.80665 m/s² per g / 1000 mg per g
    expect(p.samples[0].z).toBeCloseTo((16384 * 0.061 * 9.80665) / 1000, 12);
    expect(p.samples[1].x).toBeCloseTo((-16384 * 0.061 * 9.80665) / 1000, 12);
  });

  it('times samples from the stream start and the sample index', () => {
    const p = decodeMotionPacket(hx(EXAMPLE)).fields;
    // index 100 at 50 Hz = 2.00 s; index 101 = 2.02 s
    expect(motionSampleTimes(p, new Date('2026-01-01T00:00:00Z'))).toEqual(['2026-01-01T00:00:02.000Z', '2026-01-01T00:00:02.020Z']);
  });

  it('rejects wrong versions, reserved flags, zero rate and wrong lengths', () => {
    const b = hx(EXAMPLE);
    expect(() => decodeMotionPacket(Uint8Array.from([2, ...b.slice(1)]))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeMotionPacket(Uint8Array.from([1, 0x02, ...b.slice(2)]))).toThrow(expect.objectContaining({ code: 'reserved' }));
    const zeroRate = Uint8Array.from(b);
    zeroRate[8] = 0;
    zeroRate[9] = 0;
    expect(() => decodeMotionPacket(zeroRate)).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeMotionPacket(b.slice(0, b.length - 1))).toThrow(expect.objectContaining({ code: 'short', message: 'motion-data: frame is 24 bytes, 2 samples need 25' }));
    expect(() => decodeMotionPacket(Uint8Array.from([...b, 0]))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeMotionPacket(b.slice(0, 5))).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('encodes the worked example and round-trips a clipped packet', () => {
    expect(Array.from(encodeMotionPacket({ sequence: 7, firstSampleIndex: 100, sampleRateHz: 50, scaleMgPerLsb: 0.061, raw: [[0, 0, 16384], [-16384, 100, -1]] }))).toEqual(Array.from(hx(EXAMPLE)));
    const raw: Array<[number, number, number]> = [[32767, -32768, 0], [1, 2, 3], [-4, -5, -6]];
    const p = decodeMotionPacket(encodeMotionPacket({ flags: 1, sequence: 65535, firstSampleIndex: 4294967295, sampleRateHz: 12.5, scaleMgPerLsb: 0.488, raw })).fields;
    expect(p).toMatchObject({ clipped: true, sequence: 65535, firstSampleIndex: 4294967295, sampleRateHz: 12.5, scaleMgPerLsb: 0.488, raw });
  });

  it('fits one sample in the default MTU and 38 in MTU 247', () => {
    // (23 − 3 − 13) / 6 = 1.17 → 1; (247 − 3 − 13) / 6 = 38.5 → 38
    expect(motionSamplesPerPacket(23)).toBe(1);
    expect(motionSamplesPerPacket(247)).toBe(38);
  });
});
