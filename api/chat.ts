import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { Event } from './schemas';

/**
 * Chat logging (contract section 2, `POST /api/subjects/:id/chat`): free text from a
 * patient or caregiver is read by a deterministic, offline parser (core/chat/parse.ts)
 * and what it understood is logged as ordinary events. No cloud, no language model; it
 * never suggests a dose.
 */

/** Where in the message a value came from: `message.slice(start, end) === text`. */
export const ChatSpan = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type ChatSpan = z.infer<typeof ChatSpan>;

/** One value the parser read, with the text it came from. */
export const ChatField = ChatSpan.extend({ value: z.union([z.string(), z.number()]) });
export type ChatField = z.infer<typeof ChatField>;

/**
 * What became of an intent: `ok` is logged (unless `dry_run`); the rest never are.
 * `out_of_range`: a number outside the bounds the parser trusts (carbs 1–300 g, insulin
 * 0.05–100 U, …). `needs_info`: something is missing (carbs of a meal, the units of an
 * insulin dose, when exactly). `negated`: "didn't take insulin". `not_done`: a plan or a
 * question, not something that happened. `unsupported`: a unit it will not convert (bread
 * units) or a value it does not log from chat (glucose readings).
 */
export const ChatIntentStatus = z.enum(['ok', 'out_of_range', 'needs_info', 'negated', 'not_done', 'unsupported']);
export type ChatIntentStatus = z.infer<typeof ChatIntentStatus>;

export const ChatIntentType = z.enum(['meal', 'insulin', 'activity', 'medication']);
export type ChatIntentType = z.infer<typeof ChatIntentType>;

export const ChatIntent = z.object({
  type: ChatIntentType,
  status: ChatIntentStatus,
  /** When it happened (UTC ISO), or null when the message did not say clearly enough. */
  t: z.string().nullable(),
  /** The event's `data`, in the exact shape `events.create` takes for `type` (api/schemas.ts EventData). */
  data: z.record(z.string(), z.unknown()),
  /** Each value read (carbs_g, units, insulin, kind, duration_min, distance_km, drug, dose_mg, description, time), with its text. */
  fields: z.record(z.string(), ChatField),
  /** The part of the message the intent came from (from its first to its last field). */
  span: ChatSpan,
  /** Why it is not logged, as a short phrase; null when `ok`. */
  reason: z.string().nullable(),
});
export type ChatIntent = z.infer<typeof ChatIntent>;

export const ChatSendInput = z.object({
  subject_id: z.string().min(1),
  message: z.string().trim().min(1, { message: 'say what to log' }).max(1000, { message: 'at most 1000 characters' }),
  /** The writer's offset from UTC in minutes, east positive (UTC+02:00 is 120): "at 8" is 8:00 there. */
  utc_offset_min: z.number().int().min(-14 * 60).max(14 * 60).default(0),
  /** Parse and answer without logging anything. */
  dry_run: z.boolean().default(false),
});

export const ChatSendOutput = z.object({
  /** One or two short sentences: exactly what was logged, with times, and what was not and why. */
  reply: z.string(),
  parsed: z.array(ChatIntent),
  /** The events as stored (a retried message answers with the same events, logged once). */
  logged: z.array(Event),
});
export type ChatSendOutput = z.infer<typeof ChatSendOutput>;

export const chatProcedures = {
  /** Logs what it understood from a message, in one transaction; needs a write grant. */
  'chat.send': procedure(ChatSendInput, ChatSendOutput, on('write')),
} as const;
