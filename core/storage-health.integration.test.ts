import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../api/procedures';
import { openDatabase } from '../db/open';
import { createCore, type Core } from './app';
import { ManualClock } from './clock';
import type { CallContext } from './context';

const T0 = Date.UTC(2026, 10, 23, 3);
let dir: string;
let core: Core;
let ctx: CallContext;
let events: ServerEvent[];
let clock: ManualClock;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-storage-'));
  clock = new ManualClock(T0);
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
  ctx = { user: core.auth.ensureLocalUser('carer'), clientKey: 'test', transport: 'memory' };
  events = [];
  core.bus.subscribe((e) => events.push(e));
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const batch = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ metric: 'heart_rate', t: new Date(from - (n - i) * 1000).toISOString(), value: 60 + (i % 40) }));
const stored = () => core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations`).pluck().get() as number;
/** A disk with no room left, as SQLite sees it: the file may not grow past its current pages. */
const fillDisk = () => {
  core.deps.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const pages = core.deps.db.$client.pragma('page_count', { simple: true }) as number;
  core.deps.db.$client.pragma(`max_page_count = ${pages}`);
};

describe('when the disk is full', () => {
  it('answers storage_unavailable naming the cause and the file, stores nothing of the batch, tells every screen once, and says so in health; the next write that fits ends it', async () => {
    const s = core.subjects.create(ctx, { name: 'Mia', kind: 'baby' }).id;
    core.ingest(ctx, s, batch(10, T0));
    const before = stored();
    fillDisk();
    let err: unknown;
    for (let i = 1; i <= 50 && !err; i++) {
      try {
        core.ingest(ctx, s, batch(2000, T0 - i * 3_600_000));
      } catch (e) {
        err = e;
      }
    }
    expect(err).toMatchObject({ code: 'storage_unavailable' });
    expect((err as Error).message).toMatch(/Writes to the database fail: the disk holding the database is full \(.*tend\.db\)/);
    const afterFull = stored();
    expect(afterFull).toBeGreaterThanOrEqual(before);
    // The failing batch left nothing behind; a second failure is not announced again.
    await expect(core.call('observations.ingest', { subject_id: s, items: batch(5000, T0 - 90 * 3_600_000) }, ctx)).rejects.toMatchObject({ code: 'storage_unavailable' });
    expect(stored()).toBe(afterFull);
    const storageEvents = events.filter((e) => e.type === 'storage');
    expect(storageEvents).toEqual([{ type: 'storage', ok: false, at: new Date(T0).toISOString(), message: (err as Error).message }]);
    expect(await core.call('health', {}, ctx)).toMatchObject({ db: 'error', storage_error: (err as Error).message });
    // A small write that fits in free pages (the alert heartbeat) proves nothing: still failing.
    core.alerts.beat();
    expect(core.storage.state().ok).toBe(false);
    // Room again: the next data stored end the outage, on every screen.
    core.deps.db.$client.pragma('max_page_count = 1073741823');
    clock.advance(60_000);
    expect(core.ingest(ctx, s, batch(10, T0 + 60_000)).accepted).toBe(10);
    expect(events.filter((e) => e.type === 'storage').at(-1)).toEqual({ type: 'storage', ok: true, at: new Date(T0 + 60_000).toISOString() });
    expect(await core.call('health', {}, ctx)).toEqual({ status: 'ok', db: 'ok', version: expect.any(String) });
  });

  it('is noticed by the alert heartbeat when no data arrive', () => {
    // A database file that cannot be written: the heartbeat's write fails and is announced.
    core.alerts.beat();
    core.deps.db.$client.pragma('query_only = ON');
    expect(() => core.alerts.beat()).toThrow(/the database file cannot be written \(read-only\)/);
    expect(events.filter((e) => e.type === 'storage').map((e) => (e as { ok: boolean }).ok)).toEqual([false]);
    core.deps.db.$client.pragma('query_only = OFF');
  });

  it('leaves other failures alone: bad input is still a 400, not a storage problem', async () => {
    const s = core.subjects.create(ctx, { name: 'Pat', kind: 'general' }).id;
    await expect(core.call('observations.ingest', { subject_id: s, items: [{ metric: 'heart_rate', t: 'yesterday', value: 60 }] }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
    expect(core.storage.state()).toEqual({ ok: true });
    expect(events.filter((e) => e.type === 'storage')).toEqual([]);
  });
});
