/**
 * Writes eval-meals.holdout-10.json: the tenth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 17:32 UTC, committed before 17:50 UTC) by an engineer
 * who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md or any scoring results
 * (eval-meals*.results.json), and who ran nothing that scores messages; committed on its own
 * branch BEFORE the estimator was run on any of these messages and not shown to the estimator's
 * authors, who were changing the estimator at the time. Written under a tight deadline: each
 * food and portion was chosen from the FNDDS table (core/foods/fndds/), mostly among the
 * food/portion pairs earlier held-out sets already chose for the same dish, so that the same
 * dish means the same food across sets; the builder checks every code and portion against the
 * table. No message repeats one of eval-meals.json or holdouts 1-9 (checked by comparing
 * lower-cased, punctuation-folded messages). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and
 * carbs from the table, never typed), plus the decisions in the headers of
 * make-eval-meals-holdout-4.ts, -5.ts, -6.ts, -7.ts, -8.ts and -9.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people, students, shift workers), on ordinary days, lows included.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "a scoop" of ice cream is the flavour's "1 scoop"; "one scoop whey" (a protein shake in
 *   water) is the whey powder's "1 scoop, NFS" alone; "a scoop of rice" is "Quantity not
 *   specified" (the rice has no scoop portion).
 * - "N pc fried chicken" is the coated fried chicken's "1 piece"; "a piece of cornbread" the
 *   home-recipe cornbread's "1 piece" (holdout 6); "a piece" of tiramisu its "1 piece".
 * - "350 ml" of juice is 350 / 29.5735 × "1 fl oz" (holdout 9's 500 ml rule); "a 500ml bottle"
 *   is USDA's 16.9 fl oz / 500 ml bottle (holdout 5); "a can" is the 12 fl oz can.
 * - "a mug of" tea is the tea's "1 cup" (8 fl oz, like a glass or a cup of a drink); "a big
 *   bowl" of cereal stays 1 cup ("a bowl" is 1 cup; big bowls were not given their own size).
 * - "a small coffee w cream" is the coffee's "1 small" + liquid creamer "Quantity not specified".
 * - A soup named beside another food with no amount ("minestrone + 6 saltines", "2 idli and
 *   sambar", "hot & sour soup + 2 egg rolls") is the soup's "Quantity not specified", like any
 *   food without a quantity (not a cup or a bowl).
 * - "veggie pho" is FNDDS's pho without meat; "veg fried rice" is meatless fried rice.
 * - The apple juice box in a Happy Meal is 100 % apple juice's "1 juice box/pouch (6.75 fl oz)";
 *   the milk carton on a school tray is milk's "1 individual school container"; bbq sauce with
 *   nuggets is barbecue sauce "Quantity not specified".
 * - "a yoplait" is the flavoured yogurt's "1 6 oz container"; "sf choc pudding" is the
 *   ready-to-eat sugar-free chocolate pudding; "an ensure" / "ensure bottle" is FNDDS's Ensure
 *   "1 bottle (8 fl oz)"; "a kombucha bottle" is its 12 fl oz bottle.
 * - Nachos at a ballgame are cheese-only nachos (chips and cheese sauce), "Quantity not specified".
 * - "canned peaches" with no pack said is FNDDS's canned peach NFS; "a paratha" is the plain
 *   paratha; "carnitas" is FNDDS's pork carnitas (no carbs), the tortillas counted apart.
 * - "a string cheese" is the part-skim mozzarella's "1 stick" (28 g): USDA's "1 string" is a
 *   single pulled strand (4.7 g), not the packaged stick people mean.
 * - Spicy / buffalo boneless wings are the boneless wings with hot sauce; "plain wings" the plain
 *   restaurant wing, each wing its "1 drummette" (holdout 8).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-10.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const FLOZ_ML = 29.5735;

const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['toast x2 with butter and jam', ['51101010', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['91402000', QNS, 1]],
  ['1 cup cheerios + 1/2 cup skim milk', ['57123000', '1 cup', 1], ['11113000', '1 cup', 0.5]],
  ['bowl of honey nut o\'s w/ 1% milk', ['57241000', '1 cup', 1], ['11112210', QNS, 1]],
  ['bowl of cornflakes and a banana for brekkie', ['57134000', '1 cup', 1], ['63107010', '1 banana', 1]],
  ['instant oatmeal packet, maple one', ['56203130', '1 packet, dry, yields', 1]],
  ['1 cup oatmeal made w milk & a tbsp honey', ['56203066', '1 cup, cooked', 1], ['91302010', '1 tablespoon', 1]],
  ['2 eggos + syrup', ['55200020', '1 waffle', 2], ['91300010', QNS, 1]],
  ['belgian waffle w strawberries', ['55201000', '1 thick / Belgian waffle', 1], ['63223020', QNS, 1]],
  ['4 silver dollar pancakes for my son', ['55101000', '1 silver dollar pancake', 4]],
  ['pancakes x3, 2 tbsp syrup', ['55101000', '1 medium pancake', 3], ['91300010', '1 tablespoon', 2]],
  ['english muffin w pb', ['51186010', '1 muffin', 1], ['42202000', QNS, 1]],
  ['mini bagel & a yogurt tube - kid breakfast', ['51180010', '1 miniature', 1], ['11436100', '1 tube', 1]],
  ['croissant breakfast sandwich with sausage', ['34001410', '1 regular', 1]],
  ['2 fried eggs, 2 strips bacon, 1 slice rye toast', ['31105005', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2], ['51401020', '1 medium or regular slice', 1]],
  ['egg white omelet (3 whites) and fruit salad 1 cup', ['32400055', '1 egg white', 3], ['63311000', '1 cup', 1]],
  ['hash brown patty and 2 sausage links', ['71404000', '1 patty', 1], ['25221400', '1 breakfast size link', 2]],
  ['greek yogurt 5.3oz container with granola', ['11400010', '1 5.3 oz container', 1], ['57227000', QNS, 1]],
  ['a yoplait', ['11434090', '1 6 oz container', 1]],
  ['french toast sticks x5', ['55301031', '1 stick', 5]],
  ['chocolate croissant and a small latte', ['51166200', '1 croissant', 1], ['92101900', '1 small', 1]],
  ['big choc chip muffin from costco', ['52302500', '1 large', 1]],
  ['breakfast burrito w egg', ['34003100', '1 item, any size', 1]],
  ['huevos rancheros at the diner', ['32105180', QNS, 1]],
  ['multigrain toast 2 sl w avocado', ['51601010', '1 medium or regular slice', 2], ['89902000', QNS, 1]],
  ['cinnabon at the airport', ['51160110', '1 Cinnabon', 1]],
  ['jelly donut + medium coffee', ['53521140', '1 doughnut', 1], ['92101000', '1 medium', 1]],
  ['2 glazed donuts', ['53521110', '1 doughnut', 2]],
  ['quaker chewy bar on the bus', ['53711000', '1 bar', 1]],
  ['parfait from mcdonalds', ['11446000', "1 McDonald's parfait", 1]],
  // lunches
  ['ham & cheese sandwich on white + apple', ['27520220', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['turkey and cheese on wheat, bag of sun chips', ['27540040', '1 regular', 1], ['54420210', '1 small single serving bag', 1]],
  ['pb sandwich no jelly', ['42301010', '1 sandwich', 1]],
  ['uncrustable and goldfish snack bag', ['42303100', '1 sandwich', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['school lunch: pizza slice, milk carton, applesauce cup', ['58106234', '1 piece, NFS', 1], ['11100000', '1 individual school container', 1], ['63101110', '1 snack size container', 1]],
  ['school nuggets (6) and tots', ['24198735', '1 nugget', 6], ['71505020', QNS, 1]],
  ['egg salad on white', ['32203010', '1 regular', 1]],
  ['tuna melt on white w cheese', ['27550730', '1 regular', 1]],
  ['cup of broccoli cheddar soup and a roll', ['72302100', '1 cup', 1], ['51000200', '1 medium/regular/sandwich size roll', 1]],
  ['split pea w ham, a bowl', ['41602030', '1 cup', 1]],
  ['minestrone + 6 saltines', ['75651000', QNS, 1], ['54325000', '1 cracker', 6]],
  ['chicken caesar wrap', ['27540122', '1 sandwich, any size', 1]],
  ['turkey wrap + baby carrots', ['27540070', '1 sandwich, any size', 1], ['73101010', QNS, 1]],
  ['6" meatball sub', ['27510700', '1 regular or 6" submarine', 1]],
  ['cheesesteak on a white roll', ['27514030', '1 regular', 1]],
  ['cuban sandwich and plantains', ['27520410', '1 sandwich, any size', 1], ['71900200', QNS, 1]],
  ['roast beef on white w a bag of chips', ['27513010', '1 regular', 1], ['71200010', '1 small single serving bag', 1]],
  ['corned beef sandwich, pickle', ['27510910', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['greek salad w grilled chicken, no dressing', ['75146000', QNS, 1], ['24123301', QNS, 1]],
  ['spinach salad + italian dressing', ['75147000', QNS, 1], ['83106000', QNS, 1]],
  ['leftover lasagna, one piece', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['easy mac cup', ['58145117', '1 microwavable tub, regular size, prepared', 1]],
  ['cup o noodles', ['58407030', '1 individual container', 1]],
  ['lean cuisine teriyaki chicken', ['28141201', '1 Lean Cuisine meal (11 oz)', 1]],
  ['hot pocket pepperoni', ['58126150', '1 regular/large', 1]],
  ['2 corn dogs at the fair', ['27560300', '1 regular', 2]],
  ['3 tbsp hummus + 10 triscuits', ['41205070', '1 tablespoon', 3], ['54337020', '1 cracker', 10]],
  ['1 cup pasta salad at the bbq', ['58148110', '1 cup', 1]],
  // fast food
  ['mcdonalds cheeseburger and small fries', ['27510172', '1 cheeseburger', 1], ['71401030', '1 small fast food order', 1]],
  ['happy meal hamburger w kids fries and apple juice box', ['27510553', '1 hamburger', 1], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['10 pc mcnuggets + bbq sauce', ['24198731', '1 nugget', 10], ['74406010', QNS, 1]],
  ['a whopper w cheese + onion rings', ['27510231', '1 cheeseburger', 1], ['75415022', '1 fast food order', 1]],
  ['grilled chicken sandwich fast food', ['27540152', '1 regular sandwich', 1]],
  ['4 chicken strips from kfc', ['24198741', '1 tender, strip, or finger', 4]],
  ['fried drumstick + thigh', ['24147300', '1 medium drumstick', 1], ['24157300', '1 medium thigh', 1]],
  ['3 chicken taquitos', ['58104835', '1 small/regular taquito', 3]],
  ['2 slices sausage pizza', ['58106610', '1 piece, NFS', 2]],
  ['white pizza 2 slices', ['58107205', '1 piece, NFS', 2]],
  ['cheese calzone', ['58108000', '1 calzone or stromboli', 1]],
  ['12 boneless wings buffalo', ['24168030', '1 boneless wing', 12]],
  ['8 plain wings and celery', ['24168002', '1 drummette', 8], ['75109000', QNS, 1]],
  ['5 mozz sticks', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 5]],
  ['popeyes red beans & rice + 2 pc fried chicken', ['58160102', QNS, 1], ['24107070', '1 piece', 2]],
  ['fish sandwich from the drive thru, no cheese', ['27550000', '1 regular sandwich', 1]],
  ['small chocolate shake', ['11542100', '1 small', 1]],
  ['large strawberry shake', ['11542200', '1 large', 1]],
  ['small blizzard', ['13130700', '1 small', 1]],
  ['mcd apple pie', ['53301070', "1 McDonald's pie", 1]],
  // dinner / home cooking
  ['chicken alfredo homemade 1.5 cups', ['58146422', '1 cup', 1.5]],
  ['penne 200g cooked w some sauce', ['56130000', { grams: 200 }, 1], ['74404010', QNS, 1]],
  ['3 jumbo stuffed shells', ['58134130', '1 shell (jumbo)', 3]],
  ['cheese tortellini 1 cup', ['58134620', '1 cup', 1]],
  ['5oz baked salmon w quinoa', ['26137120', { grams: 5 * 28.35 }, 1], ['56204000', QNS, 1]],
  ['pork chop, applesauce & a baked potato', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['71100100', '1 medium', 1]],
  ['meatloaf 2 slices + mashed 1 cup', ['27214100', '1 medium slice', 2], ['71501000', '1 cup', 1]],
  ['pot roast w potatoes and carrots, 2 cups', ['27311600', '1 cup', 2]],
  ['chicken & dumplings, a bowl', ['27246100', '1 cup', 1]],
  ['tuna noodle casserole 1 cup', ['27250610', '1 cup', 1]],
  ['beef stroganoff w noodles', ['27212350', QNS, 1]],
  ['stuffed peppers x2 halves', ['58162110', '1/2 pepper with filling', 2]],
  ['jambalaya 1.5 cup', ['27363100', '1 cup', 1.5]],
  ['gumbo w rice, a cup', ['27363000', '1 cup', 1]],
  ['fish sticks (6) and tater tots', ['26100270', '1 stick', 6], ['71505000', QNS, 1]],
  ['salmon patty + 1/2 cup corn', ['27250070', '1 cake or patty', 1], ['75216120', '1 cup', 0.5]],
  ['ribs, 4 of them, with baked beans 1 cup', ['22701000', '1 rib (yield after cooking, bone removed)', 4], ['41201010', '1 cup', 1]],
  ['baked sweet potato w butter', ['73403000', '1 medium', 1], ['81100500', QNS, 1]],
  ['1/2 cup wild rice + chicken breast 4oz', ['56205205', '1 cup, cooked', 0.5], ['24123301', { grams: 4 * 28.35 }, 1]],
  ['150g white rice + chicken curry', ['56205001', { grams: 150 }, 1], ['27146150', QNS, 1]],
  ['dal and 2 rotis', ['41305050', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['chicken biryani 2 cups', ['27243100', '1 cup', 2]],
  ['2 idli and sambar', ['55702000', '1 item', 2], ['41311020', QNS, 1]],
  ['a paratha w yogurt', ['51300185', '1 paratha', 1], ['11400000', QNS, 1]],
  ['veg fried rice 1 cup', ['58150110', '1 cup', 1]],
  ['kung pao chicken 1 cup', ['27445220', '1 cup', 1]],
  ['beef n broccoli w rice', ['27415110', QNS, 1], ['56205001', QNS, 1]],
  ['hot & sour soup + 2 egg rolls', ['28340750', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['4 steamed dumplings', ['58112510', '1 item, any size', 4]],
  ['sweet n sour pork 1 cup', ['27120060', '1 cup', 1]],
  ['tteokbokki a cup', ['58150520', '1 cup', 1]],
  ['4 salmon nigiri', ['58151420', '1 piece', 4]],
  ['eel sushi x3', ['58151410', '1 piece', 3]],
  ['veggie pho, a bowl', ['28310335', '1 cup', 1]],
  ['chicken fajitas x3', ['58105000', '1 fajita', 3]],
  ['2 pork tamales', ['58103125', '1 item, any size', 2]],
  ['3 pupusas de queso', ['58105100', '1 item, any size', 3]],
  ['chile relleno + spanish rice', ['75410500', '1 chili', 1], ['58163430', QNS, 1]],
  ['2 cheese enchiladas', ['58102840', '1 enchilada, any size', 2]],
  ['carnitas w 3 corn tortillas', ['22002050', QNS, 1], ['52215100', '1 medium', 3]],
  ['paella 1 cup', ['27360090', '1 cup', 1]],
  ['spanakopita piece', ['58124250', '1 regular/large', 1]],
  ['4 grape leaves', ['58161510', '1 roll', 4]],
  ['3 falafel w tzatziki', ['41209000', '1 patty', 3], ['11440060', QNS, 1]],
  ['thanksgiving plate: turkey, 1 cup stuffing, sweet potato casserole, green bean casserole', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['73409000', QNS, 1], ['75403020', QNS, 1]],
  ['matzo ball soup 2 cups', ['58404500', '1 cup', 2]],
  ['3 potato latkes', ['71701000', '1 medium pancake', 3]],
  // snacks
  ['1 oz pistachios', ['42114130', '1 oz, NFS', 1]],
  ['15 almonds', ['42100100', '1 nut', 15]],
  ['string cheese + 10 grapes', ['14107030', '1 stick', 1], ['63123000', '1 grape', 10]],
  ['an apple sliced up w 2 tbsp almond butter', ['63101000', '1 medium', 1], ['42200500', '1 tablespoon', 2]],
  ['1 cup watermelon cubes', ['63149010', '1 cup', 1]],
  ['4 prunes', ['62122100', '1 prune', 4]],
  ['a cup of strawberries and whipped cream', ['63223020', '1 cup', 1], ['12140000', QNS, 1]],
  ['honeydew, 1 cup', ['63127010', '1 cup', 1]],
  ['canned peaches, 1 cup', ['63135110', '1 cup', 1]],
  ['microwave popcorn bag', ['54403051', '1 regular microwave bag', 1]],
  ['3 cups air popped popcorn', ['54403010', '1 cup, popped', 3]],
  ['small movie popcorn', ['54403005', '1 small order', 1]],
  ['cheetos snack bag', ['54401081', '1 small single serving bag', 1]],
  ['fritos small bag', ['54401031', '1 small single serving bag', 1]],
  ['30g cheez its', ['54304005', { grams: 30 }, 1]],
  ['5 ritz', ['54301030', '1 cracker', 5]],
  ['pretzels, small bag', ['54408015', '1 small single serving bag', 1]],
  ['powerbar before my run', ['53720300', '1 bar', 1]],
  ['cottage cheese 1/2 cup w pineapple 1/2 cup', ['14200100', '1 cup', 0.5], ['63141010', '1 cup', 0.5]],
  ['2 deviled eggs', ['32102000', '1 egg', 2]],
  ['4 vanilla wafers', ['53247000', '1 medium', 4]],
  ['2 shortbread cookies w tea', ['53239000', '1 medium', 2], ['92302000', QNS, 1]],
  // lows
  ['treated low w a capri sun', ['92552030', '1 Capri Sun pouch', 1]],
  ['low — 5 jolly ranchers', ['91745025', '1 piece', 5]],
  ['went low at 3am, grape juice box', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['fruit snacks pouch for a 62', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['12oz gatorade bottle, low during practice', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['10 gummy bears', ['91745010', '1 piece', 10]],
  ['3 marshmallows lol', ['91723000', '1 piece', 3]],
  // desserts
  ['vanilla soft serve cone', ['13120782', '1 cone', 1]],
  ['chocolate cupcake at the birthday party', ['53105270', '1 regular cupcake', 1]],
  ['key lime pie', ['53305800', '1 slice, any size', 1]],
  ['tiramisu, a piece', ['13252600', '1 piece', 1]],
  ['2 brownies', ['53204000', '1 medium', 2]],
  ['rice pudding 1 cup', ['13210410', '1 cup', 1]],
  ['bread pudding, half a cup', ['13210110', '1 cup', 0.5]],
  ['sf choc pudding 1 cup', ['13230140', '1 cup', 1]],
  ['moon cake', ['53452120', '1 small round Moon Cake', 1]],
  ['3 gingersnaps', ['53223000', '1 medium', 3]],
  ['2 sugar cookies w icing', ['53244020', '1 medium', 2]],
  ['big choc chip cookie', ['53206000', '1 large cookie', 1]],
  // drinks
  ['oat milk, 12 oz', ['11360200', '1 fl oz', 12]],
  ['chocolate milk 1 cup', ['11511000', '1 cup', 1]],
  ['strawberry milk', ['11519040', '1 cup', 1]],
  ['350 ml orange juice', ['61210000', '1 fl oz (NFS)', 350 / FLOZ_ML]],
  ['10 oz bottle of oj', ['61210220', '1 bottle (10 fl oz)', 1]],
  ['cranberry juice 8oz', ['92530510', '1 fl oz (NFS)', 8]],
  ['20oz root beer', ['92410710', '1 bottle (20 fl oz)', 1]],
  ['can of dr pepper', ['92410360', '1 can (12 fl oz)', 1]],
  ['medium sweet tea from mcd', ['92308000', '1 medium drink', 1]],
  ['iced tea lemonade 20 oz', ['92307500', '1 bottle (20 fl oz)', 1]],
  ['snapple', ['92309000', '1 Snapple bottle (16 fl oz)', 1]],
  ['kombucha bottle', ['92306920', '1 can or bottle (12 fl oz)', 1]],
  ['boba tea w tapioca', ['92306910', '1 item, any size', 1]],
  ['small slushie', ['92513000', '1 small', 1]],
  ['small frappe mocha', ['92102000', '1 small', 1]],
  ['large vanilla latte', ['92101904', '1 large', 1]],
  ['medium cappuccino', ['92161000', '1 medium', 1]],
  ['cup of tea with milk', ['92306800', '1 cup', 1]],
  ['atole, a cup', ['92613010', '1 cup', 1]],
  ['16oz rockstar', ['95310700', '1 can or bottle (16 fl oz)', 1]],
  ['8.4 oz red bull on night shift', ['95310600', '1 can (8.4 fl oz)', 1]],
  ['ensure bottle', ['95103000', '1 bottle (8 fl oz)', 1]],
  ['protein shake, one scoop whey in water', ['95230000', '1 scoop, NFS', 1]],
  ['prosecco glass', ['93401005', '1 glass', 1]],
  ['sangria', ['93404550', '1 glass', 1]],
  ['2 light beers at the game + nachos', ['93102000', '1 can or bottle (12 fl oz)', 2], ['58104120', QNS, 1]],
  ['16oz hard cider', ['93106500', '1 can or bottle (16 fl oz)', 1]],
  ['pina colada on vacation', ['93301200', '1 drink', 1]],
  ['a bloody mary at brunch + eggs benedict', ['93301030', '1 drink', 1], ['32101500', QNS, 1]],
  ['long island', ['93301360', '1 drink', 1]],
  ['michelada', ['93301113', '1 drink', 1]],
  // household amounts the decisions above cover
  ['half a banana + 1 tbsp pb', ['63107010', '1 banana', 0.5], ['42202000', '1 tablespoon', 1]],
  ['a scoop of rice w teriyaki chicken', ['56205001', QNS, 1], ['27145000', QNS, 1]],
  ['piece of cornbread and a cup of chili', ['52202060', '1 piece', 1], ['27111400', '1 cup', 1]],
  ['small coffee w cream before my shift', ['92100000', '1 small', 1], ['12210200', QNS, 1]],
  ['mug of tea w 2 tsp sugar', ['92302000', '1 cup', 1], ['91101010', '1 teaspoon', 2]],
  ['big bowl of frosted flakes w milk', ['57348000', '1 cup', 1], ['11100000', QNS, 1]],
  ['500ml bottle of sprite', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['can of ginger ale and some crackers, tummy bug', ['92410610', '1 can (12 fl oz)', 1], ['54001000', QNS, 1]],
  ['handful of pretzels and a string cheese at 3', ['54408000', QNS, 1], ['14107030', '1 stick', 1]],
  ['half a glass of oj, was 65', ['61210000', '1 fl oz (NFS)', 4]],
  ['a large baked potato w sour cream', ['71100100', '1 large', 1], ['12310100', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Tenth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-10.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4 to -9, with the decisions this set needed in the header of make-eval-meals-holdout-10.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-10.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-10.json`);
}
