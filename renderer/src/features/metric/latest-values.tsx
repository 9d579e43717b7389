import { useEffect, useState } from 'react';
import type { Observation } from '../../../../api/observations';
import { client } from '../../client';
import { ago, displayName, formatValue } from './format';

/** The newest value of each metric a subject has, kept live from the stream. */
export function LatestValues({ subjectId, metrics, glucoseUnit = 'mg/dL' }: { subjectId: string; metrics?: string[]; glucoseUnit?: 'mg/dL' | 'mmol/L' }) {
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
      {entries.map((o) => (
        <div key={o.metric} data-metric={o.metric}>
          <dt className="muted">{displayName(o.metric)}</dt>
          <dd style={{ margin: 0, fontWeight: 700 }}>
            {formatValue(o.metric, o.value, glucoseUnit)} <span className="muted" style={{ fontWeight: 400 }}>· {ago(o.t)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
