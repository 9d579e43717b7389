/**
 * Rest-tremor analysis of wrist acceleration (pure TypeScript, no Node APIs).
 *
 * Pipeline, per axis then combined:
 *  1. Gravity removal: a 2nd-order Butterworth high-pass at 0.5 Hz (bilinear transform,
 *     R. Bristow-Johnson's "Audio EQ Cookbook" biquad). Chosen over subtracting a moving
 *     mean because it is causal with two state values per axis (per-second features can be
 *     computed as samples arrive), costs five multiply-adds per sample, and has a monotone
 *     stop band, whereas a moving mean's sinc response ripples and needs a T·fs buffer per
 *     axis. Its phase distortion does not matter: only power spectra are used downstream.
 *  2. Welch spectrum (Welch 1967): 2 s Hann segments centred on every second (hop 1 s,
 *     50 % overlap), three segments averaged per 1 s window (a 4 s span). The three axes'
 *     spectra are summed, which makes the estimate independent of how the sensor sits on
 *     the wrist (the sum of per-axis powers is invariant under rotation).
 *  3. Features per second: power in the tremor band (v2: 3–10 Hz; v1 used 3.5–7.5 Hz after Salarian et al. 2007,
 *     "Quantification of tremor and bradykinesia in Parkinson's disease using a novel
 *     ambulatory monitoring system", IEEE TBME 54(2); Heldman et al. 2011, "The modified
 *     bradykinesia rating scale…", and Heldman et al. 2011 Mov. Disord. on kinematic rest
 *     tremor), against movement power 0.5–15 Hz; the dominant in-band frequency, refined
 *     below the bin width by quadratic interpolation of the log spectrum around the peak
 *     (J. O. Smith, "Spectral Audio Signal Processing", §"Quadratic Interpolation of
 *     Spectral Peaks"); the band's RMS acceleration; and the peak's share of movement power
 *     ("peakedness").
 *  4. Decision (v2): tremor when the peak is a true in-band maximum at 4–10 Hz, the band
 *     ratio, the peakedness and the band RMS pass thresholds, little movement power lies in
 *     0.5–2.5 Hz (voluntary movement) and the second harmonic is weak (impacts such as
 *     clapping). Thresholds were tuned on the development split of real recordings
 *     (PROTOCOL-v2.md, eval-real.ts); v1's were tuned on the simulator (tune.ts, seeds
 *     1000–1039), whose held-out seeds still serve as a regression check.
 *  5. Minutes: percent of the minute's seconds with tremor, median dominant frequency of
 *     those seconds, and the band RMS over those seconds.
 *
 * Assumes uniform sampling (the rate is given or inferred from t); gaps should be split
 * into separate recordings before analysis.
 */

import { Fft, hann, nextPow2 } from './fft';
import { inferRateHz } from './sampling';

export { inferRateHz } from './sampling';
export { AccelCsvError, parseAccelCsv } from './accel-csv';
export type { AccelUnit, ParseAccelOptions, ParsedAccel } from './accel-csv';

/**
 * Tremor band, Hz: rest tremor 3–7 Hz and postural or re-emergent tremor up to about 10 Hz
 * (v2; v1 used Salarian et al.'s 3.5–7.5 Hz, and real tremor peaking at 7.5–9 Hz was missed).
 * Band power, band RMS and the dominant-frequency search all use this band.
 */
export const TREMOR_BAND_HZ = [3, 10] as const;
/** Dominant frequencies below this are labelled `rest`, from it up `postural` (re-emergent included), Hz. */
export const REST_POSTURAL_SPLIT_HZ = 7;
/** From this peak frequency up, the amplitude floor is DECISION.minBandRmsFast (physiological tremor lives there), Hz. */
export const FAST_PEAK_HZ = 6;
/** Low-frequency band whose share of movement power marks voluntary movement, Hz (upper edge exclusive). */
export const LOW_BAND_HZ = [0.5, 2.5] as const;
/** Band of voluntary and tremulous movement the tremor band is compared with, Hz. */
export const MOVEMENT_BAND_HZ = [0.5, 15] as const;
/** High-pass corner for gravity removal, Hz. */
export const HIGH_PASS_HZ = 0.5;

