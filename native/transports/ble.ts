/**
 * The BLE transport: moves bytes to and from GATT characteristics, nothing more (framing
 * and decoding belong to native/profiles). The backend is picked at run time and loaded
 * lazily, so a machine without Bluetooth (or without the optional noble package) still
 * starts and just reports "Bluetooth unavailable: <reason>":
 *
 * - Linux: `node-ble` → BlueZ over the D-Bus *system* bus (honours DBUS_SYSTEM_BUS_ADDRESS,
 *   which is how the device lab points it at a simulated BlueZ).
 * - macOS/Windows: `@abandonware/noble` (an optional dependency; may be absent).
 */
import type * as NodeBleModule from 'node-ble';
import { fullUuid } from './ble-uuid';
import { errorMessage, withTimeout } from './timeout';

/** One device seen while scanning. */
export interface BleAdvertisement {
  /** Bluetooth address `AA:BB:CC:DD:EE:FF` (on macOS noble gives an opaque id instead). */
  address: string;
  name: string | null;
  /** dBm, when the radio reported it. */
  rssi: number | null;
  /** Advertised service UUIDs, lower-case 128-bit. */
  serviceUuids: string[];
}

/** Why a link ended. */
export interface BleLinkClosed {
  /** True when our own `disconnect()` ended it. */
  byUs: boolean;
  reason: string;
}

/** A connected peripheral. UUIDs may be given 16-bit (`'2a18'`) or 128-bit. */
export interface BleLink {
  readonly address: string;
  /** Service UUIDs found on the peripheral, lower-case 128-bit. */
  services(): string[];
  hasCharacteristic(service: string, characteristic: string): boolean;
  read(service: string, characteristic: string): Promise<Uint8Array>;
  write(service: string, characteristic: string, value: Uint8Array, opts?: { withoutResponse?: boolean }): Promise<void>;
  /** Enables notifications/indications; `onValue` gets every value until the link ends. */
  subscribe(service: string, characteristic: string, onValue: (value: Uint8Array) => void): Promise<void>;
  /** Current signal strength in dBm, or null when unknown. */
  rssi(): Promise<number | null>;
  /** Settles once, when the link ends for any reason. */
  readonly closed: Promise<BleLinkClosed>;
  disconnect(): Promise<void>;
}

export interface BleTransport {
  readonly backend: 'node-ble' | 'noble';
  /** Scans for `durationMs` and returns what was seen. */
  scan(opts: { durationMs: number }): Promise<BleAdvertisement[]>;
  /** Finds (discovering if needed) and connects to a peripheral, and resolves its GATT database. */
  connect(address: string, opts?: { timeoutMs?: number }): Promise<BleLink>;
  /** Releases the backend (bus connections, radio). */
  close(): Promise<void>;
}

export type BleAvailability =
  | { available: true; transport: BleTransport }
  /** `reason` reads "Bluetooth unavailable: …" and is meant for the user. */
  | { available: false; reason: string };

/** Time limits for calls that may otherwise never return, ms. */
export interface BleTimeouts {
  /** A single D-Bus/radio call (read, write, start notify, property get). Default 10 000. */
  callMs: number;
  /** Finding and connecting to a device, GATT resolution included. Default 30 000. */
  connectMs: number;
  /** How often node-ble polls for a device while discovering. Default 200. */
  discoveryIntervalMs: number;
}

export interface OpenBleOptions {
  /** Defaults to `process.platform`. */
  platform?: NodeJS.Platform;
  /** A D-Bus address to use instead of the system bus (the device lab). Linux only. */
  dbusAddress?: string;
  timeouts?: Partial<BleTimeouts>;
}

const DEFAULT_TIMEOUTS: BleTimeouts = { callMs: 10_000, connectMs: 30_000, discoveryIntervalMs: 200 };

/**
 * Opens the platform's BLE backend, or says why Bluetooth is unavailable. Never throws.
 */
export async function openBleTransport(opts: OpenBleOptions = {}): Promise<BleAvailability> {
  const platform = opts.platform ?? process.platform;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  try {
    if (platform === 'linux') return await openNodeBle(opts.dbusAddress, timeouts);
    if (platform === 'darwin' || platform === 'win32') return await openNoble(timeouts);
    return unavailable(`no BLE backend for platform ${platform}`);
  } catch (e) {
    return unavailable(errorMessage(e));
  }
}

function unavailable(reason: string): BleAvailability {
  return { available: false, reason: `Bluetooth unavailable: ${reason}` };
}

