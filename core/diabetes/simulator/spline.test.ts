import { describe, expect, it } from 'vitest';
import { notAKnotSpline } from './spline';

describe('notAKnotSpline', () => {
  it('reproduces a cubic polynomial exactly, on uneven knots too', () => {
    const p = (x: number) => 0.5 * x ** 3 - 2 * x ** 2 + 3 * x - 7;
    for (const xs of [
      [0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150].map((x) => x / 15),
      [-2, -1.5, 0, 0.3, 1, 2.5, 4],
      [0, 1, 2, 3],
    ]) {
      const s = notAKnotSpline(xs, xs.map(p));
      for (let x = xs[0]!; x <= xs[xs.length - 1]!; x += 0.137) expect(s(x)).toBeCloseTo(p(x), 9);
      expect(s(xs[xs.length - 1]!)).toBeCloseTo(p(xs[xs.length - 1]!), 9);
    }
  });

  it('gives the hand-worked values for 0, 1, 0, 1, 0', () => {
    // Not-a-knot makes [0, 2] one cubic p with p(0)=0, p(1)=1, p(2)=0; the knot equations
    // give M = (−8, −2, 4, −2, −8), so p(x) = 1 − (x−1) − (x−1)² + (x−1)³:
    // p(0.5) = 1 + 0.5 − 0.25 − 0.125 = 1.125 and p(1.5) = 1 − 0.5 − 0.25 + 0.125 = 0.375.
    const s = notAKnotSpline([0, 1, 2, 3, 4], [0, 1, 0, 1, 0]);
    expect(s(0.5)).toBeCloseTo(1.125, 12);
    expect(s(1.5)).toBeCloseTo(0.375, 12);
    // Symmetric data, symmetric spline.
    expect(s(2.5)).toBeCloseTo(0.375, 12);
    expect(s(3.5)).toBeCloseTo(1.125, 12);
    // It interpolates.
    for (const [x, y] of [[0, 0], [1, 1], [2, 0], [3, 1], [4, 0]]) expect(s(x!)).toBeCloseTo(y!, 12);
  });

  it('has a continuous third derivative at the second and next-to-last knots (not-a-knot)', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const s = notAKnotSpline(xs, [3, -1, 4, 1, -5, 9]);
    // Third differences with a small step on either side of a knot.
    const d3 = (x: number, h: number) => (s(x + 3 * h) - 3 * s(x + 2 * h) + 3 * s(x + h) - s(x)) / h ** 3;
    const h = 1e-3;
    expect(d3(1 - 4 * h, h)).toBeCloseTo(d3(1 + h, h), 1);
    expect(d3(4 - 4 * h, h)).toBeCloseTo(d3(4 + h, h), 1);
    // …but not at an interior knot, where only the second derivative is continuous.
    expect(Math.abs(d3(2 - 4 * h, h) - d3(2 + h, h))).toBeGreaterThan(1);
  });

  it('refuses fewer than 4 points, unsorted knots and points outside the range', () => {
    expect(() => notAKnotSpline([0, 1, 2], [0, 1, 2])).toThrow(/at least 4/);
    expect(() => notAKnotSpline([0, 2, 1, 3], [0, 1, 2, 3])).toThrow(/increasing/);
    expect(() => notAKnotSpline([0, 1, 2, 3], [0, 1, 2, 3])(3.5)).toThrow(/outside/);
  });
});
