/**
 * A simulated BlueZ: owns `org.bluez` on a (private) bus and exports the object model
 * node-ble walks, so the real node-ble + dbus-next code runs unchanged against simulated
 * peripherals (BlueZ D-Bus API: doc/org.bluez.Adapter.rst, Device.rst, GattService.rst,
 * GattCharacteristic.rst in the BlueZ tree).
 *
 * What node-ble needs (shared/docs/environment-notes.md): objects found by Introspect
 * (it never calls ObjectManager); `/org/bluez` with AgentManager1; Adapter1 at
 * `/org/bluez/hci0` with an accurate `Discovering`; devices at `…/dev_AA_BB_…`; GATT
 * children exported *before* `ServicesResolved` turns true; notifications as
 * `PropertiesChanged` of `Value` on the characteristic. UUIDs are lower-case 128-bit.
 */
import { createRequire } from 'node:module';
import * as dbus from 'dbus-next';
import { fullUuid } from '../transports/ble-uuid';

export { fullUuid };

const { Interface } = dbus.interface;
type Iface = InstanceType<typeof Interface>;

/** An ATT-level failure a simulated characteristic can raise (read/write refused). */
export class GattError extends Error {
  constructor(
    /** BlueZ error name, e.g. `org.bluez.Error.NotPermitted`. */
    readonly dbusName: string,
    message: string,
  ) {
    super(message);
    this.name = 'GattError';
  }
}

export type CharacteristicFlag = 'read' | 'write' | 'write-without-response' | 'notify' | 'indicate';

/** One characteristic of a simulated peripheral. */
export interface SimCharacteristicSpec {
  /** 16-bit (`'2aa7'`) or 128-bit UUID. */
  uuid: string;
  flags: CharacteristicFlag[];
  /** Answers ReadValue. */
  onRead?: () => Uint8Array;
  /** Handles WriteValue (e.g. a control point); may throw a GattError. */
  onWrite?: (value: Uint8Array) => void;
}

export interface SimServiceSpec {
  uuid: string;
  characteristics: SimCharacteristicSpec[];
}

/** What the simulator gives a peripheral to talk back through. */
export interface PeripheralLink {
  /** True while a central is connected. */
  readonly connected: boolean;
  /** True when the central has called StartNotify on this characteristic. */
  isNotifying(charUuid: string): boolean;
  /**
   * Sends a notification/indication; returns false (and sends nothing) when not connected
   * or the central has not subscribed, like a real peripheral's stack would.
   */
  notify(charUuid: string, value: Uint8Array): boolean;
  /**
   * Broadcasts advertisement data, as BlueZ reports it while discovering: Device1's
   * `ServiceData` (keyed by 128-bit UUID) and/or `ManufacturerData` (keyed by company id)
   * change and `PropertiesChanged` is emitted. Returns false (nothing seen) while the
   * device is not discovered or is out of range.
   */
  advertise(data: SimAdvertisementData): boolean;
}

/** What one advertisement carries, for `PeripheralLink.advertise`. */
export interface SimAdvertisementData {
  /** 16-bit (`'fcd2'`) or 128-bit service UUID → service data bytes (after the UUID). */
  serviceData?: Record<string, Uint8Array>;
  /** Company id → manufacturer data bytes (after the id). */
  manufacturerData?: Map<number, Uint8Array>;
}

/** A simulated peripheral the simulator can serve. */
export interface SimPeripheral {
  /** Bluetooth address `AA:BB:CC:DD:EE:FF`. */
  readonly address: string;
  readonly name: string;
  readonly services: SimServiceSpec[];
  /** Received signal strength, dBm. */
  readonly rssi?: number;
  /** Called once when added: keep the link to send notifications. */
  attach(link: PeripheralLink): void;
  /** Called when a central connects / the link ends (any cause). */
  onConnectionChange?(connected: boolean): void;
  /** Stops the peripheral's own timers. */
  dispose?(): void;
}

// ---- D-Bus interfaces -------------------------------------------------------------

/**
 * dbus-next marshals dictionaries from plain objects, whose keys are strings, and then
 * refuses a string for an integer key (BlueZ's ManufacturerData is `a{qv}`). Let the
 * integer marshallers take decimal strings, once per process.
 */
