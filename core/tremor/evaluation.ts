/**
 * Held-out evaluation of the tremor detector against the motion lab's ground truth, shared
 * by eval.ts (the report), tune.ts (threshold search) and analysis.test.ts.
 *
 * Seed sets never overlap: TUNING_SEEDS for tune.ts, EVAL_SEEDS for eval.ts, TEST_SEEDS for
 * the vitest check.
 */
import { createRng } from '../../native/lab/motion/prng';
import { randomPatient } from '../../native/lab/motion/plan';
import type { Activity, ActivitySegment, MinuteTruth, SimDose } from '../../native/lab/motion/plan';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import type { WristSimOptions } from '../../native/lab/motion/wrist-sim';
import { TREMOR_MINUTE_PERCENT, aggregateMinutes, analyzeSeconds, isTremorSecond } from './analysis';
import type { Decision, SecondFeatures, ShapeFeatures } from './analysis';

export const TUNING_SEEDS: readonly number[] = Array.from({ length: 40 }, (_, i) => 1000 + i);
export const EVAL_SEEDS: readonly number[] = Array.from({ length: 12 }, (_, i) => 9000 + i);
export const TEST_SEEDS: readonly number[] = [7001, 7002, 7003];

/**
 * An evaluation recording: a daytime stretch cycling through rest, walking, typing and
 * gesturing (so every recording has minutes of each), with a levodopa dose early on so
 * tremor amplitude and occupancy vary, for a random patient.
 */
export function evalScenario(seed: number, durationS: number, rateHz: number): WristSimOptions {
  const rng = createRng(seed).fork(99);
  const cycle: [Activity, number, number][] = [
    ['rest', 300, 1200],
    ['walking', 180, 600],
    ['rest', 300, 1200],
    ['typing', 300, 900],
    ['gesturing', 60, 240],
  ];
  const activities: ActivitySegment[] = [];
  let t = 0;
  for (let k = 0; t < durationS; k++) {
    const [activity, lo, hi] = cycle[k % cycle.length];
    const d = Math.round(rng.uniform(lo, hi));
    activities.push({ startS: t, durationS: d, activity });
    t += d;
  }
  const doses: SimDose[] = [{ atS: Math.round(rng.uniform(1200, 2400)), drug: 'levodopa' }];
  if (durationS > 4 * 3600) doses.push({ atS: doses[0].atS + Math.round(rng.uniform(3, 4) * 3600), drug: 'levodopa' });
  return { seed, durationS, rateHz, activities, doses, noSleep: true, patient: randomPatient(rng) };
}

/** Features of one recording with the truth to score them against. */
export interface EvalCase {
  seed: number;
  rateHz: number;
  features: SecondFeatures;
  minutes: MinuteTruth[];
  /** Per-second truth: tremor label and activity code. */
  tremor: Uint8Array;
  activity: Uint8Array;
}

/** Simulates and analyses one evaluation recording. */
export function runCase(seed: number, durationS: number, rateHz: number, decision?: Partial<Decision>): EvalCase {
  const rec = simulateRecording(evalScenario(seed, durationS, rateHz));
  const features = analyzeSeconds(rec.samples, decision ? { rateHz, decision } : { rateHz });
  return { seed, rateHz, features, minutes: rec.minutes, tremor: rec.plan.tremor, activity: rec.plan.activity };
}

/** The v2 shape features of second i (0, which passes, where the features do not carry them). */
export function shapeAt(f: SecondFeatures, i: number): ShapeFeatures {
  return { lowShare: f.lowShare?.[i] ?? 0, harmonic: f.harmonic?.[i] ?? 0 };
}

/** Re-applies a decision to stored features (the decision is a pure function of them). */
export function redecide(f: SecondFeatures, d: Decision): SecondFeatures {
  const tremor = new Uint8Array(f.tremor.length);
  for (let i = 0; i < tremor.length; i++) tremor[i] = isTremorSecond(f.bandRatio[i], f.peakedness[i], f.bandRms[i], f.peakHz[i], d, shapeAt(f, i)) ? 1 : 0;
  return { ...f, tremor };
}

