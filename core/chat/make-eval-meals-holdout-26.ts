/**
 * Writes eval-meals.holdout-26.json: the twenty-sixth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (between about 22:01 and 22:15 UTC) by an engineer who has not
 * read the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts / eval-meals.test.ts, any
 * scoring results (eval-meals*.results.json) or the git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and
 * not shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writers of the parallel sets 25, 27 and 28 (whose sets were not looked at either). Each food was
 * chosen by reading foods.csv and each portion by reading portions.csv (core/foods/fndds/), the way
 * a dietitian would pick them for the message; where an earlier held-out set already chose a food
 * for the same dish, the same food was used. No message repeats one of eval-meals.json or holdouts
 * 1-24 (checked by comparing lower-cased, punctuation-folded messages, and every pair with a word
 * overlap (Jaccard) of 0.6 or more read and, where it meant the same foods and amounts, rewritten:
 * about 75 first drafts were rewritten or dropped that way). Same format, conventions and builder
 * as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -24.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a crumpet" is the English muffin's own "1 crumpet" portion (FNDDS has no crumpet food).
 * - "a concha (the big one)" is pan dulce's "1 large" (holdout 5's big = large); "2 small pan
 *   dulces" its "1 small"; "a cup of cafe con leche" its "1 cup (8 fl oz)".
 * - "bacon egg mcgriddle" is the egg sandwich on griddle/pancake with meat, "1 regular"; "bacon egg
 *   n cheese on a bagel" is the egg sandwich on bagel with bacon (FNDDS has no cheese variant; holdout
 *   8's English-muffin rule).
 * - "2 strips turkey bacon" is turkey bacon's "1 medium slice (yield after cooking)" each (holdout 9's
 *   medium strip).
 * - "half a cuban sandwich & a guava pastry": 0.5 × the Cuban sandwich; the pastry is the
 *   fruit-filled pastry "Quantity not specified" (holdout 12's guava pastry).
 * - "general tso's, 2 cups" is 2 × its "1 cup"; "chicken lo mein ... about 3 cups" 3 × "1 cup"
 *   (an "about" amount is the amount said, holdout 18).
 * - "3 crab rangoons" and "5 pork potstickers" are the fried wonton / pot sticker, "1 item, any
 *   size" each (holdout 6).
 * - "3 stuffed shells w marinara (no meat)" is the meatless cheese-filled shells with tomato sauce,
 *   "1 shell (jumbo)" each.
 * - "a side salad" is the lettuce salad with assorted vegetables' "1 side salad" (holdout 7).
 * - "catfish basket: fried catfish, fries & 4 hush puppies": catfish and fries (NFS, no place
 *   named) "Quantity not specified", 4 × "1 hush puppy".
 * - "large baked sweet potato w cinnamon": cinnamon is left out (holdout 22's seasonings).
 * - "taco tuesday - 4 crunchy beef tacos" is the corn-tortilla beef taco (holdout 6).
 * - "palak paneer w 3 small rotis" is FNDDS's Palak Paneer QNS + 3 × the roti's "1 small
 *   chappatti or roti (6")"; "curry goat and a large roti" is the stewed goat (holdout 21's only goat
 *   dish) + the roti's "1 large chappatti or roti (8")".
 * - "bangers & mash" is Sausage, NFS + mashed potato NFS, each "Quantity not specified".
 * - "10 plain wings at the sports bar w ranch" is 10 × the plain restaurant wing's "1 drummette"
 *   (holdout 8) + ranch dressing QNS.
 * - "a few cheese cubes" is 3 × Cheese, NFS "1 cubic inch" (a few = 3, holdout 4).
 * - "ants on a log - 3 celery sticks": a celery stick here is a whole stalk filled with peanut
 *   butter, so "1 stalk" each (USDA's "1 stick" is a 4 g carrot-stick-size strip); pb and raisins
 *   QNS.
 * - "medium bag of veggie chips" is the vegetable chips' "1 medium single serving bag"; "large bag
 *   of hot cheetos" Cheetos' large bag (holdout 7's hot Cheetos = Cheetos).
 * - "a snack size bag of microwave popcorn" is its "1 snack/mini microwave bag".
 * - "5 pieces dried mango" is 5 × "1 slice/chunk"; "15 tortilla chips" 15 × "1 chip" (holdout 14).
 * - "a moon pie" / "half a whoopie pie" are the chocolate-covered marshmallow pie's "1 moon pie" /
 *   "1 whoopie pie"; "an rc cola" is cola's 12 fl oz can (holdout 9's can rule).
 * - "medium cherry limeade" at Sonic is the fruit-flavored lemonade drink (holdout 8) "Quantity not
 *   specified": the food has no size portions, so the size word is dropped (holdout 4).
 * - "a mini can of coke (7.5 oz)" is 7.5 × cola "1 fl oz (NFS)" (the stated amount, holdout 12);
 *   "bottle of sweet green tea ... 20 oz" is the bottled green tea's 20 fl oz bottle.
 * - "snapple lemon tea, 2 bottles" is 2 × bottled black tea's "1 Snapple bottle (16 fl oz)"
 *   (holdout 6).
 * - "a drumstick cone" is the prepackaged vanilla ice cream cone, "1 cone"; "mint choc chip ice
 *   cream, 2 scoops" is Ice cream, NFS, 2 × "1 scoop" (holdout 12's flavour FNDDS lacks); "a mango
 *   sorbet bar" is sorbet's "1 bar"; "fudgesicle" its "1 sicle".
 * - "shared a creme brulee ..., had half" is 0.5 × its "Quantity not specified" (holdout 20's share of
 *   a dish with no portion named); "a third of a slice of plain cheesecake" 1/3 × its slice.
 * - "eclair" is the iced custard-filled eclair's "1 eclair (5" x 2" x 1-3/4")"; "a cream puff" the
 *   same food's "1 cream puff (3-1/2" x 2")".
 * - "3 snickerdoodles" are the butter or sugar cookie, "1 medium" each (count convention).
 * - "a pumpkin muffin" is FNDDS's pumpkin muffin "1 medium"; "banana nut bread" FNDDS's fruit bread
 *   "1 slice" (holdout 15's banana bread).
 * - "2 lemon bars" are the lemon bar's "1 medium bar" each (count convention).
 * - "panda express ... beijing beef" is beef with sweet and sour sauce (the nearest FNDDS dish:
 *   crisp beef in a sweet-tangy sauce), "Quantity not specified".
 * - "kfc 2 pc meal - breast & thigh, mashed w gravy, biscuit" is the fast-food fried coated breast
 *   "1 breast" and thigh "1 thigh", fast-food mashed potato with gravy QNS and the fast-food biscuit.
 * - "wendys 4 for 4 - jr cheeseburger" is the fast-food cheeseburger with 1 small patty; "whopper jr"
 *   FNDDS's Whopper Jr "1 hamburger"; "a chipotle chicken burrito" the chicken burrito with beans
 *   and rice and cheese, "1 small/regular" (holdout 5's branded items at the regular portion).
 * - "chicken over rice from the halal cart" is grilled chicken NS (holdout 6's shawarma) + white rice,
 *   each QNS; "a chicken shawarma wrap" the grilled chicken wrap (holdout 7).
 * - "oxtail stew w 1 cup rice and peas" is beef oxtails QNS + the kidney beans and white rice's "1
 *   cup" (holdout 6's rice and peas).
 * - "10 cheese ravioli w red sauce" is 10 × the cheese ravioli with tomato sauce's "1 piece".
 * - "grandpa: 2 slices rye + a can of sardines" is the rye bread's medium slice + canned sardines'
 *   "1 standard can".
 * - "4 bagel bites" is the frozen thick-crust cheese pizza's "1 Bagel Bite" (holdout 7's Bagel Bites).
 * - "a regular jello cup (not sugar free)" is the gelatin dessert's "1 snack size container".
 * - "eggplant parm, 1 cup" is the eggplant parmesan casserole's "1 cup".
 * - "night shift: cup noodles + a coffee w cream & sugar" is the ramen's "1 individual container"
 *   (holdout 7) + coffee, liquid creamer and sugar, each QNS (holdout 8).
 * - "dining hall: ... caesar salad w dressing" is the romaine caesar salad without dressing +
 *   caesar dressing, each QNS.
 * - Weights and volumes: "N g" / "N oz" of a food is grams of the food as eaten (holdouts 14, 19);
 *   "150 ml orange juice" / "250 ml apple juice" are N / 29.5735 × "1 fl oz (NFS)" (holdout 7); "500
 *   ml bottle of coke" is cola's 500 ml bottle (holdout 5).
 * - Lows list only the treatment eaten (holdout 20); "bg 3.3 mmol" is a mmol/L reading (holdout 23).
 * - Typos and abbreviations were written only where the meaning is plain ("potatos", "ww", "pb",
 *   "w", "n", "&", "+", "c" = cup, "ct", "bg", "oj", "bday"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-26.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** US fluid ounce in millilitres. */
