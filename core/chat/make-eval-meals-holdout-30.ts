/**
 * Writes eval-meals.holdout-30.json: the thirtieth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 22:23 UTC; first committed at about 22:32 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 29, 31 and 32 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used. The builder checks every code and portion
 * against the table. Same format, conventions and builder as make-eval-meals-holdout-2.ts (food
 * code + USDA portion or grams + quantity by hand; grams and carbs from the table, never typed),
 * plus the decisions in the headers of make-eval-meals-holdout-4.ts to -28.ts.
 *
 * Repeats: no message repeats one of eval-meals.json or holdouts 1-28, checked by script in two
 * ways (as holdout 28): lower-cased, punctuation-folded messages compared; and every message whose
 * items (food, portion and quantity) were exactly those of an earlier message was rewritten or
 * dropped, since that is a paraphrase whatever the wording. Of about 250 first drafts, 23 repeated
 * an earlier message word for word (dropped) and about 170 meant exactly an earlier message's
 * items; those were given other amounts, sides or contexts, and the ones still matching after
 * that were held back from the first commit (174 messages). The 45 messages in the last group were
 * rewritten from those held back, under the same rules and the same two checks, and added after the
 * first commit; pairs sharing 75 % or more of their words with an earlier message were read and
 * reworded where they meant the same foods at about the same amount (a few that name the same foods
 * at a clearly different amount were kept). No message has an expected total of 0 g.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "overnight oats (made w almond milk)" is FNDDS's oatmeal made with non-dairy milk, "1 cup,
 *   cooked" (FNDDS has no overnight oats; soaked oats are eaten at the cooked volume).
 * - "N packets" of a flavored instant oatmeal is the food's "1 packet, dry, yields"; a maple one
 *   is the maple-flavored oatmeal, peaches n cream the fruit-flavored one.
 * - "a bagel thin" is the bagel's "1 Bagel Thin"; a whole wheat bagel "half" is 0.5 × its regular.
 * - "mini cinnamon rolls" are the frosted cinnamon bun's "1 miniature roll"; "mini donuts" with no
 *   kind are Doughnut, NFS, "1 miniature".
 * - Sandwich-shop and breakfast sandwiches with no size are the "1 regular" portion; "large" on
 *   them is their "1 large"; a "philly cheesesteak, large" is the cheese steak sub's "1 large".
 * - "3 meatballs (med)" are FNDDS's meat loaf made with beef, "1 medium meatball" each (FNDDS keeps
 *   its plain meatball portions on that food); the sauce is listed on its own.
 * - "chicken fillet sandwich" in a school cafeteria is FNDDS's school-cafeteria chicken fillet
 *   sandwich, and its tots the school tots (holdout 7's school food).
 * - "3 chicken strips from sonic" are the fast-food breaded tenders (a place is named; holdout 28's
 *   strips with no place are the NFS ones); "a bbq sauce cup" is the sauce's "1 dipping-size
 *   container"; "8 boneless wings + ranch" are the boneless wings with hot sauce (holdout 4's
 *   restaurant wing) with ranch "Quantity not specified".
 * - "a mcdonalds cheeseburger" is FNDDS's Cheeseburger (McDonalds); "a kids fry" the fast-food
 *   fries' "1 kids meal order"; "value menu fries" their "1 value/dollar menu order".
 * - "personal pan" pizza is the pizza's "1 personal size pizza (5-7" diameter)"; a slice named with
 *   the pie's size ("large pie") is that size's piece; "texas toast" is garlic bread's "1 piece/slice
 *   Texas Toast".
 * - "taco salad from taco bell" is the taco salad with meat, "1 Taco Bell taco salad"; "3 mini
 *   tacos" are Taco, NFS, "1 miniature".
 * - "3 pc fried chicken + biscuit + coleslaw from kfc": the coated fried chicken's "1 piece" each
 *   (holdout 27's Popeyes pieces), Biscuit, NFS "1 biscuit" and the fast-food coleslaw's "1 fast
 *   food order" (a chain side).
 * - "curtido" beside a pupusa is Coleslaw, "Quantity not specified" (nearest FNDDS food).
 * - "10 medium shrimp w 2 tbsp cocktail sauce" is Shrimp, NFS, "1 small/medium shrimp" each and
 *   cocktail sauce's "1 tablespoon".
 * - "avocado" on toast is FNDDS's avocado for use on a sandwich, "Quantity not specified" (holdout 5).
 * - "candy bar, king size" and "fun size chocolate bars" are Chocolate candy at USDA's size of that
 *   name; "gummy candy, fun size" the gummy candy's "1 miniature/bite size/fun size".
 * - "licorice twists" are licorice "1 piece" each; "hard candies" hard candy "1 piece".
 * - "a third of a can" of coke is 1/3 × the 12 fl oz can; "half a cup" of a juice is 4 × "1 fl oz".
 * - Drinks: "rockstar 24oz" is Rockstar's "1 can (24 fl oz)"; "powerade 20 oz" its 20 fl oz bottle;
 *   "16 oz cans" of beer are beer's "1 can or bottle (16 fl oz)"; "oat milk latte" the latte with
 *   non-dairy milk (holdout 12); "frappe w whip" the frozen coffee drink with whipped cream; "berry
 *   smoothie" Fruit smoothie, NFS; a "homemade" smoothie the fruit smoothie with whole fruit and
 *   dairy; "a small icee" the slush frozen drink, small; "a medium pepsi" / "a small coke" the cola's
 *   fountain "1 medium drink" / "1 small drink"; "a 10 oz bottle of oj" the bottled orange juice's
 *   "1 bottle (10 fl oz)"; "iced coffee w cream" the iced brewed coffee plus liquid coffee creamer
 *   "Quantity not specified" (holdout 6's creamer).
 * - Added after the first commit: "fresh spring rolls w shrimp" are FNDDS's roll with meat and/or
 *   shrimp, vegetables and rice paper, not fried, "1 roll" each; "a waffle cone" under 3 scoops is the
 *   ice cream cone shell's "1 large waffle cone" beside 3 × ice cream "1 scoop"; "sugar cookies" and
 *   "christmas cookies (sugar)" are Cookie, butter or sugar, at the size said (medium with none);
 *   "hot sauce" is hot pepper sauce and "sweet n sour sauce" sweet and sour sauce, each "Quantity not
 *   specified"; "2 tbsp cheese dip" is cheese dip's "1 tablespoon" × 2; "a granola bar" is holdout 2's
 *   granola bar "1 bar"; "2 poached eggs" the boiled or poached egg; "a mac jr" the Big Mac food's
 *   "1 MCDonald's Mac Jr"; "1 piece cornbread" the cornbread prepared from mix (holdout 18); "a bag
 *   of beef jerky" is beef jerky "Quantity not specified" (no bag portion); "celery" beside wings is
 *   raw celery "Quantity not specified"; "2 graham crackers" are 2 × the graham's full-sheet portion
 *   (holdout 2's count), "2 medium smores" the s'mores cookie's medium (holdout 27's smores).
 * - "2 cups cheerios dry" is Cereal, O's, plain, "1 cup" each, eaten without milk.
 * - "ginger ale" for an older adult's upset stomach is the regular (sugared) soft drink.
 * - Typos and abbreviations were written only where the meaning is plain ("lg", "med", "c" = cup,
 *   "ww", "oj", "choc", "bfast", "w", "&", "+", "x2"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-30.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 scrambled eggs & 1 slice rye toast', ['32129990', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  ['quick oats made w water, 1 cup + half a banana sliced', ['56203056', '1 cup, cooked', 1], ['63107010', '1 banana', 0.5]],
  ['bfast: greek yogurt cup and a handful of blueberries', ['11400010', '1 container, NFS', 1], ['63203010', QNS, 1]],
  ['3 eggo waffles, 1 tbsp syrup', ['55200020', '1 waffle', 3], ['91300010', '1 tablespoon', 1]],
  ['bagel thin w cream cheese', ['51180010', '1 Bagel Thin', 1], ['14301010', QNS, 1]],
  ['large bagel, plain, toasted w 1 tbsp pb', ['51180010', '1 large', 1], ['42202000', '1 tablespoon', 1]],
  ['2 maple brown sugar oatmeal packets + coffee w 1 sugar', ['56203130', '1 packet, dry, yields', 2], ['92101000', QNS, 1], ['91101010', '1 teaspoon', 1]],
  ['peaches n cream instant oatmeal 1 packet + 4 oz milk for my son before school', ['56203155', '1 packet, dry, yields', 1], ['11100000', '1 fl oz', 4]],
  ['3 small pancakes + a tbsp of syrup', ['55101000', '1 small pancake', 3], ['91300010', '1 tablespoon', 1]],
  ['one large pancake at the diner w syrup', ['55100050', '1 large pancake', 1], ['91300010', QNS, 1]],
  ['2 slices whole wheat bread with jam', ['51300110', '1 medium or regular slice', 2], ['91400000', QNS, 1]],
  ['english muffin w butter and a clementine', ['51186010', '1 muffin', 1], ['81100500', QNS, 1], ['61100600', '1 fruit', 1]],
  ['egg on an english muffin (no cheese) + 4 oz oj', ['34001300', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 4]],
  ['2 sausage egg muffin sandwiches from the gas station', ['34001310', '1 regular', 2]],
  ['large ham egg croissant sandwich & a banana', ['34001430', '1 large', 1], ['63107010', '1 banana', 1]],
  ['hash brown patty x3 + 2 fried eggs', ['71404000', '1 patty', 3], ['31105005', '1 egg', 2]],
  ['2 strips bacon, 2 fried eggs, 1 piece white toast', ['22600100', '1 medium slice (yield after cooking)', 2], ['31105005', '1 egg', 2], ['51101010', '1 medium or regular slice', 1]],
  ['cup of oatmeal made with milk + tsp sugar', ['56203066', '1 cup, cooked', 1], ['91101010', '1 teaspoon', 1]],
  ['overnight oats 1 cup (made w almond milk)', ['56203076', '1 cup, cooked', 1]],
  ['challah french toast, 2 slices w 2 tsp powdered sugar', ['55301000', '1 slice, any size', 2], ['91101020', '1 teaspoon', 2]],
  ['large frosted cinnamon roll from the bakery, had half', ['51160110', '1 large', 0.5]],
  ['mini cinnamon rolls x3', ['51160110', '1 miniature roll', 3]],
  ['choc frosted donut from dunkin + medium iced coffee black', ['53521130', '1 doughnut', 1], ['92102400', '1 medium', 1]],
  ['4 mini donuts', ['53520000', '1 miniature', 4]],
  ['small raisin bagel w 1 tbsp cream cheese', ['51180030', '1 small', 1], ['14301010', '1 tablespoon', 1]],
  ['whole wheat bagel half w cream cheese', ['51301750', '1 regular', 0.5], ['14301010', QNS, 1]],
  ['bacon egg bagel sandwich (regular) + 12 oz oj', ['34001620', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 12]],
  // lunch
  ['turkey sandwich on white + a pear', ['27540010', '1 regular', 1], ['63137010', '1 fruit', 1]],
  ['ham n cheese sandwich, medium bag of chips', ['27520220', '1 regular', 1], ['71200010', '1 medium single serving bag', 1]],
  ['6" turkey sub on wheat', ['27540030', '1 regular or 6" submarine', 1]],
  ['meatball sub 6 inch & a small bag of lays', ['27510700', '1 regular or 6" submarine', 1], ['71200010', '1 small single serving bag', 1]],
  ['philly cheesesteak, large', ['27514030', '1 large', 1]],
  ['2 grilled cheese sandwiches and a cup of tomato soup (canned)', ['14640100', '1 sandwich', 2], ['74602010', '1 cup', 1]],
  ['can of chicken noodle soup, ate the whole can + 6 saltines', ['58403010', '1 can', 1], ['54325000', '1 cracker', 6]],
  ['1.5 cups chili w a handful of saltines', ['27111400', '1 cup', 1.5], ['54325000', QNS, 1]],
  ['1.5 c white chili w 1 oz tortilla chips crushed on top', ['27141510', '1 cup', 1.5], ['54401075', { grams: OZ }, 1]],
  ['chicken salad sandwich on wheat, an apple', ['27540121', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['chicken salad wrap for lunch + a pear', ['27540122', '1 sandwich, any size', 1], ['63137010', '1 fruit', 1]],
  ['turkey wrap and 10 baby carrots', ['27540070', '1 sandwich, any size', 1], ['73101010', '1 baby carrot', 10]],
  ['ham wrap + grapes (1 cup)', ['27520270', '1 sandwich, any size', 1], ['63123000', '1 cup', 1]],
  ['half a pb and j on wheat & 4oz milk', ['42302020', '1 sandwich', 0.5], ['11100000', '1 fl oz', 4]],
  ['1 uncrustable + an apple juice box', ['42303100', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['hot dog w bun and chips', ['27564000', '1 sandwich', 1], ['71200010', QNS, 1]],
  ['jumbo corn dog + 16 oz lemonade at the fair', ['27560300', '1 bun length/jumbo', 1], ['92510955', '1 fl oz (NFS)', 16]],
  ['mini corn dogs, 6 of them', ['27560300', '1 cocktail/miniature', 6]],
  ['chicken caesar from wendys + 1 packet ranch', ['27446360', "1 Wendy's salad", 1], ['83113500', '1 packet', 1]],
  ['cup of dal and 1 piece naan', ['41305050', '1 cup', 1], ['51108100', '1 piece (1/4 of 10" dia)', 1]],
  ['lentil curry 1 cup w 1/2 cup basmati', ['41311030', '1 cup', 1], ['56205001', '1 cup, cooked', 0.5]],
  ['mac and cheese 1 cup + 1/2 cup applesauce', ['58145110', '1 cup', 1], ['63101110', '1 cup', 0.5]],
  ['half a falafel pita sandwich', ['41901030', '1 sandwich, any size', 0.5]],
  ['5 falafel and 2 tbsp hummus', ['41209000', '1 patty', 5], ['41205070', '1 tablespoon', 2]],
  ['hummus cup + 1 small pita', ['41205070', '1 individual container', 1], ['51109100', '1 small pita', 1]],
  ['large ww pita with tabbouleh', ['51301600', '1 large pita', 1], ['58175110', QNS, 1]],
  ['gyro from the food truck + med fries', ['27516010', '1 sandwich, any size', 1], ['71401030', '1 medium fast food order', 1]],
  ['couscous, about 3/4 cup', ['56207160', '1 cup, cooked', 0.75]],
  ['cafeteria: chicken fillet sandwich + tots', ['27540139', '1 sandwich, any size', 1], ['71505020', QNS, 1]],
  ['school lunch 6 nuggets and chocolate milk carton', ['24198735', '1 nugget', 6], ['11511000', '1 individual school container', 1]],
  ['10 tots', ['71505000', '1 piece', 10]],
  // fast food
  ['whopper jr w cheese only', ['27510171', '1 cheeseburger', 1]],
  ['mcdonalds cheeseburger and a kids fry (happy meal)', ['27510172', '1 cheeseburger', 1], ['71401030', '1 kids meal order', 1]],
  ['large fries + ketchup, no burger lol', ['71401030', '1 large fast food order', 1], ['74401010', QNS, 1]],
  ['value menu fries & 4 nuggets', ['71401030', '1 value/dollar menu order', 1], ['24198731', '1 nugget', 4]],
  ['ate 7 nuggets from the 10 pc', ['24198731', '1 nugget', 7]],
  ['3 chicken strips from sonic & a bbq sauce cup', ['24198741', '1 tender, strip, or finger', 3], ['74406010', '1 dipping-size container', 1]],
  ['8 boneless wings + ranch', ['24168030', '1 boneless wing', 8], ['83113500', QNS, 1]],
  ['half an order of onion rings (fast food)', ['75415022', '1 fast food order', 0.5]],
  ['tots from sonic, one order + a corn dog', ['71505010', '1 fast food order', 1], ['27560300', '1 regular', 1]],
  ['2 slices large cheese pizza', ['58106210', '1 piece, large pizza', 2]],
  ['thin crust pepperoni, 3 slices (large pie)', ['58106550', '1 piece, large pizza', 3]],
  ['personal pan cheese pizza and a medium pepsi', ['58106210', '1 personal size pizza (5-7" diameter)', 1], ['92410310', '1 medium drink', 1]],
  ['thick crust pepperoni slice', ['58106560', '1 piece, NFS', 1]],
  ['3 pieces garlic bread w pizza night, medium slices', ['51121015', '1 medium slice', 3]],
  ['texas toast x2', ['51121015', '1 piece/slice Texas Toast', 2]],
  ['large beef bean & cheese burrito', ['58102330', '1 large', 1]],
  ['taco salad from taco bell, ate about half', ['58101930', '1 Taco Bell taco salad', 0.5]],
  ['3 mini tacos', ['58102000', '1 miniature', 3]],
  ['cheese quesadilla, ate half', ['58104710', '1 half circle', 1]],
  ['nachos w cheese, one order at the game', ['58104120', '1 order', 1]],
  ['chicken burrito bowl from chipotle, ate half, saving the rest', ['58102780', '1 item, any size', 0.5]],
  // dinner
  ['chicken breast grilled w a medium baked potato', ['24123301', QNS, 1], ['71100100', '1 medium', 1]],
  ['meatloaf 1 slice + 1 cup mashed potatoes', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 1]],
  ['3 meatballs (med) + 1 cup spaghetti sauce', ['27214100', '1 medium meatball', 3], ['74404010', '1 cup', 1]],
  ['chicken pot pie, a slice of the big one', ['27347100', '1 slice, any size', 1]],
  ['sweet and sour pork w 1 cup rice', ['27120060', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['general tsos 1.5 cups + fried rice 1/2 cup', ['27445150', '1 cup', 1.5], ['58150310', '1 cup', 0.5]],
  ['orange chicken takeout + white rice', ['27146350', QNS, 1], ['56205001', QNS, 1]],
  ['beef lo mein 1 cup + 2 fried wontons', ['58136150', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  ['shrimp lo mein and 1 egg roll', ['58136130', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['chicken teriyaki plate w brown rice', ['27145000', QNS, 1], ['56205011', QNS, 1]],
  ['pad thai w shrimp', ['58137240', QNS, 1]],
  ['chicken curry 1 cup over 1 cup rice + half a naan', ['27146150', '1 cup', 1], ['56205001', '1 cup, cooked', 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['2 samosas small', ['58124500', '1 small/individual', 2]],
  ['seafood paella at the restaurant', ['27350020', QNS, 1]],
  ['potato gnocchi 1.5 cup w sauce', ['58122220', '1 cup', 1.5], ['74404010', QNS, 1]],
  ['bean pupusa + curtido', ['58105105', '1 item, any size', 1], ['75141000', QNS, 1]],
  ['2 chicken empanadas, the big ones', ['58116125', '1 regular/large', 2]],
  ['4 little beef empanadas at the party', ['58116117', '1 small/individual', 4]],
  ['beef tamales x2', ['58103120', '1 item, any size', 2]],
  ['fried plantains 4 slices + 1/2 c black beans', ['71900200', '1 slice', 4], ['41101990', '1 cup', 0.5]],
  ['1 bao bun', ['58123110', '1 item, any size', 1]],
  ['ramen from the ramen place, 2 cups', ['58407034', '1 cup', 2]],
  ['3 pc fried chicken + biscuit + coleslaw from kfc', ['24107070', '1 piece', 3], ['52101000', '1 biscuit', 1], ['75140990', '1 fast food order', 1]],
  ['2 fried drumsticks medium', ['24147300', '1 medium drumstick', 2]],
  ['1 cup baked beans, 1 cup potato salad, a hot dog bun', ['41201010', '1 cup', 1], ['71601010', '1 cup', 1], ['51154010', '1 hot dog bun', 1]],
  ['10 medium shrimp w 2 tbsp cocktail sauce', ['26319110', '1 small/medium shrimp', 10], ['74406500', '1 tablespoon', 2]],
  ['polish sausage on a bun', ['25221310', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1]],
  ['spaghetti 2 cups w 1/2 cup marinara', ['56130000', '1 cup, cooked', 2], ['74404010', '1 cup', 0.5]],
  ['200g cooked pasta', ['56130000', { grams: 200 }, 1]],
  ['150 g white rice', ['56205001', { grams: 150 }, 1]],
  ['5 oz baked potato', ['71100100', { grams: 5 * OZ }, 1]],
  ['roll w dinner, a big one', ['51150000', '1 large roll', 1]],
  ['corn on the cob, 2 mini ears', ['75216111', '1 mini ear', 2]],
  ['1/2 cup corn + 1/2 cup peas', ['75216120', '1 cup', 0.5], ['75224030', '1 cup', 0.5]],
  ['stuffing 1 cup and cranberry sauce 2 slices (the canned kind)', ['51182010', '1 cup, NFS', 1], ['63207110', '1 slice', 2]],
  ['3 slices of challah at shabbat dinner', ['51119010', '1 medium or regular slice', 3]],
  // snacks
  ['small apple + 2 string cheese', ['63101000', '1 small', 1], ['14107030', '1 stick', 2]],
  ['half cup raisins on the hike', ['62125100', '1 cup', 0.5]],
  ['12 strawberries', ['63223020', '1 fruit', 12]],
  ['orange + a handful of almonds', ['61119010', '1 fruit', 1], ['42100100', QNS, 1]],
  ['goldfish crackers, 2 small bags', ['54304020', '1 small or medium single serving bag', 2]],
  ['cheez its, 2 of the 100 cal packs', ['54304005', '1 100 calorie package', 2]],
  ['animal crackers individual box + 4 oz chocolate milk', ['53240000', '1 individual box (2 oz)', 1], ['11511000', '1 fl oz', 4]],
  ['teddy grahams snack bag + a clementine', ['54102015', '1 small or medium single serving bag', 1], ['61100600', '1 fruit', 1]],
  ['large soft pretzel + 2 tbsp cheese dip', ['54408400', '1 large', 1], ['14620200', '1 tablespoon', 2]],
  ['cinnamon sugar pretzel small', ['54408420', '1 small', 1]],
  ['medium bag of pretzels', ['54408000', '1 medium single serving bag', 1]],
  ['microwave popcorn, half the bag', ['54403001', '1 regular microwave bag', 0.5]],
  ['doritos cool ranch small bag', ['54401111', '1 small single serving bag', 1]],
  ['tortilla chips 1 oz + salsa', ['54401075', { grams: OZ }, 1], ['74402100', QNS, 1]],
  ['potato chips, large bag, ate half', ['71200010', '1 large single serving bag', 0.5]],
  ['fruit cocktail cup in syrup', ['63311140', '1 snack size container', 1]],
  ['2 unsweetened applesauce pouches', ['63101120', '1 pouch', 2]],
  ['2 nutrigrain bars', ['53710500', '1 Nutri-Grain Bar', 2]],
  ['fiber one chewy bar and a cheese stick', ['53710400', '1 bar', 1], ['14107030', '1 stick', 1]],
  ['balance bar + 12 oz black coffee', ['53720100', '1 bar', 1], ['92101000', '1 fl oz', 12]],
  ['mini clif bar x2', ['53720200', '1 miniature bar', 2]],
  ['chocolate chip cookies, 3 large', ['53206000', '1 large cookie', 3]],
  ['5 chips ahoy', ['53206000', '1 Nabisco Chips Ahoy!', 5]],
  ['bakery choc chip cookie extra large, shared half w my daughter', ['53206020', '1 extra large', 0.5]],
  // desserts
  ['half slice of carrot cake', ['53104260', '1 piece/slice, any size', 0.5]],
  ['plain cheesecake slice w 1/2 cup strawberries', ['53104500', '1 piece/slice, any size', 1], ['63223020', '1 cup', 0.5]],
  ['small slice pecan pie + scoop vanilla ice cream', ['53385000', '1 mini/small slice', 1], ['13110000', '1 scoop', 1]],
  ['large froyo cup no toppings', ['11459990', '1 large ice cream cup', 1]],
  ['banana split, split 3 ways so 1/3', ['13121120', '1 banana split', 1 / 3]],
  // lows
  ['went low on the walk, ate 6 starbursts', ['91750000', '1 piece', 6]],
  ['4 licorice twists for a low', ['91721000', '1 piece', 4]],
  ['grape juice 4oz, bg was 55', ['64116020', '1 fl oz (NFS)', 4]],
  ['third of a can of regular coke for low at work', ['92410310', '1 can (12 fl oz)', 1 / 3]],
  // drinks
  ['20oz coke from the vending machine + small bag of chips', ['92410310', '1 bottle (20 fl oz)', 1], ['71200010', '1 small single serving bag', 1]],
  ['2 500ml bottles of coke over the afternoon', ['92410310', '1 bottle (16.9 fl oz or 500 ml)', 2]],
  ['root beer can + 2 slices cheese pizza', ['92410710', '1 can (12 fl oz)', 1], ['58106210', '1 piece, NFS', 2]],
  ['sweet tea, large + small fries', ['92308000', '1 large drink', 1], ['71401030', '1 small fast food order', 1]],
  ['red bull 12 oz can + a granola bar', ['95310600', '1 can (12 fl oz)', 1], ['53712100', '1 bar', 1]],
  ['rockstar 24oz', ['95310700', '1 can (24 fl oz)', 1]],
  ['2 gatorade 12oz bottles during the game', ['95320200', '1 bottle (12 fl oz)', 2]],
  ['large latte + a blueberry muffin', ['92101900', '1 large', 1], ['52302010', '1 medium', 1]],
  ['medium frappe w whip', ['92101925', '1 medium', 1]],
  ['glass of chocolate milk + 2 oreos', ['11511000', '1 fl oz', 8], ['53209015', '1 Oreo sandwich', 2]],
  ['2% milk 1 cup before bed', ['11112110', '1 cup', 1]],
  ['skim milk 12 oz', ['11113000', '1 fl oz', 12]],
  ['3 beers (16 oz cans)', ['93101000', '1 can or bottle (16 fl oz)', 3]],
  ['1 glass red wine w dinner + a dinner roll', ['93401010', '1 glass', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['1 cup fruit smoothie homemade', ['11553110', '1 cup', 1]],
  // misc / trips / holidays
  ['airport: turkey sandwich wrap + medium bag of pretzels', ['27540070', '1 sandwich, any size', 1], ['54408000', '1 medium single serving bag', 1]],
  ['road trip gas station hot dog & a 20 oz mountain dew', ['27564000', '1 sandwich', 1], ['92410550', '1 bottle (20 fl oz)', 1]],
  ['halloween: 3 fun size chocolate bars', ['91705010', '1 fun/snack size', 3]],
  ['candy bar, king size', ['91705010', '1 large/king size', 1]],
  ['easter: gummy candy, fun size x3', ['91745010', '1 miniature/bite size/fun size', 3]],
  ['xmas dinner: 1 cup mashed, 1 cup stuffing, 1 dinner roll', ['71501000', '1 cup', 1], ['51182010', '1 cup, NFS', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['thanksgiving pumpkin pie small slice + whipped cream', ['53347000', '1 mini/small slice', 1], ['12140000', QNS, 1]],
  ['night shift snack: 2 cups cheerios dry', ['57123000', '1 cup', 2]],
  ['shift break: 1 cup cottage cheese and 1/2 cup pineapple', ['14200100', '1 cup', 1], ['63141010', '1 cup', 0.5]],
  ['grandpa ate 1/2 cup mashed potatoes and a small piece of meatloaf', ['71501000', '1 cup', 0.5], ['27214100', '1 small or thin slice', 1]],
  ['mom (81) had 4 saltines and half a cup of ginger ale', ['54325000', '1 cracker', 4], ['92410610', '1 fl oz (NFS)', 4]],
  // added after the first commit (same rules, same repeat checks)
  ['10 oz bottle of oj + a plain bagel, small', ['61210220', '1 bottle (10 fl oz)', 1], ['51180010', '1 small', 1]],
  ['toasted multigrain 1 slice w avocado + 2 poached eggs', ['51601010', '1 medium or regular slice', 1], ['89902000', QNS, 1], ['31103010', '1 egg', 2]],
  ['2 glazed donuts + a medium iced coffee w cream at 6am', ['53521110', '1 doughnut', 2], ['92102400', '1 medium', 1], ['12210200', QNS, 1]],
  ['leftover lasagna 1.5 cups + garlic bread 1 small slice', ['58130011', '1 cup', 1.5], ['51121015', '1 small slice', 1]],
  ['1 cup cooked quinoa, 1 cup black beans, salsa', ['56204000', '1 cup, cooked', 1], ['41101990', '1 cup', 1], ['74402100', QNS, 1]],
  ['big mac, small fries and a small coke', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 small fast food order', 1], ['92410310', '1 small drink', 1]],
  ['mac jr + value fries', ['27510389', "1 MCDonald's Mac Jr", 1], ['71401030', '1 value/dollar menu order', 1]],
  ['chick fil a sandwich, small fries, small lemonade', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1], ['92510955', '1 fl oz (NFS)', 12]],
  ['12 boneless wings hot sauce + celery & ranch', ['24168030', '1 boneless wing', 12], ['75109000', QNS, 1], ['83113500', QNS, 1]],
  ['med strawberry shake & a small fry', ['11542200', '1 medium', 1], ['71401030', '1 small fast food order', 1]],
  ['large chicken burrito w rice and beans + chips & guac', ['58102540', '1 large', 1], ['54401075', QNS, 1], ['63409010', QNS, 1]],
  ['1 1/2 cups jambalaya + 1 piece cornbread', ['27363100', '1 cup', 1.5], ['52201000', '1 piece', 1]],
  ['chicken and dumplings 1.5 cups & green beans', ['27246100', '1 cup', 1.5], ['75205030', QNS, 1]],
  ['veg egg rolls x3 + sweet n sour sauce', ['58110110', '1 egg roll', 3], ['91361010', QNS, 1]],
  ['10 steamed dumplings + 1/2 cup white rice', ['58112510', '1 item, any size', 10], ['56205001', '1 cup, cooked', 0.5]],
  ['5 fried potstickers + a cup of hot and sour soup', ['58111110', '1 item, any size', 5], ['28340750', '1 cup', 1]],
  ['2 cheese pupusas & 1 bean pupusa', ['58105100', '1 item, any size', 2], ['58105105', '1 item, any size', 1]],
  ['pho w beef 3 cups + 2 fresh spring rolls w shrimp', ['28310330', '1 cup', 3], ['58110200', '1 roll (4-1/4" x 1-1/2" dia)', 2]],
  ['instant ramen whole cup + 1 boiled egg + hot sauce', ['58407030', '1 individual container', 1], ['31103010', '1 egg', 1], ['75511010', QNS, 1]],
  ['5 medium latkes w sour cream and applesauce', ['71701000', '1 medium pancake', 5], ['12310100', QNS, 1], ['63101110', QNS, 1]],
  ['medium apple sliced w 1 tbsp almond butter + 1 tbsp honey drizzled', ['63101000', '1 medium', 1], ['42200500', '1 tablespoon', 1], ['91302010', '1 tablespoon', 1]],
  ['3 kiwis and a handful of cashews', ['63126500', '1 fruit', 3], ['42104000', QNS, 1]],
  ['2 peaches + a cup of cottage cheese', ['63135010', '1 fruit', 2], ['14200100', '1 cup', 1]],
  ['3 cups watermelon + 1 cup grapes at the pool', ['63149010', '1 cup', 3], ['63123000', '1 cup', 1]],
  ['large wedge of watermelon at the 4th of july bbq + a hot dog', ['63149010', '1 large wedge/slice', 1], ['27564000', '1 sandwich', 1]],
  ['1.5 cups cherries and a string cheese', ['63115010', '1 cup', 1.5], ['14107030', '1 stick', 1]],
  ['half a mango + 1/2 cup greek yogurt plain', ['63129010', '1 mango', 0.5], ['11411390', '1 cup', 0.5]],
  ['kids popcorn + small icee at the movies', ['54403005', '1 kids size order', 1], ['92513000', '1 small', 1]],
  ['2 small brownies & 1 cup of milk', ['53204000', '1 small or bite size', 2], ['11100000', '1 cup', 1]],
  ['chocolate cheesecake slice + cappuccino', ['53104600', '1 piece/slice, any size', 1], ['92161000', '1 medium', 1]],
  ['sweet potato pie, small slice + 1/2 cup mac and cheese', ['53360000', '1 mini/small slice', 1], ['58145110', '1 cup', 0.5]],
  ['class party: 1 bakery chocolate cupcake + a grape juice box', ['53105270', '1 regular cupcake', 1], ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['3 scoops ice cream in a waffle cone', ['13110000', '1 scoop', 3], ['53222020', '1 large waffle cone', 1]],
  ['banana pudding half cup & 2 vanilla wafers', ['13241000', '1 cup', 0.5], ['53247000', '1 medium', 2]],
  ['2 medium smores + 8 oz hot chocolate at the campfire', ['53210900', "1 medium S'mores cookie", 2], ['11512005', '1 fl oz', 8]],
  ['low 58, had 5 oz apple juice then 2 graham crackers', ['64104010', '1 fl oz (NFS)', 5], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['bg 62 — apple juice box + 4 saltines', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['treated low w 7 hard candies, then half a pb sandwich', ['91745025', '1 piece', 7], ['42302010', '1 sandwich', 0.5]],
  ['2 monsters 16oz on a double shift + a bag of beef jerky', ['95310400', '1 can or bottle (16 fl oz)', 2], ['21602100', QNS, 1]],
  ['powerade 20 oz + orange slices at halftime (1 orange)', ['95320500', '1 bottle (20 fl oz)', 1], ['61119010', '1 fruit', 1]],
  ['oat milk latte medium + a plain croissant', ['92101903', '1 medium', 1], ['51166000', '1 medium croissant', 1]],
  ['hot cocoa 10 oz & 2 sugar cookies', ['11512005', '1 fl oz', 10], ['53241500', '1 medium', 2]],
  ['half cup of eggnog + 3 christmas cookies (sugar, small)', ['11531000', '1 cup', 0.5], ['53241500', '1 small', 3]],
  ['cranberry juice cocktail, 6 oz + 1 slice rye toast', ['92530510', '1 fl oz (NFS)', 6], ['51401020', '1 medium or regular slice', 1]],
  ['medium berry smoothie from the gym cafe + a clif bar', ['11553100', '1 medium', 1], ['53720200', '1 bar', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirtieth held-out set of meal messages (issue #19): written by hand, independently, with the foods and portions a person writing each message means, and committed BEFORE the estimator was run on any of them; not seen by the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-30.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts\'s header and the decisions in the headers of holdouts 4-30.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-30.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-30.json`);
}
