import { z } from 'zod';
import { METRIC_CODES, isMetricCode } from './metrics';
import { jsonTooDeep } from './json-depth';
import { IsoTime, ObservationInput, Observation, TimeZone } from './observations';

/** Shapes of the health record as the API returns them (contract section 2). */

export const Email = z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an e-mail address' }));

export const User = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type User = z.infer<typeof User>;

/** The domain of this machine's own accounts (whoever runs the CLI or the desktop app): never registered over the hub. */
export const LOCAL_EMAIL_DOMAIN = '@local.tend';
export const RegisterInput = z.object({
  // Else a stranger on a hub could register root@local.tend before the machine's own user
  // first runs the CLI, and everything the CLI stored would be written as the stranger.
  email: Email.refine((e) => !e.toLowerCase().endsWith(LOCAL_EMAIL_DOMAIN), { message: `addresses ending ${LOCAL_EMAIL_DOMAIN} belong to this machine's own accounts and cannot be registered` }),
  password: z.string().min(8, { message: 'password must be at least 8 characters' }).max(1024),
  name: z.string().trim().min(1).max(200),
});
export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(1024) });
export const PasswordChange = z.object({
  current_password: z.string().min(1).max(1024),
  new_password: z.string().min(8, { message: 'password must be at least 8 characters' }).max(1024),
});
/** How glucose is shown and typed; stored values are always mg/dL (contract: units). */
export const GlucoseUnit = z.enum(['mg/dL', 'mmol/L']);
/**
 * The signed-in person's own account (`auth.me`). `time_zone` and `glucose_unit` are null
 * until they choose: then the computer's zone and mg/dL (or what that computer shows).
 */
export const Profile = User.extend({ time_zone: z.string().nullable(), glucose_unit: GlucoseUnit.nullable() });
export type Profile = z.infer<typeof Profile>;
/**
 * What `auth.update` (PUT /api/auth/me) changes; a field left out stays as it is,
 * `null` clears a zone or unit. A new e-mail needs the current password, as a new password does.
 */
export const ProfileUpdate = z
  .strictObject({
    name: z.string().trim().min(1, { message: 'name must not be empty' }).max(200).optional(),
    email: Email.optional(),
    current_password: z.string().min(1).max(1024).optional(),
    time_zone: TimeZone.nullable().optional(),
    glucose_unit: GlucoseUnit.nullable().optional(),
  });
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;
export const LoginOutput = z.object({ access_token: z.string(), token_type: z.literal('bearer'), expires_in: z.number(), user: User });
export type LoginOutput = z.infer<typeof LoginOutput>;

export const SubjectKind = z.enum(['diabetes', 'baby', 'parkinson', 'general']);
export type SubjectKind = z.infer<typeof SubjectKind>;
export const Role = z.enum(['owner', 'caregiver', 'clinician', 'viewer']);
export type Role = z.infer<typeof Role>;

export const Settings = z.record(z.string(), z.unknown());

/** Most characters a free-form JSON blob (settings, an event's data) may take, serialized. */
export const MAX_BLOB_CHARS = 16 * 1024;
/** Deepest nesting of such a blob: settings are a few named groups of values. */
export const MAX_BLOB_DEPTH = 8;

/**
 * A free-form JSON object as a client may store it: names of 1–100 characters, at most
 * {@link MAX_BLOB_CHARS} characters serialized and {@link MAX_BLOB_DEPTH} levels deep, so
 * one caller cannot park megabytes in a row every screen reads back.
 */
export const JsonBlob = z.record(z.string().min(1, { message: 'names must not be empty' }).max(100, { message: 'names are at most 100 characters' }), z.unknown()).superRefine((v, ctx) => {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    text = undefined;
  }
  if (text === undefined) ctx.addIssue({ code: 'custom', message: 'must be plain JSON' });
  else if (text.length > MAX_BLOB_CHARS) ctx.addIssue({ code: 'custom', message: `is ${text.length} characters as JSON; at most ${MAX_BLOB_CHARS}` });
  else if (jsonTooDeep(text, MAX_BLOB_DEPTH)) ctx.addIssue({ code: 'custom', message: `is nested deeper than ${MAX_BLOB_DEPTH} levels` });
});

/**
 * Settings as a person edit sends them. The insulin settings are not among them: they go
 * through `diabetes.dosing.put`, which checks every value and records who set them.
 */
const EditableSettings = JsonBlob.refine((v) => !('dosing' in v), {
  message: 'settings.dosing is set through PUT /api/subjects/:id/dosing, which checks every value',
  path: ['dosing'],
});
export const BirthDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' });

