import { DosingSettings, DosingSettingsPut, PastSuggestion, REQUIRED_DOSING_FIELDS, type DoseSuggestion, type DosingStatus } from '../../api/dosing';
import { ApiError, badRequest } from '../../api/errors';
import { glucoseTrend } from '../alerts/glucose-trend';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import { audit, storedSettings } from '../records/subjects';
import { COVER_BEFORE_MIN } from './carbs-on-board';
import { EXERCISE_NOTICE_H, suggestDose, type ExerciseInput } from './dose-math';
import { CURRENT_MIN, forecastEvents, forecastFrom, forecastReadings, storedCalibration } from './forecast-service';
import type { SqlRow } from '../../db/rows';
import type { audit as auditLog, events as eventsTable, users } from '../../db/schema';

/** The key under the subject's `settings` that holds the insulin settings (synced like any other part). */
export const DOSING_KEY = 'dosing';
const MIN = 60_000;
/** The longest absorption time a meal may state (api/schemas.ts meal `absorption_min`). */
const MAX_ABSORPTION_MIN = 480;

/**
 * The stored set and what is missing. A stored set that no longer validates (an older
 * build, a hand edit) is treated as absent: a dose is never computed from a value that
 * was not checked, and the person is asked to enter the set again.
 */
export function dosingStatus(core: Core, ctx: CallContext, subjectId: string): DosingStatus {
  core.access.require(ctx, subjectId, 'read');
  const parsed = DosingSettings.safeParse(storedSettings(core.deps.db.$client, subjectId)[DOSING_KEY]);
  if (parsed.success) return { settings: parsed.data, missing: [] };
  return { settings: null, missing: [...REQUIRED_DOSING_FIELDS] };
}

export function putDosing(core: Core, ctx: CallContext, subjectId: string, input: unknown): DosingStatus {
  core.access.require(ctx, subjectId, 'write');
  const s = DosingSettingsPut.parse(input);
  if (s.insulin_peak_min >= (s.insulin_duration_h * 60) / 2) {
    throw badRequest(`insulin peak (${s.insulin_peak_min} min) must be under half the duration of action (${s.insulin_duration_h} h)`, 'settings.insulin_peak_min');
  }
  const next: DosingSettings = { ...s, set_by: ctx.user!.email, set_at: new Date(core.deps.clock.now()).toISOString() };
  core.subjects.update(ctx, subjectId, { settings: { [DOSING_KEY]: next } });
  return { settings: next, missing: [] };
}

export function clearDosing(core: Core, ctx: CallContext, subjectId: string): DosingStatus {
  core.access.require(ctx, subjectId, 'write');
  core.subjects.update(ctx, subjectId, { settings: { [DOSING_KEY]: null } });
  return { settings: null, missing: [...REQUIRED_DOSING_FIELDS] };
}

/**
 * A bolus suggestion at `at` from data stamped at or before it: the newest CGM reading
 * (or the meter value given), the CGM trend, and the bolus insulin logged within the
 * duration of action. 422 naming the first missing setting until the person's own are in.
 */
