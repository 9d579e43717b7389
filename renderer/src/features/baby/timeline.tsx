import { useEffect, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CryEpisode } from '../../../../api/baby';
import { client } from '../../client';

interface Row {
  t: number;
  cry?: number;
  humidity?: number;
  room?: number;
  body?: number;
}

const SERIES = [
  { metric: 'cry_probability', key: 'cry', use: 'max' },
  { metric: 'humidity', key: 'humidity', use: 'avg' },
  { metric: 'room_temperature', key: 'room', use: 'avg' },
  { metric: 'body_temperature', key: 'body', use: 'max' },
] as const;

const hhmm = (t: number) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The day's timeline: cry probability (the highest window in each minute, so a short cry
 * is not averaged away) and humidity on the left (%), room and body temperature on the
 * right (°C), cry episodes as shaded bands.
 */
export function BabyTimeline({ subjectId, episodes, hours = 24, refreshKey }: { subjectId: string; episodes: CryEpisode[]; hours?: number; refreshKey: number }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [range, setRange] = useState<[number, number]>(() => [Date.now() - hours * 3600_000, Date.now()]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      const toMs = Date.now() + 60_000;
      const fromMs = toMs - hours * 3600_000;
      const from = new Date(fromMs).toISOString();
      const to = new Date(toMs).toISOString();
      const byT = new Map<number, Row>();
      for (const s of SERIES) {
        const r = await client.call('observations.timeseries', { subject_id: subjectId, metric: s.metric, interval: '1m', from, to });
        for (const b of r.items) {
          const t = Date.parse(b.t);
          const row = byT.get(t) ?? { t };
          row[s.key] = s.key === 'cry' ? b.max * 100 : s.use === 'max' ? b.max : b.avg;
          byT.set(t, row);
        }
      }
      // The last half hour at full resolution (one point per analysis window), so a cry
      // just heard shows its shape rather than a single one-minute dot.
      const recentFrom = toMs - 30 * 60_000;
      const recent = await client.call('observations.list', { subject_id: subjectId, metric: 'cry_probability', from: new Date(recentFrom).toISOString(), to, limit: 1000 });
      if (recent.items.length && !recent.next_cursor) {
        for (const [t, row] of byT) {
          if (t >= recentFrom - 60_000 && row.cry !== undefined) {
            delete row.cry;
            if (Object.keys(row).length === 1) byT.delete(t);
          }
        }
        for (const o of recent.items) {
          const t = Date.parse(o.t);
          const row = byT.get(t) ?? { t };
          row.cry = Math.max(row.cry ?? 0, o.value * 100);
          byT.set(t, row);
        }
      }
      if (!alive) return;
      const sorted = [...byT.values()].sort((a, b) => a.t - b.t);
      setRows(sorted);
      // From the first reading today (with a little margin) to now: a day of data spans the
      // day, ten minutes of listening fills the chart instead of a sliver at its edge.
      const first = sorted.length ? sorted[0]!.t : fromMs;
      const now = Date.now();
      setRange([first - Math.max(60_000, (now - first) * 0.05), now + 30_000]);
    };
    void load().catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [subjectId, hours, refreshKey]);

  const hasTemps = rows.some((r) => r.room !== undefined || r.body !== undefined);
  return (
    <figure className="card" style={{ margin: 0 }} aria-label="Today's timeline" data-testid="baby-timeline">
      <figcaption style={{ fontWeight: 700, marginBottom: 8 }}>Today: crying, temperatures and humidity</figcaption>
      {rows.length === 0 ? (
        <p className="muted">Nothing recorded today yet.</p>
      ) : (
        <div style={{ width: '100%', height: 260 }}>
          <ResponsiveContainer>
            <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="t" type="number" domain={range} scale="time" tickFormatter={hhmm} stroke="var(--text-muted)" />
              <YAxis yAxisId="pct" domain={[0, 100]} width={40} stroke="var(--text-muted)" />
              {hasTemps && <YAxis yAxisId="c" orientation="right" domain={['auto', 'auto']} width={40} stroke="var(--text-muted)" />}
              <Tooltip labelFormatter={(t) => new Date(Number(t)).toLocaleString()} />
              <Legend />
              {episodes.map((e) => (
                <ReferenceArea key={e.id} yAxisId="pct" x1={Date.parse(e.start)} x2={Math.max(e.end ? Date.parse(e.end) : Date.now(), Date.parse(e.start) + 30_000)} fill="var(--prio-medium)" fillOpacity={0.2} ifOverflow="extendDomain" />
              ))}
              <Line yAxisId="pct" dataKey="cry" name="Cry probability (%)" stroke="var(--danger)" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
              <Line yAxisId="pct" dataKey="humidity" name="Humidity (%RH)" stroke="var(--info)" dot={false} isAnimationActive={false} connectNulls />
              {hasTemps && <Line yAxisId="c" dataKey="room" name="Room (°C)" stroke="var(--ok)" dot={false} isAnimationActive={false} connectNulls />}
              {hasTemps && <Line yAxisId="c" dataKey="body" name="Body (°C)" stroke="var(--warn)" dot={false} isAnimationActive={false} connectNulls />}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
