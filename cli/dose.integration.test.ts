import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });
const MIN = 60_000;

describe('tend dose and tend dose-settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-dose-'));
  const db = join(dir, 't.db');
  const T0 = Date.UTC(2026, 10, 23, 11, 0);
  const iso = (t: number) => new Date(t).toISOString();
  // Flat at 180 mg/dL for an hour of 5-minute readings; a 2 U bolus two hours in.
  const rows = ['time,metric,value'];
  for (let i = 0; i <= 12; i++) rows.push(`${iso(T0 + i * 5 * MIN)},glucose,180`);
  writeFileSync(join(dir, 'g.csv'), rows.join('\n') + '\n');
  expect(tend(db, 'import', join(dir, 'g.csv'), '--subject', 'Lou', '--format', 'tend-csv').status).toBe(0);
  const at = iso(T0 + 60 * MIN);

  it('refuses to suggest before the settings are entered, naming them, and exits 2', () => {
    const r = tend(db, 'dose', '--subject', 'Lou', '--carbs', '30', '--at', at, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/own insulin settings first \(carb_ratio_g_per_u, isf_mg_dl_per_u/);
    expect(JSON.parse(tend(db, 'dose-settings', '--subject', 'Lou', '--json').stdout)).toEqual({ settings: null, missing: ['carb_ratio_g_per_u', 'isf_mg_dl_per_u', 'target_mg_dl', 'insulin_duration_h', 'max_bolus_u'] });
  });

  it('takes a whole set, names a bad or missing value by its flag, and then suggests from it', () => {
    const half = tend(db, 'dose-settings', '--subject', 'Lou', '--carb-ratio', '10');
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/--isf, --target, --duration-h, --max-bolus missing/);
    const bad = tend(db, 'dose-settings', '--subject', 'Lou', '--carb-ratio', '10', '--isf', '45', '--target', '100', '--duration-h', '5', '--max-bolus', '99');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('tend: --max-bolus: maximum bolus must be 0.5–30 units\n');

    const set = tend(db, 'dose-settings', '--subject', 'Lou', '--carb-ratio', '10', '--isf', '40', '--target', '100', '--duration-h', '5', '--max-bolus', '8', '--dose-step', '0.5', '--json');
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout).settings).toMatchObject({ carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 40, target_mg_dl: 100, insulin_duration_h: 5, max_bolus_u: 8, dose_step_u: 0.5, insulin_peak_min: 75 });

    const r = tend(db, 'dose', '--subject', 'Lou', '--carbs', '45', '--at', at, '--json');
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    // 45 ÷ 10 = 4.5 U; (180 − 100) ÷ 40 = 2 U; nothing on board → 6.5 U.
    expect(d).toMatchObject({ status: 'dose', units: 6.5, parts: { carbs_u: 4.5, correction_u: 2, iob_applied_u: 0, total_u: 6.5 } });
    expect(d.inputs.glucose).toMatchObject({ mg_dl: 180, source: 'cgm', age_min: 0 });
    // 144–216 mg/dL and 36–54 g: 3.6 + 1.1 = 4.7 → 4.5; 5.4 + 2.9 = 8.3 → capped at 8.
    expect(d.range_units).toEqual({ lo: 4.5, hi: 8 });

    const text = tend(db, 'dose', '--subject', 'Lou', '--carbs', '45', '--at', at);
    expect(text.stdout).toMatch(/^Suggested: 6.5 U \(4.5–8 U across the uncertainty\)/);
    expect(text.stdout).toMatch(/not a prescription/);

    const neg = tend(db, 'dose', '--subject', 'Lou', '--carbs', '-3', '--at', at);
    expect(neg.status).toBe(2);
    expect(neg.stderr).toBe('tend: --carbs: carbs_g must be 0–300 g\n');
    expect(tend(db, 'dose', '--subject', 'Lou', '--carbs', 'lots').stderr).toMatch(/--carbs lots: not a number/);
  });

  it('takes a schedule by time of day in the given zone, names a bad entry, and says which values were in effect', () => {
    const bad = tend(db, 'dose-settings', '--subject', 'Lou', '--carb-ratio', '00:00=12,11:00=200', '--isf', '40', '--target', '100', '--duration-h', '5', '--max-bolus', '8', '--time-zone', 'Asia/Tokyo');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('tend: --carb-ratio entry 2: carb ratio must be 2–150 g per unit\n');
    const set = tend(db, 'dose-settings', '--subject', 'Lou', '--carb-ratio', '00:00=12,11:00=9', '--isf', '40', '--target', '100', '--duration-h', '5', '--max-bolus', '8', '--time-zone', 'Asia/Tokyo');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^carb ratio 12 g\/U from 00:00, 9 g\/U from 11:00 · correction factor 40 mg\/dL per U · target 100 mg\/dL \(times in Asia\/Tokyo\)/);
    // 12:00 UTC is 21:00 in Tokyo: 9 g/U. 45 ÷ 9 = 5 U; (180 − 100) ÷ 40 = 2 U.
    const d = JSON.parse(tend(db, 'dose', '--subject', 'Lou', '--carbs', '45', '--at', at, '--json').stdout);
    expect(d.inputs.in_effect).toEqual({ carb_ratio_g_per_u: 9, isf_mg_dl_per_u: 40, target_mg_dl: 100, local_time: '21:00' });
    expect(d.units).toBe(7);
    expect(tend(db, 'dose', '--subject', 'Lou', '--carbs', '45', '--at', at).stdout).toMatch(/\nat 21:00 \(Asia\/Tokyo\): carb ratio 9 g\/U, correction factor 40 mg\/dL per U, target 100 mg\/dL\n/);
  });

  it('stops suggesting once the settings are cleared', () => {
    expect(tend(db, 'dose-settings', '--subject', 'Lou', '--clear').status).toBe(0);
    expect(tend(db, 'dose', '--subject', 'Lou', '--carbs', '30', '--at', at).status).toBe(2);
  });
});

