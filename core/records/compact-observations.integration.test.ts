import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { beforeCompactPath } from '../../db/compact-observations';
import { openDatabase } from '../../db/open';
import { migrationsBefore } from '../../db/testing';
import { createCore } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { mulberry32 } from '../random';
import { Outbox } from '../sync/outbox';

/**
 * Migration 0021 and db/compact-observations.ts move a database of the previous layout
 * (text-keyed `observations` and `rollups` tables) to the compact one: nothing may be lost
 * or changed. A real file at migration 0020 is filled with several people, metrics,
 * devices, client ids and derived ids, events, alerts, rollups and a pending sync outbox;
 * after the move every reading, event, alert, rollup, latest value and queued reading
 * reads back exactly as before.
 */

const T0 = Date.parse('2026-05-01T08:00:00Z');
const MIN = 60_000;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * The previous layout's ingest write (core/records/observations.ts before migration 0021,
 * statement for statement): a reading row, its three rollup levels and the latest value.
 */
function writeAsBefore(c: Database.Database, subjectId: string, rows: Array<{ id: string; metric: string; t: number; value: number; device_id: string | null }>, now: number): void {
  const insert = c.prepare(
    `INSERT INTO observations (id, subject_id, metric, t, value, device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(subject_id, id) DO NOTHING`,
  );
  const rollup = c.prepare(
    `INSERT INTO rollups (subject_id, metric, level, bucket, count, sum, min, max) VALUES (?, ?, ?, ?, 1, ?, ?, ?)
     ON CONFLICT(subject_id, metric, level, bucket) DO UPDATE SET
       count = count + excluded.count, sum = sum + excluded.sum,
       min = MIN(min, excluded.min), max = MAX(max, excluded.max)`,
  );
  const latest = c.prepare(
    `INSERT INTO latest_observations AS cur (subject_id, metric, id, t, value, device_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(subject_id, metric) DO UPDATE SET id = excluded.id, t = excluded.t, value = excluded.value, device_id = excluded.device_id
     WHERE excluded.t > cur.t OR (excluded.t = cur.t AND excluded.id > cur.id)`,
  );
  c.transaction(() => {
    for (const r of rows) {
      if (insert.run(r.id, subjectId, r.metric, r.t, r.value, r.device_id, now).changes === 0) continue;
      for (const level of [5, 60, 1440]) rollup.run(subjectId, r.metric, level, Math.floor(r.t / (level * MIN)) * level * MIN, r.value, r.value, r.value);
      latest.run(subjectId, r.metric, r.id, r.t, r.value, r.device_id);
    }
  })();
}

/** The previous layout's core/sync/outbox.ts `enable`: queues what the install holds, by rowid. */
function enableSyncAsBefore(c: Database.Database): void {
  c.exec(`
    INSERT INTO sync_outbox (entity, row_id) SELECT 'subjects', rowid FROM subjects ORDER BY created_at, rowid;
    INSERT INTO sync_outbox (entity, row_id) SELECT 'thresholds', rowid FROM subjects WHERE thresholds_updated_at IS NOT NULL ORDER BY rowid;
    INSERT INTO sync_outbox (entity, row_id) SELECT 'events', rowid FROM events ORDER BY rowid;
    INSERT INTO sync_outbox (entity, row_id) SELECT 'observations', rowid FROM observations ORDER BY rowid;
    INSERT INTO sync_outbox (entity, row_id) SELECT 'alerts', rowid FROM alerts ORDER BY rowid;
    INSERT INTO kv (key, value, updated_at) VALUES ('sync.enabled', '1', ${T0});
  `);
}

/**
 * Everything the move must keep, each table in a fixed order. The rollups but the 5-minute
 * rows of buckets holding one reading, which the layout answers from the reading since
 * migration 0023 (the move checks it moved them all, then drops them; the test below
 * compares the 5-minute buckets answered against them).
 */
function snapshot(c: Database.Database) {
  return {
    observations: c.prepare(`SELECT * FROM observations ORDER BY subject_id, id`).all(),
    rollups: c
      .prepare(
        `SELECT * FROM rollups r
          WHERE NOT (level = 5 AND count = 1 AND (SELECT COUNT(*) FROM observations o
                      WHERE o.subject_id = r.subject_id AND o.metric = r.metric AND o.t >= r.bucket AND o.t < r.bucket + 300000) = 1)
          ORDER BY subject_id, metric, level, bucket`,
      )
      .all(),
    latest: c.prepare(`SELECT * FROM latest_observations ORDER BY subject_id, metric`).all(),
    events: c.prepare(`SELECT * FROM events ORDER BY subject_id, id`).all(),
    alerts: c.prepare(`SELECT * FROM alerts ORDER BY id`).all(),
    devices: c.prepare(`SELECT * FROM devices ORDER BY id`).all(),
    outboxOthers: c.prepare(`SELECT * FROM sync_outbox WHERE entity <> 'observations' ORDER BY seq`).all(),
  };
}

