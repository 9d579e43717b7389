import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrationsBefore } from '../../db/testing';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { mulberry32 } from '../random';

/**
 * `observations.timeseries` (GET /api/subjects/:id/timeseries) answers from rollups where
 * they are kept and from the readings where not (since migration 0023 the 5-minute level
 * only for buckets of more than one reading): whatever the mix, every width and range
 * gives what the raw readings give. Real SQLite files, readings through `core.ingest`.
 */
const MIN = 60_000;
const DAY = 1440 * MIN;
const NOW = Date.parse('2026-06-17T09:00:00Z');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Reading {
  metric: string;
  t: number;
  value: number;
}
interface Bucket {
  t: string;
  avg: number;
  min: number;
  max: number;
  count: number;
}

function fresh(migrationsDir?: string): { core: Core; ctx: CallContext; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-timeseries-'));
  dirs.push(dir);
  const file = join(dir, 'tend.db');
  const core = createCore({ db: openDatabase(file, migrationsDir ? { migrationsDir } : {}), clock: new ManualClock(NOW) });
  return { core, ctx: { user: core.auth.ensureLocalUser('nurse'), clientKey: 't', transport: 'memory' }, file };
}

/** The buckets computed here from the readings themselves (weeks from Monday, as the contract says). */
function expected(readings: readonly Reading[], metric: string, width: number, from: number, to: number): Bucket[] {
  const offset = width % (7 * DAY) === 0 ? 4 * DAY : 0;
  const by = new Map<number, number[]>();
  for (const r of readings) {
    if (r.metric !== metric || r.t < from || r.t >= to) continue;
    const b = Math.floor((r.t - offset) / width) * width + offset;
    by.set(b, [...(by.get(b) ?? []), r.value]);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, vs]) => ({ t: new Date(b).toISOString(), avg: vs.reduce((s, v) => s + v, 0) / vs.length, min: Math.min(...vs), max: Math.max(...vs), count: vs.length }));
}

function expectSame(got: Bucket[], want: Bucket[], what: string): void {
  expect(got.map((b) => [b.t, b.count, b.min, b.max]), what).toEqual(want.map((b) => [b.t, b.count, b.min, b.max]));
  got.forEach((b, i) => expect(b.avg, `${what} ${b.t}`).toBeCloseTo(want[i]!.avg, 9));
}

async function series(core: Core, ctx: CallContext, subject: string, metric: string, interval: string, from: number, to: number): Promise<Bucket[]> {
  return (await core.call('observations.timeseries', { subject_id: subject, metric, interval, from: new Date(from).toISOString(), to: new Date(to).toISOString() }, ctx)).items;
}

const WIDTHS: Array<[string, number]> = [
  ['1m', MIN], ['5m', 5 * MIN], ['7m', 7 * MIN], ['10m', 10 * MIN], ['15m', 15 * MIN], ['1h', 60 * MIN],
  ['90m', 90 * MIN], ['6h', 360 * MIN], ['1d', DAY], ['2d', 2 * DAY], ['1w', 7 * DAY],
];
const RANGES: Array<[string, number, number]> = [
  ['15 aligned days', NOW - 15 * DAY - 9 * 60 * MIN, NOW - 9 * 60 * MIN],
  ['ragged edges', NOW - 9 * DAY + 37 * MIN + 13_000, NOW - 2 * DAY + 7 * MIN + 11_000],
  ['inside one 5-minute bucket', NOW - 3 * DAY + MIN, NOW - 3 * DAY + 4 * MIN],
  ['the last day', NOW - DAY, NOW],
];

/**
 * A person with 15 days of 5-minute CGM (a bucket holds one reading; none during a sensor
 * change, two where a meter's reading joins one), heart rate every 15 s (a day
 * sent at once, then half a day a reading at a time, as a live sensor does), and a body
 * temperature every 7 minutes.
 */
