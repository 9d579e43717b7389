/**
 * The Dexcom sync's state and secrets kept in Tend's own SQLite database, scoped to one
 * subject (the person whose Dexcom account it is):
 * - `SqliteSyncState`: the per-kind cursors in the `dexcom_sync` table (db/schema.ts),
 *   written after every window so a restart resumes where the last pass stopped;
 * - `KvSecretStore`: credentials and OAuth tokens in the `kv` table, each value sealed
 *   with AES-256-GCM (`sealSecret`, token-store.ts) and bound to its full key, so a value
 *   copied to another subject's key fails to open.
 * The key comes from a `KeyProvider`: in the hub and the CLI a 0600 key file beside the
 * database (`keyFileBesideDatabase`); the Electron shell can install a `safeStorage`
 * provider with `useSecretKeyProvider`.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import { Kv } from '../kv';
import type { Core } from '../core-types';
import type { DexcomRecordKind, DexcomSyncCursor, DexcomSyncState } from './sync';
import { KEY_BYTES, KeyFileProvider, StaticKeyProvider, openSecret, sealSecret } from './token-store';
import type { KeyProvider, SecretStore } from './token-store';
import type { SqlRow } from '../../db/rows';
import type { dexcomSync } from '../../db/schema';

/** Cursors of one subject's Dexcom sync in the `dexcom_sync` table. */
export class SqliteSyncState implements DexcomSyncState {
  private readonly getStmt;
  private readonly setStmt;
  constructor(
    db: Db,
    readonly subjectId: string,
    private readonly now: () => number = Date.now,
  ) {
    const c = db.$client;
    this.getStmt = c.prepare<[string, string], Pick<SqlRow<typeof dexcomSync>, 'synced_until' | 'walk_to' | 'last_sync_time'>>(`SELECT synced_until, walk_to, last_sync_time FROM dexcom_sync WHERE subject_id = ? AND kind = ?`);
    this.setStmt = c.prepare(
      `INSERT INTO dexcom_sync (subject_id, kind, synced_until, walk_to, last_sync_time, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(subject_id, kind) DO UPDATE SET synced_until = excluded.synced_until, walk_to = excluded.walk_to,
         last_sync_time = excluded.last_sync_time, updated_at = excluded.updated_at`,
    );
  }

  get(kind: DexcomRecordKind): Promise<DexcomSyncCursor | null> {
    const r = this.getStmt.get(this.subjectId, kind);
    return Promise.resolve(r ? { syncedUntil: r.synced_until, walkTo: r.walk_to, lastSyncTime: r.last_sync_time } : null);
  }

  set(kind: DexcomRecordKind, cursor: DexcomSyncCursor): Promise<void> {
    this.setStmt.run(this.subjectId, kind, cursor.syncedUntil, cursor.walkTo, cursor.lastSyncTime, this.now());
    return Promise.resolve();
  }

  /** Every stored cursor of this subject (status display). */
  all(): Array<{ kind: string; syncedUntil: string | null; walkTo: string | null; lastSyncTime: string | null; updatedAt: number }> {
    return this.getAllStmt().all(this.subjectId);
  }
  private getAllStmt() {
    // Columns renamed to the camelCase of the schema's own keys, so the row is the schema's.
    return this.setStmt.database.prepare<[string], Pick<(typeof dexcomSync)['$inferSelect'], 'kind' | 'syncedUntil' | 'walkTo' | 'lastSyncTime' | 'updatedAt'>>(
      `SELECT kind, synced_until AS syncedUntil, walk_to AS walkTo, last_sync_time AS lastSyncTime, updated_at AS updatedAt FROM dexcom_sync WHERE subject_id = ? ORDER BY kind`,
    );
  }

  /** Forgets the cursors (disconnect): a later connection may be another Dexcom account. */
  clear(): void {
    this.setStmt.database.prepare(`DELETE FROM dexcom_sync WHERE subject_id = ?`).run(this.subjectId);
  }
}

/**
 * Secrets in the `kv` table under `secret:<scope>:<name>`, sealed with AES-256-GCM. The
 * full key is the GCM additional data, so values cannot be moved between scopes.
 */
export class KvSecretStore implements SecretStore {
  private readonly kv: Kv;
  constructor(
    db: Db,
    private readonly keys: KeyProvider,
    readonly scope: string,
    now: () => number = Date.now,
  ) {
    this.kv = new Kv(db, now);
  }

  /** The `kv` key a secret is kept under. */
  keyOf(name: string): string {
    return `secret:${this.scope}:${name}`;
  }

  async get(name: string): Promise<string | null> {
    const k = this.keyOf(name);
    const sealed = this.kv.get(k);
    if (sealed === undefined) return null;
    return openSecret(await this.keys.getKey(), k, sealed);
  }

  async set(name: string, value: string): Promise<void> {
    const k = this.keyOf(name);
    // Seal first (the key may be read from disk), then write in one statement.
    const sealed = sealSecret(await this.keys.getKey(), k, value);
    this.kv.set(k, sealed);
  }

  delete(name: string): Promise<void> {
    this.kv.delete(this.keyOf(name));
    return Promise.resolve();
  }
}

/** The key file the hub and the CLI use: `tend-secrets.key` in the database's folder. */
export function keyFileBesideDatabase(dbPath: string): string {
  return join(dirname(dbPath), 'tend-secrets.key');
}

const providers = new WeakMap<Core, KeyProvider>();

/**
 * Installs the key provider for a core (the Electron shell: one backed by
 * `safeStorage`). Call before the first Dexcom procedure runs.
 */
export function useSecretKeyProvider(core: Core, provider: KeyProvider): void {
  providers.set(core, provider);
}

/**
 * The core's key provider: one installed by the shell, else a 0600 key file beside the
 * database. An in-memory database gets a random key that lives as long as the process,
 * as its secrets do.
 */
export function secretKeyProvider(core: Core): KeyProvider {
  let p = providers.get(core);
  if (!p) {
    const file = core.deps.db.$client.name;
    p = file === ':memory:' || file === '' ? new StaticKeyProvider(randomBytes(KEY_BYTES)) : new KeyFileProvider(keyFileBesideDatabase(file));
    providers.set(core, p);
  }
  return p;
}
