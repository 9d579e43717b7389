import { describe, expect, it } from 'vitest';
import { dailySummaries, griZone } from './daily';

const MIN = 60_000;
const DAY = 86_400_000;

describe('a day at a glance (daily GRI)', () => {
  it('summarises each local day with its time in ranges, GRI and zone', () => {
    // Day 1 (UTC): 288 readings, 20 of them 50 mg/dL, 40 at 200, 20 at 300, the rest 120.
    // VLow 20/288, Low 0, High 40/288, VHigh 20/288 (as %): GRI = 3.0·VLow + 2.4·Low + 1.6·VHigh + 0.8·High
    // = (3.0·20 + 1.6·20 + 0.8·40) / 288 · 100 = (60 + 32 + 32) / 2.88 = 43.06 → zone C.
    // Day 2: 144 readings at 120 (half the day): GRI 0 → zone A, 50 % sensor time.
    const t0 = Date.UTC(2026, 2, 1);
    const t: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < 288; i++) {
      t.push(t0 + i * 5 * MIN);
      v.push(i < 20 ? 50 : i < 60 ? 200 : i < 80 ? 300 : 120);
    }
    for (let i = 0; i < 144; i++) {
      t.push(t0 + DAY + i * 5 * MIN);
      v.push(120);
    }
    const rows = dailySummaries(t, v, { from: t0, to: t0 + 3 * DAY, intervalMin: 5 });
    expect(rows.map((r) => r.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(rows[0]).toMatchObject({ n: 288, active_percent: 100, gri_zone: 'C' });
    expect(rows[0]!.gri!).toBeCloseTo(124 / 2.88, 9);
    expect(rows[0]!.below_70!).toBeCloseTo((100 * 20) / 288, 9);
    expect(rows[0]!.above_180!).toBeCloseTo((100 * 60) / 288, 9);
    expect(rows[0]!.in_range_70_180!).toBeCloseTo((100 * 208) / 288, 9);
    expect(rows[1]).toMatchObject({ n: 144, active_percent: 50, gri: 0, gri_zone: 'A', in_range_70_180: 100 });
    // A day without readings is listed, with nothing to score.
    expect(rows[2]).toMatchObject({ n: 0, active_percent: 0, gri: null, gri_zone: null, in_range_70_180: null });
  });

  it("cuts days at the person's local midnight, 23 hours long on a spring-forward day", () => {
    // Europe/Paris moves from +01:00 to +02:00 at 2026-03-29 01:00 UTC. A reading every 5 min
    // from 2026-03-28 23:00 UTC (00:00 local on the 29th) for 23 hours fills that local day.
    const start = Date.UTC(2026, 2, 28, 23);
    const t = Array.from({ length: 23 * 12 }, (_, i) => start + i * 5 * MIN);
    const v = t.map(() => 110);
    const rows = dailySummaries(t, v, { from: start, to: start + 23 * 3_600_000, timeZone: 'Europe/Paris', intervalMin: 5 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: '2026-03-29', n: 276, active_percent: 100 });
  });

  it('puts GRI into Klonoff’s zones A–E at 20, 40, 60 and 80', () => {
    expect([0, 20, 20.01, 40, 59.9, 60, 80, 80.5, 100].map(griZone)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'E', 'E']);
  });
});
