/**
 * `npm run eval:chat`: runs every message of eval-meals.json through the chat's own path
 * (parseChat, then the meal proposal from the USDA table) and compares the proposed carbs
 * with the carbs of the foods the message means, computed here from the same table
 * (carbs_g_per_100g × portion grams × quantity / 100; none are typed in the set). Also
 * runs eval-meals.holdout.json and eval-meals.holdout-2.json (the first and second
 * held-out sets, development data since their misses were fixed) and
 * eval-meals.holdout-3.json (the third, never used to tune the matcher) and reports each
 * apart. Writes eval-meals.results.json beside it and
 * prints a summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foodTable } from '../foods/table';
import { parseChat } from './parse';
import { proposeMeal } from './proposal';

interface EvalItem {
  food_code: string;
  portion: string | { grams: number };
  quantity: number;
}
interface EvalCase {
  message: string;
  items?: EvalItem[];
  proposal?: false;
  why?: string;
}

/** A fixed instant: times in the messages resolve the same on every run. */
const NOW = Date.parse('2026-03-10T19:00:00Z');
const TOLERANCE = 0.2;
const r1 = (x: number) => Math.round(x * 10) / 10;

export function runEval(cases: EvalCase[]) {
  const table = foodTable();
  const expectedCarbs = (items: EvalItem[]) =>
    items.reduce((sum, it) => {
      const food = table.byCode.get(it.food_code);
      if (!food) throw new Error(`eval set: no food ${it.food_code}`);
      const grams = typeof it.portion === 'string' ? food.portions.find((p) => p.description === it.portion)?.grams : it.portion.grams;
      if (grams === undefined) throw new Error(`eval set: ${it.food_code} has no portion “${String(it.portion)}”`);
      return sum + (grams * it.quantity * food.carbsPer100g) / 100;
    }, 0);
  const results = cases.map((c, i) => {
    const parsed = parseChat(c.message, { now: NOW, utcOffsetMin: 0 });
    const p = proposeMeal(c.message, parsed, { now: NOW, utcOffsetMin: 0, id: `eval-${i}` }, table);
    const got = p ? { carbs_g: p.data.carbs_g, foods: p.data.foods.map((f) => ({ text: f.text, food_code: f.food_code, description: f.description, portion: f.portion, quantity: f.quantity, carbs_g: f.carbs_g })), unknown: p.data.unknown } : null;
    if (!c.items) return { message: c.message, expected: 'no proposal', why: c.why, got, pass: got === null };
    const expected = r1(expectedCarbs(c.items));
    const error = got ? r1(((got.carbs_g - expected) / expected) * 100) : null;
    const within = got !== null && Math.abs(got.carbs_g - expected) <= TOLERANCE * expected;
    const sameFoods = got !== null && [...c.items.map((x) => x.food_code)].sort().join() === [...got.foods.map((x) => x.food_code)].sort().join();
    return { message: c.message, expected: { carbs_g: expected, foods: c.items }, got, error_percent: error, within_20_percent: within, same_foods: sameFoods };
  });
  const meals = results.filter((r) => 'within_20_percent' in r);
  const nones = results.filter((r) => 'pass' in r);
  const within = meals.filter((r) => r.within_20_percent).length;
  const summary = {
    meal_messages: meals.length,
    within_20_percent: within,
    share_within_20_percent: Math.round((within / meals.length) * 1000) / 1000,
    target: '≥ 0.9',
    same_food_codes: meals.filter((r) => r.same_foods).length,
    no_proposal_at_all: meals.filter((r) => r.got === null).length,
    no_proposal_cases: nones.length,
    no_proposal_cases_passed: nones.filter((r) => r.pass).length,
  };
  return { summary, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = import.meta.dirname;
  const doc = JSON.parse(readFileSync(join(dir, 'eval-meals.json'), 'utf8')) as { cases: EvalCase[] };
  const { summary, results } = runEval(doc.cases);
  const holdoutDoc = JSON.parse(readFileSync(join(dir, 'eval-meals.holdout.json'), 'utf8')) as { cases: EvalCase[] };
  const holdout = runEval(holdoutDoc.cases);
  const holdout2Doc = JSON.parse(readFileSync(join(dir, 'eval-meals.holdout-2.json'), 'utf8')) as { cases: EvalCase[] };
  const holdout2 = runEval(holdout2Doc.cases);
  const holdout3Doc = JSON.parse(readFileSync(join(dir, 'eval-meals.holdout-3.json'), 'utf8')) as { cases: EvalCase[] };
  const holdout3 = runEval(holdout3Doc.cases);
  const notes = [
    'The eval set (eval-meals.json) was committed before the matcher existed. The matcher was then developed while looking at this set’s failures (generic fixes: plural stems like “cookies”, “1 Bagel Thin” not being “1 bagel”, NFS forms first, “baby” as a portion size), so the share below is measured on the development set, not on held-out messages.',
    'After a first run at 98.9 % the matcher was made stricter against false proposals on everyday non-food messages (“a long day” matched Long Island iced tea, “brisk” was read as Brick cheese): every word of an item must fit the food, no typo correction under 5 letters, and typos only in messages about eating. That costs “piza”, “aple” (4 letters) and the bare “pancaks”; they stay in the set as misses.',
    'One entry was corrected before any matcher existed: “a naan” is one whole naan (USDA “1 Naan (10" dia)”).',
  ];
  writeFileSync(join(dir, 'eval-meals.results.json'), JSON.stringify({ generated_by: 'npm run eval:chat', now: new Date(NOW).toISOString(), notes, summary, results, holdout: { about: 'eval-meals.holdout.json: written after the matcher and scored once at 25/30; its misses were then fixed by their general causes, so it is development data (in-sample) now', summary: holdout.summary, results: holdout.results }, holdout_2: { about: 'eval-meals.holdout-2.json: the second held-out set, committed before its first run and scored once at 78/127 (61.4 %); its misses were then fixed by their general causes, so it is development data (in-sample) now', summary: holdout2.summary, results: holdout2.results }, holdout_3: { about: 'eval-meals.holdout-3.json: the third held-out set, committed before its first run; the matcher was not tuned on it', summary: holdout3.summary, results: holdout3.results } }, null, 1) + '\n');
  for (const r of results) {
    if ('within_20_percent' in r && !r.within_20_percent) console.log(`miss: “${r.message}” expected ${(r.expected as { carbs_g: number }).carbs_g} g, got ${r.got ? `${r.got.carbs_g} g (${r.got.foods.map((f) => `${f.description} × ${f.quantity} ${f.portion}`).join('; ')})` : 'no proposal'}`);
    if ('pass' in r && !r.pass) console.log(`miss: “${r.message}” should make no proposal, made ${r.got?.carbs_g} g`);
  }
  for (const r of holdout.results) if ('within_20_percent' in r && !r.within_20_percent) console.log(`held-out miss: “${r.message}” expected ${(r.expected as { carbs_g: number }).carbs_g} g, got ${r.got ? `${r.got.carbs_g} g (${r.got.foods.map((f) => `${f.description} × ${f.quantity} ${f.portion}`).join('; ')})` : 'no proposal'}`);
  for (const r of holdout2.results) if ('within_20_percent' in r && !r.within_20_percent) console.log(`held-out 2 miss: “${r.message}” expected ${(r.expected as { carbs_g: number }).carbs_g} g, got ${r.got ? `${r.got.carbs_g} g (${r.got.foods.map((f) => `${f.description} × ${f.quantity} ${f.portion}`).join('; ')})` : 'no proposal'}`);
  for (const r of holdout3.results) if ('within_20_percent' in r && !r.within_20_percent) console.log(`held-out 3 miss: “${r.message}” expected ${(r.expected as { carbs_g: number }).carbs_g} g, got ${r.got ? `${r.got.carbs_g} g (${r.got.foods.map((f) => `${f.description} × ${f.quantity} ${f.portion}`).join('; ')})` : 'no proposal'}`);
  console.log(`third held-out set, meal messages within 20 %: ${holdout3.summary.within_20_percent}/${holdout3.summary.meal_messages} (${(holdout3.summary.share_within_20_percent * 100).toFixed(1)} %, target ≥ 90 %)`);
  console.log(`second held-out set (development data now), meal messages within 20 %: ${holdout2.summary.within_20_percent}/${holdout2.summary.meal_messages} (${(holdout2.summary.share_within_20_percent * 100).toFixed(1)} %, target ≥ 90 %)`);
  console.log(`first held-out set (development data now), meal messages within 20 %: ${holdout.summary.within_20_percent}/${holdout.summary.meal_messages} (${(holdout.summary.share_within_20_percent * 100).toFixed(1)} %)`);
  console.log(`meal messages within 20 %: ${summary.within_20_percent}/${summary.meal_messages} (${(summary.share_within_20_percent * 100).toFixed(1)} %, target ≥ 90 %); same food codes: ${summary.same_food_codes}; no-proposal cases right: ${summary.no_proposal_cases_passed}/${summary.no_proposal_cases}`);
}
