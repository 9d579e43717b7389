import { useCallback, useEffect, useRef, useState } from 'react';
import type { CryEpisode } from '../../../../api/baby';
import type { Alert, Subject } from '../../../../api/schemas';
import { useSubRoute } from '../../app/route';
import { client } from '../../client';
import { LatestValues } from '../metric/latest-values';
import { staleAfterMin } from '../metric/freshness';
import { ago } from '../metric/format';
import { Checkins } from './checkins';
import { EpisodeClip } from './episode-clip';
import { MonitorSettings } from './monitor-settings';
import { startListening, type Listener, type ListenState } from './microphone';
import { BabyTimeline } from './timeline';
import { fmtTimeSeconds } from '../../app/time-format';

const idle: ListenState = { level: 0, probability: null, crying: false, sentS: 0, silentS: 0, error: null };
/** s of digital silence on this page before it says so (the core's alert waits for `silence_alert_s`). */
const SILENT_SHOW_S = 5;

/** dBFS of an RMS level, floored at -90 for silence. */
const dbfs = (rms: number) => (rms > 0 ? Math.max(-90, 20 * Math.log10(rms)) : -90);

function duration(e: CryEpisode): string {
  if (!e.end) return 'ongoing';
  const s = Math.round((Date.parse(e.end) - Date.parse(e.start)) / 1000);
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/**
 * The baby monitor (#/baby): listen through this computer's microphone (the core detects
 * crying and raises alerts), the latest room and body temperature and humidity, open
 * alerts, the last cry episodes, today's timeline, and check-ins. `#/baby/settings` opens
 * the monitor settings above it: the same screen stays mounted, so listening goes on.
 */
export function BabyScreen({ subject, reloadSubjects }: { subject: Subject | null; reloadSubjects?: () => Promise<void> }) {
  const showSettings = useSubRoute() === 'settings';
  const [listen, setListen] = useState<ListenState>(idle);
  const [listening, setListening] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [episodes, setEpisodes] = useState<CryEpisode[]>([]);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [refresh, setRefresh] = useState(0);
  const listener = useRef<Listener | null>(null);
  const subjectId = subject?.id ?? null;

  const loadSide = useCallback(async () => {
    if (!subjectId) return;
    const from = new Date(Date.now() - 24 * 3600_000).toISOString();
    const [eps, al] = await Promise.all([
      client.call('baby.episodes.list', { subject_id: subjectId, from, limit: 20 }),
      client.call('alerts.list', { subject_id: subjectId, state: 'open' }),
    ]);
    setEpisodes(eps.items);
    setAlerts(al.items);
  }, [subjectId]);

  useEffect(() => {
    void loadSide().catch(() => undefined);
    if (!subjectId) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Many windows a second while listening: redraw the timeline at most every 5 s.
    const later = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setRefresh((n) => n + 1);
        void loadSide().catch(() => undefined);
      }, 5000);
    };
    const off = client.subscribe((ev) => {
      if (!('subject_id' in ev) || ev.subject_id !== subjectId) return;
      if (ev.type.startsWith('alert.')) void loadSide().catch(() => undefined);
      else if (ev.type === 'observation.added') later();
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [subjectId, loadSide]);

  // Stop listening when the person changes or the screen closes.
  useEffect(() => () => void listener.current?.stop(), [subjectId]);

  const wasCrying = useRef(false);
  useEffect(() => {
    if (listen.crying !== wasCrying.current) {
      wasCrying.current = listen.crying;
      void loadSide().catch(() => undefined);
    }
  }, [listen.crying, loadSide]);

  if (!subject || !subjectId) return <p>Add a person on the Overview first.</p>;

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      listener.current = await startListening(subjectId, setListen);
      setListening(true);
    } catch (e) {
      setError(`Could not use the microphone: ${(e as Error).message}`);
    } finally {
      setStarting(false);
    }
  };
  const stop = async () => {
    const l = listener.current;
    listener.current = null;
    setListening(false);
    await l?.stop();
    setListen(idle);
    await loadSide().catch(() => undefined);
    setRefresh((n) => n + 1);
  };
  const ack = async (id: string) => {
    await client.call('alerts.ack', { id }).catch((e: Error) => setError(e.message));
    await loadSide().catch(() => undefined);
  };

  const pct = listen.probability === null ? '—' : `${Math.round(listen.probability * 100)} %`;
  // The listening watch's alerts (core/baby/listening.ts), and this page's own view of the input.
  const lost = alerts.find((a) => a.kind === 'audio_lost');
  const deaf = (listening && listen.silentS >= SILENT_SHOW_S) || alerts.some((a) => a.kind === 'mic_silent');
  const levelDb = dbfs(listen.level);
  return (
    <section aria-labelledby="baby-title" className="stack">
      <h1 id="baby-title">Baby monitor: {subject.name}</h1>
      {showSettings ? (
        // The subject's settings hold `keep_clips`, which the privacy line below reads.
        <MonitorSettings subject={subject} onSaved={() => void reloadSubjects?.().catch(() => undefined)} />
      ) : (
        <p style={{ margin: 0 }}>
          <a href="#/baby/settings" className="button">Monitor settings</a>{' '}
          <span className="muted">fever, room and humidity limits, cry alerts, kept clips</span>
        </p>
      )}

      <div className="grid">
        <section className="card stack" aria-labelledby="listen-title" data-testid="listen-card">
          <h2 id="listen-title" style={{ margin: 0 }}>Listening</h2>
          <p role="status" aria-live="polite" style={{ margin: 0, fontWeight: 700 }} data-testid="listen-status">
            {listening ? (listen.crying ? <span style={{ color: 'var(--danger)' }}>Crying now</span> : 'Listening…') : 'Not listening'}
          </p>
          <div>
            <span className="muted">Cry probability </span>
            <strong data-testid="cry-probability">{pct}</strong>
          </div>
          <div>
            <label htmlFor="input-level" style={{ display: 'inline', fontWeight: 400 }} className="muted">Input level </label>
            <meter id="input-level" data-testid="input-level" data-level={listen.level.toFixed(5)} min={-90} max={0} low={-50} high={-6} value={levelDb} style={{ width: '100%' }} />
            <span className="muted" style={{ fontSize: 'var(--text-xs)' }}>{listening ? `${levelDb.toFixed(0)} dBFS` : ''}</span>
          </div>
          {listening ? (
            <button type="button" onClick={() => void stop()}>Stop listening</button>
          ) : (
            <button type="button" className="primary" disabled={starting} onClick={() => void start()}>{starting ? 'Starting…' : 'Start listening'}</button>
          )}
          {lost && (
            <p className="error" role="alert" style={{ margin: 0 }} data-testid="listen-lost">
              Cry monitoring stopped {ago(lost.raised_at)}: no audio has reached Tend from the microphone.{listening ? '' : ' Start listening again.'}
            </p>
          )}
          {deaf && (
            <p className="error" role="alert" style={{ margin: 0 }} data-testid="listen-silent">
              Not hearing anything from the microphone: check it is unmuted and the right input is chosen.
            </p>
          )}
          {(error ?? listen.error) && <p className="error" role="alert">{error ?? listen.error}</p>}
          <p className="muted" style={{ margin: 0, fontSize: 'var(--text-xs)' }}>
            Audio is analysed on this machine and not kept{subject.settings && (subject.settings as { baby?: { keep_clips?: boolean } }).baby?.keep_clips ? ', except 10-second clips around crying' : ''}.
          </p>
        </section>

        <section className="card" aria-labelledby="now-title">
          <h2 id="now-title" style={{ marginTop: 0 }}>Room and baby</h2>
          <LatestValues subjectId={subjectId} metrics={['room_temperature', 'body_temperature', 'humidity']} staleAfterMin={staleAfterMin(subject.settings)} />
        </section>

        <section className="card stack" aria-labelledby="balerts-title" data-testid="baby-alerts">
          <h2 id="balerts-title" style={{ margin: 0 }}>Open alerts</h2>
          {alerts.length === 0 ? (
            <p className="muted" style={{ margin: 0 }}>None.</p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }} className="stack">
              {alerts.map((a) => (
                <li key={a.id} data-kind={a.kind} className="row">
                  <span className={`badge ${a.priority}`}>{a.priority}</span>
                  <span>{a.message}</span>
                  <span className="muted">{ago(a.raised_at)}</span>
                  <button type="button" onClick={() => void ack(a.id)} aria-label={`Acknowledge: ${a.message}`}>Acknowledge</button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card stack" aria-labelledby="episodes-title" data-testid="episodes">
          <h2 id="episodes-title" style={{ margin: 0 }}>Crying, last 24 h</h2>
          {episodes.length === 0 ? (
            <p className="muted" style={{ margin: 0 }}>No crying detected.</p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {episodes.slice(0, 8).map((e) => (
                <li key={e.id} data-testid="episode">
                  {fmtTimeSeconds(e.start)} · {duration(e)} · peak {Math.round(e.peak * 100)} %{e.source === 'file' ? ' · recording' : ''}
                  {e.has_clip && <EpisodeClip subjectId={subjectId} episode={e} canDelete={subject.role !== 'viewer'} onDeleted={() => void loadSide().catch(() => undefined)} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <BabyTimeline subjectId={subjectId} episodes={episodes} refreshKey={refresh} />
      <Checkins subjectId={subjectId} onSaved={() => { setRefresh((n) => n + 1); void loadSide().catch(() => undefined); }} />
    </section>
  );
}
