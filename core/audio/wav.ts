/**
 * WAV (RIFF/WAVE) decoding for the cry detector: `tend cry FILE.wav` and
 * `POST /api/subjects/:id/audio` accept any PCM WAV, so every integer depth (8/16/24/32),
 * IEEE float (32/64), WAVE_FORMAT_EXTENSIBLE, any rate and any channel count is read and
 * mixed down to mono float samples in [-1, 1].
 *
 * Layout per Microsoft's "Multimedia Programming Interface and Data Specifications 1.0"
 * (RIFF, 1991) and the WAVE_FORMAT_EXTENSIBLE note (mmreg.h / KSDATAFORMAT_SUBTYPE_*).
 */
import { ApiError } from '../../api/errors';

/** What is wrong with a file that is not a WAV we can read. */
export type WavErrorReason =
  | 'not_riff'
  | 'not_wave'
  | 'missing_fmt'
  | 'missing_data'
  | 'truncated'
  | 'unsupported_codec'
  | 'unsupported_bit_depth'
  | 'unsupported_rate'
  | 'too_long'
  | 'malformed';

/**
 * Sample rates read, Hz. Below 8 kHz no cry is audible (its fundamental is 250–600 Hz with
 * harmonics to 4 kHz) and 1 Hz headers are how a 1 KB file once held the hub for 55 s while
 * it was resampled to 16 kHz; above 192 kHz is no recorder people own.
 */
export const WAV_MIN_RATE = 8000;
export const WAV_MAX_RATE = 192000;
/** Most channels read; WAVE_FORMAT_EXTENSIBLE names 18 speaker positions. */
export const WAV_MAX_CHANNELS = 32;
/** Longest recording analysed, s: a night (the file route stores at most 6 h of windows). */
export const WAV_MAX_DURATION_S = 12 * 3600;

/**
 * A bad or unreadable WAV. It is an `ApiError` with code `bad_request`, so the hub answers
 * 400 and the CLI exits 2 without special handling; `reason` says which problem it was.
 */
export class WavError extends ApiError {
  readonly reason: WavErrorReason;
  readonly isWavError = true;
  constructor(reason: WavErrorReason, message: string) {
    super('bad_request', message, 'audio');
    this.name = 'WavError';
    this.reason = reason;
  }
}

/** Cross-realm check (see api/errors.ts): true for anything shaped like a WavError. */
export function isWavError(e: unknown): e is WavError {
  return typeof e === 'object' && e !== null && (e as { isWavError?: unknown }).isWavError === true;
}

export type WavSampleFormat = 'int' | 'float';

/** A decoded WAV, mixed down to mono. */
export interface DecodedWav {
  /** Hz, as declared in the fmt chunk. */
  sampleRate: number;
  /** Channel count of the file (the samples below are already mono). */
  channels: number;
  /** Bits per sample of the container (8, 16, 24, 32 or 64). */
  bitsPerSample: number;
  format: WavSampleFormat;
  /** Mono samples, the mean of all channels, full scale ±1. */
  samples: Float32Array;
  /** s */
  durationS: number;
}

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT = 0x0003;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

/** Names of formats people actually send, for a clearer "unsupported codec" message. */
const CODEC_NAMES: Record<number, string> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'mu-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG',
  0x0055: 'MPEG Layer 3 (MP3)',
  0x00ff: 'AAC',
  0x1610: 'HE-AAC',
};

/** KSDATAFORMAT_SUBTYPE_* GUIDs end with these 14 bytes; the first 2 are the format tag. */
const SUBTYPE_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

