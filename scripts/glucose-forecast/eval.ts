/**
 * Scores the forecast model once on its held-out people (MODEL.md "Protocol"), against
 * the app's trend line on the same forecast times: `npx tsx scripts/glucose-forecast/eval.ts`.
 * Uses the app's own code for both (models/glucose-forecast/forecast-model.ts,
 * core/alerts/glucose-trend.ts). Writes eval.json beside the model (models/glucose-forecast/) and
 * prints it. Here, not in models/: it runs the core's trend line, and models/ stands under the core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCgm, loadRealCgm, readingNear } from '../../models/glucose-forecast/cgm-csv';
import { join } from 'node:path';
import { glucoseTrend } from '../../core/alerts/glucose-trend';
import { features, gridBefore, predictChanges, quantilesAt } from '../../models/glucose-forecast/forecast-model';

/** The model's folder: its split and reports are read and written there. */
const HERE = join(import.meta.dirname, '../../models/glucose-forecast');
const SCORED = [30, 60, 120];
const MIN = 60_000;
const clamp = (x: number) => Math.min(400, Math.max(40, x));

/**
 * Errors at one horizon, and separately where the reading turned out below 70 mg/dL: how
 * far off the forecast was there (bias) and how often its lower bound was below 70 too,
 * i.e. whether the band would have shown the low coming. Descriptive, not a ship criterion.
 */
interface Acc { n: number; se: number; ae: number; covered: number; lows: number; lowBias: number; lowFlagged: number }
const acc = (): Acc => ({ n: 0, se: 0, ae: 0, covered: 0, lows: 0, lowBias: 0, lowFlagged: 0 });
const add = (a: Acc, pred: number, lo: number, hi: number, actual: number) => {
  a.n++;
  a.se += (pred - actual) ** 2;
  a.ae += Math.abs(pred - actual);
  if (actual >= lo && actual <= hi) a.covered++;
  if (actual < 70) {
    a.lows++;
    a.lowBias += pred - actual;
    if (lo < 70) a.lowFlagged++;
  }
};
const summary = (a: Acc) => ({
  n: a.n, rmse: +Math.sqrt(a.se / a.n).toFixed(2), mae: +(a.ae / a.n).toFixed(2), coverage_80: +(a.covered / a.n).toFixed(3),
  below_70: { n: a.lows, bias_mg_dl: a.lows ? +(a.lowBias / a.lows).toFixed(1) : null, lower_bound_below_70: a.lows ? +(a.lowFlagged / a.lows).toFixed(3) : null },
});

/** `simFile`: score on every person of a simulated CGM file (make-sim.ts) instead of the held-out real people. */
export async function runForecastEval(simFile?: string) {
  const report = JSON.parse(readFileSync(join(HERE, 'train-report.json'), 'utf8')) as { split: { test: string[] }; chosen: string; version: number };
  const all = simFile ? loadCgm(simFile) : loadRealCgm();
  const people = simFile ? [...all.keys()] : report.split.test;
  const model = Object.fromEntries(SCORED.map((h) => [h, acc()])) as Record<number, Acc>;
  const trend = Object.fromEntries(SCORED.map((h) => [h, acc()])) as Record<number, Acc>;
  const perPerson: Record<string, number> = {};
  let times = 0;
  for (const id of people) {
    const { t, v } = all.get(id)!;
    const ms = t.map((x) => x * MIN);
    const cases: Array<{ n: number; x: Float32Array; tr: NonNullable<ReturnType<typeof glucoseTrend>> }> = [];
    for (let n = 0; n < t.length; n++) {
      const grid = gridBefore(t, v, n);
      if (!grid) continue;
      const recent = [];
      for (let k = Math.max(0, n - 12); k <= n; k++) recent.push({ t: ms[k]!, value: v[k]! });
      const tr = glucoseTrend(recent, ms[n]!, { horizonMin: 120, stepMin: 5 });
      if (!tr) continue;
      cases.push({ n, x: features(grid), tr });
    }
    const out = await predictChanges(cases.map((c) => c.x));
    cases.forEach((c, i) => {
      for (const h of SCORED) {
        // The reading nearest the horizon, if one is within 2.5 minutes of it.
        const best = readingNear(t, t[c.n]! + h);
        if (best < 0) continue;
        const actual = v[best]!;
        // As scored once for the ship rule: the network's own quantiles, before any widening.
        const [lo, mid, hi] = quantilesAt(out, i, h / 5 - 1, 1);
        const base = v[c.n]!;
        add(model[h]!, clamp(base + mid), clamp(base + lo), clamp(base + hi), actual);
        const p = c.tr.points[h / 5 - 1]!;
        add(trend[h]!, p.mg_dl, p.lo, p.hi, actual);
      }
    });
    perPerson[id] = cases.length;
    times += cases.length;
  }
  const m = Object.fromEntries(SCORED.map((h) => [`${h}_min`, summary(model[h]!)]));
  const tl = Object.fromEntries(SCORED.map((h) => [`${h}_min`, summary(trend[h]!)]));
  const within = (c: number) => c >= 0.7 && c <= 0.9;
  const ship =
    m['30_min']!.rmse < tl['30_min']!.rmse && m['60_min']!.rmse < tl['60_min']!.rmse && within(m['30_min']!.coverage_80) && within(m['60_min']!.coverage_80);
  return { version: report.version, chosen: report.chosen, data: simFile ? 'simulated type 1 (make-sim.ts, seeds 2000–2029)' : 'held-out real people', test_people: people, forecast_times: times, forecast_times_per_person: perPerson, model: m, trend_line: tl,
    ...(simFile ? { model_not_worse_at_30_and_60: m['30_min']!.rmse <= tl['30_min']!.rmse && m['60_min']!.rmse <= tl['60_min']!.rmse } : { ship_rule_met: ship }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sim = process.argv[2];
  const out = await runForecastEval(sim);
  writeFileSync(join(HERE, sim ? 'eval-sim-t1d.json' : 'eval.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
