/**
 * A stand-in for Dexcom's API v3 and its OAuth 2.0 endpoints, for tests and demos: no
 * Dexcom server is reachable from here, so this one speaks the same protocol over real
 * HTTP on 127.0.0.1 and the real client code talks to it.
 *
 * What it implements (developer.dexcom.com, Authentication and the v3 endpoint pages):
 * - GET /v2/oauth2/login: checks client_id, the redirect URI (any port on a loopback
 *   host, RFC 8252 §7.3), response_type=code, scope=offline_access, the PKCE challenge
 *   (S256 only); stands in for the user signing in and consenting by redirecting at
 *   once with `code` and `state`.
 * - POST /v2/oauth2/token (form): authorization_code (client secret, single-use code,
 *   same redirect URI, PKCE verifier) and refresh_token (rotating: the old refresh
 *   token dies); errors per RFC 6749 §5.2.
 * - GET /v3/users/self/{egvs,calibrations,events,alerts}?startDate&endDate: UTC
 *   `YYYY-MM-DDThh:mm:ss`, a window of at most 30 days (400 otherwise), records whose
 *   systemTime lies in the window (both ends inclusive: the client must cope).
 * - GET /v3/users/self/dataRange[?lastSyncTime], GET /v3/users/self/devices.
 * - Bearer tokens that expire (`accessTokenTtlSec`, or at once on demand), 401 otherwise.
 * - On demand (`inject`): expire every token, or answer any status (429 with
 *   Retry-After, 5xx) on the n-th matching request.
 * Records become visible only once "uploaded" (1–3 h after they were measured), as
 * Dexcom's do. The error bodies' exact shapes are not documented by Dexcom; these are
 * plausible JSON, and the client relies only on the status codes.
 */
