/**
 * Writes eval-meals.holdout-12.json: the twelfth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 18:58 UTC, first committed before 19:45 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, any scoring results
 * (eval-meals*.results.json) or the estimator's git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and
 * not shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writer of the parallel eleventh set (whose set was not looked at either). Each food was chosen
 * from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a dietitian would
 * pick them for the message; where an earlier held-out set already chose a food for the same dish,
 * the same food was used, so that the same dish means the same food across sets. The builder
 * checks every code and portion against the table. No message repeats one of eval-meals.json or
 * holdouts 1-10 (checked by comparing lower-cased, punctuation-folded messages, and every pair with
 * a word overlap of 0.5 or more read and, where it meant the same food and amount, rewritten: about
 * 115 first drafts were rewritten that way). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts and -10.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - A message logged for someone else ("she ate half a pb sandwich", "grandma had a senior size
 *   sweet tea", "mom (82) had ...") means what that person ate; "a dozen munchkins shared w the
 *   crew, I had 4" and "large movie popcorn split 3 ways, i had a third" count only the writer's
 *   share (4 doughnut holes; 1/3 of USDA's "1 large order"), as holdout 9 did for a shared dish.
 * - A stated amount beats the container word: "big bowl of cheerios (2 cups)" is 2 cups.
 * - "a senior size" drink is USDA's "1 child/senior drink".
 * - Iced and non-dairy coffee-shop drinks: "venti iced caramel macchiato" is FNDDS's iced flavored
 *   latte, large (holdout 6's macchiato = flavored latte, iced); "grande oat milk latte" is the
 *   latte with non-dairy milk, medium; "large iced oat milk latte, unsweetened" the unflavored iced
 *   latte with non-dairy milk, large.
 * - "2 packs of ramen" is 2 × holdout 7's 3 oz block (6 × "1 oz, dry, yields"); "instant noodle
 *   cup" is USDA's "1 individual container" (holdout 7's cup noodles).
 * - Packaged snacks by their package: "zebra cakes (2 pack)" = 2 × white snack cake "1 snack
 *   cake"; "100 cal bag of popcorn" = microwave popcorn "1 100 calorie package"; "snack bag of
 *   cheez-its" = Cheez-It "small or medium single serving bag" (holdout 7's goldfish); "a bag of
 *   baked lays" = baked plain chips "1 small single serving bag" (holdout 4's bag with no size);
 *   "3 pretzel rods" = hard pretzels "1 rod"; "2 slim jims" = beef jerky "1 Slim Jim"; "a snack
 *   cup of peaches" = canned peach NFS "1 snack size container"; "snack pack vanilla pudding" =
 *   ready-to-eat pudding, flavors other than chocolate, "1 snack size container".
 * - The chocolate milk in a Happy Meal is its 8 fl oz jug, 8 × chocolate milk "1 fl oz".
 * - Candy for a low counted by piece: "10 gummy bears" = gummy candy "1 piece"; "4 jolly
 *   ranchers" = hard candy "1 piece" (holdout 8); "3 starbursts" = taffy "1 piece" (holdout 8).
 * - "4 small ginger snaps" is the gingersnap's "1 small" (the message gives the size; with no
 *   size the count convention would give the 30 g medium bakery cookie).
 * - "a babybel" is Cheese, NFS, "Quantity not specified" (FNDDS has no portion for the mini wheel).
 * - "aloo paratha" is the plain paratha (FNDDS has no stuffed paratha); "a cup of black tea" is
 *   hot leaf tea "1 cup"; "chai" is hot tea with milk (holdout 6).
 * - Nearest FNDDS food where FNDDS lacks the dish: red curry with tofu = vegetable curry; pad see
 *   ew = chow fun noodles with meat (holdout 6); hunan beef = FNDDS's Hunan beef; chicken kabob
 *   plate "2 skewers" = 2 × chicken shish kabob "1 shishkabob"; thai iced tea with boba = bubble
 *   tea; frozen strawberry daiquiri = frozen daiquiri "1 drink"; champagne = sparkling wine "1
 *   glass"; street tacos = meat taco without cheese; eggs scrambled with ham = scrambled egg with
 *   meat "1 egg" each; a concha = pan dulce (holdout 6); guava pastry = fruit-filled pastry;
 *   mcdouble = McDonald's double cheeseburger (one slice of cheese more than a McDouble); a
 *   medium vanilla frosty = fast-food shake, flavors other than chocolate (holdout 8's Frosty);
 *   the Chick-fil-A grilled sandwich = grilled chicken fillet sandwich from fast food; a zebra cake
 *   = white snack cake; a salisbury steak with mac & cheese frozen meal = FNDDS's frozen meal of
 *   that name, "1 meal (10 oz)"; bean & cheese pupusas = pupusa with beans; berry cobbler =
 *   Cobbler, berry; a Sbarro cheese slice = restaurant cheese pizza "1 piece, NFS" (holdout 5's
 *   branded items at the regular portion).
 * - A restaurant cheese pizza with no crust said is FNDDS's "NS as to type of crust" cheese pizza,
 *   its slices "1 piece, NFS" and "personal" its "1 personal size pizza"; "thick crust" is the
 *   thick-crust food.
 * - Meat with a weight is grams even for steak with no cut named ("6 oz filet" = steak NS, 6 × 28.35
 *   g); in "6 oz baked cod? no, tilapia" the weight stays with the fish settled on (holdout 9's
 *   corrections).
 * - "the whole thing" of a quesadilla is USDA's "1 full circle"; "half a chicken pot pie" is 0.5 ×
 *   its "1 individual pie".
 * - "lemonade" at a fair with no size is the fruit-juice lemonade's "Quantity not specified".
 * - "2 fried spring rolls" beside pho are holdout 6's cha gio, the egg roll with meat.
 * - "whole can of campbells chicken noodle" is the canned soup's "1 can"; "12 oz v8" is 12 × the
 *   100 % tomato and vegetable juice's "1 fl oz"; a flavour of ice cream FNDDS lacks ("cookie
 *   dough") is Ice cream, NFS, by the scoop.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-12.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['toast x2 w butter + black coffee', ['51101010', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['92100000', QNS, 1]],
  ['oatmeal w water 1.5 cups + 1 tsp brown sugar', ['56203056', '1 cup, cooked', 1.5], ['91102010', '1 teaspoon, NFS', 1]],
  ['kids breakfast: 2 eggos & 2 tbsp syrup', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 2]],
  ['large bagel w 2 tbsp cream cheese before my shift', ['51180010', '1 large', 1], ['14301010', '1 tablespoon', 2]],
  ['big bowl of cheerios (2 cups) w 1 cup 2% milk', ['57123000', '1 cup', 2], ['11112110', '1 cup', 1]],
  ['2 packets apple cinnamon instant oatmeal', ['56203155', '1 packet, dry, yields', 2]],
  ['3 egg cheese omelette + 2 slices sourdough', ['32130100', '1 egg', 3], ['51133010', '1 medium or regular slice', 2]],
  ['half cup granola w 3/4 cup greek yogurt', ['57227000', '1 cup', 0.5], ['11400010', '1 cup', 0.75]],
  ['large blueberry muffin at 7', ['52302010', '1 large', 1]],
  ['sausage egg n cheese biscuit from the gas station', ['34001520', '1 regular', 1]],
  ['for my son: 3 silver dollar pancakes w syrup', ['55101000', '1 silver dollar pancake', 3], ['91300010', QNS, 1]],
  ['cream of rice 1 cup', ['56205050', '1 cup, cooked', 1]],
  ['2 conchas w hot chocolate', ['51160200', '1 medium', 2], ['11512005', QNS, 1]],
  ['2 slices french toast w strawberries', ['55301000', '1 slice, any size', 2], ['63223020', QNS, 1]],
  ['2 pieces of raisin toast w butter', ['51129020', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['2 eggs scrambled w ham + 2 corn tortillas', ['32130190', '1 egg', 2], ['52215100', '1 medium', 2]],
  ['hash brown patty + 2 slices turkey bacon', ['71404000', '1 patty', 1], ['24208500', '1 slice, NFS', 2]],
  ['egg white omelette w veggies and 1 slice whole wheat toast', ['32400300', QNS, 1], ['51300120', '1 medium or regular slice', 1]],
  ['bran muffin & a small latte', ['52304010', '1 medium', 1], ['92101900', '1 small', 1]],
  ['sausage mcgriddle and a hashbrown', ['34002160', '1 regular', 1], ['71404000', '1 patty', 1]],
  ['1/2 cup cheese grits w 2 fried eggs', ['56201090', '1 cup, cooked', 0.5], ['31105005', '1 egg', 2]],
  ['chocolate croissant & a capp', ['51166200', '1 croissant', 1], ['92161000', '1 medium', 1]],
  ['a plain scone and a cup of black tea', ['52105100', '1 regular', 1], ['92302000', '1 cup', 1]],
  ['corn flakes w a sliced banana & skim milk', ['57134000', QNS, 1], ['63107010', '1 banana', 1], ['11113000', QNS, 1]],
  ['2 cups plain congee', ['56205101', '1 cup', 2]],
  ['idli x3 with sambar', ['55702000', '1 item', 3], ['41311020', QNS, 1]],
  ['aloo paratha and a cup of chai', ['51300185', '1 paratha', 1], ['92306800', '1 cup', 1]],
  ['1 cup kefir + a banana', ['11115400', '1 cup', 1], ['63107010', '1 banana', 1]],
  ['6 oz vanilla yogurt w 1/4 cup granola', ['11434090', '1 6 oz container', 1], ['57227000', '1 cup', 0.25]],
  ['mini bagel w pb for the little one', ['51180010', '1 miniature', 1], ['42202000', QNS, 1]],
  // school and work lunches
  ['school lunch: slice of cheese pizza, tots, choc milk carton', ['58106234', '1 piece, NFS', 1], ['71505020', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['packed lunch - turkey & cheese on wheat, an apple, snack bag of goldfish', ['27540040', '1 regular', 1], ['63101000', '1 medium', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['pb and j on wheat + a cheese stick', ['42302020', '1 sandwich', 1], ['14107030', '1 stick', 1]],
  ['an uncrustable and a gogurt', ['42303100', '1 sandwich', 1], ['11436100', '1 tube', 1]],
  ['leftover chili, 2 cups, + 6 saltines', ['27111400', '1 cup', 2], ['54325000', '1 cracker', 6]],
  ['salisbury steak w mac & cheese frozen meal at my desk', ['28110380', '1 meal (10 oz)', 1]],
  ['instant noodle cup + an apple at 4am', ['58407030', '1 individual container', 1], ['63101000', '1 medium', 1]],
  ['ham and cheese on white + a bag of chips', ['27520220', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['cup of broccoli cheddar soup and half a turkey sandwich', ['72302100', '1 cup', 1], ['27540010', '1 regular', 0.5]],
  ['chicken salad on wheat & some grapes', ['27540121', '1 regular', 1], ['63123000', QNS, 1]],
  ['blt on wheat w a pickle', ['27520620', '1 sandwich, any size', 1], ['75503010', '1 regular', 1]],
  ['tuna salad on white + small bag of sun chips', ['27550720', '1 regular', 1], ['54420210', '1 small single serving bag', 1]],
  ['spinach salad w grilled chicken and a pita', ['75147000', QNS, 1], ['24123301', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['she ate half a pb sandwich on white', ['42301015', '1 sandwich', 0.5]],
  ['meatball sub, 6 in, + a bag of baked lays', ['27510700', '1 regular or 6" submarine', 1], ['71200400', '1 small single serving bag', 1]],
  ['chicken & veggie quesadilla, the whole thing', ['58104770', '1 full circle', 1]],
  ['1 cup bean soup + a piece of cornbread', ['41601010', '1 cup', 1], ['52202060', '1 piece', 1]],
  ['dining hall: 2 slices cheese pizza + a side salad', ['58106210', '1 piece, NFS', 2], ['75143000', '1 side salad', 1]],
  ['2 packs of ramen in the dorm', ['58407030', '1 oz, dry, yields', 6]],
  ['vending machine zebra cakes (2 pack)', ['53109200', '1 snack cake', 2]],
  // dinner at home
  ['spaghetti & meatballs 1.5 cups + a side salad', ['58146322', '1 cup', 1.5], ['75143000', '1 side salad', 1]],
  ['2 roasted drumsticks, 1/2 cup rice pilaf, carrots', ['24142300', '1 medium drumstick', 2], ['58162310', '1 cup', 0.5], ['73102220', QNS, 1]],
  ['taco night - 3 hard shell beef tacos', ['58102010', '1 small/regular', 3]],
  ['pork chop w 1/2 cup applesauce and a small baked potato', ['22101000', '1 regular', 1], ['63101110', '1 cup', 0.5], ['71100100', '1 small', 1]],
  ['slice of meatloaf, 1 cup mashed potatoes, 1 cup peas', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 1], ['75224030', '1 cup', 1]],
  ['fettuccine w cream sauce, 1 cup, no chicken', ['58146382', '1 cup', 1]],
  ['5 oz grilled salmon, 3/4 cup wild rice, asparagus', ['26137123', { grams: 5 * OZ }, 1], ['56205205', '1 cup, cooked', 0.75], ['75202020', QNS, 1]],
  ['tuna noodle casserole, a cup and a half', ['27250610', '1 cup', 1.5]],
  ['had 2 bowls of beef stew', ['27311600', '1 cup', 2]],
  ['half a chicken pot pie', ['27347100', '1 individual pie', 0.5]],
  ['individual shepherds pie from the freezer', ['27311510', '1 individual pie', 1]],
  ['lamb chop + 1/2 cup couscous + tzatziki', ['23101000', '1 chop, any size', 1], ['56207160', '1 cup, cooked', 0.5], ['11440060', QNS, 1]],
  ['meat tortellini w tomato sauce 2 cups', ['58134610', '1 cup', 2]],
  ['10 cheese ravioli w marinara', ['58131520', '1 piece', 10]],
  ['liver and onions w 1 cup mashed potatoes', ['27460750', QNS, 1], ['71501000', '1 cup', 1]],
  ['fried catfish + 1 cup mac n cheese + collards', ['26107140', QNS, 1], ['58145110', '1 cup', 1], ['72107220', QNS, 1]],
  ['red beans & rice 1 cup', ['58160150', '1 cup', 1]],
  ['brisket, potato salad & baked beans at the cookout', ['21417100', QNS, 1], ['71601010', QNS, 1], ['41201010', QNS, 1]],
  ['burger on a bun w lettuce & tomato, made at home', ['27510521', '1 hamburger', 1]],
  ['large baked sweet potato, plain', ['73403010', '1 large', 1]],
  ['1.5 cups chicken noodle soup + 4 saltines', ['58403040', '1 cup', 1.5], ['54325000', '1 cracker', 4]],
  ['1.5 cups potato gnocchi', ['58122220', '1 cup', 1.5]],
  ['tofu veggie stir fry over 1 cup jasmine rice', ['41812500', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['garlic shrimp w 1 cup angel hair', ['26319110', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['veggie burger patty no bun + 1 cup sweet potato fries', ['41811890', '1 patty', 1], ['73410320', '1 cup', 1]],
  ['1.5 cups dal + 1 roti', ['41305050', '1 cup', 1.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['2 rotis with chicken curry', ['51300175', '1 medium chappatti or roti (7")', 2], ['27146150', QNS, 1]],
  ['yellow rice 1 cup + 1/2 cup black beans', ['58163310', '1 cup', 1], ['41101990', '1 cup', 0.5]],
  ['beef stew over 1 cup white rice', ['27311600', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['3 bean & cheese pupusas', ['58105105', '1 item, any size', 3]],
  ['3 pork tamales for dinner', ['58103125', '1 item, any size', 3]],
  ['1 cup of chicken & dumplings + a biscuit', ['27246100', '1 cup', 1], ['52101000', '1 biscuit', 1]],
  ['6 oz baked cod? no, tilapia - w 1 cup brown rice', ['26158000', { grams: 6 * OZ }, 1], ['56205011', '1 cup, cooked', 1]],
  ['grilled steak, corn on the cob, side salad', ['21001000', QNS, 1], ['75216111', '1 regular ear', 1], ['75143000', '1 side salad', 1]],
  ['beef n broc, 2 cups, no rice', ['27415110', '1 cup', 2]],
  ['lasagna w meat, one piece, + caesar salad', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['72116150', QNS, 1]],
  // restaurants, fast food, takeout
  ['chick fil a grilled sandwich + small fries', ['27540152', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['whopper jr and an order of onion rings', ['27510552', '1 hamburger', 1], ['75415022', '1 fast food order', 1]],
  ['10 pc mcnuggets w bbq sauce + medium fries', ['24198731', '1 nugget', 10], ['74406010', QNS, 1], ['71401030', '1 medium fast food order', 1]],
  ['medium vanilla frosty', ['11542200', '1 medium', 1]],
  ['taco bell 2 soft tacos + a mexican pizza', ['58102110', '1 small/regular', 2], ['58101835', '1 pizza', 1]],
  ['subway footlong turkey on wheat', ['27540050', '1 regular or 6" submarine', 2]],
  ['panda plate: kung pao chicken, chow mein, 1 egg roll', ['27445220', QNS, 1], ['27360080', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['olive garden: bowl of minestrone + 2 breadsticks', ['75651000', '1 cup', 1], ['51184210', '1 medium stick', 2]],
  ['kfc drumstick & thigh, mashed potatoes, biscuit', ['24147300', '1 medium drumstick', 1], ['24157300', '1 medium thigh', 1], ['71501000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['personal cheese pizza, ate half', ['58106210', '1 personal size pizza (5-7" diameter)', 0.5]],
  ['3 slices thick crust cheese', ['58106230', '1 piece, NFS', 3]],
  ['ihop - 3 buttermilk pancakes, 2 eggs, bacon', ['55100050', '1 medium pancake', 3], ['31102000', '1 egg', 2], ['22600100', QNS, 1]],
  ['sushi night: spicy tuna roll + salmon roll', ['58151220', QNS, 1], ['58151200', QNS, 1]],
  ['12 pcs california roll', ['58151180', '1 piece', 12]],
  ['pho tai + 2 fried spring rolls', ['28310330', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['pad see ew 2 cups', ['58135110', '1 cup', 2]],
  ['red curry w tofu + 1 cup jasmine rice', ['75440600', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['chinese takeout - beef n broccoli, white rice, 1 egg roll', ['27415110', QNS, 1], ['56205001', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['kung pao chicken 1.5 cups w 1 cup brown rice', ['27445220', '1 cup', 1.5], ['56205011', '1 cup, cooked', 1]],
  ['hunan beef + 1 cup white rice', ['27415140', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['10 steamed dumplings w soy sauce', ['58112510', '1 item, any size', 10]],
  ['indian buffet: butter chicken, naan, rice', ['27146150', QNS, 1], ['51108100', QNS, 1], ['56205001', QNS, 1]],
  ['2 samosas + chai', ['58124500', '1 regular/large', 2], ['92306800', QNS, 1]],
  ['chicken kabob plate: 2 skewers, rice, pita', ['27440130', '1 shishkabob', 2], ['56205001', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['falafel sandwich + fries', ['41901030', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['6 oz filet, 1/2 cup mashed potatoes, green beans', ['21001000', { grams: 6 * OZ }, 1], ['71501000', '1 cup', 0.5], ['75205030', QNS, 1]],
  ['3 cheddar bay biscuits lol', ['52104100', '1 biscuit', 3]],
  ['cracker barrel: 1 cup chicken n dumplins + fried okra', ['27246100', '1 cup', 1], ['75414500', QNS, 1]],
  ['waffle house waffle + hashbrowns', ['55200100', '1 medium waffle', 1], ['71404000', QNS, 1]],
  ['a dozen munchkins shared w the crew, I had 4', ['53520170', '1 doughnut hole', 4]],
  ['venti iced caramel macchiato', ['92102503', '1 large', 1]],
  ['large iced oat milk latte, unsweetened', ['92102502', '1 large', 1]],
  ['grande oat milk latte', ['92101903', '1 medium', 1]],
  ['happy meal: 4 pc nuggets, kids fries, chocolate milk', ['24198731', '1 nugget', 4], ['71401030', '1 kids meal order', 1], ['11511000', '1 fl oz', 8]],
  ['mcdouble and a medium coke', ['27510387', '1 double cheeseburger', 1], ['92410310', '1 medium drink', 1]],
  ['large fries by themselves', ['71401030', '1 large fast food order', 1]],
  ['dunkin glazed donut + medium iced coffee', ['53521110', '1 doughnut', 1], ['92102400', '1 medium', 1]],
  // snacks
  ['a bunch of grapes, maybe 30', ['63123000', '1 grape', 30]],
  ['20 almonds', ['42100100', '1 nut', 20]],
  ['apple slices & 2 tbsp peanut butter', ['63101000', QNS, 1], ['42202000', '1 tablespoon', 2]],
  ['1 rice cake w 1 tbsp pb and banana slices', ['54318500', '1 cake', 1], ['42202000', '1 tablespoon', 1], ['63107010', QNS, 1]],
  ['100 cal bag of popcorn', ['54403051', '1 100 calorie package', 1]],
  ['snack bag of cheez-its', ['54304005', '1 small or medium single serving bag', 1]],
  ['10 baby carrots + 2 tbsp hummus', ['73101010', '1 baby carrot', 10], ['41205070', '1 tablespoon', 2]],
  ['a ripe pear + some walnuts', ['63137010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['6 triscuits w cheddar', ['54337020', '1 cracker', 6], ['14104100', QNS, 1]],
  ['kind bar on the way to class', ['53710810', '1 bar', 1]],
  ['3 pretzel rods', ['54408015', '1 rod', 3]],
  ['protein bar + black coffee before work', ['53729000', '1 bar', 1], ['92100000', QNS, 1]],
  ['a peach and 2 plums', ['63135010', '1 fruit', 1], ['63143010', '1 fruit', 2]],
  ['1 cup chex mix', ['54420220', '1 cup', 1]],
  ['3 pouches of fruit snacks at the zoo', ['91746300', '1 snack size/pouch/regular size', 3]],
  ['1 cup honeydew and 1 cup cantaloupe', ['63127010', '1 cup', 1], ['63109010', '1 cup', 1]],
  ['12 animal crackers', ['53240000', '1 cracker', 12]],
  ['teddy grahams for snack', ['54102015', QNS, 1]],
  ['4 clementines + a babybel', ['61100600', '1 fruit', 4], ['14010000', QNS, 1]],
  ['dried mango, half a cup', ['62114050', '1 cup', 0.5]],
  ['half a cup of shelled edamame', ['41420020', '1 cup', 0.5]],
  ['3 fig newtons', ['53220030', '1 Newton bar', 3]],
  ['2 slim jims + small bag of fritos on the road', ['21602100', '1 Slim Jim', 2], ['54401031', '1 small single serving bag', 1]],
  ['2 oz pistachios', ['42114130', '1 oz, NFS', 2]],
  ['mozzarella sticks x4 w marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 4], ['74404010', QNS, 1]],
  ['a pickle and 5 ritz', ['75503010', '1 regular', 1], ['54301030', '1 cracker', 5]],
  ['snack pack vanilla pudding', ['13230110', '1 snack size container', 1]],
  ['watermelon, 3 cups at the picnic', ['63149010', '1 cup', 3]],
  // lows
  ['bg 62 so 6 oz apple juice', ['64104010', '1 fl oz (NFS)', 6]],
  ['low at 3am, 8 oz regular coke', ['92410310', '1 fl oz (NFS)', 8]],
  ['low after soccer: 1/2 cup orange juice + 2 graham crackers', ['61210000', '1 fl oz (NFS)', 4], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['20 skittles for a 59', ['91745110', '1 piece', 20]],
  ['low 55 - juice box and 4 graham squares', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['1 tbsp honey for a low', ['91302010', '1 tablespoon', 1]],
  ['ate 10 gummy bears, was 64', ['91745010', '1 piece', 10]],
  ['low before bed: glass of milk + 4 saltines', ['11100000', '1 fl oz', 8], ['54325000', '1 cracker', 4]],
  ['3 starbursts and 1/2 cup oj for a 58', ['91750000', '1 piece', 3], ['61210000', '1 fl oz (NFS)', 4]],
  ['2 fun size boxes of apple juice, still low', ['64104010', '1 fun size box (4.23 fl oz)', 2]],
  ['low on the walk, 4 jolly ranchers', ['91745025', '1 piece', 4]],
  // drinks
  ['grandma had a senior size sweet tea', ['92308000', '1 child/senior drink', 1]],
  ['glass of white wine + 1 of red', ['93401020', '1 glass', 1], ['93401010', '1 glass', 1]],
  ['large dr pepper from the drive thru', ['92410360', '1 large drink', 1]],
  ['sprite, 12 oz can, stomach bug', ['92410510', '1 can (12 fl oz)', 1]],
  ['2 hard seltzers', ['93106600', '1 can or bottle (12 fl oz)', 2]],
  ['a frozen strawberry daiquiri', ['93301500', '1 drink', 1]],
  ['a mojito at the beach bar', ['93301125', '1 drink', 1]],
  ['medium iced coffee w cream & 2 sugars', ['92102400', '1 medium', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['mug of hot cocoa w whipped cream', ['11512005', '1 cup', 1], ['12140000', QNS, 1]],
  ['thai iced tea w boba', ['92306910', QNS, 1]],
  ['a 24 oz fruit smoothie from the mall', ['11553100', '1 fl oz', 24]],
  ['8 oz chocolate milk after practice', ['11511000', '1 fl oz', 8]],
  ['20oz powerade', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['a small glass of eggnog (4 oz)', ['11531000', '1 fl oz', 4]],
  ['new years: 2 glasses of champagne', ['93401005', '1 glass', 2]],
  ['pina colada at the resort', ['93301200', '1 drink', 1]],
  ['3 light beers watching the game', ['93102000', '1 can or bottle (12 fl oz)', 3]],
  ['michelada + 3 street tacos', ['93301113', '1 drink', 1], ['58102220', '1 small/regular', 3]],
  ['brunch - 2 mimosas and a belgian waffle', ['93301115', '1 drink', 2], ['55201000', '1 thick / Belgian waffle', 1]],
  ['one beer and 2 slices pepperoni', ['93101000', '1 can or bottle (12 fl oz)', 1], ['58106540', '1 piece, NFS', 2]],
  ['8 oz apple cider, cold', ['64101010', '1 fl oz (NFS)', 8]],
  ['a cafecito and a guava pastry', ['92101800', '1 fl oz', 2], ['53452100', '1 pastry', 1]],
  // desserts
  ['slice of pecan pie a la mode', ['53385000', '1 regular slice', 1], ['13110100', '1 scoop', 1]],
  ['small slice of sweet potato pie', ['53360000', '1 mini/small slice', 1]],
  ['caramel sundae', ['13121400', '1 sundae', 1]],
  ['vanilla soft serve waffle cone', ['13120786', '1 cone', 1]],
  ['an ice cream sandwich + a popsicle', ['13120500', '1 sandwich', 1], ['91611000', '1 single stick', 1]],
  ['slice of red velvet', ['53116520', '1 piece/slice, any size', 1]],
  ['2 frosted brownies', ['53204100', '1 medium', 2]],
  ['lemon bar + coffee', ['53224250', '1 medium bar', 1], ['92100000', QNS, 1]],
  ['1 cup apple crisp w a scoop of vanilla', ['53415100', '1 cup', 1], ['13110100', '1 scoop', 1]],
  ['tres leches', ['53118550', '1 piece/slice, any size', 1]],
  ['slice of banana cream pie', ['53341000', '1 slice, any size', 1]],
  ['half cup sf choc pudding', ['13230140', '1 cup', 0.5]],
  ['flan after dinner', ['13210350', QNS, 1]],
  ['cup of froyo w sprinkles', ['11459990', '1 cup', 1], ['91705250', QNS, 1]],
  ['berry cobbler 1 cup', ['53410300', '1 cup', 1]],
  ['corn dog + lemonade at the county fair', ['27560300', '1 regular', 1], ['92510955', QNS, 1]],
  ['cotton candy', ['91745050', QNS, 1]],
  ['a mooncake', ['53452120', '1 small round Moon Cake', 1]],
  ['churro + hot chocolate', ['53520200', '1 regular', 1], ['11512005', QNS, 1]],
  ['banana split, split w my husband', ['13121120', '1 banana split', 0.5]],
  ['a frosted sugar cookie', ['53244020', '1 medium', 1]],
  ['4 small ginger snaps w tea', ['53223000', '1 small', 4], ['92302000', QNS, 1]],
  ['a cupcake at the office party', ['53100100', '1 cupcake, any size', 1]],
  ['german chocolate cake, one slice', ['53105300', '1 piece/slice, any size', 1]],
  ['angel food cake slice w blueberries', ['53101100', '1 piece/slice, any size', 1], ['63203010', QNS, 1]],
  ['jelly donut', ['53521140', '1 doughnut', 1]],
  ['a cup of vanilla gelato', ['13110460', '1 cup', 1]],
  // holidays, trips, family
  ['thanksgiving plate: turkey, 1 cup stuffing, 1/2 cup sweet potato casserole, a roll', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['73409000', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['4 latkes w sour cream', ['71701000', '1 medium pancake', 4], ['12310100', QNS, 1]],
  ['matzo ball soup + a matzo', ['58404500', QNS, 1], ['54307000', '1 matzo', 1]],
  ['easter: ham, green bean casserole & scalloped potatoes', ['22311000', QNS, 1], ['75403020', QNS, 1], ['71305015', QNS, 1]],
  ['layover - a cheese slice from sbarro', ['58106210', '1 piece, NFS', 1]],
  ['ballpark hot dog and a beer', ['27564000', '1 sandwich', 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['large movie popcorn split 3 ways, i had a third', ['54403005', '1 large order', 1 / 3]],
  ['hotel breakfast: waffle w syrup', ['55201000', '1 medium waffle', 1], ['91300010', QNS, 1]],
  ['2 candy canes', ['91745025', '1 stick', 2]],
  ['halloween: 5 fun size milky ways', ['91705510', '1 fun/snack size', 5]],
  ['4 mini reeses', ['91705530', '1 miniature/bite size', 4]],
  ['2 fun size bags of plain m&ms', ['91746100', '1 fun/snack size', 2]],
  ['mom (82) had half a cup of applesauce and 4 saltines', ['63101110', '1 cup', 0.5], ['54325000', '1 cracker', 4]],
  ['grandpa: 1 slice white bread w jam and tea', ['51101000', '1 medium or regular slice', 1], ['91402000', QNS, 1], ['92302000', QNS, 1]],
  ['3/4 cup cream of wheat w brown sugar', ['56206990', '1 cup, cooked', 0.75], ['91102010', QNS, 1]],
  ['5 prunes and a cup of decaf', ['62122100', '1 prune', 5], ['92100000', '1 cup (8 fl oz)', 1]],
  ['poached egg on half an english muffin', ['31103010', '1 egg', 1], ['51186010', '1 muffin', 0.5]],
  ['a snack cup of peaches', ['63135110', '1 snack size container', 1]],
  ['kid had 4 nuggets w ketchup + apple juice box', ['24198729', '1 nugget', 4], ['74401010', QNS, 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['toddler ate 1/2 cup mac n cheese & some peas', ['58145110', '1 cup', 0.5], ['75224030', QNS, 1]],
  ['5 fish sticks + ketchup', ['26100270', '1 stick', 5], ['74401010', QNS, 1]],
  ['half a grilled cheese + 1/2 cup tomato soup (kid)', ['14640100', '1 sandwich', 0.5], ['74601000', '1 cup', 0.5]],
  ['6 pizza rolls after school', ['58108050', '1 pizza roll', 6]],
  ['capri sun & a bag of goldfish', ['92552030', '1 Capri Sun pouch', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['corn dog + tater tots at school', ['27560300', '1 regular', 1], ['71505020', QNS, 1]],
  ['6 french toast sticks, no syrup', ['55301031', '1 stick', 6]],
  ['bday party: slice of cake, scoop of ice cream, capri sun', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110000', '1 scoop', 1], ['92552030', '1 Capri Sun pouch', 1]],
  // more ways of saying amounts (weights, millilitres, scoops, packages)
  ['handful of trail mix on my break', ['42501000', QNS, 1]],
  ['500 ml bottle of orange juice', ['61210000', '1 fl oz (NFS)', 500 / 29.5735]],
  ['shake: 1 scoop whey, 1 cup unsweet almond milk, half a banana', ['95230000', '1 scoop, NFS', 1], ['11350020', '1 cup', 1], ['63107010', '1 banana', 0.5]],
  ['14 oz bottle of chocolate milk from the gas station', ['11511000', '1 fl oz', 14]],
  ['about 200g cooked pasta w butter & parm', ['56130000', { grams: 200 }, 1], ['81100500', QNS, 1], ['14108010', QNS, 1]],
  ['1/3 cup hummus + a pita', ['41205070', '1 tablespoon', 16 / 3], ['51109100', '1 medium pita', 1]],
  ['whole can of campbells chicken noodle', ['58403010', '1 can', 1]],
  ['15 tortilla chips & salsa', ['54401075', '1 chip', 15], ['74402100', QNS, 1]],
  ['6 oz pineapple juice, bg was 70', ['64124020', '1 fl oz (NFS)', 6]],
  ['150 g cooked quinoa w black beans', ['56204000', { grams: 150 }, 1], ['41101990', QNS, 1]],
  ['12 oz v8', ['74303000', '1 fl oz (NFS)', 12]],
  ['potluck - a scoop of mashed potatoes & a scoop of mac n cheese', ['71501000', QNS, 1], ['58145110', QNS, 1]],
  ['3 scoops cookie dough ice cream at the shop', ['13110000', '1 scoop', 3]],
  ['night shift: 2 hard boiled eggs, a banana, 1 oz cheddar', ['31103010', '1 egg', 2], ['63107010', '1 banana', 1], ['14104100', { grams: OZ }, 1]],
  ['broke student dinner: 2 cups buttered noodles', ['56130000', '1 cup, cooked', 2], ['81100500', QNS, 1]],
  ['road trip: 20 oz mtn dew + a honey bun', ['92410550', '1 bottle (20 fl oz)', 1], ['51161050', '1 medium', 1]],
  ['3 cherry tomatoes & 1/2 cup cottage cheese w 8 ritz', ['74101000', '1 cherry', 3], ['14200100', '1 cup', 0.5], ['54301030', '1 cracker', 8]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twelfth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-12.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -10.ts, with the decisions this set needed in the header of make-eval-meals-holdout-12.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-12.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-12.json`);
}
