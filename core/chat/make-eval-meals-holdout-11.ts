/**
 * Writes eval-meals.holdout-11.json: the eleventh held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 18:58 UTC) by an engineer who has not read the
 * estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, any scoring results
 * (eval-meals*.results.json) or the estimator's git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and
 * not shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writer of the parallel twelfth set (whose set this writer did not see either). Each food was
 * chosen by reading foods.csv and each portion by reading portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so that the same dish means the same food
 * across sets. No message repeats one of eval-meals.json or holdouts 1-10 (checked by comparing
 * lower-cased, punctuation-folded messages, and every pair with a word overlap of 0.5 or more read
 * and, where it meant the same food and amount, rewritten). Same format, conventions and builder
 * as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts and -10.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days: home cooking, school and work
 * lunches, restaurants, fast food, takeout, snacks, drinks, desserts, lows, holidays and trips.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a footlong cheesesteak" is 2 x the cheesesteak's "1 regular or 6" submarine" (holdout 4's
 *   footlong rule), not its smaller plain "1 regular" sandwich.
 * - "a bowl and a half" of soup is 1.5 x "1 cup" (a bowl is 1 cup); "half a frozen chicken pot pie"
 *   is 0.5 x its "1 individual pie"; "half a grilled cheese" is 0.5 x "1 sandwich".
 * - Gatorade: "32 oz" is USDA's 32 fl oz bottle (a size USDA has, as holdout 5), "8 oz of gatorade"
 *   is 8 x "1 fl oz"; "ginger ale 8 oz" likewise 8 x "1 fl oz" (holdout 5's N oz rule).
 * - "a beer" with no size is the 12 fl oz can or bottle (holdout 9's "a coke").
 * - "a candy apple" is the candied apple's "1 apple, any size" (count convention; same weight as
 *   its "Quantity not specified").
 * - "a steak quesadilla" is the beef quesadilla's "1 full circle" (count convention, as holdout 2's
 *   cheese quesadilla), not its "Quantity not specified" (a half circle).
 * - "a dill pickle" is the pickle's "1 regular"; "sun chips" with no bag named is "Quantity not
 *   specified" (holdout 4's bag rule needs the word bag).
 * - "3 carnitas tacos" are corn-tortilla pork tacos (holdout 7's al pastor tacos); holdout 10's
 *   carnitas rule is for carnitas eaten apart from counted tortillas.
 * - "2 roasted drumsticks" with skin not said is the skin-eaten drumstick (no carbs either way);
 *   "rotisserie chicken" is roasted chicken, NS as to part, "Quantity not specified".
 * - Sizes: "venti iced latte" is the iced latte's large, "tall mocha" the cafe mocha's small
 *   (holdout 4); "a large cappuccino" its large.
 * - Nearest FNDDS food where FNDDS lacks the dish: brioche french toast = plain french toast; pain au
 *   chocolat = chocolate croissant; McDonald's hotcakes = fast-food plain pancakes, medium; garlic
 *   knots = garlic roll (one roll each); Hostess cupcakes = chocolate snack cake "1 regular
 *   cupcake"; thai tea with boba = bubble tea "1 item, any size"; smoked sausage = Polish sausage
 *   (holdout 8's kielbasa); chicken with mushroom sauce over egg noodles = chicken with mushroom
 *   sauce + cooked noodles; tofu stir fry = tofu and vegetables with carrots/broccoli in soy-based
 *   sauce; white chicken chili = white chili; chicken and noodles = chicken and noodles in cream
 *   or white sauce; bbq sandwich = barbecue sandwich NFS; beef chow fun = chow fun noodles with
 *   meat (holdout 6); veg biryani = biryani with vegetables; saag paneer = palak paneer; Taco Bell
 *   soft tacos = flour-tortilla beef taco; cheesy bean & rice burrito = burrito with beans and
 *   rice, cheese; bean burrito = burrito with beans, cheese; chicken burrito w rice & beans =
 *   chicken burrito with beans and rice, cheese; prosecco = sparkling wine "1 glass"; canned
 *   mandarin oranges = canned orange NFS; Fanta = fruit-flavored caffeine-free soft drink; cobb
 *   salad with blue cheese dressing = cobb salad + blue cheese dressing; buttered popcorn =
 *   air-popped popcorn with added butter; Glucerna = FNDDS's Glucerna "1 bottle (8 fl oz)"; queso = cheese dip.
 * - Typos were written only where the intended food is plain to a reader ("syurp", "quesidilla",
 *   "potatoe"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-11.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** millilitres in one US fluid ounce, for volumes given in ml (holdout 7) */
