import { useCallback, useEffect, useState } from 'react';
import { roleAllows } from '../../../../api/access';
import type { AlertSettingsT, RelayConfig, RelayDelivery, Snooze } from '../../../../api/alerts';
import { METRICS, type MetricCode } from '../../../../api/metrics';
import type { Priority, Subject, Threshold } from '../../../../api/schemas';
import { client } from '../../client';
import type { ThresholdOrigin } from '../../../../api/templates';
import { deliveryText } from './relay-text';
import { fmtDateTime, fmtTime, fmtTimeSeconds } from '../../app/time-format';
import { EscalationCard } from './escalation-card';
import { TemplatesCard } from './templates-card';
import './thresholds.css';

/** Metrics a threshold makes sense for (not raw streams). */
const METRIC_CHOICES = (Object.keys(METRICS) as MetricCode[]).filter((m) => m !== 'accel');

interface Row {
  metric: string;
  min: string;
  max: string;
  priority: Priority;
  sustain_min: string;
}
const toRow = (t: Threshold): Row => ({ metric: t.metric, min: t.min == null ? '' : String(t.min), max: t.max == null ? '' : String(t.max), priority: t.priority, sustain_min: String(t.sustain_min ?? 0) });
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

const SETTING_FIELDS: Array<{ key: keyof AlertSettingsT; label: string }> = [
  { key: 'realert_min', label: 'Minimum re-alert interval (min)' },
  { key: 'reannounce_high_min', label: 'Re-announce unacknowledged high alerts every (min)' },
  { key: 'signal_loss_warn_min', label: 'Signal-loss warning after (min)' },
  { key: 'signal_loss_urgent_min', label: 'Signal-loss urgent after (min)' },
  { key: 'battery_low_percent', label: 'Battery low at (%)' },
  { key: 'glucose_fall_rate', label: 'Glucose falling fast beyond (mg/dL/min)' },
  { key: 'predicted_low_horizon_min', label: '"Low soon" forecast horizon (min)' },
  { key: 'monitoring_gap_min', label: 'Alert when monitoring was off for (min)' },
];

/**
 * Thresholds for clinicians (#/thresholds): per patient and per metric, with the
 * patient kind's defaults one click away, the alert timing settings, active snoozes
 * and (per install) the webhook relay.
 */
