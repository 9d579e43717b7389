import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './failure-limiter';

describe('FailureLimiter', () => {
  it('counts an attempt when it begins, so the attempt after the limit is refused before any check', () => {
    const l = new FailureLimiter(3, 60_000);
    const begun = [l.begin('a', 0), l.begin('a', 1), l.begin('a', 2)];
    expect(begun.every((b) => b.wait === 0)).toBe(true);
    expect(l.begin('a', 3).wait).toBe(60);
    expect(l.begin('b', 3).wait).toBe(0);
  });

  it('takes a successful attempt back out of the count', () => {
    const l = new FailureLimiter(2, 60_000);
    l.begin('a', 0).succeeded();
    l.begin('a', 0).succeeded();
    expect(l.blockedFor('a', 0)).toBe(0);
    l.begin('a', 1);
    l.begin('a', 2);
    expect(l.blockedFor('a', 3)).toBe(60);
  });

  it('lets the client in again once the oldest attempt leaves the window', () => {
    const l = new FailureLimiter(2, 10_000);
    l.begin('a', 0);
    l.begin('a', 5_000);
    expect(l.blockedFor('a', 9_999)).toBe(1);
    expect(l.begin('a', 10_000).wait).toBe(0);
    expect(l.begin('a', 10_001).wait).toBe(5);
  });
});