/**
 * Decision thresholds (v2), tuned on the development split of real recordings
 * (core/tremor/PROTOCOL-v2.md: pdassist, PADS pads_003, 33 WISDM people), see README.
 * - minPeakHz 4: PD rest tremor is 4–6 Hz in the consensus statement (Deuschl et al. 1998);
 *   toothbrushing on WISDM peaks at 3.1–4.1 Hz, so 3–4 Hz peaks are not called.
 * - minBandRms 0.15 m/s², and minBandRmsFast 0.3 m/s² for peaks at 6 Hz and above:
 *   hand-held PD tests without tremor had a median band RMS of 0.15 (physiological
 *   tremor, peaking near 7 Hz), with tremor 1.2. Below 6 Hz the lower floor cost 3 of 112
 *   development negatives and keeps more of the simulator's weak rest tremor.
 * - minPeakedness 0.35 and minBandRatio 0.6: typing and writing spread their 3–10 Hz power
 *   (peakedness median 0.30); tremor concentrates it (median 0.81).
 * - maxLowShare 0.2: share of movement power in 0.5–2.5 Hz; voluntary arm movement
 *   (walking, brushing strokes) carries more.
 * - maxHarmonic 0.5: power at twice the peak over the peak's; impacts (clapping) are rich
 *   in harmonics, a tremor is nearly sinusoidal.
 * Units: ratio, peakedness and lowShare are fractions of movement power (0.5–15 Hz, or to
 * Nyquist); amplitudes are 3–10 Hz band RMS in m/s². The ceiling (30 m/s², ≈ 3 g RMS) only
 * rejects impacts no wrist tremor reaches. v1 (ratio 0.45, amplitude floor 0.05, band
 * 3.5–7.5 Hz) was tuned on the simulator only (tune.ts, seeds 1000–1039); the simulator's
 * test seeds still meet its targets (analysis.test.ts), but its evaluation seeds do not:
 * the simulator labels tremor from 0.05 m/s², below v2's floors (see README).
 */
export const DECISION = {
  minBandRatio: 0.6,
  minPeakedness: 0.35,
  minBandRms: 0.15,
  minBandRmsFast: 0.3,
  maxBandRms: 30,
  minPeakHz: 4,
  maxPeakHz: 10,
  maxLowShare: 0.2,
  maxHarmonic: 0.5,
} as const;

/** Per-minute tremor rows: `tremor` is true when any minute has tremor at least this much of the time, %. */
export const TREMOR_MINUTE_PERCENT = 50;
/** …and at least this many tremor seconds (so a short partial minute cannot decide alone). */
export const TREMOR_MIN_SECONDS = 10;

/** Decision thresholds (see DECISION). */
export type Decision = { [K in keyof typeof DECISION]: number };

/** Secondary per-second features of the v2 rule (not stored; 0 passes). */
export interface ShapeFeatures {
  /** Share of movement power in 0.5–2.5 Hz (voluntary movement), 0–1. */
  lowShare: number;
  /** Power within ±0.8 Hz of twice the peak over that around the peak; 0 when 2f is beyond Nyquist. */
  harmonic: number;
}

/**
 * The per-second decision: a true in-band spectral peak (peakHz is NaN otherwise) at
 * minPeakHz–maxPeakHz carrying most of the movement power, concentrated around the peak,
 * with a band amplitude above physiological tremor and below what a wrist tremor can reach,
 * little slow voluntary movement and no strong harmonic.
 */
export function isTremorSecond(bandRatio: number, peakedness: number, bandRms: number, peakHz: number, d: Decision, shape: ShapeFeatures = { lowShare: 0, harmonic: 0 }): boolean {
  return (
    peakHz >= d.minPeakHz &&
    peakHz <= d.maxPeakHz &&
    bandRatio >= d.minBandRatio &&
    peakedness >= d.minPeakedness &&
    bandRms >= (peakHz >= FAST_PEAK_HZ ? d.minBandRmsFast : d.minBandRms) &&
    bandRms <= d.maxBandRms &&
    shape.lowShare <= d.maxLowShare &&
    shape.harmonic <= d.maxHarmonic
  );
}