/** Minute-level agreement with the generator's labels. */
export interface Score {
  minutes: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  sensitivity: number;
  specificity: number;
  /** False-positive minutes by the activity filling most of the minute. */
  falsePositivesByActivity: Record<string, number>;
  /** Minutes without tremor by activity (the denominators). */
  negativesByActivity: Record<string, number>;
  /** |estimated − true| dominant frequency over true-positive minutes, Hz. */
  hzAbsErrors: number[];
  hzWithin03: number;
  hzMaxAbsError: number;
  hzMeanAbsError: number;
}

/**
 * Scores cases minute by minute: a minute is a tremor minute in truth when ≥ 50 % of its
 * seconds are labelled tremor, and detected when the analyser's tremor_percent ≥ 50.
 * Minutes with fewer than 30 analysed seconds (recording edges) are left out.
 */
export function score(cases: readonly EvalCase[], decision?: Decision): Score {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  const fpBy: Record<string, number> = {};
  const negBy: Record<string, number> = {};
  const hz: number[] = [];
  for (const c of cases) {
    const f = decision ? redecide(c.features, decision) : c.features;
    const rows = aggregateMinutes(f);
    const counts = new Map<number, number>();
    for (const s of f.second) counts.set(Math.floor(s / 60), (counts.get(Math.floor(s / 60)) ?? 0) + 1);
    for (const row of rows) {
      const truth = c.minutes[row.minute];
      if (!truth || (counts.get(row.minute) ?? 0) < 30) continue;
      const detected = row.tremor_percent >= TREMOR_MINUTE_PERCENT;
      if (truth.tremor) {
        if (detected) {
          tp++;
          if (truth.tremorHz !== null && row.dominant_hz !== null) hz.push(Math.abs(row.dominant_hz - truth.tremorHz));
        } else fn++;
      } else {
        negBy[truth.activity] = (negBy[truth.activity] ?? 0) + 1;
        if (detected) {
          fp++;
          fpBy[truth.activity] = (fpBy[truth.activity] ?? 0) + 1;
        } else tn++;
      }
    }
  }
  const within = hz.filter((e) => e <= 0.3).length;
  return {
    minutes: tp + fp + tn + fn,
    tp, fp, tn, fn,
    sensitivity: tp + fn > 0 ? tp / (tp + fn) : Number.NaN,
    specificity: tn + fp > 0 ? tn / (tn + fp) : Number.NaN,
    falsePositivesByActivity: fpBy,
    negativesByActivity: negBy,
    hzAbsErrors: hz,
    hzWithin03: hz.length > 0 ? within / hz.length : Number.NaN,
    hzMaxAbsError: hz.length > 0 ? Math.max(...hz) : Number.NaN,
    hzMeanAbsError: hz.length > 0 ? hz.reduce((a, b) => a + b, 0) / hz.length : Number.NaN,
  };
}

/**
 * Second-level agreement, leaving out seconds within `guardS` of a change in the truth
 * label (the analysis window spans 4 s, so edges are blurred by design).
 */
export function scoreSeconds(cases: readonly EvalCase[], decision: Decision, guardS = 3): { sensitivity: number; specificity: number } {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const c of cases) {
    const f = c.features;
    const n = c.tremor.length;
    for (let i = 0; i < f.second.length; i++) {
      const s = f.second[i];
      let stable = true;
      for (let k = Math.max(0, s - guardS); k <= Math.min(n - 1, s + guardS); k++) if (c.tremor[k] !== c.tremor[s]) stable = false;
      if (!stable) continue;
      const det = isTremorSecond(f.bandRatio[i], f.peakedness[i], f.bandRms[i], f.peakHz[i], decision, shapeAt(f, i));
      if (c.tremor[s]) {
        if (det) tp++;
        else fn++;
      } else if (det) fp++;
      else tn++;
    }
  }
  return { sensitivity: tp / (tp + fn), specificity: tn / (tn + fp) };
}
