import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FollowError, requestJson, unexpected, type FetchLike, type FollowClient, type FollowedReading } from './http';

/**
 * LibreLinkUp, the follower app of Abbott's FreeStyle Libre (the protocol as
 * nightscout-connect and libre-link-up-api-client use it; no public specification):
 *
 * - `POST /llu/auth/login` `{email, password}` with headers `product: llu.android` and
 *   `version`. Answers `{status: 0, data: {user: {id}, authTicket: {token, expires}}}`;
 *   `{status: 0, data: {redirect: true, region}}` when the account lives in another
 *   region (log in again at `api-<region>.libreview.io`); `{status: 2}` for a wrong
 *   e-mail or password; `{status: 4, data: {step}}` when new terms must be accepted in
 *   the app first.
 * - Then `Authorization: Bearer <token>` and, since app version 4.12, `account-id`: the
 *   SHA-256 hex of the user id. Since October 2025 a `version` below 4.16.0 gets 403 on
 *   every call after the sign-in (DiaKEM/libre-link-up-api-client#35). `GET /llu/connections` lists the people shared with the
 *   account; `GET /llu/connections/<patientId>/graph` gives about the last 12 hours.
 *   An expired token is HTTP 401: log in again.
 * - Readings carry `FactoryTimestamp` (UTC) and `Timestamp` (the sensor's local time),
 *   both `M/D/YYYY h:mm:ss AM`; `ValueInMgPerDl`; `TrendArrow` 1–5 on the latest only.
 */

export const LLU_GLOBAL = 'https://api.libreview.io';
export const lluRegionServer = (region: string) => `https://api-${region.toLowerCase()}.libreview.io`;
export const LLU_HEADERS = { product: 'llu.android', version: '4.16.0' } as const;
export const LLU_PATHS = { login: '/llu/auth/login', connections: '/llu/connections', graph: (patientId: string) => `/llu/connections/${encodeURIComponent(patientId)}/graph` } as const;

/** LibreLinkUp's arrows (1–5) in Nightscout's names. */
const ARROWS: Record<number, string> = { 1: 'SingleDown', 2: 'FortyFiveDown', 3: 'Flat', 4: 'FortyFiveUp', 5: 'SingleUp' };

/** `6/29/2023 9:43:31 AM` (UTC) → epoch ms, or null when it is not that format. */
export function parseLluTime(s: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/i.exec(s.trim());
  if (!m) return null;
  let h = Number(m[4]) % 12;
  if (m[7]!.toUpperCase() === 'PM') h += 12;
  const t = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), h, Number(m[5]), Number(m[6]));
  return Number.isFinite(t) ? t : null;
}

const Login = z.object({
  status: z.number(),
  data: z
    .object({
      redirect: z.boolean().optional(),
      region: z.string().optional(),
      user: z.object({ id: z.string() }).optional(),
      authTicket: z.object({ token: z.string(), expires: z.number().optional() }).optional(),
    })
    .nullish(),
  error: z.object({ message: z.string().nullish() }).nullish(),
});
const Measurement = z.object({ FactoryTimestamp: z.string(), ValueInMgPerDl: z.number(), TrendArrow: z.number().nullish() });
const Connections = z.object({ status: z.number(), data: z.array(z.object({ patientId: z.string(), firstName: z.string().nullish(), lastName: z.string().nullish() })) });
const Graph = z.object({
  status: z.number(),
  data: z.object({
    connection: z.object({ glucoseMeasurement: Measurement.nullish() }).nullish(),
    graphData: z.array(Measurement),
  }),
});

function parse<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) throw new FollowError('protocol', `LibreLinkUp answered ${what} in an unexpected shape (${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? ''})`);
  return r.data;
}

export class LibreLinkUpClient implements FollowClient {
  private base: string;
  private session: { token: string; accountId: string; patientId: string | null } | null = null;
  private readonly fetchFn: FetchLike;
  private readonly regionServer: (region: string) => string;

  constructor(
    private readonly opts: {
      username: string;
      password: string;
      region?: string | undefined;
      server?: string | undefined;
      fetch?: FetchLike;
      /** Where a region redirect leads (tests point it at a second local server). */
      regionServer?: (region: string) => string;
      /** The Tend person's name: picks their connection when the account follows several people. */
      patientName?: string | undefined;
    },
  ) {
    this.base = opts.server ?? (opts.region ? lluRegionServer(opts.region) : LLU_GLOBAL);
    this.fetchFn = opts.fetch ?? fetch;
    this.regionServer = opts.regionServer ?? lluRegionServer;
  }

