/**
 * MAGE, the mean amplitude of glycaemic excursions, by the moving-average algorithm of
 * Fernandes et al., "Open-source algorithm to calculate mean amplitude of glycemic
 * excursions using short and long moving averages", J Diabetes Sci Technol
 * 2022;16(2):576 — the method of the iglu R package (`mage`, method "ma", its default) and
 * of GlucoBench, validated there against MAGE counted by hand.
 *
 * Steps, as published:
 * 1. The readings are put on a 5-minute grid (times k × 5 min after midnight UTC) by
 *    linear interpolation; nothing is interpolated across two readings more than
 *    `interGapMin` (45) apart, which leaves those grid points missing.
 * 2. The grid is cut into segments at runs of missing points longer than `maxGapMin`
 *    (180 min); each segment gets its own MAGE, and the result is the mean of the
 *    segments' values weighted by each segment's length.
 * 3. In a segment: a short (5 points, 25 min) and a long (32 points, 160 min) trailing
 *    moving average, missing points left out of each mean, the first window's value
 *    standing in before each window is full. Where the short average crosses the long
 *    one, glucose turns: between two crossings lies one peak (short above long) or one
 *    nadir (short below long), taken as the highest or lowest reading there.
 * 4. Excursions between those turning points count only when they exceed one (sample)
 *    SD of the segment's glucose; smaller swings are merged into the excursion around
 *    them. MAGE+ is the mean rise (nadir → peak), MAGE− the mean fall (peak → nadir).
 * 5. `direction`: 'avg' (default: the mean of MAGE+ and MAGE−), 'service' (the direction
 *    of the segment's first counted excursion, as Service did), 'max', 'plus', 'minus'.
 *
 * Deliberate difference from iglu: a segment whose MAGE+ (or MAGE−) has no excursion is
 * left out of the weighted mean for 'plus', 'minus' and 'max', where iglu returns NA for
 * the whole trace.
 */

const MIN_MS = 60_000;
const DAY_MS = 86_400_000;
const GRID_MIN = 5;
const GRID_MS = GRID_MIN * MIN_MS;

export type MageDirection = 'avg' | 'service' | 'max' | 'plus' | 'minus';

export interface MageOptions {
  /** Short moving-average window, in 5-minute points (default 5). */
  shortMa?: number;
  /** Long moving-average window, in 5-minute points (default 32). */
  longMa?: number;
  /** Readings further apart than this (minutes) are not interpolated between (default 45). */
  interGapMin?: number;
  /** Missing runs longer than this (minutes) split the trace into segments (default 180). */
  maxGapMin?: number;
  direction?: MageDirection;
}

/** One segment's result: MAGE+ and MAGE− (null when that direction has no excursion). */
interface SegmentMage {
  plus: number | null;
  minus: number | null;
  plusFirst: boolean;
  /** Segment length, ms (first to last grid point), the segment's weight. */
  span: number;
}

/**
 * MAGE (mg/dL) of readings sorted by time (`t` epoch ms, `v` mg/dL, the first `n` used), or
 * null when there are too few readings (a segment needs at least as many grid points as
 * the long window) or no excursion exceeds one SD.
 */
