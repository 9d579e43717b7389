/**
 * How one axis of a raw motion chunk (`motion_chunks.x|y|z`) is kept. Samples are first
 * quantised to int16 codes against the chunk's `scale` (m/s² per code); the codes are then
 * stored as:
 *
 * - `CODEC_INT16` (0): the codes as little-endian int16, 2 bytes a sample. Every chunk stored
 *   before migration 0022 is this, and stays readable.
 * - `CODEC_DELTA_DEFLATE` (1): each code minus the one before (the first minus 0), zigzag-
 *   mapped to unsigned, written as LEB128 varints, then raw DEFLATE (node:zlib). Wrist
 *   motion changes little from one 10 ms sample to the next, so most deltas fit one byte
 *   before DEFLATE finds the repeats; a day at 100 Hz goes from ~52 MB to ~8 MB
 *   (`npm run bench -- wrist-storage`).
 *
 * Lossless on the codes: decoding gives back exactly the int16 codes that were encoded.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const CODEC_INT16 = 0;
export const CODEC_DELTA_DEFLATE = 1;
export type ChunkCodec = typeof CODEC_INT16 | typeof CODEC_DELTA_DEFLATE;

/** Quantises samples [from, to) of an axis to int16 codes at `scale` m/s² per code. */
export function quantize(a: ArrayLike<number>, from: number, to: number, scale: number): Int16Array {
  const q = new Int16Array(to - from);
  for (let i = from; i < to; i++) q[i - from] = Math.max(-32767, Math.min(32767, Math.round(a[i]! / scale)));
  return q;
}

/** The bytes stored for one axis's codes. */
export function encodeCodes(q: Int16Array, codec: ChunkCodec): Buffer {
  if (codec === CODEC_INT16) {
    const b = Buffer.alloc(q.length * 2);
    for (let i = 0; i < q.length; i++) b.writeInt16LE(q[i]!, 2 * i);
    return b;
  }
  // A delta of two int16 codes needs 17 bits; zigzagged, at most 3 varint bytes.
  const out = Buffer.alloc(q.length * 3);
  let at = 0;
  let prev = 0;
  for (let i = 0; i < q.length; i++) {
    const d = q[i]! - prev;
    prev = q[i]!;
    let z = d >= 0 ? d * 2 : -d * 2 - 1;
    while (z >= 0x80) {
      out[at++] = (z & 0x7f) | 0x80;
      z >>>= 7;
    }
    out[at++] = z;
  }
  return deflateRawSync(out.subarray(0, at), { level: 6 });
}

/** Stored bytes of one axis back to its `n` int16 codes; throws naming what is wrong with a damaged blob. */
export function decodeCodes(b: Buffer, codec: number, n: number): Int16Array {
  const q = new Int16Array(n);
  if (codec === CODEC_INT16) {
    if (b.length !== 2 * n) throw new Error(`motion chunk: ${b.length} bytes for ${n} int16 samples`);
    for (let i = 0; i < n; i++) q[i] = b.readInt16LE(2 * i);
    return q;
  }
  if (codec !== CODEC_DELTA_DEFLATE) throw new Error(`motion chunk: unknown codec ${codec}`);
  const v = inflateRawSync(b);
  let at = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    let z = 0;
    let shift = 0;
    for (;;) {
      if (at >= v.length) throw new Error(`motion chunk: ${i} of ${n} samples decoded, data ended`);
      const byte = v[at++]!;
      z += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    prev += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    q[i] = prev;
  }
  if (at !== v.length) throw new Error(`motion chunk: ${v.length - at} bytes left after ${n} samples`);
  return q;
}

/** Decodes samples [from, to) of a stored axis into `out` at `at`, in m/s². */
export function decodeAxisInto(b: Buffer, codec: number, n: number, scale: number, out: Float32Array, at: number, from: number, to: number): void {
  const q = decodeCodes(b, codec, n);
  for (let i = from; i < to; i++) out[at + i - from] = q[i]! * scale;
}
