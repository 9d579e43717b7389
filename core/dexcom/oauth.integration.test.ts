import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDexcomMock } from './mock/server';
import type { DexcomMock } from './mock/server';
import { TokenManager, authorizeWithLoopback, connectDexcom, exchangeCode, pkceChallenge } from './oauth';
import { EncryptedFileSecretStore, StaticKeyProvider, loadTokens, saveCredentials } from './token-store';
import type { DexcomCredentials } from './token-store';

let mock: DexcomMock;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tend-oauth-'));
});
afterEach(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

const creds = (m: DexcomMock, over: Partial<DexcomCredentials> = {}): DexcomCredentials => ({ clientId: m.clientId, clientSecret: m.clientSecret, region: 'sandbox', ...over });
const follow = async (url: string) => {
  await fetch(url);
};
const tokenCalls = (m: DexcomMock) => m.requests.filter((r) => r.path === '/v2/oauth2/token');

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('loopback authorization', () => {
  it('refuses an answer whose state does not match and never exchanges its code', async () => {
    mock = await startDexcomMock({ days: 2 });
    const forged = async (url: string) => {
      const redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
      const res = await fetch(`${redirect}?code=stolen&state=not-ours`);
      expect(res.status).toBe(400);
    };
    await expect(authorizeWithLoopback({ credentials: creds(mock), baseUrl: mock.baseUrl, openUrl: forged })).rejects.toMatchObject({ field: 'state' });
    expect(tokenCalls(mock)).toHaveLength(0);
  });

  it('reports a refusal on the Dexcom page', async () => {
    mock = await startDexcomMock({ days: 2, consent: 'deny' });
    await expect(authorizeWithLoopback({ credentials: creds(mock), baseUrl: mock.baseUrl, openUrl: follow })).rejects.toThrow('access_denied');
  });

  it('names the client secret when Dexcom rejects the credentials', async () => {
    mock = await startDexcomMock({ days: 2 });
    await expect(authorizeWithLoopback({ credentials: creds(mock, { clientSecret: 'wrong' }), baseUrl: mock.baseUrl, openUrl: follow })).rejects.toMatchObject({
      field: 'clientSecret',
    });
    expect(tokenCalls(mock)).toEqual([expect.objectContaining({ status: 401, clientSecretOk: false })]);
  });

  it('gives up when the browser never comes back, and frees the port', async () => {
    mock = await startDexcomMock({ days: 2 });
    let redirect = '';
    await expect(
      authorizeWithLoopback({
        credentials: creds(mock),
        baseUrl: mock.baseUrl,
        timeoutMs: 50,
        openUrl: (url) => {
          redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
        },
      }),
    ).rejects.toThrow('timed out');
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('listens on the registered redirect URI when the credentials name one', async () => {
    mock = await startDexcomMock({ days: 2 });
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/dexcom/callback`;
    const seen: string[] = [];
    const t = await authorizeWithLoopback({
      credentials: creds(mock, { redirectUri }),
      baseUrl: mock.baseUrl,
      openUrl: async (url) => {
        seen.push(new URL(url).searchParams.get('redirect_uri') ?? '');
        await follow(url);
      },
    });
    expect(seen).toEqual([redirectUri]);
    expect(t.redirectUri).toBe(redirectUri);
  });
});

describe('the mock token endpoint', () => {
  /** Gets a code the way a browser would, without a loopback server: read the redirect. */
  async function code(m: DexcomMock, challenge: string): Promise<string> {
    const u = new URL(`${m.baseUrl}/v2/oauth2/login`);
    const q = { client_id: m.clientId, redirect_uri: 'http://127.0.0.1:1/cb', response_type: 'code', scope: 'offline_access', state: 's', code_challenge: challenge, code_challenge_method: 'S256' };
    for (const [k, v] of Object.entries(q)) u.searchParams.set(k, v);
    const res = await fetch(u, { redirect: 'manual' });
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
  }

  it('checks the PKCE verifier and lets a code be used once', async () => {
    mock = await startDexcomMock({ days: 2 });
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const base = { baseUrl: mock.baseUrl, credentials: creds(mock), redirectUri: 'http://127.0.0.1:1/cb' };
    const c1 = await code(mock, pkceChallenge(verifier));
    await expect(exchangeCode({ ...base, code: c1, codeVerifier: 'x'.repeat(43) })).rejects.toMatchObject({ reason: 'reauthorize' });
    const c2 = await code(mock, pkceChallenge(verifier));
    const t = await exchangeCode({ ...base, code: c2, codeVerifier: verifier, now: () => 1_000 });
    expect(t.expiresAt).toBe(1_000 + 7200 * 1000);
    await expect(exchangeCode({ ...base, code: c2, codeVerifier: verifier })).rejects.toMatchObject({ reason: 'reauthorize' });
  });
});

describe('TokenManager', () => {
  it('collapses concurrent refreshes into one and stores the rotated tokens', async () => {
    mock = await startDexcomMock({ days: 2 });
    const store = new EncryptedFileSecretStore(join(dir, 's.json'), new StaticKeyProvider(Buffer.alloc(32, 1)));
    await saveCredentials(store, creds(mock));
    const first = await connectDexcom({ store, baseUrl: mock.baseUrl, openUrl: follow });
    const tm = new TokenManager({ store, baseUrl: mock.baseUrl });
    const [a, b, c] = await Promise.all([tm.refresh(first.accessToken), tm.refresh(first.accessToken), tm.refresh(first.accessToken)]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(a).not.toBe(first.accessToken);
    expect(tokenCalls(mock).filter((r) => r.grantType === 'refresh_token')).toHaveLength(1);
    const stored = await loadTokens(store);
    expect(stored?.accessToken).toBe(a);
    expect(stored?.refreshToken).not.toBe(first.refreshToken);
  });

  it('refreshes ahead of a known expiry and says so when nothing is connected', async () => {
    mock = await startDexcomMock({ days: 2 });
    const store = new EncryptedFileSecretStore(join(dir, 's.json'), new StaticKeyProvider(Buffer.alloc(32, 2)));
    await saveCredentials(store, creds(mock));
    await expect(new TokenManager({ store, baseUrl: mock.baseUrl }).getAccessToken()).rejects.toMatchObject({ reason: 'reauthorize' });
    let clock = 0;
    const first = await connectDexcom({ store, baseUrl: mock.baseUrl, openUrl: follow, now: () => clock });
    const tm = new TokenManager({ store, baseUrl: mock.baseUrl, now: () => clock });
    expect(await tm.getAccessToken()).toBe(first.accessToken);
    clock = first.expiresAt - 30_000; // inside the 60 s margin
    expect(await tm.getAccessToken()).not.toBe(first.accessToken);
  });
});
