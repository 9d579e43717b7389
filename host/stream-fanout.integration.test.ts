import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { roundTrip, waitFor } from '../testing/wait-for';
import { StreamFanout } from './stream-fanout';
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
const reading = (value: number) => [{ metric: 'heart_rate', t: new Date().toISOString(), value }];
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

describe('StreamFanout', () => {
  it('serialises each event once: every permitted screen gets the same bytes, the others none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-fanout-'));
    const core = createCore({ db: openDatabase(join(dir, 'f.db')) });
    try {
      const ctx: CallContext = { user: core.auth.ensureLocalUser('fan'), clientKey: 't', transport: 'memory' };
      const other = core.auth.ensureLocalUser('other');
      const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
      const fanout = new StreamFanout(core);
      const got: Array<{ who: string; data: Buffer }> = [];
      const offs = ['a', 'b', 'c'].map((who) => fanout.add({ userId: ctx.user!.id, send: (data) => got.push({ who, data }) }));
      fanout.add({ userId: other.id, send: (data) => got.push({ who: 'stranger', data }) });
      core.ingest(ctx, s, reading(80));
      expect(got.map((g) => g.who)).toEqual(['a', 'b', 'c']);
      expect(new Set(got.map((g) => g.data)).size).toBe(1);
      expect(JSON.parse(got[0]!.data.toString('utf8'))).toMatchObject({ type: 'observation.added', subject_id: s, metric: 'heart_rate', latest: { value: 80 } });
      // An event for no one in particular (the store's state) goes to every screen; a closed one gets nothing.
      got.length = 0;
      offs[1]!();
      core.bus.publish({ type: 'storage', ok: true, at: new Date().toISOString() });
      expect(got.map((g) => g.who)).toEqual(['a', 'c', 'stranger']);
      fanout.close();
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
