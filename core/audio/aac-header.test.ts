import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adtsHeader, m4aHeader } from './aac-header';
import { detectAudioFormat } from './decode';
import { isWavError } from './wav';

/**
 * Container sniffing for AAC, on boxes and frames built here byte by byte from ISO/IEC 14496-12
 * (boxes), 14496-1 (the esds descriptors), 14496-3 (AudioSpecificConfig) and 13818-7 (ADTS),
 * and on the committed fixtures (fixtures/README.md). Nothing here decodes a sample.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const enc = (s: string) => new TextEncoder().encode(s);
const u8 = (...x: number[]) => Uint8Array.from(x);
const zeros = (n: number) => new Uint8Array(n);
const be16 = (n: number) => u8(n >> 8, n & 0xff);
const be32 = (n: number) => u8(Math.floor(n / 2 ** 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const box = (type: string, ...parts: Uint8Array[]) => {
  const body = concat(...parts);
  return concat(be32(8 + body.length), enc(type), body);
};
/** Version 0, no flags. */
const full = () => zeros(4);
const desc = (tag: number, ...parts: Uint8Array[]) => {
  const body = concat(...parts);
  return concat(u8(tag, body.length), body);
};
/** Packs [value, bits] fields MSB first (an AudioSpecificConfig). */
const bits = (...fields: Array<[number, number]>) => {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  for (const [v, w] of fields) {
    for (let i = w - 1; i >= 0; i--) {
      acc = (acc << 1) | ((v >> i) & 1);
      if (++n === 8) {
        out.push(acc);
        acc = 0;
        n = 0;
      }
    }
  }
  if (n) out.push(acc << (8 - n));
  return Uint8Array.from(out);
};
/** AAC-LC (object type 2), 44.1 kHz (index 4), stereo. */
const LC_44K_STEREO = bits([2, 5], [4, 4], [2, 4], [0, 3]);
const esds = (oti: number, asc: Uint8Array) => box('esds', full(), desc(0x03, be16(1), u8(0), desc(0x04, u8(oti, 0x15), zeros(3), be32(0), be32(0), desc(0x05, asc)), desc(0x06, u8(2))));
const mp4a = (channels: number, rate: number, ...children: Uint8Array[]) =>
  box('mp4a', zeros(6), be16(1), zeros(8), be16(channels), be16(16), zeros(4), be32(rate * 65536), ...children);
const entry = (type: string) => box(type, zeros(6), be16(1), zeros(8), be16(2), be16(16), zeros(4), be32(44100 * 65536));

interface TrackOpts {
  handler?: string;
  sampleEntry: Uint8Array;
  timescale?: number;
  frames?: number;
  /** Time-scale units per frame in stts. */
  delta?: number;
}
const trak = (id: number, o: TrackOpts) => {
  const timescale = o.timescale ?? 44100;
  const frames = o.frames ?? 100;
  const delta = o.delta ?? 1024;
  return box(
    'trak',
    box('tkhd', full(), zeros(8), be32(id), zeros(68)),
    box(
      'mdia',
      box('mdhd', full(), zeros(8), be32(timescale), be32(frames * delta), zeros(4)),
      box('hdlr', full(), zeros(4), enc(o.handler ?? 'soun'), zeros(12)),
      box('minf', box('stbl', box('stsd', full(), be32(1), o.sampleEntry), box('stts', full(), be32(1), be32(frames), be32(delta)), box('stsz', full(), be32(0), be32(frames)))),
    ),
  );
};
const ftyp = (brand = 'M4A ') => box('ftyp', enc(brand), be32(0), enc(`${brand}isom`));
const mvhd = () => box('mvhd', full(), zeros(8), be32(1000), be32(2322), zeros(80));
const m4a = (...traks: Uint8Array[]) => concat(ftyp(), box('moov', mvhd(), ...traks), box('mdat', zeros(64)));
const aacTrack = (o: Partial<TrackOpts> = {}) => trak(1, { sampleEntry: mp4a(2, 44100, esds(0x40, LC_44K_STEREO)), ...o });

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(isWavError(e)).toBe(true);
    return { reason: (e as { reason: string }).reason, message: (e as Error).message };
  }
  throw new Error('expected a refusal');
};

/** One ADTS frame (13818-7 §6.2.1): no CRC, AAC-LC, `rateIndex`, `channels`, `payload` bytes. */
const adtsFrame = (rateIndex: number, channels: number, payload: number) => {
  const len = 7 + payload;
  return concat(u8(0xff, 0xf1, (1 << 6) | (rateIndex << 2) | (channels >> 2), ((channels & 3) << 6) | (len >> 11), (len >> 3) & 0xff, ((len & 7) << 5) | 0x1f, 0xfc), zeros(payload));
};

