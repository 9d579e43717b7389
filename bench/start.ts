import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
// @ts-expect-error plain JavaScript build script, no types
import { buildNode } from '../scripts/build-node.js';
import { syntheticCgm } from './cgm-metrics';

/**
 * Issue #18's start-up rows, each measured against its baseline in the same run (so a
 * slower or busier machine shows in both), with the load average beside each:
 * - `cli-start`: `tend --version`, and a database command (`tend user list --json`),
 *   against `node -e 0`;
 * - `hub-start-large`: a hub's start (spawned until its first /api/health answer) on a
 *   year of 5-minute CGM for 20 people against the same on an empty database;
 * - `event-loop-import`: the longest /api/health wait while the hub imports 30 MB.
 * Each runs the compiled CLI (scripts/build-node.js), as `npm install` leaves it.
 */
const ROOT = join(import.meta.dirname, '..');
const TEND = join(ROOT, 'bin', 'tend.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (x: number, d = 1) => +x.toFixed(d);
const load = () => loadavg().map((x) => round(x, 2));

/** Wall milliseconds of one run of `node ARGS` to its exit. */
function wallMs(args: string[], env: Record<string, string> = {}): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return ms;
}

export async function benchCliStart(): Promise<Record<string, unknown>> {
  await buildNode();
  const db = join(mkdtempSync(join(tmpdir(), 'tend-bench-cli-')), 't.db');
  wallMs([TEND, '--db', db, 'user', 'list']); // creates the database, so every timed run only opens it
  const REPS = 15;
  const base: number[] = [];
  const version: number[] = [];
  const versionSource: number[] = [];
  const dbCommand: number[] = [];
  const loadBefore = load();
  // Interleaved, so a burst of load lands on every kind alike.
  for (let i = 0; i < REPS; i++) {
    base.push(wallMs(['-e', '0']));
    version.push(wallMs([TEND, '--version']));
    dbCommand.push(wallMs([TEND, '--db', db, 'user', 'list', '--json']));
    if (i < 5) versionSource.push(wallMs([TEND, '--version'], { TEND_FROM_SOURCE: '1' }));
  }
  const b = median(base);
  return {
    ratio: round(median(version) / b, 2),
    goal_ratio: 3,
    node_e0_ms: round(median(base)),
    tend_version_ms: round(median(version)),
    // A database command's start (`tend user list --json` on a small database, the
    // cheapest read): it opens the database and loads its own command's module alone.
    tend_db_command_ms: round(median(dbCommand)),
    tend_db_command_ratio: round(median(dbCommand) / b, 2),
    db_command_goal_ratio: 3,
    // The same `tend --version` through tsx from source, as every start was before.
    tend_version_from_source_ms: round(median(versionSource)),
    reps: REPS,
    load_avg_before: loadBefore,
    load_avg_after: load(),
  };
}

interface RunningHub {
  url: string;
  proc: ChildProcess;
  /** Spawn to the first answered /api/health. */
  readyMs: number;
  stop: () => Promise<void>;
}

/** `tend hub` in its own process on a free port, timed from spawn to its first /api/health answer. */
async function spawnHub(db: string, extra: string[] = []): Promise<RunningHub> {
  const t = performance.now();
  const proc = spawn(process.execPath, [TEND, '--db', db, 'hub', '--port', '0', ...extra], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TEND_LOG: 'warn' } });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    proc.once('exit', (c) => reject(new Error(`hub exited (${c}): ${err}`)));
  });
  for (;;) {
    const r = await fetch(`${url}/api/health`).catch(() => null);
    if (r?.ok) {
      await r.arrayBuffer();
      break;
    }
  }
  const readyMs = performance.now() - t;
  const stop = async () => {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
  };
  return { url, proc, readyMs, stop };
}

/** A database with a year of 5-minute CGM for `people` people. */
function largeDb(file: string, people: number): { observations: number } {
  const core = createCore({ db: openDatabase(file) });
  const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
  const readings = syntheticCgm(365);
  for (let p = 0; p < people; p++) {
    const subject = core.subjects.create(ctx, { name: `P${p}`, kind: 'diabetes' }).id;
    for (let i = 0; i < readings.length; i += 20_000) {
      const part = readings.slice(i, i + 20_000);
      core.deps.db.$client.transaction(() => core.observations.write(subject, part.map((r, j) => ({ id: `b-${p}-${i + j}`, metric: 'glucose', t: r.t, value: r.v, device_id: null }))))();
    }
  }
  core.deps.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return { observations: readings.length * people };
}

