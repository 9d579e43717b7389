import { useEffect, useState } from 'react';
import type { TremorDayOutput, TremorProgressionOutput, TremorResponseOutput } from '../../../../api/tremor';
import { client } from '../../client';
import { DoseResponseChart } from '../tremor/dose-response-chart';
import { clockParams, hz, minutes, pct, signedPct } from '../tremor/format';
import { HeatStrip } from '../tremor/heat-strip';
import { TrendChart } from '../tremor/trend-chart';
import { clockSentence, dateOn, localDays } from './report-clock';
import type { ReportPageProps } from './report-route';

const DAY = 86_400_000;
/** Days drawn as strips (the most recent ones of the period). */
const MAX_STRIPS = 14;

interface Loaded {
  from: string;
  to: string;
  days: TremorDayOutput[];
  lastDay: TremorResponseOutput;
  /** YYYY-MM-DD of `lastDay` on the report's clock ('' without one). */
  lastDate: string;
  overview: TremorResponseOutput['overview'];
  progression: TremorProgressionOutput;
}

/**
 * The tremor report: period summary, a heat-strip per day with doses, the response to the
 * last day's doses with the overview across the period, and the trend over weeks. Default
 * period: the 14 days up to the end of the newest recorded day.
 */
export function TremorReport({ subject, from, to, clock, onReady, onError }: ReportPageProps) {
  const [data, setData] = useState<Loaded | null>(null);
  useEffect(() => {
    let alive = true;
    const load = async (): Promise<Loaded> => {
      const id = subject.id;
      // Without an end, the newest recorded day decides it.
      // The tremor procedures read days and times on the report's clock: its zone, each instant at its own offset.
      const on = { subject_id: id, ...clockParams(clock) };
      const end = to ? Date.parse(to) : Date.parse((await client.call('tremor.response', on)).to);
      const start = from ? Date.parse(from) : end - 14 * DAY;
      const dates = localDays(clock, start, end).slice(-MAX_STRIPS).map((d) => d.day);
      const allDays = await Promise.all(dates.map((date) => client.call('tremor.day', { ...on, date })));
      const days = allDays.filter((d) => d.minutes.length > 0 || d.doses.length > 0);
      const withDoses = [...days].reverse().find((d) => d.doses.length > 0 && d.minutes.length > 0) ?? days[days.length - 1];
      const lastDate = withDoses?.date ?? dateOn(clock, end - 1);
      const lastDay = await client.call('tremor.response', { ...on, date: lastDate });
      const range = await client.call('tremor.response', { ...on, from: new Date(Math.max(start, end - 31 * DAY)).toISOString(), to: new Date(end).toISOString() });
      const progression = await client.call('tremor.progression', { ...on, from: new Date(Math.min(start, end - 84 * DAY)).toISOString(), to: new Date(end).toISOString() });
      return { from: new Date(start).toISOString(), to: new Date(end).toISOString(), days, lastDay, lastDate: lastDay.from ? lastDate : '', overview: range.overview, progression };
    };
    load()
      .then((d) => {
        if (!alive) return;
        setData(d);
      })
      .catch((e: Error) => alive && onError(e.message));
    return () => {
      alive = false;
    };
  }, [subject.id, from, to, clock, onError]);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);

  if (!data) return <p role="status">Loading…</p>;
  const rec = data.days.reduce((s, d) => s + d.summary.recorded_minutes, 0);
  const trem = data.days.reduce((s, d) => s + d.summary.tremor_minutes, 0);
  const meanPct = rec ? data.days.reduce((s, d) => s + (d.summary.tremor_percent ?? 0) * d.summary.recorded_minutes, 0) / rec : null;
  const freqs = data.days.map((d) => d.summary.dominant_hz).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const doses = data.days.reduce((s, d) => s + d.doses.length, 0);
  const o = data.overview;
  const { lastDate } = data;
  return (
    <>
      <p>
        Period {dateOn(clock, Date.parse(data.from))} to {dateOn(clock, Date.parse(data.to) - 1)} ({clockSentence(clock).replace(/^T/, 't')}).
        Rest tremor from a wrist accelerometer: share of each minute with a 3.5–7.5 Hz tremor while the hand is still.
      </p>
      <section aria-labelledby="r-summary">
        <h2 id="r-summary">Summary</h2>
        <table>
          <tbody>
            <tr><th scope="row">Days recorded</th><td data-testid="r-days">{data.days.filter((d) => d.minutes.length > 0).length}</td><th scope="row">Hours recorded</th><td>{(rec / 60).toFixed(1)}</td></tr>
            <tr><th scope="row">Minutes with tremor</th><td>{trem}</td><th scope="row">Tremor time</th><td>{pct(meanPct, 1)}</td></tr>
            <tr><th scope="row">Typical frequency</th><td>{hz(freqs.length ? freqs[freqs.length >> 1]! : null)}</td><th scope="row">Doses logged</th><td>{doses}</td></tr>
          </tbody>
        </table>
      </section>
      {/* Flows across pages: kept whole, 14 days of strips did not fit under the summary and left page 1 nearly empty. */}
      <section aria-labelledby="r-strips" className="report-flow">
        <h2 id="r-strips">Shake by minute</h2>
        {data.days.length === 0 && <p>No recordings in this period.</p>}
        {data.days.map((d) => (
          <div key={d.date} className="day-strip">
            <h3>{d.date}: {d.summary.tremor_minutes} tremor minutes of {d.summary.recorded_minutes} recorded, tremor time {pct(d.summary.tremor_percent, 1)}</h3>
            <HeatStrip day={d} compact title={`Tremor by minute on ${d.date}`} />
          </div>
        ))}
      </section>
      <section aria-labelledby="r-response">
        <h2 id="r-response">Medication response{lastDate ? ` on ${lastDate}` : ''}</h2>
        <DoseResponseChart response={data.lastDay} clock={clock} />
        <h3>Across the period</h3>
        <p data-testid="r-overview">
          {o.doses} doses analysed: {o.improved} improved, {o.no_clear_change} no clear change, {o.worse} worse, {o.insufficient_data} without enough data.
          {o.typical_onset_min !== null ? ` Typical onset ${minutes(o.typical_onset_min)}.` : ''}
          {o.typical_duration_min !== null ? ` Typical benefit ${minutes(o.typical_duration_min)}.` : ''}
          {` Wearing off before the next dose: ${o.wearing_off_doses}.`}
          {o.overall_relative_change !== null ? ` Pooled change after doses: ${signedPct(o.overall_relative_change)} (${o.overall_direction}, p = ${o.overall_p_value?.toFixed(3)}).` : ''}
        </p>
      </section>
      <section aria-labelledby="r-trend">
        <h2 id="r-trend">Progression</h2>
        <TrendChart progression={data.progression} />
      </section>
    </>
  );
}
