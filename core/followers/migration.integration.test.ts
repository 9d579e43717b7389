import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0012_followers', () => {
  it('adds the followers table to a database from before it, keeping its people, and a follower goes with its person', () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-mig-12-'));
    const old = join(dir, 'old-migrations');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number }> };
    // A database from the release before: drizzle applies only migrations newer than the last applied one.
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx < 12) }));
    const file = join(dir, 'tend.db');
    const before = openDatabase(file, { migrationsDir: old });
    before.$client.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'a@b.c', 'A', 'x', 1)`).run();
    before.$client.prepare(`INSERT INTO subjects (id, owner_id, name, kind, settings, created_at, updated_at) VALUES ('s1', 'u1', 'Ada', 'diabetes', '{}', 1, 1)`).run();
    expect(before.$client.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'followers'`).pluck().get()).toBe(0);
    before.$client.close();

    const db = openDatabase(file).$client;
    try {
      expect(db.prepare(`SELECT name FROM subjects WHERE id = 's1'`).pluck().get()).toBe('Ada');
      db.prepare(`INSERT INTO followers (subject_id, service, username, sealed_password, created_at, updated_at) VALUES ('s1', 'dexcom-share', 'ada', 'v1.x.y.z', 1, 1)`).run();
      expect(db.prepare(`SELECT failures, next_poll_at FROM followers`).get()).toEqual({ failures: 0, next_poll_at: null });
      // One follower per person and service.
      expect(() => db.prepare(`INSERT INTO followers (subject_id, service, username, sealed_password, created_at, updated_at) VALUES ('s1', 'dexcom-share', 'b', 'v1', 1, 1)`).run()).toThrow(/UNIQUE|PRIMARY/);
      db.prepare(`DELETE FROM subjects WHERE id = 's1'`).run();
      expect(db.prepare(`SELECT COUNT(*) FROM followers`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