export function mageMovingAverage(t: ArrayLike<number>, v: ArrayLike<number>, n: number = t.length, opts: MageOptions = {}): number | null {
  let shortMa = opts.shortMa ?? 5;
  let longMa = opts.longMa ?? 32;
  if (shortMa > longMa) [shortMa, longMa] = [longMa, shortMa];
  const interGapMs = (opts.interGapMin ?? 45) * MIN_MS;
  const maxGapPoints = (opts.maxGapMin ?? 180) / GRID_MIN;
  const direction = opts.direction ?? 'avg';

  // Readings at the same instant: the last one counts (as iglu's CGMS2DayByDay).
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < n; i++) {
    const ti = t[i]!;
    const vi = v[i]!;
    if (!Number.isFinite(ti) || !Number.isFinite(vi)) continue;
    if (ts.length && ts[ts.length - 1] === ti) vs[vs.length - 1] = vi;
    else {
      ts.push(ti);
      vs.push(vi);
    }
  }
  if (ts.length < 2) return null;

  // 1. The 5-minute grid from the first grid point at or after the first reading to the
  // last at or before the last reading (points outside have nothing to interpolate from).
  const day0 = Math.floor(ts[0]! / DAY_MS) * DAY_MS;
  const k0 = Math.max(1, Math.ceil((ts[0]! - day0) / GRID_MS));
  const k1 = Math.floor((ts[ts.length - 1]! - day0) / GRID_MS);
  if (k1 < k0) return null;
  const grid = new Float64Array(k1 - k0 + 1);
  let j = 0;
  for (let k = k0; k <= k1; k++) {
    const x = day0 + k * GRID_MS;
    while (j + 1 < ts.length && ts[j + 1]! < x) j++;
    // x lies in [ts[j], ts[j+1]] (or equals ts[j+1] when j + 1 is the last reading).
    const a = ts[j]!;
    const b = ts[j + 1] ?? a;
    let y: number;
    if (x === a) y = vs[j]!;
    else if (x === b) y = vs[j + 1]!;
    else if (b - a > interGapMs && x >= a + 1000 && x <= b - 1000) y = NaN;
    else y = vs[j]! + ((x - a) / (b - a)) * (vs[j + 1]! - vs[j]!);
    grid[k - k0] = y;
  }
  // Trim missing points at both ends.
  let lo = 0;
  let hi = grid.length - 1;
  while (lo <= hi && Number.isNaN(grid[lo]!)) lo++;
  while (hi >= lo && Number.isNaN(grid[hi]!)) hi--;
  if (lo > hi) return null;

  // 2. Segments between missing runs longer than maxGap.
  const segments: SegmentMage[] = [];
  let start = lo;
  let i = lo;
  while (i <= hi) {
    if (Number.isNaN(grid[i]!)) {
      let e = i;
      while (e + 1 <= hi && Number.isNaN(grid[e + 1]!)) e++;
      if (e - i + 1 > maxGapPoints) {
        const s = segmentMage(grid.subarray(start, i), shortMa, longMa);
        if (s) segments.push(s);
        start = e + 1;
      }
      i = e + 1;
    } else i++;
  }
  const last = segmentMage(grid.subarray(start, hi + 1), shortMa, longMa);
  if (last) segments.push(last);

  // 5. Weighted by segment length over the segments that have a value in that direction.
  let sum = 0;
  let weight = 0;
  const add = (x: number | null, w: number) => {
    if (x === null) return;
    sum += x * w;
    weight += w;
  };
  for (const s of segments) {
    switch (direction) {
      case 'avg':
        add(s.plus, s.span);
        add(s.minus, s.span);
        break;
      case 'plus':
        add(s.plus, s.span);
        break;
      case 'minus':
        add(s.minus, s.span);
        break;
      case 'service':
        add(s.plusFirst ? s.plus : s.minus, s.span);
        break;
      case 'max':
        add(s.plus === null ? s.minus : s.minus === null ? s.plus : Math.max(s.plus, s.minus), s.span);
        break;
      default: {
        const never: never = direction;
        throw new Error(`unknown MAGE direction ${String(never)}`);
      }
    }
  }
  if (weight > 0) return sum / weight;
  // Segments of a single grid point weigh nothing; a value still exists if one of them has it.
  return null;
}

