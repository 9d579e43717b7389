import { z } from 'zod';
import { METRICS, isMetricCode } from '../../api/metrics';
import type { ServerEvent } from '../../api/procedures';
import { BirthDate, EventData, EventType, Priority, SubjectKind, Threshold } from '../../api/schemas';
import { toAlert, type AlertRow as LocalAlertRow } from '../alerts/store';
import { isApiError } from '../../api/errors';
import type { AlertStore } from '../alerts/store';
import { checkThresholds } from '../alerts/threshold-check';
import { audit } from '../records/subjects';
import { lastEdit, mergeSubject, type SubjectDoc } from './subject-merge';
import { formatTimestamp, parseTimestamp } from './hlc';
import type { CoreDeps } from '../context';
import { latestByMetric, type ObservationStore } from '../records/observations';
import type { Batch, Entity } from './remote';
import type { SqlRow } from '../../db/rows';
import type { events, subjects, users } from '../../db/schema';

/**
 * Applies rows pulled from the remote to the local store. The remote is another
 * program's database, so every row is checked as if it came over HTTP: a row this build
 * cannot read (a newer Tend's event type, a value out of range, damaged JSON) is not
 * stored and is reported by table, id and field; the rest of the round goes on.
 */

const EPOCH_MS = z.number().int().min(Date.UTC(1990, 0, 1)).max(Date.UTC(2200, 0, 1));
const Id = z.string().min(1).max(64);
const JsonObjectText = z.string().transform((s, ctx) => {
  try {
    const v: unknown = JSON.parse(s);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: 'custom', message: 'is not a JSON object' });
  return z.NEVER;
});

/** A hybrid logical clock stamp (core/sync/hlc.ts). */
const Hlc = z.string().refine((s) => parseTimestamp(s) !== null, { message: 'is not a hybrid logical clock stamp (millis-counter-node)' });
/**
 * The stamp of a row another program wrote without one (a clinic's script inserting into
 * the remote): its wall time, counter 0, the all-zero node, so any install's own stamp of
 * the same millisecond is later.
 */
const wallStamp = (ms: number): string => formatTimestamp({ millis: ms, counter: 0, node: '0000000000000000' });

const PulledSubject = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  kind: SubjectKind,
  birth_date: BirthDate.nullable(),
  settings: JsonObjectText,
  field_stamps: JsonObjectText.pipe(z.record(z.string(), EPOCH_MS)),
  created_at: EPOCH_MS,
  updated_at: EPOCH_MS,
  hlc: Hlc.nullable().default(null),
  field_hlc: JsonObjectText.pipe(z.record(z.string(), Hlc)).nullable().default(null),
}).transform((s) => ({
  ...s,
  hlc: s.hlc ?? wallStamp(s.created_at),
  field_hlc: s.field_hlc ?? Object.fromEntries(Object.entries(s.field_stamps).map(([k, ms]) => [k, wallStamp(ms)])),
}));
const PulledThresholds = z.object({
  subject_id: Id,
  items: z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not JSON' });
      return z.NEVER;
    }
  }).pipe(z.array(Threshold).max(200)),
  updated_at: EPOCH_MS,
  hlc: Hlc.nullable().default(null),
}).transform((t) => ({ ...t, hlc: t.hlc ?? wallStamp(t.updated_at) }));
const PulledEvent = z.object({
  id: Id,
  subject_id: Id,
  type: EventType,
  t: EPOCH_MS,
  data: JsonObjectText,
  created_by: z.string().nullable(),
  created_at: EPOCH_MS,
  updated_at: EPOCH_MS.nullable(),
  deleted_at: EPOCH_MS.nullable().optional(),
  hlc: Hlc.nullable().default(null),
}).transform((e) => ({ ...e, hlc: e.hlc ?? wallStamp(e.updated_at ?? e.created_at) }));
const PulledObservation = z
  .object({ id: Id, subject_id: Id, metric: z.string(), t: EPOCH_MS, value: z.number().finite(), device_id: z.string().nullable() })
  .superRefine((o, ctx) => {
    if (!isMetricCode(o.metric)) return ctx.addIssue({ code: 'custom', path: ['metric'], message: `unknown metric ${o.metric}` });
    const m = METRICS[o.metric];
    if (o.value < m.min || o.value > m.max) ctx.addIssue({ code: 'custom', path: ['value'], message: `${o.value} ${m.unit} is outside ${m.min}–${m.max}` });
  });

