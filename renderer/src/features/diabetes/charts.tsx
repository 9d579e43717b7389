import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CgmMetrics } from '../../../../api/diabetes';
import type { Event } from '../../../../api/schemas';
import { THRESHOLDS, fmtGlucose, toUnit, type GlucoseUnit, type TimeInRanges } from './glucose';
import { fmtDateTime, fmtTime } from '../../app/time-format';

/** The y axis of the glucose charts: 0–350 mg/dL (0–19.4 mmol/L) like the standard AGP, wider when readings go above. */
function yTop(unit: GlucoseUnit, maxMgdl: number): number {
  const top = maxMgdl > 350 ? 400 : 350;
  return unit === 'mmol/L' ? Math.ceil(toUnit(top, unit)) : top;
}
const yTicks = (unit: GlucoseUnit, top: number) => [0, THRESHOLDS.veryLow, THRESHOLDS.low, THRESHOLDS.high, THRESHOLDS.veryHigh].map((v) => Number(fmtGlucose(v, unit))).concat(top);
const hourLabel = (h: number) => {
  const hh = ((h % 24) + 24) % 24;
  if (hh === 0) return '12am';
  if (hh === 12) return '12pm';
  return hh < 12 ? `${hh}am` : `${hh - 12}pm`;
};
const AXIS = { stroke: 'var(--text-muted)', fontSize: 12 } as const;

/** The target range shading and threshold lines every glucose chart shares. */
function RangeGuides({ unit, x1, x2 }: { unit: GlucoseUnit; x1?: number; x2?: number }) {
  const u = (v: number) => Number(fmtGlucose(v, unit));
  return (
    <>
      <ReferenceArea y1={u(THRESHOLDS.low)} y2={u(THRESHOLDS.high)} {...(x1 !== undefined ? { x1 } : {})} {...(x2 !== undefined ? { x2 } : {})} fill="var(--range-in)" fillOpacity={0.08} stroke="none" ifOverflow="hidden" />
      <ReferenceLine y={u(THRESHOLDS.low)} stroke="var(--range-in)" strokeWidth={1.5} />
      <ReferenceLine y={u(THRESHOLDS.high)} stroke="var(--range-in)" strokeWidth={1.5} />
      <ReferenceLine y={u(THRESHOLDS.veryLow)} stroke="var(--range-vlow)" strokeDasharray="4 4" strokeOpacity={0.6} />
      <ReferenceLine y={u(THRESHOLDS.veryHigh)} stroke="var(--range-vhigh)" strokeDasharray="4 4" strokeOpacity={0.6} />
    </>
  );
}

// ---------------------------------------------------------------- AGP

export interface AgpPoint {
  x: number;
  outer: [number, number] | null;
  inner: [number, number] | null;
  p50: number | null;
}

/**
 * The AGP's percentile curves as chart points: each hourly row at the middle of its
 * hour, and the midnight ends as the mean of 11pm and 12am so the day wraps around.
 */
export function agpPoints(agp: CgmMetrics['agp'], unit: GlucoseUnit): AgpPoint[] {
  const u = (v: number | null) => (v === null ? null : toUnit(v, unit));
  const point = (x: number, r: CgmMetrics['agp'][number]): AgpPoint => {
    const [p5, p25, p50, p75, p95] = [u(r.p5), u(r.p25), u(r.p50), u(r.p75), u(r.p95)];
    return { x, outer: p5 !== null && p95 !== null ? [p5, p95] : null, inner: p25 !== null && p75 !== null ? [p25, p75] : null, p50 };
  };
  const rows = [...agp].sort((a, b) => a.hour - b.hour);
  const pts = rows.map((r) => point(r.hour + 0.5, r));
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && first.hour === 0 && last.hour === 23) {
    const mid = (a: number | null, b: number | null) => (a === null || b === null ? null : (a + b) / 2);
    const wrap = { hour: 0, p5: mid(first.p5, last.p5), p25: mid(first.p25, last.p25), p50: mid(first.p50, last.p50), p75: mid(first.p75, last.p75), p95: mid(first.p95, last.p95) };
    pts.unshift(point(0, wrap));
    pts.push(point(24, wrap));
  }
  return pts;
}

