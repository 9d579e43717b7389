import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub.close());

function open(url: string): Promise<{ ws: WebSocket; send: (m: string) => Promise<any>; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const queue: Array<(v: any) => void> = [];
    const early: any[] = [];
    const closed = new Promise<number>((r) => ws.on('close', (c) => r(c)));
    ws.on('message', (m) => {
      const v = JSON.parse(String(m));
      const next = queue.shift();
      if (next) next(v);
      else early.push(v);
    });
    ws.on('error', reject);
    const api = { ws, closed, send: (m: string) => new Promise<any>((r) => { queue.push(r); ws.send(m); }) };
    ws.on('open', () => resolve(api));
    ws.on('unexpected-response', reject);
  });
}

describe('the Wi-Fi sensor stream', () => {
  it('stores serial-protocol lines and observation arrays from a ws device, answering each message', async () => {
    const token = await hub.signUp('esp@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Nursery', kind: 'baby' }, token)).body;
    const device = (await hub.api('POST', '/api/devices', { subject_id: subject.id, name: 'ESP32', kind: 'environment', transport: 'ws' }, token)).body;
    const s = await open(`${hub.url.replace('http', 'ws')}/api/devices/${device.id}/stream?token=${token}`);
    expect(await s.send('{"metric":"room_temperature","value":21.5,"unit":"°C","t":"2026-01-01T00:00:00Z"}')).toEqual({ ok: true, accepted: 1, duplicates: 0 });
    expect(await s.send('humidity,55')).toEqual({ ok: true, accepted: 1, duplicates: 0 });
    const bad = await s.send('humidity,555');
    expect(bad.ok).toBe(false);
    expect(bad.error.message).toMatch(/humidity/);
    expect(await s.send('[{"id":"esp-1","metric":"room_temperature","t":"2026-01-01T00:01:00Z","value":70,"unit":"°F"}]')).toEqual({ ok: true, accepted: 1, duplicates: 0 });
    expect(await s.send('[{"id":"esp-1","metric":"room_temperature","t":"2026-01-01T00:01:00Z","value":70,"unit":"°F"}]')).toEqual({ ok: true, accepted: 0, duplicates: 1 });
    s.ws.close();
    const list = (await hub.api('GET', `/api/subjects/${subject.id}/observations?metric=room_temperature`, undefined, token)).body.items;
    expect(list.map((o: any) => [o.value, o.device_id])).toEqual([
      [expect.closeTo(21.111, 3), device.id],
      [21.5, device.id],
    ]);
    expect((await hub.api('GET', `/api/subjects/${subject.id}/observations?metric=humidity`, undefined, token)).body.items).toHaveLength(1);
  });

  it('closes the stream for a missing token or a device that is not yours', async () => {
    const a = await hub.signUp('a-esp@example.org');
    const b = await hub.signUp('b-esp@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'A', kind: 'general' }, a)).body;
    const device = (await hub.api('POST', '/api/devices', { subject_id: subject.id, name: 'ESP', kind: 'environment', transport: 'ws' }, a)).body;
    expect(await (await open(`${hub.url.replace('http', 'ws')}/api/devices/${device.id}/stream`)).closed).toBe(4401);
    expect(await (await open(`${hub.url.replace('http', 'ws')}/api/devices/${device.id}/stream?token=${b}`)).closed).toBe(4403);
    expect(await (await open(`${hub.url.replace('http', 'ws')}/api/devices/nope/stream?token=${b}`)).closed).toBe(4404);
  });
});
