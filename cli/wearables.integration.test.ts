import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
/** Real test files of GGIRread (Apache-2.0), described in ../shared/data/wearables/README.md. */
const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'wearables');
const tend = (...args: string[]) => spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 90_000 });

/**
 * A synthetic AX3 .cwa as cwa.h lays it out: 100 Hz, 10-bit packed samples (exponent 1), a 5 Hz
 * tremor of ±80/256 g on x and 1 g on z, `blocks` blocks of 120 samples (1.2 s) from 07:00 UTC,
 * each stamped with the next whole second and the index of the sample it belongs to.
 */
function syntheticCwa(blocks: number): Buffer {
  const out = Buffer.alloc(1024 + blocks * 512);
  out.fill(0xff, 0, 1024);
  out.write('MD', 0, 'latin1');
  out.writeUInt16LE(1020, 2);
  out[4] = 0;
  out[36] = 0x4a;
  const t0 = Date.UTC(2026, 0, 5, 7, 0, 0);
  const packTime = (ms: number) => {
    const t = new Date(ms);
    return (((t.getUTCFullYear() - 2000) << 26) | ((t.getUTCMonth() + 1) << 22) | (t.getUTCDate() << 17) | (t.getUTCHours() << 12) | (t.getUTCMinutes() << 6) | t.getUTCSeconds()) >>> 0;
  };
  for (let k = 0; k < blocks; k++) {
    const b = out.subarray(1024 + k * 512, 1024 + (k + 1) * 512);
    b.fill(0);
    const startMs = t0 + k * 1200;
    const whole = Math.floor(startMs / 1000) * 1000 + 1000;
    b.write('AX', 0, 'latin1');
    b.writeUInt16LE(508, 2);
    b.writeUInt16LE(0x8000, 4); // a fractional timestamp of 0
    b.writeUInt32LE(k, 10);
    b.writeUInt32LE(packTime(whole), 14);
    b[24] = 0x4a;
    b[25] = 0x30;
    b.writeInt16LE(Math.round((whole - startMs) / 10), 26);
    b.writeUInt16LE(120, 28);
    for (let i = 0; i < 120; i++) {
      const x = Math.round(40 * Math.sin(2 * Math.PI * 5 * ((k * 120 + i) / 100))) & 0x3ff;
      b.writeUInt32LE(((1 << 30) | (128 << 20) | x) >>> 0, 30 + 4 * i);
    }
    let sum = 0;
    for (let i = 0; i < 510; i += 2) sum = (sum + b.readUInt16LE(i)) & 0xffff;
    b.writeUInt16LE((0x10000 - sum) & 0xffff, 510);
  }
  return out;
}

