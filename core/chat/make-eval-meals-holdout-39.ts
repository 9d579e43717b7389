/**
 * Writes eval-meals.holdout-39.json: the thirty-ninth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 00:48 UTC; first committed at about 01:05 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json), the git log or the estimator's git history,
 * and who ran nothing that scores messages; committed on its own branch BEFORE the estimator was
 * run on any of these messages and not shown to the estimator's authors, who were changing the
 * estimator at the time, nor to the writers of the parallel sets 37, 38 and 40 (whose sets were not
 * looked at either). Each food was chosen from foods.csv and each portion from portions.csv
 * (core/foods/fndds/), the way a dietitian would pick them for the message; where an earlier
 * held-out set already chose a food for the same dish, the same food was used, so that the same
 * dish means the same food across sets. The builder checks every code and portion against the
 * table. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA
 * portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts to -36.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-36, checked by script:
 * lower-cased, punctuation-folded messages compared; every message whose items (food, portion and
 * quantity) are exactly those of an earlier message read; every pair with a word overlap (Jaccard)
 * of 0.6 or more read. About 120 of the 187 first drafts failed one check or the other (some 20
 * were word-for-word repeats of an earlier message; the everyday messages are thoroughly covered by
 * the 7,500 earlier ones) and were given other amounts, sides or contexts and checked again, many
 * two or three times. The few that still share their items with an earlier message say so in
 * plainly other words and another situation ("glass of milk for my daughter before bed" beside
 * "8 oz milk with dinner", "cgm alarm 3.6 - 200 ml apple juice" beside "200 ml apple juice"), which
 * the brief allows; pairs still above 0.7 word overlap name other foods or amounts. No message has
 * an expected total of 0 g; none names more than four foods.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, treating a low, and the odd holiday or trip. Most messages are everyday foods
 * on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "4 squares dark chocolate" is 4 × dark chocolate candy's "1 piece" (holdout 34's piece of dark
 *   chocolate; a square of a bar is the piece).
 * - "a cup of coffee w cream and 2 sugars" is Coffee, NS as to type, "1 cup (8 fl oz)" (holdout 20),
 *   2 × sugar "1 teaspoon" and liquid creamer "Quantity not specified" (holdout 8).
 * - "big everything bagel" is the plain Bagel's "1 large" (FNDDS has no everything bagel; big =
 *   large, holdout 5); "a large coffee" beside it Coffee, NS as to type, "1 large".
 * - "pack of ramen w 2 eggs" is holdout 7's 3 oz block and 2 × the egg NS as to cooking method
 *   (holdout 4: no method said), not holdout 33's poached egg (that message said poached).
 * - "sonic cheeseburger" is the fast-food cheeseburger with 1 medium patty (holdout 24's Wendy's
 *   cheeseburger; FNDDS has no Sonic entry); "tots" there the fast-food tots' only order portion
 *   (holdout 21).
 * - "whopper (no cheese)" is FNDDS's Whopper (Burger King) "1 hamburger".
 * - "big mac and a small vanilla shake" is the fast-food milk shake, flavors other than chocolate,
 *   "1 small" (holdout 22's jamocha shake at a fast-food size).
 * - "pizza hut personal pan pepperoni + 2 breadsticks" uses the NS-crust pepperoni pizza's "1
 *   personal size pizza" (holdout 30) and the restaurant soft breadstick's "1 medium stick" (holdout 9).
 * - "beef & bean nachos, the whole order, shared w my husband" is 0.5 × the nachos' "1 order"
 *   (holdout 21's whole order, holdout 12's share). A first draft, "beef and bean nachos, split 3
 *   ways", was dropped: a third of the nachos' 125 g "Quantity not specified" is 7.6 g of
 *   carbohydrate, no fair answer for a restaurant plate.
 * - "pita chips, about 1 oz, w 2 tbsp tzatziki" is 28.35 g of pita chips (holdout 14's ounce rule)
 *   and 2 × tzatziki dip's "1 tablespoon".
 * - "large banana + 2 tbsp peanut butter" drops the size word (holdout 16: the banana has only "1
 *   banana"); "2 string cheese" is 2 × the part-skim mozzarella "1 stick" (holdout 10).
 * - "2 cans of ginger ale over the day, sick" is the regular (sugared) ginger ale's 12 fl oz can
 *   (holdout 30's ginger ale for an upset stomach).
 * - "grande iced latte" is FNDDS's Coffee, Iced Latte, "1 medium" (holdout 4's grande = medium);
 *   "tall chai latte" hot tea with milk, "1 small" (holdout 32's grande chai latte).
 * - "16 oz chocolate milk", "400 ml chocolate milk", "20 oz hot cocoa", "24 oz sweet tea" are N fl oz
 *   × the drink's "1 fl oz" (holdouts 5 and 7); "20 oz diet coke" / "20 oz coke" the cola's "1 bottle
 *   (20 fl oz)" (a size USDA has, holdout 5); "a 12 oz red bull" Red Bull's "1 can (12 fl oz)".
 * - "2 slim jims" are beef jerky "1 Slim Jim" (holdout 12); "a pack of fruit snacks" the fruit
 *   snacks' "1 snack size/pouch/regular size"; "half a juice box" 0.5 × apple juice's juice box
 *   (holdout 18).
 * - "one nature valley bar (half the pack)" is the Nature Valley crunchy bar's "1 bar" (holdout 7's
 *   2-pack is "1 package (2 bars)").
 * - "some cheese and crackers" at a book club are Cheese, NFS and Crackers, NFS, each "Quantity not
 *   specified".
 * - "a twix" is the caramel-filled chocolate candy's "1 pouch/regular size" (holdout 25).
 * - "applebees - 8 boneless wings and fries": holdout 30's boneless wings with hot sauce "1
 *   boneless wing" each and the restaurant fries "Quantity not specified" (holdout 24).
 * - "red lobster - 2 cheddar bay biscuits and shrimp": the cheese biscuit (holdout 8) and Shrimp,
 *   NFS, "Quantity not specified".
 * - "bbq place: pulled pork sandwich, mac n cheese, slaw": Barbecue sandwich, NFS, "1 regular
 *   sandwich" (holdout 14's pulled pork sliders), the restaurant macaroni and cheese (holdout 17)
 *   and the restaurant coleslaw (holdout 31).
 * - "olive garden - zuppa toscana and 1 breadstick" is holdout 31's potato soup with meat,
 *   "Quantity not specified" beside the bread (holdout 10), and the restaurant breadstick.
 * - "fried chicken thighs x2" is the coated fried thigh from raw, "1 medium thigh" each (as earlier
 *   sets chose for a home fried thigh).
 * - "3 cheese enchiladas" are the meatless enchiladas (holdout 6); "spanish rice & refried beans"
 *   at the Mexican place the restaurant foods (holdout 28); "spanish rice" at home Spanish rice, NS
 *   as to fat (holdout 32).
 * - "chicken lo mein, about 2.5 cups, takeout" is Lo mein, with chicken by the cup (an "about"
 *   amount is the amount said, holdout 18).
 * - "sushi night: california roll, tuna roll, miso soup": each whole roll "Quantity not specified"
 *   (holdout 4) and the miso soup "Quantity not specified" (holdout 10's soup beside other food).
 * - "school party: ... a cupcake, 2 oreos and a capri sun": Cake or cupcake, NFS (holdout 17),
 *   2 × "1 Oreo sandwich" (holdout 2) and the Capri Sun pouch (holdout 7).
 * - Lows list only the treatment eaten (holdout 20), even where it includes a snack ("low 58 - 6
 *   oz apple juice and a cheese stick"); "hypo 3.2" and "cgm alarm 3.6" are mmol/L readings
 *   (holdout 23).
 * - Typos and abbreviations were written only where the meaning is plain ("frapp", "pb", "oj",
 *   "bg", "cgm", "pc", "w", "&", "+", "x2") and misspellings only where the
 *   intended food is plain ("sandwhich", "spagetti", "brocoli", "dumplins", "bannana"); the
 *   expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-39.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** US fluid ounce in millilitres (holdout 7's ml rule). */