/** The system bus node-ble connects to: the lab's, else the environment's, else D-Bus's well-known socket. */
export function systemBusAddress(dbusAddress: string | undefined): string {
  return dbusAddress ?? process.env.DBUS_SYSTEM_BUS_ADDRESS ?? 'unix:path=/var/run/dbus/system_bus_socket';
}

/**
 * Says which piece is missing, for a person to fix: the bus itself (named, so a wrong
 * DBUS_SYSTEM_BUS_ADDRESS shows), or BlueZ on it; otherwise the failure as it came.
 */
export function whyNoBluez(msg: string, dbusAddress: string | undefined): string {
  if (/ENOENT|ECONNREFUSED/.test(msg)) return `no D-Bus system bus at ${systemBusAddress(dbusAddress)} (${msg})`;
  if (/ServiceUnknown|not provided by any|org\.bluez/.test(msg)) return `BlueZ is not running (${msg})`;
  return msg;
}

// ---- node-ble (Linux, BlueZ) ------------------------------------------------------------

type NodeBle = typeof NodeBleModule;
type NbBluetooth = ReturnType<NodeBle['createBluetooth']>;
type NbAdapter = Awaited<ReturnType<NbBluetooth['bluetooth']['defaultAdapter']>>;
type NbDevice = Awaited<ReturnType<NbAdapter['getDevice']>>;
type NbCharacteristic = Awaited<ReturnType<Awaited<ReturnType<Awaited<ReturnType<NbDevice['gatt']>>['getPrimaryService']>>['getCharacteristic']>>;
/** The MessageBus node-ble keeps on `bluetooth.dbus` (not in its typings). */
type BusLike = { on(ev: 'error', fn: (e: unknown) => void): void };
/** node-ble's per-object helper (not in its typings), used for properties it has no getter for. */
type HelperLike = { prop(name: string): Promise<unknown> };

export async function loadNodeBle(): Promise<NodeBle> {
  const mod = (await import('node-ble')) as NodeBle & { default?: NodeBle };
  return typeof mod.createBluetooth === 'function' ? mod : (mod.default as NodeBle);
}

/**
 * One D-Bus connection. node-ble's `systemBus()` reads DBUS_SYSTEM_BUS_ADDRESS when it is
 * created (synchronously), so a lab address is swapped in only for that instant.
 * `failed` rejects if the bus connection errors (no socket, daemon gone): dbus-next would
 * otherwise leave pending calls hanging.
 */
export function openBus(nodeBle: NodeBle, dbusAddress: string | undefined): { bt: NbBluetooth; failed: Promise<never>; destroy(): void } {
  const prev = process.env.DBUS_SYSTEM_BUS_ADDRESS;
  let bt: NbBluetooth;
  try {
    if (dbusAddress !== undefined) process.env.DBUS_SYSTEM_BUS_ADDRESS = dbusAddress;
    bt = nodeBle.createBluetooth();
  } finally {
    if (dbusAddress !== undefined) {
      if (prev === undefined) delete process.env.DBUS_SYSTEM_BUS_ADDRESS;
      else process.env.DBUS_SYSTEM_BUS_ADDRESS = prev;
    }
  }
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const bus = (bt.bluetooth as unknown as { dbus: BusLike }).dbus;
  bus.on('error', (e) => fail(new Error(`D-Bus: ${errorMessage(e)}`)));
  let destroyed = false;
  return {
    bt,
    failed,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        bt.destroy();
      } catch {
        // already closed
      }
    },
  };
}

async function openNodeBle(dbusAddress: string | undefined, timeouts: BleTimeouts): Promise<BleAvailability> {
  let nodeBle: NodeBle;
  try {
    nodeBle = await loadNodeBle();
  } catch (e) {
    return unavailable(`node-ble could not be loaded (${errorMessage(e)})`);
  }
  // A probe: is there a bus, does it have BlueZ, is there a powered adapter?
  const probe = openBus(nodeBle, dbusAddress);
  try {
    const adapter = await Promise.race([withTimeout(probe.bt.bluetooth.defaultAdapter(), timeouts.callMs, 'finding the Bluetooth adapter'), probe.failed]);
    const powered = await Promise.race([withTimeout(adapter.isPowered(), timeouts.callMs, 'reading adapter state'), probe.failed]);
    if (!powered) {
      probe.destroy();
      return unavailable('the Bluetooth adapter is powered off');
    }
  } catch (e) {
    probe.destroy();
    return unavailable(whyNoBluez(errorMessage(e), dbusAddress));
  }
  return { available: true, transport: new NodeBleTransport(nodeBle, dbusAddress, timeouts, probe) };
}

