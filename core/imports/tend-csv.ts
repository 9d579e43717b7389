/**
 * Tend CSV (contract section 1): a header naming the columns `time,metric,value[,unit]`
 * (any order, any case; an extra `id` column, as a client-made id, is honoured), then one
 * observation per line. `time` is ISO 8601 with an offset (`2026-01-02T03:04:05Z`,
 * `…+01:00`); `metric` a code from api/metrics.ts; `value` a number in `unit` (the
 * metric's canonical unit when the column is absent or blank).
 */
import { isMetricCode } from '../../api/metrics';
import { Collector, numberField } from './collector';
import { parseCsv } from './csv';
import { parseIsoTime } from './times';
import type { ImportOptions, ImportResult } from './types';

export function parseTendCsv(text: string, opts: ImportOptions = {}): ImportResult {
  const out = new Collector('tend-csv', opts);
  const rows = parseCsv(text);
  const header = rows[0]?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  const [cT, cM, cV, cU, cId] = ['time', 'metric', 'value', 'unit', 'id'].map((k) => header.indexOf(k)) as [number, number, number, number, number];
  if (cT < 0 || cM < 0 || cV < 0) {
    out.error(1, `header: expected the columns time,metric,value[,unit], found "${rows[0]?.fields.join(',') ?? ''}"`);
    return out.finish();
  }
  for (const { line, fields } of rows.slice(1)) {
    const f = (c: number) => (c >= 0 ? (fields[c] ?? '').trim() : '');
    const t = parseIsoTime(f(cT));
    if (Number.isNaN(t)) {
      out.error(line, `time: "${f(cT)}" is not an ISO 8601 time with an offset (e.g. 2026-01-02T03:04:05Z)`);
      continue;
    }
    const metric = f(cM);
    if (!isMetricCode(metric)) {
      out.error(line, `metric: unknown metric "${metric}"`);
      continue;
    }
    const v = numberField(f(cV));
    if (v === null || Number.isNaN(v)) {
      out.error(line, `value: ${v === null ? 'missing' : `"${f(cV)}" is not a number`}`);
      continue;
    }
    const unit = f(cU) || undefined;
    const id = f(cId);
    if (id !== '' && !/^[\w.:-]{1,64}$/.test(id)) {
      out.error(line, `id: "${id}" is not an id (1–64 letters, digits, ".", ":", "-", "_")`);
      continue;
    }
    out.observation(line, 'value', metric, t, v, unit, id ? { id } : undefined);
  }
  return out.finish();
}
