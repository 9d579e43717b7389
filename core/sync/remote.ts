import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { AlertRow as LocalAlertRow } from '../alerts/store';
import { lastEdit, mergeSubject, type SubjectDoc } from './subject-merge';

/**
 * The remote Postgres side of a sync round (contract section 6). The remote is a shared
 * store that several installs push to and pull from; each local SQLite stays the source
 * of truth for what it wrote. Tables mirror the local ones with proper Postgres types
 * (timestamptz, jsonb) so a clinic can query them directly, plus:
 *   - `origin`: the install that wrote the row's current version;
 *   - `seq`: from one sequence, bumped on every insert and accepted edit, so "what
 *     changed since I last looked" is `seq > cursor`. Pushes hold an advisory lock for
 *     their whole transaction, so sequence order is commit order and a reader that has
 *     seen seq N can never later find a committed row below N;
 *   - `hlc`: on rows that merge by "later edit wins" (a person's fields, threshold sets,
 *     edited events), the hybrid logical clock stamp of that edit (core/sync/hlc.ts).
 *     Merges compare these, never the wall times beside them (core/sync/README.md).
 */
export const REMOTE_SCHEMA_VERSION = 6;
/** The channel a push notifies (payload: the pushing install's id). */
export const NOTIFY_CHANNEL = 'tend_sync';
/** pg_advisory_xact_lock key shared by every Tend writing to this database ("tendsync"). */
const LOCK_KEY = 0x74656e6473796e63n;

const DDL = [
  `CREATE TABLE IF NOT EXISTS tend_meta (key text PRIMARY KEY, value text NOT NULL)`,
  `CREATE SEQUENCE IF NOT EXISTS tend_seq`,
  `CREATE TABLE IF NOT EXISTS tend_installs (
     id text PRIMARY KEY, version text NOT NULL, first_seen timestamptz NOT NULL, last_seen timestamptz NOT NULL, token text)`,
  // Schema 2: each install's round token, which tells a copied database apart from its original.
  `ALTER TABLE tend_installs ADD COLUMN IF NOT EXISTS token text`,
  `CREATE TABLE IF NOT EXISTS tend_subjects (
     id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, birth_date text, settings jsonb NOT NULL,
     field_stamps jsonb NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'))`,
  `CREATE INDEX IF NOT EXISTS tend_subjects_seq ON tend_subjects (seq)`,
  `CREATE TABLE IF NOT EXISTS tend_thresholds (
     subject_id text PRIMARY KEY, items jsonb NOT NULL, updated_at timestamptz NOT NULL,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'))`,
  `CREATE INDEX IF NOT EXISTS tend_thresholds_seq ON tend_thresholds (seq)`,
  `CREATE TABLE IF NOT EXISTS tend_events (
     id text NOT NULL, subject_id text NOT NULL, type text NOT NULL, t timestamptz NOT NULL, data jsonb NOT NULL,
     created_by text, created_at timestamptz NOT NULL, updated_at timestamptz, deleted_at timestamptz,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'), PRIMARY KEY (subject_id, id))`,
  `CREATE INDEX IF NOT EXISTS tend_events_seq ON tend_events (seq)`,
  `CREATE INDEX IF NOT EXISTS tend_events_subject_t ON tend_events (subject_id, t)`,
  `CREATE TABLE IF NOT EXISTS tend_observations (
     id text NOT NULL, subject_id text NOT NULL, metric text NOT NULL, t timestamptz NOT NULL,
     value double precision NOT NULL, device_id text, created_at timestamptz NOT NULL,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'), PRIMARY KEY (subject_id, id))`,
  `CREATE INDEX IF NOT EXISTS tend_observations_seq ON tend_observations (seq)`,
  `CREATE TABLE IF NOT EXISTS tend_alerts (
     id text PRIMARY KEY, subject_id text NOT NULL, kind text NOT NULL, rule_key text NOT NULL, metric text,
     value double precision, priority text NOT NULL, message text NOT NULL, detail jsonb NOT NULL,
     raised_at timestamptz NOT NULL, acknowledged_at timestamptz, acknowledged_by text, resolved_at timestamptz,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'))`,
  `CREATE INDEX IF NOT EXISTS tend_alerts_seq ON tend_alerts (seq)`,
  `CREATE INDEX IF NOT EXISTS tend_observations_subject_metric_t ON tend_observations (subject_id, metric, t)`,
  // Schema 3: the tremor screens' per-minute analysis (its tremor_percent and tremor_magnitude readings travel as observations).
  `CREATE TABLE IF NOT EXISTS tend_tremor_minutes (
     subject_id text NOT NULL, t timestamptz NOT NULL, device_id text, seconds integer NOT NULL, tremor_seconds integer NOT NULL,
     tremor_percent double precision NOT NULL, dominant_hz double precision, magnitude double precision NOT NULL,
     active_percent double precision NOT NULL, features bytea NOT NULL, flags bytea NOT NULL, settled boolean NOT NULL,
     updated_at timestamptz NOT NULL, origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'),
     PRIMARY KEY (subject_id, t))`,
  `CREATE INDEX IF NOT EXISTS tend_tremor_minutes_seq ON tend_tremor_minutes (seq)`,
  `CREATE TABLE IF NOT EXISTS tend_cry_episodes (
     id text PRIMARY KEY, subject_id text NOT NULL, source text NOT NULL, session_id text NOT NULL, start_t timestamptz NOT NULL,
     end_t timestamptz, peak double precision NOT NULL, created_at timestamptz NOT NULL,
     origin text NOT NULL, seq bigint NOT NULL DEFAULT nextval('tend_seq'))`,
  `CREATE INDEX IF NOT EXISTS tend_cry_episodes_seq ON tend_cry_episodes (seq)`,
  // Schema 4: a client id is unique within its person only, so events and observations are
  // keyed by (subject_id, id); a remote set up before is re-keyed in place, keeping every row.
  perSubjectKey('tend_events'),
  perSubjectKey('tend_observations'),
  // Schema 5 (issue 15): latched alerts say when their condition ended; escalation changes
  // what an alert says, stamped by its raising install (`updated_at`) so the later copy wins.
  `ALTER TABLE tend_alerts ADD COLUMN IF NOT EXISTS condition_ended_at timestamptz`,
  `ALTER TABLE tend_alerts ADD COLUMN IF NOT EXISTS updated_at timestamptz`,
  // Schema 6 (issue 20): "later edit wins" goes by hybrid logical clock stamps, not by each
  // install's wall clock. Rows an older Tend stored are stamped from their wall time,
  // counter 0, and a node derived from the install that wrote them, so they keep their order.
  `ALTER TABLE tend_subjects ADD COLUMN IF NOT EXISTS hlc text`,
  `ALTER TABLE tend_subjects ADD COLUMN IF NOT EXISTS field_hlc jsonb`,
  `ALTER TABLE tend_thresholds ADD COLUMN IF NOT EXISTS hlc text`,
  `ALTER TABLE tend_events ADD COLUMN IF NOT EXISTS hlc text`,
  `ALTER TABLE tend_tremor_minutes ADD COLUMN IF NOT EXISTS hlc text`,
  `UPDATE tend_subjects SET hlc = ${backfill('created_at')},
     field_hlc = COALESCE((SELECT jsonb_object_agg(key, lpad(value, 15, '0') || '-0000-' || substr(md5(origin), 1, 16)) FROM jsonb_each_text(field_stamps)), '{}'::jsonb)
   WHERE hlc IS NULL`,
  `UPDATE tend_thresholds SET hlc = ${backfill('updated_at')} WHERE hlc IS NULL`,
  `UPDATE tend_events SET hlc = ${backfill('COALESCE(updated_at, created_at)')} WHERE hlc IS NULL`,
  `UPDATE tend_tremor_minutes SET hlc = ${backfill('updated_at')} WHERE hlc IS NULL`,
];

