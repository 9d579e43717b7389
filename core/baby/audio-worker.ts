/**
 * The background thread's script (node:worker_threads). The live cry analyser's thread
 * holds the ONNX session and every per-session StreamingCryAnalyzer, so model inference
 * never blocks the hub's event loop (style.md: heavy work off the main thread). A second
 * thread running this same script takes whole-file work: cry analysis of an uploaded recording
 * (decoding and resampling a file took the loop for a minute) and parsing an import
 * (seconds per megabyte). Messages are AnalyserRequest in, AnalyserReply out
 * (analyser-thread.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { ErrorCode } from '../../api/errors';
import { analyzeAudioDetailed, StreamingCryAnalyzer, type CryStreamEvent } from '../audio/analyze';
import { parseImport } from '../imports/index';
import type { ImportOptions } from '../imports/types';

export type AnalyserRequest =
  | { type: 'push'; id: number; session: string; sampleRate: number; pcm: Int16Array }
  | { type: 'flush'; id: number; session: string }
  | { type: 'warm'; id: number }
  /** Cry analysis of a whole recording (WAV, FLAC, MP3, Ogg Vorbis/Opus): answers a CryAnalysisDetail. */
  | { type: 'file'; id: number; bytes: Uint8Array }
  /** Parses an import's text: answers an ImportResult with its records left here, in `partCount` parts. */
  | { type: 'import'; id: number; text: string; opts: ImportOptions }
  /** One part of a parsed import's records, as JSON text (the last one asked for is then forgotten). */
  | { type: 'import-part'; id: number; key: number; index: number };
export type AnalyserReply =
  | { id: number; ok: true; events: CryStreamEvent[] }
  | { id: number; ok: true; value: unknown }
  /** An error, as data: an ApiError's code and field, and a WavError's reason, cross back. */
  | { id: number; ok: false; message: string; code?: ErrorCode; field?: string; reason?: string };

const sessions = new Map<string, StreamingCryAnalyzer>();
/** Parsed imports' records waiting to be fetched, by the import request's id. */
const importParts = new Map<number, string[]>();
/** Import records per part sent back to the main thread: each part unpacks in a few milliseconds there. */
const RECORDS_PER_PART = 2_000;
const port = parentPort;
if (!port) throw new Error('audio-worker.ts runs as a worker thread');

port.on('message', (m: AnalyserRequest) => {
  void handle(m).then(
    (r) => port.postMessage(('value' in r ? { id: m.id, ok: true, value: r.value } : { id: m.id, ok: true, events: r.events }) satisfies AnalyserReply),
    (e: unknown) => {
      const x = e as { message?: string; isApiError?: boolean; code?: ErrorCode; field?: string; reason?: string };
      const reply: AnalyserReply = { id: m.id, ok: false, message: x?.message ?? String(e) };
      if (x?.isApiError && x.code) {
        reply.code = x.code;
        if (x.field !== undefined) reply.field = x.field;
        if (x.reason !== undefined) reply.reason = x.reason;
      }
      port.postMessage(reply);
    },
  );
});

async function handle(m: AnalyserRequest): Promise<{ events: CryStreamEvent[] } | { value: unknown }> {
  switch (m.type) {
    case 'file':
      return { value: await analyzeAudioDetailed(m.bytes) };
    case 'import': {
      // Records stay here as JSON text in parts, each fetched with its own request: all of
      // them in one message (or in many sent at once, which arrive together) took the main
      // thread half a second to receive for a 30 MB file.
      const r = parseImport(m.text, m.opts);
      const recordParts: string[] = [];
      for (let i = 0; i < r.records.length; i += RECORDS_PER_PART) recordParts.push(JSON.stringify(r.records.slice(i, i + RECORDS_PER_PART)));
      if (recordParts.length) importParts.set(m.id, recordParts);
      return { value: { ...r, records: [], partsKey: m.id, partCount: recordParts.length } };
    }
    case 'import-part': {
      const parts = importParts.get(m.key);
      const part = parts?.[m.index];
      if (!parts || part === undefined) throw new Error(`no part ${m.index} of import ${m.key}`);
      if (m.index === parts.length - 1) importParts.delete(m.key);
      return { value: part };
    }
    default:
      return { events: await stream(m) };
  }
}

async function stream(m: Extract<AnalyserRequest, { type: 'push' | 'flush' | 'warm' }>): Promise<CryStreamEvent[]> {
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
