/**
 * Writes eval-meals.holdout-7.json: the seventh held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (between about 15:57 and 16:10 UTC) by an engineer who has not
 * read the estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md or any scoring results
 * (eval-meals*.results.json), and who ran nothing that scores messages; committed on its own
 * branch BEFORE the estimator was run on any of these messages and not shown to the estimator's
 * authors, who were changing the estimator at the time, nor to the writer of the sixth set.
 * Each food was chosen by reading foods.csv and each portion by reading portions.csv
 * (core/foods/fndds/), the way a dietitian would pick them for the message. No message repeats
 * one of eval-meals.json or holdouts 1-5 (checked by comparing lower-cased, punctuation-folded
 * messages, and by word overlap for near-paraphrases, which were rewritten). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts and make-eval-meals-holdout-5.ts.
 *
 * The people: parents logging for a child or teen with type 1, older adults, students and shift
 * workers, people eating out, and seasonal / holiday food.
 *
 * Decisions this set had to make where those conventions are silent:
 * - School food is FNDDS's "from school lunch" / "school" food where it has one (pizza with the
 *   crust not said = medium crust, nuggets, tots); "a carton of milk" and a school chocolate milk
 *   are USDA's "1 individual school container".
 * - "a juice box" with no juice named is 100 % apple juice; any juice box is USDA's "1 juice
 *   box/pouch (6.75 fl oz)", a Capri Sun its "1 Capri Sun pouch".
 * - A volume in millilitres with no USDA portion of that size ("500 ml" chocolate milk, a
 *   "330 ml can") is converted to US fl oz (29.5735 ml) × the food's "1 fl oz" portion; a size
 *   USDA does have (12 oz, 20 oz bottle) is that portion, as holdout 5.
 * - A branded drink with no size is the brand's standard can: a Red Bull its 8.4 fl oz can, a
 *   Rockstar its 16 fl oz can (as holdout 5's Monster).
 * - Instant ramen: "a pack of maruchan" is the 3 oz block, 3 × "1 oz, dry, yields"; "cup noodles"
 *   is USDA's "1 individual container".
 * - A packaged item named by its package is the USDA portion naming that package: an Uncrustable
 *   = "1 sandwich" of the frozen crustless PB&J; Easy Mac cup = "1 microwavable tub, regular
 *   size"; Lean Cuisine = its 11 oz meal; the Nature Valley 2-pack = "1 package (2 bars)"; Bagel
 *   Bites = "1 Bagel Bite"; an oatmeal creme pie = "1 large sandwich" (the Little Debbie size;
 *   USDA's "1 sandwich" is a small cookie); a candy cane = hard candy "1 stick"; a Peep =
 *   marshmallow candy "1 piece"; fun size / mini / king size candy = USDA's size of that name.
 * - "a small bag of goldfish" is Goldfish's "small or medium single serving bag" (it has no 1 oz
 *   bag); other "a bag"/"small bag" of chips or pretzels is the 1 oz small bag, as holdout 4.
 * - "N creams" in coffee is N × creamer "Quantity not specified"; "2 sugars" is 2 teaspoons
 *   (as holdout 2).
 * - "2 tbsp" of cranberry sauce is 2/16 of its "1 cup" (the food has no tablespoon portion).
 * - "half a rack" of ribs is 6 ribs of USDA's "1 rib (yield after cooking, bone removed)".
 * - "a breadstick" at a restaurant is the medium stick (the count convention), not the
 *   restaurant food's "Quantity not specified" (a large stick).
 * - Ice cream "on top" of pie is a topping without amount: "Quantity not specified".
 * - A dish named in the plural with no count ("eggs benedict", "chicken and waffles") is
 *   "Quantity not specified" of each food, like any message with no quantity.
 * - A sandwich whose bread is not said, where FNDDS has no NFS (turkey sandwich), is the "on
 *   white" food.
 * - A frozen pizza with no size is USDA's frozen medium pizza (11-13"); "half a" is 0.5 of it.
 * - Nearest FNDDS food where FNDDS lacks the dish: Lucky Charms = frosted oats with marshmallows;
 *   Cinnamon Toast Crunch = cinnamon toast cereal; Pop-Tart = fruit-filled pastry; rice krispie
 *   treat = marshmallow rice-cereal bar; honey bun = frosted sweet roll; hot cross bun = frosted
 *   sweet roll with fruit; Takis = flavored tortilla chips; hot Cheetos = Cheetos; Ovaltine =
 *   malted milk; froyo = frozen yogurt NFS; Icee / Slurpee = slush frozen drink; s'mores = the
 *   graham, chocolate and marshmallow cookie; McGriddle = sausage griddle sandwich; beef barley
 *   soup = barley soup; chicken shawarma wrap = grilled chicken wrap; lobster roll = lobster
 *   salad + a hot dog bun; elote = corn on the cob + mayonnaise; croquetas = ham croquettes; al
 *   pastor tacos = pork corn-tortilla tacos; dim sum pork buns = bao; shrimp dumplings = steamed
 *   dumplings; gyoza = fried pot stickers; golabki = stuffed cabbage rolls; curtido = cabbage
 *   salad; Nutella crepe = chocolate-filled crepe; black cold brew = brewed iced coffee; Corona =
 *   beer; crab legs = crab; gingerbread cookies = gingersnaps; stewed tomatoes = canned cooked
 *   tomatoes; a side salad = lettuce salad with vegetables, USDA's "1 side salad"; fajitas = the
 *   FNDDS fajita (one filled tortilla each).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-7.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** US fluid ounces in a millilitre amount ("500 ml"), for drinks counted in the food's "1 fl oz" portion. */
