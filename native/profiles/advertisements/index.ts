/**
 * Passive Bluetooth advertisements: the readings that sensors broadcast in service data
 * or manufacturer data, decoded without a connection. One entry point per AD type, by
 * UUID or company id, used by `tend decode --service-data / --manufacturer-data` and by
 * the passive scanner, so a frame reads the same on the command line as from the air.
 */
import { DecodeError } from '../errors';
import type { ProfileObservation } from '../types';
import { normalizeUuid, uuid16Of } from '../uuid';
import { decodeAtcPvvx } from './atc-pvvx';
import { BTHOME_UUID16, decodeBthome } from './bthome';
import type { BthomeOptions } from './bthome';
import { GOVEE_COMPANY_ID, decodeGoveeH5075 } from './govee';

/** Which format a frame was read as. */
export type AdvertFormat = 'bthome-v2' | 'pvvx' | 'atc1441' | 'govee-h5075';

export interface DecodedAdvertisement {
  format: AdvertFormat;
  /** Every decoded field (JSON-safe). */
  fields: Record<string, unknown>;
  /** Readings in canonical units: room_temperature °C, humidity %RH, battery_level %. */
  observations: ProfileObservation[];
  /**
   * The frame's own packet counter, for dropping repeats (see dedup.ts): BTHome's
   * encryption counter (32 bits) or packet id object (8 bits), pvvx/ATC's counter (8
   * bits). Absent where the format has none (Govee).
   */
  counter?: { value: number; bits: 8 | 32 };
}

export type AdvertOptions = BthomeOptions;

const ESS_UUID16 = 0x181a;

function uuid16(s: string): number | undefined {
  const u = normalizeUuid(s);
  return u === undefined ? undefined : uuid16Of(u);
}

/**
 * Decodes the service data a sensor broadcast under a 16-bit UUID (`FCD2`, `0xfcd2` or
 * the 128-bit form): 0xFCD2 BTHome v2, 0x181A pvvx / ATC1441. Throws DecodeError:
 * `unknown_characteristic` for another UUID, `needs_key` / `bad_mic` for encrypted BTHome,
 * `short` / `malformed` / `reserved` for a bad frame.
 */
export function decodeServiceData(uuid: string, bytes: Uint8Array, opts: AdvertOptions = {}): DecodedAdvertisement {
  const id = uuid16(uuid);
  if (id === BTHOME_UUID16) {
    const { fields, observations } = decodeBthome(bytes, opts);
    const counter = fields.counter !== undefined ? { value: fields.counter, bits: 32 as const } : fields.packet_id !== undefined ? { value: fields.packet_id, bits: 8 as const } : undefined;
    return { format: 'bthome-v2', fields: fields as unknown as Record<string, unknown>, observations, ...(counter ? { counter } : {}) };
  }
  if (id === ESS_UUID16) {
    const { fields, observations } = decodeAtcPvvx(bytes);
    return { format: fields.format, fields: fields as unknown as Record<string, unknown>, observations, counter: { value: fields.counter, bits: 8 } };
  }
  throw new DecodeError('unknown_characteristic', `no advertisement decoder for service data UUID "${uuid}" (known: FCD2 BTHome v2, 181A pvvx/ATC1441)`);
}

/** Parses a company id written as `EC88`, `0xec88` or decimal `60552`. */
export function parseCompanyId(s: string | number): number | undefined {
  if (typeof s === 'number') return Number.isInteger(s) && s >= 0 && s <= 0xffff ? s : undefined;
  const t = s.trim();
  const n = /^(0x)?[0-9a-fA-F]{4}$/.test(t) ? parseInt(t.replace(/^0x/i, ''), 16) : /^\d+$/.test(t) ? Number(t) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : undefined;
}

/**
 * Decodes manufacturer-specific data (the bytes after the 2-byte company id) for company
 * 0xEC88 (Govee H5075). Throws DecodeError like `decodeServiceData`.
 */
export function decodeManufacturerData(companyId: string | number, bytes: Uint8Array): DecodedAdvertisement {
  const id = parseCompanyId(companyId);
  if (id === GOVEE_COMPANY_ID) {
    const { fields, observations } = decodeGoveeH5075(bytes);
    return { format: 'govee-h5075', fields: fields as unknown as Record<string, unknown>, observations };
  }
  throw new DecodeError('unknown_characteristic', `no advertisement decoder for manufacturer (company id) "${companyId}" (known: EC88 Govee H5075)`);
}

export * from './aes-ccm';
export * from './atc-pvvx';
export * from './bthome';
export * from './govee';
export * from './mac';
export * from './dedup';
