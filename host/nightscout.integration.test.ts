import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { startTestHub } from './testing';
import { androidaps, juggluco, nightscoutConnect, twoUploaders, xdrip } from './nightscout-fixtures';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let alice: string;
let bob: string;
let ada: string;
let ben: string;
let adaSecret: string;
let benSecret: string;

const MIN = 60_000;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
/** A minute boundary a while ago, so every fixture time is in the past and distinct per test. */
const slot = (minutesAgo: number) => Math.floor(Date.now() / MIN) * MIN - minutesAgo * MIN;

async function ns(method: string, path: string, opts: { secret?: string; token?: string; body?: unknown; accept?: string } = {}) {
  const res = await fetch(hub.url + path + (opts.token ? `${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(opts.token)}` : ''), {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.secret ? { 'api-secret': sha1(opts.secret) } : {}),
      ...(opts.accept ? { accept: opts.accept } : {}),
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* text */
  }
  return { status: res.status, body, type: res.headers.get('content-type') ?? '' };
}

const rpc = (name: string, args: unknown, token: string) => hub.api('POST', `/api/rpc/${name}`, args, token);
const glucoseCount = async (subject: string, token: string) => (await hub.api('GET', `/api/subjects/${subject}/stats?metric=glucose`, undefined, token)).body.count as number;
const events = async (subject: string, token: string) => (await hub.api('GET', `/api/subjects/${subject}/events?limit=1000`, undefined, token)).body.items as Array<{ type: string; data: Record<string, unknown>; t: string }>;

beforeAll(async () => {
  hub = await startTestHub();
  ({ alice, bob, ada, ben, adaSecret, benSecret } = await twoUploaders(hub));
}, 60_000);
afterAll(async () => hub.close());

