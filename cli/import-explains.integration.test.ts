import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const EXPORTS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'cgm', 'exports');
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });

describe('tend import says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-import-why-'));
  const db = join(dir, 't.db');

  it('prints each reason records were skipped, with example lines, and gives them in --json', () => {
    const r = tend(db, 'import', join(EXPORTS, 'libreview_librelink_mmol_sample.csv'), '--subject', 'Lee', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.skipped).toBeGreaterThan(0);
    expect(out.skip_reasons.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBe(out.skipped);
    const scans = out.skip_reasons.find((x: { reason: string }) => x.reason.startsWith('scan reading (record type 1)'));
    expect(scans.lines).toHaveLength(5);
    expect(r.stderr).toContain(`skipped ${scans.count}: scan reading (record type 1): repeats the 15-minute history; import with scans to keep them (lines ${scans.lines.join(', ')}, …)\n`);
  });

  it('names --format and the formats when it cannot tell, and exits 2', () => {
    writeFileSync(join(dir, 'mystery.csv'), 'a,b,c\n1,2,3\n');
    const r = tend(db, 'import', join(dir, 'mystery.csv'), '--subject', 'Max', '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/mystery\.csv:1: format: not recognised as dexcom-clarity, libreview, nightscout, tend-csv or fhir; name it with --format \(dexcom-clarity, libreview, nightscout, tend-csv, fhir\)\n$/);
  });
});
