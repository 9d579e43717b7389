import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import type { CallContext } from '../context';
import { analyzeTremor } from './analysis';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const RATE = 50;
// Ten minutes of a seeded wrist at rest with tremor bouts (no sleep, no doses).
const rec = simulateRecording({ seed: 7101, durationS: 600, startMs: START, rateHz: RATE, noSleep: true, activities: [{ startS: 0, durationS: 600, activity: 'rest' }] });

function csvOf(from: number, to: number): string {
  const { t, x, y, z } = rec.samples;
  const lines = ['t,x,y,z'];
  for (let i = from; i < to; i++) lines.push(`${t[i]!.toFixed(3)},${x[i]!.toFixed(4)},${y[i]!.toFixed(4)},${z[i]!.toFixed(4)}`);
  return lines.join('\n') + '\n';
}

describe('tremor storage and procedures', () => {
  let dir: string;
  let core: Core;
  let ctx: CallContext;
  const subject = async (name: string) => (await core.call('subjects.create', { name, kind: 'parkinson' }, ctx)).id;
  const count = (sql: string, ...args: unknown[]) => core.deps.db.$client.prepare(sql).pluck().get(...args) as number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-tremor-'));
    core = createCore({ db: openDatabase(join(dir, 't.db')) });
    const user = await core.auth.register({ email: 'pat@example.org', password: 'long enough pass', name: 'Pat' });
    ctx = { user, clientKey: 'test', transport: 'memory' };
  });
  afterAll(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a minute of raw samples per row and per-minute tremor equal to the pure analysis of the same file', async () => {
    const id = await subject('Whole');
    const csv = csvOf(0, rec.samples.t.length);
    const out = await core.call('tremor.upload', { subject_id: id, csv, start: new Date(START).toISOString() }, ctx);
    expect(out).toMatchObject({ samples: 30_000, stored_samples: 30_000, chunks: 10, duplicate_chunks: 0, rate_hz: 50, minutes: 10 });
    expect(out.observations).toEqual({ accepted: 20, duplicates: 0 });
    expect(count(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, id)).toBe(10);
    // Reference: `tend tremor`'s analysis of the same samples (rounded as the CSV rounds them).
    const { csvBlocks } = await import('./service');
    const b = csvBlocks(csv, { startMs: START })[0]!;
    const ref = analyzeTremor({ t: rec.samples.t, x: Float32Array.from(b.x), y: Float32Array.from(b.y), z: Float32Array.from(b.z) }, { rateHz: RATE });
    const day = await core.call('tremor.day', { subject_id: id, date: '2026-01-05' }, ctx);
    expect(day.minutes.map((m) => m.minute)).toEqual(ref.per_minute.map((m) => 9 * 60 + m.minute));
    expect(day.minutes.map((m) => m.tremor_percent)).toEqual(ref.per_minute.map((m) => m.tremor_percent));
    expect(day.minutes.map((m) => m.dominant_hz)).toEqual(ref.per_minute.map((m) => m.dominant_hz));
    expect(ref.tremor).toBe(true);
    const obs = await core.call('observations.list', { subject_id: id, metric: 'tremor_percent', limit: 100 }, ctx);
    expect(obs.items.map((o) => o.value).reverse()).toEqual(ref.per_minute.map((m) => m.tremor_percent));
  });

  it('gives the same minutes when the day arrives in pieces, and stores nothing twice when uploaded again', async () => {
    const whole = await subject('Whole again');
    const pieces = await subject('Pieces');
    const n = rec.samples.t.length;
    await core.call('tremor.upload', { subject_id: whole, csv: csvOf(0, n), start: new Date(START).toISOString() }, ctx);
    // Cut at minute boundaries, as the app does: 0–3 min, 3–7, 7–10.
    const cuts = [0, 180 * RATE, 420 * RATE, n];
    for (let k = 0; k < 3; k++) {
      const r = await core.call('tremor.upload', { subject_id: pieces, csv: csvOf(cuts[k]!, cuts[k + 1]!), start: new Date(START).toISOString(), final: k === 2 }, ctx);
      // The last minute of a non-final piece waits for the next piece.
      if (k < 2) expect(r.observations.accepted).toBe(2 * ((cuts[k + 1]! - cuts[k]!) / RATE / 60 - 1) + (k > 0 ? 2 : 0));
    }
    const a = await core.call('tremor.day', { subject_id: whole, date: '2026-01-05' }, ctx);
    const b = await core.call('tremor.day', { subject_id: pieces, date: '2026-01-05' }, ctx);
    expect(b.minutes.map((m) => m.tremor_percent)).toEqual(a.minutes.map((m) => m.tremor_percent));
    expect(count(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`, pieces)).toBe(20);

    const again = await core.call('tremor.upload', { subject_id: pieces, csv: csvOf(0, n), start: new Date(START).toISOString() }, ctx);
    expect(again).toMatchObject({ stored_samples: 0, chunks: 0, duplicate_chunks: 10, observations: { accepted: 0, duplicates: 20 } });
    expect(count(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, pieces)).toBe(10);
    expect(count(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`, pieces)).toBe(20);
  });

  it('refuses a bad CSV naming its line and field, and stores nothing', async () => {
    const id = await subject('Bad');
    const csv = csvOf(0, 200).replace(/\n(\d+\.\d+),([^,]+),/, (_m, t: string) => `\n${t},oops,`);
    await expect(core.call('tremor.upload', { subject_id: id, csv, start: new Date(START).toISOString() }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'x', message: expect.stringMatching(/line 2, field x/) });
    await expect(core.call('tremor.upload', { subject_id: id, csv: csvOf(0, 200) }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'start' });
    expect(count(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`, id)).toBe(0);
    expect(count(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ?`, id)).toBe(0);
  });

  it('keeps doses as medication events: create, list, update, delete', async () => {
    const id = await subject('Doses');
    const d = await core.call('tremor.doses.create', { subject_id: id, t: '2026-01-05T08:00:00+01:00', drug: 'levodopa', dose_mg: 100 }, ctx);
    expect(d).toMatchObject({ t: '2026-01-05T07:00:00.000Z', drug: 'levodopa', dose_mg: 100 });
    const ev = await core.call('events.list', { subject_id: id, type: 'medication' }, ctx);
    expect(ev.items[0]!.data).toEqual({ drug: 'levodopa', dose_mg: 100 });
    const u = await core.call('tremor.doses.update', { subject_id: id, id: d.id, t: '2026-01-05T07:30:00Z', dose_mg: null }, ctx);
    expect(u).toEqual({ id: d.id, t: '2026-01-05T07:30:00.000Z', drug: 'levodopa', dose_mg: null });
    expect((await core.call('tremor.doses.list', { subject_id: id }, ctx)).items).toEqual([u]);
    await core.call('tremor.doses.delete', { subject_id: id, id: d.id }, ctx);
    expect((await core.call('tremor.doses.list', { subject_id: id }, ctx)).items).toEqual([]);
    await expect(core.call('tremor.doses.delete', { subject_id: id, id: d.id }, ctx)).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.call('tremor.doses.create', { subject_id: id, t: '2026-01-05T07:30:00Z', drug: '' }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'drug' });
  });

  it('answers the response for a day with the doses in it', async () => {
    const id = await subject('Response');
    await core.call('tremor.upload', { subject_id: id, csv: csvOf(0, rec.samples.t.length), start: new Date(START).toISOString() }, ctx);
    await core.call('tremor.doses.create', { subject_id: id, t: new Date(START + 5 * 60_000).toISOString(), drug: 'levodopa' }, ctx);
    const r = await core.call('tremor.response', { subject_id: id, date: '2026-01-05' }, ctx);
    expect(r.responses).toHaveLength(1);
    // Only 5 minutes before and after: too little for a verdict, and it says so.
    expect(r.responses[0]!.direction).toBe('insufficient data');
    expect(r.responses[0]!.before.minutes).toBe(5);
    expect(r.series).toHaveLength(1440);
  });

  it('fits the weekly trend of daily tremor: a known rise of 1 %-point a day is 7 per week, worse', async () => {
    const id = await subject('Trend');
    const ins = core.deps.db.$client.prepare(
      `INSERT INTO tremor_minutes (subject_id, t, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent, features, flags, settled, updated_at) VALUES (?, ?, 60, 0, ?, 5, 0.3, 0, x'', x'', 1, 0)`,
    );
    const day0 = Date.UTC(2026, 1, 2);
    for (let d = 0; d < 21; d++) for (let m = 0; m < 180; m++) ins.run(id, day0 + d * 86_400_000 + (8 * 60 + m) * 60_000, 10 + d);
    const p = await core.call('tremor.progression', { subject_id: id }, ctx);
    expect(p.trend.days).toBe(21);
    expect(p.trend.slope_per_week).toBeCloseTo(7, 6);
    expect(p.trend.direction).toBe('worse');
    expect(p.weekly.map((w) => w.mean)).toEqual([13, 20, 27]);
  });
});
