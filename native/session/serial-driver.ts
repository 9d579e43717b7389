/**
 * The driver for serial sensor boards speaking the line protocol
 * (native/profiles/serial-line/PROTOCOL.md): one JSON or CSV reading per line.
 *
 * Back-fill over serial: right after opening the port the host writes one line,
 * `{"cmd":"resend","since":"<ISO time of the newest reading it stored>"}` (or without
 * `since` the first time). A board that keeps a buffer answers with the readings it
 * took after `since` and then the comment line `# resend done N`; a board that does not
 * simply ignores input, and the host moves on after a short wait. Readings that carry
 * their own `t` get an id derived from (device, metric, t), so a reading heard live and
 * again in a resend is stored once; readings without `t` are stamped on arrival with a
 * fresh UUIDv7.
 */
import { existsSync } from 'node:fs';
import { parseSerialLine, type SerialReading } from '../profiles/index';
import { openSerialLink, type SerialLink } from '../transports/serial';
import type { TimerHandle } from './clock';
import type { DeviceConnection, DeviceDriver, DriverContext } from './device-session';
import type { MotionSamples } from './ble-driver';
import { liveObservationId, recordObservationId } from './ids';
import { SerialMotionGatherer, type AccelSample } from './serial-motion';
import type { PairedDevice, SourcedObservation } from './types';

export interface SerialDriverOptions {
  /** Default 115200. */
  baudRate?: number;
  /** How long to wait for `# resend done` (real ms of silence). Default 1500. */
  resendIdleMs?: number;
  /** Readings remembered for de-duplication. Default 50 000. */
  rememberReadings?: number;
  /**
   * A board silent this long (session-clock ms) is taken as lost: the port is closed and
   * reopened. Catches a hung board whose USB link stays up, and an unplug the OS did not
   * report. Default 60 000; 0 disables.
   */
  silenceMs?: number;
  /**
   * Accelerometer streams of 20 Hz or more go here as evenly spaced packets (serial-motion.ts)
   * instead of one `accel` reading per sample; without it every sample is a reading.
   */
  onMotion?: (chunk: MotionSamples) => void;
}

const RESEND_DONE = /^#\s*resend done\b/i;

export class SerialBoardDriver implements DeviceDriver {
  /** Keys `metric|tMs` already handed to the sink, oldest first (bounded). */
  private readonly seen = new Set<string>();
  /** Newest board-stamped reading time stored, ms. */
  private newestT: number | null = null;
  /** With `onMotion`: accelerometer lines on their way to it. */
  private readonly motion: SerialMotionGatherer | null;
  /** Slow accelerometer samples the gatherer hands back, stored as readings with the line being read. */
  private slowAccel: AccelSample[] = [];

  constructor(
    private readonly device: PairedDevice,
    private readonly opts: SerialDriverOptions = {},
  ) {
    const onMotion = opts.onMotion;
    this.motion = onMotion ? new SerialMotionGatherer(device, onMotion, (s) => this.slowAccel.push(s)) : null;
  }

  async connect(ctx: DriverContext): Promise<DeviceConnection> {
    const path = this.device.address;
    await ctx.step('detect', async () => {
      if (!existsSync(path)) throw new Error(`serial port ${path} is not present (unplugged?)`);
    });
    const idle = this.opts.resendIdleMs ?? 1500;
    // The newest reading stored before this connection: live lines heard from now on
    // must not move the resend's starting point past the gap.
    const since = this.newestT;
    let heard: () => void = () => undefined;
    const firstLine = new Promise<void>((r) => (heard = r));
    const silenceMs = this.opts.silenceMs ?? 60_000;
    let silenced = false;
    let watchdog: TimerHandle | null = null;
    const feed = () => {
      if (!silenceMs) return;
      if (watchdog) ctx.clock.clearTimeout(watchdog);
      watchdog = ctx.clock.setTimeout(() => {
        silenced = true;
        void opened?.close();
      }, silenceMs);
    };
    let opened: SerialLink | null = null;
    const link: SerialLink = await ctx.step('connect', () =>
      openSerialLink(path, {
        ...(this.opts.baudRate === undefined ? {} : { baudRate: this.opts.baudRate }),
        onLine: (line) => {
          heard();
          feed();
          const r = this.resend;
          if (r && RESEND_DONE.test(line.trim())) return r.done();
          r?.touch();
          const fresh = this.onLine(line, ctx, opened);
          if (r) r.count += fresh;
        },
      }),
    );
    opened = link;
    feed();
    void link.closed.then(() => {
      if (watchdog) ctx.clock.clearTimeout(watchdog);
      // What was gathered goes on; the next connection starts a new run.
      this.motion?.flush(true);
      this.emitSlowAccel(ctx);
    });
    try {
      await ctx.step('read_config', async () => undefined);
      await ctx.step('subscribe', async () => undefined);
      // Ask for a resend once the board has spoken (it is listening then: a command sent
      // while it is still opening its end would be flushed away), or after a short wait.
      await ctx
        .step('fetch', async () => {
          await Promise.race([firstLine, new Promise((r) => setTimeout(r, idle)), link.closed]);
          ctx.backfilled(await this.askResend(link, since));
        })
        .catch(() => undefined);
    } catch (e) {
      await link.close().catch(() => undefined);
      throw e;
    }
    return {
      closed: link.closed.then((c) =>
        silenced ? { byUs: false, reason: `no data for ${silenceMs} ms` } : { byUs: c.byUs, reason: c.unplugged ? 'unplugged' : c.reason },
      ),
      close: () => link.close(),
    };
  }