const FLOZ_ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['over easy eggs x2 and 2 slices wheat toast', ['31105005', '1 egg', 2], ['51300120', '1 medium or regular slice', 2]],
  ['my daughter had 1.5 cups honey nut cheerios w 2% milk', ['57241000', '1 cup', 1.5], ['11112110', QNS, 1]],
  ['oatmeal w blueberries and a little brown sugar', ['56202960', QNS, 1], ['63203010', QNS, 1], ['91102010', QNS, 1]],
  ['1 cup oatmeal made w water, half a banana and a tsp of brown sugar', ['56203056', '1 cup, cooked', 1], ['63107010', '1 banana', 0.5], ['91102010', '1 teaspoon, NFS', 1]],
  ['english muffin w butter & strawberry jam', ['51186010', '1 muffin', 1], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['big everything bagel w cream cheese and a large coffee', ['51180010', '1 large', 1], ['14301010', QNS, 1], ['92100000', '1 large', 1]],
  ['3 pancakes w butter and 2 tbsp syrup', ['55101000', '1 medium pancake', 3], ['81100500', QNS, 1], ['91300010', '1 tablespoon', 2]],
  ['banana and a coffee w milk on the way to work', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['11100000', QNS, 1]],
  ['toast w peanut butter and 4 oz oj', ['51101010', '1 medium or regular slice', 1], ['42202000', QNS, 1], ['61210000', '1 fl oz (NFS)', 4]],
  ['egg & cheese english muffin + a small black coffee', ['34001300', '1 regular', 1], ['92100000', '1 small', 1]],
  ['2 eggo waffles w 1 tbsp syrup and a glass of milk', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 1], ['11100000', '1 fl oz', 8]],
  ['1/2 cup grits, 2 scrambled eggs & 2 strips of bacon', ['56200990', '1 cup, cooked', 0.5], ['32129990', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['1 cup raisin bran w 1/2 cup skim', ['57329000', '1 cup', 1], ['11113000', '1 cup', 0.5]],
  ['biscuit w sausage gravy and 3 scrambled eggs', ['58128000', '1 biscuit with gravy', 1], ['32129990', '1 egg', 3]],
  ['chocolate chip muffin from the gas station', ['52302500', '1 medium', 1]],
  ['hospital cafeteria breakfast burrito and a small coffee', ['34003100', '1 item, any size', 1], ['92100000', '1 small', 1]],
  ['my son had about 3/4 cup cheerios w whole milk', ['57123000', '1 cup', 0.75], ['11111000', QNS, 1]],
  ['half a cinnamon raisin bagel w butter', ['51180030', '1 regular', 0.5], ['81100500', QNS, 1]],
  ['strawberry yogurt cup + half a bannana in the car', ['11430000', '1 container, NFS', 1], ['63107010', '1 banana', 0.5]],
  ['200g greek yogurt w 1/3 cup granola & some blueberries', ['11400010', { grams: 200 }, 1], ['57227000', '1 cup', 1 / 3], ['63203010', QNS, 1]],
  ['sausage biscuit from hardees and a large sweet tea', ['34002130', '1 regular', 1], ['92308000', '1 large drink', 1]],
  ['2 pieces of french toast and a few strawberries', ['55301000', '1 slice, any size', 2], ['63223020', '1 fruit', 3]],
  ['bowl of frosted flakes w almond milk', ['57348000', '1 cup', 1], ['11350040', QNS, 1]],
  ['a cup of coffee w cream and 2 sugars', ['92100000', '1 cup (8 fl oz)', 1], ['91101010', '1 teaspoon', 2], ['12210200', QNS, 1]],
  // lunch
  ['ham & cheese on white + a small bag of doritos', ['27520220', '1 regular', 1], ['54401110', '1 small single serving bag', 1]],
  ['turkey sandwich on wheat, small bag of pretzels, diet coke', ['27540030', '1 regular', 1], ['54408015', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['grilled cheese w a pickle spear', ['14640100', '1 sandwich', 1], ['75503010', '1 spear', 1]],
  ['work lunch: 1 cup leftover spagetti w meat sauce and an apple', ['58146322', '1 cup', 1], ['63101000', '1 medium', 1]],
  ['chicken caesar wrap + chips', ['27540300', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['cold pepperoni pizza for lunch, 2 slices + a clementine', ['58106540', '1 piece, NFS', 2], ['61100600', '1 fruit', 1]],
  ['bowl of chili w 3 saltines', ['27111400', '1 cup', 1], ['54325000', '1 cracker', 3]],
  ['lentil soup 2 cups and a slice of white bread', ['41603010', '1 cup', 2], ['51101000', '1 medium or regular slice', 1]],
  ['cup of chicken noodle soup + half a turkey sandwich', ['58403040', '1 cup', 1], ['27540010', '1 regular', 0.5]],
  ['tuna salad sandwhich on wheat w a dill pickle', ['27550735', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['school lunch today - 6 chicken nuggets w tots and a carton of 1% milk', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['11112210', '1 individual school container', 1]],
  ['1.5 cups mac and cheese w a cut up hot dog for my son', ['58145110', '1 cup', 1.5], ['25210110', '1 regular', 1]],
  ['2 bean burritos from taco bell and a medium baja blast', ['58102610', '1 small/regular', 2], ['92410550', '1 medium drink', 1]],
  ['chipotle bowl - white rice, black beans, chicken, salsa', ['56205001', QNS, 1], ['41101990', QNS, 1], ['24103050', QNS, 1], ['74402100', QNS, 1]],
  ['3 chicken soft tacos w sour cream', ['58102150', '1 small/regular', 3], ['12310100', QNS, 1]],
  ['big mac and a small vanilla shake', ['27510389', "1 McDonald's Big Mac", 1], ['11542200', '1 small', 1]],
  ['whopper (no cheese) and a small fry', ['27510615', '1 hamburger', 1], ['71401030', '1 small fast food order', 1]],
  ['spicy chicken sandwich from wendys, a small fry and a small sprite', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1], ['92410510', '1 small drink', 1]],
  ['chick fil a sandwich and a small waffle fry', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['little caesars - 3 slices of cheese', ['58106210', '1 piece, NFS', 3]],
  ['pizza hut personal pan pepperoni + 2 breadsticks', ['58106540', '1 personal size pizza (5-7" diameter)', 1], ['51184210', '1 medium stick', 2]],
  ['panda: orange chicken, fried rice and 2 crab rangoons', ['27146350', QNS, 1], ['58150310', QNS, 1], ['58111110', '1 item, any size', 2]],
  ['sonic cheeseburger and tots', ['27510215', '1 cheeseburger', 1], ['71505010', '1 fast food order', 1]],
  ['half a pb&j and a glass of milk for my son', ['42302010', '1 sandwich', 0.5], ['11100000', '1 fl oz', 8]],
  ['turkey wrap, a pear and a bag of pretzels', ['27540070', '1 sandwich, any size', 1], ['63137010', '1 fruit', 1], ['54408015', '1 small single serving bag', 1]],
  // dinner
  ['grilled chicken breast w 1.5 cups white rice and green beans', ['24123301', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['75205030', QNS, 1]],
  ['spaghetti w meat sauce, 1 cup, and 2 slices garlic bread', ['58146322', '1 cup', 1], ['51121015', '1 medium slice', 2]],
  ['taco night: 3 hard shell beef tacos + spanish rice', ['58102010', '1 small/regular', 3], ['58163430', QNS, 1]],
  ['1 pork chop, 1/2 cup mashed potatoes & 1/2 cup corn', ['22101000', '1 regular', 1], ['71501000', '1 cup', 0.5], ['75216120', '1 cup', 0.5]],
  ['baked salmon, a sweet potato and asparagus', ['26137120', QNS, 1], ['73403000', '1 medium', 1], ['75202020', QNS, 1]],
  ['meatloaf, mashed potatoes & gravy', ['27214100', QNS, 1], ['71501000', QNS, 1], ['28500040', QNS, 1]],
  ['beef and brocoli stir fry over 1.5 cups white rice', ['27415100', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['1.5 cups chicken alfredo, homemade, + a side salad', ['58146422', '1 cup', 1.5], ['75143000', '1 side salad', 1]],
  ['lasagna, one piece, w a side salad and a breadstick', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['75143000', '1 side salad', 1], ['51183990', '1 medium stick', 1]],
  ['8 oz sirloin, baked potato w butter & sour cream', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['12310100', QNS, 1]],
  ['mexican place: 3 cheese enchiladas w spanish rice & refried beans', ['58102840', '1 enchilada, any size', 3], ['58163405', QNS, 1], ['41205017', QNS, 1]],
  ['shrimp lo mein, about 1 cup, + an egg roll', ['58136130', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['beef stew, 1 bowl, and a dinner roll', ['27311600', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['chicken and dumplins, 1 cup, + 2 biscuits', ['27246100', '1 cup', 1], ['52101000', '1 biscuit', 2]],
  ['pot roast w potatoes & carrots, 2 cups, and 2 rolls', ['27311600', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 2]],
  ['fried chicken thighs x2, mac n cheese and collards', ['24157300', '1 medium thigh', 2], ['58145110', QNS, 1], ['72107220', QNS, 1]],
  ['2 brats on buns and potato salad', ['25220350', '1 bun-size or griller link', 2], ['51154010', '1 hot dog bun', 2], ['71601010', QNS, 1]],
  ['shepherds pie, about 1 cup, and peas', ['27311510', '1 cup', 1], ['75224030', QNS, 1]],
  ['chicken curry w 1/2 cup basmati and a roti', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['sushi night: california roll, tuna roll, miso soup', ['58151180', QNS, 1], ['58151220', QNS, 1], ['41601070', QNS, 1]],
  ['pad thai w shrimp, 1 cup + 2 fresh spring rolls', ['58137240', '1 cup', 1], ['58110200', '1 roll (4-1/4" x 1-1/2" dia)', 2]],
  ['fried fish, fries & coleslaw', ['26100140', QNS, 1], ['71400990', QNS, 1], ['75141000', QNS, 1]],
  ['turkey burger, no bun, w 1 cup sweet potato fries', ['24207000', '1 patty', 1], ['73410200', '1 cup', 1]],
  ['half a chicken quesadilla w sour cream & salsa', ['58104740', '1 full circle', 0.5], ['12310100', QNS, 1], ['74402100', QNS, 1]],
  ['beef & bean nachos, the whole order, shared w my husband', ['58104135', '1 order', 0.5]],
  ['5 stuffed shells w meat sauce + garlic bread', ['58134130', '1 shell (jumbo)', 5], ['51121015', '1 medium slice', 1]],
  ['jambalaya, 2 cups, + a slice of french bread', ['27363100', '1 cup', 2], ['51107010', '1 medium or regular slice', 1]],
  ['2 steak fajitas and a cup of spanish rice', ['58105050', '1 fajita', 2], ['58163430', '1 cup', 1]],
  ['kids dinner: hot dog on a bun, 1/2 cup baked beans, apple slices', ['27564000', '1 sandwich', 1], ['41201010', '1 cup', 0.5], ['63101000', QNS, 1]],
  ['spaghetti w marinara 1.5 cups + 3 meatballs', ['58146222', '1 cup', 1.5], ['27160100', '1 meatball with sauce', 3]],
  ['3 chicken tenders and some fries', ['24198739', '1 tender, strip, or finger', 3], ['71400990', QNS, 1]],
  ['5 fish sticks + 1/2 cup tater tots', ['26100270', '1 stick', 5], ['71505000', '1 cup', 0.5]],
  ['toddler lunch: 1/4 cup mac n cheese, a few grapes and 4 oz milk', ['58145110', '1 cup', 0.25], ['63123000', '1 grape', 3], ['11100000', '1 fl oz', 4]],
  ['baked ziti, 2 cups, w a side salad', ['58146150', '1 cup', 2], ['75143000', '1 side salad', 1]],
  ['6 oz cooked pasta w pesto', ['56130000', { grams: 6 * OZ }, 1], ['81302070', QNS, 1]],
  ['180g cooked brown rice w grilled chicken', ['56205011', { grams: 180 }, 1], ['24123301', QNS, 1]],
  ['steak tacos x4 from the taco truck', ['58102220', '1 small/regular', 4]],
  ['chicken lo mein, about 2.5 cups, takeout', ['58136160', '1 cup', 2.5]],
  ['2 slices ham, scalloped potatoes, green beans', ['22311000', '1 regular/thin slice', 2], ['71305015', QNS, 1], ['75205030', QNS, 1]],
  ['chili mac 1.5 cups w shredded cheese', ['27212120', '1 cup', 1.5], ['14010000', QNS, 1]],
  // snacks and desserts
  ['large banana + 2 tbsp peanut butter before my walk', ['63107010', '1 banana', 1], ['42202000', '1 tablespoon', 2]],
  ['2 string cheese + 12 grapes', ['14107030', '1 stick', 2], ['63123000', '1 grape', 12]],
  ['handful of pretzels and a diet dr pepper', ['54408000', QNS, 1], ['92410370', '1 can (12 fl oz)', 1]],
  ['15 baby carrots w 3 tbsp hummus', ['73101010', '1 baby carrot', 15], ['41205070', '1 tablespoon', 3]],
  ['pita chips, about 1 oz, w 2 tbsp tzatziki', ['54402700', { grams: OZ }, 1], ['11440060', '1 tablespoon', 2]],
  ['one nature valley bar (half the pack) and a coffee', ['53710906', '1 bar', 1], ['92100000', QNS, 1]],
  ['small bag of sun chips + a diet pepsi', ['54420210', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['1.5 cups grapes while watching tv', ['63123000', '1 cup', 1.5]],
  ['1/2 cup cottage cheese w a sliced peach and 5 almonds', ['14200100', '1 cup', 0.5], ['63135010', '1 fruit', 1], ['42100100', '1 nut', 5]],
  ['16 wheat thins + an apple', ['54338010', '1 cracker', 16], ['63101000', '1 medium', 1]],
  ['an orange and a handful of walnuts', ['61119010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['4 clementines and a cheese stick on the drive', ['61100600', '1 fruit', 4], ['14107030', '1 stick', 1]],
  ['2 cups strawberries w cool whip', ['63223020', '1 cup', 2], ['12220200', QNS, 1]],
  ['a kind bar and a grande latte', ['53710810', '1 bar', 1], ['92101900', '1 medium', 1]],
  ['a handful of trail mix + an apple on the hike', ['42501000', QNS, 1], ['63101000', '1 medium', 1]],
  ['slice of banana bread + coffee w cream', ['52405010', '1 slice', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['3 oatmeal cookies and a glass of milk', ['53233000', '1 medium', 3], ['11100000', '1 fl oz', 8]],
  ['a big brownie from the bake sale + a glass of milk', ['53204000', '1 large', 1], ['11100000', '1 fl oz', 8]],
  ['vanilla ice cream, 3 scoops, w chocolate syrup', ['13110100', '1 scoop', 3], ['91301080', QNS, 1]],
  ['slice of apple pie w cool whip', ['53301000', '1 regular slice', 1], ['12220200', QNS, 1]],
  ['birthday cake, one piece, and 2 scoops of ice cream', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110000', '1 scoop', 2]],
  ['handful of m&ms and a diet coke at 3', ['91746100', QNS, 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['school party: my daughter had a cupcake, 2 oreos and a capri sun', ['53100100', '1 cupcake, any size', 1], ['53209015', '1 Oreo sandwich', 2], ['92552030', '1 Capri Sun pouch', 1]],
  ['4 chocolate chip cookies w milk', ['53206000', '1 medium cookie', 4], ['11100000', QNS, 1]],
  ['2 chocolate frosted donuts from the break room', ['53521130', '1 doughnut', 2]],
  ['a slice of cheesecake w my coffee', ['53104500', '1 piece/slice, any size', 1], ['92100000', QNS, 1]],
  ['30 g almonds + a small apple', ['42100100', { grams: 30 }, 1], ['63101000', '1 small', 1]],
  ['200 g strawberries', ['63223020', { grams: 200 }, 1]],
  ['a twix', ['91705450', '1 pouch/regular size', 1]],
  ['4 squares dark chocolate', ['91705300', '1 piece', 4]],
  // drinks
  ['a can of regular coke & a small bag of pretzels', ['92410310', '1 can (12 fl oz)', 1], ['54408015', '1 small single serving bag', 1]],
  ['a 24 oz sweet tea and a bag of chips from the gas station', ['92308000', '1 fl oz (NFS)', 24], ['71200010', '1 small single serving bag', 1]],
  ['half a 20 oz gatorade + a banana after practice', ['95320200', '1 bottle (20 fl oz)', 0.5], ['63107010', '1 banana', 1]],
  ['glass of oj and a slice of toast w butter', ['61210000', '1 fl oz (NFS)', 8], ['51101010', '1 medium or regular slice', 1], ['81100500', QNS, 1]],
  ['3 beers and a soft pretzel at the game', ['93101000', '1 can or bottle (12 fl oz)', 3], ['54408400', '1 medium/regular', 1]],
  ['large iced coffee from dunkin w cream and sugar + a glazed donut', ['92102400', '1 large', 1], ['12210200', QNS, 1], ['91101010', QNS, 1], ['53521110', '1 doughnut', 1]],
  ['grande caramel frapp + a butter croissant', ['92101920', '1 medium', 1], ['51166000', '1 medium croissant', 1]],
  ['16 oz chocolate milk + a granola bar after soccer', ['11511000', '1 fl oz', 16], ['53712100', '1 bar', 1]],
  ['tall chai latte', ['92306800', '1 small', 1]],
  ['20 oz smoothie from smoothie king', ['11553100', '1 fl oz', 20]],
  ['monster energy + 2 slim jims at 6am', ['95310400', '1 can or bottle (16 fl oz)', 1], ['21602100', '1 Slim Jim', 2]],
  ['glass of milk for my daughter before bed', ['11100000', '1 fl oz', 8]],
  ['a frozen margarita and chips w queso', ['93301510', '1 drink', 1], ['54401075', QNS, 1], ['14620200', QNS, 1]],
  ['20 oz hot cocoa from the gas station', ['11512005', '1 fl oz', 20]],
  ['2 cans of ginger ale over the day, sick', ['92410610', '1 can (12 fl oz)', 2]],
  ['400 ml chocolate milk and a banana after the gym', ['11511000', '1 fl oz', 400 / FLOZ_ML], ['63107010', '1 banana', 1]],
  ['2 glasses of white wine and some cheese and crackers at book club', ['93401020', '1 glass', 2], ['14010000', QNS, 1], ['54001000', QNS, 1]],
  ['grande iced latte & a banana', ['92102500', '1 medium', 1], ['63107010', '1 banana', 1]],
  // lows
  ['low 58 - 6 oz apple juice and a cheese stick', ['64104010', '1 fl oz (NFS)', 6], ['14107030', '1 stick', 1]],
  ['bg 59, 8 oz regular coke + 2 crackers', ['92410310', '1 fl oz (NFS)', 8], ['54001000', '1 cracker', 2]],
  ['went low at work, 4 starburst and half a granola bar', ['91750000', '1 piece', 4], ['53712100', '1 bar', 0.5]],
  ['dropping fast, 1 tbsp honey and 3 saltines', ['91302010', '1 tablespoon', 1], ['54325000', '1 cracker', 3]],
  ['low at 2am, half a banana + a glass of milk', ['63107010', '1 banana', 0.5], ['11100000', '1 fl oz', 8]],
  ['hypo 3.2, 180ml orange juice', ['61210000', '1 fl oz (NFS)', 180 / FLOZ_ML]],
  ['son went low at recess - half a juice box and a pack of fruit snacks', ['64104010', '1 juice box/pouch (6.75 fl oz)', 0.5], ['91746300', '1 snack size/pouch/regular size', 1]],
  ['treated a low w 12 skittles and 4 oz oj', ['91745110', '1 piece', 12], ['61210000', '1 fl oz (NFS)', 4]],
  ['cgm alarm 3.6 - 200 ml apple juice', ['64104010', '1 fl oz (NFS)', 200 / FLOZ_ML]],
  // older people and carers
  ['mom ate 1/2 cup oatmeal and some applesauce', ['56202960', '1 cup, cooked', 0.5], ['63101110', QNS, 1]],
  ['dad: slice of toast w jam and a cup of tea w 1 sugar', ['51101010', '1 medium or regular slice', 1], ['91402000', QNS, 1], ['92302000', '1 cup', 1], ['91101010', '1 teaspoon', 1]],
  ['grandpa had a cup of chicken noodle soup and 4 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['an ensure and half a banana for mom', ['95103000', '1 bottle (8 fl oz)', 1], ['63107010', '1 banana', 0.5]],
  ['nana had 1/2 cup mashed potatoes, some turkey and 1/2 cup peas', ['71501000', '1 cup', 0.5], ['24201000', QNS, 1], ['75224030', '1 cup', 0.5]],
  ['mom: 1 graham cracker and 6 oz milk at bedtime', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1], ['11100000', '1 fl oz', 6]],
  // students and shift workers
  ['pack of ramen w 2 eggs at 11pm', ['58407030', '1 oz, dry, yields', 3], ['31102000', '1 egg', 2]],
  ['night shift - 1 slice pepperoni + a 12 oz red bull', ['58106540', '1 piece, NFS', 1], ['95310600', '1 can (12 fl oz)', 1]],
  ['honey bun and a 20 oz diet coke from the vending machine', ['51161050', '1 medium', 1], ['92410320', '1 bottle (20 fl oz)', 1]],
  ['dining hall: tofu veggie stir fry over 2 cups rice', ['41812500', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['large bag of hot cheetos and a monster', ['54401081', '1 large single serving bag', 1], ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['cup noodles + a string cheese, 3am on shift', ['58407030', '1 individual container', 1], ['14107030', '1 stick', 1]],
  ['studying - a bagel w pb and an iced coffee', ['51180010', '1 regular', 1], ['42202000', QNS, 1], ['92102400', QNS, 1]],
  // holidays and trips
  ['thanksgiving plate: turkey, 1 cup stuffing, 1 cup mashed, 1/4 cup cranberry sauce', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 1], ['63207110', '1 cup', 0.25]],
  ['halloween - 4 fun size snickers + 2 fun size m&ms', ['91705520', '1 fun/snack size', 4], ['91746100', '1 fun/snack size', 2]],
  ['july 4th cookout: cheeseburger, 1/2 cup baked beans, corn on the cob', ['27510155', '1 cheeseburger', 1], ['41201010', '1 cup', 0.5], ['75216111', '1 regular ear', 1]],
  ['airport starbucks: butter croissant & a venti latte', ['51166000', '1 medium croissant', 1], ['92101900', '1 large', 1]],
  ['beach day: a hot dog and a snow cone', ['27564000', '1 sandwich', 1], ['91621000', '1 snow cone', 1]],
  ['ballpark: 2 hot dogs and a medium coke', ['27564000', '1 sandwich', 2], ['92410310', '1 medium drink', 1]],
  ['county fair: corn dog + a whole funnel cake', ['27560300', '1 regular', 1], ['55801000', '1 cake (6" dia)', 1]],
  ['christmas morning: a cinnamon roll and coffee', ['51160110', '1 medium', 1], ['92100000', QNS, 1]],
  ['easter: 2 slices ham, 1 cup potato salad, a deviled egg', ['22311000', '1 regular/thin slice', 2], ['71601010', '1 cup', 1], ['32102000', '1 egg', 1]],
  ['road trip: a bag of chips and a 20 oz mtn dew', ['71200010', '1 small single serving bag', 1], ['92410550', '1 bottle (20 fl oz)', 1]],
  // restaurants
  ['applebees - 8 boneless wings and fries', ['24168030', '1 boneless wing', 8], ['71401031', QNS, 1]],
  ['cracker barrel, 3 pancakes', ['55100050', '1 medium pancake', 3]],
  ['ihop - 3 pancakes, 2 eggs, 3 strips bacon', ['55100050', '1 medium pancake', 3], ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 3]],
  ['chinese buffet: general tso, fried rice, 1 egg roll', ['27445150', QNS, 1], ['58150310', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['indian takeout - tikka masala w 2 cups rice, no naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['chips & salsa and 2 beef tacos at the mexican restaurant', ['54401075', QNS, 1], ['74402100', QNS, 1], ['58102010', '1 small/regular', 2]],
  ['texas roadhouse: 6 oz sirloin, baked potato, 2 rolls', ['21102150', { grams: 6 * OZ }, 1], ['71100100', '1 medium', 1], ['51150000', '1 medium/regular/sandwich size roll', 2]],
  ['thai red curry w chicken & 1.5 cups jasmine rice', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['sushi: 2 salmon nigiri and a tuna roll', ['58151420', '1 piece', 2], ['58151220', QNS, 1]],
  ['bbq place: pulled pork sandwich, mac n cheese, slaw', ['27500400', '1 regular sandwich', 1], ['58145111', QNS, 1], ['75140990', QNS, 1]],
  ['red lobster - 2 cheddar bay biscuits and shrimp', ['52104100', '1 biscuit', 2], ['26319110', QNS, 1]],
  ['olive garden - zuppa toscana and 1 breadstick', ['71801005', QNS, 1], ['51184210', '1 medium stick', 1]],
  ['10 pc mcnuggets, large fry, bbq sauce', ['24198731', '1 nugget', 10], ['71401030', '1 large fast food order', 1], ['74406010', QNS, 1]],
  ['subway footlong turkey on wheat + 2 cookies', ['27540050', '1 regular or 6" submarine', 2], ['53206000', '1 Subway cookie', 2]],
  ['3 slices of a large dominos pepperoni', ['58106540', '1 piece, large pizza', 3]],
  ['pho w beef, 2.5 cups', ['28310330', '1 cup', 2.5]],
  ['2 slices of cheese pizza and a side salad w ranch', ['58106210', '1 piece, NFS', 2], ['75143000', '1 side salad', 1], ['83113500', QNS, 1]],
  ['a gyro and a baklava from the food truck', ['27516010', '1 sandwich, any size', 1], ['53441110', '1 piece', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-ninth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, any scoring results or the estimator\'s git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 37, 38 and 40. Generated by core/chat/make-eval-meals-holdout-39.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -36.ts, with the decisions this set needed in the header of make-eval-meals-holdout-39.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-39.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-39.json`);
}
