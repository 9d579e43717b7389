/**
 * CGM metrics (contract section 3): time in ranges, glycaemic variability and risk
 * indices, the Ambulatory Glucose Profile.
 *
 * Definitions, each from its source:
 * - Time in ranges: International Consensus on Time in Range, Battelino et al., Diabetes
 *   Care 2019;42:1593 (table 1). Percentages are of readings in the window. Thresholds:
 *   `below_54` = v < 54, `below_70` = v < 70 (it includes < 54), `in_range_70_180` =
 *   70 ≤ v ≤ 180, `above_180` = v > 180 (it includes > 250), `above_250` = v > 250.
 * - GMI (%) = 3.31 + 0.02392 × mean (mg/dL): Bergenstal et al., Diabetes Care 2018;41:2275.
 * - SD is the sample SD (n − 1); CV (%) = 100 × SD / mean (consensus 2019, §"glycemic variability").
 * - LBGI/HBGI: Kovatchev et al., Diabetes Care 1998;21:1870 and 2006;29:2433:
 *   f(BG) = 1.509 × (ln(BG)^1.084 − 5.381), r = 10 f²; LBGI = mean of r over readings
 *   with f < 0 (0 for the others), HBGI likewise with f > 0. Means are over all readings.
 * - GRI: Klonoff et al., J Diabetes Sci Technol 2022;17:1226: hypo component =
 *   VLow + 0.8 × Low, hyper component = VHigh + 0.5 × High, GRI = 3.0 × hypo + 1.6 ×
 *   hyper (= 3.0 VLow + 2.4 Low + 1.6 VHigh + 0.8 High), capped at 100; VLow = % < 54,
 *   Low = % 54–69, High = % 181–250, VHigh = % > 250.
 * - MAGE: by default the moving-average algorithm of Fernandes et al., J Diabetes Sci
 *   Technol 2022;16:576 (iglu's and GlucoBench's default; `mage.ts`); with
 *   `mageMethod: 'service'`, Service et al., Diabetes 1970;19:644 (see `mageOf`).
 * - MODD: Molnar et al., Diabetologia 1972;8:342: mean |v(t) − v(t − 24 h)| over the
 *   readings that have a partner 24 h earlier (nearest reading, within a tolerance).
 * - CONGA(n): McDonnell et al., Diabetes Technol Ther 2005;7:253: sample SD of
 *   v(t) − v(t − n h) over the readings that have such a partner; n = 1 h by default.
 * - J-index = 0.001 × (mean + SD)² (mg/dL): Wojcicki, Horm Metab Res 1995;27:41.
 * - Median and quartiles (also the AGP percentiles) use the "type 7" quantile (R's
 *   default, numpy's `linear`, Excel's PERCENTILE.INC): h = (n − 1) p, interpolated
 *   linearly between the order statistics ⌊h⌋ and ⌊h⌋ + 1 (0-based).
 * - AGP: the readings grouped by local hour of day (opts.timeZone, UTC by default), with
 *   p5/p25/p50/p75/p95 of each hour (consensus 2019, figure 1 shows the AGP).
 * - active_percent = 100 × readings / expected readings, expected = window length /
 *   sensor interval, capped at 100. An inferred interval is at most 15 min (the longest
 *   CGM interval, Libre's historic data): readings once a day are 1 % of a CGM's, not
 *   100 % of "a daily sensor".
 * - days = the days of the window that have readings: the window is cut into 24-hour
 *   days counted back from its end (the first may be shorter), and each day holding at
 *   least one reading counts once. The consensus asks for ≥ 14 such days and ≥ 70 %
 *   sensor time (Battelino 2019, table 2); the window's length is not data.
 *
 * The window is half-open, [from, to). Readings whose value is not a finite positive
 * number are ignored (ln is undefined there). Readings need not be sorted.
 *
 * Implementation: one pass copies the window into typed arrays (sorting only if the
 * input was out of order) while it sums moments, counts ranges, accumulates the risk
 * function (read from a table for whole mg/dL values) and builds value histograms per
 * hour of day; a second pass runs the MAGE turning-point scan and the two pointer walks
 * for MODD and CONGA. Quantiles come from the histograms (counting sort) when every
 * value is a whole number of mg/dL (what CGMs report) and from a typed-array sort
 * otherwise (values converted from mmol/L).
 */
import { localHour } from '../imports/zoned-time';
import { mageMovingAverage } from './mage';

