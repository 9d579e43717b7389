// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { tendPlugin } from './build/no-query-result-cast.js';

/**
 * Layering, after VS Code's per-layer checks (style.md): the folder tree *is* the
 * architecture, and these rules keep it honest. "A ← B" reads "A imports only B".
 *
 *   api      ← nothing of the app (pure contract: zod schemas and types, no Node, no DOM)
 *   core     ← db, models, native, api (never a host, never electron, never the DOM)
 *   db, native, models ← each other and api: what the core stands on never imports the core
 *   host     ← core, api  (the hub: HTTP + WebSocket)
 *   cli      ← core, api, host (`tend hub` and `tend report` start the hub)
 *   electron ← core, api  (the only folder allowed to import 'electron')
 *   renderer ← api only   (talks to the core through one client, never node:*)
 *
 * And the database belongs to core/ and db/: nothing else imports better-sqlite3 or
 * drizzle, and hosts (host, cli, electron) never reach `core.deps` (where the database
 * is) or a `$client`: they call procedures (`core.call`) or core services.
 *
 * Why: the core must run and be tested in plain Node (hub, CLI, tests), every call must
 * take the one checked path whatever the transport (architecture.md "Access"), and the
 * renderer must not be able to reach the filesystem or the database except through the
 * validated API. Tests (`*.test.ts`, `testing.ts`) may reach under a layer to check what it
 * stored; the rules hold for the code that ships. build/layering.test.ts pins each rule.
 * Do not relax a rule to make a change easy; move the code instead.
 */
const electronBan = {
  name: 'electron',
  message: 'Only electron/ may import electron: the core must run in plain Node (hub, CLI, tests).',
};
const layer = (/** @type {string[]} */ patterns, /** @type {string} */ why) =>
  patterns.map((group) => ({ group: [group], message: why }));
const DATABASE_OWNED = 'The database belongs to core/ and db/: call a procedure (core.call) or a core service.';
const databaseBan = { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: DATABASE_OWNED };
/** `core.deps` holds the database; `$client` is better-sqlite3's handle under drizzle. */
const noDatabaseReach = [
  'error',
  { selector: "MemberExpression[property.name='deps']", message: `Hosts never touch core.deps. ${DATABASE_OWNED}` },
  { selector: "MemberExpression[property.name='$client']", message: `Hosts never touch the database handle. ${DATABASE_OWNED}` },
];
const TESTS = ['**/*.test.ts', '**/testing.ts'];
const STANDS_UNDER = 'db/, native/ and models/ are what the core stands on: they never import the core, a host, the CLI or the renderer.';

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
    // Query results are typed where the statement is prepared, from the schema (issue #20;
    // build/no-query-result-cast.js says why). Tests may cast what they read back.
    files: ['{api,core,db,native,models,host,cli,electron}/**/*.ts'],
    ignores: TESTS,
    plugins: { tend: tendPlugin },
    rules: { 'tend/no-query-result-cast': 'error' },
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
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'api/ is pure: no Node modules (the renderer imports it).' },
          ...layer(['**/core/**', '**/db/**', '**/host/**', '**/native/**', '**/models/**', '**/renderer/**', '**/cli/**', '**/electron/**'], 'api/ imports nothing of the app: everyone imports it.'),
        ],
      }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: layer(['**/host/**', '**/renderer/**', '**/cli/**', '**/electron/**'], 'The core never imports a host, the CLI or the renderer.'),
      }],
    },
  },
  {
    // core/app.ts is the composition root: it imports every domain, so no domain imports it
    // back (the Core type is in core/core-types.ts). Entry points that build a core are not domains.
    files: ['core/**/*.ts'],
    ignores: ['core/app.ts', 'core/open-core.ts', 'core/**/*.child.ts', ...TESTS],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [
          { group: ['./app', '../app', '../../app', '../../../app'], message: 'Domains import the Core type from core/core-types.ts: core/app.ts (the composition root) imports them.' },
          ...layer(['**/host/**', '**/renderer/**', '**/cli/**', '**/electron/**'], 'The core never imports a host, the CLI or the renderer.'),
        ],
      }],
    },
  },
  {
    files: ['db/**/*.ts', 'native/**/*.ts', 'models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: layer(['**/core/**', '**/host/**', '**/renderer/**', '**/cli/**', '**/electron/**'], STANDS_UNDER),
      }],
    },
  },
  {
    files: ['native/**/*.ts', 'models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [databaseBan, ...layer(['**/core/**', '**/host/**', '**/renderer/**', '**/cli/**', '**/electron/**'], STANDS_UNDER)],
      }],
    },
  },
  {
    files: ['host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [databaseBan, ...layer(['**/db/**', '**/native/**', '**/models/**', '**/renderer/**', '**/electron/**', '**/cli/**'], 'The hub imports core/ and api/ only: it calls procedures and core services.')],
      }],
      'no-restricted-syntax': noDatabaseReach,
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [databaseBan, ...layer(['**/db/**', '**/native/**', '**/models/**', '**/renderer/**', '**/electron/**'], 'The CLI imports core/, api/ and host/ only: it calls procedures and core services.')],
      }],
      'no-restricted-syntax': noDatabaseReach,
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [databaseBan, ...layer(['**/db/**', '**/native/**', '**/models/**', '**/renderer/**', '**/host/**', '**/cli/**'], 'The Electron shell stays thin: core/ and api/ only.')],
      }],
      'no-restricted-syntax': noDatabaseReach,
    },
  },
  {
    // Tests may reach under a layer to check what it stored (a real SQLite file, a real
    // model): the layering holds for the code that ships. Electron stays banned.
    files: TESTS.flatMap((t) => ['core', 'db', 'native', 'models', 'host', 'cli'].map((d) => `${d}/${t}`)),
    rules: {
      'no-restricted-imports': ['error', { paths: [electronBan] }],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: TESTS.map((t) => `electron/${t}`),
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronBan],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'The renderer never touches Node or the database: it calls the API.' },
          ...layer(['**/core/**', '**/db/**', '**/host/**', '**/native/**', '**/models/**', '**/cli/**', '**/electron/**'], 'The renderer imports api/ only: everything else goes through the client.'),
        ],
      }],
    },
  },
);
