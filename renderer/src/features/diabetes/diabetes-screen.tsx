import { useEffect, useMemo, useState } from 'react';
import type { CgmMetrics } from '../../../../api/diabetes';
import type { Event, Subject } from '../../../../api/schemas';
import type { Prefs } from '../../app/prefs';
import { client } from '../../client';
import { AgpChart, DayChart, Overlays, TirBar, eventText } from './charts';
import { DexcomPanel } from './dexcom-panel';
import { UploaderStatus } from './uploader-status';
import { DosePanel } from './dose-panel';
import { ForecastLine } from './forecast-line';
import { ageText, bandOf, fmtGlucose, sufficiency, timeInRanges, trendOf, type GlucoseUnit } from './glucose';
import { ImportExport } from './import-export';
import { LogForm } from './log-form';
import { ChatPanel } from '../chat/chat-panel';
import { MetricsTable } from './metrics-table';
import { DayByDay } from './day-by-day';
import { freshness, staleAfterMin } from '../metric/freshness';
import './diabetes.css';
import { displayZone, endOfDay, fmtDate, fmtStamp, fmtTime, localDay } from '../../app/time-format';

const DAY = 86_400_000;
export const PERIODS = [1, 7, 14, 30, 90] as const;
type Period = (typeof PERIODS)[number];

interface Loaded {
  /** The newest glucose reading's time + 1 ms (reports end at the data), or now. */
  end: number;
  /** End of the day view: now while the data are recent (so what was just logged shows), else the data's end. */
  dayTo: number;
  recent: Array<{ t: number; v: number }>;
  metrics: CgmMetrics;
  series: Array<{ t: number; v: number }>;
  day: Array<{ t: number; v: number }>;
  events: Event[];
}


/** Local midnight after the day "YYYY-MM-DD" (ms), in the display zone. */
const localDayEnd = (day: string): number => endOfDay(day);

/** Loads everything the dashboard shows for one subject, period and day. */
async function load(subjectId: string, period: Period, dayOffset: number, dayEnd: number | null, endAt: number | null): Promise<Loaded> {
  const recentPage = await client.call('observations.list', { subject_id: subjectId, metric: 'glucose', limit: 12 });
  const recent = recentPage.items.map((o) => ({ t: Date.parse(o.t), v: o.value }));
  // A chosen end date looks back at older data (an old import), else the period ends at the newest reading.
  const end = endAt ?? (recent.length ? recent[0]!.t + 1 : Date.now());
  const from = end - period * DAY;
  const iso = (t: number) => new Date(t).toISOString();
  const live = Date.now();
  // A day picked in "Day by day" shows that local day, midnight to midnight.
  const dayTo = dayEnd ?? (endAt ?? (end > live - DAY ? Math.max(end, live) : end)) - dayOffset * DAY;
  const dayFrom = dayTo - DAY;
  const [metrics, series, day, events] = await Promise.all([
    client.call('diabetes.metrics', { subject_id: subjectId, from: iso(from), to: iso(end), time_zone: displayZone() }),
    // 5-minute buckets are the readings themselves for a CGM; 15-minute ones keep 90 days light.
    client.call('observations.timeseries', { subject_id: subjectId, metric: 'glucose', interval: period <= 14 ? '5m' : '15m', from: iso(from), to: iso(end) }),
    client.call('observations.timeseries', { subject_id: subjectId, metric: 'glucose', interval: '5m', from: iso(dayFrom), to: iso(dayTo) }),
    client.call('events.list', { subject_id: subjectId, from: iso(dayFrom), to: iso(dayTo), limit: 1000 }),
  ]);
  const pts = (items: Array<{ t: string; avg: number }>) => items.map((b) => ({ t: Date.parse(b.t), v: b.avg })).sort((a, b) => a.t - b.t);
  return { end, dayTo, recent, metrics, series: pts(series.items), day: pts(day.items), events: events.items };
}

/** Splits readings into local calendar days of (minute of day, value), breaking lines over gaps. */
function byDay(series: Array<{ t: number; v: number }>): Array<{ key: string; points: Array<{ m: number; v: number | null }> }> {
  const days = new Map<string, Array<{ m: number; v: number | null }>>();
  for (const p of series) {
    const { key, minute } = localDay(p.t);
    let d = days.get(key);
    if (!d) days.set(key, (d = []));
    const prev = d[d.length - 1];
    if (prev && prev.v !== null && minute - prev.m > 20) d.push({ m: (minute + prev.m) / 2, v: null });
    d.push({ m: minute, v: p.v });
  }
  return [...days].map(([key, points]) => ({ key, points }));
}

