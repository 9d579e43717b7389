/** Bluetooth base UUID (Core Spec Vol 3 Part B §2.5.1): 16-bit UUIDs live in 0000xxxx-0000-1000-8000-00805f9b34fb. */
export const BLUETOOTH_BASE_SUFFIX = '-0000-1000-8000-00805f9b34fb';

/** A 16-bit SIG UUID as its 128-bit lowercase form. */
export function uuid16To128(u: number): string {
  return `0000${u.toString(16).padStart(4, '0')}${BLUETOOTH_BASE_SUFFIX}`;
}

/**
 * Normalises `2A1C`, `0x2a1c`, `00002a1c`, or the 128-bit form to the 128-bit lowercase
 * UUID; undefined when the string is not a UUID.
 */
export function normalizeUuid(s: string): string | undefined {
  const t = s.trim().toLowerCase().replace(/^0x/, '');
  if (/^[0-9a-f]{4}$/.test(t)) return `0000${t}${BLUETOOTH_BASE_SUFFIX}`;
  if (/^[0-9a-f]{8}$/.test(t)) return `${t}${BLUETOOTH_BASE_SUFFIX}`;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(t)) return t;
  if (/^[0-9a-f]{32}$/.test(t)) return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
  return undefined;
}

/** The 16-bit value of a SIG UUID in the base range, else undefined. */
export function uuid16Of(uuid128: string): number | undefined {
  return uuid128.endsWith(BLUETOOTH_BASE_SUFFIX) && uuid128.startsWith('0000') ? parseInt(uuid128.slice(4, 8), 16) : undefined;
}
