import { describe, expect, it } from 'vitest';
import { DosingSettingsPut, type DosingSettings } from '../../api/dosing';
import { remainingCarbs } from './carbs-on-board';
import { calculate, glucoseBand, localTime, roundDown, settingsAt, suggestDose, valueAt, type DoseInputs } from './dose-math';
import { activity, fractionRemaining, insulinOnBoard } from './insulin-on-board';

const MIN = 60_000;
const AT = Date.parse('2026-11-23T12:00:00Z');
const settings: DosingSettings = {
  carb_ratio_g_per_u: 10,
  isf_mg_dl_per_u: 50,
  target_mg_dl: 100,
  insulin_duration_h: 5,
  max_bolus_u: 10,
  dose_step_u: 0.5,
  insulin_peak_min: 75,
  set_by: 'pat@example.org',
  set_at: '2026-11-01T00:00:00.000Z',
};
const cgm = (mg_dl: number, agoMin = 2) => ({ mg_dl, source: 'cgm' as const, t: AT - agoMin * MIN });
const inputs = (p: Partial<DoseInputs>): DoseInputs => ({ at: AT, carbsG: 60, glucose: cgm(200), trend: null, doses: [], settings, ...p });

describe('the insulin action curve', () => {
  const curve = { durationMin: 300, peakMin: 75 };

  it('starts with the whole dose on board and ends with none exactly at the duration of action', () => {
    expect(fractionRemaining(0, curve)).toBe(1);
    expect(fractionRemaining(300, curve)).toBe(0);
    expect(fractionRemaining(299.9, curve)).toBeLessThan(1e-4);
    expect(fractionRemaining(-10, curve)).toBe(1);
  });

  it('only ever decreases, and its activity is what disappears from it each minute', () => {
    let prev = 1;
    for (let t = 1; t < 300; t++) {
      const r = fractionRemaining(t, curve);
      expect(r).toBeLessThan(prev);
      // d(remaining)/dt = −activity, by central differences.
      const slope = (fractionRemaining(t + 0.01, curve) - fractionRemaining(t - 0.01, curve)) / 0.02;
      expect(slope).toBeCloseTo(-activity(t, curve), 6);
      prev = r;
    }
  });

  it('acts fastest at the peak the settings give', () => {
    let best = 0;
    for (let t = 1; t < 300; t++) if (activity(t, curve) > activity(best, curve)) best = t;
    expect(best).toBe(75);
    const ultra = { durationMin: 300, peakMin: 55 };
    let bestUltra = 0;
    for (let t = 1; t < 300; t++) if (activity(t, ultra) > activity(bestUltra, ultra)) bestUltra = t;
    expect(bestUltra).toBe(55);
  });

  it('refuses a peak at or beyond half the duration, where the curve does not exist', () => {
    expect(() => fractionRemaining(10, { durationMin: 180, peakMin: 90 })).toThrow(/under half the duration/);
  });

  it('adds up what remains of each dose and ignores a dose stamped after the time asked', () => {
    const doses = [{ t: AT, units: 4 }, { t: AT - 300 * MIN, units: 6 }, { t: AT + MIN, units: 9 }, { t: AT - 120 * MIN, units: 2 }];
    const iob = insulinOnBoard(doses, AT, curve);
    expect(iob.each[0]).toBe(4);
    expect(iob.each[1]).toBe(0);
    expect(iob.each[2]).toBe(0);
    expect(iob.each[3]).toBeCloseTo(2 * fractionRemaining(120, curve), 12);
    expect(iob.units).toBeCloseTo(4 + 2 * fractionRemaining(120, curve), 12);
  });
});

