import { v7 as uuidv7 } from 'uuid';
import type { Priority, Threshold } from '../../api/schemas';
import type { AlertDetail } from '../../api/alerts';
import { iso, isoOrNull } from '../clock';
import type { CoreDeps } from '../context';
import { toEscalation } from './escalation';
import type { SqlRow } from '../../db/rows';
import type { alertSnoozes, alerts, subjects, thresholds } from '../../db/schema';

/** An alert as stored (db/schema.ts `alerts`): `snoozable`/`latching` are 1 or 0, `detail` JSON, `escalation` JSON (`escalation.ts` StoredEscalation) or null. */
export type AlertRow = SqlRow<typeof alerts>;

/** The API shape: contract fields plus the lifecycle details (api/alerts.ts `AlertDetail`). */
export const toAlert = (r: AlertRow): AlertDetail => ({
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
  condition_ended_at: isoOrNull(r.condition_ended_at),
  latching: r.latching !== 0,
  snooze_class: r.snooze_class,
  snoozable: r.snoozable !== 0,
  snoozed_until: isoOrNull(r.snoozed_until),
  last_notified_at: isoOrNull(r.last_notified_at),
  reannounce_count: r.reannounce_count,
  detail: safeJson(r.detail),
  // Only when escalating, so a person without tiers gets exactly the alert of before.
  ...(r.escalation != null && toEscalation(r.escalation) ? { escalation: toEscalation(r.escalation)! } : {}),
});

