/**
 * Carbohydrate on board: how much of a logged meal is still to be absorbed, by linear
 * absorption over the meal's absorption time (the model of Walsh's bolus-wizard "carbs
 * remaining" and of OpenAPS oref0's minimum carb absorption: the same grams every minute
 * from the meal's time until its absorption time has passed). Linear is the simplest
 * model a person can check by hand, and it errs late rather than early: real absorption
 * is front-loaded, so after the first hour linear COB overstates what is left — which is
 * why COB only ever adds insulin for a meal no bolus covered (core/diabetes/DOSE.md).
 *
 *   remaining(t) = carbs × max(0, 1 − (t − t_meal) / absorption)
 */
export const COB_MODEL = 'linear absorption over each meal\'s absorption time (its own, or your default)';

/** A bolus logged from 30 minutes before to 60 minutes after a meal is taken to be that meal's. */
export const COVER_BEFORE_MIN = 30;
export const COVER_AFTER_MIN = 60;
/**
 * A meal logged in the 15 minutes before a request that brings its own carbohydrate is
 * taken to be the meal being asked about: counting it as well would dose it twice.
 */
export const THIS_MEAL_MIN = 15;

const MIN = 60_000;

export interface LoggedMeal {
  event_id: string;
  t: number;
  carbs_g: number;
  /** The meal's own absorption time, when it says one. */
  absorption_min?: number | undefined;
}

export type Counted = 'added' | 'covered' | 'this_meal';

export interface MealOnBoard {
  event_id: string;
  t: number;
  carbs_g: number;
  absorption_min: number;
  remaining_g: number;
  counted: Counted;
  covered_by: string | null;
}

/** Grams of one meal left at `at` (all of it before its time, none after its absorption). */
export function remainingCarbs(carbsG: number, minutesSince: number, absorptionMin: number): number {
  if (minutesSince <= 0) return carbsG;
  if (minutesSince >= absorptionMin) return 0;
  return carbsG * (1 - minutesSince / absorptionMin);
}

/**
 * Every meal stamped at or before `at` with carbohydrate still on board, and how it is
 * counted. `askingCarbs` is the carbohydrate of the request (a meal about to be eaten).
 */
export function carbsOnBoard(
  meals: ReadonlyArray<LoggedMeal>,
  boluses: ReadonlyArray<{ event_id: string; t: number }>,
  at: number,
  opts: { defaultAbsorptionMin: number; askingCarbs: number },
): { grams: number; added_g: number; meals: MealOnBoard[] } {
  const out: MealOnBoard[] = [];
  for (const m of meals) {
    if (m.t > at || !(m.carbs_g > 0)) continue;
    const absorption = m.absorption_min ?? opts.defaultAbsorptionMin;
    const left = remainingCarbs(m.carbs_g, (at - m.t) / MIN, absorption);
    if (left <= 0) continue;
    const cover = boluses.find((b) => b.t >= m.t - COVER_BEFORE_MIN * MIN && b.t <= Math.min(at, m.t + COVER_AFTER_MIN * MIN));
    const counted: Counted = cover ? 'covered' : opts.askingCarbs > 0 && at - m.t <= THIS_MEAL_MIN * MIN ? 'this_meal' : 'added';
    out.push({ event_id: m.event_id, t: m.t, carbs_g: m.carbs_g, absorption_min: absorption, remaining_g: left, counted, covered_by: cover?.event_id ?? null });
  }
  const sum = (xs: MealOnBoard[]) => xs.reduce((s, m) => s + m.remaining_g, 0);
  return { grams: sum(out), added_g: sum(out.filter((m) => m.counted === 'added')), meals: out };
}
