import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { IsoTime, TimeZone } from './observations';
import { Subject } from './schemas';
import { ImportText } from './staged-text';

export const AgpRow = z.object({ hour: z.number(), p5: z.number().nullable(), p25: z.number().nullable(), p50: z.number().nullable(), p75: z.number().nullable(), p95: z.number().nullable() });
const num = z.number().nullable();
/** One local day of CGM: readings, sensor time, time in ranges, GRI and its zone (Klonoff 2022). */
export const DailyRow = z.object({
  date: z.string(),
  n: z.number(),
  active_percent: z.number(),
  in_range_70_180: num,
  below_70: num,
  above_180: num,
  gri: num,
  gri_zone: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
});
export type DailyRow = z.infer<typeof DailyRow>;
/** Contract section 3: CGM metrics over a window, percentages of readings. */
export const CgmMetrics = z.object({
  from: z.string(),
  to: z.string(),
  n: z.number(),
  days: z.number(),
  active_percent: z.number(),
  mean: num, sd: num, cv: num, gmi: num,
  below_54: num, below_70: num, in_range_70_180: num, above_180: num, above_250: num,
  gri: num, lbgi: num, hbgi: num, mage: num, modd: num, conga: num, j_index: num,
  median: num, q25: num, q75: num,
  agp: z.array(AgpRow),
  /**
   * A day at a glance: one row per local day of the window (the AGP's zone; at most the last
   * 366), oldest first, with the Glycemia Risk Index and its zone A (lowest risk) to E.
   */
  daily: z.array(DailyRow).default([]),
});
export type CgmMetrics = z.infer<typeof CgmMetrics>;

