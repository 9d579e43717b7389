/**
 * Passive scanning: hears what sensors broadcast (service data, manufacturer data)
 * without connecting or pairing. Bytes only; decoding belongs to
 * native/profiles/advertisements, dropping repeats to its dedup.
 *
 * - Linux, `node-ble` → BlueZ: discovery runs while the scanner does; each device object
 *   BlueZ creates is watched for `PropertiesChanged` of `ServiceData` / `ManufacturerData`
 *   (BlueZ updates them from every advertisement it receives; it reports a value again only
 *   when it changed, which the frames' counters make likely).
 * - macOS/Windows, `@abandonware/noble`: scanning with duplicates allowed, every
 *   advertisement reported.
 */
import { fullUuid } from './ble-uuid';
import { loadNodeBle, openBus, whyNoBluez } from './ble';
import { errorMessage, withTimeout } from './timeout';

/** One advertisement (or the part of it that changed), as heard. */
export interface RawAdvertisement {
  /** `AA:BB:CC:DD:EE:FF` (noble on macOS gives an opaque id instead). */
  address: string;
  rssi: number | null;
  /** 128-bit lower-case UUID → service data (after the UUID). */
  serviceData: Map<string, Uint8Array>;
  /** Company id → manufacturer data (after the id). */
  manufacturerData: Map<number, Uint8Array>;
  /** When it was heard, epoch ms. */
  atMs: number;
}

export interface AdvertScanOptions {
  onAdvertisement(a: RawAdvertisement): void;
  /** Told about a failure that ended the scan (bus gone, adapter removed). */
  onError?(message: string): void;
  /** Defaults to `process.platform`. */
  platform?: NodeJS.Platform;
  /** A D-Bus address instead of the system bus (the device lab). Linux only. */
  dbusAddress?: string;
  /** How often new BlueZ device objects are looked for, ms. Default 1000. */
  pollMs?: number;
  /** One D-Bus call's limit, ms. Default 10 000. */
  callMs?: number;
  now?: () => number;
}

export interface AdvertScanner {
  readonly backend: 'node-ble' | 'noble';
  stop(): Promise<void>;
}

/** Starts a passive scan, or throws saying why Bluetooth is unavailable. */
export async function startAdvertScan(opts: AdvertScanOptions): Promise<AdvertScanner> {
  const platform = opts.platform ?? process.platform;
  if (platform === 'linux') return startNodeBleScan(opts);
  if (platform === 'darwin' || platform === 'win32') return startNobleScan(opts);
  throw new Error(`Bluetooth unavailable: no BLE backend for platform ${platform}`);
}

const unwrap = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'signature' in v && 'value' in v ? (v as { value: unknown }).value : v);

/** BlueZ's `a{sv}` / `a{qv}` dictionaries of `ay`, as dbus-next gives them. */
function bytesDict(v: unknown): Array<[string, Uint8Array]> {
  const d = unwrap(v);
  if (!d || typeof d !== 'object') return [];
  const out: Array<[string, Uint8Array]> = [];
  for (const [k, x] of Object.entries(d as Record<string, unknown>)) {
    const b = unwrap(x);
    if (b instanceof Uint8Array) out.push([k, Uint8Array.from(b)]);
    else if (Array.isArray(b)) out.push([k, Uint8Array.from(b as number[])]);
  }
  return out;
}

/**
 * A RawAdvertisement from a BlueZ Device1 property set (GetAll or PropertiesChanged);
 * undefined when it carries neither ServiceData nor ManufacturerData. Exported for tests.
 */
export function fromBluezProps(address: string, props: Record<string, unknown>, atMs: number, lastRssi: number | null): RawAdvertisement | undefined {
  if (!('ServiceData' in props) && !('ManufacturerData' in props)) return undefined;
  const rssi = unwrap(props.RSSI);
  return {
    address: address.toUpperCase(),
    rssi: typeof rssi === 'number' ? rssi : lastRssi,
    serviceData: new Map(bytesDict(props.ServiceData).map(([k, b]) => [fullUuid(k), b])),
    manufacturerData: new Map(bytesDict(props.ManufacturerData).map(([k, b]) => [Number(k), b])),
    atMs,
  };
}

type HelperLike = {
  props(): Promise<Record<string, unknown>>;
  on(ev: 'PropertiesChanged', fn: (changed: Record<string, unknown>) => void): void;
  removeAllListeners(ev?: string): void;
};

