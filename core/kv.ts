import type { Db } from '../db/open';
import type { SqlRow } from '../db/rows';
import type { kv } from '../db/schema';

/**
 * The `kv` table (db/schema.ts): small per-install settings and state, one text value
 * per key, `updated_at` stamped on every write. Keys that name a subject as
 * `…:<subject id>:…` are deleted with the subject (core/records/subjects.ts).
 */
export class Kv {
  private readonly getStmt;
  private readonly setStmt;
  private readonly delStmt;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    const c = db.$client;
    this.getStmt = c.prepare<[string], SqlRow<typeof kv>['value']>(`SELECT value FROM kv WHERE key = ?`).pluck();
    this.setStmt = c.prepare(`INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
    this.delStmt = c.prepare(`DELETE FROM kv WHERE key = ?`);
  }

  get(key: string): string | undefined {
    return this.getStmt.get(key);
  }

  set(key: string, value: string): void {
    this.setStmt.run(key, value, this.now());
  }

  delete(key: string): void {
    this.delStmt.run(key);
  }

  /** Every key starting with `prefix` (taken literally: no LIKE wildcards), with its value. */
  entries(prefix: string): Array<{ key: string; value: string }> {
    return this.db.$client.prepare<[number, string], Pick<SqlRow<typeof kv>, 'key' | 'value'>>(`SELECT key, value FROM kv WHERE substr(key, 1, ?) = ? ORDER BY key`).all(prefix.length, prefix);
  }

  /** Deletes every key starting with `prefix` (literally). */
  deletePrefix(prefix: string): void {
    this.db.$client.prepare(`DELETE FROM kv WHERE substr(key, 1, ?) = ?`).run(prefix.length, prefix);
  }

  /** The value parsed as JSON; null when absent. */
  getJson<T>(key: string): T | null {
    const v = this.get(key);
    return v === undefined ? null : (JSON.parse(v) as T);
  }

  setJson(key: string, value: unknown): void {
    this.set(key, JSON.stringify(value));
  }
}
