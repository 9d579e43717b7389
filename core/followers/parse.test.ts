import { describe, expect, it } from 'vitest';
import { parseShareDate, shareDirection } from './dexcom-share';
import { retryAfterMs } from './http';
import { parseLluTime } from './librelinkup';
import { lluTime } from './fake-servers';
import { RETRY_BASE_MS, RETRY_CAP_MS, backoffMs } from './service';

describe('Dexcom Share dates and trends', () => {
  it('reads Date(ms), /Date(ms)/ and Date(ms-0700) as the UTC milliseconds they hold', () => {
    expect(parseShareDate('Date(1426292016000)')).toBe(1426292016000);
    expect(parseShareDate('/Date(1426295616000)/')).toBe(1426295616000);
    // The offset is the phone's time zone; the milliseconds are already UTC.
    expect(parseShareDate('/Date(1426292016000-0700)/')).toBe(1426292016000);
    expect(parseShareDate('2015-03-14')).toBeNull();
  });

  it('maps Trend names (any spacing or case) and numbers to Nightscout arrows', () => {
    expect(shareDirection('Flat')).toBe('Flat');
    expect(shareDirection('DoubleDown')).toBe('DoubleDown');
    expect(shareDirection('NotComputable')).toBe('NOT COMPUTABLE');
    expect(shareDirection('RateOutOfRange')).toBe('RATE OUT OF RANGE');
    expect(shareDirection(4)).toBe('Flat');
    expect(shareDirection(1)).toBe('DoubleUp');
    expect(shareDirection(42)).toBeNull();
    expect(shareDirection(null)).toBeNull();
  });
});

describe('LibreLinkUp timestamps', () => {
  it('reads M/D/YYYY h:mm:ss AM|PM as UTC, with 12 AM as midnight and 12 PM as noon', () => {
    expect(parseLluTime('6/29/2023 9:43:31 AM')).toBe(Date.UTC(2023, 5, 29, 9, 43, 31));
    expect(parseLluTime('6/29/2023 9:43:31 PM')).toBe(Date.UTC(2023, 5, 29, 21, 43, 31));
    expect(parseLluTime('1/2/2024 12:00:05 AM')).toBe(Date.UTC(2024, 0, 2, 0, 0, 5));
    expect(parseLluTime('1/2/2024 12:00:05 PM')).toBe(Date.UTC(2024, 0, 2, 12, 0, 5));
    expect(parseLluTime('2024-01-02T12:00:05Z')).toBeNull();
    const t = Date.UTC(2026, 10, 20, 23, 55, 0);
    expect(parseLluTime(lluTime(t))).toBe(t);
  });
});

describe('back-off', () => {
  it('doubles from 30 s to a 30-minute cap, and waits longer when Retry-After asks', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, null))).toEqual([RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS]);
    expect(backoffMs(30, null)).toBe(RETRY_CAP_MS);
    expect(backoffMs(1, 600_000)).toBe(600_000);
    expect(backoffMs(10, 1_000)).toBe(RETRY_CAP_MS);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
