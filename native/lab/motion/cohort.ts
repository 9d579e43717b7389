/**
 * Synthetic cohorts for progression: each member has baseline tremor parameters and a
 * slow weekly drift of severity and amplitude, plus day-to-day variation; each day has a
 * levodopa schedule. Days are planned (plan.ts) or rendered (wrist-sim.ts) on demand, so a
 * cohort of months costs nothing until a day is asked for. Model: README.md.
 */
import { createRng } from './prng';
import { randomPatient } from './plan';
import type { PatientParams, SimDose } from './plan';
import type { WristSimOptions } from './wrist-sim';

export interface CohortMember {
  id: string;
  seed: number;
  baseline: PatientParams;
  /** Change of severity (0–1 scale) per week: > 0 worsening. */
  severityPerWeek: number;
  /** Multiplicative change of tremor amplitude per week (0.02 = +2 %/week). */
  amplitudePerWeek: number;
  /** Local dose times, hours after midnight (levodopa). */
  doseHours: number[];
}

export interface CohortOptions {
  seed: number;
  size: number;
  /** Fraction of members that worsen, improve, or stay stable (default 0.4 / 0.2 / 0.4). */
  mix?: { worsening: number; improving: number; stable: number };
}

/** Draws a cohort. */
export function createCohort(opts: CohortOptions): CohortMember[] {
  const rng = createRng(opts.seed);
  const mix = opts.mix ?? { worsening: 0.4, improving: 0.2, stable: 0.4 };
  const out: CohortMember[] = [];
  for (let i = 0; i < opts.size; i++) {
    const r = rng.next() * (mix.worsening + mix.improving + mix.stable);
    const kind = r < mix.worsening ? 1 : r < mix.worsening + mix.improving ? -1 : 0;
    const baseline = randomPatient(rng.fork(i));
    baseline.severity = rng.uniform(0.3, 0.6);
    out.push({
      id: `P${String(i + 1).padStart(3, '0')}`,
      seed: opts.seed * 1000 + i,
      baseline,
      // Clinically, Parkinson's tremor scores change over months to years; faster rates are
      // used here so a few weeks show a trend.
      severityPerWeek: kind * rng.uniform(0.02, 0.04),
      amplitudePerWeek: kind * rng.uniform(0.01, 0.03),
      doseHours: [8, 12, 16, 20].map((h) => h + rng.uniform(-0.3, 0.3)),
    });
  }
  return out;
}

/** The member's parameters on a given day (0 = first day), with day-to-day variation. */
export function patientOnDay(m: CohortMember, day: number): PatientParams {
  const rng = createRng(m.seed).fork(10_000 + day);
  const weeks = day / 7;
  const severity = Math.min(0.95, Math.max(0.05, m.baseline.severity + m.severityPerWeek * weeks + 0.04 * rng.normal()));
  return {
    ...m.baseline,
    severity,
    tremorRms: m.baseline.tremorRms * (1 + m.amplitudePerWeek) ** weeks * Math.exp(0.08 * rng.normal()),
  };
}

/**
 * Simulation options for one whole day of a member (local midnight to midnight), with the
 * day's doses (jittered ±20 min). `startMs` of day 0 defaults to 2026-01-05T00:00 local.
 */
export function cohortDay(m: CohortMember, day: number, opts: { rateHz?: number; utcOffsetMin?: number; day0Ms?: number } = {}): WristSimOptions {
  const offset = opts.utcOffsetMin ?? 0;
  const day0 = opts.day0Ms ?? Date.UTC(2026, 0, 5) - offset * 60_000;
  const rng = createRng(m.seed).fork(20_000 + day);
  const doses: SimDose[] = m.doseHours.map((h) => ({ atS: Math.round((h + rng.uniform(-1 / 3, 1 / 3)) * 3600), drug: 'levodopa' }));
  return {
    seed: m.seed * 7 + day,
    durationS: 86_400,
    startMs: day0 + day * 86_400_000,
    utcOffsetMin: offset,
    rateHz: opts.rateHz ?? 50,
    patient: patientOnDay(m, day),
    doses,
  };
}
