import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCgmMetrics } from '../core/diabetes/metrics';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const EXPORTS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'cgm', 'exports');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });
const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'tend-cli-')), 't.db');

const CONTRACT_KEYS = ['n', 'days', 'active_percent', 'mean', 'sd', 'cv', 'gmi', 'below_54', 'below_70', 'in_range_70_180', 'above_180', 'above_250', 'gri', 'lbgi', 'hbgi', 'mage', 'modd', 'conga', 'j_index', 'median', 'q25', 'q75', 'agp'];

describe('tend import, metrics and export', () => {
  it.each([
    ['dexcom_clarity_g6_sample.csv', 'dexcom-clarity'],
    ['libreview_librelink_mmol_sample.csv', 'libreview'],
    ['nightscout_entries_2014_fixture.json', 'nightscout'],
    ['nightscout_xdrip_libre_mongoexport_sample.json', 'nightscout'],
  ])('imports %s once, adds nothing the second time, and prints the contract metrics', (file, format) => {
    const db = tmpDb();
    const first = tend(db, 'import', join(EXPORTS, file), '--subject', 'Ann', '--json');
    expect(first.status, first.stderr).toBe(0);
    const r1 = JSON.parse(first.stdout);
    expect(r1.format).toBe(format);
    expect(r1.imported).toBeGreaterThan(0);
    const again = JSON.parse(tend(db, 'import', join(EXPORTS, file), '--subject', 'Ann', '--json').stdout);
    expect(again).toMatchObject({ imported: 0, duplicates: r1.imported });
    const m = tend(db, 'metrics', '--subject', 'Ann', '--from', '2000-01-01T00:00:00Z', '--to', '2030-01-01T00:00:00Z', '--json');
    expect(m.status, m.stderr).toBe(0);
    const metrics = JSON.parse(m.stdout);
    for (const k of CONTRACT_KEYS) expect(metrics).toHaveProperty(k);
    expect(metrics.agp).toHaveLength(24);
  });

  it('computes metrics that agree with the same readings computed directly', () => {
    const db = tmpDb();
    const rows = ['time,metric,value,unit'];
    const readings: Array<{ t: number; v: number }> = [];
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 14 * 288; i++) {
      const v = Math.round(140 + 70 * Math.sin(i / 30) + 25 * Math.sin(i / 7.3));
      readings.push({ t: start + i * 300_000, v });
      rows.push(`${new Date(start + i * 300_000).toISOString()},glucose,${v},mg/dL`);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'tend-csv-')), 'g.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    expect(tend(db, 'import', file, '--subject', 'Cy', '--format', 'tend-csv').status).toBe(0);
    const from = new Date(start).toISOString();
    const to = new Date(start + 14 * 86_400_000).toISOString();
    const got = JSON.parse(tend(db, 'metrics', '--subject', 'Cy', '--from', from, '--to', to, '--json').stdout);
    const want = computeCgmMetrics(readings, { from: start, to: start + 14 * 86_400_000 });
    expect(got.n).toBe(14 * 288);
    for (const k of ['below_54', 'below_70', 'in_range_70_180', 'above_180', 'above_250', 'active_percent'] as const) expect(Math.abs(got[k] - (want[k] as number))).toBeLessThan(0.1);
    for (const k of ['mean', 'sd', 'cv', 'gmi', 'lbgi', 'hbgi', 'mage', 'modd', 'conga', 'j_index', 'median'] as const) expect(got[k]).toBeCloseTo(want[k] as number, 6);
    // And one the test works out itself: time in range straight from the readings.
    const tir = (100 * readings.filter((r) => r.v >= 70 && r.v <= 180).length) / readings.length;
    expect(got.in_range_70_180).toBeCloseTo(tir, 9);
  });

  it('computes MAGE by moving averages by default and by Service 1970 with --mage-method service, and a row per day with its GRI', () => {
    const db = tmpDb();
    const rows = ['time,metric,value,unit'];
    const readings: Array<{ t: number; v: number }> = [];
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 3 * 288; i++) {
      const v = Math.round(150 + 60 * Math.sin(i / 20) + 20 * Math.sin(i / 3.1));
      readings.push({ t: start + i * 300_000, v });
      rows.push(`${new Date(start + i * 300_000).toISOString()},glucose,${v},mg/dL`);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'tend-csv-')), 'g.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    expect(tend(db, 'import', file, '--subject', 'Mo', '--format', 'tend-csv').status).toBe(0);
    const range = ['--from', new Date(start).toISOString(), '--to', new Date(start + 3 * 86_400_000).toISOString()];
    const ma = JSON.parse(tend(db, 'metrics', '--subject', 'Mo', ...range, '--json').stdout);
    const service = JSON.parse(tend(db, 'metrics', '--subject', 'Mo', ...range, '--mage-method', 'service', '--json').stdout);
    const opts = { from: start, to: start + 3 * 86_400_000 };
    expect(ma.mage).toBeCloseTo(computeCgmMetrics(readings, { ...opts, mageMethod: 'ma' }).mage!, 6);
    expect(service.mage).toBeCloseTo(computeCgmMetrics(readings, { ...opts, mageMethod: 'service' }).mage!, 6);
    // The fast 3-hour wiggle is smoothed away by the averages, not by Service's 1-SD rule alone.
    expect(ma.mage).not.toBeCloseTo(service.mage, 1);
    // A day at a glance: one row per day of the window, scored as the whole window would be.
    expect(ma.daily.map((d: { date: string }) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    for (const [i, d] of ma.daily.entries()) {
      const day = readings.filter((r) => r.t >= start + i * 86_400_000 && r.t < start + (i + 1) * 86_400_000);
      const one = computeCgmMetrics(day, { from: start + i * 86_400_000, to: start + (i + 1) * 86_400_000 });
      expect(d).toMatchObject({ n: 288, active_percent: 100 });
      expect(d.gri).toBeCloseTo(one.gri!, 9);
      expect(d.in_range_70_180).toBeCloseTo(one.in_range_70_180!, 9);
      expect(d.gri_zone).toMatch(/^[A-E]$/);
    }
    const bad = tend(db, 'metrics', '--subject', 'Mo', '--mage-method', 'iglu', '--json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--mage-method iglu: use ma or service/);
    // Five CLI processes: generous on a loaded 2-core machine.
  }, 180_000);

  it('refuses a file with a corrupt row naming its line and stores nothing; --skip-bad-lines stores the rest', () => {
    const db = tmpDb();
    const file = join(mkdtempSync(join(tmpdir(), 'tend-csv-')), 'bad.csv');
    writeFileSync(file, 'time,metric,value\n2026-01-01T00:00:00Z,glucose,100\n2026-01-01T00:05:00Z,glucose,abc\n2026-01-01T00:10:00Z,glucose,110\n');
    const bad = tend(db, 'import', file, '--subject', 'Di', '--json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: .*abc`));
    // Not even the subject was created.
    expect(tend(db, 'metrics', '--subject', 'Di', '--json').status).toBe(2);
    const skip = tend(db, 'import', file, '--subject', 'Di', '--json', '--skip-bad-lines');
    expect(skip.status).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ imported: 2, skipped: 1 });
    expect(skip.stderr).toMatch(/:3: skipped/);
  });

  it('exports FHIR that imports back into another database with the same readings', () => {
    const db = tmpDb();
    expect(tend(db, 'import', join(EXPORTS, 'dexcom_clarity_g6_sample.csv'), '--subject', 'Ann').status).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), 'tend-fhir-')), 'ann.json');
    expect(tend(db, 'export', '--subject', 'Ann', '--format', 'fhir', '--out', out).status).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    const obs = bundle.entry.filter((e: any) => e.resource.resourceType === 'Observation');
    expect(obs).toHaveLength(450);
    expect(obs[0].resource.code.coding[0]).toMatchObject({ system: 'http://loinc.org' });
    expect(obs[0].resource.valueQuantity).toMatchObject({ system: 'http://unitsofmeasure.org', code: 'mg/dL' });
    const db2 = tmpDb();
    const back = JSON.parse(tend(db2, 'import', out, '--subject', 'Ann2', '--json').stdout);
    expect(back).toMatchObject({ imported: 450, format: 'fhir' });
  });

  it('decodes a Health Thermometer frame and refuses a short one with exit 2', () => {
    const db = tmpDb();
    // flags 0x00 (°C, no time stamp, no type); FLOAT 0xFF00016E = 366 × 10^-1 = 36.6 °C.
    const ok = tend(db, 'decode', '2A1C', '006E0100FF', '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).observations).toEqual([{ metric: 'body_temperature', value: 36.6, unit: '°C' }]);
    const short = tend(db, 'decode', 'temperature-measurement', '006E01', '--json');
    expect(short.status).toBe(2);
    expect(short.stdout).toBe('');
    expect(short.stderr).toMatch(/temperature-measurement: frame is 3 bytes/);
  });
});
