import type { SyncStatus } from '../../api/sync';
import type { Core } from '../core-types';
import { localUser } from '../auth/local-user';
import { iso } from '../clock';
import { Kv } from '../kv';
import { logger } from '../logger';
import { Outbox } from './outbox';
import { installId, lastFailure, lastRound, syncRound, type SyncReport } from './round';
import { listenForPushes } from './remote';
import { redactUrl } from './remote-url';
import type { SqlRow } from '../../db/rows';
import type { users } from '../../db/schema';

const log = logger('sync');

/**
 * Who owns a person first seen through sync: the account named by `email` (it must exist
 * here), or else the install's local user, the account the CLI and the desktop app run as.
 */
export function syncOwner(core: Core, email?: string): { id: string } {
  if (email !== undefined) {
    const row = core.deps.db.$client.prepare<[string], Pick<SqlRow<typeof users>, 'id'>>(`SELECT id FROM users WHERE email = ?`).get(email.trim().toLowerCase());
    if (!row) throw new Error(`no account ${email} on this install`);
    return row;
  }
  return localUser(core.auth);
}

/** How long a prompt round waits for more of the same burst (an ingest batch, several pushes). */
const PROMPT_MS = 1000;

/**
 * The hub's sync: a round at start and every `everyMin` minutes with the remote it was
 * started with (`tend hub --sync-url`), and on request ("Sync now"). Alerts should not
 * wait minutes, so a round also runs within a second of an alert raised, acknowledged or
 * resolved here, and of another install's push (Postgres LISTEN/NOTIFY; if that
 * connection drops, the timed rounds go on and the next one listens again). One round at
 * a time; a request while one runs joins it, and one more follows if asked for meanwhile.
 * A failed round leaves everything queued and is reported in the status until one
 * succeeds.
 */
export class SyncScheduler {
  private url: string | null = null;
  private everyMin = 0;
  private ownerId: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private prompt: NodeJS.Timeout | null = null;
  private running: Promise<SyncReport | null> | null = null;
  private again = false;
  private nextAt: number | null = null;
  private listener: { close: () => Promise<void> } | null = null;
  private listening: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly core: Core) {}

  start(opts: { url: string; everyMin: number; ownerEmail?: string | undefined }): void {
    this.stop();
    this.url = opts.url;
    this.everyMin = opts.everyMin;
    this.ownerId = syncOwner(this.core, opts.ownerEmail).id;
    const tick = (): void => {
      this.nextAt = this.core.deps.clock.now() + this.everyMin * 60_000;
      void this.listen();
      void this.runNow();
    };
    tick();
    this.timer = setInterval(tick, this.everyMin * 60_000);
    this.timer.unref();
    this.unsubscribe = this.core.deps.bus.subscribe((ev) => {
      if ((ev.type === 'alert.raised' || ev.type === 'alert.acknowledged' || ev.type === 'alert.resolved' || ev.type === 'alert.updated') && ev.via !== 'sync') this.soon();
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.prompt) clearTimeout(this.prompt);
    this.timer = null;
    this.prompt = null;
    this.nextAt = null;
    this.url = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    const l = this.listener;
    this.listener = null;
    if (l) void l.close();
  }

  /** A round within a second (bursts coalesce into one). */
  private soon(): void {
    if (!this.url || this.prompt) return;
    this.prompt = setTimeout(() => {
      this.prompt = null;
      void this.runNow();
    }, PROMPT_MS);
    this.prompt.unref();
  }

  private listen(): Promise<void> {
    if (this.listener || this.listening || !this.url) return this.listening ?? Promise.resolve();
    const url = this.url;
    const me = installId(new Kv(this.core.deps.db, () => this.core.deps.clock.now()));
    this.listening = listenForPushes(
      url,
      (origin) => {
        if (origin !== me) this.soon();
      },
      (e) => {
        log.warn('sync listener lost; timed rounds go on', { remote: redactUrl(url), error: e.message });
        this.listener = null;
      },
    )
      .then((l) => {
        if (this.url === url) this.listener = l;
        else void l.close();
      })
      .catch((e: unknown) => log.warn('sync listener could not start; timed rounds go on', { remote: redactUrl(url), error: (e as Error).message }))
      .finally(() => {
        this.listening = null;
      });
    return this.listening;
  }

  /** Waits for the round in flight and any listener being set up (the hub does before it closes the database). */
  async settle(): Promise<void> {
    await this.listening;
    while (this.running) await this.running;
  }

  runNow(): Promise<SyncReport | null> {
    if (!this.url || !this.ownerId) return Promise.resolve(null);
    if (this.running) {
      // What changed after this round read the outbox (or the remote) waits for one more.
      this.again = true;
      return this.running;
    }
    const url = this.url;
    const ownerId = this.ownerId;
    void this.listen();
    this.running = syncRound(url, { core: this.core, ownerId })
      .then((r) => {
        log.info('sync round', { remote: r.remote, pushed: r.pushed, pulled: r.pulled, rejected: r.rejected_count });
        return r;
      })
      .catch((e: unknown) => {
        log.warn('sync round failed; changes stay queued', { remote: redactUrl(url), error: (e as Error).message });
        return null;
      })
      .then((r) => {
        this.core.deps.bus.publish({ type: 'sync.round', at: iso(this.core.deps.clock.now()), ok: r !== null });
        return r;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.soon();
        }
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
