import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObservationInput, ObservationSink } from '../../api/observations';
import { DexcomClient } from './client';
import { mulberry32 } from './mock/data';
import { startDexcomMock } from './mock/server';
import type { DexcomMock } from './mock/server';
import { TokenManager, connectDexcom } from './oauth';
import { JsonFileSyncState, dexcomClientFromStore, syncDexcom } from './sync';
import type { EventSink, TendEventInput } from './sync';
import { EncryptedFileSecretStore, KeyFileProvider, loadTokens, saveCredentials } from './token-store';

const HOUR = 3_600_000;
const EGVS = '/v3/users/self/egvs';

/** A store stand-in that records every id it is handed, idempotent by id like the real ingest. */
class RecordingSinks implements ObservationSink, EventSink {
  readonly observationsSeen = new Map<string, number>();
  readonly eventsSeen = new Map<string, number>();
  readonly observations = new Map<string, ObservationInput>();
  readonly events = new Map<string, TendEventInput>();
  observationCalls = 0;
  /** Throw on this (1-based) observation batch, as a crash or a full disk would. */
  failOnObservationCall: number | null = null;

  async ingest(_subject: string, items: ObservationInput[]) {
    this.observationCalls++;
    if (this.failOnObservationCall === this.observationCalls) throw new Error('disk full');
    let accepted = 0;
    for (const o of items) {
      const id = o.id ?? '';
      this.observationsSeen.set(id, (this.observationsSeen.get(id) ?? 0) + 1);
      if (!this.observations.has(id)) accepted++;
      this.observations.set(id, o);
    }
    return { accepted, duplicates: items.length - accepted };
  }

  async ingestEvents(_subject: string, items: TendEventInput[]) {
    let accepted = 0;
    for (const e of items) {
      const id = e.id ?? '';
      this.eventsSeen.set(id, (this.eventsSeen.get(id) ?? 0) + 1);
      if (!this.events.has(id)) accepted++;
      this.events.set(id, e);
    }
    return { accepted, duplicates: items.length - accepted };
  }
}

let tmp: string;
let mock: DexcomMock | null = null;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tend-dexcom-'));
});
afterEach(async () => {
  await mock?.close();
  mock = null;
  await rm(tmp, { recursive: true, force: true });
});

/** Plays the user's browser: follows the login URL, whose redirect lands on the loopback server. */
function browser(opened: string[]) {
  return async (url: string) => {
    opened.push(url);
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`browser got ${res.status}`);
  };
}

function secretStore() {
  return new EncryptedFileSecretStore(join(tmp, 'secrets.json'), new KeyFileProvider(join(tmp, 'keys', 'dexcom.key')));
}

