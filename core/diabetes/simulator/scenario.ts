import { mulberry32 } from '../../random';

/** A meal of the scenario, timed in minutes from the simulation's start. */
export interface ScenarioMeal {
  /** Minutes from the start when the patient starts eating. */
  minute: number;
  /** Carbohydrate, g. */
  carbs_g: number;
  name: MealName;
}
export type MealName = 'breakfast' | 'lunch' | 'snack' | 'dinner';

/**
 * The daily pattern: each meal's start is drawn uniformly in its window (minutes after
 * the day's start, i.e. clock time when the simulation starts at midnight) and rounded
 * to 5 minutes; its carbohydrate is drawn uniformly in its range and rounded to 5 g.
 * The ranges are Tend's choice of plausible adult meals (not simglucose's random
 * scenario). At 5 g/min even the largest meal is eaten within 20 minutes, so meals
 * never overlap.
 */
export const MEAL_PLAN: ReadonlyArray<{ name: MealName; from: number; to: number; minG: number; maxG: number }> = [
  { name: 'breakfast', from: 6 * 60 + 30, to: 9 * 60, minG: 30, maxG: 70 },
  { name: 'lunch', from: 11 * 60 + 30, to: 13 * 60 + 30, minG: 45, maxG: 90 },
  { name: 'snack', from: 15 * 60, to: 17 * 60, minG: 10, maxG: 30 },
  { name: 'dinner', from: 18 * 60, to: 20 * 60 + 30, minG: 50, maxG: 100 },
];

const round = (x: number, step: number) => Math.round(x / step) * step;

/**
 * The meals of `days` days for a seed. Each day draws from its own stream
 * (mulberry32 of the seed mixed with the day's index), so a longer run repeats the
 * meals of a shorter one with the same seed.
 */
export function mealScenario(days: number, seed: number): ScenarioMeal[] {
  const meals: ScenarioMeal[] = [];
  for (let day = 0; day < days; day++) {
    const rand = mulberry32((seed ^ Math.imul(day + 1, 0x9e3779b9)) >>> 0);
    for (const m of MEAL_PLAN) {
      const at = round(m.from + rand() * (m.to - m.from), 5);
      const carbs = round(m.minG + rand() * (m.maxG - m.minG), 5);
      meals.push({ minute: day * 1440 + at, carbs_g: carbs, name: m.name });
    }
  }
  return meals;
}
