/**
 * Medication response from per-minute tremor: for each dose, tremor in a window before it
 * against a window after it, with a test that respects within-day variability, the time to
 * benefit and to its wearing off, and an overview across doses.
 *
 * The per-minute quantity compared is the tremor "load" by default: tremor_percent/100 ×
 * magnitude (m/s²), the band RMS averaged over the minute with tremor-free time counted as
 * zero, so it falls both when tremor is rarer and when it is weaker.
 *
 * Test: a block permutation test on minutes (after Künsch 1989's blocking idea for
 * dependent data; permutation of blocks rather than minutes because tremor bouts last
 * minutes, so neighbouring minutes are not independent). The windows are cut into blocks
 * of `blockMin` minutes; the statistic is mean(after) − mean(before); its null distribution
 * comes from every reassignment of blocks to the two windows (or 5000 random ones when there
 * are too many). "improved"/"worse" are reported only when the two-sided p ≤ alpha. With the
 * default windows (60 min before, 30–120 min after) and 20-min blocks there are C(8,3) = 56
 * assignments, so one dose alone is significant only when the blocks after it are nearly all
 * below the blocks before it. Across doses, the overview adds a sign-flip test on the per-dose
 * log ratios, treating doses hours apart as independent.
 * The interval shown with it is a moving-block bootstrap (Künsch 1989) of the relative change.
 */
import { mulberry32 } from '../random';

/** One analysed minute: t is the minute's start, ms since the epoch. */
export interface MinutePoint {
  t: number;
  /** 0–100. */
  tremor_percent: number;
  /** m/s². */
  magnitude: number;
  /**
   * Percent of the minute spent in voluntary movement (0–100), from the analyser's minute
   * details. Rest tremor can only be judged at rest, so minutes more than half active are
   * left out of the comparison when this is given.
   */
  active_percent?: number;
}

/** A dose: time (ms since epoch or ISO 8601) and drug. */
export interface DoseInput {
  t: number | string;
  drug: string;
  id?: string;
}

export type ResponseMetric = 'load' | 'tremor_percent' | 'magnitude';
export type ResponseDirection = 'improved' | 'worse' | 'no clear change' | 'insufficient data';

export interface ResponseOptions {
  /** Minutes before the dose compared (default 60). */
  beforeMin?: number;
  /** Window after the dose, minutes from the dose (default 30 to 120); it ends early at the next dose. */
  afterFromMin?: number;
  afterToMin?: number;
  /**
   * Block length for the permutation test and the bootstrap, minutes (default 20). Tremor
   * bouts last 1–15 min; on simulated days with no drug effect, 10-min blocks gave 8–13 %
   * false "changes" at alpha 0.05, 15-min 8 %, 20-min 2 %, so 20 keeps the promise that a
   * change is only claimed when the data support it (core/tremor/README.md).
   */
  blockMin?: number;
  /** Significance level (default 0.05). */
  alpha?: number;
  metric?: ResponseMetric;
  /** Least fraction of each window that must have usable (resting) minutes (default 0.25). */
  minCoverage?: number;
  /** Seed for the random permutations/bootstrap (results are deterministic). */
  seed?: number;
  /** Centred moving-average width for onset/wearing-off, minutes (default 15). */
  smoothMin?: number;
  /** A crossing counts when it holds this many minutes (default 10). */
  persistMin?: number;
}

export interface WindowSummary {
  from: string;
  to: string;
  /** Minutes with data. */
  minutes: number;
  /** Mean of the metric over those minutes. */
  mean: number;
}

export interface DoseResponse {
  dose: { t: string; drug: string; id?: string };
  metric: ResponseMetric;
  before: WindowSummary;
  after: WindowSummary;
  /** after − before, in the metric's unit. */
  change: number;
  /** (after − before) / before; null when before is 0. */
  relative_change: number | null;
  /** 95 % moving-block bootstrap interval of relative_change; null when not computable. */
  relative_change_ci95: [number, number] | null;
  /** Two-sided block-permutation p-value. */
  p_value: number;
  /** 1 − p_value. */
  confidence: number;
  direction: ResponseDirection;
  /** Minutes from the dose until tremor fell half-way from the before level to the after level (improved doses only). */
  onset_min: number | null;
  /** Minutes from the dose until tremor rose back above that half-way level; null when it had not by the next dose / end of data. */
  benefit_end_min: number | null;
  /** benefit_end_min − onset_min. */
  duration_min: number | null;
  /** Tremor came back before the next dose. */
  wearing_off: boolean;
  /** Minutes from the return of tremor to the next dose (when wearing_off). */
  wearing_off_lead_min: number | null;
}

