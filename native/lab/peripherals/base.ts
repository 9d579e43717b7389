/**
 * What every simulated BLE peripheral shares: an address and name, a Battery Service
 * (0x180F: Battery Level 0x2A19, read + notify) that drains slowly, and drift-free
 * periodic ticks on the lab's clock so "an hour" can run in seconds.
 */
import { encodeBatteryLevel } from '../../profiles/index';
import type { Clock, TimerHandle } from '../../session/clock';
import type { PeripheralLink, SimPeripheral, SimServiceSpec } from '../bluez-sim';

export interface PeripheralOptions {
  address: string;
  name?: string;
  /** Lab clock shared with the sessions under test. */
  clock: Clock;
  /** dBm. Default −60. */
  rssi?: number;
  /** Initial battery, %. Default 95. */
  battery?: number;
  /** Battery drain, % per simulated hour. Default 0.5. */
  batteryDrainPerHour?: number;
  /** Seed for the peripheral's random numbers. Default 1. */
  seed?: number;
}

export abstract class BasePeripheral implements SimPeripheral {
  readonly address: string;
  readonly name: string;
  readonly rssi: number;
  protected readonly clock: Clock;
  protected link: PeripheralLink | null = null;
  protected readonly seed: number;
  private readonly timers = new Set<TimerHandle>();
  private readonly batteryStart: number;
  private readonly drainPerMs: number;
  private readonly createdAt: number;
  private lastBattery: number;
  private disposed = false;

  constructor(o: PeripheralOptions, defaultName: string) {
    this.address = o.address.toUpperCase();
    this.name = o.name ?? defaultName;
    this.rssi = o.rssi ?? -60;
    this.clock = o.clock;
    this.seed = o.seed ?? 1;
    this.batteryStart = o.battery ?? 95;
    this.drainPerMs = (o.batteryDrainPerHour ?? 0.5) / 3_600_000;
    this.createdAt = o.clock.now();
    this.lastBattery = this.batteryLevel();
    // Battery notifications when the rounded level changes, checked once a simulated minute.
    this.every(60_000, () => {
      const b = this.batteryLevel();
      if (b !== this.lastBattery) {
        this.lastBattery = b;
        this.link?.notify('2a19', encodeBatteryLevel(b));
      }
    });
  }

  /** The peripheral's own services (the battery service is added after them). */
  protected abstract ownServices(): SimServiceSpec[];

  get services(): SimServiceSpec[] {
    return [
      ...this.ownServices(),
      { uuid: '180f', characteristics: [{ uuid: '2a19', flags: ['read', 'notify'], onRead: () => encodeBatteryLevel(this.batteryLevel()) }] },
    ];
  }

  /** Battery level now, whole %. */
  batteryLevel(): number {
    return Math.max(0, Math.min(100, Math.round(this.batteryStart - (this.clock.now() - this.createdAt) * this.drainPerMs)));
  }

  attach(link: PeripheralLink): void {
    this.link = link;
  }

  /** Sends when connected and subscribed; false otherwise. */
  protected notify(charUuid: string, value: Uint8Array): boolean {
    return this.link?.notify(charUuid, value) ?? false;
  }

  /**
   * Calls `fn(k)` at start + k·periodMs (k = 1, 2, …) on the lab clock, however late a
   * timer fires: a late tick never shifts the ones after it.
   */
  protected every(periodMs: number, fn: (k: number) => void, startMs = this.clock.now()): void {
    let k = 1;
    const schedule = () => {
      if (this.disposed) return;
      const h = this.clock.setTimeout(() => {
        this.timers.delete(h);
        if (this.disposed) return;
        // Catch up on ticks missed while the event loop was busy.
        while (startMs + k * periodMs <= this.clock.now()) fn(k++);
        schedule();
      }, Math.max(0, startMs + k * periodMs - this.clock.now()));
      this.timers.add(h);
    };
    schedule();
  }

  dispose(): void {
    this.disposed = true;
    for (const h of this.timers) this.clock.clearTimeout(h);
    this.timers.clear();
  }
}
