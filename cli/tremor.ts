import type { Command } from 'commander';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { analyzeTremor, parseAccelCsv } from '../core/tremor/analysis';
import { csvBlocks, uploadMotion } from '../core/tremor/service';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isoOption, printJson, readInput } from './read-file';

/**
 * `tend tremor FILE.csv [--rate-hz N] --json` (contract section 1): rest-tremor analysis of
 * an accelerometer CSV `t,x,y,z`. With `--subject NAME` the recording is also stored for
 * that person (raw chunks, per-minute tremor), like an upload in the app.
 */
export function tremorCommands(program: Command, openCore: () => Core): void {
  program
    .command('tremor <file>')
    .description('rest tremor in a wrist accelerometer CSV t,x,y,z (t in seconds; m/s² or g)')
    .option('--rate-hz <n>', 'sampling rate, Hz (default: inferred from t)')
    .option('--unit <unit>', 'unit of x, y, z: auto | m/s2 | g', 'auto')
    .option('--subject <name>', 'also store the recording for this person (created if new)')
    .option('--start <iso>', 'with --subject: wall time of t = 0 (not needed when t is Unix seconds)')
    .option('--json', 'print the analysis as one JSON document')
    .action((file: string, o: { rateHz?: string; unit: string; subject?: string; start?: string; json?: boolean }) => {
      let rateHz: number | undefined;
      if (o.rateHz !== undefined) {
        rateHz = Number(o.rateHz);
        if (!Number.isFinite(rateHz) || rateHz < 20 || rateHz > 2000) throw new CliError(`--rate-hz ${o.rateHz}: must be a number of Hz between 20 and 2000`);
      }
      if (o.unit !== 'auto' && o.unit !== 'm/s2' && o.unit !== 'g') throw new CliError(`--unit ${o.unit}: use auto, m/s2 or g`);
      const unit = o.unit;
      const start = isoOption('start', o.start);
      const text = readInput(file) as string;
      const started = performance.now();
      let result;
      try {
        const p = parseAccelCsv(text, { ...(rateHz !== undefined ? { rateHz } : {}), unit });
        result = analyzeTremor(p, { rateHz: p.rateHz });
      } catch (e) {
        if (isApiError(e) || e instanceof RangeError) throw new CliError(`${file}: ${e.message}`);
        throw e;
      }
      let stored: Record<string, unknown> | undefined;
      if (o.subject) {
        const core = openCore();
        const out = core.deps.db.$client.transaction(() => {
          const { subject, ctx } = resolveSubject(core, o.subject!, { create: 'parkinson' });
          try {
            const blocks = csvBlocks(text, { startMs: start ? Date.parse(start) : undefined, rateHz, unit });
            return uploadMotion(core, ctx, subject.id, blocks);
          } catch (e) {
            if (isApiError(e)) throw new CliError(`${file}: ${e.field === 'start' ? '--start: ' : ''}${e.message}`);
            throw e;
          }
        })();
        stored = out;
        process.stderr.write(`stored ${out.stored_samples} samples (${out.duplicate_chunks} minutes already there), ${out.observations.accepted} minute observations\n`);
      }
      process.stderr.write(`analysed ${result.per_minute.length} min in ${Math.round(performance.now() - started)} ms\n`);
      if (o.json) {
        printJson(stored ? { ...result, stored } : result);
        return;
      }
      const tremorMin = result.per_minute.filter((m) => m.tremor_percent >= 50).length;
      process.stdout.write(
        [
          result.tremor
            ? `tremor: yes (${result.dominant_band}), dominant ${result.dominant_hz} Hz, amplitude ${result.amplitude_rms} m/s² RMS, band power ratio ${result.tremor_band_power_ratio}`
            : `tremor: no (band power ratio ${result.tremor_band_power_ratio})`,
          `${tremorMin} of ${result.per_minute.length} minutes with tremor at least half the minute`,
        ].join('\n') + '\n',
      );
    });
}