/** Which tremor a dominant frequency suggests: `rest` below 7 Hz, `postural` (or re-emergent) from 7 Hz; null for null. */
export function tremorBand(hz: number | null): 'rest' | 'postural' | null {
  if (hz === null || !Number.isFinite(hz)) return null;
  return hz < REST_POSTURAL_SPLIT_HZ ? 'rest' : 'postural';
}

/** Raw tri-axial samples: t in seconds, acceleration in m/s² (gravity included). */
export interface AccelSamples {
  t: Float64Array | Float32Array;
  x: Float32Array | Float64Array;
  y: Float32Array | Float64Array;
  z: Float32Array | Float64Array;
}

/** Features of each analysed second (struct of arrays, for compact storage on arrival). */
export interface SecondFeatures {
  /** Second index from the start of the recording (row i describes [second, second+1) s). */
  second: Int32Array;
  /** Power in 3–10 Hz (v1: 3.5–7.5 Hz) over power in 0.5–15 Hz, 0–1. */
  bandRatio: Float32Array;
  /** Dominant in-band frequency, Hz (interpolated; NaN when the band has no peak). */
  peakHz: Float32Array;
  /** RMS acceleration in 3–10 Hz (v1: 3.5–7.5 Hz), m/s². */
  bandRms: Float32Array;
  /** RMS acceleration in 0.5–15 Hz, m/s². */
  movementRms: Float32Array;
  /** Power within ±0.8 Hz of the peak over movement power, 0–1. */
  peakedness: Float32Array;
  /** 1 when the second is classified as rest tremor. */
  tremor: Uint8Array;
  /** ShapeFeatures.lowShare per second (absent when rebuilt from storage, which does not keep it). */
  lowShare?: Float32Array;
  /** ShapeFeatures.harmonic per second (absent when rebuilt from storage). */
  harmonic?: Float32Array;
}

/** One minute of the day, as in `tend tremor --json`. */
export interface TremorMinute {
  /** Minute index from the start of the recording. */
  minute: number;
  /** Percent of the minute's analysed seconds with tremor, 0–100. */
  tremor_percent: number;
  /** Median dominant frequency of the tremor seconds, Hz; null when the minute has none. */
  dominant_hz: number | null;
  /** RMS acceleration in 3–10 Hz over the tremor seconds, m/s²; 0 when none. */
  magnitude: number;
}

/** The answer of `tend tremor FILE.csv --json` (contract §1). */
export interface TremorResult {
  /** True when some minute has tremor ≥ 50 % of its time and ≥ 10 tremor seconds. */
  tremor: boolean;
  /** Median dominant frequency over all tremor seconds, Hz; null when `tremor` is false. */
  dominant_hz: number | null;
  /** `rest` when dominant_hz < 7 Hz, `postural` (or re-emergent) from 7 Hz; null when `tremor` is false (v2). */
  dominant_band: 'rest' | 'postural' | null;
  /**
   * Tremor-band power over movement power (0–1): over the tremor seconds when `tremor`
   * is true, otherwise over the whole recording.
   */
  tremor_band_power_ratio: number;
  /** RMS acceleration in 3–10 Hz, m/s²: over the tremor seconds when `tremor`, else the whole recording. */
  amplitude_rms: number;
  per_minute: TremorMinute[];
}

export interface AnalyzerOptions {
  /** Sampling rate, Hz. */
  rateHz: number;
  /** Overrides of the decision thresholds (for tuning). */
  decision?: Partial<Decision>;
}

/** 2nd-order Butterworth high-pass coefficients (RBJ cookbook, Q = 1/√2), normalised by a0. */
export function butterworthHighPass(cornerHz: number, rateHz: number): { b0: number; b1: number; b2: number; a1: number; a2: number } {
  const w0 = (2 * Math.PI * cornerHz) / rateHz;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const c = Math.cos(w0);
  const a0 = 1 + alpha;
  return { b0: (1 + c) / 2 / a0, b1: -(1 + c) / a0, b2: (1 + c) / 2 / a0, a1: (-2 * c) / a0, a2: (1 - alpha) / a0 };
}

