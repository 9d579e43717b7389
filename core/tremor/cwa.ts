/**
 * Axivity AX3/AX6 continuous wave accelerometer files (.cwa), read block by block. Layout from
 * OpenMovement's published `cwa.h` (Docs/ax3/cwa.h, openmovementproject/openmovement):
 *
 * - a 1024-byte header block "MD" (packet length 1020) at offset 0: hardware type @4 (0x64 = AX6),
 *   device id @5, session id @7, sampling-rate code @36;
 * - then 512-byte data blocks "AX" (packet length 508): deviceFractional @4 (top bit set: 15-bit
 *   fraction of the timestamp's second), sequence id @10, packed timestamp @14 (YYYYYYMM MMDDDDDh
 *   hhhhmmmm mmssssss, year − 2000), light/scale @18 (top 3 bits: 16-bit accel scale 1/2^(8+n) g),
 *   rate code @24 (3200 / 2^(15 − code & 15) Hz; range ±16 >> (code >> 6) g), axes/packing @25
 *   (top nibble 3, 6 or 9 axes, gyro first when 6+; bottom nibble 0 = 3×10-bit + 2-bit exponent in
 *   32 bits, 1/256 g, or 2 = 16-bit signed), timestampOffset @26 (the sample index the timestamp
 *   belongs to), sample count @28, samples @30, and a checksum @510 (the 16-bit word sum of the
 *   whole block is 0).
 *
 * The time of a block's first sample is timestamp + fraction − timestampOffset / rate, where with a
 * fraction the device had shifted timestampOffset by fraction·rate whole samples, undone first
 * (cwa.h: "the timestampOffset was already adjusted"). The device clock has no time zone: times are
 * taken as UTC.
 */
import { STANDARD_GRAVITY } from '../../api/metrics';
import { MotionFileError, type ByteSource, type MotionFileInfo, type RawRun } from './motion-file';

const HEADER_BYTES = 1024;
const BLOCK = 512;
/** Blocks read from the source at once. */
const BATCH = 256;

const fail = (offset: number, message: string) => new MotionFileError('CWA', offset, message);

/** Epoch ms of a packed CWA timestamp, read as UTC; NaN for 0 or a field out of range. */
export function cwaTimestampMs(v: number): number {
  if (v === 0) return NaN;
  const year = ((v >>> 26) & 0x3f) + 2000;
  const month = (v >>> 22) & 0x0f;
  const day = (v >>> 17) & 0x1f;
  const h = (v >>> 12) & 0x1f;
  const m = (v >>> 6) & 0x3f;
  const s = v & 0x3f;
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return NaN;
  return Date.UTC(year, month - 1, day, h, m, s);
}

/** Sampling rate of a CWA rate code, Hz. */
export const cwaRateHz = (code: number) => 3200 / (1 << (15 - (code & 0x0f)));

/** 16-bit word sum of a block; 0 when its checksum holds. */
export function cwaChecksum(b: Buffer, at = 0): number {
  let s = 0;
  for (let i = 0; i < BLOCK; i += 2) s = (s + b.readUInt16LE(at + i)) & 0xffff;
  return s;
}

/**
 * Yields each data block's samples (m/s²) with its first sample's time. A block with a bad
 * checksum or an erased one (all 0x00/0xFF) is skipped and noted in `info.warnings`; a partial
 * block at the end is dropped and noted; anything else that is not an "AX" block is an error naming
 * its byte offset.
 */
