import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, StoreError, openDatabase } from './open';

const tmp = () => mkdtempSync(join(tmpdir(), 'tend-db-'));

describe('openDatabase', () => {
  it('creates a new database in WAL mode with every migration applied', () => {
    const db = openDatabase(join(tmp(), 'a.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    // `observations` and `rollups` are views over the compact tables since migration 0021.
    const tables = db.$client.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'subjects', 'observations', 'rollups', 'alerts', 'events']));
    db.$client.close();
  });

  it('refuses a folder that does not exist, naming it', () => {
    expect(() => openDatabase('/nonexistent/dir/x.db')).toThrowError(/database folder does not exist: \/nonexistent\/dir/);
  });

  it('refuses a file that is not SQLite and leaves it byte for byte untouched', () => {
    const file = join(tmp(), 'junk.db');
    const junk = Buffer.from('this is a shopping list, not a database\n'.repeat(100));
    writeFileSync(file, junk);
    let err: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('not_a_database');
    expect(readFileSync(file).equals(junk)).toBe(true);
  });

  it('refuses a damaged SQLite file and leaves it untouched', () => {
    const file = join(tmp(), 'damaged.db');
    openDatabase(file).$client.close();
    const bytes = readFileSync(file);
    // Keep the header, scribble over the schema page.
    const damaged = Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0xab)]);
    writeFileSync(file, damaged);
    expect(() => openDatabase(file)).toThrowError(StoreError);
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('migrates a database made by an older version forward and keeps its rows', () => {
    const dir = tmp();
    // An "older version": the same migrations folder without its newest entries.
    const old = join(dir, 'old-migrations');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const keep = journal.entries.slice(0, 1);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: keep }));
    const file = join(dir, 'old.db');
    const db = openDatabase(file, { migrationsDir: old });
    db.$client.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'a@b.c', 'A', 'x', 1)`).run();
    db.$client.close();
    const upgraded = openDatabase(file);
    expect(upgraded.$client.prepare(`SELECT email FROM users WHERE id = 'u1'`).pluck().get()).toBe('a@b.c');
    const applied = upgraded.$client.prepare('SELECT COUNT(*) FROM __drizzle_migrations').pluck().get();
    expect(applied).toBe(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length);
    upgraded.$client.close();
  });

  it('refuses a database written by a newer version of Tend', () => {
    const file = join(tmp(), 'new.db');
    const db = openDatabase(file);
    db.$client.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)`).run();
    db.$client.close();
    expect(() => openDatabase(file)).toThrowError(/newer version of Tend/);
  });
});
