import { useCallback, useEffect, useRef, useState } from 'react';
import { describeTier, reaches, type AlertDetail } from '../../../../api/alerts';
import { client, session } from '../../client';
import { useKioskGuard } from '../kiosk/lock';
import { Alarm, type SoundState } from './alarm';
import { conditionEndedText } from './condition';
import './alerts.css';
import { fmtTimeSeconds } from '../../app/time-format';

/** The hub sends `heartbeat` every 10 s; three missed in a row means the monitoring machine stopped. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
/** Sync failing this long (three rounds at the usual 5 minutes) is worth a banner: other installs no longer hear from here. */
export const SYNC_FAILING_MS = 15 * 60_000;

/**
 * Whether this screen sounds for the alert. With escalation tiers (issue 19) only the
 * screens of the users in the tier reached, or an earlier one, sound; everyone else with
 * access still sees it in the alert centre. Without tiers every screen sounds, as before.
 */
export const isSounding = (a: AlertDetail, now: number, me: string | null) =>
  a.state === 'open' && a.priority === 'high' && !(a.snoozed_until && Date.parse(a.snoozed_until) > now) && reaches(a, me);

/**
 * App-wide alert presence, mounted once by the shell: the alarm sound that repeats
 * until every high-priority alert is acknowledged (or snoozed, where allowed), a banner
 * naming the most urgent one with an Acknowledge button, the "monitoring stopped"
 * banner when the hub's heartbeat goes silent, the "cannot store new data" banner while
 * writes fail (disk full), and the kiosk lock.
 */
