/**
 * Writes eval-meals.holdout-18.json: the eighteenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 20:07 UTC, first committed before 20:40 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the estimator's git history, and who ran
 * nothing that scores messages; committed on its own branch BEFORE the estimator was run on any of
 * these messages and not shown to the estimator's authors, who were changing the estimator at the
 * time, nor to the writer of the parallel seventeenth set (whose set was not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so that the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-14 (checked by script: lower-cased, punctuation-folded messages
 * compared, and every message dropped or rewritten that shares 40 % of its words with an earlier
 * one meaning the same foods, portions and quantities, or 60 % with one naming the same foods at
 * any amount). Same format, conventions and builder as make-eval-meals-holdout-2.ts (food code +
 * USDA portion or grams + quantity by hand; grams and carbs from the table, never typed), plus the
 * decisions in the headers of make-eval-meals-holdout-4.ts to -14.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a little" syrup is "Quantity not specified", like a sauce named with no amount (holdout 4).
 * - "half a can of regular coke" for a low is 0.5 × the cola's "1 can (12 fl oz)" (holdout 5's
 *   "half a"); "half a juice box" likewise 0.5 × the juice box; "half a bottle of kombucha (12 oz)"
 *   0.5 × its 12 fl oz bottle.
 * - "N gummy bears" is N × gummy candy's "1 piece"; "5 marshmallows" in cocoa are 5 × marshmallow
 *   candy's "1 piece" (holdout 7's Peep). No message names glucose tablets: FNDDS has no food for them.
 * - "cornbread" with no recipe or amount said, beside red beans and rice, is the cornbread prepared
 *   from mix, its "1 piece" (a count-free side served as one piece).
 * - A "small" fountain drink ("small regular sprite") is USDA's "1 small drink" of that soft drink.
 * - "a cup of wendys chili" is the chili's "1 cup" (holdout 5's branded item at the food's ordinary
 *   portion; the message names a cup).
 * - "a bowl of" cereal or grits is 1 cup (holdout 2's bowl); milk or butter beside it with no
 *   amount is "Quantity not specified".
 * - "a 16 oz coffee" is 16 × brewed coffee's "1 fl oz"; "2 creamers" are 2 × liquid creamer's
 *   "1 individual container"; "greek coffee" is Coffee, NS as to type, "Quantity not specified".
 * - McDonald's "apple slices" are the raw apple's "1 single serving package" (34 g, the bag size).
 * - "french bread" beside gumbo with no amount is French or Vienna bread, "Quantity not specified";
 *   "2 crackers" with honey for a low are Crackers, NFS, 2 × "1 cracker".
 * - "raita" is FNDDS's tzatziki dip (the nearest yogurt-cucumber dip), "Quantity not specified".
 * - "split a footlong ... ate half" is one 6" sub (holdouts 4 and 14); "mom had a glucerna and half
 *   a turkey sandwich on wheat" is 0.5 × the turkey sandwich on wheat's "1 regular".
 * - A correction inside the message ("chicken parm sandwich? no, chicken parm w 1 cup spaghetti") is
 *   the food settled on (holdout 9's corrections).
 * - Weights are grams whatever the food ("150 g cooked basmati", "1 oz dark chocolate", "3 oz turkey",
 *   "1 oz pretzels" = 28.35 g); "half a 500 ml bottle" is 0.5 × USDA's 500 ml bottle; "2 x 330 ml cans"
 *   are 2 × 330 / 29.5735 × "1 fl oz (NFS)" (holdout 7); "like 4 cups" / "about" amounts are the amount said.
 * - "a diet coke" beside a packed lunch is the 12 fl oz can (holdout 9's coke rule); "a corona" the
 *   12 fl oz beer bottle (holdout 13).
 * - Typos and abbreviations were written only where the meaning is plain ("bluberry", "yogart",
 *   "lasagana", "spagetti", "tatertots", "w/", "pb", "oj", "ww", "bday", "choc", "pcs", "c" = cup);
 *   the expected food is the one meant (holdout 11).
 * - About 190 first drafts meant the same foods and amounts as a message in an earlier set (the
 *   simple everyday messages are well covered by holdouts 1-14); they were dropped or rewritten
 *   with other amounts, sides or contexts, and every rewrite was checked again.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-18.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const SLICE = '1 medium or regular slice';
const CUP = '1 cup, cooked';

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['1 cup oatmeal made w water + some blueberries', ['56203056', CUP, 1], ['63203010', QNS, 1]],
  ['two frozen waffles + 2 tbsp syrup', ['55200020', '1 waffle', 2], ['91300010', '1 tablespoon', 2]],
  ['kiddo had 3 french toast sticks and a little syrup', ['55301031', '1 stick', 3], ['91300010', QNS, 1]],
  ['large bluberry muffin from the gas station', ['52302010', '1 large', 1]],
  ['bowl of frosted flakes w 2% milk', ['57348000', '1 cup', 1], ['11112110', QNS, 1]],
  ['2 egg whites scrambled + 1 slice ww toast', ['32400055', '1 egg white', 2], ['51300120', SLICE, 1]],
  ['greek yogart 5.3 oz and a handful of granola', ['11400010', '1 5.3 oz container', 1], ['57227000', QNS, 1]],
  ['a banana + black coffee on the way to work', ['63107010', '1 banana', 1], ['92101000', QNS, 1]],
  ['3 silver dollar pancakes for the toddler', ['55101000', '1 silver dollar pancake', 3]],
  ['a plain scone and an earl grey', ['52105100', '1 regular', 1], ['92302000', QNS, 1]],
  ['chocolate croissant + medium iced latte', ['51166200', '1 croissant', 1], ['92102500', '1 medium', 1]],
  ['a cup of kefir and a pear', ['11115400', '1 cup', 1], ['63137010', '1 fruit', 1]],
  ['pumpkin muffin & coffee w creamer', ['52306500', '1 medium', 1], ['92101000', QNS, 1], ['12210200', QNS, 1]],
  ['1 cup congee with a fried egg on top', ['56205101', '1 cup', 1], ['31105005', '1 egg', 1]],
  ['2 slices rye toast and 2 boiled eggs', ['51401020', SLICE, 2], ['31103010', '1 egg', 2]],
  ['bran flakes 1 cup w skim milk 1 cup', ['57207000', '1 cup', 1], ['11113000', '1 cup', 1]],
  ['4 slices turkey bacon and 1 pancake', ['24208500', '1 slice, NFS', 4], ['55101000', '1 medium pancake', 1]],
  ['cheese omelet 2 eggs + hash browns', ['32130100', '1 egg', 2], ['71404000', QNS, 1]],
  ['dad had a bowl of grits w butter', ['56200990', CUP, 1], ['81100500', QNS, 1]],
  ['multigrain toast x2 with avocado', ['51601010', SLICE, 2], ['89902000', QNS, 1]],

  // lunch: school, work, home
  ['packed lunch: pb&j, baby carrots, apple juice box', ['42302010', '1 sandwich', 1], ['73101010', QNS, 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['school lunch was 2 slices pizza + carton of choc milk', ['58106234', '1 piece, NFS', 2], ['11511000', '1 individual school container', 1]],
  ['turkey wrap and a bag of sun chips', ['27540070', '1 sandwich, any size', 1], ['54420210', '1 small single serving bag', 1]],
  ['grilled cheese + 1 cup tomato soup for lunch', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 1]],
  ['6 ritz w cheddar and a few slices of ham', ['54301030', '1 cracker', 6], ['14104100', QNS, 1], ['22311000', '1 regular/thin slice', 3]],
  ['lentil soup 1 cup + half a pita', ['41603010', '1 cup', 1], ['51109100', '1 medium pita', 0.5]],
  ['reuben w a pickle', ['27510950', '1 sandwich, any size', 1], ['75503010', '1 spear', 1]],
  ['blt on wheat + cup of coleslaw', ['27520620', '1 sandwich, any size', 1], ['75141000', '1 cup', 1]],
  ['6 inch italian sub at subway', ['27580060', '1 regular or 6" submarine', 1]],
  ['sloppy joe and tatertots', ['27510100', '1 sandwich, any size', 1], ['71505000', QNS, 1]],
  ['school lunch: 6 nuggets, tots & an applesauce cup', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['63101110', '1 snack size container', 1]],
  ['veggie burger w cheese & a side salad', ['41901020', '1 sandwich', 1], ['75143000', '1 side salad', 1]],
  ['4 falafel w hummus', ['41209000', '1 patty', 4], ['41205070', QNS, 1]],
  ['2 triangles of chicken quesadilla', ['58104740', '1 triangular piece', 2]],
  ['2 chicken tamales my aunt made', ['58103130', '1 item, any size', 2]],
  ['carnitas w spanish rice & refried beans', ['22002050', QNS, 1], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['club sandwich & a small bag of chips', ['27540123', '1 sandwich, any size', 1], ['71200010', '1 small single serving bag', 1]],
  ['ham sandwich on wheat, 12 grapes', ['27520230', '1 regular', 1], ['63123000', '1 grape', 12]],
  ['peanut butter sandwich on white + a glass of milk', ['42301015', '1 sandwich', 1], ['11100000', '1 fl oz', 8]],
  ['cuban sandwich in miami', ['27520410', '1 sandwich, any size', 1]],
  ['cup of clam chowder + oyster crackers', ['28355110', '1 cup', 1], ['54313000', QNS, 1]],
  ['philly cheesesteak and fries', ['27514030', '1 regular', 1], ['71400990', QNS, 1]],

  // dinner at home
  ['spagetti w meat sauce 1.5 cups + garlic bread', ['58146322', '1 cup', 1.5], ['51121015', '1 medium slice', 1]],
  ['a piece of lasagana and a salad', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['75143000', QNS, 1]],
  ['5 oz grilled salmon with 3/4 cup quinoa', ['26137123', { grams: 5 * OZ }, 1], ['56204000', CUP, 0.75]],
  ['pork chop, applesauce, 1 cup mashed potatoes', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['71501000', '1 cup', 1]],
  ['2 cups beef stew', ['27311410', '1 cup', 2]],
  ['meatloaf + mashed potatoes w gravy + peas', ['27214100', '1 medium slice', 1], ['71501000', QNS, 1], ['28500040', QNS, 1], ['75224030', QNS, 1]],
  ['3 chicken tacos on flour tortillas', ['58102150', '1 small/regular', 3]],
  ['chicken & veggie stir fry over 1 cup brown rice', ['27445110', QNS, 1], ['56205011', CUP, 1]],
  ['1 c general tsos + 1 c fried rice', ['27445150', '1 cup', 1], ['58150310', '1 cup', 1]],
  ['4 steamed dumplings & hot and sour soup', ['58112510', '1 item, any size', 4], ['28340750', QNS, 1]],
  ['sweet and sour pork + an egg roll', ['27120060', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['kung pao chicken w a cup of rice', ['27445220', QNS, 1], ['56205001', CUP, 1]],
  ['chicken ramen bowl at the noodle place', ['58407042', QNS, 1]],
  ['bibimbap and kimchi', ['58150100', QNS, 1], ['75502520', QNS, 1]],
  ['8 pieces of salmon roll', ['58151200', '1 piece', 8]],
  ['red beans & rice w cornbread', ['58160150', QNS, 1], ['52201000', '1 piece', 1]],
  ['2 pcs fried chicken, mac n cheese, collards', ['24107070', '1 piece', 2], ['58145110', QNS, 1], ['72107220', QNS, 1]],
  ['8oz steak and a baked potato w sour cream', ['21001000', { grams: 8 * OZ }, 1], ['71508010', '1 medium', 1]],
  ['turkey burger on wheat bun & sweet potato fries', ['27545110', '1 sandwich', 1], ['73410200', QNS, 1]],
  ['fettuccine alfredo w chicken at olive garden', ['58146421', QNS, 1]],
  ['1 cup of boxed mac n cheese', ['58145112', '1 cup', 1]],
  ['half a stuffed pepper (rice & beef)', ['58162110', '1/2 pepper with filling', 1]],
  ['6 fish sticks + fries', ['26100270', '1 stick', 6], ['71400990', QNS, 1]],
  ['meat ravioli w sauce, 1 cup', ['58131320', '1 cup', 1]],
  ['cheese tortellini w marinara 1.5 c', ['58134620', '1 cup', 1.5]],
  ['lamb chop & 1 cup couscous', ['23101000', '1 chop, any size', 1], ['56207160', CUP, 1]],
  ['4 pierogies w sour cream', ['58121610', '1 item, any size', 4], ['12310100', QNS, 1]],

  // holidays and trips
  ['2 sugar cookies + a cup of eggnog', ['53241500', '1 medium', 2], ['11531000', '1 cup', 1]],
  ['4th of july: hot dog, potato salad, slice of watermelon', ['27564000', '1 sandwich', 1], ['71601010', QNS, 1], ['63149010', '1 medium wedge/slice', 1]],
  ['bratwurst on a bun at the game', ['25220350', '1 bun-size or griller link', 1], ['51154010', '1 hot dog bun', 1]],
  ['one small mooncake', ['53452120', '1 small round Moon Cake', 1]],
  ['cotton candy + a corn dog at the fair', ['91745050', QNS, 1], ['27560300', '1 regular', 1]],

  // fast food and takeout
  ['quarter pounder w cheese and a large coke', ['27510232', '1 cheeseburger', 1], ['92410310', '1 large drink', 1]],
  ['in n out cheeseburger & fries', ['27510160', '1 cheeseburger', 1], ['71401030', QNS, 1]],
  ['a cup of wendys chili and a plain baked potato', ['27111400', '1 cup', 1], ['71100100', '1 medium', 1]],
  ['subway 6in turkey + a cookie', ['27540050', '1 regular or 6" submarine', 1], ['53206000', '1 Subway cookie', 1]],
  ['panda: orange chicken, chow mein & fried rice', ['27146350', QNS, 1], ['27360080', QNS, 1], ['58150310', QNS, 1]],
  ['chicken burrito bowl w rice n black beans', ['58102780', QNS, 1]],

  // snacks
  ['string cheese & a snack bag of pretzels', ['14107030', '1 string', 1], ['54408000', '1 small single serving bag', 1]],
  ['celery w 2 tbsp almond butter', ['75109000', QNS, 1], ['42200500', '1 tablespoon', 2]],
  ['1/2 c cottage cheese + canned peaches', ['14200100', '1 cup', 0.5], ['63135110', QNS, 1]],
  ['slim jim + small bag of cheetos', ['21602100', '1 Slim Jim', 1], ['54401081', '1 small single serving bag', 1]],
  ['2 yogurt tubes', ['11436100', '1 tube', 2]],
  ['5 triscuits w cheese', ['54337020', '1 cracker', 5], ['14010000', QNS, 1]],
  ['a kiwi and a plum', ['63126500', '1 fruit', 1], ['63143010', '1 fruit', 1]],
  ['small popcorn at the movies', ['54403005', '1 small order', 1]],
  ['a nectarine', ['63131010', '1 fruit', 1]],

  // lows
  ['bg 62 so half a can of regular coke', ['92410310', '1 can (12 fl oz)', 0.5]],
  ['small regular sprite for a low', ['92410510', '1 small drink', 1]],
  ['5 lifesavers, was 65', ['91745025', '1 piece', 5]],

  // drinks
  ['chai tea with milk', ['92306800', QNS, 1]],
  ['grandpa drank an ensure with lunch', ['95103000', '1 bottle (8 fl oz)', 1]],

  // desserts
  ['a scoop of sherbet', ['13150000', '1 scoop', 1]],
  ['glazed donut + coffee', ['53521110', '1 doughnut', 1], ['92101000', QNS, 1]],
  ['6 donut holes', ['53520170', '1 doughnut hole', 6]],

  // rewritten so that no message means the same foods and amounts as an earlier set's
  ['3 slices white toast, butter, and a small black coffee', ['51101010', SLICE, 3], ['81100500', QNS, 1], ['92100000', '1 small', 1]],
  ['english muffin w pb & a clementine before my 6am shift', ['51186010', '1 muffin', 1], ['42202000', QNS, 1], ['61100600', '1 fruit', 1]],
  ['sausage mcmuffin w egg, hash brown and 8 oz oj', ['34001310', '1 regular', 1], ['71404000', '1 patty', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['waffle house: biscuits n gravy + 2 scrambled eggs', ['58128000', QNS, 1], ['32129990', '1 egg', 2]],
  ['half cup cinnamon toast crunch + half cup skim milk', ['57125000', '1 cup', 0.5], ['11113000', '1 cup', 0.5]],
  ['maple instant oatmeal packet & 1/2 banana', ['56203130', '1 packet, dry, yields', 1], ['63107010', '1 banana', 0.5]],
  ['half a bagel with cream cheese and lox', ['51180010', '1 regular', 0.5], ['14301010', QNS, 1], ['26137190', QNS, 1]],
  ['bacon egg n cheese biscuit + a medium iced coffee', ['34001540', '1 regular', 1], ['92102400', '1 medium', 1]],
  ['2 sausage egg & cheese biscuits (road trip)', ['34001520', '1 regular', 2]],
  ['1 cup cream of rice w 1 tbsp honey', ['56205050', CUP, 1], ['91302010', '1 tablespoon', 1]],
  ['belgian waffle w 2 tbsp syrup & bacon', ['55201000', '1 thick / Belgian waffle', 1], ['91300010', '1 tablespoon', 2], ['22600100', QNS, 1]],
  ['1 cup cheese grits w shrimp', ['56201090', CUP, 1], ['26319110', QNS, 1]],
  ['egg & cheese on white + 8 oz chocolate milk', ['34001110', '1 regular', 1], ['11511000', '1 fl oz', 8]],
  ['2 breakfast burritos from the food truck before shift', ['34003100', '1 item, any size', 2]],
  ['1 slice raisin toast + 1 tbsp peanut butter', ['51129020', SLICE, 1], ['42202000', '1 tablespoon', 1]],
  ['ham & cheese on white and a handful of grapes', ['27520220', '1 regular', 1], ['63123000', QNS, 1]],
  ['cobb salad, no dressing, and a breadstick', ['75148010', QNS, 1], ['51183990', '1 medium stick', 1]],
  ['chicken salad sandwich on white + a cup of fruit salad', ['27540120', '1 regular', 1], ['63311000', '1 cup', 1]],
  ['cup noodles and a hard boiled egg on nights', ['58407030', '1 individual container', 1], ['31103010', '1 egg', 1]],
  ['split a footlong turkey sub w my son, ate half', ['27540050', '1 regular or 6" submarine', 1]],
  ['egg salad on white + small bag of baked lays', ['32203010', '1 regular', 1], ['71200400', '1 small single serving bag', 1]],
  ['tuna w cheese on white and a pickle spear', ['27550730', '1 regular', 1], ['75503010', '1 spear', 1]],
  ['falafel sandwich & a cup of lentil soup', ['41901030', '1 sandwich, any size', 1], ['41603010', '1 cup', 1]],
  ['greek salad w 2 tbsp hummus & a whole wheat pita', ['75146000', QNS, 1], ['41205070', '1 tablespoon', 2], ['51301600', '1 medium pita', 1]],
  ['half a large chicken burrito, saving the rest', ['58102540', '1 large', 0.5]],
  ['4 crunchy beef tacos + nacho cheese', ['58102010', '1 small/regular', 4], ['14620200', QNS, 1]],
  ['4 shrimp fajitas', ['58105060', '1 fajita', 4]],
  ['chips and pico at the mexican place', ['54401075', QNS, 1], ['74402110', QNS, 1]],
  ['crab cake sandwich & a cup of manhattan clam chowder', ['27550110', '1 regular sandwich', 1], ['28350220', '1 cup', 1]],
  ['2 baked chicken thighs w half cup rice', ['24152230', '1 medium thigh', 2], ['56205001', CUP, 0.5]],
  ['shepherds pie 1 cup + dinner roll', ['27311510', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['chicken pot pie w a side of green beans', ['27347100', QNS, 1], ['75205030', QNS, 1]],
  ['beef & broccoli, 1 cup, w 1/2 cup white rice', ['27415110', '1 cup', 1], ['56205001', CUP, 0.5]],
  ['1 cup chicken lo mein + 2 fried dumplings', ['58136160', '1 cup', 1], ['58111110', '1 item, any size', 2]],
  ['4 idli for breakfast', ['55702000', '1 item', 4]],
  ['1 cup chicken biryani + raita', ['27243100', '1 cup', 1], ['11440060', QNS, 1]],
  ['fish curry w rice and a paratha', ['27150325', QNS, 1], ['51300185', '1 paratha', 1]],
  ['1 cup shrimp gumbo + french bread', ['28355440', '1 cup', 1], ['51107010', QNS, 1]],
  ['pulled pork slider x2 + mac n cheese', ['27500400', '1 miniature/slider', 2], ['58145110', QNS, 1]],
  ['chicken parm sandwich? no, chicken parm w 1 cup spaghetti', ['27146300', QNS, 1], ['58146222', '1 cup', 1]],
  ['baked ziti 2 cups + garlic roll', ['58146150', '1 cup', 2], ['51156500', '1 medium/regular/sandwich size roll', 1]],
  ['half cup tuna noodle casserole + peas', ['27250610', '1 cup', 0.5], ['75224030', QNS, 1]],
  ['catfish & 6 hush puppies', ['26107140', QNS, 1], ['52209010', '1 hush puppy', 6]],
  ['shrimp scampi + 1 cup pasta', ['27150230', QNS, 1], ['56130000', CUP, 1]],
  ['beef stroganoff 1.5 cups', ['27212350', '1 cup', 1.5]],
  ['corned beef & cabbage, no potatoes, 1 slice rye', ['21416000', QNS, 1], ['75211020', QNS, 1], ['51401010', SLICE, 1]],
  ['thanksgiving leftovers: turkey, 1/2 cup stuffing, cranberry sauce', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 0.5], ['63207110', QNS, 1]],
  ['2 cupcakes at the bday party (white, frosted)', ['53120270', '1 regular cupcake', 2]],
  ['5 beignets w my sister in nola, I had 2', ['53520510', '1 beignet', 2]],
  ['big mac + small fry, no drink', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 small fast food order', 1]],
  ['6 mcnuggets & a kids fry for my daughter', ['24198731', '1 nugget', 6], ['71401030', '1 kids meal order', 1]],
  ['whopper jr w cheese + a small fry', ['27510171', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['chick fil a grilled sandwich + fruit cup', ['27540152', '1 regular sandwich', 1], ['63311000', '1 cup', 1]],
  ['arbys roast beef w cheese and a medium curly fries', ['27513050', '1 regular', 1], ['71401030', '1 medium fast food order', 1]],
  ['popeyes: 2 tenders, biscuit', ['24198741', '1 tender, strip, or finger', 2], ['52101000', '1 biscuit', 1]],
  ['filet-o-fish + side salad', ['27550100', '1 regular sandwich', 1], ['75143000', "1 McDonald's side salad", 1]],
  ['mcd hamburger & apple slices', ['27510553', '1 hamburger', 1], ['63101000', '1 single serving package', 1]],
  ['20 almonds & a cheese stick', ['42100100', '1 nut', 20], ['14107030', '1 stick', 1]],
  ['carrots, cucumber & 3 tbsp hummus', ['73101010', QNS, 1], ['75111000', QNS, 1], ['41205070', '1 tablespoon', 3]],
  ['a tangerine and 10 cashews', ['61125010', '1 fruit', 1], ['42104000', '1 nut', 10]],
  ['2 fruit snack pouches in the car', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['goldfish snack bag & a cheese stick for the toddler', ['54304020', '1 small or medium single serving bag', 1], ['14107030', '1 stick', 1]],
  ['3 fig newtons w milk', ['53220030', '1 Newton bar', 3], ['11100000', QNS, 1]],
  ['half a mango and some greek yogurt', ['63129010', '1 mango', 0.5], ['11400010', QNS, 1]],
  ['4 dates w pb', ['62110100', '1 date', 4], ['42202000', QNS, 1]],
  ['1/2 cup dried mango on the plane', ['62114050', '1 cup', 0.5]],
  ['treated a 58 w 8 gummy bears and half a juice box', ['91745010', '1 piece', 8], ['64104010', '1 juice box/pouch (6.75 fl oz)', 0.5]],
  ['6 oz oj, bg was 60', ['61210000', '1 fl oz (NFS)', 6]],
  ['low at 2am: 1 tbsp honey + 2 crackers', ['91302010', '1 tablespoon', 1], ['54001000', '1 cracker', 2]],
  ['half cup apple juice, was dropping', ['64104010', '1 fl oz (NFS)', 4]],
  ['tall mocha & a banana', ['92101950', '1 small', 1], ['63107010', '1 banana', 1]],
  ['2 pints of ipa at the pub', ['93101000', '1 fl oz', 32]],
  ['taro bubble tea', ['92306910', '1 item, any size', 1]],
  ['ginger ale 12 oz can and 6 saltines (sick day)', ['92410610', '1 can (12 fl oz)', 1], ['54325000', '1 cracker', 6]],
  ['hot cocoa from a packet w water + 5 marshmallows', ['11514100', '1 packet, reconstituted', 1], ['91723000', '1 piece', 5]],
  ['mom had a glucerna and half a turkey sandwich on wheat', ['95104000', '1 bottle (8 fl oz)', 1], ['27540030', '1 regular', 0.5]],
  ['half a bottle of kombucha (12 oz)', ['92306920', '1 can or bottle (12 fl oz)', 0.5]],
  ['3 mimosas at brunch, oops', ['93301115', '1 drink', 3]],
  ['slice of plain cheesecake w strawberries', ['53104500', '1 piece/slice, any size', 1], ['63223020', QNS, 1]],
  ['large brownie, no ice cream', ['53204000', '1 large', 1]],
  ['1 scoop chocolate + 1 scoop vanilla', ['13110110', '1 scoop', 1], ['13110100', '1 scoop', 1]],
  ['2 pieces baklava w greek coffee', ['53441110', '1 piece', 2], ['92100000', QNS, 1]],
  ['sugar free choc pudding, 1/4 cup', ['13230140', '1 cup', 0.25]],
  ['glazed donut & a 16 oz coffee w 2 creamers', ['53521110', '1 doughnut', 1], ['92101000', '1 fl oz', 16], ['12210200', '1 individual container', 2]],
  ['2 jelly donuts at the office', ['53521140', '1 doughnut', 2]],
  ['2 chocolate ice cream sandwiches after dinner? no just 1', ['13120510', '1 sandwich', 1]],
  ['3 fun size snickers + a diet coke', ['91705520', '1 fun/snack size', 3], ['92410320', '1 can (12 fl oz)', 1]],
  ['red velvet cupcake & a glass of milk', ['53116520', '1 cupcake, any size', 1], ['11100000', '1 fl oz', 8]],
  ['3 shortbread cookies & a cup of coffee', ['53239000', '1 medium', 3], ['92100000', '1 cup (8 fl oz)', 1]],

  // weights, volumes and bigger plates
  ['150 g cooked basmati w chicken curry', ['56205001', { grams: 150 }, 1], ['27146150', QNS, 1]],
  ['200g greek yogurt + 30 g granola', ['11400010', { grams: 200 }, 1], ['57227000', { grams: 30 }, 1]],
  ['2 x 330 ml cans of orange soda at the party', ['92410510', '1 fl oz (NFS)', (2 * 330) / 29.5735]],
  ['lunch at 12: turkey & cheese on wheat, 1 apple, 1 oz pretzels, a diet coke', ['27540040', '1 regular', 1], ['63101000', '1 medium', 1], ['54408000', { grams: OZ }, 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['taco night: 2 beef tacos, 1/2 cup spanish rice, 1/2 cup refried beans & a corona', ['58102010', '1 small/regular', 2], ['58163430', '1 cup', 0.5], ['41205010', '1 cup', 0.5], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['sunday dinner: roast beef, 1 cup mashed, gravy, 1/2 cup corn', ['21401000', QNS, 1], ['71501000', '1 cup', 1], ['28500040', QNS, 1], ['75216120', '1 cup', 0.5]],
  ['kids dinner: 5 fish sticks, 1/2 cup mac n cheese, 1/2 cup peas + milk', ['26100270', '1 stick', 5], ['58145110', '1 cup', 0.5], ['75224030', '1 cup', 0.5], ['11100000', QNS, 1]],
  ['a can of chicken noodle soup + 4 saltines', ['58403010', '1 can', 1], ['54325000', '1 cracker', 4]],
  ['peach snapple w my lunch', ['92309000', '1 Snapple bottle (16 fl oz)', 1]],
  ['6 oz red wine w dinner', ['93401010', '1 fl oz', 6]],
  ['honeydew wedge + 1/2 cup cottage cheese', ['63127010', '1 medium wedge/slice', 1], ['14200100', '1 cup', 0.5]],
  ['20oz gatorade and a banana at halftime', ['95320200', '1 bottle (20 fl oz)', 1], ['63107010', '1 banana', 1]],
  ['nana had 1/2 cup cream of wheat, 1 slice toast & 4 oz prune juice', ['56206990', CUP, 0.5], ['51101010', SLICE, 1], ['64132010', '1 fl oz (NFS)', 4]],
  ['pasta w marinara 2 cups + caesar salad', ['58146222', '1 cup', 2], ['72116150', QNS, 1]],
  ['dinner 7pm: 6 oz chicken breast, 1 cup roasted potatoes, salad w italian', ['24123301', { grams: 6 * OZ }, 1], ['71104030', '1 cup', 1], ['75143000', QNS, 1], ['83106000', QNS, 1]],
  ['an orange and a handful of pistachios', ['61119010', '1 fruit', 1], ['42114130', QNS, 1]],
  ['1 oz dark chocolate after dinner', ['91705290', { grams: OZ }, 1]],
  ['2 tbsp nutella on 1 slice of white toast', ['91304090', '1 tablespoon', 2], ['51101010', SLICE, 1]],
  ['fried chicken (1 piece), 1 cup potato salad, 1/2 cup baked beans, a roll', ['24107070', '1 piece', 1], ['71601010', '1 cup', 1], ['41201010', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['hospital tray for dad: 1/2 cup mashed potatoes, 3 oz turkey, 1/2 cup green beans, jello cup', ['71501000', '1 cup', 0.5], ['24201000', { grams: 3 * OZ }, 1], ['75205030', '1 cup', 0.5], ['91501010', '1 snack size container', 1]],
  ['after school: yogurt tube, string cheese and a small apple', ['11436100', '1 tube', 1], ['14107030', '1 string', 1], ['63101000', '1 small', 1]],
  ['2 slices sourdough w half an avocado', ['51133010', SLICE, 2], ['63105010', '1 fruit', 0.5]],
  ['big bowl of buttered popcorn, like 4 cups', ['54403040', '1 cup, popped', 4]],
  ['half a 500 ml bottle of orange fanta', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 0.5]],
  ['120 g roasted potatoes w rosemary', ['71104030', { grams: 120 }, 1]],
  ['medium baked sweet potato w cinnamon & a pork chop', ['73403000', '1 medium', 1], ['22101000', '1 regular', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Eighteenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, the estimator\'s git history or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-18.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -14.ts, with the decisions this set needed in the header of make-eval-meals-holdout-18.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-18.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-18.json`);
}
