import { badRequest } from '../../api/errors';
import type { coreProcedures } from '../../api/procedures';
import { VERSION } from '../version';
import type { Core, DomainHandlers } from '../core-types';
import { startedDeviceRuntime } from '../devices/registry';
import { sealBindKey } from '../devices/bind-key';
import { secretKeyProvider } from '../dexcom/sqlite-stores';
import { parseInterval } from './observations';
import { TemplateService } from '../templates/templates';
import { audit } from './subjects';

type Records = typeof coreProcedures;
type RecordProcedures = Pick<Records, 'health' | Extract<keyof Records, `${'subjects' | 'devices' | 'observations' | 'events'}.${string}`>>;

/** The store's own procedures: health, people, devices, readings and events (api/procedures.ts). */
export function recordHandlers(core: Core): DomainHandlers<RecordProcedures> {
  const { deps, access, subjects, devices, observations, events, alerts, storage } = core;
  const client = deps.db.$client;

  const afterDeviceChange = <T>(out: T): T => {
    startedDeviceRuntime(core)?.sync();
    return out;
  };
  const range = (from?: string, to?: string) => ({ from: from ? Date.parse(from) : 0, to: to ? Date.parse(to) : deps.clock.now() + 86_400_000 });

  return {
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

    'subjects.list': (_a, ctx) => subjects.list(ctx),
    'subjects.get': (a, ctx) => subjects.get(ctx, a.id),
    'subjects.create': (a, ctx) => {
      const { template_id, ...input } = a;
      if (!template_id) return subjects.create(ctx, input);
      // The person and their template's limits are stored together, or neither (a template that is not the caller's: 404).
      return client.transaction(() => {
        const made = subjects.create(ctx, input);
        new TemplateService(core).apply(ctx.user!.id, made.id, template_id);
        return subjects.get(ctx, made.id);
      })();
    },
    'subjects.update': (a, ctx) => {
      // Alert settings decide when alarms sound: the same 'manage' as alerts.settings.put, whichever way they come.
      // So do escalation tiers (issue 19): who hears an unacknowledged alarm.
      if (a.patch.settings && ('alerts' in a.patch.settings || 'escalation' in a.patch.settings)) access.require(ctx, a.id, 'manage');
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
    // A BTHome bind key is sealed before it reaches the table (core/devices/bind-key.ts).
    'devices.create': async (a, ctx) => afterDeviceChange(devices.create(ctx, { ...a, settings: await sealBindKey(secretKeyProvider(core), a.settings) })),
    'devices.update': async (a, ctx) =>
      afterDeviceChange(devices.update(ctx, a.id, { ...a.patch, settings: await sealBindKey(secretKeyProvider(core), a.patch.settings) })),
    'devices.delete': (a, ctx) => {
      devices.delete(ctx, a.id);
      return afterDeviceChange({ ok: true as const });
    },

    'observations.ingest': (a, ctx) => core.ingest(ctx, a.subject_id, a.items),
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
  };
}
