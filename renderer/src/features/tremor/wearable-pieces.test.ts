import { describe, expect, it } from 'vitest';
import { toBase64, wearableFormat, WearablePiecer } from './wearable-pieces';

// Shapes of the real files (no Node here: the renderer's tests run on browser types).
/** A .cwa: a 1,024-byte "MD" header, then `blocks` 512-byte "AX" blocks numbered in byte 4. */
function cwa(blocks: number): Uint8Array {
  const b = new Uint8Array(1024 + blocks * 512);
  b.set([0x4d, 0x44, 0xfc, 0x03]);
  for (let k = 0; k < blocks; k++) {
    b.set([0x41, 0x58, 0xfc, 0x01, k & 0xff], 1024 + k * 512);
  }
  return b;
}
/** A GENEActiv .bin: text header, then pages of header lines and one 3,600-digit data line; the last page cut. */
function bin(pages: number): string {
  const head = 'Device Identity\r\nDevice Model:1.1\r\n\r\nMemory Status\r\nNumber of Pages:222048\r\n\r\n';
  let s = head;
  for (let p = 0; p < pages; p++) s += `Recorded Data\r\nSequence Number:${p}\r\nPage Time:2013-05-30 10:12:54:500\r\nMeasurement Frequency:85.7\r\n${'0C4FFDF3D004'.repeat(300)}\r\n`;
  return s.slice(0, -1000);
}
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const textOf = (b: Uint8Array) => String.fromCharCode(...b);

/** Feeds the file in `slice`-byte slices and returns the pieces. */
function cut(bytes: Uint8Array, target: number, slice: number): Uint8Array[] {
  const p = new WearablePiecer(wearableFormat(bytes)!, target);
  for (let at = 0; at < bytes.length; at += slice) p.push(bytes.subarray(at, at + slice));
  p.end();
  return p.ready;
}

describe('cutting a .cwa or .bin into upload pieces', () => {
  it('gives each .cwa piece the 1,024-byte header and whole 512-byte blocks, losing no byte', () => {
    const b = cwa(145);
    const pieces = cut(b, 1024 + 20 * 512 + 100, 3000);
    expect(pieces).toHaveLength(Math.ceil(145 / 20));
    const blocks: number[] = [];
    for (const p of pieces) {
      expect(textOf(p.subarray(0, 4))).toBe('MD\xfc\x03');
      expect((p.length - 1024) % 512).toBe(0);
      expect(p.length).toBeLessThanOrEqual(1024 + 20 * 512 + 100);
      for (let at = 1024; at < p.length; at += 512) {
        expect(textOf(p.subarray(at, at + 2))).toBe('AX');
        blocks.push(p[at + 4]!);
      }
    }
    expect(blocks).toEqual(Array.from({ length: 145 }, (_, k) => k & 0xff));
  });

  it('gives each .bin piece the text header and whole pages, the cut last page in the last piece', () => {
    const text = bin(17);
    const headerLen = text.indexOf('Recorded Data');
    const pieces = cut(bytesOf(text), headerLen + 5 * 3800, 7000);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      const s = textOf(p);
      expect(s.slice(0, headerLen)).toBe(text.slice(0, headerLen));
      expect(s.slice(headerLen).startsWith('Recorded Data\r\n')).toBe(true);
      expect(p.length).toBeLessThanOrEqual(headerLen + 5 * 3800);
    }
    expect(pieces.map((p) => textOf(p).slice(headerLen)).join('')).toBe(text.slice(headerLen));
  });

  it('tells the formats apart by content and encodes base64', () => {
    expect(wearableFormat(cwa(1))).toBe('cwa');
    expect(wearableFormat(bytesOf(bin(1)))).toBe('geneactiv-bin');
    expect(wearableFormat(bytesOf('t,x,y,z\n'))).toBeNull();
    expect(toBase64(new Uint8Array([0, 1, 2, 250, 251, 255]))).toBe('AAEC+vv/');
  });
});
