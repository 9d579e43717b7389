/**
 * One driver for every BLE health profile, driven by the profile manifests
 * (native/profiles/manifest.ts, after Tidepool's driver manifests): which characteristics
 * to read on connect and which to subscribe to. Decoding goes through the one registry
 * (`decodeCharacteristic`), so a frame reads the same here as in `tend decode`.
 *
 * Record stores (CGM 0x181F, Glucose 0x1808): every record has a number on the device
 * (CGM Time Offset, Glucose Sequence Number). The driver remembers which it has seen,
 * gives each observation an id derived from (address, session, number), and after every
 * (re)connection asks the Record Access Control Point for "records ≥ first unconfirmed
 * number" (CGMS 1.0.1 §4.12 / GLS 1.0 §4.9 "Report Stored Records", operator ≥). A record
 * heard both live and through the back-fill is stored once.
 */
import {
  decodeCharacteristic,
  decodeRacpResponse,
  encodeRacpRequest,
  isDecodeError,
  manifestsForServices,
  motionSampleTimes,
  type CgmMeasurementFields,
  type GlucoseMeasurementFields,
  type MotionPacket,
  type ProfileManifest,
  type ProfileObservation,
  type RacpRequest,
  type RacpResponseMessage,
  type SessionStartTimeFields,
} from '../profiles/index';
import type { BleAvailability, BleLink } from '../transports/ble';
import { fullUuid } from '../transports/ble-uuid';
import { errorMessage } from '../transports/timeout';
import { TransportUnavailableError, type DeviceConnection, type DeviceDriver, type DriverContext } from './device-session';
import { liveObservationId, recordObservationId } from './ids';
import type { PairedDevice, SourcedObservation } from './types';

/** A chunk of raw tri-axial samples for consumers that want the waveform (tremor analysis). */
export interface MotionSamples {
  deviceId: string;
  subjectId: string;
  rateHz: number;
  /** Sample times, ISO 8601 UTC. */
  t: string[];
  /** m/s². */
  x: number[];
  y: number[];
  z: number[];
}

export interface BleDriverOptions {
  /** Resolves the transport (loaded lazily; may say Bluetooth is unavailable). */
  transport: () => Promise<BleAvailability>;
  /** Connection deadline, real ms. Default: the transport's. */
  connectTimeoutMs?: number;
  /** Back-fill: give up when the device goes quiet for this long mid-transfer, real ms. Default 10 000. */
  fetchIdleTimeoutMs?: number;
  /**
   * Motion streams: `magnitude` stores one `accel` observation per sample (|a|, m/s²);
   * `none` stores nothing and only hands chunks to `onMotion`. Default `magnitude`.
   */
  motionObservations?: 'magnitude' | 'none';
  onMotion?: (chunk: MotionSamples) => void;
  /** After a corrupted record frame, wait this long (real ms) before re-asking the store. Default 200. */
  refetchDelayMs?: number;
}

/** What the driver remembers about one record store across reconnections. */
interface RecordStoreState {
  /** Distinguishes store epochs (CGM: the session start time; time offsets restart per sensor). */
  sessionKey: string;
  /** Record numbers already handed to the sink. */
  seen: Set<number>;
  /** Highest record number seen. */
  maxSeen: number | null;
  /** Every record up to here is known to be stored: a back-fill succeeded after it. */
  confirmedUpTo: number | null;
}

const RACP = fullUuid('2a52');

export class BleProfileDriver implements DeviceDriver {
  private store: RecordStoreState = { sessionKey: '', seen: new Set(), maxSeen: null, confirmedUpTo: null };
  /** CGM: measurement time = base + Time Offset minutes. */
  private cgmBase: Date | null = null;

  constructor(
    private readonly device: PairedDevice,
    private readonly opts: BleDriverOptions,
  ) {}

