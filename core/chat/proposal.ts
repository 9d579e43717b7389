import type { ChatIntent, ChatProposal } from '../../api/chat';
import { estimateMeal } from '../foods/estimate';
import type { FoodTable } from '../foods/table';
import { NEGATION, NOT_DONE, parseChat, timesOf, type ParseOptions } from './parse';

/**
 * Meals said without grams ("I ate pasta and an apple") become a proposal estimated from
 * the USDA food table (core/foods/estimate.ts) that the person confirms or edits; nothing
 * is logged from it before that. Pure: the caller stores the proposal and gives it an id.
 */

/** Proposals can be confirmed for this long after the message. */
export const PROPOSAL_TTL_MS = 60 * 60_000;
export const PROPOSAL_SOURCE = 'USDA FNDDS 2021–2023';

const MIN = 60_000;
/** "no"/"without" right after a word, with what is left out: an omission when that word is a food's. */
/** "toaster waffle x3, no syrup", "2 cups, no rice": the word before may be an amount said after the food. */
const OMISSION = /\b([a-z]+|x?\d+(?:\.\d+)?x?)[,(]? (?:(?:with|w\/?) )?(?:no|without|hold the|minus|(?:but )?(?:i )?skipped(?: the)?) [a-z]+\b/gi;
/** "ate maybe 1 cup of it, no rice", "(regular, not sf)", "(not fried)": what was left out or which kind it was not, said after a comma or in a bracket. */
const LEFT_OUT_AFTER = /([,;(]\s*)(?:but\s+)?(?:no|without|not)\s+(?:the\s+)?(?!(?:wait|way|nope|idea|clue|carbs?|food|meal|insulin|bolus|breakfast|lunch|dinner|supper|snacks?|dessert|more|thanks|problem|lows?|highs?|change)\b)(?:sf|sugar[ -]?free|diet|zero|decaf|fried|sweetened|unsweetened|low[ -]?fat|fat[ -]?free|light|lite|frozen|homemade|regular|whole|[a-z]+)\b/gi;
/** Words before "no" that make it a negation of the meal ("had no breakfast", "and no toast"), not an omission. */
const NOT_A_FOOD_BEFORE = /^(?:had|have|has|having|ate|eat|eaten|eating|drank|drink|got|was|is|were|are|i|we|he|she|they|there|and|but|or|so|then|today|yesterday|tonight|just|really|still|food|meal|breakfast|lunch|dinner|supper|snack|carbs?|insulin|bolus|dose|that|this|it|with|w)$/i;
const blank = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + s.slice(b);

/**
 * The meal proposal for `message`, or null when there is none to make: the message gives
 * carbs in grams (logged as today), says the meal did not happen or is a plan or a
 * question, gives several or untrusted times, or names no food the table knows.
 * `parsed` is `parseChat`'s reading of the same message.
 */
export function proposeMeal(message: string, parsed: ChatIntent[], opts: ParseOptions & { id: string }, table?: FoodTable): ChatProposal | null {
  // "balance bar & a black coffee, skipped lunch": a meal skipped beside foods eaten negates none of them
  // (round 15a; it had made no proposal). Blanked in place, so spans and times stay where they were.
  const skipped = message.replace(SKIPPED_MEAL, (m: string) => ' '.repeat(m.length));
  if (skipped !== message && /[a-z]/i.test(skipped)) return proposeMeal(skipped, parseChat(skipped, opts), opts, table);
  const meals = parsed.filter((i) => i.type === 'meal');
  // Explicit grams of carbs (or bread units, refused) are the writer's own number: no estimate.
  if (meals.some((i) => i.status === 'ok' || i.status === 'out_of_range' || i.status === 'unsupported')) return null;
  // "2 ice cream sandwiches after dinner? no just 1": the "?" and "no" of a self-correction make
  // no question of the meal nor negate it.
  const corrects = SELF_CORRECTION.test(message) && !QUESTION_START.test(message);
  // "a balance bar & a black coffee, skipped lunch": a meal skipped, said after the food eaten, is why, not the food negated (round 15c).
  const skippedMeal = (i: ChatIntent) => i.status === 'negated' && /^(?:breakfast|lunch|dinner|supper)$/i.test(i.span.text) && /[a-z0-9)]\s*[,;-]\s*(?:i\s+)?(?:skipped|missed)\s+$/i.test(message.slice(0, i.span.start));
  if (!corrects && meals.some((i) => (i.status === 'negated' && !skippedMeal(i)) || i.status === 'not_done')) return null;
  const { work: timed, times } = timesOf(message, opts);
  let work = timed;
  // Insulin, activity and medicines said in the same message are not food.
  for (const i of parsed) if (i.type !== 'meal') work = blank(work, i.span.start, i.span.end);
  // "tacos no cheese", "a burger without the bun": something left out of a food said is no negated meal.
  work = selfCorrected(work);
  const said = work.replace(OMISSION, (m: string, before: string) => (NOT_A_FOOD_BEFORE.test(before) ? m : before)).replace(LEFT_OUT_AFTER, (m: string, lead: string, at: number, all: string) => (/[a-z0-9)]\s*$/i.test(all.slice(0, at)) && !NEGATION.test(all.slice(0, at)) ? lead : m));
  // "a balance bar, skipped lunch": a meal skipped, said after the food eaten, is why, not a food negated (round 15c).
  const why = said.replace(/([a-z0-9)]\s*[,;-]\s*)(?:i\s+)?(?:skipped|missed)\s+(?:breakfast|lunch|dinner|supper|a\s+meal)\b(?=\s*(?:$|[,;.!]))/gi, '$1');
  if (NEGATION.test(why) || NOT_DONE.test(work) || work.includes('?')) return null;
  if (times.length > 1 || times.some((m) => m.t === null)) return null;
  const estimate = estimateMeal(work, table);
  if (!estimate.foods.length) return null;
  const t = times[0]?.t ?? new Date(Math.floor(opts.now / MIN) * MIN).toISOString();
  const description = estimate.foods.map((f) => f.text).join(', ');
  return {
    id: opts.id,
    type: 'meal',
    t,
    expires_at: new Date(opts.now + PROPOSAL_TTL_MS).toISOString(),
    data: { carbs_g: estimate.carbs_g, description: description.slice(0, 500), foods: estimate.foods, unknown: estimate.unknown, source: PROPOSAL_SOURCE },
  };
}

