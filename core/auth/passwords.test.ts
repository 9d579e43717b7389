import { describe, expect, it } from 'vitest';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './passwords';

/** scrypt's parameters and the salt's and key's lengths in bytes: what a check's cost depends on. */
const shape = (stored: string) => {
  const [alg, n, r, p, salt, key] = stored.split('$');
  return { alg, n, r, p, salt: Buffer.from(salt!, 'base64url').length, key: Buffer.from(key!, 'base64url').length };
};

describe('passwords', () => {
  it('a hashed password verifies, another does not', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it("an unknown e-mail's check costs what a real account's does: same parameters and lengths as a fresh hash, and no password matches it", async () => {
    expect(shape(UNKNOWN_USER_HASH)).toEqual(shape(await hashPassword('anything at all')));
    expect(await verifyPassword('', UNKNOWN_USER_HASH)).toBe(false);
    expect(await verifyPassword('AAAAAAAAAAAAAAAAAAAAAA', UNKNOWN_USER_HASH)).toBe(false);
  });
});