/** Ambulatory Glucose Profile: 5–95 % and 25–75 % bands and the median by time of day. */
export function AgpChart({ agp, unit }: { agp: CgmMetrics['agp']; unit: GlucoseUnit }) {
  const pts = agpPoints(agp, unit);
  const maxMgdl = Math.max(0, ...agp.map((r) => r.p95 ?? 0));
  const top = yTop(unit, maxMgdl);
  const filled = agp.filter((r) => r.p50 !== null);
  const low = filled.length ? filled.reduce((a, b) => ((b.p50 ?? 0) < (a.p50 ?? 0) ? b : a)) : null;
  const high = filled.length ? filled.reduce((a, b) => ((b.p50 ?? 0) > (a.p50 ?? 0) ? b : a)) : null;
  const summary = filled.length
    ? `Ambulatory glucose profile by time of day. The median is lowest around ${hourLabel(low!.hour)} (${fmtGlucose(low!.p50, unit, true)}) and highest around ${hourLabel(high!.hour)} (${fmtGlucose(high!.p50, unit, true)}). The table below lists every hour.`
    : 'Ambulatory glucose profile: no readings in this period.';
  return (
    <div>
      <div role="img" aria-label={summary} data-testid="agp-chart" className="dm-chart" style={{ height: 300 }}>
        <ResponsiveContainer>
          <ComposedChart data={pts} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical horizontal={false} stroke="var(--border)" />
            <XAxis dataKey="x" type="number" domain={[0, 24]} ticks={[0, 3, 6, 9, 12, 15, 18, 21, 24]} tickFormatter={hourLabel} {...AXIS} />
            <YAxis domain={[0, top]} ticks={yTicks(unit, top)} width={44} {...AXIS} allowDataOverflow />
            <RangeGuides unit={unit} />
            <Area type="monotone" dataKey="outer" stroke="var(--agp-outer-line)" strokeDasharray="3 3" fill="var(--agp-outer)" fillOpacity={1} isAnimationActive={false} connectNulls={false} name="5–95 %" />
            <Area type="monotone" dataKey="inner" stroke="none" fill="var(--agp-inner)" fillOpacity={1} isAnimationActive={false} connectNulls={false} name="25–75 %" />
            <Line type="monotone" dataKey="p50" stroke="var(--agp-median)" strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls={false} name="Median" />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div className="dm-legend" aria-hidden="true">
        <span><i className="sw" style={{ background: 'var(--agp-median)', height: 3 }} /> Median</span>
        <span><i className="sw" style={{ background: 'var(--agp-inner)' }} /> 25–75 %</span>
        <span><i className="sw" style={{ background: 'var(--agp-outer)', outline: '1px dashed var(--agp-outer-line)' }} /> 5–95 %</span>
        <span><i className="sw" style={{ background: 'var(--range-in)', height: 2 }} /> Target {fmtGlucose(70, unit)}–{fmtGlucose(180, unit)} {unit}</span>
      </div>
      <details className="dm-details">
        <summary>AGP as a table</summary>
        <table className="dm-table compact" data-testid="agp-table">
          <caption className="visually-hidden">Glucose percentiles by hour of day, {unit}</caption>
          <thead>
            <tr><th scope="col">Hour</th><th scope="col" className="num">5 %</th><th scope="col" className="num">25 %</th><th scope="col" className="num">Median</th><th scope="col" className="num">75 %</th><th scope="col" className="num">95 %</th></tr>
          </thead>
          <tbody>
            {agp.map((r) => (
              <tr key={r.hour}>
                <th scope="row">{hourLabel(r.hour)}</th>
                <td className="num">{fmtGlucose(r.p5, unit)}</td>
                <td className="num">{fmtGlucose(r.p25, unit)}</td>
                <td className="num">{fmtGlucose(r.p50, unit)}</td>
                <td className="num">{fmtGlucose(r.p75, unit)}</td>
                <td className="num">{fmtGlucose(r.p95, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

// ---------------------------------------------------------------- time in ranges

const BANDS = [
  { key: 'veryHigh', color: 'var(--range-vhigh)', name: 'Very high', target: '< 5 %' },
  { key: 'high', color: 'var(--range-high)', name: 'High', target: '' },
  { key: 'inRange', color: 'var(--range-in)', name: 'Target range', target: '> 70 %' },
  { key: 'low', color: 'var(--range-low)', name: 'Low', target: '' },
  { key: 'veryLow', color: 'var(--range-vlow)', name: 'Very low', target: '< 1 %' },
] as const;

function bandRange(key: keyof TimeInRanges, unit: GlucoseUnit): string {
  const f = (v: number) => fmtGlucose(v, unit);
  switch (key) {
    case 'veryHigh':
      return `> ${f(250)}`;
    case 'high':
      return `${f(181)}–${f(250)}`;
    case 'inRange':
      return `${f(70)}–${f(180)}`;
    case 'low':
      return `${f(54)}–${f(69)}`;
    case 'veryLow':
      return `< ${f(54)}`;
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** The AGP report's stacked time-in-ranges bar with each band's share and its consensus goal. */
export function TirBar({ tir, unit }: { tir: TimeInRanges; unit: GlucoseUnit }) {
  const summary = `Time in ranges: ${BANDS.map((b) => `${b.name.toLowerCase()} ${bandRange(b.key, unit)} ${unit}: ${tir[b.key].toFixed(1)} %`).join('; ')}.`;
  const bottomUp = [...BANDS].reverse();
  return (
    <div className="dm-tir">
      <div role="img" aria-label={summary} data-testid="tir-bar" style={{ width: 56, height: 260 }}>
        <ResponsiveContainer>
          <BarChart data={[{ name: 'TIR', ...tir }]} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} barCategoryGap={0}>
            <XAxis dataKey="name" hide />
            <YAxis domain={[0, 100]} hide />
            {bottomUp.map((b) => (
              <Bar key={b.key} dataKey={b.key} stackId="tir" fill={b.color} stroke="var(--surface)" strokeWidth={1} isAnimationActive={false} minPointSize={b.key === 'inRange' ? 0 : 3} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="dm-tir-legend" aria-hidden="true">
        {BANDS.map((b) => (
          <li key={b.key}>
            <i className="sw" style={{ background: b.color }} />
            <span className="dm-tir-name">{b.name} <span className="muted">{bandRange(b.key, unit)} {unit}</span></span>
            <strong className="num">{tir[b.key].toFixed(1)} %</strong>
            <span className="muted dm-tir-goal">{b.target && `goal ${b.target}`}</span>
          </li>
        ))}
        <li className="dm-tir-sum">
          <span className="muted">Below {fmtGlucose(70, unit)}: <strong>{(tir.veryLow + tir.low).toFixed(1)} %</strong> (goal &lt; 4 %) · above {fmtGlucose(180, unit)}: <strong>{(tir.high + tir.veryHigh).toFixed(1)} %</strong> (goal &lt; 25 %)</span>
        </li>
      </ul>
    </div>
  );
}

// ---------------------------------------------------------------- the day

export interface SeriesPoint {
  t: number;
  /** mg/dL, or null to break the line over a gap. */
  v: number | null;
}

/** Readings as line points with a break wherever readings are more than `gapMin` apart. */
export function withGaps(points: ReadonlyArray<{ t: number; v: number }>, gapMin = 15): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1];
    if (prev && p.t - prev.t > gapMin * 60_000) out.push({ t: (p.t + prev.t) / 2, v: null });
    out.push(p);
  }
  return out;
}

const EVENT_STYLE: Record<string, { lane: number; color: string; symbol: string; label: (e: Event) => string }> = {
  meal: { lane: 1, color: 'var(--ev-meal)', symbol: '▲', label: (e) => (typeof e.data.carbs_g === 'number' ? `${e.data.carbs_g} g` : 'meal') },
  insulin: { lane: 2, color: 'var(--ev-insulin)', symbol: '◆', label: (e) => `${typeof e.data.units === 'number' ? e.data.units : '?'} U${e.data.kind === 'basal' ? ' basal' : ''}` },
  activity: { lane: 3, color: 'var(--ev-activity)', symbol: '●', label: (e) => (typeof e.data.duration_min === 'number' ? `${e.data.duration_min} min` : 'activity') },
  note: { lane: 4, color: 'var(--ev-note)', symbol: '■', label: () => 'note' },
};

/** A short description of an event for lists and screen readers. */
export function eventText(e: Event, unit: GlucoseUnit): string {
  const d = e.data;
  switch (e.type) {
    case 'meal':
      return `Meal${typeof d.carbs_g === 'number' ? `, ${d.carbs_g} g carbs` : ''}${typeof d.description === 'string' ? ` (${d.description})` : ''}`;
    case 'insulin':
      return `Insulin ${d.kind === 'basal' ? 'basal' : 'bolus'}, ${String(d.units)} U${typeof d.insulin === 'string' ? ` ${d.insulin}` : ''}`;
    case 'activity':
      return `Activity${typeof d.kind === 'string' ? `: ${d.kind}` : ''}${typeof d.duration_min === 'number' ? `, ${d.duration_min} min` : ''}${typeof d.intensity === 'string' ? `, ${d.intensity}` : ''}`;
    case 'note':
      return `Note: ${String(d.text ?? '')}`;
    case 'calibration':
      // A finger-stick (a Nightscout `mbg`, a "BG Check") is a meter reading; a CGM calibration says so.
      return `${d.kind === 'meter' ? 'Meter reading' : 'Calibration'} ${typeof d.value === 'number' ? fmtGlucose(meterMgdl(d), unit, true) : ''}`;
    case 'medication':
      return `Medication: ${String(d.drug ?? '')}`;
    case 'checkin':
      return 'Check-in';
    default: {
      const never: never = e.type;
      return String(never);
    }
  }
}

/** A meter or calibration event's glucose in mg/dL (stored as given, mg/dL or mmol/L). */
const meterMgdl = (d: Record<string, unknown>) => (/mmol/i.test(String(d.unit)) ? Number(d.value) * 18.0182 : Number(d.value));

const timeOfDay = (t: number) => fmtTime(t);

/** The glucose curve of one day with meals, insulin, activity and notes in a lane below it. */
export function DayChart({ points, events, unit, from, to }: { points: ReadonlyArray<{ t: number; v: number }>; events: Event[]; unit: GlucoseUnit; from: number; to: number }) {
  const maxMgdl = Math.max(0, ...points.map((p) => p.v));
  const top = yTop(unit, maxMgdl);
  const lane = toUnit(15, unit);
  const data = withGaps(points).map((p) => ({ t: p.t, v: p.v === null ? null : toUnit(p.v, unit) }));
  const marks = events
    .filter((e) => EVENT_STYLE[e.type])
    .map((e) => ({ t: Date.parse(e.t), y: -EVENT_STYLE[e.type]!.lane * lane, e }))
    .filter((m) => m.t >= from && m.t <= to);
  // Finger-stick readings are glucose readings too: drawn at their value, over the CGM curve.
  const meters = events
    .filter((e) => e.type === 'calibration' && typeof e.data.value === 'number')
    .map((e) => ({ t: Date.parse(e.t), v: toUnit(meterMgdl(e.data), unit), e }))
    .filter((m) => m.t >= from && m.t <= to);
  const ticks: number[] = [];
  const firstHour = Math.ceil(from / 3_600_000) * 3_600_000;
  for (let t = firstHour; t <= to; t += 3 * 3_600_000) ticks.push(t);
  const inRange = points.filter((p) => p.v >= 70 && p.v <= 180).length;
  const summary = points.length
    ? `Glucose from ${fmtDateTime(from)} to ${fmtDateTime(to)}: ${points.length} readings, ${Math.round((100 * inRange) / points.length)} % in range, lowest ${fmtGlucose(Math.min(...points.map((p) => p.v)), unit, true)}, highest ${fmtGlucose(maxMgdl, unit, true)}${meters.length ? `; ${meters.length} meter reading${meters.length === 1 ? '' : 's'}` : ''}; ${marks.length} logged events, listed below.`
    : 'No readings in this day.';
  return (
    <div role="img" aria-label={summary} data-testid="day-chart" className="dm-chart" style={{ height: 280 }}>
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical horizontal={false} stroke="var(--border)" />
          <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} ticks={ticks} tickFormatter={timeOfDay} {...AXIS} />
          <YAxis domain={[-lane * 4.8, top]} ticks={yTicks(unit, top)} width={44} {...AXIS} allowDataOverflow />
          <RangeGuides unit={unit} />
          <ReferenceLine y={0} stroke="var(--border)" />
          <Line dataKey="v" stroke="var(--agp-median)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} name="Glucose" />
          {meters.map((m) => (
            <ReferenceDot key={m.e.id} x={m.t} y={m.v} r={4} fill="var(--ev-meter, #c2185b)" stroke="var(--surface, #fff)" ifOverflow="visible" data-testid="meter-dot" />
          ))}
          {marks.map((mk) => {
            const s = EVENT_STYLE[mk.e.type]!;
            return (
              <ReferenceDot
                key={mk.e.id}
                x={mk.t}
                y={mk.y}
                ifOverflow="visible"
                shape={(p: unknown) => {
                  const { cx, cy } = p as { cx: number; cy: number };
                  return (
                    <g>
                      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={12} fill={s.color}>{s.symbol}</text>
                      {/* Labels point inwards so the newest event's label is not cut at the right edge. */}
                      <text x={mk.t > to - (to - from) / 8 ? cx - 8 : cx + 8} y={cy + 4} textAnchor={mk.t > to - (to - from) / 8 ? 'end' : 'start'} fontSize={10} fill="var(--text-muted)">{s.label(mk.e)}</text>
                    </g>
                  );
                }}
              />
            );
          })}
          <Tooltip
            labelFormatter={(t) => fmtDateTime(Number(t))}
            formatter={(v) => (typeof v === 'number' ? `${unit === 'mmol/L' ? v.toFixed(1) : Math.round(v)} ${unit}` : String(v))}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

// ---------------------------------------------------------------- daily overlays

/** One faint line per calendar day over the 24 hours, the median of the period on top. */
export function Overlays({ days, agp, unit }: { days: Array<{ key: string; points: Array<{ m: number; v: number | null }> }>; agp: CgmMetrics['agp']; unit: GlucoseUnit }) {
  const allMax = Math.max(0, ...days.flatMap((d) => d.points.map((p) => p.v ?? 0)));
  const top = yTop(unit, allMax);
  const median = agpPoints(agp, unit).map((p) => ({ m: p.x * 60, v: p.p50 }));
  const opacity = days.length > 30 ? 0.18 : days.length > 10 ? 0.3 : 0.5;
  return (
    <div role="img" aria-label={`Daily glucose overlay: ${days.length} days drawn over one 24-hour axis, with the period's median in bold.`} data-testid="overlay-chart" className="dm-chart" style={{ height: 260 }}>
      <ResponsiveContainer>
        <LineChart margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical horizontal={false} stroke="var(--border)" />
          <XAxis dataKey="m" type="number" domain={[0, 1440]} ticks={[0, 180, 360, 540, 720, 900, 1080, 1260, 1440]} tickFormatter={(m: number) => hourLabel(m / 60)} allowDuplicatedCategory={false} {...AXIS} />
          <YAxis domain={[0, top]} ticks={yTicks(unit, top)} width={44} {...AXIS} allowDataOverflow />
          <RangeGuides unit={unit} />
          {days.map((d) => (
            <Line key={d.key} data={d.points.map((p) => ({ m: p.m, v: p.v === null ? null : toUnit(p.v, unit) }))} dataKey="v" stroke="var(--overlay-line)" strokeOpacity={opacity} strokeWidth={1} dot={false} isAnimationActive={false} connectNulls={false} />
          ))}
          <Line data={median} dataKey="v" stroke="var(--agp-median)" strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls={false} type="monotone" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

// ---------------------------------------------------------------- forecast

/**
 * The last hour of readings and where the forecast puts the next hour: the median dashed,
 * the 80 % band shaded, starting from the newest reading so the two join.
 */
export function ForecastChart({ readings, points, unit, label }: { readings: ReadonlyArray<{ t: number; v: number }>; points: ReadonlyArray<{ t: string; mg_dl: number; lo: number; hi: number }>; unit: GlucoseUnit; label: string }) {
  const sorted = [...readings].sort((a, b) => a.t - b.t);
  const last = sorted.at(-1);
  if (!last || points.length === 0) return null;
  const u = (v: number) => toUnit(v, unit);
  const data = [
    ...sorted.map((r) => ({ t: r.t, v: u(r.v), mid: null as number | null, band: null as [number, number] | null })),
    { t: last.t, v: u(last.v), mid: u(last.v), band: [u(last.v), u(last.v)] as [number, number] },
    ...points.map((p) => ({ t: Date.parse(p.t), v: null, mid: u(p.mg_dl), band: [u(p.lo), u(p.hi)] as [number, number] })),
  ];
  const from = Math.min(sorted[0]!.t, last.t - 3_600_000);
  const to = Date.parse(points.at(-1)!.t);
  const top = yTop(unit, Math.max(...points.map((p) => p.hi), ...sorted.map((r) => r.v)));
  return (
    <div role="img" aria-label={label} data-testid="forecast-chart" className="dm-chart" style={{ height: 130 }}>
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} tickFormatter={timeOfDay} ticks={[from, last.t, to]} {...AXIS} />
          <YAxis domain={[0, top]} ticks={yTicks(unit, top)} width={36} {...AXIS} allowDataOverflow />
          <RangeGuides unit={unit} />
          <ReferenceLine x={last.t} stroke="var(--border)" />
          <Area dataKey="band" stroke="none" fill="var(--agp-outer)" fillOpacity={1} isAnimationActive={false} connectNulls={false} name="80 % band" />
          <Line dataKey="mid" stroke="var(--agp-median)" strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} name="Forecast" />
          <Line dataKey="v" stroke="var(--agp-median)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} name="Glucose" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
