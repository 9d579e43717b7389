import { z } from 'zod';
import { on } from './access';
import { Ok, procedure } from './define';
import { IsoTime } from './observations';
import { FixedUtcOffset, RequestTimeZone } from './zone';

/**
 * Tremor procedures (issue 7): motion upload, the day's "shake by minute", the medication
 * log and its response, and the progression trend. Shapes mirror core/tremor/medication.ts
 * and core/tremor/progression.ts; times are ISO 8601 `Z` on the way out.
 */

/** Local date YYYY-MM-DD. */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' });
/**
 * The viewer's clock, which local days, the heat-strip's minutes and hours and the trend's
 * days follow: `time_zone` (IANA; each instant at its own offset, so the day the clocks
 * change has 23 or 25 hours), or for callers from before zones `utc_offset_min`, one fixed
 * clock (minutes east of UTC: 60 for CET, −300 for EST). With neither, the caller's saved
 * zone (`auth.me` `time_zone`), else UTC.
 */
const ViewerClock = { time_zone: RequestTimeZone.optional(), utc_offset_min: FixedUtcOffset.optional() };

/** At most this many samples per axis in one `tremor.upload` (10 min at 100 Hz … 200,000). */
export const MAX_UPLOAD_SAMPLES = 200_000;
/** CSV text per `tremor.upload` call, characters: the hub's body limit is 8 MB, so the app sends a day in pieces. */
export const MAX_UPLOAD_CSV = 7 * 1024 * 1024;
/**
 * Base64 of an Axivity .cwa / GENEActiv .bin piece per `tremor.upload` call, characters (6 MB:
 * about 4.5 MB of file, under the hub's 8 MB body limit). The app sends a large file in pieces,
 * each the file's header followed by whole blocks (.cwa) or whole pages (.bin).
 */
export const MAX_UPLOAD_FILE_BASE64 = 6 * 1024 * 1024;

