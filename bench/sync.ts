import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCore, type Core } from '../core/app';
import type { CallContext } from '../core/context';
import { PAGE, syncRound } from '../core/sync/round';
import { startThrowawayPostgres } from '../core/sync/throwaway-postgres';
import { openDatabase } from '../db/open';

/**
 * Sync throughput with a real (throwaway, local) PostgreSQL, a year of 5-minute CGM
 * readings (105,120) for one person, each measured side by side with its baseline:
 *   push: a round on the install that recorded them, against inserting the same rows into
 *         the same remote tables with the same 5,000-row unnest statements but nothing else
 *         (no outbox to read or clear, no lock, no transaction of its own): what the sync
 *         machinery costs on top of the remote's own work;
 *   pull: a round on a fresh install, against reading the same rows from Postgres plus
 *         storing them with the local ingest store (rollups) in the same pages.
 */
const N = 105_120;
const START = Date.UTC(2025, 0, 1);

function install(dir: string, name: string): { core: Core; ctx: CallContext } {
  const core = createCore({ db: openDatabase(join(dir, `${name}.db`)) });
  return { core, ctx: { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' } };
}

export async function benchSync(): Promise<Record<string, unknown>> {
  const pgs = await startThrowawayPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-sync-'));
  try {
    pgs.createDatabase('sync');
    pgs.createDatabase('baseline');
    const url = pgs.urlFor('sync');
    const a = install(dir, 'a');
    const subject = a.core.subjects.create(a.ctx, { name: 'Bench', kind: 'diabetes' }).id;
    const rows = Array.from({ length: N }, (_, i) => ({ id: `b-${i}`, metric: 'glucose', t: START + i * 300_000, value: 80 + ((i * 7919) % 200), device_id: null }));
    a.core.deps.db.$client.transaction(() => a.core.observations.write(subject, rows))();

    // Push.
    const p0 = performance.now();
    const pushed = await syncRound(url, { core: a.core, ownerId: a.ctx.user!.id });
    const pushMs = performance.now() - p0;

    // The baseline remote gets the same tables (an empty install's round creates them).
    const empty = install(dir, 'empty');
    await syncRound(pgs.urlFor('baseline'), { core: empty.core, ownerId: empty.ctx.user!.id });
    empty.core.close();
    const base = new pg.Client({ connectionString: pgs.urlFor('baseline') });
    await base.connect();
    const r0 = performance.now();
    for (let i = 0; i < N; i += PAGE) {
      const b = rows.slice(i, i + PAGE);
      await base.query(
        `INSERT INTO tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin)
         SELECT id, $2, metric, to_timestamp(t / 1000.0), value, device_id, now(), 'baseline'
           FROM unnest($1::text[], $3::text[], $4::float8[], $5::float8[], $6::text[]) AS x(id, metric, t, value, device_id)
         ON CONFLICT (subject_id, id) DO NOTHING`,
        [b.map((r) => r.id), subject, b.map((r) => r.metric), b.map((r) => r.t), b.map((r) => r.value), b.map((r) => r.device_id)],
      );
    }
    const rawPushMs = performance.now() - r0;

    // Pull.
    const b = install(dir, 'b');
    const q0 = performance.now();
    const pulled = await syncRound(url, { core: b.core, ownerId: b.ctx.user!.id });
    const pullMs = performance.now() - q0;

    const c = install(dir, 'c');
    const cSubject = c.core.subjects.create(c.ctx, { name: 'Bench', kind: 'diabetes' }).id;
    const s0 = performance.now();
    for (let last = ''; ; ) {
      const page = await base.query(`SELECT id, metric, (extract(epoch FROM t) * 1000)::int8 AS t, value, device_id FROM tend_observations WHERE id > $1 ORDER BY id LIMIT ${PAGE}`, [last]);
      if (page.rows.length === 0) break;
      const clean = page.rows.map((r: { id: string; metric: string; t: string; value: number; device_id: string | null }) => ({ ...r, t: Number(r.t) }));
      c.core.deps.db.$client.transaction(() => c.core.observations.write(cSubject, clean))();
      last = clean[clean.length - 1]!.id;
    }
    const rawPullMs = performance.now() - s0;
    await base.end();
    for (const x of [a, b, c]) x.core.close();

    if (pushed.pushed.observations !== N || pulled.pulled.observations !== N) throw new Error(`sync moved ${pushed.pushed.observations}/${pulled.pulled.observations} of ${N}`);
    const perS = (ms: number) => Math.round(N / (ms / 1000));
    return {
      rows: N,
      page: PAGE,
      push: { rows_per_s: perS(pushMs), baseline_rows_per_s: perS(rawPushMs), vs_baseline: +(rawPushMs / pushMs).toFixed(3), seconds: +(pushMs / 1000).toFixed(2) },
      pull: { rows_per_s: perS(pullMs), baseline_rows_per_s: perS(rawPullMs), vs_baseline: +(rawPullMs / pullMs).toFixed(3), seconds: +(pullMs / 1000).toFixed(2) },
      target: 'push and pull each ≥ 0.5 × their baseline',
      note: 'baseline push = the same unnest INSERTs into the same remote tables, without the outbox, lock and transaction; baseline pull = SELECT pages + the local ingest store; Postgres is local (loopback, fsync off), so network time is not in either',
    };
  } finally {
    pgs.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
