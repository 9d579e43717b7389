/**
 * Writes eval-meals.holdout-9.json: the ninth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 17:16 UTC, committed by 17:25 UTC) by an engineer who
 * has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md or any scoring results
 * (eval-meals*.results.json), and who ran nothing that scores messages; committed on its own
 * branch BEFORE the estimator was run on any of these messages and not shown to the estimator's
 * authors, who were changing the estimator at the time. Each food was chosen by reading foods.csv
 * and each portion by reading portions.csv (core/foods/fndds/); many foods are the ones earlier
 * held-out sets already chose for the same dish (holdout 5 above all), so that the same dish
 * means the same food across sets. No message repeats one of eval-meals.json or holdouts 1-8
 * (checked by comparing lower-cased, punctuation-folded messages, and every pair with a word overlap
 * of 0.6 or more read and, where it meant the same food and amount, rewritten). Same format, conventions and
 * builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand;
 * grams and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts and -8.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (parents
 * packing school lunches, students, shift workers, older adults), on ordinary days, lows included.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "half a can of coke" / "half a gatorade (20oz)" / "nachos, shared half" are 0.5 × the whole
 *   portion (holdout 5's "half a" rule applied to a drink and a shared dish).
 * - A sports drink with no brand is "Sports drink, NFS"; Gatorade is FNDDS's own "Sports drink
 *   (Gatorade G)" (as holdouts 2, 7, 8); "N oz" or a "20 oz bottle" is USDA's bottle portion of that
 *   size (12, 20 fl oz). A rum and coke is FNDDS's "Rum and cola".
 * - "500 ml" of a drink with no 500 ml portion is 500 / 29.5735 × "1 fl oz" (holdout 7).
 * - "toast" named as toast is FNDDS's toasted white bread; "buttered noodles" are plain cooked pasta +
 *   butter "Quantity not specified".
 * - "a pb&j" is the NFS peanut butter and jelly sandwich, "1 sandwich" (two slices); "half a
 *   pb & j" is 0.5 of it, not the one-slice sandwich.
 * - Kraft mac and cheese is the packaged-mix macaroni and cheese; "mac n cheese" unqualified is
 *   the NFS macaroni or noodles with cheese.
 * - "a mini box" / "small box" of raisins are the USDA box portions of those names.
 * - "a homemade burger on a bun" and "hamburger" with no place are the NFS hamburger, "1 hamburger".
 * - Rice and beans beside a restaurant plate ("chimichanga platter w rice and beans") is the
 *   restaurant kidney beans and rice (holdout 8's Popeyes rule), not holdout 5's fast-food beans and rice.
 * - "N sugars" in coffee is N teaspoons of sugar (holdouts 2 and 7).
 * - A message that corrects itself ("pepperoni pizza? no, cheese", "goldfish? no - fruit snacks")
 *   means only what it settles on.
 * - Thanksgiving turkey is "Turkey, NFS"; stuffing is "Bread stuffing" ("1/2 cup" = 0.5 × its
 *   "1 cup, NFS"); spaghetti and meatballs is home-recipe pasta with tomato-based sauce and meat
 *   (FNDDS has it only as a frozen meal); a slice of garlic bread is its medium slice (count
 *   convention); bacon strips are the medium slice.
 * - "a coke" / "a can of coke" with no size is the 12 fl oz can (holdout 8's ginger ale); "2 spicy
 *   tuna rolls (12 pcs)" counts the pieces the message gives (12 × "1 piece").
 * - "a breadstick" at Olive Garden is the restaurant breadstick's medium stick (holdout 7).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-9.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // several foods, the way whole meals get typed
  ['thanksgiving plate: turkey, 1 cup mashed potatos, stuffing & cranberry sauce', ['24201000', QNS, 1], ['71501000', '1 cup', 1], ['51182010', QNS, 1], ['63207110', QNS, 1]],
  ['turkey w gravy and 1/2 cup stuffing', ['24201000', QNS, 1], ['28500000', QNS, 1], ['51182010', '1 cup, NFS', 0.5]],
  ['6 nuggets + small fry + 8 oz choc milk for my daughter', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1], ['11511000', '1 fl oz', 8]],
  ['lunch 12:30 turkey sandwich, chips, an apple & diet coke', ['27540010', '1 regular', 1], ['71200010', QNS, 1], ['63101000', '1 medium', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['6am b4 shift: 2 eggs, 2 slices toast, hash browns, 8oz oj', ['31105005', '1 egg', 2], ['51101010', '1 medium or regular slice', 2], ['71404000', QNS, 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['spaghetti and meatballs, 1 cup, w/ side salad + 1 slice garlic bread', ['58146322', '1 cup', 1], ['75143000', QNS, 1], ['51121015', '1 medium slice', 1]],
  ['burger, fries and a choc shake at 8pm', ['27510521', '1 hamburger', 1], ['71400990', QNS, 1], ['11542100', '1 medium', 1]],
  ['3 pancakes w/ syrup + 2 strips bacon + glass of milk', ['55101000', '1 medium pancake', 3], ['91300010', QNS, 1], ['22600200', '1 medium slice (yield after cooking)', 2], ['11100000', '1 fl oz', 8]],
  ['taco night 3 beef tacos + 1/2 c refried beans + 1/2 c spanish rice', ['58102010', '1 small/regular', 3], ['41205010', '1 cup', 0.5], ['58163430', '1 cup', 0.5]],
  ['everything bagel w schmear, banana, medium coffee', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['63107010', '1 banana', 1], ['92101000', '1 medium', 1]],
  ['school lunch he ate: pb&j, grapes 1 cup, goldfish? no - fruit snacks', ['42302010', '1 sandwich', 1], ['63123000', '1 cup', 1], ['91746300', '1 snack size/pouch/regular size', 1]],
  ['chicken noodle soup + grilled cheese + 1/2 apple', ['58403040', QNS, 1], ['14640100', '1 sandwich', 1], ['63101000', '1 medium', 0.5]],
  ['2 slices pepperoni pizza? no, cheese. 2 slices + garlic bread', ['58106225', '1 piece, NFS', 2], ['51121015', QNS, 1]],
  ['dinner: pork chop, 1 c mac n cheese, green beans, dinner roll', ['22101000', '1 regular', 1], ['58145110', '1 cup', 1], ['75205030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['salad w grilled chicken and a breadstick, olive garden', ['75143000', QNS, 1], ['24123301', QNS, 1], ['51184210', '1 medium stick', 1]],
  ['orange + 4 graham crackers before soccer', ['61119010', '1 fruit', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 4]],
  // breakfast
  ['2 slices white toast w butter + coffee', ['51101010', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['92101000', QNS, 1]],
  ['oatmeal 1 cup made w water and a sliced banana', ['56203056', '1 cup, cooked', 1], ['63107010', '1 banana', 1]],
  ['oatmeal w a small box of raisins', ['56203056', QNS, 1], ['62125100', '1 small box (1.5 oz)', 1]],
  ['just had a bagel w cream cheese', ['51180010', '1 regular', 1], ['14301010', QNS, 1]],
  ['2 scrambled eggs & 1 slice wheat toast for bfast', ['32129990', '1 egg', 2], ['51300120', '1 medium or regular slice', 1]],
  ['4 pancakes w syrup, kids breakfast', ['55101000', '1 medium pancake', 4], ['91300010', QNS, 1]],
  ['an english muffin w pb and a glass of oj', ['51186010', '1 muffin', 1], ['42202000', QNS, 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['corn flakes, 2 cups, with milk', ['57134000', '1 cup', 2], ['11100000', QNS, 1]],
  ['honey nut cheerios bowl', ['57241000', '1 cup', 1]],
  ['croissant w grande latte on the train', ['51166000', '1 medium croissant', 1], ['92101900', '1 medium', 1]],
  ['belgian waffle, plain', ['55201000', '1 thick / Belgian waffle', 1]],
  ['night shift breakfast: hashbrowns + 2 over easy eggs', ['71404000', QNS, 1], ['31105005', '1 egg', 2]],
  ['frenchtoast x2 w syrup', ['55301000', '1 slice, any size', 2], ['91300010', QNS, 1]],
  ['sausage egg croissant from the drive thru', ['34001410', '1 regular', 1]],
  ['cheese danish & black coffee at 10', ['53511000', '1 medium', 1], ['92101000', QNS, 1]],
  ['greek yogurt 200g w granola', ['11400010', { grams: 200 }, 1], ['57227000', QNS, 1]],
  ['3 buttermilk biscuits smothered in sausage gravy', ['52101000', '1 biscuit', 3], ['27120120', QNS, 1]],
  ['grits + 2 sausage links', ['56200990', QNS, 1], ['25221405', '1 breakfast size link', 2]],
  ['granola 1/2c w 1/2c milk', ['57227000', '1 cup', 0.5], ['11100000', '1 cup', 0.5]],
  ['grabbed a glazed doughnut at the gas station', ['53521110', '1 doughnut', 1]],
  ['two shredded wheat w skim', ['57417000', '1 rectangular biscuit', 2], ['11113000', QNS, 1]],
  ['bacon egg bagel from the cart outside work', ['34001620', '1 regular', 1]],
  ['frosted mini wheats 1.5 cups', ['57214000', '1 cup', 1.5]],
  ['rice krispies + banana', ['57151000', QNS, 1], ['63107010', '1 banana', 1]],
  ['2 hard boiled + 1 apple, quick breakfast', ['31103010', '1 egg', 2], ['63101000', '1 medium', 1]],
  ['cream of wheat 1/2 cup for mom', ['56206990', '1 cup, cooked', 0.5]],
  ['congee w pork for breakfast, a bowl', ['58157300', '1 cup', 1]],
  ['chilaquiles', ['58100360', QNS, 1]],
  ['a small apple and 1 tbsp pb', ['63101000', '1 small', 1], ['42202000', '1 tablespoon', 1]],
  ['oat bran 1 cup', ['56208500', '1 cup, cooked', 1]],
  // lunch
  ['pb&j and a juice box (apple) for school lunch', ['42302010', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['pbj sandwich + an orange', ['42302010', '1 sandwich', 1], ['61119010', '1 fruit', 1]],
  ['half a pb & j', ['42302010', '1 sandwich', 0.5]],
  ['ham sandwich, bag of chips', ['27520210', '1 regular', 1], ['71200010', QNS, 1]],
  ['sick day: 2 cups chicken noodle & 6 saltine crackers', ['58403040', '1 cup', 2], ['54325000', '1 cracker', 6]],
  ['homemade chicken noodle, one bowl', ['58403040', '1 cup', 1]],
  ['mac n cheese 1 cup', ['58145110', '1 cup', 1]],
  ['kraft mac about 1.5 c', ['58145112', '1 cup', 1.5]],
  ['club sandwich and chips for lunch', ['27540123', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['grilled cheese sandwich x2', ['14640100', '1 sandwich', 2]],
  ['tomato soup & crackers', ['74601000', QNS, 1], ['54325000', QNS, 1]],
  ['apple and a chicken salad wrap from the cafeteria', ['27540122', '1 sandwich, any size', 1], ['63101000', '1 medium', 1]],
  ['3 ham & cheese sliders', ['27520220', '1 miniature/slider', 3]],
  ['reuben sandwich', ['27510950', '1 sandwich, any size', 1]],
  ['cobb salad for lunch', ['75148010', QNS, 1]],
  ['dinner roll + 1 c lentil soup', ['41603010', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['minestrone 2 cups', ['75651000', '1 cup', 2]],
  ['6in meatball sub for lunch', ['27510700', '1 regular or 6" submarine', 1]],
  ['egg salad on white, made it at home', ['32203010', '1 regular', 1]],
  ['corn dog x3 at the fair', ['27560300', '1 regular', 3]],
  ['3 sloppy joes, teen boy', ['27510100', '1 sandwich, any size', 3]],
  ['bean & rice burrito', ['58102620', '1 small/regular', 1]],
  ['split pea soup 1.5 cups', ['41602030', '1 cup', 1.5]],
  ['baked potato, medium, w sour cream', ['71100100', '1 medium', 1], ['12310100', QNS, 1]],
  ['tuna melt & a pickle', ['27550730', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['had a veggie burger w side salad', ['41901010', '1 sandwich', 1], ['75143000', QNS, 1]],
  ['chicken quesadilla', ['58104740', '1 full circle', 1]],
  ['ham wrap', ['27520270', '1 sandwich, any size', 1]],
  ['1/2 pita and a greek salad', ['75146000', QNS, 1], ['51109100', '1 medium pita', 0.5]],
  ['2 slices cheese pizza at work', ['58106225', '1 piece, NFS', 2]],
  ['1 slice pizza, cheese', ['58106225', '1 piece, NFS', 1]],
  ['a personal cheese pizza', ['58106225', '1 personal size pizza (5-7" diameter)', 1]],
  ['3 slices of sausage pizza and a coke', ['58106610', '1 piece, NFS', 3], ['92410310', '1 can (12 fl oz)', 1]],
  ['hot dog and a can of coke', ['27564000', '1 sandwich', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['2 pcs fried chicken, cup of mashed potatoes', ['24107070', '1 piece', 2], ['71501000', '1 cup', 1]],
  ['plain hamburger for my son', ['27510521', '1 hamburger', 1]],
  ['homemade burger on a bun w a salad', ['27510521', '1 hamburger', 1], ['75143000', QNS, 1]],
  // dinner
  ['spaghetti w marinara 2 cups', ['58146222', '1 cup', 2]],
  ['veal parmesan', ['27135110', QNS, 1]],
  ['veg lasagna - 2 pieces', ['58130320', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 2]],
  ['a plate of baked ziti', ['58146150', QNS, 1]],
  ['clam chowder, 1 cup, w oyster crackers', ['28355110', '1 cup', 1], ['54325000', QNS, 1]],
  ['2 cups cheese ravioli', ['58131520', '1 cup', 2]],
  ['sunday dinner roast chicken, green beans, 1 c rice pilaf', ['24102000', QNS, 1], ['75205030', QNS, 1], ['58162310', '1 cup', 1]],
  ['3 fried drumsticks', ['24147300', '1 medium drumstick', 3]],
  ['bbq ribs w 1 cup baked beans', ['22701000', QNS, 1], ['41201010', '1 cup', 1]],
  ['cornbread, 2 pieces', ['52201000', '1 piece', 2]],
  ['shepards pie, 1 cup', ['27311510', '1 cup', 1]],
  ['beef stroganoff', ['27212350', QNS, 1]],
  ['chicken stir fry & 2 cups rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 2]],
  ['8 oz sirloin & a large baked potato', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 large', 1]],
  ['grilled chx w 1/2c brown rice & brocolli', ['24123301', QNS, 1], ['56205011', '1 cup, cooked', 0.5], ['72201220', QNS, 1]],
  ['salmon fillet + sweet potato (medium)', ['26137120', QNS, 1], ['73403000', '1 medium', 1]],
  ['tilapia + couscous', ['26158000', QNS, 1], ['56207160', QNS, 1]],
  ['2 bowls chili', ['27111400', '1 cup', 2]],
  ['eggplant parm', ['75412060', QNS, 1]],
  ['fried catfish & 3 hushpuppies', ['26107140', QNS, 1], ['52209010', '1 hush puppy', 3]],
  ['bowl of chicken n dumplins', ['27246100', '1 cup', 1]],
  ['jambalaya from the cajun place', ['27363100', QNS, 1]],
  ['3 cabbage rolls', ['27315250', '1 cabbage roll', 3]],
  ['lasagna', ['58130011', QNS, 1]],
  ['pork chop, mashed potatoes, corn', ['22101000', '1 regular', 1], ['71501000', QNS, 1], ['75216120', QNS, 1]],
  ['pork tenderloin w 1/2 cup applesauce', ['22210300', QNS, 1], ['63101110', '1 cup', 0.5]],
  ['leftover pot roast w a dinner roll', ['21407000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['sausage and peppers', ['25221350', QNS, 1], ['75226020', QNS, 1]],
  ['buttered noodles, 1.5 cups', ['56130000', '1 cup, cooked', 1.5], ['81100500', QNS, 1]],
  ['gumbo, 2 cups', ['27363000', '1 cup', 2]],
  // takeout
  ['1 c general tsos & 1 c rice', ['27445150', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['beef brocoli + fried rice takeout', ['27415110', QNS, 1], ['58150310', QNS, 1]],
  ['two veggie eggrolls', ['58110110', '1 egg roll', 2]],
  ['2c chicken lo mein leftovers', ['58136160', '1 cup', 2]],
  ['hot n sour soup', ['28340750', QNS, 1]],
  ['sweet & sour pork over rice', ['27120060', QNS, 1], ['56205001', QNS, 1]],
  ['shrimp fried rice, about a cup', ['58150510', '1 cup', 1]],
  ['6 dumplings (steamed)', ['58112510', '1 item, any size', 6]],
  ['wonton soup', ['58408010', QNS, 1]],
  ['kung pao shrimp 1 cup', ['27450470', '1 cup', 1]],
  ['2 spicy tuna rolls (12 pcs)', ['58151220', '1 piece', 12]],
  ['2 salmon nigiri + miso soup', ['58151420', '1 piece', 2], ['41601070', QNS, 1]],
  ['chicken ramen', ['58407042', QNS, 1]],
  ['chow mein w chicken 1 cup', ['27343910', '1 cup', 1]],
  ['tikka masala + naan', ['27146150', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['dal w 1 cup basmati', ['41305050', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['1 cup biryani', ['27213010', '1 cup', 1]],
  ['samosas x2 from the indian buffet', ['58124500', '1 regular/large', 2]],
  ['palak paneer, 1 cup, + 1 cup rice', ['72125310', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['4 chicken tacos corn tortillas', ['58102050', '1 small/regular', 4]],
  ['made fajitas tonight, ate 4 (chicken)', ['58105000', '1 fajita', 4]],
  ['chimichanga platter w rice and beans', ['58104500', '1 item, any size', 1], ['58160102', QNS, 1]],
  ['spanish rice 1 cup', ['58163430', '1 cup', 1]],
  ['nachos w beef, shared half', ['58104130', QNS, 0.5]],
  ['beef taco salad in the shell bowl', ['58101930', '1 taco salad, NS as to size', 1]],
  ['3 falafel in a pita', ['41209000', '1 patty', 3], ['51109100', '1 medium pita', 1]],
  ['lamb gyro', ['27516010', '1 sandwich, any size', 1]],
  ['one spanakopita triangle (big)', ['58124250', '1 regular/large', 1]],
  ['6 dolmas', ['27315270', '1 roll', 6]],
  // fast food
  ['big mac, medium fry & a medium diet coke', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 medium fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['a whopper w cheese, no drink', ['27510231', '1 cheeseburger', 1]],
  ['quarter pounder w cheese & a small coke', ['27510229', '1 cheeseburger', 1], ['92410310', '1 small drink', 1]],
  ['6 pc nuggets + small fries', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1]],
  ['20 nuggets', ['24198731', '1 nugget', 20]],
  ['large dr pepper', ['92410360', '1 large drink', 1]],
  ['steak burrito from the food truck', ['58102340', '1 small/regular', 1]],
  ['3 crunchy tacos from taco bell', ['58102010', '1 small/regular', 3]],
  ['bean burrito', ['58102610', '1 small/regular', 1]],
  ['10 boneless wings', ['24168030', '1 boneless wing', 10]],
  ['2 mcdonalds cheeseburgers', ['27510172', '1 cheeseburger', 2]],
  ['dbl cheeseburger from mcds', ['27510387', '1 double cheeseburger', 1]],
  ['large fry', ['71401030', '1 large fast food order', 1]],
  ['popeyes spicy chicken sandwich + a medium sweet tea', ['27540146', '1 regular sandwich', 1], ['92308000', '1 medium drink', 1]],
  // snacks
  ['cashews - handful at my desk', ['42104000', QNS, 1]],
  ['pretzels, 1 oz', ['54408000', { grams: OZ }, 1]],
  ['10 saltines w a string cheese', ['14107030', '1 stick', 1], ['54325000', '1 cracker', 10]],
  ['popcorn 3 cups movie night at home', ['54403010', '1 cup, popped', 3]],
  ['2 graham crackers', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['orange after practice', ['61119010', '1 fruit', 1]],
  ['clementine x2 in his lunchbox', ['61100600', '1 fruit', 2]],
  ['1 peach from the farmers market', ['63135010', '1 fruit', 1]],
  ['grapes 1/2 cup', ['63123000', '1 cup', 0.5]],
  ['1 cup strawberries', ['63223020', '1 cup', 1]],
  ['a pear from the tree out back', ['63137010', '1 fruit', 1]],
  ['ate a big apple w string cheese', ['63101000', '1 large', 1], ['14107030', '1 stick', 1]],
  ['banana at 3', ['63107010', '1 banana', 1]],
  ['kiwi fruit, 2', ['63126500', '1 fruit', 2]],
  ['mini box of raisins', ['62125100', '1 miniature box (.5 oz)', 1]],
  ['2 small boxes of raisins', ['62125100', '1 small box (1.5 oz)', 2]],
  ['fruit snacks pouch', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['2 fruit snack packs after school', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['2oz jerky on the drive', ['21602100', { grams: 2 * OZ }, 1]],
  ['powerbar after the gym', ['53720300', '1 bar', 1]],
  ['3 medjool dates before my run', ['62110100', '1 date', 3]],
  ['applesauce pouch + string cheese', ['63101110', '1 pouch', 1], ['14107030', '1 stick', 1]],
  ['pita chips', ['54402700', QNS, 1]],
  // lows
  ['low - 4 oz apple juice', ['64104010', '1 fl oz (NFS)', 4]],
  ['2 juice boxes, stubborn low', ['64104010', '1 juice box/pouch (6.75 fl oz)', 2]],
  ['low 62, drank half a 20 oz coke', ['92410310', '1 bottle (20 fl oz)', 0.5]],
  ['gatorade 20 oz bottle', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['half a gatorade (20oz)', ['95320200', '1 bottle (20 fl oz)', 0.5]],
  ['sports drink 12 oz for a low', ['95321000', '1 bottle (12 fl oz)', 1]],
  ['low 58 - 8oz choc milk', ['11511000', '1 fl oz', 8]],
  ['fun size apple juice box', ['64104010', '1 fun size box (4.23 fl oz)', 1]],
  // desserts
  ['brownie, a big one from the bakery', ['53204000', '1 large', 1]],
  ['2 choc chip cookies (small)', ['53206000', '1 small cookie', 2]],
  ['plain cheesecake, 1 slice', ['53104500', '1 piece/slice, any size', 1]],
  ['2 slices apple pie at thanksgiving', ['53301000', '1 regular slice', 2]],
  ['one choc cupcake at the bday party', ['53105270', '1 regular cupcake', 1]],
  ['3 scoops of vanilla ice cream', ['13110100', '1 scoop', 3]],
  ['1 scoop choc ice cream in a bowl', ['13110110', '1 scoop', 1]],
  ['bday cake, 1 piece + 1 scoop vanilla', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['tiramisu for dessert at the italian place', ['13252600', QNS, 1]],
  ['2/3 cup rice pudding', ['13210410', '1 cup', 2 / 3]],
  ['2 jello cups', ['91501010', '1 snack size container', 2]],
  ['slice carrot cake, work party', ['53104260', '1 piece/slice, any size', 1]],
  ['3 pb cookies', ['53234000', '1 medium', 3]],
  ['peach cobbler, about 3/4 cup', ['53410800', '1 cup', 0.75]],
  ['2 chocolate dipped ice cream bars', ['13120100', '1 bar', 2]],
  ['baklava, 1 piece', ['53441110', QNS, 1]],
  // drinks
  ['oj 12oz', ['61210000', '1 fl oz (NFS)', 12]],
  ['chocolate milk glass w dinner', ['11511000', '1 fl oz', 8]],
  ['red wine, 2 glasses', ['93401010', '1 glass', 2]],
  ['margarita (frozen)', ['93301510', '1 drink', 1]],
  ['mimosa', ['93301115', '1 drink', 1]],
  ['taro milk tea w boba after class', ['92306910', QNS, 1]],
  ['2% milk, 1 cup', ['11112110', '1 fl oz', 8]],
  ['coconut water 500 ml', ['42403010', '1 fl oz (NFS)', 500 / 29.5735]],
  ['2 vodka tonics', ['93301218', '1 drink', 2]],
  ['boost', ['95101000', '1 bottle (8 fl oz)', 1]],
  ['tall latte', ['92101900', '1 small', 1]],
  ['venti latte before my shift', ['92101900', '1 large', 1]],
  ['red bull 12oz can', ['95310600', '1 can (12 fl oz)', 1]],
  ['2 beers', ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['coke 20oz bottle from the vending machine', ['92410310', '1 bottle (20 fl oz)', 1]],
  ['medium coke at the movies', ['92410310', '1 medium drink', 1]],
  ['lemonade 12 oz', ['92510955', '1 fl oz (NFS)', 12]],
  ['large chocolate shake', ['11542100', '1 large', 1]],
  ['rum n coke, had 3', ['93301190', '1 drink', 3]],
  ['horchata glass w tacos', ['92610020', '1 fl oz', 8]],
  ['large coffee w 3 sugars', ['92101000', '1 large', 1], ['91101010', '1 teaspoon', 3]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Ninth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-9.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-8, with the decisions this set needed in the header of make-eval-meals-holdout-9.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-9.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-9.json`);
}