class NodeBleTransport implements BleTransport {
  readonly backend = 'node-ble' as const;
  private readonly links = new Set<BleLink>();
  constructor(
    private readonly nodeBle: NodeBle,
    private readonly dbusAddress: string | undefined,
    private readonly timeouts: BleTimeouts,
    private readonly scanBus: ReturnType<typeof openBus>,
  ) {}

  private call<T>(p: Promise<T>, what: string, failed: Promise<never>): Promise<T> {
    return Promise.race([withTimeout(p, this.timeouts.callMs, what), failed]);
  }

  async scan(opts: { durationMs: number }): Promise<BleAdvertisement[]> {
    const { bt, failed } = this.scanBus;
    const adapter = await this.call(bt.bluetooth.defaultAdapter(), 'finding the adapter', failed);
    let started = false;
    if (!(await this.call(adapter.isDiscovering(), 'reading Discovering', failed))) {
      await this.call(adapter.startDiscovery(), 'starting discovery', failed);
      started = true;
    }
    try {
      await new Promise((r) => setTimeout(r, opts.durationMs));
      const addresses = await this.call(adapter.devices(), 'listing devices', failed);
      const out: BleAdvertisement[] = [];
      for (const address of addresses) {
        const dev = await this.call(adapter.getDevice(address), 'opening a device', failed);
        const helper = (dev as unknown as { helper: HelperLike }).helper;
        const name = await this.call(dev.getName(), 'reading Name', failed).catch(() => null);
        const rssi = await this.call(helper.prop('RSSI'), 'reading RSSI', failed).catch(() => null);
        const uuids = await this.call(helper.prop('UUIDs'), 'reading UUIDs', failed).catch(() => []);
        out.push({
          address,
          name: typeof name === 'string' ? name : null,
          rssi: typeof rssi === 'number' ? rssi : null,
          serviceUuids: Array.isArray(uuids) ? uuids.map((u) => fullUuid(String(u))) : [],
        });
      }
      return out;
    } finally {
      if (started) await this.call(adapter.stopDiscovery(), 'stopping discovery', failed).catch(() => undefined);
    }
  }

