import type { ForecastCalibrationStatus } from '../../api/dosing';
import { readingNear } from '../../models/glucose-forecast/cgm-csv';
import { EVENTS_LOOKBACK_MIN, V2_HISTORY, V2_HORIZONS, V2_SHIPPED, V2_STEP_MIN, anchorIndices, eventInputs, featuresV2, gridBeforeV2, predictChangesV2, quantilesAtV2 } from '../../models/glucose-forecast/forecast-model-v2';
import { CHECK_DAYS, DAY_MIN, FIT_DAYS, MIN_SPAN_DAYS, attemptCalibration, rmseAt, type ScoredForecast } from '../../models/glucose-forecast/person-calibration';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import { Kv } from '../kv';
import { logger } from '../logger';
import { calibrationKey, storedCalibration, type StoredCalibration } from './forecast-service';
import type { SqlRow } from '../../db/rows';
import type { events as eventsTable } from '../../db/schema';

const MIN = 60_000;
const log = logger('forecast-calibration');
const lastKey = (subjectId: string) => `forecast-calibration:${subjectId}:last-attempt`;
/** The background tries again at most this often per person. */
const RETRY_MS = 24 * 60 * MIN;
const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

type LastAttempt = NonNullable<ForecastCalibrationStatus['last_attempt']>;
const kv = (core: Core) => new Kv(core.deps.db, () => core.deps.clock.now());

function status(core: Core, subjectId: string): ForecastCalibrationStatus {
  const c = storedCalibration(core, subjectId);
  return {
    calibrated: c ? { fitted_at: c.fitted_at, before: c.before, after: c.after } : null,
    last_attempt: kv(core).getJson<LastAttempt>(lastKey(subjectId)),
  };
}

export function calibrationStatus(core: Core, ctx: CallContext, subjectId: string): ForecastCalibrationStatus {
  core.access.require(ctx, subjectId, 'read');
  return status(core, subjectId);
}

export function resetCalibration(core: Core, ctx: CallContext, subjectId: string): ForecastCalibrationStatus {
  core.access.require(ctx, subjectId, 'write');
  kv(core).delete(calibrationKey(subjectId));
  kv(core).delete(lastKey(subjectId));
  return status(core, subjectId);
}

export async function calibrateNow(core: Core, ctx: CallContext, subjectId: string): Promise<ForecastCalibrationStatus> {
  core.access.require(ctx, subjectId, 'write');
  await calibrate(core, subjectId, core.deps.clock.now());
  return status(core, subjectId);
}

const running = new Set<string>();

/** Whether a person is due a try: v2 shipped, 14 days of their readings, and no try in the last day. */
function calibrationDue(core: Core, subjectId: string, now: number): boolean {
  if (!V2_SHIPPED || running.has(subjectId)) return false;
  // Under 14 days of readings there is nothing to try: no work, no write, on a read.
  const first = core.deps.db.$client.prepare<[string], number | null>(`SELECT MIN(t) FROM observations WHERE subject_id = ? AND metric = 'glucose'`).pluck().get(subjectId)!;
  if (first === null || now - first < MIN_SPAN_DAYS * DAY_MIN * MIN) return false;
  const last = kv(core).getJson<LastAttempt>(lastKey(subjectId));
  return !(last && now - Date.parse(last.at) < RETRY_MS);
}

/** Tries a calibration when one is due; resolves to whether it tried. Failures are logged only. */
export async function calibrateIfDue(core: Core, subjectId: string): Promise<boolean> {
  const now = core.deps.clock.now();
  if (!calibrationDue(core, subjectId, now)) return false;
  running.add(subjectId);
  try {
    await calibrate(core, subjectId, now);
  } catch (e) {
    log.error('forecast calibration failed', { subject: subjectId, error: (e as Error).message });
  } finally {
    running.delete(subjectId);
  }
  return true;
}

/**
 * Tries a calibration in the background when the last try is over a day old (or there was
 * none): called as forecasts are asked for, never delaying them. The hub's daily timer
 * (calibration-scheduler.ts) covers people whose forecast nobody looks at.
 */
export function calibrateInBackground(core: Core, subjectId: string): void {
  if (!calibrationDue(core, subjectId, core.deps.clock.now())) return;
  setImmediate(() => void calibrateIfDue(core, subjectId));
}

