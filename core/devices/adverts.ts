/**
 * Sensors adopted without pairing: the passive scanner (real Bluetooth, or the demo lab's
 * bus for demo broadcasters) feeds an AdvertListener that stores their readings through
 * the core's ingest. A scanner runs while an adopted sensor needs it, or while
 * `devices.nearby` listens.
 */
import type { DeviceLive, NearbySensor } from '../../api/devices';
import type { ObservationSink } from '../../api/observations';
import { unavailable } from '../../api/errors';
import { AdvertListener, type AdoptedSensor } from '../../native/session/advert-listener';
import { startAdvertScan, type AdvertScanner } from '../../native/transports/ble-adverts';
import { logger } from '../logger';
import type { SqlRow } from '../../db/rows';
import type { devices } from '../../db/schema';

const log = logger('adverts');

export type AdvertSource = 'ble' | 'demo';

/** A devices-table row with transport `advert`. */
export type AdvertRow = Pick<SqlRow<typeof devices>, 'id' | 'name' | 'kind' | 'address' | 'subject_id' | 'settings'>;

export class AdvertRuntime {
  readonly listener: AdvertListener;
  private readonly scanners = new Map<AdvertSource, Promise<AdvertScanner | null>>();
  private readonly errors = new Map<AdvertSource, string>();
  private rows: Array<AdvertRow & { source: AdvertSource }> = [];
  private listening = 0;

  constructor(
    sink: ObservationSink,
    /** The demo lab's D-Bus address (starting the lab if needed). */
    private readonly demoBus: () => Promise<string>,
    /** Tells the screens (the stream's `device.status`). */
    publish: (live: DeviceLive) => void = () => undefined,
  ) {
    this.listener = new AdvertListener({
      sink,
      onStatus: (st) => {
        const row = this.rows.find((r) => r.id === st.deviceId);
        if (row) publish(this.liveOf(row));
      },
    });
  }

  /** Makes the adopted sensors and the running scanners match the devices table. */
  sync(rows: AdvertRow[]): void {
    this.rows = rows.map((r) => {
      const settings = parseSettings(r.settings);
      return { ...r, source: settings.demo === true ? 'demo' : 'ble' };
    });
    const sensors: AdoptedSensor[] = [];
    for (const r of this.rows) {
      const key = parseSettings(r.settings).bind_key;
      sensors.push({ id: r.id, address: r.address, subject_id: r.subject_id, ...(typeof key === 'string' && key ? { key } : {}) });
    }
    this.listener.setSensors(sensors);
    for (const source of ['ble', 'demo'] as const) {
      if (this.needed(source)) void this.scanner(source);
      else void this.stopScanner(source);
    }
  }

  /** Listens for `durationMs` and returns the broadcasters heard and not adopted. */
  async nearby(source: AdvertSource, durationMs: number): Promise<NearbySensor[]> {
    this.listening++;
    // Only sensors heard lately: one heard an hour ago may be gone. BlueZ reports a
    // sensor's data again only when it changes (once per measurement, every 10–60 s for
    // most), so "lately" reaches back two minutes, not just this listen.
    const since = Date.now() - 120_000;
    try {
      const s = await this.scanner(source);
      if (!s) throw unavailable(this.errors.get(source) ?? 'Bluetooth unavailable');
      await new Promise((r) => setTimeout(r, durationMs));
      return this.listener.nearby().filter((n) => Date.parse(n.lastSeenAt) >= since).map((n) => ({ address: n.address, format: n.format, rssi: n.rssi, last_seen_at: n.lastSeenAt, needs_key: n.needsKey, observations: n.observations.map((o) => ({ metric: o.metric, value: o.value, unit: o.unit })) }));
    } finally {
      this.listening--;
      if (!this.needed(source)) void this.stopScanner(source);
    }
  }

  /** Devices-screen state of the adopted broadcasters. */
  live(visible: (subjectId: string) => boolean): DeviceLive[] {
    return this.rows.filter((r) => visible(r.subject_id)).map((r) => this.liveOf(r));
  }

  private liveOf(r: AdvertRow & { source: AdvertSource }): DeviceLive {
    const st = this.listener.status(r.id);
    const err = this.errors.get(r.source);
    const heard = st?.lastReadingAt ?? null;
    return {
      device_id: r.id, subject_id: r.subject_id, name: r.name, kind: r.kind, transport: 'advert', address: r.address,
      state: err ? 'unavailable' : heard ? 'listening' : 'waiting',
      battery: st?.battery ?? null, last_reading_at: heard, frames_bad: st?.framesBad ?? 0,
      signal_lost: false, signal_lost_since: null, rssi: st?.rssi ?? null, stored: st?.stored ?? 0, backfilled: 0,
      last_error: err ? { step: 'detect', message: err } : st?.lastError ? { step: 'stream', message: st.lastError } : null,
    };
  }

  async stop(): Promise<void> {
    for (const source of [...this.scanners.keys()]) await this.stopScanner(source);
    await this.listener.flush();
    this.listener.dispose();
  }

  private needed(source: AdvertSource): boolean {
    return this.listening > 0 || this.rows.some((r) => r.source === source);
  }

  private scanner(source: AdvertSource): Promise<AdvertScanner | null> {
    let s = this.scanners.get(source);
    if (!s) {
      s = (async () => {
        try {
          const dbusAddress = source === 'demo' ? await this.demoBus() : undefined;
          const scanner = await startAdvertScan({
            ...(dbusAddress ? { dbusAddress, platform: 'linux' as const, pollMs: 200 } : {}),
            onAdvertisement: (a) => this.listener.handle(a),
            onError: (m) => log.warn('advertisement scan', { source, error: m }),
          });
          this.errors.delete(source);
          return scanner;
        } catch (e) {
          this.errors.set(source, (e as Error).message);
          this.scanners.delete(source);
          log.info('no advertisement scan', { source, reason: (e as Error).message });
          return null;
        }
      })();
      this.scanners.set(source, s);
    }
    return s;
  }

  private async stopScanner(source: AdvertSource): Promise<void> {
    const s = this.scanners.get(source);
    if (!s) return;
    this.scanners.delete(source);
    await (await s)?.stop();
  }
}

function parseSettings(s: string | null): Record<string, unknown> {
  if (!s) return {};
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
