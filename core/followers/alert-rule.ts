import type { AlertRule } from '../alerts/rules';
import { SERVICE_LABEL } from './labels';
import type { SqlRow } from '../../db/rows';
import type { alerts, followers } from '../../db/schema';

const MIN = 60_000;

/**
 * `follower_stopped` (medium, does not latch): a follower has failed without a success
 * for longer than the person's stale limit (`signal_loss_warn_min`, the same minutes
 * after which a silent sensor warns), so readings from the phone app have stopped
 * arriving here. Evaluated on the engine's timer; it resolves on the first poll that
 * works again, and when the follower is removed.
 */
export function followerRule(): AlertRule {
  return {
    id: 'follower',
    onTick(ctx) {
      const rows = ctx.sql.prepare<[], Pick<SqlRow<typeof followers>, 'subject_id' | 'service' | 'failing_since' | 'last_error'>>(`SELECT subject_id, service, failing_since, last_error FROM followers`).all();
      const present = new Set<string>();
      for (const r of rows) {
        present.add(`${r.subject_id}\u0000${r.service}`);
        const key = `stopped:${r.service}`;
        const limitMin = ctx.settings(r.subject_id).signal_loss_warn_min;
        const failingMin = r.failing_since === null ? 0 : (ctx.now - r.failing_since) / MIN;
        if (r.failing_since === null || failingMin < limitMin) {
          ctx.resolve(r.subject_id, key);
          continue;
        }
        const label = SERVICE_LABEL[r.service] ?? r.service;
        ctx.track(
          r.subject_id,
          {
            key,
            kind: 'follower_stopped',
            priority: 'medium',
            latch: false,
            snoozeClass: 'follower_stopped',
            message: `Following ${label} has failed for ${Math.floor(failingMin)} minutes: no new readings from the phone app. ${r.last_error ?? ''}`.trim(),
            detail: { service: r.service, failing_since: new Date(r.failing_since).toISOString(), last_error: r.last_error },
          },
          { at: ctx.now, active: true },
        );
      }
      // A follower removed while its alert stood: nothing is following any more, so nothing has stopped.
      const standing = ctx.sql.prepare<[], Pick<SqlRow<typeof alerts>, 'subject_id' | 'rule_key'>>(`SELECT subject_id, rule_key FROM alerts WHERE rule_key LIKE 'follower:stopped:%' AND resolved_at IS NULL`).all();
      for (const a of standing) {
        const service = a.rule_key.slice('follower:stopped:'.length);
        if (!present.has(`${a.subject_id}\u0000${service}`)) ctx.resolve(a.subject_id, `stopped:${service}`);
      }
    },
  };
}
