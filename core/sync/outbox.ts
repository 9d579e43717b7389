import type { Db } from '../../db/open';
import type { Batch, KeyedReading, ReadingSource } from './remote';

/**
 * The readings outbox entries seq ? to ? name, as rows `x` (a CTE; the two seq bounds are its
 * first parameters), each once in the order first queued. A compact reading has no rowid
 * (migration 0021): its entries name its key, t in row_id and [s, m, id] in ref.
 */
const OBSERVATIONS_NAMED = `WITH q AS (SELECT row_id, ref, MIN(seq) AS seq FROM sync_outbox WHERE entity = 'observations' AND seq BETWEEN ? AND ? GROUP BY row_id, ref),
  x AS (SELECT CASE WHEN o.id = '' THEN mk.metric || '@' || o.t ELSE o.id END AS id, sk.subject_id, mk.metric, o.t, o.value,
               dk.device_id, o.t + o.created_after AS created_at, q.seq
          FROM q
          JOIN observation_rows o ON o.s = json_extract(q.ref, '$[0]') AND o.m = json_extract(q.ref, '$[1]') AND o.t = q.row_id AND o.id = json_extract(q.ref, '$[2]')
          JOIN subject_keys sk ON sk.key = o.s
          JOIN metric_keys mk ON mk.key = o.m
          LEFT JOIN device_keys dk ON dk.key = o.d)`;

/**
 * Outbox entries whose readings a push page reads from SQLite at a time, as COPY asks for
 * them: the next slice is read while Postgres stores the one before (issue #18).
 */
const SLICE = 4000;
/** The kv key that turns the outbox triggers on (migration 0006's `WHEN` names it too). */
const ENABLED_KEY = 'sync.enabled';

/**
 * The local side of pushing: the `sync_outbox` table (db/schema.ts) read in order, joined
 * to the rows it names as they are now. An entry whose row has since been deleted names
 * nothing and is dropped with the batch.
 */
export class Outbox {
  constructor(private readonly db: Db) {}

  /**
   * From the first round on, the triggers (migrations 0006, 0007) queue every change; before it
   * they queue nothing, so an install that never syncs keeps no outbox. Turning it on
   * queues what the install already holds, in the same transaction, so nothing written
   * before or meanwhile is missed.
   */
  enable(): void {
    const c = this.db.$client;
    c.transaction(() => {
      if (this.enabled()) return;
      c.exec(`
        INSERT INTO sync_outbox (entity, row_id) SELECT 'subjects', rowid FROM subjects ORDER BY created_at, rowid;
        INSERT INTO sync_outbox (entity, row_id) SELECT 'thresholds', rowid FROM subjects WHERE thresholds_updated_at IS NOT NULL ORDER BY rowid;
        INSERT INTO sync_outbox (entity, row_id) SELECT 'events', rowid FROM events ORDER BY rowid;
        INSERT INTO sync_outbox (entity, row_id, ref) SELECT 'observations', t, json_array(s, m, id) FROM observation_rows ORDER BY t + created_after, s, m, t, id;
        INSERT INTO sync_outbox (entity, row_id) SELECT 'alerts', rowid FROM alerts ORDER BY rowid;
        INSERT INTO sync_outbox (entity, row_id) SELECT 'tremor_minutes', rowid FROM tremor_minutes ORDER BY rowid;
        INSERT INTO sync_outbox (entity, row_id) SELECT 'cry_episodes', rowid FROM cry_episodes ORDER BY rowid;
      `);
      c.prepare(`INSERT INTO kv (key, value, updated_at) VALUES (?, '1', ?)`).run(ENABLED_KEY, Date.now());
    }).immediate();
  }

  private enabled(): boolean {
    return this.db.$client.prepare(`SELECT 1 FROM kv WHERE key = ?`).get(ENABLED_KEY) !== undefined;
  }

  pending(): number {
    return this.db.$client.prepare<[], number>(`SELECT COUNT(*) FROM sync_outbox`).pluck().get()!;
  }