function allowNumericDictKeys(): void {
  const require = createRequire(import.meta.url);
  const m = require('dbus-next/lib/marshallers') as { MakeSimpleMarshaller: ((sig: string) => { marshall(ps: unknown, d: unknown): unknown }) & { tendNumericKeys?: true } };
  if (m.MakeSimpleMarshaller.tendNumericKeys) return;
  const orig = m.MakeSimpleMarshaller;
  const wrapped = (sig: string) => {
    const mm = orig(sig);
    if ('ynqiuxt'.includes(sig)) {
      const inner = mm.marshall;
      mm.marshall = function (this: unknown, ps: unknown, d: unknown) {
        return inner.call(this, ps, typeof d === 'string' && /^-?\d+$/.test(d) ? Number(d) : d);
      };
    }
    return mm;
  };
  m.MakeSimpleMarshaller = Object.assign(wrapped, { tendNumericKeys: true as const });
}

class AgentManager1 extends Interface {
  constructor() {
    super('org.bluez.AgentManager1');
  }
  RegisterAgent(_agent: string, _capability: string): void {}
  UnregisterAgent(_agent: string): void {}
  RequestDefaultAgent(_agent: string): void {}
}
AgentManager1.configureMembers({
  methods: {
    RegisterAgent: { inSignature: 'os' },
    UnregisterAgent: { inSignature: 'o' },
    RequestDefaultAgent: { inSignature: 'o' },
  },
});

class Adapter1 extends Interface {
  Address = '00:1A:7D:DA:71:13';
  AddressType = 'public';
  Name = 'tend-lab';
  Alias = 'tend-lab';
  Powered = true;
  Discoverable = false;
  Pairable = true;
  Discovering = false;
  UUIDs: string[] = [];
  constructor(private readonly sim: BluezSim) {
    super('org.bluez.Adapter1');
  }
  SetDiscoveryFilter(_filter: unknown): void {}
  GetDiscoveryFilters(): string[] {
    return ['UUIDs', 'RSSI', 'Pathloss', 'Transport', 'DuplicateData', 'Discoverable', 'Pattern'];
  }
  StartDiscovery(): void {
    if (this.Discovering) throw new dbus.DBusError('org.bluez.Error.InProgress', 'Operation already in progress');
    this.Discovering = true;
    Interface.emitPropertiesChanged(this, { Discovering: true }, []);
    this.sim.discoveryStarted();
  }
  StopDiscovery(): void {
    if (!this.Discovering) throw new dbus.DBusError('org.bluez.Error.Failed', 'No discovery started');
    this.Discovering = false;
    Interface.emitPropertiesChanged(this, { Discovering: false }, []);
  }
  RemoveDevice(path: string): void {
    this.sim.removeDevicePath(path);
  }
}
Adapter1.configureMembers({
  properties: {
    Address: { signature: 's', access: 'read' },
    AddressType: { signature: 's', access: 'read' },
    Name: { signature: 's', access: 'read' },
    Alias: { signature: 's' },
    Powered: { signature: 'b' },
    Discoverable: { signature: 'b' },
    Pairable: { signature: 'b' },
    Discovering: { signature: 'b', access: 'read' },
    UUIDs: { signature: 'as', access: 'read' },
  },
  methods: {
    SetDiscoveryFilter: { inSignature: 'a{sv}' },
    GetDiscoveryFilters: { outSignature: 'as' },
    StartDiscovery: {},
    StopDiscovery: {},
    RemoveDevice: { inSignature: 'o' },
  },
});

class Device1 extends Interface {
  Address: string;
  AddressType = 'public';
  Name: string;
  Alias: string;
  Paired = false;
  Trusted = false;
  Blocked = false;
  Connected = false;
  ServicesResolved = false;
  RSSI: number;
  UUIDs: string[];
  Adapter = '/org/bluez/hci0';
  ServiceData: Record<string, dbus.Variant> = {};
  ManufacturerData: Record<string, dbus.Variant> = {};
  constructor(private readonly entry: DeviceEntry) {
    super('org.bluez.Device1');
    const p = entry.peripheral;
    this.Address = p.address;
    this.Name = p.name;
    this.Alias = p.name;
    this.RSSI = p.rssi ?? -60;
    this.UUIDs = p.services.map((s) => fullUuid(s.uuid));
  }
  async Connect(): Promise<void> {
    await this.entry.connect();
  }
  Disconnect(): void {
    this.entry.linkDown();
  }
  ConnectProfile(_uuid: string): Promise<void> {
    return this.Connect();
  }
  DisconnectProfile(_uuid: string): void {}
  Pair(): void {
    this.Paired = true;
    Interface.emitPropertiesChanged(this, { Paired: true }, []);
  }
  CancelPair(): void {}
}
Device1.configureMembers({
  properties: {
    Address: { signature: 's', access: 'read' },
    AddressType: { signature: 's', access: 'read' },
    Name: { signature: 's', access: 'read' },
    Alias: { signature: 's' },
    Paired: { signature: 'b', access: 'read' },
    Trusted: { signature: 'b' },
    Blocked: { signature: 'b' },
    Connected: { signature: 'b', access: 'read' },
    ServicesResolved: { signature: 'b', access: 'read' },
    RSSI: { signature: 'n', access: 'read' },
    UUIDs: { signature: 'as', access: 'read' },
    Adapter: { signature: 'o', access: 'read' },
    ServiceData: { signature: 'a{sv}', access: 'read' },
    ManufacturerData: { signature: 'a{qv}', access: 'read' },
  },
  methods: {
    Connect: {},
    Disconnect: {},
    ConnectProfile: { inSignature: 's' },
    DisconnectProfile: { inSignature: 's' },
    Pair: {},
    CancelPair: {},
  },
});

