import type { ChatField, ChatIntent, ChatIntentStatus, ChatIntentType, ChatSpan } from '../../api/chat';
import { localToUtcMs, zoneOffsetMs } from '../imports/zoned-time';

/**
 * A deterministic reader of short English logging messages ("had a sandwich, about 45g
 * carbs", "6u humalog for dinner", "walked 30 minutes at 7:30", "madopar 125mg at 8").
 * Pure: no I/O, no clock (the caller passes `now`), no model. See README.md beside it.
 *
 * How it reads, in order:
 * 1. Times ("at 19:45", "20 minutes ago", "yesterday at 21:00") and durations ("40 min",
 *    "an hour", "1 h 30 min") are found first and blanked out of a working copy, so their
 *    digits are never taken for doses.
 * 2. The rest is cut into clauses at commas, "and", "but", "then", full stops….
 * 3. Every number is classified by the unit written after it (g/carbs, U/units, mg, km,
 *    BE…) or, without a unit, by the word before it ("bolus 4.5", "carbs 45").
 * 4. Each clause's numbers and words (insulin names, drugs, activities, meals) make
 *    intents; a negated clause ("didn't take…") or a plan/question yields intents that are
 *    never logged. Bounds: carbs 1–300 g, insulin 0.05–100 U, activity 1–1440 min,
 *    medication 0.01–10,000 mg; outside them nothing is logged. Nothing is guessed.
 */

export interface ParseOptions {
  /** Epoch ms the message was sent. */
  now: number;
  /** The writer's offset from UTC in minutes, east positive (a fixed clock; `timeZone` wins). */
  utcOffsetMin?: number;
  /** The writer's IANA zone: "at 12:30" is 12:30 there, at that date's offset. */
  timeZone?: string;
}

/** The writer's clock: a fixed offset east of UTC in minutes, or an IANA zone. */
type WriterClock = number | string;
const clockOf = (opts: ParseOptions): WriterClock => opts.timeZone ?? opts.utcOffsetMin ?? 0;

export const LIMITS = {
  carbs_g: { min: 1, max: 300 },
  units: { min: 0.05, max: 100 },
  duration_min: { min: 1, max: 1440 },
  dose_mg: { min: 0.01, max: 10_000 },
  distance_km: { min: 0.01, max: 300 },
  /** "… ago" further back than this is not trusted. */
  ago_min: { max: 48 * 60 },
} as const;

/** A time said in the future by at most this much is taken as now-ish (clocks differ). */
const FUTURE_SLACK_MS = 15 * 60_000;
const MIN = 60_000;

// ---- vocabulary --------------------------------------------------------------------------

/** Insulins by brand or generic name: display name and whether it is long-acting (basal). */
const INSULINS: Record<string, { name: string; basal: boolean }> = {
  novorapid: { name: 'NovoRapid', basal: false },
  novolog: { name: 'NovoLog', basal: false },
  humalog: { name: 'Humalog', basal: false },
  apidra: { name: 'Apidra', basal: false },
  fiasp: { name: 'Fiasp', basal: false },
  lyumjev: { name: 'Lyumjev', basal: false },
  admelog: { name: 'Admelog', basal: false },
  actrapid: { name: 'Actrapid', basal: false },
  aspart: { name: 'aspart', basal: false },
  lispro: { name: 'lispro', basal: false },
  glulisine: { name: 'glulisine', basal: false },
  lantus: { name: 'Lantus', basal: true },
  levemir: { name: 'Levemir', basal: true },
  tresiba: { name: 'Tresiba', basal: true },
  toujeo: { name: 'Toujeo', basal: true },
  basaglar: { name: 'Basaglar', basal: true },
  abasaglar: { name: 'Abasaglar', basal: true },
  semglee: { name: 'Semglee', basal: true },
  glargine: { name: 'glargine', basal: true },
  detemir: { name: 'detemir', basal: true },
  degludec: { name: 'degludec', basal: true },
};
const INSULIN_NAMES = Object.keys(INSULINS).join('|');

/** Medicines recognised by name (Parkinson's first, as the tremor screen logs them); others are read from "took X 100 mg". */
const DRUGS: Record<string, string> = {
  levodopa: 'levodopa',
  'l-dopa': 'levodopa',
  madopar: 'Madopar',
  sinemet: 'Sinemet',
  stalevo: 'Stalevo',
  rytary: 'Rytary',
  duodopa: 'Duodopa',
  carbidopa: 'carbidopa',
  'co-careldopa': 'co-careldopa',
  'co-beneldopa': 'co-beneldopa',
  pramipexole: 'pramipexole',
  mirapexin: 'Mirapexin',
  mirapex: 'Mirapex',
  ropinirole: 'ropinirole',
  requip: 'Requip',
  rotigotine: 'rotigotine',
  neupro: 'Neupro',
  rasagiline: 'rasagiline',
  azilect: 'Azilect',
  selegiline: 'selegiline',
  safinamide: 'safinamide',
  amantadine: 'amantadine',
  entacapone: 'entacapone',
  opicapone: 'opicapone',
  propranolol: 'propranolol',
  primidone: 'primidone',
  metformin: 'metformin',
  paracetamol: 'paracetamol',
  ibuprofen: 'ibuprofen',
  aspirin: 'aspirin',
};
const DRUG_NAMES = Object.keys(DRUGS)
  .sort((a, b) => b.length - a.length)
  .map((d) => d.replace('-', '\\-'))
  .join('|');