function fourcc(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

interface FmtInfo {
  tag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bitsPerSample: number;
}

function readFmt(view: DataView, at: number, size: number): FmtInfo {
  if (size < 16) throw new WavError('malformed', `fmt chunk is ${size} bytes, needs at least 16`);
  let tag = view.getUint16(at, true);
  const channels = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const bitsPerSample = view.getUint16(at + 14, true);
  if (tag === WAVE_FORMAT_EXTENSIBLE) {
    if (size < 40) throw new WavError('malformed', `WAVE_FORMAT_EXTENSIBLE fmt chunk is ${size} bytes, needs 40`);
    const guid = at + 24;
    tag = view.getUint16(guid, true);
    for (let i = 0; i < SUBTYPE_TAIL.length; i++) {
      if (view.getUint8(guid + 2 + i) !== SUBTYPE_TAIL[i]) {
        throw new WavError('unsupported_codec', 'WAVE_FORMAT_EXTENSIBLE with a non-standard sub-format GUID');
      }
    }
  }
  if (tag !== WAVE_FORMAT_PCM && tag !== WAVE_FORMAT_IEEE_FLOAT) {
    const name = CODEC_NAMES[tag] ?? `format tag 0x${tag.toString(16).padStart(4, '0')}`;
    throw new WavError('unsupported_codec', `unsupported WAV codec: ${name} (only PCM and IEEE float are read)`);
  }
  if (channels < 1) throw new WavError('malformed', 'fmt chunk declares 0 channels');
  if (channels > WAV_MAX_CHANNELS) throw new WavError('malformed', `fmt chunk declares ${channels} channels; at most ${WAV_MAX_CHANNELS} are read`);
  if (sampleRate < WAV_MIN_RATE || sampleRate > WAV_MAX_RATE) {
    throw new WavError('unsupported_rate', `sample rate ${sampleRate} Hz is outside ${WAV_MIN_RATE / 1000}–${WAV_MAX_RATE / 1000} kHz`);
  }
  const okDepth =
    tag === WAVE_FORMAT_PCM ? [8, 16, 24, 32].includes(bitsPerSample) : bitsPerSample === 32 || bitsPerSample === 64;
  if (!okDepth) {
    throw new WavError(
      'unsupported_bit_depth',
      `unsupported ${tag === WAVE_FORMAT_PCM ? 'PCM' : 'float'} bit depth: ${bitsPerSample}`,
    );
  }
  // nBlockAlign (offset 12) is not trusted: some writers get it wrong, and the frame size
  // follows from channels and depth.
  return { tag, channels, sampleRate, blockAlign: channels * (bitsPerSample / 8), bitsPerSample };
}

/**
 * Parses a WAV file and mixes it down to mono.
 *
 * @throws WavError (code `bad_request`) naming the problem: not a RIFF/WAVE file, missing
 *   fmt or data chunk, a data chunk shorter than declared (truncated file), an unsupported
 *   codec (ADPCM, A-law, MP3…) or bit depth, a sample rate outside 8–192 kHz, more than 32
 *   channels, or a recording longer than 12 h.
 */
export function parseWav(bytes: Uint8Array, opts: { maxDurationS?: number } = {}): DecodedWav {
  const maxDurationS = opts.maxDurationS ?? WAV_MAX_DURATION_S;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new WavError('not_riff', `not a WAV file: only ${bytes.byteLength} bytes`);
  const riff = fourcc(view, 0);
  if (riff === 'RIFX' || riff === 'RF64') {
    throw new WavError('unsupported_codec', `unsupported WAV container ${riff} (only little-endian RIFF is read)`);
  }
  if (riff !== 'RIFF') throw new WavError('not_riff', 'not a WAV file: no RIFF header');
  if (fourcc(view, 8) !== 'WAVE') throw new WavError('not_wave', `RIFF file of type "${fourcc(view, 8)}", not WAVE`);

  let fmt: FmtInfo | undefined;
  let data: { at: number; size: number } | undefined;
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = fourcc(view, at);
    const declared = view.getUint32(at + 4, true);
    const body = at + 8;
    const available = bytes.byteLength - body;
    if (id === 'fmt ') {
      if (declared > available) throw new WavError('truncated', 'truncated WAV: the fmt chunk is cut off');
      fmt = readFmt(view, body, declared);
    } else if (id === 'data') {
      // Writers that stream (and some recorders killed mid-file) leave 0xFFFFFFFF here:
      // "to the end of the file".
      const unknown = declared === 0xffffffff;
      if (!unknown && declared > available) {
        throw new WavError(
          'truncated',
          `truncated WAV: the data chunk declares ${declared} bytes but only ${available} are present`,
        );
      }
      data = { at: body, size: unknown ? available : declared };
      break;
    }
    // Chunks are word-aligned: an odd-sized chunk is followed by one pad byte.
    at = body + declared + (declared & 1);
  }
  if (!fmt) throw new WavError('missing_fmt', 'WAV has no fmt chunk before its data');
  if (!data) throw new WavError('missing_data', 'WAV has no data chunk');

  const frames = Math.floor(data.size / fmt.blockAlign);
  // Checked before a sample is decoded or resampled: the work grows with the duration.
  if (frames / fmt.sampleRate > maxDurationS) {
    throw new WavError('too_long', `the recording is ${(frames / fmt.sampleRate).toFixed(1)} s long; at most ${maxDurationS} s is analysed`);
  }
  const samples = new Float32Array(frames);
  const { channels, bitsPerSample } = fmt;
  const isFloat = fmt.tag === WAVE_FORMAT_IEEE_FLOAT;
  const bytesPer = bitsPerSample / 8;
  const read = sampleReader(view, isFloat, bitsPerSample);
  const inv = 1 / channels;
  let p = data.at;
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      sum += read(p);
      p += bytesPer;
    }
    samples[i] = sum * inv;
  }
  return {
    sampleRate: fmt.sampleRate,
    channels,
    bitsPerSample,
    format: isFloat ? 'float' : 'int',
    samples,
    durationS: frames / fmt.sampleRate,
  };
}