/**
 * Applies the gravity-removing high-pass to one signal (a convenience for tests and
 * callers; the analyser runs the same filter inline). The state starts as if the first
 * value had always been there, so a constant input gives exactly zero from the start.
 */
export function highPass(x: ArrayLike<number>, rateHz: number, cornerHz = HIGH_PASS_HZ): Float64Array {
  const { b0, b1, b2, a1, a2 } = butterworthHighPass(cornerHz, rateHz);
  const out = new Float64Array(x.length);
  if (x.length === 0) return out;
  let z2 = b2 * x[0];
  let z1 = (b1 + b2) * x[0];
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const yv = b0 * v + z1;
    z1 = b1 * v - a1 * yv + z2;
    z2 = b2 * v - a2 * yv;
    out[i] = yv;
  }
  return out;
}

/** Growable struct-of-arrays store for second features. */
class FeatureStore {
  n = 0;
  f: Required<SecondFeatures>;
  constructor(capacity: number) {
    this.f = FeatureStore.alloc(Math.max(16, capacity));
  }
  static alloc(c: number): Required<SecondFeatures> {
    return {
      second: new Int32Array(c), bandRatio: new Float32Array(c), peakHz: new Float32Array(c), bandRms: new Float32Array(c),
      movementRms: new Float32Array(c), peakedness: new Float32Array(c), tremor: new Uint8Array(c),
      lowShare: new Float32Array(c), harmonic: new Float32Array(c),
    };
  }
  ensure(): void {
    if (this.n < this.f.second.length) return;
    const g = FeatureStore.alloc(this.f.second.length * 2);
    g.second.set(this.f.second);
    g.bandRatio.set(this.f.bandRatio);
    g.peakHz.set(this.f.peakHz);
    g.bandRms.set(this.f.bandRms);
    g.movementRms.set(this.f.movementRms);
    g.peakedness.set(this.f.peakedness);
    g.tremor.set(this.f.tremor);
    g.lowShare.set(this.f.lowShare);
    g.harmonic.set(this.f.harmonic);
    this.f = g;
  }
  slice(a: number, b: number): SecondFeatures {
    const f = this.f;
    return {
      second: f.second.slice(a, b), bandRatio: f.bandRatio.slice(a, b), peakHz: f.peakHz.slice(a, b), bandRms: f.bandRms.slice(a, b),
      movementRms: f.movementRms.slice(a, b), peakedness: f.peakedness.slice(a, b), tremor: f.tremor.slice(a, b),
      lowShare: f.lowShare.slice(a, b), harmonic: f.harmonic.slice(a, b),
    };
  }
}

/**
 * Streaming analyser: feed samples in chunks of any size with `push`, collect the
 * per-second features as they become final with `drain`, and call `finish` at the end.
 * Second j is final once the samples up to about j + 2.5 s have arrived. Nothing is
 * allocated per sample or per second except when the feature store doubles.
 */
export class TremorAnalyzer {
  readonly rateHz: number;
  readonly decision: Decision;
  private readonly segLen: number;
  private readonly half: number;
  private readonly nfft: number;
  private readonly fft: Fft;
  private readonly win: Float64Array;
  private readonly psdScale: Float64Array;
  private readonly mask: number;
  private readonly ring: Float64Array[];
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly re2: Float64Array;
  private readonly im2: Float64Array;
  /** Three most recent segment spectra (ring by segment index mod 3) and which segment each holds. */
  private readonly segPsd: Float64Array[];
  private readonly segOf = new Int32Array([-99, -99, -99]);
  private readonly avg: Float64Array;
  private readonly kBandLo: number;
  private readonly kBandHi: number;
  private readonly kMovLo: number;
  private readonly kMovHi: number;
  private readonly kLowLo: number;
  private readonly kLowHi: number;
  private readonly kPeakHalf: number;
  private readonly df: number;
  // Filter coefficients and per-axis state.
  private readonly b0: number;
  private readonly b1: number;
  private readonly b2: number;
  private readonly a1: number;
  private readonly a2: number;
  private readonly z1 = new Float64Array(3);
  private readonly z2 = new Float64Array(3);
  private started = false;
  /** Samples filtered so far. */
  private count = 0;
  /** Next segment to compute, and next second to emit. */
  private nextSeg = 0;
  private nextSecond = 0;
  private readonly store: FeatureStore;
  private drained = 0;
  private finished = false;

