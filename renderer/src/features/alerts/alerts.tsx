import { Fragment, useCallback, useEffect, useState } from 'react';
import { describeTier, type AlertDetail, type AuditEntry } from '../../../../api/alerts';
import type { Subject } from '../../../../api/schemas';
import { client } from '../../client';
import { ago } from '../metric/format';
import { conditionEndedText } from './condition';
import './alerts.css';
import { fmtDateTime, fmtTime } from '../../app/time-format';

type StateFilter = 'open' | 'acknowledged' | 'resolved' | 'all';
const SNOOZE_CHOICES = [15, 30, 60, 120] as const;

const stateText = (a: AlertDetail, now: number): string => {
  const snoozed = a.snoozed_until && Date.parse(a.snoozed_until) > now ? `, snoozed until ${fmtTime(a.snoozed_until)}` : '';
  if (a.state === 'acknowledged') return `acknowledged ${a.acknowledged_at ? ago(a.acknowledged_at) : ''}${snoozed}`;
  if (a.state === 'resolved') return `resolved ${a.resolved_at ? ago(a.resolved_at) : ''}${a.acknowledged_at ? ' (acknowledged)' : ''}`;
  const ended = conditionEndedText(a);
  return `open${a.escalation ? `, ${describeTier(a.escalation)}` : ''}${ended ? `, ${ended}` : ''}${a.reannounce_count ? `, announced ${a.reannounce_count + 1}×` : ''}${snoozed}`;
};

