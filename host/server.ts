import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApiError, badRequest, isApiError, statusOf, type ErrorBody } from '../api/errors';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../api/json-depth';
import { procedures, type ProcName, type ServerEvent } from '../api/procedures';
import type { Core } from '../core/app';
import type { CallContext } from '../core/context';
import { logger } from '../core/logger';
import { restRoutes } from './routes';
import { hostChecker, type HostPolicy } from './host-check';
import { StreamFanout, type StreamClient } from './stream-fanout';

const log = logger('hub');
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/dist', import.meta.url));
/** 10,000 observations of ~120 bytes is ~1.2 MB; leave room, refuse beyond (413). */
const BODY_LIMIT = 8 * 1024 * 1024;

export interface HubOptions {
  core: Core;
  /** Serve the built renderer from here (default renderer/dist). */
  rendererDir?: string;
  /** Extra route plugins from domains (audio, reports) registered by the caller. */
  plugins?: Array<(app: FastifyInstance, ctx: HubContext) => void | Promise<void>>;
  /** How often the stream says it is alive and checks its sign-in (default 10 s; tests shorten it). */
  streamBeatMs?: number;
  /** Which `Host` names it answers to (default: a hub on 127.0.0.1, loopback names only). */
  hostPolicy?: HostPolicy;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

/** Longer request targets are refused with 414 before any routing (no route of ours comes near). */
export const MAX_URL_LENGTH = 8192;

/**
 * The headers every answer carries, the app's pages and the API alike: a strict CSP (no
 * inline script, no remote origins), no MIME sniffing, no referrer, no framing.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The API's error shape for errors the framework or Node's parser raise before any route runs. */
const frameworkError = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });

export interface HubContext {
  core: Core;
  contextOf: (req: FastifyRequest) => CallContext;
  sendError: (reply: FastifyReply, e: unknown) => FastifyReply;
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h && /^bearer\s+/i.test(h)) return h.replace(/^bearer\s+/i, '').trim();
  return undefined;
}

function errorBody(e: unknown): { status: number; body: { error: ErrorBody | { code: string; message: string } } } {
  if (isApiError(e)) return { status: statusOf[e.code], body: { error: e.toBody() } };
  const fe = e as { statusCode?: number; code?: string; message?: string };
  if (fe.statusCode === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: { error: { code: 'payload_too_large', message: 'request body too large' } } };
  }
  if (fe.statusCode === 429) return { status: 429, body: { error: { code: 'rate_limited', message: fe.message ?? 'too many requests' } } };
  if (fe.statusCode === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return frameworkError(415, 'unsupported_media_type', 'send JSON (Content-Type: application/json) or a form where the route takes one');
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && /JSON/.test(fe.message ?? ''))) {
    return frameworkError(400, 'bad_request', `the body is not valid JSON: ${fe.message ?? ''}`.trim());
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: 400, body: { error: { code: 'bad_request', message: fe.message ?? 'bad request' } } };
  }
  log.error('unhandled', { error: (e as Error)?.stack ?? String(e) });
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}

