import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../core/app';
import { startDexcomMock } from '../core/dexcom/mock/server';
import type { DexcomMock } from '../core/dexcom/mock/server';
import { openDatabase } from '../db/open';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const EGVS = '/v3/users/self/egvs';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tend` as a child process without blocking this process's event loop: the mock
 * Dexcom server lives here and must keep answering while the CLI talks to it.
 */
function tend(db: string, args: string[], env: Record<string, string>, onStderr?: (chunk: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TEND, '--db', db, ...args], { env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(d.toString());
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

let mock: DexcomMock | null = null;
let dir: string | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('tend dexcom against the mock Dexcom server', () => {
  it('stores credentials encrypted, connects through the loopback sign-in, syncs 90 days once, resumes after a failure and raises no live alerts', async () => {
    mock = await startDexcomMock({ seed: 5, days: 90, end: Date.parse('2025-04-01T00:00:00Z') });
    dir = mkdtempSync(join(tmpdir(), 'tend-dexcom-cli-'));
    const db = join(dir, 'tend.db');
    const env = { TEND_DEXCOM_BASE_URL: mock.baseUrl, TEND_DEXCOM_CLIENT_SECRET: mock.clientSecret };

    // ---- the user's own developer app, kept sealed in the database.
    const cred = await tend(db, ['dexcom', 'credentials', '--subject', 'Ann', '--client-id', mock.clientId, '--region', 'sandbox', '--json'], env);
    expect(cred.status, cred.stderr).toBe(0);
    expect(JSON.parse(cred.stdout)).toMatchObject({ configured: true, connected: false, region: 'sandbox' });

    // A glucose threshold, so that a live reading below 70 would raise an alert.
    {
      const core = createCore({ db: openDatabase(db) });
      const id = core.deps.db.$client.prepare(`SELECT id FROM subjects WHERE name = 'Ann'`).pluck().get() as string;
      core.alerts.store.replaceThresholds(id, [{ metric: 'glucose', min: 70, priority: 'high' }]);
      core.close();
    }

    // ---- connect: the CLI prints the sign-in URL; this test plays the browser.
    let opened = false;
    const connecting = tend(db, ['dexcom', 'connect', '--subject', 'Ann', '--no-browser', '--timeout', '30', '--json'], env, (chunk) => {
      const url = /https?:\/\/\S+\/v2\/oauth2\/login\S*/.exec(chunk)?.[0];
      if (url && !opened) {
        opened = true;
        // The mock "signs in" at once and redirects to the CLI's loopback listener.
        void fetch(url).then((r) => r.text());
      }
    });
    const connected = await connecting;
    expect(connected.status, connected.stderr).toBe(0);
    expect(opened).toBe(true);
    expect(JSON.parse(connected.stdout)).toMatchObject({ connected: true, connecting: null });
    const exchange = mock.requests.filter((r) => r.path === '/v2/oauth2/token');
    expect(exchange).toEqual([expect.objectContaining({ status: 200, grantType: 'authorization_code', codeVerifier: true, clientSecretOk: true })]);

    // ---- first sync: a token expiry (refreshed), then a 400 on the 3rd EGV window stops it.
    mock.inject({ path: EGVS, nth: 1, action: { type: 'expire-tokens' } });
    mock.inject({ path: EGVS, nth: 4, action: { type: 'status', status: 400 } });
    const failed = await tend(db, ['dexcom', 'sync', '--subject', 'Ann', '--json'], env);
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toBe('');
    const egvStatuses = () => mock!.requests.filter((r) => r.path === EGVS).map((r) => r.status);
    expect(egvStatuses()).toEqual([401, 200, 200, 400]);

    // ---- the restart resumes at the third window: windows 1 and 2 are not fetched again.
    const resumed = await tend(db, ['dexcom', 'sync', '--subject', 'Ann', '--json'], env);
    expect(resumed.status, resumed.stderr).toBe(0);
    const egvWindows = mock.requests.filter((r) => r.path === EGVS && r.status === 200).map((r) => r.query.startDate);
    // Three distinct 30-day windows (worked out from the mock's 90 days starting 2025-01-01T00:00:27Z), each fetched once.
    expect(egvWindows).toEqual(['2025-01-01T00:00:27', '2025-01-31T00:00:27', '2025-03-02T00:00:27']);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.duplicates).toBe(0);

    const withValue = mock.visible('egvs').filter((h) => (h.record as unknown as { value: number | null }).value !== null);
    const lows = withValue.filter((h) => (h.record as unknown as { value: number }).value < 70).length;
    expect(lows).toBeGreaterThan(0);

    // ---- a second sync right away finds nothing new.
    const again = await tend(db, ['dexcom', 'sync', '--subject', 'Ann', '--json'], env);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ readings: 0, events: 0 });

    const status = await tend(db, ['dexcom', 'status', '--subject', 'Ann', '--json'], env);
    const s = JSON.parse(status.stdout);
    expect(s).toMatchObject({ configured: true, connected: true, syncing: false, last_error: null });
    expect(s.last_sync_at).not.toBeNull();
    expect(s.notice).toMatch(/1–3 hours/);

    // ---- what was stored: every EGV with a value exactly once, no alerts, nothing readable at rest.
    const core = createCore({ db: openDatabase(db) });
    try {
      const c = core.deps.db.$client;
      const ids = c.prepare(`SELECT id FROM observations WHERE metric = 'glucose'`).pluck().all() as string[];
      expect(new Set(ids)).toEqual(new Set(withValue.map((h) => `dexcom:egv:${h.record.recordId}`)));
      expect(c.prepare(`SELECT COUNT(*) FROM alerts`).pluck().get()).toBe(0);
      const device = c.prepare(`SELECT transport, last_seen_at FROM devices`).get() as { transport: string; last_seen_at: number | null };
      expect(device.transport).toBe('dexcom');
      expect(device.last_seen_at).not.toBeNull();
      const kv = (c.prepare(`SELECT key || ' ' || value FROM kv`).pluck().all() as string[]).join('\n');
      expect(kv).toContain('dexcom.credentials');
      expect(kv).not.toContain(mock.clientSecret);
      expect(kv).not.toContain(mock.clientId);
      const cursors = c.prepare(`SELECT kind, walk_to FROM dexcom_sync ORDER BY kind`).all() as Array<{ kind: string; walk_to: string | null }>;
      expect(cursors.map((r) => r.kind)).toEqual(['alerts', 'calibrations', 'egvs', 'events']);
      expect(cursors.every((r) => r.walk_to === null)).toBe(true);
    } finally {
      core.close();
    }
    if (process.platform !== 'win32') expect(statSync(join(dir, 'tend-secrets.key')).mode & 0o777).toBe(0o600);

    // ---- disconnect forgets the tokens; a sync then says to connect first (exit 2).
    expect((await tend(db, ['dexcom', 'disconnect', '--subject', 'Ann'], env)).status).toBe(0);
    const after = await tend(db, ['dexcom', 'sync', '--subject', 'Ann'], env);
    expect(after.status).toBe(2);
    expect(after.stderr).toMatch(/not connected/);
  }, 90_000);
});
