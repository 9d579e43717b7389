/**
 * Tend CSV (contract section 1, `tend-csv`): a header `time,metric,value,unit`, then one
 * observation per line, time in ISO 8601 UTC, value in the metric's canonical unit.
 * `parseImport(…, {format: 'tend-csv'})` reads it back.
 */
import { csvField } from '../imports/csv';
import type { ExportObservation } from './fhir';

export function toTendCsv(observations: ReadonlyArray<Pick<ExportObservation, 'metric' | 't' | 'value' | 'unit'>>): string {
  const lines = ['time,metric,value,unit'];
  for (const o of observations) lines.push([new Date(o.t).toISOString(), o.metric, String(o.value), o.unit].map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}
