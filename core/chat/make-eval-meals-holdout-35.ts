/**
 * Writes eval-meals.holdout-35.json: the thirty-fifth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 00:32 UTC, first committed before 00:45 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 33, 34 and 36 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-32 (checked by script: lower-cased, punctuation-folded messages
 * compared, and every message sharing 50 % or more of its words with an earlier one read and, where
 * it meant the same foods and amounts, rewritten with other amounts, sides or contexts; about 100
 * first drafts were rewritten that way, some twice). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and carbs
 * from the table, never typed), plus the decisions in the headers of make-eval-meals-holdout-4.ts
 * to -32.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on ordinary
 * days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks,
 * desserts, lows, and the odd holiday or trip. Most messages are everyday foods on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "2 stuffed peppers w beef and rice" is 4 × the rice-and-meat stuffed pepper's "1/2 pepper with
 *   filling" (holdout 14: a whole stuffed pepper is two halves).
 * - "a hot dog (no bun)" / a hot dog cut up in mac n cheese is Hot dog, NFS, "1 regular" (count
 *   convention); "20 pretzel sticks" is 20 × hard pretzels' "1 pretzel stick" (holdout 8's per-item
 *   portion); "4 celery stalks" 4 × celery "1 stalk"; "a few strawberries" 3 × "1 fruit" (a few = 3).
 * - "a whopper and small onion rings": the onion rings' only order portion, "1 fast food order" (the
 *   size word dropped, holdouts 4 and 19).
 * - "popeyes 2 pc w mashed potatoes": the side at a named fast-food place is the fast-food food
 *   (holdouts 17 and 29), here Potato, mashed, from fast food, "Quantity not specified" (no gravy
 *   named, so the no-gravy food).
 * - "chicken enchiladas x2 w rice and beans" with no place named is holdout 6's kidney beans and
 *   white rice (the restaurant version is only for a restaurant plate, holdout 9).
 * - "sweet n sour sauce" with nuggets is FNDDS's sweet and sour sauce, "Quantity not specified".
 * - "a protein bar" / "protein bar at the gym" is Nutrition bar or meal replacement bar, NFS, "1 bar";
 *   "microwave burrito" is Burrito, NFS, "1 small/regular" (FNDDS has no frozen burrito).
 * - "egg and cheese omelet (2 eggs)" is the cheese omelet made with margarine, "1 egg" each
 *   (holdouts 8 and 13).
 * - "smoothie: 1 banana, 1 cup frozen strawberries, 1 cup milk" is its parts: the banana, frozen
 *   strawberries' "1 cup" and Milk, NFS "1 cup".
 * - "ramen noodles (1 pack)" is holdout 7's 3 oz block, 3 × "1 oz, dry, yields"; "cup noodles" its
 *   "1 individual container".
 * - "half a frozen pepperoni pizza" is 0.5 × the medium-crust frozen pepperoni pizza's "1 frozen
 *   medium pizza (11-13" diameter)" (holdouts 7 and 29).
 * - "2 slices of hawaiian pizza" is FNDDS's pizza with meat and fruit, medium crust (crust not said,
 *   holdout 7), "1 piece, NFS"; "3 slices of thin crust cheese" the restaurant thin-crust cheese
 *   pizza "1 piece, NFS".
 * - "panda plate: orange chicken, beijing beef, fried rice" is each food "Quantity not specified"
 *   (holdout 32's panda plate; holdout 26's beijing beef = beef with sweet and sour sauce).
 * - "chinese buffet: ... lo mein" is Lo mein, NFS; "kung pao chicken takeout, ate about 1.5 cups" is
 *   1.5 × its "1 cup" (an "about" amount is the amount said, holdout 18).
 * - "pho tai, 2 cups + 1 fried spring roll" is pho with meat by the cup and holdout 12's egg roll with
 *   meat; the message says fried so the rice-paper roll is not meant.
 * - "hamburger helper cheeseburger mac" is FNDDS's macaroni with cheese and meat from Hamburger
 *   Helper mix, by the cup.
 * - "2 cups chili w beans" is FNDDS's chili with meat and beans (holdout 24).
 * - "grilled a turkey burger, had it on a wheat bun w lettuce & tomato" is the turkey or chicken
 *   burger on wheat bun, "1 sandwich" (the lettuce and tomato are part of the sandwich).
 * - "chicken caesar salad w dressing from the cafeteria" is holdout 2's chicken caesar garden salad
 *   "1 salad" + Caesar dressing "Quantity not specified".
 * - "chicken thighs" with no count or method are the skin-eaten thigh NS as to cooking method,
 *   "Quantity not specified" (holdout 24); "baked chicken breast" the baked breast, skin not eaten,
 *   "Quantity not specified"; "salmon" with no method the baked or broiled salmon (holdout 29).
 * - "a big salad w chicken and ranch": the size word is dropped (holdout 24), the chicken is the
 *   grilled breast, each part "Quantity not specified".
 * - Drinks: "half a bottle of powerade after the run" is 0.5 × its 20 fl oz bottle (holdout 9's half
 *   a gatorade); "2 glasses of lemonade" is 16 × "1 fl oz (NFS)" (a glass = 8 fl oz); "half a glass
 *   of milk" 4 fl oz (holdout 4); "16 oz hot chocolate" 16 × hot cocoa NFS "1 fl oz"; "a 500 ml
 *   chocolate milk" 500 / 29.5735 × "1 fl oz" (holdout 7); "12 oz bottle of apple juice" 12 × "1 fl
 *   oz (NFS)" (apple juice has no 12 oz bottle); "a coke zero" beside food diet cola's 12 fl oz can
 *   (holdout 22); "a large coke at the ballgame" / "a large diet coke" the fountain "1 large drink"
 *   (holdout 17); "3 rum & cokes" FNDDS's rum and cola "1 drink" (holdout 9); "venti iced coffee" the
 *   brewed iced coffee's large (holdout 4); "chai latte grande" hot tea with milk, medium (holdout
 *   32); "strawberry smoothie, large" the fruit smoothie NFS "1 large" (holdout 23).
 * - Lows list only the treatment eaten (holdout 20): "2 tsp honey" is 2/3 × honey's "1 tablespoon"
 *   (holdout 24); "5 starbursts" taffy "1 piece" (holdout 12); "15 gummy bears" gummy candy "1 piece"
 *   (holdout 18); a juice box with no juice named 100 % apple juice (holdouts 6-7).
 * - "a slice of sheet cake" is holdout 28's white cake with white icing, "1 regular or small
 *   piece/slice, 1 layer cake"; "2 donuts from the break room" Doughnut, NFS (holdout 24); "large
 *   rice krispie treat" the marshmallow rice-cereal bar's "1 large bar"; "a drumstick cone" the
 *   prepackaged vanilla cone (holdout 26); "2 frosted sugar cookies" holdout 14's iced sugar cookie.
 * - Older people: "an ensure" is Ensure's "1 bottle (8 fl oz)" (holdout 10); "tea" with no amount hot
 *   black leaf tea "Quantity not specified", "a cup of tea" its "1 cup" (holdout 12).
 * - The 11 messages in the last group were added after the first commit (233 messages), under the
 *   same rules and the same repeat checks. Their decisions: "a scoop of protein powder" is the
 *   whey-based powder's "1 scoop, NFS" (holdout 19) and "12 oz almond milk" 12 × almond milk NFS "1 fl
 *   oz"; "a can of campbells tomato soup" the canned tomato soup's "1 can" (holdout 12's whole can);
 *   "a handfull of cashews" Cashews, NFS, "Quantity not specified" (holdout 2's handful); "big glass of
 *   chocolate milk (12 oz)" the stated 12 fl oz (holdout 12); "a quarter of a cantaloupe" 0.25 × its
 *   "1 medium melon" (holdout 5); "a cheese stick" the part-skim mozzarella "1 stick" (holdout 2);
 *   "a flour tortila w peanut butter and honey" the medium flour tortilla (count convention) with the
 *   spreads "Quantity not specified".
 * - Typos and abbreviations were written only where the meaning is plain ("mozz", "spag", "brocoli",
 *   "handfull", "quesadila", "tortila", "sandwhich", "c" = cup, "ct", "pc", "bg", "oj", "pb", "mcds",
 *   "w", "&", "+", "x2"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-35.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast at home
  ['2 scrambled eggs and 1 slice of wheat toast w butter', ['32129990', '1 egg', 2], ['51300120', '1 medium or regular slice', 1], ['81100500', QNS, 1]],
  ['2 cups cheerios w 2% at 6am', ['57123000', '1 cup', 2], ['11112110', QNS, 1]],
  ['1 cup oatmeal w a tsp of brown sugar and some walnuts', ['56202960', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 1], ['42116000', QNS, 1]],
  ['plain bagel w 2 tbsp cream cheese, ate the whole thing', ['51180010', '1 regular', 1], ['14301010', '1 tablespoon', 2]],
  ['1 slice toast w pb and half a banana', ['51101010', '1 medium or regular slice', 1], ['42202000', QNS, 1], ['63107010', '1 banana', 0.5]],
  ['strawberry yogurt and a granola bar before work', ['11430000', '1 container, NFS', 1], ['53712100', '1 bar', 1]],
  ['short stack at ihop (3) w butter and syrup', ['55100050', '1 medium pancake', 3], ['81100500', QNS, 1], ['91300010', QNS, 1]],
  ['sausage egg mcmuffin + 2 hash browns', ['34001310', '1 regular', 1], ['71404010', '1 patty', 2]],
  ['150g greek yogurt w blueberries and 1/4 cup granola', ['11400010', { grams: 150 }, 1], ['63203010', QNS, 1], ['57227000', '1 cup', 0.25]],
  ['banana and a coffee w cream for breakfast', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['toasted cinnamon raisin bagel, the big one, w butter', ['51180030', '1 large', 1], ['81100500', QNS, 1]],
  ['2 slices french toast and 2 strips bacon', ['55301000', '1 slice, any size', 2], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['raisin bran 1.5 c w skim', ['57329000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['one biscuit w sausage gravy, diner', ['58128000', '1 biscuit with gravy', 1]],
  ['maple brown sugar instant oatmeal, 1 packet', ['56203130', '1 packet, dry, yields', 1]],
  ['smoothie: 1 banana, 1 cup frozen strawberries, 1 cup milk', ['63107010', '1 banana', 1], ['63223610', '1 cup', 1], ['11100000', '1 cup', 1]],
  ['frosted flakes 1 cup w a cup of whole milk', ['57348000', '1 cup', 1], ['11111000', '1 cup', 1]],
  ['2 fried eggs, hash browns and a biscuit', ['31105005', '1 egg', 2], ['71404000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['an english muffin w peanut butter', ['51186010', '1 muffin', 1], ['42202000', QNS, 1]],
  ['lucky charms, about 1.5 cups, w milk', ['57305150', '1 cup', 1.5], ['11100000', QNS, 1]],
  ['2 eggos + 1 tbsp syrup', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 1]],
  ['egg and cheese omelet (2 eggs) and a slice of rye toast', ['32130100', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  ['a blueberry muffin from the coffee shop', ['52302010', '1 medium', 1]],
  ['cottage cheese (1 cup) and 2 peaches', ['14200100', '1 cup', 1], ['63135010', '1 fruit', 2]],
  // lunch, work and school
  ['lunch at my desk: turkey and cheese on wheat + a pear', ['27540040', '1 regular', 1], ['63137010', '1 fruit', 1]],
  ['ham and cheese sandwich on white w chips', ['27520220', '1 regular', 1], ['71200010', QNS, 1]],
  ['leftover chili for lunch, about 1.5 cups', ['27111400', '1 cup', 1.5]],
  ['a can of chicken noodle soup and 5 saltines', ['58403010', '1 can', 1], ['54325000', '1 cracker', 5]],
  ['pb&j on wheat and a glass of milk', ['42302020', '1 sandwich', 1], ['11100000', '1 fl oz', 8]],
  ['6 inch italian bmt + a bag of doritos', ['27580060', '1 regular or 6" submarine', 1], ['54401110', '1 small single serving bag', 1]],
  ['school lunch: chicken nuggets, tots and a chocolate milk', ['24198735', QNS, 1], ['71505020', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['tuna sandwich on white and a pickle spear', ['27550720', '1 regular', 1], ['75503010', '1 spear', 1]],
  ['grilled cheese for my son, he ate half', ['14640100', '1 sandwich', 0.5]],
  ['a slice of pepperoni and a garlic knot', ['58106540', '1 piece, NFS', 1], ['51156500', '1 medium/regular/sandwich size roll', 1]],
  ['work lunch was leftover lasagna, 1.5 cups', ['58130011', '1 cup', 1.5]],
  ['2 hot dogs and a large coke at the ballgame', ['27564000', '1 sandwich', 2], ['92410310', '1 large drink', 1]],
  ['half a turkey wrap and an orange', ['27540070', '1 sandwich, any size', 0.5], ['61119010', '1 fruit', 1]],
  ['packed lunch: ham sandwich on wheat, baby carrots, a clementine', ['27520230', '1 regular', 1], ['73101010', QNS, 1], ['61100600', '1 fruit', 1]],
  ['chicken caesar salad w dressing from the cafeteria', ['27446360', '1 salad', 1], ['83102000', QNS, 1]],
  ['2 slices of cheese pizza in the dining hall', ['58106210', '1 piece, NFS', 2]],
  ['2 easy mac cups between classes', ['58145117', '1 microwavable tub, regular size, prepared', 2]],
  ['a chicken quesadilla from the late night place', ['58104740', '1 full circle', 1]],
  ['bagel w peanut butter, ate it on the bus', ['51180010', '1 regular', 1], ['42202000', QNS, 1]],
  ['kid lunch: uncrustable, apple slices and a capri sun', ['42303100', '1 sandwich', 1], ['63101000', QNS, 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['cup of lentil soup and half a turkey sandwich', ['41603010', '1 cup', 1], ['27540010', '1 regular', 0.5]],
  ['egg salad on white w a handful of chips', ['32203010', '1 regular', 1], ['71200010', QNS, 1]],
  ['a big salad w chicken and ranch, plus a roll', ['75143000', QNS, 1], ['24123301', QNS, 1], ['83113500', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  // dinner at home
  ['spag w meat sauce 1.5 c and 2 slices garlic bread', ['58146322', '1 cup', 1.5], ['51121015', '1 medium slice', 2]],
  ['baked chicken breast, 1/2 cup rice, green beans', ['24122131', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['75205030', QNS, 1]],
  ['pork chop w 1/2 cup mashed potatoes and corn', ['22101000', '1 regular', 1], ['71501000', '1 cup', 0.5], ['75216120', QNS, 1]],
  ['4 hard shell beef tacos on taco tuesday', ['58102010', '1 small/regular', 4]],
  ['salmon, 3/4 cup brown rice & asparagus', ['26137120', QNS, 1], ['56205011', '1 cup, cooked', 0.75], ['75202020', QNS, 1]],
  ['1 slice meatloaf, 1/2 cup mashed potatoes, green beans', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 0.5], ['75205030', QNS, 1]],
  ['crockpot pot roast w potatoes and carrots, 1 cup', ['27311600', '1 cup', 1]],
  ['chicken stir fry over 1 cup jasmine rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['my son had 4 fish sticks and ketchup', ['26100270', '1 stick', 4], ['74401010', QNS, 1]],
  ['shrimp scampi and 1.5 cups angel hair', ['26319110', QNS, 1], ['56130000', '1 cup, cooked', 1.5]],
  ['made chicken alfredo at home, had about a cup and a half', ['58146422', '1 cup', 1.5]],
  ['grilled steak, a baked potato w sour cream and a side salad', ['21001000', QNS, 1], ['71100100', '1 medium', 1], ['12310100', QNS, 1], ['75143000', '1 side salad', 1]],
  ['grilled a turkey burger, had it on a wheat bun w lettuce & tomato', ['27545110', '1 sandwich', 1]],
  ['2 stuffed peppers w beef and rice', ['58162110', '1/2 pepper with filling', 4]],
  ['chicken n dumplings, 1.5 cups, and a dinner roll', ['27246100', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['7 pierogies w sour cream', ['58121610', '1 item, any size', 7], ['12310100', QNS, 1]],
  ['beef stew, a bowl, and a piece of crusty bread', ['27311410', '1 cup', 1], ['51107010', '1 medium or regular slice', 1]],
  ['hot dog cut up in 3/4 cup mac n cheese for my toddler', ['25210110', '1 regular', 1], ['58145110', '1 cup', 0.75]],
  ['tilapia, 1 cup couscous and broccoli', ['26158000', QNS, 1], ['56207160', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  ['chicken thighs and 1/2 cup roasted potatoes', ['24150210', QNS, 1], ['71104030', '1 cup', 0.5]],
  ['shepherds pie leftovers 2 cups + a glass of milk', ['27311510', '1 cup', 2], ['11100000', '1 fl oz', 8]],
  ['sloppy joe and a cup of coleslaw', ['27510100', '1 sandwich, any size', 1], ['75141000', '1 cup', 1]],
  ['baked potato w butter and cheese for dinner', ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['14010000', QNS, 1]],
  ['3 scrambled eggs in 2 corn tortillas', ['32129990', '1 egg', 3], ['52215100', '1 medium', 2]],
  ['bowl of leftover fried rice', ['58150310', '1 cup', 1]],
  ['chicken enchiladas x2 w rice and beans', ['58102830', '1 enchilada, any size', 2], ['58160150', QNS, 1]],
  ['2 cups chili w beans and a piece of cornbread', ['27111406', '1 cup', 2], ['52201000', '1 piece', 1]],
  // takeout, restaurants, fast food
  ['panda plate: orange chicken, beijing beef, fried rice', ['27146350', QNS, 1], ['27116300', QNS, 1], ['58150310', QNS, 1]],
  ['pad thai w shrimp from the thai place', ['58137240', QNS, 1]],
  ['chicken tikka masala, 1.5 cups rice & a whole naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['51108100', '1 Naan (10" dia)', 1]],
  ['8 pc california roll + miso soup', ['58151180', '1 piece', 8], ['41601070', QNS, 1]],
  ['olive garden chicken parm and 2 breadsticks', ['27146300', QNS, 1], ['51184210', '1 medium stick', 2]],
  ['kung pao chicken takeout, ate about 1.5 cups, no rice', ['27445220', '1 cup', 1.5]],
  ['pulled pork sandwich, coleslaw & baked beans at the bbq place', ['27500400', '1 regular sandwich', 1], ['75141000', QNS, 1], ['41201010', QNS, 1]],
  ['chick fil a 5 ct nuggets & a small waffle fry', ['24198731', '1 nugget', 5], ['71401030', '1 small fast food order', 1]],
  ['mcdonalds 2 cheeseburgers and a medium fry', ['27510172', '1 cheeseburger', 2], ['71401030', '1 medium fast food order', 1]],
  ['subway 6 inch turkey on wheat and a cookie', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 Subway cookie', 1]],
  ['popeyes 2 pc w mashed potatoes and a biscuit', ['24107070', '1 piece', 2], ['71501005', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['2 slices of hawaiian pizza', ['58106755', '1 piece, NFS', 2]],
  ['12 hot wings w ranch', ['24168000', '1 drummette', 12], ['83113500', QNS, 1]],
  ['chicken burrito from chipotle & a coke zero', ['58102540', '1 small/regular', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['beef and broccoli w brown rice', ['27415110', QNS, 1], ['56205011', QNS, 1]],
  ['1 cup chicken lo mein & an egg roll', ['58136160', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['a whopper and small onion rings', ['27510615', '1 hamburger', 1], ['75415022', '1 fast food order', 1]],
  ['jr cheeseburger + small fries at wendys', ['27510160', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['taco bell: 2 bean burritos', ['58102610', '1 small/regular', 2]],
  ['quarter pounder w cheese & a large fry', ['27510232', '1 cheeseburger', 1], ['71401030', '1 large fast food order', 1]],
  ['10 pc mcnuggets w sweet n sour sauce', ['24198731', '1 nugget', 10], ['91361010', QNS, 1]],
  ['fish and chips at the pub', ['26100140', QNS, 1], ['71400990', QNS, 1]],
  ['pho tai, 2 cups + 1 fried spring roll', ['28310330', '1 cup', 2], ['58110130', '1 egg roll', 1]],
  ['2 carne asada tacos and chips & salsa', ['58102220', '1 small/regular', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['chinese buffet: sweet and sour chicken, lo mein, an egg roll', ['27146100', QNS, 1], ['58136110', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['6 pieces spicy salmon roll', ['58151200', '1 piece', 6]],
  ['shawarma wrap (chicken) and a side of fries', ['27540300', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['cheesesteak, regular, and a can of sprite', ['27514030', '1 regular', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['chick fil a grilled sandwich & a large diet coke', ['27540152', '1 regular sandwich', 1], ['92410320', '1 large drink', 1]],
  ['beef pho, a bowl, with 2 fried spring rolls', ['28310330', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['a meatball sub, 6 inch', ['27510700', '1 regular or 6" submarine', 1]],
  ['chicken fried rice, 1.5 cups', ['58150320', '1 cup', 1.5]],
  ['3 slices of thin crust cheese at pizza night', ['58106220', '1 piece, NFS', 3]],
  ['arbys roast beef and curly fries (small)', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1]],
  ['diner: club sandwich w fries', ['27540123', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['steak burrito w rice and beans from the taco truck', ['58102340', '1 small/regular', 1]],
  // snacks
  ['a string cheese and 2 clementines', ['14107030', '1 stick', 1], ['61100600', '1 fruit', 2]],
  ['15 almonds and a clementine', ['42100100', '1 nut', 15], ['61100600', '1 fruit', 1]],
  ['1/2 cup cottage cheese w canned peaches', ['14200100', '1 cup', 0.5], ['63135110', QNS, 1]],
  ['2 tbsp hummus w baby carrots', ['41205070', '1 tablespoon', 2], ['73101010', QNS, 1]],
  ['large rice krispie treat from the bake sale', ['53226500', '1 large bar', 1]],
  ['cheese and 6 ritz crackers', ['14010000', QNS, 1], ['54301030', '1 cracker', 6]],
  ['popcorn, about 5 cups, movie night at home', ['54403001', '1 cup, popped', 5]],
  ['nature valley 2 pack and a banana', ['53710906', '1 package (2 bars)', 1], ['63107010', '1 banana', 1]],
  ['3/4 cup trail mix on the hike', ['42501000', '1 cup', 0.75]],
  ['grapes, about 2 cups, while watching tv', ['63123000', '1 cup', 2]],
  ['4 celery stalks with a tbsp of pb', ['75109000', '1 stalk', 4], ['42202000', '1 tablespoon', 1]],
  ['goldfish snack bag + apple juice box for my daughter', ['54304020', '1 small or medium single serving bag', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['3 mozz sticks at the bar w marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 3], ['74404010', QNS, 1]],
  ['vending machine cheetos + a diet coke', ['54401081', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['protein bar at the gym', ['53729000', '1 bar', 1]],
  ['1 pear + some walnuts at my desk', ['63137010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['a sleeve of ritz', ['54301030', '1 sleeve', 1]],
  ['2 slim jims and a gatorade', ['21602100', '1 Slim Jim', 2], ['95320200', '1 bottle (20 fl oz)', 1]],
  ['chips and salsa before dinner', ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['an orange and 1 oz cheddar', ['61119010', '1 fruit', 1], ['14104100', { grams: OZ }, 1]],
  ['2 cups watermelon at the pool', ['63149010', '1 cup', 2]],
  ['fruit salad, maybe 1.5 cups', ['63311000', '1 cup', 1.5]],
  ['20 pretzel sticks', ['54408015', '1 pretzel stick', 20]],
  // desserts
  ['chocolate cake, one slice, at my nephews party', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['2 scoops vanilla w chocolate syrup', ['13110100', '1 scoop', 2], ['91301080', QNS, 1]],
  ['a brownie after dinner', ['53204000', '1 medium', 1]],
  ['slice of plain cheesecake for dessert', ['53104500', '1 piece/slice, any size', 1]],
  ['3 oreos w a glass of milk', ['53209015', '1 Oreo sandwich', 3], ['11100000', '1 fl oz', 8]],
  ['pumpkin pie slice w whipped cream', ['53347000', '1 regular slice', 1], ['12140000', QNS, 1]],
  ['oreo blizzard, small, at dq w the kids', ['13130700', '1 small', 1]],
  ['an ice cream sandwich after mowing the lawn', ['13120500', '1 sandwich', 1]],
  ['a slice of sheet cake at the office bday thing', ['53120270', '1 regular or small piece/slice, 1 layer cake', 1]],
  ['banana pudding, 1/2 cup, at church potluck', ['13241000', '1 cup', 0.5]],
  ['apple pie, small slice', ['53301000', '1 mini/small slice', 1]],
  ['2 homemade choc chip cookies', ['53206000', '1 medium cookie', 2]],
  ['1 cup peach cobbler w 2 scoops vanilla', ['53410800', '1 cup', 1], ['13110100', '1 scoop', 2]],
  ['2 donuts from the break room', ['53520000', '1 doughnut', 2]],
  ['2 drumstick cones', ['13120790', '1 cone', 2]],
  // drinks
  ['20oz sprite w my sub', ['92410510', '1 bottle (20 fl oz)', 1]],
  ['small glass of oj (6 oz)', ['61210000', '1 fl oz (NFS)', 6]],
  ['mcds large sweet tea + 4 piece nuggets', ['92308000', '1 large drink', 1], ['24198731', '1 nugget', 4]],
  ['grande caramel macchiato and a banana', ['92101904', '1 medium', 1], ['63107010', '1 banana', 1]],
  ['venti iced coffee w cream & a croissant', ['92102400', '1 large', 1], ['12210200', QNS, 1], ['51166000', '1 medium croissant', 1]],
  ['2 miller lites', ['93102000', '1 can or bottle (12 fl oz)', 2]],
  ['2 margaritas and chips at the mexican place', ['93301100', '1 drink', 2], ['54401075', QNS, 1]],
  ['16 oz chocolate milk after practice', ['11511000', '1 fl oz', 16]],
  ['a monster on the way to work', ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['16 oz hot chocolate at the rink', ['11512005', '1 fl oz', 16]],
  ['chai latte grande on the way to class', ['92306800', '1 medium', 1]],
  ['dr pepper can w lunch + a bag of fritos', ['92410360', '1 can (12 fl oz)', 1], ['54401031', '1 small single serving bag', 1]],
  ['coffee w 2 sugars and a splash of milk', ['92100000', QNS, 1], ['91101010', '1 teaspoon', 2], ['11100000', '1 fl oz', 1]],
  ['medium coke from the drive thru', ['92410310', '1 medium drink', 1]],
  ['half a bottle of powerade after the run', ['95320500', '1 bottle (20 fl oz)', 0.5]],
  ['2 glasses of lemonade at the bbq', ['92510955', '1 fl oz (NFS)', 16]],
  ['strawberry smoothie, large', ['11553100', '1 large', 1]],
  ['3 rum & cokes at the wedding', ['93301190', '1 drink', 3]],
  // lows
  ['bg 58, drank 6oz of apple juice', ['64104010', '1 fl oz (NFS)', 6]],
  ['was 65 so 15 gummy bears', ['91745010', '1 piece', 15]],
  ['went low on my walk, small box of raisins', ['62125100', '1 small box (1.5 oz)', 1]],
  ['low 61, 2 tsp honey and a glass of oj', ['91302010', '1 tablespoon', 2 / 3], ['61210000', '1 fl oz (NFS)', 8]],
  ['nurse gave him a juice box and 4 saltines, he was 62', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['2am low (55), a whole can of regular coke', ['92410310', '1 can (12 fl oz)', 1]],
  ['dropping fast, 6 oz orange juice + a granola bar', ['61210000', '1 fl oz (NFS)', 6], ['53712100', '1 bar', 1]],
  ['low during soccer - a capri sun and a granola bar', ['92552030', '1 Capri Sun pouch', 1], ['53712100', '1 bar', 1]],
  ['bg 66 - ate 5 starbursts', ['91750000', '1 piece', 5]],
  // older people and carers
  ['dad: 1 cup cream of wheat w a tsp of sugar', ['56206990', '1 cup, cooked', 1], ['91101010', '1 teaspoon', 1]],
  ['mom had half a turkey sandwich and a cup of vegetable soup', ['27540010', '1 regular', 0.5], ['75649110', '1 cup', 1]],
  ['grandma: 3 graham crackers & half a glass of milk before bed', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 3], ['11100000', '1 fl oz', 4]],
  ['applesauce cup and 4 vanilla wafers', ['63101110', '1 snack size container', 1], ['53247000', '1 medium', 4]],
  ['6 prunes and a cup of tea', ['62122100', '1 prune', 6], ['92302000', '1 cup', 1]],
  ['dad had an ensure and a slice of toast', ['95103000', '1 bottle (8 fl oz)', 1], ['51101010', '1 medium or regular slice', 1]],
  ['mom: poached egg, 1/2 english muffin, tea', ['31103010', '1 egg', 1], ['51186010', '1 muffin', 0.5], ['92302000', QNS, 1]],
  ['rice pudding, 1/2 cup, at the care home', ['13210410', '1 cup', 0.5]],
  // shift work
  ['night shift: 2 boiled eggs and a banana at 3am', ['31103010', '1 egg', 2], ['63107010', '1 banana', 1]],
  ['honey bun and a coffee from the vending machine', ['51161050', '1 medium', 1], ['92100000', QNS, 1]],
  ['microwave burrito on break', ['58102300', '1 small/regular', 1]],
  ['red bull and a pop tart', ['95310600', '1 can (8.4 fl oz)', 1], ['53452100', '1 pastry', 1]],
  ['2am on shift: cup noodles and a coke', ['58407030', '1 individual container', 1], ['92410310', '1 can (12 fl oz)', 1]],
  // holidays, trips
  ['thanksgiving plate: turkey, 1 cup stuffing, 1/2 cup mashed potatoes, cranberry sauce', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 0.5], ['63207110', QNS, 1]],
  ['4th of july: burger on a bun, corn on the cob, a slice of watermelon', ['27510521', '1 hamburger', 1], ['75216111', '1 regular ear', 1], ['63149010', '1 medium wedge/slice', 1]],
  ['2 frosted sugar cookies (christmas)', ['53244020', '1 medium', 2]],
  ['halloween - 4 fun size snickers', ['91705520', '1 fun/snack size', 4]],
  ['airport soft pretzel and a lemonade', ['54408400', '1 medium/regular', 1], ['92510955', QNS, 1]],
  ['6 latkes w sour cream', ['71701000', '1 medium pancake', 6], ['12310100', QNS, 1]],
  ['easter: 2 slices ham, 1 cup scalloped potatoes, a deviled egg', ['22311000', '1 regular/thin slice', 2], ['71305015', '1 cup', 1], ['32102000', '1 egg', 1]],
  ['corn dog and fries at the fair', ['27560300', '1 regular', 1], ['71400990', QNS, 1]],
  ['funnel cake at the county fair, the whole thing', ['55801000', '1 cake (6" dia)', 1]],
  ['birthday party: 1 slice pizza, slice of cake, a capri sun', ['58106210', '1 piece, NFS', 1], ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['92552030', '1 Capri Sun pouch', 1]],
  // weights and volumes
  ['150 g cooked pasta w marinara', ['56130000', { grams: 150 }, 1], ['74404010', QNS, 1]],
  ['200g cooked white rice and chicken', ['56205001', { grams: 200 }, 1], ['24100000', QNS, 1]],
  ['6 oz grilled chicken + 1 cup quinoa', ['24123301', { grams: 6 * OZ }, 1], ['56204000', '1 cup, cooked', 1]],
  ['weighed my grapes, 125 g', ['63123000', { grams: 125 }, 1]],
  ['8 oz milk and 2 oatmeal cookies', ['11100000', '1 fl oz', 8], ['53233000', '1 medium', 2]],
  ['8 triscuits w 2 oz cheddar', ['54337020', '1 cracker', 8], ['14104100', { grams: 2 * OZ }, 1]],
  ['30g granola on 170g plain greek yogurt', ['57227000', { grams: 30 }, 1], ['11411390', { grams: 170 }, 1]],
  ['oj 250ml', ['61210000', '1 fl oz (NFS)', 250 / 29.5735]],
  ['120 g baked sweet potato', ['73403000', { grams: 120 }, 1]],
  ['a 500 ml chocolate milk', ['11511000', '1 fl oz', 500 / 29.5735]],
  ['tortilla chips 2 oz + guac', ['54401075', { grams: 2 * OZ }, 1], ['63409010', QNS, 1]],
  ['12 oz bottle of apple juice', ['64104010', '1 fl oz (NFS)', 12]],
  // more everyday
  ['bowl of mac n cheese', ['58145110', '1 cup', 1]],
  ['ramen noodles (1 pack) w an egg', ['58407030', '1 oz, dry, yields', 3], ['31103010', '1 egg', 1]],
  ['tuna salad w crackers', ['27450060', QNS, 1], ['54001000', QNS, 1]],
  ['half a large sweet potato w butter', ['73403000', '1 large', 0.5], ['81100500', QNS, 1]],
  ['chicken caesar wrap and a bag of sun chips', ['27540300', '1 sandwich, any size', 1], ['54420210', '1 small single serving bag', 1]],
  ['a peach and some cottage cheese', ['63135010', '1 fruit', 1], ['14200100', QNS, 1]],
  ['2 pieces of fried chicken & a biscuit', ['24107070', '1 piece', 2], ['52101000', '1 biscuit', 1]],
  ['3 ears of corn at the cookout', ['75216111', '1 regular ear', 3]],
  ['1/2 cup of black beans', ['41101990', '1 cup', 0.5]],
  ['one large honeycrisp', ['63101000', '1 large', 1]],
  ['2 kiwis & a few strawberries', ['63126500', '1 fruit', 2], ['63223020', '1 fruit', 3]],
  ['1.5 cups strawberries w whipped cream', ['63223020', '1 cup', 1.5], ['12140000', QNS, 1]],
  ['half a frozen pepperoni pizza for dinner', ['58106514', '1 frozen medium pizza (11-13" diameter)', 0.5]],
  ['hamburger helper cheeseburger mac, 1.5 cups', ['58145136', '1 cup', 1.5]],
  ['a belgian waffle w pb and half a banana sliced on top', ['55201000', '1 thick / Belgian waffle', 1], ['42202000', QNS, 1], ['63107010', '1 banana', 0.5]],
  ['2 cups of cereal w almond milk', ['57100100', '1 cup', 2], ['11350040', QNS, 1]],
  ['a plate of nachos w beef', ['58104130', QNS, 1]],
  ['2 cups minestrone & a dinner roll', ['75651000', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['a bowl of white rice w 2 fried eggs', ['56205001', '1 cup, cooked', 1], ['31105005', '1 egg', 2]],
  ['4 slices of pepperoni pizza w ranch', ['58106540', '1 piece, NFS', 4], ['83113500', QNS, 1]],
  ['short stack of 3 pancakes + 2 turkey sausage links', ['55101000', '1 medium pancake', 3], ['25221830', '1 breakfast size link', 2]],
  ['cereal bar and a banana on the way', ['53712100', '1 bar', 1], ['63107010', '1 banana', 1]],
  ['1/2 cup potato salad, 1 hot dog, baked beans', ['71601010', '1 cup', 0.5], ['27564000', '1 sandwich', 1], ['41201010', QNS, 1]],
  // added after the first commit, under the same rules and the same repeat checks
  ['a bowl of brocoli cheddar soup and a roll', ['72302100', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['a handfull of cashews and an apple at 4', ['42104000', QNS, 1], ['63101000', '1 medium', 1]],
  ['a scoop of protein powder in 12 oz almond milk', ['95230000', '1 scoop, NFS', 1], ['11350040', '1 fl oz', 12]],
  ['a can of campbells tomato soup w 6 saltines', ['74602010', '1 can', 1], ['54325000', '1 cracker', 6]],
  ['20 oz bottle of coke from the gas station', ['92410310', '1 bottle (20 fl oz)', 1]],
  ['cheese quesadila w sour cream', ['58104710', '1 full circle', 1], ['12310100', QNS, 1]],
  ['a flour tortila w peanut butter and honey', ['52215200', '1 medium', 1], ['42202000', QNS, 1], ['91302010', QNS, 1]],
  ['turkey sandwhich on white + a handful of pretzels', ['27540010', '1 regular', 1], ['54408000', QNS, 1]],
  ['big glass of chocolate milk (12 oz) after school', ['11511000', '1 fl oz', 12]],
  ['a quarter of a cantaloupe and 2 boiled eggs', ['63109010', '1 medium melon', 0.25], ['31103010', '1 egg', 2]],
  ['2 tangerines and a cheese stick', ['61125010', '1 fruit', 2], ['14107030', '1 stick', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-fifth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-35.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -32.ts, with the decisions this set needed in the header of make-eval-meals-holdout-35.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-35.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-35.json`);
}
