/**
 * Turns what a passive scan hears into readings for adopted sensors: no connection, no
 * pairing. Each advertisement is decoded (native/profiles/advertisements), repeats are
 * dropped by the frames' packet counters (dedup.ts), and the readings go to the same
 * ObservationSink (the ingest) as every other device, stamped with the sensor's device id.
 *
 * Sensors not adopted are remembered as "nearby" (address, format, last readings, and
 * whether a key is needed), which is what the Devices screen offers to adopt.
 */
import type { ObservationSink } from '../../api/observations';
import { AdvertDeduplicator, decodeManufacturerData, decodeServiceData, normalizeMac } from '../profiles/advertisements/index';
import type { AdvertFormat, DecodedAdvertisement } from '../profiles/advertisements/index';
import { isDecodeError, parseHex, toHex, uuid16Of } from '../profiles/index';
import type { ProfileObservation } from '../profiles/index';
import type { RawAdvertisement } from '../transports/ble-adverts';
import { liveObservationId } from './ids';
import { SinkWriter, type SinkWriterOptions } from './sink-writer';
import type { SourcedObservation } from './types';

/** A broadcasting sensor the user adopted for a subject. */
export interface AdoptedSensor {
  /** The device record's id (stamped on its observations). */
  id: string;
  address: string;
  subject_id: string;
  /** BTHome bind key, 32 hex digits, for an encrypted sensor. */
  key?: string;
}

/** Per adopted sensor, what the Devices screen shows. */
export interface AdvertSensorStatus {
  deviceId: string;
  format: AdvertFormat | null;
  /** Advertisements that carried a new reading. */
  framesGood: number;
  /** Repeats and late frames dropped by counter. */
  repeats: number;
  /** Frames that failed to decode or authenticate: counted, never stored. */
  framesBad: number;
  lastReadingAt: string | null;
  battery: number | null;
  rssi: number | null;
  lastError: string | null;
  stored: number;
}

/** A broadcasting sensor heard nearby and not adopted. */
export interface NearbySensor {
  address: string;
  format: AdvertFormat;
  rssi: number | null;
  lastSeenAt: string;
  /** True for an encrypted BTHome sensor: adopting it needs its bind key. */
  needsKey: boolean;
  /** The last readings decoded (empty when a key is needed). */
  observations: ProfileObservation[];
}

export interface AdvertListenerOptions {
  sink: ObservationSink;
  sensors?: AdoptedSensor[];
  /** Silence after which a sensor's counter is trusted afresh. Default 5 min. */
  resetAfterMs?: number;
  sinkWriter?: SinkWriterOptions;
  /** Called when an adopted sensor's status changed (a new reading, a bad frame). */
  onStatus?: (s: AdvertSensorStatus) => void;
}

const blankStatus = (deviceId: string): AdvertSensorStatus => ({ deviceId, format: null, framesGood: 0, repeats: 0, framesBad: 0, lastReadingAt: null, battery: null, rssi: null, lastError: null, stored: 0 });

export class AdvertListener {
  private readonly dedup: AdvertDeduplicator;
  private sensors = new Map<string, { s: AdoptedSensor; key?: Uint8Array }>();
  private readonly statuses = new Map<string, AdvertSensorStatus>();
  private readonly writers = new Map<string, SinkWriter>();
  private readonly nearbyMap = new Map<string, NearbySensor>();

  constructor(private readonly o: AdvertListenerOptions) {
    this.dedup = new AdvertDeduplicator(o.resetAfterMs);
    this.setSensors(o.sensors ?? []);
  }

  /** Replaces the adopted sensors (after the device list changed). */
  setSensors(list: AdoptedSensor[]): void {
    const next = new Map<string, { s: AdoptedSensor; key?: Uint8Array }>();
    for (const s of list) {
      if (!this.statuses.has(s.id)) this.statuses.set(s.id, blankStatus(s.id));
      let address: string;
      let key: Uint8Array | undefined;
      try {
        address = normalizeMac(s.address);
        key = s.key ? parseHex(s.key) : undefined;
        if (key && key.length !== 16) throw new Error(`the bind key is ${key.length} bytes, not 16`);
      } catch (e) {
        // One bad record must not silence the others.
        (this.statuses.get(s.id) as AdvertSensorStatus).lastError = (e as Error).message;
        continue;
      }
      const prev = this.sensors.get(address);
      // A new key or owner starts the sensor's counter history afresh.
      if (!prev || prev.s.key !== s.key || prev.s.id !== s.id) this.dedup.forget(address);
      next.set(address, key ? { s, key } : { s });
      this.nearbyMap.delete(address);
    }
    this.sensors = next;
  }

