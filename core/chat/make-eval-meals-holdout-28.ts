/**
 * Writes eval-meals.holdout-28.json: the twenty-eighth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 22:01 UTC, first committed at about 22:12 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 25-27 (whose sets were not looked at either). Each food
 * was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a
 * dietitian would pick them for the message; where an earlier held-out set already chose a food for
 * the same dish, the same food was used, so that the same dish means the same food across sets.
 * The builder checks every code and portion against the table. Same format, conventions and
 * builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand;
 * grams and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts to -24.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-24, checked by script in two
 * ways: lower-cased, punctuation-folded messages compared; and every message whose items (food,
 * portion and quantity) were exactly those of an earlier message was rewritten, since that is a
 * paraphrase whatever the wording. About 125 first drafts failed one check or the other (the
 * earlier sets hold some 5,100 messages) and were replaced with other amounts, sides or contexts;
 * pairs sharing 75 % or more of their words were read and reworded where they meant the same foods
 * at the same amount (a few that name the same foods at a clearly different amount were kept).
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "sourdough toast" is FNDDS's toasted sour dough bread, medium slice (holdout 9: toast named as
 *   toast is the toasted bread).
 * - "3 toaster strudels" and "2 mini blueberry scones" use the portions that name them: the fruit
 *   Danish's "1 Toaster Strudel"; the fruit scone's "1 miniature".
 * - "a tea egg" is a boiled egg; "congee w chicken" FNDDS's congee with meat, poultry and/or seafood.
 * - "chicken salad on a croissant" is the croissant (medium) + chicken salad made with mayonnaise
 *   "Quantity not specified" (holdout 17's croissant with ham & cheese, as its parts).
 * - "beef chimichanga at the mexican restaurant w spanish rice & refried beans" names the two sides,
 *   so they are FNDDS's restaurant Spanish rice and restaurant refried beans, each "Quantity not
 *   specified" (not holdout 9's one-food beans and rice, which was for "rice and beans").
 * - "popeyes ... red beans and rice" is the restaurant kidney beans and rice (holdout 8).
 * - "chiken fingers 3" with no place are Chicken tenders or strips, NFS, "1 tender, strip, or finger"
 *   each; "4 ct chick fil a strips" are the fast-food tenders.
 * - "strawbery yogurt cup" is Yogurt, NS as to type of milk, fruit, "1 container, NFS" (holdout 15's
 *   Greek fruit yogurt cup, for a yogurt not called Greek).
 * - "arancini" are FNDDS's rice croquette, "1 croquette" each; "ham croquetas" the ham croquette
 *   (holdout 7); "arepa dominicana" FNDDS's Arepa Dominicana "1 piece".
 * - "a mickey ice cream bar" is the vanilla ice cream bar, chocolate coated, "1 bar" (holdout 8's
 *   Klondike); "a biscotti" is the biscotti's "1 cookie" (count convention).
 * - "funyuns" are FNDDS's onion flavored rings; "a bag" of them the 1 oz small bag (holdout 4).
 * - "gingerbread cookies" are medium gingersnaps (holdout 7, count convention).
 * - "5 dried apricot pieces" are 5 × dried apricot "1 slice/chunk"; "3 pineapple slices" are 3 ×
 *   the raw pineapple's "1 slice".
 * - "tortila chips (1 oz) and 2 tbsp gaucamole" is 28.35 g of chips + 2 × guacamole "1 tablespoon".
 * - "coconut water, the 11 oz carton" is 11 × "1 fl oz (NFS)" (no carton portion; holdout 16's
 *   stated size); "kefir 12 oz" 12 × kefir "1 fl oz".
 * - "large froyo w sprinkles, shared w my son" halves both the froyo's "1 large ice cream cup" and
 *   the sprinkles' "Quantity not specified" (holdout 20's share of a whole order, topping included).
 * - A topping named without amount whose "Quantity not specified" is a whole package (gummy bears on
 *   froyo) was not used: the draft was reworded, as holdout 24 did for a chocolate coating.
 * - "a cafe au lait" is cafe con leche (holdout 15); "a cafecito" 2 × Cuban coffee "1 fl oz" (holdout
 *   6); "a cappuccino" the cappuccino's "1 medium" (holdout 2); "a horchata" the horchata made with
 *   water, "Quantity not specified" (holdout 15).
 * - "2 slim jims" are beef jerky "1 Slim Jim" (holdout 12); "trail mix package" its "1 package"
 *   (holdout 17); "1 oz plantain chips" their own "1 oz" portion.
 * - The 14 messages in the last group were added after the first commit, under the same rules and
 *   the same two repeat checks. Their decisions: "a piece of banana bread" is FNDDS's fruit bread
 *   "1 slice" (holdout 15); "a pat of butter" butter's "1 pat"; "a scoop of whey in 8 oz 2% milk" the
 *   whey powder's "1 scoop, NFS" (holdout 19) + 2% milk "1 cup"; "a bottle of snapple peach tea" the
 *   bottled black tea's "1 Snapple bottle (16 fl oz)" (holdout 6's Snapple); "500 ml kombucha" is
 *   500 / 29.5735 × kombucha's "1 fl oz (NFS)" (holdout 7); "a slice of sheet cake" is the bakery
 *   white cake with white icing, "1 regular or small piece/slice, 1 layer cake" (a sheet cake has one
 *   layer); "a mini bag of microwave popcorn" its "1 snack/mini microwave bag"; "a root beer" the 12
 *   fl oz can (holdout 9's coke rule); "8 cheese ravioli w sauce" 8 × the cheese ravioli with tomato
 *   sauce's "1 piece"; "capers" are left out (holdout 13's ~0 g condiments); "2 baked chicken
 *   thighs" are the skin-eaten thigh NS as to cooking method, "1 thigh" each (holdout 24); "a
 *   handful of pretzels" is Pretzels, NFS, "Quantity not specified" (holdout 2's handful).
 * - Typos and abbreviations were written only where the meaning is plain ("tortila", "gaucamole",
 *   "chiken", "cinamon", "strawbery", "brocoli", "c" = cup, "ww", "oj", "w", "&", "+", "ct"); the
 *   expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-28.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** Millilitres in one US fluid ounce (holdout 7's ml rule). */