const MIN_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** One CGM reading. */
export interface CgmReading {
  /** Epoch ms (UTC). */
  t: number;
  /** Glucose, mg/dL. */
  v: number;
}

export interface CgmMetricsOptions {
  /** Window start, epoch ms, inclusive. */
  from: number;
  /** Window end, epoch ms, exclusive. */
  to: number;
  /**
   * Sensor interval, minutes (5 for Dexcom, 15 for Libre historic data). Default: the
   * median gap between consecutive readings, rounded to a whole minute (5 when there
   * are fewer than two readings).
   */
  intervalMin?: number;
  /** CONGA lag, hours. Default 1. */
  congaHours?: number;
  /**
   * How far, in minutes, a partner reading for MODD (24 h earlier) or CONGA (n h
   * earlier) may be from the exact lag. Default: half the sensor interval, so a regular
   * series finds exactly one nearest partner.
   */
  pairToleranceMin?: number;
  /** IANA zone for the AGP's hour of day. Default `UTC`. */
  timeZone?: string;
  /**
   * MAGE algorithm: 'ma' (default), the moving-average algorithm of Fernandes et al. 2022
   * (`mage.ts`), or 'service', Service et al. 1970's turning points with a 1-SD threshold.
   */
  mageMethod?: MageMethod;
}

/** See `CgmMetricsOptions.mageMethod`. */
export type MageMethod = 'ma' | 'service';

