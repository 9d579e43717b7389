/**
 * Writes eval-meals.holdout-19.json: the nineteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 by an engineer who has not read the estimator, the matcher,
 * the alias lists, core/chat/README.md or any scoring results (eval-meals*.results.json), and
 * who ran nothing that scores messages; committed on its own branch BEFORE the estimator was
 * run on any of these messages and kept from the estimator's authors, who were changing the
 * estimator at the time. Each food was chosen by reading foods.csv and each portion by reading
 * portions.csv (core/foods/fndds/), the way a dietitian would pick them for the message. No
 * message repeats one of eval-meals.json or holdouts 1-18 (checked by comparing lower-cased,
 * punctuation-folded messages). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -18.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days: home cooking, school and
 * work lunches, restaurants, fast food, takeout, snacks, drinks, desserts, treating a low, and
 * the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a scoop of protein powder" is the whey powder's "1 scoop, NFS" (the food's own scoop);
 *   "a scoop" of ice cream is its "1 scoop" (both foods have the portion by that name).
 * - "N ml" of a drink is N / 29.5735 × "1 fl oz" where USDA has no portion of that size
 *   (holdout 7), and the USDA bottle where it has one (500 ml cola).
 * - "a tbsp of" a spread with a tablespoon portion is that portion; "a drizzle of honey" is
 *   honey "Quantity not specified" (a topping without amount, holdout 4).
 * - "a mug of" a hot drink is 1 cup (8 fl oz), like a glass of a drink.
 * - "N grams" of a cooked starch is grams of the cooked food (the food as eaten).
 * - A message that names a portion in parentheses uses that amount (holdout 12's stated
 *   amount beats the container word).
 * - "an egg roll" with takeout and no filling said is the pork/beef egg roll (the usual
 *   Chinese-American takeout roll), like "two pork egg rolls" elsewhere in this set.
 * - "horchata" with no milk said is FNDDS's horchata made with water (the agua fresca); the
 *   milk version differs by under 1 g carbohydrate per 100 g.
 * - Fries at a named fast-food place are the fast-food fries; every such message here names the
 *   order size, so no default size had to be chosen. "large onion rings" is the onion rings'
 *   only order portion, "1 fast food order" (holdout 4's size word dropped where USDA has none).
 * - "chicken alfredo at olive garden" is the restaurant pasta with cream sauce and poultry;
 *   "cheese ravioli 1 cup" is the cheese ravioli with tomato sauce (how FNDDS has it).
 * - "hotel breakfast waffle" with no size is the plain waffle's medium waffle (count
 *   convention), not the Belgian one; "belgian waffle" is its "1 thick / Belgian waffle".
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-19.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const FLOZ_ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast at home
  ['2 slices wheat toast w butter and a boiled egg', ['51300120', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['31103010', '1 egg', 1]],
  ['cheerios 1 cup + skim milk', ['57123000', '1 cup', 1], ['11113000', QNS, 1]],
  ['had oatmeal made w milk, 1 cup, and some blueberries', ['56203066', '1 cup, cooked', 1], ['63203010', QNS, 1]],
  ['one frozen waffle with a tbsp of pb', ['55200020', '1 waffle', 1], ['42202000', '1 tablespoon', 1]],
  ['breakfast: 3 egg scramble & 1 slice sourdough', ['32129990', '1 egg', 3], ['51133010', '1 medium or regular slice', 1]],
  ['corn flakes 40g with milk', ['57134000', { grams: 40 }, 1], ['11100000', QNS, 1]],
  ['raisin toast 2 slices', ['51129020', '1 medium or regular slice', 2]],
  ['plain bagel w cream cheese & a coffee black', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['92101000', QNS, 1]],
  ['granola w greek yogurt', ['57227000', QNS, 1], ['11400010', QNS, 1]],
  ['grits w cheese 1 cup and 2 sausage links', ['56201090', '1 cup, cooked', 1], ['25221400', '1 breakfast size link', 2]],
  ['just had a banana and black coffee', ['63107010', '1 banana', 1], ['92101000', QNS, 1]],
  ['2 pancakes (regular size) & 2 tbsp syrup', ['55101000', '1 medium pancake', 2], ['91300010', '1 tablespoon', 2]],
  ['belgian waffle w strawberries and whipped cream', ['55201000', '1 thick / Belgian waffle', 1], ['63223020', QNS, 1], ['12140000', QNS, 1]],
  ['cream of rice one cup for my son', ['56205050', '1 cup, cooked', 1]],
  ['english muffin with pb', ['51186010', '1 muffin', 1], ['42202000', QNS, 1]],
  ['bran muffin and a small coffee', ['52304010', '1 medium', 1], ['92100000', '1 small', 1]],
  ['instant oatmeal maple packet', ['56203130', '1 packet, dry, yields', 1]],
  ['2 packets of fruit flavored instant oatmeal', ['56203155', '1 packet, dry, yields', 2]],
  ['shredded wheat 2 biscuits w milk', ['57417000', '1 rectangular biscuit', 2], ['11100000', QNS, 1]],
  ['challah french toast 2 slices + syrup', ['55301000', '1 slice, any size', 2], ['91300010', QNS, 1]],
  ['scone with jam at the cafe', ['52105100', '1 regular', 1], ['91402000', QNS, 1]],
  ['egg & cheese on white bread', ['34001110', '1 regular', 1]],
  ['sausage egg and cheese biscuit from the gas station', ['34001520', '1 regular', 1]],
  ['breakfast burrito w sausage', ['34003120', '1 item, any size', 1]],
  ['hash brown patty + 2 fried eggs', ['71404000', '1 patty', 1], ['31105005', '1 egg', 2]],
  ['congee 2 cups', ['56205101', '1 cup', 2]],
  ['breakfast was 2 idlis with sambar', ['55702000', '1 item', 2], ['41311020', QNS, 1]],
  ['plain dosa w chutney', ['55702100', '1 medium', 1], ['63409020', QNS, 1]],
  ['8oz glass of orange juice', ['61210000', '1 fl oz (NFS)', 8]],
  ['a mug of hot cocoa', ['11512005', '1 cup', 1]],
  // lunch
  ['packed lunch - ham n cheese on white bread + an apple', ['27520220', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['chicken salad on wheat bread from the deli', ['27540121', '1 regular', 1]],
  ['egg salad sandwich on wheat & a pickle spear', ['32203020', '1 regular', 1], ['75503010', '1 spear', 1]],
  ['roast beef w cheese on white and bbq chips small bag', ['27513050', '1 regular', 1], ['71200110', '1 small single serving bag', 1]],
  ['club sandwich and a cup of tomato soup', ['27540123', '1 sandwich, any size', 1], ['74601000', '1 cup', 1]],
  ['reuben for lunch', ['27510950', '1 sandwich, any size', 1]],
  ['cuban sandwich', ['27520410', '1 sandwich, any size', 1]],
  ['1 cup split pea soup and 6 saltines', ['41602050', '1 cup', 1], ['54325000', '1 cracker', 6]],
  ['lentil soup bowl + a slice of french bread', ['41603010', '1 cup', 1], ['51107010', '1 medium or regular slice', 1]],
  ['can of tomato soup', ['74602010', '1 can', 1]],
  ['2 cups of minestrone for dinner', ['75651000', '1 cup', 2]],
  ['matzo ball soup 1 cup', ['58404500', '1 cup', 1]],
  ['turkey wrap and baked chips', ['27540070', '1 sandwich, any size', 1], ['71200400', QNS, 1]],
  ['ham wrap + 12 baby carrots', ['27520270', '1 sandwich, any size', 1], ['73101010', '1 baby carrot', 12]],
  ['cobb salad no dressing', ['75148010', QNS, 1]],
  ['greek salad and a whole wheat pita', ['75146000', QNS, 1], ['51301600', '1 medium pita', 1]],
  ['taco salad w beef', ['58101930', '1 taco salad, NS as to size', 1]],
  ['reheated 1 piece of lasagna from sunday', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['teriyaki chicken lean cuisine at work', ['28141201', '1 Lean Cuisine meal (11 oz)', 1]],
  ['salisbury steak tv dinner 11oz', ['28110300', '1 meal (11 oz)', 1]],
  ['cup noodles at my desk', ['58407030', '1 individual container', 1]],
  ['veggie burger on a bun w cheese', ['41901020', '1 sandwich', 1]],
  ['tuna & cheese melt, wheat bread', ['27550737', '1 regular', 1]],
  ['pb sandwich on white bread', ['42301015', '1 sandwich', 1]],
  ['school lunch: cheese pizza slice, carton of milk', ['58106234', '1 piece, NFS', 1], ['11100000', '1 individual school container', 1]],
  ['6 nuggets from school and tots', ['24198735', '1 nugget', 6], ['71505020', QNS, 1]],
  ['packed my daughter a yogurt tube, string cheese and a clementine', ['11436100', '1 tube', 1], ['14107030', '1 string', 1], ['61100600', '1 fruit', 1]],
  ['uncrustable and apple sauce pouch', ['42303100', '1 sandwich', 1], ['63101110', '1 pouch', 1]],
  ['a sloppy joe on wheat', ['27510105', '1 sandwich, any size', 1]],
  ['chicken noodle soup, 1 can', ['58403010', '1 can', 1]],
  // fast food
  ['quarter pounder w cheese + medium fries', ['27510232', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1]],
  ['whopper and a large coke', ['27510615', '1 hamburger', 1], ['92410310', '1 large drink', 1]],
  ['mcd double cheeseburger, small fry, diet coke', ['27510387', '1 double cheeseburger', 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['grilled chicken sandwich from chick fil a', ['27540152', '1 regular sandwich', 1]],
  ['spicy chicken sandwich from popeyes w a medium cajun fries', ['27540146', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1]],
  ['grabbed a filet-o-fish on the way home', ['27550100', '1 regular sandwich', 1]],
  ['10 pc mcnuggets w bbq sauce', ['24198731', '1 nugget', 10], ['74406010', QNS, 1]],
  ['3 chicken strips from the drive thru', ['24198741', '1 tender, strip, or finger', 3]],
  ['whopper jr no cheese', ['27510552', '1 hamburger', 1]],
  ['taco bell mexican pizza', ['58101835', '1 pizza', 1]],
  ['2 crunchy tacos + bean burrito', ['58102010', '1 small/regular', 2], ['58102610', '1 small/regular', 1]],
  ['chicken quesadilla from taco bell', ['58104740', '1 full circle', 1]],
  ['kfc bowl', ['27341000', '1 KFC Bowl', 1]],
  ['2 pc fried chicken (thigh + drumstick), mashed potatoes, biscuit', ['24157300', '1 medium thigh', 1], ['24147300', '1 medium drumstick', 1], ['71501000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['arbys roast beef and medium curly fries', ['27513010', '1 regular', 1], ['71401030', '1 medium fast food order', 1]],
  ['dq blizzard small', ['13130700', '1 small', 1]],
  ['medium chocolate shake from wendys', ['11542100', '1 medium', 1]],
  ['subway 6 inch italian', ['27560630', '1 regular or 6" submarine', 1]],
  ['footlong turkey sub', ['27540050', '1 regular or 6" submarine', 2]],
  ['corn dog at the fair', ['27560300', '1 regular', 1]],
  ['large onion rings', ['75415022', '1 fast food order', 1]],
  ['sausage mcmuffin w egg & hash brown', ['34001310', '1 regular', 1], ['71404000', '1 patty', 1]],
  // restaurants / takeout / dinner
  ['chipotle chicken burrito bowl', ['58102780', QNS, 1]],
  ['chicken fajitas, made 2', ['58105000', '1 fajita', 2]],
  ['steak fajitas x3', ['58105050', '1 fajita', 3]],
  ['pork tamales, 3', ['58103125', '1 item, any size', 3]],
  ['chimichanga w chicken & spanish rice', ['58104530', '1 item, any size', 1], ['58163430', QNS, 1]],
  ['2 cheese enchiladas refried beans and rice', ['58102840', '1 enchilada, any size', 2], ['41205010', QNS, 1], ['56205001', QNS, 1]],
  ['2 pupusas w beans', ['58105105', '1 item, any size', 2]],
  ['cheese nachos at the game', ['58104120', QNS, 1]],
  ['general tsos chicken + 1 cup white rice', ['27445150', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['beef and broccoli + fried rice', ['27415110', QNS, 1], ['58150310', QNS, 1]],
  ['kung pao chicken 1 cup, brown rice 1 cup', ['27445220', '1 cup', 1], ['56205011', '1 cup, cooked', 1]],
  ['two pork egg rolls w the takeout', ['58110130', '1 egg roll', 2]],
  ['6 steamed dumplings', ['58112510', '1 item, any size', 6]],
  ['lo mein w shrimp about 2 cups', ['58136130', '1 cup', 2]],
  ['sweet n sour chicken & a fortune cookie', ['27146100', QNS, 1], ['53222010', '1 cookie', 1]],
  ['hot and sour soup + an egg roll', ['28340750', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['pad thai shrimp, 2 cups', ['58137240', '1 cup', 2]],
  ['1 and a half cups chicken biryani', ['27243100', '1 cup', 1.5]],
  ['dal with 2 rotis', ['41305050', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['palak paneer w half a naan', ['72125310', QNS, 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['2 pakoras and chai', ['75440400', '1 pakora', 2], ['92306800', QNS, 1]],
  ['salmon roll and 4 pcs salmon nigiri', ['58151200', QNS, 1], ['58151420', '1 piece', 4]],
  ['tuna roll 8 pieces', ['58151220', '1 piece', 8]],
  ['ramen bowl w chicken, 2 cups', ['58407042', '1 cup', 2]],
  ['tteokbokki 1 cup', ['58150520', '1 cup', 1]],
  ['gyro + fries', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['chicken kabob w rice pilaf', ['27440130', '1 shishkabob', 1], ['58162310', QNS, 1]],
  ['falafel x4 with hummus', ['41209000', '1 patty', 4], ['41205070', QNS, 1]],
  ['2 c spaghetti marinara (no meat)', ['58146222', '1 cup', 2]],
  ['chicken alfredo at olive garden + a breadstick', ['58146421', QNS, 1], ['51184210', '1 medium stick', 1]],
  ['cheese ravioli 1 cup', ['58131520', '1 cup', 1]],
  ['stuffed shells w meat sauce, 3 jumbo ones', ['58134130', '1 shell (jumbo)', 3]],
  ['meat tortellini in tomato sauce one cup', ['58134610', '1 cup', 1]],
  ['2 slices thin crust pepperoni', ['58106550', '1 piece, NFS', 2]],
  ['1 slice thick crust cheese pizza', ['58106230', '1 piece, NFS', 1]],
  ['pizza hut personal pan w pepperoni', ['58106540', '1 personal size pizza (5-7" diameter)', 1]],
  ['calzone w meat', ['58108010', '1 calzone or stromboli', 1]],
  ['kid had 12 pizza rolls after school', ['58108050', '1 pizza roll', 12]],
  ['steakhouse: 8 oz sirloin + baked potato w sour cream + house side salad', ['21102150', { grams: 8 * OZ }, 1], ['71508010', '1 medium', 1], ['75143000', '1 side salad', 1]],
  ['grilled salmon 6 oz w wild rice 1 cup and asparagus', ['26137123', { grams: 6 * OZ }, 1], ['56205205', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['pork chop, applesauce and green beans', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['75205030', QNS, 1]],
  ['meatloaf slice, mashed potato 1 cup, corn 1/2 cup', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 1], ['75216120', '1 cup', 0.5]],
  ['pot roast w carrots and potatoes', ['21407000', QNS, 1], ['73102220', QNS, 1], ['71102980', QNS, 1]],
  ['shepherds pie 1 cup', ['27311510', '1 cup', 1]],
  ['beef stroganoff w noodles 1.5 cup', ['27212350', '1 cup', 1.5]],
  ['2 cups of jambalaya at the cookout', ['27363100', '1 cup', 2]],
  ['shrimp gumbo 1 cup w rice', ['28355440', '1 cup', 1], ['56205001', QNS, 1]],
  ['chicken and dumplings 2 cups', ['27246100', '1 cup', 2]],
  ['tuna noodle casserole one cup', ['27250610', '1 cup', 1]],
  ['baked chicken breast, 1/2 cup brown rice, broccoli', ['24122131', '1 medium breast', 1], ['56205011', '1 cup, cooked', 0.5], ['72201211', QNS, 1]],
  ['150g cooked pasta w pesto', ['56130000', { grams: 150 }, 1], ['81302070', QNS, 1]],
  ['200 g white rice + chicken curry', ['56205001', { grams: 200 }, 1], ['27146150', QNS, 1]],
  ['quinoa 1 cup & black beans 1/2 cup', ['56204000', '1 cup, cooked', 1], ['41101990', '1 cup', 0.5]],
  ['grandmas cabbage rolls, had 2', ['27315250', '1 cabbage roll', 2]],
  ['couscous 1 cup w veg curry 1 cup', ['56207160', '1 cup, cooked', 1], ['75440600', '1 cup', 1]],
  ['bbq pulled pork sandwich + coleslaw', ['27520510', '1 regular sandwich', 1], ['75141000', QNS, 1]],
  ['3 ribs and baked beans 1 cup', ['22701000', '1 rib (yield after cooking, bone removed)', 3], ['41201010', '1 cup', 1]],
  ['crab cake sandwich & hush puppies x3', ['27550110', '1 regular sandwich', 1], ['52209010', '1 hush puppy', 3]],
  ['fried catfish fillet + cornbread square + collards', ['26107140', '1 small/regular fillet', 1], ['52201000', '1 piece', 1], ['72107220', QNS, 1]],
  ['5 fish sticks & 1/2 cup mac n cheese', ['26100270', '1 stick', 5], ['58145110', '1 cup', 0.5]],
  ['sweet potato baked medium', ['73403000', '1 medium', 1]],
  // snacks
  ['handful of cashews', ['42104000', QNS, 1]],
  ['1 oz pretzels', ['54408000', { grams: OZ }, 1]],
  ['almond butter on 2 rice cakes', ['54318500', '1 cake', 2], ['42200500', QNS, 1]],
  ['6 triscuits and cheddar', ['54337020', '1 cracker', 6], ['14104100', QNS, 1]],
  ['ate a pear at my desk', ['63137010', '1 fruit', 1]],
  ['2 kiwi fruit before bed', ['63126500', '1 fruit', 2]],
  ['1 cup cantaloupe', ['63109010', '1 cup', 1]],
  ['had about a cup of red grapes', ['63123000', '1 cup', 1]],
  ['a big apple', ['63101000', '1 large', 1]],
  ['small apple w caramel dip', ['63101000', '1 small', 1], ['91306020', QNS, 1]],
  ['broke my fast w 3 dates', ['62110100', '1 date', 3]],
  ['4 prunes at bedtime', ['62122100', '1 prune', 4]],
  ['50g dried mango', ['62114050', { grams: 50 }, 1]],
  ['sun chips small bag', ['54420210', '1 small single serving bag', 1]],
  ['hummus 2 tbsp + pita chips', ['41205070', '1 tablespoon', 2], ['54402700', QNS, 1]],
  ['chex mix 1 cup', ['54420220', '1 cup', 1]],
  ['air popped popcorn - 3 cups, no butter', ['54403010', '1 cup, popped', 3]],
  ['soft pretzel at the mall', ['54408400', '1 medium/regular', 1]],
  ['kind bar', ['53710810', '1 bar', 1]],
  ['quaker chewy bar for the kid', ['53711000', '1 bar', 1]],
  ['nature valley 2 pack', ['53710906', '1 package (2 bars)', 1]],
  ['fig newtons x2', ['53220030', '1 Newton bar', 2]],
  ['toddler had 10 animal crackers', ['53240000', '1 cracker', 10]],
  ['4 ritz crackers w pb', ['54301030', '1 cracker', 4], ['42202000', QNS, 1]],
  ['cheetos small bag', ['54401081', '1 small single serving bag', 1]],
  ['trail mix 1 package', ['42501000', '1 package', 1]],
  ['beef jerky 1 oz', ['21602100', { grams: OZ }, 1]],
  ['one sugar-free jello cup', ['91511010', '1 snack size container', 1]],
  ['rice pudding cup from the fridge', ['13210410', '1 snack size container', 1]],
  ['mom had a tapioca pudding cup at the home', ['13230500', '1 snack size container', 1]],
  ['zucchini bread 1 slice w coffee', ['52407000', '1 slice', 1]],
  ['pumpkin muffin', ['52306500', '1 medium', 1]],
  // lows
  ['low 58, 4 glucose tabs... no wait, had 6 gummy bears', ['91745010', '1 piece', 6]],
  ['bg 62 drank 4oz apple juice', ['64104010', '1 fl oz (NFS)', 4]],
  ['treated a low w a fun size box of apple juice', ['64104010', '1 fun size box (4.23 fl oz)', 1]],
  ['went low at 3am, grabbed a grape juice box', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['low again, 5 jolly ranchers', ['91745025', '1 piece', 5]],
  ['capri sun for a low at soccer', ['92552030', '1 Capri Sun pouch', 1]],
  ['half a can of regular sprite for a 65', ['92410510', '1 can (12 fl oz)', 0.5]],
  ['dropping, ate a pack of fruit snacks', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['12 oz gatorade before practice', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['low on night shift: 2 fun size snickers', ['91705520', '1 fun/snack size', 2]],
  // drinks
  ['venti iced latte, no syrup', ['92102500', '1 large', 1]],
  ['small cafe mocha', ['92101950', '1 small', 1]],
  ['medium caramel frappe', ['92101920', '1 medium', 1]],
  ['large iced coffee w cream and sugar', ['92102400', '1 large', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['16 oz bottle of snapple iced tea', ['92309000', '1 Snapple bottle (16 fl oz)', 1]],
  ['500ml coke zero... nope regular coke', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['root beer 20oz', ['92410710', '1 bottle (20 fl oz)', 1]],
  ['dr pepper can', ['92410360', '1 can (12 fl oz)', 1]],
  ['medium sweet tea from mcdonalds', ['92308000', '1 medium drink', 1]],
  ['kombucha bottle 12oz', ['92306920', '1 can or bottle (12 fl oz)', 1]],
  ['chocolate milk 300 ml', ['11511000', '1 fl oz', 300 / FLOZ_ML]],
  ['a glass of 2% milk', ['11112110', '1 fl oz', 8]],
  ['oat milk 1 cup in my coffee', ['11360200', '1 fl oz', 8], ['92101000', QNS, 1]],
  ['a bubble tea', ['92306910', '1 item, any size', 1]],
  ['horchata 12 oz', ['92610020', '1 fl oz', 12]],
  ['coconut water 330 ml', ['42403010', '1 fl oz (NFS)', 330 / FLOZ_ML]],
  ['an ensure', ['95103000', '1 bottle (8 fl oz)', 1]],
  ['dad had a glucerna and 2 graham crackers', ['95104000', '1 bottle (8 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['protein shake: 1 scoop whey in a cup of skim milk', ['95230000', '1 scoop, NFS', 1], ['11113000', '1 cup', 1]],
  ['rockstar energy drink', ['95310700', '1 can or bottle (16 fl oz)', 1]],
  ['powerade 20oz after my shift', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['2 white claws at the lake', ['93106600', '1 can or bottle (12 fl oz)', 2]],
  ['1 margarita on the rocks w dinner', ['93301100', '1 drink', 1]],
  ['white wine 2 glasses', ['93401020', '1 glass', 2]],
  ['a mimosa at brunch', ['93301115', '1 drink', 1]],
  ['gin and tonic x2', ['93301060', '1 drink', 2]],
  ['had a pint of lager', ['93101000', '1 fl oz', 16]],
  ['glass of sangria', ['93404550', '1 glass', 1]],
  // desserts and treats
  ['slice of cheesecake', ['53104500', '1 piece/slice, any size', 1]],
  ['a slice of apple pie w a scoop of vanilla', ['53301000', '1 regular slice', 1], ['13110100', '1 scoop', 1]],
  ['key lime pie slice on vacation', ['53305800', '1 slice, any size', 1]],
  ['pecan pie small slice', ['53385000', '1 mini/small slice', 1]],
  ['red velvet cupcake', ['53116520', '1 cupcake, any size', 1]],
  ['carrot cake slice at the office party', ['53104260', '1 piece/slice, any size', 1]],
  ['brownie medium', ['53204000', '1 medium', 1]],
  ['2 choc chip cookies, large', ['53206000', '1 large cookie', 2]],
  ['3 peanut butter cookies', ['53234000', '1 medium', 3]],
  ['a jelly donut', ['53521140', '1 doughnut', 1]],
  ['5 glazed donut holes', ['53520170', '1 doughnut hole', 5]],
  ['cafe du monde, 3 beignets', ['53520510', '1 beignet', 3]],
  ['choc ice cream 2 scoops in a bowl', ['13110110', '1 scoop', 2]],
  ['hot fudge sundae w the grandkids', ['13121300', '1 sundae', 1]],
  ['soft serve cone vanilla', ['13120782', '1 cone', 1]],
  ['ice cream sandwich', ['13120500', '1 sandwich', 1]],
  ['1 cup peach cobbler', ['53410800', '1 cup', 1]],
  ['apple crisp 1/2 cup', ['53415100', '1 cup', 0.5]],
  ['banana pudding 1 cup at church', ['13241000', '1 cup', 1]],
  ['flan', ['13210350', QNS, 1]],
  ['tres leches slice', ['53118550', '1 piece/slice, any size', 1]],
  ['1 piece baklava from the greek festival', ['53441110', '1 piece', 1]],
  ['2 pieces of fudge', ['91705440', '1 piece', 2]],
  ['rice krispie treat large', ['53226500', '1 large bar', 1]],
  ['funnel cake', ['55801000', '1 cake (6" dia)', 1]],
  ['snow cone at the beach', ['91621000', '1 snow cone', 1]],
  ['sorbet, one cup', ['63430150', '1 cup', 1]],
  ['rainbow sherbet 1 scoop', ['13150000', '1 scoop', 1]],
  ['one small moon cake for mid autumn festival', ['53452120', '1 small round Moon Cake', 1]],
  ['2 ladoo for diwali', ['91718300', '1 piece', 2]],
  // holiday / trip
  ['thanksgiving plate: turkey, 1 cup stuffing, 1/2 cup mashed, green bean casserole', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 0.5], ['75403020', QNS, 1]],
  ['sweet potato casserole 1 cup + a dinner roll', ['73409000', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['1 cup of eggnog at the party', ['11531000', '1 cup', 1]],
  ['airport: pretzels bag & a coke can', ['54408000', '1 small single serving bag', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['hotel breakfast waffle + oj small glass 6oz', ['55201000', '1 medium waffle', 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['matzo x2 w butter', ['54307000', '1 matzo', 2], ['81100500', QNS, 1]],
  ['potato latkes 3 medium + applesauce', ['71701000', '1 medium pancake', 3], ['63101110', QNS, 1]],
  ['2 deviled eggs, a slice of ham & a roll', ['32102000', '1 egg', 2], ['22311000', '1 regular/thin slice', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['hot dog + potato salad at the bbq', ['27564000', '1 sandwich', 1], ['71601010', QNS, 1]],
  ['bratwurst on a bun', ['25220350', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1]],
  ['corn on the cob x2', ['75216111', '1 regular ear', 2]],
  ['watermelon 2 cups', ['63149010', '1 cup', 2]],
  ['lollipop from the bank for my 6 yr old', ['91745030', '1 piece', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Nineteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-19.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4.ts to -18.ts, with the decisions this set needed in the header of make-eval-meals-holdout-19.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-19.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-19.json`);
}
