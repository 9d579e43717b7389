import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { isApiError, type ErrorBody } from '../../api/errors';
import type { ObservationInput } from '../../api/observations';
import { isDecodeError } from '../../native/profiles/errors';
import { parseSerialLine } from '../../native/profiles/serial-line/serial-line';
import { decodeWifiFrame } from '../../native/profiles/wifi-binary/frame';
import type { CallContext } from '../context';
import type { Core } from '../core-types';

/** The answer to each message a Wi-Fi sensor sends. */
export type WifiStreamReply = { ok: true; accepted: number; duplicates: number } | { ok: false; error: ErrorBody };

/** Why a Wi-Fi sensor's stream is refused: the WebSocket close code says which. */
export interface WifiStreamRefusal {
  code: 4401 | 4403 | 4404;
  error: ErrorBody;
}

export interface WifiStreamSession {
  /**
   * Stores one message and says what became of it: text is a serial-protocol line or a
   * JSON array of observations; bytes are a binary frame (native/profiles/wifi-binary/PROTOCOL.md).
   */
  receive(message: string | Uint8Array): Promise<WifiStreamReply>;
}

/**
 * A Wi-Fi sensor (ESP32 and the like) signing in on the device stream: the token's user
 * must be able to write for the device's person. Everything it then sends goes through
 * `core.call('observations.ingest')`, the path every other transport takes.
 */
export async function openWifiStream(core: Core, token: string | undefined, deviceId: string, clientKey: string): Promise<WifiStreamSession | WifiStreamRefusal> {
  const user = core.auth.authenticate(token);
  if (!user) return { code: 4401, error: { code: 'unauthorized', message: 'missing or expired token' } };
  const ctx: CallContext = { user, clientKey, transport: 'ws' };
  let subjectId: string;
  try {
    const device = await core.call('devices.get', { id: deviceId }, ctx);
    core.access.require(ctx, device.subject_id, 'write');
    subjectId = device.subject_id;
  } catch (e) {
    const notFound = isApiError(e) && e.code === 'not_found';
    return { code: notFound ? 4404 : 4403, error: { code: notFound ? 'not_found' : 'forbidden', message: (e as Error).message } };
  }

  const store = async (items: ObservationInput[]): Promise<WifiStreamReply> => {
    const out = await core.call('observations.ingest', { subject_id: subjectId, items }, ctx);
    core.devices.touch(deviceId, core.clock.now());
    return { ok: true, accepted: out.accepted, duplicates: out.duplicates };
  };

  return {
    async receive(message) {
      try {
        if (typeof message !== 'string') {
          const now = core.clock.now();
          // A record with its own time has an id made of it: a frame sent again adds nothing.
          return await store(
            decodeWifiFrame(message).map((r) => ({ id: r.t === null ? uuidv7() : frameRecordId(deviceId, r.metric, r.t), metric: r.metric, t: new Date(r.t ?? now).toISOString(), value: r.value, device_id: deviceId })),
          );
        }
        const text = message;
        if (text.trimStart().startsWith('[')) {
          return await store((JSON.parse(text) as ObservationInput[]).map((o) => ({ ...o, device_id: deviceId })));
        }
        const r = parseSerialLine(text, new Date(core.clock.now()));
        if (r.kind === 'skip') return { ok: true, accepted: 0, duplicates: 0 };
        if (r.kind !== 'observation') return { ok: false, error: { code: 'bad_request', message: `${r.kind} lines are not stored over this stream yet; send observations` } };
        return await store([{ id: uuidv7(), metric: r.metric, t: r.t, value: r.value, unit: r.unit, device_id: deviceId }]);
      } catch (e) {
        const error: ErrorBody = isApiError(e) ? e.toBody() : isDecodeError(e) ? { code: 'bad_request', message: (e as Error).message } : { code: 'bad_request', message: `not a reading: ${(e as Error).message}` };
        return { ok: false, error };
      }
    },
  };
}

/** The same id for the same device, metric and time, short enough for any device id (ids are at most 64 characters). */
function frameRecordId(deviceId: string, metric: string, t: number): string {
  return `wb-${createHash('sha256').update(`${deviceId}\u0000${metric}\u0000${t}`).digest('base64url').slice(0, 32)}`;
}
