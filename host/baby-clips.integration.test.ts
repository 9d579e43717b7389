import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CryEpisode } from '../api/baby';
import { parseWav } from '../core/audio/wav';
import { babyServices } from '../core/baby/services';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from '../core/baby/testing';
import { startTestHub } from './testing';

/**
 * Kept cry clips through the hub (issue 6): a real held-out cry streamed as live
 * microphone chunks with `keep_clips` on, the clip fetched back as a WAV over REST and
 * compared sample for sample with what was streamed, access checks, and deletion.
 */
const ready = hasSox && hasCryData && hasCryModel;
const RATE = 16000;

type Hub = Awaited<ReturnType<typeof startTestHub>>;

/** The fmt fields and the raw 16-bit samples of a PCM WAV, read here rather than through the code under test. */
function readPcmWav(bytes: Uint8Array): { tag: number; channels: number; rate: number; bits: number; samples: Int16Array } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cc = (at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  expect(cc(0)).toBe('RIFF');
  expect(cc(8)).toBe('WAVE');
  expect(v.getUint32(4, true)).toBe(bytes.byteLength - 8);
  let fmt: { tag: number; channels: number; rate: number; bits: number } | null = null;
  for (let at = 12; at + 8 <= bytes.byteLength; ) {
    const id = cc(at);
    const size = v.getUint32(at + 4, true);
    if (id === 'fmt ') fmt = { tag: v.getUint16(at + 8, true), channels: v.getUint16(at + 10, true), rate: v.getUint32(at + 12, true), bits: v.getUint16(at + 22, true) };
    if (id === 'data') {
      expect(fmt).not.toBeNull();
      expect(at + 8 + size).toBeLessThanOrEqual(bytes.byteLength);
      const samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = v.getInt16(at + 8 + i * 2, true);
      return { ...fmt!, samples };
    }
    at += 8 + size + (size & 1);
  }
  throw new Error('no data chunk');
}

