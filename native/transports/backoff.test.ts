import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';
import { fullUuid, shortUuid } from './ble-uuid';

describe('Backoff', () => {
  it('doubles from the initial delay up to the cap when jitter is off', () => {
    const b = new Backoff({ initialMs: 1000, maxMs: 10_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => b.next())).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(b.attempts).toBe(6);
  });

  it('starts again from the initial delay after a reset', () => {
    const b = new Backoff({ initialMs: 500, jitter: 0 });
    b.next();
    b.next();
    b.reset();
    expect(b.next()).toBe(500);
  });

  it('takes off at most the jitter fraction of each delay', () => {
    // random() = 0.5 and jitter 0.2: each delay is 1 − 0.1 = 0.9 of the exact one.
    const b = new Backoff({ initialMs: 1000, jitter: 0.2, random: () => 0.5 });
    expect([b.next(), b.next()]).toEqual([900, 1800]);
  });
});

describe('BLE UUIDs', () => {
  it('expands 16- and 32-bit SIG UUIDs into the Bluetooth base UUID', () => {
    expect(fullUuid('2A18')).toBe('00002a18-0000-1000-8000-00805f9b34fb');
    expect(fullUuid('0x181f')).toBe('0000181f-0000-1000-8000-00805f9b34fb');
    expect(fullUuid('0000180F')).toBe('0000180f-0000-1000-8000-00805f9b34fb');
  });

  it("adds the dashes to noble's dash-less 128-bit form and keeps vendor UUIDs", () => {
    expect(fullUuid('5E1D00017A3C4F0B9C612D8E4A7B9F10')).toBe('5e1d0001-7a3c-4f0b-9c61-2d8e4a7b9f10');
    expect(shortUuid('00002a19-0000-1000-8000-00805f9b34fb')).toBe('2a19');
    expect(shortUuid('5e1d0001-7a3c-4f0b-9c61-2d8e4a7b9f10')).toBeNull();
  });
});
