import type { AccessNeed, SubjectSource } from '../api/access';
import { ApiError, badRequest, conflict, isApiError, notFound } from '../api/errors';
import type { ObservationSink } from '../api/observations';
import { METRICS, isMetricCode } from '../api/metrics';
import { procedures, type coreProcedures, type ProcArgs, type ProcName, type ProcOutput } from '../api/procedures';
import type { IngestOutput } from '../api/schemas';
import type { Db } from '../db/open';
import { Access } from './access';
import { StorageHealth } from './storage-health';
import { AlertEngine } from './alerts/engine';
import { toAlert } from './alerts/store';
import { AuthService, TOKEN_TTL_MS } from './auth/service';
import { iso, systemClock, type Clock } from './clock';
import type { CallContext, CoreDeps } from './context';
import { EventBus } from './event-bus';
import { logger } from './logger';
import { DeviceService } from './records/devices';
import { EventStore } from './records/events';
import { ObservationStore, latestByMetric, parseInterval, type CleanObservation } from './records/observations';
import { SubjectService, audit } from './records/subjects';
import { VERSION } from './version';
import { diabetesHandlers, dosingHandlers } from './diabetes/handlers';
import { devicesHandlers } from './devices/handlers';
import { startedDeviceRuntime } from './devices/registry';
import { tremorHandlers } from './tremor/handlers';
import { babyHandlers } from './baby/handlers';
import { alertsHandlers } from './alerts/handlers';
import { chatHandlers } from './chat/handlers';
import { syncHandlers } from './sync/handlers';
import { backupHandlers } from './backup/handlers';
import { nightscoutHandlers } from './nightscout/handlers';
import { followersHandlers } from './followers/handlers';
import { checkThresholds } from './alerts/threshold-check';

const log = logger('core');
/** Calls slower than this are logged with their duration (style.md). */
const SLOW_CALL_MS = 200;

export type Handler<K extends ProcName> = (args: ProcArgs<K>, ctx: CallContext) => ProcOutput<K> | Promise<ProcOutput<K>>;
export type Handlers = { [K in ProcName]: Handler<K> };
/** A domain's handlers for its own procedures (`core/<domain>/handlers.ts`), built from the core. */
export type DomainHandlers<M> = { [K in keyof M & ProcName]: Handler<K> };

