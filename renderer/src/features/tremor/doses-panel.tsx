import { useState, type FormEvent } from 'react';
import type { Dose } from '../../../../api/tremor';
import { client } from '../../client';
import { clockOn, instantAt } from './format';

const DRUGS = ['levodopa/carbidopa', 'levodopa/benserazide', 'pramipexole', 'ropinirole', 'rasagiline', 'amantadine', 'other'];

/** Log doses for the shown day (time + drug + optional mg) and remove mistaken ones. */
export function DosesPanel({ subjectId, date, zone, doses, onChanged }: { subjectId: string; date: string; zone: string; doses: Dose[]; onChanged: () => void }) {
  const [time, setTime] = useState('08:00');
  const [drug, setDrug] = useState(DRUGS[0]!);
  const [mg, setMg] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      // The time on the day's wall clock in the account's zone, at that time's own offset.
      const t = new Date(instantAt(zone, date, time)).toISOString();
      const dose_mg = mg.trim() === '' ? undefined : Number(mg);
      if (dose_mg !== undefined && !(dose_mg >= 0)) throw new Error('dose must be a number of mg');
      await client.call('tremor.doses.create', { subject_id: subjectId, t, drug, ...(dose_mg !== undefined ? { dose_mg } : {}) });
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const remove = async (id: string) => {
    await client.call('tremor.doses.delete', { subject_id: subjectId, id });
    onChanged();
  };

  return (
    <section className="card stack" aria-labelledby="doses-title">
      <h2 id="doses-title" style={{ margin: 0 }}>Doses on {date}</h2>
      <form className="row" onSubmit={(e) => void add(e)}>
        <div className="field">
          <label htmlFor="dose-time">Time</label>
          <input id="dose-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="dose-drug">Drug</label>
          <select id="dose-drug" value={drug} onChange={(e) => setDrug(e.target.value)}>
            {DRUGS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dose-mg">Dose, mg (optional)</label>
          <input id="dose-mg" inputMode="decimal" value={mg} onChange={(e) => setMg(e.target.value)} style={{ minWidth: '6rem', width: '6rem' }} />
        </div>
        <button type="submit" className="primary">Log dose</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {doses.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>No doses logged for this day.</p>
      ) : (
        <ul aria-label="Doses" style={{ margin: 0, paddingLeft: '1.2em' }}>
          {doses.map((d) => (
            <li key={d.id}>
              {clockOn({ zone }, d.t)} {d.drug}{d.dose_mg !== null ? ` ${d.dose_mg} mg` : ''}{' '}
              <button type="button" onClick={() => void remove(d.id)} aria-label={`Remove the ${clockOn({ zone }, d.t)} dose`}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