export const Subject = z.object({
  id: z.string(),
  name: z.string(),
  kind: SubjectKind,
  birth_date: z.string().nullable(),
  settings: Settings,
  role: Role,
  created_at: z.string(),
});
export type Subject = z.infer<typeof Subject>;
export const SubjectCreate = z.object({
  name: z.string().trim().min(1).max(200),
  kind: SubjectKind.default('general'),
  birth_date: BirthDate.nullable().optional(),
  settings: EditableSettings.optional(),
  /** One of the caller's threshold templates (api/templates.ts), applied as the person is created. */
  template_id: z.string().min(1).optional(),
});
export const SubjectPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  kind: SubjectKind.optional(),
  birth_date: BirthDate.nullable().optional(),
  settings: EditableSettings.optional(),
});
export const SubjectRef = z.object({ subject_id: z.string().min(1) });

export const GrantInput = z.object({ subject_id: z.string(), email: Email, role: z.enum(['caregiver', 'clinician', 'viewer']) });
export const Grant = z.object({ subject_id: z.string(), user: User, role: Role });
export type Grant = z.infer<typeof Grant>;

/** `advert`: a sensor that only broadcasts (BTHome, pvvx/ATC, Govee), adopted without pairing; its bind key, if any, in `settings.bind_key`. */
export const DeviceTransport = z.enum(['ble', 'serial', 'ws', 'http', 'demo', 'import', 'dexcom', 'advert']);
export const Device = z.object({
  id: z.string(),
  subject_id: z.string(),
  name: z.string(),
  kind: z.string(),
  transport: DeviceTransport,
  address: z.string(),
  settings: Settings,
  battery: z.number().nullable(),
  last_seen_at: z.string().nullable(),
});
export type Device = z.infer<typeof Device>;
export const DeviceCreate = z.object({
  subject_id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  kind: z.string().trim().min(1).max(100),
  transport: DeviceTransport,
  address: z.string().max(500).default(''),
  settings: JsonBlob.optional(),
}).superRefine((d, ctx) => {
  // A broadcasting sensor is known only by its address, and an encrypted one cannot be
  // read without its key: refuse what could never match or decrypt, naming the field.
  if (d.transport !== 'advert') return;
  if (!/^[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}$/.test(d.address)) ctx.addIssue({ code: 'custom', path: ['address'], message: 'a broadcasting sensor needs its Bluetooth address, like A4:C1:38:8D:18:B2' });
  const key = d.settings?.bind_key;
  if (key !== undefined && (typeof key !== 'string' || !/^[0-9A-Fa-f]{32}$/.test(key))) ctx.addIssue({ code: 'custom', path: ['settings', 'bind_key'], message: 'a BTHome bind key is 32 hex digits' });
});
export const DevicePatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  kind: z.string().trim().min(1).max(100).optional(),
  address: z.string().max(500).optional(),
  subject_id: z.string().min(1).optional(),
  settings: JsonBlob.optional(),
});

export const MAX_BATCH = 10_000;
export const IngestInput = z.object({
  subject_id: z.string().min(1),
  items: z.array(z.unknown()).max(MAX_BATCH, { message: `at most ${MAX_BATCH} observations per call` }),
});
export const IngestOutput = z.object({ accepted: z.number(), duplicates: z.number(), alerts: z.array(z.unknown()) });
export type IngestOutput = z.infer<typeof IngestOutput>;
export { ObservationInput, Observation, IsoTime };

const intString = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
export const ObservationQuery = z.object({
  subject_id: z.string().min(1),
  metric: z.string().optional(),
  from: IsoTime.optional(),
  to: IsoTime.optional(),
  limit: intString(1, 1000).default(100),
  cursor: z.string().optional(),
});
export const ObservationPage = z.object({ items: z.array(Observation), next_cursor: z.string().nullable() });
/** The newest reading of each metric a subject has (`metrics`: only those). */
export const LatestQuery = z.object({
  subject_id: z.string().min(1),
  metrics: z.array(z.string().min(1).max(64)).min(1).max(64).optional(),
});
export const LatestValues = z.object({ items: z.array(Observation) });

export const Interval = z.string().regex(/^\d+[mhdw]$/, { message: 'interval must look like 5m, 1h, 6h, 1d or 1w' });
export const TimeseriesQuery = z.object({
  subject_id: z.string().min(1),
  metric: z.string().min(1),
  interval: Interval,
  from: IsoTime.optional(),
  to: IsoTime.optional(),
});
export const Bucket = z.object({ t: z.string(), avg: z.number(), min: z.number(), max: z.number(), count: z.number() });
export const StatsQuery = z.object({ subject_id: z.string().min(1), metric: z.string().min(1), from: IsoTime.optional(), to: IsoTime.optional() });
export const Stats = z.object({
  count: z.number(),
  avg: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  latest: z.object({ t: z.string(), value: z.number() }).nullable(),
});

