import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { fractionRemaining } from '../core/diabetes/insulin-on-board';
import { eventInputs, featuresV2, predictChangesV2, quantilesAtV2 } from '../models/glucose-forecast/forecast-model-v2';
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
const SETTINGS = { carb_ratio_g_per_u: 12, isf_mg_dl_per_u: 40, target_mg_dl: 110, insulin_duration_h: 4, max_bolus_u: 12, dose_step_u: 0.1 };

async function setUp() {
  const clock = new ManualClock(NOW);
  hub = await startTestHub({ clock });
  const token = await hub.signUp('pat@example.org');
  const subject = (await hub.api('POST', '/api/subjects', { name: 'Pat', kind: 'diabetes' }, token)).body as { id: string };
  const base = `/api/subjects/${subject.id}`;
  const dose = (body: unknown, t: string = token) => hub!.api('POST', `${base}/dose-suggestion`, body, t);
  const audits = () => hub!.core.deps.db.$client.prepare(`SELECT action, detail FROM audit WHERE action = 'dose.suggest' ORDER BY id`).all() as Array<{ action: string; detail: string }>;
  return { clock, token, subject, base, dose, audits };
}

describe('dose suggestions through the hub', () => {
  it('count a logged meal no bolus covered and the person’s exercise reduction, and leave out a covered one', async () => {
    const { token, base, dose, audits } = await setUp();
    // Bad exercise settings are named and store nothing.
    const bad = await hub!.api('PUT', `${base}/dosing`, { ...SETTINGS, exercise_reduction_pct: 30 }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('settings.exercise_window_h');
    expect((await hub!.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();
    expect((await hub!.api('PUT', `${base}/dosing`, { ...SETTINGS, exercise_reduction_pct: 20, exercise_window_h: 1.5, carb_absorption_h: 2 }, token)).status).toBe(200);
    // A 30 g snack 30 minutes ago with no bolus; a 50 g lunch 90 minutes ago with its bolus; a run planned in an hour.
    const snack = (await hub!.api('POST', `${base}/events`, { type: 'meal', t: iso(NOW - 30 * MIN), data: { carbs_g: 30 } }, token)).body.id as string;
    await hub!.api('POST', `${base}/events`, { type: 'meal', t: iso(NOW - 90 * MIN), data: { carbs_g: 50, absorption_min: 240 } }, token);
    const bolus = (await hub!.api('POST', `${base}/events`, { type: 'insulin', t: iso(NOW - 100 * MIN), data: { units: 4, kind: 'bolus' } }, token)).body.id as string;
    const badMeal = await hub!.api('POST', `${base}/events`, { type: 'meal', t: iso(NOW), data: { carbs_g: 10, absorption_min: 5 } }, token);
    expect(badMeal.status).toBe(400);
    expect(badMeal.body.error.message).toMatch(/absorption_min must be 15–480 minutes/);

    const r = await dose({ carbs_g: 0, glucose_mg_dl: 110, planned_exercise_in_min: 60 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = r.body;
    // Snack: 30 × (1 − 30/120) = 22.5 g, added; lunch: 50 × (1 − 90/240) = 31.25 g, covered by the bolus.
    expect(s.inputs.carbs_on_board).toMatchObject({ grams: 53.8, added_g: 22.5 });
    expect(s.inputs.carbs_on_board.meals).toEqual([
      expect.objectContaining({ t: iso(NOW - 90 * MIN), carbs_g: 50, absorption_min: 240, remaining_g: 31.3, counted: 'covered', covered_by: bolus }),
      expect.objectContaining({ event_id: snack, carbs_g: 30, absorption_min: 120, remaining_g: 22.5, counted: 'added', covered_by: null }),
    ]);
    expect(s.inputs.activity).toEqual({ reduction_pct: 20, window_h: 1.5, applied_pct: 20, exercise: [{ event_id: null, t: iso(NOW + 60 * MIN), kind: null, duration_min: null, planned: true, in_window: true }] });
    // At target, so the insulin on board offsets nothing: 22.5 ÷ 12 = 1.875 U, less 20 % = 1.5 U.
    expect(s.parts).toEqual({ carbs_u: 0, cob_u: 1.88, correction_u: 0, iob_applied_u: 0, activity_u: 0.38, total_u: 1.5 });
    expect(s.units).toBe(1.5);
    expect(s.method).toMatch(/carbs on board from logged meals no bolus covered/);
    expect(JSON.parse(audits().at(-1)!.detail)).toMatchObject({ units: 1.5, cob_added_g: 22.5, exercise_pct: 20 });
    const tooFar = await dose({ carbs_g: 0, glucose_mg_dl: 110, planned_exercise_in_min: 721 });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.field).toBe('planned_exercise_in_min');
  });

  it('appear only once the person’s own settings are in, and the settings are checked and attributed', async () => {
    const { token, base, dose, audits } = await setUp();
    const none = await dose({ carbs_g: 40, glucose_mg_dl: 150 });
    expect(none.status).toBe(422);
    expect(none.body.error.message).toMatch(/needs this person's own insulin settings first \(carb_ratio_g_per_u, isf_mg_dl_per_u, target_mg_dl, insulin_duration_h, max_bolus_u\)/);
    expect(none.body.error.field).toBe('settings.carb_ratio_g_per_u');
    expect((await hub!.api('GET', `${base}/dosing`, undefined, token)).body).toEqual({ settings: null, missing: ['carb_ratio_g_per_u', 'isf_mg_dl_per_u', 'target_mg_dl', 'insulin_duration_h', 'max_bolus_u'] });

    // Each bad value is named, and nothing is stored.
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...SETTINGS, carb_ratio_g_per_u: 0 }, 'settings.carb_ratio_g_per_u', /2–150 g per unit/],
      [{ ...SETTINGS, max_bolus_u: 80 }, 'settings.max_bolus_u', /0.5–30 units/],
      [{ ...SETTINGS, dose_step_u: 0.25 }, 'settings.dose_step_u', /0.05, 0.1, 0.5 or 1/],
      [{ ...SETTINGS, insulin_duration_h: 3, insulin_peak_min: 95 }, 'settings.insulin_peak_min', /under half the duration of action \(3 h\)/],
      [{ carb_ratio_g_per_u: 12 }, 'settings.isf_mg_dl_per_u', /.+/],
      [{ ...SETTINGS, surprise: 1 }, 'settings', /surprise/],
    ];
    for (const [body, field, message] of cases) {
      const r = await hub!.api('PUT', `${base}/dosing`, body, token);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field).toBe(field);
      expect(r.body.error.message).toMatch(message);
    }
    // A person edit cannot slip settings past those checks.
    const sneak = await hub!.api('PATCH', base, { settings: { dosing: { ...SETTINGS, set_by: 'x', set_at: iso(NOW) } } }, token);
    expect(sneak.status).toBe(400);
    expect(sneak.body.error.message).toMatch(/PUT \/api\/subjects\/:id\/dosing/);
    expect((await hub!.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();

    // A viewer may read a suggestion but not set the ratios.
    const viewer = await hub!.signUp('viewer@example.org');
    await hub!.api('POST', `${base}/grants`, { email: 'viewer@example.org', role: 'viewer' }, token);
    expect((await hub!.api('PUT', `${base}/dosing`, SETTINGS, viewer)).status).toBe(403);

    const put = await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ settings: { ...SETTINGS, insulin_peak_min: 75, carb_absorption_h: 3, set_by: 'pat@example.org', set_at: iso(NOW) }, missing: [] });
    expect((await hub!.api('GET', `${base}/dosing`, undefined, viewer)).body).toEqual(put.body);
    expect((await dose({ carbs_g: 36, glucose_mg_dl: 150 }, viewer)).status).toBe(200);

    // Forgetting them stops suggestions again.
    expect((await hub!.api('DELETE', `${base}/dosing`, undefined, token)).body.settings).toBeNull();
    expect((await dose({ carbs_g: 36, glucose_mg_dl: 150 })).status).toBe(422);
    // Only the suggestion made was audited; refusals store nothing.
    expect(audits()).toHaveLength(1);
  });

  it('takes ratios, factors and targets by time of day in the person’s zone, checking each entry', async () => {
    const { token, base, dose } = await setUp();
    const schedule = { ...SETTINGS, carb_ratio_g_per_u: [{ from: '00:00', value: 15 }, { from: '11:00', value: 10 }], target_mg_dl: [{ from: '00:00', value: 120 }, { from: '07:00', value: 100 }], time_zone: 'America/New_York' };
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...schedule, carb_ratio_g_per_u: [{ from: '06:00', value: 15 }] }, 'settings.carb_ratio_g_per_u.0.from', /must start at 00:00/],
      [{ ...schedule, carb_ratio_g_per_u: [{ from: '00:00', value: 15 }, { from: '00:00', value: 9 }] }, 'settings.carb_ratio_g_per_u.1.from', /times must increase \(00:00 then 00:00\)/],
      [{ ...schedule, carb_ratio_g_per_u: [{ from: '00:00', value: 15 }, { from: '11:00', value: 400 }] }, 'settings.carb_ratio_g_per_u.1.value', /carb ratio must be 2–150 g per unit/],
      [{ ...schedule, isf_mg_dl_per_u: [{ from: '25:00', value: 40 }] }, 'settings.isf_mg_dl_per_u.0.from', /HH:MM/],
      [{ ...schedule, target_mg_dl: 'low' }, 'settings.target_mg_dl', /a number or a list/],
      [{ ...schedule, time_zone: undefined }, 'settings.time_zone', /needs the time zone/],
      [{ ...schedule, time_zone: 'Mars/Olympus' }, 'settings.time_zone', /IANA name/],
    ];
    for (const [body, field, message] of cases) {
      const r = await hub!.api('PUT', `${base}/dosing`, body, token);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field).toBe(field);
      expect(r.body.error.message).toMatch(message);
    }
    expect((await hub!.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();
    expect((await hub!.api('PUT', `${base}/dosing`, schedule, token)).status).toBe(200);

    // 12:00 UTC is 07:00 in New York in November: ratio 15 until 11:00, target 100 from 07:00.
    const morning = (await dose({ carbs_g: 30, glucose_mg_dl: 140, at: iso(NOW) })).body;
    expect(morning.inputs.in_effect).toEqual({ carb_ratio_g_per_u: 15, isf_mg_dl_per_u: 40, target_mg_dl: 100, local_time: '07:00' });
    // 30 ÷ 15 = 2 U; (140 − 100) ÷ 40 = 1 U.
    expect(morning.units).toBe(3);
    const lunch = (await dose({ carbs_g: 30, glucose_mg_dl: 140, at: '2026-11-23T17:00:00Z' })).body;
    expect(lunch.inputs.in_effect).toMatchObject({ carb_ratio_g_per_u: 10, target_mg_dl: 100, local_time: '12:00' });
    expect(lunch.units).toBe(4);
  });

  it('uses the newest CGM reading, its trend and the bolus insulin logged within the duration of action', async () => {
    const { token, base, dose, audits } = await setUp();
    await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    // A steady rise of 1 mg/dL/min over 30 minutes, ending at 190 two minutes ago.
    const readings = Array.from({ length: 7 }, (_, i) => ({ metric: 'glucose', t: iso(NOW - 2 * MIN - (6 - i) * 5 * MIN), value: 160 + i * 5 }));
    expect((await hub!.api('POST', `${base}/observations`, readings, token)).status).toBe(201);
    const ev = async (t: number, data: Record<string, unknown>) => (await hub!.api('POST', `${base}/events`, { type: 'insulin', t: iso(t), data }, token)).body.id as string;
    const recent = await ev(NOW - 60 * MIN, { units: 3, kind: 'bolus' });
    await ev(NOW - 30 * MIN, { units: 20, kind: 'basal' }); // background insulin: not on board
    await ev(NOW - 241 * MIN, { units: 5, kind: 'bolus' }); // past the 4 h of action
    await ev(NOW + 10 * MIN, { units: 4, kind: 'bolus' }); // after the time asked

    const r = await dose({ carbs_g: 60, at: iso(NOW) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = r.body;
    const onBoard = 3 * fractionRemaining(60, { durationMin: 240, peakMin: 75 });
    expect(s.inputs.glucose).toEqual({ mg_dl: 190, source: 'cgm', t: iso(NOW - 2 * MIN), age_min: 2, band_mg_dl: { lo: 152, hi: 228 } });
    expect(s.inputs.trend.slope_mg_dl_per_min).toBe(1);
    expect(s.inputs.insulin_on_board.doses).toEqual([{ event_id: recent, t: iso(NOW - 60 * MIN), units: 3, remaining_u: Math.round(onBoard * 100) / 100 }]);
    // 60 ÷ 12 = 5 U; (190 − 110) ÷ 40 = 2 U, of which the insulin on board offsets all it can.
    const applied = Math.min(onBoard, 2);
    expect(s.parts.carbs_u).toBe(5);
    expect(s.parts.correction_u).toBe(2);
    expect(s.parts.iob_applied_u).toBeCloseTo(applied, 2);
    expect(s.units).toBe(Math.floor((7 - applied) * 10 + 1e-9) / 10);
    expect(s.status).toBe('dose');
    expect(s.range_units.lo).toBeLessThan(s.units);
    expect(s.range_units.hi).toBeGreaterThan(s.units);
    expect(s.note).toMatch(/not a prescription/);
    // Half an hour of readings: the dashboard's forecast is the trend line here too.
    expect(s.inputs.forecast_30).toEqual({ source: 'trend', mg_dl: s.inputs.trend.in_30_min_mg_dl, lo: s.inputs.trend.lo, hi: s.inputs.trend.hi, made_from: 'glucose of the last 25 minutes only (the trend line)' });

    const audit = JSON.parse(audits().at(-1)!.detail);
    expect(audit).toMatchObject({ status: 'dose', units: s.units, carbs_g: 60, iob_u: s.inputs.insulin_on_board.units });
  });

  it('asks for a meter reading when the sensor is not current, and treats a low before anything else', async () => {
    const { clock, token, base, dose } = await setUp();
    await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    await hub!.api('POST', `${base}/observations`, [{ metric: 'glucose', t: iso(NOW - 20 * MIN), value: 140 }], token);
    const stale = await dose({ carbs_g: 30 });
    expect(stale.body).toMatchObject({ status: 'unavailable', units: null, inputs: { glucose: null, trend: null } });
    expect(stale.body.reason).toMatch(/enter it/);

    const entered = await dose({ carbs_g: 30, glucose_mg_dl: 86 });
    expect(entered.body.inputs.glucose).toMatchObject({ mg_dl: 86, source: 'entered', age_min: 0, band_mg_dl: { lo: 71, hi: 101 } });
    // 30 ÷ 12 = 2.5; (86 − 110) ÷ 40 = −0.6 → 1.9 U.
    expect(entered.body.units).toBe(1.9);

    clock.set(NOW + 60 * MIN);
    await hub!.api('POST', `${base}/observations`, [{ metric: 'glucose', t: iso(NOW + 58 * MIN), value: 62 }], token);
    const low = await dose({ carbs_g: 30 });
    expect(low.body).toMatchObject({ status: 'no_insulin', units: 0 });
    expect(low.body.reason).toMatch(/Glucose 62 mg\/dL is below 70/);
  });

  it('keeps what it suggested, newest first, for anyone who may read the person and nobody else', async () => {
    const { clock, token, base, dose } = await setUp();
    await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    await dose({ carbs_g: 48, glucose_mg_dl: 150 });
    clock.set(NOW + 3_600_000);
    await dose({ carbs_g: 0, glucose_mg_dl: 60 });
    const viewer = await hub!.signUp('nan@example.org');
    await hub!.api('POST', `${base}/grants`, { email: 'nan@example.org', role: 'viewer' }, token);
    const r = await hub!.api('GET', `${base}/dose-suggestions?limit=10`, undefined, viewer);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // 48 ÷ 12 = 4 U; (150 − 110) ÷ 40 = 1 U; meter band 127.5–172.5, carbs 38.4–57.6 → 3.2 + 0.4 = 3.6 and 4.8 + 1.5 = 6.3.
    expect(r.body.items).toEqual([
      { at: iso(NOW + 3_600_000), by: 'pat@example.org', status: 'no_insulin', units: 0, range_units: null, carbs_g: 0, glucose_mg_dl: 60, glucose_source: 'entered', iob_u: 0 },
      { at: iso(NOW), by: 'pat@example.org', status: 'dose', units: 5, range_units: { lo: 3.6, hi: 6.3 }, carbs_g: 48, glucose_mg_dl: 150, glucose_source: 'entered', iob_u: 0 },
    ]);
    expect((await hub!.api('GET', `${base}/dose-suggestions?limit=1`, undefined, token)).body.items).toHaveLength(1);
    const stranger = await hub!.signUp('eve@example.org');
    expect((await hub!.api('GET', `${base}/dose-suggestions`, undefined, stranger)).status).toBe(403);
  });

  it('rejects bad input by name', async () => {
    const { token, base, dose, audits } = await setUp();
    await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    for (const [body, field] of [[{ carbs_g: -5 }, 'carbs_g'], [{ carbs_g: 'lots' }, 'carbs_g'], [{ carbs_g: 20, glucose_mg_dl: 900 }, 'glucose_mg_dl'], [{ carbs_g: 20, at: 'noon' }, 'at']] as const) {
      const r = await dose(body);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
    expect(audits()).toHaveLength(0);
  });
});

describe('GET /api/subjects/:id/forecast', () => {
  it('forecasts from readings stamped at or before the time asked, with its band, inputs and words', async () => {
    const { token, base } = await setUp();
    const readings = Array.from({ length: 12 }, (_, i) => ({ metric: 'glucose', t: iso(NOW - (11 - i) * 5 * MIN), value: 150 - i * 2 }));
    await hub!.api('POST', `${base}/observations`, readings, token);
    const r = await hub!.api('GET', `${base}/forecast?at=${iso(NOW - 25 * MIN)}&horizon_min=30`, undefined, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.at).toBe(iso(NOW - 25 * MIN));
    expect(r.body.source).toBe('trend'); // 35 minutes of history: too little for the model
    // At NOW − 25 min the newest reading is 150 − 2·6 = 138, falling 0.4 mg/dL/min.
    expect(r.body.inputs).toMatchObject({ level_mg_dl: 138, slope_mg_dl_per_min: -0.4 });
    expect(r.body.points.map((p: { t: string }) => p.t)).toEqual([5, 10, 15, 20, 25, 30].map((m) => iso(NOW - 25 * MIN + m * MIN)));
    expect(r.body.points[5].mg_dl).toBe(126);
    expect(r.body.points.every((p: { lo: number; mg_dl: number; hi: number }) => p.lo < p.mg_dl && p.mg_dl < p.hi)).toBe(true);
    expect(r.body.note).toMatch(/not a prescription/);
    expect((await hub!.api('GET', `${base}/forecast?horizon_min=500`, undefined, token)).body.error.field).toBe('horizon_min');
  });

  it('uses the model with an hour of readings, placing its points between the model’s horizons when the newest reading is minutes old', async () => {
    const { token, base } = await setUp();
    // 13 readings ending 7.5 minutes before NOW.
    const last = NOW - 7.5 * MIN;
    const values = [110, 112, 115, 119, 124, 130, 137, 143, 148, 152, 155, 157, 158];
    await hub!.api('POST', `${base}/observations`, values.map((value, k) => ({ metric: 'glucose', t: iso(last - (12 - k) * 5 * MIN), value })), token);
    const r = await hub!.api('GET', `${base}/forecast?horizon_min=120`, undefined, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.source).toBe('model');
    expect(r.body.points).toHaveLength(24);
    // Nothing logged: forecast v2 from glucose alone.
    const out = await predictChangesV2([featuresV2(values, eventInputs(0, [], []))]);
    // The point 5 minutes after NOW is 12.5 minutes after the newest reading: halfway between the model's 10 and 15.
    const mid = (h: number, k: 0 | 1 | 2) => (quantilesAtV2(out, 0, h / 5 - 1)[k] + quantilesAtV2(out, 0, h / 5)[k]) / 2;
    const r1 = (x: number) => Math.round(x * 10) / 10;
    expect(r.body.points[0]).toEqual({ t: iso(NOW + 5 * MIN), lo: r1(158 + mid(10, 0)), mg_dl: r1(158 + mid(10, 1)), hi: r1(158 + mid(10, 2)) });
    // 120 minutes after NOW is 127.5 after the reading: between the model's 125 and 130.
    expect(r.body.points[23].mg_dl).toBe(r1(Math.min(400, Math.max(40, 158 + mid(125, 1)))));
    // A dose suggestion shows the same 30-minute forecast as the dashboard.
    await hub!.api('PUT', `${base}/dosing`, SETTINGS, token);
    const d = (await hub!.api('POST', `${base}/dose-suggestion`, { carbs_g: 20 }, token)).body;
    const at30 = (await hub!.api('GET', `${base}/forecast?horizon_min=30`, undefined, token)).body.points[5];
    expect(d.inputs.forecast_30).toEqual({ source: 'model', mg_dl: at30.mg_dl, lo: at30.lo, hi: at30.hi, made_from: 'glucose of the last hour only (no bolus or meal logged in the last 24 hours)' });
    expect(d.inputs.trend).not.toBeNull();
    // Twenty minutes later the reading is no longer current: the model does not forecast from it.
    const stale = await hub!.api('GET', `${base}/forecast?at=${iso(NOW + 10 * MIN)}&method=model`, undefined, token);
    expect(stale.body.points).toEqual([]);
    expect(stale.body.reason).toMatch(/at most 15 minutes old/);
  });
});