/** A hybrid logical clock stamp for a row stored before schema 6: its wall time, counter 0, its origin's node. */
function backfill(wall: string): string {
  return `lpad(((extract(epoch FROM ${wall}) * 1000)::int8)::text, 15, '0') || '-0000-' || substr(md5(origin), 1, 16)`;
}

/** Replaces a table's one-column primary key (id) by (subject_id, id); does nothing once done. */
function perSubjectKey(table: string): string {
  return `DO $$
    DECLARE pk name;
    BEGIN
      SELECT conname INTO pk FROM pg_constraint
       WHERE conrelid = '${table}'::regclass AND contype = 'p' AND array_length(conkey, 1) = 1;
      IF pk IS NOT NULL THEN
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', '${table}', pk);
        EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (subject_id, id)', '${table}');
      END IF;
    END $$`;
}

export interface SubjectRow {
  id: string;
  name: string;
  kind: string;
  birth_date: string | null;
  /** JSON text. */
  settings: string;
  /** JSON text: field → epoch ms of its last edit (core/sync/subject-merge.ts). */
  field_stamps: string;
  created_at: number;
  updated_at: number;
  /** Hybrid logical clock stamp of the person's creation. */
  hlc: string;
  /** JSON text: field → hybrid logical clock stamp of its last edit (what merges compare). */
  field_hlc: string;
}
/** A subject's whole alert-threshold set, as one document. */
export interface ThresholdSetRow {
  subject_id: string;
  /** JSON text: an array of {metric, min, max, priority, sustain_min}. */
  items: string;
  updated_at: number;
  /** Hybrid logical clock stamp of the set's last replacement (what merges compare). */
  hlc: string;
}
export interface EventRow {
  id: string;
  subject_id: string;
  type: string;
  t: number;
  /** JSON text. */
  data: string;
  created_by: string | null;
  created_at: number;
  updated_at: number | null;
  /** Hybrid logical clock stamp of its insert or last edit (what merges compare). */
  hlc: string;
  /** Pulled only: when an install deleted it (a deletion wins over any edit). */
  deleted_at?: number | null;
}
/** A medication entry (or other event) deleted on this install. */
export interface EventDeletion {
  /**
   * Whose event it was; null only for a deletion queued before events were keyed per
   * person (migration 0008 found no audit record naming it), which then matches the id on any person.
   */
  subject_id: string | null;
  id: string;
  deleted_at: number;
}
export interface ObservationRow {
  id: string;
  subject_id: string;
  metric: string;
  t: number;
  value: number;
  device_id: string | null;
  created_at: number;
}
/**
 * An alert as raised by one install. Acknowledgement and resolution merge by the
 * earliest time anyone did them (an alert acknowledged on the kiosk stays acknowledged on
 * the laptop); `acknowledged_by` is the acknowledger's e-mail (user ids are per install).
 */
export type AlertRow = Pick<
  LocalAlertRow,
  'id' | 'subject_id' | 'kind' | 'rule_key' | 'metric' | 'value' | 'message' | 'detail' | 'raised_at' | 'acknowledged_at' | 'acknowledged_by' | 'resolved_at' | 'condition_ended_at' | 'updated_at'
> & {
  /** Checked when pulled (another install's or program's text). */
  priority: string;
};
/**
 * One minute of a person's tremor analysis (db/schema.ts `tremor_minutes`), as it stands:
 * a minute split across two uploads is completed later, so the later write wins.
 */
