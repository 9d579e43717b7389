import { describe, expect, it } from 'vitest';
import { encodeWav, isWavError, parseWav } from './wav';
import type { WavErrorReason } from './wav';

/**
 * Builds a WAV byte by byte (independently of encodeWav): a fmt chunk with the given
 * fields and a data chunk holding `data` verbatim.
 */
function wav(opts: {
  tag: number;
  channels: number;
  rate: number;
  bits: number;
  data: number[];
  extensibleSubtype?: number;
  declaredDataSize?: number;
  extraChunkBeforeData?: number[]; // body bytes of a 'LIST' chunk
}): Uint8Array {
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (v: number) => bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const str = (s: string) => bytes.push(...[...s].map((c) => c.charCodeAt(0)));
  str('RIFF');
  u32(0); // patched below
  str('WAVE');
  str('fmt ');
  const ext = opts.extensibleSubtype !== undefined;
  u32(ext ? 40 : 16);
  u16(opts.tag);
  u16(opts.channels);
  u32(opts.rate);
  u32((opts.rate * opts.channels * opts.bits) / 8);
  u16((opts.channels * opts.bits) / 8);
  u16(opts.bits);
  if (ext) {
    u16(22);
    u16(opts.bits);
    u32(3);
    u16(opts.extensibleSubtype!);
    bytes.push(0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71);
  }
  if (opts.extraChunkBeforeData) {
    str('LIST');
    u32(opts.extraChunkBeforeData.length);
    bytes.push(...opts.extraChunkBeforeData);
    if (opts.extraChunkBeforeData.length % 2) bytes.push(0);
  }
  str('data');
  u32(opts.declaredDataSize ?? opts.data.length);
  bytes.push(...opts.data);
  const out = Uint8Array.from(bytes);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

function f32le(...xs: number[]): number[] {
  const b = new Uint8Array(4 * xs.length);
  xs.forEach((x, i) => new DataView(b.buffer).setFloat32(4 * i, x, true));
  return [...b];
}

function reasonOf(bytes: Uint8Array): WavErrorReason | undefined {
  try {
    parseWav(bytes);
    return undefined;
  } catch (e) {
    if (isWavError(e)) return e.reason;
    throw e;
  }
}

describe('parseWav', () => {
  it('reads unsigned 8-bit PCM with 128 as zero', () => {
    const w = parseWav(wav({ tag: 1, channels: 1, rate: 8000, bits: 8, data: [128, 192, 0, 255] }));
    expect(w.sampleRate).toBe(8000);
    expect(w.bitsPerSample).toBe(8);
    expect([...w.samples]).toEqual([0, 0.5, -1, 127 / 128]);
  });

  it('reads signed 16-bit little-endian PCM scaled by 32768', () => {
    // 0x4000 = 16384 → 0.5; 0x8000 = -32768 → -1; 0xFFFF = -1 → -1/32768
    const w = parseWav(wav({ tag: 1, channels: 1, rate: 16000, bits: 16, data: [0x00, 0x40, 0x00, 0x80, 0xff, 0xff] }));
    expect([...w.samples]).toEqual([0.5, -1, -1 / 32768]);
    expect(w.durationS).toBeCloseTo(3 / 16000, 12);
  });

  it('reads 24-bit PCM including negative values', () => {
    // 0x400000 → 0.5; 0xC00000 → -0.5; 0x000001 → 2^-23
    const w = parseWav(
      wav({ tag: 1, channels: 1, rate: 44100, bits: 24, data: [0, 0, 0x40, 0, 0, 0xc0, 1, 0, 0] }),
    );
    expect([...w.samples]).toEqual([0.5, -0.5, 2 ** -23]);
  });

  it('reads 32-bit integer PCM', () => {
    const w = parseWav(wav({ tag: 1, channels: 1, rate: 48000, bits: 32, data: [0, 0, 0, 0x40, 0, 0, 0, 0xc0] }));
    expect([...w.samples]).toEqual([0.5, -0.5]);
  });

  it('reads 32-bit and 64-bit IEEE float', () => {
    const w32 = parseWav(wav({ tag: 3, channels: 1, rate: 22050, bits: 32, data: f32le(0.25, -0.75) }));
    expect(w32.format).toBe('float');
    expect([...w32.samples]).toEqual([0.25, -0.75]);
    const d = new Uint8Array(16);
    new DataView(d.buffer).setFloat64(0, 0.125, true);
    new DataView(d.buffer).setFloat64(8, -1, true);
    const w64 = parseWav(wav({ tag: 3, channels: 1, rate: 22050, bits: 64, data: [...d] }));
    expect([...w64.samples]).toEqual([0.125, -1]);
  });

  it('mixes stereo and multi-channel audio down to the mean of the channels', () => {
    // frames (L, R): (0.5, -0.5) → 0; (0.5, 0.5) → 0.5
    const st = parseWav(wav({ tag: 1, channels: 2, rate: 16000, bits: 16, data: [0, 0x40, 0, 0xc0, 0, 0x40, 0, 0x40] }));
    expect(st.channels).toBe(2);
    expect([...st.samples]).toEqual([0, 0.5]);
    // 3 channels of float: (0.3, 0.6, 0.9) → 0.6
    const tri = parseWav(wav({ tag: 3, channels: 3, rate: 16000, bits: 32, data: f32le(0.3, 0.6, 0.9) }));
    expect(tri.samples[0]).toBeCloseTo(0.6, 6);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE files by their sub-format GUID', () => {
    const pcm = parseWav(
      wav({ tag: 0xfffe, extensibleSubtype: 1, channels: 2, rate: 96000, bits: 24, data: [0, 0, 0x40, 0, 0, 0x40] }),
    );
    expect(pcm.format).toBe('int');
    expect([...pcm.samples]).toEqual([0.5]);
    const flt = parseWav(wav({ tag: 0xfffe, extensibleSubtype: 3, channels: 1, rate: 48000, bits: 32, data: f32le(-0.5) }));
    expect(flt.format).toBe('float');
    expect([...flt.samples]).toEqual([-0.5]);
  });

  it('skips unknown chunks, honouring the pad byte after an odd-sized chunk', () => {
    const w = parseWav(wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0x40], extraChunkBeforeData: [1, 2, 3] }));
    expect([...w.samples]).toEqual([0.5]);
  });

  it('reads a data chunk of unknown size (0xFFFFFFFF) to the end of the file', () => {
    const w = parseWav(wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0x40, 0, 0xc0], declaredDataSize: 0xffffffff }));
    expect([...w.samples]).toEqual([0.5, -0.5]);
  });

  it('rejects a data chunk shorter than declared as truncated, naming the sizes', () => {
    const bytes = wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0x40, 0, 0x40], declaredDataSize: 1000 });
    expect(reasonOf(bytes)).toBe('truncated');
    expect(() => parseWav(bytes)).toThrow(/declares 1000 bytes but only 4/);
  });

  it('rejects a file cut off inside its header (truncated fmt) or before its data chunk (missing data)', () => {
    const full = wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0x40] });
    expect(reasonOf(full.subarray(0, 30))).toBe('truncated'); // inside the fmt chunk
    expect(reasonOf(full.subarray(0, 36))).toBe('missing_data'); // fmt complete, no data header
  });

  it('rejects non-WAV input with a typed bad_request error', () => {
    const mp3 = Uint8Array.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // "ID3…"
    expect(reasonOf(mp3)).toBe('not_riff');
    expect(reasonOf(new Uint8Array(0))).toBe('not_riff');
    const avi = wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0] });
    avi.set([0x41, 0x56, 0x49, 0x20], 8); // "AVI "
    expect(reasonOf(avi)).toBe('not_wave');
    try {
      parseWav(mp3);
    } catch (e) {
      expect((e as { code: string }).code).toBe('bad_request');
    }
    expect.assertions(4);
  });

  it('rejects compressed codecs and odd bit depths by name', () => {
    const mp3InWav = wav({ tag: 0x55, channels: 1, rate: 8000, bits: 16, data: [0, 0] });
    expect(reasonOf(mp3InWav)).toBe('unsupported_codec');
    expect(() => parseWav(mp3InWav)).toThrow(/MP3/);
    expect(reasonOf(wav({ tag: 7, channels: 1, rate: 8000, bits: 8, data: [0] }))).toBe('unsupported_codec');
    expect(reasonOf(wav({ tag: 1, channels: 1, rate: 8000, bits: 12, data: [0, 0] }))).toBe('unsupported_bit_depth');
    expect(reasonOf(wav({ tag: 3, channels: 1, rate: 8000, bits: 16, data: [0, 0] }))).toBe('unsupported_bit_depth');
  });
});

