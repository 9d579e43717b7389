/**
 * Fits κ, the drift term of the trend line's 80 % band (TREND-BAND.md), and reports the
 * band's coverage before and after on held-out data:
 *
 *   npx tsx core/alerts/trend-calibration.ts TRAIN_SIM.csv FRESH_SIM.csv
 *
 * (scripts/glucose-forecast/make-sim.ts with seeds 1000 and 2000). Writes trend-calibration.json beside this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCgm, loadRealCgm, readingNear } from '../../models/glucose-forecast/cgm-csv';
import { bandAt, glucoseTrend, type GlucoseTrend } from './glucose-trend';

const MIN = 60_000;
const HORIZONS = [15, 30, 60, 120];
const GRID = Array.from({ length: 301 }, (_, i) => i / 100);

interface Case { fit: GlucoseTrend; actual: Array<number | null> }

function cases(series: Map<string, { t: number[]; v: number[] }>, ids: readonly string[]): Case[] {
  const out: Case[] = [];
  for (const id of ids) {
    const { t, v } = series.get(id)!;
    for (let n = 0; n < t.length; n++) {
      const recent = [];
      for (let k = Math.max(0, n - 12); k <= n; k++) recent.push({ t: t[k]! * MIN, value: v[k]! });
      const fit = glucoseTrend(recent, t[n]! * MIN, { horizonMin: 5, driftPerMin: 0 });
      if (!fit) continue;
      out.push({ fit, actual: HORIZONS.map((h) => {
        const k = readingNear(t, t[n]! + h);
        return k < 0 ? null : v[k]!;
      }) });
    }
  }
  return out;
}

function coverage(cs: readonly Case[], hi: number, kappa: number): { n: number; coverage_80: number; mean_width: number } {
  const h = HORIZONS[hi]!;
  let n = 0;
  let inside = 0;
  let width = 0;
  for (const c of cs) {
    const a = c.actual[hi];
    if (a === null || a === undefined) continue;
    const b = bandAt(c.fit, h, kappa);
    n++;
    width += b.hi - b.lo;
    if (a >= b.lo && a <= b.hi) inside++;
  }
  return { n, coverage_80: +(inside / n).toFixed(3), mean_width: +(width / n).toFixed(1) };
}

/** The smallest κ on the grid covering ≥ 80 % at both 30 and 60 minutes. */
function fitKappa(cs: readonly Case[]): number {
  for (const k of GRID) if (coverage(cs, 1, k).coverage_80 >= 0.8 && coverage(cs, 2, k).coverage_80 >= 0.8) return k;
  throw new Error('no κ up to 3 mg/dL/min covers 80 %');
}

const report = (cs: readonly Case[], kappa: number) => Object.fromEntries(HORIZONS.map((h, i) => [`${h}_min`, coverage(cs, i, kappa)]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const [trainSim, freshSim] = process.argv.slice(2);
  if (!trainSim || !freshSim) throw new Error('usage: trend-calibration.ts TRAIN_SIM.csv FRESH_SIM.csv');
  const split = (JSON.parse(readFileSync(join(import.meta.dirname, '../../models/glucose-forecast/train-report.json'), 'utf8')) as { split: { test: string[]; train: string[] } }).split;
  const real = loadRealCgm();
  const simTrain = loadCgm(trainSim);
  const simFresh = loadCgm(freshSim);
  const sets = {
    real_train: cases(real, split.train),
    sim_train: cases(simTrain, [...simTrain.keys()]),
    real_test: cases(real, split.test),
    sim_fresh: cases(simFresh, [...simFresh.keys()]),
  };
  const kappaReal = fitKappa(sets.real_train);
  const kappaSim = fitKappa(sets.sim_train);
  const kappa = Math.max(kappaReal, kappaSim);
  const out = {
    kappa_mg_dl_per_min: kappa,
    fitted: { real_train: kappaReal, sim_train: kappaSim },
    forecast_times: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.length])),
    before: { real_test: report(sets.real_test, 0), sim_fresh: report(sets.sim_fresh, 0) },
    after: { real_test: report(sets.real_test, kappa), sim_fresh: report(sets.sim_fresh, kappa), real_train: report(sets.real_train, kappa), sim_train: report(sets.sim_train, kappa) },
  };
  writeFileSync(join(import.meta.dirname, 'trend-calibration.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