export async function doseSuggestion(core: Core, ctx: CallContext, subjectId: string, req: { carbs_g: number; glucose_mg_dl?: number | undefined; at?: string | undefined; planned_exercise_in_min?: number | undefined }): Promise<DoseSuggestion> {
  const status = dosingStatus(core, ctx, subjectId);
  if (!status.settings) {
    throw new ApiError('unprocessable', `a dose suggestion needs this person's own insulin settings first (${REQUIRED_DOSING_FIELDS.join(', ')}), as their diabetes team gave them`, `settings.${status.missing[0]}`);
  }
  const s = status.settings;
  const at = req.at ? Date.parse(req.at) : core.deps.clock.now();
  // Read once: the dose's glucose and trend and the dashboard's forecast all come from them.
  const readings = forecastReadings(core, subjectId, at);
  const newest = readings.length ? readings[readings.length - 1]! : null;
  const glucose =
    req.glucose_mg_dl !== undefined
      ? { mg_dl: req.glucose_mg_dl, source: 'entered' as const, t: at }
      : newest && at - newest.t <= CURRENT_MIN * MIN
        ? { mg_dl: newest.value, source: 'cgm' as const, t: newest.t }
        : null;
  // A trend only from a sensor that is current: an old slope says nothing about now.
  const tr = newest && at - newest.t <= CURRENT_MIN * MIN ? glucoseTrend(readings, at, { horizonMin: 30, stepMin: 30 }) : null;
  const p30 = tr?.points[tr.points.length - 1];
  const trend = tr && p30 ? { slope_mg_dl_per_min: Math.round(tr.slope * 100) / 100, in_30_min_mg_dl: p30.mg_dl, lo: p30.lo, hi: p30.hi } : null;

  const durationMs = s.insulin_duration_h * 60 * MIN;
  // Meals back to the longest absorption a meal may say (480 min), and the boluses that may
  // cover them (30 min before the oldest): a covering bolus can be older than the action time.
  const mealsFrom = at - MAX_ABSORPTION_MIN * MIN;
  const events = (type: 'insulin' | 'meal' | 'activity', from: number) =>
    core.deps.db.$client
      .prepare<[string, string, number, number], Pick<SqlRow<typeof eventsTable>, 'id' | 't' | 'data'>>(`SELECT id, t, data FROM events WHERE subject_id = ? AND type = ? AND t > ? AND t <= ? ORDER BY t`)
      .all(subjectId, type, from, at)
      .map((r) => ({ id: r.id, t: r.t, data: JSON.parse(r.data) as Record<string, unknown> }));
  const boluses = events('insulin', Math.min(at - durationMs, mealsFrom - COVER_BEFORE_MIN * MIN))
    // Basal insulin is a background rate the settings already assume; only boluses are on board.
    .filter((r) => r.data.kind !== 'basal' && typeof r.data.units === 'number' && r.data.units > 0)
    .map((r) => ({ event_id: r.id, t: r.t, units: r.data.units as number }));
  const doses = boluses.filter((b) => b.t > at - durationMs);
  const meals = events('meal', mealsFrom).flatMap((r) => {
    const carbs = r.data.carbs_g;
    if (typeof carbs !== 'number' || !(carbs > 0)) return [];
    const abs = r.data.absorption_min;
    return [{ event_id: r.id, t: r.t, carbs_g: carbs, absorption_min: typeof abs === 'number' && abs >= 15 && abs <= MAX_ABSORPTION_MIN ? abs : undefined }];
  });
  // Exercise lasts up to a day; anything that ended within the window (or the notice time) is looked at.
  const exercise: ExerciseInput[] = events('activity', at - ((s.exercise_window_h ?? EXERCISE_NOTICE_H) * 60 + 1440) * MIN).map((r) => ({
    event_id: r.id,
    t: r.t,
    kind: typeof r.data.kind === 'string' ? r.data.kind : null,
    duration_min: typeof r.data.duration_min === 'number' ? r.data.duration_min : null,
    planned: false,
  }));
  if (req.planned_exercise_in_min !== undefined) exercise.push({ event_id: null, t: at + req.planned_exercise_in_min * MIN, kind: null, duration_min: null, planned: true });

  const out = suggestDose({ at, carbsG: req.carbs_g, glucose, trend, doses, boluses, meals, exercise, settings: s });
  // The same 30-minute forecast the dashboard shows, so the two screens agree; the
  // warnings keep the trend line (the model runs high before a low).
  const f = tr ? await forecastFrom(readings, at, 30, 'auto', { events: forecastEvents(core, subjectId, at), calibration: storedCalibration(core, subjectId) }) : null;
  const p = f?.points[5];
  out.inputs.forecast_30 = f && p ? { source: f.source, mg_dl: p.mg_dl, lo: p.lo, hi: p.hi, ...(f.inputs_used ? { made_from: f.inputs_used.words } : {}) } : null;
  // What was suggested, from what: a record a clinician can review later.
  audit(core.deps, ctx.user!.id, 'dose.suggest', subjectId, { at: out.at, status: out.status, units: out.units, range_units: out.range_units, carbs_g: req.carbs_g, glucose: out.inputs.glucose, iob_u: out.inputs.insulin_on_board.units, cob_added_g: out.inputs.carbs_on_board.added_g, exercise_pct: out.inputs.activity.applied_pct });
  return out;
}

/**
 * What Tend suggested for this person, newest first, from the audit records the
 * suggestions left (what was asked, what came out, who asked). A record that does not
 * read as a suggestion (a hand edit) is left out rather than shown wrong.
 */
export function doseHistory(core: Core, ctx: CallContext, subjectId: string, limit: number): { items: PastSuggestion[] } {
  core.access.require(ctx, subjectId, 'read');
  const rows = core.deps.db.$client
    .prepare<[string, number], Pick<SqlRow<typeof auditLog>, 'detail'> & { email: SqlRow<typeof users>['email'] | null }>(
      `SELECT a.detail, u.email FROM audit a LEFT JOIN users u ON u.id = a.user_id
        WHERE a.action = 'dose.suggest' AND a.subject_id = ? ORDER BY a.id DESC LIMIT ?`,
    )
    .all(subjectId, limit);
  const items: PastSuggestion[] = [];
  for (const r of rows) {
    const d = JSON.parse(r.detail) as { at?: unknown; status?: unknown; units?: unknown; range_units?: unknown; carbs_g?: unknown; glucose?: { mg_dl?: unknown; source?: unknown } | null; iob_u?: unknown };
    const parsed = PastSuggestion.safeParse({
      at: d.at, by: r.email, status: d.status, units: d.units, range_units: d.range_units, carbs_g: d.carbs_g,
      glucose_mg_dl: d.glucose?.mg_dl ?? null, glucose_source: d.glucose?.source ?? null, iob_u: d.iob_u,
    });
    if (parsed.success) items.push(parsed.data);
  }
  return { items };
}

