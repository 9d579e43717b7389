/**
 * Nightscout's API v3 (cgm-remote-monitor `lib/api3`, API 3.0.x), the part AndroidAPS's
 * NSClientV3 speaks (`core/nssdk/.../NightscoutRemoteService.kt`): documents named by an
 * `identifier`, each with `srvModified`/`srvCreated`, read back incrementally by
 * `/{collection}/history/{since}`. Writes go through the same procedures as API v1
 * (service.ts); this module adds what v3 has and v1 has not.
 *
 * `srvModified` here is when Tend stored the document (a reading's or event's
 * `created_at`, a devicestatus's `updated_at`), so a reading back-filled with an old
 * `date` still shows up in the history after the last sync. Tend deletes outright: a
 * deleted treatment is not answered as `isValid: false` later (README says so).
 */
import { v5 as uuidv5 } from 'uuid';
import type { NsV3Collection, NsV3LastModified, NsV3Read } from '../../api/nightscout';
import { iso } from '../clock';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { nightscoutService } from './service';
import type { SqlRow } from '../../db/rows';
import type { events, nightscoutDevicestatus, nightscoutEntries } from '../../db/schema';

type Doc = Record<string, unknown>;

/** lib/api3/const.json: the messages clients match on (AndroidAPS retries on the utcOffset one). */
export const V3_MSG = {
  BAD_BODY: 'Bad or missing request body',
  BAD_DATE: 'Bad or missing date field',
  BAD_UTC: 'Bad or missing utcOffset field',
  BAD_APP: 'Bad or missing app field',
  BAD_LAST_MODIFIED: 'Bad or missing Last-Modified header/parameter',
  BAD_LIMIT: 'Parameter limit out of tolerance',
  BAD_TOKEN: 'Bad access token or JWT',
  MISSING_TOKEN: 'Missing or bad access token or JWT',
  DATE_OUT_OF_TOLERANCE: 'Date header out of tolerance',
  BAD_OPERATION: 'Bad operation or collection',
} as const;
export const V3_API_VERSION = '3.0.5';
export const V3_MAX_LIMIT = 1000;
const MIN_TIMESTAMP = 946684800000;

// Nightscout's own namespace for identifiers: the 16 ASCII bytes of "NightscoutRocks!".
const NAMESPACE = new Uint8Array(Buffer.from('NightscoutRocks!', 'ascii'));

/** `operationTools.calculateIdentifier`: UUID v5 of `device_date[_eventType]`. */
export function calculateIdentifier(doc: { device?: unknown; date?: unknown; eventType?: unknown }): string {
  let key = `${String(doc.device)}_${String(doc.date)}`;
  if (doc.eventType) key += `_${String(doc.eventType)}`;
  return uuidv5(key, NAMESPACE);
}

/**
 * `collection.parseDate`: `date` from `date` or else `created_at` (epoch ms or an ISO
 * time), `utcOffset` (minutes) from the time's own offset when missing, and `created_at`
 * made the ISO form of `date`. Top-level nulls are dropped (the phone's "not set").
 */
export function normaliseV3(raw: Record<string, unknown>): Record<string, unknown> {
  const doc = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
  for (const v of [doc.date, doc.created_at]) {
    const t = typeof v === 'number' ? v : typeof v === 'string' ? (/^\d+$/.test(v) ? Number(v) : Date.parse(v)) : NaN;
    if (!Number.isFinite(t)) continue;
    doc.date = t;
    if (doc.utcOffset === undefined) {
      const m = typeof v === 'string' ? /([+-])(\d\d):?(\d\d)$/.exec(v) : null;
      doc.utcOffset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    }
    doc.created_at = new Date(t).toISOString();
    break;
  }
  return doc;
}

/** `operationTools.validateCommon` for a created document: the message, or null when it passes. */
export function commonFieldsProblem(doc: Record<string, unknown>): string | null {
  if (typeof doc.date !== 'number' || doc.date <= MIN_TIMESTAMP) return V3_MSG.BAD_DATE;
  if (typeof doc.utcOffset !== 'number' || doc.utcOffset < -1440 || doc.utcOffset > 1440) return V3_MSG.BAD_UTC;
  if (typeof doc.app !== 'string' || doc.app.trim() === '') return V3_MSG.BAD_APP;
  return null;
}

type Row = { doc: Doc; srv: number };

