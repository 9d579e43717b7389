import type { NsDeviceSummary, NsQuery, NsUploadResult } from '../../api/nightscout';
import type { ObservationInput } from '../../api/observations';
import type { Alert, Event, EventType, Threshold } from '../../api/schemas';
import { badRequest, forbidden } from '../../api/errors';
import type { Core } from '../core-types';
import { iso } from '../clock';
import type { CallContext } from '../context';
import { secretKeyProvider } from '../dexcom/sqlite-stores';
import { dosingStatus } from '../diabetes/dose-service';
import { VERSION } from '../version';
import { deviceParts, directionOfRate, DIRECTIONS, isDirection, matches, parseDeviceStatus, parseEntry, parseTreatment, stableId, timeBounds, type Find } from './map';
import { UploaderSecrets } from './secrets';
import type { SqlRow } from '../../db/rows';
import type { events, nightscoutDevicestatus, nightscoutEntries, users } from '../../db/schema';

type Doc = Record<string, unknown>;

/** Readings further apart than this have no delta or computed arrow between them. */
const DELTA_GAP_MS = 15 * 60_000;
/** Rows read per step while a `find` filters documents the SQL cannot. */
const PAGE = 500;
/** A `find` that matches almost nothing stops after this many rows rather than reading years. */
const SCAN_LIMIT = 200_000;
const TREATMENT_TYPES: EventType[] = ['meal', 'insulin', 'calibration', 'note', 'activity'];

/**
 * The Nightscout-compatible API's core (api/nightscout.ts): uploads go through the
 * same ingest as every other source (one validation, one transaction, the alert engine
 * and the stream); reads answer in Nightscout's field names.
 */
export class NightscoutService {
  readonly secrets: UploaderSecrets;
  private insertEntry: ReturnType<Core['deps']['db']['$client']['prepare']> | undefined;
  constructor(private readonly core: Core) {
    this.secrets = new UploaderSecrets(core.deps, secretKeyProvider(core));
  }

  private get db() {
    return this.core.deps.db.$client;
  }

