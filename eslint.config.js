// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Layering, after VS Code's per-layer checks (style.md): the folder tree *is* the
 * architecture, and these rules keep it honest.
 *
 *   api      ← everyone (pure contract: zod schemas and types, no Node, no DOM)
 *   core     ← db, models, native, api (never electron, never the DOM)
 *   host     ← core, api  (the hub: HTTP + WebSocket)
 *   electron ← core, api  (the only folder allowed to import 'electron')
 *   renderer ← api only   (talks to the core through one client, never node:*)
 *
 * Why: the core must run and be tested in plain Node (hub, CLI, tests), and the
 * renderer must not be able to reach the filesystem or the database except through
 * the validated API. Do not relax a rule to make a change easy; move the code instead.
 */
const electronBan = {
  name: 'electron',
  message: 'Only electron/ may import electron: the core must run in plain Node (hub, CLI, tests).',
};
const layer = (/** @type {string[]} */ patterns, /** @type {string} */ why) =>
  patterns.map((group) => ({ group: [group], message: why }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'renderer/dist/**', 'dist-node/**', 'test-results/**', 'models/**/*.py', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules (style.md: `no-floating-promises` on): a promise nobody awaits or
    // catches is a rejection that can kill the hub, and an async callback handed to an API
    // that ignores its result (an event emitter, setInterval) fails the same silent way.
    // Each file is checked with the tsconfig nearest to it (root, renderer/, e2e/).
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['renderer/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Off: an implementation of an async interface (a sink, a transport) is async
      // without awaiting, and saying so is clearer than wrapping values in Promise.resolve.
      // return-await is off too: fastify's reply is thenable, so `return reply.send()`
      // inside try/catch would be flagged though it never rejects.
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    // Tests poke at untyped JSON bodies; `any` there is honest, not a shortcut.
    files: ['**/*.test.ts', '**/testing.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'api/ is pure: no Node modules (the renderer imports it).' },
          ...layer(['**/core/**', '**/db/**', '**/host/**', '**/native/**', '**/models/**', '**/renderer/**', '**/cli/**', '**/electron/**'], 'api/ imports nothing of the app: everyone imports it.'),
        ],
      }],
    },
  },
  {
    files: ['core/**/*.ts', 'db/**/*.ts', 'native/**/*.ts', 'models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: layer(['**/host/**', '**/renderer/**', '**/cli/**', '**/electron/**'], 'The core and what it stands on never import a host, the CLI or the renderer.'),
      }],
    },
  },
  {
    files: ['host/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: layer(['**/renderer/**', '**/electron/**'], 'Hosts talk to the core, never to the renderer or the Electron shell.'),
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: layer(['**/renderer/**', '**/host/**', '**/cli/**'], 'The Electron shell stays thin: core and api only.'),
      }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3'], message: 'The renderer never touches Node: it calls the API.' },
          ...layer(['**/core/**', '**/db/**', '**/host/**', '**/native/**', '**/models/**', '**/cli/**', '**/electron/**'], 'The renderer imports api/ only: everything else goes through the client.'),
        ],
      }],
    },
  },
);
