import { describe, expect, it } from 'vitest';
import { clockSentence, dateOn, dayStart, localDays, metricsZone, minuteOn, offsetAt, unusualHours } from './report-clock';

const iso = (t: number) => new Date(t).toISOString();
const H = 3_600_000;

describe('a report’s local days', () => {
  const ny = { zone: 'America/New_York' };

  it('makes the spring-forward day 23 hours long, each day from its own midnight (America/New_York, 8 March 2026)', () => {
    const days = localDays(ny, Date.parse('2026-03-07T05:00:00Z'), Date.parse('2026-03-10T04:00:00Z'));
    expect(days.map((d) => d.day)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    // EST midnight is 05:00 UTC, EDT midnight 04:00 UTC.
    expect(days.map((d) => [iso(d.start), iso(d.end)])).toEqual([
      ['2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z'],
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      ['2026-03-09T04:00:00.000Z', '2026-03-10T04:00:00.000Z'],
    ]);
    expect(days.map(unusualHours)).toEqual([null, 23, null]);
  });

  it('makes the fall-back day 25 hours long (America/New_York, 1 November 2026)', () => {
    const days = localDays(ny, Date.parse('2026-11-01T04:00:00Z'), Date.parse('2026-11-03T05:00:00Z'));
    expect(days.map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02']);
    expect(iso(days[0]!.start)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(days[0]!.end)).toBe('2026-11-02T05:00:00.000Z');
    expect(unusualHours(days[0]!)).toBe(25);
    expect(unusualHours(days[1]!)).toBeNull();
  });

  it('reads each instant at its own offset: the same UTC hour is 12:30 before the change and 13:30 after', () => {
    expect(minuteOn(ny, Date.parse('2026-03-06T17:30:00Z'))).toBe('2026-03-06 12:30');
    expect(minuteOn(ny, Date.parse('2026-03-10T17:30:00Z'))).toBe('2026-03-10 13:30');
    // The repeated hour of 1 November: 01:30 twice, an hour apart.
    expect(minuteOn(ny, Date.parse('2026-11-01T05:30:00Z'))).toBe('2026-11-01 01:30');
    expect(minuteOn(ny, Date.parse('2026-11-01T06:30:00Z'))).toBe('2026-11-01 01:30');
    expect(offsetAt(ny, Date.parse('2026-03-08T06:59:00Z'))).toBe(-300);
    expect(offsetAt(ny, Date.parse('2026-03-08T07:00:00Z'))).toBe(-240);
    expect(clockSentence(ny)).toBe('Times in America/New_York');
  });

  it('splits days at half-hour midnights east of UTC (Asia/Kolkata, UTC+05:30)', () => {
    const kolkata = { zone: 'Asia/Kolkata' };
    const days = localDays(kolkata, Date.parse('2026-03-07T20:00:00Z'), Date.parse('2026-03-09T18:30:00Z'));
    expect(days.map((d) => [d.day, iso(d.start), (d.end - d.start) / H])).toEqual([
      ['2026-03-08', '2026-03-07T18:30:00.000Z', 24],
      ['2026-03-09', '2026-03-08T18:30:00.000Z', 24],
    ]);
    // 18:29 UTC is still the 8th there, 18:30 the 9th.
    expect(dateOn(kolkata, Date.parse('2026-03-08T18:29:00Z'))).toBe('2026-03-08');
    expect(dateOn(kolkata, Date.parse('2026-03-08T18:30:00Z'))).toBe('2026-03-09');
  });

  it('has a 25-hour day in a half-hour zone with daylight saving (Australia/Adelaide, 5 April 2026: UTC+10:30 → +09:30)', () => {
    const adelaide = { zone: 'Australia/Adelaide' };
    const [day] = localDays(adelaide, dayStart(adelaide, '2026-04-05'), dayStart(adelaide, '2026-04-06'));
    expect(day!.day).toBe('2026-04-05');
    expect(iso(day!.start)).toBe('2026-04-04T13:30:00.000Z');
    expect(iso(day!.end)).toBe('2026-04-05T14:30:00.000Z');
    expect(unusualHours(day!)).toBe(25);
  });

  it('starts a day whose midnight is skipped at the first instant after the change (America/Santiago, 6 September 2026)', () => {
    const santiago = { zone: 'America/Santiago' };
    // Clocks go from 23:59:59 on the 5th (UTC−4) to 01:00 on the 6th (UTC−3).
    expect(iso(dayStart(santiago, '2026-09-06'))).toBe('2026-09-06T04:00:00.000Z');
    expect(minuteOn(santiago, dayStart(santiago, '2026-09-06'))).toBe('2026-09-06 01:00');
    const days = localDays(santiago, Date.parse('2026-09-05T04:00:00Z'), Date.parse('2026-09-07T03:00:00Z'));
    expect(days.map((d) => [d.day, (d.end - d.start) / H])).toEqual([['2026-09-05', 24], ['2026-09-06', 23]]);
  });

  it('keeps an old caller’s fixed offset: every day 24 hours whatever the season', () => {
    const fixed = { offsetMin: -300 };
    const days = localDays(fixed, Date.parse('2026-03-07T05:00:00Z'), Date.parse('2026-03-10T05:00:00Z'));
    expect(days.map((d) => (d.end - d.start) / H)).toEqual([24, 24, 24]);
    expect(minuteOn(fixed, Date.parse('2026-03-10T17:30:00Z'))).toBe('2026-03-10 12:30');
    expect(clockSentence(fixed)).toBe('Times on UTC−05:00');
    expect(clockSentence({ offsetMin: 330 })).toBe('Times on UTC+05:30');
  });

  it('starts with the day holding `from` and stops before the day starting at `to`', () => {
    const days = localDays(ny, Date.parse('2026-03-07T15:00:00Z'), Date.parse('2026-03-09T04:00:00Z'));
    expect(days.map((d) => d.day)).toEqual(['2026-03-07', '2026-03-08']);
    expect(localDays(ny, 10, 10)).toEqual([]);
  });

  it('asks the metrics for the report’s zone, or the Etc/GMT zone of a whole-hour fixed offset', () => {
    expect(metricsZone(ny)).toBe('America/New_York');
    expect(metricsZone({ offsetMin: 0 })).toBe('UTC');
    expect(metricsZone({ offsetMin: -300 })).toBe('Etc/GMT+5');
    expect(metricsZone({ offsetMin: 60 })).toBe('Etc/GMT-1');
    expect(metricsZone({ offsetMin: 330 })).toBeUndefined();
  });
});
