import type { Db } from '../../db/open';
import { setImmediate } from 'node:timers/promises';
import { copyField, type Batch } from './remote';

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

/** Outbox entries whose readings `nextSliced` reads at a time. */
const SLICE = 2000;
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
   * The oldest `limit` entries' rows (each row once), and the last entry's seq. With
   * `copyOrigin`, the page's readings come as COPY text lines for tend_observations
   * (`observation_lines`, origin last) when every one of their times can be written so.
   */
  next(limit: number, opts: { copyOrigin?: string; after?: number } = {}): { batch: Batch; lastSeq: number } | null {
    const b = this.bounds(limit, opts.after);
    if (!b) return null;
    return this.read(b.lo, b.hi, opts.copyOrigin === undefined ? null : this.observationLines(b.lo, b.hi, opts.copyOrigin));
  }

  /**
   * As `next` with `copyOrigin`, for the entries after `after`, reading the readings' lines
   * in slices with a turn of the event loop between them: round.ts reads the next page
   * while the current one is in Postgres, so this process's share of a large push runs
   * beside the remote's instead of between its pages (issue #18).
   */
  async nextSliced(limit: number, opts: { copyOrigin: string; after: number }): Promise<{ batch: Batch; lastSeq: number } | null> {
    await setImmediate(); // the push this reads beside starts first
    const b = this.bounds(limit, opts.after);
    if (!b) return null;
    let lines: string[] | null = [];
    for (let from = b.lo; from <= b.hi; from += SLICE) {
      const part = this.observationLines(from, Math.min(from + SLICE - 1, b.hi), opts.copyOrigin);
      if (!part) {
        lines = null;
        break;
      }
      for (const line of part) lines.push(line);
      await setImmediate();
    }
    return this.read(b.lo, b.hi, lines);
  }

  /** The seq range of the oldest `limit` entries after `after`. */
  private bounds(limit: number, after = -1): { lo: number; hi: number } | null {
    const b = this.db.$client
      .prepare<[number, number], { lo: number | null; hi: number | null }>(`SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM (SELECT seq FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?)`)
      .get(after, limit)!;
    return b.lo === null || b.hi === null ? null : { lo: b.lo, hi: b.hi };
  }

  /** The rows entries lo..hi name; the readings as `lines` when given. */
  private read(lo: number, hi: number, lines: string[] | null): { batch: Batch; lastSeq: number } {
    const c = this.db.$client;
    const rows = <R>(entity: string, cols: string): R[] =>
      c.prepare<[string, number, number], R>(
        `SELECT ${cols} FROM ${entity} x WHERE x.rowid IN (SELECT DISTINCT row_id FROM sync_outbox WHERE entity = ? AND seq BETWEEN ? AND ?) ORDER BY x.rowid`,
      ).all(entity, lo, hi);
    return {
      lastSeq: hi,
      batch: {
        ...(lines ? { observation_lines: lines } : {}),
        subjects: rows<Batch['subjects'][number]>('subjects', `id, name, kind, birth_date, settings, field_stamps, created_at, updated_at, hlc, field_hlc`),
        thresholds: (
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
        // A compact reading has no rowid (migration 0021): its entries name its key, t in row_id and [s, m, id] in ref.
        observations: lines ? [] : c.prepare<[number, number], Batch['observations'][number]>(`${OBSERVATIONS_NAMED} SELECT id, subject_id, metric, t, value, device_id, created_at FROM x ORDER BY x.seq`).all(lo, hi),
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
        event_deletions: c
          .prepare<[number, number], Batch['event_deletions'][number]>(
            `SELECT DISTINCT json_extract(ref, '$[0]') AS subject_id, json_extract(ref, '$[1]') AS id, row_id AS deleted_at
               FROM sync_outbox WHERE entity = 'event_deletions' AND seq BETWEEN ? AND ?`,
          )
          .all(lo, hi),
      },
    };
  }

  /**
   * The readings of entries lo..hi as COPY text lines (text format: tab-separated, `\N` for
   * NULL, backslash, tab, newline and CR escaped), made by SQLite: building an object per
   * row and then its text in JavaScript was most of a large push's time in this process
   * (issue #18). Times as ISO text, exact for whole milliseconds in years 0–9999, values
   * with 17 significant digits, which read back as the same double. Null when any time is
   * outside that (the page then goes as rows, remote.ts `directTime`) or a value is not finite.
   */
  private observationLines(lo: number, hi: number, origin: string): string[] | null {
    const esc = (col: string) => `replace(replace(replace(replace(${col}, '\\', '\\\\'), char(9), '\\t'), char(10), '\\n'), char(13), '\\r')`;
    const iso = (col: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${col} / 1000.0, 'unixepoch')`;
    const ok = (col: string) => `typeof(${col}) = 'integer' AND ${col} BETWEEN -62167219200000 AND 253402300799999`;
    const lines = this.db.$client
      .prepare<[number, number, string], string | null>(
        `${OBSERVATIONS_NAMED} SELECT CASE WHEN ${ok('t')} AND ${ok('created_at')} AND value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN
                  ${esc('id')} || char(9) || ${esc('subject_id')} || char(9) || ${esc('metric')} || char(9) || ${iso('t')} || char(9) ||
                  printf('%!.17g', value) || char(9) || COALESCE(${esc('device_id')}, '\\N') || char(9) || ${iso('created_at')} || char(9) || ? END
           FROM x ORDER BY x.seq`,
      )
      .pluck()
      .all(lo, hi, copyField(origin));
    return lines.includes(null) ? null : (lines as string[]);
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
