/**
 * Cry-detection cost: analyses 10 minutes of 44.1 kHz stereo 16-bit WAV (what a browser
 * microphone or a phone recording gives) through the whole file pipeline — parse, mix to
 * mono, resample to 16 kHz, model windows, episodes — and reports the real-time factor
 * (CPU time / audio time; wall time too). Target (issue 6): ≤ 1/50 of one core.
 */
import { formEpisodes, defaultEpisodeOptions } from '../core/audio/episodes';
import { resampleTo16k } from '../core/audio/resample';
import { encodeWav, parseWav } from '../core/audio/wav';
import { cryModelInfo, scoreWindows } from '../models/cry-detect/cry-model';
import { mulberry32 } from '../core/random';

const AUDIO_S = 600;
const RATE = 44100;

/** Seeded audio: pink-ish noise with 440–1800 Hz tone bursts (mulberry32 PRNG). */
function syntheticStereo(seconds: number, rate: number, seed: number): Float32Array[] {
  const n = seconds * rate;
  const l = new Float32Array(n);
  const r = new Float32Array(n);
  const rnd = mulberry32(seed);
  let lp = 0;
  for (let i = 0; i < n; i++) {
    lp = 0.97 * lp + 0.03 * (rnd() * 2 - 1);
    const sec = Math.floor(i / rate);
    const f = 440 + ((sec * 137) % 1360);
    const burst = sec % 7 < 3 ? 0.2 * Math.sin((2 * Math.PI * f * i) / rate) : 0;
    l[i] = 0.3 * lp + burst;
    r[i] = 0.3 * lp - burst * 0.5;
  }
  return [l, r];
}

export async function benchCry(): Promise<Record<string, unknown>> {
  const bytes = encodeWav(syntheticStereo(AUDIO_S, RATE, 6), { sampleRate: RATE, bitsPerSample: 16 });
  const t0 = performance.now();
  const info = await cryModelInfo(); // loads the ONNX session once (not part of the per-hour cost)
  await scoreWindows(new Float32Array(info.sampleRate * 2));
  const tLoad = performance.now();

  const cpu0 = process.cpuUsage();
  const wav = parseWav(bytes);
  const tParse = performance.now();
  const pcm = resampleTo16k(wav.samples, wav.sampleRate);
  const tResample = performance.now();
  const windows = await scoreWindows(pcm);
  const tModel = performance.now();
  const episodes = formEpisodes(windows, defaultEpisodeOptions(info.threshold));
  const tEnd = performance.now();
  const cpu = process.cpuUsage(cpu0);
  // CPU time of the process (onnxruntime's thread included) is the "one core" measure;
  // wall time is also reported because on a shared machine the two differ.
  const cpuS = (cpu.user + cpu.system) / 1e6;

  const computeS = (tEnd - tLoad) / 1000;
  return {
    audio_s: AUDIO_S,
    input: `${RATE} Hz stereo 16-bit WAV, ${(bytes.length / 1e6).toFixed(1)} MB`,
    windows: windows.length,
    episodes: episodes.length,
    model_load_s: round((tLoad - t0) / 1000),
    parse_s: round((tParse - tLoad) / 1000),
    resample_s: round((tResample - tParse) / 1000),
    model_s: round((tModel - tResample) / 1000),
    compute_s: round(computeS),
    cpu_s: round(cpuS),
    real_time_factor: round(cpuS / AUDIO_S, 5),
    real_time_factor_wall: round(computeS / AUDIO_S, 5),
    real_time_factor_target: 1 / 50,
    ok: cpuS / AUDIO_S <= 1 / 50,
    threads: 'onnxruntime intraOpNumThreads 1; JS single-threaded',
  };
}

function round(x: number, digits = 3): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
