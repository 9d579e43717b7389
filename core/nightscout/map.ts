/**
 * Nightscout documents ↔ Tend records, as pure functions (README "Connect your
 * sensors"; the field names and formats are Nightscout's, cgm-remote-monitor
 * lib/api/entries, lib/api/treatments, lib/server/query.js).
 *
 * Entries: `type` "sgv" (or a document with `sgv`) → a glucose reading in mg/dL
 * (Nightscout always stores mg/dL); "mbg" (or `mbg`) → a meter reading (a `calibration`
 * event, so finger-sticks never mix into the CGM metrics); "cal" (sensor calibration
 * slopes) and other types are understood and ignored. A `sgv` below 39 is a Dexcom
 * status code (1 sensor not active, 5 not calibrated, 9 absolute deviation, 10 power
 * deviation, 12 bad RF…), not glucose: ignored. Time: `date` (epoch ms) first, else
 * `dateString`, else `sysTime` (ISO 8601; xDrip+ writes `+0100` offsets).
 *
 * Treatments: `carbs` > 0 → a meal; `insulin` > 0 → an insulin dose (a "Meal Bolus"
 * with both gives both; "Temp Basal" or a "Long-Acting" note marks basal insulin, as
 * Juggluco sends long-acting pens); "BG Check" with `glucose` → a meter reading;
 * "Note"/"Announcement" with `notes` → a note; "Exercise" → activity. Temp basal rates,
 * profile switches, site changes and the like are understood and ignored. Time:
 * `created_at` (ISO; without an offset it is UTC, as Nightscout stores it), else
 * `date`/`mills`/`timestamp`. `isValid: false` (AndroidAPS's invalidation) removes what
 * that treatment made.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { badRequest } from '../../api/errors';
import { toCanonical } from '../../api/metrics';

type Doc = Record<string, unknown>;

/** Nightscout's direction names and the `trend` number each has (Dexcom's order). */
export const DIRECTIONS = {
  NONE: 0,
  DoubleUp: 1,
  SingleUp: 2,
  FortyFiveUp: 3,
  Flat: 4,
  FortyFiveDown: 5,
  SingleDown: 6,
  DoubleDown: 7,
  'NOT COMPUTABLE': 8,
  'RATE OUT OF RANGE': 9,
} as const;
export type Direction = keyof typeof DIRECTIONS;
const DIRECTION_BY_TREND = Object.fromEntries(Object.entries(DIRECTIONS).map(([k, v]) => [v, k])) as Record<number, Direction>;

export const isDirection = (s: unknown): s is Direction => typeof s === 'string' && Object.prototype.hasOwnProperty.call(DIRECTIONS, s);

/**
 * The arrow for a rate of change in mg/dL per minute, with Dexcom's bands (±1, ±2, ±3
 * mg/dL/min), for readings that came without one (a BLE sensor, an import).
 */
export function directionOfRate(mgDlPerMin: number): Direction {
  if (!Number.isFinite(mgDlPerMin)) return 'NOT COMPUTABLE';
  if (mgDlPerMin <= -3) return 'DoubleDown';
  if (mgDlPerMin <= -2) return 'SingleDown';
  if (mgDlPerMin <= -1) return 'FortyFiveDown';
  if (mgDlPerMin < 1) return 'Flat';
  if (mgDlPerMin < 2) return 'FortyFiveUp';
  if (mgDlPerMin < 3) return 'SingleUp';
  return 'DoubleUp';
}

/** A number, or a string holding one (legacy uploaders send `"sgv":"120"`). */
const Num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/, { message: 'must be a number' }).transform(Number)]);
const Time = z.union([z.number(), z.string().max(64)]);

const Entry = z.looseObject({
  type: z.string().max(40).optional(),
  sgv: Num.optional(),
  mbg: Num.optional(),
  date: Time.optional(),
  dateString: z.string().max(64).optional(),
  sysTime: z.string().max(64).optional(),
  direction: z.string().max(40).nullable().optional(),
  trend: z.number().int().min(0).max(9).nullable().optional(),
  noise: Num.nullable().optional(),
  device: z.string().max(200).nullable().optional(),
});

