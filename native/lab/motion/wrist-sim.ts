/**
 * The device lab's wrist-accelerometer simulator: turns a MotionPlan (plan.ts) into
 * tri-axial acceleration samples in m/s², as a stream of chunks or a whole recording at
 * once. Both give bit-identical samples for a seed, however the stream is chunked, because
 * every random draw happens sample by sample in one order. Model: README.md.
 */
import { STANDARD_GRAVITY } from '../../../api/metrics';
import { createRng } from './prng';
import type { Rng } from './prng';
import { ActivityCode, minuteTruth, planMotion } from './plan';
import type { MinuteTruth, MotionPlan, PlanOptions, SegmentParams } from './plan';

/** Accelerometer front end: noise, calibration error, range and resolution. */
export interface SensorParams {
  /** White noise per axis, m/s² RMS (a MEMS part at ~250 µg/√Hz over 50 Hz ≈ 0.02). */
  noiseRms: number;
  /** Full-scale range, ± m/s² (±8 g by default). */
  range: number;
  /** ADC resolution, bits over the full range (12 by default: 1 LSB ≈ 0.038 m/s² at ±8 g). */
  bits: number;
  /** Per-axis gain error sd (fraction) and offset sd (m/s²). */
  gainSd: number;
  offsetSd: number;
}

export const DEFAULT_SENSOR: SensorParams = {
  noiseRms: 0.02,
  range: 8 * STANDARD_GRAVITY,
  bits: 12,
  gainSd: 0.01,
  offsetSd: 0.03,
};

export interface WristSimOptions extends PlanOptions {
  /** Sampling rate, Hz (the wrist sensors Tend supports run at 50–100 Hz). Default 100. */
  rateHz?: number;
  sensor?: Partial<SensorParams>;
}

/** A block of samples: t in seconds from the start of the recording, axes in m/s². */
export interface MotionChunk {
  /** Index of the first sample in the recording. */
  startIndex: number;
  t: Float64Array;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
}

/** A whole recording with its ground truth. */
export interface SimulatedRecording {
  rateHz: number;
  samples: { t: Float64Array; x: Float32Array; y: Float32Array; z: Float32Array };
  plan: MotionPlan;
  minutes: MinuteTruth[];
}

const TWO_PI = 2 * Math.PI;
const POOL = 16;

/** Streaming generator: `next(n)` returns up to n more samples, or null at the end. */
export class WristSimulator {
  readonly plan: MotionPlan;
  readonly rateHz: number;
  readonly totalSamples: number;
  private index = 0;
  private readonly rng: Rng;
  private readonly sensor: SensorParams;
  private readonly gain: Float64Array;
  private readonly offset: Float64Array;
  private readonly lsb: number;
  // Oscillator and filter state.
  private trPhase = 0;
  private stepPhase = 0;
  private stepParity = 0;
  private gPh = [0, 0, 0];
  private physPhase = 0;
  private readonly physHz: number;
  private sway = [0, 0, 0];
  private shift = [0, 0, 0];
  private readonly w = new Float64Array(5);
  private walk: SegmentParams | null = null;
  private type: SegmentParams | null = null;
  private gest: SegmentParams | null = null;
  private refractory = 0;
  // Pool of decaying oscillations (heel strikes, key presses).
  private readonly pAmp = new Float64Array(POOL);
  private readonly pOmega = new Float64Array(POOL);
  private readonly pDecay = new Float64Array(POOL);
  private readonly pPhase = new Float64Array(POOL);
  private readonly pDir = new Float64Array(POOL * 3);

