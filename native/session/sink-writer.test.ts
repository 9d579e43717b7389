import { describe, expect, it } from 'vitest';
import { waitFor } from '../../testing/wait-for';
import { MemorySink } from './memory-sink';
import { SinkWriter } from './sink-writer';
import type { SourcedObservation } from './types';

const obs = (i: number): SourcedObservation => ({ id: `id-${i}`, metric: 'glucose', t: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), value: 100 + i });

describe('SinkWriter', () => {
  it('stores pushed items in batches no larger than maxBatch', async () => {
    const sink = new MemorySink();
    const stored: number[] = [];
    const w = new SinkWriter(sink, 'subj', { onStored: (a) => stored.push(a), onError: () => undefined }, { maxBatch: 4, flushMs: 1 });
    w.push([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(obs));
    await w.flush();
    expect(stored).toEqual([4, 4, 2]);
    expect(sink.items()).toHaveLength(10);
    expect(sink.calls).toBe(3);
  });

  it('keeps items while the sink fails and stores them once it works again', async () => {
    const sink = new MemorySink();
    sink.failNext = 2;
    const errors: string[] = [];
    const w = new SinkWriter(sink, 'subj', { onStored: () => undefined, onError: (m) => errors.push(m) }, { flushMs: 1 });
    w.push([obs(1), obs(2)]);
    await w.flush();
    expect(w.pending).toBe(2);
    // Retries follow the writer's own back-off (100 ms, then 200 ms).
    await waitFor('the queued items to be stored after two failed retries', () => w.pending === 0);
    expect(errors).toHaveLength(2);
    expect(w.pending).toBe(0);
    expect(sink.items().map((o) => o.id)).toEqual(['id-1', 'id-2']);
    w.dispose();
  });

  it('drops the oldest items beyond maxQueue and counts them', () => {
    const sink = new MemorySink();
    const w = new SinkWriter(sink, 'subj', { onStored: () => undefined, onError: () => undefined }, { maxQueue: 3, flushMs: 10_000 });
    w.push([1, 2, 3, 4, 5].map(obs));
    expect(w.pending).toBe(3);
    expect(w.dropped).toBe(2);
    w.dispose();
  });
});
