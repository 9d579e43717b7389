/**
 * Audio as people have it: WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus and AAC (M4A/MP4 and raw
 * ADTS), recognised by their magic bytes (not the file name or the Content-Type, which phones
 * and browsers get wrong) and decoded to mono PCM at the cry model's 16 kHz. FLAC, MP3 and Ogg
 * are decoded by eshaz/wasm-audio-decoders (libFLAC, mpg123, libvorbis, libopus compiled to
 * WebAssembly: no system codec, the same on every platform); AAC by FFmpeg's LGPL decoder
 * compiled to WebAssembly (@martel/audio-file-decoder), in a thread of its own (ffmpeg-thread.ts).
 *
 * Hostile-input limits are those of wav.ts: the rate and channel count are read from the
 * stream's own header and checked before a sample is decoded, and so is the duration where
 * the header declares it (FLAC STREAMINFO, the last Ogg page's granule position, an MP3 Xing
 * or Info frame, else the size over the first frame's bit rate; an M4A's sample table, an
 * ADTS stream's frame count). Headers can lie, so the decoded length is also counted and
 * decoding stops at the limit (AAC: the whole stream is decoded at once, its length bounded
 * by its frame count, then checked).
 *
 * Not read: WebM/Matroska, any other codec inside Ogg, and any other codec inside MP4 (ALAC,
 * AMR, Opus…); each is refused naming the format and the ones that are read.
 */
import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';
import { adtsHeader, m4aHeader } from './aac-header';
import { decodeWithFfmpeg, isFfmpegDecodeError } from './ffmpeg-thread';
import { SUPPORTED_AUDIO, unsupported } from './formats';
import { MODEL_SAMPLE_RATE, StreamingResampler, resampleTo16k } from './resample';
import { isWavError, parseWav, WAV_MAX_CHANNELS, WAV_MAX_RATE, WAV_MIN_RATE, WavError } from './wav';

export { SUPPORTED_AUDIO } from './formats';

/** `m4a`: AAC in an M4A/MP4 (or QuickTime) file; `aac`: a raw ADTS stream. */
export type AudioFormat = 'wav' | 'flac' | 'mp3' | 'ogg-vorbis' | 'ogg-opus' | 'm4a' | 'aac';

/**
 * Longest compressed recording analysed, s. A WAV's length is bounded by the 64 MB upload
 * (about 35 min of 16 kHz 16-bit mono); 64 MB of Opus can hold a day, and every decoded hour
 * is 230 MB of 16 kHz float samples in the worker, so compressed audio stops at 2 h.
 */
export const COMPRESSED_MAX_DURATION_S = 2 * 3600;

/**
 * Most samples (at the stream's own rate) of an AAC stream decoded: the package gives the
 * whole stream at once (ffmpeg-thread.ts), so its length is bounded by what it decodes to.
 * Decoding 20 min at 48 kHz peaked at 1.2 GB resident (the decoder's growing buffer in
 * WebAssembly memory, the copy handed back, the resampling; `time -v`), 10 min at 0.7 GB: so
 * 10 min at 48 kHz, which is 30 min at 16 kHz; never more than COMPRESSED_MAX_DURATION_S.
 */
export const AAC_MAX_SAMPLES = 10 * 60 * 48000;

/** Bytes handed to a decoder at a time, so the running length check can stop a lying file early. */
const CHUNK_BYTES = 256 * 1024;