describe('the bolus calculation', () => {
  it('covers the carbohydrate and corrects towards the target', () => {
    const s = suggestDose(inputs({}));
    // 60 g ÷ 10 g/U = 6 U; (200 − 100) ÷ 50 = 2 U.
    expect(s.status).toBe('dose');
    expect(s.parts).toEqual({ carbs_u: 6, cob_u: 0, correction_u: 2, iob_applied_u: 0, activity_u: 0, total_u: 8 });
    expect(s.units).toBe(8);
    // CGM band ±20 %: 160–240 mg/dL; carbs ±20 %: 48–72 g → 4.8 + 1.2 = 6 and 7.2 + 2.8 = 10.
    expect(s.inputs.glucose?.band_mg_dl).toEqual({ lo: 160, hi: 240 });
    expect(s.inputs.carbs_band_g).toEqual({ lo: 48, hi: 72 });
    expect(s.range_units).toEqual({ lo: 6, hi: 10 });
    expect(s.capped).toBe(false);
    expect(s.warnings).toEqual([]);
    expect(s.note).toMatch(/suggestion .* not a prescription/);
    expect(s.inputs.settings).toBe(settings);
  });

  it('lets insulin on board offset the correction but never the meal when glucose is above target', () => {
    const s = suggestDose(inputs({ doses: [{ event_id: 'e1', t: AT, units: 3 }] }));
    expect(s.inputs.insulin_on_board).toEqual({ units: 3, doses: [{ event_id: 'e1', t: new Date(AT).toISOString(), units: 3, remaining_u: 3 }] });
    expect(s.parts).toEqual({ carbs_u: 6, cob_u: 0, correction_u: 2, iob_applied_u: 2, activity_u: 0, total_u: 6 });
    expect(s.units).toBe(6);
  });

  it('takes a below-target glucose and all insulin on board off the meal, rounding down to the dose step', () => {
    const s = suggestDose(inputs({ glucose: cgm(80), doses: [{ event_id: 'e1', t: AT, units: 1 }] }));
    // 6 − 0.4 − 1 = 4.6 → 4.5 with a 0.5 U pen.
    expect(s.parts).toEqual({ carbs_u: 6, cob_u: 0, correction_u: -0.4, iob_applied_u: 1, activity_u: 0, total_u: 4.6 });
    expect(s.units).toBe(4.5);
  });

  it('suggests no insulin below 70 mg/dL and says to treat the low', () => {
    const s = suggestDose(inputs({ glucose: cgm(65) }));
    expect(s.status).toBe('no_insulin');
    expect(s.units).toBe(0);
    expect(s.range_units).toBeNull();
    expect(s.reason).toMatch(/below 70: treat the low first/);
  });

  it('says when insulin on board already covers a correction', () => {
    const s = suggestDose(inputs({ glucose: cgm(150), carbsG: 0, doses: [{ event_id: 'e1', t: AT - 30 * MIN, units: 2 }] }));
    expect(s.status).toBe('no_insulin');
    expect(s.units).toBe(0);
    expect(s.reason).toMatch(/insulin on board already covers it/);
  });

  it('says why there is no insulin when being below target cancels a small meal, or nothing is asked', () => {
    // 10 g ÷ 10 = 1 U; (75 − 100) ÷ 50 = −0.5 U → 0.5 U, one pen step: a dose.
    expect(suggestDose(inputs({ glucose: cgm(75), carbsG: 10 })).units).toBe(0.5);
    // 5 g: 0.5 − 0.5 = 0.
    expect(suggestDose(inputs({ glucose: cgm(75), carbsG: 5 })).reason).toMatch(/glucose below target takes away the insulin the carbohydrate would need/);
    expect(suggestDose(inputs({ glucose: cgm(100), carbsG: 0 })).reason).toMatch(/at or below target and there is no carbohydrate to cover/);
    // 0.3 U under a 0.5 U step.
    expect(suggestDose(inputs({ glucose: cgm(115), carbsG: 0 })).reason).toMatch(/the calculation gave 0.3 U, under one dose step of 0.5 U/);
  });

  it('caps at the maximum bolus and says what the calculation gave', () => {
    const s = suggestDose(inputs({ carbsG: 150 }));
    expect(s.parts!.total_u).toBe(17);
    expect(s.units).toBe(10);
    expect(s.capped).toBe(true);
    expect(s.range_units!.hi).toBe(10);
    expect(s.warnings.map((w) => w.code)).toEqual(['capped']);
    expect(s.warnings[0]!.message).toMatch(/maximum bolus of 10 U: the calculation gave 17 U/);
  });

  it('gives nothing to act on without a current glucose value', () => {
    const s = suggestDose(inputs({ glucose: null }));
    expect(s.status).toBe('unavailable');
    expect(s.units).toBeNull();
    expect(s.reason).toMatch(/enter it/);
  });

  it('warns when the forecast reaches a low, and to check ketones when high', () => {
    const falling = suggestDose(inputs({ glucose: cgm(110), trend: { slope_mg_dl_per_min: -2.5, in_30_min_mg_dl: 50, lo: 40, hi: 60 } }));
    expect(falling.warnings.map((w) => w.code)).toEqual(['falling_low']);
    const rising = suggestDose(inputs({ glucose: cgm(260), trend: { slope_mg_dl_per_min: 2.4, in_30_min_mg_dl: 330, lo: 300, hi: 360 } }));
    expect(rising.warnings.map((w) => w.code)).toEqual(['rising_fast', 'ketones']);
    // A steady line whose honest band dips below 70 is not "falling".
    const steady = suggestDose(inputs({ glucose: cgm(95), trend: { slope_mg_dl_per_min: 0.1, in_30_min_mg_dl: 98, lo: 63, hi: 133 } }));
    expect(steady.warnings).toEqual([]);
  });

  it('uses a meter’s accuracy band for an entered value and a CGM’s for a sensor value', () => {
    expect(glucoseBand(90, 'entered')).toEqual({ lo: 75, hi: 105 });
    expect(glucoseBand(200, 'entered')).toEqual({ lo: 170, hi: 230 });
    expect(glucoseBand(90, 'cgm')).toEqual({ lo: 70, hi: 110 });
    expect(glucoseBand(25, 'cgm').lo).toBe(20);
  });

  it('rounds down to the step without float dust', () => {
    expect(roundDown(0.3, 0.1)).toBe(0.3);
    expect(roundDown(0.7, 0.05)).toBe(0.7);
    expect(roundDown(2.99, 0.5)).toBe(2.5);
    expect(roundDown(3, 1)).toBe(3);
    expect(roundDown(-1, 0.5)).toBe(0);
  });

  it('is monotone in glucose and carbohydrate, so the range brackets the suggestion', () => {
    for (const g of [70, 90, 100, 140, 220, 300]) {
      for (const c of [0, 15, 45, 90]) {
        const eff = settingsAt(settings, AT);
        const mid = calculate(g, c, 1.5, eff).total_u;
        expect(calculate(g * 0.8, c * 0.8, 1.5, eff).total_u).toBeLessThanOrEqual(mid);
        expect(calculate(g * 1.2, c * 1.2, 1.5, eff).total_u).toBeGreaterThanOrEqual(mid);
      }
    }
  });
});

