import { useState } from 'react';
import type { Profile, Subject } from '../../../../api/schemas';
import { client } from '../../client';
import type { Prefs } from '../../app/prefs';
import { BackupStatusCard } from './backup-status';
import { ProfileCard } from './profile';
import { PasswordCard, SharingCard } from './sharing';
import { SyncStatusCard } from './sync-status';
import { RawRetentionCard } from '../tremor/raw-retention-card';

/**
 * Display settings for this machine (theme, text size), glucose units and the profile
 * (kept with the account), who can see the current person and how long their raw wrist
 * samples are kept, the account's password, and how sync and backups stand.
 */
export function SettingsScreen({ prefs, setPrefs, user, onProfile, subject, reloadSubjects }: { prefs: Prefs; setPrefs: (p: Partial<Prefs>) => void; user: Profile; onProfile: (p: Profile) => void; subject: Subject | null; reloadSubjects: () => Promise<void> }) {
  const [unitError, setUnitError] = useState<string | null>(null);
  const setUnit = (unit: Prefs['glucoseUnit']) => {
    setPrefs({ glucoseUnit: unit });
    setUnitError(null);
    // Kept with the account too, so the next computer they sign in on shows the same unit.
    client.call('auth.update', { glucose_unit: unit }).then(onProfile, (e: Error) => setUnitError(`Shown here, but not saved with your account: ${e.message}`));
  };
  return (
    <section aria-labelledby="settings-title" className="stack">
      <h1 id="settings-title">Settings</h1>
      <p className="muted">Signed in as {user.name} ({user.email}).</p>
      <div className="card stack" style={{ maxWidth: 520 }}>
        <div className="field">
          <label htmlFor="pref-theme">Theme</label>
          <select id="pref-theme" value={prefs.theme} onChange={(e) => setPrefs({ theme: e.target.value as Prefs['theme'] })}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pref-text">Text size</label>
          <select id="pref-text" value={prefs.text} onChange={(e) => setPrefs({ text: e.target.value as Prefs['text'] })}>
            <option value="normal">Normal</option>
            <option value="large">Large</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pref-glucose">Glucose units</label>
          <select id="pref-glucose" value={prefs.glucoseUnit} onChange={(e) => setUnit(e.target.value as Prefs['glucoseUnit'])}>
            <option value="mg/dL">mg/dL</option>
            <option value="mmol/L">mmol/L</option>
          </select>
        </div>
        {unitError && <p className="error" role="alert">{unitError}</p>}
      </div>
      <ProfileCard key={user.id} user={user} onSaved={onProfile} />
      {subject && <SharingCard subject={subject} user={user} onLeft={reloadSubjects} />}
      {subject && <RawRetentionCard key={subject.id} subject={subject} />}
      {/* The desktop's own account signs in through the computer's session and has no password. */}
      {!user.email.endsWith('@local.tend') && <PasswordCard />}
      <SyncStatusCard />
      <BackupStatusCard />
    </section>
  );
}
