import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, no types
import { buildNode } from '../scripts/build-node.js';

const ROOT = join(import.meta.dirname, '..');
const TEND = join(ROOT, 'bin', 'tend.js');
const HEAVY = ['playwright-core', 'onnxruntime-node', 'pg', 'fastify', 'dbus-next', 'node-ble', 'serialport'];
/** What only other commands need: `tend cry`'s audio decoders (cli/commands.ts loads the named command's module alone). */
const OTHER_COMMANDS = ['@wasm-audio-decoders/flac', '@wasm-audio-decoders/ogg-vorbis', 'mpg123-decoder', 'ogg-opus-decoder', 'codec-parser', '@martel/audio-file-decoder'];

/** The compiled code a run loaded: zod, drizzle-orm and uuid are bundled into dist-node's chunks (scripts/build-node.js), so no node_modules path shows them. */
const bundledCode = (urls: string[]) => urls.filter((u) => u.includes('/dist-node/')).map((u) => readFileSync(fileURLToPath(u), 'utf8')).join('\n');
/** A string only zod's own code holds (its object schema's constructor name). */
const ZOD_MARK = '"$ZodObject"';

/** Runs `tend ARGS` with every module it resolves logged (testing/import-log.mjs); returns the packages it loaded. */
function tend(args: string[], env: Record<string, string> = {}) {
  const log = join(mkdtempSync(join(tmpdir(), 'tend-start-')), 'imports.log');
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'testing', 'import-log.mjs'), TEND, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TEND_IMPORT_LOG: log, TEND_DEBUG_START: '1', ...env },
    timeout: 120_000,
  });
  const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const packages = new Set(urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => !!p));
  return { ...r, urls, packages };
}

describe('what a tend command loads at start', () => {
  it('no Tend code names a zod locale other than English (the compiled CLI keeps `z.locales.en` alone)', () => {
    // scripts/build-node.js drops zod's other languages: code asking for one would get undefined.
    const sources = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    const naming = sources.filter((f) => f && f !== 'scripts/build-node.js' && f !== 'cli/start.integration.test.ts' && /\blocales\b/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(naming).toEqual([]);
  });

  beforeAll(async () => {
    // The compiled CLI, as `npm install` (prepare) and `npm test` leave it.
    await buildNode();
  }, 120_000);

  for (const mode of [
    { name: 'compiled (dist-node/)', env: {}, runs: 'dist-node' },
    { name: 'from source (tsx)', env: { TEND_FROM_SOURCE: '1' }, runs: 'source' },
  ]) {
    describe(mode.name, () => {
      it('`tend --version` prints the version and loads no part of the app: no database, no command, no heavy module', { timeout: 120_000 }, () => {
        const r = tend(['--version'], mode.env);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
        expect(r.stderr).toContain(`tend: running ${mode.runs}`);
        // The log is real: it saw commander, which --version does need.
        expect([...r.packages]).toContain('commander');
        for (const p of [...HEAVY, 'better-sqlite3', 'drizzle-orm', 'zod']) expect([...r.packages]).not.toContain(p);
        if (mode.runs === 'dist-node') expect(bundledCode(r.urls)).not.toContain(ZOD_MARK);
      });

      it('a database command loads the database but none of the heavy modules it does not use', { timeout: 120_000 }, () => {
        const db = join(mkdtempSync(join(tmpdir(), 'tend-start-')), 't.db');
        const r = tend(['--db', db, 'user', 'list', '--json'], mode.env);
        expect(r.status, r.stderr).toBe(0);
        expect([...r.packages]).toContain('better-sqlite3');
        for (const p of HEAVY) expect([...r.packages]).not.toContain(p);
      });

      it("a database command loads its own command's module and no other command's", { timeout: 120_000 }, () => {
        const db = join(mkdtempSync(join(tmpdir(), 'tend-start-')), 't.db');
        const r = tend(['--db', db, 'user', 'list', '--json'], mode.env);
        expect(r.status, r.stderr).toBe(0);
        for (const p of OTHER_COMMANDS) expect([...r.packages]).not.toContain(p);
        // The mark is real: the core's schemas need zod, bundled or not.
        if (mode.runs === 'dist-node') expect(bundledCode(r.urls)).toContain(ZOD_MARK);
        else expect([...r.packages]).toContain('zod');
        if (mode.runs === 'source') {
          // From source each file is its own module: of the command modules, only cli/user.ts.
          const commandFiles = r.urls.map((u) => /\/cli\/([a-z-]+)\.ts$/.exec(u)?.[1]).filter((f): f is string => !!f && !['main', 'commands', 'errors', 'context', 'read-file', 'compact-progress'].includes(f));
          expect(new Set(commandFiles)).toEqual(new Set(['user']));
        }
        if (mode.runs === 'dist-node') {
          // zod's English messages, which it sets itself, and no other language's (scripts/build-node.js).
          expect(bundledCode(r.urls)).toMatch(/zod\/v4\/locales\/en\.js/);
          expect(bundledCode(r.urls)).not.toMatch(/zod\/v4\/locales\/(?!en\.js|index\.js)[a-zA-Z-]+\.js/);
        }
        // `tend user list` reads accounts through the core's services: no domain's handlers
        // and no procedure's schema are built (core/domain-handlers.ts, core/call.ts).
        const core = mode.runs === 'dist-node' ? bundledCode(r.urls) : r.urls.join('\n');
        const mark = (file: string) => (mode.runs === 'dist-node' ? `// ${file}\n` : `/${file}`);
        expect(core).toContain(mark('core/auth/service.ts')); // the marks are real
        for (const f of ['core/domain-handlers.ts', 'api/procedures.ts', 'core/tremor/handlers.ts', 'core/diabetes/handlers.ts']) expect(core).not.toContain(mark(f));
        // `tend cry` does load them: the log would see them.
        const cry = tend(['cry', join(ROOT, 'package.json')], mode.env);
        expect([...cry.packages]).toContain('mpg123-decoder');
      });
    });
  }
});
