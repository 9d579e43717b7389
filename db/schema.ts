import { sql } from 'drizzle-orm';
import type { FollowService } from '../api/followers';
import type { Device, EventType, Priority, Role, SubjectKind } from '../api/schemas';
import { sqliteTable, text, integer, real, blob, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The store. Times are integers (epoch milliseconds, UTC) so range scans and bucket
 * arithmetic stay cheap; the API turns them into ISO `Z` strings. JSON columns hold
 * per-kind settings and typed event data validated at the edge (api/).
 * Migrations are generated from this file by drizzle-kit into db/migrations and are
 * numbered; an old migration is never edited.
 */

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  /** scrypt$N$r$p$salt$hash (base64url). */
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  /** IANA zone the person chose (auth.update); NULL: follow the computer's. */
  timeZone: text('time_zone'),
  /** How glucose is shown to them (NULL: not chosen, the computer's display setting); stored values are always mg/dL. */
  glucoseUnit: text('glucose_unit', { enum: ['mg/dL', 'mmol/L'] }),
}, (t) => [uniqueIndex('users_email').on(t.email)]);

export const authTokens = sqliteTable('auth_tokens', {
  /** SHA-256 of the bearer token: a stolen database does not yield live tokens. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  revokedAt: integer('revoked_at'),
  /** The sign-in this token belongs to: the login's token and every renewal share it, so signing out ends them all. */
  sessionId: text('session_id'),
}, (t) => [index('auth_tokens_user').on(t.userId), index('auth_tokens_session').on(t.sessionId)]);

export const subjects = sqliteTable('subjects', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<SubjectKind>().notNull(),
  birthDate: text('birth_date'),
  settings: text('settings').notNull().default('{}'),
  ownerId: text('owner_id').notNull().references(() => users.id),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  /** When the alert thresholds were last replaced (null: never set here); its wall time (sync merges compare `thresholds_hlc`). */
  thresholdsUpdatedAt: integer('thresholds_updated_at'),
  /**
   * When each field was last edited (JSON: `name`, `kind`, `birth_date`, `settings.<part>`
   * → epoch ms; a field not listed dates from `created_at`): sync merges a person field by
   * field, the later edit winning (core/sync/subject-merge.ts), "later" by `field_hlc`.
   */
  fieldStamps: text('field_stamps').notNull().default('{}'),
  /**
   * Hybrid logical clock stamps (core/sync/hlc.ts; set by migration 0017's triggers): of the
   * person's creation, of each field's last edit (same keys as `field_stamps`; a field not
   * listed dates from `hlc`), and of the threshold set's last replacement. Sync merges compare
   * these, not the wall times beside them.
   */
  hlc: text('hlc'),
  fieldHlc: text('field_hlc').notNull().default('{}'),
  thresholdsHlc: text('thresholds_hlc'),
});

export const grants = sqliteTable('grants', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** owner | caregiver | clinician | viewer */
  role: text('role').$type<Role>().notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.subjectId, t.userId] }), index('grants_user').on(t.userId)]);

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  transport: text('transport').$type<Device['transport']>().notNull(),
  address: text('address').notNull().default(''),
  settings: text('settings').notNull().default('{}'),
  battery: real('battery'),
  lastSeenAt: integer('last_seen_at'),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('devices_subject').on(t.subjectId)]);

/**
 * Readings, compact (migration 0021, issue #18): clustered on integer keys (person, metric,
 * t), a client id only where the source gave one ('' otherwise; the reading's id is then
 * `<metric>@<t>`, core/records/observations.ts `derivedId`), created_at as its distance
 * from t. A client id is unique within its person (partial index), so one person's id
 * never collides with, answers for or suppresses another's. Readers use the view
 * `observations` (the old columns: id, subject_id, metric, t, value, device_id, created_at).
 */
