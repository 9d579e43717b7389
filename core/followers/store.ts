import type { FollowService, FollowerStatus } from '../../api/followers';
import { isoOrNull } from '../clock';
import type { Db } from '../../db/open';
import type { SqlRow } from '../../db/rows';
import type { followers } from '../../db/schema';
import { openSecret, sealSecret, type KeyProvider } from '../dexcom/token-store';

/** A follower row (table `followers`, migration 0012). Times epoch ms. */
export type FollowerRow = SqlRow<typeof followers>;

/** Each password is sealed under the install key bound to its person and service, as the Dexcom tokens are. */
const sealName = (subjectId: string, service: string) => `follower:${subjectId}:${service}`;

/** The `followers` table. Passwords are sealed (AES-256-GCM, core/dexcom/token-store.ts) and opened only to log in. */
export class FollowerStore {
  constructor(
    private readonly db: Db,
    private readonly keys: KeyProvider,
  ) {}

  private get sql() {
    return this.db.$client;
  }

  get(subjectId: string, service: FollowService): FollowerRow | null {
    return this.sql.prepare<[string, FollowService], FollowerRow>(`SELECT * FROM followers WHERE subject_id = ? AND service = ?`).get(subjectId, service) ?? null;
  }

  list(subjectId: string): FollowerRow[] {
    return this.sql.prepare<[string], FollowerRow>(`SELECT * FROM followers WHERE subject_id = ? ORDER BY service`).all(subjectId);
  }

  /** Every follower whose next poll is due at `now`. */
  due(now: number): FollowerRow[] {
    return this.sql.prepare<[number], FollowerRow>(`SELECT * FROM followers WHERE next_poll_at IS NULL OR next_poll_at <= ? ORDER BY next_poll_at`).all(now);
  }

  async password(row: FollowerRow): Promise<string> {
    return openSecret(await this.keys.getKey(), sealName(row.subject_id, row.service), row.sealed_password);
  }

  /** Adds or replaces a follower; a replaced one keeps where it had got to only if it follows the same account. */
  async save(c: { subject_id: string; service: FollowService; username: string; password: string; region: string | null; server: string | null }, now: number): Promise<void> {
    const sealed = sealSecret(await this.keys.getKey(), sealName(c.subject_id, c.service), c.password);
    this.sql
      .prepare(
        `INSERT INTO followers (subject_id, service, username, sealed_password, region, server, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(subject_id, service) DO UPDATE SET
           last_reading_at = CASE WHEN followers.username = excluded.username AND followers.server IS excluded.server THEN followers.last_reading_at ELSE NULL END,
           username = excluded.username, sealed_password = excluded.sealed_password, region = excluded.region, server = excluded.server,
           updated_at = excluded.updated_at, last_error = NULL, last_error_at = NULL, failing_since = NULL, failures = 0, next_poll_at = NULL`,
      )
      .run(c.subject_id, c.service, c.username, sealed, c.region, c.server, now, now);
  }

  remove(subjectId: string, service: FollowService): boolean {
    return this.sql.prepare(`DELETE FROM followers WHERE subject_id = ? AND service = ?`).run(subjectId, service).changes > 0;
  }

  succeeded(row: FollowerRow, now: number, newestReading: number | null, nextPollAt: number): void {
    const current = this.get(row.subject_id, row.service)?.last_reading_at ?? null;
    const last = newestReading === null ? current : Math.max(current ?? newestReading, newestReading);
    this.sql
      .prepare(
        `UPDATE followers SET last_success_at = ?, last_reading_at = ?, last_error = NULL, last_error_at = NULL,
           failing_since = NULL, failures = 0, next_poll_at = ? WHERE subject_id = ? AND service = ?`,
      )
      .run(now, last, nextPollAt, row.subject_id, row.service);
  }

  failed(row: FollowerRow, now: number, message: string, nextPollAt: number): void {
    this.sql
      .prepare(
        `UPDATE followers SET last_error = ?, last_error_at = ?, failing_since = coalesce(failing_since, ?), failures = failures + 1, next_poll_at = ?
         WHERE subject_id = ? AND service = ?`,
      )
      .run(message, now, now, nextPollAt, row.subject_id, row.service);
  }
}

export function toStatus(r: FollowerRow): FollowerStatus {
  return {
    subject_id: r.subject_id,
    service: r.service,
    username: r.username,
    region: r.region,
    server: r.server,
    last_success_at: isoOrNull(r.last_success_at),
    last_reading_at: isoOrNull(r.last_reading_at),
    last_error: r.last_error,
    last_error_at: isoOrNull(r.last_error_at),
    failing_since: isoOrNull(r.failing_since),
    next_poll_at: isoOrNull(r.next_poll_at),
  };
}
