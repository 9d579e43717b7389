/**
 * How long raw wrist samples are kept (issue 18). A wearer at 100 Hz adds about 8 MB of
 * compressed chunks a day; the per-minute tremor the screens, doses, trend and reports read
 * (`tremor_minutes` and the `tremor_percent`/`tremor_magnitude` observations) is a few
 * hundred kB and is never deleted here. Each person's `settings.tremor.raw_retention_days`
 * (api/tremor.ts) says how many days of raw samples stay; a sweep, once soon after start and
 * then hourly, like the baby monitor's cry windows (core/baby/live.ts), deletes the rest.
 */
import { TremorSettings, TremorSettingsPatch } from '../../api/tremor';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { logger } from '../logger';
import { storedSettings } from '../records/subjects';

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
  const subjects = c.prepare(SWEEP_SQL.subjects).pluck().all() as string[];
  const nextDevice = c.prepare(SWEEP_SQL.nextDevice).pluck();
  const newest = c.prepare(SWEEP_SQL.newest).pluck();
  const del = c.prepare(SWEEP_SQL.delete);
  let n = 0;
  for (const id of subjects) {
    const days = tremorSettingsOf(core, id).raw_retention_days;
    // '' (uploads without a device) is the lowest id, which a seek `> ''` steps over.
    const devices: string[] = newest.get(id, '') === undefined ? [] : [''];
    for (let d = nextDevice.get(id, '') as string | undefined; d !== undefined; d = nextDevice.get(id, d) as string | undefined) devices.push(d);
    for (const d of devices) {
      const tail = (newest.get(id, d) as number) - KEEP_TAIL_MS;
      const cutoff = Math.min(now - days * DAY, tail);
      n += del.run(id, d, cutoff, cutoff).changes;
    }
  }
  return n;
}

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
