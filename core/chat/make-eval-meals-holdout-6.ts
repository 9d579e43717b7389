/**
 * Writes eval-meals.holdout-6.json: the sixth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 by an engineer who has not read the estimator, the matcher,
 * the alias lists, core/chat/README.md or any scoring results (eval-meals*.results.json), and
 * who ran nothing that scores messages; committed on its own branch BEFORE the estimator was
 * run on any of these messages and kept from the estimator's authors, who were changing the
 * estimator at the time (and from the writer of the parallel seventh set). The people are adults
 * with type 1 or type 2 diabetes logging their own meals on a phone, lows included. Each food was
 * chosen by reading foods.csv and each portion by reading portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message. No message repeats one of eval-meals.json or
 * holdouts 1-5 (checked by comparing lower-cased, punctuation-folded messages, and every pair with
 * a word overlap of 0.55 or more read and, where it was a paraphrase, rewritten). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts and make-eval-meals-holdout-5.ts.
 *
 * Decisions this set had to make where those conventions are silent:
 * - No message has an expected total of 0 g (a diet soda or plain meat alone): a relative error
 *   is undefined there, so such items only appear beside a food with carbs.
 * - Meat, fish and eggs named without amount are "Quantity not specified" like any food, even
 *   though they add ~0 g; a meat with a weight ("8 oz ribeye", "5 oz baked cod") is grams.
 * - "a piece of naan" is USDA's "1 piece (1/4 of 10" dia)", not the whole naan; "a roti" /
 *   "2 rotis" is the medium (7") chappatti or roti, the count-without-size convention, for the
 *   Caribbean roti too.
 * - "a square of cornbread" is the cornbread's "1 piece"; "a honeydew slice" is the melon's medium
 *   wedge/slice (no size said); "big rice crispy square" is the large bar.
 * - "silver dollar pancakes" is USDA's "1 silver dollar pancake"; "a snack bag" is the small single
 *   serving bag; "a reeses 2 pack" is the candy's "1 pouch/regular size" (45 g, a 2-pack is 42 g).
 * - "a splash of" milk in cereal is 1 fl oz; "2 tbsp sweetened condensed milk" is its 1 fl oz
 *   portion (no tablespoon portion), as holdout 5 did for half and half; "creamer" or "some
 *   creamer" in coffee is the liquid coffee creamer's "Quantity not specified".
 * - "a cafecito" is 2 × the Cuban coffee's "1 fl oz" (an espresso-size shot, as holdout 5's 2 fl
 *   oz espresso); "cafe con leche" with no amount is its "Quantity not specified".
 * - Sizes on coffee-shop drinks follow holdout 4 (tall = small, venti = large); a caramel
 *   macchiato and a pumpkin spice latte are FNDDS's flavored latte (the sweetened macchiato has
 *   only an espresso-cup portion, while the Starbucks drink is a flavored latte).
 * - "a juice box" with no kind, drunk for a low, is 100 % apple juice's "1 juice box/pouch".
 * - Sweeteners: "2 splenda" is 2 × sucralose's "1 individual packet".
 * - Shumai and har gow are the steamed dumpling's "1 item, any size"; "2 beef tacos" with no shell
 *   said is the corn-tortilla beef taco (as holdout 5's crunchy tacos); "baked lays" is baked
 *   plain potato chips, "Quantity not specified" (no bag named).
 * - Fast-food items: a McChicken and a Chick-fil-A sandwich are the fried chicken fillet sandwich
 *   from fast food; a Filet-O-Fish is the fast-food fried fish sandwich with cheese; an
 *   In-N-Out Double-Double is the double cheeseburger with 2 small patties (as holdout 4); Arby's
 *   roast beef is the roast beef sandwich on white; curly fries are fast-food fries; a KFC famous
 *   bowl, a Cinnabon, a McDonald's apple pie / parfait / side salad and a Subway cookie are the
 *   foods whose USDA portion names them.
 * - Dishes FNDDS lacks are the nearest FNDDS food (extending holdout 5's list): butter chicken and
 *   Thai green curry = chicken curry; aloo gobi and Thai veggie curry = vegetable curry; dal = lentil
 *   curry; chana masala = chickpeas; mujadara = white rice with lentils; medu vada = vada; masala
 *   dosa = dosa with filling; shawarma and jerk chicken = chicken grilled without sauce; gyro =
 *   gyro sandwich; mapo tofu = pork, tofu and vegetables (soy-based sauce); bulgogi = beef with
 *   soy-based sauce; crab rangoon = fried wonton; pad see ew = chow fun noodles with meat;
 *   kimchi fried rice = meatless fried rice; tonkotsu ramen with egg = ramen bowl with meat and
 *   egg; shrimp tempura roll = shrimp sushi roll; cha gio / veggie spring rolls = egg rolls;
 *   vermicelli bowl = rice noodles + pork; mango sticky rice = rice cooked with coconut milk +
 *   mango; bbq pork buns = bao bun; Jamaican beef patty = beef turnover; rice and peas / red
 *   beans and rice = kidney beans and white rice; arroz con pollo = chicken and rice with
 *   tomato-based sauce; picadillo = Puerto Rican stewed seasoned ground beef; yellow rice =
 *   flavored rice mixture; concha = pan dulce; carne asada tacos = meat taco without cheese;
 *   cheese enchiladas = meatless enchiladas; smothered pork chop = pork chop + beef gravy; chicken
 *   marsala = chicken with mushroom sauce; shrimp & grits = grits + shrimp; pot roast with the
 *   veggies = beef, potatoes and vegetables (with carrots) in gravy; Wendy's chicken caesar =
 *   its caesar salad with chicken; a chai = hot tea with milk; an arnold palmer = iced tea /
 *   lemonade drink; Snapple = bottled black tea ("1 Snapple bottle").
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-6.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['scrambled eggs w cheese + 1 slice multigrain toast', ['32130120', QNS, 1], ['51601010', '1 medium or regular slice', 1]],
  ['1 cup special k with almond milk', ['57344000', '1 cup', 1], ['11350040', QNS, 1]],
  ['bowl of lucky charms w skim', ['57305150', '1 cup', 1], ['11113000', QNS, 1]],
  ['1.5 cups cinnamon toast crunch and a cup of 1% milk', ['57125000', '1 cup', 1.5], ['11112210', '1 cup', 1]],
  ['2 slices cinamon raisin toast w butter', ['51129020', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['a slice of pumpkin bread w my coffee', ['52404060', '1 slice', 1], ['92100000', QNS, 1]],
  ['egg white omelet w veggies and a slice of rye toast', ['32400300', QNS, 1], ['51401020', '1 medium or regular slice', 1]],
  ['corned beef hash & 2 fried eggs', ['27211400', QNS, 1], ['31105005', '1 egg', 2]],
  ['slice of spinach quiche', ['58125120', '1 piece (1/8 of 9" dia)', 1]],
  ['egg and cheese on white bread', ['34001110', '1 regular', 1]],
  ['dunkin bacon egg n cheese croissant', ['34001420', '1 regular', 1]],
  ['a concha & cafe con leche', ['51160200', '1 medium', 1], ['92101850', QNS, 1]],
  ['3 idli w a cup of sambar', ['55702000', '1 item', 3], ['41311020', '1 cup', 1]],
  ['masala dosa for brunch', ['58174100', QNS, 1]],
  ['2 eggs any style, home fries, wheat toast', ['31102000', '1 egg', 2], ['71403020', QNS, 1], ['51300120', QNS, 1]],
  ['1 cup oatmeal + 1 tsp brown sugar', ['56202960', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 1]],
  ['4 french toast sticks w syrup', ['55301031', '1 stick', 4], ['91300010', QNS, 1]],
  ['cheese grits 1 cup', ['56201090', '1 cup, cooked', 1]],
  ['bowl of cocoa puffs', ['57124200', '1 cup', 1]],
  ['coffee w 2 splenda and some creamer', ['92100000', QNS, 1], ['91107000', '1 individual packet', 2], ['12210200', QNS, 1]],
  ['english muffin w pb and sliced banana', ['51186010', '1 muffin', 1], ['42202000', QNS, 1], ['63107010', QNS, 1]],
  ['protein shake: 1 scoop whey in 1 cup unsweetened almond milk', ['95230000', '1 scoop, NFS', 1], ['11350020', '1 cup', 1]],
  ['strawberry chobani', ['11433990', '1 container, NFS', 1]],
  ['2 sausage patties and a buttermilk biscuit', ['25221400', '1 patty', 2], ['52101000', '1 biscuit', 1]],
  ['a big blueberry muffin', ['52302010', '1 large', 1]],
  ['3 silver dollar pancakes w butter', ['55101000', '1 silver dollar pancake', 3], ['81100500', QNS, 1]],
  ['2 eggs over medium on a toasted bagel', ['31105005', '1 egg', 2], ['51180010', '1 regular', 1]],
  ['breakfast at 7: grits, 2 turkey bacon, an orange', ['56200990', QNS, 1], ['24208500', '1 slice, NFS', 2], ['61119010', '1 fruit', 1]],
  // lunch
  ['turkey & swiss on whole wheat plus a pickle', ['27540040', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['ate half a chicken salad sandwhich on white', ['27540120', '1 regular', 0.5]],
  ['cup of tomato soup & 10 saltines', ['74601000', '1 cup', 1], ['54325000', '1 cracker', 10]],
  ['tuna salad w 8 ritz crackers', ['27450060', QNS, 1], ['54301030', '1 cracker', 8]],
  ['a cuban sandwich for lunch', ['27520410', '1 sandwich, any size', 1]],
  ['turkey wrap & a small bag of fritos', ['27540070', '1 sandwich, any size', 1], ['54401031', '1 small single serving bag', 1]],
  ['leftover chicken noodle casserole 1.5 cups', ['27242300', '1 cup', 1.5]],
  ['had 2 pieces of white pizza (thin crust, no sauce)', ['58107205', '1 piece, NFS', 2]],
  ['chicken caesar salad from wendys', ['27446360', "1 Wendy's salad", 1]],
  ['a bowl of white chicken chili', ['27141510', '1 cup', 1]],
  ['roast beef on wheat w cheese', ['27513065', '1 regular', 1]],
  ['egg salad sandwich on white and an apple', ['32203010', '1 regular', 1], ['63101000', '1 medium', 1]],
  ['large turkey sandwich on white', ['27540010', '1 large', 1]],
  ['blt on toast and a dill pickle spear', ['27520610', '1 sandwich, any size', 1], ['75503010', '1 spear', 1]],
  ['ham and cheese hot pocket', ['58126130', '1 regular/large', 1]],
  ['a cup of italian wedding soup', ['28315160', '1 cup', 1]],
  ['a cup of matzo ball soup', ['58404500', '1 cup', 1]],
  // dinner, home cooking and leftovers
  ['meatloaf and 1 cup corn', ['27214100', QNS, 1], ['75216120', '1 cup', 1]],
  ['baked chicken thighs and roasted potatoes', ['24152230', QNS, 1], ['71104030', QNS, 1]],
  ['2 stuffed pepper halves', ['58162110', '1/2 pepper with filling', 2]],
  ['had 2 cups of my tuna casserole', ['27250610', '1 cup', 2]],
  ['salisbury steak frozen dinner', ['28110300', '1 meal (11 oz)', 1]],
  ['homemade chicken alfredo, 2 cups', ['58146422', '1 cup', 2]],
  ['turkey burger no bun and a baked sweet potato', ['24207000', '1 patty', 1], ['73403000', '1 medium', 1]],
  ['2 lamb chops w 1 cup couscous', ['23101000', '1 chop, any size', 2], ['56207160', '1 cup, cooked', 1]],
  ['hamburgr helper 1.5 cups', ['58145136', '1 cup', 1.5]],
  ['grilled chicken and 2 ears of corn', ['24103050', QNS, 1], ['75216111', '1 regular ear', 2]],
  ['5 oz baked cod w 1 cup of peas', ['26109120', { grams: 5 * OZ }, 1], ['75224030', '1 cup', 1]],
  ['3 ground beef tacos on flour tortillas', ['58102110', '1 small/regular', 3]],
  ['2 cups chili w shredded cheese', ['27111400', '1 cup', 2], ['14010000', QNS, 1]],
  ['reheated 2 cups of pot roast with the veggies', ['27311600', '1 cup', 2]],
  ['pork roast, 2 slices, with applesauce', ['22400100', '1 regular/thin slice', 2], ['63101110', QNS, 1]],
  ['spaghetti w meat sauce 1 cup + garlic bread', ['58146322', '1 cup', 1], ['51121015', QNS, 1]],
  ['half cup leftover mac n cheese', ['58145110', '1 cup', 0.5]],
  ['a chicken pot pie, the frozen kind', ['27347100', '1 individual pie', 1]],
  ['8 oz ribeye and a baked potato w sour cream', ['21001000', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['12310100', QNS, 1]],
  ['finished the leftover fried rice, maybe 1 cup', ['58150310', '1 cup', 1]],
  ['3 pierogies w fried onions', ['58121610', '1 item, any size', 3], ['75221021', QNS, 1]],
  // southern, soul food
  ['fried chicken thigh, collard greens & mac and cheese', ['24157300', '1 medium thigh', 1], ['72107220', QNS, 1], ['58145110', QNS, 1]],
  ['plate of red beans over rice', ['58160150', QNS, 1]],
  ['shrimp & grits', ['56200990', QNS, 1], ['26319110', QNS, 1]],
  ['smothered pork chop w rice and gravy', ['22101000', '1 regular', 1], ['56205001', QNS, 1], ['28500040', QNS, 1]],
  ['1/2 cup candied yams', ['73406000', '1 cup', 0.5]],
  ['black eyed peas and a square of cornbread', ['41300990', QNS, 1], ['52202060', '1 piece', 1]],
  ['chicken fried steak w green beans and a biscuit', ['21104110', QNS, 1], ['75205030', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['a cup of fried okra', ['75414500', '1 cup', 1]],
  ['peach cobbler w a scoop of vanilla', ['53410800', QNS, 1], ['13110100', '1 scoop', 1]],
  ['1 cup of banana pudding', ['13241000', '1 cup', 1]],
  ['slice of sweet potato pie', ['53360000', '1 regular slice', 1]],
  ['fried catfish sandwich', ['27550400', '1 regular sandwich', 1]],
  // caribbean, latin
  ['oxtail w rice and peas', ['21301000', QNS, 1], ['58160150', QNS, 1]],
  ['jerk chicken, rice & peas, fried plantains', ['24103050', QNS, 1], ['58160150', QNS, 1], ['71900200', QNS, 1]],
  ['a jamaican beef patty', ['58126125', '1 regular/large', 1]],
  ['curry chicken w a roti', ['27146150', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['arroz con pollo, 2 cups', ['27243500', '1 cup', 2]],
  ['picadillo over white rice', ['27118120', QNS, 1], ['56205001', QNS, 1]],
  ['pupusas de queso x2', ['58105100', '1 item, any size', 2]],
  ['yellow rice and black beans, about a cup of each', ['41101990', '1 cup', 1], ['58163310', '1 cup', 1]],
  ['beef empanada & a cafecito', ['58116117', '1 regular/large', 1], ['92101800', '1 fl oz', 2]],
  // mexican
  ['3 carne asada tacos no cheese', ['58102220', '1 small/regular', 3]],
  ['sopa de tortilla, 2 cups', ['58421080', '1 cup', 2]],
  ['2 chiles rellenos', ['75410500', '1 chili', 2]],
  ['2 cheese enchiladas and rice', ['58102840', '1 enchilada, any size', 2], ['58163430', QNS, 1]],
  ['4 chicken taquitos w guac', ['58104835', '1 small/regular taquito', 4], ['63409010', QNS, 1]],
  ['a slice of tres leches', ['53118550', '1 piece/slice, any size', 1]],
  ['flan for dessert', ['13210350', QNS, 1]],
  ['got a large bean burrito w cheese', ['58102610', '1 large', 1]],
  ['3 steak fajitas', ['58105050', '1 fajita', 3]],
  ['2 pork tamales & a cup of atole', ['58103125', '1 item, any size', 2], ['92613010', '1 cup', 1]],
  // chinese
  ['sesame chicken w white rice', ['27146360', QNS, 1], ['56205001', QNS, 1]],
  ['mapo tofu + a cup of rice', ['27420370', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['2 bbq pork buns', ['58123110', '1 item, any size', 2]],
  ['cup of egg drop soup & an egg roll', ['32300100', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['5 crab rangoons', ['58111110', '1 item, any size', 5]],
  ['beef chow fun', ['58135110', QNS, 1]],
  ['kung pao chicken, 1.5 cups, no rice', ['27445220', '1 cup', 1.5]],
  ['1.5 cups shrimp lo mein', ['58136130', '1 cup', 1.5]],
  ['2 veggie spring rolls', ['58110110', '1 egg roll', 2]],
  ['hunan beef w brown rice', ['27415140', QNS, 1], ['56205011', QNS, 1]],
  ['3 fortune cookies lol', ['53222010', '1 cookie', 3]],
  // japanese
  ['tonkatsu ramen w egg', ['58407056', QNS, 1]],
  ['a salmon roll and miso soup', ['58151200', QNS, 1], ['41601070', QNS, 1]],
  ['chicken teriyaki w 1 cup rice', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['3 eel nigiri + a cup of edamame', ['58151410', '1 piece', 3], ['41420020', '1 cup', 1]],
  ['8 pc shrimp tempura roll', ['58151210', '1 piece', 8]],
  // thai
  ['green curry chicken with jasmine rice', ['27146150', QNS, 1], ['56205001', QNS, 1]],
  ['pad see ew w chicken', ['58135110', QNS, 1]],
  ['2 cups pad thai w shrimp', ['58137240', '1 cup', 2]],
  ['mango sticky rice', ['58161200', QNS, 1], ['63129010', QNS, 1]],
  ['thai veggie curry 1 cup + 1 cup rice', ['75440600', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  // korean
  ['beef bulgogi, rice and kimchi', ['27115000', QNS, 1], ['56205001', QNS, 1], ['75502520', QNS, 1]],
  ['1 cup tteokbokki', ['58150520', '1 cup', 1]],
  ['kimchi fried rice w a fried egg', ['58150110', QNS, 1], ['31105005', '1 egg', 1]],
  ['bibimbap, 2 cups', ['58150100', '1 cup', 2]],
  // vietnamese
  ['vermicelli bowl w grilled pork', ['56117090', QNS, 1], ['22000100', QNS, 1]],
  ['2 fried spring rolls (cha gio)', ['58110130', '1 egg roll', 2]],
  ['iced coffee w 2 tbsp sweetened condensed milk', ['92102400', QNS, 1], ['11220000', '1 fl oz', 1]],
  ['pho w no meat, 2 cups', ['28310335', '1 cup', 2]],
  // indian
  ['butter chicken & 2 pieces of naan', ['27146150', QNS, 1], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['chana masala w 2 rotis', ['41301990', QNS, 1], ['51300175', '1 medium chappatti or roti (7")', 2]],
  ['chicken biryani 1.5 cups', ['27243100', '1 cup', 1.5]],
  ['dal and rice, a cup each', ['41311030', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['aloo gobi & a paratha', ['75440600', QNS, 1], ['51300185', '1 paratha', 1]],
  ['veg biryani', ['58160000', QNS, 1]],
  ['2 medu vada', ['58175000', '1 item, any size', 2]],
  // middle eastern, greek
  ['mujadara, 1 cup', ['58160800', '1 cup', 1]],
  ['2 beef kabobs w rice pilaf', ['27410250', '1 shishkabob', 2], ['58162310', QNS, 1]],
  ['gyro w extra tzatziki', ['27516010', '1 sandwich, any size', 1], ['11440060', QNS, 1]],
  ['hummus & a whole wheat pita', ['41205070', QNS, 1], ['51301600', '1 medium pita', 1]],
  ['3 tbsp hummus w cucumber slices', ['41205070', '1 tablespoon', 3], ['75111000', QNS, 1]],
  ['shawarma plate: chicken, rice, hummus', ['24103050', QNS, 1], ['56205001', QNS, 1], ['41205070', QNS, 1]],
  // italian
  ['a calzone', ['58108000', '1 calzone or stromboli', 1]],
  ['2 pcs of garlic bread', ['51121015', '1 medium slice', 2]],
  ['small cup of choclate gelato', ['13110470', '1 small ice cream cup', 1]],
  ['a cup of penne marinara w parmesan', ['58146222', '1 cup', 1], ['14108010', QNS, 1]],
  ['cheese tortellini in red sauce 1.5 cups', ['58134620', '1 cup', 1.5]],
  ['a slice of thick crust cheese pizza', ['58106230', '1 piece, NFS', 1]],
  ['chicken marsala & a side of pasta', ['27144000', QNS, 1], ['58146222', QNS, 1]],
  // fast food, chains
  ['chick fil a sandwich and a medium waffle fries', ['27540146', '1 regular sandwich', 1], ['71401030', '1 medium fast food order', 1]],
  ['mcd fish sandwich + small fries', ['27550100', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['arbys roast beef + curly fries', ['27513010', '1 regular', 1], ['71401030', QNS, 1]],
  ['double double and fries from in n out', ['27510254', '1 double cheeseburger', 1], ['71401030', QNS, 1]],
  ['kfc famous bowl', ['27341000', '1 KFC Bowl', 1]],
  ['mcdonalds apple pie', ['53301070', "1 McDonald's pie", 1]],
  ['a cinnabon', ['51160110', '1 Cinnabon', 1]],
  ['an order of onion rings', ['75415022', '1 fast food order', 1]],
  ['grilled chicken sandwich from wendys', ['27540152', '1 regular sandwich', 1]],
  ['a mcdonalds side salad w ranch', ['75143000', "1 McDonald's side salad", 1], ['83113500', QNS, 1]],
  ['small mcd fries + a mcchicken', ['71401030', '1 small fast food order', 1], ['27540146', '1 regular sandwich', 1]],
  ['2 crunchy tacos & a mexican pizza', ['58102010', '1 small/regular', 2], ['58101835', '1 pizza', 1]],
  ['subway cookie', ['53206000', '1 Subway cookie', 1]],
  ['a mcdonalds parfait', ['11446000', "1 McDonald's parfait", 1]],
  // snacks
  ['10 baby carrots & 2 tbsp ranch', ['73101010', '1 baby carrot', 10], ['83113500', '1 tablespoon', 2]],
  ['cheez its, a handful, at 3', ['54304005', QNS, 1]],
  ['1 oz pistacios', ['42114130', '1 oz, NFS', 1]],
  ['a kind bar', ['53710810', '1 bar', 1]],
  ['an orange and a hard boiled egg', ['61119010', '1 fruit', 1], ['31103010', '1 egg', 1]],
  ['a peach w 2 tbsp almond butter', ['63135010', '1 fruit', 1], ['42200500', '1 tablespoon', 2]],
  ['1 cup pineapple', ['63141010', '1 cup', 1]],
  ['15 skittles for a low', ['91745110', '1 piece', 15]],
  ['low - drank a juice box', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['half a can of coke for a low at 3am', ['92410310', '1 can (12 fl oz)', 0.5]],
  ['snack bag of pretzels before my walk', ['54408015', '1 small single serving bag', 1]],
  ['medium buttered popcorn at the movies', ['54403005', '1 medium order', 1]],
  ['handful of sunflower seeds', ['43102100', QNS, 1]],
  ['pack of fruit snacks', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['a soft pretzel at the mall', ['54408410', '1 medium/regular', 1]],
  ['half a protein bar after the gym', ['53729000', '1 bar', 0.5]],
  ['cottage cheese and canned peaches', ['14200100', QNS, 1], ['63135110', QNS, 1]],
  ['a nectarine and 10 almonds', ['63131010', '1 fruit', 1], ['42100100', '1 nut', 10]],
  ['big rice crispy square', ['53226500', '1 large bar', 1]],
  ['a reeses 2 pack', ['91705530', '1 pouch/regular size', 1]],
  ['a fun size snickers', ['91705520', '1 fun/snack size', 1]],
  ['a honeydew slice and some grapes', ['63127010', '1 medium wedge/slice', 1], ['63123000', QNS, 1]],
  // desserts
  ['a slice of lemon meringue pie', ['53381000', '1 slice, any size', 1]],
  ['2 sugar cookies', ['53241500', '1 medium', 2]],
  ['pound cake w strawberries', ['53116000', '1 piece/slice, any size', 1], ['63223020', QNS, 1]],
  ['a banana split', ['13121120', '1 banana split', 1]],
  ['hot fudge sundae', ['13121300', '1 sundae', 1]],
  ['a lemon bar', ['53224250', '1 medium bar', 1]],
  ['1 cup sorbet', ['63430150', '1 cup', 1]],
  ['medium froyo', ['11459990', '1 medium ice cream cup', 1]],
  ['a piece of red velvet cake', ['53116520', '1 piece/slice, any size', 1]],
  ['strawberry shortcake', ['53123070', QNS, 1]],
  ['chocolate soft serve in a waffle cone', ['13120788', '1 cone', 1]],
  ['2 chocolate ice cream sandwiches', ['13120510', '1 sandwich', 2]],
  ['1/2 cup sugar free chocolate pudding', ['13230140', '1 cup', 0.5]],
  // drinks
  ['regular pepsi 20 oz bottle', ['92410310', '1 bottle (20 fl oz)', 1]],
  ['venti caramel macchiato', ['92101904', '1 large', 1]],
  ['tall pumpkin spice latte', ['92101904', '1 small', 1]],
  ['large iced coffee w 2 sugars and creamer', ['92102400', '1 large', 1], ['91101010', '1 teaspoon', 2], ['12210200', QNS, 1]],
  ['2 glasses of pinot grigio', ['93401020', '1 glass', 2]],
  ['a glass of prosecco', ['93401005', '1 glass', 1]],
  ['margarita on the rocks', ['93301100', '1 drink', 1]],
  ['pina colada by the pool', ['93301200', '1 drink', 1]],
  ['2 mojitos', ['93301125', '1 drink', 2]],
  ['a long island iced tea', ['93301360', '1 drink', 1]],
  ['2 rum and cokes', ['93301190', '1 drink', 2]],
  ['4 coors lights', ['93102000', '1 can or bottle (12 fl oz)', 4]],
  ['a 16 oz can of hard cider', ['93106500', '1 can or bottle (16 fl oz)', 1]],
  ['a michelada', ['93301113', '1 drink', 1]],
  ['10 oz bottle of apple juice', ['64104010', '1 bottle (10 fl oz)', 1]],
  ['glass of grapefruit juice', ['61201020', '1 fl oz (NFS)', 8]],
  ['8 oz cranberry juice', ['92530510', '1 fl oz (NFS)', 8]],
  ['12 oz kombucha', ['92306920', '1 can or bottle (12 fl oz)', 1]],
  ['a 24oz sweet tea from the gas station', ['92308000', '1 fl oz (NFS)', 24]],
  ['a 20 oz powerade', ['95320500', '1 bottle (20 fl oz)', 1]],
  ['a can of root beer', ['92410710', '1 can (12 fl oz)', 1]],
  ['cup of hot chocolate made w 2% milk', ['11512010', '1 cup', 1]],
  ['an arnold palmer', ['92307500', QNS, 1]],
  ['eggnog, 1 cup', ['11531000', '1 cup', 1]],
  ['a glass of red sangria', ['93404550', '1 glass', 1]],
  ['2 gin and tonics', ['93301060', '1 drink', 2]],
  ['16 oz iced latte w oat milk', ['92102502', '1 fl oz', 16]],
  ['medium mocha frappe', ['92102000', '1 medium', 1]],
  ['20oz sprite zero and a chewy granola bar', ['92410520', '1 bottle (20 fl oz)', 1], ['53711000', '1 bar', 1]],
  ['a bottle of snapple peach tea', ['92309000', '1 Snapple bottle (16 fl oz)', 1]],
  ['a cup of chai w milk', ['92306800', '1 cup', 1]],
  ['white russian', ['93301250', '1 drink', 1]],
  ['a 500 ml bottle of sprite', ['92410510', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  // weights and loose amounts
  ['30g cheerios w a splash of almond milk', ['57123000', { grams: 30 }, 1], ['11350040', '1 fl oz', 1]],
  ['150 g cooked white rice + 2 baked drumsticks', ['56205001', { grams: 150 }, 1], ['24142300', '1 medium drumstick', 2]],
  ['100g grapes', ['63123000', { grams: 100 }, 1]],
  ['2 oz tortilla chips w salsa', ['54401075', { grams: 2 * OZ }, 1], ['74402100', QNS, 1]],
  ['a couple tangerines', ['61125010', '1 fruit', 2]],
  ['a few dates after dinner', ['62110100', '1 date', 3]],
  // four foods
  ['big breakfast: 2 pancakes, 2 eggs, 3 bacon & oj', ['55101000', '1 medium pancake', 2], ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 3], ['61210000', QNS, 1]],
  ['taco tuesday: 2 beef tacos, rice, beans & a margarita', ['58102010', '1 small/regular', 2], ['58163430', QNS, 1], ['41205010', QNS, 1], ['93301100', '1 drink', 1]],
  ['dim sum: 3 shumai, 2 har gow, a pork bun + tea', ['58112510', '1 item, any size', 3], ['58112510', '1 item, any size', 2], ['58123110', '1 item, any size', 1], ['92302000', QNS, 1]],
  ['lunch - 6in turkey sub, baked lays, an apple, diet coke', ['27540050', '1 regular or 6" submarine', 1], ['71200400', QNS, 1], ['63101000', '1 medium', 1], ['92410320', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Sixth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-6.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts, make-eval-meals-holdout-4.ts and make-eval-meals-holdout-5.ts, with the decisions this set needed in the header of make-eval-meals-holdout-6.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-6.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-6.json`);
}