export const EventType = z.enum(['meal', 'insulin', 'activity', 'medication', 'note', 'checkin', 'calibration']);
export type EventType = z.infer<typeof EventType>;
/** Typed `data` per event type: validated at the edge so the charts can trust it. */
export const EventData = {
  // Loose objects: importers add provenance (`source`) and device-specific keys we keep.
  meal: z.looseObject({
    carbs_g: z.number().min(0).max(500).optional(),
    description: z.string().max(500).optional(),
    /** Minutes this meal's carbohydrate takes to be absorbed (dose suggestion's carbs on board); the person's default when absent. */
    absorption_min: z.number({ message: 'absorption_min must be 15–480 minutes' }).min(15, { message: 'absorption_min must be 15–480 minutes' }).max(480, { message: 'absorption_min must be 15–480 minutes' }).optional(),
  }),
  insulin: z.looseObject({ units: z.number().positive().max(100), kind: z.enum(['bolus', 'basal']).default('bolus'), insulin: z.string().max(100).optional() }),
  activity: z.looseObject({ kind: z.string().max(100).optional(), duration_min: z.number().min(0).max(1440).optional(), intensity: z.string().max(50).optional() }),
  medication: z.looseObject({ drug: z.string().min(1).max(200), dose_mg: z.number().min(0).max(10000).optional() }),
  note: z.looseObject({ text: z.string().min(1).max(5000) }),
  checkin: z.looseObject({
    temperature: z.number().min(25).max(45).optional(),
    humidity: z.number().min(0).max(100).optional(),
    note: z.string().max(5000).optional(),
    cry_detected: z.boolean().optional(),
    sick_detected: z.boolean().optional(),
  }),
  calibration: z.looseObject({ value: z.number(), unit: z.string() }),
} satisfies Record<EventType, z.ZodType>;
export const EventInput = z.object({
  id: z.string().min(1).max(64).optional(),
  type: EventType,
  t: IsoTime,
  data: JsonBlob.default({}),
});
export const Event = z.object({ id: z.string(), subject_id: z.string(), type: EventType, t: z.string(), data: z.record(z.string(), z.unknown()) });
export type Event = z.infer<typeof Event>;
export const EventQuery = z.object({
  subject_id: z.string().min(1),
  type: EventType.optional(),
  from: IsoTime.optional(),
  to: IsoTime.optional(),
  limit: intString(1, 1000).default(100),
});

export const Priority = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof Priority>;
export const Threshold = z.object({
  metric: z.string().min(1),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  priority: Priority,
  sustain_min: z.number().int().min(0).max(1440).optional(),
});
export type Threshold = z.infer<typeof Threshold>;
/** A threshold as a person sets it: only a metric of the catalogue (api/metrics.ts) can be watched. */
export const ThresholdInput = Threshold.extend({
  metric: z.string().min(1).max(64).refine(isMetricCode, { message: `unknown metric (use one of ${METRIC_CODES.join(', ')})` }),
});
export const ThresholdsPut = z.object({ subject_id: z.string().min(1), thresholds: z.array(ThresholdInput).max(200) });

export const AlertState = z.enum(['open', 'acknowledged', 'resolved']);
export const Alert = z.object({
  id: z.string(),
  subject_id: z.string(),
  kind: z.string(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  priority: Priority,
  state: AlertState,
  message: z.string(),
  raised_at: z.string(),
  acknowledged_at: z.string().nullable(),
  acknowledged_by: z.string().nullable(),
  resolved_at: z.string().nullable(),
  /**
   * When the condition behind a latched alert ended (IEC 60601-1-8 latching, issue 15):
   * the alert stays open, and sounding, until someone acknowledges it; acknowledging it
   * then closes it. Null while the condition holds (or returned). Always present in the
   * hub's answers; optional only so peers and fixtures from before it still parse.
   */
  condition_ended_at: z.string().nullable().optional(),
});
export type Alert = z.infer<typeof Alert>;
export const AlertQuery = z.object({
  state: z.enum(['open', 'acknowledged', 'resolved', 'all']).default('open'),
  subject_id: z.string().optional(),
  priority: Priority.optional(),
  /** Only alerts raised at or after this time. */
  from: IsoTime.optional(),
  /** Only alerts raised before this time. */
  to: IsoTime.optional(),
  limit: intString(1, 1000).default(200),
});
