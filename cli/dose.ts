import type { Command } from 'commander';
import type { ByTimeOfDay, DoseSuggestion, DosingStatus } from '../api/dosing';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isoOption, printJson } from './read-file';

const number = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${flag} ${v}: not a number`);
  return n;
};

/** "10" or "00:00=15,11:00=10" (a schedule by time of day, as the person's pump keeps it). */
const settingOption = (flag: string, v: string | undefined): ByTimeOfDay | undefined => {
  if (v === undefined || !v.includes('=')) return number(flag, v);
  return v.split(',').map((part) => {
    const [from, value] = part.split('=');
    if (!from || value === undefined) throw new CliError(`--${flag} ${v}: write a schedule as HH:MM=VALUE,HH:MM=VALUE`);
    return { from: from.trim(), value: number(flag, value)! };
  });
};
const fmtSetting = (v: ByTimeOfDay, unit: string) => (typeof v === 'number' ? `${v} ${unit}` : v.map((x) => `${x.value} ${unit} from ${x.from}`).join(', '));

function settingsText(s: DosingStatus): string {
  if (!s.settings) return `No insulin settings yet (needed: ${s.missing.join(', ')}). Dose suggestions stay off until they are entered.\n`;
  const x = s.settings;
  return (
    `carb ratio ${fmtSetting(x.carb_ratio_g_per_u, 'g/U')} · correction factor ${fmtSetting(x.isf_mg_dl_per_u, 'mg/dL per U')} · target ${fmtSetting(x.target_mg_dl, 'mg/dL')}` +
    `${x.time_zone ? ` (times in ${x.time_zone})` : ''} · insulin acts ${x.insulin_duration_h} h (peak ${x.insulin_peak_min} min) · maximum bolus ${x.max_bolus_u} U · step ${x.dose_step_u} U\n` +
    `meals absorbed over ${x.carb_absorption_h ?? 3} h · ${x.exercise_reduction_pct !== undefined ? `${x.exercise_reduction_pct} % less within ${x.exercise_window_h} h of exercise` : 'no exercise reduction'}\n` +
    `set by ${x.set_by} at ${x.set_at}\n`
  );
}

function suggestionText(d: DoseSuggestion): string {
  const g = d.inputs.glucose;
  const lines = [
    d.units === null ? `No suggestion: ${d.reason}` : `Suggested: ${d.units} U${d.range_units ? ` (${d.range_units.lo}–${d.range_units.hi} U across the uncertainty)` : ''}${d.reason ? ` — ${d.reason}` : ''}`,
    g ? `glucose ${g.mg_dl} mg/dL (${g.source === 'cgm' ? `CGM, ${g.age_min} min old` : 'entered'}; ${g.band_mg_dl.lo}–${g.band_mg_dl.hi})` : 'glucose: none current',
    `carbs ${d.inputs.carbs_g} g (${d.inputs.carbs_band_g.lo}–${d.inputs.carbs_band_g.hi}); insulin on board ${d.inputs.insulin_on_board.units} U from ${d.inputs.insulin_on_board.doses.length} logged bolus(es)`,
  ];
  const e = d.inputs.in_effect;
  if (e.local_time) lines.push(`at ${e.local_time} (${d.inputs.settings.time_zone}): carb ratio ${e.carb_ratio_g_per_u} g/U, correction factor ${e.isf_mg_dl_per_u} mg/dL per U, target ${e.target_mg_dl} mg/dL`);
  const cob = d.inputs.carbs_on_board;
  lines.push(
    `carbs on board ${cob.grams} g from ${cob.meals.length} logged meal(s), ${cob.added_g} g with no bolus counted (${cob.model})` +
      cob.meals.map((m) => `\n  meal ${m.carbs_g} g at ${m.t}: ${m.remaining_g} g left, ${m.counted === 'added' ? 'counted (no bolus logged for it)' : m.counted === 'covered' ? `covered by its bolus (${m.covered_by})` : 'taken to be the meal asked about'}`).join(''),
  );
  const a = d.inputs.activity;
  const near = a.exercise.filter((x) => x.in_window);
  lines.push(
    a.reduction_pct === null ? `exercise: no reduction set${near.length ? `; ${near.length} near, nothing taken off` : ''}`
    : a.applied_pct > 0 ? `exercise: ${near.map((x) => (x.planned ? `planned at ${x.t}` : `${x.kind ?? 'exercise'} at ${x.t}`)).join(', ')} within ${a.window_h} h: ${a.applied_pct} % less`
    : `exercise: none within ${a.window_h} h; ${a.reduction_pct} % reduction not applied`,
  );
  if (d.parts) lines.push(`carbs ${d.parts.carbs_u} U + carbs on board ${d.parts.cob_u} U + correction ${d.parts.correction_u} U − on board ${d.parts.iob_applied_u} U − exercise ${d.parts.activity_u} U = ${d.parts.total_u} U`);
  for (const w of d.warnings) lines.push(`! ${w.message}`);
  lines.push(d.note);
  return lines.join('\n') + '\n';
}

const FLAGS: Record<string, string> = {
  carbs_g: 'carbs', glucose_mg_dl: 'glucose', at: 'at', planned_exercise_in_min: 'exercise-in',
  'settings.carb_absorption_h': 'absorption-h', 'settings.exercise_reduction_pct': 'exercise-reduction', 'settings.exercise_window_h': 'exercise-window-h',
  'settings.carb_ratio_g_per_u': 'carb-ratio', 'settings.isf_mg_dl_per_u': 'isf', 'settings.target_mg_dl': 'target',
  'settings.time_zone': 'time-zone', 'settings.insulin_duration_h': 'duration-h', 'settings.max_bolus_u': 'max-bolus', 'settings.dose_step_u': 'dose-step', 'settings.insulin_peak_min': 'peak-min',
};
/** A procedure's error named by the flag that carried the value (exit 2), not by its API field. */
async function byFlag<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const field = isApiError(e) && e.code === 'bad_request' ? e.field : undefined;
    const key = field && Object.keys(FLAGS).find((k) => field === k || field.startsWith(`${k}.`));
    if (!field || !key) throw e;
    // "settings.carb_ratio_g_per_u.1.value" → the schedule's second entry.
    const entry = field.slice(key.length + 1).split('.')[0];
    throw new CliError(`--${FLAGS[key]}${entry ? ` entry ${Number(entry) + 1}` : ''}: ${(e as Error).message.replace(`${field}: `, '')}`);
  }
}

/** `tend dose` and `tend dose-settings` (README "Forecast and dose suggestion"). */
export function doseCommands(program: Command, openCore: () => Core): void {
  program
    .command('dose-settings')
    .description("shows or sets a person's own insulin settings (from their diabetes team); dose suggestions need all of them")
    .requiredOption('--subject <name>', 'the person')
    .option('--carb-ratio <g>', 'grams of carbohydrate one unit covers, or by time of day: 00:00=15,11:00=10')
    .option('--isf <mgdl>', 'correction factor: mg/dL one unit lowers glucose by (or by time of day)')
    .option('--target <mgdl>', 'glucose a correction aims for (or by time of day)')
    .option('--time-zone <zone>', 'the person\'s time zone for schedules (default: this computer\'s)')
    .option('--duration-h <h>', 'duration of insulin action, hours')
    .option('--max-bolus <u>', 'the most ever suggested at once, units')
    .option('--dose-step <u>', 'what the pen or pump can give: 0.05, 0.1, 0.5 or 1', '0.5')
    .option('--peak-min <min>', 'minutes to peak action (75 rapid-acting, ~55 ultra-rapid)', '75')
    .option('--absorption-h <h>', 'hours a logged meal takes to be absorbed (carbs on board), unless the meal says its own', '3')
    .option('--exercise-reduction <pct>', 'your own reduction for exercise, 0–50 % (with --exercise-window-h)')
    .option('--exercise-window-h <h>', 'exercise this many hours before or after lowers a suggestion')
    .option('--clear', 'forget them: suggestions stop')
    .option('--json', 'print JSON')
    .action(async (o: { subject: string; carbRatio?: string; isf?: string; target?: string; timeZone?: string; durationH?: string; maxBolus?: string; doseStep: string; peakMin: string; absorptionH: string; exerciseReduction?: string; exerciseWindowH?: string; clear?: boolean; json?: boolean }) => {
      const setting = [o.carbRatio, o.isf, o.target, o.durationH, o.maxBolus].some((v) => v !== undefined);
      if (setting && o.clear) throw new CliError('use either --clear or the settings');
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      let out: DosingStatus;
      if (o.clear) out = await core.call('diabetes.dosing.clear', { subject_id: subject.id }, ctx);
      else if (setting) {
        const settings = {
          carb_ratio_g_per_u: settingOption('carb-ratio', o.carbRatio),
          isf_mg_dl_per_u: settingOption('isf', o.isf),
          target_mg_dl: settingOption('target', o.target),
          insulin_duration_h: number('duration-h', o.durationH),
          max_bolus_u: number('max-bolus', o.maxBolus),
          dose_step_u: number('dose-step', o.doseStep),
          insulin_peak_min: number('peak-min', o.peakMin),
          carb_absorption_h: number('absorption-h', o.absorptionH),
          ...(o.exerciseReduction !== undefined ? { exercise_reduction_pct: number('exercise-reduction', o.exerciseReduction) } : {}),
          ...(o.exerciseWindowH !== undefined ? { exercise_window_h: number('exercise-window-h', o.exerciseWindowH) } : {}),
          ...(o.timeZone || [o.carbRatio, o.isf, o.target].some((v) => v?.includes('=')) ? { time_zone: o.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone } : {}),
        };
        const flags: Record<string, string> = { carb_ratio_g_per_u: 'carb-ratio', isf_mg_dl_per_u: 'isf', target_mg_dl: 'target', insulin_duration_h: 'duration-h', max_bolus_u: 'max-bolus' };
        const absent = Object.entries(flags).filter(([k]) => settings[k as keyof typeof settings] === undefined).map(([, f]) => `--${f}`);
        if (absent.length) throw new CliError(`a set is entered whole: ${absent.join(', ')} missing`);
        out = await byFlag(() => core.call('diabetes.dosing.put', { subject_id: subject.id, settings }, ctx));
      } else out = await core.call('diabetes.dosing.get', { subject_id: subject.id }, ctx);
      if (o.json) printJson(out);
      else process.stdout.write(settingsText(out));
    });

  program
    .command('dose')
    .description("a bolus suggestion from the person's own settings, logged insulin and current glucose: a suggestion, not a prescription")
    .requiredOption('--subject <name>', 'the person')
    .requiredOption('--carbs <g>', 'carbohydrate about to be eaten (0 for a correction only)')
    .option('--glucose <mgdl>', 'a meter reading just taken (default: the newest CGM reading, at most 15 minutes old)')
    .option('--at <iso>', 'when (default: now); only data stamped at or before it are used')
    .option('--exercise-in <min>', 'exercise planned this many minutes from now (lowers it by your exercise reduction within your window)')
    .option('--json', 'print JSON')
    .action(async (o: { subject: string; carbs: string; glucose?: string; at?: string; exerciseIn?: string; json?: boolean }) => {
      const carbs = number('carbs', o.carbs)!;
      const glucose = number('glucose', o.glucose);
      const planned = number('exercise-in', o.exerciseIn);
      const at = isoOption('at', o.at);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const d = await byFlag(() => core.call('diabetes.dose', { subject_id: subject.id, carbs_g: carbs, ...(glucose !== undefined ? { glucose_mg_dl: glucose } : {}), ...(at ? { at } : {}), ...(planned !== undefined ? { planned_exercise_in_min: planned } : {}) }, ctx));
      if (o.json) printJson(d);
      else process.stdout.write(suggestionText(d));
    });
}
