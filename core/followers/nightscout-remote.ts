import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FollowError, requestJson, unexpected, type FetchLike, type FollowClient, type FollowedReading } from './http';

/**
 * Another Nightscout site (REST API v1): `GET /api/v1/entries/sgv.json?count=N&find[date][$gt]=ms`,
 * newest first. The secret goes as `api-secret: sha1hex(secret)`, as uploaders send it;
 * an access token (`name-0123456789abcdef`) goes as `?token=`. A site that is open to
 * readers needs neither. 401 means the secret or token is wrong.
 */

/** How far back the first poll reaches. */
export const NS_BACKFILL_MS = 24 * 60 * 60_000;
const MAX_COUNT = 10_000;

const Entry = z.object({ date: z.number(), sgv: z.number().optional(), type: z.string().optional(), direction: z.string().nullish() });
const Entries = z.array(z.unknown());

const isToken = (s: string) => /^[a-z0-9][a-z0-9_.-]*-[0-9a-f]{16}$/i.test(s);

export class NightscoutRemoteClient implements FollowClient {
  private readonly fetchFn: FetchLike;
  constructor(private readonly opts: { server: string; password: string; fetch?: FetchLike }) {
    this.fetchFn = opts.fetch ?? fetch;
  }

  async readings(since: number | null, now: number): Promise<FollowedReading[]> {
    const from = since ?? now - NS_BACKFILL_MS;
    // Five-minute readings since `from`, with room for a 1-minute uploader (Libre 3 through Juggluco).
    const count = Math.min(MAX_COUNT, Math.max(50, Math.ceil((now - from) / 60_000) + 10));
    const q = new URLSearchParams({ count: String(count), 'find[date][$gt]': String(from) });
    const secret = this.opts.password.trim();
    const headers: Record<string, string> = {};
    if (secret && isToken(secret)) q.set('token', secret);
    else if (secret) headers['api-secret'] = createHash('sha1').update(secret, 'utf8').digest('hex');
    const r = await requestJson(this.fetchFn, 'Nightscout', `${this.opts.server}/api/v1/entries/sgv.json?${q.toString()}`, { headers });
    if (r.status === 401 || r.status === 403) throw new FollowError('credentials', 'the Nightscout site refused the API secret or token');
    if (r.status !== 200) throw unexpected('Nightscout', 'reading', r);
    const list = Entries.safeParse(r.body);
    if (!list.success) throw new FollowError('protocol', 'the Nightscout site answered entries that are not a JSON array');
    const out = new Map<number, FollowedReading>();
    list.data.forEach((raw, i) => {
      const e = Entry.safeParse(raw);
      if (!e.success) throw new FollowError('protocol', `the Nightscout site answered entry ${i} in an unexpected shape (${e.error.issues[0]?.path.join('.') ?? ''}: ${e.error.issues[0]?.message ?? ''})`);
      const d = e.data;
      // Under 39: Dexcom's status codes (sensor warm-up, ???), not glucose (as the hub's own Nightscout API treats them).
      if ((d.type !== undefined && d.type !== 'sgv') || d.sgv === undefined || d.sgv < 39) return;
      if (d.date <= from) return;
      out.set(d.date, { t: d.date, mg_dl: d.sgv, direction: d.direction ?? null });
    });
    return [...out.values()].sort((a, b) => a.t - b.t);
  }
}
