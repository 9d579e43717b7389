import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { ApiError, badRequest, conflict, unauthorized } from '../../api/errors';
import { LOCAL_EMAIL_DOMAIN } from '../../api/schemas';
import type { LoginOutput, Profile, ProfileUpdate, User } from '../../api/schemas';
import type { AuthUser, CoreDeps } from '../context';
import { FailureLimiter } from './failure-limiter';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './passwords';
import type { SqlRow } from '../../db/rows';
import type { authTokens, users } from '../../db/schema';

/** Bearer tokens live 12 hours (issue 3) and can be revoked by logging out. */
export const TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type UserRow = Pick<SqlRow<typeof users>, 'id' | 'email' | 'name' | 'password_hash'>;

/** Accounts one client may try to create in a window: enough for a family or a ward, not for a script. */
export const REGISTER_LIMIT = 20;
export const REGISTER_WINDOW_MS = 10 * 60_000;

export class AuthService {
  private readonly limiter = new FailureLimiter(10, 60_000);
  // Every registration counts, accepted or not: each costs a scrypt hash, and a taken
  // e-mail answers like a new one, so there is no "failure" to count.
  private readonly registrations = new FailureLimiter(REGISTER_LIMIT, REGISTER_WINDOW_MS);
  private readonly byToken;
  private readonly byEmail;
  private readonly insertToken;
  private readonly insertUser;
  private readonly revoke;
  private readonly sessionOf;