export function AlertOverlay() {
  useKioskGuard();
  const [open, setOpen] = useState<AlertDetail[]>([]);
  const [stoppedSince, setStoppedSince] = useState<number | null>(null);
  // The hub cannot store what arrives (disk full, I/O error): every reading is being lost.
  const [storageError, setStorageError] = useState<string | null>(null);
  // The hub refused this screen's sign-in (expired, signed out elsewhere): alerts stop arriving.
  const [signedOut, setSignedOut] = useState<string | null>(null);
  const [sound, setSound] = useState<SoundState>('running');
  const [syncFailing, setSyncFailing] = useState<{ since: string; remote: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alarm = useRef<Alarm | null>(null);
  const lastBeat = useRef(Date.now());

  /** People this user only views: their alarms show and sound here, but someone else acknowledges them. */
  const [viewing, setViewing] = useState<ReadonlySet<string>>(new Set());
  /** Who is signed in here, to know whether an escalating alarm has reached this screen. */
  const [me, setMe] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [r, subjects, user] = await Promise.all([client.call('alerts.list', { state: 'open', priority: 'high' }), client.call('subjects.list', {}), client.call('auth.me', {})]);
    setMe(user.id);
    setOpen(r.items as AlertDetail[]);
    setViewing(new Set(subjects.filter((s) => s.role === 'viewer').map((s) => s.id)));
  }, []);

  useEffect(() => {
    alarm.current = new Alarm((st) => {
      // The first click anywhere turns sound on; hide the banner only after that click has
      // landed, so the page does not shift under the pointer mid-click.
      if (st === 'running') setTimeout(() => setSound('running'), 400);
      else setSound(st);
    });
    return () => alarm.current?.dispose();
  }, []);

  // Sync that keeps failing: alerts raised here no longer reach the clinic (or the clinic's, here).
  const checkSync = useCallback(() => {
    void client.call('sync.status', {}).then(
      (st) => {
        const e = st.last_error;
        const since = e ? (e.since ?? e.at) : null;
        setSyncFailing(st.remote && e && since && Date.now() - Date.parse(since) >= SYNC_FAILING_MS ? { since, remote: st.remote, message: e.message } : null);
      },
      () => undefined,
    );
  }, []);
  useEffect(() => {
    checkSync();
    const off = client.subscribe((ev) => ev.type === 'sync.round' && checkSync());
    const t = setInterval(checkSync, 60_000);
    return () => {
      off();
      clearInterval(t);
    };
  }, [checkSync]);

  useEffect(() => {
    void load().catch(() => undefined);
    void client.call('health', {}).then((h) => setStorageError(h.storage_error ?? null), () => undefined);
    let pending: ReturnType<typeof setTimeout> | null = null;
    const off = client.subscribe((ev) => {
      if (ev.type === 'signed_out') {
        setSignedOut(ev.message);
        return;
      }
      // Any other message proves the hub is alive and this sign-in good (hello on connect,
      // heartbeat every 10 s, data).
      lastBeat.current = Date.now();
      setStoppedSince(null);
      setSignedOut(null);
      if (ev.type === 'storage') setStorageError(ev.ok ? null : (ev.message ?? 'Tend cannot store new data.'));
      if (ev.type === 'heartbeat' && ev.storage) setStorageError(ev.storage.ok ? null : (ev.storage.message ?? 'Tend cannot store new data.'));
      if (ev.type.startsWith('alert.') && !pending) {
        pending = setTimeout(() => {
          pending = null;
          void load().catch(() => undefined);
        }, 100);
      }
    });
    // Only the hub's stream has a heartbeat; inside Electron the core runs in-process.
    const watch =
      client.kind === 'http'
        ? setInterval(() => {
            if (Date.now() - lastBeat.current > HEARTBEAT_TIMEOUT_MS) setStoppedSince((s) => s ?? lastBeat.current);
          }, 1_000)
        : null;
    // Snoozes run out without an event: look again every 30 s.
    const again = setInterval(() => void load().catch(() => undefined), 30_000);
    return () => {
      off();
      if (pending) clearTimeout(pending);
      if (watch) clearInterval(watch);
      clearInterval(again);
    };
  }, [load]);

  const now = Date.now();
  const sounding = open.filter((a) => isSounding(a, now, me));
  useEffect(() => {
    alarm.current?.set(sounding.length ? 'high' : stoppedSince !== null || storageError !== null || signedOut !== null ? 'medium' : null);
  }, [sounding.length, stoppedSince, storageError, signedOut]);

  const ack = async (id: string) => {
    setError(null);
    try {
      await client.call('alerts.ack', { id });
    } catch (e) {
      setError((e as Error).message);
    }
    await load().catch(() => undefined);
  };

  // Full-screen views (the kiosk board) leave room for the banners through this variable.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => document.documentElement.style.setProperty('--alert-banner-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const top = sounding[0];
  return (
    // data-open-high: how many open high alerts this screen knows of, sounding here or not (escalation tiers decide).
    <div ref={box} className="alert-overlay" data-open-high={open.length} data-alarm-state={sounding.length ? 'high' : stoppedSince !== null || storageError !== null || signedOut !== null ? 'medium' : 'quiet'}>
      {sound === 'blocked' && (
        <div className="banner banner-sound" role="status" data-testid="sound-blocked">
          <strong>Alarm sound is off.</strong> This browser plays sound only after a click or key press on the page.{' '}
          <button type="button" onClick={() => void alarm.current?.enableSound()}>
            Turn alarm sound on
          </button>
        </div>
      )}
      {syncFailing && (
        <div className="banner banner-stopped" role="status" data-testid="sync-failing">
          <strong>Sync has failed since {fmtTimeSeconds(syncFailing.since)}.</strong> Alerts and readings from here are not reaching the
          other installs through {syncFailing.remote}, nor theirs this one: {syncFailing.message}. Nothing is lost; it goes out when sync works again.
        </div>
      )}
      {signedOut !== null && (
        <div className="banner banner-stopped" role="alert" data-testid="signed-out">
          <strong>Signed out.</strong> {signedOut}{' '}
          <button
            type="button"
            onClick={() => {
              session.set(null);
              window.location.reload();
            }}
          >
            Sign in again
          </button>
        </div>
      )}
      {storageError !== null && (
        <div className="banner banner-stopped" role="alert" data-testid="storage-failing">
          <strong>Tend cannot store new data.</strong> {storageError}
        </div>
      )}
      {stoppedSince !== null && (
        <div className="banner banner-stopped" role="alert" data-testid="monitoring-stopped">
          <strong>Monitoring stopped.</strong> No word from the Tend hub since {fmtTimeSeconds(stoppedSince)}. Alerts cannot reach
          this screen: check the monitoring computer.
        </div>
      )}
      {top && (
        <div className="banner banner-high" role="alert" data-testid="alarm-banner">
          <strong>High-priority alert</strong>
          <span>{top.message || top.kind}</span>
          {top.escalation && <span data-testid="alarm-tier">{describeTier(top.escalation)}</span>}
          {conditionEndedText(top) && <span data-testid="alarm-condition-ended">({conditionEndedText(top)}; still needs acknowledging)</span>}
          {sounding.length > 1 && <span>(+{sounding.length - 1} more)</span>}
          {viewing.has(top.subject_id) ? (
            <span data-testid="alarm-viewer">You may see this person's alerts but not acknowledge them: their caregiver, clinician or owner must.</span>
          ) : (
            <button type="button" onClick={() => void ack(top.id)}>Acknowledge</button>
          )}
          <a href="#/alerts">All alerts</a>
          {error && <span className="error">{error}</span>}
        </div>
      )}
    </div>
  );
}
