#!/usr/bin/env node
// The `tend` command. It runs the compiled JavaScript in dist-node/ (scripts/build-node.js,
// built by `npm install` through `prepare`, or `npm run build:node`) when that build is
// fresh: transpiling the TypeScript at every start cost seconds. In development, when a
// source file is newer than the build or there is no build, it runs the TypeScript through
// tsx instead, so an edit is never hidden behind an old build; `npm run build:node` makes
// starts fast again.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** dist-node/main.js when every file it was compiled from is older than the build, else null. */
function freshBuild() {
  if (process.env.TEND_FROM_SOURCE === '1') return null;
  const out = join(root, 'dist-node');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8'));
  } catch {
    return null;
  }
  for (const f of manifest.inputs) {
    const st = statSync(join(root, f), { throwIfNoEntry: false });
    if (!st || st.mtimeMs >= manifest.builtAt) return null;
  }
  return join(out, 'main.js');
}

const built = freshBuild();
// TEND_DEBUG_START=1 says which one runs (tests check both are as light as they should be).
if (process.env.TEND_DEBUG_START === '1') process.stderr.write(`tend: running ${built ? 'dist-node' : 'source'}\n`);
let main;
if (built) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
