/**
 * Writes eval-meals.holdout-15.json: the fifteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 19:30 UTC) by an engineer who has not read the
 * estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts / eval-meals.test.ts, any
 * scoring results (eval-meals*.results.json) or the estimator's git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writer of the parallel sixteenth set (whose set this writer did not see either). Each
 * food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a
 * dietitian would pick them for the message; where an earlier held-out set already chose a food
 * for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-12 (checked by comparing lower-cased, punctuation-folded messages,
 * and every pair with a word overlap of 0.5 or more read and, where it meant the same food and
 * amount, rewritten; then every message whose foods, portions and quantities are exactly those of
 * an earlier message was compared with it, and rewritten where most of its words were the earlier
 * message's too: about 170 first drafts were rewritten in all, many of them exact repeats of what
 * earlier writers had typed). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts, -10.ts, -11.ts and -12.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "3 deviled eggs" is 3 × the deviled egg's "1 egg" (30 g, one filled half: the piece people
 *   count), not 3 whole eggs.
 * - "a glass of oj" with an Egg McMuffin is 8 × orange juice "1 fl oz (NFS)" (a glass of a drink);
 *   no fast-food juice size was guessed.
 * - "egg and cheese on an english muffin" is FNDDS's plain "Egg sandwich on English muffin" (it has
 *   no egg-and-cheese-only version); "ham egg croissant" is the egg sandwich on croissant with
 *   ham; "breakfast burrito w sausage" is the egg burrito with sausage.
 * - "6oz blueberry yoghurt" is the ordinary fruit yogurt's "1 6 oz container"; "strawberry greek
 *   yogurt cup" the Greek fruit yogurt's "1 container, NFS".
 * - "choc chip pancakes" are FNDDS's chocolate pancakes (no chocolate-chip pancake), medium each;
 *   "challah french toast" is plain french toast (holdout 11's brioche rule).
 * - "spinach feta omelette 3 eggs" is the omelet with cheese and dark-green vegetables, NS as to
 *   fat, 3 × "1 egg".
 * - "a cup of almond milk" on cereal is 8 × almond milk NFS "1 fl oz" (holdout 5's cup of a drink).
 * - "half a turkey wrap" is 0.5 × "1 sandwich, any size"; "apple slices" with no amount are the
 *   apple's "Quantity not specified"; "tomato soup, the whole can" is the canned soup's "1 can"
 *   (holdout 12's whole can).
 * - "carne asada" on a plate is Steak, NS, "Quantity not specified" (FNDDS has no carne asada; no
 *   carbs), the tortillas counted apart; "tostones" are plantain cooked with oil; "ravioli w red
 *   sauce" are the cheese-filled ravioli with tomato sauce; "cheese pierogies" FNDDS's pierogi;
 *   "golabki" stuffed cabbage rolls (holdout 7); "pho ga" pho with meat; "cafe au lait" cafe con
 *   leche; "champurrado" atole de chocolate; "turkish coffee" coffee, NS; "banana bread" is
 *   FNDDS's fruit bread "1 slice" (FNDDS has no banana bread).
 * - "small chili" at Wendy's is the chili's "Quantity not specified" (1 cup; the size word is
 *   dropped, holdout 4); "2 gyros + fries" are 2 gyro sandwiches and NFS fries.
 * - Fast food: "qpc" is the Quarter Pounder with cheese; "spicy deluxe" the fried chicken fillet
 *   sandwich from fast food (holdout 6's Chick-fil-A); an In-N-Out cheeseburger the fast-food
 *   cheeseburger with 1 small patty; a Five Guys little cheeseburger the one with 1 medium patty
 *   (holdout 8's little hamburger); "fish sandwich from mcd" the Filet-O-Fish food (holdout 6);
 *   "deep dish" pepperoni the thick-crust restaurant pizza; "sausage pizza" pizza with meat other
 *   than pepperoni; "a can of orange soda" the caffeine-free fruit-flavored soft drink.
 * - "a pint and a half of stout" is 24 × beer "1 fl oz" (holdout 4's pint; stout is beer); "3 hard
 *   ciders" are 3 × the 12 fl oz can (holdout 11's beer); "2 pina coladas and a mojito" are the
 *   cocktails' "1 drink".
 * - "horchata" is FNDDS's horchata made with water, as holdouts 5, 9 and 11 chose.
 * - "boba milk tea" is bubble tea "1 item, any size"; "12 oz mango smoothie" is 12 × fruit
 *   smoothie NFS "1 fl oz"; "a mug of hot cocoa" is its "1 cup" (holdout 10's mug).
 * - "a pear & 10 almonds" is 10 × the almond's "1 nut" (holdout 8); "half a cup" of Cheez-Its is 0.5
 *   × "1 cup, NFS"; "snack bag of teddy grahams" their "small or medium single serving bag"
 *   (holdout 7's Goldfish bag).
 * - Lows: "2 sugar packets in water" are 2 × sugar "1 individual packet"; "12 skittles" are 12 ×
 *   fruit-flavored candy "1 piece"; "a fun size box of apple juice" its "1 fun size box".
 * - Dessert: "strawberry sundae at dq" is the sundae with fruit topping; "a third of a funnel
 *   cake" 1/3 × "1 cake (6" dia)"; "half a mooncake" 0.5 × "1 small round Moon Cake"; "small slice
 *   of pecan pie" the pie's "1 mini/small slice".
 * - "large popcorn at the movies, split w my husband so half" is 0.5 × the movie popcorn's "1 large
 *   order" (holdout 12's shared popcorn); "44 oz sweet tea" is 44 × its "1 fl oz (NFS)".
 * - "a chicken caesar wrap" is the grilled chicken fillet wrap from fast food (as holdout 2's
 *   grilled chicken wrap), not holdout 10's chicken salad wrap: a caesar wrap holds grilled
 *   chicken, not a mayonnaise chicken salad (27.9 g carbs for the wrap, against 34.0 g for
 *   holdout 10's choice).
 * - FNDDS's only rice cake portion ("1 cake", 3 g) is far under a standard rice cake (about 9 g),
 *   so no message names rice cakes.
 * - Typos were written only where the intended food is plain to a reader ("sandwhich", "brocoli",
 *   "spagetti", "lazagna", "chiken", "cheeseburgr"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-15.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['cinnamon raisin bagel toasted w 1 tbsp cream cheese', ['51180030', '1 regular', 1], ['14301010', '1 tablespoon', 1]],
  ['biscuits & gravy at the diner, 2 biscuits worth', ['58128000', '1 biscuit with gravy', 2]],
  ['3 frozen waffles w pb', ['55200020', '1 waffle', 3], ['42202000', QNS, 1]],
  ['half a belgian waffle, strawberries, whipped cream on top', ['55201000', '1 thick / Belgian waffle', 0.5], ['63223020', QNS, 1], ['12140000', QNS, 1]],
  ['frosted flakes 1 1/2 cups + 2% milk', ['57348000', '1 cup', 1.5], ['11112110', QNS, 1]],
  ['egg and cheese on an english muffin', ['34001300', '1 regular', 1]],
  ['3 strips bacon, 2 over easy eggs, 1 slice sourdough toast', ['22600100', '1 medium slice (yield after cooking)', 3], ['31105005', '1 egg', 2], ['51133020', '1 medium or regular slice', 1]],
  ['oats cooked in milk, 2 cups, drizzle of honey', ['56203066', '1 cup, cooked', 2], ['91302010', QNS, 1]],
  ['cream of wheat (1 cup) + 1 tsp white sugar', ['56206990', '1 cup, cooked', 1], ['91101010', '1 teaspoon', 1]],
  ['ham egg croissant from the bakery', ['34001430', '1 regular', 1]],
  ['3 shredded wheat biscuits w skim milk', ['57417000', '1 rectangular biscuit', 3], ['11113000', QNS, 1]],
  ['glazed donut & small coffee w cream and sugar', ['53521110', '1 doughnut', 1], ['92100000', '1 small', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['toddler bfast: half a banana and 1/4 cup cheerios', ['63107010', '1 banana', 0.5], ['57123000', '1 cup', 0.25]],
  ['strawberry greek yogurt cup + a handful of granola', ['11433990', '1 container, NFS', 1], ['57227000', QNS, 1]],
  ['huevos rancheros made w 3 eggs', ['32105180', '1 egg', 3]],
  ['dad had 2 pieces of buttered rye toast & tea', ['51401020', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['92302000', QNS, 1]],
  ['half a banana + premier protein shake on the drive in', ['63107010', '1 banana', 0.5], ['95120010', '1 fl oz', 11]],
  ['spinach feta omelette 3 eggs + hash browns', ['32130650', '1 egg', 3], ['71404000', QNS, 1]],
  ['3 choc chip pancakes', ['55103100', '1 medium pancake', 3]],
  ['plain muffin from the cafe and a medium latte', ['52306010', '1 medium', 1], ['92101900', '1 medium', 1]],
  ['egg mcmuffin, hash brown and a glass of oj', ['34001330', '1 regular', 1], ['71404000', '1 patty', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['2 slices of challah french toast w maple syrup', ['55301000', '1 slice, any size', 2], ['91300010', QNS, 1]],
  ['2 cups grits w butter, 1 scrambled egg', ['56200990', '1 cup, cooked', 2], ['81100500', QNS, 1], ['32129990', '1 egg', 1]],
  ['whole wheat english muffin w jam', ['51303030', '1 muffin', 1], ['91402000', QNS, 1]],
  ['half a jelly donut on the way to work', ['53521140', '1 doughnut', 0.5]],
  ['6oz blueberry yoghurt', ['11430000', '1 6 oz container', 1]],
  ['breakfast burrito w sausage from the food truck', ['34003120', '1 item, any size', 1]],
  ['cereal (honey nut cheerios) 1.5 cups + 1 cup almond milk', ['57241000', '1 cup', 1.5], ['11350040', '1 fl oz', 8]],
  ['congee w pork, 2 cups', ['58157300', '1 cup', 2]],
  ['poached egg on 1 slice whole wheat toast', ['31103010', '1 egg', 1], ['51300120', '1 medium or regular slice', 1]],
  // lunches
  ['grilled cheese + 2 cups tomato soup', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 2]],
  ['lazagna w meat, 2 pieces (leftovers)', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 2]],
  ['school lunch today: 6 chicken nuggets, corn, carton of choc milk', ['24198735', '1 nugget', 6], ['75216120', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['ham and swiss on wheat', ['27520240', '1 regular', 1]],
  ['a 12 inch italian sub', ['27560630', '1 regular or 6" submarine', 2]],
  ['cup of lentil soup + slice of whole wheat bread', ['41603010', '1 cup', 1], ['51300110', '1 medium or regular slice', 1]],
  ['cobb salad, ranch + a breadstick', ['75148010', QNS, 1], ['83113500', QNS, 1], ['51183990', '1 medium stick', 1]],
  ['greek salad + 2 whole wheat pitas', ['75146000', QNS, 1], ['51301600', '1 medium pita', 2]],
  ['tuna melt on wheat', ['27550737', '1 regular', 1]],
  ['egg salad sandwhich on wheat w baby carrots', ['32203020', '1 regular', 1], ['73101010', QNS, 1]],
  ['12 baby carrots and 3 tbsp hummus', ['73101010', '1 baby carrot', 12], ['41205070', '1 tablespoon', 3]],
  ['bento box: 1 cup rice, teriyaki chicken, 3 pcs california roll', ['56205001', '1 cup, cooked', 1], ['27145000', QNS, 1], ['58151180', '1 piece', 3]],
  ['turkey wrap and a bag of pretzels', ['27540070', '1 sandwich, any size', 1], ['54408000', '1 small single serving bag', 1]],
  ['cafeteria mac n cheese, green beans & a roll', ['58145110', QNS, 1], ['75205030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 cups chili + 2 pieces cornbread', ['27111400', '1 cup', 2], ['52202060', '1 piece', 2]],
  ['my daughter ate 1/2 turkey sandwich and apple slices at school', ['27540010', '1 regular', 0.5], ['63101000', QNS, 1]],
  ['8 pizza rolls after school', ['58108050', '1 pizza roll', 8]],
  ['1.5 cups shrimp fried rice from last night', ['58150510', '1 cup', 1.5]],
  ['chiken shawarma plate w rice', ['24103050', QNS, 1], ['56205001', QNS, 1]],
  ['sloppy joe + some chips', ['27510100', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['reuben w a pickle spear', ['27510950', '1 sandwich, any size', 1], ['75503010', '1 spear', 1]],
  ['half a cuban sandwich for lunch at the bakery', ['27520410', '1 sandwich, any size', 0.5]],
  ['blt and a cup of potato soup', ['27520610', '1 sandwich, any size', 1], ['71801000', '1 cup', 1]],
  ['teriyaki chicken lean cuisine + an apple at my desk', ['28141201', '1 Lean Cuisine meal (11 oz)', 1], ['63101000', '1 medium', 1]],
  ['reheated spaghetti w meat sauce, about a cup', ['58146322', '1 cup', 1]],
  ['half a turkey wrap and a pear', ['27540070', '1 sandwich, any size', 0.5], ['63137010', '1 fruit', 1]],
  ['tomato soup, the whole can', ['74602010', '1 can', 1]],
  ['chicken caesar wrap + an apple', ['27540300', '1 sandwich, any size', 1], ['63101000', '1 medium', 1]],
  ['pasta salad 1 cup and a cheese stick', ['58148110', '1 cup', 1], ['14107030', '1 stick', 1]],
  ['he had a ham sandwich on wheat & a juice box at school', ['27520230', '1 regular', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  // dinners at home
  ['chicken stir fry over 1 cup brown rice', ['27445110', QNS, 1], ['56205011', '1 cup, cooked', 1]],
  ['pot roast dinner (meat, potatoes, carrots) ~1.5 cups', ['27311600', '1 cup', 1.5]],
  ['2 baked chicken thighs, 1 cup mashed potatoes, green beans', ['24152230', '1 medium thigh', 2], ['71501000', '1 cup', 1], ['75205030', QNS, 1]],
  ['6 oz salmon, 1/2 cup wild rice, asparagus', ['26137120', { grams: 6 * OZ }, 1], ['56205205', '1 cup, cooked', 0.5], ['75202020', QNS, 1]],
  ['tacos for dinner: 4 crunchy beef tacos', ['58102010', '1 small/regular', 4]],
  ['2 shrimp fajitas', ['58105060', '1 fajita', 2]],
  ['beef and broccoli 1 cup + 1/2 cup white rice', ['27415110', '1 cup', 1], ['56205001', '1 cup, cooked', 0.5]],
  ['general tsos 1 cup + 1 cup pork fried rice', ['27445150', '1 cup', 1], ['58150310', '1 cup', 1]],
  ['chicken lo mein from the chinese place, ate about 1 1/2 cups', ['58136160', '1 cup', 1.5]],
  ['chicken parm w a side of spagetti', ['27146300', QNS, 1], ['58146222', QNS, 1]],
  ['2 slices homemade meatloaf and mashed potatoes', ['27214100', '1 medium slice', 2], ['71501000', QNS, 1]],
  ['pork chop, applesauce & a baked sweet potato', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['73403000', '1 medium', 1]],
  ['2 pieces fried chicken w a biscuit and coleslaw', ['24107070', '1 piece', 2], ['52101000', '1 biscuit', 1], ['75141000', QNS, 1]],
  ['half rack bbq ribs, corn on the cob, baked beans', ['22701000', '1 rib (yield after cooking, bone removed)', 6], ['75216111', '1 regular ear', 1], ['41201010', QNS, 1]],
  ['shepherds pie, 2 helpings (about 2 cups)', ['27311510', '1 cup', 2]],
  ['2 frozen chicken pot pies (the small ones), starving', ['27347100', '1 individual pie', 2]],
  ['2 cups beef stew w a slice of french bread', ['27311410', '1 cup', 2], ['51107010', '1 medium or regular slice', 1]],
  ['2.5 cups jambalaya w sausage', ['27363100', '1 cup', 2.5]],
  ['chicken tikka masala w rice + a piece of naan', ['27146150', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 piece (1/4 of 10" dia)', 1]],
  ['dal 1 cup + 3 rotis', ['41305050', '1 cup', 1], ['51300175', '1 medium chappatti or roti (7")', 3]],
  ['veg curry over rice', ['75440610', QNS, 1]],
  ['1 cup pad thai w shrimp', ['58137240', '1 cup', 1]],
  ['4 fried potstickers & hot and sour soup', ['58111110', '1 item, any size', 4], ['28340750', QNS, 1]],
  ['sushi: spicy tuna roll + 4 salmon nigiri', ['58151220', QNS, 1], ['58151420', '1 piece', 4]],
  ['bulgogi, 1 cup rice, kimchi on the side', ['27115000', QNS, 1], ['56205001', '1 cup, cooked', 1], ['75502520', QNS, 1]],
  ['arroz con pollo 1 cup + tostones', ['27243500', '1 cup', 1], ['71900200', QNS, 1]],
  ['3 cheese pupusas w curtido', ['58105100', '1 item, any size', 3], ['75141040', QNS, 1]],
  ['3 chicken enchiladas verdes, skipped the rice', ['58102830', '1 enchilada, any size', 3]],
  ['carne asada w spanish rice, refried beans and 2 flour tortillas', ['21001000', QNS, 1], ['58163430', QNS, 1], ['41205010', QNS, 1], ['52215200', '1 medium', 2]],
  ['2 chiles rellenos + refried beans', ['75410500', '1 chili', 2], ['41205010', QNS, 1]],
  ['ate 4 pork tamales', ['58103125', '1 item, any size', 4]],
  ['8oz sirloin and a baked potato w sour cream', ['21102150', { grams: 8 * OZ }, 1], ['71508010', '1 medium', 1]],
  ['fried catfish 2 fillets + 4 hush puppies', ['26107140', '1 small/regular fillet', 2], ['52209010', '1 hush puppy', 4]],
  ['tilapia 5 oz baked, 1 cup couscous', ['26158010', { grams: 5 * OZ }, 1], ['56207160', '1 cup, cooked', 1]],
  ['turkey burger no bun w sweet potato fries', ['24207000', '1 patty', 1], ['73410200', QNS, 1]],
  ['chicken and dumplings, 1.5 cups', ['27246100', '1 cup', 1.5]],
  ['beef stroganoff over egg noodles, 1.5 cups', ['27212350', '1 cup', 1.5]],
  ['1.5 cups red beans and rice + cornbread', ['58160150', '1 cup', 1.5], ['52202060', '1 piece', 1]],
  ['3 lamb chops + 1/2 cup couscous', ['23101000', '1 chop, any size', 3], ['56207160', '1 cup, cooked', 0.5]],
  ['tofu & veg stir fry, 1.5 cups jasmine rice', ['41812500', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['hamburger helper cheeseburger mac 2 cups', ['58145136', '1 cup', 2]],
  ['tuna noodle casserole 1 cup + peas', ['27250610', '1 cup', 1], ['75224030', QNS, 1]],
  ['4 golabki', ['27315250', '1 cabbage roll', 4]],
  ['6 cheese pierogies w sour cream', ['58121610', '1 item, any size', 6], ['12310100', QNS, 1]],
  ['2 crab cakes and a side salad', ['27250040', '1 cake or patty', 2], ['75143000', '1 side salad', 1]],
  ['ravioli w red sauce, 1 cup', ['58131520', '1 cup', 1]],
  ['grilled chicken breast 4 oz + 1 cup quinoa + brocoli', ['24123301', { grams: 4 * OZ }, 1], ['56204000', '1 cup, cooked', 1], ['72201220', QNS, 1]],
  ['eggplant parm w a slice of garlic bread', ['75412060', QNS, 1], ['51121015', '1 medium slice', 1]],
  ['1 cup chicken biryani and 2 samosas', ['27243100', '1 cup', 1], ['58124500', '1 regular/large', 2]],
  ['8 fish sticks? no, 10 fish sticks + ketchup', ['26100270', '1 stick', 10], ['74401010', QNS, 1]],
  // fast food and takeout
  ['mcdonalds 10 pc nuggets, medium fries, medium coke', ['24198731', '1 nugget', 10], ['71401030', '1 medium fast food order', 1], ['92410310', '1 medium drink', 1]],
  ['whopper w cheese, skipped the fries', ['27510231', '1 cheeseburger', 1]],
  ['qpc meal: large fries + large diet coke', ['27510232', '1 cheeseburger', 1], ['71401030', '1 large fast food order', 1], ['92410320', '1 large drink', 1]],
  ['chick fil a spicy deluxe + large waffle fries', ['27540146', '1 regular sandwich', 1], ['71401030', '1 large fast food order', 1]],
  ['taco bell run: 3 crunchy tacos + bean burrito', ['58102010', '1 small/regular', 3], ['58102610', '1 small/regular', 1]],
  ['popeyes 3 pc tenders w a biscuit', ['24198741', '1 tender, strip, or finger', 3], ['52101000', '1 biscuit', 1]],
  ['arbys: 2 classic roast beefs + small curly fries', ['27513010', '1 regular', 2], ['71401030', '1 small fast food order', 1]],
  ['panda bowl - kung pao chicken w fried rice', ['27445220', QNS, 1], ['58150310', QNS, 1]],
  ['small frosty + small fries after my endo appt lol', ['11542100', '1 small', 1], ['71401030', '1 small fast food order', 1]],
  ['large oreo blizzard', ['13130700', '1 large', 1]],
  ['in n out cheeseburgr + small fries', ['27510160', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['subway 6" turkey on wheat w a cookie', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 Subway cookie', 1]],
  ['big mac and a small fry', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 small fast food order', 1]],
  ['mcdouble + a sweet tea, medium', ['27510387', '1 double cheeseburger', 1], ['92308000', '1 medium drink', 1]],
  ['happy meal for my son - 6 nuggets, kids fries, apple juice box', ['24198731', '1 nugget', 6], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['3 slices thin crust cheese pizza from the place downstairs', ['58106220', '1 piece, NFS', 3]],
  ['half a personal pepperoni pizza', ['58106540', '1 personal size pizza (5-7" diameter)', 0.5]],
  ['4 slices of sausage pizza at the game', ['58106610', '1 piece, NFS', 4]],
  ['chicken quesadilla from the mexican place + chips & salsa', ['58104740', '1 full circle', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['half a large chicken burrito w rice & beans, saving the rest', ['58102540', '1 large', 0.5]],
  ['10 buffalo boneless wings w ranch', ['24168030', '1 boneless wing', 10], ['83113500', QNS, 1]],
  ['sesame chicken and an egg roll', ['27146360', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['crab rangoon x4', ['58111110', '1 item, any size', 4]],
  ['wendys spicy nuggets 6 pc + small chili', ['24198731', '1 nugget', 6], ['27111400', QNS, 1]],
  ['sonic corn dog + tots', ['27560300', '1 regular', 1], ['71505000', QNS, 1]],
  ['five guys little cheeseburger, no fries', ['27510215', '1 cheeseburger', 1]],
  ['fish sandwich from mcd + diet coke', ['27550100', '1 regular sandwich', 1], ['92410320', QNS, 1]],
  ['sweet & sour chicken, 1 cup, and steamed rice 1 cup', ['27146100', '1 cup', 1], ['56205008', '1 cup, cooked', 1]],
  ['pho ga, 3 cups worth', ['28310330', '1 cup', 3]],
  ['2 gyros + fries', ['27516010', '1 sandwich, any size', 2], ['71400990', QNS, 1]],
  ['falafel x4 w hummus and pita', ['41209000', '1 patty', 4], ['41205070', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['2 beef empanadas & a can of orange soda', ['58116117', '1 regular/large', 2], ['92410510', '1 can (12 fl oz)', 1]],
  ['chicken chimichanga w sour cream', ['58104530', '1 item, any size', 1], ['12310100', QNS, 1]],
  ['2 slices deep dish pepperoni', ['58106560', '1 piece, NFS', 2]],
  // snacks
  ['handful of pretzels + 2 cheese sticks', ['54408000', QNS, 1], ['14107030', '1 stick', 2]],
  ['1/4 cup almonds', ['42100100', '1 cup', 0.25]],
  ['string cheese + 15 grapes', ['14107030', '1 stick', 1], ['63123000', '1 grape', 15]],
  ['celery w 2 tbsp almond butter', ['75109000', QNS, 1], ['42200500', '1 tablespoon', 2]],
  ['large popcorn at the movies, split w my husband so half', ['54403005', '1 large order', 0.5]],
  ['a pear & 10 almonds', ['63137010', '1 fruit', 1], ['42100100', '1 nut', 10]],
  ['2 cuties', ['61100600', '1 fruit', 2]],
  ['sliced apple w caramel dip', ['63101000', '1 medium', 1], ['91306020', QNS, 1]],
  ['cheez its, half a cup', ['54304005', '1 cup, NFS', 0.5]],
  ['2 kind bars at 3', ['53710810', '1 bar', 2]],
  ['4 fig newtons w tea', ['53220030', '1 Newton bar', 4], ['92302000', QNS, 1]],
  ['small bag pita chips w hummus', ['54402700', '1 small single serving bag', 1], ['41205070', QNS, 1]],
  ['5 triscuits w cheddar', ['54337020', '1 cracker', 5], ['14104100', QNS, 1]],
  ['handful of cashews + a handful of raisins', ['42104000', QNS, 1], ['62125100', QNS, 1]],
  ['beef jerky and a coke zero', ['21602100', QNS, 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['5 mozzarella sticks + marinara (appetizer)', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 5], ['74404010', QNS, 1]],
  ['fruit snacks pouch + juice box for my 6 yr old', ['91746300', '1 snack size/pouch/regular size', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['snack bag of teddy grahams', ['54102015', '1 small or medium single serving bag', 1]],
  ['1/2 cup cottage cheese w peaches', ['14200100', '1 cup', 0.5], ['63135110', QNS, 1]],
  ['two small watermelon slices at the picnic', ['63149010', '1 small wedge/slice', 2]],
  ['a mango and a half', ['63129010', '1 mango', 1.5]],
  ['medium bag hot cheetos', ['54401081', '1 medium single serving bag', 1]],
  ['3 applesauce pouches over the day', ['63101110', '1 pouch', 3]],
  ['english muffin w 2 tbsp pb + 1 tbsp grape jelly', ['51186010', '1 muffin', 1], ['42202000', '1 tablespoon', 2], ['91400000', '1 tablespoon', 1]],
  ['20 animal crackers', ['53240000', '1 cracker', 20]],
  ['a kiwi & a plum', ['63126500', '1 fruit', 1], ['63143010', '1 fruit', 1]],
  ['1.5 cups cherries', ['63115010', '1 cup', 1.5]],
  ['dried mango, 1/3 cup, in the car', ['62114050', '1 cup', 1 / 3]],
  ['honey bun + coffee at 4am on shift', ['51161050', '1 medium', 1], ['92100000', QNS, 1]],
  ['2 oatmeal cream pies from the break room', ['53233050', '1 large sandwich', 2]],
  // lows
  ['bg 54 - drank 5 oz apple juice', ['64104010', '1 fl oz (NFS)', 5]],
  ['treated low w 1/2 cup oj', ['61210000', '1 fl oz (NFS)', 4]],
  ['low at 2am, 6 oz juice + 2 graham crackers', ['64104010', '1 fl oz (NFS)', 6], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['went low, ate 12 skittles', ['91745110', '1 piece', 12]],
  ['5 oz regular coke for a low', ['92410310', '1 fl oz (NFS)', 5]],
  ['low at soccer: capri sun + half a granola bar', ['92552030', '1 Capri Sun pouch', 1], ['53712100', '1 bar', 0.5]],
  ['1.5 tbsp honey bc i was 62', ['91302010', '1 tablespoon', 1.5]],
  ['bg 48 so 5 starbursts', ['91750000', '1 piece', 5]],
  ['4oz gatorade, bg was 65', ['95320200', '1 fl oz', 4]],
  ['3/4 can of sprite for a low', ['92410510', '1 can (12 fl oz)', 0.75]],
  ['low overnight - fun size apple juice box + 2 saltines', ['64104010', '1 fun size box (4.23 fl oz)', 1], ['54325000', '1 cracker', 2]],
  ['low before gym, ate a banana and 3 dates', ['63107010', '1 banana', 1], ['62110100', '1 date', 3]],
  ['2 sugar packets in water, was 59', ['91101010', '1 individual packet', 2]],
  ['low - 6 gummy bears + glass of milk', ['91745010', '1 piece', 6], ['11100000', '1 fl oz', 8]],
  // drinks
  ['44 oz sweet tea from the gas station', ['92308000', '1 fl oz (NFS)', 44]],
  ['venti mocha frapp', ['92102000', '1 large', 1]],
  ['white wine, 2 and a half glasses over dinner', ['93401020', '1 glass', 2.5]],
  ['margarita + chips and salsa at the cantina', ['93301100', '1 drink', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['3 beers at the game', ['93101000', '1 can or bottle (12 fl oz)', 3]],
  ['a pint and a half of stout', ['93101000', '1 fl oz', 24]],
  ['dr pepper 16.9 oz bottle', ['92410360', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['2 glasses of choc milk for my son after practice', ['11511000', '1 fl oz', 16]],
  ['small cafe mocha w whip', ['92101950', '1 small', 1], ['12140000', QNS, 1]],
  ['12 oz mango smoothie', ['11553100', '1 fl oz', 12]],
  ['boba milk tea, drank half', ['92306910', '1 item, any size', 0.5]],
  ['hot apple cider 10 oz', ['64101010', '1 fl oz (NFS)', 10]],
  ['3/4 cup eggnog', ['11531000', '1 cup', 0.75]],
  ['3 mimosas at brunch', ['93301115', '1 drink', 3]],
  ['2 pina coladas and a mojito on vacation', ['93301200', '1 drink', 2], ['93301125', '1 drink', 1]],
  ['2 vanilla boosts for mom today', ['95101000', '1 bottle (8 fl oz)', 2]],
  ['cranberry juice 6 oz', ['92530510', '1 fl oz (NFS)', 6]],
  ['large iced coffee w cream & 3 sugars', ['92102400', '1 large', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 3]],
  ['two tall vanilla lattes today', ['92101904', '1 small', 2]],
  ['large hot chocolate w whipped cream, 16 oz', ['11512100', '1 fl oz', 16]],
  ['horchata, 20 oz cup', ['92610020', '1 fl oz', 20]],
  ['a rum & coke and a gin and tonic', ['93301190', '1 drink', 1], ['93301060', '1 drink', 1]],
  ['3 hard ciders', ['93106500', '1 can or bottle (12 fl oz)', 3]],
  ['large root beer from a&w', ['92410710', '1 large drink', 1]],
  ['a bottle of powerade during my shift', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['20 oz lemonade from the stand', ['92510955', '1 fl oz (NFS)', 20]],
  // desserts
  ['2 slices apple pie a la mode', ['53301000', '1 regular slice', 2], ['13110100', QNS, 1]],
  ['cheesecake slice w strawberries on top', ['53104500', '1 piece/slice, any size', 1], ['63223020', QNS, 1]],
  ['3 scoops chocolate ice cream', ['13110110', '1 scoop', 3]],
  ['a small brownie', ['53204000', '1 small or bite size', 1]],
  ['2 birthday cupcakes at the office', ['53120270', '1 regular cupcake', 2]],
  ['3 pieces of baklava w turkish coffee', ['53441110', '1 piece', 3], ['92100000', QNS, 1]],
  ['arroz con leche, 1 cup', ['13210410', '1 cup', 1]],
  ['2 slices tres leches at the quince', ['53118550', '1 piece/slice, any size', 2]],
  ['half cup peach cobbler + scoop of vanilla', ['53410800', '1 cup', 0.5], ['13110100', '1 scoop', 1]],
  ['4 homemade chocolate chip cookies', ['53206000', '1 medium cookie', 4]],
  ['half a slice of key lime pie', ['53305800', '1 slice, any size', 0.5]],
  ['2 cannoli after dinner', ['53452200', '1 pastry', 2]],
  ['a third of a funnel cake at the state fair', ['55801000', '1 cake (6" dia)', 1 / 3]],
  ['snow cone on the boardwalk', ['91621000', '1 snow cone', 1]],
  ['sugar free jello cup', ['91511010', '1 snack size container', 1]],
  ['2 slices of chocolate layer cake', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 2]],
  ['strawberry sundae at dq', ['13121100', '1 sundae', 1]],
  ['angel food cake w strawberries', ['53101100', '1 piece/slice, any size', 1], ['63223020', QNS, 1]],
  ['choc soft serve waffle cone, ate half', ['13120788', '1 cone', 0.5]],
  ['one chocolate ice cream sandwich at 9pm', ['13120510', '1 sandwich', 1]],
  ['small slice of pecan pie', ['53385000', '1 mini/small slice', 1]],
  ['2 lemon bars', ['53224250', '1 medium bar', 2]],
  ['a bowl and a half of banana pudding', ['13241000', '1 cup', 1.5]],
  // holidays and trips
  ['thanksgiving plate - turkey, 1/2 c stuffing, 1/2 c mashed potatoes, sweet potato casserole', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 0.5], ['71501000', '1 cup', 0.5], ['73409000', QNS, 1]],
  ['xmas dinner: 2 slices ham, scalloped potatoes, green bean casserole', ['22311000', '1 regular/thin slice', 2], ['71305015', QNS, 1], ['75403020', QNS, 1]],
  ['easter - 3 deviled eggs & a hot cross bun', ['32102000', '1 egg', 3], ['51161020', '1 medium', 1]],
  ['5 latkes w applesauce', ['71701000', '1 medium pancake', 5], ['63101110', QNS, 1]],
  ['2 bowls matzo ball soup + a slice of challah', ['58404500', '1 cup', 2], ['51119010', '1 medium or regular slice', 1]],
  ['2 beignets + cafe au lait in nola', ['53520510', '1 beignet', 2], ['92101850', QNS, 1]],
  ['halloween: 5 fun size snickers', ['91705520', '1 fun/snack size', 5]],
  ['super bowl: 8 hot wings w blue cheese & celery', ['24168000', '1 drummette', 8], ['83101000', QNS, 1], ['75109000', QNS, 1]],
  ['4th of july bbq: burger, potato salad, slice of watermelon', ['27510521', '1 hamburger', 1], ['71601010', QNS, 1], ['63149010', '1 medium wedge/slice', 1]],
  ['hanukkah: 3 jelly donuts', ['53521140', '1 doughnut', 3]],
  ['iftar - 3 dates, lentil soup and a samosa', ['62110100', '1 date', 3], ['41603010', QNS, 1], ['58124500', '1 regular/large', 1]],
  ['half a mooncake w tea', ['53452120', '1 small round Moon Cake', 0.5], ['92302000', QNS, 1]],
  ['airport breakfast: everything bagel w cream cheese + large coffee', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['92101000', '1 large', 1]],
  ['road trip: beef jerky, a bag of sun chips and a 20 oz coke', ['21602100', QNS, 1], ['54420210', '1 small single serving bag', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['cruise buffet - 1 cup mac salad + bbq chicken', ['58148110', '1 cup', 1], ['27146011', QNS, 1]],
  ['3 fish tacos & 2 coronas at the beach', ['58102210', '1 small/regular', 3], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['hotel waffle w syrup and a banana', ['55201000', '1 medium waffle', 1], ['91300010', QNS, 1], ['63107010', '1 banana', 1]],
  ['ballpark hot dog and a pretzel', ['27564000', '1 sandwich', 1], ['54408400', '1 medium/regular', 1]],
  ['birthday party: slice of pizza, a cupcake, capri sun', ['58106210', '1 piece, NFS', 1], ['53120270', '1 regular cupcake', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['nye - 3 glasses of champagne', ['93401005', '1 glass', 3]],
  ['valentines - 4 pieces of chocolate from the box', ['91705010', '1 piece', 4]],
  ['pumpkin pie, a large slice w whipped cream', ['53347000', '1 large slice', 1], ['12140000', QNS, 1]],
  ['a candy cane + a mug of hot cocoa', ['91745025', '1 stick', 1], ['11512005', '1 cup', 1]],
  ['3 chicken tamales & a mug of champurrado', ['58103130', '1 item, any size', 3], ['92613510', '1 cup', 1]],
  // older people, carers, students, shift workers
  ['mom had 1/2 cup applesauce & a slice of toast', ['63101110', '1 cup', 0.5], ['51101010', '1 medium or regular slice', 1]],
  ['grandpa: glucerna + 4 saltines', ['95104000', '1 bottle (8 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['dads lunch: cup of split pea soup & 2 crackers', ['41602050', '1 cup', 1], ['54001000', '1 cracker', 2]],
  ['7 prunes at bedtime', ['62122100', '1 prune', 7]],
  ['meals on wheels: chicken, rice, peas and a roll', ['24102000', QNS, 1], ['56205001', QNS, 1], ['75224030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['dorm breakfast: pop tart + red bull', ['53452100', '1 pastry', 1], ['95310600', '1 can (8.4 fl oz)', 1]],
  ['ramen w an egg in it', ['58407030', QNS, 1], ['31103010', '1 egg', 1]],
  ['night shift snack 3am - 3 slices leftover cheese pizza', ['58106210', '1 piece, NFS', 3]],
  ['monster zero ultra + bag of hot cheetos', ['95312400', '1 can or bottle (16 fl oz)', 1], ['54401081', '1 small single serving bag', 1]],
  ['red bull 12oz and a protein bar', ['95310600', '1 can (12 fl oz)', 1], ['53729000', '1 bar', 1]],
  ['she had half a grilled cheese & some tomato soup', ['14640100', '1 sandwich', 0.5], ['74601000', QNS, 1]],
  ['nursing home lunch: 1/2 cup mashed potatoes, meatloaf, 1/2 cup carrots', ['71501000', '1 cup', 0.5], ['27214100', QNS, 1], ['73102220', '1 cup', 0.5]],
  ['study snack: 2 cups popcorn + a diet pepsi', ['54403001', '1 cup, popped', 2], ['92410320', '1 can (12 fl oz)', 1]],
  ['break at work - vending machine snickers and coffee', ['91705520', '1 pouch/regular size', 1], ['92100000', QNS, 1]],
  ['after my 12 hr shift: 2 bowls of cereal', ['57100100', '1 cup', 2]],
  ['grandma 1 slice banana bread + coffee w milk', ['52405010', '1 slice', 1], ['92100000', QNS, 1], ['11100000', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Fifteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, any scoring results or the estimator\'s git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-15.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -12.ts, with the decisions this set needed in the header of make-eval-meals-holdout-15.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-15.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-15.json`);
}
