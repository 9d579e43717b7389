/**
 * Writes eval-meals.holdout-37.json: the thirty-seventh held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 00:48 UTC, first committed before 01:33 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 38-40 (whose sets were not looked at either). Each food was
 * chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a dietitian
 * would pick them for the message; where an earlier held-out set already chose a food for the same
 * dish, the same food was used, so that the same dish means the same food across sets. The builder
 * checks every code and portion against the table. No message repeats one of eval-meals.json or
 * holdouts 1-36 (checked by script: lower-cased, punctuation-folded messages compared, and every
 * pair with a word overlap of 0.5 or more read; about 80 drafts that meant the same foods and
 * amounts as an earlier message were dropped or rewritten with other amounts, sides or situations,
 * and every rewrite was checked again). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and carbs
 * from the table, never typed), plus the decisions in the headers of make-eval-meals-holdout-4.ts
 * to -36.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on ordinary
 * days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks,
 * desserts, lows, and the odd holiday or trip. Most messages are everyday foods.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "a small banana" drops the size word (the banana has only "1 banana", holdouts 4 and 16);
 *   "half a banana" is 0.5 × it (holdout 5); "a sliced banana" on yogurt is one banana.
 * - "2 big pancakes" are the plain pancake's "1 large pancake" (holdout 5's big = large); "3 pancakes"
 *   its medium (count convention).
 * - "grilled chicken thigh" is the grilled, skin-eaten thigh's "1 medium thigh" (count convention);
 *   "2 chicken thighs" with no method holdout 24's thigh NS as to cooking method, "1 thigh".
 * - "3 baked chicken drumsticks" are the roasted, skin-eaten drumstick's medium (holdout 11's
 *   drumsticks, skin not said = skin eaten).
 * - "toast" is toasted white bread (holdout 9); "wheat toast" toasted whole wheat; "2 slices of
 *   wheat bread w butter" (not toasted) is whole wheat bread.
 * - "a whole can of chicken noodle soup" is the canned soup's "1 can" (holdout 12).
 * - "half a turkey club" is 0.5 × the club sandwich on white (holdouts 5 and 12); "half a turkey
 *   sandwich" 0.5 × the turkey sandwich on white (holdout 7: bread not said = white).
 * - "subway 6 inch turkey, bag of chips and a cookie": the restaurant turkey sub (holdout 2), the
 *   chips' 1 oz small bag (holdout 4's bag) and the cookie's "1 Subway cookie"; "6 inch tuna sub" is
 *   the tuna salad sandwich on white's 6" sub (holdout 34); "6 inch meatball sub" its 6" sub.
 * - "school lunch: 2 slices cheese pizza, green beans, white milk" is the school cheese pizza (holdout
 *   7) and milk NFS's "1 individual school container"; "6 nuggets, tots" the school foods (holdout 7).
 * - "a steak quesadilla" is the beef quesadilla's "1 full circle" (holdout 11).
 * - "2 hot pockets" are Turnover or hot pocket, NFS, "1 regular/large" each (holdout 2).
 * - "tuna salad w 10 ritz crackers" is tuna salad made with mayonnaise "Quantity not specified" and 10 ×
 *   the Ritz "1 cracker"; "3 crackers" with juice for a low are Crackers, NFS, "1 cracker" each
 *   (holdout 18).
 * - "chicken and rice casserole" is FNDDS's chicken or turkey and rice with cream sauce (the cream-soup
 *   casserole; FNDDS has no casserole of that name), by the cup.
 * - "3 meatballs w 1 cup spaghetti and sauce" is 3 × Meatballs, NS as to type of meat, with sauce "1
 *   meatball with sauce", cooked pasta "1 cup, cooked" and spaghetti sauce "Quantity not specified".
 * - "chicken parm w 2 cups spaghetti" follows holdout 18: chicken parmigiana "Quantity not specified"
 *   and the home-recipe pasta with tomato-based sauce by the cup.
 * - "carne asada plate w rice, beans and 2 tortillas" is Steak, NS "Quantity not specified" (holdout
 *   15), the restaurant kidney beans and rice (holdout 9's rice and beans beside a restaurant plate) and
 *   2 × Tortilla, NFS "1 medium" (no kind of tortilla said); "3 cheese enchiladas w spanish rice and
 *   refried beans" names both sides, so it is meatless enchiladas + Spanish rice + refried beans.
 * - "butter chicken" and "chicken tikka masala" are chicken curry (holdouts 5 and 6); "chicken curry 1
 *   cup + 2 rotis" the curry's "1 cup" and the roti's medium (holdout 6).
 * - "1 cup shrimp fried rice and 3 crab rangoon": the shrimp fried rice by the cup and the fried wonton
 *   "1 item, any size" each (holdout 6); "5 steamed pork dumplings" the steamed dumpling (holdout 23).
 * - "chick fil a 12 ct nuggets and a lemonade" is 12 × the fast-food nugget and the fruit-juice lemonade
 *   "Quantity not specified" (holdout 36's cfa lemonade); "a lemonade" at the beach likewise.
 * - "popeyes 3 pc tenders and a large cajun fry" are the breaded fast-food tenders (holdout 34) and the
 *   fast-food fries' large order (holdout 5's fries with a fast-food size).
 * - "mcdonalds: 2 cheeseburgers and a medium coke" / "taco bell ... a medium baja blast" / "medium sweet
 *   tea" are the fountain drinks' "1 medium drink" (holdouts 8 and 17); "24 oz fountain dr pepper" is 24
 *   × the pepper-type soft drink's "1 fl oz (NFS)" (holdout 16's stated drink size).
 * - "a diet pepsi" / "a diet coke" beside food are diet cola's 12 fl oz can (holdouts 17 and 22); "a 12
 *   oz sprite" and "2 cans of sprite" the caffeine-free fruit-flavored soft drink's 12 fl oz can.
 * - "a small gatorade (12 oz)" is Gatorade's "1 bottle (12 fl oz)"; "a bottle of apple juice (10 oz)"
 *   apple juice's "1 bottle (10 fl oz)" (holdout 5's sized bottles).
 * - "a 12 oz mocha" is 12 × the cafe mocha's "1 fl oz"; "a chocolate croissant and a cappuccino" the
 *   chocolate croissant and the cappuccino's medium (holdout 2's cappuccino); "medium latte w oat milk"
 *   the latte with non-dairy milk, medium (holdout 12); "a chai latte" hot tea with milk "Quantity not
 *   specified" (holdouts 6 and 35).
 * - "1 cup of apple cider" is 8 × apple cider's "1 fl oz (NFS)" (a cup of a drink, holdout 5); "1/2 cup
 *   grape juice" / "1/2 cup apple juice" for a low 4 × "1 fl oz (NFS)".
 * - "2 bottles of corona" are 2 × beer's 12 fl oz bottle (holdout 13); "a glass of prosecco" is
 *   sparkling wine "1 glass" (holdout 11).
 * - Lows list only the treatment eaten (holdout 20); "low 3.6" is a mmol/L reading (holdout 23); "a pack
 *   of fruit snacks" is fruit snacks' "1 snack size/pouch/regular size"; "a mini box of raisins" the
 *   raisins' "1 miniature box (.5 oz)" (holdout 9); "1 tbsp honey" honey's "1 tablespoon".
 * - "protein shake w 1 scoop whey" is the whey powder's "1 scoop, NFS" alone (holdout 10).
 * - "kettle corn, 2 cups" is the ready-to-eat kettle popcorn's "1 cup" × 2 (holdout 22); "15 pretzel
 *   twists" 15 × hard pretzels' "1 pretzel, NS as to size" (holdout 27); "a few almonds" 3 × "1 nut"
 *   (a few = 3); "some walnuts" "Quantity not specified".
 * - "1 cup frozen yogurt w sprinkles" is frozen yogurt NFS "1 cup" and candy sprinkles "Quantity not
 *   specified" (holdout 13); "2 scoops of chocolate gelato" the chocolate gelato's "1 scoop" each.
 * - "valentines: 4 chocolates from the box" are 4 × Chocolate candy "1 piece" (holdout 8's truffles).
 * - "easter brunch: 3 deviled eggs, ham, a slice of quiche" is holdout 15's deviled egg "1 egg" each,
 *   Ham QNS and the meat quiche's "1 piece (1/8 of 9" dia)" (holdout 8's slice of quiche: a brunch quiche
 *   with ham or bacon, not the spinach one).
 * - "st patricks: corned beef, cabbage and 2 boiled potatoes" is holdout 14's corned beef and cabbage,
 *   with 2 × Potato, boiled, NFS "1 medium" (count convention).
 * - "superbowl: 8 wings" with no sauce said are the plain restaurant wing, "1 drummette" each (holdout
 *   10's plain wings), blue cheese the blue cheese dressing "Quantity not specified".
 * - "new years day: 1 cup black eyed peas, collards and cornbread": Blackeyed peas, NFS "1 cup", collards
 *   QNS and the cornbread prepared from mix "1 piece" (holdout 18's cornbread with no recipe said).
 * - "a bowl of gumbo" is the gumbo with rice "1 cup" (holdout 34); "a bowl of chicken tortilla soup"
 *   the tortilla soup's "1 cup"; chips beside it tortilla chips "Quantity not specified".
 * - "2 turkey burgers on wheat buns" are the turkey or chicken burger on wheat bun, "1 sandwich" each.
 * - "2 toaster waffles" / "3 eggo waffles" are the frozen plain waffle's "1 waffle" (holdout 20);
 *   the buffet "a waffle" the plain waffle's medium (holdout 19's hotel waffle).
 * - "2 pop tarts" are 2 × the fruit-filled pastry "1 pastry" (holdouts 7 and 8: one pastry per tart).
 * - "a bowl of cereal" with no kind is Cereal, ready-to-eat, NFS "1 cup" (a bowl is 1 cup); "1 cup of
 *   dry cheerios" the plain O's by the cup.
 * - Typos and abbreviations were written only where the meaning is plain ("w", "&", "+", "pc", "ct",
 *   "bg", "oj", "pb&j", "bday", "x2"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-37.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 over easy eggs, a hash brown patty and a slice of white toast', ['31105005', '1 egg', 2], ['71404000', '1 patty', 1], ['51101010', '1 medium or regular slice', 1]],
  ['oatmeal w blueberries and a little brown sugar', ['56202960', QNS, 1], ['63203010', QNS, 1], ['91102010', QNS, 1]],
  ['coffee w cream and 3 sugars', ['92100000', QNS, 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 3]],
  ['half a banana and a cup of black coffee', ['63107010', '1 banana', 0.5], ['92100000', '1 cup (8 fl oz)', 1]],
  ['large plain bagel toasted w butter', ['51180010', '1 large', 1], ['81100500', QNS, 1]],
  ['3 pieces of toast w grape jelly', ['51101010', '1 medium or regular slice', 3], ['91400000', QNS, 1]],
  ['3 pancakes, 2 sausage links, syrup', ['55101000', '1 medium pancake', 3], ['25221400', '1 breakfast size link', 2], ['91300010', QNS, 1]],
  ['whole wheat english muffin w peanut butter and a glass of skim', ['51303030', '1 muffin', 1], ['42202000', QNS, 1], ['11113000', '1 fl oz', 8]],
  ['frosted flakes 2 cups w skim', ['57348000', '1 cup', 2], ['11113000', QNS, 1]],
  ['sausage biscuit from mcdonalds and a hash brown', ['34002130', '1 regular', 1], ['71404010', '1 patty', 1]],
  ['scrambled eggs x2, bacon, sourdough toast', ['32129990', '1 egg', 2], ['22600100', QNS, 1], ['51133020', '1 medium or regular slice', 1]],
  ['8oz orange juice with my breakfast', ['61210000', '1 fl oz (NFS)', 8]],
  ['1 cup honey nut cheerios w almond milk', ['57241000', '1 cup', 1], ['11350040', QNS, 1]],
  ['my son had 3 eggo waffles w syrup', ['55200020', '1 waffle', 3], ['91300010', QNS, 1]],
  ['2 pop tarts and a glass of milk', ['53452100', '1 pastry', 2], ['11100000', '1 fl oz', 8]],
  ['grits, 2 eggs and toast', ['56200990', QNS, 1], ['31102000', '1 egg', 2], ['51101010', '1 medium or regular slice', 1]],
  ['cinnamon raisin bagel w cream cheese & a small coffee', ['51180030', '1 regular', 1], ['14301010', QNS, 1], ['92100000', '1 small', 1]],
  ['cream of wheat 1 cup w 1 tsp brown sugar', ['56206990', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 1]],
  ['greek yogurt cup w a sliced banana', ['11400010', '1 container, NFS', 1], ['63107010', '1 banana', 1]],
  ['dunkin: 2 glazed donuts and a large iced coffee w cream & sugar', ['53521110', '1 doughnut', 2], ['92102400', '1 large', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['raisin bran, 2 cups with milk', ['57329000', '1 cup', 2], ['11100000', QNS, 1]],
  ['a blueberry muffin', ['52302010', '1 medium', 1]],
  ['breakfast burrito', ['34003100', '1 item, any size', 1]],
  ['2 slices french toast w powdered sugar', ['55301000', '1 slice, any size', 2], ['91101020', QNS, 1]],
  ['a croissant w butter and jam', ['51166000', '1 medium croissant', 1], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['2 eggs scrambled w cheese + a hash brown patty', ['32130100', '1 egg', 2], ['71404000', '1 patty', 1]],
  ['toasted everything bagel w 2 tbsp cream cheese', ['51180010', '1 regular', 1], ['14301010', '1 tablespoon', 2]],
  ['small banana and 1 tbsp almond butter', ['63107010', '1 banana', 1], ['42200500', '1 tablespoon', 1]],
  ['1/2 cup granola w 3/4 cup 2% milk', ['57227000', '1 cup', 0.5], ['11112110', '1 cup', 0.75]],
  ['a chocolate croissant and a cappuccino', ['51166200', '1 croissant', 1], ['92161000', '1 medium', 1]],
  // lunch
  ['ham and cheese sandwich and an apple', ['27520220', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['subway 6 inch turkey, bag of chips and a cookie', ['27540050', '1 regular or 6" submarine', 1], ['71200010', '1 small single serving bag', 1], ['53206000', '1 Subway cookie', 1]],
  ['leftover spaghetti w meat sauce, about 1.5 cups', ['58146322', '1 cup', 1.5]],
  ['whole can of chicken noodle soup and a grilled cheese', ['58403010', '1 can', 1], ['14640100', '1 sandwich', 1]],
  ['chicken salad sandwich on white + a cup of grapes', ['27540120', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['garden salad w italian dressing and a roll', ['75143000', QNS, 1], ['83106000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 slices pepperoni pizza for lunch', ['58106540', '1 piece, NFS', 2]],
  ['my son had a pb&j and a juice box', ['42302010', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['grilled chicken wrap and an orange', ['27540300', '1 sandwich, any size', 1], ['61119010', '1 fruit', 1]],
  ['school lunch: 2 slices cheese pizza, green beans, white milk', ['58106234', '1 piece, NFS', 2], ['75205030', QNS, 1], ['11100000', '1 individual school container', 1]],
  ['cup of chili and 6 saltines', ['27111400', '1 cup', 1], ['54325000', '1 cracker', 6]],
  ['leftover fried rice, 3/4 cup', ['58150310', '1 cup', 0.75]],
  ['steak quesadilla w salsa', ['58104730', '1 full circle', 1], ['74402100', QNS, 1]],
  ['2 hot dogs and a bag of chips at the game', ['27564000', '1 sandwich', 2], ['71200010', '1 small single serving bag', 1]],
  ['2 hot pockets for lunch', ['58126100', '1 regular/large', 2]],
  ['work lunch: chicken caesar salad and a breadstick', ['27446360', '1 salad', 1], ['51183990', '1 medium stick', 1]],
  ['2 cups of minestrone w a slice of french bread', ['75651000', '1 cup', 2], ['51107010', '1 medium or regular slice', 1]],
  ['roast beef sandwich + potato salad', ['27513010', '1 regular', 1], ['71601010', QNS, 1]],
  ['leftover lasagna 1 cup', ['58130011', '1 cup', 1]],
  ['turkey sandwich on wheat and 12 baby carrots', ['27540030', '1 regular', 1], ['73101010', '1 baby carrot', 12]],
  ['2 cups broccoli cheese soup and a roll', ['72302100', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['peanut butter sandwich on white and a banana', ['42301015', '1 sandwich', 1], ['63107010', '1 banana', 1]],
  ['1 cup potato salad and 2 deviled eggs', ['71601010', '1 cup', 1], ['32102000', '1 egg', 2]],
  ['6 inch meatball sub and a diet pepsi', ['27510700', '1 regular or 6" submarine', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['on break: 6 inch tuna sub and a bag of baked chips', ['27550720', '1 regular or 6" submarine', 1], ['71200400', '1 small single serving bag', 1]],
  // dinner, home cooking
  ['baked chicken w 1.5 cups rice and green beans', ['24102000', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['75205030', QNS, 1]],
  ['1 cup spaghetti w meat sauce and a side salad', ['58146322', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['4 hard shell beef tacos w sour cream', ['58102010', '1 small/regular', 4], ['12310100', QNS, 1]],
  ['2 pork chops, 1 cup mashed potatoes, corn', ['22101000', '1 regular', 2], ['71501000', '1 cup', 1], ['75216120', QNS, 1]],
  ['2 slices meatloaf, mashed potatoes w gravy, green beans', ['27214100', '1 medium slice', 2], ['71501000', QNS, 1], ['28500040', QNS, 1], ['75205030', QNS, 1]],
  ['baked salmon, small baked potato and salad', ['26137120', QNS, 1], ['71100100', '1 small', 1], ['75143000', QNS, 1]],
  ['8 oz ribeye, baked potato w butter and a side salad', ['21101170', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['75143000', '1 side salad', 1]],
  ['roast chicken w roasted potatoes and carrots', ['24102000', QNS, 1], ['71104030', QNS, 1], ['73102220', QNS, 1]],
  ['cheeseburger off the grill and a cup of potato salad', ['27510155', '1 cheeseburger', 1], ['71601010', '1 cup', 1]],
  ['kids dinner: 1 cup mac n cheese and a hot dog', ['58145110', '1 cup', 1], ['27564000', '1 sandwich', 1]],
  ['3 cheese enchiladas w spanish rice and refried beans', ['58102840', '1 enchilada, any size', 3], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['chicken parm w 2 cups spaghetti', ['27146300', QNS, 1], ['58146222', '1 cup', 2]],
  ['grilled chicken thigh, quinoa and broccoli', ['24154010', '1 medium thigh', 1], ['56204000', QNS, 1], ['72201220', QNS, 1]],
  ['3 brats on buns', ['25220350', '1 bun-size or griller link', 3], ['51154010', '1 hot dog bun', 3]],
  ['5 fish sticks and mac n cheese', ['26100270', '1 stick', 5], ['58145110', QNS, 1]],
  ['sloppy joe and a side of corn', ['27510100', '1 sandwich, any size', 1], ['75216120', QNS, 1]],
  ['2 cups chicken and rice casserole', ['27243300', '1 cup', 2]],
  ['1 cup brown rice, grilled salmon and 1 cup steamed broccoli', ['56205011', '1 cup, cooked', 1], ['26137123', QNS, 1], ['72201211', '1 cup', 1]],
  ['2 chicken thighs, 1 cup white rice and a cup of black beans', ['24150210', '1 thigh', 2], ['56205001', '1 cup, cooked', 1], ['41101990', '1 cup', 1]],
  ['5 oz sirloin, 1 cup mashed potatoes and green beans', ['21102150', { grams: 5 * OZ }, 1], ['71501000', '1 cup', 1], ['75205030', QNS, 1]],
  ['3 meatballs w 1 cup spaghetti and sauce', ['27160100', '1 meatball with sauce', 3], ['56130000', '1 cup, cooked', 1], ['74404010', QNS, 1]],
  ['2 pork chops w applesauce and 1 cup rice pilaf', ['22101000', '1 regular', 2], ['63101110', QNS, 1], ['58162310', '1 cup', 1]],
  ['salmon patties x2 and mac n cheese', ['27250070', '1 cake or patty', 2], ['58145110', QNS, 1]],
  ['fried chicken, collard greens and cornbread', ['24107070', QNS, 1], ['72107220', QNS, 1], ['52201000', '1 piece', 1]],
  ['new years day: 1 cup black eyed peas, collards and cornbread', ['41300990', '1 cup', 1], ['72107220', QNS, 1], ['52201000', '1 piece', 1]],
  ['tofu stir fry 2 cups over 1 cup brown rice', ['41812500', '1 cup', 2], ['56205011', '1 cup, cooked', 1]],
  // takeout and restaurants
  ['beef and broccoli w 2 cups white rice', ['27415110', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['sweet and sour chicken + pork fried rice', ['27146100', QNS, 1], ['58150330', QNS, 1]],
  ['chicken tikka masala, 1 cup rice and half a naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['12 pieces of california roll', ['58151180', '1 piece', 12]],
  ['kung pao chicken 2 cups + 1 cup white rice', ['27445220', '1 cup', 2], ['56205001', '1 cup, cooked', 1]],
  ['fried shrimp basket w fries and coleslaw', ['26319140', QNS, 1], ['71400990', QNS, 1], ['75141000', QNS, 1]],
  ['5 steamed pork dumplings and a bowl of hot and sour soup', ['58112510', '1 item, any size', 5], ['28340750', '1 cup', 1]],
  // fast food
  ['whopper and large fries', ['27510615', '1 hamburger', 1], ['71401030', '1 large fast food order', 1]],
  ['chick fil a 12 ct nuggets and a lemonade', ['24198731', '1 nugget', 12], ['92510955', QNS, 1]],
  ['taco bell bean burrito + cinnamon twists', ['58102610', '1 small/regular', 1], ['53452500', '1 Taco Bell order', 1]],
  ['3 chicken tenders from kfc w honey mustard', ['24198741', '1 tender, strip, or finger', 3], ['83105500', QNS, 1]],
  ['chipotle bowl: white rice, black beans, chicken, salsa, cheese', ['56205001', QNS, 1], ['41101990', QNS, 1], ['24103050', QNS, 1], ['74402100', QNS, 1], ['14010000', QNS, 1]],
  ['mcdonalds: 2 cheeseburgers and a medium coke', ['27510172', '1 cheeseburger', 2], ['92410310', '1 medium drink', 1]],
  ['taco bell: 3 crunchy tacos and a medium baja blast', ['58102010', '1 small/regular', 3], ['92410550', '1 medium drink', 1]],
  ['6 pc chicken mcnuggets, medium fries, medium sweet tea', ['24198731', '1 nugget', 6], ['71401030', '1 medium fast food order', 1], ['92308000', '1 medium drink', 1]],
  ['popeyes 3 pc tenders and a large cajun fry', ['24198741', '1 tender, strip, or finger', 3], ['71401030', '1 large fast food order', 1]],
  // snacks
  ['small bag of lays', ['71200010', '1 small single serving bag', 1]],
  ['an orange and some walnuts', ['61119010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['a yogurt tube and an applesauce cup', ['11436100', '1 tube', 1], ['63101110', '1 snack size container', 1]],
  ['a small apple and 1 oz cheddar', ['63101000', '1 small', 1], ['14104100', { grams: OZ }, 1]],
  ['15 pretzel twists', ['54408015', '1 pretzel, NS as to size', 15]],
  ['kettle corn, 2 cups at the fair', ['54403089', '1 cup', 2]],
  ['a nectarine and a few almonds', ['63131010', '1 fruit', 1], ['42100100', '1 nut', 3]],
  ['snack size bag of doritos and a capri sun', ['54401110', '1 small single serving bag', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['a banana and a small gatorade (12 oz)', ['63107010', '1 banana', 1], ['95320200', '1 bottle (12 fl oz)', 1]],
  // desserts
  ['2 chocolate chip cookies', ['53206000', '1 medium cookie', 2]],
  ['1/2 cup vanilla ice cream', ['13110100', '1 cup', 0.5]],
  ['banana pudding, a cup', ['13241000', '1 cup', 1]],
  ['3 oatmeal cookies and a cup of coffee', ['53233000', '1 medium', 3], ['92100000', '1 cup (8 fl oz)', 1]],
  ['1 cup frozen yogurt w sprinkles', ['11459990', '1 cup', 1], ['91705250', QNS, 1]],
  ['strawberry shortcake, 1 slice', ['53123070', '1 piece/slice, any size', 1]],
  // drinks
  ['glass of milk before bed', ['11100000', '1 fl oz', 8]],
  ['medium latte w oat milk', ['92101903', '1 medium', 1]],
  ['a chai latte', ['92306800', QNS, 1]],
  ['1 cup of apple cider', ['64101010', '1 fl oz (NFS)', 8]],
  ['2 bottles of corona', ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['a glass of prosecco and 2 glasses of red', ['93401005', '1 glass', 1], ['93401010', '1 glass', 2]],
  ['24 oz fountain dr pepper', ['92410360', '1 fl oz (NFS)', 24]],
  // lows
  ['low 58, drank 4 oz orange juice', ['61210000', '1 fl oz (NFS)', 4]],
  ['bg 62 - 1/2 cup apple juice', ['64104010', '1 fl oz (NFS)', 4]],
  ['bg 54 - 6 oz apple juice and 3 crackers', ['64104010', '1 fl oz (NFS)', 6], ['54001000', '1 cracker', 3]],
  ['woke up at 60, had 1 tbsp honey', ['91302010', '1 tablespoon', 1]],
  ['low 3.6 - a pack of fruit snacks', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['my son went low at recess, he had a mini box of raisins', ['62125100', '1 miniature box (.5 oz)', 1]],
  ['my daughter was 65, gave her 8 oz chocolate milk', ['11511000', '1 fl oz', 8]],
  // holidays and trips
  ['thanksgiving plate: turkey, 1 cup mashed potatoes, stuffing, sweet potato casserole', ['24201000', QNS, 1], ['71501000', '1 cup', 1], ['51182010', QNS, 1], ['73409000', QNS, 1]],
  ['airport: large pretzel and a diet coke', ['54408400', '1 large', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['cruise buffet: 2 cups pasta w marinara and a roll', ['58146222', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['christmas morning: 2 cinnamon rolls and coffee', ['51160110', '1 medium', 2], ['92100000', QNS, 1]],
  ['superbowl: 8 wings, celery w blue cheese and a beer', ['24168002', '1 drummette', 8], ['75109000', QNS, 1], ['83101000', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['vacation breakfast buffet: a waffle, scrambled eggs, 2 strips bacon', ['55201000', '1 medium waffle', 1], ['32129990', QNS, 1], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['beach day: hot dog, small bag of chips and a lemonade', ['27564000', '1 sandwich', 1], ['71200010', '1 small single serving bag', 1], ['92510955', QNS, 1]],
  // older adults, carers
  ['mom had a slice of toast and tea', ['51101010', '1 medium or regular slice', 1], ['92302000', QNS, 1]],
  ['dad ate 1 cup oatmeal w raisins', ['56202960', '1 cup, cooked', 1], ['62125100', QNS, 1]],
  ['grandma had a glucerna', ['95104000', '1 bottle (8 fl oz)', 1]],
  ['mom ate half a cup of applesauce and some cottage cheese', ['63101110', '1 cup', 0.5], ['14200100', QNS, 1]],
  ['mom had 1/2 cup cream of wheat and half a banana', ['56206990', '1 cup, cooked', 0.5], ['63107010', '1 banana', 0.5]],
  ['dad: 2 fig newtons and a cup of tea', ['53220030', '1 Newton bar', 2], ['92302000', '1 cup', 1]],
  ['grandpa had a boost and half a turkey sandwich', ['95101000', '1 bottle (8 fl oz)', 1], ['27540010', '1 regular', 0.5]],
  // students, shift workers
  ['bagel w cream cheese and a large iced latte', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['92102500', '1 large', 1]],
  ['gas station hot dog and a 20 oz coke', ['27564000', '1 sandwich', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['night shift snack: a banana and a protein bar', ['63107010', '1 banana', 1], ['53729000', '1 bar', 1]],
  ['a bowl of cereal at midnight', ['57100100', '1 cup', 1]],
  ['2am in the dorm, 1 cup of dry cheerios', ['57123000', '1 cup', 1]],
  ['dining hall: 1 cup mac n cheese and 1 cup broccoli', ['58145110', '1 cup', 1], ['72201211', '1 cup', 1]],
  // added in the second pass
  ['3 scrambled eggs w cheese and 2 slices of wheat toast', ['32130100', '1 egg', 3], ['51300120', '1 medium or regular slice', 2]],
  ['2 big pancakes w butter and syrup', ['55101000', '1 large pancake', 2], ['81100500', QNS, 1], ['91300010', QNS, 1]],
  ['sausage mcmuffin w egg + a hash brown + medium coffee', ['34001310', '1 regular', 1], ['71404010', '1 patty', 1], ['92101000', '1 medium', 1]],
  ['bowl of grits w butter and a biscuit', ['56200990', '1 cup, cooked', 1], ['81100500', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['1 cup cottage cheese w 1 cup cantaloupe', ['14200100', '1 cup', 1], ['63109010', '1 cup', 1]],
  ['a slice of toast w avocado and 1 fried egg', ['51101010', '1 medium or regular slice', 1], ['89902000', QNS, 1], ['31105005', '1 egg', 1]],
  ['2 toaster waffles w peanut butter', ['55200020', '1 waffle', 2], ['42202000', QNS, 1]],
  ['bowl of special k w strawberries', ['57344000', '1 cup', 1], ['63223020', QNS, 1]],
  ['tuna salad w 10 ritz crackers', ['27450060', QNS, 1], ['54301030', '1 cracker', 10]],
  ['a bowl of chicken tortilla soup and some chips', ['58421080', '1 cup', 1], ['54401075', QNS, 1]],
  ['half a turkey club and a cup of broccoli cheese soup', ['27540123', '1 sandwich, any size', 0.5], ['72302100', '1 cup', 1]],
  ['school lunch: 6 nuggets, tots and a milk', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['11100000', '1 individual school container', 1]],
  ['bean and cheese burrito + a side of spanish rice', ['58102610', '1 small/regular', 1], ['58163430', QNS, 1]],
  ['grilled shrimp and 1 cup rice pilaf', ['26319123', QNS, 1], ['58162310', '1 cup', 1]],
  ['pork tenderloin, a baked sweet potato and green beans', ['22210300', QNS, 1], ['73403000', '1 medium', 1], ['75205030', QNS, 1]],
  ['3 slices of ham and 1 cup scalloped potatoes', ['22311000', '1 regular/thin slice', 3], ['71305015', '1 cup', 1]],
  ['a bowl of gumbo and 1 slice of french bread', ['27363000', '1 cup', 1], ['51107010', '1 medium or regular slice', 1]],
  ['2 turkey burgers on wheat buns and a pickle', ['27545110', '1 sandwich', 2], ['75503010', '1 regular', 1]],
  ['3 baked chicken drumsticks and 1 cup corn', ['24142300', '1 medium drumstick', 3], ['75216120', '1 cup', 1]],
  ['lamb chops x2, 1 cup couscous', ['23101000', '1 chop, any size', 2], ['56207160', '1 cup, cooked', 1]],
  ['1 cup shrimp fried rice and 3 crab rangoon', ['58150510', '1 cup', 1], ['58111110', '1 item, any size', 3]],
  ['chicken curry 1 cup + 2 rotis', ['27146150', '1 cup', 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['butter chicken and 1.5 cups rice', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['carne asada plate w rice, beans and 2 tortillas', ['21001000', QNS, 1], ['58160102', QNS, 1], ['52215000', '1 medium', 2]],
  ['4 slices cheese pizza at the party', ['58106210', '1 piece, NFS', 4]],
  ['3 mozzarella sticks w marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 3], ['74404010', QNS, 1]],
  ['half a cup of blueberries and 1/2 cup plain greek yogurt', ['63203010', '1 cup', 0.5], ['11411390', '1 cup', 0.5]],
  ['1 oz cashews and an apple', ['42104000', '1 oz', 1], ['63101000', '1 medium', 1]],
  ['protein shake w 1 scoop whey and a banana', ['95230000', '1 scoop, NFS', 1], ['63107010', '1 banana', 1]],
  ['a 12 oz mocha', ['92101950', '1 fl oz', 12]],
  ['2 cans of sprite at the bbq', ['92410510', '1 can (12 fl oz)', 2]],
  ['a bottle of apple juice (10 oz) for my son', ['64104010', '1 bottle (10 fl oz)', 1]],
  ['1/2 cup grape juice for a low', ['64116020', '1 fl oz (NFS)', 4]],
  ['low 52 at work, drank a 12 oz sprite', ['92410510', '1 can (12 fl oz)', 1]],
  ['low at night, 4 oz regular pepsi', ['92410310', '1 fl oz (NFS)', 4]],
  ['bg 68, half a banana', ['63107010', '1 banana', 0.5]],
  ['easter brunch: 3 deviled eggs, ham, a slice of quiche', ['32102000', '1 egg', 3], ['22311000', QNS, 1], ['58125110', '1 piece (1/8 of 9" dia)', 1]],
  ['st patricks: corned beef, cabbage and 2 boiled potatoes', ['21416000', QNS, 1], ['75211020', QNS, 1], ['71102980', '1 medium', 2]],
  ['valentines: 4 chocolates from the box', ['91705010', '1 piece', 4]],
  ['2 scoops of chocolate gelato on vacation', ['13110470', '1 scoop', 2]],
  ['mom had a cup of vegetable beef soup and 4 saltines', ['75656060', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['dad had 2 slices of wheat bread w butter and a boiled egg', ['51300110', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['31103010', '1 egg', 1]],
  ['2 slices of cold pizza and a red bull before class', ['58106210', '1 piece, NFS', 2], ['95310600', '1 can (8.4 fl oz)', 1]],
  ['shift meal: 1 cup chicken fried rice + an egg roll', ['58150320', '1 cup', 1], ['58110130', '1 egg roll', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-seventh held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 38-40. Generated by core/chat/make-eval-meals-holdout-37.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -36.ts, with the decisions this set needed in the header of make-eval-meals-holdout-37.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-37.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-37.json`);
}
