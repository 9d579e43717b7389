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
import { babyRule } from './baby/rules';
import { listeningRule, listeningWatchOf } from './baby/listening';
import { followerRule } from './followers/alert-rule';

// The core's types live in core-types.ts so that domains never import this file back.
export type { Core, DomainHandlers, Handler, Handlers } from './core-types';

/** The composition root: builds the services; every domain's handlers follow on first use (`loadDomains`). */
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
  // Rules that readings must meet from the first ingest, whatever was called before: they
  // live in their domains but are registered here, not when the domains' handlers load
  // (a CLI import or a test that ingests before any call would otherwise miss them).
  alerts.register(babyRule);
  alerts.register(listeningRule(listeningWatchOf(deps)));
  alerts.register(followerRule());

  // Domain handlers are built from the finished core, and only when first needed (see
  // core/domain-handlers.ts): a command that reads one table never loads the other domains.
  let domains: Promise<Handlers> | undefined;
  const loadHandlers = (): Promise<Handlers> => (domains ??= import('./domain-handlers').then((m) => m.domainHandlers(core)));
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
    call: callDispatcher(deps, { access, alerts, storage }, loadHandlers),
    loadDomains: async () => {
      await loadHandlers();
    },
    ingest,
    sinkFor: (ctx) => ({ ingest: async (subjectId, items) => ingest(ctx, subjectId, items) }),
    atomically: (work) => client.transaction(work)(),
    close: () => {
      closeIngest();
      client.close();
    },
  };
  return core;
}
