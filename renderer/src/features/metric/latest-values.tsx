import { useEffect, useState } from 'react';
import { client } from '../../client';
import { displayName, formatValue } from './format';
import { freshness } from './freshness';
import { useNow } from './use-now';

/** What a card shows: a metric's newest value and its time (ISO, UTC). */
interface Shown {
  metric: string;
  t: string;
  value: number;
}

/** The later of two readings by time (the same instant: the incoming one). */
function newer(cur: Shown | undefined, next: Shown): Shown {
  return !cur || Date.parse(next.t) >= Date.parse(cur.t) ? next : cur;
}

/**
 * The newest value of each metric a subject has, kept live from the stream. A value older
 * than `staleAfterMin` (the person's limit, `staleAfterMin(subject.settings)`) is drawn
 * grey as "last reading …".
 */
export function LatestValues({ subjectId, metrics, glucoseUnit = 'mg/dL', staleAfterMin }: { subjectId: string; metrics?: string[]; glucoseUnit?: 'mg/dL' | 'mmol/L'; staleAfterMin: number }) {
  const now = useNow();
  const [latest, setLatest] = useState<Record<string, Shown>>({});
  useEffect(() => {
    let alive = true;
    const wanted = metrics ? new Set(metrics) : null;
    const shows = (metric: string) => metric !== 'accel' && (!wanted || wanted.has(metric));
    // Read once (the server keeps the newest per metric; nothing scans the history), then
    // keep each card current from the stream's own value: a reading older than the one
    // shown (an out-of-order upload) leaves it as it is.
    void client
      .call('observations.latest', metrics ? { subject_id: subjectId, metrics } : { subject_id: subjectId })
      .then((r) => {
        if (!alive) return;
        setLatest((cur) => {
          const next = { ...cur };
          for (const o of r.items) if (shows(o.metric)) next[o.metric] = newer(next[o.metric], { metric: o.metric, t: o.t, value: o.value });
          return next;
        });
      })
      .catch(() => undefined);
    const off = client.subscribe((ev) => {
      if (ev.type !== 'observation.added' || ev.subject_id !== subjectId || !shows(ev.metric)) return;
      setLatest((cur) => {
        const n = newer(cur[ev.metric], { metric: ev.metric, t: ev.latest.t, value: ev.latest.value });
        return n === cur[ev.metric] ? cur : { ...cur, [ev.metric]: n };
      });
    });
    return () => {
      alive = false;
      off();
    };
  }, [subjectId, metrics?.join(',')]);

  // In the order asked for; otherwise by metric code, so cards keep their places as values arrive.
  const order = metrics ?? [];
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  const entries = Object.values(latest).sort((a, b) => rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric));
  if (!entries.length) return <p className="muted" style={{ margin: 0 }}>No readings yet.</p>;
  return (
    <dl className="stack" style={{ margin: 0 }} aria-label="Latest readings">
      {entries.map((o) => {
        const f = freshness(o.t, staleAfterMin, now);
        return (
          <div key={o.metric} data-metric={o.metric} data-stale={f.stale ? 'true' : 'false'}>
            <dt className="muted">{displayName(o.metric)}</dt>
            <dd style={{ margin: 0, fontWeight: f.stale ? 400 : 700 }} className={f.stale ? 'muted' : undefined}>
              {formatValue(o.metric, o.value, glucoseUnit)} <span className="muted" style={{ fontWeight: 400 }}>· {f.label}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