  constructor(opts: AnalyzerOptions, expectedSeconds = 64) {
    const rate = opts.rateHz;
    if (!(rate >= 20 && rate <= 2000)) throw new RangeError(`sampling rate must be 20–2000 Hz to resolve 3.5–15 Hz, got ${rate}`);
    this.rateHz = rate;
    this.decision = { ...DECISION, ...opts.decision };
    this.segLen = Math.round(2 * rate);
    this.half = Math.floor(this.segLen / 2);
    this.nfft = nextPow2(this.segLen);
    this.fft = new Fft(this.nfft);
    this.win = hann(this.segLen);
    let wss = 0;
    for (let m = 0; m < this.segLen; m++) wss += this.win[m] * this.win[m];
    const nb = this.nfft / 2 + 1;
    // One-sided density scaling (see fft.ts welchPsd): 2/(fs·Σw²), 1/(fs·Σw²) at DC and Nyquist.
    this.psdScale = new Float64Array(nb);
    for (let k = 0; k < nb; k++) this.psdScale[k] = (k === 0 || k === nb - 1 ? 1 : 2) / (rate * wss);
    const cap = nextPow2(this.segLen + 1);
    this.mask = cap - 1;
    this.ring = [new Float64Array(cap), new Float64Array(cap), new Float64Array(cap)];
    this.re = new Float64Array(this.nfft);
    this.im = new Float64Array(this.nfft);
    this.re2 = new Float64Array(this.nfft);
    this.im2 = new Float64Array(this.nfft);
    this.segPsd = [new Float64Array(nb), new Float64Array(nb), new Float64Array(nb)];
    this.avg = new Float64Array(nb);
    this.df = rate / this.nfft;
    // Bins whose centre frequency lies in each band (inclusive).
    this.kBandLo = Math.ceil(TREMOR_BAND_HZ[0] / this.df);
    // At 20 Hz the band's top is the Nyquist bin, which has no right neighbour to be a peak against.
    this.kBandHi = Math.min(nb - 2, Math.floor(TREMOR_BAND_HZ[1] / this.df));
    this.kLowLo = Math.ceil(LOW_BAND_HZ[0] / this.df);
    this.kLowHi = Math.ceil(LOW_BAND_HZ[1] / this.df) - 1;
    this.kMovLo = Math.ceil(MOVEMENT_BAND_HZ[0] / this.df);
    this.kMovHi = Math.min(nb - 1, Math.floor(MOVEMENT_BAND_HZ[1] / this.df));
    this.kPeakHalf = Math.max(1, Math.round(0.8 / this.df));
    const c = butterworthHighPass(HIGH_PASS_HZ, rate);
    this.b0 = c.b0;
    this.b1 = c.b1;
    this.b2 = c.b2;
    this.a1 = c.a1;
    this.a2 = c.a2;
    this.store = new FeatureStore(expectedSeconds + 4);
  }

  /** First sample index of segment j (centred on the middle of second j). */
  private segStart(j: number): number {
    return Math.round((j + 0.5) * this.rateHz) - this.half;
  }

