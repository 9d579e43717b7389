/**
 * Tremor analysis throughput: one whole day at 100 Hz (8.64 M samples × 3 axes) from the
 * motion lab's simulator, analysed by `analyzeTremor`. Generation is not timed. Target
 * (issue 7): ≤ 10 s on the project's 2-core machine.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTremor } from '../core/tremor/analysis';
import { simulateRecording } from '../native/lab/motion/wrist-sim';

export async function benchTremor(): Promise<Record<string, unknown>> {
  const rateHz = 100;
  const g0 = performance.now();
  const rec = simulateRecording({ seed: 4242, durationS: 86_400, rateHz, startMs: Date.UTC(2026, 0, 5), doses: [8, 12, 16, 20].map((h) => ({ atS: h * 3600, drug: 'levodopa' })) });
  const generationS = (performance.now() - g0) / 1000;
  const samples = rec.samples.x.length;
  // Warm the JIT on a short slice so the timed run measures steady-state code.
  analyzeTremor({ t: rec.samples.t.subarray(0, 60_000), x: rec.samples.x.subarray(0, 60_000), y: rec.samples.y.subarray(0, 60_000), z: rec.samples.z.subarray(0, 60_000) }, { rateHz });
  const t0 = performance.now();
  const result = analyzeTremor(rec.samples, { rateHz });
  const seconds = (performance.now() - t0) / 1000;
  await Promise.resolve();
  return {
    name: 'tremor: one day at 100 Hz',
    samples,
    axes: 3,
    rate_hz: rateHz,
    seconds: Math.round(seconds * 1000) / 1000,
    samples_per_s: Math.round(samples / seconds),
    realtime_factor: Math.round(86_400 / seconds),
    minutes: result.per_minute.length,
    tremor: result.tremor,
    generation_s: Math.round(generationS * 1000) / 1000,
    target_s: 10,
    pass: seconds <= 10,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  benchTremor().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`), (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  });
}
