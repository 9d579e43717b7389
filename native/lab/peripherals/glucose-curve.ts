/**
 * A plausible glucose trace for the simulated CGM until the diabetes simulator feeds it:
 * a fasting baseline with a dawn rise, three meal excursions a day and slow random drift.
 * Shapes, not physiology: meal responses follow a gamma-like curve peaking ~45–60 min
 * after eating and back near baseline by ~3 h, the usual shape of post-prandial CGM
 * traces (Freckmann et al., J Diabetes Sci Technol 2007, "Continuous glucose profiles in
 * healthy subjects"), scaled up for a person with diabetes.
 */
import { createRng } from '../motion/prng';

export interface GlucoseCurveOptions {
  seed?: number;
  /** Fasting baseline, mg/dL. Default 120. */
  baseline?: number;
  /** Meal peak above baseline, mg/dL. Default 70. */
  mealRise?: number;
}

/** Returns glucose (mg/dL) as a function of time (ms since the epoch). Deterministic for a seed. */
export function glucoseCurve(opts: GlucoseCurveOptions = {}): (tMs: number) => number {
  const rng = createRng(opts.seed ?? 1);
  const baseline = opts.baseline ?? 120;
  const rise = opts.mealRise ?? 70;
  // Meal hours (UTC) and per-day size factors, drawn once per day index from the seed.
  const meals = [7.5, 12.5, 19];
  const phase = rng.uniform(0, 2 * Math.PI);
  const dayFactors = new Map<number, number[]>();
  const factors = (day: number): number[] => {
    let f = dayFactors.get(day);
    if (!f) {
      const r = createRng((opts.seed ?? 1) * 7919 + day);
      f = meals.map(() => r.uniform(0.6, 1.4));
      dayFactors.set(day, f);
    }
    return f;
  };
  // Gamma-like response h(τ) = (τ/τp)·e^(1−τ/τp), τ in min, peak 1 at τp = 50 min.
  const response = (tauMin: number) => (tauMin <= 0 ? 0 : (tauMin / 50) * Math.exp(1 - tauMin / 50));
  return (tMs: number) => {
    const hours = tMs / 3_600_000;
    const day = Math.floor(hours / 24);
    const hod = hours - day * 24;
    let g = baseline;
    // Dawn phenomenon: a rise of ~15 mg/dL around 05:00–08:00.
    g += 15 * Math.exp(-(((hod - 6.5) / 1.5) ** 2));
    for (const d of [day - 1, day]) {
      const f = factors(d);
      meals.forEach((mh, i) => {
        const tau = (hours - (d * 24 + mh)) * 60;
        g += rise * f[i] * response(tau);
      });
    }
    // Slow drift (period ~5 h) so no two days look the same.
    g += 8 * Math.sin((2 * Math.PI * hours) / 5.3 + phase);
    return Math.max(40, Math.min(400, g));
  };
}