/** A decoded recording at the model's 16 kHz, mixed down to mono. */
export interface DecodedAudio {
  format: AudioFormat;
  /** Hz of the stream (Opus: the encoder's input rate when declared, else 48 kHz). */
  sampleRate: number;
  channels: number;
  /** Mono samples at 16 kHz, full scale ±1. */
  samples16k: Float32Array;
  /** s */
  durationS: number;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** The header facts checked before decoding. */
interface StreamHeader {
  format: Exclude<AudioFormat, 'wav' | 'm4a' | 'aac'>;
  sampleRate: number;
  channels: number;
  /** s, when the header says (or lets us estimate) it. */
  durationS?: number;
}

/**
 * Names the format of `bytes` by its magic bytes.
 * @throws WavError `unsupported_codec` for M4A/AAC, WebM, and Ogg holding another codec;
 *   `not_riff` for bytes that are no audio file we know.
 */
export function detectAudioFormat(bytes: Uint8Array): AudioFormat {
  if (bytes.length >= 4) {
    const four = ascii(bytes, 0, 4);
    if (four === 'RIFF' || four === 'RIFX' || four === 'RF64') return 'wav';
    if (four === 'fLaC') return 'flac';
    if (four === 'OggS') return oggCodec(bytes);
    if (four === '\x1aE\xdf\xa3') throw unsupported('WebM/Matroska audio (what a browser\'s MediaRecorder makes)');
  }
  // ISO base media (ISO/IEC 14496-12 §4.3): the first box is 'ftyp'. Its brand and tracks are read by m4aHeader.
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') return 'm4a';
  if (bytes.length >= 3 && ascii(bytes, 0, 3) === 'ID3') return 'mp3';
  // Layer bits 00 after a 12-bit sync: ADTS, raw AAC (ISO/IEC 13818-7 §6.2).
  if (bytes.length >= 7 && bytes[0] === 0xff && (bytes[1]! & 0xf0) === 0xf0 && (bytes[1]! & 0x06) === 0) return 'aac';
  if (bytes.length >= 4 && mpegFrame(bytes, 0)) return 'mp3';
  throw new WavError('not_riff', `not a WAV, FLAC, MP3, Ogg or M4A audio file (${SUPPORTED_AUDIO} is read)`);
}

/** The codec of an Ogg stream's first packet (RFC 7845 §5.1 OpusHead; Vorbis I §4.2.2). */
function oggCodec(b: Uint8Array): AudioFormat {
  const first = oggFirstPacket(b);
  if (ascii(b, first, 8) === 'OpusHead') return 'ogg-opus';
  if (ascii(b, first, 7) === '\x01vorbis') return 'ogg-vorbis';
  const name = ascii(b, first, 5) === '\x7fFLAC' ? 'FLAC in Ogg' : ascii(b, first, 8) === 'Speex   ' ? 'Speex in Ogg' : 'an Ogg stream of an unknown codec';
  throw unsupported(name);
}

/** Offset of the first packet in the first Ogg page (RFC 3533 §6: 27-byte header, then the segment table). */
function oggFirstPacket(b: Uint8Array): number {
  if (b.length < 28) throw new WavError('truncated', 'truncated Ogg file: the first page is cut off');
  const at = 27 + b[26]!;
  if (b.length < at + 19) throw new WavError('truncated', 'truncated Ogg file: the first page is cut off');
  return at;
}

const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24;
const u32be = (b: Uint8Array, at: number) => b[at]! * 2 ** 24 + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

/** Granule position of the last page: samples (Vorbis) or 48 kHz samples (Opus) at the end. */
function lastGranule(b: Uint8Array): number | undefined {
  for (let at = b.length - 27; at >= 0; at--) {
    if (b[at] === 0x4f && b[at + 1] === 0x67 && b[at + 2] === 0x67 && b[at + 3] === 0x53) {
      const g = u32le(b, at + 6) + u32le(b, at + 10) * 2 ** 32;
      return g >= 2 ** 53 ? undefined : g;
    }
  }
  return undefined;
}

/** MPEG-1/2/2.5 Layer I–III frame header at `at` (ISO/IEC 11172-3 §2.4.2.3), or undefined. */
function mpegFrame(b: Uint8Array, at: number): { sampleRate: number; channels: number; bitrate: number; version: number; layer: number } | undefined {
  if (at + 4 > b.length || b[at] !== 0xff || (b[at + 1]! & 0xe0) !== 0xe0) return undefined;
  const v = (b[at + 1]! >> 3) & 3; // 0: 2.5, 2: 2, 3: 1
  const l = (b[at + 1]! >> 1) & 3; // 1: III, 2: II, 3: I
  const br = b[at + 2]! >> 4;
  const sr = (b[at + 2]! >> 2) & 3;
  if (v === 1 || l === 0 || br === 0 || br === 15 || sr === 3) return undefined;
  const base = [44100, 48000, 32000][sr]!;
  const sampleRate = v === 3 ? base : v === 2 ? base / 2 : base / 4;
  const layer = 4 - l;
  const table =
    v === 3
      ? layer === 1
        ? [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448]
        : layer === 2
          ? [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384]
          : [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
      : layer === 1
        ? [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256]
        : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
  return { sampleRate, channels: b[at + 3]! >> 6 === 3 ? 1 : 2, bitrate: table[br]! * 1000, version: v, layer };
}

function flacHeader(b: Uint8Array): StreamHeader {
  // "fLaC", then METADATA_BLOCK_HEADER (4 bytes), then STREAMINFO (FLAC format §STREAMINFO).
  if (b.length < 8 + 34) throw new WavError('truncated', 'truncated FLAC file: STREAMINFO is cut off');
  if ((b[4]! & 0x7f) !== 0) throw new WavError('malformed', 'FLAC file does not start with STREAMINFO');
  const s = 8;
  const sampleRate = (b[s + 10]! << 12) | (b[s + 11]! << 4) | (b[s + 12]! >> 4);
  const channels = ((b[s + 12]! >> 1) & 7) + 1;
  const total = (b[s + 13]! & 0x0f) * 2 ** 32 + u32be(b, s + 14);
  return { format: 'flac', sampleRate, channels, ...(total > 0 && sampleRate > 0 ? { durationS: total / sampleRate } : {}) };
}

function mp3Header(b: Uint8Array): StreamHeader {
  let at = 0;
  if (ascii(b, 0, 3) === 'ID3') {
    if (b.length < 10) throw new WavError('truncated', 'truncated MP3 file: the ID3 tag is cut off');
    // ID3v2 size is syncsafe (7 bits a byte), excluding the 10-byte header and the optional footer.
    const size = ((b[6]! & 0x7f) << 21) | ((b[7]! & 0x7f) << 14) | ((b[8]! & 0x7f) << 7) | (b[9]! & 0x7f);
    at = 10 + size + (b[5]! & 0x10 ? 10 : 0);
  }
  // Some writers leave padding between the tag and the first frame.
  const end = Math.min(b.length, at + 64 * 1024);
  while (at < end && !mpegFrame(b, at)) at++;
  const f = mpegFrame(b, at);
  if (!f) throw new WavError('malformed', 'MP3 file has no MPEG audio frame after its ID3 tag');
  const samplesPerFrame = f.layer === 1 ? 384 : f.layer === 2 || f.version === 3 ? 1152 : 576;
  // A Xing/Info frame (LAME) declares the frame count; it sits after the side information.
  const side = f.version === 3 ? (f.channels === 1 ? 17 : 32) : f.channels === 1 ? 9 : 17;
  const tag = ascii(b, at + 4 + side, 4);
  let durationS: number | undefined;
  if ((tag === 'Xing' || tag === 'Info') && b[at + 4 + side + 7]! & 1) {
    durationS = (u32be(b, at + 4 + side + 8) * samplesPerFrame) / f.sampleRate;
  } else if (f.bitrate > 0) {
    durationS = ((b.length - at) * 8) / f.bitrate;
  }
  return { format: 'mp3', sampleRate: f.sampleRate, channels: f.channels, ...(durationS !== undefined ? { durationS } : {}) };
}

function oggHeader(b: Uint8Array, format: 'ogg-opus' | 'ogg-vorbis'): StreamHeader {
  const p = oggFirstPacket(b);
  const granule = lastGranule(b);
  if (format === 'ogg-opus') {
    const channels = b[p + 9]!;
    const preSkip = b[p + 10]! | (b[p + 11]! << 8);
    const declared = u32le(b, p + 12);
    // Opus always decodes at 48 kHz; the input rate is informational and 0 when unknown.
    const sampleRate = declared === 0 ? 48000 : declared;
    return { format, sampleRate, channels, ...(granule !== undefined ? { durationS: Math.max(0, granule - preSkip) / 48000 } : {}) };
  }
  const channels = b[p + 11]!;
  const sampleRate = u32le(b, p + 12);
  return { format, sampleRate, channels, ...(granule !== undefined && sampleRate > 0 ? { durationS: granule / sampleRate } : {}) };
}

function checkHeader(h: StreamHeader, maxDurationS: number): void {
  const name = h.format === 'flac' ? 'FLAC' : h.format === 'mp3' ? 'MP3' : h.format === 'ogg-opus' ? 'Ogg Opus' : 'Ogg Vorbis';
  if (h.channels < 1) throw new WavError('malformed', `${name} header declares 0 channels`);
  if (h.channels > WAV_MAX_CHANNELS) throw new WavError('malformed', `${name} header declares ${h.channels} channels; at most ${WAV_MAX_CHANNELS} are read`);
  // Opus is decoded at 48 kHz whatever its header says, so its declared rate only informs.
  if (h.format !== 'ogg-opus' && (h.sampleRate < WAV_MIN_RATE || h.sampleRate > WAV_MAX_RATE)) {
    throw new WavError('unsupported_rate', `sample rate ${h.sampleRate} Hz is outside ${WAV_MIN_RATE / 1000}–${WAV_MAX_RATE / 1000} kHz`);
  }
  if (h.durationS !== undefined && h.durationS > maxDurationS) {
    throw new WavError('too_long', `the ${name} recording is ${h.durationS.toFixed(1)} s long; at most ${maxDurationS} s of compressed audio is analysed`);
  }
}

interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  errors: Array<{ message: string }>;
}
interface StreamDecoder {
  ready: Promise<void>;
  decode(b: Uint8Array): Decoded | Promise<Decoded>;
  flush?: () => Promise<Decoded>;
  free(): void;
}

function decoderFor(format: StreamHeader['format']): StreamDecoder {
  switch (format) {
    case 'flac':
      return new FLACDecoder();
    case 'mp3':
      return new MPEGDecoder();
    case 'ogg-opus':
      return new OggOpusDecoder();
    case 'ogg-vorbis':
      return new OggVorbisDecoder();
    default: {
      const never: never = format;
      throw new Error(`no decoder for ${String(never)}`);
    }
  }
}

/**
 * Decodes any supported recording to 16 kHz mono. WAV goes through parseWav (its own limits,
 * 12 h); the compressed formats through their WebAssembly decoder, at most `maxDurationS`.
 * @throws WavError (400) naming what is wrong: an unsupported or unknown format, a header
 *   outside the limits, a file too long, or one with no decodable audio.
 */
export async function decodeAudio(bytes: Uint8Array, opts: { maxDurationS?: number } = {}): Promise<DecodedAudio> {
  const format = detectAudioFormat(bytes);
  if (format === 'wav') {
    const wav = parseWav(bytes);
    const r = new StreamingResampler(wav.sampleRate, MODEL_SAMPLE_RATE);
    return { format, sampleRate: wav.sampleRate, channels: wav.channels, samples16k: wav.sampleRate === MODEL_SAMPLE_RATE ? wav.samples : concat([r.push(wav.samples), r.flush()]), durationS: wav.durationS };
  }
  const maxDurationS = opts.maxDurationS ?? COMPRESSED_MAX_DURATION_S;
  if (format === 'm4a' || format === 'aac') return decodeAac(bytes, format, maxDurationS);
  const header = format === 'flac' ? flacHeader(bytes) : format === 'mp3' ? mp3Header(bytes) : oggHeader(bytes, format);
  checkHeader(header, maxDurationS);

  const decoder = decoderFor(format);
  await decoder.ready;
  const parts: Float32Array[] = [];
  let resampler: StreamingResampler | undefined;
  let rate = 0;
  let decodedFrames = 0;
  let channels = 0;
  let firstError: string | undefined;
  const take = (d: Decoded) => {
    if (d.errors.length && firstError === undefined) firstError = d.errors[0]!.message;
    if (!d.samplesDecoded) return;
    if (!rate) {
      rate = d.sampleRate;
      if (rate < WAV_MIN_RATE || rate > WAV_MAX_RATE) throw new WavError('unsupported_rate', `sample rate ${rate} Hz is outside ${WAV_MIN_RATE / 1000}–${WAV_MAX_RATE / 1000} kHz`);
      resampler = new StreamingResampler(rate, MODEL_SAMPLE_RATE);
    }
    decodedFrames += d.samplesDecoded;
    if (decodedFrames / rate > maxDurationS) {
      throw new WavError('too_long', `the recording runs past ${maxDurationS} s (its header said less); at most ${maxDurationS} s of compressed audio is analysed`);
    }
    channels = Math.max(channels, d.channelData.length);
    parts.push(resampler!.push(mixDown(d.channelData, d.samplesDecoded)));
  };
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) take(await decoder.decode(bytes.subarray(at, at + CHUNK_BYTES)));
    if (decoder.flush) take(await decoder.flush());
  } catch (e) {
    if (isWavError(e)) throw e;
    // The decoders' own parsers throw plain errors (a RangeError on a cut-off Ogg page): still bad input.
    throw new WavError('malformed', `the ${format} file could not be decoded: ${(e as Error)?.message ?? String(e)}`);
  } finally {
    decoder.free();
  }
  if (!decodedFrames || !resampler) {
    throw new WavError('malformed', `the ${format} file holds no decodable audio${firstError ? ` (${firstError})` : ''}`);
  }
  parts.push(resampler.flush());
  return { format, sampleRate: header.sampleRate, channels: header.channels, samples16k: concat(parts), durationS: decodedFrames / rate };
}

