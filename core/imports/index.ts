/**
 * Imports: text of an exported file → neutral records (readings in canonical units and
 * events), with deterministic ids so that importing the same file twice adds nothing.
 *
 * The caller's rule: if `errors` is non-empty and `skipBadLines` was not set, `records`
 * is empty and nothing must be stored (contract: exit 2 naming the line and field).
 */
import { stripBom } from './csv';
import { parseDexcomClarity } from './dexcom-clarity';
import { parseFhir } from './fhir';
import { parseLibreView } from './libreview';
import { parseNightscout } from './nightscout';
import { parseTendCsv } from './tend-csv';
import type { ImportFormat, ImportOptions, ImportResult } from './types';
import { isValidTimeZone } from './zoned-time';

export type { EventType, ImportedEvent, ImportedObservation, ImportError, ImportFormat, ImportOptions, ImportRecord, ImportResult, SkipReason } from './types';
export { IMPORT_FORMATS } from './types';
export { parseDexcomClarity, parseFhir, parseLibreView, parseNightscout, parseTendCsv };

/**
 * Guesses the format from the content (and, when the content is JSON without a FHIR
 * `resourceType`, nothing more is needed: it is Nightscout). Returns null when unsure.
 */
export function detectFormat(text: string, filename?: string): ImportFormat | null {
  const s = stripBom(text).trimStart();
  if (s.startsWith('{') || s.startsWith('[')) {
    return /"resourceType"\s*:/.test(s.slice(0, 200_000)) ? 'fhir' : 'nightscout';
  }
  const lines = s.split(/\r?\n/, 3);
  const first = lines[0] ?? '';
  const second = lines[1] ?? '';
  if (/record type/i.test(second) && /device timestamp/i.test(second)) return 'libreview';
  if (/record type/i.test(first) && /device timestamp/i.test(first)) return 'libreview';
  if (/event type/i.test(first) && /(timestamp \(|glucose value)/i.test(first)) return 'dexcom-clarity';
  const cols = first.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (['time', 'metric', 'value'].every((c) => cols.includes(c))) return 'tend-csv';
  if (filename && /\.(ndjson|json)$/i.test(filename)) return 'nightscout';
  return null;
}

/** Parses `text` in the given (or detected) format. Never throws for bad input: see `errors`. */
export function parseImport(text: string, opts: ImportOptions = {}): ImportResult {
  const format = !opts.format || opts.format === 'auto' ? detectFormat(text, opts.filename) : opts.format;
  if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone)) {
    return { format: format ?? 'unknown', records: [], errors: [{ line: 1, message: `timeZone: "${opts.timeZone}" is not an IANA time zone` }], skipped: 0, skip_reasons: [] };
  }
  if (format === null) {
    return {
      format: 'unknown',
      records: [],
      errors: [{ line: 1, message: 'format: not recognised as dexcom-clarity, libreview, nightscout, tend-csv or fhir' }],
      skipped: 0,
      skip_reasons: [],
    };
  }
  switch (format) {
    case 'dexcom-clarity':
      return parseDexcomClarity(text, opts);
    case 'libreview':
      return parseLibreView(text, opts);
    case 'nightscout':
      return parseNightscout(text, opts);
    case 'tend-csv':
      return parseTendCsv(text, opts);
    case 'fhir':
      return parseFhir(text, opts);
    default: {
      const never: never = format;
      return { format: 'unknown', records: [], errors: [{ line: 1, message: `format: unknown format "${String(never)}"` }], skipped: 0, skip_reasons: [] };
    }
  }
}
