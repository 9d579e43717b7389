import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { createCore } from '../app';
import { ManualClock } from '../clock';
import { Outbox } from '../sync/outbox';

/**
 * Migration 0008 re-keys observations and events by (subject_id, id) on a real database
 * file written at migration 0007, keeping every row, its rowid (the sync outbox names rows
 * by it) and the sync triggers.
 */

const T0 = Date.parse('2026-05-01T08:00:00Z');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A database file as Tend at migration 0007 left it, with data and a pending sync outbox. */
function databaseAt0007(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tend-0008-'));
  dirs.push(dir);
  const old = join(dir, 'migrations-0007');
  cpSync(MIGRATIONS_DIR, old, { recursive: true });
  const journalPath = join(old, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < '0008') }));
  const file = join(dir, 'tend.db');
  const c = openDatabase(file, { migrationsDir: old }).$client;
  // Raw SQL: what that version stored, written as it wrote it.
  c.exec(`
    INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'nurse@local.tend', 'nurse', 'x', ${T0});
    INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at) VALUES ('s1', 'Ann', 'diabetes', '{}', 'u1', ${T0}, ${T0});
    INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at) VALUES ('s2', 'Ada', 'baby', '{}', 'u1', ${T0}, ${T0});
    INSERT INTO grants (subject_id, user_id, role, created_at) VALUES ('s1', 'u1', 'owner', ${T0}), ('s2', 'u1', 'owner', ${T0});
    INSERT INTO kv (key, value, updated_at) VALUES ('sync.enabled', '1', ${T0});
  `);
  const obs = c.prepare(`INSERT INTO observations (id, subject_id, metric, t, value, device_id, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)`);
  for (let i = 0; i < 30; i++) obs.run(`o-${i}`, i % 3 === 0 ? 's2' : 's1', i % 3 === 0 ? 'body_temperature' : 'glucose', T0 - (30 - i) * 300_000, i % 3 === 0 ? 36.5 : 100 + i, T0);
  const ev = c.prepare(`INSERT INTO events (id, subject_id, type, t, data, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'u1', ?, ?)`);
  ev.run('e-meal', 's1', 'meal', T0 - 3_600_000, '{"carbs_g":40}', T0, null);
  ev.run('e-dose', 's1', 'medication', T0 - 7_200_000, '{"drug":"levodopa","dose_mg":100}', T0, T0 + 1);
  ev.run('e-check', 's2', 'checkin', T0 - 600_000, '{"temperature":36.5,"cry_detected":false,"sick_detected":false}', T0, null);
  // A deleted event whose deletion has not been pushed yet (ref: its id alone, as 0007 queued it).
  c.exec(`
    INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (${T0}, 'u1', 'dose.delete', 's1', '{"id":"e-gone"}');
    INSERT INTO sync_outbox (entity, row_id, ref) VALUES ('event_deletions', ${T0 + 5}, 'e-gone');
  `);
  // Some rowids skipped, so a copy that renumbered them would show.
  c.exec(`DELETE FROM observations WHERE id IN ('o-4', 'o-5')`);
  c.close();
  return file;
}

