import { openDatabase } from '../db/open';
import { createCore } from './app';
import type { Clock } from './clock';
import type { Core } from './core-types';

// Hosts open the store through the core, never db/ directly (eslint.config.js layering).
export { StoreError, defaultDbPath } from '../db/open';

/**
 * Opens (creating and migrating as needed) the database at `path` and builds the core over
 * it. `readOnly`: the caller only reads; the core's store then refuses writes whenever the
 * open had nothing to write (db/open.ts).
 */
export function openCore(path: string, opts: { createDir?: boolean; migrationsDir?: string; clock?: Clock; onCompactProgress?: (done: number, total: number) => void; readOnly?: boolean } = {}): Core {
  const { clock, ...open } = opts;
  return createCore({ db: openDatabase(path, open), ...(clock ? { clock } : {}) });
}