  async connect(ctx: DriverContext): Promise<DeviceConnection> {
    const transport = await ctx.step('detect', async () => {
      const a = await this.opts.transport();
      if (!a.available) throw new TransportUnavailableError(a.reason);
      return a.transport;
    });
    const link = await ctx.step('connect', () =>
      transport.connect(this.device.address, this.opts.connectTimeoutMs === undefined ? {} : { timeoutMs: this.opts.connectTimeoutMs }),
    );
    try {
      ctx.rssi(await link.rssi());
      const manifests = manifestsForServices(link.services());
      if (!manifests.some((m) => m.profile !== 'battery')) {
        throw new Error(`${this.device.address} offers no service Tend knows (${link.services().join(', ') || 'none'})`);
      }
      await ctx.step('read_config', () => this.readConfig(link, manifests, ctx));
      const racp = await ctx.step('subscribe', () => this.subscribe(link, manifests, ctx));
      const storeManifest = manifests.find((m) => m.recordStore);
      if (storeManifest?.recordStore && racp) {
        // A failed back-fill is reported but does not drop a working link: confirmedUpTo
        // stays put, so the next connection asks again from the same place.
        await this.serialFetch(() => ctx.step('fetch', () => this.fetch(link, storeManifest, racp, ctx)));
      }
    } catch (e) {
      await link.disconnect().catch(() => undefined);
      throw e;
    }
    return { closed: link.closed, close: () => link.disconnect() };
  }

  // ---- read config ----------------------------------------------------------------

  private async readConfig(link: BleLink, manifests: ProfileManifest[], ctx: DriverContext): Promise<void> {
    for (const m of manifests) {
      for (const c of m.characteristics) {
        if (c.access !== 'read' && c.name !== 'battery-level') continue;
        if (!link.hasCharacteristic(m.serviceUuid, c.uuid)) {
          if (c.optional || c.access !== 'read') continue;
          throw new Error(`${m.profile}: required characteristic ${c.name} is missing`);
        }
        const bytes = await link.read(m.serviceUuid, c.uuid);
        let decoded: ReturnType<typeof decodeCharacteristic>;
        try {
          decoded = decodeCharacteristic(c.uuid, bytes);
        } catch (e) {
          ctx.badFrame(c.name, e);
          continue;
        }
        ctx.goodFrame();
        if (c.name === 'cgm-session-start-time') this.onSessionStart(decoded.fields as unknown as SessionStartTimeFields);
        if (c.name === 'battery-level') this.onBattery(decoded.observations, ctx);
      }
    }
  }

  private onSessionStart(f: SessionStartTimeFields): void {
    if (f.startUtc === undefined) return;
    this.cgmBase = new Date(f.startUtc);
    if (this.store.sessionKey !== f.startUtc) {
      // A new sensor session: its time offsets start again from 0.
      this.store = { sessionKey: f.startUtc, seen: new Set(), maxSeen: null, confirmedUpTo: null };
    }
  }

  private onBattery(obs: ProfileObservation[], ctx: DriverContext): void {
    const o = obs[0];
    if (!o) return;
    ctx.battery(o.value);
    ctx.emit([this.live(o, ctx)]);
  }

  // ---- subscribe and stream --------------------------------------------------------

  /** Subscribes to every notify/indicate characteristic; returns the RACP handler's hook when there is one. */
  private async subscribe(link: BleLink, manifests: ProfileManifest[], ctx: DriverContext): Promise<RacpChannel | null> {
    let racp: RacpChannel | null = null;
    for (const m of manifests) {
      for (const c of m.characteristics) {
        if (c.access === 'read') continue;
        if (!link.hasCharacteristic(m.serviceUuid, c.uuid)) {
          if (c.optional) continue;
          // Battery notifications are optional in BAS; a missing SOCP only matters to calibration.
          if (m.profile === 'battery' || c.name === 'cgm-specific-ops-control-point') continue;
          throw new Error(`${m.profile}: required characteristic ${c.name} is missing`);
        }
        if (c.uuid === RACP) {
          const channel = new RacpChannel();
          racp = channel;
          this.racp = channel;
          await link.subscribe(m.serviceUuid, c.uuid, (v) => channel.onValue(v, ctx));
          continue;
        }
        const name = c.name;
        const isRecords = m.recordStore?.records === c.uuid;
        const onValue = (bytes: Uint8Array) => {
          let ok = false;
          try {
            ok = this.onFrame(name, bytes, ctx);
          } catch (e) {
            // Decode errors are the device's; anything else is ours, but neither may end the session.
            ctx.badFrame(name, e);
          }
          // A corrupted record is still in the device's store: ask for it again.
          if (!ok && isRecords) this.refetchSoon(link, m, ctx);
        };
        await link.subscribe(m.serviceUuid, c.uuid, (v) => {
          racp?.touch();
          onValue(v);
        });
      }
    }
    return racp;
  }

