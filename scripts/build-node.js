#!/usr/bin/env node
// `npm run build:node` (and `prepare`): the CLI, the hub and the core as compiled
// JavaScript in dist-node/, so `tend` starts without transpiling TypeScript at run time
// (tsx took most of a `tend --version`'s 2–3 CPU-seconds). bin/tend.js runs this output
// when every source file it was built from is unchanged, and the TypeScript through tsx
// otherwise, so a developer's edit is never hidden behind an old build.
//
// One esbuild bundle with code splitting, npm packages left external (native modules and
// their own assets stay where npm put them); a dynamic import() stays a separate chunk,
// so a heavy module loads only when a command reaches it.
//
// Source files find their assets (migrations, ONNX models, JSON tables, package.json,
// the renderer's dist) relative to import.meta.url. In the bundle every output file sits
// directly in dist-node/, so each source file's import.meta.url/dirname/filename is
// rewritten to its own source location, computed from the output's: the assets are read
// where they are in the tree, with no copy to keep in step.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist-node');

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

export async function buildNode() {
  // Taken before reading any source: a file saved during the build counts as changed.
  const builtAt = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', 'audio-worker': 'core/baby/audio-worker.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // Lets core/baby/analyser-thread.ts find the worker's bundle beside it: each output
    // file's import.meta.url is dist-node/, whichever file runs first.
    banner: { js: "globalThis.TEND_BUNDLE_DIR ??= new URL('./', import.meta.url).href;" },
    plugins: [sourceLocation],
  });
  // bin/tend.js compares these files' modification times with the build's.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  inputs.push('package.json');
  writeFileSync(join(OUT, 'inputs.json'), JSON.stringify({ builtAt, inputs }) + '\n');
  return inputs.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const n = await buildNode();
  process.stderr.write(`dist-node: ${n} source files compiled in ${Date.now() - started} ms\n`);
}