/** One hour of the Ambulatory Glucose Profile; percentiles in mg/dL, null when the hour has no reading. */
export interface AgpRow {
  /** Local hour of day, 0–23: readings from hh:00:00 to hh:59:59. */
  hour: number;
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

/**
 * The contract's CGM metrics (section 3). Glucose values in mg/dL, percentages 0–100.
 * A metric that is undefined for the data (no readings; SD of one reading; no pair 24 h
 * apart; no excursion above 1 SD) is null.
 */
export interface CgmMetrics {
  /** Readings in the window. */
  n: number;
  /** Days of the window with at least one reading (24-hour days counted back from `to`). */
  days: number;
  /** % of the readings expected at the sensor interval that were received (≤ 100). */
  active_percent: number;
  /** mg/dL */
  mean: number | null;
  /** Sample SD (n − 1), mg/dL. */
  sd: number | null;
  /** % (100 × SD / mean). */
  cv: number | null;
  /** Glucose management indicator, % (HbA1c-like). */
  gmi: number | null;
  /** % of readings < 54 mg/dL. */
  below_54: number | null;
  /** % of readings < 70 mg/dL (includes < 54). */
  below_70: number | null;
  /** % of readings 70–180 mg/dL inclusive. */
  in_range_70_180: number | null;
  /** % of readings > 180 mg/dL (includes > 250). */
  above_180: number | null;
  /** % of readings > 250 mg/dL. */
  above_250: number | null;
  /** Glycaemia risk index, 0–100. */
  gri: number | null;
  /** Low blood glucose index (unitless). */
  lbgi: number | null;
  /** High blood glucose index (unitless). */
  hbgi: number | null;
  /** Mean amplitude of glycaemic excursions, mg/dL. */
  mage: number | null;
  /** Mean of daily differences, mg/dL. */
  modd: number | null;
  /** CONGA(n), mg/dL. */
  conga: number | null;
  /** J-index, (mg/dL)² × 0.001. */
  j_index: number | null;
  /** mg/dL */
  median: number | null;
  /** First quartile, mg/dL. */
  q25: number | null;
  /** Third quartile, mg/dL. */
  q75: number | null;
  /** 24 rows, hours 0–23. */
  agp: AgpRow[];
}

/** Percentiles drawn in the AGP, as fractions. */
export const AGP_PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** GRI and its components (Klonoff 2022), from the range percentages. */
export function glycemiaRiskIndex(p: { veryLow: number; low: number; high: number; veryHigh: number }): {
  gri: number;
  hypo: number;
  hyper: number;
} {
  const hypo = p.veryLow + 0.8 * p.low;
  const hyper = p.veryHigh + 0.5 * p.high;
  return { gri: Math.min(100, 3.0 * hypo + 1.6 * hyper), hypo, hyper };
}

/** Kovatchev's symmetrised risk scale f(BG), BG in mg/dL (1998, eq. 1). */
export function kovatchevF(bg: number): number {
  return 1.509 * (Math.pow(Math.log(bg), 1.084) - 5.381);
}

// Risk values for whole mg/dL values 0..HIST_SIZE-1: signed so the sign says low (−) or high (+).
const HIST_SIZE = 1024;
let riskTable: Float64Array | null = null;
function signedRiskTable(): Float64Array {
  if (!riskTable) {
    riskTable = new Float64Array(HIST_SIZE);
    for (let g = 1; g < HIST_SIZE; g++) {
      const f = kovatchevF(g);
      riskTable[g] = f < 0 ? -10 * f * f : 10 * f * f;
    }
  }
  return riskTable;
}

/**
 * The sensor interval a series shows, in whole minutes: the gaps between consecutive
 * (sorted) readings, ignoring those under 30 s (the same reading uploaded twice), each
 * rounded to the nearest minute; their median, rounded (a gap over a day counts as
 * 1441 min). 5 when there is no such gap. One pass and a minute histogram.
 */
/** Minutes: the longest interval a CGM records at (Libre's historic data), the most an inferred interval may count for sensor time. */
export const MAX_INFERRED_INTERVAL_MIN = 15;

/** Days of [.., to) with a reading, days being 24 h counted back from `to`; `t` ascending, first `n` used. */
function daysWithReadings(t: Float64Array, n: number, to: number): number {
  let days = 0;
  let last = -1;
  // Ascending times give descending day indexes: each change is a new day.
  for (let i = 0; i < n; i++) {
    const d = Math.floor((to - 1 - t[i]!) / DAY_MS);
    if (d !== last) {
      days++;
      last = d;
    }
  }
  return days;
}

export function inferIntervalMin(sortedT: ArrayLike<number>): number {
  const hist = new Uint32Array(1442);
  let m = 0;
  for (let i = 1; i < sortedT.length; i++) {
    const g = sortedT[i]! - sortedT[i - 1]!;
    if (g >= 30_000) {
      hist[Math.min(1441, Math.round(g / MIN_MS))]!++;
      m++;
    }
  }
  if (m === 0) return 5;
  const [med] = quantilesFromHist(hist, 0, m, [0.5], 1442);
  return Math.max(1, Math.round(med!));
}

/** Type-7 quantile of an ascending typed array slice [lo, hi). */
function quantileSorted(a: Float64Array, lo: number, hi: number, p: number): number | null {
  const n = hi - lo;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const x0 = a[lo + k]!;
  return k + 1 < n ? x0 + (h - k) * (a[lo + k + 1]! - x0) : x0;
}

/**
 * Type-7 quantiles from a histogram of whole values: one cumulative walk finds every
 * order statistic the requested probabilities (ascending) need.
 */
function quantilesFromHist(hist: Uint32Array, base: number, n: number, ps: readonly number[], size = HIST_SIZE): Array<number | null> {
  if (n === 0) return ps.map(() => null);
  // The order statistics needed (⌊h⌋ and ⌊h⌋ + 1 for each p), visited in ascending rank.
  const ranks: number[] = [];
  for (const p of ps) {
    const k = Math.floor((n - 1) * p);
    ranks.push(k, Math.min(k + 1, n - 1));
  }
  const order = ranks.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  const vals = new Array<number>(ranks.length);
  let r = 0;
  let cum = 0;
  for (let g = 0; g < size && r < order.length; g++) {
    cum += hist[base + g]!;
    while (r < order.length && ranks[order[r]!]! < cum) vals[order[r++]!] = g;
  }
  return ps.map((p, i) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    return vals[2 * i]! + (h - k) * (vals[2 * i + 1]! - vals[2 * i]!);
  });
}

/**
 * MAGE turning points (Service 1970), as a single scan with a 1-SD hysteresis ("zigzag"):
 * a peak is confirmed once glucose has fallen more than 1 SD below it, a nadir once it has
 * risen more than 1 SD above it; rises and falls smaller than 1 SD are ignored, so every
 * leg between consecutive turning points is an excursion larger than 1 SD. The first
 * leg sets the direction that is counted (rises if it was a rise, falls otherwise), as
 * Service counts excursions in the direction of the first one. The last leg, from the
 * last confirmed turning point to the most extreme value reached after it, is counted
 * too (it already exceeds 1 SD). MAGE is the mean amplitude of the counted legs, over
 * the whole window with the window's SD (Service averaged per 24 h). Gaps in the data
 * are not treated specially. Returns null when no excursion exceeds 1 SD.
 */
