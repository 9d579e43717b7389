import { useCallback, useEffect, useState } from 'react';

/**
 * A status card's state (Settings → Sync, Backups): the status read at once and every
 * `everyMs`, and `runNow` for the card's button, whose answer is the new status.
 * `read` and `run` must be stable (module-level functions).
 */
export function useStatus<T>(
  read: () => Promise<T>,
  run: () => Promise<T>,
  what: { read: string; run: string },
  everyMs: number,
): { status: T | null; error: string | null; busy: boolean; load: () => void; runNow: () => void } {
  const [status, setStatus] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    read().then(
      (s) => {
        setStatus(s);
        setError(null);
      },
      (e: Error) => setError(`${what.read}: ${e.message}`),
    );
  }, [read, what.read]);
  useEffect(() => {
    load();
    const t = setInterval(load, everyMs);
    return () => clearInterval(t);
  }, [load, everyMs]);

  const runNow = () => {
    setBusy(true);
    run()
      .then(
        (s) => {
          setStatus(s);
          setError(null);
        },
        (e: Error) => setError(`${what.run}: ${e.message}`),
      )
      .finally(() => setBusy(false));
  };
  return { status, error, busy, load, runNow };
}
