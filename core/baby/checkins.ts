import { v7 as uuidv7 } from 'uuid';
import type { Checkin } from '../../api/baby';
import { ApiError, badRequest } from '../../api/errors';
import { iso } from '../clock';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { parseInterval } from '../records/observations';
import { analyzeAndStore } from './file-audio';
import { stableId } from './ids';
import type { BabyServices } from './services';
import { babySettingsOf } from './settings';
import type { SqlRow } from '../../db/rows';
import type { events } from '../../db/schema';

/**
 * Check-ins: the old baby backend's records (temperature, humidity, note, optional audio →
 * `cry_detected`, `sick_detected`) kept as events of type `checkin`. A check-in's body
 * temperature and humidity are also stored as `body_temperature` and `humidity`
 * observations (ids derived from the check-in's), so the charts and the alert rules see
 * them like any other reading.
 */

type Row = Pick<SqlRow<typeof events>, 'id' | 'subject_id' | 't' | 'data'>;

const toCheckin = (r: Row): Checkin => {
  const d = JSON.parse(r.data) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    id: r.id,
    subject_id: r.subject_id,
    t: iso(r.t),
    temperature: num(d.temperature),
    humidity: num(d.humidity),
    note: typeof d.note === 'string' ? d.note : null,
    cry_detected: d.cry_detected === true,
    sick_detected: d.sick_detected === true,
    cry_probability: num(d.cry_probability),
  };
};

/** [from, to) in ms; open ends are the epoch and far future. */
const range = (from?: string, to?: string) => ({ from: from ? Date.parse(from) : 0, to: to ? Date.parse(to) : Number.MAX_SAFE_INTEGER });

// JSON booleans are stored as 1/0 by SQLite's json_extract; a missing flag counts as false.
const CRY = `COALESCE(json_extract(data, '$.cry_detected'), 0)`;
const SICK = `COALESCE(json_extract(data, '$.sick_detected'), 0)`;
const TEMP = `json_extract(data, '$.temperature')`;
const HUM = `json_extract(data, '$.humidity')`;

export interface CheckinInput {
  id?: string | undefined;
  t?: string | undefined;
  temperature?: number | undefined;
  humidity?: number | undefined;
  note?: string | undefined;
  cry_detected?: boolean | undefined;
  sick_detected?: boolean | undefined;
  audio_wav_base64?: string | undefined;
}

export async function createCheckin(core: Core, baby: BabyServices, ctx: CallContext, subjectId: string, a: CheckinInput): Promise<Checkin> {
  core.access.require(ctx, subjectId, 'write');
  const id = a.id ?? uuidv7();
  // Checked before any audio is analysed and stored: a check-in dated 9999 stores nothing.
  const t = a.t ? core.events.cleanTime(a.t) : core.deps.clock.now();
  // A retry of this subject's check-in answers with what is stored; the same id on another
  // person is that person's record and is never read here.
  const existing = core.deps.db.$client.prepare<[string, string], Row & Pick<SqlRow<typeof events>, 'type'>>(`SELECT id, subject_id, type, t, data FROM events WHERE subject_id = ? AND id = ?`).get(subjectId, id);
  if (existing) {
    if (existing.type !== 'checkin') throw badRequest(`id: ${id} is taken by another record of this subject`, 'id');
    return toCheckin(existing);
  }
  const settings = babySettingsOf(core, subjectId);
  let cryProbability: number | null = null;
  let cry = false;
  if (a.audio_wav_base64 !== undefined) {
    const bytes = Buffer.from(a.audio_wav_base64, 'base64');
    // The recording is taken to start at the check-in's time; its windows and episodes are
    // stored like an uploaded file's (ids from the check-in), and the audio is not kept.
    const analysed = await analyzeAndStore(core, baby, ctx, subjectId, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { start: t, key: `checkin:${id}` });
    cryProbability = analysed.result.probability;
    cry = analysed.result.cry;
  }
  // The fever rule: a body temperature at or above the subject's fever threshold.
  const fever = a.temperature !== undefined && a.temperature >= settings.fever_c;
  const data: Record<string, unknown> = {
    ...(a.temperature !== undefined ? { temperature: a.temperature } : {}),
    ...(a.humidity !== undefined ? { humidity: a.humidity } : {}),
    ...(a.note !== undefined ? { note: a.note } : {}),
    cry_detected: a.cry_detected ?? cry,
    sick_detected: a.sick_detected ?? fever,
    ...(cryProbability !== null ? { cry_probability: cryProbability } : {}),
  };
  const obs = [
    ...(a.temperature !== undefined ? [{ id: stableId(id, 'body_temperature'), metric: 'body_temperature', t: iso(t), value: a.temperature, unit: '°C' }] : []),
    ...(a.humidity !== undefined ? [{ id: stableId(id, 'humidity'), metric: 'humidity', t: iso(t), value: a.humidity, unit: '%RH' }] : []),
  ];
  const c = core.deps.db.$client;
  c.transaction(() => {
    core.events.write(subjectId, { id, type: 'checkin', t: iso(t), data }, ctx.user?.id ?? null);
    if (obs.length) core.ingest(ctx, subjectId, obs);
  })();
  return toCheckin(c.prepare<[string, string], Row>(`SELECT id, subject_id, t, data FROM events WHERE subject_id = ? AND id = ?`).get(subjectId, id)!);
}

