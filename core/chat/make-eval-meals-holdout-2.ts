/**
 * Writes eval-meals.holdout-2.json: the second held-out set of meal messages (issue #19).
 *
 * Written by hand BEFORE the estimator was run on any of these messages and before the
 * matcher was tuned on the first held-out set's misses; committed before its first run.
 * Each message lists what a person writing it means: the FNDDS food code, the exact USDA
 * portion description (or grams where the message gives a weight) and the quantity. The
 * grams and carbs are never typed: this script takes the portion's grams and the food's
 * carbohydrate per 100 g from the table (core/foods/fndds/) and writes them beside each
 * item, so a reader can check every number against the table.
 *
 * Conventions, the same as eval-meals.json's: a count with no unit is one medium/regular
 * item (USDA's own whole-item portion where the food has no sizes: "1 banana", "1 sandwich,
 * any size"); no quantity at all is USDA's "Quantity not specified"; a glass of a drink is
 * 8 fl oz (wine: USDA's "1 glass"); a bowl is 1 cup; ounces of a solid are 28.35 g; "a
 * couple" is 2; a handful is USDA's "Quantity not specified". Brands are the nearest generic
 * FNDDS food (or FNDDS's own branded entry where it has one).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-2.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foodTable } from '../foods/table';

type Portion = string | { grams: number };
/** [food code, USDA portion description or {grams}, quantity] */
export type Item = [string, Portion, number];
export const QNS = 'Quantity not specified';

