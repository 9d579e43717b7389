import { z } from 'zod';

/**
 * The remote's address as the user gives it: `postgres://user[:password]@host[:port]/database`
 * (or `postgresql://`, or a `?host=/socket/dir` for a Unix socket). Checked before any
 * connection so a typo is a usage error naming the option, not a network error.
 */
export const RemoteUrl = z.string().trim().superRefine((s, ctx) => {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a URL; expected postgres://user@host:port/database' });
    return;
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    ctx.addIssue({ code: 'custom', message: `is a ${u.protocol.replace(/:$/, '')} URL; expected postgres://user@host:port/database` });
    return;
  }
  if (!u.hostname && !u.searchParams.get('host')) ctx.addIssue({ code: 'custom', message: 'names no host; expected postgres://user@host:port/database' });
  if (u.pathname.replace(/^\//, '') === '') ctx.addIssue({ code: 'custom', message: 'names no database; expected postgres://user@host:port/database' });
});

/** The URL with its password hidden, for messages, logs and the round's report. */
export function redactUrl(s: string): string {
  try {
    const u = new URL(s);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
