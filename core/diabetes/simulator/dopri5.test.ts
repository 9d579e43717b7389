import { describe, expect, it } from 'vitest';
import { dopri5 } from './dopri5';

describe('dopri5 (Dormand–Prince 5(4), stepped as SciPy RK45)', () => {
  it('solves exponential decay y′ = −k·y to its tolerance', () => {
    for (const k of [0.01, 0.5, 3]) {
      const r = dopri5((_t, y, d) => {
        d[0] = -k * y[0]!;
      }, 0, [2], 5, { rtol: 1e-8, atol: 1e-12 });
      const exact = 2 * Math.exp(-k * 5);
      // The global error stays within a small multiple of the local tolerance.
      expect(Math.abs(r.y[0]! - exact)).toBeLessThan(1e-7 * exact + 1e-11);
    }
  });

  it('follows a harmonic oscillator x″ = −ω²x over many periods and keeps its energy', () => {
    const w = 2;
    const T = 20;
    const r = dopri5((_t, y, d) => {
      d[0] = y[1]!;
      d[1] = -w * w * y[0]!;
    }, 0, [1, 0], T, { rtol: 1e-9, atol: 1e-12 });
    expect(r.y[0]).toBeCloseTo(Math.cos(w * T), 6);
    expect(r.y[1]).toBeCloseTo(-w * Math.sin(w * T), 6);
    const energy = r.y[1]! ** 2 / 2 + (w * w * r.y[0]! ** 2) / 2;
    expect(Math.abs(energy - (w * w) / 2)).toBeLessThan(1e-6);
  });

  it('gets less accurate, with fewer steps, as the tolerance loosens', () => {
    const f = (t: number, y: Float64Array, d: Float64Array) => {
      d[0] = Math.cos(t) * y[0]!;
    };
    const exact = Math.exp(Math.sin(10));
    const loose = dopri5(f, 0, [1], 10, { rtol: 1e-3, atol: 1e-6 });
    const tight = dopri5(f, 0, [1], 10, { rtol: 1e-10, atol: 1e-12 });
    expect(Math.abs(tight.y[0]! - exact)).toBeLessThan(1e-8);
    expect(Math.abs(loose.y[0]! - exact)).toBeGreaterThan(Math.abs(tight.y[0]! - exact));
    expect(loose.accepted).toBeLessThan(tight.accepted);
  });

  it('lands exactly on t1 and reuses the last stage (7 evaluations a step, 6 after the first)', () => {
    let lastT = -1;
    const r = dopri5((t, y, d) => {
      lastT = t;
      d[0] = 1;
    }, 0, [0], 1);
    // y′ = 1 is solved exactly by every step.
    expect(r.y[0]).toBeCloseTo(1, 14);
    expect(lastT).toBe(1);
    // f(t0), one probe for the starting step, then 6 per step (first same as last).
    expect(r.evaluations).toBe(2 + 6 * (r.accepted + r.rejected));
  });

  it('rejects a step that is too long and still reaches the exact solution (fast relaxation, λ = −50)', () => {
    const r = dopri5((_t, y, d) => {
      d[0] = -50 * (y[0]! - Math.cos(_t));
    }, 0, [0], 2, { rtol: 1e-6, atol: 1e-9 });
    expect(r.rejected).toBeGreaterThan(0);
    // Exact: y = (2500 cos t + 50 sin t) / 2501 − (2500/2501) e^(−50t); the transient is gone by t = 2.
    expect(Math.abs(r.y[0]! - (50 * 50 * Math.cos(2) + 50 * Math.sin(2)) / (50 * 50 + 1))).toBeLessThan(1e-5);
  });
});
