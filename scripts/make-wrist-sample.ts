/**
 * Writes samples/wrist-tremor-sample.csv: 10 minutes of a simulated wrist at rest with
 * Parkinsonian rest tremor (native/lab/motion/wrist-sim.ts, seed 7310, 50 Hz): tremor in
 * 7 of the 10 minutes, with a pause of 3 minutes, as
 * `t,x,y,z` in seconds and m/s². Deterministic: running it again writes the same bytes.
 *
 *   npx tsx scripts/make-wrist-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { simulateRecording } from '../native/lab/motion/wrist-sim';

export const SAMPLE_SEED = 7310;
export const SAMPLE_MINUTES = 10;

export function wristSampleCsv(): string {
  const rec = simulateRecording({
    seed: SAMPLE_SEED,
    durationS: SAMPLE_MINUTES * 60,
    startMs: Date.UTC(2026, 0, 5, 7, 0, 0),
    rateHz: 50,
    noSleep: true,
    // At rest throughout, where rest tremor shows; no dose, so it is there all along.
    activities: [{ startS: 0, durationS: SAMPLE_MINUTES * 60, activity: 'rest' }],
  });
  const { t, x, y, z } = rec.samples;
  const lines = ['t,x,y,z'];
  for (let i = 0; i < t.length; i++) lines.push(`${t[i]!.toFixed(2)},${x[i]!.toFixed(3)},${y[i]!.toFixed(3)},${z[i]!.toFixed(3)}`);
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../samples/wrist-tremor-sample.csv', import.meta.url), wristSampleCsv());
}
