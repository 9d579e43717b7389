import { z } from 'zod';
import { None, procedure } from './define';

/**
 * Backups of this install's database, as the app shows them (README "Backups"). Where
 * and how often is chosen by whoever starts the hub or the app, never over the API: a
 * signed-in user may see how backups stand and ask for one now, but never download one
 * (a backup holds every person's records and every account's password hash).
 */
export const BackupFile = z.object({ name: z.string(), at: z.string(), bytes: z.number().int() });
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupStatus = z.object({
  /** The folder backups go to; null when this hub makes none. */
  dir: z.string().nullable(),
  every_h: z.number().nullable(),
  keep: z.number().int().nullable(),
  running: z.boolean(),
  next_at: z.string().nullable(),
  /** Newest first. */
  files: z.array(BackupFile),
  /** The last failure since the last success, if any. */
  last_error: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const backupProcedures = {
  'backup.status': procedure(None, BackupStatus, 'signed_in'),
  /** Takes a backup now (joins one in flight) and answers the status after it; 409 when this hub makes no backups. */
  'backup.run': procedure(None, BackupStatus, 'install_admin'),
} as const;
