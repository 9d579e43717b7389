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

export interface Heartbeat {
  /** Epoch ms of the last beat of the timer. */
  at: number;
  /** Epoch ms the timer was stopped cleanly (the app closed); null while it runs. */
  closed_at: number | null;
  /** Subject id → epoch ms this install last checked live data of theirs (ingest, not sync). */
  watched?: Record<string, number>;
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
  /** Subject → when this process last checked live data of theirs (carried across restarts in the heartbeat). */
  private readonly watched = new Map<string, number>();
  private loaded = false;

  constructor(
    db: Db,
    now: () => number,
    private readonly liveWindowMs: number,
  ) {
    this.kv = new Kv(db, now);
  }

  /**
   * The engine checked live data of this person now (readings stamped within the live
   * window, or a device talking), through ingest on this install. Data pulled by sync do
   * not count: the install that recorded them watches over them, and closing this one
   * (a clinic's board) silences nobody's alerts.
   */
  saw(subjectId: string, now: number): void {
    this.watched.set(subjectId, now);
  }

  /**
   * One beat at `now`: records it and returns the gap since the previous beat when that
   * is at least `minGapMs` long (null on the first beat ever, or when the timer kept time),
   * with the people who were being watched live when it began.
   */
  beat(now: number, minGapMs: number): (MonitoringGap & { watched: string[] }) | null {
    const last = this.read();
    if (!this.loaded) {
      this.loaded = true;
      for (const [id, at] of Object.entries(last?.watched ?? {})) if (Number.isFinite(at) && !(this.watched.get(id)! >= at)) this.watched.set(id, at);
    }
    const from = last ? (last.closed_at ?? last.at) : null;
    const watchedThen = from === null ? [] : [...this.watched].filter(([, at]) => at >= from - this.liveWindowMs && at <= from).map(([id]) => id);
    for (const [id, at] of this.watched) if (at < now - this.liveWindowMs) this.watched.delete(id);
    this.kv.setJson(HEARTBEAT_KEY, { at: now, closed_at: null, watched: Object.fromEntries(this.watched) } satisfies Heartbeat);
    if (from === null || now - from < minGapMs) return null;
    return { from, to: now, cause: last!.closed_at !== null ? 'closed' : 'stopped', watched: watchedThen.sort() };
  }

  /** The timer stops on purpose (the app or hub closes): the next start says "closed", not "stopped". */
  closed(now: number): void {
    const last = this.read();
    this.kv.setJson(HEARTBEAT_KEY, { at: last?.at ?? now, closed_at: now, watched: Object.fromEntries(this.watched) } satisfies Heartbeat);
  }

  private read(): Heartbeat | null {
    return parseHeartbeat(this.kv.get(HEARTBEAT_KEY));
  }
}

/** The stored heartbeat (`kv` value under HEARTBEAT_KEY), or null when absent or damaged: a damaged stamp is no evidence of anything, and the next beat overwrites it. */
export function parseHeartbeat(raw: string | undefined): Heartbeat | null {
  try {
    const h = raw === undefined ? null : (JSON.parse(raw) as Heartbeat | null);
    if (!h || !Number.isFinite(h.at)) return null;
    const watched = h.watched && typeof h.watched === 'object' ? h.watched : {};
    return { at: h.at, closed_at: Number.isFinite(h.closed_at) ? h.closed_at : null, watched };
  } catch {
    return null;
  }
}

/** "for 42 min", "for 3 h 5 min". */
export function gapLength(ms: number): string {
  const total = Math.round(ms / MIN);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
