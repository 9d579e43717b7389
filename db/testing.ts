import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR, openDatabase } from './open';

/**
 * A copy of the migrations as an older release shipped them: every migration before `idx`,
 * in `into`. Drizzle applies only migrations newer than the last one applied, so a database
 * opened with this and then with MIGRATIONS_DIR is upgraded as a user's would be.
 */
export function migrationsBefore(idx: number, into: string): string {
  const old = join(into, `migrations-before-${String(idx).padStart(4, '0')}`);
  cpSync(MIGRATIONS_DIR, old, { recursive: true });
  const journalPath = join(old, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number }> };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx < idx) }));
  return old;
}

/**
 * A database file of the layout before migration 0021 holding `rows` 5-minute glucose
 * readings of one person, written with raw SQL as that version wrote them. Returns their
 * count and sum, for comparing after the move to the compact layout.
 */
export function databaseOfLayout0020(file: string, dir: string, rows: number, t0: number): { n: number; sum: number } {
  const c = openDatabase(file, { migrationsDir: migrationsBefore(21, dir) }).$client;
  c.exec(`
    INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'local@local.tend', 'local', 'local$x', ${t0});
    INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at) VALUES ('s1', 'Pat', 'diabetes', '{}', 'u1', ${t0}, ${t0});
    INSERT INTO grants (subject_id, user_id, role, created_at) VALUES ('s1', 'u1', 'owner', ${t0});
  `);
  const ins = c.prepare(`INSERT INTO observations (id, subject_id, metric, t, value, device_id, created_at) VALUES (?, 's1', 'glucose', ?, ?, NULL, ?)`);
  c.transaction(() => {
    for (let i = 0; i < rows; i++) ins.run(`0196-${i}`, t0 + i * 300_000, 80 + (i % 150), t0 + i * 300_000 + 5000);
  })();
  const before = c.prepare<[], { n: number; sum: number }>(`SELECT COUNT(*) AS n, SUM(value) AS sum FROM observations`).get()!;
  c.close();
  return before;
}
