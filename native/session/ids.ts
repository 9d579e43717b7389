/**
 * Observation ids are made where the data are born (architecture: "ids are UUIDv7 created
 * where the data is born"), so a retry or a sync round never duplicates anything.
 *
 * A reading from a device's record store (CGM time offset, Glucose sequence number,
 * serial board sequence) can reach us twice: live as a notification and again through
 * a back-fill after a gap, or again after the app restarts. Its id is therefore derived
 * from what identifies the record on the device, not from when we heard it.
 */
import { v5, v7 } from 'uuid';

/** The namespace for Tend's name-based record ids (a fixed random UUID). */
export const RECORD_ID_NAMESPACE = 'a8f4c1a2-0d3b-4e57-9a61-6f0c2b7d9e13';

/**
 * A deterministic id (RFC 9562 UUIDv5) for an observation of a stored device record:
 * the same (device, session, sequence, metric) always gives the same id.
 *
 * @param address the device's address (case-insensitive)
 * @param sessionKey what distinguishes record-store epochs (a CGM sensor session's start
 *   time: time offsets restart with each sensor); '' when the device has one store
 * @param sequence the record's sequence number / time offset
 * @param metric the observation's metric (a record may yield several)
 */
export function recordObservationId(address: string, sessionKey: string, sequence: number, metric: string): string {
  return v5(`${address.toUpperCase()}|${sessionKey}|${sequence}|${metric}`, RECORD_ID_NAMESPACE);
}

/**
 * A fresh UUIDv7 for a live observation with no device record behind it. The timestamp
 * field is the observation's time, so ids sort by measurement time even in the lab's
 * simulated time.
 */
export function liveObservationId(tMs: number): string {
  return v7({ msecs: Math.max(0, Math.floor(tMs)) });
}
