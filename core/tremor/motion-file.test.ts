import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../../api/errors';
import { cwaChecksum } from './cwa';
import { bufferSource, detectMotionFormat, fileSource, readMotionFile, type MotionFileInfo, type MotionSummary } from './motion-file';
import type { MotionBlock } from './service';

/** Real test files of GGIRread (Apache-2.0), described in ../shared/data/wearables/README.md. */
const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'wearables');
const G = 9.80665;

function readAll(src: Uint8Array | string): { info: MotionFileInfo; summary: MotionSummary; pieces: MotionBlock[] } {
  const pieces: MotionBlock[] = [];
  if (typeof src === 'string') {
    const f = fileSource(join(DIR, src));
    try {
      return { ...readMotionFile(f, (b) => pieces.push(b)), pieces };
    } finally {
      f.close();
    }
  }
  return { ...readMotionFile(bufferSource(src), (b) => pieces.push(b)), pieces };
}

/** Median |a| over all samples, g: about 1 for a worn sensor, whatever it did (checks scale, axes and calibration). */
function medianG(pieces: MotionBlock[]): number {
  const m: number[] = [];
  for (const b of pieces) for (let i = 0; i < b.x.length; i++) m.push(Math.hypot(b.x[i]!, b.y[i]!, b.z[i]!) / G);
  m.sort((a, b) => a - b);
  return m[m.length >> 1]!;
}

function errorOf(fn: () => unknown): { message: string; field: string | undefined } {
  try {
    fn();
  } catch (e) {
    if (isApiError(e)) return { message: e.message, field: e.field };
    throw e;
  }
  throw new Error('expected an error');
}

const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

describe('Axivity .cwa', () => {
  it('reads every block of the AX3 test file: 145 blocks × 120 packed samples', () => {
    // 75,264 bytes = 1,024 header + 145 × 512-byte blocks; each block's sample count (@28) is 120
    // (numAxesBPS 0x30: 3 axes, 10-bit packed), so 17,400 samples.
    const { info, summary, pieces } = readAll('ax3_testfile.cwa');
    expect(info.device).toBe('Axivity AX3');
    expect(info.warnings).toEqual([]);
    expect(summary.samples).toBe(17_400);
    expect(summary.segments).toBe(1);
    // Rate code 0x4A: 3200 / 2^(15 − 10) = 100 Hz nominal; the block timestamps say the clock ran
    // at about 98.9 Hz over the recording, and the data are trusted (within 5 % of nominal).
    expect(summary.rate_hz).toBeGreaterThan(98);
    expect(summary.rate_hz).toBeLessThan(100.5);
    expect(summary.duration_s).toBeCloseTo(17_400 / summary.rate_hz, 6);
    // First block: timestamp 0x4CB4ADC7 = 2019-02-26 10:55:07, fraction 0x2010·2/65536 s, and
    // timestampOffset 100 (+ fraction·100 whole samples) before it: the first sample at 10:55:06.0.
    expect(new Date(pieces[0]!.t0Ms).toISOString()).toBe('2019-02-26T10:55:06.000Z');
    // First packed sample, bytes 15 FC D0 80 = word 0x80D0FC15: exponent 0b10 = 2, x = 0x015 = 21,
    // y = 0x03F = 63, z = 0x00D = 13 (10-bit fields), each << 2 and in 1/256 g: 84, 252, 52 / 256 g.
    expect(pieces[0]!.x[0]).toBeCloseTo((84 / 256) * G, 4);
    expect(pieces[0]!.y[0]).toBeCloseTo((252 / 256) * G, 4);
    expect(pieces[0]!.z[0]).toBeCloseTo((52 / 256) * G, 4);
    expect(medianG(pieces)).toBeGreaterThan(0.9);
    expect(medianG(pieces)).toBeLessThan(1.1);
  });

  it('reads the AX6 test file as accelerometer only: 6-axis blocks of 40 samples, gyro first', () => {
    // 145,920 bytes = 1,024 + 283 × 512; numAxesBPS 0x62: 6 × 16-bit axes, so up to 480 / 12 = 40
    // samples a block; the blocks hold 11,320 samples (283 × 40).
    const { info, summary, pieces } = readAll('ax6_testfile.cwa');
    expect(info.device).toBe('Axivity AX6');
    expect(summary.samples).toBe(283 * 40);
    expect(Math.abs(summary.rate_hz / 100 - 1)).toBeLessThan(0.05);
    // Light word 0x7410: accel scale 1/2^(8+3) = 1/2048 g. First sample's Ax,Ay,Az = 15, 146, 18.
    expect(pieces[0]!.x[0]).toBeCloseTo((15 / 2048) * G, 4);
    expect(pieces[0]!.y[0]).toBeCloseTo((146 / 2048) * G, 4);
    expect(pieces[0]!.z[0]).toBeCloseTo((18 / 2048) * G, 4);
    // Later blocks at rest read about 1 g.
    const p = pieces[0]!;
    const i = 200 * 40;
    expect(Math.hypot(p.x[i]!, p.y[i]!, p.z[i]!) / G).toBeCloseTo(1, 1);
    // Over the file the accelerometer triple (axes 3–5) reads 1 g; the gyro triple would not.
    expect(Math.abs(medianG(pieces) - 1)).toBeLessThan(0.05);
  });

  it('drops a partial block at the end and says where it starts', () => {
    const b = bytes('ax3_testfile.cwa').slice(0, 1024 + 10 * 512 + 100);
    const { info, summary } = readAll(b);
    expect(summary.samples).toBe(10 * 120);
    expect(info.warnings.join(' ')).toContain('partial block at byte 6144');
  });

  it('skips a block whose checksum fails, names its offset, and starts a new segment at the hole', () => {
    const b = bytes('ax3_testfile.cwa');
    const at = 1024 + 5 * 512;
    b[at + 100] ^= 0x55;
    expect(cwaChecksum(Buffer.from(b), at)).not.toBe(0);
    const { info, summary } = readAll(b);
    expect(summary.samples).toBe(17_400 - 120);
    expect(info.warnings.join(' ')).toContain(`bad checksum skipped (at byte ${at})`);
    expect(summary.segments).toBe(2);
  });

  it('rejects garbage in place of a data block, naming its byte offset', () => {
    const b = bytes('ax3_testfile.cwa');
    b.fill(0x41, 1024 + 3 * 512, 1024 + 4 * 512);
    const e = errorOf(() => readAll(b));
    expect(e.message).toContain('CWA at byte 2560');
    expect(e.field).toBe('file');
  });
});

