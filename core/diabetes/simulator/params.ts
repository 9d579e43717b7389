import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { badRequest } from '../../../api/errors';
import { parseCsv } from '../../imports/csv';

/**
 * The parameter sets of simglucose (MIT, © 2017 Jinyu Xie; see params/NOTICE.md), read
 * from the CSV files beside this module and validated with zod so that a damaged file
 * fails loudly instead of simulating nonsense. Column meanings and units: README.md.
 */

const finite = z.number().finite();
const positive = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

/** One virtual patient of the UVA/Padova 2008 model (vpatient_params.csv + Quest.csv). */
export const PatientParams = z.object({
  name: z.string().regex(/^(adolescent|adult|child)#\d{3}$/),
  /** The 13 initial states (the basal steady state), in the model's state order. */
  x0: z.array(nonNegative).length(13),
  /** Body weight, kg. */
  BW: positive,
  /** Basal endogenous glucose production, mg/kg/min. */
  EGPb: positive,
  /** Basal plasma glucose, mg/dL. */
  Gb: positive,
  /** Basal plasma insulin, pmol/L. */
  Ib: positive,
  kabs: positive, kmax: positive, kmin: positive,
  b: positive, d: positive,
  /** Glucose distribution volume, dL/kg. */
  Vg: positive,
  /** Insulin distribution volume, L/kg. */
  Vi: positive,
  Ipb: positive,
  Vmx: nonNegative, Km0: positive,
  k1: positive, k2: positive,
  p2u: positive,
  m1: positive, m2: positive, m4: positive, m30: positive,
  Ilb: positive,
  ki: positive,
  kp1: positive, kp2: nonNegative, kp3: nonNegative,
  f: positive,
  Gpb: positive, Gtb: positive,
  ke1: nonNegative, ke2: nonNegative,
  Fsnc: nonNegative,
  Vm0: nonNegative,
  kd: positive, ksc: positive, ka1: positive, ka2: positive,
  /** Basal insulin delivery that keeps x0 steady, pmol/kg/min. */
  u2ss: positive,
  isc1ss: nonNegative, isc2ss: nonNegative,
  /** Carb ratio, g of carbohydrate per U (Quest.csv). */
  CR: positive,
  /** Correction factor, mg/dL per U (Quest.csv). */
  CF: positive,
  /** Age, years (Quest.csv). */
  age: positive,
  /** Total daily insulin, U/day (Quest.csv). */
  TDI: positive,
});
export type PatientParams = z.infer<typeof PatientParams>;

/** A CGM's noise model and sampling (sensor_params.csv). */
export const SensorParams = z.object({
  name: z.string().min(1),
  /** Partial autocorrelation of the 15-minute driving series. */
  PACF: z.number().finite().min(0).max(1),
  /** Johnson SU shape (gamma, delta), scale (lambda) and location (xi), mg/dL. */
  gamma: finite,
  lambda: positive,
  delta: positive,
  xi: finite,
  /** Minutes between readings; divides 15 × 10 (a noise block) and 1440 (a day). */
  sample_time: z.number().int().positive().refine((s) => 150 % s === 0 && 1440 % s === 0, 'sample_time must divide 150 and 1440'),
  /** Readings are clipped to [min, max], mg/dL. */
  min: positive,
  max: positive,
});
export type SensorParams = z.infer<typeof SensorParams>;

/** An insulin pump (pump_params.csv). Kept for completeness: Tend's scenario does not use a pump model. */
export const PumpParams = z.object({
  name: z.string().min(1),
  min_bolus: nonNegative, max_bolus: positive, inc_bolus: positive,
  min_basal: nonNegative, max_basal: positive, inc_basal: positive,
  sample_time: positive,
});
export type PumpParams = z.infer<typeof PumpParams>;

type Row = Record<string, string>;

/** Reads a CSV whose first row is the header into objects keyed by column name. */
function rowsOf(file: string, text: string): Row[] {
  const [head, ...rows] = parseCsv(text).filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (!head) throw new Error(`${file}: empty`);
  const cols = head.fields.map((f) => f.trim());
  return rows.map((r) => {
    if (r.fields.length !== cols.length) throw new Error(`${file}:${r.line}: ${r.fields.length} fields, the header has ${cols.length}`);
    return Object.fromEntries(cols.map((c, i) => [c, r.fields[i]!.trim()]));
  });
}

function num(file: string, row: Row, col: string): number {
  const s = row[col];
  if (s === undefined) throw new Error(`${file}: no column ${col}`);
  const v = s === '' ? Number.NaN : Number(s);
  if (!Number.isFinite(v)) throw new Error(`${file}: ${row.Name ?? '?'}: ${col} = ${JSON.stringify(s)} is not a number`);
  return v;
}

function check<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${file}: ${(value as { name?: string }).name ?? '?'}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return r.data;
}

