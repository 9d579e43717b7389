/**
 * Scores forecast v2 (PROTOCOL-v2.md) from the committed graph, with the app's own feature
 * code: `npm run eval:forecast`. Three parts, all deterministic:
 * 1. the ship check on the **validation** people: v2 against v1 on the same forecast times;
 * 2. the **held-out** people, scored once: RMSE against the naive forecast (the newest
 *    reading) and 80 % interval coverage at 30 and 60 min, with events as logged and without;
 * 3. per-person calibration on the held-out people's later weeks (person-calibration.ts).
 * Writes eval-v2.json beside this file and prints it. Never trains.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingNear } from './cgm-csv';
import { features, gridBefore, predictChanges, quantilesAt } from './forecast-model';
import { V2_HORIZONS, eventInputs, featuresV2, gridBeforeV2, predictChangesV2, quantilesAtV2 } from './forecast-model-v2';
import { DAY_MIN, MIN_SPAN_DAYS, applyCalibration, attemptCalibration, type ScoredForecast } from './person-calibration';
import { anchorIndices, loadT1d, type T1dPerson } from './t1d-csv';

const HERE = import.meta.dirname;
const VALIDATION = ['UoM2314', 'UoM2403'];
/**
 * `EVAL_V2_DRY=1` runs parts 2 and 3 on the validation people instead, to check this code
 * without spending the held-out people's one scoring (its output is never written to eval-v2.json).
 */
const DRY = process.env.EVAL_V2_DRY === '1';
const TEST = DRY ? VALIDATION : ['UoM2306', 'UoM2401', 'UoM2305'];
const SCORED = [30, 60] as const;
const clamp = (x: number) => Math.min(400, Math.max(40, x));

type Mode = 'as_logged' | 'none';

/** v2's forecasts at every forecast time of a person with a valid window. */
export async function v2Forecasts(p: T1dPerson, mode: Mode) {
  const cases: Array<{ n: number; events: boolean; x: Float32Array }> = [];
  for (const n of anchorIndices(p.t)) {
    const grid = gridBeforeV2(p.t, p.v, n);
    if (!grid) continue;
    const ev = eventInputs(p.t[n]!, mode === 'none' ? [] : p.boluses, mode === 'none' ? [] : p.meals);
    cases.push({ n, events: ev.used, x: featuresV2(grid, ev) });
  }
  const out = cases.length ? await predictChangesV2(cases.map((c) => c.x)) : new Float32Array();
  return { cases, out };
}

interface Acc { n: number; se: number; ae: number; seNaive: number; covered: number }
const acc = (): Acc => ({ n: 0, se: 0, ae: 0, seNaive: 0, covered: 0 });
const summary = (a: Acc) => ({
  n: a.n, rmse: +Math.sqrt(a.se / a.n).toFixed(2), mae: +(a.ae / a.n).toFixed(2), naive_rmse: +Math.sqrt(a.seNaive / a.n).toFixed(2),
  ratio_to_naive: +(Math.sqrt(a.se / a.n) / Math.sqrt(a.seNaive / a.n)).toFixed(3), coverage_80: +(a.covered / a.n).toFixed(3),
});

async function scoreHeldOut(people: Map<string, T1dPerson>, mode: Mode) {
  const all = Object.fromEntries(SCORED.map((h) => [h, acc()])) as Record<number, Acc>;
  const withEvents = Object.fromEntries(SCORED.map((h) => [h, acc()])) as Record<number, Acc>;
  let times = 0;
  let eventTimes = 0;
  for (const id of TEST) {
    const p = people.get(id)!;
    const { cases, out } = await v2Forecasts(p, mode);
    cases.forEach((c, i) => {
      times++;
      if (c.events) eventTimes++;
      const level = p.v[c.n]!;
      for (const h of SCORED) {
        const k = readingNear(p.t, p.t[c.n]! + h);
        if (k < 0) continue;
        const actual = p.v[k]!;
        const [lo, mid, hi] = quantilesAtV2(out, i, h / 5 - 1);
        for (const a of c.events ? [all[h]!, withEvents[h]!] : [all[h]!]) {
          const pred = clamp(level + mid);
          a.n++;
          a.se += (pred - actual) ** 2;
          a.ae += Math.abs(pred - actual);
          a.seNaive += (level - actual) ** 2;
          if (actual >= clamp(level + lo) && actual <= clamp(level + hi)) a.covered++;
        }
      }
    });
  }
  const pick = (r: Record<number, Acc>) => Object.fromEntries(SCORED.map((h) => [`${h}_min`, summary(r[h]!)]));
  return { forecast_times: times, forecast_times_with_events: eventTimes, all_times: pick(all), ...(mode === 'as_logged' ? { times_with_events: pick(withEvents) } : {}) };
}

