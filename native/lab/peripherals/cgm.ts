/**
 * A simulated continuous glucose monitor (CGM Service 0x181F, CGMS 1.0.1): one reading
 * every 5 simulated minutes into a record store keyed by Time Offset (minutes since the
 * session start), notified live when a collector is subscribed, and replayed through the
 * Record Access Control Point. Reads: CGM Feature, Status, Session Start Time, Session
 * Run Time; SOCP accepts start/stop session. Readings go on while the link is down, as on
 * a real sensor, so a collector that reconnects has something to back-fill.
 */
import {
  CGM_FEATURE_E2E_CRC,
  dateTimeFromDate,
  decodeSocp,
  encodeCgmFeature,
  encodeCgmMeasurement,
  encodeCgmStatus,
  encodeSessionRunTime,
  encodeSessionStartTime,
  encodeSocp,
} from '../../profiles/index';
import type { SimServiceSpec } from '../bluez-sim';
import { BasePeripheral, type PeripheralOptions } from './base';
import { glucoseCurve } from './glucose-curve';
import { RecordStore } from './record-store';

export interface CgmReading {
  /** Time Offset, minutes since session start (the record's number). */
  key: number;
  /** mg/dL, whole numbers as most sensors send them. */
  glucose: number;
  /** (mg/dL)/min over the last interval, one decimal. */
  trend: number;
}

export interface SimCgmOptions extends PeripheralOptions {
  /** Measurement interval, simulated ms. Default 5 min. */
  intervalMs?: number;
  /** Glucose (mg/dL) at a time (ms since epoch). Default: a seeded plausible curve. */
  glucoseAt?: (tMs: number) => number;
  /** Minutes of history already in the store when the simulation starts. Default 0. */
  historyMinutes?: number;
  /** Append E2E-CRCs (CGM Feature bit 12). Default true. */
  crc?: boolean;
  /**
   * Fault injection: return true to send this reading's *live* notification with a broken
   * CRC (the stored record stays intact, so a RACP back-fill can recover it).
   */
  corruptLive?: (r: CgmReading) => boolean;
}

export class SimCgm extends BasePeripheral {
  /** Session start, ms since epoch, on whole minutes. */
  readonly sessionStart: number;
  readonly store = new RecordStore<CgmReading>('cgm');
  private readonly glucoseAt: (tMs: number) => number;
  private readonly crc: boolean;
  private readonly corruptLive: ((r: CgmReading) => boolean) | undefined;
  /** Readings sent live (successfully notified). */
  liveSent = 0;

  constructor(o: SimCgmOptions) {
    super(o, 'Tend CGM');
    const interval = o.intervalMs ?? 5 * 60_000;
    const history = o.historyMinutes ?? 0;
    const now = Math.floor(o.clock.now() / 60_000) * 60_000;
    this.sessionStart = now - history * 60_000;
    this.glucoseAt = o.glucoseAt ?? glucoseCurve({ seed: this.seed });
    this.crc = o.crc ?? true;
    this.corruptLive = o.corruptLive;
    for (let t = this.sessionStart + interval; t <= now; t += interval) this.record(t);
    this.every(interval, (k) => {
      const r = this.record(now + k * interval);
      this.sendLive(r);
    }, now);
  }

  private record(t: number): CgmReading {
    const key = Math.round((t - this.sessionStart) / 60_000);
    const g = Math.round(this.glucoseAt(t));
    const prev = this.glucoseAt(t - 5 * 60_000);
    const r: CgmReading = { key, glucose: g, trend: Math.round(((this.glucoseAt(t) - prev) / 5) * 10) / 10 };
    this.store.add(r);
    return r;
  }

  /** The bytes of one record, as notified. */
  encode(r: CgmReading): Uint8Array {
    return encodeCgmMeasurement({ glucose: r.glucose, timeOffset: r.key, trend: r.trend, crc: this.crc });
  }

  private sendLive(r: CgmReading): void {
    let bytes = this.encode(r);
    if (this.corruptLive?.(r)) {
      bytes = Uint8Array.from(bytes);
      bytes[bytes.length - 1] ^= 0xff;
    }
    if (this.notify('2aa7', bytes)) this.liveSent++;
  }

  protected ownServices(): SimServiceSpec[] {
    const offsetNow = () => Math.round((this.clock.now() - this.sessionStart) / 60_000);
    return [
      {
        uuid: '181f',
        characteristics: [
          { uuid: '2aa7', flags: ['notify'] },
          {
            uuid: '2aa8',
            flags: ['read'],
            // Type 9 = interstitial fluid, location 5 = subcutaneous tissue.
            onRead: () => encodeCgmFeature({ features: this.crc ? CGM_FEATURE_E2E_CRC : 0, type: 9, sampleLocation: 5 }),
          },
          { uuid: '2aa9', flags: ['read'], onRead: () => encodeCgmStatus({ timeOffset: offsetNow(), status: 0, calTemp: 0, warning: 0, crc: this.crc }) },
          {
            uuid: '2aaa',
            flags: ['read'],
            onRead: () => encodeSessionStartTime({ start: dateTimeFromDate(new Date(this.sessionStart)), timeZone: 0, dstOffset: 0, crc: this.crc }),
          },
          { uuid: '2aab', flags: ['read'], onRead: () => encodeSessionRunTime({ hours: 24 * 14, crc: this.crc }) },
          {
            uuid: '2a52',
            flags: ['write', 'indicate'],
            onWrite: (v) =>
              this.store.handleWrite(v, {
                sendRecord: (r) => this.notify('2aa7', this.encode(r)),
                sendResponse: (b) => void this.notify('2a52', b),
              }),
          },
          {
            uuid: '2aac',
            flags: ['write', 'indicate'],
            onWrite: (v) => {
              let opCode = v[0] ?? 0;
              let ok = false;
              try {
                const m = decodeSocp(v).fields;
                opCode = m.opCode;
                ok = m.op === 'start-session' || m.op === 'stop-session';
              } catch {
                // answered below as not supported
              }
              setImmediate(() => this.notify('2aac', encodeSocp({ op: 'response-code', requestOp: opCode, response: ok ? 'success' : 'op-code-not-supported', crc: this.crc })));
            },
          },
        ],
      },
    ];
  }
}
