import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', ...env }, timeout: 60_000 });

describe('tend CLI', () => {
  it('exits 2 with usage for an unknown command', () => {
    const r = run(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming the folder when --db points into a folder that does not exist', () => {
    const r = run(['--db', '/nonexistent/dir/x.db', 'hub']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('tend: database folder does not exist: /nonexistent/dir');
  });

  it('exits 2 on a corrupt database file and does not overwrite it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tend-cli-')), 'bad.db');
    writeFileSync(file, 'not a database at all');
    const r = run(['--db', file, 'hub', '--port', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a Tend database/);
    expect(readFileSync(file, 'utf8')).toBe('not a database at all');
  });

  it('takes the database from TEND_DB and serves health and the app from `tend hub`', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tend-cli-')), 'x.db');
    const child = spawn(process.execPath, [TEND, 'hub', '--port', '0'], { env: { ...process.env, TEND_DB: file }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d) => {
          err += String(d);
          const m = /listening on (http:\/\/\S+)/.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`hub exited ${code}: ${err}`)));
      });
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', db: 'ok' });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
