import { useState, type FormEvent } from 'react';
import type { ChatIntent } from '../../../../api/chat';
import type { Event } from '../../../../api/schemas';
import { client } from '../../client';
import './chat.css';

/** One exchange: what was written, what Tend answered and what it logged. */
interface Turn {
  id: number;
  message: string;
  reply: string;
  parsed: ChatIntent[];
  logged: Event[];
  error?: boolean;
}

const MAX = 1000;
const at = (t: string) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

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
      // Offset east of UTC in minutes: "at 8" is 8:00 where the writer is.
      const out = await client.call('chat.send', { subject_id: subjectId, message: text, utc_offset_min: -new Date().getTimezoneOffset() });
      setTurns((ts) => [...ts, { id, message: text, reply: out.reply, parsed: out.parsed, logged: out.logged }]);
      setMessage('');
      if (out.logged.length) onLogged();
    } catch (err) {
      setTurns((ts) => [...ts, { id, message: text, reply: (err as Error).message, parsed: [], logged: [], error: true }]);
    } finally {
      setBusy(false);
    }
  };
  const last = turns[turns.length - 1];

  return (
    <section aria-labelledby="chat-title" className="chat-panel">
      <h2 id="chat-title">Chat log <span className="muted">offline · never suggests doses</span></h2>
      <div className="dm-body">
        {turns.length > 0 && (
          <ol className="chat-turns" aria-label="Conversation" data-testid="chat-turns">
            {turns.map((t) => (
              <li key={t.id}>
                <p className="chat-you"><span className="muted">You: </span>{t.message}</p>
                <p className={t.error ? 'error' : 'chat-tend'}><span className="muted">Tend: </span>{t.reply}</p>
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
            Meals with grams of carbs, insulin in units, activity with minutes, medication in mg; times like “at 7:30” or “20 minutes ago”. Nothing is guessed.
          </p>
        </form>
      </div>
    </section>
  );
}
