/**
 * A simulated hobby sensor board (an ESP32 with a temperature/humidity sensor) on the
 * device end of a socat cable. It prints one JSON line per reading in the serial line
 * protocol (native/profiles/serial-line/PROTOCOL.md), stamped with its own clock, and
 * keeps the last day of readings so it can answer the host's
 * `{"cmd":"resend","since":ISO}` with what the host missed, then `# resend done N`
 * (native/session/serial-driver.ts). Unplugged (socat killed) it keeps measuring and
 * reopens its end as soon as the cable is back.
 */
import { formatSerialLine } from '../../profiles/index';
import type { Clock, TimerHandle } from '../../session/clock';
import { openSerialLink, type SerialLink } from '../../transports/serial';
import { createRng } from '../motion/prng';

export interface BoardReading {
  metric: 'room_temperature' | 'humidity';
  value: number;
  unit: string;
  /** ms since epoch (board clock). */
  t: number;
}

export interface SimSerialBoardOptions {
  /** The device end of the cable (PtyPair.devicePath). */
  path: string;
  clock: Clock;
  /** Simulated ms between readings. Default 10 s. */
  intervalMs?: number;
  seed?: number;
  /** Real ms between attempts to reopen the port while unplugged. Default 20. */
  reopenMs?: number;
  /** Readings kept for resends. Default 8640 (a day at 10 s). */
  keep?: number;
  /** Fault injection: a line printed instead of a reading (return null for the real one). */
  garble?: (r: BoardReading, index: number) => string | null;
}

export class SimSerialBoard {
  /** Every reading taken, oldest first (the board's buffer, truncated to `keep`). */
  readonly readings: BoardReading[] = [];
  /** Readings printed live while the port was open. */
  liveWritten = 0;
  private port: SerialLink | null = null;
  private opening = false;
  private stopped = false;
  private tick: TimerHandle | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly startT: number;
  private k = 0;
  private readonly rng;

  constructor(private readonly o: SimSerialBoardOptions) {
    this.startT = o.clock.now();
    this.rng = createRng(o.seed ?? 3);
    this.schedule();
    this.tryOpen();
  }

  private schedule(): void {
    const interval = this.o.intervalMs ?? 10_000;
    const next = this.startT + (this.k + 1) * interval;
    this.tick = this.o.clock.setTimeout(() => {
      if (this.stopped) return;
      while (this.startT + (this.k + 1) * interval <= this.o.clock.now()) {
        this.k++;
        this.measure(this.startT + this.k * interval);
      }
      this.schedule();
    }, Math.max(0, next - this.o.clock.now()));
  }

  private measure(t: number): void {
    const hours = t / 3_600_000;
    // A room that swings ±1.5 °C over the day with sensor noise; humidity moves against it.
    const temp = Math.round((21 + 1.5 * Math.sin((2 * Math.PI * hours) / 24) + 0.1 * this.rng.normal()) * 100) / 100;
    const hum = Math.round((45 - 5 * Math.sin((2 * Math.PI * hours) / 24) + 0.5 * this.rng.normal()) * 10) / 10;
    const batch: BoardReading[] = [
      { metric: 'room_temperature', value: temp, unit: '°C', t },
      { metric: 'humidity', value: hum, unit: '%RH', t },
    ];
    for (const r of batch) {
      this.readings.push(r);
      const index = this.readings.length - 1;
      if (this.readings.length > (this.o.keep ?? 8640)) this.readings.shift();
      const garbled = this.o.garble?.(r, index) ?? null;
      if (this.write(garbled ?? this.line(r))) this.liveWritten++;
    }
  }

  private line(r: BoardReading): string {
    return formatSerialLine({ metric: r.metric, value: r.value, unit: r.unit, t: new Date(r.t).toISOString() });
  }

  private lastWrite: Promise<void> = Promise.resolve();

  private write(s: string): boolean {
    if (!this.port) return false;
    this.lastWrite = this.port.write(s).catch(() => undefined);
    return true;
  }

  private onLine(line: string): void {
    let cmd: { cmd?: unknown; since?: unknown };
    try {
      cmd = JSON.parse(line) as typeof cmd;
    } catch {
      return; // boards ignore what they do not understand
    }
    if (cmd.cmd !== 'resend') return;
    const since = typeof cmd.since === 'string' ? Date.parse(cmd.since) : -Infinity;
    const missed = this.readings.filter((r) => r.t > since);
    for (const r of missed) this.write(this.line(r));
    this.write(`# resend done ${missed.length}\n`);
  }

  private tryOpen(): void {
    if (this.stopped || this.port || this.opening) return;
    this.opening = true;
    openSerialLink(this.o.path, { onLine: (l) => this.onLine(l) }).then(
      (link) => {
        this.opening = false;
        if (this.stopped) return void link.close();
        this.port = link;
        void link.closed.then(() => {
          this.port = null;
          this.retry();
        });
      },
      () => {
        this.opening = false;
        this.retry();
      },
    );
  }

  private retry(): void {
    if (this.stopped || this.reopenTimer) return;
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = null;
      this.tryOpen();
    }, this.o.reopenMs ?? 20);
  }

  /** True while the board has its end of the cable open. */
  get connected(): boolean {
    return this.port !== null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tick) this.o.clock.clearTimeout(this.tick);
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    // Let what was printed reach the wire before the port closes.
    await this.lastWrite;
    await this.port?.close();
    this.port = null;
  }
}