export interface TremorMinuteRow {
  subject_id: string;
  t: number;
  device_id: string | null;
  seconds: number;
  tremor_seconds: number;
  tremor_percent: number;
  dominant_hz: number | null;
  magnitude: number;
  active_percent: number;
  /** Hex of the per-second features (60 × 4 float32) and flags (60 bytes). */
  features: string;
  flags: string;
  settled: number;
  updated_at: number;
  /** Hybrid logical clock stamp of this version of the minute (what merges compare). */
  hlc: string;
}
/** A cry episode: written open, then closed; it only ever grows (a later end, a higher peak), so copies merge by taking the most. */
export interface CryEpisodeRow {
  id: string;
  subject_id: string;
  source: string;
  session_id: string;
  start_t: number;
  end_t: number | null;
  peak: number;
  created_at: number;
}
export interface Batch {
  subjects: SubjectRow[];
  thresholds: ThresholdSetRow[];
  events: EventRow[];
  observations: ObservationRow[];
  alerts: AlertRow[];
  tremor_minutes: TremorMinuteRow[];
  cry_episodes: CryEpisodeRow[];
  /** Pushed only: they come back as `events` rows with `deleted_at`. */
  event_deletions: EventDeletion[];
  /**
   * Pushed only, in place of `observations`: the page's readings, read from the local
   * database as they are sent (outbox.ts `readings`).
   */
  readings?: ReadingSource;
}
/** A reading as a push reads it: person, metric and device as the local database's integer keys (ReadingSource `name`). */
export type KeyedReading = [id: string, subject: number, metric: number, t: number, value: number, device: number | null, created_at: number];
/** The readings of one push page. */
export interface ReadingSource {
  /** The page's readings in slices, each read when the COPY stream asks for it. */
  slices(): Iterable<KeyedReading[]>;
  /** The person's id, metric or device id a key stands for. */
  name(kind: 'subject' | 'metric' | 'device', key: number): string;
  /** All of them as rows (a page that goes through the merge). */
  rows(): ObservationRow[];
  /** How many readings the last `slices` or `rows` read. */
  count: number;
}
export type Entity = Exclude<keyof Batch, 'event_deletions' | 'readings'>;
export const ENTITIES: readonly Entity[] = ['subjects', 'thresholds', 'events', 'observations', 'alerts', 'tremor_minutes', 'cry_episodes'];
/**
 * Rows whose remote copy merges several installs' writes (a person's fields; alerts: one
 * raises, another acknowledges) are pulled even when this install wrote the last change: the merge may
 * hold another's part. Applying them again changes nothing.
 */
const PULL_OWN: ReadonlySet<Entity> = new Set(['subjects', 'alerts']);
/** A pulled row: its place in the remote's order, and the install that wrote its current version. */
export type Pulled<T> = T & { seq: number; origin: string };

export class RemoteError extends Error {}

/** Another database file with this install's id has synced with the remote since this one last did. */
export class CopiedInstallError extends RemoteError {
  constructor(readonly installId: string) {
    super(
      `another copy of this database (install ${installId}) has synced with this remote since this copy last did: a restored or copied database file. ` +
        'Nothing was sent or received. If this copy should sync on its own, give it a new install id: tend sync --new-install-id --url … with --db naming this file',
    );
  }
}

/** A pushed or stored person row as a mergeable document (its JSON already checked locally or by the remote). */
export const toDoc = (r: SubjectRow): SubjectDoc => ({
  name: r.name,
  kind: r.kind,
  birth_date: r.birth_date,
  settings: JSON.parse(r.settings) as Record<string, unknown>,
  stamps: JSON.parse(r.field_hlc) as Record<string, string>,
  wall: JSON.parse(r.field_stamps) as Record<string, number>,
  created_at: r.created_at,
  hlc: r.hlc,
});
export const fromDoc = (id: string, d: SubjectDoc): SubjectRow => ({
  id,
  name: d.name,
  kind: d.kind,
  birth_date: d.birth_date,
  settings: JSON.stringify(d.settings),
  field_stamps: JSON.stringify(d.wall),
  created_at: d.created_at,
  updated_at: lastEdit(d),
  hlc: d.hlc,
  field_hlc: JSON.stringify(d.stamps),
});

/** Epoch ms ↔ timestamptz in SQL, exactly (extract(epoch) is numeric since PG 14). */
const TS = (col: string): string => `(extract(epoch FROM ${col}) * 1000)::int8 AS ${col}`;
const FROM_MS = (p: string): string => `to_timestamp(${p} / 1000.0)`;
/** SQLSTATE unique_violation: in a push, a key the remote already holds. */
const UNIQUE_VIOLATION = '23505';
/**
 * An epoch-ms time that COPY can take as ISO text and store exactly as FROM_MS would:
 * whole milliseconds (toISOString drops any fraction) in years 0–9999 (toISOString writes
 * others as ±YYYYYY, which PostgreSQL does not read). Pages with any other go through staging.
 */
const directTime = (ms: number): boolean => Number.isInteger(ms) && ms >= -62_167_219_200_000 && ms <= 253_402_300_799_999;
/** In the alerts upsert: the pushed copy says something later than the stored one (escalation, condition ended or returned). */
const NEWER = `COALESCE(EXCLUDED.updated_at, '-infinity'::timestamptz) > COALESCE(cur.updated_at, '-infinity'::timestamptz)`;

/**
 * What a push sends goes through COPY into a temporary staging table per entity (issue
 * #18: a per-batch `INSERT … SELECT unnest(…)` ran at 0.42× the speed of COPY), and the
 * merge statement reads the staging table where it read the unnest arrays: the columns
 * below are those arrays, with the same names and types, so each merge is unchanged.
 * The tables live for the connection and empty themselves at every commit.
 */
