import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The app's version, from package.json (one source of truth). Looked up beside the
 * source tree and beside the Electron bundle (out/main), whichever exists.
 */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'tend' && pkg.version) return pkg.version;
  }
  return process.env.npm_package_version ?? '0.0.0';
}
export const VERSION: string = readVersion();