export const subjectKeys = sqliteTable('subject_keys', {
  key: integer('key').primaryKey(),
  subjectId: text('subject_id').notNull().unique(),
});
export const metricKeys = sqliteTable('metric_keys', {
  key: integer('key').primaryKey(),
  metric: text('metric').notNull().unique(),
});
export const deviceKeys = sqliteTable('device_keys', {
  key: integer('key').primaryKey(),
  deviceId: text('device_id').notNull().unique(),
});
export const observationRows = sqliteTable('observation_rows', {
  s: integer('s').notNull(),
  m: integer('m').notNull(),
  t: integer('t').notNull(),
  id: text('id').notNull(),
  value: real('value').notNull(),
  d: integer('d'),
  createdAfter: integer('created_after').notNull(),
}, (t) => [primaryKey({ columns: [t.s, t.m, t.t, t.id] })]);

/**
 * The newest reading (greatest t, then id) per person and metric, kept on ingest and
 * recomputed by a trigger when that row is deleted (migration 0014), so "latest values"
 * never sorts a person's history.
 */
export const latestObservations = sqliteTable('latest_observations', {
  subjectId: text('subject_id').notNull(),
  metric: text('metric').notNull(),
  id: text('id').notNull(),
  t: integer('t').notNull(),
  value: real('value').notNull(),
  deviceId: text('device_id'),
}, (t) => [primaryKey({ columns: [t.subjectId, t.metric] })]);

/** One row: bumped by triggers on every change to `grants` (migration 0014), so the stream knows when to re-read who may see whom. */
export const grantsVersion = sqliteTable('grants_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

/**
 * Aggregates maintained on ingest at three levels (5-minute, hourly, daily buckets,
 * aligned to UTC) so `timeseries` over long ranges reads a few hundred rows instead of
 * every raw reading. `level` is the bucket width in minutes; a 5-minute row is kept only
 * for a bucket of more than one reading, or whose readings were deleted (migration 0023,
 * core/records/observations.ts FINE_LEVEL). Keyed by the compact
 * layout's integer person and metric (migration 0021); the view `rollups` shows the old
 * columns (subject_id, metric, level, bucket, count, sum, min, max).
 */
export const rollupRows = sqliteTable('rollup_rows', {
  s: integer('s').notNull(),
  m: integer('m').notNull(),
  level: integer('level').notNull(),
  bucket: integer('bucket').notNull(),
  count: integer('count').notNull(),
  sum: real('sum').notNull(),
  min: real('min').notNull(),
  max: real('max').notNull(),
}, (t) => [primaryKey({ columns: [t.s, t.m, t.level, t.bucket] })]);

/** Keyed by (subject, client id), as observations are: a client id is unique within its person only. */
export const events = sqliteTable('events', {
  id: text('id').notNull(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  type: text('type').$type<EventType>().notNull(),
  t: integer('t').notNull(),
  data: text('data').notNull().default('{}'),
  createdBy: text('created_by'),
  createdAt: integer('created_at').notNull(),
  /** Set when an event is edited (medication log); null = never edited. Its wall time (sync merges compare `hlc`). */
  updatedAt: integer('updated_at'),
  /** Hybrid logical clock stamp of the last insert or edit (core/sync/hlc.ts; set by migration 0017's triggers): what sync merges compare. */
  hlc: text('hlc'),
}, (t) => [primaryKey({ columns: [t.subjectId, t.id] }), index('events_subject_t').on(t.subjectId, t.t)]);

export const thresholds = sqliteTable('thresholds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  metric: text('metric').notNull(),
  min: real('min'),
  max: real('max'),
  priority: text('priority').notNull(),
  /** Minutes the condition must hold before raising (0 = at once). */
  sustainMin: integer('sustain_min').notNull().default(0),
}, (t) => [index('thresholds_subject').on(t.subjectId)]);

export const alerts = sqliteTable('alerts', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  /** Identifies the condition (rule + metric + direction) so one excursion is one alert. */
  ruleKey: text('rule_key').notNull(),
  metric: text('metric'),
  value: real('value'),
  priority: text('priority').$type<Priority>().notNull(),
  /** open | acknowledged | resolved */
  state: text('state').$type<'open' | 'acknowledged' | 'resolved'>().notNull(),
  message: text('message').notNull().default(''),
  raisedAt: integer('raised_at').notNull(),
  acknowledgedAt: integer('acknowledged_at'),
  acknowledgedBy: text('acknowledged_by'),
  resolvedAt: integer('resolved_at'),
  snoozedUntil: integer('snoozed_until'),
  lastNotifiedAt: integer('last_notified_at'),
  // alerts (issue 8): snooze class (family + direction, `glucose:low`), whether it may be
  // snoozed at all (urgent low may not), re-announcements so far, and the rule's inputs
  // and uncertainty (JSON) so every alert says why it was raised.
  snoozeClass: text('snooze_class'),
  snoozable: integer('snoozable').notNull().default(1),
  reannounceCount: integer('reannounce_count').notNull().default(0),
  detail: text('detail').notNull().default('{}'),
  // Latching (issue 15, migration 0009): when a latched alert's condition ended (it stays
  // open until acknowledged), whether it latches, and when its raising install last changed
  // what it says (escalation, condition ended or returned) so sync keeps the later copy.
  conditionEndedAt: integer('condition_ended_at'),
  latching: integer('latching').notNull().default(0),
  updatedAt: integer('updated_at'),
  // Tiered escalation (issue 19, migration 0020): the tier this install last moved it to, as JSON.
  escalation: text('escalation'),
}, (t) => [index('alerts_subject_state').on(t.subjectId, t.state), index('alerts_rule').on(t.subjectId, t.ruleKey)]);

