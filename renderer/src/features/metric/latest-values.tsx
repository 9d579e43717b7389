import { useEffect, useState } from 'react';
import type { Observation } from '../../../../api/observations';
import { client } from '../../client';
import { displayName, formatValue } from './format';
import { freshness } from './freshness';
import { useNow } from './use-now';

/**
 * The newest value of each metric a subject has, kept live from the stream. A value older
 * than `staleAfterMin` (the person's limit, `staleAfterMin(subject.settings)`) is drawn
 * grey as "last reading …".
 */
export function LatestValues({ subjectId, metrics, glucoseUnit = 'mg/dL', staleAfterMin }: { subjectId: string; metrics?: string[]; glucoseUnit?: 'mg/dL' | 'mmol/L'; staleAfterMin: number }) {
  const now = useNow();
  const [latest, setLatest] = useState<Record<string, Observation>>({});
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const wanted = metrics ?? [undefined];
      const found: Record<string, Observation> = {};
      for (const metric of wanted) {
        const page = await client.call('observations.list', metric ? { subject_id: subjectId, metric, limit: 1 } : { subject_id: subjectId, limit: 50 });
        for (const o of page.items) if (o.metric !== 'accel' && !found[o.metric]) found[o.metric] = o;
      }
      if (alive) setLatest(found);
    };
    void load().catch(() => undefined);
    const off = client.subscribe((ev) => {
      if (ev.type === 'observation.added' && ev.subject_id === subjectId) void load().catch(() => undefined);
    });
    return () => {
      alive = false;
      off();
    };
  }, [subjectId, metrics?.join(',')]);

  const entries = Object.values(latest);
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