/** Activity words → the `kind` stored (the log form's free text: walk, run, cycling…). */
const ACTIVITIES: Array<[RegExp, string]> = [
  [/^(?:walk|walks|walked|walking|stroll|strolled)$/, 'walk'],
  [/^(?:run|runs|ran|running|jog|jogs|jogged|jogging)$/, 'run'],
  [/^(?:cycle|cycled|cycling|bike|biked|biking|ride|rode)$/, 'cycling'],
  [/^(?:swim|swam|swimming|swum)$/, 'swim'],
  [/^(?:hike|hiked|hiking)$/, 'hike'],
  [/^yoga$/, 'yoga'],
  [/^(?:gym|workout|exercise|exercised|training|trained)$/, 'exercise'],
  [/^(?:dance|danced|dancing)$/, 'dance'],
  [/^(?:tennis|football|soccer|basketball|golf|badminton)$/, 'sport'],
];
const ACTIVITY_WORDS = /\b(walk(?:s|ed|ing)?|stroll(?:ed)?|run(?:s|ning)?|ran|jog(?:s|ged|ging)?|cycl(?:e|ed|ing)|bik(?:e|ed|ing)|ride|rode|swim(?:ming)?|swam|swum|hik(?:e|ed|ing)|yoga|gym|workout|exercis(?:e|ed)|train(?:ing|ed)|danc(?:e|ed|ing)|tennis|football|soccer|basketball|golf|badminton)\b/i;
const INTENSITY: Array<[RegExp, string]> = [
  [/\b(?:light|easy|gentle|slow|slowly)\b/i, 'low'],
  [/\b(?:moderate|brisk|briskly)\b/i, 'moderate'],
  [/\b(?:hard|intense|vigorous|fast|sprint(?:ed)?)\b/i, 'high'],
];

const MEAL_WORDS = /\b(breakfast|brunch|lunch|dinner|supper|snack|meal)\b/i;
const EAT_VERBS = /\b(?:ate|eaten|eat|eating|had|having)\s+/gi;
/** "had a walk", "had a hypo": not food. */
const NOT_FOOD = /^(?:a |an |my |the |some )?(?:walk|run|swim|hypo|shower|bath|nap|sleep|rest|bolus|basal|insulin|dose|shot|injection|jab|units?|pills?|tablets?|medication|meds|fever|headache|tremor|\d)/i;

/** Words after "150 g" that name a food, so the grams are its weight, not carbs ("150 g rice", "30 g of chocolate"). */
const FOOD_AFTER_GRAMS = /^\s*(?:of\s+)?(?!(?:carbs?|carbohydrates?|cho|sugars?|at|for|and|with|of|in|on|this|today|tonight|ago|then|lunch|breakfast|dinner|supper|snack|meal|brunch|about|around|or|but|plus|total)\b)[a-z]/i;

/** A clause that says it did not happen. */
export const NEGATION = /\b(?:not|no|never|none|didn['’]?t|did not|don['’]?t|do not|haven['’]?t|have not|hasn['’]?t|has not|won['’]?t|wasn['’]?t|skipped|skip|skipping|forgot|forgotten|missed|cancel(?:l?ed)?)\b/i;
/** A plan or a question, not something done. */
export const NOT_DONE = /\b(?:will|going to|gonna|plan(?:ning)? to|about to|should|shall|could|can i|how much|how many|need to|want to|tomorrow)\b/i;
/** A verb that starts a new, affirmative statement: ends the reach of an earlier "didn't". */
const AFFIRMATIVE = /\b(?:took|take|taken|had|have|ate|eaten|eat|injected|inject|gave|given|bolused|walked|ran|jogged|cycled|biked|swam|hiked|did|went|logged)\b/i;

// ---- small helpers -----------------------------------------------------------------------

interface Piece {
  start: number;
  end: number;
}
const blank = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
const num = (s: string) => Number(s);
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// ---- times -------------------------------------------------------------------------------

interface TimeMark extends Piece {
  /** Epoch ms, or null when the time is not trusted (its reason says why). */
  t: number | null;
  reason: string | null;
}

/** Local wall-clock fields of an instant on the writer's clock. */
function localParts(t: number, off: WriterClock) {
  const d = new Date(t + (typeof off === 'number' ? off * MIN : zoneOffsetMs(off, t)));
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate() };
}
/** The instant at local date (y, mo, d + dayShift) h:m; in a zone, at that date's own offset. */
function atLocal(t: number, off: WriterClock, dayShift: number, h: number, m: number): number {
  const p = localParts(t, off);
  return typeof off === 'number' ? Date.UTC(p.y, p.mo, p.d + dayShift, h, m) - off * MIN : localToUtcMs(off, p.y, p.mo + 1, p.d + dayShift, h, m);
}