/** Steps 3 and 4 on one segment of grid values (NaN where missing). */
function segmentMage(gl: Float64Array, shortMa: number, longMa: number): SegmentMage | null {
  const m = gl.length;
  if (m < 7 || m < longMa) return null;
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (const x of gl) {
    if (Number.isNaN(x)) continue;
    count++;
    const d = x - mean;
    mean += d / count;
    m2 += d * (x - mean);
  }
  if (count < 2) return null;
  const sd = Math.sqrt(m2 / (count - 1));
  // A flat trace has no excursion (and the excursion scan below needs sd > 0 to advance).
  if (!(sd > 0)) return null;

  const maS = trailingMean(gl, shortMa);
  const maL = trailingMean(gl, longMa);
  const delta = new Float64Array(m);
  for (let i = 0; i < m; i++) delta[i] = maS[i]! - maL[i]!;

  // Crossings of the short and long averages; the first and last points bound the trace.
  // `max`: a peak follows (short rose above long), else a nadir.
  const crossId: number[] = [0];
  const crossMax: boolean[] = [delta[0]! > 0];
  for (let i = 1; i < m; i++) {
    if (Number.isNaN(gl[i]!) || Number.isNaN(gl[i - 1]!) || Number.isNaN(delta[i]!) || Number.isNaN(delta[i - 1]!)) continue;
    if (delta[i]! * delta[i - 1]! < 0) {
      crossId.push(i);
      crossMax.push(delta[i]! > delta[i - 1]!);
    } else {
      // After a stretch where the averages could not be compared (missing points), a sign
      // change against the last crossing is a crossing too.
      const prev = delta[crossId[crossId.length - 1]!]!;
      if (delta[i]! * prev < 0) {
        crossId.push(i);
        crossMax.push(delta[i]! > prev);
      }
    }
  }
  crossId.push(m - 1);
  crossMax.push(delta[m - 1]! > 0);

  // One turning point between consecutive crossings, searched from the previous turning point.
  const nExt = crossId.length - 1;
  const minmax: number[] = [];
  let prevIdx = crossId[0]!;
  for (let c = 0; c < nExt; c++) {
    const s1 = c === 0 ? crossId[0]! : prevIdx;
    const s2 = crossId[c + 1]!;
    let best = NaN;
    let bestIdx = -1;
    for (let i = s1; i <= s2; i++) {
      const x = gl[i]!;
      if (Number.isNaN(x)) continue;
      if (bestIdx < 0 || (crossMax[c] ? x > best : x < best)) {
        best = x;
        bestIdx = i;
      }
    }
    if (bestIdx < 0) return null;
    minmax.push(best);
    prevIdx = bestIdx;
  }
  const N = minmax.length;

  // MAGE+: a rise of at least 1 SD from the lowest point since the last counted excursion;
  // it ends at the highest point reached before glucose falls more than 1 SD from it.
  const plusH: number[] = [];
  let plusFirstPeak = Infinity;
  {
    let jj = 0;
    let prevJ = 0;
    while (jj < N) {
      let maxV = -Infinity;
      let iBest = prevJ;
      for (let i = prevJ; i <= jj; i++) {
        const d = minmax[jj]! - minmax[i]!;
        if (d > maxV) {
          maxV = d;
          iBest = i;
        }
      }
      if (maxV >= sd) {
        for (let k = jj; k < N; k++) {
          if (minmax[k]! > minmax[jj]!) jj = k;
          if (minmax[k]! - minmax[jj]! < -sd || k === N - 1) {
            plusH.push(minmax[jj]! - minmax[iBest]!);
            if (plusH.length === 1) plusFirstPeak = jj;
            prevJ = k;
            jj = k;
            break;
          }
        }
      } else jj++;
    }
  }
  // MAGE−: the mirror image (the next search starts at the nadir just counted).
  const minusH: number[] = [];
  let minusFirstPeak = Infinity;
  {
    let jj = 0;
    let prevJ = 0;
    while (jj < N) {
      let minV = Infinity;
      let iBest = prevJ;
      for (let i = prevJ; i <= jj; i++) {
        const d = minmax[jj]! - minmax[i]!;
        if (d < minV) {
          minV = d;
          iBest = i;
        }
      }
      if (minV <= -sd) {
        for (let k = jj; k < N; k++) {
          if (minmax[k]! < minmax[jj]!) jj = k;
          if (minmax[k]! - minmax[jj]! > sd || k === N - 1) {
            minusH.push(minmax[jj]! - minmax[iBest]!);
            if (minusH.length === 1) minusFirstPeak = iBest;
            prevJ = jj;
            jj = k;
            break;
          }
        }
      } else jj++;
    }
  }
  if (plusH.length === 0 && minusH.length === 0) return null;
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const minusMean = avg(minusH);
  return {
    plus: avg(plusH),
    minus: minusMean === null ? null : Math.abs(minusMean),
    // The first counted rise ends (its peak) no later than the first counted fall begins.
    plusFirst: plusH.length > 0 && (minusH.length === 0 || plusFirstPeak <= minusFirstPeak),
    span: (m - 1) * GRID_MS,
  };
}

/**
 * Right-aligned moving mean over `w` points, missing points left out; the first full
 * window's value fills the first `w` places. Each window is summed afresh rather than
 * kept as a running sum: the crossings are sign changes of a difference of two means,
 * and a running sum's rounding drift could flip a sign that is exactly zero.
 */
function trailingMean(x: Float64Array, w: number): Float64Array {
  const m = x.length;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    if (i < w - 1) {
      out[i] = NaN;
      continue;
    }
    let sum = 0;
    let cnt = 0;
    for (let k = i - w + 1; k <= i; k++) {
      const xk = x[k]!;
      if (!Number.isNaN(xk)) {
        sum += xk;
        cnt++;
      }
    }
    out[i] = cnt > 0 ? sum / cnt : NaN;
  }
  const fill = out[w - 1]!;
  for (let i = 0; i < w - 1 && i < m; i++) out[i] = fill;
  return out;
}
