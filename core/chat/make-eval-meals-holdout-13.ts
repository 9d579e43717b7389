/**
 * Writes eval-meals.holdout-13.json: the thirteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 19:10 UTC, first committed before 19:30 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writer of the parallel fourteenth set (whose set was not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-12 (checked by comparing lower-cased, punctuation-folded messages,
 * and every pair with a word overlap of 0.5 or more read and, where it meant the same food and
 * amount, rewritten: about 150 first drafts were rewritten or dropped that way). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts to -12.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "1 tbsp brown sugar" is 3 × brown sugar's "1 teaspoon, NFS" (the food has no tablespoon
 *   portion; holdout 5's rule for a missing portion, by volume).
 * - Shares: "meatball sub, footlong, split w my husband" is half of two 6" subs (one 6" sub);
 *   "split a bag of microwave popcorn w my roommate" is half of the regular microwave bag
 *   (holdout 12's writer's-share rule).
 * - Dishes FNDDS lacks, as their parts: "frito pie" = Fritos' small single serving bag + 1 cup
 *   chili; "root beer float" = a 12 fl oz can of root beer + 1 scoop vanilla ice cream; "chili mac"
 *   = FNDDS's chili with macaroni; "chile relleno + 2 flour tortillas" = the cheese-filled chile
 *   relleno and 2 medium flour tortillas.
 * - Condiments with ~0 g of carbohydrate that FNDDS has no food for, or only a trivial amount of,
 *   are left out: the garlic sauce on shawarma, the soy sauce with dumplings. Sprinkles are candy
 *   sprinkles "Quantity not specified"; Cool Whip is whipped topping "Quantity not specified".
 * - Size words on foods whose USDA portions have that size: "a large masala dosa" is the dosa
 *   with filling's "1 large" (523 g: the message says large); "large honey bun" is the frosted
 *   sweet roll's "1 large"; "large plain bagel" the bagel's "1 large"; "2 small slices sweet potato
 *   pie" its "1 mini/small slice".
 * - "a hard cider", "a bottle of corona", "a mtn dew" with no size are the 12 fl oz can or bottle
 *   (holdout 11's beer rule, holdout 9's coke rule).
 * - "the little chocolate milk" in a kids meal is holdout 12's 8 fl oz jug; "a carton of chocolate
 *   milk at school" its "1 individual school container" (holdout 7).
 * - "dexcom alarm 61, drank a juice box" is 100 % apple juice's juice box (holdouts 6-7); "1 graham
 *   cracker" is the graham's "1 large rectangular piece ..." (holdout 2's count).
 * - Breads: "rye toast" is toasted rye, "1 slice rye" (not toasted) is rye bread; "ww toast" is
 *   toasted whole wheat; "a breadstick" with a salad is Breadsticks, NFS, its medium stick.
 * - "cheese omelette (3 eggs)" is 3 × the cheese omelet's "1 egg" (holdout 8's margarine version);
 *   "veggie egg white scramble" is FNDDS's egg white omelet with vegetables, "Quantity not specified".
 * - "peanut butter sandwich on wheat, no jelly" is FNDDS's peanut butter sandwich on wheat.
 * - "snack bag of teddy grahams" is Teddy Grahams' "small or medium single serving bag" (holdout
 *   12's snack-bag rule); "3 vanilla wafers" is 3 × the wafer's "1 medium".
 * - "veg curry with rice" is FNDDS's own vegetable curry with rice (one food), not curry + rice.
 * - Gravy with turkey is poultry gravy; with country fried steak and mashed potatoes it is beef
 *   gravy (holdout 2's gravy with mashed potatoes).
 * - "2 cups chiken noodle casserole" is chicken and noodles with cream or white sauce (holdout 11);
 *   "4 melba toasts w vegetable beef soup" is the vegetable soup with meat, "Quantity not
 *   specified" (holdout 10's soup beside another food).
 * - "a dairy queen vanilla cone" is the vanilla soft serve cone "1 cone"; "banana split at the
 *   diner" is FNDDS's banana split; "medium froyo" is frozen yogurt NFS, "1 medium ice cream cup".
 * - "peanut m&ms" are chocolate candy with candy shell and nuts, "1 pouch/regular size".
 * - "330 ml orange juice" is 330 / 29.5735 × "1 fl oz (NFS)" (holdout 7's ml rule); "big mug hot
 *   cocoa (12 oz)" is 12 × "1 fl oz" (holdout 12's stated amount beats the container).
 * - Typos were written only where the intended food is plain ("sandwhich", "spagetti",
 *   "lasagne", "potaters", "chiken", "tortila", "brocoli", "cheezburger"); the expected food is the
 *   one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-13.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast at home
  ['cheese omelette (3 eggs) and 2 pieces rye toast', ['32130100', '1 egg', 3], ['51401020', '1 medium or regular slice', 2]],
  ['my daughter had a bowl of honey nut cheerios with 1 percent milk', ['57241000', '1 cup', 1], ['11112210', QNS, 1]],
  ['1 packet fruit flavored instant oatmeal + a coffee', ['56203155', '1 packet, dry, yields', 1], ['92100000', QNS, 1]],
  ['large plain bagel w cream cheese', ['51180010', '1 large', 1], ['14301010', QNS, 1]],
  ['eggo waffles x3 with a bit of syrup', ['55200020', '1 waffle', 3], ['91300010', QNS, 1]],
  ['oatmeal 1 cup cooked, 1 tbsp brown sugar on top', ['56202960', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 3]],
  ['4 french toast sticks, no syrup', ['55301031', '1 stick', 4]],
  ['2 slices multigrain toast with butter', ['51601010', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['pumpkin muffin & black coffee', ['52306500', '1 medium', 1], ['92101000', QNS, 1]],
  ['1 cup kefir this am', ['11115400', '1 cup', 1]],
  ['3/4 cup cream of rice w a pat of butter', ['56205050', '1 cup, cooked', 0.75], ['81100500', QNS, 1]],
  ['blueberry scone and hot tea', ['52105200', '1 regular', 1], ['92302000', QNS, 1]],
  ['2 slices raisin toast, buttered', ['51129020', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['veggie egg white scramble, 2 slices ww toast', ['32400300', QNS, 1], ['51300120', '1 medium or regular slice', 2]],
  ['corned beef hash, 1 over easy egg, 1 slice rye', ['27211400', QNS, 1], ['31105005', '1 egg', 1], ['51401010', '1 medium or regular slice', 1]],
  ['half cup granola over 150g greek yogurt', ['57227000', '1 cup', 0.5], ['11400010', { grams: 150 }, 1]],
  ['made challah french toast, had 3 pieces', ['55301000', '1 slice, any size', 3]],
  ['a bran muffin', ['52304010', '1 medium', 1]],
  ['special k 1 cup w skim', ['57344000', '1 cup', 1], ['11113000', QNS, 1]],
  ['half cup cheesy grits w 2 sausage links', ['56201090', '1 cup, cooked', 0.5], ['25221400', '1 breakfast size link', 2]],
  ['grabbed a jelly filled donut at the gas station', ['53521140', '1 doughnut', 1]],
  ['half a banana + 1/2 cup cheerios for the baby', ['63107010', '1 banana', 0.5], ['57123000', '1 cup', 0.5]],
  ['1 cup cinnamon toast crunch dry as a snack', ['57125000', '1 cup', 1]],
  ['3 strips bacon, 2 fried eggs and sourdough toast x2', ['22600100', '1 medium slice (yield after cooking)', 3], ['31105005', '1 egg', 2], ['51133020', '1 medium or regular slice', 2]],
  ['hash brown patty and a sausage patty', ['71404000', '1 patty', 1], ['25221400', '1 patty', 1]],
  ['4 silver dollar pancakes w syrup', ['55101000', '1 silver dollar pancake', 4], ['91300010', QNS, 1]],
  ['200 g plain greek yog, drizzle of honey', ['11411390', { grams: 200 }, 1], ['91302010', QNS, 1]],
  // lunches
  ['turkey cheese sandwich on wheat bread + 2 clementines', ['27540040', '1 regular', 1], ['61100600', '1 fruit', 2]],
  ['chili mac, about a cup and a half', ['27212120', '1 cup', 1.5]],
  ['grilled cheese x1 + tomato soup 2 cups', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 2]],
  ['ham n swiss on white', ['27520220', '1 regular', 1]],
  ['roast beef & cheddar on white', ['27513050', '1 regular', 1]],
  ['school lunch 2 slices pizza and a milk', ['58106234', '1 piece, NFS', 2], ['11100000', '1 individual school container', 1]],
  ['2 cups split pea w ham and 6 saltines', ['41602030', '1 cup', 2], ['54325000', '1 cracker', 6]],
  ['lentil soup (a bowl) and sourdough, 2 slices', ['41603010', '1 cup', 1], ['51133010', '1 medium or regular slice', 2]],
  ['tuna on white + a small bag of chips', ['27550720', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['cuban sandwhich', ['27520410', '1 sandwich, any size', 1]],
  ['pulled pork sandwich and slaw', ['27520510', '1 regular sandwich', 1], ['75141000', QNS, 1]],
  ['2 slices of meat lovers pizza', ['58106610', '1 piece, NFS', 2]],
  ['meatball sub, footlong, split w my husband', ['27510700', '1 regular or 6" submarine', 1]],
  ['egg salad sandwich on white & a cup of grapes', ['32203010', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['peanut butter sandwich on wheat, no jelly, + 8 oz 2% milk', ['42301020', '1 sandwich', 1], ['11112110', '1 fl oz', 8]],
  ['uncrustable and an applesauce cup', ['42303100', '1 sandwich', 1], ['63101110', '1 snack size container', 1]],
  ['corn dog, ketchup, an apple & a carton of chocolate milk at school', ['27560300', '1 regular', 1], ['74401010', QNS, 1], ['63101000', '1 medium', 1], ['11511000', '1 individual school container', 1]],
  ['veggie burger on a bun + a small fry', ['41901010', '1 sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['bowl of broccoli cheddar soup', ['72302100', '1 cup', 1]],
  ['half a can of chicken noodle soup', ['58403010', '1 can', 0.5]],
  ['blt on white toast + cup of fruit salad', ['27520610', '1 sandwich, any size', 1], ['63311000', '1 cup', 1]],
  ['turkey wrap, 8 baby carrots, ranch and a diet coke', ['27540070', '1 sandwich, any size', 1], ['73101010', '1 baby carrot', 8], ['83113500', QNS, 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['5.3 oz greek yogurt and a granola bar', ['11400010', '1 5.3 oz container', 1], ['53712100', '1 bar', 1]],
  ['cobb salad, italian dressing, and a breadstick', ['75148010', QNS, 1], ['83106000', QNS, 1], ['51183990', '1 medium stick', 1]],
  ['chicken salad on wheat w 15 grapes', ['27540121', '1 regular', 1], ['63123000', '1 grape', 15]],
  ['nuked a lean cuisine (teriyaki chicken) + a diet coke at my desk', ['28141201', '1 Lean Cuisine meal (11 oz)', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['3 rotis + 1.5 cups dal', ['51300175', '1 medium chappatti or roti (7")', 3], ['41305050', '1 cup', 1.5]],
  // dinners at home
  ['spaghetti w meat sauce 2 cups', ['58146322', '1 cup', 2]],
  ['baked chicken thigh, 1 cup mashed potatoes, green beans', ['24152230', '1 medium thigh', 1], ['71501000', '1 cup', 1], ['75205030', QNS, 1]],
  ['2 slices meatloaf and 1/2 cup corn', ['27214100', '1 medium slice', 2], ['75216120', '1 cup', 0.5]],
  ['8oz ribeye + baked potato w sour cream', ['21101170', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['12310100', QNS, 1]],
  ['tuna noodle casserole 2 cups, leftovers', ['27250610', '1 cup', 2]],
  ['2 cups chicken & rice in tomato sauce', ['27243500', '1 cup', 2]],
  ['beef stew, a bowl and a half, + 1 slice of bread', ['27311410', '1 cup', 1.5], ['51101000', '1 medium or regular slice', 1]],
  ['shrimp scampi w 1.5 cups linguine', ['26319110', QNS, 1], ['56130000', '1 cup, cooked', 1.5]],
  ['2 salmon patties & rice', ['27250070', '1 cake or patty', 2], ['56205001', QNS, 1]],
  ['chicken parm w spagetti', ['27146300', QNS, 1], ['58146222', QNS, 1]],
  ['pork chop, applesauce and a baked sweet potato', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['73403000', '1 medium', 1]],
  ['6 fish sticks + mac n cheese', ['26100270', '1 stick', 6], ['58145110', QNS, 1]],
  ['hamburger helper, 1 1/2 cups', ['58145136', '1 cup', 1.5]],
  ['4 jumbo stuffed shells w meat sauce', ['58134130', '1 shell (jumbo)', 4]],
  ['jambalaya, one bowl', ['27363100', '1 cup', 1]],
  ['pot roast w potatoes & carrots, 1 cup, + a dinner roll', ['27311600', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['chicken n dumplings, 1.5 cups', ['27246100', '1 cup', 1.5]],
  ['3 lamb chops w half cup couscous', ['23101000', '1 chop, any size', 3], ['56207160', '1 cup, cooked', 0.5]],
  ['1 cup white chicken chili w tortilla chips', ['27141510', '1 cup', 1], ['54401075', QNS, 1]],
  ['paella 2 cups', ['27360090', '1 cup', 2]],
  ['country fried steak, mashed potaters & gravy', ['21104110', QNS, 1], ['71501000', QNS, 1], ['28500040', QNS, 1]],
  ['bbq chicken, corn on the cob & baked beans', ['27146011', QNS, 1], ['75216111', '1 regular ear', 1], ['41201010', QNS, 1]],
  ['brisket and 1/2 cup macaroni salad', ['21417100', QNS, 1], ['58148110', '1 cup', 0.5]],
  ['fried okra, black eyed peas and collards', ['75414500', QNS, 1], ['41300990', QNS, 1], ['72107220', QNS, 1]],
  ['liver and onions, 1/2 cup mashed & peas', ['27460750', QNS, 1], ['71501000', '1 cup', 0.5], ['75224030', QNS, 1]],
  ['turkey burger no bun and a side salad', ['24207000', '1 patty', 1], ['75143000', '1 side salad', 1]],
  ['5oz grilled salmon + 1 cup quinoa', ['26137123', { grams: 5 * OZ }, 1], ['56204000', '1 cup, cooked', 1]],
  ['frozen chicken pot pie', ['27347100', '1 individual pie', 1]],
  ['scalloped potatoes 1 cup w a slice of ham', ['71305015', '1 cup', 1], ['22311000', QNS, 1]],
  ['3 slices roast pork + 1 cup stuffing', ['22400100', '1 regular/thin slice', 3], ['51182010', '1 cup, NFS', 1]],
  ['1 cup of brown rice w tofu & veggie stir fry', ['56205011', '1 cup, cooked', 1], ['41812500', QNS, 1]],
  ['2 cups of chiken noodle casserole', ['27242300', '1 cup', 2]],
  ['lasagne, one piece + garlic bread slice', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 1]],
  ['grilled chicken breast 6 oz & 1 cup rice', ['24123301', { grams: 6 * OZ }, 1], ['56205001', '1 cup, cooked', 1]],
  ['250 g cooked pasta w pesto', ['56130000', { grams: 250 }, 1], ['81302070', QNS, 1]],
  ['small baked potato and 2 turkey sausages', ['71100100', '1 small', 1], ['25221830', '1 breakfast size link', 2]],
  // takeout & restaurants
  ['sesame chicken, 1 cup, with 1 cup steamed rice', ['27146360', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['sweet and sour chicken + 1 cup fried rice', ['27146100', QNS, 1], ['58150310', '1 cup', 1]],
  ['1 cup kung pao chicken & 1 cup brown rice', ['27445220', '1 cup', 1], ['56205011', '1 cup, cooked', 1]],
  ['shrimp lo mein, 2 cups', ['58136130', '1 cup', 2]],
  ['6 steamed pork dumplings w soy sauce', ['58112510', '1 item, any size', 6]],
  ['a cup of egg drop soup + 2 egg rolls', ['32300100', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['big takeout order shrimp pad thai, about 2.5 cups', ['58137240', '1 cup', 2.5]],
  ['pho w beef, about 3 cups', ['28310330', '1 cup', 3]],
  ['10 pcs california roll', ['58151180', '1 piece', 10]],
  ['3 eel nigiri & miso soup', ['58151410', '1 piece', 3], ['41601070', QNS, 1]],
  ['chicken teriyaki bento w 1.5 cups rice', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['dolsot bibimbap, 2.5 cups', ['58150100', '1 cup', 2.5]],
  ['2 cups of tteokbokki at the korean place', ['58150520', '1 cup', 2]],
  ['1 cup chicken biryani + 1 cup veg curry at the buffet', ['27243100', '1 cup', 1], ['75440600', '1 cup', 1]],
  ['veg curry with rice', ['75440610', QNS, 1]],
  ['a large masala dosa at the temple', ['58174100', '1 large', 1]],
  ['1 cup palak paneer and half a naan', ['72125310', '1 cup', 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['chicken shawarma over 1 cup rice w garlic sauce', ['24103050', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['falafel pita sandwich', ['41901030', '1 sandwich, any size', 1]],
  ['beef n bean burrito', ['58102330', '1 small/regular', 1]],
  ['large chicken burrito with rice & beans', ['58102540', '1 large', 1]],
  ['3 cheese enchiladas and spanish rice', ['58102840', '1 enchilada, any size', 3], ['58163430', QNS, 1]],
  ['4 chicken tamales for christmas eve', ['58103130', '1 item, any size', 4]],
  ['steak fajitas x2', ['58105050', '1 fajita', 2]],
  ['5 chicken taquitos and salsa', ['58104835', '1 small/regular taquito', 5], ['74402100', QNS, 1]],
  ['2 bean pupusas', ['58105105', '1 item, any size', 2]],
  ['chile relleno + 2 flour tortillas', ['75410500', '1 chili', 1], ['52215200', '1 medium', 2]],
  ['taco bell mexican pizza + a medium baja blast', ['58101835', '1 pizza', 1], ['92410550', '1 medium drink', 1]],
  ['a meat gordita', ['58104290', '1 item, any size', 1]],
  ['2 cups meat ravioli w sauce', ['58131320', '1 cup', 2]],
  ['3/4 cup cheese tortellini in marinara, kid portion', ['58134620', '1 cup', 0.75]],
  ['lasagna at olive garden', ['58130014', QNS, 1]],
  ['chicken alfredo at olive garden + 2 breadsticks', ['58146381', QNS, 1], ['51184210', '1 medium stick', 2]],
  ['chicken fried rice 1.5 cups & an egg roll', ['58150310', '1 cup', 1.5], ['58110130', '1 egg roll', 1]],
  ['2 cups chicken chow mein', ['27343910', '1 cup', 2]],
  ['fish n chips + a bottle of corona', ['26100140', QNS, 1], ['71400990', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['quiche lorraine slice and a side salad', ['58125110', '1 piece (1/8 of 9" dia)', 1], ['75143000', '1 side salad', 1]],
  // fast food
  ['mcdonalds hamburger and small fry', ['27510553', '1 hamburger', 1], ['71401030', '1 small fast food order', 1]],
  ['6 pc nuggets w a medium coke', ['24198731', '1 nugget', 6], ['92410310', '1 medium drink', 1]],
  ['whopper jr and a small coke', ['27510552', '1 hamburger', 1], ['92410310', '1 small drink', 1]],
  ['spicy chicken sandwich + large fries', ['27540146', '1 regular sandwich', 1], ['71401030', '1 large fast food order', 1]],
  ['2 filet o fish', ['27550100', '1 regular sandwich', 2]],
  ['grilled chick fil a sandwich', ['27540152', '1 regular sandwich', 1]],
  ['3 chicken tenders from popeyes', ['24198741', '1 tender, strip, or finger', 3]],
  ['kfc famous bowl + a biscuit', ['27341000', '1 KFC Bowl', 1], ['52101000', '1 biscuit', 1]],
  ['half a personal pepperoni pizza', ['58106540', '1 personal size pizza (5-7" diameter)', 0.5]],
  ['large fries and a large sweet tea', ['71401030', '1 large fast food order', 1], ['92308000', '1 large drink', 1]],
  ['onion rings (1 order) & a cheeseburger', ['75415022', '1 fast food order', 1], ['27510155', '1 cheeseburger', 1]],
  ['2 soft tacos from taco bell', ['58102110', '1 small/regular', 2]],
  ['quarter pounder w cheese, no fries', ['27510232', '1 cheeseburger', 1]],
  ['2 mcd apple pies', ['53301070', "1 McDonald's pie", 2]],
  ['medium oreo blizzard', ['13130700', '1 medium', 1]],
  ['kids meal - cheeseburger, kids fry, the little chocolate milk', ['27510172', '1 cheeseburger', 1], ['71401030', '1 kids meal order', 1], ['11511000', '1 fl oz', 8]],
  ['small choc shake + small fries', ['11542100', '1 small', 1], ['71401030', '1 small fast food order', 1]],
  ['sausage biscuit and a hash brown on the road', ['34002130', '1 regular', 1], ['71404000', '1 patty', 1]],
  ['cheezburger & medium fries', ['27510155', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1]],
  // snacks
  ['12 almonds + a string cheese', ['42100100', '1 nut', 12], ['14107030', '1 stick', 1]],
  ['pistachios, 1.5 oz', ['42114130', '1 oz, NFS', 1.5]],
  ['rice cake w pb', ['54318500', '1 cake', 1], ['42202000', QNS, 1]],
  ['20 grapes at 3', ['63123000', '1 grape', 20]],
  ['12 baby carrots & 3 tbsp hummus', ['73101010', '1 baby carrot', 12], ['41205070', '1 tablespoon', 3]],
  ['a cup of cottage cheese', ['14200100', '1 cup', 1]],
  ['5 triscuits with cheddar', ['54337020', '1 cracker', 5], ['14104100', QNS, 1]],
  ['small bag of cheetos', ['54401081', '1 small single serving bag', 1]],
  ['frito pie: small bag of fritos w 1 cup chili', ['54401031', '1 small single serving bag', 1], ['27111400', '1 cup', 1]],
  ['2 cups chex mix', ['54420220', '1 cup', 2]],
  ['2 plums and a nectarine', ['63143010', '1 fruit', 2], ['63131010', '1 fruit', 1]],
  ['large apple w 2 tbsp caramel dip', ['63101000', '1 large', 1], ['91306020', '1 tablespoon', 2]],
  ['slim jim + a mtn dew', ['21602100', '1 Slim Jim', 1], ['92410550', '1 can (12 fl oz)', 1]],
  ['half cup trail mix', ['42501000', '1 cup', 0.5]],
  ['a strawberry pop tart', ['53452100', '1 pastry', 1]],
  ['2 kind bars on a hike', ['53710810', '1 bar', 2]],
  ['2 chewy granola bars for the kid', ['53711000', '1 bar', 2]],
  ['half a box of animal crackers', ['53240000', '1 individual box (2 oz)', 0.5]],
  ['2 rice krispie treats', ['53226500', '1 medium bar', 2]],
  ['split a bag of microwave popcorn w my roommate', ['54403051', '1 regular microwave bag', 0.5]],
  ['soft pretzel + a large coke at the ballpark', ['54408400', '1 medium/regular', 1], ['92410310', '1 large drink', 1]],
  ['6 mozzarella sticks w marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 6], ['74404010', QNS, 1]],
  ['a peach + string cheese', ['63135010', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['4 cups watermelon on the porch', ['63149010', '1 cup', 4]],
  ['1 cup pineapple chunks', ['63141010', '1 cup', 1]],
  ['half cup each honeydew, cantaloupe & pineapple', ['63127010', '1 cup', 0.5], ['63109010', '1 cup', 0.5], ['63141010', '1 cup', 0.5]],
  ['3 prunes', ['62122100', '1 prune', 3]],
  ['60g dried mango', ['62114050', { grams: 60 }, 1]],
  ['1 cup of goldfish', ['54304020', '1 cup, NFS', 1]],
  ['snack bag of teddy grahams', ['54102015', '1 small or medium single serving bag', 1]],
  ['mini bagel w cream cheese', ['51180010', '1 miniature', 1], ['14301010', QNS, 1]],
  ['3 gogurts (he was hungry)', ['11436100', '1 tube', 3]],
  ['6 dino nuggets w ketchup', ['24198736', '1 nugget', 6], ['74401010', QNS, 1]],
  ['4 fruit snack pouches on the bus trip', ['91746300', '1 snack size/pouch/regular size', 4]],
  ['ate 3 tangerines watching tv', ['61125010', '1 fruit', 3]],
  ['1/2 cup edamame', ['41420020', '1 cup', 0.5]],
  // desserts
  ['slice of pecan pie w a scoop of vanilla', ['53385000', '1 regular slice', 1], ['13110100', '1 scoop', 1]],
  ['2 slices key lime pie on vacation', ['53305800', '1 slice, any size', 2]],
  ['a red velvet cupcake', ['53116520', '1 cupcake, any size', 1]],
  ['3 scoops chocolate ice cream, oops', ['13110110', '1 scoop', 3]],
  ['1 vanilla and 1 chocolate ice cream sandwich', ['13120500', '1 sandwich', 1], ['13120510', '1 sandwich', 1]],
  ['banana split at the diner', ['13121120', '1 banana split', 1]],
  ['dairy queen vanilla cone', ['13120782', '1 cone', 1]],
  ['medium froyo w sprinkles', ['11459990', '1 medium ice cream cup', 1], ['91705250', QNS, 1]],
  ['5 frosted sugar cookies at the cookie exchange', ['53244020', '1 medium', 5]],
  ['2 lemon bars', ['53224250', '1 medium bar', 2]],
  ['peach cobbler 1 cup w cool whip', ['53410800', '1 cup', 1], ['12220200', QNS, 1]],
  ['1/2 cup apple crisp', ['53415100', '1 cup', 0.5]],
  ['1/2 cup banana pudding', ['13241000', '1 cup', 0.5]],
  ['tapioca pudding cup + 3 vanilla wafers', ['13230500', '1 snack size container', 1], ['53247000', '1 medium', 3]],
  ['half cup flan', ['13210350', '1 cup', 0.5]],
  ['pound cake, 1 slice, w 1/2 cup strawberries & whipped cream', ['53116000', '1 piece/slice, any size', 1], ['63223020', '1 cup', 0.5], ['12140000', QNS, 1]],
  ['2 slices german chocolate cake', ['53105300', '1 piece/slice, any size', 2]],
  ['tres leches cake, 2 pieces', ['53118550', '1 piece/slice, any size', 2]],
  ['3 beignets', ['53520510', '1 beignet', 3]],
  ['half a funnel cake at the fair', ['55801000', '1 cake (6" dia)', 0.5]],
  ['5 donut holes', ['53520170', '1 doughnut hole', 5]],
  ['2 moon cakes at mid autumn festival', ['53452120', '1 small round Moon Cake', 2]],
  ['2 cannoli & an espresso', ['53452200', '1 pastry', 2], ['92101610', '1 espresso cup (2 fl oz)', 1]],
  ['4 pieces baklava at the greek festival', ['53441110', '1 piece', 4]],
  ['2 small slices sweet potato pie', ['53360000', '1 mini/small slice', 2]],
  ['3 shortbread + tea w 1 sugar', ['53239000', '1 medium', 3], ['92302000', QNS, 1], ['91101010', '1 teaspoon', 1]],
  // drinks
  ['a 10oz bottle of apple juice', ['64104010', '1 bottle (10 fl oz)', 1]],
  ['root beer float: a can of root beer + 1 scoop vanilla', ['92410710', '1 can (12 fl oz)', 1], ['13110100', '1 scoop', 1]],
  ['dr pepper, 20oz bottle, at the gas station', ['92410360', '1 bottle (20 fl oz)', 1]],
  ['large coke and a cheeseburger from mcdonalds', ['92410310', '1 large drink', 1], ['27510172', '1 cheeseburger', 1]],
  ['grande caramel macchiato', ['92101904', '1 medium', 1]],
  ['medium cappuccino + 2 sugars', ['92161000', '1 medium', 1], ['91101010', '1 teaspoon', 2]],
  ['small iced coffee w 4 sugars + cream', ['92102400', '1 small', 1], ['91101010', '1 teaspoon', 4], ['12210200', QNS, 1]],
  ['large mocha frappe', ['92102000', '1 large', 1]],
  ['a glass of pineapple juice', ['64124020', '1 fl oz (NFS)', 8]],
  ['grape juice box', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['dexcom alarm 61, drank a juice box and had 1 graham cracker', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['low at 2am, had 15 skittles', ['91745110', '1 piece', 15]],
  ['capri sun for my daughters low', ['92552030', '1 Capri Sun pouch', 1]],
  ['apple cider, a mug', ['64101010', '1 fl oz (NFS)', 8]],
  ['bottle of powerade', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['a hard cider', ['93106500', '1 can or bottle (12 fl oz)', 1]],
  ['2 white claws', ['93106600', '1 can or bottle (12 fl oz)', 2]],
  ['pina colada on the beach', ['93301200', '1 drink', 1]],
  ['a mojito and a glass of white wine', ['93301125', '1 drink', 1], ['93401020', '1 glass', 1]],
  ['2 glasses of sangria', ['93404550', '1 glass', 2]],
  ['boba milk tea w my friends', ['92306910', '1 item, any size', 1]],
  ['6 oz cranberry juice cocktail', ['92530510', '1 fl oz (NFS)', 6]],
  ['2 glucerna shakes today', ['95104000', '1 bottle (8 fl oz)', 2]],
  ['12 oz chocolate milk', ['11511000', '1 fl oz', 12]],
  ['big mug hot cocoa (12 oz) made w 2% milk', ['11512010', '1 fl oz', 12]],
  ['strawberry milk 1 cup for the kid', ['11519040', '1 cup', 1]],
  ['a snapple and a turkey sandwich', ['92309000', '1 Snapple bottle (16 fl oz)', 1], ['27540010', '1 regular', 1]],
  ['drank about half of a 20 oz arnold palmer', ['92307500', '1 bottle (20 fl oz)', 0.5]],
  ['2 micheladas at the bbq', ['93301113', '1 drink', 2]],
  ['8 oz horchata w milk', ['92610030', '1 fl oz', 8]],
  ['1 cup atole', ['92613010', '1 cup', 1]],
  ['cafe con leche + pan dulce', ['92101850', QNS, 1], ['51160200', '1 medium', 1]],
  ['4 oz prune juice', ['64132010', '1 fl oz (NFS)', 4]],
  ['330 ml orange juice', ['61210000', '1 fl oz (NFS)', 330 / 29.5735]],
  // holidays, trips, parties
  ['thanksgiving: turkey, 1 cup mashed potatoes w gravy, 1/4 cup cranberry sauce', ['24201000', QNS, 1], ['71501000', '1 cup', 1], ['28500000', QNS, 1], ['63207110', '1 cup', 0.25]],
  ['1 cup green bean casserole & 1/2 cup candied yams', ['75403020', '1 cup', 1], ['73406000', '1 cup', 0.5]],
  ['slice of fruitcake and a cup of eggnog', ['53110000', '1 piece/slice, any size', 1], ['11531000', '1 cup', 1]],
  ['4 fun size snickers from the candy bowl', ['91705520', '1 fun/snack size', 4]],
  ['4 peeps on easter', ['91723000', '1 piece', 4]],
  ['bowl of matzo ball soup and 1 matzo', ['58404500', '1 cup', 1], ['54307000', '1 matzo', 1]],
  ['airport starbucks: grande latte and a chocolate croissant', ['92101900', '1 medium', 1], ['51166200', '1 croissant', 1]],
  ['hotel waffle w syrup + 2 sausage patties', ['55201000', '1 medium waffle', 1], ['91300010', QNS, 1], ['25221400', '1 patty', 2]],
  ['bday party: 1 white cupcake & a juice box', ['53120270', '1 regular cupcake', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['8 buffalo wings w celery and blue cheese', ['24168000', '1 drummette', 8], ['75109000', QNS, 1], ['83101000', QNS, 1]],
  ['july 4th: 2 hot dogs, 1 cup potato salad, 2 cups watermelon', ['27564000', '1 sandwich', 2], ['71601010', '1 cup', 1], ['63149010', '1 cup', 2]],
  ['5 potato latkes w applesauce, hanukkah', ['71701000', '1 medium pancake', 5], ['63101110', QNS, 1]],
  ['christmas morning cinnamon roll, big one', ['51160110', '1 large', 1]],
  // shift work, older adults, students
  ['night shift: cup noodles at 3am', ['58407030', '1 individual container', 1]],
  ['2 red bulls (8.4 oz) during night shift', ['95310600', '1 can (8.4 fl oz)', 2]],
  ['large honey bun from the vending machine at 4am', ['51161050', '1 large', 1]],
  ['peanut m&ms from the vending machine', ['91746110', '1 pouch/regular size', 1]],
  ['mom had 1/2 cup cream of wheat and a boost', ['56206990', '1 cup, cooked', 0.5], ['95101000', '1 bottle (8 fl oz)', 1]],
  ['dad ate 2 graham crackers + 1/2 cup applesauce', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2], ['63101110', '1 cup', 0.5]],
  ['grandpa had 3 canned pear halves w cottage cheese', ['63137110', '1 half', 3], ['14200100', QNS, 1]],
  ['4 melba toasts w vegetable beef soup', ['51187000', '1 melba toast', 4], ['75656060', QNS, 1]],
  ['dining hall: 2 cups mac n cheese and 2 chocolate chip cookies', ['58145110', '1 cup', 2], ['53206000', '1 medium cookie', 2]],
  ['2 easy mac cups', ['58145117', '1 microwavable tub, regular size, prepared', 2]],
  ['8 bagel bites after practice', ['58108050', '1 Bagel Bite', 8]],
  ['12 pizza rolls', ['58108050', '1 pizza roll', 12]],
  ['a pepperoni hot pocket and a can of sprite', ['58126150', '1 regular/large', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['2 monsters on a double shift', ['95310400', '1 can or bottle (16 fl oz)', 2]],
  ['school: 5 nuggets, tots & chocolate milk', ['24198735', '1 nugget', 5], ['71505020', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['half a pb&j and some grapes for my son', ['42302010', '1 sandwich', 0.5], ['63123000', QNS, 1]],
  ['1 cup spanish rice w 2 chicken tortila tacos', ['58163430', '1 cup', 1], ['58102150', '1 small/regular', 2]],
  ['yoghurt parfait and a coffee', ['11446000', QNS, 1], ['92100000', QNS, 1]],
  ['brocoli & 1/2 cup brown rice w chicken', ['72201220', QNS, 1], ['56205011', '1 cup, cooked', 0.5], ['24100000', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, any scoring results or the estimator\'s git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writer of the parallel fourteenth set. Generated by core/chat/make-eval-meals-holdout-13.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-12, with the decisions this set needed in the header of make-eval-meals-holdout-13.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-13.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-13.json`);
}
