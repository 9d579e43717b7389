/**
 * Secrets at rest: the user's Dexcom developer credentials (client id and secret, which
 * a desktop app cannot keep secret itself, so each user brings their own) and the OAuth
 * tokens. Values are sealed with AES-256-GCM (NIST SP 800-38D) under a 32-byte key from
 * a `KeyProvider`:
 * - the hub: `KeyFileProvider`, a random key in a file created with mode 0600 in the
 *   app-data folder (readable only by the user);
 * - the desktop: the Electron shell provides a provider backed by `safeStorage`.
 * Each value is bound to its name as GCM additional data, so a value copied under
 * another name fails to open, and any change to a sealed value is detected.
 *
 * Storage sits behind `SecretStore`: a JSON file here, SQLite later if the lead wishes
 * (`sealSecret`/`openSecret` do the cryptography for any backing store).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../api/errors';
import type { DexcomRegion } from './client';

/** A named string store. Implementations keep values encrypted at rest. */
export interface SecretStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  /** Forgets a value (disconnect). Optional: a store without it cannot disconnect cleanly. */
  delete?(name: string): Promise<void>;
}

/** Supplies the 32-byte AES-256 key. The Electron shell implements it with `safeStorage`. */
export interface KeyProvider {
  getKey(): Promise<Buffer>;
}

export const KEY_BYTES = 32;
const IV_BYTES = 12; // 96-bit IV: the length GCM is specified for (SP 800-38D §8.2).
const TAG_BYTES = 16;
const FORMAT = 'v1';

/** A secret that cannot be opened: wrong key, wrong name, or altered. */
export class SecretError extends ApiError {
  constructor(message: string) {
    super('internal', message);
    this.name = 'SecretError';
  }
}

const aad = (name: string) => Buffer.from(`tend-secret:${FORMAT}:${name}`, 'utf8');

/** Seals `value` under `key`, bound to `name`: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
export function sealSecret(key: Buffer, name: string, value: string, iv: Buffer = randomBytes(IV_BYTES)): string {
  if (key.length !== KEY_BYTES) throw new SecretError(`secret key must be ${KEY_BYTES} bytes, got ${key.length}`);
  if (iv.length !== IV_BYTES) throw new SecretError(`IV must be ${IV_BYTES} bytes`);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(name));
  const ct = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

/** Opens a value sealed by {@link sealSecret}; throws `SecretError` if it was altered or belongs elsewhere. */
export function openSecret(key: Buffer, name: string, sealed: string): string {
  if (key.length !== KEY_BYTES) throw new SecretError(`secret key must be ${KEY_BYTES} bytes, got ${key.length}`);
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== FORMAT) throw new SecretError(`secret "${name}" is not in the ${FORMAT} format`);
  const iv = Buffer.from(parts[1], 'base64url');
  const tag = Buffer.from(parts[2], 'base64url');
  const ct = Buffer.from(parts[3], 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretError(`secret "${name}" is malformed`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(name));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretError(`secret "${name}" failed its integrity check (altered, or sealed with another key)`);
  }
}

/**
 * The hub's key: 32 random bytes in a file created with mode 0600 (owner read/write
 * only) in a folder created with 0700. An existing file is reused. On Windows the mode
 * is not enforced by the OS; the per-user app-data folder's ACL is what protects it.
 */
export class KeyFileProvider implements KeyProvider {
  private key: Promise<Buffer> | null = null;
  constructor(readonly path: string) {}

  getKey(): Promise<Buffer> {
    this.key ??= this.load().catch((e: unknown) => {
      this.key = null;
      throw e;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    // The key is written whole to a file of its own, then linked into place: link() fails if
    // the name exists, so of two processes starting at once exactly one key wins, and the
    // other never reads a file that is created but not yet written (it read 0 bytes before).
    const tmp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const key = randomBytes(KEY_BYTES);
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(key);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await link(tmp, this.path);
      return key;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
    const existing = await readFile(this.path);
    if (existing.length !== KEY_BYTES) throw new SecretError(`key file ${this.path} holds ${existing.length} bytes, expected ${KEY_BYTES}`);
    return existing;
  }
}

/** A fixed key (tests, or a key the caller already holds). */
export class StaticKeyProvider implements KeyProvider {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretError(`secret key must be ${KEY_BYTES} bytes`);
  }
  getKey(): Promise<Buffer> {
    return Promise.resolve(this.key);
  }
}

const SecretFile = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type SecretFile = z.infer<typeof SecretFile>;

/**
 * Secrets in one JSON file `{"version":1,"secrets":{name: sealed}}`, written atomically
 * (temporary file, then rename) with mode 0600. Writes from one process are serialized.
 */
export class EncryptedFileSecretStore implements SecretStore {
  private chain: Promise<unknown> = Promise.resolve();
  constructor(
    readonly path: string,
    private readonly keys: KeyProvider,
  ) {}

