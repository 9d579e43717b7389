import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { FakeDexcomShare, FakeLibreLinkUp, FakeNightscout, trace } from '../core/followers/fake-servers';
import { SHARE_PATHS } from '../core/followers/dexcom-share';

/**
 * `tend follow` as a process against local servers speaking Dexcom Share's,
 * LibreLinkUp's and Nightscout's own protocols. The servers run in this process, so the
 * CLI is spawned asynchronously (a blocking spawn would leave them unable to answer).
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const MIN = 60_000;
let dir: string;
let db: string;

function tend(args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [TEND, '--db', db, ...args], { env: { ...process.env, TEND_LOG: 'warn' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input);
  });
}

function stored(subject: string): { followers: number; glucose: number; distinctTimes: number } {
  const d = openDatabase(db);
  try {
    const c = d.$client;
    const id = c.prepare(`SELECT id FROM subjects WHERE name = ?`).pluck().get(subject) as string | undefined;
    if (!id) return { followers: 0, glucose: 0, distinctTimes: 0 };
    return {
      followers: c.prepare(`SELECT COUNT(*) FROM followers WHERE subject_id = ?`).pluck().get(id) as number,
      glucose: c.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'glucose'`).pluck().get(id) as number,
      distinctTimes: c.prepare(`SELECT COUNT(DISTINCT t) FROM observations WHERE subject_id = ? AND metric = 'glucose'`).pluck().get(id) as number,
    };
  } finally {
    d.$client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-follow-'));
  db = join(dir, 'tend.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tend follow dexcom-share', () => {
  let share: FakeDexcomShare;
  beforeAll(async () => {
    share = await new FakeDexcomShare('ada.mum', 'correct-horse').start();
    // The phone uploaded for 30 hours, then went quiet 2 hours ago.
    share.dataFrom = Date.now() - 30 * 60 * MIN;
    share.dataTo = Date.now() - 120 * MIN;
  });
  afterAll(() => share.close());

  it('refuses a wrong password with a clear message and stores nothing', async () => {
    const r = await tend(['follow', 'dexcom-share', '--subject', 'Ada', '--username', 'ada.mum', '--password-stdin', '--server', share.url, '--once', '--json'], 'wrong\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--password-stdin: Dexcom Share refused the user name or password \(AccountPasswordInvalid\); nothing was stored/);
    expect(r.stdout).toBe('');
    expect(stored('Ada')).toMatchObject({ followers: 0, glucose: 0 });
  }, 60_000);

  it('imports the last 24 hours, then back-fills a gap, re-reading nothing twice, and waits out a 429', async () => {
    const first = await tend(['follow', 'dexcom-share', '--subject', 'Ada', '--username', 'ada.mum', '--password-stdin', '--server', share.url, '--once', '--json'], 'correct-horse\n');
    expect(first.status, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as { imported: number };
    // Share keeps 24 hours: what is older than that (the first 6 of the 30 hours) is out of reach.
    expect(a.imported).toBeGreaterThanOrEqual(22 * 12 - 1);
    expect(a.imported).toBeLessThanOrEqual(22 * 12 + 1);
    const firstRead = share.requests.filter((q) => q.path === SHARE_PATHS.latest).at(-1)!;
    expect(firstRead.query.get('minutes')).toBe('1440');
    expect(firstRead.query.get('maxCount')).toBe('288');
    expect(stored('Ada')).toEqual({ followers: 1, glucose: a.imported, distinctTimes: a.imported });

    // The phone is back and uploads the 2 hours it missed; the stored follower (no password this time) fetches only those.
    const quietFrom = share.dataTo!;
    share.dataTo = null;
    const gap = await tend(['follow', 'dexcom-share', '--subject', 'Ada', '--once', '--json']);
    expect(gap.status, gap.stderr).toBe(0);
    const b = JSON.parse(gap.stdout) as { imported: number };
    const missed = trace(quietFrom + 1, Date.now()).length;
    expect(b.imported).toBeGreaterThanOrEqual(missed - 2);
    expect(b.imported).toBeLessThanOrEqual(missed + 1);
    const gapRead = share.requests.filter((q) => q.path === SHARE_PATHS.latest).at(-1)!;
    expect(Number(gapRead.query.get('minutes'))).toBeGreaterThanOrEqual(120);
    expect(Number(gapRead.query.get('minutes'))).toBeLessThan(1440);
    const after = stored('Ada');
    expect(after.glucose).toBe(a.imported + b.imported);
    expect(after.distinctTimes).toBe(after.glucose);

    // Share says "slow down" for 1 s: the command waits that long, asks again, and succeeds.
    share.rateLimit = { n: 1, retryAfterS: 1 };
    const before = share.requests.length;
    const slowed = await tend(['follow', 'dexcom-share', '--subject', 'Ada', '--once', '--json']);
    expect(slowed.status, slowed.stderr).toBe(0);
    expect(slowed.stderr).toMatch(/HTTP 429, retry after 1 s/);
    const asked = share.requests.slice(before);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    // The retry came at least the asked second after the refused request.
    expect(asked.at(-1)!.at - asked[0]!.at).toBeGreaterThanOrEqual(950);
    expect(stored('Ada').distinctTimes).toBe(stored('Ada').glucose);
  }, 300_000);
});

describe('tend follow librelinkup', () => {
  let llu: FakeLibreLinkUp;
  beforeAll(async () => {
    llu = await new FakeLibreLinkUp('carer@example.org', 'libre-pass').start();
    llu.dataFrom = Date.now() - 20 * 60 * MIN;
  });
  afterAll(() => llu.close());

  it('refuses a wrong password (LibreLinkUp status 2) and stores nothing, then imports the 12 hours the graph holds', async () => {
    const bad = await tend(['follow', 'librelinkup', '--subject', 'Ben', '--username', 'carer@example.org', '--password-stdin', '--server', llu.url, '--once', '--json'], 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/LibreLinkUp refused the e-mail or password; nothing was stored/);
    expect(stored('Ben')).toMatchObject({ followers: 0, glucose: 0 });

    const ok = await tend(['follow', 'librelinkup', '--subject', 'Ben', '--username', 'carer@example.org', '--password-stdin', '--server', llu.url, '--once', '--json'], 'libre-pass\n');
    expect(ok.status, ok.stderr).toBe(0);
    const n = (JSON.parse(ok.stdout) as { imported: number }).imported;
    expect(n).toBeGreaterThanOrEqual(12 * 12 - 1);
    expect(n).toBeLessThanOrEqual(12 * 12 + 1);
    expect(stored('Ben')).toEqual({ followers: 1, glucose: n, distinctTimes: n });
    // The real headers went with every request after the sign-in.
    const graph = llu.requests.find((q) => q.path.endsWith('/graph'))!;
    expect(graph.headers.product).toBe('llu.android');
    expect(graph.headers['account-id']).toMatch(/^[0-9a-f]{64}$/);
  }, 300_000);
});

/** A `tend` process left running: its output so far, and a way to stop it. */
function tendRunning(args: string[], input = '') {
  const p = spawn(process.execPath, [TEND, '--db', db, ...args], { env: { ...process.env, TEND_LOG: 'warn' } });
  const out = { stdout: '', stderr: '' };
  p.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  p.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => p.on('close', (status, signal) => resolve({ status, signal })));
  p.stdin.end(input);
  return { p, out, exited };
}