/** A database file at migration 0020 (the last before the compact layout), filled through the core. */
function databaseAt0020(readingsPerPerson: number): { file: string; queued: unknown[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-0021-'));
  dirs.push(dir);
  const old = migrationsBefore(21, dir);
  const file = join(dir, 'tend.db');
  const db = openDatabase(file, { migrationsDir: old });
  const clock = new ManualClock(T0);
  const core = createCore({ db, clock });
  const c = db.$client;
  try {
    const ctx: CallContext = { user: core.auth.ensureLocalUser('nurse'), clientKey: 't', transport: 'memory' };
    const people = ['Ann', 'Bo', 'Cy'].map((name) => core.subjects.create(ctx, { name, kind: 'diabetes' }).id);
    const devices = people.map((s) => core.devices.create(ctx, { subject_id: s, name: 'CGM', kind: 'cgm', transport: 'ble', address: `AA:BB:CC:00:00:0${people.indexOf(s)}` }).id);
    const rnd = mulberry32(21);
    // Half the people's readings come before sync is on, half after: both kinds of outbox entry.
    for (const half of [0, 1]) {
      if (half === 1) enableSyncAsBefore(c);
      people.forEach((s, p) => {
        const rows = [];
        for (let i = 0; i < readingsPerPerson / 2; i++) {
          const n = half * (readingsPerPerson / 2) + i;
          const t = T0 - 30 * 1440 * MIN + n * 5 * MIN + (p % 2) * 17_000;
          // CGM from the person's device with derived ids; a meter's and a thermometer's with client ids (one shared between people).
          if (n % 7 === 3) rows.push({ id: `meter-${n}`, metric: 'glucose', t: t + 1000, value: Math.round(80 + rnd() * 100), device_id: null });
          else if (n % 11 === 5) rows.push({ id: `temp-${n % 50}`, metric: 'body_temperature', t, value: 36 + Math.round(rnd() * 20) / 10, device_id: null });
          rows.push({ id: `glucose@${t}`, metric: 'glucose', t, value: Math.round(70 + rnd() * 150) + (n % 13 === 0 ? 0.5 : 0), device_id: devices[p]! });
        }
        writeAsBefore(c, s, rows, T0 + half * 1000 + p);
      });
    }
    // An old uuid id (the previous layout made one for every reading without an id) and a
    // deleted reading whose outbox entry names nothing.
    writeAsBefore(c, people[0]!, [{ id: '0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', metric: 'heart_rate', t: T0 - MIN, value: 72, device_id: null }], T0);
    writeAsBefore(c, people[1]!, [{ id: 'gone', metric: 'heart_rate', t: T0 - 2 * MIN, value: 70, device_id: null }], T0);
    c.prepare(`DELETE FROM observations WHERE id = 'gone'`).run();
    for (const [p, s] of people.entries()) {
      core.events.write(s, { id: `meal-${p}`, type: 'meal', t: new Date(T0 - 3600_000).toISOString(), data: { carbs_g: 40 + p } }, ctx.user!.id);
      core.events.write(s, { type: 'note', t: new Date(T0 - 1800_000).toISOString(), data: { text: `note ${p}` } }, ctx.user!.id);
      const a = core.alerts.store.raise({
        subject_id: s, kind: 'threshold', rule_key: `glucose:low`, metric: 'glucose', value: 54 + p, priority: 'high', message: 'Low glucose',
        at: T0 - 600_000, snooze_class: 'glucose:low', snoozable: true, snoozed_until: null, detail: { min: 70 }, latching: false,
      });
      if (p === 1) core.alerts.store.acknowledge(a.id, ctx.user!.id, T0 - 300_000);
    }
    // What the previous layout's outbox pushed for readings (rows named by rowid, in rowid order).
    const queued = c
      .prepare(
        `SELECT id, subject_id, metric, t, value, device_id, created_at FROM observations x
          WHERE x.rowid IN (SELECT DISTINCT row_id FROM sync_outbox WHERE entity = 'observations') ORDER BY subject_id, id`,
      )
      .all();
    return { file, queued };
  } finally {
    core.close();
  }
}

/** The database as the release before 0021 opens it (its migrations, written beside it by databaseAt0020). */
function openOld(file: string): Database.Database {
  return openDatabase(file, { migrationsDir: join(file, '..', 'migrations-before-0021') }).$client;
}

describe('moving readings to the compact layout (migration 0021)', () => {
  it('keeps every reading, rollup, latest value, event, alert and queued reading exactly, and removes the copy once verified', () => {
    const { file, queued } = databaseAt0020(4_000);
    const peek = openOld(file);
    const before = snapshot(peek);
    const allRollups = peek.prepare(`SELECT COUNT(*) FROM rollups`).pluck().get() as number;
    const fiveMinute = peek.prepare(`SELECT subject_id, metric, bucket, count, sum, min, max FROM rollups WHERE level = 5 ORDER BY subject_id, metric, bucket`).all() as Array<{
      subject_id: string; metric: string; bucket: number; count: number; sum: number; min: number; max: number;
    }>;
    peek.close();
    expect(before.observations.length).toBeGreaterThan(12_000);
    // Most 5-minute rows are of one reading (and go), some of two (a meter's beside the CGM's, and stay).
    expect(fiveMinute.filter((r) => r.count > 1).length).toBeGreaterThan(100);
    expect(before.rollups.length).toBeLessThan(allRollups - 10_000);
    expect(queued.length).toBeGreaterThan(6_000);

    const progress: Array<[number, number]> = [];
    const db = openDatabase(file, { onCompactProgress: (done, total) => progress.push([done, total]) });
    try {
      const c = db.$client;
      expect(snapshot(c)).toEqual(before);
      // Shown as it went, in several batches, ending at the whole.
      const total = before.observations.length + allRollups;
      expect(progress.length).toBeGreaterThan(3);
      expect(progress.at(-1)).toEqual([total, total]);
      expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
      // The old tables and the copy kept during the move are gone; the file is sound.
      expect(c.prepare(`SELECT name FROM sqlite_master WHERE name LIKE '%before_0021'`).all()).toEqual([]);
      expect(existsSync(beforeCompactPath(file))).toBe(false);
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      // Readings that had no id of their source store none.
      expect(c.prepare(`SELECT COUNT(*) FROM observation_rows WHERE id = ''`).pluck().get()).toBeGreaterThan(10_000);

      // The outbox pushes the same readings it would have pushed (its entries now name compact keys).
      const pushed = new Outbox(db).page(1_000_000)!.batch.readings!.rows();
      const key = (o: { subject_id: string; id: string }) => `${o.subject_id}\u0000${o.id}`;
      expect([...pushed].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(queued);

      // And the core reads and writes the moved readings as before.
      const core = createCore({ db, clock: new ManualClock(T0) });
      const s = (before.latest[0] as { subject_id: string }).subject_id;
      const list = core.observations.list(s, { metric: 'glucose', limit: 3 }).items;
      expect(list.map((o) => o.id)).toEqual(
        (before.observations as Array<{ subject_id: string; metric: string; id: string; t: number }>)
          .filter((o) => o.subject_id === s && o.metric === 'glucose')
          .sort((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1))
          .slice(0, 3)
          .map((o) => o.id),
      );
      // Every 5-minute bucket the old rows summarised is answered the same, from a kept row or the reading.
      for (const [subject, metric] of [...new Set(fiveMinute.map((r) => `${r.subject_id}\u0000${r.metric}`))].map((k) => k.split('\u0000'))) {
        const want = fiveMinute.filter((r) => r.subject_id === subject && r.metric === metric);
        const got = core.observations.timeseries(subject!, metric!, 5 * MIN, T0 - 40 * 1440 * MIN, T0 + 1440 * MIN);
        expect(got.map((b) => [Date.parse(b.t), b.count, b.min, b.max])).toEqual(want.map((r) => [r.bucket, r.count, r.min, r.max]));
        got.forEach((b, i) => expect(b.avg).toBeCloseTo(want[i]!.sum / want[i]!.count, 9));
      }
      const again = before.observations[0] as { subject_id: string; id: string; metric: string; t: number; value: number };
      const w = c.transaction(() => core.observations.write(again.subject_id, [{ id: again.id, metric: again.metric, t: again.t, value: again.value, device_id: null }]))();
      expect(w).toMatchObject({ accepted: 0, duplicates: 1 });
    } finally {
      db.$client.close();
    }
  });

  it('keeps the copy of the file while a move is interrupted, and finishes it at the next open with nothing lost', () => {
    const { file } = databaseAt0020(4_000);
    const peek = openOld(file);
    const before = snapshot(peek);
    peek.close();

    let calls = 0;
    expect(() =>
      openDatabase(file, {
        onCompactProgress: () => {
          // The power goes after the second batch.
          if (++calls === 3) throw new Error('power cut');
        },
      }),
    ).toThrow(/power cut.*kept at .*tend\.db\.before-0021/);
    expect(existsSync(beforeCompactPath(file))).toBe(true);
    // The copy is the database as it was.
    const copy = openOld(beforeCompactPath(file));
    expect(snapshot(copy)).toEqual(before);
    copy.close();

    const db = openDatabase(file);
    try {
      expect(snapshot(db.$client)).toEqual(before);
      expect(existsSync(beforeCompactPath(file))).toBe(false);
    } finally {
      db.$client.close();
    }
  });
});
