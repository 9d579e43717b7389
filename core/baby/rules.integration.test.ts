import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from './testing';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 3);
const at = (ms: number) => new Date(ms).toISOString();

let dir: string;
let cryB64: string;
let core: Core;
let clock: ManualClock;
let ctx: CallContext;
let events: ServerEvent[];
let subject: string;

const BABY_KINDS = ['may_be_ill', 'fever', 'cry_episode', 'room_temperature_low', 'room_temperature_high', 'humidity_low', 'humidity_high'];
/** This rule's alerts (a baby subject also gets the alert engine's default thresholds). */
const babyAlerts = () =>
  core.alerts.store.list([subject], { state: 'all', limit: 1000 }).filter((a) => BABY_KINDS.includes(a.kind)).sort((a, b) => a.raised_at - b.raised_at);
/** The rule's alerts as `kind:priority`, sorted (alerts carry the data's own times, not arrival order). */
const kinds = () => babyAlerts().map((a) => `${a.kind}:${a.priority}`).sort();

async function cryAt(start: number) {
  return core.call('audio.analyze', { subject_id: subject, wav_base64: cryB64, start: at(start) }, ctx);
}
const temperature = (t: number, value: number) => core.ingest(ctx, subject, [{ metric: 'body_temperature', t: at(t), value }]);

const ready = hasSox && hasCryData && hasCryModel;