  async connect(address: string, opts: { timeoutMs?: number } = {}): Promise<BleLink> {
    // A fresh bus connection per link: dbus-next never removes its match rules, and every
    // GATT object node-ble builds adds one, so a long-lived connection that reconnects many
    // times would hit the system bus's per-connection limit. Closing the connection drops them.
    const bus = openBus(this.nodeBle, this.dbusAddress);
    const { bt, failed } = bus;
    const deadline = opts.timeoutMs ?? this.timeouts.connectMs;
    const work = (async () => {
      const adapter = await this.call(bt.bluetooth.defaultAdapter(), 'finding the adapter', failed);
      let device: NbDevice;
      try {
        device = await this.call(adapter.getDevice(address), 'opening the device', failed);
      } catch (e) {
        if (errorMessage(e) !== 'Device not found') throw e;
        // Not known to BlueZ yet: discover it (waitDevice polls; it has its own timeout, but
        // no way to be cancelled, so the outer deadline also applies).
        let started = false;
        if (!(await this.call(adapter.isDiscovering(), 'reading Discovering', failed))) {
          await this.call(adapter.startDiscovery(), 'starting discovery', failed).catch((err: unknown) => {
            if (!/already in progress|InProgress/i.test(errorMessage(err))) throw err;
          });
          started = true;
        }
        try {
          device = await Promise.race([adapter.waitDevice(address, deadline, this.timeouts.discoveryIntervalMs), failed]);
        } finally {
          if (started) await this.call(adapter.stopDiscovery(), 'stopping discovery', failed).catch(() => undefined);
        }
      }
      await this.call(device.connect(), 'connecting', failed);
      const gatt = await this.call(device.gatt(), 'resolving GATT services', failed);
      const chars = new Map<string, NbCharacteristic>();
      const services: string[] = [];
      for (const s of await gatt.services()) {
        services.push(fullUuid(s));
        const svc = await gatt.getPrimaryService(s);
        for (const c of await svc.characteristics()) chars.set(`${fullUuid(s)}/${fullUuid(c)}`, await svc.getCharacteristic(c));
      }
      return { device, services, chars };
    })();
    let resolved: Awaited<typeof work>;
    try {
      resolved = await withTimeout(work, deadline, `connecting to ${address}`);
    } catch (e) {
      bus.destroy();
      throw e;
    }
    const { device, services, chars } = resolved;
    const timeouts = this.timeouts;
    let closeLink: (c: BleLinkClosed) => void = () => undefined;
    let isClosed = false;
    const closed = new Promise<BleLinkClosed>((resolve) => {
      closeLink = (c) => {
        if (isClosed) return;
        isClosed = true;
        this.links.delete(link);
        // Let node-ble finish handling the signal before the connection goes away.
        setImmediate(() => bus.destroy());
        resolve(c);
      };
    });
    device.on('disconnect', () => closeLink({ byUs: false, reason: 'link lost' }));
    failed.catch((e: unknown) => closeLink({ byUs: false, reason: errorMessage(e) }));
    const charOf = (service: string, characteristic: string): NbCharacteristic => {
      const c = chars.get(`${fullUuid(service)}/${fullUuid(characteristic)}`);
      if (!c) throw new Error(`characteristic ${characteristic} not found in service ${service} on ${address}`);
      return c;
    };
    const call = <T>(p: Promise<T>, what: string) => Promise.race([withTimeout(p, timeouts.callMs, what), failed]);
    const link: BleLink = {
      address,
      services: () => [...services],
      hasCharacteristic: (s, c) => chars.has(`${fullUuid(s)}/${fullUuid(c)}`),
      read: async (s, c) => Uint8Array.from(await call(charOf(s, c).readValue(), `reading ${c}`)),
      write: async (s, c, value, o = {}) => {
        const ch = charOf(s, c);
        const buf = Buffer.from(value);
        await call(o.withoutResponse ? ch.writeValueWithoutResponse(buf) : ch.writeValueWithResponse(buf), `writing ${c}`);
      },
      subscribe: async (s, c, onValue) => {
        const ch = charOf(s, c);
        ch.on('valuechanged', (b: Buffer) => onValue(Uint8Array.from(b)));
        await call(ch.startNotifications(), `subscribing to ${c}`);
      },
      rssi: async () => {
        const helper = (device as unknown as { helper: HelperLike }).helper;
        const v = await call(helper.prop('RSSI'), 'reading RSSI').catch(() => null);
        return typeof v === 'number' ? v : null;
      },
      closed,
      disconnect: async () => {
        if (isClosed) return;
        await call(device.disconnect(), 'disconnecting').catch(() => undefined);
        closeLink({ byUs: true, reason: 'disconnected' });
      },
    };
    this.links.add(link);
    return link;
  }

  async close(): Promise<void> {
    await Promise.all([...this.links].map((l) => l.disconnect()));
    this.scanBus.destroy();
  }
}

// ---- noble (macOS, Windows) ---------------------------------------------------------

/** The parts of @abandonware/noble used here (kept local: the package is optional). */
interface NobleCharacteristic {
  uuid: string;
  readAsync(): Promise<Buffer>;
  writeAsync(data: Buffer, withoutResponse: boolean): Promise<void>;
  subscribeAsync(): Promise<void>;
  on(ev: 'data', fn: (data: Buffer, isNotification: boolean) => void): void;
}
interface NoblePeripheral {
  id: string;
  address: string;
  rssi: number;
  advertisement: { localName?: string; serviceUuids?: string[] };
  connectAsync(): Promise<void>;
  disconnectAsync(): Promise<void>;
  updateRssiAsync(): Promise<number>;
  discoverAllServicesAndCharacteristicsAsync(): Promise<{ services: Array<{ uuid: string; characteristics: NobleCharacteristic[] }> }>;
  once(ev: 'disconnect', fn: () => void): void;
}
interface Noble {
  state: string;
  once(ev: 'stateChange', fn: (s: string) => void): void;
  on(ev: 'discover', fn: (p: NoblePeripheral) => void): void;
  removeListener(ev: 'discover', fn: (p: NoblePeripheral) => void): void;
  startScanningAsync(uuids?: string[], allowDuplicates?: boolean): Promise<void>;
  stopScanningAsync(): Promise<void>;
  stop?(): void;
}

async function openNoble(timeouts: BleTimeouts): Promise<BleAvailability> {
  // A computed specifier keeps TypeScript (and bundlers) from requiring the optional package.
  const specifier = '@abandonware/noble';
  let noble: Noble;
  try {
    const mod = (await import(specifier)) as { default?: Noble } & Noble;
    noble = mod.default ?? mod;
  } catch (e) {
    return unavailable(`@abandonware/noble is not installed (${errorMessage(e)})`);
  }
  if (noble.state !== 'poweredOn') {
    const state = await withTimeout(new Promise<string>((r) => noble.once('stateChange', r)), timeouts.callMs, 'waiting for the Bluetooth adapter').catch(() => noble.state);
    if (state !== 'poweredOn') return unavailable(`adapter state is "${state}"`);
  }
  return { available: true, transport: new NobleTransport(noble, timeouts) };
}

