import { dopri5 } from './dopri5';
import type { PatientParams } from './params';

/**
 * The UVA/Padova type 1 diabetes simulator, 2008 version (C. Dalla Man, R. A. Rizza &
 * C. Cobelli, "Meal simulation model of the glucose-insulin system", IEEE TBME 54 (2007)
 * 1740–1749; B. P. Kovatchev et al., "In silico preclinical trials", J Diabetes Sci
 * Technol 3 (2009) 44–55), with the equations exactly as simglucose's
 * `T1DPatient.model` writes them (README.md in this folder lists them).
 */

/** The 13 states, in the order of vpatient_params.csv's x0_1 … x0_13. */
export const STATE = {
  /** Stomach, solid phase, mg. */
  Qsto1: 0,
  /** Stomach, liquid phase, mg. */
  Qsto2: 1,
  /** Gut, mg. */
  Qgut: 2,
  /** Plasma glucose, mg/kg. */
  Gp: 3,
  /** Tissue glucose, mg/kg. */
  Gt: 4,
  /** Plasma insulin, pmol/kg. */
  Ip: 5,
  /** Insulin action on glucose utilisation, pmol/L. */
  X: 6,
  /** Delayed insulin signal, pmol/L. */
  I1: 7,
  /** Delayed insulin action on the liver, pmol/L. */
  Id: 8,
  /** Liver insulin, pmol/kg. */
  Il: 9,
  /** Subcutaneous insulin, first and second compartment, pmol/kg. */
  Isc1: 10,
  Isc2: 11,
  /** Subcutaneous (interstitial) glucose, mg/kg. */
  Gs: 12,
} as const;

/** What the patient gets during one minute (held constant over it). */
export interface ModelInput {
  /** Carbohydrate eaten, g/min. */
  carbs: number;
  /** Insulin delivered, U/min (basal + bolus). */
  insulin: number;
  /** Gastric-emptying reference meal size Dbar, mg (0: no meal yet). */
  Dbar: number;
}

/** Basal insulin rate that keeps x0 steady: u2ss · BW / 6000, U/min (1 U = 6000 pmol). */
export const basalRate = (p: PatientParams): number => (p.u2ss * p.BW) / 6000;

/** Writes dx/dt of the 13 states at x for the given inputs (all rates per minute). */
export function derivative(p: PatientParams, u: ModelInput, x: Float64Array, dx: Float64Array): void {
  const D = 1000 * u.carbs; // mg/min
  const ins = (6000 * u.insulin) / p.BW; // pmol/kg/min
  const qsto = x[0]! + x[1]!;
  const Dbar = u.Dbar;

  // Gastric emptying (Dalla Man 2007, eq. 13–14; simglucose's `kgut`).
  let kempt: number;
  if (Dbar > 0) {
    const alpha = 5 / (2 * Dbar * (1 - p.b));
    const beta = 5 / (2 * Dbar * p.d);
    kempt = p.kmin + ((p.kmax - p.kmin) / 2) * (Math.tanh(alpha * (qsto - p.b * Dbar)) - Math.tanh(beta * (qsto - p.d * Dbar)) + 2);
  } else {
    kempt = p.kmax;
  }
  dx[0] = -p.kmax * x[0]! + D;
  dx[1] = p.kmax * x[0]! - kempt * x[1]!;
  dx[2] = kempt * x[1]! - p.kabs * x[2]!;

  // Glucose subsystem.
  const Ra = (p.f * p.kabs * x[2]!) / p.BW;
  const EGP = Math.max(0, p.kp1 - p.kp2 * x[3]! - p.kp3 * x[8]!);
  const Uii = p.Fsnc;
  const E = x[3]! > p.ke2 ? p.ke1 * (x[3]! - p.ke2) : 0;
  dx[3] = EGP + Ra - Uii - E - p.k1 * x[3]! + p.k2 * x[4]!;
  const Uid = ((p.Vm0 + p.Vmx * x[6]!) * x[4]!) / (p.Km0 + x[4]!);
  dx[4] = -Uid + p.k1 * x[3]! - p.k2 * x[4]!;

  // Insulin subsystem.
  const I = x[5]! / p.Vi;
  dx[5] = -(p.m2 + p.m4) * x[5]! + p.m1 * x[9]! + p.ka1 * x[10]! + p.ka2 * x[11]!;
  dx[6] = -p.p2u * x[6]! + p.p2u * (I - p.Ib);
  dx[7] = -p.ki * (x[7]! - I);
  dx[8] = -p.ki * (x[8]! - x[7]!);
  dx[9] = -(p.m1 + p.m30) * x[9]! + p.m2 * x[5]!;

  // Subcutaneous insulin and glucose.
  dx[10] = ins - (p.kd + p.ka1) * x[10]!;
  dx[11] = p.kd * x[10]! - p.ka2 * x[11]!;
  dx[12] = -p.ksc * x[12]! + p.ksc * x[3]!;

  // These masses cannot go below zero: their derivative is held at 0 while negative.
  for (const i of CLAMPED) if (x[i]! < 0) dx[i] = 0;
}
const CLAMPED = [STATE.Gp, STATE.Gt, STATE.Ip, STATE.Il, STATE.Isc1, STATE.Isc2, STATE.Gs] as const;

