/**
 * Dexcom Clarity CSV export ("Export" in Clarity, G5/G6/G7).
 *
 * Layout: one header row (`Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event
 * Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Insulin Value
 * (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min)`), then
 * metadata rows with no timestamp (FirstName, LastName, DateOfBirth, Device, Alert
 * settings), then events. Columns are found by name, so a mmol/L export (`Glucose Value
 * (mmol/L)`) and reordered columns work too.
 *
 * What becomes what:
 * - `EGV` → a glucose reading. The text `Low` (below the sensor's 40 mg/dL floor) is
 *   stored as 39 mg/dL and `High` (above 400) as 401, each with an annotation — the
 *   convention of Tidepool's uploader — so that a hypo the sensor could not quantify
 *   still counts as < 54 in the metrics; `outOfRange: 'skip'` skips them instead.
 * - `Carbs` → meal `{carbs_g}`; `Insulin` → insulin `{units, insulin_type}` (subtype,
 *   e.g. `fast-acting`); `Exercise` → activity `{intensity, duration_min}`; `Health` →
 *   note `{text}`.
 * - `Calibration` (a finger-stick) and any other timed row → skipped (counted).
 *
 * Times are the receiver's local wall-clock time without an offset, read in
 * `opts.timeZone` (default: this machine's zone).
 */
import { Collector, numberField } from './collector';
import { parseCsv } from './csv';
import { parseIsoTime } from './times';
import type { ImportOptions, ImportResult } from './types';
import { defaultTimeZone } from './zoned-time';

const METADATA = new Set(['firstname', 'lastname', 'dateofbirth', 'device', 'alert']);
const LOW = 39;
const HIGH = 401;

export function parseDexcomClarity(text: string, opts: ImportOptions = {}): ImportResult {
  const out = new Collector('dexcom-clarity', opts);
  const zone = opts.timeZone ?? defaultTimeZone();
  const rows = parseCsv(text);
  const header = rows[0]?.fields.map((h) => h.trim()) ?? [];
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const cTime = col(/^Timestamp/i);
  const cType = col(/^Event Type$/i);
  const cSub = col(/^Event Subtype$/i);
  const cGlu = col(/^Glucose Value/i);
  const cIns = col(/^Insulin Value/i);
  const cCarb = col(/^Carb Value/i);
  const cDur = col(/^Duration/i);
  if (cTime < 0 || cType < 0 || cGlu < 0) {
    out.error(1, 'header: not a Dexcom Clarity export (needs Timestamp, Event Type and Glucose Value columns)');
    return out.finish();
  }
  const gluName = header[cGlu]!;
  const gluUnit = /mmol/i.test(gluName) ? 'mmol/L' : 'mg/dL';
  const timeName = header[cTime]!;
  for (const { line, fields } of rows.slice(1)) {
    const f = (c: number) => (c >= 0 ? (fields[c] ?? '').trim() : '');
    const type = f(cType);
    const ts = f(cTime);
    if (ts === '') {
      if (METADATA.has(type.toLowerCase()) || type === '') continue;
      out.error(line, `${timeName}: missing for a ${type} event`);
      continue;
    }
    const t = parseIsoTime(ts, zone);
    if (Number.isNaN(t)) {
      out.error(line, `${timeName}: "${ts}" is not a time like 2016-10-24T11:24:17`);
      continue;
    }
    switch (type.toLowerCase()) {
      case 'egv': {
        const raw = f(cGlu);
        if (/^low$/i.test(raw) || /^high$/i.test(raw)) {
          if (opts.outOfRange === 'skip') out.skip(line, 'sensor "Low"/"High" without a number (skipped as asked)');
          else {
            const low = /^low$/i.test(raw);
            out.observation(line, gluName, 'glucose', t, low ? LOW : HIGH, 'mg/dL', { annotation: low ? 'below-range' : 'above-range' });
          }
          break;
        }
        const v = numberField(raw);
        if (v === null || Number.isNaN(v)) out.error(line, `${gluName}: ${v === null ? 'missing' : `"${raw}" is not a number`}`);
        else out.observation(line, gluName, 'glucose', t, v, gluUnit);
        break;
      }
      case 'carbs': {
        const g = numberField(f(cCarb));
        if (g === null || Number.isNaN(g) || g < 0) out.error(line, `${header[cCarb] ?? 'Carb Value'}: "${f(cCarb)}" is not a carbohydrate amount in grams`);
        else out.event(line, 'meal', t, { carbs_g: g });
        break;
      }
      case 'insulin': {
        const u = numberField(f(cIns));
        if (u === null || Number.isNaN(u) || u < 0) out.error(line, `${header[cIns] ?? 'Insulin Value'}: "${f(cIns)}" is not a dose in units`);
        else out.event(line, 'insulin', t, { units: u, insulin_type: f(cSub).toLowerCase() || 'unknown' });
        break;
      }
      case 'exercise': {
        const d = /^(\d+):(\d{2}):(\d{2})$/.exec(f(cDur));
        const data: Record<string, unknown> = { intensity: f(cSub).toLowerCase() || 'unknown' };
        if (d) data.duration_min = Number(d[1]) * 60 + Number(d[2]) + Number(d[3]) / 60;
        out.event(line, 'activity', t, data);
        break;
      }
      case 'health':
        out.event(line, 'note', t, { text: f(cSub) || 'health event' });
        break;
      default:
        // Calibration (finger-stick), alerts with a time, device events: not readings Tend stores.
        out.skip(line, `event type "${type}": not a reading or event Tend stores`);
    }
  }
  return out.finish();
}
