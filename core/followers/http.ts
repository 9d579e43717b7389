/**
 * What every follower client shares: one error type that says whether the service
 * refused the credentials (stop, tell the person), asked us to slow down (429, honour
 * `Retry-After`), or failed otherwise (back off and try again), and a JSON request
 * helper that turns the network and the status line into those.
 */

export type FollowErrorReason = 'credentials' | 'rate_limited' | 'unavailable' | 'protocol' | 'setup';

export class FollowError extends Error {
  constructor(
    readonly reason: FollowErrorReason,
    message: string,
    /** ms to wait before asking again, from `Retry-After`; null when the service did not say. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'FollowError';
  }
}

export type FetchLike = typeof fetch;

export interface JsonResponse {
  status: number;
  body: unknown;
}

/** Requests give up after this long: a poll must not hang the scheduler. */
const TIMEOUT_MS = 30_000;

/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const h = header.trim();
  if (/^\d+$/.test(h)) return Number(h) * 1000;
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/**
 * One request whose answer is JSON (or empty). 429 becomes a `rate_limited` error with
 * the wait the service asked for; a failure to connect or a timeout, `unavailable`.
 * Other statuses are returned for the client to read the vendor's own error body.
 */
export async function requestJson(
  fetchFn: FetchLike,
  service: string,
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: unknown },
): Promise<JsonResponse> {
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: init.method ?? 'GET',
      headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    throw new FollowError('unavailable', `${service} could not be reached (${cause})`);
  }
  const text = await res.text().catch(() => '');
  if (res.status === 429) {
    const wait = retryAfterMs(res.headers.get('retry-after'), Date.now());
    throw new FollowError('rate_limited', `${service} asked to slow down (HTTP 429${wait !== null ? `, retry after ${Math.ceil(wait / 1000)} s` : ''})`, wait);
  }
  let body: unknown = null;
  if (text.length) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.status, body };
}

/** A 5xx or other unexpected status that is not about the credentials. */
export function unexpected(service: string, what: string, r: JsonResponse): FollowError {
  const detail = typeof r.body === 'string' ? r.body.slice(0, 120) : JSON.stringify(r.body)?.slice(0, 120);
  return new FollowError(r.status >= 500 ? 'unavailable' : 'protocol', `${service} ${what} failed (HTTP ${r.status}${detail ? `: ${detail}` : ''})`);
}

/** One reading as a follower found it. */
export interface FollowedReading {
  /** Epoch ms (UTC). */
  t: number;
  /** mg/dL */
  mg_dl: number;
  /** Nightscout's arrow name (`Flat`, `SingleUp` …), when the service gave one. */
  direction: string | null;
}

/** A vendor's cloud, logged in as one account. Keeps its session between polls. */
export interface FollowClient {
  /** Readings stamped after `since` (epoch ms; null: as far back as the service allows), oldest first. */
  readings(since: number | null, now: number): Promise<FollowedReading[]>;
}
