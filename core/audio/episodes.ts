/**
 * Cry episodes from per-window cry probabilities, with hysteresis (a Schmitt trigger):
 * an episode begins when a window reaches the `enter` threshold, continues while windows
 * stay at or above the lower `exit` threshold, and pauses shorter than `mergeGapS` are
 * bridged, so one long cry with breaths between bouts is one episode, not a dozen.
 * Episodes shorter than `minDurationS` are dropped.
 *
 * The same `EpisodeTracker` serves the live microphone (events as they become certain)
 * and whole files (`formEpisodes`).
 */

/** One scored analysis window. Times in seconds from the start of the audio. */
export interface WindowProbability {
  /** s */
  start_s: number;
  /** s */
  end_s: number;
  /** Cry probability, 0–1. */
  probability: number;
}

/** A cry episode: from the start of its first window to the end of its last. */
export interface CryEpisode {
  /** s */
  start_s: number;
  /** s */
  end_s: number;
  /** Peak window probability within the episode, 0–1. */
  probability: number;
}

export interface EpisodeOptions {
  /** A window with probability ≥ this starts an episode (the model's operating threshold). */
  enter: number;
  /** An episode continues while windows stay ≥ this (≤ enter). */
  exit: number;
  /** s; shorter episodes are discarded. */
  minDurationS: number;
  /** s; an episode re-entered within this gap after its last active window is continued. */
  mergeGapS: number;
}

/**
 * Defaults for a model threshold: exit at half the entry threshold, a 1 s minimum (any
 * full 2 s window qualifies, so a 5 s clip is "cry" exactly when its best window reaches
 * the threshold — the per-clip operating point MODEL.md reports), and a 5 s merge gap
 * (infant cry bouts are separated by pauses of a few seconds).
 */
export function defaultEpisodeOptions(threshold: number): EpisodeOptions {
  return { enter: threshold, exit: threshold / 2, minDurationS: 1, mergeGapS: 5 };
}

export type EpisodeEvent =
  | { type: 'episode.start'; start_s: number; probability: number }
  | { type: 'episode.end'; episode: CryEpisode };

interface Open {
  start_s: number;
  end_s: number;
  peak: number;
  /** Below `exit` since `end_s`, waiting to see whether the gap exceeds `mergeGapS`. */
  cooling: boolean;
  announced: boolean;
}

/**
 * Incremental episode former. Feed windows in time order; `episode.start` is emitted as
 * soon as an episode is long enough, `episode.end` once a gap longer than `mergeGapS`
 * (or `finish`) confirms it is over.
 */
export class EpisodeTracker {
  private readonly opts: EpisodeOptions;
  private open: Open | undefined;

  constructor(opts: EpisodeOptions) {
    if (!(opts.exit <= opts.enter)) throw new RangeError('episode exit threshold must not exceed the entry threshold');
    this.opts = opts;
  }

  /** True while an episode is open (announced or not). */
  get active(): boolean {
    return this.open !== undefined && !this.open.cooling;
  }

  update(w: WindowProbability): EpisodeEvent[] {
    const events: EpisodeEvent[] = [];
    const o = this.open;
    if (o) {
      if (!o.cooling) {
        if (w.probability >= this.opts.exit) this.extend(o, w);
        else o.cooling = true;
      } else if (w.start_s - o.end_s > this.opts.mergeGapS) {
        events.push(...this.close());
      } else if (w.probability >= this.opts.enter) {
        o.cooling = false;
        this.extend(o, w);
      }
    }
    if (!this.open && w.probability >= this.opts.enter) {
      this.open = { start_s: w.start_s, end_s: w.end_s, peak: w.probability, cooling: false, announced: false };
    }
    const cur = this.open;
    if (cur && !cur.announced && cur.end_s - cur.start_s >= this.opts.minDurationS) {
      cur.announced = true;
      events.push({ type: 'episode.start', start_s: cur.start_s, probability: cur.peak });
    }
    return events;
  }

  /** Ends the stream: closes an open episode. */
  finish(): EpisodeEvent[] {
    return this.close();
  }

  private extend(o: Open, w: WindowProbability): void {
    o.end_s = Math.max(o.end_s, w.end_s);
    o.peak = Math.max(o.peak, w.probability);
  }

  private close(): EpisodeEvent[] {
    const o = this.open;
    this.open = undefined;
    if (!o || o.end_s - o.start_s < this.opts.minDurationS) return [];
    return [{ type: 'episode.end', episode: { start_s: o.start_s, end_s: o.end_s, probability: o.peak } }];
  }
}

/** All episodes of a finished recording (windows in time order). */
export function formEpisodes(windows: readonly WindowProbability[], opts: EpisodeOptions): CryEpisode[] {
  const t = new EpisodeTracker(opts);
  const out: CryEpisode[] = [];
  for (const e of [...windows.flatMap((w) => t.update(w)), ...t.finish()]) {
    if (e.type === 'episode.end') out.push(e.episode);
  }
  return out;
}
