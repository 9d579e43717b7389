import { useEffect, useState } from 'react';
import type { CgmMetrics } from '../../../../api/diabetes';
import { client } from '../../client';
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

/**
 * AGP report (basic): the metrics table from `diabetes.metrics`, the time-in-ranges bar and
 * the AGP percentile chart. The diabetes screens' owner may enrich it with daily profiles.
 */
export function AgpReport({ subject, from, to, offsetMin, onReady, onError }: ReportPageProps) {
  const [m, setM] = useState<Metrics | null>(null);
  useEffect(() => {
    client
      .call('diabetes.metrics', { subject_id: subject.id, ...(from ? { from } : {}), ...(to ? { to } : {}) })
      .then(setM)
      .catch((e: Error) => onError(e.message));
  }, [subject.id, from, to, onError]);
  useEffect(() => {
    if (m) onReady();
  }, [m, onReady]);
  if (!m) return <p role="status">Loading…</p>;
  // Exclusive bands from the cumulative percentages (consensus: below_70 includes below_54).
  const band = {
    above_250: m.above_250, above_180: m.above_180 !== null && m.above_250 !== null ? m.above_180 - m.above_250 : null,
    in_range_70_180: m.in_range_70_180, below_70: m.below_70 !== null && m.below_54 !== null ? m.below_70 - m.below_54 : null, below_54: m.below_54,
  };
  const W = 1000;
  const H = 260;
  const y = (v: number) => 10 + (1 - Math.min(400, v) / 400) * (H - 40);
  const x = (h: number) => 50 + (h / 24) * (W - 60);
  const rows = m.agp.filter((r) => r.p50 !== null);
  const area = (lo: 'p5' | 'p25', hi: 'p95' | 'p75') =>
    rows.length ? `M${rows.map((r) => `${x(r.hour + 0.5)},${y(r[hi]!)}`).join(' L')} L${[...rows].reverse().map((r) => `${x(r.hour + 0.5)},${y(r[lo]!)}`).join(' L')} Z` : '';
  return (
    <>
      <p>Period {m.from.slice(0, 10)} to {m.to.slice(0, 10)} · {m.n} readings over {m.days.toFixed(1)} days ({f(m.active_percent, 1, ' %')} CGM active). Clock UTC{offsetMin >= 0 ? '+' : '−'}{Math.abs(offsetMin / 60)}.</p>
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
          <rect x={50} width={W - 60} y={y(180)} height={y(70) - y(180)} fill="#2e9e4f" fillOpacity={0.1} />
          {[54, 70, 180, 250].map((v) => (
            <g key={v}><line x1={50} x2={W - 10} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.3} /><text x={44} y={y(v) + 4} fontSize={12} textAnchor="end" fill="currentColor">{v}</text></g>
          ))}
          <path d={area('p5', 'p95')} fill="#0b5fbf" fillOpacity={0.15} />
          <path d={area('p25', 'p75')} fill="#0b5fbf" fillOpacity={0.35} />
          {rows.length > 0 && <path d={`M${rows.map((r) => `${x(r.hour + 0.5)},${y(r.p50!)}`).join(' L')}`} fill="none" stroke="#0b5fbf" strokeWidth={3} />}
          {[0, 6, 12, 18, 24].map((h) => <text key={h} x={x(h)} y={H - 8} fontSize={12} textAnchor="middle" fill="currentColor">{String(h % 24).padStart(2, '0')}:00</text>)}
        </svg>
        <details className="no-print"><summary>Percentiles by hour (table)</summary>
          <table><thead><tr><th scope="col">Hour</th><th scope="col">5 %</th><th scope="col">25 %</th><th scope="col">Median</th><th scope="col">75 %</th><th scope="col">95 %</th></tr></thead>
            <tbody>{m.agp.map((r) => <tr key={r.hour}><th scope="row">{r.hour}</th><td>{f(r.p5)}</td><td>{f(r.p25)}</td><td>{f(r.p50)}</td><td>{f(r.p75)}</td><td>{f(r.p95)}</td></tr>)}</tbody>
          </table>
        </details>
      </section>
    </>
  );
}