  /** Decodes and hands on one frame; false when it did not decode. */
  private onFrame(name: string, bytes: Uint8Array, ctx: DriverContext): boolean {
    let decoded: ReturnType<typeof decodeCharacteristic>;
    try {
      decoded = decodeCharacteristic(name, bytes, this.cgmBase ? { baseTime: this.cgmBase } : {});
    } catch (e) {
      ctx.badFrame(name, e);
      return false;
    }
    ctx.goodFrame();
    switch (name) {
      case 'cgm-measurement':
        this.onCgm(decoded.fields as unknown as CgmMeasurementFields, ctx);
        break;
      case 'glucose-measurement':
        this.onGlucose(decoded.fields as unknown as GlucoseMeasurementFields, decoded.observations, ctx);
        break;
      case 'battery-level':
        this.onBattery(decoded.observations, ctx);
        break;
      case 'motion-data':
        this.onMotion(decoded.fields as unknown as MotionPacket, ctx);
        break;
      case 'cgm-specific-ops-control-point':
      case 'glucose-measurement-context':
        break;
      default:
        ctx.emit(decoded.observations.map((o) => this.live(o, ctx)));
    }
    return true;
  }

  private racp: RacpChannel | null = null;
  private fetchChain: Promise<void> = Promise.resolve();

  /** One RACP procedure at a time (a sensor answers a second one "procedure not completed"). */
  private serialFetch(run: () => Promise<void>): Promise<void> {
    const next = this.fetchChain.then(run).catch(() => undefined);
    this.fetchChain = next;
    return next;
  }
  private refetchTimer: ReturnType<typeof setTimeout> | null = null;

  /** Runs one back-fill shortly (coalescing bursts of bad frames) while the link is up. */
  private refetchSoon(link: BleLink, m: ProfileManifest, ctx: DriverContext): void {
    const racp = this.racp;
    if (this.refetchTimer || !racp || !m.recordStore) return;
    this.refetchTimer = setTimeout(() => {
      this.refetchTimer = null;
      void this.serialFetch(() => ctx.step('fetch', () => this.fetch(link, m, racp, ctx)));
    }, this.opts.refetchDelayMs ?? 200);
    link.closed.then(() => {
      if (this.refetchTimer) clearTimeout(this.refetchTimer);
      this.refetchTimer = null;
    }, () => undefined);
  }

  private onCgm(f: CgmMeasurementFields, ctx: DriverContext): void {
    const out: SourcedObservation[] = [];
    for (const rec of f.records) {
      if (!this.cgmBase) {
        // No usable Session Start Time: anchor the session on the first record heard.
        this.cgmBase = new Date(ctx.clock.now() - rec.timeOffset * 60_000);
      }
      if (!this.markSeen(rec.timeOffset)) continue;
      if (rec.glucose.kind !== 'number') continue; // special values (NaN, NRes, ±INF) store nothing
      const t = new Date(this.cgmBase.getTime() + rec.timeOffset * 60_000).toISOString();
      out.push(this.recordObs({ metric: 'glucose', value: rec.glucose.value, unit: 'mg/dL', t }, rec.timeOffset));
    }
    ctx.emit(out);
  }

  private onGlucose(f: GlucoseMeasurementFields, obs: ProfileObservation[], ctx: DriverContext): void {
    if (!this.markSeen(f.sequenceNumber)) return;
    ctx.emit(obs.map((o) => (o.t ? this.recordObs(o as ProfileObservation & { t: string }, f.sequenceNumber) : this.live(o, ctx))));
  }

  private streamStart: Date | null = null;
  private lastMotionSeq: number | null = null;

  private onMotion(p: MotionPacket, ctx: DriverContext): void {
    // Sample times come from the sample index, anchored once per stream: packets that
    // arrive in bursts keep their true spacing (native/profiles/motion PROTOCOL.md).
    if (!this.streamStart || (this.lastMotionSeq !== null && p.firstSampleIndex === 0 && p.sequence === 0)) {
      this.streamStart = new Date(ctx.clock.now() - (p.firstSampleIndex * 1000) / p.sampleRateHz);
    }
    this.lastMotionSeq = p.sequence;
    const times = motionSampleTimes(p, this.streamStart);
    if (this.opts.onMotion) {
      this.opts.onMotion({
        deviceId: this.device.id,
        subjectId: this.device.subject_id,
        rateHz: p.sampleRateHz,
        t: times,
        x: p.samples.map((s) => s.x),
        y: p.samples.map((s) => s.y),
        z: p.samples.map((s) => s.z),
      });
    }
    if ((this.opts.motionObservations ?? 'magnitude') === 'none') return;
    const out: SourcedObservation[] = [];
    for (let i = 0; i < p.samples.length; i++) {
      const s = p.samples[i];
      const t = times[i];
      out.push({ id: liveObservationId(Date.parse(t)), metric: 'accel', value: Math.hypot(s.x, s.y, s.z), unit: 'm/s2', t, device_id: this.device.id });
    }
    ctx.emit(out);
  }