  constructor(opts: WristSimOptions) {
    this.rateHz = opts.rateHz ?? 100;
    if (!(this.rateHz >= 10 && this.rateHz <= 1000)) throw new RangeError(`rateHz must be 10–1000, got ${this.rateHz}`);
    this.plan = planMotion(opts);
    this.totalSamples = Math.floor(opts.durationS * this.rateHz);
    this.sensor = { ...DEFAULT_SENSOR, ...opts.sensor };
    this.rng = createRng(opts.seed).fork(6);
    const cal = createRng(opts.seed).fork(7);
    this.gain = Float64Array.from([0, 1, 2], () => 1 + this.sensor.gainSd * cal.normal());
    this.offset = Float64Array.from([0, 1, 2], () => this.sensor.offsetSd * cal.normal());
    this.lsb = (2 * this.sensor.range) / 2 ** this.sensor.bits;
    this.physHz = cal.uniform(8.5, 11.5);
    this.gPh = [cal.uniform(0, TWO_PI), cal.uniform(0, TWO_PI), cal.uniform(0, TWO_PI)];
  }

  /** Samples produced so far. */
  get position(): number {
    return this.index;
  }

  /** The next chunk of at most `maxSamples` samples, or null when the recording is over. */
  next(maxSamples: number): MotionChunk | null {
    const count = Math.min(maxSamples, this.totalSamples - this.index);
    if (count <= 0) return null;
    const chunk: MotionChunk = {
      startIndex: this.index,
      t: new Float64Array(count),
      x: new Float32Array(count),
      y: new Float32Array(count),
      z: new Float32Array(count),
    };
    this.render(chunk.t, chunk.x, chunk.y, chunk.z, 0, count);
    return chunk;
  }