  private async login(): Promise<void> {
    for (let hop = 0; hop < 2; hop++) {
      const r = await requestJson(this.fetchFn, 'LibreLinkUp', `${this.base}${LLU_PATHS.login}`, {
        method: 'POST',
        headers: LLU_HEADERS,
        body: { email: this.opts.username, password: this.opts.password },
      });
      if (r.status === 401 || r.status === 403) throw new FollowError('credentials', 'LibreLinkUp refused the e-mail or password');
      if (r.status !== 200) throw unexpected('LibreLinkUp', 'sign-in', r);
      // The status first: a status-4 answer ("accept the new terms") carries a user without an id.
      const st = parse(z.object({ status: z.number() }), r.body, 'the sign-in');
      if (st.status === 4) throw new FollowError('credentials', 'LibreLinkUp needs new terms accepted: open the LibreLinkUp app, sign in and accept them');
      const l = parse(Login, r.body, 'the sign-in');
      if (l.status === 2) throw new FollowError('credentials', 'LibreLinkUp refused the e-mail or password');
      if (l.status === 4) throw new FollowError('credentials', 'LibreLinkUp needs new terms accepted: open the LibreLinkUp app, sign in and accept them');
      if (l.status !== 0) throw new FollowError('protocol', `LibreLinkUp sign-in answered status ${l.status}${l.error?.message ? ` (${l.error.message})` : ''}`);
      if (l.data?.redirect && l.data.region) {
        this.base = this.regionServer(l.data.region);
        continue;
      }
      if (!l.data?.authTicket || !l.data.user) throw new FollowError('protocol', 'LibreLinkUp sign-in answered without a token');
      this.session = { token: l.data.authTicket.token, accountId: createHash('sha256').update(l.data.user.id).digest('hex'), patientId: null };
      return;
    }
    throw new FollowError('protocol', 'LibreLinkUp redirected the sign-in more than once');
  }

  private async get(path: string, what: string): Promise<unknown> {
    const s = this.session!;
    const r = await requestJson(this.fetchFn, 'LibreLinkUp', `${this.base}${path}`, {
      headers: { ...LLU_HEADERS, authorization: `Bearer ${s.token}`, 'account-id': s.accountId },
    });
    if (r.status === 401) throw new FollowError('protocol', 'session:expired');
    if (r.status === 403) throw new FollowError('protocol', `LibreLinkUp refused Tend's request (HTTP 403): it may want a newer app version than ${LLU_HEADERS.version}; a Tend update fixes this`);
    if (r.status !== 200) throw unexpected('LibreLinkUp', what, r);
    return r.body;
  }

  private async graph(): Promise<z.infer<typeof Graph>> {
    if (!this.session) await this.login();
    if (this.session!.patientId === null) {
      const c = parse(Connections, await this.get(LLU_PATHS.connections, 'connections'), 'connections');
      if (!c.data.length) throw new FollowError('setup', 'nobody shares their glucose with this LibreLinkUp account yet: accept the invitation in the LibreLinkUp app');
      this.session!.patientId = pickConnection(c.data, this.opts.patientName).patientId;
    }
    return parse(Graph, await this.get(LLU_PATHS.graph(this.session!.patientId!), 'graph'), 'the graph');
  }

  async readings(since: number | null, _now: number): Promise<FollowedReading[]> {
    let g: z.infer<typeof Graph>;
    try {
      g = await this.graph();
    } catch (e) {
      if (!(e instanceof FollowError && e.message === 'session:expired')) throw e;
      // The token expired: log in again, once for this poll.
      this.session = null;
      try {
        g = await this.graph();
      } catch (again) {
        if (again instanceof FollowError && again.message === 'session:expired') throw new FollowError('protocol', 'LibreLinkUp refused a token it had just given');
        throw again;
      }
    }
    const latest = g.data.connection?.glucoseMeasurement;
    const all = [...g.data.graphData.map((m) => ({ m, arrow: false })), ...(latest ? [{ m: latest, arrow: true }] : [])];
    const byTime = new Map<number, FollowedReading>();
    for (const { m, arrow } of all) {
      const t = parseLluTime(m.FactoryTimestamp);
      if (t === null || !(m.ValueInMgPerDl > 0)) continue;
      if (since !== null && t <= since) continue;
      const direction = arrow && m.TrendArrow != null ? (ARROWS[m.TrendArrow] ?? null) : null;
      const had = byTime.get(t);
      if (!had || direction) byTime.set(t, { t, mg_dl: m.ValueInMgPerDl, direction });
    }
    return [...byTime.values()].sort((a, b) => a.t - b.t);
  }
}

/**
 * The connection to follow: the only one, or — when one LibreLinkUp account follows several
 * people (a parent of two) — the one whose name is the Tend person's ("Ada Lovelace", or
 * just "Ada" when no other connection shares that first name). Never a guess: otherwise a
 * setup error naming the people the account follows.
 */
export function pickConnection<T extends { patientId: string; firstName?: string | null | undefined; lastName?: string | null | undefined }>(list: readonly T[], personName: string | undefined): T {
  if (list.length === 1) return list[0]!;
  const norm = (x: string) => x.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const full = (c: T) => norm(`${c.firstName ?? ''} ${c.lastName ?? ''}`);
  const want = personName ? norm(personName) : '';
  const byFull = list.filter((c) => full(c) === want);
  if (byFull.length === 1) return byFull[0]!;
  const byFirst = list.filter((c) => norm(c.firstName ?? '') === want);
  if (byFirst.length === 1) return byFirst[0]!;
  const names = list.map((c) => `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim() || c.patientId).join(', ');
  throw new FollowError('setup', `this LibreLinkUp account follows ${list.length} people (${names}): give the person in Tend the same name as in LibreLinkUp so Tend knows which one to follow`);
}
