import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { roundTrip, waitFor } from '../testing/wait-for';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let alice: string;
let bob: string;
let aliceSubject: string;
let bobSubject: string;

beforeAll(async () => {
  hub = await startTestHub();
  alice = await hub.signUp('alice@example.org', 'Alice');
  bob = await hub.signUp('bob@example.org', 'Bob');
  aliceSubject = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'diabetes' }, alice)).body.id;
  bobSubject = (await hub.api('POST', '/api/subjects', { name: 'Ben', kind: 'baby' }, bob)).body.id;
});
afterAll(async () => hub.close());

const HOUR = 3_600_000;
const base = Date.UTC(2026, 0, 5, 0, 0, 0); // a Monday, so weekly buckets start here

describe('accounts', () => {
  it('answers health without a token', async () => {
    const r = await hub.api('GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', db: 'ok' });
    expect(typeof r.body.version).toBe('string');
  });

  it('answers a taken e-mail as a new one (so strangers cannot tell who has an account) and refuses a short password with 400', async () => {
    expect((await hub.api('POST', '/api/auth/register', { email: 'alice@example.org', password: 'long enough pw', name: 'A2' })).status).toBe(201);
    expect((await hub.api('POST', '/api/auth/login', { email: 'alice@example.org', password: 'long enough pw' })).status).toBe(401);
    const short = await hub.api('POST', '/api/auth/register', { email: 'new@example.org', password: 'short', name: 'N' });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');
  });

  it('logs in, answers me, and the OAuth2 password flow gives the same kind of token', async () => {
    const me = await hub.api('GET', '/api/auth/me', undefined, alice);
    expect(me.body).toMatchObject({ email: 'alice@example.org', name: 'Alice' });
    const res = await fetch(`${hub.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=alice%40example.org&password=correct+horse+battery',
    });
    const body = (await res.json()) as { access_token: string; token_type: string };
    expect(res.status).toBe(200);
    expect(body.token_type).toBe('bearer');
    expect((await hub.api('GET', '/api/auth/me', undefined, body.access_token)).status).toBe(200);
  });

  it('rejects a wrong password with 401 and a garbage or revoked token with 401', async () => {
    expect((await hub.api('POST', '/api/auth/login', { email: 'alice@example.org', password: 'wrong password' })).status).toBe(401);
    expect((await hub.api('GET', '/api/subjects', undefined, 'garbage')).status).toBe(401);
    expect((await hub.api('GET', '/api/subjects')).status).toBe(401);
    const l = await hub.api('POST', '/api/auth/login', { email: 'bob@example.org', password: 'correct horse battery' });
    const t = l.body.access_token as string;
    expect((await hub.api('POST', '/api/auth/logout', undefined, t)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, t)).status).toBe(401);
  });

  it('expires a token after 12 hours', async () => {
    const token = hub.core.auth.issueToken((await hub.api('GET', '/api/auth/me', undefined, alice)).body.id);
    expect((await hub.api('GET', '/api/auth/me', undefined, token)).status).toBe(200);
    const expiresAt = hub.core.deps.db.$client
      .prepare(`SELECT expires_at - created_at FROM auth_tokens WHERE token_hash = ?`)
      .pluck()
      .get(createHash('sha256').update(token).digest('hex'));
    expect(expiresAt).toBe(12 * HOUR);
    hub.core.deps.db.$client.prepare(`UPDATE auth_tokens SET expires_at = ? WHERE token_hash = ?`).run(Date.now() - 1, createHash('sha256').update(token).digest('hex'));
    expect((await hub.api('GET', '/api/auth/me', undefined, token)).status).toBe(401);
  });

  it('answers 429 after 10 failed logins in a minute from one client', async () => {
    // Its own hub: the lock-out covers every login from this client for a minute.
    const hub = await startTestHub();
    await hub.signUp('carol@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await hub.api('POST', '/api/auth/login', { email: 'carol@example.org', password: `nope-${i}-xxxx` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused while the client is locked out.
    expect((await hub.api('POST', '/api/auth/login', { email: 'carol@example.org', password: 'correct horse battery' })).status).toBe(429);
    await hub.close();
  });
});

describe('subjects, grants and isolation', () => {
  it('lists only my subjects', async () => {
    const a = await hub.api('GET', '/api/subjects', undefined, alice);
    expect(a.body.map((s: { id: string }) => s.id)).toEqual([aliceSubject]);
  });

  it("refuses every route on another user's subject with 403 and an unknown one with 404", async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['GET', `/api/subjects/${bobSubject}`],
      ['PATCH', `/api/subjects/${bobSubject}`, { name: 'x' }],
      ['DELETE', `/api/subjects/${bobSubject}`],
      ['POST', `/api/subjects/${bobSubject}/grants`, { email: 'alice@example.org', role: 'caregiver' }],
      ['POST', `/api/subjects/${bobSubject}/observations`, [{ metric: 'humidity', t: new Date(base).toISOString(), value: 50 }]],
      ['GET', `/api/subjects/${bobSubject}/observations`],
      ['GET', `/api/subjects/${bobSubject}/timeseries?metric=humidity&interval=1h`],
      ['GET', `/api/subjects/${bobSubject}/stats?metric=humidity`],
      ['GET', `/api/subjects/${bobSubject}/events`],
      ['POST', `/api/subjects/${bobSubject}/events`, { type: 'note', t: new Date(base).toISOString(), data: { text: 'hi' } }],
      ['GET', `/api/subjects/${bobSubject}/thresholds`],
      ['PUT', `/api/subjects/${bobSubject}/thresholds`, [{ metric: 'humidity', max: 60, priority: 'low' }]],
      ['GET', `/api/devices?subject_id=${bobSubject}`],
      ['POST', `/api/devices`, { subject_id: bobSubject, name: 'd', kind: 'thermometer', transport: 'ble' }],
      ['GET', `/api/alerts?subject_id=${bobSubject}`],
    ];
    for (const [method, path, body] of routes) {
      const r = await hub.api(method, path, body, alice);
      expect([method, path, r.status]).toEqual([method, path, 403]);
    }
    expect((await hub.api('GET', `/api/subjects/does-not-exist`, undefined, alice)).status).toBe(404);
    // Nothing was written by those attempts.
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(bobSubject)).toBe(0);
  });

  it('shares a subject with a grant, and the grantee then sees it', async () => {
    const g = await hub.api('POST', `/api/subjects/${bobSubject}/grants`, { email: 'alice@example.org', role: 'caregiver' }, bob);
    expect(g.status).toBe(201);
    expect(g.body).toMatchObject({ role: 'caregiver', user: { email: 'alice@example.org' } });
    const r = await hub.api('GET', `/api/subjects/${bobSubject}`, undefined, alice);
    expect(r.status).toBe(200);
    expect(r.body.role).toBe('caregiver');
    // A caregiver may not delete or re-share.
    expect((await hub.api('DELETE', `/api/subjects/${bobSubject}`, undefined, alice)).status).toBe(403);
  });
});

describe('devices', () => {
  it('creates, reads, updates and deletes a device of my subject', async () => {
    const c = await hub.api('POST', '/api/devices', { subject_id: aliceSubject, name: 'CGM', kind: 'cgm', transport: 'ble', address: 'AA:BB:CC:DD:EE:01' }, alice);
    expect(c.status).toBe(201);
    const id = c.body.id as string;
    expect((await hub.api('GET', `/api/devices/${id}`, undefined, alice)).body).toMatchObject({ name: 'CGM', subject_id: aliceSubject });
    expect((await hub.api('PATCH', `/api/devices/${id}`, { name: 'Dexcom G7' }, alice)).body.name).toBe('Dexcom G7');
    expect((await hub.api('GET', `/api/devices/${id}`, undefined, bob)).status).toBe(403);
    expect((await hub.api('GET', '/api/devices', undefined, alice)).body.map((d: { id: string }) => d.id)).toContain(id);
    expect((await hub.api('DELETE', `/api/devices/${id}`, undefined, alice)).status).toBe(200);
    expect((await hub.api('GET', `/api/devices/${id}`, undefined, alice)).status).toBe(404);
  });
});

describe('observations', () => {
  const readings = Array.from({ length: 600 }, (_, i) => ({
    id: `g-${i}`,
    metric: 'glucose',
    t: new Date(base + i * 5 * 60_000).toISOString(),
    value: 100 + 60 * Math.sin(i / 20) + (i % 7),
  }));

  it('rejects a batch with one bad item, naming its index, and stores nothing', async () => {
    const bad = [...readings.slice(0, 5), { metric: 'glucose', t: readings[5]!.t, value: 5000 }, ...readings.slice(6, 10)];
    const r = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, bad, alice);
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('items[5].value');
    expect(r.body.error.message).toMatch(/item 5/);
    const unknown = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, [{ metric: 'mood', t: readings[0]!.t, value: 1 }], alice);
    expect(unknown.body.error.field).toBe('items[0].metric');
    const badTime = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, [{ metric: 'glucose', t: 'yesterday', value: 100 }], alice);
    expect(badTime.body.error.field).toBe('items[0].t');
    expect((await hub.api('GET', `/api/subjects/${aliceSubject}/observations`, undefined, alice)).body.items).toHaveLength(0);
  });

  it('accepts a batch, converts units, and counts a retry as duplicates without doubling', async () => {
    const first = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, readings, alice);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ accepted: 600, duplicates: 0 });
    const retry = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, readings, alice);
    expect(retry.body).toMatchObject({ accepted: 0, duplicates: 600 });
    const mmol = await hub.api('POST', `/api/subjects/${aliceSubject}/observations`, [{ id: 'mmol-1', metric: 'glucose', t: new Date(base - HOUR).toISOString(), value: 5.5, unit: 'mmol/L' }], alice);
    expect(mmol.body.accepted).toBe(1);
    const stored = await hub.api('GET', `/api/subjects/${aliceSubject}/observations?metric=glucose&to=${encodeURIComponent(new Date(base).toISOString())}`, undefined, alice);
    expect(stored.body.items).toHaveLength(1);
    expect(stored.body.items[0].value).toBeCloseTo(5.5 * 18.0182, 6);
    expect(stored.body.items[0].unit).toBe('mg/dL');
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(aliceSubject)).toBe(601);
  });

  it('pages newest first through the history with a cursor, with metric and time filters', async () => {
    const from = new Date(base + 100 * 5 * 60_000).toISOString();
    const to = new Date(base + 350 * 5 * 60_000).toISOString();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `metric=glucose&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=37${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { status: number; body: { items: Array<{ id: string; t: string }>; next_cursor: string | null } } = await hub.api('GET', `/api/subjects/${aliceSubject}/observations?${q}`, undefined, alice);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    const expected = readings.slice(100, 350).map((r) => r.id).reverse();
    expect(seen).toEqual(expected);
    expect((await hub.api('GET', `/api/subjects/${aliceSubject}/observations?limit=0`, undefined, alice)).status).toBe(400);
    expect((await hub.api('GET', `/api/subjects/${aliceSubject}/observations?limit=1001`, undefined, alice)).status).toBe(400);
  });

  it('answers buckets and stats that match values computed here from the raw readings', async () => {
    // Deliberately ragged edges: not aligned to any rollup level.
    const fromMs = base + 37 * 60_000 + 13_000;
    const toMs = base + 41 * HOUR + 7 * 60_000;
    for (const [interval, width] of [['1h', HOUR], ['15m', 15 * 60_000], ['6h', 6 * HOUR], ['1d', 24 * HOUR], ['7m', 7 * 60_000]] as const) {
      const r = await hub.api('GET', `/api/subjects/${aliceSubject}/timeseries?metric=glucose&interval=${interval}&from=${new Date(fromMs).toISOString()}&to=${new Date(toMs).toISOString()}`, undefined, alice);
      expect(r.status).toBe(200);
      const expected = new Map<number, number[]>();
      for (const x of readings) {
        const t = Date.parse(x.t);
        if (t < fromMs || t >= toMs) continue;
        const b = Math.floor(t / width) * width;
        expected.set(b, [...(expected.get(b) ?? []), x.value]);
      }
      const want = [...expected.entries()].sort((a, b) => a[0] - b[0]).map(([b, vs]) => ({
        t: new Date(b).toISOString(),
        avg: vs.reduce((s, v) => s + v, 0) / vs.length,
        min: Math.min(...vs),
        max: Math.max(...vs),
        count: vs.length,
      }));
      expect(r.body.items.length).toBe(want.length);
      r.body.items.forEach((got: { t: string; avg: number; min: number; max: number; count: number }, i: number) => {
        expect(got.t).toBe(want[i]!.t);
        expect(got.count).toBe(want[i]!.count);
        expect(got.avg).toBeCloseTo(want[i]!.avg, 9);
        expect(got.min).toBeCloseTo(want[i]!.min, 9);
        expect(got.max).toBeCloseTo(want[i]!.max, 9);
      });
    }
    const s = await hub.api('GET', `/api/subjects/${aliceSubject}/stats?metric=glucose&from=${new Date(fromMs).toISOString()}&to=${new Date(toMs).toISOString()}`, undefined, alice);
    const inRange = readings.filter((x) => Date.parse(x.t) >= fromMs && Date.parse(x.t) < toMs);
    expect(s.body.count).toBe(inRange.length);
    expect(s.body.avg).toBeCloseTo(inRange.reduce((a, x) => a + x.value, 0) / inRange.length, 9);
    expect(s.body.min).toBe(Math.min(...inRange.map((x) => x.value)));
    expect(s.body.max).toBe(Math.max(...inRange.map((x) => x.value)));
    expect(s.body.latest).toEqual({ t: inRange[inRange.length - 1]!.t, value: inRange[inRange.length - 1]!.value });
    expect((await hub.api('GET', `/api/subjects/${aliceSubject}/timeseries?metric=glucose&interval=5x`, undefined, alice)).status).toBe(400);
  });

  it('aligns weekly buckets to Monday 00:00 UTC', async () => {
    const r = await hub.api('GET', `/api/subjects/${aliceSubject}/timeseries?metric=glucose&interval=1w&from=${new Date(base).toISOString()}`, undefined, alice);
    expect(r.body.items[0].t).toBe(new Date(base).toISOString());
    expect(r.body.items[0].count).toBe(600);
  });
});

describe('events', () => {
  it('stores typed events and rejects bad data naming the field', async () => {
    const ok = await hub.api('POST', `/api/subjects/${aliceSubject}/events`, { type: 'meal', t: new Date(base).toISOString(), data: { carbs_g: 45 } }, alice);
    expect(ok.status).toBe(201);
    const bad = await hub.api('POST', `/api/subjects/${aliceSubject}/events`, { type: 'insulin', t: new Date(base).toISOString(), data: { units: -2, kind: 'bolus' } }, alice);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('data.units');
    const list = await hub.api('GET', `/api/subjects/${aliceSubject}/events?type=meal`, undefined, alice);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].data.carbs_g).toBe(45);
  });
});