const FLOZ_ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['sourdough toast x2 w butter and a fried egg', ['51133020', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['31105005', '1 egg', 1]],
  ['honey nut cheerios, a bowl w 1/2 cup 2% milk', ['57241000', '1 cup', 1], ['11112110', '1 cup', 0.5]],
  ['sausage mcgriddle and a hash brown', ['34002160', '1 regular', 1], ['71404010', '1 patty', 1]],
  ['corned beef hash, 1 cup, and 2 slices rye toast', ['27211400', '1 cup, NFS', 1], ['51401020', '1 medium or regular slice', 2]],
  ['large everything bagel w strawberry cream cheese', ['51180010', '1 large', 1], ['14301100', QNS, 1]],
  ['grandpa had cream of rice, 1 cup, w a tsp of brown sugar', ['56205050', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 1]],
  ['greek yogurt 5.3oz w 1/2 cup granola & blueberries', ['11400010', '1 5.3 oz container', 1], ['57227000', '1 cup', 0.5], ['63203010', QNS, 1]],
  ['a slice of quiche lorraine and a clementine', ['58125110', '1 piece (1/8 of 9" dia)', 1], ['61100600', '1 fruit', 1]],
  ['2 idli w coconut chutney', ['55702000', '1 item', 2], ['63409020', QNS, 1]],
  ['plain dosa, large, with sambar', ['55702100', '1 large', 1], ['41311020', QNS, 1]],
  // lunch
  ['tomato soup from a can, the whole thing, + grilled cheese', ['74602010', '1 can', 1], ['14640100', '1 sandwich', 1]],
  ['egg salad on wheat, large', ['32203020', '1 large', 1]],
  ['philly cheesesteak 6 inch', ['27514030', '1 regular or 6" submarine', 1]],
  ['lentil soup and a small pita', ['41603010', QNS, 1], ['51109100', '1 small pita', 1]],
  ['french dip and a side salad', ['27513070', '1 sandwich, any size', 1], ['75143000', '1 side salad', 1]],
  ['3 slices of a large cheese pizza', ['58106210', '1 piece, large pizza', 3]],
  ['cafeteria lunch: turkey & gravy, mashed potatoes, a roll', ['24201000', QNS, 1], ['28500000', QNS, 1], ['71501000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  // dinner
  ['chicken lo mein + 2 crab rangoon', ['58136160', QNS, 1], ['58111110', '1 item, any size', 2]],
  ['sweet & sour pork w fried rice', ['27120060', QNS, 1], ['58150310', QNS, 1]],
  ['chicken parmigiana, 1 breast half, and 1 cup pasta w marinara', ['27146300', '1/2 breast with sauce and cheese', 1], ['56130000', '1 cup, cooked', 1], ['74404010', QNS, 1]],
  ['8 pierogies w fried onions', ['58121610', '1 item, any size', 8], ['75221021', QNS, 1]],
  ['brisket plate: 2 slices white bread, potato salad, pickles', ['21417100', QNS, 1], ['51101000', '1 medium or regular slice', 2], ['71601010', QNS, 1], ['75503010', QNS, 1]],
  ['chicken biryani 2 cups + raita', ['27243100', '1 cup', 2], ['11440060', QNS, 1]],
  ['half a naan and chicken curry', ['51108100', '1 Naan (10" dia)', 0.5], ['27146150', QNS, 1]],
  ['teriyaki chicken bowl: 2 thighs + 1 c white rice', ['27145000', '1 chicken thigh with sauce', 2], ['56205001', '1 cup, cooked', 1]],
  ['3 beef empanadas, the small ones', ['58116117', '1 small/individual', 3]],
  ['2 pork tamales w salsa verde', ['58103125', '1 item, any size', 2], ['74402100', QNS, 1]],
  ['2 chicken fajitas w guac and sour cream', ['58105000', '1 fajita', 2], ['63409010', QNS, 1], ['12310100', QNS, 1]],
  ['baked potato w chili, medium', ['71507030', '1 medium', 1]],
  ['6 oz baked salmon + 1 cup quinoa', ['26137120', { grams: 6 * OZ }, 1], ['56204000', '1 cup, cooked', 1]],
  // snacks
  ['3 tbsp hummus + 10 baby carrots', ['41205070', '1 tablespoon', 3], ['73101010', '1 baby carrot', 10]],
  ['16 wheat thins', ['54338010', '1 cracker', 16]],
  ['12 cashews', ['42104000', '1 nut', 12]],
  ['5 dried apricot pieces', ['62104100', '1 slice/chunk', 5]],
  // drinks
  ['mojito + chips & salsa', ['93301125', '1 drink', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['8 oz tomato juice & 2 poached eggs', ['74301100', '1 fl oz (NFS)', 8], ['31103010', '1 egg', 2]],
  // desserts
  ['apple crisp w a scoop of vanilla', ['53415100', QNS, 1], ['13110100', '1 scoop', 1]],
  ['italian ice, a cup', ['91601000', '1 cup', 1]],
  ['a glazed donut + medium coffee w cream & sugar', ['53521110', '1 doughnut', 1], ['92101000', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  // lows
  ['bg 54, ate 15 gummy bears', ['91745010', '1 piece', 15]],
  ['low on the bus, a lollipop and 6 oz apple juice', ['91745030', '1 piece', 1], ['64104010', '1 fl oz (NFS)', 6]],
  ['my daughter was 64, gave her a fun size fruit snacks', ['91746300', '1 miniature/bite size/fun size', 1]],
  ['hypo, a regular pack of m&ms', ['91746100', '1 pouch/regular size', 1]],
  // kids
  ['6 chicken nuggets + apple juice box', ['24198731', '1 nugget', 6], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['chocolate milk carton at school & a pop tart', ['11511000', '1 individual school container', 1], ['53452100', '1 pastry', 1]],
  ['toddler ate half a banana and 10 goldfish', ['63107010', '1 banana', 0.5], ['54304020', '1 goldfish', 10]],
  // older adults
  ['mom drank a boost and 4 saltines', ['95101000', '1 bottle (8 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['2 fig newtons and hot tea', ['53220030', '1 Newton bar', 2], ['92302000', QNS, 1]],
  ['jello, 1 cup', ['91501010', '1 cup', 1]],
  ['6 prunes w oatmeal', ['62122100', '1 prune', 6], ['56202960', QNS, 1]],
  ['grandma: small bowl of chicken noodle soup w oyster crackers', ['58403040', '1 cup', 1], ['54313000', QNS, 1]],
  // shift workers
  ['3am vending: bag of funyuns and a mtn dew', ['54406010', '1 small single serving bag', 1], ['92410550', '1 can (12 fl oz)', 1]],
  ['night shift snack - 2 boiled eggs, pb crackers pack', ['31103010', '1 egg', 2], ['54328100', '1 individual package', 1]],
  ['on break: a red bull & 2 chicken taquitos from the gas station', ['95310600', '1 can (8.4 fl oz)', 1], ['58104835', '1 small/regular taquito', 2]],
  ['after my shift, 2 bowls of frosted flakes', ['57348000', '1 cup', 2]],
  ['16oz monster + a honey bun', ['95310400', '1 can or bottle (16 fl oz)', 1], ['51161050', '1 medium', 1]],
  // holidays / trips
  ['a cup of eggnog and 2 gingerbread cookies', ['11531000', '1 cup', 1], ['53223000', '1 medium', 2]],
  ['thanksgiving: green bean casserole, sweet potato casserole, 1/2 cup stuffing', ['75403020', QNS, 1], ['73409000', QNS, 1], ['51182010', '1 cup, NFS', 0.5]],
  ['road trip: jerky, sunflower seeds and a 20 oz coke', ['21602100', QNS, 1], ['43102100', QNS, 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  // weights, volumes
  ['250ml chocolate milk', ['11511000', '1 fl oz', 250 / FLOZ_ML]],
  ['30 g almonds', ['42100100', { grams: 30 }, 1]],
  ['3 oz tortilla chips w queso', ['54401075', { grams: 3 * OZ }, 1], ['14620200', QNS, 1]],
  ['1/3 cup dried cranberries in my salad', ['62109100', '1 cup', 1 / 3]],
  ['2/3 c cooked oatmeal', ['56202960', '1 cup, cooked', 2 / 3]],
  ['1 1/2 cups cooked egg noodles w butter', ['56112000', '1 cup, cooked', 1.5], ['81100500', QNS, 1]],
  ['ate 1 cup of vanilla ice cream straight from the tub', ['13110100', '1 cup', 1]],
  // spelling
  ['chiken fingers 3 and honey mustard', ['24198739', '1 tender, strip, or finger', 3], ['83105500', QNS, 1]],
  ['strawbery yogurt cup', ['11430000', '1 container, NFS', 1]],
  // second drafts (first drafts repeated earlier sets)
  ['2 biscuits & gravy and 6 oz oj', ['58128000', '1 biscuit with gravy', 2], ['61210000', '1 fl oz (NFS)', 6]],
  ['a small cheese danish and a 12 oz latte', ['53511000', '1 small', 1], ['92101900', '1 fl oz', 12]],
  ['chilaquiles verdes, 1.5 cups, w 1 fried egg and refried beans', ['58100360', '1 cup', 1.5], ['31105005', '1 egg', 1], ['41205010', QNS, 1]],
  ['egg & ham croissant + a 16 oz coffee w 2 creamers', ['34001430', '1 regular', 1], ['92101000', '1 fl oz', 16], ['12210200', '1 individual container', 2]],
  ['2 mini blueberry scones and a medium latte', ['52105200', '1 miniature', 2], ['92101900', '1 medium', 1]],
  ['3 toaster strudels (teen, growth spurt lol)', ['53510100', '1 Toaster Strudel', 3]],
  ['5 silver dollar pancakes + 2 turkey sausage links w a tbsp of syrup', ['55101000', '1 silver dollar pancake', 5], ['25221830', '1 breakfast size link', 2], ['91300010', '1 tablespoon', 1]],
  ['half a belgian waffle w nutella & banana slices', ['55201000', '1 thick / Belgian waffle', 0.5], ['91304090', QNS, 1], ['63107010', QNS, 1]],
  ['1.5 cups corn flakes, 1 cup 1% milk, half a banana', ['57134000', '1 cup', 1.5], ['11112210', '1 cup', 1], ['63107010', '1 banana', 0.5]],
  ['congee w chicken 2.5 cups + a tea egg', ['58157300', '1 cup', 2.5], ['31103010', '1 egg', 1]],
  ['chicken salad on a croissant + a cup of grapes', ['51166000', '1 medium croissant', 1], ['27446200', QNS, 1], ['63123000', '1 cup', 1]],
  ['lasagna (1/6 of the 8x8 pan) + 2 slices garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 2]],
  ['split pea w ham 1.5 c + 6 saltines', ['41602030', '1 cup', 1.5], ['54325000', '1 cracker', 6]],
  ['reuben w a side of potato salad & a pickle spear', ['27510950', '1 sandwich, any size', 1], ['71601010', QNS, 1], ['75503010', '1 spear', 1]],
  ['2 sloppy joes on white buns + tater tots', ['27510100', '1 sandwich, any size', 2], ['71505000', QNS, 1]],
  ['beef chimichanga at the mexican restaurant w spanish rice & refried beans', ['58104500', '1 item, any size', 1], ['58163405', QNS, 1], ['41205017', QNS, 1]],
  ['meat tortellini 1.5 cups + a caesar side', ['58134610', '1 cup', 1.5], ['72116150', QNS, 1]],
  ['2 mcchickens and a medium fry', ['27540146', '1 regular sandwich', 2], ['71401030', '1 medium fast food order', 1]],
  ['half a 6 inch meatball sub and a bag of baked lays', ['27510700', '1 regular or 6" submarine', 0.5], ['71200400', '1 small single serving bag', 1]],
  ['3 bean & cheese burritos from taco bell (teen after practice)', ['58102610', '1 small/regular', 3]],
  ['popeyes 3 piece w a biscuit & red beans and rice', ['24107070', '1 piece', 3], ['52101000', '1 biscuit', 1], ['58160102', QNS, 1]],
  ['4 ct chick fil a strips & a small waffle fry', ['24198741', '1 tender, strip, or finger', 4], ['71401030', '1 small fast food order', 1]],
  ['shepherds pie, 1/2 cup for the little one', ['27311510', '1 cup', 0.5]],
  ['beef stroganoff, 2 cups + side salad', ['27212350', '1 cup', 2], ['75143000', '1 side salad', 1]],
  ['4 stuffed shells + a slice of garlic bread', ['58134130', '1 shell (jumbo)', 4], ['51121015', '1 medium slice', 1]],
  ['jambalaya 1 cup and a corn muffin', ['27363100', '1 cup', 1], ['52206010', '1 medium', 1]],
  ['2 bowls of gumbo w rice + a slice of french bread', ['27363000', '1 cup', 2], ['51107010', '1 medium or regular slice', 1]],
  ['general tsos 1.5 cups + 2 egg rolls', ['27445150', '1 cup', 1.5], ['58110130', '1 egg roll', 2]],
  ['kung pao chicken 2 cups, no rice', ['27445220', '1 cup', 2]],
  ['3 egg foo young patties + 1/2 c white rice', ['32105200', '1 patty', 3], ['56205001', '1 cup, cooked', 0.5]],
  ['2 bowls wonton soup + 3 crab rangoon', ['58408010', '1 cup', 2], ['58111110', '1 item, any size', 3]],
  ['hot n sour soup, 2 cups, + 4 steamed dumplings', ['28340750', '1 cup', 2], ['58112510', '1 item, any size', 4]],
  ['1 large catfish fillet, fried, w 3 hush puppies & slaw', ['26107140', '1 large fillet', 1], ['52209010', '1 hush puppy', 3], ['75141000', QNS, 1]],
  ['collards, black eyed peas, and 2 pieces of cornbread', ['72107220', QNS, 1], ['41300990', QNS, 1], ['52202060', '1 piece', 2]],
  ['2 cabbage rolls and a slice of rye', ['27315250', '1 cabbage roll', 2], ['51401010', '1 medium or regular slice', 1]],
  ['brat on a bun + a cup of potato salad at the tailgate', ['25220350', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1], ['71601010', '1 cup', 1]],
  ['pad thai w shrimp, 3 cups (huge takeout box)', ['58137240', '1 cup', 3]],
  ['paella 1.5 c and a glass of white wine', ['27360090', '1 cup', 1.5], ['93401020', '1 glass', 1]],
  ['a bosc pear + 1 oz cheddar + 5 triscuits', ['63137010', '1 fruit', 1], ['14104100', { grams: OZ }, 1], ['54337020', '1 cracker', 5]],
  ['5 clementines and 10 almonds on the couch', ['61100600', '1 fruit', 5], ['42100100', '1 nut', 10]],
  ['2 kiwis and 15 cashews', ['63126500', '1 fruit', 2], ['42104000', '1 nut', 15]],
  ['1.5 cups mango w tajin', ['63129010', '1 cup', 1.5]],
  ['2 slim jims and a 32 oz gatorade', ['21602100', '1 Slim Jim', 2], ['95320200', '1 bottle (32 fl oz)', 1]],
  ['1/2 cup cottage cheese w 2 canned peach halves', ['14200100', '1 cup', 0.5], ['63135110', '1 half', 2]],
  ['4th of july: 2 cups watermelon, a hot dog, 1/2 cup baked beans', ['63149010', '1 cup', 2], ['27564000', '1 sandwich', 1], ['41201010', '1 cup', 0.5]],
  ['3 pineapple slices + 1/2 cup cottage cheese', ['63141010', '1 slice', 3], ['14200100', '1 cup', 0.5]],
  ['medium sweet tea and a sausage biscuit at bojangles', ['92308000', '1 medium drink', 1], ['34002130', '1 regular', 1]],
  ['strawberry milk, a glass, before bed', ['11519040', '1 fl oz', 8]],
  ['3 margaritas on the patio', ['93301100', '1 drink', 3]],
  ['white sangria, 3 glasses (bachelorette weekend)', ['93404560', '1 glass', 3]],
  ['coconut water, the 11 oz carton', ['42403010', '1 fl oz (NFS)', 11]],
  ['kefir 12 oz', ['11115400', '1 fl oz', 12]],
  ['kiddo was 67, 3 oz apple juice', ['64104010', '1 fl oz (NFS)', 3]],
  ['24 oz lemonade at the ballpark', ['92510955', '1 fl oz (NFS)', 24]],
  ['sick day: 8 saltines and half a can of ginger ale', ['54325000', '1 cracker', 8], ['92410610', '1 can (12 fl oz)', 0.5]],
  ['small vanilla shake + small fry from sonic', ['11542200', '1 small', 1], ['71401030', '1 small fast food order', 1]],
  ['medium mango smoothie + a blueberry muffin', ['11553100', '1 medium', 1], ['52302010', '1 medium', 1]],
  ['2 mugs of hot cocoa after sledding', ['11512005', '1 cup', 2]],
  ['cheesecake, half a slice, + a coffee', ['53104500', '1 piece/slice, any size', 0.5], ['92101000', QNS, 1]],
  ['tiramisu and a cappuccino after dinner out', ['13252600', '1 piece', 1], ['92161000', '1 medium', 1]],
  ['a slice of key lime pie and a pina colada', ['53305800', '1 slice, any size', 1], ['93301200', '1 drink', 1]],
  ['baklava x2 + greek yogurt w honey', ['53441110', '1 piece', 2], ['11400010', QNS, 1], ['91302010', QNS, 1]],
  ['bread pudding, half a cup, w a scoop of vanilla', ['13210110', '1 cup', 0.5], ['13110100', '1 scoop', 1]],
  ['3 small lemon bars from the bake sale', ['53224250', '1 small bar', 3]],
  ['3 pieces of fudge at christmas', ['91705440', '1 piece', 3]],
  ['ice cream sandwich + a can of root beer', ['13120500', '1 sandwich', 1], ['92410710', '1 can (12 fl oz)', 1]],
  ['2 fudgesicles', ['13140900', '1 sicle', 2]],
  ['beignets, i had 4, + a cafe au lait', ['53520510', '1 beignet', 4], ['92101850', QNS, 1]],
  ['chocolate gelato, small cup, + a biscotti', ['13110470', '1 small ice cream cup', 1], ['53203500', '1 cookie', 1]],
  ['large slice of pecan pie, no topping', ['53385000', '1 large slice', 1]],
  ['2 small brownies & a scoop of vanilla', ['53204000', '1 small or bite size', 2], ['13110100', '1 scoop', 1]],
  ['3 small chocolate chip cookies and a glass of milk', ['53206000', '1 small cookie', 3], ['11100000', '1 fl oz', 8]],
  ['3 scoops: 2 chocolate, 1 vanilla', ['13110110', '1 scoop', 2], ['13110100', '1 scoop', 1]],
  ['large froyo w sprinkles, shared w my son', ['11459990', '1 large ice cream cup', 0.5], ['91705250', QNS, 0.5]],
  ['bg 49!! 6 oz oj + a granola bar', ['61210000', '1 fl oz (NFS)', 6], ['53712100', '1 bar', 1]],
  ['dropping at 3am: 1 tbsp honey + 4 oz milk', ['91302010', '1 tablespoon', 1], ['11100000', '1 fl oz', 4]],
  ['cgm says 61, 10 oz regular ginger ale', ['92410610', '1 fl oz (NFS)', 10]],
  ['2 applesauce pouches and a cheese stick', ['63101110', '1 pouch', 2], ['14107030', '1 stick', 1]],
  ['6 fish sticks, 1 cup mac n cheese, ketchup', ['26100270', '1 stick', 6], ['58145110', '1 cup', 1], ['74401010', QNS, 1]],
  ['5 mini corn dogs and a cup of tater tots', ['27560300', '1 cocktail/miniature', 5], ['71505000', '1 cup', 1]],
  ['2 uncrustables + a go-gurt after soccer', ['42303100', '1 sandwich', 2], ['11436100', '1 tube', 1]],
  ['dad, after his nap: 2 tapioca pudding cups + a banana', ['13230500', '1 snack size container', 2], ['63107010', '1 banana', 1]],
  ['2 poached eggs on 2 slices ww toast', ['31103010', '1 egg', 2], ['51300120', '1 medium or regular slice', 2]],
  ['1.5 cups bran flakes w 3/4 cup skim', ['57329000', '1 cup', 1.5], ['11113000', '1 cup', 0.75]],
  ['4 small latkes w sour cream', ['71701000', '1 small pancake', 4], ['12310100', QNS, 1]],
  ['3 small mooncakes over the whole festival', ['53452120', '1 small round Moon Cake', 3]],
  ['half a cinnabon and a large coffee', ['51160110', '1 Cinnabon', 0.5], ['92101000', '1 large', 1]],
  ['disney: 2 churros and a mickey ice cream bar', ['53520200', '1 regular', 2], ['13120100', '1 bar', 1]],
  ['hanukkah - 1 jelly donut + 4 latkes', ['53521140', '1 doughnut', 1], ['71701000', '1 medium pancake', 4]],
  ['180 g cooked jasmine rice + stir fry veg', ['56205001', { grams: 180 }, 1], ['75340020', QNS, 1]],
  ['300 g cooked whole wheat pasta w pesto', ['56132990', { grams: 300 }, 1], ['81302070', QNS, 1]],
  ['14 oz orange juice', ['61210000', '1 fl oz (NFS)', 14]],
  ['two 500 ml bottles of sprite on the hike', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 2]],
  ['tortila chips (1 oz) and 2 tbsp gaucamole', ['54401075', { grams: OZ }, 1], ['63409010', '1 tablespoon', 2]],
  ['2 small cinamon rolls', ['51160110', '1 small', 2]],
  ['brocoli cheddar soup, the whole can', ['72302100', '1 can', 1]],
  ['cobb salad w blue cheese dressing, no bread', ['75148010', QNS, 1], ['83101000', QNS, 1]],
  ['bibimbap 1.5 cups + kimchi', ['58150100', '1 cup', 1.5], ['75502520', QNS, 1]],
  ['2 corn dogs & school tots', ['27560300', '1 regular', 2], ['71505020', QNS, 1]],
  // added before the first commit, same rules
  ['arepa dominicana, 1 piece, w cafe con leche', ['52220110', '1 piece (4" x 2" x 1-3/4")', 1], ['92101850', QNS, 1]],
  ['3 arancini at the italian deli', ['58161710', '1 croquette (1-1/2" dia, 2" high)', 3]],
  ['2 ham croquetas + a cafecito', ['27220080', '1 croquette (1-1/2" dia, 2" high)', 2], ['92101800', '1 fl oz', 2]],
  ['spinach quiche, individual, + a small side salad', ['58125120', '1 individual quiche', 1], ['75143000', '1 side salad', 1]],
  ['swedish meatballs, 6, over 1 cup egg noodles', ['27113300', '1 meatball with sauce', 6], ['56112000', '1 cup, cooked', 1]],
  ['4 idli, half a cup of sambar, coconut chutney', ['55702000', '1 item', 4], ['41311020', '1 cup', 0.5], ['63409020', QNS, 1]],
  ['night shift 2am: cup noodles + a banana', ['58407030', '1 individual container', 1], ['63107010', '1 banana', 1]],
  ['school lunch: cheese pizza slice, chocolate milk, applesauce cup', ['58106234', '1 piece, NFS', 1], ['11511000', '1 individual school container', 1], ['63101110', '1 snack size container', 1]],
  ['1 cup kettle corn + a 12 oz hard cider at the fair', ['54403089', '1 cup', 1], ['93106500', '1 can or bottle (12 fl oz)', 1]],
  ['trail mix package + a 500 ml gatorade on the hike', ['42501000', '1 package', 1], ['95320200', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['2 rugelach + a glass of milk', ['53251100', '1 medium roll-up cookie', 2], ['11100000', '1 fl oz', 8]],
  ['2 pupusas de queso and a horchata', ['58105100', '1 item, any size', 2], ['92610020', QNS, 1]],
  ['a cuban sandwich + 1 oz plantain chips', ['27520410', '1 sandwich, any size', 1], ['71905410', '1 oz', 1]],
  // added after the first commit, same rules and the same two repeat checks
  ['a handful of pretzels + a can of diet coke at 3', ['54408000', QNS, 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['a scoop of whey in 8 oz 2% milk after the gym', ['95230000', '1 scoop, NFS', 1], ['11112110', '1 cup', 1]],
  ['a piece of banana bread w butter & a black coffee', ['52405010', '1 slice', 1], ['81100500', QNS, 1], ['92101000', QNS, 1]],
  ['6 oz baked sweet potato w a pat of butter', ['73403000', { grams: 6 * OZ }, 1], ['81100500', '1 pat', 1]],
  ['500 ml kombucha on the train', ['92306920', '1 fl oz (NFS)', 500 / FLOZ_ML]],
  ['a bottle of snapple peach tea + 2 slices of pepperoni pizza', ['92309000', '1 Snapple bottle (16 fl oz)', 1], ['58106540', '1 piece, NFS', 2]],
  ['small everything bagel w lox, capers & cream cheese', ['51180010', '1 small', 1], ['26137190', QNS, 1], ['14301010', QNS, 1]],
  ['a large rice krispie treat + an apple juice box at the bake sale', ['53226500', '1 large bar', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['a mini bag of microwave popcorn and a root beer, movie night', ['54403051', '1 snack/mini microwave bag', 1], ['92410710', '1 can (12 fl oz)', 1]],
  ['grad party: a slice of sheet cake + a glass of lemonade', ['53120270', '1 regular or small piece/slice, 1 layer cake', 1], ['92510955', '1 fl oz (NFS)', 8]],
  ['at the bar: 5 mozzarella sticks w marinara + 2 beers', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 5], ['74404010', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['after a double: 2 baked chicken thighs, 1 c mashed potatoes, 1/2 c corn', ['24150210', '1 thigh', 2], ['71501000', '1 cup', 1], ['75216120', '1 cup', 0.5]],
  ['8 cheese ravioli w sauce', ['58131520', '1 piece', 8]],
  ['a large baked sweet potato w 1 tsp brown sugar for my dad', ['73403000', '1 large', 1], ['91102010', '1 teaspoon, NFS', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-eighth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-28.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4.ts to -24.ts, with the decisions this set needed in the header of make-eval-meals-holdout-28.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-28.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-28.json`);
}