  /** Records a record number; false when it was already handed over (live and back-fill overlap). */
  private markSeen(n: number): boolean {
    const s = this.store;
    if (s.seen.has(n)) return false;
    s.seen.add(n);
    if (s.maxSeen === null || n > s.maxSeen) s.maxSeen = n;
    return true;
  }

  private recordObs(o: ProfileObservation & { t: string }, sequence: number): SourcedObservation {
    return {
      id: recordObservationId(this.device.address, this.store.sessionKey, sequence, o.metric),
      metric: o.metric,
      t: o.t,
      value: o.value,
      unit: o.unit,
      device_id: this.device.id,
    };
  }

  private live(o: ProfileObservation, ctx: DriverContext): SourcedObservation {
    const t = o.t ?? new Date(ctx.clock.now()).toISOString();
    return { id: liveObservationId(Date.parse(t)), metric: o.metric, t, value: o.value, unit: o.unit, device_id: this.device.id };
  }

  // ---- fetch (back-fill) -------------------------------------------------------------

  private async fetch(link: BleLink, m: ProfileManifest, racp: RacpChannel, ctx: DriverContext): Promise<void> {
    const store = m.recordStore!;
    const s = this.store;
    const from = s.confirmedUpTo === null ? null : s.confirmedUpTo + 1;
    const request: RacpRequest =
      from === null
        ? { op: 'report-stored-records', operator: 'all' }
        : {
            op: 'report-stored-records',
            operator: 'gte',
            filter: store.racpProfile === 'cgm' ? { type: 'time-offset', from } : { type: 'sequence-number', from },
          };
    const before = s.seen.size;
    const maxBefore = s.maxSeen;
    const answer = racp.expect(this.opts.fetchIdleTimeoutMs ?? 10_000);
    answer.catch(() => undefined);
    await link.write(m.serviceUuid, store.controlPoint, encodeRacpRequest(request, store.racpProfile));
    const lost = link.closed.then((c) => {
      throw new Error(`link lost during back-fill: ${c.reason}`);
    });
    lost.catch(() => undefined);
    const r = await Promise.race([answer, lost]);
    if (r.op === 'response-code' && r.response !== 'success' && r.response !== 'no-records-found') {
      throw new Error(`record access control point answered ${r.response} (code ${r.responseCode})`);
    }
    ctx.backfilled(s.seen.size - before);
    // Everything the device held up to the newest record seen before the request is now stored.
    const upTo = Math.max(maxBefore ?? -1, s.maxSeen ?? -1);
    if (upTo >= 0) s.confirmedUpTo = upTo;
  }
}

/** Waits for the RACP indication that ends a procedure, with an inactivity timeout. */
class RacpChannel {
  private pending: { resolve: (r: RacpResponseMessage) => void; reject: (e: Error) => void; idleMs: number; timer: ReturnType<typeof setTimeout> | null } | null = null;

  expect(idleMs: number): Promise<RacpResponseMessage> {
    if (this.pending) this.pending.reject(new Error('superseded by a new request'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, idleMs, timer: null };
      this.touch();
    });
  }

  /** Records arriving keep a long transfer alive. */
  touch(): void {
    const p = this.pending;
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      this.pending = null;
      p.reject(new Error(`no answer from the record access control point for ${p.idleMs} ms`));
    }, p.idleMs);
  }

  onValue(bytes: Uint8Array, ctx: DriverContext): void {
    let r: RacpResponseMessage;
    try {
      r = decodeRacpResponse(bytes);
    } catch (e) {
      ctx.badFrame('record-access-control-point', isDecodeError(e) ? e : new Error(errorMessage(e)));
      return;
    }
    ctx.goodFrame();
    const p = this.pending;
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    this.pending = null;
    p.resolve(r);
  }
}
