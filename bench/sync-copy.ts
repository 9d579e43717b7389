import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { PUSH_PAGE, syncRound } from '../core/sync/round';
import { startThrowawayPostgres } from '../core/sync/throwaway-postgres';
import { openDatabase } from '../db/open';

/**
 * Issue #18, sync push of many rows: a round pushing ROWS readings (1,000,000 by default:
 * ten years of 5-minute CGM spread over people) to a throwaway local PostgreSQL, against
 * `psql \copy` of the same rows, already written out as CSV, into the same table of
 * another database set up by the same Tend (so the same indexes and sequence default).
 * The round includes reading the outbox from SQLite, the lock and a transaction per push
 * page, and the load (a page of new readings is COPYed straight into tend_observations; one
 * that meets keys the remote already has goes through staging and the merge).
 *
 * The push sends its readings as COPY binary (core/sync/remote.ts), the baseline as CSV,
 * the way a person would load them with psql; Postgres then parses no text times for the
 * push, and does the same inserts and index upkeep for both.
 *
 * Beside the wall times, the CPU seconds each side spent (this process, the Postgres
 * server's processes, psql): on a machine shared with other work the walls move with
 * the load, while the CPU split shows what a push costs beyond the load itself.
 *
 * The baseline is fair, not flattering: the same 1,000,000 rows (ids, people, times,
 * values, created_at; origin a constant as the push's is), `\copy`ed in one statement and
 * one transaction into tend_observations of a database that an empty Tend's round set up,
 * so the same columns, the same primary key and two secondary indexes, and the same
 * sequence default for seq, all maintained during the load as they are for the push. The
 * CSV is written before the clock starts; psql reading it is timed, as the push's SQLite
 * read is.
 */
const ROWS = Number(process.env.TEND_BENCH_SYNC_ROWS ?? 1_000_000);
const PEOPLE = 10;
const START = Date.UTC(2020, 0, 1);
const r3 = (v: number) => Math.round(v * 1000) / 1000;

function psqlPath(): string {
  const root = '/usr/lib/postgresql';
  for (const v of (existsSync(root) ? readdirSync(root) : []).sort().reverse()) if (existsSync(join(root, v, 'bin', 'psql'))) return join(root, v, 'bin', 'psql');
  return 'psql';
}

/** CPU seconds (user + system) of a process and, `children`, of the children it has waited for, from /proc. */
function procCpu(pid: number | 'self', children = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, from the third (state) on: utime, stime, cutime and cstime are the 14th to 17th.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0);
  return ticks / 100;
}

/** The Postgres server's CPU seconds so far: the postmaster, the backends it reaped, and those still running. */
function serverCpu(postmaster: number): number {
  let total = procCpu(postmaster, true);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) total += procCpu(Number(d));
    } catch {
      /* gone meanwhile */
    }
  }
  return total;
}

