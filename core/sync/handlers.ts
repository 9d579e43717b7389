import type { syncProcedures } from '../../api/sync';
import type { Core, DomainHandlers } from '../core-types';
import { syncScheduler } from './scheduler';

export function syncHandlers(core: Core): DomainHandlers<typeof syncProcedures> {
  return {
    'sync.status': () => syncScheduler(core).status(),
    // Install administrators only (api/sync.ts).
    'sync.run': async () => {
      await syncScheduler(core).runNow();
      return syncScheduler(core).status();
    },
  };
}
