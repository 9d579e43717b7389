import { ApiError, forbidden, notFound, unauthorized } from '../api/errors';
import type { Role } from '../api/schemas';
import type { AuthUser, CallContext } from './context';
import type { Db } from '../db/open';

/**
 * The one permission check. Every read and write of a subject's data goes through it,
 * on every transport (HTTP, IPC, WebSocket): a user sees only subjects they own or were
 * granted. An unknown subject is 404; a subject that exists but is not yours is 403.
 */
export class Access {
  private readonly roleStmt;
  private readonly existsStmt;
  private readonly visibleStmt;
  constructor(db: Db) {
    const c = db.$client;
    this.roleStmt = c.prepare(`SELECT role FROM grants WHERE subject_id = ? AND user_id = ?`).pluck();
    this.existsStmt = c.prepare(`SELECT 1 FROM subjects WHERE id = ?`).pluck();
    this.visibleStmt = c.prepare(`SELECT subject_id FROM grants WHERE user_id = ?`).pluck();
  }

  requireUser(ctx: CallContext): AuthUser {
    if (!ctx.user) throw unauthorized('sign in first: missing or expired token');
    return ctx.user;
  }

  roleOf(userId: string, subjectId: string): Role | null {
    return (this.roleStmt.get(subjectId, userId) as Role | undefined) ?? null;
  }

  canSee(userId: string, subjectId: string): boolean {
    return this.roleOf(userId, subjectId) !== null;
  }

  visibleSubjects(userId: string): string[] {
    return this.visibleStmt.all(userId) as string[];
  }

  /**
   * Returns the caller's role on the subject or throws. `need`: 'read' (any grant),
   * 'write' (owner, caregiver, clinician; viewers read only), 'own' (owner only).
   */
  require(ctx: CallContext, subjectId: string, need: 'read' | 'write' | 'own' = 'read'): Role {
    const user = this.requireUser(ctx);
    // A phone uploader's secret reaches one person only, and never manages them.
    if (ctx.onlySubject !== undefined && ctx.onlySubject !== subjectId) throw forbidden('this uploader secret is for another person');
    if (ctx.onlySubject !== undefined && need === 'own') throw forbidden('an uploader secret may not manage the person it uploads for');
    const role = this.roleOf(user.id, subjectId);
    if (!role) {
      if (!this.existsStmt.get(subjectId)) throw notFound(`no subject ${subjectId}`);
      throw forbidden('that subject is not shared with you');
    }
    if (need === 'own' && role !== 'owner') throw new ApiError('forbidden', 'only the owner may do that');
    if (need === 'write' && role === 'viewer') throw new ApiError('forbidden', 'viewers may not change this subject');
    return role;
  }
}
