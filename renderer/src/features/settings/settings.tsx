import type { Subject, User } from '../../../../api/schemas';
import type { Prefs } from '../../app/prefs';
import { BackupStatusCard } from './backup-status';
import { PasswordCard, SharingCard } from './sharing';
import { SyncStatusCard } from './sync-status';

/**
 * Display settings for this machine (theme, text size, glucose units), who can see the
 * current person, the account's password, and how sync and backups stand.
 */
export function SettingsScreen({ prefs, setPrefs, user, subject, reloadSubjects }: { prefs: Prefs; setPrefs: (p: Partial<Prefs>) => void; user: User; subject: Subject | null; reloadSubjects: () => Promise<void> }) {
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
          <select id="pref-glucose" value={prefs.glucoseUnit} onChange={(e) => setPrefs({ glucoseUnit: e.target.value as Prefs['glucoseUnit'] })}>
            <option value="mg/dL">mg/dL</option>
            <option value="mmol/L">mmol/L</option>
          </select>
        </div>
      </div>
      {subject && <SharingCard subject={subject} user={user} onLeft={reloadSubjects} />}
      {/* The desktop's own account signs in through the computer's session and has no password. */}
      {!user.email.endsWith('@local.tend') && <PasswordCard />}
      <SyncStatusCard />
      <BackupStatusCard />
    </section>
  );
}