  async get(name: string): Promise<string | null> {
    await this.chain.catch(() => undefined);
    const file = await this.read();
    const sealed = file.secrets[name];
    if (sealed === undefined) return null;
    return openSecret(await this.keys.getKey(), name, sealed);
  }

  set(name: string, value: string): Promise<void> {
    return this.update(async (file) => {
      file.secrets[name] = sealSecret(await this.keys.getKey(), name, value);
    });
  }

  delete(name: string): Promise<void> {
    return this.update((file) => {
      delete file.secrets[name];
      return Promise.resolve();
    });
  }

  private update(change: (file: SecretFile) => Promise<void>): Promise<void> {
    const run = this.chain.catch(() => undefined).then(async () => {
      const file = await this.read();
      await change(file);
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      const tmp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
      await chmod(tmp, 0o600);
      await rename(tmp, this.path);
    });
    this.chain = run;
    return run;
  }

  private async read(): Promise<SecretFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, secrets: {} };
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SecretError(`secret file ${this.path} is not JSON`);
    }
    const r = SecretFile.safeParse(json);
    if (!r.success) throw new SecretError(`secret file ${this.path} is not a Tend secret file`);
    return r.data;
  }
}

/** Names under which Dexcom's secrets are kept. */
export const DEXCOM_SECRET_NAMES = { credentials: 'dexcom.credentials', tokens: 'dexcom.tokens' } as const;

/** The user's own Dexcom developer app, entered in settings. */
export const DexcomCredentials = z.object({
  clientId: z.string().trim().min(1, { message: 'client id is required' }),
  clientSecret: z.string().trim().min(1, { message: 'client secret is required' }),
  region: z.enum(['sandbox', 'us', 'eu', 'jp']) satisfies z.ZodType<DexcomRegion>,
  /**
   * The redirect URI registered in the Dexcom app, e.g. `http://127.0.0.1:53682/callback`.
   * Absent: an ephemeral loopback port (RFC 8252 §7.3), which works only if Dexcom
   * accepts any port on a loopback redirect.
   */
  redirectUri: z.url({ protocol: /^http$/ }).optional(),
});
export type DexcomCredentials = z.infer<typeof DexcomCredentials>;

/** OAuth tokens as kept. */
export const DexcomTokens = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** When the access token expires, ms since epoch. */
  expiresAt: z.number(),
  tokenType: z.string(),
  /** The redirect URI the grant was made with; Dexcom's refresh request repeats it. */
  redirectUri: z.string().optional(),
});
export type DexcomTokens = z.infer<typeof DexcomTokens>;

async function loadJson<T extends z.ZodType>(store: SecretStore, name: string, schema: T): Promise<z.infer<T> | null> {
  const raw = await store.get(name);
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new SecretError(`secret "${name}" is not JSON`);
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new SecretError(`secret "${name}" does not have the expected shape`);
  return r.data;
}

export const loadCredentials = (store: SecretStore) => loadJson(store, DEXCOM_SECRET_NAMES.credentials, DexcomCredentials);
/** Validates and stores the credentials (throws `ZodError` on bad input, naming the field). */
export const saveCredentials = (store: SecretStore, c: DexcomCredentials) =>
  store.set(DEXCOM_SECRET_NAMES.credentials, JSON.stringify(DexcomCredentials.parse(c)));
export const loadTokens = (store: SecretStore) => loadJson(store, DEXCOM_SECRET_NAMES.tokens, DexcomTokens);
export const saveTokens = (store: SecretStore, t: DexcomTokens) => store.set(DEXCOM_SECRET_NAMES.tokens, JSON.stringify(DexcomTokens.parse(t)));
/** Forgets the tokens (disconnect); the credentials stay for the next connect. */
export async function clearTokens(store: SecretStore): Promise<void> {
  if (store.delete) await store.delete(DEXCOM_SECRET_NAMES.tokens);
  else throw new SecretError('this secret store cannot delete');
}
