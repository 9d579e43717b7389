import { useEffect, useState, type FormEvent } from 'react';
import type { DoseSuggestion, DosingStatus, PastSuggestion } from '../../../../api/dosing';
import { client } from '../../client';
import { fmtFactor, fmtUnits, glucoseInput, reasonText, rowsOf, settingOf, settingsError, settingsLine, warningText, type Rows } from './dose-format';
import { fmtGlucose, type GlucoseUnit } from './glucose';
import { displayZone, fmtDate, fmtStamp, fmtTime } from '../../app/time-format';

const STEPS = [0.05, 0.1, 0.5, 1] as const;

/**
 * One of the settings a pump keeps by time of day: a single value, or entries each
 * starting at a time (the first at 00:00). The first value input carries the label.
 */
function ScheduleField({ id, label, rows, setRows }: { id: string; label: string; rows: Rows; setRows: (r: Rows) => void }) {
  const put = (i: number, patch: Partial<Rows[number]>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="dose-schedule">
      <legend className="visually-hidden">{label}</legend>
      <label htmlFor={id}>{label}</label>
      {rows.map((r, i) => (
        <div className={rows.length > 1 ? 'dose-schedule-row' : 'dose-schedule-one'} key={i}>
          {rows.length > 1 &&
            (i === 0 ? (
              <span className="muted">from 00:00</span>
            ) : (
              <input type="time" aria-label={`${label}: entry ${i + 1} starts at`} value={r.from} onChange={(e) => put(i, { from: e.target.value })} required />
            ))}
          <input id={i === 0 ? id : undefined} aria-label={i === 0 ? undefined : `${label} from ${r.from}`} type="number" step="any" value={r.text} onChange={(e) => put(i, { text: e.target.value })} required />
          {rows.length > 1 && (i > 0 ? <button type="button" className="link" onClick={() => setRows(rows.filter((_, k) => k !== i))}>Remove {r.from}</button> : <span />)}
        </div>
      ))}
      <button type="button" className="link" onClick={() => setRows([...rows, { from: nextFrom(rows), text: rows.at(-1)!.text }])}>
        {rows.length === 1 ? `Set ${label.replace(/ \(.*/, '').toLowerCase()} by time of day` : 'Add a time'}
      </button>
    </fieldset>
  );
}

/** A start time after the last one (six hours on, at most 23:00), for a new entry to edit. */
function nextFrom(rows: Rows): string {
  const [h] = rows.at(-1)!.from.split(':').map(Number);
  return `${String(Math.min(23, (h ?? 0) + 6)).padStart(2, '0')}:00`;
}