  /** Renders `count` samples into the arrays from `at` on (used for whole recordings). */
  render(t: Float64Array, x: Float32Array, y: Float32Array, z: Float32Array, at: number, count: number): void {
    const plan = this.plan;
    const rate = this.rateHz;
    const dt = 1 / rate;
    const nSec = plan.activity.length;
    const rng = this.rng;
    const { noiseRms, range } = this.sensor;
    const lsb = this.lsb;
    const [gx, gy, gz] = this.gain;
    const [ox, oy, oz] = this.offset;
    const w = this.w;
    const fade = dt; // 1 s cross-fade between activities
    const swayA = Math.exp((-TWO_PI * 0.5) / rate);
    const swayB = 0.05 * Math.sqrt(1 - swayA * swayA) * Math.sqrt(12); // uniform drive → 0.05 m/s² sd
    const shiftA = Math.exp((-TWO_PI * 0.3) / rate);
    const shiftB = 0.3 * Math.sqrt(1 - shiftA * shiftA) * Math.sqrt(12);
    const physAmp = 0.015 * Math.SQRT2;
    const physOmega = (TWO_PI * this.physHz) / rate;

    for (let j = 0; j < count; j++) {
      const i = this.index + j;
      const ts = i * dt;
      const sec = Math.min(nSec - 1, Math.floor(ts));
      const act = plan.activity[sec];
      // Keep each kind of movement's parameters while it fades out.
      const seg = plan.segments[plan.segment[sec]];
      if (act === ActivityCode.walking) this.walk = seg;
      else if (act === ActivityCode.typing) this.type = seg;
      else if (act === ActivityCode.gesturing) this.gest = seg;
      for (let a = 0; a < 5; a++) {
        const target = a === act ? 1 : 0;
        w[a] = w[a] < target ? Math.min(target, w[a] + fade) : Math.max(target, w[a] - fade);
      }

      let lx = 0;
      let ly = 0;
      let lz = 0;
      let dTheta = 0;
      let dPhi = 0;

      // Rest tremor: amplitude and frequency interpolated between second centres.
      const u = ts - 0.5;
      let s0 = Math.floor(u);
      let frac = u - s0;
      if (s0 < 0) {
        s0 = 0;
        frac = 0;
      }
      const s1 = s0 + 1 < nSec ? s0 + 1 : s0;
      const r0 = plan.tremorRms[s0];
      const r1 = plan.tremorRms[s1];
      const rms = r0 + (r1 - r0) * frac;
      let hz0 = plan.tremorHz[s0];
      let hz1 = plan.tremorHz[s1];
      if (hz0 !== hz0) hz0 = hz1 === hz1 ? hz1 : plan.patient.tremorHz;
      if (hz1 !== hz1) hz1 = hz0;
      this.trPhase += (TWO_PI * (hz0 + (hz1 - hz0) * frac)) / rate;
      if (this.trPhase > TWO_PI) this.trPhase -= TWO_PI;
      if (rms > 0) {
        const bi = plan.bout[frac < 0.5 ? s0 : s1] >= 0 ? plan.bout[frac < 0.5 ? s0 : s1] : Math.max(plan.bout[s0], plan.bout[s1]);
        const b = plan.bouts[bi];
        const peak = rms / Math.sqrt((1 + b.ellipse * b.ellipse) / 2);
        const c1 = peak * (Math.sin(this.trPhase) + b.h2 * Math.sin(2 * this.trPhase + 0.7));
        const c2 = peak * b.ellipse * Math.cos(this.trPhase);
        lx += c1 * b.d1[0] + c2 * b.d2[0];
        ly += c1 * b.d1[1] + c2 * b.d2[1];
        lz += c1 * b.d1[2] + c2 * b.d2[2];
      }

      // Walking: arm swing at the stride frequency, vertical bounce at the step frequency
      // with harmonics, a heel-strike transient at each step.
      const ww = w[ActivityCode.walking];
      if (ww > 0 && this.walk) {
        const p = this.walk;
        this.stepPhase += (TWO_PI * p.stepHz) / rate;
        if (this.stepPhase >= TWO_PI) {
          this.stepPhase -= TWO_PI;
          this.stepParity ^= 1;
          this.spawn(rng.uniform(12, 20), 0.025, ww * rng.uniform(1, 2.5), 0.3 * rng.normal(), 0.3 * rng.normal(), 1);
        }
        const sp = this.stepPhase;
        const [h2, h3, h4] = p.harmonics;
        // The stride (left + right step) takes two steps: its phase is half the step phase
        // plus π on every other step, so the arm swings forward and back once per stride.
        const stride = sp / 2 + Math.PI * this.stepParity;
        const swing = Math.sin(stride);
        lx += ww * p.amp * swing;
        ly += ww * 0.3 * p.amp2 * Math.cos(stride);
        lz += ww * p.amp2 * (Math.sin(sp) + h2 * Math.sin(2 * sp + 0.5) + h3 * Math.sin(3 * sp + 1.1) + h4 * Math.sin(4 * sp + 2));
        dTheta += ww * 0.25 * swing;
      }

      // Typing: irregular key presses (Poisson with an 80 ms refractory period), each a short
      // damped oscillation at 8–25 Hz, plus slow repositioning of the hand.
      const wt = w[ActivityCode.typing];
      if (wt > 0 && this.type) {
        const p = this.type;
        if (this.refractory > 0) this.refractory--;
        else if (rng.next() < p.rate / rate) {
          this.refractory = Math.round(0.08 * rate);
          const dx = 0.5 * rng.normal();
          const dy = 0.5 * rng.normal();
          this.spawn(rng.uniform(8, 25), rng.uniform(0.02, 0.04), wt * p.amp * rng.uniform(0.5, 1.5), dx, dy, 1);
        }
        for (let a = 0; a < 3; a++) this.shift[a] = shiftA * this.shift[a] + shiftB * (rng.next() - 0.5);
        lx += wt * this.shift[0];
        ly += wt * this.shift[1];
        lz += wt * this.shift[2];
      }

      // Gesturing: large slow movements (0.3–1.5 Hz) that also turn the wrist.
      const wg = w[ActivityCode.gesturing];
      if (wg > 0 && this.gest) {
        const p = this.gest;
        for (let a = 0; a < 3; a++) {
          this.gPh[a] += (TWO_PI * p.freqs[a]) / rate;
          if (this.gPh[a] > TWO_PI) this.gPh[a] -= TWO_PI;
        }
        const g0 = Math.sin(this.gPh[0]);
        const g1 = Math.sin(this.gPh[1]);
        lx += wg * p.amp * g0;
        ly += wg * 0.8 * p.amp * g1;
        lz += wg * 0.6 * p.amp * Math.sin(this.gPh[2]);
        dTheta += wg * 0.5 * Math.sin(this.gPh[0] + 0.5);
        dPhi += wg * 0.6 * g1;
      }

      // Decaying oscillations.
      for (let k = 0; k < POOL; k++) {
        const amp = this.pAmp[k];
        if (amp === 0) continue;
        const v = amp * Math.sin(this.pPhase[k]);
        this.pPhase[k] += this.pOmega[k];
        const next = amp * this.pDecay[k];
        this.pAmp[k] = next < 1e-3 ? 0 : next;
        lx += v * this.pDir[3 * k];
        ly += v * this.pDir[3 * k + 1];
        lz += v * this.pDir[3 * k + 2];
      }

      // Always there while awake: postural sway (low-passed noise, ~0.05 m/s²) and a
      // small physiological tremor at 8–12 Hz (~0.015 m/s² RMS).
      const awake = 1 - 0.8 * w[ActivityCode.sleep];
      for (let a = 0; a < 3; a++) this.sway[a] = swayA * this.sway[a] + swayB * (rng.next() - 0.5);
      this.physPhase += physOmega;
      if (this.physPhase > TWO_PI) this.physPhase -= TWO_PI;
      const phys = awake * physAmp * Math.sin(this.physPhase);
      lx += awake * this.sway[0] + phys;
      ly += awake * this.sway[1] + 0.5 * phys;
      lz += awake * this.sway[2];

      // Gravity on the slowly changing orientation.
      const th0 = plan.theta[s0];
      const ph0 = plan.phi[s0];
      const th = th0 + (plan.theta[s1] - th0) * frac + dTheta;
      const ph = ph0 + (plan.phi[s1] - ph0) * frac + dPhi;
      const st = Math.sin(th);
      const ax = STANDARD_GRAVITY * st * Math.cos(ph) + lx;
      const ay = STANDARD_GRAVITY * st * Math.sin(ph) + ly;
      const az = STANDARD_GRAVITY * Math.cos(th) + lz;

      // Sensor: gain and offset error, white noise, quantisation, clipping.
      const at2 = at + j;
      t[at2] = ts;
      x[at2] = quantise(gx * ax + ox + noiseRms * rng.normal(), lsb, range);
      y[at2] = quantise(gy * ay + oy + noiseRms * rng.normal(), lsb, range);
      z[at2] = quantise(gz * az + oz + noiseRms * rng.normal(), lsb, range);
    }
    this.index += count;
  }