/**
 * v2's forecasts over the person's last 9 weeks, scored against their own later readings,
 * then person-calibration.ts's attempt: kept only if it lowers their error on the most recent
 * week. A calibration kept before stays only while it still lowers the error on that week.
 */
async function calibrate(core: Core, subjectId: string, now: number): Promise<void> {
  const t0 = Date.now();
  const from = now - (FIT_DAYS + CHECK_DAYS) * DAY_MIN * MIN - (V2_HISTORY - 1) * V2_STEP_MIN * MIN;
  const { t: tMs, v } = core.observations.series(subjectId, 'glucose', from, now + 1);
  const first = core.deps.db.$client.prepare<[string], number | null>(`SELECT MIN(t) FROM observations WHERE subject_id = ? AND metric = 'glucose'`).pluck().get(subjectId)!;
  const t = Array.from(tMs, (x) => x / MIN);
  const events = core.deps.db.$client
    .prepare<[string, number, number], Pick<SqlRow<typeof eventsTable>, 'type' | 't' | 'data'>>(`SELECT type, t, data FROM events WHERE subject_id = ? AND type IN ('insulin', 'meal') AND t > ? AND t <= ? ORDER BY t`)
    .all(subjectId, from - EVENTS_LOOKBACK_MIN * MIN, now);
  const boluses = [];
  const meals = [];
  for (const e of events) {
    const d = JSON.parse(e.data) as { units?: unknown; kind?: unknown; carbs_g?: unknown };
    if (e.type === 'insulin' && d.kind !== 'basal' && typeof d.units === 'number' && d.units > 0) boluses.push({ t: e.t / MIN, amount: d.units });
    if (e.type === 'meal' && typeof d.carbs_g === 'number' && d.carbs_g >= 0) meals.push({ t: e.t / MIN, amount: d.carbs_g });
  }
  const cases: Array<{ n: number; x: Float32Array }> = [];
  for (const n of anchorIndices(t)) {
    const grid = gridBeforeV2(t, v, n);
    if (grid) cases.push({ n, x: featuresV2(grid, eventInputs(t[n]!, boluses, meals)) });
  }
  const out = cases.length ? await predictChangesV2(cases.map((c) => c.x)) : new Float32Array();
  const rows: ScoredForecast[] = [];
  cases.forEach((c, i) => {
    for (let h = 0; h < V2_HORIZONS; h++) {
      const k = readingNear(t, t[c.n]! + (h + 1) * V2_STEP_MIN);
      if (k < 0) continue;
      const [lo, mid, hi] = quantilesAtV2(out, i, h);
      rows.push({ t: t[c.n]!, h, lo, mid, hi, actual: v[k]! - v[c.n]! });
    }
  });
  const nowMin = now / MIN;
  const attempt = attemptCalibration(rows, first === null ? nowMin : first / MIN, nowMin, V2_HORIZONS, V2_STEP_MIN);
  const store = kv(core);
  const at = new Date(now).toISOString();
  const round = (x: { rmse_30: number | null; rmse_60: number | null }) => ({ rmse_30: r1(x.rmse_30), rmse_60: r1(x.rmse_60) });
  store.setJson(lastKey(subjectId), { at, kept: attempt.kept, reason: attempt.reason, before: round(attempt.before), after: round(attempt.after) } satisfies LastAttempt);
  if (attempt.kept && attempt.calibration) {
    store.setJson(calibrationKey(subjectId), { calibration: attempt.calibration, fitted_at: at, before: round(attempt.before), after: round(attempt.after) } satisfies StoredCalibration);
  } else {
    // The one in use must still earn its place on the most recent week.
    const old = storedCalibration(core, subjectId);
    if (old) {
      const check = rows.filter((x) => x.t >= nowMin - CHECK_DAYS * DAY_MIN && x.t + (x.h + 1) * V2_STEP_MIN <= nowMin);
      const mse = (c: StoredCalibration['calibration'] | null) => ((rmseAt(check, 5, c) ?? 0) ** 2 + (rmseAt(check, 11, c) ?? 0) ** 2) / 2;
      if (!check.length || mse(old.calibration) >= mse(null)) store.delete(calibrationKey(subjectId));
    }
  }
  log.info('forecast calibration tried', { subject: subjectId, kept: attempt.kept, reason: attempt.reason, rows: rows.length, ms: Date.now() - t0 });
}
