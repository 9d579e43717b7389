/**
 * AAC decoding (M4A/MP4 and raw ADTS) by FFmpeg's own LGPL decoder, compiled to WebAssembly
 * by `@martel/audio-file-decoder` (LGPL-2.1-or-later), used unmodified as a separate package
 * and loaded at run time, so it can be replaced by any build of the same package.
 *
 * The package is written for browsers. Its Emscripten glue, finding Node, reads `require`
 * and `__dirname` as globals and, on every decoder it makes, adds `uncaughtException` and
 * `unhandledRejection` listeners to `process` that rethrow. None of that may reach the hub's
 * or the CLI's own thread (or the background thread that analyses uploads), so the package
 * runs in a worker thread of its own: started on the first AAC file, then kept (unref'd while
 * idle, so it never holds a process open) with the WebAssembly module compiled once.
 *
 * The thread's script is plain JavaScript evaluated in the thread (`eval: true`): it needs no
 * TypeScript loader and no bundled file of its own, so it starts the same from source, from
 * dist-node/ and inside the desktop app.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { logger } from '../logger';

const log = logger('audio.aac');

/**
 * FFmpeg could not open or decode the stream it was given: the file's fault (a 400), unlike a
 * thread that failed or a package that is missing (the install's).
 */
export class FfmpegDecodeError extends Error {
  readonly isFfmpegDecodeError = true;
}

export function isFfmpegDecodeError(e: unknown): e is FfmpegDecodeError {
  return typeof e === 'object' && e !== null && (e as { isFfmpegDecodeError?: unknown }).isFfmpegDecodeError === true;
}

/** What FFmpeg decoded: the whole stream mixed down to mono, at the stream's own rate. */
export interface FfmpegPcm {
  /** Hz, as decoded (HE-AAC: the SBR output rate). */
  sampleRate: number;
  channels: number;
  /** FFmpeg's codec name (`aac` for AAC). */
  encoding: string;
  /** Mono, full scale ±1. */
  samples: Float32Array;
}

type Reply = { id: number; ok: true; sampleRate: number; channels: number; encoding: string; samples: Float32Array } | { id: number; ok: false; message: string };

/**
 * The thread. The package's decoder fetches its wasm (Node's fetch reads no file: URLs, so it
 * gets a data: URL) and compiles it for every decoder; `WebAssembly.instantiateStreaming` is
 * replaced, in this thread only, by an instantiation of the module compiled once. Listeners
 * the glue adds to this thread's `process` are removed after each file, so they do not pile up.
 * Files are decoded one at a time, so two uploads never hold two decoded streams here at once.
 * FFmpeg's log lines (printed through `console`, which would reach the host's stderr and a
 * `tend --json` run's) are kept instead, and the last few join the message of a failed file.
 * Errors from the package are strings ("AudioDecoder initialization error: …"); they go back
 * as messages, and the caller names the problem.
 */
const THREAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
globalThis.require = createRequire(workerData.lib);
globalThis.__dirname = dirname(workerData.lib);
let logged = [];
console.log = console.warn = console.error = (...a) => {
  logged.push(a.join(' ').replace(/^\\[[^\\]]*\\]\\s*/, '').trim());
  if (logged.length > 3) logged.shift();
};
let loaded;
function load() {
  return (loaded ??= (async () => {
    const bytes = readFileSync(workerData.wasm);
    const compiled = await WebAssembly.compile(bytes);
    WebAssembly.instantiateStreaming = async (_response, imports) => ({ module: compiled, instance: await WebAssembly.instantiate(compiled, imports) });
    const lib = await import(pathToFileURL(workerData.lib).href);
    return { lib, url: 'data:application/wasm;base64,' + bytes.toString('base64') };
  })());
}
const EVENTS = ['uncaughtException', 'unhandledRejection'];
let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(() => decode(m));
});
async function decode(m) {
  const before = EVENTS.map((e) => process.listeners(e));
  let decoder;
  logged = [];
  try {
    const { lib, url } = await load();
    decoder = await lib.getAudioDecoder(url, m.bytes);
    const samples = decoder.decodeAudioData(0, -1, { multiChannel: false });
    parentPort.postMessage({ id: m.id, ok: true, sampleRate: decoder.sampleRate, channels: decoder.channelCount, encoding: decoder.encoding, samples }, [samples.buffer]);
  } catch (e) {
    const message = typeof e === 'string' ? e : String((e && e.message) || e);
    const said = logged.filter(Boolean).join('; ');
    parentPort.postMessage({ id: m.id, ok: false, message: said ? message + ' (FFmpeg: ' + said + ')' : message });
  } finally {
    try { decoder && decoder.dispose(); } catch {}
    EVENTS.forEach((e, i) => { for (const l of process.listeners(e)) if (!before[i].includes(l)) process.off(e, l); });
  }
}
`;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Extract<Reply, { ok: true }>) => void; reject: (e: Error) => void }>();

function start(): Worker {
  if (worker) return worker;
  const require = createRequire(import.meta.url);
  const w = new Worker(THREAD_SCRIPT, {
    eval: true,
    name: 'tend-aac-decoder',
    workerData: { lib: require.resolve('@martel/audio-file-decoder'), wasm: require.resolve('@martel/audio-file-decoder/decode-audio.wasm') },
  });
  w.unref();
  w.on('message', (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m);
    else p.reject(new FfmpegDecodeError(m.message));
  });
  const fail = (e: Error) => {
    if (worker !== w) return;
    worker = undefined;
    log.error('AAC decoder thread failed', { error: e.message, pending: pending.size });
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the AAC decoder thread stopped (exit code ${code})`)));
  worker = w;
  return w;
}

/**
 * Decodes a whole AAC stream (an M4A/MP4 file or raw ADTS) in the decoder's thread. The bytes
 * are copied once and the copy handed over. Bound the input before calling: the stream is
 * decoded in one piece, its length set by the container's sample table (see aac-header.ts).
 * @throws FfmpegDecodeError with FFmpeg's message for a stream it cannot open or decode;
 *   another Error when the thread fails or the package cannot be found.
 */
export async function decodeWithFfmpeg(bytes: Uint8Array): Promise<FfmpegPcm> {
  const w = start();
  const id = nextId++;
  const copy = bytes.slice().buffer;
  const reply = await new Promise<Extract<Reply, { ok: true }>>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Keep the process alive while an answer is owed, not longer.
    w.ref();
    w.postMessage({ id, bytes: copy }, [copy]);
  }).finally(() => {
    if (!pending.size) worker?.unref();
  });
  return { sampleRate: reply.sampleRate, channels: reply.channels, encoding: reply.encoding, samples: reply.samples };
}

/** Stops the decoder's thread (tests; a later call starts a new one). Owed answers fail. */
export async function closeFfmpegThread(): Promise<void> {
  const w = worker;
  worker = undefined;
  for (const p of pending.values()) p.reject(new Error('the AAC decoder thread was stopped'));
  pending.clear();
  if (w) await w.terminate();
}
