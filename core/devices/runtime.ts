import type { ObservationInput } from '../../api/observations';
import { unavailable } from '../../api/errors';
import type { DeviceLive } from '../../api/devices';
import type { Device } from '../../api/schemas';
import { DemoLab, type DemoKind } from '../../native/lab/demo-lab';
import { DeviceManager, type DeviceStatus } from '../../native/session/device-manager';
import type { PairedDevice } from '../../native/session/types';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import { logger } from '../logger';
import { uploadMotion } from '../tremor/service';
import { AdvertRuntime, type AdvertRow } from './adverts';
import { openBindKey, sealBindKey } from './bind-key';
import { secretKeyProvider } from '../dexcom/sqlite-stores';
import { MotionBuffer } from './motion-buffer';
import type { SqlRow } from '../../db/rows';
import type { devices, users } from '../../db/schema';

const log = logger('devices');
const LIVE_TRANSPORTS = new Set(['ble', 'demo', 'serial']);

/**
 * Runs the sessions of every paired device (BLE, the demo lab, serial) and stores their
 * readings through the core's ingest as the subject's owner. Started by a host (the hub,
 * the Electron shell); the core works without it.
 */
export class DeviceRuntime {
  readonly manager: DeviceManager;
  /** Sensors that only broadcast, adopted without pairing (transport `advert`). */
  readonly adverts: AdvertRuntime;
  private lab: Promise<DemoLab> | null = null;
  private statusOf = new Map<string, DeviceStatus>();
  /** Wrist sensors' raw samples, gathered into runs for the tremor pipeline. */
  private readonly motion: MotionBuffer;
  /** The device sync round in progress (or the last one, settled). */
  private syncing: Promise<void> = Promise.resolve();
  private advertRound: Promise<void> = Promise.resolve();

