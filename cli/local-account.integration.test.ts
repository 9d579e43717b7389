import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';

/**
 * The machine's own account (the CLI's and the desktop's, `<os user>@local.tend`) is never
 * one somebody registered over a hub: before registration refused that domain, a stranger
 * could register `root@local.tend` first, and whatever the CLI stored became theirs.
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
let dir: string;
let db: string;
const tend = (args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 120_000 });
const osUser = (() => {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
})();
const localEmail = `${osUser.toLowerCase().replace(/[^a-z0-9._-]/g, '') || 'user'}@local.tend`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-local-'));
  db = join(dir, 'tend.db');
  openDatabase(db).$client.close();
  // An account an older hub let a stranger register under the OS user's local address.
  const c = new Database(db);
  c.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('squatter', ?, 'Stranger', 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA', 1)`).run(localEmail);
  c.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the machine's own account", () => {
  it('is never an account registered over a hub under its address: the CLI stores as a local account of its own', () => {
    const csv = join(dir, 'g.csv');
    writeFileSync(csv, 'time,metric,value,unit\n2026-01-01T00:00:00Z,glucose,100,mg/dL\n');
    const r = tend(['import', csv, '--subject', 'Ann', '--format', 'tend-csv', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const c = new Database(db, { readonly: true });
    const owner = c.prepare(`SELECT u.id, u.email, u.password_hash FROM subjects s JOIN users u ON u.id = s.owner_id WHERE s.name = 'Ann'`).get() as { id: string; email: string; password_hash: string };
    const squatterGrants = c.prepare(`SELECT COUNT(*) FROM grants WHERE user_id = 'squatter'`).pluck().get();
    c.close();
    expect(owner.id).not.toBe('squatter');
    expect(owner.email).toBe(localEmail.replace('@local.tend', '-2@local.tend'));
    expect(owner.password_hash.startsWith('local$')).toBe(true);
    expect(squatterGrants).toBe(0);
    // And the next command finds that same local account again.
    expect(tend(['import', csv, '--subject', 'Ann', '--format', 'tend-csv', '--json']).status).toBe(0);
    const c2 = new Database(db, { readonly: true });
    expect(c2.prepare(`SELECT COUNT(*) FROM users WHERE email LIKE '%@local.tend'`).pluck().get()).toBe(2);
    c2.close();
  }, 240_000);
});
