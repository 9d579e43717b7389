/**
 * Hour rows follow the wall clock's hours. Expected instants are worked out here from the tz
 * rules, not by the code under test: Australia/Lord_Howe is UTC+11 in summer and UTC+10:30 in
 * winter, changing 2026-04-05 02:00 → 01:30 and 2026-10-04 02:00 → 02:30; America/New_York
 * changes 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00.
 */
import { describe, expect, it } from 'vitest';
import type { Dose } from '../../api/tremor';
import { localDayBounds } from '../local-clock';
import { hourRows } from './hour-rows';

const MIN = 60_000;
const LH = { zone: 'Australia/Lord_Howe' };
const NY = { zone: 'America/New_York' };
const at = (s: string) => Date.parse(s);
const dose = (id: string, t: string): Dose => ({ id, t, drug: 'levodopa', dose_mg: null });
/** Ten stored minutes from `t`, 60 % tremor. */
const tenFrom = (t: string) => Array.from({ length: 10 }, (_, i) => ({ t: at(t) + i * MIN, tremor_percent: 60 }));
const hh = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${String(from + i).padStart(2, '0')}:00`);

describe('hourRows on Lord Howe’s 30-minute changes', () => {
  it('2026-04-05 (02:00 → 01:30): 1,470 minutes in 25 rows; the repeated half hour is a second 01:00 row of 30 minutes, labelled by offset', () => {
    const { from, to } = localDayBounds(LH, '2026-04-05');
    expect([from, to]).toEqual([at('2026-04-04T13:00:00Z'), at('2026-04-05T13:30:00Z')]);
    // 01:40 on UTC+11 (14:40Z) and 01:40 on UTC+10:30 (15:10Z): the same wall time, 30 minutes apart.
    const rows = hourRows(LH, from, to, [...tenFrom('2026-04-04T14:40:00Z'), ...tenFrom('2026-04-04T15:10:00Z')], [dose('first', '2026-04-04T14:45:00Z'), dose('second', '2026-04-04T15:15:00Z'), dose('late', '2026-04-05T13:29:00Z')]);
    expect(rows.map((r) => r.label)).toEqual(['00:00', '01:00 (UTC+11:00)', '01:00 (UTC+10:30)', ...hh(2, 23)]);
    expect(rows.map((r) => r.minutes)).toEqual([60, 60, 30, ...Array(22).fill(60)]);
    expect(rows.reduce((s, r) => s + r.minutes, 0)).toBe(1470);
    expect(rows.map((r) => r.utc_offset_min)).toEqual([660, 660, 630, ...Array(22).fill(630)]);
    expect(rows.slice(0, 4).map((r) => r.t)).toEqual(['2026-04-04T13:00:00.000Z', '2026-04-04T14:00:00.000Z', '2026-04-04T15:00:00.000Z', '2026-04-04T15:30:00.000Z']);
    expect(rows.map((r) => r.index)).toEqual([...Array(25).keys()]);
    expect(rows.map((r) => r.recorded_minutes).slice(0, 4)).toEqual([0, 10, 10, 0]);
    expect(rows[1]).toMatchObject({ tremor_minutes: 10, tremor_percent: 60, doses: ['first'] });
    expect(rows[2]!.doses).toEqual(['second']);
    // 23:59 on UTC+10:30 is in the last row.
    expect(rows[24]).toMatchObject({ label: '23:00', t: '2026-04-05T12:30:00.000Z', doses: ['late'] });
  });

  it('2026-10-04 (02:00 → 02:30): 1,410 minutes in 24 rows; 02:00 is a row of 30 minutes (02:30–03:00), no row starts at :30', () => {
    const { from, to } = localDayBounds(LH, '2026-10-04');
    expect([from, to]).toEqual([at('2026-10-03T13:30:00Z'), at('2026-10-04T13:00:00Z')]);
    // 01:50–01:59 on UTC+10:30, then 02:30–02:39 on UTC+11; a dose at 02:45 UTC+11 (15:45Z).
    const rows = hourRows(LH, from, to, [...tenFrom('2026-10-03T15:20:00Z'), ...tenFrom('2026-10-03T15:30:00Z')], [dose('d', '2026-10-03T15:45:00Z')]);
    expect(rows.map((r) => r.label)).toEqual(hh(0, 23));
    expect(rows.map((r) => r.minutes)).toEqual([60, 60, 30, ...Array(21).fill(60)]);
    expect(rows.reduce((s, r) => s + r.minutes, 0)).toBe(1410);
    expect(rows.slice(1, 4).map((r) => [r.t, r.utc_offset_min])).toEqual([['2026-10-03T14:30:00.000Z', 630], ['2026-10-03T15:30:00.000Z', 660], ['2026-10-03T16:00:00.000Z', 660]]);
    expect(rows.slice(0, 4).map((r) => r.recorded_minutes)).toEqual([0, 10, 10, 0]);
    expect(rows.map((r) => r.doses.length)).toEqual([0, 0, 1, ...Array(21).fill(0)]);
    expect(rows[23]!.t).toBe('2026-10-04T12:00:00.000Z');
  });
});

describe('hourRows on whole-hour changes and fixed clocks (unchanged: one row per elapsed hour)', () => {
  it('New York 2026-11-01: 25 rows of 60 minutes, the repeated 01:00 twice labelled by offset', () => {
    const { from, to } = localDayBounds(NY, '2026-11-01');
    const rows = hourRows(NY, from, to, tenFrom('2026-11-01T06:25:00Z'), [dose('edt', '2026-11-01T05:30:00Z'), dose('est', '2026-11-01T06:30:00Z')]);
    expect(rows.map((r) => r.label)).toEqual(['00:00', '01:00 (UTC−04:00)', '01:00 (UTC−05:00)', ...hh(2, 23)]);
    expect(rows.map((r) => r.t)).toEqual(Array.from({ length: 25 }, (_, i) => new Date(from + i * 3600_000).toISOString()));
    expect(rows.every((r) => r.minutes === 60)).toBe(true);
    expect(rows.slice(0, 3).map((r) => [r.recorded_minutes, r.doses])).toEqual([[0, []], [0, ['edt']], [10, ['est']]]);
  });

  it('New York 2026-03-08: 23 rows of 60 minutes, no 02:00', () => {
    const { from, to } = localDayBounds(NY, '2026-03-08');
    const rows = hourRows(NY, from, to, [], []);
    expect(rows.map((r) => r.label)).toEqual(['00:00', '01:00', ...hh(3, 23)]);
    expect(rows.map((r) => r.t)).toEqual(Array.from({ length: 23 }, (_, i) => new Date(from + i * 3600_000).toISOString()));
    expect(rows.map((r) => r.utc_offset_min)).toEqual([-300, -300, ...Array(21).fill(-240)]);
  });

  it('a fixed half-hour clock (UTC+05:30): 24 rows on its own hours', () => {
    const clock = { offsetMin: 330 };
    const { from, to } = localDayBounds(clock, '2026-04-05');
    const rows = hourRows(clock, from, to, [], []);
    expect(rows.map((r) => r.label)).toEqual(hh(0, 23));
    expect(rows[0]!.t).toBe('2026-04-04T18:30:00.000Z');
    expect(rows.every((r) => r.minutes === 60 && r.utc_offset_min === 330)).toBe(true);
  });
});
