/**
 * Little-endian readers and writers for GATT characteristic values. Every multi-octet
 * Bluetooth field travels least significant octet first (GATT Specification Supplement
 * §2.1, "fields … in the order of LSO to MSO").
 */
import { DecodeError } from './errors';
import { decodeFloat, decodeSfloat, encodeFloat, encodeSfloat } from './ieee11073';
import type { MderFloat, MderInput } from './ieee11073';

/**
 * Date Time (GSS "Date Time", 0x2A08): year uint16 (1582–9999, 0 = unknown), month
 * (1–12, 0 = unknown), day (1–31, 0 = unknown), hours 0–23, minutes 0–59, seconds 0–59.
 * The health profiles that carry it give the device's own wall-clock time, without a zone.
 */
export interface DateTime {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Reads fields in order; every read checks the length and names the field when it is missing. */
export class ByteReader {
  private off: number;
  constructor(
    readonly bytes: Uint8Array,
    /** Characteristic name, used as the prefix of error messages. */
    readonly what: string,
    /** Reads stop here (exclusive); fields beyond it are "missing". */
    private readonly end = bytes.length,
    /** Where the first field starts. */
    start = 0,
  ) {
    this.off = start;
  }

  get offset(): number {
    return this.off;
  }
  get remaining(): number {
    return this.end - this.off;
  }

  private need(n: number, field: string): number {
    if (this.off + n > this.end) {
      throw new DecodeError('short', `${this.what}: frame is ${this.end} bytes, ${field} needs at least ${this.off + n}`);
    }
    const at = this.off;
    this.off += n;
    return at;
  }

  u8(field: string): number {
    return this.bytes[this.need(1, field)];
  }
  i8(field: string): number {
    const v = this.u8(field);
    return v >= 0x80 ? v - 0x100 : v;
  }
  u16(field: string): number {
    const at = this.need(2, field);
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }
  i16(field: string): number {
    const v = this.u16(field);
    return v >= 0x8000 ? v - 0x10000 : v;
  }
  u24(field: string): number {
    const at = this.need(3, field);
    return this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16);
  }
  u32(field: string): number {
    const at = this.need(4, field);
    return (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16) | (this.bytes[at + 3] << 24)) >>> 0;
  }
  sfloat(field: string): MderFloat {
    return decodeSfloat(this.u16(field));
  }
  float(field: string): MderFloat {
    return decodeFloat(this.u32(field));
  }
  dateTime(field: string): DateTime {
    const dt: DateTime = {
      year: this.u16(field),
      month: this.u8(field),
      day: this.u8(field),
      hours: this.u8(field),
      minutes: this.u8(field),
      seconds: this.u8(field),
    };
    const bad = dateTimeProblem(dt);
    if (bad) throw new DecodeError('malformed', `${this.what}: ${field} ${bad}`);
    return dt;
  }
  /** Throws `malformed` if bytes are left over (a frame longer than its flags allow). */
  done(): void {
    if (this.off !== this.end) {
      throw new DecodeError('malformed', `${this.what}: frame is ${this.end} bytes but its fields end at ${this.off}`);
    }
  }
}

/** Builds a value field by field, little-endian. */
export class ByteWriter {
  private readonly out: number[] = [];
  u8(v: number): this {
    this.out.push(v & 0xff);
    return this;
  }
  i8(v: number): this {
    return this.u8(v < 0 ? v + 0x100 : v);
  }
  u16(v: number): this {
    this.out.push(v & 0xff, (v >>> 8) & 0xff);
    return this;
  }
  i16(v: number): this {
    return this.u16(v < 0 ? v + 0x10000 : v);
  }
  u24(v: number): this {
    this.out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff);
    return this;
  }
  u32(v: number): this {
    this.out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
    return this;
  }
  sfloat(v: MderInput, exponent?: number): this {
    return this.u16(encodeSfloat(v, exponent));
  }
  float(v: MderInput, exponent?: number): this {
    return this.u32(encodeFloat(v, exponent));
  }
  dateTime(dt: DateTime): this {
    return this.u16(dt.year).u8(dt.month).u8(dt.day).u8(dt.hours).u8(dt.minutes).u8(dt.seconds);
  }
  bytes(b: Uint8Array): this {
    for (const x of b) this.out.push(x);
    return this;
  }
  get length(): number {
    return this.out.length;
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** Why a Date Time is invalid, or undefined when it is fine (zeros mean "unknown" and are fine). */
export function dateTimeProblem(dt: DateTime): string | undefined {
  if (dt.year !== 0 && (dt.year < 1582 || dt.year > 9999)) return `year ${dt.year} is outside 1582–9999`;
  if (dt.month > 12) return `month ${dt.month} is outside 1–12`;
  if (dt.day > 31) return `day ${dt.day} is outside 1–31`;
  if (dt.hours > 23) return `hours ${dt.hours} is outside 0–23`;
  if (dt.minutes > 59) return `minutes ${dt.minutes} is outside 0–59`;
  if (dt.seconds > 59) return `seconds ${dt.seconds} is outside 0–59`;
  return undefined;
}

/**
 * The Date Time as epoch milliseconds, reading the device's wall clock as UTC shifted by
 * `utcOffsetMinutes` (the device's zone, when the host knows it). Undefined when the
 * year, month or day is 0 ("unknown"): a reading without a date has no place in time.
 */
export function dateTimeToMs(dt: DateTime, utcOffsetMinutes = 0): number | undefined {
  if (dt.year === 0 || dt.month === 0 || dt.day === 0) return undefined;
  return Date.UTC(dt.year, dt.month - 1, dt.day, dt.hours, dt.minutes, dt.seconds) - utcOffsetMinutes * 60_000;
}

/** The Date Time as an ISO 8601 UTC string (see `dateTimeToMs`). */
export function dateTimeToIso(dt: DateTime, utcOffsetMinutes = 0): string | undefined {
  const ms = dateTimeToMs(dt, utcOffsetMinutes);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** A JavaScript Date as a Date Time in UTC (what the simulators send). */
export function dateTimeFromDate(d: Date): DateTime {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
  };
}
