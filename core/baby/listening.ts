import { SILENT_PEAK_DBFS, type BabySettings } from '../../api/baby';
import type { AlertRule, RuleContext } from '../alerts/rules';
import type { CoreDeps } from '../context';
import { Kv } from '../kv';
import { settingsOf } from './rules';

/**
 * Watching the live microphone itself (issue 6): a baby monitor that silently stops
 * listening is dangerous, so two conditions of the listening are alerts of their own,
 * raised through the alert engine like every other alert (audited, pushed, acknowledgeable):
 *
 * - `audio_lost` "Cry monitoring stopped" (medium): a live session that was not stopped
 *   with `audio.stop` has sent no chunk for `audio_loss_alert_s` (tab closed, laptop lid
 *   shut, microphone unplugged, renderer crashed, network gone). Nothing arrives in that
 *   case, so it is found on the engine's timer (`onTick`, every 15 s in the hub), like a
 *   device's signal loss. It resolves when audio for the subject arrives again (any
 *   session: a reopened tab starts a new one) or when the user stops listening.
 * - `mic_silent` "Microphone gives no sound" (medium): every chunk of a live session for
 *   `silence_alert_s` seconds of audio was digital silence (peak below
 *   `SILENT_PEAK_DBFS`: a muted switch, the wrong input). It resolves at the first chunk
 *   with sound, or when the user stops listening.
 *
 * Which sessions are listening, and when each was last heard, is also written to the
 * database (`ListeningStore`, at most every 10 s per session and on a clean close), so a
 * monitor that dies with its hub (power cut, crash, laptop asleep) is still reported
 * stopped when the app starts again and the audio does not come back. Keys are per subject: with two microphones on one baby, the subject
 * counts as heard while either is sending, and a session that went quiet while another
 * keeps sending is forgotten.
 */
export const LISTENING_RULE_ID = 'baby.listening';

/** Linear full-scale peak below which a chunk is silent (`SILENT_PEAK_DBFS`). */
const SILENT_PEAK = 10 ** (SILENT_PEAK_DBFS / 20);
/** A session not heard from for this long no longer counts for "no sound" when `audio_lost` is off. */
const STALE_MS = 60_000;

/**
 * The peak of a 16-bit chunk after removing its mean, full scale 1: a muted input can
 * sit at a constant offset, which is no more sound than zeros.
 */
export function chunkPeak(pcm: Int16Array): number {
  if (!pcm.length) return 0;
  let sum = 0;
  for (let i = 0; i < pcm.length; i++) sum += pcm[i]!;
  const mean = sum / pcm.length;
  let peak = 0;
  for (let i = 0; i < pcm.length; i++) {
    const a = Math.abs(pcm[i]! - mean);
    if (a > peak) peak = a;
  }
  return peak / 32768;
}

interface Heard {
  /** epoch ms (core clock) the last chunk arrived */
  lastAt: number;
  /** lastAt as last written to the store */
  savedAt?: number;
  /** Highest chunk number counted (a retried chunk is not counted twice). */
  seq: number;
  /** s of audio in the current run of silent chunks; 0 after a chunk with sound. */
  silentS: number;
}

/**
 * The live sessions of each subject as far as listening goes: when each was last heard
 * and how long it has been silent. `LiveAudio` reports chunks and user stops; the rule
 * reads it. A session ended for being idle stays here: only `audio.stop` removes one.
 */
/** ms: how stale the stored "last heard" of a session may get while it is sending. */
const SAVE_EVERY_MS = 10_000;

/** Where the watch keeps its sessions across restarts. */
export interface ListeningStore {
  load(): Array<{ subjectId: string; sessionId: string; lastAt: number }>;
  save(subjectId: string, sessionId: string, lastAt: number): void;
  /** One session, or every session of the subject. */
  remove(subjectId: string, sessionId?: string): void;
}

/**
 * The watch's sessions in the `kv` table, one row per session under
 * `baby.listening:<subject>:<session>` (deleting a subject deletes its kv rows).
 */
