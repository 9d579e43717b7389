import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';

/**
 * Issue #18, "storage of 5-minute CGM": bytes on disk per reading for a year of 5-minute
 * CGM for one person (105,120 readings from their CGM device, no id of the source's own),
 * sent through the real ingest path (`core.ingest`, a day per batch: validation, the
 * compact rows, the rollups kept, the latest value). Bytes per reading = growth of the
 * checkpointed, vacuumed file / readings, so rollups, indexes and the latest-values table
 * are all counted. Beside it, in the same run, the floor: the same readings as bare
 * `(t, value)` rows of a rowid table in a file of their own.
 */
const MIN = 60_000;
const READINGS = 365 * 288;
const NOW = Date.UTC(2026, 5, 1);
const r1 = (v: number) => Math.round(v * 10) / 10;

function settle(c: Database.Database): void {
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.exec('VACUUM');
  c.pragma('wal_checkpoint(TRUNCATE)');
}

export async function benchStorage(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-storage-'));
  const file = join(dir, 's.db');
  const core = createCore({ db: openDatabase(file), clock: { now: () => NOW } });
  try {
    const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const subject = core.subjects.create(ctx, { name: 'Year', kind: 'diabetes' }).id;
    const device = core.devices.create(ctx, { subject_id: subject, name: 'CGM', kind: 'cgm', transport: 'ble', address: 'AA:BB:CC:DD:EE:FF' }).id;
    const c = core.deps.db.$client;
    settle(c);
    const empty = statSync(file).size;
    const load_before = loadavg();
    const value = (i: number) => Math.round(110 + 40 * Math.sin(i / 40) + ((i * 7919) % 23) - 11);
    const start = NOW - READINGS * 5 * MIN;
    const t0 = performance.now();
    for (let day = 0; day < READINGS / 288; day++) {
      const items = Array.from({ length: 288 }, (_, k) => {
        const i = day * 288 + k;
        return { metric: 'glucose', t: new Date(start + i * 5 * MIN).toISOString(), value: value(i), device_id: device };
      });
      core.ingest(ctx, subject, items);
    }
    const ingest_s = (performance.now() - t0) / 1000;
    settle(c);
    const full = statSync(file).size;
    const stored = c.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(subject) as number;
    // Where the bytes went, per table and index (dbstat is compiled into better-sqlite3).
    let by_table: Record<string, number> | null = null;
    try {
      const rows = c.prepare(`SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8`).all() as Array<{ name: string; bytes: number }>;
      by_table = Object.fromEntries(rows.map((r) => [r.name, r1(r.bytes / READINGS)]));
    } catch {
      by_table = null;
    }

    // The floor: bare (t, value) rows, in a file of their own, measured the same way.
    const floorFile = join(dir, 'floor.db');
    const f = new Database(floorFile);
    f.pragma('journal_mode = WAL');
    f.exec(`CREATE TABLE tv (t INTEGER NOT NULL, v REAL NOT NULL)`);
    settle(f);
    const floorEmpty = statSync(floorFile).size;
    const ins = f.prepare(`INSERT INTO tv (t, v) VALUES (?, ?)`);
    f.transaction(() => {
      for (let i = 0; i < READINGS; i++) ins.run(start + i * 5 * MIN, value(i));
    })();
    settle(f);
    const floorFull = statSync(floorFile).size;
    f.close();
    const load_after = loadavg();

    const perReading = (full - empty) / READINGS;
    const floor = (floorFull - floorEmpty) / READINGS;
    return {
      readings: READINGS,
      stored,
      bytes_per_reading: r1(perReading),
      floor_t_value_bytes_per_reading: r1(floor),
      vs_floor: r1(perReading / floor),
      bytes_per_reading_by_table: by_table,
      // What the summaries cost beside the readings (issue #18: less than the rows they summarise).
      rollup_share: by_table?.rollup_rows !== undefined ? r1((100 * by_table.rollup_rows) / perReading) / 100 : null,
      before_0023: '49.8 bytes per reading by this bench, rollups 25.4 of them (a 5-minute rollup row for every reading)',
      file_mb: r1(full / 1e6),
      ingest_s: r1(ingest_s),
      // The previous layout, measured by this same bench on the same machine: 362.7 bytes (its text device id on every row too).
      before_issue_18: '241 bytes per reading in the issue; 362.7 by this bench before migration 0021 (text uuid ids, text person, metric and device on every row and rollup, a second index)',
      loadavg: { before: load_before.map((x) => r1(x)), after: load_after.map((x) => r1(x)) },
      target: '≤ 80 bytes per reading incl. rollups, indexes and latest values',
      meets_target: perReading <= 80,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
