import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';

/**
 * Issue #18, "rollups that cost less than the rows they summarise": what the rollups cost
 * on disk per reading, and what `observations.timeseries` (`GET /api/subjects/:id/timeseries`,
 * through `core.call`, validation and access checks included) costs at the widths the
 * screens ask for, for two kinds of series:
 *   cgm:  a year of 5-minute CGM (105,120 readings): the diabetes screen's 5m day and 5m/15m
 *         fortnight, the AGP report's 15m over 90 days, hourly over the year;
 *   1 Hz: a week of cry probability at one reading a second (604,800): the baby report's 5m
 *         over a day and over the week.
 * Beside each, in the same run, the plain `GROUP BY` over the readings the API would
 * otherwise need, and for CGM the same file with a 5-minute rollup row for every bucket
 * (the layout before migration 0023), calls interleaved (ratios survive a busy machine;
 * milliseconds do not). Each figure is the median of several calls after a warm-up.
 */
const MIN = 60_000;
const DAY = 1440 * MIN;
const NOW = Date.UTC(2026, 5, 1);
const r1 = (v: number) => Math.round(v * 10) / 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function fixture(name: string): { core: Core; ctx: CallContext; subject: string; dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), `tend-bench-rollups-${name}-`));
  const file = join(dir, 'r.db');
  const core = createCore({ db: openDatabase(file), clock: { now: () => NOW } });
  const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
  const subject = core.subjects.create(ctx, { name, kind: 'diabetes' }).id;
  return { core, ctx, subject, dir, file };
}

/** Bytes of each table per reading, from dbstat (compiled into better-sqlite3), after a VACUUM. */
function bytesPerReading(c: Database.Database, readings: number): Record<string, number> {
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.exec('VACUUM');
  const rows = c.prepare(`SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name IN ('observation_rows', 'rollup_rows') GROUP BY name`).all() as Array<{ name: string; bytes: number }>;
  const out = Object.fromEntries(rows.map((r) => [r.name, r1(r.bytes / readings)]));
  const levels = c.prepare(`SELECT level, COUNT(*) FROM rollup_rows GROUP BY level ORDER BY level`).raw().all() as Array<[number, number]>;
  return { ...out, ...Object.fromEntries(levels.map(([l, n]) => [`rollup_rows_level_${l}`, n])) };
}

async function series(
  f: ReturnType<typeof fixture>,
  metric: string,
  queries: Array<{ name: string; width: number; from: number; to: number }>,
  reps: number,
  before?: { core: Core; ctx: CallContext },
): Promise<Record<string, unknown>> {
  const c = f.core.deps.db.$client;
  const plain = c.prepare(
    `SELECT CAST(t / ? AS INTEGER) * ? AS b, AVG(value), MIN(value), MAX(value), COUNT(*) FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t < ? GROUP BY b ORDER BY b`,
  );
  const out: Record<string, unknown> = {};
  for (const q of queries) {
    const interval = q.width % DAY === 0 ? `${q.width / DAY}d` : q.width % (60 * MIN) === 0 ? `${q.width / (60 * MIN)}h` : `${q.width / MIN}m`;
    const args = { subject_id: f.subject, metric, interval, from: new Date(q.from).toISOString(), to: new Date(q.to).toISOString() };
    let buckets = 0;
    for (let i = 0; i < 2; i++) buckets = (await f.core.call('observations.timeseries', args, f.ctx)).items.length;
    if (before) for (let i = 0; i < 2; i++) await before.core.call('observations.timeseries', args, before.ctx);
    const api: number[] = [];
    const old: number[] = [];
    const group: number[] = [];
    // Interleaved, in turn first, so a burst of load (or the collection of the previous
    // call's garbage) lands on each alike.
    const now = async () => {
      const t0 = performance.now();
      buckets = (await f.core.call('observations.timeseries', args, f.ctx)).items.length;
      api.push(performance.now() - t0);
    };
    const then = async () => {
      if (!before) return;
      const t0 = performance.now();
      const n = (await before.core.call('observations.timeseries', args, before.ctx)).items.length;
      old.push(performance.now() - t0);
      if (n !== buckets) throw new Error(`${q.name}: ${n} buckets before migration 0023, ${buckets} after`);
    };
    for (let r = 0; r < reps; r++) {
      if (r % 2) {
        await now();
        await then();
      } else {
        await (before ? then() : now());
        await (before ? now() : then());
      }
      const t0 = performance.now();
      plain.all(q.width, q.width, f.subject, metric, q.from, q.to);
      group.push(performance.now() - t0);
    }
    out[q.name] = {
      interval,
      buckets,
      timeseries_ms: r2(median(api)),
      ...(before ? { every_5min_rolled_up_ms: r2(median(old)), vs_every_5min_rolled_up: r2(median(api) / median(old)) } : {}),
      group_by_ms: r2(median(group)),
      timeseries_vs_group_by: r2(median(api) / median(group)),
    };
  }
  return out;
}