function mageOf(v: Float64Array, n: number, sd: number): number | null {
  if (n < 2) return null;
  let dir = 0; // +1 rising, −1 falling, 0 not yet known
  let firstDir = 0;
  let lo = v[0]!;
  let hi = v[0]!;
  let last = 0; // last confirmed turning point's value
  let ext = 0; // most extreme value of the current leg
  let sum = 0;
  let count = 0;
  for (let i = 1; i < n; i++) {
    const x = v[i]!;
    if (dir === 0) {
      if (x > hi) hi = x;
      if (x < lo) lo = x;
      if (hi - lo > sd) {
        if (x === hi) {
          dir = 1;
          last = lo;
        } else {
          dir = -1;
          last = hi;
        }
        firstDir = dir;
        ext = x;
      }
    } else if (dir === 1) {
      if (x >= ext) ext = x;
      else if (ext - x > sd) {
        if (firstDir === 1) {
          sum += ext - last;
          count++;
        }
        last = ext;
        ext = x;
        dir = -1;
      }
    } else {
      if (x <= ext) ext = x;
      else if (x - ext > sd) {
        if (firstDir === -1) {
          sum += last - ext;
          count++;
        }
        last = ext;
        ext = x;
        dir = 1;
      }
    }
  }
  if (dir !== 0 && dir === firstDir) {
    sum += Math.abs(ext - last);
    count++;
  }
  return count ? sum / count : null;
}

/**
 * For each reading, its partner `lag` ms earlier: the nearest reading to t − lag (the
 * earlier one on a tie), accepted when within `tol` ms. Two pointers, one pass over the
 * sorted times; returns the partner indices (−1 for none) in `out`.
 */
function lagPartners(t: Float64Array, n: number, lag: number, tol: number, out: Int32Array): void {
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = t[i]! - lag;
    while (j + 1 < n && t[j + 1]! <= target) j++;
    let c = j;
    if (j + 1 < n && Math.abs(t[j + 1]! - target) < Math.abs(t[j]! - target)) c = j + 1;
    out[i] = c < i && Math.abs(t[c]! - target) <= tol ? c : -1;
  }
}

function emptyAgp(): AgpRow[] {
  return Array.from({ length: 24 }, (_, hour) => ({ hour, p5: null, p25: null, p50: null, p75: null, p95: null }));
}

function checkWindow(opts: CgmMetricsOptions): void {
  if (!Number.isFinite(opts.from) || !Number.isFinite(opts.to) || opts.to <= opts.from) {
    throw new RangeError('metrics window: `to` must be after `from` (epoch ms)');
  }
  if (opts.intervalMin !== undefined && !(opts.intervalMin > 0)) throw new RangeError('intervalMin must be > 0');
}

