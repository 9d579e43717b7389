import { roleAllows, type SubjectNeed } from '../api/access';
import { ApiError, forbidden, notFound, unauthorized } from '../api/errors';
import type { Role } from '../api/schemas';
import type { AuthUser, CallContext } from './context';
import type { Db } from '../db/open';
import type { SqlRow } from '../db/rows';
import type { grants, grantsVersion } from '../db/schema';

/**
 * The one permission check. Every read and write of a subject's data goes through it,
 * on every transport (HTTP, IPC, WebSocket): a user sees only subjects they own or were
 * granted. An unknown subject is 404; a subject that exists but is not yours is 403.
 */
export class Access {
  private readonly roleStmt;
  private readonly existsStmt;
  private readonly visibleStmt;
  private readonly firstAccountStmt;
  private readonly localStmt;
  private readonly grantsVersionStmt;
  constructor(db: Db) {
    const c = db.$client;
    this.grantsVersionStmt = c.prepare<[], SqlRow<typeof grantsVersion>['version']>(`SELECT version FROM grants_version WHERE id = 1`).pluck();
    // Local accounts are marked by their password hash (`local$…`, a password nobody knows:
    // core/auth/service.ts ensureLocalUser), not by their e-mail, which anyone may register.
    this.localStmt = c.prepare(`SELECT 1 FROM users WHERE id = ? AND password_hash LIKE 'local$%'`).pluck();
    // Ties in created_at (one clock tick) go to the row inserted first.
    this.firstAccountStmt = c.prepare(`SELECT id FROM users WHERE password_hash NOT LIKE 'local$%' ORDER BY created_at, rowid LIMIT 1`).pluck();
    this.roleStmt = c.prepare<[string, string], SqlRow<typeof grants>['role']>(`SELECT role FROM grants WHERE subject_id = ? AND user_id = ?`).pluck();
    this.existsStmt = c.prepare(`SELECT 1 FROM subjects WHERE id = ?`).pluck();
    this.visibleStmt = c.prepare<[string], SqlRow<typeof grants>['subject_id']>(`SELECT subject_id FROM grants WHERE user_id = ?`).pluck();
  }

  requireUser(ctx: CallContext): AuthUser {
    if (!ctx.user) throw unauthorized('sign in first: missing or expired token');
    return ctx.user;
  }

  roleOf(userId: string, subjectId: string): Role | null {
    return this.roleStmt.get(subjectId, userId) ?? null;
  }

  canSee(userId: string, subjectId: string): boolean {
    return this.roleOf(userId, subjectId) !== null;
  }

  visibleSubjects(userId: string): string[] {
    return this.visibleStmt.all(userId);
  }

  /**
   * A number that changes whenever any grant is given, changed or taken away, by this
   * process or another on the same file (triggers, migration 0014): whoever caches
   * `visibleSubjects` re-reads it when this moves.
   */
  grantsVersion(): number {
    return this.grantsVersionStmt.get()!;
  }

  /**
   * Whether the user administers this install (the webhook relay, backups, sync rounds):
   * a local account — whoever runs the desktop app or the CLI here, trusted with the
   * database file anyway — or the first account registered on the install, who set it up.
   */
  isInstallAdmin(user: AuthUser): boolean {
    return this.localStmt.get(user.id) === 1 || this.firstAccountStmt.get() === user.id;
  }

  requireInstallAdmin(ctx: CallContext): AuthUser {
    const user = this.requireUser(ctx);
    if (!this.isInstallAdmin(user)) throw forbidden('only an administrator of this install may do that');
    return user;
  }

  /**
   * Returns the caller's role on the subject or throws: 404 for an unknown subject, 403
   * for one not shared with the caller or a role without `need` (api/access.ts
   * ROLE_ALLOWS: viewers only read; only owners and clinicians manage; only owners own).
   */
  require(ctx: CallContext, subjectId: string, need: SubjectNeed = 'read'): Role {
    const user = this.requireUser(ctx);
    // A phone uploader's secret reaches one person only, and never manages them.
    if (ctx.onlySubject !== undefined && ctx.onlySubject !== subjectId) throw forbidden('this uploader secret is for another person');
    if (ctx.onlySubject !== undefined && need === 'own') throw forbidden('an uploader secret may not manage the person it uploads for');
    const role = this.roleOf(user.id, subjectId);
    if (!role) {
      if (!this.existsStmt.get(subjectId)) throw notFound(`no subject ${subjectId}`);
      throw forbidden('that subject is not shared with you');
    }
    if (!roleAllows(role, need)) throw new ApiError('forbidden', REFUSED[need]);
    return role;
  }
}

const REFUSED: Record<SubjectNeed, string> = {
  read: 'that subject is not shared with you',
  acknowledge: 'viewers may not acknowledge or snooze alerts',
  write: 'viewers may not change this subject',
  manage: "only the owner or a clinician may change this person's thresholds and alert settings",
  own: 'only the owner may do that',
};
