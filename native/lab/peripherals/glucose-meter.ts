/**
 * A simulated blood glucose meter (Glucose Service 0x1808, GLS 1.0): a finger-stick
 * reading every few simulated hours into a record store keyed by Sequence Number, with
 * a few readings already stored when it is switched on. New readings are notified live
 * to a subscribed collector; stored ones are fetched through the Record Access Control
 * Point (filter type 0x01 = sequence number).
 */
import { dateTimeFromDate, encodeGlucoseFeature, encodeGlucoseMeasurement } from '../../profiles/index';
import type { SimServiceSpec } from '../bluez-sim';
import { BasePeripheral, type PeripheralOptions } from './base';
import { glucoseCurve } from './glucose-curve';
import { RecordStore } from './record-store';

export interface MeterReading {
  /** Sequence number. */
  key: number;
  /** ms since epoch (the meter's clock, UTC). */
  t: number;
  /** mg/dL. */
  mgdl: number;
}

export interface SimGlucoseMeterOptions extends PeripheralOptions {
  /** Simulated ms between finger sticks. Default 4 h. */
  intervalMs?: number;
  /** Readings already stored at start (taken every `intervalMs` before now). Default 5. */
  stored?: number;
  glucoseAt?: (tMs: number) => number;
}

export class SimGlucoseMeter extends BasePeripheral {
  readonly store = new RecordStore<MeterReading>('glucose');
  private seq = 0;
  private readonly glucoseAt: (tMs: number) => number;

  constructor(o: SimGlucoseMeterOptions) {
    super(o, 'Tend Glucose Meter');
    const interval = o.intervalMs ?? 4 * 3_600_000;
    this.glucoseAt = o.glucoseAt ?? glucoseCurve({ seed: this.seed + 100 });
    const now = o.clock.now();
    for (let i = o.stored ?? 5; i >= 1; i--) this.take(now - i * interval);
    this.every(interval, (k) => {
      const r = this.take(now + k * interval);
      this.notify('2a18', this.encode(r));
    }, now);
  }

  private take(t: number): MeterReading {
    const r: MeterReading = { key: this.seq++, t: Math.floor(t / 1000) * 1000, mgdl: Math.round(this.glucoseAt(t)) };
    this.store.add(r);
    return r;
  }

  encode(r: MeterReading): Uint8Array {
    // kg/L: 1 mg/dL = 10⁻⁵ kg/L, so mantissa = mg/dL with exponent −5 (exact).
    // Type 1 = capillary whole blood, sample location 1 = finger.
    return encodeGlucoseMeasurement({ sequenceNumber: r.key, baseTime: dateTimeFromDate(new Date(r.t)), concentration: r.mgdl * 1e-5, unit: 'kg/L', type: 1, sampleLocation: 1 });
  }

  protected ownServices(): SimServiceSpec[] {
    return [
      {
        uuid: '1808',
        characteristics: [
          { uuid: '2a18', flags: ['notify'] },
          // Feature bits: none of the optional detections (low battery, malfunction …) claimed.
          { uuid: '2a51', flags: ['read'], onRead: () => encodeGlucoseFeature(0) },
          {
            uuid: '2a52',
            flags: ['write', 'indicate'],
            onWrite: (v) =>
              this.store.handleWrite(v, {
                sendRecord: (r) => this.notify('2a18', this.encode(r)),
                sendResponse: (b) => void this.notify('2a52', b),
              }),
          },
        ],
      },
    ];
  }
}
