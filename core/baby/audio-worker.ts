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
import { badRequest, type ErrorCode } from '../../api/errors';
import { analyzeAudioDetailed, StreamingCryAnalyzer, type CryStreamEvent } from '../audio/analyze';
import { parseImport } from '../imports/index';
import { checkRows, split } from '../imports/rows';
import { sha256 } from './ids';
import type { ImportOptions } from '../imports/types';

export type AnalyserRequest =
  | { type: 'push'; id: number; session: string; sampleRate: number; pcm: Int16Array }
  | { type: 'flush'; id: number; session: string }
  | { type: 'warm'; id: number }
  /** Cry analysis of a whole recording (WAV, FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC): answers a CryAnalysisDetail with the file's `sha256`. */
  | { type: 'file'; id: number; bytes: Uint8Array }
  /**
   * Parses an import's text, given or staged (`body-end`), and checks every row as the store
   * would (rows.ts checkRows, `now` the install's clock, ms): answers an ImportResult with its
   * rows left here, in `partCount` parts, until `import-drop`.
   */
  | { type: 'import'; id: number; text: string | { staged: number }; opts: ImportOptions; now: number }
  /** One part of a parsed import's rows (rows.ts Rows), as JSON text; parts stay until `import-drop`. */
  | { type: 'import-part'; id: number; key: number; index: number }
  | { type: 'import-drop'; id: number; key: number }
  /** The next bytes of a request body streamed here under `key`. */
  | { type: 'body-chunk'; id: number; key: number; bytes: Uint8Array }
  /**
   * The body is complete: it is parsed as a JSON object, its `field` (a string) is kept under
   * `key` for `import`, and the other members are answered (StagedBody).
   */
  | { type: 'body-end'; id: number; key: number; field: string }
  /** Forgets a streamed body or its staged text (a refused or finished request). */
  | { type: 'body-drop'; id: number; key: number };
/** The answer to `body-end`: the body's other members, and the staged field's length (characters) when it was a string. */
export type StagedBody = { args: Record<string, unknown>; length?: number };
export type AnalyserReply =
  | { id: number; ok: true; events: CryStreamEvent[] }
  | { id: number; ok: true; value: unknown }
  /** An error, as data: an ApiError's code and field, and a WavError's reason, cross back. */
  | { id: number; ok: false; message: string; code?: ErrorCode; field?: string; reason?: string };

const sessions = new Map<string, StreamingCryAnalyzer>();
/** Parsed imports' records waiting to be fetched, by the import request's id. */
const importParts = new Map<number, string[]>();
/** Request bodies being streamed in, by key. */
const bodies = new Map<number, Buffer[]>();
/** Texts taken out of complete bodies, waiting for their `import`. */
const stagedTexts = new Map<number, string>();
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
      // The file's hash names it (its stored windows' ids); hashing 64 MB is a tenth of a second, so it is done here too.
      return { value: { ...(await analyzeAudioDetailed(m.bytes)), sha256: sha256(m.bytes) } };
    case 'import': {
      let text: string;
      if (typeof m.text === 'string') text = m.text;
      else {
        const staged = stagedTexts.get(m.text.staged);
        if (staged === undefined) throw new Error(`no staged text ${m.text.staged}`);
        stagedTexts.delete(m.text.staged);
        text = staged;
      }
      // Records stay here as JSON text in parts, each fetched with its own request: all of
      // them in one message (or in many sent at once, which arrive together) took the main
      // thread half a second to receive for a 30 MB file, and holding them all there cost
      // a quarter-second garbage collection pause.
      // The rows are checked here too, so the main thread need not fetch them twice (once
      // to check before anything is written, once to write). A file refused for a bad line
      // is answered as it is: that error, naming the line, comes first.
      const r = parseImport(text, m.opts);
      const recordParts: string[] = [];
      if (r.format !== 'unknown' && (!r.errors.length || m.opts.skipBadLines)) {
        for (let i = 0; i < r.records.length; i += RECORDS_PER_PART) {
          const rows = split(r.records.slice(i, i + RECORDS_PER_PART));
          checkRows(rows, m.now);
          recordParts.push(JSON.stringify(rows));
        }
      }
      if (recordParts.length) importParts.set(m.id, recordParts);
      return { value: { ...r, records: [], partsKey: m.id, partCount: recordParts.length } };
    }
    case 'import-part': {
      const part = importParts.get(m.key)?.[m.index];
      if (part === undefined) throw new Error(`no part ${m.index} of import ${m.key}`);
      return { value: part };
    }
    case 'import-drop':
      importParts.delete(m.key);
      return { value: null };
    case 'body-chunk': {
      let chunks = bodies.get(m.key);
      if (!chunks) bodies.set(m.key, (chunks = []));
      chunks.push(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
      return { value: null };
    }
    case 'body-end':
      return { value: stageBody(m.key, m.field) };
    case 'body-drop':
      bodies.delete(m.key);
      stagedTexts.delete(m.key);
      return { value: null };
    default:
      return { events: await stream(m) };
  }
}

/**
 * A streamed request body, parsed here rather than on the host's event loop: a JSON object
 * whose `field` is kept for the import and whose other members go back. Bad JSON is the same
 * 400 the hub gives any JSON route.
 */
function stageBody(key: number, field: string): StagedBody {
  const chunks = bodies.get(key) ?? [];
  bodies.delete(key);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw badRequest(`the body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the body must be a JSON object');
  const { [field]: value, ...args } = body as Record<string, unknown>;
  if (typeof value !== 'string') {
    // Left for the procedure's schema to name; a large array or object is not sent back.
    if (value !== undefined) args[field] = typeof value === 'object' && value !== null ? null : value;
    return { args };
  }
  stagedTexts.set(key, value);
  return { args, length: value.length };
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
