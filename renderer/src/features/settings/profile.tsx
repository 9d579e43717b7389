import { useState, type FormEvent } from 'react';
import { LOCAL_EMAIL_DOMAIN, type Profile } from '../../../../api/schemas';
import { client } from '../../client';

/** IANA zones this browser knows, offered while typing (the hub checks the name all the same). */
const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

/**
 * The signed-in person's own account (Settings): name, e-mail and time zone, saved with
 * the account so every computer they sign in on shows the same. A new e-mail asks for the
 * current password, as the hub does; the computer's own account keeps its address.
 */
export function ProfileCard({ user, onSaved }: { user: Profile; onSaved: (p: Profile) => void }) {
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [zone, setZone] = useState(user.time_zone ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const local = user.email.endsWith(LOCAL_EMAIL_DOMAIN);
  const newEmail = email.trim().toLowerCase() !== user.email;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      const saved = await client.call('auth.update', {
        name,
        time_zone: zone.trim() === '' ? null : zone.trim(),
        ...(newEmail ? { email, current_password: password } : {}),
      });
      setPassword('');
      setEmail(saved.email);
      setName(saved.name);
      setDone(true);
      onSaved(saved);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="profile-title" style={{ maxWidth: 520 }}>
      <h2 id="profile-title" style={{ marginTop: 0 }}>Your profile</h2>
      <div className="field">
        <label htmlFor="profile-name">Name</label>
        <input id="profile-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="profile-email">E-mail{local ? ' (this computer’s own account keeps its address)' : ''}</label>
        <input id="profile-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} readOnly={local} required />
      </div>
      {newEmail && !local && (
        <div className="field">
          <label htmlFor="profile-password">Current password (needed to change the e-mail)</label>
          <input id="profile-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
      )}
      <div className="field">
        <label htmlFor="profile-zone">Time zone (empty: follow this computer, {Intl.DateTimeFormat().resolvedOptions().timeZone})</label>
        <input id="profile-zone" list="profile-zones" placeholder="Europe/Lisbon" value={zone} onChange={(e) => setZone(e.target.value)} />
        <datalist id="profile-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {done && <p role="status">Profile saved.</p>}
      <div>
        <button type="submit">Save profile</button>
      </div>
    </form>
  );
}
