import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Core } from '../core/app';
import { REPORT_KINDS, ReportRequest } from '../api/reports';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isoOption } from './read-file';

/**
 * `tend report --subject NAME --kind agp|baby|tremor --out FILE.pdf [--from] [--to] [--time-zone IANA]`
 * (contract section 5): starts the hub in-process on a free loopback port over the same
 * database, asks the core's `reports.print` (Chromium prints the hub's report page),
 * writes the PDF, stops the hub.
 */
export function reportCommand(program: Command, openCore: () => Core): void {
  program
    .command('report')
    .description('a PDF report printed by Chromium from the app\'s own screens')
    .requiredOption('--subject <name>', 'the person')
    .requiredOption('--kind <kind>', REPORT_KINDS.join(' | '))
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--from <iso>', 'period start')
    .option('--to <iso>', 'period end')
    .option('--time-zone <iana>', 'the zone for days and clock times, e.g. America/New_York (default: the account\'s, else this machine\'s)')
    .option('--utc-offset-min <n>', 'a fixed clock this many minutes east of UTC instead of a zone (older callers)')
    .action(async (o: { subject: string; kind: string; out: string; from?: string; to?: string; timeZone?: string; utcOffsetMin?: string }) => {
      if (!(REPORT_KINDS as readonly string[]).includes(o.kind)) throw new CliError(`--kind ${o.kind}: use ${REPORT_KINDS.join(', ')}`);
      const from = isoOption('from', o.from);
      const to = isoOption('to', o.to);
      if (from && to && Date.parse(to) <= Date.parse(from)) throw new CliError('--to must be after --from');
      const offset = o.utcOffsetMin === undefined ? undefined : Number(o.utcOffsetMin);
      if (offset !== undefined && !(Number.isInteger(offset) && Math.abs(offset) <= 840)) throw new CliError(`--utc-offset-min ${o.utcOffsetMin}: minutes, −840 to 840`);
      if (o.timeZone !== undefined) {
        const zone = ReportRequest.shape.time_zone.safeParse(o.timeZone);
        if (!zone.success) throw new CliError(`--time-zone ${o.timeZone}: ${zone.error.issues[0]!.message}`);
      }
      // The hub's HTTP stack loads with the report, not with every `tend`.
      const [{ RENDERER_DIR }, { startHub }] = await Promise.all([import('../host/server'), import('../host/start')]);
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new CliError('the app is not built: run `npm run build:renderer` first', 1);
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      const hub = await startHub({ core, host: '127.0.0.1', port: 0 });
      let pdf: Buffer;
      try {
        // The hub just started registered its Chromium printer with this core (host/reports.ts).
        const out = await core.call('reports.print', { subject_id: subject.id, kind: o.kind, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(o.timeZone !== undefined ? { time_zone: o.timeZone } : {}), ...(offset !== undefined ? { utc_offset_min: offset } : {}) }, ctx);
        pdf = Buffer.from(out.pdf_base64, 'base64');
      } finally {
        await hub.close();
      }
      try {
        writeFileSync(o.out, pdf);
      } catch (e) {
        throw new CliError(`--out ${o.out}: ${(e as Error).message}`);
      }
      process.stderr.write(`wrote ${o.kind} report for ${subject.name} to ${o.out} (${pdf.length} bytes)\n`);
    });
}
