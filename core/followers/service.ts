import type { FollowResult, FollowService, FollowerConfig, FollowerStatus } from '../../api/followers';
import { badRequest, notFound } from '../../api/errors';
import type { Core } from '../core-types';
import { iso } from '../clock';
import type { CallContext } from '../context';
import { secretKeyProvider } from '../dexcom/sqlite-stores';
import { logger } from '../logger';
import { SERVICE_LABEL } from './labels';
import { stableId } from '../nightscout/map';
import { DexcomShareClient } from './dexcom-share';
import { FollowError, type FetchLike, type FollowClient, type FollowedReading } from './http';
import { LibreLinkUpClient } from './librelinkup';
import { NightscoutRemoteClient } from './nightscout-remote';
import { FollowerStore, toStatus, type FollowerRow } from './store';
import type { SqlRow } from '../../db/rows';
import type { subjects, users } from '../../db/schema';

const log = logger('followers');

/** Dexcom's and Abbott's phones upload every 5 minutes (Libre every minute, but LibreLinkUp shows 5-minute history). */
export const POLL_MS = 5 * 60_000;
/** Back-off after a failed poll: 30 s, doubling, at most 30 min (a 429's `Retry-After` can ask for longer). */
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 30 * 60_000;
/**
 * A password the service refused is asked again only this rarely: repeated failed
 * sign-ins lock a Dexcom account (`SSO_AuthenticateMaxAttemptsExceeded`), which would
 * also stop the family's own follower apps. Setting the follower up again tries at once.
 */
export const CREDENTIALS_RETRY_MS = 6 * 60 * 60_000;

/** The wait before the `failures`-th retry (1 = first), honouring the service's `Retry-After`. */
export function backoffMs(failures: number, retryAfterMs: number | null): number {
  const exp = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 20)));
  return Math.max(exp, retryAfterMs ?? 0);
}

export { SERVICE_LABEL } from './labels';

export interface FollowerServiceOptions {
  /** Replaces `fetch` (never needed in the app; tests use real local servers instead). */
  fetch?: FetchLike;
  /** Where a LibreLinkUp region redirect leads (tests: a second local server). */
  lluRegionServer?: (region: string) => string;
}

/**
 * The followers of every person: configuring (the password checked with the service
 * before anything is stored), polling (from the last reading stored, so a gap is
 * back-filled as far as the service keeps data), and the state the app shows. Readings
 * go through `core.ingest` like any other source, so the alert engine and the stream
 * see them, with ids derived from the person, the service and the reading's time: a
 * reading fetched twice is stored once.
 */
export class FollowerService {
  readonly store: FollowerStore;
  private readonly clients = new Map<string, { fingerprint: string; client: FollowClient }>();
  private readonly running = new Map<string, Promise<FollowResult>>();

  constructor(
    private readonly core: Core,
    private readonly opts: FollowerServiceOptions = {},
  ) {
    this.store = new FollowerStore(core.deps.db, secretKeyProvider(core));
  }

  private now(): number {
    return this.core.deps.clock.now();
  }

  private makeClient(c: { subject_id: string; service: FollowService; username: string; password: string; region: string | null; server: string | null }): FollowClient {
    const server = c.server ?? undefined;
    const region = c.region ?? undefined;
    const f = this.opts.fetch ? { fetch: this.opts.fetch } : {};
    switch (c.service) {
      case 'dexcom-share':
        return new DexcomShareClient({ username: c.username, password: c.password, region, server, ...f });
      case 'librelinkup':
        return new LibreLinkUpClient({
          username: c.username,
          password: c.password,
          region,
          server,
          patientName: this.core.deps.db.$client.prepare<[string], SqlRow<typeof subjects>['name']>(`SELECT name FROM subjects WHERE id = ?`).pluck().get(c.subject_id),
          ...f,
          ...(this.opts.lluRegionServer ? { regionServer: this.opts.lluRegionServer } : {}),
        });
      case 'nightscout':
        return new NightscoutRemoteClient({ server: server!, password: c.password, ...f });
      default: {
        const never: never = c.service;
        throw new Error(`unknown service ${String(never)}`);
      }
    }
  }

