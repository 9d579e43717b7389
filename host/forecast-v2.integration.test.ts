import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { fractionRemaining } from '../core/diabetes/insulin-on-board';
import { V2_IOB_CURVE, eventInputs, featuresV2, gridBeforeV2, predictChangesV2, quantilesAtV2 } from '../models/glucose-forecast/forecast-model-v2';
import { waitFor } from '../testing/wait-for';
import { calibrationScheduler } from '../core/diabetes/calibration-scheduler';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

const MIN = 60_000;
const NOW = Date.parse('2026-11-23T12:00:00Z');
const iso = (t: number) => new Date(t).toISOString();
const r1 = (x: number) => Math.round(Math.min(400, Math.max(40, x)) * 10) / 10;
/** Three hours of 5-minute readings ending at NOW, a slow wave around 150 mg/dL. */
const series = Array.from({ length: 37 }, (_, k) => ({ t: NOW - (36 - k) * 5 * MIN, value: Math.round(150 + 40 * Math.sin(k / 6)) }));

async function setUp() {
  hub = await startTestHub({ clock: new ManualClock(NOW) });
  const token = await hub.signUp('pat@example.org');
  const subject = (await hub.api('POST', '/api/subjects', { name: 'Pat', kind: 'diabetes' }, token)).body as { id: string };
  const base = `/api/subjects/${subject.id}`;
  await hub.api('POST', `${base}/observations`, series.map((r) => ({ metric: 'glucose', t: iso(r.t), value: r.value })), token);
  return { token, base };
}

/** What forecast v2 answers at the newest reading for these events (minutes, units / grams). */
async function expected(boluses: Array<{ t: number; amount: number }>, meals: Array<{ t: number; amount: number }>) {
  const t = series.map((r) => r.t / MIN);
  const grid = gridBeforeV2(t, series.map((r) => r.value), t.length - 1)!;
  const out = await predictChangesV2([featuresV2(grid, eventInputs(NOW / MIN, boluses, meals))]);
  const last = series.at(-1)!.value;
  return [0, 5, 11].map((h) => {
    const [lo, mid, hi] = quantilesAtV2(out, 0, h);
    return { lo: r1(last + lo), mg_dl: r1(last + mid), hi: r1(last + hi) };
  });
}
const pick = (points: Array<{ lo: number; mg_dl: number; hi: number }>) => [0, 5, 11].map((i) => ({ lo: points[i]!.lo, mg_dl: points[i]!.mg_dl, hi: points[i]!.hi }));

