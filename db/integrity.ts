import type Database from 'better-sqlite3';
import { hostname } from 'node:os';
import type { SqlRow } from './rows';
import type { kv } from './schema';

/**
 * When opening a database runs SQLite's `quick_check`. It reads the whole file (a second
 * per few hundred MB here), so running it at every open made a large database's start
 * grow with its size. It runs only when there is reason to:
 * - after an unclean shutdown: a process that opened the database is gone without
 *   closing it (killed, crashed, power lost);
 * - when the last check is older than `CHECK_EVERY_MS`, or there never was one;
 * - when the state below cannot be read (a damaged schema, say).
 *
 * The state lives in the database's own `kv` table, so it travels with the file:
 * `db.open:<pid>@<host>` while a process has it open (removed by a clean close), and
 * `db.integrity_check` with the last check's time, reason, result and duration.
 */
export const CHECK_EVERY_MS = 7 * 24 * 3_600_000;
export const LAST_CHECK_KEY = 'db.integrity_check';
const OPEN_PREFIX = 'db.open:';

export type CheckReason = 'unclean_shutdown' | 'scheduled' | 'never_checked' | 'state_unreadable';

export interface LastCheck {
  at: number;
  reason: CheckReason;
  result: string;
  ms: number;
}

const host = hostname();
let connections = 0;
/** One marker per connection: a process may hold the same file open twice (a test, the CLI beside its core). */
const openKey = (): string => `${OPEN_PREFIX}${process.pid}@${host}#${++connections}`;

/** Whether `pid` on this machine is still running (EPERM: it is, but not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Decision {
  reason: CheckReason | null;
  /** Markers of processes that are gone: removed once the check has passed. */
  stale: string[];
}

/** Reads the state without writing anything: the file is left untouched if the check then fails. */
export function checkDue(client: Database.Database, now: number, everyMs: number = CHECK_EVERY_MS): Decision {
  let rows: Array<{ key: string; value: string }>;
  try {
    const hasKv = client.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kv'`).get();
    // A new (empty) file, or one from before the kv table: nothing to check against yet.
    if (!hasKv) return { reason: 'never_checked', stale: [] };
    rows = client.prepare<[number, string, string], Pick<SqlRow<typeof kv>, 'key' | 'value'>>(`SELECT key, value FROM kv WHERE substr(key, 1, ?) = ? OR key = ?`).all(OPEN_PREFIX.length, OPEN_PREFIX, LAST_CHECK_KEY);
  } catch {
    return { reason: 'state_unreadable', stale: [] };
  }
  const stale: string[] = [];
  let last: LastCheck | null = null;
  for (const r of rows) {
    if (r.key === LAST_CHECK_KEY) {
      last = parseLastCheck(r.value);
      continue;
    }
    const m = /^db\.open:(\d+)@(.*)#\d+$/.exec(r.key);
    if (!m) continue;
    // Another machine's process (a shared folder) cannot be asked; the schedule covers it.
    if (m[2] !== host) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    stale.push(r.key);
  }
  if (stale.length) return { reason: 'unclean_shutdown', stale };
  if (!last) return { reason: 'never_checked', stale };
  if (now - last.at >= everyMs || now < last.at) return { reason: 'scheduled', stale };
  return { reason: null, stale };
}

export function parseLastCheck(raw: string | undefined): LastCheck | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<LastCheck>;
    return typeof v.at === 'number' && typeof v.reason === 'string' && typeof v.result === 'string' ? (v as LastCheck) : null;
  } catch {
    return null;
  }
}

/** Runs `quick_check` (throws its message unless "ok"); the result is recorded by `markOpen`. */
export function quickCheck(client: Database.Database, reason: CheckReason, now: number): LastCheck {
  const started = performance.now();
  const result = String(client.pragma('quick_check', { simple: true }));
  if (result !== 'ok') throw new Error(result);
  return { at: now, reason, result, ms: Math.round(performance.now() - started) };
}

/**
 * After migrating: records the check that ran (if any), removes the gone processes'
 * markers and sets this process's own, which a clean close removes (`closeCleanly`).
 */
export function markOpen(client: Database.Database, decision: Decision, check: LastCheck | null, now: number): string {
  const key = openKey();
  const set = client.prepare(`INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const del = client.prepare(`DELETE FROM kv WHERE key = ?`);
  client.transaction(() => {
    if (check) set.run(LAST_CHECK_KEY, JSON.stringify(check), now);
    if (check) for (const k of decision.stale) del.run(k);
    set.run(key, JSON.stringify({ at: now }), now);
  })();
  return key;
}

/**
 * Wraps `client.close` so that every clean close (the core's, the CLI's, a test's) removes
 * this process's marker first. A process that dies never gets here: its marker stays, and
 * the next open checks the file.
 */
export function closeCleanly(client: Database.Database, key: string): void {
  const close = client.close.bind(client);
  client.close = () => {
    if (client.open && !client.readonly) {
      try {
        client.prepare(`DELETE FROM kv WHERE key = ?`).run(key);
      } catch {
        /* a failing write at close: the next open checks the file, which is what we want */
      }
    }
    return close();
  };
}
