/**
 * Writes eval-meals.holdout-8.json: the eighth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (between about 16:53 and 17:05 UTC) by an engineer who has not
 * read the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md or any scoring results
 * (eval-meals*.results.json), and who ran nothing that scores messages; committed on its own
 * branch BEFORE the estimator was run on any of these messages and not shown to the estimator's
 * authors, who were changing the estimator at the time. Each food was chosen by reading foods.csv
 * and each portion by reading portions.csv (core/foods/fndds/), the way a dietitian would pick
 * them for the message. No message repeats one of eval-meals.json or holdouts 1-7 (checked by
 * comparing lower-cased, punctuation-folded messages, and every pair with a word overlap of 0.5
 * or more read and, where it was a paraphrase, rewritten). Same format, conventions and builder
 * as make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams
 * and carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts and -7.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (parents
 * logging for a child, students, shift workers, older adults), on ordinary days: home cooking,
 * school and work lunches, restaurants, fast food, takeout, snacks, drinks, desserts, lows, and
 * the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a pint" of soup is 2 × its "1 cup" (holdout 4's pint = 16 fl oz, applied to soup).
 * - "1/4 cup" of a food with no cup portion (hummus) is 4 × its "1 tablespoon".
 * - A counted small item is the food's per-item portion: "8 grapes" = 8 × "1 grape", "10
 *   almonds" = 10 × "1 nut", "6 wings" = 6 × "1 drummette" (the only per-wing portion of a
 *   bone-in wing), "8 boneless wings" = "1 boneless wing", "stuffed pepper halves" = "1/2 pepper
 *   with filling", "a mini bagel" = the bagel's "1 miniature".
 * - Fast-food fries named with a size are USDA's "small / medium / large fast food order"
 *   (holdout 5); the fries in a kids meal are its "1 kids meal order".
 * - A branded shake with no size is the brand's standard bottle: a Premier Protein shake is
 *   11 × the high-protein shake's "1 fl oz" (extending holdout 7's branded drinks); "a ginger
 *   ale" with no size is the 12 fl oz can.
 * - "juice" with no kind ("4 oz juice" for a low) is 100 % apple juice, as holdouts 6 and 7 did
 *   for a juice box; "a glass of oj" is 8 fl oz (a glass of a drink).
 * - "a slice of quiche" is USDA's "1 piece (1/8 of 9" dia)"; a slice of pie with only an
 *   any-size slice is that slice; "a big slice" of a cake with only an any-size slice drops the
 *   size word (holdout 4).
 * - Cream and sugar in coffee with no amount are coffee creamer and sugar "Quantity not
 *   specified" (holdout 7 counted creams; here none are counted).
 * - Scrambled eggs with cheese: FNDDS has no "NS as to fat" version, so the first listed
 *   (made with margarine) is used; the difference is under 0.1 g per egg.
 * - A Pop-Tart stays holdout 7's fruit-filled pastry for consistency, although FNDDS also has
 *   "Breakfast tart" with a "1 Pop Tart" portion (54 g, 39 g carbs vs the pastry's 42 g).
 * - Nearest FNDDS food where FNDDS lacks the dish: raisin bran = flavored bran flakes; Special K
 *   = K's cereal, plain; maple syrup = syrup NFS; a sausage egg & cheese English muffin = egg
 *   sandwich on English muffin with sausage (no cheese variant); bacon egg & cheese biscuit =
 *   egg sandwich on biscuit with bacon and cheese; Eggos = frozen plain waffles; granola with
 *   milk = granola cereal; Go-Gurt = yogurt tube; Uncrustables = the frozen crustless PB&J
 *   (holdout 7); yorkshire pudding = popover; lamb rogan josh = beef curry (FNDDS has no lamb
 *   curry); massaman and korma = chicken curry; bulgogi = beef with soy-based sauce (holdout 6);
 *   kielbasa = Polish sausage; turkey burgers without a bun = ground turkey "1 patty"; shrimp
 *   scampi = shrimp NFS + pasta; chicken alfredo = pasta with cream sauce (home recipe at home,
 *   restaurant at Olive Garden); rice and beans = kidney beans and white rice (holdout 6); fried
 *   plantains = plantain cooked with oil; pork & tofu stir fry = pork, tofu and vegetables with
 *   carrots/broccoli in soy-based sauce; cold cut combo and Italian BMT = multiple-meat sub with
 *   cheese, restaurant (holdout 5's italian sub); Healthy Choice chicken & rice = the diet frozen
 *   chicken and vegetable entree with rice (9 oz meal); Arby's beef 'n cheddar = roast beef
 *   sandwich on white with cheese; Five Guys little hamburger = fast-food hamburger, 1 medium
 *   patty; nacho fries = fast-food fries; carne asada / steak burrito with rice & beans = beef
 *   burrito with beans and rice; Popeyes red beans and rice = restaurant kidney beans and rice;
 *   cheddar bay biscuit = cheese biscuit; a Frosty = fast-food chocolate milkshake; a Blizzard =
 *   fast-food soft serve blended with candy or cookies; cherry limeade = fruit-flavored lemonade
 *   drink; Baja Blast = caffeinated fruit-flavored soft drink; an iced tea lemonade = FNDDS's iced
 *   tea / lemonade juice drink; White Claw = hard seltzer; IPA and lager = beer; Biscoff cookies
 *   = small gingersnaps; Jolly Ranchers = hard candy; Starburst = taffy; a fruit roll-up = fruit
 *   leather "1 pouch/regular size"; chocolate truffles = chocolate candy "1 piece"; a Klondike =
 *   vanilla ice cream bar, chocolate coated; a Dole Whip = sorbet; cannoli = Italian pastry with
 *   cheese; Auntie Anne's pretzel = soft pretzel, salted, buttered (regular size, count
 *   convention); chocolate ice cream in a waffle cone = FNDDS's scooped chocolate waffle cone;
 *   banana pudding with Nilla wafers = banana pudding; barfi = FNDDS's barfi; Taco Bell taco
 *   salad = the taco salad's "1 Taco Bell taco salad"; school beef tacos = corn-tortilla beef
 *   taco (FNDDS has no school taco; holdout 6's taco with no shell said).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-8.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** US fluid ounces in a millilitre amount ("500 ml"), for drinks counted in the food's "1 fl oz" portion. */