describe('uploader secrets', () => {
  it('gives each person their own secret of at least 12 characters, the same one when shown again, with the hub address to type', async () => {
    expect(adaSecret.length).toBeGreaterThanOrEqual(12);
    expect(benSecret).not.toBe(adaSecret);
    const shown = await rpc('nightscout.uploader.get', { subject_id: ada }, alice);
    expect(shown.status).toBe(200);
    expect(shown.body.api_secret).toBe(adaSecret);
    expect(shown.body.api_secret_sha1).toBe(sha1(adaSecret));
    expect(shown.body.url).toBe(hub.url);
    expect(shown.body.url_is_local_only).toBe(true);
  });

  it('shows a secret only to the person’s owner', async () => {
    expect((await rpc('nightscout.uploader.get', { subject_id: ada }, bob)).status).toBe(403);
    expect((await rpc('nightscout.uploader.rotate', { subject_id: ada }, bob)).status).toBe(403);
  });

  it('a rotated secret replaces the old one at once', async () => {
    const { body } = await rpc('nightscout.uploader.create', { subject_id: (await hub.api('POST', '/api/subjects', { name: 'Cy', kind: 'diabetes' }, alice)).body.id }, alice);
    const old = body.api_secret as string;
    expect((await ns('GET', '/api/v1/verifyauth', { secret: old })).status).toBe(200);
    const rotated = (await rpc('nightscout.uploader.rotate', { subject_id: body.subject_id }, alice)).body.api_secret as string;
    expect(rotated).not.toBe(old);
    expect((await ns('GET', '/api/v1/verifyauth', { secret: old })).status).toBe(401);
    expect((await ns('GET', '/api/v1/verifyauth', { secret: rotated })).status).toBe(200);
    // Deleting the person ends their secret with them.
    expect((await hub.api('DELETE', `/api/subjects/${body.subject_id}`, undefined, alice)).status).toBe(200);
    expect((await ns('GET', '/api/v1/verifyauth', { secret: rotated })).status).toBe(401);
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM nightscout_uploaders WHERE subject_id = ?`).pluck().get(body.subject_id)).toBe(0);
  });
});

describe('xDrip+ (NightscoutUploader.java)', () => {
  it('stores its entries as glucose readings and a watch face reads them back newest first', async () => {
    const t = slot(200);
    const batch = [xdrip.sgv(t, 120, 'Flat'), xdrip.sgv(t + 5 * MIN, 131, 'FortyFiveUp'), xdrip.mbg(t + 6 * MIN, 128), xdrip.cal(t + 6 * MIN)];
    const before = await glucoseCount(ada, alice);
    const up = await ns('POST', '/api/v1/entries', { secret: adaSecret, body: batch });
    expect(up.status).toBe(200);
    expect(up.body).toHaveLength(4);
    expect(await glucoseCount(ada, alice)).toBe(before + 2);

    const read = await ns('GET', `/api/v1/entries/sgv.json?count=2&find[date][$lte]=${t + 5 * MIN}`, { secret: adaSecret });
    expect(read.status).toBe(200);
    expect(read.body.map((e: any) => [e.sgv, e.direction, e.date, e.dateString, e.type, e.device])).toEqual([
      [131, 'FortyFiveUp', t + 5 * MIN, new Date(t + 5 * MIN).toISOString(), 'sgv', 'xDrip-DexcomG5'],
      [120, 'Flat', t, new Date(t).toISOString(), 'sgv', 'xDrip-DexcomG5'],
    ]);
    expect(read.body[0].trend).toBe(3);
    // The meter reading is a calibration event, read back as an mbg entry.
    const mbg = await ns('GET', `/api/v1/entries/mbg.json?find[date][$gte]=${t}`, { secret: adaSecret });
    expect(mbg.body.map((e: any) => [e.type, e.mbg, e.date])).toEqual([['mbg', 128, t + 6 * MIN]]);
    expect((await events(ada, alice)).filter((e) => e.type === 'calibration' && e.data.kind === 'meter')).toHaveLength(1);
  });

  it('adds nothing when the same entries and treatments are uploaded again', async () => {
    const t = slot(300);
    const batch = [xdrip.sgv(t, 140), xdrip.sgv(t + 5 * MIN, 142), xdrip.mbg(t + 7 * MIN, 139)];
    const tr = xdrip.treatment(t + 2 * MIN, '6c5b6f0e-1d2c-4b6f-9d1e-2f3a4b5c6d7e', 30, 3.5);
    await ns('POST', '/api/v1/entries', { secret: adaSecret, body: batch });
    await ns('PUT', '/api/v1/treatments', { secret: adaSecret, body: tr });
    const readings = await glucoseCount(ada, alice);
    const evs = (await events(ada, alice)).length;
    expect((await ns('POST', '/api/v1/entries', { secret: adaSecret, body: batch })).status).toBe(200);
    expect((await ns('PUT', '/api/v1/treatments', { secret: adaSecret, body: tr })).status).toBe(200);
    expect(await glucoseCount(ada, alice)).toBe(readings);
    expect((await events(ada, alice)).length).toBe(evs);
    // The upserted treatment made one meal and one insulin dose, read back by its uuid.
    const back = await ns('GET', `/api/v1/treatments.json?find[_id]=${tr.uuid}`, { secret: adaSecret });
    expect(back.body.map((d: any) => [d.carbs ?? null, d.insulin ?? null, d.created_at, d.enteredBy]).sort()).toEqual(
      [
        [30, null, new Date(t + 2 * MIN).toISOString(), 'xdrip'],
        [null, 3.5, new Date(t + 2 * MIN).toISOString(), 'xdrip'],
      ].sort(),
    );
  });

  it('keeps the phone battery from its devicestatus', async () => {
    expect((await ns('POST', '/api/v1/devicestatus', { secret: benSecret, body: xdrip.battery(81) })).status).toBe(200);
    const s = await rpc('nightscout.devicestatus.summary', { subject_id: ben }, bob);
    expect(s.body.uploader).toMatchObject({ device: 'phone-battery', battery: 81 });
  });
});

describe('Juggluco (uploader.cpp, JournalTreatmentUploader.kt)', () => {
  it('stores a whole sensor batch and its journal, rapid and long-acting insulin apart', async () => {
    const t = slot(600);
    const batch = Array.from({ length: 24 }, (_, i) => juggluco.sgv(t + i * 5 * MIN, 100 + i, 'Flat'));
    const before = await glucoseCount(ben, bob);
    expect((await ns('POST', '/api/v1/entries', { secret: benSecret, body: batch })).status).toBe(200);
    expect(await glucoseCount(ben, bob)).toBe(before + 24);
    for (const tr of [juggluco.insulin(t, 6, false), juggluco.insulin(t + MIN, 18, true), juggluco.carbs(t, 45), juggluco.fingerstick(t + 3 * MIN, 112)]) {
      expect((await ns('PUT', '/api/v1/treatments', { secret: benSecret, body: tr })).status).toBe(200);
    }
    const evs = await events(ben, bob);
    expect(evs.filter((e) => e.type === 'insulin').map((e) => [e.data.units, e.data.kind]).sort()).toEqual([
      [18, 'basal'],
      [6, 'bolus'],
    ]);
    expect(evs.find((e) => e.type === 'meal')?.data.carbs_g).toBe(45);
    expect(evs.find((e) => e.type === 'calibration')?.data.value).toBe(112);
    // Juggluco deletes a journal entry by its _id before sending an edit.
    const del = await ns('DELETE', `/api/v1/treatments/${juggluco.carbs(t, 45)._id}`, { secret: benSecret });
    expect(del.body).toEqual({ n: 1 });
    expect((await events(ben, bob)).filter((e) => e.type === 'meal')).toHaveLength(0);
  });
});

describe('AndroidAPS (NSClient extensions, DeviceStatus.java)', () => {
  it('turns boluses and carbs into insulin and meals, ignores temp basals, and shows pump and loop state', async () => {
    const t = slot(900);
    const docs = [androidaps.bolus(t, 4.2), androidaps.carbs(t, 40), androidaps.bolus(t + 10 * MIN, 0.3, true), androidaps.tempBasal(t + 12 * MIN)];
    const up = await ns('POST', '/api/v1/treatments', { secret: adaSecret, body: docs });
    expect(up.status).toBe(200);
    expect(up.body).toHaveLength(4);
    const read = await ns('GET', `/api/v1/treatments.json?count=10&find[created_at][$gte]=${new Date(t).toISOString()}&find[created_at][$lte]=${new Date(t + 12 * MIN).toISOString()}`, { secret: adaSecret });
    const got = read.body.map((d: any) => [d.eventType, d.insulin ?? d.carbs]);
    // Newest first: the SMB, then the meal bolus's insulin and carbs (same time).
    expect(got[0]).toEqual(['Correction Bolus', 0.3]);
    expect(got.slice(1).sort()).toEqual([
      ['Meal Bolus', 4.2],
      ['Meal Bolus', 40],
    ]);
    // An invalidated bolus (deleted in AndroidAPS) is removed.
    await ns('POST', '/api/v1/treatments', { secret: adaSecret, body: [{ ...androidaps.bolus(t + 10 * MIN, 0.3, true), isValid: false }] });
    const after = await ns('GET', `/api/v1/treatments.json?find[eventType]=Correction Bolus&find[created_at][$gte]=${new Date(t).toISOString()}`, { secret: adaSecret });
    expect(after.body).toHaveLength(0);

    expect((await ns('POST', '/api/v1/devicestatus.json', { secret: adaSecret, body: [androidaps.deviceStatus(slot(1))] })).status).toBe(200);
    const s = (await rpc('nightscout.devicestatus.summary', { subject_id: ada }, alice)).body;
    expect(s.pump).toMatchObject({ reservoir: 124.5, battery_percent: 75, status: 'normal' });
    expect(s.loop).toMatchObject({ iob: 1.25, cob: 12, eventual_bg: 104 });
    expect(s.uploader).toMatchObject({ battery: 56 });
    const listed = await ns('GET', '/api/v1/devicestatus.json?count=1', { secret: adaSecret });
    expect(listed.body[0].device).toBe('openaps://samsung SM-G970F');
  });
});

describe('nightscout-connect (outputs/nightscout.js)', () => {
  it('posts to entries.json and finds its gap from the newest entry', async () => {
    const t = slot(0);
    const posted = await ns('POST', '/api/v1/entries.json', { secret: benSecret, body: [nightscoutConnect.sgv(t - 5 * MIN, 150, 4), nightscoutConnect.sgv(t, 155, 3)] });
    expect(posted.status).toBe(200);
    expect(posted.body).toHaveLength(2);
    const newest = await ns('GET', '/api/v1/entries.json?count=1', { secret: benSecret });
    expect(newest.body).toHaveLength(1);
    expect(newest.body[0]).toMatchObject({ sgv: 155, dateString: new Date(t).toISOString(), direction: 'FortyFiveUp', device: 'nightscout-connect' });
  });
});

describe('reading as watch faces do', () => {
  it('answers current.json, find on dateString and sgv, text entries, pebble and status', async () => {
    const t = slot(1200);
    await ns('POST', '/api/v1/entries', { secret: adaSecret, body: [xdrip.sgv(t, 65, 'SingleDown'), xdrip.sgv(t + 5 * MIN, 72, 'FortyFiveUp'), xdrip.sgv(t + 10 * MIN, 90)] });
    const from = new Date(t).toISOString();
    const to = new Date(t + 10 * MIN).toISOString();
    const low = await ns('GET', `/api/v1/entries.json?find[dateString][$gte]=${from}&find[dateString][$lte]=${to}&find[sgv][$lt]=80&count=10`, { secret: adaSecret });
    expect(low.body.map((e: any) => e.sgv)).toEqual([72, 65]);
    const typed = await ns('GET', `/api/v1/entries.json?find[type]=sgv&find[date][$gte]=${t}&find[date][$lte]=${t + 10 * MIN}`, { secret: adaSecret });
    expect(typed.body.map((e: any) => e.sgv)).toEqual([90, 72, 65]);

    const current = await ns('GET', '/api/v1/entries/current.json', { token: adaSecret });
    expect(current.status).toBe(200);
    expect(current.body).toHaveLength(1);
    expect(typeof current.body[0].sgv).toBe('number');

    const text = await ns('GET', `/api/v1/entries?count=1&find[date][$lte]=${t + 10 * MIN}&find[date][$gte]=${t}`, { secret: adaSecret, accept: 'text/plain' });
    expect(text.type).toMatch(/text\/plain/);
    expect(text.body).toBe(`"${to}"\t${t + 10 * MIN}\t90\t"Flat"\t"xDrip-DexcomG5"\n`);

    const pebble = await ns('GET', '/pebble?count=2', { secret: adaSecret });
    expect(pebble.status).toBe(200);
    expect(pebble.body.status[0].now).toBeGreaterThan(0);
    expect(pebble.body.bgs).toHaveLength(2);
    expect(pebble.body.bgs[0]).toMatchObject({ sgv: expect.any(String), direction: expect.any(String), datetime: expect.any(Number), bgdelta: expect.any(Number) });

    const status = await ns('GET', '/api/v1/status.json', { secret: adaSecret });
    expect(status.body).toMatchObject({ status: 'ok', name: 'Tend', apiEnabled: true, careportalEnabled: true, settings: { units: 'mg/dl', thresholds: { bgLow: 54, bgTargetBottom: 70, bgTargetTop: 180, bgHigh: 250 } } });
    expect(Date.parse(status.body.serverTime)).toBeGreaterThan(0);
  });
});

describe('profiles', () => {
  it('answers an uploaded profile without storing it, and serves the person’s own dosing settings', async () => {
    expect((await ns('GET', '/api/v1/profile.json', { secret: benSecret })).body).toEqual([]);
    const loopProfile = { defaultProfile: 'Default', startDate: new Date().toISOString(), store: { Default: { dia: 6, carbratio: [{ time: '00:00', value: 10, timeAsSeconds: 0 }] } } };
    const up = await ns('POST', '/api/v1/profile', { secret: benSecret, body: loopProfile });
    expect(up.status).toBe(200);
    expect((await ns('GET', '/api/v1/profile.json', { secret: benSecret })).body).toEqual([]);
    const put = await hub.api('PUT', `/api/subjects/${ben}/dosing`, { carb_ratio_g_per_u: 12, isf_mg_dl_per_u: 50, target_mg_dl: 110, insulin_duration_h: 4, max_bolus_u: 10 }, bob);
    expect(put.status).toBe(200);
    const [p] = (await ns('GET', '/api/v1/profile.json', { secret: benSecret })).body;
    expect(p).toMatchObject({ defaultProfile: 'Default', units: 'mg/dl', store: { Default: { dia: 4, carbratio: [{ time: '00:00', value: 12, timeAsSeconds: 0 }], sens: [{ value: 50 }], target_low: [{ value: 110 }] } } });
  });
});

describe('refusals', () => {
  it('refuses a wrong or missing secret with 401 and stores nothing', async () => {
    const before = await glucoseCount(ada, alice);
    const t = slot(1500);
    const wrong = await ns('POST', '/api/v1/entries', { secret: 'not-the-secret-at-all', body: [xdrip.sgv(t, 100)] });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
    expect((await ns('POST', '/api/v1/entries', { body: [xdrip.sgv(t, 100)] })).status).toBe(401);
    expect((await ns('GET', '/api/v1/entries.json')).status).toBe(401);
    expect(await glucoseCount(ada, alice)).toBe(before);
  });

  it('writes only to the secret’s own person', async () => {
    const t = slot(1600);
    const adaBefore = await glucoseCount(ada, alice);
    const benBefore = await glucoseCount(ben, bob);
    await ns('POST', '/api/v1/entries', { secret: benSecret, body: [juggluco.sgv(t, 99)] });
    expect(await glucoseCount(ada, alice)).toBe(adaBefore);
    expect(await glucoseCount(ben, bob)).toBe(benBefore + 1);
    // Ben's secret reads Ben's readings, never Ada's.
    const read = await ns('GET', `/api/v1/entries.json?find[date]=${t}`, { secret: adaSecret });
    expect(read.body).toHaveLength(0);
    // A signed-in user's procedures cannot be pointed at someone else's person either.
    const other = await rpc('nightscout.entries.upload', { subject_id: ada, docs: [juggluco.sgv(t, 99)] }, bob);
    expect(other.status).toBe(403);
  });

  it('refuses a malformed batch with 400 naming the document and field, storing none of it', async () => {
    const t = slot(1700);
    const before = await glucoseCount(ada, alice);
    const bad = await ns('POST', '/api/v1/entries', { secret: adaSecret, body: [xdrip.sgv(t, 110), { ...xdrip.sgv(t + 5 * MIN, 111), sgv: 'high' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('docs[1].sgv');
    const noTime = await ns('POST', '/api/v1/entries', { secret: adaSecret, body: [{ type: 'sgv', sgv: 100, device: 'x' }] });
    expect(noTime.status).toBe(400);
    expect(noTime.body.error.field).toBe('docs[0].date');
    const carbs = await ns('POST', '/api/v1/treatments', { secret: adaSecret, body: [androidaps.carbs(t, 20), { eventType: 'Meal Bolus', created_at: 'yesterday', carbs: 10 }] });
    expect(carbs.status).toBe(400);
    expect(carbs.body.error.field).toBe('docs[1].created_at');
    expect((await ns('POST', '/api/v1/entries', { secret: adaSecret, body: 'not json at all' })).status).toBe(400);
    expect(await glucoseCount(ada, alice)).toBe(before);
    expect((await events(ada, alice)).some((e) => e.t === new Date(t).toISOString())).toBe(false);
  });
});

describe('alerts and the stream', () => {
  it('a low reading from the phone raises the low alarm and reaches the stream within a second', async () => {
    const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${alice}`);
    const got: any[] = [];
    ws.on('message', (m) => got.push(JSON.parse(String(m))));
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await expect.poll(() => got.some((m) => m.type === 'hello')).toBe(true);
    const sent = Date.now();
    const t = slot(0) + 30_000;
    expect((await ns('POST', '/api/v1/entries', { secret: adaSecret, body: [xdrip.sgv(t, 48, 'DoubleDown')] })).status).toBe(200);
    await expect.poll(() => got.some((m) => m.type === 'alert.raised' && m.subject_id === ada && m.alert.metric === 'glucose'), { timeout: 5000 }).toBe(true);
    await expect.poll(() => got.some((m) => m.type === 'observation.added' && m.subject_id === ada && m.latest.value === 48)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    const alerts = await hub.api('GET', `/api/alerts?subject_id=${ada}&state=open`, undefined, alice);
    expect(alerts.body.items.some((a: any) => a.metric === 'glucose' && a.value === 48 && a.priority === 'high')).toBe(true);
    ws.close();
  });
});
