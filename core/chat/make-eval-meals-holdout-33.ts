/**
 * Writes eval-meals.holdout-33.json: the thirty-third held-out set of meal messages (issue #19).
 *
 * Written by hand on 2026-12-07 (00:33-00:45 UTC) by an engineer who has not read the estimator,
 * the matcher or the alias lists (core/foods/estimate.ts, everyday-names*, core/chat/parse.ts,
 * proposal.ts), core/chat/README.md, eval-meals.ts or its test, any scoring results
 * (eval-meals*.results.json) or the estimator's git history, and who ran nothing that scores
 * messages; committed on its own branch BEFORE the estimator was run on any of these messages and
 * not shown to the estimator's authors, who were changing the estimator at the time, nor to the
 * writers of the parallel sets 34-36 (whose sets were not looked at either). Each food was chosen
 * from foods.csv and each portion from portions.csv (core/foods/fndds/), the way a dietitian would
 * pick them for the message; where an earlier held-out set already chose a food for the same dish,
 * the same food was used (looked up in the earlier sets' JSON, which list only foods and portions),
 * so that the same dish means the same food across sets. The builder checks every code and portion
 * against the table. No message repeats one of eval-meals.json, eval-meals.holdout.json or holdouts
 * 2-32 (checked by script: lower-cased, punctuation-folded messages compared, and every message
 * sharing 60 % or more of its words with an earlier one read and, where it meant the same foods
 * (at the same or any amount), rewritten: about 110 drafts were rewritten that way, some three or
 * four times, because the everyday messages are well covered by the 6,700 earlier ones). Same
 * format, conventions and builder as make-eval-meals-holdout-2.ts (food code + USDA portion or
 * grams + quantity by hand; grams and carbs from the table, never typed), plus the decisions in the
 * headers of make-eval-meals-holdout-4.ts to -32.ts.
 *
 * The people: a cross-section of people with diabetes or caring for someone with it (adults,
 * parents logging for a child, older people and their carers, students, shift workers), on
 * ordinary days: home cooking, school and work lunches, restaurants, fast food, takeout, snacks,
 * drinks, desserts, lows, and the odd holiday or trip. Most messages are everyday foods.
 *
 * Decisions this set had to make where those conventions are silent (or where it applied an
 * earlier set's decision to a new case):
 * - "cheese tortellini w pesto" is FNDDS's cheese-filled tortellini with no sauce + pesto sauce
 *   "Quantity not specified" (FNDDS's sauced tortellini are tomato, cream or vinaigrette only).
 * - "dal over 1 cup rice" is lentil curry QNS + white rice 1 cup (the message gives the rice its own
 *   amount, so the parts are listed, not FNDDS's one-food lentil curry with rice).
 * - "a few maduros" is 3 × the plantain cooked with oil's "1 slice" (a few = 3, holdout 4; maduros =
 *   plantain cooked with oil, holdout 22); "rice & beans" is holdout 6's kidney beans and white rice.
 * - "olive garden: chicken alfredo (took half home)" is 0.5 × the restaurant pasta with cream sauce
 *   and poultry's "Quantity not specified" (holdout 12's share rule applied to a QNS dish).
 * - "general tso chicken, half the takeout box (~1 cup)" is the stated 1 cup (holdout 12's stated
 *   amount beats the container); "pho tai, large bowl (3 cups)" is 3 × pho with meat "1 cup".
 * - "a glass of punch" at a christmas party is holdout 29's fruit punch made with fruit juice and
 *   soda, 8 × "1 fl oz (NFS)" (a glass of a drink).
 * - "2 bbq pork buns + 4 shumai" are 2 × bao and 4 × steamed dumpling (holdout 6); "2 pupusas
 *   revueltas + 1 de queso" are the pupusa with meat and beans (holdout 23) and the cheese pupusa.
 * - "salmon avocado roll (8 pcs)" is 8 × the salmon sushi roll's "1 piece" (the pieces said); the
 *   avocado is part of the roll. Edamame with no amount is QNS.
 * - "a veggie spring roll" at Panda is holdout 22's meatless egg roll; "kung pao chicken over white
 *   rice" is FNDDS's kung pao chicken and white rice, each QNS.
 * - "a jamocha shake, small" is the fast-food shake, flavors other than chocolate, small (holdout
 *   22); "whopper jr (no cheese)" is Burger King's Whopper Jr; "a value fries" the fast-food fries'
 *   "1 value/dollar menu order" (holdout 23); "popeyes ... cajun fries" the fast-food fries QNS (no
 *   size said, holdout 29's combo fries).
 * - "small blizzard w reeses, split w my son" is 0.5 × the fast-food soft serve blended with candy,
 *   "1 small" (holdouts 8 and 17).
 * - "7 oz sirloin, baked potato w sour cream" is 7 × 28.35 g sirloin and FNDDS's baked potato with
 *   sour cream, "1 medium" (holdout 29); "big baked potato w butter & sour cream" keeps holdout 20's
 *   parts (baked potato "1 large" + butter + sour cream QNS).
 * - "1 tsp honey" is 1/3 × honey's "1 tablespoon" and "2 tsp honey" 2/3 (holdout 32).
 * - "a poached egg" beside instant ramen is the boiled or poached egg's "1 egg"; "2 packs of
 *   maruchan" is holdout 12's 2 × 3 oz block (6 × "1 oz, dry, yields").
 * - "kiddo had 2 cups of froot loops dry" is 2 × the fruit-rings cereal's "1 cup", no milk.
 * - "strawberry greek yogurt cup" is the Greek fruit yogurt's "1 container, NFS" (holdout 15); "a
 *   yogurt" is Yogurt, NFS, "1 container, NFS" (holdout 2).
 * - "12 oz coffee w 1 creamer" is 12 × brewed coffee's "1 fl oz" + liquid creamer's "1 individual
 *   container" (holdout 32).
 * - "a small coke" / "a medium sprite" / "a small sweet tea" in a fast-food meal are the drink's
 *   "1 small drink" / "1 medium drink" (holdout 17's fountain sizes); "a coke" beside a snack bag the
 *   12 fl oz can (holdout 9).
 * - "half a powerade (20 oz)" is 0.5 × Powerade's 20 fl oz bottle (holdout 9); "ginger ale 500 ml
 *   bottle" is its "1 bottle (16.9 fl oz or 500 ml)" (holdout 16).
 * - "2 cups of buttered popcorn at home" is holdout 11's air-popped popcorn with added butter.
 * - "pretzel twists, 1.5 oz" is 1.5 × 28.35 g of hard pretzels (holdout 21).
 * - "half of a big brownie" is 0.5 × the brownie's "1 large" (holdout 5's big = large).
 * - "slice of strawberry cheesecake, shared it w my wife" is 0.5 × fruit cheesecake's slice.
 * - "glazed donut + a chocolate frosted one" are the yeast doughnut and the yeast doughnut with
 *   chocolate icing, "1 doughnut" each (holdout 5's glazed donut).
 * - Typos and abbreviations were written only where the meaning is plain ("w", "&", "+", "pb", "oj",
 *   "bg", "cgm", "pcs", "choc", "bday", "kfc", "mcds", "~"); the expected food is the one meant.
 *
 * Run: npx tsx core/chat/make-eval-meals-holdout-33.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvalCases, QNS, type Item } from './make-eval-meals-holdout-2';

const OZ = 28.35;
/** Millilitres in one US fluid ounce, for messages that give millilitres (holdout 7). */
const ML = 29.5735;

