import type { DailyRow } from '../../../../api/diabetes';
import { endOfDay, fmtWeekday } from '../../app/time-format';

const ZONE_WORDS: Record<NonNullable<DailyRow['gri_zone']>, string> = {
  A: 'zone A, lowest risk',
  B: 'zone B',
  C: 'zone C',
  D: 'zone D',
  E: 'zone E, highest risk',
};

/** Local midnight after a `YYYY-MM-DD` date, in the display zone (the zone the metrics were asked in). */
export const endOfLocalDay = (date: string): number => endOfDay(date);

/**
 * A day at a glance: the last days as a row of tiles coloured by the Glycemia Risk Index's
 * zone (Klonoff et al. 2022: A lowest risk … E highest), each with its time in range; a
 * tile opens that day in the 24-hour view. The zone is also written out, never only a colour.
 */
export function DayByDay({ days, selected, onOpen }: { days: DailyRow[]; selected: number | null; onOpen: (dayEnd: number) => void }) {
  return (
    <section className="dm-panel" aria-labelledby="daybyday-title">
      <h2 id="daybyday-title">
        Day by day <span className="muted">Glycemia Risk Index zone (A lowest risk – E highest) and time in range 70–180</span>
      </h2>
      <ol className="dm-daybyday" data-testid="day-by-day">
        {days.map((d) => {
          const end = endOfLocalDay(d.date);
          const label = fmtWeekday(end - 12 * 3_600_000);
          const what = d.n === 0 ? 'no readings' : `GRI ${Math.round(d.gri!)} (${ZONE_WORDS[d.gri_zone!]}), ${Math.round(d.in_range_70_180!)} % in range, sensor ${Math.round(d.active_percent)} %. Open this day`;
          return (
            <li key={d.date}>
              <button
                type="button"
                className={`dm-day dm-gri-${d.gri_zone ?? 'none'}`}
                aria-pressed={selected === end}
                title={what}
                data-date={d.date}
                onClick={() => onOpen(end)}
              >
                <span className="dm-day-date">{label}</span>
                {/* What the colour means, said in words to a screen reader; the tile shows the zone letter. */}
                <span className="sr-only">{d.n === 0 ? ': ' : `: GRI ${Math.round(d.gri!)}, ${ZONE_WORDS[d.gri_zone!]}: `}</span>
                <span className="dm-day-zone">{d.gri_zone ?? '–'}</span>
                <span className="sr-only"> </span>
                <span className="dm-day-tir">{d.n === 0 ? 'no data' : `${Math.round(d.in_range_70_180!)} % in range`}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
