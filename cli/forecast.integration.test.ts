import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventInputs, featuresV2, predictChangesV2, quantilesAtV2 } from '../models/glucose-forecast/forecast-model-v2';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });

describe('tend forecast', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-fc-'));
  const db = join(dir, 't.db');
  const T0 = Date.UTC(2026, 2, 1, 8, 0);
  // Falling exactly 2 mg/dL/min for an hour (5-minute readings), then a sudden rise that a
  // forecast made before it must not see.
  const rows = ['time,metric,value'];
  for (let i = 0; i <= 12; i++) rows.push(`${new Date(T0 + i * 300_000).toISOString()},glucose,${200 - 10 * i}`);
  for (let i = 13; i <= 20; i++) rows.push(`${new Date(T0 + i * 300_000).toISOString()},glucose,${300}`);
  writeFileSync(join(dir, 'g.csv'), rows.join('\n') + '\n');
  expect(tend(db, 'import', join(dir, 'g.csv'), '--subject', 'Fay', '--format', 'tend-csv').status).toBe(0);

  it('prints the contract shape, continues a straight line with --method trend, and states its inputs', () => {
    const at = new Date(T0 + 60 * 60_000).toISOString(); // the 80 mg/dL reading, before the jump
    const r = tend(db, 'forecast', '--subject', 'Fay', '--at', at, '--horizon-min', '30', '--method', 'trend', '--json');
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toBe('trend');
    expect(doc.at).toBe(at);
    expect(doc.horizon_min).toBe(30);
    expect(doc.points.map((p: { t: string }) => p.t)).toEqual([5, 10, 15, 20, 25, 30].map((m) => new Date(T0 + (60 + m) * 60_000).toISOString()));
    // 80 − 2 × h, worked out by hand: 70, 60, 50, 40, then the CGM floor of 40.
    expect(doc.points.map((p: { mg_dl: number }) => p.mg_dl)).toEqual([70, 60, 50, 40, 40, 40]);
    for (const p of doc.points) expect(p.lo <= p.mg_dl && p.mg_dl <= p.hi).toBe(true);
    expect(doc.inputs.slope_mg_dl_per_min).toBe(-2);
    expect(doc.note).toMatch(/suggestion/);
  });

  it('forecasts with the model by default where it has an hour of readings, exactly as the model answers', async () => {
    const at = new Date(T0 + 60 * 60_000).toISOString();
    const r = tend(db, 'forecast', '--subject', 'Fay', '--at', at, '--horizon-min', '30', '--json');
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toBe('model');
    expect(doc.method).toMatch(/forecast model/);
    expect(doc.inputs).toMatchObject({ readings: 13, span_min: 60, level_mg_dl: 80, slope_mg_dl_per_min: -2, sigma_mg_dl: null });
    expect(doc.points.map((p: { t: string }) => p.t)).toEqual([5, 10, 15, 20, 25, 30].map((m) => new Date(T0 + (60 + m) * 60_000).toISOString()));
    // The hour before: 200, 190 … 80 on the grid, nothing logged; forecast v2's own answer for it, horizons 5–30.
    expect(doc.inputs_used).toMatchObject({ model: 'v2', insulin_on_board_u: null, carbs_on_board_g: null });
    const grid = Array.from({ length: 13 }, (_, k) => 200 - 10 * k);
    const out = await predictChangesV2([featuresV2(grid, eventInputs(0, [], []))]);
    const r1 = (x: number) => Math.round(Math.min(400, Math.max(40, x)) * 10) / 10;
    // Its interval's widening (train-report-v2.json) is inside the graph.
    expect(doc.points).toEqual([0, 1, 2, 3, 4, 5].map((h) => {
      const [lo, mid, hi] = quantilesAtV2(out, 0, h);
      return { t: doc.points[h].t, lo: r1(80 + lo), mg_dl: r1(80 + mid), hi: r1(80 + hi) };
    }));
    expect(doc.note).toMatch(/suggestion/);
    // With less than an hour, the model says why and the default falls back to the trend line.
    const early = new Date(T0 + 30 * 60_000).toISOString();
    const m = JSON.parse(tend(db, 'forecast', '--subject', 'Fay', '--at', early, '--method', 'model', '--json').stdout);
    expect(m).toMatchObject({ source: 'model', points: [] });
    expect(m.reason).toMatch(/an hour of readings with no gap over 20 minutes/);
    expect(JSON.parse(tend(db, 'forecast', '--subject', 'Fay', '--at', early, '--json').stdout).source).toBe('trend');
    const bad = tend(db, 'forecast', '--subject', 'Fay', '--method', 'guess');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--method guess: auto, model or trend/);
  });

  it('answers with the trend line, saying why, when the model cannot run; asked for the model, fails with exit 1', () => {
    const at = new Date(T0 + 60 * 60_000).toISOString();
    // A packaged app whose models folder lacks the forecast model.
    const broken = (...args: string[]) =>
      spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'error', TEND_MODELS_DIR: dir }, timeout: 60_000 });
    const r = broken('forecast', '--subject', 'Fay', '--at', at, '--horizon-min', '30', '--json');
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source).toBe('trend');
    expect(doc.points.map((p: { mg_dl: number }) => p.mg_dl)).toEqual([70, 60, 50, 40, 40, 40]);
    expect(doc.model_error).toMatch(/^the forecast model could not run \(.*glucose-forecast-v2\.onnx.*\), so this is the trend line$/);
    expect(r.stderr).toMatch(/forecast model failed; answering with the trend line/);
    const strict = broken('forecast', '--subject', 'Fay', '--at', at, '--method', 'model', '--json');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('steps through a range as JSON Lines, each forecast blind to later readings', () => {
    const r = tend(db, 'forecast', '--subject', 'Fay', '--from', new Date(T0 + 30 * 60_000).toISOString(), '--to', new Date(T0 + 60 * 60_000).toISOString(), '--every-min', '15');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    // None of them has seen the jump to 300 at +65 min: all still falling.
    for (const d of lines) expect(d.inputs.slope_mg_dl_per_min).toBe(-2);
  });

  it('says why there is no forecast without enough recent data, and exits 2 on a bad horizon', () => {
    const early = JSON.parse(tend(db, 'forecast', '--subject', 'Fay', '--at', new Date(T0 - 60 * 60_000).toISOString(), '--json').stdout);
    expect(early.points).toEqual([]);
    expect(early.reason).toMatch(/at least 3 glucose readings/);
    expect(tend(db, 'forecast', '--subject', 'Fay', '--horizon-min', '7').status).toBe(2);
  });
});