export const CASES: Array<[string, ...Item[]]> = [
  // breakfast
  ['cheese omelette (2 eggs) + 2 slices rye toast w butter', ['32130100', '1 egg', 2], ['51401020', '1 medium or regular slice', 2], ['81100500', QNS, 1]],
  ['special k 1.5 cups with a splash of skim', ['57344000', '1 cup', 1.5], ['11113000', '1 fl oz', 1]],
  ['1 cup oatmeal made with milk and some walnuts', ['56203066', '1 cup, cooked', 1], ['42116000', QNS, 1]],
  ['3 eggos w a tbsp of pb on each before school', ['55200020', '1 waffle', 3], ['42202000', '1 tablespoon', 3]],
  ['sunday: 4 pancakes w 3 tbsp syrup', ['55101000', '1 medium pancake', 4], ['91300010', '1 tablespoon', 3]],
  ['1 cup raisin bran w 2% milk', ['57329000', '1 cup', 1], ['11112110', QNS, 1]],
  ['1 piece of toast w strawberry jam and a glass of oj', ['51101010', '1 medium or regular slice', 1], ['91402000', QNS, 1], ['61210000', '1 fl oz (NFS)', 8]],
  ['grabbed an egg and cheese biscuit before my shift', ['34001500', '1 regular', 1]],
  ['banana and a coffee w a splash of milk', ['63107010', '1 banana', 1], ['92100000', QNS, 1], ['11100000', '1 fl oz', 1]],
  ['kiddo had 2 cups of froot loops dry in the car', ['57221700', '1 cup', 2]],
  ['4 oz oj with my pills', ['61210000', '1 fl oz (NFS)', 4]],
  ['diner breakfast: 2 eggs, 2 strips of bacon, hashbrowns', ['31102000', '1 egg', 2], ['22600100', '1 medium slice (yield after cooking)', 2], ['71404000', QNS, 1]],
  ['3/4 cup cottage cheese w a sliced peach', ['14200100', '1 cup', 0.75], ['63135010', '1 fruit', 1]],
  ['1 packet apple cinnamon instant oatmeal + a banana', ['56203155', '1 packet, dry, yields', 1], ['63107010', '1 banana', 1]],
  ['strawberry greek yogurt cup + 1/4 cup granola', ['11433990', '1 container, NFS', 1], ['57227000', '1 cup', 0.25]],
  ['3 slices french toast, little powdered sugar on top', ['55301000', '1 slice, any size', 3], ['91101020', QNS, 1]],
  ['cheerios 1.5 cups, 1/2 cup 2% milk', ['57123000', '1 cup', 1.5], ['11112110', '1 cup', 0.5]],
  ['english muffin w butter & a boiled egg', ['51186010', '1 muffin', 1], ['81100500', QNS, 1], ['31103010', '1 egg', 1]],
  ['sausage egg and cheese biscuit + 12 oz coffee w 1 creamer', ['34001520', '1 regular', 1], ['92101000', '1 fl oz', 12], ['12210200', '1 individual container', 1]],
  // lunch
  ['ham and cheese sandwich on wheat + 10 grapes', ['27520240', '1 regular', 1], ['63123000', '1 grape', 10]],
  ['turkey wrap for lunch', ['27540070', '1 sandwich, any size', 1]],
  ['leftover spaghetti w meat sauce, 1.5 cups, + a slice of garlic bread', ['58146322', '1 cup', 1.5], ['51121015', '1 medium slice', 1]],
  ['can of tomato soup + grilled cheese', ['74602010', '1 can', 1], ['14640100', '1 sandwich', 1]],
  ['6 inch italian bmt & a bag of sun chips', ['27580060', '1 regular or 6" submarine', 1], ['54420210', '1 small single serving bag', 1]],
  ['chicken burrito w rice and beans for lunch', ['58102540', '1 small/regular', 1]],
  ['3 slices leftover pepperoni pizza, cold', ['58106540', '1 piece, NFS', 3]],
  ['cup of lentil soup and a piece of naan', ['41603010', '1 cup', 1], ['51108100', '1 piece (1/4 of 10" dia)', 1]],
  ['pb sandwich on wheat + glass of milk', ['42301020', '1 sandwich', 1], ['11100000', '1 fl oz', 8]],
  ['school lunch was 6 chicken nuggets, tots and a chocolate milk', ['24198735', '1 nugget', 6], ['71505020', QNS, 1], ['11511000', '1 individual school container', 1]],
  ['ham sandwich on wheat, no cheese, and a pickle', ['27520230', '1 regular', 1], ['75503010', '1 regular', 1]],
  ['2 cups chicken noodle soup w 4 saltines', ['58403040', '1 cup', 2], ['54325000', '1 cracker', 4]],
  ['mac n cheese, 1.5 cups, and 2 hot dogs', ['58145110', '1 cup', 1.5], ['27564000', '1 sandwich', 2]],
  // dinner
  ['baked chicken breast, 1/2 cup rice, green beans & a roll', ['24122131', '1 medium breast', 1], ['56205001', '1 cup, cooked', 0.5], ['75205030', QNS, 1], ['51150000', '1 medium/regular/sandwich size roll', 1]],
  ['taco night - 3 crunchy beef tacos + 1/2 cup refried beans', ['58102010', '1 small/regular', 3], ['41205010', '1 cup', 0.5]],
  ['pork chop w mashed potatoes and corn', ['22101000', '1 regular', 1], ['71501000', QNS, 1], ['75216120', QNS, 1]],
  ['salmon, 1/2 cup brown rice, asparagus', ['26137110', QNS, 1], ['56205011', '1 cup, cooked', 0.5], ['75202020', QNS, 1]],
  ['homemade chili and cornbread', ['27111400', QNS, 1], ['52201000', '1 piece', 1]],
  ['beef & broccoli stir fry over 1 cup rice', ['27415100', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['olive garden: chicken alfredo (took half home) + 1 breadstick', ['58146421', QNS, 0.5], ['51184210', '1 medium stick', 1]],
  ['1 piece of lasagna + a slice of garlic bread', ['58130011', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1], ['51121015', '1 medium slice', 1]],
  ['meatloaf, 1 cup mashed potatoes, 1/2 cup peas', ['27214100', QNS, 1], ['71501000', '1 cup', 1], ['75224030', '1 cup', 0.5]],
  ['beef lo mein 2 cups, friday takeout', ['58136150', '1 cup', 2]],
  ['general tso chicken, half the takeout box (~1 cup), + 1/2 cup rice', ['27445150', '1 cup', 1], ['56205001', '1 cup, cooked', 0.5]],
  ['pad thai w chicken, 1.5 cups', ['58137230', '1 cup', 1.5]],
  ['teriyaki chicken bowl, 1.5 cups rice', ['27145000', QNS, 1], ['56205001', '1 cup, cooked', 1.5]],
  ['beef stew, 1.5 cups, w 2 slices of bread', ['27311410', '1 cup', 1.5], ['51101000', '1 medium or regular slice', 2]],
  ['2 pork tacos and some rice', ['58102030', '1 small/regular', 2], ['56205001', QNS, 1]],
  ['cheese tortellini w pesto', ['58134680', QNS, 1], ['81302070', QNS, 1]],
  ['6 pork ribs, 1/2 cup baked beans, coleslaw', ['22701000', '1 rib (yield after cooking, bone removed)', 6], ['41201010', '1 cup', 0.5], ['75141000', QNS, 1]],
  ['gumbo w rice, a bowl and a half', ['27363000', '1 cup', 1.5]],
  // fast food and takeout
  ['big mac + medium fries + a small sweet tea', ['27510389', '1 McDonald\'s Big Mac', 1], ['71401030', '1 medium fast food order', 1], ['92308000', '1 small drink', 1]],
  ['chick fil a spicy sandwich + a large waffle fry', ['27540146', '1 regular sandwich', 1], ['71401030', '1 large fast food order', 1]],
  ['whopper jr (no cheese) + a value fries', ['27510552', '1 hamburger', 1], ['71401030', '1 value/dollar menu order', 1]],
  ['6 piece nuggets & a small fries', ['24198731', '1 nugget', 6], ['71401030', '1 small fast food order', 1]],
  ['2 filet o fish + a medium sprite', ['27550100', '1 regular sandwich', 2], ['92410510', '1 medium drink', 1]],
  ['kfc 3 piece w mashed potatoes & gravy', ['24107070', '1 piece', 3], ['71501006', QNS, 1]],
  ['small blizzard w reeses, split w my son', ['13130700', '1 small', 0.5]],
  ['popeyes 5 tenders + cajun fries', ['24198741', '1 tender, strip, or finger', 5], ['71401030', QNS, 1]],
  ['corn dog + a cup of kettle corn at the fair', ['27560300', '1 regular', 1], ['54403089', '1 cup', 1]],
  ['panda: kung pao chicken over white rice + a veggie spring roll', ['27445220', QNS, 1], ['56205001', QNS, 1], ['58110110', '1 egg roll', 1]],
  ['arbys classic roast beef + a small jamocha shake', ['27513010', '1 regular', 1], ['11542200', '1 small', 1]],
  ['3 slices of little caesars pepperoni', ['58106540', '1 piece, NFS', 3]],
  ['mcdonalds cheeseburger happy meal w apple slices + chocolate milk', ['27510172', '1 cheeseburger', 1], ['63101000', '1 single serving package', 1], ['11511000', '1 fl oz', 8]],
  ['steak quesadilla at taco bell', ['58104730', '1 full circle', 1]],
  ['large mcdonalds fries, ate half', ['71401030', '1 large fast food order', 0.5]],
  ['bean burrito + a crunchy taco from taco bell', ['58102610', '1 small/regular', 1], ['58102010', '1 small/regular', 1]],
  // snacks
  ['apple + string cheese at 3', ['63101000', '1 medium', 1], ['14107030', '1 stick', 1]],
  ['pretzel twists, 1.5 oz', ['54408015', { grams: 1.5 * OZ }, 1]],
  ['about 30 grapes while cooking', ['63123000', '1 grape', 30]],
  ['granola bar on the bus', ['53712100', '1 bar', 1]],
  ['hummus, 4 tbsp, w a handful of pita chips', ['41205070', '1 tablespoon', 4], ['54402700', QNS, 1]],
  ['15 almonds and a cheese stick', ['42100100', '1 nut', 15], ['14107030', '1 stick', 1]],
  ['strawberries, 2 cups', ['63223020', '1 cup', 2]],
  ['an orange and 5 saltines', ['61119010', '1 fruit', 1], ['54325000', '1 cracker', 5]],
  ['2 cups of buttered popcorn at home', ['54403040', '1 cup, popped', 2]],
  ['cheez its, about a cup', ['54304005', '1 cup, NFS', 1]],
  ['banana w a tbsp of peanut butter', ['63107010', '1 banana', 1], ['42202000', '1 tablespoon', 1]],
  ['2 cuties in the car', ['61100600', '1 fruit', 2]],
  ['go-gurt for my son', ['11436100', '1 tube', 1]],
  ['2 packs of fruit snacks for my daughter', ['91746300', '1 snack size/pouch/regular size', 2]],
  ['1 oz mixed nuts', ['42110000', { grams: OZ }, 1]],
  ['trail mix, 3/4 cup', ['42501000', '1 cup', 0.75]],
  ['a clif bar before my shift', ['53720200', '1 bar', 1]],
  ['reeses cups, the regular pack', ['91705530', '1 pouch/regular size', 1]],
  ['snack size doritos + a coke', ['54401110', '1 small single serving bag', 1], ['92410310', '1 can (12 fl oz)', 1]],
  // drinks
  ['2 cans of pepsi today', ['92410310', '1 can (12 fl oz)', 2]],
  ['big glass of oj, like 12 oz', ['61210000', '1 fl oz (NFS)', 12]],
  ['grande caramel frappuccino no whip', ['92101920', '1 medium', 1]],
  ['tall latte, whole milk', ['92101900', '1 small', 1]],
  ['mcchicken and a medium sweet tea', ['27540146', '1 regular sandwich', 1], ['92308000', '1 medium drink', 1]],
  ['2 beers watching the game', ['93101000', '1 can or bottle (12 fl oz)', 2]],
  ['2 glasses of chocolate milk', ['11511000', '1 fl oz', 16]],
  ['glass of white wine w dinner', ['93401020', '1 glass', 1]],
  ['a medium fruit smoothie', ['11553100', '1 medium', 1]],
  ['red bull at 2am', ['95310600', '1 can (8.4 fl oz)', 1]],
  ['half a powerade (20 oz) at practice', ['95320500', '1 bottle (20 fl oz)', 0.5]],
  ['2 margaritas + chips & salsa at the mexican place', ['93301100', '1 drink', 2], ['54401075', QNS, 1], ['74402100', QNS, 1]],
  ['hot chocolate w whipped cream', ['11512100', QNS, 1]],
  ['1.5 cups 1% milk', ['11112210', '1 fl oz', 12]],
  ['coffee w cream and 1 sugar', ['92100000', QNS, 1], ['12210200', QNS, 1], ['91101010', '1 teaspoon', 1]],
  ['ginger ale 500 ml bottle, sipped it all day', ['92410610', '1 bottle (16.9 fl oz or 500 ml)', 1]],
  ['lemonade 8 oz w lunch', ['92510955', '1 fl oz (NFS)', 8]],
  // desserts
  ['apple pie, big slice, w 2 scoops vanilla', ['53301000', '1 large slice', 1], ['13110100', '1 scoop', 2]],
  ['vanilla ice cream, 1.5 cups', ['13110100', '1 cup', 1.5]],
  ['half of a big brownie', ['53204000', '1 large', 0.5]],
  ['4 chips ahoy + a glass of milk', ['53206000', '1 Nabisco Chips Ahoy!', 4], ['11100000', '1 fl oz', 8]],
  ['slice of strawberry cheesecake, shared it w my wife', ['53104550', '1 piece/slice, any size', 0.5]],
  ['cupcake at a bday party', ['53100100', '1 cupcake, any size', 1]],
  ['bowl of banana pudding', ['13241000', '1 cup', 1]],
  ['jello cup + 5 vanilla wafers', ['91501010', '1 snack size container', 1], ['53247000', '1 medium', 5]],
  ['glazed donut + a chocolate frosted one at work', ['53521110', '1 doughnut', 1], ['53521130', '1 doughnut', 1]],
  ['piece of carrot cake', ['53104260', '1 piece/slice, any size', 1]],
  // lows
  ['low 58 at school, nurse gave 6 oz apple juice', ['64104010', '1 fl oz (NFS)', 6]],
  ['bg 59, 2 tsp honey', ['91302010', '1 tablespoon', 2 / 3]],
  ['went low at work, 20 skittles', ['91745110', '1 piece', 20]],
  ['low 61, drank 8 oz of regular coke', ['92410310', '1 fl oz (NFS)', 8]],
  ['dropped to 55 at night - juice box + 1 graham cracker', ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54102010', '1 large rectangular piece or 2 squares or 4 small rectangular pieces', 1]],
  ['treated a low w 6 starbursts', ['91750000', '1 piece', 6]],
  ['low during practice so a 12 oz gatorade', ['95320200', '1 bottle (12 fl oz)', 1]],
  ['cgm says 65, had 4 jolly ranchers', ['91745025', '1 piece', 4]],
  // holidays and trips
  ['thanksgiving: turkey, mashed potatoes, 1 cup stuffing, cranberry sauce', ['24201000', QNS, 1], ['71501000', QNS, 1], ['51182010', '1 cup, NFS', 1], ['63207110', QNS, 1]],
  ['christmas party: 2 frosted sugar cookies, a brownie, a glass of punch', ['53244020', '1 medium', 2], ['53204000', '1 medium', 1], ['92510720', '1 fl oz (NFS)', 8]],
  ['trick or treat haul: ate 4 fun size snickers', ['91705520', '1 fun/snack size', 4]],
  ['4th of july: 2 hot dogs, corn on the cob, a slice of watermelon', ['27564000', '1 sandwich', 2], ['75216111', '1 regular ear', 1], ['63149010', '1 medium wedge/slice', 1]],
  ['slice of chocolate bday cake', ['53105270', '1 regular or small piece/slice, 2+ layer cake', 1]],
  ['vacation: 2 pina coladas by the pool', ['93301200', '1 drink', 2]],
  ['2 pillsbury cinnamon rolls', ['51160110', '1 medium', 2]],
  // other kitchens
  ['chicken tikka masala w 1.5 cups basmati + a garlic naan', ['27146150', QNS, 1], ['56205001', '1 cup, cooked', 1.5], ['51108100', '1 Naan (10" dia)', 1]],
  ['pho tai, large bowl (3 cups)', ['28310330', '1 cup', 3]],
  ['dim sum: 2 bbq pork buns + 4 shumai', ['58123110', '1 item, any size', 2], ['58112510', '1 item, any size', 4]],
  ['salmon avocado roll (8 pcs) and edamame', ['58151200', '1 piece', 8], ['41420020', QNS, 1]],
  ['1.5 cups rice & beans + a few maduros', ['58160150', '1 cup', 1.5], ['71900200', '1 slice', 3]],
  ['chicken biryani, 2.5 cups (big plate)', ['27243100', '1 cup', 2.5]],
  ['dal over 1 cup rice', ['41311030', QNS, 1], ['56205001', '1 cup, cooked', 1]],
  ['falafel, 4 of them, in a pita w hummus', ['41209000', '1 patty', 4], ['51109100', '1 medium pita', 1], ['41205070', QNS, 1]],
  ['2 pupusas revueltas + 1 de queso', ['58105120', '1 item, any size', 2], ['58105100', '1 item, any size', 1]],
  ['chicken shawarma plate w rice', ['24103050', QNS, 1], ['56205001', QNS, 1]],
  ['2 egg rolls + a cup of wonton soup', ['58110130', '1 egg roll', 2], ['58408010', '1 cup', 1]],
  // older people and carers
  ['mom ate 1 cup applesauce + 2 saltines', ['63101110', '1 cup', 1], ['54325000', '1 cracker', 2]],
  ['dad ate a bowl of oatmeal and 4 prunes', ['56202960', '1 cup, cooked', 1], ['62122100', '1 prune', 4]],
  ['glucerna for breakfast', ['95104000', '1 bottle (8 fl oz)', 1]],
  ['grandma drank half her ensure', ['95103000', '1 bottle (8 fl oz)', 0.5]],
  // students and shift workers
  ['3am break: honey bun & coffee', ['51161050', '1 medium', 1], ['92100000', QNS, 1]],
  ['late night: 2 packs of maruchan + a poached egg', ['58407030', '1 oz, dry, yields', 6], ['31103010', '1 egg', 1]],
  ['monster + small bag of hot cheetos', ['95310400', '1 can or bottle (16 fl oz)', 1], ['54401081', '1 small single serving bag', 1]],
  ['snickers from the vending machine', ['91705520', '1 pouch/regular size', 1]],
  ['dining hall: 3 slices pepperoni pizza', ['58106540', '1 piece, NFS', 3]],
  ['like 15 pizza rolls after class', ['58108050', '1 pizza roll', 15]],
  ['2 hot pockets on my break', ['58126100', '1 regular/large', 2]],
  // weights and volumes
  ['150 g cooked pasta w marinara', ['56130000', { grams: 150 }, 1], ['74404010', QNS, 1]],
  ['200g plain greek yogurt, 30g granola, 1 tsp honey', ['11411390', { grams: 200 }, 1], ['57227000', { grams: 30 }, 1], ['91302010', '1 tablespoon', 1 / 3]],
  ['6 oz baked sweet potato', ['73403000', { grams: 6 * OZ }, 1]],
  ['100 g cooked basmati rice', ['56205001', { grams: 100 }, 1]],
  ['500 ml choc milk post workout', ['11511000', '1 fl oz', 500 / ML]],
  ['7 oz sirloin, baked potato w sour cream', ['21102150', { grams: 7 * OZ }, 1], ['71508010', '1 medium', 1]],
  ['3 oz of tortilla chips with salsa', ['54401075', { grams: 3 * OZ }, 1], ['74402100', QNS, 1]],
  ['200 ml orange juice', ['61210000', '1 fl oz (NFS)', 200 / ML]],
  // more everyday
  ['plain bagel w cream cheese at the office', ['51180010', '1 regular', 1], ['14301010', QNS, 1]],
  ['turkey club and chips at the airport', ['27540123', '1 sandwich, any size', 1], ['71200010', QNS, 1]],
  ['half a tuna sandwich on white', ['27550720', '1 regular', 0.5]],
  ['a whole mango after dinner', ['63129010', '1 mango', 1]],
  ['a pear + a cheese stick at 10', ['63137010', '1 fruit', 1], ['14107030', '1 stick', 1]],
  ['frosted flakes 1.5 cups dry', ['57348000', '1 cup', 1.5]],
  ['24 oz sweet tea on the drive home', ['92308000', '1 fl oz (NFS)', 24]],
  ['a sprite w dinner', ['92410510', '1 can (12 fl oz)', 1]],
  ['2 drumsticks (baked) and corn on the cob', ['24142300', '1 medium drumstick', 2], ['75216111', '1 regular ear', 1]],
  ['2 chicken tamales & 1/2 cup refried beans', ['58103130', '1 item, any size', 2], ['41205010', '1 cup', 0.5]],
  ['a yogurt and a banana', ['11400000', '1 container, NFS', 1], ['63107010', '1 banana', 1]],
  ['small iced coffee w milk + a plain bagel', ['92102400', '1 small', 1], ['11100000', QNS, 1], ['51180010', '1 regular', 1]],
  ['big baked potato w butter & sour cream', ['71100100', '1 large', 1], ['81100500', QNS, 1], ['12310100', QNS, 1]],
  ['4 chicken fajitas', ['58105000', '1 fajita', 4]],
  ['2 catfish fillets, fried, + coleslaw', ['26107140', '1 small/regular fillet', 2], ['75141000', QNS, 1]],
  ['small popcorn at the movies + a small coke', ['54403005', '1 small order', 1], ['92410310', '1 small drink', 1]],
  ['tofu & broccoli stir fry, 2 cups, no rice', ['41812500', '1 cup', 2]],
  ['veggie burger on a bun w sweet potato fries', ['41901010', '1 sandwich', 1], ['73410200', QNS, 1]],
  ['packed his lunch: uncrustable, apple juice box, goldfish', ['42303100', '1 sandwich', 1], ['64104010', '1 juice box/pouch (6.75 fl oz)', 1], ['54304020', QNS, 1]],
  ['bag of plain m&ms', ['91746100', '1 pouch/regular size', 1]],
  ['slice of pumpkin pie w cool whip', ['53347000', '1 regular slice', 1], ['12220200', QNS, 1]],
  ['2 small slices of pecan pie', ['53385000', '1 mini/small slice', 2]],
  ['2 hot dogs and a bud light at the ballpark', ['27564000', '1 sandwich', 2], ['93102000', '1 can or bottle (12 fl oz)', 1]],
  ['1.5 cups cantaloupe', ['63109010', '1 cup', 1.5]],
  ['1/2 cup blueberries in plain yogurt', ['63203010', '1 cup', 0.5], ['11411010', QNS, 1]],
  ['side caesar salad and a cup of tomato soup', ['72116150', QNS, 1], ['74601000', '1 cup', 1]],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = buildEvalCases(CASES);
  const doc = {
    about:
      'Thirty-third held-out set of meal messages (issue #19): written by hand on 2026-12-07 by an engineer independent of the estimator (who had not read the estimator, matcher, aliases, the chat README, eval-meals.ts or its test, or any scoring results, and ran nothing that scores messages), committed on its own branch BEFORE the estimator was run on any of them and not shown to the estimator\'s authors nor to the writers of the parallel sets 34-36. Generated by core/chat/make-eval-meals-holdout-33.ts: grams and carbs come from the table, never typed. Conventions are in make-eval-meals-holdout-2.ts and the headers of make-eval-meals-holdout-4.ts to -32.ts, with the decisions this set needed in the header of make-eval-meals-holdout-33.ts.',
    source: 'USDA FNDDS 2021-2023 (core/foods/fndds/README.md)',
    cases,
  };
  writeFileSync(join(import.meta.dirname, 'eval-meals.holdout-33.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(`${cases.length} meal messages written to eval-meals.holdout-33.json`);
}
