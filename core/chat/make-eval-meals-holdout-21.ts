/**
 * Writes eval-meals.holdout-21.json: the twenty-first held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 21:48 UTC, first committed at about 21:57 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writers of the parallel sets 22-24 (whose sets this writer did not see either).
 * Each food was chosen by reading foods.csv and each portion by reading portions.csv
 * (core/foods/fndds/), the way a dietitian would pick them for the message; the builder checks
 * every code and portion against the table. No message repeats one of eval-meals.json or holdouts
 * 1-20 (checked by comparing lower-cased, punctuation-folded messages, and every pair with a word
 * overlap of 0.5 or more read and, where it meant the same food and amount, rewritten: about 75
 * first drafts were rewritten that way, 13 of them exact repeats). Same format, conventions and
 * builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand;
 * grams and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -20.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days: home cooking, school and work
 * lunches, restaurants, fast food, takeout, snacks, drinks, desserts, treating a low, the odd
 * holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "2 small spanakopita" is the pie's "1 small/individual" (30 g, the triangle size); "a meat
 *   calzone" is its "1 calzone or stromboli" (count convention: the whole item, 424 g), not its
 *   "Quantity not specified" (a quarter).
 * - "chicken fried steak" is FNDDS's country-fried beef steak; "misir wot" with injera is the
 *   lentil curry (holdout 6's dal); "goat stew" with fufu is FNDDS's stewed goat (Puerto Rican
 *   style, the only goat dish); "cafe au lait" is cafe con leche (holdout 15).
 * - "5 mini chicken taquitos" is the taquito's "1 miniature taquito"; "kids plate: 5 mini corn
 *   dogs" the corn dog's "1 cocktail/miniature"; "3 mini scones" the scone's "1 miniature".
 * - "3 loaded potato skins, med" is the skin with cheese and bacon, "Skin from 1 medium".
 * - "chicken nachos w beans, the whole order" is the nachos' "1 order" (250 g).
 * - "medium tots from sonic" is the fast-food tots' only order portion, "1 fast food order" (the
 *   size word dropped, holdout 4); "whopper jr, value fries" is the fast-food fries' "1
 *   value/dollar menu order"; "10 pc nuggets + kids fries" the fries' "1 kids meal order".
 * - "half a whopper w cheese" and "reuben ... split it w my brother" are 0.5 x the whole sandwich;
 *   "large cup of chocolate gelato, shared half" 0.5 x its "1 large ice cream cup" (holdout 20).
 * - "footlong meatball marinara" is 2 x the meatball sub's "1 regular or 6" submarine" (holdout 4).
 * - "3 twizzlers" are licorice's "1 stick"; "8 swedish fish" gummy candy's "1 piece"; "4 hard
 *   candies" hard candy's "1 piece"; "half a pack of gummies" 0.5 x gummy candy's "1 snack
 *   size/pouch/regular size" (holdout 4's pack of candy).
 * - "kids size sweet tea" is USDA's "1 child/senior drink" (holdout 12's senior size).
 * - "16 oz lemonade", "6 oz regular sprite", "5 oz orange juice", "20 oz apple cider", "8 oz
 *   cranberry cocktail" are N x the drink's "1 fl oz (NFS)" (holdouts 5 and 16).
 * - "bottle of sweetened coconut water" is its "1 bottle, NFS"; "16 oz hard cider tallboy" the
 *   cider's 16 fl oz can; "a kombucha, the 12 oz can" its 12 fl oz can or bottle.
 * - "venti vanilla oat milk latte" is the flavored latte with non-dairy milk, large; "small oat
 *   milk latte, no syrup" the unflavored latte with non-dairy milk, small; "large caramel frappe w
 *   whip" the frozen coffee drink with whipped cream, large; a mocha frappe the frozen mocha drink.
 * - "honey roasted almonds 1 oz" and "cashews 1 oz" use the nuts' own "1 oz" portion (28.35 g, the
 *   same as holdout 14's ounce rule); "2 oz pretzel twists" is 2 x 28.35 g of hard pretzels.
 * - "fig newtons, the 2 bar pack" is the fig bar's "1 individual package (2 oz package containing
 *   2 3" bars)"; "box of animal crackers, the 2 oz kind" its "1 individual box (2 oz)".
 * - "a 5.3 oz plain greek yogurt" is the Greek plain yogurt's "1 5.3 oz container".
 * - "a twinkie" / "2 twinkies" are the white snack cake's "1 snack cake" (holdout 12's zebra cake).
 * - "sesame chicken w pork fried rice" is FNDDS's sesame chicken + fried rice with pork, each
 *   "Quantity not specified"; "beef & broccoli" is beef and vegetables (including broccoli) in
 *   soy-based sauce.
 * - "kheer" is FNDDS's rice pudding; "flan from the cuban bakery" FNDDS's flan.
 * - "seder: ... 1 matzo" is the matzo cracker's "1 matzo".
 * - A bare fruit with no count ("bartlett pear w 1 oz cheddar") is "Quantity not specified". A few
 *   items named without a count ("chocolate frosted donut", "potato knish", "crab cake sandwich",
 *   "club sandwich on wheat", "beef chimichanga", "english muffin", "fiber one bar") were given the
 *   whole-item portion, whose weight equals the food's "Quantity not specified" in every case.
 * - Older people: "a boost" is FNDDS's Boost "1 bottle (8 fl oz)" (holdout 10's Ensure); "4 prunes"
 *   are dried prunes' "1 prune"; "cream of wheat" is Cream of wheat, NFS; "a tsp of brown sugar" its
 *   "1 teaspoon, NFS"; "sugar free jam" with no amount the sugar-free jam's "Quantity not specified".
 * - "3 smores" are holdout 7's s'mores cookie, its "1 medium S'mores cookie" (count convention);
 *   "school lunch pepperoni pizza (1 slice)" is the school pepperoni pizza, medium crust (holdout 7's
 *   crust not said), "1 piece, NFS"; "a dinner roll" the soft white roll's medium roll (holdout 2);
 *   "froot loops" the fruit-rings cereal; "fettuccine alfredo" at a cruise buffet the restaurant
 *   pasta with cream sauce; "candied yams" FNDDS's candied sweet potato; "easter ham" Ham (holdout 14).
 * - Typos and abbreviations were written only where the meaning is plain ("mozz", "tsos", "mcds",
 *   "sf", "bg", "cgm", "pc", "ct", "w", "n", "&", "+"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-21.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

export const CASES: Array<[string, ...Item[]]> = [
  ['congee for breakfast, about a cup and a half', ['56205101', '1 cup', 1.5]],
  ['1 biscuit w sausage gravy at the diner', ['58128000', '1 biscuit with gravy', 1]],
  ['chicken fried steak, mashed taters and collards', ['21104110', QNS, 1], ['71501000', QNS, 1], ['72107220', QNS, 1]],
  ['5 hush puppies w my fried catfish', ['52209010', '1 hush puppy', 5], ['26107140', QNS, 1]],
  ['jambalaya w andouille, about 1.5 cups', ['27363100', '1 cup', 1.5]],
  ['3 beignets + cafe au lait', ['53520510', '1 beignet', 3], ['92101850', QNS, 1]],
  ['potato knish from the deli', ['58122320', '1 item, any size', 1]],
  ['seder: 2 cups matzo ball soup and 1 matzo', ['58404500', '1 cup', 2], ['54307000', '1 matzo', 1]],
  ['2 rugelach w black tea', ['53251100', '1 medium roll-up cookie', 2], ['92302000', QNS, 1]],
  ['1/2 cup tabbouleh, 2 tbsp hummus and a small pita', ['58175110', '1 cup', 0.5], ['41205070', '1 tablespoon', 2], ['51109100', '1 small pita', 1]],
  ['half a piece of baklava, too sweet for me', ['53441110', '1 piece', 0.5]],
  ['2 small spanakopita', ['58124250', '1 small/individual', 2]],
  ['a meat calzone from the pizzeria', ['58108010', '1 calzone or stromboli', 1]],
  ['2 biscotti dunked in my coffee', ['53203500', '1 cookie', 2], ['92100000', QNS, 1]],
  ['seafood paella 1.5 cups in barcelona', ['27350020', '1 cup', 1.5]],
  ['flan from the cuban bakery', ['13210350', QNS, 1]],
  ['beef chimichanga', ['58104500', '1 item, any size', 1]],
  ['pozole rojo, 2 bowls', ['28315150', '1 cup', 2]],
  ['lo mein, maybe 1 cup, son ate it all', ['58136110', '1 cup', 1]],
  ['took out general tsos, ate maybe 1 cup of it, no rice', ['27445150', '1 cup', 1]],
  ['kung pao shrimp 2 cups', ['27450470', '1 cup', 2]],
  ['sweet & sour pork from the takeout place', ['27120060', QNS, 1]],
  ['tteokbokki', ['58150520', QNS, 1]],
  ['idli x4 w sambar, sunday breakfast', ['55702000', '1 item', 4], ['41311020', QNS, 1]],
  ['upma, one cup', ['58174000', '1 cup, cooked', 1]],
  ['fufu w goat stew', ['71970200', QNS, 1], ['27133010', QNS, 1]],
  ['1 injera w misir wot', ['51807000', '1 injera (12" dia)', 1], ['41311030', QNS, 1]],
  ['large beef taco salad', ['58101930', '1 large taco salad', 1]],
  ['5 mini chicken taquitos', ['58104835', '1 miniature taquito', 5]],
  ['a cheese gordita', ['58104255', '1 item, any size', 1]],
  ['6 veggie pakoras', ['75440400', '1 pakora', 6]],
  ['egg foo young, 2 patties', ['32105200', '1 patty', 2]],
  ['cgm beeping 54 so 5 oz orange juice', ['61210000', '1 fl oz (NFS)', 5]],
  ['bg 62, took 1 tbsp honey', ['91302010', '1 tablespoon', 1]],
  ['dropping at 3am, 6 oz regular sprite', ['92410510', '1 fl oz (NFS)', 6]],
  ['treated a low w 8 swedish fish', ['91745010', '1 piece', 8]],
  ['3 twizzlers, cgm said 65', ['91721000', '1 stick', 3]],
  ['4 hard candies, was shaky', ['91745025', '1 piece', 4]],
  ['low on the bus home, half a pack of gummies', ['91745010', '1 snack size/pouch/regular size', 0.5]],
  ['whopper jr, value fries', ['27510552', '1 hamburger', 1], ['71401030', '1 value/dollar menu order', 1]],
  ['half a whopper w cheese, gave the rest to my son', ['27510231', '1 cheeseburger', 0.5]],
  ['10 pc nuggets + kids fries', ['24198731', '1 nugget', 10], ['71401030', '1 kids meal order', 1]],
  ['popeyes spicy thigh & leg w a biscuit', ['24157320', '1 thigh', 1], ['24147320', '1 drumstick', 1], ['52101000', '1 biscuit', 1]],
  ['footlong meatball marinara', ['27510700', '1 regular or 6" submarine', 2]],
  ['3 hot glazed krispy kremes, the light was on', ['53521110', '1 doughnut', 3]],
  ['medium tots from sonic', ['71505010', '1 fast food order', 1]],
  ['mom (88) had a cup of cream of wheat w a tsp of brown sugar', ['56206990', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 1]],
  ['dad had 4 prunes and a boost', ['62122100', '1 prune', 4], ['95101000', '1 bottle (8 fl oz)', 1]],
  ['split pea w ham 1 cup + 4 saltines', ['41602030', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['tapioca pudding cup at the senior center', ['13230500', '1 snack size container', 1]],
  ['2 slices white toast w sugar free jam', ['51101010', '1 medium or regular slice', 2], ['91405000', QNS, 1]],
  ['slice of fruitcake w tea, xmas', ['53110000', '1 piece/slice, any size', 1], ['92302000', QNS, 1]],
  ['piece of gingerbread cake', ['53111000', '1 piece/slice, any size', 1]],
  ['easter plate: ham, 1/2 cup candied yams and a dinner roll', ['22311000', QNS, 1], ['73406000', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['school lunch pepperoni pizza (1 slice) and an apple', ['58106578', '1 piece, NFS', 1], ['63101000', '1 medium', 1]],
  ['road trip - 1 oz beef jerky and a 20 oz coke', ['21602100', { grams: 28.35 }, 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['3 smores, camping w the scouts', ['53210900', "1 medium S'mores cookie", 3]],
  ['cruise buffet, 2 cups fettuccine alfredo', ['58146381', '1 cup', 2]],
  ['hotel breakfast bowl of froot loops w whole milk', ['57221700', '1 cup', 1], ['11111000', QNS, 1]],
  ['3 mini scones at afternoon tea', ['52105100', '1 miniature', 3]],
  ['a cheese danish from the gas station, night shift', ['53511000', '1 medium', 1]],
  ['2 toaster strudels before school', ['53510100', '1 Toaster Strudel', 2]],
  ['2 hash brown patties + 2 sausage links', ['71404000', '1 patty', 2], ['25221400', '1 breakfast size link', 2]],
  ['diner breakfast - home fries, 2 eggs over easy, rye toast', ['71403030', QNS, 1], ['31105005', '1 egg', 2], ['51401020', QNS, 1]],
  ['belgian waffle w butter & syrup at the hotel', ['55201000', '1 thick / Belgian waffle', 1], ['81100500', QNS, 1], ['91300010', QNS, 1]],
  ['4 frozen pancakes with 2 tbsp syrup', ['55100010', '1 pancake', 4], ['91300010', '1 tablespoon', 2]],
  ['large cinnamon raisin bagel w 2 tbsp cream cheese', ['51180030', '1 large', 1], ['14301010', '1 tablespoon', 2]],
  ['1.5 cups honey nut cheerios w 3/4 cup 2%', ['57241000', '1 cup', 1.5], ['11112110', '1 cup', 0.75]],
  ['frosted mini wheats, 2 cups, dry, on the train', ['57214000', '1 cup', 2]],
  ['1/4 cup granola + a 5.3 oz plain greek yogurt', ['57227000', '1 cup', 0.25], ['11411390', '1 5.3 oz container', 1]],
  ['english muffin with peanut butter', ['51186010', '1 muffin', 1], ['42202000', QNS, 1]],
  ['jelly donut & a small black coffee', ['53521140', '1 doughnut', 1], ['92101000', '1 small', 1]],
  ['half a dozen donut holes', ['53520170', '1 doughnut hole', 6]],
  ['pumpkin muffin, a small one, from the farmers market', ['52306500', '1 small', 1]],
  ['oat bran muffin w my 10am coffee', ['52304150', '1 medium', 1], ['92100000', QNS, 1]],
  ['chocolate frosted donut', ['53521130', '1 doughnut', 1]],
  ['fried cod, small side of coleslaw, and a cup of mac salad', ['26109140', QNS, 1], ['75140990', QNS, 1], ['58148110', '1 cup', 1]],
  ['crab cake sandwich at the harbor', ['27550110', '1 regular sandwich', 1]],
  ['12 fried shrimp + fries', ['26319140', '1 small/medium shrimp', 12], ['71400990', QNS, 1]],
  ['shrimp cocktail, like 6 shrimp', ['27150110', '1 shrimp with sauce', 6]],
  ['fried clam strips', ['26303140', QNS, 1]],
  ['cookout plate: 1/2 cup baked beans, potato salad & a hot dog', ['41201010', '1 cup', 0.5], ['71601010', QNS, 1], ['27564000', '1 sandwich', 1]],
  ['green bean casserole 1 cup', ['75403020', '1 cup', 1]],
  ['kids plate: 5 mini corn dogs', ['27560300', '1 cocktail/miniature', 5]],
  ['sloppy joe on a bun and some tater tots', ['27510100', '1 sandwich, any size', 1], ['71505000', QNS, 1]],
  ['4 mozz sticks & ranch', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 4], ['83113500', QNS, 1]],
  ['3 loaded potato skins, med', ['71411000', 'Skin from 1 medium', 3]],
  ['reuben on rye at katzs, split it w my brother', ['27510950', '1 sandwich, any size', 0.5]],
  ['club sandwich on wheat', ['27540125', '1 sandwich, any size', 1]],
  ['cheddar grilled cheese on wheat + 1.5 cups tomato soup', ['14640130', '1 sandwich', 1], ['74601000', '1 cup', 1.5]],
  ['fried okra half a cup', ['75414500', '1 cup', 0.5]],
  ['8 onion rings', ['75415022', '1 ring', 8]],
  ['tamales de puerco x3, xmas eve', ['58103125', '1 item, any size', 3]],
  ['2 sweet tamales and a cup of horchata', ['53430700', '1 tamale', 2], ['92610020', '1 cup', 1]],
  ['2 cheese enchiladas w red sauce', ['58102840', '1 enchilada, any size', 2]],
  ['veggie fajitas, made 2', ['58105075', '1 fajita', 2]],
  ['ate half a steak quesadilla', ['58104730', '1 full circle', 0.5]],
  ['chicken nachos w beans, the whole order', ['58104165', '1 order', 1]],
  ['large pork burrito w cheese', ['58102410', '1 large', 1]],
  ['20 tortilla chips + queso', ['54401075', '1 chip', 20], ['14620200', QNS, 1]],
  ['side of refried beans & spanish rice from the mexican place', ['41205017', QNS, 1], ['58163405', QNS, 1]],
  ['slice of tres leches at my nieces quince', ['53118550', '1 piece/slice, any size', 1]],
  ['a churro at the ballpark', ['53520200', '1 regular', 1]],
  ['one beef tamal', ['58103120', '1 item, any size', 1]],
  ['goat biryani about a cup and a half', ['27213010', '1 cup', 1.5]],
  ['fish curry over a cup of rice', ['27150320', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 rotis w mixed veg curry', ['51300175', '1 medium chappatti or roti (7")', 2], ['75440600', QNS, 1]],
  ['plain dosa and sambar for tiffin', ['55702100', '1 medium', 1], ['41311020', QNS, 1]],
  ['palak paneer, rice and 1 garlic naan', ['72125310', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['chana masala 1 cup w a paratha', ['41301990', '1 cup', 1], ['51300185', '1 paratha', 1]],
  ['kheer at diwali, about 3/4 cup', ['13210410', '1 cup', 0.75]],
  ['2 samosas from the little shop by work (the big ones)', ['58124500', '1 regular/large', 2]],
  ['pho tai, about 3 cups of it', ['28310330', '1 cup', 3]],
  ['1 shrimp egg roll + 2 cups wonton soup', ['58110120', '1 egg roll', 1], ['58408010', '1 cup', 2]],
  ['shrimp chow mein 2 cups', ['27350050', '1 cup', 2]],
  ['3 teriyaki drumsticks + 1/2 cup rice', ['27145000', '1 chicken drumstick with sauce', 3], ['56205001', '1 cup, cooked', 0.5]],
  ['veggie tempura, 5 pieces', ['75440200', '1 piece', 5]],
  ['sesame chicken w pork fried rice', ['27146360', QNS, 1], ['58150330', QNS, 1]],
  ['beef & broccoli, 1 cup, no rice', ['27415100', '1 cup', 1]],
  ['hot & sour soup 2 cups + 3 steamed dumplings', ['28340750', '1 cup', 2], ['58112510', '1 item, any size', 3]],
  ['10 pan fried potstickers, shared w nobody', ['58111110', '1 item, any size', 10]],
  ['miso soup + 2 pieces salmon roll', ['41601070', QNS, 1], ['58151200', '1 piece', 2]],
  ['eel roll (8 pcs)', ['58151190', '1 piece', 8]],
  ['tuna roll and a veggie roll', ['58151220', QNS, 1], ['58151230', QNS, 1]],
  ['2 slices of cherry cheesecake, holiday party', ['53104550', '1 piece/slice, any size', 2]],
  ['a sliver of cherry pie, small one', ['53305000', '1 mini/small slice', 1]],
  ['key lime pie slice, we are in the keys!!', ['53305800', '1 slice, any size', 1]],
  ['peach cobbler w vanilla ice cream on top', ['53410800', QNS, 1], ['13110100', QNS, 1]],
  ['apple crisp about a cup', ['53415100', '1 cup', 1]],
  ['big frosted brownie', ['53204100', '1 large', 1]],
  ['1 large oatmeal chocolate chip cookie', ['53233060', '1 large', 1]],
  ['fig newtons, the 2 bar pack', ['53220030', '1 individual package (2 oz package containing 2 3" bars)', 1]],
  ['2 twinkies from the vending machine', ['53109200', '1 snack cake', 2]],
  ['scoop of lemon sherbet', ['13150000', '1 scoop', 1]],
  ['kid had a push up pop', ['13150000', '1 push up', 1]],
  ['large cup of chocolate gelato, shared half w my wife', ['13110470', '1 large ice cream cup', 0.5]],
  ['3 vanilla ice cream sandwiches over the day, hot one', ['13120500', '1 sandwich', 3]],
  ['scooped vanilla in a waffle cone', ['13120735', '1 cone', 1]],
  ['bread pudding at the steakhouse', ['13210110', QNS, 1]],
  ['jello cup (regular, not sf)', ['91501010', '1 snack size container', 1]],
  ['a banana cupcake w cream cheese frosting', ['53102700', '1 cupcake, any size', 1]],
  ['a coconut cupcake', ['53104400', '1 cupcake, any size', 1]],
  ['2 oz pretzel twists', ['54408015', { grams: 56.7 }, 1]],
  ['pack of fruit snacks for my daughter, bg was 70', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['stovetop popcorn in oil, 2.5 cups', ['54403045', '1 cup, popped', 2.5]],
  ['medium movie theater popcorn w butter', ['54403005', '1 medium order', 1]],
  ['large bag of bbq chips, on the road', ['71200110', '1 large single serving bag', 1]],
  ['15 ritz + peanut butter', ['54301030', '1 cracker', 15], ['42202000', QNS, 1]],
  ['100 cal pack of cheez its', ['54304005', '1 100 calorie package', 1]],
  ['box of animal crackers, the 2 oz kind', ['53240000', '1 individual box (2 oz)', 1]],
  ['strawberry nutri grain bar', ['53710500', '1 Nutri-Grain Bar', 1]],
  ['fiber one bar at my desk', ['53710400', '1 bar', 1]],
  ['honey roasted almonds 1 oz', ['42101350', '1 oz', 1]],
  ['cashews 1 oz', ['42104000', '1 oz', 1]],
  ['veggie chips small bag + a hummus cup', ['71220000', '1 small single serving bag', 1], ['41205070', '1 individual container', 1]],
  ['applesauce pouch in his lunchbox', ['63101110', '1 pouch', 1]],
  ['unsweetened applesauce cup', ['63101120', '1 snack size container', 1]],
  ['2 kiwis after lunch', ['63126500', '1 fruit', 2]],
  ['1 nectarine', ['63131010', '1 fruit', 1]],
  ['half cup pomegranate seeds', ['63145010', '1 cup', 0.5]],
  ['about 15 cherries', ['63115010', '1 cherry', 15]],
  ['half a mango and a cup of pineapple', ['63129010', '1 mango', 0.5], ['63141010', '1 cup', 1]],
  ['papaya 1 cup w lime', ['63133010', '1 cup', 1]],
  ['bartlett pear w 1 oz cheddar', ['63137010', QNS, 1], ['14104100', { grams: 28.35 }, 1]],
  ['2 wedges of cantaloupe, medium', ['63109010', '1 medium wedge/slice', 2]],
  ['3 apricots', ['63103010', '1 apricot', 3]],
  ['raspberries 1 cup w 1/2 cup cottage cheese', ['63219000', '1 cup', 1], ['14200100', '1 cup', 0.5]],
  ['grandpa ate 3 tangerines', ['61125010', '1 fruit', 3]],
  ['large slice of watermelon at the bbq', ['63149010', '1 large wedge/slice', 1]],
  ['kids size sweet tea at bojangles', ['92308000', '1 child/senior drink', 1]],
  ['16 oz lemonade at the farmers market', ['92510955', '1 fl oz (NFS)', 16]],
  ['she was 61, gave her a grape juice box and 2 graham crackers', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['cranberry cocktail 8 oz w breakfast', ['92530510', '1 fl oz (NFS)', 8]],
  ['bottle of sweetened coconut water after yoga', ['42404010', '1 bottle, NFS', 1]],
  ['a kombucha, the 12 oz can', ['92306920', '1 can or bottle (12 fl oz)', 1]],
  ['cup of 2% chocolate milk', ['11511200', '1 cup', 1]],
  ['venti vanilla oat milk latte', ['92101906', '1 large', 1]],
  ['small oat milk latte, no syrup', ['92101903', '1 small', 1]],
  ['large caramel frappe w whip', ['92101925', '1 large', 1]],
  ['small mocha frappe at mcd + a hash brown', ['92102000', '1 small', 1], ['71404010', '1 patty', 1]],
  ['3 frozen margaritas at the beach bar', ['93301510', '1 drink', 3]],
  ['bottomless brunch, 4 mimosas lol', ['93301115', '1 drink', 4]],
  ['2 glasses red sangria at the tapas place', ['93404550', '1 glass', 2]],
  ['16 oz hard cider tallboy', ['93106500', '1 can or bottle (16 fl oz)', 1]],
  ['medium blue raspberry slushie from the gas station', ['92513000', '1 medium', 1]],
  ['20 oz apple cider from the cider mill', ['64101010', '1 fl oz (NFS)', 20]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-first held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-21.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -20.ts, with the decisions this set needed in the header of make-eval-meals-holdout-21.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-21.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-21.json`);
}