const Treatment = z.looseObject({
  _id: z.string().max(200).optional(),
  identifier: z.string().max(200).optional(),
  uuid: z.string().max(200).optional(),
  syncIdentifier: z.string().max(200).optional(),
  eventType: z.string().max(100).optional(),
  created_at: z.string().max(64).optional(),
  date: Time.optional(),
  mills: Time.optional(),
  timestamp: Time.optional(),
  carbs: Num.nullable().optional(),
  insulin: Num.nullable().optional(),
  glucose: Num.nullable().optional(),
  units: z.string().max(20).nullable().optional(),
  duration: Num.nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
  enteredBy: z.string().max(200).nullable().optional(),
  insulinType: z.string().max(100).nullable().optional(),
  isValid: z.boolean().optional(),
  isSMB: z.boolean().optional(),
  pumpId: z.union([z.number(), z.string().max(100)]).optional(),
  pumpSerial: z.string().max(100).optional(),
});

const DeviceStatus = z.looseObject({
  device: z.string().max(200).optional(),
  created_at: z.string().max(64).optional(),
  date: Time.optional(),
  mills: Time.optional(),
  uploaderBattery: Num.nullable().optional(),
  isCharging: z.boolean().nullable().optional(),
  uploader: z.looseObject({ battery: Num.nullable().optional() }).nullable().optional(),
  pump: z
    .looseObject({
      reservoir: Num.nullable().optional(),
      battery: z.looseObject({ percent: Num.nullable().optional(), voltage: Num.nullable().optional() }).nullable().optional(),
    })
    .nullable()
    .optional(),
});

/** Before this, a time is a mistake (seconds sent as milliseconds, a zero), not a reading. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** A phone clock may run a little fast; a day ahead is not a clock error but a wrong time. */
const FUTURE_SLACK_MS = 86_400_000;

function parseDoc<T extends z.ZodType>(schema: T, doc: unknown, i: number): z.output<T> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw badRequest(`document ${i}: must be a JSON object`, `docs[${i}]`);
  const r = schema.safeParse(doc);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.join('.');
  throw badRequest(`document ${i}: ${path ? path + ': ' : ''}${issue.message}`, `docs[${i}]${path ? '.' + path : ''}`);
}

