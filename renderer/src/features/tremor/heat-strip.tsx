import type { TremorDayOutput } from '../../../../api/tremor';
import { TREMOR_BINS, clockAt, pct, tremorColour } from './format';

/**
 * The day's tremor by minute ("shake by minute"): 1,440 cells coloured by the percent of
 * the minute with rest tremor, blank where nothing was recorded, with a marker at each
 * dose. The text alternative is the hourly table below the strip.
 */
export function HeatStrip({ day, title = 'Tremor by minute', compact = false }: { day: TremorDayOutput; title?: string; compact?: boolean }) {
  const H = compact ? 28 : 44;
  const top = 14;
  const from = Date.parse(day.from);
  const doseMin = day.doses.map((d) => ({ ...d, minute: Math.round((Date.parse(d.t) - from) / 60_000) }));
  const s = day.summary;
  const label = `${title}, ${day.date}: ${s.recorded_minutes} minutes recorded, ${s.tremor_minutes} with tremor at least half the minute, ${day.doses.length} dose${day.doses.length === 1 ? '' : 's'}.`;
  const hours = Array.from({ length: 24 }, (_, h) => {
    const rows = day.minutes.filter((m) => Math.floor(m.minute / 60) === h);
    return { h, n: rows.length, tremor: rows.filter((m) => m.tremor_percent >= 50).length, mean: rows.length ? rows.reduce((a, m) => a + m.tremor_percent, 0) / rows.length : null };
  });
  return (
    <figure className="tremor-figure" style={{ margin: 0 }} data-testid="heat-strip">
      <svg viewBox={`0 0 1440 ${H + top + 6}`} width="100%" role="img" aria-label={label} preserveAspectRatio="none" style={{ display: 'block', height: compact ? 44 : 66 }}>
        <rect x={0} y={top} width={1440} height={H} fill="var(--surface-2, #eef1f5)" />
        {day.minutes.map((m) => (
          <rect key={m.minute} x={m.minute} y={top} width={1.05} height={H} fill={tremorColour(m.tremor_percent)} />
        ))}
        {Array.from({ length: 9 }, (_, i) => i * 180).map((m) => (
          <line key={m} x1={m} x2={m} y1={top + H} y2={top + H + 6} stroke="currentColor" strokeWidth={2} />
        ))}
        {doseMin.map((d) => (
          <g key={d.id} data-testid="dose-marker">
            <line x1={d.minute} x2={d.minute} y1={top - 2} y2={top + H} stroke="#0b5fbf" strokeWidth={4} />
            <path d={`M ${d.minute - 9} 0 L ${d.minute + 9} 0 L ${d.minute} ${top - 1} Z`} fill="#0b5fbf" />
          </g>
        ))}
      </svg>
      <div aria-hidden="true" style={{ position: 'relative', height: 14, fontSize: 11 }}>
        {Array.from({ length: 9 }, (_, i) => i * 3).map((h) => (
          <span key={h} style={{ position: 'absolute', left: `${(h / 24) * 100}%`, transform: h === 0 ? 'none' : h === 24 ? 'translateX(-100%)' : 'translateX(-50%)' }}>{String(h).padStart(2, '0')}:00</span>
        ))}
      </div>
      <figcaption className="row muted" style={{ fontSize: 'var(--text-xs)', gap: 10, marginTop: 4 }}>
        <span><span aria-hidden="true" style={{ color: '#0b5fbf' }}>▼</span> dose</span>
        {TREMOR_BINS.map((b) => (
          <span key={b.label} className="row" style={{ gap: 4 }}><span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, background: b.colour, border: '1px solid #0002' }} />{b.label}</span>
        ))}
        <span className="row" style={{ gap: 4 }}><span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, background: 'var(--surface-2, #eef1f5)', border: '1px solid #0002' }} />not recorded</span>
      </figcaption>
      {!compact && (
        <details className="no-print">
          <summary>Hour by hour (table)</summary>
          <table>
            <caption className="sr-only">Tremor by hour, {day.date}</caption>
            <thead><tr><th scope="col">Hour</th><th scope="col">Minutes recorded</th><th scope="col">Minutes with tremor</th><th scope="col">Mean tremor time</th><th scope="col">Doses</th></tr></thead>
            <tbody>
              {hours.filter((r) => r.n > 0 || doseMin.some((d) => Math.floor(d.minute / 60) === r.h)).map((r) => (
                <tr key={r.h}>
                  <th scope="row">{String(r.h).padStart(2, '0')}:00</th><td>{r.n}</td><td>{r.tremor}</td><td>{pct(r.mean)}</td>
                  <td>{doseMin.filter((d) => Math.floor(d.minute / 60) === r.h).map((d) => `${clockAt(d.t, day.utc_offset_min)} ${d.drug}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