import { createHash, randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import { MAX_WINDOW_MS, parseDexcomTimeOrNull } from '../time';
import { generateDataset } from './data';
import type { Held, MockDataOptions, MockDataset } from './data';

export interface DexcomMockOptions extends MockDataOptions {
  clientId?: string;
  clientSecret?: string;
  /** Access token lifetime, seconds (Dexcom: 7200). */
  accessTokenTtlSec?: number;
  /** The mock's clock (token expiry, which records are uploaded yet). Default: 4 h after the history ends, so all is visible. */
  now?: () => number;
  /** What the simulated user does on the login page. Default `grant`. */
  consent?: 'grant' | 'deny';
}

/** Something to do to the n-th request whose path matches (counted from when the rule was added). */
export interface MockRule {
  path: string;
  /** 1-based. Default 1: the next matching request. */
  nth?: number;
  action: { type: 'expire-tokens' } | { type: 'status'; status: number; retryAfter?: string; body?: unknown };
}

export interface MockRequestLog {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** For the token endpoint: the grant type and whether a PKCE verifier came along. */
  grantType?: string;
  codeVerifier?: boolean;
  clientSecretOk?: boolean;
}

export interface DexcomMock {
  baseUrl: string;
  data: MockDataset;
  requests: MockRequestLog[];
  clientId: string;
  clientSecret: string;
  userId: string;
  inject(rule: MockRule): void;
  /** Makes every access token issued so far expired. */
  expireAccessTokens(): void;
  /** Records of a kind visible now (uploaded by the mock's clock). */
  visible(kind: 'egvs' | 'calibrations' | 'events' | 'alerts'): Held<{ recordId: string; systemTime: string }>[];
  close(): Promise<void>;
}

const DEXCOM_QUERY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Code {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  expiresAt: number;
  used: boolean;
}

export async function startDexcomMock(opts: DexcomMockOptions = {}): Promise<DexcomMock> {
  const data = generateDataset(opts);
  const clientId = opts.clientId ?? 'tend-test-client';
  const clientSecret = opts.clientSecret ?? 'tend-test-secret';
  const ttl = (opts.accessTokenTtlSec ?? 7200) * 1000;
  const now = opts.now ?? (() => data.end + 4 * 3_600_000);
  const userId = createHash('sha256').update(`user-${opts.seed ?? 1}`).digest('hex');

  const codes = new Map<string, Code>();
  const access = new Map<string, { expiresAt: number }>();
  const refresh = new Map<string, { live: boolean }>();
  const rules: (MockRule & { seen: number })[] = [];
  const requests: MockRequestLog[] = [];
  const extra = new WeakMap<FastifyRequest, Partial<MockRequestLog>>();

  const newToken = () => randomBytes(24).toString('base64url');
  const issue = () => {
    const a = newToken();
    const r = newToken();
    access.set(a, { expiresAt: now() + ttl });
    refresh.set(r, { live: true });
    return { access_token: a, expires_in: ttl / 1000, token_type: 'Bearer', refresh_token: r };
  };

  const app = Fastify({ logger: false });
  await app.register(formbody);

  app.addHook('onResponse', async (req, reply) => {
    const url = new URL(req.url, 'http://mock');
    requests.push({
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: reply.statusCode,
      ...extra.get(req),
    });
  });

  // ---- OAuth

  app.get('/v2/oauth2/login', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    // Without a trustworthy client and redirect URI, never redirect (RFC 6749 §4.1.2.1).
    if (q.client_id !== clientId) return reply.code(400).type('text/html').send('<p>Unknown client_id</p>');
    let redirect: URL;
    try {
      redirect = new URL(q.redirect_uri ?? '');
    } catch {
      return reply.code(400).type('text/html').send('<p>Invalid redirect_uri</p>');
    }
    if (redirect.protocol !== 'http:' || !LOOPBACK.has(redirect.hostname)) {
      return reply.code(400).type('text/html').send('<p>redirect_uri is not registered for this client</p>');
    }
    const back = (params: Record<string, string>) => {
      for (const [k, v] of Object.entries(params)) redirect.searchParams.set(k, v);
      if (q.state !== undefined) redirect.searchParams.set('state', q.state);
      return reply.redirect(redirect.toString(), 302);
    };
    if (q.response_type !== 'code') return back({ error: 'unsupported_response_type' });
    if (q.scope !== 'offline_access') return back({ error: 'invalid_scope' });
    if (q.code_challenge !== undefined && q.code_challenge_method !== 'S256') {
      return back({ error: 'invalid_request', error_description: 'code_challenge_method must be S256' });
    }
    if ((opts.consent ?? 'grant') === 'deny') return back({ error: 'access_denied' });
    const code = newToken();
    codes.set(code, {
      clientId,
      redirectUri: q.redirect_uri ?? '',
      challenge: q.code_challenge ?? null,
      expiresAt: now() + 10 * 60_000, // RFC 6749 §4.1.2: codes live at most 10 minutes
      used: false,
    });
    return back({ code });
  });

  app.post('/v2/oauth2/token', async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, string | undefined>;
    const secretOk = b.client_id === clientId && b.client_secret === clientSecret;
    extra.set(req, { grantType: b.grant_type ?? '', codeVerifier: b.code_verifier !== undefined, clientSecretOk: secretOk });
    if (!secretOk) return reply.code(401).send({ error: 'invalid_client' });
    if (b.grant_type === 'authorization_code') {
      const c = b.code === undefined ? undefined : codes.get(b.code);
      if (!c || c.used || c.expiresAt < now()) return reply.code(400).send({ error: 'invalid_grant', error_description: 'unknown, used or expired code' });
      c.used = true;
      if (b.redirect_uri !== c.redirectUri) return reply.code(400).send({ error: 'invalid_grant', error_description: 'redirect_uri differs' });
      if (c.challenge !== null) {
        // RFC 7636 §4.6: BASE64URL(SHA256(ASCII(code_verifier))) must equal the challenge.
        const v = b.code_verifier;
        if (v === undefined || createHash('sha256').update(v, 'ascii').digest('base64url') !== c.challenge) {
          return reply.code(400).send({ error: 'invalid_grant', error_description: 'PKCE verification failed' });
        }
      }
      return reply.send(issue());
    }
    if (b.grant_type === 'refresh_token') {
      const r = b.refresh_token === undefined ? undefined : refresh.get(b.refresh_token);
      if (!r || !r.live) return reply.code(400).send({ error: 'invalid_grant', error_description: 'unknown or used refresh token' });
      r.live = false; // rotation: a refresh token works once
      return reply.send(issue());
    }
    return reply.code(400).send({ error: 'unsupported_grant_type' });
  });

  // ---- data endpoints

  /** Rules, then bearer auth. Returns false when it has answered already. */
  const guard = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const path = new URL(req.url, 'http://mock').pathname;
    // Every matching rule counts this request; the first one due acts on it.
    for (const r of rules) if (r.path === path) r.seen++;
    const due = rules.findIndex((r) => r.path === path && r.seen >= (r.nth ?? 1));
    if (due >= 0) {
      const r = rules[due];
      rules.splice(due, 1);
      if (r.action.type === 'expire-tokens') {
        for (const a of access.values()) a.expiresAt = Math.min(a.expiresAt, now() - 1);
      } else {
        if (r.action.retryAfter !== undefined) reply.header('Retry-After', r.action.retryAfter);
        reply.code(r.action.status).send(r.action.body ?? { error: r.action.status === 429 ? 'Too many requests' : 'Service unavailable' });
        return false;
      }
    }
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const tok = m ? access.get(m[1]) : undefined;
    if (!tok || tok.expiresAt <= now()) {
      reply.code(401).header('WWW-Authenticate', 'Bearer error="invalid_token"').send({ error: 'invalid_token', message: 'Access token missing, invalid or expired' });
      return false;
    }
    return true;
  };

  const window = (req: FastifyRequest, reply: FastifyReply): { start: number; end: number } | null => {
    const q = req.query as Record<string, string | undefined>;
    const bad = (message: string) => {
      reply.code(400).send({ error: 'invalid_request', message });
      return null;
    };
    if (q.startDate === undefined || q.endDate === undefined) return bad('startDate and endDate are required');
    if (!DEXCOM_QUERY_TIME.test(q.startDate) || !DEXCOM_QUERY_TIME.test(q.endDate)) return bad('dates must be UTC YYYY-MM-DDThh:mm:ss');
    const start = Date.parse(`${q.startDate}Z`);
    const end = Date.parse(`${q.endDate}Z`);
    if (Number.isNaN(start) || Number.isNaN(end)) return bad('dates must be valid');
    if (end <= start) return bad('endDate must be after startDate');
    if (end - start > MAX_WINDOW_MS) return bad('the time window must not exceed 30 days');
    return { start, end };
  };

  const visible = <T>(list: Held<T>[]) => list.filter((h) => h.uploadedAt <= now());
  const recordTypes = { egvs: 'egv', calibrations: 'calibration', events: 'event', alerts: 'alert' } as const;
  for (const kind of ['egvs', 'calibrations', 'events', 'alerts'] as const) {
    app.get(`/v3/users/self/${kind}`, async (req, reply) => {
      if (!guard(req, reply)) return reply;
      const w = window(req, reply);
      if (!w) return reply;
      const records = visible<{ recordId: string }>(data[kind]).filter((h) => h.t >= w.start && h.t <= w.end).map((h) => h.record);
      return reply.send({ recordType: recordTypes[kind], recordVersion: '3.0', userId, records });
    });
  }

  app.get('/v3/users/self/dataRange', async (req, reply) => {
    if (!guard(req, reply)) return reply;
    const q = req.query as Record<string, string | undefined>;
    let since: number | null = null;
    if (q.lastSyncTime !== undefined) {
      since = parseDexcomTimeOrNull(q.lastSyncTime);
      if (since === null) return reply.code(400).send({ error: 'invalid_request', message: 'lastSyncTime must be an ISO 8601 date-time' });
    }
    const range = (list: Held<{ systemTime: string; displayTime: string }>[]) => {
      // "New data after lastSyncTime": records that reached Dexcom since then.
      const held = visible(list).filter((h) => since === null || h.uploadedAt > since);
      if (held.length === 0) return { start: { systemTime: null, displayTime: null }, end: { systemTime: null, displayTime: null } };
      let lo = held[0];
      let hi = held[0];
      for (const h of held) {
        if (h.t < lo.t) lo = h;
        if (h.t > hi.t) hi = h;
      }
      return {
        start: { systemTime: lo.record.systemTime, displayTime: lo.record.displayTime },
        end: { systemTime: hi.record.systemTime, displayTime: hi.record.displayTime },
      };
    };
    return reply.send({
      recordType: 'dataRange',
      recordVersion: '3.0',
      userId,
      calibrations: range(data.calibrations),
      egvs: range(data.egvs),
      events: range(data.events),
    });
  });

  app.get('/v3/users/self/devices', async (req, reply) => {
    if (!guard(req, reply)) return reply;
    return reply.send({ recordType: 'device', recordVersion: '3.0', userId, records: data.devices });
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (addr === null || typeof addr === 'string') throw new Error('mock did not bind a TCP port');

  return {
    baseUrl: `http://127.0.0.1:${addr.port}`,
    data,
    requests,
    clientId,
    clientSecret,
    userId,
    inject: (rule) => rules.push({ ...rule, seen: 0 }),
    expireAccessTokens: () => {
      for (const a of access.values()) a.expiresAt = Math.min(a.expiresAt, now() - 1);
    },
    visible: (kind) => visible<{ recordId: string; systemTime: string }>(data[kind]),
    close: () => app.close(),
  };
}
