import { describe, expect, it } from 'vitest';
import { appendE2eCrc, e2eCrc } from './crc';

/**
 * A deliberately plain reference: the textbook MSB-first CRC-CCITT (poly 0x1021, seed
 * 0xFFFF) fed with each octet's bits reversed, result reversed — i.e. the same register
 * clocked LSB first, derived without the 0x8408 shortcut.
 */
function reverseBits(v: number, width: number): number {
  let r = 0;
  for (let i = 0; i < width; i++) if (v & (1 << i)) r |= 1 << (width - 1 - i);
  return r;
}
function referenceCrc(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= reverseBits(b, 8) << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return reverseBits(crc, 16);
}

describe('CGM E2E-CRC', () => {
  it('gives 0x0F87 for the single octet 0x00, as worked by hand in crc.ts', () => {
    expect(e2eCrc(Uint8Array.of(0x00))).toBe(0x0f87);
  });

  it('gives the catalogue check value 0x6F91 for "123456789" (CRC-16/MCRF4XX)', () => {
    expect(e2eCrc(new TextEncoder().encode('123456789'))).toBe(0x6f91);
  });

  it('leaves the seed 0xFFFF for an empty message', () => {
    expect(e2eCrc(new Uint8Array(0))).toBe(0xffff);
  });

  it('agrees with the bit-reversed MSB-first reference on seeded random messages', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const msg = Uint8Array.from({ length: 1 + Math.floor(rand() * 20) }, () => Math.floor(rand() * 256));
      expect(e2eCrc(msg)).toBe(referenceCrc(msg));
    }
  });

  it('appends the CRC least significant octet first, covering a sub-range when asked', () => {
    const out = appendE2eCrc(Uint8Array.of(0x00));
    expect(Array.from(out)).toEqual([0x00, 0x87, 0x0f]);
    expect(e2eCrc(Uint8Array.of(0xaa, 0x00, 0xbb), 1, 2)).toBe(0x0f87);
  });
});
