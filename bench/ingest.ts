import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { startHub } from '../host/start';

/**
 * Issue 3's storage benchmarks, each beside its baseline in the same run:
 * (a) service ingest vs a raw better-sqlite3 prepared-insert loop (the engine's ceiling);
 * (b) ingest over HTTP in 10,000-row batches;
 * (c) a year at 1-minute resolution: `timeseries` at 1h and 1d vs a plain SQL GROUP BY.
 */
const MIN = 60_000;
const START = Date.UTC(2025, 0, 1);

function rows(n: number, prefix: string) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = { id: `${prefix}-${i}`, metric: 'glucose', t: new Date(START + i * MIN).toISOString(), value: 80 + ((i * 7919) % 200) };
  }
  return out;
}

function fresh(): { core: Core; ctx: CallContext; subject: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const core = createCore({ db: openDatabase(join(dir, 'b.db')) });
  const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
  const subject = core.subjects.create(ctx, { name: 'Bench', kind: 'diabetes' }).id;
  return { core, ctx, subject, dir };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function serviceVsRaw() {
  const N = 200_000;
  const data = rows(N, 's');
  // Raw ceiling: the same rows, the same table, index and sync triggers (idle: this install
  // has never synced, so they queue nothing), one prepared statement, in transactions of
  // the service's batch size (one 200,000-row transaction outgrows SQLite's page cache and
  // spills, which would flatter the service).
  // Since migration 0021 that table is the compact one, keyed by the person's and metric's
  // integer keys (made once here; `observations` is a view over it).
  const raw = fresh();
  const rc = raw.core.deps.db.$client;
  rc.prepare(`INSERT INTO subject_keys (subject_id) VALUES (?)`).run(raw.subject);
  rc.prepare(`INSERT OR IGNORE INTO metric_keys (metric) SELECT DISTINCT value FROM json_each(?)`).run(JSON.stringify([...new Set(data.map((o) => o.metric))]));
  const sKey = rc.prepare(`SELECT key FROM subject_keys WHERE subject_id = ?`).pluck().get(raw.subject) as number;
  const mKeys = new Map((rc.prepare(`SELECT metric, key FROM metric_keys`).raw().all() as Array<[string, number]>));
  const ins = rc.prepare(`INSERT INTO observation_rows (s, m, t, id, value, d, created_after) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const r0 = performance.now();
  for (let b = 0; b < N; b += 10_000) {
    raw.core.deps.db.$client.transaction(() => {
      for (let i = b; i < Math.min(N, b + 10_000); i++) {
        const o = data[i]!;
        const t = Date.parse(o.t);
        ins.run(sKey, mKeys.get(o.metric), t, o.id, o.value, null, 0 - t);
      }
    })();
  }
  const rawMs = performance.now() - r0;
  raw.core.close();
  rmSync(raw.dir, { recursive: true, force: true });

  const svc = fresh();
  const s0 = performance.now();
  for (let i = 0; i < N; i += 10_000) svc.core.ingest(svc.ctx, svc.subject, data.slice(i, i + 10_000));
  const svcMs = performance.now() - s0;
  svc.core.close();
  rmSync(svc.dir, { recursive: true, force: true });
  return {
    rows: N,
    raw_rows_per_s: Math.round(N / (rawMs / 1000)),
    service_rows_per_s: Math.round(N / (svcMs / 1000)),
    service_vs_raw: +(rawMs / svcMs).toFixed(3),
    target: 'service ≥ 0.5 × raw',
    note: 'service = validation (zod, units, ranges, devices) + insert + rollups (hourly, daily, 5-minute where a bucket holds more than one reading) + alert rules, in 10,000-row batches',
  };
}

async function overHttp() {
  const f = fresh();
  const hub = await startHub({ core: f.core, port: 0 });
  const token = f.core.auth.issueToken(f.ctx.user!.id);
  const N = 200_000;
  const bodies: string[] = [];
  const data = rows(N, 'h');
  for (let i = 0; i < N; i += 10_000) bodies.push(JSON.stringify(data.slice(i, i + 10_000)));
  const t0 = performance.now();
  for (const body of bodies) {
    const res = await fetch(`${hub.url}/api/subjects/${f.subject}/observations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    if (res.status !== 201) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
  const ms = performance.now() - t0;
  await hub.close();
  f.core.close();
  rmSync(f.dir, { recursive: true, force: true });
  return { rows: N, batch: 10_000, rows_per_s: Math.round(N / (ms / 1000)), target: '≥ 100,000 observations/s' };
}

async function yearTimeseries() {
  const f = fresh();
  const N = 525_600;
  const data = rows(N, 'y');
  for (let i = 0; i < N; i += 10_000) f.core.ingest(f.ctx, f.subject, data.slice(i, i + 10_000));
  const c = f.core.deps.db.$client;
  const from = START;
  const to = START + N * MIN;
  const out: Record<string, unknown> = { rows: N };
  for (const [name, width] of [['1h', 60 * MIN], ['1d', 1440 * MIN]] as const) {
    const plain = c.prepare(
      `SELECT CAST(t / ? AS INTEGER) * ? AS b, AVG(value), MIN(value), MAX(value), COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'glucose' AND t >= ? AND t < ? GROUP BY b ORDER BY b`,
    );
    const rollupTimes: number[] = [];
    const plainTimes: number[] = [];
    let buckets = 0;
    for (let rep = 0; rep < 5; rep++) {
      let t0 = performance.now();
      buckets = f.core.observations.timeseries(f.subject, 'glucose', width, from, to).length;
      rollupTimes.push(performance.now() - t0);
      t0 = performance.now();
      plain.all(width, width, f.subject, from, to);
      plainTimes.push(performance.now() - t0);
    }
    out[name] = { buckets, timeseries_ms: +median(rollupTimes).toFixed(2), group_by_ms: +median(plainTimes).toFixed(2), speedup: +(median(plainTimes) / median(rollupTimes)).toFixed(1) };
  }
  out.target = 'timeseries at 1h ≥ 10× faster than the raw GROUP BY';
  f.core.close();
  rmSync(f.dir, { recursive: true, force: true });
  return out;
}

export async function benchIngest(): Promise<Record<string, unknown>> {
  return { service_vs_raw: await serviceVsRaw(), http: await overHttp(), year_timeseries: await yearTimeseries() };
}
