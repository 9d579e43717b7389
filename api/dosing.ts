import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { IsoTime } from './observations';

const SubjectId = z.string().min(1);

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'times of day are HH:MM, 00:00–23:59' });
export type Segment = { from: string; value: number };
/** A setting that is one value all day, or a value from each time of day until the next. */
export type ByTimeOfDay = number | Segment[];

/**
 * One value, or a schedule of up to 12 `{from: "HH:MM", value}` starting at 00:00 in
 * increasing order (as pumps keep carb ratios and correction factors by time of day).
 * Each value is checked against the same bounds, and errors name the entry at fault.
 */
function byTimeOfDay(value: z.ZodNumber, what: string) {
  const schedule = z
    .array(z.object({ from: HHMM, value }).strict(), { message: `${what} must be a number or a list of {from: "HH:MM", value}` })
    .min(1, { message: `${what} by time of day needs at least one entry` })
    .max(12, { message: `${what} by time of day has at most 12 entries` })
    .superRefine((segs, ctx) => {
      if (segs[0] && segs[0].from !== '00:00') ctx.addIssue({ code: 'custom', message: `${what} by time of day must start at 00:00`, path: [0, 'from'] });
      for (let i = 1; i < segs.length; i++) {
        if (segs[i]!.from <= segs[i - 1]!.from) ctx.addIssue({ code: 'custom', message: `${what} times must increase (${segs[i - 1]!.from} then ${segs[i]!.from})`, path: [i, 'from'] });
      }
    });
  return z
    .custom<ByTimeOfDay>((v) => typeof v === 'number' || Array.isArray(v), { message: `${what} must be a number or a list of {from: "HH:MM", value}` })
    .superRefine((v, ctx) => {
      const r = (typeof v === 'number' ? value : schedule).safeParse(v);
      if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path as Array<string | number> });
    });
}

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const ratio = z.number({ message: 'carb ratio must be 2–150 g per unit' }).min(2, { message: 'carb ratio must be 2–150 g per unit' }).max(150, { message: 'carb ratio must be 2–150 g per unit' });
const isf = z.number({ message: 'correction factor must be 5–500 mg/dL per unit' }).min(5, { message: 'correction factor must be 5–500 mg/dL per unit' }).max(500, { message: 'correction factor must be 5–500 mg/dL per unit' });
const target = z.number({ message: 'target must be 80–180 mg/dL' }).min(80, { message: 'target must be 80–180 mg/dL' }).max(180, { message: 'target must be 80–180 mg/dL' });

/**
 * A person's own insulin settings, as their diabetes team gave them. Tend never guesses
 * any of them: until every required one is entered, no dose is suggested (architecture:
 * Safety). Glucose quantities are mg/dL; the screen converts mmol/L on the way in.
 */