export function ThresholdsScreen({ subjects, subject }: { subjects: Subject[]; subject: Subject | null }) {
  const [picked, setSubjectId] = useState('');
  // The shell's current person until another is picked here (subjects arrive after the first render).
  const subjectId = picked || subject?.id || subjects[0]?.id || '';
  const [rows, setRows] = useState<Row[]>([]);
  const [settings, setSettings] = useState<AlertSettingsT | null>(null);
  const [snoozes, setSnoozes] = useState<Snooze[]>([]);
  const [origins, setOrigins] = useState<Map<string, ThresholdOrigin>>(new Map());
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = subjects.find((s) => s.id === subjectId) ?? null;

  const load = useCallback(async () => {
    if (!subjectId) return;
    const [t, s, z, o] = await Promise.all([
      client.call('thresholds.effective', { subject_id: subjectId }),
      client.call('alerts.settings.get', { subject_id: subjectId }),
      client.call('alerts.snoozes', { subject_id: subjectId }),
      client.call('thresholds.origins', { subject_id: subjectId }),
    ]);
    setRows(t.map(toRow));
    setOrigins(new Map(o.map((x) => [x.metric, x])));
    setSettings(s);
    setSnoozes(z);
  }, [subjectId]);

  useEffect(() => {
    setError(null);
    setStatus(null);
    void load().catch((e: Error) => setError(e.message));
  }, [load]);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus(null);
    try {
      await fn();
      await load();
      setStatus(done);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const limits = () => rows.map((r) => ({ metric: r.metric, min: num(r.min), max: num(r.max), priority: r.priority, sustain_min: Number(r.sustain_min) || 0 }));
  const save = () => run(() => client.call('thresholds.put', { subject_id: subjectId, thresholds: limits() }), 'Thresholds saved.');
  const said = useCallback((m: string) => {
    setError(null);
    setStatus(m);
  }, []);
  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (!subjects.length) return <p>Add a person on the overview first.</p>;
  return (
    <section aria-labelledby="thresholds-title" className="stack">
      <h1 id="thresholds-title">Thresholds</h1>
      <div className="field" style={{ maxWidth: 360 }}>
        <label htmlFor="th-subject">Person</label>
        <select id="th-subject" value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>{s.name} ({s.kind})</option>
          ))}
        </select>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      {current && !roleAllows(current.role, 'manage') && (
        <p role="note" data-testid="thresholds-read-only">
          You can see {current.name}’s limits and alert timing but not change them: only the owner and clinicians can.
        </p>
      )}
      <div className="card stack">
        <h2 style={{ marginTop: 0 }}>Limits</h2>
        <p className="muted">An alert is raised when a reading (smoothed for noisy sensors) goes below the minimum or above the maximum for the given minutes; it clears when the reading is back inside.</p>
        <table className="thresholds-table">
          <thead>
            <tr><th scope="col">Metric</th><th scope="col">Below</th><th scope="col">Above</th><th scope="col">Priority</th><th scope="col">For (min)</th><th scope="col"><span className="muted">Remove</span></th></tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const unit = (METRICS as Record<string, { unit: string } | undefined>)[r.metric]?.unit ?? '';
              const origin = origins.get(r.metric);
              return (
                <tr key={i} data-metric={r.metric} data-origin={origin ? 'template' : 'own'}>
                  <td>
                    <select aria-label={`Metric of row ${i + 1}`} value={r.metric} onChange={(e) => update(i, { metric: e.target.value })}>
                      {METRIC_CHOICES.map((m) => (
                        <option key={m} value={m}>{METRICS[m].display}</option>
                      ))}
                    </select>
                    {/* Where the limit came from, in the metric's cell: the table is already as wide as the screen. */}
                    <div className="muted" data-testid="threshold-origin">
                      {origin ? (
                        <span title={`Applied ${fmtDateTime(origin.applied_at)}`}>
                          from template {origin.template_name} v{origin.template_version}
                          {origin.template_deleted ? ' (template deleted)' : ''}
                        </span>
                      ) : (
                        'own'
                      )}
                    </div>
                  </td>
                  <td><input aria-label={`Minimum of row ${i + 1} (${unit})`} inputMode="decimal" size={6} value={r.min} onChange={(e) => update(i, { min: e.target.value })} /> {unit}</td>
                  <td><input aria-label={`Maximum of row ${i + 1} (${unit})`} inputMode="decimal" size={6} value={r.max} onChange={(e) => update(i, { max: e.target.value })} /> {unit}</td>
                  <td>
                    <select aria-label={`Priority of row ${i + 1}`} value={r.priority} onChange={(e) => update(i, { priority: e.target.value as Priority })}>
                      <option value="high">High</option>
                      <option value="medium">Medium</option>
                      <option value="low">Low</option>
                    </select>
                  </td>
                  <td><input aria-label={`Minutes of row ${i + 1}`} type="number" min={0} max={1440} style={{ width: '5em' }} value={r.sustain_min} onChange={(e) => update(i, { sustain_min: e.target.value })} /></td>
                  <td><button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={`Remove row ${i + 1}`}>Remove</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="row">
          <button type="button" onClick={() => setRows((rs) => [...rs, { metric: 'glucose', min: '', max: '', priority: 'medium', sustain_min: '0' }])}>Add a limit</button>
          <button type="button" onClick={() => void save()}>Save thresholds</button>
          <button type="button" onClick={() => void run(() => client.call('thresholds.use_defaults', { subject_id: subjectId }), `Defaults for ${current?.kind ?? 'this person'} applied.`)}>Use defaults</button>
        </div>
      </div>
      <TemplatesCard
        subjectId={subjectId}
        canApply={current ? roleAllows(current.role, 'manage') : false}
        limits={limits}
        onApplied={load}
        onStatus={said}
        onError={setError}
      />
      <EscalationCard key={subjectId} subjectId={subjectId} canEdit={current ? roleAllows(current.role, 'manage') : false} onStatus={said} />
      {settings && <SettingsCard subjectId={subjectId} settings={settings} onSaved={() => void load().then(() => setStatus('Alert settings saved.'))} onError={setError} />}
      <div className="card stack">
        <h2 style={{ marginTop: 0 }}>Snoozed</h2>
        {snoozes.length === 0 ? (
          <p className="muted">Nothing is snoozed.</p>
        ) : (
          <ul>
            {snoozes.map((z) => (
              <li key={z.id}>
                {z.snooze_class} until {fmtTime(z.until)}{' '}
                <button type="button" onClick={() => void run(() => client.call('alerts.unsnooze', { subject_id: subjectId, snooze_class: z.snooze_class }), 'Snooze ended.')}>End snooze</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <RelayCard onError={setError} />
    </section>
  );
}

function SettingsCard({ subjectId, settings, onSaved, onError }: { subjectId: string; settings: AlertSettingsT; onSaved: () => void; onError: (m: string) => void }) {
  const [draft, setDraft] = useState<Record<string, string>>({});
  useEffect(() => setDraft(Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, String(settings[f.key])]))), [settings]);
  const save = async () => {
    try {
      await client.call('alerts.settings.put', { subject_id: subjectId, settings: Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, Number(draft[f.key])])) });
      onSaved();
    } catch (e) {
      onError((e as Error).message);
    }
  };
  return (
    <form className="card stack" aria-label="Alert timing" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2 style={{ marginTop: 0 }}>Alert timing</h2>
      <div className="grid">
        {SETTING_FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`set-${f.key}`}>{f.label}</label>
            <input id={`set-${f.key}`} inputMode="decimal" value={draft[f.key] ?? ''} onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))} />
          </div>
        ))}
      </div>
      <button type="submit">Save alert timing</button>
    </form>
  );
}

