import { useCallback, useEffect, useState } from 'react';
import type { NsUploader } from '../../../../api/nightscout';
import { client } from '../../client';

/**
 * The person's phone uploader (README "Connect your sensors"): the Nightscout URL and
 * API secret to type into xDrip+, Juggluco, AndroidAPS or Loop. Made, shown, copied and
 * rotated here by the person's owner; the secret reaches this person only.
 */
export function PhoneUploader({ subjectId }: { subjectId: string }) {
  const [u, setU] = useState<NsUploader | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    setError(null);
    try {
      setU(await client.call('nightscout.uploader.get', { subject_id: subjectId }));
    } catch (e) {
      setU(null);
      setError((e as Error).message);
    }
  }, [subjectId]);
  useEffect(() => {
    setNote(null);
    void load();
  }, [load]);

  const act = async (name: 'nightscout.uploader.create' | 'nightscout.uploader.rotate') => {
    if (name === 'nightscout.uploader.rotate' && !window.confirm('Make a new secret? Phones using the old one stop uploading until you type the new one in.')) return;
    setBusy(true);
    setNote(null);
    try {
      setU(await client.call(name, { subject_id: subjectId }));
      setNote(name === 'nightscout.uploader.rotate' ? 'New secret made: the old one no longer works.' : 'Secret made.');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`${what} copied.`);
    } catch {
      setNote(`Copy did not work here: select the ${what.toLowerCase()} and copy it.`);
    }
  };
  // A page served from another machine's address is what a phone on the network can reach too.
  const url = u?.url ?? (location.protocol.startsWith('http') ? location.origin : null);
  const localOnly = u?.url ? u.url_is_local_only : /^(localhost|127\.)/.test(location.hostname);

  return (
    <section aria-labelledby="ns-title" className="card stack" data-testid="phone-uploader">
      <h2 id="ns-title">Phone uploader (xDrip+, Juggluco, AndroidAPS, Loop)</h2>
      <p className="muted">In the phone app, choose Nightscout upload and type this URL and API secret. Readings, meals, insulin and the pump’s state then arrive here within seconds.</p>
      {error && !u && <p className="muted">{/forbidden|owner/i.test(error) ? 'Only the person’s owner can see or make the uploader secret.' : error}</p>}
      {u && (
        <dl className="stack">
          <div>
            <dt>Nightscout URL</dt>
            <dd>
              {url ? <code data-testid="ns-url">{url}</code> : <span className="muted">Start the hub (tend hub --host 0.0.0.0) to get one.</span>}{' '}
              {url && <button type="button" onClick={() => void copy(url, 'URL')}>Copy URL</button>}
              {url && localOnly && <span className="muted"> · this address works on this computer only: start the hub with --host 0.0.0.0 for a phone to reach it.</span>}
            </dd>
          </div>
          <div>
            <dt>API secret</dt>
            <dd>
              {u.api_secret ? (
                <>
                  <code data-testid="ns-secret">{u.api_secret}</code> <button type="button" onClick={() => void copy(u.api_secret!, 'Secret')}>Copy secret</button>{' '}
                  <button type="button" disabled={busy} onClick={() => void act('nightscout.uploader.rotate')}>Make a new secret</button>
                  {url && <p className="muted">xDrip+ takes both in one line: <code>{url.replace(/^(https?:\/\/)/, `$1${u.api_secret}@`)}/api/v1/</code></p>}
                  <p className="muted">AndroidAPS: choose NSClientV3, type the URL, the secret as its “NS access token”, and turn “Connect to websockets” off.</p>
                </>
              ) : (
                <button type="button" disabled={busy} onClick={() => void act('nightscout.uploader.create')}>Make an uploader secret</button>
              )}
            </dd>
          </div>
        </dl>
      )}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
