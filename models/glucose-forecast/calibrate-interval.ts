/**
 * Fits INTERVAL_WIDEN (MODEL.md "Widening the interval for type 1 dynamics") and reports
 * coverage before and after on data not used for the fit:
 *
 *   npx tsx models/glucose-forecast/calibrate-interval.ts TRAIN_SIM.csv FRESH_SIM.csv
 *
 * (scripts/glucose-forecast/make-sim.ts with seeds 1000 and 2000). Writes interval-calibration.json beside this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCgm, loadRealCgm, readingNear } from './cgm-csv';
import { features, gridBefore, predictChanges, quantilesAt } from './forecast-model';

const HORIZONS = [30, 60, 120];
const GRID = Array.from({ length: 201 }, (_, i) => 1 + i / 100);
const clamp = (x: number) => Math.min(400, Math.max(40, x));

/** Per scored case and horizon: the newest reading, the network's quantile changes, and what came. */
interface Case { base: number; q: Array<[number, number, number] | null>; actual: Array<number | null> }

async function cases(series: Map<string, { t: number[]; v: number[] }>, ids: readonly string[]): Promise<Case[]> {
  const out: Case[] = [];
  for (const id of ids) {
    const { t, v } = series.get(id)!;
    const rows: Array<{ n: number; x: Float32Array }> = [];
    for (let n = 0; n < t.length; n++) {
      const grid = gridBefore(t, v, n);
      if (grid) rows.push({ n, x: features(grid) });
    }
    for (let b = 0; b < rows.length; b += 20_000) {
      const chunk = rows.slice(b, b + 20_000);
      const pred = await predictChanges(chunk.map((r) => r.x));
      chunk.forEach((r, i) => {
        const actual = HORIZONS.map((h) => {
          const k = readingNear(t, t[r.n]! + h);
          return k < 0 ? null : v[k]!;
        });
        out.push({ base: v[r.n]!, q: HORIZONS.map((h) => quantilesAt(pred, i, h / 5 - 1, 1)), actual });
      });
    }
  }
  return out;
}

function coverage(cs: readonly Case[], hi: number, widen: number) {
  let n = 0;
  let inside = 0;
  let width = 0;
  for (const c of cs) {
    const a = c.actual[hi];
    const q = c.q[hi];
    if (a === null || a === undefined || !q) continue;
    const [lo, mid, up] = q;
    const l = clamp(c.base + mid - (mid - lo) * widen);
    const u = clamp(c.base + mid + (up - mid) * widen);
    n++;
    width += u - l;
    if (a >= l && a <= u) inside++;
  }
  return { n, coverage_80: +(inside / n).toFixed(3), mean_width: +(width / n).toFixed(1) };
}

const report = (cs: readonly Case[], widen: number) => Object.fromEntries(HORIZONS.map((h, i) => [`${h}_min`, coverage(cs, i, widen)]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const [trainSim, freshSim] = process.argv.slice(2);
  if (!trainSim || !freshSim) throw new Error('usage: calibrate-interval.ts TRAIN_SIM.csv FRESH_SIM.csv');
  const split = (JSON.parse(readFileSync(join(import.meta.dirname, 'train-report.json'), 'utf8')) as { split: { test: string[] } }).split;
  const simTrain = loadCgm(trainSim);
  const simFresh = loadCgm(freshSim);
  const sets = {
    sim_train: await cases(simTrain, [...simTrain.keys()]),
    sim_fresh: await cases(simFresh, [...simFresh.keys()]),
    real_test: await cases(loadRealCgm(), split.test),
  };
  const widen = GRID.find((w) => coverage(sets.sim_train, 0, w).coverage_80 >= 0.8 && coverage(sets.sim_train, 1, w).coverage_80 >= 0.8);
  if (widen === undefined) throw new Error('no widening up to 3× covers 80 %');
  const out = {
    widen,
    before: { sim_fresh: report(sets.sim_fresh, 1), real_test: report(sets.real_test, 1) },
    after: { sim_fresh: report(sets.sim_fresh, widen), real_test: report(sets.real_test, widen), sim_train: report(sets.sim_train, widen) },
  };
  writeFileSync(join(import.meta.dirname, 'interval-calibration.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
