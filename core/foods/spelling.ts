import { createRequire } from 'node:module';

/**
 * Spelling correction of the food words of a meal said in words ("bannana", "quesadila",
 * "brekfast", "spagetti", "chiken"), kept apart from the matcher so that its one safety rule
 * is in one place: a real English word is never read as a different word. Rounds 8–11 kept
 * finding ordinary words turned into foods by one letter ("sunday breakfast" → an ice-cream
 * sundae, "was shaky" → a milk shake, "on the train" → a whole grain muffin); listing the
 * words one by one never closed the class, a dictionary does.
 *
 * The dictionary is the MIT word list `an-array-of-english-words` (~275k lower-case words),
 * plus the words it lacks that people write in a meal message: days, months, holidays, and
 * common names of people and places. It is read on first use only (about 3 MB).
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// Four-letter words are left alone: "fall", "time", "hour" are one letter from a food.
export const typoBudget = (len: number) => (len >= 8 ? 2 : len >= 5 ? 1 : 0);

/**
 * Words the list lacks (it has no proper nouns) that a meal message says as context:
 * "sunday breakfast", "xmas eve", "taco tuesday", "at chinatown", "mom's birthday".
 */
const MORE_WORDS = `
sunday monday tuesday wednesday thursday friday saturday weekday weekend
january february march april june july august september october november december
christmas xmas easter thanksgiving halloween hanukkah chanukah passover ramadan eid diwali shabbat purim
valentine valentines newyear newyears friendsgiving superbowl
mom mommy dad daddy grandma grandpa nana papa hubby wifey bestie
chinatown disney disneyland disneyworld vegas hawaii florida texas mexico canada italy japan paris london
america american europe costco walmart target amazon
`.split(/\s+/).filter(Boolean);

/**
 * Words the list holds that are other spellings of a food word ("lasagne", "brocoli",
 * "expresso", "yoghurt") or that say the food itself ("cheesy" eggs are eggs with cheese):
 * corrected like any misspelling. Found by running every dev set with
 * and without the dictionary rule and reading each real word the old matcher corrected.
 */
const FOOD_SPELLINGS = new Set('brocoli lasagne expresso biriyani peperoni chickory sherbert yoghurt chilli kebab kabob catsup houmous omelette pitta whisky cheesy buttery crawfish'.split(' '));

let dictionary: Set<string> | null = null;
function english(): Set<string> {
  if (!dictionary) {
    // createRequire: a synchronous read on first use, so the matcher stays synchronous and
    // nothing is loaded by a process that never estimates a meal.
    const list = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    dictionary = new Set([...list, ...MORE_WORDS]);
  }
  return dictionary;
}

/** The written forms of a word the matcher has stemmed ("key" was "keys", "pierogy" "pierogies"). */
function forms(w: string): string[] {
  return [w, w + 's', w + 'es', ...(w.endsWith('y') ? [w.slice(0, -1) + 'ies'] : []), ...(w.endsWith('ie') ? [w + 's'] : [])];
}

/** Its inflections too ("scramble" → scrambled, "microwave" → microwaved): the same word, another form. Not "-y": "shaky" is no shake. */
function inflections(w: string): string[] {
  const bare = w.endsWith('e') ? w.slice(0, -1) : w;
  return [...forms(w), w + 'd', w + 'ed', bare + 'ed', bare + 'ing'];
}

/** A real word as written or as its plural (the matcher sees stems: "shaky", "train", "sunday"). */
export function isEnglishWord(w: string): boolean {
  const dict = english();
  return forms(w).some((f) => dict.has(f));
}

/**
 * The word as the vocabulary knows it: itself, or the nearest vocabulary word within the
 * typo budget (the one more foods use on a tie). A real English word is only ever read as
 * itself, or as the same word in another inflection the stemmer does not undo ("pierogies" →
 * pierogy → pierogi: they share the plural "pierogies"; "scramble" → scrambled), unless it is another spelling of a food word (FOOD_SPELLINGS).
 */
export function correct(word: string, vocab: ReadonlyMap<string, number>): string | null {
  if (vocab.has(word)) return word;
  const budget = typoBudget(word.length);
  if (!budget) return null;
  const real = isEnglishWord(word) && !FOOD_SPELLINGS.has(word);
  const mine = real ? new Set(inflections(word)) : null;
  let best: string | null = null;
  let bestD = Infinity;
  let bestN = 0;
  for (const [v, n] of vocab) {
    if (Math.abs(v.length - word.length) > budget) continue;
    if (mine && !inflections(v).some((f) => mine.has(f))) continue;
    const dist = editDistance(word, v);
    if (dist <= budget && (dist < bestD || (dist === bestD && n > bestN))) {
      best = v;
      bestD = dist;
      bestN = n;
    }
  }
  if (best || real || word.length < 5) return best;
  // "chikn", "chkn", "brocli": a word written short, letters dropped from the food's word (vowels, or a
  // letter of a pair such as the "c" of "ck"), beyond the budget of one edit. Only a word no dictionary
  // has, only letters left out (none changed), the first and last kept, two at most.
  for (const [v, n] of vocab) {
    if (v.length - word.length < 1 || v.length - word.length > 2 || v[0] !== word[0] || v[v.length - 1] !== word[word.length - 1]) continue;
    const dropped = droppedLetters(word, v);
    if (dropped !== null && dropped.every(({ ch, at }) => /[aeiouy]/.test(ch) || v[at - 1] === ch || v[at + 1] === ch || (ch === 'c' && v[at + 1] === 'k')) && n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/** The letters of `long` left out to write `short` (a subsequence of it), or null when `short` is not one. */
function droppedLetters(short: string, long: string): Array<{ ch: string; at: number }> | null {
  const out: Array<{ ch: string; at: number }> = [];
  let i = 0;
  for (let j = 0; j < long.length; j++) {
    if (i < short.length && short[i] === long[j]) i++;
    else out.push({ ch: long[j]!, at: j });
  }
  return i === short.length ? out : null;
}
