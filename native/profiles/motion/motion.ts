/**
 * Tend Motion: a vendor-specific GATT service for wrist accelerometers (PROTOCOL.md).
 * One notification = a header and N tri-axial int16 samples.
 */
import { STANDARD_GRAVITY } from '../../../api/metrics';
import { ByteReader, ByteWriter } from '../bytes';
import { DecodeError, hex8 } from '../errors';
import type { Decoded } from '../types';

/** Service and characteristic UUIDs (random v4 base, PROTOCOL.md). */
export const MOTION_SERVICE_UUID = '5e1d0000-7a3c-4f0b-9c61-2d8e4a7b9f10';
export const MOTION_DATA_UUID = '5e1d0001-7a3c-4f0b-9c61-2d8e4a7b9f10';
export const MOTION_CONFIG_UUID = '5e1d0002-7a3c-4f0b-9c61-2d8e4a7b9f10';

export const MOTION_VERSION = 1;
export const MOTION_HEADER_BYTES = 13;
/** Flag bit 0: at least one sample in this packet hit the sensor's full scale. */
export const MOTION_FLAG_CLIPPED = 0x01;

export interface MotionPacket {
  version: number;
  flags: number;
  clipped: boolean;
  /** Packet counter, uint16, wraps 65535 → 0. */
  sequence: number;
  /** Index of the first sample since the stream started (uint32, wraps). */
  firstSampleIndex: number;
  /** Samples per second. */
  sampleRateHz: number;
  /** Milli-g per least significant bit. */
  scaleMgPerLsb: number;
  /** Raw int16 counts, [x, y, z] per sample. */
  raw: Array<[number, number, number]>;
  /** Samples in m/s² (raw × scale × g / 1000). */
  samples: Array<{ x: number; y: number; z: number }>;
}

export interface MotionPacketInput {
  flags?: number;
  sequence: number;
  firstSampleIndex: number;
  sampleRateHz: number;
  scaleMgPerLsb: number;
  raw: Array<[number, number, number]>;
}

/** Decodes a Motion Data notification. No observations: raw streams are stored as chunks (architecture.md). */
export function decodeMotionPacket(bytes: Uint8Array): Decoded<MotionPacket> {
  const what = 'motion-data';
  const r = new ByteReader(bytes, what);
  const version = r.u8('version');
  if (version !== MOTION_VERSION) throw new DecodeError('reserved', `${what}: version ${version} is not supported (this decoder reads version ${MOTION_VERSION})`);
  const flags = r.u8('flags');
  if (flags & ~MOTION_FLAG_CLIPPED) throw new DecodeError('reserved', `${what}: flags ${hex8(flags)} set reserved bits`);
  const sequence = r.u16('sequence');
  const firstSampleIndex = r.u32('first sample index');
  const rate = r.u16('sample rate');
  const scale = r.u16('scale');
  const count = r.u8('sample count');
  if (rate === 0) throw new DecodeError('malformed', `${what}: sample rate is 0`);
  if (scale === 0) throw new DecodeError('malformed', `${what}: scale is 0`);
  const need = MOTION_HEADER_BYTES + 6 * count;
  if (bytes.length < need) throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, ${count} samples need ${need}`);
  if (bytes.length > need) throw new DecodeError('malformed', `${what}: frame is ${bytes.length} bytes, ${count} samples take exactly ${need}`);
  const sampleRateHz = rate / 10;
  const scaleMgPerLsb = scale / 1000;
  const raw: Array<[number, number, number]> = [];
  for (let i = 0; i < count; i++) raw.push([r.i16(`sample ${i} x`), r.i16(`sample ${i} y`), r.i16(`sample ${i} z`)]);
  const k = (scaleMgPerLsb / 1000) * STANDARD_GRAVITY;
  const samples = raw.map(([x, y, z]) => ({ x: x * k, y: y * k, z: z * k }));
  return {
    fields: { version, flags, clipped: (flags & MOTION_FLAG_CLIPPED) !== 0, sequence, firstSampleIndex, sampleRateHz, scaleMgPerLsb, raw, samples },
    observations: [],
  };
}

export function encodeMotionPacket(p: MotionPacketInput): Uint8Array {
  if (p.raw.length > 255) throw new RangeError(`motion packet holds at most 255 samples, got ${p.raw.length}`);
  const rate = Math.round(p.sampleRateHz * 10);
  const scale = Math.round(p.scaleMgPerLsb * 1000);
  if (rate < 1 || rate > 0xffff) throw new RangeError(`sample rate ${p.sampleRateHz} Hz is outside 0.1–6553.5`);
  if (scale < 1 || scale > 0xffff) throw new RangeError(`scale ${p.scaleMgPerLsb} mg/LSB is outside 0.001–65.535`);
  const w = new ByteWriter().u8(MOTION_VERSION).u8(p.flags ?? 0).u16(p.sequence).u32(p.firstSampleIndex >>> 0).u16(rate).u16(scale).u8(p.raw.length);
  for (const [x, y, z] of p.raw) w.i16(x).i16(y).i16(z);
  return w.toBytes();
}

/**
 * Sample times for a packet: the stream's start time plus firstSampleIndex / rate. A
 * transport keeps `streamStart` per connection and detects lost packets from gaps in
 * `sequence` (the sample index keeps the timing right across a gap).
 */
export function motionSampleTimes(p: MotionPacket, streamStart: Date): string[] {
  const t0 = streamStart.getTime();
  return p.samples.map((_, i) => new Date(t0 + ((p.firstSampleIndex + i) * 1000) / p.sampleRateHz).toISOString());
}

/**
 * The samples a wrist device can fit in one notification: (ATT_MTU − 3 − header) / 6.
 * Default MTU 23 → 1 sample; MTU 247 → 38.
 */
export function motionSamplesPerPacket(attMtu: number): number {
  return Math.max(0, Math.min(255, Math.floor((attMtu - 3 - MOTION_HEADER_BYTES) / 6)));
}