/**
 * A clock time, resolved against `now`. Without "yesterday": the latest such time that
 * is not in the future (so "at 21:00" said at 09:00 is yesterday evening), and an hour
 * 1–11 without am/pm is the latest of its morning and evening readings ("at 8" said at
 * 21:00 is 20:00; said at 10:00 it is 08:00); 12 is noon unless written "12am". With "yesterday": that day, the hour as
 * written (24-hour clock unless am/pm is given).
 */
function resolveClock(now: number, off: WriterClock, h: number, m: number, ampm: string | null, yesterday: boolean, zeroPadded: boolean): number | null {
  if (m > 59) return null;
  let hours = [h];
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.startsWith('p');
    hours = [(h % 12) + (pm ? 12 : 0)];
  } else {
    if (h > 23) return null;
    // "at 8" / "at 8:30": morning or evening; "08:30", "19:45", "0:15" are 24-hour clock.
    // "12:30" without am/pm is half past noon on either clock; only "12:30am" / "00:30" is after midnight.
    if (!yesterday && h >= 1 && h <= 11 && !zeroPadded) hours = [h, h + 12];
  }
  if (yesterday) return atLocal(now, off, -1, hours[0]!, m);
  let best: number | null = null;
  for (const hh of hours) {
    for (const shift of [0, -1]) {
      const t = atLocal(now, off, shift, hh, m);
      if (t <= now + FUTURE_SLACK_MS && (best === null || t > best)) best = t;
    }
  }
  return best;
}

/** Words a glucose reading follows with "at" ("woke up at 52", "low at 48", "bg at 65"). */
const GLUCOSE_BEFORE = /\b(?:woke\s+up|low|bg|bs|sugar|glucose|reading|cgm|dexcom|libre|dropped|fell|was|were|i'?m)\s*$/i;

function findTimes(work: string, now: number, off: WriterClock): { marks: TimeMark[]; work: string } {
  const marks: TimeMark[] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => { t: number | null; reason: string | null } | undefined) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(work))) {
      const r = make(m);
      if (!r) continue;
      marks.push({ start: m.index, end: m.index + m[0].length, ...r });
      work = blank(work, m.index, m.index + m[0].length);
    }
  };
  const nowMin = Math.floor(now / MIN) * MIN;

  // "20 minutes ago", "an hour ago", "half an hour ago", "1.5 hours ago".
  take(/\b(?:(half an hour)|(an hour)|(a minute)|(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|h))\s+ago\b/gi, (m) => {
    const minutes = m[1] ? 30 : m[2] ? 60 : m[3] ? 1 : num(m[4]!) * (/^h/i.test(m[5]!) ? 60 : 1);
    if (minutes > LIMITS.ago_min.max) return { t: null, reason: `“${m[0]}” is too long ago to log from chat` };
    return { t: Math.round((nowMin - minutes * MIN) / MIN) * MIN, reason: null };
  });
  // "yesterday at 21:00", "at 7:30", "@ 8", "at 8pm", "at 8.30".
  take(/(?:\b(yesterday)\s+)?(?:\bat|@)\s*(\d{1,2})(?:[:.h](\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.))?(?!\d|[.:]\d|\s*(?:g\b|gr\b|grams?\b|u\b|units?\b|iu\b|mg\b|min|km\b|%))(?:\s+(yesterday)\b)?/gi, (m) => {
    const yesterday = !!(m[1] ?? m[5]);
    const h = num(m[2]!);
    // "woke up at 52", "low at 48": a glucose reading, no hour (it had made the time untrusted and the meal unproposed).
    if (h > 24 && !m[3] && !m[4] && GLUCOSE_BEFORE.test(work.slice(0, m.index))) return undefined;
    const mm = m[3] ? num(m[3]) : 0;
    const t = resolveClock(now, off, h, mm, m[4] ? m[4].toLowerCase().replace(/\./g, '') : null, yesterday, m[2]!.length === 2 && m[2]!.startsWith('0'));
    return t === null ? { t: null, reason: `“${m[0].trim()}” is not a time of day` } : { t, reason: null };
  });
  // A bare "19:45" / "7:30pm" / "8pm" (no "at").
  take(/(?:\b(yesterday)\s+)?(?<![\d.:])(\d{1,2}):(\d{2})(?:\s*(am|pm))?(?![\d:])(?:\s+(yesterday)\b)?/gi, (m) => {
    const t = resolveClock(now, off, num(m[2]!), num(m[3]!), m[4]?.toLowerCase() ?? null, !!(m[1] ?? m[5]), m[2]!.length === 2 && m[2]!.startsWith('0'));
    return t === null ? { t: null, reason: `“${m[0].trim()}” is not a time of day` } : { t, reason: null };
  });
  take(/(?:\b(yesterday)\s+)?\b(\d{1,2})\s*(am|pm)\b(?:\s+(yesterday)\b)?/gi, (m) => {
    const t = resolveClock(now, off, num(m[2]!), 0, m[3]!.toLowerCase(), !!(m[1] ?? m[4]), false);
    return t === null ? { t: null, reason: `“${m[0].trim()}” is not a time of day` } : { t, reason: null };
  });
  take(/(?:\b(yesterday)\s+)?\b(?:at\s+)?(noon|midday|midnight)\b/gi, (m) => {
    const midnight = m[2]!.toLowerCase() === 'midnight';
    const t = resolveClock(now, off, midnight ? 0 : 12, 0, null, !!m[1], true);
    return { t, reason: t === null ? 'not a time' : null };
  });
  // "yesterday" with no time: a day is not a time.
  take(/\byesterday\b/gi, () => ({ t: null, reason: '“yesterday” without a time: say when, e.g. “yesterday at 21:00”' }));
  return { marks, work };
}

