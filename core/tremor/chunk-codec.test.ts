import { describe, expect, it } from 'vitest';
import { createRng } from '../../native/lab/motion/prng';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { CODEC_DELTA_DEFLATE, CODEC_INT16, decodeCodes, encodeCodes, quantize } from './chunk-codec';

describe('raw motion chunk codec', () => {
  const rng = createRng(18);
  const cases: Record<string, Int16Array> = {
    'a wrist-like signal': Int16Array.from({ length: 6000 }, (_, i) => Math.round(20000 * Math.sin(i / 30) + 300 * rng.normal())),
    'full-scale jumps between extremes': Int16Array.from({ length: 1000 }, (_, i) => (i % 2 ? 32767 : -32767)),
    'white noise over the whole range': Int16Array.from({ length: 3000 }, () => Math.round(rng.uniform(-32767, 32767))),
    'one sample': Int16Array.of(-12345),
    'a constant': new Int16Array(6000).fill(321),
  };
  for (const [name, q] of Object.entries(cases)) {
    it(`gives back exactly the int16 codes it was given: ${name}`, () => {
      for (const codec of [CODEC_INT16, CODEC_DELTA_DEFLATE] as const) expect(decodeCodes(encodeCodes(q, codec), codec, q.length)).toEqual(q);
    });
  }

  it("stores a minute of the wrist simulator's 100 Hz motion in under a third of the plain int16 bytes", () => {
    const { x } = simulateRecording({ seed: 18, durationS: 60, rateHz: 100, startMs: Date.UTC(2026, 0, 5, 9) }).samples;
    const max = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    const q = quantize(x, 0, x.length, max / 32767);
    expect(decodeCodes(encodeCodes(q, CODEC_DELTA_DEFLATE), CODEC_DELTA_DEFLATE, q.length)).toEqual(q);
    expect(encodeCodes(q, CODEC_DELTA_DEFLATE).length).toBeLessThan(encodeCodes(q, CODEC_INT16).length / 3);
  });

  it('reads the plain int16 layout that chunks stored before compression have', () => {
    const b = Buffer.alloc(6);
    [1, -2, 32767].forEach((v, i) => b.writeInt16LE(v, 2 * i));
    expect(Array.from(decodeCodes(b, CODEC_INT16, 3))).toEqual([1, -2, 32767]);
  });

  it('quantises to the nearest code and clamps at ±32767', () => {
    expect(Array.from(quantize([0.26, -0.24, 100, -100], 0, 4, 0.5))).toEqual([1, 0, 200, -200]);
    expect(Array.from(quantize([1e9, -1e9], 0, 2, 1))).toEqual([32767, -32767]);
  });

  it('names what is wrong with a damaged or mislabelled blob', () => {
    const good = encodeCodes(cases['a constant']!, CODEC_DELTA_DEFLATE);
    expect(() => decodeCodes(good, CODEC_DELTA_DEFLATE, 7000)).toThrow(/6000 of 7000 samples decoded, data ended/);
    expect(() => decodeCodes(good, CODEC_DELTA_DEFLATE, 10)).toThrow(/bytes left after 10 samples/);
    expect(() => decodeCodes(Buffer.alloc(5), CODEC_INT16, 3)).toThrow(/5 bytes for 3 int16 samples/);
    expect(() => decodeCodes(good, 7, 6000)).toThrow(/unknown codec 7/);
  });
});
