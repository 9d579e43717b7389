import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from '../core/baby/testing';
import { ManualClock } from '../core/clock';
import { startTestHub } from './testing';

/**
 * Issue 15, through a real hub over HTTP and its stream: high-priority alarms latch
 * (IEC 60601-1-8) and one reading raises one alarm.
 */
const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 3);
type Hub = Awaited<ReturnType<typeof startTestHub>>;
type ApiAlert = { id: string; kind: string; priority: string; state: string; value: number | null; condition_ended_at: string | null; acknowledged_at: string | null; resolved_at: string | null };
type Msg = { type: string; change?: string; alert?: ApiAlert };

function stream(url: string, token: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
  const messages: Msg[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(String(d)) as Msg));
  const opened = new Promise<void>((resolve) => ws.once('message', () => resolve()));
  const waitFor = async (pred: (m: Msg) => boolean, ms = 5000): Promise<Msg> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = messages.find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching message; got ${JSON.stringify(messages.map((m) => [m.type, m.change]))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { opened, waitFor, close: () => ws.close() };
}

let hub: Hub;
const clock = new ManualClock(T0);
let parent: string;

beforeAll(async () => {
  hub = await startTestHub({ clock });
  parent = await hub.signUp('parent@example.org', 'Parent');
}, 60_000);
afterAll(async () => hub?.close());

const iso = (ms: number) => new Date(ms).toISOString();
const alerts = async (subject: string, state = 'all'): Promise<ApiAlert[]> => {
  const r = await hub.api('GET', `/api/alerts?state=${state}&subject_id=${subject}`, undefined, parent);
  expect(r.status).toBe(200);
  return r.body.items as ApiAlert[];
};

describe.skipIf(!(hasSox && hasCryData && hasCryModel))('a parent’s check-in: the alarms stay until someone acknowledges them', () => {
  let cryB64: string;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-alarms-'));
    cryB64 = readFileSync(heldOutWav('cry', dir)).toString('base64');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps "may be ill" and "fever" open after the next normal reading, with the time their condition ended, and closes each on acknowledgement', async () => {
    const baby = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, parent)).body.id as string;
    const watcher = stream(hub.url, parent);
    await watcher.opened;
    // The parent's check-in: 38.6 °C while the baby cried.
    const checkin = await hub.api('POST', `/api/subjects/${baby}/checkins`, { t: iso(clock.now()), temperature: 38.6, audio_wav_base64: cryB64 }, parent);
    expect(checkin.status).toBe(201);
    expect(checkin.body).toMatchObject({ cry_detected: true, sick_detected: true });
    const raised = (await alerts(baby, 'open')).filter((a) => a.kind === 'may_be_ill' || a.kind === 'fever');
    expect(raised.map((a) => [a.kind, a.priority]).sort()).toEqual([['fever', 'medium'], ['may_be_ill', 'high']]);
    expect(raised.every((a) => a.condition_ended_at === null)).toBe(true);

    // Three seconds later the demo thermometer reads 36.7 °C.
    clock.advance(3_000);
    const endedAt = iso(clock.now());
    const reading = await hub.api('POST', `/api/subjects/${baby}/observations`, [{ metric: 'body_temperature', t: endedAt, value: 36.7 }], parent);
    expect(reading.status).toBe(201);
    const after = await alerts(baby, 'open');
    for (const a of raised) {
      const now = after.find((x) => x.id === a.id);
      expect(now, a.kind).toMatchObject({ state: 'open', condition_ended_at: endedAt, resolved_at: null });
      const ev = await watcher.waitFor((m) => m.type === 'alert.updated' && m.alert?.id === a.id);
      expect([ev.change, ev.alert!.condition_ended_at]).toEqual(['condition_ended', endedAt]);
    }
    await expect(watcher.waitFor((m) => m.type === 'alert.resolved' && raised.some((a) => a.id === m.alert?.id), 300)).rejects.toThrow();

    // Still sounding: the high one is re-announced until someone acknowledges it.
    clock.advance(5 * MIN);
    expect(hub.core.alerts.tick().reannounced.map((a) => a.kind)).toContain('may_be_ill');

    // Acknowledging a latched alert whose condition ended closes it.
    for (const a of raised) {
      const ack = await hub.api('POST', `/api/alerts/${a.id}/ack`, undefined, parent);
      expect(ack.status).toBe(200);
      expect(ack.body).toMatchObject({ state: 'resolved', condition_ended_at: endedAt, acknowledged_at: iso(clock.now()), resolved_at: iso(clock.now()) });
      await watcher.waitFor((m) => m.type === 'alert.resolved' && m.alert?.id === a.id);
    }
    expect((await alerts(baby, 'open')).filter((a) => a.kind === 'may_be_ill' || a.kind === 'fever')).toEqual([]);
    expect((await hub.api('POST', `/api/alerts/${raised[0]!.id}/ack`, undefined, parent)).status).toBe(409);
    watcher.close();
  }, 120_000);
});

describe('one reading, one alarm', () => {
  const glucose = async (subject: string, value: number) => {
    const r = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'glucose', t: iso(clock.now()), value }], parent);
    expect(r.status).toBe(201);
    return r.body.alerts as ApiAlert[];
  };

  it('raises exactly one alert, urgent, for a single 48 mg/dL reading', async () => {
    const s = (await hub.api('POST', '/api/subjects', { name: 'Dee', kind: 'diabetes' }, parent)).body.id as string;
    const got = await glucose(s, 48);
    expect(got.map((a) => [a.kind, a.priority, a.value])).toEqual([['urgent_low', 'high', 48]]);
    expect((await alerts(s)).map((a) => [a.id, a.kind, a.priority])).toEqual([[got[0]!.id, 'urgent_low', 'high']]);
  });

  it('escalates the one alert of 65 mg/dL to urgent when 48 follows, and keeps it urgent on the way back up', async () => {
    const s = (await hub.api('POST', '/api/subjects', { name: 'Eli', kind: 'diabetes' }, parent)).body.id as string;
    const watcher = stream(hub.url, parent);
    await watcher.opened;
    const [low] = await glucose(s, 65);
    expect([low!.kind, low!.priority]).toEqual(['below_threshold', 'medium']);
    clock.advance(5 * MIN);
    const second = await glucose(s, 48);
    expect(second.map((a) => [a.id, a.kind, a.priority, a.value])).toEqual([[low!.id, 'urgent_low', 'high', 48]]);
    const ev = await watcher.waitFor((m) => m.type === 'alert.updated' && m.change === 'escalated' && m.alert?.id === low!.id);
    expect(ev.alert!.priority).toBe('high');
    clock.advance(5 * MIN);
    expect(await glucose(s, 62)).toEqual([]);
    const all = await alerts(s);
    expect(all.map((a) => [a.id, a.kind, a.priority, a.state])).toEqual([[low!.id, 'urgent_low', 'high', 'open']]);
    watcher.close();
  });
});
