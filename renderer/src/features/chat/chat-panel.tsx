import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChatIntent, ChatProposal } from '../../../../api/chat';
import type { Event } from '../../../../api/schemas';
import { client } from '../../client';
import './chat.css';
import { displayZone, fmtTime } from '../../app/time-format';

/** One exchange: what was written, what Tend answered and what it logged. */
interface Turn {
  id: number;
  message: string;
  reply: string;
  parsed: ChatIntent[];
  logged: Event[];
  /** Meals estimated from the USDA table, waiting for the person to confirm or edit them. */
  proposals: ChatProposal[];
  error?: boolean;
}

const MAX = 1000;
const fmt = (x: number) => String(Math.round(x * 10) / 10);
const at = (t: string) => fmtTime(t);

/** What a logged event was, in a few words ("45 g carbs", "4 U NovoRapid (bolus)"). */
function loggedText(e: Event): string {
  const d = e.data;
  switch (e.type) {
    case 'meal':
      return `Meal, ${String(d.carbs_g)} g carbs${typeof d.description === 'string' ? ` (${d.description})` : ''}`;
    case 'insulin':
      return `Insulin, ${String(d.units)} U ${typeof d.insulin === 'string' ? `${d.insulin} ` : ''}(${String(d.kind)})`;
    case 'activity':
      return `Activity: ${String(d.kind ?? '')}${typeof d.duration_min === 'number' ? `, ${d.duration_min} min` : ''}`;
    case 'medication':
      return `Medication: ${String(d.drug)}${typeof d.dose_mg === 'number' ? ` ${d.dose_mg} mg` : ''}`;
    default:
      return e.type;
  }
}

/**
 * A meal estimated from USDA FNDDS: each food with its portion, grams and carbs, the total
 * in an editable field, and Confirm. Nothing is logged until the person confirms.
 */
