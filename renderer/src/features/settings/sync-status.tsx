import { useEffect } from 'react';
import { client } from '../../client';
import { useStatus } from './use-status';
import { fmtDateTime } from '../../app/time-format';

const SYNC_WHAT = { read: 'Could not read the sync status', run: 'The round could not run' };
const readSync = () => client.call('sync.status', {});
const runSync = () => client.call('sync.run', {});

type Counts = { subjects: number; events: number; observations: number; alerts: number; tremor_minutes: number; cry_episodes: number };
const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
const counts = (c: Counts) =>
  `${n(c.subjects, 'person', 'people')}, ${n(c.events, 'entry', 'entries')}, ${n(c.observations, 'reading', 'readings')}, ${n(c.alerts, 'alert', 'alerts')}` +
  (c.tremor_minutes ? `, ${n(c.tremor_minutes, 'minute of tremor analysis', 'minutes of tremor analysis')}` : '') +
  (c.cry_episodes ? `, ${n(c.cry_episodes, 'cry episode', 'cry episodes')}` : '');
const when = (isoTime: string) => fmtDateTime(isoTime);

/**
 * How sync with the shared Postgres stands (README "Sync with a shared Postgres"): the
 * remote this hub syncs with (chosen by whoever started it, never here), what is still
 * waiting to go out, the last round and the last failure. "Sync now" runs a round.
 */
export function SyncStatusCard() {
  const { status, error, busy, load, runNow } = useStatus(readSync, runSync, SYNC_WHAT, 30_000);
  useEffect(() => {
    // Rounds also run on their own (timed, or when another install pushes): show each as it ends.
    return client.subscribe((ev) => {
      if (ev.type === 'sync.round') load();
    });
  }, [load]);

  return (
    <section className="card stack" aria-labelledby="sync-title" style={{ maxWidth: 520 }} data-testid="sync-status">
      <h2 id="sync-title" style={{ marginTop: 0 }}>Sync</h2>
      {error && <p role="alert">{error}</p>}
      {!status ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <>
          {status.remote ? (
            <p>
              Syncing with <code>{status.remote}</code> every {status.every_min} min
              {status.next_at && !status.running ? <> (next round {when(status.next_at)})</> : null}.
            </p>
          ) : (
            <p className="muted">
              This install does not sync on its own. Records stay on this machine; whoever runs it can share them through a
              Postgres database with <code>tend hub --sync-url …</code> or <code>tend sync --url …</code>.
            </p>
          )}
          {(status.remote || status.last_round) && (
            <p data-testid="sync-pending">
              {status.pending === 0 ? 'Nothing is waiting to be sent.' : status.pending === 1 ? '1 change is waiting to be sent.' : `${status.pending} changes are waiting to be sent.`}
            </p>
          )}
          {status.last_round ? (
            <p data-testid="sync-last">
              Last round {when(status.last_round.finished_at)}: sent {counts(status.last_round.pushed)}; received{' '}
              {counts(status.last_round.pulled)}.
              {status.last_round.rejected_count > 0 && <> {status.last_round.rejected_count} received rows could not be read and were not stored.</>}
            </p>
          ) : (
            <p className="muted">No round has completed here yet.</p>
          )}
          {status.last_error && (
            <p role="status" data-testid="sync-error">
              The last attempt ({when(status.last_error.at)}) failed: {status.last_error.message}. Nothing was lost; the changes
              wait for the next round.
            </p>
          )}
          {status.remote && (
            <div>
              <button type="button" onClick={runNow} disabled={busy || status.running}>
                {busy || status.running ? 'Syncing…' : 'Sync now'}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