function json(r: ReturnType<typeof tend>): Record<string, unknown> {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('tend tremor on research-wearable files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-wearables-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads an Axivity AX3 .cwa and states what it read: 145 blocks × 120 samples at the clock-measured rate', () => {
    const doc = json(tend('tremor', join(DATA, 'ax3_testfile.cwa'), '--json'));
    expect(doc).toMatchObject({ format: 'cwa', device: 'Axivity AX3', samples: 17_400, from: '2019-02-26T10:55:06.000Z', warnings: [] });
    expect(Math.abs((doc.rate_hz as number) / 100 - 1)).toBeLessThan(0.05);
    expect(doc.duration_s).toBeCloseTo(17_400 / (doc.rate_hz as number), 1);
    for (const k of ['tremor', 'dominant_hz', 'dominant_band', 'tremor_band_power_ratio', 'amplitude_rms', 'per_minute']) expect(doc).toHaveProperty(k);
    // 176 s of data: three minutes of rows.
    expect(doc.per_minute).toHaveLength(3);
  });

  it('reads an AX6 .cwa (accelerometer of the 6-axis blocks)', () => {
    const doc = json(tend('tremor', join(DATA, 'ax6_testfile.cwa'), '--json'));
    expect(doc).toMatchObject({ format: 'cwa', device: 'Axivity AX6', samples: 283 * 40 });
  });

  it('reads the GENEActiv .bin the data holds, not the 222,048 pages its header claims, and says so on stderr', () => {
    const r = tend('tremor', join(DATA, 'GENEActiv_testfile.bin'), '--json');
    const doc = json(r);
    // 16 pages × 300 + 231 whole samples of the cut 17th; 300 samples per 3.5 s of page time.
    expect(doc).toMatchObject({ format: 'geneactiv-bin', device: 'GENEActiv 1.1', samples: 5_031, rate_hz: 85.714, duration_s: 58.695, from: '2013-05-30T09:12:54.500Z' });
    expect(r.stderr).toContain('warning: the header claims 222048 pages; the file holds 16 whole page(s) and 231 samples of another');
  });

  it('tells the formats apart by content, not by the file name', () => {
    copyFileSync(join(DATA, 'ax3_testfile.cwa'), join(dir, 'recording.bin'));
    copyFileSync(join(DATA, 'GENEActiv_testfile.bin'), join(dir, 'wrist.dat'));
    expect(json(tend('tremor', join(dir, 'recording.bin'), '--json'))).toMatchObject({ format: 'cwa', samples: 17_400 });
    expect(json(tend('tremor', join(dir, 'wrist.dat'), '--json'))).toMatchObject({ format: 'geneactiv-bin', samples: 5_031 });
  });

  it('reports progress in percent on stderr only, stdout keeping its one JSON document', () => {
    const r = tend('tremor', join(DATA, 'ax3_testfile.cwa'), '--json', '--progress');
    json(r);
    expect(r.stderr).toMatch(/ax3_testfile\.cwa: 50%/);
    expect(r.stderr).toMatch(/ax3_testfile\.cwa: 100%/);
    // A small file without --progress stays quiet.
    expect(tend('tremor', join(DATA, 'ax3_testfile.cwa'), '--json').stderr).not.toMatch(/%/);
  });

  it('exits 2 with one line naming the byte offset of a garbage block, and nothing on stdout', () => {
    const b = readFileSync(join(DATA, 'ax3_testfile.cwa'));
    b.fill(0x41, 1024 + 3 * 512, 1024 + 4 * 512);
    writeFileSync(join(dir, 'garbage.cwa'), b);
    const r = tend('tremor', join(dir, 'garbage.cwa'), '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('garbage.cwa: CWA at byte 2560: not a data block');

    writeFileSync(join(dir, 'photo.cwa'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const p = tend('tremor', join(dir, 'photo.cwa'), '--json');
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('photo.cwa: not a CSV (t,x,y,z), Axivity .cwa or GENEActiv .bin file');

    const rate = tend('tremor', join(DATA, 'ax3_testfile.cwa'), '--rate-hz', '50', '--json');
    expect(rate.status).toBe(2);
    expect(rate.stderr).toContain('apply to CSV only');
  });

  it('stores a .cwa for a person as compact chunks, and a second import stores nothing twice', () => {
    const db = join(dir, 'tend.db');
    const first = json(tend('--db', db, 'tremor', join(DATA, 'ax3_testfile.cwa'), '--subject', 'Ann', '--json'));
    expect(first.stored).toMatchObject({ samples: 17_400, stored_samples: 17_400, duplicate_chunks: 0 });
    expect((first.stored as { observations: { accepted: number } }).observations.accepted).toBeGreaterThan(0);
    const again = json(tend('--db', db, 'tremor', join(DATA, 'ax3_testfile.cwa'), '--subject', 'Ann', '--json'));
    expect(again.stored).toMatchObject({ stored_samples: 0, observations: { accepted: 0 } });
  });

  it('streams a .cwa of several pieces: finds its 5 Hz tremor and stores each minute once', () => {
    // 700 blocks × 120 samples = 84,000 samples = 14 min at 100 Hz: three pieces of ≤ 30,000.
    writeFileSync(join(dir, 'tremor.cwa'), syntheticCwa(700));
    const db = join(dir, 'pieces.db');
    const doc = json(tend('--db', db, 'tremor', join(dir, 'tremor.cwa'), '--subject', 'Tess', '--json'));
    expect(doc).toMatchObject({ samples: 84_000, rate_hz: 100, duration_s: 840, from: '2026-01-05T07:00:00.000Z', to: '2026-01-05T07:14:00.000Z', tremor: true, dominant_hz: 5, dominant_band: 'rest' });
    expect(doc.stored).toMatchObject({ samples: 84_000, stored_samples: 84_000, minutes: 14, tremor_minutes: 14, seconds: 840 });
  });

  it('adds samples, rate_hz and duration_s for a CSV too', () => {
    const lines = ['t,x,y,z'];
    for (let i = 0; i < 50 * 70; i++) lines.push(`${(i / 50).toFixed(2)},0.1,0.2,9.8`);
    writeFileSync(join(dir, 'still.csv'), lines.join('\n'));
    expect(json(tend('tremor', join(dir, 'still.csv'), '--json'))).toMatchObject({ format: 'csv', samples: 3_500, rate_hz: 50, duration_s: 70 });
  });
});
