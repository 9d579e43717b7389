import { describe, expect, it } from 'vitest';
import { AdvertDeduplicator } from './dedup';

const A = 'A4:C1:38:8D:18:B2';
const f8 = (value: number, atMs: number, address = A) => ({ address, counter: { value, bits: 8 as const }, payloadHex: `c${value}`, atMs });
const f32 = (value: number, atMs: number) => ({ address: A, counter: { value, bits: 32 as const }, payloadHex: `c${value}`, atMs });

describe('AdvertDeduplicator', () => {
  it('keeps the first frame of each reading and drops its repeats', () => {
    const d = new AdvertDeduplicator();
    expect([f8(10, 0), f8(10, 1000), f8(10, 2000), f8(11, 10_000), f8(11, 11_000)].map((f) => d.judge(f))).toEqual(['new', 'repeat', 'repeat', 'new', 'repeat']);
  });

  it('follows an 8-bit counter across its wrap and refuses frames that arrive late', () => {
    const d = new AdvertDeduplicator();
    // 254 → 255 → 0 → 1 are steps of 1 modulo 256; 250 after 1 is 249 steps "forward", i.e. old
    expect([f8(254, 0), f8(255, 1), f8(0, 2), f8(1, 3), f8(250, 4), f8(60, 5)].map((f) => d.judge(f))).toEqual(['new', 'new', 'new', 'new', 'old', 'new']);
  });

  it('trusts a counter afresh after a long silence (a sensor that restarted)', () => {
    const d = new AdvertDeduplicator(60_000);
    expect(d.judge(f8(100, 0))).toBe('new');
    expect(d.judge(f8(3, 30_000))).toBe('old');
    expect(d.judge(f8(3, 100_000))).toBe('new');
    expect(d.judge(f8(3, 110_000))).toBe('repeat');
  });

  it('treats a 32-bit encryption counter as strictly increasing (replay protection)', () => {
    const d = new AdvertDeduplicator(60_000);
    expect([f32(0x33221100, 0), f32(0x33221100, 1), f32(0x33221101, 2), f32(0x33221000, 3), f32(0x33221102, 4)].map((f) => d.judge(f))).toEqual(['new', 'repeat', 'new', 'old', 'new']);
  });

  it('keeps sensors apart, whatever the case of their addresses', () => {
    const d = new AdvertDeduplicator();
    expect(d.accept(f8(5, 0, A))).toBe(true);
    expect(d.accept(f8(5, 0, 'A4:C1:38:00:00:01'))).toBe(true);
    expect(d.accept(f8(5, 1, A.toLowerCase()))).toBe(false);
    d.forget(A);
    expect(d.accept(f8(5, 2, A))).toBe(true);
  });

  it('compares the bytes of frames that carry no counter', () => {
    const d = new AdvertDeduplicator(60_000);
    const g = (payloadHex: string, atMs: number) => ({ address: A, payloadHex, atMs });
    expect([g('0003215d6400', 0), g('0003215d6400', 1000), g('0003216d6400', 2000), g('0003216d6400', 70_000)].map((f) => d.judge(f))).toEqual(['new', 'repeat', 'new', 'new']);
  });
});
