import type Database from 'better-sqlite3';
import { badRequest } from '../../api/errors';
import { METRICS, isMetricCode, toCanonical } from '../../api/metrics';
import { EARLIEST_RECORD_MS as EARLIEST, FUTURE_SLACK_MS, ObservationInput, parseIsoStrict, type Observation } from '../../api/observations';
import { iso } from '../clock';
import type { CoreDeps } from '../context';
import type { SqlRow } from '../../db/rows';
import type { latestObservations } from '../../db/schema';

/** Bucket widths (minutes) maintained as rollups on ingest: 5 min, 1 h, 1 day (UTC-aligned). */
export const ROLLUP_LEVELS = [5, 60, 1440] as const;
/**
 * The 5-minute level is kept only for a bucket holding more than one reading (issue #18):
 * for 5-minute CGM a row per bucket was a row per reading, half the file, and a bucket of
 * one reading is answered as fast from its reading (bench `rollups`); a faster series (1 Hz
 * cry probability, 1-minute CGM) keeps it, at a fraction of its readings' cost, and 5-minute
 * buckets of such a series stay a read of one row each. A bucket whose readings are deleted
 * (`deleteRawBefore`) gets its row first, whatever its count, so its summary outlives them.
 */
export const FINE_LEVEL = 5;
const MIN = 60_000;
const FINE_MS = FINE_LEVEL * MIN;

/**
 * The id of a reading its source gave none: unique within its person (one reading per
 * metric and instant; a second one without an id is a retry) and the same on every
 * install, so the compact layout (migration 0021) stores nothing for it.
 */
export function derivedId(metric: string, t: number): string {
  return `${metric}@${t}`;
}

/** A validated observation ready to store. */
export interface CleanObservation {
  id: string;
  metric: string;
  t: number;
  value: number;
  device_id: string | null;
}

/** Per metric: how many of `rows` and the latest one (what an `observation.added` message says). */
export function latestByMetric(rows: readonly CleanObservation[]): Map<string, { count: number; t: number; value: number }> {
  const latest = new Map<string, { count: number; t: number; value: number }>();
  for (const r of rows) {
    const l = latest.get(r.metric);
    if (!l) latest.set(r.metric, { count: 1, t: r.t, value: r.value });
    else {
      l.count++;
      if (r.t >= l.t) {
        l.t = r.t;
        l.value = r.value;
      }
    }
  }
  return latest;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** The rows actually inserted (not duplicates), in input order. */
  inserted: CleanObservation[];
}

/**
 * Validates a whole batch before touching the store: one bad item rejects the batch
 * with its index and field, so bad input never stores anything.
 */
