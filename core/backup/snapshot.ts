import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MIGRATIONS_DIR, hasSqliteHeader, knownMigrations } from '../../db/open';
import { HEARTBEAT_KEY, parseHeartbeat } from '../alerts/watchdog';
import type { Core } from '../core-types';
import type { SqlRow } from '../../db/rows';
import type { kv } from '../../db/schema';

/** Why a backup or a restore was refused; `bad_input` names a file the user gave (CLI exit 2). */
export class BackupError extends Error {
  constructor(
    readonly code: 'bad_input' | 'in_use' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** What a backup file holds, read from the file itself. */
export interface BackupFacts {
  path: string;
  bytes: number;
  /** Migrations applied in it (this build knows `known`). */
  migrations: number;
  known: number;
  subjects: number;
  observations: number;
  events: number;
}

/**
 * Reads a backup without changing it: an SQLite file that passes `integrity_check`, with
 * Tend's tables, from this Tend or an older one. Anything else is refused by name.
 */
export function inspectBackup(path: string, migrationsDir = MIGRATIONS_DIR, checked?: CheckedInThread): BackupFacts {
  const file = resolve(path);
  if (!existsSync(file)) throw new BackupError('bad_input', `${path}: no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new BackupError('bad_input', `${path}: not a file`);
  if (st.size === 0 || !hasSqliteHeader(file)) throw new BackupError('bad_input', `${path}: not a Tend backup (not an SQLite file)`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError('bad_input', `${path}: cannot be opened (${(e as Error).message})`);
  }
  try {
    let check: unknown = checked?.integrity;
    if (check === undefined) {
      try {
        check = db.pragma('integrity_check', { simple: true });
      } catch (e) {
        check = (e as Error).message;
      }
    }
    if (check !== 'ok') throw new BackupError('bad_input', `${path}: damaged (integrity check: ${String(check)})`);
    // `observations` is a view over the compact readings since migration 0021.
    const has = (t: string) => !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?`).get(t);
    if (!has('__drizzle_migrations') || !has('subjects') || !has('observations')) throw new BackupError('bad_input', `${path}: an SQLite file, but not a Tend database`);
    // Counted in the thread when it checked the file: COUNT(*) of a year of readings took the hub's loop for a while.
    const count = (t: CountedTable) => checked?.counts?.[t] ?? (has(t) ? db.prepare<[], number>(`SELECT COUNT(*) FROM ${t}`).pluck().get()! : 0);
    const known = knownMigrations(migrationsDir);
    const migrations = count('__drizzle_migrations');
    if (migrations > known) throw new BackupError('bad_input', `${path}: written by a newer Tend (${migrations} migrations, this build knows ${known}); update Tend to restore it`);
    return { path: file, bytes: st.size, migrations, known, subjects: count('subjects'), observations: count('observations'), events: count('events') };
  } finally {
    db.close();
  }
}

const COUNTED = ['__drizzle_migrations', 'subjects', 'observations', 'events'] as const;
type CountedTable = (typeof COUNTED)[number];
/** What the thread found: the integrity check's answer and, when it passed, the rows of each table it has. */
export interface CheckedInThread {
  integrity: string;
  counts?: Partial<Record<CountedTable, number>>;
}

// Plain JavaScript, so it runs as an eval'd worker from source, in tests and in the bundle alike.
const INTEGRITY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
let result;
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  try {
    result = { integrity: String(db.pragma('integrity_check', { simple: true })) };
    if (result.integrity === 'ok') {
      result.counts = {};
      for (const t of workerData.tables) {
        if (db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(t)) result.counts[t] = db.prepare('SELECT COUNT(*) FROM ' + t).pluck().get();
      }
    }
  } finally { db.close(); }
} catch (e) { result = { integrity: String(e && e.message || e) }; }
parentPort.postMessage(result);
`;

/**
 * SQLite's `integrity_check` of a file in a worker thread, with its tables' row counts: it
 * reads the whole file (a second per 100 MB here), which on the hub's thread would hold up
 * live readings and alerts.
 */
export function integrityInThread(path: string): Promise<CheckedInThread> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolvePromise, reject) => {
    const w = new Worker(INTEGRITY_WORKER, { eval: true, workerData: { module, path, tables: COUNTED }, name: 'tend-backup-check' });
    w.once('message', (m: CheckedInThread) => {
      resolvePromise(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent copy of a live database (SQLite's online backup: readers and writers go
 * on meanwhile; what was committed when it finished is in the copy, WAL included). Written
 * beside `dest` first, checked, flushed to disk and then renamed, so `dest` is either a
 * whole, checked backup or absent. Owner-only permissions: it holds health records and
 * password hashes. Refuses to overwrite.
 */
export async function backupTo(source: Database.Database, dest: string, migrationsDir = MIGRATIONS_DIR): Promise<BackupFacts> {
  const file = resolve(dest);
  if (existsSync(file)) throw new BackupError('bad_input', `${dest}: already exists; a backup never overwrites a file`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  let checked: CheckedInThread;
  try {
    await source.backup(partial);
    chmodSync(partial, 0o600);
    checked = await integrityInThread(partial);
    inspectBackup(partial, migrationsDir, checked);
    syncFile(partial);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof BackupError) throw new BackupError('failed', `the backup did not check out, nothing was kept: ${e.message}`);
    throw new BackupError('failed', `could not write ${dest}: ${(e as Error).message}`);
  }
  // Checked and counted above, in the thread, before the rename.
  return inspectBackup(file, migrationsDir, checked);
}

/** Tend seems to be running on `dbPath`: its alert timer beat less than this long ago and it has not closed. */
const RUNNING_BEAT_MS = 2 * 60_000;

/** {@link backupTo} of the database `core` stores into (hosts never hold the database itself). */
export function backupCore(core: Core, dest: string, migrationsDir = MIGRATIONS_DIR): Promise<BackupFacts> {
  return backupTo(core.deps.db.$client, dest, migrationsDir);
}

/**
 * Puts a backup in place of the database at `target`. The database must not be open
 * elsewhere (a running hub or app is detected by the alert heartbeat; `force` overrides
 * after a crash). The current database is first saved whole beside it
 * (`<target>.before-restore-<time>`), so a restore loses nothing either; then the backup
 * is copied in beside the target and renamed over it. Returns what was restored and
 * where the earlier database went.
 */
export async function restoreBackup(
  backup: string,
  target: string,
  opts: { now: number; force?: boolean; migrationsDir?: string },
): Promise<{ restored: BackupFacts; previous: string | null }> {
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const facts = inspectBackup(backup, migrationsDir);
  const file = resolve(target);
  if (facts.path === file) throw new BackupError('bad_input', `${backup}: that is the database itself`);
  let previous: string | null = null;
  if (existsSync(file)) {
    let current: Database.Database;
    try {
      current = new Database(file, { fileMustExist: true });
    } catch (e) {
      throw new BackupError('failed', `cannot open the current database ${file}: ${(e as Error).message}`);
    }
    try {
      if (!opts.force) refuseIfRunning(current, file, opts.now);
      previous = `${file}.before-restore-${new Date(opts.now).toISOString().replace(/[:.]/g, '-')}`;
      await current.backup(previous);
      chmodSync(previous, 0o600);
      syncFile(previous);
    } finally {
      // The last connection to close checkpoints the WAL into the file and removes it.
      current.close();
    }
  }
  const partial = `${file}.restore-partial`;
  rmSync(partial, { force: true });
  const src = new Database(facts.path, { readonly: true, fileMustExist: true });
  try {
    await src.backup(partial);
  } catch (e) {
    rmSync(partial, { force: true });
    throw new BackupError('failed', `could not copy ${backup}: ${(e as Error).message}; the database was not changed`);
  } finally {
    src.close();
  }
  chmodSync(partial, 0o600);
  syncFile(partial);
  // A WAL left beside the old file must never be replayed onto the restored one.
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(partial, file);
  return { restored: { ...facts, path: file }, previous };
}

function refuseIfRunning(db: Database.Database, file: string, now: number): void {
  let raw: string | undefined;
  try {
    raw = db.prepare<[string], SqlRow<typeof kv>['value']>(`SELECT value FROM kv WHERE key = ?`).pluck().get(HEARTBEAT_KEY);
  } catch {
    raw = undefined; // a database without the kv table has never run the timer
  }
  const beat = parseHeartbeat(raw);
  if (beat && beat.closed_at === null && now - beat.at < RUNNING_BEAT_MS) {
    const ago = Math.max(0, Math.round((now - beat.at) / 1000));
    throw new BackupError('in_use', `Tend is running on ${file} (its alert timer beat ${ago} s ago): close the app or stop the hub first, or pass --force if it crashed`);
  }
}