type StagedEntity = Exclude<Entity, 'subjects'>;
const STAGE_COLUMNS: Record<StagedEntity, ReadonlyArray<readonly [string, string]>> = {
  thresholds: [['subject_id', 'text'], ['items', 'text'], ['updated_at', 'float8'], ['hlc', 'text']],
  events: [['id', 'text'], ['subject_id', 'text'], ['type', 'text'], ['t', 'float8'], ['data', 'text'], ['created_by', 'text'], ['created_at', 'float8'], ['updated_at', 'float8'], ['hlc', 'text']],
  observations: [['id', 'text'], ['subject_id', 'text'], ['metric', 'text'], ['t', 'float8'], ['value', 'float8'], ['device_id', 'text'], ['created_at', 'float8']],
  alerts: [['id', 'text'], ['subject_id', 'text'], ['kind', 'text'], ['rule_key', 'text'], ['metric', 'text'], ['value', 'float8'], ['priority', 'text'],
    ['message', 'text'], ['detail', 'text'], ['raised_at', 'float8'], ['acknowledged_at', 'float8'], ['acknowledged_by', 'text'], ['resolved_at', 'float8'],
    ['condition_ended_at', 'float8'], ['updated_at', 'float8']],
  tremor_minutes: [['subject_id', 'text'], ['t', 'float8'], ['device_id', 'text'], ['seconds', 'int'], ['tremor_seconds', 'int'], ['tremor_percent', 'float8'],
    ['dominant_hz', 'float8'], ['magnitude', 'float8'], ['active_percent', 'float8'], ['features', 'text'], ['flags', 'text'], ['settled', 'int'], ['updated_at', 'float8'], ['hlc', 'text']],
  cry_episodes: [['id', 'text'], ['subject_id', 'text'], ['source', 'text'], ['session_id', 'text'], ['start_t', 'float8'], ['end_t', 'float8'], ['peak', 'float8'], ['created_at', 'float8']],
};
const STAGE = Object.fromEntries(Object.keys(STAGE_COLUMNS).map((e) => [e, `tend_stage_${e}`])) as Record<StagedEntity, string>;

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** One field in COPY's text format (PostgreSQL docs, COPY, "Text Format"): `\N` is NULL; backslash, newline, CR and tab escaped. */
export function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  const s = String(v);
  return /[\\\n\r\t]/.test(s) ? s.replace(/[\\\n\r\t]/g, (ch) => COPY_ESCAPES[ch]!) : s;
}

/** COPY text in pieces of about 256 KB: one string per row would be a million writes for a million rows. */
function* copyText(rows: readonly (readonly unknown[])[]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyField(row[i]);
    chunk += line + '\n';
    if (chunk.length >= 262_144) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Observation rows as COPY text for tend_observations, times as ISO text (`directTime`):
 * written field by field, with no array per row, since on a large push this process's
 * share of the work is what keeps it behind a bare `psql \copy`.
 */
function* observationsCopyText(rows: Batch['observations'], origin: string): Generator<string> {
  const tail = `\t${copyField(origin)}\n`;
  let chunk = '';
  for (const x of rows) {
    chunk += `${copyField(x.id)}\t${copyField(x.subject_id)}\t${copyField(x.metric)}\t${new Date(x.t).toISOString()}\t${copyField(x.value)}\t${copyField(x.device_id)}\t${new Date(x.created_at).toISOString()}${tail}`;
    if (chunk.length >= 262_144) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Thrown into a push page's COPY stream at a reading COPY's binary format cannot carry as the merge would store it. */
class NotBinary extends Error {}
/** PostgreSQL's epoch (2000-01-01) in Unix epoch ms: binary timestamptz is µs from it. */
const PG_EPOCH_MS = 946_684_800_000;
/** The largest distance from PG_EPOCH_MS in ms whose µs a double holds exactly. */
const EXACT_MS = 9_007_199_254_740;
const COPY_BINARY_HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');
const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);

/**
 * A push page's readings as COPY binary rows for tend_observations (PostgreSQL docs, COPY,
 * "Binary Format"): one Buffer per slice, times as int64 µs, values as float8. Text of
 * every row was most of this process's share of a large push (issue #18); here each
 * row costs a few integer writes and one UTF-8 encode of its id, and Postgres parses no
 * text timestamps. A time with a fraction of a millisecond or outside years 0–9999
 * (`directTime`) throws NotBinary: the page then goes as rows, stored exactly as the
 * merge stores them.
 */
function* readingsCopyBinary(source: ReadingSource, origin: string): Generator<Buffer> {
  const originBytes = Buffer.from(origin);
  const cache = { subject: new Map<number, Buffer>(), metric: new Map<number, Buffer>(), device: new Map<number, Buffer>() };
  const bytes = (kind: keyof typeof cache, key: number): Buffer => {
    let b = cache[kind].get(key);
    if (!b) cache[kind].set(key, (b = Buffer.from(source.name(kind, key))));
    return b;
  };
  yield COPY_BINARY_HEADER;
  for (const slice of source.slices()) {
    let buf = Buffer.allocUnsafe(slice.length * 128 + 1024);
    let p = 0;
    const text = (b: Buffer): void => {
      buf.writeInt32BE(b.length, p);
      b.copy(buf, p + 4);
      p += 4 + b.length;
    };
    const time = (ms: number): void => {
      if (!directTime(ms)) throw new NotBinary();
      const d = ms - PG_EPOCH_MS;
      buf.writeInt32BE(8, p);
      if (d >= -EXACT_MS && d <= EXACT_MS) {
        const us = d * 1000;
        const hi = Math.floor(us / 4_294_967_296);
        buf.writeInt32BE(hi, p + 4);
        buf.writeUInt32BE(us - hi * 4_294_967_296, p + 8);
      } else buf.writeBigInt64BE(BigInt(d) * 1000n, p + 4);
      p += 12;
    };
    for (const [id, s, m, t, value, d, createdAt] of slice) {
      const sb = bytes('subject', s);
      const mb = bytes('metric', m);
      const db = d === null ? null : bytes('device', d);
      const need = 2 + 8 * 4 + 3 * 8 + id.length * 3 + sb.length + mb.length + (db?.length ?? 0) + originBytes.length;
      if (p + need > buf.length) {
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, p + need));
        buf.copy(bigger, 0, 0, p);
        buf = bigger;
      }
      buf.writeInt16BE(8, p);
      const n = buf.write(id, p + 6);
      buf.writeInt32BE(n, p + 2);
      p += 6 + n;
      text(sb);
      text(mb);
      time(t);
      buf.writeInt32BE(8, p);
      buf.writeDoubleBE(value, p + 4);
      p += 12;
      if (db) text(db);
      else {
        buf.writeInt32BE(-1, p);
        p += 4;
      }
      time(createdAt);
      text(originBytes);
    }
    yield buf.subarray(0, p);
  }
  yield COPY_BINARY_TRAILER;
}

/**
 * Calls `onPush(origin)` whenever an install commits a push to this remote, until
 * closed; `onLost` once if the connection drops (the caller retries later).
 */
