import type { AccessNeed, SubjectSource } from '../api/access';
import { ApiError, badRequest, isApiError, notFound } from '../api/errors';
import type { ProcArgs, ProcName, ProcOutput, Procedures } from '../api/procedures';
import type { Access } from './access';
import type { AlertEngine } from './alerts/engine';
import type { CallContext, CoreDeps } from './context';
import type { Handler, Handlers } from './core-types';
import { logger } from './logger';
import type { StorageHealth } from './storage-health';
import type { SqlRow } from '../db/rows';
import type { devices } from '../db/schema';

const log = logger('core');
/** Calls slower than this are logged with their duration (style.md). */
const SLOW_CALL_MS = 200;

/**
 * `core.call`, the one path for every transport: sign-in, the procedure's schema, the
 * access it declares (api/access.ts), then its handler. The procedures' schemas and the
 * handlers (`loadHandlers`: built from the finished core) load at the first call: a
 * command that never calls (most of the CLI's) never compiles them (issue #18).
 */
export function callDispatcher(deps: CoreDeps, s: { access: Access; alerts: AlertEngine; storage: StorageHealth }, loadHandlers: () => Promise<Handlers>) {
  const { access, alerts, storage } = s;
  const deviceSubjectStmt = deps.db.$client.prepare<[string], SqlRow<typeof devices>['subject_id']>(`SELECT subject_id FROM devices WHERE id = ?`).pluck();

  /**
   * The declared access, checked before any handler runs, on every transport. An entity
   * id is resolved to its subject first; an unknown one is 404 and a foreign one 403, as
   * for an unknown or foreign subject id.
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
        const subjectId = deviceSubjectStmt.get(id);
        if (subjectId === undefined) throw notFound(`no device ${id}`);
        return subjectId;
      }
      default: {
        const never: never = from;
        throw new ApiError('internal', `unknown subject source ${String(never)}`);
      }
    }
  };

  let loaded: { procedures: Procedures; handlers: Handlers } | undefined;
  const load = async () => {
    const [{ procedures }, handlers] = await Promise.all([import('../api/procedures'), loadHandlers()]);
    return (loaded = { procedures, handlers });
  };

  return async <K extends ProcName>(name: K, rawArgs: unknown, ctx: CallContext): Promise<ProcOutput<K>> => {
    const { procedures, handlers } = loaded ?? (await load());
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
}
