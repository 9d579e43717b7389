/**
 * Writes eval-meals.holdout-44.json: the forty-fourth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 01:19 UTC, first committed before 01:50 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writers of the parallel sets 41-43 (whose sets this writer did not see either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used (an index of every food/portion pair earlier sets
 * chose was grepped for each dish). The builder checks every code and portion against the table.
 * Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or
 * grams + quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts to -40.ts.
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip. Most messages are everyday foods.
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-40 (lower-cased,
 * punctuation-folded messages compared by script), and every message whose items (food, portion,
 * quantity) equal an earlier message's items and that shares 30 % or more of its words with it was
 * read; where the situation was the same too it was rewritten with another amount, companion food
 * or situation. About 140 first drafts failed that check (the simple everyday messages are well
 * covered by the 8,000-odd earlier messages) and were rewritten, some two or three times; the 10
 * same-item pairs left differ in situation (a low vs a snack, a correction, the gym, a person, a
 * place).
 * Decisions this set had to make where the conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "2 tbsp whipped cream" is 2/16 × Cream, whipped "1 cup" (the food has no tablespoon portion;
 *   holdout 7's tablespoon rule by volume).
 * - "a slice of bread" / "2 slices of bread" with no kind is Bread, white, medium slice (holdout 7:
 *   bread not said = white); "a slice of sourdough" is the untoasted sour dough bread.
 * - "thanksgiving plate: ... mashed w gravy" is poultry gravy (holdout 13: gravy at a turkey meal),
 *   not holdout 2's beef gravy on mashed potatoes; the turkey itself is not named, so not listed.
 * - "panda express: orange chicken + half chow mein half fried rice" is 0.5 × each side's
 *   "Quantity not specified" (Panda's half-and-half side is one side).
 * - "sweet potato fries" by the cup are Sweet potato fries, NFS "1 cup" (the NFS food earlier sets chose).
 * - "3 mini chocolate cupcakes" are the bakery chocolate cake with chocolate icing's "1
 *   miniature/bite size" (holdout 14; Cake or cupcake, NFS has no miniature portion).
 * - "hot cheetos, the big bag, ate half" is 0.5 × Cheetos' "1 large single serving bag" (holdout 7's
 *   hot Cheetos = Cheetos; holdout 20's share of a named portion).
 * - "chocolate cheesecake, a slice, shared it 3 ways" is 1/3 × its slice (holdout 14's equal share);
 *   "32 oz sweet tea ..., drank half" is 16 × its "1 fl oz (NFS)" (holdout 16's stated size, halved);
 *   "1 juice box then another half" is 1.5 × the apple juice box.
 * - "costco: 2 slices of cheese pizza" is the NS-crust cheese pizza's "1 piece, large pizza"
 *   (holdout 31's Costco slice).
 * - "a cut up hot dog" / "2 hot dogs cut up" in mac n cheese is Hot dog, NFS "1 regular" each
 *   (holdout 35); "a hot dog" at a ballgame or a 4th of july cookout is the hot dog sandwich.
 * - "chipotle bowl: brown rice, pinto beans, steak, guac" is brown rice, restaurant pinto beans, Steak,
 *   NS (holdout 15's carne asada) and guacamole, each "Quantity not specified" (holdout 14).
 * - "grandmas apple pie, a big slice w a slice of cheddar" is the pie's "1 large slice" (holdout 5's
 *   big = large) and Cheddar "1 slice".
 * - "roast chicken, 2 small potatoes & carrots": the potatoes are holdout 2's boiled small potato
 *   (cooking not said), the carrots cooked carrots NS as to form, QNS.
 * - "an orange, 1 boiled egg & 1 slice rye toast" uses toasted rye (holdout 13).
 * - "beef stew, 1.5 bowls" is 1.5 cups (a bowl is 1 cup; holdout 11's bowl and a half).
 * - "6 boneless wings + celery & ranch" are holdout 30's boneless wings with hot sauce.
 * - Fast food: "wendys spicy chicken sandwich" the fried chicken fillet sandwich from fast food, "a
 *   medium frosty" the fast-food chocolate shake, medium (holdout 8); "a small jamocha shake" the
 *   fast-food shake, flavors other than chocolate (holdout 22); "kfc ... corn on the cob" the
 *   restaurant corn "1 regular ear" (holdout 29); "in n out cheeseburger" the fast-food cheeseburger
 *   with 1 small patty (holdout 15); "a mcchicken" the fried chicken fillet sandwich (holdout 6);
 *   "dominos, 4 slices of a medium pepperoni" the pepperoni pizza's "1 piece, medium pizza"
 *   (holdout 24); "a lemonade" at Chick-fil-A the fruit-juice lemonade "Quantity not specified"
 *   (holdout 36); "a diet coke" beside fried rice with no size is diet cola's 12 fl oz can (holdout 22).
 * - Lows list only the treatment eaten (holdout 20): "low 49!! 8 oz juice" is 100 % apple juice
 *   (holdout 8's juice with no kind); "treated a 59 w half a can of regular coke + 2 crackers" is 0.5
 *   × cola's can and Crackers, NFS "1 cracker" each; "3 starbursts" taffy "1 piece" (holdout 12).
 * - Weights and volumes: "N g" / "N oz" of a food is grams of the food as eaten (holdouts 14 and 19);
 *   "N ml" of a drink with no portion of that size is N / 29.5735 × "1 fl oz" (holdout 7), "3 x 330ml
 *   cans" 990 ml; "a 500 ml coke" cola's 500 ml bottle (holdout 5).
 * - Typos and abbreviations were written only where the meaning is plain ("w", "&", "+", "pb", "oj",
 *   "bg", "cgm", "pc", "ct", "mcd", "choc", "bday", "x2", "~"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-44.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const ML = 1 / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 eggs, 1 slice wheat toast & half a grapefruit', ['31102000', '1 egg', 2], ['51300120', '1 medium or regular slice', 1], ['61101010', '1 half', 1]],
  ['raisin bran 1.5 cups w skim milk + half a banana', ['57329000', '1 cup', 1.5], ['11113000', QNS, 1], ['63107010', '1 banana', 0.5]],
  ['1 cup oatmeal w a tbsp maple syrup', ['56203056', '1 cup, cooked', 1], ['91300010', '1 tablespoon', 1]],
  ['english muffin w 2 tbsp peanut butter + a banana', ['51186010', '1 muffin', 1], ['42202000', '1 tablespoon', 2], ['63107010', '1 banana', 1]],
  ['half a plain bagel w cream cheese and 6 oz oj', ['51180010', '1 regular', 0.5], ['14301010', QNS, 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['2 frozen waffles and 2 sausage links', ['55200020', '1 waffle', 2], ['25221400', '1 breakfast size link', 2]],
  ['a yoplait and a banana before work', ['11434090', '1 6 oz container', 1], ['63107010', '1 banana', 1]],
  ['coffee w 1 sugar and a croissant', ['92100000', QNS, 1], ['91101010', '1 teaspoon', 1], ['51166000', '1 medium croissant', 1]],
  ['greek yogurt cup, 1/2 cup granola and some blueberries', ['11400010', '1 container, NFS', 1], ['57227000', '1 cup', 0.5], ['63203010', QNS, 1]],
  ['grits, 2 eggs and 3 slices bacon', ['56200990', QNS, 1], ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 3]],
  ['cinnamon raisin bagel w cream cheese + 8 oz oj', ['51180030', '1 regular', 1], ['14301010', QNS, 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['mom had 1/2 cup cream of wheat, 2 tsp sugar and half a banana', ['56206990', '1 cup, cooked', 0.5], ['91101010', '1 teaspoon', 2], ['63107010', '1 banana', 0.5]],
  ['banana + 2 cups of coffee w cream', ['63107010', '1 banana', 1], ['92100000', '1 cup (8 fl oz)', 2], ['12210200', QNS, 1]],
  ['2 slices of white toast w pb', ['51101010', '1 medium or regular slice', 2], ['42202000', QNS, 1]],
  ['1.5 cups frosted flakes + 1 cup 2% milk', ['57348000', '1 cup', 1.5], ['11112110', '1 cup', 1]],
  ['sausage mcmuffin w egg, hash brown and a medium sweet tea', ['34001310', '1 regular', 1], ['71404010', '1 patty', 1], ['92308000', '1 medium drink', 1]],
  ['4 munchkins + medium iced coffee w cream and sugar', ['53520170', '1 doughnut hole', 4], ['92102400', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['blueberry muffin and a small black coffee from the bakery', ['52302010', '1 medium', 1], ['92100000', '1 small', 1]],
  ['cheerios 1 cup w 1/2 cup 1% milk and a few strawberries', ['57123000', '1 cup', 1], ['11112210', '1 cup', 0.5], ['63223020', '1 fruit', 3]],
  ['scrambled eggs and 2 pieces of toast', ['32129990', QNS, 1], ['51101010', '1 medium or regular slice', 2]],
  ['french toast x2 w syrup and 2 sausage links', ['55301000', '1 slice, any size', 2], ['91300010', QNS, 1], ['25221400', '1 breakfast size link', 2]],
  ['4 silver dollar pancakes w 1 tbsp syrup for my toddler', ['55101000', '1 silver dollar pancake', 4], ['91300010', '1 tablespoon', 1]],
  ['bacon egg & cheese on a bagel + a large coffee', ['34001620', '1 regular', 1], ['92100000', '1 large', 1]],
  ['an orange, 1 boiled egg & 1 slice rye toast', ['61119010', '1 fruit', 1], ['31103010', '1 egg', 1], ['51401020', '1 medium or regular slice', 1]],
  ['oatmeal w blueberries & a drizzle of honey', ['56202960', QNS, 1], ['63203010', QNS, 1], ['91302010', QNS, 1]],
  // lunch
  ['ham & cheese on white w a pickle spear and a bag of chips', ['27520220', '1 regular', 1], ['75503010', '1 spear', 1], ['71200010', '1 small single serving bag', 1]],
  ['turkey sandwich on wheat w an apple', ['27540030', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['my daughter: half a grilled cheese, 1/2 cup tomato soup & some apple slices, snow day', ['14640100', '1 sandwich', 0.5], ['74601000', '1 cup', 0.5], ['63101000', QNS, 1]],
  ['sick day: chicken noodle soup, about 1 cup, and 10 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 10]],
  ['leftover spaghetti w meat sauce, about 2/3 cup, reheated at work', ['58146322', '1 cup', 2 / 3]],
  ['chicken caesar wrap + a bag of pretzels', ['27540300', '1 sandwich, any size', 1], ['54408015', '1 small single serving bag', 1]],
  ['2 slices pepperoni pizza and a side salad', ['58106540', '1 piece, NFS', 2], ['75143000', '1 side salad', 1]],
  ['subway 6 inch turkey + a bag of doritos', ['27540050', '1 regular or 6" submarine', 1], ['54401110', '1 small single serving bag', 1]],
  ['bowl of chili w cheese + a piece of cornbread', ['27111400', '1 cup', 1], ['14010000', QNS, 1], ['52201000', '1 piece', 1]],
  ['tuna sandwich on wheat + cup of tomato soup', ['27550735', '1 regular', 1], ['74601000', '1 cup', 1]],
  ['pb&j and a glass of milk for my son', ['42302010', '1 sandwich', 1], ['11100000', '1 fl oz', 8]],
  ['chicken quesadilla w guac, ate 2 triangles', ['58104740', '1 triangular piece', 2], ['63409010', QNS, 1]],
  ['2 cups mac n cheese w 2 hot dogs cut up', ['58145110', '1 cup', 2], ['25210110', '1 regular', 2]],
  ['california roll and edamame', ['58151180', QNS, 1], ['41420020', QNS, 1]],
  ['cobb salad w blue cheese dressing and 2 breadsticks', ['75148010', QNS, 1], ['83101000', QNS, 1], ['51183990', '1 medium stick', 2]],
  ['lentil soup 1.5 cups and a slice of bread', ['41603010', '1 cup', 1.5], ['51101000', '1 medium or regular slice', 1]],
  ['pork fried rice, 1.25 cups, + 2 crab rangoon', ['58150330', '1 cup', 1.25], ['58111110', '1 item, any size', 2]],
  ['chipotle bowl: brown rice, pinto beans, steak, guac', ['56205011', QNS, 1], ['41104200', QNS, 1], ['21001000', QNS, 1], ['63409010', QNS, 1]],
  ['blt on wheat + a pear', ['27520620', '1 sandwich, any size', 1], ['63137010', '1 fruit', 1]],
  ['half a turkey sub and a cookie at work', ['27540050', '1 regular or 6" submarine', 0.5], ['53201000', '1 medium', 1]],
  ['broccoli cheese soup 1.5 cups + a slice of sourdough', ['72302100', '1 cup', 1.5], ['51133010', '1 medium or regular slice', 1]],
  ['greek salad w chicken and a pita', ['75146000', QNS, 1], ['24103050', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['2 hard shell beef tacos, chips & salsa on the side', ['58102010', '1 small/regular', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['egg salad on white + a handful of baby carrots', ['32203010', '1 regular', 1], ['73101010', QNS, 1]],
  // dinner
  ['grilled chicken, 1 cup rice and broccoli', ['24123301', QNS, 1], ['56205001', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  ['1.5 cups spaghetti w meat sauce + 3 garlic knots', ['58146322', '1 cup', 1.5], ['51156500', '1 medium/regular/sandwich size roll', 3]],
  ['pork chop, 1/2 cup mashed potatoes & green beans', ['22101000', '1 regular', 1], ['71501000', '1 cup', 0.5], ['75205030', QNS, 1]],
  ['baked salmon, half a sweet potato w butter, asparagus', ['26137120', QNS, 1], ['73403000', '1 medium', 0.5], ['81100500', QNS, 1], ['75202020', QNS, 1]],
  ['meatloaf 1 slice, 1/2 cup mashed potatoes, 1/2 cup corn', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 0.5], ['75216120', '1 cup', 0.5]],
  ['beef stew, 1.5 bowls, w 2 slices of bread', ['27311600', '1 cup', 1.5], ['51101000', '1 medium or regular slice', 2]],
  ['2 flour tortilla beef tacos & spanish rice', ['58102110', '1 small/regular', 2], ['58163430', QNS, 1]],
  ['chicken stir fry over 3/4 cup brown rice', ['27445110', QNS, 1], ['56205011', '1 cup, cooked', 0.75]],
  ['veggie lasagna 1 piece + a caesar side salad', ['58130320', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['72116150', QNS, 1]],
  ['shepherds pie, 2 cups + peas', ['27311510', '1 cup', 2], ['75224030', QNS, 1]],
  ['roast chicken, 2 small potatoes & carrots', ['24102000', QNS, 1], ['71103000', '1 small', 2], ['73102220', QNS, 1]],
  ['8 oz sirloin and a baked potato w butter', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1]],
  ['chicken curry w 1.5 cups basmati + a roti', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['3 pork tamales w 1/2 cup refried beans', ['58103125', '1 item, any size', 3], ['41205010', '1 cup', 0.5]],
  ['beef & broccoli + 1 cup white rice', ['27415110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 chicken enchiladas w spanish rice', ['58102830', '1 enchilada, any size', 2], ['58163430', QNS, 1]],
  ['2 fish tacos and chips & salsa', ['58102210', '1 small/regular', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['jambalaya 2.5 cups, went back for seconds', ['27363100', '1 cup', 2.5]],
  ['baked ziti 1 cup + a caesar side salad', ['58146150', '1 cup', 1], ['72116150', QNS, 1]],
  ['sloppy joe + 1/2 cup corn', ['27510100', '1 sandwich, any size', 1], ['75216120', '1 cup', 0.5]],
  ['6 pierogies w fried onions & sour cream', ['58121610', '1 item, any size', 6], ['75221021', QNS, 1], ['12310100', QNS, 1]],
  ['tuna noodle casserole 1.5 cups w a dinner roll', ['27250610', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['1 brat on a bun w kraut and a beer', ['25220350', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1], ['75230000', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['homemade chicken alfredo 1 cup + steamed broccoli', ['58146422', '1 cup', 1], ['72201211', QNS, 1]],
  ['pot roast w potatoes & carrots, 2.5 cups (sunday dinner)', ['27311600', '1 cup', 2.5]],
  ['turkey burger no bun + 1/2 cup sweet potato fries', ['24207000', '1 patty', 1], ['73410200', '1 cup', 0.5]],
  ['red beans and rice 1 cup + cornbread', ['58160150', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['breakfast for dinner: 3 pancakes + 2 eggs', ['55101000', '1 medium pancake', 3], ['31102000', '1 egg', 2]],
  ['white rice 1 cup w 2 chicken thighs & black beans', ['56205001', '1 cup, cooked', 1], ['24150210', '1 thigh', 2], ['41101990', QNS, 1]],
  ['vegetable beef soup, 2 bowls, w 8 saltines', ['75656060', '1 cup', 2], ['54325000', '1 cracker', 8]],
  // fast food / takeout
  ['big mac + large fries, sweet tea large', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 large fast food order', 1], ['92308000', '1 large drink', 1]],
  ['whopper w cheese, no fries, large diet coke', ['27510231', '1 cheeseburger', 1], ['92410320', '1 large drink', 1]],
  ['6 pc mcnuggets w sweet n sour + small fries', ['24198731', '1 nugget', 6], ['91361010', QNS, 1], ['71401030', '1 small fast food order', 1]],
  ['chick fil a for my son: 5 ct nuggets, kids fry & a lemonade', ['24198731', '1 nugget', 5], ['71401030', '1 kids meal order', 1], ['92510955', QNS, 1]],
  ['taco bell: 2 crunchy tacos, a bean burrito & cinnamon twists', ['58102010', '1 small/regular', 2], ['58102610', '1 small/regular', 1], ['53452500', '1 Taco Bell order', 1]],
  ['wendys spicy chicken sandwich, small fries & a medium frosty', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1], ['11542100', '1 medium', 1]],
  ['kfc 3 pc chicken, mashed w gravy & corn on the cob', ['24107070', '1 piece', 3], ['71501006', QNS, 1], ['75215990', '1 regular ear', 1]],
  ['chipotle chicken burrito + chips', ['58102540', '1 small/regular', 1], ['54401075', QNS, 1]],
  ['panda express: orange chicken + half chow mein half fried rice', ['27146350', QNS, 1], ['27360080', QNS, 0.5], ['58150310', QNS, 0.5]],
  ['dominos, 4 slices of a medium pepperoni (teenager)', ['58106540', '1 piece, medium pizza', 4]],
  ['sonic: 2 corn dogs + a medium slush', ['27560300', '1 regular', 2], ['92513000', '1 medium', 1]],
  ['arbys roast beef + small curly fries + a small jamocha shake', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1], ['11542200', '1 small', 1]],
  ['6 inch meatball sub + chips', ['27510700', '1 regular or 6" submarine', 1], ['71200010', QNS, 1]],
  ['mcd cheeseburger happy meal w apple slices + apple juice for my daughter', ['27510172', '1 cheeseburger', 1], ['63101000', '1 single serving package', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['popeyes 4 tenders + medium cajun fries', ['24198741', '1 tender, strip, or finger', 4], ['71401030', '1 medium fast food order', 1]],
  ['takeout: general tso chicken 1.5 cups + an egg roll', ['27445150', '1 cup', 1.5], ['58110130', '1 egg roll', 1]],
  ['shrimp pad thai, ate about 3/4 of the takeout box (~2.5 cups)', ['58137240', '1 cup', 2.5]],
  ['chicken tikka masala w 3/4 cup rice and 2 pieces of naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 0.75], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['pho tai 2 cups + 3 fresh spring rolls', ['28310330', '1 cup', 2], ['58110200', '1 roll (4-1/4" x 1-1/2" dia)', 3]],
  ['sushi: 6 pc salmon roll + miso soup', ['58151200', '1 piece', 6], ['41601070', QNS, 1]],
  ['falafel pita + a side of hummus', ['41901030', '1 sandwich, any size', 1], ['41205070', QNS, 1]],
  ['gyro and a piece of baklava', ['27516010', '1 sandwich, any size', 1], ['53441110', '1 piece', 1]],
  ['costco: 2 slices of cheese pizza, no drink', ['58106210', '1 piece, large pizza', 2]],
  ['in n out cheeseburger and a medium coke', ['27510160', '1 cheeseburger', 1], ['92410310', '1 medium drink', 1]],
  ['chicken biryani 1.5 cups + raita', ['27243100', '1 cup', 1.5], ['11440060', QNS, 1]],
  ['3 pupusas (2 cheese, 1 bean) w curtido', ['58105100', '1 item, any size', 2], ['58105105', '1 item, any size', 1], ['75141000', QNS, 1]],
  ['dal, 1 cup rice & 1 roti', ['41311030', QNS, 1], ['56205001', '1 cup, cooked', 1], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['korean bbq beef w 2 cups rice', ['27115000', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['6 boneless wings + celery & ranch', ['24168030', '1 boneless wing', 6], ['75109000', QNS, 1], ['83113500', QNS, 1]],
  // snacks
  ['a small apple w 2 tbsp almond butter', ['63101000', '1 small', 1], ['42200500', '1 tablespoon', 2]],
  ['2 oz pretzels & 2 string cheese on the drive', ['54408015', { grams: 2 * OZ }, 1], ['14107030', '1 stick', 2]],
  ['6 saltines w peanut butter', ['54325000', '1 cracker', 6], ['42202000', QNS, 1]],
  ['a handful of grapes and 2 slices of swiss', ['63123000', QNS, 1], ['14109010', '1 slice', 2]],
  ['3 fig newtons w tea', ['53220030', '1 Newton bar', 3], ['92302000', QNS, 1]],
  ['one nature valley bar and a small coffee w cream', ['53710906', '1 bar', 1], ['92100000', '1 small', 1], ['12210200', QNS, 1]],
  ['3 rice krispie treats (the regular ones) at the school fair', ['53226500', '1 medium bar', 3]],
  ['5 cups buttered popcorn (air popped) + a root beer', ['54403040', '1 cup, popped', 5], ['92410710', '1 can (12 fl oz)', 1]],
  ['a kind bar and coffee', ['53710810', '1 bar', 1], ['92100000', QNS, 1]],
  ['1 cup cottage cheese w canned peaches', ['14200100', '1 cup', 1], ['63135110', QNS, 1]],
  ['hiking: 2/3 cup trail mix + an apple', ['42501000', '1 cup', 2 / 3], ['63101000', '1 medium', 1]],
  ['a pear and 12 cashews at 4', ['63137010', '1 fruit', 1], ['42104000', '1 nut', 12]],
  ['4 clementines after soccer', ['61100600', '1 fruit', 4]],
  ['12 baby carrots w 2 tbsp hummus', ['73101010', '1 baby carrot', 12], ['41205070', '1 tablespoon', 2]],
  ['hot cheetos, the big bag, ate half', ['54401081', '1 large single serving bag', 0.5]],
  ['2 choc chip cookies & a glass of milk', ['53206000', '1 medium cookie', 2], ['11100000', '1 fl oz', 8]],
  ['1.5 cups strawberries + 2 tbsp whipped cream', ['63223020', '1 cup', 1.5], ['12140000', '1 cup', 2 / 16]],
  ['protein bar + 16 oz chocolate milk after lifting', ['53729000', '1 bar', 1], ['11511000', '1 fl oz', 16]],
  ['15 almonds and an apple', ['42100100', '1 nut', 15], ['63101000', '1 medium', 1]],
  ['pita chips small bag', ['54402700', '1 small single serving bag', 1]],
  ['2 graham crackers w pb', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2], ['42202000', QNS, 1]],
  ['3 cups of watermelon on the patio', ['63149010', '1 cup', 3]],
  ['cheddar, 2 oz, + 7 triscuits for lunch at my desk', ['14104100', { grams: 2 * OZ }, 1], ['54337020', '1 cracker', 7]],
  ['kettle corn, 3 cups at the fair', ['54403089', '1 cup', 3]],
  // drinks
  ['32 oz sweet tea from the gas station, drank half', ['92308000', '1 fl oz (NFS)', 16]],
  ['half a glass of oj + 2 slices toast w jam', ['61210000', '1 fl oz (NFS)', 4], ['51101010', '1 medium or regular slice', 2], ['91402000', QNS, 1]],
  ['regular pepsi can + a ham sandwich on wheat at work', ['92410310', '1 can (12 fl oz)', 1], ['27520230', '1 regular', 1]],
  ['large coke + a mcchicken', ['92410310', '1 large drink', 1], ['27540146', '1 regular sandwich', 1]],
  ['venti caramel frappuccino w whip + a plain croissant', ['92101925', '1 large', 1], ['51166000', '1 medium croissant', 1]],
  ['2 gatorades (20 oz) at the tournament', ['95320200', '1 bottle (20 fl oz)', 2]],
  ['2 beers and some peanuts', ['93101000', '1 can or bottle (12 fl oz)', 2], ['42111000', QNS, 1]],
  ['glass of white wine w cheese & crackers', ['93401020', '1 glass', 1], ['14010000', QNS, 1], ['54001000', QNS, 1]],
  ['10 oz chocolate milk after swim practice', ['11511000', '1 fl oz', 10]],
  ['2 mugs of hot cocoa w marshmallows', ['11512005', '1 cup', 2], ['91723000', QNS, 1]],
  ['strawberry banana smoothie, 16 oz, + a granola bar', ['11553100', '1 fl oz', 16], ['53712100', '1 bar', 1]],
  ['grande vanilla latte and a plain croissant', ['92101904', '1 medium', 1], ['51166000', '1 medium croissant', 1]],
  ['8 oz apple juice w her lunch', ['64104010', '1 fl oz (NFS)', 8]],
  ['3 margaritas at the mexican place + some chips', ['93301100', '1 drink', 3], ['54401075', QNS, 1]],
  ['a 500 ml coke and a bag of crisps', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 1], ['71200010', '1 small single serving bag', 1]],
  ['red bull + a bag of pretzels at 2am on shift', ['95310600', '1 can (8.4 fl oz)', 1], ['54408015', '1 small single serving bag', 1]],
  // desserts
  ['grandmas apple pie, a big slice w a slice of cheddar', ['53301000', '1 large slice', 1], ['14104100', '1 slice', 1]],
  ['2 scoops vanilla + 1 chocolate w sprinkles and choc syrup', ['13110100', '1 scoop', 2], ['13110110', '1 scoop', 1], ['91705250', QNS, 1], ['91301080', QNS, 1]],
  ['chocolate cheesecake, a slice, shared it 3 ways', ['53104600', '1 piece/slice, any size', 1 / 3]],
  ['a big brownie and a cup of coffee', ['53204000', '1 large', 1], ['92100000', '1 cup (8 fl oz)', 1]],
  ['large oreo blizzard, ate the whole thing', ['13130700', '1 large', 1]],
  ['3 mini chocolate cupcakes at the bday party', ['53105270', '1 miniature/bite size', 3]],
  ['pound cake, 2 slices, w coffee', ['53116000', '1 piece/slice, any size', 2], ['92100000', QNS, 1]],
  ['glazed donut w coffee', ['53521110', '1 doughnut', 1], ['92100000', QNS, 1]],
  ['3 regular jello cups over the evening', ['91501010', '1 snack size container', 3]],
  ['2 popsicles', ['91611000', '1 single stick', 2]],
  ['vanilla ice cream, 3/4 cup w chocolate syrup', ['13110100', '1 cup', 0.75], ['91301080', QNS, 1]],
  ['apple crisp, about half a cup, no ice cream', ['53415100', '1 cup', 0.5]],
  // lows
  ['low 49!! 8 oz juice', ['64104010', '1 fl oz (NFS)', 8]],
  ['bg 65 at the gym - 4 tsp sugar in water', ['91101010', '1 teaspoon', 4]],
  ['treated a 59 w half a can of regular coke + 2 crackers', ['92410310', '1 can (12 fl oz)', 0.5], ['54001000', '1 cracker', 2]],
  ['3am low, 1 juice box then another half', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1.5]],
  ['dropping, ate 15 skittles', ['91745110', '1 piece', 15]],
  ['3/4 cup of oj for a 58', ['61210000', '1 fl oz (NFS)', 6]],
  ['going low in a meeting - 1 pack of fruit snacks + 3 starbursts', ['91746300', '1 snack size/pouch/regular size', 1], ['91750000', '1 piece', 3]],
  ['cgm says 3.7, had a small glass of apple juice (150ml)', ['64104010', '1 fl oz (NFS)', 150 * ML]],
  // holidays, trips, older people, kids
  ['thanksgiving plate: 1 cup stuffing, 1/2 cup mashed w gravy, cranberry sauce', ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 0.5], ['28500000', QNS, 1], ['63207110', QNS, 1]],
  ['christmas: 2 slices ham + 1 cup mac and cheese', ['22311000', '1 regular/thin slice', 2], ['58145110', '1 cup', 1]],
  ['thanksgiving dessert: pumpkin pie, small slice, w cool whip', ['53347000', '1 mini/small slice', 1], ['12220200', QNS, 1]],
  ['4th of july: hot dog, 1/2 cup potato salad, slice of watermelon', ['27564000', '1 sandwich', 1], ['71601010', '1 cup', 0.5], ['63149010', '1 medium wedge/slice', 1]],
  ['ballgame: 1 hot dog, peanuts & 2 beers', ['27564000', '1 sandwich', 1], ['42111000', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['halloween: 2 fun size snickers + 1 fun size twix', ['91705520', '1 fun/snack size', 2], ['91705450', '1 fun/snack size', 1]],
  ['airport: soft pretzel + a coke', ['54408400', '1 medium/regular', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['road trip: gas station honey bun + 16 oz coffee w creamer', ['51161050', '1 medium', 1], ['92101000', '1 fl oz', 16], ['12210200', QNS, 1]],
  ['dad had 1/2 cup oatmeal w raisins & 4 oz milk', ['56202960', '1 cup, cooked', 0.5], ['62125100', QNS, 1], ['11100000', '1 fl oz', 4]],
  ['grandma: a boost + 4 vanilla wafers', ['95101000', '1 bottle (8 fl oz)', 1], ['53247000', '1 medium', 4]],
  ['mom ate 1/2 cup applesauce, a scrambled egg and a slice of toast', ['63101110', '1 cup', 0.5], ['32129990', '1 egg', 1], ['51101010', '1 medium or regular slice', 1]],
  ['school lunch: 8 nuggets, corn and chocolate milk', ['24198735', '1 nugget', 8], ['75216120', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['kid had a go-gurt and a bag of goldfish', ['11436100', '1 tube', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['my son had 3 pancakes w syrup & a glass of milk', ['55101000', '1 medium pancake', 3], ['91300010', QNS, 1], ['11100000', '1 fl oz', 8]],
  ['packed lunch: turkey roll ups, grapes & a capri sun', ['25230780', QNS, 1], ['63123000', QNS, 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['night shift: 2 slices cold pizza & a monster', ['58106210', '1 piece, NFS', 2], ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['leftover chicken fried rice on my shift, about 1 cup + a diet coke', ['58150320', '1 cup', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['vending machine: peanut m&ms + a regular coke (20 oz)', ['91746110', '1 pouch/regular size', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  // weights and volumes
  ['220 g cooked pasta w marinara', ['56130000', { grams: 220 }, 1], ['74404010', QNS, 1]],
  ['200 g white rice + 100 g grilled chicken', ['56205001', { grams: 200 }, 1], ['24123301', { grams: 100 }, 1]],
  ['5 oz salmon + 3/4 cup quinoa', ['26137120', { grams: 5 * OZ }, 1], ['56204000', '1 cup, cooked', 0.75]],
  ['50 g granola + 150 g greek yogurt', ['57227000', { grams: 50 }, 1], ['11400010', { grams: 150 }, 1]],
  ['300 ml oj + a slice of toast w butter', ['61210000', '1 fl oz (NFS)', 300 * ML], ['51101010', '1 medium or regular slice', 1], ['81100500', QNS, 1]],
  ['3 x 330ml cans of sprite over the afternoon', ['92410510', '1 fl oz (NFS)', 990 * ML]],
  ['250 g boiled potatoes, green beans & a pork chop', ['71102980', { grams: 250 }, 1], ['75205030', QNS, 1], ['22101000', '1 regular', 1]],
  ['180 g cooked brown rice w steamed broccoli', ['56205011', { grams: 180 }, 1], ['72201211', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Forty-fourth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 41-43. Generated by core/chat/make-eval-meals-holdout-44.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4.ts … -40.ts, with the decisions this set needed in the header of make-eval-meals-holdout-44.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-44.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-44.json`);
}
