/**
 * The live cry analyser's thread (node:worker_threads): the ONNX session and every
 * per-session StreamingCryAnalyzer live here, so model inference never blocks the hub's
 * event loop (style.md: heavy work off the main thread). Messages are AnalyserRequest in,
 * AnalyserReply out (live.ts).
 */
import { parentPort } from 'node:worker_threads';
import { StreamingCryAnalyzer, type CryStreamEvent } from '../audio/analyze';

export type AnalyserRequest =
  | { type: 'push'; id: number; session: string; sampleRate: number; pcm: Int16Array }
  | { type: 'flush'; id: number; session: string }
  | { type: 'warm'; id: number };
export type AnalyserReply = { id: number; ok: true; events: CryStreamEvent[] } | { id: number; ok: false; message: string };

const sessions = new Map<string, StreamingCryAnalyzer>();
const port = parentPort;
if (!port) throw new Error('audio-worker.ts runs as a worker thread');

port.on('message', (m: AnalyserRequest) => {
  void handle(m).then(
    (events) => port.postMessage({ id: m.id, ok: true, events } satisfies AnalyserReply),
    (e: unknown) => port.postMessage({ id: m.id, ok: false, message: (e as Error)?.message ?? String(e) } satisfies AnalyserReply),
  );
});

async function handle(m: AnalyserRequest): Promise<CryStreamEvent[]> {
  switch (m.type) {
    case 'warm': {
      // Loads the model ahead of the first chunk (a 2 s silent window).
      const a = new StreamingCryAnalyzer({ sampleRate: 16000 });
      await a.push(new Float32Array(32000));
      return [];
    }
    case 'push': {
      let a = sessions.get(m.session);
      if (!a) sessions.set(m.session, (a = new StreamingCryAnalyzer({ sampleRate: m.sampleRate })));
      const x = new Float32Array(m.pcm.length);
      for (let i = 0; i < x.length; i++) x[i] = m.pcm[i]! / 32768;
      return a.push(x);
    }
    case 'flush': {
      const a = sessions.get(m.session);
      sessions.delete(m.session);
      return a ? a.flush() : [];
    }
    default: {
      const never: never = m;
      throw new Error(`unknown request ${JSON.stringify(never)}`);
    }
  }
}