export const dosingFields = {
  /** Grams of carbohydrate one unit covers ("1 U per 10 g" → 10); one value or by time of day. */
  carb_ratio_g_per_u: byTimeOfDay(ratio, 'carb ratio'),
  /** Correction (sensitivity) factor: mg/dL one unit lowers glucose by; one value or by time of day. */
  isf_mg_dl_per_u: byTimeOfDay(isf, 'correction factor'),
  /** Glucose a correction aims for; one value or by time of day. */
  target_mg_dl: byTimeOfDay(target, 'target'),
  /** How long a bolus keeps acting (duration of insulin action). */
  insulin_duration_h: z.number({ message: 'duration of insulin action must be 3–8 hours' }).min(3, { message: 'duration of insulin action must be 3–8 hours' }).max(8, { message: 'duration of insulin action must be 3–8 hours' }),
  /** The most Tend may ever suggest at once: every suggestion is capped here. */
  max_bolus_u: z.number({ message: 'maximum bolus must be 0.5–30 units' }).min(0.5, { message: 'maximum bolus must be 0.5–30 units' }).max(30, { message: 'maximum bolus must be 0.5–30 units' }),
  /** What the pen or pump can give: suggestions are rounded down to a multiple of it. */
  dose_step_u: z.union([z.literal(0.05), z.literal(0.1), z.literal(0.5), z.literal(1)], { message: 'dose step must be 0.05, 0.1, 0.5 or 1 unit' }),
  /** Minutes from injection to peak action: 75 for rapid-acting analogues, ~55 for the ultra-rapid ones. */
  insulin_peak_min: z.number({ message: 'insulin peak must be 35–120 minutes' }).min(35, { message: 'insulin peak must be 35–120 minutes' }).max(120, { message: 'insulin peak must be 35–120 minutes' }),
  /** The person's time zone (IANA), for the times of day of a schedule; needed once any setting has one. */
  time_zone: z.string().max(64).refine(isTimeZone, { message: 'time zone must be an IANA name such as Europe/Lisbon' }).optional(),
  /**
   * Hours a logged meal's carbohydrate takes to be absorbed (linear absorption, see
   * core/diabetes/DOSE.md), unless the meal says its own `absorption_min`. Default 3 h.
   */
  carb_absorption_h: z.number({ message: 'carbohydrate absorption time must be 1–8 hours' }).min(1, { message: 'carbohydrate absorption time must be 1–8 hours' }).max(8, { message: 'carbohydrate absorption time must be 1–8 hours' }).optional(),
  /**
   * The person's own reduction for exercise: a suggestion is lowered by this percentage
   * when exercise is logged, or said to be planned, within `exercise_window_h` hours before
   * or after it. Bounded to 0–50 %: a larger cut is a plan for the diabetes team, not a
   * calculator's default. Both or neither.
   */
  exercise_reduction_pct: z.number({ message: 'exercise reduction must be 0–50 %' }).min(0, { message: 'exercise reduction must be 0–50 %' }).max(50, { message: 'exercise reduction must be 0–50 %' }).optional(),
  /** Hours before or after a suggestion within which exercise lowers it (0.5–12). */
  exercise_window_h: z.number({ message: 'exercise window must be 0.5–12 hours' }).min(0.5, { message: 'exercise window must be 0.5–12 hours' }).max(12, { message: 'exercise window must be 0.5–12 hours' }).optional(),
};
export const REQUIRED_DOSING_FIELDS = ['carb_ratio_g_per_u', 'isf_mg_dl_per_u', 'target_mg_dl', 'insulin_duration_h', 'max_bolus_u'] as const;
export const DOSING_DEFAULTS = { dose_step_u: 0.5, insulin_peak_min: 75, carb_absorption_h: 3 } as const;

const SCHEDULED = ['carb_ratio_g_per_u', 'isf_mg_dl_per_u', 'target_mg_dl'] as const;
/** A schedule's times of day are the person's own: the set must say in which zone. */
const zoneForSchedules = (v: { carb_ratio_g_per_u: unknown; isf_mg_dl_per_u: unknown; target_mg_dl: unknown; time_zone?: string | undefined; exercise_reduction_pct?: number | undefined; exercise_window_h?: number | undefined }, ctx: z.core.$RefinementCtx) => {
  if (!v.time_zone && SCHEDULED.some((k) => Array.isArray(v[k]))) ctx.addIssue({ code: 'custom', message: 'a setting by time of day needs the time zone it is in', path: ['time_zone'] });
  // A percentage with no window (or the reverse) cannot say when it applies.
  if ((v.exercise_reduction_pct === undefined) !== (v.exercise_window_h === undefined)) {
    const missing = v.exercise_reduction_pct === undefined ? 'exercise_reduction_pct' : 'exercise_window_h';
    ctx.addIssue({ code: 'custom', message: 'the exercise reduction needs both its percentage and its window in hours', path: [missing] });
  }
};

export const DosingSettings = z
  .object({
    ...dosingFields,
    /** Who entered them and when (e-mail, ISO time). */
    set_by: z.string(),
    set_at: z.string(),
  })
  .superRefine(zoneForSchedules);
export type DosingSettings = z.infer<typeof DosingSettings>;

