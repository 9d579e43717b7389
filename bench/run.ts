/**
 * `npm run bench`: runs each benchmark and writes its JSON to bench/results/<name>.json.
 * Benchmarks measure side by side in one run (the thing and its baseline), so results
 * are ratios that survive a slower or busier machine. `npm run bench -- NAME…` runs some.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchmarks } from './registry';

const RESULTS = join(import.meta.dirname, 'results');
mkdirSync(RESULTS, { recursive: true });
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = 0;
for (const [name, fn] of Object.entries(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench ${name}…\n`);
  const started = Date.now();
  try {
    const result = await fn();
    const doc = { name, at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, wall_s: (Date.now() - started) / 1000, result };
    writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
    process.stdout.write(JSON.stringify(doc) + '\n');
  } catch (e) {
    failed++;
    process.stderr.write(`bench ${name} failed: ${(e as Error).stack}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