/**
 * The times written in `message` (resolved as `parseChat` does) and the message with them
 * and any durations blanked out, lengths kept: the meal estimator (core/chat/proposal.ts) reads the rest.
 */
export function timesOf(message: string, opts: ParseOptions): { work: string; times: Array<{ start: number; end: number; t: string | null; reason: string | null }> } {
  const work = message.replace(/[’‘]/g, "'").replace(/[\u00a0\u2009\u202f]/g, ' ');
  const found = findTimes(work, opts.now, clockOf(opts));
  // Durations ("half an hour") are blanked too: their words are neither food nor amounts.
  return { work: findDurations(found.work).work, times: found.marks.map((m) => ({ start: m.start, end: m.end, t: m.t === null ? null : new Date(m.t).toISOString(), reason: m.reason })) };
}

// ---- durations ---------------------------------------------------------------------------

interface DurationMark extends Piece {
  minutes: number;
}
function findDurations(work: string): { marks: DurationMark[]; work: string } {
  const marks: DurationMark[] = [];
  const re = /\b(?:(half an hour)|(an hour)|(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)(?:\s*(?:and\s+)?(\d{1,2})\s*(?:mins?|minutes?)?)?|(\d+(?:\.\d+)?)\s*(?:mins?|minutes?))\b/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(work))) {
    const minutes = m[1] ? 30 : m[2] ? 60 : m[3] !== undefined ? num(m[3]) * 60 + (m[4] ? num(m[4]) : 0) : num(m[5]!);
    marks.push({ start: m.index, end: m.index + m[0].length, minutes: round(minutes, 2) });
  }
  for (const d of marks) work = blank(work, d.start, d.end);
  return { marks, work };
}

// ---- clauses -----------------------------------------------------------------------------

interface Clause extends Piece {
  /** The separator before it was weak ("and", ",", "or"): an earlier negation still reaches it. */
  weakBefore: boolean;
  /** It ended with "?". */
  question: boolean;
  negated: boolean;
  notDone: boolean;
}
function clausesOf(work: string): Clause[] {
  const out: Clause[] = [];
  const re = /(,|;|(?<!\d)\.(?!\d)|!|\?|\n|&|\band then\b|\bthen\b|\band\b|\bor\b|\bnor\b|\bbut\b|\bplus\b|\balso\b)/gi;
  let start = 0;
  let weak = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(work))) {
    out.push({ start, end: m.index, weakBefore: weak, question: m[0] === '?', negated: false, notDone: false });
    start = m.index + m[0].length;
    weak = /^(?:,|&|and|or|nor|plus|also)$/i.test(m[0]);
  }
  out.push({ start, end: work.length, weakBefore: weak, question: false, negated: false, notDone: false });
  // A question reaches back over the clauses of its sentence ("how much for 60g and a walk?").
  for (let i = out.length - 1; i > 0; i--) if (out[i]!.question && out[i]!.weakBefore) out[i - 1]!.question = true;
  let carried = false;
  for (const c of out) {
    const s = work.slice(c.start, c.end);
    const own = NEGATION.test(s);
    c.negated = own || (carried && c.weakBefore && !AFFIRMATIVE.test(s));
    carried = c.negated;
    c.notDone = c.question || NOT_DONE.test(s);
  }
  return out;
}

// ---- numbers -----------------------------------------------------------------------------

