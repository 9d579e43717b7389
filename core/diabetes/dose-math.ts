import { DOSING_DEFAULTS, type ByTimeOfDay, type DoseSuggestion, type DosingSettings } from '../../api/dosing';
import { carbsOnBoard, COB_MODEL, type LoggedMeal } from './carbs-on-board';
import { insulinOnBoard } from './insulin-on-board';

/**
 * The bolus calculation behind "how much insulin for this meal?", written out so each
 * step can be shown to the person (architecture: Safety). Pure: the service gathers the
 * inputs, this decides. All glucose in mg/dL.
 *
 *   carbs part       = carbs ÷ carb ratio
 *   carbs on board   = grams still to be absorbed from logged meals no bolus covered ÷ carb
 *                      ratio (carbs-on-board.ts; a covered meal's insulin is already in the
 *                      insulin on board, so it adds nothing: no double count)
 *   correction part  = (glucose − target) ÷ correction factor
 *   glucose ≥ target: insulin on board offsets the correction only, never the meal
 *                     (a meal needs its insulin whatever was given earlier to correct);
 *   glucose < target: the negative correction and all insulin on board reduce the meal part.
 *   exercise         = the person's own reduction (0–50 %) of max(0, …) when exercise is
 *                      logged or planned within their window before or after `at`
 *   total            = what is left, capped at the person's maximum bolus, rounded DOWN to
 *                      their dose step (a pen cannot give less than a step; rounding down
 *                      errs away from a low).
 *
 * No insulin at all below 70 mg/dL (the consensus "level 1 hypoglycaemia" threshold,
 * Battelino 2019): a low is treated with carbohydrate first.
 *
 * Uncertainty: the same calculation at the ends of two stated bands, so the range shows how
 * much the answer rests on them: the glucose value's accuracy (a meter: ISO 15197:2013, ±15
 * mg/dL below 100, ±15 % above; a CGM: ±20 mg/dL / ±20 %, the iCGM 20/20 agreement band)
 * and the carbohydrate estimate (±20 %, the typical error of counting by people with type 1
 * diabetes, Brazeau et al., Eur J Clin Nutr 2013;67:1094).
 */
export const HYPO_MG_DL = 70;
export const KETONE_CHECK_MG_DL = 250;
const CARB_BAND = 0.2;

export interface DoseInputs {
  at: number;
  carbsG: number;
  glucose: { mg_dl: number; source: 'cgm' | 'entered'; t: number } | null;
  trend: { slope_mg_dl_per_min: number; in_30_min_mg_dl: number; lo: number; hi: number } | null;
  /** Bolus doses logged within the duration of action before `at`. */
  doses: ReadonlyArray<{ event_id: string; t: number; units: number }>;
  settings: DosingSettings;
  /**
   * Boluses that may cover a logged meal (reaching back past the duration of action when a
   * meal's absorption is longer); `doses` when absent.
   */
  boluses?: ReadonlyArray<{ event_id: string; t: number }> | undefined;
  /** Meals logged before `at` (within the longest absorption time); none when absent. */
  meals?: ReadonlyArray<LoggedMeal> | undefined;
  /** Exercise logged near `at` (activity events), and any the request says is planned. */
  exercise?: ReadonlyArray<ExerciseInput> | undefined;
}

export interface ExerciseInput {
  event_id: string | null;
  /** Start, ms. */
  t: number;
  kind: string | null;
  duration_min: number | null;
  planned: boolean;
}

/** Without a reduction set, exercise this close is still shown, with a warning that nothing was taken off. */
export const EXERCISE_NOTICE_H = 6;

export const DOSE_METHOD =
  '(carbs + carbs on board from logged meals no bolus covered) ÷ carb ratio + (glucose − target) ÷ correction factor − insulin on board (offsetting only the correction when glucose is at or above target); ' +
  `then lowered by your exercise reduction when exercise is logged or planned within your window; carbs on board by ${COB_MODEL}; ` +
  'insulin on board from the exponential action curve with your duration and peak; capped at your maximum bolus; rounded down to your dose step';
export const DOSE_NOTE =
  'A suggestion calculated from your own settings and what is logged in Tend, not a prescription. It counts only insulin logged here. Check your glucose, and follow your diabetes team\'s advice.';

