import { v7 as uuidv7 } from 'uuid';
import type { Alert, Priority, Threshold } from '../../api/schemas';
import { iso, isoOrNull } from '../clock';
import type { CoreDeps } from '../context';

export interface AlertRow {
  id: string;
  subject_id: string;
  kind: string;
  rule_key: string;
  metric: string | null;
  value: number | null;
  priority: Priority;
  state: 'open' | 'acknowledged' | 'resolved';
  message: string;
  raised_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  resolved_at: number | null;
}

export const toAlert = (r: AlertRow): Alert => ({
  id: r.id,
  subject_id: r.subject_id,
  kind: r.kind,
  metric: r.metric,
  value: r.value,
  priority: r.priority,
  state: r.state,
  message: r.message,
  raised_at: iso(r.raised_at),
  acknowledged_at: isoOrNull(r.acknowledged_at),
  acknowledged_by: r.acknowledged_by,
  resolved_at: isoOrNull(r.resolved_at),
});

/** Persistence of thresholds and alerts; the rules live in engine.ts. */
export class AlertStore {
  constructor(private readonly deps: CoreDeps) {}

  thresholds(subjectId: string): Threshold[] {
    const rows = this.deps.db.$client
      .prepare(`SELECT metric, min, max, priority, sustain_min FROM thresholds WHERE subject_id = ? ORDER BY metric, id`)
      .all(subjectId) as Array<{ metric: string; min: number | null; max: number | null; priority: Priority; sustain_min: number }>;
    return rows.map((r) => ({ metric: r.metric, min: r.min, max: r.max, priority: r.priority, sustain_min: r.sustain_min }));
  }

  replaceThresholds(subjectId: string, list: Threshold[]): void {
    const c = this.deps.db.$client;
    c.transaction(() => {
      c.prepare(`DELETE FROM thresholds WHERE subject_id = ?`).run(subjectId);
      const ins = c.prepare(`INSERT INTO thresholds (subject_id, metric, min, max, priority, sustain_min) VALUES (?, ?, ?, ?, ?, ?)`);
      for (const t of list) ins.run(subjectId, t.metric, t.min ?? null, t.max ?? null, t.priority, t.sustain_min ?? 0);
    })();
  }

  /** The alert still standing for this condition (open or acknowledged, not resolved). */
  active(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.deps.db.$client
      .prepare(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state <> 'resolved' ORDER BY raised_at DESC LIMIT 1`)
      .get(subjectId, ruleKey) as AlertRow | undefined;
  }

  lastResolved(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.deps.db.$client
      .prepare(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state = 'resolved' ORDER BY resolved_at DESC LIMIT 1`)
      .get(subjectId, ruleKey) as AlertRow | undefined;
  }

  raise(a: { subject_id: string; kind: string; rule_key: string; metric: string | null; value: number | null; priority: Priority; message: string; at: number }): AlertRow {
    const id = uuidv7();
    this.deps.db.$client
      .prepare(
        `INSERT INTO alerts (id, subject_id, kind, rule_key, metric, value, priority, state, message, raised_at, last_notified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
      )
      .run(id, a.subject_id, a.kind, a.rule_key, a.metric, a.value, a.priority, a.message, a.at, a.at);
    return this.get(id)!;
  }

  resolve(id: string, at: number): AlertRow {
    this.deps.db.$client.prepare(`UPDATE alerts SET state = 'resolved', resolved_at = ? WHERE id = ?`).run(at, id);
    return this.get(id)!;
  }

  acknowledge(id: string, userId: string, at: number): AlertRow {
    this.deps.db.$client.prepare(`UPDATE alerts SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ? WHERE id = ?`).run(at, userId, id);
    return this.get(id)!;
  }

  get(id: string): AlertRow | undefined {
    return this.deps.db.$client.prepare(`SELECT * FROM alerts WHERE id = ?`).get(id) as AlertRow | undefined;
  }

  list(subjectIds: string[], q: { state: 'open' | 'acknowledged' | 'resolved' | 'all'; priority?: Priority | undefined; limit: number }): AlertRow[] {
    if (!subjectIds.length) return [];
    const marks = subjectIds.map(() => '?').join(',');
    return this.deps.db.$client
      .prepare(
        `SELECT * FROM alerts WHERE subject_id IN (${marks}) AND (? = 'all' OR state = ?) AND (? IS NULL OR priority = ?)
         ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, raised_at DESC LIMIT ?`,
      )
      .all(...subjectIds, q.state, q.state, q.priority ?? null, q.priority ?? null, q.limit) as AlertRow[];
  }
}
