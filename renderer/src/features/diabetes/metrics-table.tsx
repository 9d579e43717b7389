import type { CgmMetrics } from '../../../../api/diabetes';
import { fmtGlucose, type GlucoseUnit } from './glucose';

type Verdict = 'met' | 'missed' | null;

interface Row {
  key: string;
  label: string;
  value: string;
  target: string;
  verdict: Verdict;
  note?: string;
}

const pct = (v: number | null, d = 1) => (v === null ? '—' : `${v.toFixed(d)} %`);
const num = (v: number | null, d = 1) => (v === null ? '—' : v.toFixed(d));
const check = (v: number | null, ok: (v: number) => boolean): Verdict => (v === null ? null : ok(v) ? 'met' : 'missed');

/**
 * The rows of the metrics table with their targets: the International Consensus on Time
 * in Range (Battelino et al., Diabetes Care 2019, Table 2) for the ranges and CV; the
 * risk bands of each index's own paper for the rest (Kovatchev 2006 for LBGI/HBGI,
 * Klonoff 2022 for the GRI zones, Wójcicki 1995 for the J-index).
 */
export function metricRows(m: CgmMetrics, unit: GlucoseUnit): Row[] {
  const g = (v: number | null) => (v === null ? '—' : `${fmtGlucose(v, unit)} ${unit}`);
  return [
    { key: 'in_range_70_180', label: `Time in range ${fmtGlucose(70, unit)}–${fmtGlucose(180, unit)} ${unit}`, value: pct(m.in_range_70_180), target: '> 70 %', verdict: check(m.in_range_70_180, (v) => v > 70) },
    { key: 'below_70', label: `Time below ${fmtGlucose(70, unit)} ${unit}`, value: pct(m.below_70), target: '< 4 %', verdict: check(m.below_70, (v) => v < 4) },
    { key: 'below_54', label: `Time below ${fmtGlucose(54, unit)} ${unit}`, value: pct(m.below_54), target: '< 1 %', verdict: check(m.below_54, (v) => v < 1) },
    { key: 'above_180', label: `Time above ${fmtGlucose(180, unit)} ${unit}`, value: pct(m.above_180), target: '< 25 %', verdict: check(m.above_180, (v) => v < 25) },
    { key: 'above_250', label: `Time above ${fmtGlucose(250, unit)} ${unit}`, value: pct(m.above_250), target: '< 5 %', verdict: check(m.above_250, (v) => v < 5) },
    { key: 'cv', label: 'Glucose variability (CV)', value: pct(m.cv), target: '≤ 36 %', verdict: check(m.cv, (v) => v <= 36) },
    { key: 'mean', label: 'Mean glucose', value: g(m.mean), target: '', verdict: null },
    { key: 'gmi', label: 'Glucose management indicator (GMI)', value: pct(m.gmi), target: '', verdict: null, note: 'estimate, not an HbA1c' },
    { key: 'sd', label: 'Standard deviation', value: g(m.sd), target: '', verdict: null },
    { key: 'median', label: 'Median (interquartile range)', value: m.median === null ? '—' : `${fmtGlucose(m.median, unit)} (${fmtGlucose(m.q25, unit)}–${fmtGlucose(m.q75, unit)}) ${unit}`, target: '', verdict: null },
    { key: 'gri', label: 'Glycemia risk index (GRI)', value: num(m.gri), target: 'zone A ≤ 20', verdict: check(m.gri, (v) => v <= 20) },
    { key: 'lbgi', label: 'Low blood glucose index (LBGI)', value: num(m.lbgi, 2), target: '≤ 1.1 minimal risk', verdict: check(m.lbgi, (v) => v <= 1.1) },
    { key: 'hbgi', label: 'High blood glucose index (HBGI)', value: num(m.hbgi, 2), target: '≤ 4.5 low risk', verdict: check(m.hbgi, (v) => v <= 4.5) },
    { key: 'mage', label: 'Mean amplitude of glycemic excursions (MAGE)', value: g(m.mage), target: '', verdict: null },
    { key: 'modd', label: 'Mean of daily differences (MODD)', value: g(m.modd), target: '', verdict: null },
    { key: 'conga', label: 'CONGA (1 h)', value: g(m.conga), target: '', verdict: null },
    { key: 'j_index', label: 'J-index', value: num(m.j_index), target: '10–20 ideal', verdict: check(m.j_index, (v) => v >= 10 && v <= 20) },
    { key: 'active_percent', label: 'Sensor active', value: pct(m.active_percent), target: '≥ 70 %', verdict: check(m.active_percent, (v) => v >= 70) },
    // The consensus asks for both: ≥ 14 days with readings and ≥ 70 % sensor time (Battelino 2019, table 2).
    { key: 'days', label: 'Days with readings', value: m.days.toFixed(0), target: '≥ 14 at ≥ 70 % sensor time', verdict: check(m.days, (v) => v >= 14 && m.active_percent >= 70) },
  ];
}

/** The metrics with their consensus targets; a met/missed mark in words as well as colour. */
export function MetricsTable({ metrics, unit }: { metrics: CgmMetrics; unit: GlucoseUnit }) {
  const rows = metricRows(metrics, unit);
  return (
    <table className="dm-table" aria-label="Glucose statistics and targets" data-testid="metrics-table">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" className="num">Value</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-metric={r.key}>
            <th scope="row">
              {r.label}
              {r.note && <span className="dm-note"> · {r.note}</span>}
            </th>
            <td className="num dm-value">{r.value}</td>
            <td>
              {r.target && (
                <span className={`dm-verdict ${r.verdict ?? ''}`}>
                  {r.verdict === 'met' ? '✓ ' : r.verdict === 'missed' ? '✗ ' : ''}
                  {r.target}
                  <span className="visually-hidden">{r.verdict === 'met' ? ' (target met)' : r.verdict === 'missed' ? ' (target not met)' : ''}</span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
