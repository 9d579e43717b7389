/**
 * An adaptive explicit Runge–Kutta 5(4) integrator with the Dormand–Prince coefficients
 * (J. R. Dormand & P. J. Prince, "A family of embedded Runge-Kutta formulae", J. Comput.
 * Appl. Math. 6 (1980) 19–26), stepped the way SciPy's `solve_ivp(method='RK45')` steps:
 * the fifth-order solution is propagated (local extrapolation), the error is the
 * difference to the embedded fourth-order one, measured in the RMS norm of
 * error / (atol + rtol · max(|y|, |y_new|)), and the step is scaled by
 * 0.9 · norm^(−1/5) within [0.2, 10] (Hairer, Nørsett & Wanner, Solving ODEs I, §II.4).
 * The first step is chosen as in Hairer et al. §II.4 ("Starting step size").
 */

/** y' = f(t, y): writes the derivative of `y` at `t` into `dydt` (no allocation). */
export type Derivative = (t: number, y: Float64Array, dydt: Float64Array) => void;

export interface Dopri5Options {
  /** Relative tolerance (default 1e-6, as simglucose). */
  rtol?: number;
  /** Absolute tolerance (default 1e-12, as simglucose). */
  atol?: number;
  /** Gives up after this many steps (default 100 000). */
  maxSteps?: number;
}

export interface Dopri5Result {
  /** The state at t1. */
  y: Float64Array;
  /** Accepted and rejected steps, and calls of f. */
  accepted: number;
  rejected: number;
  evaluations: number;
}

// Butcher tableau (Dormand & Prince 1980, table 2; SciPy's RK45.C, A, B, E).
const C = [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1] as const;
const A: readonly (readonly number[])[] = [
  [],
  [1 / 5],
  [3 / 40, 9 / 40],
  [44 / 45, -56 / 15, 32 / 9],
  [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
  [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
];
/** Fifth-order weights (the propagated solution); the seventh stage is FSAL. */
const B = [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84] as const;
/** Fifth- minus fourth-order weights over the 7 stages (the last is f(t + h, y_new)). */
const E = [-71 / 57600, 0, 71 / 16695, -71 / 1920, 17253 / 339200, -22 / 525, 1 / 40] as const;

const SAFETY = 0.9;
const MIN_FACTOR = 0.2;
const MAX_FACTOR = 10;
/** −1 / (order of the error estimator + 1). */
const ERROR_EXPONENT = -1 / 5;

/** RMS norm, as SciPy's `norm(x) = ‖x‖₂ / √n`. */
function rms(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / x.length);
}

/**
 * Integrates y' = f(t, y) from (t0, y0) to t1 > t0 and returns y(t1). Steps adapt to keep
 * the local error within rtol/atol; the last step is shortened to land on t1 exactly.
 */
export function dopri5(f: Derivative, t0: number, y0: ArrayLike<number>, t1: number, opts: Dopri5Options = {}): Dopri5Result {
  const rtol = opts.rtol ?? 1e-6;
  const atol = opts.atol ?? 1e-12;
  const maxSteps = opts.maxSteps ?? 100_000;
  if (!(t1 > t0)) throw new Error('dopri5: t1 must be after t0');
  const n = y0.length;
  let y = Float64Array.from(y0);
  let yNew = new Float64Array(n);
  const K = Array.from({ length: 7 }, () => new Float64Array(n));
  const tmp = new Float64Array(n);
  const err = new Float64Array(n);
  let evaluations = 0;
  const call = (t: number, yy: Float64Array, out: Float64Array) => {
    evaluations++;
    f(t, yy, out);
  };

  let t = t0;
  call(t, y, K[0]!);
  let h = initialStep(call, t, y, K[0]!, t1 - t0, rtol, atol);
  let accepted = 0;
  let rejected = 0;

  while (t < t1) {
    if (accepted + rejected >= maxSteps) throw new Error(`dopri5: more than ${maxSteps} steps between t=${t0} and t=${t1}`);
    // SciPy's floor on the step: ten ulps of t.
    const minStep = 10 * Math.abs(nextUp(t) - t);
    let stepRejected = false;
    for (;;) {
      if (h < minStep) h = minStep;
      let tNew = t + h;
      if (tNew > t1) tNew = t1;
      const hh = tNew - t;
      // Stages 2..6.
      for (let s = 1; s < 6; s++) {
        const a = A[s]!;
        for (let i = 0; i < n; i++) {
          let acc = 0;
          for (let j = 0; j < s; j++) acc += a[j]! * K[j]![i]!;
          tmp[i] = y[i]! + hh * acc;
        }
        call(t + C[s]! * hh, tmp, K[s]!);
      }
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < 6; j++) acc += B[j]! * K[j]![i]!;
        yNew[i] = y[i]! + hh * acc;
      }
      call(tNew, yNew, K[6]!);
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < 7; j++) acc += E[j]! * K[j]![i]!;
        const scale = atol + Math.max(Math.abs(y[i]!), Math.abs(yNew[i]!)) * rtol;
        err[i] = (hh * acc) / scale;
      }
      const norm = rms(err);
      if (norm < 1) {
        let factor = norm === 0 ? MAX_FACTOR : Math.min(MAX_FACTOR, SAFETY * norm ** ERROR_EXPONENT);
        if (stepRejected) factor = Math.min(1, factor);
        h = hh * factor;
        t = tNew;
        [y, yNew] = [yNew, y];
        // First same as last: the seventh stage is the next step's first.
        K[0]!.set(K[6]!);
        accepted++;
        break;
      }
      if (!Number.isFinite(norm) && hh <= minStep) throw new Error(`dopri5: the solution is not finite at t=${t}`);
      h = hh * Math.max(MIN_FACTOR, SAFETY * norm ** ERROR_EXPONENT);
      if (!Number.isFinite(h) || h === 0) h = hh * MIN_FACTOR;
      stepRejected = true;
      rejected++;
      if (accepted + rejected >= maxSteps) throw new Error(`dopri5: more than ${maxSteps} steps between t=${t0} and t=${t1}`);
    }
  }
  return { y, accepted, rejected, evaluations };
}

/**
 * Hairer, Nørsett & Wanner's starting step (Solving ODEs I, §II.4), as SciPy's
 * `select_initial_step` with order 4, capped at the interval's length.
 */
function initialStep(
  call: (t: number, y: Float64Array, out: Float64Array) => void,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  interval: number,
  rtol: number,
  atol: number,
): number {
  const n = y0.length;
  if (n === 0) return interval;
  const s = new Float64Array(n);
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const scale = atol + Math.abs(y0[i]!) * rtol;
    s[i] = y0[i]! / scale;
    a[i] = f0[i]! / scale;
  }
  const d0 = rms(s);
  const d1 = rms(a);
  let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
  h0 = Math.min(h0, interval);
  const y1 = new Float64Array(n);
  for (let i = 0; i < n; i++) y1[i] = y0[i]! + h0 * f0[i]!;
  const f1 = new Float64Array(n);
  call(t0 + h0, y1, f1);
  for (let i = 0; i < n; i++) a[i] = (f1[i]! - f0[i]!) / (atol + Math.abs(y0[i]!) * rtol);
  const d2 = rms(a) / h0;
  const h1 = d1 <= 1e-15 && d2 <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : (0.01 / Math.max(d1, d2)) ** (1 / 5);
  return Math.min(100 * h0, h1, interval);
}

const BITS = new DataView(new ArrayBuffer(8));
/** The next double above x (for x ≥ 0 and negative x alike), as numpy.nextafter(x, inf). */
function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const buf = BITS;
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}