export class KvListeningStore implements ListeningStore {
  private readonly kv: Kv;
  private readonly prefix = 'baby.listening:';
  constructor(deps: CoreDeps) {
    this.kv = new Kv(deps.db, () => deps.clock.now());
  }
  load(): Array<{ subjectId: string; sessionId: string; lastAt: number }> {
    const out: Array<{ subjectId: string; sessionId: string; lastAt: number }> = [];
    for (const r of this.kv.entries(this.prefix)) {
      const [subjectId, ...rest] = r.key.slice(this.prefix.length).split(':');
      const lastAt = (JSON.parse(r.value) as { last_at?: unknown }).last_at;
      if (subjectId && rest.length && typeof lastAt === 'number') out.push({ subjectId, sessionId: rest.join(':'), lastAt });
    }
    return out;
  }
  save(subjectId: string, sessionId: string, lastAt: number): void {
    this.kv.setJson(`${this.prefix}${subjectId}:${sessionId}`, { last_at: lastAt });
  }
  remove(subjectId: string, sessionId?: string): void {
    if (sessionId) this.kv.delete(`${this.prefix}${subjectId}:${sessionId}`);
    else this.kv.deletePrefix(`${this.prefix}${subjectId}:`);
  }
}

export class ListeningWatch {
  private readonly subjects = new Map<string, Map<string, Heard>>();
  /** Sessions the user stopped (the newest few): a chunk retried after the stop does not restart one. */
  private readonly ended = new Set<string>();

  /** With a store, the sessions listening when the process last stopped are picked up again. */
  constructor(private readonly store?: ListeningStore) {
    for (const r of store?.load() ?? []) {
      let sessions = this.subjects.get(r.subjectId);
      if (!sessions) this.subjects.set(r.subjectId, (sessions = new Map()));
      sessions.set(r.sessionId, { lastAt: r.lastAt, savedAt: r.lastAt, seq: -1, silentS: 0 });
    }
  }

  /** A chunk of `pcm` arrived for a session at `at` (epoch ms). */
  heard(subjectId: string, sessionId: string, at: number, seq: number, pcm: Int16Array, sampleRate: number): void {
    if (this.ended.has(`${subjectId}\u0000${sessionId}`)) return;
    let sessions = this.subjects.get(subjectId);
    if (!sessions) this.subjects.set(subjectId, (sessions = new Map()));
    const h = sessions.get(sessionId) ?? { lastAt: at, seq: -1, silentS: 0 };
    h.lastAt = Math.max(h.lastAt, at);
    if (seq > h.seq) {
      h.seq = seq;
      h.silentS = chunkPeak(pcm) < SILENT_PEAK ? h.silentS + pcm.length / sampleRate : 0;
    }
    sessions.set(sessionId, h);
    if (this.store && (h.savedAt === undefined || h.lastAt - h.savedAt >= SAVE_EVERY_MS)) {
      this.store.save(subjectId, sessionId, h.lastAt);
      h.savedAt = h.lastAt;
    }
  }

  /** Writes every session's exact last-heard time (a clean shutdown). */
  flush(): void {
    if (!this.store) return;
    for (const [subjectId, sessions] of this.subjects) {
      for (const [sessionId, h] of sessions) {
        if (h.savedAt !== h.lastAt) this.store.save(subjectId, sessionId, h.lastAt);
        h.savedAt = h.lastAt;
      }
    }
  }

  /** The user stopped this session (`audio.stop`): it is no longer expected to send. */
  stopped(subjectId: string, sessionId: string): void {
    this.subjects.get(subjectId)?.delete(sessionId);
    this.store?.remove(subjectId, sessionId);
    this.ended.add(`${subjectId}\u0000${sessionId}`);
    if (this.ended.size > 256) this.ended.delete(this.ended.values().next().value!);
  }

  /** Subjects with something to evaluate (live sessions, or all stopped and alerts to resolve). */
  subjectIds(): string[] {
    return [...this.subjects.keys()];
  }

  sessions(subjectId: string): Map<string, Heard> | undefined {
    return this.subjects.get(subjectId);
  }

  forget(subjectId: string): void {
    this.subjects.delete(subjectId);
    this.store?.remove(subjectId);
  }

  /** A session replaced by another that is still sending (a reopened tab). */
  drop(subjectId: string, sessionId: string): void {
    this.subjects.get(subjectId)?.delete(sessionId);
    this.store?.remove(subjectId, sessionId);
  }
}

