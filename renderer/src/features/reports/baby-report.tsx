import { useEffect, useState } from 'react';
import type { BabySettings, Checkin, CryEpisode, CryModelCard } from '../../../../api/baby';
import type { ProcOutput } from '../../../../api/procedures';
import type { Alert } from '../../../../api/schemas';
import { client } from '../../client';
import { BabyChartLegend, BabyDayChart } from './baby-day-chart';
import {
  DAY, FEVER_HOLD_MIN, MIN, bucketMinutes, clockName, daysWithData, duration, episodeMs, feverMs, groupAlerts, inRangeShare, localClock, localDate,
  localMinute, peak, summariseEpisodes, type Point,
} from './baby-report-data';
import { nextDay } from '../../app/time-format';
import { dayStart, localDays } from './report-clock';
import type { ReportPageProps } from './report-route';

const METRICS = [
  { metric: 'body_temperature', label: 'Body temperature', unit: '°C', digits: 1 },
  { metric: 'room_temperature', label: 'Room temperature', unit: '°C', digits: 1 },
  { metric: 'humidity', label: 'Humidity', unit: '%RH', digits: 0 },
  { metric: 'cry_probability', label: 'Cry probability', unit: '', digits: 2 },
] as const;

/** Default period: the 7 days up to now. */
const DEFAULT_DAYS = 7;
/** Day charts drawn: the most recent days with data. */
const MAX_DAY_CHARTS = 14;
/** Rows listed in the episode and check-in tables; the rest are counted. */
const MAX_ROWS = 50;
/** `baby.episodes.list` and `alerts.list` answer at most this many. */
const MAX_FETCH = 1000;

type Stats = ProcOutput<'observations.stats'>;

interface Loaded {
  from: number;
  to: number;
  settings: BabySettings;
  model: CryModelCard | null;
  stats: Stats[];
  checkinStats: ProcOutput<'baby.checkins.stats'>;
  checkins: { items: Checkin[]; total: number };
  /** Newest first. */
  episodes: CryEpisode[];
  alerts: Alert[];
  body: Point[];
  room: Point[];
  humidity: Point[];
  cry: Point[];
  /** min: the bucket widths of the body-temperature series and of the others. */
  bodyMin: number;
  roomMin: number;
}

const toPoints = (items: Array<{ t: string; avg: number; min: number; max: number; count: number }>): Point[] =>
  items.map((b) => ({ ...b, t: Date.parse(b.t) })).sort((a, b) => a.t - b.t);
const num = (v: number | null | undefined, d: number, unit = '') => (v === null || v === undefined ? '—' : `${v.toFixed(d)}${unit ? ` ${unit}` : ''}`);
const share = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const inDay = (t: number, start: number, end: number) => t >= start && t < end;
/** `20.0–23.5`, or one value where both ends agree. */
const span = ([a, b]: readonly [number, number], d: number) => (a.toFixed(d) === b.toFixed(d) ? a.toFixed(d) : `${a.toFixed(d)}–${b.toFixed(d)}`);

/**
 * The baby monitor report a parent hands a paediatrician: for the period (default the last
 * 7 days, on the report's clock) a summary of crying, check-ins, fevers and alerts; a chart
 * per day of body temperature, room temperature and humidity with cry episodes as bands;
 * the cry episodes and check-ins as tables; the readings' ranges; and what the cry detector
 * is and the settings in force.
 */
