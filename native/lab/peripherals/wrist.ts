/**
 * A simulated wrist accelerometer speaking the Tend Motion service
 * (native/profiles/motion): samples from the lab's wrist simulator (native/lab/motion:
 * rest tremor, walking, typing …, seeded), sent as packets of up to 38 int16 tri-axial
 * samples (ATT MTU 247) at 1 mg per LSB. Samples are produced in step with the lab clock,
 * so a 100 Hz device sends 100 samples per simulated second.
 */
import { STANDARD_GRAVITY } from '../../../api/metrics';
import { MOTION_DATA_UUID, MOTION_SERVICE_UUID, encodeMotionPacket, motionSamplesPerPacket } from '../../profiles/index';
import { WristSimulator, type WristSimOptions } from '../motion/wrist-sim';
import type { SimServiceSpec } from '../bluez-sim';
import { BasePeripheral, type PeripheralOptions } from './base';

export interface SimWristOptions extends PeripheralOptions {
  /** Samples per second. Default 100. */
  rateHz?: number;
  /** Real-time packet cadence, simulated ms. Default: one full packet's worth of samples. */
  packetMs?: number;
  /** Options for the motion model (activities, patient, doses); seed and duration are filled in. */
  motion?: Partial<Omit<WristSimOptions, 'seed' | 'durationS' | 'rateHz'>>;
  /** Length of the simulated recording, s. Default 24 h. */
  durationS?: number;
}

export class SimWrist extends BasePeripheral {
  readonly rateHz: number;
  private readonly sim: WristSimulator;
  private seq = 0;
  /** Samples sent (heard by a collector). */
  samplesSent = 0;
  private readonly perPacket = motionSamplesPerPacket(247);

  constructor(o: SimWristOptions) {
    super(o, 'Tend Wrist Sensor');
    this.rateHz = o.rateHz ?? 100;
    const start = o.clock.now();
    this.sim = new WristSimulator({ ...o.motion, seed: this.seed, durationS: o.durationS ?? 86_400, rateHz: this.rateHz, startMs: start });
    const packetMs = o.packetMs ?? (this.perPacket / this.rateHz) * 1000;
    this.every(packetMs, (k) => {
      // Produce every sample due by now, whether or not anyone listens (the stream index keeps counting).
      const due = Math.floor(((k * packetMs) / 1000) * this.rateHz);
      while (this.sim.position < due) {
        const chunk = this.sim.next(Math.min(this.perPacket, due - this.sim.position));
        if (!chunk) return;
        const raw: Array<[number, number, number]> = [];
        for (let i = 0; i < chunk.x.length; i++) {
          raw.push([toLsb(chunk.x[i]), toLsb(chunk.y[i]), toLsb(chunk.z[i])]);
        }
        const bytes = encodeMotionPacket({ sequence: this.seq, firstSampleIndex: chunk.startIndex, sampleRateHz: this.rateHz, scaleMgPerLsb: 1, raw });
        this.seq = (this.seq + 1) & 0xffff;
        if (this.notify(MOTION_DATA_UUID, bytes)) this.samplesSent += raw.length;
      }
    }, start);
  }

  protected ownServices(): SimServiceSpec[] {
    return [{ uuid: MOTION_SERVICE_UUID, characteristics: [{ uuid: MOTION_DATA_UUID, flags: ['notify'] }] }];
  }
}

/** m/s² → int16 counts at 1 mg/LSB, saturating like the sensor would. */
function toLsb(a: number): number {
  return Math.max(-32768, Math.min(32767, Math.round((a / STANDARD_GRAVITY) * 1000)));
}
