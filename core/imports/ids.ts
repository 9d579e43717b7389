import { v5 } from 'uuid';

/**
 * Deterministic record ids (UUIDv5, RFC 4122 §4.3: SHA-1 of a namespace and a name), so
 * that importing the same file twice, or the same reading from two exports, yields the
 * same id and the store counts it as a duplicate.
 *
 * The name is the record's content, not its position in the file: a reading is
 * `obs|metric|UTC ISO time|canonical value (4 decimals)`; an event is
 * `evt|type|UTC ISO time|its data as sorted JSON`. So a Clarity export and a later,
 * longer Clarity export of the same sensor give the same ids for the shared readings.
 */
export const TEND_IMPORT_NAMESPACE = '6f1c1a52-6a0e-4c59-9a53-3f5b2f0b7d41';

function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    return `{${Object.keys(x)
      .sort()
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

export function observationId(scope: string | undefined, metric: string, tIso: string, value: number): string {
  return v5(`${scope ?? ''}|obs|${metric}|${tIso}|${value.toFixed(4)}`, TEND_IMPORT_NAMESPACE);
}

export function eventId(scope: string | undefined, type: string, tIso: string, data: Record<string, unknown>): string {
  return v5(`${scope ?? ''}|evt|${type}|${tIso}|${stable(data)}`, TEND_IMPORT_NAMESPACE);
}
