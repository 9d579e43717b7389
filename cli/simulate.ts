import type { Command } from 'commander';
import { isApiError } from '../api/errors';
import type { Core } from '../core/app';
import { patientParams, sensorParams, type PatientParams, type SensorParams } from '../core/diabetes/simulator/params';
import { lastDaysStart } from '../core/diabetes/simulator/person';
import { simulate } from '../core/diabetes/simulator/simulate';
import { storeSimulation } from '../core/diabetes/simulator/store';
import { resolveSubject } from './context';
import { CliError } from './errors';
import { isoOption, printJson } from './read-file';

const DAY_MS = 86_400_000;
/** Longest run accepted: a year (≈ 175 000 Dexcom readings, some seconds of work). */
export const MAX_SIM_DAYS = 365;

function wholeNumber(name: string, v: string, min: number, max: number, what: string): number {
  const n = /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new CliError(`--${name} ${v}: ${what}`);
  return n;
}

/** Looks up a parameter set, turning "unknown" into exit 2 naming the option. */
function lookup<T>(option: string, name: string, get: (name: string) => T): T {
  try {
    return get(name);
  } catch (e) {
    if (isApiError(e)) throw new CliError(`--${option} ${name}: ${e.message}`);
    throw e;
  }
}

/**
 * `tend simulate diabetes`: the UVA/Padova 2008 virtual patient (simglucose's academic
 * parameters) on a seeded scenario, stored as if recorded (contract section 1).
 */
export function simulateCommands(program: Command, openCore: () => Core): void {
  const sim = program.command('simulate').description('generate realistic data from a virtual patient');
  sim
    .command('diabetes')
    .description('simulate a person with type 1 diabetes (UVA/Padova 2008 model): CGM readings, meals, boluses and basal; deterministic for a seed')
    .requiredOption('--subject <name>', 'the person the data belong to (created if new)')
    .requiredOption('--patient <name>', 'virtual patient: adolescent#001…010, adult#001…010, child#001…010')
    .requiredOption('--days <n>', `days to simulate (1–${MAX_SIM_DAYS})`)
    .option('--seed <s>', 'seed of the meals and sensor noise (0–4294967295)', '1')
    .option('--start <iso>', 'start of the first day (default: today 00:00 UTC minus --days, so the data end today)')
    .option('--sensor <name>', 'CGM noise model and sample time: Dexcom (3 min), GuardianRT (5 min), Navigator (1 min)', 'Dexcom')
    .option('--json', 'print {"readings","meals","insulin","duplicates","patient","seed","from","to"} as JSON')
    .action((o: { subject: string; patient: string; days: string; seed: string; start?: string; sensor: string; json?: boolean }) => {
      const days = wholeNumber('days', o.days, 1, MAX_SIM_DAYS, `a whole number of days from 1 to ${MAX_SIM_DAYS}`);
      const seed = wholeNumber('seed', o.seed, 0, 0xffffffff, 'a whole number from 0 to 4294967295');
      const patient: PatientParams = lookup('patient', o.patient, patientParams);
      const sensor: SensorParams = lookup('sensor', o.sensor, sensorParams);
      const now = Date.now();
      const start = o.start !== undefined ? Date.parse(isoOption('start', o.start)!) : lastDaysStart(now, days);
      const end = start + days * DAY_MS;
      // Simulated data stand for what was recorded: they may not run into the future.
      if (end > now) throw new CliError(`--start ${o.start}: ${days} days from then end at ${new Date(end).toISOString()}, after now`);
      if (start < Date.UTC(1990, 0, 1)) throw new CliError(`--start ${o.start}: before 1990`);

      // Simulate first (no database lock held while the model runs), then store in one transaction.
      const result = simulate({ patient, sensor, days, seed });
      const core = openCore();
      let s: ReturnType<typeof storeSimulation>;
      try {
        s = core.atomically(() => {
          const { subject, ctx } = resolveSubject(core, o.subject, { create: 'diabetes' });
          return storeSimulation(core, ctx, subject.id, result, { seed, start, patient: patient.name, sensor: sensor.name });
        });
      } catch (e) {
        // Another simulated run already fills this subject's days: name the option.
        if (isApiError(e) && e.code === 'conflict') throw new CliError(`--subject ${o.subject}: ${e.message}`);
        throw e;
      }
      const from = new Date(start).toISOString();
      const to = new Date(end).toISOString();
      if (o.json) printJson({ readings: s.readings, meals: s.meals, insulin: s.insulin, duplicates: s.duplicates, patient: patient.name, seed, from, to });
      else process.stderr.write(`simulated ${patient.name} (${sensor.name}, seed ${seed}) from ${from} to ${to}: ${s.readings} readings, ${s.meals} meals, ${s.insulin} insulin, ${s.duplicates} already held\n`);
    });
}