class NobleTransport implements BleTransport {
  readonly backend = 'noble' as const;
  private readonly seen = new Map<string, NoblePeripheral>();
  constructor(
    private readonly noble: Noble,
    private readonly timeouts: BleTimeouts,
  ) {}

  async scan(opts: { durationMs: number }): Promise<BleAdvertisement[]> {
    const found = new Map<string, NoblePeripheral>();
    const onDiscover = (p: NoblePeripheral) => {
      const key = p.address && p.address !== 'unknown' ? p.address.toUpperCase() : p.id;
      found.set(key, p);
      this.seen.set(key, p);
    };
    this.noble.on('discover', onDiscover);
    try {
      await withTimeout(this.noble.startScanningAsync([], false), this.timeouts.callMs, 'starting scan');
      await new Promise((r) => setTimeout(r, opts.durationMs));
      await this.noble.stopScanningAsync().catch(() => undefined);
    } finally {
      this.noble.removeListener('discover', onDiscover);
    }
    return [...found].map(([address, p]) => ({
      address,
      name: p.advertisement.localName ?? null,
      rssi: Number.isFinite(p.rssi) ? p.rssi : null,
      serviceUuids: (p.advertisement.serviceUuids ?? []).map(fullUuid),
    }));
  }

  async connect(address: string, opts: { timeoutMs?: number } = {}): Promise<BleLink> {
    const deadline = opts.timeoutMs ?? this.timeouts.connectMs;
    let p = this.seen.get(address.toUpperCase()) ?? this.seen.get(address);
    if (!p) {
      await this.scan({ durationMs: Math.min(5000, deadline / 2) });
      p = this.seen.get(address.toUpperCase()) ?? this.seen.get(address);
    }
    if (!p) throw new Error(`device ${address} not found`);
    const peripheral = p;
    await withTimeout(peripheral.connectAsync(), deadline, `connecting to ${address}`);
    const { services } = await withTimeout(peripheral.discoverAllServicesAndCharacteristicsAsync(), deadline, 'discovering GATT services');
    const chars = new Map<string, NobleCharacteristic>();
    for (const s of services) for (const c of s.characteristics) chars.set(`${fullUuid(s.uuid)}/${fullUuid(c.uuid)}`, c);
    let isClosed = false;
    let closeLink: (c: BleLinkClosed) => void = () => undefined;
    const closed = new Promise<BleLinkClosed>((resolve) => {
      closeLink = (c) => {
        if (isClosed) return;
        isClosed = true;
        resolve(c);
      };
    });
    peripheral.once('disconnect', () => closeLink({ byUs: false, reason: 'link lost' }));
    const t = this.timeouts.callMs;
    const charOf = (s: string, c: string) => {
      const ch = chars.get(`${fullUuid(s)}/${fullUuid(c)}`);
      if (!ch) throw new Error(`characteristic ${c} not found in service ${s} on ${address}`);
      return ch;
    };
    return {
      address,
      services: () => services.map((s) => fullUuid(s.uuid)),
      hasCharacteristic: (s, c) => chars.has(`${fullUuid(s)}/${fullUuid(c)}`),
      read: async (s, c) => Uint8Array.from(await withTimeout(charOf(s, c).readAsync(), t, `reading ${c}`)),
      write: async (s, c, value, o = {}) => withTimeout(charOf(s, c).writeAsync(Buffer.from(value), o.withoutResponse ?? false), t, `writing ${c}`),
      subscribe: async (s, c, onValue) => {
        const ch = charOf(s, c);
        ch.on('data', (d) => onValue(Uint8Array.from(d)));
        await withTimeout(ch.subscribeAsync(), t, `subscribing to ${c}`);
      },
      rssi: async () => withTimeout(peripheral.updateRssiAsync(), t, 'reading RSSI').catch(() => null),
      closed,
      disconnect: async () => {
        if (isClosed) return;
        await withTimeout(peripheral.disconnectAsync(), t, 'disconnecting').catch(() => undefined);
        closeLink({ byUs: true, reason: 'disconnected' });
      },
    };
  }

  async close(): Promise<void> {
    await this.noble.stopScanningAsync().catch(() => undefined);
  }
}
