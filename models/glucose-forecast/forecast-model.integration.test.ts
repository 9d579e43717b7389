import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HISTORY, HORIZONS, features, gridBefore, predictChanges } from './forecast-model';

interface Fixture {
  readings: Array<[number, number]>;
  grid: number[] | null;
  features?: number[];
  output?: number[][];
}
const { fixtures } = JSON.parse(readFileSync(new URL('./parity.json', import.meta.url), 'utf8')) as { fixtures: Fixture[] };

describe('the forecast model’s inputs and outputs match train.py', () => {
  it('puts readings on the same 5-minute grid', () => {
    expect(fixtures.length).toBe(40);
    for (const f of fixtures) {
      const t = f.readings.map((r) => r[0]);
      const v = f.readings.map((r) => r[1]);
      const grid = gridBefore(t, v, t.length - 1);
      if (f.grid === null) expect(grid).toBeNull();
      else {
        expect(grid).toHaveLength(HISTORY);
        grid!.forEach((g, k) => expect(g).toBeCloseTo(f.grid![k]!, 9));
      }
    }
  });

  it('interpolates across a gap of up to 15 minutes and refuses a longer one or a short history', () => {
    // Readings every 5 min for an hour, then one missing (a 10-minute gap): still a window.
    const t = Array.from({ length: 13 }, (_, i) => 1000 + i * 5).filter((x) => x !== 1030);
    const v = t.map((x) => x - 900);
    expect(gridBefore(t, v, t.length - 1)).toEqual(Array.from({ length: 13 }, (_, k) => 100 + k * 5));
    // 15 minutes apart is the most bridged; 20 is not.
    const gap15 = t.filter((x) => x !== 1025);
    expect(gridBefore(gap15, gap15.map((x) => x - 900), gap15.length - 1)).not.toBeNull();
    const gap20 = gap15.filter((x) => x !== 1035);
    expect(gridBefore(gap20, gap20.map((x) => x - 900), gap20.length - 1)).toBeNull();
    // Less than an hour of history.
    expect(gridBefore(t.slice(2), v.slice(2), t.length - 3)).toBeNull();
    // Readings off the grid are interpolated: a third of the way from 100 to 115 is 105.
    const off = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 52.5, 60].map((x) => x + 2000);
    const offV = off.map((_, i) => (i === off.length - 1 ? 115 : 100));
    expect(gridBefore(off, offV, off.length - 1)!.slice(-3)).toEqual([100, 105, 115]);
  });

  it('makes the same features and gets the same quantiles from the exported graph', async () => {
    const usable = fixtures.filter((f) => f.grid !== null);
    const rows = usable.map((f) => features(f.grid!));
    rows.forEach((x, i) => x.forEach((val, k) => expect(val).toBeCloseTo(usable[i]!.features![k]!, 6)));
    const out = await predictChanges(rows);
    expect(out.length).toBe(usable.length * HORIZONS * 3);
    usable.forEach((f, i) =>
      f.output!.forEach((q, h) =>
        q.forEach((val, k) => {
          expect(Math.abs(out[(i * HORIZONS + h) * 3 + k]! - val)).toBeLessThan(1e-3);
        }),
      ),
    );
    // Ordered quantiles, by construction of the graph.
    for (let r = 0; r < out.length; r += 3) expect(out[r]! <= out[r + 1]! && out[r + 1]! <= out[r + 2]!).toBe(true);
  });
});
