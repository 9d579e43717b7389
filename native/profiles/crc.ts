/**
 * The E2E-CRC of the Continuous Glucose Monitoring Service (CGMS 1.0.1, the E2E-CRC field description,
 * repeated in the GATT Specification Supplement's CGM characteristics): "a CRC-CCITT
 * generator polynomial g(D) = D^16 + D^12 + D^5 + 1 (i.e. 210041 in octal
 * representation) with a seed of 0xFFFF", computed over every field of the
 * characteristic value except the CRC itself, and sent as a uint16 like every other
 * Bluetooth field: least significant octet first.
 *
 * That sentence fixes polynomial and seed but not the bit order. Bluetooth serialises
 * every octet least significant bit first, and the qualified implementations feed the
 * register that way, which makes this the *reflected* form of CRC-CCITT: in Williams'
 * "Rocksoft" model, width 16, poly 0x1021,
 * init 0xFFFF, refin = refout = true, xorout 0x0000 — the catalogue's CRC-16/MCRF4XX,
 * check value (CRC of ASCII "123456789") 0x6F91. Shifting right with the bit-reversed
 * polynomial 0x8408 is the same computation. Nordic's qualified CGM collector
 * (Android-BLE-Common-Library, `CRC16.MCRF4XX`) computes it the same way. NOT
 * CRC-16/CCITT-FALSE (MSB first, check 0x29B1), which some sensor SDKs use by mistake.
 *
 * Worked example, the one-octet message 0x00 (register r, each step: if r is odd,
 * r = (r >> 1) XOR 0x8408, else r = r >> 1):
 *
 *   r = 0xFFFF XOR 0x00        = 0xFFFF
 *   1: odd  → 0x7FFF ^ 0x8408 = 0xFBF7
 *   2: odd  → 0x7DFB ^ 0x8408 = 0xF9F3
 *   3: odd  → 0x7CF9 ^ 0x8408 = 0xF8F1
 *   4: odd  → 0x7C78 ^ 0x8408 = 0xF870
 *   5: even → 0x7C38
 *   6: even → 0x3E1C
 *   7: even → 0x1F0E
 *   8: even → 0x0F87
 *
 * so CRC(00) = 0x0F87, sent on the air as `87 0F`.
 */
export function e2eCrc(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffff;
  for (let i = start; i < end; i++) {
    crc ^= bytes[i];
    for (let b = 0; b < 8; b++) crc = crc & 1 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
  }
  return crc;
}

/** Returns `bytes` followed by its E2E-CRC (little-endian). */
export function appendE2eCrc(bytes: Uint8Array): Uint8Array {
  const crc = e2eCrc(bytes);
  const out = new Uint8Array(bytes.length + 2);
  out.set(bytes);
  out[bytes.length] = crc & 0xff;
  out[bytes.length + 1] = crc >>> 8;
  return out;
}
