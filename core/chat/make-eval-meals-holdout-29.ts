/**
 * Writes eval-meals.holdout-29.json: the twenty-ninth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-06 (from about 22:23 UTC, first committed before 22:40 UTC) by an
 * engineer who has not read the estimator, the matcher, the alias lists (core/foods/estimate.ts,
 * everyday-names*, core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test,
 * any scoring results (eval-meals*.results.json) or the git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and not
 * shown to the estimator's authors, who were changing the estimator at the time, nor to the writers of
 * the parallel sets 30-32 (whose sets were not looked at either). Each food was chosen from foods.csv
 * and each portion from portions.csv (core/foods/fndds/), the way a dietitian would pick them for the
 * message; where an earlier held-out set already chose a food for the same dish, the same food was
 * used. The builder checks every code and portion against the table. No message repeats one of
 * eval-meals.json or holdouts 1-28 (checked by comparing lower-cased, punctuation-folded messages, and
 * every pair with a word overlap of 0.45 or more read and, where it meant the same foods and amounts,
 * rewritten: about 90 first drafts were rewritten that way, several twice, because holdouts 1-28
 * already hold some 5,000 messages). Same format, conventions and builder as
 * make-eval-meals-holdout-2.ts (food code + USDA portion or grams + quantity by hand; grams and carbs
 * from the table, never typed), plus the decisions in the headers of make-eval-meals-holdout-4.ts to
 * -28.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults, parents
 * logging for a child, older people and their carers, students, nurses and shift workers), on ordinary
 * days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks,
 * desserts, lows, and the odd holiday or trip.
 *
 * Decisions this set had to make where those conventions are silent:
 * - "1/3 cup hummus" is 16/3 × hummus's "1 tablespoon" (holdout 8's 1/4 cup = 4 tablespoons, by volume).
 * - "baklava ... mint tea w 1 tsp honey" is 1/3 × honey's "1 tablespoon" (holdout 24); mint tea is hot
 *   herbal tea "1 cup".
 * - "subway footlong tuna on wheat, saved half for tmrw" is one 6" sub (holdouts 4 and 14: half of two
 *   6" subs), the tuna salad sandwich on wheat's "1 regular or 6" submarine".
 * - "philly cheesesteak, a footlong" is 2 × the cheese steak sub on white's "1 regular or 6" submarine"
 *   (holdout 11's footlong cheesesteak).
 * - "egg & cheese bagel from the deli" is FNDDS's plain "Egg sandwich on bagel" (no cheese variant;
 *   holdouts 8, 15 and 26's English-muffin and bagel rules); "jimmy dean sausage egg croissant" the egg
 *   sandwich on croissant with sausage; "sausage mcmuffin w egg" as holdout 4.
 * - "a low fat bran muffin" is FNDDS's only bran muffin, the low-fat bran muffin with fruit, its muffin
 *   portion.
 * - "hotel buffet - scrambled eggs, 2 sausage links, 1/2 c home fries": eggs with no count are the
 *   scrambled egg's "Quantity not specified" (holdout 24), home fries Potato, home fries, NFS by the cup.
 * - "waffle house - 2 waffles" is the restaurant plain waffle's medium (holdout 14's Denny's pancakes =
 *   restaurant food); hashbrowns there Potato, hash brown, NFS "Quantity not specified" (holdout 27).
 * - "raising canes 3 finger combo" is the parts of the combo: 3 × the fast-food breaded tender's "1
 *   tender, strip, or finger", fast-food fries and fast-food coleslaw "Quantity not specified" (the
 *   combo names no size), the Texas toast as Garlic bread, NFS "1 piece/slice Texas Toast"; "22 oz sweet
 *   tea" 22 × the pre-sweetened iced tea's "1 fl oz (NFS)" (holdout 16's stated size).
 * - "kfc - 3 pc original, coleslaw, corn on the cob": the fried chicken is holdout 10's coated fried
 *   chicken "1 piece", the coleslaw the fast-food coleslaw QNS, the corn the restaurant corn's "1 regular
 *   ear" (a side at a named fast-food place is its fast-food / restaurant food, holdout 17's KFC mac).
 * - "wendys baked potato w sour cream & chives" is FNDDS's baked potato, peel eaten, with sour cream,
 *   "1 medium" (holdout 27; chives left out, holdout 22's ~0 g seasonings); "a small frosty" the small
 *   fast-food chocolate shake (holdout 24).
 * - "sonic: ... medium tots & a small cherry limeade": tots are the fast-food tots' only order portion
 *   (holdout 21); the limeade the fruit-flavored lemonade drink "Quantity not specified", size word
 *   dropped (holdout 26).
 * - "chick fil a kids meal ...: 4 ct nuggets, kids fry, apple juice box": 4 × fast-food nugget, the
 *   fast-food fries' "1 kids meal order", 100 % apple juice's juice box (holdout 10).
 * - "olive garden - 3 breadsticks & the house salad w italian": the restaurant breadstick's medium stick
 *   (holdout 9), the salad lettuce salad with assorted vegetables QNS, Italian dressing (vinegar and oil) QNS.
 * - "taco bell 2 bean burritos + cinnamon twists": burrito with beans, cheese (holdout 11) at the
 *   count-convention "1 small/regular"; the twists the fried flour-and-water pastry's "1 Taco Bell order"
 *   (holdout 25).
 * - "qpc meal w medium fries and a medium coke": the fries' medium fast-food order and cola's "1 medium
 *   drink" (fountain sizes, holdout 17).
 * - "dominos thin crust pepperoni, 4 slices" is the thin-crust pepperoni pizza, "1 piece, NFS" each (no
 *   pizza size said, holdout 24); "2 slices of a large cheese pizza + 1 slice pepperoni" uses "1 piece,
 *   large pizza" for both (the message names the pizza's size).
 * - "tuna melt" is the tuna salad sandwich on white with cheese (a melt is a cheese-topped tuna
 *   sandwich; bread not said = white, holdout 7); "tomatoe soup" with it is Soup, tomato (the NFS-like
 *   entry), "a cup" its "1 cup".
 * - "whole can of progresso lentil soup" is the canned lentil soup's "1 can" (holdout 12's whole can).
 * - "egg salad sandwitch on white ... + a dill pickle" is the pickle's "1 regular" (holdout 11).
 * - "kids lunch: a whole grilled cheese" is Grilled cheese sandwich, NFS, "1 sandwich"; "10 baby
 *   carrots" 10 × raw carrots' "1 baby carrot" (holdout 14).
 * - "cottage pie (shepherds pie w beef), 2 cups" is FNDDS's shepherd's pie by the cup.
 * - "veg biryani 1.5 cups + 2 tbsp raita": biryani with vegetables (holdout 11) and 2 × tzatziki dip's
 *   "1 tablespoon" (holdout 18's raita = tzatziki).
 * - "tuna noodle casserole, 2 helpings (about 2 cups)" is the stated 2 cups (holdout 12's stated
 *   amount); "peas on the side" Green peas, NS as to form, cooked, QNS.
 * - "2 crab cakes" are FNDDS's crab cake "1 cake or patty" each; "asparagus" with no amount is the
 *   cooked asparagus NS as to form, QNS.
 * - "easter: 2 thick slices of ham, 1/2 c candied yams" are Ham's "1 thick slice" and the candied sweet
 *   potato (holdout 21) by the cup.
 * - "sweet n sour pork and egg fried rice takeout" is FNDDS's sweet and sour pork and Rice, fried, NFS,
 *   each QNS.
 * - "3 shrimp fajitas" are the shrimp fajita "1 fajita" each (holdout 7's fajitas).
 * - "stuffed peppers w rice & beef, 2 halves" is 2 × the rice-and-meat stuffed pepper's "1/2 pepper with
 *   filling".
 * - "2 pork tamales w 1/2 cup refried beans" is 0.5 × refried beans' "1 cup"; "pozole, a bowl and a half"
 *   1.5 × the soup's "1 cup" (holdout 11's bowl and a half).
 * - "tteokbokki w fish cakes" is FNDDS's tteokbokki (the fish cakes are part of the dish) by the cup.
 * - "4 small beef empanadas" is the beef empanada's "1 small/individual"; "a potato knish w mustard" the
 *   knish's "1 item, any size" (mustard left out, holdout 13's ~0 g condiments).
 * - "beef & broccoli 1 cup over 1 cup lo mein noodles" is holdout 21's beef and vegetables (including
 *   broccoli) in soy-based sauce + Lo mein, NFS "1 cup".
 * - "spaghetti squash 1.5 cups w marinara" is FNDDS's cooked spaghetti squash by the cup + spaghetti sauce
 *   QNS (marinara = spaghetti sauce).
 * - "eggplant parm 1.5 cups" is the eggplant parmesan casserole (holdout 14) by the cup.
 * - "3 chicken thighs" with no method are the skin-eaten thigh NS as to cooking method, "1 thigh" each;
 *   "corn on the cob" at home holdout 2's fresh corn "1 regular ear".
 * - "baked salmon" with no amount is the baked or broiled salmon QNS; "a side salad" holdout 7's "1 side salad".
 * - "lasagnia, a cup and a half" is Lasagna with meat (the earlier sets' lasagna) by the cup.
 * - "spagheti w meat sauce ... side caesar no croutons" is holdout 9's home-recipe pasta with
 *   tomato-based sauce and meat by the cup + the caesar salad without dressing QNS (holdout 22).
 * - "1 cup diced mango w tajin": tajin left out (holdout 17); "small wedge of watermelon" its "1 small
 *   wedge/slice"; "big slice of watermelon" its large wedge (holdout 5's big = large).
 * - "asian pear" is FNDDS's Asian pear, "1 fruit"; "a persimmon" the raw persimmon's "1 fruit".
 * - "king size reeses, ate half" is 0.5 × the peanut-butter-filled chocolate candy's "1 large/king size".
 * - "cucumber slices" and "handful of pistachios" with no amount are QNS (holdout 2's handful).
 * - "1 oz cheddar and 6 ritz": 28.35 g of cheddar (holdout 14's ounce rule) and 6 × Ritz "1 cracker".
 * - "stomach bug - half a can of ginger ale" is 0.5 × its 12 fl oz can (holdout 18's half a can).
 * - "1 liter bottle of coconut water" is 1000 / 29.5735 × the unsweetened coconut water's "1 fl oz (NFS)"
 *   (holdout 7's ml rule; no litre portion); the message does not say sweetened.
 * - "a can of root beer w my burger": the burger with no place is the NFS hamburger (holdout 9).
 * - "mango smoothie, 32 oz" is 32 × fruit smoothie NFS "1 fl oz" (holdout 15's 12 oz mango smoothie).
 * - "plain cheesecake, 2 slices" is 2 × "1 piece/slice, any size"; "3 small lemon bars" the lemon bar's
 *   "1 small bar"; "a cream puff from the asian bakery" the not-iced cream puff's "1 cream puff"; "a cup
 *   of bread pudding" its "1 cup".
 * - "pumpkin bread" is FNDDS's pumpkin bread "1 slice"; "a grande pumpkin spice latte" the flavored
 *   latte, medium (holdout 6); "german chocolate cupcake" the German chocolate cake's "1 cupcake, any
 *   size"; "chocolate cupcake w choc frosting" the bakery chocolate cake with chocolate icing's "1
 *   regular cupcake".
 * - "3 scoops vanilla gelato in a cup" is 3 × vanilla gelato's "1 scoop" (the scoops said, not the cup);
 *   "1/2 cup raspberry sorbet" 0.5 × Sorbet "1 cup".
 * - "rice pudding" for an older parent is FNDDS's Pudding, rice by the cup; "2 vanilla wafers" the
 *   wafer's "1 medium" (holdout 13).
 * - "grandpa drank half an ensure and a piece of toast" is 0.5 × Ensure's "1 bottle (8 fl oz)" and the
 *   toasted white bread's medium slice (holdout 9's toast).
 * - "hawaii trip breakfast - spam, 2 eggs, 1 cup rice": Spam with no amount is QNS; "poke bowl: ahi over
 *   1 cup rice w edamame" is raw tuna QNS, white rice 1 cup, edamame QNS (holdout 17's poke bowl parts).
 * - "matzo ball soup 2 bowls + 2 matzos w butter" is 2 × "1 cup" and 2 × "1 matzo" (holdout 22).
 * - "exam week: a monster + a pop tart": Monster's 16 fl oz can (holdout 5), the fruit-filled pastry's
 *   "1 pastry" (holdout 7).
 * - "nurse on nights - clif bar + a tall latte": Clif Bar "1 bar" and the latte's small (holdout 4).
 * - "toddler dinner ... 1/4 cup peas" is 0.25 × green peas "1 cup".
 * - "low at 64 before bed - 8 oz oj & 2 graham squares" is 8 × orange juice "1 fl oz (NFS)" and one
 *   "1 large rectangular piece or 2 squares ..." portion (holdout 27's graham squares).
 * - "went low at soccer, half a 20oz gatorade + 4 orange slices" is 0.5 × Gatorade's 20 fl oz bottle and
 *   4 × the raw orange's "1 section/slice".
 * - "2 fun size bags of skittles" is 2 × the fruit-flavored candy's "1 fun/snack size"; "2 fun size
 *   snickers & a fun size bag of m&ms" likewise for each candy.
 * - Weights and volumes: "250 g vanilla greek yogurt" is the Greek yogurt, flavors other than fruit, by
 *   grams; "300 g cooked penne w pesto" grams of cooked pasta + pesto sauce QNS; "120 g cooked quinoa +
 *   100 g chickpeas" grams of each (Chickpeas, NFS); "1.5 oz tortilla chips w 1/4 cup queso" 1.5 × 28.35 g
 *   and 4 × cheese dip's "1 tablespoon"; "250 ml oat milk" 250 / 29.5735 × oat milk "1 fl oz"; "40g
 *   granola w 200 ml milk" grams + 200 / 29.5735 × milk NFS "1 fl oz"; "5 oz baked potato" 5 × 28.35 g of
 *   Potato, baked, NFS; "350ml coke" 350 / 29.5735 × cola "1 fl oz (NFS)" (no 350 ml portion).
 * - "camping: 2 smores" are holdout 21's s'mores cookie "1 medium S'mores cookie".
 * - "cruise buffet: 2 crepes w nutella" / "1 nutella crepe" are the chocolate-filled crepe, "1 crepe with
 *   filling, any size"; "1 strawberry crepe" the fruit-filled crepe.
 * - "cracker barrel: meatloaf, mac n cheese, fried okra & 1 biscuit": meat loaf QNS, the restaurant
 *   macaroni and cheese QNS (holdout 17), fried okra QNS (holdout 25), Biscuit, NFS (holdout 27).
 * - "fried shrimp basket w fries and 5 hush puppies": fried shrimp and NFS fries QNS (no place named,
 *   holdout 26's catfish basket), 5 × "1 hush puppy".
 * - "chicken n waffles: 1 belgian waffle, 3 tenders, syrup": the plain waffle's Belgian portion (holdout
 *   19), Chicken tenders or strips, NFS (no place, holdout 28), syrup QNS.
 * - "red beans & rice monday, 2 cups + a piece of cornbread": kidney beans and white rice by the cup
 *   (holdout 6), the cornbread prepared from mix "1 piece" (holdout 18).
 * - "tamale pie" is FNDDS's tamale casserole with meat.
 * - "dad (90): 1/2 cup cream of wheat, 1 tsp brown sugar, 4 oz milk" is Cream of wheat, NFS 0.5 ×
 *   "1 cup, cooked", brown sugar "1 teaspoon, NFS" (holdout 21) and 4 × milk NFS "1 fl oz".
 * - "class party: 1 frosted cupcake + 6 oz fruit punch": Cake or cupcake, NFS (holdout 17) and 6 × the
 *   fruit punch made with fruit juice and soda's "1 fl oz (NFS)" (FNDDS's only non-alcoholic fruit punch).
 * - "bday: 2 slices of costco sheet cake" is holdout 28's sheet cake, the white cake with white icing's
 *   "1 regular or small piece/slice, 1 layer cake", twice.
 * - "christmas morning: 2 cinnamon rolls + a mimosa" are the frosted cinnamon bun's medium (count
 *   convention) and the mimosa's "1 drink" (holdout 24).
 * - "new years eve, 2 glasses of champagne & a handful of chex mix": sparkling wine "1 glass" (holdout 11)
 *   and Chex Mix QNS (handful).
 * - "super bowl: 8 wings, celery, blue cheese, 2 beers": wings with no sauce or place said are Chicken
 *   wing, NS as to cooking method, "1 drummette" each (holdout 8's per-wing portion); blue cheese
 *   dressing and celery QNS; beer the 12 fl oz can or bottle (holdout 11).
 * - "easter basket: 3 peeps + a handful of gummy bears": marshmallow candy "1 piece" (holdout 7), gummy
 *   candy QNS (holdout 4's handful of gummy bears).
 * - "ski lodge: bowl of chili & a hot cocoa": chili NFS "1 cup", hot cocoa NFS QNS.
 * - "beach bar: 4 fish tacos and a margarita": the fish taco's "1 small/regular" and the margarita's "1
 *   drink" (holdout 23).
 * - "disney: mickey ice cream bar" is the chocolate-coated vanilla ice cream bar "1 bar" (holdout 28).
 * - "bulgogi over 1.5 cups rice w kimchi on the side": beef with soy-based sauce QNS (holdout 6), white
 *   rice 1.5 cups, kimchi QNS (holdout 16).
 * - "dim sum: 3 shumai + 2 har gow" is 5 × the steamed dumpling "1 item, any size" (holdout 6).
 * - "half a cuban sandwich + a cafe con leche": 0.5 × the Cuban sandwich and cafe con leche QNS.
 * - "lunar new year - 6 boiled pork dumplings" are the steamed dumpling (holdout 23).
 * - "hanukkah party, 5 small latkes" are the potato pancake's "1 small pancake" (the message gives the
 *   size); applesauce with no kind Applesauce, regular, QNS.
 * - "christmas eve: ... green bean casserole" with no amount is its QNS.
 * - "thanksgiving plate: turkey, 1 cup stuffing, 1/2 cup mashed, a roll": Turkey, NFS QNS, bread stuffing
 *   "1 cup, NFS" (holdout 9), mashed potato NFS 0.5 × "1 cup", soft white roll medium.
 * - "road trip: 2 oz beef jerky and a dr pepper": 2 × 28.35 g of beef jerky and the pepper-type soft
 *   drink's 12 fl oz can (holdout 9's can rule); "a dr pepper from the vending machine" likewise.
 * - "orchard trip: cider donut + 8 oz hot cider": the plain cake doughnut (holdout 23) and 8 × apple
 *   cider "1 fl oz (NFS)".
 * - The 12 messages in the last group were added after the first commit (181 messages), under the same
 *   rules and the same two repeat checks. Their decisions: an Uncrustable is holdout 7's frozen crustless
 *   PB&J "1 sandwich", a Capri Sun its "1 Capri Sun pouch"; "half a sleeve of ritz" 0.5 × Ritz "1
 *   sleeve"; "1 cup tapioca pudding" the ready-to-eat tapioca pudding's "1 cup"; "2 chicken tamales"
 *   the chicken tamale "1 item, any size"; "a bag of cotton candy" its "1 package, any size" (holdout
 *   25); "pint of chocolate milk" 16 × chocolate milk NFS "1 fl oz" (holdout 4's pint); "1/2 cup
 *   applesauce" Applesauce, regular, by the cup; "a boost" Boost "1 bottle (8 fl oz)" (holdout 21) and
 *   "half a turkey sandwich on wheat" 0.5 × its "1 regular" (holdout 18); "cheese tortellini w red
 *   sauce" the meatless cheese tortellini with tomato sauce by the cup and "a breadstick" at home
 *   Breadsticks, NFS, medium stick (holdout 13); "2 eggo waffles w pb" the frozen plain waffle's "1
 *   waffle" (holdout 20) + peanut butter QNS; "grapes, about 20" 20 × "1 grape" (holdout 18's about
 *   amounts); "chicken lo mein 2 cups" Lo mein, with chicken by the cup.
 * - Typos and abbreviations were written only where the meaning is plain ("tomatoe", "sandwitch",
 *   "lasagnia", "spagheti", "bfast", "qpc", "pb", "oj", "c" = cup, "ct", "w", "n", "&", "+", "tmrw",
 *   "bg", "cgm", "mmol"); the expected food is the one meant (holdout 11).
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-29.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const FLOZ_ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['egg & cheese bagel from the deli on the corner', ['34001600', '1 regular', 1]],
  ['cinnamon raisin toast x2 w 1 tbsp cream cheese', ['51129020', '1 medium or regular slice', 2], ['14301010', '1 tablespoon', 1]],
  ['half cup cottage cheese, 2 canned peach halves, 1 slice wheat toast', ['14200100', '1 cup', 0.5], ['63135110', '1 half', 2], ['51300120', '1 medium or regular slice', 1]],
  ['dorm bfast - 1 packet plain instant oats w water, a clementine, black coffee', ['56203086', '1 packet, dry, yields', 1], ['61100600', '1 fruit', 1], ['92100000', QNS, 1]],
  ['toddler bfast: 1 waffle w 1 tbsp nutella and 5 strawberries', ['55201000', '1 medium waffle', 1], ['91304090', '1 tablespoon', 1], ['63223020', '1 fruit', 5]],
  ["my neighbor's zucchini bread, 3 slices over the day", ['52407000', '1 slice', 3]],
  ['2 slices wheat toast w orange marmalade', ['51300120', '1 medium or regular slice', 2], ['91404000', QNS, 1]],
  ['kiddo had 1 cup froot loops w 1/2 cup milk', ['57221700', '1 cup', 1], ['11100000', '1 cup', 0.5]],
  ['cup of grits, 2 fried eggs n a biscuit', ['56200990', '1 cup, cooked', 1], ['31105005', '1 egg', 2], ['52101000', '1 biscuit', 1]],
  ['jimmy dean sausage egg croissant from the freezer', ['34001410', '1 regular', 1]],
  ['low fat bran muffin w my coffee', ['52304040', '1 muffin (2-3/4" dia) (include Jenny\'s Cuisine)', 1], ['92100000', QNS, 1]],
  ['hotel buffet - scrambled eggs, 2 sausage links, 1/2 c home fries', ['32129990', QNS, 1], ['25221405', '1 breakfast size link', 2], ['71403020', '1 cup', 0.5]],
  ['sausage mcmuffin w egg + a 6oz oj', ['34001310', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 6]],
  ['leftover pepperoni pizza for breakfast, 1 slice cold', ['58106540', '1 piece, NFS', 1]],
  ['12oz latte and a blueberry scone', ['92101900', '1 fl oz', 12], ['52105200', '1 regular', 1]],
  ['banana + 1 tbsp almond butter before my run', ['63107010', '1 banana', 1], ['42200500', '1 tablespoon', 1]],
  ['3 eggs scrambled, 2 pcs rye toast', ['32129990', '1 egg', 3], ['51401020', '1 medium or regular slice', 2]],
  ['bowl of bran flakes w 2% and half a banana', ['57207000', '1 cup', 1], ['11112110', QNS, 1], ['63107010', '1 banana', 0.5]],

  // lunch
  ['tuna melt and a cup of tomatoe soup', ['27550730', '1 regular', 1], ['74601000', '1 cup', 1]],
  ['split pea soup w ham, 2 cups, + a slice of rye', ['41602030', '1 cup', 2], ['51401010', '1 medium or regular slice', 1]],
  ['whole can of progresso lentil soup', ['41603000', '1 can', 1]],
  ['bowl of chicken tortilla soup at the cafe', ['58421080', '1 cup', 1]],
  ['egg salad sandwitch on white, cut in triangles, + a dill pickle', ['32203010', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['sloppy joe on a bun + 1/2 c coleslaw', ['27510100', '1 sandwich, any size', 1], ['75141000', '1 cup', 0.5]],
  ['state fair: corn dog, then half a funnel cake', ['27560300', '1 regular', 1], ['55801000', '1 cake (6" dia)', 0.5]],
  ['subway footlong tuna on wheat, saved half for tmrw', ['27550735', '1 regular or 6" submarine', 1]],
  ['chick fil a kids meal for my 6 yr old: 4 ct nuggets, kids fry, apple juice box', ['24198731', '1 nugget', 4], ['71401030', '1 kids meal order', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['kfc - 3 pc original, coleslaw, corn on the cob', ['24107070', '1 piece', 3], ['75140990', QNS, 1], ['75215990', '1 regular ear', 1]],
  ['wendys baked potato w sour cream & chives + a small frosty', ['71508010', '1 medium', 1], ['11542100', '1 small', 1]],
  ['sonic: corn dog, medium tots & a small cherry limeade', ['27560300', '1 regular', 1], ['71505010', '1 fast food order', 1], ['92510960', QNS, 1]],
  ['taco bell 2 bean burritos + cinnamon twists', ['58102610', '1 small/regular', 2], ['53452500', '1 Taco Bell order', 1]],
  ['qpc meal w medium fries and a medium coke', ['27510232', '1 cheeseburger', 1], ['71401030', '1 medium fast food order', 1], ['92410310', '1 medium drink', 1]],
  ['panda express chow mein + kung pao chicken', ['27360080', QNS, 1], ['27445220', QNS, 1]],
  ['in n out cheeseburger & a small chocolate shake', ['27510160', '1 cheeseburger', 1], ['11542100', '1 small', 1]],
  ['dominos thin crust pepperoni, ate 4 slices watching the game', ['58106550', '1 piece, NFS', 4]],
  ['olive garden - 3 breadsticks & the house salad w italian', ['51184210', '1 medium stick', 3], ['75143000', QNS, 1], ['83106000', QNS, 1]],
  ['work potluck - 1 cup baked mac n cheese, 2 deviled eggs, some potato salad', ['58145110', '1 cup', 1], ['32102000', '1 egg', 2], ['71601010', QNS, 1]],
  ['school lunch today was the chicken sandwich + carton of choc milk', ['27540139', '1 sandwich, any size', 1], ['11511000', '1 individual school container', 1]],
  ['packed her lunch: pb&j on wheat, an apple, goldfish snack bag', ['42302020', '1 sandwich', 1], ['63101000', '1 medium', 1], ['54304020', '1 small or medium single serving bag', 1]],
  ['ham & swiss on wheat w a small bag of pretzels', ['27520240', '1 regular', 1], ['54408015', '1 small single serving bag', 1]],
  ['cobb salad w ranch + a cup of french onion soup', ['75148010', QNS, 1], ['83113500', QNS, 1], ['75608100', '1 cup', 1]],
  ['kids lunch: a whole grilled cheese + 10 baby carrots', ['14640100', '1 sandwich', 1], ['73101010', '1 baby carrot', 10]],

  // dinner
  ['beef stroganoff over egg noodles, about 2 cups', ['27212350', '1 cup', 2]],
  ['jambalaya 1.5 c + a slice of french bread', ['27363100', '1 cup', 1.5], ['51107010', '1 medium or regular slice', 1]],
  ['cottage pie (shepherds pie w beef), 2 cups', ['27311510', '1 cup', 2]],
  ['veg biryani 1.5 cups + 2 tbsp raita', ['58160000', '1 cup', 1.5], ['11440060', '1 tablespoon', 2]],
  ['tuna noodle casserole, 2 helpings (about 2 cups), peas on the side', ['27250610', '1 cup', 2], ['75224030', QNS, 1]],
  ['2 crab cakes, baked sweet potato, asparagus', ['27250040', '1 cake or patty', 2], ['73403000', '1 medium', 1], ['75202020', QNS, 1]],
  ['easter: 2 thick slices of ham, 1/2 c candied yams, a dinner roll', ['22311000', '1 thick slice', 2], ['73406000', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['kung pao shrimp + 1/2 c white rice', ['27450470', QNS, 1], ['56205001', '1 cup, cooked', 0.5]],
  ['sweet n sour pork and egg fried rice takeout', ['27120060', QNS, 1], ['58150310', QNS, 1]],
  ['3 shrimp fajitas, no sour cream', ['58105060', '1 fajita', 3]],
  ['stuffed peppers w rice & beef, 2 halves', ['58162110', '1/2 pepper with filling', 2]],
  ['2 pork tamales w 1/2 cup refried beans', ['58103125', '1 item, any size', 2], ['41205010', '1 cup', 0.5]],
  ['pozole, a bowl and a half', ['28315150', '1 cup', 1.5]],
  ['tteokbokki w fish cakes, about 2.5 cups', ['58150520', '1 cup', 2.5]],
  ['4 small beef empanadas', ['58116117', '1 small/individual', 4]],
  ['a potato knish w mustard', ['58122320', '1 item, any size', 1]],
  ['borscht, 2 bowls w sour cream', ['75601100', '1 cup', 2], ['12310100', QNS, 1]],
  ['1 cup ratatouille over 1/2 cup couscous', ['75316050', '1 cup', 1], ['56207160', '1 cup, cooked', 0.5]],
  ['beef & broccoli 1 cup over 1 cup lo mein noodles', ['27415100', '1 cup', 1], ['58136110', '1 cup', 1]],
  ['spaghetti squash 1.5 cups w marinara', ['75233220', '1 cup', 1.5], ['74404010', QNS, 1]],
  ['eggplant parm 1.5 cups w a slice of garlic bread', ['75412060', '1 cup', 1.5], ['51121015', '1 medium slice', 1]],
  ['3 chicken thighs, cup of coleslaw, corn on the cob', ['24150210', '1 thigh', 3], ['75141000', '1 cup', 1], ['75216111', '1 regular ear', 1]],
  ['baked salmon, 1/2 cup couscous and a side salad', ['26137120', QNS, 1], ['56207160', '1 cup, cooked', 0.5], ['75143000', '1 side salad', 1]],
  ['ate a third of a frozen pepperoni pizza', ['58106514', '1 frozen medium pizza (11-13" diameter)', 1 / 3]],
  ['2 cups homemade chili + a cornbread muffin', ['27111400', '1 cup', 2], ['52206010', '1 medium', 1]],
  ['tofu & veggie stir fry 2 cups, 1/2 cup jasmine rice', ['41812500', '1 cup', 2], ['56205001', '1 cup, cooked', 0.5]],
  ['lasagnia, a cup and a half', ['58130011', '1 cup', 1.5]],
  ['spagheti w meat sauce, 1.5 cups, side caesar no croutons', ['58146322', '1 cup', 1.5], ['72116150', QNS, 1]],

  // snacks and fruit
  ['3 clementines while packing lunches', ['61100600', '1 fruit', 3]],
  ['2 kiwis + a plum at my desk', ['63126500', '1 fruit', 2], ['63143010', '1 fruit', 1]],
  ['1 cup diced mango w tajin', ['63129010', '1 cup', 1]],
  ['a nectarine at 3', ['63131010', '1 fruit', 1]],
  ['cup of cherries on the porch', ['63115010', '1 cup', 1]],
  ['small wedge of watermelon and a popsicle', ['63149010', '1 small wedge/slice', 1], ['91611000', '1 single stick', 1]],
  ["persimmon from the neighbor's tree", ['63139010', '1 fruit', 1]],
  ['half a pomegranate', ['63145010', '1 fruit', 0.5]],
  ['unsweetened applesauce cup & a string cheese', ['63101120', '1 snack size container', 1], ['14107030', '1 stick', 1]],
  ['fruit snacks pouch for the little one', ['91746300', '1 snack size/pouch/regular size', 1]],
  ['asian pear + 1 tbsp pb', ['63137050', '1 fruit', 1], ['42202000', '1 tablespoon', 1]],
  ['7 cups air popped popcorn w a diet coke', ['54403010', '1 cup, popped', 7], ['92410320', '1 can (12 fl oz)', 1]],
  ['king size reeses, ate half', ['91705530', '1 large/king size', 0.5]],
  ['2 fun size snickers & a fun size bag of m&ms', ['91705520', '1 fun/snack size', 2], ['91746100', '1 fun/snack size', 1]],
  ['bag of plain m&ms at the gas station', ['91746100', '1 pouch/regular size', 1]],
  ['2 pieces of peanut brittle', ['91733000', '1 piece', 2]],
  ['cucumber slices + 1/4 cup hummus', ['75111000', QNS, 1], ['41205070', '1 tablespoon', 4]],
  ['handful of pistachios and a string cheese', ['42114130', QNS, 1], ['14107030', '1 stick', 1]],
  ['1 oz cheddar and 6 ritz', ['14104100', { grams: OZ }, 1], ['54301030', '1 cracker', 6]],

  // drinks
  ['a dr pepper from the vending machine at the hospital', ['92410360', '1 can (12 fl oz)', 1]],
  ['stomach bug - half a can of ginger ale + 4 saltines', ['92410610', '1 can (12 fl oz)', 0.5], ['54325000', '1 cracker', 4]],
  ['orchard trip: cider donut + 8 oz hot cider', ['53520100', '1 doughnut', 1], ['64101010', '1 fl oz (NFS)', 8]],
  ['cup of chocolate milk for the kid', ['11511000', '1 cup', 1]],
  ['1 liter bottle of coconut water after hot yoga', ['42403010', '1 fl oz (NFS)', 1000 / FLOZ_ML]],
  ['a can of root beer w my burger', ['92410710', '1 can (12 fl oz)', 1], ['27510521', '1 hamburger', 1]],
  ['3 glasses of white sangria at brunch', ['93404560', '1 glass', 3]],
  ['mango smoothie, 32 oz, from the smoothie shop', ['11553100', '1 fl oz', 32]],
  ['glass of 2% and 2 chocolate chip cookies', ['11112110', '1 fl oz', 8], ['53206000', '1 medium cookie', 2]],

  // desserts
  ['plain cheesecake, 2 slices at the wedding', ['53104500', '1 piece/slice, any size', 2]],
  ['vanilla ice cream sandwich and half a banana', ['13120500', '1 sandwich', 1], ['63107010', '1 banana', 0.5]],
  ['3 small lemon bars at the church social', ['53224250', '1 small bar', 3]],
  ['a cream puff from the asian bakery', ['53420100', '1 cream puff (3-1/2" x 2")', 1]],
  ['pumpkin bread 1 slice + a grande pumpkin spice latte', ['52404060', '1 slice', 1], ['92101904', '1 medium', 1]],
  ['a cup of bread pudding at the cajun place', ['13210110', '1 cup', 1]],
  ['german chocolate cupcake at the bday party', ['53105300', '1 cupcake, any size', 1]],
  ['3 scoops vanilla gelato in a cup', ['13110460', '1 scoop', 3]],
  ['1/2 cup raspberry sorbet', ['63430150', '1 cup', 0.5]],
  ['baklava, 1 piece + a cup of mint tea w 1 tsp honey', ['53441110', '1 piece', 1], ['92306000', '1 cup', 1], ['91302010', '1 tablespoon', 1 / 3]],
  ['half a slice of coconut cream pie', ['53343000', '1 slice, any size', 0.5]],
  ['chocolate cupcake w choc frosting', ['53105270', '1 regular cupcake', 1]],

  // lows
  ['bg 54 - 5 oz regular ginger ale', ['92410610', '1 fl oz (NFS)', 5]],
  ['cgm says 61 and falling, had half a can of dr pepper', ['92410360', '1 can (12 fl oz)', 0.5]],
  ['3.6 mmol, 150 ml apple juice', ['64104010', '1 fl oz (NFS)', 150 / FLOZ_ML]],
  ['low at 2am: 1 cup 2% milk & half a banana', ['11112110', '1 cup', 1], ['63107010', '1 banana', 0.5]],

  // holidays and trips
  ['christmas eve: 2 slices ham, 1 cup scalloped potatoes, green bean casserole', ['22311000', '1 regular/thin slice', 2], ['71305015', '1 cup', 1], ['75403020', QNS, 1]],
  ['4th of july bbq - 2 hot dogs, 1/2 cup baked beans, big slice of watermelon', ['27564000', '1 sandwich', 2], ['41201010', '1 cup', 0.5], ['63149010', '1 large wedge/slice', 1]],
  ['road trip: 2 oz beef jerky and a dr pepper', ['21602100', { grams: 2 * OZ }, 1], ['92410360', '1 can (12 fl oz)', 1]],
  ['lunar new year - 6 boiled pork dumplings and 1 cup lo mein', ['58112510', '1 item, any size', 6], ['58136110', '1 cup', 1]],
  ['eid lunch 1.5 c lamb biryani', ['27213010', '1 cup', 1.5]],
  ['hanukkah party, 5 small latkes w applesauce', ['71701000', '1 small pancake', 5], ['63101110', QNS, 1]],
  ['thanksgiving plate: turkey, 1 cup stuffing, 1/2 cup mashed, a roll', ['24201000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['71501000', '1 cup', 0.5], ['51150000', '1 medium/regular/sandwich size roll', 1]],

  // shifts, students, older people
  ['night shift: cup noodles + a pack of pb crackers', ['58407030', '1 individual container', 1], ['54328100', '1 individual package', 1]],
  ['3am on shift, honey bun & coffee w creamer', ['51160110', '1 medium', 1], ['92100000', QNS, 1], ['12210200', QNS, 1]],
  ['vending machine sun chips + a coke', ['54420210', '1 small single serving bag', 1], ['92410310', '1 can (12 fl oz)', 1]],
  ['mom (84) had 1/2 cup rice pudding and 2 vanilla wafers', ['13210410', '1 cup', 0.5], ['53247000', '1 medium', 2]],
  ['dad: 1 slice rye toast w butter and a soft boiled egg', ['51401020', '1 medium or regular slice', 1], ['81100500', QNS, 1], ['31103010', '1 egg', 1]],
  ['grandpa drank half an ensure and a piece of toast', ['95103000', '1 bottle (8 fl oz)', 0.5], ['51101010', '1 medium or regular slice', 1]],

  // more days
  ['waffle house - 2 waffles, hashbrowns, coffee', ['55200100', '1 medium waffle', 2], ['71404000', QNS, 1], ['92100000', QNS, 1]],
  ['raising canes 3 finger combo w a 22 oz sweet tea', ['24198741', '1 tender, strip, or finger', 3], ['71401030', QNS, 1], ['51121015', '1 piece/slice Texas Toast', 1], ['75140990', QNS, 1], ['92308000', '1 fl oz (NFS)', 22]],
  ['3 krispy kreme glazed on the drive home', ['53521110', '1 doughnut', 3]],
  ['poke bowl: ahi over 1 cup rice w edamame', ['26153100', QNS, 1], ['56205001', '1 cup, cooked', 1], ['41420020', QNS, 1]],
  ['hawaii trip breakfast - spam, 2 eggs, 1 cup rice', ['25230530', QNS, 1], ['31102000', '1 egg', 2], ['56205001', '1 cup, cooked', 1]],
  ['matzo ball soup 2 bowls + 2 matzos w butter', ['58404500', '1 cup', 2], ['54307000', '1 matzo', 2], ['81100500', QNS, 1]],
  ['teen after practice: 2 pb&js + 16 oz chocolate milk', ['42302010', '1 sandwich', 2], ['11511000', '1 fl oz', 16]],
  ['exam week: a monster + a pop tart', ['95310400', '1 can or bottle (16 fl oz)', 1], ['53452100', '1 pastry', 1]],
  ['nurse on nights - clif bar + a tall latte', ['53720200', '1 bar', 1], ['92101900', '1 small', 1]],
  ['toddler dinner 1/2 cup mac n cheese + 1/4 cup peas', ['58145110', '1 cup', 0.5], ['75224030', '1 cup', 0.25]],
  ['low at 64 before bed - 8 oz oj & 2 graham squares', ['61210000', '1 fl oz (NFS)', 8], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['went low at soccer, half a 20oz gatorade + 4 orange slices', ['95320200', '1 bottle (20 fl oz)', 0.5], ['61119010', '1 section/slice', 4]],
  ['low again, 2 fun size bags of skittles', ['91745110', '1 fun/snack size', 2]],
  ['250 g vanilla greek yogurt', ['11435000', { grams: 250 }, 1]],
  ['300 g cooked penne w pesto', ['56130000', { grams: 300 }, 1], ['81302070', QNS, 1]],
  ['120 g cooked quinoa + 100 g chickpeas', ['56204000', { grams: 120 }, 1], ['41301990', { grams: 100 }, 1]],
  ['1.5 oz tortilla chips w 1/4 cup queso', ['54401075', { grams: 1.5 * OZ }, 1], ['14620200', '1 tablespoon', 4]],
  ['1.5 cups plain cheerios w 250 ml oat milk', ['57123000', '1 cup', 1.5], ['11360200', '1 fl oz', 250 / FLOZ_ML]],
  ['1/3 cup hummus w a whole wheat pita', ['41205070', '1 tablespoon', 16 / 3], ['51301600', '1 medium pita', 1]],
  ['camping: 2 smores + a hot dog', ['53210900', '1 medium S\'mores cookie', 2], ['27564000', '1 sandwich', 1]],
  ['2 slices of a large cheese pizza + 1 slice pepperoni', ['58106210', '1 piece, large pizza', 2], ['58106540', '1 piece, large pizza', 1]],
  ['midnight lucky charms, like 2 cups, w milk', ['57305150', '1 cup', 2], ['11100000', QNS, 1]],
  ['cruise buffet: 2 crepes w nutella', ['53430100', '1 crepe with filling, any size', 2]],
  ['ihop: 1 strawberry crepe + 1 nutella crepe', ['53430200', '1 crepe with filling, any size', 1], ['53430100', '1 crepe with filling, any size', 1]],
  ['cracker barrel: meatloaf, mac n cheese, fried okra & 1 biscuit', ['27214100', QNS, 1], ['58145111', QNS, 1], ['75414500', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['fried shrimp basket w fries and 5 hush puppies', ['26319140', QNS, 1], ['71400990', QNS, 1], ['52209010', '1 hush puppy', 5]],
  ['chicken n waffles: 1 belgian waffle, 3 tenders, syrup', ['55201000', '1 thick / Belgian waffle', 1], ['24198739', '1 tender, strip, or finger', 3], ['91300010', QNS, 1]],
  ['red beans & rice monday, 2 cups + a piece of cornbread', ['58160150', '1 cup', 2], ['52201000', '1 piece', 1]],
  ['tamale pie 1 cup', ['58103310', '1 cup', 1]],
  ['mom (79) ate half her turkey sandwich & a vanilla pudding cup', ['27540010', '1 regular', 0.5], ['13230110', '1 snack size container', 1]],
  ['dad (90): 1/2 cup cream of wheat, 1 tsp brown sugar, 4 oz milk', ['56206990', '1 cup, cooked', 0.5], ['91102010', '1 teaspoon, NFS', 1], ['11100000', '1 fl oz', 4]],
  ['4am break: banana, 2 boiled eggs, a string cheese', ['63107010', '1 banana', 1], ['31103010', '1 egg', 2], ['14107030', '1 stick', 1]],
  ['kind bar + an apple on the trail', ['53710810', '1 bar', 1], ['63101000', '1 medium', 1]],
  ['gas station bfast: sausage biscuit + 20 oz mtn dew', ['34002130', '1 regular', 1], ['92410550', '1 bottle (20 fl oz)', 1]],
  ['class party: 1 frosted cupcake + 6 oz fruit punch', ['53100100', '1 cupcake, any size', 1], ['92510720', '1 fl oz (NFS)', 6]],
  ['bday: 2 slices of costco sheet cake', ['53120270', '1 regular or small piece/slice, 1 layer cake', 2]],
  ['christmas morning: 2 cinnamon rolls + a mimosa', ['51160110', '1 medium', 2], ['93301115', '1 drink', 1]],
  ['new years eve, 2 glasses of champagne & a handful of chex mix', ['93401005', '1 glass', 2], ['54420220', QNS, 1]],
  ['super bowl: 8 wings, celery, blue cheese, 2 beers', ['24160110', '1 drummette', 8], ['75109000', QNS, 1], ['83101000', QNS, 1], ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['valentines, ate 6 chocolate truffles from the box', ['91705010', '1 piece', 6]],
  ['easter basket: 3 peeps + a handful of gummy bears', ['91723000', '1 piece', 3], ['91745010', QNS, 1]],
  ['ski lodge: bowl of chili & a hot cocoa', ['27111400', '1 cup', 1], ['11512005', QNS, 1]],
  ['beach bar: 4 fish tacos and a margarita', ['58102210', '1 small/regular', 4], ['93301100', '1 drink', 1]],
  ['disney: mickey ice cream bar and a churro', ['13120100', '1 bar', 1], ['53520200', '1 regular', 1]],
  ['work cafeteria: 1.5 cups chicken curry, 1/2 cup white rice', ['27146150', '1 cup', 1.5], ['56205001', '1 cup, cooked', 0.5]],
  ['bulgogi over 1.5 cups rice w kimchi on the side', ['27115000', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['75502520', QNS, 1]],
  ['dim sum: 3 shumai + 2 har gow', ['58112510', '1 item, any size', 5]],
  ['half a cuban sandwich + a cafe con leche', ['27520410', '1 sandwich, any size', 0.5], ['92101850', QNS, 1]],
  ['philly cheesesteak, a footlong, ate all of it', ['27514030', '1 regular or 6" submarine', 2]],

  // added after the first commit
  ['packed for the kiddo: uncrustable, 8 baby carrots, capri sun', ['42303100', '1 sandwich', 1], ['73101010', '1 baby carrot', 8], ['92552030', '1 Capri Sun pouch', 1]],
  ['half a sleeve of ritz while studying', ['54301030', '1 sleeve', 0.5]],
  ['grandma had 1 cup tapioca pudding', ['13230500', '1 cup', 1]],
  ['shift lunch - 2 chicken tamales + cup of tortilla soup', ['58103130', '1 item, any size', 2], ['58421080', '1 cup', 1]],
  ['school carnival: 2 corn dogs and a bag of cotton candy', ['27560300', '1 regular', 2], ['91745050', '1 package, any size', 1]],
  ['pint of chocolate milk after the gym', ['11511000', '1 fl oz', 16]],
  ['mom: 1/2 cup applesauce, 2 saltines & 4 oz ginger ale', ['63101110', '1 cup', 0.5], ['54325000', '1 cracker', 2], ['92410610', '1 fl oz (NFS)', 4]],
  ['after dialysis dad had a boost + half a turkey sandwich on wheat', ['95101000', '1 bottle (8 fl oz)', 1], ['27540030', '1 regular', 0.5]],
  ['cheese tortellini w red sauce, 1 cup + a breadstick', ['58134620', '1 cup', 1], ['51183990', '1 medium stick', 1]],
  ['2 eggo waffles w pb', ['55200020', '1 waffle', 2], ['42202000', QNS, 1]],
  ['grapes, about 20, and a peach', ['63123000', '1 grape', 20], ['63135010', '1 fruit', 1]],
  ['chicken lo mein 2 cups from the place by work', ['58136160', '1 cup', 2]],

  // weights and volumes
  ['180 g cooked basmati + dal', ['56205001', { grams: 180 }, 1], ['41311030', QNS, 1]],
  ['5 oz baked potato w butter', ['71100100', { grams: 5 * OZ }, 1], ['81100500', QNS, 1]],
  ['40g granola w 200 ml milk', ['57227000', { grams: 40 }, 1], ['11100000', '1 fl oz', 200 / FLOZ_ML]],
  ['60 g dried mango', ['62114050', { grams: 60 }, 1]],
  ['350ml coke', ['92410310', '1 fl oz (NFS)', 350 / FLOZ_ML]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      "Twenty-ninth held-out set of meal messages (issue #19): written by hand on 2026-12-06 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator's authors nor to the writers of holdouts 30-32. Generated by core/chat/make-eval-meals-holdout-29.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of holdouts 4-28, with the decisions this set needed in the header of make-eval-meals-holdout-29.ts.",
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-29.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-29.json`);
}