describe('encodeWav', () => {
  it('writes files parseWav reads back within one quantisation step', () => {
    const left = Float32Array.from([0, 0.5, -0.25, 0.999]);
    const right = Float32Array.from([0.1, -0.5, 0.25, -1]);
    const cases = [
      { bitsPerSample: 8, format: 'int', step: 1 / 128 },
      { bitsPerSample: 16, format: 'int', step: 1 / 32768 },
      { bitsPerSample: 24, format: 'int', step: 2 ** -23 },
      { bitsPerSample: 32, format: 'float', step: 1e-7 },
    ] as const;
    for (const c of cases) {
      for (const extensible of [false, true]) {
        const w = parseWav(
          encodeWav([left, right], { sampleRate: 44100, bitsPerSample: c.bitsPerSample, format: c.format, extensible }),
        );
        expect(w.channels).toBe(2);
        w.samples.forEach((s, i) => expect(Math.abs(s - (left[i]! + right[i]!) / 2)).toBeLessThanOrEqual(c.step));
      }
    }
  });

  it('refuses sample rates outside 8–192 kHz, naming the rate, before decoding anything', () => {
    // A 1 Hz header: 32 KB of it once meant 9 h of audio to resample to 16 kHz.
    const oneHz = wav({ tag: 1, channels: 1, rate: 1, bits: 16, data: new Array(32_000).fill(0) });
    expect(reasonOf(oneHz)).toBe('unsupported_rate');
    expect(() => parseWav(oneHz)).toThrow(/sample rate 1 Hz is outside 8–192 kHz/);
    expect(reasonOf(wav({ tag: 1, channels: 1, rate: 7999, bits: 16, data: [0, 0] }))).toBe('unsupported_rate');
    expect(reasonOf(wav({ tag: 1, channels: 1, rate: 192_001, bits: 16, data: [0, 0] }))).toBe('unsupported_rate');
    expect(reasonOf(wav({ tag: 1, channels: 1, rate: 8000, bits: 16, data: [0, 0] }))).toBeUndefined();
    expect(reasonOf(wav({ tag: 1, channels: 1, rate: 192_000, bits: 16, data: [0, 0] }))).toBeUndefined();
  });

  it('refuses more than 32 channels as malformed', () => {
    expect(reasonOf(wav({ tag: 1, channels: 33, rate: 8000, bits: 8, data: new Array(33).fill(128) }))).toBe('malformed');
    expect(reasonOf(wav({ tag: 1, channels: 32, rate: 8000, bits: 8, data: new Array(32).fill(128) }))).toBeUndefined();
  });

  it('refuses a recording longer than the limit before decoding it', () => {
    const twoSeconds = wav({ tag: 1, channels: 1, rate: 8000, bits: 8, data: new Array(16_000).fill(128) });
    expect(() => parseWav(twoSeconds, { maxDurationS: 1 })).toThrow(expect.objectContaining({ reason: 'too_long', code: 'bad_request', field: 'audio' }));
    expect(parseWav(twoSeconds, { maxDurationS: 2 }).durationS).toBe(2);
  });
});
