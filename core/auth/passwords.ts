import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt, a memory-hard function (RFC 7914). N=2^15, r=8, p=1 uses 32 MiB per hash,
 * which makes offline guessing expensive and still hashes in well under 100 ms here.
 * Parameters travel with the hash so they can be raised later without a migration.
 */
const N = 1 << 15;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  const opts: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, KEYLEN, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * What an unknown e-mail's password is checked against: a hash with the parameters and
 * lengths hashPassword gives (N=2^15, r=8, p=1, a 16-byte salt, a 32-byte key), so checking
 * it costs the one scrypt a real account's check costs. Its key is all zeros, which no
 * password is known to hash to, and login refuses an unknown e-mail whatever the check
 * says. It used to be a real hash of a random string, computed by every process that
 * loaded the auth service: a 32 MiB scrypt each `tend` command waited for before it could
 * exit (issue #18), for the timing this constant gives as well.
 */
export const UNKNOWN_USER_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
