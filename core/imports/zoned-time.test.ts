import { describe, expect, it } from 'vitest';
import { localHour, localToUtcMs, zoneOffsetMs } from './zoned-time';

const H = 3_600_000;

describe('zoned time', () => {
  it('reads a wall-clock time in winter and in summer with the offset then in force', () => {
    // Berlin is UTC+1 in January and UTC+2 in July.
    expect(localToUtcMs('Europe/Berlin', 2024, 1, 15, 12, 0, 0)).toBe(Date.UTC(2024, 0, 15, 11));
    expect(localToUtcMs('Europe/Berlin', 2024, 7, 15, 12, 0, 0)).toBe(Date.UTC(2024, 6, 15, 10));
    expect(localToUtcMs('America/New_York', 2024, 1, 15, 12, 0, 0)).toBe(Date.UTC(2024, 0, 15, 17));
    expect(localToUtcMs('UTC', 2024, 1, 15, 12, 0, 0)).toBe(Date.UTC(2024, 0, 15, 12));
  });

  it('reads the repeated autumn hour as its first occurrence', () => {
    // Berlin, 27 Oct 2024: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z.
    expect(localToUtcMs('Europe/Berlin', 2024, 10, 27, 2, 30, 0)).toBe(Date.UTC(2024, 9, 27, 0, 30));
  });

  it('reads a time skipped in spring with the offset from before the change', () => {
    // Berlin, 31 Mar 2024: 02:00 CET → 03:00 CEST; 02:30 does not exist, read at UTC+1 → 01:30Z (03:30 CEST).
    expect(localToUtcMs('Europe/Berlin', 2024, 3, 31, 2, 30, 0)).toBe(Date.UTC(2024, 2, 31, 1, 30));
  });

  it('gives the offset and the local hour of an instant', () => {
    expect(zoneOffsetMs('Europe/Berlin', Date.UTC(2024, 6, 1))).toBe(2 * H);
    expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(2024, 6, 1))).toBe(5.5 * H);
    expect(localHour('Asia/Kolkata', Date.UTC(2024, 6, 1, 23, 45))).toBe(5);
  });
});
