import { describe, expect, it } from 'vitest';
import { DexcomClient, RequestBudget, backoffMs, dexcomBaseUrl, isDexcomError, parseRetryAfter } from './client';
import type { AccessTokenSource, DexcomClientOptions } from './client';

const egvBody = (records: unknown[] = []) => ({ recordType: 'egv', recordVersion: '3.0', userId: 'u1', records });
const egv = (over: Record<string, unknown> = {}) => ({
  recordId: 'r1',
  systemTime: '2025-01-01T00:00:27',
  displayTime: '2024-12-31T19:00:27',
  transmitterId: '8GA1JK',
  transmitterTicks: 100,
  value: 120,
  status: 'ok',
  trend: 'flat',
  trendRate: 0.2,
  unit: 'mg/dL',
  rateUnit: 'mg/dL/min',
  displayDevice: 'receiver',
  transmitterGeneration: 'g6',
  ...over,
});
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A scripted Dexcom: answers in turn, records what was asked. */
function harness(answers: (Response | Error)[], extra: Partial<DexcomClientOptions> = {}) {
  const calls: { url: URL; auth: string | null }[] = [];
  const sleeps: number[] = [];
  const refreshed: string[] = [];
  let clock = Date.parse('2025-01-01T00:00:00Z');
  let token = 'tok-1';
  const tokens: AccessTokenSource = {
    getAccessToken: async () => token,
    refresh: async (rejected) => {
      refreshed.push(rejected);
      token = `tok-${refreshed.length + 1}`;
      return token;
    },
  };
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: new URL(String(input)), auth: new Headers(init?.headers).get('authorization') });
    const a = answers.shift();
    if (!a) throw new Error('no more scripted answers');
    if (a instanceof Error) throw a;
    return a;
  }) as typeof fetch;
  const client = new DexcomClient({
    region: 'sandbox',
    tokens,
    fetch: fetchImpl,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    ...extra,
  });
  return { client, calls, sleeps, refreshed };
}

const W = { start: Date.parse('2025-01-01T00:00:00Z'), end: Date.parse('2025-01-02T00:00:00Z') };

