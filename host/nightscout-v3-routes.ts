import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { guardedRoutes } from './guarded-route';
import { isApiError, statusOf } from '../api/errors';
import type { NsV3Collection } from '../api/nightscout';
import { FailureLimiter } from '../core/auth/failure-limiter';
import type { CallContext } from '../core/context';
import { nightscoutService } from '../core/nightscout/service';
import { V3_API_VERSION, V3_MAX_LIMIT, V3_MSG, calculateIdentifier, commonFieldsProblem, normaliseV3 } from '../core/nightscout/v3';
import { VERSION } from '../core/version';
import type { HubContext } from './server';

/**
 * Nightscout's API v3 on the hub, the part AndroidAPS's NSClientV3 uses (its
 * `NightscoutRemoteService.kt`, `NSAuthInterceptor.kt`): the phone sends
 * `Authorization: Bearer` with an empty or expired token, gets 401, asks
 * `GET /api/v2/authorization/request/<access token>` for a JWT, and retries. Here the
 * access token is the person's uploader secret (README "Connect your sensors"), so the
 * JWT names that person and reads and writes only them, as API v1 does.
 *
 * Answers are cgm-remote-monitor's: `{status, result}` for reads, `{status, identifier,
 * lastModified}` (+ `isDeduplication`) for creates, `{status, message}` for errors with the
 * messages of `lib/api3/const.json` (clients match on them).
 */
const COLLECTIONS = new Set<NsV3Collection>(['entries', 'treatments', 'devicestatus', 'profile']);
/** lib/api3: API3_TIME_SKEW_TOLERANCE, minutes. */
const SKEW_MS = 5 * 60_000;
const UPLOAD = { entries: 'nightscout.entries.upload', treatments: 'nightscout.treatments.upload', devicestatus: 'nightscout.devicestatus.upload', profile: 'nightscout.profile.upload' } as const;

class V3Error extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function nightscoutV3Plugin(app: FastifyInstance, hub: HubContext): void {
  const ns = nightscoutService(hub.core);
  const limiter = new FailureLimiter(10, 60_000);
  const now = () => hub.core.clock.now();

  const send = (reply: FastifyReply, status: number, body: Record<string, unknown>) => reply.code(status).send({ status, ...body });
  const fail = (reply: FastifyReply, e: unknown) => {
    if (e instanceof V3Error) return send(reply, e.status, { message: e.message });
    if (isApiError(e)) return send(reply, statusOf[e.code], { message: e.message, error: e.toBody() });
    return hub.sendError(reply, e);
  };

  /** The person's uploader context from a JWT (or, as Nightscout also takes, the access token itself). */
  const uploaderOf = async (req: FastifyRequest): Promise<CallContext> => {
    const wait = limiter.blockedFor(req.ip, now());
    if (wait > 0) throw new V3Error(429, `too many bad tokens: try again in ${wait} s`);
    const date = req.headers.date ?? (req.query as Record<string, unknown>).now;
    if (typeof date === 'string' && date !== '') {
      const t = /^\d+$/.test(date) ? Number(date) : Date.parse(date);
      if (!Number.isFinite(t) || Math.abs(now() - t) > SKEW_MS) throw new V3Error(401, V3_MSG.DATE_OUT_OF_TOLERANCE);
    }
    const h = req.headers.authorization;
    const q = (req.query as Record<string, unknown>).token;
    const token = h && /^bearer\s+/i.test(h) ? h.replace(/^bearer\s+/i, '').trim() : typeof q === 'string' ? q : '';
    if (!token) throw new V3Error(401, V3_MSG.MISSING_TOKEN);
    const subject = token.split('.').length === 3 ? await ns.secrets.verifyToken(token, now()) : null;
    const ctx = subject ? ns.contextForSubject(subject, req.ip) : await ns.contextFor(token, req.ip);
    if (ctx) return ctx;
    limiter.fail(req.ip, now());
    throw new V3Error(401, V3_MSG.BAD_TOKEN);
  };

