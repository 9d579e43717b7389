import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';

/**
 * A client id is unique within its person only (architecture.md "Storage"): two accounts
 * on one hub use the same ids for their own people, over HTTP. Device-derived ids are
 * predictable, so the same id on two people is ordinary, not only malice.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let alice: string;
let mallory: string;

beforeAll(async () => {
  hub = await startTestHub();
  alice = await hub.signUp('alice@example.org', 'Alice');
  mallory = await hub.signUp('mallory@example.org', 'Mallory');
}, 60_000);
afterAll(async () => hub?.close());

const person = async (token: string, name: string, kind: string) => (await hub.api('POST', '/api/subjects', { name, kind }, token)).body.id as string;
const now = () => new Date().toISOString();

describe('client ids are per person', () => {
  it('a reading whose id another person already has is accepted, raises its low alert, and neither answer shows the other person’s data', async () => {
    const ann = await person(alice, 'Ann', 'diabetes');
    const planted = await person(mallory, 'Decoy', 'diabetes');
    const b = await hub.api('POST', `/api/subjects/${planted}/observations`, [{ id: 'cgm-0001', metric: 'glucose', t: now(), value: 140 }], mallory);
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ accepted: 1, duplicates: 0 });

    const a = await hub.api('POST', `/api/subjects/${ann}/observations`, [{ id: 'cgm-0001', metric: 'glucose', t: now(), value: 45 }], alice);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(a.body.alerts.length).toBeGreaterThan(0);
    for (const al of a.body.alerts) expect(al).toMatchObject({ subject_id: ann, metric: 'glucose', value: 45 });
    expect(a.body.alerts.map((al: { priority: string }) => al.priority)).toContain('high');

    const mine = await hub.api('GET', `/api/subjects/${ann}/observations?metric=glucose`, undefined, alice);
    expect(mine.body.items.map((o: { id: string; subject_id: string; value: number }) => [o.id, o.subject_id, o.value])).toEqual([['cgm-0001', ann, 45]]);
    const theirs = await hub.api('GET', `/api/subjects/${planted}/observations?metric=glucose`, undefined, mallory);
    expect(theirs.body.items.map((o: { id: string; subject_id: string; value: number }) => [o.id, o.subject_id, o.value])).toEqual([['cgm-0001', planted, 140]]);
    const theirAlerts = await hub.api('GET', '/api/alerts?state=all', undefined, mallory);
    expect(theirAlerts.body.items.every((al: { subject_id: string }) => al.subject_id === planted)).toBe(true);
    expect(JSON.stringify(theirs.body) + JSON.stringify(theirAlerts.body)).not.toContain(ann);

    // Idempotency stays per person: a retry on the same person adds nothing.
    const retry = await hub.api('POST', `/api/subjects/${ann}/observations`, [{ id: 'cgm-0001', metric: 'glucose', t: now(), value: 45 }], alice);
    expect(retry.body).toMatchObject({ accepted: 0, duplicates: 1 });
    const plantedRetry = await hub.api('POST', `/api/subjects/${planted}/observations`, [{ id: 'cgm-0001', metric: 'glucose', t: now(), value: 140 }], mallory);
    expect(plantedRetry.body).toMatchObject({ accepted: 0, duplicates: 1 });
    const stats = await hub.api('GET', `/api/subjects/${ann}/stats?metric=glucose`, undefined, alice);
    expect(stats.body).toMatchObject({ count: 1, min: 45, max: 45 });
  });

  it('an event whose id another person already has is stored as this person’s, answered with this person’s data, and deleted for this person only', async () => {
    const ann = await person(alice, 'Ann (events)', 'diabetes');
    const planted = await person(mallory, 'Decoy (events)', 'diabetes');
    const t = now();
    const b = await hub.api('POST', `/api/subjects/${planted}/events`, { id: 'meal-0001', type: 'meal', t, data: { carbs_g: 10, note: 'decoy' } }, mallory);
    expect(b.status).toBe(201);

    const a = await hub.api('POST', `/api/subjects/${ann}/events`, { id: 'meal-0001', type: 'meal', t, data: { carbs_g: 60 } }, alice);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ id: 'meal-0001', subject_id: ann, type: 'meal', data: { carbs_g: 60 } });
    expect(JSON.stringify(a.body)).not.toContain('decoy');
    expect(JSON.stringify(a.body)).not.toContain(planted);

    // A retry on the same person answers with what is stored and adds nothing.
    const retry = await hub.api('POST', `/api/subjects/${ann}/events`, { id: 'meal-0001', type: 'meal', t, data: { carbs_g: 99 } }, alice);
    expect(retry.body).toMatchObject({ id: 'meal-0001', subject_id: ann, data: { carbs_g: 60 } });
    const list = await hub.api('GET', `/api/subjects/${ann}/events`, undefined, alice);
    expect(list.body.items.map((e: { id: string; data: { carbs_g: number } }) => [e.id, e.data.carbs_g])).toEqual([['meal-0001', 60]]);

    // Mallory's copy is untouched by Alice's writes, and Alice's delete leaves it.
    const theirs = await hub.api('GET', `/api/subjects/${planted}/events`, undefined, mallory);
    expect(theirs.body.items.map((e: { id: string; subject_id: string; data: { carbs_g: number } }) => [e.id, e.subject_id, e.data.carbs_g])).toEqual([['meal-0001', planted, 10]]);
    expect((await hub.api('DELETE', `/api/subjects/${ann}/events/meal-0001`, undefined, alice)).status).toBe(200);
    expect((await hub.api('GET', `/api/subjects/${ann}/events`, undefined, alice)).body.items).toEqual([]);
    expect((await hub.api('GET', `/api/subjects/${planted}/events`, undefined, mallory)).body.items).toHaveLength(1);
    // Alice cannot delete Mallory's event through her own person either.
    expect((await hub.api('DELETE', `/api/subjects/${ann}/events/meal-0001`, undefined, alice)).status).toBe(404);
  });

  it('a check-in whose id another baby already has is this baby’s own, its fever reading is stored and raises the fever alert', async () => {
    const ada = await person(alice, 'Ada', 'baby');
    const planted = await person(mallory, 'Decoy baby', 'baby');
    const b = await hub.api('POST', `/api/subjects/${planted}/checkins`, { id: 'ci-0001', temperature: 36.6, note: 'decoy' }, mallory);
    expect(b.status).toBe(201);

    const a = await hub.api('POST', `/api/subjects/${ada}/checkins`, { id: 'ci-0001', temperature: 39.2, humidity: 45 }, alice);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ id: 'ci-0001', subject_id: ada, temperature: 39.2, humidity: 45, note: null, sick_detected: true });

    // Its readings (ids derived from the check-in's) are stored for Ada, not swallowed as Mallory's.
    const temps = await hub.api('GET', `/api/subjects/${ada}/observations?metric=body_temperature`, undefined, alice);
    expect(temps.body.items.map((o: { value: number }) => o.value)).toEqual([39.2]);
    const alerts = await hub.api('GET', `/api/alerts?state=all&subject_id=${ada}`, undefined, alice);
    expect(alerts.body.items.map((al: { kind: string }) => al.kind)).toContain('fever');

    // A retry is a duplicate on Ada; Mallory's check-in and readings are as they were.
    const retry = await hub.api('POST', `/api/subjects/${ada}/checkins`, { id: 'ci-0001', temperature: 39.2, humidity: 45 }, alice);
    expect(retry.body).toMatchObject({ id: 'ci-0001', subject_id: ada, temperature: 39.2 });
    expect((await hub.api('GET', `/api/subjects/${ada}/checkins`, undefined, alice)).body.total).toBe(1);
    expect((await hub.api('GET', `/api/subjects/${ada}/observations?metric=body_temperature`, undefined, alice)).body.items).toHaveLength(1);
    const theirs = await hub.api('GET', `/api/subjects/${planted}/checkins`, undefined, mallory);
    expect(theirs.body.items.map((c: { id: string; subject_id: string; temperature: number; note: string }) => [c.id, c.subject_id, c.temperature, c.note])).toEqual([
      ['ci-0001', planted, 36.6, 'decoy'],
    ]);
    const theirTemps = await hub.api('GET', `/api/subjects/${planted}/observations?metric=body_temperature`, undefined, mallory);
    expect(theirTemps.body.items.map((o: { value: number }) => o.value)).toEqual([36.6]);
  });
});
