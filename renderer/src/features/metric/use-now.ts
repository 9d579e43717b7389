import { useEffect, useState } from 'react';

/** The clock, re-read every `periodMs`, so "… ago" and staleness move on while a screen stays open. */
export function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(t);
  }, [periodMs]);
  return now;
}
