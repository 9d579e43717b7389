import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeTier, type AlertDetail } from '../../api/alerts';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import { toAlert } from './store';
import type { CallContext } from '../context';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 22);

let dir: string;
let clock: ManualClock;
let core: Core;
let events: ServerEvent[];
let owner: CallContext;
let carer: CallContext;
let doctor: CallContext;
let viewer: CallContext;
let subject: string;

const ctxOf = (user: CallContext['user']): CallContext => ({ user, clientKey: 'test', transport: 'memory' });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-escalation-'));
  clock = new ManualClock(T0);
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
  events = [];
  core.bus.subscribe((e) => events.push(e));
  owner = ctxOf(core.auth.ensureLocalUser('parent'));
  const register = async (email: string, name: string) => ctxOf(await core.auth.register({ email, password: 'correct horse battery', name }));
  carer = await register('carer@example.org', 'Sam Carer');
  doctor = await register('doc@example.org', 'Dr Xu');
  viewer = await register('view@example.org', 'Vic Viewer');
  subject = core.subjects.create(owner, { name: 'Ann', kind: 'diabetes' }).id;
  core.subjects.grant(owner, subject, 'carer@example.org', 'caregiver');
  core.subjects.grant(owner, subject, 'doc@example.org', 'clinician');
  core.subjects.grant(owner, subject, 'view@example.org', 'viewer');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const glucose = (value: number) => core.ingest(owner, subject, [{ metric: 'glucose', t: new Date(clock.now()).toISOString(), value }]);
const twoTiers = () => [
  { after_min: 0, user_ids: [carer.user!.id], label: 'caregiver' },
  { after_min: 10, roles: ['clinician' as const], label: 'on-call clinician' },
];
const tierEvents = () => events.filter((e): e is Extract<ServerEvent, { type: 'alert.updated' }> => e.type === 'alert.updated' && e.change === 'tier');
const open = () => core.alerts.store.list([subject], { state: 'open', limit: 10 }).map(toAlert);
const escalationOf = (a: unknown) => (a as AlertDetail).escalation;

