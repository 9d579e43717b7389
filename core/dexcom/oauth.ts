/**
 * Connecting Tend to a Dexcom account: OAuth 2.0 authorization code grant (RFC 6749
 * §4.1) with PKCE S256 (RFC 7636) through a loopback redirect in the system browser
 * (RFC 8252 "OAuth 2.0 for Native Apps": §7.3 loopback interface redirection, §8.3 use
 * the IP literal rather than `localhost`), then refresh.
 *
 * Dexcom's endpoints (developer.dexcom.com, Authentication):
 *   GET  {base}/v2/oauth2/login?client_id&redirect_uri&response_type=code&scope=offline_access&state
 *   POST {base}/v2/oauth2/token  (form: client_id, client_secret, code | refresh_token,
 *                                 grant_type, redirect_uri) → access_token, expires_in (s), refresh_token
 * Dexcom's token endpoint insists on the client secret, which a desktop app cannot keep:
 * each user registers their own Dexcom developer app and enters its id and secret in
 * settings (kept encrypted, token-store.ts). PKCE is sent as well, so an intercepted
 * authorization code is useless without the verifier held in this process.
 */
import { createHash, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { logger } from '../logger';
import { DexcomError, dexcomBaseUrl } from './client';
import type { AccessTokenSource } from './client';
import { TokenResponse, check } from './schemas';
import { DexcomCredentials, loadCredentials, loadTokens, saveTokens } from './token-store';
import type { DexcomTokens, SecretStore } from './token-store';

const log = logger('dexcom-oauth');

// ---------------------------------------------------------------- PKCE (RFC 7636)

export interface PkcePair {
  /** 43–128 characters of [A-Za-z0-9-._~] (§4.1); ours: 32 random octets, base64url → 43. */
  verifier: string;
  /** BASE64URL(SHA256(ASCII(verifier))) (§4.2, S256). */
  challenge: string;
  method: 'S256';
}

/** The S256 code challenge of a verifier (RFC 7636 §4.2). */
export function pkceChallenge(verifier: string): string {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) throw new RangeError('PKCE verifier must be 43–128 unreserved characters (RFC 7636 §4.1)');
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A fresh verifier from 32 random octets (RFC 7636 §4.1 recommends exactly this) and its challenge. */
export function createPkcePair(random: (n: number) => Buffer = randomBytes): PkcePair {
  const verifier = random(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier), method: 'S256' };
}

// ---------------------------------------------------------------- URLs and token calls

/** The Dexcom login URL the browser opens. */
export function buildAuthorizeUrl(opts: { baseUrl: string; clientId: string; redirectUri: string; state: string; codeChallenge: string }): string {
  const u = new URL(`${opts.baseUrl.replace(/\/+$/, '')}/v2/oauth2/login`);
  u.searchParams.set('client_id', opts.clientId);
  u.searchParams.set('redirect_uri', opts.redirectUri);
  u.searchParams.set('response_type', 'code');
  // Dexcom: "offline_access" is the only scope, and what yields a refresh token.
  u.searchParams.set('scope', 'offline_access');
  u.searchParams.set('state', opts.state);
  u.searchParams.set('code_challenge', opts.codeChallenge);
  u.searchParams.set('code_challenge_method', 'S256');
  return u.toString();
}

export interface TokenCallOptions {
  /** Dexcom base URL (region's or an override). */
  baseUrl: string;
  credentials: Pick<DexcomCredentials, 'clientId' | 'clientSecret'>;
  fetch?: typeof fetch;
  now?: () => number;
}

