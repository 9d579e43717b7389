/**
 * Batches a session's observations into the ObservationSink. A 100 Hz stream must not
 * cost one ingest call (one SQLite transaction) per sample, and a sink that fails for a
 * moment (database busy) must not lose anything: items stay queued and are retried.
 */
import type { ObservationSink } from '../../api/observations';
import { Backoff } from '../transports/backoff';
import { errorMessage } from '../transports/timeout';
import type { SourcedObservation } from './types';

export interface SinkWriterOptions {
  /** Real ms to gather items before one ingest call. Default 25. */
  flushMs?: number;
  /** Largest batch per call (the API accepts up to 10 000). Default 2000. */
  maxBatch?: number;
  /** Items kept while the sink fails; the oldest are dropped beyond it. Default 200 000. */
  maxQueue?: number;
}

export interface SinkWriterEvents {
  onStored(accepted: number, duplicates: number, items: SourcedObservation[]): void;
  onError(message: string): void;
}

export class SinkWriter {
  private queue: SourcedObservation[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private readonly backoff = new Backoff({ initialMs: 100, maxMs: 10_000, jitter: 0 });
  private readonly o: Required<SinkWriterOptions>;
  /** Items dropped because the queue overflowed while the sink was failing. */
  dropped = 0;

  constructor(
    private readonly sink: ObservationSink,
    private readonly subjectId: string,
    private readonly events: SinkWriterEvents,
    opts: SinkWriterOptions = {},
  ) {
    this.o = { flushMs: 25, maxBatch: 2000, maxQueue: 200_000, ...opts };
  }

  /** Items waiting to be stored. */
  get pending(): number {
    return this.queue.length;
  }

  push(items: SourcedObservation[]): void {
    if (!items.length) return;
    this.queue.push(...items);
    if (this.queue.length > this.o.maxQueue) {
      const over = this.queue.length - this.o.maxQueue;
      this.queue.splice(0, over);
      this.dropped += over;
    }
    this.schedule(this.o.flushMs);
  }

  private schedule(ms: number): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flushOnce();
    }, ms);
  }

  private async flushOnce(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      while (this.queue.length) {
        const batch = this.queue.slice(0, this.o.maxBatch);
        try {
          const r = await this.sink.ingest(this.subjectId, batch);
          this.queue.splice(0, batch.length);
          this.backoff.reset();
          this.events.onStored(r.accepted, r.duplicates, batch);
        } catch (e) {
          this.events.onError(errorMessage(e));
          this.flushing = null;
          this.schedule(this.backoff.next());
          return;
        }
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /** Stores everything queued now (one try per batch); resolves when the queue is empty or the sink failed. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.flushOnce();
  }

  /** Cancels the pending timer (items still queued stay in memory). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
