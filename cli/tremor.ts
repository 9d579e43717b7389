import type { Command } from 'commander';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { analyzeTremor, parseAccelCsv, summarize, TremorAnalyzer, type TremorResult } from '../core/tremor/analysis';
import { detectMotionFormat, fileSource, readMotionFile, type MotionFileInfo, type MotionSummary } from '../core/tremor/motion-file';
import { csvBlocks, storedMinuteCounts, uploadMotion, type MotionBlock } from '../core/tremor/service';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { checkFile, isoOption, printJson, readInput } from './read-file';

/** Files at least this big report progress on stderr without `--progress`, bytes. */
const PROGRESS_BYTES = 16 * 1024 * 1024;

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * `tend tremor FILE [--rate-hz N] --json` (contract section 1): rest-tremor analysis of an
 * accelerometer CSV `t,x,y,z`, an Axivity `.cwa` or a GENEActiv `.bin` (told apart by content).
 * With `--subject NAME` the recording is also stored for that person (raw chunks, per-minute
 * tremor), like an upload in the app. `--json` adds what was read: `samples`, `rate_hz`,
 * `duration_s`, `format`.
 */
export function tremorCommands(program: Command, openCore: () => Core): void {
  program
    .command('tremor <file>')
    .description('rest tremor in a wrist accelerometer file: CSV t,x,y,z (t in seconds; m/s² or g), Axivity .cwa or GENEActiv .bin')
    .option('--rate-hz <n>', 'sampling rate, Hz (default: inferred from t)')
    .option('--unit <unit>', 'unit of x, y, z: auto | m/s2 | g', 'auto')
    .option('--subject <name>', 'also store the recording for this person (created if new)')
    .option('--start <iso>', 'with --subject: wall time of t = 0 (not needed when t is Unix seconds)')
    .option('--progress', 'report progress on stderr (automatic for .cwa/.bin files of 16 MB or more)')
    .option('--json', 'print the analysis as one JSON document')
    .action((file: string, o: { rateHz?: string; unit: string; subject?: string; start?: string; json?: boolean; progress?: boolean }) => {
      let rateHz: number | undefined;
      if (o.rateHz !== undefined) {
        rateHz = Number(o.rateHz);
        if (!Number.isFinite(rateHz) || rateHz < 20 || rateHz > 2000) throw new CliError(`--rate-hz ${o.rateHz}: must be a number of Hz between 20 and 2000`);
      }
      if (o.unit !== 'auto' && o.unit !== 'm/s2' && o.unit !== 'g') throw new CliError(`--unit ${o.unit}: use auto, m/s2 or g`);
      const unit = o.unit;
      const start = isoOption('start', o.start);
      checkFile(file);
      const src = fileSource(file);
      let format;
      try {
        format = detectMotionFormat(src.read(0, 512));
      } finally {
        if (format !== 'cwa' && format !== 'geneactiv-bin') src.close();
      }
      if (format === null) throw new CliError(`${file}: not a CSV (t,x,y,z), Axivity .cwa or GENEActiv .bin file`);
      if (format !== 'csv') {
        try {
          if (o.rateHz !== undefined || o.unit !== 'auto' || o.start !== undefined) {
            throw new CliError(`${file}: --rate-hz, --unit and --start apply to CSV only (a ${format === 'cwa' ? '.cwa' : '.bin'} file states its own)`);
          }
          binaryFile(file, src, { ...o, openCore });
        } finally {
          src.close();
        }
        return;
      }
      const text = readInput(file) as string;
      const started = performance.now();
      let result: TremorResult;
      let read: { samples: number; rate_hz: number; duration_s: number; format: 'csv' };
      try {
        const p = parseAccelCsv(text, { ...(rateHz !== undefined ? { rateHz } : {}), unit });
        result = analyzeTremor(p, { rateHz: p.rateHz });
        read = { samples: p.t.length, rate_hz: round3(p.rateHz), duration_s: round3(p.t.length / p.rateHz), format: 'csv' };
      } catch (e) {
        if (isApiError(e) || e instanceof RangeError) throw new CliError(`${file}: ${e.message}`);
        throw e;
      }
      let stored: Record<string, unknown> | undefined;
      if (o.subject) {
        const core = openCore();
        const out = core.atomically(() => {
          const { subject, ctx } = resolveSubject(core, o.subject!, { create: 'parkinson' });
          try {
            const blocks = csvBlocks(text, { startMs: start ? Date.parse(start) : undefined, rateHz, unit });
            return uploadMotion(core, ctx, subject.id, blocks);
          } catch (e) {
            if (isApiError(e)) throw new CliError(`${file}: ${e.field === 'start' ? '--start: ' : ''}${e.message}`);
            throw e;
          }
        });
        stored = out;
        process.stderr.write(`stored ${out.stored_samples} samples (${out.duplicate_chunks} minutes already there), ${out.observations.accepted} minute observations\n`);
      }
      process.stderr.write(`analysed ${result.per_minute.length} min in ${Math.round(performance.now() - started)} ms\n`);
      if (o.json) {
        printJson(stored ? { ...result, ...read, stored } : { ...result, ...read });
        return;
      }
      printText(result);
    });
}

