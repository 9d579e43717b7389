import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../api/schemas';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';

const MIN = 60_000;
const T0 = Date.UTC(2025, 5, 1, 8);

let clock: ManualClock;
let core: Core;
let ctx: CallContext;
let events: ServerEvent[];

beforeEach(() => {
  clock = new ManualClock(T0);
  core = createCore({ db: openDatabase(':memory:'), clock });
  ctx = { user: core.auth.ensureLocalUser('tester'), clientKey: 'test', transport: 'memory' };
  events = [];
  core.bus.subscribe((e) => events.push(e));
});
afterEach(() => {
  core.alerts.stop();
  core.close();
});

/** Ingests one reading stamped at the clock's now, then moves the clock on. */
function feed(subject: string, metric: string, values: number[], stepMin = 1, deviceId?: string) {
  const raised: Alert[] = [];
  for (const value of values) {
    const out = core.ingest(ctx, subject, [{ metric, t: new Date(clock.now()).toISOString(), value, ...(deviceId ? { device_id: deviceId } : {}) }]);
    raised.push(...(out.alerts as Alert[]));
    clock.advance(stepMin * MIN);
  }
  return raised;
}
const rows = (subject: string) => core.alerts.store.list([subject], { state: 'all', limit: 1000 }).sort((a, b) => a.raised_at - b.raised_at);
const general = (name = 'Pat') => core.subjects.create(ctx, { name, kind: 'general' }).id;

describe('thresholds with hysteresis and the re-alert interval', () => {
  it('raises one alert per excursion for noisy readings around the line, resolves when clear, and re-raises only after the re-alert interval', async () => {
    const s = general();
    // Low priority does not latch: it resolves with its condition (latching: below).
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'low' }] }, ctx);
    await core.call('alerts.settings.put', { subject_id: s, settings: { smoothing: { heart_rate: 1 }, realert_min: 15 } }, ctx);
    // Excursion 1: crosses 120 and jitters across it (margin 3 bpm: clears at ≤ 117).
    expect(feed(s, 'heart_rate', [110, 121, 119, 123, 118, 122, 119, 121])).toHaveLength(1);
    expect(rows(s).map((a) => a.state)).toEqual(['open']);
    // Clear at 115 (≤ 117): resolved, kept as history.
    feed(s, 'heart_rate', [115]);
    expect(rows(s).map((a) => a.state)).toEqual(['resolved']);
    // Back above within 15 minutes of resolving: the same episode, no new alert …
    expect(feed(s, 'heart_rate', [125, 126, 124, 125, 126], 2)).toHaveLength(0);
    // … still above once the 15 minutes have passed: raised again, once.
    const later = feed(s, 'heart_rate', [127, 128, 127, 129], 2);
    expect(later).toHaveLength(1);
    expect(rows(s).map((a) => a.state)).toEqual(['resolved', 'open']);
    const resolvedAt = rows(s)[0]!.resolved_at!;
    expect(rows(s)[1]!.raised_at - resolvedAt).toBeGreaterThanOrEqual(15 * MIN);
    expect(events.filter((e) => e.type === 'alert.raised')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'alert.resolved')).toHaveLength(1);
  });

  it('waits for a sustained condition and smooths a single spike away', async () => {
    const s = core.subjects.create(ctx, { name: 'Nursery', kind: 'general' }).id;
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'room_temperature', min: 16, max: 22, priority: 'low', sustain_min: 10 }] }, ctx);
    const effective = await core.call('thresholds.effective', { subject_id: s }, ctx);
    expect(effective.find((t) => t.metric === 'room_temperature')).toMatchObject({ min: 16, max: 22, sustain_min: 10 });
    // One 30 °C spike among 21s: the median of 3 never leaves the range.
    expect(feed(s, 'room_temperature', [21, 21, 30, 21, 21])).toHaveLength(0);
    // Above 22 continuously: median above from the 2nd reading (t = 6 min after start of
    // this run); the alert comes once it has held 10 minutes, not before.
    const start = clock.now();
    // (Other domains' rules may add their own room alerts: look at the threshold's.)
    const got = feed(s, 'room_temperature', Array(15).fill(23.5)).filter((a) => (a as { kind: string }).kind === 'above_threshold');
    expect(got).toHaveLength(1);
    const raisedAt = Date.parse((got[0] as { raised_at: string }).raised_at);
    // Smoothed value is first above 22 at the 2nd reading (median of 21, 23.5, 23.5) → +1 min; +10 min sustain.
    expect(raisedAt - start).toBe(11 * MIN);
  });

  it('ignores readings older than the live window (importing history wakes nobody)', async () => {
    const s = general();
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'heart_rate', max: 100, priority: 'high' }] }, ctx);
    const old = Array.from({ length: 50 }, (_, i) => ({ metric: 'heart_rate', t: new Date(T0 - 5 * 60 * MIN + i * MIN).toISOString(), value: 150 }));
    expect(core.ingest(ctx, s, old).alerts).toEqual([]);
  });

  it('applies the kind defaults once to a new subject, and never after thresholds were set (even to none)', async () => {
    const d = core.subjects.create(ctx, { name: 'Dee', kind: 'diabetes' }).id;
    // < 70 (medium) and < 54 (high) are nested: one alarm, urgent.
    expect(feed(d, 'glucose', [50]).map((a) => [a.kind, a.priority])).toEqual([['urgent_low', 'high']]);
    const e = core.subjects.create(ctx, { name: 'Eve', kind: 'diabetes' }).id;
    await core.call('thresholds.put', { subject_id: e, thresholds: [] }, ctx);
    expect(feed(e, 'glucose', [50])).toHaveLength(0);
    expect(await core.call('thresholds.effective', { subject_id: e }, ctx)).toEqual([]);
  });
});

