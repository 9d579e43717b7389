import { useCallback, useEffect, useState } from 'react';
import type { Subject, User } from '../../../api/schemas';
import { client, session } from '../client';
import { Login } from './login';
import { Shell } from './shell';
import { usePrefs } from './prefs';

/** Signs in (IPC: the OS session already did; hub: a token), then shows the shell. */
export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [checked, setChecked] = useState(false);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [prefs, setPrefs] = usePrefs();

  useEffect(() => {
    const tried = session.get();
    client
      .call('auth.me', {})
      .then(setUser)
      // Forget the token only if it is still the one that failed (another tab may have signed in).
      .catch(() => session.get() === tried && session.set(null))
      .finally(() => setChecked(true));
  }, []);

  const reloadSubjects = useCallback(async () => {
    setSubjects(await client.call('subjects.list', {}));
  }, []);
  useEffect(() => {
    if (user) void reloadSubjects();
  }, [user, reloadSubjects]);

  if (!checked) return <p className="center-page" role="status">Loading…</p>;
  if (!user) return <Login onSignedIn={setUser} />;
  return (
    <Shell
      user={user}
      subjects={subjects}
      reloadSubjects={reloadSubjects}
      prefs={prefs}
      setPrefs={setPrefs}
      onSignOut={async () => {
        await client.call('auth.logout', {}).catch(() => undefined);
        session.set(null);
        setUser(null);
      }}
    />
  );
}
