/**
 * Writes eval-meals.holdout-31.json: the thirty-first held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (between about 22:23 and 22:45 UTC) by an engineer who has not read
 * the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, core/chat/eval-meals.ts or its test, any
 * scoring results (eval-meals*.results.json) or the estimator's git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 29, 30 and 32 (whose sets this writer did not see
 * either). Each food was chosen from foods.csv and each portion from portions.csv
 * (core/foods/fndds/), the way a dietitian would pick them for the message; where an earlier
 * held-out set already chose a food for the same dish (pork sausage links, matzo, tomato soup,
 * meat lovers pizza, salmon, honey), the same food was used. The builder checks every code and
 * portion against the table. Same format, conventions and builder as make-eval-meals-holdout-2.ts
 * (food code + USDA portion or grams + quantity by hand; grams and carbs from the table, never
 * typed), plus the decisions in the headers of make-eval-meals-holdout-4.ts to -28.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-28, checked by script: lower-
 * cased, punctuation-folded messages compared; every pair with a word overlap (Jaccard) of 0.6 or
 * more read; and every message whose items (food, portion, quantity) were exactly those of an
 * earlier message with a word overlap of 0.3 or more read. About 110 first drafts were rewritten
 * (other amounts, sides, contexts) or dropped; what remains above those thresholds names other
 * foods or other amounts. No message has an expected total of 0 g.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a quart" of soup is 4 × its "1 cup" (32 fl oz; holdout 8's pint = 2 cups).
 * - "2 knishes ..., shared them w my brother so 1" counts the writer's 1 (holdout 12's share).
 * - "a schmear" of cream cheese is "Quantity not specified" (a spread without amount, holdout 4).
 * - "2 mugs of coffee ... each w 2 tbsp ... creamer" is 2 × coffee "1 cup (8 fl oz)" (holdout 10's
 *   mug) and 2 × the flavored liquid creamer's "1 fl oz" (holdout 25's 2 tbsp = 1 fl oz).
 * - "a tall drip coffee" is brewed coffee's "1 small" (tall = small, holdout 4); "a small black
 *   coffee" likewise.
 * - "egg salad on white, a big one" is the egg salad sandwich's "1 large" (holdout 5's big = large);
 *   "2 pickle spears" the dill pickle's "1 spear".
 * - "split pea soup, whole can" is the soup's "1 can" (holdout 12's whole can).
 * - "a sheet of matzo" is the matzo cracker's "1 matzo".
 * - "crab cake slider x2" is the crab cake sandwich's "1 miniature/slider"; slaw at a restaurant
 *   is the fast food / restaurant coleslaw.
 * - "jumbo corn dog" is the corn dog's "1 bun length/jumbo"; lemonade at a rodeo with no size is the
 *   fruit-juice lemonade's "Quantity not specified" (holdout 12's fair lemonade).
 * - "4 loaded potato skins" are the potato skins with cheese and bacon, "Skin from 1 medium" each
 *   (count convention).
 * - "one beef chimi smothered, w a side of spanish rice": the meat chimichanga's "1 item, any size"
 *   and Spanish rice from restaurant, "Quantity not specified".
 * - "pupuseria: 2 bean & cheese pupusas + 1 queso": the pupusa with beans and the cheese-only pupusa.
 * - "cfs" is country fried steak; "thick" its "1 thick"; "a biscuit" beside it Biscuit, NFS.
 * - "cottage pie" is FNDDS's shepherd's pie (the same dish with beef), by the cup.
 * - "golumpki" are the stuffed cabbage rolls with beef and rice (holdout 7's golabki).
 * - "ham steak (thick slice)" is Ham's "1 thick slice".
 * - "chilaquiles ... w one egg on top" is the fried egg, NS as to fat.
 * - "beignets, ate 4 of the 6 in the bag" counts the 4 eaten; "cafe au lait" is cafe con leche
 *   (holdout 15), "Quantity not specified".
 * - "banana cream pie, small individual one" is the pie's "1 individual pie".
 * - "a whole pomegranate, ate all the seeds" is the pomegranate's "1 fruit" (edible portion).
 * - "sliced a mango, ate half of it" is 0.5 × "1 mango" (holdout 5's "half a").
 * - "4 small pb cookies" is the peanut butter cookie's "1 small" (the message gives the size).
 * - "2 applesauce pouches (the unsweetened ones)" are unsweetened applesauce's "1 pouch".
 * - "8 dried apricots" are 8 × the dried apricot's "1 slice/chunk" (its per-piece portion).
 * - "a cider donut" is the plain cake doughnut (holdout 23).
 * - "costco: one slice of the big combo pizza? no, pepperoni" is one "1 piece, large pizza" of the
 *   restaurant pepperoni pizza: a correction means what it settles on (holdout 9), and the big
 *   pizza is the large pizza's slice (holdout 23's large slices).
 * - "2 cups homemade lentil soup w a mini baguette" is FNDDS's (not canned) lentil soup and French
 *   bread's "1 mini baguette (about 9" long)".
 * - "whole footlong meatball sub" is 2 × "1 regular or 6" submarine" (holdout 4's footlong).
 * - "chicken parmigiana (1 cutlet)" is the chicken parmigiana's "1 patty with sauce and cheese".
 * - "veggie lasagna, one square from the 8x8" is the vegetable lasagna's "1 piece (1/6 of 8"
 *   square ...)", the portion the message spells out (holdout 23's lasagna square).
 * - "tuna casserole w noodles & peas" is the tuna noodle casserole with vegetables, cream sauce.
 * - "teriyaki thighs" are the teriyaki chicken's "1 chicken thigh with sauce" (holdout 16).
 * - "4 chicken tacos w cheese in corn shells" is the corn-tortilla chicken taco with cheese.
 * - "2 hot dogs w buns" is 2 × the hot dog sandwich on white bun.
 * - "L&L mini plate: 1 scoop rice, 1 scoop mac salad, kalua pork": a scoop of a side is "Quantity
 *   not specified" (holdout 10's scoop of rice); kalua pork is Pork, NFS (no carbs either way).
 * - "10 buffalo wings from the pizza place w 2 ranch cups": the hot-sauce restaurant wing's "1
 *   drummette" each (holdout 8) and ranch's "1 dipping-size container" each.
 * - "white chicken chili w beans" is the chili with chicken and beans.
 * - "ham & swiss on a croissant" is croissant "1 medium croissant" (count convention) + Ham and Swiss
 *   cheese, each "Quantity not specified" (holdout 17's croissant w ham & cheese).
 * - "chicken caesar pasta salad" is the pasta salad with chicken (FNDDS has no caesar pasta salad).
 * - "everything bagel thin" is the bagel's "1 Bagel Thin".
 * - "one of those trail mix packets" is the trail mix's "1 package" (holdout 17).
 * - "a whole medium wedge" of honeydew is its "1 medium wedge/slice" (after a correction).
 * - "3 tbsp raisins" is 3/16 of the raisins' "1 cup" (holdout 7's tablespoon rule).
 * - "whataburger w cheese" is the fast-food cheeseburger with 1 large patty (a Whataburger's patty
 *   is the large one); "arby's beef n cheddar? no, just a classic roast beef" is the roast beef
 *   sandwich on white (holdout 6).
 * - "subway 6 inch veggie delite on wheat" is the vegetable sandwich on wheat, "1 regular or 6"
 *   submarine".
 * - "olive garden zuppa toscana" is the potato soup with meat (sausage, potato and kale soup),
 *   "Quantity not specified" beside the breadsticks (holdout 10's soup beside another food).
 * - "texas roadhouse ... roll w cinnamon butter" is the soft white roll + honey butter (the
 *   restaurant's cinnamon honey butter), QNS.
 * - "venti mocha" is the cafe mocha's large (holdout 4); "grande skinny vanilla latte" the nonfat
 *   flavored latte's medium.
 * - "drank two 32 oz sweet teas" is 64 × the pre-sweetened iced tea's "1 fl oz (NFS)".
 * - "large vanilla coke" is cola's "1 large drink" (fountain sizes, holdout 17); "2 cans of regular
 *   cherry coke" are cola's 12 fl oz cans.
 * - "5 bud lights at the lake (12 oz cans)" is light beer's 12 fl oz can; "2 vodka lemonades" the
 *   vodka and lemonade's "1 drink".
 * - Lows list only the treatment (holdout 20): "5 jolly ranchers" hard candy "1 piece" (holdout 8);
 *   "4 sugar packets" sugar's "1 individual packet".
 * - "quick oats made w water" is the regular or quick oatmeal made with water, no added fat;
 *   "handful of frozen blueberries" frozen blueberries "Quantity not specified" (holdout 2's handful).
 * - Typos and abbreviations were written only where the meaning is plain ("cinn", "c" = cup, "w",
 *   "pb", "cfs", "chimi", "mozz", "app", "oj", "bg", "CGM", "&", "+"); the expected food is the one
 *   meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-31.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

export const CASES: Array<[string, ...Item[]]> = [
  ['truck stop breakfast - one biscuit smothered in sausage gravy + 2 scrambled eggs', ['58128000', '1 biscuit with gravy', 1], ['32129990', '1 egg', 2]],
  ['night shift fuel: large cheese danish and a small black coffee', ['53511000', '1 large', 1], ['92101000', '1 small', 1]],
  ['2 knishes from katz\'s, shared them w my brother so 1', ['58122320', '1 item, any size', 1]],
  ['bowl of cream of rice w 1 tsp sugar', ['56205050', '1 cup, cooked', 1], ['91101010', '1 teaspoon', 1]],
  ['brunch plate: 2 fried eggs, 3 thick slices of bacon and 2 hash brown patties', ['31105005', '1 egg', 2], ['22600100', '1 thick slice (yield after cooking)', 3], ['71404000', '1 patty', 2]],
  ['cinn raisin bagel, ate half, schmear of cream cheese', ['51180030', '1 regular', 0.5], ['14301010', QNS, 1]],
  ['bedtime snack 1 1/2 c mini wheats (frosted) + skim milk', ['57214000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['quick oats made w water, 1 cup, handful of frozen blueberries on top', ['56203056', '1 cup, cooked', 1], ['63203600', QNS, 1]],
  ['spam & eggs w rice, hawaii style', ['25230530', QNS, 1], ['31102000', QNS, 1], ['56205001', QNS, 1]],
  ['2 mugs of coffee today each w 2 tbsp french vanilla coffeemate', ['92100000', '1 cup (8 fl oz)', 2], ['12210210', '1 fl oz', 2]],
  ['2 cups of upma for brekkie', ['58174000', '1 cup, cooked', 2]],
  ['3 sausage links & a bowl of grits w butter', ['56200990', '1 cup, cooked', 1], ['25221405', '1 breakfast size link', 3], ['81100500', QNS, 1]],
  ['between classes: blueberry scone + a tall drip coffee', ['52105200', '1 regular', 1], ['92101000', '1 small', 1]],
  ['6oz strawberry yogurt w granola on top', ['11430000', { grams: 170.1 }, 1], ['57227000', QNS, 1]],
  ['drive thru before work: sausage egg mcmuffin and 12 oz of oj', ['34001310', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 12]],
  ['rainy day lunch - grilled cheese on wheat (american) w 2 cups of tomato soup', ['14640110', '1 sandwich', 1], ['74601000', '1 cup', 2]],
  ['egg salad on white, a big one, and 2 pickle spears', ['32203010', '1 large', 1], ['75503010', '1 spear', 2]],
  ['work lunch from the cafeteria - chicken salad sandwich (white bread) + medium bag of chips', ['27540120', '1 regular', 1], ['71200010', '1 medium single serving bag', 1]],
  ['half a cheese calzone', ['58108000', '1 calzone or stromboli', 0.5]],
  ['split pea soup, whole can, 10 saltines', ['41602050', '1 can', 1], ['54325000', '1 cracker', 10]],
  ['bowl of minestrone with parmesan', ['75651000', '1 cup', 1], ['14108010', QNS, 1]],
  ['passover lunch - 2 sheets of matzo w cream cheese', ['54307000', '1 matzo', 2], ['14301010', QNS, 1]],
  ['crab cake slider x2 at the crab shack + 1 cup slaw', ['27550110', '1 miniature/slider', 2], ['75140990', '1 cup', 1]],
  ['tuna salad on lettuce w 8 saltines', ['27450060', QNS, 1], ['75113000', QNS, 1], ['54325000', '1 cracker', 8]],
  ['made sloppy joes, I had one and a half (white buns)', ['27510100', '1 sandwich, any size', 1.5]],
  ['jumbo corn dog on a stick + a lemonade at the rodeo', ['27560300', '1 bun length/jumbo', 1], ['92510955', QNS, 1]],
  ['split an app of mozz sticks - i had 3, dipped in red sauce', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 3], ['74404010', QNS, 1]],
  ['4 loaded potato skins at the bar', ['71411000', 'Skin from 1 medium', 4]],
  ['chicken & sausage gumbo w rice, 2 cups', ['27363000', '1 cup', 2]],
  ['my son had about 15 pizza rolls after soccer', ['58108050', '1 pizza roll', 15]],
  ['greek salad no dressing + large pita bread', ['75146000', QNS, 1], ['51109100', '1 large pita', 1]],
  ['panera pick 2: broccoli cheddar (cup) + half turkey on wheat', ['72302100', '1 cup', 1], ['27540030', '1 regular', 0.5]],
  ['one beef chimi smothered, w a side of spanish rice', ['58104500', '1 item, any size', 1], ['58163405', QNS, 1]],
  ['frozen chicken taquitos x5 in the air fryer', ['58104835', '1 small/regular taquito', 5]],
  ['pupuseria: 2 bean & cheese pupusas + 1 queso', ['58105105', '1 item, any size', 2], ['58105100', '1 item, any size', 1]],
  ['falafel bowl - 4 falafel, hummus, rice', ['41209000', '1 patty', 4], ['41205070', QNS, 1], ['56205001', QNS, 1]],
  ['takeout shrimp lo mein, ate maybe 3 cups', ['58136130', '1 cup', 3]],
  ['shrimp egg foo young, 3 patties', ['32105230', '1 patty', 3]],
  ['6 veg pakoras w tamarind chutney', ['75440400', '1 pakora', 6], ['63409020', QNS, 1]],
  ['cfs dinner at the diner: thick country fried steak, 1 cup mashed, biscuit', ['21104110', '1 thick', 1], ['71501000', '1 cup', 1], ['52101000', '1 biscuit', 1]],
  ['leftover stroganoff over noodles, 1.5 c', ['27212350', '1 cup', 1.5]],
  ['cottage pie, 2 cups (the beef version of shepherds pie)', ['27311510', '1 cup', 2]],
  ['jambalaya 1 1/2 cups', ['27363100', '1 cup', 1.5]],
  ['kung pao chicken w 2 cups pork fried rice', ['27445220', QNS, 1], ['58150330', '1 cup', 2]],
  ['sweet n sour pork combo plate, like 2.5 cups of it w the rice', ['27320500', '1 cup', 2.5]],
  ['babcia made golumpki, I ate 2 w a scoop of mashed', ['27315250', '1 cabbage roll', 2], ['71501000', QNS, 1]],
  ['3 manicotti (cheese) in marinara + a slice of garlic bread', ['58133120', '1 manicotti', 3], ['51121015', '1 medium slice', 1]],
  ['potato gnocchi in brown butter, 1.5 cups', ['58122220', '1 cup', 1.5], ['81100500', QNS, 1]],
  ['chicken cacciatore over a cup of pasta', ['27141000', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['ham steak (thick slice) + scalloped potatoes, half a cup', ['22311000', '1 thick slice', 1], ['71305015', '1 cup', 0.5]],
  ['5 oz baked salmon w 2/3 cup couscous and roasted asparagus', ['26137120', { grams: 141.75 }, 1], ['56207160', '1 cup, cooked', 2 / 3], ['75202020', QNS, 1]],
  ['lamb kebab skewer w 1 cup rice', ['27430610', '1 shishkabob', 1], ['56205001', '1 cup, cooked', 1]],
  ['tteokbokki w fish cake, like 1 1/2 cups', ['58150520', '1 cup', 1.5]],
  ['chilaquiles rojos, 1 cup, w one egg on top', ['58100360', '1 cup', 1], ['31105005', '1 egg', 1]],
  ['4 rugelach with tea', ['53251100', '1 medium roll-up cookie', 4], ['92302000', QNS, 1]],
  ['3 coconut macaroons', ['53225000', '1 cookie', 3]],
  ['beignets, ate 4 of the 6 in the bag + a cafe au lait', ['53520510', '1 beignet', 4], ['92101850', QNS, 1]],
  ['2 fortune cookies after takeout', ['53222010', '1 cookie', 2]],
  ['apple strudel, one piece', ['53440000', '1 piece', 1]],
  ['2 apple turnovers w my tea', ['53450000', '1 item, any size', 2], ['92302000', QNS, 1]],
  ['banana cream pie, small individual one from the bakery case', ['53341000', '1 individual pie', 1]],
  ['2 light ice cream sandwiches (vanilla) on the porch', ['13135000', '1 sandwich', 2]],
  ['a whole pomegranate, ate all the seeds', ['63145010', '1 fruit', 1]],
  ['3 kiwi fruit + a slice of cheddar', ['63126500', '1 fruit', 3], ['14104100', '1 slice', 1]],
  ['sliced a mango, ate half of it', ['63129010', '1 mango', 0.5]],
  ['bowl of cherries on the porch', ['63115010', '1 cup', 1]],
  ['ate 2 ripe peaches straight off the tree', ['63135010', '1 fruit', 2]],
  ['2 nutrigrain bars in the car on the way to school', ['53710500', '1 Nutri-Grain Bar', 2]],
  ['a zone bar before the gym', ['53720800', '1 bar', 1]],
  ['4 small pb cookies from the tin', ['53234000', '1 small', 4]],
  ['bread pudding w whiskey sauce at the steakhouse, split w hubby so half a cup', ['13210110', '1 cup', 0.5]],
  ['kiddo had 2 applesauce pouches (the unsweetened ones)', ['63101120', '1 pouch', 2]],
  ['8 dried apricots', ['62104100', '1 slice/chunk', 8]],
  ['whiskey sour x2', ['93301160', '1 drink', 2]],
  ['girls night, 3 glasses of pinot grigio', ['93401020', '1 glass', 3]],
  ['post workout 16 oz choc milk', ['11511000', '1 fl oz', 16]],
  ['at the orchard: hot cider 16 oz and a cider donut', ['64101010', '1 fl oz (NFS)', 16], ['53520100', '1 doughnut', 1]],
  ['lemonade from the kids stand, 2 cups', ['92510955', '1 fl oz (NFS)', 16]],
  ['CGM says 59 and falling, had 6 oz of OJ', ['61210000', '1 fl oz (NFS)', 6]],
  ['arrow down at recess, she had 2 fruit snack pouches', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['woke up at 62, 2 tbsp honey straight off the spoon', ['91302010', '1 tablespoon', 2]],
  ['bg 61 after the run - 8 oz regular ginger ale', ['92410610', '1 fl oz (NFS)', 8]],
  ['grandpa had a boost & half a grilled cheese', ['95101000', '1 bottle (8 fl oz)', 1], ['14640100', '1 sandwich', 0.5]],
  ['carnation instant breakfast w 1 cup 2% milk', ['95201000', '1 envelope', 1], ['11112110', '1 cup', 1]],
  ['slimfast shake for lunch', ['95110000', '1 can (11 fl oz)', 1]],
  ['a 16.9 oz bottle of sweet tea', ['92309000', '1 can or bottle (16.9 fl oz)', 1]],
  ['costco: one slice of the big combo pizza? no, pepperoni', ['58106540', '1 piece, large pizza', 1]],
  ['8 potato pierogies w sour cream', ['58121610', '1 item, any size', 8], ['12310100', QNS, 1]],
  ['thanksgiving: turkey, sweet potato casserole, green bean casserole, a roll', ['24201000', QNS, 1], ['73409000', QNS, 1], ['75403020', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['night shift snack: 2 hard boiled eggs & a small apple', ['31103010', '1 egg', 2], ['63101000', '1 small', 1]],
  ['4 oz ribeye, a baked potato w butter', ['21101170', { grams: 113.4 }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1]],
  ['2 cups homemade lentil soup w a mini baguette', ['41603010', '1 cup', 2], ['51107010', '1 mini baguette (about 9" long)', 1]],
  ['diner tuna melt (white bread, cheese) w a side of fries', ['27550730', '1 regular', 1], ['71400990', QNS, 1]],
  ['whole footlong meatball sub + a bag of chips, was starving', ['27510700', '1 regular or 6" submarine', 2], ['71200010', '1 small single serving bag', 1]],
  ['chicken parmigiana (1 cutlet) over 2 cups of pasta w red sauce', ['27146300', '1 patty with sauce and cheese', 1], ['56130000', '1 cup, cooked', 2], ['74404010', QNS, 1]],
  ['2 brats (no buns), sauerkraut & 1 cup german potato salad', ['25220350', '1 bun-size or griller link', 2], ['75230000', QNS, 1], ['71602010', '1 cup', 1]],
  ['veggie lasagna, one square from the 8x8', ['58130320', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['mussels and frites', ['26313110', QNS, 1], ['71400990', QNS, 1]],
  ['crockpot chili w beans 1.5 cups + 2 pieces cornbread (jiffy)', ['27111406', '1 cup', 1.5], ['52201000', '1 piece', 2]],
  ['tuna casserole w noodles & peas, about 2 cups', ['27350080', '1 cup', 2]],
  ['a quart of wonton soup? no, just a pint + 1 shrimp egg roll', ['58408010', '1 cup', 2], ['58110120', '1 egg roll', 1]],
  ['a quart of egg drop soup (sick day)', ['32300100', '1 cup', 4]],
  ['2 pc fried chicken, collards, mac & cheese + a cornbread muffin', ['24107070', '1 piece', 2], ['72107220', QNS, 1], ['58145110', QNS, 1], ['52206010', '1 medium', 1]],
  ['new years: black eyed peas, rice & collard greens', ['41300990', QNS, 1], ['56205001', QNS, 1], ['72107220', QNS, 1]],
  ['pork tenderloin 5 oz & a baked sweet potato', ['22210300', { grams: 141.75 }, 1], ['73403000', '1 medium', 1]],
  ['chicken thighs w 1 cup jasmine rice & bok choy', ['24150210', QNS, 1], ['56205001', '1 cup, cooked', 1], ['75210010', QNS, 1]],
  ['3 teriyaki thighs and a cup of rice from the bento place', ['27145000', '1 chicken thigh with sauce', 3], ['56205001', '1 cup, cooked', 1]],
  ['taco tues: 4 chicken tacos w cheese in corn shells', ['58102050', '1 small/regular', 4]],
  ['nachos supreme from taco bell', ['58104135', QNS, 1]],
  ['big slice of apple pie, no ice cream', ['53301000', '1 large slice', 1]],
  ['3 carrot cake cupcakes at the baby shower (oops)', ['53104260', '1 cupcake, any size', 3]],
  ['thin sliver of cherry pie (small slice) + coffee', ['53305000', '1 mini/small slice', 1], ['92101000', QNS, 1]],
  ['july 4 cookout: 2 hot dogs w buns, 1/2 cup potato salad, big watermelon wedge', ['27564000', '1 sandwich', 2], ['71601010', '1 cup', 0.5], ['63149010', '1 large wedge/slice', 1]],
  ['L&L mini plate: 1 scoop rice, 1 scoop mac salad, kalua pork', ['56205001', QNS, 1], ['58148110', QNS, 1], ['22000100', QNS, 1]],
  ['game night, 10 buffalo wings from the pizza place w 2 ranch cups', ['24168000', '1 drummette', 10], ['83113500', '1 dipping-size container', 2]],
  ['sweet potato fries & a veggie burger', ['73410200', QNS, 1], ['41901010', '1 sandwich', 1]],
  ['tortilla soup 2 cups w crushed tortilla chips', ['58421080', '1 cup', 2], ['54401075', QNS, 1]],
  ['white chicken chili w beans 1 1/2 cups', ['27141500', '1 cup', 1.5]],
  ['pasta salad w italian dressing 1 cup', ['58148114', '1 cup', 1]],
  ['ham & swiss on a croissant', ['51166000', '1 medium croissant', 1], ['22311000', QNS, 1], ['14109010', QNS, 1]],
  ['blt on toasted wheat x2 (made 2 for lunch)', ['27520620', '1 sandwich, any size', 2]],
  ['chicken caesar pasta salad, 1.5 cups', ['58148170', '1 cup', 1.5]],
  ['steak fajita bowl w rice & black beans', ['21001000', QNS, 1], ['56205001', QNS, 1], ['41101990', QNS, 1]],
  ['kid ate 1/2 cup of buttered noodles + 5 chicken nuggets', ['56130000', '1 cup, cooked', 0.5], ['81100500', QNS, 1], ['24198729', '1 nugget', 5]],
  ['everything bagel thin, 1 tbsp peanut butter', ['51180010', '1 Bagel Thin', 1], ['42202000', '1 tablespoon', 1]],
  ['4% cottage cheese 3/4 c + a peach cup in juice', ['14200100', '1 cup', 0.75], ['63135170', '1 snack size container', 1]],
  ['half a pear w 1 tbsp almond butter before bed', ['63137010', '1 fruit', 0.5], ['42200500', '1 tablespoon', 1]],
  ['snow peas w 3 tbsp hummus', ['75127750', QNS, 1], ['41205070', '1 tablespoon', 3]],
  ['30 grams of dark chocolate', ['91705300', { grams: 30 }, 1]],
  ['one of those trail mix packets from the airport', ['42500000', '1 package', 1]],
  ['a handful of pretzel twists and a cheese stick', ['54408015', QNS, 1], ['14107030', '1 stick', 1]],
  ['4 clementines over the afternoon', ['61100600', '1 fruit', 4]],
  ['balance bar & a black coffee, skipped lunch', ['53720100', '1 bar', 1], ['92101000', QNS, 1]],
  ['2 powerbars during the 20 mile ride', ['53720300', '1 bar', 2]],
  ['fruit salad at the potluck (w oranges), maybe 1.5 cups', ['63311050', '1 cup', 1.5]],
  ['a large banana & a glass of skim', ['63107010', '1 banana', 1], ['11113000', '1 fl oz', 8]],
  ['half a honeydew wedge? no, a whole medium wedge', ['63127010', '1 medium wedge/slice', 1]],
  ['3 tbsp raisins on my oatmeal (1 cup)', ['62125100', '1 cup', 3 / 16], ['56202960', '1 cup, cooked', 1]],
  ['2 creamsicles by the pool', ['13140700', '1 sicle', 2]],
  ['large chocolate frosty, just that', ['11542100', '1 large', 1]],
  ['a medium shamrock shake', ['11542200', '1 medium', 1]],
  ['mcchicken + a 4pc nugget', ['27540146', '1 regular sandwich', 1], ['24198731', '1 nugget', 4]],
  ['whataburger w cheese & medium fries', ['27510261', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1]],
  ['sonic: 2 corn dogs + a tots order', ['27560300', '1 regular', 2], ['71505010', '1 fast food order', 1]],
  ['arby\'s beef n cheddar? no, just a classic roast beef, and a medium curly fry', ['27513010', '1 regular', 1], ['71401030', '1 medium fast food order', 1]],
  ['subway 6 inch veggie delite on wheat', ['58200230', '1 regular or 6" submarine', 1]],
  ['chick fil a 8 ct nuggets & a small lemonade', ['24198731', '1 nugget', 8], ['92510955', QNS, 1]],
  ['panda: 1 cup chow mein + kung pao', ['27360080', '1 cup', 1], ['27445220', QNS, 1]],
  ['dominos thin crust cheese, medium pie, I had 3 slices', ['58106220', '1 piece, medium pizza', 3]],
  ['a dozen wings (bbq) w ranch', ['24168001', '1 drummette', 12], ['83113500', QNS, 1]],
  ['chipotle steak burrito', ['58102340', '1 small/regular', 1]],
  ['olive garden zuppa toscana + 2 breadsticks', ['71801005', QNS, 1], ['51184210', '1 medium stick', 2]],
  ['red lobster: 2 cheddar bay biscuits + a baked potato', ['52104100', '1 biscuit', 2], ['71100100', '1 medium', 1]],
  ['ihop: 2 buttermilk pancakes w syrup', ['55100050', '1 medium pancake', 2], ['91300010', QNS, 1]],
  ['texas roadhouse: 6 oz sirloin, 1 roll w cinnamon butter, baked potato', ['21102150', { grams: 170.1 }, 1], ['51150000', '1 medium/regular/sandwich size roll', 1], ['81322000', QNS, 1], ['71100100', '1 medium', 1]],
  ['2 glazed from krispy kreme & a medium iced latte', ['53521110', '1 doughnut', 2], ['92102500', '1 medium', 1]],
  ['venti mocha w my study group', ['92101950', '1 large', 1]],
  ['vending machine dr pepper, the 20 oz, split w coworker so half', ['92410360', '1 bottle (20 fl oz)', 0.5]],
  ['a can of root beer w my pizza slice', ['92410710', '1 can (12 fl oz)', 1], ['58106210', '1 piece, NFS', 1]],
  ['2 cans of regular cherry coke at the game', ['92410310', '1 can (12 fl oz)', 2]],
  ['drank two 32 oz sweet teas today', ['92308000', '1 fl oz (NFS)', 64]],
  ['large vanilla coke from the drive in + a small fry', ['92410310', '1 large drink', 1], ['71401030', '1 small fast food order', 1]],
  ['2 little 10oz bottles of orange juice from the hotel fridge', ['61210220', '1 bottle (10 fl oz)', 2]],
  ['12 oz bottle of kombucha + a handful of almonds', ['92306920', '1 can or bottle (12 fl oz)', 1], ['42100100', QNS, 1]],
  ['2 pina coladas at the swim up bar', ['93301200', '1 drink', 2]],
  ['5 bud lights at the lake (12 oz cans)', ['93102000', '1 can or bottle (12 fl oz)', 5]],
  ['2 vodka lemonades on the patio', ['93301213', '1 drink', 2]],
  ['low 55 had 4 oz apple juice + 2 saltines', ['64104010', '1 fl oz (NFS)', 4], ['54325000', '1 cracker', 2]],
  ['coach gave him a whole 20 oz gatorade at practice for a 68', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['bg 64 in the meeting, sucked on 5 jolly ranchers', ['91745025', '1 piece', 5]],
  ['low again, 4 sugar packets in warm water', ['91101010', '1 individual packet', 4]],
  ['1 slice raisin bread (not toasted) w cream cheese', ['51129010', '1 medium or regular slice', 1], ['14301010', QNS, 1]],
  ['school lunch today: 8 nuggets and a carton of chocolate milk, no tots', ['24198735', '1 nugget', 8], ['11511000', '1 individual school container', 1]],
  ['2 pineapple slices on the grill', ['63141010', '1 slice', 2]],
  ['a cup of red grapes + 1 oz cheddar', ['63123000', '1 cup', 1], ['14104100', { grams: 28.35 }, 1]],
  ['large baked sweet potato w 2 pats of butter', ['73403000', '1 large', 1], ['81100500', '1 pat', 2]],
  ['1/2 cup baked beans & 2 hot dogs w buns', ['41201010', '1 cup', 0.5], ['27564000', '1 sandwich', 2]],
  ['an ensure plus for dad after his nap', ['95103010', '1 bottle (8 fl oz)', 1]],
  ['mom had a rice pudding snack cup after lunch', ['13210410', '1 snack size container', 1]],
  ['nutella toast: 2 slices white toast, 1 tbsp each', ['91304090', '1 tablespoon', 2], ['51101010', '1 medium or regular slice', 2]],
  ['12 oz skim latte', ['92101901', '1 fl oz', 12]],
  ['grande skinny vanilla latte', ['92101905', '1 medium', 1]],
  ['cold leftover meat lovers, 2 slices, for breakfast', ['58106610', '1 piece, NFS', 2]],
  ['3 pancakes from the diner + 2 eggs over easy', ['55100050', '1 medium pancake', 3], ['31105005', '1 egg', 2]],
  ['boxed mac n cheese 1.5 cups w a cup of steamed broccoli', ['58145112', '1 cup', 1.5], ['72201211', '1 cup', 1]],
  ['cantaloupe, 1.5 c cubed, w cottage cheese', ['63109010', '1 cup', 1.5], ['14200100', QNS, 1]],
  ['2 cups popcorn (air popped) & a seltzer', ['54403010', '1 cup, popped', 2], ['92410210', '1 can (12 fl oz)', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-first held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets. Generated by core/chat/make-eval-meals-holdout-31.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -28.ts, with the decisions this set needed in the header of make-eval-meals-holdout-31.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-31.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-31.json`);
}