/** "…, skipped lunch", "missed breakfast so …": a meal said skipped, after or before the foods eaten. */
const SKIPPED_MEAL = /(?<=^|[,;.!(]|\b(?:and|but|so|bc|because)\b)\s*(?:i\s+)?(?:skipped|skip|skipping|missed)\s+(?:my\s+|the\s+)?(?:breakfast|brunch|lunch|dinner|supper)\b(?:\s+(?:today|again))?\s*(?=$|[,;.!)]|\b(?:so|and|but)\b)/gi;

/** A food asked of oneself and then corrected: "8 fish sticks? no, 10 fish sticks", "3 lifesavers? no, 4 for a low". */
/** Also said without "?": "4 glucose tabs... no wait, 6 gummy bears", "500ml coke zero... nope regular coke", "fries, no wait, onion rings"
 * (after "..." or " - " as after "?"; after a comma only words that can only correct, never "no cheese" or "actually"). */
const SELF_CORRECTION = /^([^?]*[a-z][^?]*?)(?:\?+\s*(?:no+|nope|nah|wait|actually|sorry|i mean|correction)\b|(?:\.{2,}|…|\s+-+|[!])\s*(?:no+\s*,|no+\s+wait|nope|nah|wait|actually|sorry|i mean|correction)(?=[\s,.!:;-])|[,;]\s*(?:no+\s+wait|nope|i mean|correction|sorry)(?=[\s,.!:;-]))[\s,.!:;-]*(?:(?:wait|actually|i mean|make (?:that|it)|it was|it's|its|i had|had)\b[\s,:-]*)*(\S[^?]*)$/i;
/** Words that open a real question ("can i have pizza? no…"): never read as a correction. */
const QUESTION_START = /^\s*(?:can|could|should|shall|is|are|do|does|did|how|what|which|when|why|will|would|was|were)\b/i;
const MEASURE = String.raw`(?:pints?|quarts?|cups?|bowls?|glasses?|mugs?|oz|ounces?|ml|cans?|bottles?|slices?|pieces?|scoops?|tbsp|tsp|tablespoons?|teaspoons?|handfuls?|servings?)`;
const COUNT = String.raw`\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half(?: a)?`;

/**
 * The message with a self-correction applied: what follows "? no," replaces the food asked about
 * (the last item before the "?"), or, where it is only an amount ("? no, 4 for a low", "? no just
 * 1"), that food's amount. Such a message had made no proposal at all (a "?" is a question).
 */
function selfCorrected(work: string): string {
  const m = SELF_CORRECTION.exec(work);
  if (!m || QUESTION_START.test(m[1]!)) return work;
  const asked = m[1]!;
  const said = m[2]!.trim();
  // The food asked about is the last item of what came before: after the last ",", ";", "+" or " and ".
  const and = asked.search(/\b(?:and|with|w)\b(?!.*\b(?:and|with|w)\b)/);
  const cut = Math.max(asked.lastIndexOf(',') + 1, asked.lastIndexOf(';') + 1, asked.lastIndexOf('+') + 1, and >= 0 ? and + asked.slice(and).indexOf(' ') : 0);
  const head = asked.slice(0, cut);
  const last = asked.slice(cut);
  // "a quart of wonton soup? no, just a pint + 1 egg roll": a count and measure correct the count and measure asked, and
  // what follows is more food (round 15a; the soup had been lost).
  const measure = new RegExp(String.raw`^(?:just|only)?\s*((?:${COUNT})\s+${MEASURE})\b\s*(?:of\s+(?:it|that|them)\b)?\s*((?:[,;+&]|\band\b|\bplus\b|\bw\b|\bwith\b).*)?$`, 'i').exec(said);
  const asked2 = new RegExp(String.raw`^(\s*(?:[^:]*:\s*)?)(?:${COUNT})\s+${MEASURE}\b`, 'i').exec(last);
  if (measure && asked2) return `${head}${asked2[1]}${measure[1]}${last.slice(asked2[0].length)} ${measure[2] ?? ''}`.trim();
  // "one slice of the big combo pizza? no, pepperoni": a kind alone corrects the kind of the dish asked, not the dish (round 15a).
  const kindOnly = /^[a-z]+$/i.test(said) && !new RegExp(String.raw`^(?:${COUNT})\b`, 'i').test(said);
  const dishWords = /^(.*?)\s+([a-z]+)\s+([a-z]+)\s*$/i.exec(last);
  if (kindOnly && dishWords && !said.toLowerCase().split(' ').includes(dishWords[3]!.toLowerCase())) {
    const again = `${dishWords[1]} ${said} ${dishWords[3]}`;
    const foods = estimateMeal(again).foods;
    const asked = estimateMeal(last).foods[0];
    const alone = estimateMeal(said).foods[0];
    if (foods.length === 1 && alone?.food_code !== foods[0]!.food_code && (new RegExp(`\\b${said.slice(0, 5)}`, 'i').test(foods[0]!.description) || (asked && asked.food_code !== foods[0]!.food_code))) return `${head}${again}`.trim();
  }
  const amount = new RegExp(String.raw`^(?:just|only)?\s*(${COUNT})\b\s*(.*)$`, 'i').exec(said);
  if (amount && !estimateMeal(amount[2]!).foods.length) {
    const had = new RegExp(String.raw`^(\s*)(?:${COUNT})\b`, 'i');
    const food = had.test(last) ? last.replace(had, `$1${amount[1]}`) : ` ${amount[1]} ${last.trim()}`;
    return `${head}${food} ${amount[2]}`.trim();
  }
  // "500ml coke zero... nope regular coke": a food corrected without an amount keeps the amount said of the one it replaces.
  const kept = /^\s*(\d+(?:\.\d+)?\s*(?:ml|l|oz|fl oz|g|cups?|c)\b|\d+(?:\.\d+)?\s+(?:ml|l|oz|fl oz|g|cups?|c)\b)/i.exec(last);
  if (kept && !new RegExp(String.raw`^(?:${COUNT})\b`, 'i').test(said)) return `${head} ${kept[1]} ${said}`.trim();
  return `${head} ${said}`.trim();
}

const fmt = (x: number) => String(Math.round(x * 10) / 10);

/** The reply sentence for a proposal: what was found, what was not, and that nothing is logged yet. */
export function proposalReply(p: ChatProposal): string {
  const foods = p.data.foods.map((f) => `${f.text} (${f.quantity === 1 ? '' : `${fmt(f.quantity)} × `}${f.portion}, ${fmt(f.grams)} g: ${fmt(f.carbs_g)} g carbs)`);
  const parts = [`Estimated about ${fmt(p.data.carbs_g)} g carbs from the USDA food table: ${foods.join('; ')}.`];
  // An amount no one plausibly eats at once (estimate.ts implausibleAmount) is said out loud, not left in a note.
  const check = p.data.foods.filter((f) => f.note?.includes('check this amount'));
  if (check.length) parts.push(`Please check the amount of ${check.map((f) => `“${f.text}” (${fmt(f.grams)} g)`).join(', ')}: that is more than one person usually eats at once.`);
  if (p.data.unknown.length) parts.push(`Not found in the table, so not counted: ${p.data.unknown.map((u) => `“${u}”`).join(', ')}.`);
  parts.push('Nothing is logged until you confirm or edit it.');
  return parts.join(' ');
}
