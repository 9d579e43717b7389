/**
 * The device session's vocabulary: the lifecycle steps (after Tidepool's uploader:
 * detect → connect → read config → subscribe/fetch/stream → store → disconnect), the
 * status a DeviceManager publishes, and the errors, each tagged with the step that failed.
 */
import type { ObservationInput } from '../../api/observations';

export type SessionStep = 'detect' | 'connect' | 'read_config' | 'subscribe' | 'fetch' | 'stream' | 'store' | 'disconnect';

/** What kind of sensor a device is; decides the driver (native/session/manifest.ts). */
export type DeviceKind =
  | 'cgm'
  | 'glucose_meter'
  | 'thermometer'
  | 'environment'
  | 'pulse_oximeter'
  | 'heart_rate'
  | 'blood_pressure'
  | 'motion'
  | 'serial_board';

/** How the app reaches a device. `demo` is BLE through the device lab's private bus. */
export type DeviceTransport = 'ble' | 'demo' | 'serial';

/** A device the user paired to a subject (the `/api/devices` record). */
export interface PairedDevice {
  id: string;
  name: string;
  kind: DeviceKind;
  transport: DeviceTransport;
  /** BLE address `AA:BB:CC:DD:EE:FF`, or a serial port path. */
  address: string;
  /** Whose readings these are. */
  subject_id: string;
}

export type ConnectionState =
  /** Not started, or stopped. */
  | 'idle'
  | 'connecting'
  | 'connected'
  /** Lost or failed; waiting out the back-off before the next attempt. */
  | 'reconnecting'
  /** The transport itself is missing (no Bluetooth): nothing to retry until it appears. */
  | 'unavailable';

/** A session's status as the Devices screen shows it. */
export interface SessionStatus {
  deviceId: string;
  state: ConnectionState;
  /** Battery level, %, when the device reports one. */
  battery: number | null;
  /** Measurement time of the newest reading stored (ISO 8601 UTC). */
  lastReadingAt: string | null;
  /** Frames that failed to decode (short, malformed, bad CRC): counted, never stored. */
  framesBad: number;
  /** Frames decoded. */
  framesGood: number;
  /** True from an unexpected link loss (or failed first connection) until data flow again. */
  signalLost: boolean;
  /** When the signal was lost (ISO 8601 UTC, session clock). */
  signalLostSince: string | null;
  /** dBm at the last connection, when known. */
  rssi: number | null;
  /** Observations the sink accepted / reported as duplicates. */
  stored: number;
  duplicates: number;
  /** Records fetched from the device's record store after a gap (RACP / serial resend). */
  backfilled: number;
  /** Reconnections after a loss. */
  reconnects: number;
  lastError: { step: SessionStep; message: string; at: string } | null;
}

/** A progress event per lifecycle step. */
export interface SessionProgress {
  deviceId: string;
  step: SessionStep;
  phase: 'start' | 'done' | 'error';
  message?: string;
}

/** An error tagged with the lifecycle step that failed. Test `code`/`step`, not instanceof. */
export class SessionError extends Error {
  readonly code = 'session_error';
  readonly isSessionError = true;
  constructor(
    readonly step: SessionStep,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(`${step}: ${message}`);
    this.name = 'SessionError';
  }
}

export function isSessionError(e: unknown): e is SessionError {
  return typeof e === 'object' && e !== null && (e as { isSessionError?: unknown }).isSessionError === true;
}

/** An observation ready for the sink: it always has its source-made id and time. */
export type SourcedObservation = ObservationInput & { id: string; t: string };
