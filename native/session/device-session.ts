/**
 * One paired device's session: a fixed lifecycle (detect → connect → read config →
 * subscribe → fetch → stream → store → disconnect) run by a driver, wrapped in a loop
 * that reconnects with exponential back-off. Every error is tagged with the step that
 * failed; every step reports progress; a frame that fails to decode is counted and
 * dropped, never stored and never fatal.
 */
import { EventEmitter } from 'node:events';
import type { ObservationSink } from '../../api/observations';
import { Backoff, type BackoffOptions } from '../transports/backoff';
import { errorMessage } from '../transports/timeout';
import { systemClock, type Clock, type TimerHandle } from './clock';
import { SinkWriter, type SinkWriterOptions } from './sink-writer';
import {
  SessionError,
  isSessionError,
  type PairedDevice,
  type SessionProgress,
  type SessionStatus,
  type SessionStep,
  type SourcedObservation,
} from './types';

/** What a driver may do while it runs a connection. */
export interface DriverContext {
  readonly device: PairedDevice;
  /** The session's clock (simulated in the lab): stamps readings that carry no time. */
  readonly clock: Clock;
  /** Runs `fn` as lifecycle step `step`: reports progress, tags any error with the step. */
  step<T>(step: SessionStep, fn: () => Promise<T>): Promise<T>;
  /** Hands over decoded observations (ids and times set) to be stored. */
  emit(items: SourcedObservation[]): void;
  /** A frame decoded. */
  goodFrame(): void;
  /** A frame failed to decode: counted, dropped. `source` names the characteristic or port. */
  badFrame(source: string, error: unknown): void;
  /** Battery level, %. */
  battery(percent: number): void;
  /** Signal strength, dBm. */
  rssi(dbm: number | null): void;
  /** Records recovered from the device's store after a gap. */
  backfilled(n: number): void;
}

/** A live connection a driver set up. */
export interface DeviceConnection {
  /** Settles when the link ends, for any reason. */
  readonly closed: Promise<{ byUs: boolean; reason: string }>;
  close(): Promise<void>;
}

/**
 * Knows one kind of device on one transport. A driver instance lives as long as its
 * session, so it can remember across reconnects what it has already seen (the last
 * record sequence number, for back-fill).
 */
export interface DeviceDriver {
  /** One attempt: detect, connect, read config, subscribe, fetch what was missed. */
  connect(ctx: DriverContext): Promise<DeviceConnection>;
}

/** Raised by a driver's detect step when its transport is missing altogether. */
export class TransportUnavailableError extends Error {
  readonly code = 'transport_unavailable';
  constructor(message: string) {
    super(message);
    this.name = 'TransportUnavailableError';
  }
}

export interface DeviceSessionOptions {
  device: PairedDevice;
  driver: DeviceDriver;
  sink: ObservationSink;
  /** Default: the wall clock. The back-off waits on this clock. */
  clock?: Clock;
  /** Reconnect back-off. Default 1 s doubling to 60 s, 20 % jitter. */
  backoff?: BackoffOptions;
  /** While the transport is unavailable (no Bluetooth), check again this often, ms of clock time. Default 30 000. */
  unavailableRetryMs?: number;
  sinkWriter?: SinkWriterOptions;
}

export interface DeviceSessionEvents {
  status: [SessionStatus];
  progress: [SessionProgress];
  stored: [SourcedObservation[]];
  /** A frame that did not decode (for a device log; already counted in framesBad). */
  badFrame: [{ deviceId: string; source: string; message: string }];
}

export class DeviceSession extends EventEmitter<DeviceSessionEvents> {
  readonly device: PairedDevice;
  private readonly driver: DeviceDriver;
  private readonly clock: Clock;
  private readonly backoff: Backoff;
  private readonly writer: SinkWriter;
  private readonly unavailableRetryMs: number;
  private readonly st: SessionStatus;
  private running = false;
  private loop: Promise<void> | null = null;
  private conn: DeviceConnection | null = null;
  private wake: (() => void) | null = null;
  private sleepTimer: TimerHandle | null = null;
  private statusQueued = false;

  constructor(opts: DeviceSessionOptions) {
    super();
    this.device = opts.device;
    this.driver = opts.driver;
    this.clock = opts.clock ?? systemClock;
    this.backoff = new Backoff(opts.backoff);
    this.unavailableRetryMs = opts.unavailableRetryMs ?? 30_000;
    this.st = {
      deviceId: opts.device.id,
      state: 'idle',
      battery: null,
      lastReadingAt: null,
      framesBad: 0,
      framesGood: 0,
      signalLost: false,
      signalLostSince: null,
      rssi: null,
      stored: 0,
      duplicates: 0,
      backfilled: 0,
      reconnects: 0,
      lastError: null,
    };
    this.writer = new SinkWriter(
      opts.sink,
      opts.device.subject_id,
      {
        onStored: (accepted, duplicates, items) => {
          this.st.stored += accepted;
          this.st.duplicates += duplicates;
          for (const it of items) {
            if (it.metric === 'battery_level') continue;
            if (this.st.lastReadingAt === null || it.t > this.st.lastReadingAt) this.st.lastReadingAt = it.t;
          }
          this.emit('stored', items);
          this.changed();
        },
        onError: (message) => this.fail(new SessionError('store', message)),
      },
      opts.sinkWriter,
    );
  }

