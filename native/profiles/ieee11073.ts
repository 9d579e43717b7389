/**
 * IEEE 11073-20601 "medical device encoding rules" floating types, as Bluetooth health
 * profiles carry them (GATT Specification Supplement §2.2 "medfloat16"/"medfloat32"):
 *
 * - SFLOAT (16 bit): a signed 4-bit exponent (bits 15–12) and a signed 12-bit mantissa
 *   (bits 11–0), both two's complement; value = mantissa × 10^exponent.
 * - FLOAT (32 bit): a signed 8-bit exponent (bits 31–24) and a signed 24-bit mantissa.
 *
 * The standard reserves five bit patterns (exponent 0, mantissa at the extremes) as
 * special values. They are NOT numbers and must never reach a chart or an alert, so the
 * decoders return a tagged result and the caller has to look at `kind` first.
 *
 * | meaning                  | SFLOAT | FLOAT      |
 * | ------------------------ | ------ | ---------- |
 * | NaN (not a number)       | 0x07FF | 0x007FFFFF |
 * | NRes (not at this resolution) | 0x0800 | 0x00800000 |
 * | +INF                     | 0x07FE | 0x007FFFFE |
 * | −INF                     | 0x0802 | 0x00800002 |
 * | reserved for future use  | 0x0801 | 0x00800001 |
 *
 * Special values are recognised by the whole bit pattern (exponent 0), as 20601 §F.8
 * defines them; the encoders never produce a mantissa within 2 of the extremes, so a
 * decoder that checks the mantissa alone still reads our frames the same way.
 */

export type MderSpecial = 'NaN' | 'NRes' | '+INF' | '-INF' | 'reserved';

/** A decoded SFLOAT/FLOAT: either a number or one of the special values. */
export type MderFloat =
  | { kind: 'number'; value: number; mantissa: number; exponent: number }
  | { kind: 'special'; special: MderSpecial; raw: number };

/** What the encoders accept: a plain number, or a special value by name. */
export type MderInput = number | { special: MderSpecial };

const SFLOAT_SPECIALS: Record<number, MderSpecial> = {
  0x07ff: 'NaN',
  0x0800: 'NRes',
  0x07fe: '+INF',
  0x0802: '-INF',
  0x0801: 'reserved',
};
const SFLOAT_OF: Record<MderSpecial, number> = { NaN: 0x07ff, NRes: 0x0800, '+INF': 0x07fe, '-INF': 0x0802, reserved: 0x0801 };

const FLOAT_SPECIALS: Record<number, MderSpecial> = {
  0x007fffff: 'NaN',
  0x00800000: 'NRes',
  0x007ffffe: '+INF',
  0x00800002: '-INF',
  0x00800001: 'reserved',
};
const FLOAT_OF: Record<MderSpecial, number> = {
  NaN: 0x007fffff, NRes: 0x00800000, '+INF': 0x007ffffe, '-INF': 0x00800002, reserved: 0x00800001,
};

/**
 * mantissa × 10^exponent, computed so that decimal values come out as the nearest
 * double (dividing by 10^k is correctly rounded where multiplying by 10^-k is not:
 * 366 × 0.1 = 36.6000…01 but 366 / 10 = 36.6).
 */
export function scaleDecimal(mantissa: number, exponent: number): number {
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}

/** Decodes a 16-bit SFLOAT given as its unsigned 16-bit value (already assembled little-endian). */
export function decodeSfloat(raw: number): MderFloat {
  const r = raw & 0xffff;
  const special = SFLOAT_SPECIALS[r];
  if (special !== undefined) return { kind: 'special', special, raw: r };
  let exponent = r >> 12;
  if (exponent >= 0x8) exponent -= 0x10;
  let mantissa = r & 0x0fff;
  if (mantissa >= 0x800) mantissa -= 0x1000;
  return { kind: 'number', value: scaleDecimal(mantissa, exponent), mantissa, exponent };
}

/** Decodes a 32-bit FLOAT given as its unsigned 32-bit value. */
export function decodeFloat(raw: number): MderFloat {
  const r = raw >>> 0;
  const special = FLOAT_SPECIALS[r];
  if (special !== undefined) return { kind: 'special', special, raw: r };
  let exponent = r >>> 24;
  if (exponent >= 0x80) exponent -= 0x100;
  let mantissa = r & 0x00ffffff;
  if (mantissa >= 0x800000) mantissa -= 0x1000000;
  return { kind: 'number', value: scaleDecimal(mantissa, exponent), mantissa, exponent };
}

/** The largest mantissa magnitude the encoders use (2^11 − 3 for SFLOAT, 2^23 − 3 for FLOAT). */
const SFLOAT_MAX_M = 2045;
const FLOAT_MAX_M = 8388605;

/**
 * Chooses mantissa and exponent for `value`. With `exponent` given, uses it (rounding the
 * mantissa). Otherwise the exponent states the resolution (11073-20601 keeps it as
 * precision), so it picks the exact representation with the fewest decimals, as devices
 * send them: 120 → 120×10^0, 36.6 → 366×10^−1, 25000 → 2500×10^1; and when nothing is
 * exact, the finest exponent whose mantissa still fits (3.14159 → 314×10^−2).
 */
function chooseParts(value: number, maxM: number, minE: number, maxE: number, what: string, exponent?: number): [number, number] {
  if (!Number.isFinite(value)) throw new RangeError(`${what}: ${value} is not finite; pass { special: 'NaN' | '+INF' | '-INF' }`);
  const mantissaAt = (e: number): number => (e >= 0 ? value / 10 ** e : value * 10 ** -e);
  if (exponent !== undefined) {
    if (!Number.isInteger(exponent) || exponent < minE || exponent > maxE) throw new RangeError(`${what}: exponent ${exponent} outside ${minE}..${maxE}`);
    const m = Math.round(mantissaAt(exponent));
    if (Math.abs(m) > maxM) throw new RangeError(`${what}: ${value} does not fit with exponent ${exponent}`);
    return [m, exponent];
  }
  const order: number[] = [0];
  for (let e = -1; e >= minE; e--) order.push(e);
  for (let e = 1; e <= maxE; e++) order.push(e);
  for (const e of order) {
    const m = mantissaAt(e);
    const rm = Math.round(m);
    if (Math.abs(rm) <= maxM && scaleDecimal(rm, e) === value) return [rm, e];
  }
  for (let e = minE; e <= maxE; e++) {
    const m = Math.round(mantissaAt(e));
    if (Math.abs(m) <= maxM) return [m, e];
  }
  throw new RangeError(`${what}: ${value} is too large to encode`);
}

/** Encodes a number (or a special value) as a 16-bit SFLOAT, returned as an unsigned 16-bit value. */
export function encodeSfloat(v: MderInput, exponent?: number): number {
  if (typeof v !== 'number') return SFLOAT_OF[v.special];
  const [m, e] = chooseParts(v, SFLOAT_MAX_M, -8, 7, 'SFLOAT', exponent);
  return ((e & 0xf) << 12) | (m & 0x0fff);
}

/** Encodes a number (or a special value) as a 32-bit FLOAT, returned as an unsigned 32-bit value. */
export function encodeFloat(v: MderInput, exponent?: number): number {
  if (typeof v !== 'number') return FLOAT_OF[v.special];
  const [m, e] = chooseParts(v, FLOAT_MAX_M, -128, 127, 'FLOAT', exponent);
  return (((e & 0xff) << 24) | (m & 0x00ffffff)) >>> 0;
}

/** The number inside an MderFloat, or undefined for a special value. */
export function mderNumber(f: MderFloat): number | undefined {
  return f.kind === 'number' ? f.value : undefined;
}