  private spawn(hz: number, tau: number, amp: number, dx: number, dy: number, dz: number): void {
    let k = 0;
    let weakest = 0;
    for (; k < POOL; k++) {
      if (this.pAmp[k] === 0) break;
      if (this.pAmp[k] < this.pAmp[weakest]) weakest = k;
    }
    if (k === POOL) k = weakest;
    const n = Math.hypot(dx, dy, dz) || 1;
    this.pAmp[k] = amp;
    this.pOmega[k] = (TWO_PI * hz) / this.rateHz;
    this.pDecay[k] = Math.exp(-1 / (tau * this.rateHz));
    this.pPhase[k] = 0;
    this.pDir[3 * k] = dx / n;
    this.pDir[3 * k + 1] = dy / n;
    this.pDir[3 * k + 2] = dz / n;
  }
}

function quantise(v: number, lsb: number, range: number): number {
  const q = Math.round(v / lsb) * lsb;
  return q > range ? range : q < -range ? -range : q;
}

/** Generates a whole recording at once into Float32Arrays (one pass, no per-chunk allocation). */
export function simulateRecording(opts: WristSimOptions): SimulatedRecording {
  const sim = new WristSimulator(opts);
  const n = sim.totalSamples;
  const samples = { t: new Float64Array(n), x: new Float32Array(n), y: new Float32Array(n), z: new Float32Array(n) };
  sim.render(samples.t, samples.x, samples.y, samples.z, 0, n);
  return { rateHz: sim.rateHz, samples, plan: sim.plan, minutes: minuteTruth(sim.plan) };
}
