/**
 * What an AAC recording declares before a sample is decoded: an M4A/MP4 file's boxes
 * (ISO/IEC 14496-12, the ISO base media file format; QuickTime .mov files share it) and a
 * raw ADTS stream's frame headers (ISO/IEC 13818-7 §6.2, §8.1). From these decode.ts checks the
 * audio track's codec, rate, channels and length against its limits, and refuses a file cut
 * off or not finished, before FFmpeg is handed it.
 */
import { unsupported } from './formats';
import { WavError } from './wav';

/** The header facts of an AAC stream. */
export interface AacHeader {
  format: 'm4a' | 'aac';
  /** Hz the decoder will give: the core rate, or the SBR rate where the config signals HE-AAC. */
  sampleRate: number;
  channels: number;
  /**
   * s: the longer of the declared length (the track's sample table over its time scale) and
   * what its frames can decode to (frames × 1024 samples at the core rate), so a table that
   * lies about frame durations still cannot make the decoded stream longer than checked.
   */
  durationS: number;
}

/** MPEG-4 Audio sampling frequency index (ISO/IEC 14496-3 §1.6.3.4). */
const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
/** AAC samples per channel in one frame (a raw data block); LD/ELD frames are shorter, so this bounds them too. */
const AAC_FRAME = 1024;

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, Math.min(b.length, at + n)));
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => b[at]! * 2 ** 24 + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
const u64 = (b: Uint8Array, at: number) => u32(b, at) * 2 ** 32 + u32(b, at + 4);

/** Image formats in the same box structure, refused as images rather than as audio without a track. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis', 'crx ']);

interface Box {
  type: string;
  /** First byte of the box's contents. */
  body: number;
  /** One past its last byte. */
  end: number;
}

/**
 * The boxes between `from` and `to`, one at a time (a hostile file may hold millions of empty
 * boxes: none is kept but the ones asked for). A box running past `to` is a file cut off (at
 * the top level) or a malformed one (inside another box).
 */
function* boxes(b: Uint8Array, from: number, to: number, top: boolean): Generator<Box> {
  for (let at = from; at < to; ) {
    if (at + 8 > to) {
      if (top) throw new WavError('truncated', `truncated M4A file: a box header is cut off at byte ${at}`);
      throw new WavError('malformed', `malformed M4A file: stray bytes at ${at}`);
    }
    const type = ascii(b, at + 4, 4);
    let size = u32(b, at);
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) throw new WavError(top ? 'truncated' : 'malformed', `${top ? 'truncated' : 'malformed'} M4A file: the '${type}' box header is cut off`);
      size = u64(b, at + 8);
      body = at + 16;
    } else if (size === 0) {
      // "Extends to the end of the file": only the last top-level box may say so.
      size = to - at;
    }
    if (size < body - at) throw new WavError('malformed', `malformed M4A file: the '${type}' box at byte ${at} declares ${size} bytes`);
    const end = at + size;
    if (end > to) {
      if (top) {
        const what = type === 'mdat' ? 'its audio data (the \'mdat\' box)' : `its '${type}' box`;
        throw new WavError('truncated', `truncated M4A file: ${what} should run to byte ${end}, the file ends at ${to}`);
      }
      throw new WavError('malformed', `malformed M4A file: the '${type}' box runs past the box holding it`);
    }
    yield { type, body, end };
    at = end;
  }
}

function child(b: Uint8Array, parent: Box, type: string): Box | undefined {
  for (const x of boxes(b, parent.body, parent.end, false)) if (x.type === type) return x;
  return undefined;
}

/** An MP4 descriptor (ISO/IEC 14496-1 §8.3.3): tag, then a length in 7-bit groups. */
function descriptor(b: Uint8Array, at: number, end: number): { tag: number; body: number; end: number } | undefined {
  if (at + 2 > end) return undefined;
  const tag = b[at]!;
  let len = 0;
  let p = at + 1;
  for (let i = 0; i < 4 && p < end; i++) {
    const x = b[p++]!;
    len = len * 128 + (x & 0x7f);
    if (!(x & 0x80)) break;
  }
  return p + len > end ? undefined : { tag, body: p, end: p + len };
}