describe('detectAudioFormat tells AAC by its bytes', () => {
  it('an ftyp box first is M4A/MP4, whatever its brand; an ADTS sync with layer 00 is raw AAC; MP3 and WebM are what they were', () => {
    expect(detectAudioFormat(m4a(aacTrack()))).toBe('m4a');
    expect(detectAudioFormat(concat(ftyp('mp42'), box('free')))).toBe('m4a');
    expect(detectAudioFormat(adtsFrame(4, 2, 20))).toBe('aac');
    // MPEG-1 Layer III, 128 kb/s, 44.1 kHz: layer bits 01.
    expect(detectAudioFormat(u8(0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0))).toBe('mp3');
    expect(refusal(() => detectAudioFormat(u8(0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0))).message).toMatch(/^WebM\/Matroska audio .*is not read; send WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A\/AAC$/);
  });

  it('the committed fixtures: an M4A, an ADTS stream and a video-only MP4', () => {
    expect(detectAudioFormat(readFileSync(join(FIXTURES, 'cry.m4a')))).toBe('m4a');
    expect(detectAudioFormat(readFileSync(join(FIXTURES, 'cry.aac')))).toBe('aac');
    expect(detectAudioFormat(readFileSync(join(FIXTURES, 'video-only.mp4')))).toBe('m4a');
  });
});

describe('m4aHeader', () => {
  it('reads the AAC track\'s rate, channels and length from its boxes', () => {
    expect(m4aHeader(m4a(aacTrack({ frames: 431 })))).toEqual({ format: 'm4a', sampleRate: 44100, channels: 2, durationS: (431 * 1024) / 44100 });
  });

  it('the committed cry: 16 kHz mono, 6.9 s', () => {
    const h = m4aHeader(readFileSync(join(FIXTURES, 'cry.m4a')));
    expect(h).toMatchObject({ format: 'm4a', sampleRate: 16000, channels: 1 });
    expect(h.durationS).toBeGreaterThan(6.8);
    expect(h.durationS).toBeLessThan(7.1);
  });

  it('HE-AAC: the rate is the SBR output rate, twice the core\'s', () => {
    // Object type 5 (SBR), core 24 kHz (index 6), stereo, extension 48 kHz (index 3), then AAC-LC.
    const he = bits([5, 5], [6, 4], [2, 4], [3, 4], [2, 5], [0, 3]);
    const h = m4aHeader(m4a(aacTrack({ sampleEntry: mp4a(2, 24000, esds(0x40, he)), timescale: 48000, frames: 100, delta: 2048 })));
    expect(h.sampleRate).toBe(48000);
    expect(h.durationS).toBeCloseTo((100 * 1024) / 24000, 6);
  });

  it('a sample table claiming 1 time unit per frame does not hide the frames\' length', () => {
    const h = m4aHeader(m4a(aacTrack({ frames: 44100, delta: 1 })));
    expect(h.durationS).toBeCloseTo(1024, 6);
  });

  it('a fragmented MP4 (the moov lists no frames): the length is its fragments\' frames of the sound track', () => {
    const empty = aacTrack({ frames: 0 });
    const fragment = (trackId: number, frames: number) =>
      box('moof', box('mfhd', full(), be32(1)), box('traf', box('tfhd', full(), be32(trackId)), box('trun', full(), be32(frames))));
    const file = concat(ftyp('iso5'), box('moov', mvhd(), empty, box('mvex')), fragment(1, 400), box('mdat', zeros(16)), fragment(2, 999), fragment(1, 30), box('mdat', zeros(16)));
    expect(m4aHeader(file).durationS).toBeCloseTo((430 * 1024) / 44100, 6);
  });

  it('a file of a million empty boxes and no moov is refused as unfinished', () => {
    const file = new Uint8Array(24 + 8 * 1_000_000);
    file.set(ftyp(), 0);
    for (let at = 24; at < file.length; at += 8) file.set(concat(be32(8), enc('free')), at);
    expect(refusal(() => m4aHeader(file)).reason).toBe('truncated');
  });

  it('QuickTime keeps the esds inside a wave box', () => {
    const qt = box('mp4a', zeros(6), be16(1), be16(1), zeros(6), be16(2), be16(16), zeros(4), be32(44100 * 65536), zeros(16), box('wave', box('frma', enc('mp4a')), esds(0x40, LC_44K_STEREO)));
    expect(m4aHeader(m4a(trak(1, { sampleEntry: qt }))).sampleRate).toBe(44100);
  });

  it('uses the first sound track, after a video track', () => {
    const video = trak(1, { handler: 'vide', sampleEntry: box('mp4v', zeros(70)), timescale: 25, frames: 10, delta: 1 });
    expect(m4aHeader(m4a(video, aacTrack({ frames: 43 }))).channels).toBe(2);
  });

  it('an MP4 with only video, or with no track, is refused naming what it holds', () => {
    const video = trak(1, { handler: 'vide', sampleEntry: box('mp4v', zeros(70)) });
    expect(refusal(() => m4aHeader(m4a(video)))).toEqual({
      reason: 'unsupported_codec',
      message: 'an MP4 with no audio track (it holds video only) is not read; send WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC',
    });
    expect(refusal(() => m4aHeader(readFileSync(join(FIXTURES, 'video-only.mp4')))).message).toMatch(/^an MP4 with no audio track \(it holds video only\)/);
    expect(refusal(() => m4aHeader(m4a())).message).toMatch(/no audio track \(it holds no tracks\)/);
  });

  it('a sound track in another codec is refused naming the codec', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [entry('alac'), /^Apple Lossless \(ALAC\) audio in M4A is not read/],
      [entry('samr'), /^AMR audio in 3GP\/MP4/],
      [entry('Opus'), /^Opus audio in MP4/],
      [entry('enca'), /^encrypted \(DRM-protected\) audio/],
      [mp4a(2, 44100, esds(0x6b, u8())), /^MP3 audio in MP4/],
      [mp4a(2, 44100, esds(0x40, bits([31, 5], [42 - 32, 6], [4, 4], [2, 4]))), /^xHE-AAC \(USAC\) audio in M4A/],
    ];
    for (const [sampleEntry, message] of cases) {
      const e = refusal(() => m4aHeader(m4a(trak(1, { sampleEntry }))));
      expect(e.reason).toBe('unsupported_codec');
      expect(e.message).toMatch(message);
    }
  });

  it('an image in the same box structure is refused as an image', () => {
    expect(refusal(() => m4aHeader(concat(ftyp('heic'), box('meta', full())))).message).toMatch(/^an HEIF\/AVIF image \(brand 'heic'\), not a recording, is not read/);
  });

  it('a file cut off inside its audio data, or never given its moov box, is truncated', () => {
    const whole = m4a(aacTrack());
    const cut = refusal(() => m4aHeader(whole.subarray(0, whole.length - 10)));
    expect(cut.reason).toBe('truncated');
    expect(cut.message).toMatch(/its audio data \(the 'mdat' box\) should run to byte \d+, the file ends at \d+/);
    // What a recorder leaves when it stops before writing its index: ftyp and mdat only.
    const unfinished = refusal(() => m4aHeader(concat(ftyp(), box('mdat', zeros(4000)))));
    expect(unfinished).toEqual({ reason: 'truncated', message: expect.stringMatching(/no 'moov' box .*not finished, or the file is cut off/) as unknown as string });
  });

  it('boxes that do not nest, or an AAC track without its decoder configuration, are malformed', () => {
    const broken = m4a(aacTrack());
    // The moov box's first child (mvhd) claims more bytes than its parent holds.
    broken.set(be32(10_000), ftyp().length + 8);
    expect(refusal(() => m4aHeader(broken)).reason).toBe('malformed');
    const noEsds = refusal(() => m4aHeader(m4a(trak(1, { sampleEntry: mp4a(2, 44100) }))));
    expect(noEsds).toEqual({ reason: 'malformed', message: expect.stringMatching(/no decoder configuration \('esds'\)/) as unknown as string });
  });
});

