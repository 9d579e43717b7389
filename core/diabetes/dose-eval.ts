/**
 * In-silico check of the dose suggestion (`npm run eval:dose`): the 30 virtual patients
 * of the UVA/Padova simulator (core/diabetes/simulator) eat the same seeded meals for
 * 14 days three times, each time bolusing differently at the start of every meal:
 *
 * - `carbs_over_cr`: carbs ÷ carb ratio, the simulator's idealised patient (no correction);
 * - `tend`: what `suggestDose` says from the sensor's latest reading, its trend and the
 *   boluses this arm gave before (insulin on board), 0 when it says no insulin;
 * - `no_iob`: carbs ÷ ratio + correction with no insulin on board taken off (stacking),
 *   with the same floor, cap and rounding, to show what insulin on board is for.
 *
 * Settings per patient: carb ratio from Quest.csv; correction factor 1800 ÷ TDI (the
 * "1800 rule" for rapid-acting insulin, because Quest.csv's CF column is not on a mg/dL
 * scale clinicians use); target 110 mg/dL; insulin action 5 h, peak 75 min; maximum bolus
 * 30 % of TDI (at most 30 U); 0.05 U steps (a pump). Outcomes come from the simulated
 * plasma glucose every 5 minutes (what happened), not from the noisy sensor (what was seen).
 * Basal throughout; no exercise, no missed boluses, no corrections between meals.
 *
 * A simulator is not a person: this checks that the calculation behaves (no added time
 * below range, less above) on a standard model. It is no evidence of clinical safety.
 * Writes core/diabetes/dose-eval.json and prints it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DosingSettings } from '../../api/dosing';
import { glucoseTrend } from '../alerts/glucose-trend';
import { settingsAt, suggestDose } from './dose-math';
import { computeCgmMetrics } from './metrics';
import { CgmNoise, cgmReading } from './simulator/cgm-noise';
import { VirtualPatient, basalRate } from './simulator/model';
import { patientNames, patientParams, sensorParams, type PatientParams } from './simulator/params';
import { mealScenario } from './simulator/scenario';

const DAYS = 14;
const SEED = 20261123;
const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5);
type Arm = 'carbs_over_cr' | 'tend' | 'no_iob';
const ARMS: Arm[] = ['carbs_over_cr', 'tend', 'no_iob'];

export function settingsFor(p: PatientParams): DosingSettings {
  return {
    carb_ratio_g_per_u: p.CR,
    isf_mg_dl_per_u: Math.round((1800 / p.TDI) * 10) / 10,
    target_mg_dl: 110,
    insulin_duration_h: 5,
    insulin_peak_min: 75,
    max_bolus_u: Math.min(30, Math.max(1, Math.round(0.3 * p.TDI))),
    dose_step_u: 0.05,
    set_by: 'eval',
    set_at: new Date(T0).toISOString(),
  };
}

const step005 = (u: number) => Math.max(0, Math.floor(u / 0.05 + 1e-9) * 0.05);

function run(name: string, arm: Arm) {
  const p = patientParams(name);
  const sensor = sensorParams('Dexcom');
  const s = settingsFor(p);
  const patient = new VirtualPatient(p);
  const noise = new CgmNoise(sensor, (SEED ^ 0x5bd1e995) >>> 0);
  const basal = basalRate(p);
  const meals = new Map(mealScenario(DAYS, SEED).map((m) => [m.minute, m.carbs_g]));
  const cgm: Array<{ t: number; value: number }> = [];
  const truth: Array<{ t: number; v: number }> = [];
  const doses: Array<{ event_id: string; t: number; units: number }> = [];
  let capped = 0;
  let withheld = 0;
  let lowAtMeal = 0;
  for (let minute = 0; minute < DAYS * 1440; minute++) {
    const t = T0 + minute * MIN;
    if (minute % sensor.sample_time === 0) cgm.push({ t, value: cgmReading(sensor, patient.subcutaneousGlucose, noise.next()) });
    if (minute % 5 === 0) truth.push({ t, v: patient.plasmaGlucose });
    const carbs = meals.get(minute) ?? 0;
    let bolus = 0;
    if (carbs > 0) {
      const g = cgm[cgm.length - 1]!;
      if (g.value < 70) lowAtMeal++;
      if (arm === 'carbs_over_cr') bolus = Math.round(carbs / p.CR / 0.05) * 0.05;
      else if (arm === 'no_iob') {
        const e = settingsAt(s, t);
        const raw = Math.max(0, carbs / e.carb_ratio_g_per_u + (g.value - e.target_mg_dl) / e.isf_mg_dl_per_u);
        if (raw > s.max_bolus_u) capped++;
        bolus = g.value < 70 ? 0 : step005(Math.min(s.max_bolus_u, raw));
        if (bolus === 0) withheld++;
      }
      else {
        const recent = cgm.slice(-12);
        const tr = glucoseTrend(recent, t, { horizonMin: 30, stepMin: 30 });
        const p30 = tr?.points.at(-1);
        const d = suggestDose({
          at: t,
          carbsG: carbs,
          glucose: { mg_dl: g.value, source: 'cgm', t: g.t },
          trend: tr && p30 ? { slope_mg_dl_per_min: tr.slope, in_30_min_mg_dl: p30.mg_dl, lo: p30.lo, hi: p30.hi } : null,
          doses: doses.filter((x) => x.t > t - s.insulin_duration_h * 60 * MIN),
          settings: s,
        });
        bolus = d.units ?? 0;
        if (d.capped) capped++;
        if (d.status !== 'dose') withheld++;
      }
      if (bolus > 0) doses.push({ event_id: String(minute), t, units: bolus });
    }
    patient.step(carbs, basal + bolus);
  }
  const m = computeCgmMetrics(truth, { from: T0, to: T0 + DAYS * 1440 * MIN, timeZone: 'UTC' });
  return {
    in_range_70_180: m.in_range_70_180!,
    below_70: m.below_70!,
    below_54: m.below_54!,
    above_180: m.above_180!,
    above_250: m.above_250!,
    mean: m.mean!,
    min: Math.min(...truth.map((x) => x.v)),
    insulin_bolus_u: doses.reduce((a, d) => a + d.units, 0),
    capped,
    withheld,
    low_at_meal: lowAtMeal,
  };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function runDoseEval() {
  const names = patientNames();
  const per: Record<string, Record<Arm, ReturnType<typeof run>>> = {};
  for (const n of names) {
    per[n] = Object.fromEntries(ARMS.map((a) => [a, run(n, a)])) as Record<Arm, ReturnType<typeof run>>;
    process.stderr.write(`${n}: ${ARMS.map((a) => `${a} TIR ${per[n]![a].in_range_70_180.toFixed(1)} <70 ${per[n]![a].below_70.toFixed(1)} <54 ${per[n]![a].below_54.toFixed(1)}`).join(' | ')}\n`);
  }
  const summary = Object.fromEntries(
    ARMS.map((a) => {
      const xs = names.map((n) => per[n]![a]);
      const mean = (f: (x: ReturnType<typeof run>) => number) => r2(xs.reduce((s, x) => s + f(x), 0) / xs.length);
      return [a, {
        mean_in_range_70_180: mean((x) => x.in_range_70_180),
        mean_below_70: mean((x) => x.below_70),
        mean_below_54: mean((x) => x.below_54),
        mean_above_180: mean((x) => x.above_180),
        mean_above_250: mean((x) => x.above_250),
        worst_below_54: r2(Math.max(...xs.map((x) => x.below_54))),
        patients_below_54_over_1_percent: xs.filter((x) => x.below_54 > 1).length,
        patients_below_70_over_4_percent: xs.filter((x) => x.below_70 > 4).length,
        lowest_mg_dl: r2(Math.min(...xs.map((x) => x.min))),
        mean_bolus_u_per_day: mean((x) => x.insulin_bolus_u / DAYS),
        meals: xs.length * DAYS * 4,
        meals_capped: xs.reduce((s, x) => s + x.capped, 0),
        meals_without_insulin: xs.reduce((s, x) => s + x.withheld, 0),
        meals_starting_below_70_by_sensor: xs.reduce((s, x) => s + x.low_at_meal, 0),
      }];
    }),
  );
  const paired = (f: (x: ReturnType<typeof run>) => number) => names.map((n) => f(per[n]!.tend) - f(per[n]!.carbs_over_cr));
  const tirGain = paired((x) => x.in_range_70_180);
  const hypoChange = paired((x) => x.below_70);
  return {
    days: DAYS,
    seed: SEED,
    patients: names.length,
    summary,
    tend_vs_carbs_over_cr: {
      in_range_gain_median: r2([...tirGain].sort((a, b) => a - b)[tirGain.length >> 1]!),
      patients_more_in_range: tirGain.filter((x) => x > 0.1).length,
      patients_less_in_range: tirGain.filter((x) => x < -0.1).length,
      patients_more_below_70: hypoChange.filter((x) => x > 0.1).length,
      patients_less_below_70: hypoChange.filter((x) => x < -0.1).length,
    },
    per_patient: Object.fromEntries(Object.entries(per).map(([n, arms]) => [n, Object.fromEntries(ARMS.map((a) => [a, Object.fromEntries(Object.entries(arms[a]).map(([k, v]) => [k, r2(v)]))]))])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = runDoseEval();
  writeFileSync(join(import.meta.dirname, 'dose-eval.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify({ ...out, per_patient: undefined }, null, 2) + '\n');
}