  /** Adds samples (m/s²). Returns how many seconds became final. */
  push(x: ArrayLike<number>, y: ArrayLike<number>, z: ArrayLike<number>, from = 0, to = x.length): number {
    if (this.finished) throw new Error('analyser already finished');
    if (y.length < to || z.length < to) throw new RangeError('x, y and z must have the same length');
    const before = this.store.n;
    if (!this.started && to > from) {
      // Start the high-pass in steady state for the first sample: no gravity transient.
      for (let a = 0; a < 3; a++) {
        const v0 = a === 0 ? x[from] : a === 1 ? y[from] : z[from];
        this.z1[a] = (this.b1 + this.b2) * v0;
        this.z2[a] = this.b2 * v0;
      }
      this.started = true;
    }
    let i = from;
    while (i < to) {
      const segEnd = this.segStart(this.nextSeg) + this.segLen;
      const need = segEnd - this.count;
      const m = Math.min(need, to - i);
      if (m > 0) {
        this.filter(x, 0, i, m);
        this.filter(y, 1, i, m);
        this.filter(z, 2, i, m);
        this.count += m;
        i += m;
      }
      if (this.count >= segEnd) {
        this.computeSegment(this.nextSeg);
        this.nextSeg++;
        // Second k−1 has all three of its segments (k−2, k−1, k) once segment k is done.
        while (this.nextSecond <= this.nextSeg - 2) this.emit(this.nextSecond++);
      }
    }
    return this.store.n - before;
  }

  private filter(src: ArrayLike<number>, axis: number, from: number, m: number): void {
    const { b0, b1, b2, a1, a2, mask } = this;
    const ring = this.ring[axis];
    let z1 = this.z1[axis];
    let z2 = this.z2[axis];
    let w = this.count;
    for (let k = from, end = from + m; k < end; k++, w++) {
      const v = src[k];
      const yv = b0 * v + z1;
      z1 = b1 * v - a1 * yv + z2;
      z2 = b2 * v - a2 * yv;
      ring[w & mask] = yv;
    }
    this.z1[axis] = z1;
    this.z2[axis] = z2;
  }

  /** Summed three-axis spectrum of segment j; a segment reaching before the first sample is left out. */
  private computeSegment(j: number): void {
    const slot = j % 3;
    const start = this.segStart(j);
    if (start < 0) {
      this.segOf[slot] = -1;
      return;
    }
    const { re, im, re2, im2, win, mask, segLen, nfft } = this;
    const [rx, ry, rz] = this.ring;
    // Two real axes in one complex FFT (x + i·y), z in a second one.
    for (let m = 0; m < segLen; m++) {
      const p = (start + m) & mask;
      const w = win[m];
      re[m] = w * rx[p];
      im[m] = w * ry[p];
      re2[m] = w * rz[p];
      im2[m] = 0;
    }
    for (let m = segLen; m < nfft; m++) {
      re[m] = 0;
      im[m] = 0;
      re2[m] = 0;
      im2[m] = 0;
    }
    this.fft.transform(re, im);
    this.fft.transform(re2, im2);
    const psd = this.segPsd[slot];
    const nb = nfft / 2 + 1;
    for (let k = 0; k < nb; k++) {
      const k2 = (nfft - k) & (nfft - 1);
      // For Z = FFT(x + i·y): |X_k|² + |Y_k|² = (|Z_k|² + |Z_(N−k)|²)/2.
      const pxy = 0.5 * (re[k] * re[k] + im[k] * im[k] + re[k2] * re[k2] + im[k2] * im[k2]);
      const pz = re2[k] * re2[k] + im2[k] * im2[k];
      psd[k] = (pxy + pz) * this.psdScale[k];
    }
    this.segOf[slot] = j;
  }