describe('the stream', () => {
  it('pushes observation.added only to users allowed to see the subject', async () => {
    const carol = await hub.signUp('dave@example.org', 'Dave');
    const open = (token: string) =>
      new Promise<{ ws: WebSocket; got: any[] }>((resolve, reject) => {
        const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/api/stream?token=${token}`);
        const got: any[] = [];
        ws.on('message', (m) => {
          const ev = JSON.parse(String(m));
          if (ev.type === 'hello') resolve({ ws, got });
          else got.push(ev);
        });
        ws.on('error', reject);
      });
    const a = await open(alice);
    const d = await open(carol);
    const b = await open(bob);
    const t = new Date(base + 1000 * HOUR).toISOString();
    expect((await hub.api('POST', `/api/subjects/${bobSubject}/observations`, [{ metric: 'room_temperature', t, value: 21.5 }], bob)).status).toBe(201);
    const added = (x: { got: any[] }) => x.got.filter((e) => e.type === 'observation.added');
    await waitFor("observation.added on Bob's and Alice's streams", () => added(b).length > 0 && added(a).length > 0);
    // Dave may not see it: a negative, so first make sure his stream has caught up with
    // everything the hub sent before the pong (it publishes before answering the POST).
    await roundTrip(d.ws);
    expect(added(b)).toHaveLength(1);
    expect(added(b)[0]).toMatchObject({ subject_id: bobSubject, metric: 'room_temperature', count: 1, latest: { value: 21.5 } });
    expect(added(a)).toHaveLength(1); // Alice was granted Bob's subject above
    expect(added(d)).toHaveLength(0);
    for (const x of [a, b, d]) x.ws.close();
  });

  it('closes a stream opened without a valid token', async () => {
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/api/stream?token=nope`);
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4401);
  });
});
