import type { SyncStatus } from '../../api/sync';
import type { Core } from '../app';
import { localUser } from '../auth/local-user';
import { iso } from '../clock';
import { Kv } from '../kv';
import { logger } from '../logger';
import { Outbox } from './outbox';
import { lastFailure, lastRound, syncRound, type SyncReport } from './round';
import { redactUrl } from './remote-url';

const log = logger('sync');

/**
 * Who owns a person first seen through sync: the account named by `email` (it must exist
 * here), or else the install's local user, the account the CLI and the desktop app run as.
 */
export function syncOwner(core: Core, email?: string): { id: string } {
  if (email !== undefined) {
    const row = core.deps.db.$client.prepare(`SELECT id FROM users WHERE email = ?`).get(email.trim().toLowerCase()) as { id: string } | undefined;
    if (!row) throw new Error(`no account ${email} on this install`);
    return row;
  }
  return localUser(core.auth);
}

/**
 * The hub's sync: a round at start and every `everyMin` minutes with the remote it was
 * started with (`tend hub --sync-url`), and on request ("Sync now"). One round at a
 * time; a request while one runs joins it. A failed round leaves everything queued and
 * is reported in the status until one succeeds.
 */
export class SyncScheduler {
  private url: string | null = null;
  private everyMin = 0;
  private ownerId: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SyncReport | null> | null = null;
  private nextAt: number | null = null;

  constructor(private readonly core: Core) {}

  start(opts: { url: string; everyMin: number; ownerEmail?: string | undefined }): void {
    this.stop();
    this.url = opts.url;
    this.everyMin = opts.everyMin;
    this.ownerId = syncOwner(this.core, opts.ownerEmail).id;
    const tick = (): void => {
      this.nextAt = this.core.deps.clock.now() + this.everyMin * 60_000;
      void this.runNow();
    };
    tick();
    this.timer = setInterval(tick, this.everyMin * 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.nextAt = null;
  }

  /** Waits for the round in flight, if any (the hub does before it closes the database). */
  async settle(): Promise<void> {
    await this.running;
  }

  runNow(): Promise<SyncReport | null> {
    if (!this.url || !this.ownerId) return Promise.resolve(null);
    if (this.running) return this.running;
    const url = this.url;
    const ownerId = this.ownerId;
    this.running = syncRound(url, { core: this.core, ownerId })
      .then((r) => {
        log.info('sync round', { remote: r.remote, pushed: r.pushed, pulled: r.pulled, rejected: r.rejected_count });
        return r;
      })
      .catch((e: unknown) => {
        log.warn('sync round failed; changes stay queued', { remote: redactUrl(url), error: (e as Error).message });
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  status(): SyncStatus {
    const kv = new Kv(this.core.deps.db, () => this.core.deps.clock.now());
    const last = lastRound(kv);
    return {
      remote: this.url ? redactUrl(this.url) : null,
      every_min: this.url ? this.everyMin : null,
      running: this.running !== null,
      next_at: this.nextAt === null ? null : iso(this.nextAt),
      pending: new Outbox(this.core.deps.db).pending(),
      last_round: last && {
        remote: last.remote,
        finished_at: last.finished_at,
        pushed: last.pushed,
        pulled: last.pulled,
        skipped: last.skipped,
        rejected_count: last.rejected_count,
      },
      last_error: lastFailure(kv),
    };
  }
}

const schedulers = new WeakMap<Core, SyncScheduler>();

export function syncScheduler(core: Core): SyncScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new SyncScheduler(core)));
  return s;
}