  /** Features for second j from the available segments among j−1, j, j+1. */
  private emit(j: number): void {
    const avg = this.avg;
    const nb = avg.length;
    avg.fill(0);
    let used = 0;
    for (let s = j - 1; s <= j + 1; s++) {
      if (s < 0) continue;
      const slot = s % 3;
      if (this.segOf[slot] !== s) continue;
      const p = this.segPsd[slot];
      for (let k = 0; k < nb; k++) avg[k] += p[k];
      used++;
    }
    if (used === 0) return;
    const inv = 1 / used;
    for (let k = 0; k < nb; k++) avg[k] *= inv;
    const df = this.df;
    let band = 0;
    let mov = 0;
    let low = 0;
    let kp = this.kBandLo;
    for (let k = this.kMovLo; k <= this.kMovHi; k++) {
      const v = avg[k];
      mov += v;
      if (k >= this.kLowLo && k <= this.kLowHi) low += v;
      if (k >= this.kBandLo && k <= this.kBandHi) {
        band += v;
        if (v > avg[kp]) kp = k;
      }
    }
    band *= df;
    mov *= df;
    low *= df;
    // A true in-band maximum: larger than both neighbours (an edge bin whose outer neighbour
    // is larger is the skirt of a peak outside the band).
    const left = avg[kp - 1];
    const right = avg[kp + 1];
    const isPeak = avg[kp] > 0 && avg[kp] >= left && avg[kp] >= right;
    let peakHz = Number.NaN;
    let peakPow = 0;
    let harmonic = 0;
    if (isPeak) {
      // Quadratic interpolation of the log spectrum (Smith, SASP): δ = ½(α−γ)/(α−2β+γ).
      const al = Math.log(left > 0 ? left : 1e-30);
      const be = Math.log(avg[kp]);
      const ga = Math.log(right > 0 ? right : 1e-30);
      const den = al - 2 * be + ga;
      const delta = den < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (al - ga)) / den)) : 0;
      peakHz = (kp + delta) * df;
      const h = this.kPeakHalf;
      for (let k = Math.max(0, kp - h); k <= Math.min(nb - 1, kp + h); k++) peakPow += avg[k];
      // Second harmonic, where it lies below Nyquist with its whole ±0.8 Hz window.
      const k2 = 2 * kp;
      if (k2 + h < nb && peakPow > 0) {
        let hp = 0;
        for (let k = k2 - h; k <= k2 + h; k++) hp += avg[k];
        harmonic = hp / peakPow;
      }
      peakPow *= df;
    }
    const ratio = mov > 0 ? band / mov : 0;
    const peakedness = mov > 0 ? peakPow / mov : 0;
    const bandRms = Math.sqrt(band);
    const lowShare = mov > 0 ? low / mov : 0;
    const tremor = isTremorSecond(ratio, peakedness, bandRms, peakHz, this.decision, { lowShare, harmonic });
    this.store.ensure();
    const f = this.store.f;
    const r = this.store.n++;
    f.second[r] = j;
    f.bandRatio[r] = ratio;
    f.peakHz[r] = peakHz;
    f.bandRms[r] = bandRms;
    f.movementRms[r] = Math.sqrt(mov);
    f.peakedness[r] = peakedness;
    f.tremor[r] = tremor ? 1 : 0;
    f.lowShare[r] = lowShare;
    f.harmonic[r] = harmonic;
  }

  /** Ends the stream: emits the last complete seconds from the segments available. Returns how many. */
  finish(): number {
    if (this.finished) return 0;
    this.finished = true;
    const before = this.store.n;
    const seconds = Math.floor(this.count / this.rateHz);
    while (this.nextSecond < seconds) this.emit(this.nextSecond++);
    return this.store.n - before;
  }

  /** Features made final since the last drain (copies). */
  drain(): SecondFeatures {
    const out = this.store.slice(this.drained, this.store.n);
    this.drained = this.store.n;
    return out;
  }

  /** All features so far (views, no copy; valid until the next push). */
  all(): SecondFeatures {
    const f = this.store.f;
    const n = this.store.n;
    return {
      second: f.second.subarray(0, n), bandRatio: f.bandRatio.subarray(0, n), peakHz: f.peakHz.subarray(0, n), bandRms: f.bandRms.subarray(0, n),
      movementRms: f.movementRms.subarray(0, n), peakedness: f.peakedness.subarray(0, n), tremor: f.tremor.subarray(0, n),
      lowShare: f.lowShare.subarray(0, n), harmonic: f.harmonic.subarray(0, n),
    };
  }
}

const round = (v: number, digits: number): number => {
  const p = 10 ** digits;
  return Math.round(v * p) / p;
};

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A second is "active" (voluntary movement, so rest tremor cannot be judged) when it is not
 * a tremor second and its 0.5–15 Hz RMS exceeds this, m/s². On tuning seeds, resting
 * seconds without tremor had a 95th percentile of 0.08 and typing (the gentlest activity)
 * a 1st percentile of 0.23.
 */
export const ACTIVE_MOVEMENT_RMS = 0.15;