export const audit = sqliteTable('audit', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at').notNull(),
  userId: text('user_id'),
  action: text('action').notNull(),
  subjectId: text('subject_id'),
  detail: text('detail').notNull().default('{}'),
}, (t) => [index('audit_subject_at').on(t.subjectId, t.at)]);

export const kv = sqliteTable('kv', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull().default(sql`0`),
});

// ---------------------------------------------------------------- diabetes: Nightscout and followers

/**
 * A person's Nightscout uploader secret (migration 0011, core/nightscout/secrets.ts): `lookup`
 * (an HMAC of the secret's SHA-1, which uploaders send as `api-secret`) finds the person;
 * `sealed` is the secret itself, sealed with the install's key, so the owner can see it again.
 */
export const nightscoutUploaders = sqliteTable('nightscout_uploaders', {
  subjectId: text('subject_id').primaryKey().references(() => subjects.id, { onDelete: 'cascade' }),
  lookup: text('lookup').notNull(),
  sealed: text('sealed').notNull(),
  createdAt: integer('created_at').notNull(),
  rotatedAt: integer('rotated_at').notNull(),
}, (t) => [uniqueIndex('nightscout_uploaders_lookup').on(t.lookup)]);

/** What a Nightscout entry said beside its glucose reading (trend arrow, noise, uploader), keyed by the observation it became. */
export const nightscoutEntries = sqliteTable('nightscout_entries', {
  observationId: text('observation_id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  direction: text('direction'),
  trend: integer('trend'),
  noise: integer('noise'),
  device: text('device'),
});

/** The latest Nightscout `devicestatus` document per person and uploading device, kept as sent (JSON). */
export const nightscoutDevicestatus = sqliteTable('nightscout_devicestatus', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  device: text('device').notNull(),
  t: integer('t').notNull(),
  doc: text('doc').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.subjectId, t.device] })]);

/**
 * Follow a person's CGM through a vendor's share service (migration 0012, core/followers/):
 * one row per person and service, the password sealed with the install's key, and the
 * poller's state (last success, failures, when to poll next) so a restart resumes its backoff.
 */
export const followers = sqliteTable('followers', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  service: text('service').$type<FollowService>().notNull(),
  username: text('username').notNull(),
  sealedPassword: text('sealed_password').notNull(),
  region: text('region'),
  server: text('server'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  lastSuccessAt: integer('last_success_at'),
  lastReadingAt: integer('last_reading_at'),
  lastError: text('last_error'),
  lastErrorAt: integer('last_error_at'),
  failingSince: integer('failing_since'),
  failures: integer('failures').notNull().default(0),
  nextPollAt: integer('next_poll_at'),
}, (t) => [primaryKey({ columns: [t.subjectId, t.service] })]);

// ---------------------------------------------------------------- diabetes: Dexcom

