import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { roundTrip, waitFor } from '../testing/wait-for';
import { StreamFanout, type Encoded } from './stream-fanout';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
type Ev = { type: string; subject_id?: string; latest?: { value: number } };
let hub: Hub;
let owner: string;
let nurse: string;
let ann: string;
let bo: string;

beforeAll(async () => {
  hub = await startTestHub();
  owner = await hub.signUp('owner@example.org', 'Owner');
  nurse = await hub.signUp('nurse@example.org', 'Nurse');
  ann = (await hub.api('POST', '/api/subjects', { name: 'Ann', kind: 'general' }, owner)).body.id;
  bo = (await hub.api('POST', '/api/subjects', { name: 'Bo', kind: 'general' }, owner)).body.id;
});
afterAll(async () => hub?.close());

async function screen(token: string): Promise<{ ws: WebSocket; seen: Ev[] }> {
  const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
  const seen: Ev[] = [];
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  ws.on('message', (d) => seen.push(JSON.parse(String(d)) as Ev));
  return { ws, seen };
}
// Each reading a millisecond after the one before: two readings of a metric at the same
// millisecond without a client id are one reading (the compact layout's key, migration 0021).
let lastT = 0;
const reading = (value: number) => {
  lastT = Math.max(Date.now(), lastT + 1);
  return [{ metric: 'heart_rate', t: new Date(lastT).toISOString(), value }];
};
const valuesFor = (seen: Ev[], subject: string) => seen.filter((e) => e.type === 'observation.added' && e.subject_id === subject).map((e) => e.latest!.value);

describe('the stream fan-out', () => {
  it('a newly granted screen gets the next event, an ended share stops at once, other screens carry on', async () => {
    const nurseA = await screen(nurse);
    const nurseB = await screen(nurse);
    const own = await screen(owner);
    try {
      await hub.api('POST', `/api/subjects/${ann}/observations`, reading(61), owner);
      await waitFor("the owner's screen to see 61", () => valuesFor(own.seen, ann).includes(61));
      await roundTrip(nurseA.ws);
      expect(valuesFor(nurseA.seen, ann)).toEqual([]);

      expect((await hub.api('POST', `/api/subjects/${ann}/grants`, { email: 'nurse@example.org', role: 'viewer' }, owner)).status).toBe(201);
      await hub.api('POST', `/api/subjects/${ann}/observations`, reading(62), owner);
      await hub.api('POST', `/api/subjects/${bo}/observations`, reading(63), owner);
      await waitFor("both of the nurse's screens to see 62", () => valuesFor(nurseA.seen, ann).includes(62) && valuesFor(nurseB.seen, ann).includes(62));
      await roundTrip(nurseA.ws);
      expect(valuesFor(nurseA.seen, bo)).toEqual([]);

      const nurseId = (await hub.api('GET', '/api/auth/me', undefined, nurse)).body.id as string;
      expect((await hub.api('DELETE', `/api/subjects/${ann}/grants/${nurseId}`, undefined, owner)).status).toBe(200);
      await hub.api('POST', `/api/subjects/${ann}/observations`, reading(64), owner);
      await waitFor("the owner's screen to see 64", () => valuesFor(own.seen, ann).includes(64));
      await roundTrip(nurseA.ws);
      await roundTrip(nurseB.ws);
      expect(valuesFor(nurseA.seen, ann)).toEqual([62]);
      expect(valuesFor(nurseB.seen, ann)).toEqual([62]);
      expect(valuesFor(own.seen, ann)).toEqual([61, 62, 64]);
    } finally {
      for (const s of [nurseA, nurseB, own]) s.ws.close();
    }
  });

  it('applies a share given by another program on the same database file (the CLI) from the next event', async () => {
    const nurseScreen = await screen(nurse);
    const cli = createCore({ db: openDatabase(hub.dbPath) });
    try {
      const ownerCtx: CallContext = { user: cli.auth.authenticate(owner), clientKey: 'cli', transport: 'memory' };
      cli.subjects.grant(ownerCtx, bo, 'nurse@example.org', 'caregiver');
      await hub.api('POST', `/api/subjects/${bo}/observations`, reading(71), owner);
      await waitFor("the nurse's screen to see Bo's 71", () => valuesFor(nurseScreen.seen, bo).includes(71));
    } finally {
      cli.close();
      nurseScreen.ws.close();
    }
  });
});

