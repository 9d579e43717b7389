import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../db/open';

/**
 * `tend` opening a database of the layout before migration 0021 moves its readings to the
 * compact one and says how far it has got on stderr, while stdout keeps its one JSON document.
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const T0 = Date.parse('2026-05-01T00:00:00Z');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('tend on a database of the previous storage layout', () => {
  it('moves its readings with a progress report, then answers as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-cli-compact-'));
    dirs.push(dir);
    const old = join(dir, 'migrations-0020');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number }> };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx < 21) }));
    const file = join(dir, 'tend.db');
    const c = openDatabase(file, { migrationsDir: old }).$client;
    // Raw SQL: what that version stored, written as it wrote it.
    c.exec(`
      INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'local@local.tend', 'local', 'local$x', ${T0});
      INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at) VALUES ('s1', 'Pat', 'diabetes', '{}', 'u1', ${T0}, ${T0});
      INSERT INTO grants (subject_id, user_id, role, created_at) VALUES ('s1', 'u1', 'owner', ${T0});
    `);
    const ins = c.prepare(`INSERT INTO observations (id, subject_id, metric, t, value, device_id, created_at) VALUES (?, 's1', 'glucose', ?, ?, NULL, ?)`);
    c.transaction(() => {
      for (let i = 0; i < 12_000; i++) ins.run(`0196-${i}`, T0 + i * 300_000, 80 + (i % 150), T0 + i * 300_000 + 5000);
    })();
    const before = c.prepare(`SELECT COUNT(*) AS n, SUM(value) AS sum FROM observations`).get();
    c.close();

    const r = spawnSync(process.execPath, [TEND, '--db', file, 'user', 'list', '--json'], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/moving readings to the compact storage layout.*: 0% \(0 of 12000 rows\)/);
    expect(r.stderr).toMatch(/: 100% \(12000 of 12000 rows\)/);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(existsSync(`${file}.before-0021`)).toBe(false);

    const after = openDatabase(file).$client;
    expect(after.prepare(`SELECT COUNT(*) AS n, SUM(value) AS sum FROM observations`).get()).toEqual(before);
    after.close();
    // A second run has nothing to move and says nothing about it.
    const again = spawnSync(process.execPath, [TEND, '--db', file, 'user', 'list', '--json'], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 120_000 });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/compact storage layout/);
  }, 300_000);
});