describe('settings by time of day', () => {
  const scheduled: DosingSettings = {
    ...settings,
    carb_ratio_g_per_u: [{ from: '00:00', value: 12 }, { from: '06:00', value: 8 }, { from: '11:00', value: 10 }, { from: '17:30', value: 9 }],
    isf_mg_dl_per_u: [{ from: '00:00', value: 60 }, { from: '06:00', value: 45 }],
    target_mg_dl: 110,
    time_zone: 'Europe/Lisbon',
  };

  it('takes the entry that started last at or before the local time', () => {
    expect(valueAt(scheduled.carb_ratio_g_per_u, '00:00')).toBe(12);
    expect(valueAt(scheduled.carb_ratio_g_per_u, '05:59')).toBe(12);
    expect(valueAt(scheduled.carb_ratio_g_per_u, '06:00')).toBe(8);
    expect(valueAt(scheduled.carb_ratio_g_per_u, '17:29')).toBe(10);
    expect(valueAt(scheduled.carb_ratio_g_per_u, '23:59')).toBe(9);
    expect(valueAt(42, '12:00')).toBe(42);
  });

  it('reads the time of day in the person’s zone, summer time included', () => {
    // Lisbon is UTC+0 in winter and UTC+1 in summer.
    expect(localTime(Date.parse('2026-01-15T05:30:00Z'), 'Europe/Lisbon')).toBe('05:30');
    expect(localTime(Date.parse('2026-07-15T05:30:00Z'), 'Europe/Lisbon')).toBe('06:30');
    expect(localTime(Date.parse('2026-07-15T23:30:00Z'), 'America/New_York')).toBe('19:30');
    expect(settingsAt(scheduled, Date.parse('2026-01-15T05:30:00Z'))).toEqual({ carb_ratio_g_per_u: 12, isf_mg_dl_per_u: 60, target_mg_dl: 110, local_time: '05:30' });
    expect(settingsAt(scheduled, Date.parse('2026-07-15T05:30:00Z'))).toEqual({ carb_ratio_g_per_u: 8, isf_mg_dl_per_u: 45, target_mg_dl: 110, local_time: '06:30' });
    // One value each: no local time needed or shown.
    expect(settingsAt(settings, AT).local_time).toBeNull();
  });

  it('calculates with the values in effect and shows them', () => {
    // 18:00 in Lisbon in November (UTC+0): ratio 9, factor 45, target 110.
    const s = suggestDose(inputs({ at: Date.parse('2026-11-23T18:00:00Z'), carbsG: 45, glucose: { mg_dl: 200, source: 'cgm', t: Date.parse('2026-11-23T17:58:00Z') }, settings: scheduled }));
    expect(s.inputs.in_effect).toEqual({ carb_ratio_g_per_u: 9, isf_mg_dl_per_u: 45, target_mg_dl: 110, local_time: '18:00' });
    // 45 ÷ 9 = 5 U; (200 − 110) ÷ 45 = 2 U.
    expect(s.parts).toEqual({ carbs_u: 5, cob_u: 0, correction_u: 2, iob_applied_u: 0, activity_u: 0, total_u: 7 });
    expect(s.units).toBe(7);
  });
});


