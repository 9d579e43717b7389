/** Test helpers: hex in, and a plain CRC reference for frames whose CRC is not worked by hand. */
import { parseHex } from './hex';

export const hx = (s: string): Uint8Array => parseHex(s);

/**
 * Reference E2E-CRC, written as the CGM spec states it (poly D^16+D^12+D^5+1, seed
 * 0xFFFF, octets LSB first) one bit at a time, independent of crc.ts's implementation.
 */
export function refCrc(bytes: Uint8Array): number {
  let reg = 0xffff;
  for (const byte of bytes) {
    for (let i = 0; i < 8; i++) {
      const inBit = (byte >> i) & 1; // LSB of each octet first
      const top = reg & 1; // the register's oldest bit sits at the LSB in reflected form
      reg >>>= 1;
      if (top ^ inBit) reg ^= 0x8408; // 0x1021 reflected
    }
  }
  return reg;
}

/** `bytes` + reference CRC, little-endian. */
export function withRefCrc(bytes: Uint8Array): Uint8Array {
  const c = refCrc(bytes);
  return Uint8Array.from([...bytes, c & 0xff, c >> 8]);
}
