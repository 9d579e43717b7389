import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ManualClock } from '../core/clock';
import { waitFor } from '../testing/wait-for';
import { startTestHub } from './testing';

/** Sign-ins that last while a screen watches, and streams that end when their sign-in does. */
const HOUR = 3_600_000;
const clock = new ManualClock(Date.UTC(2026, 10, 23, 20));
let hub: Awaited<ReturnType<typeof startTestHub>>;
beforeAll(async () => {
  hub = await startTestHub({ clock, streamBeatMs: 100 });
});
afterAll(async () => hub?.close());

function open(token: string) {
  const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
  const messages: Array<{ type: string; error?: { code: string; message: string } }> = [];
  ws.on('message', (d) => messages.push(JSON.parse(String(d)) as (typeof messages)[number]));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return { ws, messages, closed };
}

describe('sign-ins and the stream', () => {
  it('renews a sign-in: the new token outlives the old one, which stays good until its own expiry', async () => {
    const first = await hub.signUp('night@example.org', 'Night carer');
    clock.advance(11 * HOUR);
    const r = await hub.api('POST', '/api/rpc/auth.renew', {}, first);
    expect(r.status).toBe(200);
    const second = r.body.access_token as string;
    expect(second).not.toBe(first);
    expect(r.body).toMatchObject({ token_type: 'bearer', expires_in: 43_200, user: { email: 'night@example.org' } });
    expect((await hub.api('GET', '/api/auth/me', undefined, first)).status).toBe(200);
    clock.advance(2 * HOUR);
    expect((await hub.api('GET', '/api/auth/me', undefined, first)).status).toBe(401);
    expect((await hub.api('GET', '/api/auth/me', undefined, second)).status).toBe(200);
    // An ended sign-in cannot renew itself.
    expect((await hub.api('POST', '/api/rpc/auth.renew', {}, first)).status).toBe(401);
  });

  it('ends an open stream, saying why, when its sign-in expires or is signed out elsewhere', async () => {
    const token = await hub.signUp('ward@example.org', 'Ward');
    const s = open(token);
    await new Promise<void>((r) => s.ws.once('open', () => r()));
    await waitFor('a heartbeat on the stream', () => s.messages.some((m) => m.type === 'heartbeat'));
    clock.advance(12 * HOUR + 1);
    expect(await s.closed).toBe(4401);
    expect(s.messages.at(-1)).toEqual({ type: 'error', error: { code: 'unauthorized', message: 'this sign-in has ended (expired, signed out, or the password changed)' } });

    const other = await hub.signUp('desk@example.org', 'Desk');
    const t = open(other);
    await new Promise<void>((r) => t.ws.once('open', () => r()));
    expect((await hub.api('POST', '/api/auth/logout', {}, other)).status).toBe(200);
    expect(await t.closed).toBe(4401);
  });
});