  /** A copy of the current status. */
  status(): SessionStatus {
    return { ...this.st, lastError: this.st.lastError && { ...this.st.lastError } };
  }

  /** Starts the connect/reconnect loop (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Disconnects, stores what is queued, and stops the loop. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.cancelSleep();
    const conn = this.conn;
    if (conn) {
      await this.stepRun('disconnect', () => conn.close()).catch(() => undefined);
    }
    await this.loop;
    await this.writer.flush();
    this.writer.dispose();
    this.setState('idle');
  }

  /** Stores whatever is queued now (tests and shutdown). */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  private async run(): Promise<void> {
    let everConnected = false;
    while (this.running) {
      let unavailable = false;
      try {
        this.setState('connecting');
        const conn = await this.driver.connect(this.context());
        if (!this.running) {
          await conn.close().catch(() => undefined);
          break;
        }
        this.conn = conn;
        this.backoff.reset();
        if (everConnected) this.st.reconnects++;
        everConnected = true;
        this.st.signalLost = false;
        this.st.signalLostSince = null;
        this.setState('connected');
        this.progress('stream', 'start');
        const end = await conn.closed;
        this.conn = null;
        if (!this.running || end.byUs) {
          this.progress('stream', 'done', end.reason);
          break;
        }
        this.progress('stream', 'error', end.reason);
        this.fail(new SessionError('stream', `link lost: ${end.reason}`));
      } catch (e) {
        const cause = isSessionError(e) ? (e.cause ?? e) : e;
        unavailable = cause instanceof TransportUnavailableError || (typeof cause === 'object' && cause !== null && (cause as { code?: unknown }).code === 'transport_unavailable');
        this.fail(isSessionError(e) ? e : new SessionError('connect', errorMessage(e), e));
      }
      if (!this.running) break;
      if (!this.st.signalLost) {
        this.st.signalLost = true;
        this.st.signalLostSince = new Date(this.clock.now()).toISOString();
      }
      this.setState(unavailable ? 'unavailable' : 'reconnecting');
      await this.sleep(unavailable ? this.unavailableRetryMs : this.backoff.next());
    }
  }

  private context(): DriverContext {
    return {
      device: this.device,
      clock: this.clock,
      step: (step, fn) => this.stepRun(step, fn),
      emit: (items) => this.writer.push(items),
      goodFrame: () => {
        this.st.framesGood++;
        this.changed();
      },
      badFrame: (source, error) => {
        this.st.framesBad++;
        this.st.lastError = { step: 'stream', message: `bad frame on ${source}: ${errorMessage(error)}`, at: new Date(this.clock.now()).toISOString() };
        this.emit('badFrame', { deviceId: this.device.id, source, message: errorMessage(error) });
        this.changed();
      },
      battery: (percent) => {
        this.st.battery = percent;
        this.changed();
      },
      rssi: (dbm) => {
        this.st.rssi = dbm;
        this.changed();
      },
      backfilled: (n) => {
        this.st.backfilled += n;
        this.changed();
      },
    };
  }

  private async stepRun<T>(step: SessionStep, fn: () => Promise<T>): Promise<T> {
    this.progress(step, 'start');
    try {
      const r = await fn();
      this.progress(step, 'done');
      return r;
    } catch (e) {
      const err = isSessionError(e) ? e : new SessionError(step, errorMessage(e), e);
      this.progress(err.step, 'error', err.message);
      throw err;
    }
  }

  private progress(step: SessionStep, phase: SessionProgress['phase'], message?: string): void {
    const p: SessionProgress = { deviceId: this.device.id, step, phase };
    if (message !== undefined) p.message = message;
    this.emit('progress', p);
  }

  private fail(e: SessionError): void {
    this.st.lastError = { step: e.step, message: e.message, at: new Date(this.clock.now()).toISOString() };
    this.changed();
  }

  private setState(s: SessionStatus['state']): void {
    if (this.st.state === s) return;
    this.st.state = s;
    this.changed(true);
  }

  /** Status events are coalesced per tick (a 100 Hz stream would otherwise flood the UI). */
  private changed(now = false): void {
    if (now) {
      this.emit('status', this.status());
      return;
    }
    if (this.statusQueued) return;
    this.statusQueued = true;
    setImmediate(() => {
      this.statusQueued = false;
      this.emit('status', this.status());
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.sleepTimer = this.clock.setTimeout(() => {
        this.sleepTimer = null;
        this.wake = null;
        resolve();
      }, ms);
    });
  }

  private cancelSleep(): void {
    if (this.sleepTimer) this.clock.clearTimeout(this.sleepTimer);
    this.sleepTimer = null;
    this.wake?.();
    this.wake = null;
  }
}
