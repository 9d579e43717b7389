import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { guardedRoutes } from './guarded-route';
import { ApiError, isApiError, statusOf } from '../api/errors';
import type { ProcName } from '../api/procedures';
import { FailureLimiter } from '../core/auth/failure-limiter';
import type { CallContext } from '../core/context';
import { entriesTsv } from '../core/nightscout/map';
import { nightscoutService } from '../core/nightscout/service';
import type { HubContext } from './server';

/**
 * Nightscout's REST API v1 on the hub (README "Connect your sensors"), for phone
 * uploaders (xDrip+, Juggluco, Loop, nightscout-connect; the documents AndroidAPS builds) and
 * watch faces.
 *
 * Authentication as Nightscout does it: the `api-secret` header (SHA-1 hex of the
 * secret), `?secret=` or `?token=`, or the secret as the user name of the URL
 * (`http://SECRET@host:4477`, sent as HTTP Basic). The secret chooses the person; every
 * call then runs through `core.call` as that person's uploader, which may read and write
 * that person only. A wrong secret is 401 and stores nothing; ten wrong ones a minute
 * from one address are refused (429) until the minute has passed.
 *
 * Answers are Nightscout's (arrays of documents); an error carries both Nightscout's
 * `{status, message}` and Tend's `{error: {code, message, field}}`.
 */