export interface MedicationOverview {
  doses: number;
  improved: number;
  worse: number;
  no_clear_change: number;
  insufficient_data: number;
  /** Median onset over improved doses, minutes. */
  typical_onset_min: number | null;
  /** Median duration of benefit over improved doses whose end was seen, minutes. */
  typical_duration_min: number | null;
  /** Median relative change over all tested doses. */
  median_relative_change: number | null;
  wearing_off_doses: number;
  /** Pooled across tested doses: geometric-mean ratio after/before − 1; null with fewer than 2 doses. */
  overall_relative_change: number | null;
  /** Two-sided sign-flip permutation p-value of the mean per-dose log ratio. */
  overall_p_value: number | null;
  overall_direction: ResponseDirection;
}

export interface MedicationResponse {
  responses: DoseResponse[];
  overview: MedicationOverview;
}

const MINUTE = 60_000;

/** Converts `analyzeTremor`'s per_minute rows to time-stamped points, given the recording start. */
export function toMinutePoints(
  perMinute: readonly { minute: number; tremor_percent: number; magnitude: number; active_percent?: number }[],
  startMs: number,
): MinutePoint[] {
  return perMinute.map((r) => {
    const p: MinutePoint = { t: startMs + r.minute * MINUTE, tremor_percent: r.tremor_percent, magnitude: r.magnitude };
    if (r.active_percent !== undefined) p.active_percent = r.active_percent;
    return p;
  });
}

/** The compared per-minute value. */
export function metricValue(p: MinutePoint, metric: ResponseMetric): number {
  switch (metric) {
    case 'load':
      return (p.tremor_percent / 100) * p.magnitude;
    case 'tremor_percent':
      return p.tremor_percent;
    case 'magnitude':
      return p.magnitude;
    default: {
      const never: never = metric;
      throw new Error(`unknown metric ${String(never)}`);
    }
  }
}

function toMs(t: number | string): number {
  const v = typeof t === 'number' ? t : Date.parse(t);
  if (!Number.isFinite(v)) throw new RangeError(`bad dose time ${String(t)}`);
  return v;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function median(v: number[]): number | null {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Block {
  sum: number;
  count: number;
}

const blockMean = (b: Block): number => b.sum / b.count;

function blocksOf(series: Float64Array, from: number, to: number, len: number): Block[] {
  const out: Block[] = [];
  for (let a = from; a < to; a += len) {
    let sum = 0;
    let count = 0;
    for (let i = Math.max(0, a); i < Math.min(to, a + len, series.length); i++) {
      const v = series[i];
      if (v === v) {
        sum += v;
        count++;
      }
    }
    if (count > 0) out.push({ sum, count });
  }
  return out;
}

/**
 * Two-sided block-permutation p-value for a difference between the mean block values of
 * two windows: exact over all C(n, k) reassignments of blocks when there are at most
 * 20 000, otherwise 5000 random ones (p = (1 + hits)/(1 + draws), Phipson & Smyth 2010).
 */
export function blockPermutationP(before: readonly number[], after: readonly number[], rand: () => number): number {
  const all = [...before, ...after];
  const n = all.length;
  const k = before.length;
  const total = all.reduce((s, v) => s + v, 0);
  const stat = (sumB: number): number => (total - sumB) / (n - k) - sumB / k;
  const obs = Math.abs(stat(before.reduce((s, v) => s + v, 0)));
  const tol = 1e-9 * (1 + obs);
  let combos = 1;
  for (let i = 0; i < k; i++) combos = (combos * (n - i)) / (i + 1);
  if (combos <= 20_000) {
    let hits = 0;
    let count = 0;
    const idx = Array.from({ length: k }, (_, i) => i);
    for (;;) {
      let s = 0;
      for (const i of idx) s += all[i];
      if (Math.abs(stat(s)) >= obs - tol) hits++;
      count++;
      // Next k-combination in lexicographic order.
      let p = k - 1;
      while (p >= 0 && idx[p] === n - k + p) p--;
      if (p < 0) break;
      idx[p]++;
      for (let q = p + 1; q < k; q++) idx[q] = idx[q - 1] + 1;
    }
    return hits / count;
  }
  const draws = 5000;
  let hits = 0;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < draws; r++) {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (n - i));
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
      s += all[order[i]];
    }
    if (Math.abs(stat(s)) >= obs - tol) hits++;
  }
  return (1 + hits) / (1 + draws);
}

