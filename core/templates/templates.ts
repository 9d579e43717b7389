import { and, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type ApiError, badRequest, conflict, notFound } from '../../api/errors';
import type { Threshold } from '../../api/schemas';
import { TemplateItems, type ThresholdOrigin, type ThresholdTemplate } from '../../api/templates';
import { defaultThresholds } from '../alerts/settings';
import { checkThresholds } from '../alerts/threshold-check';
import { iso } from '../clock';
import type { Core } from '../core-types';
import { thresholdOrigins, thresholdTemplates } from '../../db/schema';
import { audit } from '../records/subjects';
import type { SqlRow } from '../../db/rows';

type TemplateRow = typeof thresholdTemplates.$inferSelect;
/** An origin row with `deleted` = 1 when its template no longer exists (LEFT JOIN, raw SQL). */
type OriginRow = SqlRow<typeof thresholdOrigins> & { deleted: number };

// Stored items were validated on the way in; parsing them again keeps a hand-edited row from reaching a person's thresholds.
const toTemplate = (r: TemplateRow): ThresholdTemplate => ({
  id: r.id,
  name: r.name,
  items: TemplateItems.parse(JSON.parse(r.items)),
  version: r.version,
  created_at: iso(r.createdAt),
  updated_at: iso(r.updatedAt),
});
const toOrigin = (r: OriginRow): ThresholdOrigin => ({
  metric: r.metric,
  template_id: r.template_id,
  template_name: r.template_name,
  template_version: r.template_version,
  applied_at: iso(r.applied_at),
  template_deleted: r.deleted === 1,
});

/** One metric's limits in a comparable form: the same limits give the same text, whatever their order or spelling of "none". */
export function limitsKey(rows: readonly Threshold[]): string {
  return JSON.stringify(
    rows
      .map((t) => [t.min ?? null, t.max ?? null, t.priority, t.sustain_min ?? 0] as const)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  );
}
const byMetric = (rows: readonly Threshold[]): Map<string, Threshold[]> => {
  const m = new Map<string, Threshold[]>();
  for (const t of rows) m.set(t.metric, [...(m.get(t.metric) ?? []), t]);
  return m;
};

/** The thresholds' own checks (a bound each, min below max), naming the template's field. */
function checkItems(items: readonly Threshold[]): void {
  try {
    checkThresholds(items);
  } catch (e) {
    const err = e as Partial<ApiError>;
    if (err.code === 'bad_request' && err.message) throw badRequest(err.message.replace(/^threshold /, 'item '), err.field?.replace(/^thresholds/, 'items'));
    throw e;
  }
}

const UNIQUE = /UNIQUE constraint failed: threshold_templates/;

/**
 * Templates and applying them (core/templates/README.md has the rule). Templates are the
 * caller's own: every lookup is by id *and* owner, so another account's template is 404.
 */
export class TemplateService {
  // Drizzle's builder, prepared once: as fast as a raw prepared statement, where building the
  // SQL on every call is 2–3× slower (bench/drizzle-rows.ts).
  private readonly q;
  constructor(private readonly core: Core) {
    const db = core.deps.db;
    const t = thresholdTemplates;
    const o = thresholdOrigins;
    this.q = {
      list: db.select().from(t).where(eq(t.ownerId, sql.placeholder('owner'))).orderBy(t.name, t.id).prepare(),
      get: db.select().from(t).where(and(eq(t.id, sql.placeholder('id')), eq(t.ownerId, sql.placeholder('owner')))).prepare(),
      origins: db.select().from(o).where(eq(o.subjectId, sql.placeholder('subject'))).orderBy(o.metric).prepare(),
    };
  }

  private get c() {
    return this.core.deps.db.$client;
  }

  list(userId: string): ThresholdTemplate[] {
    return this.q.list.all({ owner: userId }).map(toTemplate);
  }

  get(userId: string, id: string): ThresholdTemplate {
    const row = this.q.get.get({ id, owner: userId });
    if (!row) throw notFound(`no template ${id}`);
    return toTemplate(row);
  }

  create(userId: string, input: { name: string; items: Threshold[] }): ThresholdTemplate {
    checkItems(input.items);
    const id = uuidv7();
    const now = this.core.deps.clock.now();
    try {
      this.c
        .prepare(`INSERT INTO threshold_templates (id, owner_id, name, items, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)`)
        .run(id, userId, input.name, JSON.stringify(input.items), now, now);
    } catch (e) {
      if (UNIQUE.test((e as Error).message)) throw conflict(`you already have a template named "${input.name}"`, 'name');
      throw e;
    }
    return this.get(userId, id);
  }

