import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCryData, hasCryModel, hasSox, heldOutAudio, type HeldOutFormat } from '../baby/testing';
import { analyzeAudioDetailed, analyzeWavDetailed } from './analyze';
import { decodeAudio, detectAudioFormat } from './decode';
import { isWavError } from './wav';

/**
 * Recordings as people have them: a held-out cry (never trained on) written by sox as FLAC,
 * MP3 and Ogg Vorbis and by libsndfile as Ogg Opus, decoded by the WebAssembly decoders and
 * analysed; the answer must match the WAV's. Hostile headers are refused before decoding.
 */
const ready = hasSox && hasCryData && hasCryModel;

const reasonOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(isWavError(e)).toBe(true);
  return { reason: (e as { reason: string }).reason, message: (e as Error).message, code: (e as { code: string }).code };
};

describe.skipIf(!ready)('compressed recordings give the WAV\'s cry analysis', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-decode-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Lossless FLAC must match to float rounding. Lossy codecs move window probabilities a
  // little, never the verdict on a clear cry; MP3 most (0.115 measured), because sox's LAME
  // writes no gapless tag, so the encoder's ~70 ms of delay stays and shifts every window.
  const tolerance: Record<HeldOutFormat, number> = { flac: 1e-4, mp3: 0.15, ogg: 0.1, opus: 0.15 };
  const expected: Record<HeldOutFormat, string> = { flac: 'flac', mp3: 'mp3', ogg: 'ogg-vorbis', opus: 'ogg-opus' };

  it.each(['flac', 'mp3', 'ogg', 'opus'] as const)('%s: same windows, verdict and episodes as the WAV, within tolerance', async (format) => {
    const { wav, path } = heldOutAudio('cry', dir, format);
    const bytes = new Uint8Array(readFileSync(path));
    expect(detectAudioFormat(bytes)).toBe(expected[format]);
    const a = await analyzeWavDetailed(new Uint8Array(readFileSync(wav)));
    const b = await analyzeAudioDetailed(bytes);
    expect(a.result.cry).toBe(true);
    expect(b.result.cry).toBe(a.result.cry);
    expect(b.result.segments.length).toBe(a.result.segments.length);
    expect(Math.abs(b.durationS - a.durationS)).toBeLessThan(0.1);
    expect(b.windows.map((w) => w.start_s).slice(0, a.windows.length - 1)).toEqual(a.windows.map((w) => w.start_s).slice(0, a.windows.length - 1));
    const n = Math.min(a.windows.length, b.windows.length);
    const worst = Math.max(...a.windows.slice(0, n).map((w, i) => Math.abs(w.probability - b.windows[i]!.probability)));
    expect(worst).toBeLessThanOrEqual(tolerance[format]);
    expect(Math.abs(b.result.probability - a.result.probability)).toBeLessThanOrEqual(tolerance[format]);
  }, 120_000);

  it('reads a stereo 44.1 kHz MP3 and a stereo 48 kHz Opus', async () => {
    for (const [format, rate] of [['mp3', 44100], ['opus', 48000]] as const) {
      const { path } = heldOutAudio('cry', dir, format, { rate, channels: 2 });
      const d = await decodeAudio(new Uint8Array(readFileSync(path)));
      expect(d.channels).toBe(2);
      expect(d.sampleRate).toBe(rate);
      expect(d.durationS).toBeGreaterThan(1);
      expect(d.samples16k.length).toBeCloseTo(d.durationS * 16000, -3);
    }
  }, 120_000);

  it('refuses a FLAC whose STREAMINFO declares 3 hours, before decoding, naming the length', async () => {
    const { path } = heldOutAudio('cry', dir, 'flac');
    const bytes = new Uint8Array(readFileSync(path));
    // Total samples (36 bits at STREAMINFO byte 13.5): 3 h at 16 kHz.
    const total = 3 * 3600 * 16000;
    bytes[8 + 13] = (bytes[8 + 13]! & 0xf0) | Math.floor(total / 2 ** 32);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(8 + 14, total >>> 0);
    const e = await reasonOf(decodeAudio(bytes));
    expect(e.reason).toBe('too_long');
    expect(e.code).toBe('bad_request');
    expect(e.message).toMatch(/FLAC recording is 10800\.0 s long/);
  });

  it('refuses a FLAC whose header says 1 Hz before decoding', async () => {
    const { path } = heldOutAudio('cry', dir, 'flac');
    const bytes = new Uint8Array(readFileSync(path));
    // Sample rate: 20 bits from STREAMINFO byte 10.
    bytes[8 + 10] = 0;
    bytes[8 + 11] = 0;
    bytes[8 + 12] = (bytes[8 + 12]! & 0x0f) | 0x10;
    const e = await reasonOf(decodeAudio(bytes));
    expect(e.reason).toBe('unsupported_rate');
    expect(e.message).toMatch(/sample rate 1 Hz/);
  });

  it('refuses a FLAC or an Ogg Opus cut off after its headers: no decodable audio, or truncated', async () => {
    for (const format of ['flac', 'opus'] as const) {
      const { path } = heldOutAudio('cry', dir, format);
      const e = await reasonOf(decodeAudio(new Uint8Array(readFileSync(path)).subarray(0, 60)));
      expect(['malformed', 'truncated'], `${format}: ${e.message}`).toContain(e.reason);
      expect(e.code).toBe('bad_request');
    }
  });

  it('stops at the duration limit while decoding, whatever the header said', async () => {
    const { path } = heldOutAudio('cry', dir, 'mp3');
    const e = await reasonOf(decodeAudio(new Uint8Array(readFileSync(path)), { maxDurationS: 2 }));
    expect(e.reason).toBe('too_long');
  });
});

describe('formats that are not read are named', () => {
  it('M4A/MP4 (AAC) is refused naming the format and the ones that are read', async () => {
    const m4a = new Uint8Array(64);
    m4a.set(new TextEncoder().encode('\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom'));
    const e = await reasonOf(decodeAudio(m4a));
    expect(e.reason).toBe('unsupported_codec');
    expect(e.message).toMatch(/M4A\/MP4 \(AAC\).*not read; send WAV, FLAC, MP3, Ogg Vorbis or Ogg Opus/);
  });

  it('raw AAC (ADTS), WebM and FLAC-in-Ogg are refused by name', async () => {
    const adts = Uint8Array.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc, 0, 0, 0]);
    expect((await reasonOf(decodeAudio(adts))).message).toMatch(/AAC \(ADTS\)/);
    const webm = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0]);
    expect((await reasonOf(decodeAudio(webm))).message).toMatch(/WebM/);
    const oggFlac = new Uint8Array(64);
    oggFlac.set(new TextEncoder().encode('OggS'));
    oggFlac[26] = 1;
    oggFlac[27] = 30;
    oggFlac.set(new TextEncoder().encode('\x7fFLAC'), 28);
    expect((await reasonOf(decodeAudio(oggFlac))).message).toMatch(/FLAC in Ogg is not read/);
  });

  it('bytes of no known format say what is read', async () => {
    const e = await reasonOf(decodeAudio(new TextEncoder().encode('just some text, not audio')));
    expect(e.reason).toBe('not_riff');
    expect(e.message).toMatch(/not a WAV, FLAC, MP3 or Ogg audio file/);
  });
});
