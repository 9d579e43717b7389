/**
 * Local servers that speak the followed services' real protocols (paths, headers,
 * bodies, date formats, error answers), for tests of the real clients. What each
 * answers was read from nightscout-connect (lib/sources/dexcomshare.js, librelinkup.js,
 * nightscout.js), pydexcom and libre-link-up-api-client; see the clients' doc comments.
 * Not used by the app.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEXCOM_SHARE_APPLICATION_ID, SHARE_PATHS } from './dexcom-share';

const MIN = 60_000;

/** A CGM trace: a reading every 5 minutes at `t ≡ 0 (mod 5 min)`, between `from` and `to` (inclusive). */
export function trace(from: number, to: number): Array<{ t: number; mg_dl: number }> {
  const out: Array<{ t: number; mg_dl: number }> = [];
  for (let t = Math.ceil(from / (5 * MIN)) * 5 * MIN; t <= to; t += 5 * MIN) out.push({ t, mg_dl: Math.round(130 + 50 * Math.sin(t / (3 * 60 * MIN))) });
  return out;
}

interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
}

/** What every fake shares: the data it holds, failures to inject, and a log of requests. */
export abstract class FakeService {
  /** The service's clock (tests on a manual clock pass theirs). */
  now: () => number = Date.now;
  /** Readings the phone has uploaded: from `dataFrom` to `dataTo` (default: now). */
  dataFrom = 0;
  dataTo: number | null = null;
  /** Answer the next `n` requests (any path) with 429 and this `Retry-After` (seconds). */
  rateLimit: { n: number; retryAfterS: number } | null = null;
  /** While set, every request gets this HTTP status (the service is down). */
  down: number | null = null;
  readonly requests: Req[] = [];
  url = '';
  private server = createServer((req, res) => void this.receive(req, res));

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  readings(): Array<{ t: number; mg_dl: number }> {
    return trace(this.dataFrom, Math.min(this.dataTo ?? this.now(), this.now()));
  }

  count(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  protected abstract handle(r: Req, res: ServerResponse): void;

  protected json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', 'http://x');
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const r: Req = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, headers: req.headers, body, at: Date.now() };
    this.requests.push(r);
    if (this.rateLimit && this.rateLimit.n > 0) {
      this.rateLimit.n--;
      res.writeHead(429, { 'retry-after': String(this.rateLimit.retryAfterS), 'content-type': 'text/plain' }).end('Too Many Requests');
      return;
    }
    if (this.down !== null) {
      res.writeHead(this.down, { 'content-type': 'text/html' }).end('<html><body>Service Unavailable</body></html>');
      return;
    }
    this.handle(r, res);
  }
}

/** Dexcom Share (share2.dexcom.com). */
export class FakeDexcomShare extends FakeService {
  readonly accountId = randomUUID();
  private sessions = new Set<string>();
  /** Share locks an account after this many wrong passwords in a row (then even the right one is refused). */
  lockAfter: number | null = null;
  private wrongInARow = 0;
  constructor(
    readonly accountName: string,
    /** Changing it is the person changing their password in the Dexcom app. */
    public password: string,
  ) {
    super();
  }

  /** Every session times out (Share then answers `SessionIdNotFound`, as in pydexcom's recorded answers). */
  expireSessions(): void {
    this.sessions.clear();
  }

  private fault(res: ServerResponse, code: string, message: string): void {
    // Share's faults: HTTP 500 with the code, a message and an OnlineException in SubCode.
    this.json(res, 500, { Code: code, Message: message, SubCode: `<OnlineException DateThrownLocal="${new Date().toISOString()}" ErrorCode="${code}" />`, TypeName: 'FaultException' });
  }