describe('Dexcom sync against the mock server', () => {
  it('pulls 90 days in 30-day windows through a fresh authorization, a token expiry, a 429 and a restart, delivering each record once', async () => {
    let clock = Date.parse('2025-04-01T04:00:00Z');
    const now = () => clock;
    mock = await startDexcomMock({ seed: 7, days: 90, end: Date.parse('2025-04-01T00:00:00Z'), now });
    const sleeps: number[] = [];
    // Sleeping moves the shared clock instead of waiting.
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    };

    // ---- connect: the user's own developer credentials, then the browser round trip.
    const store = secretStore();
    await saveCredentials(store, { clientId: mock.clientId, clientSecret: mock.clientSecret, region: 'sandbox' });
    const opened: string[] = [];
    await connectDexcom({ store, baseUrl: mock.baseUrl, openUrl: browser(opened), now });

    expect(opened).toHaveLength(1);
    const login = new URL(opened[0]);
    expect(login.origin + login.pathname).toBe(`${mock.baseUrl}/v2/oauth2/login`);
    expect(login.searchParams.get('code_challenge_method')).toBe('S256');
    expect(login.searchParams.get('scope')).toBe('offline_access');
    expect(login.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const exchange = mock.requests.filter((r) => r.path === '/v2/oauth2/token');
    expect(exchange).toEqual([expect.objectContaining({ status: 200, grantType: 'authorization_code', codeVerifier: true, clientSecretOk: true })]);

    // ---- run 1: a token expiry on the 2nd EGV request, a 429 on the 4th, then a crash
    // while storing the 3rd window.
    mock.inject({ path: EGVS, nth: 2, action: { type: 'expire-tokens' } });
    mock.inject({ path: EGVS, nth: 4, action: { type: 'status', status: 429, retryAfter: '7' } });
    mock.inject({ path: '/v3/users/self/calibrations', nth: 1, action: { type: 'status', status: 503 } });
    const sinks = new RecordingSinks();
    sinks.failOnObservationCall = 3;
    const statePath = join(tmp, 'dexcom-sync.json');
    const run = (s: EncryptedFileSecretStore) => {
      const tokens = new TokenManager({ store: s, baseUrl: mock!.baseUrl, now });
      const client = new DexcomClient({ region: 'sandbox', baseUrl: mock!.baseUrl, tokens, sleep, now, random: mulberry32(3) });
      return syncDexcom({ client, subjectId: 'subject-1', state: new JsonFileSyncState(statePath), observations: sinks, events: sinks, now });
    };
    await expect(run(store)).rejects.toThrow('disk full');

    const refreshes = () => mock!.requests.filter((r) => r.path === '/v2/oauth2/token' && r.grantType === 'refresh_token');
    expect(refreshes()).toEqual([expect.objectContaining({ status: 200, clientSecretOk: true })]);
    expect(sleeps).toContain(7000); // Retry-After: 7 → 7 s, through the injected sleep
    const stateAfterCrash = JSON.parse(await readFile(statePath, 'utf8'));
    expect(stateAfterCrash.egvs.syncedUntil).toBe('2025-03-02T00:00:27.000Z');

    // ---- run 2: a "restart": new client, token manager and stores over the same files;
    // the access token has expired meanwhile, so the rotated refresh token must have been kept.
    mock.expireAccessTokens();
    const result = await run(secretStore());
    expect(refreshes()).toHaveLength(2);
    expect(refreshes().every((r) => r.status === 200)).toBe(true);

    // EGV windows that succeeded, in order: worked out by hand from the mock's first
    // reading (2025-01-01T00:00:27Z) and last (2025-03-31T23:55:27Z, +1 s for the open end).
    const egvWindows = mock.requests.filter((r) => r.path === EGVS && r.status === 200).map((r) => [r.query.startDate, r.query.endDate]);
    const w1 = ['2025-01-01T00:00:27', '2025-01-31T00:00:27'];
    const w2 = ['2025-01-31T00:00:27', '2025-03-02T00:00:27'];
    const w3 = ['2025-03-02T00:00:27', '2025-03-31T23:55:28'];
    // w3 twice: fetched before the crash, fetched again after the restart (never stored in between).
    expect(egvWindows).toEqual([w1, w2, w3, w3]);
    const egvStatuses = mock.requests.filter((r) => r.path === EGVS).map((r) => r.status);
    expect(egvStatuses).toEqual([200, 401, 200, 429, 200, 200]);
    // The 503 on calibrations was retried after a back-off of 250–500 ms (first attempt, equal jitter).
    const calStatuses = mock.requests.filter((r) => r.path === '/v3/users/self/calibrations').map((r) => r.status);
    expect(calStatuses.slice(0, 2)).toEqual([503, 200]);
    expect(sleeps.some((ms) => ms >= 250 && ms <= 500)).toBe(true);

    // ---- exactly once, and exactly what the mock holds.
    expect(Math.max(...sinks.observationsSeen.values())).toBe(1);
    expect(Math.max(...sinks.eventsSeen.values())).toBe(1);
    const egvsHeld = mock.visible('egvs').map((h) => h as unknown as { t: number; record: { recordId: string; value: number | null } });
    const withValue = egvsHeld.filter((h) => h.record.value !== null);
    expect(withValue.length).toBeGreaterThan(25_000); // 90 days × 288 minus warm-ups and out-of-range readings
    expect(sinks.observations.size).toBe(withValue.length);
    for (const h of withValue) {
      const o = sinks.observations.get(`dexcom:egv:${h.record.recordId}`);
      expect(o).toBeDefined();
      expect(o?.value).toBe(h.record.value);
      expect(o?.t).toBe(new Date(h.t).toISOString());
      expect(o?.unit).toBe('mg/dL');
    }
    const eventsHeld = mock.visible('events').map((h) => h.record as unknown as { recordId: string; eventStatus: string });
    const expectedEventIds = new Set([
      ...eventsHeld.filter((e) => e.eventStatus !== 'deleted').map((e) => `dexcom:event:${e.recordId}`),
      ...mock.visible('calibrations').map((h) => `dexcom:cal:${h.record.recordId}`),
      ...mock.visible('alerts').map((h) => `dexcom:alert:${h.record.recordId}`),
    ]);
    expect(new Set(sinks.events.keys())).toEqual(expectedEventIds);
    expect(eventsHeld.some((e) => e.eventStatus === 'deleted')).toBe(true);
    expect(result.kinds.events.skipped).toEqual({ deleted: 1 });
    expect(result.devices.map((d) => d.displayDevice)).toEqual(['receiver', 'iOS']);

    // ---- nothing readable at rest: the secret file holds neither the client secret nor tokens.
    const secretsText = await readFile(join(tmp, 'secrets.json'), 'utf8');
    const tokens = await loadTokens(secretStore());
    expect(tokens).not.toBeNull();
    expect(secretsText).not.toContain(mock.clientSecret);
    expect(secretsText).not.toContain(tokens?.accessToken ?? '?');
    expect(secretsText).not.toContain(tokens?.refreshToken ?? '?');
    if (process.platform !== 'win32') {
      expect((await stat(join(tmp, 'keys', 'dexcom.key'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(tmp, 'secrets.json'))).mode & 0o777).toBe(0o600);
    }
  });

  it('an incremental sync after new uploads fetches only the new stretch and misses nothing that arrived late', async () => {
    const end = Date.parse('2025-04-01T00:00:00Z');
    let clock = end - 2 * 24 * HOUR; // two days of the history have not been uploaded yet
    const now = () => clock;
    mock = await startDexcomMock({ seed: 11, days: 30, end, now });
    const store = secretStore();
    await saveCredentials(store, { clientId: mock.clientId, clientSecret: mock.clientSecret, region: 'us' });
    await connectDexcom({ store, baseUrl: mock.baseUrl, openUrl: browser([]), now });
    const sinks = new RecordingSinks();
    const state = new JsonFileSyncState(join(tmp, 'sync.json'));
    const sync = () => {
      const client = new DexcomClient({ region: 'us', baseUrl: mock!.baseUrl, tokens: new TokenManager({ store, baseUrl: mock!.baseUrl, now }), now, sleep: async () => {} });
      return syncDexcom({ client, subjectId: 's', state, observations: sinks, events: sinks, now, kinds: ['egvs'], devices: false });
    };

    await sync();
    const firstPassIds = new Set(sinks.observations.keys());
    expect(firstPassIds.size).toBe(mock.visible('egvs').filter((h) => (h.record as unknown as { value: number | null }).value !== null).length);

    clock += 6 * HOUR;
    const before = mock.requests.length;
    const second = await sync();
    const secondRequests = mock.requests.slice(before);
    // dataRange asked for what is new since the first pass began, less the 1-hour margin.
    const dr = secondRequests.find((r) => r.path === '/v3/users/self/dataRange');
    expect(dr?.query.lastSyncTime).toBe('2025-03-29T23:00:00');
    // One short window, not the whole history again.
    expect(second.kinds.egvs.windows).toHaveLength(1);
    const w = second.kinds.egvs.windows[0];
    expect(w.end - w.start).toBeLessThan(12 * HOUR);
    // Everything visible now is stored; what was re-read in the overlap counted as duplicates.
    const visibleNow = mock.visible('egvs').filter((h) => (h.record as unknown as { value: number | null }).value !== null);
    expect(visibleNow.length).toBeGreaterThan(firstPassIds.size);
    expect(new Set(sinks.observations.keys())).toEqual(new Set(visibleNow.map((h) => `dexcom:egv:${h.record.recordId}`)));
    expect(second.kinds.egvs.accepted).toBe(visibleNow.length - firstPassIds.size);
    expect(second.kinds.egvs.duplicates).toBe(second.kinds.egvs.delivered - second.kinds.egvs.accepted);
  });

  it('the mock refuses a window over 30 days, which the client never sends', async () => {
    mock = await startDexcomMock({ seed: 2, days: 40 });
    const store = secretStore();
    await saveCredentials(store, { clientId: mock.clientId, clientSecret: mock.clientSecret, region: 'eu' });
    const t = await connectDexcom({ store, baseUrl: mock.baseUrl, openUrl: browser([]) });
    const ask = (start: string, end: string) =>
      fetch(`${mock!.baseUrl}${EGVS}?startDate=${start}&endDate=${end}`, { headers: { Authorization: `Bearer ${t.accessToken}` } });
    expect((await ask('2025-02-01T00:00:00', '2025-03-03T00:00:00')).status).toBe(200); // exactly 30 days
    expect((await ask('2025-02-01T00:00:00', '2025-03-03T00:00:01')).status).toBe(400); // 30 days + 1 s
    expect((await ask('2025-02-01T00:00:00Z', '2025-02-02T00:00:00Z')).status).toBe(400); // offset not accepted

    const client = await dexcomClientFromStore(store, { baseUrl: mock.baseUrl });
    const start = Date.parse('2025-02-01T00:00:00Z');
    await expect(client.egvs({ start, end: start + 30 * 86_400_000 + 1000 })).rejects.toMatchObject({ code: 'bad_request', reason: 'bad_request' });
    const n = mock.requests.filter((r) => r.path === EGVS).length;
    expect(n).toBe(3); // the client's refusal never reached the mock
  });
});
