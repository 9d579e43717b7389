/**
 * The one error a profile decoder throws. Errors cross process and realm boundaries
 * (CLI, hub, worker), so callers test `code` (or `isDecodeError`), never `instanceof`.
 *
 * - `short`: the frame ends before a field its flags promise.
 * - `malformed`: the bytes are there but contradict themselves or the specification
 *   (a size field that does not match the flags, a month of 13, an odd-length RR list).
 * - `bad_crc`: an E2E-CRC is present and does not match.
 * - `unknown_characteristic`: no decoder for that name or UUID.
 * - `reserved`: a bit or value the specification marks "Reserved for Future Use" is set,
 *   where ignoring it could misread the rest of the frame (flags that choose the layout,
 *   unknown op codes).
 * - `needs_key`: an encrypted advertisement (BTHome with a bind key) and no key, or no
 *   sensor address for its nonce, was given: the frame cannot be read without them.
 * - `bad_mic`: an encrypted advertisement's message integrity check does not match: a wrong
 *   key or address, or a corrupted frame.
 */
export type DecodeErrorCode = 'short' | 'malformed' | 'bad_crc' | 'unknown_characteristic' | 'reserved' | 'needs_key' | 'bad_mic';

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  readonly isDecodeError = true;
  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

/** Cross-realm check: true for anything shaped like a DecodeError. */
export function isDecodeError(e: unknown): e is DecodeError {
  return typeof e === 'object' && e !== null && (e as { isDecodeError?: unknown }).isDecodeError === true;
}

/** Formats a byte as `0x0A` for messages. */
export const hex8 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** Formats a 16-bit value as `0x07FF` for messages. */
export const hex16 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws `short` unless `bytes` holds at least `n` bytes; `why` names what needs them. */
export function requireLength(bytes: Uint8Array, n: number, what: string, why: string): void {
  if (bytes.length < n) {
    throw new DecodeError('short', `${what}: frame is ${bytes.length} bytes, ${why} need at least ${n}`);
  }
}

/** Throws `reserved` when any bit of `value` outside `allowedMask` is set. */
export function rejectReservedBits(value: number, allowedMask: number, what: string, field: string): void {
  const rfu = value & ~allowedMask;
  if (rfu !== 0) {
    throw new DecodeError('reserved', `${what}: ${field} ${hex8(value)} sets reserved bit(s) ${hex8(rfu)}`);
  }
}
