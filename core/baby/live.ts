import { badRequest } from '../../api/errors';
import type { CryEpisode } from '../../api/baby';
import type { CryStreamEvent } from '../audio/analyze';
import { encodeWav } from '../audio/wav';
import { iso } from '../clock';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { logger } from '../logger';
import { AnalyserThread } from './analyser-thread';
import { stableId } from './ids';
import { listeningWatchOf, type ListeningWatch } from './listening';
import type { BabyServices } from './services';
import { babySettingsOf } from './settings';
import type { SqlRow } from '../../db/rows';
import type { subjects as subjectsTable } from '../../db/schema';

const log = logger('baby.live');

/**
 * A session with no chunk for this long is ended (tab closed, network gone) to free its
 * analyser. That is not a stop: the listening watch still counts it as lost
 * (`audio_lost`, listening.ts) until audio for the subject arrives again.
 */
export const IDLE_END_MS = 60_000;
/** s of audio kept in memory for clips: a clip is 2 s before an episode's start to 8 s after. */
const CLIP_BEFORE_S = 2;
const CLIP_AFTER_S = 8;
const RING_S = 30;
/** ms between sweeps for kept clips past their retention (also made once at start). */
const CLIP_SWEEP_MS = 3_600_000;

interface PendingClip {
  episodeId: string;
  /** s from the session start */
  from: number;
  to: number;
}

interface Session {
  key: string;
  subjectId: string;
  sessionId: string;
  ctx: CallContext;
  /** ms: wall time of the first sample */
  startMs: number;
  sampleRate: number;
  lastSeq: number;
  /** Samples received. */
  received: number;
  /** Only while clips are kept: the last RING_S seconds of PCM. */
  ring: Int16Array | null;
  clips: PendingClip[];
  openEpisode: string | null;
  queue: Promise<unknown>;
  idle: ReturnType<typeof setTimeout> | null;
}

export interface ChunkResult {
  windows: Array<{ t: string; probability: number }>;
  crying: boolean;
  episodes: CryEpisode[];
}

/**
 * Live microphone sessions: PCM chunks from the renderer are analysed in the worker
 * thread (one StreamingCryAnalyzer per session, 2 s windows every 1 s); each window is
 * stored as `cry_probability`, each episode as it starts and ends, and the rules run on
 * episode start. By default no audio is kept; with `keep_clips` a 10 s clip around each
 * episode start is stored and old clips are pruned.
 */
export class LiveAudio {
  private readonly sessions = new Map<string, Session>();
  readonly thread = new AnalyserThread();
  /** When each live session was last heard and whether it is silent, for the listening rule (listening.ts). */
  readonly watch: ListeningWatch;

  /**
   * Kept clips expire even when nobody listens again: pruning only at the start of a session
   * would keep a family's recordings past the retention they chose for as long as the
   * monitor sits unused.
   */
  private readonly clipSweep: NodeJS.Timeout;
  private readonly firstSweep: NodeJS.Immediate;

  constructor(private readonly core: Core, private readonly baby: BabyServices) {
    this.watch = listeningWatchOf(core.deps);
    const sweep = () => {
      // A core closed without closing its baby services (short-lived CLI cores) has no database left to sweep.
      if (!this.core.deps.db.$client.open) return;
      try {
        const n = this.pruneExpiredClips();
        if (n) log.info('deleted kept clips past their retention', { clips: n });
      } catch (e) {
        log.warn('could not delete expired clips', { error: String(e) });
      }
      try {
        const n = this.pruneOldWindows();
        if (n) log.info('deleted second-by-second cry readings past their retention', { rows: n });
      } catch (e) {
        log.warn('could not delete old cry readings', { error: String(e) });
      }
    };
    this.clipSweep = setInterval(sweep, CLIP_SWEEP_MS).unref();
    this.firstSweep = setImmediate(sweep).unref();
  }

