/**
 * BTHome bind keys at rest. A bind key decrypts every reading the sensor broadcasts, so it
 * is kept like the other credentials (Dexcom tokens, uploader secrets, follower
 * passwords): sealed with AES-256-GCM under the install's secret key
 * (core/dexcom/token-store.ts), in `devices.settings.bind_key_sealed`. The key typed
 * when adopting (`settings.bind_key`, 32 hex digits) is sealed before the row is written,
 * is never answered back (a device says only `bind_key_set: true`), and is opened only
 * where the advert listener needs it. Rows written before sealing existed keep a clear
 * `bind_key`; the device runtime seals those the first time it reads them.
 */
import { openSecret, sealSecret, type KeyProvider } from '../dexcom/token-store';

const SEAL_NAME = 'bthome-bind-key';

/** `settings` with a clear `bind_key` replaced by its sealed form (other fields untouched). */
export async function sealBindKey(keys: KeyProvider, settings: Record<string, unknown> | undefined): Promise<Record<string, unknown> | undefined> {
  if (!settings || typeof settings.bind_key !== 'string') return settings;
  const { bind_key: key, ...rest } = settings;
  return { ...rest, bind_key_sealed: sealSecret(await keys.getKey(), SEAL_NAME, key.toLowerCase()) };
}

/** The clear key of a stored row's settings, from its sealed form or a legacy clear one. */
export async function openBindKey(keys: KeyProvider, settings: Record<string, unknown>): Promise<string | undefined> {
  if (typeof settings.bind_key_sealed === 'string') return openSecret(await keys.getKey(), SEAL_NAME, settings.bind_key_sealed);
  return typeof settings.bind_key === 'string' && settings.bind_key ? settings.bind_key : undefined;
}

/** What a device's settings say to callers: never the key, only whether one is set. */
export function publicSettings(settings: Record<string, unknown>): Record<string, unknown> {
  if (!('bind_key' in settings) && !('bind_key_sealed' in settings)) return settings;
  const { bind_key: _clear, bind_key_sealed: _sealed, ...rest } = settings;
  return { ...rest, bind_key_set: true };
}
