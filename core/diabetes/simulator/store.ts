import { v5 } from 'uuid';
import { conflict } from '../../../api/errors';
import type { Core } from '../../core-types';
import type { CallContext } from '../../context';
import { logger } from '../../logger';
import type { SimulationResult } from './simulate';
import type { SqlRow } from '../../../db/rows';
import type { events } from '../../../db/schema';

const log = logger('diabetes.simulator');

/** UUIDv5 namespace of simulated records (RFC 4122 §4.3). */
export const TEND_SIMULATOR_NAMESPACE = '3b0c9a5e-2f4d-5d7a-9c1e-6a8b7f0e4d21';

/** What a simulation run stored: new records per kind, and those already held. */
export interface SimulationSummary {
  readings: number;
  meals: number;
  insulin: number;
  duplicates: number;
}

export interface StoreSimulationOptions {
  /** The run's identity, part of every record id. */
  seed: number;
  /** Minute 0 of the simulation, epoch ms. */
  start: number;
  patient: string;
  sensor: string;
}

const MINUTE = 60_000;
const isoAt = (start: number, minute: number) => new Date(start + minute * MINUTE).toISOString();

/**
 * A simulated record's id: UUIDv5 of subject, virtual patient, sensor, seed, start, kind and
 * time. Re-running the same command gives the same ids, so it adds nothing.
 */
export function simulatedId(subjectId: string, run: string, kind: 'glucose' | 'meal' | 'bolus' | 'basal', tIso: string): string {
  return v5(`${subjectId}|sim|${run}|${kind}|${tIso}`, TEND_SIMULATOR_NAMESPACE);
}

/**
 * Stores a simulation for a subject in ONE transaction through the same ingest path as
 * live data (validation, rollups, alert rules): CGM readings as `glucose` observations
 * (whole mg/dL, as CGMs report them), meals as `meal` events, boluses and the basal as
 * `insulin` events (one basal event per simulated day carrying its 24 h total).
 */
export function storeSimulation(core: Core, ctx: CallContext, subjectId: string, sim: SimulationResult, o: StoreSimulationOptions): SimulationSummary {
  core.access.require(ctx, subjectId, 'write');
  const startIso = new Date(o.start).toISOString();
  const run = `${o.patient}|${o.sensor}|${o.seed}|${startIso}`;
  const source = { source: 'simulator', patient: o.patient };
  const obs = sim.readings.map((r) => {
    const t = isoAt(o.start, r.minute);
    return { id: simulatedId(subjectId, run, 'glucose', t), metric: 'glucose', t, value: Math.round(r.mg_dl), unit: 'mg/dL' };
  });
  const meals = sim.meals.map((m) => {
    const t = isoAt(o.start, m.minute);
    return { id: simulatedId(subjectId, run, 'meal', t), type: 'meal' as const, t, data: { carbs_g: m.carbs_g, description: m.name, ...source } };
  });
  const insulin: Array<{ id: string; type: 'insulin'; t: string; data: Record<string, unknown> }> = sim.boluses.map((b) => {
    const t = isoAt(o.start, b.minute);
    return { id: simulatedId(subjectId, run, 'bolus', t), type: 'insulin' as const, t, data: { units: Number(b.units.toFixed(2)), kind: 'bolus', ...source } };
  });
  const perDay = sim.basal_u_per_min * 1440;
  for (let d = 0; d < sim.days; d++) {
    const t = isoAt(o.start, d * 1440);
    insulin.push({
      id: simulatedId(subjectId, run, 'basal', t),
      type: 'insulin',
      t,
      data: { units: Number(perDay.toFixed(2)), kind: 'basal', rate_u_per_h: Number((sim.basal_u_per_min * 60).toFixed(3)), duration_min: 1440, ...source },
    });
  }
  insulin.sort((a, b) => a.t.localeCompare(b.t));

  const began = Date.now();
  const out = core.deps.db.$client.transaction((): SimulationSummary => {
    // One subject is one person: another simulation over the same days (another virtual
    // patient, seed, sensor or start) would mix two runs into one record, so it is refused
    // rather than stored alongside or silently dropped. Re-running this very run is fine.
    const end = o.start + sim.days * 1440 * MINUTE;
    const ours = new Set(meals.map((m) => m.id));
    const existing = core.deps.db.$client
      .prepare<[string, number, number], Pick<SqlRow<typeof events>, 'id'> & { patient: string | null }>(`SELECT id, json_extract(data, '$.patient') AS patient FROM events WHERE subject_id = ? AND type = 'meal' AND t >= ? AND t < ? AND json_extract(data, '$.source') = 'simulator'`)
      .all(subjectId, o.start, end);
    const other = existing.find((e) => !ours.has(e.id));
    if (other) throw conflict(`this subject already has another simulated run (${other.patient ?? 'unknown patient'}) in these days; simulate into another subject or delete that data first`, 'subject');
    const s: SimulationSummary = { readings: 0, meals: 0, insulin: 0, duplicates: 0 };
    for (let i = 0; i < obs.length; i += 10_000) {
      const r = core.ingest(ctx, subjectId, obs.slice(i, i + 10_000));
      s.readings += r.accepted;
      s.duplicates += r.duplicates;
    }
    for (const e of [...meals, ...insulin]) {
      const w = core.events.write(subjectId, e, ctx.user?.id ?? null);
      if (!w.created) s.duplicates++;
      else if (e.type === 'meal') s.meals++;
      else s.insulin++;
    }
    return s;
  })();
  log.debug(`stored simulation for ${subjectId} in ${Date.now() - began} ms`, { ...out });
  return out;
}
