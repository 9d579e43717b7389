import type { Core } from '../core-types';
import { logger } from '../logger';
import { RoundTimer } from '../round-timer';
import { calibrateIfDue } from './forecast-calibration';
import type { SqlRow } from '../../db/rows';
import type { subjects } from '../../db/schema';

const log = logger('forecast-calibration');

/**
 * Per-person forecast calibration "in the background" (issue #17): the hub and the desktop
 * app try each person with diabetes once a day, whether or not anyone opens their forecast
 * (a forecast request also triggers a try, forecast-calibration.ts). One person after
 * another: a try runs the model over nine weeks of readings, and the machine is shared
 * with the screens.
 */
export class CalibrationScheduler extends RoundTimer {
  constructor(private readonly core: Core) {
    super();
  }

  /** Checks every `everyMs` (an hour by default); each person is tried at most once a day. Not at once: a hub starting should serve its screens first. */
  start(everyMs = 60 * 60_000): void {
    this.startEvery(everyMs, false);
  }

  protected async round(): Promise<number> {
    const people = this.core.deps.db.$client.prepare<[], SqlRow<typeof subjects>['id']>(`SELECT id FROM subjects WHERE kind = 'diabetes' ORDER BY id`).pluck().all();
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
}

const schedulers = new WeakMap<Core, CalibrationScheduler>();

export function calibrationScheduler(core: Core): CalibrationScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new CalibrationScheduler(core)));
  return s;
}
