import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { Event } from './schemas';
import { FixedUtcOffset, RequestTimeZone } from './zone';

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

/** One food of a meal proposal: what was read, the USDA food and portion, grams and carbs. */
export const ChatProposalFood = z.object({
  /** The words of the message it was read from ("2 slices of toast"). */
  text: z.string(),
  /** USDA FNDDS 8-digit food code. */
  food_code: z.string(),
  /** USDA's description ("Bread, NS as to major flour, toasted"). */
  description: z.string(),
  /** USDA household portion ("1 medium or regular slice") or a weight as said ("150 g"). */
  portion: z.string(),
  quantity: z.number(),
  /** Grams of food. */
  grams: z.number(),
  /** Grams of carbohydrate (USDA carbohydrate by difference, fibre included). */
  carbs_g: z.number(),
  /** Why this portion when the message did not say ("no quantity given: USDA's usual serving …"). */
  note: z.string().nullable(),
});
export type ChatProposalFood = z.infer<typeof ChatProposalFood>;

/**
 * A meal estimated from the USDA food table for a message without grams ("I ate pasta and
 * an apple"). Nothing is stored until the person confirms it (`confirm`, optionally with
 * an edited `carbs_g`); it expires after an hour.
 */
export const ChatProposal = z.object({
  id: z.string(),
  type: z.literal('meal'),
  /** When the meal would be logged (UTC ISO). */
  t: z.string(),
  /** After this (UTC ISO) the proposal can no longer be confirmed. */
  expires_at: z.string(),
  data: z.object({
    /** Sum of the foods' carbs, g. */
    carbs_g: z.number(),
    /** The foods in words, as the meal's description. */
    description: z.string(),
    foods: z.array(ChatProposalFood),
    /** Parts of the message that matched no food: not counted, never guessed. */
    unknown: z.array(z.string()),
    /** "USDA FNDDS 2021–2023". */
    source: z.string(),
  }),
});
export type ChatProposal = z.infer<typeof ChatProposal>;

export const ChatSendInput = z
  .object({
    subject_id: z.string().min(1),
    /** What happened, in words. Exactly one of `message` and `confirm`. */
    message: z.string().trim().min(1, { message: 'say what to log' }).max(1000, { message: 'at most 1000 characters' }).optional(),
    /** The id of a proposal from an earlier answer: logs that meal. */
    confirm: z.string().min(1).max(100).optional(),
    /** With `confirm`: the carbs the person settled on instead of the estimate, g. */
    carbs_g: z.number().min(1).max(300).optional(),
    /**
     * The writer's IANA zone: "at 12:30" is 12:30 there, at that date's own offset (summer or
     * winter time). Default: the caller's saved zone (`auth.me` `time_zone`), else UTC.
     */
    time_zone: RequestTimeZone.optional(),
    /** For callers from before `time_zone`: a fixed offset from UTC in minutes, east positive (UTC+02:00 is 120). Ignored with `time_zone`. */
    utc_offset_min: FixedUtcOffset.optional(),
    /** Parse and answer without logging or storing anything. */
    dry_run: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    if (a.message !== undefined && a.confirm !== undefined) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'send either a message or a proposal id to confirm, not both' });
    else if (a.carbs_g !== undefined && a.confirm === undefined) ctx.addIssue({ code: 'custom', path: ['carbs_g'], message: 'carbs_g edits a proposal: send it with confirm' });
    else if (a.message === undefined && a.confirm === undefined) ctx.addIssue({ code: 'custom', path: ['message'], message: 'say what to log' });
  });

export const ChatSendOutput = z.object({
  /** One or two short sentences: exactly what was logged, with times, and what was not and why. */
  reply: z.string(),
  parsed: z.array(ChatIntent),
  /** The events as stored (a retried message answers with the same events, logged once). */
  logged: z.array(Event),
  /** Meals estimated from the USDA food table, waiting for the person to confirm: not logged. */
  proposals: z.array(ChatProposal).default([]),
});
export type ChatSendOutput = z.infer<typeof ChatSendOutput>;

export const chatProcedures = {
  /** Logs what it understood from a message, in one transaction; needs a write grant. */
  'chat.send': procedure(ChatSendInput, ChatSendOutput, on('write')),
} as const;
