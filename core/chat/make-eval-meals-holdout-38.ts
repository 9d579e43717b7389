/**
 * Writes eval-meals.holdout-38.json: the thirty-eighth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 by an engineer independent of the estimator: the writer did not
 * open the estimator (core/foods/estimate.ts), the everyday-name or alias lists, core/chat/parse.ts,
 * core/chat/proposal.ts, core/chat/README.md, eval-meals.ts / eval-meals.test.ts or any
 * eval-meals*.results.json, read no git history of those files, and ran nothing that scores
 * messages. The set was committed on its own branch BEFORE the estimator was run on any of these
 * messages and was not shown to the estimator's authors (who were changing the estimator at the
 * time), nor to the writers of holdouts 37, 39 and 40. Each food was chosen by reading foods.csv and
 * each portion by reading portions.csv (core/foods/fndds/), the way a dietitian would pick them for
 * the message. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code +
 * USDA portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts to -36.ts (read before writing; where an
 * earlier set chose a food or portion for a case, this set used the same one).
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers) on ordinary
 * days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks,
 * desserts, treating a low, and the odd holiday or trip. Most messages are the everyday foods such
 * people eat most days; one to four foods each.
 *
 * Repeats: no message repeats the text of one in eval-meals.json or holdouts 1-36 (lower-cased,
 * punctuation-folded, "&"/"+"/"w" folded to words). Every message was also compared by meaning
 * (the same food codes, portions and quantities) with those ~7,500 earlier messages; about 150 first
 * drafts that meant the same foods and amounts as an earlier message in the same kind of situation
 * were rewritten (other amounts, sizes or companions) and checked again. 25 messages still name
 * the same foods at the same amounts as an earlier one but in a different situation (e.g. "3 hot
 * dogs at the ballpark" / "3 hot dogs at the cookout", a low vs a snack), which the brief allows.
 *
 * Decisions this set had to make where the conventions are silent (or where it applied an earlier
 * set's decision to a new case):
 * - "a spoon of pb" is peanut butter's "1 tablespoon" (holdout 23's spoon of hummus).
 * - "rye toast" with no amount beside 2 boiled eggs is toasted rye bread "Quantity not specified"
 *   (no quantity = QNS); "a cup of coffee" Coffee, NS as to type, "1 cup (8 fl oz)" (holdout 34).
 * - "ate half a blueberry muffin" is 0.5 × the fruit muffin's "1 medium" (count convention: no size
 *   said; holdout 32's "big costco" muffin was the large).
 * - "dunkin bacon egg & cheese croissant" is the egg sandwich on croissant with bacon (FNDDS has no
 *   cheese variant; holdouts 8, 24, 26); a "medium iced coffee" beside it the brewed iced coffee's medium.
 * - "2 sausage egg mcmuffins + a large coffee": holdout 34's sausage McMuffin with egg and Coffee, NS
 *   as to type, "1 large" (holdout 22's large black coffee).
 * - "a breakfast burrito ... at the gas station" is holdout 2's egg burrito "1 item, any size".
 * - "half a pita" is 0.5 × the white pita's "1 medium pita" (holdout 24); hummus and cucumber with no
 *   amount QNS; "1/4 cup hummus" is 4 × its "1 tablespoon" (holdout 8).
 * - "a piece of leftover lasagna" is Lasagna with meat, "1 piece (1/6 of 8" square ...)" (holdout 18);
 *   "garlic bread" with no count QNS, "2 slices" its "1 medium slice" each.
 * - "chipotle bowl: white rice, pinto beans, chicken, salsa": each part QNS (holdout 14's Chipotle
 *   bowl parts): white rice, restaurant pinto beans, grilled chicken NS as to part (holdout 27), salsa.
 * - "taco night: 3 hard shell beef tacos w salsa + 1/2 cup spanish rice": the corn-tortilla beef taco
 *   (holdout 6), salsa QNS, Spanish rice NS as to fat by the cup (home, holdout 32).
 * - "2 beef enchiladas w spanish rice & refried beans" at home: FNDDS's beef enchilada "1 enchilada, any
 *   size" and the home (not restaurant) Spanish rice and refried beans, each QNS.
 * - "pot roast w potatoes and carrots" is holdout 5's beef, potatoes and vegetables in gravy by the cup.
 * - "kielbasa w sauerkraut and 5 pierogies": Polish sausage (holdout 8) and sauerkraut QNS, pierogi "1
 *   item, any size" each.
 * - "chili w beans" is FNDDS's chili with meat and beans (holdout 24); "cornbread" the cornbread
 *   prepared from mix "1 piece" (holdout 18).
 * - "homemade chicken alfredo" is the home-recipe pasta with cream sauce and poultry (holdout 8).
 * - "1 cup chicken fried rice (homemade)" is FNDDS's fried rice with chicken.
 * - "pad thai w tofu" is Pad Thai, meatless, by the cup.
 * - "bowl of pho + 1 fried spring roll": pho with meat "1 cup" (a bowl is 1 cup) and holdout 12's egg
 *   roll with meat (the message says fried).
 * - "panda: orange chicken, chow mein & an egg roll": each entree QNS (holdout 32's panda plate), the
 *   chow mein holdout 2's chow mein NS as to meat, the egg roll the egg roll with meat "1 egg roll".
 * - "chick fil a sandwich, small waffle fries + a lemonade": the fast-food fried fillet sandwich, the
 *   fast-food fries' small order and the fruit-juice lemonade QNS (holdout 36).
 * - "taco bell ... a medium baja blast": the caffeinated fruit-flavored soft drink's "1 medium drink"
 *   (holdout 27).
 * - "sonic: 2 corn dogs & a medium cherry limeade": the limeade is the fruit-flavored lemonade drink
 *   QNS, size word dropped (holdout 26).
 * - "kfc famous bowl + a large sweet tea": the KFC Bowl portion and the sweet tea's "1 large drink".
 * - "fish n chips at the pub + a pint of beer": fried fish NS QNS, restaurant fries QNS (holdout 25's
 *   pub), beer 16 × "1 fl oz" (holdout 4's pint).
 * - "carne asada burrito, ate half" is 0.5 × holdout 8's beef burrito with beans and rice, cheese.
 * - "2 slices cheese pizza & 3 garlic knots": the NS-crust restaurant cheese pizza (holdout 12) and
 *   holdout 11's garlic roll, one roll per knot.
 * - "10 buffalo wings w celery & blue cheese": the hot-sauce restaurant wing's "1 drummette" each
 *   (holdout 8), raw celery and blue cheese dressing QNS.
 * - "night shift: microwave burrito + a monster": FNDDS has no frozen or microwave burrito, so it is
 *   Burrito, NFS, "1 small/regular" (count convention); the Monster its 16 fl oz can (holdout 5).
 * - "a pack of instant ramen w 2 eggs" is holdout 7's 3 oz block (3 × "1 oz, dry, yields") and the
 *   boiled or poached egg (eggs cooked in the broth).
 * - "red bull" with no size is its 8.4 fl oz can (holdout 7).
 * - "she ate 4 chicken nuggets w ketchup" at home with no place is Chicken nuggets, NFS (holdout 28's
 *   tenders with no place); ketchup QNS (it has carbohydrate, so it is listed).
 * - "mcdonalds kids meal: 4 pc nuggets, apple slices & a chocolate milk": fast-food nuggets, the raw
 *   apple's "1 single serving package" (holdout 18) and holdout 12's 8 fl oz chocolate milk jug.
 * - "my son had a pb&j, apple slices and a chocolate milk carton": the NFS PB&J (holdout 9), apple
 *   slices QNS (holdout 15), the carton the school container (holdout 7).
 * - "2 goldfish snack bags and a capri sun": Goldfish's "small or medium single serving bag" (holdout
 *   7) and the Capri Sun pouch.
 * - "3 scoops vanilla ice cream w chocolate syrup": the syrup is a topping without amount, QNS (40 g).
 * - "a cup of peach cobbler w whipped cream": whipped cream (Cream, whipped) QNS; "cool whip" is
 *   whipped topping QNS (holdout 13).
 * - "5 brownie bites" are the brownie's "1 small or bite size" each (holdout 20).
 * - "a small slice of chocolate cake ... at the bday party" is the bakery chocolate cake with
 *   chocolate icing, "1 regular or small piece/slice, 2+ layer cake" (holdout 17's birthday cake).
 * - "easter: 3 peeps and a hot cross bun": marshmallow candy "1 piece" each (holdout 7) and the
 *   frosted sweet roll with fruit, medium (holdout 36).
 * - "halloween: ... a fun size twix" is the caramel-filled chocolate candy's "1 fun/snack size".
 * - "a cinnabon at the airport, split 3 ways" is 1/3 of "1 Cinnabon" (holdout 22).
 * - "christmas dinner: ham, 1 cup scalloped potatoes & green bean casserole": Ham and the casserole QNS,
 *   Potato, scalloped, NFS by the cup.
 * - Lows list only the treatment eaten (holdout 20); "a juice box" is 100 % apple juice's juice box
 *   (holdouts 6-7); "8 skittles" are 8 × the fruit-flavored candy's "1 piece" (holdout 15).
 * - "grandma had a glucerna and 6 saltines": Glucerna's "1 bottle (8 fl oz)" (holdout 11).
 * - Weights and volumes: "N g" / "N oz" of a food is grams of the food as eaten (holdouts 14 and 19);
 *   "330 ml apple juice" is 330 / 29.5735 × its "1 fl oz (NFS)" (holdout 7); "a 500 ml bottle of coke,
 *   drank half" is 0.5 × cola's 500 ml bottle (holdouts 5 and 9); "a 32 oz gatorade" its 32 fl oz bottle.
 * - Typos and abbreviations were written only where the meaning is plain ("ww", "pb", "pb&j", "oj",
 *   "bg", "cgm", "pc", "bday", "w", "&", "+"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-38.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const oz = (n: number) => ({ grams: Math.round(n * 28.35 * 100) / 100 });
const ml = (n: number) => n / 29.5735;
const SLICE = '1 medium or regular slice';
const CUP = '1 cup, cooked';

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 eggs over easy + 2 slices ww toast', ['31105005', '1 egg', 2], ['51300120', SLICE, 2]],
  ['1.5 cups honey nut cheerios w skim', ['57241000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['oatmeal w a spoon of pb and half a banana', ['56202960', QNS, 1], ['42202000', '1 tablespoon', 1], ['63107010', '1 banana', 0.5]],
  ['toasted english muffin with butter and jam', ['51186010', '1 muffin', 1], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['3 slices of cinnamon raisin toast w cream cheese', ['51129020', SLICE, 3], ['14301010', QNS, 1]],
  ['a bagel w peanut butter before class', ['51180010', '1 regular', 1], ['42202000', QNS, 1]],
  ['coffee w milk and 1 sugar, plus a banana', ['92100000', QNS, 1], ['11100000', QNS, 1], ['91101010', '1 teaspoon', 1], ['63107010', '1 banana', 1]],
  ['3 scrambled eggs in a flour tortilla', ['32129990', '1 egg', 3], ['52215200', '1 medium', 1]],
  ['a cup of grits, 3 sausage links & coffee', ['56200990', CUP, 1], ['25221400', '1 breakfast size link', 3], ['92100000', QNS, 1]],
  ['frosted mini wheats, about 1 cup dry, in the car', ['57214000', '1 cup', 1]],
  ['dunkin bacon egg & cheese croissant + a medium iced coffee', ['34001420', '1 regular', 1], ['92102400', '1 medium', 1]],
  ['2 pieces of french toast w powdered sugar', ['55301000', '1 slice, any size', 2], ['91101020', QNS, 1]],
  ['a bowl of special k with strawberries', ['57344000', '1 cup', 1], ['63223020', QNS, 1]],
  ['2 pancakes w blueberries & syrup', ['55101000', '1 medium pancake', 2], ['63203010', QNS, 1], ['91300010', QNS, 1]],
  ['hard boiled egg and an apple on the bus', ['31103010', '1 egg', 1], ['63101000', '1 medium', 1]],
  ['toddler breakfast: 1 eggo waffle + a cup of milk', ['55200020', '1 waffle', 1], ['11100000', '1 fl oz', 8]],
  ['cheese grits, about 1.5 cups', ['56201090', CUP, 1.5]],
  ['1/3 cup granola on plain greek yogurt', ['57227000', '1 cup', 1 / 3], ['11411390', QNS, 1]],
  ['2 boiled eggs, rye toast & a cup of coffee', ['31103010', '1 egg', 2], ['51401020', QNS, 1], ['92100000', '1 cup (8 fl oz)', 1]],
  ['ate half a blueberry muffin', ['52302010', '1 medium', 0.5]],
  ['oatmeal made w milk, 1 cup, w brown sugar', ['56203066', CUP, 1], ['91102010', QNS, 1]],
  ['2 sausage egg mcmuffins + a large coffee', ['34001310', '1 regular', 2], ['92100000', '1 large', 1]],
  ['2 slices white toast w butter & a boiled egg', ['51101010', SLICE, 2], ['81100500', QNS, 1], ['31103010', '1 egg', 1]],
  ['2 cups raisin bran w skim milk', ['57329000', '1 cup', 2], ['11113000', QNS, 1]],
  ['2 small pancakes and a strip of bacon for my daughter', ['55101000', '1 small pancake', 2], ['22600100', '1 medium slice (yield after cooking)', 1]],
  ['grabbed a breakfast burrito and a coffee at the gas station', ['34003100', '1 item, any size', 1], ['92100000', QNS, 1]],

  // lunch
  ['turkey and cheese on wheat + a banana', ['27540040', '1 regular', 1], ['63107010', '1 banana', 1]],
  ['ham & cheese on white, a bag of fritos and a diet coke', ['27520220', '1 regular', 1], ['54401031', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['leftover spaghetti with meat sauce, about 1.5 cups', ['58146322', '1 cup', 1.5]],
  ['had a whole can of chicken noodle soup w 10 saltines', ['58403010', '1 can', 1], ['54325000', '1 cracker', 10]],
  ['tuna sandwich on wheat and some grapes', ['27550735', '1 regular', 1], ['63123000', QNS, 1]],
  ['3 slices of pizza at the work lunch', ['58106210', '1 piece, NFS', 3]],
  ['2 cups lentil soup + a dinner roll', ['41603010', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['bean and cheese burrito and a diet coke', ['58102610', '1 small/regular', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['egg salad sandwich on wheat and a cup of grapes', ['32203020', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['6 inch meatball sub and a bag of doritos', ['27510700', '1 regular or 6" submarine', 1], ['54401110', '1 small single serving bag', 1]],
  ['school lunch: chicken sandwich, corn & a milk carton', ['27540139', '1 sandwich, any size', 1], ['75216120', QNS, 1], ['11100000', '1 individual school container', 1]],
  ['cup of veggie soup and a grilled cheese', ['75649110', '1 cup', 1], ['14640100', '1 sandwich', 1]],
  ['3 hot dogs at the ballpark', ['27564000', '1 sandwich', 3]],
  ['ate 2 triangles of a chicken quesadilla w sour cream', ['58104740', '1 triangular piece', 2], ['12310100', QNS, 1]],
  ['a bowl of chili w shredded cheese', ['27111400', '1 cup', 1], ['14010000', QNS, 1]],
  ['tomato soup and 8 saltines', ['74601000', QNS, 1], ['54325000', '1 cracker', 8]],
  ['half a pita w hummus & cucumber slices', ['51109100', '1 medium pita', 0.5], ['41205070', QNS, 1], ['75111000', QNS, 1]],
  ['2 cup noodles on night shift', ['58407030', '1 individual container', 2]],
  ['a piece of leftover lasagna, 2 slices garlic bread & a side salad', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 2], ['75143000', '1 side salad', 1]],
  ['subway 6 inch turkey, a bag of baked lays + a cookie', ['27540050', '1 regular or 6" submarine', 1], ['71200400', '1 small single serving bag', 1], ['53206000', '1 Subway cookie', 1]],
  ['chicken salad sandwich on wheat and an orange', ['27540121', '1 regular', 1], ['61119010', '1 fruit', 1]],
  ['pb&j and a cheese stick for lunch', ['42302010', '1 sandwich', 1], ['14107030', '1 stick', 1]],
  ['broccoli cheddar soup, a bowl, w french bread', ['72302100', '1 cup', 1], ['51107010', QNS, 1]],
  ['ham sandwich on wheat, a pickle spear & an apple', ['27520230', '1 regular', 1], ['75503010', '1 spear', 1], ['63101000', '1 medium', 1]],
  ['side salad w ranch + a cup of chili', ['75143000', '1 side salad', 1], ['83113500', QNS, 1], ['27111400', '1 cup', 1]],
  ['2 slices of school pepperoni pizza', ['58106578', '1 piece, NFS', 2]],

  // dinner at home
  ['grilled chicken, 1.5 cups white rice, green beans', ['24123301', QNS, 1], ['56205001', CUP, 1.5], ['75205030', QNS, 1]],
  ['2 pork chops w 1 cup mashed potatoes and corn', ['22101000', '1 regular', 2], ['71501000', '1 cup', 1], ['75216120', QNS, 1]],
  ['1.5 cups spaghetti w meat sauce, garlic bread & a side salad', ['58146322', '1 cup', 1.5], ['51121015', QNS, 1], ['75143000', '1 side salad', 1]],
  ['taco night: 3 hard shell beef tacos w salsa + 1/2 cup spanish rice', ['58102010', '1 small/regular', 3], ['74402100', QNS, 1], ['58163430', '1 cup', 0.5]],
  ['baked salmon, a sweet potato & asparagus', ['26137120', QNS, 1], ['73403000', '1 medium', 1], ['75202020', QNS, 1]],
  ['steak, side salad and a dinner roll', ['21001000', QNS, 1], ['75143000', '1 side salad', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['beef stir fry over 1.5 cups white rice', ['27415100', QNS, 1], ['56205001', CUP, 1.5]],
  ['chicken parm, 1 cup spaghetti & a side salad', ['27146300', QNS, 1], ['58146222', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['2 pcs fried chicken + mashed potatoes', ['24107070', '1 piece', 2], ['71501000', QNS, 1]],
  ['pot roast w potatoes and carrots, 1.5 cups + a roll', ['27311600', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 chicken thighs & corn on the cob', ['24150210', '1 thigh', 2], ['75216111', '1 regular ear', 1]],
  ['shepherds pie (1 cup) + 1/2 cup corn', ['27311510', '1 cup', 1], ['75216120', '1 cup', 0.5]],
  ['2 beef enchiladas w spanish rice & refried beans', ['58102810', '1 enchilada, any size', 2], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['jambalaya, 1 cup, and a side salad', ['27363100', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['a bowl of beef stew with a piece of cornbread', ['27311410', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['3 fish tacos w slaw', ['58102210', '1 small/regular', 3], ['75141000', QNS, 1]],
  ['5 stuffed shells w meat sauce', ['58134130', '1 shell (jumbo)', 5]],
  ['chicken & veggie stir fry w rice', ['27445110', QNS, 1], ['56205001', QNS, 1]],
  ['homemade burger on a bun and potato chips', ['27510521', '1 hamburger', 1], ['71200010', QNS, 1]],
  ['1 cup mac n cheese and a hot dog', ['58145110', '1 cup', 1], ['27564000', '1 sandwich', 1]],
  ['roast chicken + 1 cup roasted potatoes', ['24102000', QNS, 1], ['71104030', '1 cup', 1]],
  ['kielbasa w sauerkraut and 5 pierogies', ['25221310', QNS, 1], ['75230000', QNS, 1], ['58121610', '1 item, any size', 5]],
  ['rotisserie chicken and a cup of coleslaw', ['24102000', QNS, 1], ['75141000', '1 cup', 1]],
  ['baked ziti about 1.5 cups + a garlic knot', ['58146150', '1 cup', 1.5], ['51156500', '1 medium/regular/sandwich size roll', 1]],
  ['meatloaf, 1 cup mashed potatoes & peas', ['27214100', QNS, 1], ['71501000', '1 cup', 1], ['75224030', QNS, 1]],
  ['chili w beans, 1.5 cups, and cornbread', ['27111406', '1 cup', 1.5], ['52201000', '1 piece', 1]],
  ['6 oz sirloin and a baked potato w butter', ['21102150', oz(6), 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1]],
  ['8 fish sticks and tater tots', ['26100270', '1 stick', 8], ['71505000', QNS, 1]],
  ['homemade chicken alfredo, about 1 cup, and a side salad', ['58146422', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['tilapia w 1 cup rice and broccoli', ['26158000', QNS, 1], ['56205001', CUP, 1], ['72201211', QNS, 1]],
  ['2 pork chops, applesauce & green beans', ['22101000', '1 regular', 2], ['63101110', QNS, 1], ['75205030', QNS, 1]],
  ['red beans and rice, 2.5 cups', ['58160150', '1 cup', 2.5]],
  ['1 cup chicken fried rice (homemade)', ['58150320', '1 cup', 1]],

  // fast food and takeout
  ['2 mcchickens and a small fry', ['27540146', '1 regular sandwich', 2], ['71401030', '1 small fast food order', 1]],
  ['whopper w cheese, small fries and a diet coke', ['27510231', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['10 pc nuggets, large fries & bbq sauce', ['24198731', '1 nugget', 10], ['71401030', '1 large fast food order', 1], ['74406010', QNS, 1]],
  ['taco bell: 2 crunchy tacos, a bean burrito & a medium baja blast', ['58102010', '1 small/regular', 2], ['58102610', '1 small/regular', 1], ['92410550', '1 medium drink', 1]],
  ['chick fil a sandwich, small waffle fries + a lemonade', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1], ['92510955', QNS, 1]],
  ['chipotle bowl: white rice, pinto beans, chicken, salsa', ['56205001', QNS, 1], ['41104200', QNS, 1], ['24103050', QNS, 1], ['74402100', QNS, 1]],
  ['dominos, 4 slices of pepperoni', ['58106540', '1 piece, NFS', 4]],
  ['panda: orange chicken, chow mein & an egg roll', ['27146350', QNS, 1], ['27360080', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['2 california rolls from the grocery store', ['58151180', QNS, 2]],
  ['bowl of pho + 1 fried spring roll', ['28310330', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['pad thai w tofu, about 1.5 cups', ['58137220', '1 cup', 1.5]],
  ['chicken tikka masala w rice and half a naan', ['27146150', QNS, 1], ['56205001', QNS, 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['gyro, fries and a can of coke', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['kfc famous bowl + a large sweet tea', ['27341000', '1 KFC Bowl', 1], ['92308000', '1 large drink', 1]],
  ['arbys roast beef + large curly fries', ['27513010', '1 regular', 1], ['71401030', '1 large fast food order', 1]],
  ['sonic: 2 corn dogs & a medium cherry limeade', ['27560300', '1 regular', 2], ['92510960', QNS, 1]],
  ['ihop: 3 pancakes + 2 bacon', ['55100050', '1 medium pancake', 3], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['10 buffalo wings w celery & blue cheese', ['24168000', '1 drummette', 10], ['75109000', QNS, 1], ['83101000', QNS, 1]],
  ['fish n chips at the pub + a pint of beer', ['26100140', QNS, 1], ['71401031', QNS, 1], ['93101000', '1 fl oz', 16]],
  ['carne asada burrito, ate half', ['58102340', '1 small/regular', 0.5]],
  ['general tsos chicken and 1 cup fried rice', ['27445150', QNS, 1], ['58150310', '1 cup', 1]],
  ['big mac, small fry & a diet coke', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['2 slices cheese pizza & 3 garlic knots', ['58106210', '1 piece, NFS', 2], ['51156500', '1 medium/regular/sandwich size roll', 3]],
  ['a spicy chicken sandwich from wendys', ['27540146', '1 regular sandwich', 1]],
  ['chicken teriyaki w 2 cups rice', ['27145000', QNS, 1], ['56205001', CUP, 2]],

  // snacks
  ['a banana and a string cheese at recess', ['63107010', '1 banana', 1], ['14107030', '1 stick', 1]],
  ['apple slices w 2 tbsp caramel dip', ['63101000', QNS, 1], ['91306020', '1 tablespoon', 2]],
  ['small bag of pretzels + a string cheese', ['54408015', '1 small single serving bag', 1], ['14107030', '1 stick', 1]],
  ['1 oz cheddar & 8 triscuits', ['14104100', oz(1), 1], ['54337020', '1 cracker', 8]],
  ['a handful of cashews and a clementine', ['42104000', QNS, 1], ['61100600', '1 fruit', 1]],
  ['greek yogurt cup w 1/2 cup blueberries', ['11400010', '1 container, NFS', 1], ['63203010', '1 cup', 0.5]],
  ['2 cups air popped popcorn + a string cheese', ['54403010', '1 cup, popped', 2], ['14107030', '1 stick', 1]],
  ['a pear and 1 oz cheddar', ['63137010', '1 fruit', 1], ['14104100', oz(1), 1]],
  ['3 clementines after school', ['61100600', '1 fruit', 3]],
  ['pack of pb crackers + a 20 oz coke from the vending machine', ['54328100', '1 individual package', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['small bag of pita chips & 1/4 cup hummus', ['54402700', '1 small single serving bag', 1], ['41205070', '1 tablespoon', 4]],
  ['2 cups of grapes and a cheese stick', ['63123000', '1 cup', 2], ['14107030', '1 stick', 1]],
  ['a peach and 10 almonds', ['63135010', '1 fruit', 1], ['42100100', '1 nut', 10]],
  ['baby carrots w ranch', ['73101010', QNS, 1], ['83113500', QNS, 1]],
  ['beef jerky + a banana', ['21602100', QNS, 1], ['63107010', '1 banana', 1]],
  ['an orange and a handful of almonds', ['61119010', '1 fruit', 1], ['42100100', QNS, 1]],
  ['3/4 cup cottage cheese w canned peaches', ['14200100', '1 cup', 0.75], ['63135110', QNS, 1]],
  ['4 cups watermelon at the bbq', ['63149010', '1 cup', 4]],
  ['2 goldfish snack bags and a capri sun', ['54304020', '1 small or medium single serving bag', 2], ['92552030', '1 Capri Sun pouch', 1]],
  ['3 fruit roll ups', ['91746350', '1 pouch/regular size', 3]],
  ['2 cups strawberries w cool whip', ['63223020', '1 cup', 2], ['12220200', QNS, 1]],
  ['a large apple w 2 tbsp pb', ['63101000', '1 large', 1], ['42202000', '1 tablespoon', 2]],
  ['2 granola bars on the way to practice', ['53712100', '1 bar', 2]],
  ['2 slices cheese pizza + 2 mozzarella sticks', ['58106210', '1 piece, NFS', 2], ['14660200', '1 piece or stick (4" x 1" x 3/4")', 2]],

  // drinks
  ['4 cans of coke today (i know)', ['92410310', '1 can (12 fl oz)', 4]],
  ['20 oz sweet tea', ['92308000', '1 fl oz (NFS)', 20]],
  ['a glass of oj and a slice of toast', ['61210000', '1 fl oz (NFS)', 8], ['51101010', SLICE, 1]],
  ['small iced coffee w cream and 3 sugars', ['92102400', '1 small', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 3]],
  ['grande caramel macchiato w a blueberry muffin', ['92101904', '1 medium', 1], ['52302010', '1 medium', 1]],
  ['2 beers + a bag of chips watching the game', ['93101000', '1 can or bottle (12 fl oz)', 2], ['71200010', '1 small single serving bag', 1]],
  ['chocolate milk, 6 oz, and 2 graham crackers', ['11511000', '1 fl oz', 6], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['strawberry banana smoothie, 20 oz', ['11553100', '1 fl oz', 20]],
  ['glass of white wine w some crackers', ['93401020', '1 glass', 1], ['54001000', QNS, 1]],
  ['3 margaritas on the rocks', ['93301100', '1 drink', 3]],
  ['a hot chocolate at the rink', ['11512005', QNS, 1]],
  ['a 32 oz gatorade at practice', ['95320200', '1 bottle (32 fl oz)', 1]],
  ['a tall latte + a banana', ['92101900', '1 small', 1], ['63107010', '1 banana', 1]],
  ['a 500 ml bottle of coke, drank half', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 0.5]],

  // desserts and sweets
  ['a big slice of apple pie w a scoop of vanilla', ['53301000', '1 large slice', 1], ['13110100', '1 scoop', 1]],
  ['3 scoops vanilla ice cream w chocolate syrup', ['13110100', '1 scoop', 3], ['91301080', QNS, 1]],
  ['5 brownie bites', ['53204000', '1 small or bite size', 5]],
  ['3 chocolate chip cookies & a glass of milk', ['53206000', '1 medium cookie', 3], ['11100000', '1 fl oz', 8]],
  ['a small slice of chocolate cake + a scoop of vanilla at the bday party', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['a slice of chocolate cheesecake + a coffee w cream', ['53104600', '1 piece/slice, any size', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['3 glazed donuts at the office', ['53521110', '1 doughnut', 3]],
  ['2 cupcakes at the office', ['53100100', '1 cupcake, any size', 2]],
  ['banana pudding, 2 cups', ['13241000', '1 cup', 2]],
  ['a cup of peach cobbler w whipped cream', ['53410800', '1 cup', 1], ['12140000', QNS, 1]],
  ['3 fun size bags of m&ms', ['91746100', '1 fun/snack size', 3]],
  ['half a king size twix', ['91705450', '1 large/king size', 0.5]],
  ['2 slices of pumpkin pie w cool whip', ['53347000', '1 regular slice', 2], ['12220200', QNS, 1]],

  // lows
  ['low 58, drank 5 oz apple juice + 1 graham cracker', ['64104010', '1 fl oz (NFS)', 5], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['bg 61 so a whole can of regular coke', ['92410310', '1 can (12 fl oz)', 1]],
  ['going low, ate 8 skittles', ['91745110', '1 piece', 8]],
  ['low at 2am - juice box + 3 graham crackers', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 3]],
  ['sons cgm said 65, gave him a pack of fruit snacks and a juice box', ['91746300', '1 snack size/pouch/regular size', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['low on shift, 8 oz of orange juice', ['61210000', '1 fl oz (NFS)', 8]],

  // holidays and trips
  ['thanksgiving: turkey, mashed potatoes, 1 cup stuffing, sweet potato casserole', ['24201000', QNS, 1], ['71501000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['73409000', QNS, 1]],
  ['christmas dinner: ham, 1 cup scalloped potatoes & green bean casserole', ['22311000', QNS, 1], ['71305015', '1 cup', 1], ['75403020', QNS, 1]],
  ['a cinnabon at the airport, split 3 ways', ['51160110', '1 Cinnabon', 1 / 3]],
  ['road trip: beef jerky and a 20 oz dr pepper', ['21602100', QNS, 1], ['92410360', '1 bottle (20 fl oz)', 1]],
  ['halloween: 3 fun size snickers + a fun size twix', ['91705520', '1 fun/snack size', 3], ['91705450', '1 fun/snack size', 1]],
  ['4th of july: cheeseburger & a cup of potato salad', ['27510155', '1 cheeseburger', 1], ['71601010', '1 cup', 1]],
  ['funnel cake at the fair, split w my daughter', ['55801000', '1 cake (6" dia)', 0.5]],
  ['easter: 3 peeps and a hot cross bun', ['91723000', '1 piece', 3], ['51161020', '1 medium', 1]],

  // older people, parents, students, shift workers
  ['mom had oatmeal and 4 oz oj', ['56202960', QNS, 1], ['61210000', '1 fl oz (NFS)', 4]],
  ['dad: 2 slices toast w butter and a cup of tea', ['51101010', SLICE, 2], ['81100500', QNS, 1], ['92302000', '1 cup', 1]],
  ['grandma had a glucerna and 6 saltines', ['95104000', '1 bottle (8 fl oz)', 1], ['54325000', '1 cracker', 6]],
  ['nana ate half a cup of chicken noodle soup & some crackers', ['58403040', '1 cup', 0.5], ['54325000', QNS, 1]],
  ['my son had a pb&j, apple slices and a chocolate milk carton', ['42302010', '1 sandwich', 1], ['63101000', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['she ate 4 chicken nuggets w ketchup', ['24198729', '1 nugget', 4], ['74401010', QNS, 1]],
  ['mcdonalds kids meal: 4 pc nuggets, apple slices & a chocolate milk', ['24198731', '1 nugget', 4], ['63101000', '1 single serving package', 1], ['11511000', '1 fl oz', 8]],
  ['night shift: microwave burrito + a monster', ['58102300', '1 small/regular', 1], ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['dorm dinner: a pack of instant ramen w 2 eggs', ['58407030', '1 oz, dry, yields', 3], ['31103010', '1 egg', 2]],
  ['red bull and a granola bar before my 6am shift', ['95310600', '1 can (8.4 fl oz)', 1], ['53712100', '1 bar', 1]],
  ['late night: 2 slices of cold pepperoni pizza', ['58106540', '1 piece, NFS', 2]],

  // weights and volumes
  ['180 g cooked white rice w chicken curry', ['56205001', { grams: 180 }, 1], ['27146150', QNS, 1]],
  ['200g vanilla yogurt + 30g granola', ['11434090', { grams: 200 }, 1], ['57227000', { grams: 30 }, 1]],
  ['330 ml apple juice', ['64104010', '1 fl oz (NFS)', ml(330)]],
  ['4 oz cooked pasta w marinara', ['56130000', oz(4), 1], ['74404010', QNS, 1]],
  ['100 g grapes & 1 oz almonds', ['63123000', { grams: 100 }, 1], ['42100100', oz(1), 1]],
  ['12 oz chocolate milk + a banana after the gym', ['11511000', '1 fl oz', 12], ['63107010', '1 banana', 1]],
  ['a 6 oz baked potato with sour cream', ['71100100', oz(6), 1], ['12310100', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-eighth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-38.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-36, with the decisions this set needed in the header of make-eval-meals-holdout-38.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-38.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-38.json`);
}
