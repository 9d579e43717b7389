import { describe, expect, it } from 'vitest';
import { parseHex, toHex } from './hex';

describe('parseHex', () => {
  it('accepts plain, spaced, colon and 0x-prefixed hex in either case', () => {
    for (const s of ['0a1b', '0A 1B', '0a:1b', '0x0A1b', ' 0a-1b ']) expect(Array.from(parseHex(s)), s).toEqual([0x0a, 0x1b]);
    expect(parseHex('')).toEqual(new Uint8Array(0));
  });
  it('refuses odd lengths and non-hex characters with a clear message', () => {
    expect(() => parseHex('0a1')).toThrow('hex: 3 hex digits is an odd number; every byte takes two');
    expect(() => parseHex('0g')).toThrow('hex: "g" is not a hex digit (in "0g")');
  });
  it('formats back to lowercase hex', () => {
    expect(toHex(Uint8Array.of(0x0a, 0xff, 0x00))).toBe('0aff00');
  });
});
