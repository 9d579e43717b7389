import { describe, expect, it } from 'vitest';
import type { MotionSamples } from './ble-driver';
import { SerialMotionGatherer, type AccelSample } from './serial-motion';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const device = { id: 'd', subject_id: 's' };
function gather() {
  const packets: MotionSamples[] = [];
  const slow: AccelSample[] = [];
  return { g: new SerialMotionGatherer(device, (p) => packets.push(p), (s) => slow.push(s)), packets, slow };
}
const sample = (tMs: number, stamped = true, hz?: number): AccelSample => ({ tMs, stamped, x: tMs % 7, y: 0, z: 9.8, ...(hz ? { hz } : {}) });

describe('serial accelerometer lines gathered into packets', () => {
  it('measures the rate from the board stamps and hands on evenly spaced one-second packets', () => {
    const { g, packets, slow } = gather();
    // 50 Hz stamped in whole ms: 20 ms steps.
    for (let i = 0; i < 151; i++) g.push(sample(T0 + i * 20));
    expect(slow).toEqual([]);
    // Each packet spans a second: samples 0–50, then 51–101; the rest wait for more or a flush.
    expect(packets.map((p) => [p.rateHz, p.t.length])).toEqual([[50, 51], [50, 51]]);
    expect(packets[1]!.t[0]).toBe(new Date(T0 + 51 * 20).toISOString());
    g.flush();
    expect(packets.map((p) => p.t.length)).toEqual([51, 51, 49]);
    expect(packets.flatMap((p) => p.t.map((t) => Date.parse(t)))).toEqual(Array.from({ length: 151 }, (_, i) => T0 + i * 20));
  });

  it('drops samples at or before the newest one (a resend repeating what arrived) and starts a new run after a gap', () => {
    const { g, packets } = gather();
    for (let i = 0; i < 30; i++) g.push(sample(T0 + i * 10));
    for (let i = 20; i < 60; i++) g.push(sample(T0 + i * 10));
    for (let i = 0; i < 30; i++) g.push(sample(T0 + 5000 + i * 10));
    g.flush(true);
    expect(packets.map((p) => [Date.parse(p.t[0]!) - T0, p.t.length])).toEqual([[0, 60], [5000, 30]]);
    expect(packets[0]!.x).toEqual(Array.from({ length: 60 }, (_, i) => (T0 + i * 10) % 7));
  });

  it('places unstamped samples that arrive in bursts at even steps of the stated rate', () => {
    const { g, packets } = gather();
    // 100 Hz arriving as bursts of 10 every 100 ms, all with the burst's arrival time.
    for (let b = 0; b < 12; b++) for (let k = 0; k < 10; k++) g.push(sample(T0 + b * 100 + 3, false, 100));
    g.flush();
    const times = packets.flatMap((p) => p.t.map((t) => Date.parse(t)));
    expect(times).toEqual(Array.from({ length: 120 }, (_, i) => T0 + 3 + i * 10));
    expect(new Set(packets.map((p) => p.rateHz))).toEqual(new Set([100]));
  });

  it('hands a stream slower than 20 Hz back sample by sample, to be stored as readings', () => {
    const { g, packets, slow } = gather();
    for (let i = 0; i < 5; i++) g.push(sample(T0 + i * 1000));
    g.flush(true);
    expect(packets).toEqual([]);
    expect(slow.map((s) => s.tMs)).toEqual([0, 1, 2, 3, 4].map((i) => T0 + i * 1000));
  });
});
