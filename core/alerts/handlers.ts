import { badRequest, conflict, notFound } from '../../api/errors';
import type { alertsProcedures, AuditEntry, Snooze } from '../../api/alerts';
import type { coreProcedures } from '../../api/procedures';
import type { SubjectKind } from '../../api/schemas';
import type { Core, DomainHandlers } from '../core-types';
import { iso } from '../clock';
import type { CallContext } from '../context';
import { audit } from '../records/subjects';
import { tiersOf } from './escalation';
import { kioskBoard } from './kiosk';
import { defaultThresholds, resolveSettings } from './settings';
import { toAlert, type SnoozeRow } from './store';
import { checkThresholds } from './threshold-check';
import type { SqlRow } from '../../db/rows';
import type { alerts as alertsTable, audit as auditLog, users } from '../../db/schema';

const MIN = 60_000;
/** What `alerts.relay.get` shows in place of the address to an account that is not an install administrator. */
export const REDACTED_URL = '(hidden: only an administrator of this install sees the address)';
const toSnooze = (r: SnoozeRow): Snooze => ({ id: r.id, subject_id: r.subject_id, snooze_class: r.snooze_class, until: iso(r.until), created_by: r.created_by });

/** The alerts domain's procedures (api/alerts.ts). */
export function alertsHandlers(core: Core): DomainHandlers<typeof alertsProcedures> {
  const { deps, access, alerts } = core;
  const store = alerts.store;
  const c = deps.db.$client;
  const relay = alerts.relay;

  const subjectKind = (ctx: CallContext, id: string): SubjectKind => core.subjects.get(ctx, id).kind;

  // Callers hold 'acknowledge' on the subject: core.call checked it (api/alerts.ts).
  const snoozeClass = (ctx: CallContext, subjectId: string, cls: string, minutes: number) => {
    const user = access.requireUser(ctx);
    const now = deps.clock.now();
    const until = now + minutes * MIN;
    const touched = c.prepare<[string, string], SqlRow<typeof alertsTable>['id']>(`SELECT id FROM alerts WHERE subject_id = ? AND snooze_class = ? AND state = 'open' AND snoozable = 1`).pluck().all(subjectId, cls);
    const row = c.transaction(() => {
      const r = store.addSnooze(subjectId, cls, until, user.id, now);
      store.audit(now, user.id, 'alert.snoozed', subjectId, { snooze_class: cls, minutes, until, alerts: touched });
      return r;
    })();
    for (const id of touched) {
      const alert = toAlert(store.get(id)!);
      deps.bus.publish({ type: 'alert.snoozed', subject_id: subjectId, alert });
    }
    return row;
  };

  return {
    'alerts.get': (a) => {
      const row = store.get(a.id);
      if (!row) throw notFound(`no alert ${a.id}`);
      return toAlert(row);
    },
    'alerts.snooze': (a, ctx) => {
      const row = store.get(a.id);
      if (!row) throw notFound(`no alert ${a.id}`);
      if (row.snoozable === 0) throw conflict(`${row.kind === 'urgent_low' || row.kind === 'urgent_low_soon' ? 'an urgent low' : 'this alert'} cannot be snoozed`);
      if (row.state === 'resolved') throw conflict('that alert has already resolved');
      snoozeClass(ctx, row.subject_id, row.snooze_class ?? row.kind, a.minutes);
      return toAlert(store.get(a.id)!);
    },
    'alerts.snooze_class': (a, ctx) => toSnooze(snoozeClass(ctx, a.subject_id, a.snooze_class, a.minutes)),
    'alerts.snoozes': (a) => {
      return store.snoozes(a.subject_id, deps.clock.now()).map(toSnooze);
    },
    'alerts.unsnooze': (a, ctx) => {
      const user = access.requireUser(ctx);
      const now = deps.clock.now();
      c.transaction(() => {
        store.removeSnooze(a.subject_id, a.snooze_class, now);
        store.audit(now, user.id, 'alert.unsnoozed', a.subject_id, { snooze_class: a.snooze_class });
      })();
      return { ok: true };
    },
    'alerts.audit': (a, ctx) => {
      const user = access.requireUser(ctx);
      let subjects: string[];
      let alertId: string | null = null;
      if (a.alert_id) {
        const row = store.get(a.alert_id);
        if (!row) throw notFound(`no alert ${a.alert_id}`);
        access.require(ctx, row.subject_id, 'read');
        subjects = [row.subject_id];
        alertId = row.id;
      } else if (a.subject_id) {
        subjects = [a.subject_id];
      } else subjects = access.visibleSubjects(user.id);
      if (!subjects.length) return { items: [] };
      const marks = subjects.map(() => '?').join(',');
      const rows = c
        .prepare<unknown[], SqlRow<typeof auditLog> & { user_name: SqlRow<typeof users>['name'] | null }>(
          `SELECT a.id, a.at, a.user_id, u.name AS user_name, a.action, a.subject_id, a.detail FROM audit a LEFT JOIN users u ON u.id = a.user_id
           WHERE a.subject_id IN (${marks}) AND (a.action LIKE 'alert%' OR a.action LIKE 'thresholds.%')
             AND (? IS NULL OR json_extract(a.detail, '$.alert') = ?)
           ORDER BY a.at DESC, a.id DESC LIMIT ?`,
        )
        .all(...subjects, alertId, alertId, a.limit);
      const items: AuditEntry[] = rows.map((r) => ({ ...r, at: iso(r.at), detail: JSON.parse(r.detail) as Record<string, unknown> }));
      return { items };
    },
    'alerts.settings.get': (a, ctx) => resolveSettings(core.subjects.get(ctx, a.subject_id).settings),
    'alerts.settings.put': (a, ctx) => {
      const cur = core.subjects.get(ctx, a.subject_id);
      const prev = (cur.settings.alerts ?? {}) as Record<string, unknown>;
      const next = { ...prev, ...a.settings };
      const updated = core.subjects.update(ctx, a.subject_id, { settings: { alerts: next } });
      return resolveSettings(updated.settings);
    },
    'alerts.escalation.get': (a, ctx) => ({ tiers: tiersOf(core.subjects.get(ctx, a.subject_id).settings) }),
    'alerts.escalation.put': (a, ctx) => {
      // A tier may only name people who can see the alarm; anyone else would silently hear nothing.
      a.tiers.forEach((t, i) =>
        t.user_ids.forEach((u, j) => {
          if (access.roleOf(u, a.subject_id) === null) throw badRequest(`tiers.${i}.user_ids.${j}: ${u} is not shared this person`, `tiers.${i}.user_ids.${j}`);
        }),
      );
      const updated = core.subjects.update(ctx, a.subject_id, { settings: { escalation: { tiers: a.tiers } } });
      store.audit(deps.clock.now(), ctx.user?.id ?? null, 'alerts.escalation', a.subject_id, { tiers: a.tiers });
      return { tiers: tiersOf(updated.settings) };
    },
    'thresholds.defaults': (a) => defaultThresholds(a.kind),
    'thresholds.use_defaults': (a, ctx) => {
      const list = alerts.applyDefaults(a.subject_id, subjectKind(ctx, a.subject_id), ctx.user!.id);
      return list;
    },
    'thresholds.effective': (a) => {
      return alerts.thresholdsOf(a.subject_id);
    },
    'kiosk.board': (_a, ctx) => kioskBoard(deps, store, core.subjects.list(ctx).map((s) => ({ id: s.id, name: s.name, kind: s.kind, settings: s.settings }))),
    'alerts.relay.get': (_a, ctx) => {
      const view = { ...relay.config(), last_delivery: relay.lastDelivery() };
      // The address usually carries its token (a Slack or ntfy URL): only the install's
      // administrators, who may change it, see it; everyone else sees whether it is on.
      if (access.isInstallAdmin(access.requireUser(ctx))) return { ...view, manageable: true };
      return { ...view, url: view.url ? REDACTED_URL : '', manageable: false };
    },
    // Only the install's administrators reach these two (core.call checks 'install_admin').
    'alerts.relay.test': async (_a, ctx) => {
      const user = access.requireUser(ctx);
      const cur = relay.config();
      if (!cur.url) throw conflict('save a relay address first');
      if (cur.owner_id && cur.owner_id !== user.id) throw conflict('another user has set up the relay on this install');
      return relay.test(user.id);
    },
    'alerts.relay.put': (a, ctx) => {
      const user = access.requireUser(ctx);
      const cur = relay.config();
      // One relay per install: whoever set it up owns it until they turn it off.
      if (cur.enabled && cur.owner_id && cur.owner_id !== user.id) throw conflict('another user has set up the relay on this install');
      return { ...relay.save(a, user.id), last_delivery: relay.lastDelivery(), manageable: true };
    },
  };
}

