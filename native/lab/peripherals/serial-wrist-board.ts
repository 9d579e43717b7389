/**
 * A simulated wrist board on a serial port (an ESP32 with an accelerometer) at the device end
 * of a socat cable: it prints one stamped accelerometer sample a line
 * (`{"ax","ay","az","t"}`, t in Unix ms; native/profiles/serial-line/PROTOCOL.md
 * "Accelerometer streams"), produced by the lab's wrist simulator in step with its clock.
 * It keeps no buffer: a resend request is answered with `# resend done 0`.
 */
import { formatSerialLine } from '../../profiles/index';
import type { Clock, TimerHandle } from '../../session/clock';
import { openSerialLink, type SerialLink } from '../../transports/serial';
import { WristSimulator, type WristSimOptions } from '../motion/wrist-sim';

export interface SimSerialWristOptions {
  /** The device end of the cable (PtyPair.devicePath). */
  path: string;
  clock: Clock;
  /** Default 100. */
  rateHz?: number;
  seed?: number;
  /** Simulated ms between batches of lines. Default 100. */
  batchMs?: number;
  /** State the rate on each line (`"hz"`). Default false: the host measures it. */
  statesRate?: boolean;
  motion?: Partial<Omit<WristSimOptions, 'seed' | 'durationS' | 'rateHz' | 'startMs'>>;
}

export class SimSerialWristBoard {
  readonly rateHz: number;
  /** Samples printed while the port was open. */
  printed = 0;
  private readonly sim: WristSimulator;
  private readonly startT: number;
  private port: SerialLink | null = null;
  private tick: TimerHandle | null = null;
  private stopped = false;
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(private readonly o: SimSerialWristOptions) {
    this.rateHz = o.rateHz ?? 100;
    this.startT = o.clock.now();
    this.sim = new WristSimulator({ ...o.motion, seed: o.seed ?? 11, durationS: 86_400, rateHz: this.rateHz, startMs: this.startT });
  }

  /** Opens the port and starts printing. */
  async start(): Promise<void> {
    this.port = await openSerialLink(this.o.path, {
      onLine: (l) => {
        if (/"cmd"\s*:\s*"resend"/.test(l)) this.write('# resend done 0\n');
      },
    });
    this.schedule();
  }

  private schedule(): void {
    this.tick = this.o.clock.setTimeout(() => {
      if (this.stopped) return;
      const due = Math.floor(((this.o.clock.now() - this.startT) * this.rateHz) / 1000) - this.sim.position;
      const c = due > 0 ? this.sim.next(due) : null;
      if (c) {
        let text = '';
        for (let i = 0; i < c.x.length; i++) {
          const t = Math.round(this.startT + ((c.startIndex + i) * 1000) / this.rateHz);
          const r = (v: number) => Math.round(v * 1000) / 1000;
          text += formatSerialLine({ ax: r(c.x[i]!), ay: r(c.y[i]!), az: r(c.z[i]!), t, ...(this.o.statesRate ? { hz: this.rateHz } : {}) });
        }
        if (this.write(text)) this.printed += c.x.length;
      }
      this.schedule();
    }, this.o.batchMs ?? 100);
  }

  private write(s: string): boolean {
    if (!this.port) return false;
    this.lastWrite = this.port.write(s).catch(() => undefined);
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tick) this.o.clock.clearTimeout(this.tick);
    await this.lastWrite;
    await this.port?.close();
    this.port = null;
  }
}
