import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOTE_SCHEMA_VERSION } from '../core/sync/remote';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../core/sync/throwaway-postgres';

/**
 * `tend sync` (contract section 6) between two installs (two SQLite files, two CLI
 * processes) through a real PostgreSQL server.
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 120_000 });

function syncJson(db: string, url: string) {
  const r = tend(db, 'sync', '--url', url, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    pushed: Record<string, number>;
    pushed_new: Record<string, number>;
    pulled: Record<string, number>;
    skipped: number;
    rejected_count: number;
    rejected: Array<{ table: string; id: string; field: string; message: string }>;
    remote: string;
  };
}

/** Everything sync is meant to carry, as this install holds it (row order fixed). */
function holdings(db: string) {
  const c = new Database(db, { readonly: true });
  try {
    return {
      subjects: c.prepare(`SELECT id, name, kind, birth_date, settings, created_at, updated_at FROM subjects ORDER BY id`).all(),
      events: (c.prepare(`SELECT id, subject_id, type, t, data, created_by, created_at, updated_at FROM events ORDER BY id`).all() as Array<{ data: string }>)
        .map((e) => ({ ...e, data: JSON.parse(e.data) as unknown })),
      observations: c.prepare(`SELECT id, subject_id, metric, t, value, device_id FROM observations ORDER BY id`).all(),
      rollups: c.prepare(`SELECT * FROM rollups ORDER BY subject_id, metric, level, bucket`).all(),
      outbox: c.prepare(`SELECT COUNT(*) FROM sync_outbox`).pluck().get() as number,
    };
  } finally {
    c.close();
  }
}

async function remoteCounts(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of ['subjects', 'events', 'observations']) out[t] = Number((await c.query(`SELECT COUNT(*) AS n FROM tend_${t}`)).rows[0].n);
    out.maxSeq = Number((await c.query(`SELECT GREATEST((SELECT MAX(seq) FROM tend_subjects), (SELECT MAX(seq) FROM tend_events), (SELECT MAX(seq) FROM tend_observations)) AS m`)).rows[0].m);
    return out;
  } finally {
    await c.end();
  }
}