/** Subcutaneous glucose as the CGM sees it, Gs / Vg, mg/dL. */
export const subcutaneousGlucose = (p: PatientParams, x: ArrayLike<number>): number => x[STATE.Gs]! / p.Vg;
/** Plasma glucose, Gp / Vg, mg/dL. */
export const plasmaGlucose = (p: PatientParams, x: ArrayLike<number>): number => x[STATE.Gp]! / p.Vg;

/** Solver settings of simglucose (scipy's dopri5 with rtol 1e-6, atol 1e-12). */
export const RTOL = 1e-6;
export const ATOL = 1e-12;

/**
 * A virtual patient advanced one minute at a time, as simglucose's `T1DPatient.step`:
 * meals announced go to a queue eaten at 5 g/min; inputs are held over the minute; the
 * ODE is integrated over [t, t + 1] by Dormand–Prince, restarted every minute.
 */
export class VirtualPatient {
  /** Grams eaten per minute at most. */
  static readonly EAT_RATE = 5;
  /** Minutes since the start. */
  t = 0;
  state: Float64Array;
  private planned = 0;
  private lastCarbs = 0;
  private lastQsto = 0;
  private lastEaten = 0;
  private eating = false;

  /**
   * `legacyDbarGrams` reproduces simglucose before its issue #41 fix, which added the
   * grams eaten to a size in mg (Dbar = Qlast + eaten). Only for checking this model
   * against upstream's recorded results (tests/sim_results.csv was made that way).
   */
  constructor(
    readonly params: PatientParams,
    x0: ArrayLike<number> = params.x0,
    private readonly opts: { legacyDbarGrams?: boolean } = {},
  ) {
    this.state = Float64Array.from(x0);
    // simglucose starts with Dbar = Qsto1 + Qsto2 of x0 (0 for the basal state).
    this.lastQsto = this.state[0]! + this.state[1]!;
  }

  /** Gastric-emptying reference size Dbar, mg: the stomach's content when eating began plus what has been eaten since. */
  get Dbar(): number {
    return this.lastQsto + (this.opts.legacyDbarGrams ? 1 : 1000) * this.lastEaten;
  }

  /** Glucose (mg/dL) in the subcutaneous compartment, what a CGM measures. */
  get subcutaneousGlucose(): number {
    return subcutaneousGlucose(this.params, this.state);
  }

  get plasmaGlucose(): number {
    return plasmaGlucose(this.params, this.state);
  }

  /**
   * Advances one minute. `mealGrams` is announced now (added to the queue); `insulin`
   * is the delivery rate over this minute, U/min.
   */
  step(mealGrams: number, insulin: number): void {
    this.planned += mealGrams;
    const carbs = Math.min(VirtualPatient.EAT_RATE, this.planned);
    this.planned = Math.max(0, this.planned - VirtualPatient.EAT_RATE);
    // Dbar bookkeeping (README "Meals and time stepping").
    if (carbs > 0 && this.lastCarbs <= 0) {
      this.lastQsto = this.state[0]! + this.state[1]!;
      this.lastEaten = 0;
      this.eating = true;
    }
    if (this.eating) this.lastEaten += carbs;
    if (carbs <= 0 && this.lastCarbs > 0) this.eating = false;
    this.lastCarbs = carbs;

    const u: ModelInput = { carbs, insulin, Dbar: this.Dbar };
    const p = this.params;
    const r = dopri5((_t, x, dx) => derivative(p, u, x, dx), 0, this.state, 1, { rtol: RTOL, atol: ATOL });
    this.state = r.y;
    this.t += 1;
  }
}
