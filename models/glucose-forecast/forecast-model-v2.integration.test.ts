import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AHEAD_MIN, CARB_ABSORPTION_MIN, EVENTS_LOOKBACK_MIN, V2_HISTORY, V2_HORIZONS, V2_INPUTS, V2_IOB_CURVE, V2_MAX_GAP_MIN, V2_SHIPPED,
  eventInputs, featuresV2, gridBeforeV2, predictChangesV2,
} from './forecast-model-v2';

interface Fixture {
  readings: Array<[number, number]>;
  boluses: Array<[number, number]>;
  meals: Array<[number, number]>;
  grid: number[] | null;
  features?: number[];
  output?: number[][];
}
const read = <T,>(f: string) => JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8')) as T;
const { fixtures } = read<{ fixtures: Fixture[] }>('./parity-v2.json');
const report = read<{ history_points: number; horizons: number; max_gap_min: number; inputs: number; events: { lookback_min: number; iob_curve: { duration_min: number; peak_min: number }; carb_absorption_min: number; ahead_min: number[] } }>('./train-report-v2.json');
const amounts = (rows: Array<[number, number]>) => rows.map(([t, amount]) => ({ t, amount }));

describe('forecast v2’s inputs and outputs match train-v2.py', () => {
  it('uses the layout the graph was trained with', () => {
    expect([V2_HISTORY, V2_HORIZONS, V2_MAX_GAP_MIN, V2_INPUTS]).toEqual([report.history_points, report.horizons, report.max_gap_min, report.inputs]);
    expect(report.events).toEqual({ lookback_min: EVENTS_LOOKBACK_MIN, iob_curve: { duration_min: V2_IOB_CURVE.durationMin, peak_min: V2_IOB_CURVE.peakMin }, carb_absorption_min: CARB_ABSORPTION_MIN, ahead_min: [...AHEAD_MIN] });
  });

  it('makes the same grid, insulin and carbohydrate inputs, and gets the same quantiles from the exported graph', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const usable = fixtures.filter((f) => f.grid !== null);
    const rows: Float32Array[] = [];
    for (const f of fixtures) {
      const t = f.readings.map((r) => r[0]);
      const grid = gridBeforeV2(t, f.readings.map((r) => r[1]), t.length - 1);
      if (f.grid === null) {
        expect(grid).toBeNull();
        continue;
      }
      grid!.forEach((g, k) => expect(g).toBeCloseTo(f.grid![k]!, 9));
      const x = featuresV2(grid!, eventInputs(t.at(-1)!, amounts(f.boluses), amounts(f.meals)));
      x.forEach((val, k) => expect(val, `input ${k}`).toBeCloseTo(f.features![k]!, 6));
      rows.push(x);
    }
    // Both modes are pinned: with events, and with them removed (all event inputs zero).
    expect(usable.some((f) => f.features![V2_HISTORY] === 1)).toBe(true);
    expect(usable.some((f) => f.features!.slice(V2_HISTORY).every((v) => v === 0))).toBe(true);
    const out = await predictChangesV2(rows);
    usable.forEach((f, i) => f.output!.forEach((q, h) => q.forEach((val, k) => expect(Math.abs(out[(i * V2_HORIZONS + h) * 3 + k]! - val)).toBeLessThan(1e-3))));
    for (let r = 0; r < out.length; r += 3) expect(out[r]! <= out[r + 1]! && out[r + 1]! <= out[r + 2]!).toBe(true);
  });

  it('forecasts from glucose alone when nothing was logged in the 24 hours before, and ignores anything logged after', () => {
    const at = 1_000_000;
    expect(eventInputs(at, [], [])).toEqual({ used: false, iob_u: 0, cob_g: 0, x: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    // A bolus a day and a minute ago, and one a minute after: none counts.
    expect(eventInputs(at, [{ t: at - EVENTS_LOOKBACK_MIN - 1, amount: 5 }, { t: at + 1, amount: 5 }], []).used).toBe(false);
    // A meal 23 hours ago switches the inputs on, though nothing is on board any more.
    const e = eventInputs(at, [], [{ t: at - 23 * 60, amount: 40 }]);
    expect(e).toEqual({ used: true, iob_u: 0, cob_g: 0, x: [1, 0, 0, 0, 0, 0, 0, 0, 0] });
    // 60 g an hour ago: 40 g left now, 30 in 30 min, 20 in 60, none in 120 (÷ 50).
    eventInputs(at, [], [{ t: at - 60, amount: 60 }]).x.slice(5).forEach((v, k) => expect(v).toBeCloseTo([0.8, 0.6, 0.4, 0][k]!, 12));
  });

  it('is the app’s model only because it beat v1 on the validation people', () => {
    const ev = read<{ validation_ship_check: { v2_beats_v1: boolean } }>('./eval-v2.json');
    expect(V2_SHIPPED).toBe(ev.validation_ship_check.v2_beats_v1);
  });
});
