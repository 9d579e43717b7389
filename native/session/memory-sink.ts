/**
 * An in-memory ObservationSink that behaves like the ingest service where it matters
 * here: idempotent by id (a second item with a known id counts as a duplicate and changes
 * nothing). For tests, the bench and the demo before a database is attached.
 */
import type { ObservationInput, ObservationSink } from '../../api/observations';

export class MemorySink implements ObservationSink {
  readonly byId = new Map<string, ObservationInput & { subjectId: string }>();
  /** Items received with an id already stored. */
  duplicates = 0;
  /** ingest() calls. */
  calls = 0;
  /** When set, ingest() throws this many times before working (to test retries). */
  failNext = 0;

  async ingest(subjectId: string, items: ObservationInput[]): Promise<{ accepted: number; duplicates: number }> {
    this.calls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('sink unavailable (simulated)');
    }
    let accepted = 0;
    let duplicates = 0;
    for (const it of items) {
      if (it.id !== undefined && this.byId.has(it.id)) {
        duplicates++;
        continue;
      }
      // Items without an id get one here, like the ingest service would.
      const id = it.id ?? `anon-${this.byId.size}`;
      this.byId.set(id, { ...it, id, subjectId });
      accepted++;
    }
    this.duplicates += duplicates;
    return { accepted, duplicates };
  }

  /** Stored items of one metric, oldest first. */
  items(metric?: string): Array<ObservationInput & { subjectId: string }> {
    const all = [...this.byId.values()].filter((o) => metric === undefined || o.metric === metric);
    return all.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  }
}
