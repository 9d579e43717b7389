import { describe, expect, it } from 'vitest';
import { MotionBuffer, type MotionRun } from './motion-buffer';

const packet = (t0: number, n: number, rateHz = 50, deviceId = 'd1') => ({
  deviceId,
  subjectId: 's1',
  rateHz,
  t: Array.from({ length: n }, (_, i) => new Date(t0 + Math.round((i * 1000) / rateHz)).toISOString()),
  x: Array.from({ length: n }, (_, i) => i),
  y: Array.from({ length: n }, () => 0),
  z: Array.from({ length: n }, () => 9.8),
});

describe('MotionBuffer', () => {
  it('joins contiguous packets into one run and hands it over when it holds ten seconds', () => {
    const runs: MotionRun[] = [];
    const b = new MotionBuffer((r) => runs.push(r), 10);
    const T = Date.UTC(2026, 0, 1);
    for (let k = 0; k < 50; k++) b.push(packet(T + k * 200, 10)); // 50 packets × 10 samples at 50 Hz = 10 s
    expect(runs).toHaveLength(1);
    expect(runs[0]!.x).toHaveLength(500);
    expect(runs[0]!.t0Ms).toBe(T);
  });

  it('starts a new run after a gap or a rate change, so every run is evenly spaced', () => {
    const runs: MotionRun[] = [];
    const b = new MotionBuffer((r) => runs.push(r), 10);
    const T = Date.UTC(2026, 0, 1);
    b.push(packet(T, 10));
    b.push(packet(T + 200, 10));
    b.push(packet(T + 5000, 10)); // a gap of 4.6 s
    b.push(packet(T + 5200, 20, 100)); // the rate changes
    b.endAll();
    expect(runs.map((r) => [r.t0Ms - T, r.x.length, r.rateHz])).toEqual([
      [0, 20, 50],
      [5000, 10, 50],
      [5200, 20, 100],
    ]);
  });
});
