/** Bluetooth device addresses as Tend writes them: `54:48:E6:8F:80:A5`, most significant byte first. */
import { DecodeError } from '../errors';

/** Six bytes, most significant first, as `AA:BB:CC:DD:EE:FF`. */
export function formatMac(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

/** Parses `54:48:E6:8F:80:A5`, `54-48-…` or `5448E68F80A5`; throws `malformed` otherwise. */
export function parseMac(s: string): Uint8Array {
  const digits = s.trim().replace(/[:-]/g, '');
  if (!/^[0-9a-fA-F]{12}$/.test(digits)) throw new DecodeError('malformed', `address "${s}" is not a Bluetooth MAC like 54:48:E6:8F:80:A5`);
  return Uint8Array.from({ length: 6 }, (_, i) => parseInt(digits.slice(2 * i, 2 * i + 2), 16));
}

/** Normalises an address to `AA:BB:CC:DD:EE:FF`. */
export function normalizeMac(s: string): string {
  return formatMac(parseMac(s));
}
