import { MAX_INFERRED_INTERVAL_MIN, computeCgmMetrics, inferIntervalMin, type CgmMetrics, type MageMethod } from './metrics';
import { dailySummaries, type DailySummary } from './daily';
import type { Core } from '../core-types';
import type { CallContext } from '../context';

const DAY = 86_400_000;

/**
 * CGM metrics for a subject over [from, to). Without a window: the 14 days up to the
 * newest reading (the consensus minimum for a report), or up to now if none.
 */
export function subjectCgmMetrics(core: Core, ctx: CallContext, subjectId: string, opts: { from?: string | undefined; to?: string | undefined; timeZone?: string | undefined; mageMethod?: MageMethod | undefined }): CgmMetrics & { from: string; to: string; daily: DailySummary[] } {
  core.access.require(ctx, subjectId, 'read');
  const newest = core.deps.db.$client
    .prepare<[string], number | null>(`SELECT MAX(t) FROM observations WHERE subject_id = ? AND metric = 'glucose'`)
    .pluck()
    .get(subjectId)!;
  const to = opts.to ? Date.parse(opts.to) : (newest ?? core.deps.clock.now()) + 1;
  const from = opts.from ? Date.parse(opts.from) : to - 14 * DAY;
  const { t, v } = core.observations.series(subjectId, 'glucose', from, to);
  const readings = new Array<{ t: number; v: number }>(t.length);
  for (let i = 0; i < t.length; i++) readings[i] = { t: t[i]!, v: v[i]! };
  const m = computeCgmMetrics(readings, { from, to, ...(opts.timeZone ? { timeZone: opts.timeZone } : {}), ...(opts.mageMethod ? { mageMethod: opts.mageMethod } : {}) });
  // A day at a glance (issue: the old dashboard's daily score), in the same zone as the AGP
  // hours and with the sensor interval the window's sensor time uses.
  const daily = dailySummaries(t, v, { from, to, timeZone: opts.timeZone ?? 'UTC', intervalMin: Math.min(MAX_INFERRED_INTERVAL_MIN, inferIntervalMin(t)) });
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...m, daily };
}
