import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for';

/** `tend backup` and `tend restore` as a person runs them: processes on a real SQLite file. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-backup-'));
  db = join(dir, 'tend.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function importReadings(n: number, startHour: number): void {
  const csv = join(dir, `r${startHour}.csv`);
  const lines = ['time,metric,value,unit'];
  for (let i = 0; i < n; i++) lines.push(`2026-11-0${1 + Math.floor(startHour / 24)}T${String(startHour % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z,glucose,${100 + i},mg/dL`);
  writeFileSync(csv, lines.join('\n') + '\n');
  const r = tend(db, 'import', csv, '--subject', 'Pat', '--format', 'tend-csv', '--json');
  expect(r.status, r.stderr).toBe(0);
}
const readingCount = (): number => {
  const r = tend(db, 'metrics', '--subject', 'Pat', '--json');
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { n: number }).n;
};

describe('tend backup / tend restore', () => {
  it('backs up beside the database by default, restores a chosen backup keeping the replaced database, and prints one JSON document', () => {
    importReadings(30, 8);
    const auto = tend(db, 'backup', '--json');
    expect(auto.status, auto.stderr).toBe(0);
    const made = JSON.parse(auto.stdout) as { path: string; subjects: number; observations: number; bytes: number };
    expect(made).toMatchObject({ subjects: 1, observations: 30 });
    expect(made.path.startsWith(join(dir, 'backups', 'tend-'))).toBe(true);
    expect(existsSync(made.path)).toBe(true);

    const chosen = join(dir, 'before-holiday.db');
    expect(tend(db, 'backup', '--out', chosen).status).toBe(0);
    const again = tend(db, 'backup', '--out', chosen);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/before-holiday\.db: already exists; a backup never overwrites a file/);

    importReadings(20, 9);
    expect(readingCount()).toBe(50);
    const r = tend(db, 'restore', chosen, '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { restored: string; from: string; previous: string; observations: number };
    expect(out).toMatchObject({ restored: db, from: chosen, observations: 30 });
    expect(readingCount()).toBe(30);
    // Nothing is lost by a restore: the replaced database is kept and still opens.
    const back = spawnSync(process.execPath, [TEND, '--db', out.previous, 'metrics', '--subject', 'Pat', '--json'], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' } });
    expect((JSON.parse(back.stdout) as { n: number }).n).toBe(50);
  });

  it('exits 2 naming the file for what is not a backup and for a missing folder, and leaves the database as it was', () => {
    importReadings(10, 8);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a backup');
    const r = tend(db, 'restore', notes);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/notes\.txt: not a Tend backup/);
    const missing = tend(db, 'backup', '--out', join(dir, 'nowhere', 'x.db'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--out .*nowhere.*does not exist/);
    expect(readingCount()).toBe(10);
    expect(readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false);
  });

  it('refuses to restore under a running hub, which makes its own backup at start into --backup-dir', async () => {
    importReadings(5, 8);
    const folder = join(dir, 'nightly');
    expect(tend(db, 'hub', '--port', '0', '--backup-keep', '0').stderr).toMatch(/--backup-keep 0: a whole number from 1 to 365/);
    const child = spawn(process.execPath, [TEND, '--db', db, 'hub', '--port', '0', '--backup-dir', folder], { env: { ...process.env, TEND_LOG: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d) => {
          err += String(d);
          if (/listening on/.test(err) && /backing up to .*nightly every 24 h, keeping 7/.test(err)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`hub exited ${code}: ${err}`)));
      });
      const made = await waitFor("the hub's first automatic backup", () => readdirSync(folder).find((f) => /^tend-.*\.db$/.test(f)), { timeoutMs: 30_000, intervalMs: 100 });
      const r = tend(db, 'restore', join(folder, made));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Tend is running on .*tend\.db .*close the app or stop the hub first/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    // Stopped cleanly: now it may.
    const [made] = readdirSync(folder).filter((f) => /^tend-.*\.db$/.test(f));
    expect(tend(db, 'restore', join(folder, made!)).status).toBe(0);
  });
});