export function nightscoutPlugin(app: FastifyInstance, hub: HubContext): void {
  const ns = nightscoutService(hub.core);
  const limiter = new FailureLimiter(10, 60_000);

  // Where the hub listens, so the app can tell the owner what URL to type into the phone.
  // Best effort: a hub on a store that takes no writes (a full disk) still starts.
  app.addHook('onListen', async () => {
    const a = app.server.address();
    try {
      if (a && typeof a === 'object') ns.secrets.noteHubAddress(a.address, a.port);
    } catch {
      /* the address is a convenience for the Devices screen */
    }
  });

  const credentials = (req: FastifyRequest): string[] => {
    const out: string[] = [];
    const h = req.headers['api-secret'];
    if (typeof h === 'string') out.push(h);
    const q = req.query as Record<string, unknown>;
    for (const k of ['secret', 'token']) if (typeof q[k] === 'string') out.push(q[k]);
    const auth = req.headers.authorization;
    if (auth && /^basic\s+/i.test(auth)) {
      const [user, pass] = Buffer.from(auth.replace(/^basic\s+/i, ''), 'base64').toString('utf8').split(':');
      if (user) out.push(decodeURIComponent(user));
      if (pass) out.push(decodeURIComponent(pass));
    }
    return out;
  };

  /** The uploader's context, or an error: 401 for no or a wrong secret, 429 after too many wrong ones. */
  const uploaderOf = async (req: FastifyRequest): Promise<CallContext> => {
    const now = hub.core.clock.now();
    const wait = limiter.blockedFor(req.ip, now);
    if (wait > 0) throw new ApiError('rate_limited', `too many wrong uploader secrets: try again in ${wait} s`);
    const given = credentials(req);
    for (const c of given) {
      const ctx = await ns.contextFor(c, req.ip);
      if (ctx) return ctx;
    }
    if (given.length) limiter.fail(req.ip, now);
    throw new ApiError('unauthorized', given.length ? 'that uploader secret matches no one here' : 'send the uploader secret: header api-secret (its SHA-1 hex), or ?token=');
  };

  const fail = (reply: FastifyReply, e: unknown) => {
    if (!isApiError(e)) return hub.sendError(reply, e);
    const status = statusOf[e.code];
    return reply.code(status).send({ status, message: e.message, error: e.toBody() });
  };

  /** Nightscout's `find[field][$op]=value` query keys (Fastify leaves them flat), as `{field: {$op: value}}`. */
  const findOf = (query: Record<string, unknown>) => {
    const find: Record<string, Record<string, string | string[]>> = {};
    for (const [k, v] of Object.entries(query)) {
      const m = /^find\[([^\]]+)\](?:\[(\$[a-z]+)\])?(\[\])?$/.exec(k);
      if (!m) continue;
      const value = Array.isArray(v) ? v.map(String) : String(v);
      (find[m[1]!] ??= {})[m[2] ?? '$eq'] = value;
    }
    return find;
  };

  const call = async <K extends ProcName>(req: FastifyRequest, name: K, args: (subjectId: string) => unknown) => {
    const ctx = await uploaderOf(req);
    return hub.core.call(name, args(ctx.onlySubject!), ctx);
  };

  const docsOf = (body: unknown) => (Array.isArray(body) ? body : body === undefined || body === null ? [] : [body]);

  const route = guardedRoutes(app, fail);

  const q = (req: FastifyRequest) => req.query as Record<string, unknown>;
  const listArgs = (req: FastifyRequest) => (subject_id: string) => ({ subject_id, find: findOf(q(req)), ...(q(req).count !== undefined ? { count: q(req).count } : {}) });

  // Entries. Without `.json`, Nightscout answers tab-separated text unless JSON is asked for.
  const sendEntries = (req: FastifyRequest, reply: FastifyReply, docs: Array<Record<string, unknown>>, json: boolean) => {
    if (json || /application\/json/i.test(req.headers.accept ?? '')) return reply.send(docs);
    return reply.type('text/plain; charset=utf-8').send(entriesTsv(docs));
  };
  route('POST', ['/api/v1/entries', '/api/v1/entries.json'], async (req, reply) => {
    const out = await call(req, 'nightscout.entries.upload', (subject_id) => ({ subject_id, docs: docsOf(req.body) }));
    return reply.send(out.docs);
  });
  route('GET', ['/api/v1/entries', '/api/v1/entries.json', '/api/v1/entries.txt'], async (req, reply) => {
    const docs = await call(req, 'nightscout.entries.list', listArgs(req));
    return sendEntries(req, reply, docs, req.url.split('?')[0]!.endsWith('.json'));
  });
  route('GET', ['/api/v1/entries/:spec'], async (req, reply) => {
    const spec = (req.params as { spec: string }).spec;
    const m = /^(current|sgv|mbg|cal)(\.json|\.txt|\.tsv)?$/.exec(spec);
    if (!m) throw new ApiError('not_found', `no entries ${spec}: use sgv.json, mbg.json, cal.json or current.json`);
    const json = m[2] === '.json';
    if (m[1] === 'current') {
      const docs = await call(req, 'nightscout.entries.list', (subject_id) => ({ subject_id, count: 1, find: {}, kind: 'sgv' }));
      return sendEntries(req, reply, docs, json);
    }
    const docs = await call(req, 'nightscout.entries.list', (subject_id) => ({ ...listArgs(req)(subject_id), kind: m[1] }));
    return sendEntries(req, reply, docs, json);
  });

  // Treatments: xDrip+ and Juggluco upsert one at a time with PUT; Loop and nightscout-connect POST arrays.
  for (const method of ['POST', 'PUT'] as const) {
    route(method, ['/api/v1/treatments', '/api/v1/treatments.json'], async (req, reply) => {
      const out = await call(req, 'nightscout.treatments.upload', (subject_id) => ({ subject_id, docs: docsOf(req.body) }));
      return reply.send(out.docs);
    });
  }
  route('GET', ['/api/v1/treatments', '/api/v1/treatments.json'], async (req, reply) => reply.send(await call(req, 'nightscout.treatments.list', listArgs(req))));
  route('DELETE', ['/api/v1/treatments/:id'], async (req, reply) => {
    const id = (req.params as { id: string }).id.replace(/\.json$/, '');
    return reply.send(await call(req, 'nightscout.treatments.delete', (subject_id) => ({ subject_id, id })));
  });

  route('POST', ['/api/v1/devicestatus', '/api/v1/devicestatus.json'], async (req, reply) => {
    const out = await call(req, 'nightscout.devicestatus.upload', (subject_id) => ({ subject_id, docs: docsOf(req.body) }));
    return reply.send(out.docs);
  });
  route('GET', ['/api/v1/devicestatus', '/api/v1/devicestatus.json'], async (req, reply) => reply.send(await call(req, 'nightscout.devicestatus.list', listArgs(req))));

  route('GET', ['/api/v1/status', '/api/v1/status.json'], async (req, reply) => reply.send(await call(req, 'nightscout.status', (subject_id) => ({ subject_id }))));
  route('GET', ['/api/v1/profile', '/api/v1/profile.json', '/api/v1/profiles', '/api/v1/profiles.json'], async (req, reply) =>
    reply.send(await call(req, 'nightscout.profile', (subject_id) => ({ subject_id }))),
  );
  for (const method of ['POST', 'PUT'] as const) {
    route(method, ['/api/v1/profile', '/api/v1/profile.json'], async (req, reply) => {
      const out = await call(req, 'nightscout.profile.upload', (subject_id) => ({ subject_id, docs: docsOf(req.body) }));
      return reply.send(out.docs);
    });
  }
  // Uploaders check their secret here before uploading.
  route('GET', ['/api/v1/verifyauth'], async (req, reply) => {
    await uploaderOf(req);
    return reply.send({ status: 200, message: { canRead: true, canWrite: true, isAdmin: false, message: 'OK', rolefound: 'FOUND', permissions: 'ROLE' } });
  });
  route('GET', ['/pebble', '/pebble.json'], async (req, reply) =>
    reply.send(await call(req, 'nightscout.pebble', (subject_id) => ({ subject_id, ...(q(req).count !== undefined ? { count: q(req).count } : {}) }))),
  );
}