const FL = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  ['2 kiwis & a cup of cottage cheese', ['63126500', '1 fruit', 2], ['14200100', '1 cup', 1]],
  ['ww bagel w peanut butter before work', ['51301750', '1 regular', 1], ['42202000', QNS, 1]],
  ['1.5 cups oatmeal w milk + a tbsp of maple syrup', ['56203066', '1 cup, cooked', 1.5], ['91300010', '1 tablespoon', 1]],
  ['blueberry scone from the coffee shop', ['52105200', '1 regular', 1]],
  ['2 nutella crepes at the market', ['53430100', '1 crepe with filling, any size', 2]],
  ['a whole mango and some plain greek yogurt', ['63129010', '1 mango', 1], ['11411390', QNS, 1]],
  ['3 slices raisin toast, no butter', ['51129020', '1 medium or regular slice', 3]],
  ['bacon egg mcgriddle on the way to work', ['34001710', '1 regular', 1]],
  ['1 cup special k and half a cup of skim', ['57344000', '1 cup', 1], ['11113000', '1 cup', 0.5]],
  ['my daughter had a cup of froot loops w milk', ['57221700', '1 cup', 1], ['11100000', QNS, 1]],
  ['2 toaster waffles + syrup', ['55200020', '1 waffle', 2], ['91300010', QNS, 1]],
  ['a biscuit w honey and butter', ['52101000', '1 biscuit', 1], ['91302010', QNS, 1], ['81100500', QNS, 1]],
  ['2 small pan dulces w a cup of cafe con leche', ['51160200', '1 small', 2], ['92101850', '1 cup (8 fl oz)', 1]],
  ['a concha (the big one) w my coffee', ['51160200', '1 large', 1], ['92100000', QNS, 1]],
  ['2 slices spinach quiche, nothing else', ['58125120', '1 piece (1/8 of 9" dia)', 2]],
  ['bacon egg n cheese on a bagel from the bodega', ['34001620', '1 regular', 1]],
  ['2 strips turkey bacon and 2 slices ww toast', ['24208500', '1 medium slice (yield after cooking)', 2], ['51300120', '1 medium or regular slice', 2]],
  ['english muffin w pb and half a banana', ['51186010', '1 muffin', 1], ['42202000', QNS, 1], ['63107010', '1 banana', 0.5]],
  ['had a cup of fruit salad & 1 slice of banana bread', ['63311000', '1 cup', 1], ['52405010', '1 slice', 1]],
  ['half a cuban sandwich & a guava pastry', ['27520410', '1 sandwich, any size', 0.5], ['53452100', QNS, 1]],
  ['spam sandwich + miso soup', ['27560920', '1 sandwich, any size', 1], ['41601070', QNS, 1]],
  ['2 meat gorditas from the taqueria', ['58104290', '1 item, any size', 2]],
  ['bologna sandwich n a snack bag of fritos', ['27560130', '1 regular', 1], ['54401031', '1 small single serving bag', 1]],
  ['corned beef on white w a pickle spear', ['27510910', '1 regular', 1], ['75503010', '1 spear', 1]],
  ["general tso's, 2 cups, skipped the rice", ['27445150', '1 cup', 2]],
  ['kung pao chicken takeout & steamed rice', ['27445220', QNS, 1], ['56205001', QNS, 1]],
  ['sweet n sour chicken, 1.5 cups', ['27146100', '1 cup', 1.5]],
  ['egg drop soup and 3 crab rangoons', ['32300100', QNS, 1], ['58111110', '1 item, any size', 3]],
  ['chicken lo mein - ate the whole container, about 3 cups', ['58136160', '1 cup', 3]],
  ['5 ct chick fil a nuggets + small waffle fries for my son', ['24198731', '1 nugget', 5], ['71401030', '1 small fast food order', 1]],
  ['mcchicken, medium fry and a medium sprite', ['27540146', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1], ['92410510', '1 medium drink', 1]],
  ['popeyes: 4 tenders and a biscuit, no fries', ['24198741', '1 tender, strip, or finger', 4], ['52103000', '1 biscuit', 1]],
  ['turkey sub from jimmy johns', ['27540050', '1 regular or 6" submarine', 1]],
  ['quinoa 1 cup w roasted chicken', ['56204000', '1 cup, cooked', 1], ['24102000', QNS, 1]],
  ['tabbouleh 1 cup, 2 tbsp hummus and half a pita', ['58175110', '1 cup', 1], ['41205070', '1 tablespoon', 2], ['51109100', '1 medium pita', 0.5]],
  ['falafel sandwich + 1 cup tabbouleh', ['41901030', '1 sandwich, any size', 1], ['58175110', '1 cup', 1]],
  ['school lunch: 4 nuggets, 1/2 cup corn, applesauce cup + chocolate milk carton', ['24198735', '1 nugget', 4], ['75216120', '1 cup', 0.5], ['63101110', '1 snack size container', 1], ['11511000', '1 individual school container', 1]],
  ['tuna noodle casserole, 2 c', ['27250610', '1 cup', 2]],
  ['3 stuffed shells w marinara (no meat)', ['58134120', '1 shell (jumbo)', 3]],
  ['a cup of beef stroganoff w noodles & a side salad', ['27212350', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['2 salmon patties and half a cup of mashed potatos', ['27250070', '1 cake or patty', 2], ['71501000', '1 cup', 0.5]],
  ['crab cake sandwich w a side of slaw', ['27550110', '1 regular sandwich', 1], ['75141000', QNS, 1]],
  ['large baked sweet potato w cinnamon', ['73403000', '1 large', 1]],
  ['a crumpet w butter and a cup of tea', ['51186010', '1 crumpet', 1], ['81100500', QNS, 1], ['92302000', '1 cup', 1]],
  ['jambalaya 1.5 cups at the crawfish boil', ['27363100', '1 cup', 1.5]],
  ['catfish basket: fried catfish, fries & 4 hush puppies', ['26107140', QNS, 1], ['71400990', QNS, 1], ['52209010', '1 hush puppy', 4]],
  ['1 cup fried okra on the side', ['75414500', '1 cup', 1]],
  ['spaghetti squash 1 cup w marinara', ['75233220', '1 cup', 1], ['74404010', QNS, 1]],
  ['shepherds pie, about a cup', ['27311510', '1 cup', 1]],
  ['half a cup of couscous + grilled chicken thigh', ['56207160', '1 cup, cooked', 0.5], ['24154011', '1 thigh, NS as to size', 1]],
  ['2 chicken fajitas + refried beans', ['58105000', '1 fajita', 2], ['41205010', QNS, 1]],
  ['taco tuesday - 4 crunchy beef tacos', ['58102010', '1 small/regular', 4]],
  ['chicken fried rice, 2 cups', ['58150320', '1 cup', 2]],
  ['chicken teriyaki w 3/4 cup brown rice', ['27145000', QNS, 1], ['56205011', '1 cup, cooked', 0.75]],
  ['palak paneer w 3 small rotis', ['72125310', QNS, 1], ['51300175', '1 small chappatti or roti (6")', 3]],
  ['sliced brisket, a cup of baked beans & a slice of white bread', ['21417100', QNS, 1], ['41201010', '1 cup', 1], ['51101000', '1 medium or regular slice', 1]],
  ['pulled pork sandwich w slaw on top', ['27500400', '1 regular sandwich', 1], ['75141000', QNS, 1]],
  ['bangers & mash', ['25221400', QNS, 1], ['71501000', QNS, 1]],
  ['easter dinner: ham, 1/2 cup scalloped potatoes, 1 dinner roll', ['22311000', QNS, 1], ['71305015', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['hanukkah: 3 latkes w applesauce', ['71701000', '1 medium pancake', 3], ['63101110', QNS, 1]],
  ['10 plain wings at the sports bar w ranch', ['24168002', '1 drummette', 10], ['83113500', QNS, 1]],
  ['memorial day bbq: 2 hot dogs + a cup of potato salad', ['27564000', '1 sandwich', 2], ['71601010', '1 cup', 1]],
  ['iftar - 5 dates and a glass of milk', ['62110100', '1 date', 5], ['11100000', '1 fl oz', 8]],
  ['medium bag of veggie chips', ['71220000', '1 medium single serving bag', 1]],
  ['1 cup of chex mix while studying', ['54420220', '1 cup', 1]],
  ['a plum and a handful of cashews', ['63143010', '1 fruit', 1], ['42104000', QNS, 1]],
  ['3 slices fresh pineapple', ['63141010', '1 slice', 3]],
  ['2 peaches from the farmers market', ['63135010', '1 fruit', 2]],
  ['nectarine & a string cheese before my shift', ['63131010', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['20 cherries by the pool', ['63115010', '1 cherry', 20]],
  ['applesauce pouch for my son at pickup', ['63101110', '1 pouch', 1]],
  ['2 packs of fruit snacks in the car', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['ants on a log - 3 celery sticks w pb and raisins', ['75109000', '1 stalk', 3], ['42202000', QNS, 1], ['62125100', QNS, 1]],
  ['5 pieces dried mango', ['62114050', '1 slice/chunk', 5]],
  ['6 ritz w 2 slices cheddar', ['54301030', '1 cracker', 6], ['14104100', '1 slice', 2]],
  ['medium apple sliced up w 2 tbsp caramel dip', ['63101000', '1 medium', 1], ['91306020', '1 tablespoon', 2]],
  ['2 fried mozzarella sticks', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 2]],
  ['large bag of hot cheetos, ate the whole thing', ['54401081', '1 large single serving bag', 1]],
  ['trail mix, half a cup, on the drive up', ['42501000', '1 cup', 0.5]],
  ['15 tortilla chips w queso', ['54401075', '1 chip', 15], ['14620200', QNS, 1]],
  ['half a cup of granola by itself', ['57227000', '1 cup', 0.5]],
  ['a dill pickle and a few cheese cubes', ['75503010', '1 regular', 1], ['14010000', '1 cubic inch', 3]],
  ['a snack size bag of microwave popcorn at my desk', ['54403051', '1 snack/mini microwave bag', 1]],
  ['a moon pie & an rc cola', ['53208200', '1 moon pie', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['20 oz chocolate milk after the game', ['11511000', '1 fl oz', 20]],
  ['bottle of sweet green tea from the fridge, 20 oz', ['92309500', '1 can or bottle (20 fl oz)', 1]],
  ['12 oz cup of lemonade at the pool', ['92510955', '1 fl oz (NFS)', 12]],
  ['glass of sweet tea w supper', ['92308000', '1 fl oz (NFS)', 8]],
  ['hot apple cider, 10 oz at the pumpkin patch', ['64101010', '1 fl oz (NFS)', 10]],
  ['3 margaritas at the mexican place', ['93301100', '1 drink', 3]],
  ['pina colada + a frozen strawberry daiquiri on the cruise', ['93301200', '1 drink', 1], ['93301500', '1 drink', 1]],
  ['a mojito at happy hour', ['93301125', '1 drink', 1]],
  ['can of ginger ale for my stomach', ['92410610', '1 can (12 fl oz)', 1]],
  ['snapple lemon tea, 2 bottles', ['92309000', '1 Snapple bottle (16 fl oz)', 2]],
  ['orange gatorade 20oz', ['95320200', '1 bottle (20 fl oz)', 1]],
  ['medium strawberry shake from mcdonalds', ['11542200', '1 medium', 1]],
  ['6 oz tomato juice w breakfast', ['74301100', '1 fl oz (NFS)', 6]],
  ['a glass of oat milk w 2 cookies', ['11360200', '1 fl oz', 8], ['53201000', '1 medium', 2]],
  ['hot chocolate from the machine at work, 12 oz', ['11512005', '1 fl oz', 12]],
  ['a shirley temple for my daughter', ['92804000', '1 drink', 1]],
  ['2 slices key lime pie at the family reunion', ['53305800', '1 slice, any size', 2]],
  ['shared a creme brulee w my wife, had half', ['13210370', QNS, 0.5]],
  ['eclair and a cappuccino', ['53420200', '1 eclair (5" x 2" x 1-3/4")', 1], ['92161000', QNS, 1]],
  ['2 coconut macaroons', ['53225000', '1 cookie', 2]],
  ['half a whoopie pie', ['53208200', '1 whoopie pie', 0.5]],
  ['a piece of baklava + a glass of milk', ['53441110', '1 piece', 1], ['11100000', '1 fl oz', 8]],
  ['a third of a slice of plain cheesecake', ['53104500', '1 piece/slice, any size', 1 / 3]],
  ['ice cream sandwich from the freezer', ['13120500', '1 sandwich', 1]],
  ['a drumstick cone', ['13120790', '1 cone', 1]],
  ['fudgesicle', ['13140900', '1 sicle', 1]],
  ['mint choc chip ice cream, 2 scoops', ['13110000', '1 scoop', 2]],
  ['a mango sorbet bar', ['63430150', '1 bar', 1]],
  ['angel food cake, 2 slices w cool whip', ['53101100', '1 piece/slice, any size', 2], ['12220200', QNS, 1]],
  ['peach cobbler a la mode', ['53410800', QNS, 1], ['13110100', QNS, 1]],
  ['3 snickerdoodles', ['53241500', '1 medium', 3]],
  ['pumpkin muffin from the cafe', ['52306500', '1 medium', 1]],
  ['a cherry pie slice', ['53305000', '1 regular slice', 1]],
  ['an apple turnover', ['53450000', '1 item, any size', 1]],
  ['2 lemon bars from the bake sale', ['53224250', '1 medium bar', 2]],
  ['a cream puff', ['53420200', '1 cream puff (3-1/2" x 2")', 1]],
  ['bg 3.3 mmol, drank 150 ml orange juice', ['61210000', '1 fl oz (NFS)', 150 / FL]],
  ['low at 58 on my walk, 1 tbsp honey', ['91302010', '1 tablespoon', 1]],
  ['low 63 after mowing, 10 oz ginger ale', ['92410610', '1 fl oz (NFS)', 10]],
  ['dexcom 64 arrow down - 2 fig newtons', ['53220030', '1 Newton bar', 2]],
  ['son went low at soccer: fruit roll up + half a 20 oz gatorade', ['91746350', '1 pouch/regular size', 1], ['95320200', '1 bottle (20 fl oz)', 0.5]],
  ['7 lifesavers, bg 59', ['91745025', '1 piece', 7]],
  ['mom was low, half a glass of oj & 3 saltines', ['61210000', '1 fl oz (NFS)', 4], ['54325000', '1 cracker', 3]],
  ['bg 52 at 2am. a mini can of coke (7.5 oz)', ['92410310', '1 fl oz (NFS)', 7.5]],
  ['treated a low w 4 hard candies from my purse', ['91745025', '1 piece', 4]],
  ['low after the gym, banana and 8 oz chocolate milk', ['63107010', '1 banana', 1], ['11511000', '1 fl oz', 8]],
  ['whopper jr and a small fry', ['27510552', '1 hamburger', 1], ['71401030', '1 small fast food order', 1]],
  ['2 mcdonalds cheeseburgers + a large diet coke', ['27510172', '1 cheeseburger', 2], ['92410320', '1 large drink', 1]],
  ['taco bell - 2 soft tacos + a bean burrito', ['58102110', '1 small/regular', 2], ['58102610', '1 small/regular', 1]],
  ['arbys roast beef classic & curly fries small', ['27513010', '1 regular', 1], ['71401030', '1 small fast food order', 1]],
  ['sonic corn dog and a medium cherry limeade', ['27560300', '1 regular', 1], ['92510960', QNS, 1]],
  ['dominos: 3 slices sausage pizza, thin crust', ['58106620', '1 piece, NFS', 3]],
  ['kfc 2 pc meal - breast & thigh, mashed w gravy, biscuit', ['24127220', '1 breast', 1], ['24157320', '1 thigh', 1], ['71501006', QNS, 1], ['52103000', '1 biscuit', 1]],
  ['panda express: chow mein + beijing beef', ['27360080', QNS, 1], ['27116300', QNS, 1]],
  ['chinese takeout - 2 egg rolls & beef lo mein', ['58110130', '1 egg roll', 2], ['58136150', QNS, 1]],
  ['pad see ew, 1.5 cups', ['58135110', '1 cup', 1.5]],
  ['5 pork potstickers and a cup of wonton soup', ['58111110', '1 item, any size', 5], ['58408010', '1 cup', 1]],
  ['6 inch meatball sub from subway', ['27510700', '1 regular or 6" submarine', 1]],
  ['wendys 4 for 4 - jr cheeseburger, 4 nuggets, small fries', ['27510160', '1 cheeseburger', 1], ['24198731', '1 nugget', 4], ['71401030', '1 small fast food order', 1]],
  ['chipotle chicken burrito', ['58102540', '1 small/regular', 1]],
  ['a chicken shawarma wrap from the food truck', ['27540300', '1 sandwich, any size', 1]],
  ['chicken over rice from the halal cart w a pita', ['24103050', QNS, 1], ['56205001', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['180g cooked basmati w dal', ['56205001', { grams: 180 }, 1], ['41311030', QNS, 1]],
  ['2 cups pesto pasta w grilled chicken', ['56130000', '1 cup, cooked', 2], ['81302070', QNS, 1], ['24103050', QNS, 1]],
  ['5 oz salmon, 1 cup quinoa, asparagus', ['26137120', { grams: 5 * OZ }, 1], ['56204000', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['500 ml bottle of coke for the drive', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['250 ml apple juice for my daughter', ['64104010', '1 fl oz (NFS)', 250 / FL]],
  ['150 g red grapes', ['63123000', { grams: 150 }, 1]],
  ['1 cup blackberries + 1 cup raspberries', ['63201010', '1 cup', 1], ['63219000', '1 cup', 1]],
  ['a pear and a handful of walnuts', ['63137010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['3 clementines at my desk', ['61100600', '1 fruit', 3]],
  ['4 potato pierogies w fried onions + kielbasa', ['58121610', '1 item, any size', 4], ['75221021', QNS, 1], ['25221310', QNS, 1]],
  ['lamb gyro and a can of sprite', ['27516010', '1 sandwich, any size', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['10 cheese ravioli w red sauce', ['58131520', '1 piece', 10]],
  ['3 fortune cookies after chinese', ['53222010', '1 cookie', 3]],
  ['grandma had 4 prunes and a cup of tea w 1 tsp sugar', ['62122100', '1 prune', 4], ['92302000', '1 cup', 1], ['91101010', '1 teaspoon', 1]],
  ['grandpa: 2 slices rye + a can of sardines', ['51401010', '1 medium or regular slice', 2], ['26139180', '1 standard can', 1]],
  ['a tapioca pudding cup + 5 vanilla wafers', ['13230500', '1 snack size container', 1], ['53247000', '1 medium', 5]],
  ['a regular jello cup (not sugar free)', ['91501010', '1 snack size container', 1]],
  ['2 slices banana nut bread w coffee', ['52405010', '1 slice', 2], ['92100000', QNS, 1]],
  ['12 oz ribeye and a baked sweet potato', ['21101170', { grams: 12 * OZ }, 1], ['73403000', '1 medium', 1]],
  ['2 fish tacos w pico', ['58102210', '1 small/regular', 2], ['74402110', QNS, 1]],
  ['chicken marsala w 1 cup pasta', ['27144000', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['eggplant parm, 1 cup, no pasta', ['75412060', '1 cup', 1]],
  ['oxtail stew w 1 cup rice and peas', ['21301000', QNS, 1], ['58160150', '1 cup', 1]],
  ['curry goat and a large roti', ['27133010', QNS, 1], ['51300175', '1 large chappatti or roti (8")', 1]],
  ['night shift: cup noodles + a coffee w cream & sugar', ['58407030', '1 individual container', 1], ['92100000', QNS, 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['dining hall: 2 slices cheese pizza + caesar salad w dressing', ['58106210', '1 piece, NFS', 2], ['72116150', QNS, 1], ['83102000', QNS, 1]],
  ['1/2 cup mac n cheese and 6 frozen nuggets for the kid', ['58145110', '1 cup', 0.5], ['24198736', '1 nugget', 6]],
  ['4 bagel bites after school', ['58106205', '1 Bagel Bite', 4]],
  ['8 oz sirloin + 1 cup mashed potatoes', ['21102150', { grams: 8 * OZ }, 1], ['71501000', '1 cup', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-sixth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-26.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -24.ts, with the decisions this set needed in the header of make-eval-meals-holdout-26.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-26.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-26.json`);
}
