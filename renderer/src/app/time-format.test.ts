import { afterEach, describe, expect, it } from 'vitest';
import { displayOffsetMin, displayZone, endOfDay, fmtTime, localDay, setDisplayZone } from './time-format';

afterEach(() => setDisplayZone(null));

describe('the screens’ one time zone', () => {
  // 2026-01-15 23:30 UTC is 12:30 on the 16th in Auckland (NZDT, UTC+13).
  const t = Date.UTC(2026, 0, 15, 23, 30);

  it('shows times, days and offsets in the account’s zone', () => {
    setDisplayZone('Pacific/Auckland');
    expect(displayZone()).toBe('Pacific/Auckland');
    expect(fmtTime(t)).toMatch(/12:30/);
    expect(localDay(t)).toEqual({ key: '2026-01-16', minute: 12 * 60 + 30 });
    expect(displayOffsetMin(t)).toBe(13 * 60);
    // Winter there: NZST, UTC+12.
    expect(displayOffsetMin(Date.UTC(2026, 6, 1))).toBe(12 * 60);
    expect(new Date(endOfDay('2026-01-16')).toISOString()).toBe('2026-01-16T11:00:00.000Z');
    // The night New Zealand's summer time ends (5 April 2026, 03:00 → 02:00): midnight after the 5th is UTC+12.
    expect(new Date(endOfDay('2026-04-05')).toISOString()).toBe('2026-04-05T12:00:00.000Z');
    setDisplayZone('America/Los_Angeles');
    expect(localDay(t)).toEqual({ key: '2026-01-15', minute: 15 * 60 + 30 });
    expect(displayOffsetMin(t)).toBe(-8 * 60);
  });

  it('falls back to this computer’s zone with none saved, or a name it does not know', () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setDisplayZone('Mars/Olympus');
    expect(displayZone()).toBe(here);
    setDisplayZone(null);
    expect(displayZone()).toBe(here);
    expect(displayOffsetMin(t)).toBe(0 - new Date(t).getTimezoneOffset() || 0);
  });
});