  constructor(private readonly core: Core) {
    const ownerCtx = (subjectId: string): CallContext => {
      const owner = core.deps.db.$client
        .prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT u.id, u.email, u.name FROM subjects s JOIN users u ON u.id = s.owner_id WHERE s.id = ?`)
        .get(subjectId);
      return { user: owner ?? null, clientKey: 'devices', transport: 'memory' };
    };
    const sink = { ingest: async (subjectId: string, items: ObservationInput[]) => core.ingest(ownerCtx(subjectId), subjectId, items) };
    this.manager = new DeviceManager({
      sink,
      onMotion: (chunk) => this.motion.push(chunk),
    });
    this.adverts = new AdvertRuntime(sink, async () => (await this.demo()).busAddress, (device) => core.bus.publish({ type: 'device.status', subject_id: device.subject_id, device }));
    // Stored as compact chunks with per-second features and per-minute tremor readings
    // (core/tremor/service.ts), as the subject's owner; a failure is logged, never fatal.
    this.motion = new MotionBuffer((run) => {
      try {
        uploadMotion(core, ownerCtx(run.subjectId), run.subjectId, [{ t0Ms: run.t0Ms, rateHz: run.rateHz, x: run.x, y: run.y, z: run.z }], { deviceId: run.deviceId, final: false });
      } catch (e) {
        log.warn('motion chunk not stored', { device: run.deviceId, error: (e as Error).message });
      }
    });
    this.manager.on('status', (s: DeviceStatus) => {
      this.statusOf.set(s.deviceId, s);
      const at = s.lastReadingAt ? Date.parse(s.lastReadingAt) : null;
      if (at !== null || s.battery !== null) core.devices.touch(s.deviceId, at ?? 0, s.battery ?? undefined);
      core.bus.publish({ type: 'device.status', subject_id: s.subject_id, device: toLive(s) });
    });
  }

  /**
   * The rows as the advert listener needs them: each sealed bind key opened in memory only.
   * A key stored in clear by an older version is sealed in place here, once.
   */
  private async withClearKeys(rows: AdvertRow[]): Promise<AdvertRow[]> {
    const keys = secretKeyProvider(this.core);
    const out: AdvertRow[] = [];
    for (const r of rows) {
      const settings = parseJsonObject(r.settings);
      if (settings.bind_key === undefined && settings.bind_key_sealed === undefined) {
        out.push(r);
        continue;
      }
      const clear = await openBindKey(keys, settings);
      if (typeof settings.bind_key === 'string' && settings.bind_key_sealed === undefined) {
        const sealed = await sealBindKey(keys, settings);
        this.core.deps.db.$client.prepare(`UPDATE devices SET settings = ? WHERE id = ? AND settings = ?`).run(JSON.stringify(sealed), r.id, r.settings);
      }
      const { bind_key_sealed: _sealed, ...rest } = settings;
      out.push({ ...r, settings: JSON.stringify({ ...rest, ...(clear ? { bind_key: clear } : {}) }) });
    }
    return out;
  }

  private rows(): PairedDevice[] {
    // kind: plain text in the schema; only a zod-checked device kind is ever written (api/schemas.ts).
    const rows = this.core.deps.db.$client.prepare<[], Pick<SqlRow<typeof devices>, 'id' | 'name' | 'transport' | 'address' | 'subject_id'> & Pick<PairedDevice, 'kind'>>(`SELECT id, name, kind, transport, address, subject_id FROM devices`).all();
    return rows.filter((r): r is typeof r & Pick<PairedDevice, 'transport'> => LIVE_TRANSPORTS.has(r.transport));
  }

  /** Makes the running sessions match the devices table (after any change to it). */
  sync(): void {
    // Broadcasting sensors need no connection: their set is replaced as soon as their bind
    // keys are opened (sealed at rest, core/devices/bind-key.ts). Rounds run in order, each
    // with the rows read when it was asked for.
    try {
      const rows = this.core.deps.db.$client.prepare<[], AdvertRow>(`SELECT id, name, kind, address, subject_id, settings FROM devices WHERE transport = 'advert'`).all();
      this.advertRound = this.advertRound
        .then(async () => this.adverts.sync(await this.withClearKeys(rows)))
        .catch((e: unknown) => log.warn('advertising sensors not synced', { error: e instanceof Error ? e.message : String(e) }));
    } catch (e) {
      log.warn('advertising sensors not synced', { error: (e as Error).message });
    }
    // DeviceManager.sync is async: a try/catch around the bare call caught nothing, and its
    // rejection (a transport failing to start) was unhandled, which ends the hub's process.
    // Rounds run one after another, each reading the table when it starts, so two quick
    // changes cannot interleave their starts and stops.
    this.syncing = this.syncing
      .then(() => this.manager.sync(this.rows()))
      .catch((e: unknown) => log.warn('device sync failed', { error: e instanceof Error ? e.message : String(e) }));
  }

  live(visible: (subjectId: string) => boolean): DeviceLive[] {
    return [
      ...this.manager
        .list()
        .filter((s) => visible(s.subject_id))
        .map(toLive),
      ...this.adverts.live(visible),
    ];
  }

  async demo(): Promise<DemoLab> {
    const why = DemoLab.unavailableReason();
    if (why) throw unavailable(why);
    this.lab ??= DemoLab.start({ speed: Number(process.env.TEND_DEMO_SPEED ?? 1) }).then((lab) => {
      this.manager.setDemoBle(() => lab.ble());
      return lab;
    });
    return this.lab;
  }

  async addDemo(ctx: CallContext, subjectId: string, kind: DemoKind | 'room_broadcaster'): Promise<Device> {
    this.core.access.require(ctx, subjectId, 'write');
    const lab = await this.demo();
    if (kind === 'room_broadcaster') {
      const b = lab.addBroadcaster();
      const device = this.core.devices.create(ctx, { subject_id: subjectId, name: `${b.name} (demo)`, kind: b.kind, transport: 'advert', address: b.address, settings: { demo: true } });
      this.sync();
      return device;
    }
    const d = await lab.add(kind);
    const device = this.core.devices.create(ctx, { subject_id: subjectId, name: `${d.name} (demo)`, kind: d.kind, transport: d.transport === 'serial' ? 'serial' : 'demo', address: d.address, settings: { demo: true } });
    this.sync();
    return device;
  }

  /**
   * Demo devices live in the lab's memory: after a restart, recreate one simulated
   * peripheral per paired demo device (oldest first) and point the row at its new
   * address, so a demo set up yesterday still streams today. Nothing to do without any.
   */
  async restoreDemos(): Promise<number> {
    const rows = this.core.deps.db.$client
      .prepare<[], Pick<SqlRow<typeof devices>, 'id' | 'kind' | 'address'>>(`SELECT id, kind, address FROM devices WHERE json_extract(settings, '$.demo') = 1 ORDER BY created_at, id`)
      .all();
    if (!rows.length || DemoLab.unavailableReason()) return 0;
    const lab = await this.demo();
    const update = this.core.deps.db.$client.prepare(`UPDATE devices SET address = ? WHERE id = ?`);
    let restored = 0;
    for (const r of rows) {
      try {
        const d = r.kind === 'room_broadcaster' ? lab.addBroadcaster() : await lab.add(r.kind as DemoKind);
        if (d.address !== r.address) update.run(d.address, r.id);
        restored++;
      } catch (e) {
        log.warn('demo device not restored', { device: r.id, kind: r.kind, error: (e as Error).message });
      }
    }
    this.sync();
    return restored;
  }

  async stop(): Promise<void> {
    // A round still starting sessions would otherwise outlive the stop.
    await this.syncing;
    await this.adverts.stop();
    await this.manager.stop();
    this.motion.endAll();
    if (this.lab) await (await this.lab).stop();
  }
}

function toLive(s: DeviceStatus): DeviceLive {
  return {
    device_id: s.deviceId,
    subject_id: s.subject_id,
    name: s.name,
    kind: s.kind,
    transport: s.transport,
    address: s.address,
    state: s.state,
    battery: s.battery,
    last_reading_at: s.lastReadingAt,
    frames_bad: s.framesBad,
    signal_lost: s.signalLost,
    signal_lost_since: s.signalLostSince,
    rssi: s.rssi,
    stored: s.stored,
    backfilled: s.backfilled,
    last_error: s.lastError ? { step: s.lastError.step, message: s.lastError.message } : null,
  };
}

function parseJsonObject(s: string | null): Record<string, unknown> {
  if (!s) return {};
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