const flOz = (ml: number) => ml / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // parents logging for a child or teen with type 1: school lunch, lunchbox, cereal, snacks, parties
  ['school lunch - cheese pizza, chocolate milk & an apple', ['58106234', '1 piece, NFS', 1], ['11511000', '1 individual school container', 1], ['63101000', '1 medium', 1]],
  ['2 juice boxes at the party', ['64104010', '1 juice box/pouch (6.75 fl oz)', 2]],
  ['birthday cake + a scoop of vanilla ice cream', ['53120270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['pizza party, he had 2 slices of pepperoni and a capri sun', ['58106540', '1 piece, NFS', 2], ['92552030', '1 Capri Sun pouch', 1]],
  ['lucky charms 1 cup w/ milk', ['57305150', '1 cup', 1], ['11100000', QNS, 1]],
  ['bowl of cinnamon toast crunch with 1/2 cup milk', ['57125000', '1 cup', 1], ['11100000', '1 cup', 0.5]],
  ['small bag of goldfish in her lunchbox', ['54304020', '1 small or medium single serving bag', 1]],
  ['2 gogurts', ['11436100', '1 tube', 2]],
  ['pack of fruit snacks', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['an uncrustable and a string cheese', ['42303100', '1 sandwich', 1], ['14107030', '1 stick', 1]],
  ['easy mac microwave cup after school', ['58145117', '1 microwavable tub, regular size, prepared', 1]],
  ['school lunch was 6 chicken nuggets, tater tots and a fruit cup', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['63311110', '1 snack size container', 1]],
  ['handful of teddy grahams', ['54102015', QNS, 1]],
  ['string cheese & a cutie', ['14107030', '1 stick', 1], ['61100600', '1 fruit', 1]],
  ['capri sun and a rice krispie treat', ['92552030', '1 Capri Sun pouch', 1], ['53226500', '1 medium bar', 1]],
  ['2 pop tarts before school', ['53452100', '1 pastry', 2]],
  ['a box of animal crackers', ['53240000', '1 individual box (2 oz)', 1]],
  ['big chocolate chip cookie from the bake sale', ['53206000', '1 large cookie', 1]],
  ['vanilla cupcake w frosting at the class party', ['53120270', '1 regular cupcake', 1]],
  ['teen ate 9 pizza rolls', ['58108050', '1 pizza roll', 9]],
  ['kids meal - 4 nuggets, kids fries and an apple juice box', ['24198731', '1 nugget', 4], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['half a pbj and a carton of milk', ['42302010', '1 sandwich', 0.5], ['11100000', '1 individual school container', 1]],
  ['small popcorn and a small icee at the movies', ['54403005', '1 small order', 1], ['92513000', '1 small', 1]],
  ['cotton candy at the fair', ['91745050', QNS, 1]],
  ['froyo w sprinkles', ['11459990', QNS, 1], ['91705250', QNS, 1]],
  ['3 fun size snickers after trick or treating', ['91705520', '1 fun/snack size', 3]],
  ['a fun size bag of m&ms', ['91746100', '1 fun/snack size', 1]],
  ['corndog from the school cafeteria', ['27560300', '1 regular', 1]],
  ['lunchbox: turkey sandwich on white, pretzels and grapes', ['27540010', '1 regular', 1], ['54408000', QNS, 1], ['63123000', QNS, 1]],
  ['my daughter had a slice of cheese pizza and 1/2 cup of grapes', ['58106210', '1 piece, NFS', 1], ['63123000', '1 cup', 0.5]],
  ['1 oz cheez its', ['54304005', { grams: OZ }, 1]],
  ['12 oz gatorade at halftime', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['a lollipop from the bank', ['91745030', '1 piece', 1]],
  ['cup of mac and cheese and 5 baby carrots', ['58145110', '1 cup', 1], ['73101010', '1 baby carrot', 5]],
  ['hot dog, potato salad and watermelon at the july 4th bbq', ['27564000', '1 sandwich', 1], ['71601010', QNS, 1], ['63149010', QNS, 1]],
  ['2 smores at the campfire', ['53210900', '1 medium S\'mores cookie', 2]],
  ['my teen had a large fry and a large coke after practice', ['71401030', '1 large fast food order', 1], ['92410310', '1 large drink', 1]],
  ['applesauce pouch + 1/2 cup goldfish', ['63101110', '1 pouch', 1], ['54304020', '1 cup, NFS', 0.5]],
  ['choclate milk 500 ml', ['11511000', '1 fl oz', flOz(500)]],
  ['a big honeycrisp apple', ['63101000', '1 large', 1]],
  ['grape juice box and 2 graham crackers', ['64116020', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 2]],
  ['kid had a yogurt tube & half a banana for snack', ['11436100', '1 tube', 1], ['63107010', '1 banana', 0.5]],
  ['peanut butter sandwhich on white bread', ['42301015', '1 sandwich', 1]],
  ['8 baby carrots and ranch dip', ['73101010', '1 baby carrot', 8], ['12350230', QNS, 1]],
  ['3 frosted sugar cookies at the holiday party', ['53244020', '1 medium', 3]],

  // older adults: plain home cooking, soups, canned fruit, crackers, toast and tea
  ['slice of toast w marmalade and a cup of tea', ['51101010', '1 medium or regular slice', 1], ['91404000', QNS, 1], ['92302000', '1 cup', 1]],
  ['split pea soup 1 1/2 cups w crackers', ['41602050', '1 cup', 1.5], ['54325000', QNS, 1]],
  ['1/2 cup canned peaches', ['63135110', '1 cup', 0.5]],
  ['6 saltines and a glass of ginger ale', ['54325000', '1 cracker', 6], ['92410610', '1 fl oz (NFS)', 8]],
  ['5 prunes', ['62122100', '1 prune', 5]],
  ['bran muffin and coffee', ['52304010', '1 medium', 1], ['92100000', QNS, 1]],
  ['tapioca pudding cup', ['13230500', '1 snack size container', 1]],
  ['cottage cheese and canned pears', ['14200100', QNS, 1], ['63137110', QNS, 1]],
  ['cup of vegetable beef soup & 4 saltines', ['75656060', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['sunday pot roast w carrots, potatoes & gravy', ['21407000', QNS, 1], ['73102190', QNS, 1], ['71104030', QNS, 1], ['28500040', QNS, 1]],
  ['1/2 cup bran flakes with milk', ['57207000', '1 cup', 0.5], ['11100000', QNS, 1]],
  ['cup of tea and 2 shortbread cookies', ['92302000', '1 cup', 1], ['53239000', '1 medium', 2]],
  ['liver and onions with mashed potatoes', ['27460750', QNS, 1], ['71501000', QNS, 1]],
  ['a bowl of bread pudding', ['13210110', '1 cup', 1]],
  ['a bottle of ensure', ['95103000', '1 bottle (8 fl oz)', 1]],
  ['1 cup minestrone and a dinner roll', ['75651000', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['half an egg salad sandwich on white & a cup of tomato soup', ['32203010', '1 regular', 0.5], ['74601000', '1 cup', 1]],
  ['creamed chipped beef over 2 slices of toast', ['27113200', QNS, 1], ['51101010', '1 medium or regular slice', 2]],
  ['a baked apple', ['63101310', '1 apple, any size', 1]],
  ['fig newtons, 4 of them', ['53220030', '1 Newton bar', 4]],
  ['glass of malted milk before bed', ['11526000', '1 fl oz', 8]],
  ['3 golabki (stuffed cabbage) my mom made', ['27315250', '1 cabbage roll', 3]],
  ['matzo ball soup for lunch', ['58404500', QNS, 1]],
  ['2 salmon patties and lima beans', ['27250070', '1 cake or patty', 2], ['41102990', QNS, 1]],
  ['buttermilk & a piece of cornbread', ['11115300', QNS, 1], ['52202060', '1 piece', 1]],
  ['bowl of borscht w a slice of rye', ['75601100', '1 cup', 1], ['51401010', '1 medium or regular slice', 1]],
  ['cream of mushroom soup and oyster crackers', ['75607060', QNS, 1], ['54313000', QNS, 1]],
  ['ham and scalloped potatoes', ['22311000', QNS, 1], ['71305015', QNS, 1]],
  ['half a cup of jello with fruit', ['91501020', '1 cup', 0.5]],
  ['one of those individual shepherds pies', ['27311510', '1 individual pie', 1]],
  ['an oatmeal cookie and a cup of hot tea', ['53233000', '1 medium', 1], ['92302000', '1 cup', 1]],
  ['1/2 cup fruit cocktail in heavy syrup', ['63311140', '1 cup', 0.5]],
  ['a soft boiled egg and a slice of buttered toast', ['31103010', '1 egg', 1], ['51101010', '1 medium or regular slice', 1], ['81100500', QNS, 1]],
  ['6 oz grapefruit juice', ['61201020', '1 fl oz (NFS)', 6]],
  ['slice of pound cake with strawberries', ['53116000', '1 piece/slice, any size', 1], ['63223020', QNS, 1]],
  ['4 melba toasts and a cup of manhattan clam chowder', ['51187000', '1 melba toast', 4], ['28350220', '1 cup', 1]],
  ['bowl of beef barley soup', ['58401010', '1 cup', 1]],
  ['oatmeal, 1 cup, with a little brown sugar', ['56202960', '1 cup, cooked', 1], ['91102010', QNS, 1]],
  ['2 canned pear halves', ['63137110', '1 half', 2]],
  ['chicken noodle soup and half a grilled cheese', ['58403040', QNS, 1], ['14640100', '1 sandwich', 0.5]],
  ['a pork chop, applesauce & green beans', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['75205030', QNS, 1]],
  ['stewed tomatoes 1 cup', ['74201003', '1 cup', 1]],
  ['a cup of ovaltine', ['11526000', '1 fl oz', 8]],
  ['rice pudding and a cup of coffee w cream', ['13210410', QNS, 1], ['92100000', '1 cup (8 fl oz)', 1], ['12200100', QNS, 1]],

  // students and shift workers: vending machines, gas stations, energy drinks, ramen cups, frozen meals, diners
  ['cup noodles at 2am', ['58407030', '1 individual container', 1]],
  ['16oz monster', ['95310400', '1 can or bottle (16 fl oz)', 1]],
  ['a rockstar and a bag of hot cheetos', ['95310700', '1 can or bottle (16 fl oz)', 1], ['54401081', '1 small single serving bag', 1]],
  ['honey bun from the vending machine', ['51161050', '1 medium', 1]],
  ['2 beef taquitos from the gas station', ['58104825', '1 small/regular taquito', 2]],
  ['beef jerky and a 20 oz gatorade', ['21602100', QNS, 1], ['95320200', '1 bottle (20 fl oz)', 1]],
  ['frozen beef & bean burrito from the microwave', ['58102330', '1 small/regular', 1]],
  ['lean cuisine teriyaki chicken for lunch at work', ['28141201', '1 Lean Cuisine meal (11 oz)', 1]],
  ['salisbury steak tv dinner', ['28110310', QNS, 1]],
  ['king size peanut m&ms on night shift', ['91746110', '1 large/king size', 1]],
  ['2 mini reeses', ['91705530', '1 miniature/bite size', 2]],
  ['can of coke & a bag of doritos from the vending machine', ['92410310', '1 can (12 fl oz)', 1], ['54401110', '1 small single serving bag', 1]],
  ['diner breakfast after my shift: 2 fried eggs, hash browns, 3 bacon and rye toast', ['31105005', '1 egg', 2], ['71404000', QNS, 1], ['22600100', '1 medium slice (yield after cooking)', 3], ['51401020', QNS, 1]],
  ['nature valley bar, the 2 pack', ['53710906', '1 package (2 bars)', 1]],
  ['6 bagel bites', ['58108050', '1 Bagel Bite', 6]],
  ['oatmeal creme pie', ['53233050', '1 large sandwich', 1]],
  ['bag of pretzels and a diet coke', ['54408000', '1 small single serving bag', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['red bull & a blueberry muffin', ['95310600', '1 can (8.4 fl oz)', 1], ['52302010', '1 medium', 1]],
  ['whopper and a medium coke', ['27510615', '1 hamburger', 1], ['92410310', '1 medium drink', 1]],
  ['taco bell - 3 soft tacos', ['58102110', '1 small/regular', 3]],
  ['chick fil a sandwich & waffle fries', ['27540146', '1 regular sandwich', 1], ['71401030', QNS, 1]],
  ['2 krispy kreme glazed', ['53521110', '1 doughnut', 2]],
  ['tall mocha frappuccino', ['92102000', '1 small', 1]],
  ['12oz mtn dew', ['92410550', '1 can (12 fl oz)', 1]],
  ['20 oz dr pepper', ['92410360', '1 bottle (20 fl oz)', 1]],
  ['a whole bag of microwave popcorn', ['54403051', '1 regular microwave bag', 1]],
  ['half a frozen cheese pizza, thin crust', ['58106200', '1 frozen medium pizza (11-13" diameter)', 0.5]],
  ['gas station hot dog and a slurpee', ['27564000', '1 sandwich', 1], ['92513000', QNS, 1]],
  ['a pack of maruchan w/ an egg in it', ['58407030', '1 oz, dry, yields', 3], ['31103010', '1 egg', 1]],
  ['2 slices of cold pepperoni pizza for breakfast', ['58106540', '1 piece, NFS', 2]],
  ['takis small bag', ['54401085', '1 small single serving bag', 1]],
  ['pb sandwich on wheat at 4am', ['42301020', '1 sandwich', 1]],
  ['a sausage mcgriddle', ['34002160', '1 regular', 1]],
  ['hashbrown and a large coffee w 2 creams 2 sugars', ['71404000', '1 patty', 1], ['92100000', '1 large', 1], ['12200100', QNS, 2], ['91101010', '1 teaspoon', 2]],
  ['bowl of frosted flakes at midnight', ['57348000', '1 cup', 1], ['11100000', QNS, 1]],
  ['2 hot pockets pepperoni', ['58126150', '1 regular/large', 2]],
  ['reuben and frys at the diner', ['27510950', QNS, 1], ['71400990', QNS, 1]],
  ['grilled cheese & a cup of tomatoe soup at the diner', ['14640100', '1 sandwich', 1], ['74601000', '1 cup', 1]],
  ['lunch at 1: 150 g jasmine rice and teriyaki chicken', ['56205001', { grams: 150 }, 1], ['27145000', QNS, 1]],
  ['200g plain greek yogurt w a handful of blueberries', ['11411390', { grams: 200 }, 1], ['63203010', QNS, 1]],
  ['330 ml can of coke on break', ['92410310', '1 fl oz (NFS)', flOz(330)]],
  ['80 g dried mango', ['62114050', { grams: 80 }, 1]],
  ['half a 100g bar of dark chocolate', ['91705290', { grams: 50 }, 1]],
  ['granola bar & a black cold brew on the way to work', ['53712100', '1 bar', 1], ['92102400', QNS, 1]],
  ['chocolate milk and a cheese danish from the gas station', ['11511000', QNS, 1], ['53511000', QNS, 1]],
  ['2 cups of instant mashed potatoes', ['71501035', '1 cup', 2]],
  ['truck stop chili, 2 cups, w crackers', ['27111400', '1 cup', 2], ['54325000', QNS, 1]],
  ['slice of apple pie from the diner and a coffee', ['53301000', '1 regular slice', 1], ['92100000', QNS, 1]],

  // eating out: sit-down restaurants, brunch, barbecue, sushi, pho, tapas, street food
  ['brunch - eggs benedict & a mimosa', ['32101500', QNS, 1], ['93301115', '1 drink', 1]],
  ['chicken and waffles', ['24107070', QNS, 1], ['55200010', QNS, 1]],
  ['brisket, mac and cheese and cornbread at the bbq place', ['21417100', QNS, 1], ['58145111', QNS, 1], ['52201000', QNS, 1]],
  ['half rack of ribs w baked beans and slaw', ['22701000', '1 rib (yield after cooking, bone removed)', 6], ['41201050', QNS, 1], ['75140990', QNS, 1]],
  ['spicy tuna roll + miso soup', ['58151220', QNS, 1], ['41601070', QNS, 1]],
  ['4 pieces salmon nigiri and edamame', ['58151420', '1 piece', 4], ['41420020', QNS, 1]],
  ['pho tai for dinner', ['28310330', QNS, 1]],
  ['2 egg rolls w sweet and sour sauce', ['58110130', '1 egg roll', 2], ['91361010', QNS, 1]],
  ['tapas: 3 croquetas, calamari & a glass of sangria', ['27220080', '1 croquette (1-1/2" dia, 2" high)', 3], ['26213140', QNS, 1], ['93404550', '1 glass', 1]],
  ['3 al pastor street tacos', ['58102030', '1 small/regular', 3]],
  ['2 cheese pupusas w curtido', ['58105100', '1 item, any size', 2], ['75141040', QNS, 1]],
  ['palak paneer with basmati rice', ['72125310', QNS, 1], ['56205001', QNS, 1]],
  ['hummus & 2 pitas', ['41205070', QNS, 1], ['51109100', '1 medium pita', 2]],
  ['steak frites', ['21001000', QNS, 1], ['71401031', QNS, 1]],
  ['new york cheesecake w strawberry topping', ['53104550', QNS, 1]],
  ['shared a tiramisu, i had half', ['13252600', '1 piece', 0.5]],
  ['creme brulee for dessert', ['13210370', QNS, 1]],
  ["general tso's w white rice", ['27445150', QNS, 1], ['56205001', QNS, 1]],
  ['dim sum - 3 pork buns and 4 shrimp dumplings', ['58123110', '1 item, any size', 3], ['58112510', '1 item, any size', 4]],
  ['6 gyoza', ['58111110', '1 item, any size', 6]],
  ['kung pao chicken and an egg roll', ['27445220', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['lazagna & a breadstick at olive garden', ['58130014', QNS, 1], ['51184210', '1 medium stick', 1]],
  ['steak fajitas, 2', ['58105050', '1 fajita', 2]],
  ['nutella crepe', ['53430100', '1 crepe with filling, any size', 1]],
  ['bloody mary at brunch', ['93301030', '1 drink', 1]],
  ['2 pina coladas on the beach', ['93301200', '1 drink', 2]],
  ['2 glasses of white wine w dinner', ['93401020', '1 glass', 2]],
  ['fish tacos x2 & a corona', ['58102210', '1 small/regular', 2], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['a lobster roll', ['27450020', QNS, 1], ['51154010', '1 hot dog bun', 1]],
  ['chicken parmesan and a cup of spaghetti w marinara', ['27146300', QNS, 1], ['58146221', '1 cup', 1]],
  ['a stack of 3 blueberry pancakes at ihop', ['55100055', '1 medium pancake', 3]],
  ['elote from the street cart', ['75216111', '1 regular ear', 1], ['83107000', QNS, 1]],
  ['2 beef empanadas from the food truck', ['58116117', '1 regular/large', 2]],
  ['chicken shawarma wrap', ['27540300', '1 sandwich, any size', 1]],
  ['bibimbap w a side of kimchi', ['58150100', QNS, 1], ['75502520', QNS, 1]],
  ['a bowl of tteokbokki', ['58150520', '1 cup', 1]],
  ['a large sweet tea and 2 pieces of fried chicken', ['92308000', '1 large drink', 1], ['24107070', '1 piece', 2]],
  ['crab legs & 2 ears of corn', ['26305160', QNS, 1], ['75216111', '1 regular ear', 2]],
  ['8oz top sirloin, side salad w italian dressing', ['21001000', { grams: 8 * OZ }, 1], ['75143000', '1 side salad', 1], ['83106000', QNS, 1]],
  ['2 mozzarella sticks w marinara', ['14660200', '1 piece or stick (4" x 1" x 3/4")', 2], ['74404010', QNS, 1]],

  // seasonal and holiday food
  ['thanksgiving plate: turkey, stuffing, mashed potatoes and sweet potato casserole', ['24201000', QNS, 1], ['51182010', QNS, 1], ['71501000', QNS, 1], ['73409000', QNS, 1]],
  ['slice of pecan pie w whipped cream', ['53385000', '1 regular slice', 1], ['12140000', QNS, 1]],
  ['apple pie w ice cream on top, one slice', ['53301000', '1 regular slice', 1], ['13110000', QNS, 1]],
  ['a cup of eggnog', ['11531000', '1 fl oz', 8]],
  ['3 latkes w applesauce & sour cream', ['71701000', '1 medium pancake', 3], ['63101110', QNS, 1], ['12310100', QNS, 1]],
  ['3 pork tamales on christmas eve', ['58103125', '1 item, any size', 3]],
  ['green bean casserole and candied yams', ['75403020', QNS, 1], ['73406000', QNS, 1]],
  ['2 tbsp cranberry sauce', ['63207110', '1 cup', 2 / 16]],
  ['hot apple cider, 12 oz', ['64101010', '1 fl oz (NFS)', 12]],
  ['a slice of fruitcake', ['53110000', '1 piece/slice, any size', 1]],
  ['2 gingerbread cookies', ['53223000', '1 medium', 2]],
  ['a candy cane', ['91745025', '1 stick', 1]],
  ['easter dinner: ham, scalloped potatoes & a roll', ['22311000', QNS, 1], ['71305015', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['5 peeps', ['91723000', '1 piece', 5]],
  ['a jelly donut for hanukkah', ['53521140', '1 doughnut', 1]],
  ['2 hot cross buns', ['51161020', '1 medium', 2]],
  ['4 deviled eggs', ['32102000', '1 egg', 4]],
  ['corn pudding, about a cup', ['75411010', '1 cup', 1]],
  ['a slice of pumpkin bread w butter', ['52404060', '1 slice', 1], ['81100500', QNS, 1]],
  ['a small moon cake', ['53452120', '1 small round Moon Cake', 1]],
  ['2 slices challah', ['51119010', '1 medium or regular slice', 2]],
  ['matzo with butter', ['54307000', '1 matzo', 1], ['81100500', QNS, 1]],
  ['bowl of pozole on new years', ['28315150', '1 cup', 1]],
  ['glass of champagne at midnight', ['93401005', '1 glass', 1]],
  ['grande pumpkin spice latte', ['92101904', '1 medium', 1]],
  ['sweet potato pie, 1 slice', ['53360000', '1 regular slice', 1]],
  ['2 tamales and a cup of atole', ['58103100', '1 item, any size', 2], ['92613010', '1 fl oz', 8]],
  ['christmas morning - 2 cinamon rolls w icing', ['51160110', '1 medium', 2]],
  ['turkey leftovers sandwich w cranberry', ['27540010', '1 regular', 1], ['63207110', QNS, 1]],
  ['big piece of pumpkin pie w cool whip', ['53347000', '1 large slice', 1], ['12220200', QNS, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Seventh held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-7.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts, make-eval-meals-holdout-4.ts and make-eval-meals-holdout-5.ts, with the decisions this set needed in the header of make-eval-meals-holdout-7.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-7.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-7.json`);
}
