import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrationsBefore } from '../../db/testing';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0012_followers', () => {
  it('adds the followers table to a database from before it, keeping its people, and a follower goes with its person', () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-mig-12-'));
    // A database from the release before: drizzle applies only migrations newer than the last applied one.
    const old = migrationsBefore(12, dir);
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
