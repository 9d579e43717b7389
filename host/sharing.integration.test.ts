import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { roundTrip, waitFor } from '../testing/wait-for';
import { startTestHub } from './testing';

/** Sharing a person and ending it, and changing a password, over the hub's HTTP API and stream. */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let owner: string;
let nurse: string;
let aunt: string;
let mia: string;
const PASSWORD = 'correct horse battery';
const id = async (token: string) => (await hub.api('GET', '/api/auth/me', undefined, token)).body.id as string;

beforeAll(async () => {
  hub = await startTestHub();
  owner = await hub.signUp('parent@example.org', 'Parent');
  nurse = await hub.signUp('nurse@example.org', 'Nurse');
  aunt = await hub.signUp('aunt@example.org', 'Aunt');
  mia = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, owner)).body.id;
});
afterAll(async () => hub?.close());

const room = (value: number) => [{ metric: 'room_temperature', t: new Date().toISOString(), value }];

describe('sharing a person', () => {
  it('the owner ends a share; the person disappears for that user at once, their open stream included; it is audited', async () => {
    expect((await hub.api('POST', `/api/subjects/${mia}/grants`, { email: 'nurse@example.org', role: 'clinician' }, owner)).status).toBe(201);
    const grants = await hub.api('GET', `/api/subjects/${mia}/grants`, undefined, nurse);
    expect(grants.body.map((g: { user: { email: string }; role: string }) => [g.user.email, g.role])).toEqual([
      ['parent@example.org', 'owner'],
      ['nurse@example.org', 'clinician'],
    ]);
    const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${nurse}`);
    const seen: Array<{ type: string; subject_id?: string }> = [];
    await new Promise<void>((resolve) => ws.once('message', () => resolve()));
    ws.on('message', (d) => seen.push(JSON.parse(String(d)) as { type: string; subject_id?: string }));
    try {
      await hub.api('POST', `/api/subjects/${mia}/observations`, room(20.1), owner);
      await waitFor("the nurse's stream to show Mia's reading", () => seen.some((e) => e.subject_id === mia));
      expect(seen.filter((e) => e.subject_id === mia)).toHaveLength(1);

      const nurseId = await id(nurse);
      const r = await hub.api('DELETE', `/api/subjects/${mia}/grants/${nurseId}`, undefined, owner);
      expect(r.status).toBe(200);
      expect((await hub.api('GET', `/api/subjects/${mia}`, undefined, nurse)).status).toBe(403);
      expect((await hub.api('GET', '/api/subjects', undefined, nurse)).body).toEqual([]);
      await hub.api('POST', `/api/subjects/${mia}/observations`, room(20.2), owner);
      // The hub publishes before it answers the POST; once a ping's pong is back, anything
      // it sent this stream for that reading would have arrived before it.
      await roundTrip(ws);
      expect(seen.filter((e) => e.subject_id === mia)).toHaveLength(1);
      const audit = hub.core.deps.db.$client.prepare(`SELECT action, detail FROM audit WHERE subject_id = ? AND action = 'subject.revoke'`).all(mia) as Array<{ detail: string }>;
      expect(audit.map((a) => JSON.parse(a.detail))).toEqual([{ user: nurseId, role: 'clinician' }]);
      // Gone is gone: a second removal is 404.
      expect((await hub.api('DELETE', `/api/subjects/${mia}/grants/${nurseId}`, undefined, owner)).status).toBe(404);
    } finally {
      ws.close();
    }
  });

  it('anyone else may leave, but not remove others; the owner can be removed by no one', async () => {
    await hub.api('POST', `/api/subjects/${mia}/grants`, { email: 'nurse@example.org', role: 'caregiver' }, owner);
    await hub.api('POST', `/api/subjects/${mia}/grants`, { email: 'aunt@example.org', role: 'viewer' }, owner);
    const [ownerId, nurseId, auntId] = [await id(owner), await id(nurse), await id(aunt)];
    const other = await hub.api('DELETE', `/api/subjects/${mia}/grants/${auntId}`, undefined, nurse);
    expect(other.status).toBe(403);
    const ownerOut = await hub.api('DELETE', `/api/subjects/${mia}/grants/${ownerId}`, undefined, nurse);
    expect(ownerOut.status).toBe(403);
    const self = await hub.api('DELETE', `/api/subjects/${mia}/grants/${ownerId}`, undefined, owner);
    expect(self.status).toBe(400);
    expect(self.body.error.message).toMatch(/the owner cannot leave/);
    expect((await hub.api('DELETE', `/api/subjects/${mia}/grants/${auntId}`, undefined, aunt)).status).toBe(200);
    expect((await hub.api('GET', `/api/subjects/${mia}`, undefined, aunt)).status).toBe(403);
    expect((await hub.api('GET', `/api/subjects/${mia}/grants`, undefined, owner)).body.map((g: { user: { id: string } }) => g.user.id)).toEqual([ownerId, nurseId]);
  });
});

describe('changing a password', () => {
  it('needs the current password, ends every other sign-in, and the new one works', async () => {
    const other = (await hub.api('POST', '/api/auth/login', { email: 'aunt@example.org', password: PASSWORD })).body.access_token as string;
    const wrong = await hub.api('POST', '/api/auth/password', { current_password: 'not it at all', new_password: 'a new long password' }, aunt);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('current_password');
    const short = await hub.api('POST', '/api/auth/password', { current_password: PASSWORD, new_password: 'short' }, aunt);
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('new_password');
    expect((await hub.api('GET', '/api/auth/me', undefined, other)).status).toBe(200);

    expect((await hub.api('POST', '/api/auth/password', { current_password: PASSWORD, new_password: 'a new long password' }, aunt)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, aunt)).status).toBe(200);
    expect((await hub.api('GET', '/api/auth/me', undefined, other)).status).toBe(401);
    expect((await hub.api('POST', '/api/auth/login', { email: 'aunt@example.org', password: PASSWORD })).status).toBe(401);
    expect((await hub.api('POST', '/api/auth/login', { email: 'aunt@example.org', password: 'a new long password' })).status).toBe(200);
    expect((await hub.api('POST', '/api/auth/password', { current_password: 'a new long password', new_password: 'x'.repeat(9) })).status).toBe(401);
  });
});
