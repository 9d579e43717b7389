import { userInfo } from 'node:os';
import type { AuthUser } from '../context';
import type { AuthService } from './service';

/**
 * The install's local user: the account of whoever runs Tend on this machine (the CLI,
 * the desktop app), named after the OS user. Whoever can read the database file is
 * trusted with it.
 */
export function localUser(auth: AuthService): AuthUser {
  let name = 'user';
  try {
    name = userInfo().username || 'user';
  } catch {
    /* no passwd entry in some containers */
  }
  return auth.ensureLocalUser(name);
}
