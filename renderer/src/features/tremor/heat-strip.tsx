import type { TremorDayOutput } from '../../../../api/tremor';
import { TREMOR_BINS, clockAt, pct, stripTicks, tremorColour } from './format';

/**
 * The day's tremor by minute ("shake by minute"): one cell per minute of the local day
 * (1,440, or 1,380 / 1,500 on the day the clocks go forward / back) coloured by the percent
 * of the minute with rest tremor, blank where nothing was recorded, with a marker at each
 * dose. The axis and the hourly table below it (the text alternative) follow the wall
 * clock: the skipped hour is not there, the repeated one is there twice, with its offset.
 */
export function HeatStrip({ day, title = 'Tremor by minute', compact = false }: { day: TremorDayOutput; title?: string; compact?: boolean }) {
  const H = compact ? 28 : 44;
  const top = 14;
  const from = Date.parse(day.from);
  const W = day.minutes_in_day;
  const doseMin = day.doses.map((d) => ({ ...d, minute: Math.round((Date.parse(d.t) - from) / 60_000) }));
  const s = day.summary;
  const hoursLong = W / 60;
  const unusual = hoursLong !== 24 ? ` This day has ${hoursLong} hours: the clocks ${hoursLong < 24 ? 'went forward' : 'went back'}.` : '';
  const label = `${title}, ${day.date}: ${s.recorded_minutes} minutes recorded, ${s.tremor_minutes} with tremor at least half the minute, ${day.doses.length} dose${day.doses.length === 1 ? '' : 's'}.${unusual}`;
  const ticks = stripTicks(day);
  const doseById = new Map(day.doses.map((d) => [d.id, d]));
  return (
    <figure className="tremor-figure" style={{ margin: 0 }} data-testid="heat-strip">
      <svg viewBox={`0 0 ${W} ${H + top + 6}`} width="100%" role="img" aria-label={label} preserveAspectRatio="none" style={{ display: 'block', height: compact ? 44 : 66 }}>
        <rect x={0} y={top} width={W} height={H} fill="var(--surface-2, #eef1f5)" />
        {day.minutes.map((m) => (
          <rect key={m.minute} x={m.minute} y={top} width={1.05} height={H} fill={tremorColour(m.tremor_percent)} />
        ))}
        {ticks.map((k) => (
          <line key={k.minute} x1={k.minute} x2={k.minute} y1={top + H} y2={top + H + 6} stroke="currentColor" strokeWidth={2} />
        ))}
        {doseMin.map((d) => (
          <g key={d.id} data-testid="dose-marker">
            <line x1={d.minute} x2={d.minute} y1={top - 2} y2={top + H} stroke="#0b5fbf" strokeWidth={4} />
            <path d={`M ${d.minute - 9} 0 L ${d.minute + 9} 0 L ${d.minute} ${top - 1} Z`} fill="#0b5fbf" />
          </g>
        ))}
      </svg>
      <div aria-hidden="true" style={{ position: 'relative', height: 14, fontSize: 11 }}>
        {ticks.map((k) => (
          <span key={k.minute} style={{ position: 'absolute', whiteSpace: 'nowrap', left: `${(k.minute / W) * 100}%`, transform: k.minute === 0 ? 'none' : k.minute === W ? 'translateX(-100%)' : 'translateX(-50%)' }}>{k.text}</span>
        ))}
      </div>
      {unusual && <p className="muted" data-testid="day-length" style={{ fontSize: 'var(--text-xs)', margin: '4px 0 0' }}>{unusual.trim()}</p>}
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
              {day.hours.filter((r) => r.recorded_minutes > 0 || r.doses.length > 0).map((r) => (
                <tr key={r.index}>
                  <th scope="row">{r.label}{r.minutes !== 60 ? ` (${r.minutes} min)` : ''}</th><td>{r.recorded_minutes}</td><td>{r.tremor_minutes}</td><td>{pct(r.tremor_percent)}</td>
                  <td>{r.doses.map((id) => doseById.get(id)).filter((d) => d !== undefined).map((d) => `${clockAt(d.t, r.utc_offset_min)} ${d.drug}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