/**
 * Where the Dexcom sync stands, per subject and record kind (core/dexcom/sync.ts
 * `DexcomSyncCursor`): stored after every 30-day window so a restart resumes at the
 * first window not delivered. Times are ISO 8601 UTC strings, as the cursor holds them.
 */
export const dexcomSync = sqliteTable('dexcom_sync', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  /** egvs | calibrations | events | alerts */
  kind: text('kind').notNull(),
  syncedUntil: text('synced_until'),
  walkTo: text('walk_to'),
  lastSyncTime: text('last_sync_time'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.subjectId, t.kind] })]);

// ---------------------------------------------------------------- baby monitor

/**
 * Cry episodes (issue 6): formed with hysteresis from per-window cry probabilities, live
 * from the microphone or from an analysed file. `end_t` is null while a live episode is
 * still going on. Ids are deterministic per session/file so a retry stores nothing twice.
 */
export const cryEpisodes = sqliteTable('cry_episodes', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  /** live | file */
  source: text('source').$type<'live' | 'file'>().notNull(),
  /** The live session or the file's hash. */
  sessionId: text('session_id').notNull(),
  startT: integer('start_t').notNull(),
  endT: integer('end_t'),
  /** Peak window cry probability, 0–1. */
  peak: real('peak').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('cry_episodes_subject_start').on(t.subjectId, t.startT)]);

/**
 * Audio kept around cry episodes, only when the subject's `settings.baby.keep_clips` is on
 * (off by default: privacy). 16 kHz mono 16-bit WAV bytes, pruned after
 * `clip_retention_days`.
 */
export const audioClips = sqliteTable('audio_clips', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  episodeId: text('episode_id').references(() => cryEpisodes.id, { onDelete: 'cascade' }),
  startT: integer('start_t').notNull(),
  endT: integer('end_t').notNull(),
  wav: blob('wav', { mode: 'buffer' }).notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('audio_clips_subject_created').on(t.subjectId, t.createdAt)]);

// ---------------------------------------------------------------- tremor: wrist motion

/**
 * Raw wrist acceleration (issue 7), kept compactly: one row per minute of recording (cut at
 * wall-clock minute boundaries, so uploading the same data again gives the same keys), each
 * axis int16 codes in m/s² × `scale`, compressed since migration 0022 (`codec`). Samples are uniform from `t0` at
 * `rate_hz`; `t1` is the exclusive end (t0 + n/rate), for overlap checks. `device_id` is ''
 * when no device was named. At 100 Hz a day is 1,440 rows, about 52 MB as plain int16 and about 8 MB compressed; raw
 * chunks older than the person's `tremor.raw_retention_days` are deleted (core/tremor/raw-retention.ts).
 */
export const motionChunks = sqliteTable('motion_chunks', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  deviceId: text('device_id').notNull().default(''),
  /** Epoch ms of the first sample. */
  t0: integer('t0').notNull(),
  /** Epoch ms just after the last sample's period. */
  t1: integer('t1').notNull(),
  rateHz: real('rate_hz').notNull(),
  n: integer('n').notNull(),
  /** m/s² per Int16 step (max |a| in the chunk / 32767). */
  scale: real('scale').notNull(),
  x: blob('x', { mode: 'buffer' }).notNull(),
  y: blob('y', { mode: 'buffer' }).notNull(),
  z: blob('z', { mode: 'buffer' }).notNull(),
  createdAt: integer('created_at').notNull(),
  /** How x, y and z are stored (migration 0022, core/tremor/chunk-codec.ts): 0 int16 LE, 1 delta varints + DEFLATE. */
  codec: integer('codec').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.subjectId, t.deviceId, t.t0] })]);

/**
 * Per-minute tremor features derived on arrival (core/tremor/service.ts), with the minute's
 * per-second features so a minute split across two uploads is completed, not duplicated.
 * `features`: 60 × 4 Float32 LE (band RMS m/s², peak Hz, movement RMS m/s², band ratio);
 * `flags`: 60 bytes (0 not analysed, 1 no tremor, 2 tremor). `settled` = 1 once the
 * minute's `tremor_percent`/`tremor_magnitude` observations were written.
 */