type Unit = 'g' | 'carbs' | 'u' | 'mg' | 'km' | 'mi' | 'bread' | 'glucose' | 'other' | null;
interface NumberMark extends Piece {
  value: number;
  unit: Unit;
  /** The number and its unit. */
  unitEnd: number;
  /** Grams said to be carbs ("45g carbs", "45 carbs"), not just grams. */
  explicitCarbs: boolean;
}
const UNIT_RE = /^\s*(mg\s*\/\s*dl|mmol(?:\s*\/\s*l)?|mg|grams?|gr|g|carbohydrates?|carbs?|cho|units?|iu|ie|u|kms?|kilomet(?:er|re)s?|miles?|mi|bread\s*units?|carb\s*units?|exchanges?|be|ke|bu|cu|steps?|%|kg|lbs?|ml|l|x)(?![a-z])/i;
function findNumbers(work: string): NumberMark[] {
  const out: NumberMark[] = [];
  const re = /(?<![\w.])(\d+(?:\.\d+)?)(?![\d])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(work))) {
    const end = m.index + m[0].length;
    const u = UNIT_RE.exec(work.slice(end));
    let unit: Unit = null;
    let unitEnd = end;
    let explicitCarbs = false;
    if (u) {
      const w = u[1]!.toLowerCase().replace(/\s+/g, '');
      unitEnd = end + u[0].length;
      if (w === 'mg/dl' || w.startsWith('mmol')) unit = 'glucose';
      else if (w === 'mg') unit = 'mg';
      else if (/^(?:g|gr|grams?)$/.test(w)) {
        unit = 'g';
        const after = /^\s*(?:of\s+)?(carbohydrates?|carbs?|cho|sugar)\b/i.exec(work.slice(unitEnd));
        if (after) {
          explicitCarbs = true;
          unitEnd += after[0].length;
        }
      } else if (/^(?:carbohydrates?|carbs?|cho)$/.test(w)) {
        unit = 'g';
        explicitCarbs = true;
      } else if (/^(?:units?|iu|ie|u)$/.test(w)) unit = 'u';
      else if (/^(?:kms?|kilomet)/.test(w)) unit = 'km';
      else if (/^(?:miles?|mi)$/.test(w)) unit = 'mi';
      else if (/^(?:breadunits?|carbunits?|exchanges?|be|ke|bu|cu)$/.test(w)) unit = 'bread';
      else unit = 'other';
    }
    out.push({ start: m.index, end, value: num(m[1]!), unit, unitEnd, explicitCarbs });
  }
  return out;
}

// ---- the parser --------------------------------------------------------------------------

interface Draft {
  type: ChatIntentType;
  status: ChatIntentStatus;
  data: Record<string, unknown>;
  fields: Record<string, Omit<ChatField, 'text'>>;
  reason: string | null;
  clause: number;
  /** Where it sits in the message, for ordering. */
  at: number;
}

