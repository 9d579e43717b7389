/**
 * Counts failed logins per client over a sliding minute. After `limit` failures the
 * client is refused (429) until the oldest failure leaves the window, whatever the
 * password: this is what stops online guessing.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly limit = 10, private readonly windowMs = 60_000) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }
  /** Seconds until the client may try again, or 0 when it may try now. */
  blockedFor(key: string, now: number): number {
    const list = this.recent(key, now);
    if (list.length < this.limit) return 0;
    return Math.ceil((list[0]! + this.windowMs - now) / 1000);
  }
  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }
}
