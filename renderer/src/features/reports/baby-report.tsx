import { useEffect, useState } from 'react';
import type { Event } from '../../../../api/schemas';
import { client } from '../../client';
import type { ReportPageProps } from './report-route';

const METRICS = [
  { metric: 'body_temperature', label: 'Body temperature', unit: '°C', digits: 1 },
  { metric: 'room_temperature', label: 'Room temperature', unit: '°C', digits: 1 },
  { metric: 'humidity', label: 'Humidity', unit: '%RH', digits: 0 },
  { metric: 'cry_probability', label: 'Cry probability', unit: '', digits: 2 },
] as const;

interface Stats { count: number; avg: number | null; min: number | null; max: number | null; latest: { t: string; value: number } | null }

/**
 * Baby monitor report (basic): latest value and range of each reading over the period
 * (default the last 7 days) and the latest check-ins. The baby screens' owner may add cry
 * episodes and charts.
 */
export function BabyReport({ subject, from, to, onReady, onError }: ReportPageProps) {
  const [data, setData] = useState<{ stats: Stats[]; checkins: Event[]; from: string; to: string } | null>(null);
  useEffect(() => {
    const end = to ?? new Date().toISOString();
    const start = from ?? new Date(Date.parse(end) - 7 * 86_400_000).toISOString();
    Promise.all([
      Promise.all(METRICS.map((m) => client.call('observations.stats', { subject_id: subject.id, metric: m.metric, from: start, to: end }))),
      client.call('events.list', { subject_id: subject.id, type: 'checkin', from: start, to: end, limit: 20 }),
    ])
      .then(([stats, ev]) => setData({ stats, checkins: ev.items, from: start, to: end }))
      .catch((e: Error) => onError(e.message));
  }, [subject.id, from, to, onError]);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);
  if (!data) return <p role="status">Loading…</p>;
  const f = (v: number | null | undefined, d: number) => (v === null || v === undefined ? '—' : v.toFixed(d));
  return (
    <>
      <p>Period {data.from.slice(0, 16).replace('T', ' ')} to {data.to.slice(0, 16).replace('T', ' ')} UTC.</p>
      <section aria-labelledby="baby-latest">
        <h2 id="baby-latest">Latest values</h2>
        <table>
          <thead><tr><th scope="col">Reading</th><th scope="col">Latest</th><th scope="col">At (UTC)</th><th scope="col">Min</th><th scope="col">Mean</th><th scope="col">Max</th><th scope="col">Readings</th></tr></thead>
          <tbody>
            {METRICS.map((m, i) => {
              const s = data.stats[i]!;
              return (
                <tr key={m.metric}>
                  <th scope="row">{m.label}{m.unit ? ` (${m.unit})` : ''}</th>
                  <td>{f(s.latest?.value, m.digits)}</td><td>{s.latest ? s.latest.t.slice(0, 16).replace('T', ' ') : '—'}</td>
                  <td>{f(s.min, m.digits)}</td><td>{f(s.avg, m.digits)}</td><td>{f(s.max, m.digits)}</td><td>{s.count}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="baby-checkins">
        <h2 id="baby-checkins">Check-ins</h2>
        {data.checkins.length === 0 ? <p>No check-ins in this period.</p> : (
          <table>
            <thead><tr><th scope="col">Time (UTC)</th><th scope="col">Temperature</th><th scope="col">Cry</th><th scope="col">Note</th></tr></thead>
            <tbody>
              {data.checkins.map((e) => (
                <tr key={e.id}><th scope="row">{e.t.slice(0, 16).replace('T', ' ')}</th><td>{typeof e.data.temperature === 'number' ? `${e.data.temperature.toFixed(1)} °C` : '—'}</td><td>{e.data.cry_detected === true ? 'yes' : e.data.cry_detected === false ? 'no' : '—'}</td><td>{typeof e.data.note === 'string' ? e.data.note : ''}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