/** What is stored, and which required settings are still missing. */
export const DosingStatus = z.object({
  settings: DosingSettings.nullable(),
  missing: z.array(z.enum(REQUIRED_DOSING_FIELDS)),
});
export type DosingStatus = z.infer<typeof DosingStatus>;

/** A whole set: every required setting at once, so a half-entered set cannot drive a dose. */
export const DosingSettingsPut = z
  .object({
    ...dosingFields,
    dose_step_u: dosingFields.dose_step_u.default(DOSING_DEFAULTS.dose_step_u),
    insulin_peak_min: dosingFields.insulin_peak_min.default(DOSING_DEFAULTS.insulin_peak_min),
    carb_absorption_h: dosingFields.carb_absorption_h.unwrap().default(DOSING_DEFAULTS.carb_absorption_h),
  })
  .strict()
  .superRefine(zoneForSchedules);

export const DoseRequest = z.object({
  subject_id: SubjectId,
  /** Carbohydrate about to be eaten (0: a correction only). */
  carbs_g: z.number({ message: 'carbs_g must be a number of grams' }).min(0, { message: 'carbs_g must be 0–300 g' }).max(300, { message: 'carbs_g must be 0–300 g' }),
  /** A meter reading just taken; without one, the newest CGM reading (≤ 15 minutes old). */
  glucose_mg_dl: z.number().min(20, { message: 'glucose must be 20–600 mg/dL' }).max(600, { message: 'glucose must be 20–600 mg/dL' }).optional(),
  /** When (default now); only data stamped at or before it are used. */
  at: IsoTime.optional(),
  /**
   * Exercise the person plans: minutes from `at` until it starts (0–720). Lowers the
   * suggestion by their exercise reduction when it starts within their window.
   */
  planned_exercise_in_min: z.number({ message: 'planned exercise must be 0–720 minutes from now' }).min(0, { message: 'planned exercise must be 0–720 minutes from now' }).max(720, { message: 'planned exercise must be 0–720 minutes from now' }).optional(),
});

