import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Grant, Role, Subject, User } from '../../../../api/schemas';
import { client } from '../../client';

const ROLE_TEXT: Record<Role, string> = {
  owner: 'owner',
  caregiver: 'caregiver (sees, records, sets alerts)',
  clinician: 'clinician (sees, records, sets alerts)',
  viewer: 'viewer (sees only)',
};
const SHAREABLE: Array<Exclude<Role, 'owner'>> = ['caregiver', 'clinician', 'viewer'];

/**
 * Who can see a person on this install (Settings): the owner shares by e-mail with an
 * account registered here and ends a share; anyone else may leave. Ending a share takes
 * effect at once on every screen of that user.
 */
export function SharingCard({ subject, user, onLeft }: { subject: Subject; user: User; onLeft: () => Promise<void> }) {
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Exclude<Role, 'owner'>>('caregiver');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const owner = subject.role === 'owner';

  const load = useCallback(() => {
    client.call('subjects.grants', { subject_id: subject.id }).then(setGrants, (e: Error) => setError(e.message));
  }, [subject.id]);
  useEffect(() => {
    setError(null);
    setDone(null);
    load();
  }, [load]);

  const act = async (fn: () => Promise<unknown>, message: string, after: () => void | Promise<void> = load) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(message);
      await after();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const share = (e: FormEvent) => {
    e.preventDefault();
    void act(() => client.call('subjects.grant', { subject_id: subject.id, email, role }), `Shared ${subject.name} with ${email.trim()}.`, () => {
      setEmail('');
      load();
    });
  };

  return (
    <section className="card stack" aria-labelledby="sharing-title" style={{ maxWidth: 520 }} data-testid="sharing">
      <h2 id="sharing-title" style={{ marginTop: 0 }}>Who can see {subject.name}</h2>
      {grants === null ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {grants.map((g) => {
            const me = g.user.id === user.id;
            const canRemove = g.role !== 'owner' && (owner || me);
            return (
              <li key={g.user.id} className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
                <span>
                  <strong>{g.user.name}</strong>
                  {me ? ' (you)' : ''} <span className="muted">{g.user.email} · {ROLE_TEXT[g.role]}</span>
                </span>
                {canRemove && (
                  <button
                    type="button"
                    aria-label={me ? `Leave ${subject.name}` : `Remove ${g.user.name}`}
                    onClick={() =>
                      void act(() => client.call('subjects.revoke', { subject_id: subject.id, user_id: g.user.id }), me ? `You no longer see ${subject.name}.` : `${g.user.name} no longer sees ${subject.name}.`, me ? onLeft : load)
                    }
                  >
                    {me ? 'Leave' : 'Remove'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {owner ? (
        <form onSubmit={share} className="stack" aria-label={`Share ${subject.name}`}>
          <div className="row">
            <div className="field">
              <label htmlFor="share-email">E-mail of an account on this Tend</label>
              <input id="share-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
            </div>
            <div className="field">
              <label htmlFor="share-role">As</label>
              <select id="share-role" value={role} onChange={(e) => setRole(e.target.value as Exclude<Role, 'owner'>)}>
                {SHAREABLE.map((r) => (
                  <option key={r} value={r}>{ROLE_TEXT[r]}</option>
                ))}
              </select>
            </div>
          </div>
          <div>
            <button type="submit">Share</button>
          </div>
        </form>
      ) : (
        <p className="muted">Only the owner can share {subject.name} with others.</p>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {done && <p role="status">{done}</p>}
    </section>
  );
}

/** A new password for the signed-in account; other sign-ins end. Not for the desktop's own account, which has none. */
export function PasswordCard() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    if (next !== again) return setError('The two new passwords differ.');
    try {
      await client.call('auth.password', { current_password: current, new_password: next });
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="password-title" style={{ maxWidth: 520 }}>
      <h2 id="password-title" style={{ marginTop: 0 }}>Password</h2>
      <div className="field">
        <label htmlFor="pw-current">Current password</label>
        <input id="pw-current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="pw-new">New password (at least 8 characters)</label>
        <input id="pw-new" type="password" autoComplete="new-password" minLength={8} value={next} onChange={(e) => setNext(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="pw-again">New password again</label>
        <input id="pw-again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {done && <p role="status">Password changed. Other sign-ins of this account have ended.</p>}
      <div>
        <button type="submit">Change password</button>
      </div>
    </form>
  );
}
