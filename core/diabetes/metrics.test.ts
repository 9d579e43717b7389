import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCgmMetrics, glycemiaRiskIndex, naiveCgmMetrics } from './metrics';
import type { CgmMetrics, CgmReading } from './metrics';
import { mageMovingAverage } from './mage';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1); // a Monday, 00:00 UTC

/** Readings every `stepMin` minutes from T0. */
const series = (values: number[], stepMin = 5): CgmReading[] => values.map((v, i) => ({ t: T0 + i * stepMin * MIN, v }));

function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tol = 1e-9 * Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > tol) expect.fail(`${path}: ${actual} ≠ ${expected}`);
  } else if (expected !== null && typeof expected === 'object') {
    expect(typeof actual, path).toBe('object');
    for (const k of Object.keys(expected)) expectClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
  } else expect(actual, path).toEqual(expected);
}

/**
 * A deliberately plain reference: plain arrays, one loop per quantity, written from the
 * papers' definitions (see metrics.ts) without looking at either implementation's tricks.
 */
function reference(readings: CgmReading[], from: number, to: number, o: { intervalMin?: number; congaHours?: number; tolMin?: number; mageMethod?: 'service' } = {}): CgmMetrics {
  const rs = readings.map((r, i) => ({ ...r, i })).filter((r) => r.t >= from && r.t < to && r.v > 0).sort((a, b) => a.t - b.t || a.i - b.i);
  const v = rs.map((r) => r.v);
  const t = rs.map((r) => r.t);
  const n = v.length;
  const q7 = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    if (!s.length) return null;
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, s.length - 1);
    return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
  };
  const gaps: number[] = [];
  for (let i = 1; i < n; i++) if (t[i]! - t[i - 1]! >= 30_000) gaps.push(Math.min(1441, Math.round((t[i]! - t[i - 1]!) / MIN)));
  const interval = o.intervalMin ?? (gaps.length ? Math.max(1, Math.round(q7(gaps, 0.5)!)) : 5);
  let sum = 0;
  for (const x of v) sum += x;
  const mean = sum / n;
  let ss = 0;
  for (const x of v) ss += (x - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : null;
  const pct = (f: (x: number) => boolean) => (100 * v.filter(f).length) / n;
  let lbgi = 0;
  let hbgi = 0;
  for (const x of v) {
    const f = 1.509 * (Math.log(x) ** 1.084 - 5.381);
    if (f < 0) lbgi += (10 * f * f) / n;
    else hbgi += (10 * f * f) / n;
  }
  const tol = (o.tolMin ?? interval / 2) * MIN;
  const pairs = (lag: number) => {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) {
      let best = -1;
      for (let j = 0; j < i; j++) {
        const d = Math.abs(t[j]! - (t[i]! - lag));
        if (d <= tol && (best < 0 || d < Math.abs(t[best]! - (t[i]! - lag)))) best = j;
      }
      if (best >= 0) out.push([i, best]);
    }
    return out;
  };
  const dd = pairs(DAY).map(([i, j]) => Math.abs(v[i]! - v[j]!));
  const cd = pairs((o.congaHours ?? 1) * HOUR).map(([i, j]) => v[i]! - v[j]!);
  const cm = cd.reduce((a, b) => a + b, 0) / cd.length;
  const agp = Array.from({ length: 24 }, (_, hour) => {
    const hv = rs.filter((r) => new Date(r.t).getUTCHours() === hour).map((r) => r.v);
    return { hour, p5: q7(hv, 0.05), p25: q7(hv, 0.25), p50: q7(hv, 0.5), p75: q7(hv, 0.75), p95: q7(hv, 0.95) };
  });
  const vlow = pct((x) => x < 54);
  const low = pct((x) => x >= 54 && x < 70);
  const high = pct((x) => x > 180 && x <= 250);
  const vhigh = pct((x) => x > 250);
  return {
    n,
    // Days with a reading, 24-hour days counted back from the window's end.
    days: new Set(t.map((x) => Math.floor((to - 1 - x) / DAY))).size,
    // An inferred interval counts as at most 15 min (the longest CGM interval).
    active_percent: Math.min(100, (100 * n) / ((to - from) / ((o.intervalMin ?? Math.min(15, interval)) * MIN))),
    mean,
    sd,
    cv: sd === null ? null : (100 * sd) / mean,
    gmi: 3.31 + 0.02392 * mean,
    below_54: vlow,
    below_70: pct((x) => x < 70),
    in_range_70_180: pct((x) => x >= 70 && x <= 180),
    above_180: pct((x) => x > 180),
    above_250: vhigh,
    gri: Math.min(100, 3 * vlow + 2.4 * low + 1.6 * vhigh + 0.8 * high),
    lbgi,
    hbgi,
    // MAGE by moving averages is checked against iglu's own results below (mage.test.ts);
    // here it only has to be the same in every implementation.
    mage: sd === null ? null : o.mageMethod === 'service' ? referenceMage(v, sd) : mageMovingAverage(t, v),
    modd: dd.length ? dd.reduce((a, b) => a + b, 0) / dd.length : null,
    conga: cd.length > 1 ? Math.sqrt(cd.reduce((a, d) => a + (d - cm) ** 2, 0) / (cd.length - 1)) : null,
    j_index: sd === null ? null : 0.001 * (mean + sd) ** 2,
    median: q7(v, 0.5),
    q25: q7(v, 0.25),
    q75: q7(v, 0.75),
    agp,
  };
}

