/**
 * Nightscout `entries` and `treatments`, as JSON: the API's array (`/api/v1/entries.json`,
 * `/api/v1/treatments.json`), a single document, a `mongoexport --jsonArray` dump with
 * extended JSON (`{"$oid": …}`, `{"$date": …}`, `{"$numberLong": …}`), or a plain
 * `mongoexport` (one document per line). Entries and treatments may be mixed.
 *
 * Entries (`sgv` present, or `type: "sgv"`) → glucose readings in mg/dL (Nightscout
 * always stores mg/dL). `sgv` may be a string (legacy uploaders). Values below 39 are
 * Dexcom status codes, not glucose (1 sensor not active, 5 not calibrated, 9 absolute
 * deviation, 10 power deviation, 12 bad RF, …): skipped (counted). Other entry types
 * (`mbg` finger-sticks, `cal` calibrations) are skipped (counted).
 * Time: `date` (epoch ms, UTC) when present; else `dateString` / `sysTime` (ISO with its
 * offset; a legacy `MM/DD/YYYY hh:mm:ss AM` without offset is read in `opts.timeZone`).
 *
 * Treatments (`eventType` present): `carbs` > 0 → meal `{carbs_g}`; `insulin` > 0 →
 * insulin `{units, insulin_type: 'bolus'}` (a "Meal Bolus" gives both); "Exercise" →
 * activity `{duration_min}`; "Note"/"Announcement" or any treatment with only `notes` →
 * note `{text}`. Basal changes and device events give nothing (counted as skipped).
 * Time: `created_at` (ISO; Nightscout stores UTC, so one without an offset is read as
 * UTC), else `mills`/`date`/`timestamp`.
 */
import { Collector } from './collector';
import type { JsonPath } from './json-scan';
import { scanJson } from './json-scan';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../../api/json-depth';
import { stripBom } from './csv';
import { parseIsoTime, validFields } from './times';
import type { ImportOptions, ImportResult } from './types';
import { defaultTimeZone, localToUtcMs } from './zoned-time';

type Doc = Record<string, unknown>;

/** Unwraps MongoDB extended JSON scalars. */
function plain(x: unknown): unknown {
  if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Doc;
    for (const k of ['$oid', '$numberLong', '$numberInt', '$numberDouble', '$numberDecimal']) {
      if (k in o) return k === '$oid' ? String(o[k]) : Number(o[k]);
    }
    if ('$date' in o) {
      const d = plain(o.$date);
      return typeof d === 'string' ? Date.parse(d) : d;
    }
  }
  return x;
}

function num(x: unknown): number | null {
  const v = plain(x);
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v === 'string' && v.trim() !== '') return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  return null;
}

function timeOf(doc: Doc, keys: string[], zone: string, isoDefaultUtc: boolean): number {
  for (const k of keys) {
    const v = plain(doc[k]);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'number') return v;
    if (typeof v === 'string') {
      const iso = parseIsoTime(v, isoDefaultUtc ? 'UTC' : zone);
      if (!Number.isNaN(iso)) return iso;
      const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(v.trim());
      if (us) {
        let h = Number(us[4]);
        if (us[7]) h = (h % 12) + (/p/i.test(us[7]) ? 12 : 0);
        const f = [Number(us[3]), Number(us[1]), Number(us[2]), h, Number(us[5]), Number(us[6] ?? 0)] as const;
        if (validFields(...f)) return localToUtcMs(zone, ...f);
      }
      return NaN;
    }
  }
  return NaN;
}

