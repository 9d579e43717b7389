import type { Db } from '../../db/open';
import { Kv } from '../kv';

const MIN = 60_000;
/** The kv key of this install's alert heartbeat (not synced: each install watches for itself). */
export const HEARTBEAT_KEY = 'alerts:heartbeat';

/**
 * Why nothing was watching: the app was closed; it stopped without closing (crash, power
 * cut, the computer asleep); or it ran but could not write to its database (a full disk),
 * so nothing new was stored or checked.
 */
export type GapCause = 'closed' | 'stopped' | 'unwritable';

/** A stretch of time in which this install evaluated no alerts. */
export interface MonitoringGap {
  /** Epoch ms: the last heartbeat (or the clean close) before the gap. */
  from: number;
  /** Epoch ms: when the engine noticed it was running again. */
  to: number;
  cause: GapCause;
}

interface Heartbeat {
  /** Epoch ms of the last beat of the timer. */
  at: number;
  /** Epoch ms the timer was stopped cleanly (the app closed); null while it runs. */
  closed_at: number | null;
}

/**
 * The alert timer's own pulse. While the timer runs it stamps a heartbeat in the store
 * every beat; the stamp survives the process. When the next beat (or the next start)
 * finds the last one older than a few minutes, nothing was evaluating alerts in between:
 * the app was closed, crashed, lost power, or the computer slept with the lid shut. That
 * silence is itself something a carer must hear about (architecture: Safety), so the
 * engine raises a `monitoring_gap` alert for every person who was being watched live.
 */
export class Watchdog {
  private readonly kv: Kv;

  constructor(private readonly db: Db, now: () => number) {
    this.kv = new Kv(db, now);
  }

  /**
   * One beat at `now`: records it and returns the gap since the previous beat when that
   * is at least `minGapMs` long (null on the first beat ever, or when the timer kept time).
   */
  beat(now: number, minGapMs: number): MonitoringGap | null {
    const last = this.read();
    this.kv.setJson(HEARTBEAT_KEY, { at: now, closed_at: null } satisfies Heartbeat);
    if (!last) return null;
    const from = last.closed_at ?? last.at;
    if (now - from < minGapMs) return null;
    return { from, to: now, cause: last.closed_at !== null ? 'closed' : 'stopped' };
  }

  /** The timer stops on purpose (the app or hub closes): the next start says "closed", not "stopped". */
  closed(now: number): void {
    const last = this.read();
    this.kv.setJson(HEARTBEAT_KEY, { at: last?.at ?? now, closed_at: now } satisfies Heartbeat);
  }

  private read(): Heartbeat | null {
    try {
      const h = this.kv.getJson<Heartbeat>(HEARTBEAT_KEY);
      return h && Number.isFinite(h.at) ? { at: h.at, closed_at: Number.isFinite(h.closed_at) ? h.closed_at : null } : null;
    } catch {
      // A damaged stamp is no evidence of a gap; the beat overwrites it.
      return null;
    }
  }

  /**
   * The people being watched live when the gap began: a paired device heard from, or a
   * reading stamped, in the live window before `at`. Old imports and simulations dated
   * elsewhere do not count. Per (subject, metric) range probes on the observations index,
   * so a year of history costs a few index seeks, not a scan.
   */
  watchedAt(at: number, liveWindowMs: number): string[] {
    const c = this.db.$client;
    const from = at - liveWindowMs;
    const subjects = c.prepare(`SELECT id FROM subjects ORDER BY id`).pluck().all() as string[];
    const device = c.prepare(`SELECT 1 FROM devices WHERE subject_id = ? AND last_seen_at >= ? AND last_seen_at <= ? LIMIT 1`).pluck();
    const nextMetric = c.prepare(`SELECT metric FROM observations WHERE subject_id = ? AND metric > ? ORDER BY metric LIMIT 1`).pluck();
    const reading = c.prepare(`SELECT 1 FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t <= ? LIMIT 1`).pluck();
    return subjects.filter((id) => {
      if (device.get(id, from, at)) return true;
      for (let m = nextMetric.get(id, '') as string | undefined; m !== undefined; m = nextMetric.get(id, m) as string | undefined) {
        if (reading.get(id, m, from, at)) return true;
      }
      return false;
    });
  }
}

/** "for 42 min", "for 3 h 5 min". */
export function gapLength(ms: number): string {
  const total = Math.round(ms / MIN);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
