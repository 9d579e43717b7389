/**
 * Insulin on board: how much of a bolus is still to act, from the exponential insulin
 * action curve of OpenAPS oref0 and Loop (D. Maksimovic's model, oref0 lib/iob/calculate.js):
 * activity rises from zero, peaks at `peak` minutes and ends exactly at `duration`, and
 * its integral is one unit per unit injected. Of the curves pump calculators use, it is
 * the one whose peak and end a user can set to match their insulin's label.
 *
 * With td = duration, tp = peak (tp < td / 2), all in minutes:
 *   τ = tp·(1 − tp/td) / (1 − 2·tp/td),  a = 2τ/td,  S = 1 / (1 − a + (1 + a)·e^(−td/τ))
 *   activity(t) = (S/τ²)·t·(1 − t/td)·e^(−t/τ)
 *   remaining(t) = 1 − S·(1 − a)·((t²/(τ·td·(1 − a)) − t/τ − 1)·e^(−t/τ) + 1)
 */
export interface InsulinCurve {
  durationMin: number;
  peakMin: number;
}

function constants({ durationMin: td, peakMin: tp }: InsulinCurve) {
  if (!(tp > 0 && td > 0 && tp < td / 2)) throw new RangeError(`insulin peak (${tp} min) must be under half the duration of action (${td} min)`);
  const tau = (tp * (1 - tp / td)) / (1 - (2 * tp) / td);
  const a = (2 * tau) / td;
  const S = 1 / (1 - a + (1 + a) * Math.exp(-td / tau));
  return { td, tau, a, S };
}

/** Fraction of a dose still to act `minutes` after it was given: 1 at 0, 0 from `durationMin` on. */
export function fractionRemaining(minutes: number, curve: InsulinCurve): number {
  const { td, tau, a, S } = constants(curve);
  if (minutes <= 0) return 1;
  if (minutes >= td) return 0;
  const t = minutes;
  const r = 1 - S * (1 - a) * ((t * t / (tau * td * (1 - a)) - t / tau - 1) * Math.exp(-t / tau) + 1);
  return Math.min(1, Math.max(0, r));
}

/** Fraction of a dose acting per minute at `minutes` (the curve's derivative, negated). */
export function activity(minutes: number, curve: InsulinCurve): number {
  const { td, tau, S } = constants(curve);
  if (minutes <= 0 || minutes >= td) return 0;
  return (S / (tau * tau)) * minutes * (1 - minutes / td) * Math.exp(-minutes / tau);
}

/** Units still on board at `at` from bolus doses given at or before it. */
export function insulinOnBoard(doses: ReadonlyArray<{ t: number; units: number }>, at: number, curve: InsulinCurve): { units: number; each: number[] } {
  const each = doses.map((d) => (d.t > at ? 0 : d.units * fractionRemaining((at - d.t) / 60_000, curve)));
  return { units: each.reduce((s, u) => s + u, 0), each };
}
