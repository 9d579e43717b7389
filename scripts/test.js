#!/usr/bin/env node
// `npm test`: every check, each run whatever happened to the one before, and one summary
// that says what ran, what failed and what never ran. Chained with `&&`, a single slow
// test in the main suite used to skip the whole end-to-end suite without a word.
//
// In CI (CI=true) a skipped test fails the run: a guard such as "skip without Chromium"
// must not turn a machine that lacks a tool into a green build. Only the tests named in
// ALLOWED_SKIPS (the Electron window, whose binary cannot be downloaded here) may skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = /^(1|true)$/i.test(process.env.CI ?? '');
/** Suites (describe blocks) allowed to skip in CI, matched on the start of a test's full name. */
const ALLOWED_SKIPS = ['the Electron window'];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script, extra = []) => {
  const started = Date.now();
  console.error(`\n▶ npm run ${script}${extra.length ? ` -- ${extra.join(' ')}` : ''}`);
  const r = spawnSync(npm, ['run', script, ...(extra.length ? ['--', ...extra] : [])], { cwd: root, stdio: 'inherit' });
  return { ok: r.status === 0, s: Math.round((Date.now() - started) / 1000) };
};

const suites = [
  { name: 'main', script: 'test:main', report: 'test-results/vitest-main.json' },
  { name: 'e2e', script: 'test:e2e', report: 'test-results/vitest-e2e.json' },
];
for (const s of suites) rmSync(join(root, s.report), { force: true });

const steps = [];
steps.push({ name: 'lint', ...run('lint') });
steps.push({ name: 'typecheck', ...run('typecheck') });
const build = run('build:renderer', ['--logLevel', 'warn']);
steps.push({ name: 'build', ...build });
// The tests that spawn `tend` run the compiled CLI (bin/tend.js), as users do, once it is built.
steps.push({ name: 'build:node', ...run('build:node') });

/** Reads a vitest JSON report: counts and the names of skipped tests. */
function readReport(file) {
  try {
    const r = JSON.parse(readFileSync(join(root, file), 'utf8'));
    const skipped = [];
    for (const t of r.testResults ?? []) {
      for (const a of t.assertionResults ?? []) {
        if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') skipped.push(a.fullName ?? a.title);
      }
    }
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped, files: r.numTotalTestSuites };
  } catch {
    return null;
  }
}

const lines = [];
let ok = steps.every((s) => s.ok);
for (const s of suites) {
  if (s.name === 'e2e' && !build.ok) {
    lines.push(`${s.name}: not run (the renderer did not build)`);
    ok = false;
    continue;
  }
  const r = run(s.script);
  const rep = existsSync(join(root, s.report)) ? readReport(s.report) : null;
  if (!rep) {
    lines.push(`${s.name}: not run or no report (exit ${r.ok ? 0 : 'non-zero'})`);
    ok = false;
    continue;
  }
  const badSkips = ci ? rep.skipped.filter((n) => !ALLOWED_SKIPS.some((a) => n.startsWith(a))) : [];
  lines.push(`${s.name}: ${rep.passed} passed, ${rep.failed} failed, ${rep.skipped.length} skipped (${r.s} s)`);
  for (const n of rep.skipped) lines.push(`  skipped${badSkips.includes(n) ? ' (not allowed in CI)' : ''}: ${n}`);
  if (!r.ok || rep.failed > 0 || badSkips.length > 0) ok = false;
}

console.log('\n── summary ──');
for (const s of steps) console.log(`${s.name}: ${s.ok ? 'ok' : 'FAILED'} (${s.s} s)`);
for (const l of lines) console.log(l);
console.log(ok ? 'all checks passed' : 'FAILED');
process.exit(ok ? 0 : 1);
