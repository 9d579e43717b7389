import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { NsUploader } from '../../api/nightscout';
import { openSecret, sealSecret, type KeyProvider } from '../dexcom/token-store';
import { iso } from '../clock';
import type { CoreDeps } from '../context';
import { Kv } from '../kv';
import type { SqlRow } from '../../db/rows';
import type { nightscoutUploaders } from '../../db/schema';

/**
 * Per-person uploader secrets (README "Connect your sensors").
 *
 * Why kept sealed, not hashed: the owner must see the secret again to type it into a
 * second phone, so it is stored sealed with AES-256-GCM under the install's secret key
 * (the same key and `sealSecret` as the Dexcom tokens, core/dexcom/token-store.ts). A
 * bare SHA-1 would not protect anything anyway: SHA-1 hex is exactly what uploaders
 * send in `api-secret`, so it is itself the credential.
 *
 * Finding the person: beside the sealed secret the table keeps
 * `lookup = HMAC-SHA256(install key, sha1hex(secret))`, unique. A request's `api-secret`
 * (SHA-1 hex), or its plain `?secret=`/`?token=` (hashed here first), is HMAC'd the same
 * way and looked up by index. The HMAC is keyed, so the table alone does not let anyone
 * make a working `api-secret`, and an attacker cannot choose what the index compares,
 * so the look-up's timing tells nothing about a stored secret.
 */
export class UploaderSecrets {
  private readonly kv: Kv;
  constructor(
    private readonly deps: CoreDeps,
    private readonly keys: KeyProvider,
  ) {
    this.kv = new Kv(deps.db, () => deps.clock.now());
  }

  private async lookupOf(sha1hex: string): Promise<string> {
    return createHmac('sha256', await this.keys.getKey()).update(`tend-nightscout:${sha1hex.toLowerCase()}`).digest('hex');
  }

  /** The person an uploader's credential belongs to: `api-secret` SHA-1 hex, or the secret itself; null when none matches. */
  async resolve(credential: string): Promise<string | null> {
    const c = credential.trim();
    if (c.length === 0 || c.length > 200) return null;
    const sha1 = /^[0-9a-f]{40}$/i.test(c) ? c.toLowerCase() : sha1Hex(c);
    const row = this.deps.db.$client.prepare<[string], SqlRow<typeof nightscoutUploaders>['subject_id']>(`SELECT subject_id FROM nightscout_uploaders WHERE lookup = ?`).pluck().get(await this.lookupOf(sha1));
    return row ?? null;
  }

  async show(subjectId: string): Promise<NsUploader> {
    const row = this.deps.db.$client
      .prepare<[string], Pick<SqlRow<typeof nightscoutUploaders>, 'sealed' | 'created_at' | 'rotated_at'>>(`SELECT sealed, created_at, rotated_at FROM nightscout_uploaders WHERE subject_id = ?`)
      .get(subjectId);
    const where = this.address();
    const base = { subject_id: subjectId, url: where.url, url_is_local_only: where.localOnly };
    if (!row) return { ...base, api_secret: null, api_secret_sha1: null, created_at: null, rotated_at: null };
    const secret = openSecret(await this.keys.getKey(), sealName(subjectId), row.sealed);
    return { ...base, api_secret: secret, api_secret_sha1: sha1Hex(secret), created_at: iso(row.created_at), rotated_at: iso(row.rotated_at) };
  }

  /** A new secret for the person, replacing any old one (which stops working at once). */
  async rotate(subjectId: string): Promise<NsUploader> {
    const secret = newSecret();
    const key = await this.keys.getKey();
    const sealed = sealSecret(key, sealName(subjectId), secret);
    const lookup = await this.lookupOf(sha1Hex(secret));
    const now = this.deps.clock.now();
    this.deps.db.$client
      .prepare(
        `INSERT INTO nightscout_uploaders (subject_id, lookup, sealed, created_at, rotated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(subject_id) DO UPDATE SET lookup = excluded.lookup, sealed = excluded.sealed, rotated_at = excluded.rotated_at`,
      )
      .run(subjectId, lookup, sealed, now, now);
    return this.show(subjectId);
  }

