import { describe, expect, it } from 'vitest';
import { decodeFloat, decodeSfloat, encodeFloat, encodeSfloat } from './ieee11073';

// SFLOAT = [exponent: 4 bits signed][mantissa: 12 bits signed], value = m × 10^e (IEEE 11073-20601 §F.8).
describe('SFLOAT', () => {
  it('decodes hand-worked values', () => {
    // 0x0072: e = 0x0 = 0, m = 0x072 = 114 → 114
    expect(decodeSfloat(0x0072)).toEqual({ kind: 'number', value: 114, mantissa: 114, exponent: 0 });
    // 0xF16D: e = 0xF = −1 (two's complement of 4 bits), m = 0x16D = 365 → 36.5
    expect(decodeSfloat(0xf16d)).toMatchObject({ kind: 'number', value: 36.5 });
    // 0x0FFF: e = 0, m = 0xFFF = −1 (12-bit two's complement) → −1
    expect(decodeSfloat(0x0fff)).toMatchObject({ value: -1, mantissa: -1, exponent: 0 });
    // 0xFFFF: e = −1, m = −1 → −0.1
    expect(decodeSfloat(0xffff)).toMatchObject({ value: -0.1 });
    // 0x2001: e = 2, m = 1 → 100
    expect(decodeSfloat(0x2001)).toMatchObject({ value: 100 });
    // 0x8001: e = 0x8 = −8, m = 1 → 1e−8
    expect(decodeSfloat(0x8001)).toMatchObject({ value: 1e-8 });
    // 0xB050: e = 0xB = 11 − 16 = −5, m = 0x050 = 80 → 0.0008 (a glucose meter's 80 mg/dL in kg/L)
    expect(decodeSfloat(0xb050)).toMatchObject({ value: 0.0008, mantissa: 80, exponent: -5 });
    // 0x0800 is NRes, but 0x1800: e = 1, m = 0x800 = −2048 → −20480 (only exponent 0 is special)
    expect(decodeSfloat(0x1800)).toMatchObject({ kind: 'number', value: -20480 });
    // 0x17FF: e = 1, m = 2047 → 20470, an ordinary number
    expect(decodeSfloat(0x17ff)).toMatchObject({ kind: 'number', value: 20470 });
  });

  it('returns special values tagged, never as numbers', () => {
    expect(decodeSfloat(0x07ff)).toEqual({ kind: 'special', special: 'NaN', raw: 0x07ff });
    expect(decodeSfloat(0x0800)).toEqual({ kind: 'special', special: 'NRes', raw: 0x0800 });
    expect(decodeSfloat(0x07fe)).toEqual({ kind: 'special', special: '+INF', raw: 0x07fe });
    expect(decodeSfloat(0x0802)).toEqual({ kind: 'special', special: '-INF', raw: 0x0802 });
    expect(decodeSfloat(0x0801)).toEqual({ kind: 'special', special: 'reserved', raw: 0x0801 });
  });

  it('encodes with the fewest decimals that are exact', () => {
    expect(encodeSfloat(120)).toBe(0x0078); // m = 120 = 0x078, e = 0
    expect(encodeSfloat(36.6)).toBe(0xf16e); // m = 366 = 0x16E, e = −1 = 0xF
    expect(encodeSfloat(-1.5)).toBe(0xfff1); // m = −15 = 0x1000 − 15 = 0xFF1, e = −1 → 0xFFF1
    expect(encodeSfloat(25000)).toBe(0x20fa); // 25000 needs m ≤ 2045: m = 250 = 0x0FA, e = 2
    expect(encodeSfloat(0.0008, -5)).toBe(0xb050); // forced exponent −5: m = 80
  });

  it('rounds to the finest exponent that fits when the value is not exact', () => {
    // 3.14159: e = −3 gives 3142 > 2045, e = −2 gives 314 → 0xE13A → 3.14
    expect(encodeSfloat(3.14159)).toBe(0xe13a);
    expect(decodeSfloat(0xe13a)).toMatchObject({ value: 3.14 });
  });

  it('encodes special values by name and refuses non-finite numbers', () => {
    expect(encodeSfloat({ special: 'NaN' })).toBe(0x07ff);
    expect(encodeSfloat({ special: '-INF' })).toBe(0x0802);
    expect(() => encodeSfloat(Number.NaN)).toThrow(/not finite/);
    expect(() => encodeSfloat(1e12)).toThrow(/too large/);
  });

  it('round-trips seeded random one-decimal values', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const v = Math.round((rand() * 400 - 200) * 10) / 10;
      expect(decodeSfloat(encodeSfloat(v))).toMatchObject({ kind: 'number', value: v });
    }
  });
});

// FLOAT = [exponent: 8 bits signed][mantissa: 24 bits signed].
describe('FLOAT', () => {
  it('decodes hand-worked values', () => {
    // 0xFF00016E: e = 0xFF = −1, m = 0x00016E = 366 → 36.6
    expect(decodeFloat(0xff00016e)).toMatchObject({ kind: 'number', value: 36.6, mantissa: 366, exponent: -1 });
    // 0xFE000E1D: e = −2, m = 0x0E1D = 3613 → 36.13
    expect(decodeFloat(0xfe000e1d)).toMatchObject({ value: 36.13 });
    // 0x00FFFFFF: e = 0, m = −1
    expect(decodeFloat(0x00ffffff)).toMatchObject({ value: -1 });
    // 0x02000005: e = 2, m = 5 → 500
    expect(decodeFloat(0x02000005)).toMatchObject({ value: 500 });
  });

  it('returns special values tagged', () => {
    expect(decodeFloat(0x007fffff)).toMatchObject({ kind: 'special', special: 'NaN' });
    expect(decodeFloat(0x00800000)).toMatchObject({ kind: 'special', special: 'NRes' });
    expect(decodeFloat(0x007ffffe)).toMatchObject({ kind: 'special', special: '+INF' });
    expect(decodeFloat(0x00800002)).toMatchObject({ kind: 'special', special: '-INF' });
    expect(decodeFloat(0x00800001)).toMatchObject({ kind: 'special', special: 'reserved' });
  });

  it('encodes values and specials', () => {
    expect(encodeFloat(36.6)).toBe(0xff00016e);
    expect(encodeFloat(98.6)).toBe(0xff0003da); // m = 986 = 0x3DA
    expect(encodeFloat(-1)).toBe(0x00ffffff);
    expect(encodeFloat({ special: 'NaN' })).toBe(0x007fffff);
    expect(encodeFloat({ special: '+INF' })).toBe(0x007ffffe);
  });
});
