import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { startTestHub } from './testing';

/**
 * Threshold templates (issue #19) from outside, over HTTP through a real hub: a clinician
 * saves limits once and applies them to the people they manage, now and as they add them;
 * the person's own limits stay and are told apart from the template's.
 */
const T0 = Date.parse('2026-03-02T12:00:00Z');
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let owner: string, clinician: string, carer: string, viewer: string, other: string;
const rpc = (name: string, args: unknown, token: string) => hub.api('POST', `/api/rpc/${name}`, args, token);

const ADULT_T1D = [
  { metric: 'glucose', min: 65, max: null, priority: 'high', sustain_min: 0 },
  { metric: 'glucose', min: null, max: 200, priority: 'medium', sustain_min: 20 },
  { metric: 'heart_rate', min: 40, max: 130, priority: 'medium', sustain_min: 5 },
];

async function person(name: string, kind = 'general'): Promise<string> {
  const id = (await hub.api('POST', '/api/subjects', { name, kind }, owner)).body.id as string;
  for (const [email, role] of [['clinician@example.org', 'clinician'], ['carer@example.org', 'caregiver'], ['viewer@example.org', 'viewer']]) {
    expect((await hub.api('POST', `/api/subjects/${id}/grants`, { email, role }, owner)).status).toBe(201);
  }
  return id;
}
const countRows = (table: string) => hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

beforeAll(async () => {
  hub = await startTestHub({ clock: new ManualClock(T0) });
  owner = await hub.signUp('owner@example.org');
  clinician = await hub.signUp('clinician@example.org');
  carer = await hub.signUp('carer@example.org');
  viewer = await hub.signUp('viewer@example.org');
  other = await hub.signUp('other@example.org');
}, 60_000);
afterAll(async () => hub?.close());