  /** The person's secret, made now if they have none. */
  async ensure(subjectId: string): Promise<NsUploader> {
    const has = this.deps.db.$client.prepare(`SELECT 1 FROM nightscout_uploaders WHERE subject_id = ?`).get(subjectId);
    return has ? this.show(subjectId) : this.rotate(subjectId);
  }

  /**
   * A JSON Web Token for Nightscout's API v3 (what AndroidAPS asks
   * `/api/v2/authorization/request/<secret>` for, then sends as `Authorization: Bearer`):
   * HS256 (RFC 7515) under a key derived from the install key, naming the person and the
   * moment their secret was last made, so a new secret ends every token the old one got.
   * Eight hours, as Nightscout's own.
   */
  async issueToken(subjectId: string, now: number): Promise<{ token: string; iat: number; exp: number }> {
    const rot = this.rotatedAt(subjectId);
    if (rot === null) throw new Error(`no uploader secret for ${subjectId}`);
    const iat = Math.floor(now / 1000);
    const exp = iat + TOKEN_SECONDS;
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: subjectId, rot, iat, exp, aud: 'tend-nightscout-v3' })}`;
    return { token: `${body}.${await this.sign(body)}`, iat, exp };
  }

  /** The person a token names, or null: bad signature, expired, or made before the secret was last changed. */
  async verifyToken(token: string, now: number): Promise<string | null> {
    const parts = token.split('.');
    if (parts.length !== 3 || token.length > 2000) return null;
    const [h, p, sig] = parts as [string, string, string];
    const want = Buffer.from(await this.sign(`${h}.${p}`));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    let header: { alg?: unknown };
    let claims: { sub?: unknown; rot?: unknown; exp?: unknown; aud?: unknown };
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return null;
    }
    if (header.alg !== 'HS256' || claims.aud !== 'tend-nightscout-v3' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    if (claims.exp * 1000 <= now) return null;
    return this.rotatedAt(claims.sub) === claims.rot ? claims.sub : null;
  }

  private rotatedAt(subjectId: string): number | null {
    return this.deps.db.$client.prepare<[string], SqlRow<typeof nightscoutUploaders>['rotated_at']>(`SELECT rotated_at FROM nightscout_uploaders WHERE subject_id = ?`).pluck().get(subjectId) ?? null;
  }

  private async sign(body: string): Promise<string> {
    const key = createHmac('sha256', await this.keys.getKey()).update('tend-nightscout-jwt').digest();
    return createHmac('sha256', key).update(body).digest('base64url');
  }

  /** Remembers where the hub listens, so the app and `tend nightscout` can say what URL to type into a phone. */
  noteHubAddress(host: string, port: number): void {
    this.kv.set(HUB_ADDRESS_KEY, JSON.stringify({ host, port }));
  }

  /**
   * The URL a phone types: the hub's last address; a hub listening on every interface
   * (`0.0.0.0`) is named by this machine's first LAN IPv4 address.
   */
  address(): { url: string | null; localOnly: boolean } {
    const raw = this.kv.get(HUB_ADDRESS_KEY);
    if (!raw) return { url: null, localOnly: false };
    let a: { host?: unknown; port?: unknown };
    try {
      a = JSON.parse(raw) as { host?: unknown; port?: unknown };
    } catch {
      return { url: null, localOnly: false };
    }
    if (typeof a.host !== 'string' || typeof a.port !== 'number') return { url: null, localOnly: false };
    let host = a.host;
    if (host === '0.0.0.0' || host === '::') host = lanAddress() ?? '127.0.0.1';
    const localOnly = host === 'localhost' || host.startsWith('127.') || host === '::1';
    return { url: `http://${host.includes(':') ? `[${host}]` : host}:${a.port}`, localOnly };
  }
}

const HUB_ADDRESS_KEY = 'nightscout.hub_address';
const TOKEN_SECONDS = 8 * 3600;
const sealName = (subjectId: string) => `nightscout-uploader:${subjectId}`;

export function sha1Hex(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex');
}

// No 0/o, 1/l/i: the secret is read off a screen and typed into a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 20 random characters in four groups (`k7pq2-x3mzr-…`, ~99 bits): Nightscout asks for at least 12. */
export function newSecret(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
