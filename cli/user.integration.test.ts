import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';

/** `tend user list` / `reset-password` as processes on a real database, checked by signing in. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
let dir: string;
let db: string;
const tend = (args: string[], input?: string) =>
  spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', input, env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-user-'));
  db = join(dir, 'tend.db');
  const core = createCore({ db: openDatabase(db) });
  await core.auth.register({ email: 'nurse@example.org', password: 'forgotten password', name: 'Nurse' });
  const local = core.auth.ensureLocalUser('kiosk');
  core.subjects.create({ user: local, clientKey: 'cli', transport: 'cli' }, { name: 'Bed 1', kind: 'general' });
  core.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const canSignIn = async (password: string) => {
  const core = createCore({ db: openDatabase(db) });
  try {
    await core.auth.login({ email: 'nurse@example.org', password }, `probe-${Math.random()}`);
    return true;
  } catch {
    return false;
  } finally {
    core.close();
  }
};

describe('tend user', () => {
  it('lists the accounts with how many people each may see', () => {
    const r = tend(['user', 'list', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ email: string; people: number; desktop: boolean }>;
    expect(list.map((u) => [u.email, u.people, u.desktop]).sort()).toEqual([
      ['kiosk@local.tend', 1, true],
      ['nurse@example.org', 0, false],
    ]);
  });

  it('resets a password from stdin or makes one up and prints it once; the old one stops working', async () => {
    const fromStdin = tend(['user', 'reset-password', 'nurse@example.org', '--password-stdin'], 'a password typed in\n');
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toBe('');
    expect(await canSignIn('forgotten password')).toBe(false);
    expect(await canSignIn('a password typed in')).toBe(true);

    const made = tend(['user', 'reset-password', 'nurse@example.org', '--json']);
    expect(made.status, made.stderr).toBe(0);
    const { password } = JSON.parse(made.stdout) as { password: string };
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await canSignIn(password)).toBe(true);
    expect(await canSignIn('a password typed in')).toBe(false);
  });

  it('exits 2 naming what is wrong: an unknown account, the desktop account, a short password', () => {
    const unknown = tend(['user', 'reset-password', 'nobody@example.org']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no account nobody@example.org on this install/);
    expect(tend(['user', 'reset-password', 'kiosk@local.tend']).stderr).toMatch(/desktop's own account/);
    const short = tend(['user', 'reset-password', 'nurse@example.org', '--password-stdin'], 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 8 characters/);
  });
});
