/**
 * `npm run bench`: runs each benchmark and writes its JSON to bench/results/<name>.json.
 * Benchmarks measure side by side in one run (the thing and its baseline), so results
 * are ratios that survive a slower or busier machine. `npm run bench -- NAME…` runs some.
 *
 * Each benchmark runs in its own process: one benchmark's leftovers (a large heap to
 * collect, timers of a device lab winding down) must not land in another's tail latency.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchmarks } from './registry';

const RESULTS = join(import.meta.dirname, 'results');
const args = process.argv.slice(2);

if (args[0] === '--one') {
  const name = args[1]!;
  const fn = benchmarks[name];
  if (!fn) {
    process.stderr.write(`no benchmark ${name}\n`);
    process.exit(2);
  }
  const started = Date.now();
  // The load average beside every result: a number measured on a busy machine shows it.
  const loadBefore = loadavg().map((x) => +x.toFixed(2));
  const result = await fn();
  const doc = {
    name,
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    wall_s: (Date.now() - started) / 1000,
    load_avg_1_5_15: { before: loadBefore, after: loadavg().map((x) => +x.toFixed(2)) },
    result,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
  process.stdout.write(JSON.stringify(doc) + '\n');
  process.exit(0);
}

const only = args.filter((a) => !a.startsWith('-'));
const unknown = only.filter((n) => !(n in benchmarks));
if (unknown.length) {
  process.stderr.write(`no benchmark ${unknown.join(', ')} (have: ${Object.keys(benchmarks).join(', ')})\n`);
  process.exit(2);
}
let failed = 0;
for (const name of Object.keys(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench ${name}…\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', name], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`bench ${name} failed (exit ${r.status})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