  protected handle(r: Req, res: ServerResponse): void {
    const b = (r.body ?? {}) as Record<string, unknown>;
    if (r.method !== 'POST') return this.json(res, 405, { Message: 'The requested resource does not support http method GET.' });
    if (r.path === SHARE_PATHS.authenticate || r.path === SHARE_PATHS.login) {
      if (b.applicationId !== DEXCOM_SHARE_APPLICATION_ID) return this.fault(res, 'InvalidArgument', 'Application id is not valid');
      if (r.path === SHARE_PATHS.authenticate && b.accountName !== this.accountName) return this.fault(res, 'SSO_AuthenticateAccountNotFound', 'Account not found');
      if (r.path === SHARE_PATHS.login && b.accountId !== this.accountId) return this.fault(res, 'SSO_AuthenticateAccountNotFound', 'Account not found');
      if (this.lockAfter !== null && this.wrongInARow >= this.lockAfter) return this.fault(res, 'SSO_AuthenticateMaxAttemptsExceeded', 'Maximum authentication attempts exceeded');
      if (b.password !== this.password) {
        this.wrongInARow++;
        return this.fault(res, 'AccountPasswordInvalid', 'Publisher account password failed');
      }
      this.wrongInARow = 0;
      if (r.path === SHARE_PATHS.authenticate) return this.json(res, 200, this.accountId);
      const session = randomUUID();
      this.sessions.add(session);
      return this.json(res, 200, session);
    }
    if (r.path === SHARE_PATHS.latest) {
      const session = r.query.get('sessionId') ?? '';
      if (!this.sessions.has(session)) return this.fault(res, 'SessionIdNotFound', `Failed to find session object. [SessionId = ${session}]`);
      const minutes = Number(r.query.get('minutes'));
      const maxCount = Number(r.query.get('maxCount'));
      if (!(minutes >= 1 && minutes <= 1440) || !(maxCount >= 1 && maxCount <= 288)) return this.fault(res, 'InvalidArgument', 'minutes must be 1–1440 and maxCount 1–288');
      const from = this.now() - minutes * MIN;
      const list = this.readings()
        .filter((x) => x.t > from)
        .reverse()
        .slice(0, maxCount)
        .map((x) => ({ WT: `Date(${x.t})`, ST: `Date(${x.t})`, DT: `Date(${x.t}-0500)`, Value: x.mg_dl, Trend: 'Flat' }));
      return this.json(res, 200, list);
    }
    this.json(res, 404, { Message: 'No HTTP resource was found that matches the request URI.' });
  }
}

