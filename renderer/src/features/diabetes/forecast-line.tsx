import { useEffect, useState } from 'react';
import type { Forecast, ForecastCalibrationStatus } from '../../../../api/dosing';
import { client } from '../../client';
import { ForecastChart } from './charts';
import { fmtGlucose, type GlucoseUnit } from './glucose';
import { fmtDayMonth } from '../../app/time-format';

/**
 * Where glucose may be in 30 minutes, with its 80 % band, under the current value: the
 * forecast model where it can, else the trend line (models/glucose-forecast/MODEL.md).
 * Only for a current reading (the arrow's 15-minute rule). Before a low the model runs
 * high, so when the trend line points below the model's band the line says so: low
 * alerts follow the trend line.
 */
export function ForecastLine({ subjectId, recent, unit, now }: { subjectId: string; recent: ReadonlyArray<{ t: number; v: number }>; unit: GlucoseUnit; now: number }) {
  const latestT = recent.length ? Math.max(...recent.map((r) => r.t)) : 0;
  const [f, setF] = useState<{ best: Forecast; trend: Forecast } | null>(null);
  const current = now - latestT <= 15 * 60_000;
  useEffect(() => {
    if (!current) return setF(null);
    let alive = true;
    Promise.all([
      client.call('diabetes.forecast', { subject_id: subjectId, horizon_min: 60 }),
      client.call('diabetes.forecast', { subject_id: subjectId, horizon_min: 30, method: 'trend' }),
    ])
      .then(([best, trend]) => alive && setF({ best, trend }))
      .catch(() => alive && setF(null));
    return () => {
      alive = false;
    };
  }, [subjectId, latestT, current]);
  // The line speaks of 30 minutes; the chart shows the hour.
  const p = f?.best.points[5];
  if (!current || !f || !p) return null;
  const t = f.best.source === 'model' ? f.trend.points.at(-1) : undefined;
  const end = f.best.points.at(-1)!;
  return (
    <>
    <ForecastChart
      readings={recent}
      points={f.best.points}
      unit={unit}
      label={`Glucose over the last hour and the forecast for the next: in 60 minutes ${fmtGlucose(end.mg_dl, unit, true)}, 80 % between ${fmtGlucose(end.lo, unit)} and ${fmtGlucose(end.hi, unit)}.`}
    />
    <p className="dm-note" data-testid="forecast-30" title={`${f.best.method}. ${f.best.note}`} style={{ margin: '8px 0 0' }}>
      In 30 min: <strong>{fmtGlucose(p.mg_dl, unit, true)}</strong> (80 %: {fmtGlucose(p.lo, unit)}–{fmtGlucose(p.hi, unit)}), by the {f.best.source === 'model' ? 'forecast model' : 'trend line'} from{' '}
      {f.best.inputs.readings} readings. A forecast, not a measurement.
      {f.best.model_error && ' The forecast model could not run on this computer.'}
      {t && t.mg_dl < p.lo && (
        <>
          {' '}
          <strong>The trend line points lower, to {fmtGlucose(t.mg_dl, unit, true)}</strong>; low alerts follow it.
        </>
      )}
    </p>
    {f.best.inputs_used && (
      <p className="dm-note" data-testid="forecast-inputs" style={{ margin: '4px 0 0' }}>
        Made from {f.best.inputs_used.words}.
      </p>
    )}
    <CalibrationLine subjectId={subjectId} unit={unit} />
    </>
  );
}

const day = (iso: string) => fmtDayMonth(iso);

/**
 * "Calibrated to you on 12 May: 30-min error 18 → 15 mg/dL", with a way back to the model
 * as trained (PROTOCOL-v2.md: kept only where it lowered this person's error on their most
 * recent week). Nothing is shown until a calibration has been kept.
 */
function CalibrationLine({ subjectId, unit }: { subjectId: string; unit: GlucoseUnit }) {
  const [s, setS] = useState<ForecastCalibrationStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    client
      .call('diabetes.forecast.calibration', { subject_id: subjectId })
      .then((r) => alive && setS(r))
      .catch(() => alive && setS(null));
    return () => {
      alive = false;
    };
  }, [subjectId]);
  const c = s?.calibrated;
  if (!c) return null;
  const reset = () => {
    client
      .call('diabetes.forecast.calibration.reset', { subject_id: subjectId })
      .then((r) => {
        setS(r);
        setError(null);
      })
      .catch((e: unknown) => setError((e as Error).message));
  };
  return (
    <p className="dm-note" data-testid="forecast-calibration" style={{ margin: '4px 0 0' }}>
      Calibrated to you on {day(c.fitted_at)}: 30-min error {fmtGlucose(c.before.rmse_30, unit)} → {fmtGlucose(c.after.rmse_30, unit, true)}.{' '}
      <button type="button" className="link" onClick={reset}>
        Reset calibration
      </button>
      {error && <span role="alert"> {error}</span>}
    </p>
  );
}
