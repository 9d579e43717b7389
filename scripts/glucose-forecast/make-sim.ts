/**
 * Simulated CGM for training the forecast (`npx tsx scripts/glucose-forecast/make-sim.ts OUT.csv`):
 * the 30 UVA/Padova virtual patients (core/diabetes/simulator), DAYS days each with a
 * Dexcom sensor, as `id,time,gl` like shared/data/cgm/real. Deterministic; never committed
 * (models/glucose-forecast/train.py says how to remake it). Seeds differ from the dose evaluation's.
 * Here, not in models/: it drives the core's simulator, and models/ stands under the core.
 */
import { writeFileSync } from 'node:fs';
import { patientNames, patientParams, sensorParams } from '../../core/diabetes/simulator/params';
import { simulate } from '../../core/diabetes/simulator/simulate';

const DAYS = 14;
const T0 = Date.UTC(2025, 0, 6);
const out = process.argv[2];
// Training used seeds 1000–1029; the supplementary type 1 check, 2000–2029 (MODEL.md).
const seedBase = Number(process.argv[3] ?? 1000);
if (!out || !Number.isInteger(seedBase)) throw new Error('usage: make-sim.ts OUT.csv [SEED_BASE]');
const lines = ['id,time,gl'];
patientNames().forEach((name, i) => {
  const r = simulate({ patient: patientParams(name), sensor: sensorParams('Dexcom'), days: DAYS, seed: seedBase + i });
  for (const x of r.readings) lines.push(`sim-${name},${new Date(T0 + x.minute * 60_000).toISOString().slice(0, 19).replace('T', ' ')},${x.mg_dl.toFixed(1)}`);
});
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`${lines.length - 1} readings\n`);