/**
 * An M4A/MP4 or ADTS AAC stream: its header checked here (codec, rate, channels, length),
 * then decoded whole by FFmpeg in its thread, then checked again and resampled.
 */
async function decodeAac(bytes: Uint8Array, format: 'm4a' | 'aac', maxDurationS: number): Promise<DecodedAudio> {
  const name = format === 'm4a' ? 'M4A' : 'AAC (ADTS)';
  const h = format === 'm4a' ? m4aHeader(bytes) : adtsHeader(bytes);
  // 0 channels: the layout is in the stream's program config element, known after decoding.
  if (h.channels > WAV_MAX_CHANNELS) throw new WavError('malformed', `${name} header declares ${h.channels} channels; at most ${WAV_MAX_CHANNELS} are read`);
  if (h.sampleRate < WAV_MIN_RATE || h.sampleRate > WAV_MAX_RATE) {
    throw new WavError('unsupported_rate', `sample rate ${h.sampleRate} Hz is outside ${WAV_MIN_RATE / 1000}–${WAV_MAX_RATE / 1000} kHz`);
  }
  const limit = Math.min(maxDurationS, AAC_MAX_SAMPLES / h.sampleRate);
  const tooLong = (s: number, said: string) =>
    new WavError('too_long', `the ${name} recording ${said} ${s.toFixed(1)} s long; at most ${Math.floor(limit)} s of ${name} audio at ${h.sampleRate / 1000} kHz is analysed`);
  if (h.durationS > limit) throw tooLong(h.durationS, 'is');

  let pcm;
  try {
    pcm = await decodeWithFfmpeg(bytes);
  } catch (e) {
    // A failed thread or a missing package is the install's fault (500), not the file's.
    if (!isFfmpegDecodeError(e)) throw e;
    throw new WavError('malformed', `the ${name} file could not be decoded: ${e.message}`);
  }
  if (pcm.encoding !== 'aac') throw unsupported(`${pcm.encoding} audio in ${name}`);
  if (!pcm.samples.length || !pcm.sampleRate) throw new WavError('malformed', `the ${name} file holds no decodable audio`);
  if (pcm.sampleRate < WAV_MIN_RATE || pcm.sampleRate > WAV_MAX_RATE) {
    throw new WavError('unsupported_rate', `sample rate ${pcm.sampleRate} Hz is outside ${WAV_MIN_RATE / 1000}–${WAV_MAX_RATE / 1000} kHz`);
  }
  const durationS = pcm.samples.length / pcm.sampleRate;
  // One frame of slack: the header's count and the decoder's priming differ by that much.
  if (durationS > limit + 2048 / pcm.sampleRate) throw tooLong(durationS, 'decoded to');
  return { format, sampleRate: pcm.sampleRate, channels: pcm.channels, samples16k: pcm.sampleRate === MODEL_SAMPLE_RATE ? pcm.samples : resampleTo16k(pcm.samples, pcm.sampleRate), durationS };
}

function mixDown(channels: Float32Array[], n: number): Float32Array {
  if (channels.length === 1) return channels[0]!.slice(0, n);
  const out = new Float32Array(n);
  const inv = 1 / channels.length;
  for (const c of channels) for (let i = 0; i < n; i++) out[i] = out[i]! + c[i]! * inv;
  return out;
}

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
