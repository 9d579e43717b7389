/**
 * Writes eval-meals.holdout-25.json: the twenty-fifth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (between about 22:01 and 22:20 UTC; first committed with 173
 * messages, 18 added in a second commit, both before any estimator run) by an engineer who has
 * not read the estimator, the matcher, the alias lists
 * (core/foods/estimate.ts, everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md,
 * eval-meals.ts / eval-meals.test.ts, any scoring results (eval-meals*.results.json) or the
 * estimator's git history, and who ran nothing that scores messages; committed on its own branch
 * BEFORE the estimator was run on any of these messages and not shown to the estimator's authors,
 * who were changing the estimator at the time, nor to the writers of the parallel sets 26-28
 * (whose sets this writer did not look at either). Each food was chosen from foods.csv and each
 * portion from portions.csv (core/foods/fndds/), the way a dietitian would pick them for the
 * message; where an earlier held-out set already chose a food for the same dish, the same food
 * was used. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code +
 * USDA portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts to -24.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-24, checked by script in two
 * ways: lower-cased, punctuation-folded messages compared, and every message whose items (food,
 * portion and quantity) were exactly those of an earlier message rewritten (about 70 first drafts
 * failed one check or the other and were given other amounts, sides or contexts); no message has
 * an expected total of 0 g.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, treating a low, the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "the thick slices" of raisin toast are toasted raisin bread's "1 large or thick slice".
 * - "quarter pounder no cheese" is FNDDS's Quarter Pounder (McDonalds), the entry without cheese
 *   (its only whole-item portion is named "1 cheeseburger"); "small cajun fries" at Popeyes are the
 *   fast-food fries' small order; "cinnamon twists from taco bell" are FNDDS's fried flour-and-water
 *   pastry, its "1 Taco Bell order"; "2 mcdonalds cookies" the chocolate chip cookie's "1 McDonald's
 *   cookie"; "munchkins" are doughnut holes, "1 doughnut hole" each (holdout 24's timbits); a Krispy
 *   Kreme glazed is the yeast doughnut (holdout 5's glazed donut).
 * - "a route 44 cherry limeade" at Sonic is 44 × the fruit-flavored lemonade drink's "1 fl oz (NFS)"
 *   (holdout 8's cherry limeade; holdout 15's 44 oz drink); "a medium iced coffee" is the brewed iced
 *   coffee's "1 medium", cream and sugar with it "Quantity not specified" (holdout 8).
 * - "2 slices of sausage & green pepper pizza" is the restaurant pizza with meat and vegetables,
 *   medium crust (crust not said, holdout 7), "1 piece, NFS"; "a slice of pizza" with no kind is the
 *   restaurant cheese pizza, NS as to crust, "1 piece, NFS" (holdout 12).
 * - Breakfast: quiche lorraine is the quiche with meat, "1 piece (1/8 of 9" dia)" a slice (holdout 8);
 *   a deli bagel with egg and sausage is the egg sandwich on bagel with sausage "1 regular"; "2 tbsp
 *   hazelnut creamer" is the flavored liquid creamer's "1 fl oz" (holdout 5's 2 tbsp rule); chocolate
 *   eggos are the frozen chocolate waffle's "1 waffle"; "canned corned beef hash, 1 cup" its "1 cup,
 *   canned"; "french toast at ihop" the restaurant french toast "1 slice, any size"; a cheese
 *   croissant FNDDS's cheese croissant "1 croissant"; a Pop-Tart stays holdout 7's fruit-filled pastry.
 * - Mexican and Tex-Mex: "beef gorditas" are the meat gordita "1 item, any size"; "beef taquitos"
 *   the taquito's "1 small/regular taquito" (count convention); "bean chimichanga" the chimichanga with
 *   beans; "chicken mole" FNDDS's chicken with mole sauce.
 * - Dishes FNDDS lacks, as their nearest food or parts: rajma = kidney beans NFS (no kidney bean
 *   curry) over white rice (basmati, holdout 16); bangers and mash = Sausage, NFS + mashed potatoes +
 *   beef gravy, each "Quantity not specified" (plural with no count, holdout 7; FNDDS has no onion
 *   gravy); beans on toast = baked beans QNS + toasted white bread; "crusty bread" = French or Vienna
 *   bread (holdout 23's baguette); ham & bean soup = bean soup with meat; loaded potato soup = potato
 *   soup; "chicken shawarma plate" = grilled chicken (holdout 6) + rice, hummus and pita; "swedish
 *   meatballs over egg noodles" = FNDDS's Swedish meatballs with cream sauce + Noodles, cooked; "cheese
 *   tortellini pasta salad" = cheese tortellini with vinaigrette; "yoo hoo" = chocolate milk drink;
 *   "hard lemonade" = sweetened alcoholic malt beverage, 12 fl oz; "a shot of fireball" = liqueur "1
 *   shot"; "jalapeno poppers" = stuffed jalapeno "1 jalapeno pepper"; "chipwich" = ice cream cookie
 *   sandwich; "crab legs" = crab (holdout 7), "jumbo shrimp" with cocktail sauce = steamed or boiled
 *   shrimp "1 large/jumbo shrimp"; "fried okra" = FNDDS's fried okra.
 * - Candy: Milky Way = nougat-filled chocolate candy (no nuts; Snickers has them); Twix =
 *   caramel-filled chocolate candy; a Crunch bar = chocolate candy with cereal; "chocolate covered
 *   wafers" = the chocolate-covered sugar wafer "1 wafer"; "dum dums" = lollipop "1 piece"; gummy
 *   worms = gummy candy "1 piece" (holdout 18's gummy bears); red licorice pieces = licorice "1 piece";
 *   a moon pie = the marshmallow pie's "1 moon pie"; a chocolate snack cake its "1 snack cake";
 *   cotton candy "1 package, any size", "half the bag" 0.5 × it.
 * - Desserts: a chocolate gelato scoop its "1 scoop"; "mango sorbet bars" sorbet "1 bar"; "frozen
 *   chocolate eclairs from the box" the iced eclair's "1 eclair, frozen"; "mini cream puffs" the
 *   not-iced cream puff's "1 miniature cream puff"; mousse with no amount its "Quantity not
 *   specified"; "baked custard" custard by the cup; a slice of angel food or pound cake the cake's
 *   "1 piece/slice, any size"; "a slice of wedding cake" holdout 17's white cake with white icing.
 * - Holidays: "4 medium latkes" the potato pancake's "1 medium pancake"; "3 small sugar cookies" the
 *   butter or sugar cookie's "1 small"; "half a glass of eggnog" 4 fl oz (holdout 4); "a big wedge of
 *   watermelon" its large wedge (holdout 5); challah slices the medium slice.
 * - "a cinnamon sugar pretzel from auntie annes" is the ready-to-eat cinnamon sugar soft pretzel's
 *   "1 medium/regular" (holdout 8's Auntie Anne's at the regular size).
 * - School: "chicken sandwich" on a school lunch tray is FNDDS's school chicken fillet sandwich;
 *   "2 pancakes" at school breakfast the school pancake's "1 pancake, any size"; "a 4 oz apple juice"
 *   4 × its "1 fl oz (NFS)".
 * - "2 giant jerky sticks" are beef jerky's "1 Giant Jerk" (the only stick portion of that size);
 *   "a 20 oz mtn dew" is the caffeinated fruit-flavored soft drink's 20 fl oz bottle (holdout 2).
 * - "a basket of pretzels" at a bar and "sweet potato fries at the pub" have no amount: "Quantity not
 *   specified" (hard pretzels; restaurant sweet potato fries).
 * - "3 bowls over the day" of soup is 3 cups (a bowl is 1 cup); "the microwave singles cup" of
 *   Hamburger Helper is its "1 microwave singles package, yields".
 * - Weights and volumes: "N g" and "N oz" of a food are grams of the food as eaten (holdouts 14, 19);
 *   "250 ml", "300 ml", "330 ml" of a drink with no portion of that size are N / 29.5735 × "1 fl oz"
 *   (holdout 7); "a 500ml bottle" is USDA's 500 ml bottle (holdout 5); "2 tsp honey" is 2/3 × honey's
 *   "1 tablespoon" (holdout 24).
 * - A message correcting itself ("3 fried clams? no, 3 fried oysters, on a hoagie roll", "sf jello?
 *   no, a regular jello cup") means what it settles on (holdout 9).
 * - The 18 messages in the last group were added after the first commit (173 messages), under the
 *   same rules and the same two repeat checks. Their decisions: "chikn salad w grapes & pecans" is the
 *   chicken salad with nuts and/or fruits, the lettuce under it raw lettuce "Quantity not specified";
 *   "bagel chips, snack bag" the bagel chips' "1 small or medium single serving bag" (holdout 22);
 *   "fruit cocktail cup (in juice)" the juice-pack fruit cocktail's "1 snack size container"; a jello
 *   cup the gelatin dessert's "1 snack size container"; biscotti "1 cookie" each, an americano brewed
 *   coffee; a blueberry scone the fruit scone "1 regular", "a tall latte" the latte's small (holdout
 *   4); "2 slices of texas toast garlic bread" Garlic bread, NFS, "1 piece/slice Texas Toast" each;
 *   "a sleeve of ritz" its "1 sleeve"; "6 baby carrots" raw carrots' "1 baby carrot" each; "2 bowls of
 *   frosted flakes" 2 × 1 cup (holdout 14's frosted flakes = flavored corn flakes); "a baked salmon
 *   fillet" the salmon's "1 small/regular fillet" (count convention); "2 scrambled eggs w cheese" the
 *   margarine version, "1 egg" each (holdout 8); "sourdough toast" toasted sourdough, medium slice.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-25.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const ML = 1 / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['cinnamon raisin toast x2, the thick slices, w butter', ['51129020', '1 large or thick slice', 2], ['81100500', QNS, 1]],
  ['apple strudel and a black coffee', ['53440000', '1 piece', 1], ['92101000', QNS, 1]],
  ['deli bagel w egg and sausage', ['34001610', '1 regular', 1]],
  ['2 pieces of quiche lorraine at brunch', ['58125110', '1 piece (1/8 of 9" dia)', 2]],
  ['slice of cheese quiche + a cup of fruit salad', ['58125180', '1 piece (1/8 of 9" dia)', 1], ['63311000', '1 cup', 1]],
  ['a chocolate donut and iced coffee, black', ['53520120', '1 doughnut', 1], ['92102400', QNS, 1]],
  ['my son had 2 chocolate eggo waffles w syrup', ['55200050', '1 waffle', 2], ['91300010', QNS, 1]],
  ['2 whole grain frozen waffles + 1 tbsp almond butter', ['55200060', '1 waffle', 2], ['42200500', '1 tablespoon', 1]],
  ['oatmeal bread toasted, 1 slice, w jam', ['51501020', '1 medium or regular slice', 1], ['91402000', QNS, 1]],
  ['2 slices canadian bacon, 2 eggs and an english muffin', ['22501010', '1 slice', 2], ['31102000', '1 egg', 2], ['51186010', '1 muffin', 1]],
  ['honey bunches of oats 2 cups w 1 cup 2% milk', ['57237100', '1 cup', 2], ['11112110', '1 cup', 1]],
  ['2 packets plain instant oatmeal made w water', ['56203086', '1 packet, dry, yields', 2]],
  ['slice of blueberry coffee cake w my coffee', ['53610170', '1 slice', 1], ['92101000', QNS, 1]],
  ['cheese croissant + small cappuccino', ['51166100', '1 croissant', 1], ['92161000', '1 small', 1]],
  ['bacon egg burrito from the gas station at 5am', ['34003130', '1 item, any size', 1]],
  ['coffee w 2 tbsp hazelnut creamer', ['92101000', QNS, 1], ['12210210', '1 fl oz', 1]],
  ['1 cup canned corned beef hash + a fried egg', ['27211400', '1 cup, canned', 1], ['31105005', '1 egg', 1]],
  ['french toast at ihop, 3 slices', ['55300050', '1 slice, any size', 3]],
  ['2 pop tarts & a chocolate milk carton at school', ['53452100', '1 pastry', 2], ['11511000', '1 individual school container', 1]],
  // lunch
  ['turkey wrap from the work cafeteria and a pear', ['27540070', '1 sandwich, any size', 1], ['63137010', '1 fruit', 1]],
  ['2 slices of sausage & green pepper pizza', ['58106725', '1 piece, NFS', 2]],
  ['pizza rolls after school, my daughter ate 7, plus a juice box', ['58108050', '1 pizza roll', 7], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['cream of tomato soup, 1 can, and a cheddar grilled cheese', ['74601010', '1 can', 1], ['14640125', '1 sandwich', 1]],
  ['wonton soup + 4 fried dumplings', ['58408010', QNS, 1], ['58111110', '1 item, any size', 4]],
  ['a cup of french onion soup', ['75608100', '1 cup', 1]],
  ['1.5 cups chicken tortilla soup', ['58421080', '1 cup', 1.5]],
  ['6 inch steak sub on white', ['27514010', '1 regular or 6" submarine', 1]],
  ['ham sub at the sandwich shop, 6"', ['27520255', '1 regular or 6" submarine', 1]],
  // dinner, home and out
  ['swedish meatballs over egg noodles', ['27113300', QNS, 1], ['56112000', QNS, 1]],
  ['2 manicotti w meat sauce and a side salad', ['58133130', '1 manicotti', 2], ['75143000', '1 side salad', 1]],
  ['cheese tortellini pasta salad, a cup', ['58134640', '1 cup', 1]],
  ['3 pieces of bruschetta before dinner', ['51136000', '1 slice', 3]],
  ['1 cup collard greens & a square of cornbread', ['72107220', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['apple cobbler w a scoop of vanilla', ['53410100', QNS, 1], ['13110100', '1 scoop', 1]],
  ['chicken mole, 1 cup rice', ['27146160', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['leftover gumbo, no rice, 2 cups', ['27464000', '1 cup', 2]],
  ['taco night, 3 beef gorditas', ['58104290', '1 item, any size', 3]],
  ['4 beef taquitos + guac', ['58104825', '1 small/regular taquito', 4], ['63409010', QNS, 1]],
  ['bean chimichanga w sour cream', ['58104520', '1 item, any size', 1], ['12310100', QNS, 1]],
  ['tabbouleh, hummus and a pita', ['58175110', QNS, 1], ['41205070', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['rajma (kidney beans) over 1 cup basmati', ['41105990', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['veg curry w rice, takeout container, 2 cups', ['75440610', '1 cup', 2]],
  ['chicken curry w rice at the buffet', ['27146155', QNS, 1]],
  // fast food
  ['quarter pounder no cheese + small fry', ['27510229', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['whopper, medium fries, medium coke', ['27510615', '1 hamburger', 1], ['71401030', '1 medium fast food order', 1], ['92410310', '1 medium drink', 1]],
  ['2 bk cheeseburgers for my son after practice', ['27510170', '1 cheeseburger', 2]],
  ['cinnamon twists from taco bell', ['53452500', '1 Taco Bell order', 1]],
  ['happy meal: plain hamburger, kids fries, apple slices', ['27510553', '1 hamburger', 1], ['71401030', '1 kids meal order', 1], ['63101000', '1 single serving package', 1]],
  ['spicy chicken sandwich and a large sweet tea', ['27540146', '1 regular sandwich', 1], ['92308000', '1 large drink', 1]],
  ['2 mcdonalds cookies', ['53206000', "1 McDonald's cookie", 2]],
  ['5 soft tacos from taco bell, teenage son', ['58102110', '1 small/regular', 5]],
  ['12 ct nuggets & a medium waffle fry from chick fil a', ['24198731', '1 nugget', 12], ['71401030', '1 medium fast food order', 1]],
  ['popeyes 3 tenders + small cajun fries', ['24198741', '1 tender, strip, or finger', 3], ['71401030', '1 small fast food order', 1]],
  ['sonic: corn dog, tots and a route 44 cherry limeade', ['27560300', '1 regular', 1], ['71505010', '1 fast food order', 1], ['92510960', '1 fl oz (NFS)', 44]],
  ['small chocolate shake + a cheeseburger from bk', ['11542100', '1 small', 1], ['27510170', '1 cheeseburger', 1]],
  ['krispy kreme glazed, just 1, and a medium coffee', ['53521110', '1 doughnut', 1], ['92101000', '1 medium', 1]],
  ['10 munchkins + a medium iced coffee w cream & sugar', ['53520170', '1 doughnut hole', 10], ['92102400', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['chocolate soft serve cone from mcd', ['13120784', '1 cone', 1]],
  // snacks
  ['a kiwi and a string cheese at 10', ['63126500', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['half a mango w 1 cup plain greek yogurt', ['63129010', '1 mango', 0.5], ['11411390', '1 cup', 1]],
  ['fresh pineapple, 3 slices, w cottage cheese', ['63141010', '1 slice', 3], ['14200100', QNS, 1]],
  ['1/4 cup dried apricots', ['62104100', '1 cup', 0.25]],
  ['2 giant jerky sticks and a 20 oz mtn dew on the road', ['21602100', '1 Giant Jerk', 2], ['92410550', '1 bottle (20 fl oz)', 1]],
  ['medium bag of fritos', ['54401031', '1 medium single serving bag', 1]],
  ['a fruit & nut bar before my walk', ['53713010', '1 bar', 1]],
  ['a toasted pop tart + 6 oz oj before the bus', ['53452100', '1 pastry', 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['3 chocolate covered wafers from the vending machine', ['53209010', '1 wafer', 3]],
  ['a chocolate snack cake', ['53108200', '1 snack cake', 1]],
  ['a moon pie and an rc cola can', ['53208200', '1 moon pie', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['milky way, regular size', ['91705510', '1 pouch/regular size', 1]],
  ['4 fun size milky ways at halloween', ['91705510', '1 fun/snack size', 4]],
  ['king size twix', ['91705450', '1 large/king size', 1]],
  ['peanut m&ms, the sharing size bag, ate the whole thing', ['91746110', '1 sharing/movie theater size', 1]],
  ['2 fun size crunch bars', ['91705020', '1 fun/snack size', 2]],
  ['cotton candy at the state fair, i ate half the bag', ['91745050', '1 package, any size', 0.5]],
  ['2 dum dums at the pediatrician', ['91745030', '1 piece', 2]],
  // lows
  ['bg 58, drank 5 oz oj and had 2 saltines', ['61210000', '1 fl oz (NFS)', 5], ['54325000', '1 cracker', 2]],
  ['low at 3am, 1 fruit snack pouch + 4 oz milk', ['91746300', '1 snack size/pouch/regular size', 1], ['11100000', '1 fl oz', 4]],
  ['2 tsp honey for a low', ['91302010', '1 tablespoon', 2 / 3]],
  ['dropping at work so 8 oz of regular coke then a granola bar', ['92410310', '1 fl oz (NFS)', 8], ['53712100', '1 bar', 1]],
  ['went low on the bike, 12 oz powerade', ['95320500', '1 bottle (12 fl oz)', 1]],
  ['treated a 61 with 12 gummy worms', ['91745010', '1 piece', 12]],
  ['hypo, 3 pieces red licorice', ['91721000', '1 piece', 3]],
  // drinks
  ['32 oz powerade at the tournament', ['95320500', '1 bottle (32 fl oz)', 1]],
  ['a glass of sweetened almond milk', ['11350000', '1 fl oz', 8]],
  ['10 oz oat milk, just drank it', ['11360200', '1 fl oz', 10]],
  ['2 margaritas on the rocks & chips w salsa', ['93301100', '1 drink', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['a glass and a half of rose at dinner', ['93401030', '1 glass', 1.5]],
  ['2 hard lemonades', ['93106000', '1 can or bottle (12 fl oz)', 2]],
  ['a shot of fireball', ['93201000', '1 shot', 1]],
  ['hot apple cider 10 oz + a cider donut at the pumpkin patch', ['64101010', '1 fl oz (NFS)', 10], ['53520100', '1 doughnut', 1]],
  // desserts
  ['slice of chocolate cheesecake & a cappuccino at the cheesecake factory', ['53104600', '1 piece/slice, any size', 1], ['92161000', QNS, 1]],
  ['custard pie at grandmas, one slice', ['53344000', '1 slice, any size', 1]],
  ['bread pudding, half a cup, w a scoop of vanilla', ['13210110', '1 cup', 0.5], ['13110100', '1 scoop', 1]],
  ['2 scoops chocolate gelato in florence', ['13110470', '1 scoop', 2]],
  ['2 mango sorbet bars after dinner', ['63430150', '1 bar', 2]],
  ['2 frozen chocolate eclairs from the box', ['53420200', '1 eclair, frozen', 2]],
  ['4 mini cream puffs at the baby shower', ['53420100', '1 miniature cream puff', 4]],
  ['frosted brownie, medium, w a glass of milk', ['53204100', '1 medium', 1], ['11100000', '1 fl oz', 8]],
  ['a chipwich from the ice cream truck', ['13120550', '1 sandwich', 1]],
  ['chocolate mousse at the steakhouse', ['13250000', QNS, 1]],
  ['angel food cake w strawberries & cool whip', ['53101100', '1 piece/slice, any size', 1], ['63223020', QNS, 1], ['12220200', QNS, 1]],
  ['a slice of pound cake w blueberries', ['53116000', '1 piece/slice, any size', 1], ['63203010', QNS, 1]],
  ['funnel cake w strawberries, all to myself', ['55801010', '1 cake (6" dia)', 1]],
  ['strawberry shortcake + a cup of lemonade at the church social', ['53123070', '1 piece/slice, any size', 1], ['92510955', '1 fl oz (NFS)', 8]],
  ['mom (88) had 3/4 cup baked custard', ['13210300', '1 cup', 0.75]],
  // holidays and trips
  ['thanksgiving: turkey, 1/2 cup stuffing, 1/2 cup sweet potato casserole & a roll', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 0.5], ['73409000', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['4 medium latkes w applesauce', ['71701000', '1 medium pancake', 4], ['63101110', QNS, 1]],
  ['christmas eve, 3 small sugar cookies + half a glass of eggnog', ['53241500', '1 small', 3], ['11531000', '1 fl oz', 4]],
  ['easter: 2 slices ham, scalloped potatoes, 2 deviled eggs', ['22311000', '1 regular/thin slice', 2], ['71305015', QNS, 1], ['32102000', '1 egg', 2]],
  ['4th of july: hot dog, 1 cup potato salad, a big wedge of watermelon', ['27564000', '1 sandwich', 1], ['71601010', '1 cup', 1], ['63149010', '1 large wedge/slice', 1]],
  ['3 pieces of barfi at the diwali party', ['13252500', '1 piece', 3]],
  ['lunar new year, 8 boiled pork dumplings + a cup of hot and sour soup', ['58112510', '1 item, any size', 8], ['28340750', '1 cup', 1]],
  ['nola trip: 3 beignets + an iced coffee', ['53520510', '1 beignet', 3], ['92102400', QNS, 1]],
  ['airport: cinnamon sugar pretzel from auntie annes', ['54408420', '1 medium/regular', 1]],
  ['challah, 2 slices, w honey for rosh hashanah', ['51119010', '1 medium or regular slice', 2], ['91302010', QNS, 1]],
  // school, shift work, older people
  ['school lunch: chicken sandwich, 1/2 cup corn, chocolate milk', ['27540139', '1 sandwich, any size', 1], ['75216120', '1 cup', 0.5], ['11511000', '1 individual school container', 1]],
  ['school breakfast: 2 pancakes and a 4 oz apple juice', ['55100080', '1 pancake, any size', 2], ['64104010', '1 fl oz (NFS)', 4]],
  ['he traded his apple for a medium bag of takis', ['54401085', '1 medium single serving bag', 1]],
  ['night shift: cup noodles & a monster zero', ['58407030', '1 individual container', 1], ['95312400', '1 can or bottle (16 fl oz)', 1]],
  ['dad had a bowl of cream of rice w a pat of butter', ['56205050', '1 cup, cooked', 1], ['81100500', '1 pat', 1]],
  ['2 poached eggs on a slice of wheat toast, for my mother', ['31103010', '1 egg', 2], ['51300120', '1 medium or regular slice', 1]],
  ['grandpa drank a boost plus', ['95101010', '1 bottle (8 fl oz)', 1]],
  // weights and volumes
  ['200 g cooked white rice + chicken teriyaki', ['56205001', { grams: 200 }, 1], ['27145000', QNS, 1]],
  ['85 g whole wheat spaghetti (cooked) w pesto', ['56132990', { grams: 85 }, 1], ['81302070', QNS, 1]],
  ['6 oz baked sweet potato w a pat of butter', ['73403000', { grams: 6 * OZ }, 1], ['81100500', '1 pat', 1]],
  ['250 ml chocolate milk after the gym', ['11511000', '1 fl oz', 250 * ML]],
  ['330 ml can of sprite with my sandwich, turkey on wheat', ['92410510', '1 fl oz (NFS)', 330 * ML], ['27540030', '1 regular', 1]],
  ['40 g granola on 150 g greek yogurt, plain', ['57227000', { grams: 40 }, 1], ['11411390', { grams: 150 }, 1]],
  ['1.5 oz cheddar and 12 crackers', ['14104100', { grams: 1.5 * OZ }, 1], ['54001000', '1 cracker', 12]],
  ['100 g hummus w a large pita', ['41205070', { grams: 100 }, 1], ['51109100', '1 large pita', 1]],
  ['50g dark chocolate, the whole bar, oops', ['91705300', { grams: 50 }, 1]],
  ['8 oz cooked pasta w marinara sauce', ['56130000', { grams: 8 * OZ }, 1], ['74404010', QNS, 1]],
  ['300 ml orange juice with breakfast', ['61210000', '1 fl oz (NFS)', 300 * ML]],
  ['150 g mashed potatoes w gravy', ['71501000', { grams: 150 }, 1], ['28500040', QNS, 1]],
  ['30 oz sweet tea from the gas station', ['92308000', '1 fl oz (NFS)', 30]],
  ['1/2 cup black beans + 1/2 cup brown rice', ['41101990', '1 cup', 0.5], ['56205011', '1 cup, cooked', 0.5]],
  ['3/4 cup granola w 1/2 cup 2% milk', ['57227000', '1 cup', 0.75], ['11112110', '1 cup', 0.5]],
  // home cooking and international
  ['chicken shawarma plate: rice, hummus, half a pita', ['24103050', QNS, 1], ['56205001', QNS, 1], ['41205070', QNS, 1], ['51109100', '1 medium pita', 0.5]],
  ['pad thai w shrimp, 1.5 cups, & a sprite', ['58137240', '1 cup', 1.5], ['92410510', '1 can (12 fl oz)', 1]],
  ['6 pieces veggie tempura and a bowl of rice', ['75440200', '1 piece', 6], ['56205001', '1 cup, cooked', 1]],
  ['bangers and mash w onion gravy', ['25221400', QNS, 1], ['71501000', QNS, 1], ['28500040', QNS, 1]],
  ['beans on toast, 2 slices', ['41201010', QNS, 1], ['51101010', '1 medium or regular slice', 2]],
  ['2 cups borscht w sour cream & 2 slices rye', ['75601100', '1 cup', 2], ['12310100', QNS, 1], ['51401010', '1 medium or regular slice', 2]],
  ['gazpacho, 1 cup, + a slice of crusty bread', ['75604600', '1 cup', 1], ['51107010', '1 medium or regular slice', 1]],
  ['ham & bean soup, 3 bowls over the day', ['41601180', '1 cup', 3]],
  ['loaded potato soup, 1 cup, and 4 saltines', ['71801000', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['hamburger helper, the microwave singles cup', ['58145136', '1 microwave singles package, yields', 1]],
  ['baked potato, medium, w chili & cheddar', ['71100100', '1 medium', 1], ['27111400', QNS, 1], ['14104100', QNS, 1]],
  // southern, seafood, bar food
  ['fried okra, a cup, w black eyed peas & cornbread', ['75414500', '1 cup', 1], ['41300990', QNS, 1], ['52201000', '1 piece', 1]],
  ['new years: 1 cup black-eyed peas and collards', ['41300990', '1 cup', 1], ['72107220', QNS, 1]],
  ['crab legs w butter and 2 ears of corn', ['26305160', QNS, 1], ['81100500', QNS, 1], ['75216111', '1 regular ear', 2]],
  ['fried clam strips at the beach, 20 or so', ['26303140', '1 strip', 20]],
  ['10 jumbo shrimp w cocktail sauce, 2 tbsp', ['26319130', '1 large/jumbo shrimp', 10], ['74406500', '1 tablespoon', 2]],
  ['spinach artichoke dip w tortilla chips', ['14620115', QNS, 1], ['54401075', QNS, 1]],
  ['4 jalapeno poppers and a bud light', ['75410550', '1 jalapeno pepper', 4], ['93102000', '1 can or bottle (12 fl oz)', 1]],
  ['slice of zucchini bread w cream cheese', ['52407000', '1 slice', 1], ['14301010', QNS, 1]],
  ['slice of pumpkin bread + a small pumpkin spice latte', ['52404060', '1 slice', 1], ['92101904', '1 small', 1]],
  ['my kid had a yoo hoo box, 6.5 oz', ['11560000', '1 fl oz', 6.5]],
  ['cream soda, the 500ml bottle, w a slice of pizza', ['92410410', '1 bottle (16.9 fl oz or 500 ml)', 1], ['58106210', '1 piece, NFS', 1]],
  ['20oz root beer and a bag of sunchips', ['92410710', '1 bottle (20 fl oz)', 1], ['54420210', '1 small single serving bag', 1]],
  ['venti gingerbread latte + a plain croissant', ['92101904', '1 large', 1], ['51166000', '1 medium croissant', 1]],
  ['a mai tai by the pool', ['93301310', '1 drink', 1]],
  ['2 whiskey sours + a basket of pretzels', ['93301160', '1 drink', 2], ['54408015', QNS, 1]],
  ['vodka tonic x2 at the wedding & a slice of wedding cake', ['93301218', '1 drink', 2], ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  // more snacks and plates
  ['3 mozzarella sticks w marinara & a glass of red wine', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 3], ['74404010', QNS, 1], ['93401010', '1 glass', 1]],
  ['half dozen fried oysters and a side of slaw', ['26315140', '1 oyster', 6], ['75141000', QNS, 1]],
  ['a fast food order of onion rings + a diet dr pepper', ['75415022', '1 fast food order', 1], ['92410370', '1 can (12 fl oz)', 1]],
  ['2 medium wedges cantaloupe w cottage cheese, 1/2 cup', ['63109010', '1 medium wedge/slice', 2], ['14200100', '1 cup', 0.5]],
  ['turkey burger on a wheat bun + sweet potato fries at the pub', ['27545110', '1 sandwich', 1], ['73410400', QNS, 1]],
  ['3 plums & a nectarine from the tree', ['63143010', '1 fruit', 3], ['63131010', '1 fruit', 1]],
  ['1/2 cup black-eyed peas, 3/4 cup rice, a cup of greens', ['41300990', '1 cup', 0.5], ['56205001', '1 cup, cooked', 0.75], ['72107220', '1 cup', 1]],
  ['3 fried clams? no, 3 fried oysters, on a hoagie roll', ['26315140', '1 oyster', 3], ['51157000', '1 medium (8" long)', 1]],
  // added after the first commit, same rules and checks
  ['chikn salad w grapes & pecans, about a cup, on lettuce', ['27446205', '1 cup', 1], ['75113000', QNS, 1]],
  ['bagel chips, snack bag, w some hummus at my desk', ['54440010', '1 small or medium single serving bag', 1], ['41205070', QNS, 1]],
  ['fruit cocktail cup (in juice) in my daughters lunchbox', ['63311170', '1 snack size container', 1]],
  ['sf jello? no, a regular jello cup + 3 vanilla wafers', ['91501010', '1 snack size container', 1], ['53247000', '1 medium', 3]],
  ['2 almond biscotti w my americano', ['53203500', '1 cookie', 2], ['92101000', QNS, 1]],
  ['a blueberry scone frm starbucks + a tall latte', ['52105200', '1 regular', 1], ['92101900', '1 small', 1]],
  ['1/2 cup macaroni salad & a tuna salad sandwhich on white', ['58148110', '1 cup', 0.5], ['27550720', '1 regular', 1]],
  ['2 pieces fried chicken, green beans and a biscut', ['24107070', '1 piece', 2], ['75205030', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['baked salmon fillet, quinoa 1 cup, asparagus', ['26137120', '1 small/regular fillet', 1], ['56204000', '1 cup, cooked', 1], ['75202011', QNS, 1]],
  ['tilapia & 3/4 cup rice pilaf', ['26158000', QNS, 1], ['58162310', '1 cup', 0.75]],
  ['couscous 1 cup w chickpeas', ['56207160', '1 cup, cooked', 1], ['41301990', QNS, 1]],
  ['a pork chop, applesauce & mac n cheese', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['58145110', QNS, 1]],
  ['at 3: 2 clementines & a handful of cashews', ['61100600', '1 fruit', 2], ['42104000', QNS, 1]],
  ['for lunch leftover lasagna (1 piece) + 2 slices of texas toast garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 piece/slice Texas Toast', 2]],
  ['brkfst: 2 scrambled eggs w cheese, 1 slice sourdough toast', ['32130100', '1 egg', 2], ['51133020', '1 medium or regular slice', 1]],
  ['kid ate half a pb&j and 6 baby carrots', ['42302010', '1 sandwich', 0.5], ['73101010', '1 baby carrot', 6]],
  ['teen had 2 bowls of frosted flakes w milk', ['57348000', '1 cup', 2], ['11100000', QNS, 1]],
  ['ate a whole sleeve of ritz just now', ['54301030', '1 sleeve', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-fifth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer who had not read the estimator, the matcher, the alias lists or any scoring results, and committed on its own branch BEFORE the estimator was run on any of them. Generated by core/chat/make-eval-meals-holdout-25.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts\'s header, the decisions of holdouts 4-24 and this script\'s header.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-25.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-25.json`);
}
