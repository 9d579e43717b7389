/**
 * The Dexcom connection of each subject, wired to Tend's store: credentials and tokens
 * in the `kv` table (sealed, sqlite-stores.ts), cursors in `dexcom_sync`, readings and
 * events written through the core's stores. Used by the `dexcom.*` procedures and by
 * `tend dexcom`.
 *
 * Dexcom's data arrive 1–3 hours late, so synced readings are stored WITHOUT running the
 * alert rules (core.ingest would): an alert about a low that happened two hours ago and
 * was already sounded by the Dexcom app would only be noise. They fill history, the AGP
 * and reports.
 */
import { ApiError, badRequest, conflict } from '../../api/errors';
import { DEXCOM_NOTICE, type DexcomStatus, type DexcomSyncSummary } from '../../api/diabetes';
import type { ObservationInput } from '../../api/observations';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import { Kv } from '../kv';
import { logger } from '../logger';
import { DexcomClient, dexcomBaseUrl, isDexcomError } from './client';
import type { DexcomClientOptions, Sleep } from './client';
import { authorizeWithLoopback, openInSystemBrowser, TokenManager } from './oauth';
import type { OpenUrl } from './oauth';
import { KvSecretStore, SqliteSyncState, secretKeyProvider } from './sqlite-stores';
import { syncDexcom } from './sync';
import type { DexcomSyncResult, EventSink, TendEventInput } from './sync';
import { DexcomCredentials, clearTokens, loadCredentials, loadTokens, saveCredentials, saveTokens } from './token-store';
import type { SqlRow } from '../../db/rows';
import type { devices } from '../../db/schema';

const log = logger('dexcom-service');

export interface DexcomServiceOptions {
  /**
   * Overrides every region's base URL (the mock server in tests and demos). Default:
   * the `TEND_DEXCOM_BASE_URL` environment variable, else Dexcom's own hosts.
   */
  baseUrl?: string;
  /** Opens the login page on this machine (desktop, CLI). Default: the system browser. */
  openUrl?: OpenUrl;
  /** How long a sign-in waits for the browser. Default 5 minutes. */
  connectTimeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: Sleep;
}

interface PendingConnect {
  loginUrl: string | null;
  startedAt: number;
  abort: AbortController;
  done: Promise<void>;
}

interface LastSync {
  at: string;
  readings: number;
  events: number;
  duplicates: number;
}

const LAST_SYNC_KEY = (subjectId: string) => `dexcom:${subjectId}:last_sync`;
const LAST_ERROR_KEY = (subjectId: string) => `dexcom:${subjectId}:last_error`;

export class DexcomService {
  private readonly pending = new Map<string, PendingConnect>();
  private readonly syncing = new Set<string>();

  constructor(
    private readonly core: Core,
    private readonly opts: DexcomServiceOptions = {},
  ) {}

  private get baseUrl(): string | undefined {
    return this.opts.baseUrl ?? (process.env.TEND_DEXCOM_BASE_URL || undefined);
  }

  /** The subject's sealed secrets. Scoped by subject: each person has their own Dexcom account. */
  secrets(subjectId: string): KvSecretStore {
    return new KvSecretStore(this.core.deps.db, secretKeyProvider(this.core), `dexcom:${subjectId}`, this.core.deps.clock.now);
  }

  private state(subjectId: string): SqliteSyncState {
    return new SqliteSyncState(this.core.deps.db, subjectId, this.core.deps.clock.now);
  }

  private kvStore?: Kv;
  private get kv(): Kv {
    return (this.kvStore ??= new Kv(this.core.deps.db, () => this.core.deps.clock.now()));
  }