/** The measurement band of a glucose value, by where it came from. */
export function glucoseBand(mgdl: number, source: 'cgm' | 'entered'): { lo: number; hi: number } {
  const [abs, rel] = source === 'entered' ? [15, 0.15] : [20, 0.2];
  const d = mgdl < 100 ? abs : mgdl * rel;
  return { lo: round1(Math.max(20, mgdl - d)), hi: round1(mgdl + d) };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Down to a multiple of `step`, immune to 0.1 + 0.2-style float dust. */
export function roundDown(units: number, step: number): number {
  const k = Math.floor(units / step + 1e-9);
  return round2(Math.max(0, k * step));
}

export type InEffect = DoseSuggestion['inputs']['in_effect'];

/** "HH:MM" of `at` in the time zone (24-hour clock). */
export function localTime(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('hour')}:${get('minute')}`;
}

/** A setting's value at a local time: the schedule's last entry starting at or before it. */
export function valueAt(v: ByTimeOfDay, hhmm: string): number {
  if (typeof v === 'number') return v;
  let value = v[0]!.value;
  for (const seg of v) if (seg.from <= hhmm) value = seg.value;
  return value;
}

/** The ratio, factor and target in effect at `at` (schedules read in the person's time zone). */
export function settingsAt(s: DosingSettings, at: number): InEffect {
  const scheduled = [s.carb_ratio_g_per_u, s.isf_mg_dl_per_u, s.target_mg_dl].some((v) => Array.isArray(v));
  const local = scheduled && s.time_zone ? localTime(at, s.time_zone) : null;
  const hhmm = local ?? '00:00';
  return { carb_ratio_g_per_u: valueAt(s.carb_ratio_g_per_u, hhmm), isf_mg_dl_per_u: valueAt(s.isf_mg_dl_per_u, hhmm), target_mg_dl: valueAt(s.target_mg_dl, hhmm), local_time: local };
}

/**
 * Unrounded parts of the calculation for one glucose and carbohydrate value. `cobG` is the
 * carbohydrate on board that no bolus covered; `reductionPct` the exercise reduction applied.
 */
export function calculate(glucose: number, carbsG: number, iob: number, s: Pick<InEffect, 'carb_ratio_g_per_u' | 'isf_mg_dl_per_u' | 'target_mg_dl'>, cobG = 0, reductionPct = 0) {
  const carbs = carbsG / s.carb_ratio_g_per_u;
  const cob = cobG / s.carb_ratio_g_per_u;
  const correction = (glucose - s.target_mg_dl) / s.isf_mg_dl_per_u;
  const applied = correction >= 0 ? Math.min(iob, correction) : iob;
  const before = Math.max(0, carbs + cob + correction - applied);
  const activity = before * (reductionPct / 100);
  return { carbs_u: carbs, cob_u: cob, correction_u: correction, iob_applied_u: applied, activity_u: activity, total_u: before - activity };
}

/** Exercise near `at`, each marked in or out of the window, and the reduction that applies. */
export function exerciseNear(exercise: ReadonlyArray<ExerciseInput>, at: number, s: Pick<DosingSettings, 'exercise_reduction_pct' | 'exercise_window_h'>): DoseSuggestion['inputs']['activity'] {
  const windowH = s.exercise_window_h ?? null;
  const reduction = s.exercise_reduction_pct ?? null;
  const reach = (windowH ?? EXERCISE_NOTICE_H) * 3_600_000;
  const listed = exercise
    .map((x) => {
      const end = x.t + (x.duration_min ?? 0) * 60_000;
      // Before: it ended (or is still going) within the window; after: it starts within it.
      const inWindow = x.t <= at ? end >= at - reach : x.t - at <= reach;
      return { event_id: x.event_id, t: new Date(x.t).toISOString(), kind: x.kind, duration_min: x.duration_min, planned: x.planned, in_window: inWindow };
    })
    .filter((x) => x.planned || x.in_window);
  const applies = windowH !== null && reduction !== null && listed.some((x) => x.in_window);
  return { reduction_pct: reduction, window_h: windowH, applied_pct: applies ? reduction : 0, exercise: listed };
}

export function suggestDose(inp: DoseInputs): DoseSuggestion {
  const s = inp.settings;
  const eff = settingsAt(s, inp.at);
  const curve = { durationMin: s.insulin_duration_h * 60, peakMin: s.insulin_peak_min };
  const iob = insulinOnBoard(inp.doses, inp.at, curve);
  const carbsBand = { lo: round1(inp.carbsG * (1 - CARB_BAND)), hi: round1(inp.carbsG * (1 + CARB_BAND)) };
  const cob = carbsOnBoard(inp.meals ?? [], inp.boluses ?? inp.doses, inp.at, { defaultAbsorptionMin: (s.carb_absorption_h ?? DOSING_DEFAULTS.carb_absorption_h) * 60, askingCarbs: inp.carbsG });
  const act = exerciseNear(inp.exercise ?? [], inp.at, s);
  const g = inp.glucose;
  const glucose = g ? { mg_dl: g.mg_dl, source: g.source, t: new Date(g.t).toISOString(), age_min: round1((inp.at - g.t) / 60_000), band_mg_dl: glucoseBand(g.mg_dl, g.source) } : null;
  const inputs: DoseSuggestion['inputs'] = {
    carbs_g: inp.carbsG,
    carbs_band_g: carbsBand,
    glucose,
    trend: inp.trend,
    insulin_on_board: {
      units: round2(iob.units),
      doses: inp.doses.map((d, i) => ({ event_id: d.event_id, t: new Date(d.t).toISOString(), units: d.units, remaining_u: round2(iob.each[i]!) })),
    },
    carbs_on_board: {
      grams: round1(cob.grams),
      added_g: round1(cob.added_g),
      model: COB_MODEL,
      meals: cob.meals.map((m) => ({ event_id: m.event_id, t: new Date(m.t).toISOString(), carbs_g: m.carbs_g, absorption_min: m.absorption_min, remaining_g: round1(m.remaining_g), counted: m.counted, covered_by: m.covered_by })),
    },
    activity: act,
    settings: s,
    in_effect: eff,
  };
  const base = { at: new Date(inp.at).toISOString(), inputs, method: DOSE_METHOD, note: DOSE_NOTE };
  if (!glucose) {
    return { ...base, status: 'unavailable', units: null, range_units: null, parts: null, capped: false, warnings: [],
      reason: 'No glucose reading from the last 15 minutes: take a meter reading and enter it.' };
  }
  const warnings: DoseSuggestion['warnings'] = [];
  if (act.reduction_pct === null && act.exercise.some((x) => x.in_window)) {
    warnings.push({ code: 'exercise_unset', message: `Exercise is logged or planned within ${EXERCISE_NOTICE_H} hours, but no exercise reduction is set, so nothing was taken off for it. Exercise can lower glucose for hours: ask your diabetes team how much to reduce, and enter it in the settings.` });
  }
  if (glucose.mg_dl < HYPO_MG_DL) {
    return { ...base, status: 'no_insulin', units: 0, range_units: null, parts: null, capped: false, warnings,
      reason: `Glucose ${Math.round(glucose.mg_dl)} mg/dL is below ${HYPO_MG_DL}: treat the low first and check again. No insulin is suggested now.` };
  }
  const p = calculate(glucose.mg_dl, inp.carbsG, iob.units, eff, cob.added_g, act.applied_pct);
  // Logged meals were counted too, so their grams carry the same ± 20 % as the meal asked about.
  const lo = calculate(glucose.band_mg_dl.lo, carbsBand.lo, iob.units, eff, cob.added_g * (1 - CARB_BAND), act.applied_pct).total_u;
  const hi = calculate(glucose.band_mg_dl.hi, carbsBand.hi, iob.units, eff, cob.added_g * (1 + CARB_BAND), act.applied_pct).total_u;
  const capped = p.total_u > s.max_bolus_u;
  const units = roundDown(Math.min(p.total_u, s.max_bolus_u), s.dose_step_u);
  const range = { lo: roundDown(Math.min(lo, s.max_bolus_u), s.dose_step_u), hi: roundDown(Math.min(hi, s.max_bolus_u), s.dose_step_u) };

  if (capped) warnings.push({ code: 'capped', message: `Capped at your maximum bolus of ${s.max_bolus_u} U: the calculation gave ${round2(p.total_u)} U. Check the carbohydrate and glucose entered.` });
  if (inp.trend && inp.trend.slope_mg_dl_per_min < 0 && inp.trend.lo < HYPO_MG_DL) {
    warnings.push({ code: 'falling_low', message: `Glucose is falling (${round1(inp.trend.slope_mg_dl_per_min)} mg/dL/min): the 30-minute forecast reaches as low as ${Math.round(inp.trend.lo)} mg/dL. Consider eating before injecting, or a smaller dose.` });
  } else if (inp.trend && inp.trend.slope_mg_dl_per_min <= -2) {
    warnings.push({ code: 'falling_fast', message: `Glucose is falling quickly (${round1(inp.trend.slope_mg_dl_per_min)} mg/dL/min); this calculation uses the current value, not where it is heading.` });
  } else if (inp.trend && inp.trend.slope_mg_dl_per_min >= 2) {
    warnings.push({ code: 'rising_fast', message: `Glucose is rising quickly (${round1(inp.trend.slope_mg_dl_per_min)} mg/dL/min); this calculation uses the current value, not where it is heading.` });
  }
  if (glucose.mg_dl >= KETONE_CHECK_MG_DL) warnings.push({ code: 'ketones', message: `Glucose is ${KETONE_CHECK_MG_DL} mg/dL or above: check ketones; if they are raised, follow your sick-day plan rather than this calculation.` });
  if (units === 0) {
    const why =
      p.total_u > 0 ? `the calculation gave ${round2(p.total_u)} U, under one dose step of ${s.dose_step_u} U`
      : iob.units > 0 ? 'the insulin on board already covers it'
      : inp.carbsG > 0 ? 'glucose below target takes away the insulin the carbohydrate would need'
      : 'glucose is at or below target and there is no carbohydrate to cover';
    return { ...base, status: 'no_insulin', units: 0, range_units: range, parts: rounded(p), capped, warnings, reason: `No insulin suggested: ${why}.` };
  }
  return { ...base, status: 'dose', units, range_units: range, parts: rounded(p), capped, warnings, reason: null };
}

function rounded(p: ReturnType<typeof calculate>) {
  return { carbs_u: round2(p.carbs_u), cob_u: round2(p.cob_u), correction_u: round2(p.correction_u), iob_applied_u: round2(p.iob_applied_u), activity_u: round2(p.activity_u), total_u: round2(p.total_u) };
}