async function waitFor(what: string, ok: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('tend follow nightscout', () => {
  let ns: FakeNightscout;
  beforeAll(async () => {
    ns = await new FakeNightscout('site-secret-123').start();
    ns.dataFrom = Date.now() - 3 * 60 * MIN;
  });
  afterAll(() => ns.close());

  it('needs --server, refuses a wrong API secret, and imports with the right one', async () => {
    const noServer = await tend(['follow', 'nightscout', '--subject', 'Cy', '--password-stdin', '--once', '--json'], 'site-secret-123');
    expect(noServer.status).toBe(2);
    expect(noServer.stderr).toMatch(/--server: following a Nightscout site needs its address/);

    const bad = await tend(['follow', 'nightscout', '--subject', 'Cy', '--password-stdin', '--server', ns.url, '--once', '--json'], 'not-the-secret');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/refused the API secret/);
    expect(stored('Cy')).toMatchObject({ followers: 0, glucose: 0 });

    const ok = await tend(['follow', 'nightscout', '--subject', 'Cy', '--password-stdin', '--server', `${ns.url}/`, '--once', '--json'], 'site-secret-123\n');
    expect(ok.status, ok.stderr).toBe(0);
    const n = (JSON.parse(ok.stdout) as { imported: number }).imported;
    expect(n).toBeGreaterThanOrEqual(3 * 12 - 1);
    expect(stored('Cy')).toEqual({ followers: 1, glucose: n, distinctTimes: n });
    const again = await tend(['follow', 'nightscout', '--subject', 'Cy', '--once', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ imported: expect.any(Number) as number });
    // Asked only for what came after the newest stored reading.
    expect(Number(ns.requests.at(-1)!.query.get('find[date][$gt]'))).toBeGreaterThan(Date.now() - 10 * MIN);
    expect(stored('Cy').distinctTimes).toBe(stored('Cy').glucose);
  }, 300_000);
});

describe('tend follow without --once (the foreground loop)', () => {
  let ns: FakeNightscout;
  beforeAll(async () => {
    ns = await new FakeNightscout('loop-secret-456').start();
    ns.dataFrom = Date.now() - 60 * MIN;
  });
  afterAll(() => ns.close());

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`keeps following after its first poll, then stops on ${signal} closing the database cleanly`, async () => {
      const name = `Loop ${signal}`;
      const run = tendRunning(['follow', 'nightscout', '--subject', name, '--password-stdin', '--server', ns.url, '--json'], 'loop-secret-456');
      await waitFor('the first JSON line', () => run.out.stdout.includes('\n') || run.p.exitCode !== null);
      expect(run.p.exitCode, run.out.stderr).toBeNull();
      const first = JSON.parse(run.out.stdout.split('\n')[0]!) as { imported: number };
      expect(first.imported).toBeGreaterThanOrEqual(11);
      // Still running: it waits for the next poll rather than exiting.
      await new Promise((r) => setTimeout(r, 1500));
      expect(run.p.exitCode).toBeNull();

      run.p.kill(signal);
      const end = await run.exited;
      expect(end, run.out.stderr).toEqual({ status: 0, signal: null });
      expect(stored(name)).toEqual({ followers: 1, glucose: first.imported, distinctTimes: first.imported });
      // Closed cleanly: no open-connection marker left behind (one would force an integrity check at the next start).
      const d = openDatabase(db);
      try {
        expect(d.$client.prepare(`SELECT COUNT(*) FROM kv WHERE key LIKE ?`).pluck().get(`db.open:${run.p.pid}@%`)).toBe(0);
      } finally {
        d.$client.close();
      }
    }, 300_000);
  }
});
