/**
 * The interpolating cubic spline with not-a-knot end conditions (de Boor, A Practical
 * Guide to Splines, ch. IV): the third derivative is continuous at the second and the
 * next-to-last knots, so the first two and the last two pieces are each one cubic. It is
 * the spline SciPy's `interp1d(kind='cubic')` and `CubicSpline(bc_type='not-a-knot')`
 * build, and it reproduces any cubic polynomial exactly.
 *
 * Solved for the second derivatives M_i at the knots (n ≥ 4 points):
 *   h_{i-1} M_{i-1} + 2 (h_{i-1} + h_i) M_i + h_i M_{i+1} = 6 (Δ_i − Δ_{i-1}),  0 < i < n−1,
 *   h_1 M_0 − (h_0 + h_1) M_1 + h_0 M_2 = 0,  and its mirror at the right end,
 * with h_i = x_{i+1} − x_i and Δ_i = (y_{i+1} − y_i) / h_i.
 */
export function notAKnotSpline(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const n = xs.length;
  if (n !== ys.length) throw new Error('spline: xs and ys differ in length');
  if (n < 4) throw new Error('spline: a not-a-knot cubic spline needs at least 4 points');
  const h: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    h.push(xs[i + 1]! - xs[i]!);
    if (!(h[i]! > 0)) throw new Error('spline: xs must be strictly increasing');
  }
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const rhs = new Array<number>(n).fill(0);
  a[0]![0] = h[1]!;
  a[0]![1] = -(h[0]! + h[1]!);
  a[0]![2] = h[0]!;
  for (let i = 1; i < n - 1; i++) {
    a[i]![i - 1] = h[i - 1]!;
    a[i]![i] = 2 * (h[i - 1]! + h[i]!);
    a[i]![i + 1] = h[i]!;
    rhs[i] = 6 * ((ys[i + 1]! - ys[i]!) / h[i]! - (ys[i]! - ys[i - 1]!) / h[i - 1]!);
  }
  a[n - 1]![n - 3] = h[n - 2]!;
  a[n - 1]![n - 2] = -(h[n - 3]! + h[n - 2]!);
  a[n - 1]![n - 1] = h[n - 3]!;
  const M = solve(a, rhs);

  return (x: number): number => {
    if (!(x >= xs[0]! && x <= xs[n - 1]!)) throw new Error(`spline: ${x} is outside [${xs[0]}, ${xs[n - 1]}]`);
    // The piece holding x (binary search; the last knot belongs to the last piece).
    let lo = 0;
    let hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    const i = lo;
    const hh = h[i]!;
    const l = xs[i + 1]! - x;
    const r = x - xs[i]!;
    return (M[i]! * l ** 3 + M[i + 1]! * r ** 3) / (6 * hh) + (ys[i]! / hh - (M[i]! * hh) / 6) * l + (ys[i + 1]! / hh - (M[i + 1]! * hh) / 6) * r;
  };
}

/** Gaussian elimination with partial pivoting (the systems here are 11 × 11). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (a[p]![c] === 0) throw new Error('spline: singular system');
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const m = a[r]![c]! / a[c]![c]!;
      if (m === 0) continue;
      for (let k = c; k < n; k++) a[r]![k] -= m * a[c]![k]!;
      b[r] -= m * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}
