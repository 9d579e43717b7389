import { z } from 'zod';
import { FollowError, requestJson, unexpected, type FetchLike, type FollowClient, type FollowedReading } from './http';

/**
 * Dexcom Share, the service behind the Dexcom Follow app: the phone running Dexcom's
 * own app uploads every 5 minutes, and followers read the latest values. The protocol
 * (no public specification) as nightscout-connect, pydexcom and xDrip+'s ShareRest use it:
 *
 * 1. `POST General/AuthenticatePublisherAccount` `{accountName, password, applicationId}`
 *    → the account id, a JSON string (UUID);
 * 2. `POST General/LoginPublisherAccountById` `{accountId, password, applicationId}`
 *    → the session id, a JSON string;
 * 3. `POST Publisher/ReadPublisherLatestGlucoseValues?sessionId=&minutes=&maxCount=`
 *    → `[{WT, ST, DT, Value, Trend}]`, newest first; times `Date(ms)` or `/Date(ms)/`,
 *    `DT` with the phone's offset (`Date(ms-0700)`); `Trend` a name or a number.
 *
 * Errors are HTTP 500 with `{Code, Message, SubCode, TypeName: "FaultException"}`:
 * `SessionIdNotFound` ("Failed to find session object", as pydexcom's recorded answers
 * show) or `SessionNotValid` (log in again), `AccountPasswordInvalid`,
 * `SSO_AuthenticatePasswordInvalid`, `SSO_AuthenticateAccountNotFound`, `SSO_InternalError`
 * saying "Cannot Authenticate by AccountName/AccountId" (refused credentials), and
 * `SSO_AuthenticateMaxAttemptsExceeded` (locked after repeated failures, which is why a
 * refused password is never retried quickly).
 * Share keeps 24 hours: `minutes` up to 1440, `maxCount` up to 288.
 */

export const DEXCOM_SHARE_SERVERS = { us: 'https://share2.dexcom.com', ous: 'https://shareous1.dexcom.com', jp: 'https://share.dexcom.jp' } as const;
/** Dexcom's own application id for the Share API, as every third-party client sends it. */
export const DEXCOM_SHARE_APPLICATION_ID = 'd89443d2-327c-4a6f-89e5-496bbb0317db';
const BASE = '/ShareWebServices/Services';
export const SHARE_PATHS = {
  authenticate: `${BASE}/General/AuthenticatePublisherAccount`,
  login: `${BASE}/General/LoginPublisherAccountById`,
  latest: `${BASE}/Publisher/ReadPublisherLatestGlucoseValues`,
} as const;
export const SHARE_MAX_MINUTES = 1440;
export const SHARE_MAX_COUNT = 288;
const NULL_ID = '00000000-0000-0000-0000-000000000000';

/** Share's trend numbers, in Nightscout's arrow names (the same order as Nightscout's trend numbers). */
const TREND_NAMES = ['NONE', 'DoubleUp', 'SingleUp', 'FortyFiveUp', 'Flat', 'FortyFiveDown', 'SingleDown', 'DoubleDown', 'NOT COMPUTABLE', 'RATE OUT OF RANGE'] as const;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const BY_NAME = new Map<string, string>(TREND_NAMES.map((n) => [squash(n), n]));

export function shareDirection(trend: string | number | null | undefined): string | null {
  if (trend === null || trend === undefined) return null;
  if (typeof trend === 'number') return TREND_NAMES[trend] ?? null;
  return BY_NAME.get(squash(trend)) ?? null;
}

/** `Date(1690000000000)`, `/Date(1690000000000)/` or `Date(1690000000000-0700)` → epoch ms (the offset is the phone's; the ms are UTC). */
export function parseShareDate(s: string): number | null {
  const m = /Date\((-?\d+)(?:[+-]\d{4})?\)/.exec(s);
  return m ? Number(m[1]) : null;
}

const Egv = z.object({
  WT: z.string(),
  ST: z.string().optional(),
  DT: z.string().optional(),
  Value: z.number(),
  Trend: z.union([z.string(), z.number()]).nullish(),
});
const Egvs = z.array(Egv);
const Fault = z.object({ Code: z.string(), Message: z.string().nullish() });

const CREDENTIAL_CODES = new Set(['AccountPasswordInvalid', 'SSO_AuthenticatePasswordInvalid', 'SSO_AuthenticateAccountNotFound', 'AccountNotFound', 'AccountLoginSuspended']);
// Both spellings: the code as Dexcom answers it, and the misspelling some clients match on.
const LOCKED_CODES = new Set(['SSO_AuthenticateMaxAttemptsExceeded', 'SSO_AuthenticateMaxAttemptsExceeed']);
const SESSION_CODES = new Set(['SessionIdNotFound', 'SessionNotValid']);

