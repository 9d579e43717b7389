import type { BabySettings } from '../../api/baby';
import type { AlertRule, RuleContext } from '../alerts/rules';
import type { CleanObservation } from '../records/observations';
import { babySettingsFrom } from './settings';
import { storedSettings } from '../records/subjects';
import type { SqlRow } from '../../db/rows';
import type { cryEpisodes } from '../../db/schema';

/**
 * The baby monitor's alert rules (issue 6), registered with the alert engine
 * (core/alerts/rules.ts); every limit comes from the subject's `settings.baby`:
 * - `may_be_ill` (high): a cry episode and a body temperature ≥ `fever_c` within
 *   `ill_window_min` of each other, whichever of the two is stored first;
 * - `fever` (medium): body temperature ≥ `fever_c`; clears 0.2 °C below it; not raised
 *   while the baby has its own `max` threshold on body_temperature (that threshold's
 *   alert is the one "too hot" alarm);
 * - `room_temperature:low|high`, `humidity:low|high` (low): outside the configured range
 *   for `room_sustain_min` minutes; clears 0.5 °C / 2 %RH back inside;
 * - `cry:<episode>` (`cry_alert`, medium by default): a cry episode started.
 *
 * Cry episodes are stored (cry_episodes) in the same transaction as, and before, the
 * `cry_probability` windows that produced them, so the rule finds a new episode when
 * those windows arrive; that keeps one path (ingest → engine) for live audio, uploaded
 * files and check-ins alike. The engine owns re-alerting, hysteresis timing, snooze and
 * publication.
 */
export const BABY_RULE_ID = 'baby';

const MIN = 60_000;
/** How far before a batch's first window an episode's start may lie (its first window can be in an earlier batch when minimum duration > one window). */
const EPISODE_LOOKBACK_MS = 30_000;
const FEVER_CLEAR_C = 0.2;
const ROOM_CLEAR = { room_temperature: 0.5, humidity: 2 } as const;

type EpisodeRow = Pick<SqlRow<typeof cryEpisodes>, 'id' | 'start_t' | 'end_t' | 'peak'>;