  const collectionOf = (req: FastifyRequest): NsV3Collection => {
    const c = (req.params as { collection: string }).collection as NsV3Collection;
    if (!COLLECTIONS.has(c)) throw new V3Error(404, V3_MSG.BAD_OPERATION);
    return c;
  };
  const limitOf = (req: FastifyRequest, dflt: number) => {
    const raw = (req.query as Record<string, unknown>).limit;
    if (raw === undefined) return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > V3_MAX_LIMIT) throw new V3Error(400, V3_MSG.BAD_LIMIT);
    return n;
  };

  const route = guardedRoutes(app, fail);

  route('GET', '/api/v2/authorization/request/:accessToken', async (req, reply) => {
    const wait = limiter.blockedFor(req.ip, now());
    if (wait > 0) throw new V3Error(429, `too many bad tokens: try again in ${wait} s`);
    const subject = await ns.secrets.resolve((req.params as { accessToken: string }).accessToken);
    if (!subject) {
      limiter.fail(req.ip, now());
      throw new V3Error(401, V3_MSG.BAD_TOKEN);
    }
    const t = await ns.secrets.issueToken(subject, now());
    const perms = ['entries', 'treatments', 'devicestatus', 'profile'].flatMap((c) => [`api:${c}:read`, `api:${c}:create`, `api:${c}:update`, `api:${c}:delete`]);
    return reply.send({ token: t.token, sub: 'uploader', permissionGroups: [perms], iat: t.iat, exp: t.exp });
  });

  const versionInfo = () => ({ version: VERSION, apiVersion: V3_API_VERSION, srvDate: now(), storage: { storage: 'sqlite', version: 'tend' } });
  route('GET', '/api/v3/version', async (_req, reply) => send(reply, 200, { result: versionInfo() }));
  route('GET', '/api/v3/status', async (req, reply) => {
    await uploaderOf(req);
    return send(reply, 200, { result: { ...versionInfo(), apiPermissions: { devicestatus: 'crud', entries: 'crud', food: '', profile: 'crud', settings: '', treatments: 'crud' } } });
  });
  route('GET', '/api/v3/lastModified', async (req, reply) => {
    const ctx = await uploaderOf(req);
    return send(reply, 200, { result: await hub.core.call('nightscout.v3.lastModified', { subject_id: ctx.onlySubject! }, ctx) });
  });

  /** History answers carry the newest change as Last-Modified and ETag, which AndroidAPS keeps for the next call. */
  const sendHistory = (reply: FastifyReply, docs: Array<Record<string, unknown>>) => {
    if (docs.length) {
      const max = Math.max(...docs.map((d) => d.srvModified as number));
      void reply.header('Last-Modified', new Date(max).toUTCString()).header('ETag', `W/"${max}"`);
    }
    return send(reply, 200, { result: docs });
  };
  const history = async (req: FastifyRequest, reply: FastifyReply, since: number) => {
    const ctx = await uploaderOf(req);
    const docs = await hub.core.call('nightscout.v3.read', { subject_id: ctx.onlySubject!, collection: collectionOf(req), mode: 'history', since, limit: limitOf(req, V3_MAX_LIMIT) }, ctx);
    return sendHistory(reply, docs);
  };
  route('GET', '/api/v3/:collection/history/:since', async (req, reply) => {
    const raw = (req.params as { since: string }).since;
    const since = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(since)) throw new V3Error(400, V3_MSG.BAD_LAST_MODIFIED);
    return history(req, reply, since);
  });
  route('GET', '/api/v3/:collection/history', async (req, reply) => {
    const h = req.headers['last-modified'];
    const since = typeof h === 'string' ? Date.parse(h) : NaN;
    if (!Number.isFinite(since)) throw new V3Error(400, V3_MSG.BAD_LAST_MODIFIED);
    // The header form is "at or after" (whole seconds): one millisecond earlier, strictly after.
    return history(req, reply, Math.max(0, since - 1));
  });

  // Search: `?sort=date&date$gt=N&limit=L` (oldest first after N), `?sort$desc=date&type=sgv`, `?sort=created_at&created_at$gt=ISO`.
  route('GET', '/api/v3/:collection', async (req, reply) => {
    const ctx = await uploaderOf(req);
    const q = req.query as Record<string, unknown>;
    if (q.sort !== undefined && q.sort$desc !== undefined) throw new V3Error(400, 'Parameters sort and sort_desc cannot be combined');
    let since: number | null = null;
    for (const field of ['date', 'created_at', 'srvModified']) {
      for (const op of ['$gt', '$gte'] as const) {
        const v = q[`${field}${op}`];
        if (typeof v !== 'string') continue;
        const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
        if (!Number.isFinite(t)) throw new V3Error(400, `Bad value of ${field}${op}`);
        since = op === '$gte' ? t - 1 : t;
      }
    }
    const docs = await hub.core.call(
      'nightscout.v3.read',
      { subject_id: ctx.onlySubject!, collection: collectionOf(req), mode: 'search', since, sort: q.sort !== undefined ? 'asc' : 'desc', limit: limitOf(req, 100) },
      ctx,
    );
    const type = typeof q.type === 'string' ? q.type : null;
    return send(reply, 200, { result: type ? docs.filter((d) => d.type === type) : docs });
  });

  route('POST', '/api/v3/:collection', async (req, reply) => {
    const ctx = await uploaderOf(req);
    const collection = collectionOf(req);
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0) throw new V3Error(400, V3_MSG.BAD_BODY);
    const doc = normaliseV3(body as Record<string, unknown>);
    const problem = commonFieldsProblem(doc);
    if (problem) throw new V3Error(400, problem);
    doc.identifier ??= calculateIdentifier(doc);
    const r = await hub.core.call(UPLOAD[collection], { subject_id: ctx.onlySubject!, docs: [doc] }, ctx);
    const at = now();
    void reply.header('Last-Modified', new Date(at).toUTCString()).header('Location', `/api/v3/${collection}/${String(doc.identifier)}`);
    return r.duplicates > 0
      ? send(reply, 200, { identifier: doc.identifier, isDeduplication: true, lastModified: at })
      : send(reply, 201, { identifier: doc.identifier, lastModified: at });
  });

  route('GET', '/api/v3/:collection/:identifier', async (req, reply) => {
    const ctx = await uploaderOf(req);
    const doc = await hub.core.call('nightscout.v3.find', { subject_id: ctx.onlySubject!, collection: collectionOf(req), identifier: (req.params as { identifier: string }).identifier }, ctx);
    if (!doc) throw new V3Error(404, 'Document not found');
    return send(reply, 200, { result: doc });
  });

  // AndroidAPS changes a treatment with PATCH, and invalidates one (isValid: false) or deletes it.
  for (const method of ['PATCH', 'PUT'] as const) {
    route(method, '/api/v3/:collection/:identifier', async (req, reply) => {
      const ctx = await uploaderOf(req);
      const collection = collectionOf(req);
      const identifier = (req.params as { identifier: string }).identifier;
      const body = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new V3Error(400, V3_MSG.BAD_BODY);
      const found = await hub.core.call('nightscout.v3.find', { subject_id: ctx.onlySubject!, collection, identifier }, ctx);
      if (!found) throw new V3Error(404, 'Document not found');
      // date and utcOffset cannot change (AndroidAPS sends them null); everything else merges.
      const patch = Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([k, v]) => v !== null && !['date', 'utcOffset', 'identifier', 'srvModified', 'srvCreated'].includes(k)));
      const merged: Record<string, unknown> = { ...found, ...patch, identifier };
      if (merged.isValid === false) await hub.core.call('nightscout.treatments.delete', { subject_id: ctx.onlySubject!, id: identifier }, ctx);
      else {
        await hub.core.call('nightscout.treatments.delete', { subject_id: ctx.onlySubject!, id: identifier }, ctx);
        await hub.core.call('nightscout.treatments.upload', { subject_id: ctx.onlySubject!, docs: [merged] }, ctx);
      }
      return send(reply, 200, { identifier, lastModified: now() });
    });
  }
  route('DELETE', '/api/v3/:collection/:identifier', async (req, reply) => {
    const ctx = await uploaderOf(req);
    const collection = collectionOf(req);
    const identifier = (req.params as { identifier: string }).identifier;
    const n = collection === 'treatments' ? (await hub.core.call('nightscout.treatments.delete', { subject_id: ctx.onlySubject!, id: identifier }, ctx)).n : 0;
    if (n === 0) throw new V3Error(404, 'Document not found');
    return send(reply, 200, {});
  });
}
