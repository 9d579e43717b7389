import { badRequest } from '../../api/errors';
import type { Core } from '../app';
import type { CallContext } from '../context';
import { parseImport } from './index';
import type { ImportedEvent, ImportOptions } from './types';

export interface ImportSummary {
  imported: number;
  duplicates: number;
  skipped: number;
  format: string;
  errors: Array<{ line: number; message: string }>;
}

/**
 * Parses a file and stores it for a subject in ONE transaction through the same ingest
 * path as live data (validation, rollups, alert rules). A bad line fails the whole file
 * naming its line, unless `skipBadLines`, which stores the good rows and lists the bad.
 * Record ids are deterministic, so importing the same file twice adds nothing.
 */
export function importText(core: Core, ctx: CallContext, subjectId: string, text: string, opts: ImportOptions & { fileLabel?: string }): ImportSummary {
  core.access.require(ctx, subjectId, 'write');
  const parsed = parseImport(text, { ...opts, idScope: subjectId } as ImportOptions);
  const label = opts.fileLabel ?? 'file';
  if (parsed.format === 'unknown' || (parsed.errors.length && !opts.skipBadLines)) {
    const e = parsed.errors[0] ?? { line: 1, message: 'format not recognised' };
    throw badRequest(`${label}:${e.line}: ${e.message}`);
  }
  const obs: Array<{ id: string; metric: string; t: string; value: number }> = [];
  const events: ImportedEvent[] = [];
  for (const r of parsed.records) {
    if (r.kind === 'observation') obs.push({ id: r.id, metric: r.metric, t: r.t, value: r.value });
    else events.push(r);
  }
  const c = core.deps.db.$client;
  const result = c.transaction(() => {
    let accepted = 0;
    let duplicates = 0;
    for (let i = 0; i < obs.length; i += 10_000) {
      const r = core.ingest(ctx, subjectId, obs.slice(i, i + 10_000));
      accepted += r.accepted;
      duplicates += r.duplicates;
    }
    for (const e of events) {
      const data = e.type === 'insulin' ? { kind: /long|basal/i.test(String(e.data.insulin_type ?? '')) ? 'basal' : 'bolus', ...e.data } : e.data;
      const w = core.events.write(subjectId, { id: e.id, type: e.type, t: e.t, data }, ctx.user?.id ?? null);
      if (w.created) accepted++;
      else duplicates++;
    }
    return { accepted, duplicates };
  })();
  return { imported: result.accepted, duplicates: result.duplicates, skipped: parsed.skipped, format: parsed.format, errors: parsed.errors };
}