export const tremorMinutes = sqliteTable('tremor_minutes', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  /** Epoch ms of the minute's start. */
  t: integer('t').notNull(),
  deviceId: text('device_id'),
  seconds: integer('seconds').notNull(),
  tremorSeconds: integer('tremor_seconds').notNull(),
  tremorPercent: real('tremor_percent').notNull(),
  dominantHz: real('dominant_hz'),
  magnitude: real('magnitude').notNull(),
  activePercent: real('active_percent').notNull(),
  features: blob('features', { mode: 'buffer' }).notNull(),
  flags: blob('flags', { mode: 'buffer' }).notNull(),
  settled: integer('settled').notNull().default(0),
  updatedAt: integer('updated_at').notNull(),
  /** Hybrid logical clock stamp of this version of the minute (core/sync/hlc.ts; migration 0017's triggers): what sync merges compare. */
  hlc: text('hlc'),
}, (t) => [primaryKey({ columns: [t.subjectId, t.t] })]);

// ---------------------------------------------------------------- alerts

/**
 * Snoozes (issue 8): one class of one subject's alerts (`glucose:high`, `signal_loss`)
 * kept quiet until `until` (epoch ms): still raised and recorded, not sounded, not
 * re-announced, not relayed. A class, never "all alerts": snoozing highs never silences
 * lows.
 */
export const alertSnoozes = sqliteTable('alert_snoozes', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  snoozeClass: text('snooze_class').notNull(),
  until: integer('until').notNull(),
  createdBy: text('created_by'),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('alert_snoozes_subject_class').on(t.subjectId, t.snoozeClass)]);

/**
 * Threshold templates (migration 0019, core/templates/): a clinician's named set of limits,
 * owned by the account that made it; `items` is the JSON array a person's thresholds take
 * (api/schemas.ts ThresholdInput); `version` counts its edits.
 */
export const thresholdTemplates = sqliteTable('threshold_templates', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  items: text('items').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [uniqueIndex('threshold_templates_owner_name').on(t.ownerId, t.name)]);

/**
 * Which template set a person's limits for a metric, and exactly what it set (`limits`, JSON).
 * No foreign key to the template: deleting a template keeps the record of where limits came from.
 */
export const thresholdOrigins = sqliteTable('threshold_origins', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  metric: text('metric').notNull(),
  templateId: text('template_id').notNull(),
  templateName: text('template_name').notNull(),
  templateVersion: integer('template_version').notNull(),
  limits: text('limits').notNull(),
  appliedAt: integer('applied_at').notNull(),
  appliedBy: text('applied_by'),
}, (t) => [primaryKey({ columns: [t.subjectId, t.metric] })]);

// ---------------------------------------------------------------- sync (contract section 6)

/**
 * What this install wrote and has not yet pushed to the remote Postgres: one row per
 * insert or edit of a subject, threshold set, event, observation or alert, filled by
 * triggers (migration 0006) so no write path can forget it, from the install's first
 * sync round on (before it, nothing is kept: see core/sync/outbox.ts `enable`). `row_id` is the changed row's rowid. A round
 * deletes the entries it pushed only after the remote committed them, so a crash in
 * between re-sends them (the remote ignores what it already has). Rows pulled from
 * the remote are taken out again in the same transaction: they are not echoed back.
 */
/** This install's hybrid logical clock (core/sync/hlc.ts), one row: advanced by every stamped write and by each pulled stamp. */
export const syncHlc = sqliteTable('sync_hlc', {
  id: integer('id').primaryKey(),
  millis: integer('millis').notNull(),
  counter: integer('counter').notNull(),
  /** 16 hex digits, random per database. */
  node: text('node').notNull(),
});

export const syncOutbox = sqliteTable('sync_outbox', {
  seq: integer('seq').primaryKey(),
  /** subjects | thresholds (row_id: the subject's) | events | observations | alerts | event_deletions */
  entity: text('entity').notNull(),
  rowId: integer('row_id').notNull(),
  /**
   * event_deletions: the deleted event as JSON `[subject_id, id]` (its row, and so its
   * rowid, is gone; an id is unique within its person only). Migration 0008 rewrote older
   * entries, which held the id alone.
   */
  ref: text('ref'),
});
