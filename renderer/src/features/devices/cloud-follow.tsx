import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { FollowRegion, FollowService, FollowerStatus } from '../../../../api/followers';
import { client } from '../../client';
import { fmtDateTime } from '../../app/time-format';

const LABELS: Record<FollowService, string> = { 'dexcom-share': 'Dexcom Share (Dexcom Follow)', librelinkup: 'LibreLinkUp (FreeStyle Libre)', nightscout: 'Another Nightscout site' };
const REGIONS: Record<FollowService, Array<{ value: FollowRegion | ''; label: string }>> = {
  'dexcom-share': [
    { value: 'us', label: 'United States' },
    { value: 'ous', label: 'Outside the United States' },
  ],
  librelinkup: [{ value: '', label: 'Find it for me' }, ...(['us', 'eu', 'eu2', 'de', 'fr', 'ca', 'au', 'ap', 'ae', 'jp'] as const).map((r) => ({ value: r, label: r.toUpperCase() }))],
  nightscout: [],
};
const when = (s: string | null) => (s ? fmtDateTime(s) : '—');

/**
 * "Follow a phone app's cloud" (README "Connect your sensors"): for a person who uses
 * Dexcom's or Abbott's own phone app, or has a Nightscout site, the hub polls that
 * service every few minutes. Shows each follower's state and last error; the password is
 * sent once and never shown again.
 */
export function CloudFollow({ subjectId }: { subjectId: string }) {
  const [items, setItems] = useState<FollowerStatus[]>([]);
  const [service, setService] = useState<FollowService>('dexcom-share');
  const [region, setRegion] = useState<FollowRegion | ''>('us');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [server, setServer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await client.call('followers.list', { subject_id: subjectId })).items);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [subjectId]);
  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 30_000);
    return () => clearInterval(t);
  }, [load]);

  const pick = (s: FollowService) => {
    setService(s);
    setRegion(REGIONS[s][0]?.value ?? '');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const r = await client.call('followers.configure', {
        subject_id: subjectId,
        service,
        username: service === 'nightscout' && !username ? 'nightscout' : username,
        password,
        ...(region ? { region } : {}),
        ...(server.trim() ? { server: server.trim() } : {}),
      });
      setPassword('');
      setNote(r.follower.last_error ? `Saved, but the first try failed: ${r.follower.last_error}. Tend keeps trying.` : `Following: ${r.imported} readings imported.`);
      await load();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (s: FollowService) => {
    if (!window.confirm(`Stop following ${LABELS[s]}? Readings already imported stay.`)) return;
    try {
      await client.call('followers.remove', { subject_id: subjectId, service: s });
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <section aria-labelledby="follow-title" className="card stack" data-testid="cloud-follow" style={{ maxWidth: 640 }}>
      <h2 id="follow-title" style={{ marginTop: 0 }}>Follow a phone app’s cloud</h2>
      <p className="muted">For someone who uses the Dexcom or FreeStyle Libre phone app, or has a Nightscout site: Tend asks that service for new readings every 5 minutes. Dexcom Share: the person’s own Dexcom account, with Share on. LibreLinkUp: the follower’s account that accepted the invitation.</p>
      {items.length > 0 && (
        <ul className="stack" aria-label="Followers">
          {items.map((f) => (
            <li key={f.service} data-testid={`follower-${f.service}`}>
              <strong>{LABELS[f.service]}</strong> · {f.username}
              {f.last_error ? <span className="error" role="status"> · failing since {when(f.failing_since)}: {f.last_error}</span> : <span className="muted"> · last reading {when(f.last_reading_at)}</span>}
              <span className="muted"> · next try {when(f.next_poll_at)}</span>{' '}
              <button type="button" onClick={() => void remove(f.service)}>Stop following</button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <div className="row">
          <div className="field">
            <label htmlFor="follow-service">Service</label>
            <select id="follow-service" value={service} onChange={(e) => pick(e.target.value as FollowService)}>
              {(Object.keys(LABELS) as FollowService[]).map((s) => <option key={s} value={s}>{LABELS[s]}</option>)}
            </select>
          </div>
          {REGIONS[service].length > 0 && (
            <div className="field">
              <label htmlFor="follow-region">Region</label>
              <select id="follow-region" value={region} onChange={(e) => setRegion(e.target.value as FollowRegion | '')}>
                {REGIONS[service].map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
              </select>
            </div>
          )}
        </div>
        <div className="row">
          {service !== 'nightscout' && (
            <div className="field">
              <label htmlFor="follow-user">{service === 'librelinkup' ? 'E-mail' : 'User name or e-mail'}</label>
              <input id="follow-user" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} required />
            </div>
          )}
          <div className="field">
            <label htmlFor="follow-password">{service === 'nightscout' ? 'API secret or token' : 'Password'}</label>
            <input id="follow-password" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
        </div>
        {service === 'nightscout' ? (
          <div className="field">
            <label htmlFor="follow-server">Site address</label>
            <input id="follow-server" placeholder="https://my-site.example.org" value={server} onChange={(e) => setServer(e.target.value)} required />
          </div>
        ) : (
          <details>
            <summary>Advanced</summary>
            <div className="field">
              <label htmlFor="follow-server">Server address (replaces the service’s own)</label>
              <input id="follow-server" value={server} onChange={(e) => setServer(e.target.value)} />
            </div>
          </details>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        {note && <p role="status">{note}</p>}
        <button className="primary" type="submit" disabled={busy}>{busy ? 'Checking…' : 'Follow'}</button>
      </form>
    </section>
  );
}