const FL_OZ_ML = 29.5735;

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['3 eggs scrambled with cheese and 2 slices of rye', ['32130100', '1 egg', 3], ['51401010', '1 medium or regular slice', 2]],
  ['1 cup oatmeal made with milk and a handful of blueberries', ['56203066', '1 cup, cooked', 1], ['63203010', QNS, 1]],
  ['2 packets apple cinnamon instant oatmeal', ['56203155', '1 packet, dry, yields', 2]],
  ['2 frozen waffles w syrup before school', ['55200020', '1 waffle', 2], ['91300010', QNS, 1]],
  ['plain bagel w cream cheese and 8oz OJ', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['sausage egg & cheese biscuit w a 10 oz oj bottle', ['34001520', '1 regular', 1], ['61210220', '1 bottle (10 fl oz)', 1]],
  ['5 french toast sticks + syrup for my son', ['55301031', '1 stick', 5], ['91300010', QNS, 1]],
  ['1 cup raisin bran with skim milk', ['57329000', '1 cup', 1], ['11113000', QNS, 1]],
  ['blueberry scone and a black coffee', ['52105200', '1 regular', 1], ['92101000', QNS, 1]],
  ['150g greek yogurt + 1 tbsp honey', ['11400010', { grams: 150 }, 1], ['91302010', '1 tablespoon', 1]],
  ['2 cups frosted flakes, splash of milk', ['57348000', '1 cup', 2], ['11100000', '1 fl oz', 1]],
  ['3 slices of toast, butter and marmalade', ['51101010', '1 medium or regular slice', 3], ['81100500', QNS, 1], ['91404000', QNS, 1]],
  ['a belgian waffle at the diner', ['55201000', '1 thick / Belgian waffle', 1]],
  ['breakfast burrito from the gas station', ['34003100', '1 item, any size', 1]],
  ['half cup cheese grits w 2 fried eggs', ['56201090', '1 cup, cooked', 0.5], ['31105005', '1 egg', 2]],
  ['half cup cheerios w 4 oz milk for my daughter', ['57123000', '1 cup', 0.5], ['11100000', '1 fl oz', 4]],
  ['whole wheat english muffin w 1 tbsp almond butter', ['51303030', '1 muffin', 1], ['42200500', '1 tablespoon', 1]],
  ['pain au chocolat and a large cappuccino', ['51166200', '1 croissant', 1], ['92161000', '1 large', 1]],
  ['chilaquiles with one egg', ['58100360', QNS, 1], ['31102000', '1 egg', 1]],
  ['5 silver dollar pancakes (kiddo)', ['55101000', '1 silver dollar pancake', 5]],
  ['sausage mcmuffin and a hash brown', ['34001310', '1 regular', 1], ['71404000', '1 patty', 1]],
  ['a cup of granola and 6 oz of oat milk', ['57227000', '1 cup', 1], ['11360200', '1 fl oz', 6]],
  ['cup of cream of rice this am', ['56205050', '1 cup, cooked', 1]],
  ['large blueberry muffin from costco', ['52302010', '1 large', 1]],
  ['egg white omelet w spinach & peppers, 2 slices multigrain toast', ['32400300', QNS, 1], ['51601010', '1 medium or regular slice', 2]],
  ['pumpkin muffin and coffee w cream', ['52306500', '1 medium', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['brioche french toast x2 with strawberries', ['55301000', '1 slice, any size', 2], ['63223020', QNS, 1]],
  // lunch
  ['turkey & cheese on wheat + an apple', ['27540040', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['ham & cheese on white, sun chips', ['27520220', '1 regular', 1], ['54420210', QNS, 1]],
  ['chicken salad on wheat w a dill pickle', ['27540121', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['2 egg salad sandwiches on wheat', ['32203020', '1 regular', 2]],
  ['school tray: 6 chicken nuggets, tots, choc milk carton', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['half a grilled cheese and a cup of canned tomato soup', ['14640100', '1 sandwich', 0.5], ['74602010', '1 cup', 1]],
  ['bowl of lentil soup and a slice of bread', ['41603010', '1 cup', 1], ['51101000', '1 medium or regular slice', 1]],
  ['cobb salad w blue cheese dressing + a roll', ['75148010', QNS, 1], ['83101000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['turkey club on white + a cup of potato salad', ['27540123', '1 sandwich, any size', 1], ['71601010', '1 cup', 1]],
  ['a reuben at the deli', ['27510950', '1 sandwich, any size', 1]],
  ['cup of split pea soup + 4 saltines', ['41602050', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['footlong cheesesteak', ['27514030', '1 regular or 6" submarine', 2]],
  ['bbq sandwich, 1 cup slaw & 3 hush puppies', ['27500400', '1 regular sandwich', 1], ['75141000', '1 cup', 1], ['52209010', '1 hush puppy', 3]],
  ['lasagna at the italian place w a side caesar', ['58130014', QNS, 1], ['72116150', QNS, 1]],
  ['chicken noodle soup, 1.5 cups w oyster crackers', ['58403040', '1 cup', 1.5], ['54313000', QNS, 1]],
  ['pb sandwich on wheat and a cheese stick', ['42301020', '1 sandwich', 1], ['14107030', '1 stick', 1]],
  ['chicken w mushroom sauce over 1 cup egg noodles', ['27144000', QNS, 1], ['56112000', '1 cup, cooked', 1]],
  ['cup noodles on break', ['58407030', '1 individual container', 1]],
  ['white chicken chili 1.5 cups + 5 saltines', ['27141510', '1 cup', 1.5], ['54325000', '1 cracker', 5]],
  ['4 falafel balls w tahini and a pita', ['41209000', '1 patty', 4], ['43103300', QNS, 1], ['51109100', '1 medium pita', 1]],
  ['tuna salad on wheat + baby carrots', ['27550735', '1 regular', 1], ['73101010', QNS, 1]],
  ['uncrustable and a go gurt in his lunchbox', ['42303100', '1 sandwich', 1], ['11436100', '1 tube', 1]],
  ['half a frozen chicken pot pie', ['27347100', '1 individual pie', 0.5]],
  // dinner
  ['penne w marinara 1.5 cups & 2 garlic knots', ['58146222', '1 cup', 1.5], ['51156500', '1 medium/regular/sandwich size roll', 2]],
  ['2 roasted drumsticks, 3/4 cup brown rice, broccoli', ['24142300', '1 medium drumstick', 2], ['56205011', '1 cup, cooked', 0.75], ['72201220', QNS, 1]],
  ['pork chop w applesauce and mashed potatoes', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['71501000', QNS, 1]],
  ['6oz grilled salmon and a baked sweet potato', ['26137123', { grams: 6 * OZ }, 1], ['73403000', '1 medium', 1]],
  ['taco night, 3 hard shell beef tacos', ['58102010', '1 small/regular', 3]],
  ['beef stroganoff over noodles 1 cup', ['27212350', '1 cup', 1]],
  ['shepherds pie 1 cup for supper', ['27311510', '1 cup', 1]],
  ['tofu stir fry w veggies over 1/2 cup brown rice', ['41812500', QNS, 1], ['56205011', '1 cup, cooked', 0.5]],
  ['5 pierogies w sour cream and kielbasa', ['58121610', '1 item, any size', 5], ['12310100', QNS, 1], ['25221310', QNS, 1]],
  ['slice of meatloaf, 1/2 cup mashed and corn', ['27214100', '1 medium slice', 1], ['71501000', '1 cup', 0.5], ['75216120', QNS, 1]],
  ['8 fish sticks, 1/2 cup mac & cheese', ['26100270', '1 stick', 8], ['58145110', '1 cup', 0.5]],
  ['veal parm and a cup of ziti w sauce', ['27135110', QNS, 1], ['58146222', '1 cup', 1]],
  ['chicken and noodles, 1.5 cups', ['27242300', '1 cup', 1.5]],
  ['dirty rice & fried catfish', ['58163130', QNS, 1], ['26107140', QNS, 1]],
  ['12 oz ribeye + a small baked potato', ['21101170', { grams: 12 * OZ }, 1], ['71100100', '1 small', 1]],
  ['smoked sausage, potato salad & a slice of white bread', ['25221310', QNS, 1], ['71601010', QNS, 1], ['51101000', '1 medium or regular slice', 1]],
  ['8 stuffed grape leaves w beef & rice', ['27315270', '1 roll', 8]],
  ['cabbage rolls x4 w sour cream', ['27315250', '1 cabbage roll', 4], ['12310100', QNS, 1]],
  ['rotisserie chicken and a dinner roll', ['24102000', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['beef stew 1 1/2 cups w a biscuit', ['27311410', '1 cup', 1.5], ['52101000', '1 biscuit', 1]],
  ['250g cooked pasta with pesto', ['56130000', { grams: 250 }, 1], ['81302070', QNS, 1]],
  ['200 g basmati rice + dal', ['56205001', { grams: 200 }, 1], ['41305050', QNS, 1]],
  ['180g boiled potatoes w/ butter', ['71102980', { grams: 180 }, 1], ['81100500', QNS, 1]],
  ['hamburger helper 1 cup', ['58145136', '1 cup', 1]],
  ['4 ribs + 1/2 cup baked beans + cornbread', ['22701000', '1 rib (yield after cooking, bone removed)', 4], ['41201010', '1 cup', 0.5], ['52202060', '1 piece', 1]],
  // restaurants and takeout
  ['olive garden: chicken alfredo, 1 breadstick, salad', ['58146421', QNS, 1], ['51184210', '1 medium stick', 1], ['75143000', QNS, 1]],
  ['general tsos and 1 cup white rice', ['27445150', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['kung pao chicken & 2 egg rolls', ['27445220', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['hunan beef & white rice', ['27415140', QNS, 1], ['56205001', QNS, 1]],
  ['sweet and sour chicken w 1/2 cup fried rice', ['27146100', QNS, 1], ['58150310', '1 cup', 0.5]],
  ['shrimp lo mein, 2 cups, + 1 egg roll', ['58136130', '1 cup', 2], ['58110130', '1 egg roll', 1]],
  ['8 fried potstickers w soy', ['58111110', '1 item, any size', 8]],
  ['beef chow fun 2 cups', ['58135110', '1 cup', 2]],
  ['veg biryani from the buffet', ['58160000', QNS, 1]],
  ['saag paneer w 2 pieces of naan', ['72125310', QNS, 1], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['chana masala w rice', ['41301990', QNS, 1], ['56205001', QNS, 1]],
  ['2 samosas and a chai', ['58124500', '1 regular/large', 2], ['92306800', '1 cup', 1]],
  ['masala dosa at the south indian place', ['58174100', QNS, 1]],
  ['a salmon roll and a tuna roll', ['58151200', QNS, 1], ['58151220', QNS, 1]],
  ['6 eel nigiri', ['58151410', '1 piece', 6]],
  ['miso soup + edamame', ['41601070', QNS, 1], ['41420020', QNS, 1]],
  ['chicken ramen bowl, 2 cups', ['58407042', '1 cup', 2]],
  ['beef pho, 2 cups', ['28310330', '1 cup', 2]],
  ['bibimbap 1.5 cups', ['58150100', '1 cup', 1.5]],
  ['tteokbokki, 1.5 cups', ['58150520', '1 cup', 1.5]],
  ['large chicken burrito w rice & beans', ['58102540', '1 large', 1]],
  ['bean burrito, large', ['58102610', '1 large', 1]],
  ['2 chicken enchiladas w spanish rice & refried beans', ['58102830', '1 enchilada, any size', 2], ['58163430', QNS, 1], ['41205010', QNS, 1]],
  ['a steak quesadilla w pico', ['58104730', '1 full circle', 1], ['74402110', QNS, 1]],
  ['chips and salsa then 3 carnitas tacos', ['54401075', QNS, 1], ['74402100', QNS, 1], ['58102030', '1 small/regular', 3]],
  ['3 chicken tamales', ['58103130', '1 item, any size', 3]],
  ['2 bean pupusas w curtido', ['58105105', '1 item, any size', 2], ['75141040', QNS, 1]],
  ['chicken gyro w fries', ['27516010', '1 sandwich, any size', 1], ['71400990', QNS, 1]],
  ['spanakopita & greek salad', ['58124250', '1 regular/large', 1], ['75146000', QNS, 1]],
  ['fish n chips at the pub + a pint of guinness', ['26100140', QNS, 1], ['71400990', QNS, 1], ['93101000', '1 fl oz', 16]],
  ['2 crab cakes and a cup of coleslaw', ['27250040', '1 cake or patty', 2], ['75141000', '1 cup', 1]],
  ['calamari appetizer', ['26213140', QNS, 1]],
  ['eggplant parm at the italian place', ['75412060', QNS, 1]],
  // fast food
  ['big mac and a large fry, no drink', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 large fast food order', 1]],
  ['6 mcnuggets + sweet n sour sauce', ['24198731', '1 nugget', 6], ['91361010', QNS, 1]],
  ['quarter pounder w cheese, small fry, large diet coke', ['27510232', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1], ['92410320', '1 large drink', 1]],
  ['whopper jr and onion rings', ['27510552', '1 hamburger', 1], ['75415022', '1 fast food order', 1]],
  ['chick-fil-a grilled chicken sandwich + small fries', ['27540152', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['medium frosty', ['11542100', '1 medium', 1]],
  ['taco bell: 2 soft tacos + cheesy bean & rice burrito', ['58102110', '1 small/regular', 2], ['58102620', '1 small/regular', 1]],
  ['mexican pizza from taco bell', ['58101835', '1 pizza', 1]],
  ['kfc drumstick + thigh, mashed potatoes, biscuit', ['24147300', '1 medium drumstick', 1], ['24157300', '1 medium thigh', 1], ['71501000', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['subway 6in italian bmt', ['27580060', '1 regular or 6" submarine', 1]],
  ['popeyes 2 pc chicken + biscuit', ['24107070', '1 piece', 2], ['52101000', '1 biscuit', 1]],
  ['hot dog at the ballpark and a beer', ['27564000', '1 sandwich', 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['arbys: 2 roast beef sandwiches', ['27513010', '1 regular', 2]],
  ['mcchicken and a small fry', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['cheeseburger happy meal w apple juice', ['27510172', '1 cheeseburger', 1], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['medium m&m blizzard', ['13130700', '1 medium', 1]],
  ['mcdonalds hotcakes (3) w syrup', ['55100050', '1 medium pancake', 3], ['91300010', QNS, 1]],
  ['2 slices of thick crust cheese pizza', ['58106230', '1 piece, NFS', 2]],
  ['half a medium cheese pizza from dominos', ['58106210', '1 medium pizza (11-12" diameter)', 0.5]],
  ['10 boneless wings buffalo + celery', ['24168030', '1 boneless wing', 10], ['75109000', QNS, 1]],
  ['3 mozzarella sticks and marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 3], ['74404010', QNS, 1]],
  ['whopper w cheese and a medium coke', ['27510231', '1 cheeseburger', 1], ['92410310', '1 medium drink', 1]],
  // snacks
  ['apple + 2 tbsp peanut butter', ['63101000', '1 medium', 1], ['42202000', '1 tablespoon', 2]],
  ['handful of peanuts at my desk', ['42111000', QNS, 1]],
  ['12 baby carrots w ranch', ['73101010', '1 baby carrot', 12], ['83113500', QNS, 1]],
  ['2 oz cheddar and 10 ritz', ['14104100', { grams: 2 * OZ }, 1], ['54301030', '1 cracker', 10]],
  ['3 rice cakes w peanut butter', ['54318500', '1 cake', 3], ['42202000', QNS, 1]],
  ['a pear and some walnuts around 3', ['63137010', '1 fruit', 1], ['42116000', QNS, 1]],
  ['kind bar on the bus', ['53710810', '1 bar', 1]],
  ['2 cups buttered popcorn', ['54403040', '1 cup, popped', 2]],
  ['45 g cheez-its', ['54304005', { grams: 45 }, 1]],
  ['20 grapes and a cheese stick', ['63123000', '1 grape', 20], ['14107030', '1 stick', 1]],
  ['nectarine & string cheese', ['63131010', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['5 tbsp hummus and celery', ['41205070', '1 tablespoon', 5], ['75109000', QNS, 1]],
  ['1/4 cup trail mix', ['42501000', '1 cup', 0.25]],
  ['an oz of pistachios', ['42114130', '1 oz, NFS', 1]],
  ['bag of fritos w lunch', ['54401031', '1 small single serving bag', 1]],
  ['3 fruit snack pouches on the road trip', ['91746300', '1 snack size/pouch/regular size', 3]],
  ['4 clementines on the drive', ['61100600', '1 fruit', 4]],
  ['3 kiwi', ['63126500', '1 fruit', 3]],
  ['2 medjool dates', ['62110100', '1 date', 2]],
  ['1 oz of jerky and a small apple', ['21602100', { grams: OZ }, 1], ['63101000', '1 small', 1]],
  ['1/2 cup mango', ['63129010', '1 cup', 0.5]],
  ['1/2 cup cottage cheese with a canned pear half', ['14200100', '1 cup', 0.5], ['63137110', '1 half', 1]],
  ['40 g dried mango', ['62114050', { grams: 40 }, 1]],
  ['120g banana', ['63107010', { grams: 120 }, 1]],
  ['30g dark chocolate after dinner', ['91705290', { grams: 30 }, 1]],
  ['a honeydew slice', ['63127010', '1 medium wedge/slice', 1]],
  ['peanut butter crackers from the vending machine', ['54328100', '1 individual package', 1]],
  // desserts
  ['sweet potato pie slice w whipped cream', ['53360000', '1 regular slice', 1], ['12140000', QNS, 1]],
  ['carrot cake cupcake', ['53104260', '1 cupcake, any size', 1]],
  ['one scoop choc + one scoop vanilla', ['13110110', '1 scoop', 1], ['13110100', '1 scoop', 1]],
  ['banana split at the ice cream shop', ['13121120', '1 banana split', 1]],
  ['small brownie w a scoop of vanilla', ['53204000', '1 small or bite size', 1], ['13110100', '1 scoop', 1]],
  ['2 large chocolate chip cookies', ['53206000', '1 large cookie', 2]],
  ['1 cup bread pudding', ['13210110', '1 cup', 1]],
  ['slice of pecan pie at thanksgiving', ['53385000', '1 regular slice', 1]],
  ['red velvet cake slice', ['53116520', '1 piece/slice, any size', 1]],
  ['vanilla cupcake at my nephews party', ['53120270', '1 regular cupcake', 1]],
  ['frosted sugar cookie', ['53244020', '1 medium', 1]],
  ['cherry cobbler w whipped cream', ['53410500', QNS, 1], ['12140000', QNS, 1]],
  ['2 tapioca pudding cups', ['13230500', '1 snack size container', 2]],
  ['creme brulee and a glass of prosecco', ['13210370', QNS, 1], ['93401005', '1 glass', 1]],
  ['3 baklava', ['53441110', '1 piece', 3]],
  ['medium cup of vanilla gelato', ['13110460', '1 medium ice cream cup', 1]],
  ['caramel sundae', ['13121400', '1 sundae', 1]],
  ['tiramisu at dinner', ['13252600', '1 piece', 1]],
  ['slice of coconut cream pie', ['53343000', '1 slice, any size', 1]],
  // drinks
  ['ginger ale 8 oz', ['92410610', '1 fl oz (NFS)', 8]],
  ['20oz dr pepper', ['92410360', '1 bottle (20 fl oz)', 1]],
  ['large sweet tea from chick fil a', ['92308000', '1 large drink', 1]],
  ['half a glass of chocolate milk', ['11511000', '1 fl oz', 4]],
  ['500ml oat milk', ['11360200', '1 fl oz', 500 / FL_OZ_ML]],
  ['venti iced latte', ['92102500', '1 large', 1]],
  ['2 cans of root beer', ['92410710', '1 can (12 fl oz)', 2]],
  ['32 oz gatorade after mowing', ['95320200', '1 bottle (32 fl oz)', 1]],
  ['3 glasses of white wine at the wedding', ['93401020', '1 glass', 3]],
  ['mojito x2', ['93301125', '1 drink', 2]],
  ['2 screwdrivers at brunch', ['93301140', '1 drink', 2]],
  ['2 ciders 12 oz', ['93106500', '1 can or bottle (12 fl oz)', 2]],
  ['half cup eggnog', ['11531000', '1 cup', 0.5]],
  ['12 oz horchata', ['92610020', '1 fl oz', 12]],
  ['tall mocha', ['92101950', '1 small', 1]],
  ['hot cocoa made w whole milk, a mug', ['11512010', '1 cup', 1]],
  ['thai tea w boba', ['92306910', '1 item, any size', 1]],
  ['16oz strawberry smoothie', ['11553100', '1 fl oz', 16]],
  ['8 oz kombucha', ['92306920', '1 fl oz (NFS)', 8]],
  ['capri sun with lunch', ['92552030', '1 Capri Sun pouch', 1]],
  ['fanta 500ml bottle', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['glucerna shake', ['95104000', '1 bottle (8 fl oz)', 1]],
  // lows
  ['low 54, had 6 oz oj', ['61210000', '1 fl oz (NFS)', 6]],
  ['low at 2am, drank 6 oz regular coke', ['92410310', '1 fl oz (NFS)', 6]],
  ['20 skittles, low again', ['91745110', '1 piece', 20]],
  ['going low so 4 jolly ranchers', ['91745025', '1 piece', 4]],
  ['low - 1 tbsp honey', ['91302010', '1 tablespoon', 1]],
  ['dropping fast, 8 gummy bears', ['91745010', '1 piece', 8]],
  ['bg 62 gave her a juice box + 2 graham crackers', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['low on my run, 8 oz of gatorade', ['95320200', '1 fl oz', 8]],
  // holidays and trips
  ['turkey, 1/2 cup mashed, 1/2 cup stuffing & cranberry sauce', ['24201000', QNS, 1], ['71501000', '1 cup', 0.5], ['51182010', '1 cup, NFS', 0.5], ['63207110', QNS, 1]],
  ['xmas dinner ham, scalloped potatoes, green bean casserole & a roll', ['22311000', QNS, 1], ['71305015', QNS, 1], ['75403020', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['half a funnel cake', ['55801000', '1 cake (6" dia)', 0.5]],
  ['corn dog and 16 oz lemonade at the fair', ['27560300', '1 regular', 1], ['92510955', '1 fl oz (NFS)', 16]],
  ['2 matzos w butter', ['54307000', '1 matzo', 2], ['81100500', QNS, 1]],
  ['2 latkes w applesauce', ['71701000', '1 medium pancake', 2], ['63101110', QNS, 1]],
  ['matzo ball soup, a bowl and a half', ['58404500', '1 cup', 1.5]],
  ['soft pretzel at the mall w cheese dip', ['54408400', '1 medium/regular', 1], ['14620200', QNS, 1]],
  ['3 beignets in new orleans', ['53520510', '1 beignet', 3]],
  ['a mooncake for mid autumn', ['53452120', '1 small round Moon Cake', 1]],
  ['candy apple at the pumpkin patch', ['63401060', '1 apple, any size', 1]],
  ['hot cross bun on easter', ['51161020', '1 medium', 1]],
  // older people, shift workers, students
  ['night shift: 2 hostess cupcakes', ['53108200', '1 regular cupcake', 2]],
  ['an ensure and 2 graham crackers', ['95103000', '1 bottle (8 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['6 prunes w breakfast', ['62122100', '1 prune', 6]],
  ['tea w 2 sugars and 2 shortbread', ['92302000', QNS, 1], ['91101010', '1 teaspoon', 2], ['53239000', '1 medium', 2]],
  ['1/2 cup canned mandarin oranges', ['61122300', '1 cup', 0.5]],
  ['2 slices of zucchini bread w my tea', ['52407000', '1 slice', 2], ['92302000', QNS, 1]],
  ['a cup of jello w fruit', ['91501020', '1 cup', 1]],
  ['maruchan 1 pack', ['58407030', '1 oz, dry, yields', 3]],
  ['2 easy macs at 1am', ['58145117', '1 microwavable tub, regular size, prepared', 2]],
  ['pop tart + 8 oz chocolate milk on the way to class', ['53452100', '1 pastry', 1], ['11511000', '1 fl oz', 8]],
  ['8.4 oz red bull before my exam', ['95310600', '1 can (8.4 fl oz)', 1]],
  ['10 pizza rolls', ['58108050', '1 pizza roll', 10]],
  ['dining hall 1 cup mac n cheese & a choc chip cookie', ['58145110', '1 cup', 1], ['53206000', '1 medium cookie', 1]],
  ['9 bagel bites', ['58108050', '1 Bagel Bite', 9]],
  ['40g corn flakes + 200ml milk', ['57134000', { grams: 40 }, 1], ['11100000', '1 fl oz', 200 / FL_OZ_ML]],
  ['6oz sweet potato fries', ['73410200', { grams: 6 * OZ }, 1]],
  ['monster before my shift', ['95310400', '1 can or bottle (16 fl oz)', 1]],
  // a few more with size words and typos
  ['a big bowl of spagetti w meatsauce', ['58146322', '1 cup', 1]],
  ['had 2 big slices of watermelon just now', ['63149010', '1 large wedge/slice', 2]],
  ['a big baked potatoe w butter', ['71100100', '1 large', 1], ['81100500', QNS, 1]],
  ['choclate chip muffin, a big one', ['52302500', '1 large', 1]],
  ['small bag of tortila chips w queso', ['54401075', '1 small single serving bag', 1], ['14620200', QNS, 1]],
  ['a big cinnamon roll w icing', ['51160110', '1 large', 1]],
  ['sandwhich, turkey on white + a bannana', ['27540010', '1 regular', 1], ['63107010', '1 banana', 1]],
  ['cheese quesidilla for lunch', ['58104710', '1 full circle', 1]],
  ['brocoli cheddar soup, a bowl', ['72302100', '1 cup', 1]],
  ['4 pancakes w syurp', ['55101000', '1 medium pancake', 4], ['91300010', QNS, 1]],
  ['venti frappucino', ['92101920', '1 large', 1]],
  ['half a big apple just now', ['63101000', '1 large', 0.5]],
  ['a plate of beef nachos at the game', ['58104130', QNS, 1]],
  ['mashed potatos 1 cup w gravy', ['71501000', '1 cup', 1], ['28500040', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Eleventh held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-11.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-10, with the decisions this set needed in the header of make-eval-meals-holdout-11.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-11.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-11.json`);
}
