/**
 * Writes eval-meals.holdout-41.json: the forty-first held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (between about 01:20 and 01:35 UTC) by an engineer who has not
 * read the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts / eval-meals.test.ts or
 * any scoring results (eval-meals*.results.json), and who ran nothing that scores messages;
 * committed on its own branch BEFORE the estimator was run on any of these messages and not
 * shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writers of the parallel sets 42-44 (whose worktrees were not opened). Each food was chosen by
 * reading foods.csv and each portion by reading portions.csv (core/foods/fndds/), the way a
 * dietitian would pick them for the message; for the common foods the food codes and portions
 * that earlier held-out sets chose were looked up in their JSON so this set chooses the same.
 * No message repeats one of eval-meals.json or holdouts 1-40 (checked by comparing lower-cased,
 * punctuation-folded messages, and every pair with a word overlap of 0.6 or more read and, where
 * it was a paraphrase — same foods, same amounts, same situation — rewritten with another amount,
 * companion food or situation; about 125 drafts were rewritten that way, some twice). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts ... -40.ts.
 *
 * The people: a broad cross-section of people with diabetes or caring for someone with it
 * (adults, parents logging for a child, older people, students, shift workers) on ordinary days:
 * breakfast at home, school and work lunches, fast food, takeout and restaurants, dinner at
 * home, snacks, drinks, desserts, treating lows, and a few holidays and trips. Mostly everyday
 * foods, as such a sample is.
 *
 * Decisions this set had to make where those conventions are silent (or where earlier sets
 * were followed and the choice is worth naming):
 * - "milk" in coffee with no amount was avoided (milk's "Quantity not specified" is a full cup,
 *   not a splash); coffee with cream is liquid creamer "Quantity not specified" (holdout 8).
 * - "toast" with no count beside eggs is white toast's "Quantity not specified" (one slice, 25 g).
 * - "N pieces of toast" are N medium slices of toasted white bread (bread not said).
 * - "a spoon of pb" is peanut butter's "1 tablespoon" (holdout 23's spoon of hummus).
 * - "2 gas station breakfast burritos" are the egg burrito "1 item, any size" each.
 * - "sausage biscuit & a hash brown from mcd": the sausage biscuit sandwich "1 regular" and the
 *   fast-food hash brown "1 patty" (holdout 23).
 * - "6 inch turkey sub and a cookie from subway" is the restaurant turkey sub and chocolate chip
 *   cookie's "1 Subway cookie" (holdout 6).
 * - "whopper w cheese and value fries" uses the fast-food fries' "1 value/dollar menu order".
 * - "half a large chicken burrito w rice and beans" is 0.5 × the chicken burrito with beans and
 *   rice's "1 large"; no restaurant is named (holdout 5: a Chipotle-size burrito was reworded).
 * - "sonic corn dog and an order of tots" is the corn dog "1 regular" and the fast-food tots'
 *   "1 fast food order"; school tots are "Potato tots, school" "Quantity not specified".
 * - Chinese takeout: "beef and broccoli" is beef and vegetables (with carrots/broccoli) in
 *   soy-based sauce, "Quantity not specified"; "crab rangoon" the fried wonton (holdout 6);
 *   "egg rolls" beside pad thai the egg roll with beef and/or pork; "hot & sour soup" beside pot
 *   stickers FNDDS's hot and sour soup "Quantity not specified" (holdout 10's soup beside food).
 * - "fish and chips at the pub w a pint": fried fish NS as to type, restaurant fries (holdout 24)
 *   and 16 × beer "1 fl oz" (holdout 4's pint).
 * - "3 chicken enchiladas w rice & beans at the mexican place": the restaurant kidney beans and
 *   rice "Quantity not specified" (holdout 9's rice and beans beside a restaurant plate).
 * - "gyro w fries and a baklava": gyro sandwich, fries NFS (no place), baklava "1 piece".
 * - "kielbasa w sauerkraut and a boiled potato": Polish sausage (holdout 8) and sauerkraut
 *   "Quantity not specified", the boiled potato "1 medium" (count convention).
 * - "4 pierogies with fried onions": onions cooked with fat "Quantity not specified" (holdout 22).
 * - "brown rice 200g with stir fried veg": grams of cooked brown rice + Asian stir fry vegetables,
 *   cooked, fat added, "Quantity not specified".
 * - "6 oz sweet potato, 5 oz chicken": the baked sweet potato and the grilled breast, skin not
 *   eaten (holdout 23's weighed chicken), each 28.35 g per oz.
 * - Easter ham is "Ham" (not the deli luncheon meat), "Quantity not specified".
 * - "2 mandarins" are 2 raw tangerines (an earlier set's "mandarins"); "a pear" is the raw pear "1 fruit".
 * - "15 almonds" / "30 almonds" are N × "1 nut"; "12 baby carrots" N × "1 baby carrot" (holdout 8).
 * - "4 tbsp hummus w cucumber & a pita": hummus "1 tablespoon" × 4, cucumber QNS, the white pita's
 *   "1 medium pita" (count convention, holdout 24).
 * - "1.5 cups strawberries and a yogurt": "a yogurt" is Yogurt, NFS, "1 container, NFS" (as holdout 2).
 * - "strawberry yoplait" is the fruit yogurt's "1 6 oz container" (holdout 10's Yoplait).
 * - "2 slim jims and a mtn dew" is 2 × beef jerky "1 Slim Jim" and the 12 fl oz can of the
 *   caffeinated fruit-flavoured soft drink (holdout 13's "a mtn dew"); "a medium baja blast" the
 *   same soft drink's "1 medium drink" (holdout 8).
 * - Drinks with no size named as "a sprite" / "a coke" / "a can of coke" are the 12 fl oz can
 *   (holdout 9); "2 beers" are 12 fl oz cans (holdout 11); "a lemonade" at a fast-food counter or
 *   the fair is the fruit-juice lemonade "Quantity not specified" (holdout 12).
 * - "venti mocha frappuccino" is the frozen mocha coffee drink, large (holdout 23's mocha frap;
 *   venti = large, holdout 4); "medium iced coffee" the brewed iced coffee's "1 medium".
 * - "hot cocoa 12 oz" / "eggnog, about 10 oz" are N × the drink's "1 fl oz"; "2 hot chocolates w
 *   whipped cream" with no size are 2 × its "Quantity not specified" (one cup each).
 * - "frozen margarita, 2 of them" is 2 × the frozen margarita's "1 drink".
 * - "a cafe au lait" is cafe con leche "Quantity not specified" (holdout 15 / 24).
 * - "bowl of chocolate ice cream w chocolate syrup" is the ice cream's "1 cup" (a bowl is 1 cup)
 *   + chocolate syrup "Quantity not specified".
 * - "arroz con leche, a cup" is rice pudding "1 cup" (holdout 24).
 * - "pumpkin pie, 2 small slices" is 2 × its "1 mini/small slice"; "big slice of chocolate cake"
 *   the bakery chocolate layer cake's "1 large piece/slice, 2+ layer cake".
 * - "funnel cake, split it w my son" is 0.5 × its "1 cake (6" dia)" (the writer's share, holdout 12).
 * - No message names glucose tablets or has a 0 g total (holdouts 6 and 18).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-41.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['1 slice wheat toast w butter and black coffee', ['51300120', '1 medium or regular slice', 1], ['81100500', QNS, 1], ['92100000', QNS, 1]],
  ['2 eggs, 1 slice of toast and half a grapefruit', ['31102000', '1 egg', 2], ['51101010', '1 medium or regular slice', 1], ['61101010', '1 half', 1]],
  ['cup of cheerios w skim milk', ['57123000', '1 cup', 1], ['11113000', QNS, 1]],
  ['oatmeal w blueberries, walnuts & brown sugar', ['56202960', QNS, 1], ['63203010', QNS, 1], ['42116000', QNS, 1], ['91102010', QNS, 1]],
  ['half a plain bagel w cream cheese and oj', ['51180010', '1 regular', 0.5], ['14301010', QNS, 1], ['61210000', QNS, 1]],
  ['2 eggo waffles with syrup', ['55200020', '1 waffle', 2], ['91300010', QNS, 1]],
  ['whole wheat english muffin w pb and a coffee', ['51303030', '1 muffin', 1], ['42202000', QNS, 1], ['92100000', QNS, 1]],
  ['banana and coffee w creamer', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['strawberry yoplait', ['11430000', '1 6 oz container', 1]],
  ['4 pancakes at ihop w syrup', ['55100050', '1 medium pancake', 4], ['91300010', QNS, 1]],
  ['sausage biscuit & a hash brown from mcd', ['34002130', '1 regular', 1], ['71404010', '1 patty', 1]],
  ['1.5 cups raisin bran and a banana', ['57329000', '1 cup', 1.5], ['63107010', '1 banana', 1]],
  ['150g greek yogurt + granola', ['11400010', { grams: 150 }, 1], ['57227000', QNS, 1]],
  ['breakfast - 2 boiled eggs and an apple', ['31103010', '1 egg', 2], ['63101000', '1 medium', 1]],
  ['apple cinnamon instant oatmeal w a spoon of pb', ['56203155', '1 packet, dry, yields', 1], ['42202000', '1 tablespoon', 1]],
  ['2 glazed donuts and a large coffee', ['53521110', '1 doughnut', 2], ['92100000', '1 large', 1]],
  ['cinnamon raisin bagel, large, w butter', ['51180030', '1 large', 1], ['81100500', QNS, 1]],
  ['1 cup frosted flakes with almond milk', ['57348000', '1 cup', 1], ['11350040', QNS, 1]],
  ['hash browns and 2 scrambled eggs', ['71404000', QNS, 1], ['32129990', '1 egg', 2]],
  ['2 gas station breakfast burritos', ['34003100', '1 item, any size', 2]],
  ['2 slices banana bread', ['52405010', '1 slice', 2]],
  ['3 slices of whole wheat toast w pb & honey', ['51300120', '1 medium or regular slice', 3], ['42202000', QNS, 1], ['91302010', QNS, 1]],
  ['2 sausage links, 2 fried eggs and toast', ['25221400', '1 breakfast size link', 2], ['31105005', '1 egg', 2], ['51101010', QNS, 1]],
  ['small blueberry muffin + medium iced coffee', ['52302010', '1 small', 1], ['92102400', '1 medium', 1]],
  ['coffee w cream and 2 tsp sugar', ['92100000', QNS, 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['half cup oatmeal made w milk', ['56203066', '1 cup, cooked', 0.5]],
  ['avocado toast on sourdough, 1 slice', ['51133020', '1 medium or regular slice', 1], ['89902000', QNS, 1]],
  ['3 egg cheese omelet w 2 slices rye toast', ['32130100', '1 egg', 3], ['51401020', '1 medium or regular slice', 2]],
  ['1.5 cups honey nut cheerios and a cup of 2% milk', ['57241000', '1 cup', 1.5], ['11112110', '1 cup', 1]],
  ['kids breakfast: 1 eggo + half a banana', ['55200020', '1 waffle', 1], ['63107010', '1 banana', 0.5]],
  ['biscuits and gravy, 3 biscuits', ['58128000', '1 biscuit with gravy', 3]],
  ['8 silver dollar pancakes w syrup', ['55101000', '1 silver dollar pancake', 8], ['91300010', QNS, 1]],
  // lunch, home and work
  ['ham and cheese sandwich + a banana', ['27520220', '1 regular', 1], ['63107010', '1 banana', 1]],
  ['turkey on wheat w a bag of chips', ['27540030', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['grilled cheese on sourdough + tomato soup, 1 cup', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 1]],
  ['leftover spaghetti w meat sauce, maybe 1 and 3/4 cups', ['58146322', '1 cup', 1.75]],
  ['italian bmt footlong and a bag of chips', ['27580060', '1 regular or 6" submarine', 2], ['71200010', '1 small single serving bag', 1]],
  ['a can of chicken noodle soup for lunch', ['58403010', '1 can', 1]],
  ['pb sandwich on white and a glass of chocolate milk', ['42301015', '1 sandwich', 1], ['11511000', '1 fl oz', 8]],
  ['tuna sandwich on white and a cup of grapes', ['27550720', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['chicken salad sandwich on white w chips', ['27540120', '1 regular', 1], ['71200010', QNS, 1]],
  ['2 cups chili and 10 saltines', ['27111400', '1 cup', 2], ['54325000', '1 cracker', 10]],
  ['bowl of lentil soup and 2 slices of bread', ['41603010', '1 cup', 1], ['51101000', '1 medium or regular slice', 2]],
  ['two cup noodles, long shift', ['58407030', '1 individual container', 2]],
  ['half a chicken quesadilla and salsa', ['58104740', '1 full circle', 0.5], ['74402100', QNS, 1]],
  ['side salad w ranch and a slice of garlic bread', ['75143000', '1 side salad', 1], ['83113500', QNS, 1], ['51121015', '1 medium slice', 1]],
  ['1 cup mac n cheese and a handful of grapes', ['58145110', '1 cup', 1], ['63123000', QNS, 1]],
  ['turkey wrap and a clementine', ['27540070', '1 sandwich, any size', 1], ['61100600', '1 fruit', 1]],
  ['2 hot dogs w ketchup', ['27564000', '1 sandwich', 2], ['74401010', QNS, 1]],
  ['leftover chicken and rice, 1 cup rice', ['24123301', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['blt on white + small bag of chips', ['27520610', '1 sandwich, any size', 1], ['71200010', '1 small single serving bag', 1]],
  ['hummus, a pita and some baby carrots', ['41205070', QNS, 1], ['51109100', '1 medium pita', 1], ['73101010', QNS, 1]],
  ['shepherds pie, one individual pie', ['27311510', '1 individual pie', 1]],
  // school
  ['school lunch: 1 slice of pizza, corn and chocolate milk', ['58106234', '1 piece, NFS', 1], ['75216120', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['he had 7 nuggets and an apple at school', ['24198735', '1 nugget', 7], ['63101000', '1 medium', 1]],
  ['lunchbox: uncrustable, goldfish snack bag, apple juice box', ['42303100', '1 sandwich', 1], ['54304020', '1 small or medium single serving bag', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['my daughter ate half her pb&j and a go-gurt', ['42302010', '1 sandwich', 0.5], ['11436100', '1 tube', 1]],
  ['dining hall: 1 cup pasta w marinara + breadstick', ['58146222', '1 cup', 1], ['51183990', '1 medium stick', 1]],
  // fast food
  ['2 mcchickens, large fries and a small coke', ['27540146', '1 regular sandwich', 2], ['71401030', '1 large fast food order', 1], ['92410310', '1 small drink', 1]],
  ['big mac, medium fries, medium diet coke', ['27510389', '1 McDonald\'s Big Mac', 1], ['71401030', '1 medium fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['10 piece nuggets and a large fry', ['24198731', '1 nugget', 10], ['71401030', '1 large fast food order', 1]],
  ['whopper w cheese and value fries', ['27510231', '1 cheeseburger', 1], ['71401030', '1 value/dollar menu order', 1]],
  ['taco bell: 2 soft tacos, a bean burrito & a medium baja blast', ['58102110', '1 small/regular', 2], ['58102610', '1 small/regular', 1], ['92410550', '1 medium drink', 1]],
  ['chick fil a sandwich, medium waffle fries & a lemonade', ['27540146', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1], ['92510955', QNS, 1]],
  ['kfc 3 piece w mashed potatoes and 2 biscuits', ['24107070', '1 piece', 3], ['71501000', QNS, 1], ['52101000', '1 biscuit', 2]],
  ['a mcdouble and small sweet tea', ['27510387', '1 double cheeseburger', 1], ['92308000', '1 small drink', 1]],
  ['wendys jr cheeseburger + medium frosty', ['27510160', '1 cheeseburger', 1], ['11542100', '1 medium', 1]],
  ['quarter pounder w cheese, small fries and a diet coke', ['27510232', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['2 slices pepperoni from little caesars', ['58106540', '1 piece, NFS', 2]],
  ['half a large chicken burrito w rice and beans', ['58102540', '1 large', 0.5]],
  ['6 inch turkey sub and a cookie from subway', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 Subway cookie', 1]],
  ['sonic corn dog and an order of tots', ['27560300', '1 regular', 1], ['71505010', '1 fast food order', 1]],
  ['hash brown and egg mcmuffin', ['71404010', '1 patty', 1], ['34001330', '1 regular', 1]],
  ['arbys roast beef and a small curly fry', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1]],
  // takeout and restaurants
  ['panda orange chicken w 1 cup fried rice', ['27146350', QNS, 1], ['58150310', '1 cup', 1]],
  ['sesame chicken, 1.5 cups, and 1 cup white rice', ['27146360', '1 cup', 1.5], ['56205001', '1 cup, cooked', 1]],
  ['1.5 cups chicken lo mein + an egg roll', ['58136160', '1 cup', 1.5], ['58110130', '1 egg roll', 1]],
  ['10 pieces california roll and edamame', ['58151180', '1 piece', 10], ['41420020', QNS, 1]],
  ['1 cup shrimp pad thai and 2 egg rolls', ['58137240', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['tikka masala with rice and a naan', ['27146150', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['beef and broccoli and a cup of white rice', ['27415100', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['4 pot stickers and hot & sour soup', ['58111110', '1 item, any size', 4], ['28340750', QNS, 1]],
  ['olive garden chicken alfredo and 3 breadsticks', ['58146421', QNS, 1], ['51184210', '1 medium stick', 3]],
  ['fish and chips at the pub w a pint', ['26100140', QNS, 1], ['71401031', QNS, 1], ['93101000', '1 fl oz', 16]],
  ['3 chicken enchiladas w rice & beans at the mexican place', ['58102830', '1 enchilada, any size', 3], ['58160102', QNS, 1]],
  ['3 slices meat lovers', ['58106610', '1 piece, NFS', 3]],
  ['gyro w fries and a baklava', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1], ['53441110', '1 piece', 1]],
  ['chicken fried rice, 1 cup, and 2 crab rangoon', ['58150320', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  ['general tsos chicken, 2 cups', ['27445150', '1 cup', 2]],
  ['red beans and rice, 2 cups', ['58160150', '1 cup', 2]],
  ['ribeye 10 oz, baked potato and a side salad', ['21101170', { grams: 283.5 }, 1], ['71100100', '1 medium', 1], ['75143000', '1 side salad', 1]],
  ['dinner roll & a cup of clam chowder', ['51150000', '1 medium/regular/sandwich size roll', 1], ['28355110', '1 cup', 1]],
  // dinner at home
  ['baked chicken breast, 1 cup rice, green beans', ['24122131', '1 medium breast', 1], ['56205001', '1 cup, cooked', 1], ['75205030', QNS, 1]],
  ['spaghetti and meatballs with a slice of garlic bread', ['58146322', QNS, 1], ['51121015', '1 medium slice', 1]],
  ['3 hard shell beef tacos at home', ['58102010', '1 small/regular', 3]],
  ['pot roast w potatoes and carrots and a biscuit', ['27311600', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['meatloaf, mashed potatoes and peas', ['27214100', QNS, 1], ['71501000', QNS, 1], ['75224030', QNS, 1]],
  ['salmon, a baked sweet potato and salad', ['26137120', QNS, 1], ['73403000', '1 medium', 1], ['75143000', QNS, 1]],
  ['pork chop w applesauce and rice', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['56205001', QNS, 1]],
  ['shrimp stir fry over brown rice', ['27450410', QNS, 1], ['56205011', QNS, 1]],
  ['1.5 cups beef stew and a roll', ['27311600', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['a piece of lasagna and 2 pieces garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 2]],
  ['fried chicken thigh & mac and cheese', ['24157300', '1 medium thigh', 1], ['58145110', QNS, 1]],
  ['steak, baked potato w sour cream', ['21001000', QNS, 1], ['71100100', '1 medium', 1], ['12310100', QNS, 1]],
  ['chicken alfredo, 1 cup, w garlic bread', ['58146422', '1 cup', 1], ['51121015', QNS, 1]],
  ['jambalaya, a cup', ['27363100', '1 cup', 1]],
  ['2 bowls chicken and dumplings', ['27246100', '1 cup', 2]],
  ['3 stuffed pepper halves', ['58162110', '1/2 pepper with filling', 3]],
  ['rotisserie chicken w corn on the cob', ['24102000', QNS, 1], ['75216111', '1 regular ear', 1]],
  ['sloppy joe and chips', ['27510100', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['3/4 cup pasta salad', ['58148110', '1 cup', 0.75]],
  ['4 pierogies with fried onions', ['58121610', '1 item, any size', 4], ['75221021', QNS, 1]],
  ['chili w cheese and 8 saltines', ['27111400', QNS, 1], ['14010000', QNS, 1], ['54325000', '1 cracker', 8]],
  ['tacos - 2 flour tortilla chicken', ['58102150', '1 small/regular', 2]],
  ['burger on a bun with sweet potato fries', ['27510521', '1 hamburger', 1], ['73410200', QNS, 1]],
  ['breakfast for dinner: 2 pancakes and bacon', ['55101000', '1 medium pancake', 2], ['22600100', QNS, 1]],
  ['tuna casserole, 2 cups', ['27250610', '1 cup', 2]],
  ['kielbasa w sauerkraut and a boiled potato', ['25221310', QNS, 1], ['75230000', QNS, 1], ['71102980', '1 medium', 1]],
  ['2 cups of chicken curry over basmati, 1 cup', ['27146150', '1 cup', 2], ['56205001', '1 cup, cooked', 1]],
  ['brown rice 200g with stir fried veg', ['56205011', { grams: 200 }, 1], ['75340020', QNS, 1]],
  ['6 oz sweet potato, 5 oz chicken', ['73403000', { grams: 170.1 }, 1], ['24123301', { grams: 141.75 }, 1]],
  ['pasta 180g cooked w pesto', ['56130000', { grams: 180 }, 1], ['81302070', QNS, 1]],
  // snacks
  ['handful of pretzels and a cheese stick', ['54408015', QNS, 1], ['14107030', '1 stick', 1]],
  ['a pear and 15 almonds', ['63137010', '1 fruit', 1], ['42100100', '1 nut', 15]],
  ['25 grapes', ['63123000', '1 grape', 25]],
  ['1.5 cups strawberries and a yogurt', ['63223020', '1 cup', 1.5], ['11400000', '1 container, NFS', 1]],
  ['small bag of pretzels at 3', ['54408015', '1 small single serving bag', 1]],
  ['2 choc chip cookies w milk', ['53206000', '1 medium cookie', 2], ['11100000', QNS, 1]],
  ['nature valley bar, both of them', ['53710906', '1 package (2 bars)', 1]],
  ['kind bar + a banana before my run', ['53710810', '1 bar', 1], ['63107010', '1 banana', 1]],
  ['4 clementines', ['61100600', '1 fruit', 4]],
  ['10 ritz crackers w cheese', ['54301030', '1 cracker', 10], ['14010000', QNS, 1]],
  ['4 tbsp hummus w cucumber & a pita', ['41205070', '1 tablespoon', 4], ['75111000', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['handful of trail mix before my shift', ['42501000', QNS, 1]],
  ['2 chocolate pudding cups', ['13230130', '1 snack size container', 2]],
  ['jello cup and a cheese stick', ['91501010', '1 snack size container', 1], ['14107030', '1 stick', 1]],
  ['my son had 2 fruit snack pouches & a juice box at the game', ['91746300', '1 snack size/pouch/regular size', 2], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['lance crackers', ['54328100', '1 individual package', 1]],
  ['1 cup cottage cheese and canned peaches', ['14200100', '1 cup', 1], ['63135110', QNS, 1]],
  ['30 almonds', ['42100100', '1 nut', 30]],
  ['2 slices of watermelon', ['63149010', '1 medium wedge/slice', 2]],
  ['banana + 1 tbsp peanut butter', ['63107010', '1 banana', 1], ['42202000', '1 tablespoon', 1]],
  ['chips n queso and a coke', ['54401075', QNS, 1], ['14620200', QNS, 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['3 rice cakes w pb', ['54318500', '1 cake', 3], ['42202000', QNS, 1]],
  ['applesauce pouch + a cheese stick', ['63101110', '1 pouch', 1], ['14107030', '1 stick', 1]],
  ['a bag of hot cheetos and a sprite', ['54401081', '1 small single serving bag', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['2 slim jims and a mtn dew', ['21602100', '1 Slim Jim', 2], ['92410550', '1 can (12 fl oz)', 1]],
  ['snickers and a can of coke from the vending machine', ['91705520', '1 pouch/regular size', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['a cup of grapes and some cheddar', ['63123000', '1 cup', 1], ['14104100', QNS, 1]],
  ['2 mandarins', ['61125010', '1 fruit', 2]],
  // lows
  ['low 58, drank 6 oz oj', ['61210000', '1 fl oz (NFS)', 6]],
  ['4 oz regular coke for a low', ['92410310', '1 fl oz (NFS)', 4]],
  ['6 starbursts for a low', ['91750000', '1 piece', 6]],
  ['low at 3am, a cup of milk and 2 graham crackers', ['11100000', '1 cup', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['went low at soccer, had half a gatorade', ['95320200', '1 bottle (20 fl oz)', 0.5]],
  ['fun size skittles for a low', ['91745110', '1 fun/snack size', 1]],
  ['1 tbsp honey, was 61', ['91302010', '1 tablespoon', 1]],
  ['15 gummy bears', ['91745010', '1 piece', 15]],
  ['she was 65 so she had a capri sun', ['92552030', '1 Capri Sun pouch', 1]],
  ['low again - 2 fruit roll ups', ['91746350', '1 pouch/regular size', 2]],
  ['dropped to 54 at work, had a sprite', ['92410510', '1 can (12 fl oz)', 1]],
  ['bg 68 before bed, ate a banana', ['63107010', '1 banana', 1]],
  ['3 jolly ranchers, felt shaky', ['91745025', '1 piece', 3]],
  // drinks
  ['venti mocha frappuccino', ['92102000', '1 large', 1]],
  ['medium sweet tea and a small fry', ['92308000', '1 medium drink', 1], ['71401030', '1 small fast food order', 1]],
  ['3 glasses of white wine w dinner', ['93401020', '1 glass', 3]],
  ['3 beers watching the game', ['93101000', '1 can or bottle (12 fl oz)', 3]],
  ['12 oz chocolate milk after practice', ['11511000', '1 fl oz', 12]],
  ['can of ginger ale and 6 saltines', ['92410610', '1 can (12 fl oz)', 1], ['54325000', '1 cracker', 6]],
  ['10 oz orange juice', ['61210000', '1 fl oz (NFS)', 10]],
  ['medium smoothie from the smoothie place', ['11553100', '1 medium', 1]],
  ['2 hot chocolates w whipped cream', ['11512100', QNS, 2]],
  ['frozen margarita, 2 of them', ['93301510', '1 drink', 2]],
  ['500ml bottle of ginger ale', ['92410610', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['grande latte w 2% milk', ['92101900', '1 medium', 1]],
  ['eggnog, about 10 oz', ['11531000', '1 fl oz', 10]],
  ['12 oz powerade', ['95320500', '1 bottle (12 fl oz)', 1]],
  ['hot cocoa 12 oz', ['11512005', '1 fl oz', 12]],
  // desserts
  ['big slice of chocolate cake w a scoop of vanilla', ['53105270', '1 large piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['bowl of chocolate ice cream w chocolate syrup', ['13110110', '1 cup', 1], ['91301080', QNS, 1]],
  ['piece of apple pie', ['53301000', '1 regular slice', 1]],
  ['2 brownies after dinner', ['53204000', '1 medium', 2]],
  ['cheesecake slice', ['53104500', '1 piece/slice, any size', 1]],
  ['3 ice cream sandwiches', ['13120500', '1 sandwich', 3]],
  ['bday cake slice + scoop of ice cream', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110000', '1 scoop', 1]],
  ['2 cannoli', ['53452200', '1 pastry', 2]],
  ['arroz con leche, a cup', ['13210410', '1 cup', 1]],
  ['2 klondike bars', ['13120100', '1 bar', 2]],
  ['a few oreos', ['53209015', '1 Oreo sandwich', 3]],
  ['1.5 cups banana pudding', ['13241000', '1 cup', 1.5]],
  ['pumpkin pie, 2 small slices w cool whip', ['53347000', '1 mini/small slice', 2], ['12220200', QNS, 1]],
  ['red velvet cupcake and a coffee w cream', ['53116520', '1 cupcake, any size', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['2 small chocolate chip cookies', ['53206000', '1 small cookie', 2]],
  // holidays, trips, out and about
  ['corn dog and a lemonade at the fair', ['27560300', '1 regular', 1], ['92510955', QNS, 1]],
  ['funnel cake, split it w my son', ['55801000', '1 cake (6" dia)', 0.5]],
  ['large soft pretzel w cheese dip', ['54408400', '1 large', 1], ['14620200', QNS, 1]],
  ['2 beignets and a cafe au lait', ['53520510', '1 beignet', 2], ['92101850', QNS, 1]],
  ['ballpark: 2 hot dogs + 2 beers', ['27564000', '1 sandwich', 2], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['3 fun size snickers from the kids halloween bag', ['91705520', '1 fun/snack size', 3]],
  ['turkey, stuffing, sweet potato casserole & a roll', ['24201000', QNS, 1], ['51182010', QNS, 1], ['73409000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['easter: ham, scalloped potatoes, green beans and a roll', ['22311000', QNS, 1], ['71305015', QNS, 1], ['75205030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['4 latkes w applesauce & sour cream', ['71701000', '1 medium pancake', 4], ['63101110', QNS, 1], ['12310100', QNS, 1]],
  ['airport starbucks: tall latte and a banana', ['92101900', '1 small', 1], ['63107010', '1 banana', 1]],
  ['key lime pie slice + 2 beers on the beach', ['53305800', '1 slice, any size', 1], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['cinco de mayo: 4 chips w guac and a margarita', ['54401075', '1 chip', 4], ['63409010', QNS, 1], ['93301100', '1 drink', 1]],
  ['a cup and a half of pozole', ['28315150', '1 cup', 1.5]],
  ['2 tamales for christmas eve', ['58103100', '1 item, any size', 2]],
  ['slice of pecan pie', ['53385000', '1 regular slice', 1]],
  ['movie night - small popcorn and a small coke', ['54403005', '1 small order', 1], ['92410310', '1 small drink', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Forty-first held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-41.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts ... -40.ts, with the decisions this set needed in the header of make-eval-meals-holdout-41.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-41.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-41.json`);
}
