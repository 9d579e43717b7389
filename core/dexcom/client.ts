/**
 * A typed client for the six data endpoints of the Dexcom API v3
 * (developer.dexcom.com/docs/dexcomv3/endpoint-overview): `/egvs`, `/calibrations`,
 * `/dataRange`, `/devices`, `/events`, `/alerts`, all under `/v3/users/self`.
 *
 * What it takes care of, so callers do not:
 * - the base URL per region (sandbox, US, EU, Japan) or an override (tests, the mock);
 * - bearer auth, and on a 401 exactly one refresh through the token source, then a retry
 *   (a second 401 means the user must reconnect);
 * - 429: waits for `Retry-After` (RFC 9110 §10.2.3, seconds or an HTTP-date), or backs
 *   off exponentially with jitter when it is absent, a bounded number of times;
 * - 5xx and network failures: bounded retries with the same back-off;
 * - a request budget that keeps this app under Dexcom's published 60,000 calls per hour;
 * - every response validated with zod, errors naming the field at fault.
 * Sleeping, the clock and randomness are injectable so tests never wait in real time.
 */
import type { z } from 'zod';
import { ApiError } from '../../api/errors';
import type { ErrorCode } from '../../api/errors';
import { logger } from '../logger';
import {
  AlertsResponse,
  CalibrationsResponse,
  DataRangeResponse,
  DevicesResponse,
  EgvsResponse,
  EventsResponse,
  check,
} from './schemas';
import { MAX_WINDOW_MS, toDexcomTime } from './time';
import type { TimeWindow } from './time';

const log = logger('dexcom');

export type DexcomRegion = 'sandbox' | 'us' | 'eu' | 'jp';

/** Base URLs from Dexcom's endpoint overview; the OAuth endpoints live on the same hosts. */
export const DEXCOM_BASE_URLS: Record<DexcomRegion, string> = {
  sandbox: 'https://sandbox-api.dexcom.com',
  us: 'https://api.dexcom.com',
  eu: 'https://api.dexcom.eu',
  jp: 'https://api.dexcom.jp',
};