const flOz = (ml: number) => ml / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast at home and on the way
  ['cheesy scrambled eggs (2) on a slice of rye toast', ['32130100', '1 egg', 2], ['51401020', '1 medium or regular slice', 1]],
  ['bowl of raisin bran w 1% milk', ['57329000', '1 cup', 1], ['11112210', QNS, 1]],
  ['1/2 cup oatmeal made w milk + 1 tbsp maple syrup', ['56203066', '1 cup, cooked', 0.5], ['91300010', '1 tablespoon', 1]],
  ['2 eggos w peanut butter', ['55200020', '1 waffle', 2], ['42202000', QNS, 1]],
  ['1 cup cheerios, splash of milk and 6 strawberries', ['57123000', '1 cup', 1], ['11100000', '1 fl oz', 1], ['63223020', '1 fruit', 6]],
  ['sausage egg & cheese on an english muffin from dunkin', ['34001310', '1 regular', 1]],
  ['bacon egg n cheese biscuit', ['34001540', '1 regular', 1]],
  ['raisin toast, 1 slice, and a cup of tea', ['51129020', '1 medium or regular slice', 1], ['92302000', '1 cup', 1]],
  ['large banana and a black coffee', ['63107010', '1 banana', 1], ['92101000', QNS, 1]],
  ['2 kiwis and a 5.3 oz greek yogurt', ['63126500', '1 fruit', 2], ['11400010', '1 5.3 oz container', 1]],
  ['a pop tart on the way to work', ['53452100', '1 pastry', 1]],
  ['half cup cream of rice for my toddler', ['56205050', '1 cup, cooked', 0.5]],
  ['slice of breakfast pizza from the gas station', ['58109210', '1 piece, NFS', 1]],
  ['6oz vanilla yogurt', ['11434090', '1 6 oz container', 1]],
  ['cottage cheese 1/2 cup & a cup of pineapple chunks', ['14200100', '1 cup', 0.5], ['63141010', '1 cup', 1]],
  ['chocolate croissant and 8 oz oj', ['51166200', '1 croissant', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['3/4 cup granola w milk', ['57227000', '1 cup', 0.75], ['11100000', QNS, 1]],
  ['a biscuit and gravy', ['52101000', '1 biscuit', 1], ['27120120', QNS, 1]],
  ['huevos rancheros, 2 eggs', ['32105180', '1 egg', 2]],
  ['an oat bran muffin + coffee with milk', ['52304150', '1 medium', 1], ['92101000', QNS, 1], ['11100000', QNS, 1]],
  ['2 hash browns from mcdonalds', ['71404000', '1 patty', 2]],
  ['1 1/2 cups special k w skim', ['57344000', '1 cup', 1.5], ['11113000', QNS, 1]],
  ['2 slices pb toast & 6 oz of oj', ['51101010', '1 medium or regular slice', 2], ['42202000', QNS, 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['2 packets of maple brown sugar oatmeal', ['56203130', '1 packet, dry, yields', 2]],
  ['two egg whites & an english muffin w jam', ['32400055', '1 egg white', 2], ['51186010', '1 muffin', 1], ['91402000', QNS, 1]],
  ['smoothie w banana, berries and yogurt, 16 oz', ['11553110', '1 fl oz', 16]],
  ['toast w avocado and an egg', ['51101010', '1 medium or regular slice', 1], ['89902000', QNS, 1], ['31102000', '1 egg', 1]],
  ['a bowl of lucky charms at 7', ['57305150', '1 cup', 1], ['11100000', QNS, 1]],
  ['bfast: 2 fried eggs, 2 strips bacon, 1 slice wheat toast & 8 oz oj', ['31105005', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2], ['51300120', '1 medium or regular slice', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['premier protein shake & a banana', ['95120010', '1 fl oz', 11], ['63107010', '1 banana', 1]],

  // kids and school, logged by a parent
  ['school lunch: 6 nuggets, apple slices and a chocolate milk carton', ['24198735', '1 nugget', 6], ['63101000', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['ds had a slice of school pizza + corn', ['58106234', '1 piece, NFS', 1], ['75216120', QNS, 1]],
  ['packed lunch - pb&j on wheat, goldfish, apple juice box', ['42302020', '1 sandwich', 1], ['54304020', QNS, 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['dd ate half a cup of mac n cheese and 8 grapes', ['58145110', '1 cup', 0.5], ['63123000', '1 grape', 8]],
  ['go-gurt and a cheese stick after school', ['11436100', '1 tube', 1], ['14107030', '1 stick', 1]],
  ['2 pouches fruit snacks', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['my 4yo had half a pb sandwich and a few blueberries', ['42301010', '1 sandwich', 0.5], ['63203010', QNS, 1]],
  ['2 applesauce pouches in the car', ['63101110', '1 pouch', 2]],
  ['10 animal crackers', ['53240000', '1 cracker', 10]],
  ['capri sun & a granola bar at soccer', ['92552030', '1 Capri Sun pouch', 1], ['53712100', '1 bar', 1]],
  ['kiddo had 2 beef tacos at school', ['58102010', '1 small/regular', 2]],
  ['my 6 yo had a mini bagel w cream cheese', ['51180010', '1 miniature', 1], ['14301010', QNS, 1]],
  ['5 chicken nuggets from frozen + ketchup', ['24198736', '1 nugget', 5], ['74401010', QNS, 1]],
  ['uncrustables x2', ['42303100', '1 sandwich', 2]],
  ['cheese quesadilla for my son, half of it', ['58104710', '1 full circle', 0.5]],
  ['teen ate 3 slices of pepperoni pizza and a gatorade', ['58106540', '1 piece, NFS', 3], ['95320200', '1 bottle (20 fl oz)', 1]],
  ['she had 1 cup spaghetti w butter', ['56130000', '1 cup, cooked', 1], ['81100500', QNS, 1]],
  ['small bowl of cinnamon toast crunch, 3/4 cup, w milk', ['57125000', '1 cup', 0.75], ['11100000', QNS, 1]],
  ['grilled cheese cut in half, he ate both halves, & tomato soup', ['14640100', '1 sandwich', 1], ['74601000', QNS, 1]],
  ['a kids meal cheeseburger + fries + apple juice', ['27510160', '1 cheeseburger', 1], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['4 fish sticks and half cup of peas', ['26100270', '1 stick', 4], ['75224022', '1 cup', 0.5]],
  ['a cup of strawberry milk', ['11519040', '1 cup', 1]],
  ['3 mini pancakes w syrup for the little one', ['55101000', '1 miniature/bite size pancake', 3], ['91300010', QNS, 1]],
  ['rice krispie treat in his lunchbox', ['53226500', '1 medium bar', 1]],

  // lunch at work, school, on shift
  ['leftover chili 1.5 cups w shredded cheese', ['27111400', '1 cup', 1.5], ['14104100', QNS, 1]],
  ['turkey & swiss on wheat', ['27540040', '1 regular', 1]],
  ['tomato soup (1 cup) + half a turkey sandwich on white bread', ['74601000', '1 cup', 1], ['27540010', '1 regular', 0.5]],
  ['chicken, rice & bean burrito from the food court', ['58102540', '1 small/regular', 1]],
  ['spinach salad w strawberries & walnuts', ['75147000', QNS, 1], ['63223020', QNS, 1], ['42116000', QNS, 1]],
  ['bowl of progresso chicken noodle', ['58403040', '1 cup', 1]],
  ['fruit salad, a cup, and a yogurt', ['63311000', '1 cup', 1], ['11400000', '1 container, NFS', 1]],
  ['blt on wheat + diet pepsi', ['27520620', '1 sandwich, any size', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['pita w hummus and cucumbers', ['51109100', '1 medium pita', 1], ['41205070', QNS, 1], ['75111000', QNS, 1]],
  ['2 slices of meatloaf and a small baked potato', ['27214100', '1 medium slice', 2], ['71100100', '1 small', 1]],
  ['chicken salad on white w a cup of grapes', ['27540120', '1 regular', 1], ['63123000', '1 cup', 1]],
  ['2 cups of bean soup w ham', ['41601180', '1 cup', 2]],
  ['a pint of wonton soup from the chinese place', ['58408010', '1 cup', 2]],
  ['6" cold cut combo w cheese', ['27580060', '1 regular or 6" submarine', 1]],
  ['tuna salad on crackers, about 8 saltines', ['27450060', QNS, 1], ['54325000', '1 cracker', 8]],
  ['frozen healthy choice meal - chicken & rice', ['28143020', '1 meal (9 oz)', 1]],
  ['ham and cheese sandwich, chips and an apple at 12', ['27520220', '1 regular', 1], ['71200010', '1 small single serving bag', 1], ['63101000', '1 medium', 1]],
  ['leftover lasagna square', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['on break: a banana and 1 oz peanuts', ['63107010', '1 banana', 1], ['42111000', '1 oz, without shell, NS as to form', 1]],
  ['1 cup brown rice + grilled chicken + steamed broccoli, meal prep', ['56205011', '1 cup, cooked', 1], ['24123301', QNS, 1], ['72201211', QNS, 1]],
  ['1 cup quinoa and a chicken breast', ['56204000', '1 cup, cooked', 1], ['24123301', QNS, 1]],
  ['cafeteria: cheeseburger & tater tots', ['27510155', '1 cheeseburger', 1], ['71505000', QNS, 1]],
  ['night shift: cup of instant noodles and a coffee', ['58407030', '1 individual container', 1], ['92100000', QNS, 1]],
  ['egg salad on wheat + a bag of pretzels', ['32203020', '1 regular', 1], ['54408015', '1 small single serving bag', 1]],

  // home dinners
  ['baked chicken thighs, 1 cup rice & green beans', ['24152230', QNS, 1], ['56205001', '1 cup, cooked', 1], ['75205030', QNS, 1]],
  ['4 hard shell tacos w ground beef', ['58102010', '1 small/regular', 4]],
  ['2 cups spaghetti w meat sauce & a piece of garlic bread', ['58146322', '1 cup', 2], ['51121015', '1 medium slice', 1]],
  ['2 slices of cheese pizza from the place by work', ['58106210', '1 piece, NFS', 2]],
  ['pork & tofu stir fry w broccoli and carrots, 1 cup brown rice', ['27420100', QNS, 1], ['56205011', '1 cup, cooked', 1]],
  ['salmon, 1/2 cup wild rice and a salad', ['26137110', QNS, 1], ['56205205', '1 cup, cooked', 0.5], ['75143000', QNS, 1]],
  ['shrimp fajitas x3', ['58105060', '1 fajita', 3]],
  ['roast beef, yorkshire pudding and roast potatoes', ['21401000', QNS, 1], ['52311010', '1 popover', 1], ['71104030', QNS, 1]],
  ['2 soft tacos w flour tortillas & ground beef', ['58102110', '1 small/regular', 2]],
  ['shrimp scampi w 1 cup linguine', ['26319110', QNS, 1], ['56130000', '1 cup, cooked', 1]],
  ['made fettuccine alfredo w chicken, had 1.5 cups', ['58146382', '1 cup', 1.5]],
  ['2 sloppy joes on white buns', ['27510100', '1 sandwich, any size', 2]],
  ['kielbasa & cabbage w a boiled potato', ['25221310', QNS, 1], ['75211020', QNS, 1], ['71102980', '1 medium', 1]],
  ['3 stuffed pepper halves (rice & ground beef)', ['58162110', '1/2 pepper with filling', 3]],
  ['chicken tortilla soup and a cheese quesadilla', ['58421080', QNS, 1], ['58104710', '1 full circle', 1]],
  ['1.5 cups tuna noodle casserole', ['27250610', '1 cup', 1.5]],
  ['1.5 cups leftover fried rice with egg', ['58150310', '1 cup', 1.5]],
  ['lamb rogan josh w basmati rice', ['27116100', QNS, 1], ['56205001', QNS, 1]],
  ['dal & 1 cup of rice', ['41305050', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['corned beef, cabbage, 2 small potatoes', ['21416000', QNS, 1], ['75211020', QNS, 1], ['71102980', '1 small', 2]],
  ['a slice of quiche lorraine', ['58125110', '1 piece (1/8 of 9" dia)', 1]],
  ['rice and beans w fried plantains', ['58160150', QNS, 1], ['71900200', QNS, 1]],
  ['pork carnitas, 3 corn tortillas, pico', ['22002050', QNS, 1], ['52215100', '1 medium', 3], ['74402110', QNS, 1]],
  ['chicken breast, a baked sweet potato & salad', ['24123301', QNS, 1], ['73403000', '1 medium', 1], ['75143000', QNS, 1]],
  ['2 turkey burgers no bun + 1 cup sweet potato fries', ['24207000', '1 patty', 2], ['73410320', '1 cup', 1]],
  ['beef stew 2 cups', ['27311600', '1 cup', 2]],
  ['bbq chicken, corn on the cob and mac & cheese', ['27146011', QNS, 1], ['75216111', '1 regular ear', 1], ['58145110', QNS, 1]],
  ['2 pork chops, applesauce, 1 cup mashed', ['22101000', '1 regular', 2], ['63101110', QNS, 1], ['71501000', '1 cup', 1]],
  ['broccoli rice casserole, about a cup', ['72202020', '1 cup', 1]],
  ['sunday dinner: roast chicken, 1 cup mashed potatoes, green beans and a roll', ['24102000', QNS, 1], ['71501000', '1 cup', 1], ['75205030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['6 oz grilled shrimp over a cup of jasmine rice', ['26319123', { grams: 6 * OZ }, 1], ['56205001', '1 cup, cooked', 1]],

  // restaurants, fast food, takeout
  ['mcdonalds 10 pc nuggets, medium fry & a diet coke', ['24198731', '1 nugget', 10], ['71401030', '1 medium fast food order', 1], ['92410320', '1 medium drink', 1]],
  ['quarter pounder w cheese and large fries', ['27510232', '1 cheeseburger', 1], ['71401030', '1 large fast food order', 1]],
  ['taco salad in the shell from taco bell', ['58101930', '1 Taco Bell taco salad', 1]],
  ['bean burrito from taco bell', ['58102610', '1 small/regular', 1]],
  ['panda bowl: orange chicken + fried rice', ['27146350', QNS, 1], ['58150310', QNS, 1]],
  ['kfc: 2 pc original recipe, mashed potatoes w gravy, a biscuit', ['24107070', '1 piece', 2], ['71501000', QNS, 1], ['28500040', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['personal pan pepperoni pizza', ['58106540', '1 personal size pizza (5-7" diameter)', 1]],
  ['2 slices of dominos pepperoni and 6 wings', ['58106540', '1 piece, NFS', 2], ['24168002', '1 drummette', 6]],
  ['arbys beef n cheddar & a small curly fry', ['27513050', '1 regular', 1], ['71401030', '1 small fast food order', 1]],
  ['whopper jr', ['27510552', '1 hamburger', 1]],
  ['32 oz cherry limeade from sonic', ['92510960', '1 fl oz (NFS)', 32]],
  ['small oreo blizzard', ['13130700', '1 small', 1]],
  ['grande iced vanilla latte', ['92101904', '1 medium', 1]],
  ['medium iced coffee w cream and sugar from dunkin', ['92102400', '1 medium', 1], ['12200100', QNS, 1], ['91101010', QNS, 1]],
  ['chick fil a 8 count nuggets + medium waffle fries', ['24198731', '1 nugget', 8], ['71401030', '1 medium fast food order', 1]],
  ['popeyes 3 tenders w red beans and rice', ['24198741', '1 tender, strip, or finger', 3], ['58160102', QNS, 1]],
  ['olive garden fettuccine alfredo and 2 breadsticks', ['58146381', QNS, 1], ['51183990', '1 medium stick', 2]],
  ['2 cheddar bay biscuits', ['52104100', '1 biscuit', 2]],
  ['burrito bowl w rice, black beans, chicken and salsa', ['58102780', QNS, 1], ['74402100', QNS, 1]],
  ['massaman curry w chicken & jasmine rice', ['27146150', QNS, 1], ['56205001', QNS, 1]],
  ['sushi - a california roll and a spicy tuna roll', ['58151180', QNS, 1], ['58151220', QNS, 1]],
  ['korean bbq: bulgogi, a bowl of rice & kimchi', ['27115000', QNS, 1], ['56205001', '1 cup, cooked', 1], ['75502520', QNS, 1]],
  ['philly cheesesteak and onion rings', ['27514030', '1 regular', 1], ['75415022', QNS, 1]],
  ['8 boneless buffalo wings', ['24168030', '1 boneless wing', 8]],
  ['waffle house: waffle, 2 scrambled eggs & hashbrowns', ['55200100', '1 medium waffle', 1], ['32129990', '1 egg', 2], ['71404000', QNS, 1]],
  ['chicken n dumplins at cracker barrel', ['27246100', QNS, 1]],
  ['chicken korma & garlic naan', ['27146150', QNS, 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['1.5 cups shrimp pad thai', ['58137240', '1 cup', 1.5]],
  ['5 guys little hamburger and a small fry', ['27510601', '1 hamburger', 1], ['71401030', '1 small fast food order', 1]],
  ['subway footlong italian bmt', ['27580060', '1 regular or 6" submarine', 2]],
  ['3 cheese gorditas', ['58104255', '1 item, any size', 3]],
  ['a small chocolate frosty', ['11542100', '1 small', 1]],
  ['nacho fries & a large baja blast', ['71401030', QNS, 1], ['92410550', '1 large drink', 1]],
  ['chinese takeout: sweet & sour chicken w white rice', ['27146100', QNS, 1], ['56205001', QNS, 1]],
  ['carne asada burrito w rice & beans, large', ['58102340', '1 large', 1]],
  ['2 gyros from the greek place', ['27516010', '1 sandwich, any size', 2]],
  ['fish fry friday: 2 pieces fried cod, fries, coleslaw', ['26109140', '1 small/regular fillet', 2], ['71400990', QNS, 1], ['75141000', QNS, 1]],

  // snacks
  ['1 oz cheddar + 6 triscuits', ['14104100', { grams: OZ }, 1], ['54337020', '1 cracker', 6]],
  ['a handful of pistachios', ['42114130', QNS, 1]],
  ['a pear at 3', ['63137010', '1 fruit', 1]],
  ['2 tangerines', ['61125010', '1 fruit', 2]],
  ['cup of watermelon chunks', ['63149010', '1 cup', 1]],
  ['1/4 cup hummus w carrot sticks', ['41205070', '1 tablespoon', 4], ['73101010', QNS, 1]],
  ['2 rice cakes w almond butter', ['54318500', '1 cake', 2], ['42200500', QNS, 1]],
  ['bag of sun chips', ['54420210', '1 small single serving bag', 1]],
  ['2 cups of air popped popcorn w butter', ['54403040', '1 cup, popped', 2]],
  ['kind bar and a black coffee at 10', ['53710810', '1 bar', 1], ['92101000', QNS, 1]],
  ['beef jerky stick and a peach', ['21602100', QNS, 1], ['63135010', '1 fruit', 1]],
  ['20 red grapes', ['63123000', '1 grape', 20]],
  ['2 tbsp pb on a banana', ['42202000', '1 tablespoon', 2], ['63107010', '1 banana', 1]],
  ['whole mango', ['63129010', '1 mango', 1]],
  ['handful of cheez its', ['54304005', QNS, 1]],
  ['2 cuties & string cheese', ['61100600', '1 fruit', 2], ['14107030', '1 stick', 1]],
  ['ants on a log w 2 celery stalks', ['75109000', '1 stalk', 2], ['42202000', QNS, 1], ['62125100', QNS, 1]],
  ['2 dill pickles and a handful of pretzels', ['75503010', '1 regular', 2], ['54408015', QNS, 1]],
  ['100 calorie pack of almonds', ['42100100', '1 100 calorie package', 1]],
  ['an apple w 2 tbsp caramel dip', ['63101000', '1 medium', 1], ['91306020', '1 tablespoon', 2]],
  ['2 hard boiled eggs and 10 almonds', ['31103010', '1 egg', 2], ['42100100', '1 nut', 10]],
  ['pork rinds w salsa', ['22709010', QNS, 1], ['74402100', QNS, 1]],

  // drinks
  ['a 24 oz sweet tea', ['92308000', '1 fl oz (NFS)', 24]],
  ['a 20 oz root beer', ['92410710', '1 bottle (20 fl oz)', 1]],
  ['3 pints of lager at the pub', ['93101000', '1 fl oz', 48]],
  ['2 margaritas on the rocks', ['93301100', '1 drink', 2]],
  ['8oz apple juice', ['64104010', '1 fl oz (NFS)', 8]],
  ['hot cocoa w skim milk, 10 oz', ['11512020', '1 fl oz', 10]],
  ['a brown sugar boba tea', ['92306910', '1 item, any size', 1]],
  ['a glass of 2% milk + 2 choc chip cookies', ['11112110', '1 fl oz', 8], ['53206000', '1 medium cookie', 2]],
  ['20oz half and half iced tea lemonade', ['92307500', '1 bottle (20 fl oz)', 1]],
  ['a white claw', ['93106600', '1 can or bottle (12 fl oz)', 1]],
  ['gin & tonic x2', ['93301060', '1 drink', 2]],
  ['330ml coconut water', ['42403010', '1 fl oz (NFS)', flOz(330)]],
  ['a 16oz kombucha', ['92306920', '1 fl oz (NFS)', 16]],
  ['a mango smoothie, 20 oz', ['11553100', '1 fl oz', 20]],
  ['glass of chocolate milk after my run', ['11511000', '1 fl oz', 8]],
  ['3 vodka cokes', ['93301214', '1 drink', 3]],
  ['a 16 oz mocha', ['92101950', '1 fl oz', 16]],

  // desserts
  ['one scoop of vanilla ice cream', ['13110100', '1 scoop', 1]],
  ['chocolate ice cream in a waffle cone', ['13120775', '1 cone', 1]],
  ['brownie w ice cream', ['53204000', '1 medium', 1], ['13110000', QNS, 1]],
  ['a big slice of carrot cake from the bakery', ['53104260', '1 piece/slice, any size', 1]],
  ['1 chocolate cupcake with frosting', ['53105270', '1 regular cupcake', 1]],
  ['half cup of banana pudding w nilla wafers', ['13241000', '1 cup', 0.5]],
  ['1/2 cup peach cobbler', ['53410800', '1 cup', 0.5]],
  ['lemon meringue pie, 1 slice', ['53381000', '1 slice, any size', 1]],
  ['3 choc chip cookies', ['53206000', '1 medium cookie', 3]],
  ['a cannoli', ['53452200', '1 pastry', 1]],
  ['2 pieces of baklava', ['53441110', '1 piece', 2]],
  ['small froyo', ['11459990', '1 small ice cream cup', 1]],
  ['a klondike bar', ['13120100', '1 bar', 1]],
  ['rice pudding, 3/4 cup', ['13210410', '1 cup', 0.75]],
  ['german chocolate cake, 1 piece', ['53105300', '1 piece/slice, any size', 1]],
  ['a piece of strawberry shortcake', ['53123070', '1 piece/slice, any size', 1]],

  // lows
  ['low 58 - 3 jolly ranchers', ['91745025', '1 piece', 3]],
  ['bg 62, had 1/2 cup oj', ['61210000', '1 fl oz (NFS)', 4]],
  ['treated a low w 6 oz regular coke', ['92410310', '1 fl oz (NFS)', 6]],
  ['low at 3am: juice box + 2 graham crackers', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['12 skittles, bg was 59', ['91745110', '1 piece', 12]],
  ['went low on my walk, ate a fruit roll up', ['91746350', '1 pouch/regular size', 1]],
  ['4 starburst', ['91750000', '1 piece', 4]],
  ['tbsp of honey, was 65', ['91302010', '1 tablespoon', 1]],
  ['dropped to 54, half a can of sprite', ['92410510', '1 can (12 fl oz)', 0.5]],
  ['low 61, glass of oj', ['61210000', '1 fl oz (NFS)', 8]],
  ['low, drank a cup of skim milk', ['11113000', '1 cup', 1]],
  ['low before driving, had a granola bar and 4 oz juice', ['53712100', '1 bar', 1], ['64104010', '1 fl oz (NFS)', 4]],
  ['5 gummy bears, low before bed', ['91745010', '1 piece', 5]],

  // trips, holidays, outings
  ['airport - auntie annes pretzel', ['54408410', '1 medium/regular', 1]],
  ['on the plane: 2 biscoff cookies & a ginger ale', ['53223000', '1 small', 2], ['92410610', '1 can (12 fl oz)', 1]],
  ['disney: churro and a dole whip', ['53520200', '1 regular', 1], ['63430150', QNS, 1]],
  ['funnel cake at the fair', ['55801000', '1 cake (6" dia)', 1]],
  ['cookout: 2 hamburgers, potato salad, corn on the cob', ['27510631', '1 hamburger', 2], ['71601010', QNS, 1], ['75216111', '1 regular ear', 1]],
  ['halloween: 3 fun size snickers', ['91705520', '1 fun/snack size', 3]],
  ['road trip - beef jerky & a bag of peanut m&ms', ['21602100', QNS, 1], ['91746110', '1 pouch/regular size', 1]],
  ["valentine's, 4 chocolate truffles", ['91705010', '1 piece', 4]],
  ['4th of july: hot dog, watermelon slice & 1 cup baked beans', ['27564000', '1 sandwich', 1], ['63149010', '1 medium wedge/slice', 1], ['41201010', '1 cup', 1]],
  ['gelato in rome, 1 cup', ['13110460', '1 cup', 1]],
  ['ballpark: soft pretzel and a beer', ['54408400', '1 medium/regular', 1], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['movie popcorn medium + small icee', ['54403005', '1 medium order', 1], ['92513000', '1 small', 1]],
  ['2 slices birthday cake at the party', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 2]],
  ['cruise buffet: 2 cups pasta salad & a dinner roll', ['58148110', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['beach day - 2 ice cream sandwiches', ['13120500', '1 sandwich', 2]],
  ['hanukkah: 2 sufganiyot', ['53521140', '1 doughnut', 2]],
  ['diwali sweets, 2 pieces of barfi', ['13252500', '1 piece', 2]],
  ['ramadan iftar: 3 dates and a bowl of lentil soup', ['62110100', '1 date', 3], ['41603010', '1 cup', 1]],
  ["new year's day: black eyed peas & cornbread", ['41300990', QNS, 1], ['52201000', '1 piece', 1]],
  ['lunar new year: 6 pork dumplings & a bowl of rice', ['58112510', '1 item, any size', 6], ['56205001', '1 cup, cooked', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Eighth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-8.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts, make-eval-meals-holdout-4.ts and make-eval-meals-holdout-5.ts (and the decisions in the headers of -6 and -7), with the decisions this set needed in the header of make-eval-meals-holdout-8.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-8.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-8.json`);
}
