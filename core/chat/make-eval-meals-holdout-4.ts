/**
 * Writes eval-meals.holdout-4.json: the fourth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 by an engineer who has not read the estimator, the matcher,
 * the alias lists or any earlier scoring results, and who ran nothing that scores messages;
 * committed on its own branch BEFORE the estimator was run on any of these messages and kept
 * from the estimator's author. Each food was chosen by reading foods.csv and each portion by
 * reading portions.csv (core/foods/fndds/), the way a dietitian would pick them for the
 * message. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code +
 * USDA portion or grams + quantity by hand; grams and carbs from the table, never typed).
 *
 * Decisions this set had to make where the conventions are silent:
 * - A size word on a drink is USDA's matching size portion: tall = small, grande = medium,
 *   venti = large (as holdouts 2–3). Where the food has no sizes at all ("large banana", "a
 *   small soft serve cone"), the size word is dropped and the whole-item portion used.
 * - A 12 oz can, 20 oz bottle or "large drink" is USDA's portion of that name; "N oz" of a drink
 *   with no such portion, "a pint" (16 fl oz) and "half a glass" (4 fl oz) are N × "1 fl oz".
 * - "a footlong" sub is two 6" subs (USDA has no foot-long portion for these foods).
 * - "a few" is 3; "a couple" is 2; "some" is "Quantity not specified", like no quantity.
 * - Counted pieces of a mixed dish ("4 potstickers", "6 nigiri", "3 stuffed shells") use the
 *   food's per-piece portion; a whole sushi roll is USDA's "Quantity not specified" (6 pieces),
 *   as holdout 2 did for "a california roll".
 * - "a slice" of cake or pie is the food's regular/any-size slice; for a layer cake USDA's
 *   "regular or small piece/slice, 2+ layer cake" (the same weight as its "Quantity not specified").
 * - "a pack" of a candy is USDA's "1 pouch/regular size"; "a bag" of chips or popcorn is the
 *   size the message names (large, 100 calorie), and with no size the 1 oz "small single
 *   serving bag" that comes with a sandwich.
 * - Sauces, spreads and toppings named without amount ("w/ syrup", "w ranch", "w sour cream")
 *   are "Quantity not specified", as holdout 2 did for syrup and butter.
 * - Cooking method not said: "2 eggs" is "Egg, whole, cooked, NS as to cooking method"; "10
 *   breaded wings" says breaded so the coated, fried, restaurant wing is meant.
 * - "cranberry juice" is the cranberry juice cocktail most people buy (FNDDS's cranberry juice
 *   drink), not 100 % cranberry juice.
 * - A brand is the nearest generic FNDDS food unless FNDDS has the brand itself (Big Mac,
 *   McDonald's hamburger, Red Bull, Clif Bar).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-4.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 fried eggs and 2 slices of rye toast', ['31105005', '1 egg', 2], ['51401020', '1 medium or regular slice', 2]],
  ['bowl of cheerios w/ 2% milk', ['57123000', '1 cup', 1], ['11112110', QNS, 1]],
  ['1.5 cups frosted flakes with skim milk', ['57348000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['toasted plain bagel w butter', ['51180010', QNS, 1], ['81100500', QNS, 1]],
  ['3 strips of bacon, 2 eggs and a biscuit', ['22600100', '1 medium slice (yield after cooking)', 3], ['31105005', '1 egg', 2], ['52101000', '1 biscuit', 1]],
  ['oatmeal w/ walnuts & honey', ['56202960', QNS, 1], ['42116000', QNS, 1], ['91302010', QNS, 1]],
  ['2 frozen waffles with peanut butter', ['55200020', '1 waffle', 2], ['42202000', QNS, 1]],
  ['sausage egg and cheese biscuit from mcdonalds', ['34001520', '1 regular', 1]],
  ['150 g vanilla greek yogurt and granola', ['11435000', { grams: 150 }, 1], ['57227000', QNS, 1]],
  ['a cup of raisin bran', ['57329000', '1 cup', 1]],
  ['1/2 cup granola with almond milk', ['57227000', '1 cup', 0.5], ['11350040', QNS, 1]],
  ['3 pancakes w/ maple syrup', ['55100005', '1 medium pancake', 3], ['91300010', QNS, 1]],
  ['huevos rancheros', ['32105180', QNS, 1]],
  ['cheese omelet & hash browns', ['32130120', QNS, 1], ['71404000', QNS, 1]],
  ['cream of wheat, 1 cup', ['56206990', '1 cup, cooked', 1]],
  ['a bowl of froot loops with milk', ['57221700', '1 cup', 1], ['11100000', QNS, 1]],
  ['cheese danish and coffee', ['53511000', QNS, 1], ['92100000', QNS, 1]],
  ['bananna and coffee w cream', ['63107010', QNS, 1], ['92100000', QNS, 1], ['12200100', QNS, 1]],
  ['2 pieces of toast with jam', ['51000110', '1 medium or regular slice', 2], ['91402000', QNS, 1]],
  ['sausage mcmuffin w egg', ['34001310', '1 regular', 1]],
  ['a blueberry scone', ['52105200', '1 regular', 1]],
  ['2 poached eggs on an english muffin', ['31103010', '1 egg', 2], ['51186010', '1 muffin', 1]],
  ['a chocolate chip muffin and a small latte', ['52302500', '1 medium', 1], ['92101900', '1 small', 1]],
  ['a slice of zucchini bread', ['52407000', '1 slice', 1]],
  ['breakfast: 2 sausage patties & 2 pancakes', ['25221400', '1 patty', 2], ['55100005', '1 medium pancake', 2]],
  ['a big bowl of oatmeal with raisins', ['56202960', '1 cup, cooked', 1], ['62125100', QNS, 1]],
  ['an apple cinnamon instant oatmeal packet', ['56203155', '1 packet, dry, yields', 1]],
  // lunch
  ['a grilled cheese on sourdough and an apple', ['14640100', '1 sandwich', 1], ['63101000', '1 medium', 1]],
  ['6 inch italian sub', ['27560630', '1 regular or 6" submarine', 1]],
  ['2 cups chicken noodle soup', ['58403040', '1 cup', 2]],
  ['big mac and medium fries', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 medium fast food order', 1]],
  ['6 chicken nuggets & a small fry', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1]],
  ['double cheeseburger', ['27510254', '1 double cheeseburger', 1]],
  ['chicken burrito with rice and beans', ['58102540', '1 small/regular', 1]],
  ['a slice of meat lovers pizza', ['58106610', '1 piece, NFS', 1]],
  ['2 slices thin crust cheese pizza', ['58106220', '1 piece, NFS', 2]],
  ['a side caesar salad', ['72116150', QNS, 1]],
  ['ham sandwich on wheat w/ a pickle', ['27520230', '1 regular', 1], ['75503010', QNS, 1]],
  ['bowl of beef stew', ['27311410', '1 cup', 1]],
  ['broccoli cheddar soup, a cup', ['72302100', '1 cup', 1]],
  ['a bowl of tortilla soup', ['58421080', '1 cup', 1]],
  ['chicken quesadilla w sour cream', ['58104740', '1 full circle', 1], ['12310100', QNS, 1]],
  ['2 chicken soft tacos', ['58102150', '1 small/regular', 2]],
  ['nachos w cheese and jalapenos', ['58104120', QNS, 1], ['75511050', QNS, 1]],
  ['a corned beef sandwich', ['27510910', '1 regular', 1]],
  ['a meatball sub', ['27510700', '1 regular', 1]],
  ['filet o fish', ['27550000', '1 regular sandwich', 1]],
  ['a bean and cheese burrito', ['58102610', '1 small/regular', 1]],
  ['cup of potato soup and half a turkey sandwich', ['71801000', '1 cup', 1], ['27540030', '1 regular', 0.5]],
  ['pbj on wheat & a glass of milk', ['42302020', '1 sandwich', 1], ['11100000', '1 fl oz', 8]],
  ['cobb salad w ranch', ['75148010', QNS, 1], ['83113500', QNS, 1]],
  ['a footlong turkey sub', ['27540050', '1 regular or 6" submarine', 2]],
  ['a turkey wrap', ['27540070', '1 sandwich, any size', 1]],
  ['a tuna salad sandwich on white and a bag of chips', ['27550720', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['2 sloppy joes', ['27510100', '1 sandwich, any size', 2]],
  ['corn dog and fries', ['27560300', '1 regular', 1], ['71400990', QNS, 1]],
  ['a pulled pork sandwich w coleslaw', ['27520510', '1 regular sandwich', 1], ['75141000', QNS, 1]],
  ['chicken salad over lettuce, no bread', ['27446200', QNS, 1], ['75113000', QNS, 1]],
  ['blt and a cup of tomato soup', ['27520610', '1 sandwich, any size', 1], ['74601000', '1 cup', 1]],
  ['a bowl of black bean soup', ['41601010', '1 cup', 1]],
  ['leftover chili mac, 1 cup', ['27212120', '1 cup', 1]],
  // dinner, home cooking
  ['grilled salmon, 1 cup brown rice and asparagus', ['26137123', QNS, 1], ['56205011', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['spagetti bolognese, 1.5 cups', ['58146322', '1 cup', 1.5]],
  ['chicken alfredo', ['58146421', QNS, 1]],
  ['2 cups of penne with marinara', ['58146222', '1 cup', 2]],
  ['pork tenderloin & roasted potatoes', ['22210300', QNS, 1], ['71104030', QNS, 1]],
  ['roast chicken with stuffing', ['24100000', QNS, 1], ['51182010', QNS, 1]],
  ['beef stroganoff over egg noodles', ['27212350', QNS, 1]],
  ['shrimp scampi over linguine', ['27150230', QNS, 1], ['56130000', QNS, 1]],
  ['eggplant parmesan', ['75412060', QNS, 1]],
  ['3 stuffed shells with meat sauce', ['58134130', '1 shell (jumbo)', 3]],
  ['chicken fried steak w/ gravy & mashed potatoes', ['21104110', QNS, 1], ['28500040', QNS, 1], ['71501000', QNS, 1]],
  ['fried catfish and 3 hush puppies', ['26107140', QNS, 1], ['52209010', '1 hush puppy', 3]],
  ['2 crab cakes', ['27250040', '1 cake or patty', 2]],
  ['10 breaded wings', ['24167230', '1 wing, any size', 10]],
  ['baked potato with sour cream and butter', ['71100100', '1 medium', 1], ['12310100', QNS, 1], ['81100500', QNS, 1]],
  ['collard greens and a piece of cornbread', ['72107220', QNS, 1], ['52202060', '1 piece', 1]],
  ['red beans and rice', ['58160150', QNS, 1]],
  ['a bowl of paella', ['27360090', '1 cup', 1]],
  ['baked chicken thigh and 1 cup mac n cheese', ['24152230', '1 medium thigh', 1], ['58145110', '1 cup', 1]],
  ['10 oz ribeye and a loaded baked potato', ['21101170', { grams: 283.5 }, 1], ['71508010', '1 medium', 1]],
  ['tuna noodle casserole', ['27250610', QNS, 1]],
  ['chicken and dumplings', ['27246100', QNS, 1]],
  ['2 pork chops w applesauce', ['22101000', '1 regular', 2], ['63101110', QNS, 1]],
  ['meatloaf, mashed potatos and green beans', ['27214100', QNS, 1], ['71501000', QNS, 1], ['75205030', QNS, 1]],
  ['a bowl of beef chili with crackers', ['27111400', '1 cup', 1], ['54325000', QNS, 1]],
  ['turkey burger on a wheat bun', ['27545110', '1 sandwich', 1]],
  ['2 mcdonalds hamburgers', ['27510553', '1 hamburger', 2]],
  ['sweet potato fries', ['73410200', QNS, 1]],
  ['a plate of dirty rice', ['58163130', QNS, 1]],
  ['grilled chicken breast and a side of corn', ['24123301', QNS, 1], ['75216120', QNS, 1]],
  ['a plate of meat ravioli w red sauce', ['58131320', QNS, 1]],
  // Chinese / Asian takeout
  ['beef and broccoli w/ fried rice', ['27415110', QNS, 1], ['58150310', QNS, 1]],
  ['kung pao chicken and white rice', ['27445220', QNS, 1], ['56205001', QNS, 1]],
  ['sweet and sour pork', ['27120060', QNS, 1]],
  ['4 potstickers', ['58111110', '1 item, any size', 4]],
  ['3 egg rolls from the chinese place', ['58110130', '1 egg roll', 3]],
  ['2 cups lo mein', ['58136110', '1 cup', 2]],
  ['cup of hot and sour soup', ['28340750', '1 cup', 1]],
  ['a bowl of wonton soup', ['58408010', '1 cup', 1]],
  ['sweet n sour chicken w rice', ['27146100', QNS, 1], ['56205001', QNS, 1]],
  ['6 pieces salmon nigiri', ['58151420', '1 piece', 6]],
  ['a spicy tuna roll', ['58151220', QNS, 1]],
  ['ramen bowl with pork and egg', ['58407056', QNS, 1]],
  ['a bowl of congee w chicken', ['58157300', '1 cup', 1]],
  ['2 cups vegetable fried rice', ['58150110', '1 cup', 2]],
  ['an avocado roll', ['58151170', QNS, 1]],
  ['orange chicken w/ steamed rice', ['27146350', QNS, 1], ['56205008', QNS, 1]],
  ['shrimp teriyaki & a cup of rice', ['27150410', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['shrimp tempura, 5 pieces', ['26319140', '1 small/medium shrimp', 5]],
  // Indian
  ['fish curry with rice', ['27150325', QNS, 1]],
  ['butter chicken and garlic naan', ['27146150', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['palak paneer w 2 rotis', ['72125310', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['vegetable curry with rice', ['75440610', QNS, 1]],
  // Middle Eastern / Mediterranean
  ['chicken kabob with rice pilaf', ['27440130', QNS, 1], ['58162310', QNS, 1]],
  ['hummus w/ a pita', ['41205070', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['tabbouleh, 1 cup', ['58175110', '1 cup', 1]],
  ['4 falafel', ['41209000', '1 patty', 4]],
  ['a piece of baklava', ['53441110', '1 piece', 1]],
  ['6 stuffed grape leaves', ['58161510', '1 roll', 6]],
  ['spanakopita', ['58124250', QNS, 1]],
  ['greek salad', ['75146000', QNS, 1]],
  // Mexican / Latin
  ['4 carne asada tacos', ['58102010', '1 small/regular', 4]],
  ['2 chicken fajitas', ['58105000', '1 fajita', 2]],
  ['a bowl of pozole', ['28315150', '1 cup', 1]],
  ['chile relleno w rice & beans', ['75410500', '1 chili', 1], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['3 cheese enchiladas', ['58102840', '1 enchilada, any size', 3]],
  ['1 cup black beans and 1 cup rice', ['41101990', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['refried beans & spanish rice', ['41205010', QNS, 1], ['58163430', QNS, 1]],
  ['a pork tamale', ['58103125', '1 item, any size', 1]],
  ['2 gorditas', ['58104290', '1 item, any size', 2]],
  ['a beef empanada', ['58116117', '1 regular/large', 1]],
  ['tortillia chips w queso', ['54401075', QNS, 1], ['14620200', QNS, 1]],
  ['chicken taco salad', ['58101935', '1 taco salad, NS as to size', 1]],
  ['a flan', ['13210350', QNS, 1]],
  // snacks
  ['a handful of chex mix', ['54420220', QNS, 1]],
  ['apple w/ 1 tbsp almond butter', ['63101000', '1 medium', 1], ['42200500', '1 tablespoon', 1]],
  ['string cheese and 5 crackers', ['14107030', '1 stick', 1], ['54001000', '1 cracker', 5]],
  ['a cup of honeydew', ['63127010', '1 cup', 1]],
  ['baby carrots & hummus', ['73101010', QNS, 1], ['41205070', QNS, 1]],
  ['a 100 calorie pack of popcorn', ['54403051', '1 100 calorie package', 1]],
  ['a protein bar', ['53729000', '1 bar', 1]],
  ['a handful of peanuts', ['42111000', QNS, 1]],
  ['2 rice cakes w pb', ['54318500', '1 cake', 2], ['42202000', QNS, 1]],
  ['a large bag of lays', ['71200010', '1 large single serving bag', 1]],
  ['half a clif bar before my run', ['53720200', '1 bar', 0.5]],
  ['6 saltines', ['54325000', '1 cracker', 6]],
  ['a cup of cheez its', ['54304000', '1 cup, NFS', 1]],
  ['some trail mix', ['42501000', QNS, 1]],
  ['hard boiled egg and a few crackers', ['31103010', '1 egg', 1], ['54001000', '1 cracker', 3]],
  // fruit
  ['a kiwi and a pear', ['63126500', '1 fruit', 1], ['63137010', '1 fruit', 1]],
  ['a big wedge of watermelon', ['63149010', '1 large wedge/slice', 1]],
  ['half a mango', ['63129010', '1 mango', 0.5]],
  ['half a banana and a string cheese', ['63107010', '1 banana', 0.5], ['14107030', '1 stick', 1]],
  ['a small apple w some cheddar', ['63101000', '1 small', 1], ['14104100', QNS, 1]],
  ['large banana', ['63107010', '1 banana', 1]],
  ['1/2 cup pineapple chunks', ['63141010', '1 cup', 0.5]],
  ['2 clementines', ['61100600', '1 fruit', 2]],
  ['a handful of cherries', ['63115010', QNS, 1]],
  ['10 strawberries', ['63223020', '1 fruit', 10]],
  ['3 plums', ['63143010', '1 fruit', 3]],
  ['150 g blueberries', ['63203010', { grams: 150 }, 1]],
  ['3 dates', ['62110100', '1 date', 3]],
  ['a cup of fruit salad', ['63311000', '1 cup', 1]],
  ['a peach and some grapes', ['63135010', '1 fruit', 1], ['63123000', QNS, 1]],
  // dessert
  ['a slice of chocolate cake', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['2 slices of cheesecake', ['53104500', '1 piece/slice, any size', 2]],
  ['2 scoops vanilla ice cream', ['13110100', '1 scoop', 2]],
  ['apple pie a la mode', ['53301000', QNS, 1], ['13110100', QNS, 1]],
  ['2 cupcakes at the party', ['53100100', '1 cupcake, any size', 2]],
  ['tiramisu', ['13252600', QNS, 1]],
  ['a small soft serve cone', ['13120782', '1 cone', 1]],
  ['8 vanilla wafers', ['53247000', '1 medium', 8]],
  ['carrot cake', ['53104260', QNS, 1]],
  ['1/2 cup rice pudding', ['13210410', '1 cup', 0.5]],
  ['a bag of peanut m&ms', ['91746110', '1 pouch/regular size', 1]],
  ['a pack of reeses cups', ['91705530', '1 pouch/regular size', 1]],
  ['a slice of key lime pie', ['53305800', '1 slice, any size', 1]],
  ['an ice cream sandwich', ['13120500', '1 sandwich', 1]],
  ['a piece of pound cake', ['53116000', '1 piece/slice, any size', 1]],
  ['2 churros w chocolate', ['53520200', '1 regular', 2], ['91705010', QNS, 1]],
  ['banana pudding', ['13241000', QNS, 1]],
  ['a handful of gummy bears', ['91745010', QNS, 1]],
  ['a peach cobbler w ice cream', ['53410800', QNS, 1], ['13110000', QNS, 1]],
  // drinks
  ['20 oz coke', ['92410310', '1 bottle (20 fl oz)', 1]],
  ['a can of red bull', ['95310600', '1 can (8.4 fl oz)', 1]],
  ['glass of cranberry juice', ['92530510', '1 fl oz (NFS)', 8]],
  ['2 pints of beer', ['93101000', '1 fl oz', 32]],
  ['a gin & tonic', ['93301060', '1 drink', 1]],
  ['a glass of oat milk', ['11360200', '1 fl oz', 8]],
  ['large strawberry milkshake', ['11542200', '1 large', 1]],
  ['grande mocha', ['92101950', '1 medium', 1]],
  ['a glass of whole milk', ['11111000', '1 fl oz', 8]],
  ['half a glass of apple juice', ['64104010', '1 fl oz (NFS)', 4]],
  ['a can of pepsi', ['92410310', '1 can (12 fl oz)', 1]],
  ['large coke at mcdonalds', ['92410310', '1 large drink', 1]],
  ['a rum and coke', ['93301190', '1 drink', 1]],
  ['16 oz sweet tea', ['92308000', '1 fl oz (NFS)', 16]],
  ['3 light beers', ['93102000', '1 can or bottle (12 fl oz)', 3]],
  ['venti caramel frappuccino', ['92101920', '1 large', 1]],
  ['a tall vanilla latte', ['92101904', '1 small', 1]],
  ['12 oz hot chocolate', ['11512005', '1 fl oz', 12]],
  ['a smoothie with banana and strawberry, 16 oz', ['11553100', '1 fl oz', 16]],
  ['a bottle of orange juice', ['61210220', '1 bottle (10 fl oz)', 1]],
  ['coffee w 2 creamers and a sugar', ['92100000', QNS, 1], ['12210200', '1 individual container', 2], ['91101010', '1 teaspoon', 1]],
  // misspellings, shorthand, several foods
  ['pancaks and sausage', ['55100005', QNS, 1], ['25221400', QNS, 1]],
  ['cheezburger & onion rings', ['27510155', '1 cheeseburger', 1], ['75415022', QNS, 1]],
  ['a turkey sandwitch', ['27540010', '1 regular', 1]],
  ['tomatoe soup and crackers', ['74601000', QNS, 1], ['54325000', QNS, 1]],
  ['chiken nugets, 10', ['24198729', '1 nugget', 10]],
  ['bowl of cerial', ['57100100', '1 cup', 1]],
  ['2 eggs, toast, oj', ['31102000', '1 egg', 2], ['51000110', '1 medium or regular slice', 1], ['61210000', QNS, 1]],
  ['bf - 1/2 cup cottage cheese + a peach', ['14200100', '1 cup', 0.5], ['63135010', '1 fruit', 1]],
  ['lunch - pb sandwich & an apple', ['42301010', '1 sandwich', 1], ['63101000', '1 medium', 1]],
  ['dinner was 2 slices of lasagne and garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 2], ['51121015', QNS, 1]],
  ['6 oz grilled chicken, 1/2 cup quinoa, salad', ['24123301', { grams: 170.1 }, 1], ['56204000', '1 cup, cooked', 0.5], ['75114000', QNS, 1]],
  ['200g boiled potatoes', ['71102980', { grams: 200 }, 1]],
  ['3/4 cup of brown rice & stir fry veggies', ['56205011', '1 cup, cooked', 0.75], ['75340020', QNS, 1]],
  ['half a bagel w cream cheese and a coffee', ['51180010', '1 regular', 0.5], ['14301010', QNS, 1], ['92100000', QNS, 1]],
  ['a couple of hard shell beef tacos w/ beans', ['58102020', '1 small/regular', 2]],
  ['1 cup spaghetti w/ 1/2 cup sauce', ['56130000', '1 cup, cooked', 1], ['74404010', '1 cup', 0.5]],
  ['a hot dog and a root beer', ['27564000', '1 sandwich', 1], ['92410710', '1 can (12 fl oz)', 1]],
  ['2 small corn tortillas with eggs and salsa', ['52215100', '1 small', 2], ['32129990', QNS, 1], ['74402100', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Fourth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases or earlier results, and ran nothing that scores messages), committed BEFORE the estimator was run on any of them and not shown to the estimator\'s author. Generated by core/chat/make-eval-meals-holdout-4.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts, with the decisions this set needed in the header of make-eval-meals-holdout-4.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-4.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-4.json`);
}