/** The base URL for a region, or `override` (used by tests and the mock) when given. */
export function dexcomBaseUrl(region: DexcomRegion, override?: string): string {
  const url = override ?? DEXCOM_BASE_URLS[region];
  return url.replace(/\/+$/, '');
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Real sleep, cancelled by `signal`. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Where the client gets bearer tokens. `TokenManager` (oauth.ts) implements it. */
export interface AccessTokenSource {
  /** A token believed valid now (refreshed ahead of expiry when it is known). */
  getAccessToken(): Promise<string>;
  /** Called after Dexcom answered 401 to `rejected`; returns a fresh token. */
  refresh(rejected: string): Promise<string>;
}

/** Why a Dexcom call failed, for callers and the UI to act on. */
export type DexcomErrorReason =
  | 'reauthorize' // the grant is gone (revoked, refresh token expired): connect again
  | 'rate_limited' // still 429 after the allowed waits, or Dexcom asked for a very long wait
  | 'upstream' // still 5xx / unreachable after the allowed retries
  | 'bad_response' // Dexcom answered something that does not match its documented shape
  | 'bad_request' // Dexcom rejected the request (400, 403, 404): a bug or a setting to fix
  | 'aborted';

const codeOf: Record<DexcomErrorReason, ErrorCode> = {
  // Not 'unauthorized': that would read as "your Tend session expired" to the app.
  reauthorize: 'unprocessable',
  rate_limited: 'rate_limited',
  upstream: 'internal',
  bad_response: 'internal',
  bad_request: 'bad_request',
  aborted: 'internal',
};

/** A Dexcom failure; an `ApiError` so every transport renders it, with `reason` for callers. */
export class DexcomError extends ApiError {
  readonly reason: DexcomErrorReason;
  /** HTTP status Dexcom answered with, when there was one. */
  readonly status: number | undefined;
  /** For `rate_limited`: how long Dexcom asked to wait, in ms, when it said. */
  readonly retryAfterMs: number | undefined;
  readonly isDexcomError = true;
  constructor(reason: DexcomErrorReason, message: string, extra: { field?: string; status?: number; retryAfterMs?: number } = {}) {
    super(codeOf[reason], message, extra.field);
    this.name = 'DexcomError';
    this.reason = reason;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }
}

/** Cross-realm check (style.md: test by data, not `instanceof`). */
export function isDexcomError(e: unknown): e is DexcomError {
  return typeof e === 'object' && e !== null && (e as { isDexcomError?: unknown }).isDexcomError === true;
}

function abortError(): DexcomError {
  return new DexcomError('aborted', 'Dexcom request aborted');
}

/**
 * A sliding-window request budget. Dexcom allows 60,000 calls per app per hour
 * (endpoint overview, "Request Rate Limits"); the default of 50,000 leaves a margin for
 * clock skew and for other installs sharing the user's developer app. `acquire` waits
 * (through the injected sleep, which must let the injected clock advance) when the
 * window is full.
 */
export class RequestBudget {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private stamps: number[] = [];
  private head = 0;

  constructor(opts: { limit?: number; windowMs?: number; now?: () => number; sleep?: Sleep } = {}) {
    this.limit = opts.limit ?? 50_000;
    this.windowMs = opts.windowMs ?? 3_600_000;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
    if (!(this.limit >= 1) || !(this.windowMs > 0)) throw new RangeError('budget limit and window must be positive');
  }

  /** Requests counted in the current window. */
  get used(): number {
    this.expire(this.now());
    return this.stamps.length - this.head;
  }

  /** Takes one request from the budget, waiting first if the last hour is full. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw abortError();
      const now = this.now();
      this.expire(now);
      if (this.stamps.length - this.head < this.limit) {
        this.stamps.push(now);
        return;
      }
      const wait = this.stamps[this.head] + this.windowMs - now;
      log.warn('request budget full, waiting', { wait_ms: wait, limit: this.limit });
      await this.sleep(Math.max(1, wait), signal);
    }
  }

  private expire(now: number): void {
    while (this.head < this.stamps.length && this.stamps[this.head] <= now - this.windowMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * Exponential back-off with "equal jitter" (M. Brooker, "Exponential Backoff And
 * Jitter", AWS Architecture Blog, 2015): half of the capped exponential delay is fixed,
 * half random, so retries from many clients spread out yet never come back at once.
 * `attempt` counts from 1. Returns ms.
 */
export function backoffMs(attempt: number, random: () => number, baseMs = 1000, capMs = 60_000): number {
  const d = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(d / 2 + random() * (d / 2));
}

/** Reads `Retry-After` (seconds or an HTTP-date, RFC 9110 §10.2.3) as ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

export interface DexcomClientOptions {
  /** Which Dexcom: `sandbox`, `us`, `eu`, `jp`. Default `us`. */
  region?: DexcomRegion;
  /** Overrides the region's base URL (tests point it at the mock). */
  baseUrl?: string;
  tokens: AccessTokenSource;
  fetch?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
  /** Uniform [0, 1): jitter. */
  random?: () => number;
  /** Shared budget; by default each client gets its own 50,000/hour budget. */
  budget?: RequestBudget;
  /** Retries after a 5xx or a network failure. Default 3. */
  maxServerRetries?: number;
  /** Waits after a 429. Default 5. */
  maxRateLimitRetries?: number;
  /** A `Retry-After` longer than this (ms) is not waited out but reported. Default 15 min. */
  maxRetryAfterMs?: number;
  /** Called after every HTTP exchange (logging, tests). */
  onExchange?: (x: DexcomExchange) => void;
}

/** One HTTP exchange as the client saw it. */
export interface DexcomExchange {
  path: string;
  query: Record<string, string>;
  /** HTTP status, or 0 for a network failure. */
  status: number;
  ms: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

const SELF = '/v3/users/self';

export class DexcomClient {
  readonly baseUrl: string;
  readonly budget: RequestBudget;
  private readonly tokens: AccessTokenSource;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly maxServerRetries: number;
  private readonly maxRateLimitRetries: number;
  private readonly maxRetryAfterMs: number;
  private readonly onExchange: ((x: DexcomExchange) => void) | undefined;

  constructor(opts: DexcomClientOptions) {
    this.baseUrl = dexcomBaseUrl(opts.region ?? 'us', opts.baseUrl);
    this.tokens = opts.tokens;
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.budget = opts.budget ?? new RequestBudget({ now: this.now, sleep: this.sleep });
    this.maxServerRetries = opts.maxServerRetries ?? 3;
    this.maxRateLimitRetries = opts.maxRateLimitRetries ?? 5;
    this.maxRetryAfterMs = opts.maxRetryAfterMs ?? 15 * 60_000;
    this.onExchange = opts.onExchange;
  }

  /** Estimated glucose values with `systemTime` in the window (≤ 30 days). */
  async egvs(window: TimeWindow, opts: CallOptions = {}): Promise<EgvsResponse> {
    return this.get('/egvs', windowQuery(window), EgvsResponse, opts);
  }

  /** Calibration (fingerstick) entries in the window (≤ 30 days). */
  async calibrations(window: TimeWindow, opts: CallOptions = {}): Promise<CalibrationsResponse> {
    return this.get('/calibrations', windowQuery(window), CalibrationsResponse, opts);
  }

  /** User-entered events (carbs, insulin, exercise, health, notes) in the window (≤ 30 days). */
  async events(window: TimeWindow, opts: CallOptions = {}): Promise<EventsResponse> {
    return this.get('/events', windowQuery(window), EventsResponse, opts);
  }

  /** Alerts raised by the Dexcom app or receiver in the window (≤ 30 days). */
  async alerts(window: TimeWindow, opts: CallOptions = {}): Promise<AlertsResponse> {
    return this.get('/alerts', windowQuery(window), AlertsResponse, opts);
  }

  /** Receivers and apps that contributed data, with their alert settings. */
  async devices(opts: CallOptions = {}): Promise<DevicesResponse> {
    return this.get('/devices', {}, DevicesResponse, opts);
  }

  /**
   * Earliest and latest calibration, EGV and event times. With `lastSyncTime` (ms),
   * only ranges of data that are new since then (Dexcom: "the last time a consumer of
   * the API pulled data").
   */
  async dataRange(lastSyncTime?: number, opts: CallOptions = {}): Promise<DataRangeResponse> {
    const query: Record<string, string> = lastSyncTime === undefined ? {} : { lastSyncTime: toDexcomTime(lastSyncTime) };
    return this.get('/dataRange', query, DataRangeResponse, opts);
  }

  private async get<T extends z.ZodType>(endpoint: string, query: Record<string, string>, schema: T, opts: CallOptions): Promise<z.infer<T>> {
    const path = `${SELF}${endpoint}`;
    const url = new URL(this.baseUrl + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const { signal } = opts;

    let refreshed = false;
    let serverFailures = 0;
    let rateLimited = 0;
    for (;;) {
      if (signal?.aborted) throw abortError();
      await this.budget.acquire(signal);
      const token = await this.tokens.getAccessToken();
      const t0 = this.now();
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          ...(signal ? { signal } : {}),
        });
      } catch (e) {
        if (signal?.aborted) throw abortError();
        this.onExchange?.({ path, query, status: 0, ms: this.now() - t0 });
        serverFailures++;
        if (serverFailures > this.maxServerRetries) {
          throw new DexcomError('upstream', `Dexcom ${endpoint} unreachable after ${serverFailures} tries: ${(e as Error).message}`);
        }
        await this.sleep(backoffMs(serverFailures, this.random, 500, 30_000), signal);
        continue;
      }
      const ms = this.now() - t0;
      this.onExchange?.({ path, query, status: res.status, ms });
      log.debug('GET', { path, status: res.status, ms });

      if (res.ok) {
        let body: unknown;
        try {
          body = await res.json();
        } catch {
          throw new DexcomError('bad_response', `Dexcom ${endpoint} answered ${res.status} with a body that is not JSON`, { status: res.status });
        }
        const r = check(schema, body);
        if (!r.ok) {
          throw new DexcomError('bad_response', `Dexcom ${endpoint} response: ${r.field}: ${r.message}`, { field: r.field, status: res.status });
        }
        return r.value;
      }

      const detail = await bodySnippet(res);
      if (res.status === 401) {
        if (refreshed) {
          throw new DexcomError('reauthorize', `Dexcom refused a freshly refreshed token on ${endpoint}: reconnect Dexcom in settings (${detail})`, { status: 401 });
        }
        refreshed = true;
        await this.tokens.refresh(token);
        continue;
      }
      if (res.status === 429) {
        rateLimited++;
        const asked = parseRetryAfter(res.headers.get('retry-after'), this.now());
        if (asked !== null && asked > this.maxRetryAfterMs) {
          throw new DexcomError('rate_limited', `Dexcom asks to wait ${Math.round(asked / 1000)} s before calling ${endpoint} again`, { status: 429, retryAfterMs: asked });
        }
        if (rateLimited > this.maxRateLimitRetries) {
          throw new DexcomError('rate_limited', `Dexcom still rate-limits ${endpoint} after ${rateLimited - 1} waits`, {
            status: 429,
            ...(asked !== null ? { retryAfterMs: asked } : {}),
          });
        }
        const wait = asked ?? backoffMs(rateLimited, this.random, 1000, 60_000);
        log.warn('rate limited by Dexcom, waiting', { path, wait_ms: wait, retry_after: res.headers.get('retry-after') });
        await this.sleep(wait, signal);
        continue;
      }
      if (res.status >= 500) {
        serverFailures++;
        if (serverFailures > this.maxServerRetries) {
          throw new DexcomError('upstream', `Dexcom ${endpoint} failed with ${res.status} after ${serverFailures} tries (${detail})`, { status: res.status });
        }
        await this.sleep(backoffMs(serverFailures, this.random, 500, 30_000), signal);
        continue;
      }
      throw new DexcomError('bad_request', `Dexcom ${endpoint} answered ${res.status}: ${detail}`, { status: res.status });
    }
  }
}

/** Builds `startDate`/`endDate` for a window, refusing what Dexcom would refuse. */
export function windowQuery(w: TimeWindow): Record<string, string> {
  if (!(w.end > w.start)) throw new DexcomError('bad_request', 'time window must end after it starts', { field: 'endDate' });
  if (w.end - w.start > MAX_WINDOW_MS) {
    throw new DexcomError('bad_request', 'time window is longer than the 30 days Dexcom allows per request', { field: 'endDate' });
  }
  return { startDate: toDexcomTime(w.start), endDate: toDexcomTime(w.end) };
}

async function bodySnippet(res: Response): Promise<string> {
  try {
    const text = (await res.text()).replace(/\s+/g, ' ').trim();
    return text.length > 300 ? `${text.slice(0, 300)}…` : text || `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}
