import type Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';

/** Where the copy of a database is kept while its readings move to the compact layout. */
export function beforeCompactPath(file: string): string {
  return `${file}.before-0021`;
}

/** How far the move has got: rows moved so far of all there were when it started. */
export type CompactProgress = (done: number, total: number) => void;

const OLD_OBS = 'observations_before_0021';
const OLD_ROLLUPS = 'rollups_before_0021';
/** Rows per transaction: a crash loses at most one batch's work, never a row. */
const BATCH = 5_000;

function hasTable(c: Database.Database, name: string): boolean {
  return c.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** True when migration 0021 is still to come and there are readings it would move. */
export function compactMoveAhead(c: Database.Database): boolean {
  const migrated = c.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!migrated || !hasTable(c, 'observations')) return false;
  const applied = c.prepare<[], number>(`SELECT COALESCE(MAX(created_at), 0) FROM __drizzle_migrations`).pluck().get()!;
  if (applied >= 1795600900000) return false;
  return c.prepare(`SELECT 1 FROM observations LIMIT 1`).get() !== undefined || c.prepare(`SELECT 1 FROM rollups LIMIT 1`).get() !== undefined;
}

/** Whether readings or rollups set aside by migration 0021 are still to move (`moveToCompactLayout` has work). */
export function compactMovePending(c: Database.Database): boolean {
  return hasTable(c, OLD_OBS) || hasTable(c, OLD_ROLLUPS);
}

/**
 * Moves the readings and rollups migration 0021 set aside into the compact tables, in
 * batches, each its own transaction that inserts the new rows and deletes the old ones
 * (so an interrupted move resumes where it stopped and nothing is copied twice). Pending
 * sync outbox entries naming old rowids are rewritten to name the rows' new keys. When
 * the old tables are empty and the counts agree, they are dropped, the file is vacuumed
 * and the copy kept beside it (`backup`, when given) is removed. Throws, keeping the copy,
 * when the counts disagree. Returns how many rows moved.
 */
