import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electron smoke test: runs where Electron's binary is installed and is reported as
 * skipped elsewhere (the binary cannot be downloaded on our build machines).
 * Checking path.txt avoids `require('electron')`, which would try to download it.
 */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('electron/package.json'));
    const bin = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
const bin = electronBinary();
const built = existsSync(join(import.meta.dirname, '..', 'out', 'main', 'index.js'));

describe.skipIf(!bin || !built)('the Electron window (needs the Electron binary and `npm run build:electron`)', () => {
  it('opens the app with a sandboxed, context-isolated renderer', async () => {
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ executablePath: bin!, args: [join(import.meta.dirname, '..')], env: { ...process.env, TEND_DB: ':memory:' } });
    const page = await app.firstWindow();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    // The preload exposes only the bridge; Node is not reachable from the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { tend?: unknown }).tend)).toBe('object');
    await app.close();
  });
});
