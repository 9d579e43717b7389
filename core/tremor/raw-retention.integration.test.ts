import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { CODEC_INT16 } from './chunk-codec';
import { DETAIL_SQL, pruneRawMotion, rawMotionRetention, SWEEP_SQL } from './raw-retention';
import { readRawMotion, uploadMotion } from './service';

/**
 * Raw wrist samples are kept for each person's `raw_retention_days`; the sweep deletes older
 * chunks while the per-minute tremor stays. Chunks are compressed, and the plain int16 chunks
 * stored before that are read as before. Real SQLite file, manual clock.
 */
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.parse('2026-06-01T09:00:00Z');
const RATE = 25;
// Two minutes of a seeded wrist at rest with tremor: uploaded once a day.
const rec = simulateRecording({ seed: 1818, durationS: 120, startMs: T0, rateHz: RATE, noSleep: true, activities: [{ startS: 0, durationS: 120, activity: 'rest' }] });
const block = (t0Ms: number) => ({ t0Ms, rateHz: RATE, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z });

describe('raw wrist samples: retention and compression', () => {
  let dir: string;
  let clock: ManualClock;
  let core: Core;
  let ctx: CallContext;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-raw-retention-'));
    clock = new ManualClock(T0 + 40 * DAY);
    core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
    ctx = { user: core.auth.ensureLocalUser('wearer'), clientKey: 'test', transport: 'memory' };
    // The tests sweep when they choose: stop the core's own timers (its first sweep is an immediate).
    rawMotionRetention(core).close();
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const q = (sql: string, ...args: unknown[]) => core.deps.db.$client.prepare(sql).pluck().get(...args) as number;

  it("deletes only each person's raw chunks older than their retention and keeps every tremor minute", async () => {
    const ann = core.subjects.create(ctx, { name: 'Ann', kind: 'parkinson' }).id;
    const bob = core.subjects.create(ctx, { name: 'Bob', kind: 'parkinson' }).id;
    expect(await core.call('tremor.settings.get', { subject_id: ann }, ctx)).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });
    expect(await core.call('tremor.settings.put', { subject_id: bob, settings: { raw_retention_days: 35 } }, ctx)).toEqual({ raw_retention_days: 35, detail_retention_days: 365 });
    // 40 days, two minutes a day (3 chunks: 09:00, 09:01, and the 09:02 edge of a rounded end).
    for (const s of [ann, bob]) for (let d = 0; d < 40; d++) uploadMotion(core, ctx, s, [block(T0 + d * DAY)]);
    const chunksPerDay = q(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, ann) / 40;
    expect(chunksPerDay).toBeGreaterThanOrEqual(2);
    const minutes = (s: string) => q(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ?`, s);
    const minuteObs = (s: string) => q(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric IN ('tremor_percent', 'tremor_magnitude')`, s);
    const before = { annMinutes: minutes(ann), bobMinutes: minutes(bob), annObs: minuteObs(ann), day: await core.call('tremor.day', { subject_id: ann, date: '2026-06-01' }, ctx) };
    expect(before.annMinutes).toBeGreaterThanOrEqual(80);
    expect(before.day.summary.recorded_minutes).toBeGreaterThan(0);

    // Ann (default 30 days): days 0–9 go; Bob (35): days 0–4.
    expect(pruneRawMotion(core)).toBe(15 * chunksPerDay);
    const oldest = (s: string) => q(`SELECT MIN(t0) FROM motion_chunks WHERE subject_id = ?`, s);
    expect(oldest(ann)).toBe(T0 + 10 * DAY);
    expect(oldest(bob)).toBe(T0 + 5 * DAY);
    // The minutes (and their observations) of the deleted days are all still there, unchanged.
    expect(minutes(ann)).toBe(before.annMinutes);
    expect(minutes(bob)).toBe(before.bobMinutes);
    expect(minuteObs(ann)).toBe(before.annObs);
    expect(await core.call('tremor.day', { subject_id: ann, date: '2026-06-01' }, ctx)).toEqual(before.day);

    expect(pruneRawMotion(core)).toBe(0);
    clock.advance(DAY);
    expect(pruneRawMotion(core)).toBe(2 * chunksPerDay);
  });

  it('with 0 days keeps no raw samples but the last two minutes a device sent, so a continuation is still analysed', async () => {
    const s = core.subjects.create(ctx, { name: 'Cy', kind: 'parkinson' }).id;
    await core.call('tremor.settings.put', { subject_id: s, settings: { raw_retention_days: 0 } }, ctx);
    clock.set(T0 + 10 * MIN);
    uploadMotion(core, ctx, s, [block(T0)]);
    uploadMotion(core, ctx, s, [block(T0 + 3 * MIN)]);
    const chunks = q(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, s);
    const deleted = rawMotionRetention(core).sweep();
    expect(deleted).toBeGreaterThan(0);
    expect(q(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, s)).toBe(chunks - deleted);
    expect(q(`SELECT MIN(t1) FROM motion_chunks WHERE subject_id = ?`, s)).toBeGreaterThan(T0 + 5 * MIN - 2 * MIN);
    expect(q(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ?`, s)).toBeGreaterThanOrEqual(4);
  });

  it('refuses a retention outside 0–3650 days, naming the field, and stores nothing', async () => {
    const s = core.subjects.create(ctx, { name: 'Di', kind: 'parkinson' }).id;
    await expect(core.call('tremor.settings.put', { subject_id: s, settings: { raw_retention_days: -1 } }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'settings.raw_retention_days' });
    await expect(core.call('tremor.settings.put', { subject_id: s, settings: { raw_retention_days: 1.5 } }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(core.call('tremor.settings.put', { subject_id: s, settings: { keep: 3 } }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
    expect(await core.call('tremor.settings.get', { subject_id: s }, ctx)).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });
  });

  it('stores chunks compressed, reads them back exactly as quantised, and reads and continues from plain int16 chunks stored before', async () => {
    clock.set(T0 + DAY);
    const whole = core.subjects.create(ctx, { name: 'Whole', kind: 'parkinson' }).id;
    const mixed = core.subjects.create(ctx, { name: 'Mixed', kind: 'parkinson' }).id;
    uploadMotion(core, ctx, whole, [block(T0)]);
    // The first 70 s as the layout before compression wrote it, the rest as now, as one recording.
    const cut = 70 * RATE;
    const part = (from: number, to: number, t0Ms: number) => ({ t0Ms, rateHz: RATE, x: rec.samples.x.subarray(from, to), y: rec.samples.y.subarray(from, to), z: rec.samples.z.subarray(from, to) });
    uploadMotion(core, ctx, mixed, [part(0, cut, T0)], { final: false, codec: CODEC_INT16 });
    uploadMotion(core, ctx, mixed, [part(cut, rec.samples.x.length, T0 + 70_000)]);
    const codecs = core.deps.db.$client.prepare(`SELECT codec, COUNT(*) AS n, SUM(length(x) + length(y) + length(z)) AS bytes, SUM(n) AS samples FROM motion_chunks WHERE subject_id = ? GROUP BY codec ORDER BY codec`).all(mixed) as Array<{ codec: number; n: number; bytes: number; samples: number }>;
    expect(codecs.map((c) => c.codec)).toEqual([0, 1]);
    expect(codecs[0]!.bytes).toBe(codecs[0]!.samples * 6);
    expect(codecs[1]!.bytes).toBeLessThan(codecs[1]!.samples * 6);

    // Read back: every sample of both layouts, equal to the input within half a quantisation step.
    for (const s of [whole, mixed]) {
      const chunks = readRawMotion(core, ctx, s, T0, T0 + DAY);
      const x = chunks.flatMap((c) => Array.from(c.x));
      expect(x.length).toBe(rec.samples.x.length);
      const scaleOf = (c: (typeof chunks)[number]) => core.deps.db.$client.prepare(`SELECT scale FROM motion_chunks WHERE subject_id = ? AND t0 = ?`).pluck().get(s, c.t0Ms) as number;
      let i = 0;
      for (const c of chunks) {
        const half = scaleOf(c) / 2 + 1e-6;
        for (let k = 0; k < c.x.length; k++, i++) {
          expect(Math.abs(c.x[k]! - rec.samples.x[i]!)).toBeLessThanOrEqual(half);
          expect(Math.abs(c.z[k]! - rec.samples.z[i]!)).toBeLessThanOrEqual(half);
        }
      }
    }
    // The continuation read the plain chunks as context: same minutes as the whole upload.
    const day = async (s: string) => (await core.call('tremor.day', { subject_id: s, date: '2026-06-01' }, ctx)).minutes;
    const w = await day(whole);
    const m = await day(mixed);
    expect(m.map((r) => r.t)).toEqual(w.map((r) => r.t));
    m.forEach((r, k) => expect(r.tremor_percent).toBeCloseTo(w[k]!.tremor_percent, 0));
  });

  it('sweeps through the primary key only: no statement of the sweep reads the whole chunk table', () => {
    for (const [name, sql] of Object.entries(SWEEP_SQL)) {
      const plan = (core.deps.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<string>(sql.split('?').length - 1).fill('x')) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan.join('; '), name).toMatch(/SEARCH m(otion_chunks)? (EXISTS )?USING (COVERING )?INDEX sqlite_autoindex_motion_chunks_1/);
      expect(plan.join('; '), name).not.toMatch(/SCAN m(otion_chunks)?\b/);
    }
  });

  it('empties minute detail through the primary key only: no statement reads the whole minute table', () => {
    for (const [name, sql] of Object.entries(DETAIL_SQL)) {
      const plan = (core.deps.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<string>(sql.split('?').length - 1).fill('x')) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan.join('; '), name).toMatch(/SEARCH m?(tremor_minutes)? ?(EXISTS )?USING (COVERING )?INDEX sqlite_autoindex_tremor_minutes_1/);
      expect(plan.join('; '), name).not.toMatch(/SCAN (m|tremor_minutes)\b/);
    }
  });
});
