import { z } from 'zod';
import { None, procedure } from './define';

/**
 * Sync with a shared Postgres (contract section 6), as the app shows it. The remote is
 * chosen by whoever starts the hub (`tend hub --sync-url`) or runs `tend sync`, never
 * over the API: a signed-in user may see how sync stands and ask for a round now, but
 * cannot point this install's records at another server.
 */
const Counts = z.object({
  subjects: z.number().int(),
  thresholds: z.number().int(),
  events: z.number().int(),
  observations: z.number().int(),
  alerts: z.number().int(),
  // Rounds recorded before tremor minutes were synced have none.
  tremor_minutes: z.number().int().default(0),
  cry_episodes: z.number().int().default(0),
});

export const SyncStatus = z.object({
  /** The hub's remote (password hidden); null when this hub does not sync. */
  remote: z.string().nullable(),
  every_min: z.number().nullable(),
  running: z.boolean(),
  next_at: z.string().nullable(),
  /** Changes written here and not yet on the remote. */
  pending: z.number().int(),
  /** The last round that succeeded here (from the hub or `tend sync`). */
  last_round: z
    .object({ remote: z.string(), finished_at: z.string(), pushed: Counts, pulled: Counts, skipped: z.number().int(), rejected_count: z.number().int() })
    .nullable(),
  /** The last failure since then, if any. */
  last_error: z.object({ at: z.string(), remote: z.string(), message: z.string(), since: z.string().optional() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const syncProcedures = {
  'sync.status': procedure(None, SyncStatus, 'signed_in'),
  /** Runs a round now (joins the one in flight) and answers the status after it. */
  'sync.run': procedure(None, SyncStatus, 'install_admin'),
} as const;
