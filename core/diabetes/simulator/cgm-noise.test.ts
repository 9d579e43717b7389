import { describe, expect, it } from 'vitest';
import { mulberry32, standardNormal } from '../../random';
import { CgmNoise, cgmReading } from './cgm-noise';
import { sensorParams, type SensorParams } from './params';

const draw = (sensor: SensorParams, seed: number, n: number) => {
  const noise = new CgmNoise(sensor, seed);
  return Array.from({ length: n }, () => noise.next());
};

describe('CGM noise (Breton & Kovatchev 2008, as simglucose)', () => {
  it('is the same for a seed and differs between seeds', () => {
    const s = sensorParams('Dexcom');
    expect(draw(s, 42, 500)).toEqual(draw(s, 42, 500));
    expect(draw(s, 43, 500)).not.toEqual(draw(s, 42, 500));
  });

  it('is continuous across blocks: steps at block joins are like steps inside blocks', () => {
    const s = sensorParams('Navigator'); // 1-minute grid: joins at every 150th value
    const xs = draw(s, 7, 150 * 40);
    const steps = xs.slice(1).map((x, i) => Math.abs(x - xs[i]!));
    const atJoin = steps.filter((_, i) => (i + 1) % 150 === 0);
    const inside = steps.filter((_, i) => (i + 1) % 150 !== 0);
    const mean = (a: number[]) => a.reduce((u, v) => u + v, 0) / a.length;
    // A fresh, independent start at each block would jump by ~10 mg/dL; the spline's
    // one-minute steps are well under 1 mg/dL on average, at joins as inside.
    expect(mean(inside)).toBeLessThan(1);
    expect(mean(atJoin)).toBeLessThan(3 * mean(inside));
    expect(Math.max(...atJoin)).toBeLessThan(5);
  });

  it('passes exactly through the Johnson SU transform of the 15-minute series, on every sensor grid', () => {
    for (const name of ['Dexcom', 'GuardianRT', 'Navigator']) {
      const s = sensorParams(name);
      const seed = 11;
      // The driving series from the same normals: e_0 ~ N(0,1), e_k = PACF (e_{k−1} + n_k).
      const normal = standardNormal(mulberry32(seed));
      const eps: number[] = [];
      let e = 0;
      for (let k = 0; k <= 40; k++) {
        e = k === 0 ? normal() : s.PACF * (e + normal());
        eps.push(s.xi + s.lambda * Math.sinh((e - s.gamma) / s.delta));
      }
      // Value i is the noise at minute (i + 1)·sample_time: the block's minute 0 is dropped,
      // the next block starts from the last knot. The spline passes through its knots.
      const xs = draw(s, seed, (40 * 15) / s.sample_time);
      for (let k = 1; k <= 40; k++) expect(xs[(k * 15) / s.sample_time - 1], `${name} knot ${k}`).toBeCloseTo(eps[k]!, 9);
    }
  });

  it('has the spread the Johnson SU model implies for the stationary driving series', () => {
    const s = sensorParams('Navigator');
    const xs = draw(s, 3, 150 * 600);
    const knots = xs.filter((_, i) => (i + 1) % 15 === 0);
    // e is stationary with variance PACF² / (1 − PACF²); Z = (e − γ)/δ is normal, and
    // E sinh Z = sinh(μ) e^{σ²/2}, E sinh² Z = (e^{2σ²} cosh 2μ − 1) / 2.
    const mu = -s.gamma / s.delta;
    const v = s.PACF ** 2 / (1 - s.PACF ** 2) / s.delta ** 2;
    const m1 = Math.sinh(mu) * Math.exp(v / 2);
    const m2 = (Math.exp(2 * v) * Math.cosh(2 * mu) - 1) / 2;
    const wantMean = s.xi + s.lambda * m1;
    const wantSd = s.lambda * Math.sqrt(m2 - m1 ** 2);
    const mean = knots.reduce((a, b) => a + b, 0) / knots.length;
    const sd = Math.sqrt(knots.reduce((a, b) => a + (b - mean) ** 2, 0) / knots.length);
    expect(Math.abs(mean - wantMean)).toBeLessThan(1.5);
    expect(Math.abs(sd / wantSd - 1)).toBeLessThan(0.1);
  });

  it('clips readings to the sensor range', () => {
    const s = sensorParams('Dexcom');
    expect(cgmReading(s, 30, -5)).toBe(39);
    expect(cgmReading(s, 590, 25)).toBe(600);
    expect(cgmReading(s, 120, 4.5)).toBe(124.5);
    expect(cgmReading(sensorParams('Navigator'), 20, 0)).toBe(32);
  });
});