export function BabyReport({ subject, from, to, clock, onReady, onError }: ReportPageProps) {
  const [data, setData] = useState<Loaded | null>(null);
  useEffect(() => {
    let alive = true;
    const load = async (): Promise<Loaded> => {
      const id = subject.id;
      const end = to ? Date.parse(to) : Date.now();
      const start = from ? Date.parse(from) : end - DEFAULT_DAYS * DAY;
      const range = { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
      // Body temperature at a fine step (fevers are short peaks); the room at 5 min or more.
      const bodyMin = bucketMinutes(end - start, 1, 50_000);
      const roomMin = bucketMinutes(end - start, 5, 30_000);
      const series = (metric: string, m: number) => client.call('observations.timeseries', { subject_id: id, metric, interval: `${m}m`, ...range }).then((r) => toPoints(r.items));
      const [settings, model, stats, checkinStats, checkins, episodes, alerts, body, room, humidity, cry] = await Promise.all([
        client.call('baby.settings.get', { subject_id: id }),
        // The note on the detector can do without its numbers; the report should not fail for them.
        client.call('baby.cry.model', {}).catch(() => null),
        Promise.all(METRICS.map((m) => client.call('observations.stats', { subject_id: id, metric: m.metric, ...range }))),
        client.call('baby.checkins.stats', { subject_id: id, ...range }),
        client.call('baby.checkins.list', { subject_id: id, ...range, limit: MAX_ROWS }),
        client.call('baby.episodes.list', { subject_id: id, ...range, limit: MAX_FETCH }),
        client.call('alerts.list', { subject_id: id, state: 'all', ...range, limit: MAX_FETCH }),
        series('body_temperature', bodyMin),
        series('room_temperature', roomMin),
        series('humidity', roomMin),
        series('cry_probability', roomMin),
      ]);
      return { from: start, to: end, settings, model, stats, checkinStats, checkins, episodes: episodes.items, alerts: alerts.items, body, room, humidity, cry, bodyMin, roomMin };
    };
    load()
      .then((d) => alive && setData(d))
      .catch((e: Error) => alive && onError(e.message));
    return () => {
      alive = false;
    };
  }, [subject.id, from, to, onError]);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);
  if (!data) return <p role="status">Loading…</p>;

  const d = data;
  const s = d.settings;
  const at = (ms: number) => localMinute(ms, clock);
  const ep = summariseEpisodes(d.episodes);
  const episodesCapped = d.episodes.length >= MAX_FETCH;
  const bodyPeak = peak(d.body);
  const bodyStats = d.stats[0]!;
  const fever = feverMs(d.body, s.fever_c, d.to);
  const periodDays = localDays(clock, d.from, d.to).length;
  const days = daysWithData(
    [...[d.body, d.room, d.humidity, d.cry].flatMap((ps) => ps.map((p) => p.t)), ...d.checkins.items.map((c) => Date.parse(c.t)), ...d.episodes.map((e) => Math.max(Date.parse(e.start), d.from))].filter((t) => t >= d.from && t < d.to),
    clock,
  );
  // Each stored window of the cry detector stands for one hop of audio.
  const listenedMs = d.cry.reduce((sum, p) => sum + p.count, 0) * (d.model?.hop_s ?? 1) * 1000;
  const groups = groupAlerts(d.alerts);
  const high = d.alerts.filter((a) => a.priority === 'high').length;
  const charted = days.slice(-MAX_DAY_CHARTS);
  const cs = d.checkinStats;

  return (
    <>
      <p>
        Period {at(d.from)} to {at(d.to)} ({clockName(clock)}){subject.birth_date ? `; born ${subject.birth_date}` : ''}. Readings from the baby monitor&apos;s
        thermometers, hygrometer and microphone and from the check-ins logged by the family.
      </p>

      <section aria-labelledby="b-summary">
        <h2 id="b-summary">Summary</h2>
        <table>
          <tbody>
            <tr><th scope="row">Days with data</th><td data-testid="b-days">{days.length} of {periodDays}</td><th scope="row">Time with audio analysed</th><td>{listenedMs ? duration(listenedMs) : '—'}</td></tr>
            <tr><th scope="row">Cry episodes</th><td data-testid="b-episodes">{episodesCapped ? `${MAX_FETCH} or more` : ep.count}{ep.open ? ` (${ep.open} still going on)` : ''}</td><th scope="row">Crying time</th><td>{duration(ep.totalMs)}</td></tr>
            <tr><th scope="row">Longest episode</th><td colSpan={3}>{ep.longest ? `${duration(episodeMs(ep.longest))}, from ${localMinute(Date.parse(ep.longest.start), clock)}` : '—'}</td></tr>
            <tr><th scope="row">Check-ins</th><td colSpan={3}>{cs.total} ({cs.cry_count} with crying, {cs.sick_count} marked sick)</td></tr>
            <tr><th scope="row">Highest body temperature</th><td>{bodyStats.max === null ? '—' : `${bodyStats.max.toFixed(1)} °C${bodyPeak ? ` at ${at(bodyPeak.t)}` : ''}`}</td><th scope="row">Time at or above {s.fever_c.toFixed(1)} °C</th><td>{bodyStats.count ? duration(fever) : '—'}</td></tr>
            <tr><th scope="row">Room temperature in range</th><td>{share(inRangeShare(d.room, s.room_min_c, s.room_max_c))}</td><th scope="row">Humidity in range</th><td>{share(inRangeShare(d.humidity, s.humidity_min, s.humidity_max))}</td></tr>
            <tr><th scope="row">Alerts raised</th><td colSpan={3}>{d.alerts.length >= MAX_FETCH ? `${MAX_FETCH} or more` : d.alerts.length}{high ? ` (${high} high priority)` : ''}</td></tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="b-alerts">
        <h2 id="b-alerts">Alerts in the period</h2>
        {groups.length === 0 ? <p>No alerts were raised in this period.</p> : (
          <table>
            <thead><tr><th scope="col">Alert</th><th scope="col">Priority</th><th scope="col">Times raised</th><th scope="col">First</th><th scope="col">Last</th></tr></thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.name} data-kind={g.kind}><th scope="row">{g.name}</th><td>{g.priority}</td><td>{g.count}</td><td>{at(g.first)}</td><td>{g.count > 1 ? at(g.last) : ''}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="b-days" className="baby-flow">
        <h2 id="b-days">Day by day</h2>
        {charted.length === 0 ? <p>Nothing was recorded in this period.</p> : <BabyChartLegend settings={s} bodyMin={d.bodyMin} roomMin={d.roomMin} />}
        {days.length > charted.length && <p>The {charted.length} most recent days with data are drawn; {plural(days.length - charted.length, 'earlier day')} with data are in the tables only.</p>}
        {charted.map((date) => {
          // Midnight to the next midnight of the zone: 23 or 25 hours on the day the clocks change.
          const start = dayStart(clock, date);
          const end = dayStart(clock, nextDay(date));
          const series = { body: d.body.filter((p) => inDay(p.t, start, end)), room: d.room.filter((p) => inDay(p.t, start, end)), humidity: d.humidity.filter((p) => inDay(p.t, start, end)) };
          const eps = d.episodes.filter((e) => Date.parse(e.start) < end && (e.end ? Date.parse(e.end) : Date.parse(e.start)) >= start);
          const crying = eps.reduce((sum, e) => sum + episodeMs(e), 0);
          const bodyMax = series.body.length ? Math.max(...series.body.map((p) => p.max)) : null;
          const room = series.room.length ? [Math.min(...series.room.map((p) => p.avg)), Math.max(...series.room.map((p) => p.avg))] as const : null;
          const hum = series.humidity.length ? [Math.min(...series.humidity.map((p) => p.avg)), Math.max(...series.humidity.map((p) => p.avg))] as const : null;
          const parts = [
            `${plural(eps.length, 'cry episode')}${eps.length ? ` (${duration(crying)})` : ''}`,
            bodyMax !== null ? `highest body temperature ${bodyMax.toFixed(1)} °C` : null,
            room ? `room ${span(room, 1)} °C` : null,
            hum ? `humidity ${span(hum, 0)} %RH` : null,
          ].filter((x): x is string => x !== null);
          return (
            <div key={date} className="baby-day">
              <h3>{date}: {parts.join(', ')}</h3>
              <BabyDayChart date={date} dayStart={start} dayEnd={end} clock={clock} series={series} episodes={eps} settings={s} gapMs={Math.max(30 * MIN, 3 * d.roomMin * MIN)} label={`${date}, ${parts.join(', ')}.`} />
            </div>
          );
        })}
      </section>

      <section aria-labelledby="b-episodes" className="baby-flow">
        <h2 id="b-episodes">Cry episodes</h2>
        {d.episodes.length === 0 ? <p>No cry episodes in this period.</p> : (
          <>
            <table>
              <thead><tr><th scope="col">Start</th><th scope="col">End</th><th scope="col">Duration</th><th scope="col">Peak cry probability</th><th scope="col">Heard by</th></tr></thead>
              <tbody>
                {d.episodes.slice(0, MAX_ROWS).map((e) => {
                  const t0 = Date.parse(e.start);
                  const t1 = e.end ? Date.parse(e.end) : null;
                  return (
                    <tr key={e.id}>
                      <th scope="row">{localDate(t0, clock)} {localClock(t0, clock)}</th>
                      <td>{t1 === null ? 'still going on' : localDate(t1, clock) === localDate(t0, clock) ? localClock(t1, clock) : `${localDate(t1, clock)} ${localClock(t1, clock)}`}</td>
                      <td>{t1 === null ? '—' : duration(t1 - t0)}</td>
                      <td>{Math.round(e.peak * 100)} %</td>
                      <td>{e.source === 'live' ? 'live microphone' : 'recording'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {d.episodes.length > MAX_ROWS && <p>… and {episodesCapped ? 'many' : d.episodes.length - MAX_ROWS} more episodes in this period, earlier than these.</p>}
          </>
        )}
      </section>

      <section aria-labelledby="b-checkins" className="baby-flow">
        <h2 id="b-checkins">Check-ins</h2>
        {d.checkins.items.length === 0 ? <p>No check-ins in this period.</p> : (
          <>
            <table>
              <thead><tr><th scope="col">Time</th><th scope="col">Body temperature</th><th scope="col">Humidity</th><th scope="col">Crying</th><th scope="col">Sick</th><th scope="col">Note</th></tr></thead>
              <tbody>
                {d.checkins.items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{at(Date.parse(c.t))}</th>
                    <td>{num(c.temperature, 1, '°C')}</td>
                    <td>{num(c.humidity, 0, '%RH')}</td>
                    <td>{c.cry_detected ? 'yes' : 'no'}</td>
                    <td>{c.sick_detected ? 'yes' : 'no'}</td>
                    <td>{c.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {d.checkins.total > d.checkins.items.length && <p>… and {d.checkins.total - d.checkins.items.length} more check-ins in this period, earlier than these.</p>}
          </>
        )}
      </section>

      <section aria-labelledby="b-readings">
        <h2 id="b-readings">Readings</h2>
        <table>
          <thead><tr><th scope="col">Reading</th><th scope="col">Min</th><th scope="col">Mean</th><th scope="col">Max</th><th scope="col">Readings</th><th scope="col">Latest</th><th scope="col">At</th></tr></thead>
          <tbody>
            {METRICS.map((m, i) => {
              const st = d.stats[i]!;
              return (
                <tr key={m.metric}>
                  <th scope="row">{m.label}{m.unit ? ` (${m.unit})` : ''}</th>
                  <td>{num(st.min, m.digits)}</td><td>{num(st.avg, m.digits)}</td><td>{num(st.max, m.digits)}</td><td>{st.count}</td>
                  <td>{num(st.latest?.value, m.digits)}</td><td>{st.latest ? at(Date.parse(st.latest.t)) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="b-about">
        <h2 id="b-about">About this report</h2>
        <p>
          <strong>Cry detection is a model&apos;s suggestion, not a diagnosis.</strong>{' '}
          {d.model ? (
            <>
              Tend&apos;s cry detector{d.model.version !== null ? ` (version ${d.model.version})` : ''} is a small neural network that scores each {d.model.window_s} s of
              sound, every {d.model.hop_s} s, for how likely it is to be a baby crying. A cry episode starts when a score reaches {d.model.threshold.toFixed(2)} (its
              threshold), lasts while scores stay at or above {d.model.exit_threshold.toFixed(2)}, joins pauses shorter than {d.model.merge_gap_s} s and drops anything
              shorter than {d.model.min_episode_s} s.
            </>
          ) : (
            <>Tend&apos;s cry detector is a small neural network that scores short windows of sound for how likely they are to be a baby crying; an episode starts when a score reaches its threshold.</>
          )}{' '}
          It can miss crying and can take other sounds for crying. Times are when the sound was heard; &quot;peak cry probability&quot; is the highest score in the episode.
        </p>
        <p>
          Settings in force when this report was printed: fever at or above {s.fever_c.toFixed(1)} °C; &quot;may be ill&quot; when crying and a fever come within{' '}
          {s.ill_window_min} min of each other; room {s.room_min_c}–{s.room_max_c} °C and humidity {s.humidity_min}–{s.humidity_max} %RH, with an alert after{' '}
          {s.room_sustain_min} min out of range; an alert for each cry episode: {s.cry_alert === 'off' ? 'off' : `${s.cry_alert} priority`}.
        </p>
        <p>
          Time at or above the fever threshold counts each body-temperature reading until the next one, for at most {FEVER_HOLD_MIN} min. &quot;In range&quot; is the
          share of {d.roomMin}-minute steps with readings whose mean lies in the range. Crying time adds up whole episodes, including any part just outside the period.
        </p>
      </section>
    </>
  );
}
