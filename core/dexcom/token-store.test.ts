import { createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DexcomCredentials, openSecret, sealSecret } from './token-store';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

/** Flips one bit of the base64url field `i` of a sealed value. */
function flip(sealed: string, field: number): string {
  const parts = sealed.split('.');
  const b = Buffer.from(parts[field], 'base64url');
  b[0] ^= 0x01;
  parts[field] = b.toString('base64url');
  return parts.join('.');
}

describe('secret sealing (AES-256-GCM)', () => {
  it('opens what it sealed, including non-ASCII text', () => {
    const value = JSON.stringify({ refreshToken: 'r-123', note: 'Zoë ✓' });
    expect(openSecret(key, 'dexcom.tokens', sealSecret(key, 'dexcom.tokens', value))).toBe(value);
  });

  it('is plain AES-256-GCM: a standard decipher with the same key, IV, tag and name opens it', () => {
    const sealed = sealSecret(key, 'n', 'hello');
    const [, iv, tag, ct] = sealed.split('.');
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    d.setAAD(Buffer.from('tend-secret:v1:n'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    expect(Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString()).toBe('hello');
  });

  it('never reuses an IV, so equal values seal differently', () => {
    expect(sealSecret(key, 'n', 'same')).not.toBe(sealSecret(key, 'n', 'same'));
  });

  it('detects a change to the ciphertext, the tag or the IV', () => {
    const sealed = sealSecret(key, 'dexcom.tokens', 'a secret worth keeping');
    for (const field of [1, 2, 3]) {
      expect(() => openSecret(key, 'dexcom.tokens', flip(sealed, field))).toThrow('integrity check');
    }
  });

  it('refuses a value moved under another name, or opened with another key', () => {
    const sealed = sealSecret(key, 'dexcom.tokens', 'x');
    expect(() => openSecret(key, 'dexcom.credentials', sealed)).toThrow('integrity check');
    expect(() => openSecret(otherKey, 'dexcom.tokens', sealed)).toThrow('integrity check');
  });

  it('refuses malformed values and keys of the wrong length', () => {
    expect(() => openSecret(key, 'n', 'v2.a.b.c')).toThrow('format');
    expect(() => openSecret(key, 'n', 'not sealed')).toThrow('format');
    expect(() => sealSecret(Buffer.alloc(16), 'n', 'x')).toThrow('32 bytes');
  });
});

describe('Dexcom credentials', () => {
  it('require an id, a secret and a region, and accept only a loopback http redirect', () => {
    expect(DexcomCredentials.safeParse({ clientId: 'a', clientSecret: 'b', region: 'eu' }).success).toBe(true);
    const r = DexcomCredentials.safeParse({ clientId: 'a', clientSecret: ' ', region: 'eu' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['clientSecret']);
    expect(DexcomCredentials.safeParse({ clientId: 'a', clientSecret: 'b', region: 'mars' }).success).toBe(false);
    expect(DexcomCredentials.safeParse({ clientId: 'a', clientSecret: 'b', region: 'us', redirectUri: 'http://127.0.0.1:53682/callback' }).success).toBe(true);
    expect(DexcomCredentials.safeParse({ clientId: 'a', clientSecret: 'b', region: 'us', redirectUri: 'ftp://x/' }).success).toBe(false);
  });
});