describe('threshold templates', () => {
  it('applies a clinician’s template to two people, keeping the limits a person already had as their own', async () => {
    const made = await rpc('templates.create', { name: 'adult T1D', items: ADULT_T1D }, clinician);
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body).toMatchObject({ name: 'adult T1D', version: 1 });
    const tpl = made.body.id as string;

    const ann = await person('Ann', 'diabetes');
    const bo = await person('Bo');
    // Bo's heart-rate limit was set for Bo: a template does not take it away.
    const own = { metric: 'heart_rate', min: 50, max: 110, priority: 'high', sustain_min: 0 };
    expect((await hub.api('PUT', `/api/subjects/${bo}/thresholds`, [own], owner)).status).toBe(200);

    const toAnn = await rpc('thresholds.apply_template', { subject_id: ann, template_id: tpl }, clinician);
    expect(toAnn.status, JSON.stringify(toAnn.body)).toBe(200);
    // Ann had only her kind's defaults: the template replaces them.
    expect(toAnn.body.applied).toEqual(['glucose', 'heart_rate']);
    expect(toAnn.body.kept).toEqual([]);
    const annNow = (await rpc('thresholds.get', { subject_id: ann }, viewer)).body;
    expect(annNow).toHaveLength(3);
    expect(annNow).toEqual(expect.arrayContaining(ADULT_T1D));

    const toBo = await rpc('thresholds.apply_template', { subject_id: bo, template_id: tpl }, clinician);
    expect(toBo.body).toMatchObject({ applied: ['glucose'], kept: ['heart_rate'] });
    const boNow = (await rpc('thresholds.get', { subject_id: bo }, viewer)).body;
    expect(boNow).toEqual(expect.arrayContaining([own, ADULT_T1D[0], ADULT_T1D[1]]));
    expect(boNow).toHaveLength(3);
    // What came from the template says so (name, version); Bo's own heart rate does not.
    const origins = (await rpc('thresholds.origins', { subject_id: bo }, viewer)).body;
    expect(origins).toEqual([{ metric: 'glucose', template_id: tpl, template_name: 'adult T1D', template_version: 1, applied_at: new Date(T0).toISOString(), template_deleted: false }]);

    // Editing a limit the template set makes it the person's own: a later version of the template leaves it.
    const edited = boNow.map((t: { metric: string; min: number | null }) => (t.metric === 'glucose' && t.min === 65 ? { ...t, min: 60 } : t));
    expect((await hub.api('PUT', `/api/subjects/${bo}/thresholds`, edited, clinician)).status).toBe(200);
    expect((await rpc('thresholds.origins', { subject_id: bo }, viewer)).body).toEqual([]);
    const v2 = await rpc('templates.update', { id: tpl, items: [{ metric: 'glucose', min: 70, priority: 'high' }, ADULT_T1D[2]] }, clinician);
    expect(v2.body.version).toBe(2);
    expect((await rpc('thresholds.apply_template', { subject_id: bo, template_id: tpl }, clinician)).body).toMatchObject({ applied: [], kept: ['glucose', 'heart_rate'] });
    // Ann's limits were still the template's: version 2 replaces them, and says so.
    const again = await rpc('thresholds.apply_template', { subject_id: ann, template_id: tpl }, clinician);
    expect(again.body.applied).toEqual(['glucose', 'heart_rate']);
    expect(again.body.thresholds).toEqual(expect.arrayContaining([{ metric: 'glucose', min: 70, max: null, priority: 'high', sustain_min: 0 }]));
    expect(again.body.thresholds).toHaveLength(2);
    expect(again.body.origins.map((o: { template_version: number }) => o.template_version)).toEqual([2, 2]);

    const trail = (await rpc('alerts.audit', { subject_id: ann }, clinician)).body.items;
    expect(trail.filter((e: { action: string }) => e.action === 'thresholds.apply_template')).toHaveLength(2);
  }, 60_000);

  it('refuses a caregiver or viewer applying a template (403) and stores nothing', async () => {
    const made = await rpc('templates.create', { name: 'neonate', items: [{ metric: 'body_temperature', min: 36.5, max: 37.5, priority: 'high' }] }, carer);
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const tpl = made.body.id as string;
    const s = await person('Cy');
    const before = [countRows('thresholds'), countRows('threshold_origins'), countRows('audit')];
    for (const token of [carer, viewer]) {
      const r = await rpc('thresholds.apply_template', { subject_id: s, template_id: tpl }, token);
      expect(r.status).toBe(403);
    }
    expect([countRows('thresholds'), countRows('threshold_origins'), countRows('audit')]).toEqual(before);
  }, 60_000);

  it('keeps templates to the account that made them: others neither see, edit, delete nor apply them', async () => {
    const tpl = (await rpc('templates.create', { name: 'private', items: [{ metric: 'heart_rate', max: 150, priority: 'low' }] }, clinician)).body.id as string;
    expect((await rpc('templates.list', {}, other)).body).toEqual([]);
    expect((await rpc('templates.list', {}, clinician)).body.map((t: { name: string }) => t.name)).toContain('private');
    expect((await rpc('templates.update', { id: tpl, name: 'mine now' }, other)).status).toBe(404);
    expect((await rpc('templates.delete', { id: tpl }, other)).status).toBe(404);
    // The owner of the person manages them, but the template is the clinician's.
    const s = await person('Di');
    expect((await rpc('thresholds.apply_template', { subject_id: s, template_id: tpl }, owner)).status).toBe(404);
    expect((await rpc('templates.create', { name: 'private', items: [{ metric: 'heart_rate', max: 150, priority: 'low' }] }, clinician)).status).toBe(409);
    expect((await rpc('templates.delete', { id: tpl }, clinician)).status).toBe(200);
    expect((await rpc('templates.list', {}, clinician)).body.map((t: { name: string }) => t.name)).not.toContain('private');
  }, 60_000);

  it('answers bad limits with 400 naming the field, and stores nothing', async () => {
    const before = countRows('threshold_templates');
    const unknown = await rpc('templates.create', { name: 'x', items: [{ metric: 'glucose', min: 70, priority: 'high' }, { metric: 'blood_magic', max: 1, priority: 'high' }] }, clinician);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('items.1.metric');
    const upside = await rpc('templates.create', { name: 'x', items: [{ metric: 'glucose', min: 200, max: 100, priority: 'high' }] }, clinician);
    expect(upside.status).toBe(400);
    expect(upside.body.error.field).toBe('items[0].min');
    const noBound = await rpc('templates.create', { name: 'x', items: [{ metric: 'glucose', priority: 'high' }] }, clinician);
    expect(noBound.status).toBe(400);
    expect(noBound.body.error.field).toBe('items[0]');
    const empty = await rpc('templates.create', { name: 'x', items: [] }, clinician);
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('items');
    expect(countRows('threshold_templates')).toBe(before);
  }, 60_000);

  it('gives a new person a template’s limits as they are created, or creates nobody when the template is not the caller’s', async () => {
    const tpl = (await rpc('templates.create', { name: 'for new people', items: ADULT_T1D }, owner)).body.id as string;
    const made = await hub.api('POST', '/api/subjects', { name: 'Eve', kind: 'general', template_id: tpl }, owner);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const limits = (await rpc('thresholds.get', { subject_id: made.body.id }, owner)).body;
    expect(limits).toHaveLength(3);
    expect(limits).toEqual(expect.arrayContaining(ADULT_T1D));
    expect((await rpc('thresholds.origins', { subject_id: made.body.id }, owner)).body.map((o: { metric: string }) => o.metric)).toEqual(['glucose', 'heart_rate']);

    // Where a person's limits came from goes with the person.
    const origins = hub.core.deps.db.$client.prepare('SELECT COUNT(*) FROM threshold_origins WHERE subject_id = ?').pluck();
    expect(origins.get(made.body.id)).toBe(2);
    expect((await hub.api('DELETE', `/api/subjects/${made.body.id}`, undefined, owner)).status).toBeLessThan(300);
    expect(origins.get(made.body.id)).toBe(0);

    const people = countRows('subjects');
    const refused = await hub.api('POST', '/api/subjects', { name: 'Fay', kind: 'general', template_id: tpl }, other);
    expect(refused.status).toBe(404);
    expect(countRows('subjects')).toBe(people);
  }, 60_000);
});

