import { useEffect, useState, type FormEvent } from 'react';
import type { Subject, SubjectKind } from '../../../../api/schemas';
import { client } from '../../client';
import { LatestValues } from '../metric/latest-values';

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
              <h2 style={{ margin: 0 }}>{s.name}</h2>
              <p className="muted" style={{ margin: 0 }}>{kindLabel[s.kind]} · {s.role}</p>
              <LatestValues subjectId={s.id} />
              <a href={`#/${s.kind === 'general' ? 'devices' : s.kind === 'parkinson' ? 'tremor' : s.kind}`} onClick={() => onOpen(s.id)}>Open</a>
            </article>
          ))}
        </div>
      )}
      <AddSubject onAdded={reloadSubjects} />
    </section>
  );
}

const kindLabel: Record<SubjectKind, string> = { diabetes: 'Diabetes', baby: 'Baby', parkinson: "Parkinson's", general: 'General' };

function AddSubject({ onAdded }: { onAdded: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SubjectKind>('diabetes');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await client.call('subjects.create', { name, kind });
      setName('');
      await onAdded();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-title" style={{ marginTop: 24, maxWidth: 520 }}>
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

export function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(t);
  }, [periodMs]);
  return now;
}
