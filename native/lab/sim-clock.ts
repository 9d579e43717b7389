/**
 * A simulated clock that runs `speed` times faster than the wall clock, so a simulated
 * hour of CGM readings takes seconds. Simulated peripherals and (in tests and the demo)
 * device sessions share one so that device time and receive time agree.
 */
import type { Clock, TimerHandle } from '../session/clock';

export class ScaledClock implements Clock {
  /** Simulated ms per real ms. */
  readonly speed: number;
  private readonly startSim: number;
  private readonly startReal: number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /**
   * @param speed simulated ms per real ms (1 = real time; 600 = ten simulated minutes a second)
   * @param startMs the simulated time at creation, ms since the epoch (default: now)
   */
  constructor(speed: number, startMs: number = Date.now()) {
    if (!(speed > 0)) throw new RangeError('speed must be > 0');
    this.speed = speed;
    this.startSim = startMs;
    this.startReal = performance.now();
  }

  now(): number {
    return Math.floor(this.startSim + (performance.now() - this.startReal) * this.speed);
  }

  /** Real ms that `simMs` of simulated time take. */
  toReal(simMs: number): number {
    return simMs / this.speed;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const h = setTimeout(() => {
      this.timers.delete(h);
      fn();
    }, Math.max(0, ms / this.speed));
    this.timers.add(h);
    return h;
  }

  clearTimeout(handle: TimerHandle): void {
    const h = handle as ReturnType<typeof setTimeout>;
    clearTimeout(h);
    this.timers.delete(h);
  }

  /** Calls `fn` at simulated time `t` (ms since the epoch); immediately when already past. */
  at(t: number, fn: () => void): TimerHandle {
    return this.setTimeout(fn, Math.max(0, t - this.now()));
  }

  /** Cancels every pending timer (on shutdown). */
  dispose(): void {
    for (const h of this.timers) clearTimeout(h);
    this.timers.clear();
  }
}