  async status(ctx: CallContext, subjectId: string): Promise<DexcomStatus> {
    this.core.access.require(ctx, subjectId, 'read');
    const store = this.secrets(subjectId);
    const creds = await loadCredentials(store);
    const tokens = await loadTokens(store);
    const p = this.pending.get(subjectId);
    const last = this.kv.getJson<LastSync>(LAST_SYNC_KEY(subjectId));
    const egvs = await this.state(subjectId).get('egvs');
    const id = creds?.clientId ?? null;
    return {
      configured: creds !== null,
      client_id_hint: id === null ? null : id.length <= 8 ? `${id.slice(0, 2)}…` : `${id.slice(0, 4)}…${id.slice(-4)}`,
      region: creds?.region ?? null,
      redirect_uri: creds?.redirectUri ?? null,
      connected: tokens !== null,
      connecting: p && p.loginUrl !== null ? { login_url: p.loginUrl, started_at: new Date(p.startedAt).toISOString() } : null,
      syncing: this.syncing.has(subjectId),
      last_sync_at: last?.at ?? null,
      synced_until: egvs?.syncedUntil ?? null,
      last_result: last ? { readings: last.readings, events: last.events, duplicates: last.duplicates } : null,
      last_error: this.kv.getJson<string>(LAST_ERROR_KEY(subjectId)),
      notice: DEXCOM_NOTICE,
    };
  }

  async saveCredentials(
    ctx: CallContext,
    subjectId: string,
    c: { client_id: string; client_secret: string; region: DexcomCredentials['region']; redirect_uri?: string | undefined },
  ): Promise<DexcomStatus> {
    this.core.access.require(ctx, subjectId, 'write');
    const parsed = DexcomCredentials.safeParse({ clientId: c.client_id, clientSecret: c.client_secret, region: c.region, ...(c.redirect_uri ? { redirectUri: c.redirect_uri } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = ({ clientId: 'client_id', clientSecret: 'client_secret', redirectUri: 'redirect_uri' } as Record<string, string>)[String(issue.path[0])] ?? String(issue.path[0]);
      throw badRequest(`${field}: ${issue.message}`, field);
    }
    if (parsed.data.redirectUri !== undefined && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(parsed.data.redirectUri)) {
      throw badRequest('redirect_uri: must be a loopback address such as http://127.0.0.1:53682/callback (RFC 8252 §7.3)', 'redirect_uri');
    }
    await saveCredentials(this.secrets(subjectId), parsed.data);
    this.kv.delete(LAST_ERROR_KEY(subjectId));
    return this.status(ctx, subjectId);
  }

  /**
   * Starts a sign-in and resolves with the login URL once the loopback listener is up.
   * `done` settles when the browser came back and the tokens are stored (or it failed;
   * the failure is also kept for `status`).
   */
  async connect(
    ctx: CallContext,
    subjectId: string,
    o: { openBrowser: boolean; openUrl?: OpenUrl; timeoutMs?: number },
  ): Promise<{ login_url: string; opened: boolean; done: Promise<void> }> {
    this.core.access.require(ctx, subjectId, 'write');
    const store = this.secrets(subjectId);
    const credentials = await loadCredentials(store);
    if (!credentials) throw badRequest('client_id: enter your Dexcom developer client id and secret first', 'client_id');
    // A second click replaces the sign-in that is waiting.
    this.pending.get(subjectId)?.abort.abort();

    const abort = new AbortController();
    let urlKnown!: (url: string) => void;
    const urlPromise = new Promise<string>((resolve) => (urlKnown = resolve));
    let opened = false;
    const entry: PendingConnect = { loginUrl: null, startedAt: this.core.deps.clock.now(), abort, done: Promise.resolve() };
    const open = o.openUrl ?? this.opts.openUrl ?? openInSystemBrowser;
    const flow = authorizeWithLoopback({
      credentials,
      openUrl: async (url) => {
        entry.loginUrl = url;
        urlKnown(url);
        if (o.openBrowser) {
          await open(url);
          opened = true;
        }
      },
      timeoutMs: o.timeoutMs ?? this.opts.connectTimeoutMs ?? 5 * 60_000,
      signal: abort.signal,
      ...(this.baseUrl !== undefined ? { baseUrl: this.baseUrl } : {}),
      ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}),
    });
    entry.done = flow.then(
      async (tokens) => {
        await saveTokens(store, tokens);
        this.kv.delete(LAST_ERROR_KEY(subjectId));
        log.info('Dexcom connected', { subject: subjectId });
      },
      (e: unknown) => {
        const message = (e as Error).message;
        if (!abort.signal.aborted || !/cancelled/.test(message)) this.kv.setJson(LAST_ERROR_KEY(subjectId), message);
        log.warn('Dexcom sign-in failed', { subject: subjectId, error: message });
        throw e;
      },
    ).finally(() => {
      if (this.pending.get(subjectId) === entry) this.pending.delete(subjectId);
    });
    // The caller may not wait for `done` (the hub answers at once); nothing is lost: the error is in `status`.
    entry.done.catch(() => undefined);
    this.pending.set(subjectId, entry);
    // The flow can fail before it ever opens the page (port in use, bad redirect URI).
    const loginUrl = await Promise.race([urlPromise, entry.done.then(() => urlPromise)]);
    return { login_url: loginUrl, opened, done: entry.done };
  }