/** CGM metrics over the readings in [opts.from, opts.to). See the module comment for definitions. */
export function computeCgmMetrics(readings: ReadonlyArray<CgmReading>, opts: CgmMetricsOptions): CgmMetrics {
  checkWindow(opts);
  const { from, to } = opts;
  const zone = opts.timeZone ?? 'UTC';
  const utc = zone === 'UTC' || zone === 'Etc/UTC';

  // Pass 1: copy the window, noting whether it is already in time order.
  const len = readings.length;
  let t = new Float64Array(len);
  let v = new Float64Array(len);
  let n = 0;
  let sorted = true;
  let prevT = -Infinity;
  for (let i = 0; i < len; i++) {
    const r = readings[i]!;
    const ti = r.t;
    const vi = r.v;
    if (ti >= from && ti < to && vi > 0 && vi < Infinity) {
      if (ti < prevT) sorted = false;
      prevT = ti;
      t[n] = ti;
      v[n] = vi;
      n++;
    }
  }
  if (!sorted) {
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    // Stable sort by time (ties keep input order) so both implementations agree.
    const tt = t;
    idx.sort((a, b) => tt[a]! - tt[b]! || a - b);
    const t2 = new Float64Array(n);
    const v2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      t2[i] = t[idx[i]!]!;
      v2[i] = v[idx[i]!]!;
    }
    t = t2;
    v = v2;
  }

  const windowMs = to - from;
  const days = daysWithReadings(t, n, to);
  const intervalMin = opts.intervalMin ?? inferIntervalMin(t.subarray(0, n));
  const expected = windowMs / ((opts.intervalMin ?? Math.min(MAX_INFERRED_INTERVAL_MIN, intervalMin)) * MIN_MS);
  const active_percent = Math.min(100, (100 * n) / expected);
  const nulls = {
    n, days, active_percent, mean: null, sd: null, cv: null, gmi: null, below_54: null, below_70: null,
    in_range_70_180: null, above_180: null, above_250: null, gri: null, lbgi: null, hbgi: null, mage: null,
    modd: null, conga: null, j_index: null, median: null, q25: null, q75: null, agp: emptyAgp(),
  };
  if (n === 0) return nulls;

  // Pass 2: moments (shifted by the first value for numerical stability), range counts,
  // risk sums, per-hour histograms.
  const table = signedRiskTable();
  const hourOf = new Uint8Array(n);
  const hourCount = new Uint32Array(24);
  const hist = new Uint32Array(24 * HIST_SIZE);
  const bucketMs = utc ? HOUR_MS : 15 * MIN_MS;
  let bucketStart = 0;
  let bucketEnd = -Infinity;
  let h = 0;
  let whole = true;
  const k0 = v[0]!;
  let s1 = 0;
  let s2 = 0;
  let c54 = 0;
  let c70 = 0;
  let c180 = 0;
  let c250 = 0;
  let lowRisk = 0;
  let highRisk = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    const d = x - k0;
    s1 += d;
    s2 += d * d;
    if (x < 70) {
      c70++;
      if (x < 54) c54++;
    } else if (x > 180) {
      c180++;
      if (x > 250) c250++;
    }
    let r: number;
    const g = x | 0;
    if (g === x && g < HIST_SIZE) r = table[g]!;
    else {
      whole = false;
      const f = kovatchevF(x);
      r = f < 0 ? -10 * f * f : 10 * f * f;
    }
    if (r < 0) lowRisk -= r;
    else highRisk += r;
    // The hour of day only changes at an hour boundary (UTC) or a quarter-hour one (any
    // zone: offsets are whole quarter-hours), so it is recomputed once per bucket.
    const ti = t[i]!;
    if (ti >= bucketEnd || ti < bucketStart) {
      bucketStart = Math.floor(ti / bucketMs) * bucketMs;
      bucketEnd = bucketStart + bucketMs;
      h = utc ? Math.floor((((ti % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS) : localHour(zone, ti);
    }
    hourOf[i] = h;
    hourCount[h]!++;
    if (whole) hist[h * HIST_SIZE + g]!++;
  }
  const mean = k0 + s1 / n;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (s2 - (s1 * s1) / n) / (n - 1))) : null;
  const pct = (c: number) => (100 * c) / n;
  const below_54 = pct(c54);
  const below_70 = pct(c70);
  const above_180 = pct(c180);
  const above_250 = pct(c250);
  const { gri } = glycemiaRiskIndex({ veryLow: below_54, low: below_70 - below_54, high: above_180 - above_250, veryHigh: above_250 });

  // Pass 3: MAGE scan and the MODD/CONGA partner walks.
  const tol = (opts.pairToleranceMin ?? intervalMin / 2) * MIN_MS;
  const partner = new Int32Array(n);
  lagPartners(t, n, DAY_MS, tol, partner);
  let moddSum = 0;
  let moddN = 0;
  for (let i = 0; i < n; i++) {
    const j = partner[i]!;
    if (j >= 0) {
      moddSum += Math.abs(v[i]! - v[j]!);
      moddN++;
    }
  }
  lagPartners(t, n, (opts.congaHours ?? 1) * HOUR_MS, tol, partner);
  // Welford's running variance of the differences.
  let cN = 0;
  let cMean = 0;
  let cM2 = 0;
  for (let i = 0; i < n; i++) {
    const j = partner[i]!;
    if (j >= 0) {
      const d = v[i]! - v[j]!;
      cN++;
      const delta = d - cMean;
      cMean += delta / cN;
      cM2 += delta * (d - cMean);
    }
  }
  const mage = sd === null ? null : opts.mageMethod === 'service' ? mageOf(v, n, sd) : mageMovingAverage(t, v, n);

  // Quantiles: counting sort when every value is whole, else sort by hour then by value.
  const agp = emptyAgp();
  let median: number | null;
  let q25: number | null;
  let q75: number | null;
  if (whole) {
    const all = new Uint32Array(HIST_SIZE);
    for (let h = 0; h < 24; h++) {
      const base = h * HIST_SIZE;
      if (hourCount[h]) {
        for (let g = 0; g < HIST_SIZE; g++) all[g]! += hist[base + g]!;
        setRow(agp[h]!, quantilesFromHist(hist, base, hourCount[h]!, AGP_PERCENTILES));
      }
    }
    [q25, median, q75] = quantilesFromHist(all, 0, n, [0.25, 0.5, 0.75]) as [number, number, number];
  } else {
    const start = new Uint32Array(25);
    for (let h = 0; h < 24; h++) start[h + 1] = start[h]! + hourCount[h]!;
    const byHour = new Float64Array(n);
    const fill = start.slice(0, 24);
    for (let i = 0; i < n; i++) byHour[fill[hourOf[i]!]!++] = v[i]!;
    for (let h = 0; h < 24; h++) {
      if (!hourCount[h]) continue;
      const seg = byHour.subarray(start[h]!, start[h + 1]!).sort();
      setRow(agp[h]!, AGP_PERCENTILES.map((p) => quantileSorted(seg, 0, seg.length, p)));
    }
    const sortedV = v.slice(0, n).sort();
    median = quantileSorted(sortedV, 0, n, 0.5);
    q25 = quantileSorted(sortedV, 0, n, 0.25);
    q75 = quantileSorted(sortedV, 0, n, 0.75);
  }

  return {
    n,
    days,
    active_percent,
    mean,
    sd,
    cv: sd === null ? null : (100 * sd) / mean,
    gmi: 3.31 + 0.02392 * mean,
    below_54,
    below_70,
    in_range_70_180: pct(n - c70 - c180),
    above_180,
    above_250,
    gri,
    lbgi: lowRisk / n,
    hbgi: highRisk / n,
    mage,
    modd: moddN ? moddSum / moddN : null,
    conga: cN > 1 ? Math.sqrt(cM2 / (cN - 1)) : null,
    j_index: sd === null ? null : 0.001 * (mean + sd) ** 2,
    median,
    q25,
    q75,
    agp,
  };
}