/** pg is loaded when a sync first connects: no other command or hub start pays for it. */
const loadPg = async (): Promise<typeof pg> => (await import('pg')).default;
/** pg-copy-streams, loaded with pg when a push first stages rows (no command pays for it at start). */
const loadCopyStreams = async () => (await import('pg-copy-streams')).default;

export async function listenForPushes(url: string, onPush: (origin: string) => void, onLost: (e: Error) => void): Promise<{ close: () => Promise<void> }> {
  const client = new (await loadPg()).Client({ connectionString: url, connectionTimeoutMillis: 15_000, application_name: 'tend sync listen' });
  let closed = false;
  let lost = false;
  let listening = false;
  const fail = (e: Error): void => {
    // Before LISTEN succeeded, the failure is the returned promise's, not a loss.
    if (!listening || closed || lost) return;
    lost = true;
    onLost(e);
  };
  client.on('error', fail);
  client.on('end', () => fail(new Error('connection ended')));
  client.on('notification', (n) => {
    if (n.channel === NOTIFY_CHANNEL) onPush(n.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
  listening = true;
  return {
    close: async () => {
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}

export class Remote {
  /** Staging tables created on this connection (a rolled-back transaction takes its creations with it). */
  private staged = new Set<StagedEntity>();

  private constructor(
    private readonly client: pg.Client,
    readonly id: string,
  ) {}

  /** Copies `rows` (columns as in STAGE_COLUMNS) into the entity's staging table, inside the push's transaction. */
  private async stage(entity: StagedEntity, rows: readonly (readonly unknown[])[]): Promise<void> {
    const cols = STAGE_COLUMNS[entity];
    if (!this.staged.has(entity)) {
      await this.client.query(`CREATE TEMP TABLE IF NOT EXISTS ${STAGE[entity]} (${cols.map(([n, t]) => `${n} ${t}`).join(', ')}) ON COMMIT DELETE ROWS`);
      this.staged.add(entity);
    }
    await this.copyInto(`${STAGE[entity]} (${cols.map(([n]) => n).join(', ')})`, copyText(rows));
  }

  /** Streams COPY text (or, `binary`, COPY binary data) into `target` ("table (columns)"); returns the rows COPY stored. */
  private async copyInto(target: string, data: Iterable<string | Buffer>, binary = false): Promise<number> {
    const copyStreams = await loadCopyStreams();
    const sink = this.client.query(copyStreams.from(`COPY ${target} FROM STDIN${binary ? ' (FORMAT binary)' : ''}`));
    // One piece read ahead, not Readable.from's default 16: a piece may be read from the
    // local database as it is asked for (pushReadings), and that must happen while
    // Postgres stores the piece before, not all before the first is sent.
    await pipeline(Readable.from(data, { highWaterMark: 1 }), sink);
    return sink.rowCount;
  }

  /**
   * Observations are immutable by (person, id), so the merge only has to skip rows the
   * remote already holds. A page whose keys the remote has none of (new readings, nearly
   * every page) is COPYed straight into tend_observations, as `psql \copy` would load it:
   * the staging table and `INSERT … ON CONFLICT` cost about as much again as the load
   * itself (issue #18). Under the advisory lock no other Tend inserts meanwhile, so the
   * primary key refusing the COPY (23505) means a key is already there (a page retried
   * after a lost acknowledgement, the same reading imported on two installs): the page
   * then goes back to the savepoint `push` took (`direct`) and through staging and
   * `ON CONFLICT DO NOTHING`, which keeps the remote's copy exactly as before. The
   * savepoint is never released: COMMIT ends it, one round trip fewer.
   */
  private async pushObservations(origin: string, o: Batch['observations'], direct: boolean): Promise<number> {
    const c = this.client;
    if (direct) {
      try {
        return await this.copyInto('tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin)', observationsCopyText(o, origin));
      } catch (e) {
        if ((e as { code?: unknown }).code !== UNIQUE_VIOLATION) throw e;
        await c.query('ROLLBACK TO SAVEPOINT tend_direct');
      }
    }
    await this.stage('observations', o.map((x) => [x.id, x.subject_id, x.metric, x.t, x.value, x.device_id, x.created_at]));
    const r = await c.query(
      `INSERT INTO tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin)
       SELECT id, subject_id, metric, ${FROM_MS('t')}, value, device_id, ${FROM_MS('created_at')}, $1
         FROM ${STAGE.observations} AS x
       ON CONFLICT (subject_id, id) DO NOTHING`,
      [origin],
    );
    return r.rowCount ?? 0;
  }

  /**
   * The same as `pushObservations` for a page whose readings are read as they are sent
   * (Batch `readings`): COPYed straight in, in binary, each slice read from the local
   * database while Postgres stores the one before; or, when the remote holds one of their
   * keys or one cannot go in binary, read again as rows, back at the savepoint, through
   * the merge.
   */
  private async pushReadings(origin: string, readings: ReadingSource): Promise<number> {
    try {
      return await this.copyInto('tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin)', readingsCopyBinary(readings, origin), true);
    } catch (e) {
      if (!(e instanceof NotBinary) && (e as { code?: unknown }).code !== UNIQUE_VIOLATION) throw e;
      await this.client.query('ROLLBACK TO SAVEPOINT tend_direct');
    }
    return this.pushObservations(origin, readings.rows(), false);
  }

  /** Connects, creates or checks the schema, and registers this install. */
  static async open(url: string, install: { id: string; version: string; now: number }): Promise<Remote> {
    const client = new (await loadPg()).Client({ connectionString: url, connectionTimeoutMillis: 15_000, application_name: 'tend sync' });
    // A dropped connection mid-round surfaces as the failing query's error; don't let it crash the process.
    client.on('error', () => undefined);
    await client.connect();
    const readMeta = async (): Promise<Map<string, string>> => {
      const present = (await client.query<{ present: boolean }>(`SELECT to_regclass('tend_meta') IS NOT NULL AS present`)).rows[0]!.present;
      if (!present) return new Map();
      return new Map((await client.query<{ key: string; value: string }>(`SELECT key, value FROM tend_meta`)).rows.map((r) => [r.key, r.value]));
    };
    try {
      // Set up (or upgrade) under the lock only when needed: most rounds find the schema
      // current and go straight on, without serialising behind other installs' rounds.
      let meta = await readMeta();
      const newer = (m: Map<string, string>): void => {
        const version = m.get('schema_version');
        if (version !== undefined && !(Number(version) <= REMOTE_SCHEMA_VERSION)) {
          throw new RemoteError(`the remote database was set up by a newer Tend (sync schema ${version}, this build knows ${REMOTE_SCHEMA_VERSION}); update Tend to sync with it`);
        }
      };
      newer(meta);
      if (meta.get('schema_version') !== String(REMOTE_SCHEMA_VERSION) || !meta.has('remote_id')) {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY.toString()]);
        for (const stmt of DDL) await client.query(stmt);
        await client.query(`INSERT INTO tend_meta (key, value) VALUES ('remote_id', $1) ON CONFLICT (key) DO NOTHING`, [uuidv7()]);
        // Raise the version after an upgrade, never lower it (another install may be newer).
        await client.query(
          `INSERT INTO tend_meta (key, value) VALUES ('schema_version', $1)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value WHERE tend_meta.value::int < EXCLUDED.value::int`,
          [String(REMOTE_SCHEMA_VERSION)],
        );
        meta = await readMeta();
        newer(meta); // another install may have set it up meanwhile
        await client.query('COMMIT');
      }
      await client.query(
        `INSERT INTO tend_installs (id, version, first_seen, last_seen) VALUES ($1, $2, ${FROM_MS('$3::float8')}, ${FROM_MS('$3::float8')})
         ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, last_seen = EXCLUDED.last_seen`,
        [install.id, install.version, install.now],
      );
      return new Remote(client, meta.get('remote_id')!);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
      throw e;
    }
  }

  /** The remote server's clock (epoch ms): the one clock every install syncing here shares. */
  async serverNow(): Promise<number> {
    return Number((await this.client.query<{ now: string }>(`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::int8 AS now`)).rows[0]!.now);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  /**
   * Claims this round for install `id`, telling a copied database apart from its original
   * (two files with one install id would each skip the other's rows as "their own"). Each
   * round leaves a fresh token on the remote and in the local database; a round whose
   * local token is not the remote's (nor the one it was about to set when it last
   * stopped) comes from a copy whose twin has synced since, and is refused before
   * anything moves. Under the lock, so rounds of one install cannot race each other.
   */
  async claim(id: string, tokens: { read: () => { current: string | null; pending: string | null }; pend: (t: string) => void; settle: (t: string) => void }): Promise<void> {
    const c = this.client;
    await c.query('BEGIN');
    let next: string;
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY.toString()]);
      const mine = tokens.read();
      const theirs = (await c.query<{ token: string | null }>(`SELECT token FROM tend_installs WHERE id = $1`, [id])).rows[0]?.token ?? null;
      if (theirs !== null && theirs !== mine.current && theirs !== mine.pending) throw new CopiedInstallError(id);
      next = uuidv7();
      tokens.pend(next);
      await c.query(`UPDATE tend_installs SET token = $2 WHERE id = $1`, [id, next]);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    tokens.settle(next);
  }

  /**
   * Stores one batch in one transaction: all of it or none. Observations and events are
   * immutable by person and id (a retry adds nothing; the same id on two people is two
   * rows); a person's field, a threshold set or an edited event replaces the remote copy
   * only if its hybrid logical clock stamp is later (the stamp's node breaking a tie the
   * same way everywhere), never by wall clock. Returns how many rows changed remotely.
   */
  async push(origin: string, b: Batch): Promise<Record<Entity, number>> {
    const c = this.client;
    const changed: Record<Entity, number> = { subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 };
    try {
      // BEGIN and the lock in one round trip, and the notification with COMMIT: on a busy
      // machine each round trip waits for both processes to be scheduled, and a page's
      // round trips cost as much as its COPY (issue #18).
      // Observations first, so the savepoint their direct COPY may go back to is taken in
      // that same round trip and a return to it undoes nothing else (pushObservations).
      const direct = b.readings !== undefined || (b.observations.length > 0 && b.observations.every((x) => directTime(x.t) && directTime(x.created_at)));
      await c.query(`BEGIN; SELECT pg_advisory_xact_lock(${LOCK_KEY})${direct ? '; SAVEPOINT tend_direct' : ''}`);
      if (b.readings) changed.observations = await this.pushReadings(origin, b.readings);
      else if (b.observations.length) changed.observations = await this.pushObservations(origin, b.observations, direct);
      if (b.subjects.length) {
        // Merged field by field with what the remote has (read under the lock), so
        // concurrent edits of different fields from different installs all survive.
        const have = new Map(
          (
            await c.query<SubjectRow>(
              `SELECT id, name, kind, birth_date, settings::text AS settings, field_stamps::text AS field_stamps,
                      ${TS('created_at')}, ${TS('updated_at')}, hlc, field_hlc::text AS field_hlc FROM tend_subjects WHERE id = ANY($1::text[])`,
              [b.subjects.map((x) => x.id)],
            )
          ).rows.map((r) => [r.id, { ...r, created_at: Number(r.created_at), updated_at: Number(r.updated_at) }]),
        );
        for (const x of b.subjects) {
          const cur = have.get(x.id);
          let row = x;
          if (cur) {
            const { merged, changed: differs } = mergeSubject(toDoc(cur), toDoc(x));
            if (!differs) continue;
            row = fromDoc(x.id, merged);
          }
          await c.query(
            `INSERT INTO tend_subjects (id, name, kind, birth_date, settings, field_stamps, created_at, updated_at, origin, hlc, field_hlc)
             VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, ${FROM_MS('$7::float8')}, ${FROM_MS('$8::float8')}, $9, $10, $11::jsonb)
             ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, birth_date = EXCLUDED.birth_date,
               settings = EXCLUDED.settings, field_stamps = EXCLUDED.field_stamps, created_at = EXCLUDED.created_at,
               updated_at = EXCLUDED.updated_at, origin = EXCLUDED.origin, hlc = EXCLUDED.hlc, field_hlc = EXCLUDED.field_hlc,
               seq = nextval('tend_seq')`,
            [row.id, row.name, row.kind, row.birth_date, row.settings, row.field_stamps, row.created_at, row.updated_at, origin, row.hlc, row.field_hlc],
          );
          changed.subjects++;
        }
      }
      if (b.thresholds.length) {
        const t = b.thresholds;
        await this.stage('thresholds', t.map((x) => [x.subject_id, x.items, x.updated_at, x.hlc]));
        const r = await c.query(
          `INSERT INTO tend_thresholds AS cur (subject_id, items, updated_at, origin, hlc)
           SELECT subject_id, items::jsonb, ${FROM_MS('updated_at')}, $1, hlc
             FROM ${STAGE.thresholds} AS x
           ON CONFLICT (subject_id) DO UPDATE SET items = EXCLUDED.items, updated_at = EXCLUDED.updated_at,
             origin = EXCLUDED.origin, hlc = EXCLUDED.hlc, seq = nextval('tend_seq')
           WHERE COALESCE(cur.hlc, '') < EXCLUDED.hlc`,
          [origin],
        );
        changed.thresholds = r.rowCount ?? 0;
      }
      if (b.events.length) {
        const e = b.events;
        await this.stage('events', e.map((x) => [x.id, x.subject_id, x.type, x.t, x.data, x.created_by, x.created_at, x.updated_at, x.hlc]));
        const r = await c.query(
          `INSERT INTO tend_events AS cur (id, subject_id, type, t, data, created_by, created_at, updated_at, origin, hlc)
           SELECT id, subject_id, type, ${FROM_MS('t')}, data::jsonb, created_by, ${FROM_MS('created_at')},
                  CASE WHEN updated_at IS NULL THEN NULL ELSE ${FROM_MS('updated_at')} END, $1, hlc
             FROM ${STAGE.events} AS x
           ON CONFLICT (subject_id, id) DO UPDATE SET t = EXCLUDED.t, data = EXCLUDED.data, updated_at = EXCLUDED.updated_at,
             origin = EXCLUDED.origin, hlc = EXCLUDED.hlc, seq = nextval('tend_seq')
           WHERE EXCLUDED.updated_at IS NOT NULL AND cur.deleted_at IS NULL AND COALESCE(cur.hlc, '') < EXCLUDED.hlc`,
          [origin],
        );
        changed.events = r.rowCount ?? 0;
      }
      if (b.alerts.length) {
        const a = b.alerts;
        const ts = (p: string) => `CASE WHEN ${p} IS NULL THEN NULL ELSE ${FROM_MS(p)} END`;
        await this.stage('alerts', a.map((x) => [x.id, x.subject_id, x.kind, x.rule_key, x.metric, x.value, x.priority, x.message, x.detail, x.raised_at,
          x.acknowledged_at, x.acknowledged_by, x.resolved_at, x.condition_ended_at ?? null, x.updated_at ?? null]));
        const r = await c.query(
          `INSERT INTO tend_alerts AS cur (id, subject_id, kind, rule_key, metric, value, priority, message, detail,
                                           raised_at, acknowledged_at, acknowledged_by, resolved_at, condition_ended_at, updated_at, origin)
           SELECT id, subject_id, kind, rule_key, metric, value, priority, message, detail::jsonb,
                  ${FROM_MS('raised_at')}, ${ts('acknowledged_at')}, acknowledged_by, ${ts('resolved_at')}, ${ts('condition_ended_at')}, ${ts('updated_at')}, $1
             FROM ${STAGE.alerts} AS x
           ON CONFLICT (id) DO UPDATE SET
             acknowledged_at = LEAST(cur.acknowledged_at, EXCLUDED.acknowledged_at),
             acknowledged_by = CASE WHEN cur.acknowledged_at IS NULL OR EXCLUDED.acknowledged_at < cur.acknowledged_at
                                    THEN EXCLUDED.acknowledged_by ELSE cur.acknowledged_by END,
             resolved_at = LEAST(cur.resolved_at, EXCLUDED.resolved_at),
             kind = CASE WHEN ${NEWER} THEN EXCLUDED.kind ELSE cur.kind END,
             priority = CASE WHEN ${NEWER} THEN EXCLUDED.priority ELSE cur.priority END,
             message = CASE WHEN ${NEWER} THEN EXCLUDED.message ELSE cur.message END,
             value = CASE WHEN ${NEWER} THEN EXCLUDED.value ELSE cur.value END,
             detail = CASE WHEN ${NEWER} THEN EXCLUDED.detail ELSE cur.detail END,
             condition_ended_at = CASE WHEN ${NEWER} THEN EXCLUDED.condition_ended_at ELSE cur.condition_ended_at END,
             updated_at = CASE WHEN ${NEWER} THEN EXCLUDED.updated_at ELSE cur.updated_at END,
             origin = EXCLUDED.origin, seq = nextval('tend_seq')
           WHERE LEAST(cur.acknowledged_at, EXCLUDED.acknowledged_at) IS DISTINCT FROM cur.acknowledged_at
              OR LEAST(cur.resolved_at, EXCLUDED.resolved_at) IS DISTINCT FROM cur.resolved_at
              OR ${NEWER}`,
          [origin],
        );
        changed.alerts = r.rowCount ?? 0;
      }
      if (b.tremor_minutes.length) {
        const m = b.tremor_minutes;
        await this.stage('tremor_minutes', m.map((x) => [x.subject_id, x.t, x.device_id, x.seconds, x.tremor_seconds, x.tremor_percent, x.dominant_hz, x.magnitude,
          x.active_percent, x.features, x.flags, x.settled, x.updated_at, x.hlc]));
        const r = await c.query(
          `INSERT INTO tend_tremor_minutes AS cur (subject_id, t, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude,
                                                   active_percent, features, flags, settled, updated_at, origin, hlc)
           SELECT subject_id, ${FROM_MS('t')}, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude,
                  active_percent, decode(features, 'hex'), decode(flags, 'hex'), settled <> 0, ${FROM_MS('updated_at')}, $1, hlc
             FROM ${STAGE.tremor_minutes} AS x
           ON CONFLICT (subject_id, t) DO UPDATE SET device_id = EXCLUDED.device_id, seconds = EXCLUDED.seconds,
             tremor_seconds = EXCLUDED.tremor_seconds, tremor_percent = EXCLUDED.tremor_percent, dominant_hz = EXCLUDED.dominant_hz,
             magnitude = EXCLUDED.magnitude, active_percent = EXCLUDED.active_percent, features = EXCLUDED.features,
             flags = EXCLUDED.flags, settled = EXCLUDED.settled, updated_at = EXCLUDED.updated_at,
             origin = EXCLUDED.origin, hlc = EXCLUDED.hlc, seq = nextval('tend_seq')
           WHERE COALESCE(cur.hlc, '') < EXCLUDED.hlc`,
          [origin],
        );
        changed.tremor_minutes = r.rowCount ?? 0;
      }
      if (b.cry_episodes.length) {
        const e = b.cry_episodes;
        await this.stage('cry_episodes', e.map((x) => [x.id, x.subject_id, x.source, x.session_id, x.start_t, x.end_t, x.peak, x.created_at]));
        const r = await c.query(
          `INSERT INTO tend_cry_episodes AS cur (id, subject_id, source, session_id, start_t, end_t, peak, created_at, origin)
           SELECT id, subject_id, source, session_id, ${FROM_MS('start_t')}, CASE WHEN end_t IS NULL THEN NULL ELSE ${FROM_MS('end_t')} END,
                  peak, ${FROM_MS('created_at')}, $1
             FROM ${STAGE.cry_episodes} AS x
           ON CONFLICT (id) DO UPDATE SET end_t = GREATEST(cur.end_t, EXCLUDED.end_t), peak = GREATEST(cur.peak, EXCLUDED.peak),
             origin = EXCLUDED.origin, seq = nextval('tend_seq')
           WHERE GREATEST(cur.end_t, EXCLUDED.end_t) IS DISTINCT FROM cur.end_t OR EXCLUDED.peak > cur.peak`,
          [origin],
        );
        changed.cry_episodes = r.rowCount ?? 0;
      }
      // Delivered at commit to every install listening (SyncScheduler), so they pull now
      // rather than at their next timed round.
      const notify = Object.values(changed).some((n) => n > 0);
      if (b.event_deletions.length) {
        const d = b.event_deletions;
        // A tombstone on the person's row; an event the remote never had needs none.
        const r = await c.query(
          `UPDATE tend_events AS cur SET deleted_at = ${FROM_MS('x.deleted_at')}, origin = $4, seq = nextval('tend_seq')
             FROM unnest($1::text[], $2::text[], $3::float8[]) AS x(subject_id, id, deleted_at)
            WHERE cur.id = x.id AND (x.subject_id IS NULL OR cur.subject_id = x.subject_id) AND cur.deleted_at IS NULL`,
          [d.map((x) => x.subject_id), d.map((x) => x.id), d.map((x) => x.deleted_at), origin],
        );
        changed.events += r.rowCount ?? 0;
      }
      await c.query(notify ? `SELECT pg_notify('${NOTIFY_CHANNEL}', ${c.escapeLiteral(origin)}); COMMIT` : 'COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      this.staged.clear();
      throw err;
    }
    return changed;
  }

  /**
   * Opens a read-only snapshot for pulling: every page read until `endPull` sees the
   * remote as it was at this instant, so the three tables agree with each other (an
   * event's subject is there if the event is).
   */
  async beginPull(): Promise<void> {
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async endPull(): Promise<void> {
    await this.client.query('COMMIT');
  }

  /** Rows other installs wrote after `cursor`, oldest change first. */
  async page<E extends Entity>(entity: E, notOrigin: string, cursor: number, limit: number): Promise<Array<Pulled<Batch[E][number]>>> {
    const cols: Record<Entity, string> = {
      subjects: `id, name, kind, birth_date, settings::text AS settings, field_stamps::text AS field_stamps, ${TS('created_at')}, ${TS('updated_at')},
               hlc, field_hlc::text AS field_hlc`,
      thresholds: `subject_id, items::text AS items, ${TS('updated_at')}, hlc`,
      events: `id, subject_id, type, ${TS('t')}, data::text AS data, created_by, ${TS('created_at')}, ${TS('updated_at')}, ${TS('deleted_at')}, hlc`,
      observations: `id, subject_id, metric, ${TS('t')}, value, device_id, ${TS('created_at')}`,
      alerts: `id, subject_id, kind, rule_key, metric, value, priority, message, detail::text AS detail, ${TS('raised_at')},
               ${TS('acknowledged_at')}, acknowledged_by, ${TS('resolved_at')}, ${TS('condition_ended_at')}, ${TS('updated_at')}`,
      tremor_minutes: `subject_id, ${TS('t')}, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent,
               encode(features, 'hex') AS features, encode(flags, 'hex') AS flags, settled::int AS settled, ${TS('updated_at')}, hlc`,
      cry_episodes: `id, subject_id, source, session_id, ${TS('start_t')}, ${TS('end_t')}, peak, ${TS('created_at')}`,
    };
    const r = await this.client.query(
      `SELECT ${cols[entity]}, seq, origin FROM tend_${entity} WHERE seq > $1 AND (origin <> $2 OR $4) ORDER BY seq LIMIT $3`,
      [cursor, notOrigin, limit, PULL_OWN.has(entity)],
    );
    // int8 arrives as a string (it may exceed 2^53); ours are epoch ms and a sequence, far below.
    return r.rows.map((row: Record<string, unknown>) => {
      const out: Record<string, unknown> = { ...row, seq: Number(row.seq) };
      for (const k of ['t', 'created_at', 'updated_at', 'deleted_at', 'raised_at', 'acknowledged_at', 'resolved_at', 'condition_ended_at', 'start_t', 'end_t']) if (k in row && row[k] !== null) out[k] = Number(row[k]);
      return out;
    }) as unknown as Array<Pulled<Batch[E][number]>>;
  }
}
