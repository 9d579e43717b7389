import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DexcomStatus } from '../../../../api/diabetes';
import { client } from '../../client';
import { fmtDateTime } from '../../app/time-format';

type Region = 'sandbox' | 'us' | 'eu' | 'jp';
const REGIONS: Record<Region, string> = { us: 'United States', eu: 'Europe (outside the US)', jp: 'Japan', sandbox: 'Sandbox (developer test data)' };

/**
 * The Dexcom cloud connection: the user's own developer app (stored encrypted), the
 * sign-in through the system browser, sync now, the last sync, and the notice that
 * these data arrive 1–3 hours late and never drive live alerts.
 */
export function DexcomPanel({ subjectId, onSynced }: { subjectId: string; onSynced: () => void }) {
  const [status, setStatus] = useState<DexcomStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [region, setRegion] = useState<Region>('us');
  const [redirect, setRedirect] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [loginUrl, setLoginUrl] = useState<string | null>(null);

  const load = useCallback(async () => {
    const s = await client.call('dexcom.status', { subject_id: subjectId });
    setStatus(s);
    if (s.connected) setLoginUrl(null);
    return s;
  }, [subjectId]);

  useEffect(() => {
    setMessage(null);
    setLoginUrl(null);
    void load().catch((e: unknown) => setMessage({ ok: false, text: (e as Error).message }));
  }, [load]);

  // While a sign-in waits for the browser, look every 2 s whether it came back.
  useEffect(() => {
    if (!status?.connecting) return;
    const t = setInterval(() => void load().catch(() => undefined), 2000);
    return () => clearInterval(t);
  }, [status?.connecting, load]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await fn();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const s = await client.call('dexcom.saveCredentials', { subject_id: subjectId, client_id: clientId, client_secret: secret, region, ...(redirect ? { redirect_uri: redirect } : {}) });
      setStatus(s);
      setSecret('');
      setEditing(false);
      setMessage({ ok: true, text: 'Credentials stored (encrypted on this machine).' });
    });
  };

  const connect = () =>
    act(async () => {
      const r = await client.call('dexcom.connect', { subject_id: subjectId });
      setLoginUrl(r.login_url);
      if (!r.opened) window.open(r.login_url, '_blank', 'noopener');
      setMessage({ ok: true, text: 'Sign in to Dexcom in the browser window that opened, then come back here.' });
      await load();
    });

  const sync = () =>
    act(async () => {
      const r = await client.call('dexcom.sync', { subject_id: subjectId });
      setMessage({ ok: true, text: `Synced: ${r.readings} new readings, ${r.events} new events, ${r.duplicates} already held.` });
      await load();
      onSynced();
    });

  const disconnect = () =>
    act(async () => {
      setStatus(await client.call('dexcom.disconnect', { subject_id: subjectId }));
      setMessage({ ok: true, text: 'Disconnected. Readings already stored stay.' });
    });

  const when = (iso: string | null) => (iso ? fmtDateTime(iso) : 'never');
  const showForm = editing || (status !== null && !status.configured);
  return (
    <section aria-labelledby="dexcom-title" data-testid="dexcom-panel">
      <h2 id="dexcom-title">Dexcom cloud <span className="muted">{status ? (status.connected ? 'connected' : status.configured ? 'not connected' : 'not set up') : ''}</span></h2>
      <div className="dm-body stack">
        <p className="dm-notice">{status?.notice ?? 'Dexcom shares data 1–3 hours after they are measured: they fill history and reports, never live alerts.'}</p>
        {status && status.configured && !editing && (
          <dl className="dm-kv" style={{ margin: 0, fontSize: 'var(--text-sm)' }}>
            <div><dt className="muted" style={{ display: 'inline' }}>Developer app: </dt><dd style={{ display: 'inline', margin: 0 }}>{status.client_id_hint} · {status.region ? REGIONS[status.region] : ''}</dd></div>
            <div><dt className="muted" style={{ display: 'inline' }}>Last sync: </dt><dd style={{ display: 'inline', margin: 0 }} data-testid="dexcom-last-sync">{when(status.last_sync_at)}{status.last_result ? ` (${status.last_result.readings} readings, ${status.last_result.events} events)` : ''}</dd></div>
            <div><dt className="muted" style={{ display: 'inline' }}>Readings up to: </dt><dd style={{ display: 'inline', margin: 0 }}>{when(status.synced_until)}</dd></div>
          </dl>
        )}
        {status?.last_error && <p className="error" style={{ margin: 0 }}>Last problem: {status.last_error}</p>}
        {showForm && (
          <form className="dm-form" onSubmit={save} aria-label="Dexcom developer credentials">
            <p className="muted" style={{ margin: '0 0 8px', fontSize: 'var(--text-sm)' }}>
              Dexcom requires a client secret that an app on your computer cannot keep, so Tend uses your own free Dexcom developer app (developer.dexcom.com). Register the redirect address below with it if Dexcom asks for one.
            </p>
            <div className="row">
              <div className="field">
                <label htmlFor="dx-client-id">Client id</label>
                <input id="dx-client-id" value={clientId} onChange={(e) => setClientId(e.target.value)} required autoComplete="off" />
              </div>
              <div className="field">
                <label htmlFor="dx-secret">Client secret</label>
                <input id="dx-secret" type="password" value={secret} onChange={(e) => setSecret(e.target.value)} required autoComplete="off" />
              </div>
            </div>
            <div className="row">
              <div className="field">
                <label htmlFor="dx-region">Region</label>
                <select id="dx-region" value={region} onChange={(e) => setRegion(e.target.value as Region)}>
                  {(Object.keys(REGIONS) as Region[]).map((r) => (
                    <option key={r} value={r}>{REGIONS[r]}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="dx-redirect">Redirect address (optional)</label>
                <input id="dx-redirect" value={redirect} placeholder="http://127.0.0.1:53682/callback" onChange={(e) => setRedirect(e.target.value)} />
              </div>
            </div>
            <div className="row">
              <button className="primary" type="submit" disabled={busy}>Save credentials</button>
              {editing && <button type="button" onClick={() => setEditing(false)}>Cancel</button>}
            </div>
          </form>
        )}
        {status?.configured && !editing && (
          <div className="row">
            {!status.connected && <button className="primary" type="button" disabled={busy} onClick={() => void connect()}>Connect to Dexcom</button>}
            {status.connected && <button className="primary" type="button" disabled={busy || status.syncing} onClick={() => void sync()}>{busy ? 'Syncing…' : 'Sync now'}</button>}
            {status.connected && <button type="button" disabled={busy} onClick={() => void disconnect()}>Disconnect</button>}
            <button type="button" disabled={busy} onClick={() => setEditing(true)}>Change credentials</button>
          </div>
        )}
        {(status?.connecting || loginUrl) && !status?.connected && (
          <p style={{ margin: 0, fontSize: 'var(--text-sm)' }}>
            Waiting for Dexcom sign-in… If no browser window opened, <a href={status?.connecting?.login_url ?? loginUrl ?? '#'} target="_blank" rel="noopener noreferrer">open the Dexcom sign-in page</a> on this computer.
          </p>
        )}
        {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'dm-ok' : 'error'} style={{ margin: 0 }}>{message.text}</p>}
      </div>
    </section>
  );
}