/** Prints the analysis as two human lines. */
function printText(result: TremorResult): void {
  const tremorMin = result.per_minute.filter((m) => m.tremor_percent >= 50).length;
  process.stdout.write(
    [
      result.tremor
        ? `tremor: yes (${result.dominant_band}), dominant ${result.dominant_hz} Hz, amplitude ${result.amplitude_rms} m/s² RMS, band power ratio ${result.tremor_band_power_ratio}`
        : `tremor: no (band power ratio ${result.tremor_band_power_ratio})`,
      `${tremorMin} of ${result.per_minute.length} minutes with tremor at least half the minute`,
    ].join('\n') + '\n',
  );
}

/**
 * A .cwa or .bin file, read piece by piece through its handle: each piece goes to one streaming
 * analyser and, with --subject, is stored as it comes (all in one transaction; the last piece
 * settles the trailing minute), so a file of several hundred MB never sits in memory whole.
 */
function binaryFile(
  file: string,
  src: ReturnType<typeof fileSource>,
  o: { subject?: string | undefined; json?: boolean | undefined; progress?: boolean | undefined; openCore: () => Core },
): void {
  const started = performance.now();
  const showProgress = o.progress === true || src.size >= PROGRESS_BYTES;
  let lastPct = -1;
  const onProgress = showProgress
    ? (f: number) => {
        const pct = Math.floor(f * 10) * 10;
        if (pct === lastPct) return;
        lastPct = pct;
        process.stderr.write(`reading ${file}: ${pct}%\n`);
      }
    : undefined;
  let analyzer: TremorAnalyzer | null = null;
  let read!: { info: MotionFileInfo; summary: MotionSummary };
  let stored: ReturnType<typeof uploadMotion> | undefined;
  const run = (onPiece: (b: MotionBlock) => void) => {
    read = readMotionFile(src, (b) => {
      analyzer ??= new TremorAnalyzer({ rateHz: b.rateHz });
      analyzer.push(b.x, b.y, b.z);
      onPiece(b);
    }, onProgress ? { onProgress } : {});
  };
  try {
    if (o.subject) {
      const core = o.openCore();
      core.atomically(() => {
        const { subject, ctx } = resolveSubject(core, o.subject!, { create: 'parkinson' });
        let held: MotionBlock | null = null;
        const totals = { samples: 0, stored_samples: 0, chunks: 0, duplicate_chunks: 0, accepted: 0, duplicates: 0, seconds: 0 };
        let last: ReturnType<typeof uploadMotion> | undefined;
        const send = (b: MotionBlock, final: boolean) => {
          last = uploadMotion(core, ctx, subject.id, [b], { final });
          totals.samples += last.samples;
          totals.stored_samples += last.stored_samples;
          totals.chunks += last.chunks;
          totals.duplicate_chunks += last.duplicate_chunks;
          totals.accepted += last.observations.accepted;
          totals.duplicates += last.observations.duplicates;
          totals.seconds += last.seconds;
        };
        run((b) => {
          if (held) send(held, false);
          held = b;
        });
        if (held) send(held, true);
        stored = {
          ...last!,
          samples: totals.samples,
          stored_samples: totals.stored_samples,
          chunks: totals.chunks,
          duplicate_chunks: totals.duplicate_chunks,
          seconds: totals.seconds,
          ...storedMinuteCounts(core, ctx, subject.id, read.summary.fromMs, read.summary.toMs),
          rate_hz: round3(read.summary.rate_hz),
          from: new Date(read.summary.fromMs).toISOString(),
          to: new Date(read.summary.toMs).toISOString(),
          observations: { accepted: totals.accepted, duplicates: totals.duplicates },
        };
      });
      process.stderr.write(`stored ${stored!.stored_samples} samples (${stored!.duplicate_chunks} chunks already there), ${stored!.observations.accepted} minute observations\n`);
    } else {
      run(() => {});
    }
  } catch (e) {
    if (isApiError(e) || e instanceof RangeError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  const a = analyzer as TremorAnalyzer | null;
  if (!a) throw new CliError(`${file}: no samples found`);
  a.finish();
  const result = summarize(a.all());
  for (const w of read.info.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
  process.stderr.write(`analysed ${result.per_minute.length} min in ${Math.round(performance.now() - started)} ms\n`);
  if (o.json) {
    const s = read.summary;
    const doc = {
      ...result,
      samples: s.samples,
      rate_hz: round3(s.rate_hz),
      duration_s: round3(s.duration_s),
      format: read.info.format,
      device: read.info.device,
      from: new Date(s.fromMs).toISOString(),
      to: new Date(s.toMs).toISOString(),
      warnings: read.info.warnings,
    };
    printJson(stored ? { ...doc, stored } : doc);
    return;
  }
  process.stdout.write(`${read.info.device}: ${s3(read.summary.samples)} samples at ${round3(read.summary.rate_hz)} Hz, ${round3(read.summary.duration_s)} s\n`);
  printText(result);
}

const s3 = (n: number) => n.toLocaleString('en-US');
