import type { Core, Handlers } from './core-types';
import { authHandlers } from './auth/handlers';
import { recordHandlers } from './records/handlers';
import { diabetesHandlers, dosingHandlers } from './diabetes/handlers';
import { devicesHandlers } from './devices/handlers';
import { tremorHandlers } from './tremor/handlers';
import { babyHandlers } from './baby/handlers';
import { alertsHandlers, thresholdAndAckHandlers } from './alerts/handlers';
import { templatesHandlers } from './templates/handlers';
import { chatHandlers } from './chat/handlers';
import { syncHandlers } from './sync/handlers';
import { backupHandlers } from './backup/handlers';
import { nightscoutHandlers } from './nightscout/handlers';
import { followersHandlers } from './followers/handlers';
import { reportsHandlers } from './reports/handlers';

/**
 * Every domain's handlers, built from the finished core, one line each; TypeScript checks
 * that together they cover every procedure in api/procedures.ts. core/app.ts loads this
 * module on the core's first call (or `loadDomains`), not with the core: with the domains'
 * modules and every procedure's schema it was most of a short CLI command's start (issue #18).
 */
export function domainHandlers(core: Core): Handlers {
  return {
    ...authHandlers(core),
    ...recordHandlers(core),
    ...thresholdAndAckHandlers(core),
    ...diabetesHandlers(core),
    ...dosingHandlers(core),
    ...devicesHandlers(core),
    ...tremorHandlers(core),
    ...babyHandlers(core),
    ...alertsHandlers(core),
    ...chatHandlers(core),
    ...syncHandlers(core),
    ...backupHandlers(core),
    ...nightscoutHandlers(core),
    ...followersHandlers(core),
    ...templatesHandlers(core),
    ...reportsHandlers(core),
  } satisfies Handlers;
}
