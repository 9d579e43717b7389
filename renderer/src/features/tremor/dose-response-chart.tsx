import type { TremorResponseOutput } from '../../../../api/tremor';
import { clockOn, minutes, signedPct, type TremorClock } from './format';

const W = 1000;
const H = 240;
const PAD = { l: 56, r: 28, t: 16, b: 28 };

const verdict = (d: TremorResponseOutput['responses'][number]['direction']) =>
  d === 'improved' ? 'Less tremor after the dose' : d === 'worse' ? 'More tremor after the dose' : d === 'no clear change' ? 'No clear change' : 'Not enough data';

/**
 * Dose response: the tremor load over the period (15-min average of tremor time × amplitude,
 * resting minutes), with each dose's "before" window (grey) and "after" window (blue) as
 * bands at their mean, the change and its confidence, and the return of tremor before the
 * next dose ("wearing off") marked. The table is the text alternative and the numbers.
 */
/** Times are read on `clock`, each at its own offset (a dose before a change and one after it keep their wall-clock times). */
export function DoseResponseChart({ response, clock, title = 'Dose response' }: { response: TremorResponseOutput; clock: TremorClock; title?: string }) {
  const pts = response.series.filter((p) => p.load !== null) as Array<{ t: string; load: number }>;
  // Zoom to the recorded span and the doses' windows (± 30 min), within the period.
  const spans = [...pts.map((p) => Date.parse(p.t)), ...response.responses.flatMap((r) => [Date.parse(r.before.from), Date.parse(r.after.to)])];
  const HALF_HOUR = 1_800_000;
  const from = spans.length ? Math.max(Date.parse(response.from), Math.floor((Math.min(...spans) - HALF_HOUR) / HALF_HOUR) * HALF_HOUR) : Date.parse(response.from);
  const to = spans.length ? Math.min(Date.parse(response.to), Math.ceil((Math.max(...spans) + HALF_HOUR) / HALF_HOUR) * HALF_HOUR) : Date.parse(response.to);
  const means = response.responses.flatMap((r) => [r.before.mean, r.after.mean]).filter((v) => Number.isFinite(v));
  const ymax = Math.max(0.01, ...pts.map((p) => p.load), ...means) * 1.1;
  const x = (ms: number) => PAD.l + ((ms - from) / (to - from)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - v / ymax) * (H - PAD.t - PAD.b);
  // Break the line where minutes are missing.
  let d = '';
  let prev = -Infinity;
  for (const p of pts) {
    const ms = Date.parse(p.t);
    d += `${ms - prev > 6 * 60_000 ? 'M' : 'L'}${x(ms).toFixed(1)},${y(p.load).toFixed(1)} `;
    prev = ms;
  }
  const o = response.overview;
  const hoursTicks = Array.from({ length: 7 }, (_, i) => from + i * ((to - from) / 6));
  const summary =
    o.doses === 0
      ? 'No doses logged in this period.'
      : `${o.doses} dose${o.doses === 1 ? '' : 's'}: ${o.improved} followed by less tremor, ${o.no_clear_change} with no clear change, ${o.worse} with more, ${o.insufficient_data} without enough data.` +
        (o.typical_onset_min !== null ? ` Typical onset ${minutes(o.typical_onset_min)}` : '') +
        (o.typical_duration_min !== null ? `, benefit typically lasting ${minutes(o.typical_duration_min)}` : '') +
        (o.typical_onset_min !== null ? '.' : '') +
        (o.wearing_off_doses ? ` Tremor came back before the next dose ${o.wearing_off_doses} time${o.wearing_off_doses === 1 ? '' : 's'} (wearing off).` : '');
  return (
    <figure style={{ margin: 0 }} data-testid="dose-response">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${title}: ${summary}`} style={{ display: 'block' }}>
        <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.4} />
        {[0, 0.5, 1].map((f) => (
          <text key={f} x={PAD.l - 6} y={y(f * ymax) + 4} fontSize={13} textAnchor="end" fill="currentColor">{(f * ymax).toFixed(2)}</text>
        ))}
        <text x={12} y={H / 2} fontSize={13} fill="currentColor" transform={`rotate(-90 12 ${H / 2})`} textAnchor="middle">load, m/s²</text>
        {hoursTicks.map((t) => (
          <text key={t} x={x(t)} y={H - 8} fontSize={13} textAnchor="middle" fill="currentColor">{clockOn(clock, t)}</text>
        ))}
        {response.responses.map((r, i) => {
          const bx0 = x(Date.parse(r.before.from));
          const bx1 = x(Date.parse(r.before.to));
          const ax0 = x(Date.parse(r.after.from));
          const ax1 = x(Date.parse(r.after.to));
          const dose = x(Date.parse(r.dose.t));
          const wear = r.wearing_off && r.benefit_end_min !== null ? x(Date.parse(r.dose.t) + r.benefit_end_min * 60_000) : null;
          return (
            <g key={r.dose.id ?? i} data-testid="dose-band">
              <rect x={bx0} width={Math.max(0, bx1 - bx0)} y={PAD.t} height={H - PAD.t - PAD.b} fill="#8a94a3" fillOpacity={0.14} />
              <rect x={ax0} width={Math.max(0, ax1 - ax0)} y={PAD.t} height={H - PAD.t - PAD.b} fill="#0b5fbf" fillOpacity={0.12} />
              {Number.isFinite(r.before.mean) && r.before.minutes > 0 && <line x1={bx0} x2={bx1} y1={y(r.before.mean)} y2={y(r.before.mean)} stroke="#4a5563" strokeWidth={3} />}
              {Number.isFinite(r.after.mean) && r.after.minutes > 0 && <line x1={ax0} x2={ax1} y1={y(r.after.mean)} y2={y(r.after.mean)} stroke="#0b5fbf" strokeWidth={3} />}
              <line x1={dose} x2={dose} y1={PAD.t} y2={H - PAD.b} stroke="#0b5fbf" strokeWidth={2} strokeDasharray="4 3" />
              <text x={dose + 3} y={PAD.t + 12} fontSize={12} fill="#0b5fbf">{r.direction === 'improved' ? '↓' : r.direction === 'worse' ? '↑' : '·'} {signedPct(r.relative_change)}</text>
              {wear !== null && (
                <g data-testid="wearing-off">
                  <line x1={wear} x2={wear} y1={PAD.t} y2={H - PAD.b} stroke="#8a5a00" strokeWidth={2} />
                  <text x={wear + 3} y={H - PAD.b - 6} fontSize={12} fill="#8a5a00">wearing off</text>
                </g>
              )}
            </g>
          );
        })}
        <path d={d} fill="none" stroke="currentColor" strokeWidth={1.6} />
      </svg>
      <figcaption className="muted" style={{ fontSize: 'var(--text-xs)' }}>
        Grey band: {response.responses[0] ? `${Math.round((Date.parse(response.responses[0].before.to) - Date.parse(response.responses[0].before.from)) / 60_000)} min` : 'the hour'} before a dose; blue band: the window after it; thick lines: their means. Load = share of the minute with tremor × its amplitude, resting minutes, 15-min average.
      </figcaption>
      <p data-testid="response-summary">{summary}{o.overall_direction === 'improved' || o.overall_direction === 'worse' ? ` Across doses: ${signedPct(o.overall_relative_change)} (p = ${o.overall_p_value?.toFixed(3)}).` : o.overall_relative_change !== null ? ` Across doses: no clear change (${signedPct(o.overall_relative_change)}, p = ${o.overall_p_value?.toFixed(2)}).` : ''}</p>
      {response.responses.length > 0 && (
        <table>
          <caption className="sr-only">Response to each dose</caption>
          <thead>
            <tr><th scope="col">Dose</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change (95 % interval)</th><th scope="col">Confidence</th><th scope="col">Verdict</th><th scope="col">Onset</th><th scope="col">Benefit</th><th scope="col">Wearing off</th></tr>
          </thead>
          <tbody>
            {response.responses.map((r, i) => (
              <tr key={r.dose.id ?? i}>
                <th scope="row">{clockOn(clock, r.dose.t)} {r.dose.drug}</th>
                <td>{r.before.minutes ? r.before.mean.toFixed(3) : '—'}</td>
                <td>{r.after.minutes ? r.after.mean.toFixed(3) : '—'}</td>
                <td>{signedPct(r.relative_change)}{r.relative_change_ci95 ? ` (${signedPct(r.relative_change_ci95[0])} to ${signedPct(r.relative_change_ci95[1])})` : ''}</td>
                <td>{r.direction === 'insufficient data' ? '—' : `${Math.round(r.confidence * 100)} %`}</td>
                <td>{verdict(r.direction)}</td>
                <td>{minutes(r.onset_min)}</td>
                <td>{minutes(r.duration_min)}</td>
                <td>{r.wearing_off ? `yes, ${minutes(r.wearing_off_lead_min)} before the next dose` : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