/** The alert centre: filter by state, priority and person; acknowledge, snooze, and read each alert's reasons and history. */
export function AlertsScreen({ subjects }: { subjects: Subject[] }) {
  const [state, setState] = useState<StateFilter>('open');
  const [priority, setPriority] = useState<'' | 'high' | 'medium' | 'low'>('');
  const [subjectId, setSubjectId] = useState('');
  const [alerts, setAlerts] = useState<AlertDetail[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [trail, setTrail] = useState<AuditEntry[]>([]);

  const load = useCallback(async () => {
    const r = await client.call('alerts.list', { state, ...(priority ? { priority } : {}), ...(subjectId ? { subject_id: subjectId } : {}) });
    setAlerts(r.items as AlertDetail[]);
  }, [state, priority, subjectId]);

  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
    return client.subscribe((ev) => {
      if (ev.type.startsWith('alert.')) void load().catch(() => undefined);
    });
  }, [load]);

  useEffect(() => {
    if (!expanded) return;
    void client.call('alerts.audit', { alert_id: expanded }).then((r) => setTrail(r.items)).catch(() => setTrail([]));
  }, [expanded, alerts]);

  const name = (id: string) => subjects.find((s) => s.id === id)?.name ?? id;
  // Viewers see a person's alerts but may not answer them (the core refuses with 403): no buttons that only fail.
  const mayAnswer = (id: string) => subjects.find((s) => s.id === id)?.role !== 'viewer';
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const now = Date.now();

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alerts</h1>
      <div className="row" style={{ marginBottom: 16 }}>
        <div className="field">
          <label htmlFor="f-state">State</label>
          <select id="f-state" value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            <option value="open">Open</option>
            <option value="acknowledged">Acknowledged</option>
            <option value="resolved">Resolved</option>
            <option value="all">All</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-priority">Priority</label>
          <select id="f-priority" value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
            <option value="">Any</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-subject">Person</label>
          <select id="f-subject" value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
            <option value="">Everyone</option>
            {subjects.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {alerts.length === 0 ? (
        <p>No alerts here.</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">Priority</th><th scope="col">Person</th><th scope="col">What</th><th scope="col">Raised</th><th scope="col">State</th><th scope="col"><span className="muted">Actions</span></th></tr>
          </thead>
          <tbody>
            {alerts.map((a) => {
              const label = `${a.message || a.kind} for ${name(a.subject_id)}`;
              const snoozed = !!a.snoozed_until && Date.parse(a.snoozed_until) > now;
              return (
                <Fragment key={a.id}>
                  <tr data-alert-id={a.id} data-state={a.state} className={snoozed ? 'alert-row-snoozed' : undefined}>
                    <td><span className={`badge ${a.priority}`}>{a.priority}</span></td>
                    <td>{name(a.subject_id)}</td>
                    <td>{a.message || a.kind}</td>
                    <td title={fmtDateTime(a.raised_at)}>{ago(a.raised_at)}</td>
                    <td>{stateText(a, now)}</td>
                    <td>
                      <div className="row" style={{ gap: 6 }}>
                        {!mayAnswer(a.subject_id) && a.state !== 'resolved' && <span className="muted">a viewer cannot acknowledge or snooze</span>}
                        {mayAnswer(a.subject_id) && a.state === 'open' && (
                          <button type="button" onClick={() => void act(() => client.call('alerts.ack', { id: a.id }))} aria-label={`Acknowledge ${label}`}>Acknowledge</button>
                        )}
                        {mayAnswer(a.subject_id) && a.state !== 'resolved' && a.snoozable && (
                          <select
                            aria-label={`Snooze ${label}`}
                            value=""
                            onChange={(e) => {
                              const minutes = Number(e.target.value);
                              if (minutes) void act(() => client.call('alerts.snooze', { id: a.id, minutes }));
                            }}
                          >
                            <option value="">Snooze…</option>
                            {SNOOZE_CHOICES.map((m) => (
                              <option key={m} value={m}>{m} min</option>
                            ))}
                          </select>
                        )}
                        {mayAnswer(a.subject_id) && a.state !== 'resolved' && !a.snoozable && <span className="muted" title="Urgent lows cannot be snoozed">cannot snooze</span>}
                        <button type="button" aria-expanded={expanded === a.id} onClick={() => setExpanded(expanded === a.id ? null : a.id)} aria-label={`Details of ${label}`}>
                          Details
                        </button>
                      </div>
                    </td>
                  </tr>
                  {expanded === a.id && (
                    <tr>
                      <td colSpan={6}>
                        <AlertDetailView alert={a} trail={trail} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A detail value for people: UTC stamps (`from`, `last_seen_at` …) in the viewer's local time. */
function factText(v: unknown): string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(v) ? fmtDateTime(v) : String(v);
}

/** Why the alert was raised (its inputs, a forecast's band) and everything that happened to it. */
function AlertDetailView({ alert, trail }: { alert: AlertDetail; trail: AuditEntry[] }) {
  const d = alert.detail;
  const points = Array.isArray(d.points) ? (d.points as Array<{ t: string; mg_dl: number; lo: number; hi: number }>) : [];
  const facts = Object.entries(d).filter(([k, v]) => k !== 'points' && (typeof v === 'number' || typeof v === 'string'));
  return (
    <div className="alert-detail stack">
      {facts.length > 0 && (
        <p>
          {facts.map(([k, v]) => (
            <span key={k} style={{ marginRight: 16 }}>
              <span className="muted">{k.replace(/_/g, ' ')}:</span> {factText(v)}
            </span>
          ))}
        </p>
      )}
      {points.length > 0 && (
        <table aria-label="Forecast with 80 % band">
          <thead>
            <tr><th scope="col">Time</th><th scope="col">Forecast (mg/dL)</th><th scope="col">80 % band</th></tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.t}><td>{fmtTime(p.t)}</td><td>{p.mg_dl}</td><td>{p.lo}–{p.hi}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {points.length > 0 && <p className="muted">A forecast is a suggestion from recent readings, not a measurement.</p>}
      <h2 style={{ fontSize: 'var(--text-md)' }}>History</h2>
      <ol>
        {[...trail].reverse().map((t) => (
          <li key={t.id}>
            {fmtDateTime(t.at)} — {t.action.replace('alert.', '')}
            {t.user_name ? ` by ${t.user_name}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
