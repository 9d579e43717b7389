import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub.close());

function open(url: string): Promise<{ ws: WebSocket; send: (m: string | Buffer) => Promise<any>; closed: Promise<number> }> {
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
    const api = { ws, closed, send: (m: string | Buffer) => new Promise<any>((r) => { queue.push(r); ws.send(m); }) };
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

  it('stores binary frames (native/profiles/wifi-binary/PROTOCOL.md), adds nothing when one is sent again, and refuses a bad one whole', async () => {
    const token = await hub.signUp('esp-binary@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Nursery B', kind: 'baby' }, token)).body;
    const device = (await hub.api('POST', '/api/devices', { subject_id: subject.id, name: 'ESP32 B', kind: 'environment', transport: 'ws' }, token)).body;
    const s = await open(`${hub.url.replace('http', 'ws')}/api/devices/${device.id}/stream?token=${token}`);
    const example = Buffer.from('010300000000ac4100b9556900000000', 'hex');
    const humidity = Buffer.alloc(16);
    humidity.writeUInt8(1, 0);
    humidity.writeUInt8(4, 1);
    humidity.writeFloatLE(48, 4);
    humidity.writeUInt32LE(Date.parse('2026-01-01T00:05:00Z') / 1000, 8);
    expect(await s.send(Buffer.concat([example, humidity]))).toEqual({ ok: true, accepted: 2, duplicates: 0 });
    expect(await s.send(example)).toEqual({ ok: true, accepted: 0, duplicates: 1 });
    // The second record's humidity is impossible: nothing of the frame is stored.
    const tooHumid = Buffer.from(humidity);
    tooHumid.writeFloatLE(140, 4);
    tooHumid.writeUInt32LE(Date.parse('2026-01-01T00:10:00Z') / 1000, 8);
    const example2 = Buffer.from(example);
    example2.writeUInt32LE(Date.parse('2026-01-01T00:10:00Z') / 1000, 8);
    const bad = await s.send(Buffer.concat([example2, tooHumid]));
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(bad.error.message).toMatch(/humidity/);
    expect(await s.send(example.subarray(0, 15))).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/15 bytes/) } });
    // The socket stays open after a bad frame.
    expect(await s.send('humidity,50')).toEqual({ ok: true, accepted: 1, duplicates: 0 });
    s.ws.close();
    const temps = (await hub.api('GET', `/api/subjects/${subject.id}/observations?metric=room_temperature`, undefined, token)).body.items;
    expect(temps.map((o: any) => [o.t, o.value, o.device_id])).toEqual([['2026-01-01T00:00:00.000Z', 21.5, device.id]]);
    expect((await hub.api('GET', `/api/subjects/${subject.id}/observations?metric=humidity`, undefined, token)).body.items).toHaveLength(2);
  });

  it('lists one device\'s readings newest first, filtered and paged, and only to those who may read its person', async () => {
    const token = await hub.signUp('per-device@example.org');
    const stranger = await hub.signUp('per-device-stranger@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Room', kind: 'baby' }, token)).body;
    const a = (await hub.api('POST', '/api/devices', { subject_id: subject.id, name: 'A', kind: 'environment', transport: 'ws' }, token)).body;
    const b = (await hub.api('POST', '/api/devices', { subject_id: subject.id, name: 'B', kind: 'environment', transport: 'ws' }, token)).body;
    const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min)).toISOString();
    const items = [
      ...[0, 1, 2].map((m) => ({ metric: 'room_temperature', t: at(m), value: 20 + m, device_id: a.id })),
      { metric: 'humidity', t: at(3), value: 50, device_id: a.id },
      { metric: 'room_temperature', t: at(4), value: 30, device_id: b.id },
      { metric: 'room_temperature', t: at(5), value: 31 },
    ];
    expect((await hub.api('POST', `/api/subjects/${subject.id}/observations`, items, token)).status).toBe(201);
    const all = (await hub.api('GET', `/api/devices/${a.id}/observations`, undefined, token)).body;
    expect(all.items.map((o: any) => [o.metric, o.value, o.device_id])).toEqual([
      ['humidity', 50, a.id],
      ['room_temperature', 22, a.id],
      ['room_temperature', 21, a.id],
      ['room_temperature', 20, a.id],
    ]);
    const page1 = (await hub.api('GET', `/api/devices/${a.id}/observations?metric=room_temperature&from=${at(1)}&limit=1`, undefined, token)).body;
    expect(page1.items.map((o: any) => o.value)).toEqual([22]);
    const page2 = (await hub.api('GET', `/api/devices/${a.id}/observations?metric=room_temperature&from=${at(1)}&limit=1&cursor=${page1.next_cursor}`, undefined, token)).body;
    expect([page2.items.map((o: any) => o.value), page2.next_cursor]).toEqual([[21], null]);
    expect((await hub.api('GET', `/api/devices/${a.id}/observations?limit=0`, undefined, token)).status).toBe(400);
    expect((await hub.api('GET', `/api/devices/${a.id}/observations`, undefined, stranger)).status).toBe(403);
    expect((await hub.api('GET', `/api/devices/nope/observations`, undefined, token)).status).toBe(404);
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