describe('the stream on the wire', () => {
  it('delivers each event as one text message with exactly its JSON, at every frame length, to every screen', async () => {
    const a = await screen(owner);
    const b = await screen(owner);
    const texts: string[][] = [[], []];
    a.ws.on('message', (d, binary) => texts[0]!.push(`${binary ? 'binary' : 'text'}:${String(d)}`));
    b.ws.on('message', (d, binary) => texts[1]!.push(`${binary ? 'binary' : 'text'}:${String(d)}`));
    try {
      // ws clients offer permessage-deflate by default; the hub declines it, so its shared frames are what arrive.
      expect([a.ws.extensions, b.ws.extensions]).toEqual(['', '']);
      // A storage event's message pads the JSON to each edge of the frame's length field
      // (RFC 6455 §5.2: 7 bits up to 125 bytes, 16 bits up to 65,535, then 64 bits), and
      // multi-byte characters make the byte length differ from the string's.
      const at = new Date().toISOString();
      const bytes = (message: string) => Buffer.byteLength(JSON.stringify({ type: 'storage', ok: false, at, message }), 'utf8');
      const sent = [0, 125, 126, 127, 65_535, 65_536, 70_000].map((target) => {
        const message = 'é✓'.repeat(Math.max(0, (target - bytes('')) >> 3));
        return { type: 'storage' as const, ok: false, at, message: message + 'x'.repeat(Math.max(0, target - bytes(message))) };
      });
      expect(sent.map((ev) => Buffer.byteLength(JSON.stringify(ev))).slice(1)).toEqual([125, 126, 127, 65_535, 65_536, 70_000]);
      for (const ev of sent) hub.core.bus.publish(ev);
      const want = sent.map((ev) => `text:${JSON.stringify(ev)}`);
      const storage = (t: string[]) => t.filter((m) => m.startsWith('text:{"type":"storage"'));
      await waitFor('both screens to get every storage event', () => storage(texts[0]!).length >= sent.length && storage(texts[1]!).length >= sent.length);
      expect(storage(texts[0]!)).toEqual(want);
      expect(storage(texts[1]!)).toEqual(want);
    } finally {
      a.ws.close();
      b.ws.close();
    }
  });
});

describe('the stream on the wire, alarms among readings', () => {
  it('gives every screen every alarm and reading as its own message with exactly its JSON, in the order they happened', async () => {
    const ctx: CallContext = { user: hub.core.auth.authenticate(owner), clientKey: 't', transport: 'memory' };
    const cy = hub.core.subjects.create(ctx, { name: 'Cy', kind: 'general' }).id;
    await hub.core.call('thresholds.put', { subject_id: cy, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'high' }] }, ctx);
    await hub.core.call('alerts.settings.put', { subject_id: cy, settings: { realert_min: 0, smoothing: { heart_rate: 1 } } }, ctx);
    const published: string[] = [];
    const off = hub.core.bus.subscribe((ev) => {
      if ('subject_id' in ev && ev.subject_id === cy) published.push(JSON.stringify(ev));
    });
    const screens = await Promise.all([screen(owner), screen(owner), screen(owner)]);
    const texts = screens.map((sc) => {
      const t: string[] = [];
      sc.ws.on('message', (d, binary) => {
        const text = `${binary ? 'binary:' : ''}${String(d)}`;
        if (text.includes(cy)) t.push(text);
      });
      return t;
    });
    try {
      // Readings held for the coalescing window between alarms, written at once with each
      // alarm; each alarm acknowledged so the next crossing raises a new one.
      const alarms: string[] = [];
      for (const values of [[80, 81, 140], [82, 150], [83, 84, 85, 160]]) {
        for (const v of values) {
          const r = await hub.api('POST', `/api/subjects/${cy}/observations`, reading(v), owner);
          expect(r.status).toBe(201);
          alarms.push(...(r.body.alerts as Array<{ id: string }>).map((a) => a.id));
        }
        expect((await hub.api('POST', `/api/alerts/${alarms.at(-1)!}/ack`, undefined, owner)).status).toBe(200);
      }
      expect(alarms).toHaveLength(3);
      await waitFor('every screen to get every event about Cy', () => texts.every((t) => t.length >= published.length));
      const raised = published.filter((p) => p.startsWith('{"type":"alert.raised"'));
      expect(raised.map((p) => (JSON.parse(p) as { alert: { id: string } }).alert.id)).toEqual(alarms);
      for (const t of texts) expect(t).toEqual(published);
    } finally {
      off();
      for (const sc of screens) sc.ws.close();
    }
  });
});

