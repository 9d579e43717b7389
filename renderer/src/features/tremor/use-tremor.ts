import { useCallback, useEffect, useState } from 'react';
import type { TremorDayOutput, TremorProgressionOutput, TremorResponseOutput } from '../../../../api/tremor';
import { nextDay, startOfDayIn } from '../../app/time-format';
import { client } from '../../client';

export interface TremorData {
  day: TremorDayOutput;
  response: TremorResponseOutput;
  progression: TremorProgressionOutput;
  /** The same trend of tremor load (amplitude × time), shown beside tremor time. */
  loadProgression: TremorProgressionOutput;
}

/**
 * The day's minutes and doses, the response on that day, and the trend up to it, all in the
 * IANA `zone` (the day runs midnight to midnight there: 23 or 25 hours when the clocks change).
 */
export function useTremorDay(subjectId: string, date: string, zone: string, trendFrom?: string) {
  const [data, setData] = useState<TremorData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let alive = true;
    setError(null);
    const dayEnd = new Date(startOfDayIn(zone, nextDay(date))).toISOString();
    const on = { subject_id: subjectId, time_zone: zone };
    Promise.all([
      client.call('tremor.day', { ...on, date }),
      client.call('tremor.response', { ...on, date }),
      client.call('tremor.progression', { ...on, to: dayEnd, ...(trendFrom ? { from: trendFrom } : {}) }),
      client.call('tremor.progression', { ...on, to: dayEnd, metric: 'load', ...(trendFrom ? { from: trendFrom } : {}) }),
    ])
      .then(([day, response, progression, loadProgression]) => alive && setData({ day, response, progression, loadProgression }))
      .catch((e: Error) => alive && setError(e.message));
    return () => {
      alive = false;
    };
  }, [subjectId, date, zone, trendFrom, version]);
  return { data, error, reload };
}
