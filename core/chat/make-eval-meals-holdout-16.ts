/**
 * Writes eval-meals.holdout-16.json: the sixteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 19:30 UTC, first committed before 19:45 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, core/chat/eval-meals.ts or
 * its test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who
 * ran nothing that scores messages; committed on its own branch BEFORE the estimator was run on any
 * of these messages and not shown to the estimator's authors, who were changing the estimator at
 * the time, nor to the writer of the parallel fifteenth set (whose set was not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-12 (checked by comparing lower-cased, punctuation-folded messages,
 * and every pair with a word overlap of 0.5 or more, or 0.4 or more with a food in common, read and,
 * where it meant the same food and amount, rewritten: about 110 first drafts were rewritten that
 * way). Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA
 * portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts,
 * -10.ts, -11.ts and -12.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a tbsp of sugar" is 3 × sugar's "1 teaspoon" (the food has no tablespoon portion); "2 honey
 *   packets" is 2 × honey's "1 single serving container" (14 g, the packet size).
 * - "2 handfuls" is 2 × "Quantity not specified" (a handful is "Quantity not specified").
 * - A stated drink size with no USDA portion of that size is N × "1 fl oz": "big 24 oz monster",
 *   "32 oz sweet tea", "a 20 oz bottle of lemonade" (lemonade has no bottle portion); the size word
 *   ("big") gives way to the stated amount (holdout 12).
 * - "a 10 oz bottle of oj" is the bottled orange juice's "1 bottle (10 fl oz)"; "a 500 ml ginger
 *   ale" is the ginger ale's "1 bottle (16.9 fl oz or 500 ml)" (holdout 5's sized bottles).
 * - "a big banana" drops the size word (the banana has only "1 banana", holdout 4); "a big soft
 *   pretzel" is the soft pretzel's "1 large"; "2 large latkes" the potato pancake's "1 large pancake".
 * - "homemade corned beef hash, a cup" is its "1 cup, homemade"; "2 thin pork chops" the chop's
 *   "1 thin"; "teriyaki chicken thighs x2" the teriyaki chicken's "1 chicken thigh with sauce";
 *   "10 grilled shrimp" is 10 × "1 small/medium shrimp" (count convention: the medium item).
 * - "2 slices ham" is the ham's "1 regular/thin slice"; "3 ribs" are holdout 7's "1 rib (yield
 *   after cooking, bone removed)" of pork ribs, with bbq sauce "Quantity not specified".
 * - A message correcting itself ("buckwheat? no - buttermilk pancakes", "peach cobbler? no, apple
 *   crisp", "3 lifesavers? no, 4") means what it settles on (holdout 9); "20 pc mcnuggets split w my
 *   son, i had half" counts the writer's 10 (holdout 12's shared dish).
 * - Horchata at a taqueria is FNDDS's "Horchata, made with water" (the rice-water drink; the milk
 *   version differs by under 1 g carbohydrate per 100 g).
 * - "avocado" on toast is holdout 5's sandwich-amount avocado; "elote" holdout 7's corn on the cob
 *   + mayonnaise; "a small samosa" is the samosa's "1 small/individual"; "a quarter of a naan" its
 *   "1 piece (1/4 of 10" dia)"; "a scoop of mac n cheese" at a dining hall is "Quantity not
 *   specified" (holdout 10's scoop of rice); "a cookie" with no kind is Cookie, NFS, "1 medium".
 * - "80g granola w 150g plain yogurt" is plain yogurt NS as to milk (not Greek: the message does not
 *   say Greek); "ww english muffin" / "ww pita" are the whole-wheat foods; "multigrain toast" the
 *   toasted multigrain bread.
 * - Nearest FNDDS food where FNDDS lacks the dish: a bosc pear = pear, raw; mandarin-type
 *   "tangerines" = tangerine; nutella = chocolate hazelnut spread; chicken garden salad = chicken or
 *   turkey garden salad (tomato and/or carrots, no dressing) + ranch; blizzard with reeses pieces =
 *   fast-food soft serve blended with candy (holdout 8); grande mocha frapp = frozen mocha coffee
 *   drink, medium; earl grey = hot black leaf tea; turkish coffee = brewed coffee; decaf = brewed
 *   decaffeinated coffee; basmati = white rice; chana masala = chickpeas (holdout 6); crab rangoon =
 *   fried wonton (holdout 6); carne asada street tacos = meat taco without cheese (holdout 12);
 *   kimchi = FNDDS's kimchi; an icee = slush frozen drink, small (holdout 7); thai green curry =
 *   chicken curry (holdout 6); choc chip pancakes at Denny's = the restaurant chocolate pancakes,
 *   medium; "pico" = pico de gallo; a Cinnabon-size cinnamon roll = its "1 Cinnabon".
 * - Typos were written only where the intended food is plain to a reader ("quesadila", "sandwhich",
 *   "peices", "watermellon", "expresso", "gnochi"); the expected food is the one meant. The 13
 *   messages in the last group were added after the first commit, under the same rules.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-16.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const FL_OZ_ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['had 2 eggs scrambled w cheese + an english muffin', ['32130100', '1 egg', 2], ['51186010', '1 muffin', 1]],
  ['oats cooked in milk, 1.5 cups, drizzle of honey', ['56203066', '1 cup, cooked', 1.5], ['91302010', QNS, 1]],
  ['3 packets apple cinnamon instant oatmeal (hungry today)', ['56203155', '1 packet, dry, yields', 3]],
  ['1.5 cups cheerios and some 2% milk', ['57123000', '1 cup', 1.5], ['11112110', QNS, 1]],
  ['sourdough toast x3 w avocado', ['51133020', '1 medium or regular slice', 3], ['89902000', QNS, 1]],
  ['bacon egg & cheese biscuit + a hash brown patty', ['34001540', '1 regular', 1], ['71404000', '1 patty', 1]],
  ['big banana on the way to the 6am shift', ['63107010', '1 banana', 1]],
  ['1 cup frosted flakes w skim', ['57348000', '1 cup', 1], ['11113000', QNS, 1]],
  ['blueberry pancakes x3 at ihop w syrup', ['55100055', '1 medium pancake', 3], ['91300010', QNS, 1]],
  ['greek yogurt (the 5.3 oz cup) w granola on top', ['11400010', '1 5.3 oz container', 1], ['57227000', QNS, 1]],
  ['small cinnamon raisin bagel w butter', ['51180030', '1 small', 1], ['81100500', QNS, 1]],
  ['2 eggo waffles w a banana sliced on top', ['55200020', '1 waffle', 2], ['63107010', '1 banana', 1]],
  ['breakfast burrito and a 10 oz bottle of oj at the diner', ['34003100', '1 item, any size', 1], ['61210220', '1 bottle (10 fl oz)', 1]],
  ['spinach quiche slice and a cup of fruit salad at brunch', ['58125120', '1 piece (1/8 of 9" dia)', 1], ['63311000', '1 cup', 1]],
  ['homemade corned beef hash, a cup, w rye toast', ['27211400', '1 cup, homemade', 1], ['51401020', '1 medium or regular slice', 1]],
  ['she had 3 french toast sticks & a cup of milk', ['55301031', '1 stick', 3], ['11100000', '1 cup', 1]],
  ['blueberry scone and an earl grey', ['52105200', '1 regular', 1], ['92302000', QNS, 1]],
  ['cream of rice 1/2 cup w a tsp sugar', ['56205050', '1 cup, cooked', 0.5], ['91101010', '1 teaspoon', 1]],
  ['kefir, 2 cups, after the gym', ['11115400', '1 cup', 2]],
  ['challah french toast, 3 slices, w maple syrup', ['55301000', '1 slice, any size', 3], ['91300010', QNS, 1]],
  ['ww english muffin w 2 tbsp peanut butter', ['51303030', '1 muffin', 1], ['42202000', '1 tablespoon', 2]],
  ['egg white scramble w veggies, 1 slice multigrain toast + half a grapefruit', ['32400300', QNS, 1], ['51601010', '1 medium or regular slice', 1], ['61101010', '1 half', 1]],
  ['huevos rancheros w 1 egg + refried beans', ['32105180', '1 egg', 1], ['41205010', QNS, 1]],
  ['oat bran muffin w decaf coffee', ['52304150', '1 medium', 1], ['92111010', QNS, 1]],
  ['1 cup bran flakes, 1/2 cup 1% milk, 4 prunes', ['57207000', '1 cup', 1], ['11112210', '1 cup', 0.5], ['62122100', '1 prune', 4]],
  ['80g granola w 150g plain yogurt', ['57227000', { grams: 80 }, 1], ['11411010', { grams: 150 }, 1]],
  ['a large raisin bagel toasted, nothing on it', ['51180030', '1 large', 1]],
  ['buckwheat? no - buttermilk pancakes, 2 of them', ['55101000', '1 medium pancake', 2]],
  ['2 eggos + a tbsp of nutella', ['55200020', '1 waffle', 2], ['91304090', '1 tablespoon', 1]],
  // lunch
  ['turkey & swiss on wheat + a bag of fritos', ['27540040', '1 regular', 1], ['54401031', '1 small single serving bag', 1]],
  ['blt on white + 1 cup potato soup', ['27520610', '1 sandwich, any size', 1], ['71801000', '1 cup', 1]],
  ['roast beef and cheese on white bread', ['27513050', '1 regular', 1]],
  ['peanut butter sandwich on white, apple juice box', ['42301015', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['packed his lunch: uncrustable, apple slices, cheese stick', ['42303100', '1 sandwich', 1], ['63101000', QNS, 1], ['14107030', '1 stick', 1]],
  ['school lunch today 2 pcs cheese pizza, corn and a choc milk', ['58106234', '1 piece, NFS', 2], ['75216120', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['split pea soup 2 cups + 4 saltines', ['41602050', '1 cup', 2], ['54325000', '1 cracker', 4]],
  ['bowl of broccoli cheddar soup and a grilled cheese', ['72302100', '1 cup', 1], ['14640100', '1 sandwich', 1]],
  ['chili mac, about 2 cups, leftover', ['27212120', '1 cup', 2]],
  ['half a tuna sandwich on wheat + a cup of tomato soup', ['27550735', '1 regular', 0.5], ['74601000', '1 cup', 1]],
  ['egg salad on wheat and a tangerine', ['32203020', '1 regular', 1], ['61125010', '1 fruit', 1]],
  ['half a ww pita stuffed w hummus & cucumber', ['51301600', '1 medium pita', 0.5], ['41205070', QNS, 1], ['75111000', QNS, 1]],
  ['1/2 cup hummus w baby carrots', ['41205070', '1 tablespoon', 8], ['73101010', QNS, 1]],
  ['grilled chicken garden salad w ranch', ['27446300', QNS, 1], ['83113500', QNS, 1]],
  ['half a cuban sandwich and plantain chips', ['27520410', '1 sandwich, any size', 0.5], ['71905410', QNS, 1]],
  ['half a cheese quesadilla w salsa for my 6 yr old', ['58104710', '1 full circle', 0.5], ['74402100', QNS, 1]],
  ['6 inch italian bmt and baked chips', ['27580060', '1 regular or 6" submarine', 1], ['71200400', QNS, 1]],
  ['5 falafel w tahini, no bread', ['41209000', '1 patty', 5], ['43103300', QNS, 1]],
  ['mac & cheese 1 cup and a hot dog, no bun', ['58145110', '1 cup', 1], ['25210110', '1 regular', 1]],
  ['individual shepherds pie + peas', ['27311510', '1 individual pie', 1], ['75224030', QNS, 1]],
  ['beef stew 1 cup over 1/2 cup egg noodles', ['27311410', '1 cup', 1], ['56112000', '1 cup, cooked', 0.5]],
  ['spinach salad + a dinner roll', ['75147000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['pb&j on wheat and a capri sun in his lunchbox', ['42302020', '1 sandwich', 1], ['92552030', '1 Capri Sun pouch', 1]],
  ['ham & swiss on white, mini slider x3 at the office party', ['27520220', '1 miniature/slider', 3]],
  ['2 pulled pork sliders & baked beans', ['27520510', '1 miniature/slider', 2], ['41201010', QNS, 1]],
  // dinner
  ['2 cups spaghetti w meat sauce', ['58146322', '1 cup', 2]],
  ['chicken parm with a cup of pasta', ['27146300', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['5 oz baked salmon, 1/2 cup brown rice, salad', ['26137120', { grams: 5 * OZ }, 1], ['56205011', '1 cup, cooked', 0.5], ['75143000', QNS, 1]],
  ['meatloaf 2 slices w mashed potatoes & peas', ['27214100', '1 medium slice', 2], ['71501000', QNS, 1], ['75224030', QNS, 1]],
  ['2 thin pork chops w 1/2 cup applesauce & corn', ['22101000', '1 thin', 2], ['63101110', '1 cup', 0.5], ['75216120', QNS, 1]],
  ['taco night: 2 soft chicken tacos (flour) + 1/2 cup refried beans', ['58102150', '1 small/regular', 2], ['41205010', '1 cup', 0.5]],
  ['3 steak fajitas + 1/2 cup spanish rice', ['58105050', '1 fajita', 3], ['58163430', '1 cup', 0.5]],
  ['10 grilled shrimp + 3/4 cup white rice', ['26319123', '1 small/medium shrimp', 10], ['56205001', '1 cup, cooked', 0.75]],
  ['turkey burger patty, no bun, w sweet potato fries and a side salad', ['24207000', '1 patty', 1], ['73410200', QNS, 1], ['75143000', '1 side salad', 1]],
  ['sheet pan dinner: 2 chicken thighs, roasted potatoes & brussels sprouts', ['24152230', '1 medium thigh', 2], ['71104030', QNS, 1], ['75209020', QNS, 1]],
  ['3 lamb chops & a cup of rice pilaf', ['23101000', '1 chop, any size', 3], ['58162310', '1 cup', 1]],
  ['3 stuffed pepper halves w mashed potatoes', ['58162110', '1/2 pepper with filling', 3], ['71501000', QNS, 1]],
  ['my son: 4 fish sticks, ketchup, 1/2 cup corn', ['26100270', '1 stick', 4], ['74401010', QNS, 1], ['75216120', '1 cup', 0.5]],
  ['a cup of homemade chicken alfredo + 1 slice garlic bread', ['58146422', '1 cup', 1], ['51121015', '1 medium slice', 1]],
  ['cheese tortellini 2 cups + side caesar', ['58134620', '1 cup', 2], ['72116150', QNS, 1]],
  ['shrimp scampi w about 2 cups linguine', ['26319110', QNS, 1], ['56130000', '1 cup, cooked', 2]],
  ['chicken fried steak & 2 biscuits', ['21104110', QNS, 1], ['52101000', '1 biscuit', 2]],
  ['liver & onions w 1 cup rice', ['27460750', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['tuna casserole, 2 cups, and peas', ['27250610', '1 cup', 2], ['75224030', QNS, 1]],
  ['250g basmati rice and chana masala', ['56205001', { grams: 250 }, 1], ['41301990', QNS, 1]],
  ['10 oz steak + a medium baked potato w butter', ['21001000', { grams: 10 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1]],
  ['2 ears of corn & 3 ribs w bbq sauce', ['75216111', '1 regular ear', 2], ['22701000', '1 rib (yield after cooking, bone removed)', 3], ['74406010', QNS, 1]],
  ['black beans 1 cup w 2 corn tortillas', ['41101990', '1 cup', 1], ['52215100', '1 medium', 2]],
  ['beef stroganoff 1.5 cups + a dinner roll', ['27212350', '1 cup', 1.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['grilled tilapia 6oz + quinoa 1 cup', ['26158000', { grams: 6 * OZ }, 1], ['56204000', '1 cup, cooked', 1]],
  // takeout: chinese, japanese, korean, thai, indian
  ['sweet & sour chicken, 1 cup white rice', ['27146100', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['teriyaki chicken thighs x2, 1.5 cups rice', ['27145000', '1 chicken thigh with sauce', 2], ['56205001', '1 cup, cooked', 1.5]],
  ['kung pao chicken 2 cups + a pork egg roll', ['27445220', '1 cup', 2], ['58110130', '1 egg roll', 1]],
  ['shrimp lo mein 1 cup & 2 crab rangoons', ['58136130', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  ['sesame chicken + 1/2 cup brown rice', ['27146360', QNS, 1], ['56205011', '1 cup, cooked', 0.5]],
  ['steamed dumplings x12 (frozen bag)', ['58112510', '1 item, any size', 12]],
  ['wonton soup + 2 pork egg rolls', ['58408010', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['egg drop soup, 2 cups', ['32300100', '1 cup', 2]],
  ['california roll + salmon roll', ['58151180', QNS, 1], ['58151200', QNS, 1]],
  ['10 pcs salmon nigiri', ['58151420', '1 piece', 10]],
  ['tteokbokki 2 cups w some kimchi', ['58150520', '1 cup', 2], ['75502520', QNS, 1]],
  ['shrimp pad thai, ate about a cup, saved the rest', ['58137240', '1 cup', 1]],
  ['chicken tikka masala, 1 cup basmati, quarter of a naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1], ['51108100', '1 piece (1/4 of 10" dia)', 1]],
  ['dal, rice & 1 roti', ['41305050', QNS, 1], ['56205001', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['palak paneer, 1 cup, w 3 rotis', ['72125310', '1 cup', 1], ['51300175', '1 medium chappatti or roti (7")', 3]],
  ['3 idli & sambar for breakfast', ['55702000', '1 item', 3], ['41311020', QNS, 1]],
  ['chicken biryani 1 cup + a small samosa', ['27243100', '1 cup', 1], ['58124500', '1 small/individual', 1]],
  ['2 samosas w tamarind chutney', ['58124500', '1 regular/large', 2], ['63409020', QNS, 1]],
  ['korean bbq: bulgogi and 1 cup white rice', ['27115000', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['beef & broccoli 1.5 cups + 1 cup steamed rice', ['27415110', '1 cup', 1.5], ['56205008', '1 cup, cooked', 1]],
  // mexican
  ['beef burrito w rice & beans (regular) + a side of guac', ['58102340', '1 small/regular', 1], ['63409010', QNS, 1]],
  ['3 chicken enchiladas with rice & beans', ['58102830', '1 enchilada, any size', 3], ['58160102', QNS, 1]],
  ['chips & queso at the mexican place', ['54401075', QNS, 1], ['14620200', QNS, 1]],
  ['2 chicken tamales + 1 pork, from my tia', ['58103130', '1 item, any size', 2], ['58103125', '1 item, any size', 1]],
  ['2 chile rellenos and refried beans', ['75410500', '1 chili', 2], ['41205010', QNS, 1]],
  ['5 carne asada street tacos + elote', ['58102220', '1 small/regular', 5], ['75216111', '1 regular ear', 1], ['83107000', QNS, 1]],
  ['pozole rojo, 3 cups at the party', ['28315150', '1 cup', 3]],
  ['2 bean n cheese burritos from taco bell', ['58102610', '1 small/regular', 2]],
  ['horchata 12 oz w my tacos (2 al pastor)', ['92610020', '1 fl oz', 12], ['58102030', '1 small/regular', 2]],
  // fast food
  ['big mac and a large coke', ['27510389', "1 McDonald's Big Mac", 1], ['92410310', '1 large drink', 1]],
  ['quarter pounder w cheese, large fry, large sprite', ['27510232', '1 cheeseburger', 1], ['71401030', '1 large fast food order', 1], ['92410510', '1 large drink', 1]],
  ['20 pc mcnuggets split w my son, i had half', ['24198731', '1 nugget', 10]],
  ['whopper w cheese and a small fry', ['27510231', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['wendys jr cheeseburger and a small choc frosty', ['27510160', '1 cheeseburger', 1], ['11542100', '1 small', 1]],
  ['kfc: 2 drumsticks + a wing, and coleslaw', ['24147300', '1 medium drumstick', 2], ['24167230', '1 wing, any size', 1], ['75140990', QNS, 1]],
  ['6" meatball marinara from subway', ['27510700', '1 regular or 6" submarine', 1]],
  ['arbys beef n cheddar + medium curly fries', ['27513050', '1 regular', 1], ['71401030', '1 medium fast food order', 1]],
  ['personal pepperoni pizza, ate 3/4 of it', ['58106540', '1 personal size pizza (5-7" diameter)', 0.75]],
  ['3 slices thin crust pepperoni', ['58106550', '1 piece, NFS', 3]],
  ['popeyes 5 pc tenders w mashed potatoes', ['24198741', '1 tender, strip, or finger', 5], ['71501000', QNS, 1]],
  ['small blizzard w reeses pieces', ['13130700', '1 small', 1]],
  ['2 mcdonalds apple pies', ['53301070', "1 McDonald's pie", 2]],
  ['2 filet o fish', ['27550100', '1 regular sandwich', 2]],
  ['chick fil a 12 ct nuggets + large waffle fries', ['24198731', '1 nugget', 12], ['71401030', '1 large fast food order', 1]],
  // snacks
  ['a bosc pear + 2 string cheese', ['63137010', '1 fruit', 1], ['14107030', '1 stick', 2]],
  ['23 almonds (1 oz) mid afternoon', ['42100100', '1 nut', 23]],
  ['2 handfuls of pretzels', ['54408000', QNS, 2]],
  ['4 rice cakes topped w half a banana', ['54318500', '1 cake', 4], ['63107010', '1 banana', 0.5]],
  ['cup of red grapes after dinner', ['63123000', '1 cup', 1]],
  ['large honeycrisp apple w 1 tbsp pb', ['63101000', '1 large', 1], ['42202000', '1 tablespoon', 1]],
  ['8 triscuits and a slice of cheddar', ['54337020', '1 cracker', 8], ['14104100', QNS, 1]],
  ['popcorn w butter, 6 cups, movie night at home (air popper)', ['54403040', '1 cup, popped', 6]],
  ['a third of a bag of microwave popcorn', ['54403051', '1 regular microwave bag', 1 / 3]],
  ['small movie theater popcorn + small icee', ['54403005', '1 small order', 1], ['92513000', '1 small', 1]],
  ['2 kind bars on the hike', ['53710810', '1 bar', 2]],
  ['quaker chewy bar for the little one', ['53711000', '1 bar', 1]],
  ['2 pouches of fruit snacks for the soccer game', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['applesauce cup and 1 cup goldfish', ['63101110', '1 snack size container', 1], ['54304020', '1 cup, NFS', 1]],
  ['3 gogurts, he was hungry', ['11436100', '1 tube', 3]],
  ['1 cup cottage cheese + a sliced peach', ['14200100', '1 cup', 1], ['63135010', '1 fruit', 1]],
  ['3 kiwis and a banana', ['63126500', '1 fruit', 3], ['63107010', '1 banana', 1]],
  ['peeled 3 tangerines at my desk', ['61125010', '1 fruit', 3]],
  ['dried mango slices 50g w a handful of cashews', ['62114050', { grams: 50 }, 1], ['42104000', QNS, 1]],
  ['broke the fast with 3 dates and a glass of milk', ['62110100', '1 date', 3], ['11100000', '1 fl oz', 8]],
  ['2 cups chex mix at the party', ['54420220', '1 cup', 2]],
  ['a bag of cheetos from the vending machine', ['54401081', '1 small single serving bag', 1]],
  ['5 mozz sticks w marinara at the bar', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 5], ['74404010', QNS, 1]],
  ['a few deviled eggs & some potato salad', ['32102000', '1 egg', 3], ['71601010', QNS, 1]],
  ['120 g banana', ['63107010', { grams: 120 }, 1]],
  ['celery w cream cheese and 10 grapes', ['75109000', QNS, 1], ['14301010', QNS, 1], ['63123000', '1 grape', 10]],
  // desserts
  ['peach cobbler? no, apple crisp, about 1/2 cup', ['53415100', '1 cup', 0.5]],
  ['3 scoops chocolate ice cream in a bowl', ['13110110', '1 scoop', 3]],
  ['2 small brownies', ['53204000', '1 small or bite size', 2]],
  ['piece of carrot cake at the office', ['53104260', '1 piece/slice, any size', 1]],
  ['half a slice of cheesecake, shared', ['53104500', '1 piece/slice, any size', 0.5]],
  ['key lime pie, 2 slices on vacation (oops)', ['53305800', '1 slice, any size', 2]],
  ['tiramisu for dessert', ['13252600', QNS, 1]],
  ['4 small chocolate chip cookies and milk', ['53206000', '1 small cookie', 4], ['11100000', QNS, 1]],
  ['a chocolate cupcake + a juice box at the bday party', ['53105270', '1 regular cupcake', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['rice pudding, half a cup', ['13210410', '1 cup', 0.5]],
  ['tres leches, 2 pieces at the quince', ['53118550', '1 piece/slice, any size', 2]],
  ['a chocolate ice cream sandwich', ['13120510', '1 sandwich', 1]],
  ['banana split at friendlys', ['13121120', '1 banana split', 1]],
  ['dq vanilla cone', ['13120782', '1 cone', 1]],
  ['3 pieces of baklava at the greek festival', ['53441110', '1 piece', 3]],
  ['cherry cobbler, half a cup, w vanilla ice cream', ['53410500', '1 cup', 0.5], ['13110100', QNS, 1]],
  ['banana pudding at the cookout', ['13241000', QNS, 1]],
  ['sugar free jello, 1 cup', ['91511010', '1 cup', 1]],
  ['vanilla pudding cup + 5 vanilla wafers', ['13230110', '1 snack size container', 1], ['53247000', '1 medium', 5]],
  // drinks
  ['big 24 oz monster', ['95310400', '1 fl oz', 24]],
  ['32 oz sweet tea from the gas station', ['92308000', '1 fl oz (NFS)', 32]],
  ['6 oz orange juice with breakfast', ['61210000', '1 fl oz (NFS)', 6]],
  ['grande mocha frapp w whip', ['92102000', '1 medium', 1], ['12140000', QNS, 1]],
  ['red wine x2 at the restaurant', ['93401010', '1 glass', 2]],
  ['3 margaritas over dinner (frozen)', ['93301510', '1 drink', 3]],
  ['3 vodka tonics', ['93301218', '1 drink', 3]],
  ['a pint of hard cider', ['93106500', '1 can or bottle (16 fl oz)', 1]],
  ['a mojito and a pina colada on the beach', ['93301125', '1 drink', 1], ['93301200', '1 drink', 1]],
  ['3 mimosas and a bloody mary at brunch', ['93301115', '1 drink', 3], ['93301030', '1 drink', 1]],
  ['she drank a 16oz chocolate milk w lunch', ['11511000', '1 fl oz', 16]],
  ['small iced coffee w 2 creams 2 sugars', ['92102400', '1 small', 1], ['12210200', QNS, 2], ['91101010', '1 teaspoon', 2]],
  ['taro bubble tea', ['92306910', '1 item, any size', 1]],
  ['2 glucerna shakes today', ['95104000', '1 bottle (8 fl oz)', 2]],
  ['1 cup strawberry milk for my daughter', ['11519040', '1 cup', 1]],
  ['a 20 oz bottle of lemonade', ['92510955', '1 fl oz (NFS)', 20]],
  ['200 ml apple juice', ['64104010', '1 fl oz (NFS)', 200 / FL_OZ_ML]],
  ['a 500 ml ginger ale when my stomach was off', ['92410610', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['glass of eggnog', ['11531000', '1 fl oz', 8]],
  ['20 oz cherry limeade', ['92510960', '1 fl oz (NFS)', 20]],
  // lows
  ['low 54 - drank a 4 oz cup of oj', ['61210000', '1 fl oz (NFS)', 4]],
  ['20 skittles, bg was 61', ['91745110', '1 piece', 20]],
  ['went low at practice, drank a capri sun', ['92552030', '1 Capri Sun pouch', 1]],
  ['2 honey packets for a low', ['91302010', '1 single serving container', 2]],
  ['dropped to 62 so 1/2 cup oj and 3 crackers', ['61210000', '1 fl oz (NFS)', 4], ['54325000', '1 cracker', 3]],
  ['low, ate 2 mini boxes of raisins', ['62125100', '1 miniature box (.5 oz)', 2]],
  ['bg 65 - 5 gummy bears & a glass of milk', ['91745010', '1 piece', 5], ['11100000', '1 fl oz', 8]],
  ['grape juice box for his low', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['3 lifesavers? no, 4 for a low', ['91745025', '1 piece', 4]],
  ['tbsp of sugar in water for a low at 2am', ['91101010', '1 teaspoon', 3]],
  // holidays, trips, events
  ['thanksgiving round 2: turkey, mashed potatoes, 2 rolls & 1/4 cup cranberry sauce', ['24201000', QNS, 1], ['71501000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 2], ['63207110', '1 cup', 0.25]],
  ['3 iced sugar cookies (christmas)', ['53244020', '1 medium', 3]],
  ['2 large latkes w applesauce and sour cream', ['71701000', '1 large pancake', 2], ['63101110', QNS, 1], ['12310100', QNS, 1]],
  ['half a matzo w peanut butter', ['54307000', '1 matzo', 0.5], ['42202000', QNS, 1]],
  ['a cup of matzo ball soup and a slice of challah', ['58404500', '1 cup', 1], ['51119010', '1 medium or regular slice', 1]],
  ['half a funnel cake at the fair, shared', ['55801000', '1 cake (6" dia)', 0.5]],
  ['cotton candy + a candy apple at the carnival', ['91745050', QNS, 1], ['63401060', '1 apple, any size', 1]],
  ['2 ballpark hot dogs + a big soft pretzel', ['27564000', '1 sandwich', 2], ['54408400', '1 large', 1]],
  ['beignets, ate 4, in nola', ['53520510', '1 beignet', 4]],
  ['small round mooncake', ['53452120', '1 small round Moon Cake', 1]],
  ['easter brunch: 2 slices ham, hot cross bun, 2 deviled eggs', ['22311000', '1 regular/thin slice', 2], ['51161020', '1 medium', 1], ['32102000', '1 egg', 2]],
  ['halloween: 2 fun size snickers + 1 mini reeses cup', ['91705520', '1 fun/snack size', 2], ['91705530', '1 miniature/bite size', 1]],
  ['paella 2 cups on the cruise', ['27360090', '1 cup', 2]],
  ['2 slices pumpkin bread', ['52404060', '1 slice', 2]],
  ['pecan pie, 1 slice', ['53385000', '1 regular slice', 1]],
  ['1 cup sweet potato casserole w marshmallows', ['73409000', '1 cup', 1]],
  // shift workers, students, older people
  ['2am pack of instant ramen on night shift', ['58407030', '1 oz, dry, yields', 3]],
  ['2 honey buns on break at 4am', ['51161050', '1 medium', 2]],
  ['dining hall: 1 slice cheese pizza, a scoop of mac n cheese & a cookie', ['58106210', '1 piece, NFS', 1], ['58145110', QNS, 1], ['53201000', '1 medium', 1]],
  ['2 red bulls (8.4) across the night shift', ['95310600', '1 can (8.4 fl oz)', 2]],
  ['after practice: 15 pizza rolls', ['58108050', '1 pizza roll', 15]],
  ['mom had 1/2 cup cottage cheese w canned peaches', ['14200100', '1 cup', 0.5], ['63135110', QNS, 1]],
  ['grandpa drank an ensure and ate 4 saltines', ['95103000', '1 bottle (8 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['4 melba toasts with tea', ['51187000', '1 melba toast', 4], ['92302000', QNS, 1]],
  ['zucchini bread, 1 slice, + a cup of milk', ['52407000', '1 slice', 1], ['11100000', '1 cup', 1]],
  ['creamed chipped beef over a biscuit', ['27113200', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['oatmeal cookie w my decaf', ['53233000', '1 medium', 1], ['92111010', QNS, 1]],
  // typos and odd phrasing (added after the first commit, same rules)
  ['half a cinamon roll (the big cinnabon one)', ['51160110', '1 Cinnabon', 0.5]],
  ['quesadila w chicken, 2 triangles', ['58104740', '1 triangular piece', 2]],
  ['about 25 tortila chips w pico', ['54401075', '1 chip', 25], ['74402110', QNS, 1]],
  ['ham sandwhich on wheat w a nectarine', ['27520230', '1 regular', 1], ['63131010', '1 fruit', 1]],
  ['lasagna, one and a half peices', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1.5]],
  ['choc chip pancakes x2 at dennys', ['55100060', '1 medium pancake', 2]],
  ['pinapple chunks, 1 cup, at the pool', ['63141010', '1 cup', 1]],
  ['watermellon, 2 cups at the bbq', ['63149010', '1 cup', 2]],
  ["oreo's x4 w milk before bed", ['53209015', '1 Oreo sandwich', 4], ['11100000', QNS, 1]],
  ['expresso + 2 biscotti', ['92101610', '1 espresso cup (2 fl oz)', 1], ['53203500', '1 cookie', 2]],
  ['jasmin rice 1 cup w thai green curry', ['56205001', '1 cup, cooked', 1], ['27146150', QNS, 1]],
  ['cantelope, a couple wedges', ['63109010', '1 medium wedge/slice', 2]],
  ['gnochi w pesto, 1 cup', ['58122220', '1 cup', 1], ['81302070', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Sixteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, any scoring results or the estimator\'s git history, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writer of the parallel fifteenth set. Generated by core/chat/make-eval-meals-holdout-16.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-12, with the decisions this set needed in the header of make-eval-meals-holdout-16.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-16.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-16.json`);
}