/** One check-in of this subject. @throws ApiError not_found for an id this subject has no check-in under. */
export function getCheckin(core: Core, subjectId: string, id: string): Checkin {
  const row = core.deps.db.$client.prepare<[string, string], Row>(`SELECT id, subject_id, t, data FROM events WHERE subject_id = ? AND id = ? AND type = 'checkin'`).get(subjectId, id);
  if (!row) throw new ApiError('not_found', `no check-in ${id.slice(0, 64)} for this subject`, 'checkin_id');
  return toCheckin(row);
}

export interface CheckinFilter {
  cry_detected?: boolean | undefined;
  sick_detected?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function where(subjectId: string, f: CheckinFilter): { sql: string; args: unknown[] } {
  const r = range(f.from, f.to);
  const parts = [`subject_id = ?`, `type = 'checkin'`, `t >= ?`, `t < ?`];
  const args: unknown[] = [subjectId, r.from, r.to];
  if (f.cry_detected !== undefined) {
    parts.push(`${CRY} = ?`);
    args.push(f.cry_detected ? 1 : 0);
  }
  if (f.sick_detected !== undefined) {
    parts.push(`${SICK} = ?`);
    args.push(f.sick_detected ? 1 : 0);
  }
  return { sql: parts.join(' AND '), args };
}

/** Newest first, with the total matching the filters (for paging). */
export function listCheckins(core: Core, subjectId: string, f: CheckinFilter & { limit: number; offset: number }): { items: Checkin[]; total: number } {
  const w = where(subjectId, f);
  const c = core.deps.db.$client;
  const total = c.prepare<unknown[], number>(`SELECT COUNT(*) FROM events WHERE ${w.sql}`).pluck().get(...w.args)!;
  const rows = c.prepare<unknown[], Row>(`SELECT id, subject_id, t, data FROM events WHERE ${w.sql} ORDER BY t DESC, id DESC LIMIT ? OFFSET ?`).all(...w.args, f.limit, f.offset);
  return { items: rows.map(toCheckin), total };
}

export function checkinStats(core: Core, subjectId: string, f: { from?: string | undefined; to?: string | undefined }) {
  const w = where(subjectId, f);
  const c = core.deps.db.$client;
  const s = c
    .prepare<unknown[], { total: number; cry: number | null; sick: number | null; avg_t: number | null; avg_h: number | null; max_t: number | null }>(`SELECT COUNT(*) AS total, SUM(${CRY}) AS cry, SUM(${SICK}) AS sick, AVG(${TEMP}) AS avg_t, AVG(${HUM}) AS avg_h, MAX(${TEMP}) AS max_t FROM events WHERE ${w.sql}`)
    .get(...w.args)!;
  const latest = c.prepare<unknown[], Row>(`SELECT id, subject_id, t, data FROM events WHERE ${w.sql} ORDER BY t DESC, id DESC LIMIT 1`).get(...w.args);
  return {
    total: s.total,
    cry_count: s.cry ?? 0,
    sick_count: s.sick ?? 0,
    avg_temperature: s.avg_t,
    avg_humidity: s.avg_h,
    max_temperature: s.max_t,
    latest: latest ? toCheckin(latest) : null,
  };
}

/** Buckets of `interval` (UTC-aligned; weeks start on Monday as in the observation timeseries); empty buckets are left out. */
export function checkinTimeseries(core: Core, subjectId: string, f: { interval: string; from?: string | undefined; to?: string | undefined }) {
  const width = parseInterval(f.interval);
  const r = range(f.from, f.to);
  if (f.from && f.to && (r.to - r.from) / width > 100_000) throw badRequest('that range has more than 100,000 buckets: use a wider interval', 'interval');
  // 1970-01-05 was a Monday.
  const offset = width % (7 * 86_400_000) === 0 ? 4 * 86_400_000 : 0;
  const w = where(subjectId, f);
  const rows = core.deps.db.$client
    .prepare<unknown[], { b: number; n: number; cry: number; sick: number; avg_t: number | null; avg_h: number | null }>(
      `SELECT CAST((t - ?) / ? AS INTEGER) * ? + ? AS b, COUNT(*) AS n, SUM(${CRY}) AS cry, SUM(${SICK}) AS sick, AVG(${TEMP}) AS avg_t, AVG(${HUM}) AS avg_h
       FROM events WHERE ${w.sql} GROUP BY b ORDER BY b`,
    )
    .all(offset, width, width, offset, ...w.args);
  return rows.map((x) => ({ t: iso(x.b), count: x.n, cry_count: x.cry, sick_count: x.sick, avg_temperature: x.avg_t, avg_humidity: x.avg_h }));
}