async function tokenCall(opts: TokenCallOptions, form: Record<string, string>, redirectUri: string | undefined): Promise<DexcomTokens> {
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const now = opts.now ?? Date.now;
  const body = new URLSearchParams({ client_id: opts.credentials.clientId, client_secret: opts.credentials.clientSecret, ...form });
  let res: Response;
  try {
    res = await fetchImpl(`${opts.baseUrl.replace(/\/+$/, '')}/v2/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
    });
  } catch (e) {
    throw new DexcomError('upstream', `Dexcom token endpoint unreachable: ${(e as Error).message}`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* handled below */
  }
  if (!res.ok) {
    // RFC 6749 §5.2 error codes.
    const code = typeof json === 'object' && json !== null ? String((json as { error?: unknown }).error ?? '') : '';
    if (code === 'invalid_client' || res.status === 401) {
      throw new DexcomError('bad_request', 'Dexcom rejected the client id or secret: check your Dexcom developer credentials in settings', { status: res.status, field: 'clientSecret' });
    }
    if (code === 'invalid_grant') {
      throw new DexcomError('reauthorize', 'Dexcom no longer accepts this authorization: reconnect Dexcom in settings', { status: res.status });
    }
    if (res.status >= 500) throw new DexcomError('upstream', `Dexcom token endpoint failed with ${res.status}`, { status: res.status });
    throw new DexcomError('bad_request', `Dexcom token endpoint answered ${res.status}${code ? ` (${code})` : ''}`, { status: res.status });
  }
  const r = check(TokenResponse, json);
  if (!r.ok) throw new DexcomError('bad_response', `Dexcom token response: ${r.field}: ${r.message}`, { field: r.field, status: res.status });
  return {
    accessToken: r.value.access_token,
    refreshToken: r.value.refresh_token,
    expiresAt: now() + r.value.expires_in * 1000,
    tokenType: r.value.token_type,
    ...(redirectUri !== undefined ? { redirectUri } : {}),
  };
}

/** Exchanges an authorization code (RFC 6749 §4.1.3) with the client secret and the PKCE verifier (RFC 7636 §4.5). */
export function exchangeCode(opts: TokenCallOptions & { code: string; redirectUri: string; codeVerifier: string }): Promise<DexcomTokens> {
  return tokenCall(
    opts,
    { grant_type: 'authorization_code', code: opts.code, redirect_uri: opts.redirectUri, code_verifier: opts.codeVerifier },
    opts.redirectUri,
  );
}

/**
 * Exchanges a refresh token (RFC 6749 §6). Dexcom rotates refresh tokens: the answer
 * carries a new one and the old one stops working, so the result must be stored
 * before anything else happens.
 */
export function refreshTokens(opts: TokenCallOptions & { refreshToken: string; redirectUri?: string }): Promise<DexcomTokens> {
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: opts.refreshToken };
  // Dexcom's refresh example sends the redirect URI too.
  if (opts.redirectUri !== undefined) form.redirect_uri = opts.redirectUri;
  return tokenCall(opts, form, opts.redirectUri);
}

// ---------------------------------------------------------------- loopback flow

export type OpenUrl = (url: string) => void | Promise<void>;

export interface LoopbackAuthOptions {
  credentials: DexcomCredentials;
  /** Opens the login page: the system browser (default in the hub), Electron's `shell.openExternal`, or a test. */
  openUrl: OpenUrl;
  /** Overrides the region's base URL (tests). */
  baseUrl?: string;
  /** How long to wait for the browser to come back. Default 5 minutes. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  random?: (n: number) => Buffer;
  /** Aborting cancels the wait (the user closed the dialog). */
  signal?: AbortSignal;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Runs the whole authorization: a temporary HTTP server on the loopback interface (an
 * ephemeral port unless the credentials name a registered redirect URI), the login page
 * opened through `openUrl`, `state` checked on the way back (RFC 6749 §10.12), the code
 * exchanged with the PKCE verifier. The server is closed whatever happens.
 */
export async function authorizeWithLoopback(opts: LoopbackAuthOptions): Promise<DexcomTokens> {
  const credentials = DexcomCredentials.parse(opts.credentials);
  const baseUrl = dexcomBaseUrl(credentials.region, opts.baseUrl);
  const random = opts.random ?? randomBytes;
  const pkce = createPkcePair(random);
  const state = random(16).toString('base64url');

  let bindHost = '127.0.0.1';
  let port = 0;
  let path = '/callback';
  if (credentials.redirectUri !== undefined) {
    const r = new URL(credentials.redirectUri);
    if (r.protocol !== 'http:' || !LOOPBACK_HOSTS.has(r.hostname)) {
      throw new DexcomError('bad_request', 'the redirect URI must be a loopback address such as http://127.0.0.1:53682/callback (RFC 8252 §7.3)', { field: 'redirectUri' });
    }
    bindHost = r.hostname === '[::1]' ? '::1' : '127.0.0.1';
    port = r.port === '' ? 80 : Number(r.port);
    path = r.pathname;
  }

  let settle!: { resolve: (code: string) => void; reject: (e: Error) => void };
  const codeArrived = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The answer may fail while `openUrl` is still running; it is awaited just after.
  codeArrived.catch(() => undefined);
  let done = false;
  const finish = (fn: () => void) => {
    if (done) return;
    done = true;
    fn();
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    if (req.method !== 'GET' || url.pathname !== path) {
      page(res, 404, 'Not found.');
      return;
    }
    if (done) {
      page(res, 409, 'This sign-in has already finished. You can close this tab.');
      return;
    }
    const q = url.searchParams;
    if (q.get('state') !== state) {
      // Not the answer to our request: possibly forged (CSRF). Refuse the whole attempt.
      page(res, 400, 'The sign-in answer did not match the request. Please start again from Tend.');
      finish(() => settle.reject(new DexcomError('bad_request', 'Dexcom sign-in failed: the state parameter did not match (possible forged redirect)', { field: 'state' })));
      return;
    }
    const error = q.get('error');
    if (error !== null) {
      page(res, 400, 'Dexcom did not grant access. You can close this tab.');
      finish(() => settle.reject(new DexcomError('bad_request', `Dexcom sign-in failed: ${error}${q.get('error_description') ? ` (${q.get('error_description')})` : ''}`)));
      return;
    }
    const code = q.get('code');
    if (!code) {
      page(res, 400, 'The sign-in answer had no authorization code. Please start again from Tend.');
      finish(() => settle.reject(new DexcomError('bad_response', 'Dexcom sign-in answer had no authorization code', { field: 'code' })));
      return;
    }
    page(res, 200, 'Tend is now connected to Dexcom. You can close this tab and return to Tend.');
    finish(() => settle.resolve(code));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const host = bindHost === '::1' ? '[::1]' : '127.0.0.1';
  const redirectUri = credentials.redirectUri ?? `http://${host}:${actualPort}${path}`;

  const timer = setTimeout(
    () => finish(() => settle.reject(new DexcomError('aborted', 'Dexcom sign-in timed out: the browser did not come back'))),
    opts.timeoutMs ?? 5 * 60_000,
  );
  const onAbort = () => finish(() => settle.reject(new DexcomError('aborted', 'Dexcom sign-in cancelled')));
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const url = buildAuthorizeUrl({ baseUrl, clientId: credentials.clientId, redirectUri, state, codeChallenge: pkce.challenge });
    log.info('opening the Dexcom sign-in page', { redirect_uri: redirectUri });
    try {
      await opts.openUrl(url);
    } catch (e) {
      finish(() => settle.reject(new DexcomError('aborted', `could not open the browser: ${(e as Error).message}`)));
    }
    const code = await codeArrived;
    return await exchangeCode({
      baseUrl,
      credentials,
      code,
      redirectUri,
      codeVerifier: pkce.verifier,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function page(res: ServerResponse, status: number, message: string): void {
  const html = `<!doctype html><meta charset="utf-8"><title>Tend · Dexcom</title><p style="font:16px system-ui;margin:3em">${message}</p>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    Connection: 'close',
  });
  res.end(html);
}

/**
 * `tend dexcom connect`: reads the user's credentials from the store, runs the
 * loopback authorization and stores the tokens (encrypted). Returns the tokens.
 */
export async function connectDexcom(opts: Omit<LoopbackAuthOptions, 'credentials'> & { store: SecretStore }): Promise<DexcomTokens> {
  const credentials = await loadCredentials(opts.store);
  if (!credentials) {
    throw new DexcomError('bad_request', 'enter your Dexcom developer client id and secret in settings first', { field: 'clientId' });
  }
  const tokens = await authorizeWithLoopback({ ...opts, credentials });
  await saveTokens(opts.store, tokens);
  return tokens;
}

/** Opens a URL in the user's default browser (hub/CLI; Electron passes `shell.openExternal`). */
export function openInSystemBrowser(url: string): Promise<void> {
  if (!/^https?:\/\//.test(url)) return Promise.reject(new Error('only http(s) URLs are opened'));
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

// ---------------------------------------------------------------- token manager

export interface TokenManagerOptions {
  store: SecretStore;
  /** Overrides the region's base URL (tests). */
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Refresh this long before the known expiry. Default 60 s. */
  refreshSkewMs?: number;
}

/**
 * Hands out access tokens from the secret store and refreshes them: ahead of a known
 * expiry, or when Dexcom answered 401. Concurrent refreshes collapse into one (Dexcom
 * rotates refresh tokens, so two parallel refreshes would race and one would fail), and
 * the rotated tokens are stored before they are used.
 */
export class TokenManager implements AccessTokenSource {
  private current: DexcomTokens | null = null;
  private inflight: Promise<DexcomTokens> | null = null;
  private readonly now: () => number;
  private readonly skew: number;

  constructor(private readonly opts: TokenManagerOptions) {
    this.now = opts.now ?? Date.now;
    this.skew = opts.refreshSkewMs ?? 60_000;
  }

  async getAccessToken(): Promise<string> {
    const t = await this.load();
    if (t.expiresAt - this.skew <= this.now()) return (await this.refreshNow()).accessToken;
    return t.accessToken;
  }

  async refresh(rejected: string): Promise<string> {
    const t = await this.load();
    // Another caller already replaced the rejected token: use theirs.
    if (t.accessToken !== rejected) return t.accessToken;
    return (await this.refreshNow()).accessToken;
  }

  private async load(): Promise<DexcomTokens> {
    if (this.inflight) return this.inflight;
    return this.stored();
  }

  /** The tokens as stored; never waits on a refresh (the refresh itself calls it). */
  private async stored(): Promise<DexcomTokens> {
    if (this.current) return this.current;
    const t = await loadTokens(this.opts.store);
    if (!t) throw new DexcomError('reauthorize', 'Dexcom is not connected: connect it in settings (or `tend dexcom connect`)');
    this.current = t;
    return t;
  }

  private refreshNow(): Promise<DexcomTokens> {
    this.inflight ??= (async () => {
      const old = await this.stored();
      const credentials = await loadCredentials(this.opts.store);
      if (!credentials) throw new DexcomError('bad_request', 'Dexcom credentials are missing from settings', { field: 'clientId' });
      const fresh = await refreshTokens({
        baseUrl: dexcomBaseUrl(credentials.region, this.opts.baseUrl),
        credentials,
        refreshToken: old.refreshToken,
        ...(old.redirectUri !== undefined ? { redirectUri: old.redirectUri } : {}),
        ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}),
        now: this.now,
      });
      await saveTokens(this.opts.store, fresh);
      this.current = fresh;
      log.info('Dexcom access token refreshed');
      return fresh;
    })().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }
}
