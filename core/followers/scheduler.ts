import type { Core } from '../core-types';
import { logger } from '../logger';
import { followerService } from './service';

const log = logger('followers');

/**
 * The hub's follower timer: every `everyMs` it polls each follower whose next poll is
 * due (every 5 minutes while it works; after a failure, the back-off the service
 * computed, or the wait a 429 asked for). Polls run one after another: a hub follows a
 * handful of people, and the vendors dislike bursts.
 */
export class FollowScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly resting = new Map<string, number>();

  constructor(private readonly core: Core) {}

  start(everyMs = 15_000): void {
    if (this.timer) return;
    void this.runDue();
    this.timer = setInterval(() => void this.runDue(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Polls every follower due now; resolves to how many were polled. A call while a round runs joins it. */
  runDue(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<number> {
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

  /** Waits for the round in flight (the hub does before it closes the database). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }
}

const schedulers = new WeakMap<Core, FollowScheduler>();

export function followScheduler(core: Core): FollowScheduler {
  let s = schedulers.get(core);
  if (!s) schedulers.set(core, (s = new FollowScheduler(core)));
  return s;
}
