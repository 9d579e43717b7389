import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../api/procedures';
import { createCore, type Core } from '../../core/app';
import { ManualClock } from '../../core/clock';
import type { CallContext } from '../../core/context';
import { openDatabase } from '../../db/open';
import { alertNotice } from './alert-notification';

/**
 * The desktop's OS notification honours escalation tiers (issue 19): fed the real events of a
 * real core (SQLite in memory, a manual clock), as `forwardEvents` hands them to Electron's main.
 */
const MIN = 60_000;
let core: Core;
let clock: ManualClock;
let events: ServerEvent[];
let owner: CallContext;
let carer: CallContext;
let doctor: CallContext;
let subject: string;
const ctxOf = (user: CallContext['user']): CallContext => ({ user, clientKey: 'test', transport: 'memory' });

beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2026, 10, 20, 22));
  core = createCore({ db: openDatabase(':memory:'), clock });
  events = [];
  core.bus.subscribe((e) => events.push(e));
  owner = ctxOf(core.auth.ensureLocalUser('parent'));
  carer = ctxOf(await core.auth.register({ email: 'carer@example.org', password: 'correct horse battery', name: 'Sam' }));
  doctor = ctxOf(await core.auth.register({ email: 'doc@example.org', password: 'correct horse battery', name: 'Dr Xu' }));
  subject = core.subjects.create(owner, { name: 'Ann', kind: 'diabetes' }).id;
  core.subjects.grant(owner, subject, 'carer@example.org', 'caregiver');
  core.subjects.grant(owner, subject, 'doc@example.org', 'clinician');
});
afterEach(() => core.close());

const glucose = (value: number) => core.ingest(owner, subject, [{ metric: 'glucose', t: new Date(clock.now()).toISOString(), value }]);
const noticesFor = (ctx: CallContext) => events.map((e) => alertNotice(e, ctx.user!.id)).filter((n) => n !== null);

describe('the desktop OS notification of an alarm', () => {
  it('with tiers, notifies only whom the alarm has reached: tier 1 at the raise, tier 2 when it moves there', async () => {
    await core.call('alerts.escalation.put', { subject_id: subject, tiers: [{ after_min: 0, user_ids: [carer.user!.id], label: 'caregiver' }, { after_min: 10, roles: ['clinician'], label: 'on-call clinician' }] }, owner);
    glucose(48);
    expect(noticesFor(carer)).toEqual([{ title: 'Tend: high alert', body: expect.stringContaining('tier 1 of 2: caregiver (Sam)') as unknown, urgency: 'critical' }]);
    expect(noticesFor(doctor)).toEqual([]);
    expect(noticesFor(owner)).toEqual([]);

    events = [];
    clock.advance(10 * MIN);
    core.alerts.tick();
    expect(noticesFor(doctor).map((n) => n.title)).toEqual(expect.arrayContaining(['Tend: high alert (nobody has acknowledged it)']));
    expect(noticesFor(doctor)[0]!.body).toContain('tier 2 of 2: on-call clinician (Dr Xu)');
    // Tier 1 keeps sounding (its re-announcement), but the tier move is not news for it.
    expect(noticesFor(carer).map((n) => n.title)).toEqual(['Tend: high alert (still not acknowledged)']);
    expect(noticesFor(owner)).toEqual([]);
  });

  it('without tiers, notifies everyone who can see the person, as before', () => {
    glucose(48);
    for (const who of [owner, carer, doctor]) expect(noticesFor(who)).toEqual([{ title: 'Tend: high alert', body: expect.any(String) as unknown, urgency: 'critical' }]);
  });
});
