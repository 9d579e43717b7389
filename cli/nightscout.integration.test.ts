import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';
import { startHub } from '../host/start';
import { xdrip } from '../host/nightscout-fixtures';

/** `tend nightscout` as a process on a real database; the secret it prints is then used against a real hub. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
let dir: string;
let db: string;
const tend = (args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-ns-'));
  db = join(dir, 'tend.db');
  const core = createCore({ db: openDatabase(db) });
  const user = await core.auth.register({ email: 'carer@example.org', password: 'correct horse battery', name: 'Carer' });
  core.subjects.create({ user, clientKey: 'cli', transport: 'cli' }, { name: 'Ada', kind: 'diabetes' });
  core.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tend nightscout', () => {
  it('prints the person’s uploader secret and URL, the same until rotated, and the secret works on the hub', async () => {
    const first = tend(['nightscout', '--subject', 'Ada', '--json']);
    expect(first.status, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as { url: string; api_secret: string };
    expect(Object.keys(a).sort()).toEqual(['api_secret', 'url']);
    expect(a.api_secret.length).toBeGreaterThanOrEqual(12);
    expect(a.url).toBe('http://127.0.0.1:4477');
    expect(JSON.parse(tend(['nightscout', '--subject', 'Ada', '--json']).stdout).api_secret).toBe(a.api_secret);

    const rotated = JSON.parse(tend(['nightscout', '--subject', 'Ada', '--rotate', '--json', '--url', 'http://192.168.1.20:4477/']).stdout) as { url: string; api_secret: string };
    expect(rotated.api_secret).not.toBe(a.api_secret);
    expect(rotated.url).toBe('http://192.168.1.20:4477');

    const core = createCore({ db: openDatabase(db) });
    const hub = await startHub({ core, port: 0, alertTimer: false });
    try {
      const post = (secret: string) =>
        fetch(`${hub.url}/api/v1/entries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'api-secret': createHash('sha1').update(secret).digest('hex') },
          body: JSON.stringify([xdrip.sgv(Date.now() - 60_000, 123)]),
        });
      expect((await post(a.api_secret)).status).toBe(401);
      expect((await post(rotated.api_secret)).status).toBe(200);
      // Where the hub listened is what the command prints next.
      expect(JSON.parse(tend(['nightscout', '--subject', 'Ada', '--json']).stdout).url).toBe(hub.url);
    } finally {
      await hub.close();
      core.close();
    }
  }, 120_000);

  it('exits 2 naming an unknown person or a bad --url', () => {
    const unknown = tend(['nightscout', '--subject', 'Nobody', '--json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--subject Nobody: no such subject/);
    expect(unknown.stdout).toBe('');
    const bad = tend(['nightscout', '--subject', 'Ada', '--url', 'phone', '--json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--url phone/);
  }, 60_000);
});
