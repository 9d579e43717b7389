import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';
import { patientParams, sensorParams } from '../core/diabetes/simulator/params';
import { simulate } from '../core/diabetes/simulator/simulate';

/** "Try Tend with a virtual patient" through the hub: `POST /api/simulate/diabetes`. */
describe('a virtual patient from the app', () => {
  let hub: Awaited<ReturnType<typeof startTestHub>>;
  let ana: string;
  let bo: string;
  beforeAll(async () => {
    hub = await startTestHub();
    ana = await hub.signUp('ana@example.org', 'Ana');
    bo = await hub.signUp('bo@example.org', 'Bo');
  });
  afterAll(async () => hub?.close());

  const subjectCount = () => {
    const c = new Database(hub.dbPath, { readonly: true });
    try {
      return c.prepare(`SELECT COUNT(*) FROM subjects`).pluck().get() as number;
    } finally {
      c.close();
    }
  };

  it('creates a new person of the caller’s with the simulator’s readings, meals and insulin, ending today 00:00 UTC', async () => {
    const r = await hub.api('POST', '/api/simulate/diabetes', { patient: 'child#004', days: 2, seed: 7, sensor: 'GuardianRT' }, ana);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const today = new Date();
    const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    // What the model itself gives for this run, computed here.
    const sim = simulate({ patient: patientParams('child#004'), sensor: sensorParams('GuardianRT'), days: 2, seed: 7 });
    expect(r.body).toMatchObject({
      subject: { name: 'Virtual child#004', kind: 'diabetes', role: 'owner' },
      readings: sim.readings.length,
      meals: sim.meals.length,
      insulin: sim.boluses.length + 2,
      patient: 'child#004',
      sensor: 'GuardianRT',
      seed: 7,
      from: new Date(end - 2 * 86_400_000).toISOString(),
      to: new Date(end).toISOString(),
    });
    const id = r.body.subject.id as string;
    const metrics = await hub.api('POST', '/api/rpc/diabetes.metrics', { subject_id: id, from: r.body.from, to: r.body.to }, ana);
    expect(metrics.body.n).toBe(sim.readings.length);
    const meals = await hub.api('GET', `/api/subjects/${id}/events?type=meal&limit=1000`, undefined, ana);
    expect(meals.body.items.map((e: { data: { source: string } }) => e.data.source)).toEqual(sim.meals.map(() => 'simulator'));
    // Someone else's: not visible to another account.
    expect((await hub.api('GET', `/api/subjects/${id}`, undefined, bo)).status).toBe(403);
  });

  it('refuses an unknown patient, too many days and a missing sign-in with the field named, and stores no one', async () => {
    const before = subjectCount();
    const bad = await hub.api('POST', '/api/simulate/diabetes', { patient: 'adult#011' }, ana);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('patient');
    const long = await hub.api('POST', '/api/simulate/diabetes', { patient: 'adult#001', days: 15 }, ana);
    expect(long.status).toBe(400);
    expect(long.body.error.field).toBe('days');
    expect((await hub.api('POST', '/api/simulate/diabetes', { patient: 'adult#001' })).status).toBe(401);
    expect(subjectCount()).toBe(before);
  });
});
