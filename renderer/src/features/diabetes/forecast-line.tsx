import { useEffect, useState } from 'react';
import type { Forecast } from '../../../../api/dosing';
import { client } from '../../client';
import { ForecastChart } from './charts';
import { fmtGlucose, type GlucoseUnit } from './glucose';

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
    </>
  );
}
