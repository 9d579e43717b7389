/**
 * Writes eval-meals.holdout-40.json: the fortieth held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (from about 00:48 UTC) by an engineer who has not read the
 * estimator, the matcher, the alias lists (core/foods/estimate.ts, everyday-names*,
 * core/chat/parse.ts, proposal.ts), core/chat/README.md, eval-meals.ts or its test, any scoring
 * results (eval-meals*.results.json) or the estimator's commit history, and who ran nothing that
 * scores messages; committed on its own branch BEFORE the estimator was run on any of these
 * messages and not shown to the estimator's authors, who were changing the estimator at the time,
 * nor to the writers of the parallel sets 37-39 (whose sets were not looked at either).
 * Each food was chosen from foods.csv and each portion from portions.csv (core/foods/fndds/), the
 * way a dietitian would pick them for the message; where an earlier held-out set already chose a
 * food for the same dish, the same food and portion were used, so that the same dish means the
 * same food across sets. The builder checks every code and portion against the table. No message
 * repeats one of eval-meals.json or holdouts 1-36 (checked by script: lower-cased,
 * punctuation-folded messages compared, and every pair with a high word overlap read and, where it
 * was a paraphrase — the same foods, amounts and situation — rewritten or dropped). Same format,
 * conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or grams +
 * quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts … -36.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents, older people and their carers, students, shift workers), on ordinary days: home
 * cooking, school and work lunches, restaurants, fast food, takeout, snacks, drinks, desserts,
 * treating a low, the odd holiday or trip. Most messages are everyday foods on purpose.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "2 big pancakes" is the plain pancake's "1 large pancake" (holdout 5's big = large); IHOP
 *   buttermilk pancakes are the restaurant plain pancakes, medium (holdout 14's Denny's); pancakes
 *   at home for "breakfast for dinner" are the plain pancake, medium (count convention).
 * - "vanilla yogurt cup" is the non-fruit flavoured yogurt's "1 container, NFS"; "greek yogurt cup"
 *   the Greek yogurt NS as to milk or flavour's "1 container, NFS" (holdout 34); "1/2 cup greek
 *   yogurt" 0.5 × its "1 cup".
 * - "a splash of 2%" is 1 × its "1 fl oz" (holdout 14); "3/4 cup w 1/2 cup milk" is Milk, NFS,
 *   0.5 × "1 cup"; "oatmeal made w milk" the regular oatmeal made with milk, no added fat.
 * - "powdered sugar" on french toast, "cool whip" on strawberries and "vanilla ice cream" on
 *   cobbler are toppings without amount, "Quantity not specified" (holdouts 4, 7 and 13).
 * - "2 biscuits and gravy" is 2 × FNDDS's biscuit with gravy "1 biscuit with gravy".
 * - "mcgriddle" with no filling said is holdout 7's sausage griddle sandwich; the McDonald's hash
 *   brown is the fast-food hash brown's "1 patty" (holdout 20).
 * - "a bowl of vegetable beef soup" is FNDDS's vegetable soup with meat, 1 cup (a bowl is 1 cup).
 * - "chicken breast" at home with no method is the baked/roasted breast, skin not eaten,
 *   "Quantity not specified" (~0 g either way); "baked chicken thigh" the baked, skin-eaten thigh's
 *   "1 medium thigh".
 * - "shrimp stir fry" is FNDDS's shrimp and vegetables (with carrots/broccoli) in soy-based sauce,
 *   by analogy with holdout 11's tofu and holdout 17's chicken stir fries.
 * - "turkey burger on a wheat bun" is FNDDS's turkey or chicken burger on wheat bun "1 sandwich".
 * - "a big plate" of pot roast is "Quantity not specified" (holdout 5's plate; size word dropped).
 * - "chicken teriyaki over 1 cup brown rice" is chicken with teriyaki "Quantity not specified" + 1
 *   cup brown rice (holdout 17's teriyaki chicken).
 * - "rice & beans" beside home tacos is kidney beans and white rice (holdouts 6 and 20), QNS.
 * - "thai red curry w tofu" is vegetable curry (holdout 12); "chicken pho" pho with meat; "1 fried
 *   spring roll" beside pho the egg roll with meat (holdout 12); "curtido" beside pupusas is
 *   Coleslaw QNS (holdout 30); "a caesar salad" beside lasagna the romaine caesar salad without
 *   dressing QNS (holdout 22); "garlic naan" is naan (holdout 5), "a garlic naan" its whole naan.
 * - "kfc 2 piece, mashed potatoes & a biscuit": the coated fried chicken "1 piece" (holdout 10), the
 *   fast-food mashed potatoes QNS (a side at a named fast-food place is its fast-food food, holdout
 *   29) and Biscuit, NFS "1 biscuit" (FNDDS has no fast-food biscuit).
 * - "in n out double double" is the double cheeseburger with 2 small patties (holdout 6); the shake
 *   with it, with no size, is the fast-food chocolate shake's "1 medium" (holdout 2's milkshake).
 * - "wendys jr cheeseburger" is the fast-food cheeseburger with 1 small patty; "small chili" there
 *   is chili NFS "Quantity not specified" (holdout 15).
 * - "arbys beef n cheddar" is the roast beef sandwich on white with cheese (holdout 8); curly fries
 *   are the fast-food fries at the size said (holdout 6).
 * - "my son's happy meal: hamburger, apple slices & chocolate milk" is McDonald's hamburger, the raw
 *   apple's "1 single serving package" (holdout 18) and the 8 fl oz chocolate milk jug (holdout 12).
 * - "a medium diet coke" at Sonic is diet cola's "1 medium drink" (fountain sizes, holdout 17); "a
 *   coke" / "a sprite" with no size beside food is the 12 fl oz can (holdout 9's coke rule).
 * - Shares: "big mac and a medium fry, split the fries w my son" is 0.5 × the medium order; "large
 *   m&m blizzard, shared half" 0.5 × "1 large"; "cinnabon ... ate half" 0.5 × "1 Cinnabon"; "a
 *   funnel cake split 3 ways" 1/3 × "1 cake (6" dia)"; "pad thai ... ate half" 0.5 × its QNS;
 *   "chipotle chicken burrito, ate half" 0.5 × "1 small/regular"; "a 20 oz sprite and drank half"
 *   0.5 × the 20 fl oz bottle (holdouts 9, 12, 20).
 * - "arroz con pollo" is chicken and rice with tomato-based sauce (holdout 6), by the cup.
 * - "a chai latte" is hot tea with milk (holdout 6's chai), "Quantity not specified".
 * - "small iced coffee w cream & 2 sugars" is brewed iced coffee's "1 small" + liquid creamer QNS
 *   (holdout 8) + 2 × sugar "1 teaspoon" (holdout 2's sugars).
 * - "grande iced oat milk latte" is the iced latte with non-dairy milk, medium (holdout 12); "tall
 *   iced caramel macchiato" the iced flavored latte, small (holdouts 4 and 12).
 * - "honey bun" from a vending machine is the frosted sweet roll, medium (holdout 7).
 * - "3 sugar cookies" are the butter or sugar cookie without icing, medium (count convention);
 *   "christmas sugar cookies w icing" the one with icing other than chocolate (holdout 14).
 * - "a cup of hot cocoa" is hot cocoa NFS "1 cup"; "a mug of hot chocolate w whipped cream" the
 *   whipped-cream hot cocoa's "1 cup" (holdout 10's mug).
 * - "1/2 cup cheerios dry" is 0.5 × Cereal, O's, plain "1 cup", no milk (holdout 30's dry cereal).
 * - "150 ml apple juice" is 150 / 29.5735 × "1 fl oz (NFS)" (holdout 7's ml rule).
 * - "bag of microwave popcorn" is the microwave popcorn's "1 regular microwave bag"; "small bag of
 *   cheetos" the Cheetos "1 small single serving bag"; "a bag of doritos" / "a bag of baked lays"
 *   the 1 oz "small single serving bag" (holdout 4's bag); "w baked lays" with no bag named is the
 *   baked chips' "Quantity not specified" (holdout 6).
 * - "a 20 oz mtn dew" is the caffeinated fruit-flavored soft drink's 20 fl oz bottle; "a 32 oz
 *   gatorade" Gatorade's 32 fl oz bottle (holdout 11).
 * - Lows list only the treatment eaten (holdout 20); "a regular sprite (can)" is the caffeine-free
 *   fruit-flavored soft drink's 12 fl oz can; "2 tsp honey" 2/3 × honey's "1 tablespoon" (holdout 32).
 * - No message names glucose tablets or a zero-carbohydrate total (holdouts 6 and 18).
 * - Typos and abbreviations were written only where the meaning is plain ("w", "&", "+", "pb",
 *   "oj", "bg", "mtn", "choc", "sandwhich", "brocoli", "spagetti", "tmrw", "pcs"); the expected
 *   food is the one meant (holdout 11).
 * - Repeat check: besides the word-overlap check, every message whose items (food, portion,
 *   quantity) equal an earlier message's items was read; where the situation was also the same it
 *   was rewritten with another amount, companion food or situation. About 90 first drafts were
 *   rewritten this way; the remaining same-item pairs differ in situation (place, person, time,
 *   reason), which the task counts as a new message.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-40.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
const ML = 1 / 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['2 slices of wheat toast w butter and a cup of coffee', ['51300120', '1 medium or regular slice', 2], ['81100500', QNS, 1], ['92100000', '1 cup (8 fl oz)', 1]],
  ['cheerios, about 1 1/4 cups, w a splash of 2%', ['57123000', '1 cup', 1.25], ['11112110', '1 fl oz', 1]],
  ['oatmeal made w milk, 1 cup, w raisins', ['56203066', '1 cup, cooked', 1], ['62125100', QNS, 1]],
  ['scrambled eggs, 2 strips of bacon and an english muffin', ['32129990', QNS, 1], ['22600100', '1 medium slice (yield after cooking)', 2], ['51186010', '1 muffin', 1]],
  ['kids frosted flakes, 3/4 cup w 1/2 cup milk', ['57348000', '1 cup', 0.75], ['11100000', '1 cup', 0.5]],
  ['plain bagel w cream cheese & a banana', ['51180010', '1 regular', 1], ['14301010', QNS, 1], ['63107010', '1 banana', 1]],
  ['3 eggos with syrup before school', ['55200020', '1 waffle', 3], ['91300010', QNS, 1]],
  ['vanilla yogurt cup + a handful of blueberries', ['11434090', '1 container, NFS', 1], ['63203010', QNS, 1]],
  ['half a banana and black coffee', ['63107010', '1 banana', 0.5], ['92100000', QNS, 1]],
  ['3 pieces of toast w peanut butter after practice', ['51101010', '1 medium or regular slice', 3], ['42202000', QNS, 1]],
  ['sausage egg and cheese english muffin + 8 oz oj', ['34001310', '1 regular', 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['apple cinnamon instant oatmeal, 1 packet, and a string cheese', ['56203155', '1 packet, dry, yields', 1], ['14107030', '1 stick', 1]],
  ['2 big pancakes w syrup', ['55101000', '1 large pancake', 2], ['91300010', QNS, 1]],
  ['glass of oj and 2 fried eggs', ['61210000', '1 fl oz (NFS)', 8], ['31105005', '1 egg', 2]],
  ['raisin bran 2 cups w skim', ['57329000', '1 cup', 2], ['11113000', QNS, 1]],
  ['2 slices french toast w powdered sugar and 2 sausage links', ['55301000', '1 slice, any size', 2], ['91101020', QNS, 1], ['25221405', '1 breakfast size link', 2]],
  ['gas station breakfast burrito & a coffee', ['34003100', '1 item, any size', 1], ['92100000', QNS, 1]],
  ['mcgriddle and 2 hash browns before my shift', ['34002160', '1 regular', 1], ['71404010', '1 patty', 2]],
  ['grits, 2 eggs and toast', ['56200990', QNS, 1], ['31102000', '1 egg', 2], ['51101010', QNS, 1]],
  ['cup of coffee with 1 sugar and some milk', ['92100000', '1 cup (8 fl oz)', 1], ['91101010', '1 teaspoon', 1], ['11100000', QNS, 1]],
  ['half a cinnamon raisin bagel w butter', ['51180030', '1 regular', 0.5], ['81100500', QNS, 1]],
  ['2 biscuits and gravy + 2 scrambled eggs', ['58128000', '1 biscuit with gravy', 2], ['32129990', '1 egg', 2]],
  ['greek yogurt w strawberries & a drizzle of honey', ['11400010', QNS, 1], ['63223020', QNS, 1], ['91302010', QNS, 1]],
  ['ihop - 2 buttermilk pancakes, 2 bacon strips', ['55100050', '1 medium pancake', 2], ['22600100', '1 medium slice (yield after cooking)', 2]],
  // lunch
  ['turkey and cheese on wheat + a peach', ['27540040', '1 regular', 1], ['63135010', '1 fruit', 1]],
  ['ham & cheese sandwhich and a bag of doritos', ['27520220', '1 regular', 1], ['54401110', '1 small single serving bag', 1]],
  ['pb&j on wheat w a glass of chocolate milk', ['42302020', '1 sandwich', 1], ['11511000', '1 fl oz', 8]],
  ['2 grilled cheese and a bowl of tomato soup', ['14640100', '1 sandwich', 2], ['74601000', '1 cup', 1]],
  ['6 inch italian bmt and a bag of baked lays', ['27580060', '1 regular or 6" submarine', 1], ['71200400', '1 small single serving bag', 1]],
  ['leftover chili, 2 cups w crackers', ['27111400', '1 cup', 2], ['54325000', QNS, 1]],
  ['2 cup noodles on night shift', ['58407030', '1 individual container', 2]],
  ['3 slices of cheese pizza in the work cafeteria', ['58106210', '1 piece, NFS', 3]],
  ['my son had 8 nuggets and tots at school', ['24198735', '1 nugget', 8], ['71505020', QNS, 1]],
  ['whole can of tomato soup and a few saltines', ['74602010', '1 can', 1], ['54325000', '1 cracker', 3]],
  ['chipotle bowl: white rice, black beans, chicken, salsa', ['56205001', QNS, 1], ['41101990', QNS, 1], ['24103050', QNS, 1], ['74402100', QNS, 1]],
  ['2 california rolls from the grocery store', ['58151180', QNS, 2]],
  ['grilled chicken wrap w chips', ['27540300', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['blt w a side of potato salad', ['27520610', '1 sandwich, any size', 1], ['71601010', QNS, 1]],
  ['tuna salad w 5 ritz and an apple', ['27450060', QNS, 1], ['54301030', '1 cracker', 5], ['63101000', '1 medium', 1]],
  ['bowl of vegetable beef soup and crackers', ['75656060', '1 cup', 1], ['54325000', QNS, 1]],
  ['leftover baked ziti & garlic bread', ['58146150', QNS, 1], ['51121015', QNS, 1]],
  ['1 cup mac and cheese and an apple', ['58145110', '1 cup', 1], ['63101000', '1 medium', 1]],
  ['my daughter ate half a pb&j & some goldfish', ['42302010', '1 sandwich', 0.5], ['54304020', QNS, 1]],
  ['lunchbox: uncrustable, apple slices and a juice box', ['42303100', '1 sandwich', 1], ['63101000', QNS, 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['grandpa had a bowl of chicken noodle and 4 saltines', ['58403040', '1 cup', 1], ['54325000', '1 cracker', 4]],
  ['turkey sandwich on white and a pickle', ['27540010', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['egg salad sandwich on wheat + a cup of grapes', ['32203020', '1 regular', 1], ['63123000', '1 cup', 1]],
  // dinner at home
  ['spagetti w meat sauce, 1 cup, and 2 slices of garlic bread', ['58146322', '1 cup', 1], ['51121015', '1 medium slice', 2]],
  ['chicken breast, 1 cup mashed potatoes & green beans', ['24122131', QNS, 1], ['71501000', '1 cup', 1], ['75205030', QNS, 1]],
  ['4 hard shell beef tacos w sour cream', ['58102010', '1 small/regular', 4], ['12310100', QNS, 1]],
  ['meatloaf, 1/2 cup mashed potatoes, 1/2 cup corn', ['27214100', QNS, 1], ['71501000', '1 cup', 0.5], ['75216120', '1 cup', 0.5]],
  ['baked chicken thigh w 1 cup rice and brocoli', ['24152230', '1 medium thigh', 1], ['56205001', '1 cup, cooked', 1], ['72201211', QNS, 1]],
  ['pork chop, applesauce and 1 cup of mac n cheese', ['22101000', '1 regular', 1], ['63101110', QNS, 1], ['58145110', '1 cup', 1]],
  ['salmon w 1 cup jasmine rice & asparagus', ['26137110', QNS, 1], ['56205001', '1 cup, cooked', 1], ['75202020', QNS, 1]],
  ['homemade beef stew, 1 cup, w a piece of cornbread', ['27311600', '1 cup', 1], ['52201000', '1 piece', 1]],
  ['chicken alfredo, about 1 cup, + a side salad', ['58146422', '1 cup', 1], ['75143000', '1 side salad', 1]],
  ['1 square of lasagna & a caesar salad', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['72116150', QNS, 1]],
  ['shrimp stir fry over rice', ['27450410', QNS, 1], ['56205001', QNS, 1]],
  ['2 chicken soft tacos and rice & beans', ['58102150', '1 small/regular', 2], ['58160150', QNS, 1]],
  ['sloppy joe and a cup of tater tots', ['27510100', '1 sandwich, any size', 1], ['71505000', '1 cup', 1]],
  ['2 cups homemade fried rice', ['58150310', '1 cup', 2]],
  ['turkey burger on a wheat bun w a side salad', ['27545110', '1 sandwich', 1], ['75143000', '1 side salad', 1]],
  ['chicken curry over 1.5 cups basmati', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['pot roast w potatoes and carrots, a big plate', ['27311600', QNS, 1]],
  ['hamburger helper, 1 cup + green beans', ['58145136', '1 cup', 1], ['75205030', QNS, 1]],
  ['2 hot dogs on buns and baked beans', ['27564000', '1 sandwich', 2], ['41201010', QNS, 1]],
  ['chicken & broccoli stir fry w 1/2 cup brown rice', ['27445110', QNS, 1], ['56205011', '1 cup, cooked', 0.5]],
  ['breakfast for dinner: 3 pancakes and 2 sausage links', ['55101000', '1 medium pancake', 3], ['25221405', '1 breakfast size link', 2]],
  ['steak, 1 cup of mashed and a dinner roll', ['21001000', QNS, 1], ['71501000', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['half a chicken quesadilla w sour cream', ['58104740', '1 full circle', 0.5], ['12310100', QNS, 1]],
  ['tuna noodle casserole, 1 cup, and a dinner roll', ['27250610', '1 cup', 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['4 chicken tamales w sour cream', ['58103130', '1 item, any size', 4], ['12310100', QNS, 1]],
  ['arroz con pollo, 1 cup + a side of black beans', ['27243500', '1 cup', 1], ['41101990', QNS, 1]],
  ['chana masala w 1/2 cup rice & a roti', ['41301990', QNS, 1], ['56205001', '1 cup, cooked', 0.5], ['51300175', '1 medium chappatti or roti (7")', 1]],
  // restaurants, takeout
  ['large pepperoni pizza, i had 3 slices', ['58106540', '1 piece, large pizza', 3]],
  ['panda express orange chicken w fried rice & an egg roll', ['27146350', QNS, 1], ['58150310', QNS, 1], ['58110130', '1 egg roll', 1]],
  ['pad thai w shrimp, ate half, saved the rest for tmrw', ['58137240', QNS, 0.5]],
  ['chipotle chicken burrito, ate half', ['58102540', '1 small/regular', 0.5]],
  ['8 buffalo wings & a bud light', ['24168000', '1 drummette', 8], ['93102000', '1 can or bottle (12 fl oz)', 1]],
  ['1 breadstick & 2 bowls of minestrone at olive garden', ['51184210', '1 medium stick', 1], ['75651000', '1 cup', 2]],
  ['chicken fried steak, mashed potatoes & gravy + a biscuit', ['21104110', QNS, 1], ['71501000', QNS, 1], ['28500040', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['2 slices of pizza and a side salad w ranch', ['58106210', '1 piece, NFS', 2], ['75143000', '1 side salad', 1], ['83113500', QNS, 1]],
  ['chinese takeout - general tsos, 1 cup fried rice, an egg roll', ['27445150', QNS, 1], ['58150310', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['chicken pho, a bowl, + 1 fried spring roll', ['28310330', '1 cup', 1], ['58110130', '1 egg roll', 1]],
  ['steak fajitas, 4 tortillas worth', ['58105050', '1 fajita', 4]],
  ['fish and chips at the pub + 2 pints of lager', ['26100140', QNS, 1], ['71400990', QNS, 1], ['93101000', '1 fl oz', 32]],
  ['red lobster, 2 cheddar bay biscuits & a side of rice pilaf', ['52104100', '1 biscuit', 2], ['58162310', QNS, 1]],
  ['chicken teriyaki over 1 cup brown rice', ['27145000', QNS, 1], ['56205011', '1 cup, cooked', 1]],
  ['sushi night: 8 pcs salmon roll and miso soup', ['58151200', '1 piece', 8], ['41601070', QNS, 1]],
  ['steakhouse: 8 oz sirloin, baked potato w butter & a roll', ['21102150', { grams: 8 * OZ }, 1], ['71100100', '1 medium', 1], ['81100500', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['thai red curry w tofu and rice', ['75440600', QNS, 1], ['56205001', QNS, 1]],
  ['indian takeout: butter chicken, 1 cup rice & a garlic naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1], ['51108100', '1 Naan (10" dia)', 1]],
  ['3 pupusas de queso w curtido', ['58105100', '1 item, any size', 3], ['75141000', QNS, 1]],
  ['chicken shawarma wrap & a can of coke', ['27540300', '1 sandwich, any size', 1], ['92410310', '1 can (12 fl oz)', 1]],
  // fast food
  ['mcdonalds 10 piece nuggets, medium fries & a medium sweet tea', ['24198731', '1 nugget', 10], ['71401030', '1 medium fast food order', 1], ['92308000', '1 medium drink', 1]],
  ['mcchicken + 6 piece nuggets + medium fry', ['27540146', '1 regular sandwich', 1], ['24198731', '1 nugget', 6], ['71401030', '1 medium fast food order', 1]],
  ['chick fil a spicy sandwich & a small waffle fry', ['27540146', '1 regular sandwich', 1], ['71401030', '1 small fast food order', 1]],
  ['whopper jr w a large fry', ['27510552', '1 hamburger', 1], ['71401030', '1 large fast food order', 1]],
  ['subway 6 inch turkey on wheat w baked lays', ['27540050', '1 regular or 6" submarine', 1], ['71200400', QNS, 1]],
  ['2 sonic corn dogs & a medium diet coke', ['27560300', '1 regular', 2], ['92410320', '1 medium drink', 1]],
  ['kfc 2 piece, mashed potatoes & a biscuit', ['24107070', '1 piece', 2], ['71501005', QNS, 1], ['52101000', '1 biscuit', 1]],
  ['arbys beef n cheddar, large curly fries', ['27513050', '1 regular', 1], ['71401030', '1 large fast food order', 1]],
  ['in n out double double + a chocolate shake', ['27510254', '1 double cheeseburger', 1], ['11542100', '1 medium', 1]],
  ['dominos, 3 slices of a medium cheese pizza', ['58106210', '1 piece, medium pizza', 3]],
  ['popeyes 3 tenders w honey mustard', ['24198741', '1 tender, strip, or finger', 3], ['83105500', QNS, 1]],
  ['taco bell: 2 crunchy tacos & 2 bean burritos', ['58102010', '1 small/regular', 2], ['58102610', '1 small/regular', 2]],
  ['wendys jr cheeseburger and a small chili', ['27510160', '1 cheeseburger', 1], ['27111400', QNS, 1]],
  ['big mac and a medium fry, split the fries w my son', ['27510389', "1 McDonald's Big Mac", 1], ['71401030', '1 medium fast food order', 0.5]],
  ["my son's happy meal: hamburger, apple slices & chocolate milk", ['27510553', '1 hamburger', 1], ['63101000', '1 single serving package', 1], ['11511000', '1 fl oz', 8]],
  // snacks
  ['a small apple w 1 tbsp almond butter', ['63101000', '1 small', 1], ['42200500', '1 tablespoon', 1]],
  ['handful of cheez its and a string cheese', ['54304005', QNS, 1], ['14107030', '1 stick', 1]],
  ['greek yogurt cup at 3', ['11400010', '1 container, NFS', 1]],
  ['2 clementines and a cheese stick after lunch', ['61100600', '1 fruit', 2], ['14107030', '1 stick', 1]],
  ['2 granola bars in the car', ['53712100', '1 bar', 2]],
  ['1/2 cup cottage cheese and 10 grapes', ['14200100', '1 cup', 0.5], ['63123000', '1 grape', 10]],
  ['bag of microwave popcorn and a sprite', ['54403051', '1 regular microwave bag', 1], ['92410510', '1 can (12 fl oz)', 1]],
  ['2 oz pretzels and a string cheese', ['54408015', { grams: 2 * OZ }, 1], ['14107030', '1 stick', 1]],
  ['20 grapes & 2 string cheese', ['63123000', '1 grape', 20], ['14107030', '1 stick', 2]],
  ['baby carrots and ranch', ['73101010', QNS, 1], ['83113500', QNS, 1]],
  ['2 cups of strawberries w cool whip', ['63223020', '1 cup', 2], ['12220200', QNS, 1]],
  ['banana and 10 almonds at 10', ['63107010', '1 banana', 1], ['42100100', '1 nut', 10]],
  ['a pear and 1 tbsp peanut butter', ['63137010', '1 fruit', 1], ['42202000', '1 tablespoon', 1]],
  ['4 crackers w cheddar', ['54001000', '1 cracker', 4], ['14104100', QNS, 1]],
  ['a rice krispie treat and a juice box in the lunchbox', ['53226500', '1 medium bar', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['an orange and 10 almonds', ['61119010', '1 fruit', 1], ['42100100', '1 nut', 10]],
  ['chips & salsa at the mexican place, about 1.5 oz of chips', ['54401075', { grams: 1.5 * OZ }, 1], ['74402100', QNS, 1]],
  ['a kind bar at my desk', ['53710810', '1 bar', 1]],
  ['mom had a fruit cup and 4 saltines', ['63311110', '1 snack size container', 1], ['54325000', '1 cracker', 4]],
  ['a cup of blueberries w 1/2 cup greek yogurt', ['63203010', '1 cup', 1], ['11400010', '1 cup', 0.5]],
  ['a kiwi and 2 clementines', ['63126500', '1 fruit', 1], ['61100600', '1 fruit', 2]],
  ['small bag of cheetos & a juice box', ['54401081', '1 small single serving bag', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1]],
  ['a slim jim and a 20 oz mtn dew', ['21602100', '1 Slim Jim', 1], ['92410550', '1 bottle (20 fl oz)', 1]],
  ['1 pack of pb crackers and a 20 oz coke on break', ['54328100', '1 individual package', 1], ['92410310', '1 bottle (20 fl oz)', 1]],
  ['animal crackers, 15, for the toddler', ['53240000', '1 cracker', 15]],
  // desserts
  ['3 choc chip cookies and a glass of milk', ['53206000', '1 medium cookie', 3], ['11100000', '1 fl oz', 8]],
  ['slice of chocolate cake w a scoop of vanilla at a birthday party', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1], ['13110100', '1 scoop', 1]],
  ['warm brownie w a scoop of vanilla', ['53204000', '1 medium', 1], ['13110100', '1 scoop', 1]],
  ['thanksgiving dessert: small slice of pecan pie and a small slice of pumpkin', ['53385000', '1 mini/small slice', 1], ['53347000', '1 mini/small slice', 1]],
  ['2 red velvet cupcakes at the office party', ['53116520', '1 cupcake, any size', 2]],
  ['3 oreos w milk before bed', ['53209015', '1 Oreo sandwich', 3], ['11100000', QNS, 1]],
  ['large m&m blizzard, shared half w my daughter', ['13130700', '1 large', 0.5]],
  ['froyo, small cup, w strawberries', ['11459990', '1 small ice cream cup', 1], ['63223020', QNS, 1]],
  ['slice of key lime pie + a decaf coffee', ['53305800', '1 slice, any size', 1], ['92111010', QNS, 1]],
  ['peach cobbler at church, about a cup, w vanilla ice cream', ['53410800', '1 cup', 1], ['13110100', QNS, 1]],
  ['3 sugar cookies w a glass of milk', ['53241500', '1 medium', 3], ['11100000', '1 fl oz', 8]],
  ['an ice cream sandwich on the porch', ['13120500', '1 sandwich', 1]],
  ['chocolate frosted donut & a small coffee', ['53521130', '1 doughnut', 1], ['92100000', '1 small', 1]],
  ['bowl of chocolate ice cream', ['13110110', '1 cup', 1]],
  // drinks
  ['can of regular coke and a bag of chips', ['92410310', '1 can (12 fl oz)', 1], ['71200010', '1 small single serving bag', 1]],
  ['20 oz sprite and a honey bun from the vending machine', ['92410510', '1 bottle (20 fl oz)', 1], ['51161050', '1 medium', 1]],
  ['small sweet tea from chick fil a', ['92308000', '1 small drink', 1]],
  ['tall iced caramel macchiato', ['92102503', '1 small', 1]],
  ['a glass and a half of white wine at book club', ['93401020', '1 glass', 1.5]],
  ['my son drank a 32 oz gatorade at practice', ['95320200', '1 bottle (32 fl oz)', 1]],
  ['14 oz chocolate milk after the gym', ['11511000', '1 fl oz', 14]],
  ['mug of hot chocolate w whipped cream', ['11512100', '1 cup', 1]],
  ['20 oz strawberry banana smoothie', ['11553100', '1 fl oz', 20]],
  ['5 light beers and a hot dog at the game', ['93102000', '1 can or bottle (12 fl oz)', 5], ['27564000', '1 sandwich', 1]],
  ['2 margaritas at the mexican place', ['93301100', '1 drink', 2]],
  ['grande iced oat milk latte', ['92102502', '1 medium', 1]],
  ['small iced coffee w cream & 2 sugars', ['92102400', '1 small', 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 2]],
  ['a chai latte and a blueberry muffin', ['92306800', QNS, 1], ['52302010', '1 medium', 1]],
  ['an ensure for breakfast + 2 slices toast', ['95103000', '1 bottle (8 fl oz)', 1], ['51101010', '1 medium or regular slice', 2]],
  // lows
  ['low 58, juice box and a granola bar', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['53712100', '1 bar', 1]],
  ['bg 65 at the store, grabbed a 20 oz sprite and drank half', ['92410510', '1 bottle (20 fl oz)', 0.5]],
  ['treated a low w 2 tsp honey & 4 saltines', ['91302010', '1 tablespoon', 2 / 3], ['54325000', '1 cracker', 4]],
  ['went low at work, granola bar + 3 starbursts', ['53712100', '1 bar', 1], ['91750000', '1 piece', 3]],
  ['woke up low at 3am, half a banana & a glass of milk', ['63107010', '1 banana', 0.5], ['11100000', '1 fl oz', 8]],
  ['low at 4pm, ate like 18 skittles', ['91745110', '1 piece', 18]],
  ['libre says 60, had a regular sprite (can)', ['92410510', '1 can (12 fl oz)', 1]],
  // older people, kids
  ['mom had a snack cup of applesauce and 2 saltines', ['63101110', '1 snack size container', 1], ['54325000', '1 cracker', 2]],
  ['dad had a cup of cream of wheat w brown sugar', ['56206990', '1 cup, cooked', 1], ['91102010', QNS, 1]],
  ['grandma: 1 slice of pumpkin pie and tea', ['53347000', '1 regular slice', 1], ['92302000', QNS, 1]],
  ['kiddo had 1/2 cup mac n cheese and 5 chicken nuggets', ['58145110', '1 cup', 0.5], ['24198729', '1 nugget', 5]],
  ['toddler: 1/2 cup cheerios dry and some blueberries', ['57123000', '1 cup', 0.5], ['63203010', QNS, 1]],
  // holidays, trips
  ['thanksgiving plate - turkey, 1/2 cup sweet potato casserole, green bean casserole, a roll', ['24201000', QNS, 1], ['73409000', '1 cup', 0.5], ['75403020', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['2 christmas sugar cookies w icing and a cup of hot cocoa', ['53244020', '1 medium', 2], ['11512005', '1 cup', 1]],
  ['cinnabon at the mall, ate half', ['51160110', '1 Cinnabon', 0.5]],
  ['halloween: 6 fun size snickers', ['91705520', '1 fun/snack size', 6]],
  ['2 hot dogs and a beer at the ballpark', ['27564000', '1 sandwich', 2], ['93101000', '1 can or bottle (12 fl oz)', 1]],
  ['a funnel cake split 3 ways + a corn dog at the fair', ['55801000', '1 cake (6" dia)', 1 / 3], ['27560300', '1 regular', 1]],
  ['easter dinner: 2 slices ham, a roll, 1/2 cup potato salad', ['22311000', '1 regular/thin slice', 2], ['51150000', '1 medium/regular/sandwich size roll', 1], ['71601010', '1 cup', 0.5]],
  ['4th of july: cheeseburger, corn on the cob, slice of watermelon', ['27510155', '1 cheeseburger', 1], ['75216111', '1 regular ear', 1], ['63149010', '1 medium wedge/slice', 1]],
  // weights and volumes
  ['180 g cooked penne w marinara', ['56130000', { grams: 180 }, 1], ['74404010', QNS, 1]],
  ['200g basmati rice w dal', ['56205001', { grams: 200 }, 1], ['41311030', QNS, 1]],
  ['150 g baked sweet potato w butter', ['73403000', { grams: 150 }, 1], ['81100500', QNS, 1]],
  ['60 g hummus w carrots', ['41205070', { grams: 60 }, 1], ['73101010', QNS, 1]],
  ['45 g dark chocolate', ['91705300', { grams: 45 }, 1]],
  ['150 ml apple juice for my son', ['64104010', '1 fl oz (NFS)', 150 * ML]],
  ['5 oz grilled chicken and 3/4 cup quinoa', ['24123301', { grams: 5 * OZ }, 1], ['56204000', '1 cup, cooked', 0.75]],
  ['50 g granola w 170 g greek yogurt', ['57227000', { grams: 50 }, 1], ['11400010', { grams: 170 }, 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Fortieth held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 37-39. Generated by core/chat/make-eval-meals-holdout-40.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of -4.ts … -36.ts, with the decisions this set needed in the header of make-eval-meals-holdout-40.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-40.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-40.json`);
}
