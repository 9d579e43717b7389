import { useEffect, useState } from 'react';
import type { CgmMetrics } from '../../../../api/diabetes';
import type { Event } from '../../../../api/schemas';
import { client } from '../../client';
import { clockSentence, dateOn, localDays, metricsZone, minuteOn, unusualHours, type LocalDay, type ReportClock } from './report-clock';
import type { ReportPageProps } from './report-route';

type Metrics = CgmMetrics & { from: string; to: string };
const f = (v: number | null, d = 0, unit = '') => (v === null ? '—' : `${v.toFixed(d)}${unit}`);

const RANGES = [
  { key: 'above_250', label: 'Very high (> 250 mg/dL)', colour: '#c46a00' },
  { key: 'above_180', label: 'High (181–250)', colour: '#e8a33d' },
  { key: 'in_range_70_180', label: 'In range (70–180)', colour: '#2e9e4f' },
  { key: 'below_70', label: 'Low (54–69)', colour: '#d9402b' },
  { key: 'below_54', label: 'Very low (< 54)', colour: '#8b0000' },
] as const;

/** The consensus (Battelino 2019) asks for the sensor to be active ≥ 70 % of the period. */
const MIN_ACTIVE_PERCENT = 70;
/** Rows of the meals and insulin table: the newest of the period. */
const RECENT_EVENTS = 20;

type Point = { t: number; v: number };
type Loaded = { m: Metrics; series: Point[]; events: Event[] };

type DayProfile = LocalDay & { points: Point[] };

/**
 * The local calendar days on the report's clock from `from` to `to`, each from its midnight
 * to the next (23 or 25 hours across a daylight-saving change), with its readings.
 */
export function dailyProfiles(series: ReadonlyArray<Point>, from: number, to: number, clock: ReportClock): DayProfile[] {
  const days: DayProfile[] = localDays(clock, from, to).map((d) => ({ ...d, points: [] }));
  let i = 0;
  for (const p of [...series].sort((a, b) => a.t - b.t)) {
    while (i < days.length && p.t >= days[i]!.end) i++;
    if (i === days.length) break;
    if (p.t >= days[i]!.start) days[i]!.points.push(p);
  }
  return days;
}

/**
 * One small curve: a day's glucose from its midnight to the next, the target range shaded;
 * gaps over 30 min break the line. A 23- or 25-hour day fills the same width and says so.
 */