describe.skipIf(!ready)('baby alert rules', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-rules-'));
    cryB64 = readFileSync(heldOutWav('cry', dir)).toString('base64');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    clock = new ManualClock(T0);
    core = createCore({ db: openDatabase(':memory:'), clock });
    ctx = { user: core.auth.ensureLocalUser('tester'), clientKey: 'test', transport: 'memory' };
    subject = core.subjects.create(ctx, { name: 'Ada', kind: 'baby' }).id;
    events = [];
    core.bus.subscribe((e) => events.push(e));
  });
  afterEach(() => core.close());

  it('raises "may be ill" (high) when the fever comes first and a cry episode follows within 30 minutes', async () => {
    temperature(T0 - 25 * MIN, 38.4);
    expect(kinds()).toEqual(['fever:medium']);
    const r = await cryAt(T0 - 5 * MIN);
    expect(r.cry).toBe(true);
    expect(kinds()).toEqual(['fever:medium', 'cry_episode:medium', 'may_be_ill:high'].sort());
    const ill = babyAlerts().find((a) => a.kind === 'may_be_ill')!;
    expect(ill.value).toBe(38.4);
    // Pushed over the stream after commit.
    expect(events.some((e) => e.type === 'alert.raised' && e.alert.kind === 'may_be_ill' && e.alert.priority === 'high')).toBe(true);
  });

  it('raises "may be ill" (high) when the cry comes first and the fever follows within 30 minutes', async () => {
    await cryAt(T0 - 40 * MIN);
    expect(kinds()).toEqual(['cry_episode:medium']);
    temperature(T0 - 15 * MIN, 38.1);
    expect(kinds()).toEqual(['cry_episode:medium', 'fever:medium', 'may_be_ill:high'].sort());
  });

  it('does not call a fever more than the window after a cry "may be ill", but does when the subject widens the window', async () => {
    await cryAt(T0 - 80 * MIN);
    temperature(T0 - 10 * MIN, 38.6);
    expect(kinds()).toEqual(['cry_episode:medium', 'fever:medium'].sort());
    await core.call('baby.settings.put', { subject_id: subject, settings: { ill_window_min: 90 } }, ctx);
    temperature(T0 - 5 * MIN, 38.7);
    expect(kinds()).toEqual(['cry_episode:medium', 'fever:medium', 'may_be_ill:high'].sort());
  });

  it('raises fever alone as medium, ends it 0.2 °C under the limit (latched until acknowledged), and honours a per-subject fever limit', async () => {
    temperature(T0 - 30 * MIN, 37.9);
    expect(kinds()).toEqual([]);
    temperature(T0 - 20 * MIN, 38.0);
    expect(kinds()).toEqual(['fever:medium']);
    temperature(T0 - 15 * MIN, 37.9); // inside the hysteresis band: still standing
    expect(babyAlerts()[0]!.state).toBe('open');
    expect(babyAlerts()[0]!.condition_ended_at).toBeNull();
    temperature(T0 - 10 * MIN, 37.7);
    // Medium latches: the condition ended, the alert stays open saying when, until acknowledged.
    expect([babyAlerts()[0]!.state, babyAlerts()[0]!.condition_ended_at]).toEqual(['open', T0 - 10 * MIN]);
    expect((await core.call('alerts.ack', { id: babyAlerts()[0]!.id }, ctx)).state).toBe('resolved');
    await core.call('baby.settings.put', { subject_id: subject, settings: { fever_c: 38.5 } }, ctx);
    clock.advance(30 * MIN); // past the re-alert interval
    temperature(T0 + 20 * MIN, 38.3);
    expect(kinds()).toEqual(['fever:medium']);
  });

  it('raises a low-priority room alert only after the room has been out of 16–22 °C or 40–60 %RH for 10 minutes', async () => {
    const start = T0 - 30 * MIN;
    const items = [];
    for (let m = 0; m <= 12; m++) items.push({ metric: 'room_temperature', t: at(start + m * MIN), value: m < 2 ? 21 : 23.5 });
    // Fed one reading at a time, as a sensor would send them.
    const raisedAt: number[] = [];
    for (const it of items) {
      const out = core.ingest(ctx, subject, [it]);
      for (const a of out.alerts as Array<{ kind: string; raised_at: string }>) if (a.kind === 'room_temperature_high') raisedAt.push(Date.parse(a.raised_at));
    }
    // Out of range from minute 2; 10 minutes later is minute 12.
    expect(raisedAt).toEqual([start + 12 * MIN]);
    expect(kinds()).toEqual(['room_temperature_high:low']);
    for (let m = 0; m <= 9; m++) core.ingest(ctx, subject, [{ metric: 'humidity', t: at(start + m * MIN), value: 35 }]);
    expect(kinds()).toEqual(['room_temperature_high:low']);
    core.ingest(ctx, subject, [{ metric: 'humidity', t: at(start + 10 * MIN), value: 34 }]);
    expect(kinds()).toEqual(['room_temperature_high:low', 'humidity_low:low'].sort());
  });

  it('raises one cry alert per episode, none when the subject turned cry alerts off, and none twice for the same upload', async () => {
    await cryAt(T0 - 10 * MIN);
    await cryAt(T0 - 10 * MIN);
    expect(kinds()).toEqual(['cry_episode:medium']);
    await core.call('baby.settings.put', { subject_id: subject, settings: { cry_alert: 'off' } }, ctx);
    await cryAt(T0 - 2 * MIN);
    expect(kinds()).toEqual(['cry_episode:medium']);
    const eps = await core.call('baby.episodes.list', { subject_id: subject }, ctx);
    expect(eps.items.length).toBe(1); // the same file is the same recording, whatever `start` says
  });

  it('a check-in with a crying recording and a fever is flagged cry_detected and sick_detected, and raises "may be ill"', async () => {
    const c = await core.call('baby.checkins.create', { subject_id: subject, t: at(T0 - 3 * MIN), temperature: 38.2, humidity: 50, audio_wav_base64: cryB64 }, ctx);
    expect(c).toMatchObject({ cry_detected: true, sick_detected: true, temperature: 38.2 });
    expect(c.cry_probability).toBeGreaterThan(0.5);
    expect(kinds()).toEqual(['cry_episode:medium', 'fever:medium', 'may_be_ill:high'].sort());
    // The recording itself is not kept.
    expect(core.deps.db.$client.prepare(`SELECT COUNT(*) FROM audio_clips`).pluck().get()).toBe(0);
  });
});
