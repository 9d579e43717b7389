/**
 * Broadcasting sensors through the hub: a demo room sensor in the device lab advertises
 * BTHome readings on the lab's simulated BlueZ; the hub's passive scanner hears them and
 * stores them for the person, once each, with no pairing. Also: listing a sensor heard
 * nearby and adopting it over HTTP, and refusing an adoption that could never work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoLab } from '../native/lab/demo-lab';
import { deviceRuntime } from '../core/devices/registry';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
const missing = DemoLab.unavailableReason();

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(missing !== null)(`sensors that only broadcast, through the hub${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let hub: Hub;
  let token: string;
  let subject: string;
  beforeAll(async () => {
    // 10×: a reading every 0.5 s real, each advertised three times.
    process.env.TEND_DEMO_SPEED = '10';
    hub = await startTestHub();
    token = await hub.signUp('adverts@example.org');
    subject = (await hub.api('POST', '/api/subjects', { name: 'Nursery', kind: 'baby' }, token)).body.id;
  });
  afterAll(async () => {
    delete process.env.TEND_DEMO_SPEED;
    await hub?.close();
  });

  const temps = async (deviceId: string) => {
    const r = await hub.api('GET', `/api/subjects/${subject}/observations?metric=room_temperature&limit=1000`, undefined, token);
    return (r.body.items as Array<{ value: number; device_id: string }>).filter((o) => o.device_id === deviceId).map((o) => o.value);
  };

  it('stores a demo broadcaster’s readings once each, below zero too, and shows it as listening', async () => {
    const add = await hub.api('POST', '/api/rpc/devices.addDemo', { subject_id: subject, kind: 'room_broadcaster' }, token);
    expect(add.status, JSON.stringify(add.body)).toBe(200);
    expect(add.body).toMatchObject({ transport: 'advert', kind: 'room_broadcaster' });
    // From 1.0 °C, 0.3 °C colder a reading: the sixth is −0.5 °C.
    const newestFirst = await until('six readings', () => temps(add.body.id), (v) => v.length >= 6);
    for (let i = 1; i < newestFirst.length; i++) expect(newestFirst[i]).toBeGreaterThan(newestFirst[i - 1]);
    expect(Math.min(...newestFirst)).toBeLessThan(0);
    const live = await hub.api('POST', '/api/rpc/devices.live', { subject_id: subject }, token);
    expect(live.body.find((d: any) => d.device_id === add.body.id)).toMatchObject({ transport: 'advert', state: 'listening', frames_bad: 0 });
  }, 120_000);

  it('lists a broadcaster heard nearby and stores its readings once adopted over HTTP', async () => {
    // A sensor powered on near the computer (not adopted by anyone).
    const lab = await deviceRuntime(hub.core).demo();
    const { address } = lab.addBroadcaster();
    const near = await hub.api('POST', '/api/rpc/devices.nearby', { source: 'demo', duration_ms: 1500 }, token);
    expect(near.status, JSON.stringify(near.body)).toBe(200);
    const found = near.body.find((n: any) => n.address === address);
    expect(found).toMatchObject({ format: 'bthome-v2', needs_key: false });
    expect(found.observations.map((o: any) => o.metric)).toEqual(['room_temperature', 'humidity', 'battery_level']);

    const adopted = await hub.api('POST', '/api/devices', { subject_id: subject, name: 'Hall sensor', kind: 'room_broadcaster', transport: 'advert', address, settings: { demo: true } }, token);
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    await until('readings from the adopted sensor', () => temps(adopted.body.id), (v) => v.length >= 3);
    const again = await hub.api('POST', '/api/rpc/devices.nearby', { source: 'demo', duration_ms: 500 }, token);
    expect(again.body.find((n: any) => n.address === address)).toBeUndefined();
  }, 120_000);

  it('keeps an encrypted sensor’s bind key sealed: decodes with it, never stores or answers it in clear', async () => {
    const lab = await deviceRuntime(hub.core).demo();
    const key = 'e2c3a1f05b8d4c7e9a6b3d2f1c0e8a7b';
    const { address } = lab.addBroadcaster({ key: Buffer.from(key, 'hex') });
    const adopted = await hub.api('POST', '/api/devices', { subject_id: subject, name: 'Locked sensor', kind: 'room_broadcaster', transport: 'advert', address, settings: { demo: true, bind_key: key.toUpperCase() } }, token);
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    expect(adopted.body.settings).toEqual({ demo: true, bind_key_set: true });
    await until('readings decrypted with the sealed key', () => temps(adopted.body.id), (v) => v.length >= 2);

    const stored = hub.core.deps.db.$client.prepare(`SELECT settings FROM devices WHERE id = ?`).pluck().get(adopted.body.id) as string;
    expect(stored.toLowerCase()).not.toContain(key);
    expect(JSON.parse(stored)).toHaveProperty('bind_key_sealed');
    const audits = hub.core.deps.db.$client.prepare(`SELECT detail FROM audit`).pluck().all() as string[];
    for (const a of audits) expect(String(a).toLowerCase()).not.toContain(key);
    const listed = (await hub.api('GET', `/api/devices?subject_id=${subject}`, undefined, token)).body.find((d: any) => d.id === adopted.body.id);
    expect(JSON.stringify(listed).toLowerCase()).not.toContain(key);

    // A row an older version wrote with the key in clear keeps working and is sealed on the next read.
    const legacy = JSON.stringify({ demo: true, bind_key: key });
    hub.core.deps.db.$client.prepare(`UPDATE devices SET settings = ? WHERE id = ?`).run(legacy, adopted.body.id);
    await hub.api('PATCH', `/api/devices/${adopted.body.id}`, { name: 'Locked sensor (hall)' }, token);
    await until(
      'the clear key sealed in place',
      async () => hub.core.deps.db.$client.prepare(`SELECT settings FROM devices WHERE id = ?`).pluck().get(adopted.body.id) as string,
      (s) => !s.toLowerCase().includes(key) && s.includes('bind_key_sealed'),
    );
    const n = (await temps(adopted.body.id)).length;
    await until('readings still decrypted after sealing', () => temps(adopted.body.id), (v) => v.length > n);
  }, 120_000);

  it('refuses to adopt a broadcaster without a usable address or with a malformed key, storing nothing', async () => {
    const before = (await hub.api('GET', `/api/devices?subject_id=${subject}`, undefined, token)).body.length;
    const badAddress = await hub.api('POST', '/api/devices', { subject_id: subject, name: 'x', kind: 'environment', transport: 'advert', address: 'kitchen' }, token);
    expect(badAddress.status).toBe(400);
    expect(badAddress.body.error.field).toBe('address');
    const badKey = await hub.api('POST', '/api/devices', { subject_id: subject, name: 'x', kind: 'environment', transport: 'advert', address: 'A4:C1:38:00:00:01', settings: { bind_key: 'abcd' } }, token);
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.field).toBe('settings.bind_key');
    expect((await hub.api('GET', `/api/devices?subject_id=${subject}`, undefined, token)).body.length).toBe(before);
  });
});