export const TremorUploadInput = z
  .object({
    subject_id: z.string().min(1),
    device_id: z.string().min(1).optional(),
    /**
     * CSV `t,x,y,z` as `tend tremor` reads it (t in seconds; m/s² or g). t is taken as Unix
     * seconds when ≥ 1e9, otherwise as seconds from `start`.
     */
    csv: z.string().max(MAX_UPLOAD_CSV).optional(),
    /**
     * An Axivity .cwa or GENEActiv .bin file (or a piece of one: its header, then whole blocks or
     * pages), base64. The format is told by content; times, rate and units come from the file.
     */
    file_base64: z.string().max(MAX_UPLOAD_FILE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' }).optional(),
    /** Wall time of t = 0 in the CSV. */
    start: IsoTime.optional(),
    /** Sampling rate, Hz (CSV: inferred from t when absent). */
    rate_hz: z.number().min(20).max(2000).optional(),
    unit: z.enum(['m/s2', 'g', 'auto']).default('auto'),
    /** Uniform samples from `t0` at `rate_hz`, m/s² (or g with unit 'g'). */
    samples: z
      .object({
        t0: IsoTime,
        x: z.array(z.number()).max(MAX_UPLOAD_SAMPLES),
        y: z.array(z.number()).max(MAX_UPLOAD_SAMPLES),
        z: z.array(z.number()).max(MAX_UPLOAD_SAMPLES),
      })
      .optional(),
    /**
     * false while more pieces of the same recording follow: the trailing minute then waits
     * for the next piece before its observations are written. Default true.
     */
    final: z.boolean().default(true),
  })
  .refine((a) => [a.csv, a.samples, a.file_base64].filter((v) => v !== undefined).length === 1, { message: 'give one of csv, samples or file_base64', path: ['csv'] });

export const TremorUploadOutput = z.object({
  /** Samples received (per axis). */
  samples: z.number(),
  /** Samples newly stored (those overlapping stored chunks are not stored again). */
  stored_samples: z.number(),
  chunks: z.number(),
  duplicate_chunks: z.number(),
  rate_hz: z.number(),
  from: z.string(),
  to: z.string(),
  /** Seconds analysed. */
  seconds: z.number(),
  /** Minutes touched, and of them those with tremor ≥ 50 % of the minute. */
  minutes: z.number(),
  tremor_minutes: z.number(),
  /** tremor_percent + tremor_magnitude observations written / already there. */
  observations: z.object({ accepted: z.number(), duplicates: z.number() }),
  /** file_base64 only: what the file was and the problems survived (a bad block skipped, a cut last page). */
  file: z.object({ format: z.enum(['cwa', 'geneactiv-bin']), device: z.string(), warnings: z.array(z.string()) }).optional(),
});
export type TremorUploadOutput = z.infer<typeof TremorUploadOutput>;

/** One minute of the day's "shake by minute". */
export const TremorMinuteRow = z.object({
  /**
   * Minutes since the local day's midnight: 0–1439, or up to 1379 / 1499 on the day the
   * clocks go forward / back (`minutes_in_day`). The wall clock is `clock`.
   */
  minute: z.number(),
  /** HH:MM on the wall clock (the repeated hour of an autumn change shows twice). */
  clock: z.string(),
  t: z.string(),
  /** 0–100. */
  tremor_percent: z.number(),
  /** Hz; null when the minute has no tremor second. */
  dominant_hz: z.number().nullable(),
  /** RMS acceleration in 3–10 Hz over the tremor seconds, m/s² (3.5–7.5 Hz before tremor detector v2). */
  magnitude: z.number(),
  /** Percent of the minute in voluntary movement. */
  active_percent: z.number(),
  seconds: z.number(),
});
export type TremorMinuteRow = z.infer<typeof TremorMinuteRow>;

export const Dose = z.object({ id: z.string(), t: z.string(), drug: z.string(), dose_mg: z.number().nullable() });
export type Dose = z.infer<typeof Dose>;

/**
 * One wall-clock hour of the local day on one offset, in order: a row from each time the
 * clock shows hh:00 (and from each change of offset) to the next. 24 of them; 23 on the day
 * the clocks go forward an hour (the skipped hour has none), 25 on the day they go back (the
 * repeated hour twice, each labelled with its offset). Where the clock moves 30 minutes
 * (Australia/Lord_Howe) the hour it lands in is a row of 30 minutes going forward, and going
 * back the repeated half hour is a second row of that hour, labelled with its offset as a
 * repeated hour is ("01:00 (UTC+10:30)", 30 minutes). Labels are always on the hour.
 */
export const TremorHourRow = z.object({
  /** Position of the row in the day, from 0 (the elapsed hour since midnight on a day without a change). */
  index: z.number(),
  /** Start, ISO `Z`. */
  t: z.string(),
  /** "01:00", or "01:00 (UTC−04:00)" / "01:00 (UTC−05:00)" for a repeated hour. */
  label: z.string(),
  /** Minutes east of UTC during this hour. */
  utc_offset_min: z.number(),
  /** Elapsed minutes the row lasts: 60, or 30 for the half hour of a 30-minute change. */
  minutes: z.number(),
  recorded_minutes: z.number(),
  tremor_minutes: z.number(),
  /** Mean tremor_percent over its recorded minutes; null when none. */
  tremor_percent: z.number().nullable(),
  /** Ids of the doses taken in this hour. */
  doses: z.array(z.string()),
});
export type TremorHourRow = z.infer<typeof TremorHourRow>;

export const TremorDayOutput = z.object({
  date: z.string(),
  /** The zone the day was read in; null for a fixed `utc_offset_min` clock. */
  time_zone: z.string().nullable(),
  /** Minutes east of UTC at the day's midnight (a day with a change has two: see `hours`). */
  utc_offset_min: z.number(),
  from: z.string(),
  to: z.string(),
  /** 1440, or 1380 / 1500 on the day the clocks go forward / back. */
  minutes_in_day: z.number(),
  minutes: z.array(TremorMinuteRow),
  hours: z.array(TremorHourRow),
  doses: z.array(Dose),
  summary: z.object({
    /** Minutes with data. */
    recorded_minutes: z.number(),
    /** Minutes with tremor ≥ 50 % of the time. */
    tremor_minutes: z.number(),
    /** Mean tremor_percent over recorded minutes. */
    tremor_percent: z.number().nullable(),
    /** Median dominant frequency over minutes with tremor, Hz. */
    dominant_hz: z.number().nullable(),
    /** Median magnitude over minutes with tremor, m/s². */
    magnitude: z.number().nullable(),
    /** Mean tremor load over recorded minutes (tremor_percent/100 × magnitude), m/s². */
    load: z.number().nullable(),
  }),
});
export type TremorDayOutput = z.infer<typeof TremorDayOutput>;

const Window = z.object({ from: z.string(), to: z.string(), minutes: z.number(), mean: z.number() });
const ResponseDirection = z.enum(['improved', 'worse', 'no clear change', 'insufficient data']);
export const DoseResponse = z.object({
  dose: z.object({ t: z.string(), drug: z.string(), id: z.string().optional() }),
  metric: z.enum(['load', 'tremor_percent', 'magnitude']),
  before: Window,
  after: Window,
  change: z.number(),
  relative_change: z.number().nullable(),
  relative_change_ci95: z.tuple([z.number(), z.number()]).nullable(),
  p_value: z.number(),
  confidence: z.number(),
  direction: ResponseDirection,
  onset_min: z.number().nullable(),
  benefit_end_min: z.number().nullable(),
  duration_min: z.number().nullable(),
  wearing_off: z.boolean(),
  wearing_off_lead_min: z.number().nullable(),
});
export type DoseResponse = z.infer<typeof DoseResponse>;
export const MedicationOverview = z.object({
  doses: z.number(),
  improved: z.number(),
  worse: z.number(),
  no_clear_change: z.number(),
  insufficient_data: z.number(),
  typical_onset_min: z.number().nullable(),
  typical_duration_min: z.number().nullable(),
  median_relative_change: z.number().nullable(),
  wearing_off_doses: z.number(),
  overall_relative_change: z.number().nullable(),
  overall_p_value: z.number().nullable(),
  overall_direction: ResponseDirection,
});
/** The tremor load series the response was computed on (15-min smoothed), for the chart. */
export const LoadPoint = z.object({ t: z.string(), load: z.number().nullable() });
export const TremorResponseOutput = z.object({
  /** The zone times were read in; null for a fixed clock. */
  time_zone: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  responses: z.array(DoseResponse),
  overview: MedicationOverview,
  series: z.array(LoadPoint),
});
export type TremorResponseOutput = z.infer<typeof TremorResponseOutput>;

const DailyTremor = z.object({ date: z.string(), day: z.number(), minutes: z.number(), tremor_percent: z.number(), magnitude: z.number(), load: z.number() });
/** The next 4 weeks extrapolated from the trend (core/tremor/README.md "Outlook"); not a clinical prediction. */
export const TremorOutlook = z.object({
  horizon_days: z.number(),
  expected_change: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
});
export const TremorTrend = z.object({
  metric: z.enum(['tremor_percent', 'magnitude', 'load']),
  days: z.number(),
  /** Days a trend needs. */
  min_days: z.number(),
  /** Minutes of wear a day needs to count. */
  min_minutes_per_day: z.number(),
  /** Days worn, but too briefly to count. */
  short_days: z.number(),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
  slope_per_week: z.number(),
  ci_low: z.number(),
  ci_high: z.number(),
  level: z.number(),
  intercept: z.number(),
  direction: z.enum(['better', 'worse', 'no clear change', 'insufficient data']),
  outlook: TremorOutlook.nullable(),
  daily: z.array(DailyTremor),
});
export const TremorProgressionOutput = z.object({
  /** The zone the days were counted in; null for a fixed clock. */
  time_zone: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  trend: TremorTrend,
  /** Weeks (from the first day) with their mean of the metric. */
  weekly: z.array(z.object({ week_start: z.string(), days: z.number(), mean: z.number() })),
});
export type TremorProgressionOutput = z.infer<typeof TremorProgressionOutput>;

/**
 * Per-person tremor settings, kept under `settings.tremor` of the subject (issue 18).
 * `raw_retention_days`: days the raw wrist samples (`motion_chunks`, about 8 MB a day of wear
 * at 100 Hz) are kept; older ones are deleted within the hour. 0 keeps none once their
 * minutes are analysed (the last 2 minutes a device sent stay, so the next piece continues
 * the analysis). The per-minute tremor (the heat-strip, doses, trend, reports) is never deleted.
 *
 * (A per-minute result row stays for good; only its per-second detail ages out, below.)
 */
export const DEFAULT_RAW_RETENTION_DAYS = 30;
export const RawRetentionDays = z.number().int().min(0).max(3650);
/**
 * `detail_retention_days`: days each minute's per-second detail (`tremor_minutes.features`
 * and `flags`, about 1.5 MB a day of wear) is kept. It only serves to complete a minute
 * whose seconds arrive in two pieces; no screen, report or export reads it. Past it the
 * detail is emptied by the same hourly sweep and the minute is closed: its results stay
 * as they are and a late piece of that minute no longer changes them. Never sooner than
 * the raw samples go (the larger of the two settings applies).
 */
export const DEFAULT_DETAIL_RETENTION_DAYS = 365;
export const DetailRetentionDays = z.number().int().min(1).max(3650);
export const TremorSettings = z.object({
  raw_retention_days: RawRetentionDays.default(DEFAULT_RAW_RETENTION_DAYS),
  detail_retention_days: DetailRetentionDays.default(DEFAULT_DETAIL_RETENTION_DAYS),
});
export type TremorSettings = z.infer<typeof TremorSettings>;
export const TremorSettingsPatch = z.object({ raw_retention_days: RawRetentionDays, detail_retention_days: DetailRetentionDays }).partial().strict();

const Subject = { subject_id: z.string().min(1) };
const Range = { from: IsoTime.optional(), to: IsoTime.optional() };

export const tremorProcedures = {
  'tremor.upload': procedure(TremorUploadInput, TremorUploadOutput, on('write')),
  'tremor.settings.get': procedure(z.object(Subject), TremorSettings, on('read')),
  /** Merges into the stored settings; owner, caregiver or clinician (a viewer only reads them). */
  'tremor.settings.put': procedure(z.object({ ...Subject, settings: TremorSettingsPatch }), TremorSettings, on('write')),
  'tremor.day': procedure(z.object({ ...Subject, date: LocalDate, ...ViewerClock }), TremorDayOutput, on('read')),
  'tremor.doses.list': procedure(z.object({ ...Subject, ...Range, limit: z.number().int().min(1).max(5000).default(500) }), z.object({ items: z.array(Dose) }), on('read')),
  'tremor.doses.create': procedure(
    z.object({ ...Subject, id: z.string().min(1).max(64).optional(), t: IsoTime, drug: z.string().trim().min(1).max(200), dose_mg: z.number().min(0).max(10_000).optional() }),
    Dose,
    on('write'),
  ),
  'tremor.doses.update': procedure(
    z.object({ ...Subject, id: z.string().min(1), t: IsoTime.optional(), drug: z.string().trim().min(1).max(200).optional(), dose_mg: z.number().min(0).max(10_000).nullable().optional() }),
    Dose,
    on('write'),
  ),
  'tremor.doses.delete': procedure(z.object({ ...Subject, id: z.string().min(1) }), Ok, on('write')),
  /** Per-dose response: a local `date`, or a from/to range (at most 31 days). */
  'tremor.response': procedure(
    z.object({
      ...Subject,
      date: LocalDate.optional(),
      ...Range,
      ...ViewerClock,
      before_min: z.number().int().min(10).max(240).default(60),
      after_from_min: z.number().int().min(0).max(240).default(30),
      after_to_min: z.number().int().min(20).max(480).default(120),
    }),
    TremorResponseOutput,
    on('read'),
  ),
  /** Daily summary and the Theil–Sen trend over a range (default: the 12 weeks up to the newest data). */
  'tremor.progression': procedure(
    z.object({ ...Subject, ...Range, ...ViewerClock, metric: z.enum(['tremor_percent', 'magnitude', 'load']).default('tremor_percent') }),
    TremorProgressionOutput,
    on('read'),
  ),
} as const;