  /**
   * The call context of a phone uploader: its person's owner, allowed to read and write
   * that person only (`onlySubject`, checked by `Access.require`). Null when the
   * credential matches no one.
   */
  async contextFor(credential: string, clientKey: string): Promise<CallContext | null> {
    const subjectId = await this.secrets.resolve(credential);
    if (!subjectId) return null;
    const owner = this.db
      .prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT u.id, u.email, u.name FROM subjects s JOIN users u ON u.id = s.owner_id WHERE s.id = ?`)
      .get(subjectId);
    if (!owner) return null;
    return { user: owner, clientKey, transport: 'http', onlySubject: subjectId };
  }

  /** The uploader context of a person named by an API v3 token (see `contextFor`). */
  contextForSubject(subjectId: string, clientKey: string): CallContext | null {
    const owner = this.db
      .prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT u.id, u.email, u.name FROM subjects s JOIN users u ON u.id = s.owner_id WHERE s.id = ?`)
      .get(subjectId);
    return owner ? { user: owner, clientKey, transport: 'http', onlySubject: subjectId } : null;
  }

  /** A stored treatment event as Nightscout's document (API v3 reads it too). */
  treatmentDocOf(e: Event & { __t: number }): Doc {
    return treatmentDoc(e);
  }

  // ---- uploads ----

  uploadEntries(ctx: CallContext, subjectId: string, docs: readonly unknown[]): NsUploadResult {
    this.core.access.require(ctx, subjectId, 'write');
    const now = this.core.deps.clock.now();
    const parsed = docs.map((d, i) => parseEntry(d, i, now));
    const obs: ObservationInput[] = [];
    const side: Array<{ id: string; direction: string | null; trend: number | null; noise: number | null; device: string | null }> = [];
    const meter: Array<{ id: string; t: number; data: Record<string, unknown> }> = [];
    const out: Doc[] = [];
    let ignored = 0;
    const seen = new Set<string>();
    for (const p of parsed) {
      if (p.kind === 'ignored') {
        ignored++;
        out.push(p.doc);
        continue;
      }
      const id = stableId(p.kind === 'sgv' ? 'ns-sgv' : 'ns-mbg', subjectId, p.t);
      out.push({ ...p.doc, _id: id });
      // The same reading twice in one batch is one reading (counted as a duplicate below).
      if (seen.has(id)) continue;
      seen.add(id);
      if (p.kind === 'sgv') {
        obs.push({ id, metric: 'glucose', t: iso(p.t), value: p.mg_dl, unit: 'mg/dL' });
        side.push({ id, direction: p.direction, trend: p.trend, noise: p.noise, device: p.device });
      } else {
        meter.push({ id, t: p.t, data: { value: p.mg_dl, unit: 'mg/dL', kind: 'meter', source: 'nightscout', ...(p.device ? { device: p.device } : {}) } });
      }
    }
    for (const m of meter) this.core.events.clean('calibration', m.data);
    const counted = this.inTransaction(ctx, subjectId, () => {
      const r = obs.length ? this.core.ingest(ctx, subjectId, obs) : { accepted: 0, duplicates: 0, alerts: [] as Alert[] };
      const ins = (this.insertEntry ??= this.db.prepare(`INSERT OR IGNORE INTO nightscout_entries (observation_id, subject_id, direction, trend, noise, device) VALUES (?, ?, ?, ?, ?, ?)`));
      for (const s of side) ins.run(s.id, subjectId, s.direction, s.trend, s.noise, s.device);
      let accepted = r.accepted;
      let duplicates = r.duplicates;
      const events: Event[] = [];
      for (const m of meter) {
        const w = this.core.events.write(subjectId, { id: m.id, type: 'calibration', t: iso(m.t), data: m.data }, ctx.user!.id);
        if (w.created) {
          accepted++;
          events.push(w.event);
        } else duplicates++;
      }
      return { accepted, duplicates, events };
    });
    return { docs: out, accepted: counted.accepted, duplicates: counted.duplicates + (parsed.length - ignored - seen.size), ignored };
  }

  uploadTreatments(ctx: CallContext, subjectId: string, docs: readonly unknown[]): NsUploadResult {
    this.core.access.require(ctx, subjectId, 'write');
    const now = this.core.deps.clock.now();
    const parsed = docs.map((d, i) => parseTreatment(d, i, now));
    const planned = parsed.map((p) => ({
      p,
      events: p.events.map((e) => ({ id: stableId('ns-tr', subjectId, p.identity, e.part), type: e.type, t: iso(p.t), data: e.data })),
    }));
    // Every event checked before anything is written: one bad treatment stores nothing.
    planned.forEach(({ events }, i) =>
      events.forEach((e) => {
        try {
          this.core.events.clean(e.type, e.data);
        } catch (err) {
          const f = (err as { field?: string }).field;
          throw Object.assign(err as Error, { field: `docs[${i}]${f ? '.' + f : ''}` });
        }
      }),
    );
    const out: Doc[] = [];
    const counted = this.inTransaction(ctx, subjectId, () => {
      let accepted = 0;
      let duplicates = 0;
      let ignored = 0;
      const events: Event[] = [];
      for (const { p, events: evs } of planned) {
        out.push({ ...p.doc, _id: p.nsId ?? stableId('ns-tr', subjectId, p.identity) });
        if (p.invalidated) {
          // AndroidAPS marks a deleted treatment `isValid: false` and sends it again.
          for (const e of evs) this.removeEvent(subjectId, e.id);
          ignored++;
          continue;
        }
        if (evs.length === 0) {
          ignored++;
          continue;
        }
        let created = false;
        for (const e of evs) {
          const w = this.core.events.write(subjectId, e, ctx.user!.id);
          if (w.created) {
            created = true;
            events.push(w.event);
          }
        }
        if (created) accepted++;
        else duplicates++;
      }
      return { accepted, duplicates, ignored, events };
    });
    return { docs: out, accepted: counted.accepted, duplicates: counted.duplicates, ignored: counted.ignored };
  }

  /** Removes the events a treatment made, found by the uploader's id or Tend's. */
  deleteTreatment(ctx: CallContext, subjectId: string, id: string): { n: number } {
    this.core.access.require(ctx, subjectId, 'write');
    const ids = this.db
      .prepare<[string, string, string, string], SqlRow<typeof events>['id']>(`SELECT id FROM events WHERE subject_id = ? AND (json_extract(data, '$.ns_id') = ? OR id = ? OR id LIKE ?)`)
      .pluck()
      .all(subjectId, id, id, `${id}-%`);
    this.db.transaction(() => {
      for (const e of ids) this.core.events.remove(subjectId, e);
    })();
    return { n: ids.length };
  }

  uploadDeviceStatus(ctx: CallContext, subjectId: string, docs: readonly unknown[]): NsUploadResult {
    this.core.access.require(ctx, subjectId, 'write');
    const now = this.core.deps.clock.now();
    const parsed = docs.map((d, i) => parseDeviceStatus(d, i, now));
    const up = this.db.prepare(
      `INSERT INTO nightscout_devicestatus (subject_id, device, t, doc, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(subject_id, device) DO UPDATE SET t = excluded.t, doc = excluded.doc, updated_at = excluded.updated_at
       WHERE excluded.t > nightscout_devicestatus.t OR (excluded.t = nightscout_devicestatus.t AND excluded.doc <> nightscout_devicestatus.doc)`,
    );
    let accepted = 0;
    this.core.storage.write(() =>
      this.db.transaction(() => {
        for (const p of parsed) accepted += up.run(subjectId, p.device, p.t, JSON.stringify(p.doc), now).changes;
      })(),
    );
    return { docs: parsed.map((p) => ({ ...p.doc, _id: stableId('ns-ds', subjectId, p.device, p.t), created_at: iso(p.t) })), accepted, duplicates: parsed.length - accepted, ignored: 0 };
  }

  /** Profiles are answered, not stored: a pump's settings must not become Tend's dosing settings unseen. */
  ignoreProfiles(ctx: CallContext, subjectId: string, docs: readonly unknown[]): NsUploadResult {
    this.core.access.require(ctx, subjectId, 'write');
    const out = docs.map((d, i) => {
      if (d === null || typeof d !== 'object' || Array.isArray(d)) throw badRequest(`document ${i}: must be a JSON object`, `docs[${i}]`);
      return d as Doc;
    });
    return { docs: out, accepted: 0, duplicates: 0, ignored: out.length };
  }

  /** Writes in one transaction and tells the stream what alerts the new events raised. */
  private inTransaction<T extends { events: Event[] }>(_ctx: CallContext, subjectId: string, fn: () => T): T {
    const result = this.core.storage.write(() =>
      this.db.transaction(() => {
        const r = fn();
        const changes = r.events.map((e) => this.core.alerts.onEvent(subjectId, e));
        return { r, changes };
      })(),
    );
    for (const c of result.changes) {
      for (const alert of c.raised) this.core.bus.publish({ type: 'alert.raised', subject_id: alert.subject_id, alert });
      for (const alert of c.resolved) this.core.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
    }
    return result.r;
  }

  private removeEvent(subjectId: string, id: string): void {
    if (this.db.prepare(`SELECT 1 FROM events WHERE id = ? AND subject_id = ?`).get(id, subjectId)) this.core.events.remove(subjectId, id);
  }

  // ---- reads ----

  listEntries(ctx: CallContext, q: NsQuery & { kind?: 'sgv' | 'mbg' | 'cal' | undefined }): Doc[] {
    this.core.access.require(ctx, q.subject_id, 'read');
    const find = q.find as Find;
    const kind = q.kind ?? (typeof find.type?.$eq === 'string' ? find.type.$eq : undefined);
    if (kind === 'cal') return [];
    const bounds = timeBounds(find, ['date', 'dateString', 'sysTime', 'mills']);
    const sgv = kind === undefined || kind === 'sgv' ? this.scan((after) => this.sgvPage(q.subject_id, bounds, after), find, q.count) : [];
    const mbg = kind === undefined || kind === 'mbg' ? this.scan((after) => this.eventPage(q.subject_id, ['calibration'], bounds, after).map((e) => mbgDoc(e)), find, q.count) : [];
    return [...sgv, ...mbg].sort((a, b) => (b.date as number) - (a.date as number)).slice(0, q.count);
  }

  listTreatments(ctx: CallContext, q: NsQuery): Doc[] {
    this.core.access.require(ctx, q.subject_id, 'read');
    const find = q.find as Find;
    const bounds = timeBounds(find, ['created_at', 'date', 'mills', 'timestamp']);
    return this.scan((after) => this.eventPage(q.subject_id, TREATMENT_TYPES, bounds, after).map(treatmentDoc), find, q.count);
  }

  listDeviceStatus(ctx: CallContext, q: NsQuery): Doc[] {
    this.core.access.require(ctx, q.subject_id, 'read');
    const rows = this.db.prepare<[string], Pick<SqlRow<typeof nightscoutDevicestatus>, 'device' | 't' | 'doc'>>(`SELECT device, t, doc FROM nightscout_devicestatus WHERE subject_id = ? ORDER BY t DESC`).all(q.subject_id);
    return rows
      .map((r) => ({ ...(JSON.parse(r.doc) as Doc), _id: stableId('ns-ds', q.subject_id, r.device, r.t), device: r.device, created_at: iso(r.t), mills: r.t }))
      .filter((d) => matches(d, q.find as Find))
      .slice(0, q.count);
  }

  deviceSummary(ctx: CallContext, subjectId: string): NsDeviceSummary {
    this.core.access.require(ctx, subjectId, 'read');
    const rows = this.db.prepare<[string], Pick<SqlRow<typeof nightscoutDevicestatus>, 'device' | 't' | 'doc'>>(`SELECT device, t, doc FROM nightscout_devicestatus WHERE subject_id = ? ORDER BY t DESC`).all(subjectId);
    const out: NsDeviceSummary = { uploader: null, pump: null, loop: null };
    // Each part from the newest document that has it: xDrip+ sends the phone's battery, AndroidAPS the pump and loop.
    for (const r of rows) {
      const parts = deviceParts(JSON.parse(r.doc) as Doc);
      const at = iso(r.t);
      if (!out.uploader && parts.uploader) out.uploader = { device: r.device, at, ...parts.uploader };
      if (!out.pump && parts.pump) out.pump = { device: r.device, at, ...parts.pump };
      if (!out.loop && parts.loop) out.loop = { device: r.device, at, ...parts.loop };
    }
    return out;
  }

  status(ctx: CallContext, subjectId: string): Doc {
    this.core.access.require(ctx, subjectId, 'read');
    const now = this.core.deps.clock.now();
    const subject = this.core.subjects.get(ctx, subjectId);
    return {
      status: 'ok',
      name: 'Tend',
      version: VERSION,
      serverTime: iso(now),
      serverTimeEpoch: now,
      apiEnabled: true,
      careportalEnabled: true,
      boluscalcEnabled: false,
      head: 'tend',
      settings: {
        units: 'mg/dl',
        timeFormat: 24,
        customTitle: subject.name,
        theme: 'default',
        language: 'en',
        enable: ['careportal', 'iob', 'cob', 'pump', 'devicestatus'],
        thresholds: nightscoutThresholds(this.core.alerts.thresholdsOf(subjectId)),
        authDefaultRoles: 'denied',
      },
      extendedSettings: { devicestatus: { advanced: true } },
      authorized: null,
    };
  }

  profile(ctx: CallContext, subjectId: string): Doc[] {
    const s = dosingStatus(this.core, ctx, subjectId).settings;
    if (!s) return [];
    const sched = (v: number | Array<{ from: string; value: number }>) =>
      (typeof v === 'number' ? [{ from: '00:00', value: v }] : v).map((x) => {
        const [h, m] = x.from.split(':').map(Number) as [number, number];
        return { time: x.from, value: x.value, timeAsSeconds: h * 3600 + m * 60 };
      });
    const at = Date.parse(s.set_at);
    return [
      {
        _id: stableId('ns-profile', subjectId, s.set_at),
        defaultProfile: 'Default',
        startDate: iso(at),
        mills: at,
        units: 'mg/dl',
        created_at: iso(at),
        store: {
          Default: {
            dia: s.insulin_duration_h,
            carbratio: sched(s.carb_ratio_g_per_u),
            sens: sched(s.isf_mg_dl_per_u),
            // Tend keeps no basal schedule: a profile without one says so, it does not invent one.
            basal: [],
            target_low: sched(s.target_mg_dl),
            target_high: sched(s.target_mg_dl),
            units: 'mg/dl',
            timezone: s.time_zone ?? 'UTC',
          },
        },
      },
    ];
  }

  pebble(ctx: CallContext, subjectId: string, count: number): Doc {
    const now = this.core.deps.clock.now();
    const sgvs = this.listEntries(ctx, { subject_id: subjectId, count, find: {}, kind: 'sgv' });
    const summary = this.deviceSummary(ctx, subjectId);
    const bgs = sgvs.map((d, i) => ({
      sgv: String(d.sgv),
      trend: d.trend ?? DIRECTIONS['NOT COMPUTABLE'],
      direction: d.direction ?? 'NOT COMPUTABLE',
      datetime: d.date,
      bgdelta: typeof d.delta === 'number' ? Math.round(d.delta) : 0,
      ...(i === 0 && summary.uploader?.battery != null ? { battery: String(Math.round(summary.uploader.battery)) } : {}),
      ...(i === 0 && summary.loop?.iob != null ? { iob: summary.loop.iob.toFixed(2) } : {}),
      ...(i === 0 && summary.loop?.cob != null ? { cob: summary.loop.cob } : {}),
    }));
    return { status: [{ now }], bgs, cals: [] };
  }

  /** Pages newest-first through a source until `count` documents pass the `find`. */
  private scan(page: (after: { t: number; id: string } | null) => Doc[], find: Find, count: number): Doc[] {
    const out: Doc[] = [];
    let after: { t: number; id: string } | null = null;
    for (let scanned = 0; scanned < SCAN_LIMIT; ) {
      const docs = page(after);
      if (docs.length === 0) break;
      for (const d of docs) if (matches(d, find) && out.length < count) out.push(d);
      if (out.length >= count || docs.length < PAGE) break;
      const last = docs[docs.length - 1]!;
      after = { t: last.__t as number, id: last.__id as string };
      scanned += docs.length;
    }
    for (const d of out) {
      delete d.__t;
      delete d.__id;
    }
    return out;
  }

  /** One page of glucose readings as `sgv` entries, newest first; a reading with no arrow of its own gets one from the reading before it. */
  private sgvPage(subjectId: string, b: { from: number; to: number }, after: { t: number; id: string } | null): Doc[] {
    // observations is a view (migration 0021): its columns are written out.
    const rows = this.db
      .prepare<unknown[], { id: string; t: number; value: number; device_id: string | null } & Pick<SqlRow<typeof nightscoutEntries>, 'direction' | 'trend' | 'noise' | 'device'>>(
        `SELECT o.id, o.t, o.value, o.device_id, e.direction, e.trend, e.noise, e.device
         FROM observations o LEFT JOIN nightscout_entries e ON e.observation_id = o.id
         WHERE o.subject_id = ? AND o.metric = 'glucose' AND o.t >= ? AND o.t <= ?
           AND (? IS NULL OR o.t < ? OR (o.t = ? AND o.id < ?))
         ORDER BY o.t DESC, o.id DESC LIMIT ?`,
      )
      .all(subjectId, b.from, b.to, after?.t ?? null, after?.t ?? 0, after?.t ?? 0, after?.id ?? '', PAGE + 1);
    const docs: Doc[] = [];
    for (let i = 0; i < Math.min(rows.length, PAGE); i++) {
      const r = rows[i]!;
      const prev = rows[i + 1];
      const mg = Math.round(r.value);
      const delta = prev && r.t - prev.t <= DELTA_GAP_MS && r.t > prev.t ? r.value - prev.value : undefined;
      const direction = r.direction ?? (delta !== undefined ? directionOfRate(delta / ((r.t - prev!.t) / 60_000)) : 'NONE');
      const trend = r.trend ?? (isDirection(direction) ? DIRECTIONS[direction] : null);
      docs.push({
        _id: r.id,
        type: 'sgv',
        sgv: mg,
        date: r.t,
        dateString: iso(r.t),
        sysTime: iso(r.t),
        utcOffset: 0,
        direction,
        ...(trend !== null ? { trend } : {}),
        ...(delta !== undefined ? { delta: Math.round(delta * 1000) / 1000 } : {}),
        ...(r.noise !== null ? { noise: r.noise } : {}),
        device: r.device ?? (r.device_id ? `tend:${r.device_id}` : 'tend'),
        __t: r.t,
        __id: r.id,
      });
    }
    return docs;
  }

  private eventPage(subjectId: string, types: readonly EventType[], b: { from: number; to: number }, after: { t: number; id: string } | null): Array<Event & { __t: number }> {
    const rows = this.db
      .prepare<unknown[], Pick<SqlRow<typeof events>, 'id' | 'subject_id' | 'type' | 't' | 'data'>>(
        `SELECT id, subject_id, type, t, data FROM events
         WHERE subject_id = ? AND type IN (${types.map(() => '?').join(', ')}) AND t >= ? AND t <= ?
           AND (? IS NULL OR t < ? OR (t = ? AND id < ?))
         ORDER BY t DESC, id DESC LIMIT ?`,
      )
      .all(subjectId, ...types, b.from, b.to, after?.t ?? null, after?.t ?? 0, after?.t ?? 0, after?.id ?? '', PAGE);
    return rows.map((r) => ({ id: r.id, subject_id: r.subject_id, type: r.type, t: iso(r.t), data: JSON.parse(r.data) as Record<string, unknown>, __t: r.t }));
  }
}

