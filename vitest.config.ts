import { defineConfig } from 'vitest/config';

// One runner for everything: unit tests (`*.test.ts`), integration tests against real
// SQLite/ONNX/D-Bus/pty (`*.integration.test.ts`) and Playwright end-to-end tests
// through the hub (`e2e/*.e2e.test.ts`). Forks, not threads: native addons
// (better-sqlite3, onnxruntime-node, serialport) are happier in their own process.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'out/**', 'dist/**'],
    pool: 'forks',
    // Generous: many tests start a hub, a CLI process, Chromium or a Postgres cluster, and the
    // suite must hold on a loaded 2-core machine (a 30 s limit failed sync tests there). A test
    // that hangs still fails, only later; speed is measured by `npm run bench`, never here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
