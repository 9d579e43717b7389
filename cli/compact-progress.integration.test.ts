import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { databaseOfLayout0020 } from '../db/testing';

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
    const file = join(dir, 'tend.db');
    const before = databaseOfLayout0020(file, dir, 12_000, T0);

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
