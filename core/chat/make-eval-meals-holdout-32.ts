/**
 * Writes eval-meals.holdout-32.json: the thirty-second held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 22:23 UTC) by an engineer who has not read the
 * estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test, any scoring
 * results (eval-meals*.results.json) or the git history, and who ran nothing that scores messages;
 * committed on its own branch BEFORE the estimator was run on any of these messages and not shown
 * to the estimator's authors, who were changing the estimator at the time, nor to the writers of
 * the parallel sets 29-31 (whose sets were not looked at either). Each food was chosen from
 * foods.csv and each portion from portions.csv (core/foods/fndds/), the way a dietitian would pick
 * them for the message; where an earlier held-out set already chose a food for the same dish, the
 * same food was used, so that the same dish means the same food across sets. The builder checks
 * every code and portion against the table; every item's FNDDS description was also read back
 * against its message. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food
 * code + USDA portion or grams + quantity by hand; grams and carbs from the table, never typed),
 * plus the decisions in the headers of make-eval-meals-holdout-4.ts to -28.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-28, checked by script in two
 * ways: lower-cased, punctuation-folded messages compared; and every message whose items (food,
 * portion and quantity) were exactly those of an earlier message was rewritten, since that is a
 * paraphrase whatever the wording. About 110 first drafts failed one check or the other and were
 * rewritten with other amounts, sides or contexts (and checked again); pairs sharing 75 % or more
 * of their words were read and reworded where they meant the same foods at about the same amount
 * (a few that name clearly different amounts or foods were kept).
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - Named-size portions: "cinnamon raisin bagel, the big one" is the raisin bagel's "1 large"; "big
 *   costco blueberry muffin, ate a third" 1/3 of the fruit muffin's "1 large" (holdout 5's big =
 *   large); "a big mickey pretzel" the soft pretzel's "1 large"; "a big fuji apple" the apple's "1
 *   large"; "half a belgian waffle" 0.5 × Waffle, NFS, "1 thick / Belgian waffle".
 * - "dominos large pepperoni, 2 slices" is 2 × the pepperoni pizza's (NS as to crust) "1 piece, large
 *   pizza": a slice of a pizza whose size the message gives is that size's piece; "2 slices of ny
 *   style cheese" with no size is the NS-crust cheese pizza's "1 piece, NFS" (holdout 12).
 * - "huevos rancheros (1 egg)" is its "1 egg" portion; "biscuit w sausage gravy" FNDDS's biscuit with
 *   gravy, "1 biscuit with gravy"; "a custard filled donut" the custard-filled doughnut; "cider
 *   donuts" the plain cake-type doughnut; "sausage egg croissant" the egg sandwich on croissant with
 *   sausage "1 regular"; "egg n cheese hot pocket" the egg breakfast pocket's "1 regular/large".
 * - Counted small items by their own per-item portion (holdout 8): "10 raspberries" = "1 berry",
 *   "30 goldfish" = "1 goldfish", "5 animal crackers" / "22 wheat thins" / "4 crackers" = "1
 *   cracker", "10 pocky sticks" = Pocky "1 stick", "1 peppermint" = hard candy "1 piece", "6 choc
 *   truffles" = chocolate candy "1 piece" (holdout 8), "5 mini twix" = caramel-filled chocolate candy
 *   "1 miniature/bite size", "3 pieces of bruschetta" = its "1 medium or regular slice", "5 dolmas
 *   (the rice ones)" = grape leaves stuffed with rice "1 roll", "1 canned peach half" = canned peach
 *   NFS "1 half", "deviled eggs x4" = 4 × deviled egg "1 egg" (holdout 10), "8 wings" at a super
 *   bowl party = plain restaurant wings, "1 drummette" each (holdouts 8 and 10).
 * - Teaspoons of honey are thirds of its "1 tablespoon" (holdout 24): 1 tsp = 1/3, 2 tsp = 2/3,
 *   2.5 tsp = 2.5/3. "12 oz coffee w 2 creamers" is 12 × brewed coffee's "1 fl oz" (holdout 24's 16 oz
 *   coffee) + 2 × liquid creamer "1 individual container".
 * - Drinks with a stated size USDA lacks are N × "1 fl oz": "guinness draught can (14.9 oz)", "a
 *   24 oz beer", "a big arizona green tea can (23 oz)" (bottled green tea), "a route 44 diet coke"
 *   (holdout 25's route 44), "18 oz sweet tea"; "250 ml oat milk" is 250 / 29.5735 × oat milk's "1 fl
 *   oz" (holdout 7); "half a 20 oz dr pepper" is 0.5 × its 20 fl oz bottle (holdout 9).
 * - Coffee-shop sizes follow holdout 4: "tall vanilla latte w oat milk" is the flavored latte with
 *   non-dairy milk, small; "venti iced mocha" FNDDS's iced cafe mocha, large; "grande chai latte" hot
 *   tea with milk, medium (holdout 6's chai).
 * - "a scoop of mint chip in a sugar cone" is Ice cream cone, NFS, "1 cone": FNDDS's scooped cones are
 *   vanilla or chocolate only, and mint chip is a flavour FNDDS lacks (holdout 12's Ice cream, NFS).
 * - "a bag of crisps" with a beer is the 1 oz small bag of Potato chips, NFS; "a pretzel pack" on a
 *   plane the hard pretzels' 1 oz "small single serving bag" (holdout 4's bag with no size).
 * - Shares: "subway footlong turkey, ate 2/3 of it" is 2/3 × 2 × the 6" sub (holdout 4's footlong);
 *   "5 cups popcorn split w my wife, i had half" is 2.5 cups; "half a gyro" 0.5 × the gyro sandwich;
 *   "half a slice" of pie 0.5 × its slice; "half a ham sandwich" (bread not said) 0.5 × the ham
 *   sandwich on white's "1 regular" (holdout 7's sandwich without bread said).
 * - Stated amounts win (holdout 12): "pho ga, large bowl (4 cups)" is 4 × "1 cup"; "tonkotsu ramen w
 *   egg, the big bowl ~3 cups" is the ramen bowl with meat and egg, 3 × "1 cup"; "shrimp and grits,
 *   about a cup of grits" is 1 cup of grits + shrimp QNS (holdout 6's shrimp & grits).
 * - Nearest FNDDS food where FNDDS lacks the dish: polenta = cornmeal mush, "1 cup, cooked"; zuppa
 *   toscana = potato soup with meat ("bowl" = 1 cup); tteokbokki = FNDDS's Dukboki "1 cup"; aloo
 *   sabzi with puris = vegetable curry (holdout 6's aloo gobi) + puri "1 puri"; raita = tzatziki dip;
 *   tandoori chicken = chicken NS as to part, grilled without sauce (holdout 6's shawarma); chicken
 *   kebab skewers = chicken shish kabob "1 shishkabob" + peanut sauce QNS; coconut rice = rice
 *   cooked with coconut milk (holdout 6); black bean burger with no bun = veggie burger patty "1
 *   patty"; kaju barfi = barfi "1 piece"; pillsbury cinnamon rolls = frosted cinnamon bun, medium;
 *   "roast beef" / a sunday roast = Beef, pot roast (holdout 17), "2 roast potatoes" = Potato,
 *   roasted, NFS, "1 medium" each, yorkshire pudding = popover (holdout 8); veggie straws = vegetable
 *   chips; dolmas = grape leaves stuffed with rice; "tuna steak" = Fish, tuna, NFS "1 steak";
 *   "sardines" = canned sardines QNS; "mashed sweet potato" = Sweet potato, casserole or mashed;
 *   "pulled pork" on a bbq platter with no sauce named = Pork, NFS QNS, its texas toast Garlic bread,
 *   NFS "1 piece/slice Texas Toast" (holdout 25); "chili cheese dogs" = hot dog + chili's
 *   "Guideline amount per hot dog" each (holdout 23) + Cheese, NFS QNS; "2 meatballs" = holdout 17's
 *   Meatballs, NS as to type of meat, with sauce, "1 meatball with sauce".
 * - Fast food: "white castle cheeseburger sliders" are the fast-food cheeseburger slider's "1
 *   miniature"; a KFC drumstick the fast-food fried coated drumstick, skin eaten, "1 drumstick",
 *   "mashed w gravy" the fast-food mashed potato with gravy QNS, and "small corn" Corn, NS as to form,
 *   QNS (no size portions, so the size word is dropped, holdout 4); Wendy's "apple bites" the raw
 *   apple's "1 single serving package" (holdout 24's apple slices); a "panda plate" of three entrees
 *   and sides is each food QNS.
 * - Gravy: with turkey it is poultry gravy (holdout 13); with roast beef and mashed potatoes beef
 *   gravy (holdout 2). Spanish rice at home is Spanish rice, NS as to fat; at "the mexican place" the
 *   restaurant Spanish rice and restaurant refried beans (holdout 28).
 * - "a slice of birthday cake" is holdout 5's white layer cake with white icing; "piece of sheet cake
 *   (choc)" the bakery chocolate cake with chocolate icing, "1 regular or small piece/slice, 1 layer
 *   cake" (holdout 28's sheet cake). "1/2 cup chocolate mousse" is 0.5 × Mousse "1 cup".
 * - Lows list only the treatment eaten (holdout 20); "cgm alarm 3.6" is a mmol/L reading (holdout 23).
 * - The 6 messages in the last group were added after the first commit (190 messages), under the
 *   same rules and the same two repeat checks; in the same commit the thanksgiving message lost its
 *   dinner roll, so that no message names more than four foods. Their decisions: "150 g cooked brown
 *   rice" and "6 oz baked potato" are grams of the food as eaten (holdouts 14 and 19); "a scoop of
 *   whey" is the whey-based powder's "1 scoop, NFS" (holdout 10), "12 oz oat milk" 12 × its "1 fl
 *   oz"; "2 slices swiss" Swiss cheese's "1 slice" each, "2 slices pumpernickel" the medium slice;
 *   "a big glass of milk (12 oz)" the stated 12 fl oz (holdout 12), "2 oatmeal cookies" Cookie,
 *   oatmeal, "1 medium" each (no raisins said); "a handful of oyster crackers" their "Quantity not
 *   specified" (holdout 2's handful); salsa and "a little sour cream" on the potato QNS (holdout 17).
 * - Typos and abbreviations were written only where the meaning is plain ("brkfst", "c" = cup, "w",
 *   "n", "&", "+", "x2", "pc", "bg", "cgm", "oj", "mcds", "choc", "bday", "~"); the expected food is the
 *   one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-32.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const ML = 1 / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['3 whole grain pancakes w maple syrup', ['55105200', '1 medium pancake', 3], ['91300010', QNS, 1]],
  ['shredded wheat 1.5 cups + skim', ['57417000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['1/3 cup granola w 2% milk', ['57227000', '1 cup', 1 / 3], ['11112110', QNS, 1]],
  ['2 hash brown patties & 2 sausage patties', ['71404000', '1 patty', 2], ['25221400', '1 patty', 2]],
  ['a slice of raisin bread (not toasted) w cream cheese', ['51129010', '1 medium or regular slice', 1], ['14301010', QNS, 1]],
  ['huevos rancheros (1 egg) + 2 corn tortillas on the side', ['32105180', '1 egg', 1], ['52215100', '1 medium', 2]],
  ['1 biscuit w sausage gravy & 1 scrambled egg at the truck stop', ['58128000', '1 biscuit with gravy', 1], ['32129990', '1 egg', 1]],
  ['custard filled donut and a small black coffee', ['53521210', '1 doughnut', 1], ['92100000', '1 small', 1]],
  ['2 eggs, 3 strips of bacon, 1 slice sprouted wheat toast', ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 3], ['51300310', '1 slice', 1]],
  ['half a belgian waffle w strawberries', ['55200010', '1 thick / Belgian waffle', 0.5], ['63223020', QNS, 1]],
  ['1 cup chilaquiles rojos w a fried egg', ['58100360', '1 cup', 1], ['31105005', '1 egg', 1]],
  ['nola trip: 2 beignets & 6 oz oj', ['53520510', '1 beignet', 2], ['61210000', '1 fl oz (NFS)', 6]],
  ['english muffin + 1 tbsp pb + half a banana', ['51186010', '1 muffin', 1], ['42202000', '1 tablespoon', 1], ['63107010', '1 banana', 0.5]],
  ['cinnamon raisin bagel, the big one, w 1 tbsp pb & a coffee', ['51180030', '1 large', 1], ['42202000', '1 tablespoon', 1], ['92100000', QNS, 1]],
  ['dry cheerios as a snack, about 3/4 cup', ['57123000', '1 cup', 0.75]],
  ['4 silver dollar pancakes for my 4yo + 4 oz milk', ['55101000', '1 silver dollar pancake', 4], ['11100000', '1 fl oz', 4]],
  ['diner brkfst: 2 eggs over easy, home fries, 2 wheat toast', ['31105005', '1 egg', 2], ['71403030', QNS, 1], ['51300120', '1 medium or regular slice', 2]],
  ['egg n cheese hot pocket before my shift', ['58126400', '1 regular/large', 1]],
  ['1 packet maple oatmeal + 1/2 cup blueberries', ['56203130', '1 packet, dry, yields', 1], ['63203010', '1 cup', 0.5]],
  ['1/2 c grits w butter and 2 over easy eggs', ['56200990', '1 cup, cooked', 0.5], ['81100500', QNS, 1], ['31105005', '1 egg', 2]],
  ['big costco blueberry muffin, ate a third of it', ['52302010', '1 large', 1 / 3]],
  ['2 pieces of french toast made w challah + 2 tbsp syrup', ['55301000', '1 slice, any size', 2], ['91300010', '1 tablespoon', 2]],
  ['plain greek yogurt 170g w 2 tsp honey + 10 raspberries', ['11400010', { grams: 170 }, 1], ['91302010', '1 tablespoon', 2 / 3], ['63219000', '1 berry', 10]],
  ['a bowl of frosted mini wheats w milk', ['57214000', '1 cup', 1], ['11100000', QNS, 1]],
  ['sausage egg croissant + 12 oz coffee w 2 creamers', ['34001410', '1 regular', 1], ['92101000', '1 fl oz', 12], ['12210200', '1 individual container', 2]],

  // lunch: work, school, home
  ['spam sandwich on white bread', ['27560920', '1 sandwich, any size', 1]],
  ['2 bean pupusas and 1 cheese pupusa', ['58105105', '1 item, any size', 2], ['58105100', '1 item, any size', 1]],
  ['italian wedding soup 2 cups + a slice of focaccia', ['28315160', '1 cup', 2], ['51108010', '1 slice', 1]],
  ['5 dolmas (the rice ones) w some hummus', ['58161510', '1 roll', 5], ['41205070', QNS, 1]],
  ['leftover chicken biryani, 1 3/4 cups + raita', ['27243100', '1 cup', 1.75], ['11440060', QNS, 1]],
  ['3 pieces of bruschetta at the work lunch', ['51136000', '1 medium or regular slice', 3]],
  ['hot n sour soup, a cup, and 2 egg rolls', ['28340750', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['tteokbokki 2 cups + 1 boiled egg', ['58150520', '1 cup', 2], ['31103010', '1 egg', 1]],
  ['teriyaki chicken bowl w 1.5 cups white rice & steamed broccoli', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['72201211', QNS, 1]],
  ['3 puris w aloo sabzi', ['51300180', '1 puri (approx 4-4/5" dia)', 3], ['75440600', QNS, 1]],
  ['school lunch: chicken patty sandwich, 1/2 cup green beans, white milk carton', ['27540139', '1 sandwich, any size', 1], ['75205030', '1 cup', 0.5], ['11100000', '1 individual school container', 1]],
  ['packed her lunch: pb&j on wheat, 1 cup grapes, capri sun', ['42302020', '1 sandwich', 1], ['63123000', '1 cup', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['2 chili cheese dogs', ['27564000', '1 sandwich', 2], ['27111400', 'Guideline amount per hot dog or per hamburger', 2], ['14010000', QNS, 1]],
  ['turkey wrap and an apple', ['27540070', '1 sandwich, any size', 1], ['63101000', '1 medium', 1]],
  ['cup of chili, 1 oz shredded cheddar, 10 saltines', ['27111400', '1 cup', 1], ['14104100', { grams: OZ }, 1], ['54325000', '1 cracker', 10]],
  ['spaghetti squash 2 cups w meat sauce', ['75233220', '1 cup', 2], ['27162040', QNS, 1]],
  ['egg salad sandwich on wheat + small bag of chips', ['32203020', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['1.5 cups broccoli cheddar soup + half a ham sandwich', ['72302100', '1 cup', 1.5], ['27520210', '1 regular', 0.5]],
  ['american grilled cheese on white for my 7 yr old, ate the whole thing', ['14640105', '1 sandwich', 1]],
  ['leftover shrimp pad thai, 1 1/4 cups, reheated', ['58137240', '1 cup', 1.25]],
  ['2 cups cobb salad w 2 tbsp ranch', ['75148010', '1 cup', 2], ['83113500', '1 tablespoon', 2]],
  ['a crab cake sandwich and a cup of coleslaw', ['27550110', '1 regular sandwich', 1], ['75141000', '1 cup', 1]],
  ['black bean burger, no bun, w 1/2 cup sweet potato fries', ['41811890', '1 patty', 1], ['73410200', '1 cup', 0.5]],
  ['2 slices of leftover veggie pizza', ['58106325', '1 piece, NFS', 2]],
  ['bento: 8 pc california roll + edamame', ['58151180', '1 piece', 8], ['41420020', QNS, 1]],
  ['sardines on 6 triscuits', ['26139180', QNS, 1], ['54337020', '1 cracker', 6]],

  // dinner at home
  ['pork tenderloin, 1 cup mashed sweet potato, broccoli', ['22210300', QNS, 1], ['73409000', '1 cup', 1], ['72201211', QNS, 1]],
  ['lasagna, about 1.5 cups, w a slice of garlic bread', ['58130011', '1 cup', 1.5], ['51121015', '1 medium slice', 1]],
  ['collards, 1 cup black eyed peas & a piece of cornbread', ['72107220', QNS, 1], ['41300990', '1 cup', 1], ['52202060', '1 piece', 1]],
  ['roast beef, 1 cup mashed potatoes w gravy, 1/2 cup peas', ['21407000', QNS, 1], ['71501000', '1 cup', 1], ['28500040', QNS, 1], ['75224030', '1 cup', 0.5]],
  ['beef & broccoli w 1 cup brown rice', ['27415100', QNS, 1], ['56205011', '1 cup, cooked', 1]],
  ['chicken tikka masala w 3/4 cup basmati, no naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 0.75]],
  ['grilled salmon, 3/4 cup quinoa & asparagus', ['26137110', QNS, 1], ['56204000', '1 cup, cooked', 0.75], ['75202020', QNS, 1]],
  ['2 crab cake sliders w tartar sauce', ['27550110', '1 miniature/slider', 2], ['81302050', QNS, 1]],
  ['sunday roast: beef, 2 roast potatoes & a yorkshire pudding', ['21407000', QNS, 1], ['71104030', '1 medium', 2], ['52311010', '1 popover', 1]],
  ['3 beef enchiladas w spanish rice', ['58102810', '1 enchilada, any size', 3], ['58163430', QNS, 1]],
  ['grilled chicken thigh, corn on the cob & 1/2 cup potato salad', ['24150210', QNS, 1], ['75216111', '1 regular ear', 1], ['71601010', '1 cup', 0.5]],
  ['chicken stir fry w veggies over 1.5 c jasmine rice', ['27445110', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['3/4 cup mac & cheese + 2 meatballs', ['58145110', '1 cup', 0.75], ['27160100', '1 meatball with sauce', 2]],
  ['tuna steak + 1 cup jasmine rice + salad', ['26153110', '1 steak', 1], ['56205001', '1 cup, cooked', 1], ['75143000', QNS, 1]],
  ['babcias: 2 stuffed cabbage rolls + 4 potato pierogi', ['27315250', '1 cabbage roll', 2], ['58121610', '1 item, any size', 4]],
  ['1 cup of beef stew w a biscuit', ['27311600', '1 cup', 1], ['52101000', '1 biscuit', 1]],
  ['3 chicken fajitas w pico & sour cream, no rice', ['58105000', '1 fajita', 3], ['74402110', QNS, 1], ['12310100', QNS, 1]],
  ['shrimp and grits, about a cup of grits', ['56200990', '1 cup, cooked', 1], ['26319110', QNS, 1]],
  ['jambalaya, 2 cups + a square of cornbread at the potluck', ['27363100', '1 cup', 2], ['52202060', '1 piece', 1]],
  ['6 pork potstickers + a cup of fried rice', ['58111110', '1 item, any size', 6], ['58150310', '1 cup', 1]],
  ['polenta about 1 cup w butter', ['56201515', '1 cup, cooked', 1], ['81100500', QNS, 1]],
  ['stuffed peppers (rice & beef) x2 halves + 1 slice garlic bread', ['58162110', '1/2 pepper with filling', 2], ['51121015', '1 medium slice', 1]],
  ['chicken & dumplings 2.5 cups, cold night', ['27246100', '1 cup', 2.5]],
  ['shepherds pie, 1.25 cups + 1/2 cup peas & carrots', ['27311510', '1 cup', 1.25], ['73111220', '1 cup', 0.5]],
  ['3 cups of kung pao chicken (no rice)', ['27445220', '1 cup', 3]],

  // takeout & restaurants
  ['olive garden: 2 breadsticks + zuppa toscana bowl', ['51184210', '1 medium stick', 2], ['71801005', '1 cup', 1]],
  ['panda plate: orange chicken, kung pao chicken & chow mein', ['27146350', QNS, 1], ['27445220', QNS, 1], ['27360080', QNS, 1]],
  ['thai place: green curry chicken + 1 cup coconut rice', ['27146150', QNS, 1], ['58161200', '1 cup', 1]],
  ['pho ga, large bowl (4 cups)', ['28310330', '1 cup', 4]],
  ['2 chicken kebab skewers w peanut sauce', ['27440130', '1 shishkabob', 2], ['42204050', QNS, 1]],
  ['tandoori chicken + 1 garlic naan', ['24103050', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['masala dosa & sambar', ['58174100', QNS, 1], ['41311020', QNS, 1]],
  ['mexican place: 2 chicken tamales, rice & refried beans', ['58103130', '1 item, any size', 2], ['58163405', QNS, 1], ['41205017', QNS, 1]],
  ['chips & salsa at the mexican restaurant, like 20 chips', ['54401075', '1 chip', 20], ['74402100', QNS, 1]],
  ['8 oz sirloin, baked potato w butter, side salad', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['75143000', '1 side salad', 1]],
  ['bbq platter: pulled pork, 1 cup baked beans, texas toast', ['22000100', QNS, 1], ['41201010', '1 cup', 1], ['51121015', '1 piece/slice Texas Toast', 1]],
  ['7 boneless buffalo wings & celery w blue cheese', ['24168030', '1 boneless wing', 7], ['75109000', QNS, 1], ['83101000', QNS, 1]],
  ['cheese calzone, ate half', ['58108000', '1 calzone or stromboli', 0.5]],
  ['2 slices of ny style cheese + garlic knots x2', ['58106210', '1 piece, NFS', 2], ['51156500', '1 medium/regular/sandwich size roll', 2]],
  ['shrimp tempura roll, 10 pcs + miso soup', ['58151210', '1 piece', 10], ['41601070', QNS, 1]],
  ['half a gyro + a cup of greek salad', ['27516010', '1 sandwich, any size', 0.5], ['75146000', '1 cup', 1]],
  ['ethiopian: misir wot 1 cup & 2 injera', ['41311030', '1 cup', 1], ['51807000', '1 injera (12" dia)', 2]],
  ['beef pho w extra noodles 2.5 cups', ['28310330', '1 cup', 2.5]],
  ['tonkotsu ramen w egg, the big bowl ~3 cups', ['58407056', '1 cup', 3]],

  // fast food
  ['mcds: 6 pc nuggets, small fry, small sprite', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1], ['92410510', '1 small drink', 1]],
  ['whopper & medium fries', ['27510615', '1 hamburger', 1], ['71401030', '1 medium fast food order', 1]],
  ['chick fil a sandwich, medium waffle fries & a medium diet coke', ['27540146', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['popeyes 3 tenders and a biscuit', ['24198741', '1 tender, strip, or finger', 3], ['52103000', '1 biscuit', 1]],
  ['2 taco bell soft tacos + cinnamon twists', ['58102110', '1 small/regular', 2], ['53452500', '1 Taco Bell order', 1]],
  ['4 white castle cheeseburger sliders', ['27510140', '1 miniature', 4]],
  ['jr cheeseburger and a value fry', ['27510160', '1 cheeseburger', 1], ['71401030', '1 value/dollar menu order', 1]],
  ['subway footlong turkey on wheat, ate 2/3 of it', ['27540050', '1 regular or 6" submarine', 4 / 3]],
  ['wendys grilled chicken sandwich + apple bites', ['27540152', '1 regular sandwich', 1], ['63101000', '1 single serving package', 1]],
  ['2 sausage mcmuffins w egg, no hash brown', ['34001310', '1 regular', 2]],
  ['kfc: 1 drumstick, mashed w gravy, small corn', ['24147320', '1 drumstick', 1], ['71501006', QNS, 1], ['75216120', QNS, 1]],
  ['dominos large pepperoni, 2 slices', ['58106540', '1 piece, large pizza', 2]],
  ['2 sonic corn dogs + a route 44 diet coke', ['27560300', '1 regular', 2], ['92410320', '1 fl oz (NFS)', 44]],
  ['arbys: 1 classic roast beef + 1 small curly fry + 1 small diet coke', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 small drink', 1]],

  // snacks
  ['sliced pear, about a cup, w 1 tbsp almond butter', ['63137010', '1 cup', 1], ['42200500', '1 tablespoon', 1]],
  ['30 goldfish crackers', ['54304020', '1 goldfish', 30]],
  ['movie night: 5 cups air popped popcorn split w my wife, i had half', ['54403010', '1 cup, popped', 2.5]],
  ['3/4 cup shelled edamame w sea salt', ['41420020', '1 cup', 0.75]],
  ['2/3 cup trail mix at my desk over the afternoon', ['42501000', '1 cup', 2 / 3]],
  ['2 packs of nature valley crunchy (4 bars)', ['53710906', '1 package (2 bars)', 2]],
  ['applesauce pouch + 5 animal crackers in the car for my toddler', ['63101110', '1 pouch', 1], ['53240000', '1 cracker', 5]],
  ['pickle spear and 1 oz pretzels', ['75503010', '1 spear', 1], ['54408015', { grams: OZ }, 1]],
  ['5 tbsp hummus, cucumber & 1 whole wheat pita', ['41205070', '1 tablespoon', 5], ['75111000', QNS, 1], ['51301600', '1 medium pita', 1]],
  ['3/4 cup cottage cheese + 1 canned peach half', ['14200100', '1 cup', 0.75], ['63135110', '1 half', 1]],
  ['22 wheat thins w 1 oz cheddar', ['54338010', '1 cracker', 22], ['14104100', { grams: OZ }, 1]],
  ['a big fuji apple + 1 tbsp almond butter', ['63101000', '1 large', 1], ['42200500', '1 tablespoon', 1]],
  ['1/4 cup craisins', ['62109100', '1 cup', 0.25]],
  ['2 small bags of veggie straws for the twins, they ate both', ['71220000', '1 small single serving bag', 2]],
  ['10 pocky sticks', ['53239100', '1 stick', 10]],
  ['2 clementines and 10 almonds', ['61100600', '1 fruit', 2], ['42100100', '1 nut', 10]],
  ['1 oz dark chocolate + a few strawberries', ['91705300', { grams: OZ }, 1], ['63223020', '1 fruit', 3]],
  ['a cheese stick & 12 grapes', ['14107030', '1 stick', 1], ['63123000', '1 grape', 12]],
  ['a handful of cashews and an orange', ['42104000', QNS, 1], ['61119010', '1 fruit', 1]],
  ['2 handfuls of pretzel twists', ['54408015', QNS, 2]],
  ['1.5 cups cubed cantaloupe + 1/2 cup cottage cheese', ['63109010', '1 cup', 1.5], ['14200100', '1 cup', 0.5]],
  ['kiddo had 2 mini blueberry muffins after school', ['52302010', '1 miniature', 2]],
  ['1.25 cups of cherries at the park', ['63115010', '1 cup', 1.25]],

  // drinks
  ['18 oz sweet tea w my lunch', ['92308000', '1 fl oz (NFS)', 18]],
  ['half a 20 oz dr pepper from the vending machine', ['92410360', '1 bottle (20 fl oz)', 0.5]],
  ['10 oz oj at the diner', ['61210000', '1 fl oz (NFS)', 10]],
  ['11 oz chocolate milk after practice', ['11511000', '1 fl oz', 11]],
  ['venti iced mocha', ['92102600', '1 large', 1]],
  ['tall vanilla latte w oat milk', ['92101906', '1 small', 1]],
  ['pumpkin patch w the kids: 2 cider donuts + 8 oz cider', ['53520100', '1 doughnut', 2], ['64101010', '1 fl oz (NFS)', 8]],
  ['margarita on the rocks + a basket of chips', ['93301100', '1 drink', 1], ['54401075', QNS, 1]],
  ['sangria, 3 glasses over dinner', ['93404550', '1 glass', 3]],
  ['chamomile tea + 1 tsp honey', ['92306700', QNS, 1], ['91302010', '1 tablespoon', 1 / 3]],
  ['4 white claws at the lake', ['93106600', '1 can or bottle (12 fl oz)', 4]],
  ['guinness draught can (14.9 oz) + a bag of crisps', ['93101000', '1 fl oz', 14.9], ['71200010', '1 small single serving bag', 1]],
  ['chardonnay x2 + a few grapes at book club', ['93401020', '1 glass', 2], ['63123000', '1 grape', 3]],
  ['a big arizona green tea can (23 oz)', ['92309500', '1 fl oz (NFS)', 23]],
  ['grande chai latte', ['92306800', '1 medium', 1]],
  ['an ensure plus for dad', ['95103010', '1 bottle (8 fl oz)', 1]],
  ['500ml orange fanta + a granola bar on the hike', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 1], ['53712100', '1 bar', 1]],
  ['250 ml oat milk in my coffee', ['11360200', '1 fl oz', 250 * ML], ['92100000', QNS, 1]],
  ['a glass of pineapple juice with breakfast & 1 slice of toast', ['64124020', '1 fl oz (NFS)', 8], ['51101010', '1 medium or regular slice', 1]],

  // desserts
  ['slice of boston cream pie', ['53103000', '1 piece/slice, any size', 1]],
  ['red velvet cupcake + 1/2 cup vanilla ice cream', ['53116520', '1 cupcake, any size', 1], ['13110100', '1 cup', 0.5]],
  ['lemon meringue pie, half a slice', ['53381000', '1 slice, any size', 0.5]],
  ['chocolate ice cream sandwich & a glass of skim milk', ['13120510', '1 sandwich', 1], ['11113000', '1 fl oz', 8]],
  ['2 slices of pumpkin pie, no whipped cream', ['53347000', '1 regular slice', 2]],
  ['a scoop of mint chip in a sugar cone', ['13120740', '1 cone', 1]],
  ['banana cream pie, half a slice w coffee', ['53341000', '1 slice, any size', 0.5], ['92100000', QNS, 1]],
  ['3 chocolate chip cookies from the bakery', ['53206020', '1 medium', 3]],
  ['1/2 cup chocolate mousse', ['13250000', '1 cup', 0.5]],
  ['peach pie a la mode', ['53307000', '1 regular slice', 1], ['13110100', QNS, 1]],
  ['3/4 cup of tapioca pudding', ['13230500', '1 cup', 0.75]],
  ['piece of sheet cake at the office party (choc)', ['53105270', '1 regular or small piece/slice, 1 layer cake', 1]],

  // lows
  ['bg 54, drank 3 oz apple juice + 2 saltines', ['64104010', '1 fl oz (NFS)', 3], ['54325000', '1 cracker', 2]],
  ['low at 2am - 2.5 tsp honey off a spoon', ['91302010', '1 tablespoon', 2.5 / 3]],
  ['treated a 58 w 7 oz regular ginger ale', ['92410610', '1 fl oz (NFS)', 7]],
  ['low on shift: fun size snickers + 4 oz oj', ['91705520', '1 fun/snack size', 1], ['61210000', '1 fl oz (NFS)', 4]],
  ['kiddo was 68, 2 fruit roll ups', ['91746350', '1 pouch/regular size', 2]],
  ['cgm alarm 3.6 - 4 sugar packets in water', ['91101010', '1 individual packet', 4]],
  ['low, 5 oz regular pepsi + 1 peppermint', ['92410310', '1 fl oz (NFS)', 5], ['91745025', '1 piece', 1]],
  ['going low on my run, 6 oz gatorade', ['95320200', '1 fl oz', 6]],
  ['bg 63 at school, nurse gave 18 skittles', ['91745110', '1 piece', 18]],

  // holidays & trips
  ['thanksgiving: 4 oz turkey, 1 cup mashed w gravy, 1/2 cup candied yams', ['24201000', { grams: 4 * OZ }, 1], ['71501000', '1 cup', 1], ['28500000', QNS, 1], ['73406000', '1 cup', 0.5]],
  ['christmas morning: 3 pillsbury cinnamon rolls', ['51160110', '1 medium', 3]],
  ['diwali: 4 pieces of kaju barfi', ['13252500', '1 piece', 4]],
  ['bday party: slice of birthday cake + capri sun', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['at the ballpark: 2 hot dogs + a 24 oz beer', ['27564000', '1 sandwich', 2], ['93101000', '1 fl oz', 24]],
  ['airport - auntie annes original pretzel & a diet coke', ['54408410', '1 medium/regular', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['camping: 2 hot dogs + 2 smores', ['27564000', '1 sandwich', 2], ['53210900', '1 medium S\'mores cookie', 2]],
  ['halloween - 5 mini twix', ['91705450', '1 miniature/bite size', 5]],
  ['new years: 2 glasses of champagne + 4 crackers w brie', ['93401005', '1 glass', 2], ['54001000', '1 cracker', 4], ['14103020', QNS, 1]],
  ['super bowl: 8 wings, ~1 cup tortilla chips & queso', ['24168002', '1 drummette', 8], ['54401075', '1 cup', 1], ['14620200', QNS, 1]],
  ['valentines day: 6 choc truffles from the box', ['91705010', '1 piece', 6]],
  ['july 4th: burger, corn on cob, big wedge of watermelon', ['27510521', '1 hamburger', 1], ['75216111', '1 regular ear', 1], ['63149010', '1 large wedge/slice', 1]],
  ['road trip: 2 oz teriyaki jerky + a 20 oz coke', ['21602100', { grams: 2 * OZ }, 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['on the plane: pretzel pack & 4 oz cranberry juice', ['54408015', '1 small single serving bag', 1], ['92530510', '1 fl oz (NFS)', 4]],
  ['easter brunch: 3 slices ham, deviled eggs x4, 2 hot cross buns', ['22311000', '1 regular/thin slice', 3], ['32102000', '1 egg', 4], ['51161020', '1 medium', 2]],
  ['hanukkah: 5 potato latkes w sour cream', ['71701000', '1 medium pancake', 5], ['12310100', QNS, 1]],
  ['cruise buffet: 1 cup rice pilaf, 2 dinner rolls, salmon', ['58162310', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 2], ['26137110', QNS, 1]],
  ['disney: a big mickey pretzel + a churro', ['54408400', '1 large', 1], ['53520200', '1 regular', 1]],
  // added after the first commit, under the same rules and repeat checks
  ['150 g cooked brown rice w dal for lunch', ['56205011', { grams: 150 }, 1], ['41311030', QNS, 1]],
  ['6 oz baked potato w salsa & a little sour cream', ['71100100', { grams: 6 * OZ }, 1], ['74402100', QNS, 1], ['12310100', QNS, 1]],
  ['a scoop of whey in 12 oz oat milk after the gym', ['95230000', '1 scoop, NFS', 1], ['11360200', '1 fl oz', 12]],
  ['grandpa: 2 slices pumpernickel w 2 slices swiss', ['51404010', '1 medium or regular slice', 2], ['14109010', '1 slice', 2]],
  ['a big glass of milk (12 oz) & 2 oatmeal cookies before bed', ['11100000', '1 fl oz', 12], ['53233000', '1 medium', 2]],
  ['tomato soup, 1.5 cups + a handful of oyster crackers', ['74601000', '1 cup', 1.5], ['54313000', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-second held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, any scoring results or the git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 29-31. Generated by core/chat/make-eval-meals-holdout-32.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts, with the decisions of holdouts 4-28 and those this set needed in the header of make-eval-meals-holdout-32.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-32.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-32.json`);
}
