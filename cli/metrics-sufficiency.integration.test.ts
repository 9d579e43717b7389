import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * "Days of data 14.0 ✓" with no readings: `days` is the days that have readings and the
 * consensus target (≥ 14 days and ≥ 70 % sensor time) is not met by an empty or sparse
 * fortnight. Through the real CLI on a real database file.
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });
const DAY = 86_400_000;
const START = Date.UTC(2026, 1, 1);
const FROM = new Date(START).toISOString();
const TO = new Date(START + 14 * DAY).toISOString();
const met = (m: { days: number; active_percent: number }) => m.days >= 14 && m.active_percent >= 70;

describe('tend metrics: days with readings and sensor time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-suff-'));
  const db = join(dir, 't.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const importCsv = (name: string, times: number[]) => {
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, ['time,metric,value,unit', ...times.map((t) => `${new Date(t).toISOString()},glucose,120,mg/dL`)].join('\n') + '\n');
    const r = tend(db, 'import', file, '--subject', name, '--format', 'tend-csv');
    expect(r.status, r.stderr).toBe(0);
  };
  const metrics = (name: string) => {
    const r = tend(db, 'metrics', '--subject', name, '--from', FROM, '--to', TO, '--json');
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { n: number; days: number; active_percent: number };
  };

  it('counts no days and no sensor time for a fortnight without readings', () => {
    // The person's only reading is a month before the window.
    importCsv('Empty', [START - 30 * DAY]);
    const m = metrics('Empty');
    expect(m).toMatchObject({ n: 0, days: 0, active_percent: 0 });
    expect(met(m)).toBe(false);
  }, 60_000);

  it('counts 14 days but not 70 % sensor time for one reading a day', () => {
    importCsv('Sparse', Array.from({ length: 14 }, (_, i) => START + i * DAY + 12 * 3_600_000));
    const m = metrics('Sparse');
    expect(m.n).toBe(14);
    expect(m.days).toBe(14);
    // At most a 15-minute sensor interval counts: 14 of 1,344.
    expect(m.active_percent).toBeCloseTo((100 * 14) / 1344, 6);
    expect(met(m)).toBe(false);
  }, 60_000);

  it('counts only the days with readings when the sensor ran for the last five days', () => {
    importCsv('Short', Array.from({ length: 5 * 288 }, (_, i) => START + 9 * DAY + i * 300_000));
    const m = metrics('Short');
    expect(m.days).toBe(5);
    expect(m.active_percent).toBeCloseTo((100 * 5) / 14, 6);
    expect(met(m)).toBe(false);
    // The human-readable line says the same.
    expect(tend(db, 'metrics', '--subject', 'Short', '--from', FROM, '--to', TO).stdout).toMatch(/1440 readings, 5 days with readings \(35\.7 % sensor time\)/);
  }, 60_000);

  it('meets the target with a full fortnight of 5-minute readings', () => {
    importCsv('Full', Array.from({ length: 14 * 288 }, (_, i) => START + i * 300_000));
    const m = metrics('Full');
    expect(m).toMatchObject({ days: 14, active_percent: 100 });
    expect(met(m)).toBe(true);
  }, 60_000);
});
