import { describe, expect, it } from 'vitest';
import { TremorAnalyzer, analyzeSeconds, analyzeTremor, highPass } from './analysis';
import { TEST_SEEDS, runCase, score } from './evaluation';

const G = 9.80665;

/** A resting wrist tilted 40° with an optional sinusoidal tremor along one axis. */
function restingWrist(seconds: number, fs: number, tremor?: { hz: number; peak: number }) {
  const n = seconds * fs;
  const t = new Float64Array(n);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const z = new Float32Array(n);
  const tilt = (40 * Math.PI) / 180;
  for (let i = 0; i < n; i++) {
    t[i] = i / fs;
    const trem = tremor ? tremor.peak * Math.sin(2 * Math.PI * tremor.hz * t[i]) : 0;
    x[i] = G * Math.sin(tilt) + trem;
    y[i] = 0.01 * Math.sin(0.37 * i); // a trace of out-of-band wobble
    z[i] = G * Math.cos(tilt);
  }
  return { t, x, y, z };
}

describe('gravity removal', () => {
  it('high-pass turns a constant into zeros from the first sample', () => {
    const out = highPass(new Float64Array(500).fill(9.81), 100);
    for (const v of out) expect(Math.abs(v)).toBeLessThan(1e-9);
  });

  it('high-pass keeps a 5 Hz sinusoid within 1 % amplitude', () => {
    const fs = 100;
    const x = Array.from({ length: 2000 }, (_, i) => 3 + Math.sin((2 * Math.PI * 5 * i) / fs));
    const out = highPass(x, fs);
    const peak = Math.max(...out.slice(1000));
    expect(peak).toBeGreaterThan(0.99);
    expect(peak).toBeLessThan(1.01);
  });
});

describe('analyzeTremor', () => {
  it('finds a 5.3 Hz tremor with its RMS amplitude on a tilted resting wrist', () => {
    const r = analyzeTremor(restingWrist(180, 100, { hz: 5.3, peak: 0.8 }));
    expect(r.tremor).toBe(true);
    expect(r.dominant_hz).not.toBeNull();
    expect(Math.abs((r.dominant_hz as number) - 5.3)).toBeLessThan(0.05);
    // A sinusoid of peak A has RMS A/√2.
    expect(r.amplitude_rms).toBeGreaterThan((0.8 / Math.SQRT2) * 0.95);
    expect(r.amplitude_rms).toBeLessThan((0.8 / Math.SQRT2) * 1.05);
    expect(r.tremor_band_power_ratio).toBeGreaterThan(0.95);
    expect(r.per_minute.map((m) => m.minute)).toEqual([0, 1, 2]);
    for (const m of r.per_minute) expect(m.tremor_percent).toBeGreaterThan(95);
  });

  it('returns exactly the contract keys and null frequencies when there is no tremor', () => {
    const r = analyzeTremor(restingWrist(90, 50));
    expect(Object.keys(r).sort()).toEqual(['amplitude_rms', 'dominant_hz', 'per_minute', 'tremor', 'tremor_band_power_ratio']);
    expect(Object.keys(r.per_minute[0]).sort()).toEqual(['dominant_hz', 'magnitude', 'minute', 'tremor_percent']);
    expect(r.tremor).toBe(false);
    expect(r.dominant_hz).toBeNull();
    expect(r.per_minute.every((m) => m.dominant_hz === null && m.magnitude === 0 && m.tremor_percent === 0)).toBe(true);
  });

  it('infers the rate from t when none is given', () => {
    const s = restingWrist(120, 64, { hz: 4.2, peak: 0.5 });
    const r = analyzeTremor(s);
    expect(Math.abs((r.dominant_hz as number) - 4.2)).toBeLessThan(0.05);
  });

  it('gives the same per-second features streamed in odd-sized chunks as in one call', () => {
    const s = restingWrist(40, 100, { hz: 6.1, peak: 0.3 });
    const whole = analyzeSeconds(s, { rateHz: 100 });
    const a = new TremorAnalyzer({ rateHz: 100 });
    const got: number[] = [];
    for (let i = 0; i < s.x.length; i += 137) {
      const end = Math.min(s.x.length, i + 137);
      a.push(s.x, s.y, s.z, i, end);
      got.push(...a.drain().peakHz);
    }
    a.finish();
    got.push(...a.drain().peakHz);
    expect(got).toEqual([...whole.peakHz]);
  });

  it('meets the targets on held-out simulated recordings with walking, typing and gesturing', () => {
    // TEST_SEEDS are disjoint from the tuning seeds (1000–1039) and eval seeds (9000–9011).
    const cases = TEST_SEEDS.map((seed, i) => runCase(seed, 5400, i % 2 ? 100 : 50));
    const s = score(cases);
    expect(s.tp + s.fn).toBeGreaterThan(20);
    expect((s.negativesByActivity.walking ?? 0) + (s.negativesByActivity.typing ?? 0)).toBeGreaterThan(30);
    expect(s.sensitivity).toBeGreaterThanOrEqual(0.9);
    expect(s.specificity).toBeGreaterThanOrEqual(0.9);
    expect(s.hzMaxAbsError).toBeLessThanOrEqual(0.3);
  });
});
