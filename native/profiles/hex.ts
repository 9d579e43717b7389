/**
 * Parses a hex string as typed on a command line or copied from a BLE sniffer:
 * `0a1b`, `0A 1B`, `0a:1b`, `0a-1b`, with an optional leading `0x`. Throws a plain Error
 * naming the problem (odd digit count, a non-hex character and where it is).
 */
export function parseHex(s: string): Uint8Array {
  let t = s.trim();
  if (/^0x/i.test(t)) t = t.slice(2);
  const digits = t.replace(/[\s:-]/g, '');
  const bad = /[^0-9a-fA-F]/.exec(digits);
  if (bad) throw new Error(`hex: "${bad[0]}" is not a hex digit (in "${s}")`);
  if (digits.length % 2 !== 0) throw new Error(`hex: ${digits.length} hex digits is an odd number; every byte takes two`);
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Formats bytes as lowercase hex with no separators (`0a1b`). */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
