#!/usr/bin/env node
// `npm run build:node` (and `prepare`): the CLI, the hub and the core as compiled
// JavaScript in dist-node/, so `tend` starts without transpiling TypeScript at run time
// (tsx took most of a `tend --version`'s 2–3 CPU-seconds). bin/tend.js runs this output
// when every source file it was built from is unchanged, and the TypeScript through tsx
// otherwise, so a developer's edit is never hidden behind an old build.
//
// One esbuild bundle with code splitting, npm packages left external (native modules and
// their own assets stay where npm put them) but for a few small pure-JavaScript ones every
// command needs (BUNDLED); a dynamic import() stays a separate chunk, so a heavy module
// loads only when a command reaches it.
//
// Source files find their assets (migrations, ONNX models, JSON tables, package.json,
// the renderer's dist) relative to import.meta.url. In the bundle every output file sits
// directly in dist-node/, so each source file's import.meta.url/dirname/filename is
// rewritten to its own source location, computed from the output's: the assets are read
// where they are in the tree, with no copy to keep in step.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist-node');
const STALE_AFTER_MS = 24 * 3_600_000;

/** Rewrites import.meta.* to the source file's own location (see above). */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return { contents: text, loader: 'ts' };
      const toSource = relative(OUT, args.path).split(sep).join('/');
      const url = `new URL(${JSON.stringify(toSource)}, import.meta.url)`;
      text = text.replace(/import\.meta\.(url|dirname|filename)\b/g, (_, what) =>
        what === 'url' ? `${url}.href` : what === 'filename' ? `__tendFileUrlToPath(${url})` : `__tendDirname(__tendFileUrlToPath(${url}))`,
      );
      text = `import { fileURLToPath as __tendFileUrlToPath } from 'node:url';\nimport { dirname as __tendDirname } from 'node:path';\n${text}`;
      return { contents: text, loader: 'ts' };
    });
  },
};

/**
 * zod's `z.locales` namespace: every language's error messages (64 of them, 370 kB, half of
 * zod), parsed at every start although Tend sets none (zod itself configures English by
 * importing locales/en.js directly). The bundle's namespace keeps English alone. No Tend
 * code may name another locale (cli/start.integration.test.ts fails if any does).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english-only' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Pure-JavaScript packages every command loads, bundled into the chunks that use them:
 * loaded from node_modules they were over 800 files per start (zod alone 224, drizzle-orm
 * 400, much of it its Postgres dialect, which its core imports and a bundle drops), and
 * resolving and reading that many files was most of a database command's start (issue #18).
 * No other package imports them, so there is never a second copy to disagree with.
 */
const BUNDLED = ['zod', 'drizzle-orm', 'uuid'];

/** Every other npm package stays external: native modules and their own assets stay where npm put them. */
function external() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }).filter((n) => !BUNDLED.includes(n));
  return names.flatMap((n) => [n, `${n}/*`]);
}

export async function buildNode() {
  // Taken before reading any source: a file saved during the build counts as changed.
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', 'audio-worker': 'core/baby/audio-worker.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: external(),
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
    // Lets core/baby/analyser-thread.ts find the worker's bundle beside it: each output
    // file's import.meta.url is dist-node/, whichever file runs first.
    banner: { js: "globalThis.TEND_BUNDLE_DIR ??= new URL('./', import.meta.url).href;" },
    plugins: [sourceLocation, zodEnglishOnly],
  });
  // Written over the last build, never after deleting it: a running hub or a test's `tend`
  // may be importing from it. Each file appears whole (written beside, then renamed);
  // chunks are named by their content, so an old main.js still finds its own chunks.
  mkdirSync(OUT, { recursive: true });
  const put = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, contents);
    renameSync(tmp, file);
  };
  const written = new Set();
  for (const f of result.outputFiles) {
    put(f.path, f.contents);
    written.add(f.path);
  }
  // bin/tend.js compares these files' modification times with the build's; written last,
  // so a build is only taken once all of it is there.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.split('/').includes('node_modules'));
  inputs.push('package.json');
  put(join(OUT, 'inputs.json'), JSON.stringify({ builtAt, inputs }) + '\n');
  written.add(join(OUT, 'inputs.json'));
  // Older builds' chunks go once no process started from them can still be loading them.
  for (const name of readdirSync(OUT)) {
    const file = join(OUT, name);
    if (!written.has(file) && statSync(file).mtimeMs < builtAt - STALE_AFTER_MS) rmSync(file, { force: true });
  }
  return inputs.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const n = await buildNode();
  process.stderr.write(`dist-node: ${n} source files compiled in ${Date.now() - started} ms\n`);
}
