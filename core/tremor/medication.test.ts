import { describe, expect, it } from 'vitest';
import { createRng } from '../../native/lab/motion/prng';
import { minuteTruth, planMotion, randomPatient } from '../../native/lab/motion/plan';
import type { ActivitySegment, MotionPlan } from '../../native/lab/motion/plan';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { aggregateMinuteDetails, analyzeSeconds } from './analysis';
import { blockPermutationP, medicationResponse, signFlipP, toMinutePoints } from './medication';
import type { DoseInput, MinutePoint } from './medication';

const T0 = Date.UTC(2026, 0, 5, 8);
const MIN = 60_000;

/**
 * A clinic-like morning (a levodopa challenge): seated at rest, a 5-minute walk each hour,
 * one dose an hour in. doseEmax 0.4 cuts bout occupancy and amplitude by up to 40 % each,
 * a 64 % fall in tremor load at peak: the size of benefit seen clinically.
 */
function challengePlan(seed: number, effective: boolean, hours = 5): MotionPlan {
  const patient = { ...randomPatient(createRng(seed)), severity: 0.8, doseEmax: 0.4 };
  const activities: ActivitySegment[] = [];
  for (let h = 0; h < hours; h++) {
    activities.push({ startS: h * 3600, durationS: 3300, activity: 'rest' }, { startS: h * 3600 + 3300, durationS: 300, activity: 'walking' });
  }
  return planMotion({ seed, durationS: hours * 3600, startMs: T0, noSleep: true, patient, activities, doses: [{ atS: 3600, drug: 'levodopa', effective }] });
}

/** The generator's own per-minute truth in the analyser's minute format. */
function truthPoints(plan: MotionPlan, dayOffset = 0): MinutePoint[] {
  return minuteTruth(plan).map((m) => ({
    t: plan.startMs + dayOffset * 86_400_000 + m.minute * MIN,
    tremor_percent: 100 * m.tremorFraction,
    magnitude: m.tremorRms,
    active_percent: (100 * (60 - m.activitySeconds.rest - m.activitySeconds.sleep)) / 60,
  }));
}

describe('permutation tests', () => {
  it('block permutation p is 2/6 for blocks [1,2] before and [3,4] after (worked by hand)', () => {
    // Of the six ways to pick two "before" blocks from {1,2,3,4}, only {1,2} and {3,4} give |Δ| ≥ 2.
    expect(blockPermutationP([1, 2], [3, 4], Math.random)).toBeCloseTo(2 / 6, 12);
  });

  it('sign-flip p is 2/8 for [1,2,3] (only all-plus and all-minus reach |sum| 6)', () => {
    expect(signFlipP([1, 2, 3], Math.random)).toBeCloseTo(0.25, 12);
  });
});

describe('medicationResponse', () => {
  it('finds onset, end of benefit and wearing-off on a series with a clear drop', () => {
    // Load 1.0 until 30 min after the dose, 0.2 until 150 min, then 1.0 again; next dose at 240 min.
    const pts: MinutePoint[] = [];
    for (let m = 0; m < 420; m++) {
      const rel = m - 60;
      const v = rel >= 30 && rel < 150 ? 0.2 : 1.0;
      pts.push({ t: T0 + m * MIN, tremor_percent: 100, magnitude: v });
    }
    const doses: DoseInput[] = [{ t: T0 + 60 * MIN, drug: 'levodopa' }, { t: new Date(T0 + 300 * MIN).toISOString(), drug: 'levodopa' }];
    const r = medicationResponse(pts, doses).responses[0];
    expect(r.direction).toBe('improved');
    expect(r.before.mean).toBeCloseTo(1, 9);
    expect(r.after.mean).toBeCloseTo(0.2, 9);
    expect(r.relative_change).toBeCloseTo(-0.8, 9);
    // 3 before and 5 after blocks of 20 min: C(8,3) = 56 assignments. Only the observed one
    // reaches |Δ| = 0.8; the mirror (three 0.2 blocks "before") gives 0.68 − 0.2 = 0.48.
    expect(r.p_value).toBeCloseTo(1 / 56, 4);
    expect(Math.abs((r.onset_min as number) - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs((r.benefit_end_min as number) - 150)).toBeLessThanOrEqual(1);
    expect(r.wearing_off).toBe(true);
    expect(r.wearing_off_lead_min).toBeCloseTo(240 - (r.benefit_end_min as number), 9);
  });

  it('says "insufficient data" when the windows are mostly missing', () => {
    const pts: MinutePoint[] = Array.from({ length: 20 }, (_, m) => ({ t: T0 + m * MIN, tremor_percent: 50, magnitude: 1 }));
    expect(medicationResponse(pts, [{ t: T0 + 10 * MIN, drug: 'levodopa' }]).responses[0].direction).toBe('insufficient data');
  });

  it('detects a clinical-size benefit and stays quiet for doses with no effect (seeded simulations)', () => {
    const seeds = Array.from({ length: 12 }, (_, i) => 5100 + i);
    const run = (effective: boolean) => {
      const pts: MinutePoint[] = [];
      const doses: DoseInput[] = [];
      const directions: string[] = [];
      seeds.forEach((seed, day) => {
        const plan = challengePlan(seed, effective);
        const p = truthPoints(plan, day);
        const dose = { t: T0 + day * 86_400_000 + 3600_000, drug: 'levodopa' };
        directions.push(medicationResponse(p, [dose]).responses[0].direction);
        pts.push(...p);
        doses.push(dose);
      });
      return { directions, overview: medicationResponse(pts, doses).overview };
    };
    const yes = run(true);
    const no = run(false);
    const count = (d: string[], v: string) => d.filter((x) => x === v).length;
    // One dose alone has limited power (bouts last minutes); 12 doses pooled do not.
    expect(count(yes.directions, 'improved')).toBeGreaterThanOrEqual(6);
    expect(count(yes.directions, 'worse')).toBe(0);
    expect(yes.overview.overall_direction).toBe('improved');
    expect(yes.overview.overall_relative_change).toBeLessThan(-0.35);
    expect(yes.overview.typical_onset_min).toBeGreaterThanOrEqual(10);
    expect(yes.overview.typical_onset_min).toBeLessThanOrEqual(50);
    expect(count(no.directions, 'no clear change')).toBeGreaterThanOrEqual(11);
    expect(no.overview.overall_direction).toBe('no clear change');
  });

  it('measures the same change from analysed accelerometer data as from the generator truth', () => {
    const plan = challengePlan(5201, true, 4);
    const rec = simulateRecording({ seed: 5201, durationS: 4 * 3600, rateHz: 50, startMs: T0, noSleep: true, patient: plan.patient, activities: plan.segments.map((s) => ({ startS: s.startS, durationS: s.endS - s.startS, activity: s.activity })), doses: [{ atS: 3600, drug: 'levodopa' }] });
    const measured = toMinutePoints(aggregateMinuteDetails(analyzeSeconds(rec.samples, { rateHz: 50 })), T0);
    const dose = [{ t: T0 + 3600_000, drug: 'levodopa' }];
    const fromData = medicationResponse(measured, dose).responses[0];
    const fromTruth = medicationResponse(truthPoints(rec.plan), dose).responses[0];
    expect(fromTruth.relative_change).not.toBeNull();
    expect(Math.abs((fromData.relative_change as number) - (fromTruth.relative_change as number))).toBeLessThan(0.15);
    expect(fromData.direction).toBe(fromTruth.direction);
  });
});
