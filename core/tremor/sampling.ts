/** Sampling helpers shared by the CSV reader and the analyser. */

/**
 * Infers the sampling rate (Hz) from timestamps in seconds, over the first 2001 samples:
 * when no step there is a gap or a repeat (all within 0.5–1.5× the median step), the mean
 * step, which is exact even when timestamps are rounded (75 Hz written to the millisecond
 * alternates 0.013 and 0.014 s steps); otherwise 1 / the median step.
 */
export function inferRateHz(t: ArrayLike<number>): number {
  const n = Math.min(t.length, 2001);
  if (n < 2) throw new RangeError('need at least two samples to infer the sampling rate');
  const d: number[] = [];
  for (let i = 1; i < n; i++) d.push(t[i] - t[i - 1]);
  const sorted = [...d].sort((a, b) => a - b);
  const med = sorted[Math.floor(sorted.length / 2)];
  if (!(med > 0)) throw new RangeError('timestamps must increase to infer the sampling rate');
  const regular = sorted[0] >= 0.5 * med && sorted[sorted.length - 1] <= 1.5 * med;
  return regular ? (n - 1) / (t[n - 1] - t[0]) : 1 / med;
}
