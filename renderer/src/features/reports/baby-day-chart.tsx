import type { CSSProperties } from 'react';
import type { BabySettings, CryEpisode } from '../../../../api/baby';
import { runs, type Point } from './baby-report-data';
import { offsetAt, type ReportClock } from './report-clock';

/** Print colours (the report is black on white; these stay distinct in grey print). */
export const BABY_COLOURS = {
  body: '#b03a2e',
  room: '#2e7d32',
  roomBand: '#dcefdc',
  humidity: '#1f5fa8',
  humidityBand: '#dde8f6',
  cry: '#f0a030',
  grid: '#d5dae1',
  text: '#1a1f27',
} as const;

const W = 700;
const LEFT = 80;
const RIGHT = 8;
const PW = W - LEFT - RIGHT;
const TOP = 4;
const GAP = 6;
const PANELS = [
  { key: 'body', label: 'Body °C', h: 64 },
  { key: 'room', label: 'Room °C', h: 46 },
  { key: 'humidity', label: 'Humidity %', h: 46 },
] as const;
const AXIS = 16;
const H = TOP + PANELS.reduce((s, p) => s + p.h, 0) + GAP * (PANELS.length - 1) + AXIS;

export interface DaySeries {
  body: Point[];
  room: Point[];
  humidity: Point[];
}

const lo = (ps: Point[], f: (p: Point) => number) => ps.reduce((m, p) => Math.min(m, f(p)), Infinity);
const hi = (ps: Point[], f: (p: Point) => number) => ps.reduce((m, p) => Math.max(m, f(p)), -Infinity);
const fmt = (v: number, d: number) => v.toFixed(d);

/**
 * One local day of the baby monitor, 00:00–24:00 on the report's clock (23 or 25 hours the
 * day the clocks change, ticked at the clock times the wall showed), as a static SVG
 * (drawn on first render, so the PDF always has it): body temperature with the fever
 * line, room temperature and humidity with the configured ranges shaded, and each cry
 * episode as a band across all three. Lines break where readings stop for `gapMs`.
 */