describe('forecast v2 through the hub', () => {
  it('forecasts from glucose alone when no bolus or meal is logged, and says so', async () => {
    const { token, base } = await setUp();
    const r = await hub!.api('GET', `${base}/forecast?horizon_min=60`, undefined, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.source).toBe('model');
    expect(r.body.method).toMatch(/forecast model v2/);
    expect(r.body.inputs_used).toEqual({ model: 'v2', glucose_min: 60, insulin_on_board_u: null, carbs_on_board_g: null, calibrated_to_person: false, words: 'glucose of the last hour only (no bolus or meal logged in the last 24 hours)' });
    expect(r.body.inputs).toMatchObject({ readings: 13, span_min: 60 });
    expect(pick(r.body.points)).toEqual(await expected([], []));
  }, 60_000);

  it('uses insulin and carbohydrate on board from the person’s own logged bolus and meal, and ignores what comes later', async () => {
    const { token, base } = await setUp();
    const before = (await hub!.api('GET', `${base}/forecast?horizon_min=60`, undefined, token)).body;
    // A bolus and a meal half an hour ago; basal and a bolus after the forecast time must not count.
    const events = [
      { type: 'insulin', t: iso(NOW - 30 * MIN), data: { units: 4, kind: 'bolus' } },
      { type: 'meal', t: iso(NOW - 30 * MIN), data: { carbs_g: 60 } },
      { type: 'insulin', t: iso(NOW - 20 * MIN), data: { units: 12, kind: 'basal' } },
      { type: 'insulin', t: iso(NOW + 1 * MIN), data: { units: 6, kind: 'bolus' } },
    ];
    for (const event of events) expect((await hub!.api('POST', `${base}/events`, event, token)).status).toBe(201);
    const r = await hub!.api('GET', `${base}/forecast?at=${iso(NOW)}&horizon_min=60`, undefined, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // 4 U given 30 min ago on the 5 h / 75 min curve; 60 g absorbed linearly over 3 h, a sixth gone.
    const iob = Math.round(4 * fractionRemaining(30, V2_IOB_CURVE) * 10) / 10;
    expect(r.body.inputs_used).toMatchObject({ model: 'v2', insulin_on_board_u: iob, carbs_on_board_g: 50, calibrated_to_person: false });
    expect(r.body.inputs_used.words).toBe(`glucose of the last hour, insulin on board ${iob} U and carbohydrate on board 50 g from what is logged here`);
    const want = await expected([{ t: NOW / MIN - 30, amount: 4 }], [{ t: NOW / MIN - 30, amount: 60 }]);
    expect(pick(r.body.points)).toEqual(want);
    expect(pick(r.body.points)).not.toEqual(pick(before.points));
    // The dose panel's 30-minute forecast is the same forecast, events included.
    await hub!.api('PUT', `${base}/dosing`, { carb_ratio_g_per_u: 12, isf_mg_dl_per_u: 40, target_mg_dl: 110, insulin_duration_h: 4, max_bolus_u: 12 }, token);
    const d = (await hub!.api('POST', `${base}/dose-suggestion`, { carbs_g: 0, at: iso(NOW) }, token)).body;
    expect(d.inputs.forecast_30).toEqual({ source: 'model', ...want[1], made_from: r.body.inputs_used.words });
  }, 60_000);

  it('bridges a 20-minute gap, as 15-minute sensors need, and falls back to the trend line on a longer one or under an hour', async () => {
    const { token, base } = await setUp();
    // Readings at NOW − 15, − 10 and − 5 removed: a 20-minute step, bridged by v2 (v1 bridged 15).
    // Through the compact layout's view (migration 0021), whose trigger's deletes `changes` does not count: count before and after.
    const count = hub!.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE metric = 'glucose'`).pluck();
    const del = hub!.core.deps.db.$client.prepare(`DELETE FROM observations WHERE metric = 'glucose' AND t = ?`);
    const drop = { run: (t: number) => ({ changes: ((n) => (del.run(t), n - (count.get() as number)))(count.get() as number) }) };
    for (const m of [15, 10, 5]) expect(drop.run(NOW - m * MIN).changes).toBe(1);
    const bridged = (await hub!.api('GET', `${base}/forecast?horizon_min=30`, undefined, token)).body;
    expect(bridged.source).toBe('model');
    expect(bridged.inputs_used.model).toBe('v2');
    // A 25-minute step is not bridged by any model.
    expect(drop.run(NOW - 20 * MIN).changes).toBe(1);
    const gap = (await hub!.api('GET', `${base}/forecast?horizon_min=30`, undefined, token)).body;
    expect(gap.source).toBe('trend');
    expect(gap.points).toEqual([]); // one reading in the last 25 minutes: no trend either, and it says why
    expect(gap.reason).toMatch(/at least 3 glucose readings/);
    // Under an hour of readings.
    const early = (await hub!.api('GET', `${base}/forecast?at=${iso(series[0]!.t + 50 * MIN)}&horizon_min=30`, undefined, token)).body;
    expect(early.source).toBe('trend');
  }, 60_000);
});

describe('per-person forecast calibration through the hub', () => {
  /** `days` of 5-minute readings ending at NOW: a 6-hour wave the model reads too cautiously. */
  async function person(days: number) {
    const clock = new ManualClock(NOW);
    hub = await startTestHub({ clock });
    const token = await hub.signUp('pat@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Pat', kind: 'diabetes' }, token)).body as { id: string };
    const n = days * 288;
    const readings = Array.from({ length: n }, (_, k) => ({ metric: 'glucose', t: iso(NOW - (n - 1 - k) * 5 * MIN), value: Math.round(160 + 70 * Math.sin((2 * Math.PI * k) / 72)) }));
    for (let i = 0; i < readings.length; i += 10_000) expect((await hub.api('POST', `/api/subjects/${subject.id}/observations`, readings.slice(i, i + 10_000), token)).status).toBe(201);
    const rpc = (name: string, t = token) => hub!.api('POST', `/api/rpc/${name}`, { subject_id: subject.id }, t);
    return { token, subject, rpc, clock, base: `/api/subjects/${subject.id}` };
  }

  it('is not tried before 14 days of the person’s readings', async () => {
    const { rpc } = await person(10);
    const r = await rpc('diabetes.forecast.calibrate');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ calibrated: null, last_attempt: { kept: false, reason: 'needs 14 days of readings' } });
  }, 120_000);

  it('is fitted on older weeks, kept only if it lowers the error on the most recent one, applied to the forecast, and can be reset', async () => {
    const { token, rpc, base } = await person(21);
    const viewer = await hub!.signUp('viewer@example.org');
    await hub!.api('POST', `${base}/grants`, { email: 'viewer@example.org', role: 'viewer' }, token);
    expect((await rpc('diabetes.forecast.calibrate', viewer)).status).toBe(403);
    const r = await rpc('diabetes.forecast.calibrate');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const a = r.body.last_attempt;
    expect(a.at).toBe(iso(NOW));
    const mse = (x: { rmse_30: number; rmse_60: number }) => x.rmse_30 ** 2 + x.rmse_60 ** 2;
    // On this wave the model as trained is too cautious, and the person's own fit corrects it.
    expect(a.kept).toBe(true);
    expect(mse(a.after)).toBeLessThan(mse(a.before));
    expect(r.body.calibrated).toEqual({ fitted_at: iso(NOW), before: a.before, after: a.after });
    expect((await rpc('diabetes.forecast.calibration', viewer)).body).toEqual(r.body);
    const f = (await hub!.api('GET', `${base}/forecast?at=${iso(NOW)}&horizon_min=60`, undefined, token)).body;
    expect(f.inputs_used).toMatchObject({ model: 'v2', calibrated_to_person: true });
    expect(f.inputs_used.words).toMatch(/calibrated to this person on 2026-11-23$/);
    // A viewer cannot reset it; the owner can, and the forecast is the model's own again.
    expect((await rpc('diabetes.forecast.calibration.reset', viewer)).status).toBe(403);
    expect((await rpc('diabetes.forecast.calibration.reset')).body).toEqual({ calibrated: null, last_attempt: null });
    const g = (await hub!.api('GET', `${base}/forecast?at=${iso(NOW)}&horizon_min=60`, undefined, token)).body;
    expect(g.inputs_used.calibrated_to_person).toBe(false);
    expect(g.points).not.toEqual(f.points);
  }, 180_000);

  it('is tried in the background when the person’s forecast is looked at, at most once a day', async () => {
    const { token, rpc, base, clock } = await person(15);
    expect((await rpc('diabetes.forecast.calibration')).body).toEqual({ calibrated: null, last_attempt: null });
    const look = async () => expect((await hub!.api('GET', `${base}/forecast?horizon_min=60`, undefined, token)).status).toBe(200);
    const attempt = async () => (await rpc('diabetes.forecast.calibration')).body.last_attempt as { at: string } | null;
    await look();
    expect((await waitFor('a background calibration attempt', attempt, { timeoutMs: 60_000 })).at).toBe(iso(NOW));
    // Looked at again later the same day: no new attempt.
    clock.advance(30 * MIN);
    await look();
    await waitFor('the forecast call to settle', async () => (await rpc('diabetes.forecast.calibration')).status === 200);
    expect((await attempt())!.at).toBe(iso(NOW));
    // A day on (signed in again: a token lasts less than that), it tries again.
    clock.advance(24 * 60 * MIN);
    const fresh = (await hub!.api('POST', '/api/auth/login', { email: 'pat@example.org', password: 'correct horse battery' })).body.access_token as string;
    expect((await hub!.api('GET', `${base}/forecast?horizon_min=60`, undefined, fresh)).status).toBe(200);
    await waitFor('a second background attempt', async () => (await rpc('diabetes.forecast.calibration', fresh)).body.last_attempt?.at === iso(NOW + 24.5 * 60 * MIN), { timeoutMs: 60_000 });
  }, 120_000);

  it('is tried by the daily timer for people whose forecast nobody opens, once a day, not before 14 days', async () => {
    const { token, rpc, clock } = await person(15);
    const young = (await hub!.api('POST', '/api/subjects', { name: 'New', kind: 'diabetes' }, token)).body as { id: string };
    const newReadings = Array.from({ length: 288 }, (_, k) => ({ metric: 'glucose', t: iso(NOW - (287 - k) * 5 * MIN), value: 140 }));
    expect((await hub!.api('POST', `/api/subjects/${young.id}/observations`, newReadings, token)).status).toBe(201);
    const attemptOf = async (subject_id: string, t = token) => (await hub!.api('POST', '/api/rpc/diabetes.forecast.calibration', { subject_id }, t)).body.last_attempt as { at: string } | null;
    const timer = calibrationScheduler(hub!.core);

    expect(await timer.runDue()).toBe(1);
    expect((await rpc('diabetes.forecast.calibration')).body.last_attempt.at).toBe(iso(NOW));
    expect(await attemptOf(young.id)).toBeNull();
    // Later the same day: nobody is due.
    clock.advance(6 * 60 * MIN);
    expect(await timer.runDue()).toBe(0);
    // A day after the last try, it is tried again.
    clock.advance(18 * 60 * MIN + 1);
    expect(await timer.runDue()).toBe(1);
    const fresh = (await hub!.api('POST', '/api/auth/login', { email: 'pat@example.org', password: 'correct horse battery' })).body.access_token as string;
    expect((await rpc('diabetes.forecast.calibration', fresh)).body.last_attempt.at).toBe(iso(NOW + 24 * 60 * MIN + 1));
  }, 180_000);
});