describe('tiered escalation of unacknowledged high alarms (issue 19)', () => {
  it('sounds for tier 1 only, moves to tier 2 after its minutes with who it now goes to, and earlier tiers keep sounding', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    glucose(48);
    const raised = events.find((e) => e.type === 'alert.raised');
    expect(raised && raised.type === 'alert.raised' && raised.alert.priority).toBe('high');
    const first = escalationOf(raised!.type === 'alert.raised' ? raised!.alert : null)!;
    expect(first).toMatchObject({ tier: 1, of: 2, label: 'caregiver', to: [{ id: carer.user!.id, name: 'Sam Carer' }], sounding: [carer.user!.id] });

    clock.advance(9 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toEqual([]);

    clock.advance(1 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
    const second = escalationOf(tierEvents()[0]!.alert)!;
    expect(second).toMatchObject({ tier: 2, of: 2, label: 'on-call clinician', to: [{ id: doctor.user!.id, name: 'Dr Xu' }] });
    expect(second.sounding).toEqual([carer.user!.id, doctor.user!.id].sort());
    expect(describeTier(second)).toBe('tier 2 of 2: on-call clinician (Dr Xu)');
    // The alert centre's list shows the same, to anyone with access.
    const listed = await core.call('alerts.get', { id: tierEvents()[0]!.alert.id }, viewer);
    expect(escalationOf(listed)?.tier).toBe(2);

    // The last tier is the last: later ticks announce nothing more.
    clock.advance(30 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
    const audit = await core.call('alerts.audit', { subject_id: subject }, owner);
    expect(audit.items.filter((i) => i.action === 'alert.tier').map((i) => i.detail.tier)).toEqual([2, 1]);
  });

  it('stops escalating once acknowledged', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    glucose(48);
    const [alert] = open();
    clock.advance(5 * MIN);
    await core.call('alerts.ack', { id: alert!.id }, carer);
    clock.advance(20 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toEqual([]);
    expect(escalationOf(toAlert(core.alerts.store.get(alert!.id)!))?.tier).toBe(1);
  });

  it('leaves medium alerts alone', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    glucose(65);
    const [alert] = open();
    expect(alert).toMatchObject({ priority: 'medium' });
    expect(escalationOf(alert)).toBeUndefined();
    clock.advance(30 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toEqual([]);
  });

  it('starts tier 1 when a medium alarm escalates to high in place, counting from then', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    glucose(65);
    clock.advance(8 * MIN);
    glucose(48);
    const up = events.find((e) => e.type === 'alert.updated' && e.change === 'escalated');
    expect(escalationOf(up && up.type === 'alert.updated' ? up.alert : null)?.tier).toBe(1);
    clock.advance(9 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toEqual([]);
    clock.advance(1 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
  });

  it('without tiers, a high alarm is exactly as before: no escalation field, no tier events', async () => {
    expect(await core.call('alerts.escalation.get', { subject_id: subject }, viewer)).toEqual({ tiers: [] });
    glucose(48);
    const [alert] = open();
    expect(alert).not.toHaveProperty('escalation');
    expect(core.alerts.store.get(alert!.id)!.escalation).toBeNull();
    clock.advance(60 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toEqual([]);
    expect(events.some((e) => e.type === 'alert.reannounced')).toBe(true);
  });

  it('refuses bad tiers with a 400 naming the field, and stores nothing', async () => {
    const bad = async (tiers: unknown) => {
      try {
        await core.call('alerts.escalation.put', { subject_id: subject, tiers }, owner);
        return null;
      } catch (e) {
        return e as { code: string; field?: string };
      }
    };
    expect(await bad([{ after_min: 5, roles: ['caregiver'] }])).toMatchObject({ code: 'bad_request', field: 'tiers.0.after_min' });
    expect(await bad([{ after_min: 0, roles: ['caregiver'] }, { after_min: 0, roles: ['clinician'] }])).toMatchObject({ code: 'bad_request', field: 'tiers.1.after_min' });
    expect(await bad([{ after_min: 0, roles: ['caregiver'] }, { after_min: 2000, roles: ['clinician'] }])).toMatchObject({ code: 'bad_request', field: 'tiers.1.after_min' });
    expect(await bad([{ after_min: 0 }])).toMatchObject({ code: 'bad_request', field: 'tiers.0.user_ids' });
    expect(await bad([{ after_min: 0, roles: ['nurse'] }])).toMatchObject({ code: 'bad_request', field: 'tiers.0.roles.0' });
    expect(await bad(Array.from({ length: 6 }, (_, i) => ({ after_min: i, roles: ['caregiver'] })))).toMatchObject({ code: 'bad_request', field: 'tiers' });
    const stranger = await core.auth.register({ email: 'x@example.org', password: 'correct horse battery', name: 'X' });
    expect(await bad([{ after_min: 0, user_ids: [stranger.id] }])).toMatchObject({ code: 'bad_request', field: 'tiers.0.user_ids.0' });
    expect(await core.call('alerts.escalation.get', { subject_id: subject }, owner)).toEqual({ tiers: [] });
  });

  it('is set only by someone who manages the person: 403 for a viewer or caregiver, also through the subject patch', async () => {
    const refused = async (p: Promise<unknown>) => p.then(() => null, (e: { code: string }) => e.code);
    expect(await refused(core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, viewer))).toBe('forbidden');
    expect(await refused(core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, carer))).toBe('forbidden');
    expect(await refused(core.call('subjects.update', { id: subject, patch: { settings: { escalation: { tiers: [] } } } }, carer))).toBe('forbidden');
    expect(await refused(core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, doctor))).toBeNull();
    expect((await core.call('alerts.escalation.get', { subject_id: subject }, viewer)).tiers).toHaveLength(2);
  });
});