const Band = z.object({ lo: z.number(), hi: z.number() });
export const DoseSuggestion = z.object({
  at: z.string(),
  /**
   * `dose`: a suggestion follows. `no_insulin`: the calculation says none (glucose below
   * 70 mg/dL, or insulin already on board covers it). `unavailable`: no current glucose.
   */
  status: z.enum(['dose', 'no_insulin', 'unavailable']),
  /** Units, rounded down to the dose step and capped at the maximum bolus; null when unavailable. */
  units: z.number().nullable(),
  /** The same calculation at the ends of the glucose and carbohydrate uncertainty, rounded to the step and capped. */
  range_units: Band.nullable(),
  /** The calculation, unrounded: carbs ÷ ratio, (glucose − target) ÷ factor, minus insulin on board. */
  parts: z
    .object({
      carbs_u: z.number(),
      /** Insulin for carbohydrate still on board from logged meals no bolus covered (0 when none). */
      cob_u: z.number(),
      correction_u: z.number(),
      iob_applied_u: z.number(),
      /** Units taken off for exercise: (carbs + carbs on board + correction − on board) × the reduction. */
      activity_u: z.number(),
      total_u: z.number(),
    })
    .nullable(),
  capped: z.boolean(),
  inputs: z.object({
    carbs_g: z.number(),
    /** The carbohydrate band used for the range (± 20 %). */
    carbs_band_g: Band,
    glucose: z
      .object({ mg_dl: z.number(), source: z.enum(['cgm', 'entered']), t: z.string(), age_min: z.number(), band_mg_dl: Band })
      .nullable(),
    /** The CGM trend, and where the 30-minute forecast puts glucose (80 % band). */
    trend: z.object({ slope_mg_dl_per_min: z.number(), in_30_min_mg_dl: z.number(), lo: z.number(), hi: z.number() }).nullable(),
    /** The dashboard's forecast for 30 minutes (the model where it can), shown beside the trend line the warnings use. */
    forecast_30: z
      .object({
        source: z.enum(['model', 'trend']),
        mg_dl: z.number(),
        lo: z.number(),
        hi: z.number(),
        /** What that forecast was made from, in words (the forecast's `inputs_used.words`). */
        made_from: z.string().optional(),
      })
      .nullable()
      .optional(),
    insulin_on_board: z.object({
      units: z.number(),
      /** The bolus doses logged within the duration of insulin action, with what remains of each. */
      doses: z.array(z.object({ event_id: z.string(), t: z.string(), units: z.number(), remaining_u: z.number() })),
    }),
    /**
     * Carbohydrate still to be absorbed from meals logged before `at` (linear absorption).
     * Each meal says whether it was `added` (no bolus covered it), `covered` (a bolus logged
     * from 30 min before to 60 min after it is on board for it) or `this_meal` (logged in the
     * 15 minutes before a request that brings its own carbohydrate: taken to be the same meal).
     */
    carbs_on_board: z.object({
      grams: z.number(),
      /** The part that enters the calculation (meals with `added`). */
      added_g: z.number(),
      model: z.string(),
      meals: z.array(
        z.object({
          event_id: z.string(),
          t: z.string(),
          carbs_g: z.number(),
          absorption_min: z.number(),
          remaining_g: z.number(),
          counted: z.enum(['added', 'covered', 'this_meal']),
          covered_by: z.string().nullable(),
        }),
      ),
    }),
    /**
     * Exercise near the time asked and the person's reduction for it. `applied_pct` is what
     * lowered this suggestion (0 with no exercise in the window, or no reduction set).
     */
    activity: z.object({
      reduction_pct: z.number().nullable(),
      window_h: z.number().nullable(),
      applied_pct: z.number(),
      exercise: z.array(
        z.object({
          event_id: z.string().nullable(),
          t: z.string(),
          kind: z.string().nullable(),
          duration_min: z.number().nullable(),
          planned: z.boolean(),
          in_window: z.boolean(),
        }),
      ),
    }),
    settings: DosingSettings,
    /** The ratio, factor and target in effect at the time asked (a schedule's entry for the person's local time). */
    in_effect: z.object({ carb_ratio_g_per_u: z.number(), isf_mg_dl_per_u: z.number(), target_mg_dl: z.number(), local_time: z.string().nullable() }),
  }),
  /** What to weigh before acting on it; `message` in mg/dL, `code` for screens that speak mmol/L. */
  warnings: z.array(z.object({ code: z.enum(['capped', 'falling_low', 'falling_fast', 'rising_fast', 'ketones', 'exercise_unset']), message: z.string() })),
  reason: z.string().nullable(),
  method: z.string(),
  note: z.string(),
});
export type DoseSuggestion = z.infer<typeof DoseSuggestion>;

/** Contract section 4, plus what a forecast says about itself. */
export const Forecast = z.object({
  at: z.string(),
  horizon_min: z.number(),
  points: z.array(z.object({ t: z.string(), mg_dl: z.number(), lo: z.number(), hi: z.number() })),
  /** `model`: models/glucose-forecast; `trend`: the straight trend line (where the model cannot forecast, or when asked). */
  source: z.enum(['model', 'trend']),
  method: z.string(),
  inputs: z.object({
    readings: z.number(),
    span_min: z.number(),
    level_mg_dl: z.number().nullable(),
    slope_mg_dl_per_min: z.number().nullable(),
    sigma_mg_dl: z.number().nullable(),
  }),
  /**
   * What the forecast was made from: which model (`v2`: type 1, with insulin and carbohydrate
   * on board where logged; `v1`: an hour of CGM; `trend`: the trend line), how much glucose
   * history, the insulin (U) and carbohydrate (g) on board it used (null: not used, no bolus or
   * meal logged in the last 24 hours, or a model without them), whether the person's own
   * calibration was applied, and the same in words for the screen.
   */
  inputs_used: z
    .object({
      model: z.enum(['v2', 'v1', 'trend']),
      glucose_min: z.number(),
      insulin_on_board_u: z.number().nullable(),
      carbs_on_board_g: z.number().nullable(),
      calibrated_to_person: z.boolean(),
      words: z.string(),
    })
    .optional(),
  note: z.string(),
  reason: z.string().optional(),
  /** Set when the forecast model could not run and the trend line answered instead. */
  model_error: z.string().optional(),
});
export type Forecast = z.infer<typeof Forecast>;