describe('glucose trend rules', () => {
  it('raises "falling fast" when glucose falls faster than 2 mg/dL/min and not at 1.5', () => {
    const s = general('Slow');
    expect(feed(s, 'glucose', [200, 192.5, 185, 177.5, 170], 5).filter((a) => (a as { kind: string }).kind === 'falling_fast')).toHaveLength(0);
    const f = general('Fast');
    const got = feed(f, 'glucose', [220, 207.5, 195, 182.5], 5);
    expect(got.map((a) => (a as { kind: string }).kind)).toEqual(['falling_fast']);
  });

  it('raises an unsnoozable "urgent low soon" with its forecast, and snoozing highs leaves lows sounding', async () => {
    const s = core.subjects.create(ctx, { name: 'Uma', kind: 'diabetes' }).id;
    // 100 → 80 over 20 min is −1 mg/dL/min; level 80 reaches 54 in 26 min: outside 20 → nothing yet.
    expect(feed(s, 'glucose', [100, 95, 90, 85, 80], 5).filter((a) => (a as { kind: string }).kind === 'urgent_low_soon')).toHaveLength(0);
    // Faster: 75 then 66: the line now falls ~1.9/min from ~66 → 54 in ~6 min.
    const got = feed(s, 'glucose', [72, 66], 5);
    const uls = got.find((a) => (a as { kind: string }).kind === 'urgent_low_soon') as { id: string; snoozable: boolean; detail: { points: unknown[]; slope_mg_dl_per_min: number } } | undefined;
    expect(uls).toBeDefined();
    expect(uls!.snoozable).toBe(false);
    expect(uls!.detail.points.length).toBeGreaterThan(0);
    await expect(core.call('alerts.snooze', { id: uls!.id, minutes: 30 }, ctx)).rejects.toMatchObject({ code: 'conflict' });
    // 66 is below 70: the level-1 low is open. Snoozing highs leaves it sounding.
    const low = got.find((a) => (a as { kind: string }).kind === 'below_threshold') as { id: string } | undefined;
    expect(low).toBeDefined();
    await core.call('alerts.snooze_class', { subject_id: s, snooze_class: 'glucose:high', minutes: 60 }, ctx);
    expect((await core.call('alerts.get', { id: low!.id }, ctx)).snoozed_until).toBeNull();
    // Snoozing the level-1 low silences it, but the urgent low that follows still sounds.
    expect((await core.call('alerts.snooze', { id: low!.id, minutes: 30 }, ctx)).snoozed_until).not.toBeNull();
    const urgent = feed(s, 'glucose', [50], 5).find((a) => (a as { kind: string }).kind === 'urgent_low') as { id: string; snoozed_until: string | null } | undefined;
    expect(urgent).toBeDefined();
    expect(urgent!.snoozed_until).toBeNull();
    await expect(core.call('alerts.snooze', { id: urgent!.id, minutes: 30 }, ctx)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('devices, the timer and escalation', () => {
  it('warns after 15 minutes of silence, escalates the same alert at 30, not before, and latches when data return', async () => {
    const s = general('Sid');
    const dev = await core.call('devices.create', { subject_id: s, name: 'Oximeter', kind: 'spo2', transport: 'ble' }, ctx);
    feed(s, 'spo2', [97], 1, dev.id);
    clock.advance(13 * MIN); // 14 minutes since the reading
    expect(core.alerts.tick().raised).toHaveLength(0);
    clock.advance(1 * MIN);
    const warn = core.alerts.tick().raised;
    expect(warn.map((a) => [a.kind, a.priority])).toEqual([['signal_loss', 'medium']]);
    clock.advance(14 * MIN);
    expect(core.alerts.tick().raised).toHaveLength(0);
    clock.advance(1 * MIN);
    const urgent = core.alerts.tick();
    expect(urgent.raised).toEqual([]);
    expect(urgent.updated.map((u) => [u.change, u.alert.id, u.alert.kind, u.alert.priority])).toEqual([['escalated', warn[0]!.id, 'signal_loss', 'high']]);
    feed(s, 'spo2', [96], 1, dev.id);
    // High latches: the data are back, but the alarm stands, saying so, until acknowledged.
    const lost = rows(s).filter((a) => a.kind === 'signal_loss');
    expect(lost.map((a) => [a.state, a.condition_ended_at !== null])).toEqual([['open', true]]);
    await core.call('alerts.ack', { id: lost[0]!.id }, ctx);
    expect(core.alerts.store.get(lost[0]!.id)!.state).toBe('resolved');
  });

  it('re-announces an unacknowledged high alert every 5 minutes until acknowledged, and audits it all', async () => {
    const s = general('Rex');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'spo2', min: 90, priority: 'high' }] }, ctx);
    const [a] = feed(s, 'spo2', [85]) as Array<{ id: string }>;
    clock.advance(3 * MIN); // 4 min after raising
    expect(core.alerts.tick().reannounced).toHaveLength(0);
    clock.advance(1 * MIN);
    expect(core.alerts.tick().reannounced.map((x) => x.reannounce_count)).toEqual([1]);
    clock.advance(5 * MIN);
    expect(core.alerts.tick().reannounced.map((x) => x.reannounce_count)).toEqual([2]);
    await core.call('alerts.ack', { id: a!.id }, ctx);
    clock.advance(10 * MIN);
    expect(core.alerts.tick().reannounced).toHaveLength(0);
    await expect(core.call('alerts.ack', { id: a!.id }, ctx)).rejects.toMatchObject({ code: 'conflict' });
    const audit = await core.call('alerts.audit', { alert_id: a!.id }, ctx);
    expect(audit.items.map((i) => i.action).reverse()).toEqual(['alert.raised', 'alert.reannounced', 'alert.reannounced', 'alert.ack']);
    expect(events.filter((e) => e.type === 'alert.reannounced')).toHaveLength(2);
  });

  it('raises battery low from battery_level readings with hysteresis', () => {
    const s = general('Bat');
    const dev = core.devices.create(ctx, { subject_id: s, name: 'Thermo', kind: 'thermometer', transport: 'ble', address: '' });
    const kinds = feed(s, 'battery_level', [30, 21, 20, 22, 19, 9], 1, dev.id).map((a) => (a as { kind: string }).kind);
    expect(kinds).toEqual(['battery_low', 'battery_critical']);
  });
});

describe('the rule plugin interface', () => {
  it('lets a domain add a rule that raises once, respects the re-alert interval and is scoped by rule id', () => {
    core.alerts.register({
      id: 'test.cry',
      onObservations(rc, subjectId, batch) {
        for (const r of batch) {
          if (r.metric === 'cry_probability' && r.value > 0.9) rc.raise(subjectId, { key: 'cry', kind: 'cry', priority: 'low', message: 'Crying', metric: r.metric, value: r.value }, r.t);
        }
      },
    });
    const s = general('Baby');
    const [first] = feed(s, 'cry_probability', [0.95, 0.97, 0.2, 0.99]) as Array<{ id: string }>;
    expect(first).toBeDefined();
    // Still open: nothing new, however long. Acknowledged: a new finding after the re-alert interval.
    clock.advance(20 * MIN);
    expect(feed(s, 'cry_probability', [0.95])).toHaveLength(0);
    core.alerts.store.acknowledge(first!.id, ctx.user!.id, clock.now());
    expect(feed(s, 'cry_probability', [0.95])).toHaveLength(1);
    expect(rows(s).map((a) => a.rule_key)).toEqual(['test.cry:cry', 'test.cry:cry']);
  });
});

describe('latching (IEC 60601-1-8) and one alarm per reading', () => {
  type A = { id: string; kind: string; priority: string; state: string; condition_ended_at?: string | null };
  const diabetes = (name = 'Dia') => core.subjects.create(ctx, { name, kind: 'diabetes' }).id;

  it('keeps a high alert open after its condition ends, says when, is the same alert if it returns, and closes on acknowledgement', async () => {
    const s = general('Lat');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'spo2', min: 90, priority: 'high' }] }, ctx);
    await core.call('alerts.settings.put', { subject_id: s, settings: { smoothing: { spo2: 1 } } }, ctx);
    const [a] = feed(s, 'spo2', [85]) as A[];
    const endedAt = clock.now();
    feed(s, 'spo2', [96]);
    let row = core.alerts.store.get(a!.id)!;
    expect([row.state, row.condition_ended_at]).toEqual(['open', endedAt]);
    expect(events.filter((e) => e.type === 'alert.updated').map((e) => (e as { change: string }).change)).toEqual(['condition_ended']);
    // Still re-announced while unacknowledged: it still sounds.
    clock.advance(5 * MIN);
    expect(core.alerts.tick().reannounced.map((x) => x.id)).toEqual([a!.id]);
    // The condition comes back: the same alert, holding again.
    expect(feed(s, 'spo2', [84])).toEqual([]);
    row = core.alerts.store.get(a!.id)!;
    expect([row.state, row.condition_ended_at]).toEqual(['open', null]);
    feed(s, 'spo2', [97]);
    const acked = await core.call('alerts.ack', { id: a!.id }, ctx);
    expect([acked.state, acked.condition_ended_at !== null, acked.acknowledged_at !== null, acked.resolved_at !== null]).toEqual(['resolved', true, true, true]);
    expect(rows(s)).toHaveLength(1);
    expect(events.filter((e) => e.type === 'alert.resolved').map((e) => (e as { alert: A }).alert.id)).toEqual([a!.id]);
  });

  it('resolves an alert acknowledged while its condition held as soon as the condition ends', async () => {
    const s = general('Ack');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'spo2', min: 90, priority: 'high' }] }, ctx);
    await core.call('alerts.settings.put', { subject_id: s, settings: { smoothing: { spo2: 1 } } }, ctx);
    const [a] = feed(s, 'spo2', [85]) as A[];
    expect((await core.call('alerts.ack', { id: a!.id }, ctx)).state).toBe('acknowledged');
    feed(s, 'spo2', [96]);
    expect(core.alerts.store.get(a!.id)!.state).toBe('resolved');
  });

  it('raises exactly one alert, urgent, for a single 48 mg/dL reading, and escalates one alert from 65 to 48 without lowering it on the way back', async () => {
    const one = diabetes('One');
    expect(feed(one, 'glucose', [48]).map((a) => [a.kind, a.priority])).toEqual([['urgent_low', 'high']]);
    expect(rows(one)).toHaveLength(1);

    const s = diabetes('Esc');
    const [low] = feed(s, 'glucose', [65], 5) as A[];
    expect([low!.kind, low!.priority]).toEqual(['below_threshold', 'medium']);
    const second = feed(s, 'glucose', [48], 5) as A[];
    expect(second.map((a) => [a.id, a.kind, a.priority])).toEqual([[low!.id, 'urgent_low', 'high']]);
    const esc = events.filter((e) => e.type === 'alert.updated');
    expect(esc.map((e) => [(e as { change: string }).change, (e as { alert: A }).alert.priority])).toEqual([['escalated', 'high']]);
    const row = core.alerts.store.get(low!.id)!;
    expect([row.value, row.snoozable, row.message]).toEqual([48, 0, 'Urgent low: Glucose 48 mg/dL is below 54 mg/dL']);
    // Back to 62: still below 70, and the alarm stays urgent.
    feed(s, 'glucose', [62], 5);
    expect(core.alerts.store.get(low!.id)!.priority).toBe('high');
    // Back in range: the condition ended, the alarm stands until acknowledged.
    feed(s, 'glucose', [95], 5);
    expect(rows(s).map((a) => [a.kind, a.state, a.condition_ended_at !== null])).toEqual([['urgent_low', 'open', true]]);
    expect((await core.call('alerts.ack', { id: low!.id }, ctx)).state).toBe('resolved');
    const audit = await core.call('alerts.audit', { alert_id: low!.id }, ctx);
    expect(audit.items.map((i) => i.action).reverse()).toEqual(['alert.raised', 'alert.escalated', 'alert.condition_ended', 'alert.ack', 'alert.resolved']);
  });

  it('raises the deeper alarm anew when the lesser one was already acknowledged, and closes the lesser', async () => {
    const s = diabetes('Sup');
    const [low] = feed(s, 'glucose', [66], 5) as A[];
    await core.call('alerts.ack', { id: low!.id }, ctx);
    const [urgent] = feed(s, 'glucose', [50], 5) as A[];
    expect(urgent!.id).not.toBe(low!.id);
    expect([urgent!.kind, urgent!.priority, urgent!.state]).toEqual(['urgent_low', 'high', 'open']);
    expect(core.alerts.store.get(low!.id)!.state).toBe('resolved');
    expect(rows(s).filter((a) => a.state !== 'resolved')).toHaveLength(1);
  });

  it('raises a deeper limit at once even within the re-alert interval of the lesser one', async () => {
    const s = diabetes('Re');
    const [low] = feed(s, 'glucose', [66], 5) as A[];
    feed(s, 'glucose', [90], 5);
    await core.call('alerts.ack', { id: low!.id }, ctx);
    expect(core.alerts.store.get(low!.id)!.state).toBe('resolved');
    // Back below 70 within 15 minutes: the same episode, held back …
    expect(feed(s, 'glucose', [67], 1)).toEqual([]);
    // … but 49 is an urgent low: heard at once.
    expect(feed(s, 'glucose', [49], 1).map((a) => [a.kind, a.priority])).toEqual([['urgent_low', 'high']]);
  });

  it('makes one alarm of limits set in any order, at the most urgent priority crossed, and an urgent low stays unsnoozable', async () => {
    const s = diabetes('Odd');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'glucose', min: 54, priority: 'low' }, { metric: 'glucose', min: 70, priority: 'high' }, { metric: 'glucose', min: 70, priority: 'medium' }] }, ctx);
    const got = feed(s, 'glucose', [48], 5) as unknown as Array<A & { snoozable: boolean }>;
    expect(got.map((a) => [a.kind, a.priority, a.snoozable])).toEqual([['urgent_low', 'high', false]]);
  });

  it('lets a low-priority alert resolve with its condition (it does not latch)', async () => {
    const s = diabetes('Hi');
    await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'glucose', max: 180, priority: 'low' }] }, ctx);
    const [hi] = feed(s, 'glucose', [200], 5) as A[];
    feed(s, 'glucose', [150], 5);
    expect(core.alerts.store.get(hi!.id)!.state).toBe('resolved');
  });

  it('closes a predicted urgent low as superseded once the low has arrived and its threshold alarm stands', () => {
    const s = diabetes('Pred');
    const got = feed(s, 'glucose', [100, 95, 90, 85, 80, 72, 66], 5) as A[];
    const soon = got.find((a) => a.kind === 'urgent_low_soon');
    expect(soon).toBeDefined();
    feed(s, 'glucose', [50], 5);
    expect(core.alerts.store.get(soon!.id)!.state).toBe('resolved');
    const standing = rows(s).filter((a) => a.state !== 'resolved');
    expect(standing.map((a) => [a.kind, a.priority])).toEqual([['urgent_low', 'high']]);
  });
});
