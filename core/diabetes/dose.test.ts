import { describe, expect, it } from 'vitest';
import type { DosingSettings } from '../../api/dosing';
import { calculate, glucoseBand, localTime, roundDown, settingsAt, suggestDose, valueAt, type DoseInputs } from './dose';
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
    expect(s.parts).toEqual({ carbs_u: 6, correction_u: 2, iob_applied_u: 0, total_u: 8 });
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
    expect(s.parts).toEqual({ carbs_u: 6, correction_u: 2, iob_applied_u: 2, total_u: 6 });
    expect(s.units).toBe(6);
  });

  it('takes a below-target glucose and all insulin on board off the meal, rounding down to the dose step', () => {
    const s = suggestDose(inputs({ glucose: cgm(80), doses: [{ event_id: 'e1', t: AT, units: 1 }] }));
    // 6 − 0.4 − 1 = 4.6 → 4.5 with a 0.5 U pen.
    expect(s.parts).toEqual({ carbs_u: 6, correction_u: -0.4, iob_applied_u: 1, total_u: 4.6 });
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
    expect(s.parts).toEqual({ carbs_u: 5, correction_u: 2, iob_applied_u: 0, total_u: 7 });
    expect(s.units).toBe(7);
  });
});

