import { useState, type FormEvent } from 'react';
import { client } from '../../client';
import { displayOffsetMin, fmtTime } from '../../app/time-format';

type Kind = 'meal' | 'insulin' | 'activity' | 'note';

/** "YYYY-MM-DDTHH:MM" in the display zone, for a datetime-local input. */
function localInput(t: number): string {
  const d = new Date(t + displayOffsetMin(t) * 60_000);
  return d.toISOString().slice(0, 16);
}

/** Logs a meal, insulin, activity or a note through `events.create`; the charts show it. */
export function LogForm({ subjectId, onLogged }: { subjectId: string; onLogged: () => void }) {
  const [kind, setKind] = useState<Kind>('meal');
  const [at, setAt] = useState(() => localInput(Date.now()));
  const [carbs, setCarbs] = useState('');
  const [description, setDescription] = useState('');
  const [absorption, setAbsorption] = useState('');
  const [units, setUnits] = useState('');
  const [insulinKind, setInsulinKind] = useState<'bolus' | 'basal'>('bolus');
  const [activity, setActivity] = useState('');
  const [minutes, setMinutes] = useState('');
  const [intensity, setIntensity] = useState('moderate');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    // The field's wall time is in the display zone: read it as UTC, then take that zone's offset off.
    const wall = Date.parse(`${at}Z`);
    if (Number.isNaN(wall)) return setStatus({ ok: false, message: 'Enter when it happened.' });
    const t = wall - displayOffsetMin(wall - displayOffsetMin(wall) * 60_000) * 60_000;
    let data: Record<string, unknown>;
    switch (kind) {
      case 'meal':
        // Its own absorption time for the dose suggestion's carbs on board (a slow meal, a fast snack); else the person's default.
        data = { ...(carbs !== '' ? { carbs_g: Number(carbs) } : {}), ...(description ? { description } : {}), ...(absorption !== '' ? { absorption_min: Number(absorption) } : {}) };
        break;
      case 'insulin':
        data = { units: Number(units), kind: insulinKind };
        break;
      case 'activity':
        data = { ...(activity ? { kind: activity } : {}), ...(minutes !== '' ? { duration_min: Number(minutes) } : {}), intensity };
        break;
      case 'note':
        data = { text };
        break;
      default: {
        const never: never = kind;
        return never;
      }
    }
    try {
      await client.call('events.create', { subject_id: subjectId, event: { type: kind, t: new Date(t).toISOString(), data } });
      setStatus({ ok: true, message: `${kind[0]!.toUpperCase()}${kind.slice(1)} logged at ${fmtTime(t)}.` });
      setCarbs('');
      setDescription('');
      setAbsorption('');
      setUnits('');
      setMinutes('');
      setText('');
      onLogged();
    } catch (err) {
      setStatus({ ok: false, message: (err as Error).message });
    }
  };

  return (
    <form className="dm-form" onSubmit={(e) => void submit(e)} aria-labelledby="log-title">
      <h2 id="log-title">Log</h2>
      <div className="dm-body">
        <div className="seg" role="group" aria-label="What to log" style={{ marginBottom: 12 }}>
          {(['meal', 'insulin', 'activity', 'note'] as const).map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k === 'meal' ? 'Meal' : k === 'insulin' ? 'Insulin' : k === 'activity' ? 'Activity' : 'Note'}
            </button>
          ))}
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="log-time">When</label>
            <input id="log-time" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
          </div>
          {kind === 'meal' && (
            <>
              <div className="field">
                <label htmlFor="log-carbs">Carbohydrate (g)</label>
                <input id="log-carbs" type="number" min={0} max={500} step={1} value={carbs} onChange={(e) => setCarbs(e.target.value)} required />
              </div>
              <div className="field">
                <label htmlFor="log-desc">What (optional)</label>
                <input id="log-desc" value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="log-absorption">Absorbed over (minutes, optional)</label>
                <input id="log-absorption" type="number" step={1} value={absorption} onChange={(e) => setAbsorption(e.target.value)} />
              </div>
            </>
          )}
          {kind === 'insulin' && (
            <>
              <div className="field">
                <label htmlFor="log-units">Units</label>
                <input id="log-units" type="number" min={0.05} max={100} step={0.05} value={units} onChange={(e) => setUnits(e.target.value)} required />
              </div>
              <div className="field">
                <label htmlFor="log-insulin-kind">Type</label>
                <select id="log-insulin-kind" value={insulinKind} onChange={(e) => setInsulinKind(e.target.value as 'bolus' | 'basal')}>
                  <option value="bolus">Bolus (meal / correction)</option>
                  <option value="basal">Basal (long-acting)</option>
                </select>
              </div>
            </>
          )}
          {kind === 'activity' && (
            <>
              <div className="field">
                <label htmlFor="log-activity">Activity</label>
                <input id="log-activity" value={activity} maxLength={100} placeholder="walk, run, cycling…" onChange={(e) => setActivity(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="log-minutes">Minutes</label>
                <input id="log-minutes" type="number" min={0} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
              </div>
              <div className="field">
                <label htmlFor="log-intensity">Intensity</label>
                <select id="log-intensity" value={intensity} onChange={(e) => setIntensity(e.target.value)}>
                  <option value="low">Low</option>
                  <option value="moderate">Moderate</option>
                  <option value="high">High</option>
                </select>
              </div>
            </>
          )}
          {kind === 'note' && (
            <div className="field" style={{ flexBasis: '100%' }}>
              <label htmlFor="log-note">Note</label>
              <input id="log-note" value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} required />
            </div>
          )}
        </div>
        <button className="primary" type="submit">Log {kind}</button>
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'dm-ok' : 'error'} style={{ margin: '8px 0 0' }}>
            {status.message}
          </p>
        )}
      </div>
    </form>
  );
}