  /** The client of a stored follower, kept between polls so its session is reused. */
  private async clientOf(row: FollowerRow): Promise<FollowClient> {
    const key = `${row.subject_id}\u0000${row.service}`;
    const fingerprint = [row.username, row.region, row.server, row.sealed_password].join('\u0000');
    const had = this.clients.get(key);
    if (had?.fingerprint === fingerprint) return had.client;
    const client = this.makeClient({ ...row, password: await this.store.password(row) });
    this.clients.set(key, { fingerprint, client });
    return client;
  }

  list(subjectId: string): FollowerStatus[] {
    return this.store.list(subjectId).map(toStatus);
  }

  remove(subjectId: string, service: FollowService): void {
    if (!this.store.remove(subjectId, service)) throw notFound(`no ${SERVICE_LABEL[service]} follower for this person`);
    this.clients.delete(`${subjectId}\u0000${service}`);
  }

  /**
   * Checks the account with the service and stores the follower with what it found. A
   * refused password throws 400 naming `password` and stores nothing; any other failure
   * is stored as the follower's error, and the scheduler tries again.
   */
  async configure(ctx: CallContext, c: FollowerConfig): Promise<FollowResult> {
    if (c.service === 'nightscout' && c.server === undefined) throw badRequest("following a Nightscout site needs its address (--server https://…)", 'server');
    if (c.service === 'dexcom-share' && c.region !== undefined && !['us', 'ous', 'eu', 'jp'].includes(c.region)) throw badRequest(`Dexcom Share regions are us, ous (eu) and jp, not ${c.region}`, 'region');
    if (c.service === 'nightscout' && c.region !== undefined) throw badRequest('a Nightscout site has no region; give its address with --server', 'region');
    const cfg = { subject_id: c.subject_id, service: c.service, username: c.username, password: c.password, region: c.region ?? null, server: c.server ?? null };
    const client = this.makeClient(cfg);
    const now = this.now();
    const prior = this.store.get(c.subject_id, c.service);
    const sameAccount = prior !== null && prior.username === cfg.username && prior.server === cfg.server;
    const since = sameAccount ? prior.last_reading_at : null;
    let found: FollowedReading[] | null = null;
    let failure: FollowError | null = null;
    try {
      found = await client.readings(since, now);
    } catch (e) {
      if (!(e instanceof FollowError)) throw e;
      if (e.reason === 'credentials') throw badRequest(e.message, 'password');
      if (e.reason === 'setup') throw badRequest(e.message, 'username');
      failure = e;
    }
    await this.store.save(cfg, now);
    const row = this.store.get(c.subject_id, c.service)!;
    this.clients.set(`${row.subject_id}\u0000${row.service}`, { fingerprint: [row.username, row.region, row.server, row.sealed_password].join('\u0000'), client });
    return this.record(ctx, row, found, failure, now);
  }

  /** Polls one follower now (one poll at a time per follower: a second caller joins the first). */
  poll(subjectId: string, service: FollowService, ctx?: CallContext): Promise<FollowResult> {
    const key = `${subjectId}\u0000${service}`;
    const inFlight = this.running.get(key);
    if (inFlight) return inFlight;
    const p = this.pollOnce(subjectId, service, ctx).finally(() => this.running.delete(key));
    this.running.set(key, p);
    return p;
  }

