import type { AuthUser } from '../context';
import type { Core } from '../core-types';
import type { SqlRow } from '../../db/rows';
import type { subjects, users } from '../../db/schema';

/**
 * The people whose name (or id) is `name`, oldest first, each with the account that owns
 * it: for the machine's local user (the CLI), who may act on any person in this database.
 */
export function subjectsNamed(core: Core, name: string): Array<{ id: string; owner: AuthUser }> {
  const c = core.deps.db.$client;
  const rows = c.prepare<[string, string], Pick<SqlRow<typeof subjects>, 'id' | 'owner_id'>>(`SELECT id, owner_id FROM subjects WHERE name = ? OR id = ? ORDER BY created_at`).all(name, name);
  const ownerStmt = c.prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT id, email, name FROM users WHERE id = ?`);
  return rows.map((r) => ({ id: r.id, owner: ownerStmt.get(r.owner_id)! }));
}
