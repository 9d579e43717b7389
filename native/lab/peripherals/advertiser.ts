/**
 * A sensor that only broadcasts: BTHome v2 (plain or encrypted with a bind key), the
 * pvvx or ATC1441 custom format, or Govee H5075 manufacturer data. Like the real ones,
 * it takes a reading every `intervalMs` and repeats it in `repeats` advertisements
 * spread over the interval, so a receiver has to drop the repeats by packet counter.
 * Temperatures fall by 0.3 °C a reading from `startC`, so a short run crosses zero.
 */
import { encodeAtc1441, encodeBthome, encodeGoveeH5075, encodePvvx, GOVEE_COMPANY_ID } from '../../profiles/advertisements/index';
import type { SimAdvertisementData, SimServiceSpec } from '../bluez-sim';
import { BasePeripheral, type PeripheralOptions } from './base';

export type AdvertisingFormat = 'bthome' | 'bthome-encrypted' | 'pvvx' | 'atc1441' | 'govee-h5075';

export interface AdvertiserOptions extends PeripheralOptions {
  format: AdvertisingFormat;
  /** 16-byte bind key, for `bthome-encrypted`. */
  key?: Uint8Array;
  /** Simulated ms between readings. Default 10 000. */
  intervalMs?: number;
  /** Advertisements per reading. Default 3. */
  repeats?: number;
  /** First reading, °C. Default 1.0. */
  startC?: number;
}

/** One reading the sensor broadcast (at least once) while a scanner could hear it. */
export interface BroadcastReading {
  index: number;
  celsius: number;
  humidity: number;
  battery: number;
}

export class SimAdvertisingSensor extends BasePeripheral {
  readonly format: AdvertisingFormat;
  /** Readings heard at least once (broadcast while discovered and in range). */
  readonly heard: BroadcastReading[] = [];
  /** Advertisements heard, repeats included. */
  advertisementsHeard = 0;

  constructor(private readonly o: AdvertiserOptions) {
    super(o, o.format === 'govee-h5075' ? 'GVH5075_18B2' : o.format.startsWith('bthome') ? 'Tend BTHome' : 'ATC_8D18B2');
    this.format = o.format;
    if (o.format === 'bthome-encrypted' && o.key?.length !== 16) throw new Error('bthome-encrypted needs a 16-byte key');
    const interval = o.intervalMs ?? 10_000;
    const repeats = o.repeats ?? 3;
    const start = o.clock.now();
    this.every(interval / repeats, (k) => {
      const index = Math.floor((k - 1) / repeats);
      const r: BroadcastReading = {
        index,
        celsius: Math.round(((o.startC ?? 1) - 0.3 * index) * 10) / 10,
        humidity: 40 + (index % 10),
        battery: this.batteryLevel(),
      };
      if (!this.link?.advertise(this.frame(r))) return;
      this.advertisementsHeard++;
      if (this.heard.at(-1)?.index !== index) this.heard.push(r);
    }, start);
  }

  private frame(r: BroadcastReading): SimAdvertisementData {
    const mv = 2500 + r.battery * 5;
    switch (this.format) {
      case 'bthome':
        return { serviceData: { fcd2: encodeBthome({ packetId: r.index & 0xff, batteryPercent: r.battery, celsius: r.celsius, humidityPercent: r.humidity }) } };
      case 'bthome-encrypted':
        return { serviceData: { fcd2: encodeBthome({ batteryPercent: r.battery, celsius: r.celsius, humidityPercent: r.humidity }, { key: this.o.key as Uint8Array, mac: this.address, counter: r.index + 1 }) } };
      case 'pvvx':
        return { serviceData: { '181a': encodePvvx({ mac: this.address, celsius: r.celsius, humidityPercent: r.humidity, batteryMv: mv, batteryPercent: r.battery, counter: r.index }) } };
      case 'atc1441':
        return { serviceData: { '181a': encodeAtc1441({ mac: this.address, celsius: r.celsius, humidityPercent: r.humidity, batteryMv: mv, batteryPercent: r.battery, counter: r.index }) } };
      case 'govee-h5075':
        return { manufacturerData: new Map([[GOVEE_COMPANY_ID, encodeGoveeH5075(r.celsius, r.humidity, r.battery)]]) };
      default: {
        const never: never = this.format;
        throw new Error(`unknown format ${String(never)}`);
      }
    }
  }

  protected ownServices(): SimServiceSpec[] {
    return [];
  }
}