describe('DexcomClient', () => {
  it('knows the four base URLs and takes an override', () => {
    expect(dexcomBaseUrl('sandbox')).toBe('https://sandbox-api.dexcom.com');
    expect(dexcomBaseUrl('us')).toBe('https://api.dexcom.com');
    expect(dexcomBaseUrl('eu')).toBe('https://api.dexcom.eu');
    expect(dexcomBaseUrl('jp')).toBe('https://api.dexcom.jp');
    expect(dexcomBaseUrl('jp', 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
  });

  it('asks for EGVs with a bearer token and UTC dates without offset', async () => {
    const h = harness([json(200, egvBody([egv()]))]);
    const r = await h.client.egvs(W);
    expect(r.records[0].value).toBe(120);
    expect(h.calls[0].url.toString()).toBe('https://sandbox-api.dexcom.com/v3/users/self/egvs?startDate=2025-01-01T00%3A00%3A00&endDate=2025-01-02T00%3A00%3A00');
    expect(h.calls[0].auth).toBe('Bearer tok-1');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const h = harness([json(401, { error: 'invalid_token' }), json(200, egvBody())]);
    await h.client.egvs(W);
    expect(h.refreshed).toEqual(['tok-1']);
    expect(h.calls.map((c) => c.auth)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('asks the user to reconnect when a refreshed token is refused too', async () => {
    const h = harness([json(401, {}), json(401, {})]);
    await expect(h.client.egvs(W)).rejects.toMatchObject({ reason: 'reauthorize', status: 401 });
    expect(h.refreshed).toHaveLength(1);
  });

  it('waits as long as Retry-After says, in seconds or as an HTTP date', async () => {
    const h = harness([
      json(429, {}, { 'retry-after': '3' }),
      json(429, {}, { 'retry-after': 'Wed, 01 Jan 2025 00:01:03 GMT' }),
      json(200, egvBody()),
    ]);
    await h.client.egvs(W);
    // 3 s; then the date is 63 s after the start, and the clock has moved 3 s: 60 s.
    expect(h.sleeps).toEqual([3000, 60_000]);
  });

  it('backs off exponentially with jitter when a 429 has no Retry-After, and gives up after five waits', async () => {
    const h = harness(Array.from({ length: 6 }, () => json(429, {})));
    const err = await h.client.egvs(W).catch((e: unknown) => e);
    expect(isDexcomError(err) && err.reason).toBe('rate_limited');
    // Equal jitter with random 0.5: 3/4 of 1, 2, 4, 8, 16 s.
    expect(h.sleeps).toEqual([750, 1500, 3000, 6000, 12_000]);
    expect(h.calls).toHaveLength(6);
  });

  it('reports rather than waits out a Retry-After longer than its limit', async () => {
    const h = harness([json(429, {}, { 'retry-after': '3600' })]);
    await expect(h.client.egvs(W)).rejects.toMatchObject({ reason: 'rate_limited', retryAfterMs: 3_600_000 });
    expect(h.sleeps).toEqual([]);
  });

  it('retries 5xx answers and network failures a bounded number of times', async () => {
    const ok = harness([json(503, {}), new TypeError('fetch failed'), json(502, {}), json(200, egvBody())]);
    await ok.client.egvs(W);
    expect(ok.sleeps).toEqual([375, 750, 1500]); // 3/4 of 0.5, 1, 2 s
    const bad = harness(Array.from({ length: 4 }, () => json(500, { oops: true })));
    await expect(bad.client.egvs(W)).rejects.toMatchObject({ reason: 'upstream', status: 500, code: 'internal' });
    expect(bad.calls).toHaveLength(4);
  });

  it('does not retry a 400', async () => {
    const h = harness([json(400, { error: 'bad window' })]);
    await expect(h.client.egvs(W)).rejects.toMatchObject({ reason: 'bad_request', status: 400 });
    expect(h.calls).toHaveLength(1);
  });

  it('names the field at fault when a response does not match the documented shape', async () => {
    const h = harness([json(200, egvBody([egv(), egv({ systemTime: 'noon' })]))]);
    await expect(h.client.egvs(W)).rejects.toMatchObject({ reason: 'bad_response', field: 'records[1].systemTime' });
    const h2 = harness([json(200, { ...egvBody(), recordType: 'event' })]);
    await expect(h2.client.egvs(W)).rejects.toMatchObject({ field: 'recordType' });
    const h3 = harness([new Response('<html>', { status: 200 })]);
    await expect(h3.client.egvs(W)).rejects.toThrow('not JSON');
  });

  it('refuses a window over 30 days before asking', async () => {
    const h = harness([]);
    await expect(h.client.events({ start: W.start, end: W.start + 30 * 86_400_000 + 1000 })).rejects.toMatchObject({ field: 'endDate' });
    await expect(h.client.events({ start: W.start, end: W.start })).rejects.toMatchObject({ field: 'endDate' });
    expect(h.calls).toHaveLength(0);
  });

  it('sends lastSyncTime to dataRange only when given, and reads empty ranges', async () => {
    const empty = { start: { systemTime: null, displayTime: null }, end: { systemTime: null, displayTime: null } };
    const body = { recordType: 'dataRange', recordVersion: '3.0', userId: 'u', calibrations: empty, egvs: empty, events: empty };
    const h = harness([json(200, body), json(200, body)]);
    await h.client.dataRange();
    await h.client.dataRange(Date.parse('2025-01-01T17:00:00Z'));
    expect(h.calls[0].url.search).toBe('');
    expect(h.calls[1].url.searchParams.get('lastSyncTime')).toBe('2025-01-01T17:00:00');
  });
});

describe('request budget', () => {
  it('lets the limit through, then waits until the oldest request leaves the hour', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const b = new RequestBudget({ limit: 3, now: () => clock, sleep: async (ms) => void (sleeps.push(ms), (clock += ms)) });
    await b.acquire();
    clock = 1000;
    await b.acquire();
    await b.acquire();
    expect(sleeps).toEqual([]);
    await b.acquire(); // the first was at t=0 and leaves the window at 3,600,000 ms
    expect(sleeps).toEqual([3_600_000 - 1000]);
    expect(b.used).toBe(3);
  });

  it('defaults to 50,000 an hour, under Dexcom’s 60,000', () => {
    const b = new RequestBudget();
    expect(b.limit).toBe(50_000);
    expect(b.windowMs).toBe(3_600_000);
  });
});

describe('back-off helpers', () => {
  it('keeps each delay between half and all of the capped exponential', () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 0.999999)).toBe(1000);
    expect(backoffMs(3, () => 0)).toBe(2000);
    expect(backoffMs(20, () => 0.999999, 1000, 60_000)).toBe(60_000);
  });

  it('reads Retry-After seconds and dates and ignores nonsense', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