function mbgDoc(e: Event & { __t: number }): Doc {
  const unit = String(e.data.unit ?? 'mg/dL');
  const v = Number(e.data.value);
  const mg = /mmol/i.test(unit) ? v * 18.0182 : v;
  return { _id: e.id, type: 'mbg', mbg: Math.round(mg), date: e.__t, dateString: e.t, sysTime: e.t, utcOffset: 0, device: typeof e.data.device === 'string' ? e.data.device : 'tend', __t: e.__t, __id: e.id };
}

function treatmentDoc(e: Event & { __t: number }): Doc {
  const d = e.data;
  const base: Doc = {
    _id: typeof d.ns_id === 'string' ? d.ns_id : e.id,
    created_at: e.t,
    mills: e.__t,
    date: e.__t,
    enteredBy: typeof d.entered_by === 'string' ? d.entered_by : 'Tend',
    __t: e.__t,
    __id: e.id,
  };
  const given = typeof d.event_type === 'string' ? d.event_type : null;
  switch (e.type) {
    case 'meal':
      return { ...base, eventType: given ?? 'Carb Correction', carbs: d.carbs_g ?? 0, ...(typeof d.description === 'string' ? { notes: d.description } : {}) };
    case 'insulin':
      return { ...base, eventType: given ?? (d.kind === 'basal' ? 'Temp Basal' : 'Correction Bolus'), insulin: d.units, ...(typeof d.insulin === 'string' ? { insulinType: d.insulin } : {}) };
    case 'calibration':
      return { ...base, eventType: given ?? 'BG Check', glucose: d.value, glucoseType: 'Finger', units: /mmol/i.test(String(d.unit)) ? 'mmol' : 'mg/dl' };
    case 'note':
      return { ...base, eventType: given ?? 'Note', notes: d.text };
    case 'activity':
      return { ...base, eventType: given ?? 'Exercise', ...(typeof d.duration_min === 'number' ? { duration: d.duration_min } : {}), ...(typeof d.kind === 'string' ? { notes: d.kind } : {}) };
    default:
      return { ...base, eventType: given ?? 'Note' };
  }
}

