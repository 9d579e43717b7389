import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { parseWav } from '../audio/wav';
import type { CallContext } from '../context';
import { babyServices } from './services';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from './testing';

const ready = hasSox && hasCryData && hasCryModel;

/** 16 kHz mono 16-bit PCM of a WAV, as the renderer's worklet would send it. */
function pcm16(wavPath: string): Int16Array {
  const w = parseWav(readFileSync(wavPath));
  expect(w.sampleRate).toBe(16000);
  return Int16Array.from(w.samples, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32768))));
}
const b64 = (x: Int16Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('base64');

describe.skipIf(!ready)('the live cry pipeline', () => {
  let core: Core;
  let ctx: CallContext;
  let dir: string;
  let noiseWav: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-live-'));
    noiseWav = heldOutWav('noise', dir);
    core = createCore({ db: openDatabase(join(dir, 'tend.db')) });
    ctx = { user: core.auth.ensureLocalUser('parent'), clientKey: 'test', transport: 'memory' };
  });
  afterAll(async () => {
    await babyServices(core).live.close();
    core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newBaby = (name: string) => core.subjects.create(ctx, { name, kind: 'baby' }).id;

  it('analyses live chunks in the worker thread: one episode for a cry, a cry alert, windows stored, and no audio kept by default', async () => {
    const s = newBaby('Live');
    const pcm = pcm16(heldOutWav('cry', dir, { silenceS: 6 }));
    const session = 'session-cry-0001';
    const started = Date.now() - 20_000;
    let crying = false;
    let windows = 0;
    for (let i = 0, seq = 0; i < pcm.length; i += 8000, seq++) {
      const r = await core.call('audio.chunk', { subject_id: s, session_id: session, sample_rate: 16000, seq, pcm: b64(pcm.subarray(i, i + 8000)), ...(seq === 0 ? { t: new Date(started).toISOString() } : {}) }, ctx);
      windows += r.windows.length;
      crying ||= r.crying;
      // A retried chunk is ignored.
      if (seq === 3) expect((await core.call('audio.chunk', { subject_id: s, session_id: session, sample_rate: 16000, seq, pcm: b64(pcm.subarray(i, i + 8000)) }, ctx)).windows).toEqual([]);
    }
    const stop = await core.call('audio.stop', { subject_id: s, session_id: session }, ctx);
    expect(crying).toBe(true);
    const eps = await core.call('baby.episodes.list', { subject_id: s }, ctx);
    expect(eps.items).toHaveLength(1);
    expect(eps.items[0]!.end).not.toBeNull();
    expect(eps.items[0]!.has_clip).toBe(false);
    expect(Date.parse(eps.items[0]!.start)).toBeGreaterThanOrEqual(started);
    expect(stop.episodes.length + windows).toBeGreaterThan(0);
    const obs = await core.call('observations.list', { subject_id: s, metric: 'cry_probability', limit: 1000 }, ctx);
    expect(obs.items.length).toBeGreaterThanOrEqual(windows);
    const alerts = await core.call('alerts.list', { subject_id: s, state: 'all' }, ctx);
    expect(alerts.items.filter((a) => a.kind === 'cry_episode')).toHaveLength(1);
    expect(babyServices(core).episodes.clipCount(s)).toBe(0);
  });

  it('keeps a 10-second clip around an episode only when the subject asked for it, and finds no episode in household noise', async () => {
    const s = newBaby('Clips');
    await core.call('baby.settings.put', { subject_id: s, settings: { keep_clips: true, clip_retention_days: 3 } }, ctx);
    const cry = pcm16(heldOutWav('cry', dir, { silenceS: 6 }));
    for (let i = 0, seq = 0; i < cry.length; i += 16000, seq++) {
      await core.call('audio.chunk', { subject_id: s, session_id: 'session-clip-01', sample_rate: 16000, seq, pcm: b64(cry.subarray(i, i + 16000)) }, ctx);
    }
    await core.call('audio.stop', { subject_id: s, session_id: 'session-clip-01' }, ctx);
    expect(babyServices(core).episodes.clipCount(s)).toBe(1);
    const wav = core.deps.db.$client.prepare(`SELECT wav FROM audio_clips WHERE subject_id = ?`).pluck().get(s) as Buffer;
    expect(parseWav(wav).durationS).toBeCloseTo(10, 1);
    // Retention: a clip stored more than clip_retention_days ago goes when the next session starts.
    core.deps.db.$client.prepare(`UPDATE audio_clips SET created_at = ? WHERE subject_id = ?`).run(Date.now() - 4 * 86_400_000, s);
    await core.call('audio.chunk', { subject_id: s, session_id: 'session-clip-02', sample_rate: 16000, seq: 0, pcm: b64(new Int16Array(1600)) }, ctx);
    await core.call('audio.stop', { subject_id: s, session_id: 'session-clip-02' }, ctx);
    expect(babyServices(core).episodes.clipCount(s)).toBe(0);

    const quiet = newBaby('Noise');
    const noise = pcm16(noiseWav);
    for (let i = 0, seq = 0; i < noise.length; i += 8000, seq++) {
      await core.call('audio.chunk', { subject_id: quiet, session_id: 'session-noise-1', sample_rate: 16000, seq, pcm: b64(noise.subarray(i, i + 8000)) }, ctx);
    }
    await core.call('audio.stop', { subject_id: quiet, session_id: 'session-noise-1' }, ctx);
    expect((await core.call('baby.episodes.list', { subject_id: quiet }, ctx)).items).toHaveLength(0);
    expect((await core.call('alerts.list', { subject_id: quiet, state: 'all' }, ctx)).items).toHaveLength(0);
  });
});
