import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { formatTimestamp, parseTimestamp } from './hlc';

/** Migration 0017 on a database an older Tend wrote: what it holds gets hybrid logical clock stamps, and later writes are stamped later. */

const T0 = Date.parse('2026-05-01T08:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'tend-hlc-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0017 (hybrid logical clock)', () => {
  it('stamps existing people, their fields, threshold sets and events from their own wall times with counter 0 and this install\'s node; the next write is later than all', () => {
    const old = join(dir, 'before-0017');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < '0017') }));
    const file = join(dir, 'old.db');
    const before = openDatabase(file, { migrationsDir: old }).$client;
    before.exec(`
      INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u', 'u@local.tend', 'u', 'x', ${T0});
      INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at, field_stamps, thresholds_updated_at)
        VALUES ('s', 'Vic', 'diabetes', '{"alerts":{"sound":false}}', 'u', ${T0}, ${T0 + 5000}, '{"name":${T0 + 4000},"settings.alerts":${T0 + 5000}}', ${T0 + 3000});
      INSERT INTO events (id, subject_id, type, t, data, created_at) VALUES ('e1', 's', 'meal', ${T0}, '{"carbs_g":40}', ${T0 + 1000});
      INSERT INTO events (id, subject_id, type, t, data, created_at, updated_at) VALUES ('e2', 's', 'meal', ${T0}, '{"carbs_g":50}', ${T0 + 1000}, ${T0 + 9000});
    `);
    before.close();

    const c = openDatabase(file).$client;
    const clock = c.prepare(`SELECT millis, counter, node FROM sync_hlc`).get() as { millis: number; counter: number; node: string };
    expect(clock.node).toMatch(/^[0-9a-f]{16}$/);
    const at = (ms: number) => formatTimestamp({ millis: ms, counter: 0, node: clock.node });
    expect(c.prepare(`SELECT id, hlc FROM events ORDER BY id`).all()).toEqual([{ id: 'e1', hlc: at(T0 + 1000) }, { id: 'e2', hlc: at(T0 + 9000) }]);
    const s = c.prepare(`SELECT hlc, field_hlc, thresholds_hlc FROM subjects`).get() as { hlc: string; field_hlc: string; thresholds_hlc: string };
    expect(s.hlc).toBe(at(T0));
    expect(JSON.parse(s.field_hlc)).toEqual({ name: at(T0 + 4000), 'settings.alerts': at(T0 + 5000) });
    expect(s.thresholds_hlc).toBe(at(T0 + 3000));
    expect(clock).toMatchObject({ millis: T0 + 9000, counter: 0 });

    // An edit at a wall time before the newest back-filled stamp is still stamped after it.
    c.prepare(`UPDATE events SET data = '{"carbs_g":45}', updated_at = ? WHERE id = 'e1'`).run(T0 + 2000);
    const e1 = c.prepare(`SELECT hlc FROM events WHERE id = 'e1'`).pluck().get() as string;
    expect(parseTimestamp(e1)).toEqual({ millis: T0 + 9000, counter: 1, node: clock.node });
    expect(e1 > at(T0 + 9000)).toBe(true);
    // Only the fields an edit touched get its stamp.
    c.prepare(`UPDATE subjects SET name = 'Vic B.', field_stamps = json_set(field_stamps, '$.name', ?), updated_at = ?`).run(T0 + 10_000, T0 + 10_000);
    expect(JSON.parse(c.prepare(`SELECT field_hlc FROM subjects`).pluck().get() as string)).toEqual({
      name: formatTimestamp({ millis: T0 + 10_000, counter: 0, node: clock.node }),
      'settings.alerts': at(T0 + 5000),
    });
    c.close();
  });
});
