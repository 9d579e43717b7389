import type { syncProcedures } from '../../api/sync';
import type { Core, DomainHandlers } from '../app';
import { syncScheduler } from './scheduler';

export function syncHandlers(core: Core): DomainHandlers<typeof syncProcedures> {
  return {
    'sync.status': (_a, ctx) => {
      core.access.requireUser(ctx);
      return syncScheduler(core).status();
    },
    'sync.run': async (_a, ctx) => {
      core.access.requireUser(ctx);
      await syncScheduler(core).runNow();
      return syncScheduler(core).status();
    },
  };
}