/** The person's own insulin settings, entered whole; nothing is pre-filled with a guess. */
function SettingsForm({ subjectId, unit, current, onSaved, onCancel }: { subjectId: string; unit: GlucoseUnit; current: DosingStatus['settings']; onSaved: (s: DosingStatus) => void; onCancel: (() => void) | null }) {
  const empty: Rows = [{ from: '00:00', text: '' }];
  const [ratio, setRatio] = useState<Rows>(current ? rowsOf(current.carb_ratio_g_per_u, String) : empty);
  const [isf, setIsf] = useState<Rows>(current ? rowsOf(current.isf_mg_dl_per_u, (n) => fmtFactor(n, unit)) : empty);
  const [target, setTarget] = useState<Rows>(current ? rowsOf(current.target_mg_dl, (n) => fmtGlucose(n, unit)) : empty);
  const [timeZone, setTimeZone] = useState(current?.time_zone ?? displayZone());
  const [duration, setDuration] = useState(current ? String(current.insulin_duration_h) : '');
  const [maxBolus, setMaxBolus] = useState(current ? String(current.max_bolus_u) : '');
  const [step, setStep] = useState<(typeof STEPS)[number]>(current?.dose_step_u ?? 0.5);
  const [peak, setPeak] = useState(String(current?.insulin_peak_min ?? 75));
  const [absorption, setAbsorption] = useState(String(current?.carb_absorption_h ?? 3));
  const [exercisePct, setExercisePct] = useState(current?.exercise_reduction_pct !== undefined ? String(current.exercise_reduction_pct) : '');
  const [exerciseH, setExerciseH] = useState(current?.exercise_window_h !== undefined ? String(current.exercise_window_h) : '');
  const [error, setError] = useState<string | null>(null);
  const scheduled = [ratio, isf, target].some((r) => r.length > 1);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const out = await client.call('diabetes.dosing.put', {
        subject_id: subjectId,
        settings: {
          carb_ratio_g_per_u: settingOf(ratio, (t) => (t.trim() === '' ? null : Number(t))),
          isf_mg_dl_per_u: settingOf(isf, (t) => glucoseInput(t, unit)),
          target_mg_dl: settingOf(target, (t) => glucoseInput(t, unit)),
          ...(scheduled ? { time_zone: timeZone } : {}),
          insulin_duration_h: Number(duration),
          max_bolus_u: Number(maxBolus),
          dose_step_u: step,
          insulin_peak_min: Number(peak),
          carb_absorption_h: Number(absorption),
          // Empty means "no reduction": both left out, so the core can name a half-entered pair.
          ...(exercisePct.trim() !== '' ? { exercise_reduction_pct: Number(exercisePct) } : {}),
          ...(exerciseH.trim() !== '' ? { exercise_window_h: Number(exerciseH) } : {}),
        },
      });
      onSaved(out);
    } catch (err) {
      setError(settingsError(err as Error & { field?: string }, unit));
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} aria-label="Insulin settings" className="dose-settings">
      <p className="muted" style={{ marginTop: 0 }}>Enter the settings your diabetes team gave you. Tend never guesses them, and suggests nothing until all are in.</p>
      <ScheduleField id="dose-ratio" label="Carb ratio (g per unit)" rows={ratio} setRows={setRatio} />
      <ScheduleField id="dose-isf" label={`Correction factor (${unit} per unit)`} rows={isf} setRows={setIsf} />
      <ScheduleField id="dose-target" label={`Target (${unit})`} rows={target} setRows={setTarget} />
      {scheduled && (
        <div className="field"><label htmlFor="dose-tz">Times of day are in the time zone</label><input id="dose-tz" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} required /></div>
      )}
      <div className="row">
        <div className="field"><label htmlFor="dose-duration">Insulin action (hours)</label><input id="dose-duration" type="number" step="any" value={duration} onChange={(e) => setDuration(e.target.value)} required /></div>
        <div className="field"><label htmlFor="dose-max">Maximum bolus (units)</label><input id="dose-max" type="number" step="any" value={maxBolus} onChange={(e) => setMaxBolus(e.target.value)} required /></div>
        <div className="field">
          <label htmlFor="dose-step">Dose step</label>
          <select id="dose-step" value={step} onChange={(e) => setStep(Number(e.target.value) as (typeof STEPS)[number])}>
            {STEPS.map((s) => <option key={s} value={s}>{fmtUnits(s)}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dose-peak">Insulin peak (minutes)</label><input id="dose-peak" type="number" step={1} value={peak} onChange={(e) => setPeak(e.target.value)} required /></div>
      </div>
      <div className="row">
        <div className="field"><label htmlFor="dose-absorption">Meals absorbed over (hours)</label><input id="dose-absorption" type="number" step="any" value={absorption} onChange={(e) => setAbsorption(e.target.value)} required /></div>
        <div className="field"><label htmlFor="dose-exercise-pct">Reduce for exercise by (%, optional)</label><input id="dose-exercise-pct" type="number" step="any" value={exercisePct} onChange={(e) => setExercisePct(e.target.value)} /></div>
        <div className="field"><label htmlFor="dose-exercise-h">when exercise is within (hours before or after)</label><input id="dose-exercise-h" type="number" step="any" value={exerciseH} onChange={(e) => setExerciseH(e.target.value)} /></div>
      </div>
      <button className="primary" type="submit">Save settings</button>{' '}
      {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      {error && <p role="alert" className="error" style={{ margin: '8px 0 0' }}>{error}</p>}
    </form>
  );
}

const hhmm = (iso: string) => fmtTime(iso);

/** The exercise row: what was found near the time asked, and what the person's reduction did. */
function activityText(d: DoseSuggestion): string {
  const a = d.inputs.activity;
  const near = a.exercise.filter((x) => x.in_window);
  const what = near.map((x) => (x.planned ? `planned at ${hhmm(x.t)}` : `${x.kind ?? 'exercise'} at ${hhmm(x.t)}${x.duration_min !== null ? ` for ${x.duration_min} min` : ''}`)).join(', ');
  if (a.reduction_pct === null || a.window_h === null) return near.length ? `${what}: no exercise reduction set, nothing taken off` : 'none logged or planned; no exercise reduction set';
  if (a.applied_pct > 0) return `${what}: ${a.applied_pct} % less (your setting, within ${a.window_h} h)`;
  return `none within ${a.window_h} h; your ${a.reduction_pct} % reduction not applied`;
}

/** A calculated suggestion with every input and step shown, and a deliberate "log it". */
function Suggestion({ d, unit, subjectId, onLogged }: { d: DoseSuggestion; unit: GlucoseUnit; subjectId: string; onLogged: () => void }) {
  const [units, setUnits] = useState(d.units ? String(d.units) : '');
  const [logged, setLogged] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const g = d.inputs.glucose;
  const s = d.inputs.settings;
  const e = d.inputs.in_effect;
  const reason = reasonText(d, unit);
  const cob = d.inputs.carbs_on_board;

  const log = async () => {
    setError(null);
    try {
      const u = Number(units);
      await client.call('events.create', { subject_id: subjectId, event: { type: 'insulin', t: new Date().toISOString(), data: { units: u, kind: 'bolus', source: 'dose-suggestion' } } });
      setLogged(`Logged ${fmtUnits(u)} bolus at ${fmtTime(Date.now())}.`);
      onLogged();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div data-testid="dose-suggestion" className="dose-result">
      <p className="dose-label"><strong>Suggestion, not a prescription</strong></p>
      {d.units !== null && d.status === 'dose' ? (
        <p className="dose-headline">
          <span className="dose-units" data-testid="dose-units">{fmtUnits(d.units)}</span>
          {d.range_units && <span className="muted"> range {d.range_units.lo}–{fmtUnits(d.range_units.hi)} across the uncertainty below</span>}
        </p>
      ) : (
        <p className="dose-headline" data-testid="dose-none"><span className="dose-units">{d.units === 0 ? 'No insulin' : 'No suggestion'}</span></p>
      )}
      {reason && <p role="status">{reason}</p>}
      {d.warnings.length > 0 && (
        <ul className="dose-warnings" aria-label="Before acting on it">
          {d.warnings.map((w) => <li key={w.code}>{warningText(w, d, unit)}</li>)}
        </ul>
      )}
      {d.parts && (
        <table className="dm-table compact" aria-label="How it was calculated">
          <tbody>
            <tr><th scope="row">Carbohydrate</th><td>{d.inputs.carbs_g} g ÷ {e.carb_ratio_g_per_u} g/U</td><td className="dm-value">{fmtUnits(d.parts.carbs_u)}</td></tr>
            {g && <tr><th scope="row">Correction</th><td>({fmtGlucose(g.mg_dl, unit)} − {fmtGlucose(e.target_mg_dl, unit)}) ÷ {fmtFactor(e.isf_mg_dl_per_u, unit)} {unit}/U</td><td className="dm-value">{fmtUnits(d.parts.correction_u)}</td></tr>}
            <tr data-testid="dose-cob-row">
              <th scope="row">Carbs on board</th>
              <td>
                {cob.meals.length === 0
                  ? 'none from logged meals'
                  : `${cob.grams} g still absorbing from ${cob.meals.length} logged meal${cob.meals.length === 1 ? '' : 's'}; ${cob.added_g} g with no bolus counted${cob.added_g > 0 ? ` ÷ ${e.carb_ratio_g_per_u} g/U` : ''}`}
              </td>
              <td className="dm-value">{fmtUnits(d.parts.cob_u)}</td>
            </tr>
            <tr><th scope="row">Insulin on board</th><td>{fmtUnits(d.inputs.insulin_on_board.units)} from {d.inputs.insulin_on_board.doses.length} logged bolus{d.inputs.insulin_on_board.doses.length === 1 ? '' : 'es'}</td><td className="dm-value">−{fmtUnits(d.parts.iob_applied_u)}</td></tr>
            <tr data-testid="dose-activity-row">
              <th scope="row">Exercise</th>
              <td>{activityText(d)}</td>
              <td className="dm-value">−{fmtUnits(d.parts.activity_u)}</td>
            </tr>
            <tr><th scope="row">Total</th><td>{d.capped ? `capped at ${fmtUnits(s.max_bolus_u)}, ` : ''}rounded down to {fmtUnits(s.dose_step_u)} steps</td><td className="dm-value">{fmtUnits(d.parts.total_u)}</td></tr>
          </tbody>
        </table>
      )}
      <ul className="dose-inputs" aria-label="Inputs">
        {e.local_time && <li>Settings for {e.local_time} in {s.time_zone}: 1 U per {e.carb_ratio_g_per_u} g, 1 U lowers {fmtFactor(e.isf_mg_dl_per_u, unit)} {unit}, target {fmtGlucose(e.target_mg_dl, unit, true)}</li>}
        {g && <li>Glucose {fmtGlucose(g.mg_dl, unit, true)} ({g.source === 'cgm' ? `sensor, ${Math.round(g.age_min)} min old` : 'entered'}; could be {fmtGlucose(g.band_mg_dl.lo, unit)}–{fmtGlucose(g.band_mg_dl.hi, unit)})</li>}
        {d.inputs.forecast_30?.source === 'model' && (
          <li>In 30 min, by the forecast model: {fmtGlucose(d.inputs.forecast_30.mg_dl, unit, true)} ({fmtGlucose(d.inputs.forecast_30.lo, unit)}–{fmtGlucose(d.inputs.forecast_30.hi, unit)}, 80 %)</li>
        )}
        {d.inputs.forecast_30?.source === 'model' && d.inputs.forecast_30.made_from && <li data-testid="dose-forecast-inputs">That forecast was made from {d.inputs.forecast_30.made_from}.</li>}
        {d.inputs.trend && <li>In 30 min, by the trend line (what the warnings use): {fmtGlucose(d.inputs.trend.in_30_min_mg_dl, unit, true)} ({fmtGlucose(d.inputs.trend.lo, unit)}–{fmtGlucose(d.inputs.trend.hi, unit)}, 80 %)</li>}
        <li>Carbohydrate {d.inputs.carbs_g} g (counting is often off by a fifth: {d.inputs.carbs_band_g.lo}–{d.inputs.carbs_band_g.hi} g)</li>
        {cob.meals.map((m) => (
          <li key={m.event_id}>
            Meal {m.carbs_g} g at {hhmm(m.t)}: {m.remaining_g} g left of a {Math.round(m.absorption_min)}-minute absorption,{' '}
            {m.counted === 'added' ? 'no bolus logged for it, so counted' : m.counted === 'covered' ? 'its bolus is on board, so not counted again' : 'taken to be the meal entered above, so not counted twice'}
          </li>
        ))}
        {d.inputs.insulin_on_board.doses.map((x) => (
          <li key={x.event_id}>Bolus {fmtUnits(x.units)} at {fmtTime(x.t)}: {fmtUnits(x.remaining_u)} still acting</li>
        ))}
      </ul>
      <p className="dm-note">Carbs on board: {cob.model}.</p>
      <p className="dm-note">{d.note}</p>
      {d.status === 'dose' && (
        <div className="row" style={{ alignItems: 'flex-end' }}>
          <div className="field">
            <label htmlFor="dose-log-units">Units actually taken</label>
            <input id="dose-log-units" type="number" min={0.05} max={100} step={0.05} value={units} onChange={(e) => setUnits(e.target.value)} />
          </div>
          <div className="field"><button type="button" onClick={() => void log()} disabled={!(Number(units) > 0)}>Log this bolus</button></div>
        </div>
      )}
      {logged && <p role="status" className="dm-ok">{logged}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}

/** Bolus calculator on the diabetes dashboard: off until the person's own settings are entered. */
export function DosePanel({ subjectId, unit, version, onLogged }: { subjectId: string; unit: GlucoseUnit; version: number; onLogged: () => void }) {
  const [status, setStatus] = useState<DosingStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [carbs, setCarbs] = useState('');
  const [meter, setMeter] = useState('');
  const [planned, setPlanned] = useState('');
  const [result, setResult] = useState<DoseSuggestion | null>(null);
  const [history, setHistory] = useState<PastSuggestion[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    client.call('diabetes.dosing.get', { subject_id: subjectId }).then((s) => alive && setStatus(s)).catch((e: unknown) => alive && setError((e as Error).message));
    client.call('diabetes.dose.history', { subject_id: subjectId, limit: 20 }).then((h) => alive && setHistory(h.items)).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [subjectId, version, result]);

  const calculate = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    const glucose = meter.trim() === '' ? undefined : glucoseInput(meter, unit);
    if (glucose === null) return setError('Enter the meter reading as a number, or leave it empty to use the sensor.');
    try {
      setResult(
        await client.call('diabetes.dose', {
          subject_id: subjectId,
          carbs_g: carbs.trim() === '' ? 0 : Number(carbs),
          ...(glucose !== undefined ? { glucose_mg_dl: glucose } : {}),
          ...(planned.trim() !== '' ? { planned_exercise_in_min: Number(planned) } : {}),
        }),
      );
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const forget = async () => {
    if (!window.confirm('Forget these insulin settings? Dose suggestions stop until they are entered again.')) return;
    setResult(null);
    setStatus(await client.call('diabetes.dosing.clear', { subject_id: subjectId }));
  };

  const s = status?.settings ?? null;
  return (
    <section aria-labelledby="dose-title">
      <h2 id="dose-title">Dose suggestion <span className="muted">a calculation from your own settings</span></h2>
      <div className="dm-body">
        {!status && !error && <p className="muted">Loading…</p>}
        {status && (!s || editing) && (
          <SettingsForm
            subjectId={subjectId}
            unit={unit}
            current={s}
            onSaved={(next) => {
              setStatus(next);
              setEditing(false);
              setResult(null);
            }}
            onCancel={s ? () => setEditing(false) : null}
          />
        )}
        {s && !editing && (
          <>
            <p className="dm-note" data-testid="dose-settings">
              {settingsLine(s, unit)} · set by {s.set_by}, {fmtDate(s.set_at)}{' '}
              <button type="button" className="link" onClick={() => setEditing(true)}>Change</button>{' '}
              <button type="button" className="link" onClick={() => void forget()}>Forget</button>
            </p>
            <form onSubmit={(e) => void calculate(e)} aria-label="Calculate a dose">
              <div className="row" style={{ alignItems: 'flex-end' }}>
                <div className="field"><label htmlFor="dose-carbs">Carbohydrate to eat (g)</label><input id="dose-carbs" type="number" min={0} max={300} step="any" value={carbs} onChange={(e) => setCarbs(e.target.value)} /></div>
                <div className="field"><label htmlFor="dose-meter">Meter reading ({unit}, optional)</label><input id="dose-meter" type="number" step="any" value={meter} onChange={(e) => setMeter(e.target.value)} /></div>
                <div className="field"><label htmlFor="dose-planned">Exercise planned in (minutes, optional)</label><input id="dose-planned" type="number" min={0} max={720} step={1} value={planned} onChange={(e) => setPlanned(e.target.value)} /></div>
                <div className="field"><button className="primary" type="submit">Calculate</button></div>
              </div>
            </form>
          </>
        )}
        {error && <p role="alert" className="error">{error}</p>}
        {result && !editing && <Suggestion key={result.at} d={result} unit={unit} subjectId={subjectId} onLogged={onLogged} />}
        {history.length > 0 && (
          <details className="dm-details" data-testid="dose-history">
            <summary>Earlier suggestions ({history.length})</summary>
            <table className="dm-table compact" aria-label="Earlier suggestions">
              <thead><tr><th scope="col">When</th><th scope="col">Carbs</th><th scope="col">Glucose</th><th scope="col">Suggested</th><th scope="col">Asked by</th></tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.at + (h.by ?? '')}>
                    <td>{fmtStamp(h.at)}</td>
                    <td>{h.carbs_g} g</td>
                    <td>{h.glucose_mg_dl === null ? '—' : `${fmtGlucose(h.glucose_mg_dl, unit, true)}${h.glucose_source === 'entered' ? ' (meter)' : ''}`}</td>
                    <td>{h.status === 'dose' && h.units !== null ? `${fmtUnits(h.units)}${h.range_units ? ` (${h.range_units.lo}–${h.range_units.hi})` : ''}` : h.status === 'no_insulin' ? 'No insulin' : 'No suggestion'}</td>
                    <td>{h.by ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </div>
    </section>
  );
}