const CASES: Array<[string, ...Item[]]> = [
  ['2 scrambled eggs and a slice of toast', ['32129990', '1 egg', 2], ['51101010', '1 medium or regular slice', 1]],
  ['bowl of cereal w/ milk', ['57100100', '1 cup', 1], ['11100000', QNS, 1]],
  ['coffee with 2 sugars', ['92100000', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['a blueberry muffin and a latte', ['52302010', '1 medium', 1], ['92101900', '1 medium', 1]],
  ['2 waffles w/ syrup & butter', ['55201000', '1 medium waffle', 2], ['91300010', QNS, 1], ['81100500', QNS, 1]],
  ['greek yogurt with honey', ['11400010', QNS, 1], ['91302010', QNS, 1]],
  ['for breakfast 3 pancakes with syrup and bacon', ['55101000', '1 medium pancake', 3], ['91300010', QNS, 1], ['22600100', QNS, 1]],
  ['an everything bagel w cream cheese', ['51180010', '1 regular', 1], ['14301010', QNS, 1]],
  ['french toast, 2 slices', ['55301000', '1 slice, any size', 2]],
  ['a bowl of grits', ['56200990', '1 cup, cooked', 1]],
  ['2 breakfast burritos', ['34003100', '1 item, any size', 2]],
  ['oatmeal w/ raisins and brown sugar', ['56202960', QNS, 1], ['62125100', QNS, 1], ['91102010', QNS, 1]],
  ['a glass of apple juice and a granola bar', ['64104010', '1 fl oz (NFS)', 8], ['53712100', '1 bar', 1]],
  ['egg mcmuffin', ['34001330', '1 regular', 1]],
  ['a cinnamon roll', ['51160110', '1 medium', 1]],
  ['2 hard boiled eggs and an orange', ['31103010', '1 egg', 2], ['61119010', '1 fruit', 1]],
  ['a strawberry banana smoothie', ['11553100', '1 medium', 1]],
  ['2 slices of whole wheat toast w/ pb', ['51300120', '1 medium or regular slice', 2], ['42202000', QNS, 1]],
  ['half a grapefruit this morning', ['61101010', '1 half', 1]],
  ['turkey sandwich on wheat and chips', ['27540030', '1 regular', 1], ['71200010', QNS, 1]],
  ['a chicken caesar salad', ['27446360', '1 salad', 1]],
  ['bowl of chicken noodle soup and some crackers', ['58403040', '1 cup', 1], ['54325000', QNS, 1]],
  ['pb&j sandwich', ['42302010', '1 sandwich', 1]],
  ['a blt on white', ['27520610', '1 sandwich, any size', 1]],
  ['two tacos', ['58102000', '1 small/regular', 2]],
  ['chicken burrito bowl', ['58102780', QNS, 1]],
  ['lunch was a 6 inch turkey sub', ['27540050', '1 regular or 6" submarine', 1]],
  ['a cup of chili', ['27111400', '1 cup', 1]],
  ['a cheese quesadilla and salsa', ['58104710', '1 full circle', 1], ['74402100', QNS, 1]],
  ['grilled chicken wrap', ['27540300', '1 sandwich, any size', 1]],
  ['tuna salad sandwich on wheat', ['27550735', '1 regular', 1]],
  ['a hot pocket', ['58126100', '1 regular/large', 1]],
  ['a slice of cheese pizza and a diet coke', ['58106210', '1 piece, NFS', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['ramen noodles', ['58407030', QNS, 1]],
  ['a bowl of clam chowder', ['28355110', '1 cup', 1]],
  ['2 hot dogs', ['27564000', '1 sandwich', 2]],
  ['kraft mac n cheese', ['58145112', QNS, 1]],
  ['a cup of potato salad', ['71601010', '1 cup', 1]],
  ['chicken tenders and fries', ['24198739', QNS, 1], ['71400990', QNS, 1]],
  ['2 cups of spaghetti and meatballs', ['58146322', '1 cup', 2]],
  ['some fried rice', ['58150310', QNS, 1]],
  ['1 cup white rice and chicken curry', ['56205001', '1 cup, cooked', 1], ['27146150', QNS, 1]],
  ['steak, baked potato and corn on the cob', ['21001000', QNS, 1], ['71100100', '1 medium', 1], ['75216111', '1 regular ear', 1]],
  ['salmon w/ quinoa & broccoli', ['26137110', QNS, 1], ['56204000', QNS, 1], ['72201211', QNS, 1]],
  ['2 pork chops and mashed potatoes', ['22101000', '1 regular', 2], ['71501000', QNS, 1]],
  ['fettuccine alfredo', ['58146381', QNS, 1]],
  ['3 slices of pepperoni pizza', ['58106540', '1 piece, NFS', 3]],
  ['a california roll', ['58151180', QNS, 1]],
  ['8 pieces of sushi', ['58151100', '1 piece', 8]],
  ['pad thai with chicken', ['58137230', QNS, 1]],
  ['3 fish tacos', ['58102210', '1 small/regular', 3]],
  ['a bowl of pho', ['28310330', '1 cup', 1]],
  ['orange chicken and chow mein', ['27146350', QNS, 1], ['27360080', QNS, 1]],
  ['2 chicken enchiladas', ['58102830', '1 enchilada, any size', 2]],
  ['fish and chips', ['26100140', QNS, 1], ['71400990', QNS, 1]],
  ['meatloaf and a dinner roll', ['27214100', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['turkey, stuffing and cranberry sauce', ['24201000', QNS, 1], ['51182010', QNS, 1], ['63207110', QNS, 1]],
  ['1/2 cup of mashed potatoes w gravy', ['71501000', '1 cup', 0.5], ['28500040', QNS, 1]],
  ['2 tamales', ['58103100', '1 item, any size', 2]],
  ['chicken pot pie for dinner', ['27347100', QNS, 1]],
  ['gnocchi 1 cup', ['58122220', '1 cup', 1]],
  ['an apple w/ peanut butter', ['63101000', '1 medium', 1], ['42202000', QNS, 1]],
  ['a handful of almonds', ['42100100', QNS, 1]],
  ['a snickers', ['91705520', '1 pouch/regular size', 1]],
  ['small bag of doritos', ['54401110', '1 small single serving bag', 1]],
  ['2 oreos', ['53209015', '1 Oreo sandwich', 2]],
  ['a cheese stick and an apple', ['14107030', '1 stick', 1], ['63101000', '1 medium', 1]],
  ['a cup of trail mix', ['42501000', '1 cup', 1]],
  ['celery sticks w/ peanut butter', ['75109000', QNS, 1], ['42202000', QNS, 1]],
  ['a chocolate pudding', ['13200110', QNS, 1]],
  ['a popsicle', ['91611000', '1 single stick', 1]],
  ['1 cup cottage cheese with pineapple', ['14200100', '1 cup', 1], ['63141010', QNS, 1]],
  ['3 graham crackers', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 3]],
  ['a bowl of ice cream', ['13110000', '1 cup', 1]],
  ['a slice of pumpkin pie', ['53347000', '1 regular slice', 1]],
  ['3 oatmeal raisin cookies and milk', ['53233010', '1 medium', 3], ['11100000', QNS, 1]],
  ['a clif bar', ['53720200', '1 bar', 1]],
  ['a handful of goldfish', ['54304020', QNS, 1]],
  ['a bag of skittles', ['91745110', '1 pouch/regular size', 1]],
  ['a small box of raisins', ['62125100', '1 small box (1.5 oz)', 1]],
  ['a fruit cup', ['63311110', '1 snack size container', 1]],
  ['some grapes and cheese', ['63123000', QNS, 1], ['14010000', QNS, 1]],
  ['a banana w/ pb', ['63107010', '1 banana', 1], ['42202000', QNS, 1]],
  ['a pack of peanut butter crackers', ['54328100', '1 individual package', 1]],
  ['a can of sprite', ['92410510', '1 can (12 fl oz)', 1]],
  ['20 oz mountain dew', ['92410550', '1 bottle (20 fl oz)', 1]],
  ['large sweet tea', ['92308000', '1 large drink', 1]],
  ['a glass of red wine', ['93401010', '1 glass', 1]],
  ['2 bud lights', ['93102000', '1 can or bottle (12 fl oz)', 2]],
  ['a gatorade after the gym', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['a grande frappuccino', ['92101920', '1 medium', 1]],
  ['a glass of lemonade', ['92510955', '1 fl oz (NFS)', 8]],
  ['a vanilla milkshake', ['11542200', '1 medium', 1]],
  ['hot cocoa', ['11512005', QNS, 1]],
  ['had a bannana and a yogert', ['63107010', '1 banana', 1], ['11400000', '1 container, NFS', 1]],
  ['2 slices of peperoni pizza', ['58106540', '1 piece, NFS', 2]],
  ['brocolli and a cup of rice', ['72201211', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['spagetti with meat sauce', ['58146322', QNS, 1]],
  ['a croisant and a cappuccino', ['51166000', '1 medium croissant', 1], ['92161000', '1 medium', 1]],
  ['3 corn tortillas', ['52215100', '1 medium', 3]],
  ['a beef burito', ['58102340', '1 small/regular', 1]],
  ['cheesburger and fries', ['27510155', '1 cheeseburger', 1], ['71400990', QNS, 1]],
  ['1 cup of boiled potatos', ['71102980', '1 cup', 1]],
  ['half an avacado', ['63105010', '1 fruit', 0.5]],
  ['1/2 cup blueberrys', ['63203010', '1 cup', 0.5]],
  ['half a cup of corn', ['75216120', '1 cup', 0.5]],
  ['a third of a cup of raisins', ['62125100', '1 cup', 1 / 3]],
  ['1.5 cups of mac and cheese', ['58145110', '1 cup', 1.5]],
  ['a couple slices of toast', ['51101010', '1 medium or regular slice', 2]],
  ['3/4 cup cooked brown rice', ['56205011', '1 cup, cooked', 0.75]],
  ['4 oz of pasta', ['56130000', { grams: 113.4 }, 1]],
  ['a large chocolate chip muffin', ['52302500', '1 large', 1]],
  ['2 small red potatoes', ['71103000', '1 small', 2]],
  ['a burrito & chips and salsa', ['58102300', '1 small/regular', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['2 beef empanadas', ['58116117', '1 regular/large', 2]],
  ['chicken curry and rice and a naan', ['27146150', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['a gyro', ['27516010', '1 sandwich, any size', 1]],
  ['6 pierogies', ['58121610', '1 item, any size', 6]],
  ['falafel wrap', ['41901030', '1 sandwich, any size', 1]],
  ['bibimbap', ['58150100', QNS, 1]],
  ['2 samosas', ['58124500', '1 regular/large', 2]],
  ['a bowl of edamame', ['41420020', '1 cup', 1]],
  ['2 churros', ['53520200', '1 regular', 2]],
  ['a bagel with lox', ['51180010', '1 regular', 1], ['26137190', QNS, 1]],
  ['a bowl of miso soup', ['41601070', '1 cup', 1]],
  ['chips and guac', ['54401075', QNS, 1], ['63409010', QNS, 1]],
  ['nachos at 9', ['58104105', QNS, 1]],
];

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Each message with its items' grams and carbs taken from the table; throws on an unknown food or portion. */
export function buildEvalCases(list: Array<[string, ...Item[]]>) {
  const table = foodTable();
  const seen = new Set<string>();
  const cases = list.map(([message, ...items]) => {
    if (seen.has(message)) throw new Error(`duplicate message “${message}”`);
    seen.add(message);
    const out = items.map(([code, portion, quantity]) => {
      const food = table.byCode.get(code);
      if (!food) throw new Error(`“${message}”: no food ${code}`);
      const grams = typeof portion === 'string' ? food.portions.find((p) => p.description === portion)?.grams : portion.grams;
      if (grams === undefined) throw new Error(`“${message}”: ${code} (${food.description}) has no portion “${String(portion)}”`);
      const carbs = (grams * quantity * food.carbsPer100g) / 100;
      return { food_code: code, description: food.description, portion, quantity, grams: r1(grams * quantity), carbs_g_per_100g: food.carbsPer100g, carbs_g: r1(carbs), exact: carbs };
    });
    const total = out.reduce((s, x) => s + x.exact, 0);
    return { message, expected_carbs_g: r1(total), items: out.map(({ exact: _exact, ...rest }) => rest) };
  });
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Second held-out set of meal messages (issue #19): written by hand, with the foods and portions a person writing each message means, and committed BEFORE the estimator was run on any of them and before the matcher was tuned on the first held-out set (eval-meals.holdout.json, now development data). Generated by core/chat/make-eval-meals-holdout-2.ts: grams and carbs come from the table, never typed. Conventions are in that script\'s header.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-2.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-2.json`);
}
