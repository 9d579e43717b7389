import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventData } from '../api/schemas';
import { sensorParams } from '../core/diabetes/simulator/params';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });

const START = '2026-01-05T00:00:00Z';
const sim = (db: string, ...extra: string[]) => tend(db, 'simulate', 'diabetes', '--subject', 'Sam', '--patient', 'adult#001', '--days', '2', '--start', START, '--json', ...extra);

function stored(db: string, subject = 'Sam') {
  const c = new Database(db, { readonly: true });
  try {
    const id = (c.prepare('SELECT id FROM subjects WHERE name = ?').get(subject) as { id: string } | undefined)?.id;
    const glucose = c.prepare(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = 'glucose' ORDER BY t`).all(id) as Array<{ t: number; value: number }>;
    const events = (c.prepare('SELECT type, t, data FROM events WHERE subject_id = ? ORDER BY t, type').all(id) as Array<{ type: string; t: number; data: string }>).map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> }));
    return { id, glucose, events };
  } finally {
    c.close();
  }
}

describe('tend simulate diabetes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-sim-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores 2 days of CGM readings, meals and insulin once; running it again adds nothing', () => {
    const db = join(dir, 'a.db');
    const first = sim(db);
    expect(first.status, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout);
    const perDay = 1440 / sensorParams('Dexcom').sample_time;
    // Four meals a day, a bolus for each, and one basal record a day.
    expect(out).toEqual({ readings: 2 * perDay, meals: 8, insulin: 8 + 2, duplicates: 0, patient: 'adult#001', seed: 1, from: '2026-01-05T00:00:00.000Z', to: '2026-01-07T00:00:00.000Z' });

    const s = stored(db);
    expect(s.glucose).toHaveLength(2 * perDay);
    const t0 = Date.parse(START);
    s.glucose.forEach((g, i) => {
      expect(g.t).toBe(t0 + i * 3 * 60_000);
      expect(Number.isInteger(g.value)).toBe(true);
      expect(g.value).toBeGreaterThanOrEqual(39);
      expect(g.value).toBeLessThanOrEqual(600);
    });
    // The events have the shapes the dashboard draws (the same schemas as logging).
    const meals = s.events.filter((e) => e.type === 'meal');
    const insulin = s.events.filter((e) => e.type === 'insulin');
    expect(meals).toHaveLength(8);
    expect(insulin).toHaveLength(10);
    for (const e of s.events) expect(EventData[e.type as 'meal' | 'insulin'].safeParse(e.data).success).toBe(true);
    for (const m of meals) {
      expect(m.data).toMatchObject({ source: 'simulator' });
      // adult#001's carb ratio is 10 g/U: a bolus of carbs/10 at the meal's time.
      const bolus = insulin.find((i) => i.t === m.t && i.data.kind === 'bolus');
      expect(bolus?.data.units).toBeCloseTo((m.data.carbs_g as number) / 10, 6);
    }
    const basal = insulin.filter((i) => i.data.kind === 'basal');
    expect(basal.map((b) => b.t)).toEqual([t0, t0 + 86_400_000]);
    // u2ss · BW / 6000 U/min over 24 h, for adult#001 (u2ss 1.2386244136, BW 102.32).
    expect(basal[0]!.data.units).toBeCloseTo((1.2386244136 * 102.32 * 1440) / 6000, 1);

    const again = sim(db);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ readings: 0, meals: 0, insulin: 0, duplicates: 2 * perDay + 18 });
    expect(stored(db).glucose).toHaveLength(2 * perDay);

    // Another run over the same person's days (another virtual patient, or the same one with
    // another seed) is refused, naming the option, and stores nothing.
    for (const extra of [['--patient', 'adult#002'], ['--seed', '2']]) {
      const args = ['simulate', 'diabetes', '--subject', 'Sam', '--patient', 'adult#001', '--days', '2', '--start', START, '--json'];
      const at = args.indexOf(extra[0]!);
      if (at >= 0) args[at + 1] = extra[1]!;
      else args.push(...extra);
      const other = tend(db, ...args);
      expect(other.status, extra.join(' ')).toBe(2);
      expect(other.stdout).toBe('');
      expect(other.stderr).toMatch(/--subject Sam: .*another simulated run \(adult#001\)/);
      expect(stored(db).glucose).toHaveLength(2 * perDay);
      expect(stored(db).events).toHaveLength(18);
    }
  });

  it('gives the same data for the same seed in another database, and other data for another seed', () => {
    const a = join(dir, 'same.db');
    const b = join(dir, 'other.db');
    expect(sim(a, '--seed', '7').status).toBe(0);
    expect(sim(b, '--seed', '7').status).toBe(0);
    expect(stored(b).glucose).toEqual(stored(a).glucose);
    expect(stored(b).events).toEqual(stored(a).events);
    const c = join(dir, 'seed8.db');
    expect(sim(c, '--seed', '8').status).toBe(0);
    expect(stored(c).glucose.map((g) => g.value)).not.toEqual(stored(a).glucose.map((g) => g.value));
    expect(stored(c).events.filter((e) => e.type === 'meal')).not.toEqual(stored(a).events.filter((e) => e.type === 'meal'));
  });

  it('uses the sensor sample time (Navigator: every minute) and ends today by default', () => {
    const db = join(dir, 'nav.db');
    const r = tend(db, 'simulate', 'diabetes', '--subject', 'Nia', '--patient', 'child#003', '--days', '1', '--sensor', 'Navigator', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.readings).toBe(1440);
    const today = new Date();
    expect(out.to).toBe(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())).toISOString());
    expect(Date.parse(out.to) - Date.parse(out.from)).toBe(86_400_000);
  });

  it.each([
    [['--patient', 'adult#011'], /--patient adult#011: .*adult#001/],
    [['--days', '0'], /--days 0:/],
    [['--days', 'two'], /--days two:/],
    [['--days', '1.5'], /--days 1\.5:/],
    [['--days', '366'], /--days 366:/],
    [['--seed', '-1'], /--seed -1:/],
    [['--sensor', 'Libre'], /--sensor Libre: .*Dexcom/],
    [['--start', 'yesterday'], /--start yesterday:/],
    [['--start', '2999-01-01T00:00:00Z'], /--start 2999-01-01T00:00:00Z: .*after now/],
  ])('exits 2 naming the option for %j and stores nothing', (bad, message) => {
    const db = join(dir, `bad-${Math.random().toString(36).slice(2)}.db`);
    const args = ['simulate', 'diabetes', '--subject', 'Bo', '--patient', 'adult#001', '--days', '2', '--json'];
    for (let i = 0; i < bad.length; i += 2) {
      const at = args.indexOf(bad[i]!);
      if (at >= 0) args[at + 1] = bad[i + 1]!;
      else args.push(bad[i]!, bad[i + 1]!);
    }
    const r = tend(db, ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    // Not even the subject was created.
    expect(tend(db, 'metrics', '--subject', 'Bo', '--json').status).toBe(2);
  });
});