describe('StreamFanout', () => {
  const withCore = (fn: (core: ReturnType<typeof createCore>, ctx: CallContext) => void | Promise<void>) => async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-fanout-'));
    const core = createCore({ db: openDatabase(join(dir, 'f.db')) });
    try {
      await fn(core, { user: core.auth.ensureLocalUser('fan'), clientKey: 't', transport: 'memory' });
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  type Got = { who: string; events: Encoded[]; frames: Buffer };
  const recorder = (got: Got[], who: string, userId: string) => ({ userId, write: (events: readonly Encoded[], frames: Buffer) => void got.push({ who, events: [...events], frames }) });
  const json = (e: Encoded) => JSON.parse(e.payload.toString('utf8')) as Ev & { alert?: { id: string } };

  it('serialises and frames each event once: every permitted screen gets the same bytes, the others none', withCore((core, ctx) => {
    const other = core.auth.ensureLocalUser('other');
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    const fanout = new StreamFanout(core);
    const got: Got[] = [];
    const offs = ['a', 'b', 'c'].map((who) => fanout.add(recorder(got, who, ctx.user!.id)));
    fanout.add(recorder(got, 'stranger', other.id));
    core.ingest(ctx, s, reading(80));
    fanout.flush();
    expect(got.map((g) => g.who)).toEqual(['a', 'b', 'c']);
    expect(new Set(got.map((g) => g.events[0]))).toEqual(new Set([got[0]!.events[0]]));
    const ev = got[0]!.events[0]!;
    expect(json(ev)).toMatchObject({ type: 'observation.added', subject_id: s, metric: 'heart_rate', latest: { value: 80 } });
    // The frame is the payload behind a final-text-frame header with its length (16 bits from 126 bytes on).
    const n = ev.payload.length;
    expect(ev.frame).toEqual(Buffer.concat([Buffer.from(n < 126 ? [0x81, n] : [0x81, 126, n >> 8, n & 0xff]), ev.payload]));
    // An event for no one in particular (the store's state) goes to every screen; a closed one gets nothing.
    got.length = 0;
    offs[1]!();
    core.bus.publish({ type: 'storage', ok: true, at: new Date().toISOString() });
    fanout.flush();
    expect(got.map((g) => g.who)).toEqual(['a', 'c', 'stranger']);
    fanout.close();
  }));

  it('holds readings for the coalescing window, then writes each screen what built up in one write', withCore(async (core, ctx) => {
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    const fanout = new StreamFanout(core, { coalesceMs: 20 });
    const got: Got[] = [];
    fanout.add(recorder(got, 'a', ctx.user!.id));
    fanout.add(recorder(got, 'b', ctx.user!.id));
    for (const v of [70, 71, 72]) core.ingest(ctx, s, reading(v));
    expect(got).toEqual([]);
    await waitFor('the held readings to be written', () => got.length === 2);
    for (const g of got) expect(g.events.map((e) => json(e).latest!.value)).toEqual([70, 71, 72]);
    fanout.close();
  }));

  it('writes an alarm at once, after the readings that screen was waiting for, in the same write', withCore(async (core, ctx) => {
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'high' }] }, ctx);
    await core.call('alerts.settings.put', { subject_id: s, settings: { realert_min: 0, smoothing: { heart_rate: 1 } } }, ctx);
    // A window no test waits out: only the alarm can have written anything.
    const fanout = new StreamFanout(core, { coalesceMs: 60_000 });
    const got: Got[] = [];
    fanout.add(recorder(got, 'a', ctx.user!.id));
    core.ingest(ctx, s, reading(80));
    core.ingest(ctx, s, reading(81));
    expect(got).toEqual([]);
    const raised = core.ingest(ctx, s, reading(140)).alerts as Array<{ id: string }>;
    expect(raised).toHaveLength(1);
    expect(got).toHaveLength(1);
    const types = got[0]!.events.map((e) => json(e));
    expect(types.map((e) => (e.type === 'observation.added' ? e.latest!.value : e.type))).toEqual([80, 81, 140, 'alert.raised']);
    expect(types[3]!.alert!.id).toBe(raised[0]!.id);
    fanout.close();
  }));

  it('joins a held run into one buffer once: every screen given the same run gets those very bytes, a screen whose share ended its own', withCore(async (core, ctx) => {
    const nurse = core.auth.ensureLocalUser('nurse');
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    core.subjects.grant(ctx, s, nurse.email, 'viewer');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'high' }] }, ctx);
    await core.call('alerts.settings.put', { subject_id: s, settings: { realert_min: 0, smoothing: { heart_rate: 1 } } }, ctx);
    const fanout = new StreamFanout(core, { coalesceMs: 60_000 });
    const got: Got[] = [];
    for (const who of ['a', 'b', 'c']) fanout.add(recorder(got, who, ctx.user!.id));
    fanout.add(recorder(got, 'nurse', nurse.id));
    core.ingest(ctx, s, reading(80));
    core.bus.publish({ type: 'storage', ok: true, at: new Date().toISOString() });
    core.ingest(ctx, s, reading(81));
    fanout.flush();
    expect(got.map((g) => g.who)).toEqual(['a', 'b', 'c', 'nurse']);
    // The frames back to back, in the order they were held: a reader splits them into the same messages.
    for (const g of got) expect(g.frames).toEqual(Buffer.concat(g.events.map((e) => e.frame)));
    expect(new Set(got.map((g) => g.frames)).size).toBe(1);
    expect(got[0]!.events.map((e) => json(e).type)).toEqual(['observation.added', 'storage', 'observation.added']);

    // The share ends while a reading is held; the alarm then writes each screen what it was waiting for.
    got.length = 0;
    core.ingest(ctx, s, reading(82));
    core.bus.publish({ type: 'storage', ok: true, at: new Date().toISOString() });
    core.subjects.revoke(ctx, s, nurse.id);
    core.ingest(ctx, s, reading(150));
    const owners = got.filter((g) => g.who !== 'nurse');
    expect(owners.map((g) => g.who)).toEqual(['a', 'b', 'c']);
    expect(owners[0]!.events.map((e) => json(e).type)).toEqual(['observation.added', 'storage', 'observation.added', 'alert.raised']);
    expect(new Set(owners.map((g) => g.frames)).size).toBe(1);
    expect(owners[0]!.frames).toEqual(Buffer.concat(owners[0]!.events.map((e) => e.frame)));
    fanout.flush();
    expect(got.filter((g) => g.who === 'nurse').flatMap((g) => g.events.map((e) => json(e).type))).toEqual(['storage']);
    fanout.close();
  }));

  it('drops held events about a person whose share ended before they were written', withCore((core, ctx) => {
    const nurse = core.auth.ensureLocalUser('nurse');
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    core.subjects.grant(ctx, s, nurse.email, 'viewer');
    const fanout = new StreamFanout(core, { coalesceMs: 60_000 });
    const got: Got[] = [];
    fanout.add(recorder(got, 'owner', ctx.user!.id));
    fanout.add(recorder(got, 'nurse', nurse.id));
    core.ingest(ctx, s, reading(90));
    core.bus.publish({ type: 'storage', ok: true, at: new Date().toISOString() });
    core.subjects.revoke(ctx, s, nurse.id);
    fanout.flush();
    const seen = (who: string) => got.filter((g) => g.who === who).flatMap((g) => g.events.map((e) => json(e).type));
    expect(seen('owner')).toEqual(['observation.added', 'storage']);
    expect(seen('nurse')).toEqual(['storage']);
    fanout.close();
  }));
});
