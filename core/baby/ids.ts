import { createHash } from 'node:crypto';

/**
 * A deterministic id from its parts, shaped like a UUID (version nibble 8, "custom", RFC
 * 9562 §5.8): the same window of the same file or session always gets the same id, so a
 * retried upload or chunk is a duplicate, not a second reading.
 */
export function stableId(...parts: Array<string | number>): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Hex SHA-256 of some bytes (names an uploaded file). */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