async function cgmYear(): Promise<Record<string, unknown>> {
  const f = fixture('cgm');
  try {
    const readings = 365 * 288;
    const start = NOW - readings * 5 * MIN;
    const value = (i: number) => Math.round(110 + 40 * Math.sin(i / 40) + ((i * 7919) % 23) - 11);
    const c = f.core.deps.db.$client;
    for (let day = 0; day < 365; day++) {
      const rows = Array.from({ length: 288 }, (_, k) => {
        const i = day * 288 + k;
        return { id: `glucose@${start + i * 5 * MIN}`, metric: 'glucose', t: start + i * 5 * MIN, value: value(i), device_id: null };
      });
      c.transaction(() => f.core.observations.write(f.subject, rows))();
    }
    const bytes = bytesPerReading(c, readings);
    // The same file with a 5-minute row for every bucket, as every install had before
    // migration 0023 (read by the same code, which then takes every bucket from its row).
    const beforeFile = join(f.dir, 'before-0023.db');
    c.prepare(`VACUUM INTO ?`).run(beforeFile);
    const old = new Database(beforeFile);
    old.exec(`INSERT OR IGNORE INTO rollup_rows (s, m, level, bucket, count, sum, min, max)
              SELECT s, m, 5, t - t % 300000 AS b, COUNT(*), SUM(value), MIN(value), MAX(value) FROM observation_rows GROUP BY s, m, b`);
    old.close();
    const beforeCore = createCore({ db: openDatabase(beforeFile), clock: { now: () => NOW } });
    const q = await series(
      f,
      'glucose',
      [
        { name: '5m_day', width: 5 * MIN, from: NOW - DAY, to: NOW },
        { name: '5m_week', width: 5 * MIN, from: NOW - 7 * DAY, to: NOW },
        { name: '5m_14d', width: 5 * MIN, from: NOW - 14 * DAY, to: NOW },
        { name: '15m_90d', width: 15 * MIN, from: NOW - 90 * DAY, to: NOW },
        { name: '1h_year', width: 60 * MIN, from: start, to: NOW },
      ],
      15,
      { core: beforeCore, ctx: { ...f.ctx, user: beforeCore.auth.ensureLocalUser('bench') } },
    );
    beforeCore.close();
    return { readings, bytes_per_reading: bytes, ...q };
  } finally {
    f.core.close();
    rmSync(f.dir, { recursive: true, force: true });
  }
}

async function oneHzWeek(): Promise<Record<string, unknown>> {
  const f = fixture('1hz');
  try {
    const readings = 7 * 86_400;
    const start = NOW - readings * 1000;
    const c = f.core.deps.db.$client;
    for (let b = 0; b < readings; b += 3_600) {
      const rows = Array.from({ length: 3_600 }, (_, k) => {
        const t = start + (b + k) * 1000;
        return { id: `cry_probability@${t}`, metric: 'cry_probability', t, value: ((b + k) * 7919) % 1000 / 1000, device_id: null };
      });
      c.transaction(() => f.core.observations.write(f.subject, rows))();
    }
    const bytes = bytesPerReading(c, readings);
    const q = await series(
      f,
      'cry_probability',
      [
        { name: '5m_day', width: 5 * MIN, from: NOW - DAY, to: NOW },
        { name: '5m_week', width: 5 * MIN, from: start, to: NOW },
      ],
      7,
    );
    return { readings, bytes_per_reading: bytes, ...q };
  } finally {
    f.core.close();
    rmSync(f.dir, { recursive: true, force: true });
  }
}

export async function benchRollups(): Promise<Record<string, unknown>> {
  const load_before = loadavg().map(r2);
  const cgm = await cgmYear();
  const one_hz = await oneHzWeek();
  return { cgm_year_5min: cgm, cry_week_1hz: one_hz, loadavg: { before: load_before, after: loadavg().map(r2) } };
}