/** Reads the documents: a JSON array or object, or one JSON document per line. */
export function readJsonDocs(text: string): { docs: Array<{ doc: unknown; where: number | JsonPath }>; error?: { line: number; message: string } } {
  const s = stripBom(text);
  // The scanners below recurse: thousands of nested brackets would overflow the stack.
  if (jsonTooDeep(s)) return { docs: [], error: { line: 1, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` } };
  try {
    const v: unknown = JSON.parse(s);
    return { docs: Array.isArray(v) ? v.map((doc, i) => ({ doc, where: [i] })) : [{ doc: v, where: [] }] };
  } catch {
    // One document per line (plain mongoexport)?
    const lines = s.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim() !== '');
    if (nonEmpty.length > 1 && nonEmpty.every((l) => l.trim().startsWith('{'))) {
      const docs: Array<{ doc: unknown; where: number | JsonPath }> = [];
      for (let i = 0; i < lines.length; i++) {
        if (lines[i]!.trim() === '') continue;
        try {
          docs.push({ doc: JSON.parse(lines[i]!), where: i + 1 });
        } catch (e) {
          return { docs: [], error: { line: i + 1, message: `invalid JSON: ${(e as Error).message}` } };
        }
      }
      return { docs };
    }
    const { error } = scanJson(s);
    return { docs: [], error: error ?? { line: 1, message: 'invalid JSON' } };
  }
}

export function parseNightscout(text: string, opts: ImportOptions = {}): ImportResult {
  const out = new Collector('nightscout', opts);
  const zone = opts.timeZone ?? defaultTimeZone();
  const { docs, error } = readJsonDocs(text);
  if (error) {
    out.error(error.line, error.message);
    return out.finish();
  }
  for (const { doc, where } of docs) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      out.error(where, 'entry: not a JSON object');
      continue;
    }
    const d = doc as Doc;
    if ('eventType' in d) {
      treatment(out, d, where, zone);
      continue;
    }
    const type = typeof d.type === 'string' ? d.type : 'sgv' in d ? 'sgv' : '';
    if (type !== 'sgv') {
      out.skip(where, `entry type "${type || '(none)'}": not a sensor glucose (sgv)`);
      continue;
    }
    const sgv = num(d.sgv);
    if (sgv === null || Number.isNaN(sgv)) {
      out.error(where, `sgv: ${sgv === null ? 'missing' : `${JSON.stringify(d.sgv)} is not a number`}`);
      continue;
    }
    const t = timeOf(d, ['date', 'dateString', 'sysTime'], zone, false);
    if (Number.isNaN(t)) {
      out.error(where, `date: no usable time in date/dateString (${JSON.stringify(d.dateString ?? d.date ?? null)})`);
      continue;
    }
    if (sgv < 39) {
      out.skip(where, 'sgv under 39: a Dexcom status code, not a glucose value');
      continue;
    }
    out.observation(where, 'sgv', 'glucose', t, sgv, 'mg/dL');
  }
  return out.finish(text);
}

function treatment(out: Collector, d: Doc, where: number | JsonPath, zone: string): void {
  const t = timeOf(d, ['created_at', 'mills', 'date', 'timestamp'], zone, true);
  if (Number.isNaN(t)) {
    out.error(where, `created_at: no usable time (${JSON.stringify(d.created_at ?? null)})`);
    return;
  }
  let made = 0;
  const carbs = num(d.carbs);
  if (carbs !== null) {
    if (Number.isNaN(carbs) || carbs < 0) out.error(where, `carbs: ${JSON.stringify(d.carbs)} is not an amount in grams`);
    else if (carbs > 0) {
      out.event(where, 'meal', t, { carbs_g: carbs });
      made++;
    }
  }
  const insulin = num(d.insulin);
  if (insulin !== null) {
    if (Number.isNaN(insulin) || insulin < 0) out.error(where, `insulin: ${JSON.stringify(d.insulin)} is not a dose in units`);
    else if (insulin > 0) {
      out.event(where, 'insulin', t, { units: insulin, insulin_type: 'bolus' });
      made++;
    }
  }
  const eventType = String(d.eventType);
  const notes = typeof d.notes === 'string' ? d.notes.trim() : '';
  if (/exercise/i.test(eventType)) {
    const dur = num(d.duration);
    out.event(where, 'activity', t, dur !== null && !Number.isNaN(dur) ? { duration_min: dur, ...(notes ? { text: notes } : {}) } : notes ? { text: notes } : {});
    made++;
  } else if (made === 0 && notes) {
    out.event(where, 'note', t, { text: notes });
    made++;
  }
  if (made === 0) out.skip(where, `treatment "${String(d.eventType)}" with no carbs, insulin, exercise or notes`);
}
