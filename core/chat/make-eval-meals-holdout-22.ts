/**
 * Writes eval-meals.holdout-22.json: the twenty-second held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 21:48 UTC, first committed before 22:05 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writers of the parallel sets 21, 23 and 24 (whose sets were not looked at).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used (so that the same dish means the same food across
 * sets). The builder checks every code and portion against the table. Same format, conventions and
 * builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand;
 * grams and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -20.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-20, checked by script in two
 * ways: lower-cased, punctuation-folded messages compared; and every message whose items (food,
 * portion and quantity) were exactly those of an earlier message was dropped or rewritten, since
 * that is a paraphrase whatever the wording. About 100 first drafts failed one check or the other
 * (the simple one- and two-food everyday messages are well covered by holdouts 1-20) and were
 * replaced by other foods, amounts, sides or contexts; pairs sharing 75 % or more of their words
 * were read and reworded where they meant the same foods.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - Seasonings with ~0 g of carbohydrate are left out ("& cinnamon" on oatmeal, "w tajin" on mango),
 *   extending holdout 13's condiment rule and holdout 17's tajin.
 * - "a large black coffee" is Coffee, NS as to type, "1 large"; "a cup of earl grey" hot black leaf
 *   tea "1 cup"; "coffee w cream" coffee and liquid creamer, each "Quantity not specified".
 * - "a splash of almond milk" is 1 × almond milk NFS "1 fl oz" (holdouts 6 and 14's splash).
 * - "a bowl of matzo ball soup" is 1 cup (a bowl is 1 cup); "2 matzos" 2 × "1 matzo".
 * - "3 potato skins w cheese & bacon" is 3 × "Skin from 1 medium" (count convention: the medium item).
 * - "small bag of bagel chips" is the bagel chips' smallest bag, "1 small or medium single serving bag"
 *   (holdout 7's rule for a food with no 1 oz bag); "a cracker jack box" is the caramel popcorn with
 *   nuts' "1 small Cracker Jack box"; "a cup of kettle corn" at a fair is the ready-to-eat kettle
 *   popcorn's "1 cup".
 * - "apple fritter" is FNDDS's fruit fritter, "1 fritter"; "2 rugelach" the rugelach's "1 medium
 *   roll-up cookie" each; "fried green tomatoes, 3 slices" their "1 slice" each; "upma, about a cup"
 *   is its "1 cup, cooked" (an "about" amount is the amount said, holdout 18).
 * - "maduros" beside picadillo are plantain cooked with oil, "Quantity not specified" (the same
 *   food holdout 5 chose for fried plantains and tostones).
 * - "jeera rice" is white rice (holdouts 12 and 16's jasmine and basmati); "chickpea curry" is
 *   chickpeas NFS (holdout 6's chana masala); "chicken adobo w rice" is FNDDS's adobo with rice (one
 *   food); "coconut chutney" is Chutney, "Quantity not specified"; "lamb biryani" biryani with meat
 *   (holdout 14).
 * - "bbq pork bun" is the bao (holdout 6); "veggie spring rolls" the meatless egg roll (holdout 6);
 *   "crab rangoon" and "fried dumplings" the fried wonton / pot sticker, one item each (holdout 6).
 * - "a venti iced white mocha" is the iced flavored latte, large (holdout 12's iced flavoured
 *   drinks); "a medium jamocha shake" the fast-food shake, flavors other than chocolate, medium.
 * - "a coke zero" beside food is diet cola's 12 fl oz can; "a can of coke" cola's can; "small
 *   sprite" / "medium sprite" in a meal the caffeine-free fruit-flavored soft drink's size portion.
 * - Fractions of a whole item: "cinnabon split 3 ways" is 1/3 of "1 Cinnabon"; "large oreo blizzard
 *   split w my husband" 0.5 × "1 large"; "mom drank half a boost" 0.5 × Boost "1 bottle (8 fl oz)";
 *   "lollipop + half a juice box" 0.5 × apple juice's juice box (holdouts 9, 12, 14, 18).
 * - "2 breaded pork chops" are the coated pork chop's "1 regular"; "2 slices ham" the ham's "1
 *   regular/thin slice" (holdout 16); "pulled pork sliders x3" are holdout 14's barbecue sandwich NFS
 *   "1 miniature/slider".
 * - "the whole can" of clam chowder is its "1 can" (holdout 12's whole can); "french onion soup" with
 *   no amount is its "Quantity not specified".
 * - "2 choc chip cookies" beside a sub are Cookie, chocolate chip, "1 medium cookie" each (count
 *   convention); "a honeycrisp apple" is the raw apple's medium.
 * - "a side of black beans and rice" with a cubano at a Cuban restaurant is FNDDS's one food "Black beans
 *   and rice, from fast food / restaurant", "Quantity not specified" (holdout 6's rice and beans as one
 *   food; holdout 9's restaurant version beside a restaurant plate).
 * - "3 white claws" is 3 × hard seltzer's 12 fl oz can (holdout 8); its total (5.9 g) is small but
 *   not 0 g, so it stays (holdout 6's zero-total rule).
 * - "fried onions" on pierogies are onions cooked with fat, "Quantity not specified"; "a caesar side" is
 *   the caesar salad without dressing, "Quantity not specified". Earlier sets' choices were kept for
 *   "avacado toast" (holdout 5), "cup noodles" (holdout 7), "a whole can of chicken noodle" (holdout
 *   12), "fried spring rolls" (holdout 12) and a self-correcting message (holdout 9).
 * - The 11 messages in the last group were added after the first commit, under the same rules and
 *   the same two repeat checks.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-22.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** US fluid ounces in a millilitre volume (holdout 7's ml rule). */
