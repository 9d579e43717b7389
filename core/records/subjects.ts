import { v7 as uuidv7 } from 'uuid';
import { badRequest, notFound } from '../../api/errors';
import type { Role, Subject, SubjectKind, User } from '../../api/schemas';
import { iso } from '../clock';
import type { Access } from '../access';
import type { CallContext, CoreDeps } from '../context';
import type { Db } from '../../db/open';
import type { SqlRow } from '../../db/rows';
import type { grants, subjects, users } from '../../db/schema';

type SubjectRow = SqlRow<typeof subjects> & Pick<SqlRow<typeof grants>, 'role'>;

const toSubject = (r: SubjectRow): Subject => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  birth_date: r.birth_date,
  settings: JSON.parse(r.settings) as Record<string, unknown>,
  role: r.role,
  created_at: iso(r.created_at),
});

export class SubjectService {
  constructor(private readonly deps: CoreDeps, private readonly access: Access) {}

  private row(userId: string, id: string): SubjectRow | undefined {
    return this.deps.db.$client
      .prepare<[string, string], SubjectRow>(`SELECT s.*, g.role FROM subjects s JOIN grants g ON g.subject_id = s.id AND g.user_id = ? WHERE s.id = ?`)
      .get(userId, id);
  }

  list(ctx: CallContext): Subject[] {
    const user = this.access.requireUser(ctx);
    const rows = this.deps.db.$client
      .prepare<[string], SubjectRow>(`SELECT s.*, g.role FROM subjects s JOIN grants g ON g.subject_id = s.id WHERE g.user_id = ? ORDER BY s.name, s.id`)
      .all(user.id);
    return rows.map(toSubject);
  }

  get(ctx: CallContext, id: string): Subject {
    this.access.require(ctx, id, 'read');
    return toSubject(this.row(ctx.user!.id, id)!);
  }

  /** Finds a visible subject by name (CLI `--subject NAME`), optionally creating it. */
  findByName(ctx: CallContext, name: string): Subject | null {
    return this.list(ctx).find((s) => s.name === name || s.id === name) ?? null;
  }