  private resend: { count: number; done: () => void; touch: () => void } | null = null;
  private resendChain: Promise<unknown> = Promise.resolve();

  /**
   * Writes a resend command and counts the new readings until `# resend done` (or silence).
   * A board that cannot resend is not an error: it just has nothing to back-fill.
   */
  private askResend(link: SerialLink, since: number | null): Promise<number> {
    const idle = this.opts.resendIdleMs ?? 1500;
    const run = () =>
      new Promise<number>((resolve) => {
        let timer: ReturnType<typeof setTimeout>;
        const r = {
          count: 0,
          done: () => {
            clearTimeout(timer);
            if (this.resend === r) this.resend = null;
            resolve(r.count);
          },
          touch: () => {
            clearTimeout(timer);
            timer = setTimeout(r.done, idle);
          },
        };
        this.resend = r;
        r.touch();
        const cmd = since === null ? { cmd: 'resend' } : { cmd: 'resend', since: new Date(since).toISOString() };
        link.write(`${JSON.stringify(cmd)}\n`).catch(() => r.done());
        void link.closed.then(() => r.done());
      });
    const p = this.resendChain.then(run, run);
    this.resendChain = p;
    return p;
  }

  private refetchTimer: ReturnType<typeof setTimeout> | null = null;

  /** After a garbled line, ask again for everything after the last good reading. */
  private refetchSoon(link: SerialLink, ctx: DriverContext): void {
    if (this.refetchTimer) return;
    const since = this.newestT;
    this.refetchTimer = setTimeout(() => {
      this.refetchTimer = null;
      void ctx
        .step('fetch', async () => ctx.backfilled(await this.askResend(link, since)))
        .catch(() => undefined);
    }, 200);
    void link.closed.then(() => {
      if (this.refetchTimer) clearTimeout(this.refetchTimer);
      this.refetchTimer = null;
    });
  }

  /** Decodes and hands on one line; returns how many new readings it held. */
  private onLine(line: string, ctx: DriverContext, link: SerialLink | null): number {
    let r: SerialReading;
    try {
      r = parseSerialLine(line, new Date(ctx.clock.now()));
    } catch (e) {
      ctx.badFrame(this.device.address, e);
      if (link) this.refetchSoon(link, ctx);
      return 0;
    }
    ctx.goodFrame();
    // Did the board stamp the reading itself? (Only JSON lines can carry "t".)
    const stamped = line.trimStart().startsWith('{') && /"t"\s*:/.test(line);
    const out: SourcedObservation[] = [];
    const add = (metric: string, value: number, unit: string, t: string, isStamped = stamped) => {
      const o = this.reading(metric, value, unit, t, isStamped);
      if (o) out.push(o);
    };
    switch (r.kind) {
      case 'observation':
        if (r.metric === 'battery_level') ctx.battery(r.value);
        add(r.metric, r.value, r.unit, r.t);
        break;
      case 'accel':
        if (this.motion) {
          const tMs = Date.parse(r.t);
          if (stamped && (this.newestT === null || tMs > this.newestT)) this.newestT = tMs;
          this.motion.push({ tMs, stamped, x: r.x, y: r.y, z: r.z, hz: r.hz });
          for (const s of this.slowAccel.splice(0)) add('accel', Math.hypot(s.x, s.y, s.z), 'm/s2', new Date(s.tMs).toISOString(), s.stamped);
        } else add('accel', Math.hypot(r.x, r.y, r.z), 'm/s2', r.t);
        break;
      case 'mic-level':
      case 'skip':
        // No metric code for microphone levels yet (api/metrics.ts); nothing to store.
        break;
      default: {
        const never: never = r;
        throw new Error(`unhandled serial reading ${String(never)}`);
      }
    }
    ctx.emit(out);
    return out.length;
  }

  /** One reading with its id; null when a board-stamped one was already handed on. */
  private reading(metric: string, value: number, unit: string, t: string, stamped: boolean): SourcedObservation | null {
    const tMs = Date.parse(t);
    if (!stamped) return { id: liveObservationId(tMs), metric, t, value, unit, device_id: this.device.id };
    const key = `${metric}|${tMs}`;
    if (this.seen.has(key)) return null;
    this.remember(key);
    if (this.newestT === null || tMs > this.newestT) this.newestT = tMs;
    return { id: recordObservationId(this.device.id, 'serial', tMs, metric), metric, t, value, unit, device_id: this.device.id };
  }

  /** Slow accelerometer samples still held by the gatherer when the port closed, as readings. */
  private emitSlowAccel(ctx: DriverContext): void {
    const out = this.slowAccel.splice(0).map((s) => this.reading('accel', Math.hypot(s.x, s.y, s.z), 'm/s2', new Date(s.tMs).toISOString(), s.stamped));
    const kept = out.filter((o): o is SourcedObservation => o !== null);
    if (kept.length) ctx.emit(kept);
  }

  private remember(key: string): void {
    this.seen.add(key);
    const max = this.opts.rememberReadings ?? 50_000;
    if (this.seen.size > max) {
      // Sets iterate in insertion order: drop the oldest.
      const first = this.seen.values().next();
      if (!first.done) this.seen.delete(first.value);
    }
  }
}
