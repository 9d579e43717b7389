import type { TremorProgressionOutput } from '../../../../api/tremor';

const W = 1000;
const H = 220;
const PAD = { l: 56, r: 12, t: 14, b: 28 };

const UNIT: Record<TremorProgressionOutput['trend']['metric'], { name: string; unit: string; digits: number }> = {
  tremor_percent: { name: 'tremor time', unit: '%-points', digits: 1 },
  magnitude: { name: 'tremor amplitude', unit: 'm/s²', digits: 3 },
  load: { name: 'tremor load', unit: 'm/s²', digits: 3 },
};

/** The sentence about the trend: a direction only when the interval excludes zero. */
export function trendSentence(t: TremorProgressionOutput['trend']): string {
  const u = UNIT[t.metric];
  if (t.direction === 'insufficient data') return noTrendYet(t);
  const f = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(u.digits)}`;
  const range = `${f(t.slope_per_week)} ${u.unit} per week (${Math.round(t.level * 100)} % interval ${f(t.ci_low)} to ${f(t.ci_high)}) over ${t.days} days`;
  if (t.direction === 'better') return `Better: ${u.name} is falling, ${range}.`;
  if (t.direction === 'worse') return `Worse: ${u.name} is rising, ${range}.`;
  return `No clear change: ${range}; the interval includes no change.`;
}

/** Why there is no trend yet, in the person's terms: how much wear a day needs and how many days count so far. */
export function noTrendYet(t: TremorProgressionOutput['trend']): string {
  const hours = t.min_minutes_per_day / 60;
  const wear = `${Number.isInteger(hours) ? hours : hours.toFixed(1)} hour${hours === 1 ? '' : 's'}`;
  const short = t.short_days > 0 ? ` (${t.short_days} more day${t.short_days === 1 ? ' was' : 's were'} worn for less than ${wear})` : '';
  return `No trend yet: each day needs ${wear} of wear; ${t.days} of ${t.min_days} days so far${short}.`;
}

/**
 * The outlook sentence: the expected change over the next 4 weeks with its interval, said
 * to be an extrapolation (core/tremor/README.md "Outlook"); null without a trend.
 */
export function outlookSentence(t: TremorProgressionOutput['trend']): string | null {
  const o = t.outlook;
  if (!o) return null;
  const u = UNIT[t.metric];
  const f = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(u.digits)}`;
  return `Next ${Math.round(o.horizon_days / 7)} weeks, if the trend goes on: ${f(o.expected_change)} ${u.unit} in ${u.name} (${Math.round(o.level * 100)} % interval ${f(o.low)} to ${f(o.high)}).`;
}

/**
 * Weekly trend: each day's mean (dots), the Theil–Sen line and its interval as a fan of the
 * slopes at the interval's ends through the middle of the data.
 */
export function TrendChart({ progression, title = 'Trend over weeks' }: { progression: TremorProgressionOutput; title?: string }) {
  const t = progression.trend;
  const daily = t.daily;
  const sentence = trendSentence(t);
  if (daily.length === 0) return <p data-testid="trend-sentence">{sentence}</p>;
  const key = t.metric;
  const x0 = daily[0]!.day;
  const x1 = Math.max(x0 + 1, daily[daily.length - 1]!.day);
  const ys = daily.map((d) => d[key]);
  const xm = (x0 + x1) / 2 - x0;
  const fit = (xd: number, slopeDay: number) => t.intercept + t.slope_per_week / 7 * xm + slopeDay * (xd - xm);
  const fanLo = [0, x1 - x0].map((xd) => fit(xd, t.ci_low / 7));
  const fanHi = [0, x1 - x0].map((xd) => fit(xd, t.ci_high / 7));
  const all = [...ys, ...fanLo, ...fanHi, 0];
  const ymax = Math.max(...all) * 1.08 || 1;
  const ymin = Math.min(0, ...all);
  const X = (day: number) => PAD.l + ((day - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const Y = (v: number) => PAD.t + (1 - (v - ymin) / (ymax - ymin)) * (H - PAD.t - PAD.b);
  const u = UNIT[key];
  const line = t.direction === 'insufficient data' ? null : [0, x1 - x0].map((xd) => fit(xd, t.slope_per_week / 7));
  return (
    <figure style={{ margin: 0 }} data-testid="trend">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${title}: ${sentence}`} style={{ display: 'block' }}>
        {line && (
          <path d={`M${X(x0)},${Y(fanLo[0]!)} L${X(x1)},${Y(fanLo[1]!)} L${X(x1)},${Y(fanHi[1]!)} L${X(x0)},${Y(fanHi[0]!)} Z`} fill="#0b5fbf" fillOpacity={0.12} />
        )}
        {[0, 0.5, 1].map((f) => (
          <text key={f} x={PAD.l - 6} y={Y(ymin + f * (ymax - ymin)) + 4} fontSize={13} textAnchor="end" fill="currentColor">{(ymin + f * (ymax - ymin)).toFixed(key === 'tremor_percent' ? 0 : 2)}</text>
        ))}
        {daily.map((d) => (
          <circle key={d.date} cx={X(d.day)} cy={Y(d[key])} r={4} fill="currentColor" fillOpacity={0.7} />
        ))}
        {line && <line x1={X(x0)} x2={X(x1)} y1={Y(line[0]!)} y2={Y(line[1]!)} stroke="#0b5fbf" strokeWidth={3} />}
        <text x={X(x0)} y={H - 8} fontSize={13} fill="currentColor">{daily[0]!.date}</text>
        <text x={X(x1)} y={H - 8} fontSize={13} fill="currentColor" textAnchor="end">{daily[daily.length - 1]!.date}</text>
      </svg>
      <figcaption className="muted" style={{ fontSize: 'var(--text-xs)' }}>
        Dots: daily mean {u.name}{key === 'tremor_percent' ? ' (% of resting time)' : ''}; line: robust (Theil–Sen) trend; band: its {Math.round(t.level * 100)} % interval.
      </figcaption>
      <p data-testid="trend-sentence"><strong>{sentence}</strong></p>
      {outlookSentence(t) && (
        <p data-testid="trend-outlook">
          {outlookSentence(t)}{' '}
          <span className="muted">A statistical extrapolation of the recorded days, not a clinical prediction: the line may not go on, and medication changes are not in it.</span>
        </p>
      )}
      {progression.weekly.length > 0 && (
        <table>
          <caption className="sr-only">Weekly means</caption>
          <thead><tr><th scope="col">Week from</th><th scope="col">Days</th><th scope="col">Mean {u.name}</th></tr></thead>
          <tbody>
            {progression.weekly.map((w) => (
              <tr key={w.week_start}><th scope="row">{w.week_start}</th><td>{w.days}</td><td>{w.mean.toFixed(u.digits)}{key === 'tremor_percent' ? ' %' : ' m/s²'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
