import { useState, type FormEvent } from 'react';
import type { User } from '../../../api/schemas';
import { client, session } from '../client';

/** Sign in (or create the first account) when the app is opened through the hub. */
export function Login({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'register') await client.call('auth.register', { email, password, name });
      const out = await client.call('auth.login', { email, password });
      session.set(out.access_token);
      onSignedIn(out.user);
    } catch (err) {
      // Registration answers a taken e-mail like a new one (nobody learns who has an
      // account), so the sign-in right after it is where an existing account shows.
      if (mode === 'register' && (err as { code?: string }).code === 'unauthorized') {
        setError('This e-mail may already have an account here: sign in with its password, or ask whoever runs this Tend to reset it.');
      } else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="center-page">
      <main className="card login" aria-labelledby="login-title">
        <h1 id="login-title">{mode === 'login' ? 'Sign in to Tend' : 'Create your Tend account'}</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          {mode === 'register' && (
            <div className="field">
              <label htmlFor="name">Your name</label>
              <input id="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
            </div>
          )}
          <div className="field">
            <label htmlFor="email">E-mail</label>
            <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input id="password" type="password" autoComplete={mode === 'login' ? 'current-password' : 'new-password'} value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} />
          </div>
          {error && <p className="error" role="alert">{error}</p>}
          <div className="row">
            <button className="primary" type="submit" disabled={busy}>{mode === 'login' ? 'Sign in' : 'Create account'}</button>
            <button type="button" onClick={() => setMode(mode === 'login' ? 'register' : 'login')}>
              {mode === 'login' ? 'Create an account instead' : 'I have an account'}
            </button>
          </div>
        </form>
        <p className="muted">Everything stays on this computer. Nothing is sent to a cloud.</p>
      </main>
    </div>
  );
}
