/**
 * How long raw wrist samples are kept (issue 18). A wearer at 100 Hz adds about 8 MB of
 * compressed chunks a day; the per-minute tremor the screens, doses, trend and reports read
 * (`tremor_minutes`' result columns and the `tremor_percent`/`tremor_magnitude`
 * observations) is never deleted here. Each person's `settings.tremor.raw_retention_days`
 * (api/tremor.ts) says how many days of raw samples stay; a sweep, once soon after start and
 * then hourly, like the baby monitor's cry windows (core/baby/live.ts), deletes the rest.
 *
 * Each minute row also carries its per-second detail (`features` 960 B + `flags` 60 B, about
 * 1.5 MB a day of wear, half of the ~2.9 MB a day the per-minute tremor takes). Only
 * service.ts reads it, to complete a minute whose seconds arrive in two pieces, so the same
 * sweep empties it past `detail_retention_days` (default 365) and the minute is closed.
 */
import { TremorSettings, TremorSettingsPatch } from '../../api/tremor';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { logger } from '../logger';
import { storedSettings } from '../records/subjects';
import type { SqlRow } from '../../db/rows';
import type { motionChunks, subjects as subjectsTable, tremorMinutes } from '../../db/schema';

const log = logger('tremor.retention');
const DAY = 86_400_000;
/** ms between sweeps (the first runs right after start). */
const SWEEP_MS = 3_600_000;
/**
 * Raw samples this close to the newest chunk of their device stay whatever the setting: a
 * piece that continues the recording is analysed with up to 10 s of the samples before it
 * (service.ts CONTEXT_S), looked up within 70 s.
 */
export const KEEP_TAIL_MS = 2 * 60_000;

/** The key under the subject's `settings` that holds the tremor settings. */
export const SETTINGS_KEY = 'tremor';

/** A subject's tremor settings with defaults; a stored value that no longer validates falls back to its default. */
export function tremorSettingsFrom(settings: Record<string, unknown> | null | undefined): TremorSettings {
  const raw = settings?.[SETTINGS_KEY];
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const parsed = TremorSettings.safeParse(obj);
  if (parsed.success) return parsed.data;
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Object.hasOwn(TremorSettings.shape, k) && TremorSettings.shape[k as keyof typeof TremorSettings.shape].safeParse(v).success) clean[k] = v;
  }
  return TremorSettings.parse(clean);
}

/** Reads the settings straight from the store (the sweep runs without a caller). */
export function tremorSettingsOf(core: Core, subjectId: string): TremorSettings {
  return tremorSettingsFrom(storedSettings(core.deps.db.$client, subjectId));
}

/** Merges a patch into the subject's tremor settings. */
export function putTremorSettings(core: Core, ctx: CallContext, subjectId: string, patch: unknown): TremorSettings {
  core.access.require(ctx, subjectId, 'write');
  const p = TremorSettingsPatch.parse(patch);
  const next: TremorSettings = { ...tremorSettingsOf(core, subjectId) };
  if (p.raw_retention_days !== undefined) next.raw_retention_days = p.raw_retention_days;
  if (p.detail_retention_days !== undefined) next.detail_retention_days = p.detail_retention_days;
  core.subjects.update(ctx, subjectId, { settings: { [SETTINGS_KEY]: next } });
  return next;
}

/**
 * Deletes every subject's raw chunks that end more than that subject's retention ago (and,
 * for any retention, are not in the last {@link KEEP_TAIL_MS} of their device's recording).
 * Returns how many chunks went.
 *
 * Walks the primary key (subject, device, t0) only: the subjects with chunks by an EXISTS
 * probe each, the devices of each by seeking past the one before, and the old chunks of
 * each device as a t0 range. A DISTINCT or a t1 filter over the table would read every
 * chunk a wearer ever stored at each sweep, first of all at every start.
 */
export function pruneRawMotion(core: Core): number {
  const c = core.deps.db.$client;
  const now = core.deps.clock.now();
  const subjects = c.prepare<[], SqlRow<typeof subjectsTable>['id']>(SWEEP_SQL.subjects).pluck().all();
  const nextDevice = c.prepare<[string, string], SqlRow<typeof motionChunks>['device_id']>(SWEEP_SQL.nextDevice).pluck();
  const newest = c.prepare<[string, string], SqlRow<typeof motionChunks>['t0']>(SWEEP_SQL.newest).pluck();
  const del = c.prepare(SWEEP_SQL.delete);
  let n = 0;
  for (const id of subjects) {
    const days = tremorSettingsOf(core, id).raw_retention_days;
    // '' (uploads without a device) is the lowest id, which a seek `> ''` steps over.
    const devices: string[] = newest.get(id, '') === undefined ? [] : [''];
    for (let d = nextDevice.get(id, ''); d !== undefined; d = nextDevice.get(id, d)) devices.push(d);
    for (const d of devices) {
      const tail = newest.get(id, d)! - KEEP_TAIL_MS;
      const cutoff = Math.min(now - days * DAY, tail);
      n += del.run(id, d, cutoff, cutoff).changes;
    }
  }
  return n;
}