/** A minute row with what storage and the medication analysis also need. */
export interface TremorMinuteDetail extends TremorMinute {
  /** Analysed seconds in the minute. */
  seconds: number;
  /** Seconds classified as tremor. */
  tremor_seconds: number;
  /** Percent of the minute's seconds with voluntary movement (see ACTIVE_MOVEMENT_RMS), 0–100. */
  active_percent: number;
}

/** Per-minute rows with details, from per-second features (minute m covers seconds 60m … 60m+59). */
export function aggregateMinuteDetails(f: SecondFeatures): TremorMinuteDetail[] {
  const rows: TremorMinuteDetail[] = [];
  const n = f.second.length;
  let i = 0;
  while (i < n) {
    const minute = Math.floor(f.second[i] / 60);
    let total = 0;
    let tre = 0;
    let active = 0;
    let ms = 0;
    const hz: number[] = [];
    for (; i < n && Math.floor(f.second[i] / 60) === minute; i++) {
      total++;
      if (f.tremor[i]) {
        tre++;
        ms += f.bandRms[i] * f.bandRms[i];
        hz.push(f.peakHz[i]);
      } else if (f.movementRms[i] > ACTIVE_MOVEMENT_RMS) active++;
    }
    rows.push({
      minute,
      tremor_percent: round((100 * tre) / total, 1),
      dominant_hz: tre > 0 ? round(median(hz), 2) : null,
      magnitude: tre > 0 ? round(Math.sqrt(ms / tre), 4) : 0,
      seconds: total,
      tremor_seconds: tre,
      active_percent: round((100 * active) / total, 1),
    });
  }
  return rows;
}

/** Per-minute rows exactly as in `tend tremor --json`. */
export function aggregateMinutes(f: SecondFeatures): TremorMinute[] {
  return aggregateMinuteDetails(f).map(({ minute, tremor_percent, dominant_hz, magnitude }) => ({ minute, tremor_percent, dominant_hz, magnitude }));
}

/** The recording-level answer from per-second features (see TremorResult for the definitions). */
export function summarize(f: SecondFeatures): TremorResult {
  const details = aggregateMinuteDetails(f);
  const per_minute = details.map(({ minute, tremor_percent, dominant_hz, magnitude }) => ({ minute, tremor_percent, dominant_hz, magnitude }));
  const n = f.second.length;
  const tremor = details.some((r) => r.tremor_percent >= TREMOR_MINUTE_PERCENT && r.tremor_seconds >= TREMOR_MIN_SECONDS);
  let band = 0;
  let mov = 0;
  let cnt = 0;
  const hz: number[] = [];
  for (let k = 0; k < n; k++) {
    if (tremor && !f.tremor[k]) continue;
    const b = f.bandRms[k] * f.bandRms[k];
    band += b;
    mov += f.movementRms[k] * f.movementRms[k];
    cnt++;
    if (tremor) hz.push(f.peakHz[k]);
  }
  const dominant_hz = tremor && hz.length > 0 ? round(median(hz), 2) : null;
  return {
    tremor,
    dominant_hz,
    dominant_band: tremorBand(dominant_hz),
    tremor_band_power_ratio: mov > 0 ? round(band / mov, 3) : 0,
    amplitude_rms: cnt > 0 ? round(Math.sqrt(band / cnt), 4) : 0,
    per_minute,
  };
}

/** Runs the analyser over a whole recording and returns its per-second features. */
export function analyzeSeconds(samples: AccelSamples, opts: { rateHz?: number; decision?: Partial<Decision> } = {}): SecondFeatures {
  const { x, y, z, t } = samples;
  if (y.length !== x.length || z.length !== x.length || t.length !== x.length) throw new RangeError('t, x, y and z must have the same length');
  const rateHz = opts.rateHz ?? inferRateHz(t);
  const a = new TremorAnalyzer(opts.decision ? { rateHz, decision: opts.decision } : { rateHz }, Math.ceil(x.length / rateHz));
  a.push(x, y, z);
  a.finish();
  return a.all();
}

/** `tend tremor`: tremor summary and per-minute rows for a recording (contract §1). */
export function analyzeTremor(samples: AccelSamples, opts: { rateHz?: number } = {}): TremorResult {
  return summarize(analyzeSeconds(samples, opts));
}
