import { readFileSync, statSync } from 'node:fs';
import { isIanaTimeZone, parseIsoStrict } from '../api/observations';
import { CliError } from './errors';

/** Checks that an input file exists and is a file, or exits 2 naming it. */
export function checkFile(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  if (!st.isFile()) throw new CliError(`${path}: not a file`);
}

/** Reads an input file or exits 2 naming it. */
export function readInput(path: string, encoding: 'utf8' | null = 'utf8'): string | Buffer {
  checkFile(path);
  return encoding ? readFileSync(path, 'utf8') : readFileSync(path);
}

export const printJson = (doc: unknown) => process.stdout.write(JSON.stringify(doc) + '\n');

/** Checks an ISO time option; exit 2 naming the option. */
export function isoOption(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  // A date alone or a time without an offset is taken as Date.parse reads it; the fields must name a real
  // calendar moment (Date.parse would take 2026-02-30 as 2 March).
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m || Number.isNaN(parseIsoStrict(`${m[1]}${m[2] ?? 'T00:00'}${m[5] ?? 'Z'}`))) {
    throw new CliError(`--${name} ${v}: not an ISO 8601 time (e.g. 2026-01-02T00:00:00Z)`);
  }
  return new Date(Date.parse(v)).toISOString();
}

/** Checks an IANA time zone option (`--tz`); exit 2 naming it. */
export function tzOption(v: string | undefined, name = 'tz'): string | undefined {
  if (v !== undefined && !isIanaTimeZone(v)) throw new CliError(`--${name} ${v}: not an IANA time zone (e.g. Europe/Lisbon)`);
  return v;
}