export class DexcomShareClient implements FollowClient {
  private sessionId: string | null = null;
  private readonly base: string;
  private readonly fetchFn: FetchLike;

  constructor(
    private readonly opts: { username: string; password: string; region?: string | undefined; server?: string | undefined; fetch?: FetchLike },
  ) {
    const region = opts.region === 'eu' || opts.region === 'ous' ? 'ous' : opts.region === 'jp' ? 'jp' : 'us';
    this.base = opts.server ?? DEXCOM_SHARE_SERVERS[region];
    this.fetchFn = opts.fetch ?? fetch;
  }

  private fault(body: unknown): { Code: string; Message?: string | null | undefined } | null {
    const f = Fault.safeParse(body);
    return f.success ? f.data : null;
  }

  private async post(path: string, body: unknown, what: string): Promise<unknown> {
    const r = await requestJson(this.fetchFn, 'Dexcom Share', `${this.base}${path}`, { method: 'POST', body });
    if (r.status === 200) return r.body;
    const f = this.fault(r.body);
    const refused = f !== null && (CREDENTIAL_CODES.has(f.Code) || (f.Code === 'SSO_InternalError' && /Cannot Authenticate/i.test(f.Message ?? '')));
    if (refused) throw new FollowError('credentials', `Dexcom Share refused the user name or password (${f.Code})`);
    if (f && LOCKED_CODES.has(f.Code)) throw new FollowError('credentials', 'Dexcom Share locked the account after too many failed sign-ins; wait, then check the password in the Dexcom app');
    if (f && SESSION_CODES.has(f.Code)) throw new FollowError('protocol', `session:${f.Code}`);
    throw unexpected('Dexcom Share', what, r);
  }

  private async login(): Promise<string> {
    const base = { password: this.opts.password, applicationId: DEXCOM_SHARE_APPLICATION_ID };
    const accountId = z.string().safeParse(await this.post(SHARE_PATHS.authenticate, { accountName: this.opts.username, ...base }, 'sign-in'));
    if (!accountId.success) throw new FollowError('protocol', 'Dexcom Share sign-in answered without an account id');
    if (accountId.data === NULL_ID) throw new FollowError('credentials', 'Dexcom Share refused the user name or password');
    const session = z.string().safeParse(await this.post(SHARE_PATHS.login, { accountId: accountId.data, ...base }, 'sign-in'));
    if (!session.success) throw new FollowError('protocol', 'Dexcom Share sign-in answered without a session id');
    if (session.data === NULL_ID) throw new FollowError('credentials', 'Dexcom Share refused the user name or password');
    this.sessionId = session.data;
    return session.data;
  }

  async readings(since: number | null, now: number): Promise<FollowedReading[]> {
    // As far back as Share keeps (24 h) on the first poll or after a gap; otherwise since the last reading, plus a margin.
    const minutes = since === null ? SHARE_MAX_MINUTES : Math.min(SHARE_MAX_MINUTES, Math.max(10, Math.ceil((now - since) / 60_000) + 5));
    const maxCount = Math.min(SHARE_MAX_COUNT, Math.ceil(minutes / 5) + 1);
    const read = async (sessionId: string) => {
      const q = new URLSearchParams({ sessionId, minutes: String(minutes), maxCount: String(maxCount) });
      return this.post(`${SHARE_PATHS.latest}?${q.toString()}`, undefined, 'reading');
    };
    let body: unknown;
    try {
      body = await read(this.sessionId ?? (await this.login()));
    } catch (e) {
      // An expired session: log in again, once for this poll.
      if (!(e instanceof FollowError && e.message.startsWith('session:'))) throw e;
      this.sessionId = null;
      try {
        body = await read(await this.login());
      } catch (again) {
        if (again instanceof FollowError && again.message.startsWith('session:')) throw new FollowError('protocol', 'Dexcom Share refused a session it had just given');
        throw again;
      }
    }
    const egvs = Egvs.safeParse(body);
    if (!egvs.success) throw new FollowError('protocol', `Dexcom Share answered readings in an unexpected shape (${egvs.error.issues[0]?.path.join('.') ?? ''}: ${egvs.error.issues[0]?.message ?? ''})`);
    const out: FollowedReading[] = [];
    for (const e of egvs.data) {
      const t = parseShareDate(e.WT) ?? (e.ST ? parseShareDate(e.ST) : null);
      if (t === null || !(e.Value > 0)) continue;
      if (since !== null && t <= since) continue;
      out.push({ t, mg_dl: e.Value, direction: shareDirection(e.Trend) });
    }
    return out.sort((a, b) => a.t - b.t);
  }
}
