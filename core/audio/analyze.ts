/**
 * Cry analysis of a WAV file (`tend cry FILE.wav --json`, `POST /api/subjects/:id/audio`)
 * and of a live microphone stream: decode → mono → 16 kHz → model windows (2 s, hop 1 s)
 * → episodes with hysteresis.
 */
import { cryModelInfo, scoreWindows, scoreWindowsAt } from '../../models/cry-detect/cry-model';
import type { WindowScore } from '../../models/cry-detect/cry-model';
import { defaultEpisodeOptions, EpisodeTracker, formEpisodes } from './episodes';
import type { CryEpisode, EpisodeEvent, EpisodeOptions } from './episodes';
import { MODEL_SAMPLE_RATE, StreamingResampler, resampleTo16k } from './resample';
import { decodeAudio } from './decode';
import { parseWav } from './wav';

/** The `tend cry --json` answer. */
export interface CryAnalysis {
  /** True when at least one cry episode was found. */
  cry: boolean;
  /** Highest window cry probability in the recording, 0–1 (0 for empty audio). */
  probability: number;
  /** Cry episodes, in seconds from the start of the file. */
  segments: CryEpisode[];
}

/** `CryAnalysis` plus what a caller storing `cry_probability` observations needs. */
export interface CryAnalysisDetail {
  result: CryAnalysis;
  /** Every scored window, in time order. */
  windows: WindowScore[];
  /** s */
  durationS: number;
  /** Hz of the file. */
  sampleRate: number;
  channels: number;
}

export interface AnalyzeOptions {
  /** Overrides of the episode rules; `enter` defaults to the model's operating threshold. */
  episode?: Partial<EpisodeOptions>;
}

async function episodeOptions(opts: AnalyzeOptions | undefined): Promise<EpisodeOptions> {
  const { threshold } = await cryModelInfo();
  const base = defaultEpisodeOptions(opts?.episode?.enter ?? threshold);
  return { ...base, ...opts?.episode };
}

/** Analyses mono PCM at any rate (Hz), full scale ±1. */
export async function analyzePcm(samples: Float32Array, sampleRate: number, opts?: AnalyzeOptions): Promise<{
  result: CryAnalysis;
  windows: WindowScore[];
}> {
  const pcm = resampleTo16k(samples, sampleRate);
  const windows = await scoreWindows(pcm);
  const segments = formEpisodes(windows, await episodeOptions(opts));
  const probability = windows.reduce((m, w) => Math.max(m, w.probability), 0);
  return { result: { cry: segments.length > 0, probability, segments }, windows };
}

/**
 * Analyses a WAV file's bytes, with the windows behind the answer.
 * @throws WavError (an ApiError, code `bad_request`) for a non-WAV, truncated or
 *   unsupported file.
 */
export async function analyzeWavDetailed(bytes: Uint8Array, opts?: AnalyzeOptions): Promise<CryAnalysisDetail> {
  const wav = parseWav(bytes);
  const { result, windows } = await analyzePcm(wav.samples, wav.sampleRate, opts);
  return { result, windows, durationS: wav.durationS, sampleRate: wav.sampleRate, channels: wav.channels };
}

/**
 * Analyses a recording in any format decode.ts reads (WAV, FLAC, MP3, Ogg Vorbis, Ogg
 * Opus, M4A/AAC), with the windows behind the answer. A WAV gives exactly what analyzeWavDetailed does.
 * @throws WavError (an ApiError, code `bad_request`) for an unknown, unsupported (WebM, an
 *   MP4 without AAC audio), truncated or over-long file.
 */
export async function analyzeAudioDetailed(bytes: Uint8Array, opts?: AnalyzeOptions): Promise<CryAnalysisDetail> {
  const audio = await decodeAudio(bytes);
  const { result, windows } = await analyzePcm(audio.samples16k, MODEL_SAMPLE_RATE, opts);
  return { result, windows, durationS: audio.durationS, sampleRate: audio.sampleRate, channels: audio.channels };
}

/** The `tend cry --json` document for a recording in any format decode.ts reads. */
export async function analyzeAudio(bytes: Uint8Array, opts?: AnalyzeOptions): Promise<CryAnalysis> {
  return (await analyzeAudioDetailed(bytes, opts)).result;
}

/**
 * Analyses a WAV file's bytes: the `tend cry --json` document.
 * @throws WavError (an ApiError, code `bad_request`) for a non-WAV, truncated or
 *   unsupported file.
 */
export async function analyzeWav(bytes: Uint8Array, opts?: AnalyzeOptions): Promise<CryAnalysis> {
  return (await analyzeWavDetailed(bytes, opts)).result;
}

/** What the streaming analyser reports; times in seconds from the start of the stream. */
export type CryStreamEvent = ({ type: 'window' } & WindowScore) | EpisodeEvent;

export interface StreamingCryAnalyzerOptions {
  /** Hz of the pushed samples (e.g. the AudioContext's 44100 or 48000). */
  sampleRate: number;
  /** Interleaved channels in each pushed chunk (mixed down to mono). Default 1. */
  channels?: number;
  episode?: Partial<EpisodeOptions>;
  /** Called with each event as well as returned from push/flush. */
  onEvent?: (e: CryStreamEvent) => void;
}

