import { describe, expect, it } from 'vitest';
import { EpisodeTracker, defaultEpisodeOptions, formEpisodes } from './episodes';
import type { EpisodeOptions, WindowProbability } from './episodes';

/** 2 s windows every 1 s, like the model's, with the given probabilities. */
function windows(probs: number[]): WindowProbability[] {
  return probs.map((p, i) => ({ start_s: i, end_s: i + 2, probability: p }));
}

const opts: EpisodeOptions = { enter: 0.6, exit: 0.3, minDurationS: 1, mergeGapS: 3 };

describe('formEpisodes', () => {
  it('makes one episode of a long cry whose probability dips but stays above the exit threshold', () => {
    const eps = formEpisodes(windows([0.1, 0.7, 0.9, 0.4, 0.35, 0.8, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1]), opts);
    // Windows 1..6 are active: start 1 s, end 6 + 2 = 8 s, peak 0.9.
    expect(eps).toEqual([{ start_s: 1, end_s: 8, probability: 0.9 }]);
  });

  it('bridges a pause shorter than the merge gap but splits at a longer one', () => {
    // Active windows 0..1 (end 3 s); quiet 2..4; window 5 starts 2 s after the end → merged.
    const merged = formEpisodes(windows([0.9, 0.7, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1]), opts);
    expect(merged).toEqual([{ start_s: 0, end_s: 7, probability: 0.9 }]);
    // Window 7 starts 4 s after the first episode's end (3 s) → a second episode.
    const split = formEpisodes(windows([0.9, 0.7, 0.1, 0.1, 0.1, 0.1, 0.1, 0.8, 0.1]), opts);
    expect(split).toEqual([
      { start_s: 0, end_s: 3, probability: 0.9 },
      { start_s: 7, end_s: 9, probability: 0.8 },
    ]);
  });

  it('needs the entry threshold to start or resume, not just the exit threshold', () => {
    expect(formEpisodes(windows([0.5, 0.59, 0.4, 0.5]), opts)).toEqual([]);
    // After falling below exit, a 0.5 window (between exit and enter) does not extend it.
    expect(formEpisodes(windows([0.9, 0.1, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1]), opts)).toEqual([
      { start_s: 0, end_s: 2, probability: 0.9 },
    ]);
  });

  it('drops episodes shorter than the minimum duration', () => {
    const short: WindowProbability[] = [{ start_s: 0, end_s: 0.5, probability: 0.95 }];
    expect(formEpisodes(short, opts)).toEqual([]);
    expect(formEpisodes(short, { ...opts, minDurationS: 0.5 })).toEqual([{ start_s: 0, end_s: 0.5, probability: 0.95 }]);
  });

  it('defaults to exit at half the entry threshold and counts any whole window as long enough', () => {
    const d = defaultEpisodeOptions(0.8);
    expect(d.exit).toBeCloseTo(0.4, 12);
    expect(formEpisodes(windows([0.1, 0.8, 0.1]), d)).toEqual([{ start_s: 1, end_s: 3, probability: 0.8 }]);
  });

  it('refuses an exit threshold above the entry threshold', () => {
    expect(() => new EpisodeTracker({ ...opts, exit: 0.7 })).toThrow(RangeError);
  });
});

describe('EpisodeTracker', () => {
  it('announces a start at the first qualifying window and the end once the gap is confirmed', () => {
    const t = new EpisodeTracker(opts);
    const ws = windows([0.1, 0.8, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    const log = ws.map((w) => t.update(w));
    expect(log[0]).toEqual([]);
    expect(log[1]).toEqual([{ type: 'episode.start', start_s: 1, probability: 0.8 }]);
    // Active until window 2 (end 4 s); window k (starting at k s) closes it once k - 4 > 3.
    expect(log.slice(2, 8).flat()).toEqual([]);
    expect(log[8]).toEqual([{ type: 'episode.end', episode: { start_s: 1, end_s: 4, probability: 0.9 } }]);
    expect(t.finish()).toEqual([]);
  });

  it('closes an episode still open when the stream ends', () => {
    const t = new EpisodeTracker(opts);
    t.update({ start_s: 0, end_s: 2, probability: 0.9 });
    expect(t.active).toBe(true);
    expect(t.finish()).toEqual([{ type: 'episode.end', episode: { start_s: 0, end_s: 2, probability: 0.9 } }]);
  });
});