const safeJson = (s: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export interface RaiseInput {
  subject_id: string;
  kind: string;
  rule_key: string;
  metric: string | null;
  value: number | null;
  priority: Priority;
  message: string;
  /** Epoch ms. */
  at: number;
  snooze_class: string;
  snoozable: boolean;
  snoozed_until: number | null;
  detail: Record<string, unknown>;
  /** Stays open after its condition ends, until acknowledged. */
  latching: boolean;
}

export type SnoozeRow = SqlRow<typeof alertSnoozes>;

/** Persistence of thresholds, alerts and snoozes; the rules live in engine.ts and rules/. Statements are prepared once (hot path). */
export class AlertStore {
  private readonly s;
  constructor(private readonly deps: CoreDeps) {
    const c = deps.db.$client;
    this.s = {
      // priority: only a zod-checked Priority is ever written (api/schemas.ts), the column is plain text.
      thresholds: c.prepare<[string], Pick<SqlRow<typeof thresholds>, 'metric' | 'min' | 'max' | 'sustain_min'> & { priority: Priority }>(`SELECT metric, min, max, priority, sustain_min FROM thresholds WHERE subject_id = ? ORDER BY metric, id`),
      active: c.prepare<[string, string], AlertRow>(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state <> 'resolved' ORDER BY raised_at DESC, id DESC LIMIT 1`),
      open: c.prepare<[string, string], AlertRow>(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state = 'open' ORDER BY raised_at DESC, id DESC LIMIT 1`),
      lastResolved: c.prepare<[string, string], AlertRow>(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state = 'resolved' ORDER BY resolved_at DESC LIMIT 1`),
      lastRaised: c.prepare<[string, string], AlertRow>(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? ORDER BY raised_at DESC, id DESC LIMIT 1`),
      insert: c.prepare(
        `INSERT INTO alerts (id, subject_id, kind, rule_key, metric, value, priority, state, message, raised_at, last_notified_at, snoozed_until, snooze_class, snoozable, reannounce_count, detail, latching)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      ),
      get: c.prepare<[string], AlertRow>(`SELECT * FROM alerts WHERE id = ?`),
      resolve: c.prepare(`UPDATE alerts SET state = 'resolved', resolved_at = ? WHERE id = ? AND state <> 'resolved'`),
      // A resolved alert may still be acknowledged (someone saw it): it stays resolved. A
      // latched alert whose condition has ended is closed by its acknowledgement.
      ack: c.prepare(
        `UPDATE alerts SET state = CASE WHEN state = 'resolved' OR condition_ended_at IS NOT NULL THEN 'resolved' ELSE 'acknowledged' END,
           resolved_at = CASE WHEN resolved_at IS NULL AND condition_ended_at IS NOT NULL THEN @at ELSE resolved_at END,
           acknowledged_at = @at, acknowledged_by = @by WHERE id = @id`,
      ),
      conditionEnded: c.prepare(`UPDATE alerts SET condition_ended_at = ?, updated_at = ? WHERE id = ? AND state <> 'resolved'`),
      escalate: c.prepare(
        `UPDATE alerts SET kind = @kind, priority = @priority, message = @message, value = @value, detail = @detail, snoozable = @snoozable,
           latching = MAX(latching, @latching), condition_ended_at = NULL, updated_at = @at, last_notified_at = @at,
           snoozed_until = CASE WHEN @snoozable = 0 THEN NULL ELSE snoozed_until END WHERE id = @id`,
      ),
      snoozedUntil: c.prepare<[string, string, number], number | null>(`SELECT MAX(until) FROM alert_snoozes WHERE subject_id = ? AND snooze_class = ? AND until > ?`).pluck(),
      touchDevice: c.prepare(`UPDATE devices SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?), battery = COALESCE(?, battery) WHERE id = ?`),
      audit: c.prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, ?, ?, ?, ?)`),
      subject: c.prepare<[string], Pick<SqlRow<typeof subjects>, 'id' | 'name' | 'kind' | 'settings'>>(`SELECT id, name, kind, settings FROM subjects WHERE id = ?`),
      subjectIds: c.prepare<[], SqlRow<typeof subjects>['id']>(`SELECT id FROM subjects ORDER BY id`).pluck(),
      // observations is a view (migration 0021): its columns are written out.
      readings: c.prepare<[string, string, number, number], { t: number; value: number; device_id: string | null }>(`SELECT t, value, device_id FROM observations WHERE subject_id = ? AND metric = ? AND t >= ? AND t <= ? ORDER BY t`),
      lastN: c.prepare<[string, string, number, number], { t: number; value: number }>(`SELECT t, value FROM observations WHERE subject_id = ? AND metric = ? AND t < ? ORDER BY t DESC LIMIT ?`),
      configured: c.prepare(`SELECT 1 FROM audit WHERE subject_id = ? AND action IN ('thresholds.put', 'thresholds.defaults') LIMIT 1`).pluck(),
      hasThresholds: c.prepare(`SELECT 1 FROM thresholds WHERE subject_id = ? LIMIT 1`).pluck(),
    };
  }

  thresholds(subjectId: string): Threshold[] {
    const rows = this.s.thresholds.all(subjectId);
    return rows.map((r) => ({ metric: r.metric, min: r.min, max: r.max, priority: r.priority, sustain_min: r.sustain_min }));
  }

  /** Replaces the subject's set; `at` (epoch ms) is when it was set, by default now (sync passes the origin's time). */
  replaceThresholds(subjectId: string, list: Threshold[], at?: number): void {
    const c = this.deps.db.$client;
    c.transaction(() => {
      c.prepare(`DELETE FROM thresholds WHERE subject_id = ?`).run(subjectId);
      const ins = c.prepare(`INSERT INTO thresholds (subject_id, metric, min, max, priority, sustain_min) VALUES (?, ?, ?, ?, ?, ?)`);
      for (const t of list) ins.run(subjectId, t.metric, t.min ?? null, t.max ?? null, t.priority, t.sustain_min ?? 0);
      // Stamps the set for sync (last writer wins; the trigger queues it).
      // Never earlier than the set it replaces (a clock behind another install's must not make a
      // newer edit lose to an older one it has already seen).
      if (at === undefined) c.prepare(`UPDATE subjects SET thresholds_updated_at = MAX(?, COALESCE(thresholds_updated_at, 0) + 1) WHERE id = ?`).run(this.deps.clock.now(), subjectId);
      else c.prepare(`UPDATE subjects SET thresholds_updated_at = ? WHERE id = ?`).run(at, subjectId);
    })();
  }

  /** Whether anyone ever set this subject's thresholds (or the defaults were applied): then an empty list means "none". */
  thresholdsConfigured(subjectId: string): boolean {
    return this.s.hasThresholds.get(subjectId) !== undefined || this.s.configured.get(subjectId) !== undefined;
  }

  /** The alert still standing for this condition (open or acknowledged, not resolved). */
  active(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.s.active.get(subjectId, ruleKey);
  }

  openFor(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.s.open.get(subjectId, ruleKey);
  }

  lastResolved(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.s.lastResolved.get(subjectId, ruleKey);
  }

  lastRaised(subjectId: string, ruleKey: string): AlertRow | undefined {
    return this.s.lastRaised.get(subjectId, ruleKey);
  }

  raise(a: RaiseInput): AlertRow {
    const id = uuidv7();
    this.s.insert.run(id, a.subject_id, a.kind, a.rule_key, a.metric, a.value, a.priority, a.message, a.at, a.at, a.snoozed_until, a.snooze_class, a.snoozable ? 1 : 0, JSON.stringify(a.detail), a.latching ? 1 : 0);
    return this.get(id)!;
  }

  resolve(id: string, at: number): AlertRow {
    this.s.resolve.run(at, id);
    return this.get(id)!;
  }

  /** Acknowledges; a latched alert whose condition has ended is closed (resolved) at the same time. */
  acknowledge(id: string, userId: string, at: number): AlertRow {
    this.s.ack.run({ at, by: userId, id });
    return this.get(id)!;
  }

  /** A latched alert's condition ended at `at` (null: it holds again); `now` stamps the change for sync. */
  setConditionEnded(id: string, at: number | null, now: number): AlertRow {
    this.s.conditionEnded.run(at, now, id);
    return this.get(id)!;
  }

  /** Escalates a standing alert in place to a deeper nested limit (higher priority); the condition holds again. */
  escalate(id: string, e: { kind: string; priority: Priority; message: string; value: number | null; detail: Record<string, unknown>; snoozable: boolean; latching: boolean }, now: number): AlertRow {
    this.s.escalate.run({ id, kind: e.kind, priority: e.priority, message: e.message, value: e.value, detail: JSON.stringify(e.detail), snoozable: e.snoozable ? 1 : 0, latching: e.latching ? 1 : 0, at: now });
    return this.get(id)!;
  }

  get(id: string): AlertRow | undefined {
    return this.s.get.get(id);
  }

  /** Most urgent first, then newest; `from`/`to` (ISO) bound `raised_at` to [from, to). */
  list(subjectIds: string[], q: { state: 'open' | 'acknowledged' | 'resolved' | 'all'; priority?: Priority | undefined; from?: string | undefined; to?: string | undefined; limit: number }): AlertRow[] {
    if (!subjectIds.length) return [];
    const marks = subjectIds.map(() => '?').join(',');
    const from = q.from ? Date.parse(q.from) : null;
    const to = q.to ? Date.parse(q.to) : null;
    return this.deps.db.$client
      .prepare<unknown[], AlertRow>(
        `SELECT * FROM alerts WHERE subject_id IN (${marks}) AND (? = 'all' OR state = ?) AND (? IS NULL OR priority = ?)
         AND (? IS NULL OR raised_at >= ?) AND (? IS NULL OR raised_at < ?)
         ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, raised_at DESC LIMIT ?`,
      )
      .all(...subjectIds, q.state, q.state, q.priority ?? null, q.priority ?? null, from, from, to, to, q.limit);
  }

  /** Alerts not yet resolved (open or acknowledged) of these subjects. */
  standingOf(subjectIds: string[]): AlertRow[] {
    if (!subjectIds.length) return [];
    const marks = subjectIds.map(() => '?').join(',');
    return this.deps.db.$client.prepare<string[], AlertRow>(`SELECT * FROM alerts WHERE subject_id IN (${marks}) AND state <> 'resolved' ORDER BY raised_at DESC`).all(...subjectIds);
  }

  /** Open high/medium alerts due for re-announcement (the engine filters by each subject's interval). */
  dueForReannounce(): AlertRow[] {
    return this.deps.db.$client.prepare<[], AlertRow>(`SELECT * FROM alerts WHERE state = 'open' AND priority IN ('high', 'medium')`).all();
  }

  /** Open high alerts: those escalating through tiers, and those whose person got tiers since (the timer moves or starts them). */
  openHigh(): AlertRow[] {
    return this.deps.db.$client.prepare<[], AlertRow>(`SELECT * FROM alerts WHERE state = 'open' AND priority = 'high'`).all();
  }

  /** Records the escalation tier reached (JSON, `escalation.ts`); null: the person no longer has tiers. */
  setEscalation(id: string, escalation: string | null): AlertRow {
    this.deps.db.$client.prepare(`UPDATE alerts SET escalation = ? WHERE id = ?`).run(escalation, id);
    return this.get(id)!;
  }

  markReannounced(id: string, at: number): AlertRow {
    this.deps.db.$client.prepare(`UPDATE alerts SET last_notified_at = ?, reannounce_count = reannounce_count + 1 WHERE id = ?`).run(at, id);
    return this.get(id)!;
  }

  // ---- snoozes

  /** Until when (epoch ms) this class is snoozed for the subject, or null. */
  snoozedUntil(subjectId: string, snoozeClass: string, now: number): number | null {
    return this.s.snoozedUntil.get(subjectId, snoozeClass, now) ?? null;
  }

  addSnooze(subjectId: string, snoozeClass: string, until: number, userId: string | null, now: number): SnoozeRow {
    const id = uuidv7();
    const c = this.deps.db.$client;
    c.prepare(`DELETE FROM alert_snoozes WHERE subject_id = ? AND snooze_class = ?`).run(subjectId, snoozeClass);
    c.prepare(`INSERT INTO alert_snoozes (id, subject_id, snooze_class, until, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(id, subjectId, snoozeClass, until, userId, now);
    // Open, snoozable alerts of the class go quiet too.
    c.prepare(`UPDATE alerts SET snoozed_until = ? WHERE subject_id = ? AND snooze_class = ? AND state = 'open' AND snoozable = 1`).run(until, subjectId, snoozeClass);
    return { id, subject_id: subjectId, snooze_class: snoozeClass, until, created_by: userId, created_at: now };
  }

  removeSnooze(subjectId: string, snoozeClass: string, now: number): number {
    const c = this.deps.db.$client;
    c.prepare(`UPDATE alerts SET snoozed_until = NULL WHERE subject_id = ? AND snooze_class = ? AND snoozed_until > ?`).run(subjectId, snoozeClass, now);
    return c.prepare(`DELETE FROM alert_snoozes WHERE subject_id = ? AND snooze_class = ?`).run(subjectId, snoozeClass).changes;
  }

  snoozes(subjectId: string, now: number): SnoozeRow[] {
    return this.deps.db.$client.prepare<[string, number], SnoozeRow>(`SELECT * FROM alert_snoozes WHERE subject_id = ? AND until > ? ORDER BY until DESC`).all(subjectId, now);
  }

  // ---- what rules read

  touchDevice(id: string, at: number, battery: number | null): void {
    this.s.touchDevice.run(at, battery, id);
  }

  audit(at: number, userId: string | null, action: string, subjectId: string | null, detail: unknown): void {
    this.s.audit.run(at, userId, action, subjectId, JSON.stringify(detail ?? {}));
  }

  subject(id: string): { id: string; name: string; kind: string; settings: string } | undefined {
    return this.s.subject.get(id);
  }

  subjectIds(): string[] {
    return this.s.subjectIds.all();
  }

  readings(subjectId: string, metric: string, from: number, to: number): Array<{ t: number; value: number; device_id: string | null }> {
    return this.s.readings.all(subjectId, metric, from, to);
  }

  /** The `n` readings before `t`, newest first. */
  before(subjectId: string, metric: string, t: number, n: number): Array<{ t: number; value: number }> {
    return this.s.lastN.all(subjectId, metric, t, n);
  }
}
