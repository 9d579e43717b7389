import { describe, expect, it } from 'vitest';
import { DEFAULT_SENSOR, WristSimulator, simulateRecording } from './wrist-sim';
import { ActivityCode, LABEL_MIN_TREMOR_RMS, doseEffect, minuteTruth, planMotion } from './plan';
import { createCohort, patientOnDay } from './cohort';

const opts = { seed: 77, durationS: 600, rateHz: 50, noSleep: true, doses: [{ atS: 60, drug: 'levodopa' }] };

describe('wrist accelerometer simulator', () => {
  it('is deterministic for a seed and the same however the stream is chunked', () => {
    const whole = simulateRecording(opts);
    const again = simulateRecording(opts);
    expect(again.samples.x).toEqual(whole.samples.x);
    const sim = new WristSimulator(opts);
    const xs: number[] = [];
    for (let c = sim.next(777); c; c = sim.next(777)) xs.push(...c.x);
    expect(Float32Array.from(xs)).toEqual(whole.samples.x);
    expect(simulateRecording({ ...opts, seed: 78 }).samples.x).not.toEqual(whole.samples.x);
  });

  it('shows gravity (|a| ≈ 9.81 m/s²) at rest and quantises to the ADC step', () => {
    const rec = simulateRecording({ ...opts, activities: [{ startS: 0, durationS: 600, activity: 'rest' }], patient: { severity: 0, tremorHz: 5, tremorRms: 0, doseEmax: 0, onsetMin: [20, 40], wearOffMin: [180, 240] } });
    const { x, y, z } = rec.samples;
    const mags = Array.from(x, (_, i) => Math.hypot(x[i], y[i], z[i])).sort((a, b) => a - b);
    expect(mags[mags.length >> 1]).toBeGreaterThan(9.6);
    expect(mags[mags.length >> 1]).toBeLessThan(10.0);
    const lsb = (2 * DEFAULT_SENSOR.range) / 2 ** DEFAULT_SENSOR.bits;
    for (let i = 0; i < 200; i++) expect(Math.abs(x[i] / lsb - Math.round(x[i] / lsb))).toBeLessThan(1e-3);
  });

  it('labels tremor only at rest, at 3.5–7 Hz and above the labelling amplitude', () => {
    const plan = planMotion({ seed: 12, durationS: 6 * 3600, noSleep: true });
    let tremorSeconds = 0;
    for (let s = 0; s < plan.tremor.length; s++) {
      if (!plan.tremor[s]) continue;
      tremorSeconds++;
      expect(plan.activity[s]).toBe(ActivityCode.rest);
      expect(plan.tremorHz[s]).toBeGreaterThanOrEqual(3.5);
      expect(plan.tremorHz[s]).toBeLessThanOrEqual(7);
      expect(plan.tremorRms[s]).toBeGreaterThanOrEqual(LABEL_MIN_TREMOR_RMS);
    }
    expect(tremorSeconds).toBeGreaterThan(600);
    const minutes = minuteTruth(plan);
    expect(minutes.length).toBe(360);
    expect(minutes.filter((m) => m.tremor).every((m) => m.tremorHz !== null)).toBe(true);
  });

  it('models a dose as half its peak at onset and gone long after wearing-off', () => {
    const d = { atS: 0, drug: 'levodopa', emax: 0.4, onsetMin: 30, wearOffMin: 200 };
    expect(doseEffect(d, 30)).toBeCloseTo(0.2, 3);
    expect(doseEffect(d, 100)).toBeCloseTo(0.4, 2);
    expect(doseEffect(d, 200)).toBeCloseTo(0.2, 2);
    expect(doseEffect(d, 300)).toBeLessThan(0.001);
    expect(doseEffect(d, -5)).toBe(0);
  });

  it('gives a dose with no effect (or a non-levodopa drug) no medication effect', () => {
    const plan = planMotion({ seed: 3, durationS: 7200, noSleep: true, doses: [{ atS: 0, drug: 'levodopa', effective: false }, { atS: 600, drug: 'vitamin D' }] });
    expect(Math.max(...plan.med)).toBe(0);
  });

  it('makes cohort members drift by their weekly rate', () => {
    const [m] = createCohort({ seed: 5, size: 1, mix: { worsening: 1, improving: 0, stable: 0 } });
    const early = [0, 1, 2, 3, 4, 5, 6].map((d) => patientOnDay(m, d).severity);
    const late = [49, 50, 51, 52, 53, 54, 55].map((d) => patientOnDay(m, d).severity);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(late) - mean(early)).toBeCloseTo(7 * m.severityPerWeek, 1);
  });
});