describe('adtsHeader', () => {
  it('counts frames for the length; rate and channels from the first header', () => {
    const stream = concat(...Array.from({ length: 50 }, () => adtsFrame(8, 1, 30)));
    expect(adtsHeader(stream)).toEqual({ format: 'aac', sampleRate: 16000, channels: 1, durationS: (50 * 1024) / 16000 });
  });

  it('the committed ADTS cry: 16 kHz mono, 7 s', () => {
    const h = adtsHeader(readFileSync(join(FIXTURES, 'cry.aac')));
    expect(h).toMatchObject({ sampleRate: 16000, channels: 1 });
    // 110 frames: the clip's 6.94 s and the encoder's priming.
    expect(h.durationS).toBeCloseTo((110 * 1024) / 16000, 6);
  });

  it('a stream cut inside its last frame is truncated; a lost sync is malformed', () => {
    const stream = concat(adtsFrame(4, 2, 100), adtsFrame(4, 2, 100));
    expect(refusal(() => adtsHeader(stream.subarray(0, stream.length - 5)))).toEqual({ reason: 'truncated', message: 'truncated AAC (ADTS) stream: the frame at byte 107 needs 107 bytes, 102 remain' });
    const garbled = stream.slice();
    garbled[107] = 0x00;
    expect(refusal(() => adtsHeader(garbled))).toEqual({ reason: 'malformed', message: 'malformed AAC (ADTS) stream: no frame header at byte 107' });
  });
});
