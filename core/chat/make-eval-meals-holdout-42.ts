/**
 * Writes eval-meals.holdout-42.json: the forty-second held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 01:20 UTC) by an engineer who has not read the
 * estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test, any scoring
 * results (eval-meals*.results.json) or the estimator's commit history, and who ran nothing that
 * scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 41, 43 and 44 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish (looked up by searching the earlier sets' messages and items), the same
 * food and portion were used, so that the same dish means the same food across sets. The builder
 * checks every code and portion against the table. No message repeats one of eval-meals.json or
 * holdouts 1-40 (checked by script: lower-cased, punctuation-folded messages compared, and every
 * pair with a word overlap (Jaccard) of 0.6 or more read and, where it was a paraphrase — the same
 * foods, amounts and situation — rewritten with another amount, companion food or situation; about
 * 90 first drafts were rewritten this way). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts … -40.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days: home cooking, school and work
 * lunches, restaurants, fast food, takeout, snacks, drinks, desserts, treating a low, the odd
 * holiday or trip. Most messages are everyday foods on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "2 toast" is 2 slices of white toast; "hash browns" / "mashed potatoes" / sides without amount
 *   are "Quantity not specified".
 * - "school lunch: 2 tacos": FNDDS has no school taco, so holdout 7's school rule does not apply;
 *   the count-convention corn-tortilla beef taco (holdout 5's tacos) is used.
 * - "dominos medium cheese pizza, i had 2 slices" is the cheese pizza's "1 piece, medium pizza"
 *   (the message names the pizza's size, so the slice of that size); "2 pieces of frozen thin crust
 *   cheese pizza" the frozen thin-crust cheese pizza's "1 piece, NFS".
 * - "bacon egg and cheese on wheat toast" is the egg sandwich on wheat with meat and cheese; a
 *   "sausage egg mcmuffin" the egg sandwich on English muffin with sausage (holdout 11).
 * - "big blueberry muffin" is the fruit muffin's "1 large" (holdout 5's big = large); "medium
 *   coffee" beside it Coffee, NS as to type, "1 medium".
 * - "cheeseburger & onion rings at the drive in" is the fast-food cheeseburger with 1 medium patty
 *   (holdouts 24 and 39) and the onion rings' "1 fast food order" (holdout 10).
 * - "chicken shawarma wrap" is the grilled chicken fillet wrap (holdouts 26 and 35); "butter
 *   chicken" and "chicken curry" are chicken curry (holdout 6), "basmati" is white rice.
 * - "kimbap, 1 roll" is Sushi, NFS, "Quantity not specified" (holdout 4's whole roll); "rice noodle
 *   soup w beef" is pho with meat by the cup; "2 aloo parathas" the plain paratha (FNDDS has no
 *   stuffed one); "arepa w cheese" holdout 3's Arepa Dominicana piece and Cheese, NFS.
 * - "large boba milk tea" drops the size word: bubble tea has only "1 item, any size" (holdout 4).
 * - "2 packets of hot cocoa made w water" is 2 × the dry-mix-with-water cocoa's "1 packet,
 *   reconstituted"; "44 oz sweet tea" 44 × its "1 fl oz (NFS)"; "250 ml orange juice" 250 / 29.5735
 *   × "1 fl oz (NFS)" (holdout 7's ml rule).
 * - Shares: "large popcorn at the movies, shared w my wife" 0.5 × the movie popcorn's "1 large
 *   order"; "large oreo blizzard, shared w my daughter" 0.5 × "1 large" (holdouts 12 and 40).
 * - "2 oz pretzels" is 56.7 g of Pretzels, NFS (holdout 14's ounce rule); "250 g grapes" grams.
 * - Lows list only the treatment eaten (holdout 20); "low 3.5" is mmol/L (holdout 23); "2 tsp
 *   honey in tea" is 2/3 × honey's "1 tablespoon" (holdout 32) and the tea "Quantity not
 *   specified"; fig newtons are the fig bar's "1 Newton bar", gummy bears the gummy candy's "1
 *   piece", starbursts the taffy's "1 piece" (holdouts 12-15).
 * - "st patricks: corned beef, cabbage, 1 cup boiled potatoes": corned beef QNS and cooked green
 *   cabbage QNS (holdout 14) and Potato, boiled, NFS "1 cup" (holdout 2's boiled potatoes).
 * - "chicken breast" at home with no method is the baked breast, skin not eaten, QNS (holdout 40);
 *   "roast chicken thigh" the baked/roasted thigh, skin eaten, "1 medium thigh" (holdout 13);
 *   "grilled salmon" Fish, salmon, grilled, QNS (holdout 12).
 * - "chicken stir fry" is chicken and vegetables including carrots, broccoli (holdout 15);
 *   "leftover chicken fried rice" Rice, fried, with chicken (holdout 26); "baked ziti" pasta with
 *   tomato-based sauce and cheese (holdout 18).
 * - "slice of apple pie + a cup of coffee" is Pie, apple, "1 regular slice" and Coffee, NS as to
 *   type, "1 cup (8 fl oz)"; "2 cupcakes at my daughters class party" Cake or cupcake, NFS, "1
 *   cupcake, any size" (holdouts 12 and 33).
 * - Gravy beside turkey is poultry gravy QNS (holdouts 13, 24 and 36); beside pork chop or KFC
 *   mashed potatoes beef gravy QNS (holdout 2's gravy).
 * - "kfc: 3 tenders, mashed potatoes w gravy, biscuit" follows holdouts 11, 12 and 16 for KFC sides
 *   (Potato, mashed, NFS QNS; Biscuit, NFS) and beef gravy QNS (holdout 2's gravy).
 * - "cheese enchiladas x2 w rice & beans" at home: meatless enchiladas (holdout 6), Spanish rice NS
 *   as to fat (holdout 32) and refried beans, each side QNS.
 * - Typos and abbreviations only where the meaning is plain ("w", "&", "+", "pb", "oj", "bg",
 *   "cgm", "choc", "x2"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-42.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 slices toast w peanut butter', ['51101010', '1 medium or regular slice', 2], ['42202000', QNS, 1]],
  ['bowl of cheerios w 2% and a banana before work', ['57123000', '1 cup', 1], ['11112110', QNS, 1], ['63107010', '1 banana', 1]],
  ['oatmeal 1 cup w blueberries', ['56202960', '1 cup, cooked', 1], ['63203010', QNS, 1]],
  ['2 eggs + 1 slice white toast', ['31102000', '1 egg', 2], ['51101010', '1 medium or regular slice', 1]],
  ['bagel and cream cheese on the way to work', ['51180010', '1 regular', 1], ['14301010', QNS, 1]],
  ['greek yogurt cup & half a banana', ['11400010', '1 container, NFS', 1], ['63107010', '1 banana', 0.5]],
  ['4 pancakes, syrup, 3 sausage links for my teenager', ['55101000', '1 medium pancake', 4], ['91300010', QNS, 1], ['25221400', '1 breakfast size link', 3]],
  ['2 english muffins w butter and jam', ['51186010', '1 muffin', 2], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['small coffee w milk and 2 sugars', ['92100000', '1 small', 1], ['11100000', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['2 frozen waffles with pb', ['55200020', '1 waffle', 2], ['42202000', QNS, 1]],
  ['2 cups frosted flakes w whole milk for my son', ['57348000', '1 cup', 2], ['11111000', QNS, 1]],
  ['half a bagel with peanut butter', ['51180010', '1 regular', 0.5], ['42202000', QNS, 1]],
  ['2 scrambled eggs, hash browns and 2 toast', ['32129990', '1 egg', 2], ['71404000', QNS, 1], ['51101010', '1 medium or regular slice', 2]],
  ['banana + coffee w creamer', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['1 packet maple brown sugar oatmeal + a banana', ['56203130', '1 packet, dry, yields', 1], ['63107010', '1 banana', 1]],
  ['raisin bran, 3/4 cup, w 1% milk', ['57329000', '1 cup', 0.75], ['11112210', QNS, 1]],
  ['big blueberry muffin + medium coffee w cream', ['52302010', '1 large', 1], ['92100000', '1 medium', 1], ['12210200', QNS, 1]],
  ['avacado toast on sourdough', ['51133020', '1 medium or regular slice', 1], ['89902000', QNS, 1]],
  ['breakfast burrito + coffee before my shift', ['34003100', '1 item, any size', 1], ['92100000', QNS, 1]],
  ['mcdonalds fruit parfait', ['11446000', "1 McDonald's parfait", 1]],
  ['1.5 cups grits w butter & 1 fried egg', ['56200990', '1 cup, cooked', 1.5], ['81100500', QNS, 1], ['31105005', '1 egg', 1]],
  ['a croissant & black coffee', ['51166000', '1 medium croissant', 1], ['92101000', QNS, 1]],
  ['sausage egg mcmuffin and a coffee', ['34001310', '1 regular', 1], ['92100000', QNS, 1]],
  ['cheerios for my son, half cup, w whole milk', ['57123000', '1 cup', 0.5], ['11111000', QNS, 1]],
  ['2 slices french toast w syrup & 2 strips bacon', ['55301000', '1 slice, any size', 2], ['91300010', QNS, 1], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['bacon egg and cheese on wheat toast', ['34001230', '1 regular', 1]],
  ['granola 1/2 cup + 1 cup skim milk', ['57227000', '1 cup', 0.5], ['11113000', '1 cup', 1]],
  ['peanut butter toast and a glass of milk', ['51101010', '1 medium or regular slice', 1], ['42202000', QNS, 1], ['11100000', '1 fl oz', 8]],
  ['2 hard boiled eggs & a whole wheat english muffin', ['31103010', '1 egg', 2], ['51303030', '1 muffin', 1]],
  ['toaster strudel x2', ['53510100', '1 Toaster Strudel', 2]],
  ['pop tart before school', ['53452100', '1 pastry', 1]],
  ['honey nut cheerios, a bowl, no milk', ['57241000', '1 cup', 1]],
  // lunch
  ['turkey sandwich on white & an apple', ['27540010', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['pb&j + juice box in my sons lunch', ['42302010', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['leftover spagetti w meat sauce, 2 cups, lunch at work', ['58146322', '1 cup', 2]],
  ['grilled chicken salad with ranch', ['27446300', QNS, 1], ['83113500', QNS, 1]],
  ['footlong italian sub + a bag of chips', ['27560630', '1 regular or 6" submarine', 2], ['71200010', '1 small single serving bag', 1]],
  ['grilled cheese and tomato soup, 1.5 cups', ['14640100', '1 sandwich', 1], ['74602010', '1 cup', 1.5]],
  ['2 slices of cheese pizza for lunch', ['58106210', '1 piece, NFS', 2]],
  ['sick day: 1 cup chicken noodle soup + 8 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 8]],
  ['2 hot dogs and a bag of chips', ['27564000', '1 sandwich', 2], ['71200010', '1 small single serving bag', 1]],
  ['3/4 cup mac n cheese + a hot dog for my son', ['58145110', '1 cup', 0.75], ['27564000', '1 sandwich', 1]],
  ['1.5 cups chili w 2 pieces cornbread', ['27111400', '1 cup', 1.5], ['52201000', '1 piece', 2]],
  ['turkey wrap and a pear', ['27540070', '1 sandwich, any size', 1], ['63137010', '1 fruit', 1]],
  ['ham & cheese on white + a bag of pretzels', ['27520220', '1 regular', 1], ['54408015', '1 small single serving bag', 1]],
  ['chicken salad sandwhich on white w a small apple', ['27540120', '1 regular', 1], ['63101000', '1 small', 1]],
  ['tuna salad on 8 ritz', ['27450060', QNS, 1], ['54301030', '1 cracker', 8]],
  ['lean cuisine teriyaki chicken + a yogurt at work', ['28141201', '1 Lean Cuisine meal (11 oz)', 1], ['11400000', '1 container, NFS', 1]],
  ['bowl of lentil soup', ['41603010', '1 cup', 1]],
  ['2 cup noodles in the dorm', ['58407030', '1 individual container', 2]],
  ['6" meatball sub and a coke', ['27510700', '1 regular or 6" submarine', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['blt and a cup of fruit salad', ['27520610', '1 sandwich, any size', 1], ['63311000', '1 cup', 1]],
  ['chicken quesadilla, half of it', ['58104740', '1 full circle', 0.5]],
  ['uncrustable and some grapes for my daughter', ['42303100', '1 sandwich', 1], ['63123000', QNS, 1]],
  ['school lunch: 2 tacos, corn, milk carton', ['58102010', '1 small/regular', 2], ['75216120', QNS, 1], ['11100000', '1 individual school container', 1]],
  ['egg salad sandwich on white w a pickle', ['32203010', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['leftover chicken fried rice, about 1 cup', ['58150320', '1 cup', 1]],
  ['3 slices meat lovers pizza on game night', ['58106610', '1 piece, NFS', 3]],
  ['bean & cheese burrito from the freezer', ['58102610', '1 small/regular', 1]],
  ['caesar salad w chicken + a roll', ['27446360', '1 salad', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  // dinner
  ['chicken breast + 1 cup mashed sweet potato + green beans', ['24122131', QNS, 1], ['73409000', '1 cup', 1], ['75205030', QNS, 1]],
  ['spaghetti w marinara, 1 cup, and a side salad', ['58146222', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['3 soft beef tacos', ['58102110', '1 small/regular', 3]],
  ['baked salmon, baked potato & salad', ['26137110', QNS, 1], ['71100100', '1 medium', 1], ['75143000', QNS, 1]],
  ['2 slices meatloaf w mashed potatoes and corn', ['27214100', '1 medium slice', 2], ['71501000', QNS, 1], ['75216120', QNS, 1]],
  ['pork chop + 1 cup mashed potatoes & gravy', ['22101000', '1 regular', 1], ['71501000', '1 cup', 1], ['28500040', QNS, 1]],
  ['lasagna 1 piece and garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', QNS, 1]],
  ['chicken stir fry over 1/2 cup white rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 0.5]],
  ['shepherds pie, a cup and a half', ['27311510', '1 cup', 1.5]],
  ['roast chicken thigh w 1 cup roast potatoes', ['24152230', '1 medium thigh', 1], ['71104030', '1 cup', 1]],
  ['beef stew 1 cup + 2 dinner rolls', ['27311600', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 2]],
  ['chicken alfredo a bowl', ['58146422', '1 cup', 1]],
  ['steak and fries', ['21001000', QNS, 1], ['71400990', QNS, 1]],
  ['sloppy joe w tater tots', ['27510100', '1 sandwich, any size', 1], ['71505000', QNS, 1]],
  ['1 cup white rice w teriyaki chicken & steamed brocoli', ['56205001', '1 cup, cooked', 1], ['27145000', QNS, 1], ['72201211', QNS, 1]],
  ['2 pieces fried chicken + mashed potatoes + biscuit', ['24107070', '1 piece', 2], ['71501000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['chili w crackers, 1.5 cups', ['27111400', '1 cup', 1.5], ['54001000', QNS, 1]],
  ['baked ziti 1 cup w 2 garlic knots', ['58146150', '1 cup', 1], ['51156500', '1 medium/regular/sandwich size roll', 2]],
  ['pork chop, an applesauce cup & green beans', ['22101000', '1 regular', 1], ['63101110', '1 snack size container', 1], ['75205030', QNS, 1]],
  ['chicken thigh + 3/4 cup rice & broccoli', ['24152230', '1 medium thigh', 1], ['56205001', '1 cup, cooked', 0.75], ['72201211', QNS, 1]],
  ['tacos at home: 2 hard shell beef, rice & beans', ['58102010', '1 small/regular', 2], ['58160150', QNS, 1]],
  ['hamburger helper 1 cup + corn', ['58145136', '1 cup', 1], ['75216120', QNS, 1]],
  ['grilled salmon w 1/3 cup quinoa & a salad', ['26137123', QNS, 1], ['56204000', '1 cup, cooked', 1 / 3], ['75143000', QNS, 1]],
  ['breakfast for dinner: 2 waffles & bacon', ['55201000', '1 medium waffle', 2], ['22600100', QNS, 1]],
  ['2 pieces of frozen thin crust cheese pizza', ['58106200', '1 piece, NFS', 2]],
  ['chicken pot pie, individual one', ['27347100', '1 individual pie', 1]],
  ['fish sticks x6 w ketchup', ['26100270', '1 stick', 6], ['74401010', QNS, 1]],
  ['st patricks: corned beef, cabbage, 1 cup boiled potatoes', ['21416000', QNS, 1], ['75211020', QNS, 1], ['71102980', '1 cup', 1]],
  ['spaghetti squash 2 cups w marinara & parm', ['75233220', '1 cup', 2], ['74404010', QNS, 1], ['14108010', QNS, 1]],
  ['5 pierogies w sour cream', ['58121610', '1 item, any size', 5], ['12310100', QNS, 1]],
  // eating out / fast food / takeout
  ['mcchicken, small fry & a sweet tea', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1], ['92308000', QNS, 1]],
  ['big mac, medium fries + a diet coke on the road trip', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 medium fast food order', 1], ['92410320', QNS, 1]],
  ['4 chicken tenders & fries from zaxbys', ['24198741', '1 tender, strip, or finger', 4], ['71401030', QNS, 1]],
  ['12 count nuggets from chick fil a & a small waffle fry', ['24198731', '1 nugget', 12], ['71401030', '1 small fast food order', 1]],
  ['2 crunchy tacos from taco bell', ['58102010', '1 small/regular', 2]],
  ['chicken parm at olive garden w pasta', ['27146300', QNS, 1], ['58146222', QNS, 1]],
  ['panda express orange chicken + white rice', ['27146350', QNS, 1], ['56205001', QNS, 1]],
  ['1 spicy tuna roll + 3 salmon nigiri', ['58151220', QNS, 1], ['58151420', '1 piece', 3]],
  ['general tsos + 1.5 cups white rice takeout', ['27445150', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['3 slices pepperoni & 10 wings at the game', ['58106540', '1 piece, NFS', 3], ['24168002', '1 drummette', 10]],
  ['popeyes chicken sandwich + fries', ['27540146', '1 regular sandwich', 1], ['71401030', QNS, 1]],
  ['arbys roast beef & a small curly fry', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1]],
  ['shrimp pad thai, ate about 1 cup', ['58137240', '1 cup', 1]],
  ['butter chicken w 1 cup basmati rice', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['whopper jr + small fries + diet coke', ['27510552', '1 hamburger', 1], ['71401030', '1 small fast food order', 1], ['92410320', QNS, 1]],
  ['double cheeseburger off the dollar menu', ['27510387', '1 double cheeseburger', 1]],
  ['6 pc nuggets and small fries for the kid', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1]],
  ['steak fajitas x3 w sour cream', ['58105050', '1 fajita', 3], ['12310100', QNS, 1]],
  ['beef & broccoli w 1 cup rice, takeout', ['27415110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 egg rolls & shrimp lo mein', ['58110130', '1 egg roll', 2], ['58136130', QNS, 1]],
  ['chicken biryani at the indian place', ['27243100', QNS, 1]],
  ['kfc: 3 tenders, mashed potatoes w gravy, biscuit', ['24198741', '1 tender, strip, or finger', 3], ['71501000', QNS, 1], ['28500040', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['subway 6 inch tuna', ['27550720', '1 regular or 6" submarine', 1]],
  ['fish & chips and a pint of cider', ['26100140', QNS, 1], ['71400990', QNS, 1], ['93106500', '1 can or bottle (16 fl oz)', 1]],
  ['half a club sandwich w fries', ['27540123', '1 sandwich, any size', 0.5], ['71400990', QNS, 1]],
  ['bowl of chicken pho + 2 fried spring rolls', ['28310330', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['chicken shawarma wrap w a side of rice', ['27540300', '1 sandwich, any size', 1], ['56205001', QNS, 1]],
  ['carne asada tacos x5', ['58102220', '1 small/regular', 5]],
  ['cheese enchiladas x2 w rice & beans', ['58102840', '1 enchilada, any size', 2], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['dominos medium cheese pizza, i had 2 slices', ['58106210', '1 piece, medium pizza', 2]],
  ['cheeseburger & onion rings at the drive in', ['27510215', '1 cheeseburger', 1], ['75415022', '1 fast food order', 1]],
  // snacks
  ['small apple w 2 tbsp peanut butter', ['63101000', '1 small', 1], ['42202000', '1 tablespoon', 2]],
  ['2 oz pretzels', ['54408000', { grams: 56.7 }, 1]],
  ['3 rice cakes w pb', ['54318500', '1 cake', 3], ['42202000', QNS, 1]],
  ['just ate an orange', ['61119010', '1 fruit', 1]],
  ['1.5 cups grapes', ['63123000', '1 cup', 1.5]],
  ['6 saltines and a little pb', ['54325000', '1 cracker', 6], ['42202000', QNS, 1]],
  ['kind bar at 3', ['53710810', '1 bar', 1]],
  ['half cup cottage cheese + peaches', ['14200100', '1 cup', 0.5], ['63135110', QNS, 1]],
  ['3 clementines and a string cheese for my son', ['61100600', '1 fruit', 3], ['14107030', '1 stick', 1]],
  ['quarter cup trail mix', ['42501000', '1 cup', 0.25]],
  ['chips & queso + a margarita', ['54401075', QNS, 1], ['14620200', QNS, 1], ['93301100', '1 drink', 1]],
  ['250 g grapes', ['63123000', { grams: 250 }, 1]],
  ['pear and 2 cheese sticks', ['63137010', '1 fruit', 1], ['14107030', '1 stick', 2]],
  ['handful of cashews and an apple', ['42104000', QNS, 1], ['63101000', '1 medium', 1]],
  ['large popcorn at the movies, shared w my wife', ['54403005', '1 large order', 0.5]],
  ['2 protein bars on a 12 hr shift', ['53729000', '1 bar', 2]],
  ['granola bar in the car', ['53712100', '1 bar', 1]],
  ['10 triscuits w cheese', ['54337020', '1 cracker', 10], ['14010000', QNS, 1]],
  ['2 applesauce cups', ['63101110', '1 snack size container', 2]],
  ['a banana before my walk', ['63107010', '1 banana', 1]],
  // drinks
  ['coke with lunch, 1 can', ['92410310', '1 can (12 fl oz)', 1]],
  ['44 oz sweet tea on the drive', ['92308000', '1 fl oz (NFS)', 44]],
  ['large hot coffee w cream and 3 sugars', ['92100000', '1 large', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 3]],
  ['glass of red wine w some cheese and grapes', ['93401010', '1 glass', 1], ['14010000', QNS, 1], ['63123000', QNS, 1]],
  ['4 beers at the bbq', ['93101000', '1 can or bottle (12 fl oz)', 4]],
  ['venti mocha frappuccino', ['92101920', '1 large', 1]],
  ['20 oz gatorade at practice', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['2 cups of chocolate milk after practice', ['11511000', '1 cup', 2]],
  ['two margaritas on the rocks at happy hour', ['93301100', '1 drink', 2]],
  ['250 ml orange juice', ['61210000', '1 fl oz (NFS)', 250 / 29.5735]],
  ['large boba milk tea', ['92306910', '1 item, any size', 1]],
  ['12 oz dr pepper', ['92410360', '1 can (12 fl oz)', 1]],
  ['2 packets of hot cocoa made w water', ['11514100', '1 packet, reconstituted', 2]],
  ['grande vanilla latte', ['92101904', '1 medium', 1]],
  // desserts
  ['slice of apple pie + a cup of coffee', ['53301000', '1 regular slice', 1], ['92100000', '1 cup (8 fl oz)', 1]],
  ['half cup vanilla ice cream', ['13110100', '1 cup', 0.5]],
  ['brownie from the bake sale', ['53204000', '1 medium', 1]],
  ['slice of chocolate cake w a scoop of vanilla', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['cheesecake factory cheesecake, one slice', ['53104500', '1 piece/slice, any size', 1]],
  ['4 chocolate chip cookies w a glass of 2% milk', ['53206000', '1 medium cookie', 4], ['11112110', '1 fl oz', 8]],
  ['2 cupcakes at my daughters class party', ['53100100', '1 cupcake, any size', 2]],
  ['large oreo blizzard, shared w my daughter', ['13130700', '1 large', 0.5]],
  ['3 fudgesicles over the evening', ['13140900', '1 sicle', 3]],
  // lows
  ['bg 58, 4 oz oj', ['61210000', '1 fl oz (NFS)', 4]],
  ['low at recess, nurse gave him a juice box', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['low 3.5 - 2 tsp honey in tea', ['91302010', '1 tablespoon', 2 / 3], ['92302000', QNS, 1]],
  ['bg 61, drank half a can of coke', ['92410310', '1 can (12 fl oz)', 0.5]],
  ['woke up at 63, 4 starbursts', ['91750000', '1 piece', 4]],
  ['low during soccer, 12 oz gatorade', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['cgm alarm 68, had 8 gummy bears', ['91745010', '1 piece', 8]],
  ['went low at work, 2 fig newtons', ['53220030', '1 Newton bar', 2]],
  // holidays, trips
  ['thanksgiving plate: turkey, mashed & gravy, stuffing, slice of pumpkin pie', ['24201000', QNS, 1], ['71501000', QNS, 1], ['28500000', QNS, 1], ['51182010', QNS, 1], ['53347000', '1 regular slice', 1]],
  ['christmas ham, 1/2 cup scalloped potatoes & a roll', ['22311000', QNS, 1], ['71305015', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['corn dog & a funnel cake at the state fair', ['27560300', '1 regular', 1], ['55801000', '1 cake (6" dia)', 1]],
  ['airport soft pretzel + diet coke', ['54408400', '1 medium/regular', 1], ['92410320', QNS, 1]],
  ['halloween night - 2 fun size snickers + 3 mini reeses', ['91705520', '1 fun/snack size', 2], ['91705530', '1 miniature/bite size', 3]],
  ['easter: 3 mini reeses and a peep', ['91705530', '1 miniature/bite size', 3], ['91723000', '1 piece', 1]],
  ['at the ballgame: hot dog, peanuts and a beer', ['27564000', '1 sandwich', 1], ['42111000', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['hotel breakfast: waffle from the machine + oj', ['55201000', '1 medium waffle', 1], ['61210000', QNS, 1]],
  // other cuisines
  ['rice and beans w a pork chop', ['58160150', QNS, 1], ['22101000', '1 regular', 1]],
  ['dal w 1/2 cup rice and a roti', ['41305050', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['10 steamed dumplings', ['58112510', '1 item, any size', 10]],
  ['half a pita w 4 tbsp hummus', ['51109100', '1 medium pita', 0.5], ['41205070', '1 tablespoon', 4]],
  ['arepa w cheese', ['52220110', '1 piece (4" x 2" x 1-3/4")', 1], ['14010000', QNS, 1]],
  ['3 chicken tamales at my moms', ['58103130', '1 item, any size', 3]],
  ['jerk chicken w 1.5 cups rice and peas', ['24103050', QNS, 1], ['58160150', '1 cup', 1.5]],
  ['2 aloo parathas', ['51300185', '1 paratha', 2]],
  ['chicken curry w 3 rotis', ['27146150', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 3]],
  ['kimbap, 1 roll', ['58151100', QNS, 1]],
  ['rice noodle soup w beef, 2 cups', ['28310330', '1 cup', 2]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Forty-second held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors or to the writers of the parallel sets. Generated by core/chat/make-eval-meals-holdout-42.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-40, with the decisions this set needed in the header of make-eval-meals-holdout-42.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-42.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-42.json`);
}
