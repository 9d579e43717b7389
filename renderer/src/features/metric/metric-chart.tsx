import { useEffect, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Area, ComposedChart } from 'recharts';
import { client } from '../../client';
import { displayName } from './format';
import { MGDL_PER_MMOLL } from '../../../../api/metrics';
import { fmtDateTime, fmtTime } from '../../app/time-format';

interface Point { t: number; avg: number; min: number; max: number; count: number }

/** A metric over a period from the rollup-backed timeseries: average line, min–max band. */
export function MetricChart({ subjectId, metric, hours = 24, interval = '15m', glucoseUnit = 'mg/dL' }: { subjectId: string; metric: string; hours?: number; interval?: string; glucoseUnit?: 'mg/dL' | 'mmol/L' }) {
  const [points, setPoints] = useState<Point[]>([]);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const to = new Date(Date.now() + 60_000).toISOString();
      const from = new Date(Date.now() - hours * 3600_000).toISOString();
      const r = await client.call('observations.timeseries', { subject_id: subjectId, metric, interval, from, to });
      const k = metric === 'glucose' && glucoseUnit === 'mmol/L' ? 1 / MGDL_PER_MMOLL : 1;
      if (alive) setPoints(r.items.map((b) => ({ t: Date.parse(b.t), avg: b.avg * k, min: b.min * k, max: b.max * k, count: b.count })));
    };
    void load().catch(() => undefined);
    const off = client.subscribe((ev) => {
      if (ev.type === 'observation.added' && ev.subject_id === subjectId && ev.metric === metric) void load().catch(() => undefined);
    });
    return () => {
      alive = false;
      off();
    };
  }, [subjectId, metric, hours, interval, glucoseUnit]);

  const title = `${displayName(metric)}, last ${hours} h`;
  return (
    <figure className="card" style={{ margin: 0 }} aria-label={title} data-testid={`chart-${metric}`}>
      <figcaption style={{ fontWeight: 700, marginBottom: 8 }}>{title}</figcaption>
      {points.length === 0 ? (
        <p className="muted">No readings in this period.</p>
      ) : (
        <div style={{ width: '100%', height: 220 }}>
          <ResponsiveContainer>
            <ComposedChart data={points.map((p) => ({ ...p, band: [p.min, p.max] }))}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} scale="time" tickFormatter={(t: number) => fmtTime(t)} stroke="var(--text-muted)" />
              <YAxis stroke="var(--text-muted)" domain={['auto', 'auto']} width={48} />
              <Tooltip labelFormatter={(t) => fmtDateTime(Number(t))} />
              <Area dataKey="band" stroke="none" fill="var(--accent)" fillOpacity={0.15} isAnimationActive={false} />
              <Line dataKey="avg" stroke="var(--accent)" dot={false} strokeWidth={2} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
export { LineChart };
