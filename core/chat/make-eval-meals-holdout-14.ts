/**
 * Writes eval-meals.holdout-14.json: the fourteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 19:10 UTC, first committed before 19:30 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writer of the parallel thirteenth set (whose set was not looked at either). Each
 * food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a
 * dietitian would pick them for the message; where an earlier held-out set already chose a food
 * for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-12 (checked by comparing lower-cased, punctuation-folded messages,
 * and every pair with a word overlap of 0.5 or more read and, where it meant the same food and
 * amount, rewritten: about 140 drafts were rewritten that way, some more than once). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the headers
 * of make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts, -10.ts, -11.ts and -12.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child or teen, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "6 oz vanilla yogurt" is a weight, 6 × 28.35 g of the flavoured (non-fruit) yogurt, not its
 *   "1 6 oz container" (170 g either way; the weight rule wins when the message gives ounces).
 * - "a splash of 2%" is 1 × its "1 fl oz" (holdout 6's splash).
 * - "N tsp brown sugar" is N × brown sugar's "1 teaspoon, NFS"; "2 honey packets" is 2 × honey's
 *   "1 single serving container" (14 g; FNDDS has no packet portion for honey).
 * - "ate half of a footlong" is 0.5 × 2 × the 6" sub = 1 × "1 regular or 6" submarine" (holdout 4's
 *   footlong rule, then holdout 5's "half a" rule).
 * - "a whole" stuffed pepper is 2 × "1/2 pepper with filling" (FNDDS portions stuffed peppers by
 *   the half only).
 * - "N triangles" of a quesadilla is N × its "1 triangular piece"; "N pieces of naan" is N × the
 *   naan's "1 piece (1/4 of 10" dia)" (holdout 6); "half a naan" is 0.5 × the whole "1 Naan (10" dia)".
 * - "split 3 ways" / "shared" with no share named means an equal share: a funnel cake split 3 ways
 *   is 1/3 of "1 cake (6" dia)" (holdout 12's shared-dish rule).
 * - A word for a size a food lacks is dropped (holdout 4): "small handful of craisins" is the
 *   handful's "Quantity not specified"; onion rings counted ("8 onion rings") are 8 × "1 ring".
 * - "N oz" of a solid snack is N × 28.35 g ("1 oz tortilla chips", "1 oz cheddar"); a food
 *   counted by the piece uses the per-piece portion ("40 pistachios" = "1 nut", "25 cheez its" =
 *   "1 cracker", "12 baby carrots" = "1 baby carrot", "10 sweet potato fries" = "1 fry, any cut",
 *   "15 skittles" = "1 piece", "20 animal crackers" = "1 cracker").
 * - "a scoop of rice" is "Quantity not specified" (holdout 10), also beside gumbo.
 * - Drinks: "extra large" sweet tea is USDA's "1 extra large drink"; "a glass and a half" of wine is
 *   1.5 × "1 glass"; "N pints" of beer is 16 × N × "1 fl oz" (holdout 4's pint); "4 beers (12 oz
 *   bottles)" is the 12 fl oz bottle; a cup / glass of eggnog, kefir or soy milk is 8 × "1 fl oz"
 *   (holdout 5); "hot cocoa from a packet made w water" is the dry mix's "1 packet, reconstituted";
 *   "a virgin pina colada" is the nonalcoholic pina colada's "Quantity not specified" (it has no
 *   "1 drink" portion; the QNS weight is the alcoholic drink's 225 g); "tall almond milk latte" is
 *   the non-dairy-milk latte's small (holdout 4's tall = small); a root beer float is the ice cream
 *   soda, flavors other than chocolate, "1 soda (10 fl oz)" (count convention); a caramel frappe /
 *   frappuccino is the frozen coffee drink (holdout 2).
 * - Sweets: a Reese's cup is the peanut-butter-filled chocolate candy ("mini" = its
 *   "1 miniature/bite size"); "ladoo" is FNDDS's Ladoo; "a churro at costco" is the churro's
 *   "1 regular" (holdout 5's branded items at the regular portion); "2 mini chocolate cupcakes" is
 *   the bakery chocolate cake's "1 miniature/bite size"; "extra large bakery cookie" is the
 *   home-recipe/bakery chocolate chip cookie's "1 extra large"; "a big slice of birthday cake" is
 *   the white layer cake's "1 large piece/slice, 2+ layer cake" (holdout 5's "big" = large); a rice
 *   pudding snack cup and sugar free jello cups are the food's "1 snack size container".
 * - Typos and abbreviations were written only where the meaning is plain to a reader ("sherbert",
 *   "biriyani", "quesadila", "asparagas", "potatoe", "XL" = extra large, "3/4 c" = 3/4 cup, "med" =
 *   medium); the expected food is the one meant (holdout 11).
 * - "3 frosted sugar cookies" is the butter or sugar cookie with icing other than chocolate, medium
 *   (count convention).
 * - Nearest FNDDS food where FNDDS lacks the dish: frosted flakes = corn flakes, flavored; farina =
 *   cream of wheat; challah french toast = plain french toast (holdout 11's brioche); Denny's
 *   pancakes = restaurant plain pancakes; a gas-station bacon egg croissant = egg sandwich on
 *   croissant with bacon; Hardee's sausage biscuit = sausage biscuit sandwich; black bean burger =
 *   veggie burger on bun (with cheese); chicken street tacos = meat taco without cheese (holdout
 *   12); dal makhani = lentil curry; tikka masala = chicken curry (holdout 5); lamb biryani =
 *   biryani with meat; eggplant parm = eggplant parmesan casserole; pulled pork sliders = barbecue
 *   sandwich NFS "1 miniature/slider"; tofu veggie stir fry = tofu and vegetables (with carrots /
 *   broccoli) in soy-based sauce (holdout 11); whole wheat spaghetti w marinara = whole grain pasta
 *   + spaghetti sauce; shrimp gumbo = FNDDS's shrimp gumbo; st paddy's corned beef = Beef, corned,
 *   cabbage = green cabbage cooked without fat, boiled potatoes = Potato, boiled, NFS; easter ham =
 *   Ham; brats = bratwurst "1 bun-size or griller link" + hot dog bun; chicory coffee = brewed
 *   coffee; arnold palmer = iced tea / lemonade juice drink (holdout 6); cran juice = cranberry
 *   juice drink (holdout 4); jack & coke = whiskey and cola (holdout 5); lager = beer; a capri sun =
 *   FNDDS's Capri Sun "1 Capri Sun pouch" (holdout 7); taco salad at work = taco or tostada salad with meat,
 *   "1 taco salad, NS as to size"; chipotle bowl parts = brown rice, restaurant pinto beans, pork
 *   carnitas (holdout 10) and guacamole, each "Quantity not specified"; honey mustard with chicken
 *   strips = honey mustard dressing, "Quantity not specified".
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-14.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 eggs over easy & a slice of rye toast', ['31105005', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  ['honey nut cheerios, 1.5 cups, splash of 2%', ['57241000', '1 cup', 1.5], ['11112110', '1 fl oz', 1]],
  ['large bagel with butter', ['51180010', '1 large', 1], ['81100500', QNS, 1]],
  ['1 packet peaches & cream instant oatmeal', ['56203155', '1 packet, dry, yields', 1]],
  ['3 strips bacon, 2 scrambled eggs and a hashbrown patty', ['22600100', '1 medium slice (yield after cooking)', 3], ['32129990', '1 egg', 2], ['71404000', '1 patty', 1]],
  ['banana + coffee w creamer before my shift', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['6 oz vanilla yogurt with a handful of granola', ['11434090', { grams: 170.1 }, 1], ['57227000', QNS, 1]],
  ['3 frozen waffles w butter & syrup for my teen', ['55200020', '1 waffle', 3], ['81100500', QNS, 1], ['91300010', QNS, 1]],
  ['whole wheat english muffin w/ butter + apricot jam', ['51303030', '1 muffin', 1], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ["breakfast at denny's: 2 pancakes, 2 eggs, 2 bacon", ['55100050', '1 medium pancake', 2], ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2]],
  ['farina 1 cup + a sliced banana', ['56206990', '1 cup, cooked', 1], ['63107010', '1 banana', 1]],
  ['bacon egg croissant from the gas station', ['34001420', '1 regular', 1]],
  ['cup of cantaloupe cubes', ['63109010', '1 cup', 1]],
  ['grits w butter n 2 fried eggs', ['56200990', QNS, 1], ['81100500', QNS, 1], ['31105005', '1 egg', 2]],
  ['raisin bran 1 1/2 cups w skim', ['57329000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['jelly donut & a medium coffee with cream and sugar', ['53521140', '1 doughnut', 1], ['92101000', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['my son ate about 10 mini pancakes', ['55101000', '1 miniature/bite size pancake', 10]],
  ['strawberry pop tart', ['53452100', '1 pastry', 1]],
  ['2 pieces sourdough toast w smashed avocado', ['51133020', '1 medium or regular slice', 2], ['89902000', QNS, 1]],
  ['cinamon raisin bagel toasted w/ cream cheese', ['51180030', '1 regular', 1], ['14301010', QNS, 1]],
  ['about a cup of dry cheerios for the toddler', ['57123000', '1 cup', 1]],
  ['biscuit w honey', ['52101000', '1 biscuit', 1], ['91302010', QNS, 1]],
  ['2/3 cup oatmeal w walnuts + cinnamon', ['56203056', '1 cup, cooked', 2 / 3], ['42116000', QNS, 1]],
  ['frosted flakes 3/4 cup + 1/2 cup skim', ['57348000', '1 cup', 0.75], ['11113000', '1 cup', 0.5]],
  ['sausage biscuit from hardees', ['34002130', '1 regular', 1]],
  ['challah french toast, 1 slice, w maple syrup', ['55301000', '1 slice, any size', 1], ['91300010', QNS, 1]],
  ['mini bagel w peanut butter for my 6yo', ['51180010', '1 miniature', 1], ['42202000', QNS, 1]],
  ['greek yogurt cup 5.3 oz + blueberries', ['11400010', '1 5.3 oz container', 1], ['63203010', QNS, 1]],
  // lunch
  ['work lunch: 6 inch ham and cheese sub', ['27520260', '1 regular or 6" submarine', 1]],
  ['grilled cheese on wheat w american + 2 pickle spears', ['14640110', '1 sandwich', 1], ['75503010', '1 spear', 2]],
  ['chicken salad wrap + small apple', ['27540122', '1 sandwich, any size', 1], ['63101000', '1 small', 1]],
  ['10 piece mcnuggets, large fries', ['24198731', '1 nugget', 10], ['71401030', '1 large fast food order', 1]],
  ['whopper jr w cheese + 8 onion rings', ['27510171', '1 cheeseburger', 1], ['75415022', '1 ring', 8]],
  ['quarter pounder w cheese + medium fries + medium sprite', ['27510232', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1], ['92410510', '1 medium drink', 1]],
  ['1 slice sausage pizza & a side salad', ['58106610', '1 piece, NFS', 1], ['75143000', '1 side salad', 1]],
  ['bowl of lentil soup w 4 saltines', ['41603010', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['leftover lasagna for lunch', ['58130011', QNS, 1]],
  ['chicken quesadila, ate 3 triangles', ['58104740', '1 triangular piece', 3]],
  ['2 bean & cheese burritos', ['58102610', '1 small/regular', 2]],
  ['taco tuesday, 4 chicken street tacos', ['58102220', '1 small/regular', 4]],
  ['ate half of a footlong meatball sub', ['27510700', '1 regular or 6" submarine', 1]],
  ['tuna and about 10 saltines', ['26155110', QNS, 1], ['54325000', '1 cracker', 10]],
  ['1 cup chili over 1 cup rice', ['27111400', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['2 tbsp hummus, half a whole wheat pita, cucumber', ['41205070', '1 tablespoon', 2], ['51301600', '1 medium pita', 0.5], ['75111000', QNS, 1]],
  ['egg salad sandwich on white + a cup of grapes', ['32203010', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['greek salad w/ 4 falafels', ['75146000', QNS, 1], ['41209000', '1 patty', 4]],
  ['black bean burger on a bun w cheese', ['41901020', '1 sandwich', 1]],
  ['school lunch - cheese pizza, corn, choc milk', ['58106234', '1 piece, NFS', 1], ['75216120', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['half a reuben and a cup of potato soup', ['27510950', '1 sandwich, any size', 0.5], ['71801000', '1 cup', 1]],
  ['chicken wrap w ranch', ['27540300', '1 sandwich, any size', 1], ['83113500', QNS, 1]],
  ['blt on wheat w chips', ['27520620', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['cup of brocoli cheese soup', ['72302100', '1 cup', 1]],
  ['tuna sub 6 inch on wheat', ['27550735', '1 regular or 6" submarine', 1]],
  ['3 chicken strips w honey mustard + small fries', ['24198741', '1 tender, strip, or finger', 3], ['83105500', QNS, 1], ['71401030', '1 small fast food order', 1]],
  ['mcchicken + 4 pc nuggets off the dollar menu', ['27540146', '1 regular sandwich', 1], ['24198731', '1 nugget', 4]],
  ['minestrone 1 cup and side salad w italian', ['75651000', '1 cup', 1], ['75143000', '1 side salad', 1], ['83106000', QNS, 1]],
  ['mom had 3/4 cup cottage cheese + 2 canned peach halves', ['14200100', '1 cup', 0.75], ['63135110', '1 half', 2]],
  ['cup of pasta salad with my sandwich (ham on wheat)', ['58148110', '1 cup', 1], ['27520230', '1 regular', 1]],
  ['taco salad at work', ['58101930', '1 taco salad, NS as to size', 1]],
  ['pb and jelly on wheat + a pear', ['42302020', '1 sandwich', 1], ['63137010', '1 fruit', 1]],
  ['turkey sandwich on wheat & baby carrots', ['27540030', '1 regular', 1], ['73101010', QNS, 1]],
  ['chipotle bowl: brown rice, pinto beans, carnitas, guac', ['56205011', QNS, 1], ['41104200', QNS, 1], ['22002050', QNS, 1], ['63409010', QNS, 1]],
  // dinner
  ['8oz sirloin, baked potato w sour cream, side salad', ['21102150', { grams: 226.8 }, 1], ['71508001', '1 medium', 1], ['12310100', QNS, 1], ['75143000', '1 side salad', 1]],
  ['1 cup whole wheat spaghetti w marinara', ['56132990', '1 cup, cooked', 1], ['74404010', QNS, 1]],
  ['tofu veggie stir fry over 3/4 c brown rice', ['41812500', QNS, 1], ['56205011', '1 cup, cooked', 0.75]],
  ['taco night: 3 soft flour tacos w ground beef', ['58102110', '1 small/regular', 3]],
  ['pork fried rice 1 cup + 2 egg rolls', ['58150330', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ["general tso's, about a cup, no rice", ['27445150', '1 cup', 1]],
  ['beef lo mein just now, 1 1/4 cups', ['58136150', '1 cup', 1.25]],
  ['beef & broccoli w 1/2 cup brown rice', ['27415110', QNS, 1], ['56205011', '1 cup, cooked', 0.5]],
  ['sweet & sour pork, 1.5 cups', ['27120060', '1 cup', 1.5]],
  ['eggplant parm, 1 cup', ['75412060', '1 cup', 1]],
  ['2 pieces fried chicken, mac and cheese, green beans', ['24107070', '1 piece', 2], ['58145110', QNS, 1], ['75205030', QNS, 1]],
  ['salmon, rice pilaf & asparagas', ['26137120', QNS, 1], ['58162310', QNS, 1], ['75202020', QNS, 1]],
  ['pork tenderloin & a baked sweet potatoe', ['22210300', QNS, 1], ['73403000', '1 medium', 1]],
  ["shepherd's pie for dinner", ['27311510', QNS, 1]],
  ['leftover stroganoff 1 cup over 1 cup egg noodles', ['27113100', '1 cup', 1], ['56112000', '1 cup, cooked', 1]],
  ['bowl of shrimp gumbo w a scoop of rice', ['28355440', '1 cup', 1], ['56205001', QNS, 1]],
  ['tikka masala w 1 cup basmati + half a naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['dal makhani + 2 pieces of naan', ['41311030', QNS, 1], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['spicy tuna roll (8 pcs) + edamame', ['58151220', '1 piece', 8], ['41420020', QNS, 1]],
  ['1 teriyaki chicken thigh + 2/3 cup rice', ['27145000', '1 chicken thigh with sauce', 1], ['56205001', '1 cup, cooked', 2 / 3]],
  ['jambalaya, 2 cups at the cajun place', ['27363100', '1 cup', 2]],
  ['3 slices of thin crust cheese from dominos', ['58106220', '1 piece, NFS', 3]],
  ['a calzone w pepperoni', ['58108010', '1 calzone or stromboli', 1]],
  ['8 fish sticks and 1 cup tater tots', ['26100270', '1 stick', 8], ['71505000', '1 cup', 1]],
  ['1 and a half sloppy joes', ['27510100', '1 sandwich, any size', 1.5]],
  ['breaded pork chop + 1 cup mashed potatoes', ['22101300', '1 regular', 1], ['71501000', '1 cup', 1]],
  ['jumbo corn dog + 20 oz lemonade at the state fair', ['27560300', '1 bun length/jumbo', 1], ['92510955', '1 fl oz (NFS)', 20]],
  ['baked chicken thigh w 1 cup couscous', ['24152230', '1 medium thigh', 1], ['56207160', '1 cup, cooked', 1]],
  ['tofu pad thai, 2 cups', ['58137220', '1 cup', 2]],
  ['chicken fajitas, 3 tortillas worth', ['58105000', '1 fajita', 3]],
  ['meatloaf w ketchup glaze + 1/2 cup corn', ['27214100', QNS, 1], ['74401010', QNS, 1], ['75216120', '1 cup', 0.5]],
  ['6 fried potstickers', ['58111110', '1 item, any size', 6]],
  ['stuffed pepper w rice & black beans, a whole one', ['58162120', '1/2 pepper with filling', 2]],
  ['beef stew 1 cup + 2 slices sourdough', ['27311600', '1 cup', 1], ['51133010', '1 medium or regular slice', 2]],
  ['chicken & dumplings, 1 1/4 cups', ['27246100', '1 cup', 1.25]],
  ['2 pulled pork sliders + 1/2 cup mac n cheese', ['27500400', '1 miniature/slider', 2], ['58145110', '1 cup', 0.5]],
  ['2 crab cakes, 1/2 cup corn, 1 dinner roll', ['27250040', '1 cake or patty', 2], ['75216120', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['ground turkey patty w 10 sweet potato fries', ['24207000', '1 patty', 1], ['73410200', '1 fry, any cut', 10]],
  ['5oz tilapia w/ 1 cup brown rice for dinner', ['26158010', { grams: 141.75 }, 1], ['56205011', '1 cup, cooked', 1]],
  ['lamb biriyani 1.5 cups', ['27213010', '1 cup', 1.5]],
  // snacks
  ['handful of mini pretzels at my desk', ['54408015', QNS, 1]],
  ['apple slices w caramel dip', ['63101000', QNS, 1], ['91306020', QNS, 1]],
  ['1 oz cheddar and 5 triscuits', ['14104100', { grams: 28.35 }, 1], ['54337020', '1 cracker', 5]],
  ['5 cups air popped popcorn w a little butter', ['54403040', '1 cup, popped', 5]],
  ['1 rice cake w almond butter & banana slices', ['54318500', '1 cake', 1], ['42200500', QNS, 1], ['63107010', QNS, 1]],
  ['12 baby carrots and 3 tbsp hummus', ['73101010', '1 baby carrot', 12], ['41205070', '1 tablespoon', 3]],
  ['kind bar + black coffee on the way in', ['53710810', '1 bar', 1], ['92101000', QNS, 1]],
  ['1/4 cup mixed nuts', ['42110000', '1 cup', 0.25]],
  ['a tangerine + handful of almonds', ['61125010', '1 fruit', 1], ['42100100', QNS, 1]],
  ['sliced pear w 2 tbsp peanut butter', ['63137010', '1 fruit', 1], ['42202000', '1 tablespoon', 2]],
  ['just had 1 peach', ['63135010', '1 fruit', 1]],
  ['2 cups cubed watermelon at the beach', ['63149010', '1 cup', 2]],
  ['cherries 1 cup at 3', ['63115010', '1 cup', 1]],
  ['mango slices, about a cup', ['63129010', '1 cup', 1]],
  ['small handful of craisins', ['62109100', QNS, 1]],
  ['applesauce pouch for my daughter', ['63101110', '1 pouch', 1]],
  ['my son had 1 pouch of fruit snacks + a capri sun', ['91746300', '1 snack size/pouch/regular size', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['20 animal crackers', ['53240000', '1 cracker', 20]],
  ['1 oz tortilla chips w pico', ['54401075', { grams: 28.35 }, 1], ['74402110', QNS, 1]],
  ['4 fig newtons w tea', ['53220030', '1 Newton bar', 4], ['92302000', QNS, 1]],
  ['1/2 cup edamame', ['41420020', '1 cup', 0.5]],
  ['2 string cheeses & 15 grapes for lunch', ['14107030', '1 stick', 2], ['63123000', '1 grape', 15]],
  ['1/3 cup trail mix on the hike', ['42501000', '1 cup', 1 / 3]],
  ['25 cheez its', ['54304005', '1 cracker', 25]],
  ['some beef jerky and an apple', ['21602100', QNS, 1], ['63101000', '1 medium', 1]],
  ['40 pistachios', ['42114130', '1 nut', 40]],
  ['microwave popcorn, the mini bag', ['54403051', '1 snack/mini microwave bag', 1]],
  ['dill pickle and some chips', ['75503010', '1 regular', 1], ['71200010', QNS, 1]],
  ['100 g grapes', ['63123000', { grams: 100 }, 1]],
  ['small bag of bbq chips + diet pepsi', ['71200110', '1 small single serving bag', 1], ['92410320', QNS, 1]],
  // drinks
  ['16 oz orange juice', ['61210000', '1 fl oz (NFS)', 16]],
  ['1% chocolate milk 12 oz', ['11511400', '1 fl oz', 12]],
  ['XL sweet tea from the drive thru', ['92308000', '1 extra large drink', 1]],
  ['2 cans of dr pepper over the afternoon', ['92410360', '1 can (12 fl oz)', 2]],
  ['drank a 20 oz pepsi on my break at 2am', ['92410310', '1 bottle (20 fl oz)', 1]],
  ['root beer float', ['13120800', '1 soda (10 fl oz)', 1]],
  ['hot cocoa from a packet made w water', ['11514100', '1 packet, reconstituted', 1]],
  ['a glass and a half of chardonnay', ['93401020', '1 glass', 1.5]],
  ['2 frozen margaritas at the mexican place', ['93301510', '1 drink', 2]],
  ['virgin pina colada for my teen', ['92512090', QNS, 1]],
  ['bottomless mimosas, had 4', ['93301115', '1 drink', 4]],
  ['eggnog 6 oz', ['11531000', '1 fl oz', 6]],
  ['16 oz apple cider from the orchard', ['64101010', '1 fl oz (NFS)', 16]],
  ['tall almond milk latte', ['92101903', '1 small', 1]],
  ['small caramel frappe after class', ['92101920', '1 small', 1]],
  ['4 beers (12 oz bottles) at the game', ['93101000', '1 can or bottle (12 fl oz)', 4]],
  ['2 jack & cokes', ['93301182', '1 drink', 2]],
  ['12 oz glass of whole milk before bed', ['11111000', '1 fl oz', 12]],
  ['med iced caramel latte', ['92102503', '1 medium', 1]],
  ['arnold palmer 20 oz bottle', ['92307500', '1 bottle (20 fl oz)', 1]],
  ['6 oz cran juice', ['92530510', '1 fl oz (NFS)', 6]],
  ['250 ml apple juice', ['64104010', '1 fl oz (NFS)', 250 / 29.5735]],
  ['12oz red bull + small bag of hot cheetos @ 4am', ['95310600', '1 can (12 fl oz)', 1], ['54401081', '1 small single serving bag', 1]],
  ['small strawberry smoothie', ['11553100', '1 small', 1]],
  ['cup of kefir', ['11115400', '1 fl oz', 8]],
  ['330ml can of coke', ['92410310', '1 fl oz (NFS)', 330 / 29.5735]],
  ['half a glass of lemonade', ['92510955', '1 fl oz (NFS)', 4]],
  ['chocolate soy milk, a glass', ['11321000', '1 fl oz', 8]],
  // desserts
  ['slice of chocolate cheesecake', ['53104600', '1 piece/slice, any size', 1]],
  ['2 small brownies', ['53204000', '1 small or bite size', 2]],
  ['banana pudding, about 1/2 cup', ['13241000', '1 cup', 0.5]],
  ["mcdonald's apple pie + small coffee", ['53301070', "1 McDonald's pie", 1], ['92100000', '1 small', 1]],
  ['2 mini chocolate cupcakes', ['53105270', '1 miniature/bite size', 2]],
  ['a scoop of chocolate ice cream in a cup', ['13110110', '1 scoop', 1]],
  ['klondike bar after dinner', ['13120100', '1 bar', 1]],
  ['half a piece of tiramasu', ['13252600', '1 piece', 0.5]],
  ['angel food cake, 2 slices, plain', ['53101100', '1 piece/slice, any size', 2]],
  ['rice pudding snack cup', ['13210410', '1 snack size container', 1]],
  ['2 sugar free jello cups + a graham cracker', ['91511010', '1 snack size container', 2], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['pecan pie slice w/ cool whip', ['53385000', '1 regular slice', 1], ['12220200', QNS, 1]],
  ['chocolate ice cream sandwich from the ice cream truck', ['13120510', '1 sandwich', 1]],
  ['piece of fudge', ['91705440', '1 piece', 1]],
  ['funnel cake w strawberries, split 3 ways', ['55801010', '1 cake (6" dia)', 1 / 3]],
  ['peach cobbler, a cup', ['53410800', '1 cup', 1]],
  ['extra large bakery chocolate chip cookie', ['53206020', '1 extra large', 1]],
  ['medium cup of frozen yogurt', ['11459990', '1 medium ice cream cup', 1]],
  ['cherry pie, big slice', ['53305000', '1 large slice', 1]],
  ['a churro at costco', ['53520200', '1 regular', 1]],
  ['flan 1/2 cup', ['13210350', '1 cup', 0.5]],
  ['scoop of rainbow sherbert', ['13150000', '1 scoop', 1]],
  ['3 ladoos for diwali', ['91718300', '1 piece', 3]],
  // lows
  ['low 62, had 15 skittles', ['91745110', '1 piece', 15]],
  ['4 oz oj for a low', ['61210000', '1 fl oz (NFS)', 4]],
  ['2 honey packets, sugar was 61', ['91302010', '1 single serving container', 2]],
  ['woke up low, drank 6 oz regular ginger ale', ['92410610', '1 fl oz (NFS)', 6]],
  ['low 55: 4 starbursts', ['91750000', '1 piece', 4]],
  ['grape juice box, he was 65', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['low at 3am - half a can of sprite & 2 graham crackers', ['92410510', '1 can (12 fl oz)', 0.5], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['8 oz gatorade for a low during soccer', ['95320200', '1 fl oz', 8]],
  // holidays and trips
  ['thanksgiving: turkey, mashed potatoes, green bean casserole and a roll', ['24201000', QNS, 1], ['71501000', QNS, 1], ['75403020', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['3 frosted sugar cookies (xmas)', ['53244020', '1 medium', 3]],
  ['4th of july: 2 brats on buns + corn on the cob', ['25220350', '1 bun-size or griller link', 2], ['51154010', '1 hot dog bun', 2], ['75216111', '1 regular ear', 1]],
  ['big slice of birthday cake (white w white frosting)', ['53120270', '1 large piece/slice, 2+ layer cake', 1]],
  ['halloween - 6 mini reeses cups', ['91705530', '1 miniature/bite size', 6]],
  ['3 latkes with applesauce', ['71701000', '1 medium pancake', 3], ['63101110', QNS, 1]],
  ['st paddys day corned beef, cabbage & 2 boiled potatoes', ['21416000', QNS, 1], ['75211020', QNS, 1], ['71102980', '1 medium', 2]],
  ['2 beignets + chickory coffee', ['53520510', '1 beignet', 2], ['92101000', QNS, 1]],
  ['eid lunch: 2 samosas & some chicken biryani', ['58124500', '1 regular/large', 2], ['27243100', QNS, 1]],
  ['passover: 1 matzo w cream cheese & a cup of matzo ball soup', ['54307000', '1 matzo', 1], ['14301010', QNS, 1], ['58404500', '1 cup', 1]],
  ['super bowl: 6 hot wings w celery & blue cheese', ['24168000', '1 drummette', 6], ['75109000', QNS, 1], ['83101000', QNS, 1]],
  ['2 small mooncakes at mid-autumn festival', ['53452120', '1 small round Moon Cake', 2]],
  ['xmas eve tamales, had 3', ['58103100', '1 item, any size', 3]],
  ['easter ham, scalloped potatoes 1 cup, 2 deviled eggs', ['22311000', QNS, 1], ['71305015', '1 cup', 1], ['32102000', '1 egg', 2]],
  ['on the plane: pretzels and a can of ginger ale', ['54408000', QNS, 1], ['92410610', '1 can (12 fl oz)', 1]],
  ['road trip: beef jerky and a 20 oz sweet tea', ['21602100', QNS, 1], ['92308000', '1 fl oz (NFS)', 20]],
  ['cookout - cheeseburger, 1/2 cup baked beans & a cup of potato salad', ['27510155', '1 cheeseburger', 1], ['41201010', '1 cup', 0.5], ['71601010', '1 cup', 1]],
  ['sweet potato casserole 1/2 cup & a slice of ham', ['73409000', '1 cup', 0.5], ['22311000', '1 regular/thin slice', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Fourteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, any scoring results or the estimator\'s git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writer of the parallel thirteenth set. Generated by core/chat/make-eval-meals-holdout-14.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-12, with the decisions this set needed in the header of make-eval-meals-holdout-14.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-14.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-14.json`);
}
