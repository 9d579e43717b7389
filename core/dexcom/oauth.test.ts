import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, createPkcePair, pkceChallenge } from './oauth';

describe('PKCE (RFC 7636)', () => {
  // RFC 7636 Appendix B: the 32 octets, their base64url verifier, and the S256 challenge.
  const octets = [
    116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141,
    121,
  ];
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

  it('computes the S256 challenge of the Appendix B verifier', () => {
    expect(pkceChallenge(verifier)).toBe(challenge);
  });

  it('turns 32 random octets into the Appendix B verifier and challenge', () => {
    const pair = createPkcePair((n) => {
      expect(n).toBe(32);
      return Buffer.from(octets);
    });
    expect(pair).toEqual({ verifier, challenge, method: 'S256' });
  });

  it('makes a different 43-character verifier each time by default', () => {
    const a = createPkcePair();
    const b = createPkcePair();
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).not.toBe(b.verifier);
  });

  it('refuses a verifier shorter than 43 characters or with reserved characters', () => {
    expect(() => pkceChallenge('short')).toThrow('43–128');
    expect(() => pkceChallenge(`${'a'.repeat(42)}+`)).toThrow('43–128');
  });
});

describe('the Dexcom login URL', () => {
  it('carries the client, the loopback redirect, offline_access, state and the S256 challenge', () => {
    const u = new URL(
      buildAuthorizeUrl({ baseUrl: 'https://sandbox-api.dexcom.com/', clientId: 'abc', redirectUri: 'http://127.0.0.1:5000/callback', state: 'xyz', codeChallenge: 'ch' }),
    );
    expect(u.origin + u.pathname).toBe('https://sandbox-api.dexcom.com/v2/oauth2/login');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      client_id: 'abc',
      redirect_uri: 'http://127.0.0.1:5000/callback',
      response_type: 'code',
      scope: 'offline_access',
      state: 'xyz',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });
});