/** The codec inside an `esds` box: the decoder config's object type and, for MPEG-4 audio, its AudioSpecificConfig. */
function esdsCodec(b: Uint8Array, esds: Box): { oti: number; aot?: number; rate?: number; sbrRate?: number; channels?: number } | undefined {
  const es = descriptor(b, esds.body + 4, esds.end);
  if (!es || es.tag !== 0x03) return undefined;
  // ES_Descriptor (14496-1 §7.2.6.5): ES_ID, flags, then optional fields the flags announce.
  const flags = b[es.body + 2]!;
  let at = es.body + 3;
  if (flags & 0x80) at += 2;
  if (flags & 0x40) at += 1 + b[at]!;
  if (flags & 0x20) at += 2;
  const dc = descriptor(b, at, es.end);
  if (!dc || dc.tag !== 0x04) return undefined;
  const oti = b[dc.body]!;
  const dsi = descriptor(b, dc.body + 13, dc.end);
  if (!dsi || dsi.tag !== 0x05 || dsi.end - dsi.body < 2) return { oti };
  return { oti, ...audioSpecificConfig(b.subarray(dsi.body, dsi.end)) };
}

/** AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1): object type, rate, channels, SBR extension rate. */
function audioSpecificConfig(c: Uint8Array): { aot: number; rate?: number; sbrRate?: number; channels: number } {
  let bit = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++, bit++) v = v * 2 + (bit >> 3 < c.length ? (c[bit >> 3]! >> (7 - (bit & 7))) & 1 : 0);
    return v;
  };
  const objectType = () => {
    const t = read(5);
    return t === 31 ? 32 + read(6) : t;
  };
  const frequency = () => {
    const i = read(4);
    return i === 15 ? read(24) : RATES[i];
  };
  const aot = objectType();
  const rate = frequency();
  const channels = read(4);
  if (aot === 5 || aot === 29) {
    const sbrRate = frequency();
    return { aot, ...(rate ? { rate } : {}), ...(sbrRate ? { sbrRate } : {}), channels };
  }
  return { aot, ...(rate ? { rate } : {}), channels };
}

/** AAC object types FFmpeg's decoder reads: Main, LC, LTP, HE-AAC (SBR), HE-AAC v2 (PS), ER AAC-LD and ER AAC-ELD. */
const AAC_OBJECT_TYPES = new Set([1, 2, 4, 5, 23, 29, 39]);

/** Names a sample entry that is not AAC, for the refusal. */
function otherCodec(type: string): string {
  switch (type) {
    case 'alac':
      return 'Apple Lossless (ALAC) audio in M4A';
    case 'enca':
    case 'drms':
      return 'encrypted (DRM-protected) audio in M4A/MP4';
    case 'Opus':
      return 'Opus audio in MP4';
    case 'fLaC':
      return 'FLAC audio in MP4';
    case '.mp3':
      return 'MP3 audio in MP4';
    case 'ac-3':
    case 'ec-3':
      return 'Dolby Digital (AC-3/E-AC-3) audio in MP4';
    case 'samr':
    case 'sawb':
      return 'AMR audio in 3GP/MP4 (what old phones\' voice notes hold)';
    case 'lpcm':
    case 'sowt':
    case 'twos':
    case 'in24':
    case 'in32':
    case 'fl32':
    case 'fl64':
    case 'raw ':
      return 'PCM audio in MP4/QuickTime';
    default:
      return `'${type.replace(/[^\x20-\x7e]/g, '?')}' audio in MP4`;
  }
}

function mpeg4AudioName(oti: number, aot: number | undefined): string {
  if (oti === 0x69 || oti === 0x6b) return 'MP3 audio in MP4';
  if (oti !== 0x40) return `MPEG-4 systems object type 0x${oti.toString(16)} audio in MP4`;
  if (aot === 42) return 'xHE-AAC (USAC) audio in M4A';
  if (aot === 34) return 'MP3 audio in MP4';
  if (aot === 36) return 'MPEG-4 ALS audio in MP4';
  return `MPEG-4 audio object type ${aot ?? '(none)'} in MP4`;
}

/** Handler types (ISO/IEC 14496-12 §8.4.3) named for a file with no sound track. */
const HANDLERS: Record<string, string> = { vide: 'video', text: 'text', sbtl: 'subtitles', subt: 'subtitles', meta: 'metadata', hint: 'hint', pict: 'an image' };

interface Track {
  id: number;
  handler: string;
  timescale: number;
  mdhdDuration: number;
  sampleEntry?: Box;
  /** Σ sample_count × sample_delta over `stts`, in the track's time scale. */
  sttsDuration: number;
  /** Samples (AAC: frames) listed in `stsz`. */
  frames: number;
}

function version(b: Uint8Array, box: Box): number {
  return b[box.body]!;
}

