/**
 * Research-wearable files (issue 16): Axivity `.cwa` and GENEActiv `.bin`, read block by block
 * or page by page from a byte source (a file handle, or a buffer for uploads), never whole. Each
 * reader yields the device's own runs (one CWA block, one GENEActiv page: samples with the time
 * the device stamped on them); `readMotionFile` groups them into uniform MotionBlocks of a few
 * minutes, the shape `uploadMotion` and the analyser take.
 *
 * Trust the data, not the header: counts, rates and durations come from the blocks/pages found
 * (a GENEActiv header may claim days of pages a cut file does not hold); the rate of each piece is
 * measured from the device's timestamps (nominal rates drift by up to ~1 %).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ApiError } from '../../api/errors';
import type { MotionBlock } from './service';
import { readCwaRuns } from './cwa';
import { readGeneactivRuns } from './geneactiv-bin';

/** Random-access bytes: a file read through its handle, or an uploaded buffer. */
export interface ByteSource {
  /** Bytes in the source. */
  readonly size: number;
  /** Up to `len` bytes from `pos` (fewer at the end). */
  read(pos: number, len: number): Buffer;
}

/** A buffer as a ByteSource. */
export function bufferSource(b: Uint8Array): ByteSource {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return { size: buf.length, read: (pos, len) => buf.subarray(pos, Math.min(buf.length, pos + len)) };
}

/** A file read through its handle; `close()` when done. */
export function fileSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(pos, len) {
      const b = Buffer.allocUnsafe(Math.max(0, Math.min(len, size - pos)));
      let got = 0;
      while (got < b.length) {
        const k = readSync(fd, b, got, b.length - got, pos + got);
        if (k === 0) break;
        got += k;
      }
      return b.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}

/** A file that is not what it claims, at a byte offset; crosses boundaries as bad_request on field `file`. */
export class MotionFileError extends ApiError {
  readonly offset: number;
  constructor(format: string, offset: number, message: string) {
    super('bad_request', `${format} at byte ${offset}: ${message}`, 'file');
    this.name = 'MotionFileError';
    this.offset = offset;
  }
}

/** Samples as one device block/page stamped them: acceleration in m/s², time of the first sample. */
export interface RawRun {
  /** Epoch ms of the run's first sample. */
  timeMs: number;
  /** The rate the device was set to, Hz. */
  nominalHz: number;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  /** Byte offset of the block/page, for messages. */
  offset: number;
}

/** What a reader learnt beyond the samples; filled in while reading. */
export interface MotionFileInfo {
  format: MotionFormat;
  /** e.g. "Axivity AX3", "GENEActiv 1.1". */
  device: string;
  /** Problems survived (bad checksum, a cut last page, a header that over-claims), one sentence each. */
  warnings: string[];
}

export type MotionFormat = 'cwa' | 'geneactiv-bin' | 'csv';

/**
 * The format by content: a CWA file starts with its "MD" header block (length 1020); a GENEActiv
 * .bin with the text line "Device Identity". Anything else that is text is taken as CSV; null for
 * other binary content.
 */
export function detectMotionFormat(head: Uint8Array): MotionFormat | null {
  if (head.length >= 4 && head[0] === 0x4d && head[1] === 0x44 && head[2] === 0xfc && head[3] === 0x03) return 'cwa';
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 64)).toString('latin1').replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '');
  if (/^Device Identity\r?\n/.test(text)) return 'geneactiv-bin';
  for (const c of head.subarray(0, 512)) if (c === 0 || (c < 9) || (c > 13 && c < 32)) return null;
  return 'csv';
}

/** Samples per emitted piece: about 5 min at 100 Hz, enough to measure the rate from timestamps. */
export const PIECE_SAMPLES = 30_000;
/** A run starting further than this from where the previous one ended starts a new segment, ms. */
export const GAP_MS = 1_000;
/** A measured rate further than this from the nominal one is not believed (the nominal is used), fraction. */
const RATE_TOLERANCE = 0.05;

/** Totals of what was read: from the data, not the header. */
export interface MotionSummary {
  /** Samples per axis. */
  samples: number;
  /** samples / duration_s, Hz (measured from the device's timestamps). */
  rate_hz: number;
  /** Time covered by samples, s (gaps between segments not counted). */
  duration_s: number;
  /** Epoch ms of the first sample and just after the last. */
  fromMs: number;
  toMs: number;
  /** Uninterrupted stretches (a new one after a gap, a reset clock or a rate change). */
  segments: number;
}

