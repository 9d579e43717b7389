/**
 * Writes eval-meals.holdout-23.json: the twenty-third held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (21:48-22:30 UTC) by an engineer who has not read the estimator,
 * the matcher or the alias lists (core/foods/estimate.ts, everyday-names*, core/chat/parse.ts,
 * proposal.ts), core/chat/README.md, eval-meals.ts / eval-meals.test.ts or any scoring results
 * (eval-meals*.results.json), who did not read the git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and
 * not shown to the estimator's authors (who were changing the estimator at the time) nor to the
 * writers of the parallel sets 21, 22 and 24 (whose sets were not looked at). Each food was chosen
 * by reading core/foods/fndds/foods.csv and each portion by reading portions.csv, the way a
 * dietitian would pick them for the message. Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of holdouts 4-20.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, holidays and trips.
 *
 * No message repeats one of eval-meals.json or holdouts 1-20 (checked by comparing lower-cased,
 * punctuation-folded messages), and drafts that meant exactly the same foods, portions and
 * quantities as an earlier message (found by comparing the item lists) were rewritten with other
 * amounts, sides or contexts.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a chili dog": FNDDS has no chili dog, so it is the hot dog sandwich on a white bun "1 sandwich"
 *   + chili NFS's own "Guideline amount per hot dog or per hamburger" (64 g) for each dog.
 * - "instant oatmeal packet" / "maple oatmeal packet" is the instant oatmeal's "1 packet, dry,
 *   yields", made with water, no added fat (how a packet is made unless the message says milk).
 * - "huevos rancheros (2 eggs)" is 2 × FNDDS's huevos rancheros "1 egg" (the dish's per-egg portion).
 * - "greek yogurt w fruit on the bottom" is the Greek fruit yogurt NS as to milk; "the 5.3 oz cups"
 *   its "1 5.3 oz container".
 * - "2 mini scones" is the plain scone's "1 miniature"; "a big mug of earl grey" stays 1 cup (holdout
 *   10's mug; a size word on a container is dropped, as for a big bowl).
 * - "1 thick slice raisin toast" is toasted raisin bread's "1 large or thick slice" (holdout 9: toast
 *   named as toast is the toasted bread).
 * - "egg white omelette" is the egg white omelet NS as to fat, "Quantity not specified"; "a slice of
 *   rye" is (untoasted) rye bread, "rye toast" the toasted one (holdout 13).
 * - "3 strips bacon" is the medium slice (holdout 9); "2 eggs" with no method is the egg NS as to
 *   cooking method (holdout 4).
 * - "1 pupusa de frijol and 1 revuelta (pork)": the revuelta (pork, beans and cheese) is FNDDS's
 *   pupusa with meat and beans.
 * - "a matzo" is the matzo cracker's "1 matzo"; "a spoon of hummus" is 1 tablespoon.
 * - "falafel plate: 5 falafel" is 5 × falafel "1 patty"; "6 stuffed grape leaves (the rice ones)" /
 *   "3 rice stuffed grape leaves" are the meatless grape leaves stuffed with rice, "1 roll" each.
 * - "injera w lentils" is injera "Quantity not specified" (the same 127 g as one 12" injera) +
 *   lentil curry (holdout 6's dal) QNS;
 *   "chana masala" is chickpeas NFS (holdout 6).
 * - "seafood paella" is FNDDS's paella with seafood (not the Puerto Rican one); "chicken adobo with
 *   rice" is FNDDS's adobo with rice.
 * - "noodle kugel" is FNDDS's noodle pudding; "fufu" its fufu, "1 cup, cooked".
 * - "a cafecito" is 2 × Cuban coffee "1 fl oz" (holdout 6).
 * - "2 bowls of pozole" is 2 × the soup's "1 cup" (a bowl is 1 cup); "3 corn tortillas" beside it
 *   are the medium tortilla (count convention).
 * - Drinks: "white sangria" / "red sangria" are FNDDS's sangria "1 glass" (a glass of wine-like
 *   drink = USDA's "1 glass", as wine); a margarita, mimosa, bloody mary, moscow mule or gin & tonic
 *   is the cocktail's "1 drink"; "2 pints of hard cider" is 32 × its "1 fl oz" (holdout 14's
 *   pints); "16 oz beer" is the beer's 16 fl oz can or bottle (a size USDA has, holdout 20); White Claw is hard seltzer, its 12 fl
 *   oz can; "a rockstar" its 16 fl oz can (holdout 7); "an ensure" its 8 fl oz bottle (holdout 10);
 *   "12 oz bottle of cran juice" is the cranberry juice drink's "1 bottle (12 fl oz)" (holdout 4's
 *   cranberry juice cocktail); "a large smoothie" is the fruit smoothie NFS "1 large"; "a mug" of hot
 *   chocolate with whipped cream is its "1 cup".
 * - Fast food: Whopper and Whopper Jr with cheese are FNDDS's Burger King entries; a McFlurry is the
 *   fast-food soft serve blended with candy or cookies (holdout 8's Blizzard), sized; "value menu
 *   fries" are the fast-food fries' "1 value/dollar menu order"; "chili cheese fries, medium" is the
 *   fast-food fries with chili and cheese, "1 medium fast food order"; "a bag of
 *   apple slices" in a kids meal is the apple's "1 single serving package" (holdout 18); "2 hash brown
 *   patties from the drive thru" is the fast-food hash brown "1 patty" (holdout 20).
 * - Pizza: "2 large slices" is the restaurant cheese pizza's "1 piece, large pizza"; pepperoni slices
 *   on a cruise buffet are "1 piece, NFS"; "personal cheese pizza" its "1 personal size pizza".
 * - "the big square (1/8 of the 7x12 pan)" of lasagna is the portion of that name the message spells out.
 * - "turkey & swiss on wheat, 6 inch, from the sub shop" is the restaurant turkey sub with cheese,
 *   "1 regular or 6" submarine"; "turkey on wheat" at home is the turkey sandwich on wheat "1 regular".
 * - "8 pcs spicy tuna roll" is 8 × the tuna roll's "1 piece"; a whole "eel roll" is its "Quantity
 *   not specified" (holdout 4's whole sushi roll).
 * - "2 fresh spring rolls w shrimp (not fried)" is FNDDS's roll with meat and/or shrimp in rice paper,
 *   not fried, its "1 roll"; "veggie tempura, 6 pieces" is vegetable tempura "1 piece".
 * - "2 rotis" / "3 small rotis" are the chappatti or roti's medium / small portions (holdout 6).
 * - "chai" is hot tea with milk, "Quantity not specified" (holdout 6).
 * - "bar peanuts" with no amount are Peanuts, NFS, "Quantity not specified"; "a handful of mixed
 *   nuts" is Mixed nuts, NFS, "Quantity not specified" (holdout 2's handful).
 * - "30 pistachios" is 30 × "1 nut"; "3 dates" 3 × "1 date"; "5 prunes" 5 × "1 prune"; "2 apricots"
 *   2 × "1 apricot" (holdout 8's counted small items).
 * - "1 oz pretzels" is 28.35 g (holdout 14); "3 cups air popped popcorn w parmesan" is 3 × "1 cup,
 *   popped" + grated parmesan "Quantity not specified".
 * - "5 triscuits w 2 slices cheddar": cheddar slices are Cheddar's "1 slice"; "1 corn muffin" is the
 *   cornbread muffin's "1 medium" (count convention).
 * - "a honey bun" is the frosted sweet roll "1 medium" (holdout 7); a rice krispie treat the
 *   marshmallow rice-cereal bar "1 medium bar" (holdout 7, count convention).
 * - "canned pears in juice" are the juice-pack canned pear; "2 pear halves" its "1 half".
 * - Holidays: "sufganiyah"/"jelly donut" is the jelly doughnut "1 doughnut"; "peeps" are marshmallow
 *   candy "1 piece" (holdout 7); "frosted sugar cookies" the butter or sugar cookie with icing other
 *   than chocolate, medium (holdout 14); "cool whip" is whipped topping QNS (holdout 13); "a cider
 *   donut" is the plain cake doughnut.
 * - "boiled pork dumplings" are FNDDS's steamed dumpling "1 item, any size" (the nearest: not fried).
 * - "a whole funnel cake" is its "1 cake (6" dia)".
 * - "a soft pretzel" at an airport bar is the soft pretzel NFS "1 medium/regular" (count convention).
 * - Weights and volumes (the last group): "N g" of any food is N grams of the food as eaten (cooked
 *   rice and pasta, holdout 19); "N ml" of juice is N / 29.5735 × its "1 fl oz (NFS)" (holdout 7;
 *   orange and apple juice have no portion of those sizes); "6oz chicken breast" is 6 × 28.35 g of
 *   the grilled breast, skin not eaten (holdout 5); "jasmine rice" is white rice (holdout 16's
 *   basmati); "greek yogurt" with no flavour is Greek yogurt NS as to milk or flavour (holdout 5);
 *   "baguette" is French or Vienna bread; "brie" and "parm" beside a weighed food are
 *   "Quantity not specified"; "20 g dark chocolate" is dark chocolate candy.
 * - "hypo at 3.4" (a UK/Canada reading in mmol/L) is a low: only the treatment is listed (holdout 20).
 * - "jacket potato w beans, large" is the baked potato's "1 large" + baked beans "Quantity not
 *   specified"; "bannana bread" is FNDDS's fruit bread "1 slice" (holdout 15).
 * - "12 oz mocha frap" is 12 × the frozen mocha coffee drink's "1 fl oz"; "2 tbsp syrup" 2 × syrup
 *   NFS "1 tablespoon"; "1/4 c salsa" 0.25 × salsa's "1 cup"; "18 animal crackers" 18 × the animal
 *   cookie's "1 cracker"; "appl pie a la mode, small slice + 2 scoops" is the pie's "1 mini/small
 *   slice" + 2 × vanilla ice cream "1 scoop".
 * - Typos and abbreviations were written only where the meaning is plain ("marg", "c" = cup, "pcs",
 *   "ww", "w/", "bday", "choc", "tias", "bannana", "brekfast", "chiken", "quesadila", "appl",
 *   "spag bol", "frap", "broc", "parm"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-23.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 mini scones and a big mug of earl grey before work', ['52105100', '1 miniature', 2], ['92302000', '1 cup', 1]],
  ['1 thick slice raisin toast, buttered, and a clementine', ['51129020', '1 large or thick slice', 1], ['81100500', QNS, 1], ['61100600', '1 fruit', 1]],
  ['ww bagel w a schmear', ['51301750', '1 regular', 1], ['14301010', QNS, 1]],
  ['instant oatmeal, 1 packet made with water', ['56203086', '1 packet, dry, yields', 1]],
  ['maple oatmeal packet + a handful of walnuts', ['56203130', '1 packet, dry, yields', 1], ['42116000', QNS, 1]],
  ['huevos rancheros (2 eggs) and a side of black beans', ['32105180', '1 egg', 2], ['41101990', QNS, 1]],
  ['slice of spinach quiche + fruit salad', ['58125120', '1 piece (1/8 of 9" dia)', 1], ['63311000', QNS, 1]],
  ['large bacon egg bagel from the cafe', ['34001620', '1 large', 1]],
  ['home fries and 2 fried eggs at the diner', ['71403030', QNS, 1], ['31105005', '1 egg', 2]],
  ['2 greek yogurts w fruit on the bottom (the 5.3 oz cups)', ['11433990', '1 5.3 oz container', 2]],
  ['corned beef hash w 2 poached eggs', ['27211400', QNS, 1], ['31103010', '1 egg', 2]],
  ['3 whole grain pancakes', ['55105200', '1 medium pancake', 3]],
  ['slice of coffee cake w my coffee', ['53610100', '1 slice', 1], ['92100000', QNS, 1]],
  ['toaster waffle x3, no syrup, just a tbsp of pb', ['55200020', '1 waffle', 3], ['42202000', '1 tablespoon', 1]],
  ['cup of oatmeal + a banana sliced on top', ['56202960', '1 cup, cooked', 1], ['63107010', '1 banana', 1]],
  ['kiwi & a hard boiled egg', ['63126500', '1 fruit', 1], ['31103010', '1 egg', 1]],
  ['two mini bagels with cream cheese, breakfast meeting', ['51180010', '1 miniature', 2], ['14301010', QNS, 1]],
  ['raisin bran 1.5 cups w 1% milk', ['57329000', '1 cup', 1.5], ['11112210', QNS, 1]],
  ['2 sausage patties & a biscuit', ['25221405', '1 patty', 2], ['52101000', '1 biscuit', 1]],
  ['big bowl of oatmeal, like 2 cups, w brown sugar', ['56202960', '1 cup, cooked', 2], ['91102010', QNS, 1]],
  ['pumpernickel toast x2 w lox', ['51404020', '1 medium or regular slice', 2], ['26137190', QNS, 1]],
  ['egg white omelette and a slice of rye', ['32400055', QNS, 1], ['51401010', '1 medium or regular slice', 1]],
  ['for my son: 1 eggo, 1/2 cup strawberries, milk', ['55200020', '1 waffle', 1], ['63223020', '1 cup', 0.5], ['11100000', QNS, 1]],
  ['2 nectarines on the bus to class', ['63131010', '1 fruit', 2]],
  ['chocolate crepe and a cappuccino at the market', ['53430100', '1 crepe with filling, any size', 1], ['92161000', '1 medium', 1]],
  ['2 strawberry crepes for brunch', ['53430200', '1 crepe with filling, any size', 2]],
  ['3 strips bacon, 2 eggs, 1 slice rye toast', ['22600200', '1 medium slice (yield after cooking)', 3], ['31102000', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  // lunch, world food
  ['4 cheese pupusas, saturday lunch', ['58105100', '1 item, any size', 4]],
  ['1 pupusa de frijol and 1 revuelta (pork)', ['58105105', '1 item, any size', 1], ['58105120', '1 item, any size', 1]],
  ['had half a can of chicken noodle soup + 6 saltines', ['58403010', '1 can', 0.5], ['54325000', '1 cracker', 6]],
  ['a knish from the deli', ['58122320', '1 item, any size', 1]],
  ['matzo ball soup, a bowl, and a matzo w butter', ['58404500', '1 cup', 1], ['54307000', '1 matzo', 1], ['81100500', QNS, 1]],
  ['spam sandwich and a pickle', ['27560920', '1 sandwich, any size', 1], ['75503010', '1 regular', 1]],
  ['falafel plate: 5 falafel, tabbouleh & half a pita', ['41209000', '1 patty', 5], ['58175110', QNS, 1], ['51109100', '1 medium pita', 0.5]],
  ['egg drop soup and 2 crab rangoon', ['32300100', QNS, 1], ['58111110', '1 item, any size', 2]],
  ['chicken taco salad, medium', ['58101935', '1 medium taco salad', 1]],
  ['2 bowls of pozole at my tias w 3 corn tortillas', ['28315150', '1 cup', 2], ['52215100', '1 medium', 3]],
  ['2 small spanakopita', ['58124250', '1 small/individual', 2]],
  ['injera w lentils', ['51807000', QNS, 1], ['41311030', QNS, 1]],
  ['chicken adobo with rice, about 2 cups', ['58150530', '1 cup', 2]],
  ['seafood paella 1.5 cups', ['27350020', '1 cup', 1.5]],
  ['about a cup of fufu', ['71970200', '1 cup, cooked', 1]],
  ['half cup noodle kugel at shabbat dinner', ['58149110', '1 cup', 0.5]],
  ['a whole cuban sandwich and a cafecito', ['27520410', '1 sandwich, any size', 1], ['92101800', '1 fl oz', 2]],
  ['3 rice stuffed grape leaves & a spoon of hummus', ['58161510', '1 roll', 3], ['41205070', '1 tablespoon', 1]],
  ['tabbouleh 1 cup w a whole wheat pita', ['58175110', '1 cup', 1], ['51301600', '1 medium pita', 1]],
  ['2 cups borscht w sour cream and pumpernickel', ['75601100', '1 cup', 2], ['12310100', QNS, 1], ['51404010', QNS, 1]],
  ['chicken biryani, 2/3 cup, lunchbox', ['27243100', '1 cup', 2 / 3]],
  ['veg biryani, a cup and a half, w raita', ['58160000', '1 cup', 1.5], ['11440060', QNS, 1]],
  ['8 cheese pierogies', ['58121610', '1 item, any size', 8]],
  ['chicken kiev w 1/2 cup mashed', ['27146400', QNS, 1], ['71501000', '1 cup', 0.5]],
  // dinner
  ['salisbury steak, mashed potatoes and peas', ['27112010', QNS, 1], ['71501000', QNS, 1], ['75224030', QNS, 1]],
  ['3 lamb chops w 3/4 cup couscous', ['23101000', '1 chop, any size', 3], ['56207160', '1 cup, cooked', 0.75]],
  ['teriyaki chicken thigh + 1 cup white rice', ['27145000', '1 chicken thigh with sauce', 1], ['56205001', '1 cup, cooked', 1]],
  ['shrimp teriyaki w rice', ['27150410', QNS, 1], ['56205001', QNS, 1]],
  ['1 cup scalloped potatoes and 2 slices of ham, easter', ['71305015', '1 cup', 1], ['22311000', '1 regular/thin slice', 2]],
  ['collards, black eyed peas & a piece of cornbread for new years', ['72107211', QNS, 1], ['41300990', QNS, 1], ['52202060', '1 piece', 1]],
  ['half cup black beans, half cup rice & a fried egg', ['41101990', '1 cup', 0.5], ['56205001', '1 cup, cooked', 0.5], ['31105005', '1 egg', 1]],
  ['grilled chicken w 1/2 cup brown rice and carrots', ['24103050', QNS, 1], ['56205011', '1 cup, cooked', 0.5], ['73102220', QNS, 1]],
  ['2 cups white chicken chili', ['27141510', '1 cup', 2]],
  ['veggie chili 1 cup + 1 corn muffin', ['41221020', '1 cup', 1], ['52206010', '1 medium', 1]],
  // fast food
  ['2 whopper jrs w cheese, no fries', ['27510171', '1 cheeseburger', 2]],
  ['whopper w cheese, med fries, med coke', ['27510231', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1], ['92410310', '1 medium drink', 1]],
  ['large mcflurry, split w my daughter (half each)', ['13130700', '1 large', 0.5]],
  ['two mini churros at the fair', ['53520200', '1 miniature', 2]],
  ['4 nuggets + kids fries for my 5yo', ['24198731', '1 nugget', 4], ['71401030', '1 kids meal order', 1]],
  ['value menu fries & a diet coke', ['71401030', '1 value/dollar menu order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['chili cheese fries, medium', ['71401050', '1 medium fast food order', 1]],
  ['burger and a root beer', ['27510521', '1 hamburger', 1], ['92410710', '1 can (12 fl oz)', 1]],
  // drinks
  ['2 glasses of white sangria on the patio', ['93404560', '1 glass', 2]],
  ['3 margs + chips & salsa, taco tuesday', ['93301100', '1 drink', 3], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['one frozen strawberry... no, frozen lime margarita + 2 chicken tacos', ['93301510', '1 drink', 1], ['58102050', '1 small/regular', 2]],
  ['8 oz apple cider and a cider donut at the orchard', ['64101010', '1 fl oz (NFS)', 8], ['53520100', '1 doughnut', 1]],
  ['16 oz coconut water (unsweetened)', ['42403010', '1 fl oz (NFS)', 16]],
  ['medium root beer + 2 chili dogs at the drive in', ['92410710', '1 medium drink', 1], ['27564000', '1 sandwich', 2], ['27111400', 'Guideline amount per hot dog or per hamburger', 2]],
  ['8 oz glass of 1% milk w dinner', ['11112210', '1 fl oz', 8]],
  // dessert
  ['plain cheesecake slice w a few strawberries on top', ['53104500', '1 piece/slice, any size', 1], ['63223020', '1 fruit', 3]],
  ['piece of baklava w turkish coffee', ['53441110', '1 piece', 1], ['92100000', QNS, 1]],
  ['a cup of flan at the quinceañera', ['13210350', '1 cup', 1]],
  ['chocolate eclair from the bakery', ['53420200', '1 eclair (5" x 2" x 1-3/4")', 1]],
  ['1 cup peach cobbler w a scoop of vanilla', ['53410800', '1 cup', 1], ['13110100', '1 scoop', 1]],
  ['medium cup of chocolate gelato in rome!!', ['13110470', '1 medium ice cream cup', 1]],
  ['cherry cheesecake slice + decaf at the diner', ['53104550', '1 piece/slice, any size', 1], ['92111010', QNS, 1]],
  ['2 scoops vanilla gelato', ['13110460', '1 scoop', 2]],
  // snacks
  ['a handful of mixed nuts and a clementine', ['42110000', QNS, 1], ['61100600', '1 fruit', 1]],
  ['unsweetened applesauce cup', ['63101120', '1 snack size container', 1]],
  ['2 pretzel rods and a cheese stick', ['54408015', '1 rod', 2], ['14107030', '1 stick', 1]],
  ['balance bar at 3pm', ['53720100', '1 bar', 1]],
  ['3 tbsp hummus + a small pita', ['41205070', '1 tablespoon', 3], ['51109100', '1 small pita', 1]],
  ['2 peaches & a handful of cherries', ['63135010', '1 fruit', 2], ['63115010', QNS, 1]],
  ['3 pineapple rings (fresh) at the luau', ['63141010', '1 slice', 3]],
  ['hummus cup (the single ones) w 10 pretzel twists', ['41205070', '1 individual container', 1], ['54408015', '1 pretzel, NS as to size', 10]],
  // lows
  ['low 58 in the car, 6 hard candies from my purse', ['91745025', '1 piece', 6]],
  ['half a small box of raisins for a low', ['62125100', '1 small box (1.5 oz)', 0.5]],
  ['bg 63 on the dexcom, drank 7 oz of regular coke', ['92410310', '1 fl oz (NFS)', 7]],
  ['went low at work, 4 oz grapefruit juice', ['61201020', '1 fl oz (NFS)', 4]],
  // asian, indian takeout
  ['tteokbokki, about a cup, w a can of sprite', ['58150520', '1 cup', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['3 bbq pork buns from the chinatown bakery, ate them on the train', ['58123110', '1 item, any size', 3]],
  ['sesame chicken & 1 cup fried rice', ['27146360', QNS, 1], ['58150310', '1 cup', 1]],
  ['moo shu pork 1 cup over 1 cup white rice', ['27420160', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['bento box: teriyaki chicken, rice, 3 gyoza', ['27145000', QNS, 1], ['56205001', QNS, 1], ['58111110', '1 item, any size', 3]],
  ['2 fresh spring rolls w shrimp (not fried)', ['58110200', '1 roll (4-1/4" x 1-1/2" dia)', 2]],
  ['veggie tempura, 6 pieces', ['75440200', '1 piece', 6]],
  ['8 pcs spicy tuna roll + 6 avocado roll pieces', ['58151220', '1 piece', 8], ['58151170', '1 piece', 6]],
  ['eel roll at the sushi place', ['58151190', QNS, 1]],
  ['pad thai w tofu, no meat, ate about 1 1/4 cups', ['58137220', '1 cup', 1.25]],
  ['chana masala & 1 cup basmati', ['41301990', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 rotis w dal for dinner', ['51300175', '1 medium chappatti or roti (7")', 2], ['41311030', QNS, 1]],
  ['3 small rotis and some chicken curry', ['51300175', '1 small chappatti or roti (6")', 3], ['27146150', QNS, 1]],
  ['chai and 2 small samosas at 4', ['92306800', QNS, 1], ['58124500', '1 small/individual', 2]],
  // italian, diner, bbq
  ['2 manicotti w marinara', ['58133120', '1 manicotti', 2]],
  ['half a pepperoni calzone + side of marinara', ['58108010', '1 calzone or stromboli', 0.5], ['74404010', QNS, 1]],
  ['slice of focaccia and minestrone', ['51108010', '1 slice', 1], ['75651000', QNS, 1]],
  ['cheese tortellini in red sauce, 3/4 c, & a slice of garlic bread', ['58134620', '1 cup', 0.75], ['51121015', '1 medium slice', 1]],
  ['a whole can of chef boyardee meat tortellini', ['58134613', '1 can (15 oz)', 1]],
  ['big bbq sandwich + coleslaw at the smokehouse', ['27500400', '1 large sandwich', 1], ['75141000', QNS, 1]],
  ['3 pulled pork sliders at the tailgate', ['27500400', '1 miniature/slider', 3]],
  ['8 onion rings w my steak', ['75415022', '1 ring', 8], ['21001000', QNS, 1]],
  ['turkey & swiss on wheat, 6 inch, from the sub shop', ['27540060', '1 regular or 6" submarine', 1]],
  ['turkey on wheat w an apple and 10 baby carrots', ['27540030', '1 regular', 1], ['63101000', '1 medium', 1], ['73101010', '1 baby carrot', 10]],
  ['leftover lasagna, the big square (1/8 of the 7x12 pan)', ['58130011', '1 piece (1/8 of 7" x 12", approx 3-1/2" x 3")', 1]],
  // fast food
  ['spicy chicken sandwich, large fry, large sweet tea', ['27540146', '1 regular sandwich', 1], ['71401030', '1 large fast food order', 1], ['92308000', '1 large drink', 1]],
  ['mcd cheeseburger and a bag of apple slices for my kid', ['27510172', '1 cheeseburger', 1], ['63101000', '1 single serving package', 1]],
  ['2 large flour tacos w beef & cheese', ['58102110', '1 large', 2]],
  ['2 hash brown patties from the drive thru', ['71404010', '1 patty', 2]],
  ['egg mcmuffin + 6 oz oj in the car', ['34001330', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['3 slices of pepperoni from the cruise buffet + a soft serve cone', ['58106540', '1 piece, NFS', 3], ['13120782', '1 cone', 1]],
  ['personal cheese pizza at the bowling alley', ['58106210', '1 personal size pizza (5-7" diameter)', 1]],
  ['2 large slices cheese pizza and a 20 oz sprite', ['58106210', '1 piece, large pizza', 2], ['92410510', '1 bottle (20 fl oz)', 1]],
  // snacks
  ['pear + 2 tbsp almond butter', ['63137010', '1 fruit', 1], ['42200500', '1 tablespoon', 2]],
  ['3 cups air popped popcorn w parmesan', ['54403010', '1 cup, popped', 3], ['14108010', QNS, 1]],
  ['1 oz pretzels & a string cheese at my desk', ['54408015', { grams: OZ }, 1], ['14107030', '1 stick', 1]],
  ['30 pistachios watching tv', ['42114130', '1 nut', 30]],
  ['a plum and 2 apricots', ['63143010', '1 fruit', 1], ['63103010', '1 apricot', 2]],
  ['5 dates and a glass of water before my long run', ['62110100', '1 date', 5]],
  ['2 cups honeydew', ['63127010', '1 cup', 2]],
  ['1.5 cups of frozen grapes, poolside', ['63123000', '1 cup', 1.5]],
  ['5 triscuits w 2 slices cheddar', ['54337020', '1 cracker', 5], ['14104100', '1 slice', 2]],
  ['small bag of veggie straws', ['71220000', '1 small single serving bag', 1]],
  ['2 small rice krispie treats from the bake sale', ['53226500', '1 small bar', 2]],
  ['nutrigrain bar in the car', ['53710500', '1 Nutri-Grain Bar', 1]],
  ['2 go-gurts + a banana, my son was starving after practice', ['11436100', '1 tube', 2], ['63107010', '1 banana', 1]],
  ['5 prunes w my morning tea', ['62122100', '1 prune', 5], ['92302000', QNS, 1]],
  ['half cup canned pears in juice', ['63137170', '1 cup', 0.5]],
  ['2 pear halves (canned, juice) and cottage cheese', ['63137170', '1 half', 2], ['14200100', QNS, 1]],
  // drinks
  ['fruit smoothie at the food court, drank about 14 oz of it', ['11553100', '1 fl oz', 14]],
  ['large smoothie after yoga', ['11553100', '1 large', 1]],
  ['hot chocolate w whipped cream at the ski lodge, a mug', ['11512100', '1 cup', 1]],
  ['6 oz tomato juice on the plane + pretzels', ['74301100', '1 fl oz (NFS)', 6], ['54408015', QNS, 1]],
  ['12 oz bottle of cran juice', ['92530510', '1 bottle (12 fl oz)', 1]],
  ['chocolate milk, 20 oz bottle from the gas station', ['11511000', '1 fl oz', 20]],
  ['2 kombuchas (12 oz bottles) over the afternoon', ['92306920', '1 can or bottle (12 fl oz)', 2]],
  ['2 pints of hard cider at the pub + a basket of fries', ['93106500', '1 fl oz', 32], ['71400990', QNS, 1]],
  ['2 white claws and a hot dog', ['93106600', '1 can or bottle (12 fl oz)', 2], ['27564000', '1 sandwich', 1]],
  ['ballpark hot dog + 16 oz beer', ['27564000', '1 sandwich', 1], ['93101000', '1 can or bottle (16 fl oz)', 1]],
  ['2 mimosas and a slice of quiche lorraine', ['93301115', '1 drink', 2], ['58125110', '1 piece (1/8 of 9" dia)', 1]],
  ['bloody mary at the airport bar w a soft pretzel', ['93301030', '1 drink', 1], ['54408400', '1 medium/regular', 1]],
  ['moscow mule x2', ['93301127', '1 drink', 2]],
  ['gin & tonic and a handful of bar peanuts', ['93301060', '1 drink', 1], ['42111000', QNS, 1]],
  ['a rockstar on the night shift + a honey bun', ['95310700', '1 can or bottle (16 fl oz)', 1], ['51161050', '1 medium', 1]],
  ['dad only had half an ensure and 2 saltines today', ['95103000', '1 bottle (8 fl oz)', 0.5], ['54325000', '1 cracker', 2]],
  // desserts, holidays, trips
  ['strawberry shortcake, split w my sister, half', ['53123070', '1 piece/slice, any size', 0.5]],
  ['2 carrot cake cupcakes at the office party', ['53104260', '1 cupcake, any size', 2]],
  ['carrot cake slice + a scoop of vanilla for my bday', ['53104260', '1 piece/slice, any size', 1], ['13110100', '1 scoop', 1]],
  ['a fudgesicle after dinner', ['13140900', '1 sicle', 1]],
  ['1 sufganiyah and 2 latkes on the last night of hanukkah', ['53521140', '1 doughnut', 1], ['71701000', '1 medium pancake', 2]],
  ['3 dates and a samosa at iftar', ['62110100', '1 date', 3], ['58124500', '1 regular/large', 1]],
  ['15 boiled pork dumplings for lunar new year', ['58112510', '1 item, any size', 15]],
  ['4 frosted sugar cookies at the christmas party', ['53244020', '1 medium', 4]],
  ['4 fun size snickers + 2 fun size skittles from the halloween bowl oops', ['91705520', '1 fun/snack size', 4], ['91745110', '1 fun/snack size', 2]],
  ['4 peeps and 10 skittles from the easter basket', ['91723000', '1 piece', 4], ['91745110', '1 piece', 10]],
  ['pumpkin pie slice w cool whip, thanksgiving', ['53347000', '1 regular slice', 1], ['12220200', QNS, 1]],
  ['a whole funnel cake and a lemonade at the county fair', ['55801000', '1 cake (6" dia)', 1], ['92510955', QNS, 1]],
  ['mom ate half a cup of tapioca pudding after her nap', ['13230500', '1 cup', 0.5]],
  ['grandpa had 2 slices of white bread w jam and a cup of tea', ['51101000', '1 medium or regular slice', 2], ['91402000', QNS, 1], ['92302000', '1 cup', 1]],
  ['3/4 cup cream of wheat w a tsp of sugar', ['56206990', '1 cup, cooked', 0.75], ['91101010', '1 teaspoon', 1]],
  // kids, school
  ['my daughter: half a pb&j, 8 baby carrots, juice pouch', ['42302010', '1 sandwich', 0.5], ['73101010', '1 baby carrot', 8], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['son had 5 school nuggets and a choc milk carton', ['24198735', '1 nugget', 5], ['11511000', '1 individual school container', 1]],
  ['kid ate 2 fish sticks and 1/2 cup mac and cheese', ['26100270', '1 stick', 2], ['58145110', '1 cup', 0.5]],
  // weights, millilitres, typos, times
  ['150g jasmine rice + 100 g grilled chicken', ['56205001', { grams: 150 }, 1], ['24103050', { grams: 100 }, 1]],
  ['175g greek yogurt w 45g granola', ['11400010', { grams: 175 }, 1], ['57227000', { grams: 45 }, 1]],
  ['about 400 ml of oj from the carton on the hike', ['61210000', '1 fl oz (NFS)', 400 / 29.5735]],
  ['180 ml apple juice, hypo at 3.4', ['64104010', '1 fl oz (NFS)', 180 / 29.5735]],
  ['180 g cooked pasta w pesto & parm', ['56130000', { grams: 180 }, 1], ['81302070', QNS, 1], ['14108010', QNS, 1]],
  ['55g dried mango on the flight', ['62114050', { grams: 55 }, 1]],
  ['baked sweet potato (180 g) w a little butter', ['73403000', { grams: 180 }, 1], ['81100500', QNS, 1]],
  ['jacket potato w beans, large', ['71100100', '1 large', 1], ['41201010', QNS, 1]],
  ['20 g dark chocolate after dinner', ['91705300', { grams: 20 }, 1]],
  ['spag bol, weighed it, 300 g', ['58146322', { grams: 300 }, 1]],
  ['bannana bread slice w my coffee at 10', ['52405010', '1 slice', 1], ['92100000', QNS, 1]],
  ['half a brekfast burrito w sausage from the gas station', ['34003120', '1 item, any size', 0.5]],
  ['3 triangles of chiken quesadila w sour cream', ['58104740', '1 triangular piece', 3], ['12310100', QNS, 1]],
  ['appl pie a la mode, small slice + 2 scoops', ['53301000', '1 mini/small slice', 1], ['13110100', '1 scoop', 2]],
  ['12 oz mocha frap after class', ['92102000', '1 fl oz', 12]],
  ['2 tbsp syrup on 2 whole grain pancakes', ['91300010', '1 tablespoon', 2], ['55105200', '1 medium pancake', 2]],
  ['1/2 c black beans, 1/4 c salsa, 2 corn tortillas', ['41101990', '1 cup', 0.5], ['74402100', '1 cup', 0.25], ['52215100', '1 medium', 2]],
  ['at 3: 18 animal crackers & 4oz apple juice', ['53240000', '1 cracker', 18], ['64104010', '1 fl oz (NFS)', 4]],
  ['60 g baguette w brie, picnic', ['51107010', { grams: 60 }, 1], ['14103020', QNS, 1]],
  ['6oz chicken breast, 1 c brown rice, steamed broc', ['24123301', { grams: 6 * OZ }, 1], ['56205011', '1 cup, cooked', 1], ['72201211', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-third held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-23.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-20, with the decisions this set needed in the header of make-eval-meals-holdout-23.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-23.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-23.json`);
}
