/**
 * Writes eval-meals.holdout-27.json: the twenty-seventh held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 22:01 UTC, first committed a few minutes later) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its
 * test, any scoring results (eval-meals*.results.json) or the git history, and who ran nothing
 * that scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 25, 26 and 28 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food was used, so the same dish means the same food across
 * sets. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-24 (checked by script: lower-cased, punctuation-folded messages
 * compared; every message sharing half or more of its words with an earlier one was read, and
 * rewritten where it meant the same foods at the same amount; about 110 first drafts were
 * rewritten that way; a few that name the same foods at a clearly different amount or with
 * another side were kept). Same format, conventions and builder as make-eval-meals-holdout-2.ts
 * (food code + USDA portion or grams + quantity by hand; grams and carbs from the table, never
 * typed), plus the decisions in the headers of make-eval-meals-holdout-4.ts to -24.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "baked ziti" is FNDDS's pasta with tomato-based sauce and cheese (FNDDS has no baked ziti);
 *   "a garlic knot" beside it is the garlic roll, one roll (holdout 11's garlic knots).
 * - "a cup of french onion soup" is its "1 cup" (a cup of soup is 1 cup, as a bowl is).
 * - "frosted mini wheats" is the flavored shredded wheat, "1 cup"; "raisin bran" the flavored bran
 *   flakes (holdout 8); "frosted flakes" the flavored corn flakes (holdout 14).
 * - "apple cinn instant oatmeal, 1 pkt made w water" is the fruit-flavored instant oatmeal's "1
 *   packet, dry, yields" (holdout 23's packet rule; apple cinnamon is a fruit flavour).
 * - "a splash of skim" is 1 × skim's "1 fl oz" (holdouts 6, 14 and 22's splash).
 * - "half a reuben" / "split it w my son" / "half a powerbar" / "half a 20oz powerade" / "a quarter
 *   of a mooncake" are that fraction of the whole item's portion (holdouts 5, 9, 12, 20).
 * - "qp no cheese" is FNDDS's Quarter Pounder (McDonalds), whose only whole-item portion is named
 *   "1 cheeseburger" (170 g, the same as its "Quantity not specified"); "large sweet tea" beside it is
 *   the pre-sweetened iced tea's "1 large drink" (holdout 2).
 * - "meat gordita from taco bell" is FNDDS's meat gordita, "1 item, any size"; "a medium baja blast"
 *   the caffeinated fruit-flavored soft drink's medium (holdout 8).
 * - "mexican pizza" is FNDDS's Mexican pizza, "1 pizza"; "soft tacos" beside it are the flour-tortilla
 *   beef taco (holdout 11's Taco Bell soft tacos).
 * - "tuna nigiri" is sushi topped with tuna, "1 piece" each (holdout 20's salmon nigiri).
 * - "bowl of veggie pho" is pho without meat, "1 cup" (holdout 10); "fresh spring rolls" are the
 *   not-fried rice-paper roll with meat and/or shrimp (holdout 23).
 * - "milk tea w boba" is bubble tea "1 item, any size" (holdouts 11 and 15); "fried dumplings" beside
 *   it are the fried pot sticker, one item each (holdout 22).
 * - "shoyu ramen w chicken" is FNDDS's ramen bowl with chicken by the cup; "plain congee" the
 *   congee without meat, "1 cup".
 * - "2 pc" / "3 pc chicken" at Popeyes is the coated fried chicken's "1 piece" (holdout 10); "a
 *   biscuit" beside it is Biscuit, NFS, "1 biscuit" (count convention).
 * - "bbq joint: brisket, mac n cheese" is beef brisket "Quantity not specified" and the restaurant
 *   macaroni and cheese (holdout 17's KFC side of mac); "1 piece cornbread" there the cornbread
 *   prepared from mix (holdout 18).
 * - "4 ribs" with no meat named are pork ribs, "1 rib (yield after cooking, bone removed)" each
 *   (holdouts 7 and 16), no sauce named so none listed.
 * - "10 oz ribeye, baked potato w sour cream" is 10 × 28.35 g of ribeye and FNDDS's baked potato,
 *   peel eaten, with sour cream, "1 medium" (count convention); "side salad" its "1 side salad".
 * - "3 lamb chops and a cup of tabbouleh" is the lamb chop's "1 chop, any size" and tabbouleh's "1 cup".
 * - "1 fried catfish fillet, 6 hush puppies, fried okra" uses the catfish's "1 small/regular fillet"
 *   (count convention), the hush puppy's own portion, and fried okra "Quantity not specified".
 * - "chicken quesadilla, had 5 triangles" is 5 × its "1 triangular piece" (holdout 14).
 * - "2 cups saag paneer + 1 roti" is palak paneer (holdout 11) and the medium roti (holdout 6).
 * - "egg foo yung x3" is the egg foo yung's "1 patty" each.
 * - "12 pretzel twists" is 12 × hard pretzels' "1 pretzel, NS as to size"; "15 cashews" 15 × "1 nut"
 *   (holdout 8's counted small items).
 * - "pita chips (small bag) & tzatziki" is pita chips' "1 small single serving bag" and tzatziki dip
 *   "Quantity not specified".
 * - "sunflower seeds" with no amount are "Quantity not specified" (a handful, holdout 2).
 * - "a michelada" is FNDDS's michelada "1 drink"; a long island, a screwdriver and a white russian are
 *   the cocktail's "1 drink"; "3 glasses of rosé" 3 × rosé wine's "1 glass".
 * - "tall caramel frappuccino with whipped cream" is the frozen coffee drink with whipped cream,
 *   small (holdout 4's tall = small; holdout 21's whip).
 * - "hot choc w whip, 16oz" is 16 × the whipped-cream hot cocoa's "1 fl oz"; "atole 12 oz" 12 × atole's
 *   "1 fl oz"; "drank 12 oz of kefir" 12 × kefir's "1 fl oz"; "20 oz chocolate milk" 20 × chocolate
 *   milk NFS "1 fl oz" (holdout 5's N oz of a drink).
 * - "330ml can of sprite" is 330 / 29.5735 × the caffeine-free fruit-flavored soft drink's "1 fl oz
 *   (NFS)" (holdout 7's ml rule; USDA has no 330 ml portion); "small sprite" its "1 small drink".
 * - "large hot oat milk latte" is the latte with non-dairy milk, large (holdout 12).
 * - "cafe au lait" is cafe con leche (holdout 15); "a cup of earl grey" hot black leaf tea "1 cup"
 *   (holdout 22); plain "tea" beside baklava hot black leaf tea "Quantity not specified".
 * - "a big piece" of tres leches drops the size word (the cake has only an any-size slice, holdout 4).
 * - "key lime pie ... half a slice" is 0.5 × its "1 slice, any size".
 * - "cotton candy" is FNDDS's cotton candy "Quantity not specified"; "a snow cone" its "1 snow cone".
 * - "sherbet push up" is the sherbet's "1 push up"; "a fudgesicle" its "1 sicle".
 * - "2 sufganiyot" are 2 jelly doughnuts (holdout 23); "a hot cross bun" the frosted sweet roll with
 *   fruit (holdout 7); "4 latkes" the potato pancake's medium (count convention).
 * - "thanksgiving round 2: 1/2 cup stuffing, 1 cup mashed potatoes, some cranberry sauce" lists no
 *   gravy because the message names none.
 * - "iftar: 3 dates and 2 small samosas" is 3 × "1 date" and the samosa's "1 small/individual".
 * - "diwali sweets - 2 ladoo and 1 barfi" are FNDDS's ladoo and barfi, "1 piece" each.
 * - Lows: "5 lifesavers" are 5 × hard candy "1 piece" (holdout 21's hard candies); "3 starbursts"
 *   taffy "1 piece" (holdout 12); "4 oz regular coke" 4 × cola's "1 fl oz (NFS)"; "1 tbsp honey +
 *   4 oz milk" honey's "1 tablespoon" and 4 × milk NFS "1 fl oz"; only the treatment is listed.
 * - "dad (78) had a glucerna and 4 saltines" is Glucerna's "1 bottle (8 fl oz)" (holdout 11) and 4
 *   × saltine "1 cracker"; "grandma: ... 1 slice raisin toast" toasted raisin bread, medium slice.
 * - "dining hall: 1 cup penne w vodka sauce + caesar salad" is 1 cup of cooked pasta + vodka sauce
 *   "Quantity not specified" (holdout 5's penne alla vodka) + caesar salad without dressing (holdout 22).
 * - "night shift: cup noodles" is USDA's "1 individual container" (holdout 7); "a red bull" its 8.4
 *   fl oz can (holdout 7); "a diet pepsi" diet cola's 12 fl oz can (holdout 17).
 * - Weights: "N g" / "N oz" of a food is grams of the food as eaten (holdouts 14 and 19): "200g
 *   cooked jasmine rice" white rice (holdout 16's basmati), "150g grilled chicken breast" the grilled
 *   breast, skin not eaten, "baked sweet potato 120g", "250 g boiled potatoes" Potato, boiled, NFS,
 *   "2 oz beef jerky" 56.7 g; "200ml milk" and "300 ml apple juice" are N / 29.5735 × "1 fl oz".
 * - Added after the first commit (the last group): "half an avocado" is 0.5 × the avocado's "1 fruit"
 *   (holdout 2); "chipotle bowl: brown rice, black beans, chicken, guac" is brown rice, black beans
 *   NFS, grilled chicken NS as to part and guacamole, each "Quantity not specified" (holdout 14's
 *   Chipotle bowl parts); "a small frosty" the fast-food chocolate shake, small (holdout 24); "a kids
 *   fry" the fast-food fries' "1 kids meal order"; "baked lays" with no bag named "Quantity not
 *   specified" (holdout 6) and the Subway cookie its "1 Subway cookie"; a Dunkin glazed donut the
 *   yeast doughnut (holdout 5) and "cream n sugar" creamer and sugar "Quantity not specified"
 *   (holdout 8); IHOP pancakes the restaurant plain pancakes, medium (holdout 14's Denny's), "hash
 *   browns" Potato, hash brown, NFS "Quantity not specified"; "mcd hotcakes (3)" 3 × the restaurant
 *   pancake (holdout 11); Cracker Barrel's chicken fried steak the country-fried steak (holdout 21)
 *   and its green beans the restaurant green beans (holdout 17); "mandarins" are tangerines (holdout
 *   16); "oatmeal made w milk" the regular oatmeal made with milk, "1 tbsp brown sugar" 3 × its
 *   teaspoon (holdout 13); "a cupcake" Cake or cupcake, NFS (holdout 17); "large popcorn shared 3
 *   ways" 1/3 of the movie popcorn's "1 large order" (holdout 12); "shredded cheese" Cheese, NFS,
 *   "Quantity not specified"; "roast chicken" chicken NS as to part, roasted, "Quantity not
 *   specified"; "matzo ball soup" beside other food with no amount its "Quantity not specified"
 *   (holdout 10) and "kugel" the noodle pudding (holdout 23); "boiled pork dumplings" the steamed
 *   dumpling (holdout 23); a Hawaiian plate lunch's "kalua pork" is Pork, NFS, "2 scoops rice" 2 ×
 *   white rice "Quantity not specified" (holdout 10's scoop of rice, holdout 16's two handfuls) and
 *   "mac salad" the macaroni salad made with mayonnaise, "Quantity not specified"; "banana bread" the
 *   fruit bread (holdout 15); "tostones x6" 6 × fried plantain "1 slice" (holdout 17); "a large
 *   smoothie from jamba" the fruit smoothie NFS, large (holdout 23); "like 20" cherries is 20 × "1
 *   cherry" (holdout 18's about amounts); "2 graham cracker squares" is 1 × the graham's "1 large
 *   rectangular piece or 2 squares ..." portion; "1 cup jello" the gelatin dessert's "1 cup".
 * - Typos and abbreviations were written only where the meaning is plain ("dumplins", "cinn",
 *   "pkt", "choc", "qp", "ww", "c" = cup, "w" = with, "n", "&", "+", "x2"); the expected food is
 *   the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-27.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['toasted rye x2 w butter', ['51401020', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['cheese danish + large coffee w cream from the gas station', ['53511000', '1 medium', 1], ['92101000', '1 large', 1], ['12210200', QNS, 1]],
  ['raisin bran, 1.5 cups, splash of skim', ['57329000', '1 cup', 1.5], ['11113000', '1 fl oz', 1]],
  ['two scrambled eggs with cheese & a slice of sourdough', ['32130100', '1 egg', 2], ['51133010', '1 medium or regular slice', 1]],
  ['homemade corned beef hash, 1 cup, w 2 fried eggs', ['27211400', '1 cup, homemade', 1], ['31105005', '1 egg', 2]],
  ['large bagel w/ lox and cream cheese', ['51180010', '1 large', 1], ['26137190', QNS, 1], ['14301010', QNS, 1]],
  ['kiddo had 3 silver dollar pancakes + some strawberries', ['55101000', '1 silver dollar pancake', 3], ['63223020', QNS, 1]],
  ['two sausage mcgriddles on the drive in to work', ['34002160', '1 regular', 2]],
  ['veggie egg white omelette + 1 slice ww toast', ['32400300', QNS, 1], ['51300120', '1 medium or regular slice', 1]],
  ['apple cinn instant oatmeal, 1 pkt made w water + coffee w creamer', ['56203155', '1 packet, dry, yields', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['half a whole wheat bagel with pb', ['51301750', '1 regular', 0.5], ['42202000', QNS, 1]],
  ['my daughter had 1 toaster strudel and a cup of milk', ['53510100', '1 Toaster Strudel', 1], ['11100000', '1 cup', 1]],
  ['biscuits n gravy, just 1 biscuit + 2 sausage links', ['58128000', '1 biscuit with gravy', 1], ['25221405', '1 breakfast size link', 2]],
  ['medium cafe mocha & a blueberry scone', ['92101950', '1 medium', 1], ['52105200', '1 regular', 1]],
  ['strawberry chobani 5.3oz + 1/4 cup granola', ['11433990', '1 5.3 oz container', 1], ['57227000', '1 cup', 0.25]],
  ['7 french toast sticks dipped in syrup', ['55301031', '1 stick', 7], ['91300010', QNS, 1]],
  ['grandpa had 1 cup cream of rice and half a banana', ['56205050', '1 cup, cooked', 1], ['63107010', '1 banana', 0.5]],
  ['frosted mini wheats 1 cup, 1/2 cup 2% milk', ['57214000', '1 cup', 1], ['11112110', '1 cup', 0.5]],
  ['ham egg and cheese croissant from the cafe + a medium iced coffee', ['34001430', '1 regular', 1], ['92102400', '1 medium', 1]],
  ['chilaquiles verdes w 1 egg and refried beans', ['58100360', QNS, 1], ['31105005', '1 egg', 1], ['41205010', QNS, 1]],
  ['diner: 3 scrambled eggs, home fries, 2 slices rye toast', ['32129990', '1 egg', 3], ['71403030', QNS, 1], ['51401020', '1 medium or regular slice', 2]],
  ['oat bran 1 cup cooked + 1/2 c blueberries', ['56208500', '1 cup, cooked', 1], ['63203010', '1 cup', 0.5]],
  // lunch
  ['cuban sandwich and plantain chips', ['27520410', '1 sandwich, any size', 1], ['71905410', QNS, 1]],
  ['egg salad sandwich on white bread for lunch', ['32203010', '1 regular', 1]],
  ['chicken salad on wheat + a bag of baked chips', ['27540121', '1 regular', 1], ['71200400', '1 small single serving bag', 1]],
  ['sloppy joe on a wheat bun & coleslaw', ['27510105', '1 sandwich, any size', 1], ['75141000', QNS, 1]],
  ['half a reuben + a cup of french onion soup', ['27510950', '1 sandwich, any size', 0.5], ['75608100', '1 cup', 1]],
  ['school lunch: 6 nuggets, 1/2 cup corn, choc milk carton', ['24198735', '1 nugget', 6], ['75216120', '1 cup', 0.5], ['11511000', '1 individual school container', 1]],
  ['packed his lunch: ham n cheese on white, a go-gurt, pretzels', ['27520220', '1 regular', 1], ['11436100', '1 tube', 1], ['54408015', QNS, 1]],
  ['1 cup tomato soup and a cheddar grilled cheese on wheat', ['74601000', '1 cup', 1], ['14640130', '1 sandwich', 1]],
  ['bowl of broccoli cheddar soup + some crackers', ['72302100', '1 cup', 1], ['54001000', QNS, 1]],
  ['3 cups lentil soup & 4 saltines', ['41603010', '1 cup', 3], ['54325000', '1 cracker', 4]],
  ['split pea w ham, 2 cups + a dinner roll', ['41602030', '1 cup', 2], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['cobb salad with ranch at work', ['75148010', QNS, 1], ['83113500', QNS, 1]],
  ['greek salad + 2 pitas', ['75146000', QNS, 1], ['51109100', '1 medium pita', 2]],
  ['filet o fish + a small fry', ['27550100', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['qp no cheese + large fries + large sweet tea', ['27510229', '1 cheeseburger', 1], ['71401030', '1 large fast food order', 1], ['92308000', '1 large drink', 1]],
  ['4 chicken strips from the drive thru w honey mustard', ['24198741', '1 tender, strip, or finger', 4], ['83105500', QNS, 1]],
  ['mcd double cheeseburger & large coke', ['27510387', '1 double cheeseburger', 1], ['92410310', '1 large drink', 1]],
  ['taco bell: 1 crunchy taco, 1 bean burrito, small sprite', ['58102010', '1 small/regular', 1], ['58102610', '1 small/regular', 1], ['92410510', '1 small drink', 1]],
  ['chicken quesadilla, had 5 triangles', ['58104740', '1 triangular piece', 5]],
  ['2 chicken tamales with refried beans', ['58103130', '1 item, any size', 2], ['41205010', QNS, 1]],
  ['4 pupusas de queso w curtido', ['58105100', '1 item, any size', 4], ['75141040', QNS, 1]],
  ['large steak burrito w rice beans & cheese', ['58102340', '1 large', 1]],
  ['chicken chimichanga with spanish rice at the mexican place', ['58104530', '1 item, any size', 1], ['58163405', QNS, 1]],
  ['3 chicken street tacos for lunch', ['58102220', '1 small/regular', 3]],
  ['2 beef enchiladas', ['58102810', '1 enchilada, any size', 2]],
  ['shrimp fajitas, had 3', ['58105060', '1 fajita', 3]],
  ['meat gordita from taco bell + medium baja blast', ['58104290', '1 item, any size', 1], ['92410550', '1 medium drink', 1]],
  ['mexican pizza and 2 soft tacos', ['58101835', '1 pizza', 1], ['58102110', '1 small/regular', 2]],
  // takeout / restaurants
  ['1.5 cups chicken tikka masala, 1/2 cup basmati, 2 pieces naan', ['27146150', '1 cup', 1.5], ['56205001', '1 cup, cooked', 0.5], ['51108100', '1 piece (1/4 of 10" dia)', 2]],
  ['2 cups saag paneer + 1 roti', ['72125310', '1 cup', 2], ['51300175', '1 medium chappatti or roti (7")', 1]],
  ['veg biryani 1.5 cups', ['58160000', '1 cup', 1.5]],
  ['4 idli + sambar + coconut chutney', ['55702000', '1 item', 4], ['41311020', QNS, 1], ['63409020', QNS, 1]],
  ['2 plain dosas with sambar', ['55702100', '1 medium', 2], ['41311020', QNS, 1]],
  ['kung pao chicken 1 cup & 1 cup white rice', ['27445220', '1 cup', 1], ['56205001', '1 cup, cooked', 1]],
  ['general tso\'s, 1.5 cups, no rice', ['27445150', '1 cup', 1.5]],
  ['beef lo mein, about 2 cups', ['58136150', '1 cup', 2]],
  ['6 steamed dumplings & hot n sour soup', ['58112510', '1 item, any size', 6], ['28340750', QNS, 1]],
  ['sweet and sour pork + 2 egg rolls', ['27120060', QNS, 1], ['58110130', '1 egg roll', 2]],
  ['egg foo yung x3 + 1/2 cup white rice', ['32105200', '1 patty', 3], ['56205001', '1 cup, cooked', 0.5]],
  ['spicy rice cakes (tteokbokki), about 2 cups', ['58150520', '1 cup', 2]],
  ['shrimp pad thai 2.5 cups', ['58137240', '1 cup', 2.5]],
  ['bowl of veggie pho + 2 fresh spring rolls', ['28310335', '1 cup', 1], ['58110200', '1 roll (4-1/4" x 1-1/2" dia)', 2]],
  ['6 pc salmon roll & 2 tuna nigiri', ['58151200', '1 piece', 6], ['58151440', '1 piece', 2]],
  ['shoyu ramen w chicken, 2.5 cups', ['58407042', '1 cup', 2.5]],
  ['plain congee 1 cup when i was sick', ['56205101', '1 cup', 1]],
  ['2 bao buns', ['58123110', '1 item, any size', 2]],
  ['jambalaya, 1 cup + a slice of french bread', ['27363100', '1 cup', 1], ['51107010', '1 medium or regular slice', 1]],
  ['a bowl of shrimp gumbo', ['28355440', '1 cup', 1]],
  ['popeyes 3 pc chicken and a biscuit', ['24107070', '1 piece', 3], ['52101000', '1 biscuit', 1]],
  // home dinners
  ["shepherd's pie, 1.5 cups", ['27311510', '1 cup', 1.5]],
  ['beef stroganoff over noodles, 3/4 cup', ['27212350', '1 cup', 0.75]],
  ['1 1/4 cups tuna noodle casserole + side salad', ['27250610', '1 cup', 1.25], ['75143000', '1 side salad', 1]],
  ['chicken and dumplins, 2 bowls', ['27246100', '1 cup', 2]],
  ['a whole frozen chicken pot pie (individual) + glass of milk', ['27347100', '1 individual pie', 1], ['11100000', '1 fl oz', 8]],
  ['chicken parmesan w a side of pasta in marinara', ['27146300', QNS, 1], ['58146222', QNS, 1]],
  ['lasagna - 1 piece, 8x8 pan cut in 6', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1]],
  ['baked ziti 3/4 cup + a garlic knot', ['58146150', '1 cup', 0.75], ['51156500', '1 medium/regular/sandwich size roll', 1]],
  ['5 cheese ravioli with sauce', ['58131520', '1 piece', 5]],
  ['3 manicotti', ['58133120', '1 manicotti', 3]],
  ['2 stuffed shells w meat sauce', ['58134130', '1 shell (jumbo)', 2]],
  ['cheese tortellini w red sauce, 1/2 cup (kid portion)', ['58134620', '1 cup', 0.5]],
  ['gnocchi w pesto, 1.5 cups', ['58122220', '1 cup', 1.5], ['81302070', QNS, 1]],
  ['meatball sub footlong, had the whole thing', ['27510700', '1 regular or 6" submarine', 2]],
  ['10 oz ribeye, baked potato w sour cream, side salad', ['21101170', { grams: 283.5 }, 1], ['71508010', '1 medium', 1], ['75143000', '1 side salad', 1]],
  ['5 oz grilled salmon, 1 cup wild rice, asparagus', ['26137123', { grams: 141.75 }, 1], ['56205205', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['pork tenderloin, 1 cup roasted potatoes & green beans', ['22210300', QNS, 1], ['71104030', '1 cup', 1], ['75205030', QNS, 1]],
  ['meatloaf 2 slices + 3/4 c mashed + green beans', ['27214100', '1 medium slice', 2], ['71501000', '1 cup', 0.75], ['75205030', QNS, 1]],
  ['3 lamb chops and a cup of tabbouleh', ['23101000', '1 chop, any size', 3], ['58175110', '1 cup', 1]],
  ['4 ribs, corn on the cob & baked beans', ['22701000', '1 rib (yield after cooking, bone removed)', 4], ['75216111', '1 regular ear', 1], ['41201010', QNS, 1]],
  ['bbq joint: brisket, mac n cheese, 1 piece cornbread', ['21417100', QNS, 1], ['58145111', QNS, 1], ['52201000', '1 piece', 1]],
  ['1 fried catfish fillet, 6 hush puppies, fried okra', ['26107140', '1 small/regular fillet', 1], ['52209010', '1 hush puppy', 6], ['75414500', QNS, 1]],
  ['10 fried shrimp and fries', ['26319140', '1 small/medium shrimp', 10], ['71400990', QNS, 1]],
  ['crab cake sandwich & sweet potato fries', ['27550110', '1 regular sandwich', 1], ['73410200', QNS, 1]],
  ['kid dinner: 6 fish sticks and 1/2 cup mac n cheese', ['26100270', '1 stick', 6], ['58145110', '1 cup', 0.5]],
  ['corn dog and a small slushie', ['27560300', '1 regular', 1], ['92513000', '1 small', 1]],
  // snacks
  ['12 pretzel twists', ['54408015', '1 pretzel, NS as to size', 12]],
  ['4 tbsp hummus + 8 baby carrots', ['41205070', '1 tablespoon', 4], ['73101010', '1 baby carrot', 8]],
  ['15 cashews', ['42104000', '1 nut', 15]],
  ['a kiwi and a clementine', ['63126500', '1 fruit', 1], ['61100600', '1 fruit', 1]],
  ['1 cup honeydew + 1/2 c cottage cheese', ['63127010', '1 cup', 1], ['14200100', '1 cup', 0.5]],
  ['pita chips (small bag) & tzatziki', ['54402700', '1 small single serving bag', 1], ['11440060', QNS, 1]],
  ['chex mix 2 cups during the movie', ['54420220', '1 cup', 2]],
  ['one of the big rice krispie treats', ['53226500', '1 large bar', 1]],
  ['fudgesicle', ['13140900', '1 sicle', 1]],
  ['1 cup mango chunks + 1/2 cup pineapple', ['63129010', '1 cup', 1], ['63141010', '1 cup', 0.5]],
  ['2 plums', ['63143010', '1 fruit', 2]],
  ['2 nectarines + a string cheese at soccer practice', ['63131010', '1 fruit', 2], ['14107030', '1 stick', 1]],
  ['9 triscuits w 2 slices swiss', ['54337020', '1 cracker', 9], ['14109010', '1 slice', 2]],
  ['1/2 cup trail mix on the hike', ['42501000', '1 cup', 0.5]],
  ['dried mango 40g', ['62114050', { grams: 40 }, 1]],
  ['a fruit leather', ['91746350', '1 pouch/regular size', 1]],
  ['8 ritz w peanut butter', ['54301030', '1 cracker', 8], ['42202000', QNS, 1]],
  ['kind bar & a small latte', ['53710810', '1 bar', 1], ['92101900', '1 small', 1]],
  ['half a powerbar at mile 6', ['53720300', '1 bar', 0.5]],
  ['sunflower seeds and a pear at my desk', ['43102100', QNS, 1], ['63137010', '1 fruit', 1]],
  ['3 fig newtons + glass of milk', ['53220030', '1 Newton bar', 3], ['11100000', '1 fl oz', 8]],
  // drinks
  ['medium root beer at a&w', ['92410710', '1 medium drink', 1]],
  ['20 oz chocolate milk after wrestling', ['11511000', '1 fl oz', 20]],
  ['half a glass of pineapple juice', ['64124020', '1 fl oz (NFS)', 4]],
  ['grandma: 4 oz prune juice + 1 slice raisin toast', ['64132010', '1 fl oz (NFS)', 4], ['51129020', '1 medium or regular slice', 1]],
  ['grande iced latte', ['92102500', '1 medium', 1]],
  ['tall caramel frappuccino with whipped cream', ['92101925', '1 small', 1]],
  ['hot choc w whip, 16oz, at the ski lodge', ['11512100', '1 fl oz', 16]],
  ['3 glasses of rosé at the wedding', ['93401030', '1 glass', 3]],
  ['2 long islands at happy hour', ['93301360', '1 drink', 2]],
  ['screwdriver x2', ['93301140', '1 drink', 2]],
  ['half a 20oz powerade at the tournament', ['95320500', '1 bottle (20 fl oz)', 0.5]],
  ['330ml can of sprite', ['92410510', '1 fl oz (NFS)', 330 / 29.5735]],
  ['2 grape juice boxes at the party', ['64116020', '1 juice box/pouch (6.75 fl oz)', 2]],
  ['drank 12 oz of kefir', ['11115400', '1 fl oz', 12]],
  ['large hot oat milk latte', ['92101903', '1 large', 1]],
  ['a michelada w the game', ['93301113', '1 drink', 1]],
  ['white russian x3 at the holiday party', ['93301250', '1 drink', 3]],
  ['milk tea w boba + 4 fried dumplings', ['92306910', '1 item, any size', 1], ['58111110', '1 item, any size', 4]],
  ['atole 12 oz', ['92613010', '1 fl oz', 12]],
  // desserts
  ['my moms tres leches, had a big piece', ['53118550', '1 piece/slice, any size', 1]],
  ['key lime pie on the cruise, half a slice', ['53305800', '1 slice, any size', 0.5]],
  ['an eclair from the bakery', ['53420200', '1 eclair (5" x 2" x 1-3/4")', 1]],
  ['1 scoop choc + 1 scoop vanilla ice cream in a bowl', ['13110110', '1 scoop', 1], ['13110100', '1 scoop', 1]],
  ['hot fudge sundae after the game, split it w my son', ['13121300', '1 sundae', 0.5]],
  ['a vanilla ice cream sandwich', ['13120500', '1 sandwich', 1]],
  ['lemon meringue pie, 2 slices', ['53381000', '1 slice, any size', 2]],
  ['2 slices angel food cake + 1 cup strawberries', ['53101100', '1 piece/slice, any size', 2], ['63223020', '1 cup', 1]],
  ['bread pudding 1/2 cup', ['13210110', '1 cup', 0.5]],
  ['peach cobbler 1/2 cup + 2 scoops vanilla', ['53410800', '1 cup', 0.5], ['13110100', '1 scoop', 2]],
  ['creme brulee at dinner', ['13210370', QNS, 1]],
  ['3 baklava pieces w tea', ['53441110', '1 piece', 3], ['92302000', QNS, 1]],
  ['2 biscotti with an espresso', ['53203500', '1 cookie', 2], ['92101610', '1 espresso cup (2 fl oz)', 1]],
  ['2 red velvet cupcakes at the bday party', ['53116520', '1 cupcake, any size', 2]],
  ['sherbet push up', ['13150000', '1 push up', 1]],
  ['cotton candy and a snow cone at the carnival', ['91745050', QNS, 1], ['91621000', '1 snow cone', 1]],
  ['beignets x4 + cafe au lait', ['53520510', '1 beignet', 4], ['92101850', QNS, 1]],
  ['orange chicken + 2 fortune cookies', ['27146350', QNS, 1], ['53222010', '1 cookie', 2]],
  // lows
  ['low 58, 5 oz oj', ['61210000', '1 fl oz (NFS)', 5]],
  ['went low, 2 packs of fruit snacks', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['low overnight: 1 tbsp honey + 4 oz milk', ['91302010', '1 tablespoon', 1], ['11100000', '1 fl oz', 4]],
  ['5 lifesavers for a low', ['91745025', '1 piece', 5]],
  ['4 oz regular coke, bg 61', ['92410310', '1 fl oz (NFS)', 4]],
  ['dropping on the bus, ate a small box of raisins and 3 starbursts', ['62125100', '1 small box (1.5 oz)', 1], ['91750000', '1 piece', 3]],
  // holidays / trips
  ['thanksgiving round 2: 1/2 cup stuffing, 1 cup mashed potatoes, some cranberry sauce', ['51182010', '1 cup, NFS', 0.5], ['71501000', '1 cup', 1], ['63207110', QNS, 1]],
  ['4 latkes, applesauce & sour cream', ['71701000', '1 medium pancake', 4], ['63101110', QNS, 1], ['12310100', QNS, 1]],
  ['2 sufganiyot at the hanukkah party', ['53521140', '1 doughnut', 2]],
  ['easter brunch: 2 slices ham, 1/2 cup scalloped potatoes, a hot cross bun', ['22311000', '1 regular/thin slice', 2], ['71305015', '1 cup', 0.5], ['51161020', '1 medium', 1]],
  ['1 cup eggnog and 3 gingersnaps', ['11531000', '1 cup', 1], ['53223000', '1 medium', 3]],
  ['fruitcake slice w a cup of earl grey', ['53110000', '1 piece/slice, any size', 1], ['92302000', '1 cup', 1]],
  ['pumpkin bread slice + medium pumpkin spice latte', ['52404060', '1 slice', 1], ['92101904', '1 medium', 1]],
  ['road trip: gas station hot dog & small bag of fritos', ['27564000', '1 sandwich', 1], ['54401031', '1 small single serving bag', 1]],
  ['diwali sweets - 2 ladoo and 1 barfi', ['91718300', '1 piece', 2], ['13252500', '1 piece', 1]],
  ['iftar: 3 dates and 2 small samosas', ['62110100', '1 date', 3], ['58124500', '1 small/individual', 2]],
  ['a quarter of a mooncake', ['53452120', '1 small round Moon Cake', 0.25]],
  ['4th of july: 2 burgers, 1 cup potato salad, watermelon', ['27510521', '1 hamburger', 2], ['71601010', '1 cup', 1], ['63149010', QNS, 1]],
  // shift workers, students, older people
  ['night shift: cup noodles + 2 hard boiled eggs', ['58407030', '1 individual container', 1], ['31103010', '1 egg', 2]],
  ['3am break: 2 slices leftover pepperoni pizza & a red bull', ['58106540', '1 piece, NFS', 2], ['95310600', '1 can (8.4 fl oz)', 1]],
  ['vending machine pb crackers + a diet pepsi', ['54328100', '1 individual package', 1], ['92410320', '1 can (12 fl oz)', 1]],
  ['after night shift: 2 cups frosted flakes w milk', ['57348000', '1 cup', 2], ['11100000', QNS, 1]],
  ['dining hall: 1 cup penne w vodka sauce + caesar salad', ['56130000', '1 cup, cooked', 1], ['74404090', QNS, 1], ['72116150', QNS, 1]],
  ['mom ate 1/3 cup applesauce & half a slice of toast', ['63101110', '1 cup', 1 / 3], ['51101010', '1 medium or regular slice', 0.5]],
  ['dad (78) had a glucerna and 4 saltines', ['95104000', '1 bottle (8 fl oz)', 1], ['54325000', '1 cracker', 4]],
  ['grandma had 2 tapioca pudding cups', ['13230500', '1 snack size container', 2]],
  // weights and volumes
  ['200g cooked jasmine rice + 150g grilled chicken breast', ['56205001', { grams: 200 }, 1], ['24123301', { grams: 150 }, 1]],
  ['250 g boiled potatoes', ['71102980', { grams: 250 }, 1]],
  ['45g cornflakes w 200ml milk', ['57134000', { grams: 45 }, 1], ['11100000', '1 fl oz', 200 / 29.5735]],
  ['baked sweet potato 120g', ['73403000', { grams: 120 }, 1]],
  ['180g cooked spaghetti + 1/2 cup marinara', ['56130000', { grams: 180 }, 1], ['74404010', '1 cup', 0.5]],
  ['2 oz beef jerky', ['21602100', { grams: 56.7 }, 1]],
  ['300 ml apple juice', ['64104010', '1 fl oz (NFS)', 300 / 29.5735]],
  ['175 g red grapes', ['63123000', { grams: 175 }, 1]],
  // added after the first commit, under the same rules and the same repeat checks
  ['just now: 2 slices ww toast, 2 eggs, half an avocado, black coffee', ['51300120', '1 medium or regular slice', 2], ['31102000', '1 egg', 2], ['63105010', '1 fruit', 0.5], ['92101000', QNS, 1]],
  ['lunch at 1 - turkey & cheese on wheat, baby carrots, a clementine and 2 oreos', ['27540040', '1 regular', 1], ['73101010', QNS, 1], ['61100600', '1 fruit', 1], ['53209015', '1 Oreo sandwich', 2]],
  ['chipotle bowl: brown rice, black beans, chicken, guac', ['56205011', QNS, 1], ['41101990', QNS, 1], ['24103050', QNS, 1], ['63409010', QNS, 1]],
  ['wendys 10 pc nuggets, small fries, small frosty', ['24198731', '1 nugget', 10], ['71401030', '1 small fast food order', 1], ['11542100', '1 small', 1]],
  ['chick-fil-a 5 count nuggets and a kids fry', ['24198731', '1 nugget', 5], ['71401030', '1 kids meal order', 1]],
  ['subway 6" turkey on wheat, baked lays and a cookie', ['27540050', '1 regular or 6" submarine', 1], ['71200400', QNS, 1], ['53206000', '1 Subway cookie', 1]],
  ['dunkin glazed donut & medium hot coffee w cream n sugar', ['53521110', '1 doughnut', 1], ['92101000', '1 medium', 1], ['12210200', QNS, 1], ['91101010', QNS, 1]],
  ['ihop - 2 buttermilk pancakes, 2 eggs, 2 strips bacon, hash browns', ['55100050', '1 medium pancake', 2], ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2], ['71404000', QNS, 1]],
  ['cracker barrel: chicken fried steak, mashed potatoes, green beans & a biscuit', ['21104110', QNS, 1], ['71501000', QNS, 1], ['75205005', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['at 3 had 2 mandarins and a handful of walnuts', ['61125010', '1 fruit', 2], ['42116000', QNS, 1]],
  ['brkfst 1 cup oatmeal made w milk, 1 tbsp brown sugar, some raisins', ['56203066', '1 cup, cooked', 1], ['91102010', '1 teaspoon, NFS', 3], ['62125100', QNS, 1]],
  ['bday party: 2 slices cheese pizza, half a cupcake, a capri sun', ['58106210', '1 piece, NFS', 2], ['53100100', '1 cupcake, any size', 0.5], ['92552030', '1 Capri Sun pouch', 1]],
  ['movie night - large popcorn shared 3 ways + a medium icee', ['54403005', '1 large order', 1 / 3], ['92513000', '1 medium', 1]],
  ['lunch @ work: leftover chili w beans 1.5 c, shredded cheese, 10 tortilla chips', ['27111406', '1 cup', 1.5], ['14010000', QNS, 1], ['54401075', '1 chip', 10]],
  ['sunday dinner: roast chicken, 1 cup roast potatoes, carrots, a dinner roll', ['24102000', QNS, 1], ['71104030', '1 cup', 1], ['73102220', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['taco tuesday 3 beef tacos on flour tortillas + 1/2 c spanish rice', ['58102110', '1 small/regular', 3], ['58163430', '1 cup', 0.5]],
  ['2 slices thin crust pepperoni and a can of coke in the dorm', ['58106550', '1 piece, NFS', 2], ['92410310', '1 can (12 fl oz)', 1]],
  ['shabbat dinner: 2 slices challah, matzo ball soup, 1/2 cup kugel', ['51119010', '1 medium or regular slice', 2], ['58404500', QNS, 1], ['58149110', '1 cup', 0.5]],
  ['lunar new year - 6 boiled pork dumplings, 1 cup fried rice, an orange', ['58112510', '1 item, any size', 6], ['58150310', '1 cup', 1], ['61119010', '1 fruit', 1]],
  ['cinco de mayo: 2 margaritas + chips and salsa', ['93301100', '1 drink', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['hawaii plate lunch: kalua pork, 2 scoops rice, mac salad', ['22000100', QNS, 1], ['56205001', QNS, 2], ['58148110', QNS, 1]],
  ['slice of banana bread and a medium iced coffee', ['52405010', '1 slice', 1], ['92102400', '1 medium', 1]],
  ['prebolused for 2 cups cheerios + 1 cup 1% milk', ['57123000', '1 cup', 2], ['11112210', '1 cup', 1]],
  ['mcd hotcakes (3) w syrup and a sausage patty', ['55100050', '1 medium pancake', 3], ['91300010', QNS, 1], ['25221405', '1 patty', 1]],
  ['tostones x6', ['71900200', '1 slice', 6]],
  ['personal pepperoni pizza at the bowling alley', ['58106540', '1 personal size pizza (5-7" diameter)', 1]],
  ['a large smoothie from jamba', ['11553100', '1 large', 1]],
  ['ate half a bag of microwave popcorn at 9pm', ['54403051', '1 regular microwave bag', 0.5]],
  ['2 tbsp almond butter on a slice of ww toast', ['42200500', '1 tablespoon', 2], ['51300120', '1 medium or regular slice', 1]],
  ['ate a bunch of cherries, like 20', ['63115010', '1 cherry', 20]],
  ['low at 2am: 4 oz apple juice + 2 graham cracker squares', ['64104010', '1 fl oz (NFS)', 4], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['sick day, 1 cup jello, 6 saltines, 8 oz ginger ale', ['91501010', '1 cup', 1], ['54325000', '1 cracker', 6], ['92410610', '1 fl oz (NFS)', 8]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Twenty-seventh held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors. Generated by core/chat/make-eval-meals-holdout-27.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -24.ts, with the decisions this set needed in the header of make-eval-meals-holdout-27.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-27.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-27.json`);
}
