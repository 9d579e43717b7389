import { v5 } from 'uuid';
import type { chatProcedures, ChatIntent } from '../../api/chat';
import type { Event } from '../../api/schemas';
import type { Core, DomainHandlers } from '../app';
import { logger } from '../logger';
import { parseChat } from './parse';
import { composeReply } from './reply';

const log = logger('chat');

/** UUIDv5 namespace for events logged from chat (RFC 4122 §4.3). */
export const CHAT_NAMESPACE = '3d9f6c1e-0b7a-4f3e-9c55-2a6e8d1f4b90';

/**
 * The event id of the `index`-th logged intent: the same subject, message and minute give
 * the same ids, so a retried POST (a flaky network, a double tap) logs nothing twice.
 */
export function chatEventId(subjectId: string, message: string, nowMs: number, index: number, type: string): string {
  return v5(`chat|${subjectId}|${Math.floor(nowMs / 60_000)}|${index}|${type}|${message}`, CHAT_NAMESPACE);
}

export function chatHandlers(core: Core): DomainHandlers<typeof chatProcedures> {
  return {
    'chat.send': (a, ctx) => {
      const now = core.deps.clock.now();
      const parsed: ChatIntent[] = parseChat(a.message, { now, utcOffsetMin: a.utc_offset_min });
      const reply = composeReply(parsed, { now, utcOffsetMin: a.utc_offset_min, dryRun: a.dry_run, message: a.message });
      if (a.dry_run) return { reply, parsed, logged: [] };
      const toLog = parsed.filter((i) => i.status === 'ok');
      // One transaction, the same write path and alert rules as `events.create`.
      const client = core.deps.db.$client;
      const out = client.transaction(() => {
        const logged: Event[] = [];
        const raised = [];
        const resolved = [];
        for (const [index, i] of toLog.entries()) {
          const w = core.events.write(a.subject_id, { id: chatEventId(a.subject_id, a.message, now, index, i.type), type: i.type, t: i.t!, data: { ...i.data, source: 'chat' } }, ctx.user!.id);
          logged.push(w.event);
          if (w.created) {
            const changes = core.alerts.onEvent(a.subject_id, w.event);
            raised.push(...changes.raised);
            resolved.push(...changes.resolved);
          }
        }
        return { logged, raised, resolved };
      })();
      for (const alert of out.raised) core.bus.publish({ type: 'alert.raised', subject_id: alert.subject_id, alert });
      for (const alert of out.resolved) core.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
      log.debug('chat.send', { subject: a.subject_id, intents: parsed.length, logged: out.logged.length });
      return { reply, parsed, logged: out.logged };
    },
  };
}