  /**
   * Queues the deletion of an event once this install syncs. Called by the one path that
   * deletes single events (core/records/events.ts `remove`: chat's Undo, the medication
   * log); a person's events deleted with the person are not queued (deleting a person
   * does not travel).
   */
  queueEventDeletion(subjectId: string, id: string, at: number): void {
    if (!this.enabled()) return;
    // row_id carries the deletion time: the row, and so its rowid, is gone. An event is
    // known by its person and id (an id is unique within its person only), so ref names both.
    this.db.$client.prepare(`INSERT INTO sync_outbox (entity, row_id, ref) VALUES ('event_deletions', ?, json_array(?, ?))`).run(at, subjectId, id);
  }

  /**
   * The rows of the oldest `limit` entries after seq `after` (each row once), and the last
   * entry's seq. The page's readings are not read here but as they are sent (`readings`):
   * a page's worth of them held in memory, and read before any was sent, kept Postgres
   * idle meanwhile. `meanwhile` runs once the page's first readings went out, or here
   * when it holds none.
   */
  page(limit: number, opts: { after?: number; meanwhile?: () => void } = {}): { batch: Batch; lastSeq: number } | null {
    // The page's bounds and which entities it holds in one pass over its entries (each
    // lookup below scans them again, so only the entities it holds are looked up).
    const b = this.db.$client
      .prepare<[number, number], { lo: number | null; hi: number | null; held: string | null }>(
        `SELECT MIN(seq) AS lo, MAX(seq) AS hi, group_concat(DISTINCT entity) AS held FROM (SELECT seq, entity FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?)`,
      )
      .get(opts.after ?? -1, limit)!;
    if (b.lo === null || b.hi === null) return null;
    const held = new Set((b.held ?? '').split(','));
    if (!held.has('observations')) opts.meanwhile?.();
    return this.read(b.lo, b.hi, held, opts.meanwhile);
  }

  /** The rows entries lo..hi name (of the entities `held`), the readings as a source read while they are sent. */
  private read(lo: number, hi: number, held: ReadonlySet<string>, meanwhile?: () => void): { batch: Batch; lastSeq: number } {
    const c = this.db.$client;
    const rows = <R>(entity: string, cols: string): R[] =>
      !held.has(entity)
        ? []
        : c.prepare<[string, number, number], R>(
            `SELECT ${cols} FROM ${entity} x WHERE x.rowid IN (SELECT DISTINCT row_id FROM sync_outbox WHERE entity = ? AND seq BETWEEN ? AND ?) ORDER BY x.rowid`,
          ).all(entity, lo, hi);
    return {
      lastSeq: hi,
      batch: {
        ...(held.has('observations') ? { readings: this.readings(lo, hi, meanwhile) } : {}),
        subjects: rows<Batch['subjects'][number]>('subjects', `id, name, kind, birth_date, settings, field_stamps, created_at, updated_at, hlc, field_hlc`),
        thresholds: !held.has('thresholds') ? [] : (
          c.prepare<[number, number], Batch['thresholds'][number]>(
            `SELECT x.id AS subject_id, x.thresholds_updated_at AS updated_at, x.thresholds_hlc AS hlc,
                    (SELECT json_group_array(json_object('metric', metric, 'min', min, 'max', max, 'priority', priority, 'sustain_min', sustain_min))
                       FROM (SELECT * FROM thresholds t WHERE t.subject_id = x.id ORDER BY t.id)) AS items
               FROM subjects x
              WHERE x.thresholds_updated_at IS NOT NULL
                AND x.rowid IN (SELECT DISTINCT row_id FROM sync_outbox WHERE entity = 'thresholds' AND seq BETWEEN ? AND ?)
              ORDER BY x.rowid`,
          ).all(lo, hi)
        ),
        events: rows<Batch['events'][number]>('events', `id, subject_id, type, t, data, created_by, created_at, updated_at, hlc`),
        observations: [],
        alerts: rows<Batch['alerts'][number]>(
          'alerts',
          `id, subject_id, kind, rule_key, metric, value, priority, message, detail, raised_at, acknowledged_at, resolved_at, condition_ended_at, updated_at,
           COALESCE((SELECT email FROM users u WHERE u.id = x.acknowledged_by), x.acknowledged_by) AS acknowledged_by`,
        ),
        tremor_minutes: rows<Batch['tremor_minutes'][number]>(
          'tremor_minutes',
          `subject_id, t, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent,
           hex(features) AS features, hex(flags) AS flags, settled, updated_at, hlc`,
        ),
        cry_episodes: rows<Batch['cry_episodes'][number]>('cry_episodes', `id, subject_id, source, session_id, start_t, end_t, peak, created_at`),
        event_deletions: !held.has('event_deletions') ? [] : c
          .prepare<[number, number], Batch['event_deletions'][number]>(
            `SELECT DISTINCT json_extract(ref, '$[0]') AS subject_id, json_extract(ref, '$[1]') AS id, row_id AS deleted_at
               FROM sync_outbox WHERE entity = 'event_deletions' AND seq BETWEEN ? AND ?`,
          )
          .all(lo, hi),
      },
    };
  }