describe('renaming and deleting a template', () => {
  it('renames without a new version, and refuses a name the account already has (409) or an empty one (400)', async () => {
    const a = (await rpc('templates.create', { name: 'neonate', items: [{ metric: 'body_temperature', min: 36, max: 37.9, priority: 'high' }] }, clinician)).body as { id: string; version: number };
    await rpc('templates.create', { name: 'toddler', items: [{ metric: 'heart_rate', max: 160, priority: 'medium' }] }, clinician);
    const renamed = await rpc('templates.rename', { id: a.id, name: 'neonate (NICU)' }, clinician);
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'neonate (NICU)', version: a.version });
    expect(await rpc('templates.rename', { id: a.id, name: 'toddler' }, clinician)).toMatchObject({ status: 409, body: { error: { field: 'name' } } });
    expect(await rpc('templates.rename', { id: a.id, name: '  ' }, clinician)).toMatchObject({ status: 400, body: { error: { field: 'name' } } });
    expect((await rpc('templates.rename', { id: a.id, name: 'theirs' }, other)).status).toBe(404);
    expect((await rpc('templates.list', {}, clinician)).body.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['neonate (NICU)', 'toddler']));
  }, 60_000);

  it('deletes a template while the people it was applied to keep its limits, their origin saying the template was deleted', async () => {
    const tpl = (await rpc('templates.create', { name: 'short-lived', items: [{ metric: 'spo2', min: 92, priority: 'high' }] }, clinician)).body.id as string;
    const s = await person('Eli');
    expect((await rpc('thresholds.apply_template', { subject_id: s, template_id: tpl }, clinician)).status).toBe(200);
    expect((await rpc('thresholds.origins', { subject_id: s }, viewer)).body).toEqual([expect.objectContaining({ metric: 'spo2', template_name: 'short-lived', template_deleted: false })]);

    expect((await rpc('templates.delete', { id: tpl }, clinician)).status).toBe(200);
    expect((await rpc('templates.delete', { id: tpl }, clinician)).status).toBe(404);
    const limits = (await rpc('thresholds.get', { subject_id: s }, viewer)).body as Array<{ metric: string; min: number }>;
    expect(limits.find((t) => t.metric === 'spo2')).toMatchObject({ min: 92, priority: 'high' });
    expect((await rpc('thresholds.origins', { subject_id: s }, viewer)).body).toEqual([expect.objectContaining({ metric: 'spo2', template_id: tpl, template_name: 'short-lived', template_deleted: true })]);
    // Applying it again is no longer possible.
    expect((await rpc('thresholds.apply_template', { subject_id: s, template_id: tpl }, clinician)).status).toBe(404);
  }, 60_000);
});
