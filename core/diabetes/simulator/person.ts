import type { SimulatedPerson } from '../../../api/diabetes';
import type { Core } from '../../core-types';
import type { CallContext } from '../../context';
import { patientParams, sensorParams } from './params';
import { simulate } from './simulate';
import { storeSimulation } from './store';

const DAY_MS = 86_400_000;

/** The default first day of a run of `days`: they end at today's 00:00 UTC, so nothing lies in the future. */
export const lastDaysStart = (now: number, days: number): number => {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - days * DAY_MS;
};

/**
 * "Try Tend with a virtual patient": creates a new diabetes person for the caller and
 * fills the last `days` with a simulation, all in one transaction (the person does not
 * appear without the data). Always a new person, so simulated data are never mixed
 * into someone's real record. The model runs before the transaction (no lock held).
 */
export function simulateNewPerson(
  core: Core,
  ctx: CallContext,
  o: { name?: string | undefined; patient: string; sensor: string; days: number; seed: number },
): SimulatedPerson {
  const patient = patientParams(o.patient);
  const sensor = sensorParams(o.sensor);
  const start = lastDaysStart(core.deps.clock.now(), o.days);
  const result = simulate({ patient, sensor, days: o.days, seed: o.seed });
  return core.deps.db.$client.transaction((): SimulatedPerson => {
    const subject = core.subjects.create(ctx, { name: o.name ?? `Virtual ${patient.name}`, kind: 'diabetes' });
    const s = storeSimulation(core, ctx, subject.id, result, { seed: o.seed, start, patient: patient.name, sensor: sensor.name });
    return {
      subject,
      readings: s.readings,
      meals: s.meals,
      insulin: s.insulin,
      patient: patient.name,
      sensor: sensor.name,
      seed: o.seed,
      from: new Date(start).toISOString(),
      to: new Date(start + o.days * DAY_MS).toISOString(),
    };
  })();
}
