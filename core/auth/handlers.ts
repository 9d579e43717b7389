import type { coreProcedures } from '../../api/procedures';
import type { Core, DomainHandlers } from '../core-types';
import { TOKEN_TTL_MS } from './service';

type AuthProcedures = Pick<typeof coreProcedures, Extract<keyof typeof coreProcedures, `auth.${string}`>>;

/** Accounts and sessions (api/procedures.ts `auth.*`). */
export function authHandlers(core: Core): DomainHandlers<AuthProcedures> {
  const { auth, access } = core;
  return {
    'auth.register': (a, ctx) => auth.register(a, ctx.clientKey),
    'auth.login': (a, ctx) => auth.login(a, ctx.clientKey),
    'auth.logout': (_a, ctx) => {
      access.requireUser(ctx);
      auth.logout(ctx.token);
      return { ok: true };
    },
    'auth.me': (_a, ctx) => auth.profile(access.requireUser(ctx).id),
    'auth.update': (a, ctx) => auth.updateProfile(access.requireUser(ctx), a, ctx.clientKey),
    'auth.renew': (_a, ctx) => {
      const user = access.requireUser(ctx);
      // The old token stays valid until its own expiry: another tab may be using it this second.
      return { access_token: auth.renewToken(user.id, ctx.token), token_type: 'bearer' as const, expires_in: TOKEN_TTL_MS / 1000, user };
    },
    'auth.password': async (a, ctx) => {
      await auth.changePassword(access.requireUser(ctx), ctx.token, a.current_password, a.new_password, ctx.clientKey);
      return { ok: true };
    },
  };
}
