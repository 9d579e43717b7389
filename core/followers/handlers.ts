import type { followersProcedures } from '../../api/followers';
import type { Core, DomainHandlers } from '../core-types';
import { followerService } from './service';

/** The followers' procedures (api/followers.ts); the `follower_stopped` rule is registered with the core (core/app.ts). */
export function followersHandlers(core: Core): DomainHandlers<typeof followersProcedures> {
  const svc = () => followerService(core);
  return {
    'followers.list': (a) => ({ items: svc().list(a.subject_id) }),
    'followers.configure': (a, ctx) => svc().configure(ctx, a),
    'followers.remove': (a) => {
      svc().remove(a.subject_id, a.service);
      return { ok: true as const };
    },
    'followers.poll': (a, ctx) => svc().poll(a.subject_id, a.service, ctx),
  };
}
