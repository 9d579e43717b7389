import { useEffect, useMemo, useState } from 'react';
import type { Subject } from '../../../../api/schemas';
import { displayZone, endOfDay } from '../../app/time-format';
import { client } from '../../client';
import { DoseResponseChart } from './dose-response-chart';
import { DosesPanel } from './doses-panel';
import { hz, pct, todayInDisplayZone } from './format';
import { HeatStrip } from './heat-strip';
import { TrendChart } from './trend-chart';
import { UploadPanel } from './upload-panel';
import { useTremorDay } from './use-tremor';
import './tremor.css';

/**
 * #/tremor: a day's tremor by minute with the doses, how each dose changed it, and the
 * trend over weeks; upload a recording and log doses here.
 */
export function TremorScreen({ subject }: { subject: Subject | null }) {
  if (!subject) return <p>Add a person on the Overview first.</p>;
  return <TremorFor subject={subject} />;
}

function TremorFor({ subject }: { subject: Subject }) {
  const [date, setDate] = useState(todayInDisplayZone);
  // The account's zone (not this computer's): the day, its hours and dose times each at their own offset.
  const zone = displayZone();
  const clock = useMemo(() => ({ zone }), [zone]);
  const { data, error, reload } = useTremorDay(subject.id, date, zone);

  // Refresh when minutes arrive from a live sensor.
  useEffect(
    () => client.subscribe((ev) => {
      if (ev.type === 'observation.added' && ev.subject_id === subject.id && ev.metric === 'tremor_percent') reload();
    }),
    [subject.id, reload],
  );

  const s = data?.day.summary;
  return (
    <section aria-labelledby="tremor-title" className="stack">
      <h1 id="tremor-title">Tremor: {subject.name}</h1>
      <div className="row">
        <div className="field">
          <label htmlFor="tremor-date">Day</label>
          <input id="tremor-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </div>
        <a href={`#/report/tremor?subject=${encodeURIComponent(subject.id)}&to=${encodeURIComponent(new Date(endOfDay(date)).toISOString())}&zone=${encodeURIComponent(zone)}`}>Printable report</a>
      </div>
      {error && <p className="error" role="alert">{error}</p>}

      <section className="card stack" aria-labelledby="strip-title">
        <h2 id="strip-title" style={{ margin: 0 }}>Tremor by minute</h2>
        {!data ? (
          <p role="status">Loading…</p>
        ) : (
          <>
            <div className="stat-grid" data-testid="day-summary">
              <div className="stat">Recorded<b>{Math.floor(s!.recorded_minutes / 60)} h {s!.recorded_minutes % 60} min</b></div>
              <div className="stat">Minutes with tremor<b>{s!.tremor_minutes}</b></div>
              <div className="stat">Tremor time<b>{pct(s!.tremor_percent, 1)}</b></div>
              <div className="stat" title="Tremor time × amplitude, averaged over the recorded minutes">Tremor load (amplitude × time)<b>{s!.load === null ? '—' : `${s!.load.toFixed(3)} m/s²`}</b></div>
              <div className="stat">Typical frequency<b>{hz(s!.dominant_hz)}</b></div>
              <div className="stat">Typical amplitude<b>{s!.magnitude === null ? '—' : `${s!.magnitude.toFixed(2)} m/s²`}</b></div>
            </div>
            {s!.recorded_minutes === 0 && <p className="muted">Nothing recorded on {date}. Upload a recording below.</p>}
            <HeatStrip day={data.day} />
          </>
        )}
      </section>

      {data && (
        <section className="card stack" aria-labelledby="response-title">
          <h2 id="response-title" style={{ margin: 0 }}>Dose response</h2>
          <DoseResponseChart response={data.response} clock={clock} />
        </section>
      )}

      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))' }}>
        <DosesPanel subjectId={subject.id} date={date} zone={zone} doses={data?.day.doses ?? []} onChanged={reload} />
        <UploadPanel subjectId={subject.id} date={date} zone={zone} onUploaded={reload} />
      </div>

      {data && (
        <section className="card stack" aria-labelledby="trend-title">
          <h2 id="trend-title" style={{ margin: 0 }}>Trend over weeks</h2>
          <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))' }}>
            <section aria-labelledby="trend-time-title" data-testid="trend-time">
              <h3 id="trend-time-title" style={{ margin: 0 }}>Tremor time</h3>
              <TrendChart progression={data.progression} title="Tremor time over weeks" />
            </section>
            <section aria-labelledby="trend-load-title" data-testid="trend-load">
              <h3 id="trend-load-title" style={{ margin: 0 }}>Tremor amplitude (tremor load)</h3>
              <TrendChart progression={data.loadProgression} title="Tremor load over weeks" />
            </section>
          </div>
        </section>
      )}
      <p className="muted" style={{ fontSize: 'var(--text-xs)' }}>
        Rest tremor is measured while the hand is still; minutes of walking, typing or gesturing are not counted. These numbers describe the recording, not a diagnosis: discuss changes to medication with your clinician.
      </p>
    </section>
  );
}