/** Reads `message` into intents, in the order they appear. Pure. */
export function parseChat(message: string, opts: ParseOptions): ChatIntent[] {
  const off = clockOf(opts);
  const now = opts.now;
  const nowMin = Math.floor(now / MIN) * MIN;
  // Curly quotes and odd spaces read as the plain ones; lengths stay the same, so spans hold.
  let work = message.replace(/[’‘]/g, "'").replace(/[\u00a0\u2009\u202f]/g, ' ');
  const times = findTimes(work, now, off);
  work = times.work;
  const durations = findDurations(work);
  work = durations.work;
  const clauses = clausesOf(work);
  const clauseAt = (pos: number) => {
    for (let i = clauses.length - 1; i >= 0; i--) if (pos >= clauses[i]!.start) return i;
    return 0;
  };
  const numbers = findNumbers(work);
  const drafts: Draft[] = [];
  const field = (start: number, end: number, value: string | number) => ({ start, end, value });
  const push = (d: Omit<Draft, 'clause'> & { clause?: number }) => drafts.push({ ...d, clause: d.clause ?? clauseAt(d.at) });

  // Words found by clause.
  const wordsIn = (re: RegExp, c: Clause): Array<{ start: number; end: number; word: string }> => {
    const out: Array<{ start: number; end: number; word: string }> = [];
    const g = new RegExp(re.source, 'gi');
    const s = work.slice(c.start, c.end);
    let m: RegExpExecArray | null;
    while ((m = g.exec(s))) out.push({ start: c.start + m.index + (m[0].length - m[1]!.length), end: c.start + m.index + m[0].length, word: m[1]!.toLowerCase() });
    return out;
  };
  const usedNumbers = new Set<NumberMark>();
  const usedDurations = new Set<DurationMark>();

  clauses.forEach((c, ci) => {
    const inClause = (p: Piece) => p.start >= c.start && p.start < c.end;
    const nums = numbers.filter(inClause);
    const durs = durations.marks.filter(inClause);
    const before = (n: NumberMark) => work.slice(c.start, n.start);
    const insulinWords = wordsIn(new RegExp(`\\b(${INSULIN_NAMES})\\b`), c);
    const kindWords = wordsIn(/\b(bolus|basal|correction|long[- ]acting|rapid|fast[- ]acting)\b/, c);
    const insulinWord = wordsIn(/\b(insulin)\b/, c);
    const drugWords = wordsIn(new RegExp(`(?<![\\w-])(${DRUG_NAMES})(?![\\w-])`), c);
    const activityWords = wordsIn(ACTIVITY_WORDS, c);
    let usedDrug = false;

    // -- insulin: "6 units", "6u", "bolus 4.5", "lantus 18".
    const insulinNums = nums.filter((n) => n.unit === 'u' || (n.unit === null && new RegExp(`\\b(?:bolus|basal|insulin|${INSULIN_NAMES})\\s*(?:of|:|=|-)?\\s*$`, 'i').test(before(n))));
    for (const n of insulinNums) {
      usedNumbers.add(n);
      const brand = insulinWords[0];
      const kindWord = kindWords[0];
      const basal = kindWord ? /basal|long/.test(kindWord.word) : brand ? INSULINS[brand.word]!.basal : false;
      const data: Record<string, unknown> = { units: n.value, kind: basal ? 'basal' : 'bolus' };
      const keyword = n.unit === null ? new RegExp(`\\b(?:bolus|basal|insulin|${INSULIN_NAMES})\\s*(?:of|:|=|-)?\\s*$`, 'i').exec(before(n)) : null;
      const fields: Draft['fields'] = { units: field(keyword ? c.start + keyword.index : n.start, n.unitEnd, n.value) };
      if (brand) {
        data.insulin = INSULINS[brand.word]!.name;
        fields.insulin = field(brand.start, brand.end, INSULINS[brand.word]!.name);
      }
      if (kindWord) fields.kind = field(kindWord.start, kindWord.end, data.kind as string);
      const ok = n.value >= LIMITS.units.min && n.value <= LIMITS.units.max;
      push({ type: 'insulin', status: ok ? 'ok' : 'out_of_range', data, fields, reason: ok ? null : `${n.value} U of insulin is outside ${LIMITS.units.min}–${LIMITS.units.max} U`, at: n.start });
    }
    // An insulin named with no amount: ask, never guess.
    if (!insulinNums.length && (insulinWords.length || insulinWord.length)) {
      const w = insulinWords[0] ?? insulinWord[0]!;
      const fields: Draft['fields'] = {};
      const data: Record<string, unknown> = {};
      if (insulinWords[0]) {
        data.insulin = INSULINS[w.word]!.name;
        fields.insulin = field(w.start, w.end, INSULINS[w.word]!.name);
      } else fields.insulin = field(w.start, w.end, 'insulin');
      push({ type: 'insulin', status: 'needs_info', data, fields, reason: `how many units of ${insulinWords[0] ? INSULINS[w.word]!.name : 'insulin'} were taken? Write the number you took — I never guess doses`, at: w.start });
    }

    // -- carbs: "45g carbs", "45 carbs", "lunch 60 g", "carbs 45".
    const mealContext = MEAL_WORDS.test(work.slice(c.start, c.end)) || /\b(?:ate|eaten|eat|eating|had|having|food)\b/i.test(work.slice(c.start, c.end));
    for (const n of nums) {
      if (usedNumbers.has(n)) continue;
      // "had 150 g rice" weighs the rice: its carbs are for the food table (core/foods), not 150 g.
      const foodWeight = n.unit === 'g' && !n.explicitCarbs && FOOD_AFTER_GRAMS.test(work.slice(n.unitEnd, c.end));
      const isCarbs = (n.unit === 'g' && (n.explicitCarbs || mealContext) && !foodWeight) || (n.unit === null && /\b(?:carbs?|carbohydrates?)\s*(?:of|:|=|-)?\s*$/i.test(before(n)));
      if (!isCarbs) continue;
      usedNumbers.add(n);
      const data: Record<string, unknown> = { carbs_g: n.value };
      // "carbs 45": the field's text includes the word that gave the number its unit.
      const keyword = n.unit === null ? /\b(?:carbs?|carbohydrates?)\s*(?:of|:|=|-)?\s*$/i.exec(before(n)) : null;
      const fields: Draft['fields'] = { carbs_g: field(keyword ? c.start + keyword.index : n.start, n.unitEnd, n.value) };
      const desc = describeMeal(work, clauses, ci, n.start);
      if (desc) {
        data.description = desc.value;
        fields.description = field(desc.start, desc.end, desc.value);
      }
      const ok = n.value >= LIMITS.carbs_g.min && n.value <= LIMITS.carbs_g.max;
      push({ type: 'meal', status: ok ? 'ok' : 'out_of_range', data, fields, reason: ok ? null : `${n.value} g of carbs is outside ${LIMITS.carbs_g.min}–${LIMITS.carbs_g.max} g`, at: n.start });
    }

    // -- bread units: not converted (1 BE is 10 or 12 g depending on the country).
    for (const n of nums) {
      if (usedNumbers.has(n) || n.unit !== 'bread') continue;
      usedNumbers.add(n);
      push({ type: 'meal', status: 'unsupported', data: {}, fields: { carbs_g: field(n.start, n.unitEnd, n.value) }, reason: `“${message.slice(n.start, n.unitEnd)}”: bread units differ by country (10 or 12 g), so say the grams of carbs`, at: n.start });
    }

    // -- medication: "levodopa 100 mg", "took 500 mg metformin", "took aspirin 75mg".
    for (const n of nums) {
      if (usedNumbers.has(n) || n.unit !== 'mg') continue;
      usedNumbers.add(n);
      let drug: { start: number; end: number; value: string } | null = null;
      const known = drugWords.sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0];
      if (known) drug = { start: known.start, end: known.end, value: DRUGS[known.word]! };
      else {
        const s = work.slice(c.start, c.end);
        const took = /\b(?:took|take|taken|taking|had|gave|given)\s+(?:my\s+|a\s+|an\s+|the\s+|his\s+|her\s+)?([a-z][a-z-]{2,})\b/i.exec(s);
        const afterMg = /^\s*(?:of\s+)?([a-z][a-z-]{2,})\b/i.exec(work.slice(n.unitEnd, c.end));
        const pick = took && !/^(?:mg|some|it|them|one|two|half)$/i.test(took[1]!) ? { start: c.start + took.index + took[0].length - took[1]!.length, word: took[1]! } : afterMg && !/^(?:at|for|and|in|this|with|after|before|ago)$/i.test(afterMg[1]!) ? { start: n.unitEnd + afterMg[0].length - afterMg[1]!.length, word: afterMg[1]! } : null;
        if (pick && !new RegExp(`^(?:${INSULIN_NAMES}|insulin)$`, 'i').test(pick.word)) drug = { start: pick.start, end: pick.start + pick.word.length, value: pick.word.toLowerCase() };
      }
      if (!drug) {
        push({ type: 'medication', status: 'needs_info', data: { dose_mg: n.value }, fields: { dose_mg: field(n.start, n.unitEnd, n.value) }, reason: `${n.value} mg of what? Name the medicine`, at: n.start });
        continue;
      }
      usedDrug = true;
      const ok = n.value >= LIMITS.dose_mg.min && n.value <= LIMITS.dose_mg.max;
      push({
        type: 'medication',
        status: ok ? 'ok' : 'out_of_range',
        data: { drug: drug.value, dose_mg: n.value },
        fields: { drug: field(drug.start, drug.end, drug.value), dose_mg: field(n.start, n.unitEnd, n.value) },
        reason: ok ? null : `${n.value} mg is outside ${LIMITS.dose_mg.min}–${LIMITS.dose_mg.max} mg`,
        at: Math.min(drug.start, n.start),
      });
    }
    // A known medicine with no dose: the tremor log keeps doses without mg too.
    if (!usedDrug && drugWords.length) {
      const d = drugWords.sort((a, b) => a.start - b.start)[0]!;
      push({ type: 'medication', status: 'ok', data: { drug: DRUGS[d.word]! }, fields: { drug: field(d.start, d.end, DRUGS[d.word]!) }, reason: null, at: d.start });
    }

    // -- activity: one per clause, "walked 30 minutes", "ran 5 km for 40 min".
    if (activityWords.length) {
      const a = activityWords[0]!;
      const kind = ACTIVITIES.find(([re]) => re.test(a.word))?.[1] ?? a.word;
      const data: Record<string, unknown> = { kind };
      const fields: Draft['fields'] = { kind: field(a.start, a.end, kind) };
      const dur = durs[0];
      const dist = nums.find((n) => !usedNumbers.has(n) && (n.unit === 'km' || n.unit === 'mi'));
      if (dist) {
        usedNumbers.add(dist);
        const km = dist.unit === 'mi' ? round(dist.value * 1.609344, 2) : dist.value;
        data.distance_km = km;
        fields.distance_km = field(dist.start, dist.unitEnd, km);
      }
      const intensity = INTENSITY.find(([re]) => re.test(message.slice(c.start, c.end)));
      if (intensity) data.intensity = intensity[1];
      let status: ChatIntentStatus = 'ok';
      let reason: string | null = null;
      if (!dur) {
        status = 'needs_info';
        reason = `how long was the ${kind}? Say e.g. “${a.word} 30 minutes”`;
      } else {
        usedDurations.add(dur);
        data.duration_min = dur.minutes;
        fields.duration_min = field(dur.start, dur.end, dur.minutes);
        if (dur.minutes < LIMITS.duration_min.min || dur.minutes > LIMITS.duration_min.max) {
          status = 'out_of_range';
          reason = `${dur.minutes} min of ${kind} is outside ${LIMITS.duration_min.min}–${LIMITS.duration_min.max} min`;
        }
      }
      if (dist && (dist.value < LIMITS.distance_km.min || (data.distance_km as number) > LIMITS.distance_km.max) && status === 'ok') {
        status = 'out_of_range';
        reason = `${dist.value} ${dist.unit} is not a distance I trust`;
      }
      push({ type: 'activity', status, data, fields, reason, at: a.start });
    }

    // -- glucose readings are not logged from chat: they come from sensors and imports.
    for (const n of nums) {
      if (usedNumbers.has(n) || n.unit !== 'glucose') continue;
      usedNumbers.add(n);
    }
  });

  // -- a meal with no carbs ("had pizza"): ask, never guess. Only where nothing else was read.
  if (!drafts.some((d) => d.type === 'meal')) {
    clauses.forEach((c, ci) => {
      if (drafts.some((d) => d.clause === ci)) return;
      const s = work.slice(c.start, c.end);
      let food: { start: number; end: number; value: string } | null = null;
      EAT_VERBS.lastIndex = 0;
      const eat = EAT_VERBS.exec(s);
      if (eat) {
        const rest = s.slice(eat.index + eat[0].length);
        const obj = /^[a-z][a-z' -]*[a-z]/i.exec(rest);
        if (obj && !NOT_FOOD.test(rest)) {
          const start = c.start + eat.index + eat[0].length;
          food = { start, end: start + obj[0].length, value: message.slice(start, start + obj[0].length) };
        }
      }
      const meal = MEAL_WORDS.exec(s);
      if (!food && meal) food = { start: c.start + meal.index, end: c.start + meal.index + meal[0].length, value: meal[0] };
      if (!food) return;
      push({ type: 'meal', status: 'needs_info', data: { description: food.value }, fields: { description: field(food.start, food.end, food.value) }, reason: `how many grams of carbs in the ${food.value}? Write the grams — I don't guess`, at: food.start, clause: ci });
    });
  }

  // -- negations, plans and questions: read, never logged.
  for (const d of drafts) {
    const c = clauses[d.clause]!;
    if (c.negated) {
      d.status = 'negated';
      d.reason = `“${message.slice(c.start, c.end).trim()}” says it did not happen`;
    } else if (c.notDone) {
      d.status = 'not_done';
      d.reason = `“${message.slice(c.start, c.end).trim()}” is a question or a plan; I only log what happened`;
    }
  }

  // -- when: the clause's own time; else the message's only time; else now. Several
  // times and none in the clause is ambiguous: not logged.
  const timeMarks = times.marks;
  const out: ChatIntent[] = [];
  drafts.sort((a, b) => a.at - b.at);
  for (const d of drafts) {
    const c = clauses[d.clause]!;
    const own = timeMarks.filter((m) => m.start >= c.start && m.start < c.end);
    // A sentence's time reaches the clauses joined to it ("45g carbs and 4 units at 12:30").
    const mark = own.find((m) => m.t !== null) ?? own[0] ?? (timeMarks.length === 1 ? timeMarks[0] : undefined);
    let t: number | null = nowMin;
    if (mark) {
      t = mark.t;
      d.fields.time = field(mark.start, mark.end, t === null ? message.slice(mark.start, mark.end) : new Date(t).toISOString());
      if (t === null && d.status === 'ok') {
        d.status = 'needs_info';
        d.reason = mark.reason;
      }
    } else if (timeMarks.length > 1) {
      t = null;
      if (d.status === 'ok') {
        d.status = 'needs_info';
        d.reason = 'several times are given and I cannot tell which one goes with it; send it on its own line';
      }
    }
    const fields: Record<string, ChatField> = {};
    let start = Infinity;
    let end = -Infinity;
    for (const [k, f] of Object.entries(d.fields)) {
      fields[k] = { ...f, text: message.slice(f.start, f.end) };
      start = Math.min(start, f.start);
      end = Math.max(end, f.end);
    }
    const span: ChatSpan = { start, end, text: message.slice(start, end) };
    out.push({ type: d.type, status: d.status, t: t === null ? null : new Date(t).toISOString(), data: d.data, fields, span, reason: d.status === 'ok' ? null : d.reason });
  }
  return out;
}

