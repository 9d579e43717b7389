import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { syncRound } from '../sync/round';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../sync/throwaway-postgres';
import { rawMotionRetention } from './raw-retention';
import { uploadMotion } from './service';

/**
 * Minutes whose per-second detail aged out on one install travel through sync like any
 * change: the other install takes the empty detail (its pull used to insist on 960 bytes)
 * and its tremor screens still match. Two SQLite files and a real Postgres.
 */
const DAY = 86_400_000;
const T0 = Date.parse('2025-02-01T08:00:00Z');

describe('per-second tremor detail emptied on one install, through sync', () => {
  let pgs: ThrowawayPostgres;
  let dir: string;
  const opened: Core[] = [];
  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    dir = mkdtempSync(join(tmpdir(), 'tend-detail-sync-'));
  }, 120_000);
  afterAll(() => {
    for (const c of opened) c.close();
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the other install, which accepts it and shows the same minutes', async () => {
    pgs.createDatabase('detail');
    const url = pgs.urlFor('detail');
    const install = (name: string) => {
      const clock = new ManualClock(T0 + DAY);
      const core = createCore({ db: openDatabase(join(dir, `${name}.db`)), clock });
      opened.push(core);
      rawMotionRetention(core).close();
      const user = core.auth.ensureLocalUser(name);
      const ctx: CallContext = { user, clientKey: 'test', transport: 'cli' };
      return { core, clock, ctx, round: () => syncRound(url, { core, ownerId: user.id }) };
    };
    const laptop = install('laptop');
    const clinic = install('clinic');
    const rec = simulateRecording({ seed: 99, durationS: 180, startMs: T0, rateHz: 25, noSleep: true, activities: [{ startS: 0, durationS: 180, activity: 'rest' }] });
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Rui', kind: 'parkinson' });
    uploadMotion(laptop.core, laptop.ctx, s.id, [{ t0Ms: T0, rateHz: 25, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z }]);
    await laptop.round();
    await clinic.round();
    const day = (i: typeof laptop) => i.core.call('tremor.day', { subject_id: s.id, date: new Date(T0).toISOString().slice(0, 10) }, i.ctx);
    const before = await day(clinic);
    expect(before.minutes.length).toBeGreaterThanOrEqual(3);

    laptop.clock.set(T0 + 400 * DAY);
    rawMotionRetention(laptop.core).sweep();
    const detail = (i: typeof laptop) => i.core.deps.db.$client.prepare(`SELECT SUM(length(features) + length(flags)) FROM tremor_minutes`).pluck().get() as number;
    expect(detail(laptop)).toBe(0);
    expect((await laptop.round()).pushed.tremor_minutes).toBe(before.minutes.length);
    const pulled = await clinic.round();
    expect(pulled.pulled.tremor_minutes).toBe(before.minutes.length);
    expect(detail(clinic)).toBe(0);
    expect(await day(clinic)).toEqual(before);
    expect(await day(laptop)).toEqual(before);
  }, 120_000);
});
