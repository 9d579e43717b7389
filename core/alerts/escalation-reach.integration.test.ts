import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertDetail } from '../../api/alerts';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { toAlert } from './store';

/**
 * Who escalation tiers reach beyond the screen (issue 19): the webhook relay standing in a
 * tier, and tiers saved while an alarm already stands, on a real SQLite file, a manual clock
 * and a real local HTTP server as the relay's gateway.
 */
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 22);

let dir: string;
let clock: ManualClock;
let core: Core;
let events: ServerEvent[];
let owner: CallContext;
let carer: CallContext;
let doctor: CallContext;
let subject: string;
let server: Server;
let url: string;
let received: Array<{ type: string; alert?: { id: string; escalation?: { tier: number } } }>;

const ctxOf = (user: CallContext['user']): CallContext => ({ user, clientKey: 'test', transport: 'memory' });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-escalation-reach-'));
  clock = new ManualClock(T0);
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
  events = [];
  core.bus.subscribe((e) => events.push(e));
  owner = ctxOf(core.auth.ensureLocalUser('parent'));
  const register = async (email: string, name: string) => ctxOf(await core.auth.register({ email, password: 'correct horse battery', name }));
  carer = await register('carer@example.org', 'Sam Carer');
  doctor = await register('doc@example.org', 'Dr Xu');
  subject = core.subjects.create(owner, { name: 'Ann', kind: 'diabetes' }).id;
  core.subjects.grant(owner, subject, 'carer@example.org', 'caregiver');
  core.subjects.grant(owner, subject, 'doc@example.org', 'clinician');
  received = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as (typeof received)[number]);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
});
afterEach(async () => {
  await core.alerts.relay.drain();
  core.close();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const glucose = (value: number) => core.ingest(owner, subject, [{ metric: 'glucose', t: new Date(clock.now()).toISOString(), value }]);
const twoTiers = () => [
  { after_min: 0, user_ids: [carer.user!.id], label: 'caregiver' },
  { after_min: 10, roles: ['clinician' as const], label: 'on-call clinician' },
];
const tierEvents = () => events.filter((e): e is Extract<ServerEvent, { type: 'alert.updated' }> => e.type === 'alert.updated' && e.change === 'tier');
const stored = (id: string) => toAlert(core.alerts.store.get(id)!) as AlertDetail;
const relayed = async () => {
  await core.alerts.relay.drain();
  return received.map((r) => [r.type, r.alert?.escalation?.tier ?? null]);
};

describe('the webhook relay and escalation tiers', () => {
  it('a relay standing in tier 2 hears nothing while tier 1 has the alarm, then the tier move, its re-announcements and the acknowledgement', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: true, from_tier: 2 }, owner);
    await core.call('alerts.settings.put', { subject_id: subject, settings: { reannounce_high_min: 7 } }, owner);
    const [alert] = glucose(48).alerts as Array<{ id: string }>;
    expect(await relayed()).toEqual([]);

    clock.advance(7 * MIN);
    core.alerts.tick(); // a re-announcement while tier 1 has it: not the relay's yet
    expect(events.some((e) => e.type === 'alert.reannounced')).toBe(true);
    expect(await relayed()).toEqual([]);

    clock.advance(3 * MIN);
    core.alerts.tick();
    expect(await relayed()).toEqual([['alert.updated', 2]]);
    clock.advance(4 * MIN);
    core.alerts.tick();
    expect(await relayed()).toEqual([['alert.updated', 2], ['alert.reannounced', 2]]);

    await core.call('alerts.ack', { id: alert!.id }, doctor);
    expect((await relayed()).map((r) => r[0])).toEqual(['alert.updated', 'alert.reannounced', 'alert.acknowledged']);
  });

  it('an acknowledgement before the alarm reached the relay’s tier is not sent: the relay never had it', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: true, from_tier: 2 }, owner);
    const [alert] = glucose(48).alerts as Array<{ id: string }>;
    await core.call('alerts.ack', { id: alert!.id }, carer);
    clock.advance(20 * MIN);
    core.alerts.tick();
    expect(await relayed()).toEqual([]);
  });

  it('a relay of every tier (the default) has the alarm at the raise, as before tiers, and no tier moves', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false }, owner);
    expect((await core.call('alerts.relay.get', {}, owner)).from_tier).toBeNull();
    glucose(48);
    clock.advance(10 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
    expect((await relayed()).filter(([type]) => type !== 'alert.reannounced')).toEqual([['alert.raised', 1]]);
  });

  it('a person without tiers is relayed as before, whatever tier the relay stands in', async () => {
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false, from_tier: 3 }, owner);
    glucose(48);
    expect(await relayed()).toEqual([['alert.raised', null]]);
  });

  it('refuses a relay tier outside 1–5, naming the field, and keeps what was saved', async () => {
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false, from_tier: 2 }, owner);
    await expect(core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false, from_tier: 6 }, owner)).rejects.toMatchObject({ code: 'bad_request', field: 'from_tier' });
    expect((await core.call('alerts.relay.get', {}, owner)).from_tier).toBe(2);
  });
});

