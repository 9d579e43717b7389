import { describe, expect, it } from 'vitest';
import { STATE, VirtualPatient, basalRate, derivative } from './model';
import { patientNames, patientParams, type PatientParams } from './params';

/** Plasma glucose (mg/dL) each minute for `minutes`, with a meal and bolus at `at`. */
function run(p: PatientParams, o: { at?: number; carbs?: number; bolus?: number; minutes: number; basal?: number }): number[] {
  const vp = new VirtualPatient(p);
  const basal = o.basal ?? basalRate(p);
  const g = [vp.plasmaGlucose];
  for (let m = 0; m < o.minutes; m++) {
    const now = m === (o.at ?? -1);
    vp.step(now ? (o.carbs ?? 0) : 0, basal + (now ? (o.bolus ?? 0) : 0));
    g.push(vp.plasmaGlucose);
  }
  return g;
}
const argmax = (xs: number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);

describe('UVA/Padova 2008 model', () => {
  it.each(patientNames())('%s: x0 is a steady state under the basal rate, and stays there for 24 h', (name) => {
    const p = patientParams(name);
    const dx = new Float64Array(13);
    derivative(p, { carbs: 0, insulin: basalRate(p), Dbar: 0 }, Float64Array.from(p.x0), dx);
    // Each derivative is ~0 relative to its state's scale (states range from 0 to ~300).
    for (let i = 0; i < 13; i++) expect(Math.abs(dx[i]!), `d/dt state ${i}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(p.x0[i]!)));
    const g = run(p, { minutes: 1440 });
    for (const v of g) expect(Math.abs(v - p.Gb)).toBeLessThan(0.5);
  });

  it('moves off the steady state when the basal rate is wrong (the test above can fail)', () => {
    const p = patientParams('adult#001');
    const g = run(p, { minutes: 24 * 60, basal: 0.5 * basalRate(p) });
    expect(g.at(-1)! - p.Gb).toBeGreaterThan(20);
  });

  it('a 50 g meal without a bolus raises glucose plausibly, peaks 30–150 min after it, then comes back', () => {
    const p = patientParams('adult#001');
    const at = 60;
    const g = run(p, { at, carbs: 50, minutes: at + 24 * 60 });
    // The first peak: the first minute after the meal where glucose stops rising.
    let first = at + 1;
    while (g[first + 1]! > g[first]!) first++;
    expect(first - at).toBeGreaterThanOrEqual(30);
    expect(first - at).toBeLessThanOrEqual(150);
    const rise = g[first]! - p.Gb;
    expect(rise).toBeGreaterThan(30);
    expect(rise).toBeLessThan(150);
    // The model's biphasic gastric emptying (kmin while the stomach holds between d and b
    // of the meal) can give a second, later hump; the overall peak stays plausible.
    const peak = Math.max(...g);
    expect(peak - p.Gb).toBeLessThan(150);
    expect(argmax(g) - at).toBeLessThan(6 * 60);
    // Back towards basal: well below the peak by 8 h, within 5 mg/dL of basal by 24 h.
    expect(g[at + 8 * 60]!).toBeLessThan(peak - 30);
    expect(Math.abs(g.at(-1)! - p.Gb)).toBeLessThan(5);
  });

  it('the same meal with its carbs/CR bolus peaks lower; a bolus alone lowers glucose', () => {
    const p = patientParams('adult#001');
    const at = 60;
    const bolus = 50 / p.CR;
    const noBolus = run(p, { at, carbs: 50, minutes: at + 8 * 60 });
    const withBolus = run(p, { at, carbs: 50, bolus, minutes: at + 8 * 60 });
    expect(Math.max(...withBolus)).toBeLessThan(Math.max(...noBolus) - 10);
    expect(Math.max(...withBolus)).toBeGreaterThan(p.Gb + 10);
    const alone = run(p, { at, bolus, minutes: at + 8 * 60 });
    expect(Math.max(...alone)).toBeLessThanOrEqual(p.Gb + 1e-6);
    const low = Math.min(...alone);
    expect(p.Gb - low).toBeGreaterThan(20);
    // Insulin acts over hours: the lowest point comes 1–8 h after the bolus.
    expect(alone.indexOf(low) - at).toBeGreaterThan(60);
  });

  it('eats at 5 g/min, sets Dbar to the meal in mg, and absorbs all of it', () => {
    const p = patientParams('adult#001');
    const vp = new VirtualPatient(p);
    const basal = basalRate(p);
    let absorbed = 0; // ∫ kabs·Qgut dt, mg, by the trapezoid rule per minute
    let prev = vp.state[STATE.Qgut]!;
    const stomach: number[] = [];
    for (let m = 0; m < 16 * 60; m++) {
      vp.step(m === 0 ? 52 : 0, basal);
      const q = vp.state[STATE.Qgut]!;
      absorbed += (p.kabs * (prev + q)) / 2;
      prev = q;
      stomach.push(vp.state[STATE.Qsto1]! + vp.state[STATE.Qsto2]! + q);
      // 52 g: ten minutes of 5 g and one of 2 g; Dbar counts what was eaten, in mg.
      if (m < 11) expect(vp.Dbar).toBe(Math.min(5 * (m + 1), 52) * 1000);
    }
    expect(vp.Dbar).toBe(52_000);
    expect(stomach.at(-1)!).toBeLessThan(100);
    expect(Math.abs(absorbed + stomach.at(-1)! - 52_000) / 52_000).toBeLessThan(0.01);
  });

  it('starts a new Dbar from what is still in the stomach when the next meal begins', () => {
    const p = patientParams('adult#001');
    const vp = new VirtualPatient(p);
    for (let m = 0; m < 30; m++) vp.step(m === 0 ? 40 : 0, basalRate(p));
    const left = vp.state[STATE.Qsto1]! + vp.state[STATE.Qsto2]!;
    expect(left).toBeGreaterThan(1000);
    vp.step(20, basalRate(p));
    expect(vp.Dbar).toBeCloseTo(left + 5000, 6);
  });

  it('holds a negative state still (the clamp) instead of letting it run away', () => {
    const p = patientParams('adult#001');
    const x = Float64Array.from(p.x0);
    for (const i of [STATE.Gp, STATE.Gt, STATE.Ip, STATE.Il, STATE.Isc1, STATE.Isc2, STATE.Gs]) x[i] = -1;
    const dx = new Float64Array(13);
    derivative(p, { carbs: 0, insulin: 1, Dbar: 0 }, x, dx);
    for (const i of [STATE.Gp, STATE.Gt, STATE.Ip, STATE.Il, STATE.Isc1, STATE.Isc2, STATE.Gs]) expect(dx[i]).toBe(0);
    // X, I1, Id are not clamped.
    expect(dx[STATE.X]).not.toBe(0);
  });

  it("reproduces simglucose's recorded run to 1e-4 mg/dL when given its old Dbar units", () => {
    // Upstream tests/sim_results.csv (jxx123/simglucose a44ed34, MIT): adolescent#001,
    // Dexcom (3-min steps), basal-bolus controller, Insulet pump. It was recorded before
    // simglucose issue #41 fixed Dbar's units, so it is checked with `legacyDbarGrams`.
    // Inputs per minute from its CHO and insulin columns (means over each 3-min step);
    // the minute of each meal inside its step is not logged (these are the only ones that fit).
    // BG there is the mean of the three per-minute subcutaneous glucose values of the step.
    const p = patientParams('adolescent#001');
    const vp = new VirtualPatient(p, p.x0, { legacyDbarGrams: true });
    const meals = new Map([[517, 56], [644, 59], [873, 13]]);
    const insulin = new Map([[519, 0.5324500000000001], [645, 1.8337416666666668], [876, 0.1343]]);
    const want = new Map([[540, 149.8384383377331], [609, 181.75596033244943], [720, 187.1324447008274], [861, 109.86001569168124]]);
    const g = [vp.subcutaneousGlucose];
    for (let m = 0; m < 870; m++) {
      vp.step(meals.get(m) ?? 0, insulin.get(m - (m % 3)) ?? 0.013933333333333336);
      g.push(vp.subcutaneousGlucose);
    }
    for (const [t, bg] of want) expect(Math.abs((g[t - 2]! + g[t - 1]! + g[t]!) / 3 - bg), `t=${t}`).toBeLessThan(1e-4);
    // And the unit fix matters: with Dbar in mg the same inputs give a visibly different curve.
    const fixed = new VirtualPatient(p);
    for (let m = 0; m < 609; m++) fixed.step(meals.get(m) ?? 0, insulin.get(m - (m % 3)) ?? 0.013933333333333336);
    expect(Math.abs(fixed.subcutaneousGlucose - g[609]!)).toBeGreaterThan(1);
  });
});