function setRow(row: AgpRow, q: Array<number | null>): void {
  [row.p5, row.p25, row.p50, row.p75, row.p95] = q as [number, number, number, number, number];
}

/**
 * The same metrics computed the straightforward way: a separate filter, map, reduce or
 * sort for each metric, plain arrays and closures. It exists only as the benchmark
 * baseline and as a second opinion in tests; use `computeCgmMetrics`.
 */
export function naiveCgmMetrics(readings: ReadonlyArray<CgmReading>, opts: CgmMetricsOptions): CgmMetrics {
  checkWindow(opts);
  const { from, to } = opts;
  const zone = opts.timeZone ?? 'UTC';
  const rs = readings
    .map((r, i) => ({ t: r.t, v: r.v, i }))
    .filter((r) => r.t >= from && r.t < to && Number.isFinite(r.v) && r.v > 0)
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const n = rs.length;
  const values = rs.map((r) => r.v);
  const times = rs.map((r) => r.t);
  const quantile = (xs: number[], p: number): number | null => {
    const s = [...xs].sort((a, b) => a - b);
    if (s.length === 0) return null;
    const h = (s.length - 1) * p;
    const k = Math.floor(h);
    return k + 1 < s.length ? s[k]! + (h - k) * (s[k + 1]! - s[k]!) : s[k]!;
  };
  const days = new Set(times.map((x) => Math.floor((to - 1 - x) / DAY_MS))).size;
  const gaps = times
    .slice(1)
    .map((x, i) => x - times[i]!)
    .filter((g) => g >= 30_000)
    .map((g) => Math.min(1441, Math.round(g / MIN_MS)));
  const medianGap = gaps.length ? quantile(gaps, 0.5)! : 5;
  const intervalMin = opts.intervalMin ?? Math.max(1, Math.round(medianGap));
  const activeInterval = opts.intervalMin ?? Math.min(MAX_INFERRED_INTERVAL_MIN, intervalMin);
  const active_percent = Math.min(100, (100 * n) / ((to - from) / (activeInterval * MIN_MS)));
  const agp = emptyAgp();
  if (n === 0) {
    return {
      n, days, active_percent, mean: null, sd: null, cv: null, gmi: null, below_54: null, below_70: null,
      in_range_70_180: null, above_180: null, above_250: null, gri: null, lbgi: null, hbgi: null, mage: null,
      modd: null, conga: null, j_index: null, median: null, q25: null, q75: null, agp,
    };
  }
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.map((x) => (x - mean) ** 2).reduce((a, b) => a + b, 0) / (n - 1)) : null;
  const below_54 = (100 * values.filter((x) => x < 54).length) / n;
  const below_70 = (100 * values.filter((x) => x < 70).length) / n;
  const in_range_70_180 = (100 * values.filter((x) => x >= 70 && x <= 180).length) / n;
  const above_180 = (100 * values.filter((x) => x > 180).length) / n;
  const above_250 = (100 * values.filter((x) => x > 250).length) / n;
  const low = (100 * values.filter((x) => x >= 54 && x < 70).length) / n;
  const high = (100 * values.filter((x) => x > 180 && x <= 250).length) / n;
  const { gri } = glycemiaRiskIndex({ veryLow: below_54, low, high, veryHigh: above_250 });
  const lbgi = values.map((x) => kovatchevF(x)).map((f) => (f < 0 ? 10 * f * f : 0)).reduce((a, b) => a + b, 0) / n;
  const hbgi = values.map((x) => kovatchevF(x)).map((f) => (f > 0 ? 10 * f * f : 0)).reduce((a, b) => a + b, 0) / n;
  const tol = (opts.pairToleranceMin ?? intervalMin / 2) * MIN_MS;
  const partner = (i: number, lag: number): number => {
    // Binary search for the last reading at or before t − lag, then take the nearer neighbour.
    const target = times[i]! - lag;
    let lo = 0;
    let hi = n - 1;
    let j = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= target) {
        j = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const cands = [j, j + 1].filter((c) => c >= 0 && c < n);
    let c = cands[0]!;
    for (const k of cands) if (Math.abs(times[k]! - target) < Math.abs(times[c]! - target)) c = k;
    return c < i && Math.abs(times[c]! - target) <= tol ? c : -1;
  };
  const moddDiffs = values.map((x, i) => ({ x, j: partner(i, DAY_MS) })).filter((p) => p.j >= 0).map((p) => Math.abs(p.x - values[p.j]!));
  const modd = moddDiffs.length ? moddDiffs.reduce((a, b) => a + b, 0) / moddDiffs.length : null;
  const lag = (opts.congaHours ?? 1) * HOUR_MS;
  const congaDiffs = values.map((x, i) => ({ x, j: partner(i, lag) })).filter((p) => p.j >= 0).map((p) => p.x - values[p.j]!);
  let conga: number | null = null;
  if (congaDiffs.length > 1) {
    const m = congaDiffs.reduce((a, b) => a + b, 0) / congaDiffs.length;
    conga = Math.sqrt(congaDiffs.map((d) => (d - m) ** 2).reduce((a, b) => a + b, 0) / (congaDiffs.length - 1));
  }
  // MAGE: list the local extrema (plateaus collapsed, ends included), then run the same
  // 1-SD hysteresis over that list.
  let mage: number | null = null;
  if (sd !== null && opts.mageMethod !== 'service') mage = mageMovingAverage(times, values, n);
  else if (sd !== null) {
    const dedup = values.filter((x, i) => i === 0 || x !== values[i - 1]);
    const extrema = dedup.filter((x, i) => i === 0 || i === dedup.length - 1 || (x - dedup[i - 1]!) * (dedup[i + 1]! - x) < 0);
    mage = mageOf(Float64Array.from(extrema), extrema.length, sd);
  }
  for (const row of agp) {
    const hv = rs.filter((r) => localHour(zone, r.t) === row.hour).map((r) => r.v);
    row.p5 = quantile(hv, 0.05);
    row.p25 = quantile(hv, 0.25);
    row.p50 = quantile(hv, 0.5);
    row.p75 = quantile(hv, 0.75);
    row.p95 = quantile(hv, 0.95);
  }
  return {
    n,
    days,
    active_percent,
    mean,
    sd,
    cv: sd === null ? null : (100 * sd) / mean,
    gmi: 3.31 + 0.02392 * mean,
    below_54,
    below_70,
    in_range_70_180,
    above_180,
    above_250,
    gri,
    lbgi,
    hbgi,
    mage,
    modd,
    conga,
    j_index: sd === null ? null : 0.001 * (mean + sd) ** 2,
    median: quantile(values, 0.5),
    q25: quantile(values, 0.25),
    q75: quantile(values, 0.75),
    agp,
  };
}
