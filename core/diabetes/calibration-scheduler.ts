import type { Core } from '../core-types';
import { logger } from '../logger';
import { calibrateIfDue } from './forecast-calibration';

const log = logger('forecast-calibration');

/**
 * Per-person forecast calibration "in the background" (issue #17): the hub and the desktop
 * app try each person with diabetes once a day, whether or not anyone opens their forecast
 * (a forecast request also triggers a try, forecast-calibration.ts). One person after
 * another: a try runs the model over nine weeks of readings, and the machine is shared
 * with the screens.
 */
export class CalibrationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly core: Core) {}

  /** Checks every `everyMs` (an hour by default); each person is tried at most once a day. */
  start(everyMs = 60 * 60_000): void {
    if (this.timer) return;
    // Not at once: a hub starting should serve its screens first.
    this.timer = setInterval(() => void this.runDue(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Tries everyone due now; resolves to how many were tried. A call while a round runs joins it. */
  runDue(): Promise<number> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<number> {
    const people = this.core.deps.db.$client.prepare(`SELECT id FROM subjects WHERE kind = 'diabetes' ORDER BY id`).pluck().all() as string[];
    let tried = 0;
    for (const id of people) {
      try {
        if (await calibrateIfDue(this.core, id)) tried++;
      } catch (e) {
        log.error('calibration round failed for a person', { subject: id, error: (e as Error).message });
      }
    }
    return tried;
  }

  /** Waits for the round in flight (before the database is closed). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }
}

const schedulers = new WeakMap<Core, CalibrationScheduler>();

export function calibrationScheduler(core: Core): CalibrationScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new CalibrationScheduler(core)));
  return s;
}