function ProposalCard({ proposal, done, onConfirm }: { proposal: ChatProposal; done: boolean; onConfirm: (carbs: number | undefined) => Promise<void> }) {
  const [carbs, setCarbs] = useState(fmt(proposal.data.carbs_g));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = `proposal-carbs-${proposal.id}`;
  const value = Number(carbs);
  const valid = carbs.trim() !== '' && Number.isFinite(value) && value >= 1 && value <= 300;
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(value === proposal.data.carbs_g ? undefined : value);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="chat-proposal" data-testid="chat-proposal" aria-label="Meal estimate to confirm" onSubmit={(e) => void confirm(e)}>
      <table className="chat-proposal-foods">
        <caption>Estimate, not logged yet</caption>
        <thead>
          <tr><th scope="col">Food</th><th scope="col">Portion</th><th scope="col">Grams</th><th scope="col">Carbs</th></tr>
        </thead>
        <tbody>
          {proposal.data.foods.map((f, i) => (
            <tr key={i} data-testid="chat-proposal-food">
              <td>{f.text} <span className="muted">({f.description})</span></td>
              <td>{f.quantity === 1 ? '' : `${fmt(f.quantity)} × `}{f.portion}{f.note ? <span className="muted"> · {f.note}</span> : null}</td>
              <td>{fmt(f.grams)} g</td>
              <td>{fmt(f.carbs_g)} g</td>
            </tr>
          ))}
        </tbody>
      </table>
      {proposal.data.unknown.length > 0 && <p className="muted">Not found in the table, not counted: {proposal.data.unknown.map((u) => `“${u}”`).join(', ')}</p>}
      <p className="muted">Source: {proposal.data.source} (U.S. Department of Agriculture, averages for household portions). Check the carbs before you confirm.</p>
      {done ? (
        <p>Confirmed.</p>
      ) : (
        <div className="row">
          <label htmlFor={fieldId}>Carbs to log (g)</label>
          <input id={fieldId} type="number" min={1} max={300} step="any" inputMode="decimal" value={carbs} onChange={(e) => setCarbs(e.target.value)} aria-invalid={!valid} />
          <button className="primary" type="submit" disabled={busy || !valid}>Confirm</button>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

/**
 * Chat logging: the patient or a caregiver writes what happened ("had a sandwich, 45g
 * carbs and 4 units novorapid at 12:30"); the hub's offline parser logs what it
 * understood and says exactly what. It never suggests doses. Anything it logged can be
 * undone at once (`events.delete`): a misread message costs one click, not a wrong record.
 */
export function ChatPanel({ subjectId, onLogged }: { subjectId: string; onLogged: () => void }) {
  const [message, setMessage] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [undoError, setUndoError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());

  const confirmProposal = async (turnId: number, p: ChatProposal, carbs: number | undefined) => {
    const out = await client.call('chat.send', { subject_id: subjectId, confirm: p.id, ...(carbs === undefined ? {} : { carbs_g: carbs }), time_zone: displayZone() });
    setConfirmed((c) => new Set(c).add(p.id));
    setTurns((ts) => ts.map((t) => (t.id === turnId ? { ...t, reply: out.reply, logged: [...t.logged, ...out.logged] } : t)));
    if (out.logged.length) onLogged();
  };

  const undo = async (e: Event) => {
    setUndoError(null);
    try {
      await client.call('events.delete', { subject_id: subjectId, id: e.id });
      setRemoved((r) => new Set(r).add(e.id));
      onLogged();
    } catch (err) {
      setUndoError(`Could not remove ${loggedText(e)}: ${(err as Error).message}`);
    }
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = message.trim();
    if (!text || busy) return;
    setBusy(true);
    const id = Date.now();
    try {
      // The account's zone, like every time on the screens: "at 8" is 8:00 there, at that date's offset.
      const out = await client.call('chat.send', { subject_id: subjectId, message: text, time_zone: displayZone() });
      setTurns((ts) => [...ts, { id, message: text, reply: out.reply, parsed: out.parsed, logged: out.logged, proposals: out.proposals }]);
      setMessage('');
      if (out.logged.length) onLogged();
    } catch (err) {
      setTurns((ts) => [...ts, { id, message: text, reply: (err as Error).message, parsed: [], logged: [], proposals: [], error: true }]);
    } finally {
      setBusy(false);
    }
  };
  const last = turns[turns.length - 1];

  // Each reply (and each confirmed estimate) lands at the bottom of a log that scrolls: bring
  // it into view, or the answer arrives out of sight (#19). Instant for people who asked for
  // less motion.
  const log = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = log.current;
    if (!el) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollTo({ top: el.scrollHeight, behavior: reduce ? 'auto' : 'smooth' });
  }, [turns]);

  return (
    <section aria-labelledby="chat-title" className="chat-panel">
      <h2 id="chat-title">Chat log <span className="muted">offline · never suggests doses</span></h2>
      <div className="dm-body">
        {turns.length > 0 && (
          // Focusable: the conversation scrolls, and keyboard users must reach it even when no button is left in it.
          <ol ref={log} className="chat-turns" aria-label="Conversation" data-testid="chat-turns" tabIndex={0}>
            {turns.map((t) => (
              <li key={t.id}>
                <p className="chat-you"><span className="muted">You: </span>{t.message}</p>
                <p className={t.error ? 'error' : 'chat-tend'}><span className="muted">Tend: </span>{t.reply}</p>
                {t.proposals.map((p) => (
                  <ProposalCard key={p.id} proposal={p} done={confirmed.has(p.id)} onConfirm={(carbs) => confirmProposal(t.id, p, carbs)} />
                ))}
                {t.logged.length > 0 && (
                  <ul className="chat-logged" aria-label="Logged from this message">
                    {t.logged.map((e) => (
                      <li key={e.id} data-testid="chat-logged-item">
                        {removed.has(e.id) ? (
                          <>
                            <s>
                              <span className="muted">{at(e.t)}</span> {loggedText(e)}
                            </s>{' '}
                            <span className="muted">removed</span>
                          </>
                        ) : (
                          <>
                            <span className="muted">{at(e.t)}</span> {loggedText(e)}{' '}
                            <button type="button" className="chat-undo" onClick={() => void undo(e)} aria-label={`Undo: ${loggedText(e)}`}>
                              Undo
                            </button>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
        {undoError && <p role="alert" className="error">{undoError}</p>}
        {/* Screen readers hear the newest reply once. */}
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="chat-reply">{last ? last.reply : ''}</p>
        <form onSubmit={(e) => void send(e)} className="chat-form">
          <label htmlFor="chat-message">What happened?</label>
          <div className="row">
            <input
              id="chat-message"
              value={message}
              maxLength={MAX}
              autoComplete="off"
              placeholder="had a sandwich, 45g carbs and 4 units novorapid at 12:30"
              aria-describedby="chat-help"
              onChange={(e) => setMessage(e.target.value)}
            />
            <button className="primary" type="submit" disabled={busy || !message.trim()}>Send</button>
          </div>
          <p id="chat-help" className="muted" style={{ margin: '4px 0 0' }}>
            Meals with grams of carbs, insulin in units, activity with minutes, medication in mg; times like “at 7:30” or “20 minutes ago”. A meal without grams (“2 slices of toast and a banana”) gets an estimate from the USDA food table that you confirm or edit; nothing else is guessed.
          </p>
        </form>
      </div>
    </section>
  );
}