  constructor(private readonly deps: CoreDeps) {
    const c = deps.db.$client;
    this.byToken = c.prepare<[string, number], AuthUser>(
      `SELECT u.id, u.email, u.name FROM auth_tokens a JOIN users u ON u.id = a.user_id
       WHERE a.token_hash = ? AND a.revoked_at IS NULL AND a.expires_at > ?`,
    );
    this.byEmail = c.prepare<[string], UserRow>(`SELECT id, email, name, password_hash FROM users WHERE email = ?`);
    this.insertToken = c.prepare(`INSERT INTO auth_tokens (token_hash, user_id, created_at, expires_at, session_id) VALUES (?, ?, ?, ?, ?)`);
    this.sessionOf = c.prepare<[string], SqlRow<typeof authTokens>['session_id']>(`SELECT session_id FROM auth_tokens WHERE token_hash = ?`).pluck();
    this.insertUser = c.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`);
    // The whole sign-in: the token given and every token renewed from the same login.
    this.revoke = c.prepare(
      `UPDATE auth_tokens SET revoked_at = ? WHERE revoked_at IS NULL
       AND (token_hash = ? OR session_id = (SELECT session_id FROM auth_tokens WHERE token_hash = ?))`,
    );
  }

  /**
   * Creates an account. A stranger must not learn which e-mails have accounts here, so an
   * e-mail that is taken gets the same answer, after the same work (one scrypt hash), as a
   * new one — `{id,email,name}` with an id that names no account — and the existing
   * account is left exactly as it was (its password is not changed); the attempt is
   * audited. Whoever really owns the e-mail then signs in with their existing password,
   * or asks whoever runs the install to reset it (`tend user reset-password`).
   * At most REGISTER_LIMIT attempts per client per REGISTER_WINDOW_MS (429 beyond).
   */
  async register(input: { email: string; password: string; name: string }, clientKey = 'local'): Promise<User> {
    const now = this.deps.clock.now();
    const { wait } = this.registrations.begin(clientKey, now);
    if (wait > 0) throw new ApiError('rate_limited', `too many new accounts from here; try again in ${wait} s`);
    const hash = await hashPassword(input.password);
    const id = uuidv7();
    const existing = this.byEmail.get(input.email);
    try {
      if (!existing) {
        this.insertUser.run(id, input.email, input.name, hash, this.deps.clock.now());
        return { id, email: input.email, name: input.name };
      }
    } catch (e) {
      // Two registrations racing for one address: the unique index decides, and the loser hears the same.
      if (!String((e as Error).message).includes('UNIQUE')) throw e;
    }
    const owner = existing ?? this.byEmail.get(input.email);
    this.deps.db.$client
      .prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, NULL, 'auth.register_existing', NULL, ?)`)
      .run(this.deps.clock.now(), JSON.stringify({ user: owner?.id ?? null }));
    return { id, email: input.email, name: input.name };
  }

  async login(input: { email: string; password: string }, clientKey: string): Promise<LoginOutput> {
    const now = this.deps.clock.now();
    // Counted before the password is checked (see FailureLimiter): concurrent guesses
    // cannot all slip in while the first ones are still being hashed.
    const attempt = this.limiter.begin(clientKey, now);
    if (attempt.wait > 0) throw new ApiError('rate_limited', `too many failed logins; try again in ${attempt.wait} s`);
    const row = this.byEmail.get(input.email);
    // Verify against a dummy hash when the user is unknown so timing does not tell.
    const ok = await verifyPassword(input.password, row?.password_hash ?? UNKNOWN_USER_HASH);
    if (!row || !ok) throw unauthorized('wrong e-mail or password');
    attempt.succeeded();
    const user = { id: row.id, email: row.email, name: row.name };
    return { access_token: this.issueToken(user.id), token_type: 'bearer', expires_in: TOKEN_TTL_MS / 1000, user };
  }

  /**
   * Issues a token for an already-trusted user (the desktop's OS session, kiosk PIN):
   * a new sign-in, or, given `sessionId`, one more token of that sign-in.
   */
  issueToken(userId: string, sessionId: string = uuidv7()): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.deps.clock.now();
    this.insertToken.run(sha256(token), userId, now, now + TOKEN_TTL_MS, sessionId);
    return token;
  }

  /**
   * A fresh token for the same sign-in as `token` (`auth.renew`): signing out with
   * either ends both. Without a token (IPC), a new sign-in.
   */
  renewToken(userId: string, token: string | undefined): string {
    const session = token ? this.sessionOf.get(sha256(token)) : undefined;
    return this.issueToken(userId, session ?? undefined);
  }

  authenticate(token: string | undefined | null): AuthUser | null {
    if (!token) return null;
    return this.byToken.get(sha256(token), this.deps.clock.now()) ?? null;
  }

  /**
   * A new password for a signed-in user, who must give the current one (a screen left
   * signed in is not enough). Wrong guesses count towards the login limit. Every other
   * sign-in of the user ends; the one asking stays signed in.
   */
  async changePassword(user: AuthUser, token: string | undefined, current: string, next: string, clientKey: string): Promise<void> {
    const now = this.deps.clock.now();
    const attempt = this.limiter.begin(clientKey, now);
    if (attempt.wait > 0) throw new ApiError('rate_limited', `too many wrong passwords; try again in ${attempt.wait} s`);
    const row = this.byEmail.get(user.email);
    if (!row || row.id !== user.id) throw unauthorized('sign in again');
    if (row.password_hash.startsWith('local$')) {
      attempt.succeeded();
      throw badRequest('this account signs in through the computer’s own session and has no password', 'current_password');
    }
    if (!(await verifyPassword(current, row.password_hash))) throw badRequest('the current password is wrong', 'current_password');
    attempt.succeeded();
    if (current === next) throw badRequest('the new password is the same as the current one', 'new_password');
    const hash = await hashPassword(next);
    const c = this.deps.db.$client;
    c.transaction(() => {
      c.prepare(`UPDATE users SET password_hash = ? WHERE id = ?`).run(hash, user.id);
      // The asker's whole sign-in (its renewed tokens too) stays; every other one ends.
      const session = token ? (this.sessionOf.get(sha256(token)) ?? sha256(token)) : '';
      c.prepare(`UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND token_hash <> ? AND session_id IS NOT ?`).run(now, user.id, token ? sha256(token) : '', session);
      c.prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, ?, 'auth.password', NULL, '{}')`).run(now, user.id);
    })();
  }

  /** The signed-in person's own account as `auth.me` shows it. */
  profile(userId: string): Profile {
    const row = this.deps.db.$client.prepare<[string], Pick<SqlRow<typeof users>, 'id' | 'email' | 'name' | 'time_zone' | 'glucose_unit'>>(`SELECT id, email, name, time_zone, glucose_unit FROM users WHERE id = ?`).get(userId);
    if (!row) throw unauthorized('sign in again');
    return row;
  }

  /**
   * Changes the caller's own profile (`auth.update`). A new e-mail is a new sign-in name,
   * so like a new password it needs the current password (wrong guesses count towards the
   * login limit). An e-mail another account has is refused (409): that tells a signed-in
   * person who knows their password no more than sharing a person with that address
   * already does (`subjects.grant` answers 404 for an unknown one). The desktop's own
   * account keeps its `@local.tend` address (it is how the OS user finds it again, see
   * ensureLocalUser), and no other account may take one. All or nothing; audited.
   */
  async updateProfile(user: AuthUser, input: ProfileUpdate, clientKey: string): Promise<Profile> {
    const c = this.deps.db.$client;
    const row = c.prepare<[string], UserRow>(`SELECT id, email, name, password_hash FROM users WHERE id = ?`).get(user.id);
    if (!row) throw unauthorized('sign in again');
    // The same address sent back by a form that sends every field is no change and needs no password.
    const newEmail = input.email !== undefined && input.email !== row.email ? input.email : undefined;
    if (newEmail !== undefined) {
      if (row.password_hash.startsWith('local$')) throw badRequest('this computer’s own account signs in through the computer’s session and keeps its address', 'email');
      if (newEmail.endsWith(LOCAL_EMAIL_DOMAIN)) throw badRequest(`addresses ending ${LOCAL_EMAIL_DOMAIN} belong to this machine's own accounts`, 'email');
      if (input.current_password === undefined) throw badRequest('a new e-mail needs the current password', 'current_password');
      const attempt = this.limiter.begin(clientKey, this.deps.clock.now());
      if (attempt.wait > 0) throw new ApiError('rate_limited', `too many wrong passwords; try again in ${attempt.wait} s`);
      if (!(await verifyPassword(input.current_password, row.password_hash))) throw badRequest('the current password is wrong', 'current_password');
      attempt.succeeded();
    }
    const changed: string[] = [];
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      changed.push(column);
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (input.name !== undefined) set('name', input.name);
    if (newEmail !== undefined) set('email', newEmail);
    if (input.time_zone !== undefined) set('time_zone', input.time_zone);
    if (input.glucose_unit !== undefined) set('glucose_unit', input.glucose_unit);
    if (sets.length > 0) {
      try {
        c.transaction(() => {
          c.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...values, user.id);
          c.prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, ?, 'auth.profile', NULL, ?)`).run(this.deps.clock.now(), user.id, JSON.stringify({ changed }));
        })();
      } catch (e) {
        // The unique index decides, also between two accounts racing for one address.
        if (String((e as Error).message).includes('UNIQUE')) throw conflict('another account already uses this e-mail', 'email');
        throw e;
      }
    }
    return this.profile(user.id);
  }

  /**
   * Whoever runs this install sets a new password for an account that forgot theirs
   * (`tend user reset-password`): every sign-in of the account ends. Audited.
   */
  async resetPassword(email: string, next: string): Promise<User> {
    const row = this.byEmail.get(email);
    if (!row) throw badRequest(`no account ${email} on this install`, 'email');
    if (row.password_hash.startsWith('local$')) throw badRequest(`${email} is the desktop's own account, which signs in through the computer's session and has no password`, 'email');
    const hash = await hashPassword(next);
    const now = this.deps.clock.now();
    const c = this.deps.db.$client;
    c.transaction(() => {
      c.prepare(`UPDATE users SET password_hash = ? WHERE id = ?`).run(hash, row.id);
      c.prepare(`UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`).run(now, row.id);
      c.prepare(`INSERT INTO audit (at, user_id, action, subject_id, detail) VALUES (?, NULL, 'auth.password_reset', NULL, ?)`).run(now, JSON.stringify({ user: row.id }));
    })();
    return { id: row.id, email: row.email, name: row.name };
  }

  /** Every account on this install, with how many people each may see (`tend user list`). */
  listUsers(): Array<User & { created_at: string; people: number; desktop: boolean }> {
    const rows = this.deps.db.$client
      .prepare<[], UserRow & Pick<SqlRow<typeof users>, 'created_at'> & { people: number }>(`SELECT u.id, u.email, u.name, u.created_at, u.password_hash, (SELECT COUNT(*) FROM grants g WHERE g.user_id = u.id) AS people FROM users u ORDER BY u.created_at, u.email`)
      .all();
    return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, created_at: new Date(r.created_at).toISOString(), people: r.people, desktop: r.password_hash.startsWith('local$') }));
  }

  /** Ends the whole sign-in `token` belongs to: the login's token and every renewal of it. */
  logout(token: string | undefined): void {
    if (token) this.revoke.run(this.deps.clock.now(), sha256(token), sha256(token));
  }

  /**
   * The desktop's local user: signed in by the OS session, so no password is typed,
   * but every permission check still runs against this user.
   */
  ensureLocalUser(osUser: string): AuthUser {
    const base = osUser.toLowerCase().replace(/[^a-z0-9._-]/g, '') || 'user';
    // Only an account made here for the OS user counts (its password is `local$…`, which no
    // sign-in can match). An address registered over a hub before registration refused the
    // local domain is someone else's: it is passed over, never written as.
    let email = `${base}@local.tend`;
    for (let n = 2; ; n++) {
      const row = this.byEmail.get(email);
      if (!row) break;
      if (row.password_hash.startsWith('local$')) return { id: row.id, email: row.email, name: row.name };
      email = `${base}-${n}@local.tend`;
    }
    const id = uuidv7();
    // A random password nobody knows: this account signs in through the OS session only.
    this.insertUser.run(id, email, osUser, `local$${randomBytes(16).toString('base64url')}`, this.deps.clock.now());
    return { id, email, name: osUser };
  }
}