export const ImportFormatName = z.enum(['auto', 'dexcom-clarity', 'libreview', 'nightscout', 'tend-csv', 'fhir']);
export const ImportSummary = z.object({
  imported: z.number(),
  duplicates: z.number(),
  skipped: z.number(),
  format: z.string(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
  /** Why records were skipped: one row per reason, most frequent first, with up to five example lines. */
  skip_reasons: z.array(z.object({ reason: z.string(), count: z.number(), lines: z.array(z.number()) })).default([]),
});

/** Dexcom's data arrive 1–3 hours late: the UI shows this next to the connection. */
export const DEXCOM_NOTICE =
  'Dexcom shares data with other apps 1–3 hours after they are measured. They fill your history, the AGP and reports; they never drive live alerts. For live alerts, connect a sensor directly.';

export const DexcomRegion = z.enum(['sandbox', 'us', 'eu', 'jp']);
/** Where a subject's Dexcom connection stands. Secrets never leave the core. */
export const DexcomStatus = z.object({
  /** The user's own Dexcom developer app is entered (kept encrypted). */
  configured: z.boolean(),
  /** The first and last characters of the client id, to recognise it. */
  client_id_hint: z.string().nullable(),
  region: DexcomRegion.nullable(),
  redirect_uri: z.string().nullable(),
  /** OAuth tokens are held (encrypted). */
  connected: z.boolean(),
  /** A sign-in is waiting for the browser to come back. */
  connecting: z.object({ login_url: z.string(), started_at: z.string() }).nullable(),
  syncing: z.boolean(),
  /** When the last sync pass finished, and up to when readings are in. */
  last_sync_at: z.string().nullable(),
  synced_until: z.string().nullable(),
  last_result: z.object({ readings: z.number(), events: z.number(), duplicates: z.number() }).nullable(),
  last_error: z.string().nullable(),
  notice: z.string(),
});
export type DexcomStatus = z.infer<typeof DexcomStatus>;
export const DexcomSyncSummary = z.object({
  /** Glucose readings newly stored, and records already held. */
  readings: z.number(),
  events: z.number(),
  duplicates: z.number(),
  skipped: z.number(),
  /** 30-day windows fetched. */
  windows: z.number(),
  synced_until: z.string().nullable(),
  last_sync_at: z.string(),
  devices: z.array(z.string()),
});
export type DexcomSyncSummary = z.infer<typeof DexcomSyncSummary>;

/** The simulator's 30 public virtual patients (simglucose's academic set); a test keeps this in step with the parameter files. */
export const SIM_PATIENTS = (['adolescent', 'adult', 'child'] as const).flatMap((g) => Array.from({ length: 10 }, (_, i) => `${g}#${String(i + 1).padStart(3, '0')}`));
export const SIM_SENSORS = ['Dexcom', 'GuardianRT', 'Navigator'] as const;
/** Longest virtual history the app creates in one go: the 14 days an AGP report wants. */
export const MAX_APP_SIM_DAYS = 14;

export const SimulatedPerson = z.object({
  subject: Subject,
  readings: z.number().int(),
  meals: z.number().int(),
  insulin: z.number().int(),
  patient: z.string(),
  sensor: z.string(),
  seed: z.number().int(),
  from: z.string(),
  to: z.string(),
});
export type SimulatedPerson = z.infer<typeof SimulatedPerson>;

export const diabetesProcedures = {
  /**
   * "Try Tend with a virtual patient": a new person (never someone already watched, so
   * no real record is mixed with simulated data) with the simulator's CGM readings,
   * meals and insulin for the days up to today 00:00 UTC, as `tend simulate diabetes`.
   */
  'diabetes.simulate': procedure(
    z.object({
      name: z.string().trim().min(1).max(200).optional(),
      patient: z.enum(SIM_PATIENTS as [string, ...string[]]),
      days: z.number().int().min(1).max(MAX_APP_SIM_DAYS).default(MAX_APP_SIM_DAYS),
      seed: z.number().int().min(0).max(0xffffffff).default(1),
      sensor: z.enum(SIM_SENSORS).default('Dexcom'),
    }),
    SimulatedPerson,
    'signed_in',
  ),
  'diabetes.metrics': procedure(
    z.object({
      subject_id: z.string().min(1), from: IsoTime.optional(), to: IsoTime.optional(), time_zone: TimeZone.optional(),
      /** MAGE by the moving-average algorithm (Fernandes et al. 2022, default) or Service et al. 1970. */
      mage_method: z.enum(['ma', 'service']).optional(),
    }),
    CgmMetrics,
    on('read'),
  ),
  /** A file's text, as dropped on the dashboard (≤ 50 MB; a host may stream it in as a StagedText); idempotent. */
  'imports.text': procedure(
    z.object({
      subject_id: z.string().min(1),
      text: ImportText,
      filename: z.string().max(500).optional(),
      format: ImportFormatName.default('auto'),
      skip_bad_lines: z.boolean().default(false),
      time_zone: TimeZone.optional(),
    }),
    ImportSummary,
    on('write'),
  ),
  'exports.text': procedure(
    z.object({ subject_id: z.string().min(1), format: z.enum(['fhir', 'tend-csv']) }),
    z.object({ filename: z.string(), mime: z.string(), text: z.string() }),
    on('read'),
  ),

  'dexcom.status': procedure(z.object({ subject_id: z.string().min(1) }), DexcomStatus, on('read')),
  /** The user's own Dexcom developer app; stored encrypted, replaces what was there. */
  'dexcom.saveCredentials': procedure(
    z.object({
      subject_id: z.string().min(1),
      client_id: z.string().trim().min(1, { message: 'client id is required' }).max(200),
      client_secret: z.string().trim().min(1, { message: 'client secret is required' }).max(500),
      region: DexcomRegion,
      redirect_uri: z.url({ protocol: /^http$/, message: 'must be a loopback http URL such as http://127.0.0.1:53682/callback' }).optional(),
    }),
    DexcomStatus,
    on('write'),
  ),
  /**
   * Starts the sign-in (OAuth code + PKCE through a loopback redirect) and answers with
   * the login URL once the loopback listener is up. The desktop opens the system
   * browser itself (`opened: true`); from the hub the page opens the URL. Poll
   * `dexcom.status` until `connected`.
   */
  'dexcom.connect': procedure(
    z.object({ subject_id: z.string().min(1), open_browser: z.boolean().optional() }),
    z.object({ login_url: z.string(), opened: z.boolean() }),
    on('write'),
  ),
  /** One incremental sync pass (resumes where the last one stopped). 409 while one runs. */
  'dexcom.sync': procedure(z.object({ subject_id: z.string().min(1) }), DexcomSyncSummary, on('write')),
  /** Forgets the tokens and cursors (and the credentials with `forget_credentials`). Stored readings stay. */
  'dexcom.disconnect': procedure(z.object({ subject_id: z.string().min(1), forget_credentials: z.boolean().default(false) }), DexcomStatus, on('write')),
} as const;