export function BabyDayChart({ date, dayStart, dayEnd, clock, series, episodes, settings, gapMs, label }: {
  date: string;
  /** ms: the local day's midnight. */
  dayStart: number;
  /** ms: the next local midnight. */
  dayEnd: number;
  clock: ReportClock;
  series: DaySeries;
  episodes: readonly CryEpisode[];
  settings: BabySettings;
  gapMs: number;
  /** The chart's text alternative. */
  label: string;
}) {
  const len = dayEnd - dayStart;
  const x = (t: number) => LEFT + (Math.min(Math.max(t - dayStart, 0), len) / len) * PW;
  // The instant the wall clock read `h`:00 that day (a skipped hour reads on the offset before it).
  const wall = Date.parse(`${date}T00:00:00Z`);
  const atHour = (h: number) => (h === 24 ? dayEnd : h === 0 ? dayStart : wall + h * 3_600_000 - offsetAt(clock, dayStart + h * 3_600_000 - 3_600_000) * 60_000);
  const domains = {
    body: [Math.min(35.5, lo(series.body, (p) => p.max) - 0.2), Math.max(settings.fever_c + 1, hi(series.body, (p) => p.max) + 0.2)],
    room: [Math.min(settings.room_min_c - 2, lo(series.room, (p) => p.avg) - 0.5), Math.max(settings.room_max_c + 2, hi(series.room, (p) => p.avg) + 0.5)],
    humidity: [Math.max(0, Math.min(settings.humidity_min - 10, lo(series.humidity, (p) => p.avg) - 2)), Math.min(100, Math.max(settings.humidity_max + 10, hi(series.humidity, (p) => p.avg) + 2))],
  } as const;
  let top = TOP;
  const panels = PANELS.map((p) => {
    const y0 = top;
    top += p.h + GAP;
    const [d0, d1] = domains[p.key];
    return { ...p, y0, y: (v: number) => y0 + p.h - ((v - d0) / (d1 - d0)) * p.h, d0, d1 };
  });
  const [body, room, humidity] = panels as [typeof panels[number], typeof panels[number], typeof panels[number]];
  const plotBottom = humidity.y0 + humidity.h;
  const line = (ps: Point[], y: (v: number) => number, v: (p: Point) => number, colour: string, key: string) =>
    runs(ps, gapMs).map((r, i) =>
      r.length === 1 ? (
        <circle key={`${key}${i}`} cx={x(r[0]!.t)} cy={y(v(r[0]!))} r={2.2} fill={colour} />
      ) : (
        <polyline key={`${key}${i}`} points={r.map((p) => `${x(p.t).toFixed(1)},${y(v(p)).toFixed(1)}`).join(' ')} fill="none" stroke={colour} strokeWidth={1.4} strokeLinejoin="round" />
      ),
    );
  const empty = (p: (typeof panels)[number], ps: Point[]) =>
    ps.length === 0 && <text x={LEFT + PW / 2} y={p.y0 + p.h / 2 + 3} fontSize={10} textAnchor="middle" fill="#6b7480">no readings</text>;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="baby-day-chart" data-date={date} style={{ display: 'block', fontFamily: 'DejaVu Sans, sans-serif' }}>
      {/* Configured ranges, shaded under the lines. */}
      <rect x={LEFT} width={PW} y={room.y(settings.room_max_c)} height={room.y(settings.room_min_c) - room.y(settings.room_max_c)} fill={BABY_COLOURS.roomBand} />
      <rect x={LEFT} width={PW} y={humidity.y(settings.humidity_max)} height={humidity.y(settings.humidity_min) - humidity.y(settings.humidity_max)} fill={BABY_COLOURS.humidityBand} />
      {/* Cry episodes across every panel; a few seconds still get a visible band. */}
      {episodes.map((e) => {
        const x1 = x(Date.parse(e.start));
        const x2 = x(e.end ? Date.parse(e.end) : Date.parse(e.start));
        return <rect key={e.id} data-testid="cry-band" x={x1} width={Math.max(3, x2 - x1)} y={TOP} height={plotBottom - TOP} fill={BABY_COLOURS.cry} fillOpacity={0.45} />;
      })}
      {Array.from({ length: 9 }, (_, i) => i * 3).map((h) => {
        const gx = x(atHour(h));
        return (
          <g key={h}>
            <line x1={gx} x2={gx} y1={TOP} y2={plotBottom} stroke={BABY_COLOURS.grid} strokeWidth={0.6} />
            <text x={gx} y={plotBottom + 12} fontSize={9.5} textAnchor={h === 0 ? 'start' : h === 24 ? 'end' : 'middle'} fill={BABY_COLOURS.text}>{String(h).padStart(2, '0')}:00</text>
          </g>
        );
      })}
      {panels.map((p) => (
        <g key={p.key}>
          <rect x={LEFT} y={p.y0} width={PW} height={p.h} fill="none" stroke="#9aa3ae" strokeWidth={0.6} />
          <text x={4} y={p.y0 + p.h / 2 + 3} fontSize={9.5} fontWeight={700} fill={BABY_COLOURS.text}>{p.label}</text>
          <text x={LEFT - 3} y={p.y0 + 8} fontSize={8.5} textAnchor="end" fill="#4a525c">{fmt(p.d1, p.key === 'humidity' ? 0 : 1)}</text>
          <text x={LEFT - 3} y={p.y0 + p.h - 1} fontSize={8.5} textAnchor="end" fill="#4a525c">{fmt(p.d0, p.key === 'humidity' ? 0 : 1)}</text>
        </g>
      ))}
      {/* The fever line. */}
      <line x1={LEFT} x2={LEFT + PW} y1={body.y(settings.fever_c)} y2={body.y(settings.fever_c)} stroke={BABY_COLOURS.body} strokeDasharray="5 3" strokeWidth={1} />
      <text x={LEFT + PW - 2} y={body.y(settings.fever_c) - 2} fontSize={8.5} textAnchor="end" fill={BABY_COLOURS.body}>fever {fmt(settings.fever_c, 1)}</text>
      {line(series.body, body.y, (p) => p.max, BABY_COLOURS.body, 'b')}
      {series.body.length <= 60 && series.body.map((p) => <circle key={`bd${p.t}`} cx={x(p.t)} cy={body.y(p.max)} r={2.2} fill={BABY_COLOURS.body} />)}
      {line(series.room, room.y, (p) => p.avg, BABY_COLOURS.room, 'r')}
      {line(series.humidity, humidity.y, (p) => p.avg, BABY_COLOURS.humidity, 'h')}
      {empty(body, series.body)}
      {empty(room, series.room)}
      {empty(humidity, series.humidity)}
    </svg>
  );
}

/** The key under the day charts; `bodyMin`/`roomMin`: the step of each line (min). */
export function BabyChartLegend({ settings, bodyMin, roomMin }: { settings: BabySettings; bodyMin: number; roomMin: number }) {
  const sw = (style: CSSProperties) => <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 10, marginRight: 4, verticalAlign: 'middle', ...style }} />;
  return (
    <p className="baby-legend">
      <span>{sw({ background: BABY_COLOURS.cry, opacity: 0.6 })}cry episode</span>{' · '}
      <span>{sw({ borderTop: `2px dashed ${BABY_COLOURS.body}`, height: 0 })}fever at or above {settings.fever_c.toFixed(1)} °C</span>{' · '}
      <span>{sw({ background: BABY_COLOURS.roomBand })}room range {settings.room_min_c}–{settings.room_max_c} °C</span>{' · '}
      <span>{sw({ background: BABY_COLOURS.humidityBand })}humidity range {settings.humidity_min}–{settings.humidity_max} %RH</span>.
      {' '}Body temperature: highest reading of each {bodyMin} min; room temperature and humidity: mean of each {roomMin} min.
    </p>
  );
}