function blockBootstrapMean(series: Float64Array, from: number, to: number, len: number, rand: () => number): number {
  const span = to - from;
  const L = Math.min(len, span);
  let sum = 0;
  let count = 0;
  for (let drawn = 0; drawn < span; drawn += L) {
    const a = from + Math.floor(rand() * (span - L + 1));
    for (let i = a; i < a + L; i++) {
      const v = series[i];
      if (v === v) {
        sum += v;
        count++;
      }
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

function windowMean(series: Float64Array, from: number, to: number): { mean: number; minutes: number } {
  let sum = 0;
  let minutes = 0;
  for (let i = Math.max(0, from); i < Math.min(to, series.length); i++) {
    const v = series[i];
    if (v === v) {
      sum += v;
      minutes++;
    }
  }
  return { mean: minutes > 0 ? sum / minutes : Number.NaN, minutes };
}

function smooth(series: Float64Array, width: number): Float64Array {
  const h = Math.floor(width / 2);
  const out = new Float64Array(series.length).fill(Number.NaN);
  for (let i = 0; i < series.length; i++) {
    let s = 0;
    let c = 0;
    for (let k = Math.max(0, i - h); k <= Math.min(series.length - 1, i + h); k++) {
      const v = series[k];
      if (v === v) {
        s += v;
        c++;
      }
    }
    if (c > 0) out[i] = s / c;
  }
  return out;
}

/** First index in [from, to) from which `test` holds for `persist` minutes (missing minutes neither break nor count). */
function firstSustained(s: Float64Array, from: number, to: number, persist: number, test: (v: number) => boolean): number | null {
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) {
    if (!(s[i] === s[i] && test(s[i]))) continue;
    let held = 0;
    let ok = true;
    for (let k = i; k < s.length && held < persist; k++) {
      const v = s[k];
      if (v !== v) continue;
      if (!test(v)) {
        ok = false;
        break;
      }
      held++;
    }
    if (ok && held >= Math.min(persist, 1)) return i;
  }
  return null;
}

/** Per-dose response and the overview across doses. */
export function medicationResponse(minutes: readonly MinutePoint[], doses: readonly DoseInput[], opts: ResponseOptions = {}): MedicationResponse {
  const beforeMin = opts.beforeMin ?? 60;
  const afterFrom = opts.afterFromMin ?? 30;
  const afterTo = opts.afterToMin ?? 120;
  const blockMin = opts.blockMin ?? 20;
  const alpha = opts.alpha ?? 0.05;
  const metric = opts.metric ?? 'load';
  const minCoverage = opts.minCoverage ?? 0.25;
  const smoothMin = opts.smoothMin ?? 15;
  const persist = opts.persistMin ?? 10;
  if (!(afterTo > afterFrom && afterFrom >= 0 && beforeMin > 0 && blockMin >= 1)) throw new RangeError('windows must satisfy beforeMin > 0, 0 ≤ afterFromMin < afterToMin, blockMin ≥ 1');

  const sortedDoses = doses.map((d) => ({ ...d, ms: toMs(d.t) })).sort((a, b) => a.ms - b.ms);
  if (minutes.length === 0) {
    return { responses: sortedDoses.map((d) => emptyResponse(d, metric)), overview: overviewOf([]) };
  }
  // Regular minute grid covering the data and the doses' windows.
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const m of minutes) {
    t0 = Math.min(t0, m.t);
    t1 = Math.max(t1, m.t);
  }
  t0 = Math.floor(t0 / MINUTE) * MINUTE;
  const n = Math.floor((t1 - t0) / MINUTE) + 1;
  const series = new Float64Array(n).fill(Number.NaN);
  for (const m of minutes) {
    const v = metricValue(m, metric);
    if (Number.isFinite(v) && !(m.active_percent !== undefined && m.active_percent > 50)) series[Math.round((m.t - t0) / MINUTE)] = v;
  }
  const sm = smooth(series, smoothMin);
  const responses: DoseResponse[] = [];
  const logRatios: number[] = [];
  const dayMean = windowMean(series, 0, n).mean;
  sortedDoses.forEach((d, idx) => {
    const rand = mulberry32((opts.seed ?? 1) * 7919 + idx);
    const at = Math.round((d.ms - t0) / MINUTE);
    const nextAt = idx + 1 < sortedDoses.length ? Math.round((sortedDoses[idx + 1].ms - t0) / MINUTE) : null;
    const prevAt = idx > 0 ? Math.round((sortedDoses[idx - 1].ms - t0) / MINUTE) : null;
    // The before window never reaches back past the previous dose; the after window ends at the next one.
    const bFrom = prevAt !== null ? Math.max(at - beforeMin, prevAt) : at - beforeMin;
    const aFrom = at + afterFrom;
    const aTo = nextAt !== null ? Math.min(at + afterTo, nextAt) : at + afterTo;
    const b = windowMean(series, bFrom, at);
    const a = windowMean(series, aFrom, aTo);
    const dose = d.id !== undefined ? { t: iso(d.ms), drug: d.drug, id: d.id } : { t: iso(d.ms), drug: d.drug };
    const base: DoseResponse = {
      dose, metric,
      before: { from: iso(t0 + bFrom * MINUTE), to: iso(t0 + at * MINUTE), minutes: b.minutes, mean: round(b.mean) },
      after: { from: iso(t0 + aFrom * MINUTE), to: iso(t0 + Math.max(aFrom, aTo) * MINUTE), minutes: a.minutes, mean: round(a.mean) },
      change: Number.NaN, relative_change: null, relative_change_ci95: null, p_value: 1, confidence: 0,
      direction: 'insufficient data', onset_min: null, benefit_end_min: null, duration_min: null, wearing_off: false, wearing_off_lead_min: null,
    };
    const bBlocks = blocksOf(series, bFrom, at, blockMin);
    const aBlocks = blocksOf(series, aFrom, aTo, blockMin);
    if (b.minutes < minCoverage * beforeMin || aTo <= aFrom || a.minutes < minCoverage * (afterTo - afterFrom) || bBlocks.length < 2 || aBlocks.length < 2) {
      base.change = Number.isFinite(a.mean - b.mean) ? round(a.mean - b.mean) : 0;
      responses.push(base);
      return;
    }
    const change = a.mean - b.mean;
    const p = blockPermutationP(bBlocks.map(blockMean), aBlocks.map(blockMean), rand);
    // Offset for the pooled log ratio: 10 % of the day's mean keeps tremor-free windows finite.
    const eps = 0.1 * dayMean + 1e-9;
    base.change = round(change);
    base.relative_change = b.mean > 0 ? round(change / b.mean) : null;
    base.p_value = round(p);
    base.confidence = round(1 - p);
    base.direction = p <= alpha && change !== 0 ? (change < 0 ? 'improved' : 'worse') : 'no clear change';
    if (b.mean > 0) {
      const rel: number[] = [];
      for (let r = 0; r < 2000; r++) {
        const mb = blockBootstrapMean(series, bFrom, at, blockMin, rand);
        const ma = blockBootstrapMean(series, aFrom, aTo, blockMin, rand);
        if (mb > 0 && ma === ma) rel.push((ma - mb) / mb);
      }
      rel.sort((u, v) => u - v);
      if (rel.length >= 100) base.relative_change_ci95 = [round(rel[Math.floor(0.025 * rel.length)]), round(rel[Math.ceil(0.975 * rel.length) - 1])];
    }
    logRatios.push(Math.log((a.mean + eps) / (b.mean + eps)));
    if (base.direction === 'improved') {
      // Half-way level between before and after; onset is when the smoothed series falls
      // below it and stays there, the end of benefit when it climbs back and stays above.
      const level = (a.mean + b.mean) / 2;
      const searchEnd = nextAt ?? n;
      const onset = firstSustained(sm, at, Math.min(searchEnd, at + afterTo), persist, (v) => v <= level);
      if (onset !== null) {
        base.onset_min = onset - at;
        let trough = onset;
        for (let i = onset; i < Math.min(aTo, n); i++) if (sm[i] === sm[i] && sm[i] < sm[trough]) trough = i;
        const back = firstSustained(sm, trough, searchEnd, persist, (v) => v > level);
        if (back !== null) {
          base.benefit_end_min = back - at;
          base.duration_min = back - onset;
          if (nextAt !== null && back < nextAt) {
            base.wearing_off = true;
            base.wearing_off_lead_min = nextAt - back;
          }
        }
      }
    }
    responses.push(base);
  });
  const overview = overviewOf(responses);
  if (logRatios.length >= 2) {
    const mean = logRatios.reduce((u, v) => u + v, 0) / logRatios.length;
    const p = signFlipP(logRatios, mulberry32((opts.seed ?? 1) * 104729));
    overview.overall_relative_change = round(Math.exp(mean) - 1);
    overview.overall_p_value = round(p);
    overview.overall_direction = p <= alpha && mean !== 0 ? (mean < 0 ? 'improved' : 'worse') : 'no clear change';
  }
  return { responses, overview };
}

/**
 * Two-sided sign-flip permutation p-value for a zero mean (the values are symmetric about
 * 0 under the null): exact over 2^n sign patterns up to n = 16, else 20 000 random ones.
 */
export function signFlipP(v: readonly number[], rand: () => number): number {
  const n = v.length;
  const obs = Math.abs(v.reduce((s, x) => s + x, 0));
  const tol = 1e-9 * (1 + obs);
  let hits = 0;
  if (n <= 16) {
    const total = 2 ** n;
    for (let mask = 0; mask < total; mask++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += mask & (1 << i) ? -v[i] : v[i];
      if (Math.abs(s) >= obs - tol) hits++;
    }
    return hits / total;
  }
  const draws = 20_000;
  for (let r = 0; r < draws; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += rand() < 0.5 ? -v[i] : v[i];
    if (Math.abs(s) >= obs - tol) hits++;
  }
  return (1 + hits) / (1 + draws);
}

function emptyResponse(d: { ms: number; drug: string; id?: string }, metric: ResponseMetric): DoseResponse {
  const t = iso(d.ms);
  return {
    dose: d.id !== undefined ? { t, drug: d.drug, id: d.id } : { t, drug: d.drug }, metric,
    before: { from: t, to: t, minutes: 0, mean: Number.NaN }, after: { from: t, to: t, minutes: 0, mean: Number.NaN },
    change: 0, relative_change: null, relative_change_ci95: null, p_value: 1, confidence: 0, direction: 'insufficient data',
    onset_min: null, benefit_end_min: null, duration_min: null, wearing_off: false, wearing_off_lead_min: null,
  };
}

function overviewOf(r: readonly DoseResponse[]): MedicationOverview {
  const improved = r.filter((x) => x.direction === 'improved');
  const tested = r.filter((x) => x.direction !== 'insufficient data' && x.relative_change !== null);
  return {
    doses: r.length,
    improved: improved.length,
    worse: r.filter((x) => x.direction === 'worse').length,
    no_clear_change: r.filter((x) => x.direction === 'no clear change').length,
    insufficient_data: r.filter((x) => x.direction === 'insufficient data').length,
    typical_onset_min: median(improved.flatMap((x) => (x.onset_min === null ? [] : [x.onset_min]))),
    typical_duration_min: median(improved.flatMap((x) => (x.duration_min === null ? [] : [x.duration_min]))),
    median_relative_change: median(tested.map((x) => x.relative_change as number)),
    wearing_off_doses: r.filter((x) => x.wearing_off).length,
    overall_relative_change: null,
    overall_p_value: null,
    overall_direction: 'insufficient data',
  };
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : v);