  status(deviceId: string): AdvertSensorStatus | undefined {
    return this.statuses.get(deviceId);
  }

  /** Broadcasting sensors heard and not adopted, most recently heard first. */
  nearby(): NearbySensor[] {
    return [...this.nearbyMap.values()].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1));
  }

  /** Handles one advertisement; returns how many observations it queued for storing. */
  handle(raw: RawAdvertisement): number {
    let address: string;
    try {
      address = normalizeMac(raw.address);
    } catch {
      address = raw.address.toUpperCase(); // noble's opaque ids on macOS
    }
    const adopted = this.sensors.get(address);
    let queued = 0;
    const parts: Array<{ hex: string; decode: () => DecodedAdvertisement }> = [];
    for (const [uuid, bytes] of raw.serviceData) {
      const u16 = uuid16Of(uuid);
      const key = adopted?.key;
      parts.push({ hex: `s${u16 ?? uuid}:${toHex(bytes)}`, decode: () => decodeServiceData(uuid, bytes, { ...(key ? { key } : {}), mac: address }) });
    }
    for (const [company, bytes] of raw.manufacturerData) parts.push({ hex: `m${company}:${toHex(bytes)}`, decode: () => decodeManufacturerData(company, bytes) });
    for (const part of parts) {
      let d: DecodedAdvertisement;
      try {
        d = part.decode();
      } catch (e) {
        // Other vendors' data (phones, headphones) is none of our business.
        if (isDecodeError(e) && e.code === 'unknown_characteristic') continue;
        if (!adopted) {
          if (isDecodeError(e) && e.code === 'needs_key') this.noteNearby(address, raw, 'bthome-v2', true, []);
          continue;
        }
        const st = this.statuses.get(adopted.s.id) as AdvertSensorStatus;
        st.framesBad++;
        st.lastError = (e as Error).message;
        this.o.onStatus?.(st);
        continue;
      }
      if (!adopted) {
        this.noteNearby(address, raw, d.format, false, d.observations);
        continue;
      }
      const st = this.statuses.get(adopted.s.id) as AdvertSensorStatus;
      st.format = d.format;
      st.rssi = raw.rssi;
      if (!this.dedup.accept({ address, ...(d.counter ? { counter: d.counter } : {}), payloadHex: part.hex, atMs: raw.atMs })) {
        st.repeats++;
        continue;
      }
      st.framesGood++;
      const t = new Date(raw.atMs).toISOString();
      st.lastReadingAt = t;
      const battery = d.observations.find((ob) => ob.metric === 'battery_level');
      if (battery) st.battery = battery.value;
      const items: SourcedObservation[] = d.observations.map((ob) => ({ id: liveObservationId(raw.atMs), metric: ob.metric, t, value: ob.value, unit: ob.unit, device_id: adopted.s.id }));
      this.writer(adopted.s).push(items);
      queued += items.length;
      this.o.onStatus?.(st);
    }
    return queued;
  }

  private noteNearby(address: string, raw: RawAdvertisement, format: AdvertFormat, needsKey: boolean, observations: ProfileObservation[]): void {
    this.nearbyMap.set(address, { address, format, rssi: raw.rssi, lastSeenAt: new Date(raw.atMs).toISOString(), needsKey, observations });
  }

  private writer(s: AdoptedSensor): SinkWriter {
    let w = this.writers.get(s.subject_id);
    if (!w) {
      w = new SinkWriter(this.o.sink, s.subject_id, {
        onStored: (_accepted, _duplicates, items) => {
          for (const it of items) {
            const st = it.device_id ? this.statuses.get(it.device_id) : undefined;
            if (st) st.stored++;
          }
        },
        onError: (message) => {
          for (const [, v] of this.sensors) if (v.s.subject_id === s.subject_id) (this.statuses.get(v.s.id) as AdvertSensorStatus).lastError = `store: ${message}`;
        },
      }, this.o.sinkWriter);
      this.writers.set(s.subject_id, w);
    }
    return w;
  }

  /** Stores everything queued now. */
  async flush(): Promise<void> {
    for (const w of this.writers.values()) await w.flush();
  }

  dispose(): void {
    for (const w of this.writers.values()) w.dispose();
  }
}