  update(userId: string, id: string, patch: { name?: string | undefined; items?: Threshold[] | undefined }): ThresholdTemplate {
    const cur = this.get(userId, id);
    if (patch.items) checkItems(patch.items);
    const name = patch.name ?? cur.name;
    const items = patch.items ?? cur.items;
    try {
      this.c
        .prepare(`UPDATE threshold_templates SET name = ?, items = ?, version = version + 1, updated_at = ? WHERE id = ? AND owner_id = ?`)
        .run(name, JSON.stringify(items), this.core.deps.clock.now(), id, userId);
    } catch (e) {
      if (UNIQUE.test((e as Error).message)) throw conflict(`you already have a template named "${name}"`, 'name');
      throw e;
    }
    return this.get(userId, id);
  }

  /** A new name only: the version counts edits of the limits, which a rename leaves as they were. */
  rename(userId: string, id: string, name: string): ThresholdTemplate {
    const cur = this.get(userId, id);
    try {
      this.c.prepare(`UPDATE threshold_templates SET name = ?, updated_at = ? WHERE id = ? AND owner_id = ?`).run(name, this.core.deps.clock.now(), id, userId);
    } catch (e) {
      if (UNIQUE.test((e as Error).message)) throw conflict(`you already have a template named "${name}"`, 'name');
      throw e;
    }
    audit(this.core.deps, userId, 'templates.rename', null, { template_id: id, from: cur.name, to: name });
    return this.get(userId, id);
  }

  /**
   * Deletes the caller's template. People's limits are copies, so they keep them; their origin
   * records stay (no foreign key, migration 0019) and say the template was deleted.
   */
  delete(userId: string, id: string): void {
    const cur = this.get(userId, id);
    this.c.transaction(() => {
      this.c.prepare(`DELETE FROM threshold_templates WHERE id = ? AND owner_id = ?`).run(id, userId);
      audit(this.core.deps, userId, 'templates.delete', null, { template_id: id, name: cur.name, version: cur.version });
    })();
  }

  /** The metrics whose limits are still exactly what a template set. */
  origins(subjectId: string): ThresholdOrigin[] {
    const current = byMetric(this.core.alerts.store.thresholds(subjectId));
    const rows = this.c
      .prepare<[string], OriginRow>(`SELECT o.*, (t.id IS NULL) AS deleted FROM threshold_origins o LEFT JOIN threshold_templates t ON t.id = o.template_id WHERE o.subject_id = ? ORDER BY o.metric`)
      .all(subjectId);
    return rows.filter((r) => limitsKey(current.get(r.metric) ?? []) === r.limits).map(toOrigin);
  }

  /**
   * Applies the caller's template to a person the caller manages (checked by core.call, or
   * by subjects.create for a person the caller just made). One transaction: the thresholds,
   * where each metric's limits came from, and the audit entry.
   */
  apply(userId: string, subjectId: string, templateId: string): { thresholds: Threshold[]; applied: string[]; kept: string[]; origins: ThresholdOrigin[] } {
    const template = this.get(userId, templateId);
    const { alerts } = this.core;
    const store = alerts.store;
    const now = this.core.deps.clock.now();
    const out = this.c.transaction(() => {
      const subject = alerts.subjectOf(subjectId);
      if (!subject) throw notFound(`no person ${subjectId}`);
      const kind = subject.kind;
      // A person nobody has configured has their kind's defaults in force (thresholds.effective): start from those.
      const base = store.thresholdsConfigured(subjectId) ? store.thresholds(subjectId) : defaultThresholds(kind);
      const current = byMetric(base);
      const defaults = byMetric(defaultThresholds(kind));
      const fromTemplate = new Set(this.origins(subjectId).map((o) => o.metric));
      const incoming = byMetric(template.items);
      const isOwn = (metric: string, rows: Threshold[]) => !fromTemplate.has(metric) && limitsKey(rows) !== limitsKey(defaults.get(metric) ?? []);

      const next: Threshold[] = [];
      const applied: string[] = [];
      const kept: string[] = [];
      for (const [metric, rows] of current) {
        if (incoming.has(metric)) {
          if (isOwn(metric, rows)) {
            kept.push(metric);
            next.push(...rows);
          }
        } else if (!fromTemplate.has(metric)) {
          // An earlier template's limits for a metric this one does not name go with it; everything else stays.
          next.push(...rows);
        }
      }
      for (const [metric, rows] of incoming) {
        if (kept.includes(metric)) continue;
        applied.push(metric);
        next.push(...rows);
      }
      store.replaceThresholds(subjectId, next);
      this.c.prepare(`DELETE FROM threshold_origins WHERE subject_id = ?`).run(subjectId);
      const ins = this.c.prepare(
        `INSERT INTO threshold_origins (subject_id, metric, template_id, template_name, template_version, limits, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const metric of applied) ins.run(subjectId, metric, template.id, template.name, template.version, limitsKey(incoming.get(metric)!), now, userId);
      audit(this.core.deps, userId, 'thresholds.apply_template', subjectId, { template_id: template.id, name: template.name, version: template.version, applied, kept, thresholds: next });
      return { applied: applied.sort(), kept: kept.sort() };
    })();
    alerts.invalidate(subjectId);
    return { thresholds: store.thresholds(subjectId), ...out, origins: this.origins(subjectId) };
  }
}
