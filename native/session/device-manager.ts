/**
 * Keeps one session per paired device and publishes their status as events: the piece
 * the core wires to the devices table, the ingest service and the Devices screen.
 * Transports are resolved lazily and once: a machine without Bluetooth starts fine and
 * its BLE devices show state `unavailable` with the reason.
 */
import { EventEmitter } from 'node:events';
import type { ObservationSink } from '../../api/observations';
import { manifestsForServices, type ProfileName } from '../profiles/index';
import type { BackoffOptions } from '../transports/backoff';
import { openBleTransport, type BleAvailability } from '../transports/ble';
import { BleProfileDriver, type MotionSamples } from './ble-driver';
import { systemClock, type Clock } from './clock';
import { DeviceSession, type DeviceDriver } from './device-session';
import { SerialBoardDriver } from './serial-driver';
import type { DeviceKind, DeviceTransport, PairedDevice, SessionProgress, SessionStatus, SourcedObservation } from './types';

/** A session's status plus the device record it belongs to. */
export type DeviceStatus = SessionStatus & Omit<PairedDevice, 'id'>;

/** One device seen by a scan, with the kind Tend would pair it as. */
export interface ScanResult {
  address: string;
  name: string | null;
  rssi: number | null;
  transport: DeviceTransport;
  /** null when no profile Tend knows is advertised. */
  kind: DeviceKind | null;
  /** Already paired (device id), or null. */
  pairedAs: string | null;
}

export interface DeviceManagerOptions {
  /** Where readings go: the core's ingest service. */
  sink: ObservationSink;
  clock?: Clock;
  /** The machine's Bluetooth. Default: `openBleTransport()` on first use. */
  ble?: () => Promise<BleAvailability>;
  /** The demo lab's BLE (see native/lab/demo-lab.ts); `demo` devices use it. */
  demoBle?: () => Promise<BleAvailability>;
  backoff?: BackoffOptions;
  /** Raw accelerometer chunks from motion devices (for tremor analysis). */
  onMotion?: (chunk: MotionSamples) => void;
  /** Overrides driver choice (tests). */
  driverFor?: (device: PairedDevice) => DeviceDriver;
}

export interface DeviceManagerEvents {
  status: [DeviceStatus];
  progress: [SessionProgress];
  stored: [{ deviceId: string; subjectId: string; items: SourcedObservation[] }];
  removed: [string];
}

const KIND_OF_PROFILE: Record<ProfileName, DeviceKind | null> = {
  cgm: 'cgm',
  glucose: 'glucose_meter',
  'health-thermometer': 'thermometer',
  'environmental-sensing': 'environment',
  'pulse-oximeter': 'pulse_oximeter',
  'heart-rate': 'heart_rate',
  'blood-pressure': 'blood_pressure',
  motion: 'motion',
  battery: null,
};

/** The device kind a set of advertised service UUIDs suggests (the first known profile wins). */
export function kindForServices(uuids: string[]): DeviceKind | null {
  for (const m of manifestsForServices(uuids)) {
    const k = KIND_OF_PROFILE[m.profile];
    if (k) return k;
  }
  return null;
}

export class DeviceManager extends EventEmitter<DeviceManagerEvents> {
  private readonly sessions = new Map<string, DeviceSession>();
  private readonly o: DeviceManagerOptions;
  private readonly clock: Clock;
  private bleOnce: Promise<BleAvailability> | null = null;
  private demoBle: (() => Promise<BleAvailability>) | null;

  constructor(opts: DeviceManagerOptions) {
    super();
    this.o = opts;
    this.clock = opts.clock ?? systemClock;
    this.demoBle = opts.demoBle ?? null;
  }

  /** Whether Bluetooth works here, and if not why ("Bluetooth unavailable: …"). */
  async bluetooth(): Promise<{ available: boolean; reason: string | null }> {
    const a = await this.ble();
    return a.available ? { available: true, reason: null } : { available: false, reason: a.reason };
  }

  /** Points `demo` devices at a (new) demo lab, or detaches it. */
  setDemoBle(fn: (() => Promise<BleAvailability>) | null): void {
    this.demoBle = fn;
  }

  /** Scans for `durationMs` (real) on the machine's Bluetooth or the demo lab. */
  async scan(opts: { durationMs?: number; transport?: 'ble' | 'demo' } = {}): Promise<ScanResult[]> {
    const transport = opts.transport ?? 'ble';
    const a = transport === 'demo' ? await this.demo() : await this.ble();
    if (!a.available) throw new Error(a.reason);
    const seen = await a.transport.scan({ durationMs: opts.durationMs ?? 5000 });
    const byAddress = new Map([...this.sessions.values()].map((s) => [`${s.device.transport}|${s.device.address.toUpperCase()}`, s.device.id]));
    return seen.map((d) => ({
      address: d.address,
      name: d.name,
      rssi: d.rssi,
      transport,
      kind: kindForServices(d.serviceUuids),
      pairedAs: byAddress.get(`${transport}|${d.address.toUpperCase()}`) ?? null,
    }));
  }