const spoken = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min`;
};

function evaluate(ctx: RuleContext, watch: ListeningWatch, subjectId: string): void {
  const sessions = watch.sessions(subjectId);
  if (!sessions) return;
  if (!ctx.subject(subjectId)) {
    watch.forget(subjectId);
    return;
  }
  if (!sessions.size) {
    // Every session was stopped by the user: they know nobody is listening.
    ctx.resolve(subjectId, 'audio_lost');
    ctx.resolve(subjectId, 'mic_silent');
    watch.forget(subjectId);
    return;
  }
  const s: BabySettings = settingsOf(ctx, subjectId);
  const lossMs = s.audio_loss_alert_s === 'off' ? null : s.audio_loss_alert_s * 1000;
  const staleMs = lossMs ?? STALE_MS;
  let lastAt = -Infinity;
  for (const h of sessions.values()) lastAt = Math.max(lastAt, h.lastAt);
  const quietMs = ctx.now - lastAt;

  if (lossMs === null) ctx.resolve(subjectId, 'audio_lost');
  else {
    const lost = quietMs >= lossMs;
    ctx.track(subjectId, {
      key: 'audio_lost',
      kind: 'audio_lost',
      priority: 'medium',
      message: `Cry monitoring stopped: no audio from the microphone for ${spoken(quietMs)}`,
      snoozeClass: 'baby:audio_lost',
      detail: { last_audio_at: new Date(lastAt).toISOString(), limit_s: s.audio_loss_alert_s },
      // Every loss is a new gap in the listening: never held back by the re-alert interval.
      realertMs: 0,
      // The listening machine's own state, not the baby's: it ends when someone brings the
      // audio back, at that screen (core/alerts/README.md "Latching").
      latch: false,
    }, { at: lost ? lastAt + lossMs : lastAt, active: lost });
  }

  // Only sessions still sending say anything about the sound; while one is, the ones that
  // went quiet were replaced (a reopened tab) and are forgotten.
  const live = [...sessions.entries()].filter(([, h]) => ctx.now - h.lastAt < staleMs);
  if (live.length) for (const [id, h] of [...sessions]) if (ctx.now - h.lastAt >= staleMs) watch.drop(subjectId, id);
  if (s.silence_alert_s === 'off') ctx.resolve(subjectId, 'mic_silent');
  else if (live.length) {
    const silentS = Math.max(...live.map(([, h]) => h.silentS));
    ctx.track(subjectId, {
      key: 'mic_silent',
      kind: 'mic_silent',
      priority: 'medium',
      message: `Microphone gives no sound: nothing above ${SILENT_PEAK_DBFS} dBFS for ${spoken(silentS * 1000)}; check it is unmuted and the right input is chosen`,
      snoozeClass: 'baby:mic_silent',
      detail: { silent_s: Math.round(silentS), limit_s: s.silence_alert_s, threshold_dbfs: SILENT_PEAK_DBFS },
      // A new run of silence after sound (muted again) is a new alert, held back by nothing.
      realertMs: 0,
      // Ends when someone unmutes the microphone, at that screen.
      latch: false,
    }, { at: ctx.now, active: silentS >= s.silence_alert_s, clear: live.every(([, h]) => h.silentS === 0) });
  }
}

/**
 * The listening rule of one core, reading that core's `ListeningWatch`: on the timer for
 * audio that stopped arriving, and on each batch of live cry windows (about every second) so
 * silence is raised, and a resumed stream resolved, without waiting for the timer.
 */
export function listeningRule(watch: ListeningWatch): AlertRule {
  return {
    id: LISTENING_RULE_ID,
    onObservations(ctx, subjectId, rows) {
      if (rows.some((r) => r.metric === 'cry_probability')) evaluate(ctx, watch, subjectId);
    },
    onTick(ctx) {
      for (const subjectId of watch.subjectIds()) evaluate(ctx, watch, subjectId);
    },
  };
}

const watches = new WeakMap<CoreDeps, ListeningWatch>();

/**
 * The core's one listening watch (its sessions kept in kv), made on first use: the core
 * registers its rule when it is built, and the live audio sessions feed the same watch.
 */
export function listeningWatchOf(deps: CoreDeps): ListeningWatch {
  let w = watches.get(deps);
  if (!w) watches.set(deps, (w = new ListeningWatch(new KvListeningStore(deps))));
  return w;
}
