import { v7 as uuidv7 } from 'uuid';
import { notFound } from '../../api/errors';
import type { Device } from '../../api/schemas';
import { isoOrNull } from '../clock';
import type { Access } from '../access';
import type { CallContext, CoreDeps } from '../context';
import { audit } from './subjects';
import { publicSettings } from '../devices/bind-key';
import type { SqlRow } from '../../db/rows';
import type { devices } from '../../db/schema';

type DeviceRow = SqlRow<typeof devices>;
const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  subject_id: r.subject_id,
  name: r.name,
  kind: r.kind,
  transport: r.transport,
  address: r.address,
  settings: publicSettings(JSON.parse(r.settings) as Record<string, unknown>),
  battery: r.battery,
  last_seen_at: isoOrNull(r.last_seen_at),
});

export class DeviceService {
  constructor(private readonly deps: CoreDeps, private readonly access: Access) {}

  private row(id: string): DeviceRow | undefined {
    return this.deps.db.$client.prepare<[string], DeviceRow>(`SELECT * FROM devices WHERE id = ?`).get(id);
  }
  /** Loads a device the caller may see; unknown and foreign devices are both 404 after the subject check. */
  private load(ctx: CallContext, id: string, need: 'read' | 'write'): DeviceRow {
    this.access.requireUser(ctx);
    const r = this.row(id);
    if (!r) throw notFound(`no device ${id}`);
    this.access.require(ctx, r.subject_id, need);
    return r;
  }

  list(ctx: CallContext, subjectId?: string): Device[] {
    const user = this.access.requireUser(ctx);
    if (subjectId) this.access.require(ctx, subjectId, 'read');
    const rows = this.deps.db.$client
      .prepare<[string, string | null, string | null], DeviceRow>(
        `SELECT d.* FROM devices d JOIN grants g ON g.subject_id = d.subject_id AND g.user_id = ?
         WHERE (? IS NULL OR d.subject_id = ?) ORDER BY d.name, d.id`,
      )
      .all(user.id, subjectId ?? null, subjectId ?? null);
    return rows.map(toDevice);
  }

  get(ctx: CallContext, id: string): Device {
    return toDevice(this.load(ctx, id, 'read'));
  }

  create(ctx: CallContext, input: { subject_id: string; name: string; kind: string; transport: Device['transport']; address: string; settings?: Record<string, unknown> | undefined }): Device {
    this.access.require(ctx, input.subject_id, 'write');
    const id = uuidv7();
    this.deps.db.$client
      .prepare(`INSERT INTO devices (id, subject_id, name, kind, transport, address, settings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(id, input.subject_id, input.name, input.kind, input.transport, input.address, JSON.stringify(input.settings ?? {}), this.deps.clock.now());
    audit(this.deps, ctx.user!.id, 'device.create', input.subject_id, { id, name: input.name, kind: input.kind });
    return this.get(ctx, id);
  }

  update(ctx: CallContext, id: string, patch: { name?: string | undefined; kind?: string | undefined; address?: string | undefined; subject_id?: string | undefined; settings?: Record<string, unknown> | undefined }): Device {
    const cur = this.load(ctx, id, 'write');
    // Moving a device to another subject needs write access to both.
    if (patch.subject_id && patch.subject_id !== cur.subject_id) this.access.require(ctx, patch.subject_id, 'write');
    const settings = patch.settings === undefined ? cur.settings : JSON.stringify({ ...JSON.parse(cur.settings), ...patch.settings });
    this.deps.db.$client
      .prepare(`UPDATE devices SET name = ?, kind = ?, address = ?, subject_id = ?, settings = ? WHERE id = ?`)
      .run(patch.name ?? cur.name, patch.kind ?? cur.kind, patch.address ?? cur.address, patch.subject_id ?? cur.subject_id, settings, id);
    audit(this.deps, ctx.user!.id, 'device.update', cur.subject_id, { id, ...patch });
    return this.get(ctx, id);
  }

  delete(ctx: CallContext, id: string): void {
    const cur = this.load(ctx, id, 'write');
    this.deps.db.$client.prepare(`DELETE FROM devices WHERE id = ?`).run(id);
    audit(this.deps, ctx.user!.id, 'device.delete', cur.subject_id, { id });
  }

  /** Called by device sessions: battery and last contact, for the Devices screen and signal-loss alerts. */
  touch(id: string, at: number, battery?: number): void {
    this.deps.db.$client
      .prepare(`UPDATE devices SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?), battery = COALESCE(?, battery) WHERE id = ?`)
      .run(at, battery ?? null, id);
  }
}
