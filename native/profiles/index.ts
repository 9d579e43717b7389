/**
 * Tend's Bluetooth profile decoders: one registry, one entry point. Used by
 * `tend decode CHARACTERISTIC HEX --json` and by the live BLE transport, so a frame reads
 * the same on the command line as from a device.
 */
import { decodeBatteryLevel } from './battery';
import { decodeBloodPressure, decodeIntermediateCuffPressure } from './blood-pressure';
import { decodeCgmFeature, decodeCgmMeasurement, decodeCgmStatus, decodeSessionRunTime, decodeSessionStartTime, decodeSocp } from './cgm';
import { decodeEssHumidity, decodeEssTemperature } from './environmental-sensing';
import { DecodeError } from './errors';
import { decodeGlucoseContext, decodeGlucoseFeature, decodeGlucoseMeasurement } from './glucose';
import { decodeHeartRate } from './heart-rate';
import { decodeIntermediateTemperature, decodeMeasurementInterval, decodeTemperatureMeasurement, decodeTemperatureType } from './health-thermometer';
import { MOTION_DATA_UUID, decodeMotionPacket } from './motion/motion';
import { decodePlxContinuous, decodePlxSpotCheck } from './pulse-oximeter';
import { decodeRacp } from './racp';
import type { DecodeOptions, Decoded, ProfileObservation } from './types';
import { normalizeUuid, uuid16To128, uuid16Of } from './uuid';

export interface CharacteristicDecoder {
  /** Canonical kebab-case name (what `characteristic` reports). */
  name: string;
  /** Other accepted names. */
  aliases: string[];
  /** 128-bit lowercase UUID. */
  uuid: string;
  /** SIG 16-bit UUID, absent for vendor characteristics. */
  uuid16?: number;
  decode: (bytes: Uint8Array, opts: DecodeOptions) => Decoded<object>;
}

const sig = (uuid16: number, name: string, aliases: string[], decode: CharacteristicDecoder['decode']): CharacteristicDecoder => ({
  name, aliases, uuid: uuid16To128(uuid16), uuid16, decode,
});

/** Every characteristic Tend can decode. */
export const REGISTRY: CharacteristicDecoder[] = [
  sig(0x2aa7, 'cgm-measurement', [], decodeCgmMeasurement),
  sig(0x2aa8, 'cgm-feature', [], decodeCgmFeature),
  sig(0x2aa9, 'cgm-status', [], decodeCgmStatus),
  sig(0x2aaa, 'cgm-session-start-time', ['session-start-time'], decodeSessionStartTime),
  sig(0x2aab, 'cgm-session-run-time', ['session-run-time'], decodeSessionRunTime),
  sig(0x2aac, 'cgm-specific-ops-control-point', ['specific-ops-control-point', 'socp'], decodeSocp),
  sig(0x2a52, 'record-access-control-point', ['racp'], decodeRacp),
  sig(0x2a18, 'glucose-measurement', [], decodeGlucoseMeasurement),
  sig(0x2a34, 'glucose-measurement-context', ['glucose-context'], decodeGlucoseContext),
  sig(0x2a51, 'glucose-feature', [], decodeGlucoseFeature),
  sig(0x2a1c, 'temperature-measurement', [], decodeTemperatureMeasurement),
  sig(0x2a1e, 'intermediate-temperature', [], decodeIntermediateTemperature),
  sig(0x2a1d, 'temperature-type', [], decodeTemperatureType),
  sig(0x2a21, 'measurement-interval', [], decodeMeasurementInterval),
  sig(0x2a6e, 'temperature', ['ess-temperature'], decodeEssTemperature),
  sig(0x2a6f, 'humidity', ['ess-humidity'], decodeEssHumidity),
  sig(0x2a37, 'heart-rate-measurement', ['heart-rate'], decodeHeartRate),
  sig(0x2a5e, 'plx-spot-check', ['plx-spot-check-measurement'], decodePlxSpotCheck),
  sig(0x2a5f, 'plx-continuous', ['plx-continuous-measurement'], decodePlxContinuous),
  sig(0x2a35, 'blood-pressure-measurement', ['blood-pressure'], decodeBloodPressure),
  sig(0x2a36, 'intermediate-cuff-pressure', [], decodeIntermediateCuffPressure),
  sig(0x2a19, 'battery-level', ['battery'], decodeBatteryLevel),
  { name: 'motion-data', aliases: ['motion'], uuid: MOTION_DATA_UUID, decode: decodeMotionPacket },
];

const byName = new Map<string, CharacteristicDecoder>();
const byUuid = new Map<string, CharacteristicDecoder>();
for (const d of REGISTRY) {
  byName.set(d.name, d);
  for (const a of d.aliases) byName.set(a, d);
  byUuid.set(d.uuid, d);
}

/**
 * Finds a decoder by name (`temperature-measurement`, case-insensitive) or UUID (`2A1C`,
 * `0x2a1c`, `00002a1c-0000-1000-8000-00805f9b34fb`); undefined when none.
 */
export function findDecoder(nameOrUuid: string): CharacteristicDecoder | undefined {
  const key = nameOrUuid.trim().toLowerCase();
  const named = byName.get(key);
  if (named) return named;
  const uuid = normalizeUuid(key);
  return uuid === undefined ? undefined : byUuid.get(uuid);
}

export interface DecodedCharacteristic {
  /** The registry's canonical name for the characteristic decoded. */
  characteristic: string;
  /** All decoded fields, as the characteristic's decoder returns them (JSON-safe). */
  fields: Record<string, unknown>;
  /** Readings in canonical units; none for special values (NaN, NRes, ±INF). */
  observations: ProfileObservation[];
}

/**
 * Decodes one characteristic value. Throws DecodeError: `unknown_characteristic` for a
 * name/UUID not in the registry, `short`/`malformed`/`bad_crc`/`reserved` for a bad frame.
 */
export function decodeCharacteristic(nameOrUuid: string, bytes: Uint8Array, opts: DecodeOptions = {}): DecodedCharacteristic {
  const d = findDecoder(nameOrUuid);
  if (!d) {
    const u = normalizeUuid(nameOrUuid);
    const u16 = u === undefined ? undefined : uuid16Of(u);
    const shown = u16 !== undefined ? `0x${u16.toString(16).toUpperCase().padStart(4, '0')}` : `"${nameOrUuid}"`;
    throw new DecodeError('unknown_characteristic', `no decoder for characteristic ${shown} (known: ${REGISTRY.map((x) => x.name).join(', ')})`);
  }
  const { fields, observations } = d.decode(bytes, opts);
  return { characteristic: d.name, fields: fields as Record<string, unknown>, observations };
}

export { DecodeError, isDecodeError } from './errors';
export type { DecodeErrorCode } from './errors';
export { parseHex, toHex } from './hex';
export type { DecodeOptions, Decoded, ProfileObservation } from './types';
export * from './ieee11073';
export { e2eCrc, appendE2eCrc } from './crc';
export type { DateTime } from './bytes';
export { dateTimeFromDate, dateTimeToIso } from './bytes';
export * from './cgm';
export * from './racp';
export * from './glucose';
export * from './health-thermometer';
export * from './environmental-sensing';
export * from './heart-rate';
export * from './pulse-oximeter';
export * from './blood-pressure';
export * from './battery';
export * from './motion/motion';
export * from './manifest';
export { normalizeUuid, uuid16To128, uuid16Of } from './uuid';
export * from './serial-line/serial-line';
