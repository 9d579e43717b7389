import { describe, expect, it } from 'vitest';
import { cryModelInfo } from '../../models/cry-detect/cry-model';
import { StreamingCryAnalyzer, analyzePcm, analyzeWav } from './analyze';
import type { CryStreamEvent } from './analyze';
import { encodeWav, isWavError, parseWav } from './wav';
import { mulberry32 } from '../random';

/** Seeded test audio: noise plus tone bursts of varying pitch (mulberry32 PRNG). */
function synth(seconds: number, rate: number, seed: number): Float32Array {
  const rnd = mulberry32(seed);
  const n = Math.round(seconds * rate);
  return Float32Array.from({ length: n }, (_, i) => {
    const t = i / rate;
    const f = 400 + 300 * Math.sin(2 * Math.PI * 0.7 * t);
    return 0.05 * (rnd() * 2 - 1) + (Math.floor(t) % 3 === 0 ? 0.3 * Math.sin(2 * Math.PI * f * t) : 0);
  });
}

describe('analyzeWav', () => {
  it('answers with exactly the `tend cry --json` fields, one window per second of a 7.5 s file', async () => {
    const x = synth(7.5, 22050, 1);
    const bytes = encodeWav([x], { sampleRate: 22050 });
    const res = await analyzeWav(bytes);
    expect(Object.keys(res).sort()).toEqual(['cry', 'probability', 'segments']);
    expect(res.probability).toBeGreaterThanOrEqual(0);
    expect(res.probability).toBeLessThanOrEqual(1);
    expect(res.cry).toBe(res.segments.length > 0);
    const { windows } = await analyzePcm(parseWav(bytes).samples, 22050);
    // 7.5 s at 16 kHz: regular starts 0..5 s, then one aligned to the end (5.5 s).
    expect(windows.map((w) => w.start_s)).toEqual([0, 1, 2, 3, 4, 5, 5.5]);
    expect(res.probability).toBeCloseTo(Math.max(...windows.map((w) => w.probability)), 6);
  });

  it('answers no cry for an empty recording', async () => {
    expect(await analyzeWav(encodeWav([new Float32Array(0)], { sampleRate: 16000 }))).toEqual({
      cry: false,
      probability: 0,
      segments: [],
    });
  });

  it('rejects a truncated file with a bad_request error naming the problem', async () => {
    const bytes = encodeWav([synth(1, 16000, 2)], { sampleRate: 16000 });
    const cut = bytes.subarray(0, 1000);
    const err = await analyzeWav(cut).catch((e: unknown) => e);
    expect(isWavError(err)).toBe(true);
    expect((err as { code: string; reason: string }).code).toBe('bad_request');
    expect((err as { reason: string }).reason).toBe('truncated');
  });
});

describe('StreamingCryAnalyzer', () => {
  it('gives the same windows and episodes from uneven 44.1 kHz stereo chunks as the whole file', async () => {
    const rate = 44100;
    const mono = synth(9.3, rate, 3);
    // Stereo with the mono signal split unevenly between channels: the mean is `mono`.
    const inter = new Float32Array(mono.length * 2);
    mono.forEach((v, i) => {
      inter[2 * i] = 0.5 * v;
      inter[2 * i + 1] = 1.5 * v;
    });
    // Threshold 0 makes every window "cry", so the episode path is exercised too.
    const episode = { enter: 0, exit: 0 };
    const batch = await analyzePcm(mono, rate, { episode });
    const seen: CryStreamEvent[] = [];
    const s = new StreamingCryAnalyzer({ sampleRate: rate, channels: 2, episode, onEvent: (e) => seen.push(e) });
    const returned: CryStreamEvent[] = [];
    const pending: Promise<CryStreamEvent[]>[] = [];
    for (let at = 0, k = 1; at < inter.length; k++) {
      const len = 2 * ((k * 3331) % 9000); // even: whole stereo frames
      pending.push(s.push(inter.subarray(at, at + len))); // not awaited one by one: order is kept
      at += len;
    }
    for (const p of pending) returned.push(...(await p));
    returned.push(...(await s.flush()));
    expect(seen).toEqual(returned);
    const wins = returned.filter((e) => e.type === 'window');
    expect(wins.map((w) => [w.start_s, w.end_s])).toEqual(batch.windows.map((w) => [w.start_s, w.end_s]));
    wins.forEach((w, i) => expect(Math.abs(w.probability - batch.windows[i]!.probability)).toBeLessThan(1e-4));
    const ends = returned.flatMap((e) => (e.type === 'episode.end' ? [e.episode] : []));
    expect(ends.map((e) => [e.start_s, e.end_s])).toEqual(batch.result.segments.map((e) => [e.start_s, e.end_s]));
    expect(returned.filter((e) => e.type === 'episode.start')).toHaveLength(ends.length);
  });

  it('emits nothing until a whole window has arrived, then one window per hop', async () => {
    const { windowS, hopS } = await cryModelInfo();
    const s = new StreamingCryAnalyzer({ sampleRate: 16000 });
    const x = synth(windowS + 2 * hopS, 16000, 4);
    expect(await s.push(x.subarray(0, windowS * 16000 - 1))).toEqual([]);
    const a = await s.push(x.subarray(windowS * 16000 - 1, windowS * 16000));
    expect(a.filter((e) => e.type === 'window').map((e) => (e as { start_s: number }).start_s)).toEqual([0]);
    const b = await s.push(x.subarray(windowS * 16000));
    expect(b.filter((e) => e.type === 'window').map((e) => (e as { start_s: number }).start_s)).toEqual([hopS, 2 * hopS]);
    expect((await s.flush()).filter((e) => e.type === 'window')).toEqual([]);
  });
});