describe('GENEActiv .bin', () => {
  it('reads the 16 whole pages and the cut 17th of a file whose header claims 222,048 pages', () => {
    // Pages hold 300 samples (3,600 hex digits); the 17th page's data line stops after 2,780
    // digits = 231 whole 12-digit samples: 16 × 300 + 231 = 5,031 samples.
    const { info, summary, pieces } = readAll('GENEActiv_testfile.bin');
    expect(info.device).toBe('GENEActiv 1.1');
    expect(summary.samples).toBe(5_031);
    // Page times step 3.5 s per 300 samples: 300 / 3.5 = 85.714 Hz (the header rounds it to 85.7).
    expect(summary.rate_hz).toBeCloseTo(300 / 3.5, 6);
    expect(summary.duration_s).toBeCloseTo(5_031 * 3.5 / 300, 6);
    expect(info.warnings.join(' ')).toContain('the header claims 222048 pages; the file holds 16 whole page(s) and 231 samples of another');
    // Page Time 2013-05-30 10:12:54:500 at "GMT +01:00" = 09:12:54.500Z.
    expect(new Date(pieces[0]!.t0Ms).toISOString()).toBe('2013-05-30T09:12:54.500Z');
    // First sample 0C4 FFD F3D: x = 196, y = −3, z = −195; calibrated (raw·100 − offset) / gain:
    // x = (19,600 − 439) / 25,875, y = (−300 + 662) / 25,734, z = (−19,500 + 3,056) / 25,538 g.
    expect(pieces[0]!.x[0]).toBeCloseTo(((19_600 - 439) / 25_875) * G, 4);
    expect(pieces[0]!.y[0]).toBeCloseTo(((-300 + 662) / 25_734) * G, 4);
    expect(pieces[0]!.z[0]).toBeCloseTo(((-19_500 + 3_056) / 25_538) * G, 4);
    expect(Math.abs(medianG(pieces) - 1)).toBeLessThan(0.05);
  });

  it('trusts the pages found when the header claims fewer', () => {
    const text = Buffer.from(bytes('GENEActiv_testfile.bin')).toString('latin1').replace('Number of Pages:222048', 'Number of Pages:2     ');
    const { summary, info } = readAll(Buffer.from(text, 'latin1'));
    expect(summary.samples).toBe(5_031);
    expect(info.warnings.join(' ')).toContain('the header claims 2 pages');
  });

  it('rejects a data line that is not hex, naming the page and byte offset', () => {
    const b = bytes('GENEActiv_testfile.bin');
    const text = Buffer.from(b).toString('latin1');
    let at = -1;
    // The header's own line ends in " Hz"; the third page line is page 2's.
    for (let k = 0; k < 3; k++) at = text.indexOf('Measurement Frequency:85.7\r\n', at + 1);
    const dataAt = at + 'Measurement Frequency:85.7\r\n'.length;
    b[dataAt + 24] = 'G'.charCodeAt(0);
    const e = errorOf(() => readAll(b));
    expect(e.message).toBe(`GENEActiv .bin at byte ${dataAt + 24}: page 2 (sequence 2): data is not hex ("G${text.slice(dataAt + 25, dataAt + 32)}")`);
  });
});

describe('detectMotionFormat', () => {
  it('knows each format by its content, whatever the file is called', () => {
    expect(detectMotionFormat(bytes('ax3_testfile.cwa'))).toBe('cwa');
    expect(detectMotionFormat(bytes('ax6_testfile.cwa'))).toBe('cwa');
    expect(detectMotionFormat(bytes('GENEActiv_testfile.bin'))).toBe('geneactiv-bin');
    expect(detectMotionFormat(Buffer.from('t,x,y,z\n0,0,0,9.8\n'))).toBe('csv');
    expect(detectMotionFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBeNull();
  });

  it('refuses a file that is neither format', () => {
    expect(errorOf(() => readAll(Buffer.from('t,x,y,z\n0,0,0,9.8\n'))).message).toContain('not an Axivity .cwa or GENEActiv .bin file');
  });
});
