import { mulberry32, standardNormal } from '../../random';
import type { SensorParams } from './params';
import { notAKnotSpline } from './spline';

/**
 * CGM sensor error after Breton & Kovatchev ("Analysis, modeling, and simulation of the
 * accuracy of continuous glucose sensors", J Diabetes Sci Technol 2 (2008) 853–862), as
 * simglucose's `CGMNoise` generates it:
 *
 * - a 15-minute driving series e_0 ~ N(0,1), e_k = PACF (e_{k−1} + n_k), n_k ~ N(0,1)
 *   (simglucose's recursion, without the usual √(1 − PACF²) scaling);
 * - each e_k through a Johnson SU transform, ε_k = ξ + λ sinh((e_k − γ) / δ), mg/dL;
 * - blocks of 11 points (0, 15, …, 150 min) interpolated by a not-a-knot cubic spline
 *   onto the sensor's sample_time grid; the block's first grid point is dropped and the
 *   next block starts from this block's last point, so the noise is continuous.
 *
 * Normals come from mulberry32(seed) through Box–Muller, not NumPy's generator: the same
 * process, different (equally valid) draws than simglucose for a given seed.
 */
export class CgmNoise {
  /** Minutes between points of the driving series. */
  static readonly MODEL_SAMPLE_TIME = 15;
  /** New driving points per block (a block spans 10 × 15 = 150 min). */
  static readonly PRECOMPUTE = 10;

  private readonly normal: () => number;
  private e = 0;
  private started = false;
  private blockStart: number;
  private queue: number[] = [];

  constructor(readonly sensor: SensorParams, seed: number) {
    this.normal = standardNormal(mulberry32(seed));
    this.blockStart = this.next15();
  }

  /** The next point of the 15-minute series, already Johnson-transformed (mg/dL). */
  private next15(): number {
    const s = this.sensor;
    if (!this.started) {
      this.e = this.normal();
      this.started = true;
    } else {
      this.e = s.PACF * (this.e + this.normal());
    }
    return s.xi + s.lambda * Math.sinh((this.e - s.gamma) / s.delta);
  }

  private refill(): void {
    const pts = [this.blockStart];
    for (let k = 0; k < CgmNoise.PRECOMPUTE; k++) pts.push(this.next15());
    this.blockStart = pts[pts.length - 1]!;
    const t15 = pts.map((_, i) => i * CgmNoise.MODEL_SAMPLE_TIME);
    const spline = notAKnotSpline(t15, pts);
    const span = CgmNoise.PRECOMPUTE * CgmNoise.MODEL_SAMPLE_TIME;
    const count = Math.floor(span / this.sensor.sample_time) + 1;
    // Grid 0, s, 2s, … ≤ 150; the point at 0 is the previous block's last one: dropped.
    for (let j = 1; j < count; j++) this.queue.push(spline(j * this.sensor.sample_time));
  }

  /** The sensor error for the next reading (one per sample_time minutes), mg/dL. */
  next(): number {
    if (this.queue.length === 0) this.refill();
    return this.queue.shift()!;
  }
}

/** A CGM reading: glucose plus sensor error, clipped to the sensor's range (mg/dL). */
export const cgmReading = (sensor: SensorParams, glucose: number, noise: number): number => Math.min(sensor.max, Math.max(sensor.min, glucose + noise));