describe('carbohydrate on board (worked examples of DOSE.md)', () => {
  const meal = (agoMin: number, carbs_g: number, id = 'm1', absorption_min?: number) => ({ event_id: id, t: AT - agoMin * MIN, carbs_g, ...(absorption_min ? { absorption_min } : {}) });

  it('absorbs a meal linearly over its absorption time', () => {
    expect(remainingCarbs(40, 0, 180)).toBe(40);
    expect(remainingCarbs(40, 60, 180)).toBeCloseTo(26.667, 3);
    expect(remainingCarbs(40, 180, 180)).toBe(0);
    expect(remainingCarbs(40, -5, 180)).toBe(40);
  });

  it('example A: adds insulin for a meal no bolus covered, and carries its grams into the range', () => {
    const s = suggestDose(inputs({ carbsG: 0, glucose: cgm(150), meals: [meal(60, 40)] }));
    // 40 g an hour into 3 h: 26.7 g left → 2.67 U; (150 − 100) ÷ 50 = 1 U; 3.67 U → 3.5 U.
    expect(s.inputs.carbs_on_board).toMatchObject({ grams: 26.7, added_g: 26.7, meals: [{ event_id: 'm1', carbs_g: 40, absorption_min: 180, remaining_g: 26.7, counted: 'added', covered_by: null }] });
    expect(s.parts).toEqual({ carbs_u: 0, cob_u: 2.67, correction_u: 1, iob_applied_u: 0, activity_u: 0, total_u: 3.67 });
    expect(s.units).toBe(3.5);
    // 120 mg/dL and 21.3 g → 2.53 U; 180 mg/dL and 32 g → 4.8 U.
    expect(s.range_units).toEqual({ lo: 2.5, hi: 4.5 });
  });

  it('example B: does not dose a covered meal again; its bolus is already in the insulin on board', () => {
    const s = suggestDose(inputs({ carbsG: 0, glucose: cgm(150), meals: [meal(60, 40)], doses: [{ event_id: 'b1', t: AT - 65 * MIN, units: 4 }] }));
    expect(s.inputs.carbs_on_board.meals[0]).toMatchObject({ counted: 'covered', covered_by: 'b1' });
    expect(s.inputs.carbs_on_board.added_g).toBe(0);
    expect(s.parts?.cob_u).toBe(0);
    // The bolus's insulin still on board (> 1 U) takes the whole 1 U correction.
    expect(s.parts?.iob_applied_u).toBe(1);
    expect(s.status).toBe('no_insulin');
    expect(s.reason).toMatch(/insulin on board already covers it/);
  });

  it('takes a bolus up to 60 minutes after the meal as covering it, and one later as not', () => {
    const late = suggestDose(inputs({ carbsG: 0, meals: [meal(120, 40)], doses: [{ event_id: 'b1', t: AT - 70 * MIN, units: 2 }] }));
    expect(late.inputs.carbs_on_board.meals[0]!.counted).toBe('covered');
    const tooLate = suggestDose(inputs({ carbsG: 0, meals: [meal(120, 40)], doses: [{ event_id: 'b1', t: AT - 50 * MIN, units: 2 }] }));
    expect(tooLate.inputs.carbs_on_board.meals[0]!.counted).toBe('added');
  });

  it('counts one bolus as covering every meal logged around it, erring towards less insulin', () => {
    const s = suggestDose(inputs({ carbsG: 0, meals: [meal(70, 30, 'starter'), meal(40, 50, 'main')], doses: [{ event_id: 'b1', t: AT - 65 * MIN, units: 6 }] }));
    expect(s.inputs.carbs_on_board.meals.map((m) => [m.event_id, m.counted, m.covered_by])).toEqual([['starter', 'covered', 'b1'], ['main', 'covered', 'b1']]);
    expect(s.parts?.cob_u).toBe(0);
  });

  it('example C: takes a meal logged in the last 15 minutes to be the one asked about, so it is not counted twice', () => {
    const s = suggestDose(inputs({ meals: [meal(5, 60)] }));
    expect(s.inputs.carbs_on_board.meals[0]).toMatchObject({ counted: 'this_meal', remaining_g: 58.3 });
    expect(s.parts).toMatchObject({ carbs_u: 6, cob_u: 0, total_u: 8 });
    // With no carbohydrate asked about, the same meal is one nobody covered.
    expect(suggestDose(inputs({ carbsG: 0, meals: [meal(5, 60)] })).inputs.carbs_on_board.meals[0]!.counted).toBe('added');
  });

  it("uses a meal's own absorption time over the default, and the person's default over 3 hours", () => {
    const own = suggestDose(inputs({ carbsG: 0, meals: [meal(60, 40, 'm1', 120)] }));
    expect(own.inputs.carbs_on_board.meals[0]).toMatchObject({ absorption_min: 120, remaining_g: 20 });
    const slow = suggestDose(inputs({ carbsG: 0, meals: [meal(60, 40)], settings: { ...settings, carb_absorption_h: 4 } }));
    expect(slow.inputs.carbs_on_board.meals[0]).toMatchObject({ absorption_min: 240, remaining_g: 30 });
    const gone = suggestDose(inputs({ carbsG: 0, meals: [meal(200, 40)] }));
    expect(gone.inputs.carbs_on_board).toMatchObject({ grams: 0, meals: [] });
  });
});