function fill(core: Core, ctx: CallContext, subject: string): Reading[] {
  const rnd = mulberry32(23);
  const all: Reading[] = [];
  const send = (rows: Reading[]) => {
    core.ingest(ctx, subject, rows.map((r) => ({ metric: r.metric, t: new Date(r.t).toISOString(), value: r.value })));
    all.push(...rows);
  };
  const start = NOW - 15 * DAY - 9 * 60 * MIN;
  for (let d = 0; d < 15; d++) {
    const rows: Reading[] = [];
    // Started at 2 min 37 s past a 5-minute mark, each reading within 20 s of its time; a
    // sensor change leaves two hours out each fifth day.
    for (let i = 0; i < 288; i++) {
      if (d % 5 === 2 && i >= 100 && i < 124) continue;
      rows.push({ metric: 'glucose', t: start + d * DAY + i * 5 * MIN + 157_000 + Math.round((rnd() - 0.5) * 40_000), value: Math.round(70 + rnd() * 150) });
    }
    if (d % 3 === 0) rows.push({ metric: 'glucose', t: start + d * DAY + 8 * 60 * MIN + 1234, value: 101 });
    for (let i = 0; i < 1440 / 7; i++) rows.push({ metric: 'body_temperature', t: start + d * DAY + i * 7 * MIN, value: 36 + Math.round(rnd() * 20) / 10 });
    send(rows);
  }
  const hr = (i: number): Reading => ({ metric: 'heart_rate', t: NOW - 2 * DAY + i * 15_000 + 3_000, value: 60 + ((i * 7919) % 60) });
  send(Array.from({ length: 5760 }, (_, i) => hr(i)));
  for (let i = 5760; i < 5760 + 2880; i++) send([hr(i)]);
  return all;
}

describe('timeseries buckets (rollups where they pay, readings elsewhere)', () => {
  it('answers every width (5m, 1h, 1d, 1w and odd ones) over aligned, ragged and tiny ranges as the raw readings do', async () => {
    const { core, ctx } = fresh();
    try {
      const subject = core.subjects.create(ctx, { name: 'Ann', kind: 'diabetes' }).id;
      const readings = fill(core, ctx, subject);
      for (const metric of ['glucose', 'heart_rate', 'body_temperature']) {
        for (const [interval, width] of WIDTHS) {
          for (const [range, from, to] of RANGES) {
            expectSame(await series(core, ctx, subject, metric, interval, from, to), expected(readings, metric, width, from, to), `${metric} ${interval} ${range}`);
          }
        }
        // And the stats built on the day buckets.
        const inRange = readings.filter((r) => r.metric === metric && r.t >= NOW - 9 * DAY && r.t < NOW);
        const stats = await core.call('observations.stats', { subject_id: subject, metric, from: new Date(NOW - 9 * DAY).toISOString(), to: new Date(NOW).toISOString() }, ctx);
        expect(stats.count).toBe(inRange.length);
        expect(stats.min).toBe(Math.min(...inRange.map((r) => r.value)));
        expect(stats.max).toBe(Math.max(...inRange.map((r) => r.value)));
      }
    } finally {
      core.close();
    }
  });

  it('keeps a 5-minute rollup row only for a bucket of more than one reading, exact however the readings arrived; hours and days for every bucket', () => {
    const { core, ctx } = fresh();
    try {
      const subject = core.subjects.create(ctx, { name: 'Bo', kind: 'diabetes' }).id;
      const readings = fill(core, ctx, subject);
      const c = core.deps.db.$client;
      for (const metric of ['glucose', 'heart_rate', 'body_temperature']) {
        for (const level of [5, 60, 1440]) {
          const stored = c
            .prepare(`SELECT bucket, count, sum, min, max FROM rollups WHERE subject_id = ? AND metric = ? AND level = ? ORDER BY bucket`)
            .raw()
            .all(subject, metric, level) as Array<[number, number, number, number, number]>;
          const want = expected(readings, metric, level * MIN, 0, Infinity).filter((b) => level !== 5 || b.count > 1);
          expect(stored.map(([b, n, , mn, mx]) => [new Date(b).toISOString(), n, mn, mx]), `${metric} level ${level}`).toEqual(want.map((b) => [b.t, b.count, b.min, b.max]));
          stored.forEach(([, n, s], i) => expect(s / n).toBeCloseTo(want[i]!.avg, 9));
        }
      }
      // 5-minute CGM: a row only where a meter's reading joined one, not one a reading.
      const fine = c.prepare(`SELECT COUNT(*) FROM rollups WHERE subject_id = ? AND metric = 'glucose' AND level = 5`).pluck().get(subject) as number;
      const cgm = readings.filter((r) => r.metric === 'glucose').length;
      expect(fine).toBeGreaterThan(0);
      expect(fine).toBeLessThan(cgm / 4);
    } finally {
      core.close();
    }
  });

  it('keeps 5-minute answers over readings deleted by retention, and adds a late reading to the kept summary', async () => {
    const { core, ctx } = fresh();
    try {
      const subject = core.subjects.create(ctx, { name: 'Cy', kind: 'diabetes' }).id;
      const readings = fill(core, ctx, subject);
      const cut = NOW - 8 * DAY + 2 * MIN; // inside a 5-minute bucket: its later readings stay
      const from = NOW - 15 * DAY - 9 * 60 * MIN;
      const before = new Map<string, Bucket[]>();
      // Widths of whole 5-minute buckets: finer ones need the readings themselves.
      const widths = WIDTHS.filter(([, w]) => w % (5 * MIN) === 0);
      for (const [interval] of widths) before.set(interval, await series(core, ctx, subject, 'glucose', interval, from, NOW));
      const gone = core.observations.deleteRawBefore(subject, 'glucose', cut, 500);
      expect(gone).toBe(readings.filter((r) => r.metric === 'glucose' && r.t < cut).length);
      for (const [interval] of widths) expectSame(await series(core, ctx, subject, 'glucose', interval, from, NOW), before.get(interval)!, interval);

      // A reading arriving late for a bucket whose readings are gone counts with them.
      const late: Reading = { metric: 'glucose', t: NOW - 10 * DAY + 2 * MIN + 500, value: 333 };
      core.ingest(ctx, subject, [{ metric: late.metric, t: new Date(late.t).toISOString(), value: late.value }]);
      const all = [...readings, late];
      for (const [interval, width] of [['5m', 5 * MIN], ['15m', 15 * MIN], ['1h', 60 * MIN]] as const) {
        expectSame(await series(core, ctx, subject, 'glucose', interval, from, NOW), expected(all, 'glucose', width, from, NOW), `after deletion ${interval}`);
      }
    } finally {
      core.close();
    }
  });
});

