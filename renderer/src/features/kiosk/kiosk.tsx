import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlertDetail, KioskBoard, KioskTile, Trend } from '../../../../api/alerts';
import { client } from '../../client';
import type { Prefs } from '../../app/prefs';
import { ago, displayName, formatValue } from '../metric/format';
import { freshness } from '../metric/freshness';
import { PIN_PATTERN, checkPin, lockKiosk, saveKiosk, setPin, useKiosk } from './lock';
import { conditionEndedText } from '../alerts/condition';
import './kiosk.css';
import { fmtTimeSeconds } from '../../app/time-format';

const ARROWS: Record<Trend, { glyph: string; words: string }> = {
  up2: { glyph: '⇈', words: 'rising very fast' },
  up: { glyph: '↑', words: 'rising fast' },
  up45: { glyph: '↗', words: 'rising' },
  flat: { glyph: '→', words: 'steady' },
  down45: { glyph: '↘', words: 'falling' },
  down: { glyph: '↓', words: 'falling fast' },
  down2: { glyph: '⇊', words: 'falling very fast' },
};

/**
 * The clinic board (#/kiosk): every patient this user may see as a tile — latest
 * values with trend arrows, open alerts by priority, time since the last data — most
 * urgent first, acknowledge from the tile. Full screen; kiosk mode locks the app here.
 */
