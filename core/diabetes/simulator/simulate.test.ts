import { describe, expect, it } from 'vitest';
import { basalRate } from './model';
import { patientParams, sensorParams } from './params';
import { MEAL_PLAN, mealScenario } from './scenario';
import { mealBolus, simulate } from './simulate';

describe('meal scenario', () => {
  it('gives three meals and a snack a day inside their documented windows and sizes', () => {
    const meals = mealScenario(30, 5);
    expect(meals).toHaveLength(120);
    meals.forEach((m, i) => {
      const plan = MEAL_PLAN[i % 4]!;
      expect(m.name).toBe(plan.name);
      const clock = m.minute - Math.floor(i / 4) * 1440;
      expect(clock).toBeGreaterThanOrEqual(plan.from);
      expect(clock).toBeLessThanOrEqual(plan.to);
      expect(clock % 5).toBe(0);
      expect(m.carbs_g).toBeGreaterThanOrEqual(plan.minG);
      expect(m.carbs_g).toBeLessThanOrEqual(plan.maxG);
      expect(m.carbs_g % 5).toBe(0);
    });
    // They vary from day to day.
    expect(new Set(meals.filter((m) => m.name === 'lunch').map((m) => m.carbs_g)).size).toBeGreaterThan(3);
  });

  it('is deterministic for a seed, differs between seeds, and a longer run repeats a shorter one', () => {
    expect(mealScenario(7, 1)).toEqual(mealScenario(7, 1));
    expect(mealScenario(7, 2)).not.toEqual(mealScenario(7, 1));
    expect(mealScenario(7, 1).slice(0, 12)).toEqual(mealScenario(3, 1));
  });
});

describe('simulate', () => {
  const patient = patientParams('adult#001');
  const sensor = sensorParams('Dexcom');

  it('gives readings every sample_time minutes, a bolus of carbs/CR per meal, the basal rate', () => {
    const r = simulate({ patient, sensor, days: 2, seed: 9 });
    expect(r.readings).toHaveLength((2 * 1440) / sensor.sample_time);
    r.readings.forEach((x, i) => expect(x.minute).toBe(i * sensor.sample_time));
    expect(r.meals).toHaveLength(8);
    expect(r.boluses.map((b) => b.minute)).toEqual(r.meals.map((m) => m.minute));
    r.meals.forEach((m, i) => {
      expect(r.boluses[i]!.units).toBeCloseTo(Math.round(m.carbs_g / patient.CR / 0.05) * 0.05, 9);
      expect(Math.abs(r.boluses[i]!.units - m.carbs_g / patient.CR)).toBeLessThanOrEqual(0.025 + 1e-9);
    });
    expect(mealBolus(patient, 45)).toBeCloseTo(4.5, 9);
    expect(r.basal_u_per_min).toBeCloseTo((patient.u2ss * patient.BW) / 6000, 12);
    expect(r.basal_u_per_min).toBe(basalRate(patient));
    for (const x of r.readings) {
      expect(x.mg_dl).toBeGreaterThanOrEqual(sensor.min);
      expect(x.mg_dl).toBeLessThanOrEqual(sensor.max);
    }
    // The first reading is the basal state plus noise.
    expect(Math.abs(r.readings[0]!.mg_dl - patient.Gb)).toBeLessThan(60);
  });

  it('is deterministic for a seed; another seed changes meals and noise; glucose rises after meals', () => {
    const a = simulate({ patient, sensor, days: 1, seed: 4 });
    expect(simulate({ patient, sensor, days: 1, seed: 4 })).toEqual(a);
    const b = simulate({ patient, sensor, days: 1, seed: 5 });
    expect(b.readings.map((x) => x.mg_dl)).not.toEqual(a.readings.map((x) => x.mg_dl));
    // Mean glucose in the 2 h after each meal is above the mean of the hour before it.
    const mean = (from: number, to: number) => {
      const xs = a.readings.filter((x) => x.minute >= from && x.minute < to).map((x) => x.mg_dl);
      return xs.reduce((s, v) => s + v, 0) / xs.length;
    };
    const rises = a.meals.filter((m) => m.carbs_g >= 30).map((m) => mean(m.minute + 15, m.minute + 120) - mean(m.minute - 60, m.minute));
    expect(rises.filter((d) => d > 0).length).toBeGreaterThanOrEqual(rises.length - 1);
  });

  it('a longer run with the same seed repeats the shorter one', () => {
    const one = simulate({ patient, sensor, days: 1, seed: 3 });
    const two = simulate({ patient, sensor, days: 2, seed: 3 });
    expect(two.readings.slice(0, one.readings.length)).toEqual(one.readings);
  });
});