class GattService1 extends Interface {
  UUID: string;
  Primary = true;
  Device: string;
  Includes: string[] = [];
  constructor(uuid: string, devicePath: string) {
    super('org.bluez.GattService1');
    this.UUID = fullUuid(uuid);
    this.Device = devicePath;
  }
}
GattService1.configureMembers({
  properties: {
    UUID: { signature: 's', access: 'read' },
    Primary: { signature: 'b', access: 'read' },
    Device: { signature: 'o', access: 'read' },
    Includes: { signature: 'ao', access: 'read' },
  },
});

class GattCharacteristic1 extends Interface {
  UUID: string;
  Service: string;
  Value: Buffer = Buffer.alloc(0);
  Notifying = false;
  Flags: string[];
  constructor(
    private readonly spec: SimCharacteristicSpec,
    servicePath: string,
    private readonly entry: DeviceEntry,
  ) {
    super('org.bluez.GattCharacteristic1');
    this.UUID = fullUuid(spec.uuid);
    this.Service = servicePath;
    this.Flags = [...spec.flags];
  }
  private checkConnected(): void {
    if (!this.entry.dev.Connected) throw new dbus.DBusError('org.bluez.Error.Failed', 'Not connected');
  }
  ReadValue(_options: unknown): Buffer {
    this.checkConnected();
    if (!this.spec.onRead) throw new dbus.DBusError('org.bluez.Error.NotPermitted', 'Read not permitted');
    try {
      this.Value = Buffer.from(this.spec.onRead());
    } catch (e) {
      throw asDbusError(e);
    }
    return this.Value;
  }
  WriteValue(value: Buffer | number[], _options: unknown): void {
    this.checkConnected();
    if (!this.spec.onWrite) throw new dbus.DBusError('org.bluez.Error.NotPermitted', 'Write not permitted');
    try {
      this.spec.onWrite(Uint8Array.from(value));
    } catch (e) {
      throw asDbusError(e);
    }
  }
  StartNotify(): void {
    this.checkConnected();
    if (!this.Flags.includes('notify') && !this.Flags.includes('indicate')) {
      throw new dbus.DBusError('org.bluez.Error.NotSupported', 'Notify not supported');
    }
    if (this.Notifying) return;
    this.Notifying = true;
    Interface.emitPropertiesChanged(this, { Notifying: true }, []);
  }
  StopNotify(): void {
    this.setNotifying(false);
  }
  setNotifying(on: boolean): void {
    if (this.Notifying === on) return;
    this.Notifying = on;
    Interface.emitPropertiesChanged(this, { Notifying: on }, []);
  }
  push(value: Uint8Array): void {
    this.Value = Buffer.from(value);
    Interface.emitPropertiesChanged(this, { Value: this.Value }, []);
  }
}
GattCharacteristic1.configureMembers({
  properties: {
    UUID: { signature: 's', access: 'read' },
    Service: { signature: 'o', access: 'read' },
    Value: { signature: 'ay', access: 'read' },
    Notifying: { signature: 'b', access: 'read' },
    Flags: { signature: 'as', access: 'read' },
  },
  methods: {
    ReadValue: { inSignature: 'a{sv}', outSignature: 'ay' },
    WriteValue: { inSignature: 'aya{sv}' },
    StartNotify: {},
    StopNotify: {},
  },
});

function asDbusError(e: unknown): Error {
  if (e instanceof GattError) return new dbus.DBusError(e.dbusName, e.message);
  if (e instanceof Error && e.name === 'DBusError') return e;
  return new dbus.DBusError('org.bluez.Error.Failed', e instanceof Error ? e.message : String(e));
}

// ---- the simulator ------------------------------------------------------------------

/** Path of a device object under hci0: `AA:BB:…` → `/org/bluez/hci0/dev_AA_BB_…`. */
export function devicePath(address: string): string {
  return `/org/bluez/hci0/dev_${address.toUpperCase().replace(/:/g, '_')}`;
}