  create(ctx: CallContext, input: { name: string; kind: SubjectKind; birth_date?: string | null | undefined; settings?: Record<string, unknown> | undefined }): Subject {
    const user = this.access.requireUser(ctx);
    const id = uuidv7();
    const now = this.deps.clock.now();
    const c = this.deps.db.$client;
    c.transaction(() => {
      c.prepare(`INSERT INTO subjects (id, name, kind, birth_date, settings, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, input.name, input.kind, input.birth_date ?? null, JSON.stringify(input.settings ?? {}), user.id, now, now);
      c.prepare(`INSERT INTO grants (subject_id, user_id, role, created_at) VALUES (?, ?, 'owner', ?)`).run(id, user.id, now);
      audit(this.deps, user.id, 'subject.create', id, { name: input.name, kind: input.kind });
    })();
    return this.get(ctx, id);
  }

  update(ctx: CallContext, id: string, patch: { name?: string | undefined; kind?: SubjectKind | undefined; birth_date?: string | null | undefined; settings?: Record<string, unknown> | undefined }): Subject {
    this.access.require(ctx, id, 'write');
    const cur = this.row(ctx.user!.id, id)!;
    const settings = patch.settings === undefined ? cur.settings : JSON.stringify({ ...JSON.parse(cur.settings), ...patch.settings });
    // Each edited field is stamped (sync merges a person field by field), never earlier than
    // the version it replaces, so an install whose clock is behind cannot lose an edit.
    const c = this.deps.db.$client;
    const stamps = JSON.parse(cur.field_stamps) as Record<string, number>;
    const edited = [
      ...(['name', 'kind', 'birth_date'] as const).filter((f) => patch[f] !== undefined),
      ...Object.keys(patch.settings ?? {}).map((k) => `settings.${k}`),
    ];
    const at = Math.max(this.deps.clock.now(), cur.updated_at + 1);
    for (const f of edited) stamps[f] = Math.max(at, (stamps[f] ?? cur.created_at) + 1);
    c.prepare(`UPDATE subjects SET name = ?, kind = ?, birth_date = ?, settings = ?, field_stamps = ?, updated_at = ? WHERE id = ?`)
      .run(patch.name ?? cur.name, patch.kind ?? cur.kind, patch.birth_date === undefined ? cur.birth_date : patch.birth_date, settings,
        JSON.stringify(stamps), Math.max(at, ...Object.values(stamps)), id);
    audit(this.deps, ctx.user!.id, 'subject.update', id, patch);
    return this.get(ctx, id);
  }

  delete(ctx: CallContext, id: string): void {
    this.access.require(ctx, id, 'own');
    const c = this.deps.db.$client;
    c.transaction(() => {
      // Observations and rollups are not foreign-keyed (hot path): delete them by hand.
      // The latest values first: then the delete trigger (migration 0014) finds nothing to recompute.
      c.prepare(`DELETE FROM latest_observations WHERE subject_id = ?`).run(id);
      // The compact tables by the person's key (migration 0021), then the key: no row names them.
      c.prepare(`DELETE FROM observation_rows WHERE s = (SELECT key FROM subject_keys WHERE subject_id = ?)`).run(id);
      c.prepare(`DELETE FROM rollup_rows WHERE s = (SELECT key FROM subject_keys WHERE subject_id = ?)`).run(id);
      c.prepare(`DELETE FROM subject_keys WHERE subject_id = ?`).run(id);
      // Per-subject secrets and settings in the key-value table (e.g. sealed Dexcom tokens
      // under `secret:dexcom:<id>:…`) go with the person; every other table cascades.
      c.prepare(`DELETE FROM kv WHERE key LIKE ?`).run(`%:${id}:%`);
      c.prepare(`DELETE FROM subjects WHERE id = ?`).run(id);
      audit(this.deps, ctx.user!.id, 'subject.delete', id, {});
    })();
  }

  grant(ctx: CallContext, subjectId: string, email: string, role: Role): { subject_id: string; user: User; role: Role } {
    this.access.require(ctx, subjectId, 'own');
    const c = this.deps.db.$client;
    const user = c.prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'>>(`SELECT id, email, name FROM users WHERE email = ?`).get(email);
    if (!user) throw notFound(`no user with e-mail ${email}: they must register first`);
    if (user.id === ctx.user!.id) throw badRequest('you already own this subject', 'email');
    c.prepare(`INSERT INTO grants (subject_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(subject_id, user_id) DO UPDATE SET role = excluded.role WHERE grants.role <> 'owner'`)
      .run(subjectId, user.id, role, this.deps.clock.now());
    audit(this.deps, ctx.user!.id, 'subject.grant', subjectId, { user: user.id, role });
    return { subject_id: subjectId, user, role };
  }

  /**
   * Ends a user's access to a subject: the owner may remove anyone but themselves; anyone
   * else may remove only themselves ("leave"). Open streams stop carrying the subject at
   * once (they check access per message). Audited.
   */
  revoke(ctx: CallContext, subjectId: string, userId: string): void {
    const mine = this.access.require(ctx, subjectId, 'read');
    const self = userId === ctx.user!.id;
    if (self && mine === 'owner') throw badRequest('the owner cannot leave; share with someone else or delete the person', 'user_id');
    if (!self) this.access.require(ctx, subjectId, 'own');
    const c = this.deps.db.$client;
    const role = c.prepare<[string, string], SqlRow<typeof grants>['role']>(`SELECT role FROM grants WHERE subject_id = ? AND user_id = ?`).pluck().get(subjectId, userId);
    if (!role) throw notFound(`user ${userId} has no access to this person`);
    if (role === 'owner') throw badRequest("the owner's access cannot be removed", 'user_id');
    c.transaction(() => {
      c.prepare(`DELETE FROM grants WHERE subject_id = ? AND user_id = ?`).run(subjectId, userId);
      audit(this.deps, ctx.user!.id, 'subject.revoke', subjectId, { user: userId, role });
    })();
  }

  grants(ctx: CallContext, subjectId: string): Array<{ subject_id: string; user: User; role: Role }> {
    this.access.require(ctx, subjectId, 'read');
    const rows = this.deps.db.$client
      .prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name'> & Pick<SqlRow<typeof grants>, 'role'>>(`SELECT u.id, u.email, u.name, g.role FROM grants g JOIN users u ON u.id = g.user_id WHERE g.subject_id = ? ORDER BY g.created_at`)
      .all(subjectId);
    return rows.map(({ role, ...user }) => ({ subject_id: subjectId, user, role }));
  }
}

/** Everything that changes who may see what, or what was recorded, leaves a trace. */
/** A subject's stored settings object, read straight from the store (rules and checks run without a caller); {} when there is no such subject. */
export function storedSettings(sql: Db['$client'], subjectId: string): Record<string, unknown> {
  const raw = sql.prepare<[string], SqlRow<typeof subjects>['settings']>(`SELECT settings FROM subjects WHERE id = ?`).pluck().get(subjectId);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export function audit(deps: CoreDeps, userId: string | null, action: string, subjectId: string | null, detail: unknown): void {
  deps.db.$client
    .prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, ?, ?, ?, ?)`)
    .run(deps.clock.now(), userId, action, subjectId, JSON.stringify(detail ?? {}));
}
