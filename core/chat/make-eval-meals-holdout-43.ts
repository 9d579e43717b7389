/**
 * Writes eval-meals.holdout-43.json: the forty-third held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 01:19 UTC, first committed before 01:50 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the git history, and who ran nothing that
 * scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not seen by the estimator's authors, who were changing the estimator at the time,
 * nor by the writers of the parallel sets 41, 42 and 44 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food and portion for the same dish, the same pair was used (found by listing the food/portion
 * pairs in the earlier sets' JSON, not their scores), so the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-40 (checked by script: lower-cased, punctuation-folded messages
 * compared, and every message with a word overlap (Jaccard) of 0.5 or more with an earlier one read
 * and, where it meant the same foods and amounts, rewritten with another amount, side or context;
 * about 110 first drafts of everyday messages needed that). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -40.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days: home cooking, school and work
 * lunches, restaurants, fast food, takeout, snacks, drinks, desserts, treating a low, and the odd
 * holiday or trip. Most messages are everyday foods on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or followed where two
 * earlier sets differ):
 * - "beef and broccoli" is FNDDS's own "Beef and broccoli" (the food most later sets chose), not
 *   holdout 21's beef and vegetables in soy-based sauce.
 * - "turkey chili" is Chili, NFS (FNDDS has no turkey chili); "veg soup" is Soup, vegetable, by the
 *   cup.
 * - "eggs" with no count in tortillas is Egg, whole, cooked, NS as to cooking method, "Quantity not
 *   specified" (holdout 4's method not said).
 * - "2 slices of wheat bread w turkey and mustard" is its parts: whole wheat bread "1 medium or
 *   regular slice" x 2 + Turkey, NFS "Quantity not specified"; mustard left out (holdout 13).
 * - "2 pop tarts (the whole pack)" is 2 x the fruit-filled pastry (holdout 7); "half a large honey
 *   bun" 0.5 x the frosted sweet roll's "1 large" (holdout 13).
 * - "subway 6 inch turkey and a choc chip cookie" is the restaurant turkey sub + the chocolate chip
 *   cookie's "1 Subway cookie" (holdout 6).
 * - "chocolate milk, the 20 oz bottle" is 20 x "1 fl oz" (holdout 16's stated size); "8 oz regular
 *   coke for a low" 8 x cola "1 fl oz (NFS)"; "strawberry banana smoothie 16 oz" 16 x fruit smoothie
 *   NFS "1 fl oz".
 * - A "diet coke" with no size beside a fast-food meal is diet cola's 12 fl oz can (holdout 9's can
 *   rule); fountain drinks named with a size are USDA's size portion (holdout 17).
 * - "turkey w gravy" on a Thanksgiving plate is poultry gravy (holdout 13); "easter ham 2 slices" is
 *   Ham "1 regular/thin slice" x 2 (holdout 16) and "potato salad" holdout 2's food.
 * - "kfc ... mashed potatoes w gravy" is the fast-food mashed potatoes with gravy, "Quantity not
 *   specified"; "arbys ... small curly fries" the fast-food fries' small order (holdout 6).
 * - "pho ga" is pho with meat (holdout 15); "a bowl and a half" 1.5 x "1 cup" (holdout 11).
 * - "1/2 cup black beans" is Black beans, NFS, by the cup; "2 latkes w sour cream" 2 x the potato
 *   pancake's medium (count convention).
 * - "a samosa" is the samosa's "1 regular/large" (holdout 2); "10 potstickers w soy sauce" are the
 *   fried pot sticker (holdout 7's gyoza), soy sauce left out (holdout 13); "2 rotis w lentil curry"
 *   the medium roti (holdout 6) + holdout 6's lentil curry for dal-type curries; "a cafecito" 2 x
 *   Cuban coffee "1 fl oz" (holdout 6); "falafel plate" falafel "1 patty" each + hummus QNS + a
 *   medium pita.
 * - "funnel cake ... split 4 ways" is 1/4 of the funnel cake's "1 cake (6 in dia)" portion
 *   (holdout 14's equal share).
 * - "salad w grilled chicken and honey mustard" is holdout 16's chicken garden salad + honey mustard
 *   dressing (holdout 14), each "Quantity not specified".
 * - No message names glucose tablets or a rice cake (FNDDS lacks the one and under-weighs the other,
 *   holdouts 15 and 18).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-43.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 fried eggs, a slice of wheat toast and half a grapefruit', ['31105005', '1 egg', 2], ['51300120', '1 medium or regular slice', 1], ['61101010', '1 half', 1]],
  ['2 cups cheerios w 1% milk', ['57123000', '1 cup', 2], ['11112210', QNS, 1]],
  ['1/2 cup oatmeal made with milk + 2 tsp brown sugar', ['56203066', '1 cup, cooked', 0.5], ['91102010', '1 teaspoon, NFS', 2]],
  ['toasted bagel w cream cheese and coffee', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['92101000', QNS, 1]],
  ['3 eggo waffles w syrup', ['55200020', '1 waffle', 3], ['91300010', QNS, 1]],
  ['greek yogurt cup (5.3 oz) w 1/2 cup granola', ['11400010', '1 5.3 oz container', 1], ['57227000', '1 cup', 0.5]],
  ['2 bananas and black coffee, early shift', ['63107010', '1 banana', 2], ['92101000', QNS, 1]],
  ['sausage mcmuffin with egg and a hash brown', ['34001310', '1 regular', 1], ['71404010', '1 patty', 1]],
  ['3 pancakes at ihop w syrup', ['55100050', '1 medium pancake', 3], ['91300010', QNS, 1]],
  ['english muffin w pb and a glass of milk', ['51186010', '1 muffin', 1], ['42202000', QNS, 1], ['11100000', '1 fl oz', 8]],
  ['1 cup cream of wheat w a little butter', ['56206990', '1 cup, cooked', 1], ['81100500', QNS, 1]],
  ['raisin bran, 1 cup, w a sliced banana and skim', ['57329000', '1 cup', 1], ['63107010', '1 banana', 1], ['11113000', QNS, 1]],
  ['breakfast burrito from the cafeteria', ['34003100', '1 item, any size', 1]],
  ['french toast x2 w strawberries', ['55301000', '1 slice, any size', 2], ['63223020', QNS, 1]],
  ['small blueberry muffin', ['52302010', '1 small', 1]],
  ['one biscuit with sausage gravy', ['52101000', '1 biscuit', 1], ['27120120', QNS, 1]],
  ['2 hard boiled eggs + an apple before my shift', ['31103010', '1 egg', 2], ['63101000', '1 medium', 1]],
  ['frosted flakes 1 cup w milk', ['57348000', '1 cup', 1], ['11100000', QNS, 1]],
  ['chocolate croissant and a large cappuccino', ['51166200', '1 croissant', 1], ['92161000', '1 large', 1]],
  ['cup of grits with butter', ['56200990', '1 cup, cooked', 1], ['81100500', QNS, 1]],
  ['2 slices of banana bread w tea', ['52405010', '1 slice', 2], ['92302000', QNS, 1]],
  ['1 slice white toast w butter & jam', ['51101010', '1 medium or regular slice', 1], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['2 pop tarts (the whole pack) on the bus', ['53452100', '1 pastry', 2]],
  ['large iced coffee w cream, 2 sugars', ['92102400', '1 large', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['half a large honey bun from the vending machine', ['51161050', '1 large', 0.5]],
  ['1 packet maple instant oatmeal + coffee', ['56203130', '1 packet, dry, yields', 1], ['92101000', QNS, 1]],
  ['she had 1/2 cup cheerios and a string cheese', ['57123000', '1 cup', 0.5], ['14107030', '1 stick', 1]],
  ['3 scrambled eggs and 2 strips of bacon, 1 slice sourdough', ['32129990', '1 egg', 3], ['22600100', '1 medium slice (yield after cooking)', 2], ['51133020', '1 medium or regular slice', 1]],
  ['honey nut cheerios, 3/4 cup, w 2% milk', ['57241000', '1 cup', 0.75], ['11112110', QNS, 1]],
  ['bagel w peanut butter and a banana', ['51180010', '1 regular', 1], ['42202000', QNS, 1], ['63107010', '1 banana', 1]],
  ['belgian waffle w blueberries and syrup', ['55201000', '1 thick / Belgian waffle', 1], ['63203010', QNS, 1], ['91300010', QNS, 1]],
  ['glass of oj with my pills', ['61210000', '1 fl oz (NFS)', 8]],
  // lunch
  ['ham & cheese sandwich on white and a pear', ['27520220', '1 regular', 1], ['63137010', '1 fruit', 1]],
  ['subway 6 inch turkey and a choc chip cookie', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 Subway cookie', 1]],
  ['leftover chili, 1 cup w shredded cheese and 5 saltines', ['27111400', '1 cup', 1], ['14010000', QNS, 1], ['54325000', '1 cracker', 5]],
  ['cup of tomato soup + grilled cheese', ['74601000', '1 cup', 1], ['14640100', '1 sandwich', 1]],
  ['packed him a pb&j, a juice box and goldfish', ['42302010', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54304020', QNS, 1]],
  ['school lunch: cheese pizza slice and a chocolate milk', ['58106234', '1 piece, NFS', 1], ['11511000', '1 individual school container', 1]],
  ['1 cup chicken noodle soup & 6 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 6]],
  ['salad w grilled chicken and honey mustard', ['27446300', QNS, 1], ['83105500', QNS, 1]],
  ['tuna sandwich on wheat and a pickle', ['27550735', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['2 slices leftover sausage pizza + a can of sprite', ['58106610', '1 piece, NFS', 2], ['92410510', '1 can (12 fl oz)', 1]],
  ['cup noodles + an apple at my desk', ['58407030', '1 individual container', 1], ['63101000', '1 medium', 1]],
  ['half a chicken quesadilla w salsa', ['58104740', '1 full circle', 0.5], ['74402100', QNS, 1]],
  ['bean and cheese burrito w sour cream', ['58102610', '1 small/regular', 1], ['12310100', QNS, 1]],
  ['egg salad sandwich on white w chips', ['32203010', '1 regular', 1], ['71200010', QNS, 1]],
  ['2 hot dogs and coleslaw', ['27564000', '1 sandwich', 2], ['75141000', QNS, 1]],
  ['gyro and a can of coke', ['27516010', '1 sandwich, any size', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['chicken salad sandwich on wheat + a cup of grapes', ['27540121', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['a piece of leftover lasagna and a slice of garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 1]],
  ['1 cup mac and cheese with broccoli on the side', ['58145110', '1 cup', 1], ['72201211', QNS, 1]],
  ['turkey wrap and a clementine', ['27540070', '1 sandwich, any size', 1], ['61100600', '1 fruit', 1]],
  ['blt on white w a pickle', ['27520610', '1 sandwich, any size', 1], ['75503010', '1 regular', 1]],
  ['2 chicken tacos from the truck', ['58102220', '1 small/regular', 2]],
  ['ham sandwich on wheat w a banana', ['27520230', '1 regular', 1], ['63107010', '1 banana', 1]],
  ['2 sloppy joes and corn', ['27510100', '1 sandwich, any size', 2], ['75216120', QNS, 1]],
  ['half a turkey sandwich on wheat and a cup of veg soup', ['27540030', '1 regular', 0.5], ['75649110', '1 cup', 1]],
  ['chicken caesar salad and 2 breadsticks', ['27446360', '1 salad', 1], ['51183990', '1 medium stick', 2]],
  ['lunch - 2 egg rolls and some fried rice', ['58110130', '1 egg roll', 2], ['58150310', QNS, 1]],
  ['roast beef on white and a diet coke', ['27513010', '1 regular', 1], ['92410320', '1 can (12 fl oz)', 1]],
  // dinner
  ['1.5 cups spaghetti w meat sauce and 2 slices garlic bread', ['58146322', '1 cup', 1.5], ['51121015', '1 medium slice', 2]],
  ['grilled chicken breast, 1 cup brown rice, green beans', ['24123301', QNS, 1], ['56205011', '1 cup, cooked', 1], ['75205030', QNS, 1]],
  ['pork chop, a cup of mashed potatoes and corn on the cob', ['22101000', '1 regular', 1], ['71501000', '1 cup', 1], ['75216111', '1 regular ear', 1]],
  ['baked salmon, 3/4 cup rice, asparagus', ['26137120', QNS, 1], ['56205001', '1 cup, cooked', 0.75], ['75202020', QNS, 1]],
  ['meatloaf slice, 1/2 cup mashed potatoes, peas', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 0.5], ['75224030', QNS, 1]],
  ['chicken & veggie stir fry over a cup of white rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['chicken alfredo, 1 cup, w broccoli mixed in', ['58146422', '1 cup', 1], ['72201211', QNS, 1]],
  ['2 hard shell beef tacos and refried beans', ['58102010', '1 small/regular', 2], ['41205010', QNS, 1]],
  ['6 oz sirloin, small baked potato w butter, side salad', ['21102150', { grams: 6 * OZ }, 1], ['71100100', '1 small', 1], ['81100500', QNS, 1], ['75143000', '1 side salad', 1]],
  ['roast chicken and 1/2 cup roasted potatoes', ['24102000', QNS, 1], ['71104030', '1 cup', 0.5]],
  ['beef stew 1 cup w a dinner roll', ['27311410', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['shepherds pie, 2 cups', ['27311510', '1 cup', 2]],
  ['chicken curry w 1/2 cup basmati and a whole naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['51108100', '1 Naan (10" dia)', 1]],
  ['shrimp fried rice, about 1.5 cups', ['58150510', '1 cup', 1.5]],
  ['general tsos chicken w white rice', ['27445150', QNS, 1], ['56205001', QNS, 1]],
  ['2 c chicken lo mein', ['58136160', '1 cup', 2]],
  ['3 slices cheese pizza and a side salad', ['58106210', '1 piece, NFS', 3], ['75143000', '1 side salad', 1]],
  ['2 chicken enchiladas with spanish rice', ['58102830', '1 enchilada, any size', 2], ['58163430', QNS, 1]],
  ['5 fish sticks, 1/2 cup mac n cheese and some peas', ['26100270', '1 stick', 5], ['58145110', '1 cup', 0.5], ['75224030', QNS, 1]],
  ['4 pork ribs, coleslaw and a piece of cornbread', ['22701000', '1 rib (yield after cooking, bone removed)', 4], ['75141000', QNS, 1], ['52201000', '1 piece', 1]],
  ['chicken pot pie, the individual one', ['27347100', '1 individual pie', 1]],
  ['burger and a cup of sweet potato fries', ['27510521', '1 hamburger', 1], ['73410200', '1 cup', 1]],
  ['pad thai w shrimp, about a cup and a half', ['58137240', '1 cup', 1.5]],
  ['jambalaya 1 cup', ['27363100', '1 cup', 1]],
  ['california roll and miso soup', ['58151180', QNS, 1], ['41601070', QNS, 1]],
  ['pho ga, a bowl and a half', ['28310330', '1 cup', 1.5]],
  ['2 pork tamales + spanish rice', ['58103125', '1 item, any size', 2], ['58163430', QNS, 1]],
  ['9 pierogies w sour cream', ['58121610', '1 item, any size', 9], ['12310100', QNS, 1]],
  ['red beans and rice, 2 cups', ['58160150', '1 cup', 2]],
  ['kung pao chicken, 1 cup, + 1/2 cup rice', ['27445220', '1 cup', 1], ['56205001', '1 cup, cooked', 0.5]],
  ['6 oz pasta w marinara', ['56130000', { grams: 6 * OZ }, 1], ['74404010', QNS, 1]],
  ['tilapia w 1/2 cup rice and broccoli', ['26158000', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['72201211', QNS, 1]],
  ['beef and broccoli w 1 cup rice', ['27415110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 pieces of fried chicken & mashed potatoes', ['24107070', '1 piece', 2], ['71501000', QNS, 1]],
  ['turkey chili, a cup and a half', ['27111400', '1 cup', 1.5]],
  ['gumbo w rice, 1.5 cups', ['27363000', '1 cup', 1.5]],
  ['2 pork chops + 1 cup green beans + a dinner roll', ['22101000', '1 regular', 2], ['75205030', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  // fast food / takeout
  ['big mac, large fries', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 large fast food order', 1]],
  ['2 whopper jrs and a small fries', ['27510552', '1 hamburger', 2], ['71401030', '1 small fast food order', 1]],
  ['6 mcnuggets, small fry, diet coke', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['chick fil a sandwich & small waffle fries', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['3 crunchy tacos and a bean burrito from taco bell', ['58102010', '1 small/regular', 3], ['58102610', '1 small/regular', 1]],
  ['kfc 3 pc, mashed potatoes w gravy and a biscuit', ['24107070', '1 piece', 3], ['71501006', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['popeyes 2 tenders and a biscuit', ['24198741', '1 tender, strip, or finger', 2], ['52101000', '1 biscuit', 1]],
  ['mcd hash brown and a large coffee', ['71404010', '1 patty', 1], ['92101000', '1 large', 1]],
  ['small fries and a large frosty', ['71401030', '1 small fast food order', 1], ['11542100', '1 large', 1]],
  ['2 arbys roast beef sandwiches and small curly fries', ['27513010', '1 regular', 2], ['71401030', '1 small fast food order', 1]],
  ['orange chicken & white rice from panda', ['27146350', QNS, 1], ['56205001', QNS, 1]],
  ['large fries and a 10 pc nugget', ['71401030', '1 large fast food order', 1], ['24198731', '1 nugget', 10]],
  ['grilled chicken sandwich from chick fil a + medium waffle fries', ['27540152', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1]],
  ['chicken burrito w rice and beans from the mexican place', ['58102540', '1 small/regular', 1]],
  ['3 slices pepperoni from dominos', ['58106540', '1 piece, NFS', 3]],
  ['beef burrito & chips w salsa', ['58102340', '1 small/regular', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  // snacks
  ['small apple w 1 tbsp peanut butter', ['63101000', '1 small', 1], ['42202000', '1 tablespoon', 1]],
  ['handful of pretzels and a clementine at 3', ['54408000', QNS, 1], ['61100600', '1 fruit', 1]],
  ['2 cups of grapes', ['63123000', '1 cup', 2]],
  ['string cheese + 8 triscuits', ['14107030', '1 stick', 1], ['54337020', '1 cracker', 8]],
  ['6 cups air popped popcorn w butter', ['54403040', '1 cup, popped', 6]],
  ['granola bar in the car', ['53712100', '1 bar', 1]],
  ['10 ritz and some cheddar', ['54301030', '1 cracker', 10], ['14104100', QNS, 1]],
  ['2 choc chip cookies', ['53206000', '1 medium cookie', 2]],
  ['hummus w 12 baby carrots', ['41205070', QNS, 1], ['73101010', '1 baby carrot', 12]],
  ['1 cup trail mix on the hike', ['42501000', '1 cup', 1]],
  ['rice krispie treat + a juice box', ['53226500', '1 medium bar', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['3 packs of fruit snacks at the party', ['91746300', '1 snack size/pouch/regular size', 3]],
  ['25 almonds and a cheese stick', ['42100100', '1 nut', 25], ['14107030', '1 stick', 1]],
  ['a pear and 2 graham crackers', ['63137010', '1 fruit', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['a gogurt and a clementine', ['11436100', '1 tube', 1], ['61100600', '1 fruit', 1]],
  ['cheez its, 1.5 cups', ['54304005', '1 cup, NFS', 1.5]],
  ['3 big slices of watermelon', ['63149010', '1 large wedge/slice', 3]],
  ['1 oz dried mango', ['62114050', { grams: OZ }, 1]],
  ['4 clementines', ['61100600', '1 fruit', 4]],
  ['1.5 cups strawberries w a little sugar', ['63223020', '1 cup', 1.5], ['91101010', QNS, 1]],
  ['small bag of doritos and a capri sun after school', ['54401110', '1 small single serving bag', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['1 cup cottage cheese & half a cup of canned peaches', ['14200100', '1 cup', 1], ['63135110', '1 cup', 0.5]],
  // drinks
  ['2 cans of regular coke', ['92410310', '1 can (12 fl oz)', 2]],
  ['20 oz sprite and a bag of chips', ['92410510', '1 bottle (20 fl oz)', 1], ['71200010', '1 small single serving bag', 1]],
  ['small sweet tea from mcdonalds', ['92308000', '1 small drink', 1]],
  ['glass of 2% milk w dinner', ['11112110', '1 fl oz', 8]],
  ['10 oz orange juice', ['61210000', '1 fl oz (NFS)', 10]],
  ['tall caramel frappuccino', ['92101920', '1 small', 1]],
  ['venti latte', ['92101900', '1 large', 1]],
  ['2 beers at the game', ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['3 glasses of white wine', ['93401020', '1 glass', 3]],
  ['a margarita w dinner', ['93301100', '1 drink', 1]],
  ['20 oz gatorade at practice', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['2 mugs of hot chocolate', ['11512005', '1 cup', 2]],
  ['strawberry banana smoothie 16 oz', ['11553100', '1 fl oz', 16]],
  ['chocolate milk, the 20 oz bottle', ['11511000', '1 fl oz', 20]],
  ['a monster and a bag of chips before night shift', ['95310400', '1 can or bottle (16 fl oz)', 1], ['71200010', '1 small single serving bag', 1]],
  ['16 oz lemonade', ['92510955', '1 fl oz (NFS)', 16]],
  ['boba milk tea', ['92306910', '1 item, any size', 1]],
  ['medium mocha', ['92101950', '1 medium', 1]],
  ['a cappuccino and a biscotti', ['92161000', '1 medium', 1], ['53203500', '1 cookie', 1]],
  ['500 ml coke', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['2 light beers', ['93102000', '1 can or bottle (12 fl oz)', 2]],
  ['apple juice 6 oz', ['64104010', '1 fl oz (NFS)', 6]],
  // desserts
  ['2 slices apple pie w a scoop of vanilla', ['53301000', '1 regular slice', 2], ['13110100', '1 scoop', 1]],
  ['brownie w a scoop of vanilla ice cream', ['53204000', '1 medium', 1], ['13110100', '1 scoop', 1]],
  ['cheesecake slice after dinner', ['53104500', '1 piece/slice, any size', 1]],
  ['2 cupcakes at a bday party', ['53100100', '1 cupcake, any size', 2]],
  ['2/3 cup banana pudding', ['13241000', '1 cup', 2 / 3]],
  ['a glazed donut at work', ['53521110', '1 doughnut', 1]],
  ['large froyo', ['11459990', '1 large ice cream cup', 1]],
  ['2 klondike bars', ['13120100', '1 bar', 2]],
  ['piece of chocolate cake', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['2 jelly donuts and coffee w cream', ['53521140', '1 doughnut', 2], ['92101000', QNS, 1], ['12210200', QNS, 1]],
  ['bowl of vanilla ice cream w choc syrup', ['13110100', '1 cup', 1], ['91301080', QNS, 1]],
  // lows
  ['low 58, 4 oz apple juice + 2 graham crackers', ['64104010', '1 fl oz (NFS)', 4], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['bg 65 had 15 skittles', ['91745110', '1 piece', 15]],
  ['8 oz regular coke for a low', ['92410310', '1 fl oz (NFS)', 8]],
  ['low at 3am - juice box and 3 saltines', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54325000', '1 cracker', 3]],
  ['8 gummy bears, was 62', ['91745010', '1 piece', 8]],
  ['2 tbsp of honey for a low', ['91302010', '1 tablespoon', 2]],
  ['dropping, drank 6 oz of oj', ['61210000', '1 fl oz (NFS)', 6]],
  ['low on shift, ate a granola bar and half a banana', ['53712100', '1 bar', 1], ['63107010', '1 banana', 0.5]],
  ['3 tsp sugar in water, bg 59', ['91101010', '1 teaspoon', 3]],
  ['cgm says 60 - gave her a fun size box of apple juice', ['64104010', '1 fun size box (4.23 fl oz)', 1]],
  // holidays / trips
  ['thanksgiving plate: turkey w gravy, 1 cup stuffing, 1 cup mashed potatoes, cranberry sauce', ['24201000', QNS, 1], ['28500000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 1], ['63207110', QNS, 1]],
  ['2 slices of pumpkin pie w whipped cream', ['53347000', '1 regular slice', 2], ['12140000', QNS, 1]],
  ['3 christmas sugar cookies w icing', ['53244020', '1 medium', 3]],
  ['half a cup of eggnog', ['11531000', '1 cup', 0.5]],
  ['2 latkes w sour cream', ['71701000', '1 medium pancake', 2], ['12310100', QNS, 1]],
  ['hot dog at the fair and a lemonade', ['27564000', '1 sandwich', 1], ['92510955', QNS, 1]],
  ['funnel cake at the fair, split 4 ways', ['55801000', '1 cake (6" dia)', 0.25]],
  ['airport starbucks - grande latte and a banana', ['92101900', '1 medium', 1], ['63107010', '1 banana', 1]],
  ['road trip breakfast at mcds - egg mcmuffin + medium coffee', ['34001330', '1 regular', 1], ['92101000', '1 medium', 1]],
  ['easter ham 2 slices + a cup of potato salad', ['22311000', '1 regular/thin slice', 2], ['71601010', '1 cup', 1]],
  ['4th of july: cheeseburger, potato chips, watermelon', ['27510155', '1 cheeseburger', 1], ['71200010', QNS, 1], ['63149010', QNS, 1]],
  // misc everyday
  ['1 cup white rice and 1/2 cup black beans', ['56205001', '1 cup, cooked', 1], ['41101990', '1 cup', 0.5]],
  ['2 corn tortillas w eggs and salsa', ['52215100', '1 medium', 2], ['31102000', QNS, 1], ['74402100', QNS, 1]],
  ['a banana and a glass of milk before bed', ['63107010', '1 banana', 1], ['11100000', '1 fl oz', 8]],
  ['yogurt and blueberries', ['11400000', QNS, 1], ['63203010', QNS, 1]],
  ['2 slices of wheat bread w turkey and mustard', ['51300110', '1 medium or regular slice', 2], ['24201000', QNS, 1]],
  ['a pear and a handful of cashews', ['63137010', '1 fruit', 1], ['42104000', QNS, 1]],
  ['baked potato w butter and broccoli', ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['72201211', QNS, 1]],
  ['2 cups of vegetable soup and a roll', ['75649110', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 small sweet potatoes w butter', ['73403000', '1 small', 2], ['81100500', QNS, 1]],
  ['3 flour tortillas w 1/2 cup refried beans', ['52215200', '1 medium', 3], ['41205010', '1 cup', 0.5]],
  ['1 cup quinoa and some broccoli', ['56204000', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  // other cuisines
  ['2 bean pupusas and a coke', ['58105105', '1 item, any size', 2], ['92410310', '1 can (12 fl oz)', 1]],
  ['chicken biryani 1.5 cups and a samosa', ['27243100', '1 cup', 1.5], ['58124500', '1 regular/large', 1]],
  ['10 potstickers w soy sauce', ['58111110', '1 item, any size', 10]],
  ['falafel plate - 4 falafel, hummus and a pita', ['41209000', '1 patty', 4], ['41205070', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['teriyaki chicken bowl, 2 cups rice', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['3 idli w sambar', ['55702000', '1 item', 3], ['41311020', QNS, 1]],
  ['2 bao buns from the night market', ['58123110', '1 item, any size', 2]],
  ['2 rotis w lentil curry', ['51300175', '1 medium chappatti or roti (7")', 2], ['41311030', QNS, 1]],
  ['chicken empanada and a cafecito', ['58116125', '1 regular/large', 1], ['92101800', '1 fl oz', 2]],
  ['chicken and dumplings, a cup, and a biscuit', ['27246100', '1 cup', 1], ['52101000', '1 biscuit', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Forty-third held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, the eval harness or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets. Generated by core/chat/make-eval-meals-holdout-43.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-40, with the decisions this set needed in the header of make-eval-meals-holdout-43.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-43.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-43.json`);
}
