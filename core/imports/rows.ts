import { validateBatch } from '../records/observations';
import { cleanEventData, cleanEventTime } from '../records/event-checks';
import type { ImportedEvent, ImportRecord } from './types';

/** A parsed reading as the ingest takes it. */
export type ObsRow = { id: string; metric: string; t: string; value: number };
/** A parsed event as the event store takes it. */
export type EventRow = { id: string; type: ImportedEvent['type']; t: string; data: Record<string, unknown> };
export type Rows = { obs: ObsRow[]; events: EventRow[] };

/** Parsed records as rows to store: readings to ingest, events to write. */
export function split(records: readonly ImportRecord[], into: Rows = { obs: [], events: [] }): Rows {
  for (const r of records) {
    if (r.kind === 'observation') into.obs.push({ id: r.id, metric: r.metric, t: r.t, value: r.value });
    else {
      const data = r.type === 'insulin' ? { kind: /long|basal/i.test(String(r.data.insulin_type ?? '')) ? 'basal' : 'bolus', ...r.data } : r.data;
      into.events.push({ id: r.id, type: r.type, t: r.t, data });
    }
  }
  return into;
}

/**
 * The checks the ingest and the event store make before writing (units, plausible times,
 * each event type's fields), with `now` the install's clock: 400 naming the first row at
 * fault. Nothing here reads the store, so the background thread runs them over a whole file
 * before its first row is written. Imported readings name no device.
 */
export function checkRows(rows: Rows, now: number): void {
  validateBatch(rows.obs, now, () => false);
  for (const e of rows.events) {
    cleanEventData(e.type, e.data);
    cleanEventTime(e.t, now);
  }
}
