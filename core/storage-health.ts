import { ApiError } from '../api/errors';
import type { CoreDeps } from './context';
import { iso } from './clock';
import { logger } from './logger';

const log = logger('storage');

/** SQLite result codes (better-sqlite3's `SqliteError.code`) that mean the store itself cannot take writes. */
function storageProblem(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'the disk holding the database is full';
  if (code.startsWith('SQLITE_IOERR')) return `the disk holding the database failed to read or write (${code})`;
  if (code.startsWith('SQLITE_READONLY')) return 'the database file cannot be written (read-only)';
  if (code.startsWith('SQLITE_CORRUPT')) return 'the database file is damaged';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the database file cannot be opened';
  return null;
}

export interface StorageState {
  ok: boolean;
  /** When writes started failing (ISO), while they do. */
  since?: string;
  message?: string;
}

/**
 * Whether the store can take writes. A full disk, an I/O error or a read-only file turns
 * every new reading into a loss, and no alert can be stored to say so: so the core keeps
 * this state in memory, answers each failed write with `storage_unavailable` (HTTP 507)
 * naming the cause, and tells every screen at once with a `storage` event (and in each
 * stream heartbeat), until new data are stored again. The alert timer's heartbeat, a
 * small write every 15 s, notices a full disk even when no data arrive.
 */
export class StorageHealth {
  private failing: { since: number; message: string } | null = null;

  constructor(private readonly deps: Pick<CoreDeps, 'bus' | 'clock'> & { file: string }) {}

  state(): StorageState {
    return this.failing ? { ok: false, since: iso(this.failing.since), message: this.failing.message } : { ok: true };
  }

  /**
   * Runs a write that only touches what is there (the heartbeat): a failure is announced,
   * but a success proves nothing (a small row fits in a full database's free pages).
   */
  attempt<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw this.failed(e);
    }
  }

  /** Runs a write of new data; a storage failure becomes `storage_unavailable` and is announced once per outage, a success ends one. */
  write<T>(fn: () => T): T {
    let out: T;
    try {
      out = fn();
    } catch (e) {
      throw this.failed(e);
    }
    this.succeeded();
    return out;
  }

  /** Maps a storage failure (from any call) to `storage_unavailable`; anything else is returned as it was. */
  failed(e: unknown): unknown {
    const problem = storageProblem(e);
    if (!problem) return e;
    const message = `Writes to the database fail: ${problem} (${this.deps.file}). Nothing stored before is affected; new data are lost until this is fixed.`;
    if (!this.failing) {
      this.failing = { since: this.deps.clock.now(), message };
      log.error('writes are failing', { problem, error: (e as Error).message });
      this.deps.bus.publish({ type: 'storage', ok: false, at: iso(this.failing.since), message });
    }
    return new ApiError('storage_unavailable', message);
  }

  /** A write went through: an outage, if any, is over. */
  succeeded(): void {
    if (!this.failing) return;
    const at = this.deps.clock.now();
    log.info('writes work again', { since: iso(this.failing.since) });
    this.failing = null;
    this.deps.bus.publish({ type: 'storage', ok: true, at: iso(at) });
  }
}