describe('tend dose with carbohydrate on board and exercise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-dose-cob-'));
  const db = join(dir, 't.db');
  const T0 = Date.UTC(2026, 10, 23, 11, 0);
  const iso = (t: number) => new Date(t).toISOString();
  const rows = ['time,metric,value'];
  for (let i = 0; i <= 12; i++) rows.push(`${iso(T0 + i * 5 * MIN)},glucose,180`);
  writeFileSync(join(dir, 'g.csv'), rows.join('\n') + '\n');
  // A 40 g snack at 11:00 with no bolus, and a 45-minute walk from 10:30, as Nightscout logs them.
  writeFileSync(
    join(dir, 'treatments.json'),
    JSON.stringify([
      { eventType: 'Carb Correction', created_at: iso(T0), carbs: 40 },
      { eventType: 'Exercise', created_at: iso(T0 - 30 * MIN), duration: 45, notes: 'walk' },
    ]),
  );
  expect(tend(db, 'import', join(dir, 'g.csv'), '--subject', 'Kim', '--format', 'tend-csv').status).toBe(0);
  expect(tend(db, 'import', join(dir, 'treatments.json'), '--subject', 'Kim', '--format', 'nightscout').status).toBe(0);
  const at = iso(T0 + 60 * MIN);
  const base = ['dose-settings', '--subject', 'Kim', '--carb-ratio', '10', '--isf', '40', '--target', '100', '--duration-h', '5', '--max-bolus', '8'];

  it('names a bad or half-entered exercise reduction by its flag and stores nothing', () => {
    const over = tend(db, ...base, '--exercise-reduction', '60', '--exercise-window-h', '2');
    expect(over.status).toBe(2);
    expect(over.stderr).toBe('tend: --exercise-reduction: exercise reduction must be 0–50 %\n');
    const half = tend(db, ...base, '--exercise-reduction', '30');
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/^tend: --exercise-window-h: the exercise reduction needs both its percentage and its window in hours\n$/);
    expect(JSON.parse(tend(db, 'dose-settings', '--subject', 'Kim', '--json').stdout).settings).toBeNull();
  });

  it('counts the uncovered meal still absorbing and takes the person’s exercise reduction off, showing both', () => {
    const set = tend(db, ...base, '--exercise-reduction', '30', '--exercise-window-h', '2', '--json');
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout).settings).toMatchObject({ carb_absorption_h: 3, exercise_reduction_pct: 30, exercise_window_h: 2 });
    const r = tend(db, 'dose', '--subject', 'Kim', '--carbs', '0', '--at', at, '--json');
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    // 40 g an hour into 3 h: 26.7 g → 2.67 U; (180 − 100) ÷ 40 = 2 U; 4.67 U less 30 % (1.4 U) = 3.27 → 3 U.
    expect(d.inputs.carbs_on_board).toMatchObject({ grams: 26.7, added_g: 26.7, meals: [{ carbs_g: 40, remaining_g: 26.7, counted: 'added', covered_by: null }] });
    expect(d.inputs.activity).toMatchObject({ reduction_pct: 30, window_h: 2, applied_pct: 30, exercise: [{ duration_min: 45, planned: false, in_window: true }] });
    expect(d.parts).toEqual({ carbs_u: 0, cob_u: 2.67, correction_u: 2, iob_applied_u: 0, activity_u: 1.4, total_u: 3.27 });
    expect(d.units).toBe(3);
    const text = tend(db, 'dose', '--subject', 'Kim', '--carbs', '0', '--at', at).stdout;
    expect(text).toMatch(/carbs on board 26.7 g from 1 logged meal\(s\), 26.7 g with no bolus counted \(linear absorption/);
    expect(text).toMatch(/exercise: exercise at 2026-11-23T10:30:00.000Z within 2 h: 30 % less/);
    expect(text).toMatch(/carbs 0 U \+ carbs on board 2.67 U \+ correction 2 U − on board 0 U − exercise 1.4 U = 3.27 U/);
  });

  it('lowers it for planned exercise, and rejects a planned time out of bounds', () => {
    // Four hours on, the walk is out of the window; exercise planned in 30 minutes brings it back.
    const later = iso(T0 + 60 * MIN + 4 * 60 * MIN);
    const without = JSON.parse(tend(db, 'dose', '--subject', 'Kim', '--carbs', '30', '--glucose', '100', '--at', later, '--json').stdout);
    expect(without.inputs.activity.applied_pct).toBe(0);
    expect(without.units).toBe(3);
    const planned = JSON.parse(tend(db, 'dose', '--subject', 'Kim', '--carbs', '30', '--glucose', '100', '--at', later, '--exercise-in', '30', '--json').stdout);
    expect(planned.inputs.activity).toMatchObject({ applied_pct: 30, exercise: [{ planned: true, in_window: true, event_id: null }] });
    // 3 U less 30 % = 2.1 → 2 U.
    expect(planned.units).toBe(2);
    const bad = tend(db, 'dose', '--subject', 'Kim', '--carbs', '30', '--at', later, '--exercise-in', '900');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('tend: --exercise-in: planned exercise must be 0–720 minutes from now\n');
  });

  it('does not dose the meal again once a bolus for it is logged: that insulin is on board', () => {
    writeFileSync(join(dir, 'bolus.json'), JSON.stringify([{ eventType: 'Correction Bolus', created_at: iso(T0 + 10 * MIN), insulin: 3 }]));
    expect(tend(db, 'import', join(dir, 'bolus.json'), '--subject', 'Kim', '--format', 'nightscout').status).toBe(0);
    const d = JSON.parse(tend(db, 'dose', '--subject', 'Kim', '--carbs', '0', '--at', at, '--json').stdout);
    expect(d.inputs.carbs_on_board).toMatchObject({ added_g: 0, meals: [{ counted: 'covered' }] });
    expect(d.parts.cob_u).toBe(0);
    expect(d.status).toBe('no_insulin');
  });
});
