import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ManualClock } from '../core/clock';
import { REGISTER_LIMIT, REGISTER_WINDOW_MS } from '../core/auth/service';
import { startTestHub } from './testing';

/** Sign-in limits and whole sign-ins (issue 15), against a real hub over HTTP. */
const clock = new ManualClock(Date.UTC(2026, 10, 30, 9));
let hub: Awaited<ReturnType<typeof startTestHub>>;
beforeAll(async () => {
  hub = await startTestHub({ clock, streamBeatMs: 100 });
});
afterAll(async () => hub?.close());

const PASSWORD = 'correct horse battery';

describe('the login limit', () => {
  it('evaluates at most 10 of many concurrent wrong passwords from one client, refuses the rest with 429, and then the right one too until the minute passes', async () => {
    await hub.signUp('target@example.org');
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => hub.api('POST', '/api/auth/login', { email: 'target@example.org', password: `guess-${i}-xxxxxx` })),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    expect(guesses.find((g) => g.status === 429)!.body.error).toMatchObject({ code: 'rate_limited' });
    expect((await hub.api('POST', '/api/auth/login', { email: 'target@example.org', password: PASSWORD })).status).toBe(429);
    clock.advance(61_000);
    const ok = await hub.api('POST', '/api/auth/login', { email: 'target@example.org', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(typeof ok.body.access_token).toBe('string');
  }, 90_000);

  it('does not count successful logins towards the limit', async () => {
    clock.advance(61_000);
    for (let i = 0; i < 12; i++) expect((await hub.api('POST', '/api/auth/login', { email: 'target@example.org', password: PASSWORD })).status).toBe(200);
  }, 90_000);

  it('counts concurrent wrong current passwords on a password change the same way', async () => {
    clock.advance(61_000);
    const token = (await hub.api('POST', '/api/auth/login', { email: 'target@example.org', password: PASSWORD })).body.access_token as string;
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hub.api('POST', '/api/auth/password', { current_password: `wrong-${i}-xxxxx`, new_password: 'another long one' }, token)),
    );
    expect(tries.filter((t) => t.status === 400)).toHaveLength(10);
    expect(tries.filter((t) => t.status === 429)).toHaveLength(20);
    clock.advance(61_000);
  }, 90_000);
});

describe('signing out', () => {
  function open(token: string) {
    const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const opened = new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return { ws, closed, opened };
  }

  it('ends the whole sign-in: tokens renewed from it stop working, and a stream opened with one closes', async () => {
    const first = await hub.signUp('shift@example.org');
    const second = (await hub.api('POST', '/api/rpc/auth.renew', {}, first)).body.access_token as string;
    const third = (await hub.api('POST', '/api/rpc/auth.renew', {}, second)).body.access_token as string;
    const s = open(third);
    await s.opened;
    // Another sign-in of the same account is a different sign-in and stays.
    const elsewhere = (await hub.api('POST', '/api/auth/login', { email: 'shift@example.org', password: PASSWORD })).body.access_token as string;

    expect((await hub.api('POST', '/api/auth/logout', {}, first)).status).toBe(200);
    for (const t of [first, second, third]) expect((await hub.api('GET', '/api/auth/me', undefined, t)).status).toBe(401);
    expect(await s.closed).toBe(4401);
    expect((await hub.api('GET', '/api/auth/me', undefined, elsewhere)).status).toBe(200);
    expect((await hub.api('POST', '/api/rpc/auth.renew', {}, third)).status).toBe(401);
  }, 90_000);

  it('ends the sign-in from a renewed token too, the original included', async () => {
    const first = await hub.signUp('late@example.org');
    const renewed = (await hub.api('POST', '/api/rpc/auth.renew', {}, first)).body.access_token as string;
    expect((await hub.api('POST', '/api/auth/logout', {}, renewed)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, first)).status).toBe(401);
  }, 90_000);

  it('keeps the whole sign-in of whoever changes the password, renewals included, and ends the others', async () => {
    const first = await hub.signUp('change@example.org');
    const renewed = (await hub.api('POST', '/api/rpc/auth.renew', {}, first)).body.access_token as string;
    const other = (await hub.api('POST', '/api/auth/login', { email: 'change@example.org', password: PASSWORD })).body.access_token as string;
    expect((await hub.api('POST', '/api/auth/password', { current_password: PASSWORD, new_password: 'a new long password' }, renewed)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, first)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, renewed)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, other)).status).toBe(401);
  }, 90_000);
});

describe('registration', () => {
  it('answers a taken e-mail exactly as a new one, changes nothing of the existing account, and audits the attempt', async () => {
    clock.advance(REGISTER_WINDOW_MS);
    await hub.signUp('owner@example.org', 'Owner');
    const taken = await hub.api('POST', '/api/auth/register', { email: 'owner@example.org', password: 'stranger password', name: 'Stranger' });
    const fresh = await hub.api('POST', '/api/auth/register', { email: 'fresh@example.org', password: 'stranger password', name: 'Fresh' });
    expect(taken.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(taken.body).toMatchObject({ email: 'owner@example.org', name: 'Stranger' });
    expect(taken.body.id).toMatch(/^[0-9a-f-]{36}$/);
    // The real owner's password still works; the stranger's does not, and answers like any wrong password.
    expect((await hub.api('POST', '/api/auth/login', { email: 'owner@example.org', password: PASSWORD })).body.user.name).toBe('Owner');
    const stranger = await hub.api('POST', '/api/auth/login', { email: 'owner@example.org', password: 'stranger password' });
    expect(stranger.status).toBe(401);
    expect(stranger.body.error.message).toBe('wrong e-mail or password');
    const audit = hub.core.deps.db.$client.prepare(`SELECT action FROM audit WHERE action = 'auth.register_existing'`).all();
    expect(audit).toHaveLength(1);
  }, 90_000);

  it('still refuses a short password with 400 naming the field', async () => {
    const short = await hub.api('POST', '/api/auth/register', { email: 'brief@example.org', password: 'short', name: 'B' });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');
  }, 90_000);

  it("refuses to register an address of this machine's own accounts (…@local.tend), naming the field, and stores no account", async () => {
    const users = () => hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM users`).pluck().get();
    const before = users();
    const r = await hub.api('POST', '/api/auth/register', { email: 'Root@Local.Tend', password: PASSWORD, name: 'Not root' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('email');
    expect(r.body.error.message).toMatch(/local\.tend/);
    expect(users()).toBe(before);
  }, 90_000);

  it(`allows ${REGISTER_LIMIT} registrations per client in ${REGISTER_WINDOW_MS / 60_000} minutes, then 429 until the window passes`, async () => {
    clock.advance(REGISTER_WINDOW_MS);
    const answers = await Promise.all(
      Array.from({ length: REGISTER_LIMIT + 5 }, (_, i) => hub.api('POST', '/api/auth/register', { email: `bulk${i}@example.org`, password: PASSWORD, name: `Bulk ${i}` })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(REGISTER_LIMIT);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.body.error.code).toBe('rate_limited');
    const count = hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM users WHERE email LIKE 'bulk%'`).pluck().get();
    expect(count).toBe(REGISTER_LIMIT);
    clock.advance(REGISTER_WINDOW_MS);
    expect((await hub.api('POST', '/api/auth/register', { email: 'later@example.org', password: PASSWORD, name: 'Later' })).status).toBe(201);
  }, 90_000);
});
