import { CgmNoise, cgmReading } from './cgm-noise';
import { VirtualPatient, basalRate } from './model';
import type { PatientParams, SensorParams } from './params';
import { mealScenario, type MealName } from './scenario';

export interface SimulationOptions {
  patient: PatientParams;
  sensor: SensorParams;
  /** Whole days to simulate, from the basal steady state at minute 0. */
  days: number;
  /** Seeds the meals and the sensor noise (an unsigned 32-bit integer). */
  seed: number;
}

export interface SimulationResult {
  days: number;
  /** CGM readings every sensor.sample_time minutes from minute 0, mg/dL (unrounded). */
  readings: Array<{ minute: number; mg_dl: number }>;
  meals: Array<{ minute: number; carbs_g: number; name: MealName }>;
  /** Meal boluses, U, given over the minute the meal starts. */
  boluses: Array<{ minute: number; units: number }>;
  /** The constant basal rate, U/min. */
  basal_u_per_min: number;
}

/** Rounds a bolus to the pumps' 0.05 U increment. */
export const roundBolus = (units: number): number => Math.round(units / 0.05) * 0.05;

/** The meal bolus an idealised patient takes: carbs / CR (Quest.csv), to 0.05 U. */
export const mealBolus = (p: PatientParams, carbs: number): number => roundBolus(carbs / p.CR);

/** Mixes the seed so the noise draws are not the meals' draws. */
const noiseSeed = (seed: number) => (seed ^ 0x5bd1e995) >>> 0;

/**
 * Runs the virtual patient for `days` days: basal insulin at the steady-state rate
 * throughout, the seeded meal scenario, a carbs/CR bolus at the start of every meal,
 * and the sensor's noisy readings every sample_time minutes (each reading uses the
 * state at its minute, before that minute's inputs act).
 */
export function simulate(o: SimulationOptions): SimulationResult {
  if (!Number.isInteger(o.days) || o.days < 1) throw new Error('simulate: days must be a positive integer');
  const patient = new VirtualPatient(o.patient);
  const noise = new CgmNoise(o.sensor, noiseSeed(o.seed));
  const basal = basalRate(o.patient);
  const meals = mealScenario(o.days, o.seed);
  const boluses = meals.map((m) => ({ minute: m.minute, units: mealBolus(o.patient, m.carbs_g) }));
  const at = new Map(meals.map((m, i) => [m.minute, i]));
  const readings: SimulationResult['readings'] = [];
  const s = o.sensor.sample_time;
  const end = o.days * 1440;
  for (let minute = 0; minute < end; minute++) {
    if (minute % s === 0) readings.push({ minute, mg_dl: cgmReading(o.sensor, patient.subcutaneousGlucose, noise.next()) });
    const i = at.get(minute);
    patient.step(i === undefined ? 0 : meals[i]!.carbs_g, basal + (i === undefined ? 0 : boluses[i]!.units));
  }
  return { days: o.days, readings, meals, boluses, basal_u_per_min: basal };
}