export function validateBatch(items: readonly unknown[], now: number, knownDevice: (id: string) => boolean): CleanObservation[] {
  const out: CleanObservation[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // Fast path for the common, well-formed item; anything unusual goes through the zod
    // schema, which is the authority and names the field at fault.
    const o = isPlainObservation(item) ? item : strict(item, i);
    const conv = toCanonical(o.metric, o.value, o.unit);
    if (!conv.ok) throw badRequest(`item ${i}: ${conv.message}`, `items[${i}].${conv.field}`);
    // Strict: Date.parse would store 2026-02-30 as 2 March.
    const t = parseIsoStrict(o.t);
    if (Number.isNaN(t)) throw badRequest(`item ${i}: t: must be an ISO 8601 time with an offset, e.g. 2026-01-02T03:04:05Z`, `items[${i}].t`);
    if (t < EARLIEST || t > now + FUTURE_SLACK_MS) {
      throw badRequest(`item ${i}: time ${o.t} is not plausible (before 1990 or more than a day ahead)`, `items[${i}].t`);
    }
    if (o.device_id !== undefined && !knownDevice(o.device_id)) {
      throw badRequest(`item ${i}: device ${o.device_id} is not a device of this subject`, `items[${i}].device_id`);
    }
    out[i] = { id: o.id ?? derivedId(o.metric, t), metric: o.metric, t, value: conv.value, device_id: o.device_id ?? null };
  }
  return out;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** True when the item is exactly what ObservationInput accepts, checked without zod. */
function isPlainObservation(x: unknown): x is ObservationInput {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  if (typeof o.metric !== 'string' || o.metric.length === 0) return false;
  if (typeof o.value !== 'number') return false;
  if (typeof o.t !== 'string' || !ISO_WITH_OFFSET.test(o.t)) return false;
  if (o.id !== undefined && (typeof o.id !== 'string' || o.id.length === 0 || o.id.length > 64)) return false;
  if (o.unit !== undefined && typeof o.unit !== 'string') return false;
  if (o.device_id !== undefined && typeof o.device_id !== 'string') return false;
  return true;
}

function strict(item: unknown, i: number): ObservationInput {
  const parsed = ObservationInput.safeParse(item);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  throw badRequest(`item ${i}: ${path ? path + ': ' : ''}${issue.message}`, `items[${i}]${path ? '.' + path : ''}`);
}

interface Agg {
  metric: string;
  level: number;
  bucket: number;
  count: number;
  sum: number;
  min: number;
  max: number;
}

interface Writes {
  insert: Database.Statement;
  upsertRollup: Database.Statement;
  addToFine: Database.Statement;
  fineFromRows: Database.Statement;
  fineUpsert: Database.Statement;
  keys: KeyTables;
}

export class ObservationStore {
  private writes: Writes | null = null;
  private readonly deviceOf;
  private readonly upsertLatest;
  private readonly latestAll;
  /** The bucket queries, prepared once: for a day of 5-minute buckets preparing cost as much as reading. */
  private buckets: { raw: Database.Statement<unknown[], [number, number, number, number, number]>; readings: Database.Statement<unknown[], [number, number]>; fine: Database.Statement<unknown[], [number, number, number, number, number]> } | null = null;

  constructor(private readonly deps: CoreDeps) {
    const c = deps.db.$client;
    // Replaces the stored newest only when this one is newer by (t, id), the order
    // `list` pages in: an out-of-order (older) reading leaves it alone.
    this.upsertLatest = c.prepare(
      `INSERT INTO latest_observations AS cur (subject_id, metric, id, t, value, device_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(subject_id, metric) DO UPDATE SET id = excluded.id, t = excluded.t, value = excluded.value, device_id = excluded.device_id
       WHERE excluded.t > cur.t OR (excluded.t = cur.t AND excluded.id > cur.id)`,
    );
    this.latestAll = c.prepare<[string], Pick<SqlRow<typeof latestObservations>, 'id' | 'metric' | 't' | 'value' | 'device_id'>>(`SELECT id, metric, t, value, device_id FROM latest_observations WHERE subject_id = ? ORDER BY metric`);
    this.deviceOf = c.prepare(`SELECT subject_id FROM devices WHERE id = ?`).pluck();
  }

  /**
   * The compact tables' statements (migration 0021), prepared at the first write: a core
   * opened on a database of the previous layout (the conversion test fills one) still
   * starts. A conflict on either key, (person, metric, t, id) or (person, client id), is a
   * duplicate.
   */
  private get w(): Writes {
    if (this.writes) return this.writes;
    const c = this.deps.db.$client;
    return (this.writes = {
      insert: c.prepare(`INSERT INTO observation_rows (s, m, t, id, value, d, created_after) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
      upsertRollup: c.prepare(
        `INSERT INTO rollup_rows (s, m, level, bucket, count, sum, min, max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(s, m, level, bucket) DO UPDATE SET
           count = count + excluded.count, sum = sum + excluded.sum,
           min = MIN(min, excluded.min), max = MAX(max, excluded.max)`,
      ),
      addToFine: c.prepare(
        `UPDATE rollup_rows SET count = count + ?, sum = sum + ?, min = MIN(min, ?), max = MAX(max, ?)
          WHERE s = ? AND m = ? AND level = ${FINE_LEVEL} AND bucket = ?`,
      ),
      // From the bucket's readings, the ones just inserted included: exact however its
      // readings arrived (one a batch, live, or all at once).
      fineFromRows: c.prepare(
        `INSERT INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
         SELECT ?, ?, ${FINE_LEVEL}, ?, COUNT(*), SUM(value), MIN(value), MAX(value)
           FROM observation_rows WHERE s = ? AND m = ? AND t >= ? AND t < ? HAVING COUNT(*) > 1`,
      ),
      // A batch bringing several readings to a bucket (bulk, or faster than every 5 minutes):
      // one statement, the row built from the readings or added to.
      fineUpsert: c.prepare(
        `INSERT INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
         SELECT ?, ?, ${FINE_LEVEL}, ?, COUNT(*), SUM(value), MIN(value), MAX(value)
           FROM observation_rows WHERE s = ? AND m = ? AND t >= ? AND t < ?
         ON CONFLICT(s, m, level, bucket) DO UPDATE SET
           count = count + ?, sum = sum + ?, min = MIN(min, ?), max = MAX(max, ?)`,
      ),
      keys: new KeyTables(c),
    });
  }

  validate(subjectId: string, items: readonly unknown[]): CleanObservation[] {
    const cache = new Map<string, boolean>();
    return validateBatch(items, this.deps.clock.now(), (id) => {
      let ok = cache.get(id);
      if (ok === undefined) cache.set(id, (ok = this.deviceOf.get(id) === subjectId));
      return ok;
    });
  }

  /**
   * Stores validated rows; must run inside the caller's transaction. A row whose id this
   * subject already has is a duplicate (a retry); the same id on another subject is that
   * subject's own record and does not matter here. Rollups are
   * aggregated in memory per batch first, so a 10,000-row batch at 1-minute resolution
   * costs ~2,000 rollup upserts, not 30,000.
   */
  write(subjectId: string, rows: readonly CleanObservation[]): IngestResult {
    const now = this.deps.clock.now();
    const aggs = new Map<string, Agg>();
    const newest = new Map<string, CleanObservation>();
    const inserted: CleanObservation[] = [];
    if (rows.length === 0) return { accepted: 0, duplicates: 0, inserted };
    const { insert, upsertRollup, addToFine, fineFromRows, fineUpsert, keys } = this.w;
    // Looked up per batch, not kept: a key made in a transaction that rolls back is gone.
    const s = keys.subject(subjectId);
    const metricKeys = new Map<string, number>();
    const deviceKeys = new Map<string, number>();
    for (const r of rows) {
      let m = metricKeys.get(r.metric);
      if (m === undefined) metricKeys.set(r.metric, (m = keys.metric(r.metric)));
      let d: number | null = null;
      if (r.device_id !== null) {
        d = deviceKeys.get(r.device_id) ?? null;
        if (d === null) deviceKeys.set(r.device_id, (d = keys.device(r.device_id)));
      }
      const id = r.id === derivedId(r.metric, r.t) ? '' : r.id;
      if (insert.run(s, m, r.t, id, r.value, d, now - r.t).changes === 0) continue;
      inserted.push(r);
      const n = newest.get(r.metric);
      if (!n || r.t > n.t || (r.t === n.t && r.id > n.id)) newest.set(r.metric, r);
      for (const level of ROLLUP_LEVELS) {
        const bucket = Math.floor(r.t / (level * MIN)) * level * MIN;
        const key = `${r.metric}\u0000${level}\u0000${bucket}`;
        const a = aggs.get(key);
        if (a) {
          a.count++;
          a.sum += r.value;
          if (r.value < a.min) a.min = r.value;
          if (r.value > a.max) a.max = r.value;
        } else {
          aggs.set(key, { metric: r.metric, level, bucket, count: 1, sum: r.value, min: r.value, max: r.value });
        }
      }
    }
    for (const a of aggs.values()) {
      const m = metricKeys.get(a.metric)!;
      if (a.level !== FINE_LEVEL) upsertRollup.run(s, m, a.level, a.bucket, a.count, a.sum, a.min, a.max);
      else if (a.count > 1) fineUpsert.run(s, m, a.bucket, s, m, a.bucket, a.bucket + FINE_MS, a.count, a.sum, a.min, a.max);
      else if (addToFine.run(a.count, a.sum, a.min, a.max, s, m, a.bucket).changes === 0) fineFromRows.run(s, m, a.bucket, s, m, a.bucket, a.bucket + FINE_MS);
    }
    // One upsert per metric per batch, in the batch's transaction: the latest-values table
    // can never disagree with the rows it summarises.
    for (const r of newest.values()) this.upsertLatest.run(subjectId, r.metric, r.id, r.t, r.value, r.device_id);
    return { accepted: inserted.length, duplicates: rows.length - inserted.length, inserted };
  }

  list(subjectId: string, q: { metric?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number; cursor?: string | undefined; device_id?: string | undefined }): { items: Observation[]; next_cursor: string | null } {
    const where = ['subject_id = ?'];
    const args: unknown[] = [subjectId];
    if (q.device_id) {
      where.push('device_id = ?');
      args.push(q.device_id);
    }
    if (q.metric) {
      where.push('metric = ?');
      args.push(q.metric);
    }
    if (q.from) {
      where.push('t >= ?');
      args.push(Date.parse(q.from));
    }
    if (q.to) {
      where.push('t < ?');
      args.push(Date.parse(q.to));
    }
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      where.push('(t < ? OR (t = ? AND id < ?))');
      args.push(c.t, c.t, c.id);
    }
    const rows = this.deps.db.$client
      // observations is a view (migration 0021): its columns are written out.
      .prepare<unknown[], { id: string; metric: string; t: number; value: number; device_id: string | null }>(`SELECT id, metric, t, value, device_id FROM observations WHERE ${where.join(' AND ')} ORDER BY t DESC, id DESC LIMIT ?`)
      .all(...args, q.limit + 1);
    const more = rows.length > q.limit;
    const page = more ? rows.slice(0, q.limit) : rows;
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({ id: r.id, subject_id: subjectId, metric: r.metric, t: iso(r.t), value: r.value, unit: unitOf(r.metric), device_id: r.device_id })),
      next_cursor: more && last ? encodeCursor(last.t, last.id) : null,
    };
  }

  /**
   * The newest reading of each metric the subject has (of `metrics` only, when given),
   * ordered by metric: one primary-key range read of `latest_observations`, whatever the
   * length of the person's history.
   */
  latest(subjectId: string, metrics?: readonly string[]): Observation[] {
    const rows = this.latestAll.all(subjectId);
    const wanted = metrics ? new Set(metrics) : null;
    return rows
      .filter((r) => !wanted || wanted.has(r.metric))
      .map((r) => ({ id: r.id, subject_id: subjectId, metric: r.metric, t: iso(r.t), value: r.value, unit: unitOf(r.metric), device_id: r.device_id }));
  }

  /** Raw readings of one metric in [from, to), oldest first (for analytics). */
  series(subjectId: string, metric: string, from: number, to: number): { t: Float64Array; v: Float64Array } {
    const rows = this.deps.db.$client
      .prepare<[string, string, number, number], [number, number]>(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t < ? ORDER BY t`)
      .raw()
      .all(subjectId, metric, from, to);
    const t = new Float64Array(rows.length);
    const v = new Float64Array(rows.length);
    rows.forEach((r, i) => {
      t[i] = r[0];
      v[i] = r[1];
    });
    return { t, v };
  }

  /**
   * Deletes a subject's raw rows of one metric stamped before `before`, in batches of
   * `batch` rows, each its own short transaction (a live ingest waits for one batch, not
   * for all). The rollups are left as they are: summaries over the deleted time stay
   * exact, which is the point of deleting raw high-rate rows. A 5-minute bucket without
   * its rollup row (one reading: answered from the reading) gets one first, from all of
   * its readings, so its 5-minute summary outlives them too. Returns how many went.
   */
  deleteRawBefore(subjectId: string, metric: string, before: number, batch = 20_000): number {
    const c = this.deps.db.$client;
    const s = this.w.keys.find('subject', subjectId);
    const m = this.w.keys.find('metric', metric);
    if (s === undefined || m === undefined) return 0;
    // A day of readings a statement, as the deletions below: a first sweep over a long
    // history must not hold the database for all of it at once.
    const keep = c.prepare(
      `INSERT OR IGNORE INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
       SELECT s, m, ${FINE_LEVEL}, t - t % ${FINE_MS} AS b, COUNT(*), SUM(value), MIN(value), MAX(value)
         FROM observation_rows WHERE s = ? AND m = ? AND t >= ? AND t < ? GROUP BY b`,
    );
    const bound = Math.ceil(before / FINE_MS) * FINE_MS;
    const first = c.prepare<[number, number], number | null>(`SELECT MIN(t) FROM observation_rows WHERE s = ? AND m = ?`).pluck().get(s, m)!;
    for (let lo = first === null ? bound : Math.floor(first / FINE_MS) * FINE_MS; lo < bound; lo += 1440 * MIN) keep.run(s, m, lo, Math.min(lo + 1440 * MIN, bound));
    const del = c.prepare(`DELETE FROM observation_rows WHERE (s, m, t, id) IN (SELECT s, m, t, id FROM observation_rows WHERE s = ? AND m = ? AND t < ? LIMIT ?)`);
    let total = 0;
    for (;;) {
      const n = del.run(s, m, before, batch).changes;
      total += n;
      if (n < batch) return total;
    }
  }

  /**
   * Buckets of `widthMs` over [from, to), UTC-aligned (weeks start on Monday). The
   * whole rollup buckets inside the range come from the rollup table; the ragged edges
   * from the raw rows, so the answer is exact for any from/to.
   */
  timeseries(subjectId: string, metric: string, widthMs: number, from: number, to: number): Array<{ t: string; avg: number; min: number; max: number; count: number }> {
    const offset = widthMs % (7 * 1440 * MIN) === 0 ? 4 * 1440 * MIN : 0; // 1970-01-05 was a Monday
    const level = [...ROLLUP_LEVELS].reverse().find((l) => widthMs % (l * MIN) === 0 && offset % (l * MIN) === 0);
    const acc = new Map<number, { count: number; sum: number; min: number; max: number }>();
    const add = (b: number, count: number, sum: number, min: number, max: number) => {
      const a = acc.get(b);
      if (!a) acc.set(b, { count, sum, min, max });
      else {
        a.count += count;
        a.sum += sum;
        a.min = Math.min(a.min, min);
        a.max = Math.max(a.max, max);
      }
    };
    const c = this.deps.db.$client;
    const q = (this.buckets ??= {
      raw: c
        .prepare<unknown[], [number, number, number, number, number]>(
          `SELECT CAST((t - ?) / ? AS INTEGER) * ? + ? AS b, COUNT(*) AS n, SUM(value) AS s, MIN(value) AS lo, MAX(value) AS hi
           FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t < ? GROUP BY b`,
        )
        .raw(),
      readings: c.prepare<unknown[], [number, number]>(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t < ?`).raw(),
      fine: c
        .prepare<unknown[], [number, number, number, number, number]>(`SELECT bucket, count, sum, min, max FROM rollups WHERE subject_id = ? AND metric = ? AND level = ${FINE_LEVEL} AND bucket >= ? AND bucket < ? ORDER BY bucket`)
        .raw(),
    });
    // Between kept 5-minute rows a bucket holds at most one reading (written by this store):
    // summed here as read; a GROUP BY's sorter took twice as long as the reading (bench `rollups`).
    const readings = (lo: number, hi: number) => {
      if (hi <= lo) return;
      for (const [t, v] of q.readings.all(subjectId, metric, lo, hi)) add(Math.floor((t - offset) / widthMs) * widthMs + offset, 1, v, v, v);
    };
    const raw = (lo: number, hi: number) => {
      if (hi <= lo) return;
      const rows = q.raw.all(offset, widthMs, widthMs, offset, subjectId, metric, lo, hi);
      for (const [b, n, s, mn, mx] of rows) add(b, n, s, mn, mx);
    };
    if (level === undefined) {
      raw(from, to);
    } else if (level === FINE_LEVEL) {
      // 5-minute rows exist only for buckets of more than one reading (FINE_LEVEL): each
      // stored row as it is, the readings of the runs of buckets between them (for 5-minute
      // CGM that is the whole range, one range read of the clustered readings).
      const innerFrom = Math.ceil(from / FINE_MS) * FINE_MS;
      const innerTo = Math.floor(to / FINE_MS) * FINE_MS;
      if (innerTo <= innerFrom) raw(from, to);
      else {
        raw(from, innerFrom);
        const rows = q.fine.all(subjectId, metric, innerFrom, innerTo);
        let next = innerFrom;
        for (const [bucket, n, s, mn, mx] of rows) {
          readings(next, bucket);
          add(Math.floor((bucket - offset) / widthMs) * widthMs + offset, n, s, mn, mx);
          next = bucket + FINE_MS;
        }
        readings(next, innerTo);
        raw(innerTo, to);
      }
    } else {
      const step = level * MIN;
      const innerFrom = Math.ceil(from / step) * step;
      const innerTo = Math.floor(to / step) * step;
      if (innerTo <= innerFrom) raw(from, to);
      else {
        raw(from, innerFrom);
        // Buckets as wide as the rollup level: read them as stored, no regrouping.
        const sameWidth = widthMs === step && offset % step === 0;
        const rows = sameWidth
          ? c
              .prepare<unknown[], [number, number, number, number, number]>(`SELECT bucket, count, sum, min, max FROM rollups WHERE subject_id = ? AND metric = ? AND level = ? AND bucket >= ? AND bucket < ?`)
              .raw()
              .all(subjectId, metric, level, innerFrom, innerTo)
          : c
          .prepare<unknown[], [number, number, number, number, number]>(
            `SELECT CAST((bucket - ?) / ? AS INTEGER) * ? + ? AS b, SUM(count), SUM(sum), MIN(min), MAX(max)
             FROM rollups WHERE subject_id = ? AND metric = ? AND level = ? AND bucket >= ? AND bucket < ? GROUP BY b`,
          )
          .raw()
          .all(offset, widthMs, widthMs, offset, subjectId, metric, level, innerFrom, innerTo);
        for (const [b, n, s, mn, mx] of rows) add(b, n, s, mn, mx);
        raw(innerTo, to);
      }
    }
    const keys = [...acc.keys()];
    // Map order is insertion order: already ascending unless edges and inner buckets merged.
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
    if (!sorted) keys.sort((a, b) => a - b);
    const out = new Array<{ t: string; avg: number; min: number; max: number; count: number }>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const b = keys[i]!;
      const a = acc.get(b)!;
      out[i] = { t: isoBucket(b), avg: a.sum / a.count, min: a.min, max: a.max, count: a.count };
    }
    return out;
  }

  stats(subjectId: string, metric: string, from: number, to: number) {
    // Daily buckets (from the rollups, exact at the edges) merged: a year is 365 rows.
    const days = this.timeseries(subjectId, metric, 1440 * MIN, from, to);
    let count = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const b of days) {
      count += b.count;
      sum += b.avg * b.count;
      if (b.min < min) min = b.min;
      if (b.max > max) max = b.max;
    }
    const latest = this.deps.db.$client
      .prepare<[string, string, number, number], { t: number; value: number }>(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t < ? ORDER BY t DESC LIMIT 1`)
      .get(subjectId, metric, from, to);
    return {
      count,
      avg: count ? sum / count : null,
      min: count ? min : null,
      max: count ? max : null,
      latest: latest ? { t: iso(latest.t), value: latest.value } : null,
    };
  }
}

/**
 * The small lookup tables of the compact layout (migration 0021): a person, metric or
 * device is stored on each row as an integer key, made the first time it is written.
 */
export class KeyTables {
  private readonly stmts;
  constructor(c: Database.Database) {
    const pair = (table: string, col: string) => ({
      get: c.prepare<[string], number>(`SELECT key FROM ${table} WHERE ${col} = ?`).pluck(),
      add: c.prepare(`INSERT INTO ${table} (${col}) VALUES (?)`),
    });
    this.stmts = { subject: pair('subject_keys', 'subject_id'), metric: pair('metric_keys', 'metric'), device: pair('device_keys', 'device_id') };
  }
  find(kind: 'subject' | 'metric' | 'device', value: string): number | undefined {
    return this.stmts[kind].get.get(value);
  }
  private make(kind: 'subject' | 'metric' | 'device', value: string): number {
    return this.find(kind, value) ?? Number(this.stmts[kind].add.run(value).lastInsertRowid);
  }
  subject(id: string): number {
    return this.make('subject', id);
  }
  metric(metric: string): number {
    return this.make('metric', metric);
  }
  device(id: string): number {
    return this.make('device', id);
  }
}

/**
 * ISO 8601 for a bucket start. Buckets are whole minutes, so the date part is cached per
 * day and the time written by hand: a year of hourly buckets would otherwise spend a
 * third of the call in Date#toISOString.
 */
let cachedDay = -1;
let cachedPrefix = '';
function isoBucket(ms: number): string {
  if (ms % MIN !== 0 || ms < 0) return iso(ms);
  const day = Math.floor(ms / 86_400_000);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = iso(day * 86_400_000).slice(0, 11);
  }
  const minutes = (ms - day * 86_400_000) / MIN;
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${cachedPrefix}${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:00.000Z`;
}

export function unitOf(metric: string): string {
  return isMetricCode(metric) ? METRICS[metric].unit : '';
}

function encodeCursor(t: number, id: string): string {
  return Buffer.from(JSON.stringify([t, id])).toString('base64url');
}
function decodeCursor(s: string): { t: number; id: string } {
  try {
    const [t, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof t === 'number' && typeof id === 'string') return { t, id };
  } catch {
    /* fall through */
  }
  throw badRequest('cursor is not one this server gave out', 'cursor');
}

/** `5m`, `1h`, `6h`, `1d`, `1w` → milliseconds. */
export function parseInterval(s: string): number {
  const m = /^(\d+)([mhdw])$/.exec(s);
  if (!m) throw badRequest('interval must look like 5m, 1h, 6h, 1d or 1w', 'interval');
  const n = Number(m[1]);
  const unit = { m: 1, h: 60, d: 1440, w: 7 * 1440 }[m[2] as 'm' | 'h' | 'd' | 'w'];
  const ms = n * unit * MIN;
  if (n < 1 || ms > 366 * 1440 * MIN) throw badRequest('interval must be between 1m and 52w', 'interval');
  return ms;
}
/** Exposed for its test only. */
export const isoBucketForTest = isoBucket;