  /**
   * Deletes every subject's `cry_probability` windows stamped more than that subject's
   * `window_retention_days` ago (a night of listening stores 30,000 of them); their
   * rollups and the cry episodes stay. Returns how many rows went.
   */
  pruneOldWindows(): number {
    const now = this.core.deps.clock.now();
    let n = 0;
    // Per subject through the rollups' primary key (subject, metric, level, …): a DISTINCT
    // over rollups by metric scanned all of them, 0.8 s at every hub start on a year of
    // CGM for 20 people, where this takes a fraction of a millisecond.
    const subjects = this.core.deps.db.$client
      .prepare<[], SqlRow<typeof subjectsTable>['id']>(`SELECT id FROM subjects s WHERE EXISTS (SELECT 1 FROM rollups r WHERE r.subject_id = s.id AND r.metric = 'cry_probability' AND r.level = 1440)`)
      .pluck()
      .all();
    for (const id of subjects) n += this.core.observations.deleteRawBefore(id, 'cry_probability', now - babySettingsOf(this.core, id).window_retention_days * 86_400_000);
    return n;
  }

  /** Deletes every subject's kept clips older than that subject's `clip_retention_days`; returns how many. */
  pruneExpiredClips(): number {
    let n = 0;
    for (const id of this.baby.episodes.subjectsWithClips()) n += this.baby.episodes.pruneClips(id, babySettingsOf(this.core, id).clip_retention_days);
    return n;
  }