function RelayCard({ onError }: { onError: (m: string) => void }) {
  const [cfg, setCfg] = useState<RelayConfig | null>(null);
  const [last, setLast] = useState<RelayDelivery | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [manageable, setManageable] = useState(true);
  const load = useCallback(
    () =>
      client.call('alerts.relay.get', {}).then(({ enabled, url, min_priority, include_updates, from_tier, last_delivery, manageable }) => {
        setCfg((c) => c ?? { enabled, url, min_priority, include_updates, from_tier });
        setLast(last_delivery);
        setManageable(manageable);
      }),
    [],
  );
  useEffect(() => {
    void load().catch(() => undefined);
    // Retries happen on their own: show how the last one went.
    const t = setInterval(() => void load().catch(() => undefined), 15_000);
    return () => clearInterval(t);
  }, [load]);
  if (!cfg) return null;
  if (!manageable)
    return (
      <section className="card stack" aria-label="Webhook relay">
        <h2 style={{ marginTop: 0 }}>Relay to a caregiver elsewhere</h2>
        <p data-testid="relay-readonly">
          The relay is {cfg.enabled ? 'on' : 'off'}. Only an administrator of this install can change it or see its address.
        </p>
      </section>
    );
  const save = async () => {
    setSaved(false);
    try {
      await client.call('alerts.relay.put', cfg);
      setSaved(true);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const test = async () => {
    setTesting(true);
    try {
      // The address on screen is the one tested: save it first.
      await client.call('alerts.relay.put', cfg);
      setLast(await client.call('alerts.relay.test', {}));
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setTesting(false);
    }
  };
  return (
    <form className="card stack" aria-label="Webhook relay" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2 style={{ marginTop: 0 }}>Relay to a caregiver elsewhere</h2>
      <p className="muted">
        Off unless you turn it on. Sends each alert as JSON to one web address (for example an SMS or e-mail gateway) for the people you can see. A
        failed delivery is tried again after 10 seconds, 1 minute and 5 minutes while the alert is unacknowledged.
      </p>
      <label className="row">
        <input type="checkbox" checked={cfg.enabled} onChange={(e) => setCfg({ ...cfg, enabled: e.target.checked })} /> Relay alerts
      </label>
      <div className="field">
        <label htmlFor="relay-url">Web address (http or https)</label>
        <input id="relay-url" type="url" value={cfg.url} onChange={(e) => setCfg({ ...cfg, url: e.target.value })} style={{ width: '100%' }} />
      </div>
      <div className="field">
        <label htmlFor="relay-priority">Relay alerts of at least</label>
        <select id="relay-priority" value={cfg.min_priority} onChange={(e) => setCfg({ ...cfg, min_priority: e.target.value as Priority })}>
          <option value="high">High priority</option>
          <option value="medium">Medium priority</option>
          <option value="low">Any priority</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="relay-tier">For people with escalation tiers, relay high alarms</label>
        <select id="relay-tier" value={cfg.from_tier ?? ''} onChange={(e) => setCfg({ ...cfg, from_tier: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">at once (every tier)</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>once they reach tier {n}</option>
          ))}
        </select>
      </div>
      <label className="row">
        <input type="checkbox" checked={cfg.include_updates} onChange={(e) => setCfg({ ...cfg, include_updates: e.target.checked })} /> Also tell them when an alert is acknowledged or resolved
      </label>
      {last && (
        <p role="status" data-testid="relay-last" className={last.ok ? undefined : 'error'}>
          {deliveryText(last, fmtTimeSeconds)}
        </p>
      )}
      <div className="row">
        <button type="submit">Save relay</button>
        <button type="button" onClick={() => void test()} disabled={testing || !cfg.url}>
          {testing ? 'Sending…' : 'Send a test'}
        </button>
        {saved && <span role="status">Saved.</span>}
      </div>
    </form>
  );
}
