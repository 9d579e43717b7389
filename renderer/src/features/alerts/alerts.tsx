import { useCallback, useEffect, useState } from 'react';
import type { Alert, Subject } from '../../../../api/schemas';
import { client } from '../../client';
import { ago } from '../metric/format';

type StateFilter = 'open' | 'acknowledged' | 'resolved' | 'all';

/** The alert centre: filter by state, priority and person; acknowledge. */
export function AlertsScreen({ subjects }: { subjects: Subject[] }) {
  const [state, setState] = useState<StateFilter>('open');
  const [priority, setPriority] = useState<'' | 'high' | 'medium' | 'low'>('');
  const [subjectId, setSubjectId] = useState('');
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await client.call('alerts.list', { state, ...(priority ? { priority } : {}), ...(subjectId ? { subject_id: subjectId } : {}) });
    setAlerts(r.items);
  }, [state, priority, subjectId]);

  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
    return client.subscribe((ev) => {
      if (ev.type.startsWith('alert.')) void load().catch(() => undefined);
    });
  }, [load]);

  const name = (id: string) => subjects.find((s) => s.id === id)?.name ?? id;
  const ack = async (id: string) => {
    setError(null);
    try {
      await client.call('alerts.ack', { id });
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

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
            <tr><th scope="col">Priority</th><th scope="col">Person</th><th scope="col">What</th><th scope="col">When</th><th scope="col">State</th><th scope="col"><span className="muted">Action</span></th></tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id} data-alert-id={a.id}>
                <td><span className={`badge ${a.priority}`}>{a.priority}</span></td>
                <td>{name(a.subject_id)}</td>
                <td>{a.message || a.kind}</td>
                <td>{ago(a.raised_at)}</td>
                <td>{a.state}{a.acknowledged_by ? ' ✓' : ''}</td>
                <td>{a.state === 'open' && <button type="button" onClick={() => void ack(a.id)} aria-label={`Acknowledge ${a.message || a.kind} for ${name(a.subject_id)}`}>Acknowledge</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
