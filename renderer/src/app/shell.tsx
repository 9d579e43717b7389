import { useEffect, useState } from 'react';
import type { Profile, Subject } from '../../../api/schemas';
import { client } from '../client';
import { ROUTES, useRoute } from './route';
import type { Prefs } from './prefs';
import { Home } from '../features/home/home';
import { AlertsScreen } from '../features/alerts/alerts';
import { AlertOverlay } from '../features/alerts/overlay';
import { KioskScreen } from '../features/kiosk/kiosk';
import { ThresholdsScreen } from '../features/thresholds/thresholds';
import { DevicesScreen } from '../features/devices/devices';
import { SettingsScreen } from '../features/settings/settings';
import { TremorScreen } from '../features/tremor/tremor-screen';
import { ReportsRoute } from '../features/reports/report-route';
import { BabyScreen } from '../features/baby/baby-screen';
import { DiabetesScreen } from '../features/diabetes/diabetes-screen';

export interface ShellProps {
  user: Profile;
  /** The profile as just saved (Settings): the name and unit show everywhere at once. */
  onProfile: (p: Profile) => void;
  subjects: Subject[];
  reloadSubjects: () => Promise<void>;
  prefs: Prefs;
  setPrefs: (p: Partial<Prefs>) => void;
  onSignOut: () => Promise<void>;
}

const SUBJECT_KEY = 'tend.subject';

/** The app shell: subject switcher, navigation to each domain, alert badge, settings. */
export function Shell(props: ShellProps) {
  const route = useRoute();
  const [subjectId, setSubjectId] = useState<string | null>(() => window.localStorage.getItem(SUBJECT_KEY));
  const [openAlerts, setOpenAlerts] = useState(0);
  const subject = props.subjects.find((s) => s.id === subjectId) ?? props.subjects[0] ?? null;

  useEffect(() => {
    if (subject) window.localStorage.setItem(SUBJECT_KEY, subject.id);
  }, [subject]);

  useEffect(() => {
    const refresh = () => void client.call('alerts.list', { state: 'open' }).then((r) => setOpenAlerts(r.items.length)).catch(() => undefined);
    refresh();
    return client.subscribe((ev) => {
      if (ev.type.startsWith('alert.')) refresh();
    });
  }, []);

  const screen = (() => {
    switch (route) {
      case 'home':
        return <Home subjects={props.subjects} reloadSubjects={props.reloadSubjects} onOpen={setSubjectId} />;
      case 'alerts':
        return <AlertsScreen subjects={props.subjects} />;
      case 'thresholds':
        return <ThresholdsScreen subjects={props.subjects} subject={subject} />;
      case 'kiosk':
        return <KioskScreen prefs={props.prefs} />;
      case 'devices':
        return <DevicesScreen subject={subject} />;
      case 'settings':
        return <SettingsScreen prefs={props.prefs} setPrefs={props.setPrefs} user={props.user} onProfile={props.onProfile} subject={subject} reloadSubjects={props.reloadSubjects} />;
      case 'diabetes':
        return <DiabetesScreen subject={subject} prefs={props.prefs} setPrefs={props.setPrefs} />;
      case 'baby':
        return <BabyScreen subject={subject} reloadSubjects={props.reloadSubjects} />;
      case 'tremor':
        return <TremorScreen subject={subject} />;
      case 'report':
        return <ReportsRoute subject={subject} />;
      default: {
        const never: never = route;
        return never;
      }
    }
  })();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <AlertOverlay />
      <header className="topbar">
        <span className="brand">Tend</span>
        <label htmlFor="subject-switcher" className="muted" style={{ margin: 0 }}>Watching</label>
        <select id="subject-switcher" title={subject ? subject.name : undefined} value={subject?.id ?? ''} onChange={(e) => setSubjectId(e.target.value)} disabled={!props.subjects.length}>
          {props.subjects.length === 0 && <option value="">No one yet</option>}
          {props.subjects.map((s) => (
            <option key={s.id} value={s.id}>{s.name} ({s.kind})</option>
          ))}
        </select>
        <a href="#/alerts" aria-label={`Open alerts: ${openAlerts}`} className="row" style={{ gap: 4 }}>
          Alerts <span className={`badge ${openAlerts ? 'high' : ''}`} data-testid="alert-badge">{openAlerts}</span>
        </a>
        <span className="muted">{props.user.name}</span>
        <button type="button" onClick={() => void props.onSignOut()}>Sign out</button>
      </header>
      <nav className="nav" aria-label="Main">
        <ul>
          {ROUTES.map((r) => (
            <li key={r.path}>
              <a href={`#/${r.path}`} aria-current={route === r.path ? 'page' : undefined}>{r.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>{screen}</main>
    </div>
  );
}