  chunk(ctx: CallContext, a: { subject_id: string; session_id: string; sample_rate: number; pcm: string; seq: number; t?: string | undefined }): Promise<ChunkResult> {
    this.core.access.require(ctx, a.subject_id, 'write');
    const bytes = Buffer.from(a.pcm, 'base64');
    if (bytes.length % 2) throw badRequest('pcm: 16-bit PCM must have an even number of bytes', 'pcm');
    const pcm = new Int16Array(bytes.length / 2);
    for (let i = 0; i < pcm.length; i++) pcm[i] = bytes.readInt16LE(i * 2);
    const key = `${a.subject_id}\u0000${a.session_id}`;
    let s = this.sessions.get(key);
    const now = this.core.deps.clock.now();
    if (!s) {
      const settings = babySettingsOf(this.core, a.subject_id);
      const first = a.t ? Date.parse(a.t) : now - Math.round((pcm.length / a.sample_rate) * 1000);
      s = {
        key, subjectId: a.subject_id, sessionId: a.session_id, ctx, startMs: first, sampleRate: a.sample_rate,
        lastSeq: -1, received: 0, ring: settings.keep_clips ? new Int16Array(a.sample_rate * RING_S) : null, clips: [],
        openEpisode: null, queue: Promise.resolve(), idle: null,
      };
      this.sessions.set(key, s);
      if (settings.keep_clips) this.baby.episodes.pruneClips(a.subject_id, settings.clip_retention_days);
    } else if (s.sampleRate !== a.sample_rate) {
      throw badRequest(`sample_rate: this session started at ${s.sampleRate} Hz; start a new session to change it`, 'sample_rate');
    }
    const sess = s;
    this.watch.heard(a.subject_id, a.session_id, now, a.seq, pcm, a.sample_rate);
    this.touch(sess);
    const run = sess.queue.then(() => this.process(sess, a.seq, pcm));
    sess.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends a session (the user pressed stop): scores the tail, closes an open episode, keeps pending clips. */
  async stop(ctx: CallContext, subjectId: string, sessionId: string): Promise<CryEpisode[]> {
    this.core.access.require(ctx, subjectId, 'write');
    // The user stopped listening: no "monitoring stopped" alert for this session, even
    // when it had already been ended for being idle.
    this.watch.stopped(subjectId, sessionId);
    const s = this.sessions.get(`${subjectId}\u0000${sessionId}`);
    if (!s) return [];
    return this.end(s);
  }

  private async end(s: Session): Promise<CryEpisode[]> {
    this.sessions.delete(s.key);
    if (s.idle) clearTimeout(s.idle);
    const run = s.queue.then(async () => {
      const events = await this.thread.request({ type: 'flush', session: s.key });
      const out = this.apply(s, events);
      for (const c of s.clips.splice(0)) this.saveClip(s, c);
      return out.episodes;
    });
    s.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends every session (hub shutdown) and stops the thread. */
  async close(): Promise<void> {
    clearInterval(this.clipSweep);
    clearImmediate(this.firstSweep);
    if (this.core.deps.db.$client.open) this.watch.flush();
    await Promise.allSettled([...this.sessions.values()].map((s) => this.end(s)));
    await this.thread.close();
  }

  private touch(s: Session): void {
    if (s.idle) clearTimeout(s.idle);
    s.idle = setTimeout(() => {
      log.info('ending an idle listening session', { subject: s.subjectId });
      this.end(s).catch((e: unknown) => log.warn('could not end an idle session', { error: String(e) }));
    }, IDLE_END_MS);
    s.idle.unref();
  }

  private async process(s: Session, seq: number, pcm: Int16Array): Promise<ChunkResult> {
    if (seq <= s.lastSeq) return { windows: [], crying: s.openEpisode !== null, episodes: [] };
    s.lastSeq = seq;
    if (s.ring) this.remember(s, pcm);
    s.received += pcm.length;
    const copy = pcm.slice();
    const events = await this.thread.request({ type: 'push', session: s.key, sampleRate: s.sampleRate, pcm: copy }, [copy.buffer as ArrayBuffer]);
    const out = this.apply(s, events);
    const have = s.received / s.sampleRate;
    s.clips = s.clips.filter((c) => {
      if (have < c.to) return true;
      this.saveClip(s, c);
      return false;
    });
    return out;
  }

  /** Stores the analyser's events: windows as observations, episodes, alerts. */
  private apply(s: Session, events: CryStreamEvent[]): ChunkResult {
    const at = (sec: number) => s.startMs + Math.round(sec * 1000);
    const windows = events.filter((e): e is Extract<CryStreamEvent, { type: 'window' }> => e.type === 'window');
    const items = windows.map((w) => ({
      id: stableId(s.subjectId, s.sessionId, 'window', w.start_s),
      metric: 'cry_probability',
      t: iso(at(w.start_s)),
      value: Math.min(1, Math.max(0, w.probability)),
    }));
    // Episodes first, then the windows, in one transaction: the baby rule (rules.ts) finds
    // a new episode when its windows are ingested and raises the alerts then.
    const episodes = this.core.deps.db.$client.transaction(() => {
      const eps: CryEpisode[] = [];
      for (const e of events) {
        if (e.type === 'episode.start') {
          const id = stableId(s.subjectId, s.sessionId, 'episode', e.start_s);
          eps.push(this.baby.episodes.upsert({ id, subject_id: s.subjectId, source: 'live', session_id: s.sessionId, start_t: at(e.start_s), end_t: null, peak: e.probability }));
          s.openEpisode = id;
          if (s.ring) {
            // 10 s: from 2 s before the start (or the stream's start) to 10 s after that.
            const from = Math.max(0, e.start_s - CLIP_BEFORE_S);
            s.clips.push({ episodeId: id, from, to: from + CLIP_BEFORE_S + CLIP_AFTER_S });
          }
        } else if (e.type === 'episode.end') {
          const id = stableId(s.subjectId, s.sessionId, 'episode', e.episode.start_s);
          eps.push(this.baby.episodes.upsert({ id, subject_id: s.subjectId, source: 'live', session_id: s.sessionId, start_t: at(e.episode.start_s), end_t: at(e.episode.end_s), peak: e.episode.probability }));
          if (s.openEpisode === id) s.openEpisode = null;
        }
      }
      if (items.length) this.core.ingest(s.ctx, s.subjectId, items);
      return eps;
    })();
    return { windows: items.map((i) => ({ t: i.t, probability: i.value })), crying: s.openEpisode !== null, episodes };
  }

  private remember(s: Session, pcm: Int16Array): void {
    const ring = s.ring!;
    for (let i = 0; i < pcm.length; i++) ring[(s.received + i) % ring.length] = pcm[i]!;
  }

  private saveClip(s: Session, c: PendingClip): void {
    const ring = s.ring;
    if (!ring) return;
    const from = Math.max(Math.round(c.from * s.sampleRate), s.received - ring.length, 0);
    const to = Math.min(Math.round(c.to * s.sampleRate), s.received);
    if (to <= from) return;
    const x = new Float32Array(to - from);
    for (let i = from; i < to; i++) x[i - from] = ring[i % ring.length]! / 32768;
    try {
      this.baby.episodes.addClip({
        id: stableId(s.subjectId, s.sessionId, 'clip', c.episodeId),
        subject_id: s.subjectId,
        episode_id: c.episodeId,
        start_t: s.startMs + Math.round((from / s.sampleRate) * 1000),
        end_t: s.startMs + Math.round((to / s.sampleRate) * 1000),
        wav: encodeWav([x], { sampleRate: s.sampleRate, bitsPerSample: 16 }),
      });
    } catch (e) {
      log.warn('could not keep a clip', { error: String(e) });
    }
  }
}
