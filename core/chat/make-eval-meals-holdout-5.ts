/**
 * Writes eval-meals.holdout-5.json: the fifth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 by an engineer who has not read the estimator, the matcher,
 * the alias lists, core/chat/README.md or any scoring results (eval-meals*.results.json), and
 * who ran nothing that scores messages; committed on its own branch BEFORE the estimator was
 * run on any of these messages and kept from the estimator's author, who was changing the
 * estimator at the time. Each food was chosen by reading foods.csv and each portion by reading
 * portions.csv (core/foods/fndds/), the way a dietitian would pick them for the message. No
 * message repeats one of eval-meals.json or holdouts 1-4 (checked by comparing lower-cased,
 * punctuation-folded messages; near-paraphrases were rewritten too). Same format, conventions
 * and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by
 * hand; grams and carbs from the table, never typed), plus the decisions in
 * make-eval-meals-holdout-4.ts (a slice of layer cake, a pint = 16 fl oz, a footlong = two
 * 6" subs, sizes on drinks, a few = 3, a whole sushi roll, sauces without amount).
 *
 * Decisions this set had to make where those conventions are silent:
 * - "N oz" of a drink or "a cup of" a drink is N (or 8) × the food's "1 fl oz" portion; "2 tbsp"
 *   of half and half is its "1 fl oz" portion (the food has no tablespoon portion).
 * - A can or bottle whose size the message gives ("a 500ml bottle", "a 12 oz red bull") is
 *   USDA's portion of that size; "a monster" is USDA's 16 fl oz can, "an espresso" its 2 fl oz cup.
 * - "a plate of" a dish is "Quantity not specified", like no quantity; "a bowl" stays 1 cup
 *   even for a dish served in bigger bowls (ramen), as holdout 2 did for pho.
 * - "big" / "large" on a food with USDA sizes is its large portion ("a big brownie", "a big
 *   slice of watermelon" = large wedge, "a large baked potato"); "small" likewise.
 *   A named restaurant item whose real size is larger than USDA's regular (a cheesesteak, a
 *   Chipotle burrito) is still the regular portion when the message gives no size; messages
 *   where that would be misleading were reworded to name no such brand.
 * - A dish FNDDS lacks is its nearest FNDDS food: chicken tikka masala = chicken curry, steel
 *   cut oats = oatmeal, avocado toast = a slice of white toast + sandwich-amount avocado, penne
 *   alla vodka = pasta + vodka sauce, rice & beans = FNDDS's beans and rice, beef stew = beef,
 *   potatoes and vegetables (with carrots) in gravy, glazed donut = yeast doughnut, M&Ms and a
 *   chocolate bar = chocolate candy, birthday cake = white layer cake with white icing, an
 *   italian sub = multiple-meat sub with cheese, bacon-and-egg bagel = egg sandwich on bagel
 *   with bacon, cuties = clementines, garlic naan = naan, IPAs = beer.
 * - A side named in a fast-food or diner meal without a place ("french dip & fries") is the NFS
 *   food; fries named with a fast-food size ("a small fry") are the fast-food fries' order size.
 * - "half a" / "a quarter of a" whole item is that fraction of its whole-item portion (a
 *   cantaloupe is its medium melon).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-5.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 eggs over easy and 2 slices of sourdough toast', ['31105005', '1 egg', 2], ['51133020', '1 medium or regular slice', 2]],
  ['bowl of cream of wheat & half a banana', ['56206990', '1 cup, cooked', 1], ['63107010', '1 banana', 0.5]],
  ['bananna w peanut butter & a glass of milk', ['63107010', '1 banana', 1], ['42202000', QNS, 1], ['11100000', '1 fl oz', 8]],
  ['1 cup honey nut cheerios + 1/2 cup whole milk', ['57241000', '1 cup', 1], ['11111000', '1 cup', 0.5]],
  ['english muffin w/ strawberry jam', ['51186010', '1 muffin', 1], ['91402000', QNS, 1]],
  ['3 slices french toast', ['55301000', '1 slice, any size', 3]],
  ['bacon and egg bagel sandwich', ['34001620', '1 regular', 1]],
  ['yogurt parfait for breakfast', ['11446000', QNS, 1]],
  ['a croissant and 6 oz oj', ['51166000', '1 medium croissant', 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['2 buttermilk pancakes with syrup', ['55101000', '1 medium pancake', 2], ['91300010', QNS, 1]],
  ['belgian waffle w strawberries & whipped cream', ['55201000', '1 thick / Belgian waffle', 1], ['63223020', QNS, 1], ['12140000', QNS, 1]],
  ['hash browns & 2 sausage links', ['71404000', QNS, 1], ['25221405', '1 breakfast size link', 2]],
  ['avocado toast', ['51101010', '1 medium or regular slice', 1], ['89902000', QNS, 1]],
  ['glazed donut and a small coffee', ['53521110', '1 doughnut', 1], ['92100000', '1 small', 1]],
  ['2 boiled eggs, half an english muffin', ['31103010', '1 egg', 2], ['51186010', '1 muffin', 0.5]],
  ['1 1/2 cups corn flakes w skim milk', ['57134000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['steel cut oats 1 cup w blueberries', ['56202960', '1 cup, cooked', 1], ['63203010', QNS, 1]],
  ['2 biscuits w sausage gravy', ['52101000', '1 biscuit', 2], ['27120120', QNS, 1]],
  ['sausage & egg croissant', ['34001410', '1 regular', 1]],
  ['2 shredded wheat biscuits with milk', ['57417000', '1 rectangular biscuit', 2], ['11100000', QNS, 1]],
  ['a cheese danish', ['53511000', '1 medium', 1]],
  ['grits w butter and 2 scrambled eggs', ['56200990', QNS, 1], ['81100500', QNS, 1], ['32129990', '1 egg', 2]],
  ['3 turkey sausage links & a slice of wheat toast', ['25221830', '1 breakfast size link', 3], ['51300120', '1 medium or regular slice', 1]],
  ['rice krispies w milk', ['57151000', QNS, 1], ['11100000', QNS, 1]],
  ['chilaquiles w 2 fried eggs', ['58100360', QNS, 1], ['31105005', '1 egg', 2]],
  ['congee with pork', ['58157300', QNS, 1]],
  ['bowl of granola with yoghurt', ['57227000', '1 cup', 1], ['11410000', QNS, 1]],
  ['half a bagel w/ pb', ['51180010', '1 regular', 0.5], ['42202000', QNS, 1]],
  ['2 sausage biscuits', ['34002130', '1 regular', 2]],
  ['bowl of frosted mini wheats', ['57214000', '1 cup', 1]],
  ['150g plain greek yogurt w a handful of blueberries', ['11400010', { grams: 150 }, 1], ['63203010', QNS, 1]],
  ['a cup of coffee w 2 tbsp half & half', ['92100000', '1 cup (8 fl oz)', 1], ['12120100', '1 fl oz', 1]],
  // lunch
  ['club sandwich w/ a pickle', ['27540123', '1 sandwich, any size', 1], ['75503010', '1 regular', 1]],
  ['grilled cheese & tomato soup', ['14640100', '1 sandwich', 1], ['74601000', QNS, 1]],
  ['chicken salad wrap', ['27540122', '1 sandwich, any size', 1]],
  ['2 ham and cheese sliders', ['27520220', '1 miniature/slider', 2]],
  ['cheesesteak on wheat', ['27514040', '1 regular', 1]],
  ['a reuben and coleslaw', ['27510950', '1 sandwich, any size', 1], ['75141000', QNS, 1]],
  ['cobb salad & a dinner roll', ['75148010', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 cups lentil soup', ['41603010', '1 cup', 2]],
  ['a bowl of minestrone and a roll', ['75651000', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['beef stew w a biscuit', ['27311600', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['footlong meatball sub', ['27510700', '1 regular or 6" submarine', 2]],
  ['egg salad on wheat w chips', ['32203020', '1 regular', 1], ['71200010', QNS, 1]],
  ['a corn dog and a cup of lemonade', ['27560300', '1 regular', 1], ['92510955', '1 fl oz (NFS)', 8]],
  ['sloppy joe on a wheat bun', ['27510105', '1 sandwich, any size', 1]],
  ['large bean and rice burrito w cheese', ['58102620', '1 large', 1]],
  ['split pea soup w ham, 1 cup', ['41602030', '1 cup', 1]],
  ['a large baked potato w butter and chives', ['71100100', '1 large', 1], ['81100500', QNS, 1]],
  ['1 cup mac salad', ['58148110', '1 cup', 1]],
  ['tuna melt', ['27550730', '1 regular', 1]],
  ['a medium bag of pita chips', ['54402700', '1 medium single serving bag', 1]],
  ['spicy chicken sandwich from popeyes', ['27540146', '1 regular sandwich', 1]],
  ['veggie burger on a bun', ['41901010', '1 sandwich', 1]],
  ['half a chicken quesadilla w guac', ['58104740', '1 full circle', 0.5], ['63409010', QNS, 1]],
  ['french dip & fries', ['27513070', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['ham wrap and a pickle spear', ['27520270', '1 sandwich, any size', 1], ['75503010', '1 spear', 1]],
  ['greek salad w a pita', ['75146000', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['leftover pizza, 3 slices of sausage', ['58106610', '1 piece, NFS', 3]],
  ['a ham sandwich and an apple', ['27520210', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['2 hot dogs w sauerkraut', ['27564000', '1 sandwich', 2]],
  ['a cup of coleslaw and 2 pieces fried chicken', ['75141000', '1 cup', 1], ['24107070', '1 piece', 2]],
  // dinner, home cooking
  ['plate of spagetti w marinara', ['58146222', QNS, 1]],
  ['veal parm & a salad', ['27135110', QNS, 1], ['75143000', QNS, 1]],
  ['a piece of veggie lasagna', ['58130320', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['baked ziti, about 1.5 cups', ['58146150', '1 cup', 1.5]],
  ['2 cups new england clam chowder', ['28355110', '1 cup', 2]],
  ['penne alla vodka', ['56130000', QNS, 1], ['74404090', QNS, 1]],
  ['1 cup cheese ravioli with marinara', ['58131520', '1 cup', 1]],
  ['pot roast, 2 small potatoes & carrots', ['21407000', QNS, 1], ['71103000', '1 small', 2], ['73102220', QNS, 1]],
  ['roast chicken, rice pilaf, green beans', ['24102000', QNS, 1], ['58162310', QNS, 1], ['75205030', QNS, 1]],
  ['2 fried chicken drumsticks, mashed potatoes and a biscuit', ['24147300', '1 medium drumstick', 2], ['71501000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['bbq ribs, cornbread and baked beans', ['22701000', QNS, 1], ['52201000', '1 piece', 1], ['41201010', QNS, 1]],
  ['1.5 cups shepherds pie', ['27311510', '1 cup', 1.5]],
  ['2 cups beef stroganoff w noodles', ['27212350', '1 cup', 2]],
  ['chicken stir fry w/ 1 cup white rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['6 oz sirloin, a baked potato and a salad', ['21102150', { grams: 6 * OZ }, 1], ['71100100', '1 medium', 1], ['75143000', QNS, 1]],
  ['grilled chicken breast + a cup of brown rice + brocoli', ['24123301', QNS, 1], ['56205011', '1 cup, cooked', 1], ['72201220', QNS, 1]],
  ['pork tenderloin and applesauce', ['22210300', QNS, 1], ['63101110', QNS, 1]],
  ['6 oz salmon, a sweet potato & asparagus', ['26137120', { grams: 6 * OZ }, 1], ['73403000', '1 medium', 1], ['75202020', QNS, 1]],
  ['tilapia with 1 cup couscous', ['26158000', QNS, 1], ['56207160', '1 cup, cooked', 1]],
  ['a bowl of chili w cornbread', ['27111400', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['eggplant parm w a side of pasta', ['75412060', QNS, 1], ['58146222', QNS, 1]],
  ['fried catfish, coleslaw & 2 hush puppies', ['26107140', QNS, 1], ['75141000', QNS, 1], ['52209010', '1 hush puppy', 2]],
  ['crab cake sandwich w a side salad', ['27550110', '1 regular sandwich', 1], ['75143000', QNS, 1]],
  ['2 cups chicken n dumplings', ['27246100', '1 cup', 2]],
  ['jambalaya 2 cups', ['27363100', '1 cup', 2]],
  ['gumbo over rice', ['27363000', QNS, 1]],
  ['2 stuffed cabbage rolls', ['27315250', '1 cabbage roll', 2]],
  ['lasanga, 1 piece', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['mashed potatos, 1 cup, and a pork chop', ['71501000', '1 cup', 1], ['22101000', '1 regular', 1]],
  ['sausage & peppers w a hoagie roll', ['25221350', QNS, 1], ['75226020', QNS, 1], ['51157000', '1 medium (8" long)', 1]],
  // chinese, japanese, asian
  ['kung pao shrimp w brown rice', ['27450470', QNS, 1], ['56205011', QNS, 1]],
  ['general tsos chicken w fried rice', ['27445150', QNS, 1], ['58150310', QNS, 1]],
  ['beef & broccoli, 1 cup, plus rice', ['27415110', '1 cup', 1], ['56205001', QNS, 1]],
  ['3 veggie egg rolls', ['58110110', '1 egg roll', 3]],
  ['chicken lo mein', ['58136160', QNS, 1]],
  ['hot and sour soup, a bowl', ['28340750', '1 cup', 1]],
  ['1 cup sweet and sour pork w 1 cup fried rice', ['27120060', '1 cup', 1], ['58150310', '1 cup', 1]],
  ['shrimp fried rice 2 cups', ['58150510', '1 cup', 2]],
  ['8 steamed dumplings', ['58112510', '1 item, any size', 8]],
  ['5 fried potstickers', ['58111110', '1 item, any size', 5]],
  ['2 cups wonton soup and an egg roll', ['58408010', '1 cup', 2], ['58110130', '1 egg roll', 1]],
  ['teriyaki steak & 1 cup rice', ['27115100', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['6 pieces spicy tuna roll', ['58151220', '1 piece', 6]],
  ['a bowl of chicken ramen', ['58407042', '1 cup', 1]],
  ['salmon nigiri x4', ['58151420', '1 piece', 4]],
  ['veggie tempura', ['75440200', QNS, 1]],
  ['tofu & veggie stir fry w brown rice', ['41812500', QNS, 1], ['56205011', QNS, 1]],
  ['chicken chow mein', ['27343910', QNS, 1]],
  // indian
  ['chicken tikka masala w basmati rice', ['27146150', QNS, 1], ['56205001', QNS, 1]],
  ['1 cup dal and a naan', ['41305050', '1 cup', 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['palak paneer & a garlic naan', ['72125310', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['lamb biryani, about 2 cups', ['27213010', '1 cup', 2]],
  ['2 cups veg curry', ['75440600', '1 cup', 2]],
  ['3 pakoras and a samosa', ['75440400', '1 pakora', 3], ['58124500', '1 regular/large', 1]],
  ['beef curry w 1 cup rice', ['27116100', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  // mexican, latin
  ['3 chicken tacos on corn tortillas', ['58102050', '1 small/regular', 3]],
  ['chicken fajitas, 3 of them', ['58105000', '1 fajita', 3]],
  ['a chimichanga', ['58104500', '1 item, any size', 1]],
  ['rice & beans', ['58160100', QNS, 1]],
  ['pozole, 2 cups', ['28315150', '1 cup', 2]],
  ['chips & queso', ['54401075', QNS, 1], ['14620200', QNS, 1]],
  ['beef nachos', ['58104130', QNS, 1]],
  ['2 flour tortillas w refried beans', ['52215200', '1 medium', 2], ['41205010', QNS, 1]],
  ['1/2 cup spanish rice and 1/2 cup refried beans', ['58163430', '1 cup', 0.5], ['41205010', '1 cup', 0.5]],
  ['a beef taco salad', ['58101930', '1 taco salad, NS as to size', 1]],
  ['16 oz horchata', ['92610020', '1 fl oz', 16]],
  // middle eastern, mediterranean
  ['4 falafel w tahini', ['41209000', '1 patty', 4], ['43103300', QNS, 1]],
  ['tabbouleh and hummus', ['58175110', QNS, 1], ['41205070', QNS, 1]],
  ['lamb kebabs, rice & salad', ['27430610', QNS, 1], ['56205001', QNS, 1], ['75143000', QNS, 1]],
  ['2 pieces of spanakopita', ['58124250', '1 regular/large', 2]],
  ['4 dolmas & some hummus', ['27315270', '1 roll', 4], ['41205070', QNS, 1]],
  ['lamb gyro & a side of fries', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  // fast food
  ['big mac, large fries & a large diet coke', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 large fast food order', 1], ['92410320', '1 large drink', 1]],
  ['whopper w cheese and a large coke', ['27510231', '1 cheeseburger', 1], ['92410310', '1 large drink', 1]],
  ['a quarter pounder', ['27510229', '1 cheeseburger', 1]],
  ['10 pc nuggets and a small fry', ['24198731', '1 nugget', 10], ['71401030', '1 small fast food order', 1]],
  ['medium dr pepper', ['92410360', '1 medium drink', 1]],
  ['a steak burrito w rice & beans', ['58102340', '1 small/regular', 1]],
  ['taco bell bean burrito and 2 crunchy tacos', ['58102610', '1 small/regular', 1], ['58102010', '1 small/regular', 2]],
  ['6 boneless wings w buffalo sauce', ['24168030', '1 boneless wing', 6]],
  ['mcdonalds cheeseburger', ['27510172', '1 cheeseburger', 1]],
  ['a double cheeseburger & small fries', ['27510387', '1 double cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['10 hot wings', ['24168000', '1 drummette', 10]],
  ['a footlong italian sub', ['27580060', '1 regular or 6" submarine', 2]],
  // snacks
  ['1/4 cup cashews', ['42104000', '1 cup', 0.25]],
  ['handful of pretzels', ['54408000', QNS, 1]],
  ['string cheese & 6 saltines', ['14107030', '1 stick', 1], ['54325000', '1 cracker', 6]],
  ['1 oz potato chips', ['71200010', { grams: OZ }, 1]],
  ['4 cups air popped popcorn', ['54403010', '1 cup, popped', 4]],
  ['a sleeve of saltines', ['54325000', '1 sleeve', 1]],
  ['hummus & carrot sticks', ['41205070', QNS, 1], ['73101010', QNS, 1]],
  ['a pear & a string cheese', ['63137010', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['3 cuties', ['61100600', '1 fruit', 3]],
  ['2 cups strawberries w some whipped cream', ['63223020', '1 cup', 2], ['12140000', QNS, 1]],
  ['1 cup mango chunks', ['63129010', '1 cup', 1]],
  ['a big slice of watermelon', ['63149010', '1 large wedge/slice', 1]],
  ['a kiwi and a handful of cherries', ['63126500', '1 fruit', 1], ['63115010', QNS, 1]],
  ['1 cup red grapes', ['63123000', '1 cup', 1]],
  ['half a bananna w 1 tbsp peanut butter', ['63107010', '1 banana', 0.5], ['42202000', '1 tablespoon', 1]],
  ['1 oz beef jerky', ['21602100', { grams: OZ }, 1]],
  ['a powerbar', ['53720300', '1 bar', 1]],
  ['a pack of fig newtons', ['53220030', '1 individual package (2 oz package containing 2 3" bars)', 1]],
  ['2 nature valley crunchy bars', ['53710906', '1 bar', 2]],
  ['6 dates w almond butter', ['62110100', '1 date', 6], ['42200500', QNS, 1]],
  ['an applesauce pouch', ['63101110', '1 pouch', 1]],
  ['dried mango, a handful', ['62114050', QNS, 1]],
  ['150 g cherries', ['63115010', { grams: 150 }, 1]],
  ['a handful of m&ms', ['91705010', QNS, 1]],
  ['a quarter of a cantaloupe', ['63109010', '1 medium melon', 0.25]],
  ['a pickle and some cheese and crackers', ['75503010', '1 regular', 1], ['14010000', QNS, 1], ['54325000', QNS, 1]],
  // desserts
  ['a big brownie', ['53204000', '1 large', 1]],
  ['3 small chocolate chip cookies', ['53206000', '1 small cookie', 3]],
  ['strawberry cheesecake slice', ['53104550', '1 piece/slice, any size', 1]],
  ['a slice of apple pie w a scoop of vanilla ice cream', ['53301000', '1 regular slice', 1], ['13110100', '1 scoop', 1]],
  ['2 chocolate cupcakes', ['53105270', '1 regular cupcake', 2]],
  ['2 scoops chocolate ice cream', ['13110110', '1 scoop', 2]],
  ['a piece of birthday cake', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['tiramisu and an espresso', ['13252600', QNS, 1], ['92101610', '1 espresso cup (2 fl oz)', 1]],
  ['baklava & turkish coffee', ['53441110', QNS, 1], ['92100000', QNS, 1]],
  ['a cup of rice pudding', ['13210410', '1 cup', 1]],
  ['a jello cup', ['91501010', '1 snack size container', 1]],
  ['a slice of carrot cake', ['53104260', '1 piece/slice, any size', 1]],
  ['custard, 1/2 cup', ['13210300', '1 cup', 0.5]],
  ['a chocolate bar', ['91705010', '1 pouch/regular size', 1]],
  ['a glazed doughnut and a cup of chocolate milk', ['53521110', '1 doughnut', 1], ['11511000', '1 cup', 1]],
  ['2 peanut butter cookies', ['53234000', '1 medium', 2]],
  ['cherry cobbler, 1 cup', ['53410500', '1 cup', 1]],
  ['a chocolate covered ice cream bar', ['13120100', '1 bar', 1]],
  // drinks
  ['16 oz oj', ['61210000', '1 fl oz (NFS)', 16]],
  ['a pint of chocolate milk', ['11511000', '1 fl oz', 16]],
  ['a pint of guinness', ['93101000', '1 fl oz', 16]],
  ['3 glasses of red', ['93401010', '1 glass', 3]],
  ['2 frozen margaritas', ['93301510', '1 drink', 2]],
  ['2 mimosas at brunch', ['93301115', '1 drink', 2]],
  ['a taro boba tea', ['92306910', QNS, 1]],
  ['a sugar free monster', ['95312400', '1 can or bottle (16 fl oz)', 1]],
  ['glass of 2% milk', ['11112110', '1 fl oz', 8]],
  ['12 oz coconut water', ['42403010', '1 fl oz (NFS)', 12]],
  ['vodka tonic', ['93301218', '1 drink', 1]],
  ['a boost shake', ['95101000', '1 bottle (8 fl oz)', 1]],
  ['hot tea w honey', ['92302000', QNS, 1], ['91302010', QNS, 1]],
  ['a grande latte', ['92101900', '1 medium', 1]],
  ['a 12 oz red bull', ['95310600', '1 can (12 fl oz)', 1]],
  ['3 IPAs', ['93101000', '1 can or bottle (12 fl oz)', 3]],
  ['a 500ml bottle of coke', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['unsweet iced tea, large', ['92308020', '1 large drink', 1]],
  ['a chocolate milkshake', ['11542100', '1 medium', 1]],
  ['whiskey and coke', ['93301182', '1 drink', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Fifth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s author. Generated by core/chat/make-eval-meals-holdout-5.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and make-eval-meals-holdout-4.ts, with the decisions this set needed in the header of make-eval-meals-holdout-5.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-5.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-5.json`);
}