function DayCurve(profile: DayProfile) {
  const { day, start, end, points } = profile;
  const W = 140;
  const H = 60;
  const x = (t: number) => ((t - start) / (end - start)) * W;
  const y = (v: number) => H - (Math.min(400, Math.max(40, v)) - 40) / 360 * H;
  let d = '';
  let prev: number | null = null;
  for (const p of points) {
    d += `${prev === null || p.t - prev > 30 * 60_000 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)} `;
    prev = p.t;
  }
  const hours = unusualHours(profile);
  const label = `${new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}${hours === null ? '' : ` (${hours} h)`}`;
  return (
    <figure className="agp-day">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${label}: ${points.length ? `${points.length} readings` : 'no readings'}`}>
        <rect x={0} y={0} width={W} height={H} fill="none" stroke="currentColor" strokeOpacity={0.25} />
        <rect x={0} y={y(180)} width={W} height={y(70) - y(180)} fill="#2e9e4f" fillOpacity={0.12} />
        {points.length ? <path d={d} fill="none" stroke="#0b5fbf" strokeWidth={1.2} /> : <text x={W / 2} y={H / 2 + 4} fontSize={10} textAnchor="middle" fill="currentColor">no readings</text>}
      </svg>
    </figure>
  );
}

/** "Meal 45 g carbohydrate" / "Insulin 4 U bolus", as the table says it. */
function eventText(e: Event): string {
  const d = e.data as { carbs_g?: unknown; description?: unknown; units?: unknown; kind?: unknown; insulin_type?: unknown };
  if (e.type === 'meal') return `Meal${typeof d.carbs_g === 'number' ? ` ${d.carbs_g} g carbohydrate` : ''}${typeof d.description === 'string' ? ` (${d.description})` : ''}`;
  const kind = typeof d.kind === 'string' ? d.kind : typeof d.insulin_type === 'string' ? d.insulin_type : '';
  return `Insulin${typeof d.units === 'number' ? ` ${d.units} U` : ''}${kind ? ` ${kind}` : ''}`;
}

/**
 * The AGP report as the standard page (contract section 5; Battelino 2019 and the IDC's AGP
 * layout): glucose statistics, time in ranges, the AGP percentile chart, one small curve per
 * day of the period, and the period's latest meals and insulin. A caution leads the page when
 * the sensor was active less than 70 % of the time.
 */
export function AgpReport({ subject, from, to, clock, onReady, onError }: ReportPageProps) {
  const [data, setData] = useState<Loaded | null>(null);
  useEffect(() => {
    let alive = true;
    (async () => {
      // The AGP's hours are each reading's own local hour in the report's zone.
      const zone = metricsZone(clock);
      const m = await client.call('diabetes.metrics', { subject_id: subject.id, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(zone ? { time_zone: zone } : {}) });
      const q = { subject_id: subject.id, from: m.from, to: m.to };
      const [series, meals, insulin] = await Promise.all([
        client.call('observations.timeseries', { ...q, metric: 'glucose', interval: '15m' }),
        client.call('events.list', { ...q, type: 'meal', limit: 1000 }),
        client.call('events.list', { ...q, type: 'insulin', limit: 1000 }),
      ]);
      const points = series.items.map((b) => ({ t: Date.parse(b.t), v: b.avg })).sort((a, b) => a.t - b.t);
      const events = [...meals.items, ...insulin.items].sort((a, b) => Date.parse(b.t) - Date.parse(a.t));
      if (alive) setData({ m, series: points, events });
    })().catch((e: Error) => onError(e.message));
    return () => {
      alive = false;
    };
  }, [subject.id, from, to, clock, onError]);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);
  if (!data) return <p role="status">Loading…</p>;
  const { m } = data;
  const days = dailyProfiles(data.series, Date.parse(m.from), Date.parse(m.to), clock);
  // Each time at its own offset: a meal after the clocks change reads as the clock on the wall said.
  const local = (iso: string) => minuteOn(clock, Date.parse(iso));
  // Exclusive bands from the cumulative percentages (consensus: below_70 includes below_54).
  const band = {
    above_250: m.above_250, above_180: m.above_180 !== null && m.above_250 !== null ? m.above_180 - m.above_250 : null,
    in_range_70_180: m.in_range_70_180, below_70: m.below_70 !== null && m.below_54 !== null ? m.below_70 - m.below_54 : null, below_54: m.below_54,
  };
  const W = 1000;
  const H = 260;
  const y = (v: number) => 10 + (1 - Math.min(400, v) / 400) * (H - 40);
  // 60 px each side: the first and last hour labels are centred on the chart's edges and must fit.
  const x = (h: number) => 60 + (h / 24) * (W - 120);
  const rows = m.agp.filter((r) => r.p50 !== null);
  const area = (lo: 'p5' | 'p25', hi: 'p95' | 'p75') =>
    rows.length ? `M${rows.map((r) => `${x(r.hour + 0.5)},${y(r[hi]!)}`).join(' L')} L${[...rows].reverse().map((r) => `${x(r.hour + 0.5)},${y(r[lo]!)}`).join(' L')} Z` : '';
  return (
    <>
      {(m.active_percent ?? 0) < MIN_ACTIVE_PERCENT && (
        <p className="report-caution" role="note" data-testid="agp-caution">
          <strong>Caution:</strong> the sensor was active {f(m.active_percent, 1, ' %')} of this period, under the {MIN_ACTIVE_PERCENT} % the consensus asks for. These figures may not represent the period: do not base treatment changes on them alone.
        </p>
      )}
      <p>Period {dateOn(clock, Date.parse(m.from))} to {dateOn(clock, Date.parse(m.to) - 1)} · {m.n} readings over {m.days.toFixed(1)} days ({f(m.active_percent, 1, ' %')} CGM active). <span data-testid="report-clock">{clockSentence(clock)}</span>.</p>
      <section aria-labelledby="agp-metrics">
        <h2 id="agp-metrics">Glucose statistics</h2>
        <table>
          <tbody>
            <tr><th scope="row">Mean glucose</th><td>{f(m.mean, 0, ' mg/dL')}</td><th scope="row">GMI</th><td>{f(m.gmi, 1, ' %')}</td></tr>
            <tr><th scope="row">Coefficient of variation</th><td>{f(m.cv, 1, ' %')}</td><th scope="row">SD</th><td>{f(m.sd, 0, ' mg/dL')}</td></tr>
            <tr><th scope="row">Time in range 70–180</th><td>{f(m.in_range_70_180, 1, ' %')}</td><th scope="row">GRI</th><td>{f(m.gri, 1)}</td></tr>
            <tr><th scope="row">Below 70 / below 54</th><td>{f(m.below_70, 1, ' %')} / {f(m.below_54, 1, ' %')}</td><th scope="row">Above 180 / above 250</th><td>{f(m.above_180, 1, ' %')} / {f(m.above_250, 1, ' %')}</td></tr>
          </tbody>
        </table>
      </section>
      <section aria-labelledby="agp-tir">
        <h2 id="agp-tir">Time in ranges</h2>
        <svg viewBox="0 0 1000 40" width="100%" role="img" aria-label={RANGES.map((r) => `${r.label}: ${f(band[r.key], 1, ' %')}`).join('; ')}>
          {(() => {
            let at = 0;
            return [...RANGES].reverse().map((r) => {
              const w = ((band[r.key] ?? 0) / 100) * 1000;
              const el = <rect key={r.key} x={at} y={0} width={w} height={40} fill={r.colour} />;
              at += w;
              return el;
            });
          })()}
        </svg>
        <p>{RANGES.map((r) => `${r.label}: ${f(band[r.key], 1, ' %')}`).join(' · ')}</p>
      </section>
      <section aria-labelledby="agp-chart">
        <h2 id="agp-chart">Ambulatory glucose profile</h2>
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="Glucose percentiles by hour of day: 5–95 % (light), 25–75 % (dark) and the median line; the table follows.">
          <rect x={x(0)} width={x(24) - x(0)} y={y(180)} height={y(70) - y(180)} fill="#2e9e4f" fillOpacity={0.1} />
          {[54, 70, 180, 250].map((v) => (
            <g key={v}><line x1={x(0)} x2={x(24)} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.3} /><text x={x(0) - 8} y={y(v) + 4} fontSize={12} textAnchor="end" fill="currentColor">{v}</text></g>
          ))}
          <path d={area('p5', 'p95')} fill="#0b5fbf" fillOpacity={0.15} />
          <path d={area('p25', 'p75')} fill="#0b5fbf" fillOpacity={0.35} />
          {rows.length > 0 && <path d={`M${rows.map((r) => `${x(r.hour + 0.5)},${y(r.p50!)}`).join(' L')}`} fill="none" stroke="#0b5fbf" strokeWidth={3} />}
          {[0, 6, 12, 18, 24].map((h) => <text key={h} x={x(h)} y={H - 8} fontSize={12} textAnchor="middle" fill="currentColor">{String(h).padStart(2, '0')}:00</text>)}
        </svg>
        <details className="no-print"><summary>Percentiles by hour (table)</summary>
          <table><thead><tr><th scope="col">Hour</th><th scope="col">5 %</th><th scope="col">25 %</th><th scope="col">Median</th><th scope="col">75 %</th><th scope="col">95 %</th></tr></thead>
            <tbody>{m.agp.map((r) => <tr key={r.hour}><th scope="row">{r.hour}</th><td>{f(r.p5)}</td><td>{f(r.p25)}</td><td>{f(r.p50)}</td><td>{f(r.p75)}</td><td>{f(r.p95)}</td></tr>)}</tbody>
          </table>
        </details>
      </section>
      <section aria-labelledby="agp-days" className="report-flow">
        <h2 id="agp-days">Daily glucose profiles</h2>
        <p className="muted">Each day local midnight to midnight ({clockSentence(clock).replace(/^T/, 't')}; a day when the clocks change has 23 or 25 hours); shaded 70–180 mg/dL; scale 40–400 mg/dL.</p>
        <div className="agp-days">
          {days.map((d) => <DayCurve key={d.day} {...d} />)}
        </div>
      </section>
      <section aria-labelledby="agp-events">
        <h2 id="agp-events">Recent meals and insulin</h2>
        {data.events.length === 0 ? (
          <p>No meals or insulin logged in this period.</p>
        ) : (
          <>
            <p className="muted">The latest {Math.min(RECENT_EVENTS, data.events.length)} of {data.events.length} logged in the period, newest first.</p>
            <table>
              <thead><tr><th scope="col">When</th><th scope="col">What</th></tr></thead>
              <tbody>{data.events.slice(0, RECENT_EVENTS).map((e) => <tr key={e.id}><td>{local(e.t)}</td><td>{eventText(e)}</td></tr>)}</tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