const PulledAlert = z.object({
  id: Id,
  subject_id: Id,
  kind: z.string().min(1).max(64),
  rule_key: z.string().min(1).max(300),
  metric: z.string().max(64).nullable(),
  value: z.number().finite().nullable(),
  priority: Priority,
  message: z.string().max(2000),
  detail: JsonObjectText,
  raised_at: EPOCH_MS,
  acknowledged_at: EPOCH_MS.nullable(),
  acknowledged_by: z.string().max(320).nullable(),
  resolved_at: EPOCH_MS.nullable(),
  // Issue 15 (latching, escalation); absent from rows an older Tend pushed.
  condition_ended_at: EPOCH_MS.nullable().default(null),
  updated_at: EPOCH_MS.nullable().default(null),
});

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`), { message: `must be ${bytes} bytes of hex` });
/** One minute of tremor analysis (core/tremor/service.ts): 60 × 4 float32 features, 60 flag bytes. */
const PulledTremorMinute = z.object({
  subject_id: Id,
  t: EPOCH_MS.refine((t) => t % 60_000 === 0, { message: 'is not the start of a minute' }),
  device_id: z.string().max(64).nullable(),
  seconds: z.number().int().min(0).max(60),
  tremor_seconds: z.number().int().min(0).max(60),
  tremor_percent: z.number().min(0).max(100),
  dominant_hz: z.number().min(0).max(50).nullable(),
  magnitude: z.number().finite().min(0),
  active_percent: z.number().min(0).max(100),
  // Empty once the minute's per-second detail has aged out (core/tremor/raw-retention.ts).
  features: Hex(60 * 4 * 4).or(z.literal('')),
  flags: Hex(60).or(z.literal('')),
  settled: z.union([z.literal(0), z.literal(1)]),
  updated_at: EPOCH_MS,
  hlc: Hlc.nullable().default(null),
}).transform((m) => ({ ...m, hlc: m.hlc ?? wallStamp(m.updated_at) }));

const PulledCryEpisode = z
  .object({
    id: Id,
    subject_id: Id,
    source: z.enum(['live', 'file']),
    session_id: z.string().min(1).max(128),
    start_t: EPOCH_MS,
    end_t: EPOCH_MS.nullable(),
    peak: z.number().min(0).max(1),
    created_at: EPOCH_MS,
  })
  .refine((e) => e.end_t === null || e.end_t >= e.start_t, { message: 'ends before it starts', path: ['end_t'] });

const earliest = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));
const RANK = { low: 1, medium: 2, high: 3 } as const;
const stateOf = (ack: number | null, res: number | null): LocalAlertRow['state'] => (res !== null ? 'resolved' : ack !== null ? 'acknowledged' : 'open');
/**
 * A latched alert closes when it is both acknowledged and its condition has ended, in
 * whichever order, and on whichever install each happened: at the later of the two. Every
 * install computes the same time, so copies converge.
 */
const closedAt = (ack: number | null, ended: number | null, res: number | null): number | null =>
  res !== null ? res : ack !== null && ended !== null ? Math.max(ack, ended) : null;

export interface Rejected {
  table: Entity;
  id: string;
  field: string;
  message: string;
}

export interface ApplyResult {
  /** Rows that changed something here. */
  applied: number;
  /** Rows for subjects deleted on this install (their data stay deleted here). */
  skipped: number;
  rejected: Rejected[];
  /** Stream events to publish once the page is committed. */
  publish?: ServerEvent[];
}

function check<T>(schema: z.ZodType<T>, table: Entity, row: { id?: unknown }, rejected: Rejected[]): T | null {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  rejected.push({ table, id: String(row.id ?? '?'), field: issue.path.join('.') || '(row)', message: issue.message });
  return null;
}

export class PulledRows {
  private readonly hasSubject;

  constructor(
    private readonly deps: CoreDeps,
    private readonly store: ObservationStore,
    private readonly alertStore: AlertStore,
    /** Who owns a subject first seen through sync: this install's local user. */
    private readonly ownerId: string,
  ) {
    this.hasSubject = deps.db.$client.prepare(`SELECT 1 FROM subjects WHERE id = ?`).pluck();
  }

  /** Must run inside the caller's transaction. */
  subjects(rows: Batch['subjects']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    // hlc: nullable in the schema, but migration 0017's trigger stamps every row as it is written.
    const local = c.prepare<[string], Pick<SqlRow<typeof subjects>, 'name' | 'kind' | 'birth_date' | 'settings' | 'field_stamps' | 'created_at' | 'updated_at' | 'field_hlc'> & { hlc: string }>(`SELECT name, kind, birth_date, settings, field_stamps, created_at, updated_at, hlc, field_hlc FROM subjects WHERE id = ?`);
    // A person deleted on this install stays deleted here, even when another install edits them later.
    const deletedHere = c.prepare(`SELECT 1 FROM audit WHERE action = 'subject.delete' AND subject_id = ? LIMIT 1`).pluck();
    const insert = c.prepare(
      `INSERT INTO subjects (id, name, kind, birth_date, settings, field_stamps, owner_id, created_at, updated_at, hlc, field_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const grantOwner = c.prepare(`INSERT INTO grants (subject_id, user_id, role, created_at) VALUES (?, ?, 'owner', ?)`);
    // Sets the stamps itself, so migration 0017's trigger does not stamp the merge as a local edit.
    const update = c.prepare(
      `UPDATE subjects SET name = ?, kind = ?, birth_date = ?, settings = ?, field_stamps = ?, created_at = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?`,
    );
    for (const raw of rows) {
      const s = check(PulledSubject, 'subjects', raw, res.rejected);
      if (!s) continue;
      const theirs: SubjectDoc = {
        name: s.name, kind: s.kind, birth_date: s.birth_date, settings: s.settings, stamps: s.field_hlc, wall: s.field_stamps, created_at: s.created_at, hlc: s.hlc,
      };
      const row = local.get(s.id);
      if (row === undefined && deletedHere.get(s.id)) {
        res.skipped++;
        continue;
      }
      if (row === undefined) {
        insert.run(s.id, s.name, s.kind, s.birth_date, JSON.stringify(s.settings), JSON.stringify(s.field_stamps), this.ownerId, s.created_at, s.updated_at,
          s.hlc, JSON.stringify(s.field_hlc));
        grantOwner.run(s.id, this.ownerId, this.deps.clock.now());
        res.applied++;
        continue;
      }
      const mine: SubjectDoc = {
        ...row,
        settings: JSON.parse(row.settings) as Record<string, unknown>,
        stamps: JSON.parse(row.field_hlc) as Record<string, string>,
        wall: JSON.parse(row.field_stamps) as Record<string, number>,
      };
      const { merged, changed } = mergeSubject(mine, theirs);
      if (!changed) continue;
      update.run(merged.name, merged.kind, merged.birth_date, JSON.stringify(merged.settings), JSON.stringify(merged.wall), merged.created_at,
          Math.max(row.updated_at, lastEdit(merged)), merged.hlc, JSON.stringify(merged.stamps), s.id);
      res.applied++;
    }
    return res;
  }

  /** A subject's threshold set replaces this install's if it was set later (by logical clock); the alert rules use it from then on. */
  thresholds(rows: Batch['thresholds']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const local = c.prepare<[string], Pick<SqlRow<typeof subjects>, 'thresholds_hlc'>>(`SELECT thresholds_hlc FROM subjects WHERE id = ?`);
    // After the replacement, whose own stamp (migration 0017's trigger) is not this set's.
    const stamp = c.prepare(`UPDATE subjects SET thresholds_hlc = ? WHERE id = ?`);
    for (const raw of rows) {
      const t = check(PulledThresholds, 'thresholds', { ...raw, id: raw.subject_id }, res.rejected);
      if (!t) continue;
      try {
        checkThresholds(t.items);
      } catch (e) {
        if (!isApiError(e)) throw e;
        res.rejected.push({ table: 'thresholds', id: t.subject_id, field: `items${(e.field ?? '').replace(/^thresholds/, '')}`, message: e.message });
        continue;
      }
      const row = local.get(t.subject_id);
      if (!row) {
        res.skipped++;
        continue;
      }
      if (row.thresholds_hlc !== null && t.hlc <= row.thresholds_hlc) continue;
      this.alertStore.replaceThresholds(t.subject_id, t.items, t.updated_at);
      stamp.run(t.hlc, t.subject_id);
      audit(this.deps, null, 'thresholds.put', t.subject_id, { via: 'sync', thresholds: t.items });
      res.applied++;
    }
    return res;
  }

  events(rows: Batch['events']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    // An event is its person's id (the same id on another person is another event).
    const local = c.prepare<[string, string], SqlRow<typeof events>['hlc']>(`SELECT hlc FROM events WHERE subject_id = ? AND id = ?`).pluck();
    const del = c.prepare(`DELETE FROM events WHERE subject_id = ? AND id = ?`);
    // Both keep the stamp the row came with (migration 0017's triggers stamp only local writes).
    const insert = c.prepare(`INSERT INTO events (id, subject_id, type, t, data, created_by, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const update = c.prepare(`UPDATE events SET t = ?, data = ?, updated_at = ?, hlc = ? WHERE subject_id = ? AND id = ?`);
    for (const raw of rows) {
      const e = check(PulledEvent, 'events', raw, res.rejected);
      if (!e) continue;
      const data = EventData[e.type].safeParse(e.data);
      if (!data.success) {
        const issue = data.error.issues[0]!;
        res.rejected.push({ table: 'events', id: e.id, field: ['data', ...issue.path].join('.'), message: issue.message });
        continue;
      }
      if (!this.hasSubject.get(e.subject_id)) {
        res.skipped++;
        continue;
      }
      const mine = local.get(e.subject_id, e.id);
      if (e.deleted_at != null) {
        // Deleted on another install (a mistaken medication entry): a deletion wins over any edit.
        if (mine !== undefined) {
          del.run(e.subject_id, e.id);
          audit(this.deps, null, 'event.delete', e.subject_id, { id: e.id, via: 'sync' });
          res.applied++;
        }
        continue;
      }
      if (mine === undefined) {
        insert.run(e.id, e.subject_id, e.type, e.t, JSON.stringify(data.data), e.created_by, e.created_at, e.updated_at, e.hlc);
        res.applied++;
      } else if (e.updated_at !== null && e.hlc > (mine ?? '')) {
        update.run(e.t, JSON.stringify(data.data), e.updated_at, e.hlc, e.subject_id, e.id);
        res.applied++;
      }
    }
    return res;
  }

  /**
   * Alerts raised, acknowledged or resolved on another install: a new one is stored as it
   * stands there; a known one takes the earliest acknowledgement and resolution either
   * side has. Open ones and changes are announced on this install's stream (marked
   * `via: 'sync'`, so the webhook relay leaves them to the install where they happened).
   */
  alerts(rows: Batch['alerts']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [], publish: [] };
    const local = c.prepare<[string], LocalAlertRow>(`SELECT * FROM alerts WHERE id = ?`);
    const userByEmail = c.prepare<[string], SqlRow<typeof users>['id']>(`SELECT id FROM users WHERE email = ?`).pluck();
    const insert = c.prepare(
      `INSERT INTO alerts (id, subject_id, kind, rule_key, metric, value, priority, state, message, raised_at, acknowledged_at, acknowledged_by, resolved_at, detail, condition_ended_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const merge = c.prepare(`UPDATE alerts SET state = ?, acknowledged_at = ?, acknowledged_by = ?, resolved_at = ? WHERE id = ?`);
    // What the raising install last said (escalation, condition ended or returned): the later stamp wins.
    const said = c.prepare(`UPDATE alerts SET kind = ?, priority = ?, message = ?, value = ?, detail = ?, condition_ended_at = ?, updated_at = ? WHERE id = ?`);
    for (const raw of rows) {
      const a = check(PulledAlert, 'alerts', raw, res.rejected);
      if (!a) continue;
      if (!this.hasSubject.get(a.subject_id)) {
        res.skipped++;
        continue;
      }
      const by = a.acknowledged_by === null ? null : (userByEmail.get(a.acknowledged_by) ?? a.acknowledged_by);
      const mine = local.get(a.id);
      if (!mine) {
        const resolved = closedAt(a.acknowledged_at, a.condition_ended_at, a.resolved_at);
        insert.run(a.id, a.subject_id, a.kind, a.rule_key, a.metric, a.value, a.priority, stateOf(a.acknowledged_at, resolved), a.message,
          a.raised_at, a.acknowledged_at, by, resolved, JSON.stringify(a.detail), a.condition_ended_at, a.updated_at);
        res.applied++;
        if (resolved === null) {
          const alert = toAlert(local.get(a.id)!);
          res.publish!.push({ type: 'alert.raised', subject_id: a.subject_id, alert, via: 'sync' });
        }
        continue;
      }
      const newer = (a.updated_at ?? 0) > (mine.updated_at ?? 0);
      const ended = newer ? a.condition_ended_at : mine.condition_ended_at;
      const ack = earliest(mine.acknowledged_at, a.acknowledged_at);
      const resolved = closedAt(ack, ended, earliest(mine.resolved_at, a.resolved_at));
      if (!newer && ack === mine.acknowledged_at && resolved === mine.resolved_at) continue;
      if (newer) said.run(a.kind, a.priority, a.message, a.value, JSON.stringify(a.detail), a.condition_ended_at, a.updated_at, a.id);
      const ackBy = ack === mine.acknowledged_at ? mine.acknowledged_by : by;
      merge.run(stateOf(ack, resolved), ack, ackBy, resolved, a.id);
      res.applied++;
      const alert = toAlert(local.get(a.id)!);
      if (newer && resolved === null) {
        const change = RANK[a.priority] > RANK[mine.priority] ? 'escalated' : a.condition_ended_at !== null ? 'condition_ended' : 'condition_returned';
        res.publish!.push({ type: 'alert.updated', subject_id: a.subject_id, alert, change, via: 'sync' });
      }
      if (mine.acknowledged_at === null && ack !== null) res.publish!.push({ type: 'alert.acknowledged', subject_id: a.subject_id, alert, via: 'sync' });
      if (mine.resolved_at === null && resolved !== null) res.publish!.push({ type: 'alert.resolved', subject_id: a.subject_id, alert, via: 'sync' });
    }
    return res;
  }

  /** Through the ingest store, so rollups stay exact; no alert rules run on history. */
  /**
   * Minutes of tremor analysis: the later version of a minute wins, by logical clock (a
   * minute completed by a second upload replaces its first half). Their readings come as observations.
   */
  tremorMinutes(rows: Batch['tremor_minutes']): ApplyResult {
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const upsert = this.deps.db.$client.prepare(
      `INSERT INTO tremor_minutes (subject_id, t, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent, features, flags, settled, updated_at, hlc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (subject_id, t) DO UPDATE SET device_id = excluded.device_id, seconds = excluded.seconds, tremor_seconds = excluded.tremor_seconds,
         tremor_percent = excluded.tremor_percent, dominant_hz = excluded.dominant_hz, magnitude = excluded.magnitude,
         active_percent = excluded.active_percent, features = excluded.features, flags = excluded.flags, settled = excluded.settled,
         updated_at = excluded.updated_at, hlc = excluded.hlc
       WHERE excluded.hlc > COALESCE(tremor_minutes.hlc, '')`,
    );
    for (const raw of rows) {
      const m = check(PulledTremorMinute, 'tremor_minutes', { ...raw, id: `${raw.subject_id}@${new Date(raw.t).toISOString()}` }, res.rejected);
      if (!m) continue;
      if (!this.hasSubject.get(m.subject_id)) {
        res.skipped++;
        continue;
      }
      const r = upsert.run(m.subject_id, m.t, m.device_id, m.seconds, m.tremor_seconds, m.tremor_percent, m.dominant_hz, m.magnitude, m.active_percent,
        Buffer.from(m.features, 'hex'), Buffer.from(m.flags, 'hex'), m.settled, m.updated_at, m.hlc);
      res.applied += r.changes;
    }
    return res;
  }

  /**
   * Cry episodes: an episode only grows (closed later, a higher peak), so a copy merges by
   * taking the later end and the higher peak, as the local store itself does. No alert
   * rule runs on them here: the install that heard the cry raised its alerts, and they
   * are synced.
   */
  cryEpisodes(rows: Batch['cry_episodes']): ApplyResult {
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const upsert = this.deps.db.$client.prepare(
      `INSERT INTO cry_episodes (id, subject_id, source, session_id, start_t, end_t, peak, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET
         end_t = CASE WHEN excluded.end_t IS NULL THEN end_t WHEN end_t IS NULL THEN excluded.end_t ELSE MAX(end_t, excluded.end_t) END,
         peak = MAX(peak, excluded.peak)
       WHERE cry_episodes.subject_id = excluded.subject_id
         AND ((excluded.end_t IS NOT NULL AND (end_t IS NULL OR excluded.end_t > end_t)) OR excluded.peak > peak)`,
    );
    for (const raw of rows) {
      const e = check(PulledCryEpisode, 'cry_episodes', raw, res.rejected);
      if (!e) continue;
      if (!this.hasSubject.get(e.subject_id)) {
        res.skipped++;
        continue;
      }
      res.applied += upsert.run(e.id, e.subject_id, e.source, e.session_id, e.start_t, e.end_t, e.peak, e.created_at).changes;
    }
    return res;
  }

  observations(rows: Batch['observations']): ApplyResult {
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [], publish: [] };
    const bySubject = new Map<string, Array<{ id: string; metric: string; t: number; value: number; device_id: string | null }>>();
    for (const raw of rows) {
      const o = check(PulledObservation, 'observations', raw, res.rejected);
      if (!o) continue;
      let list = bySubject.get(o.subject_id);
      if (!list) bySubject.set(o.subject_id, (list = []));
      list.push({ id: o.id, metric: o.metric, t: o.t, value: o.value, device_id: o.device_id });
    }
    for (const [subjectId, list] of bySubject) {
      if (!this.hasSubject.get(subjectId)) {
        res.skipped += list.length;
        continue;
      }
      const inserted = this.store.write(subjectId, list).inserted;
      res.applied += inserted.length;
      // One event per person and metric (as ingest announces a batch), so open dashboards
      // show what arrived.
      for (const [metric, m] of latestByMetric(inserted)) {
        res.publish!.push({ type: 'observation.added', subject_id: subjectId, metric, count: m.count, latest: { t: new Date(m.t).toISOString(), value: m.value } });
      }
    }
    return res;
  }
}
