import { z } from 'zod';
import { METRICS, isMetricCode } from '../../api/metrics';
import { BirthDate, EventData, EventType, SubjectKind, Threshold } from '../../api/schemas';
import { isApiError } from '../../api/errors';
import type { AlertStore } from '../alerts/store';
import { checkThresholds } from '../alerts/threshold-check';
import type { CoreDeps } from '../context';
import type { ObservationStore } from '../records/observations';
import type { Batch, Entity } from './remote';

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

const PulledSubject = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  kind: SubjectKind,
  birth_date: BirthDate.nullable(),
  settings: JsonObjectText,
  created_at: EPOCH_MS,
  updated_at: EPOCH_MS,
});
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
});
const PulledEvent = z.object({
  id: Id,
  subject_id: Id,
  type: EventType,
  t: EPOCH_MS,
  data: JsonObjectText,
  created_by: z.string().nullable(),
  created_at: EPOCH_MS,
  updated_at: EPOCH_MS.nullable(),
});
const PulledObservation = z
  .object({ id: Id, subject_id: Id, metric: z.string(), t: EPOCH_MS, value: z.number().finite(), device_id: z.string().nullable() })
  .superRefine((o, ctx) => {
    if (!isMetricCode(o.metric)) return ctx.addIssue({ code: 'custom', path: ['metric'], message: `unknown metric ${o.metric}` });
    const m = METRICS[o.metric];
    if (o.value < m.min || o.value > m.max) ctx.addIssue({ code: 'custom', path: ['value'], message: `${o.value} ${m.unit} is outside ${m.min}–${m.max}` });
  });

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
    private readonly alerts: AlertStore,
    /** Who owns a subject first seen through sync: this install's local user. */
    private readonly ownerId: string,
  ) {
    this.hasSubject = deps.db.$client.prepare(`SELECT 1 FROM subjects WHERE id = ?`).pluck();
  }

  /** Must run inside the caller's transaction. */
  subjects(rows: Batch['subjects']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const local = c.prepare(`SELECT updated_at FROM subjects WHERE id = ?`).pluck();
    // A person deleted on this install stays deleted here, even when another install edits them later.
    const deletedHere = c.prepare(`SELECT 1 FROM audit WHERE action = 'subject.delete' AND subject_id = ? LIMIT 1`).pluck();
    for (const raw of rows) {
      const s = check(PulledSubject, 'subjects', raw, res.rejected);
      if (!s) continue;
      const mine = local.get(s.id) as number | undefined;
      if (mine === undefined && deletedHere.get(s.id)) {
        res.skipped++;
        continue;
      }
      if (mine === undefined) {
        c.prepare(`INSERT INTO subjects (id, name, kind, birth_date, settings, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(s.id, s.name, s.kind, s.birth_date, JSON.stringify(s.settings), this.ownerId, s.created_at, s.updated_at);
        c.prepare(`INSERT INTO grants (subject_id, user_id, role, created_at) VALUES (?, ?, 'owner', ?)`).run(s.id, this.ownerId, this.deps.clock.now());
        res.applied++;
      } else if (s.updated_at > mine) {
        c.prepare(`UPDATE subjects SET name = ?, kind = ?, birth_date = ?, settings = ?, updated_at = ? WHERE id = ?`)
          .run(s.name, s.kind, s.birth_date, JSON.stringify(s.settings), s.updated_at, s.id);
        res.applied++;
      }
    }
    return res;
  }

  /** A subject's threshold set replaces this install's if it was set later; the alert rules use it from then on. */
  thresholds(rows: Batch['thresholds']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const local = c.prepare(`SELECT thresholds_updated_at FROM subjects WHERE id = ?`);
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
      const row = local.get(t.subject_id) as { thresholds_updated_at: number | null } | undefined;
      if (!row) {
        res.skipped++;
        continue;
      }
      if (row.thresholds_updated_at !== null && t.updated_at <= row.thresholds_updated_at) continue;
      this.alerts.replaceThresholds(t.subject_id, t.items, t.updated_at);
      c.prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, NULL, 'thresholds.put', ?, ?)`)
        .run(this.deps.clock.now(), t.subject_id, JSON.stringify({ via: 'sync', thresholds: t.items }));
      res.applied++;
    }
    return res;
  }

  events(rows: Batch['events']): ApplyResult {
    const c = this.deps.db.$client;
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
    const local = c.prepare(`SELECT COALESCE(updated_at, created_at) FROM events WHERE id = ?`).pluck();
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
      const mine = local.get(e.id) as number | undefined;
      if (mine === undefined) {
        c.prepare(`INSERT INTO events (id, subject_id, type, t, data, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(e.id, e.subject_id, e.type, e.t, JSON.stringify(data.data), e.created_by, e.created_at, e.updated_at);
        res.applied++;
      } else if (e.updated_at !== null && e.updated_at > mine) {
        c.prepare(`UPDATE events SET t = ?, data = ?, updated_at = ? WHERE id = ?`).run(e.t, JSON.stringify(data.data), e.updated_at, e.id);
        res.applied++;
      }
    }
    return res;
  }

  /** Through the ingest store, so rollups stay exact; no alert rules run on history. */
  observations(rows: Batch['observations']): ApplyResult {
    const res: ApplyResult = { applied: 0, skipped: 0, rejected: [] };
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
      res.applied += this.store.write(subjectId, list).accepted;
    }
    return res;
  }
}
