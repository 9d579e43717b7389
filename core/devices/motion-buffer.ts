import type { MotionSamples } from '../../native/session/ble-driver';

/** A run of evenly spaced samples from one device, ready for the tremor pipeline. */
export interface MotionRun {
  deviceId: string;
  subjectId: string;
  t0Ms: number;
  rateHz: number;
  x: number[];
  y: number[];
  z: number[];
}

/**
 * Gathers a wrist sensor's small notification packets (a few samples each) into runs of
 * about `seconds` before they are analysed and stored as chunks: analysing every 20 ms
 * packet on its own would redo the spectral work hundreds of times a second. A gap, a
 * rate change or a time going backwards starts a new run, so a run is always uniform.
 */
export class MotionBuffer {
  private readonly runs = new Map<string, MotionRun>();
  constructor(private readonly flush: (run: MotionRun) => void, private readonly seconds = 10) {}

  push(chunk: MotionSamples): void {
    if (chunk.t.length === 0) return;
    const t0 = Date.parse(chunk.t[0]!);
    const step = 1000 / chunk.rateHz;
    const cur = this.runs.get(chunk.deviceId);
    if (cur) {
      const expected = cur.t0Ms + cur.x.length * step;
      // Half a sample of slack: packet times are rounded to the millisecond.
      const contiguous = cur.rateHz === chunk.rateHz && cur.subjectId === chunk.subjectId && Math.abs(t0 - expected) <= step / 2 + 1;
      if (!contiguous) this.end(chunk.deviceId);
    }
    const run = this.runs.get(chunk.deviceId) ?? { deviceId: chunk.deviceId, subjectId: chunk.subjectId, t0Ms: t0, rateHz: chunk.rateHz, x: [], y: [], z: [] };
    this.runs.set(chunk.deviceId, run);
    for (let i = 0; i < chunk.x.length; i++) {
      run.x.push(chunk.x[i]!);
      run.y.push(chunk.y[i]!);
      run.z.push(chunk.z[i]!);
    }
    if (run.x.length >= this.seconds * run.rateHz) this.end(chunk.deviceId);
  }

  /** Hands over what a device has gathered (on a gap, when full, or at shutdown). */
  end(deviceId: string): void {
    const run = this.runs.get(deviceId);
    this.runs.delete(deviceId);
    if (run && run.x.length >= 2) this.flush(run);
  }

  endAll(): void {
    for (const id of [...this.runs.keys()]) this.end(id);
  }
}