export function KioskScreen({ prefs }: { prefs: Prefs }) {
  const cfg = useKiosk();
  const [board, setBoard] = useState<KioskBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const [exiting, setExiting] = useState(false);
  const [setup, setSetup] = useState(false);

  const load = useCallback(async () => {
    setBoard(await client.call('kiosk.board', {}));
  }, []);

  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
    let pending: ReturnType<typeof setTimeout> | null = null;
    const off = client.subscribe((ev) => {
      if (ev.type === 'heartbeat' || ev.type === 'report.progress' || pending) return;
      // Coalesce bursts (a ward of monitors posts every few seconds) to one refresh a second.
      pending = setTimeout(() => {
        pending = null;
        void load().catch(() => undefined);
      }, 1_000);
    });
    const clock = setInterval(() => setTick((t) => t + 1), 15_000);
    return () => {
      off();
      if (pending) clearTimeout(pending);
      clearInterval(clock);
    };
  }, [load]);

  const ack = async (a: AlertDetail) => {
    setError(null);
    try {
      await client.call('alerts.ack', { id: a.id });
    } catch (e) {
      setError((e as Error).message);
    }
    await load().catch(() => undefined);
  };

  const enter = () => {
    lockKiosk();
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <section className="kiosk" aria-labelledby="kiosk-title" data-locked={cfg.locked ? 'true' : 'false'}>
      <header className="kiosk-bar">
        <h1 id="kiosk-title">Clinic board</h1>
        <span className="muted" aria-live="polite">{board ? `${board.tiles.length} patients · updated ${fmtTimeSeconds(board.at)}` : 'Loading…'}</span>
        <span className="kiosk-spacer" />
        {cfg.locked ? (
          <button type="button" onClick={() => setExiting(true)}>Exit kiosk mode</button>
        ) : (
          <>
            <button type="button" onClick={() => setSetup((s) => !s)} aria-expanded={setup}>Kiosk settings</button>
            <button type="button" onClick={enter} disabled={!cfg.pinHash} title={cfg.pinHash ? '' : 'Set a PIN first'}>Lock to board</button>
            <a href="#/home">Leave board</a>
          </>
        )}
      </header>
      {error && <p className="error" role="alert">{error}</p>}
      {setup && !cfg.locked && <KioskSettings onDone={() => setSetup(false)} />}
      {exiting && <PinDialog onCancel={() => setExiting(false)} onOk={() => (saveKiosk({ locked: false }), setExiting(false))} />}
      {board && board.tiles.length === 0 && <p>No patients are shared with you yet.</p>}
      <ol className="kiosk-grid" aria-label="Patients, most urgent first">
        {board?.tiles.map((t) => (
          <li key={t.subject.id}>
            <Tile tile={t} prefs={prefs} onAck={ack} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Tile({ tile, prefs, onAck }: { tile: KioskTile; prefs: Prefs; onAck: (a: AlertDetail) => Promise<void> }) {
  const top = tile.open.high ? 'high' : tile.open.medium ? 'medium' : tile.open.low ? 'low' : 'none';
  const now = Date.now();
  // Past the person's stale limit (their signal-loss warning minutes) "last data" turns to the warning colour.
  const since = tile.last_data_at ? freshness(tile.last_data_at, tile.stale_after_min, now) : null;
  return (
    <article className={`tile tile-${top}`} aria-label={tile.subject.name} data-urgency={tile.urgency}>
      <header className="tile-head">
        <h2>{tile.subject.name}</h2>
        <span className="muted">{tile.subject.kind}</span>
        <span className="tile-counts">
          <span className="visually-hidden">{`Open alerts: ${tile.open.high} high, ${tile.open.medium} medium, ${tile.open.low} low`}</span>
          {(['high', 'medium', 'low'] as const).map((p) => (tile.open[p] ? <span key={p} className={`badge ${p}`} aria-hidden="true">{tile.open[p]} {p}</span> : null))}
        </span>
      </header>
      {tile.latest.length === 0 ? (
        <p className="muted tile-values">No readings in the last day</p>
      ) : (
        <dl className="tile-values">
          {tile.latest.map((v) => {
            const f = freshness(v.t, tile.stale_after_min, now);
            return (
              <div key={v.metric} data-metric={v.metric} data-stale={f.stale ? 'true' : 'false'}>
                <dt>{displayName(v.metric)}</dt>
                <dd>
                  <span className={`tile-value${f.stale ? ' stale' : ''}`}>{formatValue(v.metric, v.value, prefs.glucoseUnit)}</span>
                  {f.stale && <span className="tile-value-age"> {f.label}</span>}
                  {!f.stale && v.trend && (
                    <span className="tile-arrow" role="img" aria-label={ARROWS[v.trend].words} title={`${v.rate_per_min ?? ''} ${v.unit}/min`}>
                      {ARROWS[v.trend].glyph}
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      <p className={`tile-since ${since?.stale ? 'stale' : ''}`} data-testid="tile-since">
        {tile.last_data_at ? `Last data ${ago(tile.last_data_at, now)}` : 'No data yet'}
      </p>
      {tile.alerts.length > 0 && (
        <ul className="tile-alerts">
          {tile.alerts.map((a) => (
            <li key={a.id} data-alert-id={a.id} data-state={a.state}>
              <span className={`badge ${a.priority}`}>{a.priority}</span> <span className="tile-alert-msg">{a.message || a.kind}</span>
              {conditionEndedText(a) && <span className="muted"> ({conditionEndedText(a)})</span>}
              {a.state === 'open' ? (
                <button type="button" onClick={() => void onAck(a)} aria-label={`Acknowledge ${a.message || a.kind} for ${tile.subject.name}`}>Acknowledge</button>
              ) : (
                <span className="muted"> acknowledged</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function KioskSettings({ onDone }: { onDone: () => void }) {
  const cfg = useKiosk();
  const [pin, setPinText] = useState('');
  const [minutes, setMinutes] = useState(cfg.autoLockMin);
  const [msg, setMsg] = useState<string | null>(null);
  const save = async () => {
    if (pin && !PIN_PATTERN.test(pin)) return setMsg('The PIN must be 4 to 8 digits.');
    if (!pin && !cfg.pinHash) return setMsg('Choose a PIN first.');
    if (pin) await setPin(pin);
    saveKiosk({ autoLockMin: Math.max(0, Math.min(240, Math.round(minutes))) });
    setMsg(null);
    onDone();
  };
  return (
    <form className="card kiosk-settings" onSubmit={(e) => (e.preventDefault(), void save())} aria-label="Kiosk settings">
      <div className="field">
        <label htmlFor="kiosk-pin">{cfg.pinHash ? 'New PIN (leave empty to keep)' : 'PIN to leave kiosk mode'}</label>
        <input id="kiosk-pin" inputMode="numeric" autoComplete="off" type="password" value={pin} onChange={(e) => setPinText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="kiosk-autolock">Lock to the board after this many idle minutes (0: never)</label>
        <input id="kiosk-autolock" type="number" min={0} max={240} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
      </div>
      {msg && <p className="error" role="alert">{msg}</p>}
      <button type="submit">Save kiosk settings</button>
    </form>
  );
}

function PinDialog({ onOk, onCancel }: { onOk: () => void; onCancel: () => void }) {
  const [pin, setPinText] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="pin-title">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void checkPin(pin).then((ok) => (ok ? onOk() : (setWrong(true), setPinText(''))));
        }}
      >
        <h2 id="pin-title">Leave kiosk mode</h2>
        <div className="field">
          <label htmlFor="exit-pin">PIN</label>
          <input id="exit-pin" ref={input} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPinText(e.target.value)} />
        </div>
        {wrong && <p className="error" role="alert">Wrong PIN.</p>}
        <div className="row">
          <button type="submit">Unlock</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