function csv(dir: string, name: string, startIso: string, n: number): string {
  const rows = ['time,metric,value,unit'];
  for (let i = 0; i < n; i++) rows.push(`${new Date(Date.parse(startIso) + i * 300_000).toISOString()},glucose,${(100 + ((i * 7) % 90)).toFixed(0)},mg/dL`);
  const file = join(dir, name);
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

describe('tend sync', () => {
  let pgs: ThrowawayPostgres;
  let dir: string;
  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    dir = mkdtempSync(join(tmpdir(), 'tend-sync-cli-'));
  }, 120_000);
  afterAll(() => {
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('carries one install\'s subject, readings and meals to another, rollups and metrics included; a second round changes nothing', async () => {
    pgs.createDatabase('share');
    const url = pgs.urlFor('share');
    const a = join(dir, 'a.db');
    const b = join(dir, 'b.db');
    const sim = tend(a, 'simulate', 'diabetes', '--subject', 'Sam', '--patient', 'adult#001', '--days', '2', '--start', '2026-01-05T00:00:00Z', '--json');
    expect(sim.status, sim.stderr).toBe(0);
    const made = JSON.parse(sim.stdout) as { readings: number; meals: number; insulin: number };
    const before = holdings(a);
    // An install that has never synced keeps no outbox; its first round queues what it holds.
    expect(before.outbox).toBe(0);

    const pushA = syncJson(a, url);
    expect(pushA.pushed).toEqual({ subjects: 1, thresholds: 0, events: before.events.length, observations: made.readings, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    expect(pushA.pushed_new).toEqual(pushA.pushed);
    expect(pushA.pulled).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    expect(holdings(a).outbox).toBe(0);
    expect(await remoteCounts(url)).toMatchObject({ subjects: 1, events: before.events.length, observations: made.readings });

    tend(b, 'metrics', '--subject', 'nobody', '--json'); // creates b.db (and fails: no such subject)
    const pullB = syncJson(b, url);
    expect(pullB.pulled).toEqual({ subjects: 1, thresholds: 0, events: before.events.length, observations: made.readings, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    expect(pullB.pushed).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    const onB = holdings(b);
    // Pulled rows are not queued to be pushed back.
    expect(onB.outbox).toBe(0);
    expect(onB.subjects).toEqual(before.subjects);
    expect(onB.events).toEqual(before.events);
    expect(onB.observations).toEqual(before.observations);
    expect(onB.rollups).toEqual(before.rollups);
    const metrics = (db: string) => JSON.parse(tend(db, 'metrics', '--subject', 'Sam', '--json').stdout) as unknown;
    expect(metrics(b)).toEqual(metrics(a));

    const remoteBefore = await remoteCounts(url);
    for (const db of [a, b]) {
      const again = syncJson(db, url);
      expect(again.pushed).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
      expect(again.pulled).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    }
    expect(await remoteCounts(url)).toEqual(remoteBefore);
    expect(holdings(b)).toEqual(onB);
  });

  it('keeps what was written while the remote was down and sends it when it is back', async () => {
    pgs.createDatabase('outage');
    const url = pgs.urlFor('outage');
    const a = join(dir, 'outage-a.db');
    const b = join(dir, 'outage-b.db');
    expect(tend(a, 'import', csv(dir, 'first.csv', '2026-02-01T00:00:00Z', 12), '--subject', 'Ola', '--format', 'tend-csv').status).toBe(0);
    syncJson(a, url);
    syncJson(b, url);

    pgs.stop();
    try {
      const offline = tend(b, 'import', csv(dir, 'offline.csv', '2026-02-02T00:00:00Z', 30), '--subject', 'Ola', '--format', 'tend-csv', '--json');
      expect(offline.status, offline.stderr).toBe(0);
      const failed = tend(b, 'sync', '--url', url);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toMatch(/sync with postgres:\/\/postgres@127\.0\.0\.1:\d+\/outage failed: .*nothing local was lost/);
      expect(holdings(b).outbox).toBe(30);
    } finally {
      pgs.start();
    }
    const back = syncJson(b, url);
    expect(back.pushed.observations).toBe(30);
    expect(back.pushed_new.observations).toBe(30);
    const pullA = syncJson(a, url);
    expect(pullA.pulled.observations).toBe(30);
    expect(holdings(a).observations).toEqual(holdings(b).observations);
    expect(holdings(a).observations).toHaveLength(42);
  });

  it('reports and skips remote rows this build cannot read, storing the rest', async () => {
    pgs.createDatabase('odd');
    const url = pgs.urlFor('odd');
    const a = join(dir, 'odd-a.db');
    const b = join(dir, 'odd-b.db');
    expect(tend(a, 'import', csv(dir, 'odd.csv', '2026-03-01T00:00:00Z', 5), '--subject', 'Ida', '--format', 'tend-csv').status).toBe(0);
    syncJson(a, url);
    const subjectId = (holdings(a).subjects[0] as { id: string }).id;
    // Another program (or a newer Tend) wrote rows this build has no meaning for.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(
      `INSERT INTO tend_observations (id, subject_id, metric, t, value, created_at, origin) VALUES
         ('odd-metric', $1, 'ketones', now(), 1.2, now(), 'elsewhere'),
         ('odd-value', $1, 'glucose', now(), 5000, now(), 'elsewhere')`,
      [subjectId],
    );
    await c.query(`INSERT INTO tend_events (id, subject_id, type, t, data, created_at, origin) VALUES ('odd-event', $1, 'yoga', now(), '{}', now(), 'elsewhere')`, [subjectId]);
    await c.end();

    const r = syncJson(b, url);
    expect(r.pulled).toEqual({ subjects: 1, thresholds: 0, events: 0, observations: 5, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    expect(r.rejected_count).toBe(3);
    expect(r.rejected).toEqual(
      expect.arrayContaining([
        { table: 'observations', id: 'odd-metric', field: 'metric', message: 'unknown metric ketones' },
        expect.objectContaining({ table: 'observations', id: 'odd-value', field: 'value' }),
        expect.objectContaining({ table: 'events', id: 'odd-event', field: 'type' }),
      ]),
    );
    const ids = (holdings(b).observations as Array<{ id: string }>).map((o) => o.id);
    expect(ids).not.toContain('odd-metric');
    expect(ids).not.toContain('odd-value');
    // Reported once: the next round does not read them again.
    expect(syncJson(b, url).rejected_count).toBe(0);
  });

  it('refuses a copied database whose twin has synced since, moving nothing, until it takes a new install id; then both hold everything', async () => {
    pgs.createDatabase('copies');
    const url = pgs.urlFor('copies');
    const a = join(dir, 'orig.db');
    const copy = join(dir, 'copy.db');
    expect(tend(a, 'import', csv(dir, 'o1.csv', '2026-02-01T00:00:00Z', 12), '--subject', 'Ola', '--format', 'tend-csv').status).toBe(0);
    syncJson(a, url);
    // A restored backup or a copied file: the same install id, the same history.
    copyFileSync(a, copy);
    expect(tend(a, 'import', csv(dir, 'o2.csv', '2026-02-02T00:00:00Z', 5), '--subject', 'Ola', '--format', 'tend-csv').status).toBe(0);
    expect(syncJson(a, url).pushed.observations).toBe(5);
    expect(tend(copy, 'import', csv(dir, 'c1.csv', '2026-02-03T00:00:00Z', 7), '--subject', 'Ola', '--format', 'tend-csv').status).toBe(0);
    const remoteBefore = await remoteCounts(url);

    const refused = tend(copy, 'sync', '--url', url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/another copy of this database \(install [0-9a-f-]+\) has synced with this remote since this copy last did/);
    expect(refused.stderr).toMatch(/Nothing was sent or received\. .*tend sync --new-install-id/);
    expect(await remoteCounts(url)).toEqual(remoteBefore);
    expect(holdings(copy).outbox).toBe(7); // still waiting, nothing lost
    // The original keeps syncing; being copied is not its fault.
    expect(tend(a, 'sync', '--url', url).status).toBe(0);

    const renamed = tend(copy, 'sync', '--url', url, '--new-install-id', '--json');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(renamed.stderr).toMatch(/this database is now install [0-9a-f-]+; it pulls everything again/);
    const report = JSON.parse(renamed.stdout) as { pushed: Record<string, number>; pulled: Record<string, number> };
    expect(report.pushed.observations).toBe(7);
    // It reads the original's readings from the start: the 12 it held add nothing, the 5 it never saw are stored.
    expect(report.pulled.observations).toBe(5);
    syncJson(a, url);
    const ids = (db: string) => (holdings(db).observations as Array<{ id: string }>).map((o) => o.id);
    expect(ids(a)).toHaveLength(24);
    expect(ids(copy)).toEqual(ids(a));
    // Nine CLI runs, each a process start: on a loaded 2-core machine over two minutes.
  }, 300_000);

  it('a restored backup that the remote has moved past is refused as a copy; with a new install id it pulls back what was synced after the backup', async () => {
    pgs.createDatabase('restored');
    const url = pgs.urlFor('restored');
    const a = join(dir, 'restore-me.db');
    const backup = join(dir, 'restore-me-backup.db');
    expect(tend(a, 'import', csv(dir, 'r1.csv', '2026-04-01T00:00:00Z', 12), '--subject', 'Rae', '--format', 'tend-csv').status).toBe(0);
    syncJson(a, url);
    expect(tend(a, 'backup', '--out', backup).status).toBe(0);
    expect(tend(a, 'import', csv(dir, 'r2.csv', '2026-04-02T00:00:00Z', 5), '--subject', 'Rae', '--format', 'tend-csv').status).toBe(0);
    expect(syncJson(a, url).pushed.observations).toBe(5);
    const restored = tend(a, 'restore', backup);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/this install syncs: .*tend sync --new-install-id/);
    expect(holdings(a).observations).toHaveLength(12);
    const refused = tend(a, 'sync', '--url', url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/tend sync --new-install-id/);
    const renamed = tend(a, 'sync', '--url', url, '--new-install-id', '--json');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect((JSON.parse(renamed.stdout) as { pulled: Record<string, number> }).pulled.observations).toBe(5);
    expect(holdings(a).observations).toHaveLength(17);
  });

  it('upgrades a remote set up by the first sync schema in place', async () => {
    pgs.createDatabase('schema1');
    const url = pgs.urlFor('schema1');
    const a = join(dir, 'schema1.db');
    expect(tend(a, 'import', csv(dir, 's1.csv', '2026-03-01T00:00:00Z', 3), '--subject', 'Uma', '--format', 'tend-csv').status).toBe(0);
    syncJson(a, url);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`ALTER TABLE tend_installs DROP COLUMN token`);
    await c.query(`DROP TABLE tend_tremor_minutes`);
    await c.query(`UPDATE tend_meta SET value = '1' WHERE key = 'schema_version'`);
    expect(syncJson(a, url).pulled.observations).toBe(0);
    expect((await c.query(`SELECT value FROM tend_meta WHERE key = 'schema_version'`)).rows[0].value).toBe(String(REMOTE_SCHEMA_VERSION));
    expect((await c.query(`SELECT token FROM tend_installs`)).rows[0].token).toMatch(/^[0-9a-f-]{36}$/);
    expect((await c.query(`SELECT COUNT(*)::int AS n FROM tend_tremor_minutes`)).rows[0].n).toBe(0);
    await c.end();
    expect(syncJson(a, url).pushed.observations).toBe(0);
  });

  it('refuses a remote set up by a newer Tend, naming both versions', async () => {
    pgs.createDatabase('future');
    const url = pgs.urlFor('future');
    const a = join(dir, 'future.db');
    syncJson(a, url);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`UPDATE tend_meta SET value = $1 WHERE key = 'schema_version'`, [String(REMOTE_SCHEMA_VERSION + 1)]);
    await c.end();
    const r = tend(a, 'sync', '--url', url);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`newer Tend (sync schema ${REMOTE_SCHEMA_VERSION + 1}, this build knows ${REMOTE_SCHEMA_VERSION})`);
  });

  it('exits 2 naming --url for an address that is not Postgres, and never prints a password', () => {
    const db = join(dir, 'bad.db');
    for (const [url, why] of [
      ['http://example.org/db', /--url http:\/\/example\.org\/db: is a http URL/],
      ['postgres://127.0.0.1:5432', /names no database/],
      ['not a url', /is not a URL/],
    ] as const) {
      const r = tend(db, 'sync', '--url', url);
      expect(r.status, url).toBe(2);
      expect(r.stderr).toMatch(why);
    }
    const missing = tend(db, 'sync');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--url: required/);

    const unreachable = tend(db, 'sync', '--url', 'postgres://tend:s3cret-pw@127.0.0.1:9/tend');
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain('postgres://tend:***@127.0.0.1:9/tend');
    expect(unreachable.stderr + unreachable.stdout).not.toContain('s3cret-pw');
  });
});
