import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';

/** The person's own profile over HTTP: GET/PUT /api/auth/me (issue #19). */
const PASSWORD = 'correct horse battery'; // what startTestHub's signUp registers with
let hub: Awaited<ReturnType<typeof startTestHub>>;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const row = (id: string) => hub.core.deps.db.$client.prepare(`SELECT email, name, time_zone, glucose_unit FROM users WHERE id = ?`).get(id);

describe('GET/PUT /api/auth/me', () => {
  it('shows a new account with no time zone or unit chosen, then changes name, zone and units', async () => {
    const token = await hub.signUp('ana@example.org', 'Ana');
    const me = await hub.api('GET', '/api/auth/me', undefined, token);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: expect.any(String), email: 'ana@example.org', name: 'Ana', time_zone: null, glucose_unit: null });

    const put = await hub.api('PUT', '/api/auth/me', { name: '  Ana Sousa ', time_zone: 'Europe/Lisbon', glucose_unit: 'mmol/L' }, token);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ id: me.body.id, email: 'ana@example.org', name: 'Ana Sousa', time_zone: 'Europe/Lisbon', glucose_unit: 'mmol/L' });
    expect((await hub.api('GET', '/api/auth/me', undefined, token)).body).toEqual(put.body);

    // A field left out stays; a null zone goes back to following the computer's.
    const cleared = await hub.api('PUT', '/api/auth/me', { time_zone: null }, token);
    expect(cleared.body).toMatchObject({ name: 'Ana Sousa', time_zone: null, glucose_unit: 'mmol/L' });
    const mgdl = await hub.api('PUT', '/api/auth/me', { glucose_unit: 'mg/dL' }, token);
    expect(mgdl.body).toMatchObject({ time_zone: null, glucose_unit: 'mg/dL' });
  });

  it('refuses a bad zone, unit, empty name or unknown field with 400 naming it, and stores nothing', async () => {
    const token = await hub.signUp('bea@example.org', 'Bea');
    const id = (await hub.api('GET', '/api/auth/me', undefined, token)).body.id as string;
    const before = row(id);
    const bad: Array<[unknown, string]> = [
      [{ name: 'Beatriz', time_zone: 'Mars/Olympus' }, 'time_zone'],
      [{ name: 'Beatriz', glucose_unit: 'mmol' }, 'glucose_unit'],
      [{ name: '   ' }, 'name'],
      [{ name: 'Beatriz', email: 'not an address', current_password: PASSWORD }, 'email'],
    ];
    for (const [body, field] of bad) {
      const r = await hub.api('PUT', '/api/auth/me', body, token);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field).toBe(field);
      expect(r.body.error.message).toContain(field);
    }
    const typo = await hub.api('PUT', '/api/auth/me', { name: 'Beatriz', timezone: 'Europe/Lisbon' }, token);
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain('timezone');
    expect(row(id)).toEqual(before);
  });

  it('changes the e-mail only with the right current password, and signs in with the new one', async () => {
    const token = await hub.signUp('carla@example.org', 'Carla');
    const id = (await hub.api('GET', '/api/auth/me', undefined, token)).body.id as string;

    const none = await hub.api('PUT', '/api/auth/me', { email: 'carla@new.example.org', name: 'Carla N' }, token);
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('current_password');
    const wrong = await hub.api('PUT', '/api/auth/me', { email: 'carla@new.example.org', name: 'Carla N', current_password: 'not my password' }, token);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ field: 'current_password', message: expect.stringContaining('wrong') });
    expect(row(id)).toMatchObject({ email: 'carla@example.org', name: 'Carla' });

    // Sending the address it already has (a form sending every field) needs no password.
    const same = await hub.api('PUT', '/api/auth/me', { email: 'CARLA@example.org', name: 'Carla' }, token);
    expect(same.status).toBe(200);

    const right = await hub.api('PUT', '/api/auth/me', { email: 'Carla@New.example.org', current_password: PASSWORD }, token);
    expect(right.status).toBe(200);
    expect(right.body.email).toBe('carla@new.example.org');
    expect((await hub.api('POST', '/api/auth/login', { email: 'carla@example.org', password: PASSWORD })).status).toBe(401);
    const login = await hub.api('POST', '/api/auth/login', { email: 'carla@new.example.org', password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ id, email: 'carla@new.example.org' });
    // The sign-in that made the change goes on.
    expect((await hub.api('GET', '/api/auth/me', undefined, token)).body.email).toBe('carla@new.example.org');
  });

  it('refuses an e-mail another account has (409) and a machine-local address, leaving both accounts as they were', async () => {
    const token = await hub.signUp('dora@example.org', 'Dora');
    const other = await hub.signUp('eva@example.org', 'Eva');
    const dora = (await hub.api('GET', '/api/auth/me', undefined, token)).body.id as string;
    const eva = (await hub.api('GET', '/api/auth/me', undefined, other)).body.id as string;
    const before = [row(dora), row(eva)];

    const taken = await hub.api('PUT', '/api/auth/me', { email: 'eva@example.org', name: 'Dora E', current_password: PASSWORD }, token);
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'conflict', field: 'email' });
    const local = await hub.api('PUT', '/api/auth/me', { email: 'root@local.tend', current_password: PASSWORD }, token);
    expect(local.status).toBe(400);
    expect(local.body.error).toMatchObject({ field: 'email', message: expect.stringContaining('@local.tend') });
    expect([row(dora), row(eva)]).toEqual(before);
  });

  it('lets the computer’s own account change its name, zone and units but not its address', async () => {
    const local = hub.core.auth.ensureLocalUser('root');
    const token = hub.core.auth.issueToken(local.id);
    const moved = await hub.api('PUT', '/api/auth/me', { email: 'root@example.org', current_password: 'anything' }, token);
    expect(moved.status).toBe(400);
    expect(moved.body.error.field).toBe('email');
    expect(row(local.id)).toMatchObject({ email: 'root@local.tend' });

    const named = await hub.api('PUT', '/api/auth/me', { email: 'root@local.tend', name: 'Root at home', glucose_unit: 'mmol/L' }, token);
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ email: 'root@local.tend', name: 'Root at home', glucose_unit: 'mmol/L' });
    // It is still the account the OS user finds again.
    expect(hub.core.auth.ensureLocalUser('root').id).toBe(local.id);
  });
});