const ml = (n: number) => n / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // Breakfast
  ['bg 180 this am. 1 cup honey nut cheerios w skim milk', ['57241000', '1 cup', 1], ['11113000', QNS, 1]],
  ['3 eggo waffles, 2 tbsp syrup', ['55200020', '1 waffle', 3], ['91300010', '1 tablespoon', 2]],
  ['mini bagel w 1 tbsp cream cheese for the kiddo', ['51180010', '1 miniature', 1], ['14301010', '1 tablespoon', 1]],
  ['breakfast - 2 scrambled eggs, 1 slice sourdough toast, half an avocado', ['32129990', '1 egg', 2], ['51133020', '1 medium or regular slice', 1], ['63105010', '1 fruit', 0.5]],
  ['1 cup grits, 3 turkey sausage links', ['56200990', '1 cup, cooked', 1], ['25221830', '1 breakfast size link', 3]],
  ['toddler ate 4 mini pancakes, no syrup', ['55101000', '1 miniature/bite size pancake', 4]],
  ['plain greek yogurt 5.3oz cup + 1/4 cup granola', ['11411390', '1 5.3 oz container', 1], ['57227000', '1 cup', 0.25]],
  ['jelly filled donut and a large black coffee', ['53521140', '1 doughnut', 1], ['92100000', '1 large', 1]],
  ['cream of rice 1.5 cups, 2 tsp brown sugar, splash of milk', ['56205050', '1 cup, cooked', 1.5], ['91102010', '1 teaspoon, NFS', 2], ['11100000', '1 fl oz', 1]],
  ['2 hashbrowns and a sausage egg mcmuffin, mcd drive thru', ['34001310', '1 regular', 1], ['71404010', '1 patty', 2]],
  ['french toast sticks x6 dipped in syrup', ['55301031', '1 stick', 6], ['91300010', QNS, 1]],
  ['whole wheat english muffin w 1 tbsp pb', ['51303030', '1 muffin', 1], ['42202000', '1 tablespoon', 1]],
  ['banana + a glass of 2% before my run', ['63107010', '1 banana', 1], ['11112110', '1 fl oz', 8]],
  ['off shift at 7am, 2 boiled eggs and a slice of rye toast', ['31103010', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  ['3 egg omelette w cheese & spinach + 1 slice multigrain toast', ['32130650', '1 egg', 3], ['51601010', '1 medium or regular slice', 1]],
  ['chilaquiles, no eggs, w sour cream', ['58100360', QNS, 1], ['12310100', QNS, 1]],
  ['3/4 cup oatmeal w a sliced banana & cinnamon', ['56202960', '1 cup, cooked', 0.75], ['63107010', '1 banana', 1]],
  ['2 idli + a cup of sambar + coconut chutney', ['55702000', '1 item', 2], ['41311020', '1 cup', 1], ['63409020', QNS, 1]],
  ['upma for breakfast, about a cup', ['58174000', '1 cup, cooked', 1]],
  ['slice of banana bread + black coffee', ['52405010', '1 slice', 1], ['92101000', QNS, 1]],
  ['1 cup kefir and a small apple', ['11115400', '1 cup', 1], ['63101000', '1 small', 1]],
  ['2 slices challah w butter and jam', ['51119010', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['blueberry scone + a cup of earl grey at the tea room', ['52105200', '1 regular', 1], ['92302000', '1 cup', 1]],
  ['1.5 cups frosted mini wheats, splash of almond milk', ['57214000', '1 cup', 1.5], ['11350040', '1 fl oz', 1]],

  // Lunch, school and work
  ['ham n cheese on wheat + a bag of bbq chips', ['27520240', '1 regular', 1], ['71200110', '1 small single serving bag', 1]],
  ['cafeteria lunch - cheese pizza x2 slices and an apple', ['58106234', '1 piece, NFS', 2], ['63101000', '1 medium', 1]],
  ['packed her lunch - uncrustable, snack bag of goldfish, capri sun', ['42303100', '1 sandwich', 1], ['54304020', '1 small or medium single serving bag', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['chicken salad on a croissant', ['27446200', QNS, 1], ['51166000', '1 medium croissant', 1]],
  ['whole grilled cheese on wheat + a bowl of tomatoe soup', ['14640110', '1 sandwich', 1], ['74601000', '1 cup', 1]],
  ['cobb salad, blue cheese dressing on the side, + a breadstick', ['75148010', QNS, 1], ['83101000', QNS, 1], ['51183990', '1 medium stick', 1]],
  ['egg salad sandwitch on wheat and some grapes', ['32203020', '1 regular', 1], ['63123000', QNS, 1]],
  ['spinach salad w craisins & grilled chicken, italian dressing', ['75147000', QNS, 1], ['62109100', QNS, 1], ['24123301', QNS, 1], ['83106000', QNS, 1]],
  ['lentil soup 2 cups + 6 saltines', ['41603010', '1 cup', 2], ['54325000', '1 cracker', 6]],
  ['cubano w a side of black beans and rice at the cuban place', ['27520410', '1 sandwich, any size', 1], ['58160104', QNS, 1]],
  ['split pea soup 1 cup + a dinner roll', ['41602050', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['french onion soup', ['75608100', QNS, 1]],
  ['clam chowder, ate the whole can', ['28355110', '1 can', 1]],
  ['3 hot dogs at the cookout', ['27564000', '1 sandwich', 3]],
  ['pulled pork sliders x3', ['27500400', '1 miniature/slider', 3]],
  ['1/2 cup macaroni salad w a hamburger', ['58148110', '1 cup', 0.5], ['27510521', '1 hamburger', 1]],
  ['chicken salad sandwich on white + a pear', ['27540120', '1 regular', 1], ['63137010', '1 fruit', 1]],

  // Dinner at home
  ['1.5 cups spaghetti marinara + a slice of garlic bread', ['58146222', '1 cup', 1.5], ['51121015', '1 medium slice', 1]],
  ['baked ziti, 2 cups at the potluck', ['58146150', '1 cup', 2]],
  ['2 breaded pork chops + 1/2 cup applesauce', ['22101300', '1 regular', 2], ['63101110', '1 cup', 0.5]],
  ['a bowl of beef stew w a biscuit', ['27311410', '1 cup', 1], ['52101000', '1 biscuit', 1]],
  ['dirty rice & 2 pieces fried chicken', ['58163130', QNS, 1], ['24107070', '1 piece', 2]],
  ['baked cod 5 oz, 1 cup wild rice', ['26109120', { grams: 5 * OZ }, 1], ['56205205', '1 cup, cooked', 1]],
  ['large baked sweet potato w butter + grilled chicken', ['73403010', '1 large', 1], ['81100500', QNS, 1], ['24123301', QNS, 1]],
  ['2 slices meatloaf, 1/2 cup mashed, 1/2 cup green peas', ['27214100', '1 medium slice', 2], ['71501000', '1 cup', 0.5], ['75224030', '1 cup', 0.5]],
  ['3 chicken enchiladas, spanish rice 1/2 cup', ['58102830', '1 enchilada, any size', 3], ['58163430', '1 cup', 0.5]],
  ['one stuffed pepper half, meatless', ['58162120', '1/2 pepper with filling', 1]],
  ['eggplant parm, half cup + side salad', ['75412060', '1 cup', 0.5], ['75143000', '1 side salad', 1]],
  ['lamb biryani 1 cup + raita', ['27213010', '1 cup', 1], ['11440060', QNS, 1]],
  ['chickpea curry over 1 cup rice', ['41301990', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['dal + 2 chapatis', ['41311030', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['4 pakoras at the diwali party', ['75440400', '1 pakora', 4]],
  ['kung pao shrimp + 1 cup white rice', ['27450470', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['beef and broccoli takeout w 1 cup shrimp fried rice', ['27415110', QNS, 1], ['58150510', '1 cup', 1]],
  ['sweet and sour chicken 1 cup over 1/2 cup brown rice', ['27146100', '1 cup', 1], ['56205011', '1 cup, cooked', 0.5]],
  ['hot and sour soup 1 cup + a veggie egg roll', ['28340750', '1 cup', 1], ['58110110', '1 egg roll', 1]],
  ['chicken adobo w rice', ['58150530', QNS, 1]],
  ['bulgogi over rice', ['27115000', QNS, 1], ['56205001', QNS, 1]],
  ['veggie pad thai, 1.5 cups', ['58137220', '1 cup', 1.5]],
  ['3 eel nigiri + california roll', ['58151410', '1 piece', 3], ['58151180', QNS, 1]],
  ['shrimp teriyaki w rice', ['27150410', QNS, 1], ['56205001', QNS, 1]],
  ['gyro and a greek salad', ['27516010', '1 sandwich, any size', 1], ['75146000', QNS, 1]],
  ['1 cup tabbouleh w a whole wheat pita', ['58175110', '1 cup', 1], ['51301600', '1 medium pita', 1]],
  ['2 chicken tamales w salsa verde', ['58103130', '1 item, any size', 2], ['74402100', QNS, 1]],
  ['picadillo w 1 cup rice and maduros', ['27118120', QNS, 1], ['56205001', '1 cup, cooked', 1], ['71900200', QNS, 1]],
  ['crab cake sandwich + fries', ['27550110', '1 regular sandwich', 1], ['71400990', QNS, 1]],
  ['6 hush puppies w 8 fried shrimp', ['52209010', '1 hush puppy', 6], ['26319140', '1 small/medium shrimp', 8]],
  ['fish sticks x4 and mac n cheese 1 cup', ['26100270', '1 stick', 4], ['58145110', '1 cup', 1]],
  ['brat on a bun w sauerkraut', ['25220350', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1], ['75230000', QNS, 1]],
  ['200 g cooked penne w pesto', ['56130000', { grams: 200 }, 1], ['81302070', QNS, 1]],
  ['8 oz sirloin + small baked potato', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 small', 1]],
  ['150 g cooked jasmine rice w stir fry veg', ['56205001', { grams: 150 }, 1], ['75340020', QNS, 1]],
  ['180g roasted potatoes + roast chicken', ['71104030', { grams: 180 }, 1], ['24102000', QNS, 1]],

  // Holidays and trips
  ['friendsgiving: turkey, 1/2 cup candied yams, 1/2 cup stuffing, cranberry sauce', ['24201000', QNS, 1], ['73406000', '1 cup', 0.5], ['51182010', '1 cup, NFS', 0.5], ['63207110', QNS, 1]],
  ['christmas eve: 2 slices ham, 1 cup scalloped potatoes', ['22311000', '1 regular/thin slice', 2], ['71305015', '1 cup', 1]],
  ['seder: 2 matzos and a bowl of matzo ball soup', ['54307000', '1 matzo', 2], ['58404500', '1 cup', 1]],
  ['4th of july - hamburger, 1/2 cup potato salad, slice of watermelon', ['27510521', '1 hamburger', 1], ['71601010', '1 cup', 0.5], ['63149010', '1 medium wedge/slice', 1]],
  ['1 ladoo + 2 pieces barfi for diwali', ['91718300', '1 piece', 1], ['13252500', '1 piece', 2]],
  ['halloween: 2 fun size snickers + 1 fun size m&ms', ['91705520', '1 fun/snack size', 2], ['91746100', '1 fun/snack size', 1]],
  ['cup of kettle corn at the county fair', ['54403089', '1 cup', 1]],
  ['road trip - cracker jack box and a 20 oz mtn dew', ['54403120', '1 small Cracker Jack box', 1], ['92410550', '1 bottle (20 fl oz)', 1]],

  // Pizza and fast food
  ['4 slices thin crust pepperoni + 2 beers', ['58106550', '1 piece, NFS', 4], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['white pizza, 1 slice + a garden salad', ['58107205', '1 piece, NFS', 1], ['75143000', QNS, 1]],
  ['quarter pounder, medium fries, medium diet coke', ['27510229', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['kfc drumstick and thigh, coleslaw, biscuit', ['24147300', '1 medium drumstick', 1], ['24157300', '1 medium thigh', 1], ['75140990', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['5 popeyes tenders, no sides', ['24198741', '1 tender, strip, or finger', 5]],
  ['panda: fried rice, orange chicken, broccoli beef', ['58150310', QNS, 1], ['27146350', QNS, 1], ['27415110', QNS, 1]],
  ['large baked potato w sour cream + 6 oz ribeye', ['71508010', '1 large', 1], ['21101170', { grams: 6 * OZ }, 1]],
  ['large iced coffee black w 2 sugars', ['92102400', '1 large', 1], ['91101010', '1 teaspoon', 2]],
  ['box of munchkins shared at work, i ate 3', ['53520170', '1 doughnut hole', 3]],
  ['big mac meal, medium fries, medium sprite', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 medium fast food order', 1], ['92410510', '1 medium drink', 1]],
  ['filet o fish w a small coke', ['27550100', '1 regular sandwich', 1], ['92410310', '1 small drink', 1]],

  // Snacks
  ['small bag of bagel chips', ['54440010', '1 small or medium single serving bag', 1]],
  ['1 oz plantain chips', ['71905410', { grams: OZ }, 1]],
  ['15 cheez its', ['54304005', '1 cracker', 15]],
  ['handful of dried apricots', ['62104100', QNS, 1]],
  ['1/2 cup cottage cheese + a pear + 4 triscuits', ['14200100', '1 cup', 0.5], ['63137010', '1 fruit', 1], ['54337020', '1 cracker', 4]],
  ['hummus w about 10 baby carrots', ['41205070', QNS, 1], ['73101010', '1 baby carrot', 10]],
  ['kiwi and a tangerine', ['63126500', '1 fruit', 1], ['61125010', '1 fruit', 1]],
  ['2 nectarines', ['63131010', '1 fruit', 2]],
  ['a plum & 10 cashews', ['63143010', '1 fruit', 1], ['42104000', '1 nut', 10]],
  ['2 of the 100 cal popcorn bags', ['54403051', '1 100 calorie package', 2]],
  ['slim jim and a snickers at the gas station', ['21602100', '1 Slim Jim', 1], ['91705520', '1 pouch/regular size', 1]],
  ['3 potato skins w cheese & bacon', ['71411000', 'Skin from 1 medium', 3]],
  ['8 mozzarella sticks shared w my brother, i had 4', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 4]],
  ['apple fritter from the bakery', ['53415120', '1 fritter', 1]],
  ['2 rugelach', ['53251100', '1 medium roll-up cookie', 2]],
  ['fried green tomatoes, 3 slices', ['74205010', '1 slice', 3]],
  ['150g grapes', ['63123000', { grams: 150 }, 1]],
  ['40g dark chocolate', ['91705290', { grams: 40 }, 1]],
  ['3 oz tortilla chips + pico', ['54401075', { grams: 3 * OZ }, 1], ['74402110', QNS, 1]],
  ['45 g pretzels', ['54408000', { grams: 45 }, 1]],
  ['30g dried mango', ['62114050', { grams: 30 }, 1]],
  ['120 g banana + 1 tbsp almond butter', ['63107010', { grams: 120 }, 1], ['42200500', '1 tablespoon', 1]],
  ['celery w 2 tbsp peanut butter', ['75109000', QNS, 1], ['42202000', '1 tablespoon', 2]],
  ['2 fig newtons + glass of milk', ['53220030', '1 Newton bar', 2], ['11100000', '1 fl oz', 8]],
  ['half cup chex mix', ['54420220', '1 cup', 0.5]],

  // Desserts
  ['a piece of baklava w turkish coffee', ['53441110', '1 piece', 1], ['92100000', QNS, 1]],
  ['flan, 1 cup', ['13210350', '1 cup', 1]],
  ['angel food cake w cool whip', ['53101100', '1 piece/slice, any size', 1], ['12220200', QNS, 1]],
  ['cherry cobbler a la mode', ['53410500', QNS, 1], ['13110100', QNS, 1]],
  ['a frosted brownie', ['53204100', '1 medium', 1]],
  ['2 scoops rainbow sherbet', ['13150000', '1 scoop', 2]],
  ['slice of pound cake and coffee', ['53116000', '1 piece/slice, any size', 1], ['92100000', QNS, 1]],
  ['slice of cherry pie w cool whip', ['53305000', '1 regular slice', 1], ['12220200', QNS, 1]],

  // Drinks
  ['2 cans ginger ale', ['92410610', '1 can (12 fl oz)', 2]],
  ['2 20oz powerades at the tournament', ['95320500', '1 bottle (20 fl oz)', 2]],
  ['2 white russians', ['93301250', '1 drink', 2]],
  ['2 hard ciders, 16 oz cans', ['93106500', '1 can or bottle (16 fl oz)', 2]],
  ['3 white claws', ['93106600', '1 can or bottle (12 fl oz)', 3]],
  ['mom drank half a boost', ['95101000', '1 bottle (8 fl oz)', 0.5]],
  ['grandpa 6 oz prune juice', ['64132010', '1 fl oz (NFS)', 6]],
  ['2 grape juice boxes', ['64116020', '1 juice box/pouch (6.75 fl oz)', 2]],
  ['atole de chocolate, 1 cup', ['92613510', '1 cup', 1]],
  ['horchata 24 oz from the taqueria', ['92610020', '1 fl oz', 24]],
  ['2 kombuchas 12 oz', ['92306920', '1 can or bottle (12 fl oz)', 2]],
  ['medium sweet tea + medium fry at chick fil a', ['92308000', '1 medium drink', 1], ['71401030', '1 medium fast food order', 1]],
  ['10 oz hot cocoa w whipped cream', ['11512100', '1 fl oz', 10]],
  ['400 ml chocolat milk', ['11511000', '1 fl oz', ml(400)]],
  ['250ml orange juice', ['61210000', '1 fl oz (NFS)', ml(250)]],
  ['330 ml can of fanta', ['92410510', '1 fl oz (NFS)', ml(330)]],
  ['8 oz milk with dinner', ['11100000', '1 fl oz', 8]],

  // Lows
  ['dropping - 6 jolly ranchers', ['91745025', '1 piece', 6]],
  ['bg 60 at 3am, half cup regular coke', ['92410310', '1 fl oz (NFS)', 4]],
  ['low again, 2 tbsp honey', ['91302010', '1 tablespoon', 2]],
  ['3 sugar packets in water for a low', ['91101010', '1 individual packet', 3]],
  // Added after the repeat check: combinations of foods, amounts and contexts no earlier set has
  ['cheese danish + 8 oz oj in the breakroom', ['53511000', '1 medium', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['bec biscuit & a 12 oz coke zero, on the way in', ['34001540', '1 regular', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['mcd parfait + a hash brown', ['11446000', "1 McDonald's parfait", 1], ['71404010', '1 patty', 1]],
  ['club sandwich w a cup of coleslaw', ['27540123', '1 sandwich, any size', 1], ['75141000', '1 cup', 1]],
  ['lasagna 1.5 cups + 2 garlic knots', ['58130011', '1 cup', 1.5], ['51156500', '1 medium/regular/sandwich size roll', 2]],
  ['half a reuben + 1/2 cup coleslaw', ['27510950', '1 sandwich, any size', 0.5], ['75141000', '1 cup', 0.5]],
  ['tuna melt & 1 cup tomato soup', ['27550730', '1 regular', 1], ['74601000', '1 cup', 1]],
  ['footlong meatball sub + a bag of doritos', ['27510700', '1 regular or 6" submarine', 2], ['54401110', '1 small single serving bag', 1]],
  ['turkey sub 6 inch + 2 choc chip cookies', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 medium cookie', 2]],
  ['broccoli cheese soup 1 cup + half a turkey sandwich on wheat', ['72302100', '1 cup', 1], ['27540030', '1 regular', 0.5]],
  ['sloppy joe on white + 1/2 cup baked beans', ['27510100', '1 sandwich, any size', 1], ['41201010', '1 cup', 0.5]],
  ['ham wrap + a honeycrisp apple', ['27520270', '1 sandwich, any size', 1], ['63101000', '1 medium', 1]],
  ['beef stroganoff 1 cup + 1/2 cup peas', ['27212350', '1 cup', 1], ['75224030', '1 cup', 0.5]],
  ['shepherds pie 1.5 cups + a dinner roll', ['27311510', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 steak fajitas w guac & sour cream', ['58105050', '1 fajita', 2], ['63409010', QNS, 1], ['12310100', QNS, 1]],
  ['jambalaya 1 cup + a slice of cornbread', ['27363100', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['taco night: 2 chicken tacos in corn tortillas + 1/2 cup refried beans', ['58102050', '1 small/regular', 2], ['41205010', '1 cup', 0.5]],
  ['palak paneer + 1/2 cup jeera rice + a roti', ['72125310', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['5 fried potstickers + 1 cup veggie fried rice', ['58111110', '1 item, any size', 5], ['58150110', '1 cup', 1]],
  ['falafel wrap + small bag of pita chips', ['41901030', '1 sandwich, any size', 1], ['54402700', '1 small single serving bag', 1]],
  ['3 cheese pupusas + a can of coke', ['58105100', '1 item, any size', 3], ['92410310', '1 can (12 fl oz)', 1]],
  ['arroz con pollo 1.5 cups w tostones', ['27243500', '1 cup', 1.5], ['71900200', QNS, 1]],
  ['gumbo 1 cup + potato salad 1/2 cup', ['27363000', '1 cup', 1], ['71601010', '1 cup', 0.5]],
  ['shrimp & grits w a biscuit', ['56200990', QNS, 1], ['26319110', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['tuna noodle casserole 1 cup + 1 cup green beans', ['27250610', '1 cup', 1], ['75205030', '1 cup', 1]],
  ['hamburger helper 1.5 cups + 1 cup corn', ['58145136', '1 cup', 1.5], ['75216120', '1 cup', 1]],
  ['4 latkes + 1/4 cup applesauce', ['71701000', '1 medium pancake', 4], ['63101110', '1 cup', 0.25]],
  ['churro, hot chocolate & cotton candy at the fair', ['53520200', '1 regular', 1], ['11512005', QNS, 1], ['91745050', QNS, 1]],
  ['cinnabon split 3 ways at the mall', ['51160110', '1 Cinnabon', 1 / 3]],
  ['cheese calzone + side caesar salad', ['58108000', '1 calzone or stromboli', 1], ['72116150', QNS, 1]],
  ['8 pc nuggets + honey mustard + small sprite', ['24198731', '1 nugget', 8], ['83105500', QNS, 1], ['92410510', '1 small drink', 1]],
  ['wendys spicy chicken sandwich + small chili', ['27540146', '1 regular sandwich', 1], ['27111400', QNS, 1]],
  ['arbys roast beef + medium jamocha shake', ['27513010', '1 regular', 1], ['11542200', '1 medium', 1]],
  ['large oreo blizzard split w my husband', ['13130700', '1 large', 0.5]],
  ['grande caramel frapp + a blueberry muffin', ['92101920', '1 medium', 1], ['52302010', '1 medium', 1]],
  ['venti iced white mocha + a chocolate croissant', ['92102503', '1 large', 1], ['51166200', '1 croissant', 1]],
  ['rice krispie treat + apple juice box for the field trip', ['53226500', '1 medium bar', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['trail mix package + a banana on the hike', ['42501000', '1 package', 1], ['63107010', '1 banana', 1]],
  ['half a mango w tajin + a cup of watermelon', ['63129010', '1 mango', 0.5], ['63149010', '1 cup', 1]],
  ['2 slices pineapple + 1/2 cup cottage cheese', ['63141010', '1 slice', 2], ['14200100', '1 cup', 0.5]],
  ['1 cup strawberries + 20g dark chocolate', ['63223020', '1 cup', 1], ['91705290', { grams: 20 }, 1]],
  ['200g plain greek yogurt + 1/2 cup blueberries + 1 tbsp honey', ['11411390', { grams: 200 }, 1], ['63203010', '1 cup', 0.5], ['91302010', '1 tablespoon', 1]],
  ['2 clementines + 15 almonds', ['61100600', '1 fruit', 2], ['42100100', '1 nut', 15]],
  ['coconut cream pie slice + coffee w cream', ['53343000', '1 slice, any size', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['tres leches 1 slice + a cafecito', ['53118550', '1 piece/slice, any size', 1], ['92101800', '1 fl oz', 2]],
  ['3 scoops vanilla w sprinkles', ['13110100', '1 scoop', 3], ['91705250', QNS, 1]],
  ['caramel sundae + small fries at mcd', ['13121400', '1 sundae', 1], ['71401030', '1 small fast food order', 1]],
  ['medium vanilla gelato + an espresso', ['13110460', '1 medium ice cream cup', 1], ['92101610', '1 espresso cup (2 fl oz)', 1]],
  ['lemon bar + a cup of hot tea', ['53224250', '1 medium bar', 1], ['92302000', '1 cup', 1]],
  ['tapioca pudding cup + 2 gingersnaps', ['13230500', '1 snack size container', 1], ['53223000', '1 medium', 2]],
  ['2 pieces fudge + a candy cane', ['91705440', '1 piece', 2], ['91745025', '1 stick', 1]],
  ['2 glasses sangria w chips & salsa', ['93404550', '1 glass', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['2 margaritas + 3 chicken taquitos', ['93301100', '1 drink', 2], ['58104835', '1 small/regular taquito', 3]],
  ['2 glasses champagne + a slice of wedding cake', ['93401005', '1 glass', 2], ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['strawberry milk 1 cup + a graham cracker', ['11519040', '1 cup', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['mom: glucerna + a slice of wheat toast', ['95104000', '1 bottle (8 fl oz)', 1], ['51300120', '1 medium or regular slice', 1]],
  ['low 61 - 6 oz pineapple juice + 2 crackers', ['64124020', '1 fl oz (NFS)', 6], ['54001000', '1 cracker', 2]],
  ['boba tea & a bbq pork bun', ['92306910', '1 item, any size', 1], ['58123110', '1 item, any size', 1]],
  ['large root beer + a corn dog', ['92410710', '1 large drink', 1], ['27560300', '1 regular', 1]],
  ['medium cafe mocha + a banana', ['92101950', '1 medium', 1], ['63107010', '1 banana', 1]],
  ['malted milk 8 oz + 2 shortbread cookies', ['11526000', '1 fl oz', 8], ['53239000', '1 medium', 2]],
  ['low 58, 6 oz oj + 1 tbsp peanut butter', ['61210000', '1 fl oz (NFS)', 6], ['42202000', '1 tablespoon', 1]],
  ['2am low: fruit snacks pouch + 4 oz apple juice', ['91746300', '1 snack size/pouch/regular size', 1], ['64104010', '1 fl oz (NFS)', 4]],
  ['small box of raisins + a cheese stick at soccer', ['62125100', '1 small box (1.5 oz)', 1], ['14107030', '1 stick', 1]],
  ['lollipop + half a juice box, was 66 at recess', ['91745030', '1 piece', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 0.5]],
  ['8 gummy bears + 4 oz milk, bg 67', ['91745010', '1 piece', 8], ['11100000', '1 fl oz', 4]],
  ['large raisin bagel w 2 tbsp cream cheese', ['51180030', '1 large', 1], ['14301010', '1 tablespoon', 2]],
  ['2 packets maple oatmeal + 1/2 cup blueberries', ['56203130', '1 packet, dry, yields', 2], ['63203010', '1 cup', 0.5]],
  ['4 crab rangoon + 1 cup sweet & sour chicken', ['58111110', '1 item, any size', 4], ['27146100', '1 cup', 1]],
  ['egg drop soup 1 cup + 2 veggie spring rolls', ['32300100', '1 cup', 1], ['58110110', '1 egg roll', 2]],
  ['miso soup + 6 pc california roll', ['41601070', QNS, 1], ['58151180', '1 piece', 6]],
  ['1 cup tteokbokki + 2 fried dumplings', ['58150520', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  // Added after the first commit, under the same rules and checks
  ['spagetti squash? no - reg spaghetti w meat sauce 1 cup + a caesar side', ['58146322', '1 cup', 1], ['72116150', QNS, 1]],
  ['grilld cheese + 10 oz chocolate milk for my daughter', ['14640100', '1 sandwich', 1], ['11511000', '1 fl oz', 10]],
  ['quesadila (chicken) + 1/2 cup spanish rice', ['58104740', '1 full circle', 1], ['58163430', '1 cup', 0.5]],
  ['medium cappucino + 2 biscotti', ['92161000', '1 medium', 1], ['53203500', '1 cookie', 2]],
  ['avacado toast on sourdough + a small latte', ['51133020', '1 medium or regular slice', 1], ['89902000', QNS, 1], ['92101900', '1 small', 1]],
  ['night shift snack: cup noodles + a clementine', ['58407030', '1 individual container', 1], ['61100600', '1 fruit', 1]],
  ['pierogies x5 w sour cream & fried onions', ['58121610', '1 item, any size', 5], ['12310100', QNS, 1], ['75221021', QNS, 1]],
  ['home sick: a whole can of chicken noodle + 8 saltines', ['58403010', '1 can', 1], ['54325000', '1 cracker', 8]],
  ['12 oz oj + a large blueberry muffin', ['61210000', '1 fl oz (NFS)', 12], ['52302010', '1 large', 1]],
  ['pho w/ beef 2 cups + 2 fried spring rolls', ['28310330', '1 cup', 2], ['58110130', '1 egg roll', 2]],
  ['granola bar + string cheese in the car', ['53712100', '1 bar', 1], ['14107030', '1 stick', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-second held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-22.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -20.ts, with the decisions this set needed in the header of make-eval-meals-holdout-22.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-22.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-22.json`);
}
