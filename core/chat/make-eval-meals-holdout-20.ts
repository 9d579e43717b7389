/**
 * Writes eval-meals.holdout-20.json: the twentieth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 by an engineer who has not read the estimator, the matcher,
 * the alias lists (core/foods/estimate.ts, everyday-names*, core/chat/parse.ts, proposal.ts),
 * core/chat/README.md, eval-meals.ts / eval-meals.test.ts or any scoring results
 * (eval-meals*.results.json), who did not read the estimator's commit history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any
 * of these messages and not shown to the estimator's authors, who were changing the estimator at
 * the time, nor to the writer of the parallel nineteenth set (whose set was not looked at).
 * Written under a tight deadline: each food and portion was chosen from the FNDDS table
 * (core/foods/fndds/foods.csv and portions.csv), mostly among the food/portion pairs earlier
 * held-out sets already chose for the same dish, so that the same dish means the same food
 * across sets; the builder checks every code and portion against the table. No message repeats
 * one of eval-meals.json or holdouts 1-18 (checked by comparing lower-cased, punctuation-folded
 * messages, and pairs with high word overlap read and reworded). Same format, conventions and
 * builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand;
 * grams and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts … -18.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents packing lunches, older people, students, shift workers), on ordinary days: home
 * cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks, desserts,
 * lows, the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "1 tbsp sugar" is 3 × the sugar's "1 teaspoon" (the food has no tablespoon portion).
 * - "a small box of apple juice (4.23oz)" is the juice's "1 fun size box (4.23 fl oz)" (the size
 *   the message gives, as holdout 5's sized bottles).
 * - "we split a banana split, i had half" is 0.5 × the whole item (holdout 9's shared dish).
 * - "2 tallboys (16 oz beers)" is the beer's 16 fl oz can; "light beers" are FNDDS's light beer.
 * - "large apple + 1 tbsp peanut butter" is the apple's "1 large" (a size on a food with sizes,
 *   holdout 5) and peanut butter's "1 tablespoon".
 * - "a cup of coffee" is the coffee's "1 cup (8 fl oz)"; "a small coffee" its "1 small".
 * - "2 eggo waffles" are the frozen plain waffle's "1 waffle"; "a small waffle" beside sausage
 *   links is the NFS waffle's "1 small waffle"; a Belgian waffle its "1 thick / Belgian waffle".
 * - A McDonald's hash brown is the fast-food hash brown's "1 patty"; an Egg McMuffin is the egg
 *   sandwich on English muffin with ham (as holdout 2).
 * - "a cup of tater tots" is the NFS tots' "1 cup"; tots on a school tray are the school tots,
 *   "Quantity not specified" (no amount).
 * - "dal" is the lentil curry (holdout 6); "rice and beans" is kidney beans and white rice
 *   (holdout 6); "pot roast with potatoes and carrots" is beef, potatoes and vegetables
 *   (including carrots) in gravy (holdout 5); an arnold palmer is the iced tea / lemonade drink
 *   (holdout 6), "20 oz" its 20 fl oz bottle.
 * - "rotisserie chicken, 3/4 cup mashed potatoes & gravy": the gravy on mashed potatoes is beef
 *   gravy, as holdout 2; rotisserie chicken is chicken NS as to part and cooking method.
 * - "a sugar free chocolate pudding cup" is the sugar-free ready-to-eat pudding's "1 snack size
 *   container".
 * - "sweet potato fries w my burger": the burger with no place is the NFS hamburger (holdout 9),
 *   the fries "Quantity not specified".
 * - "string cheese" is the part-skim mozzarella's "1 stick" (28 g, as holdout 2's cheese stick),
 *   not its "1 string" portion (4.7 g, a shred rather than a snack stick).
 * - A share of a whole item or order ("large froyo, shared half", "large movie popcorn ... i had a
 *   third", "a quarter bag of microwave popcorn", "olive garden chicken alfredo, ate half", "beef
 *   nachos ... had half") is that fraction of the portion the message names (or of "Quantity not
 *   specified" where it names none), extending holdout 9's shared dish.
 * - "1 huge bakery chocolate chip cookie" is the bakery cookie's "1 extra large"; "3 brownie bites"
 *   the brownie's "1 small or bite size"; "a big soft pretzel" the soft pretzel's "1 large".
 * - "salmon nigiri" is sushi topped with salmon, "1 piece" each; "spag bol" is spaghetti with meat
 *   sauce (holdout 9's home-recipe pasta with tomato-based sauce and meat); "veggie lasagna" is
 *   the meatless lasagna with vegetables, "half a piece" 0.5 × its "1 piece".
 * - "a kids meal ... mcd cheeseburger" is FNDDS's McDonald's cheeseburger with the fast-food fries'
 *   "1 kids meal order" and the apple juice box (holdout 10).
 * - Messages about a low ("dropping", "bg 62", "was low on shift") list only the treatment eaten.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-20.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['had 2 scrambled eggs + 1 slice wheat toast at 7', ['32129990', '1 egg', 2], ['51300120', '1 medium or regular slice', 1]],
  ['oatmeal bowl topped w blueberries', ['56202960', '1 cup, cooked', 1], ['63203010', QNS, 1]],
  ['cheerios 1.5 cups and a splash of milk', ['57123000', '1 cup', 1.5], ['11100000', '1 fl oz', 1]],
  ['whole wheat english muffin w pb before work', ['51303030', '1 muffin', 1], ['42202000', QNS, 1]],
  ['big bagel from the deli w a schmear of cream cheese', ['51180010', '1 large', 1], ['14301010', QNS, 1]],
  ['5 silver dollar pancakes, toddler ate them all', ['55101000', '1 silver dollar pancake', 5]],
  ['two eggo waffles w syrup', ['55200020', '1 waffle', 2], ['91300010', QNS, 1]],
  ['2 packets maple oatmeal', ['56203130', '1 packet, dry, yields', 2]],
  ['a sausage biscuit and a small coffee', ['34002130', '1 regular', 1], ['92100000', '1 small', 1]],
  ['half a cinnamon roll', ['51160110', '1 medium', 0.5]],
  ['toasted raisin bagel w butter', ['51180030', '1 regular', 1], ['81100500', QNS, 1]],
  ['1/2 cup granola on greek yogurt', ['57227000', '1 cup', 0.5], ['11400010', QNS, 1]],
  ['choc croissant & a grande latte', ['51166200', '1 croissant', 1], ['92101900', '1 medium', 1]],
  ['corn flakes, 1 cup, w 1% milk', ['57134000', '1 cup', 1], ['11112210', QNS, 1]],
  ['breakfast: 2 slices white toast w jam', ['51101010', '1 medium or regular slice', 2], ['91402000', QNS, 1]],
  ['bacon egg n cheese biscuit on the way to work', ['34001540', '1 regular', 1]],
  ['biscuits n gravy at the diner', ['58128000', QNS, 1]],
  ['a banana & a cup of coffee w cream', ['63107010', '1 banana', 1], ['92100000', '1 cup (8 fl oz)', 1], ['12210200', QNS, 1]],
  ['frosted flakes 2 cups + 1 cup milk', ['57348000', '1 cup', 2], ['11100000', '1 cup', 1]],
  ['3/4 cup oatmeal cooked w milk, drizzle of honey', ['56203066', '1 cup, cooked', 0.75], ['91302010', QNS, 1]],
  ['6 oz orange juice, 1 hard boiled egg', ['61210000', '1 fl oz (NFS)', 6], ['31103010', '1 egg', 1]],
  ['pumpkin muffin from the coffee shop', ['52306500', '1 medium', 1]],
  ['bran muffin n a black coffee', ['52304010', '1 medium', 1], ['92101000', QNS, 1]],
  ['shredded wheat x3 w a cup of milk', ['57417000', '1 rectangular biscuit', 3], ['11100000', '1 cup', 1]],
  ['yogurt 6 oz container + a handful of blueberries', ['11400000', '1 6 oz container', 1], ['63203010', QNS, 1]],
  ['veggie egg white omelet + 2 slices white toast', ['32400300', QNS, 1], ['51101010', '1 medium or regular slice', 2]],
  ['breakfast burrito w sausage', ['34003120', '1 item, any size', 1]],
  ['2 turkey sausage links and a small waffle', ['25221830', '1 breakfast size link', 2], ['55200010', '1 small waffle', 1]],
  ['belgian waffle at the hotel breakfast w strawberries', ['55200010', '1 thick / Belgian waffle', 1], ['63223020', QNS, 1]],
  ['egg mcmuffin, 2 hash browns', ['34001330', '1 regular', 1], ['71404010', '1 patty', 2]],
  // lunch
  ['turkey & cheese sandwich on wheat', ['27540040', '1 regular', 1]],
  ['pb sandwich on white for lunch', ['42301015', '1 sandwich', 1]],
  ['egg salad sandwich on wheat and a pear', ['32203020', '1 regular', 1], ['63137010', '1 fruit', 1]],
  ['rainy day: 1.5 cups tomato soup + a grilled cheese', ['74601000', '1 cup', 1.5], ['14640100', '1 sandwich', 1]],
  ['BLT on wheat and an orange', ['27520620', '1 sandwich, any size', 1], ['61119010', '1 fruit', 1]],
  ['had a philly cheese steak at lunch', ['27514030', '1 regular', 1]],
  ['tuna sandwich on white bread', ['27550720', '1 regular', 1]],
  ['1 can chicken noodle soup', ['58403010', '1 can', 1]],
  ['split pea w ham, 2 cups', ['41602030', '1 cup', 2]],
  ['homemade lentil soup + 2 slices of whole wheat bread', ['41603010', QNS, 1], ['51300110', '1 medium or regular slice', 2]],
  ['minestrone, a bowl, w saltines', ['75651000', '1 cup', 1], ['54325000', QNS, 1]],
  ['1.5 cups broccoli cheese soup from panera', ['72302100', '1 cup', 1.5]],
  ['turkey wrap + some grapes', ['27540070', '1 sandwich, any size', 1], ['63123000', QNS, 1]],
  ['half a piece of veggie lasagna', ['58130320', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 0.5]],
  ['2 cups of chili mac', ['27212120', '1 cup', 2]],
  ['school lunch for jack - slice of pizza, fruit cup, choc milk carton', ['58106234', '1 piece, NFS', 1], ['63311110', '1 snack size container', 1], ['11511000', '1 individual school container', 1]],
  ['6 nuggets from school lunch + tots', ['24198735', '1 nugget', 6], ['71505020', QNS, 1]],
  ['pasta salad 1 cup', ['58148110', '1 cup', 1]],
  ['a hot dog and a corn dog at the fair', ['27564000', '1 sandwich', 1], ['27560300', '1 regular', 1]],
  ['cup noodles at my desk', ['58407030', '1 individual container', 1]],
  ['about 2/3 cup leftover fried rice', ['58150310', '1 cup', 2 / 3]],
  ['6" turkey sub + bag of baked chips', ['27540050', '1 regular or 6" submarine', 1], ['71200400', '1 small single serving bag', 1]],
  ['pb&j and a juice box for my daughter', ['42302010', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['uncrustable + applesauce pouch', ['42303100', '1 sandwich', 1], ['63101110', '1 pouch', 1]],
  ['string cheese, small bag of goldfish, clementine', ['14107030', '1 stick', 1], ['54304020', '1 small or medium single serving bag', 1], ['61100600', '1 fruit', 1]],
  ['egg roll and wonton soup', ['58110130', '1 egg roll', 1], ['58408010', QNS, 1]],
  ['one wedge of chicken quesadilla', ['58104740', '1 triangular piece', 1]],
  ['2 cheese quesadilla triangles', ['58104710', '1 triangular piece', 2]],
  ['tuna salad wrap & 1 cup of grapes', ['27550755', QNS, 1], ['63123000', '1 cup', 1]],
  ['ham n cheese on white with a small bag of pretzels', ['27520220', '1 regular', 1], ['54408015', '1 small single serving bag', 1]],
  // dinner
  ['baked salmon, 1 cup brown rice, broccoli', ['26137120', QNS, 1], ['56205011', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  ['rotisserie chicken, 3/4 cup mashed potatoes & gravy', ['24100000', QNS, 1], ['71501000', '1 cup', 0.75], ['28500040', QNS, 1]],
  ['about 1 1/4 cups spag bol', ['58146322', '1 cup', 1.25]],
  ['taco night, 5 chicken tacos on corn tortillas', ['58102050', '1 small/regular', 5]],
  ['large beef burrito w rice & beans', ['58102340', '1 large', 1]],
  ['small baked potato w butter and sour cream', ['71100100', '1 small', 1], ['81100500', QNS, 1], ['12310100', QNS, 1]],
  ['pot roast w potatoes & carrots, about 1.5 cups', ['27311600', '1 cup', 1.5]],
  ['meatloaf, mashed potatoes & corn', ['27214100', QNS, 1], ['71501000', QNS, 1], ['75216120', QNS, 1]],
  ['a pork chop, applesauce and a roll', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['olive garden chicken alfredo, ate half and took the rest home', ['58146421', QNS, 0.5]],
  ['4 slices thin crust cheese, game night', ['58106220', '1 piece, NFS', 4]],
  ['ate a whole personal size pepperoni pizza by myself', ['58106540', '1 personal size pizza (5-7" diameter)', 1]],
  ['a third of a frozen cheese pizza', ['58106200', '1 frozen medium pizza (11-13" diameter)', 1 / 3]],
  ['shrimp fried rice from the chinese place', ['58150510', QNS, 1]],
  ['beef lo mein, 1.5 cups', ['58136150', '1 cup', 1.5]],
  ['chicken lo mein + 2 egg rolls', ['58136160', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['10 pieces of california roll', ['58151180', '1 piece', 10]],
  ['salmon roll and 4 salmon nigiri', ['58151200', QNS, 1], ['58151420', '1 piece', 4]],
  ['big bowl of pho w beef', ['28310330', '1 cup', 1]],
  ['dal w 1 cup white rice', ['41311030', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['chicken curry w rice and 2 pieces of naan', ['27146150', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['2 pork tamales at the christmas party', ['58103125', '1 item, any size', 2]],
  ['enchiladas de pollo, 3', ['58102830', '1 enchilada, any size', 3]],
  ['beef nachos at the sports bar, shared, had half', ['58104130', QNS, 0.5]],
  ['5 fish sticks & a cup of tater tots', ['26100270', '1 stick', 5], ['71505000', '1 cup', 1]],
  ['fried catfish & fries', ['26107140', '1 small/regular fillet', 1], ['71400990', QNS, 1]],
  ['10 oz sirloin and a small baked potato', ['21001000', { grams: 10 * OZ }, 1], ['71100100', '1 small', 1]],
  ['grilled chicken w 1 cup rice pilaf', ['24103050', QNS, 1], ['58162310', '1 cup', 1]],
  ['turkey burger on whole wheat bun, no fries', ['27545110', '1 sandwich', 1]],
  ['mcdonalds cheeseburger + medium fry', ['27510172', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1]],
  ['6 piece mcnuggets + large fry', ['24198731', '1 nugget', 6], ['71401030', '1 large fast food order', 1]],
  ['a filet-o-fish on my lunch break', ['27550100', '1 regular sandwich', 1]],
  ['kids meal for my daughter: mcd cheeseburger, kids fries, apple juice box', ['27510172', '1 cheeseburger', 1], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['taco bell taco salad', ['58101930', '1 Taco Bell taco salad', 1]],
  ['3 crunchy beef tacos & a bean burrito', ['58102010', '1 small/regular', 3], ['58102610', '1 small/regular', 1]],
  ['3 pieces of fried chicken + a biscuit', ['24107070', '1 piece', 3], ['52101000', '1 biscuit', 1]],
  ['chipotle bowl w chicken', ['58102780', QNS, 1]],
  ['panda: orange chicken w chow mein', ['27146350', QNS, 1], ['27360080', QNS, 1]],
  ['1/2 cup mac n cheese & a hot dog', ['58145110', '1 cup', 0.5], ['27564000', '1 sandwich', 1]],
  ['easy mac cup + a string cheese', ['58145117', '1 microwavable tub, regular size, prepared', 1], ['14107030', '1 stick', 1]],
  ['ramen w chicken, 1.5 cups', ['58407042', '1 cup', 1.5]],
  ['5 pierogi w sour cream', ['58121610', '1 item, any size', 5], ['12310100', QNS, 1]],
  ['thanksgiving plate: turkey, 1/2 cup stuffing, mashed potatoes, slice of pecan pie', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 0.5], ['71501000', QNS, 1], ['53385000', '1 regular slice', 1]],
  ['3 slices fried plantain', ['71900200', '1 slice', 3]],
  ['catfish & a piece of cornbread', ['26107140', QNS, 1], ['52202060', '1 piece', 1]],
  ['rice & beans, about 1.5 cups', ['58160150', '1 cup', 1.5]],
  ['shrimp scampi w pasta', ['27150230', QNS, 1], ['56130000', QNS, 1]],
  ['1.5 cups penne w marinara', ['58146222', '1 cup', 1.5]],
  ['tortilla soup cup + 1/2 quesadilla', ['58421080', '1 cup', 1], ['58104710', '1 full circle', 0.5]],
  ['steak fajitas?? no, chicken quesadilla', ['58104740', '1 full circle', 1]],
  ['hot and sour soup 1 cup, 6 potstickers', ['28340750', '1 cup', 1], ['58111110', '1 item, any size', 6]],
  ['gyro w fries', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['fish tacos x2', ['58102210', '1 small/regular', 2]],
  ['chicken pot pie, a whole one', ['27347100', QNS, 1]],
  ['eggplant parm, 1.5 cups', ['75412060', '1 cup', 1.5]],
  ['sweet potato fries w my burger', ['73410200', QNS, 1], ['27510521', '1 hamburger', 1]],
  // snacks
  ['large apple + 1 tbsp peanut butter', ['63101000', '1 large', 1], ['42202000', '1 tablespoon', 1]],
  ['almonds, 25 of them', ['42100100', '1 nut', 25]],
  ['a cup of red grapes after my walk', ['63123000', '1 cup', 1]],
  ['small apple and a cheese stick', ['63101000', '1 small', 1], ['14107030', '1 stick', 1]],
  ['3 rice cakes w almond butter', ['54318500', '1 cake', 3], ['42200500', QNS, 1]],
  ['hummus w a medium bag of pita chips', ['41205070', QNS, 1], ['54402700', '1 medium single serving bag', 1]],
  ['5 cups air popped popcorn', ['54403010', '1 cup, popped', 5]],
  ['a quarter bag of microwave popcorn', ['54403051', '1 regular microwave bag', 0.25]],
  ['large movie popcorn, shared w 2 kids, i had a third', ['54403005', '1 large order', 1 / 3]],
  ['big soft pretzel at the ballgame', ['54408400', '1 large', 1]],
  ['cheez its, 1 cup', ['54304005', '1 cup, NFS', 1]],
  ['10 ritz crackers', ['54301030', '1 cracker', 10]],
  ['nature valley 2 pack at 3', ['53710906', '1 package (2 bars)', 1]],
  ['kind bar in the car', ['53710810', '1 bar', 1]],
  ['quaker chewy bar for a snack', ['53711000', '1 bar', 1]],
  ['pack of trail mix on the drive', ['42501000', '1 package', 1]],
  ['1 cup cottage cheese w 1/2 cup canned peaches', ['14200100', '1 cup', 1], ['63135110', '1 cup', 0.5]],
  ['peach cup in his lunchbox', ['63135110', '1 snack size container', 1]],
  ['1.5 cups watermelon at the bbq', ['63149010', '1 cup', 1.5]],
  ['mango, about 3/4 cup cubed', ['63129010', '1 cup', 0.75]],
  ['a bosc pear after dinner', ['63137010', '1 fruit', 1]],
  ['7 strawberries', ['63223020', '1 fruit', 7]],
  ['cantaloupe 1 cup', ['63109010', '1 cup', 1]],
  ['1/3 cup dried mango', ['62114050', '1 cup', 1 / 3]],
  ['3 mini raisin boxes on the hike', ['62125100', '1 miniature box (.5 oz)', 3]],
  ['rice pudding snack cups x2', ['13210410', '1 snack size container', 2]],
  ['3/4 cup banana pudding', ['13241000', '1 cup', 0.75]],
  ['3 fruit snack pouches at the soccer game', ['91746300', '1 snack size/pouch/regular size', 3]],
  ['a fruit roll up', ['91746350', '1 pouch/regular size', 1]],
  ['cheetos, 2 small bags', ['54401081', '1 small single serving bag', 2]],
  ['bag of fritos and a diet coke', ['54401031', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['8 triscuits w cheese', ['54337020', '1 cracker', 8], ['14010000', QNS, 1]],
  // lows
  ['low 54, drank 6 oz apple juice', ['64104010', '1 fl oz (NFS)', 6]],
  ['drank about half a 20 oz coke, bg 65', ['92410310', '1 bottle (20 fl oz)', 0.5]],
  ['bg 62 so 6 gummy bears', ['91745010', '1 piece', 6]],
  ['3 jolly ranchers for a low', ['91745025', '1 piece', 3]],
  ['12oz gatorade, was low on shift', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['honey packet for a low', ['91302010', '1 single serving container', 1]],
  ['low before bed: glass of milk + 2 graham crackers', ['11100000', '1 fl oz', 8], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['1 tbsp sugar in water, went low', ['91101010', '1 teaspoon', 3]],
  ['dropping, had a small box of apple juice (4.23oz)', ['64104010', '1 fun size box (4.23 fl oz)', 1]],
  // drinks
  ['venti iced latte w oat milk', ['92102502', '1 large', 1]],
  ['grande mocha, no whip, before my shift', ['92101950', '1 medium', 1]],
  ['large cappuccino at the airport', ['92161000', '1 large', 1]],
  ['large coffee w cream & 2 sugars', ['92100000', '1 large', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['two 20 oz cokes during my double shift', ['92410310', '1 bottle (20 fl oz)', 2]],
  ['small sprite w lunch', ['92410510', '1 small drink', 1]],
  ['a monster on night shift', ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['red bull 8.4 oz', ['95310600', '1 can (8.4 fl oz)', 1]],
  ['2 tallboys (16 oz beers)', ['93101000', '1 can or bottle (16 fl oz)', 2]],
  ['4 light beers at the tailgate', ['93102000', '1 can or bottle (12 fl oz)', 4]],
  ['a snapple', ['92309000', '1 Snapple bottle (16 fl oz)', 1]],
  ['medium sweet tea from chick fil a', ['92308000', '1 medium drink', 1]],
  ['12 oz choc milk after practice', ['11511000', '1 fl oz', 12]],
  ['12 oz hot cocoa w whipped cream', ['11512100', '1 fl oz', 12]],
  ['half cup of strawberry milk for the toddler', ['11519040', '1 cup', 0.5]],
  ['4 glasses of white wine at the reunion', ['93401020', '1 glass', 4]],
  ['powerade 20oz after soccer', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['a cup of eggnog at the party', ['11531000', '1 cup', 1]],
  // desserts
  ['large slice of apple pie', ['53301000', '1 large slice', 1]],
  ['1 scoop vanilla in a cup', ['13110100', '1 scoop', 1]],
  ['soft serve cone at the beach', ['13120782', '1 cone', 1]],
  ['caramel sundae from mcd', ['13121400', '1 sundae', 1]],
  ['ice cream sandwich after dinner', ['13120500', '1 sandwich', 1]],
  ['2 red velvet cupcakes', ['53116520', '1 cupcake, any size', 2]],
  ['piece of birthday cake at work', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['large froyo, shared half', ['11459990', '1 large ice cream cup', 0.5]],
  ['3 brownie bites', ['53204000', '1 small or bite size', 3]],
  ['1 huge bakery chocolate chip cookie', ['53206020', '1 extra large', 1]],
  ['jelly donut and coffee', ['53521140', '1 doughnut', 1], ['92100000', QNS, 1]],
  ['4 donut holes', ['53520170', '1 doughnut hole', 4]],
  ['a slice of lemon pound cake', ['53116000', '1 piece/slice, any size', 1]],
  ['key lime pie slice on vacation', ['53305800', '1 slice, any size', 1]],
  ['tres leches, 1 piece', ['53118550', '1 piece/slice, any size', 1]],
  ['we split a banana split, i had half', ['13121120', '1 banana split', 0.5]],
  ['3 lemon bars', ['53224250', '1 medium bar', 3]],
  ['6 fig newtons', ['53220030', '1 Newton bar', 6]],
  ['2 slices sweet potato pie at thanksgiving', ['53360000', '1 regular slice', 2]],
  ['2 oatmeal cookies', ['53233000', '1 medium', 2]],
  ['a s\'mores cookie', ['53210900', '1 medium S\'mores cookie', 1]],
  ['chocolate pudding cup, sugar free', ['13230140', '1 snack size container', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twentieth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-20.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-18, with the decisions this set needed in the header of make-eval-meals-holdout-20.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-20.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-20.json`);
}
