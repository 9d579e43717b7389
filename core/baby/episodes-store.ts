import type { CryEpisode } from '../../api/baby';
import { iso, isoOrNull } from '../clock';
import type { CoreDeps } from '../context';
import type { SqlRow } from '../../db/rows';
import type { audioClips, cryEpisodes } from '../../db/schema';

/** An episode with `has_clip`, the count of audio clips kept for it. */
type EpisodeRow = SqlRow<typeof cryEpisodes> & { has_clip: number };

const toEpisode = (r: EpisodeRow): CryEpisode => ({
  id: r.id,
  subject_id: r.subject_id,
  source: r.source,
  start: iso(r.start_t),
  end: isoOrNull(r.end_t),
  peak: r.peak,
  has_clip: r.has_clip > 0,
});

/** A row of `audio_clips`: times in ms, `wav` the whole file. */
export interface StoredClip {
  id: string;
  subject_id: string;
  episode_id: string;
  start_t: number;
  end_t: number;
  wav: Buffer;
  created_at: number;
}

const SELECT = `SELECT e.*, (SELECT COUNT(*) FROM audio_clips c WHERE c.episode_id = e.id) AS has_clip FROM cry_episodes e`;

/** Cry episodes and the audio clips kept around them (tables in db/schema.ts, "baby monitor"). */
export class EpisodeStore {
  constructor(private readonly deps: CoreDeps) {}

  /** Inserts or updates (same id): a live episode is written open, then closed. Times in ms. */
  upsert(e: { id: string; subject_id: string; source: 'live' | 'file'; session_id: string; start_t: number; end_t: number | null; peak: number }): CryEpisode {
    this.deps.db.$client
      .prepare(
        `INSERT INTO cry_episodes (id, subject_id, source, session_id, start_t, end_t, peak, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET end_t = COALESCE(excluded.end_t, end_t), peak = MAX(peak, excluded.peak)`,
      )
      .run(e.id, e.subject_id, e.source, e.session_id, e.start_t, e.end_t, e.peak, this.deps.clock.now());
    return this.get(e.id)!;
  }

  get(id: string): CryEpisode | undefined {
    const r = this.deps.db.$client.prepare<[string], EpisodeRow>(`${SELECT} WHERE e.id = ?`).get(id);
    return r && toEpisode(r);
  }

  /** Newest first; an episode counts when any part of it lies in [from, to). */
  list(subjectId: string, from: number, to: number, limit: number): CryEpisode[] {
    const rows = this.deps.db.$client
      .prepare<[string, number, number, number], EpisodeRow>(`${SELECT} WHERE e.subject_id = ? AND e.start_t < ? AND COALESCE(e.end_t, e.start_t) >= ? ORDER BY e.start_t DESC, e.id DESC LIMIT ?`)
      .all(subjectId, to, from, limit);
    return rows.map(toEpisode);
  }

  /** Episode starts in [from, to] (ms), for the "may be ill" rule. */
  startsBetween(subjectId: string, from: number, to: number): Array<{ id: string; start_t: number; end_t: number | null; peak: number }> {
    return this.deps.db.$client
      .prepare<[string, number, number], Pick<SqlRow<typeof cryEpisodes>, 'id' | 'start_t' | 'end_t' | 'peak'>>(`SELECT id, start_t, end_t, peak FROM cry_episodes WHERE subject_id = ? AND start_t <= ? AND COALESCE(end_t, start_t) >= ? ORDER BY start_t`)
      .all(subjectId, to, from);
  }

  addClip(c: { id: string; subject_id: string; episode_id: string; start_t: number; end_t: number; wav: Uint8Array }): void {
    this.deps.db.$client
      .prepare(`INSERT INTO audio_clips (id, subject_id, episode_id, start_t, end_t, wav, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`)
      .run(c.id, c.subject_id, c.episode_id, c.start_t, c.end_t, Buffer.from(c.wav.buffer, c.wav.byteOffset, c.wav.byteLength), this.deps.clock.now());
  }

  /** Deletes the subject's clips stored more than `days` ago; returns how many. */
  pruneClips(subjectId: string, days: number): number {
    const cutoff = this.deps.clock.now() - days * 86_400_000;
    return this.deps.db.$client.prepare(`DELETE FROM audio_clips WHERE subject_id = ? AND created_at < ?`).run(subjectId, cutoff).changes;
  }

  /** Subjects that have kept clips. */
  subjectsWithClips(): string[] {
    return this.deps.db.$client.prepare<[], SqlRow<typeof audioClips>['subject_id']>(`SELECT DISTINCT subject_id FROM audio_clips`).pluck().all();
  }

  /** The episode if it is this subject's; undefined for an unknown id or another subject's. */
  getOf(subjectId: string, id: string): CryEpisode | undefined {
    const r = this.deps.db.$client.prepare<[string, string], EpisodeRow>(`${SELECT} WHERE e.id = ? AND e.subject_id = ?`).get(id, subjectId);
    return r && toEpisode(r);
  }

  /** The clip kept around an episode of the subject (the earliest, should there be more); times in ms. */
  clipOf(subjectId: string, episodeId: string): StoredClip | undefined {
    return this.deps.db.$client
      .prepare<[string, string], StoredClip>(`SELECT id, subject_id, episode_id, start_t, end_t, wav, created_at FROM audio_clips WHERE subject_id = ? AND episode_id = ? ORDER BY start_t, id LIMIT 1`)
      .get(subjectId, episodeId);
  }

  /** Deletes the clips kept around an episode of the subject; returns how many. */
  deleteClips(subjectId: string, episodeId: string): number {
    return this.deps.db.$client.prepare(`DELETE FROM audio_clips WHERE subject_id = ? AND episode_id = ?`).run(subjectId, episodeId).changes;
  }

  clipCount(subjectId: string): number {
    return this.deps.db.$client.prepare<[string], number>(`SELECT COUNT(*) FROM audio_clips WHERE subject_id = ?`).pluck().get(subjectId)!;
  }
}