/** Minutes of per-second detail emptied in one transaction, so a first sweep over years of wear never holds the database for long. */
const DETAIL_BATCH_MINUTES = 1440;
/** kv key (deleted with the subject): every minute before this (epoch ms) has had its detail emptied. */
export const detailMarkKey = (subjectId: string) => `tremor:${subjectId}:detail_emptied_before`;

/**
 * Empties the per-second detail (`features`, `flags`) of each subject's minutes older than
 * their `detail_retention_days` (never sooner than their raw samples go), keeping every
 * per-minute result column: the screens, trend, reports and exports read only those.
 * Walks forward from a per-subject mark on the (subject_id, t) key, a day of minutes per
 * transaction, so an hourly sweep touches only the hour that newly aged out.
 * Returns how many minutes were emptied.
 */
export function pruneMinuteDetail(core: Core): number {
  const c = core.deps.db.$client;
  const now = core.deps.clock.now();
  const subjects = c.prepare<[], SqlRow<typeof subjectsTable>['id']>(DETAIL_SQL.subjects).pluck().all();
  const first = c.prepare<[string], SqlRow<typeof tremorMinutes>['t']>(DETAIL_SQL.first).pluck();
  const empty = c.prepare(DETAIL_SQL.empty);
  let n = 0;
  for (const id of subjects) {
    const s = tremorSettingsOf(core, id);
    const days = Math.max(s.detail_retention_days, s.raw_retention_days);
    const cutoff = Math.floor((now - days * DAY) / 60_000) * 60_000;
    const stored = core.kv.get(detailMarkKey(id));
    let from = stored === undefined ? (first.get(id) ?? cutoff) : Number(stored);
    if (from >= cutoff) continue;
    while (from < cutoff) {
      const to = Math.min(from + DETAIL_BATCH_MINUTES * 60_000, cutoff);
      const lo = from;
      n += c.transaction(() => {
        const changed = empty.run(id, lo, to).changes;
        core.kv.set(detailMarkKey(id), String(to));
        return changed;
      })();
      from = to;
    }
  }
  return n;
}

/** The detail sweep's statements, searches on tremor_minutes' primary key (subject_id, t). */
export const DETAIL_SQL = {
  subjects: `SELECT id FROM subjects s WHERE EXISTS (SELECT 1 FROM tremor_minutes m WHERE m.subject_id = s.id)`,
  first: `SELECT t FROM tremor_minutes WHERE subject_id = ? ORDER BY t LIMIT 1`,
  // An emptied minute is left alone: no new clock stamp, nothing more to send to sync.
  empty: `UPDATE tremor_minutes SET features = x'', flags = x'' WHERE subject_id = ? AND t >= ? AND t < ? AND length(features) > 0`,
} as const;

/** The sweep's statements, each a search on motion_chunks' primary key (the test checks their plans). */
export const SWEEP_SQL = {
  subjects: `SELECT id FROM subjects s WHERE EXISTS (SELECT 1 FROM motion_chunks m WHERE m.subject_id = s.id)`,
  /** The next device of a subject after the given id. */
  nextDevice: `SELECT device_id FROM motion_chunks WHERE subject_id = ? AND device_id > ? ORDER BY device_id LIMIT 1`,
  newest: `SELECT t0 FROM motion_chunks WHERE subject_id = ? AND device_id = ? ORDER BY t0 DESC LIMIT 1`,
  // A chunk is at most a minute long and t0 < t1, so the t0 bound is a range on the key and t1 decides.
  delete: `DELETE FROM motion_chunks WHERE subject_id = ? AND device_id = ? AND t0 < ? AND t1 <= ?`,
} as const;

/** The hourly sweep of one core, made once (tremorHandlers starts it). */
export class RawMotionRetention {
  private readonly timer: NodeJS.Timeout;
  private readonly first: NodeJS.Immediate;

  constructor(private readonly core: Core) {
    this.timer = setInterval(() => this.sweep(), SWEEP_MS).unref();
    this.first = setImmediate(() => this.sweep()).unref();
  }

  /** Runs one sweep now; a failure is logged, never thrown (it runs from timers). */
  sweep(): number {
    // A core closed without stopping the sweep (short-lived CLI cores) has no database left;
    // a read-only command's store refuses writes (db/open.ts `readOnly`): nothing to sweep there.
    const client = this.core.deps.db.$client;
    if (!client.open || client.pragma('query_only', { simple: true }) === 1) return 0;
    try {
      const n = pruneRawMotion(this.core);
      if (n) log.info('deleted raw motion chunks past their retention', { chunks: n });
      const m = pruneMinuteDetail(this.core);
      if (m) log.info('emptied the per-second detail of tremor minutes past its retention', { minutes: m });
      return n;
    } catch (e) {
      log.warn('could not delete old raw motion', { error: String(e) });
      return 0;
    }
  }

  close(): void {
    clearInterval(this.timer);
    clearImmediate(this.first);
  }
}

const byCore = new WeakMap<Core, RawMotionRetention>();

/** The retention sweep of a core, started on first use. */
export function rawMotionRetention(core: Core): RawMotionRetention {
  let r = byCore.get(core);
  if (!r) byCore.set(core, (r = new RawMotionRetention(core)));
  return r;
}