describe('exercise (worked examples of DOSE.md)', () => {
  const withExercise: DosingSettings = { ...settings, exercise_reduction_pct: 30, exercise_window_h: 2 };
  const walk = (startAgoMin: number, duration_min: number | null) => ({ event_id: 'a1', t: AT - startAgoMin * MIN, kind: 'walk', duration_min, planned: false });
  const planned = (inMin: number) => ({ event_id: null, t: AT + inMin * MIN, kind: null, duration_min: null, planned: true });

  it('example D: lowers the whole suggestion by the person’s percentage after recent exercise', () => {
    // A 45-minute walk from 10:30 ended at 11:15, within 2 h of 12:00.
    const s = suggestDose(inputs({ settings: withExercise, exercise: [walk(90, 45)] }));
    expect(s.inputs.activity).toEqual({ reduction_pct: 30, window_h: 2, applied_pct: 30, exercise: [{ event_id: 'a1', t: new Date(AT - 90 * MIN).toISOString(), kind: 'walk', duration_min: 45, planned: false, in_window: true }] });
    // 6 + 2 = 8 U, less 30 % (2.4 U) = 5.6 U → 5.5 U; the range is lowered the same: 6 → 4.2, 10 → 7.
    expect(s.parts).toEqual({ carbs_u: 6, cob_u: 0, correction_u: 2, iob_applied_u: 0, activity_u: 2.4, total_u: 5.6 });
    expect(s.units).toBe(5.5);
    expect(s.range_units).toEqual({ lo: 4, hi: 7 });
  });

  it('lowers it for exercise planned within the window, not for exercise planned beyond it', () => {
    expect(suggestDose(inputs({ settings: withExercise, exercise: [planned(90)] })).units).toBe(5.5);
    const later = suggestDose(inputs({ settings: withExercise, exercise: [planned(180)] }));
    expect(later.inputs.activity.applied_pct).toBe(0);
    expect(later.inputs.activity.exercise[0]).toMatchObject({ planned: true, in_window: false });
    expect(later.units).toBe(8);
  });

  it('ignores exercise that ended before the window', () => {
    // Ended 2 h 15 min ago.
    const s = suggestDose(inputs({ settings: withExercise, exercise: [walk(180, 45)] }));
    expect(s.inputs.activity).toMatchObject({ applied_pct: 0, exercise: [] });
    expect(s.units).toBe(8);
  });

  it('takes nothing off without the person’s own reduction, and warns that exercise is near', () => {
    const s = suggestDose(inputs({ exercise: [walk(60, 30)] }));
    expect(s.inputs.activity).toMatchObject({ reduction_pct: null, window_h: null, applied_pct: 0 });
    expect(s.units).toBe(8);
    expect(s.warnings.map((w) => w.code)).toEqual(['exercise_unset']);
    expect(suggestDose(inputs({})).warnings).toEqual([]);
  });

  it('refuses a reduction over 50 % and a percentage without its window, naming the field', () => {
    const base = { carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 50, target_mg_dl: 100, insulin_duration_h: 5, max_bolus_u: 10 };
    const over = DosingSettingsPut.safeParse({ ...base, exercise_reduction_pct: 60, exercise_window_h: 2 });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]).toMatchObject({ path: ['exercise_reduction_pct'], message: 'exercise reduction must be 0–50 %' });
    const half = DosingSettingsPut.safeParse({ ...base, exercise_reduction_pct: 30 });
    expect(half.error?.issues[0]).toMatchObject({ path: ['exercise_window_h'], message: /both its percentage and its window/ });
    const ok = DosingSettingsPut.parse(base);
    expect(ok.carb_absorption_h).toBe(3);
  });
});