export interface Core {
  readonly deps: CoreDeps;
  readonly bus: EventBus;
  readonly access: Access;
  readonly auth: AuthService;
  readonly subjects: SubjectService;
  readonly devices: DeviceService;
  readonly observations: ObservationStore;
  readonly events: EventStore;
  readonly alerts: AlertEngine;
  /** Whether the store takes writes (disk full, I/O errors), as every screen is told. */
  readonly storage: StorageHealth;
  /**
   * Checks sign-in, validates `rawArgs` with the procedure's schema, enforces the access
   * the procedure declares (api/access.ts), then runs the handler.
   */
  call<K extends ProcName>(name: K, rawArgs: unknown, ctx: CallContext): Promise<ProcOutput<K>>;
  /** Ingest for trusted in-process producers (device sessions, importers) acting as a user. */
  ingest(ctx: CallContext, subjectId: string, items: readonly unknown[]): IngestOutput;
  /** An ObservationSink bound to a user, for drivers and analysers. */
  sinkFor(ctx: CallContext): ObservationSink;
  close(): void;
}

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


  // High-rate metrics (raw accelerometer at 50–100 Hz) are coalesced to at most one
  // message per subject and metric per second, whatever the batch size.
  const pendingHighRate = new Map<string, { subject_id: string; metric: string; count: number; t: number; value: number }>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flushHighRate = () => {
    flushTimer = null;
    for (const p of pendingHighRate.values()) {
      deps.bus.publish({ type: 'observation.added', subject_id: p.subject_id, metric: p.metric, count: p.count, latest: { t: iso(p.t), value: p.value } });
    }
    pendingHighRate.clear();
  };

  const publishAdded = (subjectId: string, inserted: readonly CleanObservation[]) => {
    // One message per metric per batch: a 100 Hz stream must not flood the sockets.
    for (const [metric, l] of latestByMetric(inserted)) {
      if (isMetricCode(metric) && METRICS[metric].highRate) {
        const key = `${subjectId}\u0000${metric}`;
        const p = pendingHighRate.get(key);
        if (!p) pendingHighRate.set(key, { subject_id: subjectId, metric, ...l });
        else {
          p.count += l.count;
          if (l.t >= p.t) {
            p.t = l.t;
            p.value = l.value;
          }
        }
        if (!flushTimer) {
          flushTimer = setTimeout(flushHighRate, 1000);
          flushTimer.unref();
        }
        continue;
      }
      deps.bus.publish({ type: 'observation.added', subject_id: subjectId, metric, count: l.count, latest: { t: iso(l.t), value: l.value } });
    }
  };

  const ingest = (ctx: CallContext, subjectId: string, items: readonly unknown[]): IngestOutput => {
    access.require(ctx, subjectId, 'write');
    const rows = observations.validate(subjectId, items);
    const result = storage.write(() =>
      client.transaction(() => {
        const w = observations.write(subjectId, rows);
        const a = alerts.onObservations(subjectId, w.inserted);
        return { ...w, ...a };
      })(),
    );
    publishAdded(subjectId, result.inserted);
    alerts.publish(result);
    // The alarms this batch raised, and those it escalated (a deeper limit of one standing alarm).
    const escalated = [...new Map(result.updated.filter((u) => u.change === 'escalated').map((u) => [u.alert.id, u.alert])).values()];
    return { accepted: result.accepted, duplicates: result.duplicates, alerts: [...result.raised, ...escalated] };
  };

  const afterDeviceChange = <T>(out: T): T => {
    startedDeviceRuntime(core)?.sync();
    return out;
  };

  const range = (from?: string, to?: string) => ({ from: from ? Date.parse(from) : 0, to: to ? Date.parse(to) : deps.clock.now() + 86_400_000 });

  const recordHandlers: DomainHandlers<typeof coreProcedures> = {
    health: () => {
      let db: 'ok' | 'error' = 'ok';
      try {
        client.prepare('SELECT 1').get();
      } catch {
        db = 'error';
      }
      const st = storage.state();
      return st.ok ? { status: 'ok', db, version: VERSION } : { status: 'ok', db: 'error', version: VERSION, storage_error: st.message! };
    },
    'auth.register': (a, ctx) => auth.register(a, ctx.clientKey),
    'auth.login': (a, ctx) => auth.login(a, ctx.clientKey),
    'auth.logout': (_a, ctx) => {
      access.requireUser(ctx);
      auth.logout(ctx.token);
      return { ok: true };
    },
    'auth.me': (_a, ctx) => access.requireUser(ctx),
    'auth.renew': (_a, ctx) => {
      const user = access.requireUser(ctx);
      // The old token stays valid until its own expiry: another tab may be using it this second.
      return { access_token: auth.renewToken(user.id, ctx.token), token_type: 'bearer' as const, expires_in: TOKEN_TTL_MS / 1000, user };
    },
    'auth.password': async (a, ctx) => {
      await auth.changePassword(access.requireUser(ctx), ctx.token, a.current_password, a.new_password, ctx.clientKey);
      return { ok: true };
    },

    'subjects.list': (_a, ctx) => subjects.list(ctx),
    'subjects.get': (a, ctx) => subjects.get(ctx, a.id),
    'subjects.create': (a, ctx) => subjects.create(ctx, a),
    'subjects.update': (a, ctx) => {
      // Alert settings decide when alarms sound: the same 'manage' as alerts.settings.put, whichever way they come.
      if (a.patch.settings && 'alerts' in a.patch.settings) access.require(ctx, a.id, 'manage');
      return subjects.update(ctx, a.id, a.patch);
    },
    'subjects.delete': (a, ctx) => {
      subjects.delete(ctx, a.id);
      return { ok: true };
    },
    'subjects.grant': (a, ctx) => subjects.grant(ctx, a.subject_id, a.email, a.role),
    'subjects.grants': (a, ctx) => subjects.grants(ctx, a.subject_id),
    'subjects.revoke': (a, ctx) => {
      subjects.revoke(ctx, a.subject_id, a.user_id);
      return { ok: true };
    },

    'devices.list': (a, ctx) => devices.list(ctx, a.subject_id),
    'devices.get': (a, ctx) => devices.get(ctx, a.id),
    // A change to the devices table restarts, moves or stops that device's live session.
    'devices.create': (a, ctx) => afterDeviceChange(devices.create(ctx, a)),
    'devices.update': (a, ctx) => afterDeviceChange(devices.update(ctx, a.id, a.patch)),
    'devices.delete': (a, ctx) => {
      devices.delete(ctx, a.id);
      return afterDeviceChange({ ok: true as const });
    },

    'observations.ingest': (a, ctx) => ingest(ctx, a.subject_id, a.items),
    'observations.latest': (a) => ({ items: observations.latest(a.subject_id, a.metrics) }),
    'observations.list': (a) => {
      return observations.list(a.subject_id, a);
    },
    'observations.timeseries': (a) => {
      const width = parseInterval(a.interval);
      const r = range(a.from, a.to);
      if ((r.to - r.from) / width > 100_000) throw badRequest('that range has more than 100,000 buckets: use a wider interval', 'interval');
      return { items: observations.timeseries(a.subject_id, a.metric, width, r.from, r.to) };
    },
    'observations.stats': (a) => {
      const r = range(a.from, a.to);
      return observations.stats(a.subject_id, a.metric, r.from, r.to);
    },

    'events.list': (a) => {
      return { items: events.list(a.subject_id, a) };
    },
    'events.create': (a, ctx) => {
      // Rules that look at events (a check-in, a dose) run in the same transaction.
      const out = client.transaction(() => {
        const w = events.write(a.subject_id, a.event, ctx.user!.id);
        return { event: w.event, changes: w.created ? alerts.onEvent(a.subject_id, w.event) : null };
      })();
      if (out.changes) alerts.publish(out.changes);
      return out.event;
    },

    'events.delete': (a, ctx) => {
      client.transaction(() => {
        events.remove(a.subject_id, a.id);
        audit(deps, ctx.user!.id, 'event.delete', a.subject_id, { id: a.id });
      })();
      return { ok: true as const };
    },

    'thresholds.get': (a) => {
      // What is in force: the subject's own, or its kind's defaults until a clinician sets them.
      return alerts.thresholdsOf(a.subject_id);
    },
    'thresholds.put': (a, ctx) => {
      checkThresholds(a.thresholds);
      alerts.store.replaceThresholds(a.subject_id, a.thresholds);
      audit(deps, ctx.user!.id, 'thresholds.put', a.subject_id, a.thresholds);
      return alerts.store.thresholds(a.subject_id);
    },

    'alerts.list': (a, ctx) => {
      const user = access.requireUser(ctx);
      const visible = a.subject_id ? [a.subject_id] : access.visibleSubjects(user.id);
      return { items: alerts.store.list(visible, a).map(toAlert) };
    },
    'alerts.ack': (a, ctx) => {
      const user = access.requireUser(ctx);
      const row = alerts.store.get(a.id);
      if (!row) throw notFound(`no alert ${a.id}`);
      if (row.state === 'acknowledged' || row.acknowledged_at !== null) throw conflict('that alert was already acknowledged');
      const done = client.transaction(() => {
        const r = alerts.store.acknowledge(a.id, user.id, deps.clock.now());
        audit(deps, user.id, 'alert.ack', row.subject_id, { alert: a.id });
        // A latched alert whose condition has ended is closed by its acknowledgement.
        if (row.state === 'open' && r.state === 'resolved') audit(deps, null, 'alert.resolved', row.subject_id, { alert: a.id, kind: row.kind, at: r.resolved_at, latched: true });
        return r;
      })();
      const alert = toAlert(done);
      deps.bus.publish({ type: 'alert.acknowledged', subject_id: alert.subject_id, alert });
      if (row.state === 'open' && done.state === 'resolved') deps.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
      return alert;
    },
  };

  /**
   * The declared access (api/access.ts), checked before any handler runs, on every
   * transport. An entity id is resolved to its subject first; an unknown one is 404 and
   * a foreign one 403, as for an unknown or foreign subject id.
   */
  const enforce = (name: string, need: AccessNeed, args: Record<string, unknown>, ctx: CallContext): void => {
    if (need === 'public' || need === 'signed_in') return;
    if (need === 'install_admin') {
      access.requireInstallAdmin(ctx);
      return;
    }
    const subjectId = subjectOf(name, need.from, args);
    if (subjectId !== null) access.require(ctx, subjectId, need.subject);
  };
  const subjectOf = (name: string, from: SubjectSource, args: Record<string, unknown>): string | null => {
    const field = (key: string): string => {
      const v = args[key];
      // A declaration naming a field the schema lacks is a programming error, not bad input.
      if (typeof v !== 'string') throw new ApiError('internal', `${name} declares its subject in '${key}', which its arguments lack`);
      return v;
    };
    switch (from) {
      case 'subject_id':
        return field('subject_id');
      case 'subject_id?':
        return args.subject_id === undefined ? null : field('subject_id');
      case 'id':
        return field('id');
      case 'alert:id': {
        const id = field('id');
        const row = alerts.store.get(id);
        if (!row) throw notFound(`no alert ${id}`);
        return row.subject_id;
      }
      case 'device:id': {
        const id = field('id');
        const subjectId = deviceSubjectStmt.get(id) as string | undefined;
        if (subjectId === undefined) throw notFound(`no device ${id}`);
        return subjectId;
      }
      default: {
        const never: never = from;
        throw new ApiError('internal', `unknown subject source ${String(never)}`);
      }
    }
  };
  const deviceSubjectStmt = client.prepare(`SELECT subject_id FROM devices WHERE id = ?`).pluck();

  // Filled in below once the core object exists: domain handlers are built from it.
  const handlers = {} as Handlers;
  const call = async <K extends ProcName>(name: K, rawArgs: unknown, ctx: CallContext): Promise<ProcOutput<K>> => {
    // Own properties only: a name like `__proto__` from an untrusted transport is unknown, not a crash.
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(procedures, name)) throw notFound(`no procedure ${String(name)}`);
    const def = procedures[name];
    if (def.access !== 'public') access.requireUser(ctx);
    const parsed = def.input.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      throw badRequest(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
    }
    const started = performance.now();
    try {
      // Inside the try: a store that fails while resolving an alert or device is reported like any other failure.
      enforce(name, def.access, parsed.data as Record<string, unknown>, ctx);
      return await (handlers[name] as Handler<K>)(parsed.data as ProcArgs<K>, ctx);
    } catch (e) {
      if (isApiError(e)) throw e;
      const stored = storage.failed(e);
      if (stored !== e) throw stored;
      log.error(`${name} failed`, { error: (e as Error).stack ?? String(e) });
      throw new ApiError('internal', `${name} failed: ${(e as Error).message}`);
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_CALL_MS) log.warn(`slow call ${name}`, { ms: Math.round(ms) });
    }
  };

  const core: Core = {
    deps,
    bus: deps.bus,
    access,
    auth,
    subjects,
    devices,
    observations,
    events,
    alerts,
    storage,
    call,
    ingest,
    sinkFor: (ctx) => ({ ingest: async (subjectId, items) => ingest(ctx, subjectId, items) }),
    close: () => {
      if (flushTimer) clearTimeout(flushTimer);
      client.close();
    },
  };
  // Every domain registers its handlers here, one line each; TypeScript checks that
  // together they cover every procedure in api/procedures.ts.
  Object.assign(handlers, {
    ...recordHandlers,
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
  } satisfies Handlers);
  return core;
}
