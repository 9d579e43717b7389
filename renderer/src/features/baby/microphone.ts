import { SILENT_PEAK_DBFS } from '../../../../api/baby';
import { client } from '../../client';

/** What the listening screen shows while the microphone streams. */
export interface ListenState {
  /** Input level, RMS of the last ~100 ms, full scale 1. */
  level: number;
  /** The newest window's cry probability, 0–1 (null before the first 2 s window). */
  probability: number | null;
  crying: boolean;
  /** s of audio sent. */
  sentS: number;
  /**
   * s the input has been digital silence (peak below `SILENT_PEAK_DBFS`: muted, unplugged,
   * the wrong device); 0 while there is sound. The core raises "Microphone gives no sound"
   * after the subject's `silence_alert_s`; this shows it at once.
   */
  silentS: number;
  error: string | null;
}

export interface Listener {
  stop(): Promise<void>;
}

/** Sent to the core about twice a second: short enough to feel live, long enough to be cheap. */
const SEND_EVERY_MS = 500;
const RATE = 16000;
const SILENT_PEAK = 10 ** (SILENT_PEAK_DBFS / 20);

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function sessionId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * Starts listening: the microphone (no echo cancellation, noise suppression or gain
 * control, which would reshape a cry) → an AudioWorklet that downsamples to 16 kHz
 * (renderer/public/audio-capture-worklet.js) → `audio.chunk` calls over whatever transport
 * the client has, one at a time and in order. The core analyses, stores and alerts.
 */
export async function startListening(subjectId: string, onState: (s: ListenState) => void): Promise<Listener> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  const ctx = new AudioContext();
  try {
    await ctx.audioWorklet.addModule(new URL('audio-capture-worklet.js', document.baseURI).href);
  } catch (e) {
    stream.getTracks().forEach((t) => t.stop());
    await ctx.close();
    throw e;
  }
  const source = ctx.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(ctx, 'tend-capture', { numberOfInputs: 1, numberOfOutputs: 0 });
  source.connect(node);
  if (ctx.state === 'suspended') await ctx.resume();

  const session = sessionId();
  const state: ListenState = { level: 0, probability: null, crying: false, sentS: 0, silentS: 0, error: null };
  let pending: Int16Array[] = [];
  let pendingLen = 0;
  let firstAt: number | null = null;
  let seq = 0;
  let sending: Promise<void> = Promise.resolve();
  let stopped = false;

  const emit = () => onState({ ...state });

  const send = () => {
    if (!pendingLen) return;
    const pcm = new Int16Array(pendingLen);
    let o = 0;
    for (const p of pending) {
      pcm.set(p, o);
      o += p.length;
    }
    const t = new Date(firstAt ?? Date.now()).toISOString();
    pending = [];
    pendingLen = 0;
    firstAt = null;
    const n = seq++;
    sending = sending.then(async () => {
      try {
        const r = await client.call('audio.chunk', { subject_id: subjectId, session_id: session, sample_rate: RATE, seq: n, t, pcm: base64(new Uint8Array(pcm.buffer)) });
        const last = r.windows[r.windows.length - 1];
        if (last) state.probability = last.probability;
        state.crying = r.crying;
        state.sentS += pcm.length / RATE;
        state.error = null;
      } catch (e) {
        state.error = (e as Error).message;
      }
      emit();
    });
  };

  node.port.onmessage = (m: MessageEvent<{ pcm: Int16Array; rms: number; peak: number }>) => {
    if (stopped) return;
    // The capture time of this block's first sample: now minus its length.
    if (firstAt === null) firstAt = Date.now() - (m.data.pcm.length / RATE) * 1000;
    pending.push(m.data.pcm);
    pendingLen += m.data.pcm.length;
    state.level = m.data.rms;
    state.silentS = m.data.peak < SILENT_PEAK ? state.silentS + m.data.pcm.length / RATE : 0;
    emit();
  };
  const timer = setInterval(send, SEND_EVERY_MS);

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      send();
      node.port.onmessage = null;
      source.disconnect();
      stream.getTracks().forEach((t) => t.stop());
      await ctx.close().catch(() => undefined);
      await sending;
      await client.call('audio.stop', { subject_id: subjectId, session_id: session }).catch(() => undefined);
      state.level = 0;
      emit();
    },
  };
}
