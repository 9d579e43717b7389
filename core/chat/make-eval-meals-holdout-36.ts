/**
 * Writes eval-meals.holdout-36.json: the thirty-sixth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 00:32 UTC, first committed before 01:00 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the estimator's diffs, and who ran nothing that
 * scores messages; committed on its own branch BEFORE the estimator was run on any of these messages
 * and not shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writers of the parallel sets 33-35 (whose sets were not looked at either). Each food was chosen
 * from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a dietitian would
 * pick them for the message; where an earlier held-out set already chose a food for the same dish,
 * the same food was used, so that the same dish means the same food across sets. The builder checks
 * every code and portion against the table, and every item's FNDDS description was read back against
 * its message. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code +
 * USDA portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts to -32.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-32, checked by script: lower-cased,
 * punctuation-folded messages compared; every pair with a word overlap (Jaccard) of 0.75 or more read;
 * and every message whose items (food, portion, quantity) were exactly those of an earlier message
 * read. About 130 of the 207 first drafts were rewritten that way, many of them two or three times
 * (about 30 drafts, first or rewritten, were word-for-word repeats of an earlier message; most of the
 * rest meant exactly an earlier message's foods and amounts in close wording); they were given other
 * amounts, sides or contexts and checked again. What remains above the
 * thresholds names other amounts or foods ("egg salad sandwich on white + cup of tomato soup" beside
 * an earlier "half an" one), or names the same common food and amount in plainly different words and
 * context ("2 cans of coke over the afternoon", "3 oz apple juice for the toddler"): the brief allows
 * common foods to recur and forbids only repeated or paraphrased text. No message has a total of 0 g.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults, parents
 * logging for a child, older people and their carers, students, shift workers), on ordinary days:
 * home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks, desserts,
 * treating a low, and the odd holiday or trip. Most messages are everyday foods on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an earlier
 * set's decision to a new case):
 * - "spaghetti squash w meat sauce" is the cooked spaghetti squash QNS + FNDDS's "Spaghetti sauce with
 *   meat" QNS (holdout 29's marinara was plain spaghetti sauce; the message says meat sauce).
 * - "2 cups spaghetti w marinara" is the home-recipe pasta with tomato-based sauce (the meatless twin
 *   of holdout 9's spaghetti with meat sauce) by the cup.
 * - "medium apple sliced w 1 tbsp caramel dip" is FNDDS's regular caramel dip, "1 tablespoon" (a first
 *   draft with no amount was reworded: the dip's QNS is an 80 g tub, not a dip for one apple).
 * - "chicken salad on a croissant + a pickle spear" is holdout 28's croissant + chicken salad made with
 *   mayonnaise QNS, and the dill pickle's "1 spear" (holdout 31).
 * - "cobb salad w ranch + a roll": cobb salad and ranch QNS, the soft white roll's medium roll.
 * - "pepperoni hot pocket" is FNDDS's pizza pocket with meat, "1 regular/large" (count convention).
 * - "greek salad w grilled chicken + half a pita" is the Greek salad without dressing QNS, grilled
 *   chicken NS as to part QNS (holdout 6's shawarma chicken) and 0.5 × the white pita's medium (holdout 24).
 * - "chicken shawarma plate: rice, hummus, 1 pita" is holdout 25's plate, each part QNS, with the pita
 *   counted: the white pita's "1 medium pita".
 * - "a yoplait" is holdout 10's flavoured (non-fruit) yogurt "1 6 oz container"; "chobani strawberry
 *   cup" the Greek fruit yogurt's "1 5.3 oz container" (holdout 23's 5.3 oz cups).
 * - "2 scrambled eggs w cheese on a flour tortilla" is holdout 8's scrambled egg with cheese (margarine
 *   version), "1 egg" each, and the flour tortilla's medium (count convention).
 * - "cup of corn flakes, sliced banana on top, milk": the banana with no amount is "Quantity not
 *   specified" (one banana's weight, holdout 15's apple slices), the milk Milk, NFS QNS.
 * - "sausage mcmuffin w egg and a large coffee w 2 creams" is holdout 4's sausage McMuffin with egg,
 *   brewed coffee "1 large" and 2 × liquid creamer QNS (holdout 7's counted creams).
 * - "gas station breakfast burrito + a 20 oz chocolate milk": the egg burrito (holdout 2) and 20 ×
 *   chocolate milk NFS "1 fl oz" (holdout 5's N oz of a drink).
 * - "starbucks blueberry muffin + tall latte" is the fruit muffin's medium (count convention) and the
 *   latte's small (holdout 4's tall = small).
 * - "subway italian bmt footlong + bag of baked lays" is 2 × the multiple-meat sub with cheese,
 *   restaurant (holdouts 4 and 8) and the baked chips' 1 oz small bag (holdout 12).
 * - "work party: 2 slices cheese + 1 pepperoni" are the restaurant NS-crust pizzas' "1 piece, NFS".
 * - "school lunch: 5 nuggets, 1/2 cup green beans, 1% milk carton" uses the school nuggets (holdout 7)
 *   and the low-fat milk's "1 individual school container".
 * - "mcdonalds cheeseburger happy meal w apple slices & a choc milk jug": FNDDS's McDonald's cheeseburger,
 *   the raw apple's "1 single serving package" (holdout 18) and 8 × chocolate milk "1 fl oz" (holdout 12).
 * - "sweet tea, medium, w my mcchicken": the pre-sweetened iced tea's "1 medium drink" and the fried
 *   chicken fillet sandwich from fast food (holdout 6's McChicken).
 * - "chipotle chicken burrito, ate about 2/3" is 2/3 × the chicken burrito with beans and rice and
 *   cheese, "1 small/regular" (holdout 26's Chipotle burrito; holdout 20's share of a whole item).
 * - "kfc 2 pc chicken + mashed w gravy": holdout 10's coated fried chicken "1 piece" and the fast-food
 *   mashed potato with gravy QNS (holdout 26); "popeyes 5 pc tenders + small cajun fries" the fast-food
 *   breaded tenders and the fast-food fries' small order (holdout 25). A biscuit at a chicken chain was
 *   left out of both drafts: earlier sets disagree on it (holdout 26 the fast-food biscuit, 70 g;
 *   holdouts 27 and 30 Biscuit, NFS, 45 g).
 * - "cupcake + 1 scoop ice cream": a scoop with no flavour is Ice cream, NFS "1 scoop" (holdout 12's
 *   flavour FNDDS lacks); the cupcake Cake or cupcake, NFS (holdout 17). A soft serve cone with no
 *   flavour ("cruise buffet: ... soft serve cone") is the vanilla one (holdout 13's vanilla cone).
 * - "cfa: chicken sandwich, large waffle fry, lemonade": the fast-food fries' large order (holdout 6's
 *   curly/waffle fries), the fruit-juice lemonade QNS.
 * - "bbq: 4 ribs, coleslaw, 1 piece cornbread": pork ribs by the rib (holdout 27), home coleslaw QNS,
 *   the cornbread prepared from mix (holdouts 18 and 27); "jambalaya, 1 cup, + cornbread" likewise.
 * - "ate a quarter of a frozen thin crust cheese pizza" is 0.25 × the frozen thin-crust cheese pizza's
 *   frozen medium pizza (holdout 7's frozen pizza with no size).
 * - "breakfast for dinner: 2 waffles + 2 eggs" is the plain waffle's medium (homemade, not frozen: no
 *   brand or toaster said) and the egg NS as to cooking method (holdout 4).
 * - "butter chicken" and "chicken tikka masala" are chicken curry QNS (holdouts 5 and 24); "1 garlic
 *   naan" is the naan's whole "1 Naan (10" dia)" (count convention; garlic naan = naan, holdout 5).
 * - "6 fish sticks" are 6 × Fish, stick "1 stick"; "1 cup tater tots" Potato tots, NFS, "1 cup"
 *   (holdout 20).
 * - "pb&j on wheat" is FNDDS's PB&J with regular peanut butter and jelly on wheat, "1 sandwich".
 * - "4 chips ahoy w milk" is the chocolate chip cookie's "1 Nabisco Chips Ahoy!" each (holdout 17) and
 *   milk NFS QNS; "klondike bar + 2 oreos" holdout 8's Klondike and holdout 2's "1 Oreo sandwich".
 * - "chocolate pudding cup" is the ready-to-eat chocolate pudding's "1 snack size container" (holdout
 *   12's snack pack, chocolate).
 * - "3/4 cup cottage cheese w canned pineapple": Cheese, cottage, NFS 0.75 × "1 cup" and canned
 *   pineapple NFS QNS (no pack said, holdout 10's canned peaches).
 * - "bake sale: 3 small rice krispie treats" is the marshmallow rice-cereal bar's "1 small bar" (the
 *   size said; holdout 7's bar).
 * - "taro milk tea w boba, 16 oz" is 16 × bubble tea's "1 fl oz" (holdout 5's N oz of a drink).
 * - "medium mocha + a chocolate croissant": cafe mocha's medium and the chocolate croissant's "1 croissant".
 * - "drank a 500ml sprite and half of another" is 1.5 × the caffeine-free fruit-flavored soft drink's
 *   500 ml bottle (holdout 5's sized bottle, holdout 9's halves).
 * - "20 oz ginger ale" is the ginger ale's own "1 bottle (20 fl oz)" (a size USDA has, holdout 5).
 * - "1 can orange fanta (330ml) + a bag of crisps": 330 / 29.5735 × "1 fl oz (NFS)" (holdout 7) and the
 *   1 oz bag of Potato chips, NFS (holdout 32's crisps).
 * - "cup noodles + 12 oz red bull at 4am" is the ramen's "1 individual container" (holdout 7) and Red
 *   Bull's own "1 can (12 fl oz)" (the size said).
 * - "2 mugs of hot chocolate w whipped cream" is 2 × the whipped-cream hot cocoa's "1 cup" (holdout 10's mug).
 * - "froyo, large cup, split 3 ways" is 1/3 × frozen yogurt NFS "1 large ice cream cup" (holdout 14).
 * - "3 scoops chocolate ice cream in a waffle cone" and "2 scoops mint chip in a waffle cone" are the
 *   scoops (mint chip = Ice cream, NFS, holdout 12) + the cone shell's "1 large waffle cone" (holdout 30).
 * - "medium oreo blizzard, ate half" is 0.5 × the fast-food soft serve blended with cookies, medium.
 * - "christmas: 2 frosted sugar cookies + half a glass of eggnog": holdout 14's iced sugar cookie,
 *   medium, and 4 × eggnog "1 fl oz" (holdout 17).
 * - "state fair: jumbo corn dog + funnel cake (shared half)": the corn dog's "1 bun length/jumbo"
 *   (holdout 31) and 0.5 × the funnel cake with sugar's "1 cake (6" dia)".
 * - "disney: 1 churro + a mickey pretzel": the churro's "1 regular" and Pretzels, soft, NFS, "1
 *   medium/regular" (no size said; holdout 32 gave "a big mickey pretzel" the large).
 * - "easter: ... a hot cross bun" is the frosted sweet roll with fruit, medium (holdout 7; not the
 *   "diet" variant FNDDS lists beside it).
 * - "iftar: 3 dates, a samosa, cup of lentil soup": the samosa's "1 regular/large" (count convention).
 * - "new years: 4 glasses of champagne (oops)" is sparkling wine "1 glass" each (holdout 11).
 * - Older people: "nana ate about 3/4 of a chicken pot pie" is 0.75 × "1 individual pie"; "mom's dinner
 *   at the home: ... 2 oz chicken" 2 × 28.35 g of roasted chicken NS as to part; "grandma: cup of tea w 2
 *   sugars and 2 shortbread cookies" hot black leaf tea "1 cup", 2 × sugar "1 teaspoon", shortbread
 *   "1 medium" each; "dad had half an ensure & 6 saltines" 0.5 × Ensure's 8 fl oz bottle.
 * - "bowl of lucky charms at midnight" lists only the cereal (1 cup): no milk is named.
 * - "1 bean & cheese pupusa + 1 cheese pupusa" are the pupusa with beans and the cheese-only pupusa.
 * - "2 injera w misir wot" is 2 × injera's "1 injera (12" dia)" + lentil curry QNS (holdouts 21, 23).
 * - "1.5 cups chilaquiles w 2 eggs over easy": FNDDS's chilaquiles by the cup, fried eggs NS as to fat.
 * - Lows list only the treatment eaten (holdout 20): "2am low: 1 tbsp honey + 2 saltines"; "low 3.5
 *   mmol: 150 ml regular pepsi" is 150 / 29.5735 × cola "1 fl oz (NFS)"; "cgm says 64, 4 tsp sugar in
 *   water" 4 × sugar "1 teaspoon"; "juice box + 4 crackers" apple juice's box and Crackers, NFS.
 * - Weights and volumes: "N g" / "N oz" of a food is grams of the food as eaten (holdouts 14 and 19);
 *   "200 ml milk", "300 ml orange juice" are N / 29.5735 × "1 fl oz" (holdout 7).
 * - Typos and abbreviations were written only where the meaning is plain ("bfast", "ww", "pb", "cfa",
 *   "mcds", "broc", "bday", "choc", "w", "&", "+", "x2", "bg", "cgm", "mmol", "~"); the expected
 *   food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-36.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const oz = (n: number) => ({ grams: Math.round(n * 28.35 * 100) / 100 });
const ml = (n: number) => n / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast at home
  ['2 fried eggs + 2 slices wheat toast w butter', ['31105005', '1 egg', 2], ['51300120', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['honey nut cheerios w 2% milk', ['57241000', QNS, 1], ['11112110', QNS, 1]],
  ['coffee w half & half and 1 sugar', ['92101000', QNS, 1], ['12120100', QNS, 1], ['91101010', '1 teaspoon', 1]],
  ['half a plain bagel w cream cheese, 7am', ['51180010', '1 regular', 0.5], ['14301010', QNS, 1]],
  ['3 slices french toast + 3 tbsp syrup', ['55301000', '1 slice, any size', 3], ['91300010', '1 tablespoon', 3]],
  ['banana + a cheese stick on the way to work', ['63107010', '1 banana', 1], ['14107030', '1 stick', 1]],
  ['ww english muffin w 1.5 tbsp pb + black coffee', ['51303030', '1 muffin', 1], ['42202000', '1 tablespoon', 1.5], ['92101000', QNS, 1]],
  ['1 cup oatmeal w blueberries and a tsp of honey', ['56202960', '1 cup, cooked', 1], ['63203010', QNS, 1], ['91302010', '1 tablespoon', 1 / 3]],
  ['greek yogurt w 1/4 cup granola', ['11400010', QNS, 1], ['57227000', '1 cup', 0.25]],
  ['sunday bfast - 2 slices sourdough toast, scrambled eggs x2, bacon x4', ['51133020', '1 medium or regular slice', 2], ['32129990', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 4]],
  ['glass of oj and 2 hard boiled eggs', ['61210000', '1 fl oz (NFS)', 8], ['31103010', '1 egg', 2]],
  ['cream of wheat, 1 cup, w 2 tsp brown sugar', ['56206990', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 2]],
  ['small cheese danish w my coffee at work', ['53511000', '1 small', 1], ['92101000', QNS, 1]],
  ['2 eggos + 1 tbsp syrup for my son', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 1]],
  ['frosted flakes 1.5 cups + 1 cup skim', ['57348000', '1 cup', 1.5], ['11113000', '1 cup', 1]],
  ['a yoplait and a granola bar for breakfast', ['11434090', '1 6 oz container', 1], ['53712100', '1 bar', 1]],
  ['toddler bfast: 1/2 cup cheerios dry + 4 oz whole milk', ['57123000', '1 cup', 0.5], ['11111000', '1 fl oz', 4]],
  ['steel cut oats 1 cup w walnuts and raisins', ['56202960', '1 cup, cooked', 1], ['42116000', QNS, 1], ['62125100', QNS, 1]],
  ['avocado toast (1 slice) + 12 oz latte', ['51101010', '1 medium or regular slice', 1], ['89902000', QNS, 1], ['92101900', '1 fl oz', 12]],
  ['3 biscuits w sausage gravy at cracker barrel', ['58128000', '1 biscuit with gravy', 3]],
  ['1 slice raisin toast + a glass of milk', ['51129020', '1 medium or regular slice', 1], ['11100000', '1 fl oz', 8]],
  ['half a cantaloupe + cottage cheese', ['63109010', '1 medium melon', 0.5], ['14200100', QNS, 1]],
  ['2 scrambled eggs w cheese on a flour tortilla', ['32130100', '1 egg', 2], ['52215200', '1 medium', 1]],
  ['cup of corn flakes, sliced banana on top, milk', ['57134000', '1 cup', 1], ['63107010', QNS, 1], ['11100000', QNS, 1]],

  // breakfast out
  ['sausage mcmuffin w egg and a large coffee w 2 creams', ['34001310', '1 regular', 1], ['92101000', '1 large', 1], ['12210200', QNS, 2]],
  ['gas station breakfast burrito + a 20 oz chocolate milk', ['34003100', '1 item, any size', 1], ['11511000', '1 fl oz', 20]],
  ['dunkin glazed donut + medium iced coffee w cream & sugar', ['53521110', '1 doughnut', 1], ['92102400', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['ihop: 3 buttermilk pancakes, 2 eggs, 2 sausage links', ['55100050', '1 medium pancake', 3], ['31102000', '1 egg', 2], ['25221405', '1 breakfast size link', 2]],
  ['bacon egg n cheese bagel from the deli, ate half', ['34001620', '1 regular', 0.5]],
  ['starbucks blueberry muffin + tall latte', ['52302010', '1 medium', 1], ['92101900', '1 small', 1]],

  // lunch
  ['ham & cheese on white + 10 grapes', ['27520220', '1 regular', 1], ['63123000', '1 grape', 10]],
  ['turkey on wheat, small bag of sun chips, dill pickle', ['27540030', '1 regular', 1], ['54420210', '1 small single serving bag', 1], ['75503010', '1 regular', 1]],
  ['half a can of campbells tomato soup + grilled cheese', ['74602010', '1 can', 0.5], ['14640100', '1 sandwich', 1]],
  ['leftover spaghetti w meat sauce, ~2.5 cups', ['58146322', '1 cup', 2.5]],
  ['had the chicken caesar at work w 2 breadsticks', ['27446360', '1 salad', 1], ['51183990', '1 medium stick', 2]],
  ['work party: 2 slices cheese + 1 pepperoni', ['58106210', '1 piece, NFS', 2], ['58106540', '1 piece, NFS', 1]],
  ['school lunch: 5 nuggets, 1/2 cup green beans, 1% milk carton', ['24198735', '1 nugget', 5], ['75205030', '1 cup', 0.5], ['11112210', '1 individual school container', 1]],
  ['subway italian bmt footlong + bag of baked lays', ['27580060', '1 regular or 6" submarine', 2], ['71200400', '1 small single serving bag', 1]],
  ['blt and a dill pickle', ['27520610', '1 sandwich, any size', 1], ['75503010', '1 regular', 1]],
  ['chicken quesadilla, ate half', ['58104740', '1 full circle', 0.5]],
  ['leftover pork fried rice 2 cups', ['58150330', '1 cup', 2]],
  ['bowl of chili w 10 saltines', ['27111400', '1 cup', 1], ['54325000', '1 cracker', 10]],
  ['chicken salad on a croissant + a pickle spear', ['51166000', '1 medium croissant', 1], ['27446200', QNS, 1], ['75503010', '1 spear', 1]],
  ['lentil soup 2 cups + half a turkey sandwich on wheat', ['41603010', '1 cup', 2], ['27540030', '1 regular', 0.5]],
  ['sushi lunch: california roll + miso soup', ['58151180', QNS, 1], ['41601070', QNS, 1]],
  ['cobb salad w ranch + a roll', ['75148010', QNS, 1], ['83113500', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['1 pepperoni hot pocket + an apple', ['58126150', '1 regular/large', 1], ['63101000', '1 medium', 1]],
  ['packed my sons lunch: pb&j on wheat + 10 baby carrots', ['42302020', '1 sandwich', 1], ['73101010', '1 baby carrot', 10]],
  ['tuna salad sandwich on white w chips', ['27550720', '1 regular', 1], ['71200010', QNS, 1]],
  ['leftover chicken stir fry w 1.5 cups brown rice', ['27445110', QNS, 1], ['56205011', '1 cup, cooked', 1.5]],
  ['egg salad sandwich on white + cup of tomato soup', ['32203010', '1 regular', 1], ['74601000', '1 cup', 1]],
  ['1 easy mac cup + a juice box', ['58145117', '1 microwavable tub, regular size, prepared', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['greek salad w grilled chicken + half a pita', ['75146000', QNS, 1], ['24103050', QNS, 1], ['51109100', '1 medium pita', 0.5]],

  // fast food and takeout
  ['big mac & large fries, diet coke to drink', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 large fast food order', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['wendys 6 pc nuggets, medium fry, small frosty', ['24198731', '1 nugget', 6], ['71401030', '1 medium fast food order', 1], ['11542100', '1 small', 1]],
  ['taco bell - 3 crunchy tacos & cinnamon twists', ['58102010', '1 small/regular', 3], ['53452500', '1 Taco Bell order', 1]],
  ['cfa: chicken sandwich, large waffle fry, lemonade', ['27540146', '1 regular sandwich', 1], ['71401030', '1 large fast food order', 1], ['92510955', QNS, 1]],
  ['popeyes 5 pc tenders + small cajun fries', ['24198741', '1 tender, strip, or finger', 5], ['71401030', '1 small fast food order', 1]],
  ['takeout: shrimp fried rice (1 cup) + 2 egg rolls', ['58150510', '1 cup', 1], ['58110130', '1 egg roll', 2]],
  ['general tsos 2 cups + 1 cup white rice, takeout', ['27445150', '1 cup', 2], ['56205001', '1 cup, cooked', 1]],
  ['pad thai w chicken, about 2 cups', ['58137230', '1 cup', 2]],
  ['whopper jr + small fries + small coke', ['27510552', '1 hamburger', 1], ['71401030', '1 small fast food order', 1], ['92410310', '1 small drink', 1]],
  ['mcdonalds cheeseburger happy meal w apple slices & a choc milk jug', ['27510172', '1 cheeseburger', 1], ['63101000', '1 single serving package', 1], ['11511000', '1 fl oz', 8]],
  ['chipotle chicken burrito, ate about 2/3', ['58102540', '1 small/regular', 2 / 3]],
  ['panera broc cheddar, a cup, + an apple', ['72302100', '1 cup', 1], ['63101000', '1 medium', 1]],
  ['kfc 2 pc chicken + mashed w gravy', ['24107070', '1 piece', 2], ['71501006', QNS, 1]],
  ['5 guys little cheeseburger + small fries', ['27510215', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],

  // dinner at home
  ['baked chicken breast, 1 cup brown rice, steamed broccoli', ['24122131', QNS, 1], ['56205011', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  ['2 cups spaghetti w marinara + 2 pieces garlic bread', ['58146222', '1 cup', 2], ['51121015', '1 medium slice', 2]],
  ['tuesday tacos, had 5 hard shell beef ones', ['58102010', '1 small/regular', 5]],
  ['salmon fillet, baked potato w sour cream, side salad', ['26137120', '1 small/regular fillet', 1], ['71508010', '1 medium', 1], ['75143000', '1 side salad', 1]],
  ['1 pork chop, a cup of mashed, 1/2 cup corn', ['22101000', '1 regular', 1], ['71501000', '1 cup', 1], ['75216120', '1 cup', 0.5]],
  ['meatloaf (2 slices), mashed 1 cup, some peas', ['27214100', '1 medium slice', 2], ['71501000', '1 cup', 1], ['75224030', QNS, 1]],
  ['lasagna 2 pieces + caesar side', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 2], ['72116150', QNS, 1]],
  ['1.5 cups pot roast w potatoes & carrots + a dinner roll', ['27311600', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['beef stew, a bowl', ['27311600', '1 cup', 1]],
  ['cheeseburger + potato salad at the bbq', ['27510155', '1 cheeseburger', 1], ['71601010', QNS, 1]],
  ['3 hot dogs on buns + baked beans', ['27564000', '1 sandwich', 3], ['41201010', QNS, 1]],
  ['butter chicken, 1.5 cups basmati, 2 pieces naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['6 fish sticks + 1 cup tater tots for my daughter', ['26100270', '1 stick', 6], ['71505000', '1 cup', 1]],
  ['kraft mac, 2 cups', ['58145112', '1 cup', 2]],
  ['roast turkey, baked sweet potato, green beans', ['24201000', QNS, 1], ['73403000', '1 medium', 1], ['75205030', QNS, 1]],
  ['6 oz sirloin + large baked potato w butter', ['21102150', oz(6), 1], ['71100100', '1 large', 1], ['81100500', QNS, 1]],
  ['bbq: 4 ribs, coleslaw, 1 piece cornbread', ['22701000', '1 rib (yield after cooking, bone removed)', 4], ['75141000', QNS, 1], ['52201000', '1 piece', 1]],
  ['jambalaya, 1 cup, + cornbread', ['27363100', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['3 cups of chicken and dumplings (had seconds)', ['27246100', '1 cup', 3]],
  ['homemade chicken noodle soup 2 cups + 4 saltines', ['58403040', '1 cup', 2], ['54325000', '1 cracker', 4]],
  ['chili mac, 1 cup + a piece of cornbread', ['27212120', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['grilled salmon w 1 cup quinoa & asparagus', ['26137110', QNS, 1], ['56204000', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['150 g cooked penne + 1/2 cup marinara', ['56130000', { grams: 150 }, 1], ['74404010', '1 cup', 0.5]],
  ['250g white rice w teriyaki chicken', ['56205001', { grams: 250 }, 1], ['27145000', QNS, 1]],
  ['chicken enchiladas x2 w rice and beans at the mexican place', ['58102830', '1 enchilada, any size', 2], ['58160102', QNS, 1]],
  ['2 chicken thighs + 1 cup mac n cheese + green beans', ['24150210', '1 thigh', 2], ['58145110', '1 cup', 1], ['75205030', QNS, 1]],
  ['ate a quarter of a frozen thin crust cheese pizza', ['58106200', '1 frozen medium pizza (11-13" diameter)', 0.25]],
  ['spaghetti squash w meat sauce', ['75233220', QNS, 1], ['27162040', QNS, 1]],
  ['breakfast for dinner: 2 waffles + 2 eggs', ['55201000', '1 medium waffle', 2], ['31102000', '1 egg', 2]],
  ['cheese tortellini w red sauce, 2.5 cups', ['58134620', '1 cup', 2.5]],
  ['2 cups beef & broccoli over 1 cup rice', ['27415100', '1 cup', 2], ['56205001', '1 cup, cooked', 1]],

  // snacks
  ['small apple w 1 tbsp pb and a cheese stick after school', ['63101000', '1 small', 1], ['42202000', '1 tablespoon', 1], ['14107030', '1 stick', 1]],
  ['20 cashews at my desk', ['42104000', '1 nut', 20]],
  ['string cheese and 5 triscuits', ['14107030', '1 stick', 1], ['54337020', '1 cracker', 5]],
  ['chobani strawberry cup', ['11433990', '1 5.3 oz container', 1]],
  ['2 cups popcorn w butter + a diet coke', ['54403040', '1 cup, popped', 2], ['92410320', '1 can (12 fl oz)', 1]],
  ['ate 1 nature valley bar + a cheese stick', ['53710906', '1 bar', 1], ['14107030', '1 stick', 1]],
  ['an orange + 12 almonds', ['61119010', '1 fruit', 1], ['42100100', '1 nut', 12]],
  ['1.5 cups grapes + 1 oz cheddar', ['63123000', '1 cup', 1.5], ['14104100', oz(1), 1]],
  ['bowl of strawberries w cool whip', ['63223020', '1 cup', 1], ['12220200', QNS, 1]],
  ['2 tbsp hummus + a small bag of pita chips', ['41205070', '1 tablespoon', 2], ['54402700', '1 small single serving bag', 1]],
  ['3/4 cup cottage cheese w canned pineapple', ['14200100', '1 cup', 0.75], ['63141110', QNS, 1]],
  ['he was low at soccer, 1 fruit snack pouch + juice box', ['91746300', '1 snack size/pouch/regular size', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['4 chips ahoy w milk', ['53206000', '1 Nabisco Chips Ahoy!', 4], ['11100000', QNS, 1]],
  ['chocolate pudding cup', ['13230130', '1 snack size container', 1]],
  ['trail mix 1/2 cup + a 20 oz gatorade', ['42501000', '1 cup', 0.5], ['95320200', '1 bottle (20 fl oz)', 1]],
  ['banana + 2 tbsp almond butter', ['63107010', '1 banana', 1], ['42200500', '1 tablespoon', 2]],
  ['3 clementines + a cheese stick at lunch', ['61100600', '1 fruit', 3], ['14107030', '1 stick', 1]],
  ['40 goldfish', ['54304020', '1 goldfish', 40]],
  ['a pear and some cheese', ['63137010', '1 fruit', 1], ['14010000', QNS, 1]],
  ['bake sale: 3 small rice krispie treats', ['53226500', '1 small bar', 3]],
  ['1.5 oz pretzels', ['54408015', oz(1.5), 1]],
  ['celery w ranch', ['75109000', QNS, 1], ['83113500', QNS, 1]],
  ['a slim jim and a small bag of doritos', ['21602100', '1 Slim Jim', 1], ['54401110', '1 small single serving bag', 1]],
  ['medium apple sliced w 1 tbsp caramel dip', ['63101000', '1 medium', 1], ['91306020', '1 tablespoon', 1]],
  ['3 fig newtons + decaf at night', ['53220030', '1 Newton bar', 3], ['92111010', QNS, 1]],

  // drinks
  ['tall caramel macchiato', ['92101904', '1 small', 1]],
  ['2 cans of coke over the afternoon', ['92410310', '1 can (12 fl oz)', 2]],
  ['sweet tea, medium, w my mcchicken', ['92308000', '1 medium drink', 1], ['27540146', '1 regular sandwich', 1]],
  ['12 oz of 1% milk w dinner', ['11112210', '1 fl oz', 12]],
  ['12 oz gatorade + orange slices after soccer', ['95320200', '1 bottle (12 fl oz)', 1], ['61119010', QNS, 1]],
  ['5 coors lights at the tailgate', ['93102000', '1 can or bottle (12 fl oz)', 5]],
  ['frozen margarita + chips & salsa', ['93301510', '1 drink', 1], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['2 mugs of hot chocolate w whipped cream', ['11512100', '1 cup', 2]],
  ['large strawberry smoothie', ['11553100', '1 large', 1]],
  ['taro milk tea w boba, 16 oz', ['92306910', '1 fl oz', 16]],
  ['2 monsters and a bag of chips on a double shift', ['95310400', '1 can or bottle (16 fl oz)', 2], ['71200010', '1 small single serving bag', 1]],
  ['medium mocha + a chocolate croissant', ['92101950', '1 medium', 1], ['51166200', '1 croissant', 1]],
  ['drank a 500ml sprite and half of another', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 1.5]],
  ['2 pints of guinness', ['93101000', '1 fl oz', 32]],
  ['3 glasses of chardonnay at book club', ['93401020', '1 glass', 3]],
  ['venti chai latte', ['92306800', '1 large', 1]],
  ['20 oz ginger ale, tummy upset', ['92410610', '1 bottle (20 fl oz)', 1]],
  ['1.5 cups chocolate milk', ['11511000', '1 cup', 1.5]],
  ['3 oz apple juice for the toddler', ['64104010', '1 fl oz (NFS)', 3]],
  ['16 oz oat milk latte', ['92101903', '1 fl oz', 16]],
  ['1 can orange fanta (330ml) + a bag of crisps', ['92410510', '1 fl oz (NFS)', ml(330)], ['71200010', '1 small single serving bag', 1]],

  // desserts
  ['slice of apple pie w 2 scoops vanilla', ['53301000', '1 regular slice', 1], ['13110100', '1 scoop', 2]],
  ['3 scoops chocolate ice cream in a waffle cone', ['13110110', '1 scoop', 3], ['53222020', '1 large waffle cone', 1]],
  ['3 brownies from the bake sale', ['53204000', '1 medium', 3]],
  ['bday cake, 1 slice + 2 scoops vanilla', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 2]],
  ['slice of chocolate cheesecake + a decaf for my bday', ['53104600', '1 piece/slice, any size', 1], ['92111010', QNS, 1]],
  ['medium oreo blizzard, ate half', ['13130700', '1 medium', 0.5]],
  ['froyo, large cup, split 3 ways', ['11459990', '1 large ice cream cup', 1 / 3]],
  ['4 homemade choc chip cookies', ['53206020', '1 medium', 4]],
  ['cupcake + 1 scoop ice cream at my nieces party', ['53100100', '1 cupcake, any size', 1], ['13110000', '1 scoop', 1]],
  ['banana pudding at church, about 2/3 cup', ['13241000', '1 cup', 2 / 3]],
  ['klondike bar + 2 oreos', ['13120100', '1 bar', 1], ['53209015', '1 Oreo sandwich', 2]],
  ['2 scoops mint chip in a waffle cone', ['13110000', '1 scoop', 2], ['53222020', '1 large waffle cone', 1]],

  // lows
  ['dropping to 58, drank 7 oz apple juice', ['64104010', '1 fl oz (NFS)', 7]],
  ['bg 62 - 10 oz regular coke', ['92410310', '1 fl oz (NFS)', 10]],
  ['2am low: 1 tbsp honey + 2 saltines', ['91302010', '1 tablespoon', 1], ['54325000', '1 cracker', 2]],
  ['low - 8 starbursts', ['91750000', '1 piece', 8]],
  ['juice box + 4 crackers for a low at school', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54001000', '1 cracker', 4]],
  ['low 3.5 mmol: 150 ml regular pepsi', ['92410310', '1 fl oz (NFS)', ml(150)]],
  ['bg 55 had a banana and some orange juice', ['63107010', '1 banana', 1], ['61210000', QNS, 1]],
  ['cgm says 64, 4 tsp sugar in water', ['91101010', '1 teaspoon', 4]],

  // holidays, trips
  ['thanksgiving: turkey, 1/2 cup stuffing, 1 cup mashed potatoes & gravy', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 0.5], ['71501000', '1 cup', 1], ['28500000', QNS, 1]],
  ['halloween: 3 fun size milky ways', ['91705510', '1 fun/snack size', 3]],
  ['christmas: 2 frosted sugar cookies + half a glass of eggnog', ['53244020', '1 medium', 2], ['11531000', '1 fl oz', 4]],
  ['4th of july: 2 burgers, potato salad, big slice of watermelon', ['27510521', '1 hamburger', 2], ['71601010', QNS, 1], ['63149010', '1 large wedge/slice', 1]],
  ['airport cinnabon + a coffee', ['51160110', '1 Cinnabon', 1], ['92101000', QNS, 1]],
  ['disney: 1 churro + a mickey pretzel', ['53520200', '1 regular', 1], ['54408400', '1 medium/regular', 1]],
  ['cruise buffet: 2 slices pizza + soft serve cone', ['58106210', '1 piece, NFS', 2], ['13120782', '1 cone', 1]],
  ['easter: 3 slices ham, 4 deviled eggs, a hot cross bun', ['22311000', '1 regular/thin slice', 3], ['32102000', '1 egg', 4], ['51161020', '1 medium', 1]],
  ['iftar: 3 dates, a samosa, cup of lentil soup', ['62110100', '1 date', 3], ['58124500', '1 regular/large', 1], ['41603010', '1 cup', 1]],
  ['state fair: jumbo corn dog + funnel cake (shared half)', ['27560300', '1 bun length/jumbo', 1], ['55801000', '1 cake (6" dia)', 0.5]],
  ['road trip: bag of sun chips + 20 oz coke', ['54420210', '1 small single serving bag', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['new years: 4 glasses of champagne (oops)', ['93401005', '1 glass', 4]],

  // older people
  ['mom (84) had 1/2 cup applesauce + 1 slice toast w jam', ['63101110', '1 cup', 0.5], ['51101010', '1 medium or regular slice', 1], ['91402000', QNS, 1]],
  ['dad had half an ensure & 6 saltines', ['95103000', '1 bottle (8 fl oz)', 0.5], ['54325000', '1 cracker', 6]],
  ['grandma: cup of tea w 2 sugars and 2 shortbread cookies', ['92302000', '1 cup', 1], ['91101010', '1 teaspoon', 2], ['53239000', '1 medium', 2]],
  ['nana ate about 3/4 of a chicken pot pie', ['27347100', '1 individual pie', 0.75]],
  ["mom's dinner at the home: 1/2 cup mashed potato, 2 oz chicken, 1/2 cup carrots", ['71501000', '1 cup', 0.5], ['24102000', oz(2), 1], ['73102220', '1 cup', 0.5]],

  // students and shift workers
  ['cup noodles + 12 oz red bull at 4am, night shift', ['58407030', '1 individual container', 1], ['95310600', '1 can (12 fl oz)', 1]],
  ['vending machine honey bun + a coke at 3am', ['51161050', '1 medium', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['1 slice cold pizza + coffee for breakfast lol', ['58106210', '1 piece, NFS', 1], ['92101000', QNS, 1]],
  ['dining hall: 1 cup mac n cheese + side salad', ['58145110', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['finals week: 2 pop tarts + monster', ['53452100', '1 pastry', 2], ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['bowl of lucky charms at midnight', ['57305150', '1 cup', 1]],

  // other cuisines
  ['1 bean & cheese pupusa + 1 cheese pupusa', ['58105105', '1 item, any size', 1], ['58105100', '1 item, any size', 1]],
  ['dal w rice + 2 rotis', ['41311030', QNS, 1], ['56205001', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['pho tai, about 4 cups', ['28310330', '1 cup', 4]],
  ['arroz con pollo, 1.5 cups', ['27243500', '1 cup', 1.5]],
  ['2 pork tamales + 1 chicken tamale', ['58103125', '1 item, any size', 2], ['58103130', '1 item, any size', 1]],
  ['half a gyro + greek salad', ['27516010', '1 sandwich, any size', 0.5], ['75146000', QNS, 1]],
  ['8 steamed pork dumplings + a cup of hot & sour soup', ['58112510', '1 item, any size', 8], ['28340750', '1 cup', 1]],
  ['chicken shawarma plate: rice, hummus, 1 pita', ['24103050', QNS, 1], ['56205001', QNS, 1], ['41205070', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['2 injera w misir wot', ['51807000', '1 injera (12" dia)', 2], ['41311030', QNS, 1]],
  ['kimchi fried rice 1.5 cups', ['58150110', '1 cup', 1.5]],
  ['chicken tikka masala w 1.5 cups rice + 1 garlic naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['51108100', '1 Naan (10" dia)', 1]],
  ['congee w pork, 3 cups', ['58157300', '1 cup', 3]],
  ['1.5 cups chilaquiles w 2 eggs over easy', ['58100360', '1 cup', 1.5], ['31105005', '1 egg', 2]],
  ['1 cup rice and beans + fried plantains', ['58160150', '1 cup', 1], ['71900200', QNS, 1]],

  // weights and volumes
  ['6 oz vanilla greek yogurt + 1/2 cup blueberries', ['11435000', oz(6), 1], ['63203010', '1 cup', 0.5]],
  ['100g hummus w carrot sticks', ['41205070', { grams: 100 }, 1], ['73101010', QNS, 1]],
  ['45 g cheerios + 200 ml milk', ['57123000', { grams: 45 }, 1], ['11100000', '1 fl oz', ml(200)]],
  ['250g cooked basmati w dal', ['56205001', { grams: 250 }, 1], ['41311030', QNS, 1]],
  ['8 oz baked potato w salsa', ['71100100', oz(8), 1], ['74402100', QNS, 1]],
  ['300 ml orange juice + a slice of toast', ['61210000', '1 fl oz (NFS)', ml(300)], ['51101010', '1 medium or regular slice', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-sixth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-36.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-32, with the decisions this set needed in the header of make-eval-meals-holdout-36.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-36.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-36.json`);
}