  /**
   * The readings entries lo..hi name, for Remote.push: in slices of SLICE entries, each read
   * when the COPY stream asks for it, person, metric and device as their integer keys (a
   * string per row for each, made and dropped a million times, was a good part of this
   * process's share of a large push); or all at once as rows, for the merge. `meanwhile`
   * runs once, after the first slice went out: work that would otherwise keep Postgres
   * waiting between pages (round.ts removes the page before from the outbox there).
   */
  private readings(lo: number, hi: number, meanwhile?: () => void): ReadingSource {
    const c = this.db.$client;
    // A compact reading has no rowid (migration 0021): its entries name its key, t in row_id and [s, m, id] in ref.
    // Each entry once, not grouped by reading as OBSERVATIONS_NAMED is (a fifth of the read):
    // a reading queued twice in one page is sent twice, the remote's key refuses the COPY,
    // and the page goes through the merge, read as rows, each once.
    const keyed = c.prepare<[number, number], KeyedReading>(
      `SELECT CASE WHEN o.id = '' THEN (SELECT metric FROM metric_keys WHERE key = o.m) || '@' || o.t ELSE o.id END, o.s, o.m, o.t, o.value, o.d, o.t + o.created_after
         FROM sync_outbox q
         JOIN observation_rows o ON o.s = json_extract(q.ref, '$[0]') AND o.m = json_extract(q.ref, '$[1]') AND o.t = q.row_id AND o.id = json_extract(q.ref, '$[2]')
        WHERE q.entity = 'observations' AND q.seq BETWEEN ? AND ?
        ORDER BY q.seq`,
    ).raw();
    const names = { subject: 'SELECT subject_id FROM subject_keys WHERE key = ?', metric: 'SELECT metric FROM metric_keys WHERE key = ?', device: 'SELECT device_id FROM device_keys WHERE key = ?' };
    const source: ReadingSource = {
      count: 0,
      *slices() {
        source.count = 0;
        for (let from = lo; from <= hi; from += SLICE) {
          const slice = keyed.all(from, Math.min(from + SLICE - 1, hi));
          source.count += slice.length;
          if (slice.length) yield slice;
          meanwhile?.();
          meanwhile = undefined;
        }
      },
      name: (kind, key) => {
        const n = c.prepare<[number], string>(names[kind]).pluck().get(key);
        if (n === undefined) throw new Error(`reading names ${kind} key ${key}, which this database does not hold`);
        return n;
      },
      rows: () => {
        const all = c.prepare<[number, number], Batch['observations'][number]>(`${OBSERVATIONS_NAMED} SELECT id, subject_id, metric, t, value, device_id, created_at FROM x ORDER BY x.seq`).all(lo, hi);
        source.count = all.length;
        return all;
      },
    };
    return source;
  }

  /** The remote has committed everything up to `seq`. */
  ack(seq: number): void {
    this.db.$client.prepare(`DELETE FROM sync_outbox WHERE seq <= ?`).run(seq);
  }

  /**
   * Runs `apply` (writes of rows pulled from the remote) in one transaction and takes the
   * outbox entries its writes made back out, so pulled rows are not pushed back.
   */
  withoutEcho<T>(apply: () => T): T {
    const c = this.db.$client;
    return c.transaction(() => {
      const mark = c.prepare<[], number>(`SELECT COALESCE(MAX(seq), 0) FROM sync_outbox`).pluck().get()!;
      const out = apply();
      c.prepare(`DELETE FROM sync_outbox WHERE seq > ?`).run(mark);
      return out;
    }).immediate();
  }
}