/**
 * The food eaten, from the words before the carbs in the same sentence: "had a sandwich
 * and an apple, about 45g carbs" → "a sandwich and an apple"; else a meal word
 * ("lunch 60 g" → "lunch").
 */
function describeMeal(work: string, clauses: Clause[], ci: number, numStart: number): { start: number; end: number; value: string } | null {
  let first = ci;
  while (first > 0 && clauses[first]!.weakBefore) first--;
  const from = clauses[first]!.start;
  const region = work.slice(from, numStart);
  let last: RegExpExecArray | null = null;
  const re = /\b(?:ate|eaten|eating|eat|had|having)\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(region))) last = m;
  if (last) {
    const restStart = last.index + last[0].length;
    const rest = region.slice(restStart);
    const stop = /\s*(?:,|;|\d|\b(?:about|around|approx(?:imately)?|roughly|with|that|which|for|at)\b|~|$)/i.exec(rest)!;
    const value = rest.slice(0, stop.index).trim().replace(/\s+(?:and|plus|&)$/i, '').trim();
    if (value && !NOT_FOOD.test(value) && value.length <= 200) {
      const start = from + restStart + rest.indexOf(value);
      return { start, end: start + value.length, value };
    }
  }
  const c = clauses[ci]!;
  const meal = MEAL_WORDS.exec(work.slice(c.start, c.end)) ?? MEAL_WORDS.exec(region);
  if (meal) {
    const base = MEAL_WORDS.exec(work.slice(c.start, c.end)) ? c.start : from;
    return { start: base + meal.index, end: base + meal.index + meal[0].length, value: meal[0].toLowerCase() };
  }
  return null;
}