/**
 * Service's MAGE as documented in metrics.ts, written leg by leg: find where the range
 * first exceeds 1 SD, then extend each leg to its extreme until glucose turns back by
 * more than 1 SD; count the legs that go the way the first one went.
 */
function referenceMage(v: number[], sd: number): number | null {
  let k = 1;
  let lo = v[0]!;
  let hi = v[0]!;
  for (; k < v.length; k++) {
    lo = Math.min(lo, v[k]!);
    hi = Math.max(hi, v[k]!);
    if (hi - lo > sd) break;
  }
  if (k >= v.length) return null;
  let up = v[k] === hi;
  const turns = [up ? lo : hi];
  let i = k;
  for (;;) {
    let ext = v[i]!;
    let j = i + 1;
    for (; j < v.length; j++) {
      if (up ? v[j]! >= ext : v[j]! <= ext) ext = v[j]!;
      else if (Math.abs(ext - v[j]!) > sd) break;
    }
    turns.push(ext);
    if (j >= v.length) break;
    up = !up;
    i = j;
  }
  const legs = turns.slice(1).map((x, m) => x - turns[m]!);
  const counted = legs.filter((d) => Math.sign(d) === Math.sign(legs[0]!));
  return counted.reduce((a, d) => a + Math.abs(d), 0) / counted.length;
}

