/**
 * A background job that runs in rounds on a timer (the follower polls, the forecast
 * calibration): one round at a time — a call while one runs joins it — and `settle` waits
 * for the one in flight before the database is closed. The timer is unref'd: it never
 * keeps a process alive on its own.
 */
export abstract class RoundTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  /** One round; resolves to how many items it handled. */
  protected abstract round(): Promise<number>;

  protected startEvery(everyMs: number, runNow: boolean): void {
    if (this.timer) return;
    if (runNow) void this.runDue();
    this.timer = setInterval(() => void this.runDue(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Runs a round now; resolves to how many items it handled. A call while a round runs joins it. */
  runDue(): Promise<number> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Waits for the round in flight (the hosts do before they close the database). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }
}
