/**
 * "Demo devices": the virtual device lab run inside the app so a new user can try every
 * sensor with no hardware. It starts a private dbus-daemon with a simulated BlueZ and
 * lets the UI add simulated peripherals to it (and socat-backed serial boards); the
 * DeviceManager reaches them through the real node-ble / serialport stacks
 * (`demo` transport → `lab.ble()`; serial boards by their pty path).
 *
 * Demo devices run on the wall clock but measure more often than real ones (a CGM every
 * minute rather than every five) so there is something to see within a minute.
 */
import type { Clock } from '../session/clock';
import type { DeviceKind, DeviceTransport } from '../session/types';
import { openBleTransport, type BleAvailability } from '../transports/ble';
import type { BluezSim } from './bluez-sim';
import { dbusUnavailableReason, startDbusDaemon, type DbusDaemon } from './dbus';
import type { BasePeripheral } from './peripherals/base';
import { SimCgm } from './peripherals/cgm';
import { SimGlucoseMeter } from './peripherals/glucose-meter';
import { SimSerialBoard } from './peripherals/serial-board';
import { SimEnvironmentSensor, SimPulseOximeter, SimThermometer } from './peripherals/simple-sensors';
import { SimAdvertisingSensor } from './peripherals/advertiser';
import { SimWrist } from './peripherals/wrist';
import { ScaledClock } from './sim-clock';
import { socatUnavailableReason, startPtyPair, type PtyPair } from './socat';

/** The kinds of demo device the lab offers. */
export const DEMO_KINDS = ['cgm', 'glucose_meter', 'thermometer', 'environment', 'pulse_oximeter', 'motion', 'serial_board'] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

/** What the UI needs to pair a demo device (POST /api/devices with these fields). */
export interface DemoDevice {
  name: string;
  kind: DeviceKind;
  transport: DeviceTransport;
  address: string;
}

export interface DemoLabOptions {
  /** Simulated ms per real ms. Default 1 (wall clock). */
  speed?: number;
  seed?: number;
}

const NAMES: Record<DemoKind, string> = {
  cgm: 'Demo CGM',
  glucose_meter: 'Demo glucose meter',
  thermometer: 'Demo thermometer',
  environment: 'Demo room sensor',
  pulse_oximeter: 'Demo pulse oximeter',
  motion: 'Demo wrist sensor',
  serial_board: 'Demo sensor board (serial)',
};

export class DemoLab {
  private readonly peripherals = new Map<string, BasePeripheral>();
  private readonly boards = new Map<string, { board: SimSerialBoard; ptys: PtyPair }>();
  private counter = 0;
  private bleOnce: Promise<BleAvailability> | null = null;

  private constructor(
    private readonly daemon: DbusDaemon,
    private readonly sim: BluezSim,
    readonly clock: ScaledClock,
    private readonly seed: number,
  ) {}

  /** Why the lab cannot run here (no dbus-daemon), or null. Serial boards also need socat. */
  static unavailableReason(): string | null {
    return dbusUnavailableReason();
  }

  static async start(opts: DemoLabOptions = {}): Promise<DemoLab> {
    const daemon = await startDbusDaemon();
    try {
      // dbus-next loads with the simulator, when a demo starts, not with every `tend` or hub start.
      const { BluezSim } = await import('./bluez-sim');
      const sim = await BluezSim.start({ busAddress: daemon.address });
      return new DemoLab(daemon, sim, new ScaledClock(opts.speed ?? 1), opts.seed ?? 1);
    } catch (e) {
      await daemon.stop();
      throw e;
    }
  }

  /** The lab's D-Bus address (what DBUS_SYSTEM_BUS_ADDRESS would be). */
  get busAddress(): string {
    return this.daemon.address;
  }

  /** BLE through the lab's bus; pass to `DeviceManager({ demoBle })`. */
  ble(): Promise<BleAvailability> {
    this.bleOnce ??= openBleTransport({ platform: 'linux', dbusAddress: this.daemon.address, timeouts: { discoveryIntervalMs: 100 } });
    return this.bleOnce;
  }