class DeviceEntry {
  readonly path: string;
  readonly dev: Device1;
  /** Whether the device object is on the bus (BlueZ exports a device once discovered). */
  exported = false;
  /** False while the link is "dropped": the peripheral is out of range. */
  inRange = true;
  private gattExported = false;
  private readonly gatt: Array<{ path: string; iface: Iface }> = [];
  private readonly chars = new Map<string, GattCharacteristic1>();

  constructor(
    readonly peripheral: SimPeripheral,
    private readonly bus: dbus.MessageBus,
    private readonly connectLatencyMs: number,
  ) {
    this.path = devicePath(peripheral.address);
    this.dev = new Device1(this);
    peripheral.services.forEach((s, i) => {
      const sPath = `${this.path}/service${(i * 16 + 16).toString(16).padStart(4, '0')}`;
      this.gatt.push({ path: sPath, iface: new GattService1(s.uuid, this.path) });
      s.characteristics.forEach((c, j) => {
        const cPath = `${sPath}/char${(i * 16 + 17 + j).toString(16).padStart(4, '0')}`;
        const ch = new GattCharacteristic1(c, sPath, this);
        this.gatt.push({ path: cPath, iface: ch });
        this.chars.set(fullUuid(c.uuid), ch);
      });
    });
    const dev = this.dev;
    const chars = this.chars;
    peripheral.attach({
      get connected() {
        return dev.Connected;
      },
      isNotifying: (uuid) => dev.Connected && (chars.get(fullUuid(uuid))?.Notifying ?? false),
      notify: (uuid, value) => {
        const ch = chars.get(fullUuid(uuid));
        if (!dev.Connected || !ch || !ch.Notifying) return false;
        ch.push(value);
        return true;
      },
      advertise: (data) => this.advertise(data),
    });
  }

  private advertise(data: SimAdvertisementData): boolean {
    if (!this.exported || !this.inRange) return false;
    const changed: Record<string, unknown> = {};
    if (data.serviceData) {
      this.dev.ServiceData = Object.fromEntries(Object.entries(data.serviceData).map(([u, b]) => [fullUuid(u), new dbus.Variant('ay', Buffer.from(b))]));
      changed.ServiceData = this.dev.ServiceData;
    }
    if (data.manufacturerData) {
      this.dev.ManufacturerData = Object.fromEntries([...data.manufacturerData].map(([id, b]) => [String(id), new dbus.Variant('ay', Buffer.from(b))]));
      changed.ManufacturerData = this.dev.ManufacturerData;
    }
    Interface.emitPropertiesChanged(this.dev, changed, []);
    return true;
  }

  export(): void {
    if (this.exported) return;
    this.bus.export(this.path, this.dev);
    this.exported = true;
  }

  unexport(): void {
    this.linkDown();
    if (this.exported) this.bus.unexport(this.path, this.dev);
    this.exported = false;
  }

  async connect(): Promise<void> {
    // Out of range: BlueZ gives up after its page timeout; the simulator answers a little later.
    await new Promise((r) => setTimeout(r, this.connectLatencyMs));
    if (!this.inRange) throw new dbus.DBusError('org.bluez.Error.Failed', 'le-connection-abort-by-local');
    if (this.dev.Connected) return;
    this.dev.Connected = true;
    Interface.emitPropertiesChanged(this.dev, { Connected: true }, []);
    // GATT objects must exist before ServicesResolved=true: node-ble lists children then.
    if (!this.gattExported) {
      for (const g of this.gatt) this.bus.export(g.path, g.iface);
      this.gattExported = true;
    }
    this.dev.ServicesResolved = true;
    Interface.emitPropertiesChanged(this.dev, { ServicesResolved: true }, []);
    this.peripheral.onConnectionChange?.(true);
  }

  /** The link ends (central's Disconnect, or the peripheral went out of range). */
  linkDown(): void {
    if (!this.dev.Connected) return;
    for (const ch of this.chars.values()) {
      if (ch.Notifying) ch.Notifying = false;
    }
    this.dev.ServicesResolved = false;
    this.dev.Connected = false;
    Interface.emitPropertiesChanged(this.dev, { ServicesResolved: false, Connected: false }, []);
    if (this.gattExported) {
      for (const g of this.gatt) this.bus.unexport(g.path, g.iface);
      this.gattExported = false;
    }
    this.peripheral.onConnectionChange?.(false);
  }
}