export function* readCwaRuns(src: ByteSource, info: MotionFileInfo): Generator<RawRun> {
  const head = src.read(0, HEADER_BYTES);
  if (head.length < 4 || head.toString('latin1', 0, 2) !== 'MD') throw fail(0, 'no "MD" header block');
  if (head.readUInt16LE(2) !== 1020) throw fail(2, `header packet length ${head.readUInt16LE(2)}, expected 1020`);
  if (head.length < HEADER_BYTES) throw fail(head.length, 'file ends inside the 1024-byte header');
  const hw = head[4]!;
  info.device = hw === 0x64 ? 'Axivity AX6' : 'Axivity AX3';
  const badChecksums: number[] = [];
  let erased = 0;
  for (let pos = HEADER_BYTES; pos < src.size; pos += BLOCK * BATCH) {
    const buf = src.read(pos, BLOCK * BATCH);
    for (let at = 0; at < buf.length; at += BLOCK) {
      const off = pos + at;
      if (buf.length - at < BLOCK) {
        info.warnings.push(`the file ends in a partial block at byte ${off} (${buf.length - at} of 512 bytes), ignored`);
        break;
      }
      const tag = buf.readUInt16LE(at);
      if (tag !== 0x5841) {
        let blank = true;
        for (let i = 0; i < BLOCK && blank; i++) blank = buf[at + i] === 0xff || buf[at + i] === 0;
        if (blank) {
          erased++;
          continue;
        }
        // Other block kinds ("UB" usage, a second "MD") are not sample data.
        if (tag === 0x4255 || tag === 0x444d) continue;
        throw fail(off, `not a data block (expected "AX", found bytes ${buf.subarray(at, at + 2).toString('hex')})`);
      }
      if (cwaChecksum(buf, at) !== 0) {
        badChecksums.push(off);
        continue;
      }
      if (buf.readUInt16LE(at + 2) !== 508) throw fail(off + 2, `data block length ${buf.readUInt16LE(at + 2)}, expected 508`);
      const rateCode = buf[at + 24]!;
      if (rateCode === 0) throw fail(off + 24, 'rate code 0 (pre-2012 firmware) is not supported');
      const rate = cwaRateHz(rateCode);
      const axesBps = buf[at + 25]!;
      const channels = axesBps >> 4;
      const packing = axesBps & 0x0f;
      let bytesPerSample: number;
      if (packing === 0 && channels === 3) bytesPerSample = 4;
      else if (packing === 2 && (channels === 3 || channels === 6 || channels === 9)) bytesPerSample = 2 * channels;
      else throw fail(off + 25, `unknown axes/packing byte 0x${axesBps.toString(16)}`);
      const count = buf.readUInt16LE(at + 28);
      const capacity = Math.floor(480 / bytesPerSample);
      if (count > capacity) throw fail(off + 28, `sample count ${count} exceeds the block's ${capacity}`);
      const stamp = cwaTimestampMs(buf.readUInt32LE(at + 14));
      if (Number.isNaN(stamp)) throw fail(off + 14, `timestamp 0x${buf.readUInt32LE(at + 14).toString(16)} is not a date`);
      const fracBits = buf.readUInt16LE(at + 4);
      let tsOffset = buf.readInt16LE(at + 26);
      let frac = 0;
      if (fracBits & 0x8000) {
        frac = (fracBits & 0x7fff) << 1;
        tsOffset += (frac * Math.trunc(rate)) >> 16;
      }
      const timeMs = stamp + (frac / 65536) * 1000 - (tsOffset * 1000) / rate;
      const x = new Float32Array(count);
      const y = new Float32Array(count);
      const z = new Float32Array(count);
      const d = at + 30;
      if (bytesPerSample === 4) {
        const k = STANDARD_GRAVITY / 256;
        for (let i = 0; i < count; i++) {
          const v = buf.readUInt32LE(d + 4 * i);
          const e = v >>> 30;
          // Sign-extend each 10-bit field, then apply the shared exponent.
          x[i] = ((((v & 0x3ff) << 22) >> 22) << e) * k;
          y[i] = (((((v >>> 10) & 0x3ff) << 22) >> 22) << e) * k;
          z[i] = (((((v >>> 20) & 0x3ff) << 22) >> 22) << e) * k;
        }
      } else {
        const k = STANDARD_GRAVITY / 2 ** (8 + (buf.readUInt16LE(at + 18) >>> 13));
        const a = channels >= 6 ? 3 : 0;
        for (let i = 0; i < count; i++) {
          const s = d + i * bytesPerSample + 2 * a;
          x[i] = buf.readInt16LE(s) * k;
          y[i] = buf.readInt16LE(s + 2) * k;
          z[i] = buf.readInt16LE(s + 4) * k;
        }
      }
      yield { timeMs, nominalHz: rate, x, y, z, offset: off };
    }
  }
  if (badChecksums.length > 0) {
    const list = badChecksums.slice(0, 5).join(', ') + (badChecksums.length > 5 ? ', …' : '');
    info.warnings.push(`${badChecksums.length} block(s) with a bad checksum skipped (at byte ${list})`);
  }
  if (erased > 0) info.warnings.push(`${erased} erased block(s) skipped`);
}
