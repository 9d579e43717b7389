/**
 * Simulated sensors without a record store: a thermometer (Health Thermometer 0x1809),
 * a room sensor (Environmental Sensing 0x181A) and a pulse oximeter (PLX 0x1822). Each
 * measures on a fixed period of the lab clock and notifies/indicates when a collector is
 * subscribed; readings taken while disconnected are simply not heard (these profiles
 * have no back-fill in Tend).
 */
import { dateTimeFromDate, encodeEssHumidity, encodeEssTemperature, encodePlxContinuous, encodePlxSpotCheck, encodeTemperatureMeasurement } from '../../profiles/index';
import { createRng, type Rng } from '../motion/prng';
import type { SimServiceSpec } from '../bluez-sim';
import { BasePeripheral, type PeripheralOptions } from './base';

export interface PeriodicOptions extends PeripheralOptions {
  /** Simulated ms between readings. */
  intervalMs?: number;
}

/** Body temperature around 36.8 °C with a small circadian swing, indicated once a minute. */
export class SimThermometer extends BasePeripheral {
  private readonly rng: Rng;
  /** Readings indicated (heard by a collector). */
  sent = 0;
  constructor(o: PeriodicOptions & { /** °C offset, e.g. +1.5 for a fever. */ feverC?: number }) {
    super(o, 'Tend Thermometer');
    this.rng = createRng(this.seed + 200);
    const start = o.clock.now();
    const interval = o.intervalMs ?? 60_000;
    this.every(interval, (k) => {
      const t = start + k * interval;
      const hours = t / 3_600_000;
      const c = 36.8 + (o.feverC ?? 0) + 0.3 * Math.sin((2 * Math.PI * (hours - 12)) / 24) + 0.05 * this.rng.normal();
      // FLOAT with exponent −2: 0.01 °C resolution; temperature type 2 = body (general).
      const bytes = encodeTemperatureMeasurement({ temperature: Math.round(c * 100) / 100, exponent: -2, timestamp: dateTimeFromDate(new Date(Math.floor(t / 1000) * 1000)), temperatureType: 2 });
      if (this.notify('2a1c', bytes)) this.sent++;
    }, start);
  }
  protected ownServices(): SimServiceSpec[] {
    return [
      {
        uuid: '1809',
        characteristics: [
          { uuid: '2a1c', flags: ['indicate'] },
          { uuid: '2a1d', flags: ['read'], onRead: () => Uint8Array.of(2) },
        ],
      },
    ];
  }
}

/** A nursery sensor: temperature (0.01 °C) and humidity (0.01 %), notified every 30 s. */
export class SimEnvironmentSensor extends BasePeripheral {
  private readonly rng: Rng;
  constructor(o: PeriodicOptions) {
    super(o, 'Tend Room Sensor');
    this.rng = createRng(this.seed + 300);
    const start = o.clock.now();
    const interval = o.intervalMs ?? 30_000;
    this.every(interval, (k) => {
      const hours = (start + k * interval) / 3_600_000;
      const temp = 21 + 1.5 * Math.sin((2 * Math.PI * hours) / 24) + 0.05 * this.rng.normal();
      const hum = 45 - 5 * Math.sin((2 * Math.PI * hours) / 24) + 0.3 * this.rng.normal();
      this.notify('2a6e', encodeEssTemperature(Math.round(temp * 100) / 100));
      this.notify('2a6f', encodeEssHumidity(Math.round(hum * 100) / 100));
    }, start);
  }
  protected ownServices(): SimServiceSpec[] {
    return [
      {
        uuid: '181a',
        characteristics: [
          { uuid: '2a6e', flags: ['read', 'notify'], onRead: () => encodeEssTemperature(21) },
          { uuid: '2a6f', flags: ['read', 'notify'], onRead: () => encodeEssHumidity(45) },
        ],
      },
    ];
  }
}

/** SpO₂ 95–99 % and pulse 60–80 /min: continuous every 5 s, a spot-check every 10 min. */
export class SimPulseOximeter extends BasePeripheral {
  private readonly rng: Rng;
  constructor(o: PeriodicOptions & { spotCheckEveryMs?: number }) {
    super(o, 'Tend Pulse Oximeter');
    this.rng = createRng(this.seed + 400);
    const start = o.clock.now();
    const interval = o.intervalMs ?? 5_000;
    const reading = () => ({
      spo2: Math.round(Math.min(100, 97 + 1.2 * this.rng.normal())),
      pulseRate: Math.round(70 + 5 * this.rng.normal()),
    });
    this.every(interval, () => void this.notify('2a5f', encodePlxContinuous({ normal: reading() })), start);
    const spot = o.spotCheckEveryMs ?? 10 * 60_000;
    this.every(spot, (k) => void this.notify('2a5e', encodePlxSpotCheck({ ...reading(), timestamp: dateTimeFromDate(new Date(Math.floor((start + k * spot) / 1000) * 1000)) })), start);
  }
  protected ownServices(): SimServiceSpec[] {
    return [
      {
        uuid: '1822',
        characteristics: [
          { uuid: '2a5e', flags: ['indicate'] },
          { uuid: '2a5f', flags: ['notify'] },
        ],
      },
    ];
  }
}