const RmsePair = z.object({ rmse_30: z.number().nullable(), rmse_60: z.number().nullable() });
/**
 * A person's own forecast calibration (models/glucose-forecast/PROTOCOL-v2.md): `calibrated`
 * is the one in use (fitted on their older data, kept because it lowered their error on the
 * most recent week, mg/dL before → after); `last_attempt` is the latest try, kept or not.
 */
export const ForecastCalibrationStatus = z.object({
  calibrated: z.object({ fitted_at: z.string(), before: RmsePair, after: RmsePair }).nullable(),
  last_attempt: z.object({ at: z.string(), kept: z.boolean(), reason: z.string(), before: RmsePair, after: RmsePair }).nullable(),
});
export type ForecastCalibrationStatus = z.infer<typeof ForecastCalibrationStatus>;

/** A suggestion as it was made (the audit record of `diabetes.dose`), for looking back at what Tend suggested. */
export const PastSuggestion = z.object({
  /** When it was asked for (the suggestion's own time). */
  at: z.string(),
  /** Who asked (e-mail), when the account still exists here. */
  by: z.string().nullable(),
  status: z.enum(['dose', 'no_insulin', 'unavailable']),
  units: z.number().nullable(),
  range_units: z.object({ lo: z.number(), hi: z.number() }).nullable(),
  carbs_g: z.number(),
  glucose_mg_dl: z.number().nullable(),
  glucose_source: z.enum(['cgm', 'entered']).nullable(),
  iob_u: z.number(),
});
export type PastSuggestion = z.infer<typeof PastSuggestion>;

export const dosingProcedures = {
  /** The glucose forecast of `tend forecast` at one time (default now). */
  'diabetes.forecast': procedure(
    z.object({
      subject_id: SubjectId,
      at: IsoTime.optional(),
      horizon_min: z.coerce.number().int().min(5).max(120).default(60),
      method: z.enum(['auto', 'model', 'trend']).default('auto'),
    }),
    Forecast,
    on('read'),
  ),
  /** Whether the forecast is calibrated to this person, and how their last calibration attempt went. */
  'diabetes.forecast.calibration': procedure(z.object({ subject_id: SubjectId }), ForecastCalibrationStatus, on('read')),
  /** Tries a calibration now from their stored data (it also runs in the background, at most daily). */
  'diabetes.forecast.calibrate': procedure(z.object({ subject_id: SubjectId }), ForecastCalibrationStatus, on('write')),
  /** Forgets the person's calibration: the forecast goes back to the model as trained until a new one is kept. */
  'diabetes.forecast.calibration.reset': procedure(z.object({ subject_id: SubjectId }), ForecastCalibrationStatus, on('write')),
  'diabetes.dosing.get': procedure(z.object({ subject_id: SubjectId }), DosingStatus, on('read')),
  /** Replaces the person's insulin settings (write grant); audited with who set them. */
  'diabetes.dosing.put': procedure(z.object({ subject_id: SubjectId, settings: DosingSettingsPut }), DosingStatus, on('write')),
  /** Forgets them: no dose is suggested until they are entered again. */
  'diabetes.dosing.clear': procedure(z.object({ subject_id: SubjectId }), DosingStatus, on('write')),
  /** A bolus suggestion from the person's own settings (422 until they are entered); audited. */
  'diabetes.dose': procedure(DoseRequest, DoseSuggestion, on('read')),
  /** The suggestions made for this person, newest first (read grant). */
  'diabetes.dose.history': procedure(
    z.object({ subject_id: SubjectId, limit: z.coerce.number().int().min(1).max(200).default(20) }),
    z.object({ items: z.array(PastSuggestion) }),
    on('read'),
  ),
} as const;
