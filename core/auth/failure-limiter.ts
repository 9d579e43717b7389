/**
 * Counts attempts per client over a sliding minute. After `limit` attempts the client is
 * refused (429) until the oldest one leaves the window, whatever the password: this is
 * what stops online guessing.
 *
 * An attempt is counted when it starts, before the slow password check, and handed back
 * only if it succeeds: counting after the check let hundreds of concurrent guesses all
 * pass the "under the limit?" test while the first ones were still being hashed.
 */
export class FailureLimiter {
  private readonly attempts = new Map<string, number[]>();
  constructor(private readonly limit = 10, private readonly windowMs = 60_000) {}

  private recent(key: string, now: number): number[] {
    const list = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.attempts.set(key, list);
    else this.attempts.delete(key);
    return list;
  }
  /** Seconds until the client may try again, or 0 when it may try now. */
  blockedFor(key: string, now: number): number {
    const list = this.recent(key, now);
    if (list.length < this.limit) return 0;
    return Math.ceil((list[0]! + this.windowMs - now) / 1000);
  }
  /**
   * Counts one attempt now, synchronously, and returns how long the client must wait
   * (seconds) if it is already at the limit — then nothing is counted and the caller
   * must refuse without checking anything. Otherwise returns 0 and a `succeeded`
   * callback that takes this attempt back out of the count.
   */
  begin(key: string, now: number): { wait: number; succeeded: () => void } {
    const wait = this.blockedFor(key, now);
    if (wait > 0) return { wait, succeeded: () => undefined };
    this.attempts.set(key, [...this.recent(key, now), now]);
    return {
      wait: 0,
      succeeded: () => {
        const list = this.attempts.get(key);
        const i = list?.indexOf(now) ?? -1;
        if (list && i >= 0) {
          list.splice(i, 1);
          if (!list.length) this.attempts.delete(key);
        }
      },
    };
  }
  /** Counts a failure that was not announced with `begin`. */
  fail(key: string, now: number): void {
    this.attempts.set(key, [...this.recent(key, now), now]);
  }
}
