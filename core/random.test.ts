import { describe, expect, it } from 'vitest';
import { mulberry32, standardNormal } from './random';

describe('mulberry32', () => {
  it('gives the same sequence for a seed, different ones for different seeds, all in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: the mean of 1000 draws is within 0.05 of ½.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });

  it('matches the reference mulberry32 for seed 1 (first draw 0.6270739405881613)', () => {
    // The widely published first output of mulberry32(1).
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });
});

describe('standardNormal', () => {
  it('is deterministic for a seed and has mean ≈ 0, variance ≈ 1 and normal tails', () => {
    const a = standardNormal(mulberry32(7));
    const b = standardNormal(mulberry32(7));
    const n = 20_000;
    const xs = Array.from({ length: n }, () => a());
    expect(Array.from({ length: n }, () => b())).toEqual(xs);
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    // Standard errors: 1/√n ≈ 0.007 for the mean, √(2/n) ≈ 0.01 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    // P(|Z| > 1.96) = 5 %.
    const tail = xs.filter((x) => Math.abs(x) > 1.96).length / n;
    expect(Math.abs(tail - 0.05)).toBeLessThan(0.006);
    expect(xs.every(Number.isFinite)).toBe(true);
  });
});
