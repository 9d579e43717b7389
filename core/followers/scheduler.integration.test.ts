import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { SHARE_PATHS } from './dexcom-share';
import { FakeDexcomShare, FakeLibreLinkUp, FakeNightscout } from './fake-servers';
import { followScheduler } from './scheduler';
import { CREDENTIALS_RETRY_MS, RETRY_BASE_MS, followerService } from './service';

/**
 * The hub's follower scheduler on a manual clock, against local servers speaking Dexcom
 * Share's and LibreLinkUp's protocols (their "now" is the same clock): expired sessions,
 * 429 with Retry-After, an outage with back-off, the 'follower stopped' alert, and the
 * back-fill of the gap when the service answers again.
 */
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 12);

let dir: string;
let clock: ManualClock;
let core: Core;
let ctx: CallContext;
let subjectId: string;
let events: ServerEvent[];
const servers: Array<{ close(): Promise<void> }> = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-follow-'));
  clock = new ManualClock(T0);
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
  const user = await core.auth.register({ email: 'mum@example.org', password: 'correct horse battery', name: 'Mum' });
  ctx = { user, clientKey: 'test', transport: 'memory' };
  subjectId = core.subjects.create(ctx, { name: 'Ada', kind: 'diabetes' }).id;
  events = [];
  core.deps.bus.subscribe((e) => events.push(e));
});
afterEach(async () => {
  await followScheduler(core).settle();
  core.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

const glucose = () =>
  core.deps.db.$client.prepare(`SELECT t FROM observations WHERE subject_id = ? AND metric = 'glucose' ORDER BY t`).pluck().all(subjectId) as number[];
const status = () => followerService(core).list(subjectId)[0]!;
const openStopped = () => core.deps.db.$client.prepare(`SELECT COUNT(*) FROM alerts WHERE subject_id = ? AND kind = 'follower_stopped' AND resolved_at IS NULL`).pluck().get(subjectId) as number;

async function startShare(): Promise<FakeDexcomShare> {
  const share = await new FakeDexcomShare('ada.mum', 'correct-horse').start();
  servers.push(share);
  share.now = () => clock.now();
  share.dataFrom = T0 - 48 * 60 * MIN;
  return share;
}

describe('following Dexcom Share from the hub', () => {
  it('logs in again once when the session expired, keeps the password sealed, and lets only a manager set it up', async () => {
    const share = await startShare();
    const viewer = await core.auth.register({ email: 'grandpa@example.org', password: 'correct horse battery', name: 'Grandpa' });
    core.subjects.grant(ctx, subjectId, viewer.email, 'viewer');
    const cfg = { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: 'correct-horse', server: share.url } as const;
    await expect(core.call('followers.configure', cfg, { user: viewer, clientKey: 'test', transport: 'memory' })).rejects.toMatchObject({ code: 'forbidden' });

    const first = await core.call('followers.configure', cfg, ctx);
    // 24 hours of 5-minute readings, all Share keeps.
    expect(first.imported).toBe(288);
    expect(first.follower).toMatchObject({ service: 'dexcom-share', username: 'ada.mum', last_error: null, last_reading_at: new Date(T0).toISOString(), next_poll_at: new Date(T0 + 5 * MIN).toISOString() });
    expect(events.some((e) => e.type === 'observation.added' && e.subject_id === subjectId)).toBe(true);
    const row = core.deps.db.$client.prepare(`SELECT * FROM followers WHERE subject_id = ?`).get(subjectId);
    expect(JSON.stringify(row)).not.toContain('correct-horse');
    expect(JSON.stringify(await core.call('followers.list', { subject_id: subjectId }, ctx))).not.toContain('correct-horse');

    const scheduler = followScheduler(core);
    expect(await scheduler.runDue()).toBe(0);
    clock.advance(5 * MIN);
    share.expireSessions();
    const logins = share.count(SHARE_PATHS.login);
    expect(await scheduler.runDue()).toBe(1);
    expect(share.count(SHARE_PATHS.login)).toBe(logins + 1);
    expect(status()).toMatchObject({ last_error: null, last_reading_at: new Date(T0 + 5 * MIN).toISOString() });
    expect(glucose()).toHaveLength(289);
    // The next poll reuses the new session: no sign-in.
    clock.advance(5 * MIN);
    await scheduler.runDue();
    expect(share.count(SHARE_PATHS.login)).toBe(logins + 1);
    expect(glucose()).toHaveLength(290);
  }, 60_000);

  it('honours Retry-After, backs off exponentially while Share is down, raises "follower stopped" past the stale limit, and back-fills the gap on recovery', async () => {
    const share = await startShare();
    await core.call('followers.configure', { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: 'correct-horse', server: share.url }, ctx);
    const scheduler = followScheduler(core);

    // 429 asking for 10 minutes: no poll before then, whatever the 30 s back-off would say.
    clock.advance(5 * MIN);
    share.rateLimit = { n: 1, retryAfterS: 600 };
    await scheduler.runDue();
    expect(status().last_error).toMatch(/HTTP 429, retry after 600 s/);
    expect(Date.parse(status().next_poll_at!)).toBe(clock.now() + 600_000);
    const asked = share.requests.length;
    clock.advance(5 * MIN);
    expect(await scheduler.runDue()).toBe(0);
    expect(share.requests.length).toBe(asked);
    clock.advance(5 * MIN);
    expect(await scheduler.runDue()).toBe(1);
    expect(status().last_error).toBeNull();
    expect(glucose().at(-1)).toBe(clock.now());

    // Share goes down. Polls back off 30 s, 1 min, 2 min, 4 min, 8 min …
    share.down = 503;
    const downAt = clock.now() + 5 * MIN;
    clock.set(downAt);
    const waits: number[] = [];
    for (let m = 0; m <= 40; m++) {
      clock.set(downAt + m * MIN);
      if ((await scheduler.runDue()) === 1) waits.push(Date.parse(status().next_poll_at!) - clock.now());
      core.alerts.tick();
      // The person's stale limit: 15 minutes (signal_loss_warn_min).
      expect(openStopped(), `minute ${m}`).toBe(m >= 15 ? 1 : 0);
    }
    expect(waits.slice(0, 5)).toEqual([RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS, 16 * RETRY_BASE_MS]);
    expect(status()).toMatchObject({ failing_since: new Date(downAt).toISOString() });
    expect(status().last_error).toMatch(/Dexcom Share .* failed \(HTTP 503/);
    const alert = core.deps.db.$client.prepare(`SELECT message, priority FROM alerts WHERE subject_id = ? AND kind = 'follower_stopped'`).get(subjectId) as { message: string; priority: string };
    expect(alert.priority).toBe('medium');
    expect(alert.message).toMatch(/Following Dexcom Share has failed for 15 minutes/);

    // Share is back: the next due poll fetches everything uploaded meanwhile; the alert ends.
    share.down = null;
    clock.set(Date.parse(status().next_poll_at!));
    await scheduler.runDue();
    expect(status().last_error).toBeNull();
    core.alerts.tick();
    expect(openStopped()).toBe(0);
    const ts = glucose();
    // No hole and nothing twice: one reading every 5 minutes from 24 h before the start to now.
    expect(new Set(ts).size).toBe(ts.length);
    expect(ts.every((t, i) => i === 0 || t - ts[i - 1]! === 5 * MIN)).toBe(true);
    expect(ts.at(-1)).toBe(Math.floor(clock.now() / (5 * MIN)) * 5 * MIN);
  }, 60_000);
});

describe('a follower set up while the service is down', () => {
  it('is stored with the error (only a refused password stores nothing), alerts past the stale limit, and removing it ends the alert', async () => {
    const share = await startShare();
    share.down = 502;
    const r = await core.call('followers.configure', { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: 'correct-horse', server: share.url }, ctx);
    expect(r.imported).toBe(0);
    expect(r.follower).toMatchObject({ last_error: expect.stringMatching(/HTTP 502/) as string, failing_since: new Date(T0).toISOString(), next_poll_at: new Date(T0 + RETRY_BASE_MS).toISOString() });
    for (let m = 1; m <= 16; m++) {
      clock.set(T0 + m * MIN);
      await followScheduler(core).runDue();
      core.alerts.tick();
    }
    expect(openStopped()).toBe(1);
    await core.call('followers.remove', { subject_id: subjectId, service: 'dexcom-share' }, ctx);
    expect(await core.call('followers.list', { subject_id: subjectId }, ctx)).toEqual({ items: [] });
    core.alerts.tick();
    expect(openStopped()).toBe(0);
    await expect(core.call('followers.poll', { subject_id: subjectId, service: 'dexcom-share' }, ctx)).rejects.toMatchObject({ code: 'not_found' });
  }, 60_000);
});

describe('a password changed after the follower was set up', () => {
  it('is not tried again for hours (repeated failed sign-ins lock a Dexcom account), and says so', async () => {
    const share = await startShare();
    await core.call('followers.configure', { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: 'correct-horse', server: share.url }, ctx);
    share.password = 'changed-in-the-app';
    share.expireSessions();
    clock.advance(5 * MIN);
    await followScheduler(core).runDue();
    expect(status().last_error).toBe('Dexcom Share refused the user name or password (AccountPasswordInvalid)');
    expect(Date.parse(status().next_poll_at!)).toBe(clock.now() + CREDENTIALS_RETRY_MS);
    const signIns = share.count(SHARE_PATHS.authenticate);
    for (let m = 1; m <= 60; m++) {
      clock.advance(MIN);
      await followScheduler(core).runDue();
    }
    expect(share.count(SHARE_PATHS.authenticate)).toBe(signIns);
    core.alerts.tick();
    expect(openStopped()).toBe(1);
  }, 60_000);
});

describe('following LibreLinkUp from the hub', () => {
  it('follows the region redirect, logs in again when the token expired, and honours a 429', async () => {
    const global = await new FakeLibreLinkUp('carer@example.org', 'libre-pass').start();
    const eu = await new FakeLibreLinkUp('carer@example.org', 'libre-pass').start();
    servers.push(global, eu);
    for (const s of [global, eu]) {
      s.now = () => clock.now();
      s.dataFrom = T0 - 24 * 60 * MIN;
    }
    global.redirectRegion = 'eu';
    followerService(core, { lluRegionServer: (r) => (r === 'eu' ? eu.url : 'http://127.0.0.1:9') });

    const first = await core.call('followers.configure', { subject_id: subjectId, service: 'librelinkup', username: 'carer@example.org', password: 'libre-pass', server: global.url }, ctx);
    // The graph holds 12 hours.
    expect(first.imported).toBe(144);
    expect(global.count('/llu/auth/login')).toBe(1);
    expect(eu.count('/llu/auth/login')).toBe(1);
    const arrow = core.deps.db.$client.prepare(`SELECT direction FROM nightscout_entries WHERE subject_id = ? AND direction IS NOT NULL`).pluck().all(subjectId);
    expect(arrow).toEqual(['Flat']);

    const scheduler = followScheduler(core);
    clock.advance(5 * MIN);
    eu.expireSessions();
    await scheduler.runDue();
    expect(status()).toMatchObject({ last_error: null, last_reading_at: new Date(clock.now()).toISOString() });
    expect(eu.count('/llu/auth/login')).toBe(2);
    expect(global.count('/llu/auth/login')).toBe(1);

    clock.advance(5 * MIN);
    eu.rateLimit = { n: 1, retryAfterS: 120 };
    await scheduler.runDue();
    expect(status().last_error).toMatch(/LibreLinkUp asked to slow down \(HTTP 429, retry after 120 s\)/);
    expect(Date.parse(status().next_poll_at!)).toBe(clock.now() + 120_000);
    clock.advance(2 * MIN);
    await scheduler.runDue();
    expect(status().last_error).toBeNull();
    expect(glucose()).toHaveLength(146);
  }, 60_000);
});

describe('a LibreLinkUp account that follows several people', () => {
  it('follows the connection named like the Tend person, and says whom it follows when no name fits', async () => {
    const llu = await new FakeLibreLinkUp('parent@example.org', 'libre-pass').start();
    servers.push(llu);
    llu.now = () => clock.now();
    llu.dataFrom = T0 - 24 * 60 * MIN;
    llu.otherConnections = [{ patientId: 'sibling-1', firstName: 'Ben', lastName: 'L' }];
    // Ada in Tend, "Ada L" in LibreLinkUp: her connection, though it is listed second.
    const ok = await core.call('followers.configure', { subject_id: subjectId, service: 'librelinkup', username: 'parent@example.org', password: 'libre-pass', server: llu.url }, ctx);
    expect(ok.follower.last_error).toBeNull();
    expect(ok.imported).toBe(144);

    const other = core.subjects.create(ctx, { name: 'Cleo', kind: 'diabetes' }).id;
    // Refused at setup, like a wrong password: nothing stored, and the message says whom the account follows.
    await expect(core.call('followers.configure', { subject_id: other, service: 'librelinkup', username: 'parent@example.org', password: 'libre-pass', server: llu.url }, ctx)).rejects.toThrow(
      /follows 2 people \(Ben L, Ada L\): give the person in Tend the same name as in LibreLinkUp/,
    );
    expect(followerService(core).list(other)).toEqual([]);
    expect(core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(other)).toBe(0);
  }, 60_000);
});

describe('accounts a vendor will not let in', () => {
  it('says when Dexcom Share has locked the account, and when LibreLinkUp wants new terms accepted, storing nothing', async () => {
    const share = await startShare();
    share.lockAfter = 2;
    for (const guess of ['wrong-1', 'wrong-2']) {
      await expect(core.call('followers.configure', { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: guess, server: share.url }, ctx)).rejects.toThrow(/refused the user name or password/);
    }
    await expect(core.call('followers.configure', { subject_id: subjectId, service: 'dexcom-share', username: 'ada.mum', password: 'correct-horse', server: share.url }, ctx)).rejects.toThrow(
      /locked the account after too many failed sign-ins/,
    );
    expect(followerService(core).list(subjectId)).toEqual([]);

    const llu = await new FakeLibreLinkUp('carer@example.org', 'libre-pass').start();
    servers.push(llu);
    llu.now = () => clock.now();
    llu.needsTerms = true;
    await expect(core.call('followers.configure', { subject_id: subjectId, service: 'librelinkup', username: 'carer@example.org', password: 'libre-pass', server: llu.url }, ctx)).rejects.toThrow(
      /needs new terms accepted: open the LibreLinkUp app/,
    );
    expect(followerService(core).list(subjectId)).toEqual([]);
    expect(glucose()).toEqual([]);
  }, 60_000);
});

describe('following another Nightscout site from the hub', () => {
  it('back-fills what the site received while its uploader was offline, and honours a 429', async () => {
    const ns = await new FakeNightscout('their-site-secret').start();
    servers.push(ns);
    ns.now = () => clock.now();
    ns.dataFrom = T0 - 48 * 60 * MIN;
    const first = await core.call('followers.configure', { subject_id: subjectId, service: 'nightscout', username: 'nightscout', password: 'their-site-secret', server: ns.url }, ctx);
    // 24 hours back on the first poll.
    expect(first.imported).toBe(288);
    const scheduler = followScheduler(core);

    // The site's uploader goes quiet for 40 minutes; polls find nothing new but succeed.
    ns.dataTo = T0;
    for (let m = 5; m <= 40; m += 5) {
      clock.set(T0 + m * MIN);
      await scheduler.runDue();
    }
    expect(glucose()).toHaveLength(288);
    expect(status().last_error).toBeNull();
    // Then it uploads the 40 minutes at once; the site says "slow down" first.
    ns.dataTo = null;
    ns.rateLimit = { n: 1, retryAfterS: 90 };
    clock.set(T0 + 45 * MIN);
    await scheduler.runDue();
    expect(status().last_error).toMatch(/Nightscout asked to slow down \(HTTP 429, retry after 90 s\)/);
    clock.advance(90_000);
    await scheduler.runDue();
    expect(status().last_error).toBeNull();
    const ts = glucose();
    expect(ts).toHaveLength(288 + 9);
    expect(ts.every((t, i) => i === 0 || t - ts[i - 1]! === 5 * MIN)).toBe(true);
    // It asked only for what came after the newest reading it had.
    expect(ns.requests.at(-1)!.query.get('find[date][$gt]')).toBe(String(T0));
  }, 60_000);
});
