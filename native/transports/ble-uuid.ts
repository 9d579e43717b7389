/** The Bluetooth base UUID (Core spec Vol 3 Part B §2.5.1): 16- and 32-bit UUIDs expand into it. */
const BASE_SUFFIX = '-0000-1000-8000-00805f9b34fb';

/**
 * Normalises a UUID to the lower-case 128-bit form BlueZ uses: `'2A18'` →
 * `'00002a18-0000-1000-8000-00805f9b34fb'`; noble's dash-less 128-bit form gains its dashes.
 */
export function fullUuid(uuid: string): string {
  const u = uuid.toLowerCase().replace(/^0x/, '');
  if (/^[0-9a-f]{4}$/.test(u)) return `0000${u}${BASE_SUFFIX}`;
  if (/^[0-9a-f]{8}$/.test(u)) return `${u}${BASE_SUFFIX}`;
  if (/^[0-9a-f]{32}$/.test(u)) return `${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}`;
  return u;
}

/** The 16-bit form (`'2a18'`) of a SIG-assigned UUID, or null for a vendor UUID. */
export function shortUuid(uuid: string): string | null {
  const u = fullUuid(uuid);
  return u.startsWith('0000') && u.endsWith(BASE_SUFFIX) ? u.slice(4, 8) : null;
}
