/**
 * Runs the cry detector (`cry-detect.onnx`, trained by `train.py`, described in MODEL.md)
 * with onnxruntime-node. The ONNX graph takes raw 16 kHz mono PCM windows
 * ([batch, 32000] float32, full scale ±1) and computes its own log-mel features, so the
 * only input preparation on this side is decoding, mixing to mono and resampling
 * (core/audio/wav.ts, core/audio/resample.ts), checked against the training code by
 * cry-model.integration.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';

/** Model facts the app needs, read from eval.json written by train.py. */
export interface CryModelInfo {
  /** Hz */
  sampleRate: number;
  /** s; the model's input window. */
  windowS: number;
  /** s; hop between overlapping windows. */
  hopS: number;
  /** Operating threshold on the window probability, chosen on validation data. */
  threshold: number;
}

/** Cry probability of one window; times in seconds from the start of the 16 kHz signal. */
export interface WindowScore {
  /** s */
  start_s: number;
  /** s (the window is zero-padded past the end of the audio) */
  end_s: number;
  /** 0–1 */
  probability: number;
}

/**
 * Beside this file when run from source; a packaged desktop app ships the model folder as
 * a resource and says where with TEND_MODELS_DIR (electron/main sets it).
 */
// Read when first needed, not at import: the shell sets the variable after modules load.
const modelDir = () => (process.env.TEND_MODELS_DIR ? pathToFileURL(join(process.env.TEND_MODELS_DIR, 'cry-detect') + '/') : new URL('./', import.meta.url));
const MODEL_URL = () => new URL('./cry-detect.onnx', modelDir());
const EVAL_URL = () => new URL('./eval.json', modelDir());
/** Windows per onnxruntime call: amortises the call overhead, bounded memory (2 MB). */
const BATCH = 16;

interface Loaded {
  session: InferenceSession;
  info: CryModelInfo;
  winSamples: number;
  hopSamples: number;
}

let loading: Promise<Loaded> | undefined;

async function readInfo(): Promise<CryModelInfo & { version: number | null }> {
  const raw = JSON.parse(await readFile(fileURLToPath(EVAL_URL()), 'utf8')) as {
    version?: unknown;
    sample_rate: number;
    window_s: number;
    hop_s: number;
    operating_point: { threshold: number };
  };
  return {
    sampleRate: raw.sample_rate,
    windowS: raw.window_s,
    hopS: raw.hop_s,
    threshold: raw.operating_point.threshold,
    version: typeof raw.version === 'number' ? raw.version : null,
  };
}

/** Loads the model once, lazily (onnxruntime-node is imported on first use only). */
function load(): Promise<Loaded> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-node');
    const info = await readInfo();
    // One intra-op thread: on the 2-core machines it is faster and steadier than two.
    const session = await ort.InferenceSession.create(fileURLToPath(MODEL_URL()), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
    return {
      session,
      info,
      winSamples: Math.round(info.windowS * info.sampleRate),
      hopSamples: Math.round(info.hopS * info.sampleRate),
    };
  })();
  loading.catch(() => {
    loading = undefined; // let a later call retry (e.g. a file that was being written)
  });
  return loading;
}

/** The model's rate, window, hop and operating threshold. */
export async function cryModelInfo(): Promise<CryModelInfo> {
  return (await load()).info;
}

/**
 * The same facts and the model's version, read from eval.json without loading the model
 * (for reports and settings screens, which should not start an ONNX session).
 */
export function cryModelFacts(): Promise<CryModelInfo & { version: number | null }> {
  return readInfo();
}

/**
 * Start sample of each window over n samples: every `hop` while a whole window fits,
 * plus one window aligned to the end if a tail is left over; a signal shorter than a
 * window gets one zero-padded window; an empty one none. Mirrors `window_starts` in
 * train.py (the parity test checks it).
 */
export function windowStarts(n: number, win: number, hop: number): number[] {
  if (n === 0) return [];
  if (n <= win) return [0];
  const starts: number[] = [];
  for (let s = 0; s + win <= n; s += hop) starts.push(s);
  if (starts[starts.length - 1]! + win < n) starts.push(n - win);
  return starts;
}

/**
 * Scores windows of `win` samples starting at `starts` (zero-padded past the end).
 * @returns one probability per start.
 */
export async function scoreWindowsAt(pcm16k: Float32Array, starts: readonly number[]): Promise<Float32Array> {
  const { session, winSamples } = await load();
  const ort = await import('onnxruntime-node');
  const out = new Float32Array(starts.length);
  for (let b = 0; b < starts.length; b += BATCH) {
    const n = Math.min(BATCH, starts.length - b);
    const input = new Float32Array(n * winSamples);
    for (let k = 0; k < n; k++) {
      const s = starts[b + k]!;
      input.set(pcm16k.subarray(s, Math.min(s + winSamples, pcm16k.length)), k * winSamples);
    }
    const res = await session.run({ pcm: new ort.Tensor('float32', input, [n, winSamples]) });
    out.set(res['probability']!.data as Float32Array, b);
  }
  return out;
}

/**
 * Cry probability of each overlapping window (window and hop from eval.json: 2 s, 1 s)
 * over a 16 kHz mono signal in [-1, 1].
 */
export async function scoreWindows(pcm16k: Float32Array): Promise<WindowScore[]> {
  const { info, winSamples, hopSamples } = await load();
  const starts = windowStarts(pcm16k.length, winSamples, hopSamples);
  const probs = await scoreWindowsAt(pcm16k, starts);
  return starts.map((s, i) => ({
    start_s: s / info.sampleRate,
    end_s: Math.min(s + winSamples, pcm16k.length) / info.sampleRate,
    probability: probs[i]!,
  }));
}