  /** Starts a session for a paired device (replacing one with the same id). */
  async add(device: PairedDevice): Promise<void> {
    if (this.sessions.has(device.id)) await this.remove(device.id, { silent: true });
    const session = new DeviceSession({
      device,
      driver: this.o.driverFor?.(device) ?? this.driverFor(device),
      sink: this.o.sink,
      clock: this.clock,
      ...(this.o.backoff ? { backoff: this.o.backoff } : {}),
    });
    const { id: _id, ...record } = device;
    session.on('status', (s) => this.emit('status', { ...s, ...record }));
    session.on('progress', (p) => this.emit('progress', p));
    session.on('stored', (items) => this.emit('stored', { deviceId: device.id, subjectId: device.subject_id, items }));
    this.sessions.set(device.id, session);
    session.start();
  }

  /** Stops and forgets a device's session. */
  async remove(id: string, o: { silent?: boolean } = {}): Promise<void> {
    const s = this.sessions.get(id);
    if (!s) return;
    this.sessions.delete(id);
    await s.stop();
    s.removeAllListeners();
    if (!o.silent) this.emit('removed', id);
  }

  /**
   * Makes the running sessions match the paired devices (call at start-up with the devices
   * table, and after every change): starts new ones, restarts changed ones, stops removed ones.
   */
  async sync(devices: PairedDevice[]): Promise<void> {
    const want = new Map(devices.map((d) => [d.id, d]));
    for (const id of [...this.sessions.keys()]) if (!want.has(id)) await this.remove(id);
    for (const d of devices) {
      const cur = this.sessions.get(d.id)?.device;
      if (!cur || cur.address !== d.address || cur.transport !== d.transport || cur.subject_id !== d.subject_id || cur.kind !== d.kind) await this.add(d);
    }
  }

  /** Status of every device. */
  /**
   * With a motion consumer (the tremor pipeline), raw accelerometer samples go to it as
   * chunks and are not also stored one observation per sample (architecture.md: raw
   * high-rate streams are kept as compact chunks plus derived features).
   */
  private motionOptions(): { onMotion?: (chunk: MotionSamples) => void; motionObservations?: 'magnitude' | 'none' } {
    return this.o.onMotion ? { onMotion: this.o.onMotion, motionObservations: 'none' } : {};
  }

  list(): DeviceStatus[] {
    return [...this.sessions.values()].map((s) => {
      const { id: _id, ...record } = s.device;
      return { ...s.status(), ...record };
    });
  }

  get(id: string): DeviceStatus | undefined {
    return this.list().find((d) => d.deviceId === id);
  }

  /** Stops every session (stores what is queued) and releases the transports. */
  async stop(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.remove(id, { silent: true })));
    const b = this.bleOnce;
    this.bleOnce = null;
    const a = await b;
    if (a?.available) await a.transport.close();
  }

  private ble(): Promise<BleAvailability> {
    if (!this.bleOnce) {
      const p = (this.o.ble ?? (() => openBleTransport()))();
      this.bleOnce = p;
      // "Unavailable" is remembered for a while only: the user may switch the adapter on.
      void p.then((a) => {
        if (!a.available) setTimeout(() => this.bleOnce === p && (this.bleOnce = null), 30_000).unref();
      });
    }
    return this.bleOnce;
  }

  private demo(): Promise<BleAvailability> {
    return this.demoBle ? this.demoBle() : Promise.resolve({ available: false, reason: 'Bluetooth unavailable: the demo lab is not running' });
  }

  private driverFor(device: PairedDevice): DeviceDriver {
    switch (device.transport) {
      case 'ble':
        return new BleProfileDriver(device, { transport: () => this.ble(), ...this.motionOptions() });
      case 'demo':
        return new BleProfileDriver(device, { transport: () => this.demo(), ...this.motionOptions() });
      case 'serial':
        // A wrist board's accelerometer lines take the same chunk path as a Bluetooth wrist sensor's packets.
        return new SerialBoardDriver(device, this.o.onMotion ? { onMotion: this.o.onMotion } : {});
      default: {
        const never: never = device.transport;
        throw new Error(`unknown transport ${String(never)}`);
      }
    }
  }
}