/**
 * Integer PCM is scaled by 2^(bits-1) (so int16 -32768 → -1, as soundfile/libsndfile do,
 * which the training code uses); 8-bit WAV is unsigned with 128 as zero.
 */
function sampleReader(view: DataView, isFloat: boolean, bits: number): (at: number) => number {
  if (isFloat) return bits === 32 ? (at) => view.getFloat32(at, true) : (at) => view.getFloat64(at, true);
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) / 128;
    case 16:
      return (at) => view.getInt16(at, true) / 32768;
    case 24:
      return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
    case 32:
      return (at) => view.getInt32(at, true) / 2147483648;
    default:
      throw new WavError('unsupported_bit_depth', `unsupported PCM bit depth: ${bits}`);
  }
}

/** Options for {@link encodeWav}. */
export interface EncodeWavOptions {
  /** Hz */
  sampleRate: number;
  /** Bits per sample: 8/16/24/32 integer or 32/64 float. Default 16 integer. */
  bitsPerSample?: 8 | 16 | 24 | 32 | 64;
  format?: WavSampleFormat;
  /** Write WAVE_FORMAT_EXTENSIBLE instead of the plain format tag. */
  extensible?: boolean;
}

/**
 * Writes interleaved-by-channel samples (one Float32Array per channel, full scale ±1) as a
 * WAV. Used to keep 10-second clips around episodes, by the benchmark and by tests.
 */
export function encodeWav(channelData: Float32Array[], opts: EncodeWavOptions): Uint8Array {
  const bits = opts.bitsPerSample ?? 16;
  const format = opts.format ?? 'int';
  const channels = channelData.length;
  const frames = channels > 0 ? channelData[0]!.length : 0;
  const bytesPer = bits / 8;
  const dataSize = frames * channels * bytesPer;
  const fmtSize = opts.extensible ? 40 : 16;
  const out = new Uint8Array(12 + 8 + fmtSize + 8 + dataSize + (dataSize & 1));
  const v = new DataView(out.buffer);
  const put = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) v.setUint8(at + i, s.charCodeAt(i));
  };
  put(0, 'RIFF');
  v.setUint32(4, out.length - 8, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  v.setUint32(16, fmtSize, true);
  const tag = format === 'float' ? WAVE_FORMAT_IEEE_FLOAT : WAVE_FORMAT_PCM;
  v.setUint16(20, opts.extensible ? WAVE_FORMAT_EXTENSIBLE : tag, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, opts.sampleRate, true);
  v.setUint32(28, opts.sampleRate * channels * bytesPer, true);
  v.setUint16(32, channels * bytesPer, true);
  v.setUint16(34, bits, true);
  if (opts.extensible) {
    v.setUint16(36, 22, true);
    v.setUint16(38, bits, true);
    v.setUint32(40, channels === 2 ? 0x3 : channels === 1 ? 0x4 : 0, true);
    v.setUint16(44, tag, true);
    SUBTYPE_TAIL.forEach((b, i) => v.setUint8(46 + i, b));
  }
  const d = 20 + fmtSize;
  put(d, 'data');
  v.setUint32(d + 4, dataSize, true);
  let p = d + 8;
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels; c++) {
      const x = channelData[c]![i]!;
      if (format === 'float') {
        if (bits === 64) v.setFloat64(p, x, true);
        else v.setFloat32(p, x, true);
      } else {
        const full = 2 ** (bits - 1);
        const q = Math.max(-full, Math.min(full - 1, Math.round(x * full)));
        if (bits === 8) v.setUint8(p, q + 128);
        else if (bits === 16) v.setInt16(p, q, true);
        else if (bits === 24) {
          v.setUint8(p, q & 0xff);
          v.setUint8(p + 1, (q >> 8) & 0xff);
          v.setInt8(p + 2, q >> 16);
        } else v.setInt32(p, q, true);
      }
      p += bytesPer;
    }
  }
  return out;
}
