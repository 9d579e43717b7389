import { describe, expect, it } from 'vitest';
import { isApiError } from '../../api/errors';
import { parseAccelCsv } from './accel-csv';

const G = 9.80665;

function errorOf(fn: () => unknown): { message: string; field: string | undefined; code: string } {
  try {
    fn();
  } catch (e) {
    if (isApiError(e)) return { message: e.message, field: e.field, code: e.code };
    throw e;
  }
  throw new Error('expected an error');
}

describe('parseAccelCsv', () => {
  it('reads a headed file in m/s² and infers a 50 Hz rate', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${(i * 0.02).toFixed(2)},0.1,-0.2,9.8`);
    const p = parseAccelCsv(`t,x,y,z\n${rows.join('\n')}\n`);
    expect(p.t.length).toBe(10);
    expect(p.rateHz).toBeCloseTo(50, 6);
    expect(p.unit).toBe('m/s2');
    expect(p.unitSource).toBe('detected');
    expect(p.z[3]).toBeCloseTo(9.8, 5);
  });

  it('detects g when |a| is about 1 and converts to m/s²', () => {
    const p = parseAccelCsv('0,0,0,1.0\n0.01,0,0.02,0.99\n0.02,0.01,0,1.01\n');
    expect(p.unit).toBe('g');
    expect(p.unitSource).toBe('detected');
    expect(p.z[0]).toBeCloseTo(G, 5);
  });

  it('takes the unit from the header and maps columns by name', () => {
    const p = parseAccelCsv('time,az_g,ax_g,ay_g\n0,1,0,0\n0.5,1,0.5,0\n');
    expect(p.unitSource).toBe('header');
    expect(p.x[1]).toBeCloseTo(0.5 * G, 5);
    expect(p.z[1]).toBeCloseTo(G, 5);
    expect(p.rateHz).toBeCloseTo(2, 9);
  });

  it('gets an exact rate from millisecond-rounded 75 Hz timestamps', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${(i / 75).toFixed(3)},0,0,9.8`);
    // 1 / median step would say 76.9 Hz; over 4 s of ms-rounded stamps the mean step is good to 0.01 %.
    expect(parseAccelCsv(rows.join('\n')).rateHz).toBeCloseTo(75, 1);
  });

  it('names the line and field of a value that is not a number', () => {
    const e = errorOf(() => parseAccelCsv('t,x,y,z\n0,1,2,3\n0.01,1,abc,3\n'));
    expect(e.code).toBe('bad_request');
    expect(e.field).toBe('y');
    expect(e.message).toMatch(/^line 3, field y: "abc" is not a number/);
  });

  it('names the line of a short row, an empty field and time going backwards', () => {
    expect(errorOf(() => parseAccelCsv('0,1,2,3\n0.01,1,2\n')).message).toMatch(/^line 2, field z: expected 4 fields/);
    expect(errorOf(() => parseAccelCsv('0,1,2,3\n0.01,,2,3\n')).field).toBe('x');
    const back = errorOf(() => parseAccelCsv('0,1,2,3\n0.02,1,2,3\n0.01,1,2,3\n'));
    expect(back.message).toMatch(/^line 3, field t: time 0.01 s is not after/);
  });

  it('rejects a header without the needed columns and an empty file', () => {
    expect(errorOf(() => parseAccelCsv('time,a,b,c\n0,1,2,3\n')).message).toMatch(/^line 1, field x: header has no column for x, y, z/);
    expect(errorOf(() => parseAccelCsv('\n\n')).message).toMatch(/need at least 2 samples/);
  });
});