/** Builds the hub: REST routes, the RPC route the renderer uses, the stream, and the app. */
export async function createHub(opts: HubOptions): Promise<FastifyInstance> {
  const { core } = opts;
  // Stopping the hub must not wait on a client that never answers (a laptop asleep, a
  // frozen tab): open connections are cut, not drained.
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    forceCloseConnections: true,
    // A request without a Host header reaches the Host check below (refused there in the
    // API's shape) instead of Node's bare 400.
    ...(opts.tls ? { https: { cert: opts.tls.cert, key: opts.tls.key, requireHostHeader: false } } : { http: { requireHostHeader: false } }),
    // A URL that cannot be decoded (`/api/%zz`) is refused by the router before any hook.
    frameworkErrors: (error, _req, reply) => {
      const e = error as { code?: string; message?: string };
      const { status, body } = e.code === 'FST_ERR_BAD_URL' ? frameworkError(400, 'bad_url', 'the URL is malformed (bad percent-encoding)') : errorBody(error);
      void (reply as unknown as FastifyReply).code(status).headers(SECURITY_HEADERS).send(body);
    },
    // What Node's HTTP parser refuses (headers over 16 KB, a malformed request line) never
    // reaches Fastify's routes; answer in the API's shape on the raw socket.
    clientErrorHandler: (err, socket) => {
      const code = (err as { code?: string }).code;
      // A client that hung up hears nothing.
      if (code === 'ECONNRESET' || socket.destroyed) return;
      const [status, reason, body] =
        code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'Request Header Fields Too Large', frameworkError(431, 'headers_too_large', 'the request line or headers are too large').body]
          : code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'Request Timeout', frameworkError(408, 'request_timeout', 'the request took too long to arrive').body]
            : [400, 'Bad Request', frameworkError(400, 'bad_request', 'malformed HTTP request').body];
      const json = JSON.stringify(body);
      if (socket.writable) {
        socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
      } else socket.destroy();
    },
  }) as unknown as FastifyInstance;
  const hostAllowed = hostChecker(opts.hostPolicy ?? { bindHost: '127.0.0.1' });

  const contextOf = (req: FastifyRequest): CallContext => {
    const token = bearer(req);
    const user = core.auth.authenticate(token);
    return token === undefined ? { user, clientKey: req.ip, transport: 'http' } : { user, token, clientKey: req.ip, transport: 'http' };
  };
  const sendError = (reply: FastifyReply, e: unknown) => {
    const { status, body } = errorBody(e);
    return reply.code(status).send(body);
  };
  const hubCtx: HubContext = { core, contextOf, sendError };

  // First of all hooks: a name the hub was not given (DNS rebinding) or an absurd URL gets
  // nowhere near a route, the stream's upgrade included.
  app.addHook('onRequest', async (req, reply) => {
    if (!hostAllowed(req.headers.host)) {
      const shown = String(req.headers.host ?? '').slice(0, 100);
      // A refused WebSocket upgrade has no HTTP server behind it to close the connection.
      if (req.headers.upgrade) reply.raw.once('finish', () => req.raw.socket?.end());
      return reply
        .header('connection', 'close')
        .code(403)
        .headers(SECURITY_HEADERS)
        .send({ error: { code: 'forbidden', message: `this hub does not answer to the host name "${shown}"; its owner can allow it with tend hub --allow-host NAME`, field: 'host' } });
    }
    if (req.url.length > MAX_URL_LENGTH) {
      return reply.code(414).headers(SECURITY_HEADERS).send(frameworkError(414, 'uri_too_long', `the URL is ${req.url.length} characters long; at most ${MAX_URL_LENGTH}`).body);
    }
  });

  // JSON bodies are checked for nesting before they are parsed: thousands of nested
  // brackets overflow the stack of whatever walks the document next (a 500), so they are
  // refused as bad input. Prototype and constructor poisoning stay refused as by default.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonTooDeep(body as string)) return done(badRequest(`JSON body nested deeper than ${MAX_JSON_DEPTH} levels`, 'body'), undefined);
    return defaultJson(req, body as string, done);
  });

  app.setErrorHandler((e, _req, reply) => sendError(reply, e));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return sendError(reply, new ApiError('not_found', `no route ${req.method} ${req.url.split('?')[0]!.slice(0, 200)}`));
    // Client-side routes of the single-page app.
    if (existsSync(`${opts.rendererDir ?? RENDERER_DIR}/index.html`)) return reply.sendFile('index.html');
    return reply.code(404).type('text/plain').send('Tend hub: the app is not built (run `npm run build:renderer`).');
  });

  // Only this machine's pages may call the API from a browser: the hub serves its own UI.
  await app.register(cors, { origin: [/^http:\/\/127\.0\.0\.1(:\d+)?$/, /^http:\/\/localhost(:\d+)?$/] });
  await app.register(formbody);
  // multipart/form-data is read only by routes that declare a form (RestRoute.form), each
  // with its own part limits; the plugin's parser itself reads nothing until asked.
  await app.register(multipart, { limits: { files: 1, fields: 20, parts: 21, fileSize: 16 * 1024 * 1024, fieldSize: 20_000 } });
  const formRoutes = new Set(restRoutes.filter((r) => r.form).map((r) => `${r.method} ${r.url}`));
  app.addHook('preHandler', async (req, reply) => {
    if (req.isMultipart() && !formRoutes.has(`${req.method} ${req.routeOptions.url ?? ''}`)) {
      const { status, body } = frameworkError(415, 'unsupported_media_type', 'this route does not take a form: send JSON (Content-Type: application/json)');
      return reply.code(status).send(body);
    }
  });
  // A generous global ceiling against runaway clients; login failures have their own limit in the core.
  await app.register(rateLimit, { max: 3000, timeWindow: '1 minute', allowList: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] });
  await app.register(websocket, {
    // No compression: the stream's frames are built once and shared by every screen (host/stream-fanout.ts).
    options: { maxPayload: 8 * 1024 * 1024, perMessageDeflate: false },
    // The default waits for each client's close handshake; a stuck client would hold the
    // hub open for ever. Cut them instead; the renderer reconnects with back-off.
    preClose(done) {
      for (const client of app.websocketServer.clients) client.terminate();
      done();
    },
  });

  // The same security headers on the app's pages and on every API answer (a JSON error
  // opened in a tab is a page too); over TLS, browsers are told to keep using it.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (opts.tls) reply.header('Strict-Transport-Security', 'max-age=31536000');
    return payload;
  });

  for (const route of restRoutes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (req, reply) => {
        try {
          // A form's parts are read only for a signed-in caller: nobody else makes the hub buffer 16 MB.
          if (route.form && req.isMultipart() && !contextOf(req).user) throw new ApiError('unauthorized', 'missing or expired token');
          const form = route.form && req.isMultipart() ? await route.form(req) : undefined;
          const args = route.args({ params: req.params as Record<string, string>, query: req.query as Record<string, unknown>, body: form ?? req.body });
          const out = await core.call(route.proc, args, contextOf(req));
          if (route.file) {
            const f = route.file(out);
            // A plain quoted filename: printable ASCII, no quote or backslash (RFC 6266 §4.1; other names need filename*).
            const name = f.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
            return reply.code(route.status ?? 200).type(f.type).header('content-disposition', `attachment; filename="${name}"`).send(f.bytes);
          }
          return reply.code(route.status ?? 200).send(out);
        } catch (e) {
          return sendError(reply, e);
        }
      },
    });
  }

  // The renderer's transport: any procedure by name, the same validation and checks.
  app.post<{ Params: { name: string } }>('/api/rpc/:name', async (req, reply) => {
    const name = req.params.name;
    if (!Object.prototype.hasOwnProperty.call(procedures, name)) return sendError(reply, new ApiError('not_found', `no procedure ${name}`));
    try {
      return reply.send(await core.call(name as ProcName, req.body ?? {}, contextOf(req)));
    } catch (e) {
      return sendError(reply, e);
    }
  });

  // The stream: events for the subjects this user may see. Each event is serialised and
  // framed once for every screen (host/stream-fanout.ts), readings held up to 50 ms so a
  // screen gets them in one write and alarms at once; it keeps each screen's permitted people
  // and re-reads them whenever a grant changes, so a share given or ended applies from the
  // next event on; the token is checked again at every heartbeat, so a sign-in that ended
  // (expired, signed out, password changed) ends its stream within 10 s, and the screen
  // says so instead of going quiet.
  const fanout = new StreamFanout(core);
  app.addHook('onClose', async () => fanout.close());
  app.get('/api/stream', { websocket: true }, (socket, req) => {
    const token = (req.query as { token?: string }).token ?? bearer(req);
    const user = core.auth.authenticate(token);
    const refuse = (message: string) => {
      socket.send(JSON.stringify({ type: 'error', error: { code: 'unauthorized', message } }));
      socket.close(4401, 'unauthorized');
    };
    if (!user) {
      refuse('missing or expired token');
      return;
    }
    // Events go to the socket as frames built once for every screen, joined once for every
    // screen given the same run (one plain write per screen per flush or alarm, not ws's
    // header-and-payload pair per message, nor a gathered write of many buffers); that needs
    // no extension on the socket, which the hub never negotiates (perMessageDeflate off
    // above), so the other branch is only for a ws that negotiated one anyway.
    const raw = (socket as unknown as { _socket?: Socket })._socket;
    const client: StreamClient = {
      userId: user.id,
      write(events, frames) {
        if (socket.readyState !== socket.OPEN) return;
        if (!raw || socket.extensions !== '') {
          for (const e of events) socket.send(e.payload, { binary: false });
        } else raw.write(frames);
      },
    };
    const off = fanout.add(client);
    fanout.sendTo(client, { type: 'hello', user, at: new Date(core.clock.now()).toISOString() });
    // Heartbeat so a caregiver's second device notices when this machine goes silent.
    const beat = setInterval(() => {
      if (core.auth.authenticate(token)?.id !== user.id) return refuse('this sign-in has ended (expired, signed out, or the password changed)');
      fanout.sendTo(client, { type: 'heartbeat', at: new Date(core.clock.now()).toISOString(), storage: core.storage.state() } satisfies ServerEvent);
    }, opts.streamBeatMs ?? 10_000);
    beat.unref();
    socket.on('close', () => {
      clearInterval(beat);
      off();
    });
  });

  for (const plugin of opts.plugins ?? []) await plugin(app, hubCtx);

  const dir = opts.rendererDir ?? RENDERER_DIR;
  if (existsSync(dir)) {
    await app.register(fastifyStatic, { root: dir, prefix: '/', index: ['index.html'], wildcard: false });
  }
  return app;
}
