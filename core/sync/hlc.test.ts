import { describe, expect, it } from 'vitest';
import { ClockDriftError, CounterOverflowError, HybridClock, MAX_COUNTER, MAX_DRIFT_MS, formatTimestamp, parseTimestamp, type Timestamp } from './hlc';

const T0 = Date.parse('2026-05-01T08:00:00Z');
const H = 3_600_000;

function clockAt(wall: { t: number }, node = '00000000000000aa', state: Partial<Timestamp> = {}): HybridClock {
  return new HybridClock({ millis: 0, counter: 0, node, ...state }, () => wall.t);
}

describe('the hybrid logical clock', () => {
  it('writes timestamps as text that sorts like time, then counter, then node, and reads them back', () => {
    const t = { millis: T0, counter: 0x1a, node: '0123456789abcdef' };
    expect(formatTimestamp(t)).toBe(`00${T0}-001A-0123456789abcdef`);
    expect(parseTimestamp(formatTimestamp(t))).toEqual(t);
    const sorted = [
      { millis: T0 + 1, counter: 0, node: '0000000000000000' },
      { millis: T0, counter: 2, node: '0000000000000000' },
      { millis: T0, counter: 10, node: '0000000000000000' },
      { millis: T0, counter: 2, node: 'ffffffffffffffff' },
      { millis: 999, counter: 0, node: 'ffffffffffffffff' },
    ].map(formatTimestamp).sort();
    expect(sorted.map((s) => parseTimestamp(s))).toEqual([
      { millis: 999, counter: 0, node: 'ffffffffffffffff' },
      { millis: T0, counter: 2, node: '0000000000000000' },
      { millis: T0, counter: 2, node: 'ffffffffffffffff' },
      { millis: T0, counter: 10, node: '0000000000000000' },
      { millis: T0 + 1, counter: 0, node: '0000000000000000' },
    ]);
    for (const bad of ['', '2026-05-01T08:00:00.000Z-0000-0123456789abcdef', `00${T0}-001a-0123456789abcdef`, `00${T0}-0001-0123`]) expect(parseTimestamp(bad)).toBeNull();
  });

  it('sends ever-later timestamps, even when the wall clock stands still or steps back', () => {
    const wall = { t: T0 };
    const c = clockAt(wall);
    const sent = [c.send(), c.send()];
    wall.t = T0 - H; // the clock is set back an hour
    sent.push(c.send());
    wall.t = T0 + 5;
    sent.push(c.send());
    expect(sent.map((t) => [t.millis - T0, t.counter])).toEqual([[0, 0], [0, 1], [0, 2], [5, 0]]);
    const text = sent.map(formatTimestamp);
    expect([...text].sort()).toEqual(text);
    expect(new Set(text).size).toBe(4);
  });

  it('after receiving a timestamp from a clock an hour ahead, sends later ones than it', () => {
    const wall = { t: T0 };
    const c = clockAt(wall);
    const ahead = { millis: T0 + H, counter: 7, node: '00000000000000bb' };
    c.recv(ahead, 'install B');
    const next = c.send();
    expect(next).toEqual({ millis: T0 + H, counter: 9, node: '00000000000000aa' });
    expect(formatTimestamp(next) > formatTimestamp(ahead)).toBe(true);
  });

  it('receiving from a clock behind keeps its own time and still moves past what it received', () => {
    const wall = { t: T0 };
    const c = clockAt(wall, '00000000000000aa', { millis: T0, counter: 3 });
    c.recv({ millis: T0 - H, counter: 40, node: '00000000000000bb' }, 'install B');
    expect(c.current).toEqual({ millis: T0, counter: 4, node: '00000000000000aa' });
    // Same millis on both sides: past the larger counter.
    c.recv({ millis: T0, counter: 40, node: '00000000000000bb' }, 'install B');
    expect(c.current.counter).toBe(41);
    // The wall clock ahead of both: its own time, counter reset.
    wall.t = T0 + 10;
    c.recv({ millis: T0 + 2, counter: 9, node: '00000000000000bb' }, 'install B');
    expect(c.current).toEqual({ millis: T0 + 10, counter: 0, node: '00000000000000aa' });
  });

  it('refuses a timestamp further ahead than the drift limit, naming the source and the offset, and leaves the clock as it was', () => {
    const wall = { t: T0 };
    const c = clockAt(wall, '00000000000000aa', { millis: T0, counter: 1 });
    const far = { millis: T0 + MAX_DRIFT_MS + 3 * H, counter: 0, node: '00000000000000bb' };
    let err: unknown;
    try {
      c.recv(far, 'install 0191 (events row e1)');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ClockDriftError);
    expect((err as ClockDriftError).aheadMs).toBe(MAX_DRIFT_MS + 3 * H);
    expect((err as Error).message).toMatch(/^install 0191 \(events row e1\) carries a time 27\.0 h ahead of this install's clock \(the limit is 24\.0 h\)/);
    expect(c.current).toEqual({ millis: T0, counter: 1, node: '00000000000000aa' });
    // Just inside the limit is accepted.
    c.recv({ ...far, millis: T0 + MAX_DRIFT_MS }, 'install B');
    expect(c.current.millis).toBe(T0 + MAX_DRIFT_MS);
  });

  it('refuses a 65 537th timestamp within one millisecond rather than wrap the counter', () => {
    const wall = { t: T0 };
    const c = clockAt(wall, '00000000000000aa', { millis: T0, counter: MAX_COUNTER - 1 });
    expect(c.send().counter).toBe(MAX_COUNTER);
    expect(() => c.send()).toThrow(CounterOverflowError);
    expect(() => c.recv({ millis: T0, counter: MAX_COUNTER, node: '00000000000000bb' }, 'install B')).toThrow(/counter is full/);
    // The next millisecond frees it.
    wall.t = T0 + 1;
    expect(c.send()).toEqual({ millis: T0 + 1, counter: 0, node: '00000000000000aa' });
  });
});
