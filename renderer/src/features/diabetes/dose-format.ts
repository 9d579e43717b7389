/**
 * Pure helpers of the dose panel: settings and warnings in the unit the person reads
 * (the core works in mg/dL). No DOM, unit-tested in Node.
 */
import { MGDL_PER_MMOLL } from '../../../../api/metrics';
import type { ByTimeOfDay, DoseSuggestion, DosingSettings } from '../../../../api/dosing';
import { fmtGlucose, type GlucoseUnit } from './glucose';

/** A glucose quantity typed in `unit`, in mg/dL (null when not a number). */
export function glucoseInput(text: string, unit: GlucoseUnit): number | null {
  const n = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n)) return null;
  return unit === 'mmol/L' ? Math.round(n * MGDL_PER_MMOLL * 10) / 10 : n;
}

/** A correction factor (glucose per unit) shown in `unit`. */
export function fmtFactor(mgdlPerU: number, unit: GlucoseUnit): string {
  return unit === 'mmol/L' ? (mgdlPerU / MGDL_PER_MMOLL).toFixed(1) : String(Math.round(mgdlPerU));
}

/** "6.5 U", with as many decimals as the step needs. */
export function fmtUnits(u: number): string {
  return `${Number(u.toFixed(2))} U`;
}

/** A setting's entries as the form edits them: a start time and the typed text. */
export type Rows = Array<{ from: string; text: string }>;

/** Form rows for a stored setting (one value is one row from 00:00). */
export function rowsOf(v: ByTimeOfDay, show: (n: number) => string): Rows {
  return typeof v === 'number' ? [{ from: '00:00', text: show(v) }] : v.map((x) => ({ from: x.from, text: show(x.value) }));
}

/** The setting the rows say: one value, or a schedule (a bad entry is sent as NaN so the core names it). */
export function settingOf(rows: Rows, parse: (text: string) => number | null): ByTimeOfDay {
  const value = (r: Rows[number]) => parse(r.text) ?? NaN;
  return rows.length === 1 ? value(rows[0]!) : rows.map((r) => ({ from: r.from, value: value(r) }));
}

/** "10 g" or "12 g from 00:00, 8 g from 06:00". */
export function fmtByTime(v: ByTimeOfDay, show: (n: number) => string): string {
  return typeof v === 'number' ? show(v) : v.map((x) => `${show(x.value)} from ${x.from}`).join(', ');
}

/** One line of the saved settings, as a person checks them against their team's letter. */
export function settingsLine(s: DosingSettings, unit: GlucoseUnit): string {
  const scheduled = [s.carb_ratio_g_per_u, s.isf_mg_dl_per_u, s.target_mg_dl].some((v) => Array.isArray(v));
  return [
    `1 U per ${fmtByTime(s.carb_ratio_g_per_u, (n) => `${n} g`)} carbohydrate`,
    `1 U lowers ${fmtByTime(s.isf_mg_dl_per_u, (n) => `${fmtFactor(n, unit)} ${unit}`)}`,
    `target ${fmtByTime(s.target_mg_dl, (n) => fmtGlucose(n, unit, true))}`,
    ...(scheduled && s.time_zone ? [`times in ${s.time_zone}`] : []),
    `insulin acts ${s.insulin_duration_h} h (peak ${s.insulin_peak_min} min)`,
    `at most ${fmtUnits(s.max_bolus_u)}`,
    `in steps of ${fmtUnits(s.dose_step_u)}`,
    `meals absorbed over ${s.carb_absorption_h ?? 3} h`,
    s.exercise_reduction_pct !== undefined && s.exercise_window_h !== undefined
      ? `${s.exercise_reduction_pct} % less within ${s.exercise_window_h} h of exercise`
      : 'no exercise reduction set',
  ].join(' · ');
}

/** A warning in the reader's unit; the core's message (mg/dL) where the unit does not matter. */
export function warningText(w: DoseSuggestion['warnings'][number], d: DoseSuggestion, unit: GlucoseUnit): string {
  const rate = (mgdlPerMin: number) => (unit === 'mmol/L' ? `${(mgdlPerMin / MGDL_PER_MMOLL).toFixed(2)} mmol/L` : `${mgdlPerMin.toFixed(1)} mg/dL`) + ' per minute';
  const t = d.inputs.trend;
  switch (w.code) {
    case 'falling_low':
      return t ? `Glucose is falling (${rate(t.slope_mg_dl_per_min)}): the 30-minute forecast reaches as low as ${fmtGlucose(t.lo, unit, true)}. Consider eating before injecting, or a smaller dose.` : w.message;
    case 'falling_fast':
    case 'rising_fast':
      return t ? `Glucose is ${w.code === 'rising_fast' ? 'rising' : 'falling'} quickly (${rate(t.slope_mg_dl_per_min)}); this calculation uses the current value, not where it is heading.` : w.message;
    case 'ketones':
      return `Glucose is ${fmtGlucose(250, unit, true)} or above: check ketones; if they are raised, follow your sick-day plan rather than this calculation.`;
    case 'capped':
    case 'exercise_unset':
      return w.message;
  }
}

/** Why there is no dose, in the reader's unit. */
export function reasonText(d: DoseSuggestion, unit: GlucoseUnit): string | null {
  const g = d.inputs.glucose;
  if (d.status === 'no_insulin' && g && g.mg_dl < 70 && !d.parts) {
    return `Glucose ${fmtGlucose(g.mg_dl, unit, true)} is below ${fmtGlucose(70, unit, true)}: treat the low first and check again. No insulin is suggested now.`;
  }
  return d.reason;
}

/**
 * A settings error as the form shows it: without the API's field prefix, and with the
 * glucose bounds in mmol/L where the person types mmol/L.
 */
export function settingsError(e: { message: string; field?: string }, unit: GlucoseUnit): string {
  if (unit === 'mmol/L' && e.field === 'settings.target_mg_dl') return `target must be ${fmtGlucose(80, unit)}–${fmtGlucose(180, unit)} mmol/L`;
  if (unit === 'mmol/L' && e.field === 'settings.isf_mg_dl_per_u') return `correction factor must be ${fmtFactor(5, unit)}–${fmtFactor(500, unit)} mmol/L per unit`;
  return e.field ? e.message.replace(`${e.field}: `, '') : e.message;
}
