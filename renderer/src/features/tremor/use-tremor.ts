import { useCallback, useEffect, useState } from 'react';
import type { TremorDayOutput, TremorProgressionOutput, TremorResponseOutput } from '../../../../api/tremor';
import { client } from '../../client';

export interface TremorData {
  day: TremorDayOutput;
  response: TremorResponseOutput;
  progression: TremorProgressionOutput;
  /** The same trend of tremor load (amplitude × time), shown beside tremor time. */
  loadProgression: TremorProgressionOutput;
}

/** The day's minutes and doses, the response on that day, and the trend up to it. */
export function useTremorDay(subjectId: string, date: string, offsetMin: number, trendFrom?: string) {
  const [data, setData] = useState<TremorData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let alive = true;
    setError(null);
    const dayEnd = new Date(Date.parse(`${date}T00:00:00Z`) - offsetMin * 60_000 + 86_400_000).toISOString();
    Promise.all([
      client.call('tremor.day', { subject_id: subjectId, date, utc_offset_min: offsetMin }),
      client.call('tremor.response', { subject_id: subjectId, date, utc_offset_min: offsetMin }),
      client.call('tremor.progression', { subject_id: subjectId, to: dayEnd, utc_offset_min: offsetMin, ...(trendFrom ? { from: trendFrom } : {}) }),
      client.call('tremor.progression', { subject_id: subjectId, to: dayEnd, utc_offset_min: offsetMin, metric: 'load', ...(trendFrom ? { from: trendFrom } : {}) }),
    ])
      .then(([day, response, progression, loadProgression]) => alive && setData({ day, response, progression, loadProgression }))
      .catch((e: Error) => alive && setError(e.message));
    return () => {
      alive = false;
    };
  }, [subjectId, date, offsetMin, trendFrom, version]);
  return { data, error, reload };
}