export interface BluezSimOptions {
  /** The bus address (from startDbusDaemon). */
  busAddress: string;
  /** Real ms a Connect takes, and how long a Connect to an out-of-range device takes to fail. Default 5. */
  connectLatencyMs?: number;
  /** Real ms after StartDiscovery before in-range devices appear. Default 20. */
  discoveryLatencyMs?: number;
}

/** A running simulated BlueZ. */
export class BluezSim {
  private readonly bus: dbus.MessageBus;
  private readonly adapter: Adapter1;
  private readonly devices = new Map<string, DeviceEntry>();
  private readonly opts: Required<BluezSimOptions>;
  private stopped = false;

  private constructor(bus: dbus.MessageBus, opts: BluezSimOptions) {
    this.bus = bus;
    this.opts = { connectLatencyMs: 5, discoveryLatencyMs: 20, ...opts };
    this.adapter = new Adapter1(this);
  }

  /** Connects to the bus, owns `org.bluez` and exports the adapter. */
  static async start(opts: BluezSimOptions): Promise<BluezSim> {
    allowNumericDictKeys();
    const bus = dbus.sessionBus({ busAddress: opts.busAddress });
    // An unhandled 'error' on the bus (daemon gone) would crash the process.
    bus.on('error', () => undefined);
    const sim = new BluezSim(bus, opts);
    const reply = await bus.requestName('org.bluez', 0x4 /* DBUS_NAME_FLAG_DO_NOT_QUEUE */);
    if (reply !== 1 /* PRIMARY_OWNER */) {
      bus.disconnect();
      throw new Error(`could not own org.bluez on ${opts.busAddress} (reply ${reply})`);
    }
    bus.export('/org/bluez', new AgentManager1());
    bus.export('/org/bluez/hci0', sim.adapter);
    return sim;
  }

  /**
   * Adds a peripheral. It appears as a device object at the next discovery, or at once
   * when `known` (a device BlueZ remembers from an earlier pairing).
   */
  add(peripheral: SimPeripheral, opts: { known?: boolean } = {}): void {
    const address = peripheral.address.toUpperCase();
    if (this.devices.has(address)) throw new Error(`a peripheral ${address} is already in the lab`);
    const entry = new DeviceEntry(peripheral, this.bus, this.opts.connectLatencyMs);
    this.devices.set(address, entry);
    if (opts.known || this.adapter.Discovering) entry.export();
  }

  /** Removes a peripheral (powered off and forgotten). */
  remove(address: string): void {
    const e = this.devices.get(address.toUpperCase());
    if (!e) return;
    e.unexport();
    e.peripheral.dispose?.();
    this.devices.delete(address.toUpperCase());
  }

  /** The peripheral with this address, if any. */
  get(address: string): SimPeripheral | undefined {
    return this.devices.get(address.toUpperCase())?.peripheral;
  }

  /** Addresses of all peripherals in the lab. */
  addresses(): string[] {
    return [...this.devices.keys()];
  }

  /** Whether a central is connected to this peripheral. */
  isConnected(address: string): boolean {
    return this.devices.get(address.toUpperCase())?.dev.Connected ?? false;
  }

  /**
   * Drops the link: the peripheral goes out of range, the central sees Connected=false,
   * and connection attempts fail until `restoreLink` (or after `forMs` real ms).
   */
  dropLink(address: string, forMs?: number): void {
    const e = this.mustGet(address);
    e.inRange = false;
    e.linkDown();
    if (forMs !== undefined) setTimeout(() => this.restoreLink(address), forMs).unref();
  }

  /** Brings a dropped peripheral back in range (the central must reconnect). */
  restoreLink(address: string): void {
    const e = this.devices.get(address.toUpperCase());
    if (e) e.inRange = true;
  }

  /** Called by the adapter: in-range devices show up shortly after discovery starts. */
  discoveryStarted(): void {
    setTimeout(() => {
      if (this.stopped) return;
      for (const e of this.devices.values()) if (e.inRange) e.export();
    }, this.opts.discoveryLatencyMs).unref();
  }

  removeDevicePath(path: string): void {
    for (const e of this.devices.values()) if (e.path === path) e.unexport();
  }

  /** Disconnects everything, stops the peripherals and leaves the bus. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const e of this.devices.values()) {
      e.linkDown();
      e.peripheral.dispose?.();
    }
    try {
      await this.bus.releaseName('org.bluez');
    } catch {
      // the daemon may already be gone
    }
    this.bus.disconnect();
  }

  private mustGet(address: string): DeviceEntry {
    const e = this.devices.get(address.toUpperCase());
    if (!e) throw new Error(`no peripheral ${address} in the lab`);
    return e;
  }
}
