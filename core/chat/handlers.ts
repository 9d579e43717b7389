import { v5, v7 as uuidv7 } from 'uuid';
import type { chatProcedures, ChatIntent, ChatProposal } from '../../api/chat';
import { notFound } from '../../api/errors';
import type { Event } from '../../api/schemas';
import type { Core, DomainHandlers } from '../core-types';
import { Kv } from '../kv';
import { requestClock } from '../local-clock';
import { logger } from '../logger';
import { parseChat } from './parse';
import { proposalReply, proposeMeal } from './proposal';
import { composeReply, whenText } from './reply';

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

/** The kv key of a pending proposal: names the subject, so it goes with the subject (core/kv.ts). */
const proposalKey = (subjectId: string, id: string) => `chat-proposal:${subjectId}:${id}`;
interface StoredProposal {
  proposal: ChatProposal;
  /** Set once confirmed: the meal event it logged. */
  event_id?: string;
}

export function chatHandlers(core: Core): DomainHandlers<typeof chatProcedures> {
  const kv = () => new Kv(core.deps.db, () => core.deps.clock.now());

  /** Writes events in one transaction with the alert rules, as `events.create` does. */
  const writeEvents = (subjectId: string, userId: string, items: Array<{ id: string; type: Event['type']; t: string; data: Record<string, unknown> }>, also?: () => void) => {
    const client = core.deps.db.$client;
    const out = client.transaction(() => {
      const logged: Event[] = [];
      const raised = [];
      const resolved = [];
      for (const e of items) {
        const w = core.events.write(subjectId, e, userId);
        logged.push(w.event);
        if (w.created) {
          const changes = core.alerts.onEvent(subjectId, w.event);
          raised.push(...changes.raised);
          resolved.push(...changes.resolved);
        }
      }
      also?.();
      return { logged, raised, resolved };
    })();
    for (const alert of out.raised) core.bus.publish({ type: 'alert.raised', subject_id: alert.subject_id, alert });
    for (const alert of out.resolved) core.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
    return out.logged;
  };

  return {
    'chat.send': (a, ctx) => {
      const now = core.deps.clock.now();
      // "at 12:30" is read on the writer's clock: the zone sent, else the fixed offset an old
      // caller sent, else the account's saved zone (each date at its own offset), else UTC.
      const clock = requestClock(core, ctx.user?.id, a);
      const writer = 'zone' in clock ? clock.zone : clock.offsetMin;
      const clockOpts = 'zone' in clock ? { utcOffsetMin: 0, timeZone: clock.zone } : { utcOffsetMin: clock.offsetMin };

      // -- confirming a proposal: logs its meal once, for the subject it was made for.
      if (a.confirm !== undefined) {
        const store = kv();
        const key = proposalKey(a.subject_id, a.confirm);
        const stored = store.getJson<StoredProposal>(key);
        if (!stored) throw notFound(`no proposal ${a.confirm}`);
        if (Date.parse(stored.proposal.expires_at) < now) {
          store.delete(key);
          throw notFound(`proposal ${a.confirm} has expired; send the meal again`);
        }
        const p = stored.proposal;
        if (stored.event_id) return { reply: `Already logged: proposal ${p.id} was confirmed before.`, parsed: [], logged: [], proposals: [] };
        const carbs = a.carbs_g ?? p.data.carbs_g;
        const data: Record<string, unknown> = { carbs_g: carbs, description: p.data.description, foods: p.data.foods, source: 'chat-usda' };
        if (a.carbs_g !== undefined && a.carbs_g !== p.data.carbs_g) data.estimated_carbs_g = p.data.carbs_g;
        const id = v5(`proposal|${a.subject_id}|${p.id}`, CHAT_NAMESPACE);
        const logged = writeEvents(a.subject_id, ctx.user!.id, [{ id, type: 'meal', t: p.t, data }], () => store.setJson(key, { ...stored, event_id: id }));
        log.debug('chat.confirm', { subject: a.subject_id, proposal: p.id });
        return { reply: `Logged ${carbs} g carbs (${p.data.description}) ${whenText(p.t, now, writer)}.`, parsed: [], logged, proposals: [] };
      }

      const message = a.message!;
      const parsed: ChatIntent[] = parseChat(message, { now, ...clockOpts });
      const proposal = proposeMeal(message, parsed, { now, ...clockOpts, id: uuidv7() });
      const proposals = proposal ? [proposal] : [];
      // With a proposal, "how many grams in the pizza?" is answered by it.
      const shown = proposal ? parsed.filter((i) => !(i.type === 'meal' && i.status === 'needs_info')) : parsed;
      const replyOf = (dryRun: boolean) =>
        [shown.length || !proposal ? composeReply(shown, { now, ...clockOpts, dryRun, message }) : '', proposal ? proposalReply(proposal) : ''].filter(Boolean).join(' ');
      if (a.dry_run) return { reply: replyOf(true), parsed, logged: [], proposals };
      const toLog = parsed.filter((i) => i.status === 'ok');
      const logged = writeEvents(
        a.subject_id,
        ctx.user!.id,
        toLog.map((i, index) => ({ id: chatEventId(a.subject_id, message, now, index, i.type), type: i.type, t: i.t!, data: { ...i.data, source: 'chat' } })),
        proposal
          ? () => {
              const store = kv();
              // Expired proposals of this subject go when a new one comes.
              for (const e of store.entries(proposalKey(a.subject_id, ''))) if (Date.parse((JSON.parse(e.value) as StoredProposal).proposal.expires_at) < now) store.delete(e.key);
              store.setJson(proposalKey(a.subject_id, proposal.id), { proposal } satisfies StoredProposal);
            }
          : undefined,
      );
      log.debug('chat.send', { subject: a.subject_id, intents: parsed.length, logged: logged.length, proposals: proposals.length });
      return { reply: replyOf(false), parsed, logged, proposals };
    },
  };
}