export async function benchSyncCopy(): Promise<Record<string, unknown>> {
  const pgs = await startThrowawayPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-copy-'));
  chmodSync(dir, 0o755); // psql runs as this user, but the CSV must be readable whoever reads it
  try {
    pgs.createDatabase('pushed');
    pgs.createDatabase('copied');
    const core = createCore({ db: openDatabase(join(dir, 'a.db')) });
    const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const people = Array.from({ length: PEOPLE }, (_, p) => core.subjects.create(ctx, { name: `P${p}`, kind: 'diabetes' }).id);
    // A first round before the readings exist: as on an install that already syncs, the
    // outbox then fills as readings are written, not in the timed round.
    await syncRound(pgs.urlFor('pushed'), { core, ownerId: ctx.user!.id });
    const c = core.deps.db.$client;
    const per = Math.ceil(ROWS / PEOPLE);
    for (let p = 0; p < PEOPLE; p++) {
      for (let i = 0; i < per && p * per + i < ROWS; i += 20_000) {
        const n = Math.min(20_000, per - i, ROWS - p * per - i);
        const rows = Array.from({ length: n }, (_, k) => ({ id: `b-${p}-${i + k}`, metric: 'glucose', t: START + (i + k) * 300_000, value: 80 + (((i + k) * 7919) % 200), device_id: null }));
        c.transaction(() => core.observations.write(people[p]!, rows))();
      }
    }
    // The baseline's remote gets the same tables from an empty install's round.
    const empty = createCore({ db: openDatabase(join(dir, 'empty.db')) });
    await syncRound(pgs.urlFor('copied'), { core: empty, ownerId: empty.auth.ensureLocalUser('bench').id });
    empty.close();
    const csv = join(dir, 'rows.csv');
    const all = c.prepare(`SELECT id, subject_id, metric, t, value, device_id, created_at FROM observations ORDER BY created_at, subject_id, metric, t, id`).raw().all() as Array<[string, string, string, number, number, string | null, number]>;
    writeFileSync(csv, all.map((r) => `${r[0]},${r[1]},${r[2]},${new Date(r[3]).toISOString()},${r[4]},,${new Date(r[6]).toISOString()},baseline`).join('\n') + '\n');
    chmodSync(csv, 0o644);

    const probe = new pg.Client({ connectionString: pgs.url });
    await probe.connect();
    const dataDir = (await probe.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'data_directory'`)).rows[0]!.setting;
    await probe.end();
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    const load_before = loadavg();
    const cpu0 = { self: procCpu('self'), server: serverCpu(postmaster) };
    const p0 = performance.now();
    const report = await syncRound(pgs.urlFor('pushed'), { core, ownerId: ctx.user!.id });
    const pushMs = performance.now() - p0;
    const cpu1 = { self: procCpu('self'), server: serverCpu(postmaster), children: procCpu('self', true) - procCpu('self') };
    const load_mid = loadavg();
    const q0 = performance.now();
    const copy = spawnSync(psqlPath(), [pgs.urlFor('copied'), '-v', 'ON_ERROR_STOP=1', '-c', `\\copy tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin) FROM '${csv}' WITH (FORMAT csv)`], { encoding: 'utf8' });
    const copyMs = performance.now() - q0;
    const cpu2 = { server: serverCpu(postmaster), children: procCpu('self', true) - procCpu('self') };
    const load_after = loadavg();
    core.close();
    if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
    if (report.pushed.observations !== ROWS) throw new Error(`pushed ${report.pushed.observations} of ${ROWS}`);
    const ratio = copyMs / pushMs;
    return {
      rows: ROWS,
      push: {
        seconds: r3(pushMs / 1000),
        rows_per_s: Math.round(ROWS / (pushMs / 1000)),
        cpu_s: { tend: r3(cpu1.self - cpu0.self), postgres: r3(cpu1.server - cpu0.server) },
      },
      psql_copy: {
        seconds: r3(copyMs / 1000),
        rows_per_s: Math.round(ROWS / (copyMs / 1000)),
        cpu_s: { psql: r3(cpu2.children - cpu1.children), postgres: r3(cpu2.server - cpu1.server) },
        output: copy.stdout.trim(),
      },
      push_vs_copy: r3(ratio),
      loadavg: { before_push: load_before.map(r3), after_push: load_mid.map(r3), after_copy: load_after.map(r3) },
      target: 'a sync push runs at ≥ 0.7 × the speed of psql \\copy of the same rows',
      meets_target: ratio >= 0.7,
      push_page: PUSH_PAGE,
      note:
        `Postgres is local (loopback, fsync off); the push is split into outbox pages of ${PUSH_PAGE} rows (PUSH_PAGE), each its own transaction under the advisory lock, ` +
        'its readings read from SQLite slice by slice while they stream as COPY binary; psql \\copy loads the same rows from CSV in one transaction. ' +
        'cpu_s: CPU seconds of this process (tend) or psql, and of the Postgres server, during each',
    };
  } finally {
    pgs.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
