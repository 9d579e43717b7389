import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCryData, hasCryModel, hasSox, heldOutAudio, heldOutClip, heldOutWav } from '../core/baby/testing';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const FIXTURES = join(import.meta.dirname, '..', 'core', 'audio', 'fixtures');
const run = (args: string[]) => spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TEND_DB: '/nonexistent/never-opened.db' }, timeout: 60_000 });

describe.skipIf(!(hasSox && hasCryData && hasCryModel))('tend cry', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-cry-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly one JSON document for a held-out cry recording at 44.1 kHz stereo, without opening a database', () => {
    const r = run(['cry', heldOutWav('cry', dir, { rate: 44100, channels: 2 }), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['cry', 'probability', 'segments']);
    expect(doc.cry).toBe(true);
    expect(doc.segments.length).toBeGreaterThan(0);
    for (const s of doc.segments) {
      expect(Object.keys(s)).toEqual(['start_s', 'end_s', 'probability']);
      expect(s.end_s).toBeGreaterThan(s.start_s);
      expect(s.probability).toBeLessThanOrEqual(doc.probability);
    }
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says no crying for held-out household noise', () => {
    const r = run(['cry', heldOutWav('noise', dir), '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ cry: false, segments: [] });
  });

  it('exits 2 naming the file for a non-WAV, a truncated WAV or a missing file, printing nothing on stdout', () => {
    const text = join(dir, 'notes.wav');
    writeFileSync(text, 'definitely not RIFF audio');
    const bad = run(['cry', text, '--json']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toMatch(new RegExp(`^tend: ${text.replace(/[.]/g, '\\.')}: .*not a WAV`));

    const cut = join(dir, 'cut.wav');
    writeFileSync(cut, readFileSync(heldOutWav('cry', dir)).subarray(0, 4000));
    const truncated = run(['cry', cut, '--json']);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toMatch(/truncated/);

    const missing = run(['cry', join(dir, 'nope.wav'), '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('reads an Ogg Opus recording like its WAV', () => {
    const { wav, path } = heldOutAudio('cry', dir, 'opus');
    const fromWav = JSON.parse(run(['cry', wav, '--json']).stdout);
    const r = run(['cry', path, '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.cry).toBe(fromWav.cry);
    expect(doc.segments.length).toBe(fromWav.segments.length);
    expect(Math.abs(doc.probability - fromWav.probability)).toBeLessThan(0.15);
  });

  it('reads an M4A of a cry like the same recording as FLAC, printing one JSON document', () => {
    const fromFlac = JSON.parse(run(['cry', heldOutClip('cry').path, '--json']).stdout);
    const r = run(['cry', join(FIXTURES, 'cry.m4a'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['cry', 'probability', 'segments']);
    expect(doc.cry).toBe(true);
    expect(fromFlac.cry).toBe(true);
    expect(doc.segments.length).toBe(fromFlac.segments.length);
    expect(Math.abs(doc.probability - fromFlac.probability)).toBeLessThan(0.1);
  });

  it('exits 2 naming the problem for a truncated or garbled M4A and for an MP4 without sound, printing nothing on stdout', () => {
    const cut = join(dir, 'voice-memo.m4a');
    writeFileSync(cut, readFileSync(join(FIXTURES, 'cry.m4a')).subarray(0, 20_000));
    const truncated = run(['cry', cut, '--json']);
    expect(truncated.status).toBe(2);
    expect(truncated.stdout).toBe('');
    expect(truncated.stderr.trim()).toMatch(/^tend: .*voice-memo\.m4a: truncated M4A file: its audio data \(the 'mdat' box\) should run to byte \d+, the file ends at 20000$/);
    // Audio data overwritten: FFmpeg's complaint is in the one line, and none of its log reaches stderr.
    const garbled = join(dir, 'garbled.m4a');
    const bytes = readFileSync(join(FIXTURES, 'cry.m4a'));
    for (let i = 100; i < bytes.length - 2000; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(garbled, bytes);
    const bad = run(['cry', garbled, '--json']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/garbled\.m4a: the M4A file could not be decoded: .*Invalid data found when processing input \(FFmpeg: .+\)$/m);
    const video = run(['cry', join(FIXTURES, 'video-only.mp4'), '--json']);
    expect(video.status).toBe(2);
    expect(video.stdout).toBe('');
    expect(video.stderr.trim()).toMatch(/video-only\.mp4: an MP4 with no audio track \(it holds video only\) is not read; send WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A\/AAC$/);
  });
});
