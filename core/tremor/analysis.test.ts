import { describe, expect, it } from 'vitest';
import { TremorAnalyzer, analyzeSeconds, analyzeTremor, highPass, tremorBand } from './analysis';
import { TEST_SEEDS, runCase, score } from './evaluation';

const G = 9.80665;

/** A tilted wrist moving by `motion(t)` (m/s²) along one axis. */
function movingWrist(seconds: number, fs: number, motion: (t: number) => number) {
  const n = seconds * fs;
  const t = new Float64Array(n);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const z = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = i / fs;
    x[i] = G * 0.6 + motion(t[i]);
    y[i] = 0.01 * Math.sin(0.37 * i);
    z[i] = G * 0.8;
  }
  return { t, x, y, z };
}

const sine = (hz: number, peak: number) => (t: number) => peak * Math.sin(2 * Math.PI * hz * t);

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
    expect(r.dominant_band).toBe('rest');
    // A sinusoid of peak A has RMS A/√2.
    expect(r.amplitude_rms).toBeGreaterThan((0.8 / Math.SQRT2) * 0.95);
    expect(r.amplitude_rms).toBeLessThan((0.8 / Math.SQRT2) * 1.05);
    expect(r.tremor_band_power_ratio).toBeGreaterThan(0.95);
    expect(r.per_minute.map((m) => m.minute)).toEqual([0, 1, 2]);
    for (const m of r.per_minute) expect(m.tremor_percent).toBeGreaterThan(95);
  });

  it('returns exactly the contract keys and null frequencies when there is no tremor', () => {
    const r = analyzeTremor(restingWrist(90, 50));
    expect(Object.keys(r).sort()).toEqual(['amplitude_rms', 'dominant_band', 'dominant_hz', 'per_minute', 'tremor', 'tremor_band_power_ratio']);
    expect(Object.keys(r.per_minute[0]).sort()).toEqual(['dominant_hz', 'magnitude', 'minute', 'tremor_percent']);
    expect(r.tremor).toBe(false);
    expect(r.dominant_hz).toBeNull();
    expect(r.dominant_band).toBeNull();
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

describe('v2 rules (real recordings, PROTOCOL-v2.md)', () => {
  it('labels a dominant frequency below 7 Hz rest and from 7 Hz postural', () => {
    expect(tremorBand(4.2)).toBe('rest');
    expect(tremorBand(6.99)).toBe('rest');
    expect(tremorBand(7)).toBe('postural');
    expect(tremorBand(9.5)).toBe('postural');
    expect(tremorBand(null)).toBeNull();
  });

  it('finds a tremor peaking at 8.5 Hz, which the v1 band of 3.5–7.5 Hz missed', () => {
    const r = analyzeTremor(movingWrist(120, 100, sine(8.5, 0.8)));
    expect(r.tremor).toBe(true);
    expect(Math.abs((r.dominant_hz as number) - 8.5)).toBeLessThan(0.05);
    expect(r.dominant_band).toBe('postural');
  });

  it('does not call a steady 3.5 Hz oscillation, where toothbrushing strokes peak', () => {
    const r = analyzeTremor(movingWrist(120, 50, sine(3.5, 2)));
    expect(r.tremor).toBe(false);
  });

  it('does not call a rhythm with a strong second harmonic (impacts, clapping)', () => {
    // Harmonic power 0.64 of the fundamental's, over the 0.5 limit.
    const r = analyzeTremor(movingWrist(120, 100, (t) => sine(4.5, 2)(t) + sine(9, 1.6)(t)));
    expect(r.tremor).toBe(false);
    const clean = analyzeTremor(movingWrist(120, 100, (t) => sine(4.5, 2)(t) + sine(9, 0.5)(t)));
    expect(clean.tremor).toBe(true);
  });

  it('does not call a tremor-band peak riding on slow voluntary arm movement', () => {
    const r = analyzeTremor(movingWrist(120, 100, (t) => sine(5, 0.8)(t) + sine(1.2, 3)(t)));
    expect(r.tremor).toBe(false);
  });

  it('needs more amplitude from 6 Hz up, where physiological tremor lives, than below', () => {
    // 0.28 m/s² peak is 0.2 m/s² RMS: above the 0.15 floor, below the 0.3 floor from 6 Hz.
    expect(analyzeTremor(movingWrist(120, 100, sine(5, 0.28))).tremor).toBe(true);
    expect(analyzeTremor(movingWrist(120, 100, sine(7.5, 0.28))).tremor).toBe(false);
    expect(analyzeTremor(movingWrist(120, 100, sine(7.5, 0.6))).tremor).toBe(true);
  });
});
