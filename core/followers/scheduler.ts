import type { Core } from '../core-types';
import { logger } from '../logger';
import { RoundTimer } from '../round-timer';
import { followerService } from './service';

const log = logger('followers');

/**
 * The hub's follower timer: every `everyMs` it polls each follower whose next poll is
 * due (every 5 minutes while it works; after a failure, the back-off the service
 * computed, or the wait a 429 asked for). Polls run one after another: a hub follows a
 * handful of people, and the vendors dislike bursts.
 */
export class FollowScheduler extends RoundTimer {
  private readonly resting = new Map<string, number>();

  constructor(private readonly core: Core) {
    super();
  }

  start(everyMs = 15_000): void {
    this.startEvery(everyMs, true);
  }

  protected async round(): Promise<number> {
    const service = followerService(this.core);
    const now = this.core.deps.clock.now();
    const due = service.store.due(now).filter((r) => (this.resting.get(`${r.subject_id}\u0000${r.service}`) ?? 0) <= now);
    for (const row of due) {
      try {
        await service.poll(row.subject_id, row.service);
      } catch (e) {
        // Its state could not even be recorded (the database unwritable): rest it a minute rather than every tick.
        this.resting.set(`${row.subject_id}\u0000${row.service}`, now + 60_000);
        log.error('follower poll threw', { service: row.service, subject: row.subject_id, error: (e as Error).message });
      }
    }
    return due.length;
  }
}

const schedulers = new WeakMap<Core, FollowScheduler>();

export function followScheduler(core: Core): FollowScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new FollowScheduler(core)));
  return s;
}
