import { METRICS, toCanonical } from '../../api/metrics';
import type { MetricCode } from '../../api/metrics';
import { eventId, observationId } from './ids';
import { pathKey, scanJson } from './json-scan';
import type { JsonPath } from './json-scan';
import type { EventType, ImportFormat, ImportOptions, ImportRecord, ImportResult, SkipReason } from './types';

/** Where a record came from: a 1-based line, or a path inside a JSON document. */
export type Where = number | JsonPath;

/**
 * Gathers what a format parser finds: records (converted to canonical units, with
 * deterministic ids, repeats dropped), errors with their line, and the skipped count.
 */
export class Collector {
  readonly records: ImportRecord[] = [];
  private readonly errs: Array<{ where: Where; message: string }> = [];
  private readonly seen = new Set<string>();
  private readonly skips: Array<{ where: Where; reason: string }> = [];

  constructor(
    readonly format: ImportFormat,
    readonly opts: ImportOptions,
  ) {}

  /** Adds a reading given in `unit`; a unit or range problem becomes an error naming `field`. */
  observation(where: Where, field: string, metric: MetricCode, tMs: number, value: number, unit?: string, extra?: { id?: string; annotation?: 'below-range' | 'above-range' }): void {
    const c = toCanonical(metric, value, unit);
    if (!c.ok) {
      this.error(where, `${c.field === 'value' ? field : c.field}: ${c.message}`);
      return;
    }
    if (!Number.isFinite(tMs)) {
      this.error(where, 'time: not a valid time');
      return;
    }
    const t = new Date(tMs).toISOString();
    const id = extra?.id ?? observationId(this.opts.idScope, metric, t, c.value);
    if (this.seen.has(id)) {
      this.skip(where, REPEAT);
      return;
    }
    this.seen.add(id);
    const rec: ImportRecord = { kind: 'observation', id, metric, t, value: c.value, unit: METRICS[metric].unit };
    if (extra?.annotation) rec.annotation = extra.annotation;
    this.records.push(rec);
  }

  event(where: Where, type: EventType, tMs: number, data: Record<string, unknown>): void {
    if (!Number.isFinite(tMs)) {
      this.error(where, 'time: not a valid time');
      return;
    }
    const t = new Date(tMs).toISOString();
    const full = { ...data, source: this.format };
    const id = eventId(this.opts.idScope, type, t, full);
    if (this.seen.has(id)) {
      this.skip(where, REPEAT);
      return;
    }
    this.seen.add(id);
    this.records.push({ kind: 'event', id, type, t, data: full });
  }

  error(where: Where, message: string): void {
    this.errs.push({ where, message });
  }

  /**
   * A record deliberately not imported, and why: a person looking at "66 skipped" should
   * learn which rows and for what (issue #19). Reasons are short sentences, grouped as given.
   */
  skip(where: Where, reason: string): void {
    this.skips.push({ where, reason });
  }

  /** The result; JSON paths are turned into lines by re-scanning `text` (only when there are errors). */
  finish(text?: string): ImportResult {
    let lineOf = (w: Where): number => (typeof w === 'number' ? w : 1);
    if (text !== undefined && [...this.errs, ...this.skips].some((e) => typeof e.where !== 'number')) {
      const wanted = new Set([...this.errs, ...this.skips].filter((e) => typeof e.where !== 'number').map((e) => pathKey(e.where as JsonPath)));
      const { lines } = scanJson(text, wanted);
      lineOf = (w) => (typeof w === 'number' ? w : lines.get(pathKey(w)) ?? 1);
    }
    const errors = this.errs.map((e) => ({ line: lineOf(e.where), message: e.message })).sort((a, b) => a.line - b.line);
    const bad = errors.length > 0;
    const skips = this.skips.map((s) => ({ line: lineOf(s.where), reason: s.reason }));
    if (this.opts.skipBadLines) for (const e of errors) skips.push({ line: e.line, reason: BAD_RECORD });
    return {
      format: this.format,
      records: bad && !this.opts.skipBadLines ? [] : this.records,
      errors,
      skipped: skips.length,
      skip_reasons: skipReasons(skips),
    };
  }
}

const REPEAT = 'repeats a record earlier in the same file';
const BAD_RECORD = 'bad record (each listed with its error)';
/** Example lines kept per reason: enough to find them in the file, not the whole list. */
export const SKIP_EXAMPLES = 5;

/** Skips counted by reason, most frequent first, each with its first few lines. */
export function skipReasons(skips: ReadonlyArray<{ line: number; reason: string }>): SkipReason[] {
  const by = new Map<string, { count: number; lines: number[] }>();
  for (const s of skips) {
    const r = by.get(s.reason) ?? { count: 0, lines: [] };
    r.count++;
    r.lines.push(s.line);
    by.set(s.reason, r);
  }
  return [...by.entries()]
    .map(([reason, r]) => ({ reason, count: r.count, lines: [...new Set(r.lines)].sort((a, b) => a - b).slice(0, SKIP_EXAMPLES) }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** A finite number from a field, or null for blank; `NaN` for text that is not a number. */
export function numberField(s: string | undefined): number | null {
  const x = (s ?? '').trim();
  if (x === '') return null;
  // Accept a decimal comma (European LibreView exports) when there is no dot.
  const y = /^-?\d+,\d+$/.test(x) ? x.replace(',', '.') : x;
  return /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(y) ? Number(y) : NaN;
}
