import { describe, expect, it } from 'vitest';
import type { DoseSuggestion, DosingSettings } from '../../../../api/dosing';
import { fmtFactor, glucoseInput, reasonText, rowsOf, settingOf, settingsError, settingsLine, warningText } from './dose-format';

const settings: DosingSettings = { carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 54, target_mg_dl: 108, insulin_duration_h: 4.5, max_bolus_u: 15, dose_step_u: 0.5, insulin_peak_min: 55, set_by: 'a@b.c', set_at: '2026-11-01T00:00:00Z' };

describe('the dose panel in the reader’s unit', () => {
  it('reads typed glucose quantities in mg/dL whichever unit they were typed in', () => {
    expect(glucoseInput('120', 'mg/dL')).toBe(120);
    expect(glucoseInput('6,0', 'mmol/L')).toBe(108.1);
    expect(glucoseInput('', 'mmol/L')).toBeNull();
    expect(glucoseInput('x', 'mg/dL')).toBeNull();
  });

  it('shows the settings as a line to check against the team’s letter', () => {
    expect(settingsLine(settings, 'mg/dL')).toBe('1 U per 10 g carbohydrate · 1 U lowers 54 mg/dL · target 108 mg/dL · insulin acts 4.5 h (peak 55 min) · at most 15 U · in steps of 0.5 U · meals absorbed over 3 h · no exercise reduction set');
    expect(settingsLine(settings, 'mmol/L')).toBe('1 U per 10 g carbohydrate · 1 U lowers 3.0 mmol/L · target 6.0 mmol/L · insulin acts 4.5 h (peak 55 min) · at most 15 U · in steps of 0.5 U · meals absorbed over 3 h · no exercise reduction set');
    expect(settingsLine({ ...settings, carb_absorption_h: 4, exercise_reduction_pct: 25, exercise_window_h: 2 }, 'mg/dL')).toMatch(/ · meals absorbed over 4 h · 25 % less within 2 h of exercise$/);
    expect(fmtFactor(40, 'mmol/L')).toBe('2.2');
  });

  it('speaks warnings and the low in mmol/L where the reader does', () => {
    const d = {
      status: 'no_insulin',
      parts: null,
      reason: 'Glucose 63 mg/dL is below 70: …',
      warnings: [],
      inputs: { glucose: { mg_dl: 63, source: 'entered', t: '', age_min: 0, band_mg_dl: { lo: 48, hi: 78 } }, trend: { slope_mg_dl_per_min: -2.5, in_30_min_mg_dl: 50, lo: 40, hi: 60 } },
    } as unknown as DoseSuggestion;
    expect(reasonText(d, 'mmol/L')).toBe('Glucose 3.5 mmol/L is below 3.9 mmol/L: treat the low first and check again. No insulin is suggested now.');
    expect(warningText({ code: 'falling_low', message: 'mg/dL text' }, d, 'mmol/L')).toBe(
      'Glucose is falling (-0.14 mmol/L per minute): the 30-minute forecast reaches as low as 2.2 mmol/L. Consider eating before injecting, or a smaller dose.',
    );
    expect(warningText({ code: 'ketones', message: '' }, d, 'mmol/L')).toMatch(/^Glucose is 13\.9 mmol\/L or above: check ketones/);
    expect(reasonText({ ...d, status: 'unavailable', inputs: { ...d.inputs, glucose: null }, reason: 'No glucose reading' } as DoseSuggestion, 'mmol/L')).toBe('No glucose reading');
  });

  it('names a bad setting without the API’s prefix, with mmol/L bounds for a mmol/L reader', () => {
    expect(settingsError({ message: 'settings.max_bolus_u: maximum bolus must be 0.5–30 units', field: 'settings.max_bolus_u' }, 'mg/dL')).toBe('maximum bolus must be 0.5–30 units');
    expect(settingsError({ message: 'settings.target_mg_dl: target must be 80–180 mg/dL', field: 'settings.target_mg_dl' }, 'mmol/L')).toBe('target must be 4.4–10.0 mmol/L');
    expect(settingsError({ message: 'x', field: 'settings.isf_mg_dl_per_u' }, 'mmol/L')).toBe('correction factor must be 0.3–27.7 mmol/L per unit');
  });
});

describe('settings by time of day in the form', () => {
  it('edits one value as one row from 00:00 and sends one row back as a number', () => {
    expect(rowsOf(54, (n) => fmtFactor(n, 'mmol/L'))).toEqual([{ from: '00:00', text: '3.0' }]);
    expect(settingOf([{ from: '00:00', text: '3.0' }], (t) => glucoseInput(t, 'mmol/L'))).toBe(54.1);
  });

  it('sends several rows as a schedule, a blank entry as NaN for the core to name', () => {
    const rows = [{ from: '00:00', text: '12' }, { from: '06:00', text: '' }];
    const out = settingOf(rows, (t) => (t.trim() === '' ? null : Number(t)));
    expect(out).toEqual([{ from: '00:00', value: 12 }, { from: '06:00', value: NaN }]);
    expect(rowsOf([{ from: '00:00', value: 12 }, { from: '06:00', value: 8 }], String)).toEqual([{ from: '00:00', text: '12' }, { from: '06:00', text: '8' }]);
  });

  it('lists a schedule in the settings line with its time zone', () => {
    const s = { ...settings, carb_ratio_g_per_u: [{ from: '00:00', value: 12 }, { from: '06:00', value: 8 }], time_zone: 'Europe/Lisbon' };
    expect(settingsLine(s, 'mg/dL')).toBe('1 U per 12 g from 00:00, 8 g from 06:00 carbohydrate · 1 U lowers 54 mg/dL · target 108 mg/dL · times in Europe/Lisbon · insulin acts 4.5 h (peak 55 min) · at most 15 U · in steps of 0.5 U · meals absorbed over 3 h · no exercise reduction set');
  });
});