function readTrack(b: Uint8Array, trak: Box): Track {
  const tkhd = child(b, trak, 'tkhd');
  const id = tkhd ? u32(b, tkhd.body + (version(b, tkhd) === 1 ? 20 : 12)) : 0;
  const track: Track = { id, handler: '', timescale: 0, mdhdDuration: 0, sttsDuration: 0, frames: 0 };
  const mdia = child(b, trak, 'mdia');
  if (!mdia) return track;
  const hdlr = child(b, mdia, 'hdlr');
  if (hdlr) track.handler = ascii(b, hdlr.body + 8, 4);
  const mdhd = child(b, mdia, 'mdhd');
  if (mdhd) {
    const v1 = version(b, mdhd) === 1;
    track.timescale = u32(b, mdhd.body + (v1 ? 20 : 12));
    const d = v1 ? u64(b, mdhd.body + 24) : u32(b, mdhd.body + 16);
    // All ones: "unknown".
    track.mdhdDuration = d === 0xffffffff || d >= 2 ** 53 ? 0 : d;
  }
  const minf = child(b, mdia, 'minf');
  const stbl = minf && child(b, minf, 'stbl');
  if (!stbl) return track;
  const stsd = child(b, stbl, 'stsd');
  if (stsd && u32(b, stsd.body + 4) > 0) track.sampleEntry = boxes(b, stsd.body + 8, stsd.end, false).next().value;
  const stts = child(b, stbl, 'stts');
  if (stts) {
    const n = u32(b, stts.body + 4);
    if (stts.body + 8 + n * 8 > stts.end) throw new WavError('malformed', 'malformed M4A file: its time-to-sample table (\'stts\') is cut short');
    for (let i = 0, at = stts.body + 8; i < n; i++, at += 8) track.sttsDuration += u32(b, at) * u32(b, at + 4);
  }
  const stsz = child(b, stbl, 'stsz');
  if (stsz) track.frames = u32(b, stsz.body + 8);
  return track;
}

/** Frames of `trackId` in a fragmented file's movie fragments (`moof` → `traf` → `trun`). */
function fragmentFrames(b: Uint8Array, moof: Box, trackId: number): number {
  let n = 0;
  for (const traf of boxes(b, moof.body, moof.end, false)) {
    if (traf.type !== 'traf') continue;
    const tfhd = child(b, traf, 'tfhd');
    if (!tfhd || u32(b, tfhd.body + 4) !== trackId) continue;
    for (const trun of boxes(b, traf.body, traf.end, false)) if (trun.type === 'trun') n += u32(b, trun.body + 4);
  }
  return n;
}

/**
 * Reads an M4A/MP4 (or QuickTime) file's boxes and its first sound track.
 * @throws WavError `truncated` for a file cut off or never finished (no `moov`), `malformed`
 *   for boxes that do not nest, `unsupported_codec` for an image, a file with no sound track,
 *   or one whose sound is not AAC (naming what it is).
 */
