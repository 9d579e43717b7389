import { SILENT_PEAK_DBFS, type BabySettings } from '../../api/baby';
import type { AlertRule, RuleContext } from '../alerts/rules';
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
 * The state is kept in this process (a hub restart forgets it; the renderer's next chunk
 * starts it again). Keys are per subject: with two microphones on one baby, the subject
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
export class ListeningWatch {
  private readonly subjects = new Map<string, Map<string, Heard>>();
  /** Sessions the user stopped (the newest few): a chunk retried after the stop does not restart one. */
  private readonly ended = new Set<string>();

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
  }

  /** The user stopped this session (`audio.stop`): it is no longer expected to send. */
  stopped(subjectId: string, sessionId: string): void {
    this.subjects.get(subjectId)?.delete(sessionId);
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
    }, { at: lost ? lastAt + lossMs : lastAt, active: lost });
  }

  // Only sessions still sending say anything about the sound; while one is, the ones that
  // went quiet were replaced (a reopened tab) and are forgotten.
  const live = [...sessions.entries()].filter(([, h]) => ctx.now - h.lastAt < staleMs);
  if (live.length) for (const [id, h] of sessions) if (ctx.now - h.lastAt >= staleMs) sessions.delete(id);
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
