/**
 * Gathers a serial board's accelerometer lines (one sample a line,
 * native/profiles/serial-line/PROTOCOL.md "Accelerometer streams") into evenly spaced
 * packets of about a second for the tremor pipeline, the way a wrist sensor's Bluetooth
 * packets arrive: at 100 Hz one row per sample would be 8.64 million rows a day.
 */
import type { MotionSamples } from './ble-driver';

/** Rates below this are not analysed for tremor (core/tremor accepts 20–2000 Hz). */
export const MIN_MOTION_HZ = 20;
/** A packet is handed on once it spans this much, ms. */
const PACKET_MS = 1000;
/** Unstamped samples: arrival this far from where the even steps put them starts a new run, ms. */
const REANCHOR_MS = 1000;

/** One parsed accelerometer line. */
export interface AccelSample {
  /** Board time (stamped) or arrival time, epoch ms. */
  tMs: number;
  stamped: boolean;
  /** m/s² */
  x: number;
  y: number;
  z: number;
  /** The rate the line states, Hz. */
  hz?: number | undefined;
}

/** Rounds a measured rate to the whole number it is meant to be, within 1 %. */
function cleanRate(r: number): number {
  const k = Math.round(r);
  return Math.abs(r - k) <= 0.01 * r ? k : r;
}

export class SerialMotionGatherer {
  private t: number[] = [];
  private x: number[] = [];
  private y: number[] = [];
  private z: number[] = [];
  private stamped = false;
  /** Rate of the current stream once known, Hz. */
  private rate: number | null = null;
  /** Newest stamped time handed in, ms (samples at or before it are repeats). */
  private newest = -Infinity;
  /** Unstamped: the even-step anchor (time of sample `index` 0) and the count since. */
  private anchor: number | null = null;
  private index = 0;

  /**
   * @param emit packets of ≥ {@link MIN_MOTION_HZ} Hz, evenly spaced
   * @param slow samples of a slower stream, one by one (stored as readings)
   */
  constructor(
    private readonly device: { id: string; subject_id: string },
    private readonly emit: (p: MotionSamples) => void,
    private readonly slow: (s: AccelSample) => void,
  ) {}

  push(s: AccelSample): void {
    if (s.stamped) {
      if (s.tMs <= this.newest) return;
      this.newest = s.tMs;
    }
    if (this.t.length && s.stamped !== this.stamped) this.flush();
    if (s.hz !== undefined && this.rate !== null && Math.abs(s.hz - this.rate) > 0.005 * this.rate) this.flush(true);
    let t = s.tMs;
    if (!s.stamped) {
      // Arrival over USB comes in bursts: place the sample at even steps from the run's first.
      const rate = s.hz ?? this.rate;
      if (this.anchor !== null && rate !== null) {
        const due = this.anchor + (this.index * 1000) / rate;
        if (Math.abs(s.tMs - due) > REANCHOR_MS) {
          this.flush(true);
        } else t = due;
      }
      if (this.anchor === null) {
        this.anchor = s.tMs;
        this.index = 0;
        t = s.tMs;
      }
      this.index++;
    } else if (this.t.length) {
      const step = this.rate ? 1000 / this.rate : null;
      const gap = s.tMs - this.t[this.t.length - 1]!;
      // A gap (or, before the rate is known, a pause over a second) ends the packet and the run.
      if ((step !== null && gap > 1.5 * step) || gap > PACKET_MS) this.flush(true);
    }
    if (s.hz !== undefined) this.rate = s.hz;
    this.stamped = s.stamped;
    this.t.push(t);
    this.x.push(s.x);
    this.y.push(s.y);
    this.z.push(s.z);
    if (this.t.length >= 2 && this.t[this.t.length - 1]! - this.t[0]! >= PACKET_MS) this.flush();
  }

  /** Hands on what is gathered; `endRun` forgets the stream's rate and anchor too (a gap). */
  flush(endRun = false): void {
    const n = this.t.length;
    if (n > 0) {
      let rate = this.rate;
      if (rate === null && n >= 2) rate = cleanRate(((n - 1) * 1000) / (this.t[n - 1]! - this.t[0]!));
      else if (rate !== null && n >= 2 && this.stamped) {
        // A stamped stream keeps its rate while each second agrees with it (a stable key for the runs).
        const measured = ((n - 1) * 1000) / (this.t[n - 1]! - this.t[0]!);
        if (Math.abs(measured - rate) > 0.01 * rate) rate = cleanRate(measured);
      }
      if (rate !== null && Number.isFinite(rate) && rate >= MIN_MOTION_HZ) {
        this.rate = rate;
        const t0 = this.t[0]!;
        this.emit({
          deviceId: this.device.id,
          subjectId: this.device.subject_id,
          rateHz: rate,
          // Evenly spaced from the first: the tremor analysis assumes uniform sampling.
          t: this.t.map((_, i) => new Date(Math.round(t0 + (i * 1000) / rate)).toISOString()),
          x: this.x,
          y: this.y,
          z: this.z,
        });
      } else {
        for (let i = 0; i < n; i++) this.slow({ tMs: this.t[i]!, stamped: this.stamped, x: this.x[i]!, y: this.y[i]!, z: this.z[i]! });
      }
    }
    this.t = [];
    this.x = [];
    this.y = [];
    this.z = [];
    // Otherwise the rate and the even steps of an unstamped run go on into the next packet.
    if (endRun) {
      this.rate = null;
      this.anchor = null;
      this.index = 0;
    }
  }
}
