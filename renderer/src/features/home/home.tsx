import { useState, type FormEvent } from 'react';
import { MAX_APP_SIM_DAYS, SIM_PATIENTS, type SimulatedPerson } from '../../../../api/diabetes';
import type { Subject, SubjectKind } from '../../../../api/schemas';
import { client } from '../../client';
import { LatestValues } from '../metric/latest-values';
import { staleAfterMin } from '../metric/freshness';

/** The overview: everyone this install watches, their latest values, and adding someone. */
export function Home({ subjects, reloadSubjects, onOpen }: { subjects: Subject[]; reloadSubjects: () => Promise<void>; onOpen: (id: string) => void }) {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Overview</h1>
      {subjects.length === 0 ? (
        <p>No one is being watched yet. Add a person below to start.</p>
      ) : (
        <div className="grid">
          {subjects.map((s) => (
            <article key={s.id} className="card stack" aria-label={s.name}>
              <h2 style={{ margin: 0 }} className="truncate" title={s.name}>{s.name}</h2>
              <p className="muted" style={{ margin: 0 }}>{kindLabel[s.kind]} · {s.role}</p>
              <LatestValues subjectId={s.id} staleAfterMin={staleAfterMin(s.settings)} />
              <a href={`#/${s.kind === 'general' ? 'devices' : s.kind === 'parkinson' ? 'tremor' : s.kind}`} onClick={() => onOpen(s.id)}>Open</a>
            </article>
          ))}
        </div>
      )}
      <AddSubject
        onAdded={async (id) => {
          await reloadSubjects();
          // The person just added is the one about to be set up: switch to them (#19).
          onOpen(id);
        }}
      />
      <VirtualPatient
        onCreated={async (id) => {
          await reloadSubjects();
          onOpen(id);
        }}
      />
    </section>
  );
}

const kindLabel: Record<SubjectKind, string> = { diabetes: 'Diabetes', baby: 'Baby', parkinson: "Parkinson's", general: 'General' };

function AddSubject({ onAdded }: { onAdded: (id: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SubjectKind>('diabetes');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const added = await client.call('subjects.create', { name, kind });
      setName('');
      await onAdded(added.id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="add-title" style={{ marginTop: 24, maxWidth: 520 }}>
      <h2 id="add-title" style={{ marginTop: 0 }}>Watch someone new</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="subject-name">Name</label>
          <input id="subject-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="subject-kind">What for</label>
          <select id="subject-kind" value={kind} onChange={(e) => setKind(e.target.value as SubjectKind)}>
            {(Object.keys(kindLabel) as SubjectKind[]).map((k) => (
              <option key={k} value={k}>{kindLabel[k]}</option>
            ))}
          </select>
        </div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="primary" type="submit">Add</button>
    </form>
  );
}

const GROUPS: Array<{ label: string; prefix: string }> = [
  { label: 'Adults', prefix: 'adult#' },
  { label: 'Adolescents', prefix: 'adolescent#' },
  { label: 'Children', prefix: 'child#' },
];

/**
 * "Try Tend with a virtual patient": a new person filled with the UVA/Padova simulator's
 * CGM readings, meals and insulin (`diabetes.simulate`, as `tend simulate diabetes`), so
 * the dashboard, reports and dose panel can be tried without a sensor. Always a new
 * person: simulated data never join someone's real record.
 */
function VirtualPatient({ onCreated }: { onCreated: (id: string) => Promise<void> }) {
  const [patient, setPatient] = useState('adult#001');
  const [days, setDays] = useState(String(MAX_APP_SIM_DAYS));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SimulatedPerson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > MAX_APP_SIM_DAYS) return setError(`Days: a whole number from 1 to ${MAX_APP_SIM_DAYS}.`);
    setBusy(true);
    try {
      const r = await client.call('diabetes.simulate', { patient, days: n });
      setDone(r);
      await onCreated(r.subject.id);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="sim-title" style={{ marginTop: 24, maxWidth: 520 }}>
      <h2 id="sim-title" style={{ marginTop: 0 }}>Try Tend with a virtual patient</h2>
      <p className="muted" style={{ margin: 0 }}>
        Adds a new person with simulated type 1 diabetes data (the UVA/Padova simulator: CGM readings, meals and insulin up to
        today). A model, not a person: for trying Tend, never for treatment decisions.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor="sim-patient">Virtual patient</label>
          <select id="sim-patient" value={patient} onChange={(e) => setPatient(e.target.value)}>
            {GROUPS.map((g) => (
              <optgroup key={g.prefix} label={g.label}>
                {SIM_PATIENTS.filter((p) => p.startsWith(g.prefix)).map((p) => (
                  <option key={p} value={p}>{p}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sim-days">Days</label>
          <input id="sim-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-describedby="sim-days-hint" />
          <span id="sim-days-hint" className="muted">1–{MAX_APP_SIM_DAYS}</span>
        </div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {done && (
        <p role="status">
          Added {done.subject.name}: {done.readings.toLocaleString()} readings, {done.meals} meals and {done.insulin} insulin entries.{' '}
          <a href="#/diabetes">Open it on the Diabetes screen</a>
        </p>
      )}
      <div>
        <button type="submit" disabled={busy}>{busy ? 'Simulating…' : 'Add virtual patient'}</button>
      </div>
    </form>
  );
}