describe('migration 0008: client ids per person', () => {
  it('keeps every row of a 0007 database with its rowid, pending outbox and sync triggers, and every row reads back through the core', () => {
    const file = databaseAt0007();
    const peek = openDatabase(file, { migrationsDir: join(file, '..', 'migrations-0007') }).$client;
    const obsBefore = peek.prepare(`SELECT rowid AS r, * FROM observations ORDER BY rowid`).all();
    const evBefore = peek.prepare(`SELECT rowid AS r, * FROM events ORDER BY rowid`).all();
    const outboxBefore = peek.prepare(`SELECT * FROM sync_outbox WHERE entity <> 'event_deletions' ORDER BY seq`).all();
    peek.close();
    expect(obsBefore).toHaveLength(28);
    // Queued by the triggers: 30 readings (the 2 deleted since stay queued, naming nothing) and 3 events.
    expect(outboxBefore).toHaveLength(33);

    const db = openDatabase(file);
    const c = db.$client;
    // Migration 0021 moved the readings to the compact layout, where a reading has no rowid:
    // every row is there as it was (core/records/compact-observations checks that move itself).
    const noRowid = (rows: unknown[]) => (rows as Array<Record<string, unknown>>).map(({ r: _r, ...row }) => row);
    expect(c.prepare(`SELECT * FROM observations ORDER BY subject_id, id`).all()).toEqual(
      noRowid(obsBefore).sort((a, b) => String(a.subject_id).localeCompare(String(b.subject_id)) || (String(a.id) < String(b.id) ? -1 : 1)),
    );
    // Later migrations add columns (0017's clock stamp, back-filled and checked in core/sync/hlc-migration): compare the 0008 ones.
    const evAfter = c.prepare(`SELECT rowid AS r, * FROM events ORDER BY rowid`).all() as Record<string, unknown>[];
    expect(evAfter.map((row) => Object.fromEntries(Object.keys(evBefore[0] as object).map((k) => [k, row[k]])))).toEqual(evBefore);
    // The readings' entries now name their compact keys (checked by what the outbox reads below).
    expect(c.prepare(`SELECT * FROM sync_outbox WHERE entity NOT IN ('event_deletions', 'observations') ORDER BY seq`).all()).toEqual(
      (outboxBefore as Array<{ entity: string }>).filter((e) => e.entity !== 'observations'),
    );
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(c.pragma('foreign_key_check')).toEqual([]);
    // The outbox's triggers (0017 adds clock-stamping ones beside them).
    const triggers = c.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('observation_rows', 'events') AND name GLOB 'sync_*' ORDER BY name`).pluck().all();
    expect(triggers).toEqual(['sync_events_insert', 'sync_events_update', 'sync_observations_insert']);

    const core = createCore({ db, clock: new ManualClock(T0) });
    try {
      // Readable as before, through the stores.
      const s1 = core.observations.list('s1', { limit: 1000 }).items;
      const s2 = core.observations.list('s2', { limit: 1000 }).items;
      expect(s1.length + s2.length).toBe(28);
      expect(s2.every((o) => o.metric === 'body_temperature' && o.subject_id === 's2')).toBe(true);
      expect(core.events.list('s1', { limit: 10 }).map((e) => [e.id, e.type])).toEqual([['e-meal', 'meal'], ['e-dose', 'medication']]);
      expect(core.events.list('s2', { limit: 10 }).map((e) => [e.id, e.data.temperature])).toEqual([['e-check', 36.5]]);

      // The pending deletion now names its person, so it cannot tombstone another's event.
      const batch = new Outbox(db).page(10_000)!.batch;
      expect(batch.event_deletions).toEqual([{ subject_id: 's1', id: 'e-gone', deleted_at: T0 + 5 }]);
      expect(batch.readings!.rows()).toHaveLength(28);

      // Now keyed per person: one person's ids are another's to use too, and the triggers queue them.
      const seqBefore = c.prepare(`SELECT MAX(seq) FROM sync_outbox`).pluck().get() as number;
      const w = c.transaction(() => core.observations.write('s2', [{ id: 'o-1', metric: 'body_temperature', t: T0, value: 37.1, device_id: null }]))();
      expect(w).toMatchObject({ accepted: 1, duplicates: 0 });
      expect(core.events.write('s2', { id: 'e-meal', type: 'note', t: new Date(T0).toISOString(), data: { text: 'hers' } }, 'u1').created).toBe(true);
      expect(core.events.write('s1', { id: 'e-meal', type: 'meal', t: new Date(T0).toISOString(), data: { carbs_g: 1 } }, 'u1')).toMatchObject({ created: false, event: { subject_id: 's1', data: { carbs_g: 40 } } });
      expect(c.prepare(`SELECT entity FROM sync_outbox WHERE seq > ? ORDER BY seq`).pluck().all(seqBefore)).toEqual(['observations', 'events']);
    } finally {
      core.close();
    }
  });
});