describe('migration 0023', () => {
  it('drops the 5-minute rows of one-reading buckets, keeps the rest, and every answer stays the same', async () => {
    // A database at migration 0022, its 5-minute level written for every bucket as it was.
    const into = mkdtempSync(join(tmpdir(), 'tend-0023-migrations-'));
    dirs.push(into);
    const old = migrationsBefore(23, into);
    const { core, ctx, file } = fresh(old);
    const subject = core.subjects.create(ctx, { name: 'Di', kind: 'diabetes' }).id;
    const readings = fill(core, ctx, subject);
    const c = core.deps.db.$client;
    c.exec(`INSERT OR IGNORE INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
            SELECT s, m, 5, t - t % 300000 AS b, COUNT(*), SUM(value), MIN(value), MAX(value) FROM observation_rows GROUP BY s, m, b`);
    // A one-reading bucket whose reading was since deleted keeps its row: it is all that is left.
    const orphan = readings.find((r) => r.metric === 'glucose' && r.t > NOW - 12 * DAY && readings.filter((x) => x.metric === 'glucose' && Math.floor(x.t / 300_000) === Math.floor(r.t / 300_000)).length === 1)!;
    expect(c.prepare(`DELETE FROM observation_rows WHERE t = ? AND m = (SELECT key FROM metric_keys WHERE metric = 'glucose')`).run(orphan.t).changes).toBe(1);
    const fineBefore = c.prepare(`SELECT COUNT(*) FROM rollup_rows WHERE level = 5`).pluck().get() as number;
    const from = NOW - 15 * DAY - 9 * 60 * MIN;
    const before = new Map<string, Bucket[]>();
    for (const metric of ['glucose', 'heart_rate', 'body_temperature']) {
      for (const [interval] of WIDTHS) before.set(`${metric} ${interval}`, await series(core, ctx, subject, metric, interval, from + 13_000, NOW));
    }
    core.close();

    const { core: after, ctx: ctx2 } = (() => {
      const core2 = createCore({ db: openDatabase(file), clock: new ManualClock(NOW) });
      return { core: core2, ctx: { ...ctx, user: core2.auth.ensureLocalUser('nurse') } };
    })();
    try {
      const c2 = after.deps.db.$client;
      const kept = c2.prepare(`SELECT bucket, count FROM rollup_rows WHERE level = 5 AND m = (SELECT key FROM metric_keys WHERE metric = 'glucose') ORDER BY bucket`).raw().all() as Array<[number, number]>;
      const wantKept = expected(readings, 'glucose', 5 * MIN, 0, Infinity).filter((b) => b.count > 1).map((b) => [Date.parse(b.t), b.count]);
      expect(kept).toEqual([...wantKept, [orphan.t - (orphan.t % 300_000), 1]].sort((a, b) => a[0]! - b[0]!));
      expect(c2.prepare(`SELECT COUNT(*) FROM rollup_rows WHERE level = 5`).pluck().get()).toBeLessThan(fineBefore / 4);
      for (const metric of ['glucose', 'heart_rate', 'body_temperature']) {
        for (const [interval] of WIDTHS) expectSame(await series(after, ctx2, subject, metric, interval, from + 13_000, NOW), before.get(`${metric} ${interval}`)!, `${metric} ${interval}`);
      }
    } finally {
      after.close();
    }
  });
});
