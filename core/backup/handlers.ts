import type { backupProcedures } from '../../api/backup';
import { conflict } from '../../api/errors';
import type { Core, DomainHandlers } from '../core-types';
import { backupScheduler } from './scheduler';

export function backupHandlers(core: Core): DomainHandlers<typeof backupProcedures> {
  return {
    'backup.status': () => backupScheduler(core).status(),
    // Install administrators only (api/backup.ts).
    'backup.run': async () => {
      const s = backupScheduler(core);
      if (s.status().dir === null) throw conflict('this hub makes no backups (it was started with --no-backup)');
      // A failure is in the status (last_error) for the screen to show.
      await s.runNow().catch(() => undefined);
      return s.status();
    },
  };
}