/** The diabetes dashboard: a clinical AGP report for the chosen period, the day, logging, import and Dexcom. */
export function DiabetesScreen({ subject, prefs, setPrefs }: { subject: Subject | null; prefs: Prefs; setPrefs: (p: Partial<Prefs>) => void }) {
  const [period, setPeriod] = useState<Period>(14);
  const [dayOffset, setDayOffset] = useState(0);
  /** The end of a day picked in "Day by day" (local midnight after it); null: the day view follows dayOffset. */
  const [dayEnd, setDayEnd] = useState<number | null>(null);
  /** "YYYY-MM-DD": the period ends at the end of that local day; '' follows the newest reading. */
  const [endDay, setEndDay] = useState('');
  const endAt = endDay ? localDayEnd(endDay) : null;
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const unit: GlucoseUnit = prefs.glucoseUnit;
  const subjectId = subject?.id ?? null;

  useEffect(() => {
    if (!subjectId) return;
    let alive = true;
    load(subjectId, period, dayOffset, dayEnd, endAt)
      .then((d) => {
        if (!alive) return;
        setData(d);
        setError(null);
        setNow(Date.now());
      })
      .catch((e: unknown) => alive && setError((e as Error).message));
    return () => {
      alive = false;
    };
  }, [subjectId, period, dayOffset, dayEnd, endAt, version]);

  // New readings (a live sensor, an import, a Dexcom sync): reload, at most every 5 s.
  useEffect(() => {
    if (!subjectId) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = client.subscribe((ev) => {
      if (ev.type === 'observation.added' && ev.subject_id === subjectId && ev.metric === 'glucose' && !timer) {
        timer = setTimeout(() => {
          timer = null;
          setVersion((v) => v + 1);
        }, 5000);
      }
    });
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      off();
      clearInterval(tick);
      if (timer) clearTimeout(timer);
    };
  }, [subjectId]);

  const days = useMemo(() => (data ? byDay(data.series) : []), [data]);
  const reload = () => setVersion((v) => v + 1);

  if (!subject) return <p>Add a person on the Overview first.</p>;
  const m = data?.metrics ?? null;
  const tir = m ? timeInRanges(m) : null;
  const enough = m ? sufficiency(m) : null;
  const latest = data?.recent[0] ?? null;
  // An old value is not "current": grey, no band colour, no arrow, no forecast.
  const fresh = latest ? freshness(latest.t, staleAfterMin(subject.settings), now) : null;
  const trend = data && !fresh?.stale ? trendOf(data.recent, now) : null;
  const periodFrom = data ? data.end - period * DAY : 0;
  const dayTo = data ? data.dayTo : 0;

  return (
    <section aria-labelledby="dm-title" className="dm">
      <header className="dm-head">
        <div>
          <h1 id="dm-title">Diabetes: {subject.name}</h1>
          <p className="dm-sub">
            Ambulatory glucose profile{data && m ? ` · ${period} ${period === 1 ? 'day' : 'days'}: ${fmtDate(periodFrom)} – ${fmtDate(data.end - 1)} · ${m.n.toLocaleString()} readings` : ''}
          </p>
        </div>
        <div className="dm-controls">
          <div role="group" aria-label="Period">
            <span className="seg-label" aria-hidden="true">Period</span>
            <span className="seg">
              {PERIODS.map((p) => (
                <button key={p} type="button" aria-pressed={period === p} onClick={() => setPeriod(p)}>
                  {p === 1 ? '1 day' : `${p} days`}
                </button>
              ))}
            </span>
          </div>
          <div className="dm-end">
            <label htmlFor="dm-end-day" className="seg-label">Ends on</label>
            <input
              id="dm-end-day"
              type="date"
              value={endDay}
              onChange={(e) => {
                setEndDay(e.target.value);
                setDayEnd(null);
                setDayOffset(0);
              }}
            />
            {endDay && <button type="button" className="link" onClick={() => setEndDay('')}>Latest data</button>}
          </div>
          <div role="group" aria-label="Glucose units">
            <span className="seg-label" aria-hidden="true">Units</span>
            <span className="seg">
              {(['mg/dL', 'mmol/L'] as const).map((u) => (
                <button key={u} type="button" aria-pressed={unit === u} onClick={() => setPrefs({ glucoseUnit: u })}>{u}</button>
              ))}
            </span>
          </div>
        </div>
      </header>

      {error && <p className="error" role="alert">{error}</p>}
      {m && enough && !enough.ok && m.n > 0 && (
        <p className="dm-warning" role="note" data-testid="sufficiency-warning">
          <strong>Caution: </strong>{enough.message} The consensus asks for 14 days with the sensor active at least 70 % of the time before these figures guide treatment.
        </p>
      )}
      {m && m.n === 0 && (
        <p className="dm-warning" role="note">No glucose readings in this period. Import a file below, connect Dexcom or pair a sensor on the Devices screen.</p>
      )}

      <div className="dm-grid">
        <div className="dm-col">
          <section className="dm-panel" aria-labelledby="agp-title">
            <h2 id="agp-title">Ambulatory glucose profile (AGP) <span className="muted">median, 25–75 % and 5–95 % by time of day · {unit}</span></h2>
            <div className="dm-body">{m ? <AgpChart agp={m.agp} unit={unit} /> : <p className="muted">Loading…</p>}</div>
          </section>

          {m && m.daily.length > 0 && (
            <DayByDay
              days={m.daily.slice(-14)}
              selected={dayEnd}
              onOpen={(end) => {
                setDayOffset(0);
                setDayEnd(end);
              }}
            />
          )}

          <section className="dm-panel" aria-labelledby="day-title">
            <h2 id="day-title">
              <span>24 hours {data ? <span className="muted">{fmtStamp(dayTo - DAY)} – {fmtStamp(dayTo)}</span> : ''}</span>
              <span className="dm-day-nav">
                <button type="button" onClick={() => (dayEnd !== null ? setDayEnd(dayEnd - DAY) : setDayOffset((d) => d + 1))} aria-label="Previous day" disabled={dayEnd === null && dayOffset >= 89}>‹</button>
                <button
                  type="button"
                  onClick={() => (dayEnd !== null ? setDayEnd(dayEnd + DAY >= Date.now() + DAY ? null : dayEnd + DAY) : setDayOffset((d) => Math.max(0, d - 1)))}
                  aria-label="Next day"
                  disabled={dayEnd === null && dayOffset === 0}
                >
                  ›
                </button>
              </span>
            </h2>
            <div className="dm-body">
              {data && <DayChart points={data.day} events={data.events} unit={unit} from={dayTo - DAY} to={dayTo} />}
              <div className="dm-legend" aria-hidden="true">
                <span style={{ color: 'var(--ev-meal)' }}>▲ meal (carbs)</span>
                <span style={{ color: 'var(--ev-insulin)' }}>◆ insulin</span>
                <span style={{ color: 'var(--ev-activity)' }}>● activity</span>
                <span style={{ color: 'var(--ev-note)' }}>■ note</span>
              </div>
              {data && data.events.length > 0 && (
                <ul className="dm-events" aria-label="Events this day" data-testid="day-events">
                  {[...data.events].reverse().map((e) => (
                    <li key={e.id}>
                      <span className="muted">{fmtTime(e.t)}</span> {eventText(e, unit)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>

          <section className="dm-panel" aria-labelledby="overlay-title">
            <h2 id="overlay-title">Daily glucose profiles <span className="muted">{days.length} days overlaid</span></h2>
            <div className="dm-body">{m && <Overlays days={days} agp={m.agp} unit={unit} />}</div>
          </section>
        </div>

        <div className="dm-col">
          <section className="dm-panel" aria-labelledby="now-title">
            <h2 id="now-title">Current glucose</h2>
            <div className="dm-body">
              {latest ? (
                <div className={`dm-current${fresh?.stale ? ' stale' : ''}`} data-testid="current-glucose" data-stale={fresh?.stale ? 'true' : 'false'}>
                  <span className={`value ${fresh?.stale ? 'stale' : `band-${bandOf(latest.v)}`}`}>{fmtGlucose(latest.v, unit)}</span>
                  {trend ? (
                    <span className={`arrow band-${bandOf(latest.v)}`} role="img" aria-label={`${trend.words}, ${unit === 'mmol/L' ? (Math.abs(trend.rate) / 18.0182).toFixed(2) : Math.abs(trend.rate).toFixed(1)} ${unit} per minute`} title={`${trend.rate.toFixed(1)} mg/dL/min over ${Math.round(trend.spanMin)} min`}>
                      {trend.arrow}
                    </span>
                  ) : null}
                  <span>
                    <span className="unit">{unit}</span>
                    <br />
                    <span className="muted" style={{ fontSize: 'var(--text-sm)' }}>
                      {fresh?.stale ? fresh.label : ageText(latest.t, now)}
                      {!trend && !fresh?.stale && ' · no trend'}
                    </span>
                  </span>
                </div>
              ) : (
                <p className="muted" style={{ margin: 0 }}>No readings yet.</p>
              )}
              {latest && data && !fresh?.stale && <ForecastLine subjectId={subject.id} recent={data.recent} unit={unit} now={now} />}
            </div>
          </section>

          <UploaderStatus subjectId={subject.id} version={version} />

          <section className="dm-panel" aria-labelledby="tir-title">
            <h2 id="tir-title">Time in ranges</h2>
            <div className="dm-body">{tir ? <TirBar tir={tir} unit={unit} /> : <p className="muted" style={{ margin: 0 }}>No readings in this period.</p>}</div>
          </section>

          <section className="dm-panel" aria-labelledby="stats-title">
            <h2 id="stats-title">Glucose statistics and targets</h2>
            <div className="dm-body" style={{ padding: 0 }}>{m && <MetricsTable metrics={m} unit={unit} />}</div>
          </section>
        </div>
      </div>

      <div className="dm-tools">
        <div className="dm-panel"><ChatPanel subjectId={subject.id} onLogged={reload} /></div>
        <div className="dm-panel"><LogForm subjectId={subject.id} onLogged={reload} /></div>
        <div className="dm-panel"><DosePanel subjectId={subject.id} unit={unit} version={version} onLogged={reload} /></div>
        <div className="dm-panel"><ImportExport subjectId={subject.id} subjectName={subject.name} onImported={reload} /></div>
        <div className="dm-panel"><DexcomPanel subjectId={subject.id} onSynced={reload} /></div>
      </div>
    </section>
  );
}
