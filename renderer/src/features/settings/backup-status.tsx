import { client } from '../../client';
import { useStatus } from './use-status';
import { fmtDateTime } from '../../app/time-format';

const readBackups = () => client.call('backup.status', {});
const runBackup = () => client.call('backup.run', {});
const BACKUP_WHAT = { read: 'Could not read the backup status', run: 'The backup could not run' };

const when = (isoTime: string) => fmtDateTime(isoTime);
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

/**
 * How this install's backups stand (README "Backups"): the folder and schedule chosen by
 * whoever started the hub or the app (never here), the backups kept there, and the last
 * failure. "Back up now" takes one. Restoring is `tend restore FILE` with the app closed.
 */
export function BackupStatusCard() {
  const { status, error, busy, runNow } = useStatus(readBackups, runBackup, BACKUP_WHAT, 60_000);

  const newest = status?.files[0];
  return (
    <section className="card stack" aria-labelledby="backup-title" style={{ maxWidth: 520 }} data-testid="backup-status">
      <h2 id="backup-title" style={{ marginTop: 0 }}>Backups</h2>
      {error && <p role="alert">{error}</p>}
      {!status ? (
        !error && <p className="muted">Loading…</p>
      ) : !status.dir ? (
        <p className="muted">
          This install makes no automatic backups. Whoever runs it can take one with <code>tend backup</code>, or start the hub
          without <code>--no-backup</code>.
        </p>
      ) : (
        <>
          <p>
            Every {status.every_h} h into <code>{status.dir}</code>, keeping the newest {status.keep}
            {status.next_at && !status.running ? <> (next {when(status.next_at)})</> : null}.
          </p>
          {newest ? (
            <p data-testid="backup-last">
              Last backup {when(newest.at)} ({size(newest.bytes)}); {status.files.length === 1 ? '1 backup' : `${status.files.length} backups`} kept.
            </p>
          ) : (
            <p className="muted">No backup yet.</p>
          )}
          {status.last_error && (
            <p role="status" data-testid="backup-error">
              The last backup ({when(status.last_error.at)}) failed: {status.last_error.message}. The earlier backups are untouched.
            </p>
          )}
          <p className="muted">
            A backup holds every person&apos;s records on this install. To go back to one, close Tend and run{' '}
            <code>tend restore FILE</code>; the database it replaces is kept beside it.
          </p>
          <div>
            <button type="button" onClick={runNow} disabled={busy || status.running}>
              {busy || status.running ? 'Backing up…' : 'Back up now'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
