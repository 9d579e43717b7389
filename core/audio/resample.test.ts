import { describe, expect, it } from 'vitest';
import { StreamingResampler, resample, resampleTo16k } from './resample';
import { mulberry32 } from '../random';

function sine(hz: number, rate: number, seconds: number, amp = 0.5): Float32Array {
  const n = Math.round(rate * seconds);
  return Float32Array.from({ length: n }, (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / rate));
}

/** RMS of x[from, to). */
function rms(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! ** 2;
  return Math.sqrt(s / (to - from));
}

/** Seeded uniform noise (mulberry32). */
function noise(n: number, seed: number): Float32Array {
  const rnd = mulberry32(seed);
  return Float32Array.from({ length: n }, () => rnd() * 2 - 1);
}

describe('resample', () => {
  it('turns a 1 kHz tone at 44.1 kHz into the same tone at 16 kHz', () => {
    const out = resampleTo16k(sine(1000, 44100, 1), 44100);
    expect(out.length).toBe(Math.ceil((44100 * 16000) / 44100));
    const want = sine(1000, 16000, 1);
    // Away from the edges (the filter sees zeros beyond them) the error is tiny.
    let maxErr = 0;
    for (let i = 200; i < out.length - 200; i++) maxErr = Math.max(maxErr, Math.abs(out[i]! - want[i]!));
    expect(maxErr).toBeLessThan(1e-3);
  });

  it('up-samples 8 kHz speech-band audio without changing a 440 Hz tone', () => {
    const out = resample(sine(440, 8000, 0.5), 8000, 16000);
    expect(out.length).toBe(8000);
    const want = sine(440, 16000, 0.5);
    let maxErr = 0;
    for (let i = 200; i < out.length - 200; i++) maxErr = Math.max(maxErr, Math.abs(out[i]! - want[i]!));
    expect(maxErr).toBeLessThan(1e-3);
  });

  it('removes content above the new Nyquist instead of aliasing it (10 kHz at 44.1 → 16 kHz)', () => {
    // Naive decimation would fold 10 kHz to 6 kHz at full level (RMS 0.354).
    const out = resampleTo16k(sine(10000, 44100, 1), 44100);
    expect(rms(out, 200, out.length - 200)).toBeLessThan(0.354 * 1e-3); // ≥ 60 dB down
    // A 6 kHz tone, inside the pass band, keeps its level (RMS 0.5/√2).
    const pass = resampleTo16k(sine(6000, 48000, 1), 48000);
    expect(rms(pass, 200, pass.length - 200)).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });

  it('keeps the level of a DC signal exactly (unit DC gain for every phase)', () => {
    const out = resample(new Float32Array(22050).fill(0.25), 22050, 16000);
    for (let i = 300; i < out.length - 300; i++) expect(out[i]).toBeCloseTo(0.25, 5);
  });

  it('returns a copy when the rate does not change', () => {
    const x = noise(100, 1);
    const y = resampleTo16k(x, 16000);
    expect(y).toEqual(x);
    expect(y).not.toBe(x);
  });

  it('gives the same samples streamed in uneven chunks as in one piece', () => {
    for (const rate of [44100, 48000, 11025, 8000, 37800]) {
      const x = noise(rate * 2 + 123, rate);
      const whole = resampleTo16k(x, rate);
      const r = new StreamingResampler(rate, 16000);
      const parts: number[] = [];
      let at = 0;
      let k = 1;
      while (at < x.length) {
        const len = Math.min(x.length - at, (k * 997) % 5000); // 997, 1994, …, includes 0
        parts.push(...r.push(x.subarray(at, at + len)));
        at += len;
        k++;
      }
      parts.push(...r.flush());
      expect(parts.length).toBe(whole.length);
      let maxErr = 0;
      parts.forEach((v, i) => (maxErr = Math.max(maxErr, Math.abs(v - whole[i]!))));
      expect(maxErr).toBeLessThan(1e-6);
    }
  });

  it('rejects non-integer or non-positive rates', () => {
    expect(() => new StreamingResampler(44100.5, 16000)).toThrow(RangeError);
    expect(() => new StreamingResampler(0, 16000)).toThrow(RangeError);
  });
});
