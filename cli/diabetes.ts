import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Core } from '../core/app';
import { subjectCgmMetrics } from '../core/diabetes/service';
import { exportRows } from '../core/diabetes/handlers';
import { importText } from '../core/imports/apply';
import { IMPORT_FORMATS } from '../core/imports/types';
import { toFhirBundle, toTendCsv } from '../core/exports/index';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isApiError } from '../api/errors';
import { isoOption, printJson, readInput, tzOption } from './read-file';

export function diabetesCommands(program: Command, openCore: () => Core): void {
  program
    .command('import <file>')
    .description('import readings and events (Dexcom Clarity, LibreView, Nightscout, tend-csv, FHIR); idempotent')
    .requiredOption('--subject <name>', 'the person the data belongs to (created if new)')
    .option('--format <format>', `auto | ${IMPORT_FORMATS.join(' | ')}`, 'auto')
    .option('--skip-bad-lines', 'store the good rows and list the bad ones instead of refusing the file')
    .option('--tz <zone>', 'IANA time zone of files that carry local times without an offset (default: this machine)')
    .option('--json', 'print {"imported","duplicates","skipped","format","skip_reasons"} as JSON')
    .action((file: string, o: { subject: string; format: string; skipBadLines?: boolean; tz?: string; json?: boolean }) => {
      if (o.format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(o.format)) {
        throw new CliError(`--format ${o.format}: use auto, ${IMPORT_FORMATS.join(', ')}`);
      }
      tzOption(o.tz);
      const text = readInput(file) as string;
      const core = openCore();
      // One transaction: a refused file does not even leave a new, empty subject behind.
      const run = () => core.atomically(() => {
        const { subject, ctx } = resolveSubject(core, o.subject, { create: 'diabetes' });
        return importText(core, ctx, subject.id, text, {
        format: o.format as 'auto',
        filename: basename(file),
        fileLabel: file,
        ...(o.skipBadLines ? { skipBadLines: true } : {}),
        ...(o.tz ? { timeZone: o.tz } : {}),
        });
      });
      let s: ReturnType<typeof run>;
      try {
        s = run();
      } catch (e) {
        if (isApiError(e) && e.field === 'format') throw new CliError(`${e.message}; name it with --format (${IMPORT_FORMATS.join(', ')})`);
        throw e;
      }
      for (const e of s.errors) process.stderr.write(`tend: ${file}:${e.line}: skipped: ${e.message}\n`);
      // Why the rest were skipped, so "skipped 66" is never a bare number.
      for (const r of s.skip_reasons) process.stderr.write(`skipped ${r.count}: ${r.reason} (line${r.lines.length === 1 ? '' : 's'} ${r.lines.join(', ')}${r.count > r.lines.length ? ', …' : ''})\n`);
      if (o.json) printJson({ imported: s.imported, duplicates: s.duplicates, skipped: s.skipped, format: s.format, skip_reasons: s.skip_reasons });
      else process.stderr.write(`imported ${s.imported}, duplicates ${s.duplicates}, skipped ${s.skipped} (${s.format})\n`);
    });

  program
    .command('metrics')
    .description('CGM metrics after the International Consensus on Time in Range, with the AGP')
    .requiredOption('--subject <name>', 'the person')
    .option('--from <iso>', 'window start (default: 14 days before --to)')
    .option('--to <iso>', 'window end (default: just after the newest reading)')
    .option('--tz <zone>', 'IANA time zone for the AGP hours (default UTC)')
    .option('--mage-method <method>', 'MAGE by ma (moving averages, Fernandes et al. 2022; default) or service (Service et al. 1970)')
    .option('--json', 'print the metrics as JSON')
    .action((o: { subject: string; from?: string; to?: string; tz?: string; mageMethod?: string; json?: boolean }) => {
      const from = isoOption('from', o.from);
      const to = isoOption('to', o.to);
      tzOption(o.tz);
      if (o.mageMethod !== undefined && o.mageMethod !== 'ma' && o.mageMethod !== 'service') throw new CliError(`--mage-method ${o.mageMethod}: use ma or service`);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const m = subjectCgmMetrics(core, ctx, subject.id, { from, to, timeZone: o.tz, mageMethod: o.mageMethod });
      if (o.json) {
        printJson(m);
        return;
      }
      const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} %`);
      process.stdout.write(
        [
          `${subject.name}: ${m.n} readings, ${m.days} days with readings (${pct(m.active_percent)} sensor time)`,
          `mean ${m.mean?.toFixed(0) ?? '—'} mg/dL · GMI ${m.gmi?.toFixed(1) ?? '—'} % · CV ${pct(m.cv)}`,
          `time in range 70–180: ${pct(m.in_range_70_180)} · below 70: ${pct(m.below_70)} · below 54: ${pct(m.below_54)} · above 180: ${pct(m.above_180)} · above 250: ${pct(m.above_250)}`,
        ].join('\n') + '\n',
      );
    });

  program
    .command('export')
    .description('export a subject as a FHIR R4 Bundle or tend-csv')
    .requiredOption('--subject <name>', 'the person')
    .requiredOption('--format <format>', 'fhir | tend-csv')
    .requiredOption('--out <file>', 'where to write')
    .action((o: { subject: string; format: string; out: string }) => {
      if (o.format !== 'fhir' && o.format !== 'tend-csv') throw new CliError(`--format ${o.format}: use fhir or tend-csv`);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      core.access.require(ctx, subject.id, 'read');
      const obs = exportRows(core, subject.id);
      const body = o.format === 'fhir' ? JSON.stringify(toFhirBundle({ id: subject.id, name: subject.name }, obs), null, 2) + '\n' : toTendCsv(obs);
      try {
        writeFileSync(o.out, body);
      } catch (e) {
        throw new CliError(`--out ${o.out}: ${(e as Error).message}`);
      }
      process.stderr.write(`wrote ${obs.length} observations to ${o.out}\n`);
    });
}