export async function benchHubStartLarge(): Promise<Record<string, unknown>> {
  await buildNode();
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-hubstart-'));
  try {
    const large = join(dir, 'large.db');
    const empty = join(dir, 'empty.db');
    const { observations } = largeDb(large, 20);
    openDatabase(empty).$client.close();
    const REPS = 5;
    const onLarge: number[] = [];
    const onEmpty: number[] = [];
    const loadBefore = load();
    for (let i = 0; i < REPS; i++) {
      // Backups on, as a hub runs by default, each start into an empty folder: every start
      // finds its backup due and begins one, the worst case of "a full backup at start".
      for (const [db, out] of [
        [empty, onEmpty],
        [large, onLarge],
      ] as const) {
        const backups = join(dir, `backups-${i}-${out === onLarge ? 'large' : 'empty'}`);
        const hub = await spawnHub(db, ['--backup-dir', backups]);
        out.push(hub.readyMs);
        await hub.stop();
        rmSync(backups, { recursive: true, force: true });
      }
    }
    return {
      ratio: round(median(onLarge) / median(onEmpty), 2),
      goal_ratio: 1.3,
      large_db_mb: round(statSync(large).size / 1e6),
      observations,
      start_ms_large: round(median(onLarge)),
      start_ms_empty: round(median(onEmpty)),
      reps: REPS,
      load_avg_before: loadBefore,
      load_avg_after: load(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** tend-csv of 5-minute glucose: about `mb` megabytes. */
function csvOf(mb: number): { text: string; rows: number } {
  const lines = ['time,metric,value'];
  let bytes = 18;
  const start = Date.UTC(2015, 0, 1); // 30 MB of 5-minute rows is six years: they must end before today
  let i = 0;
  while (bytes < mb * 1e6) {
    const line = `${new Date(start + i * 300_000).toISOString()},glucose,${90 + ((i * 7) % 120)}`;
    lines.push(line);
    bytes += line.length + 1;
    i++;
  }
  return { text: lines.join('\n') + '\n', rows: i };
}

export async function benchEventLoopImport(): Promise<Record<string, unknown>> {
  await buildNode();
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-import-'));
  const hub = await spawnHub(join(dir, 'tend.db'), ['--no-backup']);
  try {
    const call = async (path: string, body: unknown, token?: string) => {
      const r = await fetch(hub.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    const password = 'correct horse battery';
    await call('/api/auth/register', { email: 'bench@example.org', password, name: 'Bench' });
    const token = (await call('/api/auth/login', { email: 'bench@example.org', password })).body.access_token as string;
    const subject = (await call('/api/subjects', { name: 'Ada', kind: 'diabetes' }, token)).body.id as string;
    const { text, rows } = csvOf(30);
    // Serialised before the clock starts: the hub's loop is measured, not this process's.
    const body = JSON.stringify({ subject_id: subject, text, format: 'tend-csv' });

    /** Health polled back to back until `until` settles: each request's round trip. */
    const pollWhile = async (until: Promise<unknown>) => {
      const lat: number[] = [];
      let done = false;
      void until.finally(() => (done = true));
      while (!done) {
        const t = performance.now();
        const r = await fetch(`${hub.url}/api/health`);
        await r.arrayBuffer();
        lat.push(performance.now() - t);
      }
      return lat;
    };
    const idle = await pollWhile(new Promise((r) => setTimeout(r, 2_000)));
    const loadBefore = load();
    const t = performance.now();
    // node:http, not fetch: fetch gives up on an answer that takes over 300 s, which a 30 MB
    // import does on a machine loaded to 25 (its length is not what is measured here).
    const importing = new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
      const req = httpRequest(`${hub.url}/api/rpc/imports.text`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown> }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
    const during = await pollWhile(importing);
    const importMs = performance.now() - t;
    const result = await importing;
    if (result.status !== 200) throw new Error(`import failed (${result.status}): ${JSON.stringify(result.body).slice(0, 300)}`);
    return {
      max_health_ms: round(Math.max(...during)),
      goal_max_health_ms: 250,
      p50_health_ms: round(median(during)),
      health_checks: during.length,
      idle_max_health_ms: round(Math.max(...idle)),
      import_mb: round(Buffer.byteLength(text) / 1e6),
      import_rows: rows,
      import_ms: round(importMs, 0),
      load_avg_before: loadBefore,
      load_avg_after: load(),
    };
  } finally {
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