type AlertCoreProcedures = Pick<typeof coreProcedures, 'thresholds.get' | 'thresholds.put' | 'alerts.list' | 'alerts.ack'>;

/** Thresholds, the alert list and acknowledgement (api/procedures.ts). */
export function thresholdAndAckHandlers(core: Core): DomainHandlers<AlertCoreProcedures> {
  const { deps, access, alerts } = core;
  const client = deps.db.$client;
  return {
    'thresholds.get': (a) => {
      // What is in force: the subject's own, or its kind's defaults until a clinician sets them.
      return alerts.thresholdsOf(a.subject_id);
    },
    'thresholds.put': (a, ctx) => {
      checkThresholds(a.thresholds);
      alerts.store.replaceThresholds(a.subject_id, a.thresholds);
      audit(deps, ctx.user!.id, 'thresholds.put', a.subject_id, a.thresholds);
      return alerts.store.thresholds(a.subject_id);
    },

    'alerts.list': (a, ctx) => {
      const user = access.requireUser(ctx);
      const visible = a.subject_id ? [a.subject_id] : access.visibleSubjects(user.id);
      return { items: alerts.store.list(visible, a).map(toAlert) };
    },
    'alerts.ack': (a, ctx) => {
      const user = access.requireUser(ctx);
      const row = alerts.store.get(a.id);
      if (!row) throw notFound(`no alert ${a.id}`);
      if (row.state === 'acknowledged' || row.acknowledged_at !== null) throw conflict('that alert was already acknowledged');
      const done = client.transaction(() => {
        const r = alerts.store.acknowledge(a.id, user.id, deps.clock.now());
        audit(deps, user.id, 'alert.ack', row.subject_id, { alert: a.id });
        // A latched alert whose condition has ended is closed by its acknowledgement.
        if (row.state === 'open' && r.state === 'resolved') audit(deps, null, 'alert.resolved', row.subject_id, { alert: a.id, kind: row.kind, at: r.resolved_at, latched: true });
        return r;
      })();
      const alert = toAlert(done);
      deps.bus.publish({ type: 'alert.acknowledged', subject_id: alert.subject_id, alert });
      if (row.state === 'open' && done.state === 'resolved') deps.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
      return alert;
    },
  };
}
