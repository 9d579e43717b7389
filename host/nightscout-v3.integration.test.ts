/**
 * Nightscout API v3 on the hub, driven the way AndroidAPS's NSClientV3 drives it
 * (core/nssdk `NSAuthInterceptor.kt`: a request with an empty Bearer, 401, then
 * `/api/v2/authorization/request/<access token>` for a JWT, then the request again with
 * `Date` and `Authorization: Bearer <jwt>`), with the documents its mappers build
 * (host/nightscout-fixtures.ts `androidapsV3`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { calculateIdentifier } from '../core/nightscout/v3';
import { androidapsV3, twoUploaders } from './nightscout-fixtures';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let alice: string;
let bob: string;
let ada: string;
let ben: string;
let adaSecret: string;
let benSecret: string;
const MIN = 60_000;
const slot = (minutesAgo: number) => Math.floor(Date.now() / MIN) * MIN - minutesAgo * MIN;
const rpc = (name: string, args: unknown, token: string) => hub.api('POST', `/api/rpc/${name}`, args, token);

/** AndroidAPS's client: keeps its JWT, and on 401/403 asks for a new one with the access token and retries once. */
class AapsClient {
  jwt = '';
  authRequests = 0;
  constructor(private readonly accessToken: string) {}
  private async once(method: string, path: string, body?: unknown, date = Date.now()) {
    const res = await fetch(hub.url + '/api/' + path, {
      method,
      headers: { Date: String(date), Authorization: `Bearer ${this.jwt}`, ...(body !== undefined ? { 'content-type': 'application/json; charset=UTF-8' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any, headers: res.headers };
  }
  async call(method: string, path: string, body?: unknown, date?: number) {
    const first = await this.once(method, path, body, date);
    if (first.status !== 401 && first.status !== 403) return first;
    this.authRequests++;
    const auth = await fetch(`${hub.url}/api/v2/authorization/request/${encodeURIComponent(this.accessToken)}`);
    if (auth.status !== 200) return { status: auth.status, body: (await auth.json()) as any, headers: auth.headers };
    this.jwt = ((await auth.json()) as { token: string }).token;
    return this.once(method, path, body, date);
  }
}

beforeAll(async () => {
  hub = await startTestHub();
  ({ alice, bob, ada, ben, adaSecret, benSecret } = await twoUploaders(hub, '-v3'));
}, 60_000);
afterAll(async () => hub.close());

describe('AndroidAPS over Nightscout API v3', () => {
  it('gets a JWT with the person’s secret, checks status, and uploads readings, boluses, carbs and its loop state as they arrive', async () => {
    const aaps = new AapsClient(adaSecret);
    const status = await aaps.call('GET', 'v3/status');
    expect(status.status).toBe(200);
    expect(aaps.authRequests).toBe(1);
    expect(status.body).toMatchObject({ status: 200, result: { apiVersion: expect.stringMatching(/^3\./), apiPermissions: { entries: 'crud', treatments: 'crud', devicestatus: 'crud' } } });

    // A low, streamed to a signed-in screen within the same second the phone posts it.
    const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/api/stream?token=${alice}`);
    const alarms: any[] = [];
    ws.on('message', (m) => {
      const e = JSON.parse(String(m));
      if (e.type === 'alert.raised') alarms.push(e);
    });
    await new Promise((r) => ws.once('open', r));
    const t0 = slot(30);
    const created = await aaps.call('POST', 'v3/entries', androidapsV3.sgv(t0, 52));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({ status: 201, identifier: calculateIdentifier({ device: 'AndroidAPS-DexcomG6', date: t0 }), lastModified: expect.any(Number) });
    for (let i = 0; i < 200 && alarms.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    ws.close();
    expect(alarms[0]).toMatchObject({ subject_id: ada, alert: { metric: 'glucose' } });

    // The same reading again is a deduplication, and stores nothing more.
    const again = await aaps.call('POST', 'v3/entries', androidapsV3.sgv(t0, 52));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ isDeduplication: true, identifier: created.body.identifier });

    const bolus = await aaps.call('POST', 'v3/treatments', androidapsV3.bolus(t0 + MIN, 4.5));
    const smb = await aaps.call('POST', 'v3/treatments', androidapsV3.bolus(t0 + 6 * MIN, 0.25, 'SMB'));
    const carbs = await aaps.call('POST', 'v3/treatments', androidapsV3.carbs(t0 + MIN, 45));
    const basal = await aaps.call('POST', 'v3/treatments', androidapsV3.tempBasal(t0 + 2 * MIN));
    const ds = await aaps.call('POST', 'v3/devicestatus', androidapsV3.deviceStatus(t0 + 3 * MIN));
    for (const r of [bolus, smb, carbs, basal, ds]) expect(r.status, JSON.stringify(r.body)).toBe(201);

    const evs = (await hub.api('GET', `/api/subjects/${ada}/events?limit=100`, undefined, alice)).body.items as Array<{ type: string; data: any; t: string }>;
    expect(evs.filter((e) => e.type === 'insulin').map((e) => [e.data.units, e.data.kind, Date.parse(e.t)]).sort()).toEqual([
      [0.25, 'bolus', t0 + 6 * MIN],
      [4.5, 'bolus', t0 + MIN],
    ]);
    expect(evs.filter((e) => e.type === 'meal').map((e) => e.data.carbs_g)).toEqual([45]);
    const summary = (await rpc('nightscout.devicestatus.summary', { subject_id: ada }, alice)).body;
    expect(summary.pump).toMatchObject({ reservoir: 124.5, battery_percent: 75 });
    expect(summary.loop).toMatchObject({ iob: 1.25, cob: 12 });

    // Read back as AndroidAPS does: history since a moment, with the newest change as ETag.
    const hist = await aaps.call('GET', `v3/treatments/history/${t0 - 60 * MIN}?limit=500`);
    expect(hist.status).toBe(200);
    const ids = (hist.body.result as any[]).map((d) => d.identifier);
    expect(ids).toEqual(expect.arrayContaining([bolus.body.identifier, carbs.body.identifier, smb.body.identifier]));
    for (const d of hist.body.result) expect(d).toMatchObject({ srvModified: expect.any(Number), isValid: true });
    const etag = hist.headers.get('etag')!;
    expect(Number(etag.slice(3, -1))).toBe(Math.max(...hist.body.result.map((d: any) => d.srvModified)));
    const sgvs = await aaps.call('GET', `v3/entries?sort=date&date$gt=${t0 - 1}&limit=10`);
    expect(sgvs.body.result).toEqual([expect.objectContaining({ sgv: 52, date: t0, identifier: created.body.identifier, direction: 'Flat' })]);
    const mod = await aaps.call('GET', 'v3/lastModified');
    expect(mod.body.result.collections.treatments).toBeGreaterThan(0);
    expect(mod.body.result.collections.entries).toBeGreaterThan(0);
  }, 120_000);

  it('changes a treatment by PATCH and removes it when AndroidAPS marks it invalid', async () => {
    const aaps = new AapsClient(adaSecret);
    const t = slot(90);
    const made = await aaps.call('POST', 'v3/treatments', androidapsV3.bolus(t, 3));
    expect(made.status).toBe(201);
    const id = made.body.identifier as string;
    const units = async () =>
      ((await hub.api('GET', `/api/subjects/${ada}/events?limit=100`, undefined, alice)).body.items as Array<{ type: string; data: any; t: string }>)
        .filter((e) => e.type === 'insulin' && Date.parse(e.t) === t)
        .map((e) => e.data.units);
    expect(await units()).toEqual([3]);
    const patched = await aaps.call('PATCH', `v3/treatments/${id}`, { ...androidapsV3.bolus(t, 2.5), date: null, utcOffset: null, identifier: id });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(await units()).toEqual([2.5]);
    const invalid = await aaps.call('PATCH', `v3/treatments/${id}`, { isValid: false, date: null, utcOffset: null });
    expect(invalid.status).toBe(200);
    expect(await units()).toEqual([]);
    expect((await aaps.call('DELETE', `v3/treatments/${id}`)).status).toBe(404);
  }, 60_000);

  it('refuses a wrong secret, a stale token after the secret is changed, a clock far off, and a document without its required fields — storing nothing', async () => {
    const before = (await hub.api('GET', `/api/subjects/${ben}/stats?metric=glucose`, undefined, bob)).body.count as number;
    const wrong = new AapsClient('not-a-secret-of-anyone');
    const r = await wrong.call('POST', 'v3/entries', androidapsV3.sgv(slot(5), 120));
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ status: 401, message: 'Bad access token or JWT' });

    const aaps = new AapsClient(benSecret);
    expect((await aaps.call('GET', 'v3/status')).status).toBe(200);
    // Ben's token never reaches Ada: it names Ben.
    expect((await aaps.call('GET', 'v3/entries?limit=5')).body.result.every((d: any) => d.sgv !== 52)).toBe(true);

    const skewed = await aaps.call('GET', 'v3/status', undefined, Date.now() + 30 * MIN);
    expect(skewed.status).toBe(401);
    expect(skewed.body.message).toBe('Date header out of tolerance');

    const noUtc = { ...androidapsV3.sgv(slot(7), 130), utcOffset: 'x' };
    const bad = await aaps.call('POST', 'v3/entries', noUtc);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Bad or missing utcOffset field');
    const { app: _app, ...noApp } = androidapsV3.sgv(slot(8), 130);
    expect((await aaps.call('POST', 'v3/entries', noApp)).body.message).toBe('Bad or missing app field');

    // A new secret ends the old secret's tokens: the old JWT is refused, and so is the old secret.
    const oldJwt = aaps.jwt;
    await rpc('nightscout.uploader.rotate', { subject_id: ben }, bob);
    const stale = await fetch(`${hub.url}/api/v3/status`, { headers: { Date: String(Date.now()), Authorization: `Bearer ${oldJwt}` } });
    expect(stale.status).toBe(401);
    expect((await aaps.call('GET', 'v3/status')).status).toBe(401);
    expect((await hub.api('GET', `/api/subjects/${ben}/stats?metric=glucose`, undefined, bob)).body.count).toBe(before);
  }, 60_000);
});
