import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
}, (t) => [uniqueIndex('users_email').on(t.email)]);

export const authTokens = sqliteTable('auth_tokens', {
  /** SHA-256 of the bearer token: a stolen database does not yield live tokens. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  revokedAt: integer('revoked_at'),
}, (t) => [index('auth_tokens_user').on(t.userId)]);

export const subjects = sqliteTable('subjects', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  birthDate: text('birth_date'),
  settings: text('settings').notNull().default('{}'),
  ownerId: text('owner_id').notNull().references(() => users.id),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const grants = sqliteTable('grants', {
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** owner | caregiver | clinician | viewer */
  role: text('role').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.subjectId, t.userId] }), index('grants_user').on(t.userId)]);

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  transport: text('transport').notNull(),
  address: text('address').notNull().default(''),
  settings: text('settings').notNull().default('{}'),
  battery: real('battery'),
  lastSeenAt: integer('last_seen_at'),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('devices_subject').on(t.subjectId)]);

/** One narrow time-series table; see architecture.md "Storage". */
export const observations = sqliteTable('observations', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull(),
  metric: text('metric').notNull(),
  t: integer('t').notNull(),
  value: real('value').notNull(),
  deviceId: text('device_id'),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('observations_subject_metric_t').on(t.subjectId, t.metric, t.t)]);

/**
 * Aggregates maintained on ingest at three levels (5-minute, hourly, daily buckets,
 * aligned to UTC) so `timeseries` over long ranges reads a few hundred rows instead of
 * every raw reading. `level` is the bucket width in minutes.
 */
export const rollups = sqliteTable('rollups', {
  subjectId: text('subject_id').notNull(),
  metric: text('metric').notNull(),
  level: integer('level').notNull(),
  bucket: integer('bucket').notNull(),
  count: integer('count').notNull(),
  sum: real('sum').notNull(),
  min: real('min').notNull(),
  max: real('max').notNull(),
}, (t) => [primaryKey({ columns: [t.subjectId, t.metric, t.level, t.bucket] })]);

export const events = sqliteTable('events', {
  id: text('id').primaryKey(),
  subjectId: text('subject_id').notNull().references(() => subjects.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  t: integer('t').notNull(),
  data: text('data').notNull().default('{}'),
  createdBy: text('created_by'),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('events_subject_t').on(t.subjectId, t.t)]);

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
  priority: text('priority').notNull(),
  /** open | acknowledged | resolved */
  state: text('state').notNull(),
  message: text('message').notNull().default(''),
  raisedAt: integer('raised_at').notNull(),
  acknowledgedAt: integer('acknowledged_at'),
  acknowledgedBy: text('acknowledged_by'),
  resolvedAt: integer('resolved_at'),
  snoozedUntil: integer('snoozed_until'),
  lastNotifiedAt: integer('last_notified_at'),
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
