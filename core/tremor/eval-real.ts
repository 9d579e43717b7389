/**
 * Tremor detector v2 on real recordings (core/tremor/PROTOCOL-v2.md):
 * `npx tsx core/tremor/eval-real.ts [--split dev|heldout] [--data DIR]`. The development split
 * is for tuning; the held-out split was scored once with the frozen rules, and its report is
 * bench/results/tremor-eval-real.json (written only for the held-out split).
 * `npm run eval:tremor` runs this held-out report after the simulator evaluation.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECISION, TREMOR_BAND_HZ, tremorBand } from './analysis';
import { RHYTHMIC_ADL, loadRealRecordings, scoreRecording, sensSpec } from './real-eval';
import type { SegmentResult, Split } from './real-eval';

const here = dirname(fileURLToPath(import.meta.url));
/** Default data folder: the shared data beside the repository. */
export const DEFAULT_DATA_DIR = resolve(here, '../../../shared/data/tremor');
export const REAL_REPORT_PATH = resolve(here, '../../bench/results/tremor-eval-real.json');

const r2 = (v: number): number => Math.round(v * 100) / 100;

function describeSeg(s: SegmentResult): string {
  const where = s.source === 'wisdm' ? `${s.file}@${s.start}s` : s.file;
  return `${where} ${s.tremorSeconds}/${s.seconds} tremor s${s.dominantHz === null ? '' : `, ${r2(s.dominantHz)} Hz`}`;
}

/** Scores one split of the real recordings and returns the report. */
export function runRealEval(split: Split, dataDir = DEFAULT_DATA_DIR): Record<string, unknown> {
  const t0 = performance.now();
  const recs = loadRealRecordings(dataDir).filter((r) => r.split === split);
  const segs = recs.flatMap((r) => scoreRecording(r));
  const scored = segs.filter((s) => s.label !== null);
  const pooled = sensSpec(scored);
  const bySource = Object.fromEntries((['pdassist', 'pads', 'wisdm'] as const).map((src) => [src, sensSpec(scored.filter((s) => s.source === src))]));
  const wisdm = scored.filter((s) => s.source === 'wisdm');
  const activities = [...new Set(wisdm.map((s) => s.activity))].sort();
  const specByActivity = Object.fromEntries(activities.map((a) => [a, sensSpec(wisdm.filter((s) => s.activity === a)).specificity]));
  const rhythmic = sensSpec(wisdm.filter((s) => RHYTHMIC_ADL.includes(s.activity))).specificity;
  const people = [...new Set(wisdm.map((s) => s.id))].sort();
  const perPerson = people.map((id) => ({ id, ...sensSpec(wisdm.filter((s) => s.id === id)).specificity }));
  const worst = [...perPerson].sort((a, b) => a.rate - b.rate).slice(0, 3).map((p) => ({ id: p.id, specificity: p.rate, n: p.n }));
  const found = scored.filter((s) => s.label === 1 && s.called && s.dominantHz !== null);
  const hz = found.map((s) => s.dominantHz as number).sort((a, b) => a - b);
  const q = (p: number): number | null => (hz.length ? r2(hz[Math.min(hz.length - 1, Math.floor(p * hz.length))]) : null);
  const bandCounts = { rest: found.filter((s) => tremorBand(s.dominantHz) === 'rest').length, postural: found.filter((s) => tremorBand(s.dominantHz) === 'postural').length };
  const fn = scored.filter((s) => s.label === 1 && !s.called);
  const fp = scored.filter((s) => s.label === 0 && s.called);
  const fpByActivity: Record<string, number> = {};
  for (const s of fp) fpByActivity[`${s.source}:${s.activity}`] = (fpByActivity[`${s.source}:${s.activity}`] ?? 0) + 1;
  const pads002 = segs
    .filter((s) => s.id === 'pads_002')
    .map((s) => ({ file: s.file, scored: s.label === 1, tremor_seconds: s.tremorSeconds, seconds: s.seconds, called: s.called, dominant_hz: s.dominantHz === null ? null : r2(s.dominantHz) }));
  const targets = {
    sensitivity_0_9: pooled.sensitivity.rate >= 0.9,
    specificity_0_9: pooled.specificity.rate >= 0.9,
    sensitivity_ci_lo_0_9: pooled.sensitivity.ci95[0] >= 0.9,
    specificity_ci_lo_0_9: pooled.specificity.ci95[0] >= 0.9,
  };
  return {
    protocol: 'core/tremor/PROTOCOL-v2.md',
    split,
    recordings: recs.length,
    people_or_units: new Set(recs.map((r) => r.id)).size,
    segments: { positive: scored.filter((s) => s.label === 1).length, negative: scored.filter((s) => s.label === 0).length, not_scored: segs.length - scored.length },
    decision: DECISION,
    band_hz: TREMOR_BAND_HZ,
    sensitivity: pooled.sensitivity,
    specificity: pooled.specificity,
    by_source: bySource,
    rhythmic_adl_specificity: rhythmic,
    wisdm_specificity_by_activity: specByActivity,
    wisdm_specificity_worst_people: worst,
    dominant_hz_of_found_tremor: { n: hz.length, p10: q(0.1), median: q(0.5), p90: q(0.9), band_label: bandCounts },
    pads_002_by_task: pads002,
    false_negatives: fn.map(describeSeg),
    false_positives: fp.length > 40 ? { count: fp.length, by_activity: fpByActivity } : fp.map(describeSeg),
    targets,
    pass: Object.values(targets).every(Boolean),
    seconds: r2((performance.now() - t0) / 1000),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const at = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = at('--split') ?? 'heldout';
  const dataDir = at('--data') ?? DEFAULT_DATA_DIR;
  if (split !== 'dev' && split !== 'heldout') {
    process.stderr.write(`--split must be dev or heldout, got ${split}\n`);
    process.exit(2);
  }
  if (!existsSync(dataDir)) {
    process.stderr.write(`no tremor data at ${dataDir} (pass --data DIR)\n`);
    process.exit(2);
  }
  const report = runRealEval(split, dataDir);
  const json = JSON.stringify(report, null, 2);
  if (split === 'heldout') {
    mkdirSync(dirname(REAL_REPORT_PATH), { recursive: true });
    writeFileSync(REAL_REPORT_PATH, `${json}\n`);
  }
  process.stdout.write(`${json}\n`);
}
