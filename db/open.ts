import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeCompactPath, compactMoveAhead, compactMovePending, moveToCompactLayout, type CompactProgress } from './compact-observations';
import { checkDue, closeCleanly, markOpen, quickCheck, type LastCheck } from './integrity';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Why a database could not be opened; the CLI maps `bad_path`/`not_a_database` to exit 2. */
export class StoreError extends Error {
  readonly code: 'bad_path' | 'not_a_database' | 'too_new' | 'migration_failed';
  constructor(code: StoreError['code'], message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** The migrations shipped with this build; the Electron shell points elsewhere when packaged. */
export const MIGRATIONS_DIR = process.env.TEND_MIGRATIONS_DIR ?? fileURLToPath(new URL('./migrations', import.meta.url));

/** The per-user app-data folder's database, as the contract names it. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tend', 'tend.db');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tend', 'tend.db');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'tend', 'tend.db');
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The file starts with SQLite's 16-byte header (read alone: a database may be gigabytes). */
export function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (creating if needed) a Tend database: checks the folder exists, refuses a
 * file that is not SQLite without touching it, turns on WAL and foreign keys, and
 * applies pending migrations in one transaction each. An older database is migrated
 * forward, never wiped; a database from a newer Tend is refused. Readings stored before
 * the compact layout (migration 0021) are moved after it, reporting `onCompactProgress`,
 * with a copy of the file as it was kept beside it until the move is verified.
 *
 * `readOnly`: for a caller that only reads (a CLI listing). When the open has nothing to
 * write — no migration or compact move pending, no integrity check due — the connection
 * is made query-only and sets no open marker (db/integrity.ts): a process that cannot
 * write cannot leave the file in need of a check, and with nothing written the close has
 * no WAL to checkpoint (the marker's write and removal were a read command's fsyncs,
 * issue #18). Otherwise it opens as any other caller, and the connection may write.
 */
export function openDatabase(path: string, opts: { createDir?: boolean; migrationsDir?: string; now?: number; onCompactProgress?: CompactProgress; readOnly?: boolean } = {}): Db {
  const now = opts.now ?? Date.now();
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  if (!memory) {
    const dir = dirname(file);
    if (!existsSync(dir)) {
      if (opts.createDir) mkdirSync(dir, { recursive: true, mode: 0o700 });
      else throw new StoreError('bad_path', `database folder does not exist: ${dir}`);
    } else if (!statSync(dir).isDirectory()) {
      throw new StoreError('bad_path', `database folder is not a folder: ${dir}`);
    }
    if (existsSync(file)) {
      const st = statSync(file);
      if (!st.isFile()) throw new StoreError('bad_path', `database path is not a file: ${file}`);
      // Check the header ourselves: SQLite would happily treat some junk as an empty
      // database once WAL mode writes to it, and the user's file must stay untouched.
      if (st.size > 0) {
        if (!hasSqliteHeader(file)) {
          throw new StoreError('not_a_database', `${file} is not a Tend database (not an SQLite file, or corrupt); it was left untouched`);
        }
      }
    }
  }
  if (!memory) keepPrivate(file);
  let client: Database.Database;
  let due: ReturnType<typeof checkDue> = { reason: null, stale: [] };
  let checked: LastCheck | null = null;
  try {
    client = new Database(file);
    // quick_check reads the whole file: only after an unclean shutdown, on a schedule, or
    // when the state cannot be read (db/integrity.ts), before anything is written.
    if (!memory) {
      due = checkDue(client, now);
      if (due.reason) checked = quickCheck(client, due.reason, now);
    }
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = NORMAL');
    client.pragma('foreign_keys = ON');
    client.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new StoreError('not_a_database', `${file} is not a usable Tend database (${(e as Error).message}); it was left untouched`);
  }
  const db = drizzle(client, { schema }) as Db;
  const migrationsFolder = opts.migrationsDir ?? MIGRATIONS_DIR;
  refuseNewer(client, migrationsFolder, file);
  if (opts.readOnly && !memory && !due.reason && readyToRead(client, migrationsFolder)) {
    // SQLite itself refuses every write from here on, so "no marker" cannot hide one.
    client.pragma('query_only = ON');
    return db;
  }
  const backup = memory ? undefined : beforeCompactPath(file);
  try {
    if (backup && shipsMigration(migrationsFolder, COMPACT_MIGRATION) && compactMoveAhead(client)) {
      // A copy left by a try whose migration rolled back shows the same state: replace it.
      rmSync(backup, { force: true });
      client.prepare('VACUUM INTO ?').run(backup);
    }
    if (!upToDate(client, migrationsFolder)) migrate(db, { migrationsFolder });
  } catch (e) {
    client.close();
    throw new StoreError('migration_failed', `could not migrate ${file}: ${(e as Error).message}; nothing was changed`);
  }
  try {
    moveToCompactLayout(client, { ...(backup ? { backup } : {}), ...(opts.onCompactProgress ? { onProgress: opts.onCompactProgress } : {}) });
  } catch (e) {
    client.close();
    const kept = backup && existsSync(backup) && !(e as Error).message.includes(backup) ? `; the database as it was before is kept at ${backup}` : '';
    throw new StoreError('migration_failed', `could not move ${file}'s readings to the compact layout: ${(e as Error).message}${kept}`);
  }
  if (!memory) closeCleanly(client, markOpen(client, due, checked, now));
  return db;
}

/**
 * Health data are readable by their owner only, like the secrets key beside them: the
 * database is created 0600 before SQLite opens it, and SQLite gives its -wal and -shm
 * files the database's own mode. A file an older Tend left 0644 (and its -wal/-shm) is
 * tightened. A file we cannot chmod (not ours) is left as it is.
 */
function keepPrivate(file: string): void {
  if (!existsSync(file)) {
    try {
      closeSync(openSync(file, 'wx', 0o600));
      return;
    } catch (e) {
      // Created by someone else in between: treat it as an existing file.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      if (existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600);
    } catch {
      /* someone else's file: SQLite decides whether it can be opened */
    }
  }
}

/** How many migrations this build ships. */
export function knownMigrations(migrationsFolder: string = MIGRATIONS_DIR): number {
  return (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
}

const COMPACT_MIGRATION = '0021_compact_observations';

function shipsMigration(migrationsFolder: string, tag: string): boolean {
  return (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> }).entries.some((e) => e.tag === tag);
}

/**
 * Whether drizzle's migrator would apply nothing: it applies each journal entry newer than
 * the newest applied one, so none is pending once that is at least the journal's newest.
 * Checked first because the migrator reads and hashes every migration file at every open,
 * a real part of a short command's start (issue #18).
 */
function upToDate(client: Database.Database, migrationsFolder: string): boolean {
  const hasTable = client.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'`).get();
  if (!hasTable) return false;
  const applied = client.prepare<[], number | string | null>('SELECT MAX(created_at) FROM __drizzle_migrations').pluck().get()!;
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ when: number }> };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  return applied !== null && Number(applied) >= newest;
}

/** Nothing for an open to write: every migration applied and no readings left to move to the compact layout. */
function readyToRead(client: Database.Database, migrationsFolder: string): boolean {
  return upToDate(client, migrationsFolder) && !compactMovePending(client);
}

/** A database written by a newer Tend has migrations this build does not know: refuse it. */
function refuseNewer(client: Database.Database, migrationsFolder: string, file: string): void {
  const hasTable = client.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'`).get();
  if (!hasTable) return;
  const applied = client.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM __drizzle_migrations').get()!.n;
  const known = knownMigrations(migrationsFolder);
  if (applied > known) {
    client.close();
    throw new StoreError('too_new', `${file} was written by a newer version of Tend (${applied} migrations, this build knows ${known}); update Tend to open it`);
  }
}