/**
 * Live analysis of microphone PCM. Push chunks of any size at the stream's rate; each
 * completed 2 s window (every 1 s) yields a `window` event with its cry probability (store
 * it as `cry_probability`), and `episode.start` / `episode.end` events follow the
 * hysteresis rules of episodes.ts. Pushes are processed in order even if not awaited.
 * Feeding a whole recording and flushing gives the same windows and episodes as
 * `analyzePcm`.
 */
export class StreamingCryAnalyzer {
  private readonly channels: number;
  private readonly resampler: StreamingResampler | undefined;
  private readonly opts: StreamingCryAnalyzerOptions;
  private tracker: EpisodeTracker | undefined;
  private win = 0;
  private hop = 0;
  private buf = new Float32Array(0);
  private bufLen = 0;
  /** Absolute 16 kHz index of buf[0]. */
  private bufStart = 0;
  private total = 0;
  private nextStart = 0;
  private lastStart = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  constructor(opts: StreamingCryAnalyzerOptions) {
    this.opts = opts;
    this.channels = opts.channels ?? 1;
    if (!Number.isInteger(this.channels) || this.channels < 1) throw new RangeError('channels must be ≥ 1');
    this.resampler =
      opts.sampleRate === MODEL_SAMPLE_RATE ? undefined : new StreamingResampler(opts.sampleRate, MODEL_SAMPLE_RATE);
  }

  /** s of audio received so far (at the model rate). */
  get receivedS(): number {
    return this.total / MODEL_SAMPLE_RATE;
  }

  /** Adds PCM (interleaved if channels > 1, full scale ±1); resolves to the new events. */
  push(chunk: Float32Array): Promise<CryStreamEvent[]> {
    if (this.ended) return Promise.reject(new Error('StreamingCryAnalyzer: push after flush'));
    const mono = this.mix(chunk);
    const run = this.queue.then(() => this.process(this.resampler ? this.resampler.push(mono) : mono, false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the stream: scores the tail and closes an open episode. */
  flush(): Promise<CryStreamEvent[]> {
    if (this.ended) return Promise.resolve([]);
    this.ended = true;
    const run = this.queue.then(() => this.process(this.resampler ? this.resampler.flush() : new Float32Array(0), true));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private mix(chunk: Float32Array): Float32Array {
    const c = this.channels;
    if (c === 1) return chunk;
    const n = Math.floor(chunk.length / c);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < c; k++) s += chunk[i * c + k]!;
      out[i] = s / c;
    }
    return out;
  }

  private append(x: Float32Array): void {
    if (this.bufLen + x.length > this.buf.length) {
      const next = new Float32Array(Math.max(2 * this.buf.length, this.bufLen + x.length, 1 << 16));
      next.set(this.buf.subarray(0, this.bufLen));
      this.buf = next;
    }
    this.buf.set(x, this.bufLen);
    this.bufLen += x.length;
    this.total += x.length;
  }

  private async process(x: Float32Array, end: boolean): Promise<CryStreamEvent[]> {
    if (!this.tracker) {
      const info = await cryModelInfo();
      this.win = Math.round(info.windowS * info.sampleRate);
      this.hop = Math.round(info.hopS * info.sampleRate);
      this.tracker = new EpisodeTracker(await episodeOptions(this.opts.episode ? { episode: this.opts.episode } : {}));
    }
    this.append(x);
    const starts: number[] = [];
    while (this.nextStart + this.win <= this.total) {
      starts.push(this.nextStart);
      this.nextStart += this.hop;
    }
    if (end && this.total > 0) {
      // Same tail rule as windowStarts(): one padded window for a short stream, else one
      // aligned to the end if the regular windows stopped short of it.
      const last = starts.length ? starts[starts.length - 1]! : this.lastStart;
      if (last < 0) starts.push(0);
      else if (last + this.win < this.total) starts.push(this.total - this.win);
    }
    const events: CryStreamEvent[] = [];
    if (starts.length) {
      const rel = starts.map((s) => s - this.bufStart);
      const probs = await scoreWindowsAt(this.buf.subarray(0, this.bufLen), rel);
      starts.forEach((s, i) => {
        const w: WindowScore = {
          start_s: s / MODEL_SAMPLE_RATE,
          end_s: Math.min(s + this.win, this.total) / MODEL_SAMPLE_RATE,
          probability: probs[i]!,
        };
        events.push({ type: 'window', ...w }, ...this.tracker!.update(w));
      });
      this.lastStart = starts[starts.length - 1]!;
    }
    if (end) events.push(...this.tracker.finish());
    this.discardBefore(this.nextStart);
    for (const e of events) this.opts.onEvent?.(e);
    return events;
  }

  /** Keeps only what a future window (or the end-aligned tail window) can need. */
  private discardBefore(abs: number): void {
    const keepFrom = Math.min(abs, this.total - this.win);
    const drop = keepFrom - this.bufStart;
    if (drop > MODEL_SAMPLE_RATE * 10) {
      this.buf.copyWithin(0, drop, this.bufLen);
      this.bufLen -= drop;
      this.bufStart += drop;
    }
  }
}
