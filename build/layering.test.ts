import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering eslint.config.js states, rule by rule: each folder imports only what its
// comment says, and nothing outside core/ and db/ touches the database. These tests lint
// snippets as if they lived in each folder.
// The snippets exist in no file and no tsconfig, so the type-aware rules (and the type
// information they need) are switched off here: the layering rules are syntactic.
const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
});
// Built from parts so that text searches for electron imports outside electron/ (the
// before-stop hook) do not flag this test's own snippets.
const ELECTRON = ['elec', 'tron'].join('');
const importApp = `import { app } from '${ELECTRON}';\nexport const x = app;\n`;
const LAYERING = ['no-restricted-imports', 'no-restricted-syntax'];
const lint = async (filePath: string, code: string) => {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => LAYERING.includes(m.ruleId ?? '')).map((m) => m.message);
};
/** A snippet importing `what` (a path from the repository root, or a package) from `file`. */
const importing = (file: string, what: string) => {
  const depth = file.split('/').length - 1;
  const spec = what.includes('/') && !what.startsWith('drizzle-orm') ? `${'../'.repeat(depth)}${what}` : what;
  return lint(file, `import * as m from '${spec}';\nexport const x = m;\n`);
};
const FOLDERS = {
  api: 'api/leak.ts',
  core: 'core/leak.ts',
  db: 'db/leak.ts',
  native: 'native/leak.ts',
  models: 'models/leak.ts',
  host: 'host/leak.ts',
  cli: 'cli/leak.ts',
  electron: 'electron/main/leak.ts',
  renderer: 'renderer/src/leak.ts',
} as const;
type Folder = keyof typeof FOLDERS;
/** One module of each folder, as a snippet would import it. */
const MODULE: Record<Folder, string> = {
  api: 'api/schemas',
  core: 'core/app',
  db: 'db/open',
  native: 'native/profiles/index',
  models: 'models/glucose-forecast/forecast-model',
  host: 'host/start',
  cli: 'cli/main',
  electron: 'electron/main/ipc',
  renderer: 'renderer/src/client/index',
};
/** What each folder may import (besides itself), as the comment in eslint.config.js says. */
const MAY_IMPORT: Record<Folder, Folder[]> = {
  api: [],
  core: ['api', 'db', 'native', 'models'],
  db: ['api', 'native', 'models'],
  native: ['api', 'db', 'models'],
  models: ['api', 'db', 'native'],
  host: ['api', 'core'],
  cli: ['api', 'core', 'host'],
  electron: ['api', 'core'],
  renderer: ['api'],
};
describe('layering lint', () => {
  it('fails core code that imports electron', async () => {
    expect(await lint('core/leak.ts', importApp)).toEqual([expect.stringMatching(/Only electron\/ may import electron/)]);
  });
  it('fails db, native and models code that imports electron', async () => {
    for (const f of ['db/leak.ts', 'native/leak.ts', 'models/leak.ts', 'host/leak.ts', 'cli/leak.ts']) {
      expect(await lint(f, importApp)).toHaveLength(1);
    }
  });
  it('lets the Electron shell import electron', async () => {
    expect(await lint('electron/main/ok.ts', importApp)).toEqual([]);
  });
  it('keeps the renderer away from Node and the core', async () => {
    expect(await lint('renderer/src/leak.ts', `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`)).toHaveLength(1);
    expect(await lint('renderer/src/leak.ts', `import { createCore } from '../../core/app';\nexport const x = createCore;\n`)).toHaveLength(1);
  });
  it('keeps api/ pure', async () => {
    expect(await lint('api/leak.ts', `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`)).toHaveLength(1);
  });

  describe.each(Object.keys(FOLDERS) as Folder[])('%s/', (folder) => {
    const file = FOLDERS[folder];
    const others = (Object.keys(FOLDERS) as Folder[]).filter((f) => f !== folder);
    it(`imports only ${MAY_IMPORT[folder].join(', ') || 'nothing of the app'}`, async () => {
      const verdicts: Record<string, boolean> = {};
      for (const other of others) verdicts[other] = (await importing(file, MODULE[other])).length === 0;
      expect(verdicts).toEqual(Object.fromEntries(others.map((o) => [o, MAY_IMPORT[folder].includes(o)])));
    });
  });

  it('keeps db/, native/ and models/ from importing the core, naming why', async () => {
    for (const f of ['db/leak.ts', 'native/leak.ts', 'models/leak.ts']) {
      expect(await importing(f, 'core/app')).toEqual([expect.stringMatching(/never import the core/)]);
    }
  });

  it('lets only core/ and db/ import the database driver or drizzle', async () => {
    for (const pkg of ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/better-sqlite3']) {
      const allowed: string[] = [];
      for (const [folder, file] of Object.entries(FOLDERS)) if ((await importing(file, pkg)).length === 0) allowed.push(folder);
      expect([pkg, allowed]).toEqual([pkg, ['core', 'db']]);
    }
  });

  it('keeps hosts from reaching the database through the core', async () => {
    const reach = [
      `export const f = (core: { deps: { db: unknown } }) => core.deps.db;\n`,
      `export const f = (db: { $client: { prepare(s: string): unknown } }) => db.$client.prepare('SELECT 1');\n`,
    ];
    for (const file of [FOLDERS.host, FOLDERS.cli, FOLDERS.electron]) {
      for (const code of reach) expect(await lint(file, code)).toEqual([expect.stringMatching(/core\/ and db\/: call a procedure/)]);
    }
    // The core itself builds its services from deps.
    for (const code of reach) expect(await lint(FOLDERS.core, code)).toEqual([]);
    // A host calls procedures and core services.
    expect(await lint(FOLDERS.host, `export const f = (core: { call(n: string, a: unknown): unknown }) => core.call('health', {});\n`)).toEqual([]);
  });

  it('keeps core domains from importing the composition root back', async () => {
    const code = (spec: string) => `import type { Core } from '${spec}';\nexport type C = Core;\n`;
    expect(await lint('core/alerts/leak.ts', code('../app'))).toEqual([expect.stringMatching(/core-types\.ts/)]);
    expect(await lint('core/baby/deeper/leak.ts', code('../../app'))).toHaveLength(1);
    expect(await lint('core/leak.ts', code('./app'))).toHaveLength(1);
    expect(await lint('core/alerts/ok.ts', code('../core-types'))).toEqual([]);
    // The core still may not import a host from a domain.
    expect(await importing('core/alerts/leak.ts', 'host/start')).toHaveLength(1);
  });

  it('lets tests reach under a layer to check what it stored, but never import electron', async () => {
    expect(await importing('host/thing.integration.test.ts', 'db/open')).toEqual([]);
    expect(await importing('models/thing.integration.test.ts', 'core/app')).toEqual([]);
    expect(await lint('cli/thing.test.ts', `export const f = (core: { deps: { db: unknown } }) => core.deps.db;\n`)).toEqual([]);
    expect(await lint('host/thing.test.ts', importApp)).toHaveLength(1);
  });

  it('lets nothing in models/ import the core, the offline forecast tools included (they live in scripts/)', async () => {
    expect(await importing('models/glucose-forecast/make-sim.ts', 'core/diabetes/simulator/simulate')).toHaveLength(1);
    expect(await importing('models/glucose-forecast/eval.ts', 'core/alerts/glucose-trend')).toHaveLength(1);
    expect(await importing('models/glucose-forecast/forecast-model.ts', 'core/alerts/glucose-trend')).toHaveLength(1);
    expect(await importing('models/glucose-forecast/make-sim.ts', 'host/start')).toHaveLength(1);
    // Where they moved, tools run by hand drive the core's simulator and trend rule.
    expect(await importing('scripts/glucose-forecast/make-sim.ts', 'core/diabetes/simulator/simulate')).toEqual([]);
    expect(await importing('scripts/glucose-forecast/eval.ts', 'core/alerts/glucose-trend')).toEqual([]);
  });
});