describe('tiers saved while an alarm stands apply to it from the next step', () => {
  it('an alarm raised before there were tiers starts tier 1 at the next tick, counted from then', async () => {
    const [alert] = glucose(48).alerts as Array<{ id: string }>;
    expect(stored(alert!.id).escalation).toBeUndefined();
    clock.advance(30 * MIN);
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    // Saving changes nothing by itself: the step is the timer's.
    expect(stored(alert!.id).escalation).toBeUndefined();
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
    expect(stored(alert!.id).escalation).toMatchObject({ tier: 1, of: 2, sounding: [carer.user!.id] });
    clock.advance(9 * MIN);
    core.alerts.tick();
    expect(stored(alert!.id).escalation?.tier).toBe(1);
    clock.advance(1 * MIN);
    core.alerts.tick();
    expect(stored(alert!.id).escalation).toMatchObject({ tier: 2, to: [{ id: doctor.user!.id, name: 'Dr Xu' }] });
  });

  it('changed tiers re-resolve who the standing alarm reaches, never going back a tier; removed tiers make it sound for everyone again', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: twoTiers() }, owner);
    const [alert] = glucose(48).alerts as Array<{ id: string }>;
    clock.advance(3 * MIN);
    // Tier 1 is now the clinician too, and tier 2 comes later.
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: [{ after_min: 0, user_ids: [carer.user!.id, doctor.user!.id], label: 'both' }, { after_min: 30, roles: ['owner'] }] }, owner);
    expect(stored(alert!.id).escalation?.sounding).toEqual([carer.user!.id]);
    core.alerts.tick();
    expect(stored(alert!.id).escalation).toMatchObject({ tier: 1, of: 2, label: 'both', sounding: [carer.user!.id, doctor.user!.id].sort() });
    expect(tierEvents()).toHaveLength(1);
    // Nothing changed since: the next tick says nothing.
    clock.advance(1 * MIN);
    core.alerts.tick();
    expect(tierEvents()).toHaveLength(1);
    // The 10-minute tier 2 is gone: at 10 minutes nothing moves, at 30 it does.
    clock.advance(7 * MIN);
    core.alerts.tick();
    expect(stored(alert!.id).escalation?.tier).toBe(1);
    clock.advance(20 * MIN);
    core.alerts.tick();
    expect(stored(alert!.id).escalation).toMatchObject({ tier: 2, to: [{ id: owner.user!.id }] });

    await core.call('alerts.escalation.put', { subject_id: subject, tiers: [] }, owner);
    core.alerts.tick();
    expect(stored(alert!.id).escalation).toBeUndefined();
    expect(tierEvents().at(-1)!.alert).not.toHaveProperty('escalation');
    const audit = await core.call('alerts.audit', { alert_id: alert!.id }, owner);
    expect(audit.items.filter((i) => i.action === 'alert.tier').map((i) => i.detail.reason ?? 'moved')).toEqual(['tiers_removed', 'moved', 'tiers_changed', 'moved']);
  });
});
