import { useEffect, useState } from 'react';
import type { Forecast } from '../../../../api/dosing';
import { client } from '../../client';
import { fmtGlucose, type GlucoseUnit } from './glucose';

/**
 * Where the trend puts glucose in 30 minutes, with its 80 % band, under the current
 * value. Only for a current reading (the arrow's 15-minute rule); the words say it is a
 * suggestion from the trend.
 */
export function ForecastLine({ subjectId, latestT, unit, now }: { subjectId: string; latestT: number; unit: GlucoseUnit; now: number }) {
  const [f, setF] = useState<Forecast | null>(null);
  const current = now - latestT <= 15 * 60_000;
  useEffect(() => {
    if (!current) return setF(null);
    let alive = true;
    client.call('diabetes.forecast', { subject_id: subjectId, horizon_min: 30 }).then((x) => alive && setF(x)).catch(() => alive && setF(null));
    return () => {
      alive = false;
    };
  }, [subjectId, latestT, current]);
  const p = f?.points.at(-1);
  if (!current || !f || !p) return null;
  return (
    <p className="dm-note" data-testid="forecast-30" title={`${f.method}. ${f.note}`} style={{ margin: '8px 0 0' }}>
      In 30 min, by the trend: <strong>{fmtGlucose(p.mg_dl, unit, true)}</strong> (80 %: {fmtGlucose(p.lo, unit)}–{fmtGlucose(p.hi, unit)}). A forecast from {f.inputs.readings} readings, not a measurement.
    </p>
  );
}