export function settingsOf(ctx: RuleContext, subjectId: string): BabySettings {
  return babySettingsFrom(storedSettings(ctx.sql, subjectId));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function maxBodyTemperature(ctx: RuleContext, subjectId: string, from: number, to: number): { t: number; value: number } | null {
  let best: { t: number; value: number } | null = null;
  for (const r of ctx.readings(subjectId, 'body_temperature', from, to)) if (!best || r.value > best.value) best = { t: r.t, value: r.value };
  return best;
}

function episodesBetween(ctx: RuleContext, subjectId: string, from: number, to: number): EpisodeRow[] {
  return ctx.sql
    .prepare<[string, number, number], EpisodeRow>(`SELECT id, start_t, end_t, peak FROM cry_episodes WHERE subject_id = ? AND start_t <= ? AND COALESCE(end_t, start_t) >= ? ORDER BY start_t`)
    .all(subjectId, to, from);
}

function mayBeIll(ctx: RuleContext, subjectId: string, temperature: number, at: number, s: BabySettings): void {
  ctx.raise(subjectId, {
    key: 'may_be_ill',
    kind: 'may_be_ill',
    priority: 'high',
    message: `May be ill: crying and a body temperature of ${round1(temperature)} °C within ${s.ill_window_min} min`,
    metric: 'body_temperature',
    value: temperature,
    snoozeClass: 'baby:may_be_ill',
  }, at);
}

/**
 * The lowest `max` of the person's own body_temperature thresholds (a clinician's or
 * parent's line for "too hot"), or null. A baby has no default thresholds
 * (alerts/settings.ts), so any such line was set for this baby on purpose.
 */
function ownHighTemperatureLine(ctx: RuleContext, subjectId: string): number | null {
  let line: number | null = null;
  for (const t of ctx.thresholds(subjectId)) if (t.metric === 'body_temperature' && t.max != null && (line === null || t.max < line)) line = t.max;
  return line;
}

function onBodyTemperature(ctx: RuleContext, subjectId: string, r: CleanObservation, s: BabySettings, ownLine: number | null): void {
  const fever = r.value >= s.fever_c;
  const clear = r.value <= s.fever_c - FEVER_CLEAR_C;
  // One reading, one "too hot" alarm: where the person has their own high line, its
  // threshold alert (their priority, their limit) is that alarm and the built-in fever
  // alert is not raised beside it. A fever alert raised before the line existed can still
  // clear the usual way. "May be ill" (a cry with the fever) is a different finding and stays.
  ctx.track(subjectId, {
    key: 'fever',
    kind: 'fever',
    priority: 'medium',
    message: `Fever: body temperature ${round1(r.value)} °C (at or above ${s.fever_c} °C)`,
    metric: 'body_temperature',
    value: r.value,
    snoozeClass: 'body_temperature:high',
  }, { at: r.t, active: fever && ownLine === null, clear });
  if (fever) {
    const w = s.ill_window_min * MIN;
    const eps = episodesBetween(ctx, subjectId, r.t - w, r.t + w);
    if (eps.length) mayBeIll(ctx, subjectId, r.value, r.t, s);
  } else if (clear) {
    ctx.resolve(subjectId, 'may_be_ill', r.t);
  }
}

function onRoom(ctx: RuleContext, subjectId: string, r: CleanObservation, s: BabySettings): void {
  const metric = r.metric as 'room_temperature' | 'humidity';
  const [lo, hi] = metric === 'room_temperature' ? [s.room_min_c, s.room_max_c] : [s.humidity_min, s.humidity_max];
  const unit = metric === 'room_temperature' ? '°C' : '%RH';
  const what = metric === 'room_temperature' ? 'Room temperature' : 'Humidity';
  const margin = ROOM_CLEAR[metric];
  for (const dir of ['low', 'high'] as const) {
    const limit = dir === 'low' ? lo : hi;
    ctx.track(subjectId, {
      key: `${metric}:${dir}`,
      kind: dir === 'low' ? `${metric}_low` : `${metric}_high`,
      priority: 'low',
      message: `${what} ${round1(r.value)} ${unit} has stayed ${dir === 'low' ? 'below' : 'above'} ${limit} ${unit} for ${s.room_sustain_min} min`,
      metric,
      value: r.value,
      snoozeClass: `${metric}:${dir}`,
    }, {
      at: r.t,
      active: dir === 'low' ? r.value < lo : r.value > hi,
      clear: dir === 'low' ? r.value >= lo + margin : r.value <= hi - margin,
      sustainMs: s.room_sustain_min * MIN,
    });
  }
}

function onCryWindows(ctx: RuleContext, subjectId: string, rows: readonly CleanObservation[], s: BabySettings): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    if (r.t < lo) lo = r.t;
    if (r.t > hi) hi = r.t;
  }
  const started = ctx.sql
    .prepare<[string, number, number], EpisodeRow>(`SELECT id, start_t, end_t, peak FROM cry_episodes WHERE subject_id = ? AND start_t >= ? AND start_t <= ? ORDER BY start_t`)
    .all(subjectId, lo - EPISODE_LOOKBACK_MS, hi);
  const w = s.ill_window_min * MIN;
  for (const ep of started) {
    if (s.cry_alert !== 'off' && !ctx.standing(subjectId, `cry:${ep.id}`)) {
      ctx.raise(subjectId, {
        key: `cry:${ep.id}`,
        kind: 'cry_episode',
        priority: s.cry_alert,
        message: `Crying detected (peak cry probability ${Math.round(ep.peak * 100)} %)`,
        metric: 'cry_probability',
        value: ep.peak,
        snoozeClass: 'baby:cry',
        detail: { episode_id: ep.id, start: new Date(ep.start_t).toISOString() },
      }, ep.start_t);
    }
    const fever = maxBodyTemperature(ctx, subjectId, ep.start_t - w, (ep.end_t ?? ep.start_t) + w);
    if (fever && fever.value >= s.fever_c) mayBeIll(ctx, subjectId, fever.value, Math.max(ep.start_t, fever.t), s);
  }
}

/** The rule object the engine runs on every ingest. */
export const babyRule: AlertRule = {
  id: BABY_RULE_ID,
  onObservations(ctx, subjectId, rows) {
    let s: BabySettings | undefined;
    const settings = () => (s ??= settingsOf(ctx, subjectId));
    let line: number | null | undefined;
    const ownLine = () => (line === undefined ? (line = ownHighTemperatureLine(ctx, subjectId)) : line);
    const cry: CleanObservation[] = [];
    for (const r of rows) {
      switch (r.metric) {
        case 'body_temperature':
          onBodyTemperature(ctx, subjectId, r, settings(), ownLine());
          break;
        case 'room_temperature':
        case 'humidity':
          onRoom(ctx, subjectId, r, settings());
          break;
        case 'cry_probability':
          cry.push(r);
          break;
        default:
          break;
      }
    }
    if (cry.length) onCryWindows(ctx, subjectId, cry, settings());
  },
};