/** Seeded Park–Miller generator. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function randomSeries(seed: number, days: number, whole: boolean): CgmReading[] {
  const r = rng(seed);
  const out: CgmReading[] = [];
  let g = 130;
  for (let i = 0; i < days * 288; i++) {
    g = Math.max(40, Math.min(400, g + (r() - 0.5) * 14 + (130 - g) * 0.02));
    if (r() < 0.01) i += Math.floor(r() * 30); // sensor gaps
    if (r() < 0.01) continue; // a missed reading
    out.push({ t: T0 + i * 5 * MIN + Math.floor(r() * 3000), v: whole ? Math.round(g) : Math.round(g * 10) / 10 });
  }
  return out;
}

describe('computeCgmMetrics', () => {
  it('computes mean, SD, GMI, ranges and quartiles of a hand-checked series', () => {
    // 50, 60, 100, 200, 300 every 5 min over a 25-min window.
    // mean = 710/5 = 142; deviations −92 −82 −42 58 158, squares sum 45280, /4 = 11320: SD = √11320.
    // < 54: {50} 20 %; < 70: {50, 60} 40 %; 70–180: {100} 20 %; > 180: {200, 300} 40 %; > 250: {300} 20 %.
    // GMI = 3.31 + 0.02392 × 142 = 6.70664. Type-7 quartiles of 5 values: h = 1, 2, 3 → 60, 100, 200.
    // GRI = 3×20 + 2.4×20 + 1.6×20 + 0.8×20 = 156, capped at 100.
    const m = computeCgmMetrics(series([50, 60, 100, 200, 300]), { from: T0, to: T0 + 25 * MIN });
    expect(m.n).toBe(5);
    expect(m.mean).toBe(142);
    expect(m.sd).toBeCloseTo(Math.sqrt(11320), 10);
    expect(m.cv).toBeCloseTo((100 * Math.sqrt(11320)) / 142, 10);
    expect(m.gmi).toBeCloseTo(6.70664, 10);
    expect([m.below_54, m.below_70, m.in_range_70_180, m.above_180, m.above_250]).toEqual([20, 40, 20, 40, 20]);
    expect([m.q25, m.median, m.q75]).toEqual([60, 100, 200]);
    expect(m.gri).toBe(100);
    expect(m.j_index).toBeCloseTo(0.001 * (142 + Math.sqrt(11320)) ** 2, 10);
    // 25-min window at 5 min = 5 expected readings, 5 received.
    expect(m.active_percent).toBe(100);
    // All five readings fall in the window's one (short) day.
    expect(m.days).toBe(1);
  });

  it('counts only the days that have readings, so an empty or sparse fortnight never looks like 14 days of data', () => {
    const window = { from: T0, to: T0 + 14 * DAY };
    const none = computeCgmMetrics([], window);
    expect([none.n, none.days, none.active_percent]).toEqual([0, 0, 0]);
    // One reading a day for 14 days: 14 days with data, but 14 of the 1,344 readings a 15-min sensor gives at most.
    const daily = Array.from({ length: 14 }, (_, i) => ({ t: T0 + i * DAY + 12 * HOUR, v: 120 }));
    const sparse = computeCgmMetrics(daily, window);
    expect(sparse.days).toBe(14);
    expect(sparse.active_percent).toBeCloseTo((100 * 14) / (14 * 96), 10);
    expect(naiveCgmMetrics(daily, window).active_percent).toBeCloseTo(sparse.active_percent, 10);
    // Three full days of 5-min readings at the end of the fortnight: 3 days, 3/14 of the sensor time.
    const three = Array.from({ length: 3 * 288 }, (_, i) => ({ t: T0 + 11 * DAY + i * 5 * MIN, v: 120 }));
    const m = computeCgmMetrics(three, window);
    expect(m.days).toBe(3);
    expect(m.active_percent).toBeCloseTo((100 * 3) / 14, 10);
    expect(naiveCgmMetrics(three, window).days).toBe(3);
  });

  it('puts the range thresholds where the consensus does: 54 and 70 low, 70 and 180 in range, 250 high', () => {
    const m = computeCgmMetrics(series([53, 54, 69, 70, 180, 181, 250, 251]), { from: T0, to: T0 + DAY, mageMethod: 'service' });
    // < 54: {53}; < 70: {53, 54, 69}; 70–180: {70, 180}; > 180: {181, 250, 251}; > 250: {251}; of 8.
    expect(m.below_54).toBe(12.5);
    expect(m.below_70).toBe(37.5);
    expect(m.in_range_70_180).toBe(25);
    expect(m.above_180).toBe(37.5);
    expect(m.above_250).toBe(12.5);
  });

  it('computes the GRI from its hypo and hyper components (Klonoff 2022)', () => {
    // 60 and 200 among eight 100s: Low = 10 %, High = 10 %, VLow = VHigh = 0.
    // hypo = 0 + 0.8 × 10 = 8, hyper = 0 + 0.5 × 10 = 5, GRI = 3 × 8 + 1.6 × 5 = 32.
    const m = computeCgmMetrics(series([60, 100, 100, 100, 100, 100, 100, 100, 100, 200]), { from: T0, to: T0 + DAY, mageMethod: 'service' });
    expect(m.gri).toBeCloseTo(32, 10);
    const c = glycemiaRiskIndex({ veryLow: 0, low: 10, high: 10, veryHigh: 0 });
    expect(c.hypo).toBeCloseTo(8, 12);
    expect(c.hyper).toBeCloseTo(5, 12);
  });

  it("scales the Kovatchev risk so that 20 and 600 mg/dL score about 100 and 112.5 scores about 0", () => {
    // By hand: ln 20 = 2.99573, ^1.084 = 3.28479, −5.381 → −2.09621, ×1.509 = −3.16318, 10 f² = 100.06.
    //          ln 600 = 6.39693, ^1.084 = 7.47555, −5.381 → 2.09455, ×1.509 = 3.16067, 10 f² = 99.90.
    const lo = computeCgmMetrics([{ t: T0, v: 20 }], { from: T0, to: T0 + DAY, mageMethod: 'service' });
    expect(lo.lbgi).toBeCloseTo(100.06, 1);
    expect(lo.hbgi).toBe(0);
    const hi = computeCgmMetrics([{ t: T0, v: 600 }], { from: T0, to: T0 + DAY, mageMethod: 'service' });
    expect(hi.hbgi).toBeCloseTo(99.9, 1);
    expect(hi.lbgi).toBe(0);
    const mid = computeCgmMetrics([{ t: T0, v: 112.5 }], { from: T0, to: T0 + DAY, mageMethod: 'service' });
    expect(mid.lbgi! + mid.hbgi!).toBeLessThan(0.01);
  });

  it("averages the excursions larger than 1 SD in the direction of the first one (Service's MAGE)", () => {
    // 100 150 100 150 100: mean 120, squares 400+900+400+900+400 = 3000, /4 → SD = √750 ≈ 27.4.
    // Legs: +50, −50, +50, −50; the first rises, so MAGE = mean(50, 50) = 50.
    expect(computeCgmMetrics(series([100, 150, 100, 150, 100]), { from: T0, to: T0 + DAY, mageMethod: 'service' }).mage).toBe(50);
    // 100 200 190 195 100 105 95 200: mean 148.1, SD ≈ 49. The wiggles (−10, +5, +5, −10) are
    // below 1 SD and ignored. Turning points 100 → 200 → 95 → 200: legs +100, −105, +105.
    // Rises counted: (100 + 105) / 2 = 102.5.
    const m = computeCgmMetrics(series([100, 200, 190, 195, 100, 105, 95, 200]), { from: T0, to: T0 + DAY, mageMethod: 'service' });
    expect(m.sd!).toBeGreaterThan(10);
    expect(m.sd!).toBeLessThan(95);
    expect(m.mage).toBe(102.5);
    // Falling first: 200 100 200 100 → legs −100, +100, −100; falls counted → 100.
    expect(computeCgmMetrics(series([200, 100, 200, 100]), { from: T0, to: T0 + DAY, mageMethod: 'service' }).mage).toBe(100);
    // A flat line has no excursion: MAGE is undefined.
    expect(computeCgmMetrics(series([120, 120, 120]), { from: T0, to: T0 + DAY, mageMethod: 'service' }).mage).toBeNull();
  });

  it('pairs readings 24 h apart for MODD and 1 h apart for CONGA, within half an interval', () => {
    // Readings at 0 h, 1 h, 24 h, 25 h: gaps 60, 1380, 60 min → interval 60 min, tolerance 30 min.
    // MODD: |130 − 100| (24 h vs 0 h) and |100 − 120| (25 h vs 1 h) → (30 + 20) / 2 = 25.
    // CONGA(1): 120 − 100 = 20 (1 h vs 0 h), 100 − 130 = −30 (25 h vs 24 h); 24 h has no
    // reading at 23 h. Mean −5, sample SD = √((25² + 25²) / 1) = √1250.
    const rs = [
      { t: T0, v: 100 },
      { t: T0 + HOUR, v: 120 },
      { t: T0 + DAY, v: 130 },
      { t: T0 + DAY + HOUR, v: 100 },
    ];
    const m = computeCgmMetrics(rs, { from: T0, to: T0 + 2 * DAY });
    expect(m.modd).toBe(25);
    expect(m.conga).toBeCloseTo(Math.sqrt(1250), 10);
    // A partner 10 min off with a 5-min tolerance does not count.
    const off = computeCgmMetrics(
      [
        { t: T0, v: 100 },
        { t: T0 + DAY + 10 * MIN, v: 130 },
      ],
      { from: T0, to: T0 + 2 * DAY, intervalMin: 5, pairToleranceMin: 5 },
    );
    expect(off.modd).toBeNull();
  });

  it('infers the sensor interval from the median gap and reports the share of readings received', () => {
    // Libre-like 15-min data, 48 readings over a day with one missing: 47 of 96 expected.
    const rs = series(Array.from({ length: 48 }, () => 120), 15).filter((_, i) => i !== 10);
    expect(computeCgmMetrics(rs, { from: T0, to: T0 + DAY }).active_percent).toBeCloseTo((100 * 47) / 96, 10);
    // Told it is a 5-min sensor, the same data are 47 of 288.
    expect(computeCgmMetrics(rs, { from: T0, to: T0 + DAY, intervalMin: 5 }).active_percent).toBeCloseTo((100 * 47) / 288, 10);
  });

  it('uses type-7 quantiles for whole and fractional values alike', () => {
    // 10 20 30 40: h = 0.75, 1.5, 2.25 → 17.5, 25, 32.5.
    const whole = computeCgmMetrics(series([40, 10, 30, 20]), { from: T0, to: T0 + DAY });
    expect([whole.q25, whole.median, whole.q75]).toEqual([17.5, 25, 32.5]);
    const frac = computeCgmMetrics(series([40.5, 10.5, 30.5, 20.5]), { from: T0, to: T0 + DAY });
    expect([frac.q25, frac.median, frac.q75]).toEqual([18, 25.5, 33]);
  });

  it('groups the AGP by hour of day in the zone asked for', () => {
    // 100 at 00:10 UTC on two days and 200 at 13:10 UTC. In Paris (UTC+1 in January) they are 01:10 and 14:10.
    const rs = [
      { t: T0 + 10 * MIN, v: 100 },
      { t: T0 + DAY + 10 * MIN, v: 110 },
      { t: T0 + 13 * HOUR + 10 * MIN, v: 200 },
    ];
    const utc = computeCgmMetrics(rs, { from: T0, to: T0 + 2 * DAY });
    expect(utc.agp).toHaveLength(24);
    // Two values 100 and 110: p5 = 100 + 0.05 × 10, p50 = 105, p95 = 109.5.
    expect(utc.agp[0]).toEqual({ hour: 0, p5: 100.5, p25: 102.5, p50: 105, p75: 107.5, p95: 109.5 });
    expect(utc.agp[13]!.p50).toBe(200);
    expect(utc.agp[1]!.p50).toBeNull();
    const paris = computeCgmMetrics(rs, { from: T0, to: T0 + 2 * DAY, timeZone: 'Europe/Paris' });
    expect(paris.agp[0]!.p50).toBeNull();
    expect(paris.agp[1]!.p50).toBe(105);
    expect(paris.agp[14]!.p50).toBe(200);
    expect(naiveCgmMetrics(rs, { from: T0, to: T0 + 2 * DAY, timeZone: 'Europe/Paris' }).agp).toEqual(paris.agp);
  });

  it('counts readings in the half-open window [from, to) only, in time order whatever the input order', () => {
    const rs = series([100, 110, 120, 130]);
    const m = computeCgmMetrics([...rs].reverse(), { from: rs[1]!.t, to: rs[3]!.t });
    expect(m.n).toBe(2);
    expect(m.mean).toBe(115);
    const empty = computeCgmMetrics(rs, { from: T0 + DAY, to: T0 + 2 * DAY });
    expect(empty.n).toBe(0);
    expect(empty.mean).toBeNull();
    expect(empty.agp.every((r) => r.p50 === null)).toBe(true);
    expect(() => computeCgmMetrics(rs, { from: T0, to: T0 })).toThrow(/after/);
  });

  it.each([
    [1, true],
    [2, false],
    [3, true],
  ])('agrees with the plain reference and the naive baseline on seeded series (seed %i, whole %s)', (seed, whole) => {
    const rs = randomSeries(seed, 4, whole);
    // Shuffle a little: the input order must not matter.
    [rs[5], rs[50]] = [rs[50]!, rs[5]!];
    const opts = { from: T0 + 3 * HOUR, to: T0 + 4 * DAY };
    const fast = computeCgmMetrics(rs, opts);
    expectClose(fast, reference(rs, opts.from, opts.to));
    expectClose(naiveCgmMetrics(rs, opts), fast);
    expect(fast.mage).not.toBeNull();
    const service = computeCgmMetrics(rs, { ...opts, mageMethod: 'service' });
    expectClose(service, reference(rs, opts.from, opts.to, { mageMethod: 'service' }));
    expectClose(naiveCgmMetrics(rs, { ...opts, mageMethod: 'service' }), service);
    expect(fast.modd).not.toBeNull();
  });
});

describe('computeCgmMetrics on real data', () => {
  // iglu's example_data_5_subject (Dexcom G4, type 2 diabetes), Subject 1: the same
  // readings as iglu's example_data_1_subject.
  const csv = readFileSync(new URL('../../../shared/data/cgm/real/example_data_5_subject.csv', import.meta.url), 'utf8');
  const rs: CgmReading[] = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((f) => f[0] === '"Subject 1"')
    .map((f) => ({ t: Date.parse(f[1]!.replaceAll('"', '').replace(' ', 'T') + 'Z'), v: Number(f[2]) }));
  const from = Date.UTC(2015, 5, 6);
  const to = Date.UTC(2015, 5, 20);

  it("matches iglu's published summary of Subject 1 (README: summary_glu, in_range_percent, j_index)", () => {
    const m = computeCgmMetrics(rs, { from, to });
    expect(m.n).toBe(2915);
    // iglu README: Min 66, 1st Qu. 99, Median 112, Mean 124 (rounded), 3rd Qu. 143; R's summary() is type 7.
    expect([m.q25, m.median, m.q75]).toEqual([99, 112, 143]);
    expect(Math.round(m.mean!)).toBe(124);
    expect(m.in_range_70_180!.toFixed(1)).toBe('91.7');
    expect(m.j_index!.toFixed(1)).toBe('24.6');
  });

  it('agrees with the reference on every metric of Subject 1', () => {
    const m = computeCgmMetrics(rs, { from, to });
    expectClose(m, reference(rs, from, to));
    expectClose(naiveCgmMetrics(rs, { from, to }), m);
    expect(m.below_70! + m.in_range_70_180! + m.above_180!).toBeCloseTo(100, 9);
  });
});
