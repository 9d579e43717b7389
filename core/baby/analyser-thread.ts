import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../api/errors';
import type { CryAnalysisDetail, CryStreamEvent } from '../audio/analyze';
import { WavError, type WavErrorReason } from '../audio/wav';
import { StagedText } from '../../api/staged-text';
import type { Rows } from '../imports/rows';
import type { ImportOptions, ImportResult } from '../imports/types';
import { logger } from '../logger';
import type { AnalyserReply, AnalyserRequest, StagedBody } from './audio-worker';

const log = logger('baby.analyser');

type OkReply = Extract<AnalyserReply, { ok: true }>;
type Pending = { resolve: (r: OkReply) => void; reject: (e: Error) => void };
/** A parsed import whose records wait in the thread, fetched a part at a time. */
export type ParsedImport = Omit<ImportResult, 'records'> & {
  partCount: number;
  /** The rows of one part, checked in the thread (rows.ts checkRows). */
  part(index: number): Promise<Rows>;
  release(): Promise<void>;
};
type Request = AnalyserRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The app is TypeScript run through tsx's loader (bin/tend.js), and a worker thread does
 * not inherit a loader registered at run time, so the worker starts from a tiny script that
 * registers tsx in its own thread first and then imports audio-worker.ts.
 */
function bootScript(): string {
  const require = createRequire(import.meta.url);
  const cjs = require.resolve('tsx/esm/api');
  const mjs = join(dirname(cjs), 'index.mjs');
  const api = pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
  const worker = new URL('./audio-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
}

/** Rebuilds an error that crossed from the thread as data: a WavError or ApiError stays one (400, not 500). */
function errorFrom(m: Extract<AnalyserReply, { ok: false }>): Error {
  if (m.reason !== undefined) return new WavError(m.reason as WavErrorReason, m.message);
  if (m.code !== undefined) return new ApiError(m.code, m.message, m.field);
  return new Error(m.message);
}

/**
 * One worker thread (audio-worker.ts). The live analyser's holds the ONNX session for every
 * live session of this process; `backgroundThread()` is a second one for whole-file work,
 * so a long upload or import never holds back a live window. Started on first use;
 * requests are answered in order. The thread is unref'd, so an idle one never keeps the
 * process alive.
 */
export class AnalyserThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private nextStage = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly name = 'tend-cry-analyser') {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // The desktop build bundles the worker as its own file beside the main bundle
    // (electron.vite.config.ts), and so does the CLI's dist-node/ (scripts/build-node.js,
    // which names its folder in TEND_BUNDLE_DIR, since it rewrites import.meta.url to the
    // source file's); from source, tsx is registered in the thread first.
    const bundleDir = (globalThis as { TEND_BUNDLE_DIR?: string }).TEND_BUNDLE_DIR;
    const bundled = new URL('./audio-worker.js', bundleDir ?? import.meta.url);
    const w = existsSync(bundled) ? new Worker(bundled, { name: this.name }) : new Worker(bootScript(), { eval: true, name: this.name });
    w.unref();
    w.on('message', (m: AnalyserReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m);
      else p.reject(errorFrom(m));
    });
    const fail = (e: Error) => {
      log.error(`${this.name} thread failed`, { error: e.message });
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (this.worker === w) fail(new Error(`${this.name} thread exited (${code})`));
    });
    this.worker = w;
    return w;
  }

  private send(r: Request, transfer: ArrayBuffer[]): Promise<OkReply> {
    const w = this.start();
    const id = this.nextId++;
    return new Promise<OkReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keep the process alive while an answer is owed, not longer.
      w.ref();
      w.postMessage({ ...r, id }, transfer);
    }).finally(() => {
      if (!this.pending.size) this.worker?.unref();
    });
  }

  /** A live-stream request (push, flush, warm): resolves to its events. */
  async request(r: Extract<Request, { type: 'push' | 'flush' | 'warm' }>, transfer: ArrayBuffer[] = []): Promise<CryStreamEvent[]> {
    const m = await this.send(r, transfer);
    return 'events' in m ? m.events : [];
  }

  /**
   * Cry analysis of a whole WAV file in the thread, with the file's SHA-256 (hex). The bytes
   * are copied once and the copy handed over (not cloned again).
   * @throws WavError (400) for a file that is not a WAV we read.
   */
  async analyseFile(bytes: Uint8Array): Promise<CryAnalysisDetail & { sha256: string }> {
    const copy = bytes.slice();
    const m = await this.send({ type: 'file', bytes: copy }, [copy.buffer as ArrayBuffer]);
    return (m as { value: CryAnalysisDetail & { sha256: string } }).value;
  }

  /**
   * Parses an import's text in the thread (parseImport) and checks its rows there (rows.ts
   * checkRows against `now`, the install's clock in ms; an ApiError 400 for the first bad
   * one): a string, or a text a host streamed there ({@link stageJsonBody}). The rows stay
   * in the thread as JSON text in parts of a
   * few thousand, each fetched when asked for and unpacked on its own turn of the event loop:
   * 100,000 records as one structured clone took a second of this thread to unpack, messages
   * sent apart are still delivered in one go, and all 800,000 of a 30 MB file held here at
   * once cost a quarter-second garbage collection pause. `release` forgets them.
   */
  async parseImport(text: string | StagedText, opts: ImportOptions, now: number): Promise<ParsedImport> {
    const m = await this.send({ type: 'import', text: typeof text === 'string' ? text : { staged: text.key }, opts, now }, []);
    const { partsKey, partCount, records: _none, ...result } = (m as { value: ImportResult & { partsKey: number; partCount: number } }).value;
    return {
      ...result,
      partCount,
      part: async (index) => JSON.parse(((await this.send({ type: 'import-part', key: partsKey, index }, [])) as { value: string }).value) as Rows,
      release: async () => {
        await this.send({ type: 'import-drop', key: partsKey }, []);
      },
    };
  }

  /**
   * Streams a JSON request body into the thread as it arrives, so the host's event loop never
   * holds or parses it; the thread parses it and keeps its string member `field` there.
   * Answers the body's other members and, when `field` was a string, a StagedText for it
   * (to pass to {@link parseImport}, or to {@link dropStaged} if it is refused first).
   * @throws ApiError 400 for a body that is not a JSON object; whatever `chunks` throws (a limit).
   */
  async stageJsonBody(chunks: AsyncIterable<Uint8Array>, field: string): Promise<{ args: Record<string, unknown>; text?: StagedText }> {
    const key = this.nextStage++;
    // Chunks are posted without waiting for each answer (a round trip per 64 KB made a 30 MB
    // body wait on the thread ~500 times); the port keeps them in order, `body-end` after them.
    const sent: Array<Promise<unknown>> = [];
    try {
      for await (const chunk of chunks) {
        // A copy of its own to hand over: a Buffer from the socket may share a pooled ArrayBuffer.
        const copy = new Uint8Array(chunk);
        const p = this.send({ type: 'body-chunk', key, bytes: copy }, [copy.buffer]);
        p.catch(() => undefined);
        sent.push(p);
      }
      await Promise.all(sent);
      const staged = ((await this.send({ type: 'body-end', key, field }, [])) as { value: StagedBody }).value;
      return staged.length === undefined ? { args: staged.args } : { args: staged.args, text: new StagedText(key, staged.length) };
    } catch (e) {
      await this.dropStaged(key);
      throw e;
    }
  }

  /** Forgets a staged body or text (no matter if it is already gone). */
  async dropStaged(key: StagedText | number): Promise<void> {
    await this.send({ type: 'body-drop', key: typeof key === 'number' ? key : key.key }, []);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

let background: AnalyserThread | undefined;

/**
 * The process's thread for whole-file work (an uploaded WAV's cry analysis, an import's
 * parsing), apart from the live analyser's so neither waits on the other. Made on first
 * use; unref'd while idle, so it needs no closing.
 */
export function backgroundThread(): AnalyserThread {
  return (background ??= new AnalyserThread('tend-background'));
}
