import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { encodeWav } from '../audio/wav';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { babyServices } from './services';

/**
 * Kept clips expire by the clock, not only when a new listening session starts: the hourly
 * sweep (LiveAudio.pruneExpiredClips) deletes each subject's clips past that subject's own
 * retention. Real SQLite file, time from a ManualClock.
 */
const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T08:00:00Z');

describe('kept clip retention', () => {
  let dir: string;
  let clock: ManualClock;
  let core: Core;
  let ctx: CallContext;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-clip-retention-'));
    clock = new ManualClock(T0);
    core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
    ctx = { user: core.auth.ensureLocalUser('parent'), clientKey: 'test', transport: 'memory' };
  });
  afterEach(async () => {
    await babyServices(core).live.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One episode with a kept clip, stored now. */
  function keepClip(subject: string, n: number): string {
    const { episodes } = babyServices(core);
    const id = `episode-${subject}-${n}`;
    const t = clock.now();
    episodes.upsert({ id, subject_id: subject, source: 'live', session_id: `session-${n}`, start_t: t, end_t: t + 5000, peak: 0.9 });
    episodes.addClip({ id: `clip-${id}`, subject_id: subject, episode_id: id, start_t: t - 2000, end_t: t + 8000, wav: encodeWav([new Float32Array(16000).fill(0.1)], { sampleRate: 16000 }) });
    return id;
  }
  const hasClip = async (subject: string, episode: string) => (await core.call('baby.episodes.list', { subject_id: subject, from: new Date(T0 - DAY).toISOString(), to: new Date(clock.now() + DAY).toISOString() }, ctx)).items.find((e) => e.id === episode)?.has_clip;

  it("deletes each subject's clips once they are older than that subject's retention, and nothing younger", async () => {
    const ada = core.subjects.create(ctx, { name: 'Ada', kind: 'baby' }).id;
    const ben = core.subjects.create(ctx, { name: 'Ben', kind: 'baby' }).id;
    await core.call('baby.settings.put', { subject_id: ada, settings: { keep_clips: true, clip_retention_days: 2 } }, ctx);
    await core.call('baby.settings.put', { subject_id: ben, settings: { keep_clips: true, clip_retention_days: 7 } }, ctx);
    const live = babyServices(core).live;
    const adaOld = keepClip(ada, 1);
    const benOld = keepClip(ben, 1);
    clock.advance(DAY);
    const adaNew = keepClip(ada, 2);

    clock.advance(DAY - 1); // Ada's first clip is exactly 2 days old minus 1 ms: kept.
    expect(live.pruneExpiredClips()).toBe(0);
    expect(await hasClip(ada, adaOld)).toBe(true);

    clock.advance(2); // now just past 2 days
    expect(live.pruneExpiredClips()).toBe(1);
    expect(await hasClip(ada, adaOld)).toBe(false);
    expect(await hasClip(ada, adaNew)).toBe(true);
    expect(await hasClip(ben, benOld)).toBe(true);

    clock.advance(5 * DAY); // 7 days after Ben's clip, 6 after Ada's second
    expect(live.pruneExpiredClips()).toBe(2);
    expect(await hasClip(ada, adaNew)).toBe(false);
    expect(await hasClip(ben, benOld)).toBe(false);
    // The episodes themselves stay: only the audio goes.
    expect((await core.call('baby.episodes.list', { subject_id: ben, from: new Date(T0 - DAY).toISOString(), to: new Date(clock.now()).toISOString() }, ctx)).items.map((e) => e.id)).toEqual([benOld]);
  });
});
