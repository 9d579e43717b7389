import { badRequest } from '../../api/errors';
import type { Core } from '../core-types';
import type { CallContext } from '../context';
import { parseImport } from './index';
import type { StagedText } from '../../api/staged-text';
import { backgroundThread, type ParsedImport } from '../baby/analyser-thread';
import { split, type EventRow, type ObsRow } from './rows';
import type { ImportOptions, ImportResult, SkipReason } from './types';

export interface ImportSummary {
  imported: number;
  duplicates: number;
  skipped: number;
  format: string;
  errors: Array<{ line: number; message: string }>;
  /** Why `skipped`: counted per reason with a few example lines (types.ts SkipReason). */
  skip_reasons: SkipReason[];
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
  const { obs, events } = toWrite(parsed, opts);
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
      const w = core.events.write(subjectId, e, ctx.user?.id ?? null);
      if (w.created) accepted++;
      else duplicates++;
    }
    return { accepted, duplicates };
  })();
  return { imported: result.accepted, duplicates: result.duplicates, skipped: parsed.skipped, format: parsed.format, errors: parsed.errors, skip_reasons: parsed.skip_reasons };
}

/** Most readings per write transaction, and events per transaction. */
const CHUNK_ROWS = 2_000;
/**
 * Readings written per transaction adapt so that each write holds the event loop for
 * about this long: 2,000 at a time took up to a quarter of a second each on a busy 2-core
 * machine (the writes, with their indexes and rollups, are most of an import's time).
 */
const WRITE_SLICE_MS = 25;
const MIN_WRITE_ROWS = 200;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `importText` for a host that serves others meanwhile (the hub, the desktop's main
 * process): a 40 MB export once held the hub's event loop for 46 s, so no health check
 * answered and another person's alert waited. The file is parsed in the background thread
 * (analyser-thread.ts), which also checks every row as the store would, so a bad file still
 * stores nothing; its rows stay there and this thread fetches them a part at a time, writing
 * them in transactions of about {@link WRITE_SLICE_MS} each and yielding to the event loop
 * between them. It never holds more than one part, so neither the parsing nor a large heap's
 * garbage collection stalls it. `text` may be a StagedText the host streamed into the thread
 * (host/plugins.ts), so the body is never held here at all. A failure while writing (a full
 * disk) can leave the first chunks stored; ids are deterministic, so importing the file
 * again completes it without duplicates. Same answer as `importText`.
 */
export async function importTextInBackground(core: Core, ctx: CallContext, subjectId: string, text: string | StagedText, opts: ImportOptions & { fileLabel?: string }): Promise<ImportSummary> {
  core.access.require(ctx, subjectId, 'write');
  const thread = backgroundThread();
  let parsed: ParsedImport;
  try {
    parsed = await thread.parseImport(text, { ...opts, idScope: subjectId } as ImportOptions, core.deps.clock.now());
  } catch (e) {
    if (typeof text !== 'string') await thread.dropStaged(text);
    throw e;
  }
  try {
    refuseBadFile(parsed, opts);
    let accepted = 0;
    let duplicates = 0;
    let rows = MIN_WRITE_ROWS;
    const events: EventRow[] = [];
    for (let p = 0; p < parsed.partCount; p++) {
      const part = await parsed.part(p);
      for (const e of part.events) events.push(e);
      const obs = part.obs;
      for (let i = 0; i < obs.length; ) {
        core.access.require(ctx, subjectId, 'write');
        const started = performance.now();
        const r = core.ingest(ctx, subjectId, obs.slice(i, i + rows));
        i += rows;
        accepted += r.accepted;
        duplicates += r.duplicates;
        const ms = performance.now() - started;
        rows = Math.max(MIN_WRITE_ROWS, Math.min(CHUNK_ROWS, Math.round((rows * WRITE_SLICE_MS) / Math.max(ms, 1))));
        await nextTurn();
      }
    }
    // Events after every reading, in importText's order; a file holds few of them (meals, doses), so they wait here.
    for (let i = 0; i < events.length; i += CHUNK_ROWS) {
      core.access.require(ctx, subjectId, 'write');
      const w = core.deps.db.$client.transaction(() => events.slice(i, i + CHUNK_ROWS).map((e) => core.events.write(subjectId, e, ctx.user?.id ?? null).created))();
      for (const created of w) {
        if (created) accepted++;
        else duplicates++;
      }
      await nextTurn();
    }
    return { imported: accepted, duplicates, skipped: parsed.skipped, format: parsed.format, errors: parsed.errors, skip_reasons: parsed.skip_reasons };
  } finally {
    await parsed.release();
  }
}

/** 400 naming the first bad line of the file (unless bad lines are skipped), or the unknown format. */
function refuseBadFile(parsed: Pick<ImportResult, 'format' | 'errors'>, opts: { skipBadLines?: boolean; fileLabel?: string }): void {
  const label = opts.fileLabel ?? 'file';
  if (parsed.format === 'unknown' || (parsed.errors.length && !opts.skipBadLines)) {
    const e = parsed.errors[0] ?? { line: 1, message: 'format not recognised' };
    // `format` as the field: a screen offers the formats to choose from, the CLI names --format.
    throw badRequest(`${label}:${e.line}: ${e.message}`, parsed.format === 'unknown' ? 'format' : undefined);
  }
}

/** The parsed file as rows to store, or 400 naming the first bad line (unless bad lines are skipped). */
function toWrite(parsed: ImportResult, opts: { skipBadLines?: boolean; fileLabel?: string }): { obs: ObsRow[]; events: EventRow[] } {
  refuseBadFile(parsed, opts);
  return split(parsed.records);
}
