import { describe, expect, it } from 'vitest';
import { Fft, hann, welchPsd } from './fft';

/** Direct O(n²) DFT, the textbook definition. */
function dft(x: number[]): { re: number[]; im: number[] } {
  const n = x.length;
  const re: number[] = [];
  const im: number[] = [];
  for (let k = 0; k < n; k++) {
    let r = 0;
    let i = 0;
    for (let m = 0; m < n; m++) {
      r += x[m] * Math.cos((2 * Math.PI * k * m) / n);
      i -= x[m] * Math.sin((2 * Math.PI * k * m) / n);
    }
    re.push(r);
    im.push(i);
  }
  return { re, im };
}

const signal = (n: number): number[] => Array.from({ length: n }, (_, m) => Math.sin(0.7 * m) + 0.5 * Math.cos(2.3 * m + 1) + ((m * 37) % 11) / 11 - 0.5);

describe('radix-2 FFT', () => {
  it('matches a direct DFT on a 32-point real signal', () => {
    const x = signal(32);
    const re = Float64Array.from(x);
    const im = new Float64Array(32);
    new Fft(32).transform(re, im);
    const ref = dft(x);
    for (let k = 0; k < 32; k++) {
      expect(re[k]).toBeCloseTo(ref.re[k], 9);
      expect(im[k]).toBeCloseTo(ref.im[k], 9);
    }
  });

  it('rejects sizes that are not powers of two', () => {
    expect(() => new Fft(24)).toThrow(/power of two/);
  });
});

describe('Welch PSD', () => {
  it('equals the average of Hann-windowed direct-DFT periodograms with density scaling', () => {
    const x = signal(96);
    const fs = 50;
    const seg = 32;
    const got = welchPsd(x, fs, seg, 0.5);
    // Reference: segments at 0, 16, …, 64 (five of them), one-sided, scaled by 1/(fs·Σw²).
    const w = hann(seg);
    const wss = w.reduce((s, v) => s + v * v, 0);
    const ref = new Array(seg / 2 + 1).fill(0);
    const starts = [0, 16, 32, 48, 64];
    for (const s0 of starts) {
      const d = dft(Array.from({ length: seg }, (_, m) => w[m] * x[s0 + m]));
      for (let k = 0; k <= seg / 2; k++) ref[k] += ((k === 0 || k === seg / 2 ? 1 : 2) * (d.re[k] ** 2 + d.im[k] ** 2)) / (fs * wss * starts.length);
    }
    expect(got.segments).toBe(5);
    expect(got.df).toBeCloseTo(fs / seg, 12);
    for (let k = 0; k <= seg / 2; k++) expect(got.psd[k]).toBeCloseTo(ref[k], 10);
  });

  it('integrates to the mean square of a sinusoid (Parseval)', () => {
    const fs = 100;
    const x = Array.from({ length: 2000 }, (_, m) => 2 * Math.sin((2 * Math.PI * 5 * m) / fs));
    const { psd, df } = welchPsd(x, fs, 200);
    const power = psd.reduce((s, v) => s + v, 0) * df;
    expect(power).toBeCloseTo(2, 1); // A²/2 for A = 2
  });
});
