import type { Db } from '../db/open';
import { Access } from './access';
import { StorageHealth } from './storage-health';
import { AlertEngine } from './alerts/engine';
import { AuthService } from './auth/service';
import { systemClock, type Clock } from './clock';
import type { CoreDeps } from './context';
import type { Core, Handlers } from './core-types';
import { callDispatcher } from './call';
import { EventBus } from './event-bus';
import { Kv } from './kv';
import { DeviceService } from './records/devices';
import { EventStore } from './records/events';
import { createIngest } from './records/ingest';
import { ObservationStore } from './records/observations';
import { SubjectService } from './records/subjects';
import { VERSION } from './version';
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

// The core's types live in core-types.ts so that domains never import this file back.
export type { Core, DomainHandlers, Handler, Handlers } from './core-types';

/** The composition root: builds the services and registers every domain's handlers. */
export function createCore(opts: { db: Db; clock?: Clock; bus?: EventBus }): Core {
  const deps: CoreDeps = { db: opts.db, bus: opts.bus ?? new EventBus(), clock: opts.clock ?? systemClock, version: VERSION };
  const access = new Access(deps.db);
  const auth = new AuthService(deps);
  const subjects = new SubjectService(deps, access);
  const devices = new DeviceService(deps, access);
  const observations = new ObservationStore(deps);
  const events = new EventStore(deps);
  const client = deps.db.$client;
  const storage = new StorageHealth({ bus: deps.bus, clock: deps.clock, file: client.name });
  const alerts = new AlertEngine(deps, { storage });
  const { ingest, close: closeIngest } = createIngest(deps, { access, observations, storage, alerts });

  // Filled in below once the core object exists: domain handlers are built from it.
  const handlers = {} as Handlers;
  const core: Core = {
    deps,
    bus: deps.bus,
    clock: deps.clock,
    file: client.name,
    kv: new Kv(deps.db, () => deps.clock.now()),
    access,
    auth,
    subjects,
    devices,
    observations,
    events,
    alerts,
    storage,
    call: callDispatcher(deps, { access, alerts, storage }, handlers),
    ingest,
    sinkFor: (ctx) => ({ ingest: async (subjectId, items) => ingest(ctx, subjectId, items) }),
    atomically: (work) => client.transaction(work)(),
    close: () => {
      closeIngest();
      client.close();
    },
  };
  // Every domain registers its handlers here, one line each; TypeScript checks that
  // together they cover every procedure in api/procedures.ts.
  Object.assign(handlers, {
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
  } satisfies Handlers);
  return core;
}