async function startNodeBleScan(opts: AdvertScanOptions): Promise<AdvertScanner> {
  const now = opts.now ?? Date.now;
  const callMs = opts.callMs ?? 10_000;
  const nodeBle = await loadNodeBle();
  const bus = openBus(nodeBle, opts.dbusAddress);
  const call = <T>(p: Promise<T>, what: string) => Promise.race([withTimeout(p, callMs, what), bus.failed]);
  let adapter;
  let started = false;
  try {
    adapter = await call(bus.bt.bluetooth.defaultAdapter(), 'finding the Bluetooth adapter');
    if (!(await call(adapter.isDiscovering(), 'reading Discovering'))) {
      await call(adapter.startDiscovery(), 'starting discovery');
      started = true;
    }
  } catch (e) {
    bus.destroy();
    throw new Error(`Bluetooth unavailable: ${whyNoBluez(errorMessage(e), opts.dbusAddress)}`);
  }
  const a = adapter;
  const watched = new Map<string, HelperLike>();
  const rssi = new Map<string, number | null>();
  let stopped = false;
  const emit = (address: string, props: Record<string, unknown>) => {
    const r = unwrap(props.RSSI);
    if (typeof r === 'number') rssi.set(address, r);
    const adv = fromBluezProps(address, props, now(), rssi.get(address) ?? null);
    if (adv && !stopped) opts.onAdvertisement(adv);
  };
  const poll = async () => {
    for (const address of await call(a.devices(), 'listing devices')) {
      if (watched.has(address) || stopped) continue;
      const dev = await call(a.getDevice(address), 'opening a device');
      const helper = (dev as unknown as { helper: HelperLike }).helper;
      watched.set(address, helper);
      // GetAll first: it also subscribes node-ble's helper to the object's signals.
      const props = await call(helper.props(), 'reading device properties');
      helper.on('PropertiesChanged', (changed) => emit(address, changed));
      emit(address, props);
    }
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const loop = () => {
    timer = setTimeout(() => {
      poll().then(loop, (e: unknown) => {
        if (stopped) return;
        opts.onError?.(errorMessage(e));
        loop();
      });
    }, opts.pollMs ?? 1000);
  };
  await poll().catch((e: unknown) => opts.onError?.(errorMessage(e)));
  loop();
  bus.failed.catch((e: unknown) => {
    if (!stopped) opts.onError?.(errorMessage(e));
  });
  return {
    backend: 'node-ble',
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const h of watched.values()) h.removeAllListeners('PropertiesChanged');
      if (started) await call(a.stopDiscovery(), 'stopping discovery').catch(() => undefined);
      bus.destroy();
    },
  };
}

/** The parts of @abandonware/noble used here (the package is optional). */
interface NoblePeripheral {
  address?: string;
  id: string;
  rssi?: number;
  advertisement?: { serviceData?: Array<{ uuid: string; data: Buffer }>; manufacturerData?: Buffer };
}
interface NobleLike {
  state: string;
  once(ev: 'stateChange', fn: (s: string) => void): void;
  on(ev: 'discover', fn: (p: NoblePeripheral) => void): void;
  removeListener(ev: 'discover', fn: (p: NoblePeripheral) => void): void;
  startScanningAsync(uuids: string[], allowDuplicates: boolean): Promise<void>;
  stopScanningAsync(): Promise<void>;
}

/** A RawAdvertisement from a noble peripheral (manufacturer data starts with the company id, little-endian). */
export function fromNoble(p: NoblePeripheral, atMs: number): RawAdvertisement {
  const md = p.advertisement?.manufacturerData;
  return {
    address: (p.address && p.address !== 'unknown' ? p.address : p.id).toUpperCase(),
    rssi: typeof p.rssi === 'number' ? p.rssi : null,
    serviceData: new Map((p.advertisement?.serviceData ?? []).map((s) => [fullUuid(s.uuid), Uint8Array.from(s.data)])),
    manufacturerData: md && md.length >= 2 ? new Map([[md[0] | (md[1] << 8), Uint8Array.from(md.subarray(2))]]) : new Map(),
    atMs,
  };
}

async function startNobleScan(opts: AdvertScanOptions): Promise<AdvertScanner> {
  const now = opts.now ?? Date.now;
  const specifier = '@abandonware/noble';
  let noble: NobleLike;
  try {
    const mod = (await import(specifier)) as { default?: NobleLike } & NobleLike;
    noble = mod.default ?? mod;
  } catch (e) {
    throw new Error(`Bluetooth unavailable: @abandonware/noble is not installed (${errorMessage(e)})`);
  }
  if (noble.state !== 'poweredOn') {
    const state = await withTimeout(new Promise<string>((r) => noble.once('stateChange', r)), opts.callMs ?? 10_000, 'waiting for the Bluetooth adapter').catch(() => noble.state);
    if (state !== 'poweredOn') throw new Error(`Bluetooth unavailable: adapter state is "${state}"`);
  }
  const onDiscover = (p: NoblePeripheral) => {
    const a = fromNoble(p, now());
    if (a.serviceData.size || a.manufacturerData.size) opts.onAdvertisement(a);
  };
  noble.on('discover', onDiscover);
  await noble.startScanningAsync([], true);
  return {
    backend: 'noble',
    async stop() {
      noble.removeListener('discover', onDiscover);
      await noble.stopScanningAsync().catch(() => undefined);
    },
  };
}