describe.skipIf(!ready)('kept cry clips through the hub', () => {
  let hub: Hub;
  let dir: string;
  let cryWav: string;
  let owner: string;
  let subject: string;
  /** ms: capture time of the first streamed sample */
  let started: number;
  /** What the "microphone" sent, 16 kHz mono. */
  let streamed: Int16Array;
  let live: CryEpisode;
  let fromFile: CryEpisode;

  const get = (path: string, token?: string) => fetch(hub.url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const rpc = (name: string, body: unknown, token = owner) => hub.api('POST', `/api/rpc/${name}`, body, token);
  const clipPath = (episode: string, s = subject) => `/api/subjects/${s}/cry-episodes/${encodeURIComponent(episode)}/clip`;
  const episodes = async () => (await hub.api('GET', `/api/subjects/${subject}/cry-episodes`, undefined, owner)).body.items as CryEpisode[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-clips-'));
    cryWav = heldOutWav('cry', dir, { silenceS: 6 });
    const w = parseWav(readFileSync(cryWav));
    expect(w.sampleRate).toBe(RATE);
    streamed = Int16Array.from(w.samples, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32768))));

    hub = await startTestHub();
    owner = await hub.signUp('parent@example.org');
    subject = (await hub.api('POST', '/api/subjects', { name: 'Baby Ada', kind: 'baby' }, owner)).body.id;
    expect((await rpc('baby.settings.put', { subject_id: subject, settings: { keep_clips: true } })).status).toBe(200);

    // Live: half-second chunks, as the renderer's worklet sends them.
    started = Date.now() - 60_000;
    for (let i = 0, seq = 0; i < streamed.length; i += RATE / 2, seq++) {
      const part = streamed.subarray(i, i + RATE / 2);
      const r = await rpc('audio.chunk', {
        subject_id: subject, session_id: 'session-clips-01', sample_rate: RATE, seq,
        pcm: Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('base64'),
        ...(seq === 0 ? { t: new Date(started).toISOString() } : {}),
      });
      expect(r.status).toBe(200);
    }
    expect((await rpc('audio.stop', { subject_id: subject, session_id: 'session-clips-01' })).status).toBe(200);

    // An uploaded recording: its episodes are stored, its audio is never kept.
    const up = await fetch(`${hub.url}/api/subjects/${subject}/audio?start=${encodeURIComponent(new Date(started - 3_600_000).toISOString())}`, {
      method: 'POST',
      headers: { 'content-type': 'audio/wav', authorization: `Bearer ${owner}` },
      body: readFileSync(cryWav),
    });
    expect(up.status).toBe(200);

    const all = await episodes();
    live = all.find((e) => e.source === 'live')!;
    fromFile = all.find((e) => e.source === 'file')!;
    expect(live).toBeDefined();
    expect(fromFile).toBeDefined();
    expect(live.has_clip).toBe(true);
    expect(fromFile.has_clip).toBe(false);
  }, 180_000);

  afterAll(async () => {
    if (hub) {
      await babyServices(hub.core).live.close();
      await hub.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the kept clip as a 10-second 16 kHz mono 16-bit WAV holding exactly the streamed samples from 2 s before the episode', async () => {
    const res = await get(clipPath(live.id), owner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    const stamp = new Date(live.start).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="tend-cry-Baby_Ada-${stamp}.wav"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wav = readPcmWav(bytes);
    expect(wav).toMatchObject({ tag: 1, channels: 1, rate: RATE, bits: 16 });
    expect(wav.samples.length).toBe(10 * RATE);

    // 2 s before the episode's start, or the stream's first sample if it began sooner.
    const fromMs = Math.max(0, Date.parse(live.start) - started - 2000);
    const from = Math.round((fromMs / 1000) * RATE);
    const expected = streamed.subarray(from, from + 10 * RATE);
    expect(expected.length).toBe(10 * RATE);
    const firstDiff = wav.samples.findIndex((x, i) => x !== expected[i]);
    expect(firstDiff).toBe(-1);
    // Not silence: the cry is in there (at least a quarter of the recording's peak level;
    // held-out clips differ in loudness, so no absolute level).
    const peak = (xs: Int16Array) => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    expect(peak(wav.samples)).toBeGreaterThan(0.25 * peak(streamed));
    expect(peak(streamed)).toBeGreaterThan(100);

    // The RPC answers the same file as base64, with its times.
    const meta = await rpc('baby.clips.get', { subject_id: subject, episode_id: live.id });
    expect(meta.status).toBe(200);
    expect(meta.body).toMatchObject({ episode_id: live.id, subject_id: subject, sample_rate: RATE, mime: 'audio/wav', start: new Date(started + fromMs).toISOString() });
    expect(meta.body.duration_s).toBeCloseTo(10, 6);
    expect(Date.parse(meta.body.end) - Date.parse(meta.body.start)).toBe(10_000);
    expect(Buffer.from(meta.body.wav_base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives the clip to every grant, and to nobody else: 403 for another user, 401 signed out, 404 for an unknown subject', async () => {
    const mallory = await hub.signUp('mallory@example.org');
    const viewer = await hub.signUp('grandma@example.org');
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'grandma@example.org', role: 'viewer' }, owner)).status).toBe(201);

    expect((await get(clipPath(live.id), viewer)).status).toBe(200);
    const stranger = await get(clipPath(live.id), mallory);
    expect(stranger.status).toBe(403);
    // Who listened is on the record (the viewer's fetch is audited; the refused one is not).
    const readers = (hub.core.deps.db.$client.prepare(`SELECT u.email, a.detail FROM audit a JOIN users u ON u.id = a.user_id WHERE a.subject_id = ? AND a.action = 'cry_clip.read'`).all(subject) as Array<{ email: string; detail: string }>);
    expect(readers.map((r) => r.email)).toContain('grandma@example.org');
    expect(readers.map((r) => r.email)).not.toContain('mallory@example.org');
    expect(readers.every((r) => (JSON.parse(r.detail) as { episode_id: string }).episode_id === live.id)).toBe(true);
    expect(stranger.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get(clipPath(live.id))).status).toBe(401);
    expect((await get(clipPath(live.id, 'no-such-subject'), owner)).status).toBe(404);
    // Nor may they delete it; a viewer only listens.
    expect((await hub.api('DELETE', clipPath(live.id), undefined, mallory)).status).toBe(403);
    expect((await hub.api('DELETE', clipPath(live.id), undefined, viewer)).status).toBe(403);
    // An episode of one subject is not reachable through another subject the caller owns.
    const own = (await hub.api('POST', '/api/subjects', { name: 'Mine', kind: 'baby' }, mallory)).body.id as string;
    const cross = await get(clipPath(live.id, own), mallory);
    expect(cross.status).toBe(404);
    expect(((await cross.json()) as any).error.message).toContain(`no cry episode ${live.id}`);
    expect((await episodes()).find((e) => e.id === live.id)!.has_clip).toBe(true);
  });

  it('answers 404 naming what is missing for an episode without a kept clip and for an unknown episode', async () => {
    const none = await get(clipPath(fromFile.id), owner);
    expect(none.status).toBe(404);
    const noneBody = (await none.json()) as any;
    expect(noneBody.error.code).toBe('not_found');
    expect(noneBody.error.message).toContain(`cry episode ${fromFile.id} has no kept clip`);

    const unknown = await get(clipPath('no-such-episode'), owner);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).error.message).toBe('no cry episode no-such-episode for this subject');
    expect((await hub.api('DELETE', clipPath('no-such-episode'), undefined, owner)).status).toBe(404);
  });

  it('deletes a kept clip for good, leaves the episode, and records who did it', async () => {
    const del = await hub.api('DELETE', clipPath(live.id), undefined, owner);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ ok: true });

    const after = (await episodes()).find((e) => e.id === live.id);
    expect(after).toMatchObject({ id: live.id, start: live.start, has_clip: false });
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM audio_clips WHERE subject_id = ?`).pluck().get(subject)).toBe(0);
    const gone = await get(clipPath(live.id), owner);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as any).error.message).toContain('has no kept clip');
    expect((await hub.api('DELETE', clipPath(live.id), undefined, owner)).status).toBe(404);

    const trail = hub.core.deps.db.$client.prepare(`SELECT a.action, a.detail, u.email FROM audit a JOIN users u ON u.id = a.user_id WHERE a.subject_id = ? AND a.action = 'cry_clip.delete'`).all(subject) as Array<{ action: string; detail: string; email: string }>;
    expect(trail).toHaveLength(1);
    expect(trail[0]!.email).toBe('parent@example.org');
    expect(JSON.parse(trail[0]!.detail)).toEqual({ episode_id: live.id, clips: 1 });
  });
});
