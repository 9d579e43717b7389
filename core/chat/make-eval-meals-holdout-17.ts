/**
 * Writes eval-meals.holdout-17.json: the seventeenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 20:07 UTC, first committed before 20:40 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writer of the parallel eighteenth set (whose set was not looked at either). Each food
 * was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a
 * dietitian would pick them for the message; where an earlier held-out set already chose a food for
 * the same dish, the same food was used, so that the same dish means the same food across sets. The
 * builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-14 (checked by comparing lower-cased, punctuation-folded messages,
 * and every pair with a word overlap of 0.5 or more read and, where it meant the same food and
 * amount, rewritten: over 100 drafts were rewritten that way, some two or three times). Same
 * format, conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams
 * + quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts to -14.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on ordinary
 * days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks,
 * desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a small bowl" of cream of wheat and "a big bowl" of ramen or tomato soup stay 1 cup (holdout
 *   10's big bowl; a bowl is 1 cup whatever its size word).
 * - Shares and partial eating: "ate 3 of the 4 slices" of a personal pizza is 0.75 × its "1 personal
 *   size pizza"; "4 crunchy tacos ... split w my son (i had 2)" is 2 tacos; "split a medium blizzard
 *   w my husband", "auntie annes pretzel split w my daughter", "a cinnabon, split w my husband" and
 *   "funnel cake ... shared w my wife" are half of the named portion; "half a breakfast burrito" and
 *   "pb sandwich ... cut in half, ate one half" are 0.5 × the whole item (holdouts 5, 9, 12).
 * - "ate 2 triangles of a cheese quesadilla" is 2 × the cheese-only quesadilla's "1 triangular piece"
 *   (holdout 14's chicken quesadilla triangles).
 * - "half a monster (16 oz can)" is 0.5 × Monster's 16 fl oz can; "10 oz of gatorade" is 10 × its
 *   "1 fl oz"; "5 oz of regular coke" is 5 × cola's "1 fl oz (NFS)"; "150ml skim" is 150 / 29.5735 ×
 *   skim milk's "1 fl oz" (holdouts 5, 7, 11).
 * - Fountain drinks named by size are USDA's size portions: "medium mtn dew from the gas station",
 *   "large fanta from the drive thru" (Fanta = fruit-flavored caffeine-free soft drink, holdout 11),
 *   "small dr pepper at whataburger" (pepper-type soft drink),
 *   "medium coke (regular)" in a Big Mac meal; "a diet pepsi" is diet cola's 12 fl oz can and "a can
 *   of coke" cola's (holdout 9's can rule).
 * - "sweetened coconut water, 1 can" is the sweetened coconut water's "1 can" (the unsweetened one has
 *   no can portion); "hot chocolate at the ice rink, 10 oz" is 10 × hot cocoa NFS's "1 fl oz".
 * - "a 14 oz bottle of 1% chocolate milk" is 14 × the low-fat chocolate milk's "1 fl oz" (holdout 12's
 *   stated amount beats the container); "eggnog, half a glass" is 4 × eggnog's "1 fl oz" (holdout 4).
 * - Counted small items use the per-item portion (holdout 8): "25 grapes" = "1 grape", "10 watermelon
 *   cubes" = "1 cube", "about 12 tortilla chips" = "1 chip", "10 almonds" = "1 nut", "brownie bites
 *   x4" = the brownie's "1 small or bite size", "4 fig newtons" = "1 Newton bar", "4 chips ahoy" =
 *   "1 Nabisco Chips Ahoy!", "3 slices fried plantain" = "1 slice", "5 ritz" = "1 cracker".
 * - "a package of trail mix" is the trail mix's "1 package"; "2 mini boxes of raisins" is 2 × the
 *   "1 miniature box (.5 oz)"; "a pringles snack can" is the restructured chips' "1 snack size
 *   tub/can"; "small bag of pretzels" is the 1 oz "small single serving bag" (holdout 4).
 * - "a few sweet potato fries" is 3 × "1 fry, any cut" (a few = 3, holdout 4; counted fries, holdout 14).
 * - "2 big latkes" is 2 × the potato pancake's "1 large pancake"; "a slice of pecan pie, small sliver"
 *   is its "1 mini/small slice"; "big slice of chocolate birthday cake" is the bakery chocolate cake
 *   with chocolate icing, "1 large piece/slice, 2+ layer cake"; "a slice of wedding cake" the white
 *   cake with white icing, "1 regular or small piece/slice, 2+ layer cake" (holdouts 4, 5, 13).
 * - "big choc chip muffin, ate half" is 0.5 × the chocolate chip muffin's "1 large" (holdout 5's big).
 * - A cupcake or coffee cake with no flavour is FNDDS's NFS / plain crumb food: "a cupcake" = Cake or
 *   cupcake, NFS "1 cupcake, any size"; "a slice of coffee cake" = crumb coffee cake "1 slice".
 * - "a glass of white wine" is "1 glass"; "3 beers" is 3 × the 12 fl oz can or bottle (holdout 11).
 * - Lows: "a juice box" beside gummy bears (and at a party) is 100 % apple juice's juice box
 *   (holdouts 6-7); "3 tsp sugar in water" is 3 × sugar's "1 teaspoon"; "4 starburst" is 4 × taffy
 *   "1 piece" (holdout 12); "2 fun size m&m packs" is 2 × the candy-shell chocolate's "1 fun/snack
 *   size"; "bg 66 so 2 graham crackers and 4 oz milk" is 2 × the graham's large rectangular piece
 *   (holdout 13) + 4 × milk NFS "1 fl oz".
 * - "grits w cheese" is FNDDS's grits with cheese (one food), a bowl of it 1 cup; "pork tamales" the
 *   pork tamale.
 * - Sauces and sides with no amount are "Quantity not specified": ketchup on meatloaf, salsa verde
 *   (= Salsa, NFS), queso (= cheese dip, holdout 11), cool whip (= whipped topping, holdout 13),
 *   tajin (left out: a ~0 g seasoning FNDDS has no food for, holdout 13's rule for condiments).
 * - Nearest FNDDS food where FNDDS lacks the dish or the message names no variant:
 *   "orange chicken" = FNDDS's orange chicken; "pesto pasta" = cooked pasta + pesto sauce; "chicken &
 *   veggie stir fry" = chicken and vegetables (with carrots/broccoli) in soy-based sauce; "bento"
 *   teriyaki chicken = chicken with teriyaki; "poke bowl w salmon over rice" = white rice + raw salmon,
 *   each "Quantity not specified"; "veal parm" = veal parmigiana "1 patty with sauce and cheese";
 *   "beef barley soup" = barley soup (holdout 7); "pho ga" = pho with meat; "dal" = lentil curry and
 *   "sambar" = FNDDS's sambar (holdout 6); "sizzling fajitas ... w chicken" = chicken fajita, one
 *   filled tortilla each (holdout 7); "polish sausage on a bun" = Polish sausage "1 bun-size or
 *   griller link" + white hot dog bun (holdout 14's brats); "yorkshire puddings" = popovers (holdout
 *   8); "sunday roast" beef = pot roast; "chicken n dumplins from cracker barrel" = chicken with
 *   dumplings + restaurant green beans; KFC "side of mac" = restaurant macaroni and cheese; "ham roll
 *   ups" = deli ham; "tuna salad on 6 saltines" = tuna salad with mayonnaise + saltines; "a croissant w/
 *   ham & cheese" = croissant + deli ham + cheese NFS; "bacon egg n cheese on white" = egg sandwich on
 *   white with meat and cheese; "grilled chicken caesar wrap" = grilled chicken fillet wrap (holdout
 *   2's grilled chicken wrap); "veggie egg roll" = meatless egg roll; "shaved ice" = snow cone;
 *   "jerk chicken w rice & peas" = grilled chicken + kidney beans and white rice (holdout 6); a
 *   "gyro" = the gyro sandwich; "school ... tater tots" = school potato tots (holdout 7); "waffle
 *   fries" = fast-food fries (holdout 6's curly fries); "apple cinnamon muffin" = fruit muffin;
 *   "greek coffee" = coffee NS as to type; "a kind bar" = FNDDS's KIND bar.
 * - Typos and abbreviations were written only where the meaning is plain ("dumplins", "yog", "ww",
 *   "tmrw", "choc", "ct"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-17.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['3 scrambled eggs w 2 slices ww toast', ['32129990', '1 egg', 3], ['51300120', '1 medium or regular slice', 2]],
  ['cheerios 1 cup w 4 oz whole milk', ['57123000', '1 cup', 1], ['11111000', '1 fl oz', 4]],
  ['plain bagel, toasted, w 2 tbsp cream cheese', ['51180010', '1 regular', 1], ['14301010', '1 tablespoon', 2]],
  ['oatmeal made w milk 1 cup + half a banana', ['56203066', '1 cup, cooked', 1], ['63107010', '1 banana', 0.5]],
  ['kids breakfast: 4 mini pancakes and a few strawberries', ['55101000', '1 miniature/bite size pancake', 4], ['63223020', '1 fruit', 3]],
  ['30g corn flakes + 150ml skim', ['57134000', { grams: 30 }, 1], ['11113000', '1 fl oz', 150 / 29.5735]],
  ['2 slices white toast w butter & grape jelly', ['51101010', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['egg mcmuffin + hashbrown on the way to work', ['34001330', '1 regular', 1], ['71404000', '1 patty', 1]],
  ['had a croissant w/ ham & cheese at the cafe', ['51166000', '1 medium croissant', 1], ['25230210', QNS, 1], ['14010000', QNS, 1]],
  ['greek yogurt 200g + a tbsp of honey', ['11400010', { grams: 200 }, 1], ['91302010', '1 tablespoon', 1]],
  ['a kiwi and a cup of plain cheerios', ['63126500', '1 fruit', 1], ['57123000', '1 cup', 1]],
  ['2 frozen waffles + 2 tbsp syrup', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 2]],
  ['half a breakfast burrito, saving the rest for tmrw', ['34003100', '1 item, any size', 0.5]],
  ['5 silver dollar pancakes for my daughter, no syrup', ['55101000', '1 silver dollar pancake', 5]],
  ['2 slices cinnamon raisin toast w a smear of cream cheese', ['51129020', '1 medium or regular slice', 2], ['14301010', QNS, 1]],
  ['after nights at 7am: toasted english muffin, 1 tbsp pb, sliced banana', ['51186010', '1 muffin', 1], ['42202000', '1 tablespoon', 1], ['63107010', '1 banana', 1]],
  ['2 glazed donuts from the break room + black coffee', ['53521110', '1 doughnut', 2], ['92101000', QNS, 1]],
  ['bowl of grits w cheese and 2 sausage links', ['56201090', '1 cup, cooked', 1], ['25221400', '1 breakfast size link', 2]],
  ['quick oats 1/2 cup cooked w cinnamon', ['56203056', '1 cup, cooked', 0.5]],
  ['big choc chip muffin, ate half', ['52302500', '1 large', 0.5]],
  ['2 boiled eggs, 1 slice rye bread', ['31103010', '1 egg', 2], ['51401010', '1 medium or regular slice', 1]],
  ['a pear, sliced, and 10 almonds for afternoon snack', ['63137010', '1 fruit', 1], ['42100100', '1 nut', 10]],
  ['bagel w lox and cream cheese for sunday brunch', ['51180010', '1 regular', 1], ['26137190', QNS, 1], ['14301010', QNS, 1]],
  ['apple cinnamon muffin, medium', ['52302010', '1 medium', 1]],
  ['ihop: 2 pancakes and a side of hash browns', ['55100050', '1 medium pancake', 2], ['71404000', QNS, 1]],
  ['grandpa had a small bowl of cream of wheat', ['56206990', '1 cup, cooked', 1]],
  ['bacon egg n cheese on white from the deli', ['34001130', '1 regular', 1]],
  ['1 slice french toast w powdered sugar', ['55301000', '1 slice, any size', 1], ['91101020', QNS, 1]],
  ['cafe latte medium + a banana', ['92101900', '1 medium', 1], ['63107010', '1 banana', 1]],
  ['granola 1/3 cup on 150g plain greek yog', ['57227000', '1 cup', 1 / 3], ['11411390', { grams: 150 }, 1]],
  // lunch
  ['packed lunch: turkey & swiss on wheat, baby carrots, a clementine', ['27540040', '1 regular', 1], ['73101010', QNS, 1], ['61100600', '1 fruit', 1]],
  ['pb sandwich on white cut in half, ate one half + a small apple', ['42301015', '1 sandwich', 0.5], ['63101000', '1 small', 1]],
  ['school lunch today: chicken nuggets (5), tater tots, carton of milk', ['24198735', '1 nugget', 5], ['71505020', QNS, 1], ['11100000', '1 individual school container', 1]],
  ['grilled chicken caesar wrap from the cafeteria + a diet pepsi', ['27540300', '1 sandwich, any size', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['rainy day: grilled cheese on white + a big bowl of tomato soup', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 1]],
  ['2 slices pepperoni pizza from dominos', ['58106540', '1 piece, NFS', 2]],
  ['6" turkey sub + small bag of lays', ['27540050', '1 regular or 6" submarine', 1], ['71200010', '1 small single serving bag', 1]],
  ['bowl of chicken noodle soup w 6 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 6]],
  ['lasagna at my moms, 1.5 cups', ['58130011', '1 cup', 1.5]],
  ['ham and cheese sandwich on white and a pickle', ['27520220', '1 regular', 1], ['75503010', QNS, 1]],
  ['4 crunchy tacos at taco bell, split w my son (i had 2)', ['58102010', '1 small/regular', 2]],
  ['chipotle style burrito w chicken, rice n beans', ['58102540', '1 small/regular', 1]],
  ['1 cup mac n cheese & 4 oz grilled chicken', ['58145110', '1 cup', 1], ['24123301', { grams: 4 * OZ }, 1]],
  ['chicken salad sandwich on wheat + a small apple', ['27540121', '1 regular', 1], ['63101000', '1 small', 1]],
  ['ate 2 triangles of a cheese quesadilla', ['58104710', '1 triangular piece', 2]],
  ['a hot dog & a bag of chips', ['27564000', '1 sandwich', 1], ['71200010', '1 small single serving bag', 1]],
  ['tuna salad on 6 saltines', ['27450060', QNS, 1], ['54325000', '1 cracker', 6]],
  ['lentil soup 1.5 cups w a slice of rye', ['41603010', '1 cup', 1.5], ['51401010', '1 medium or regular slice', 1]],
  ['a cup of chili w shredded cheese and some fritos', ['27111400', '1 cup', 1], ['14104100', QNS, 1], ['54401031', QNS, 1]],
  ['ham roll ups and 6 ritz crackers', ['25230210', QNS, 1], ['54301030', '1 cracker', 6]],
  ['hummus 3 tbsp w a whole pita', ['41205070', '1 tablespoon', 3], ['51109100', '1 medium pita', 1]],
  ['big mac meal, small fry, medium coke (regular)', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 small fast food order', 1], ['92410310', '1 medium drink', 1]],
  ['2 mcchickens, no fries', ['27540146', '1 regular sandwich', 2]],
  ['12 ct chick fil a nuggets and a large waffle fry', ['24198731', '1 nugget', 12], ['71401030', '1 large fast food order', 1]],
  ['whopper no cheese', ['27510615', '1 hamburger', 1]],
  ['5 pc chicken tenders w bbq sauce', ['24198741', '1 tender, strip, or finger', 5], ['74406010', QNS, 1]],
  ['side salad w ranch + 2 breadsticks', ['75143000', '1 side salad', 1], ['83113500', QNS, 1], ['51183990', '1 medium stick', 2]],
  ['2 cups beef barley soup for dinner', ['58401010', '1 cup', 2]],
  ['half a turkey club and cup of minestrone', ['27540123', '1 sandwich, any size', 0.5], ['75651000', '1 cup', 1]],
  ['personal pan cheese pizza, ate 3 of the 4 slices', ['58106210', '1 personal size pizza (5-7" diameter)', 0.75]],
  ['gyro from the food cart and a can of coke', ['27516010', '1 sandwich, any size', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['chicken empanada from the bakery', ['58116125', '1 regular/large', 1]],
  ['bento box at work: teriyaki chicken, 1/2 cup rice, 2 pieces california roll', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['58151180', '1 piece', 2]],
  ['a poke bowl w salmon over rice', ['56205001', QNS, 1], ['26137100', QNS, 1]],
  ['pork fried rice, 1.5 cups', ['58150330', '1 cup', 1.5]],
  ['large bean n cheese burrito + a side of chips and guac', ['58102610', '1 large', 1], ['54401075', QNS, 1], ['63409010', QNS, 1]],
  ['work potluck: 1 cup potato salad, a deviled egg, 2 meatballs', ['71601010', '1 cup', 1], ['32102000', '1 egg', 1], ['27160100', '1 meatball with sauce', 2]],
  // dinner
  ['1.5 cups spaghetti bolognese + 2 slices garlic bread', ['58146322', '1 cup', 1.5], ['51121015', '1 medium slice', 2]],
  ['baked chicken breast, 2/3 cup brown rice, green beans', ['24122131', '1 medium breast', 1], ['56205011', '1 cup, cooked', 2 / 3], ['75205021', QNS, 1]],
  ['pork chop, medium baked potato, green beans', ['22101000', '1 regular', 1], ['71100100', '1 medium', 1], ['75205021', QNS, 1]],
  ['salmon fillet w 1/2 cup quinoa', ['26137120', '1 small/regular fillet', 1], ['56204000', '1 cup, cooked', 0.5]],
  ['chicken & veggie stir fry, 1 cup, over 3/4 cup jasmine rice', ['27445110', '1 cup', 1], ['56205001', '1 cup, cooked', 0.75]],
  ['sizzling fajitas at chilis, i ate 4 w chicken', ['58105000', '1 fajita', 4]],
  ['2 cups beef stew w a dinner roll', ['27311410', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['roast chicken leg + 1 cup mashed potatoes w gravy', ['24132230', '1 leg, NS as to size', 1], ['71501000', '1 cup', 1], ['28500040', QNS, 1]],
  ['tuesday tacos: 2 hard shell beef tacos + 1/2 cup refried beans', ['58102010', '1 small/regular', 2], ['41205010', '1 cup', 0.5]],
  ['1.5 cups chicken curry w 1 cup basmati', ['27146150', '1 cup', 1.5], ['56205001', '1 cup, cooked', 1]],
  ['1 cup shrimp fried rice + 2 crab rangoon', ['58150510', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  ['1 cup orange chicken + 1 cup rice', ['27146350', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['lo mein w chicken 1.5 cups', ['58136160', '1 cup', 1.5]],
  ['2 cups egg drop soup and a veggie egg roll', ['32300100', '1 cup', 2], ['58110110', '1 egg roll', 1]],
  ['california roll, 8 pieces', ['58151180', '1 piece', 8]],
  ['chicken biryani about 3/4 cup w a samosa', ['27243100', '1 cup', 0.75], ['58124500', '1 regular/large', 1]],
  ['1 cup dal w half a naan', ['41311030', '1 cup', 1], ['51108100', '1 Naan (10" dia)', 0.5]],
  ['a plain dosa w sambar', ['55702100', '1 medium', 1], ['41311020', QNS, 1]],
  ['ramen from the shop, a big bowl', ['58407034', '1 cup', 1]],
  ['pho ga, 3 cups', ['28310330', '1 cup', 3]],
  ['2 slices meatloaf w ketchup + 1 cup corn', ['27214100', '1 medium slice', 2], ['74401010', QNS, 1], ['75216120', '1 cup', 1]],
  ['kfc: 2 drumsticks, a biscuit and a side of mac', ['24147300', '1 medium drumstick', 2], ['52101000', '1 biscuit', 1], ['58145111', QNS, 1]],
  ['bbq ribs, coleslaw & baked beans', ['22701000', QNS, 1], ['75141000', QNS, 1], ['41201010', QNS, 1]],
  ['8oz sirloin & a sweet potato', ['21102150', { grams: 8 * OZ }, 1], ['73403000', '1 medium', 1]],
  ['homemade burger on a bun w a few sweet potato fries', ['27510521', '1 hamburger', 1], ['73410200', '1 fry, any cut', 3]],
  ['1.5 cups pesto pasta', ['56130000', '1 cup, cooked', 1.5], ['81302070', QNS, 1]],
  ['cheese tortellini w marinara, about 2 cups', ['58134620', '1 cup', 2]],
  ['veal parm w a side of penne', ['27135110', '1 patty with sauce and cheese', 1], ['56130000', QNS, 1]],
  ['tilapia 6 oz, 1/2 cup couscous', ['26158000', { grams: 6 * OZ }, 1], ['56207160', '1 cup, cooked', 0.5]],
  ['3 pork tamales w salsa verde', ['58103125', '1 item, any size', 3], ['74402100', QNS, 1]],
  ['bowl of pozole + 2 corn tortillas', ['28315150', '1 cup', 1], ['52215100', '1 medium', 2]],
  ['1 cup rice & beans w 3 slices fried plantain', ['58160150', '1 cup', 1], ['71900200', '1 slice', 3]],
  ['jerk chicken w rice & peas', ['24103050', QNS, 1], ['58160150', QNS, 1]],
  ['3 pierogi w sour cream', ['58121610', '1 item, any size', 3], ['12310100', QNS, 1]],
  ['polish sausage on a bun w sauerkraut', ['25221310', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1], ['75230000', QNS, 1]],
  ['chicken n dumplins from cracker barrel w a side of green beans', ['27246100', QNS, 1], ['75205005', QNS, 1]],
  ['veggie lasagna', ['58130320', QNS, 1]],
  ['4 crab rangoon', ['58111110', '1 item, any size', 4]],
  ['2 slices meat lovers + caesar side', ['58106610', '1 piece, NFS', 2], ['72116150', QNS, 1]],
  ['eggplant parm over a cup of pasta', ['75412060', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['fish tacos x2 w cabbage slaw', ['58102210', '1 small/regular', 2], ['75141000', QNS, 1]],
  ['shepherds pie, 1 cup + a dinner roll', ['27311510', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['sunday roast: beef, 2 yorkshire puddings, about a cup of roast potatoes, peas', ['21407000', QNS, 1], ['52311010', '1 popover', 2], ['71104030', '1 cup', 1], ['75224030', QNS, 1]],
  // snacks
  ['12 almonds and a clementine', ['42100100', '1 nut', 12], ['61100600', '1 fruit', 1]],
  ['small bag of pretzels w my coffee', ['54408000', '1 small single serving bag', 1], ['92100000', QNS, 1]],
  ['1 oz cheddar + 5 ritz', ['14104100', { grams: OZ }, 1], ['54301030', '1 cracker', 5]],
  ['half an apple w a tbsp of pb for my son', ['63101000', '1 medium', 0.5], ['42202000', '1 tablespoon', 1]],
  ['1.5 cups strawberries + a dollop of cool whip', ['63223020', '1 cup', 1.5], ['12220200', QNS, 1]],
  ['bag of fruit snacks for my son after soccer', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['nature valley crunchy bar, just one of the 2', ['53710906', '1 bar', 1]],
  ['medium bag of cheetos', ['54401081', '1 medium single serving bag', 1]],
  ['popcorn air popped, 6 cups, for movie night', ['54403010', '1 cup, popped', 6]],
  ['2 rice cakes w cream cheese and cucumber', ['54318500', '1 cake', 2], ['14301010', QNS, 1], ['75111000', QNS, 1]],
  ['applesauce pouch for the baby', ['63101120', '1 pouch', 1]],
  ['mango, 3/4 cup, for dessert', ['63129010', '1 cup', 0.75]],
  ['10 watermelon cubes', ['63149010', '1 cube', 10]],
  ['a package of trail mix on the trail', ['42501000', '1 package', 1]],
  ['go gurt + goldfish snack bag', ['11436100', '1 tube', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['4 chips ahoy', ['53206000', '1 Nabisco Chips Ahoy!', 4]],
  ['kind bar + black coffee before my shift', ['53710810', '1 bar', 1], ['92101000', QNS, 1]],
  ['25 grapes in her lunchbox', ['63123000', '1 grape', 25]],
  ['4 fig newtons w a glass of milk', ['53220030', '1 Newton bar', 4], ['11100000', '1 fl oz', 8]],
  ['about 12 tortilla chips w queso', ['54401075', '1 chip', 12], ['14620200', QNS, 1]],
  ['a pringles snack can', ['71200300', '1 snack size tub/can', 1]],
  ['celery + 2 tbsp hummus', ['75109000', QNS, 1], ['41205070', '1 tablespoon', 2]],
  ['a chewy granola bar at 3', ['53711000', '1 bar', 1]],
  ['2 mini boxes of raisins in the lunchbox', ['62125100', '1 miniature box (.5 oz)', 2]],
  ['auntie annes pretzel split w my daughter', ['54408410', '1 medium/regular', 0.5]],
  // lows
  ['sugar 58 so drank 6 oz of apple juice', ['64104010', '1 fl oz (NFS)', 6]],
  ['treated a low with 6 oz of orange juice', ['61210000', '1 fl oz (NFS)', 6]],
  ['bg 62, had 10 skittles', ['91745110', '1 piece', 10]],
  ['woke up at 52, drank 5 oz of regular coke from the fridge', ['92410310', '1 fl oz (NFS)', 5]],
  ['mid-run low: 10 oz of gatorade', ['95320200', '1 fl oz', 10]],
  ['dropped to 55, 3 tsp sugar in water', ['91101010', '1 teaspoon', 3]],
  ['low so had 5 gummy bears + a juice box', ['91745010', '1 piece', 5], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['bg 66 so 2 graham crackers and 4 oz milk', ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2], ['11100000', '1 fl oz', 4]],
  ['4 starburst for a low', ['91750000', '1 piece', 4]],
  ['2 fun size m&m packs for a 65', ['91746100', '1 fun/snack size', 2]],
  // drinks
  ['grande iced coffee w milk', ['92102400', '1 medium', 1], ['11100000', QNS, 1]],
  ['medium mtn dew from the gas station', ['92410550', '1 medium drink', 1]],
  ['a 14 oz bottle of 1% chocolate milk after practice', ['11511400', '1 fl oz', 14]],
  ['half a monster (16 oz can)', ['95310400', '1 can or bottle (16 fl oz)', 0.5]],
  ['2 medium sweet teas today from mcdonalds', ['92308000', '1 medium drink', 2]],
  ['a glass of white wine and a slice of wedding cake', ['93401020', '1 glass', 1], ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['3 beers at the game', ['93101000', '1 can or bottle (12 fl oz)', 3]],
  ['a frozen margarita at the mexican place', ['93301510', '1 drink', 1]],
  ['sweetened coconut water, 1 can', ['42404010', '1 can', 1]],
  ['venti vanilla latte', ['92101904', '1 large', 1]],
  ['strawberry banana smoothie from jamba, small', ['11553100', '1 small', 1]],
  ['hot chocolate at the ice rink, 10 oz', ['11512005', '1 fl oz', 10]],
  ['lemonade, a 20 oz cup at the fair', ['92510955', '1 fl oz (NFS)', 20]],
  ['large fanta from the drive thru', ['92410510', '1 large drink', 1]],
  ['2 glasses of 2% milk w dinner', ['11112110', '1 fl oz', 16]],
  ['small dr pepper at whataburger w my lunch', ['92410360', '1 small drink', 1]],
  // desserts
  ['slice of cherry pie w a scoop of vanilla', ['53305000', '1 regular slice', 1], ['13110100', '1 scoop', 1]],
  ['cheesecake slice at the factory', ['53104500', '1 piece/slice, any size', 1]],
  ['a scoop of chocolate + a scoop of vanilla ice cream', ['13110110', '1 scoop', 1], ['13110100', '1 scoop', 1]],
  ['a cupcake and a juice box at my nephews party', ['53100100', '1 cupcake, any size', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['brownie bites x4', ['53204000', '1 small or bite size', 4]],
  ['small froyo w some sprinkles', ['11459990', '1 small ice cream cup', 1], ['91705250', QNS, 1]],
  ['baklava, 2 pieces, w greek coffee', ['53441110', '1 piece', 2], ['92100000', QNS, 1]],
  ['3 sugar cookies from the cookie exchange', ['53241500', '1 medium', 3]],
  ['rice pudding, about 1/3 cup', ['13210410', '1 cup', 1 / 3]],
  ['flan at the restaurant', ['13210350', QNS, 1]],
  ['split a medium blizzard w my husband', ['13130700', '1 medium', 0.5]],
  ['grape popsicle after dinner', ['91611000', '1 single stick', 1]],
  // holidays / trips
  ['thanksgiving: turkey, 1 cup stuffing, green bean casserole, a roll', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['75403020', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['slice of pecan pie, small sliver', ['53385000', '1 mini/small slice', 1]],
  ['funnel cake w strawberries at the fair, shared w my wife', ['55801010', '1 cake (6" dia)', 0.5]],
  ['eggnog, half a glass', ['11531000', '1 fl oz', 4]],
  ['2 big latkes w applesauce at the hanukkah party', ['71701000', '1 large pancake', 2], ['63101110', QNS, 1]],
  ['1 sheet of matzo w cream cheese', ['54307000', '1 matzo', 1], ['14301010', QNS, 1]],
  ['shaved ice at the beach', ['91621000', '1 snow cone', 1]],
  ['airport: a cinnabon, split w my husband', ['51160110', '1 Cinnabon', 0.5]],
  ['a corn dog and a snow cone at the state fair', ['27560300', '1 regular', 1], ['91621000', '1 snow cone', 1]],
  ['christmas morning: a slice of coffee cake and coffee w cream', ['53610100', '1 slice', 1], ['92100000', QNS, 1], ['12200100', QNS, 1]],
  ['big slice of chocolate birthday cake', ['53105270', '1 large piece/slice, 2+ layer cake', 1]],
  ['gas station on the road: a honey bun and a 20 oz coke', ['51161050', '1 medium', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Seventeenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writer of the parallel eighteenth set. Generated by core/chat/make-eval-meals-holdout-17.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4.ts to -14.ts, with the decisions this set needed in the header of make-eval-meals-holdout-17.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-17.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-17.json`);
}
