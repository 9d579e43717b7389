/**
 * Threshold search for the per-second tremor decision (run by hand:
 * `npx tsx core/tremor/tune.ts`). Uses TUNING_SEEDS only, never the evaluation seeds;
 * the chosen values are copied into DECISION in analysis.ts with a note.
 *
 * Objective: the largest worst-of(sensitivity, specificity) at minute level, ties broken
 * by the sum, then by preferring thresholds in the middle of the plateau (larger margin).
 */
import { DECISION } from './analysis';
import type { Decision } from './analysis';
import { ACTIVITIES } from '../../native/lab/motion/plan';
import { TUNING_SEEDS, runCase, score, scoreSeconds } from './evaluation';

const RATES = [50, 100, 75];

function main(): void {
  const t0 = performance.now();
  const cases = TUNING_SEEDS.map((seed, i) => runCase(seed, 3600, RATES[i % RATES.length]));
  process.stderr.write(`simulated and analysed ${cases.length} h in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  // Where each class's features lie: quantiles of band ratio, peakedness and band RMS for
  // tremor seconds and for each voluntary activity without tremor.
  const groups = new Map<string, { r: number[]; p: number[]; a: number[] }>();
  for (const c of cases) {
    const f = c.features;
    for (let i = 0; i < f.second.length; i++) {
      const s = f.second[i];
      const key = c.tremor[s] ? 'tremor' : ACTIVITIES[c.activity[s]];
      const g = groups.get(key) ?? { r: [], p: [], a: [] };
      g.r.push(f.bandRatio[i]);
      g.p.push(f.peakedness[i]);
      g.a.push(f.bandRms[i]);
      groups.set(key, g);
    }
  }
  const q = (v: number[], p: number): number => {
    const s = [...v].sort((x, y) => x - y);
    return +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(3);
  };
  const quantiles: Record<string, unknown> = {};
  for (const [k, g] of groups) {
    quantiles[k] = {
      n: g.r.length,
      ratio: [q(g.r, 0.01), q(g.r, 0.05), q(g.r, 0.5), q(g.r, 0.95), q(g.r, 0.99)],
      peakedness: [q(g.p, 0.01), q(g.p, 0.05), q(g.p, 0.5), q(g.p, 0.95), q(g.p, 0.99)],
      bandRms: [q(g.a, 0.01), q(g.a, 0.05), q(g.a, 0.5), q(g.a, 0.95), q(g.a, 0.99)],
    };
  }
  process.stdout.write(`${JSON.stringify({ quantiles_1_5_50_95_99: quantiles })}\n`);
  const results: { d: Decision; sens: number; spec: number; secSens: number; secSpec: number }[] = [];
  for (let r = 0.3; r <= 0.801; r += 0.05) {
    for (let p = 0.15; p <= 0.601; p += 0.05) {
      for (const a of [0.02, 0.025, 0.03, 0.035, 0.04, 0.05]) {
        const d: Decision = { ...DECISION, minBandRatio: +r.toFixed(2), minPeakedness: +p.toFixed(2), minBandRms: a };
        const s = score(cases, d);
        const ss = scoreSeconds(cases, d);
        results.push({ d, sens: s.sensitivity, spec: s.specificity, secSens: ss.sensitivity, secSpec: ss.specificity });
      }
    }
  }
  const worst = (u: { sens: number; spec: number; secSens: number; secSpec: number }): number => Math.min(u.sens, u.spec, u.secSens, u.secSpec);
  results.sort((u, v) => worst(v) - worst(u) || v.secSens + v.secSpec - (u.secSens + u.secSpec));
  const current = score(cases);
  process.stdout.write(
    `${JSON.stringify({ current: { decision: DECISION, sensitivity: current.sensitivity, specificity: current.specificity, fpByActivity: current.falsePositivesByActivity, hzMax: current.hzMaxAbsError }, top: results.slice(0, 12).map((u) => JSON.stringify(u)) }, null, 1)}\n`,
  );
}

main();
