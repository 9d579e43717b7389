import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../core/audio/wav';

/**
 * Issue #15 through the `tend` process: bad input exits 2 with a one-line message naming
 * what is wrong, prints nothing on stdout and stores nothing.
 */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
let dir: string;
let db: string;
const run = (args: string[]) => spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TEND_DB: db }, timeout: 120_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-input-cli-'));
  db = join(dir, 'tend.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectExit2(r: ReturnType<typeof run>, message: RegExp) {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

describe('tend with hostile or wrong input', () => {
  it('exits 2 at once for a WAV declaring 1 Hz, naming the rate', () => {
    const file = join(dir, 'one-hz.wav');
    writeFileSync(file, encodeWav([new Float32Array(16_000)], { sampleRate: 1 }));
    expectExit2(run(['cry', file, '--json']), /sample rate 1 Hz is outside 8–192 kHz/);
  }, 120_000);

  it('exits 2 for an unknown --tz on import and on metrics, creating nobody', () => {
    const csv = join(dir, 'one.csv');
    writeFileSync(csv, `time,metric,value\n${new Date(Date.now() - 60_000).toISOString()},glucose,120\n`);
    expectExit2(run(['import', csv, '--subject', 'Ada', '--tz', 'Mars/Olympus_Mons', '--json']), /--tz Mars\/Olympus_Mons: not an IANA time zone/);
    expectExit2(run(['metrics', '--subject', 'Ada', '--tz', 'Nowhere/Atall', '--json']), /--tz Nowhere\/Atall/);
    // Nothing was stored: importing with a real zone creates the person and stores the one reading.
    const ok = run(['import', csv, '--subject', 'Ada', '--tz', 'Europe/Lisbon', '--json']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ imported: 1, duplicates: 0 });
  }, 120_000);

  it('exits 2 for a Nightscout file nested 5,000 deep, storing nothing', () => {
    const file = join(dir, 'deep.json');
    writeFileSync(file, `[{"type":"sgv","sgv":120,"date":${Date.now() - 60_000},"x":${'['.repeat(5000)}${']'.repeat(5000)}}]`);
    expectExit2(run(['import', file, '--subject', 'Deep', '--format', 'nightscout', '--json']), /nested deeper than 64 levels/);
    expectExit2(run(['metrics', '--subject', 'Deep', '--json']), /Deep/);
  }, 120_000);

  it('exits 2 for an impossible calendar date in --from', () => {
    expectExit2(run(['metrics', '--subject', 'Ada', '--from', '2026-02-30T00:00:00Z', '--json']), /--from 2026-02-30T00:00:00Z: not an ISO 8601 time/);
  }, 120_000);
});