/** Validation only: v2 against v1 where both can forecast, RMSE at 30 and 60 min. */
async function shipCheck(people: Map<string, T1dPerson>) {
  const se = { v1: { 30: 0, 60: 0 }, v2: { 30: 0, 60: 0 }, naive: { 30: 0, 60: 0 } };
  const n = { 30: 0, 60: 0 };
  for (const id of VALIDATION) {
    const p = people.get(id)!;
    const { cases, out } = await v2Forecasts(p, 'as_logged');
    const both = cases.map((c, i) => ({ c, i, g1: gridBefore(p.t, p.v, c.n) })).filter((x) => x.g1);
    const out1 = both.length ? await predictChanges(both.map((x) => features(x.g1!))) : new Float32Array();
    both.forEach(({ c, i }, j) => {
      const level = p.v[c.n]!;
      for (const h of SCORED) {
        const k = readingNear(p.t, p.t[c.n]! + h);
        if (k < 0) continue;
        const actual = p.v[k]!;
        se.v2[h] += (clamp(level + quantilesAtV2(out, i, h / 5 - 1)[1]) - actual) ** 2;
        se.v1[h] += (clamp(level + quantilesAt(out1, j, h / 5 - 1)[1]) - actual) ** 2;
        se.naive[h] += (level - actual) ** 2;
        n[h]++;
      }
    });
  }
  const r = (x: number, m: number) => +Math.sqrt(x / m).toFixed(2);
  const res = Object.fromEntries(SCORED.map((h) => [`${h}_min`, { n: n[h], v1_rmse: r(se.v1[h], n[h]), v2_rmse: r(se.v2[h], n[h]), naive_rmse: r(se.naive[h], n[h]) }]));
  return { people: VALIDATION, ...res, v2_beats_v1: SCORED.every((h) => se.v2[h] < se.v1[h]) };
}

/** Per-person calibration, weekly from 14 days after each held-out person's first reading. */
async function calibrationEval(people: Map<string, T1dPerson>) {
  const perPerson: Record<string, unknown> = {};
  let helped = 0;
  let evaluated = 0;
  for (const id of TEST) {
    const p = people.get(id)!;
    const { cases, out } = await v2Forecasts(p, 'as_logged');
    const rows: ScoredForecast[] = [];
    cases.forEach((c, i) => {
      for (let h = 0; h < V2_HORIZONS; h++) {
        const k = readingNear(p.t, p.t[c.n]! + (h + 1) * 5);
        if (k < 0) continue;
        const [lo, mid, hi] = quantilesAtV2(out, i, h);
        rows.push({ t: p.t[c.n]!, h, lo, mid, hi, actual: p.v[k]! - p.v[c.n]! });
      }
    });
    const first = p.t[0]!;
    const last = p.t[p.t.length - 1]!;
    const se = { raw: [0, 0], cal: [0, 0] };
    const cover = { raw: [0, 0], cal: [0, 0] };
    const cnt = [0, 0];
    let weeks = 0;
    let kept = 0;
    for (let T = first + MIN_SPAN_DAYS * DAY_MIN; T < last; T += 7 * DAY_MIN) {
      const attempt = attemptCalibration(rows.filter((x) => x.t < T), first, T, V2_HORIZONS);
      weeks++;
      if (attempt.kept) kept++;
      const c = attempt.kept ? attempt.calibration : null;
      for (const x of rows) {
        if (x.t < T || x.t >= T + 7 * DAY_MIN || (x.h !== 5 && x.h !== 11)) continue;
        const j = x.h === 5 ? 0 : 1;
        const q = c ? applyCalibration(c, x.h, [x.lo, x.mid, x.hi]) : [x.lo, x.mid, x.hi];
        se.raw[j]! += (x.mid - x.actual) ** 2;
        se.cal[j]! += (q[1]! - x.actual) ** 2;
        if (x.actual >= x.lo && x.actual <= x.hi) cover.raw[j]!++;
        if (x.actual >= q[0]! && x.actual <= q[2]!) cover.cal[j]!++;
        cnt[j]!++;
      }
    }
    const r = (v: number, m: number) => (m ? +Math.sqrt(v / m).toFixed(2) : null);
    const f = (v: number, m: number) => (m ? +(v / m).toFixed(3) : null);
    const lowered = cnt[0]! > 0 && se.cal[0]! + se.cal[1]! < se.raw[0]! + se.raw[1]!;
    if (cnt[0]! > 0) evaluated++;
    if (lowered) helped++;
    perPerson[id] = {
      weeks_after_day_14: weeks, weeks_calibration_kept: kept, forecasts_scored: { '30_min': cnt[0], '60_min': cnt[1] },
      uncalibrated: { rmse_30: r(se.raw[0]!, cnt[0]!), rmse_60: r(se.raw[1]!, cnt[1]!), coverage_30: f(cover.raw[0]!, cnt[0]!), coverage_60: f(cover.raw[1]!, cnt[1]!) },
      with_calibration: { rmse_30: r(se.cal[0]!, cnt[0]!), rmse_60: r(se.cal[1]!, cnt[1]!), coverage_30: f(cover.cal[0]!, cnt[0]!), coverage_60: f(cover.cal[1]!, cnt[1]!) },
      lowered_error: lowered,
    };
  }
  return { people: TEST, evaluated, helped, per_person: perPerson };
}

export async function runForecastEvalV2() {
  const people = loadT1d([...new Set([...VALIDATION, ...TEST])]);
  const ship = await shipCheck(people);
  const withEvents = await scoreHeldOut(people, 'as_logged');
  const without = await scoreHeldOut(people, 'none');
  const calibration = await calibrationEval(people);
  const target = (r: Record<string, { ratio_to_naive: number; coverage_80: number }>) =>
    SCORED.every((h) => r[`${h}_min`]!.ratio_to_naive <= 0.75 && r[`${h}_min`]!.coverage_80 >= 0.75 && r[`${h}_min`]!.coverage_80 <= 0.85);
  return {
    version: 2,
    data: 'held-out real type 1 people (../shared/data/cgm-t1d), PROTOCOL-v2.md',
    validation_ship_check: ship,
    held_out: {
      people: TEST,
      events_as_logged: withEvents,
      events_withheld: without,
      target_met: { events_as_logged: target(withEvents.all_times), events_withheld: target(without.all_times) },
    },
    per_person_calibration: calibration,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runForecastEvalV2();
  if (!DRY) writeFileSync(join(HERE, 'eval-v2.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