/**
 * Nightscout's four glucose lines from the person's thresholds: the lowest minimum is
 * `bgLow`, the highest minimum `bgTargetBottom`, the lowest maximum `bgTargetTop`, the
 * highest maximum `bgHigh` (Nightscout's defaults 55/80/180/260 where one is missing).
 */
export function nightscoutThresholds(thresholds: readonly Threshold[]): { bgHigh: number; bgTargetTop: number; bgTargetBottom: number; bgLow: number } {
  const g = thresholds.filter((t) => t.metric === 'glucose');
  const mins = g.map((t) => t.min).filter((v): v is number => typeof v === 'number');
  const maxs = g.map((t) => t.max).filter((v): v is number => typeof v === 'number');
  return {
    bgHigh: maxs.length ? Math.max(...maxs) : 260,
    bgTargetTop: maxs.length ? Math.min(...maxs) : 180,
    bgTargetBottom: mins.length ? Math.max(...mins) : 80,
    bgLow: mins.length ? Math.min(...mins) : 55,
  };
}

const services = new WeakMap<Core, NightscoutService>();
/** The core's one Nightscout service. */
export function nightscoutService(core: Core): NightscoutService {
  let s = services.get(core);
  if (!s) services.set(core, (s = new NightscoutService(core)));
  return s;
}

/** Refuses a procedure that manages a person's uploader from an uploader's own secret. */
export function requireOwner(core: Core, ctx: CallContext, subjectId: string): void {
  if (ctx.onlySubject !== undefined) throw forbidden('an uploader secret may not manage uploader secrets');
  core.access.require(ctx, subjectId, 'own');
}