export function moveToCompactLayout(c: Database.Database, opts: { backup?: string; onProgress?: CompactProgress } = {}): number {
  if (!compactMovePending(c)) return 0;
  const count = (table: string) => (hasTable(c, table) ? c.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get()! : 0);
  const obsBefore = count('observation_rows');
  const rollBefore = count('rollup_rows');
  const obsToMove = count(OLD_OBS);
  const rollToMove = count(OLD_ROLLUPS);
  const total = obsToMove + rollToMove;
  let done = 0;
  opts.onProgress?.(done, total);

  if (obsToMove > 0) {
    const keys = [
      c.prepare(`INSERT OR IGNORE INTO subject_keys (subject_id) SELECT DISTINCT subject_id FROM ${OLD_OBS} WHERE rowid BETWEEN ? AND ?`),
      c.prepare(`INSERT OR IGNORE INTO metric_keys (metric) SELECT DISTINCT metric FROM ${OLD_OBS} WHERE rowid BETWEEN ? AND ?`),
      c.prepare(`INSERT OR IGNORE INTO device_keys (device_id) SELECT DISTINCT device_id FROM ${OLD_OBS} WHERE rowid BETWEEN ? AND ? AND device_id IS NOT NULL`),
    ];
    // The stored id is '' exactly where the old id is the one the new layout derives.
    const storedId = `CASE WHEN o.id = o.metric || '@' || o.t THEN '' ELSE o.id END`;
    const move = c.prepare(
      `INSERT INTO observation_rows (s, m, t, id, value, d, created_after)
       SELECT sk.key, mk.key, o.t, ${storedId}, o.value, dk.key, o.created_at - o.t
         FROM ${OLD_OBS} o
         JOIN subject_keys sk ON sk.subject_id = o.subject_id
         JOIN metric_keys mk ON mk.metric = o.metric
         LEFT JOIN device_keys dk ON dk.device_id = o.device_id
        WHERE o.rowid BETWEEN ? AND ?`,
    );
    const outbox = c.prepare(
      `UPDATE sync_outbox SET
         ref = (SELECT json_array(sk.key, mk.key, ${storedId}) FROM ${OLD_OBS} o
                  JOIN subject_keys sk ON sk.subject_id = o.subject_id JOIN metric_keys mk ON mk.metric = o.metric
                 WHERE o.rowid = sync_outbox.row_id),
         row_id = (SELECT o.t FROM ${OLD_OBS} o WHERE o.rowid = sync_outbox.row_id)
       WHERE entity = 'observations' AND ref IS NULL AND row_id BETWEEN ? AND ?
         AND row_id IN (SELECT rowid FROM ${OLD_OBS} WHERE rowid BETWEEN ? AND ?)`,
    );
    const drop = c.prepare(`DELETE FROM ${OLD_OBS} WHERE rowid BETWEEN ? AND ?`);
    const upTo = c.prepare<[number, number], number | null>(`SELECT MAX(rowid) FROM (SELECT rowid FROM ${OLD_OBS} WHERE rowid >= ? ORDER BY rowid LIMIT ?)`).pluck();
    const batch = c.transaction((lo: number, hi: number) => {
      for (const k of keys) k.run(lo, hi);
      const moved = move.run(lo, hi).changes;
      outbox.run(lo, hi, lo, hi);
      drop.run(lo, hi);
      return moved;
    });
    let lo = c.prepare<[], number>(`SELECT MIN(rowid) FROM ${OLD_OBS}`).pluck().get()!;
    for (;;) {
      const hi = upTo.get(lo, BATCH)!;
      if (hi === null) break;
      done += batch.immediate(lo, hi);
      opts.onProgress?.(done, total);
      lo = hi + 1;
    }
  }
  // Entries that named a row deleted before the move name nothing (the round would have dropped them).
  c.prepare(`DELETE FROM sync_outbox WHERE entity = 'observations' AND ref IS NULL`).run();

  if (rollToMove > 0) {
    const pairs = c.prepare<[], [string, string]>(`SELECT DISTINCT subject_id, metric FROM ${OLD_ROLLUPS}`).raw().all();
    const subjectKey = c.prepare(`INSERT INTO subject_keys (subject_id) VALUES (?) ON CONFLICT(subject_id) DO UPDATE SET subject_id = excluded.subject_id RETURNING key`).pluck();
    const metricKey = c.prepare(`INSERT INTO metric_keys (metric) VALUES (?) ON CONFLICT(metric) DO UPDATE SET metric = excluded.metric RETURNING key`).pluck();
    const move = c.prepare(
      `INSERT INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
       SELECT ?, ?, level, bucket, count, sum, min, max FROM ${OLD_ROLLUPS} WHERE subject_id = ? AND metric = ?`,
    );
    const drop = c.prepare(`DELETE FROM ${OLD_ROLLUPS} WHERE subject_id = ? AND metric = ?`);
    const pair = c.transaction((subject: string, metric: string) => {
      const moved = move.run(subjectKey.get(subject), metricKey.get(metric), subject, metric).changes;
      drop.run(subject, metric);
      return moved;
    });
    for (const [subject, metric] of pairs) {
      done += pair.immediate(subject, metric);
      opts.onProgress?.(done, total);
    }
  }

  const left = count(OLD_OBS) + count(OLD_ROLLUPS);
  const obsAfter = count('observation_rows');
  const rollAfter = count('rollup_rows');
  if (left !== 0 || obsAfter !== obsBefore + obsToMove || rollAfter !== rollBefore + rollToMove) {
    throw new Error(
      `moving readings to the compact layout did not account for every row (readings ${obsBefore}+${obsToMove}→${obsAfter}, ` +
        `rollups ${rollBefore}+${rollToMove}→${rollAfter}, ${left} left behind)` +
        (opts.backup ? `; the database as it was before is kept at ${opts.backup}` : ''),
    );
  }
  // Checked above as moved; then what migration 0023 drops from a database already compact.
  dropOneReadingFineRollups(c);
  c.exec(`DROP TABLE IF EXISTS ${OLD_OBS}; DROP TABLE IF EXISTS ${OLD_ROLLUPS};`);
  // The old rows' pages are free now; give them back so the file is as small as the layout.
  if (total > 0) c.exec('VACUUM');
  if (opts.backup && existsSync(opts.backup)) rmSync(opts.backup, { force: true });
  return done;
}

/**
 * Migration 0023's statement (keep the two the same): drops the 5-minute rollup rows of
 * buckets holding one reading, which the layout answers from the reading itself
 * (core/records/observations.ts, FINE_LEVEL). A row whose bucket has lost its readings
 * (deleted raw rows) or holds several stays. Returns how many went.
 */
export function dropOneReadingFineRollups(c: Database.Database): number {
  return c
    .prepare(
      `DELETE FROM rollup_rows
        WHERE level = 5 AND count = 1
          AND (SELECT COUNT(*) FROM observation_rows o
                WHERE o.s = rollup_rows.s AND o.m = rollup_rows.m AND o.t >= rollup_rows.bucket AND o.t < rollup_rows.bucket + 300000) = 1`,
    )
    .run().changes;
}
