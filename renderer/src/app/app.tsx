import { useCallback, useEffect, useState } from 'react';
import type { Profile, Subject } from '../../../api/schemas';
import { client, session } from '../client';
import { Login } from './login';
import { Shell } from './shell';
import { usePrefs } from './prefs';
import { setDisplayZone } from './time-format';

/** How often a hub sign-in is renewed while the app runs (a token lasts 12 hours). */
const RENEW_EVERY_MS = 60 * 60_000;

/** Signs in (IPC: the OS session already did; hub: a token), then shows the shell. */
export function App() {
  const [user, setUser] = useState<Profile | null>(null);
  const [checked, setChecked] = useState(false);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [prefs, setPrefs] = usePrefs();

  // The unit kept with the account wins over this computer's; none chosen yet leaves this computer's as it was.
  const applyProfile = useCallback(
    (p: Profile) => {
      // Before the screens render with it: every date and time they show is in this zone.
      setDisplayZone(p.time_zone);
      setUser(p);
      if (p.glucose_unit) setPrefs({ glucoseUnit: p.glucose_unit });
    },
    [setPrefs],
  );

  useEffect(() => {
    const tried = session.get();
    client
      .call('auth.me', {})
      .then(applyProfile)
      // Forget the token only if it is still the one that failed (another tab may have signed in).
      .catch(() => session.get() === tried && session.set(null))
      .finally(() => setChecked(true));
    // Once, at start (applyProfile is a new function every render).
  }, []);

  const reloadSubjects = useCallback(async () => {
    setSubjects(await client.call('subjects.list', {}));
  }, []);
  useEffect(() => {
    if (user) void reloadSubjects();
  }, [user, reloadSubjects]);

  // A hub sign-in lasts 12 hours; a screen left watching (a nursery laptop overnight, a
  // ward's board) renews it every hour while it runs, so it is never signed out mid-watch.
  useEffect(() => {
    if (!user || client.kind !== 'http') return;
    const renew = () =>
      void client.call('auth.renew', {}).then(
        (r) => session.set(r.access_token),
        () => undefined,
      );
    const t = setInterval(renew, RENEW_EVERY_MS);
    return () => clearInterval(t);
  }, [user]);

  if (!checked) return <p className="center-page" role="status">Loading…</p>;
  if (!user) return <Login onSignedIn={() => void client.call('auth.me', {}).then(applyProfile, () => session.set(null))} />;
  return (
    <Shell
      user={user}
      onProfile={applyProfile}
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