/** `M/D/YYYY h:mm:ss AM` in UTC, as LibreLinkUp writes `FactoryTimestamp`. */
export function lluTime(t: number): string {
  const d = new Date(t);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** LibreLinkUp (api-<region>.libreview.io). */
export class FakeLibreLinkUp extends FakeService {
  readonly userId = randomUUID();
  readonly patientId = randomUUID();
  /** When set, a sign-in answers "your account lives in this region" instead. */
  redirectRegion: string | null = null;
  /** Sign-ins answer status 4: the account must accept new terms in the LibreLinkUp app first. */
  needsTerms = false;
  /** Other people this account follows, listed before Ada (whose graph is the only one served). */
  otherConnections: Array<{ patientId: string; firstName: string; lastName: string }> = [];
  private tokens = new Set<string>();
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }

  expireSessions(): void {
    this.tokens.clear();
  }

  private measurement(x: { t: number; mg_dl: number }, latest: boolean) {
    return {
      FactoryTimestamp: lluTime(x.t),
      Timestamp: lluTime(x.t - 5 * 60 * MIN),
      type: latest ? 1 : 0,
      ValueInMgPerDl: x.mg_dl,
      ...(latest ? { TrendArrow: 3, TrendMessage: null } : {}),
      MeasurementColor: 1,
      GlucoseUnits: 1,
      Value: x.mg_dl,
      isHigh: false,
      isLow: false,
    };
  }

  protected handle(r: Req, res: ServerResponse): void {
    if (r.headers.product !== 'llu.android' && r.headers.product !== 'llu.ios') return this.json(res, 403, { status: 920, error: { message: 'product header missing' } });
    // Since October 2025 versions before 4.16.0 are refused (after the sign-in, which still works).
    const version = typeof r.headers.version === 'string' ? r.headers.version.split('.').map(Number) : [];
    const current = (version[0] ?? 0) * 10_000 + (version[1] ?? 0) * 100 + (version[2] ?? 0) >= 41600;
    if (r.path === '/llu/auth/login' && r.method === 'POST') {
      const b = (r.body ?? {}) as Record<string, unknown>;
      if (this.redirectRegion) return this.json(res, 200, { status: 0, data: { redirect: true, region: this.redirectRegion } });
      if (b.email !== this.email || b.password !== this.password) return this.json(res, 200, { status: 2, error: { message: 'notAuthenticated' } });
      if (this.needsTerms) return this.json(res, 200, { status: 4, data: { step: { type: 'tou', componentName: 'tou', props: { reaccept: true, titleKey: 'Common.termsOfUse', type: 'tou' } }, user: { accountType: 'pat', country: 'DE', uiLanguage: 'de-DE' }, authTicket: { token: randomUUID(), expires: 0, duration: 3_600_000 } } });
      const token = randomUUID();
      this.tokens.add(token);
      const expires = Math.floor(this.now() / 1000) + 15_552_000;
      return this.json(res, 200, { status: 0, data: { user: { id: this.userId, firstName: 'Follower', email: this.email, country: 'DE' }, authTicket: { token, expires, duration: 15_552_000_000 } } });
    }
    const token = /^Bearer (.+)$/.exec(String(r.headers.authorization ?? ''))?.[1];
    if (!token || !this.tokens.has(token)) return this.json(res, 401, { message: 'invalid or expired jwt' });
    if (!current || r.headers['account-id'] !== createHash('sha256').update(this.userId).digest('hex')) return this.json(res, 403, { status: 403, error: { message: 'Forbidden' } });
    if (r.path === '/llu/connections' && r.method === 'GET') {
      const last = this.readings().at(-1);
      const others = this.otherConnections.map((c) => ({ id: c.patientId, ...c, glucoseMeasurement: null }));
      return this.json(res, 200, { status: 0, data: [...others, { id: this.patientId, patientId: this.patientId, firstName: 'Ada', lastName: 'L', glucoseMeasurement: last ? this.measurement(last, true) : null }] });
    }
    if (r.path === `/llu/connections/${this.patientId}/graph` && r.method === 'GET') {
      // About 12 hours of history, the latest reading apart (with its arrow).
      const all = this.readings().filter((x) => x.t > this.now() - 12 * 60 * MIN);
      const last = all.at(-1);
      return this.json(res, 200, {
        status: 0,
        data: { connection: { patientId: this.patientId, glucoseMeasurement: last ? this.measurement(last, true) : null }, activeSensors: [], graphData: all.slice(0, -1).map((x) => this.measurement(x, false)) },
        ticket: { token, expires: Math.floor(this.now() / 1000) + 3600, duration: 3_600_000 },
      });
    }
    this.json(res, 404, { status: 404, error: { message: 'not found' } });
  }
}

/** A Nightscout site (REST API v1) guarded by an API secret. */
export class FakeNightscout extends FakeService {
  constructor(readonly apiSecret: string) {
    super();
  }

  protected handle(r: Req, res: ServerResponse): void {
    const sha1 = createHash('sha1').update(this.apiSecret).digest('hex');
    if (r.headers['api-secret'] !== sha1) return this.json(res, 401, { status: 401, message: 'Unauthorized', description: 'Invalid/Missing' });
    if (r.path === '/api/v1/entries/sgv.json' && r.method === 'GET') {
      const gt = Number(r.query.get('find[date][$gt]') ?? 0);
      const count = Number(r.query.get('count') ?? 10);
      const list = this.readings()
        .filter((x) => x.t > gt)
        .reverse()
        .slice(0, count)
        .map((x) => ({ _id: createHash('md5').update(String(x.t)).digest('hex').slice(0, 24), device: 'xDrip-DexcomG6', date: x.t, dateString: new Date(x.t).toISOString(), sgv: x.mg_dl, delta: 0, direction: 'Flat', type: 'sgv', sysTime: new Date(x.t).toISOString(), utcOffset: 0 }));
      return this.json(res, 200, list);
    }
    this.json(res, 404, { status: 404, message: 'Not Found' });
  }
}