  /** One incremental pass into the subject's record. */
  async sync(ctx: CallContext, subjectId: string, o: { onProgress?: (line: string) => void; clientOptions?: Partial<DexcomClientOptions> } = {}): Promise<DexcomSyncSummary> {
    this.core.access.require(ctx, subjectId, 'write');
    if (this.syncing.has(subjectId)) throw conflict('a Dexcom sync is already running for this person');
    this.syncing.add(subjectId);
    try {
      const store = this.secrets(subjectId);
      const credentials = await loadCredentials(store);
      if (!credentials) throw badRequest('client_id: enter your Dexcom developer client id and secret first', 'client_id');
      if (!(await loadTokens(store))) throw new ApiError('unprocessable', 'Dexcom is not connected: connect it first');
      const now = this.core.deps.clock.now;
      const baseUrl = this.baseUrl;
      const tokens = new TokenManager({ store, now, ...(baseUrl !== undefined ? { baseUrl } : {}), ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}) });
      const client = new DexcomClient({
        region: credentials.region,
        tokens,
        now,
        ...(baseUrl !== undefined ? { baseUrl: dexcomBaseUrl(credentials.region, baseUrl) } : {}),
        ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}),
        ...(this.opts.sleep ? { sleep: this.opts.sleep } : {}),
        ...o.clientOptions,
      });
      const deviceId = this.dexcomDevice(ctx, subjectId);
      let result: DexcomSyncResult;
      try {
        result = await syncDexcom({
          client,
          subjectId,
          state: this.state(subjectId),
          observations: { ingest: (sid, items) => Promise.resolve(this.storeReadings(sid, items)) },
          events: this.eventSink(ctx),
          deviceId,
          now,
          ...(o.onProgress ? { onProgress: (p) => o.onProgress!(`${p.kind}: window ${p.index + 1}/${p.of}, ${p.delivered} records`) } : {}),
        });
      } catch (e) {
        this.kv.setJson(LAST_ERROR_KEY(subjectId), (e as Error).message);
        if (isDexcomError(e) && e.reason === 'reauthorize') throw new ApiError('unprocessable', e.message);
        throw e;
      }
      const k = result.kinds;
      const readings = k.egvs.accepted;
      const events = k.calibrations.accepted + k.events.accepted + k.alerts.accepted;
      const duplicates = k.egvs.duplicates + k.calibrations.duplicates + k.events.duplicates + k.alerts.duplicates;
      const skipped = [k.egvs, k.calibrations, k.events, k.alerts].reduce((n, r) => n + Object.values(r.skipped).reduce((a, b) => a + b, 0), 0);
      const at = new Date(now()).toISOString();
      this.kv.setJson(LAST_SYNC_KEY(subjectId), { at, readings, events, duplicates } satisfies LastSync);
      this.kv.delete(LAST_ERROR_KEY(subjectId));
      this.core.deps.db.$client.prepare(`UPDATE devices SET last_seen_at = ? WHERE id = ?`).run(now(), deviceId);
      return {
        readings,
        events,
        duplicates,
        skipped,
        windows: k.egvs.windows.length + k.calibrations.windows.length + k.events.windows.length + k.alerts.windows.length,
        synced_until: (await this.state(subjectId).get('egvs'))?.syncedUntil ?? null,
        last_sync_at: at,
        devices: result.devices.map((d) => `${d.displayDevice}${d.transmitterGeneration ? ` ${d.transmitterGeneration}` : ''}`),
      };
    } finally {
      this.syncing.delete(subjectId);
    }
  }

  async disconnect(ctx: CallContext, subjectId: string, forgetCredentials: boolean): Promise<DexcomStatus> {
    this.core.access.require(ctx, subjectId, 'write');
    this.pending.get(subjectId)?.abort.abort();
    const store = this.secrets(subjectId);
    await clearTokens(store);
    if (forgetCredentials) await store.delete('dexcom.credentials');
    // Another account may be connected next: its history must be walked from the start.
    this.state(subjectId).clear();
    this.kv.delete(LAST_SYNC_KEY(subjectId));
    this.kv.delete(LAST_ERROR_KEY(subjectId));
    return this.status(ctx, subjectId);
  }

  /** The subject's "Dexcom" device (created on first sync), stamped on the readings. */
  private dexcomDevice(ctx: CallContext, subjectId: string): string {
    const id = this.core.deps.db.$client
      .prepare<[string], SqlRow<typeof devices>['id']>(`SELECT id FROM devices WHERE subject_id = ? AND transport = 'dexcom' ORDER BY created_at LIMIT 1`)
      .pluck()
      .get(subjectId);
    if (id) return id;
    return this.core.devices.create(ctx, { subject_id: subjectId, name: 'Dexcom (cloud)', kind: 'cgm', transport: 'dexcom', address: 'dexcom-api-v3' }).id;
  }

  /** Validates and stores one batch in one transaction, without alert rules (see the file comment). */
  private storeReadings(subjectId: string, items: ObservationInput[]): { accepted: number; duplicates: number } {
    const { core } = this;
    const rows = core.observations.validate(subjectId, items);
    const w = core.deps.db.$client.transaction(() => core.observations.write(subjectId, rows))();
    if (w.inserted.length) {
      let latest = w.inserted[0]!;
      for (const r of w.inserted) if (r.t >= latest.t) latest = r;
      core.bus.publish({
        type: 'observation.added',
        subject_id: subjectId,
        metric: 'glucose',
        count: w.inserted.length,
        latest: { t: new Date(latest.t).toISOString(), value: latest.value },
      });
    }
    return { accepted: w.accepted, duplicates: w.duplicates };
  }

  private eventSink(ctx: CallContext): EventSink {
    const { core } = this;
    return {
      ingestEvents: (subjectId: string, items: TendEventInput[]) =>
        Promise.resolve(
          core.deps.db.$client.transaction(() => {
            let accepted = 0;
            for (const e of items) {
              if (core.events.write(subjectId, { id: e.id, type: e.type, t: e.t, data: e.data ?? {} }, ctx.user?.id ?? null).created) accepted++;
            }
            return { accepted, duplicates: items.length - accepted };
          })(),
        ),
    };
  }
}

const services = new WeakMap<Core, DexcomService>();

/** The core's Dexcom service (one per core, so a pending sign-in is found again). */
export function dexcomService(core: Core): DexcomService {
  let s = services.get(core);
  if (!s) services.set(core, (s = new DexcomService(core)));
  return s;
}

/** Replaces the core's Dexcom service options (tests: the mock's base URL and a fake browser). */
export function configureDexcom(core: Core, opts: DexcomServiceOptions): DexcomService {
  const s = new DexcomService(core, opts);
  services.set(core, s);
  return s;
}