/** History (`srvModified` after `since`, oldest change first) or search (by document time, either way). */
export function readV3(core: Core, ctx: CallContext, q: NsV3Read): Doc[] {
  core.access.require(ctx, q.subject_id, 'read');
  const db = core.deps.db.$client;
  const key = q.mode === 'history' ? 'srv' : 'time';
  const order = q.mode === 'history' || q.sort === 'asc' ? 'ASC' : 'DESC';
  const since = q.since ?? null;
  // History goes strictly after `since` (its `{lastModified}` form); search's `$gt` too.
  let rows: Row[] = [];
  switch (q.collection) {
    case 'entries': {
      const col = key === 'srv' ? 'o.created_at' : 'o.t';
      // observations is a view (migration 0021): its columns are written out.
      const sgv = db
        .prepare<unknown[], { id: string; t: number; value: number; created_at: number } & Pick<SqlRow<typeof nightscoutEntries>, 'direction' | 'trend' | 'noise' | 'device'>>(
          `SELECT o.id, o.t, o.value, o.created_at, e.direction, e.trend, e.noise, e.device FROM observations o
           LEFT JOIN nightscout_entries e ON e.observation_id = o.id
           WHERE o.subject_id = ? AND o.metric = 'glucose' AND (? IS NULL OR ${col} > ?) ORDER BY ${col} ${order}, o.t ${order} LIMIT ?`,
        )
        .all(q.subject_id, since, since, q.limit);
      rows = sgv.map((r) => {
        const device = r.device ?? 'tend';
        return {
          srv: key === 'srv' ? r.created_at : r.t,
          doc: {
            identifier: calculateIdentifier({ device, date: r.t }),
            type: 'sgv',
            sgv: Math.round(r.value),
            date: r.t,
            dateString: iso(r.t),
            utcOffset: 0,
            direction: r.direction ?? 'NONE',
            ...(r.trend !== null ? { trend: r.trend } : {}),
            ...(r.noise !== null ? { noise: r.noise } : {}),
            device,
            isValid: true,
            srvCreated: r.created_at,
            srvModified: r.created_at,
          },
        };
      });
      break;
    }
    case 'treatments': {
      const col = key === 'srv' ? 'created_at' : 't';
      const evs = db
        .prepare<unknown[], Pick<SqlRow<typeof events>, 'id' | 't' | 'type' | 'data' | 'created_at'>>(
          `SELECT id, t, type, data, created_at FROM events WHERE subject_id = ? AND type IN ('meal', 'insulin', 'calibration', 'note', 'activity')
             AND (? IS NULL OR ${col} > ?) ORDER BY ${col} ${order}, id ${order} LIMIT ?`,
        )
        .all(q.subject_id, since, since, q.limit);
      rows = evs.map((e) => {
        const data = JSON.parse(e.data) as Record<string, unknown>;
        const doc = nightscoutService(core).treatmentDocOf({ id: e.id, subject_id: q.subject_id, type: e.type as never, t: iso(e.t), data, __t: e.t });
        const { _id, mills: _mills, __t: _t, __id: _i, ...rest } = doc;
        return {
          srv: key === 'srv' ? e.created_at : e.t,
          doc: { ...rest, identifier: typeof data.ns_id === 'string' ? data.ns_id : String(_id), utcOffset: 0, isValid: true, srvCreated: e.created_at, srvModified: e.created_at },
        };
      });
      break;
    }
    case 'devicestatus': {
      const col = key === 'srv' ? 'updated_at' : 't';
      const ds = db
        .prepare<unknown[], Pick<SqlRow<typeof nightscoutDevicestatus>, 'device' | 't' | 'doc' | 'updated_at'>>(`SELECT device, t, doc, updated_at FROM nightscout_devicestatus WHERE subject_id = ? AND (? IS NULL OR ${col} > ?) ORDER BY ${col} ${order} LIMIT ?`)
        .all(q.subject_id, since, since, q.limit);
      rows = ds.map((r) => ({
        srv: key === 'srv' ? r.updated_at : r.t,
        doc: { ...(JSON.parse(r.doc) as Doc), identifier: calculateIdentifier({ device: r.device, date: r.t }), device: r.device, date: r.t, created_at: iso(r.t), utcOffset: 0, isValid: true, srvCreated: r.updated_at, srvModified: r.updated_at },
      }));
      break;
    }
    case 'profile': {
      rows = nightscoutService(core)
        .profile(ctx, q.subject_id)
        .map((p) => {
          const { _id, ...rest } = p;
          const at = p.mills as number;
          return { srv: at, doc: { ...rest, identifier: String(_id), date: at, utcOffset: 0, isValid: true, srvCreated: at, srvModified: at } };
        })
        .filter((r) => since === null || r.srv > since);
      break;
    }
  }
  return rows.map((r) => r.doc);
}

/** `/api/v3/lastModified`: the newest `srvModified` per collection (0 when it holds nothing). */
export function lastModifiedV3(core: Core, ctx: CallContext, subjectId: string): NsV3LastModified {
  core.access.require(ctx, subjectId, 'read');
  const db = core.deps.db.$client;
  const one = (sql: string) => db.prepare<[string], number | null>(sql).pluck().get(subjectId) ?? 0;
  const profile = nightscoutService(core).profile(ctx, subjectId)[0];
  return {
    srvDate: core.deps.clock.now(),
    collections: {
      devicestatus: one(`SELECT MAX(updated_at) FROM nightscout_devicestatus WHERE subject_id = ?`),
      entries: one(`SELECT MAX(created_at) FROM observations WHERE subject_id = ? AND metric = 'glucose'`),
      profile: typeof profile?.mills === 'number' ? profile.mills : 0,
      treatments: one(`SELECT MAX(created_at) FROM events WHERE subject_id = ? AND type IN ('meal', 'insulin', 'calibration', 'note', 'activity')`),
    },
  };
}

/** One stored document by its v3 identifier (for PATCH), or null. */
export function findV3(core: Core, ctx: CallContext, subjectId: string, collection: NsV3Collection, identifier: string): Doc | null {
  if (collection !== 'treatments') return null;
  core.access.require(ctx, subjectId, 'read');
  const ev = core.deps.db.$client
    .prepare<[string, string], Pick<SqlRow<typeof events>, 'id' | 't' | 'type' | 'data'>>(`SELECT id, t, type, data FROM events WHERE subject_id = ? AND json_extract(data, '$.ns_id') = ? ORDER BY id LIMIT 1`)
    .get(subjectId, identifier);
  if (!ev) return null;
  const data = JSON.parse(ev.data) as Record<string, unknown>;
  const doc = nightscoutService(core).treatmentDocOf({ id: ev.id, subject_id: subjectId, type: ev.type as never, t: iso(ev.t), data, __t: ev.t });
  const { _id: _x, __t: _t, __id: _i, mills: _m, ...rest } = doc;
  return { ...rest, identifier };
}
