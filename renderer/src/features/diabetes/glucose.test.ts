import { describe, expect, it } from 'vitest';
import { ageText, arrowOf, bandOf, fmtGlucose, sufficiency, timeInRanges, trendOf } from './glucose';
import { metricRows } from './metrics-table';

const MIN = 60_000;

describe('dashboard glucose helpers', () => {
  it('shows mg/dL as whole numbers and mmol/L with one decimal using 18.0182', () => {
    expect(fmtGlucose(180, 'mg/dL')).toBe('180');
    expect(fmtGlucose(180, 'mmol/L')).toBe('10.0'); // 180 / 18.0182 = 9.990
    expect(fmtGlucose(70, 'mmol/L', true)).toBe('3.9 mmol/L'); // 3.885
    expect(fmtGlucose(54, 'mmol/L')).toBe('3.0'); // 2.997
    expect(fmtGlucose(null, 'mg/dL')).toBe('—');
  });

  it('splits the cumulative percentages into the five AGP bands that add up to 100', () => {
    const t = timeInRanges({ below_54: 1.5, below_70: 4, in_range_70_180: 70, above_180: 26, above_250: 6 });
    expect(t).toEqual({ veryLow: 1.5, low: 2.5, inRange: 70, high: 20, veryHigh: 6 });
    expect(t!.veryLow + t!.low + t!.inRange + t!.high + t!.veryHigh).toBeCloseTo(100, 9);
    expect(timeInRanges({ below_54: null, below_70: null, in_range_70_180: null, above_180: null, above_250: null })).toBeNull();
  });

  it('fits the trend over the last 30 minutes and picks the arrow from the rate', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    // 2 mg/dL per minute for 30 minutes (7 readings), exactly: slope 2 → "rising slowly" (1 < 2 ≤ 2).
    const rising = Array.from({ length: 7 }, (_, i) => ({ t: now - (30 - 5 * i) * MIN, v: 100 + 10 * i }));
    const tr = trendOf(rising, now + 2 * MIN);
    expect(tr?.rate).toBeCloseTo(2, 9);
    expect(tr?.arrow).toBe('↗');
    // Readings older than 30 minutes before the newest do not count: a drop an hour ago is ignored.
    const withOld = [{ t: now - 90 * MIN, v: 300 }, ...rising];
    expect(trendOf(withOld, now)?.rate).toBeCloseTo(2, 9);
    const falling = rising.map((r, i) => ({ t: r.t, v: 200 - 20 * i })); // −4 mg/dL/min
    expect(trendOf(falling, now)?.arrow).toBe('⇊');
  });

  it('gives no trend when the newest reading is over 15 minutes old or the readings span under 10 minutes', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    const pts = Array.from({ length: 7 }, (_, i) => ({ t: now - (30 - 5 * i) * MIN, v: 120 }));
    expect(trendOf(pts, now + 16 * MIN)).toBeNull();
    expect(trendOf(pts.slice(-2), now)).toBeNull();
    expect(trendOf([{ t: now - 5 * MIN, v: 1 }, { t: now - 2 * MIN, v: 2 }, { t: now, v: 3 }], now)).toBeNull();
  });

  it('maps rates to the receiver arrow bands at their edges', () => {
    expect(arrowOf(3.01)[0]).toBe('⇈');
    expect(arrowOf(3)[0]).toBe('↑');
    expect(arrowOf(1)[0]).toBe('→');
    expect(arrowOf(-1)[0]).toBe('→');
    expect(arrowOf(-1.5)[0]).toBe('↘');
    expect(arrowOf(-3)[0]).toBe('↓');
  });

  it('colours by the consensus bands with 70 and 180 inside the target range', () => {
    expect([53, 54, 69, 70, 180, 181, 250, 251].map(bandOf)).toEqual(['veryLow', 'low', 'low', 'inRange', 'inRange', 'high', 'high', 'veryHigh']);
  });

  it('warns below 14 days with readings or 70 % sensor activity, and not otherwise', () => {
    expect(sufficiency({ days: 14, active_percent: 70 }).ok).toBe(true);
    expect(sufficiency({ days: 13, active_percent: 95 }).message).toMatch(/13 days with readings/);
    expect(sufficiency({ days: 30, active_percent: 69 }).message).toMatch(/69 %/);
    // No readings at all: both say so.
    expect(sufficiency({ days: 0, active_percent: 0 })).toEqual({ ok: false, message: 'Not enough data for a reliable report: 0 days with readings (14 recommended) and the sensor was active 0 % of the time (70 % recommended).' });
  });

  it('meets the days target only with 14 days of readings and 70 % sensor time together', () => {
    const base = { from: '2026-01-01T00:00:00.000Z', to: '2026-01-15T00:00:00.000Z', n: 0, mean: null, sd: null, cv: null, gmi: null, below_54: null, below_70: null, in_range_70_180: null, above_180: null, above_250: null, gri: null, lbgi: null, hbgi: null, mage: null, modd: null, conga: null, j_index: null, median: null, q25: null, q75: null, agp: [], daily: [] };
    const row = (days: number, active_percent: number) => metricRows({ ...base, days, active_percent }, 'mg/dL').find((r) => r.key === 'days')!;
    expect(row(0, 0)).toMatchObject({ value: '0', verdict: 'missed' });
    // One reading a day for a fortnight: 14 days, but 1 % of a sensor's readings.
    expect(row(14, 1).verdict).toBe('missed');
    expect(row(13, 100).verdict).toBe('missed');
    expect(row(14, 70)).toMatchObject({ value: '14', verdict: 'met' });
  });

  it('says how old a reading is', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    expect(ageText(now - 3 * MIN, now)).toBe('3 min ago');
    expect(ageText(now - 125 * MIN, now)).toBe('2 h 5 min ago');
  });
});
