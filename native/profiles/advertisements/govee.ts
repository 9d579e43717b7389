/**
 * Govee H5075 (and H5072) thermo-hygrometer: manufacturer-specific data under company id
 * 0xEC88, 6 bytes after the id:
 *
 *   0x00 · value uint24 big-endian · battery % · 0x00
 *
 * The value packs both readings: bit 23 is the temperature's sign; the other 23 bits are
 * |°C| × 10 000 + %RH × 10, so temperature = ⌊v / 1000⌋ / 10 and humidity = (v mod 1000) / 10.
 * (After GoveeBTTempLogger and theengs/decoder; Govee publishes no specification.)
 */
import { DecodeError } from '../errors';
import type { Decoded } from '../types';

/** Govee's Bluetooth company id as it appears in advertisements (not SIG-assigned). */
export const GOVEE_COMPANY_ID = 0xec88;

export interface GoveeFields {
  model: 'H5075';
  raw: number;
  /** °C, one decimal */
  temperature: number;
  /** %RH, one decimal */
  humidity: number;
  /** % */
  battery: number;
}

export function decodeGoveeH5075(b: Uint8Array): Decoded<GoveeFields> {
  const what = 'govee-h5075';
  if (b.length !== 6) throw new DecodeError('malformed', `${what}: manufacturer data is ${b.length} bytes; the H5075 sends 6 (00, 3-byte value, battery, 00)`);
  const raw = (b[1] << 16) | (b[2] << 8) | b[3];
  const negative = (raw & 0x800000) !== 0;
  const v = raw & 0x7fffff;
  const magnitude = Math.floor(v / 1000) / 10;
  const temperature = negative ? -magnitude : magnitude;
  const humidity = (v % 1000) / 10;
  const battery = b[4];
  if (battery > 100) throw new DecodeError('malformed', `${what}: battery ${battery} % is above 100`);
  return {
    fields: { model: 'H5075', raw, temperature, humidity, battery },
    observations: [
      { metric: 'room_temperature', value: temperature, unit: '°C' },
      { metric: 'humidity', value: humidity, unit: '%RH' },
      { metric: 'battery_level', value: battery, unit: '%' },
    ],
  };
}

/** The 6 bytes an H5075 sends (°C and %RH to one decimal). */
export function encodeGoveeH5075(celsius: number, humidityPercent: number, batteryPercent: number): Uint8Array {
  const v = Math.round(Math.abs(celsius) * 10) * 1000 + Math.round(humidityPercent * 10);
  const raw = (celsius < 0 ? 0x800000 : 0) | v;
  return Uint8Array.from([0x00, raw >> 16, (raw >> 8) & 0xff, raw & 0xff, batteryPercent, 0x00]);
}
