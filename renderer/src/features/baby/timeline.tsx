import { useEffect, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CryEpisode } from '../../../../api/baby';
import { client } from '../../client';
import { timeLabel, timeTicks, withGaps, type SeriesPoint } from './day-chart';
import { fmtDateTime } from '../../app/time-format';

type Key = 'cry' | 'humidity' | 'room' | 'body';
type Series = Record<Key, SeriesPoint[]>;
const EMPTY: Series = { cry: [], humidity: [], room: [], body: [] };

const SERIES = [
  { metric: 'cry_probability', key: 'cry', use: 'max' },
  { metric: 'humidity', key: 'humidity', use: 'avg' },
  { metric: 'room_temperature', key: 'room', use: 'avg' },
  { metric: 'body_temperature', key: 'body', use: 'max' },
] as const;


/**
 * The day's timeline: cry probability (the highest window in each minute, so a short cry
 * is not averaged away) and humidity on the left (%), room and body temperature on the
 * right (°C), cry episodes as shaded bands. Each series is its own line, broken where it
 * has no readings (day-chart.ts withGaps) rather than drawn straight across the gap; the
 * time axis has round ticks whose labels never repeat, and both value axes name their unit.
 */
export function BabyTimeline({ subjectId, episodes, hours = 24, refreshKey }: { subjectId: string; episodes: CryEpisode[]; hours?: number; refreshKey: number }) {
  const [series, setSeries] = useState<Series>(EMPTY);
  const [range, setRange] = useState<[number, number]>(() => [Date.now() - hours * 3600_000, Date.now()]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      const toMs = Date.now() + 60_000;
      const fromMs = toMs - hours * 3600_000;
      const from = new Date(fromMs).toISOString();
      const to = new Date(toMs).toISOString();
      const byKey: Record<Key, Map<number, number>> = { cry: new Map(), humidity: new Map(), room: new Map(), body: new Map() };
      for (const s of SERIES) {
        const r = await client.call('observations.timeseries', { subject_id: subjectId, metric: s.metric, interval: '1m', from, to });
        for (const b of r.items) byKey[s.key].set(Date.parse(b.t), s.key === 'cry' ? b.max * 100 : s.use === 'max' ? b.max : b.avg);
      }
      // The last half hour at full resolution (one point per analysis window), so a cry
      // just heard shows its shape rather than a single one-minute dot.
      const recentFrom = toMs - 30 * 60_000;
      const recent = await client.call('observations.list', { subject_id: subjectId, metric: 'cry_probability', from: new Date(recentFrom).toISOString(), to, limit: 1000 });
      if (recent.items.length && !recent.next_cursor) {
        for (const t of [...byKey.cry.keys()]) if (t >= recentFrom - 60_000) byKey.cry.delete(t);
        for (const o of recent.items) {
          const t = Date.parse(o.t);
          byKey.cry.set(t, Math.max(byKey.cry.get(t) ?? 0, o.value * 100));
        }
      }
      if (!alive) return;
      const next = { ...EMPTY };
      for (const k of Object.keys(byKey) as Key[]) next[k] = withGaps([...byKey[k]].map(([t, v]) => ({ t, v })).sort((a, b) => a.t - b.t));
      setSeries(next);
      // From the first reading today (with a little margin) to now: a day of data spans the
      // day, ten minutes of listening fills the chart instead of a sliver at its edge.
      const firsts = Object.values(next).filter((p) => p.length).map((p) => p[0]!.t);
      const first = firsts.length ? Math.min(...firsts) : fromMs;
      const now = Date.now();
      setRange([first - Math.max(60_000, (now - first) * 0.05), now + 30_000]);
    };
    void load().catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [subjectId, hours, refreshKey]);

  const hasTemps = series.room.length > 0 || series.body.length > 0;
  const empty = Object.values(series).every((p) => p.length === 0);
  const ticks = timeTicks(range[0], range[1]);
  return (
    <figure className="card" style={{ margin: 0 }} aria-label="Today's timeline" data-testid="baby-timeline">
      <figcaption style={{ fontWeight: 700, marginBottom: 8 }}>Today: crying, temperatures and humidity</figcaption>
      {empty ? (
        <p className="muted">Nothing recorded today yet.</p>
      ) : (
        <div style={{ width: '100%', height: 300 }}>
          <ResponsiveContainer>
            <ComposedChart margin={{ top: 8, right: 8, bottom: 16, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="t" type="number" domain={range} scale="time" ticks={ticks} interval={0} tickFormatter={(t: number) => timeLabel(t, range[0], range[1])} stroke="var(--text-muted)" allowDuplicatedCategory={false}
                label={{ value: 'Time (local, 24 h)', position: 'insideBottom', offset: -12, fill: 'var(--text-muted)' }} />
              <YAxis yAxisId="pct" domain={[0, 100]} width={48} stroke="var(--text-muted)" label={{ value: '% (cry probability, humidity %RH)', angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' }, fill: 'var(--text-muted)', fontSize: 11 }} />
              {hasTemps && <YAxis yAxisId="c" orientation="right" domain={['auto', 'auto']} width={48} stroke="var(--text-muted)" label={{ value: '°C', angle: -90, position: 'insideRight', fill: 'var(--text-muted)' }} />}
              <Tooltip labelFormatter={(t) => fmtDateTime(Number(t))} />
              <Legend wrapperStyle={{ paddingTop: 24 }} />
              {episodes.map((e) => (
                <ReferenceArea key={e.id} yAxisId="pct" x1={Date.parse(e.start)} x2={Math.max(e.end ? Date.parse(e.end) : Date.now(), Date.parse(e.start) + 30_000)} fill="var(--prio-medium)" fillOpacity={0.2} ifOverflow="extendDomain" />
              ))}
              {/* Each line has its own points, so one series' gap is never filled by another's times. */}
              <Line yAxisId="pct" data={series.cry} dataKey="v" name="Cry probability (%)" stroke="var(--danger)" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls={false} className="line-cry" />
              <Line yAxisId="pct" data={series.humidity} dataKey="v" name="Humidity (%RH)" stroke="var(--info)" dot={false} isAnimationActive={false} connectNulls={false} className="line-humidity" />
              {hasTemps && <Line yAxisId="c" data={series.room} dataKey="v" name="Room (°C)" stroke="var(--ok)" dot={false} isAnimationActive={false} connectNulls={false} className="line-room" />}
              {hasTemps && <Line yAxisId="c" data={series.body} dataKey="v" name="Body (°C)" stroke="var(--warn)" dot={false} isAnimationActive={false} connectNulls={false} className="line-body" />}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
