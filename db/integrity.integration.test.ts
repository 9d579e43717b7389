import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_EVERY_MS, LAST_CHECK_KEY, parseLastCheck } from './integrity';
import { openDatabase } from './open';

const tmp = () => mkdtempSync(join(tmpdir(), 'tend-integrity-'));

/** Reads the file from outside, with a plain read-only connection that changes nothing. */
function read<T>(file: string, q: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return q(db);
  } finally {
    db.close();
  }
}
/** The last quick_check recorded in the file. */
const lastCheck = (file: string) => read(file, (db) => parseLastCheck(db.prepare(`SELECT value FROM kv WHERE key = ?`).pluck().get(LAST_CHECK_KEY) as string | undefined));
/** The markers of connections that have not closed. */
const openMarkers = (file: string): string[] => read(file, (db) => db.prepare(`SELECT key FROM kv WHERE key LIKE 'db.open:%'`).pluck().all() as string[]);

/** Another process opens the database and is killed (SIGKILL) while it holds it: no clean close. */
async function openInProcessAndKill(file: string): Promise<void> {
  const code = `
    const { openDatabase } = await import(${JSON.stringify(join(import.meta.dirname, 'open.ts'))});
    openDatabase(${JSON.stringify(file)}, { now: 2_000 });
    process.stdout.write('open\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('open')) resolve();
    });
    child.once('exit', (c) => reject(new Error(`child exited (${c}) before opening`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('integrity check at open', () => {
  it('checks a new database once, and a cleanly closed one not again until the schedule says so', () => {
    const file = join(tmp(), 'a.db');
    openDatabase(file, { now: 1_000 }).$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 1_000, reason: 'never_checked', result: 'ok' });

    openDatabase(file, { now: 5_000 }).$client.close();
    // No check at 5 000: the record is still the first one.
    expect(lastCheck(file)).toMatchObject({ at: 1_000, reason: 'never_checked' });
    expect(openMarkers(file)).toEqual([]);

    openDatabase(file, { now: 1_000 + CHECK_EVERY_MS }).$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 1_000 + CHECK_EVERY_MS, reason: 'scheduled', result: 'ok' });
  });

  it('checks the file at the next open after a process holding it was killed, and forgets that process', { timeout: 60_000 }, async () => {
    const file = join(tmp(), 'b.db');
    openDatabase(file, { now: 1_000 }).$client.close();
    await openInProcessAndKill(file);
    // The killed process's marker is still there: it never closed.
    expect(openMarkers(file)).toHaveLength(1);
    expect(lastCheck(file)).toMatchObject({ at: 1_000 });

    openDatabase(file, { now: 3_000 }).$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 3_000, reason: 'unclean_shutdown', result: 'ok' });
    expect(openMarkers(file)).toEqual([]);
    // …and only once.
    openDatabase(file, { now: 4_000 }).$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 3_000 });
  });

  it('does not count a connection still open in this process as an unclean shutdown', () => {
    const file = join(tmp(), 'c.db');
    openDatabase(file, { now: 1_000 }).$client.close();
    const held = openDatabase(file, { now: 2_000 });
    openDatabase(file, { now: 3_000 }).$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 1_000 });
    expect(openMarkers(file)).toHaveLength(1);
    held.$client.close();
    expect(openMarkers(file)).toEqual([]);
  });

  it('a read-only open with nothing due writes nothing: no marker, SQLite refuses writes, and the file is as it was, with no WAL left', () => {
    const file = join(tmp(), 'd.db');
    openDatabase(file, { now: 1_000 }).$client.close();
    const before = readFileSync(file);
    const db = openDatabase(file, { now: 2_000, readOnly: true });
    expect(db.$client.prepare('SELECT COUNT(*) FROM users').pluck().get()).toBe(0);
    expect(openMarkers(file)).toEqual([]);
    expect(() => db.$client.prepare(`INSERT INTO kv (key, value, updated_at) VALUES ('x', 'y', 1)`).run()).toThrow(/readonly/i);
    db.$client.close();
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('a read-only open still checks the file after an unclean shutdown, and then holds it as a writer does', { timeout: 60_000 }, async () => {
    const file = join(tmp(), 'e.db');
    openDatabase(file, { now: 1_000 }).$client.close();
    await openInProcessAndKill(file);
    const db = openDatabase(file, { now: 3_000, readOnly: true });
    expect(lastCheck(file)).toMatchObject({ at: 3_000, reason: 'unclean_shutdown', result: 'ok' });
    expect(openMarkers(file)).toHaveLength(1); // its own
    db.$client.close();
    expect(openMarkers(file)).toEqual([]);
  });

  it('a read-only open of a new file creates and migrates it as any open does', () => {
    const file = join(tmp(), 'f.db');
    const db = openDatabase(file, { now: 1_000, readOnly: true });
    expect(db.$client.prepare('SELECT COUNT(*) FROM users').pluck().get()).toBe(0);
    db.$client.close();
    expect(lastCheck(file)).toMatchObject({ at: 1_000, reason: 'never_checked', result: 'ok' });
  });
});