  private async pollOnce(subjectId: string, service: FollowService, ctx?: CallContext): Promise<FollowResult> {
    const row = this.store.get(subjectId, service);
    if (!row) throw notFound(`no ${SERVICE_LABEL[service]} follower for this person`);
    const now = this.now();
    let found: FollowedReading[] | null = null;
    let failure: FollowError | null = null;
    try {
      found = await (await this.clientOf(row)).readings(row.last_reading_at, now);
    } catch (e) {
      failure = e instanceof FollowError ? e : new FollowError('unavailable', (e as Error).message);
    }
    // Removed while the request was out: nothing to record.
    if (!this.store.get(subjectId, service)) return { imported: 0, duplicates: 0, follower: toStatus(row) };
    return this.record(ctx ?? this.ownerContext(subjectId), row, found, failure, now);
  }

  private record(ctx: CallContext, row: FollowerRow, found: FollowedReading[] | null, failure: FollowError | null, now: number): FollowResult {
    if (found) {
      try {
        return this.stored(ctx, row, found, now);
      } catch (e) {
        // A reading the store refuses (out of range, the disk full) must not stall the follower or retry every tick.
        failure = new FollowError('protocol', `${SERVICE_LABEL[row.service]}'s readings could not be stored: ${(e as Error).message}`);
      }
    }
    const failures = row.failures + 1;
    const wait = failure!.reason === 'credentials' ? Math.max(CREDENTIALS_RETRY_MS, backoffMs(failures, failure!.retryAfterMs)) : backoffMs(failures, failure!.retryAfterMs);
    this.store.failed(row, now, failure!.message, now + wait);
    log.warn('follower poll failed', { service: row.service, subject: row.subject_id, error: failure!.message, retry_in_s: Math.round(wait / 1000) });
    return { imported: 0, duplicates: 0, follower: toStatus(this.store.get(row.subject_id, row.service)!) };
  }

  private stored(ctx: CallContext, row: FollowerRow, found: FollowedReading[], now: number): FollowResult {
    const r = this.ingest(ctx, row, found);
    this.store.succeeded(row, now, found.length ? found[found.length - 1]!.t : null, now + POLL_MS);
    if (r.accepted) log.info('followed', { service: row.service, subject: row.subject_id, imported: r.accepted });
    return { imported: r.accepted, duplicates: r.duplicates, follower: toStatus(this.store.get(row.subject_id, row.service)!) };
  }

  private ingest(ctx: CallContext, row: FollowerRow, found: FollowedReading[]): { accepted: number; duplicates: number } {
    if (!found.length) return { accepted: 0, duplicates: 0 };
    const items = found.map((r) => ({ id: stableId(`follow-${row.service}`, row.subject_id, r.t), metric: 'glucose', t: iso(r.t), value: r.mg_dl, unit: 'mg/dL' }));
    const out = this.core.ingest(ctx, row.subject_id, items);
    // The arrow beside each reading, where the Nightscout API and the dashboard read it.
    const sql = this.core.deps.db.$client;
    const ins = sql.prepare(`INSERT OR IGNORE INTO nightscout_entries (observation_id, subject_id, direction, trend, noise, device) VALUES (?, ?, ?, NULL, NULL, ?)`);
    sql.transaction(() => {
      found.forEach((r, i) => {
        if (r.direction) ins.run(items[i]!.id, row.subject_id, r.direction, SERVICE_LABEL[row.service]);
      });
    })();
    return { accepted: out.accepted, duplicates: out.duplicates };
  }

  /** Scheduled polls store as the person's owner (the account that set the follower up may since have lost access). */
  private ownerContext(subjectId: string): CallContext {
    const owner = this.core.deps.db.$client
      .prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT u.id, u.email, u.name FROM subjects s JOIN users u ON u.id = s.owner_id WHERE s.id = ?`)
      .get(subjectId);
    if (!owner) throw notFound('no such subject');
    return { user: owner, clientKey: 'follower', transport: 'memory' };
  }
}

const services = new WeakMap<Core, FollowerService>();

/** The core's follower service (one per core, so sessions are shared by the scheduler and the procedures). */
export function followerService(core: Core, opts?: FollowerServiceOptions): FollowerService {
  let s = services.get(core);
  if (!s) services.set(core, (s = new FollowerService(core, opts)));
  return s;
}
