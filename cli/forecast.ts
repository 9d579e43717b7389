import type { Command } from 'commander';
import type { Core } from '../core/app';
import { forecastAt, type ForecastMethod } from '../core/diabetes/forecast-service';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isoOption, printJson } from './read-file';

export function forecastCommand(program: Command, openCore: () => Core): void {
  program
    .command('forecast')
    .description('glucose forecast from recent CGM readings (a suggestion, with an 80 % interval); uses only data stamped ≤ the forecast time')
    .requiredOption('--subject <name>', 'the person')
    .option('--at <iso>', 'forecast time (default: now)')
    .option('--from <iso>', 'with --to and --every-min: one forecast per step, as JSON Lines')
    .option('--to <iso>', 'end of the stepped range')
    .option('--every-min <n>', 'minutes between stepped forecasts')
    .option('--horizon-min <n>', 'minutes ahead, a multiple of 5 up to 120', '60')
    .option('--method <m>', 'auto (the forecast model where it can, else the trend line), model or trend', 'auto')
    .option('--json', 'print JSON (JSON Lines with --every-min)')
    .action(async (o: { subject: string; at?: string; from?: string; to?: string; everyMin?: string; horizonMin: string; method: string; json?: boolean }) => {
      const horizon = Number(o.horizonMin);
      if (!Number.isInteger(horizon) || horizon < 5 || horizon > 120 || horizon % 5 !== 0) throw new CliError(`--horizon-min ${o.horizonMin}: a multiple of 5 from 5 to 120`);
      if (!['auto', 'model', 'trend'].includes(o.method)) throw new CliError(`--method ${o.method}: auto, model or trend`);
      const method = o.method as ForecastMethod;
      const stepped = o.everyMin !== undefined || o.from !== undefined || o.to !== undefined;
      if (stepped && o.at) throw new CliError('use either --at or --from/--to/--every-min');
      let times: number[];
      if (stepped) {
        const from = isoOption('from', o.from);
        const to = isoOption('to', o.to);
        const every = Number(o.everyMin);
        if (!from || !to || !Number.isFinite(every) || every < 1) throw new CliError('--from, --to and --every-min (≥ 1) go together');
        const a = Date.parse(from);
        const b = Date.parse(to);
        if (b < a) throw new CliError('--to is before --from');
        if ((b - a) / (every * 60_000) > 100_000) throw new CliError('that is more than 100,000 forecasts: use a larger --every-min');
        times = [];
        for (let t = a; t <= b; t += every * 60_000) times.push(t);
      } else {
        const at = isoOption('at', o.at);
        times = [at ? Date.parse(at) : Date.now()];
      }
      const core = openCore();
      const { subject, ctx } = resolveSubject(core, o.subject);
      for (const t of times) {
        const doc = await forecastAt(core, ctx, subject.id, t, horizon, method);
        if (o.json || stepped) printJson(doc);
        else {
          process.stdout.write(`${subject.name} at ${doc.at} (${doc.source === 'model' ? 'forecast model' : 'trend line'}): ${doc.reason ?? doc.points.map((p) => `${p.t.slice(11, 16)} ${p.mg_dl} (${p.lo}–${p.hi})`).join(', ')}\n${doc.note}\n`);
        }
      }
    });
}
