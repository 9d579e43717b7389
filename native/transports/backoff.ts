/**
 * Exponential back-off for reconnecting (AWS Architecture Blog, "Exponential Backoff And
 * Jitter", 2015: "full jitter" spreads retries of many devices that dropped together).
 */
export interface BackoffOptions {
  /** First delay, ms. Default 1000. */
  initialMs?: number;
  /** Upper bound, ms. Default 60 000. */
  maxMs?: number;
  /** Growth per attempt. Default 2. */
  factor?: number;
  /** 0 = exact delays; 1 = full jitter (uniform in [0, delay]). Default 0.2. */
  jitter?: number;
  /** Source of randomness in [0, 1) (seed it in tests). Default Math.random. */
  random?: () => number;
}

export class Backoff {
  private attempt = 0;
  private readonly o: Required<BackoffOptions>;
  constructor(opts: BackoffOptions = {}) {
    this.o = { initialMs: 1000, maxMs: 60_000, factor: 2, jitter: 0.2, random: Math.random, ...opts };
  }
  /** The delay before the next attempt, ms: initial·factorⁿ capped at max, minus up to jitter·delay. */
  next(): number {
    const base = Math.min(this.o.maxMs, this.o.initialMs * this.o.factor ** this.attempt);
    this.attempt++;
    return Math.round(base * (1 - this.o.jitter * this.o.random()));
  }
  /** After a success: the next failure starts again from the initial delay. */
  reset(): void {
    this.attempt = 0;
  }
  /** Attempts since the last reset. */
  get attempts(): number {
    return this.attempt;
  }
}
