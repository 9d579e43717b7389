import type { MetricCode } from '../../api/metrics';

/** The formats `parseImport` reads (contract section 1, `tend import --format`). */
export type ImportFormat = 'dexcom-clarity' | 'libreview' | 'nightscout' | 'tend-csv' | 'fhir';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['dexcom-clarity', 'libreview', 'nightscout', 'tend-csv', 'fhir'];

/** An event type as Tend stores events (contract section 2, `/events`). */
export type EventType = 'meal' | 'insulin' | 'activity' | 'medication' | 'note';

/** A reading, in the metric's canonical unit (api/metrics.ts). */
export interface ImportedObservation {
  kind: 'observation';
  /** Deterministic: the same reading in the same file always gets the same id (see ids.ts). */
  id: string;
  metric: MetricCode;
  /** ISO 8601 UTC, `…Z`. */
  t: string;
  /** Canonical unit of `metric` (mg/dL for glucose). */
  value: number;
  /** The canonical unit, e.g. `mg/dL`. */
  unit: string;
  /**
   * Set when the source gave no number: `below-range` for a sensor's "Low"/"LO" (value
   * set just under the sensor's floor), `above-range` for "High"/"HI" (just above its ceiling).
   */
  annotation?: 'below-range' | 'above-range';
}

/**
 * A meal, insulin dose, activity or note. `data` keys, all optional: meal `{carbs_g,
 * servings, non_numeric}`; insulin `{units, insulin_type: 'rapid'|'long'|'bolus'|…,
 * non_numeric}`; activity `{intensity, duration_min}`; note `{text}`; plus `source`
 * (the format) on every event.
 */
export interface ImportedEvent {
  kind: 'event';
  id: string;
  type: EventType;
  /** ISO 8601 UTC, `…Z`. */
  t: string;
  data: Record<string, unknown>;
}

export type ImportRecord = ImportedObservation | ImportedEvent;

export interface ImportError {
  /** 1-based line of the file where the bad record starts. */
  line: number;
  /** Names the field at fault, e.g. `Glucose Value (mg/dL): "abc" is not a number`. */
  message: string;
}

export interface ImportResult {
  format: ImportFormat | 'unknown';
  /** Empty when `errors` is non-empty and `skipBadLines` was not set: the caller imports nothing. */
  records: ImportRecord[];
  /** Every bad record, also when `skipBadLines` let the others through. */
  errors: ImportError[];
  /**
   * Records present in the file that were deliberately not imported: bad lines (with
   * `skipBadLines`), sensor error codes, finger-stick/calibration/ketone rows, Libre scans
   * (unless `includeScans`), and repeats of a record already in the same file.
   */
  skipped: number;
  /** Why: `skipped` counted by reason, most frequent first, with up to five example lines each. */
  skip_reasons: SkipReason[];
}

export interface SkipReason {
  /** A short sentence, e.g. `scan reading (record type 1): …`. */
  reason: string;
  count: number;
  /** The first few 1-based lines it happened on. */
  lines: number[];
}

export interface ImportOptions {
  format?: 'auto' | ImportFormat;
  /** Used by `auto` detection (`.json` → Nightscout when the content does not decide). */
  filename?: string;
  /** Import the good records and count the bad ones in `skipped` instead of refusing the file. */
  skipBadLines?: boolean;
  /**
   * IANA zone of the wall-clock times in formats that carry no offset (Clarity,
   * LibreView, legacy Nightscout `dateString`). Default: this machine's zone.
   */
  timeZone?: string;
  /** LibreView day/month order when the file itself does not reveal it. Default `dmy`. */
  dateOrder?: 'dmy' | 'mdy';
  /** Import LibreView scan readings (record type 1) as well as the 15-min historic ones. Default false. */
  includeScans?: boolean;
  /** Sensor "Low"/"High" text: `clamp` (default) stores floor − 1 / ceiling + 1 with an annotation; `skip` counts them in `skipped`. */
  outOfRange?: 'clamp' | 'skip';
  /**
   * Mixed into every id: pass the subject's id so that the same file imported for two
   * people gives two sets of ids. Tend's own FHIR identifiers are kept verbatim.
   */
  idScope?: string;
}