  /** Creates a demo device of this kind and returns what pairing it needs. */
  async add(kind: DemoKind): Promise<DemoDevice> {
    const n = ++this.counter;
    const seed = this.seed * 1000 + n;
    if (kind === 'serial_board') {
      const why = socatUnavailableReason();
      if (why) throw new Error(why);
      const ptys = await startPtyPair();
      const board = new SimSerialBoard({ path: ptys.devicePath, clock: this.clock, intervalMs: 5000, seed });
      this.boards.set(ptys.hostPath, { board, ptys });
      return { name: NAMES[kind], kind: 'serial_board', transport: 'serial', address: ptys.hostPath };
    }
    // A locally administered address (second bit of the first octet set), unique per lab device.
    const address = `D2:7E:00:00:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`.toUpperCase();
    const base = { address, clock: this.clock as Clock, seed };
    let p: BasePeripheral;
    switch (kind) {
      case 'cgm':
        p = new SimCgm({ ...base, intervalMs: 60_000, historyMinutes: 180 });
        break;
      case 'glucose_meter':
        p = new SimGlucoseMeter({ ...base, intervalMs: 10 * 60_000 });
        break;
      case 'thermometer':
        p = new SimThermometer({ ...base, intervalMs: 5000 });
        break;
      case 'environment':
        p = new SimEnvironmentSensor({ ...base, intervalMs: 5000 });
        break;
      case 'pulse_oximeter':
        p = new SimPulseOximeter({ ...base, intervalMs: 2000, spotCheckEveryMs: 5 * 60_000 });
        break;
      case 'motion':
        p = new SimWrist({ ...base, rateHz: 100, motion: { noSleep: true } });
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown demo kind ${String(never)}`);
      }
    }
    this.peripherals.set(address, p);
    // Known to the simulated BlueZ at once, as a device paired earlier would be.
    this.sim.add(p, { known: true });
    return { name: NAMES[kind], kind, transport: 'demo', address };
  }

  /**
   * Creates a demo room sensor that only broadcasts (BTHome v2 service data, a reading
   * every 5 s advertised three times) and returns what adopting it needs. It starts at
   * 1 °C and cools 0.3 °C a reading, so negative temperatures show within a minute.
   */
  addBroadcaster(opts: { key?: Uint8Array } = {}): { name: string; kind: 'room_broadcaster'; transport: 'advert'; address: string } {
    const n = ++this.counter;
    const address = `D2:7E:00:BC:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`.toUpperCase();
    const format = opts.key ? 'bthome-encrypted' : 'bthome';
    const p = new SimAdvertisingSensor({ address, clock: this.clock as Clock, seed: this.seed * 1000 + n, format, ...(opts.key ? { key: opts.key } : {}), intervalMs: 5000, repeats: 3 });
    this.peripherals.set(address, p);
    this.sim.add(p, { known: true });
    return { name: 'Demo room sensor (broadcast)', kind: 'room_broadcaster', transport: 'advert', address };
  }

  /** Removes a demo device (BLE address or serial path). */
  async remove(address: string): Promise<void> {
    const b = this.boards.get(address);
    if (b) {
      this.boards.delete(address);
      await b.board.stop();
      await b.ptys.stop();
      return;
    }
    this.sim.remove(address);
    this.peripherals.delete(address.toUpperCase());
  }

  /** Takes a demo device out of range (BLE) or unplugs it (serial) for `forMs` real ms. */
  async interrupt(address: string, forMs: number): Promise<void> {
    const b = this.boards.get(address);
    if (b) {
      await b.ptys.unplug();
      setTimeout(() => void b.ptys.replug().catch(() => undefined), forMs).unref();
      return;
    }
    this.sim.dropLink(address, forMs);
  }

  /** Stops every demo device, the simulated BlueZ and the bus. */
  async stop(): Promise<void> {
    const a = await this.bleOnce;
    if (a?.available) await a.transport.close();
    for (const addr of [...this.boards.keys()]) await this.remove(addr);
    await this.sim.stop();
    this.clock.dispose();
    await this.daemon.stop();
  }
}