/**
 * Groups runs into uniform MotionBlocks. A piece's rate is measured from its first sample to the
 * first sample of the next piece of the same segment (so consecutive pieces join exactly); the
 * segment's last piece uses the rate measured over its own runs, or the previous piece's.
 */
class PieceBuilder {
  private runs: RawRun[] = [];
  private n = 0;
  private lastRate: number | null = null;
  readonly summary: MotionSummary = { samples: 0, rate_hz: 0, duration_s: 0, fromMs: Infinity, toMs: -Infinity, segments: 0 };
  constructor(private readonly emit: (b: MotionBlock) => void) {}

  add(r: RawRun): void {
    if (r.x.length === 0) return;
    if (this.runs.length > 0) {
      const prev = this.runs[this.runs.length - 1]!;
      const rate = this.lastRate ?? prev.nominalHz;
      const expected = prev.timeMs + (prev.x.length * 1000) / rate;
      const continuous = prev.nominalHz === r.nominalHz && Math.abs(r.timeMs - expected) <= GAP_MS;
      if (!continuous) this.flush(null);
      else if (this.n >= PIECE_SAMPLES) this.flush(r.timeMs);
    }
    if (this.runs.length === 0 && this.lastRate === null) this.summary.segments++;
    this.runs.push(r);
    this.n += r.x.length;
  }

  /** Emits the pending piece; `nextMs` is the start of the next piece of the same segment, or null at a segment's end. */
  flush(nextMs: number | null): void {
    if (this.runs.length === 0) return;
    const first = this.runs[0]!;
    const last = this.runs[this.runs.length - 1]!;
    const nominal = first.nominalHz;
    const believable = (r: number) => Number.isFinite(r) && Math.abs(r / nominal - 1) <= RATE_TOLERANCE;
    let rate: number;
    const whole = nextMs === null ? NaN : (this.n * 1000) / (nextMs - first.timeMs);
    const within = ((this.n - last.x.length) * 1000) / (last.timeMs - first.timeMs);
    if (believable(whole)) rate = whole;
    else if (last.timeMs - first.timeMs >= 10_000 && believable(within)) rate = within;
    else rate = this.lastRate ?? nominal;
    const x = new Float32Array(this.n);
    const y = new Float32Array(this.n);
    const z = new Float32Array(this.n);
    let at = 0;
    for (const r of this.runs) {
      x.set(r.x, at);
      y.set(r.y, at);
      z.set(r.z, at);
      at += r.x.length;
    }
    const dur = this.n / rate;
    this.summary.samples += this.n;
    this.summary.duration_s += dur;
    this.summary.fromMs = Math.min(this.summary.fromMs, first.timeMs);
    this.summary.toMs = Math.max(this.summary.toMs, first.timeMs + dur * 1000);
    this.emit({ t0Ms: first.timeMs, rateHz: rate, x, y, z });
    this.runs = [];
    this.n = 0;
    this.lastRate = nextMs === null ? null : rate;
  }

  finish(): MotionSummary {
    this.flush(null);
    const s = this.summary;
    s.rate_hz = s.duration_s > 0 ? s.samples / s.duration_s : 0;
    return s;
  }
}

/**
 * Reads a .cwa or GENEActiv .bin source piece by piece: `onPiece` gets uniform MotionBlocks of
 * about PIECE_SAMPLES samples, `onProgress` the fraction of the bytes read (by size, not by what a
 * header claims). Throws MotionFileError for a source that is neither format or is garbage.
 */
export function readMotionFile(
  src: ByteSource,
  onPiece: (b: MotionBlock) => void,
  opts: { onProgress?: (fraction: number) => void } = {},
): { info: MotionFileInfo; summary: MotionSummary } {
  const format = detectMotionFormat(src.read(0, 512));
  if (format !== 'cwa' && format !== 'geneactiv-bin') throw new MotionFileError('file', 0, 'not an Axivity .cwa or GENEActiv .bin file');
  const info: MotionFileInfo = { format, device: '', warnings: [] };
  const builder = new PieceBuilder(onPiece);
  const runs = format === 'cwa' ? readCwaRuns(src, info) : readGeneactivRuns(src, info);
  let lastPct = -1;
  for (const r of runs) {
    builder.add(r);
    if (opts.onProgress && src.size > 0) {
      const pct = Math.floor((100 * r.offset) / src.size);
      if (pct !== lastPct) {
        lastPct = pct;
        opts.onProgress(r.offset / src.size);
      }
    }
  }
  const summary = builder.finish();
  if (summary.samples === 0) throw new MotionFileError(format === 'cwa' ? 'CWA' : 'GENEActiv .bin', src.size, 'no samples found');
  opts.onProgress?.(1);
  return { info, summary };
}
