import { describe, expect, it } from 'vitest';
import { computeCgmMetrics, naiveCgmMetrics, type CgmReading } from './metrics';

/**
 * The AGP report's percentile chart groups each reading by its own local hour in the
 * report's zone: across a daylight-saving change the same UTC hour is two different
 * local hours. Each reading here is worth 100 + its wall-clock hour in New York (worked
 * out by Intl in the test), so every hour's median must be exactly that.
 */
const wallHour = (t: number) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', hourCycle: 'h23' }).format(t));

describe('the AGP across a daylight-saving change', () => {
  for (const [name, from] of [['spring forward, 8 March 2026', Date.parse('2026-03-05T05:00:00Z')], ['fall back, 1 November 2026', Date.parse('2026-10-29T04:00:00Z')]] as const) {
    it(`puts each reading in its own local hour (${name})`, () => {
      const to = from + 7 * 86_400_000;
      const readings: CgmReading[] = [];
      for (let t = from; t < to; t += 5 * 60_000) readings.push({ t, v: 100 + wallHour(t) });
      for (const compute of [computeCgmMetrics, naiveCgmMetrics]) {
        const m = compute(readings, { from, to, timeZone: 'America/New_York' });
        expect(m.agp.map((r) => [r.hour, r.p5, r.p50, r.p95])).toEqual(Array.from({ length: 24 }, (_, h) => [h, 100 + h, 100 + h, 100 + h]));
      }
    });
  }
});