export function m4aHeader(b: Uint8Array): AacHeader {
  const brand = ascii(b, 8, 4);
  if (IMAGE_BRANDS.has(brand)) throw unsupported(`an HEIF/AVIF image (brand '${brand.trim()}'), not a recording,`);
  // Every top-level box is walked, so a file cut off anywhere is found before decoding.
  let moov: Box | undefined;
  let fragmented = false;
  for (const x of boxes(b, 0, b.length, true)) {
    if (x.type === 'moov') moov ??= x;
    else if (x.type === 'moof') fragmented = true;
  }
  if (!moov) {
    throw new WavError('truncated', 'M4A file has no \'moov\' box (its index of the audio): the recording was not finished, or the file is cut off');
  }
  let sound: Track | undefined;
  const kinds = new Set<string>();
  for (const x of boxes(b, moov.body, moov.end, false)) {
    if (x.type !== 'trak') continue;
    const t = readTrack(b, x);
    if (t.handler === 'soun') {
      sound = t;
      break;
    }
    kinds.add(HANDLERS[t.handler] ?? `'${t.handler.replace(/[^\x20-\x7e]/g, '?')}'`);
  }
  if (!sound) {
    throw unsupported(`an MP4 with no audio track (${kinds.size ? `it holds ${[...kinds].join(' and ')} only` : 'it holds no tracks'})`);
  }
  const entry = sound.sampleEntry;
  if (!entry) throw new WavError('malformed', 'malformed M4A file: its audio track has no sample description (\'stsd\')');
  if (entry.type !== 'mp4a') throw unsupported(otherCodec(entry.type));
  // AudioSampleEntry (14496-12 §12.2.3): 8 bytes, then a QuickTime sound description version
  // (0; 1 adds 16 bytes, 2 adds 36), channel count, sample size, 4 bytes, rate as 16.16.
  const qtVersion = u16(b, entry.body + 8);
  const entryChannels = u16(b, entry.body + 16);
  const entryRate = u32(b, entry.body + 24) / 65536;
  const inner = entry.body + 28 + (qtVersion === 1 ? 16 : qtVersion === 2 ? 36 : 0);
  let esds: Box | undefined;
  for (const x of inner < entry.end ? boxes(b, inner, entry.end, false) : []) {
    // QuickTime keeps the esds inside a 'wave' box.
    esds = x.type === 'esds' ? x : x.type === 'wave' ? child(b, x, 'esds') : undefined;
    if (esds) break;
  }
  const codec = esds && esdsCodec(b, esds);
  if (!codec) throw new WavError('malformed', 'malformed M4A file: its AAC track has no decoder configuration (\'esds\')');
  const isAac = (codec.oti === 0x40 && codec.aot !== undefined && AAC_OBJECT_TYPES.has(codec.aot)) || codec.oti === 0x66 || codec.oti === 0x67 || codec.oti === 0x68;
  if (!isAac) throw unsupported(mpeg4AudioName(codec.oti, codec.aot));

  const coreRate = codec.rate ?? entryRate;
  const sampleRate = codec.sbrRate ?? coreRate;
  const channels = codec.channels || entryChannels;
  let frames = sound.frames;
  if (fragmented) for (const moof of boxes(b, 0, b.length, true)) if (moof.type === 'moof') frames += fragmentFrames(b, moof, sound.id);
  const mvhd = child(b, moov, 'mvhd');
  const movie = mvhd ? (version(b, mvhd) === 1 ? { scale: u32(b, mvhd.body + 20), d: u64(b, mvhd.body + 24) } : { scale: u32(b, mvhd.body + 12), d: u32(b, mvhd.body + 16) }) : undefined;
  const declared =
    sound.timescale > 0 && sound.sttsDuration > 0
      ? sound.sttsDuration / sound.timescale
      : sound.timescale > 0 && sound.mdhdDuration > 0
        ? sound.mdhdDuration / sound.timescale
        : movie && movie.scale > 0 && movie.d !== 0xffffffff
          ? movie.d / movie.scale
          : 0;
  const fromFrames = coreRate > 0 ? (frames * AAC_FRAME) / coreRate : 0;
  if (!frames && !declared) throw new WavError('malformed', 'the M4A file holds no audio frames');
  return { format: 'm4a', sampleRate, channels, durationS: Math.max(declared, fromFrames) };
}

/**
 * Walks a raw ADTS stream frame by frame: its rate and channels from the first header, its
 * length from the count of raw data blocks.
 * @throws WavError `truncated` when the last frame is cut off, `malformed` when a frame
 *   header is missing or invalid.
 */
export function adtsHeader(b: Uint8Array): AacHeader {
  let blocks = 0;
  let sampleRate = 0;
  let channels = 0;
  let at = 0;
  while (at < b.length) {
    // An ID3v1 tag some encoders append.
    if (b.length - at === 128 && ascii(b, at, 3) === 'TAG') break;
    if (at + 7 > b.length) throw new WavError('truncated', `truncated AAC (ADTS) stream: the frame header at byte ${at} is cut off`);
    if (b[at] !== 0xff || (b[at + 1]! & 0xf6) !== 0xf0) throw new WavError('malformed', `malformed AAC (ADTS) stream: no frame header at byte ${at}`);
    const rateIndex = (b[at + 2]! >> 2) & 0x0f;
    const rate = RATES[rateIndex];
    if (rate === undefined) throw new WavError('malformed', `malformed AAC (ADTS) stream: sampling frequency index ${rateIndex} at byte ${at}`);
    const length = ((b[at + 3]! & 0x03) << 11) | (b[at + 4]! << 3) | (b[at + 5]! >> 5);
    if (length < 7) throw new WavError('malformed', `malformed AAC (ADTS) stream: a ${length}-byte frame at byte ${at}`);
    if (at + length > b.length) throw new WavError('truncated', `truncated AAC (ADTS) stream: the frame at byte ${at} needs ${length} bytes, ${b.length - at} remain`);
    if (!sampleRate) {
      sampleRate = rate;
      channels = ((b[at + 2]! & 0x01) << 2) | (b[at + 3]! >> 6);
    }
    blocks += (b[at + 6]! & 0x03) + 1;
    at += length;
  }
  if (!blocks) throw new WavError('malformed', 'the AAC (ADTS) stream holds no frames');
  return { format: 'aac', sampleRate, channels, durationS: (blocks * AAC_FRAME) / sampleRate };
}