/** Epoch ms from a Nightscout time: a number (ms), a numeric string, or ISO 8601 (UTC when it has no offset and `utcIfBare`). */
export function timeOf(v: unknown, utcIfBare = false): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v !== 'string' || v.trim() === '') return NaN;
  const s = v.trim();
  if (/^\d{9,}$/.test(s)) return Number(s);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return NaN;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(s) && s.length > 10;
  if (!hasZone && !utcIfBare) return NaN;
  const t = Date.parse(hasZone ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}${s.length > 10 ? 'Z' : 'T00:00:00Z'}`);
  return Number.isNaN(t) ? NaN : t;
}

function checkTime(t: number, i: number, field: string, now: number): number {
  if (Number.isNaN(t)) throw badRequest(`document ${i}: ${field}: no usable time (epoch ms, or ISO 8601 with an offset)`, `docs[${i}].${field}`);
  if (t < EARLIEST || t > now + FUTURE_SLACK_MS) throw badRequest(`document ${i}: ${field}: ${new Date(t).toISOString()} is not plausible (before 1990 or more than a day ahead)`, `docs[${i}].${field}`);
  return t;
}

/** A stable id for something an uploader sent, unique within the person: the same upload gives the same id. */
export function stableId(prefix: string, subjectId: string, ...parts: Array<string | number>): string {
  const h = createHash('sha256').update([subjectId, ...parts].join('\u0000')).digest('hex').slice(0, 40);
  return `${prefix}-${h}`;
}

export type ParsedEntry =
  | { kind: 'sgv'; t: number; mg_dl: number; direction: string | null; trend: number | null; noise: number | null; device: string | null; doc: Doc }
  | { kind: 'mbg'; t: number; mg_dl: number; device: string | null; doc: Doc }
  | { kind: 'ignored'; doc: Doc };

/** One uploaded entry, checked; throws 400 naming `docs[i].field`. */
export function parseEntry(raw: unknown, i: number, now: number): ParsedEntry {
  const d = parseDoc(Entry, raw, i);
  const type = d.type ?? (d.sgv !== undefined ? 'sgv' : d.mbg !== undefined ? 'mbg' : '');
  if (type !== 'sgv' && type !== 'mbg') return { kind: 'ignored', doc: d };
  const value = type === 'sgv' ? d.sgv : d.mbg;
  if (value === undefined) throw badRequest(`document ${i}: ${type}: missing (a ${type} entry needs its glucose in mg/dL)`, `docs[${i}].${type}`);
  const field = d.date === undefined && d.dateString === undefined && d.sysTime !== undefined ? 'sysTime' : d.date === undefined && d.dateString !== undefined ? 'dateString' : 'date';
  const t = checkTime(timeOf(d.date ?? d.dateString ?? d.sysTime), i, field, now);
  if (type === 'sgv' && value < 39) return { kind: 'ignored', doc: d };
  const conv = toCanonical('glucose', value, 'mg/dL');
  if (!conv.ok) throw badRequest(`document ${i}: ${type}: ${conv.message}`, `docs[${i}].${type}`);
  const device = d.device ?? null;
  if (type === 'mbg') return { kind: 'mbg', t, mg_dl: value, device, doc: d };
  const direction = d.direction ?? (d.trend != null ? DIRECTION_BY_TREND[d.trend]! : null);
  const trend = d.trend ?? (isDirection(direction) ? DIRECTIONS[direction] : null);
  return { kind: 'sgv', t, mg_dl: value, direction, trend, noise: d.noise == null ? null : Math.round(d.noise), device, doc: d };
}

export interface TreatmentEvent {
  /** Which part of the treatment: one treatment may make a meal and an insulin dose. */
  part: 'meal' | 'insulin' | 'calibration' | 'note' | 'activity';
  type: 'meal' | 'insulin' | 'calibration' | 'note' | 'activity';
  data: Record<string, unknown>;
}

export interface ParsedTreatment {
  t: number;
  /** What identifies the treatment across re-uploads (the uploader's id, else its type and time). */
  identity: string;
  /** The uploader's own id, kept so a `DELETE /treatments/:id` finds it. */
  nsId: string | null;
  invalidated: boolean;
  events: TreatmentEvent[];
  doc: Doc;
}

/** One uploaded treatment, checked; throws 400 naming `docs[i].field`. */
export function parseTreatment(raw: unknown, i: number, now: number): ParsedTreatment {
  const d = parseDoc(Treatment, raw, i);
  const field = d.created_at !== undefined ? 'created_at' : d.date !== undefined ? 'date' : d.mills !== undefined ? 'mills' : 'timestamp';
  const t = checkTime(timeOf(d.created_at ?? d.date ?? d.mills ?? d.timestamp, true), i, field, now);
  const eventType = d.eventType ?? '';
  // xDrip+ sends `uuid` and, when it upserts, an `_id` made from it: the uuid is the stabler
  // name. Loop names its treatments by `syncIdentifier`.
  const nsId = d.uuid ?? d._id ?? d.identifier ?? d.syncIdentifier ?? null;
  const identity = nsId ?? (d.pumpSerial !== undefined && d.pumpId !== undefined ? `pump:${d.pumpSerial}:${d.pumpId}` : `${eventType}|${t}`);
  const common: Record<string, unknown> = { source: 'nightscout' };
  if (nsId !== null) common.ns_id = nsId;
  if (eventType) common.event_type = eventType;
  if (d.enteredBy) common.entered_by = d.enteredBy;
  const events: TreatmentEvent[] = [];
  const carbs = d.carbs ?? 0;
  const insulin = d.insulin ?? 0;
  if (carbs < 0) throw badRequest(`document ${i}: carbs: must be 0 or more grams`, `docs[${i}].carbs`);
  if (insulin < 0) throw badRequest(`document ${i}: insulin: must be 0 or more units`, `docs[${i}].insulin`);
  if (carbs > 0) events.push({ part: 'meal', type: 'meal', data: { ...common, carbs_g: carbs, ...(d.notes ? { description: d.notes.slice(0, 500) } : {}) } });
  if (insulin > 0) {
    const basal = /basal/i.test(eventType) || /long-acting/i.test(d.notes ?? '');
    events.push({ part: 'insulin', type: 'insulin', data: { ...common, units: insulin, kind: basal ? 'basal' : 'bolus', ...(d.insulinType ? { insulin: d.insulinType } : {}), ...(d.isSMB ? { smb: true } : {}) } });
  }
  if (d.glucose != null && d.glucose > 0 && /bg check|finger|calibration/i.test(eventType)) {
    const mmol = /mmol/i.test(d.units ?? '');
    const mg = mmol ? d.glucose * 18.0182 : d.glucose;
    const conv = toCanonical('glucose', mg, 'mg/dL');
    if (!conv.ok) throw badRequest(`document ${i}: glucose: ${conv.message}`, `docs[${i}].glucose`);
    events.push({ part: 'calibration', type: 'calibration', data: { ...common, value: Math.round(mg * 10) / 10, unit: 'mg/dL', kind: 'meter' } });
  }
  if (events.length === 0 && /^(note|announcement)$/i.test(eventType) && d.notes) events.push({ part: 'note', type: 'note', data: { ...common, text: d.notes } });
  if (events.length === 0 && /^exercise$/i.test(eventType)) {
    events.push({ part: 'activity', type: 'activity', data: { ...common, ...(d.duration != null ? { duration_min: Math.min(1440, Math.max(0, d.duration)) } : {}), ...(d.notes ? { kind: d.notes.slice(0, 100) } : {}) } });
  }
  return { t, identity, nsId, invalidated: d.isValid === false, events, doc: d };
}

export interface ParsedDeviceStatus {
  device: string;
  t: number;
  doc: Doc;
}

/** One uploaded devicestatus, checked; throws 400 naming `docs[i].field`. */
export function parseDeviceStatus(raw: unknown, i: number, now: number): ParsedDeviceStatus {
  const d = parseDoc(DeviceStatus, raw, i);
  const given = d.created_at ?? d.date ?? d.mills;
  const field = d.created_at !== undefined ? 'created_at' : d.date !== undefined ? 'date' : 'mills';
  // xDrip+ sends battery documents with no time: they are "now".
  const t = given === undefined ? now : checkTime(timeOf(given, true), i, field, now);
  const battery = d.uploaderBattery ?? d.uploader?.battery;
  if (battery != null && (battery < 0 || battery > 100)) throw badRequest(`document ${i}: uploader battery must be 0–100 %`, `docs[${i}].${d.uploaderBattery != null ? 'uploaderBattery' : 'uploader.battery'}`);
  return { device: d.device ?? 'uploader', t, doc: d };
}

const numOrNull = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return null;
};
const obj = (v: unknown): Doc | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : null);

/** The parts of one devicestatus document the dashboard shows (null where it has none). */
export function deviceParts(doc: Doc): {
  uploader: { battery: number | null; charging: boolean | null } | null;
  pump: { reservoir: number | null; battery_percent: number | null; battery_voltage: number | null; status: string | null } | null;
  loop: { iob: number | null; cob: number | null; eventual_bg: number | null } | null;
} {
  const up = obj(doc.uploader);
  const battery = numOrNull(doc.uploaderBattery) ?? numOrNull(up?.battery);
  const uploader = battery === null ? null : { battery, charging: typeof doc.isCharging === 'boolean' ? doc.isCharging : null };
  const p = obj(doc.pump);
  const pb = obj(p?.battery);
  const ps = obj(p?.status);
  const pump = p ? { reservoir: numOrNull(p.reservoir), battery_percent: numOrNull(pb?.percent), battery_voltage: numOrNull(pb?.voltage), status: typeof ps?.status === 'string' ? ps.status : null } : null;
  // OpenAPS/AndroidAPS put the loop under `openaps` (iob an object or a list, newest first); Loop under `loop`.
  const oa = obj(doc.openaps);
  const lp = obj(doc.loop);
  let loop: { iob: number | null; cob: number | null; eventual_bg: number | null } | null = null;
  if (oa) {
    const iobDoc = Array.isArray(oa.iob) ? obj(oa.iob[0]) : obj(oa.iob);
    const sug = obj(oa.suggested) ?? obj(oa.enacted);
    loop = { iob: numOrNull(iobDoc?.iob) ?? numOrNull(sug?.IOB), cob: numOrNull(sug?.COB), eventual_bg: numOrNull(sug?.eventualBG) };
  } else if (lp) {
    const pred = obj(lp.predicted);
    const values = Array.isArray(pred?.values) ? (pred.values as unknown[]) : [];
    loop = { iob: numOrNull(obj(lp.iob)?.iob), cob: numOrNull(obj(lp.cob)?.cob), eventual_bg: values.length ? numOrNull(values[values.length - 1]) : null };
  }
  return { uploader, pump, loop };
}

/** A Nightscout `find` after the route took it apart: `{field: {$op: value}}`. */
export type Find = Record<string, Partial<Record<'$eq' | '$ne' | '$gt' | '$gte' | '$lt' | '$lte' | '$in' | '$nin', string | string[]>>>;

function cmp(docValue: unknown, q: string): number | null {
  if (typeof docValue === 'number') {
    const n = Number(q);
    return Number.isNaN(n) ? null : docValue - n;
  }
  if (typeof docValue === 'boolean') return String(docValue) === q ? 0 : 1;
  if (typeof docValue === 'string') return docValue < q ? -1 : docValue > q ? 1 : 0;
  return null;
}

/**
 * Whether a document passes a `find`, as MongoDB would answer Nightscout's query: a
 * number field compares numerically (`find[sgv][$lte]=70`), a string field as text
 * (`find[dateString][$gte]=2026-01-02`, ISO times compare in order).
 */
export function matches(doc: Doc, find: Find): boolean {
  for (const [field, ops] of Object.entries(find)) {
    const v = doc[field];
    for (const [op, q] of Object.entries(ops)) {
      const list = Array.isArray(q) ? q : String(q).split(',');
      switch (op) {
        case '$in':
          if (!list.some((x) => cmp(v, x) === 0)) return false;
          break;
        case '$nin':
          if (list.some((x) => cmp(v, x) === 0)) return false;
          break;
        case '$ne':
          if (cmp(v, String(q)) === 0) return false;
          break;
        default: {
          const c = cmp(v, String(q));
          if (c === null) return false;
          if (op === '$eq' && c !== 0) return false;
          if (op === '$gt' && !(c > 0)) return false;
          if (op === '$gte' && !(c >= 0)) return false;
          if (op === '$lt' && !(c < 0)) return false;
          if (op === '$lte' && !(c <= 0)) return false;
        }
      }
    }
  }
  return true;
}

/** The time window (epoch ms, inclusive) a `find` on time fields allows, to bound the scan; exact matching follows. */
export function timeBounds(find: Find, fields: readonly string[]): { from: number; to: number } {
  let from = 0;
  let to = Number.MAX_SAFE_INTEGER;
  for (const f of fields) {
    const ops = find[f];
    if (!ops) continue;
    for (const [op, q] of Object.entries(ops)) {
      if (Array.isArray(q)) continue;
      const t = /^\d+$/.test(q) ? Number(q) : timeOf(q, true);
      if (Number.isNaN(t)) continue;
      if (op === '$gt' || op === '$gte') from = Math.max(from, t - 1);
      if (op === '$lt' || op === '$lte') to = Math.min(to, t + 1);
      if (op === '$eq') {
        from = Math.max(from, t - 1);
        to = Math.min(to, t + 1);
      }
    }
  }
  return { from, to };
}

/** Nightscout's tab-separated entries (`GET /api/v1/entries` without `.json`): date string, epoch ms, sgv, direction, device. */
export function entriesTsv(docs: readonly Doc[]): string {
  const q = (v: unknown) => `"${String(v ?? '').replace(/"/g, '')}"`;
  return docs.map((d) => [q(d.dateString), d.date, d.sgv ?? d.mbg ?? '', q(d.direction), q(d.device)].join('\t')).join('\n') + (docs.length ? '\n' : '');
}
