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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