const PATIENT_KEYS = [
  'BW', 'EGPb', 'Gb', 'Ib', 'kabs', 'kmax', 'kmin', 'b', 'd', 'Vg', 'Vi', 'Ipb', 'Vmx', 'Km0', 'k2', 'k1', 'p2u', 'm1', 'm2', 'm4', 'm30',
  'Ilb', 'ki', 'kp2', 'kp3', 'f', 'Gpb', 'ke1', 'ke2', 'Fsnc', 'Gtb', 'Vm0', 'kd', 'ksc', 'ka1', 'ka2', 'u2ss', 'isc1ss', 'isc2ss', 'kp1',
] as const;

/** Parses vpatient_params.csv and Quest.csv (their texts) into validated patients, by name. */
export function parsePatients(vpatientCsv: string, questCsv: string): Map<string, PatientParams> {
  const quest = new Map(rowsOf('Quest.csv', questCsv).map((r) => [r.Name!, r]));
  const out = new Map<string, PatientParams>();
  for (const r of rowsOf('vpatient_params.csv', vpatientCsv)) {
    const name = r.Name ?? '';
    const q = quest.get(name);
    if (!q) throw new Error(`Quest.csv: no row for ${name}`);
    // The state columns are headed `x0_ 1` … `x0_ 9`, `x0_10` … `x0_13`.
    const x0 = Array.from({ length: 13 }, (_, i) => num('vpatient_params.csv', r, `x0_${String(i + 1).padStart(2, ' ')}`));
    const p: Record<string, unknown> = { name, x0 };
    for (const k of PATIENT_KEYS) p[k] = num('vpatient_params.csv', r, k);
    p.CR = num('Quest.csv', q, 'CR');
    p.CF = num('Quest.csv', q, 'CF');
    p.age = num('Quest.csv', q, 'Age');
    p.TDI = num('Quest.csv', q, 'TDI');
    if (out.has(name)) throw new Error(`vpatient_params.csv: ${name} appears twice`);
    out.set(name, check(PatientParams, 'vpatient_params.csv', p));
  }
  return out;
}

/** Parses sensor_params.csv (its text) into validated sensors, by name. */
export function parseSensors(csv: string): Map<string, SensorParams> {
  const out = new Map<string, SensorParams>();
  for (const r of rowsOf('sensor_params.csv', csv)) {
    const s: Record<string, unknown> = { name: r.Name };
    for (const k of ['PACF', 'gamma', 'lambda', 'delta', 'xi', 'sample_time', 'min', 'max'] as const) s[k] = num('sensor_params.csv', r, k);
    out.set(r.Name!, check(SensorParams, 'sensor_params.csv', s));
  }
  return out;
}

/** Parses pump_params.csv (its text) into validated pumps, by name. */
export function parsePumps(csv: string): Map<string, PumpParams> {
  const out = new Map<string, PumpParams>();
  for (const r of rowsOf('pump_params.csv', csv)) {
    const s: Record<string, unknown> = { name: r.Name };
    for (const k of ['min_bolus', 'max_bolus', 'inc_bolus', 'min_basal', 'max_basal', 'inc_basal', 'sample_time'] as const) s[k] = num('pump_params.csv', r, k);
    out.set(r.Name!, check(PumpParams, 'pump_params.csv', s));
  }
  return out;
}

const readParam = (file: string) => readFileSync(new URL(`./params/${file}`, import.meta.url), 'utf8');

let cache: { patients: Map<string, PatientParams>; sensors: Map<string, SensorParams>; pumps: Map<string, PumpParams> } | null = null;
function load() {
  cache ??= {
    patients: parsePatients(readParam('vpatient_params.csv'), readParam('Quest.csv')),
    sensors: parseSensors(readParam('sensor_params.csv')),
    pumps: parsePumps(readParam('pump_params.csv')),
  };
  return cache;
}

/** The 30 virtual patients' names, in file order (adolescent, adult, child). */
export const patientNames = (): string[] => [...load().patients.keys()];
/** The sensors' names (Dexcom, GuardianRT, Navigator). */
export const sensorNames = (): string[] => [...load().sensors.keys()];
export const pumps = (): ReadonlyMap<string, PumpParams> => load().pumps;

/** A patient by name, e.g. `adult#001`; a 400 naming the valid ones otherwise. */
export function patientParams(name: string): PatientParams {
  const p = load().patients.get(name);
  if (!p) throw badRequest(`unknown patient ${JSON.stringify(name)}; use one of ${patientNames().join(', ')}`, 'patient');
  return p;
}

/** A sensor by name; a 400 naming the valid ones otherwise. */
export function sensorParams(name: string): SensorParams {
  const s = load().sensors.get(name);
  if (!s) throw badRequest(`unknown sensor ${JSON.stringify(name)}; use one of ${sensorNames().join(', ')}`, 'sensor');
  return s;
}
