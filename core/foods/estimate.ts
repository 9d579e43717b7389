import { CHAIN_SHORT_FORMS } from './everyday-chains';
import { EVERYDAY_BRANDS, EVERYDAY_NAMES } from './everyday-names';
import { correct, isEnglishWord } from './spelling';
import { foodTable, type Food, type FoodTable, type Portion } from './table';

/**
 * Carbs of a meal said in words ("2 slices of toast and a banana", "half a bagel with
 * cream cheese", "150 g rice"), estimated from USDA FNDDS 2021–2023 (core/foods/fndds/).
 * Pure: the table is passed in or read once from the shipped CSVs. The result is a
 * proposal for a person to confirm or edit, never something to log by itself.
 *
 * How it reads, in order:
 * 1. Number phrases are normalised ("two and a half" → 2.5, "1 1/2" → 1.5, "1/2" → 0.5),
 *    then the text is cut into items at ",", ";", "and", "with" (also typed "w/" or "w"),
 *    "plus", "&" — not at "with" before a sauce ("spaghetti with meat sauce"). A few dish
 *    names that contain "and" ("mac and cheese", "pb&j", "fish and chips") stay whole, and
 *    so do mixed drinks ("rum and coke" → Rum and cola). Also read whole: "half & half"
 *    (the cream), "x4" (an amount after the food), "a 500 ml bottle" (the volume; the
 *    container adds nothing), "3 glasses of red" (red wine), "a 100 calorie pack" (a size in
 *    calories, not 100 of them), "a glazed donut" (USDA's yeast type), "a fruit cup" (the
 *    snack container), "a blt on toast" (the toast is its bread), "turkey and swiss on rye"
 *    (one sandwich), USDA's "X and Y" names typed with "n" or "&" ("red beans n rice"), a
 *    burger without meat ("black bean burger", "impossible burger": the veggie burger), mixed
 *    drinks in the plural ("3 vodka cokes" → 3 × Vodka and cola). A
 *    food "with" a sauce kept in one item is that food, the sauce saying which ("stuffed
 *    shells with meat sauce" is no meat sauce). A food "with" sides
 *    is USDA's one dish where it has that food with those sides ("burrito with rice and
 *    beans") or names them as its kind, its name ending in the food ("a hot dog w chili" →
 *    Chili hot dog sandwich, "nachos w beef"; not "pancakes with syrup"), unless a measure of the food was said and the sides are not in the dish's own
 *    name ("1/2 cup mashed potatoes w gravy" stays two; "2 cups beef stroganoff w noodles" is
 *    "Beef stroganoff with noodles"); the further sides its name holds are part of it ("burrito
 *    bowl w rice, black beans, chicken and salsa" is the bowl and salsa), and a smoothie is made
 *    of all its fruit and dairy ("smoothie w banana, berries and yogurt, 16 oz"); icing or
 *    frosting "with" a food USDA has frosted or iced is in it ("2 cinnamon rolls w icing"); parts
 *    listed in brackets are said "with" the dish, and a meat side is USDA's "meat" of it ("3
 *    stuffed pepper halves (rice & ground beef)" → Stuffed pepper, with rice and meat). "A and B" is USDA's one dish where its name holds both
 *    words as said and B has no amount ("chicken n dumplings", "rice & beans"; not "dal and
 *    rice", "toast and jam"), with a measure only where the name starts with A ("a bowl of
 *    rice and black beans" stays two); where it was eaten ("from the chinese place") and
 *    what was left out ("no bread") are not food.
 * 2. Each item: a quantity (digits, decimals, fractions, "a/an/one…twelve", "half (a)",
 *    "a quarter (of)", "a couple of", "a dozen", "a few" and "several" ≈ 3, but never less than
 *    USDA's usual serving of something of 2 g or less a piece: "a few blueberries"; "whole mango"
 *    is one, not "whole milk" or "whole wheat"), a unit (g, kg, oz, ml, pint,
 *    quart, litre, cup, bowl, glass, slice, piece/pc, tbsp, tsp, scoop, can, bottle,
 *    bag/packet/pouch, juice box, ear, wedge, container, box, sleeve, bar, serving, handful,
 *    splash/dash ≈ 1 fl oz)
 *    and a size (small, medium, large, big, mini, tall/grande/venti, "6 inch"; small, medium or
 *    large also said last: "movie popcorn medium"), then the food
 *    words; an amount after the food ("gnocchi 1 cup", "nigiri x4") counts when none came
 *    before it, and a container or slice said last is the unit ("an applesauce pouch",
 *    "cheesecake slice"). A unit word that begins a USDA name is that food ("pot roast",
 *    "pot pie"). An item that is only an amount ("penne, 2 cups", "fajitas, 3 of them", "iced
 *    tea, large") gives it to the food before, if that food had none (to the dish a side
 *    was said "with": "fettuccine alfredo w chicken, had 1.5 cups"); "3 slices of sausage"
 *    after "pizza" said without amount is 3 slices of sausage pizza, where that is one food.
 *    An item whose words make no one food, or make one only by leaving words out, is tried as
 *    the foods either side of "on", "in" or "over" ("half an avocado on toast"), each with its
 *    own amount, when every part is a food as said; else it is reported whole.
 * 3. Food words: misspellings are corrected to the nearest word of the table or of the
 *    alias map within a small edit distance (1 for 5–7 letters, 2 for 8+, none below 5), never
 *    a real English word into another word ("sunday", "shaky", "train"; core/foods/spelling.ts),
 *    and only when the message is plainly about eating (an eating verb, a meal word, an
 *    amount, or another food written right); the food's note says what was read as what. A small alias map turns common
 *    names into USDA's (fries → french fries, OJ → orange juice, toast → bread toasted,
 *    spaghetti/penne → pasta, cheerios → O's cereal). Candidates are the foods whose
 *    description holds every food word (not counting what a part says is absent: "Chili hot
 *    dog, no bun" has no bun), with the last word (the noun) in USDA's name or first
 *    qualifier that is not generic; they are ranked: fewest words beyond the ones said, the
 *    noun in the name, words said as a phrase that is in the name ("egg roll" → Egg roll),
 *    generic forms first (", NFS", "NS as to …", "raw", "plain", "no added fat", "whole",
 *    "on white", "from restaurant or fast food"), a name that starts with the word said;
 *    baby food, school lunch, "as ingredient" and "topping from" entries last, and below
 *    the rest: alcoholic drinks unless alcohol is said, "no bun"/"no sauce" forms, and a
 *    dish word not said ("salad" for "tacos"). A name USDA has as said ("pita chips") wins
 *    over an alias's words, and so does a whole USDA name made by putting a one-word alias
 *    in place of the word said ("veggie tempura" → Vegetable tempura) or by the words next
 *    to an alias word ("veggie burger on a bun" → Veggie burger, on bun); a name "X or Y Z"
 *    is said "X Z" or "Y Z" ("a turkey burger" → Turkey or chicken burger). A phrase said as
 *    USDA's first qualifier counts as nearly the name ("pot roast" → Beef, pot roast). A
 *    fast-food place or "an order of" takes the same food's fast-food form. A word that fits
 *    no food: a short form is read as its word (mac, veg, unsweet, vegan → veggie); else,
 *    in a message about eating and when the noun is known, it is left out while the rest is
 *    two words or one that names a food by itself ("steel cut oats" → Oatmeal, "taro boba
 *    tea"), and named in the note. When no food has every word, in order: describing words
 *    ("red", "everything") are left out, but not the noun of a name said as a phrase ("ice
 *    cream bar"); a vegetarian word (veggie, veg, vegan) is USDA's "meatless" ("veggie egg
 *    rolls" → Egg roll, meatless); a fruit in a dish becomes USDA's "fruit" ("blueberry
 *    muffin" → Muffin, fruit), a wrap/sub/melt/slider a sandwich, "covered" "coated", a
 *    steak before a dish beef ("a steak burrito") — never the read word alone ("a honey
 *    crisp apple" is no Fruit, NFS); leading words are left out while two words, a dish
 *    noun or, from the words said, one word that names a food remain ("kimchi fried rice",
 *    "buttermilk pancakes" → Pancakes); a meat before a dish USDA names "with meat" is
 *    that dish ("lamb biryani", "sausage pizza" when kept whole); each is named in the note.
 *    A word that changes the carbs (keto, sugar free, zero, diet, cauliflower, zucchini…) is
 *    never left out: the item is reported whole. An item with a word that fits no food and
 *    no such reading is reported whole, never guessed ("a long day" is not Long Island iced
 *    tea). A salad said alone is a green salad, veggies or vegetables alone mixed vegetables,
 *    a biscuit the U.S. bread biscuit; a cheese by kind in a sandwich is USDA's "with
 *    cheese", and the bread of a sandwich USDA has on no such bread is left out. A name of
 *    several words before a noun no such food has is that food, the noun its portion word
 *    ("2 shredded wheat biscuits"). Fried chicken is as eaten ("skin / coating eaten" is the
 *    generic form); wings take their restaurant form. A sauce or flavour said first (bbq,
 *    buffalo, teriyaki…) before a food that only another dish has with it is left out ("bbq
 *    ribs" are ribs, not "Barbecue rib sandwich"); buffalo wings are wings with hot sauce.
 * 4. Portion: a weight is used as said (oz is 28.35 g; fl oz, ml and oz of a drink use its
 *    "1 fl oz" portion). A unit picks that food's USDA portion with the unit's word
 *    ("1 cup", "1 medium or regular slice", "1 tablespoon"…; a bowl is taken as 1 cup and
 *    a glass as USDA's "1 glass" where the food has one (wine), else 8 fl oz; a spoon of a
 *    drink with no spoon portion is its fl oz (2 tbsp or 6 tsp to the fl oz); a slice of the
 *    size said ("a big slice") where USDA has one; a handful is USDA's "Quantity not
 *    specified"; "6 inch" picks the portion naming 6"; a size in calories the portion naming
 *    it; a bottle where USDA has only "1/2 bottle" (wine) is two of those). A portion named by
 *    a word said that the food's name lacks is taken (a regular one before a spoon-size one) ("a belgian
 *    waffle" → 1 thick / Belgian waffle, "sliders" → 1 miniature/slider; not a name of the
 *    alias table, a part, or a food's own name unless said last: "waffle fries" are no
 *    "1 waffle"). A size picks "1 large" / "1 large pancake" ("mini" is
 *    "miniature"); a size or bottle the food has no portion for is taken from
 *    its fast-food or bottled form ("medium fries", "a bottle of OJ"), else a size from its
 *    plain boiled form ("2 small potatoes"); 12" where USDA has
 *    6" is two of them (a footlong). A count without a unit takes, in this order: "1 <food
 *    noun>" ("1 egg roll", optionally "1 medium/regular <noun>"), "1 individual packet" (a
 *    counted condiment: "coffee with 2 sugars"), "1 medium…", "1 …
 *    regular …", "1 fruit", "1 …, any size", the first whole-item portion ("1 patty"; not a
 *    measure, part, odd size or other brand's item), "1 piece" (nigiri; not of a roll, cake,
 *    pie or pizza, which are cut into pieces), else USDA's "Quantity not specified";
 *    a counted drink is a 12 fl oz can (soft drinks), else its can or bottle, a medium cup
 *    or USDA's default serving; "a" before a plural ("a small fries") is one USDA default
 *    serving. Links, patties and strips take that portion; plate and "a side of" are USDA's
 *    usual serving. No
 *    quantity at all is USDA's "Quantity not specified", and the item says so.
 * 5. Amounts that must not blow up: a weight or volume inside the item is its size ("half a
 *    100g bar" is 50 g; "a 330 ml can", "a 24oz sweet tea"); a length is a size ("6in", "6 in",
 *    "6-inch", "12in", "footlong" subs), never a count; a square is a piece ("a square of
 *    cornbread"), and a portion that is a whole pan, pie, cake or package is never one item's;
 *    "bagel bites" and "hot pockets" are those snacks ("hot pockets pepperoni" the pizza pocket);
 *    fruit "in heavy syrup" is the canned fruit in syrup. Any food proposed at over 1.5 kg, or
 *    over 600 g and 3 × its largest one-person USDA portion, has the note "check this amount"
 *    and the proposal's reply asks the person to check it (still only proposed, never logged).
 * 6. Context around a food: when an item makes no food, or one only by leaving words out, a
 *    trailing phrase that starts with a preposition (at, from, for, by, on, after, before,
 *    during, in…) and whose words make no food and name none ("from the vending machine", "on
 *    christmas eve", "by the pool", "on the rocks", "at 3 am"), or is only occasion words
 *    ("for dessert", "for a low", "after practice", "from the bakery", "at the mall"), and a leading phrase up to an eating verb
 *    ("my daughter had") are left out when the rest is a food, and named in the note ("context
 *    left out: …"); so is a label before ":" or " - " whose words make no food and name none
 *    ("halloween:", "airport -", "low 58 -", "on break:", "lunar new year:"), but not a place
 *    that says the food's form ("kfc:", "school lunch:"); and whom it was for ("for my toddler"
 *    is no Toddler meal, unless baby or toddler food is said). Never a word that names a food or changes the carbs ("on toast", "with
 *    syrup"); "a long day" stays no food. Interjections ("lol") are filler; a sit-down chain
 *    ("at ihop", "olive garden") takes the restaurant form as a fast-food place does. What is
 *    said to be left out after a food ("tacos no cheese", "pho w no meat") is no food word and
 *    is named in the note (the proposal takes it as an omission, not a negated meal). A name
 *    said again in brackets ("2 spring rolls (cha gio)") and who made it ("my mom made") are
 *    context too; of the readings without context, the one leaving fewest words out is taken.
 * 7. Names by category FNDDS has under another name: holiday sweets and candies (fruitcake,
 *    peeps, s'mores, hot cross buns, moon cake, candy cane), Latin and Asian dishes (pupusas
 *    de queso, picadillo, golabki, cha gio, mexican pizza, mango sticky rice, elote as an ear
 *    of corn), brands (ovaltine, maruchan, uncrustable, eggo as the frozen waffle, progresso
 *    chicken noodle), bakery and holiday sweets (quiche lorraine, sufganiyot, cannoli), dessert
 *    chains' treats (blizzard, dole whip), shrimp pad thai, lamb rogan josh, movie popcorn, pork or shrimp dumplings as USDA's
 *    steamed dumpling (not Southern chicken and dumplings); popcorn "at the movies" is USDA's
 *    movie-theater popcorn; "5 peeps" are pieces where USDA's only package is "any size".
 *    A spoon of a food with no spoon portion but a cup is 1/16 (tbsp) or 1/48 (tsp) of the
 *    cup; "fun size" and "king size" are USDA's candy sizes; candies named as one piece (jolly
 *    rancher, chocolate truffle, hershey kiss) are pieces at any count ("2 snickers" stay bars); "a stack of 3" is three; a
 *    street taco of a filling is a taco of it. A chain's own item where USDA names it ("1
 *    McDonald's pie", "1 KFC Bowl"; of several, the one naming most words said). A juice box
 *    is a box of that juice (apple when none is said); "a scoop of vanilla" is ice cream;
 *    "hot chocolate made w 2% milk" one drink; a word that only says how much sugar or fat
 *    ("low") names no food alone. Halves ("2 canned pear halves") are USDA's "1 half" or
 *    "1/2 …" portion, else half of the whole item each. A burger or sandwich "no bun" / "no
 *    bread" is its filling only ("turkey burger no bun" → turkey; a plain burger ground beef);
 *    anything else left out takes USDA's "…, no <it>" form where it has one ("pho w no meat").
 *    A time after "at" ("nachos at 9", "at 7:30") is no count. A naan said without an amount
 *    is one whole naan (USDA's usual serving is a quarter); "a cup of instant noodles" and
 *    "cup noodles" are the instant cup (USDA's individual container), "a cup of noodles" a cup.
 * 8. Round six (set 9's misses by cause): a meal word with words of who or how ("kids
 *    breakfast", "quick lunch", before ":" or after ",") is context, though "kids" and "quick"
 *    are USDA's words (not "school lunch", which says the form). "c" after a number is a cup;
 *    "dbl" is double; hot cereal "made w water" is the cereal (water read last was the noun);
 *    a milk tea "w boba" is one bubble tea. Chicken noodle without "soup" is the soup, dumplings
 *    said alone the steamed ones ("dumplins" is spelt out so no typo match splits chicken n
 *    dumplins), shepards pie and a spanakopita triangle their dishes. "For a low" is context
 *    even where the whole item makes a food ("sports drink 12 oz for a low" is no low-calorie one).
 *    A fun size juice box is USDA's fun size box (4.23 fl oz); pieces counted in brackets
 *    after a count ("2 spicy tuna rolls (12 pcs)") are the pieces eaten.
 * 9. Round seven (sets 8–10's misses by cause): a liquid a food was "made/cooked with/in" goes before its noun as
 *    its kind ("milk oatmeal", "buttermilk pancakes"), a fat it was cooked in is left out, a sauce stays a food; a
 *    dish "with" a side never leaves out a word of the food said; a side listed after a side is of the same dish
 *    (an amount after them is the dish's); a container said last is the unit ("prosecco glass"), or nothing after a
 *    volume ("12oz gatorade bottle"); events (wedding, bbq, cookout, potluck…) after "at/from" are context; "1 X or
 *    <noun>" portions count pieces ("1 piece or stick"); a wing sauce after the wings goes before them, sauces but hot
 *    are USDA's "other sauces" wings, and are left out of breaded pieces; the words of a name read as one can name
 *    its portion ("1 silver dollar pancake"); short forms spelt out are joined into names ("veg fried rice"); sf /
 *    sugar-free is "sugar free"; "2 sl" two slices; split pea with ham the soup with meat; a meal word of who or how
 *    after " - " is context; a counted drink with a brand's "1 <Brand> pouch" is that pouch; a count of a food with
 *    only a shaped whole piece ("1 large rectangular piece…") is that piece; a piece said alone is one; "a" or a size
 *    before a unit ending the item is its amount ("tteokbokki a cup", "fritos small bag"); "in a bowl/mug/plate" is
 *    no food; a pizza chain's kind without "pizza" ("dominos pepperoni") is that pizza; a count's whole item is a
 *    regular one before a spoon-size one; "fried drumstick + thigh" are both fried; "smothered/topped/drizzled
 *    in/with" is "with".
 * 10. Round eleven (sets 19–20's misses by class): a word of sharing, place or qualifier adds no food — "shared" in
 *    every form is the share ("shared half", "shared w 2 kids, i had a third", "shared fries w my friend"); a place
 *    after "at" whose words name a food ("at the sports bar") is context; an amount with only words of cut or which
 *    ones ("3/4 cup cubed", "3 jumbo ones", "made 2") only an amount; "sugar free" said after a food is of it. "xN"
 *    multiplies what the rest says; a snack cup or a fruit's cup is the snack container; a wedge/triangle USDA's
 *    triangular piece; a can said after a food its canned form; a size after a counted food each one's, of a plural
 *    with no count an order; huge/giant/xl extra large; "X bowl" a bowl of X; an amount after a dish's side the dish's;
 *    a hot dog with no bun the frank; a food with no portion at all gives way to one portioned by its last word;
 *    "<food> 2 pack" one package; "2 X (16 oz beers)" each one's size; "pad thai shrimp" the dish of the filling;
 *    a bread said alone after a sandwich the bread it is on.
 */

/** One food of a proposal, with where each number came from. */
export interface EstimatedFood {
  /** The words of the message this item was read from. */
  text: string;
  /** FNDDS 8-digit food code. */
  food_code: string;
  /** USDA's description of the food. */
  description: string;
  /** The USDA household portion used ("1 medium"), or a weight as said ("150 g"). */
  portion: string;
  /** How many of `portion`. */
  quantity: number;
  /** Grams of food: portion weight × quantity. */
  grams: number;
  /** Grams of carbohydrate (by difference, fibre included), rounded to 0.1 g. */
  carbs_g: number;
  /** Why this portion when the message did not say exactly (e.g. no quantity given). */
  note: string | null;
}

export interface MealEstimate {
  foods: EstimatedFood[];
  /** Items (their words) that matched no food: reported, never guessed. */
  unknown: string[];
  /** Sum of the foods' carbs, rounded to 0.1 g. */
  carbs_g: number;
}

// ---- words -------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, couple: 2, several: 3, dozen: 12, half: 0.5, third: 1 / 3, quarter: 0.25 };

/** Words that carry no food: who, verbs of eating, meals, times of day. */
const FILLER = new Set(
  'a an food foods something stuff thing things appetizer appetizers starter starters entree i we he she they you me ate eaten eat eating had have having has just also some my his her our their your the for breakfast brunch lunch dinner supper snack snacks meal was were is are this that morning afternoon evening tonight today yesterday then about around approximately approx roughly like drank drink drinking got grabbed of in on at to from x ok so after before during with bf bfast brekkie place restaurant them those these em lol lmao haha hahaha omg tbh smh ugh rn lowkey yum yummy it maybe probably prob perhaps instead crockpot'.split(' '),
);
/** Words that say the item is not food at all ("had a hypo"): the item is dropped, not reported. */
const NOT_FOOD = new Set(
  'walk run swim hypo shower bath nap sleep rest bolus basal insulin dose shot injection jab unit units pill pills tablet tablets medication meds fever headache tremor glucose reading bg feeling tired good bad fine sick hungry full mg dl mmol carb carbs carbohydrate carbohydrates'.split(' '),
);
/** Words that describe a food but name none on their own. */
const DESCRIPTORS = new Set(
  'raw cooked fried baked boiled roasted grilled steamed toasted plain white black brown red green yellow hot cold sweet sour dry fresh frozen canned light diet regular whole long fast home style type brand source other mixed everything glazed frosted iced crispy crunchy spicy buttered salted unsalted sliced chopped diced shredded cut up halved peeled warm organic vanilla caramel mint hazelnut maple stick sticks homemade classic original big little extra double single mini bite sized bar soft hard roast belgian birthday overnight instant flavored chunk cubed cube loaded'.split(' '),
);
// Coffee-shop sizes too ("a grande frappuccino"): tall, grande and venti are small, medium and large.
const SIZES: Record<string, string> = { funsize: 'fun', snacksize: 'fun', kingsize: 'king', sharingsize: 'sharing', small: 'small', medium: 'medium', regular: 'regular', large: 'large', big: 'large', mini: 'mini', miniature: 'mini', jumbo: 'extra large', huge: 'extra large', giant: 'extra large', massive: 'extra large', enormous: 'extra large', xl: 'extra large', baby: 'baby', tall: 'small', grande: 'medium', venti: 'large', personal: 'personal', individual: 'personal', child: 'child', value: 'value' };

type Unit = 'link' | 'patty' | 'strip' | 'sleeve' | 'g' | 'kg' | 'oz' | 'floz' | 'ml' | 'cup' | 'bowl' | 'glass' | 'slice' | 'piece' | 'tablespoon' | 'teaspoon' | 'scoop' | 'can' | 'bottle' | 'bag' | 'juice box' | 'ear' | 'wedge' | 'container' | 'bar' | 'serving' | 'handful' | 'box' | 'half';
const UNITS: Record<string, Unit> = {
  g: 'g', gr: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', kg: 'kg',
  oz: 'oz', ounce: 'oz', ounces: 'oz', ml: 'ml',
  cup: 'cup', cups: 'cup', bowl: 'bowl', bowls: 'bowl', bowlful: 'bowl', glass: 'glass', glasses: 'glass', mug: 'glass',
  slice: 'slice', slices: 'slice', piece: 'piece', pieces: 'piece', pc: 'piece', pcs: 'piece', pce: 'piece',
  // "a sleeve of saltines" (USDA's "1 sleeve"); "an applesauce pouch" is the bag case's pouch.
  sleeve: 'sleeve', sleeves: 'sleeve', pouch: 'bag', pouches: 'bag',
  tbsp: 'tablespoon', tbs: 'tablespoon', tablespoon: 'tablespoon', tablespoons: 'tablespoon', spoon: 'tablespoon', spoonful: 'tablespoon', spoons: 'tablespoon',
  tsp: 'teaspoon', teaspoon: 'teaspoon', teaspoons: 'teaspoon',
  scoop: 'scoop', scoops: 'scoop', can: 'can', cans: 'can', tin: 'can', bottle: 'bottle', bottles: 'bottle',
  bag: 'bag', bags: 'bag', packet: 'bag', packets: 'bag', pack: 'bag', packs: 'bag', package: 'bag',
  ear: 'ear', ears: 'ear', wedge: 'wedge', wedges: 'wedge', triangle: 'wedge', triangles: 'wedge', container: 'container', containers: 'container', pot: 'container', tub: 'container', carton: 'container',
  serving: 'serving', servings: 'serving', portion: 'serving', portions: 'serving', helping: 'serving',
  handful: 'handful', handfuls: 'handful', box: 'box', boxes: 'box',
  // "a plate of spaghetti", "a side of fries": USDA's usual serving.
  plate: 'serving', plates: 'serving', plateful: 'serving', side: 'serving', stack: 'serving', stacks: 'serving',
  // "a square of cornbread", "2 squares of chocolate": a piece, not USDA's "1 square cornbread (8" pan)".
  square: 'piece', squares: 'piece',
  // "2 canned pear halves", "2 stuffed pepper halves": USDA's "1 half" or "1/2 pepper…", else half the whole one.
  halves: 'half',
  link: 'link', links: 'link', patty: 'patty', patties: 'patty', strip: 'strip', strips: 'strip',
};
/** Volumes said in larger measures, read as fluid ounces or millilitres (US pint 16 fl oz, quart 32). */
const VOLUMES: Record<string, { unit: 'floz' | 'ml'; times: number }> = {
  pint: { unit: 'floz', times: 16 }, pints: { unit: 'floz', times: 16 },
  // "a splash of milk", "a dash of cream": about a fluid ounce, not a glass.
  splash: { unit: 'floz', times: 1 }, splashes: { unit: 'floz', times: 1 }, dash: { unit: 'floz', times: 1 }, quart: { unit: 'floz', times: 32 }, quarts: { unit: 'floz', times: 32 },
  l: { unit: 'ml', times: 1000 }, liter: { unit: 'ml', times: 1000 }, liters: { unit: 'ml', times: 1000 }, litre: { unit: 'ml', times: 1000 }, litres: { unit: 'ml', times: 1000 },
};

/** A fast-food chain or an "order of" something: USDA's fast-food form is preferred. */
const FAST_FOOD = 'fastfood';
const FAST_FOOD_PLACES =
  /\b(?:mcdonald'?s|mickey d'?s|burger king|wendy'?s|kfc|taco bell|chick[- ]?fil[- ]?a|popeyes|five guys|in[- ]?n[- ]?out|jack in the box|sonic|arby'?s|dairy queen|culver'?s|whataburger|carl'?s jr|hardee'?s|white castle|shake shack|fast food|drive[- ]?thru|drive[- ]?through|panda express|ihop|denny'?s|waffle house|applebee'?s|olive garden|chili'?s|cracker barrel|red robin|buffalo wild wings|bww|panera|cheesecake factory|tgi fridays?|outback)\b/g;
const ORDER_OF = /\borders? of\b/g;

/** A spirit and a mixer said together: USDA's "Gin and tonic", "Rum and cola", "Vodka and soda"… */
const MIXED_DRINK = /\b(gin|rum|vodka|whiskey|whisky|bourbon|jack|scotch|brandy) ?(?:(?:and|&|n|'n'?) ?)?(tonic(?: water)?|coke|cola|pepsi|diet coke|diet pepsi|diet cola|soda|club soda|water|ginger ale|lemonade|red ?bull|energy drink)(?:e?s)?\b/g;
const SPIRIT: Record<string, string> = { whisky: 'whiskey', bourbon: 'whiskey', jack: 'whiskey', scotch: 'whiskey' };
const MIXER: Record<string, string> = { 'tonic water': 'tonic', coke: 'cola', pepsi: 'cola', 'diet coke': 'diet cola', 'diet pepsi': 'diet cola', 'club soda': 'soda', redbull: 'energy drink', 'red bull': 'energy drink' };
/** One word the matcher reads as the food of that exact name: "mixed__rum_and_cola". */
function mixedDrink(spirit: string, mixer: string): string {
  return `mixed__${SPIRIT[spirit] ?? spirit}_and_${MIXER[mixer] ?? mixer}`.replace(/ /g, '_');
}

/** Dish names that contain a word the splitter cuts at. */
const COMPOUNDS: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // "2 eggs over easy": how an egg is fried, not "over" one food another.
  [/\b(eggs?) (?:over (?:easy|medium|hard|well)|sunny side up)\b/g, 'fried $1'],
  // "1 scoop choc ice cream in a bowl", "cereal in a mug": the dish it was eaten from is no food (a cone, a wrap or a bun are).
  [/\s+(?:in|on|from|out of) (?:a|an|the|my|his|her|one|paper|plastic|big|small) (?:bowl|mug|plate|dish|container|tupperware|napkin|paper plate|paper bowl|glass)(?=\s*(?:$|[,;.!&+]|(?:and|with|w|plus|then)\b))/g, ''],
    // "2 slices of dominos pepperoni", "a pizza hut supreme": a pizza chain's kind said without "pizza" is that pizza.
  [/\b(?:domino'?s|pizza hut|papa john'?s|little caesars?'?|sbarro'?s?|marco'?s|mod pizza|blaze pizza|costco)( (?:pepperoni|cheese|sausage|supreme|hawaiian|veggie|meat lovers?|bbq chicken|buffalo chicken|margherita))(?! pizza)\b/g, '$1 pizza'],
    // "fried drumstick + thigh": how the first of two pieces of a chicken was cooked is said of both.
  [/\b(fried|grilled|baked|roasted|rotisserie|bbq|barbecue|smoked|breaded) ((?:chicken )?(?:drumsticks?|thighs?|breasts?|wings?|legs?)) (and|&|\+|n) ((?:one |a |an |\d+ )?)(drumsticks?|thighs?|breasts?|wings?|legs?)\b/g, '$1 $2 $3 $4$1 $5'],
    // "3 biscuits smothered in sausage gravy", "fries topped with cheese": what a food was covered with is said "with"
  // it (read after "in" as one food, the biscuits were lost to the gravy).
  [/\s+(?:smothered|topped|covered|drizzled|doused|slathered|drenched|loaded)\s+(?:in|with|w\/?|w)\s+/g, ' with '],
  // "chimichanga platter w rice and beans": how a restaurant serves a dish is no food; the dish and its sides are ("combo" is no such word: Combos are a snack, a combo pizza a supreme).
  [/\b([a-z]+) platters?\b/g, '$1'],
  // "a low carb tortilla", "carb balance wraps": a food sold as low in carbohydrate is reported whole as not found
  // (USDA has no such foods, and its regular one would overcount); "carb" alone is what makes a message no food
  // ("30 carbs"), which had dropped the tortilla without a word.
  [/\b(?:low|lower|reduced|less|net|no)[- ]?carb(?:s|ohydrates?)?\b|\bcarb[- ](?:balance|smart|wise|counter|conscious|friendly|free)\b/g, 'lowcarb'],
  // "sf choc pudding", "sugar-free jello": how sugar-free is typed; read as USDA's words so the variant is found (never left out: it changes the carbs).
  [/(?<![a-z])(?:sf|s\/f|sugar-free|sugarfree)(?= [a-z])/g, 'sugar free'],
  [/\bsugar free ((?:[a-z]+ )?(?:pudding|jello|jell-o|gelatin)) cups?\b/g, 'container of sugar free $1'],
  // "an applesauce cup", "a pudding cup": the snack-size container.
  [/\b((?:(?!(?:a|an|the|one|my|had|ate|of|and|with|\d+)\b)[a-z]+ )?(?:applesauce|apple sauce|pudding|yogurt|yoghurt|jello|jell-o|gelatin|fruit cocktail)) cups?\b/g, 'container of $1'],
  [/\bmac(?:aroni)? (?:and|&|n|'n'?) cheese\b/g, 'mac_and_cheese'],
  // "cherry cobbler a la mode", "apple pie à la mode": served with a scoop of vanilla ice cream, a food of its own.
  [/\s+(?:a|à) ?la ?mode\b/g, ' and vanilla ice cream'],
  // "2 biscotti dunked in my coffee", "oreos dipped in milk": the drink a food was dunked in is a food of its own, the count the food's.
  [/\s+(?:dunked|dipped|dunking|dipping)\s+in(?:to)?\s+(?:my |a |the |some |his |her )?(coffee|tea|milk|hot chocolate|cocoa|latte)\b/g, ' and $1'],
  // "1.5 cups spaghetti marinara", "penne pomodoro": a pasta said with its tomato sauce is the pasta with that sauce, not the sauce.
  [/\b(?:spaghetti|penne|pasta|linguine|linguini|rigatoni|ziti|fettuccine|fettucine|angel hair|capellini|bucatini|rotini|fusilli|farfalle|noodles) (?:(?:with|w\/?|w|in|and|n|&) )?(?:marinara|pomodoro|arrabbiata|arrabiata|napoletana|red sauce|tomato sauce)(?: sauce)?\b/g, 'pasta with tomato sauce'],
  // "a cup of instant noodles", "cup noodles": the instant cup, USDA's individual container.
  // Not "1 cup noodle kugel", "half cup noodle casserole": a cup before noodles and another food word is a measure.
  [/\b(?:cups? of instant (?:noodles?|ramen)|cup noodles?(?! (?:kugel|pudding|casserole|soup|salad|bake|dish)))\b/g, 'container of ramen noodle soup'],
  // "2 pb&js", "pbjs", "pb and js": the plural of the sandwich (round 15c; "js" had been a food unknown and the jelly lost).
  [/\b(?:peanut butter|pb) ?(?:and|&|n|'?n'?) ?(?:jellys|jellies|jams|js|j's)(?: sandwiche?s)?\b|\bpbjs\b|\bpb ?(?:and|&|n) ?j sandwiches\b/g, 'pbj sandwiches'],
  [/\b(?:peanut butter|pb) ?(?:and|&|n) ?(?:jelly|jam|j)(?: sandwich)?\b/g, 'pbj'],
  [/\bhot ?dogs?\b/g, 'hotdog'],
  [/\bfish (?:and|&|n) chips\b/g, 'fried fish, french fries'],
  [/\bbreakfast burritos?\b/g, 'egg burrito'],
  [/\bsweet teas?\b/g, 'sweet_tea'],
  // "a fruit cup" is the snack-size container, as an applesauce cup is.
  [/\bfruit cups?\b/g, 'container of fruit_cup'],
  // "rice pudding snack cups x2", "2 jello snack cups": a snack cup is the snack-size container, never a cup measure.
  [/\bsnack[ -]?(?:size )?cups?\b/g, 'container'],
  // "pad thai shrimp, 2 cups", "curry chicken": a filling said after the dish is the dish of it (it had been shrimp alone).
  [/\b(pad thai|fried rice|lo mein|chow mein|pho|ramen|curry|tacos?|burritos?|quesadillas?|fajitas?|enchiladas?|nachos|stir fry|teriyaki|tikka masala|biryani) (?:with |w\/ ?|w )?(chicken|shrimp|beef|pork|tofu|veggie|vegetable|steak)\b(?!\s+(?:sandwich|salad|soup|breast|wings?|thighs?|drumsticks?|nuggets?|strips?|tenders?|and|n|&|with|w))/g, '$2 $1'],
  // "nature valley 2 pack", "lance crackers 6-pack": a pack said by how many it holds, after the food, is one package of them.
  [/(?<=[a-z] )(?<!\b(?:had|ate|eat|got|grabbed|have|drank|and|with|w|a|the)\s)(\d{1,2})[ -]?pack\b(?=\s*(?:$|[,;+&)]|\b(?:and|with|w|at|for|from|in|on)\b))/g, 'pack'],
  // "peach cup in his lunchbox", "2 pear cups": a fruit's cup said after it is the same snack container (a cup measure comes before).
  [/\b(peach(?:es)?|pears?|mandarins?|mandarin oranges?|pineapple|cherr(?:y|ies)|mixed fruit|fruit cocktail|apple ?sauce) cups?\b(?!\s+of\b)/g, '$1 container'],
  [/\bfoot ?long\b/g, '12 inch'],
  // "6 oz filet": a filet said with no meat or fish is a steak (filet mignon), never USDA's breaded chicken fillet.
  [/(?<!\b(?:chicken|fish|salmon|cod|tilapia|turkey|pork|beef|tuna|catfish|haddock|pollock|flounder|sole|halibut|trout|breaded|fried|grilled chicken|o|a|the)\s)\bfill?ets?\b(?!\s*-?\s*(?:o\b|of\b|mignon|sandwich))/g, 'filet_mignon'],
  [/(?<=\b(?:a|the)\s)fill?et\b(?=\s*(?:$|[,;+&]|\band\b|\bwith\b|\bw\b))/g, 'filet_mignon'],
  // "beef n broc": spelt out before the dishes named with "n" are looked for.
  [/\bbrocc?\b/g, 'broccoli'],
  // "taro milk tea w boba": the pearls are in the bubble tea USDA has, not a second one.
  [/\b(?:(?:taro|thai|brown[ _]sugar|matcha|jasmine|oolong|iced|bubble|boba|milk)[ _])*(?:milk[ _])?tea\s+(?:with|\+)\s*(?:extra\s+)?(?:tapioca pearls|boba|tapioca|pearls)\b/g, 'boba tea'],
  // "chicken n dumplins": spelt out here so that no typo match reads "dumplins" apart from its chicken.
  [/\bdumplins?\b/g, 'dumplings'],
  // "oatmeal 1 cup made w water": water is how it was made, no food of its own (read last, it was the
  // noun and the oatmeal was lost); USDA's oatmeal as said has the carbs of the one made with water.
  // "instant oatmeal, 1 packet made with water": USDA tells instant made with water from made with milk (the packet
  // is the same, the bowl is not); the liquid said first is its kind, never a food of its own (it had been + water).
  [/\b(instant (?:oatmeal|oats|grits|cream of wheat))((?:,?\s+[\d.]+\s+[a-z]+)?)\s+made\s+(?:with|w\/?|w)\s+(water|milk)\b/g, '$3 $1$2'],
  [/\b(oatmeal|oats|porridge|grits|cream of wheat|farina)((?:,?\s+[\d.]+\s+[a-z]+)?)\s+made\s+with\s+water\b/g, '$1$2'],
  // "granola 1/2c", "1/2c milk": "c" after a number is a cup.
  [/(\d)\s?c\b(?![.'])/g, '$1 cup'],
  // "multigrain toast 2 sl", "3 sl pizza": "sl" after a number is a slice.
  [/(\d)\s?sl\b\.?/g, '$1 slices'],
  // "small blizzard w reeses", "mcflurry with oreos": what a blended treat is said with is its mix-in, already in USDA's
  // "Soft serve, blended with candy or cookies" (round 16a; the candy had been counted beside it).
  [/\b(blizzards?|mcflurry|mcflurries|concretes?|flurry|flurries)\s+(?:with|w\/?)\s+(?:extra\s+)?((?:[a-z&']+\s+){0,2}?(?:reeses|reese's|oreos?|m&ms|mnms|m and ms|snickers|butterfinger|heath|kit ?kat|twix|cookie dough|brownie|cookies?|candy|cheesecake|nerds|skor|rolos?))\b/g, '$2 blizzard'],
  // "beef & bean nachos": one dish (USDA's "Nachos, beef or pork, with beans"), not beef beside bean nachos (round 16a).
  [/\b(beef|pork|chicken|steak)\s*(?:&|and|n|'n'?)\s*beans?\s+nachos\b/g, '$1 bean nachos'],
  // "4 chocolates from the box", "3 truffles", "2 lindt truffles": a count of chocolates is of pieces from a box, never of
  // candy bars (round 16a; four chocolates had been 107 g of carbs).
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several)\s+(?:(?:small|little|mini|dark|milk|white|fancy|lindt|godiva|ferrero|russell stover|whitman'?s?)\s+){0,2}(?:chocolates|(?:chocolate\s+)?truffles|bon ?bons|pralines)\b/g, '$1 pieces of chocolate candy'],
  // "split pea w ham": said with its ham, split pea is the soup (USDA's "Soup, split pea, with meat"), as chicken noodle is.
  [/\bsplit peas?(?: soup)? (?:with|and|&|n|'n'?)\s+(ham|bacon)\b/g, 'split pea soup with $1'],
  // "slice of pecan pie, small sliver", "a sliver of cake": a sliver is a thin slice, half of one
  // (it had been read as beef liver).
  // "2 triangles of chicken quesadilla", "quesadila w chicken, 2 triangles": counted triangles are
  // pieces (USDA's "1 triangular piece"), never a food ("triangle" was read as "kringle"). Not the
  // triangle that is the dish ("spanakopita triangle").
  [/\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|eight)\s+triangles?\b(?!\s+(?:of\s+)?spanakopita)(?:\s+of\s+(?:an?|the)\b)?/g, '$1 pieces of'],
  // "spagetti w meat sauce": USDA's pasta with tomato-based sauce and meat (a meat sauce is a tomato
  // one; read by its words it had been alfredo sauce with meat). Spelt out before typos are read.
  [/\b(?:spag+h?ett?i|pasta|penne|rigatoni|ziti|linguine|noodles)\s+(?:with|w\/?|w|in|and|n|&)\s+(?:a\s+|some\s+)?(?:meat|bolognese|meaty)\s+sauce\b/g, 'pasta_meat_sauce'],
  // "a hot dog, no bun", "turkey burger patty, no bun": a bread left out after a comma is left out of
  // the food before (it had been ignored, the bun counted); a burger's patty is one without its bun.
  [/\s*,\s*(?=(?:no|without|minus|hold the)\s+(?:the\s+)?(?:buns?|bread|rolls?|tortillas?|shells?|wraps?|crust|toast)\b)/g, ' '],
  [/(?<!\b(?:veggie|bean|impossible|beyond|garden|vegan|plant based|plant-based|portobello)\s)\b((?:turkey |chicken |beef )?(?:burger|hamburger|cheeseburger)) patty\b(?!\s+(?:no|without|on|in)\b)/g, '$1 no bun'],
  // "tomato soup, the whole can": the whole container is one of it.
  [/\b(?:the|a)\s+whole\s+(can|bag|box|bottle|container|pint|carton|jar|sleeve|package|pack|tub|pouch)\b/g, '1 $1'],
  // "2 helpings (about 2 cups)": helpings measured in brackets are that measure.
  [/\b(?:\d+(?:\.\d+)?|a|an|one|two|three)\s+(?:helpings?|servings?|portions?|plates?|plateful?s?)\s*\(\s*(?:about|around|~|approx\.?|like|maybe)?\s*(\d+(?:\.\d+)?)\s*(cups?|oz|g|grams)\s*\)/g, '$1 $2'],
  // "oreo's x4": an apostrophe typed in a plural before a count.
  [/\b([a-z]+)'s(?=\s+x\s?\d)/g, '$1s'],
  // A slice said to be a sliver after it ("slice of pecan pie, small sliver") is one sliver.
  [/\b(?:an?\s+|1\s+|one\s+)?slice of ([a-z' ]+?)\s*[,-]\s*(?:(?:a|just a|only a)\s+)?((?:small|thin|tiny|little|lil)\s+)?sliver\b/g, 'a sliver of $1'],
  [/\b(?:an?\s+|1\s+|one\s+)?(?:(?:small|thin|tiny|little|lil)\s+)?slivers?\b/g, 'half a slice'],
    // "dbl cheeseburger": the menu's short word for double.
  [/\bdbl\b/g, 'double'],
  // "baby carrots" with no count are a serving of raw carrots; "10 baby carrots" are ten small ones.
  [/(?<!\d )\bbaby carrots\b/g, 'raw carrots'],
  [/\bbaby carrots\b/g, 'baby raw carrots'],
  [/\bcap'?n'? crunch\b/g, 'captain_crunch'],
  [/\bgeneral tso'?s?\b/g, 'general_tso'],
  [/\bfrench toast\b/g, 'french_toast'],
  // "a bacon egg and cheese": the breakfast sandwich, not three foods.
  [/\b(bacon|sausage|ham),? egg,? (?:and|&|n) cheese (biscuit|bagel|croissant|english muffin)\b/g, 'egg sandwich $2 $1'],
  [/\b(bacon|sausage|ham),? egg,? (?:and|&|n) cheese(?: sandwich)?\b/g, 'egg sandwich $1 cheese'],
  [/\bbiscuits? (?:and|&|n|with) gravy\b/g, 'biscuit_gravy'],
  // "turkey and swiss on rye": two fillings on a bread are one sandwich.
  [/\b(?!an?\b)([a-z]+) (?:and|&|n) (?!an?\b)([a-z]+) on (rye|wheat|white|sourdough|whole wheat|whole grain|multigrain)\b/g, '$1 $2 sandwich on $3'],
  // "a turkey and cheese sandwich": one sandwich, not turkey and a cheese sandwich.
  [/\b([a-z]+) (?:and|&|n) ([a-z]+) (sandwich|sandwiches|sub|subs|wrap|wraps|sliders?|burrito|omelet|omelette|pizza|quesadilla|bagel|panini|melt|taco|tacos|smoothie)\b/g, '$1 $2 $3'],
  // Chips with a dip are tortilla chips.
  [/\bchips (and|&|n|with) (salsa|guac|guacamole|queso|bean dip)\b/g, 'tortilla chips $1 $2'],
  // "a vanilla latte": USDA's flavoured latte.
  [/\b(?:vanilla|caramel|hazelnut|pumpkin spice|peppermint|cinnamon|toffee|gingerbread|lavender|maple) (latte|cappuccino)s?\b/g, 'flavored $1'],
  [/\bcorn on the cobs?\b/g, 'ear of corn'],
  // "2 spicy tuna rolls (12 pcs)": the pieces counted in brackets are what was eaten.
  [/\b\d+(?:\.\d+)?\s+((?:[a-z_]+\s+){0,3}[a-z_]+)\s*\((\d+)\s*(?:pcs?|pieces?)\)/g, '$2 pc $1'],
  // "fun size apple juice box": USDA's fun size box (4.23 fl oz), not the 6.75 fl oz juice box.
  [/\bfun[- ]?size (apple|grape|orange|fruit|cranberry|fruit punch|tropical|berry)? ?juice box(es)?\b/g, (_m: string, kind: string | undefined, plural: string | undefined) => ` funsize box${plural ? 'es' : ''} of ${kind ?? 'apple'} juice `],
  // "a grape juice box": a juice box of grape juice, not grapes; a juice box said alone is apple juice (the usual one).
  [/\b(apple|grape|orange|fruit|cranberry|fruit punch|tropical|berry)? ?juice box(es)?\b/g, (_m: string, kind: string | undefined, plural: string | undefined) => ` juice_box${plural ? 'es' : ''} of ${kind ?? 'apple'} juice `],
  [/\bjuice_boxes\b/g, 'juice_box'],
  [/\bfl(?:uid)?\.? ?oz\b/g, 'floz'],
  // "salmon nigiri x4", "x 2": a count written as a multiplication, read as an amount after the food.
  // Kept a multiplier ("corn on the cob x2" is two of the ear said, where the unit had left the count unread).
  [/\bx ?(\d+)\b(?![./])/g, 'xtimes$1'],
  [/\bx ?(\d+(?:\.\d+)?)\b/g, '$1'],
  // "a 500 ml bottle of coke", "a 12 oz can": the volume said is the amount; the container adds nothing.
  // "half a 100g bar of dark chocolate": a weight inside the item is the item's size, so half of it is 50 g, not 50 bars.
  [/\b(\d+(?:\.\d+)?) ?(ml|oz|floz|l|liter|litre|liters|litres|g|grams?|kg) (?:bottle|can|cup|glass|carton|pouch|box|bar|bag|pack|packet|tub|jar|container)s?\b/g, '$1 $2'],
  // "6in turkey sub", "a 12" pizza": a length is the item's size, not a count of six subs.
  [/\b(4|6|7|8|9|10|12|14|16|18) ?(?:in\b\.?|"|'')-? ?(?=(?!(?:a|an|the|my|his|her|our|their|of|and|with|total|all|bed|car|class|office|front)\b)[a-z])/g, '$1 inch '],
  // "meatball sub, 6 in", "philly 12 in": a length said after the food (before a break or the end) is its size too, never six subs.
  [/(?<=[a-z][,;]?\s+)\b(4|6|7|8|9|10|12|14|16|18) ?(?:in\b\.?|"|'')(?=\s*(?:[,;+)]|\band\b|\bwith\b|$))/g, '$1 inch'],
  // "fruit cocktail in heavy syrup": canned fruit packed in syrup (USDA's "…, in syrup", of no weight), the fruit the noun, never the syrup.
  [/\b(fruit cocktail|fruit salad|mixed fruit|fruit|peach(?:es)?|pears?|pineapple|mandarin oranges?|oranges?|cherries|apricots?) (?:packed )?in (?:heavy |light |extra light |thick )?syrup\b/g, 'syrup $1'],
  // "half cup canned pears in juice", "2 pear halves (canned, juice)": canned fruit packed in juice is USDA's "…, canned, juice pack", never fruit and a juice.
  [/\b(?:canned )?(fruit cocktail|mixed fruit|peach(?:es)?|pears?|pineapple|mandarin oranges?|apricots?)( halves| slices| chunks| cups?)? (?:(?:packed )?in (?:its own |their own |100% |fruit )?juice|\(canned,? (?:in )?juice\))/g, 'canned juice pack $1$2'],
  // "canned pears in juice", "peaches in their own juice": the canned fruit's juice pack, never a glass of juice more.
  [/\b(fruit cocktail|mixed fruit|peach(?:es)?|pears?|pineapple|mandarin oranges?|apricots?|cherries|fruit) (?:packed |canned )?in (?:its own |their own |own |natural |fruit |100% )?juices?\b/g, 'juice $1'],
  // "2 hot pockets pepperoni": the hot pocket is the food, the flavour said after it its kind.
  [/\bhot ?pockets? (pepperoni|pizza|ham|beef|chicken|meatless)\b/g, '$1 hot pocket'],
  // "12 boneless wings buffalo", "wings bbq": a sauce said after wings, ribs or tenders is their kind, said first
  // as on a menu ("boneless buffalo wings"); read last it was the noun and the boneless wing was lost.
  [/\b((?:boneless )?(?:wings?|nuggets?|tenders?|ribs?|drumsticks?|drummies|chicken strips?))(?: with| in)? (buffalo|bbq|barbecue|barbeque|honey bbq|teriyaki|garlic parmesan|lemon pepper|hot|mild|spicy)(?: sauce)?(?=\s*(?:$|[,;.!&+(]|(?:and|with|plus|then|at|for|from|on)\b))/g, '$2 $1'],
  // "10 bbq wings", "lemon pepper wings": USDA's wings "with other sauces or seasoning" (only hot sauce has its own);
  // read as said, no food had the sauce's words and nothing was proposed.
  // Breaded pieces (boneless wings, tenders, nuggets) are USDA's by the breading, the sauce left out.
  [/\bboneless (?:honey bbq|bbq|barbecue|barbeque|teriyaki|garlic parmesan|garlic parm|lemon pepper|honey garlic|sweet chili|mango habanero|honey mustard|dry rub|jerk|cajun) (wings?|drummies)\b/g, 'boneless $1'],
  [/\b(?:honey bbq|bbq|barbecue|barbeque|teriyaki|garlic parmesan|garlic parm|lemon pepper|honey garlic|sweet chili|mango habanero|honey mustard|dry rub|jerk|cajun) (boneless (?:wings?|drummies)|(?:chicken )?(?:tenders?|nuggets?|strips?))\b/g, '$1'],
  [/\b(?:honey bbq|bbq|barbecue|barbeque|teriyaki|garlic parmesan|garlic parm|lemon pepper|honey garlic|sweet chili|mango habanero|honey mustard|dry rub|jerk|cajun) (wings?|drummies)\b/g, 'seasoning $1'],
  // "3 glasses of red": a glass or bottle of a colour is wine of that colour.
  [/\b(glass(?:es)?|bottles?) of (red|white|rose|rosé)(?=\s*(?:$|[,;.!&]|and\b|with\b|w\b|at\b|for\b|from\b))/g, '$1 of $2 wine'],
  // "a 100 calorie pack": a size in calories, not a count of 100 (see readItem).
  [/\b(\d+)[ -]?(?:calorie|cal|kcal)s?\b/g, 'kcal$1'],
  // "a glazed donut" is the yeast-raised one (USDA's glazed doughnuts are its yeast type).
  [/\bglazed (donut|doughnut)(s?)\b/g, 'yeast $1$2'],
  // "a black bean burger", "an impossible burger": a burger without meat is USDA's veggie burger.
  [/\b(?:black bean|bean|impossible|beyond|plant[- ]based|vegan|vegetarian|meatless) burgers?\b/g, 'veggie burger'],
  // "half & half": the cream, not two halves.
  // Not the Arnold Palmer ("a half and half tea", everyday-names.ts).
  [/\bhalf ?(?:and|&|n|'n'?) ?half\b(?! ?(?:iced )?teas?\b)/g, 'half_and_half'],
  // "2% milk": the percent is the milk's fat, not a count of two.
  [/\b2 ?% ?(milk|chocolate milk)\b/g, 'reduced fat $1'],
  [/\b1 ?% ?(milk|chocolate milk)\b/g, 'low fat $1'],
  // "a gin & tonic", "a rum and coke": one mixed drink (USDA has them), not a spirit and a soft drink.
  [MIXED_DRINK, (_m: string, spirit: string, mixer: string) => ` ${mixedDrink(spirit, mixer)} `],
  [/\bvodka (?:and |& |n )?cran(?:berry)?(?: juice)?\b/g, 'cape cod'],
  [/\bvodka (?:and |& |n )?(?:oj|orange juice)\b/g, 'screwdriver'],
  // "pie a la mode", "cherry cobbler a la mode": the dessert and a scoop of vanilla ice cream.
  [/\b([a-z]+ )?(pie|cobbler|crisp|crumble|brownie|cake|tart|strudel|bread pudding)(s?) (?:a la|ala|à la) mode\b/g, '$1$2$3, vanilla ice cream'],
  // "reese's cups", "gummy bears", "lays": the candy or chips, not a cup, a bear or a verb.
  [/\breese'?s?(?: peanut butter)? cups?\b/g, 'reese'],
  [/\bgumm(?:y|ie)s? (?:bears?|worms?|rings?)\b/g, 'gummy'],
  [/\blay'?s(?: potato)?(?: chips?)?\b/g, 'potato chips'],
  // "strawberry milkshake": USDA's shake of any flavour but chocolate.
  [/\b(?:strawberry|vanilla|banana|caramel|oreo|cookies (?:and|&|n) cream|peanut butter|mint|coffee) (?:milk ?shake|shake)(s?)\b/g, 'other_shake$1'],
  // "french toast made w challah", "a grilled cheese made on sourdough": the bread a dish was made with is in it.
  [/\b(french[ _]toast|grilled[ _]cheese|sandwich(?:es)?|pbj|blt)\s+made\s+(?:with|w\/?|w|on|from)\s+(?:(?:a|some|the)\s+)?(?:challah|brioche|sourdough|texas toast|thick bread|day old bread|leftover bread)(?:\s+bread)?\b/g, '$1'],
  // "a whole grilled cheese": one sandwich, all of it ("whole" read as a food word had left only the cheese).
  [/\b(an?|the|one) whole (?=(?:grilled cheese|pbj|blt|sandwich|sub|burrito|wrap|quesadilla|calzone|hoagie)s?\b)/g, '$1 '],
  [/(^|[:,;+]\s*)whole (?=(?:grilled cheese|pbj|blt|sandwich|sub|burrito|wrap|quesadilla|calzone|hoagie)\b)/g, '$1one '],
  // "pbj on wheat", "a grilled cheese on sourdough": the bread a sandwich is on is part of it (said first, so the sandwich stays the noun).
  [/\b(pbj|blt|sandwich|sandwiches|sub|subs|grilled cheese|burger|burgers|melt) on (wheat|white|rye|sourdough|whole wheat|whole grain|multigrain)(?: bread| toast)?\b/g, '$2 $1'],
  // "a blt on toast": the toast is the sandwich's bread, not a slice of toast more.
  [/\b(pbj|blt|sandwich|sandwiches|sub|subs|grilled cheese|melt|club) on (?:(?:white|wheat|rye|sourdough|whole wheat|multigrain) )?toast(?:ed (?:bread|white|wheat|rye|sourdough))?\b/g, '$1'],
  // "2 poached eggs on an english muffin": two eggs and one muffin, not two egg sandwiches.
  [/\b(\d+(?:\.\d+)?|two|three|four|five|six) ([a-z ]+?) (?:on|over) (an?|one) /g, '$1 $2, $3 '],
  // "s'mores" (the apostrophe would cut the word), "pupusas de queso" (USDA's cheese pupusa), "elote" (an ear of corn), "steak frites".
  [/\bs'?mores?\b/g, 'smore'],
  [/\bpupusas? de (queso|frijol(?:es)?|chicharr[oó]n|revueltas?)(?: (?:con|y) queso)?\b/g, (_m: string, k: string) => (k === 'queso' ? 'cheese pupusa' : k.startsWith('frijol') ? 'pupusa with beans' : 'meat pupusa')],
  // "one stuffed pepper half, meatless", "lasagna, vegetarian": said after a comma, it is still the dish's kind.
  [/(\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|half a) )?\b((?:(?!and\b|with\b|w\b)[a-z]+ ){0,3}(?!and\b|with\b|w\b)[a-z]+), (?:meatless|vegetarian|vegan|no meat)\b(?=\s*(?:$|[,;+&(]|and\b|w\b|with\b))/g, '$1meatless $2'],
  // "injera w lentils": lentils beside injera are the Ethiopian lentil stew (misir wot), not plain boiled lentils.
  [/(\binjera\b.*?)\blentils?\b(?! soup)/g, '$1misir wot'],
  [/\blentils?\b(?! soup)(?=.*\binjera\b)/g, 'misir wot'],
  // "bean & cheese pupusas": the filling said first, in English (the "&" would cut it).
  [/\b(?:bean|frijol) (?:and|&|n|y) cheese pupusa(s?)\b/g, 'pupusa$1 with beans'],
  [/(?<!\bde )\belotes?\b(?! en vaso)/g, 'ear of corn'], // not "tamal de elote", a sweet corn tamale
  [/\bsteak (?:frites|and fries|n fries|& fries)\b/g, 'steak, fries'],
  [/\bmango sticky rice\b/g, 'coconut rice, mango'],
  // "nachos at 9", "breakfast at 7: grits": a time is no count (the chat blanks times it reads; this is for the estimator alone).
  [/\bat \d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm))?(?=$|[\s,;:!-])(?! ?(?:g|grams?|kg|oz|ml|cups?|slices?|pieces?|pcs?|tbsp|tsp)\b)/g, ' '],
  // "a cheeseburger with no bun": what is left out stays with the food it is left out of.
  [/\bwith +(no|out)\b/g, (_m: string, x: string) => (x === 'no' ? 'no' : 'without')],
  // "a scoop of vanilla": a scoop of a flavour is ice cream of it.
  // "one scoop choc + one scoop vanilla": "of" left out, and the flavour said short.
  [/\b(scoops?)(?: of)? (vanilla|choc|chocolate|strawberry|mint chip|mint chocolate chip|cookies and cream|cookie dough|rocky road|butter pecan|pistachio|coffee|neapolitan)\b(?! (?:ice cream|gelato|frozen yogurt|yogurt|protein|whey|pudding|powder|chip))/g, (_m: string, sc: string, f: string) => `${sc} of ${f === 'choc' ? 'chocolate' : f} ice cream`],
  // "hot chocolate made w 2% milk": how the drink was made, not a glass of milk more.
  [/\b(hot chocolate|hot cocoa|cocoa) made (?:with|w\/?|w) [^,;&+]*?milk\b/g, '$1'],
  // "1 cup oatmeal made w milk", "pancakes made with buttermilk", "rice cooked in coconut milk": the liquid a
  // food was made with says its kind (a sauce cooked with it stays a food: "penne cooked w some sauce"), never a food of its own (read after "with" it was the noun, and the
  // oatmeal was lost). Said before the food's noun it is a describing word: "milk oatmeal" is USDA's
  // oatmeal made with milk, "buttermilk pancakes" pancakes (the word named in the note where USDA has none).
  // A fat it was cooked in changes no carbs and no kind USDA tells apart: left out ("mashed potatoes made
  // with butter" is no buttered baked potato).
  [/\s+(?:made|cooked|fried|prepared|done)\s+(?:with|w\/?|w|in|using)\s+(?:some |a little |a bit of )?(?:butter|olive oil|oil|ghee|margarine|lard|cooking spray|pam|avocado oil|coconut oil|vegetable oil|canola oil)(?=\s*(?:$|[,;.!&+(]|(?:and|with|w|plus|then|at|for|from|on)\b))/g, ''],
  [/\b((?:cream of )?[a-z_]+)((?: [\d.]+ [a-z]+)?) (?:made|cooked|prepared|mixed|done)\s+(?:with|w\/?|w|in|using)\s+(?:some |a little |a bit of )?((?:(?!(?:and|with|w|plus|then|a|an|the|at|for|from|on)\b)[a-z_]+ ){0,2}(?:milk|water|buttermilk|broth|stock|cream|half_and_half))((?:\s+[\d.]+\s+(?:cups?|cup|oz|ounces?|g|grams?|bowls?|ml|packets?))?)(?=\s*(?:$|[,;.!&+(]|(?:and|with|w|plus|then|at|for|from|on)\b))/g, '$3 $1$2$4'],
  // "a bottle of snapple peach tea": the bottled iced tea (any flavour).
  [/\bsnapple (?:[a-z]+ )?(?:iced )?tea\b/g, 'snapple'],
  // "3 al pastor street tacos": a street taco is a taco; "a stack of 3 pancakes" is three.
  // (A street taco said alone is the lexicon's beef one.)
  [/\b(al pastor|carnitas|asada|carne asada|chicken|pork|beef|fish|shrimp|barbacoa|chorizo|steak) street (tacos?)\b/g, '$1 $2'],
  [/\ban? stacks? of (\d+(?:\.\d+)?)\b/g, '$1'],
  // "a fun size bag of m&ms", "king size peanut m&ms": USDA's "1 fun/snack size", "1 large/king size".
  [/\b(fun|snack|king|sharing)[- ]?size(?:d)?\b/g, '$1size'],
  // "medium buttered popcorn at the movies": USDA's movie-theater popcorn, in its theater sizes.
  [/\b((?:buttered |butter |plain )?)popcorn (?:at|from) (?:the )?(?:movies?|movie theat(?:er|re)|cinema|theat(?:er|re))\b/g, 'movie theater $1popcorn'],
  // "from the chinese place", "at the party": where it was eaten, not food words. An event is no food
  // either, though some share a food's name: "pasta salad at the bbq" is no barbecue meat, "a glass of
  // prosecco at the wedding" still the glass.
  [/\b(?:from|at) (?:the |a |my |our |this |that )?(?:(?!fastfood\b)[a-z]+ )?(?:place|restaurant|spot|joint|party|office|work|truck|stand|diner|takeout|buffet|game|movies|theater|fair|cafeteria|wedding|reception|bbq|barbecue|barbeque|cookout|potluck|picnic|tailgate|shower|funeral|church|park|beach|pool|zoo|airport|concert|festival|carnival|fundraiser|meeting|conference)s?\b(?:\s+(?:downstairs|upstairs|next door|nearby|down the (?:street|road|block|hall)|around the corner|on the corner|across the street))?/g, ' '],
];

/**
 * Common names → USDA's words (`q`, searched like the user's own words) or one food
 * (`code`, when the name is said alone). `alone`: the words apply only to the name said
 * alone ("chips" are potato chips, "chocolate chip cookie" has no potato). Keys are
 * stemmed words as `stem` writes them.
 */
const ALIASES: Record<string, { q?: string; code?: string; alone?: boolean }> = {
  // Everyday names by category (everyday-names.ts); the entries below win where both have a word.
  ...EVERYDAY_NAMES,
  fry: { q: 'french fry potato', alone: true },
  chip: { q: 'potato chip', alone: true },
  crisp: { q: 'potato chip', alone: true },
  oj: { q: 'orange juice' },
  toast: { code: '51000110', q: 'toasted bread' },
  spaghetti: { q: 'pasta' },
  penne: { q: 'pasta' },
  macaroni: { q: 'pasta' },
  fusilli: { q: 'pasta' },
  rigatoni: { q: 'pasta' },
  linguine: { q: 'pasta' },
  tagliatelle: { q: 'pasta' },
  mac_and_cheese: { code: '58145110', q: 'macaroni noodle cheese' },
  cheerio: { code: '57123000', q: 'cereal' }, // Cheerios are plain O's (the brand's original); flavoured ones are named
  cornflake: { q: 'corn flake' },
  cereal: { q: 'cereal ready eat', alone: true },
  porridge: { q: 'oatmeal' },
  oat: { q: 'oatmeal' },
  yoghurt: { q: 'yogurt' },
  donut: { q: 'doughnut' },
  burger: { q: 'hamburger' },
  coke: { code: '92410310', q: 'soft drink cola' },
  cola: { q: 'soft drink cola', alone: true },
  soda: { q: 'soft drink' },
  pop: { q: 'soft drink' },
  pita: { q: 'bread pita' },
  pitta: { q: 'bread pita' },
  naan: { q: 'bread naan' },
  pizza: { code: '58106210', q: 'pizza' },
  nugget: { q: 'chicken nugget', alone: true },
  spud: { q: 'potato' },
  mash: { q: 'potato mashed' },
  jacket: { q: 'potato baked' },
  // "a biscuit" is the U.S. bread biscuit (every set takes it so), not a cookie: no alias.
  hotdog: { q: 'hot dog sandwich' },
  pb: { q: 'peanut butter' },
  tea: { q: 'hot leaf black tea', alone: true },
  chocolate: { q: 'chocolate candy', alone: true },
  pbj: { q: 'peanut butter jelly sandwich' },
  coffee: { q: 'coffee brewed', alone: true },
  // The noun goes last: it must be in USDA's name or first qualifier.
  blt: { q: 'lettuce tomato sandwich bacon' },
  french_toast: { q: 'french toast' },
  fettuccine: { q: 'pasta' },
  fettucine: { q: 'pasta' },
  alfredo: { q: 'pasta cream sauce' },
  mcmuffin: { q: 'egg sandwich english muffin' },
  oreo: { q: 'cookie chocolate sandwich' },
  skittle: { q: 'candy fruit flavored piece' },
  sprite: { q: 'fruit flavored caffeine free soft drink' },
  bud: { q: 'beer' },
  frappuccino: { q: 'frozen coffee drink' },
  guac: { q: 'guacamole' },
  milkshake: { q: 'fast food milk shake' },
  meatloaf: { q: 'meat loaf' },
  sweet_tea: { q: 'iced sweetened sugar tea' },
  pasta_meat_sauce: { q: 'pasta tomato based sauce meat' },
  fruit_cup: { q: 'fruit cocktail' },
  // Everyday names, brands and dishes → USDA's generic food (the noun last, as above).
  sourdough: { q: 'sour dough' },
  cheesesteak: { q: 'cheese steak sandwich' },
  bbq: { q: 'barbecue' },
  barbeque: { q: 'barbecue' },
  ziti: { q: 'pasta tomato sauce cheese' },
  twinkie: { q: 'white snack cake' },
  parm: { q: 'parmigiana' },
  parmesan: { q: 'parmigiana', alone: false },
  tikka: { q: 'curry' },
  masala: { q: 'curry' },
  korma: { q: 'curry' },
  vindaloo: { q: 'chicken curry' }, // the dish, not USDA's curry sauce alone
  dal: { q: 'lentil curry' },
  dahl: { q: 'lentil curry' },
  shawarma: { q: 'gyro sandwich' },
  gyro: { q: 'gyro sandwich' },
  hoagie: { q: 'italian sandwich' },
  sub: { q: 'italian sandwich', alone: true },
  tot: { q: 'potato tot', alone: true },
  yoplait: { q: 'fruit yogurt' },
  gogurt: { q: 'fruit yogurt' },
  potsticker: { q: 'fried pot sticker' },
  pot_sticker: { q: 'fried pot sticker' },
  gyoza: { q: 'fried pot sticker' },
  corona: { q: 'beer' },
  heineken: { q: 'beer' },
  coor: { q: 'beer' },
  lager: { q: 'beer' },
  ipa: { q: 'beer' },
  stout: { q: 'beer' },
  stromboli: { q: 'calzone meat cheese' },
  frosty: { q: 'fast food chocolate milk shake' },
  // Dairy Queen's: soft serve with candy or cookies blended in, sold by cup size.
  blizzard: { q: 'soft serve blended candy cookie' },
  // Taco Bell said short: a Crunchwrap is burrito-sized (~70 g carbs, not a 16 g taco), a chalupa a flour shell with beef and cheese.
  crunchwrap: { code: '58102310', q: 'beef cheese burrito' },
  chalupa: { code: '58102110', q: 'flour tortilla beef cheese taco' },
  gordita: { q: 'meat gordita', alone: true },
  pepsi: { code: '92410310', q: 'soft drink cola' },
  mcnugget: { q: 'fast food chicken nugget' },
  mcchicken: { code: '27540146', q: 'fast food chicken fillet sandwich' }, // fried: USDA's "fried, from fast food"
  mcgriddle: { q: 'sausage griddle pancake sandwich' },
  poptart: { q: 'fruit filled pastry' },
  gummy: { q: 'gummy candy', alone: true },
  gummie: { q: 'gummy candy' },
  starburst: { code: '91750000', q: 'taffy candy' }, // a chewy 5 g taffy square, as every dev set counts it (round 15b)
  twizzler: { q: 'licorice candy' },
  licorice: { q: 'licorice candy', alone: true },
  reese: { q: 'peanut butter filled chocolate candy' },
  mnm: { q: 'chocolate candy' },
  omelette: { q: 'omelet' },
  veggie: { q: 'vegetable', code: '75311020' },
  americano: { q: 'coffee brewed' },
  frappe: { q: 'frozen coffee drink' },
  cocoa: { q: 'hot chocolate cocoa', alone: true },
  tortellini: { q: 'cheese filled tortellini' },
  gnocchi: { q: 'potato gnocchi' },
  chowder: { q: 'new england clam chowder' },
  tater_tot: { q: 'potato tot' },
  kit_kat: { q: 'chocolate covered sugar wafer cookie' },
  rice_krispie_treat: { code: '53226500' },
  rice_krispie: { q: 'rice crispy cereal' },
  fig_newton: { q: 'fig bar cookie' },
  dr_pepper: { q: 'pepper soft drink' },
  mountain_dew: { q: 'fruit flavored caffeine containing soft drink' },
  fanta: { q: 'fruit flavored caffeine free soft drink' },
  snicker: { q: 'nougat filled nut chocolate candy' },
  twix: { q: 'cookie filled chocolate candy' },
  milky_way: { q: 'nougat filled chocolate candy' },
  three_musketeer: { q: 'nougat filled chocolate candy' },
  hershey_bar: { q: 'chocolate candy' },
  candy_bar: { q: 'chocolate candy' },
  butterfinger: { q: 'chocolate candy' },
  coke_zero: { q: 'diet cola soft drink' },
  diet_coke: { q: 'diet cola soft drink' },
  diet_pepsi: { q: 'diet cola soft drink' },
  red_bull: { q: 'red bull energy drink' },
  big_mac: { code: '27510389' },
  filet_o_fish: { q: 'fast food fish sandwich' },
  pop_tart: { q: 'fruit filled pastry' },
  cheez_it: { q: 'cheez it cracker' },
  fruit_roll_up: { q: 'fruit leather candy' },
  jelly_bean: { q: 'gummy candy' },
  frosted_flake: { q: 'flavored corn flake cereal' },
  lucky_charm: { q: 'frosted oat marshmallow cereal' },
  honey_nut_cheerio: { code: '57241000' },
  froot_loop: { q: 'fruit ring cereal' },
  raisin_bran: { q: 'flavored bran flake cereal' },
  popcorn_chicken: { q: 'chicken nugget' },
  string_cheese: { q: 'mozzarella cheese' },
  // Banana bread is a quick bread (a slice ~30 g carbs), not a slice of iced banana cake.
  banana_bread: { q: 'fruit bread' },
  spring_roll: { code: '58110130', q: 'egg roll' }, // fried spring rolls are the pork egg roll (it read as the shrimp one)
  white_claw: { q: 'hard seltzer' },
  burrito_bowl: { q: 'bean rice burrito bowl' },
  chipotle_bowl: { q: 'bean rice burrito bowl' },
  butter_chicken: { q: 'chicken curry' },
  greek_yogurt: { code: '11400010', q: 'greek yogurt' },
  quarter_pounder: { q: 'quarter pounder' },
  cream: { code: '12100100', q: 'cream', alone: true },
  pea: { q: 'green pea', alone: true },
  queso: { q: 'cheese dip', alone: true },
  granola: { q: 'granola cereal', alone: true },
  cornbread: { code: '52202060' },
  frito: { q: 'corn chip' },
  marinara: { q: 'spaghetti sauce', alone: true },
  pulled_pork: { q: 'barbecue pork' },
  melt: { q: 'sandwich' },
  // Eggo is the frozen toaster waffle (40 g), not a restaurant one.
  eggo: { q: 'plain frozen waffle' },
  munchkin: { q: 'doughnut hole' },
  snickerdoodle: { q: 'sugar cookie' },
  macaron: { q: 'cookie' },
  jello: { q: 'gelatin dessert' },
  larabar: { q: 'nutrition bar' },
  // Chai said alone is the spiced black tea brewed with milk (and sweetened), not a coffee latte; a chai latte stays the latte.
  chai: { code: '92306800', q: 'hot milk tea', alone: true },
  chai_latte: { q: 'coffee flavored latte' },
  chai_tea_latte: { q: 'coffee flavored latte' },
  chai_tea: { q: 'hot milk tea' }, // "chai tea" is the milk tea as chai alone; a chai tea latte stays the latte
  energy_bar: { q: 'nutrition bar' },
  protein_bar: { q: 'nutrition bar' },
  rx_bar: { q: 'nutrition bar' },
  chocolate_bar: { q: 'chocolate candy' },
  overnight_oat: { q: 'oatmeal' },
  instant_noodle: { q: 'ramen noodle soup' },
  cup_noodle: { q: 'ramen noodle soup' },
  biscuit_gravy: { code: '58128000' },
  // Takeout, chain and snack names (issue #19, fourth set's misses generalised by category).
  other_shake: { q: 'fast food flavor other milk shake' },
  bolognese: { q: 'meat tomato sauce' },
  chili_mac: { q: 'chili macaroni' },
  nigiri: { q: 'topped sushi' },
  tempura: { q: 'fried' },
  carne_asada: { q: 'beef' },
  al_pastor: { q: 'pork' },
  carnitas: { q: 'pork' },
  barbacoa: { q: 'beef' },
  breaded: { q: 'fried coated' },
  mocha: { q: 'cafe mocha coffee', alone: true },
  fruit_salad: { q: 'fresh fruit salad' },
  ribeye: { q: 'ribeye steak beef' },
  rib_eye: { q: 'ribeye steak beef' },
  sirloin: { q: 'sirloin steak beef' },
  loaded_baked_potato: { q: 'peel eaten sour cream potato baked' },
  loaded_potato: { q: 'peel eaten sour cream potato baked' },
  veggie_fried_rice: { q: 'meatless rice fried' },
  vegetable_fried_rice: { q: 'meatless rice fried' },
  crab_cake: { code: '27250040', q: 'crab cake' },
  garlic_naan: { q: 'bread naan' },
  // Cereals by brand → USDA's generic cereal of that kind.
  cinnamon_toast_crunch: { q: 'cinnamon toast cereal' },
  corn_pop: { q: 'corn puff cereal' },
  kix: { q: 'corn puff cereal' },
  cocoa_puff: { q: 'chocolate puff cereal' },
  cocoa_pebble: { q: 'chocolate crispy cereal' },
  fruity_pebble: { q: 'fruit crispy cereal' },
  special_k: { q: 'plain k cereal' },
  mini_wheat: { q: 'flavored shredded wheat cereal' },
  frosted_mini_wheat: { q: 'flavored shredded wheat cereal' },
  shredded_wheat: { q: 'plain shredded wheat cereal' },
  wheaty: { q: 'wheat flake cereal' },
  // Not "chex" alone: "chex mix" is USDA's Snack mix (Chex Mix).
  rice_chex: { q: 'rice square cereal' },
  corn_chex: { q: 'corn square cereal' },
  wheat_chex: { q: 'wheat square cereal' },
  life_cereal: { q: 'oat square cereal' },
  honey_bunches_of_oat: { q: 'oat bunch cereal' },
  apple_jack: { q: 'fruit ring cereal' },
  trix: { q: 'fruit flavored other cereal' },
  golden_graham: { q: 'flavored corn square cereal' },
  captain_crunch: { q: 'crunch cereal' },
  // Donut kinds, drinks.
  boston_cream: { q: 'custard filled icing doughnut' }, // the doughnut's noun: "a boston cream" alone found no food
  champagne: { q: 'sparkling wine' },
  prosecco: { q: 'sparkling wine' },
  hard_lemonade: { q: 'sweetened alcoholic malt beverage' },
  // Takeout.
  general_tso: { q: 'general tso chicken' },
  crab_rangoon: { q: 'fried wonton' },
  rangoon: { q: 'fried wonton' },
  wonton: { q: 'fried wonton', alone: true },
  bao: { q: 'bao bun' },
  pho: { q: 'meat soup pho', alone: true },
  ramen: { q: 'ramen bowl', alone: true },
  teriyaki_chicken: { q: 'chicken teriyaki' },
  chicken_teriyaki: { q: 'chicken teriyaki' },
  tostada: { q: 'tostada', alone: false },
  cheese_naan: { q: 'bread naan' },
  // A dish noun said alone is its everyday form: "a salad" is a green salad, not USDA's first "… salad" (cabbage).
  salad: { code: '75143000', alone: true },
  // …and "veggies" or "vegetables" mixed vegetables, not vegetable oil.
  vegetable: { code: '75311020', alone: true },
  // Holiday sweets and candies FNDDS has under a generic name (issue #19, fourth round, by category).
  fruitcake: { q: 'fruit cake' },
  fruit_cake: { q: 'fruit cake' },
  candy_cane: { q: 'hard candy' },

  peep: { q: 'marshmallow candy' },
  smore: { q: 'graham cracker chocolate marshmallow cookie' },
  moon_cake: { q: 'bean lotus seed paste pastry' },
  mooncake: { q: 'bean lotus seed paste pastry' },
  hot_cross_bun: { q: 'fruit frosted sweet roll' },
  oatmeal_creme_pie: { q: 'oatmeal sandwich creme cookie' },
  oatmeal_cream_pie: { q: 'oatmeal sandwich creme cookie' },
  uncrustable: { q: 'frozen commercial crust peanut butter jelly sandwich' },
  // Latin and Asian dishes by the name they are ordered by.
  picadillo: { q: 'stewed seasoned ground beef' },
  golabki: { q: 'stuffed cabbage roll beef rice' },
  stuffed_cabbage: { q: 'stuffed cabbage roll beef rice' },
  cha_gio: { q: 'egg roll beef pork' },
  croqueta: { q: 'ham croquette' },
  cafecito: { q: 'cuban coffee' },
  mexican_pizza: { q: 'mexican pizza' },
  white_chicken_chili: { q: 'white chili' },
  white_chili: { q: 'white chili' },
  // Drinks and snacks by brand → USDA's generic one.
  ovaltine: { q: 'malted milk' },
  maruchan: { q: 'ramen noodle soup' },
  stewed_tomato: { q: 'canned cooked tomato' },
  crab_leg: { q: 'crab' },
  curly_fry: { q: 'french fry potato' },
  easy_mac: { q: 'easy mac macaroni noodle cheese' },
  pho_tai: { q: 'meat soup pho' },
  pho_bo: { q: 'meat soup pho' },
  pho_ga: { q: 'meat soup pho' },
  famous_bowl: { q: 'corn cheese gravy potato chicken' },
  // Frozen snacks counted by the piece: "6 bagel bites" are six of USDA's "1 Bagel Bite", never six bagels.
  bagel_bite: { q: 'pizza roll' },
  pizza_bite: { q: 'pizza roll' },
  hot_pocket: { q: 'hot pocket' },
  pepperoni_hot_pocket: { q: 'meat pizza hot pocket' },
  pizza_hot_pocket: { q: 'pizza hot pocket' },
  // Read whole by COMPOUNDS so that "half" is no amount.
  half_and_half: { q: 'half cream' },
};
/** Names of more than one word, each read as one word (a key of ALIASES): "kit kat" → kit_kat. */
const NAMES = Object.keys(ALIASES).filter((k) => k.includes('_') && !['mac_and_cheese', 'sweet_tea', 'fruit_cup', 'french_toast'].includes(k));
// Longer names first: "vegetable fried rice" before "fried rice".
// A name in Spanish or Italian order carries its plural on the first word: "tamales de puerco", "tacos al pastor".
// "crepes with nutella", "chicken salads with grapes": an English name "X with Y" carries its plural on the X too.
const LINK_WORDS = new Set(['de', 'del', 'al', 'con', 'en', 'y', 'di', 'alla', 'a', 'with']);
/** "spam sandwich on white" is said "spam white sandwich" by then (the bread before the sandwich): the name is still found, its bread kept. */
const SANDWICH_SAID = '((?:white|wheat|rye|sourdough|multigrain|whole wheat|whole grain) )?sandwich';
const NAME_RES: Array<[RegExp, string]> = [...NAMES].sort((a, b) => b.length - a.length).map((k) => {
  const ws = k.split('_');
  // "chicken & dumplings", "red beans n rice": the "and" of a dish's name as it is typed; "crepes w nutella" is "with" and two spaces by then.
  const said = ws.map((w, i) => (i < ws.length - 1 && LINK_WORDS.has(ws[i + 1]!) ? `${w}(?:s|es)?` : w === 'and' && i > 0 ? "(?:and|&|n|'n'?)" : w === 'sandwich' && i > 0 ? SANDWICH_SAID : w)).join("(?:-| {1,2})?'?");
  // The bread said is kept before the name ("wheat grilled_chicken_sandwich"), for a name USDA has by its bread.
  return [new RegExp(`\\b${said}(?:'?s|es)?\\b`, 'g'), said.includes(SANDWICH_SAID) ? `$1${k}` : k];
});
/** Brand words that name no food of their own ("kraft mac n cheese"): left out of the match. */
const BRANDS = new Set([...EVERYDAY_BRANDS, 'seveneleven', 'fiveguys', 'kraft', 'philly', 'starbucks', 'dunkin', 'chipotle', 'subway', 'panera', 'kellogg', 'kelloggs', 'quaker', 'nabisco', 'hershey', 'hersheys', 'tostitos', 'trader', 'costco', 'homemade', 'leftover', 'leftovers', 'takeout', 'chinese', 'thai', 'indian', 'mexican', 'ethiopian', 'vietnamese', 'filipino', 'jamaican', 'salvadoran', 'peruvian']);
/** Nuts and flavours said before a baked food or sweet that USDA may not have in that flavour ("almond biscotti"). */
const NUT_FLAVOURS = new Set('almond hazelnut pistachio walnut pecan macadamia anise vanilla chocolate lemon orange cinnamon ginger coconut maple'.split(' '));
/** Fruits said in a dish USDA names by "fruit": "blueberry muffin" → Muffin, fruit; "strawberry banana smoothie" → Fruit smoothie. */
const FRUITS = new Set('apple banana blueberry strawberry raspberry blackberry berry peach cherry mango pineapple pear apricot cranberry lemon orange mixed'.split(' '));
/** Words read as another when no food has the word itself: a wrap or sub is a sandwich. */
const SYNONYMS: Record<string, string> = {
  breaded: 'coated',
  // "turkey and swiss on rye": a cheese by kind, where USDA's dish says only "cheese".
  swiss: 'cheese', cheddar: 'cheese', provolone: 'cheese', american: 'cheese', pepperjack: 'cheese', havarti: 'cheese', muenster: 'cheese',
  // "buffalo wings" are USDA's wings with hot sauce.
  buffalo: 'hot',
  covered: 'coated', dipped: 'coated', slider: 'sandwich',
  wrap: 'sandwich', sub: 'sandwich', hoagie: 'sandwich', hero: 'sandwich', panini: 'sandwich', roll: 'sandwich', omelet: 'omelet' };

/** Meats said before a dish that USDA names only "with meat" ("Biryani with meat", "Pizza with meat other than pepperoni"). */
/** Shapes a food is said by that name no food: "pretzel twists", "cheese puffs" said as pieces. */
const SHAPES = new Set(['twist', 'knot', 'rod', 'round', 'square', 'triangle', 'wheel', 'curl', 'swirl', 'bite', 'nugget', 'chunk', 'piece', 'ball', 'log', 'roll', 'ring', 'seed', 'aril', 'floret', 'segment', 'spear', 'tot']);
const MEATS = new Set(['sausage', 'ham', 'bacon', 'lamb', 'pork', 'beef', 'meatball', 'salami', 'chorizo', 'veal', 'goat', 'mutton']);
/** A cut said before a dish is USDA's meat of it: "a steak burrito" → Burrito, beef ("chicken fried steak" stays a steak). */
const MEAT_IN_DISH: Record<string, string> = { steak: 'beef' };
const SANDWICH_BREADS = new Set(['rye', 'multigrain', 'sourdough', 'sour', 'dough', 'grain', 'ciabatta', 'brioche', 'focaccia']);
/** Sauces and flavours said before a food: "bbq ribs", "buffalo wings", "teriyaki salmon". */
const FLAVOURS = new Set(['bbq', 'barbecue', 'barbeque', 'buffalo', 'teriyaki', 'honey', 'garlic', 'lemon', 'spicy', 'hot', 'sweet', 'smoked', 'jerk', 'cajun', 'pesto', 'parmesan', 'ranch']);
/** Short forms of words the table has, read when the short form itself fits no food ("mac salad", "veg curry"). */
/** Words that make a name of the alias table read as one ("vegetable fried rice" → vegetable_fried_rice), longest first. */
function joinNames(ws: string[]): string[] {
  const out = [...ws];
  for (let n = Math.min(4, out.length); n >= 2; n--) {
    for (let i = 0; i + n <= out.length; i++) {
      const key = out.slice(i, i + n).join('_');
      if (ALIASES[key]) out.splice(i, n, key);
    }
  }
  return out;
}
// Round 15c: the short forms people type for a food word, letters left out ("chkn", "cinn", "mozz", "choco", "parm"),
// which are below the spelling budget (four letters or fewer) or are other English words ("app", "parm" is none).
const SHORT_FORMS: Record<string, string> = {
  mac: 'macaroni', veg: 'vegetable', unsweet: 'unsweetened', choc: 'chocolate', choco: 'chocolate', sammich: 'sandwich', sammie: 'sandwich', sammy: 'sandwich', vegan: 'veggie', broc: 'broccoli', brocc: 'broccoli', cauli: 'cauliflower',
  chkn: 'chicken', ckn: 'chicken', chx: 'chicken', chix: 'chicken', cinn: 'cinnamon', cinna: 'cinnamon', mozz: 'mozzarella', mozza: 'mozzarella', parm: 'parmesan', app: 'appetizer', apps: 'appetizer',
  strawb: 'strawberry', blueb: 'blueberry', pepp: 'pepperoni', avo: 'avocado', cuke: 'cucumber', bisc: 'biscuit', marg: 'margarita', vanil: 'vanilla', quesa: 'quesadilla', sando: 'sandwich', tortl: 'tortilla',
};
/** Words that change a food's carbs too much to be left out as unknown ("a keto bagel" is no bagel): the item is reported whole instead. */
const CARB_WORDS = new Set(['keto', 'lowcarb', 'sugarless', 'sugarfree', 'free', 'zero', 'diet', 'lite', 'low', 'reduced', 'skinny', 'cauliflower', 'zucchini', 'lettuce', 'protein', 'atkins', 'diabetic']);
/** Said of a dish without meat: USDA's "meatless" form where it has no vegetable one ("veggie egg rolls" → Egg roll, meatless). */
const VEGETARIAN = new Set(['veggie', 'veg', 'vegetarian', 'vegetable', 'vegan']);
/** A word that names a food by itself: a one-word USDA name ("Pancakes, plain") or a name of the alias table. */
function namesFood(idx: Index, w: string): boolean {
  return idx.oneWordNames.has(w) || (!!ALIASES[w] && !DESCRIPTORS.has(w));
}

const IE_WORDS = new Set(['cookie', 'pie', 'brownie', 'smoothie', 'veggie', 'hoagie', 'pastie', 'rotini', 'tie']);

/** Singular, lower-case form used on both sides of every comparison. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  // "cookies", "pies", "smoothies" keep their "ie"; "cherries", "fries" end in "y".
  if (w.length > 3 && w.endsWith('ies') && IE_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('oes')) return w.slice(0, -2);
  if (w.length > 4 && /(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

// ---- the index over the table --------------------------------------------------------------

/** Description words that say nothing about which food it is. */
const DESC_STOP = new Set('and or with as to of from the a in on by w nfs ns made type'.split(' '));
/** Description parts that mark the generic form of a food: preferred, and not counted as extra words. */
const GENERIC = /^(?:nfs|ns as to .*|raw|plain|cooked|no added fat|regular|whole|made from home recipe|home recipe|homemade|from restaurant or fast food|skin \/ coating eaten)$/i;
/** Chicken wings are eaten out: their restaurant form is the generic one ("10 hot wings", "10 breaded wings"; the fourth and fifth sets agree). */
const WINGS_OUT = /^(?:from restaurant|from fast food \/ restaurant)$/i;
/** Alcoholic drinks: "ginger ale" and "lemonade" are the soft drinks, not Whiskey and ginger ale, unless a drink with alcohol is named. */
const ALCOHOL = /\b(?:whiskey|vodka|rum|gin|tequila|brandy|liqueur|cordial|cocktail|margarita|martini|daiquiri|wine|beer|sangria|mimosa|bloody mary|screwdriver|highball|alcoholic|spiked|hard cider|sake|mojito|cosmopolitan|long island)\b/i;
const ALCOHOL_WORDS = new Set('whiskey whisky vodka rum gin tequila brandy liqueur cocktail margarita martini daiquiri wine beer sangria mimosa bloody mary screwdriver alcoholic spiked hard sake mojito cosmopolitan shot bourbon scotch lager ipa stout'.split(' '));
const DISH = new Set('salad soup sandwich casserole pie stuffing dip stew pudding sundae bowl'.split(' '));
/** Dish names that stand alone: "a bacon cheeseburger" is a cheeseburger when USDA has no bacon one. */
const DISH_NOUNS = new Set('burger hamburger cheeseburger sandwich sub wrap burrito taco quesadilla pizza salad soup omelet bagel muffin pie cake cookie smoothie pasta alfredo curry stew chili casserole enchilada nachos fajita'.split(' '));
/** "Sandwich on white", "… on white bun": the everyday bread of a sandwich, not words beyond the ones said. */
const ON_WHITE = /\bon white(?: bread| bun| roll)?\b/gi;
const ABSENT = /^(?:no|without|excluding|not)\b/i;
const DISFAVOURED = /\b(?:baby|toddler|infant|school|as ingredient|frozen meal|diet|sugar free|fat free|reduced|light|topping from|meatless)\b/i;

interface Indexed {
  food: Food;
  tokens: Set<string>;
  head: Set<string>;
  /** The name's words in order ("Egg roll" → egg, roll), for names said as a phrase. */
  name: string[];
  /** The first qualifier's words in order ("Beef, pot roast" → pot, roast): a name said as a phrase too. */
  qual: string[];
  /** Words of the name and its first qualifier ("Bread, pita"; "Cookie, brownie"). */
  lead: Set<string>;
  extrasOf: (q: Set<string>) => number;
  /** The words that count as saying something about the food (not its generic parts). */
  countable: Set<string>;
  bonus: number;
  alcohol: boolean;
  /** The food is cooked "with sauce" (USDA's grilled chicken forms). */
  withSauce: boolean;
  /** Dish words of the name ("salad", "sandwich", "soup"…): a different dish when not said. */
  dish: Set<string>;
}
interface Index {
  table: FoodTable;
  foods: Indexed[];
  vocab: Map<string, number>;
  byFood: Map<Food, Indexed>;
  /** Foods whose USDA name is one word ("Pancakes, plain" → pancake): a word that names a food by itself. */
  oneWordNames: Set<string>;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter(Boolean);

const indexes = new WeakMap<FoodTable, Index>();
function indexOf(table: FoodTable): Index {
  const hit = indexes.get(table);
  if (hit) return hit;
  const vocab = new Map<string, number>();
  const foods = table.foods.map((food): Indexed => {
    const segments = food.description.split(',').map((s) => s.trim());
    // "Chili hot dog, no bun" has no bun: what a part says is absent does not match a word said.
    const present = segments.filter((s) => !ABSENT.test(s));
    const tokens = new Set(words(present.join(' ')).map(stem).filter((w) => !DESC_STOP.has(w)));
    for (const t of tokens) vocab.set(t, (vocab.get(t) ?? 0) + 1);
    const head = new Set(words(segments[0]!).map(stem));
    // Words of generic parts ("NFS", "raw", "NS as to fat") do not count as extra.
    const wing = /\bwings?\b/i.test(segments[0]!);
    const generic = (s: string) => GENERIC.test(s) || (wing && WINGS_OUT.test(s));
    const countable = new Set(segments.filter((s, i) => i === 0 || !generic(s)).flatMap((s) => words(s.replace(ON_WHITE, ' ')).map(stem)).filter((w) => !DESC_STOP.has(w)));
    let bonus = 0;
    for (const s of segments.slice(1)) {
      if (/^nfs$/i.test(s)) bonus -= 1;
      else if (/^ns as to .*$/i.test(s)) bonus -= 0.6;
      else if (/^(?:raw|plain|no added fat)$/i.test(s)) bonus -= 0.4;
      else if (/^unsweetened$/i.test(s)) bonus -= 0.2;
      // "Sloppy joe, no bun", "Tortellini, …, no sauce": a dish said plainly comes as it is served.
      else if (ABSENT.test(s)) bonus += 1;
    }
    if (DISFAVOURED.test(food.description)) bonus += 2;
    if (/\(/.test(food.description)) bonus += 1; // brand names in parentheses
    // The first qualifier that says something: "Hot dog sandwich, NFS, on white bun" is a bun's.
    const qualifier = segments.slice(1).find((s) => !generic(s)) ?? '';
    // A brand in parentheses names the food too: "Crackers, cheese (Goldfish)".
    const brand = [...food.description.matchAll(/\(([^)]*)\)/g)].flatMap((m) => words(m[1]!).map(stem));
    const lead = new Set([...head, ...words(qualifier).map(stem), ...brand]);
    return { food, tokens, head, name: words(segments[0]!).map(stem), qual: words(qualifier).map(stem), lead, bonus, countable, alcohol: ALCOHOL.test(food.description), withSauce: /\bwith sauce\b/i.test(food.description), dish: new Set(words(segments[0]!).map(stem).filter((w) => DISH.has(w))), extrasOf: (q) => [...countable].filter((w) => !q.has(w)).length };
  });
  for (const k of Object.keys(ALIASES)) vocab.set(k, (vocab.get(k) ?? 0) + 1);
  const idx = { table, foods, vocab, byFood: new Map(foods.map((f) => [f.food, f])), oneWordNames: new Set(foods.filter((f) => f.name.length === 1).map((f) => f.name[0]!)) };
  indexes.set(table, idx);
  return idx;
}

/** The words said, two or more, appear in this order and next to each other in the food's name: "egg roll" is an Egg roll, not a Roll, egg bread. */
function inOrder(said: string[], name: string[]): boolean {
  if (said.length < 2) return false;
  for (let i = 0; i + said.length <= name.length; i++) if (said.every((w, j) => name[i + j] === w)) return true;
  return false;
}

/** The words said in this order in the food's name, or two or more of them next to each other, with a `marked` one (a name), that are its whole name. */
function phraseIn(query: string[], full: string[], marked: Set<string>): boolean {
  // "Turkey or chicken burger" is said "turkey burger" or "chicken burger".
  const names = full.includes('or') ? [full, full.filter((w, i) => w !== 'or' && full[i - 1] !== 'or'), full.filter((w, i) => w !== 'or' && full[i + 1] !== 'or')] : [full];
  return names.some((name) => phraseInName(query, name, marked));
}
function phraseInName(query: string[], name: string[], marked: Set<string>): boolean {
  if (inOrder(query, name) && !marked.has('')) return true;
  for (let i = 0; i < query.length; i++) for (let j = i + 2; j <= query.length; j++) if (query.slice(i, j).some((w) => marked.has(w)) && query.slice(i, j).join(' ') === name.join(' ')) return true;
  return false;
}

interface FoodMatch {
  food: Food;
  /** The query's nouns, for "1 <noun>" portions. */
  nouns: string[];
  /** Words said that the chosen food does not have. */
  unused: string[];
  /** Misspellings read as table words: "“bananna” read as “banana”". */
  corrected: string[];
}

/**
 * The best food for these (stemmed) words, or null with the words it could not place.
 * Every word must be placed and every word must be in the food's description, and the
 * last word (the noun) in its name or first qualifier: a message that only shares a word
 * with a food ("a long day") is not a meal. `typos: false` takes words only as written.
 */
export function matchFood(said: string[], table: FoodTable = foodTable(), opts: { typos?: boolean; fastFood?: boolean; dropLeading?: boolean; toOneWord?: boolean } = {}): { match: FoodMatch | null; unknown: string[] } {
  const idx = indexOf(table);
  if (opts.fastFood) {
    // "fries from mcdonalds", "a large order of fries": the same food in USDA's fast-food
    // form where it has one ("Potato, french fries, NFS" → "…, fast food").
    const plain = matchFood(said, table, { ...opts, fastFood: false });
    if (!plain.match) return plain;
    const f0 = idx.foods.find((f) => f.food === plain.match!.food)!;
    const want = new Set([...f0.countable, 'fast', 'food']);
    let best: { f: Indexed; score: number } | null = null;
    for (const f of idx.foods) {
      if (f.name.join(' ') !== f0.name.join(' ') || ![...want].every((w) => f.tokens.has(w))) continue;
      // "a grilled chicken sandwich from chick-fil-a": the variant said wins over USDA's "NS as to fried or grilled".
      const unsaid = /\bNS as to\b/.test(f.food.description) && !/\bNS as to\b/.test(f0.food.description) ? 1 : 0;
      const score = f.extrasOf(want) + f.bonus + unsaid + f.food.description.length / 1000;
      if (!best || score < best.score) best = { f, score };
    }
    if (best) return { match: { ...plain.match, food: best.f.food }, unknown: [] };
    // "lasagna at olive garden": a dish USDA has only "from restaurant" takes that form at a chain.
    const wantR = new Set([...f0.countable, 'restaurant']);
    let bestR: { f: Indexed; score: number } | null = null;
    for (const f of idx.foods) {
      if (f.name.join(' ') !== f0.name.join(' ') || ![...wantR].every((w) => f.tokens.has(w))) continue;
      const score = f.extrasOf(wantR) + f.bonus + f.food.description.length / 1000;
      if (!bestR || score < bestR.score) bestR = { f, score };
    }
    return bestR ? { match: { ...plain.match, food: bestR.f.food }, unknown: [] } : plain;
  }
  // "a rum and coke": the mixed drink of that exact name (see MIXED_DRINK), or nothing.
  if (said.length === 1 && said[0]!.startsWith('mixed__')) {
    // Written as stem wrote it: "mixed__pork_and_bean".
    const key = said[0]!.slice('mixed__'.length);
    const food = table.foods.find((f) => {
      const k = f.description.toLowerCase().replace(/ /g, '_');
      return k === key || stem(k) === key;
    });
    return food ? { match: { food, nouns: words(food.description).map(stem), unused: [], corrected: [] }, unknown: [] } : { match: null, unknown: said };
  }
  const unknown: string[] = [];
  const corrected: string[] = [];
  let query: string[] = [];
  // "an everything bagel": a describing word the table never uses is left out, not a reason to find nothing.
  const ignored = said.filter((w) => DESCRIPTORS.has(w) && !idx.vocab.has(w));
  if (ignored.length && ignored.length < said.length) {
    const rest = matchFood(said.filter((w) => !ignored.includes(w)), table, opts);
    return rest.match ? { match: { ...rest.match, unused: [...ignored, ...rest.match.unused] }, unknown: [] } : { match: null, unknown: said };
  }
  const fixed: string[] = [];
  for (const w of said) {
    const c = opts.typos === false ? (idx.vocab.has(w) ? w : null) : correct(w, idx.vocab);
    fixed.push(c ?? w);
    if (c) query.push(c);
    else unknown.push(w);
    if (c && c !== w) corrected.push(`“${w}” read as “${c}”`);
  }
  // "chiken fingers", "strawbery yogurt": words corrected may make a name of several words, as spelt right they would have.
  // Read again as if spelt right (the words are the vocabulary's now, so this reads no typo twice).
  if (corrected.length) {
    let spelt = fixed.join(' ');
    for (const [re, to] of NAME_RES) spelt = spelt.replace(re, to);
    const rest = matchFood(spelt.split(' '), table, opts);
    if (rest.match) return { match: { ...rest.match, corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
  }
  // "mac salad", "2 cups veg curry", "unsweet tea": a short form of a word the table has.
  // Spelt out, the words may make a name of several words ("veg fried rice" is vegetable_fried_rice, not a curry).
  const respelled = said.map((w) => (unknown.includes(w) && SHORT_FORMS[w] ? SHORT_FORMS[w] : w));
  if (respelled.join(' ') !== said.join(' ')) {
    const spelled = joinNames(respelled);
    const rest = matchFood(spelled, table, opts);
    if (rest.match) return { match: { ...rest.match, corrected: [...corrected, ...unknown.filter((w) => SHORT_FORMS[w]).map((w) => `“${w}” read as “${SHORT_FORMS[w]}”`), ...rest.match.corrected] }, unknown: [] };
  }
  if (unknown.length && query.length && opts.typos !== false && opts.dropLeading !== false) {
    // "steel cut oats", "taro boba tea": a word that fits no food, before a noun that does,
    // is left out and named in the note, when the rest is a food of two words or one that
    // names a food by itself. The noun itself must be known: "a long day" is no food.
    const known = said.filter((w) => !unknown.includes(w));
    if (!unknown.includes(said[said.length - 1]!) && !unknown.some((w) => CARB_WORDS.has(w)) && (known.length > 1 || namesFood(idx, known[0]!))) {
      const rest = matchFood(known, table, opts);
      if (rest.match) return { match: { ...rest.match, unused: [...unknown, ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
    }
  }
  if (unknown.length || !query.length) return { match: null, unknown: said };
  // A describing word alone ("cooked", "black", "hot") names no food, unless it is a name of its own ("a glass of red").
  if (query.length === 1 && DESCRIPTORS.has(query[0]!) && !ALIASES[query[0]!]) return { match: null, unknown: said };
  // …nor does a word that only says how much sugar or fat ("low, drank a juice box" is a hypo, not low-fat yogurt).
  if (said.length === 1 && /^(?:low|lite|free|zero|reduced|skinny|sugarfree|sugarless|lowcarb|keto|diabetic|high)$/.test(said[0]!) && !ALIASES[said[0]!]) return { match: null, unknown: said };
  // Aliases: a food by code when it is the whole query, else USDA's words for it.
  const whole = query.length === 1 ? ALIASES[query[0]!] : undefined;
  if (whole?.code) {
    const food = table.byCode.get(whole.code);
    if (food) return { match: { food, nouns: [query[0]!, ...words(food.description.split(',')[0]!).map(stem)], unused: [], corrected }, unknown };
  }
  const nouns = [...query];
  const alone = query.length === 1;
  // "pita chips", "veggie burger": a name USDA has as said wins over the alias words of its parts.
  // Only an alias that would stand for its words here: "white bread" is not a phrase search because "white" alone is wine.
  if (!alone && query.some((w) => ALIASES[w]?.q && !ALIASES[w]!.alone)) {
    // "veggie tempura" is USDA's "Vegetable tempura", "veggie burger on a bun" its "Veggie burger, on bun":
    // the words said, or with a one-word alias in its place ("vegetable"), as a phrase of the name.
    const tries = [{ q: query, marked: new Set(query.filter((w) => ALIASES[w])) }];
    query.forEach((w, i) => {
      const a = ALIASES[w];
      // '' marks a try whose words must be the food's whole name.
      if (a?.q && !a.q.includes(' ') && !a.alone) tries.push({ q: query.map((x, j) => (j === i ? a.q! : x)), marked: new Set([a.q, '']) });
    });
    let said: Food | null = null;
    for (const t of tries) if ((said = rank(idx, t.q, t.marked))) break;
    if (said) return { match: { food: said, nouns, unused: [], corrected }, unknown: [] };
  }
  query = query.flatMap((w) => {
    const a = ALIASES[w];
    return a?.q && (alone || !a.alone) ? a.q.split(' ') : [w];
  });
  const best = rank(idx, query, false);
  if (!best) {
    // "2 small red potatoes", "an everything bagel": a describing word no food of that name
    // has is left out (and named in the note), never a word that names a food itself.
    // Not the noun of a name said as a phrase: "an ice cream bar" is no ice cream.
    const named = said.length > 1 && idx.foods.some((f) => inOrder(said.slice(-2), f.name));
    // The bread of a sandwich USDA has on no such bread ("turkey and swiss on rye") is left out too.
    // "steamed green beans", "baked sweet potato": a describing word that makes the name's own phrase with the noun stays (not Beans, NFS).
    const kept = said.filter((w, i) => (!DESCRIPTORS.has(w) && !(SANDWICH_BREADS.has(w) && said[said.length - 1] === 'sandwich')) || (named && (i === said.length - 1 || (i === said.length - 2 && said.length > 2 && /^(?:green|red|black|brown|white|yellow|sweet|hot)$/.test(w)))));
    if (kept.length && kept.length < said.length) {
      // Down to one word only from the words said ("kimchi fried rice" is fried rice, not rice).
      const rest = matchFood(kept, table, { ...opts, toOneWord: false });
      if (rest.match) return { match: { ...rest.match, unused: [...said.filter((w) => !kept.includes(w)), ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
    }
    // "veggie egg rolls": a vegetarian form is USDA's "meatless" one where it has no vegetable one.
    if (said.some((w) => VEGETARIAN.has(w))) {
      const rest = matchFood(said.map((w) => (VEGETARIAN.has(w) ? 'meatless' : w)), table, { ...opts, dropLeading: false });
      if (rest.match) return { match: { ...rest.match, corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
    }
    // "blueberry muffin" → Muffin, fruit; "a chicken wrap" → a sandwich: USDA's own word.
    const general = [...new Set(said.map((w, i) => (FRUITS.has(w) && said.length > 1 ? 'fruit' : MEAT_IN_DISH[w] && i < said.length - 1 ? MEAT_IN_DISH[w] : (SYNONYMS[w] ?? SHORT_FORMS[w] ?? w))))];
    for (const g of [general]) {
      if (g.join(' ') === said.join(' ')) continue;
      const rest = matchFood(g, table, opts);
      // A word read as another and then left out was not read at all ("lamb gyro" → Gyro, not used: lamb).
      // …nor is a food found by the read word alone ("a honey crisp apple" is no "Fruit, NFS").
      // …nor another dish ("orange chicken" is no "Chicken salad with fruits").
      if (rest.match && !rest.match.unused.some((u) => g.includes(u) && !said.includes(u)) && g.some((x) => said.includes(x) && !rest.match!.unused.includes(x)) && [...idx.byFood.get(rest.match.food)!.dish].every((d) => g.includes(d))) return { match: { ...rest.match, corrected: [...corrected, `read as “${g.join(' ')}”`, ...rest.match.corrected] }, unknown: [] };
    }
    // "kimchi fried rice", "grilled chicken caesar salad": when no food has every word, the
    // leading words are left out one at a time while at least two words that make a food
    // remain (named in the note), or one word that names a food by itself ("buttermilk
    // pancakes" → Pancakes): "cheese stick" is not potato sticks.
    // Never a word that changes the carbs ("cauliflower rice" is no rice).
    if (opts.dropLeading !== false && !said.some((w) => CARB_WORDS.has(w))) {
      for (let k = 1; k <= said.length - (DISH_NOUNS.has(said[said.length - 1]!) || (opts.toOneWord !== false && namesFood(idx, said[said.length - 1]!) && !said.some((w) => w.includes('_'))) ? 1 : 2); k++) {
        const rest = matchFood(said.slice(k), table, { ...opts, dropLeading: false });
        if (rest.match) return { match: { ...rest.match, unused: [...said.slice(0, k), ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
      }
    }
    // "2 shredded wheat biscuits": a name of several words said before a noun no food of that name has is that food, the noun its form (a portion word).
    if (said.length > 1 && said[0]!.includes('_') && opts.dropLeading !== false) {
      const rest = matchFood([said[0]!], table, { ...opts, dropLeading: false });
      if (rest.match) return { match: { ...rest.match, unused: [...said.slice(1), ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
    }
    // "lamb biryani", "sausage pizza" (when the words are kept): a meat said before a dish USDA names "with meat".
    if (said.slice(0, -1).some((w) => MEATS.has(w))) {
      const meat = [...new Set(said.map((w, i) => (MEATS.has(w) && i < said.length - 1 ? 'meat' : w)))];
      const rest = matchFood(meat, table, { ...opts, dropLeading: false });
      if (rest.match && !rest.match.unused.includes('meat')) return { match: { ...rest.match, corrected: [...corrected, `read as “${meat.join(' ')}”`, ...rest.match.corrected] }, unknown: [] };
    }
    // "chicken garden salad": a name of several words (garden_salad) that makes no food with the words around it is read as its words.
    if (said.some((w) => w.includes('_') && !w.startsWith('mixed__')) && said.length > 1) {
      const rest = matchFood(said.flatMap((w) => (w.startsWith('mixed__') ? [w] : w.split('_'))), table, opts);
      if (rest.match) return rest;
    }
    // "almond biscotti", "chocolate biscotti": a nut or flavour said before a food that USDA has in no such
    // flavour is that food (it had been no food at all); the word is named in the note.
    if (said.length === 2 && NUT_FLAVOURS.has(said[0]!) && opts.dropLeading !== false) {
      const rest = matchFood([said[1]!], table, { ...opts, dropLeading: false });
      if (rest.match && words(rest.match.food.description).map(stem).includes(said[1]!)) return { match: { ...rest.match, unused: [said[0]!, ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
    }
    return { match: null, unknown: said };
  }
  // "bbq ribs": a sauce or flavour said before a food that only another dish has with it
  // ("Barbecue rib sandwich") is left out, and the food taken as said (named in the note).
  const unsaidDish = [...idx.byFood.get(best)!.dish].filter((w) => !query.includes(w));
  if (unsaidDish.length && said.length > 1 && FLAVOURS.has(said[0]!) && opts.dropLeading !== false) {
    const rest = matchFood(said.slice(1), table, { ...opts, dropLeading: false });
    if (rest.match && [...idx.byFood.get(rest.match.food)!.dish].every((w) => said.includes(w))) return { match: { ...rest.match, unused: [said[0]!, ...rest.match.unused], corrected: [...corrected, ...rest.match.corrected] }, unknown: [] };
  }
  // "1 <noun>" portions are looked up by the words said, not by an alias's USDA words ("a kit kat" is not "1 wafer").
  return { match: { food: best, nouns: nouns.some((w) => ALIASES[w]?.q) ? nouns.flatMap((w) => w.split('_')) : [...nouns, ...query], unused: [], corrected }, unknown: [] };
}

/**
 * The best-ranked food holding every word of `query`, with the last word (the noun) in its
 * name or first qualifier; `phrase`: only foods whose name has the words in order.
 */
function rank(idx: Index, query: string[], phrase: Set<string> | false): Food | null {
  const q = new Set(query);
  const last = query[query.length - 1]!;
  const saysAlcohol = query.some((w) => ALCOHOL_WORDS.has(w));
  let bestCover = 0;
  let best: { f: Indexed; score: number } | null = null;
  for (const f of idx.foods) {
    if (!f.lead.has(last)) continue;
    // Only a food of that name itself, not a topping, baby food or school lunch of it.
    if (phrase && (!phraseIn(query, f.name, phrase) || DISFAVOURED.test(f.food.description))) continue;
    let cover = 0;
    for (const w of q) if (f.tokens.has(w)) cover++;
    if (cover < q.size) continue;
    const score =
      f.extrasOf(q) +
      // "pot roast" is "Beef, pot roast": the phrase said as USDA's first qualifier names the food as well as its head.
      (f.head.has(last) ? 0 : inOrder(query, f.qual) ? 1.5 : 3) +
      (inOrder(query, f.name) ? -0.5 : 0) +
      // "gumbo" is Gumbo with rice before Shrimp gumbo: a name that starts with the word said.
      (f.name[0] === query[0] ? -0.3 : 0) +
      (f.alcohol && !saysAlcohol ? 6 : 0) +
      // "grilled chicken" is plain grilled chicken: USDA's "grilled with sauce" only when a sauce is said.
      (f.withSauce && !q.has('sauce') ? 1.5 : 0) +
      // "3 chicken tacos" are not a taco salad, "salmon" not salmon salad: a dish not said.
      [...f.dish].filter((w) => !q.has(w)).length * 1.5 +
      f.bonus +
      f.food.description.length / 1000;
    if (cover > bestCover || !best || score < best.score) {
      bestCover = cover;
      best = { f, score };
    }
  }
  return best?.f.food ?? null;
}

// ---- quantities and portions ----------------------------------------------------------------

/** "two and a half" → "2.5", "1 1/2" → "1.5", "1/2" → "0.5", "150g" → "150 g". */
export function normaliseNumbers(text: string): string {
  let s = ` ${text.toLowerCase()} `;
  // Numbers that count nothing: an ordinal ("4th of july", "my 2nd coffee") and a chain named
  // with a number ("7-eleven", "five guys") — "7-eleven hot dog" had been 77 hot dogs.
  s = s.replace(/\b(?:7[- ]?(?:eleven|11)|7\/11)\b/g, ' seveneleven ').replace(/\b(?:5|five) guys\b/g, ' fiveguys ');
  s = s.replace(/\b\d+(?:st|nd|rd|th)\b/g, ' nth ');
  s = s.replace(/(\d)([a-z])/g, '$1 $2');
  s = s.replace(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and a half\b/g, (_, w: string) => String((/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w]!) + 0.5));
  // "a cup and a half of pasta": one and a half of the unit.
  s = s.replace(/\ban? ([a-z]+) and a half\b/g, '1.5 $1');
  s = s.replace(/\b(\d+) (\d+)\/(\d+)\b/g, (_, a: string, b: string, c: string) => String(Number(a) + Number(b) / Number(c)));
  s = s.replace(/\b(\d+)\/(\d+)\b/g, (_, b: string, c: string) => String(Math.round((Number(b) / Number(c)) * 1000) / 1000));
  return s.trim();
}

/**
 * USDA's dish names made of two foods with "and" ("Beef and broccoli", "Pork and beans"),
 * as said in lower case: the splitter must not cut them.
 */
const andNames = new WeakMap<FoodTable, { re: RegExp; name: Map<string, string> } | null>();
function keepAndNames(text: string, table: FoodTable): string {
  if (!andNames.has(table)) {
    const name = new Map<string, string>();
    for (const d of table.foods.map((f) => f.description.toLowerCase())) {
      // Drinks are MIXED_DRINK's; "peanut butter and jelly" is the sandwich (pbj).
      if (!/^[a-z]+(?: [a-z]+)? and [a-z]+(?: [a-z]+)?$/.test(d) || ALCOHOL.test(d) || d.startsWith('peanut butter')) continue;
      name.set(d, d);
      // "beans and rice" is USDA's "Beans and white rice" (its everyday rice).
      if (d.endsWith(' and white rice')) name.set(d.replace(' white rice', ' rice'), d);
    }
    // "red beans and rice" is USDA's kidney beans and rice.
    if (name.has('kidney beans and rice')) name.set('red beans and rice', name.get('kidney beans and rice')!);
    const said = [...name.keys()].sort((a, b) => b.length - a.length);
    // Said with "&", "n" or "'n'" too ("red beans n rice").
    andNames.set(table, said.length ? { re: new RegExp(`\\b(${said.map((x) => x.replace(/ and /g, " ?(?:and|&|n|'n'?) ?")).join('|')})s?\\b`, 'g'), name } : null);
  }
  const names = andNames.get(table);
  // The whole name as one word the matcher reads as that food (see matchFood's "mixed__").
  const kept = names ? text.toLowerCase().replace(names.re, (_m, said: string) => ` mixed__${names.name.get(said.replace(/ ?(?:&|\bn\b|'n'?) ?/g, ' and ').replace(/ +/g, ' '))!.replace(/ /g, '_')} `) : text;
  // "sweet and sour chicken": one sauce's name, not "sweet" and "sour chicken".
  return kept.replace(/\bsweet (?:and|&|n|'n') sour\b/gi, 'sweet sour');
}

/** Cuts a meal into items at ",", ";", "and", "with", "plus", "&" (dish names kept whole). */
export function splitItems(text: string): string[] {
  return splitJoined(text).map((x) => x.item);
}

/** The separator an item was cut at: "with" items may be part of the dish before them. */
const SPLIT_AT = /(,|;|\.(?!\d)|\+|&|\band\b|\bwith\b(?! (?:[a-z]+ )?sauce\b)|\bplus\b|\bthen\b|\balso\b|\bn\b)/;

/** The items of a meal, each with the separator it followed ("with", "and", ","…; "" for the first). */
function splitJoined(text: string): Array<{ item: string; joiner: string }> {
  // "w/" and a lone "w" are how "with" is typed.
  let s = normaliseNumbers(text).replace(/[’‘]/g, "'").replace(/\bw\/\s*|\bw\b(?=\s)/g, 'with ');
  // Chain short forms and menu phrases (everyday-chains.ts): "mcds" is McDonald's before the chains are looked for.
  for (const [re, to] of CHAIN_SHORT_FORMS) s = s.replace(re, to);
  // The chain's name is kept as one word too: USDA has some of its items' own portions ("1 McDonald's pie", "1 KFC Bowl").
  s = s.replace(FAST_FOOD_PLACES, (m: string) => ` ${FAST_FOOD} chain${m.replace(/[^a-z]/g, '')} `).replace(ORDER_OF, ` ${FAST_FOOD} `);
  for (const [re, to] of COMPOUNDS) s = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to);
  s = s.replace(/\bm ?& ?m'?s?\b/g, 'mnm').replace(/\breese'?s\b/g, 'reese');
  for (const [re, to] of NAME_RES) s = s.replace(re, to);
  // "spaghetti with meat sauce" is one dish: a sauce stays with the food before it.
  const parts = s.split(SPLIT_AT);
  const out: Array<{ item: string; joiner: string }> = [];
  for (let i = 0; i < parts.length; i += 2) {
    const item = parts[i]!.trim();
    if (item) out.push({ item, joiner: i ? parts[i - 1]!.trim() : '' });
  }
  return out;
}

interface ItemWords {
  quantity: number | null;
  /** The quantity was the article "a/an" alone. */
  article: boolean;
  /** The quantity was "a few" or "several": about three, but never less than USDA's usual serving of something tiny. */
  few: boolean;
  unit: Unit | null;
  size: string | null;
  /** A size said in inches ("6 inch"), matched to USDA's portions that name it ('6"'). */
  inches: number | null;
  food: string[];
  /** The last food word was written in the plural. */
  plural: boolean;
  notFood: boolean;
  /** Said to be from a fast-food place ("from mcdonalds", "an order of fries"). */
  fastFood: boolean;
  /** A size said in calories ("a 100 calorie pack"), matched to USDA's portions that name it. */
  calories: number | null;
  /** What was said to be left out after the food ("tacos no cheese" → "no cheese"): not food words. */
  omitted: string | null;
  /** The chain said ("mcdonalds"), letters only: a portion naming it is that chain's item. */
  chain: string | null;
}

/**
 * Unit words that begin a food's name in USDA's table ("pot roast", "pot pie"): said before
 * such a word they are that food, not a unit ("pot roast" is no pot of roast).
 */
const unitPhrasesOf = new WeakMap<FoodTable, Set<string>>();
export function unitPhrases(table: FoodTable): Set<string> {
  let set = unitPhrasesOf.get(table);
  if (!set) {
    set = new Set();
    for (const f of table.foods) {
      for (const segment of f.description.split(',')) {
        const ws = words(segment);
        if (ws.length > 1 && ws[0]! in UNITS && ws[1] !== 'of') set.add(`${ws[0]} ${ws[1]}`);
      }
    }
    unitPhrasesOf.set(table, set);
  }
  return set;
}

function readItem(item: string, phrases?: Set<string>): ItemWords {
  // Compound names ("mac_and_cheese") are one word for the matcher.
  const all = item.split(/[^a-z0-9._]+/).filter(Boolean);
  // "rice pudding snack cups x2": a multiplier counts what the rest says, read apart so a unit said last stays last.
  const times = all.filter((x) => /^xtimes\d+$/.test(x)).reduce((k, x) => k * Number(x.slice(6)), 1);
  const ws = all.filter((x) => !/^xtimes\d+$/.test(x));
  let quantity: number | null = null;
  let few = false;
  let article = false;
  let unit: Unit | null = null;
  let size: string | null = null;
  const food: string[] = [];
  let plural = false;
  let notFood = false;
  let inches: number | null = null;
  /** An amount said after the food ("gnocchi 1 cup"): a unit may follow it. */
  let trailing = false;
  let fastFood = false;
  let calories: number | null = null;
  /** Where "with" came among the food words ("stuffed shells with meat sauce"). */
  let withAt: number | null = null;
  let omitted: string | null = null;
  let chain: string | null = null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^chain[a-z]+$/.test(w)) {
      chain = w.slice('chain'.length);
      continue;
    }
    // "3 carne asada tacos no cheese", "pho w no meat": what is left out after the food is no food word.
    if (/^(?:no|without|minus|hold)$/.test(w) && food.length > 0) {
      omitted = ws.slice(i).join(' ');
      break;
    }
    if (w === 'with' && food.length && withAt === null) withAt = food.length;
    if (w === FAST_FOOD) {
      fastFood = true;
      continue;
    }
    if (/^kcal\d+$/.test(w)) {
      calories = Number(w.slice(4));
      continue;
    }
    // "whole mango", "a whole avocado": one whole item, not USDA's usual serving (a part of
    // one); "whole" stays a food word ("whole milk", "whole wheat" are no count).
    if (w === 'whole' && quantity === null && unit === null && food.length === 0 && i === ws.length - 2 && !/^(?:milk|wheat|grain|grains|bean|beans|food|foods|fat|kernel|kernels|pizza|pie|cake|chicken|turkey|ham|loaf|bread)$/.test(ws[i + 1] ?? '')) quantity = 1;
    const isNum = /^\d+(?:\.\d+)?$/.test(w);
    // "a 6 inch sub": the number is a size, not a count.
    if (isNum && /^inch(?:es)?$/.test(ws[i + 1] ?? '') && unit === null) {
      inches = Number(w);
      i++;
      continue;
    }
    if (isNum && food.length === 0 && unit === null) {
      quantity = (quantity ?? 1) * Number(w);
      article = false;
      continue;
    }
    // "2 ciders 12 oz", "3 beers 16oz each": a weight or volume after a counted food is each one's, not food words.
    if (isNum && food.length > 0 && quantity !== null && unit === null && /^(?:oz|ounces?|ml|floz|g|grams?)$/.test(ws[i + 1] ?? '') && (i + 2 === ws.length || (i + 3 === ws.length && /^(?:each|apiece|ea)$/.test(ws[i + 2]!)))) {
      quantity *= Number(w);
      unit = UNITS[ws[i + 1]!] ?? (ws[i + 1] === 'floz' ? 'floz' : null);
      article = false;
      break;
    }
    if (isNum && food.length > 0 && quantity === null && unit === null) {
      quantity = Number(w);
      trailing = true;
      continue;
    }
    if (w in NUMBER_WORDS && food.length === 0 && unit === null) {
      // "a few crackers" are about three; "a bit", "a little", "a lot": no count said.
      if ((w === 'a' || w === 'an') && ws[i + 1] === 'few' && quantity === null) {
        quantity = 3;
        few = true;
        i++;
        continue;
      }
      if ((w === 'a' || w === 'an') && /^(?:few|bit|little|lot)$/.test(ws[i + 1] ?? '')) {
        i++;
        continue;
      }
      article = (w === 'a' || w === 'an') && quantity === null;
      quantity = (quantity ?? 1) * NUMBER_WORDS[w]!;
      continue;
    }
    // "microwave popcorn half a bag": a counted amount after the food, as with digits; "tteokbokki a cup",
    // "fritos small bag": "a" or a size before the unit that ends the item, too.
    if ((w === 'a' || w === 'an') && food.length > 0 && quantity === null && unit === null && i === ws.length - 2 && (ws[i + 1]! in UNITS || ws[i + 1]! in VOLUMES)) {
      quantity = 1;
      trailing = true;
      continue;
    }
    if (w in SIZES && food.length > 0 && size === null && unit === null && i === ws.length - 2 && ws[i + 1]! in UNITS) {
      size = SIZES[w]!;
      trailing = true;
      continue;
    }
    // "a canned pear half", "an avocado half": a half said last is the unit, one half of the whole.
    if (w === 'half' && food.length > 0 && i === ws.length - 1 && unit === null) {
      unit = 'half';
      continue;
    }
    if (w in NUMBER_WORDS && w !== 'a' && w !== 'an' && food.length > 0 && quantity === null && unit === null) {
      quantity = NUMBER_WORDS[w]!;
      trailing = true;
      continue;
    }
    if (w === 'extra' && ws[i + 1] === 'large') {
      size = 'extra large';
      i++;
      continue;
    }
    if (w in SIZES && food.length === 0) {
      size = SIZES[w]!;
      continue;
    }
    // "movie popcorn medium", "fries large": a size said last, when none came before.
    if (/^(?:small|medium|large)$/.test(w) && i === ws.length - 1 && food.length > 0 && size === null && unit === null) {
      size = SIZES[w]!;
      continue;
    }
    if (w === 'floz') {
      unit = 'floz';
      continue;
    }
    if (w === 'juice_box') {
      unit = 'juice box';
      continue;
    }
    if (w in VOLUMES && food.length === 0 && unit === null) {
      unit = VOLUMES[w]!.unit;
      quantity = (quantity ?? 1) * VOLUMES[w]!.times;
      article = false;
      continue;
    }
    // "2 sausage links", "a sausage patty": these units come after the food.
    // "a 12oz gatorade bottle", "a 330 ml coke can": the volume said is the amount, the container said last adds nothing.
    if (i === ws.length - 1 && food.length > 0 && (unit === 'oz' || unit === 'floz' || unit === 'ml') && /^(?:can|bottle|glass|container|bag|box)$/.test(UNITS[w] ?? '')) continue;
    // "an instant oatmeal packet", "a soda can", "prosecco glass", "chocolate milk glass": a container said last is the unit too.
    // "1 cup noodle kugel": a cup before "noodle" and more food words is a measure, not the instant cup noodles.
    const measureCup = w === 'cup' && quantity !== null && /^noodles?$/.test(ws[i + 1] ?? '') && !!ws[i + 2] && !FILLER.has(ws[i + 2]!);
    if (w in UNITS && (food.length === 0 || trailing || (i === ws.length - 1 && /^(?:link|patty|strip|bag|can|bottle|box|slice|piece|sleeve|half|glass|container|wedge)$/.test(UNITS[w]!))) && unit === null && (measureCup || !phrases?.has(`${w} ${ws[i + 1] ?? ''}`)) && !(w === 'pop' && !ws[i + 1])) {
      unit = UNITS[w]!;
      // "fried clam strips": a unit said last in the plural, with no count, is a plural of the food.
      if (i === ws.length - 1 && food.length > 0 && /^(?:links|patties|strips)$/.test(w)) plural = true;
      continue;
    }
    // "a bar of chocolate": bar is a unit only when "of" follows.
    if (w === 'bar' && ws[i + 1] === 'of' && food.length === 0) {
      unit = 'bar';
      continue;
    }
    if (NOT_FOOD.has(w) || NOT_FOOD.has(stem(w))) notFood = true;
    // "no bread", "without the bun": what was left out is not eaten.
    // "whopper w cheese, skipped the fries": what was skipped is not eaten either.
    if (/^(?:no|without|minus|hold|skipped)$/.test(w) && food.length === 0 && quantity === null) notFood = true;
    if (FILLER.has(w) || isNum || BRANDS.has(w)) continue;
    food.push(w);
  }
  // "3 stuffed shells with meat sauce": the food is the noun before "with", the sauce says which (USDA names it last).
  if (withAt !== null && withAt < food.length && /^(?:sauce|gravy)$/.test(food[food.length - 1]!)) food.splice(0, food.length, ...food.slice(withAt), ...food.slice(0, withAt));
  const lastWord = food[food.length - 1];
  if (lastWord && stem(lastWord) !== lastWord && lastWord.endsWith('s')) plural = true;
  if (times !== 1) {
    quantity = (quantity ?? 1) * times;
    article = false;
  }
  return { quantity, article: article && quantity === 1, few: few || (quantity === 3 && ws.includes('several')), unit, size, inches, food: food.map(stem), plural, notFood, fastFood, calories, omitted, chain };
}

/**
 * A count with none of the portions above takes the food's first whole-item portion ("1
 * patty" for a hash brown) before USDA's unspecified serving: measures, parts and
 * odd sizes are not one item.
 */
const WHOLE_ITEM = /^1 [a-z]/i;
const NOT_WHOLE = /'s\b|\b(?:tiny|wafer|cup|cups|tablespoon|teaspoon|fl oz|oz|ml|inch|slice|piece|section|wedge|leaf|stick|chip|miniature|mini|bite|baby|small|large|extra|snack|fun size|sample|guideline|yields|dry|surface|cubic|linear|package|packet|bag|container|can|bottle|pouch|box|serving|pot|lb|calorie|school|half|quarter|pan)\b/i;

/** Colours that name a wine when said alone with a drink's measure. */
const WINE_COLOURS = new Set(['red', 'white', 'rose', 'blush']);
const DRINK_MEASURES = new Set<string>(['glass', 'bottle', 'cup', 'floz', 'ml', 'oz', 'can']);
/** A portion that is a package of small pieces ("1 pouch/regular size" of gummies), not one of them. */
const PACKAGE = /\b(?:pouch|package|packet|bag|box)\b/i;
/** Whole dishes that are shared: a count of them means a piece each. */
const SHARED = /^1 (?:(?:regular|medium|large|small) )?(?:pie|cake|loaf)\b/i;
/** Portions that are a part of the food, not one whole item of it. */
const PART = /\b(?:wedge|slice|piece|section|stalk|leaf|spear|floweret|strip|cube|chunk|bite|segment)s?\b/i;

/** Portions that are a whole dish or package for many ("1 square cornbread (8" pan)", "1 pie"): never one person's amount by themselves. */
const WHOLE_DISH = /\b(?:pan|pie|cake|loaf|pizza|package|box|bag|carton|jar|container|whole|yields|recipe|gallon|quart|liter|lb|half gallon)\b/i;
/**
 * More than one person plausibly eats at once: over 600 g and 3 × the food's largest one-person
 * portion, or 1.5 kg of anything. The 600 g floor keeps counted small things ("10 wings",
 * "4 deviled eggs") from being asked about; "6 subs" (780 g) and "a whole 8" pan" are.
 */
const MAX_PORTIONS = 3;
const MAX_GRAMS = 1500;
const FLOOR_GRAMS = 600;

/** The note for an amount no one plausibly eats at once, or null: the person is asked to check it, never given it silently. */
export function implausibleAmount(food: Food, grams: number): string | null {
  const single = food.portions.filter((p) => !WHOLE_DISH.test(p.description) && p.description !== QNS);
  const largest = Math.max(0, ...single.map((p) => p.grams), food.portions.find((p) => p.description === QNS)?.grams ?? 0);
  if (grams > MAX_GRAMS || (grams > FLOOR_GRAMS && grams > MAX_PORTIONS * largest)) return `check this amount: ${Math.round(grams)} g is more than one person usually eats at once`;
  return null;
}

const CUT_INTO_PIECES = /^(?:roll|cake|pie|loaf|pizza|bread|casserole|lasagna|quiche|tart|brownie)$/;

const EATING = /\b(?:ate|eaten|eat|eating|had|have|having|drank|drink|drinking|breakfast|brunch|lunch|dinner|supper|snack|meal|bf|bfast)\b/i;
const QNS = 'Quantity not specified';
/** Candies said by a name that is one piece ("a jolly rancher", "4 truffles"), never a pouch of them. */
const STICK_CANDIES = new Set(['candy_cane', 'rock_candy']);
const PIECE_CANDIES = new Set(['jolly_rancher', 'chocolate_truffle', 'truffle', 'hershey_kiss', 'lindor', 'werther', 'lifesaver', 'life_saver', 'warhead', 'altoid']);
const OZ_G = 28.35;
const FL_OZ_ML = 29.5735;

interface Chosen {
  portion: string;
  quantity: number;
  grams: number;
  note: string | null;
}

function choosePortion(food: Food, nouns: string[], w: ItemWords, namesAFood: (word: string) => boolean = () => false): Chosen {
  const P = food.portions;
  const qns = P.find((p) => p.description === QNS) ?? P[0];
  const flOz = P.find((p) => /^1 fl oz(?: \(NFS\))?$/i.test(p.description)) ?? P.find((p) => /^1 fl oz/i.test(p.description));
  const q = w.quantity ?? 1;
  const use = (p: Portion, quantity: number, note: string | null = null): Chosen => ({ portion: p.description, quantity, grams: p.grams * quantity, note });
  const weight = (g: number, said: string): Chosen => ({ portion: said, quantity: 1, grams: g, note: null });
  const fallback = (why: string): Chosen =>
    qns ? use(qns, w.quantity ?? 1, `${why}: USDA's usual serving (“${qns.description}”, ${qns.grams} g) used`) : { portion: 'unknown', quantity: 0, grams: 0, note: `${why}, and USDA gives no portion for this food` };
  // "a small box": among the unit's portions, the one of the size said.
  // "mini" is USDA's "miniature" too ("3 mini muffins" → 1 miniature).
  // "an individual quiche", "a snack size bag", "the sharing size bag": USDA's words for those sizes (round 13a).
  // A sharing size USDA does not have of this candy is its king size, as the packaged names had read it.
  const sizeWord = w.size && sizeWords(w.size === 'sharing' && !P.some((x) => /\bsharing\b/i.test(x.description)) ? 'king' : w.size);
  const sized = sizeWord ? new RegExp(`\\b${sizeWord}\\b`, 'i') : undefined;
  const first = (re: RegExp, prefer?: RegExp) => {
    const all = P.filter((p) => re.test(p.description));
    return (prefer && all.find((p) => prefer.test(p.description))) ?? all[0];
  };
  // "a 100 calorie pack of popcorn": USDA's portion of that many calories.
  const byCalories = w.calories !== null ? P.find((x) => new RegExp(`\\b${w.calories} calorie`, 'i').test(x.description)) : undefined;
  if (byCalories) return use(byCalories, q);
  switch (w.unit) {
    case 'g':
      return weight(q, `${q} g`);
    case 'kg':
      return weight(q * 1000, `${q} kg`);
    case 'oz':
      if (flOz) return use(flOz, q);
      return weight(q * OZ_G, `${q} oz (${Math.round(q * OZ_G * 100) / 100} g)`);
    case 'floz':
      if (flOz) return use(flOz, q);
      return weight(q * FL_OZ_ML, `${q} fl oz`);
    case 'ml':
      if (flOz) return use(flOz, Math.round((q / FL_OZ_ML) * 100) / 100);
      return weight(q, `${q} ml`);
    case 'cup':
    case 'bowl': {
      const cups = P.filter((p) => /^1 cup\b/i.test(p.description));
      const plain = cups.find((p) => p.description === '1 cup') ?? cups.find((p) => !/dry|unpopped|mashed|bite size|yields/i.test(p.description)) ?? cups[0];
      const note = w.unit === 'bowl' ? 'a bowl is taken as 1 cup (USDA gives no bowl size)' : null;
      if (plain) return use(plain, q, note);
      if (flOz) return use(flOz, q * 8, note);
      // "1/3 cup hummus": a cup of a food USDA measures by the spoon is 16 tablespoons (48 teaspoons), not a third of a usual serving.
      const spoon = P.find((x) => /^1 tablespoon\b/i.test(x.description)) ?? P.find((x) => /^1 teaspoon\b/i.test(x.description));
      if (spoon) {
        const per = /^1 tablespoon/i.test(spoon.description) ? 16 : 48;
        return use(spoon, q * per, [note, `a cup is taken as ${per} × USDA's “${spoon.description}”`].filter(Boolean).join('; '));
      }
      // "1 cup noodle casserole": a food USDA measures by the cubic inch is 14.4 of them to the cup (231 in³ to the gallon).
      const cubic = P.find((x) => /^1 cubic inch\b/i.test(x.description));
      if (cubic) return use(cubic, Math.round(q * 14.44 * 100) / 100, [note, 'a cup is taken as 14.4 cubic inches'].filter(Boolean).join('; '));
      return fallback(`no cup portion for this food in USDA's table`);
    }
    case 'glass': {
      // Wine has USDA's own glass (5 fl oz); other drinks a glass of 8 fl oz.
      const own = first(/^1 glass\b/i);
      if (own) return use(own, q);
      if (flOz) return use(flOz, q * 8, 'a glass is taken as 8 fl oz');
      const cup = P.find((p) => /^1 cup\b/i.test(p.description));
      if (cup) return use(cup, q, 'a glass is taken as 1 cup');
      return fallback('no glass-sized portion in USDA’s table');
    }
    case 'slice':
    case 'piece': {
      // "a big slice of watermelon": the slice of the size said, else a medium or regular one.
      const p = (sized && P.find((x) => /\b(?:slice|piece)/i.test(x.description) && sized.test(x.description))) || first(/\b(?:slice|piece)/i, /\b(?:medium|regular|NFS|any size)\b/i);
      if (p) return use(p, q);
      // "a 10 piece nuggets": pieces of a food counted by the piece are that many of it.
      // "spanakopita piece": a piece said is one, though no number was.
      if (w.unit === 'piece') return choosePortion(food, nouns, { ...w, unit: null, quantity: w.quantity ?? 1 });
      return fallback(`no ${w.unit} portion for this food in USDA's table`);
    }
    case 'link':
    case 'patty':
    case 'strip': {
      // "fried clam strips", "turkey bacon strips": said in the plural with no count, an amount USDA's usual serving holds, not one strip.
      if (w.quantity === null && w.plural && qns) return use(qns, 1, 'no quantity given: USDA\'s usual serving');
      const all = P.filter((x) => new RegExp(`\\b${w.unit}`, 'i').test(x.description));
      const p = all.find((x) => !/\b(?:cocktail|miniature|mini|small|snack)\b/i.test(x.description)) ?? all[0];
      return p ? use(p, q) : choosePortion(food, nouns, { ...w, unit: null });
    }
    case 'bottle': {
      // A bottle of soda is 16.9 fl oz, of a sports drink 20 fl oz, unless a size is said.
      const p = first(/\bbottle/i, sized ?? /\b(?:16\.9|20) fl oz\b/i);
      // "a bottle of red": USDA has wine's "1/2 bottle" only, so a bottle is two of them.
      if (p && /^1\/2 bottle\b/i.test(p.description)) return use(p, q * 2, 'a bottle is taken as 2 × USDA’s “1/2 bottle”');
      return p ? use(p, q) : fallback(`no bottle portion for this food in USDA's table`);
    }
    case 'box':
    case 'sleeve':
    case 'tablespoon':
    case 'teaspoon':
    case 'scoop':
    case 'container':
    case 'ear':
    case 'wedge': {
      const p = first(new RegExp(`\\b${w.unit}`, 'i'), sized ?? /\b(?:regular|medium)\b/i);
      if (p) return use(p, q);
      // "one wedge of chicken quesadilla", "2 pizza triangles": a wedge or triangle of what USDA cuts into triangular pieces is one of those.
      const tri = w.unit === 'wedge' ? P.find((x) => /^1 triangular piece\b/i.test(x.description)) : undefined;
      if (tri) return use(tri, q);
      // "2 tbsp half & half": a spoon of a drink is its fluid ounces (2 tablespoons or 6 teaspoons to the fl oz).
      if (flOz && (w.unit === 'tablespoon' || w.unit === 'teaspoon')) return use(flOz, q / (w.unit === 'tablespoon' ? 2 : 6), `a ${w.unit} is taken as 1/${w.unit === 'tablespoon' ? 2 : 6} fl oz`);
      // "2 tbsp cranberry sauce": a spoon of a food with a cup portion is its share of the cup (16 tablespoons or 48 teaspoons), never a whole serving.
      const cup = P.find((x) => x.description === '1 cup') ?? P.find((x) => /^1 cup\b/i.test(x.description) && !/dry|unpopped|yields/i.test(x.description));
      if (cup && (w.unit === 'tablespoon' || w.unit === 'teaspoon')) return use(cup, q / (w.unit === 'tablespoon' ? 16 : 48), `a ${w.unit} is taken as 1/${w.unit === 'tablespoon' ? 16 : 48} cup`);
      return fallback(`no ${w.unit} portion for this food in USDA's table`);
    }
    case 'can': {
      const p = first(/^1 can\b/i);
      return p ? use(p, q) : fallback(`no can portion for this food in USDA's table`);
    }
    case 'bag': {
      // "a fun size bag of m&ms": USDA's fun-size portion, which names no bag.
      const candySize = w.size === 'fun' || w.size === 'king' || w.size === 'sharing' ? P.find((x) => sized!.test(x.description)) : undefined;
      if (candySize) return use(candySize, q);
      // "a large bag of chips", "a pack of reese's" (USDA's regular pouch).
      const p = first(/\b(?:bag|package|packet)\b/i, sized) ?? first(/\bpouch\b/i, sized ?? /\bregular\b/i);
      return p ? use(p, q) : fallback(`no bag or packet portion for this food in USDA's table`);
    }
    case 'juice box': {
      const p = first(/juice box/i);
      return p ? use(p, q) : fallback(`no juice box portion for this food in USDA's table`);
    }
    case 'bar': {
      const p = first(/^1 (?:bar|pouch\/regular size)\b/i);
      return p ? use(p, q) : fallback(`no bar portion for this food in USDA's table`);
    }
    case 'half': {
      const p = P.find((x) => /^1 half\b/i.test(x.description)) ?? P.find((x) => /^1\/2 [a-z]/i.test(x.description) && !/\b(?:cup|bottle|oz)\b/i.test(x.description));
      if (p) return use(p, q);
      const whole = choosePortion(food, nouns, { ...w, unit: null });
      return { ...whole, quantity: whole.quantity / 2, grams: whole.grams / 2, note: `a half is taken as half of ${whole.portion}` };
    }
    case 'serving':
      return qns ? use(qns, q, `a serving is USDA's usual serving (“${qns.description}”)`) : fallback('no serving size');
    case 'handful':
      return qns ? use(qns, q, `a handful is taken as USDA's usual serving (“${qns.description}”)`) : fallback('no serving size');
    case null:
      break;
    default: {
      const never: never = w.unit;
      return fallback(String(never));
    }
  }
  if (w.inches !== null) {
    const p = P.find((x) => x.description.includes(`${w.inches}"`));
    if (p) return use(p, q);
    // "a footlong" (12") where USDA has the 6" sub: two of them.
    const part = P.find((x) => {
      const m = /\b(\d+)"/.exec(x.description);
      return !!m && w.inches! > Number(m[1]) && w.inches! % Number(m[1]) === 0;
    });
    if (part) return use(part, (q * w.inches) / Number(/\b(\d+)"/.exec(part.description)![1]), `${w.inches}" is ${w.inches / Number(/\b(\d+)"/.exec(part.description)![1])} × USDA's “${part.description}”`);
  }
  // "mcdonalds apple pie", "kfc famous bowl": the chain's own item where USDA names it ("1 McDonald's pie").
  // Of several ("1 McDonald's Mac Jr", "1 McDonald's Big Mac"), the one naming most of the words said.
  const chainPs = w.chain && !w.unit ? P.filter((x) => x.description.toLowerCase().replace(/[^a-z]/g, '').includes(w.chain!)) : [];
  const saidSet = new Set([...w.food.flatMap((x) => x.split('_')), ...nouns]);
  const hits = (x: Portion) => words(x.description).map(stem).filter((pw) => saidSet.has(pw)).length;
  const ofChain = chainPs.length === 1 ? chainPs[0] : [...chainPs].sort((a, b) => hits(b) - hits(a)).find((x) => hits(x) > 0);
  if (ofChain) return use(ofChain, q);
  // "a belgian waffle", "2 sliders": a portion named by a word said that the food's own name lacks ("1 thick / Belgian waffle", "1 miniature/slider").
  if (w.size === null) {
    const own = new Set(words(food.description).map(stem));
    // Not a name of the alias table ("2 oreos" are not "1 Oreo mini sandwich") nor a part ("celery sticks").
    // Nor a food's own name: "waffle fries" are fries, not "1 waffle" (a waffle-cut fry).
    // A name of several words read as one ("silver_dollar_pancake") names its portion by its words ("1 silver dollar pancake").
    const saidFood = w.food.flatMap((x) => (x.includes('_') && !x.startsWith('mixed__') ? x.split('_').map(stem) : [x]));
    const saidWords = saidFood.filter((x, i) => x.length >= 4 && !own.has(x) && !(x in SIZES) && !(x in NUMBER_WORDS) && !ALIASES[x] && !PART.test(x) && x !== 'stick' && (!namesAFood(x) || i === saidFood.length - 1));
    const namedAll = saidWords.length ? P.filter((x) => /^1 /.test(x.description) && !WHOLE_DISH.test(x.description) && words(x.description).map(stem).some((pw) => saidWords.includes(pw))) : [];
    // A regular one before a spoon-size or bite-size one ("2 shredded wheat biscuits").
    const named = namedAll.find((x) => !/\b(?:spoon size|bite size|mini|miniature|small)\b/i.test(x.description) || saidWords.some((sw) => /^(?:mini|slider)$/.test(sw))) ?? namedAll[0];
    if (named) return use(named, q);
  }
  // "chicken korma & garlic naan": a naan comes whole with a curry; USDA's usual serving is a quarter of one (two sets agree).
  const wholeNaan = /^Bread, naan\b/.test(food.description) && w.quantity === null && w.size === null ? P.find((x) => /^1 naan\b/i.test(x.description)) : undefined;
  if (wholeNaan) return use(wholeNaan, 1, 'no quantity given: a naan is served whole');
  // "quesadilla (chicken)": a quesadilla said without an amount is the whole one (USDA's usual serving is half a circle; sets 22 and 24 agree).
  const fullCircle = w.quantity === null && w.size === null && !w.unit && qns && P.some((x) => /^1 half circle\b/i.test(x.description) && x.grams === qns.grams) ? P.find((x) => /^1 full circle\b/i.test(x.description)) : undefined;
  if (fullCircle) return use(fullCircle, 1, 'no quantity given: a quesadilla is served whole');
  if (w.quantity === null && w.size === null && w.inches === null) return fallback('no quantity given');
  if (w.size) {
    const re = new RegExp(`^1 ${sizeWord}\\b`, 'i');
    // "a giant oatmeal cookie": extra large where USDA has it, else its large one.
    const p = P.find((x) => re.test(x.description)) ?? P.find((x) => sized!.test(x.description) && !/\bpiece\b/i.test(x.description)) ?? (w.size === 'extra large' ? P.find((x) => /^1 large\b/i.test(x.description) && !/\bpiece\b/i.test(x.description)) : undefined);
    if (p) return use(p, q);
    // "large onion rings", "small tater tots": a size of a food said in the plural with no count is an order of it, not one ring.
    const order = w.quantity === null && w.plural ? P.find((x) => ORDER.test(x.description)) : undefined;
    if (order) return use(order, 1, `a ${w.size} order: USDA's “${order.description}”`);
  }
  // "2 stuffed peppers": where USDA weighs a stuffed item only as a half ("1/2 pepper with filling"), each one said is two halves
  // (round 16c; it had been USDA's usual serving, a third of one pepper).
  if (w.quantity !== null && !w.unit && !flOz) {
    const halfOnly = P.find((x) => {
      const m = /^1\/2 ([a-z]+) with filling\b/i.exec(x.description);
      return !!m && m[1] !== 'cup' && saidSet.has(stem(m[1]!.toLowerCase())) && !P.some((y) => new RegExp(`^1 ${m[1]}\\b`, 'i').test(y.description));
    });
    if (halfOnly) return use(halfOnly, q * 2, `one is taken as 2 × USDA's “${halfOnly.description}”`);
  }
  const isDrink = !!flOz;
  if (isDrink) {
    // "a coke", "2 beers", "a latte", "a gatorade": a counted drink is the can, bottle or
    // cup it is sold in (a 12 fl oz can, a medium coffee, a 20 fl oz sports-drink bottle).
    const served =
      P.find((x) => /^1 drink\b/i.test(x.description)) ??
      // "a capri sun": a drink sold in its brand's own pouch is that pouch.
      P.find((x) => /^1 [A-Z][A-Za-z' ]* pouch\b/.test(x.description)) ??
      (/^Soft drink\b/.test(food.description) ? P.find((x) => /^1 can\b.*\b12 fl oz\b/i.test(x.description)) : undefined) ??
      P.find((x) => /^1 can or bottle\b/i.test(x.description)) ??
      // "a red bull": an energy drink sold in one can size is that can ("1 can (8.4 fl oz)"), not USDA's 16 fl oz usual serving.
      (/^Energy drink\b/i.test(food.description) ? P.find((x) => /^1 can\b/i.test(x.description)) : undefined) ??
      P.find((x) => /^1 medium\b/i.test(x.description)) ??
      P.find((x) => /^1 bottle \(20 fl oz\)/i.test(x.description)) ??
      P.find((x) => /^1 bottle\b/i.test(x.description));
    if (served) return use(served, q, 'one drink: the can, bottle or medium cup it usually comes in');
    return qns ? use(qns, q, 'one drink: USDA’s usual serving') : fallback('a drink');
  }
  if (w.article && w.plural) return fallback('“a” before a plural is one serving');
  const nounSet = new Set(nouns);
  // "1 egg roll", "1 pancake", "1 medium pancake": every word of the portion's name is a word said.
  const byNoun = P.find((x) => {
    // "an apple pie" is a piece of pie, not the whole 8" pie.
    if (SHARED.test(x.description)) return false;
    // "12 fried shrimp": "1 small/medium shrimp" names the shrimp said too (a medium one before a tiny one or a prawn).
    const m = /^1 (?:(?:[a-z]+\/)?(?:medium|regular) )?([a-z]+(?: [a-z]+)?)(?=$|,| \()/i.exec(x.description);
    if (m && m[1]!.split(' ').every((n) => nounSet.has(stem(n.toLowerCase()))) && !/^1 (?:medium|regular) (?:or|slice)\b/i.test(x.description)) return true;
    // "5 mozz sticks": USDA's "1 piece or stick (4" x 1"…)" names the piece said, not the 7 g "1 nugget" before it.
    const or = /^1 ([a-z]+) or ([a-z]+)(?=$|,| \()/i.exec(x.description);
    return !!or && !/^(?:medium|regular|small|large|slice)$/i.test(or[1]!) && (nounSet.has(stem(or[1]!.toLowerCase())) || nounSet.has(stem(or[2]!.toLowerCase())));
  });
  // "10 gummy bears", "12 jelly beans": a count of a food whose regular portion is a package of
  // pieces is that many pieces, never that many packages (60 g each) — for bite-size pieces
  // (≤ 3 g) from two on, for any pieces from five on ("2 snickers" stay two bars).
  // "5 peeps": a package of any size is such a package too.
  const regular = P.find((x) => /^1 (?:.*\b)?regular\b/i.test(x.description)) ?? P.find((x) => /^1 package, any size$/i.test(x.description));
  const onePiece = P.find((x) => /^1 piece\b/i.test(x.description) && !/\b(?:small|large|mini|miniature|bite|snack)\b/i.test(x.description));
  // "3 jolly ranchers", "4 chocolate truffles": candies sold and eaten one piece at a time are pieces at any count.
  // A bag or box (not a pouch, which for chocolate is a bar) is of many pieces from two on: "3 marshmallows" are no three bags.
  const manyPieces = !!onePiece && ((q >= 2 && (onePiece.grams <= 3 || /\b(?:package|bag|box)\b/i.test(regular?.description ?? ''))) || q >= 5 || w.food.some((x) => PIECE_CANDIES.has(x)));
  // "3 twizzlers", "4 hard candies", "6 sour patch kids": a count of a candy that is no chocolate bar is
  // of its pieces from two on, never its 60 g pouches (10× too much); licorice is counted by the stick.
  const candy = q >= 2 && /^Candy, /.test(food.description) && regular && PACKAGE.test(regular.description) ? (/^Candy, licorice\b/.test(food.description) ? P.find((x) => /^1 stick\b/i.test(x.description)) : undefined) ?? onePiece : undefined;
  const pieces = candy ?? (regular && PACKAGE.test(regular.description) && manyPieces && !CUT_INTO_PIECES.test(w.food[w.food.length - 1] ?? '') ? onePiece : undefined);
  // "2 candy canes": a candy named by its one stick is USDA's stick (15 g), never its 60 g pouch.
  const stick = w.food.some((x) => STICK_CANDIES.has(x)) ? P.find((x) => /^1 stick\b/i.test(x.description)) : undefined;
  // "3 potato skins": USDA portions them by the potato they came from ("Skin from 1 medium").
  const fromOne = P.find((x) => /^[a-z]+ from 1 medium\b/i.test(x.description));
  const p =
    byNoun ??
    stick ??
    fromOne ??
    // "coffee with 2 sugars", "3 ketchups": a counted condiment comes in its individual packet.
    P.find((x) => /^1 individual packet\b/i.test(x.description)) ??
    pieces ??
    // "half a cantaloupe" is half the melon, not half a wedge of it.
    P.find((x) => /^1 medium\b/i.test(x.description) && !PART.test(x.description)) ??
    P.find((x) => /^1 medium\b/i.test(x.description)) ??
    P.find((x) => /^1 (?:.*\b)?regular\b/i.test(x.description)) ??
    P.find((x) => /^1 fruit\b/i.test(x.description)) ??
    P.find((x) => /^1 [^,]*, any size$/i.test(x.description)) ??
    // "1 Oreo sandwich" for oreos, but not "1 Little Debbie Fudge Crispy Bar" for a kit kat: a brand's item only when it was said.
    // "two shredded wheat": a regular whole item before a spoon-size or bite-size one, as for a portion named by a word said.
    wholeItems(P, nounSet).find((x) => !/\b(?:spoon size|bite size|mini|miniature)\b/i.test(x.description)) ??
    wholeItems(P, nounSet)[0];
  if (p) return use(p, q);
  // "salmon nigiri x4": a food USDA portions by the piece, counted, is that many pieces.
  // Not a roll, cake, pie or loaf: a piece of those is a part of the one said ("a california roll" is the whole roll).
  const piece = CUT_INTO_PIECES.test(w.food[w.food.length - 1] ?? '') ? undefined : P.find((x) => /^1 piece\b/i.test(x.description) && !/\b(?:small|large|mini|miniature|bite|snack)\b/i.test(x.description));
  if (piece) return use(piece, q);
  // "2 graham crackers": a whole piece USDA names by its shape ("1 large rectangular piece or 2 squares…") is one of them.
  const shaped = CUT_INTO_PIECES.test(w.food[w.food.length - 1] ?? '') ? undefined : P.find((x) => /^1 (?:large |regular )?(?:rectangular|square|round) piece\b/i.test(x.description));
  if (shaped) return use(shaped, q);
  return fallback(`no single-item portion for this food in USDA's table`);
}

/** Whole-item portions ("1 patty"), a brand's own ("1 Oreo sandwich") only when the brand was said. */
function wholeItems(P: Portion[], nounSet: Set<string>): Portion[] {
  return P.filter((x) => WHOLE_ITEM.test(x.description) && !NOT_WHOLE.test(x.description) && (x.description.slice(2).match(/\b[A-Z][A-Za-z']+/g) ?? []).every((b) => nounSet.has(stem(b.toLowerCase().replace(/'s$/, '')))));
}

/** A portion of the size said: "1 medium", "1 medium fast food order" (not a piece of something medium). */
/** An order of a food sold by the order ("1 fast food order"). */
const ORDER = /^1 (?:fast food |regular )?order\b/i;
const sizePortion = (size: string) => new RegExp(`^1 ${sizeWords(size)}\\b(?!.*\\bpiece\\b)`, 'i');
/** USDA's words for a size said: "mini" is its "miniature", "individual" its "personal", "snack size" its "fun/snack", "sharing size" its "sharing/movie theater" (round 13a). */
function sizeWords(size: string): string {
  return size === 'mini' ? '(?:mini|miniature)' : size === 'personal' ? '(?:personal|individual)' : size === 'fun' ? '(?:fun|snack)' : size === 'sharing' ? '(?:sharing|movie theater)' : size;
}

const SOLD_AS = ['fast', 'food', 'restaurant', 'canned', 'bottled', 'carton', 'bottle', 'can'];
/** The words of a plainly boiled form: "Potato, boiled, from fresh, peel not eaten, NS as to fat". */
const BOILED = ['boiled', 'fresh', 'peel', 'not', 'eaten', 'fat'];

/** The same food (its USDA name and every word of its description, fewest other words, fast food first) in a form that has a portion `has` asks for. */
function sameFoodWith(food: Food, table: FoodTable, has: (portion: string) => boolean, fastFoodOnly: boolean, also: string[] = []): Food | null {
  const idx = indexOf(table);
  const f0 = idx.foods.find((f) => f.food === food);
  if (!f0) return null;
  let best: { f: Indexed; score: number } | null = null;
  for (const f of idx.foods) {
    if (f === f0 || f.name.join(' ') !== f0.name.join(' ') || ![...f0.countable].every((w) => f.tokens.has(w)) || !f.food.portions.some((p) => has(p.description))) continue;
    if (DISFAVOURED.test(f.food.description) || (fastFoodOnly && !/\bfast food\b/i.test(f.food.description))) continue;
    // Only words of how it is sold beyond the food's own: "Potato, NFS" is not french fries.
    if (f.extrasOf(new Set([...f0.countable, ...SOLD_AS, ...also])) > 0) continue;
    const score = f.extrasOf(f0.countable) + f.bonus + (/\bfast food\b/i.test(f.food.description) ? -1 : 0) + f.food.description.length / 1000;
    if (!best || score < best.score) best = { f, score };
  }
  return best?.f.food ?? null;
}

/**
 * The one USDA dish of a food "with" sides, where USDA has it: the sides' words said before
 * the food's (its noun stays last), all of them used, and the dish named "… with …" or
 * "… and …". Else null, and the sides are foods of their own.
 */
function dishWith(main: string[], sides: string[][], table: FoodTable, inName = false): { match: FoodMatch; sides: number } | null {
  // "stuffed peppers w rice & ground beef": a meat said as a side is USDA's "meat" of a dish ("Stuffed pepper, with rice and meat").
  const asMeat = sides.map((x) => (MEATS.has(x[x.length - 1]!) ? ['meat'] : [x[x.length - 1]!]));
  for (const said of [[...sides.flat(), ...main], [...sides.map((x) => x[x.length - 1]!), ...main], ...(asMeat.flat().includes('meat') ? [[...asMeat.flat(), ...main]] : [])]) {
    const { match } = matchFood(said, table, { typos: false, dropLeading: false });
    // Nor one that leaves out a word of the food said: "baked sweet potato w butter" is no "Potato, baked, with butter".
    if (!match || match.unused.some((u) => sides.flat().includes(u) || main.includes(u))) continue;
    // A smoothie or shake "with banana and strawberry" is made of them: one drink.
    const blended = /^(?:smoothie|shake|milkshake)$/.test(main[main.length - 1]!);
    // …or names the side as its kind ("nachos w beef" → "Nachos, beef or pork"; "a hot dog w chili" → "Chili hot dog sandwich").
    const segs = match.food.description.split(',').map((x) => words(x).map(stem));
    const noun = main[main.length - 1]!;
    const named = segs[0]![segs[0]!.length - 1] === noun || segs[0]![segs[0]!.length - 1] === ALIASES[noun]?.q?.split(' ').pop();
    // "2 large flour tacos w beef & cheese" → "Taco, flour tortilla, beef, cheese": any qualifier after the name may say a side.
    const kind = named && sides.every((x) => segs.slice(1).some((seg) => seg.includes(x[x.length - 1]!)) || (segs[0]!.includes(x[x.length - 1]!) && segs[0]!.length > 1));
    if (!blended && !/\b(?:with|and)\b/i.test(match.food.description) && !kind) continue;
    // The food said first is the dish's own name: "Burrito, …", "Fish curry with rice".
    const head = words(match.food.description.split(',')[0]!).map(stem);
    // "pho w/ beef 2 cups": USDA's soups are named "Soup, <kind>, with …", the kind said its noun.
    const soupOf = head.length === 1 && head[0] === 'soup' && (segs[1] ?? []).includes(main[main.length - 1]!);
    if (!soupOf && !head.includes(main[main.length - 1]!) && !head.includes(ALIASES[main[main.length - 1]!]?.q?.split(' ').pop() ?? '')) continue;
    // …and names nothing more than was said: "chicken with rice" is not Chicken curry with rice.
    const meant = new Set([...said, ...said.flatMap((x) => ALIASES[x]?.q?.split(' ') ?? [])]);
    // "Chicken or turkey with dumplings": the other choice after "or" is not a word beyond the ones said.
    // …nor is the everyday white of rice or bread ("Beans and white rice").
    // "chili w beans": chili said alone is meat chili (USDA's "Chili with meat and beans"), unless said vegetarian.
    const meatChili = (h: string) => h === 'meat' && head[0] === 'chili' && !said.some((x) => VEGETARIAN.has(x) || x === 'meatless');
    if (head.some((h, k) => !DESC_STOP.has(h) && h !== 'white' && head[k - 1] !== 'or' && !meant.has(h) && !meatChili(h) && !(h === 'fruit' && said.some((x) => FRUITS.has(x))))) continue;
    // `inName`: the sides are in the dish's name itself ("Beef stroganoff with noodles", "Beans and rice"), not only a qualifier ("Potato, mashed, with gravy").
    // "pho w/ beef 2 cups": a meat side is USDA's "meat" of the dish's name ("Soup, pho, with meat").
    if (inName && !sides.every((x) => head.includes(x[x.length - 1]!) || (MEATS.has(x[x.length - 1]!) && words(match.food.description).includes('meat')) || head.includes(ALIASES[x[x.length - 1]!]?.q?.split(' ').pop() ?? ''))) continue;
    return { match, sides: sides.length };
  }
  return null;
}

/** Parts of a dish USDA's description does not name: "pho w extra noodles", "banana pudding w nilla wafers". */
const DISH_PARTS: Array<[RegExp, RegExp]> = [
  [/^Soup, pho\b/, /^(?:noodle|rice_noodle|sprout|bean_sprout|basil|lime|jalapeno|brisket|meatball|herb)$/],
  [/^Taco\b/, /^(?:shell|tortilla|lettuce|onion|cilantro|pico)$/],
  [/^French toast\b/, /^(?:challah|brioche|bread)$/],
  [/^Banana pudding\b/, /^(?:wafer|nilla|nilla_wafer|vanilla_wafer)$/],
  [/^Sweet potato, casserole\b/, /^(?:marshmallow|pecan)$/],
];
/**
 * Whether a side said "with" a food is part of the food read: words the description names
 * (not after "no", "without" or "excluding", nor in "NS as to …"), every word of it, or its last one of DISH_PARTS. A word is
 * compared as said, singular or plural, never by its stem ("fries" is no part of a "fried" sandwich).
 */
function isPartOf(side: string[], description: string): boolean {
  const last = side[side.length - 1]!;
  const one = (x: string) => x.replace(/(?:es|s)$/, '');
  if (DISH_PARTS.some(([dish, part]) => dish.test(description) && part.test(last))) return true;
  if (side.length > 2 || DESC_STOP.has(last)) return false;
  // Every word said, not its last alone: "ritz w peanut butter" is no part of "Crackers, butter (Ritz)"; a brand in brackets names no part.
  const positive = description.replace(/\([^)]*\)/g, ' ').split(',').filter((seg) => !/\b(?:NS as to|NFS)\b/.test(seg)).map((seg) => seg.split(/\b(?:no|without|excluding)\b/)[0]!).join(' ');
  const named = new Set(words(positive).map(one));
  return side.every((x) => named.has(one(x)));
}

/** USDA's portion of an order of a food ("1 order", "1 fast food order"), n of them, if it has one. */
function orderOf(food: Food, n: number): { portion: string; quantity: number; grams: number; note: null } | null {
  const o = food.portions.find((p) => ORDER.test(p.description));
  return o ? { portion: o.description, quantity: n, grams: o.grams * n, note: null } : null;
}

/** Dishes made of several things, which a side said "with" them may be one of (round 15a). */
const MADE_WITH_DISHES = new Set('chili stew soup casserole stroganoff pho ramen udon curry gumbo jambalaya chowder goulash bisque hotdish lasagna'.split(' '));
/** Starches eaten beside a dish as often as in it: one of the dish only where its USDA name says so ("Tuna noodle casserole"). */
const SIDE_STARCHES = new Set('rice bread roll potato fry fries tortilla chip cornbread biscuit cracker naan pasta noodle bun toast bagel'.split(' '));
/** A fat, sauce or seasoning a food is said in or with. */
const FAT_OR_SAUCE = /\b(?:butter|margarine|oil|sauce|gravy|dressing|syrup|honey|salsa|glaze|pesto|mayonnaise|ketchup|mustard|vinegar|seasoning|broth)\b/i;
const NUT_BUTTER = /\b(?:peanut|almond|nut|cashew|sunflower|apple|cookie) butter\b/i;
/** Vegetables, meats and cheese a stew, soup, chili or casserole is made of: little of its carbs either way. */
const MADE_OF_PARTS = new Set('pea carrot celery onion pepper mushroom broccoli corn tomato spinach kale bean meat beef chicken pork turkey sausage shrimp egg tofu cheese vegetable veggie'.split(' '));
/** Whether a side said with a dish is made into it: in its USDA name, noodles of a noodle soup, or a thing other than a starch that USDA has in a dish of that name. */
function inTheDish(side: string[], dishNoun: string, dish: Food, table: FoodTable): boolean {
  const noun = side[side.length - 1]!.split('_').pop()!;
  const name = words(dish.description).map(stem);
  if (name.includes(noun)) return true;
  if (noun === 'noodle' && /^(?:pho|ramen|udon)$/.test(dishNoun)) return true;
  if (SIDE_STARCHES.has(noun)) return false;
  if (MADE_OF_PARTS.has(noun)) return true;
  return table.foods.some((f) => {
    const ws = words(f.description).map(stem);
    return ws.includes(dishNoun) && ws.includes(noun);
  });
}

/**
 * An amount said "each" of a topping on a counted food is that amount times the count (round 15a): "2 mugs of coffee each w
 * 2 tbsp creamer" (4 tbsp), "2 bagels w 1 tbsp cream cheese each", and a topping named in a label over a count ("nutella
 * toast: 2 slices white toast, 1 tbsp each" → 2 tbsp nutella).
 */
function eachOn(text: string): string {
  const times = (n: string, amt: string) => String(round3(Number(n) * Number(amt)));
  text = text.replace(/\b(\d+)\s+((?:[a-z']+\s+){1,6}?)each\s+(w\/?|with)\s+(\d+(?:\.\d+)?)(?=\s*[a-z])/gi, (_m, n: string, said: string, w: string, amt: string) => `${n} ${said}${w} ${times(n, amt)}`);
  text = text.replace(/\b(\d+)\s+((?:[a-z']+\s+){1,6}?)(w\/?|with)\s+(\d+(?:\.\d+)?)\s+((?:[a-z']+\s+){0,4}?[a-z']+)\s+each\b/gi, (_m, n: string, said: string, w: string, amt: string, top: string) => `${n} ${said}${w} ${times(n, amt)} ${top}`);
  const label = /^\s*([a-z' ]+?)\s*:\s*(\d+)\s+([a-z' ]+?)\s*,\s*(\d+(?:\.\d+)?)\s*(tbsp|tsp|tablespoons?|teaspoons?|oz|g|slices?)\s+each\b/i.exec(text);
  if (label) {
    const listed = new Set(words(label[3]!).map(stem));
    const topping = words(label[1]!).filter((x) => !listed.has(stem(x)));
    if (topping.length && topping.length < words(label[1]!).length) return `${label[2]} ${label[3]}, ${times(label[2]!, label[4]!)} ${label[5]} ${topping.join(' ')}${text.slice(label[0].length)}`;
  }
  return text;
}

/** The item's words without the eating verbs and meal names around them ("i ate pasta for lunch" → "pasta"). */
function tidy(item: string): string {
  const ws = item.replace(/_and_/g, ' and ').replace(/_/g, ' ').replace(/\bchain[a-z]+\b/g, ' ').replace(/\bxtimes(\d+)/g, 'x$1').split(/\s+/).filter(Boolean);
  // Punctuation left at an edge ("breakfast at 7: grits") is no word of the item either.
  const drop = (w: string) => (FILLER.has(w) && w !== 'a' && w !== 'an') || !/[a-z0-9]/.test(w);
  while (ws.length > 1 && drop(ws[0]!)) ws.shift();
  while (ws.length > 1 && drop(ws[ws.length - 1]!)) ws.pop();
  return ws.join(' ');
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A meal said with "for" or "as" ("mango, 3/4 cup, for dessert", "mango for dessert", "as a snack"):
 * when, never food (it had added a dessert pizza, or read the mango as a gelatin fruit dessert).
 */
const FOR_MEAL = /(?:\s*,\s*|\s+)((?:for|as)\s+(?:(?:a|an|my|the|some|his|her|our|their)\s+)?(?:dessert|desert|dinner|lunch|breakfast|brunch|supper|snacks?|treat))\b(?=\s*(?:$|[,;.+&)]|\band\b|\bw\b|\bwith\b|\bafter\b|\bat\b))/gi;
/** Prepositions that begin a phrase of where, when, why or with whom: "at the party", "for dessert", "by the pool". */
const CONTEXT_PREPS = new Set(['off', 'at', 'from', 'for', 'by', 'on', 'after', 'before', 'during', 'in', 'while', 'near', 'outside', 'inside', 'around', 'watching', 'waiting', 'driving', 'studying', 'working', 'playing', 'walking', 'between', 'over', 'throughout', 'as', 'when', 'because', 'bc', 'cuz', 'since', 'across', 'through', 'until', 'till', 'mid']);
/** Words that say when or why, not what, even where a food has them in its name ("dessert pizza", "movie theater popcorn"). */
const OCCASIONS = new Set('dessert desert dinner lunch breakfast brunch supper snack snacks treat treats low lows hypo hypos halftime practice game games work school party movie movies church class gym recess midnight pool beach bed night morning bakery airport mall ballpark stadium zoo fair carnival shift shifts duty call round rounds'.split(' '));
/** A meal word with words of who or how ("kids breakfast", "quick lunch") as a phrase of its own, before or after the foods. Not "school lunch": USDA has school forms of foods. */
const MEAL_NOTE = /(?:^|([,;])|\s+-)\s*(?:(?:a|my|the|his|her|their|our)\s+)?(?:(?:kids?|kid's|kids'|quick|late|early|light|lazy|rushed|easy|fast|second|little|big|work|weekday|weekend)\s+)+(?:breakfast|brunch|lunch|dinner|supper|snack)\s*(?::\s*|(?=[,;]|$))/i;
/** Eating verbs that end a leading phrase of who or where ("my daughter had …", "at the party i ate …"). */
const EATING_VERB = /^(?:had|ate|eaten|eat|eating|drank|drink|drinking|got|grabbed|having|snacked)$/;

/** Words of how a food was made or served that, said alone after it, are of it ("…, unsweetened"). */
const HOW_ONLY = new Set('unsweetened unsweet sweetened decaf iced hot cold plain unsalted salted toasted warm black neat straight blended frozen dry'.split(' '));
/** Sauces and toppings said by a short name after a food. */
const SIDE_SHORT: Record<string, string[]> = { soy: ['soy', 'sauce'], bbq: ['barbecue', 'sauce'], barbecue: ['barbecue', 'sauce'], teriyaki: ['teriyaki', 'sauce'],  sriracha: ['hot', 'sauce'], buffalo: ['hot', 'sauce'] };

/** Spices said as a side: no food USDA counts carbs of in that amount ("cinnamon" alone is cinnamon bread). */
const SPICES = new Set(['cinnamon', 'nutmeg', 'paprika', 'cumin', 'oregano', 'cayenne', 'turmeric', 'salt', 'allspice']);

/** Sizes said short: "med iced latte", "XL sweet tea", "lg fries", "sm coffee". */
const SHORT_SIZES: Array<[RegExp, string]> = [
  [/\b(?:xl|x-large|xlarge|x-lg)\b/gi, 'extra large'],
  // "3 potato skins, med": a short size said alone after a food too.
  [/\b(?:med|md)\b(?=\s+[a-z]|\s*$|\s*[,;.)])/gi, 'medium'],
  // "value menu fries": USDA's "1 value/dollar menu order".
  [/\b(?:value|dollar) menu\b/gi, 'value'],
  [/\b(?:lg|lrg)\b(?=\s+[a-z])/gi, 'large'],
  [/\b(?:sm|sml)\b(?=\s+[a-z])/gi, 'small'],
];
/** Flavours and fillings said alone before "and" and a second one with the food ("1 vanilla and 1 chocolate ice cream sandwich"). */
const KIND_ONLY = 'vanilla|chocolate|choc|caramel|strawberry|blueberry|cherry|lemon|raspberry|mint|cinnamon|maple|pumpkin|plain|glazed|pepperoni|cheese|beef|chicken|pork|bean|veggie|sausage|steak|shrimp|fish|turkey|ham';
const TWO_KINDS = new RegExp(String.raw`\b(\d+|a|an|one|two|three)\s+(${KIND_ONLY})\s+(?:and|&|n|\+)\s+(\d+|a|an|one|two|three)\s+(${KIND_ONLY})\s+([a-z][a-z' ]*?)(?=\s*(?:$|[,;.+(]|\bwith\b|\bw\b))`, 'gi');
/** A salad dressing said by its kind alone after a salad ("side salad w italian"): Italian ice otherwise. */
const SALAD_DRESSING = /\b(salad)\s+(w\/?|with|and|&|\+)\s+(italian|french|thousand island|greek|balsamic|russian|catalina|sesame ginger|poppyseed|poppy seed|caesar|raspberry vinaigrette|vinaigrette|honey mustard|blue cheese|bleu cheese)\b(?!\s+dressing)/gi;
/** "half cup each honeydew, cantaloupe & pineapple", "1 cup each of rice and beans": the amount said once is each food's. */
const EACH_OF = /(^|[:;]\s*|,\s*)((?:\d+(?:\.\d+)?|\d+\/\d+|half(?: a)?|a|one|two|three|four)\s+(?:(?:cups?|c|oz|tbsp|tsp|slices?|pieces?|scoops?|g|grams?|ml|handfuls?|servings?|spoonfuls?)\s+)?)each\s+(?:of\s+)?([^;.]+)/i;

/**
 * Said plainly before the items are read: short sizes spelled out, the amount said once for
 * "each" of a list given to every food, a flavour said alone before a second one with the food
 * given that food, a salad's dressing said by its kind named as dressing, and a food made "from a
 * packet" without the packet (the packet is how it was made, not a food: it had read "hot cocoa
 * from a packet made w water" as water).
 */
function sayPlainly(text: string): string {
  for (const [re, size] of SHORT_SIZES) text = text.replace(re, size);
  const each = EACH_OF.exec(text);
  if (each) {
    const foods = each[3]!.split(/\s*(?:,|&|\+|\band\b|\bn\b)\s*/).filter((f) => /[a-z]/i.test(f));
    if (foods.length > 1) text = text.slice(0, each.index) + each[1] + foods.map((f) => `${each[2]}${f.trim()}`).join(', ') + text.slice(each.index + each[0].length);
  }
  text = text.replace(TWO_KINDS, (_m: string, n1: string, k1: string, n2: string, k2: string, food: string) => `${n1} ${k1} ${food} and ${n2} ${k2} ${food}`);
  text = text.replace(SALAD_DRESSING, (_m: string, salad: string, joiner: string, kind: string) => `${salad} ${joiner} ${kind} dressing`);
  // "chicken fajitas, 3 tortillas worth", "2 bowls' worth of pho": what it was counted by is the amount.
  text = text.replace(/\b(\d+(?:\.\d+)?|a|one|two|three|four|five|six)\s+(tortillas?|shells?|wraps?|buns?|pitas?|pieces?|slices?|cups?|bowls?|plates?|servings?|scoops?|handfuls?)\s*(?:'s?\s*)?worth\b(?:\s+of\b)?/gi, (_m: string, n: string, by: string) =>
    /^(?:tortilla|shell|wrap|bun|pita)/i.test(by) ? n : `${n} ${by}`);
  // "peaches & cream instant oatmeal", "maple & brown sugar oatmeal", "sour cream & onion chips": a flavour said as a pair
  // right before the food is of that food, not two foods more (it had read a peach, and oatmeal "with cream"); the
  // first word is the flavour USDA names ("Oatmeal, instant, fruit flavored", "…, maple flavored").
  text = text.replace(
    /\b(peach(?:es)?|strawberr(?:y|ies)|blueberr(?:y|ies)|raspberr(?:y|ies)|cherr(?:y|ies)|bananas?|apples?|maple|sour cream)\s*(?:&|\band\b|\bn\b|'n'?)\s*(cream|onion|brown sugar|cinnamon)\s+(?=(?:[a-z]+\s+){0,2}(?:oatmeal|oats|chips|crisps|cereal|granola|pop ?tarts?|bars?|muffins?)\b)/gi,
    (_m: string, flavour: string, second: string) => (/^sour cream$/i.test(flavour) ? `${flavour} ${second} ` : `${flavour} `),
  );
  // "greek yogurt cup 5.3 oz", "coke can 12 oz": a container said last, then its weight or volume: the amount says it.
  text = text.replace(/\b([a-z]+)\s+(?:cup|container|tub|pouch|bottle|can|carton)\s+(\d+(?:\.\d+)?\s*(?:oz|fl oz|g|ml)\b)/gi, '$1 $2');
  text = text.replace(/\s+(?:from|outta|out of)\s+(?:a|the|one)\s+(?:packet|mix|envelope|sachet|pouch)\b/gi, '');
  // "fish curry over a cup of rice", "dal 1.5 cups over 3/4 cup rice": what it was served over, said with its own
  // amount, is a food of its own (it had been USDA's "… with rice" at the dish's amount, the rice lost).
  // "2 tbsp syrup on 2 whole grain pancakes", "pb on 2 slices of toast": what it was on, counted, is a food of its own too.
  text = text.replace(/\s+(?:on|over|on top of|atop)\s+(?=\d+(?:\.\d+)?\s+[a-z])(?!\d+(?:\.\d+)?\s+(?:am|pm|min|mins|minutes?|hrs?|hours?|days?|weeks?|units?|u)\b)/gi, ', ');
  text = text.replace(/\s+(?:over|on top of|atop)\s+(?=(?:a|an|one|half(?: a)?|\d+(?:\.\d+)?|\d+\/\d+)\s+(?:cups?|c|bowls?|scoops?|servings?|oz|g|grams?)\b)/gi, ', ');
  // "half a cup of tapioca pudding after her nap", "10 oz chocolate milk post workout": an activity after which it was eaten
  // is no food (a word like "nap" had made the whole item no food at all).
  text = text.replace(/(\S)\s+(?:after|before|during|post|pre)[\s-]*(?:(?:my|his|her|their|our|the|a|an|this|that)\s+)?(?:[a-z]+\s+)?(?:nap|walk|run|swim|shower|bath|sleep|rest|workout|work out|exercise|lift|lifting|ride|hike|yoga)\b(?=\s*(?:$|[,;.!)]))/gi, '$1');
  // "2 hard ciders, 16 oz cans": the size of each container, said after the count, is each one's (as in a bracket).
  text = text.replace(/(\b\d{1,2}\s+[a-z][a-z' -]*?)\s*,\s*(\d+(?:\.\d+)?)\s*(fl oz|oz|ml)\s+(?:cans|bottles|tallboys|glasses|cups|pints)\b/gi, '$1 ($2 $3 each)');
  // "16 oz hard cider tallboy": a tallboy is a can, its volume said; "a tallboy of pbr" is a 16 oz can.
  text = text.replace(/(\d+(?:\.\d+)?\s*(?:fl oz|oz|ml)\b[^,;+&]*?)\s+tallboys?\b/gi, '$1').replace(/\b(a|an|one)\s+tallboy\b/gi, '$1 16 oz can');
  // "instant oatmeal, 1 packet made with water": what it was made with, said after its amount, is of the food before.
  text = text.replace(/([a-z])\s*,\s*((?:\d+(?:\.\d+)?|a|an|one|two)\s+(?:packets?|packs?|cups?|bowls?|servings?|envelopes?))\s+((?:made|cooked|prepared)\s+(?:with|w\/?|w|in)\s+(?:water|(?:[a-z0-9%]+\s+)?milk))\b/gi, '$1 $3, $2');
  // "chocolate milk post workout": the chat reads the activity apart and blanks it; the word that led to it is no food.
  text = text.replace(/(\S)\s+(?:post|pre|after|before)[\s-]*(?:(?:my|his|her|their|our|the|a|an)\s*)?(?=$|[,;.!)])/gi, '$1');
  // "reheated a piece of lasagna", "took out general tsos", "stole 5 fun size snickers": a verb of getting or
  // preparing before the food is no food word (it had made the item unknown).
  // "kids mac n cheese 1/2 cup": "kids" before a food says whom it was for (it had read "kids" by spelling into another dish);
  // "kids size" is USDA's child size.
  text = text.replace(/\bkids?'?s?'? size\b/gi, 'child');
  text = text.replace(/(^|[,;:+&]\s*|\b(?:and|a|the|my|his|her)\s+)kids?'?s?'?\s+(?!(?:meal|meals|cuisine|bar|bars|clif|menu|cereal|size|ate|had|fry|fries|drink|drinks|soda|coke|cone|cup|order|portion|sprite|pepsi|cola|tea|pop|dr|root|fanta|mtn|mountain|fountain|ginger|7up|lemonade|punch|hi-c|sweet|diet|iced|unsweet|unsweetened)\b)(?=[a-z])/gi, '$1');
  // "lo mein, maybe 1 cup, son ate it all": someone else eating the rest is no food of the writer's.
  text = text.replace(/(^|[,;]\s*)(?:(?:my|our|the)\s+)?(?:kid|kids|kiddo|toddler|son|daughter|baby|mom|mum|dad|wife|husband|hubby|grandma|grandpa|boy|girl|partner|dog|friend|roommate)\s+(?:ate|had|finished)\s+(?:it all|them all|all of it|all of them|the rest(?: of it)?|the leftovers|the other half)\s*(?=$|[,;.!])/gi, '$1');
  // "toddler ate 4 mini pancakes", "kid had a push up pop": who ate it, said before the verb, is no food ("kid" had left "mini" unread).
  text = text.replace(/(^|[,;:+&]\s*)(?:(?:my|our|the)\s+)?(?:kid|kiddo|toddler|son|daughter|baby|mom|mum|dad|wife|husband|hubby|grandma|grandpa|boy|girl|partner|little one)\s+(?:just\s+)?(?:ate|had|drank|finished|got)\s+(?!(?:them|it|all|those|these|the rest|half|some|most|mine|his|hers)\b)(?=[a-z0-9])/gi, '$1');
  text = text.replace(/(^|[,;:+&]\s*|\b(?:and|then|also)\s+)(?:(?:i|we|he|she|they|mom|dad|kid|son|daughter)\s+)?(?:just\s+)?(?:reheated|re-heated|microwaved|nuked|warmed up|heated up|warmed|heated|ordered|bought|picked up|finished off|finished|devoured|inhaled|scarfed down|scarfed|wolfed down|wolfed|munched on|nibbled on|snacked on|polished off|demolished|stole|swiped|took out|tried|gave (?:her|him|them|me|us|the kids?|my (?:son|daughter|kid|kids))|fed (?:her|him|them))\s+(?=[a-z0-9])/gi, '$1');
  // "lo mein, maybe 1 cup", "like 6 shrimp", "ate about half a cup": a hedge before an amount is no
  // food word (it had left the amount unread, or read "maybe 1 cup" as a food of its own).
  text = text.replace(/(^|[\s,;:(])(?:maybe|about|around|roughly|approx(?:imately|\.)?|probably|prob|like|almost|nearly|~)\s*(?=(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|a half)\s+(?:cups?|c|bowls?|oz|ounces?|g|grams?|ml|tbsp|tsp|slices?|pieces?|pcs?|handfuls?|scoops?|servings?|dozen|[a-z]+s)\b))/gi, '$1');
  return sayContextPlainly(text);
}

/** Round 15c: the days of the week (and "tmrw"), which no food is named for. */
const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day`;
const WHEN_NOUN = String.raw`(?:day|night|nite|morning|evening|afternoon|week|weekend|shift|commute)`;
const WHEN_ADJ = String.raw`(?:cold|hot|rainy|snowy|sunny|chilly|freezing|stormy|gloomy|long|rough|busy|lazy|sick|slow|late|early|bad|hard|stressful|hectic|crazy|tough|this|last|that|one|a|another|game|snow|rainy|work|school|off|rest|travel|moving|cheat|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day)`;
/**
 * A phrase of when, weather, mood or reason said after a comma, a phrase that is all of an item (round 15c): "cold
 * night", "sick day", "monday", "skipped lunch", "before my shift", "for tmrw". Never a food word: a food said with
 * it stays ("pizza, cold" is read by the amount rules).
 */
const WHEN_TAIL = new RegExp(
  String.raw`\s*[,;]\s*(?:(?:on|this|last|a|one)\s+)?(?:` +
    String.raw`${DAY}(?:\s+(?:night|nite|morning|evening|afternoon|lunch|dinner|breakfast|brunch))?|(?:${WHEN_ADJ}\s+){1,2}${WHEN_NOUN}|tonight|today|yesterday|(?:this|last)\s+(?:am|pm)` +
    String.raw`|(?:i\s+|he\s+|she\s+)?(?:skipped|missed|skipping|missing|no\s+time\s+for)\s+(?:breakfast|lunch|dinner|supper|a\s+meal|meals)` +
    String.raw`|(?:before|after|post|pre)\s+(?:(?:my|the|his|her|our|their)\s+)?(?:shift|workout|run|walk|hike|practice|game|class|meeting|work|school|church|nap|swim)` +
    String.raw`)(?=\s*(?:$|[,;.!?]))`,
  'gi',
);
/** A day said right after a food, with no comma ("red beans & rice monday", "tacos tuesday night"). */
const DAY_GLUED = new RegExp(String.raw`\s+(?:on\s+|this\s+|last\s+)?${DAY}(?:\s+(?:night|nite|morning|evening|afternoon))?(?=\s*(?:$|[,;.!?+&)]))`, 'gi');

const STOP = String.raw`(?=\s*(?:$|[,;.!?+&)]|\b(?:and|plus|then|with|w)\b))`;
/**
 * Words of context that share a food's name, said as what they are (round 12): a food "dunked" or
 * "dipped in my coffee" is eaten with the coffee (it had been two coffees and no biscotti); "at
 * afternoon tea", "at happy hour" is an event, not a drink; "the 2 oz kind" says which, not a KIND
 * bar; "we are in the keys", "i'm at the beach" is where the writer is (the key lime pie twice);
 * nuts or snacks "at the bar" are bar nuts (no granola bar); a slice of a cheese said by its kind
 * alone is that cheese (no cheese bread).
 */
function sayContextPlainly(text: string): string {
  // Round 15c: words of when, weather, mood or reason said after the foods ("red beans & rice monday", "chili, cold
  // night", "balance bar, skipped lunch", "tuna sub, saved half for tmrw") are no food (they had glued onto the dish or
  // been reported unknown, and the dish lost).
  text = text.replace(WHEN_TAIL, '');
  // "zucchini bread, 3 slices over the day", "chips all afternoon": when, said after the amount, is no food (it had made none).
  text = text.replace(/\s+(?:(?:over|throughout|during|across)\s+the\s+(?:day|night|evening|afternoon|morning|weekend|week|game|movie|meeting|drive|flight)|all\s+(?:day|night|afternoon|evening|morning|weekend))(?=\s*(?:$|[,;.!?+&)]))/gi, '');
  // "2 peaches straight off the tree", "honey off a spoon": what it was taken off is no food (it had made no proposal).
  text = text.replace(/\s*(?:straight\s+|right\s+|fresh\s+)?off\s+(?:of\s+)?(?:the|a|my|our)\s+(?:tree|trees|vine|vines|bush|bushes|plant|branch|spoon|stove|grill|counter|plate|cob|bone|stick|skewer|floor)\b(?=\s*(?:$|[,;.!?+&)]|\d))/gi, '');
  // "my neighbor's zucchini bread", "grandma's apple pie": who made it is no food's word (it had made none).
  text = text.replace(/(^|[,;:+&]\s*|\b(?:and|had|ate|some|of)\s+)(?:(?:my|our|his|her|their|the)\s+)?(?:neighbou?r|neighbou?rs|friend|mom|mum|mommy|dad|daddy|grandma|grandpa|granny|nana|papa|aunt|auntie|uncle|sister|brother|sis|bro|coworker|co-worker|boss|wife|husband|hubby|partner|mother-in-law|roommate|cousin|bestie|teacher|coach)['’]s\s+(?=[a-z0-9])/gi, '$1');
  // "go-gurt and a cheese stick after school", "2 waffles w syrup before school": when, not USDA's school form (round 15c;
  // they had been French toast sticks and a school waffle). "School lunch" said as the meal still says the form.
  text = text.replace(/\s+(?:right\s+)?(?:after|before)\s+(?:(?:my|the|his|her|their)\s+)?(?:school|work|class|daycare|preschool)\b(?=\s*(?:$|[,;.!?+&)]))/gi, '');
  // "2 tamales, from my tia", "cookies made by my abuela": who made or gave it is no food (it had been a food unknown).
  text = text.replace(/\s*[,;-]?\s*(?:from|made\s+by|by|courtesy\s+of)\s+(?:my|our|his|her|their|the)\s+(?:tia|tio|tía|tío|abuela|abuelita|abuelo|nonna|nonno|bubbe|bubby|oma|opa|lola|lolo|auntie|aunt|uncle|cousin|grandma|grandpa|granny|nana|papa|neighbou?rs?|friends?|mom|mum|dad|sister|brother|coworkers?|co-workers?|boss|mother-in-law|in-laws|teacher|coach|church\s+friends?)\b(?=\s*(?:$|[,;.!?+&)]))/gi, '');
  // "instant ramen on night shift": a shift is when (round 15c).
  text = text.replace(/\s*[,;-]?\s*(?:on|during|after|before)\s+(?:(?:the|my|a)\s+)?(?:night|day|late|early|overnight|graveyard|double|morning|evening|swing)\s+shift\b(?=\s*(?:$|[,;.!?+&)]))/gi, '');
  // "smoothie: 1 banana, 1 cup frozen strawberries, 1 cup milk": a label naming what the listed parts make adds nothing (round 16c; a whole smoothie had been added to its parts).
  text = text.replace(/^\s*(?:(?:my|a|the|homemade|home\s*made|morning|breakfast|post[- ]workout)\s+)*(?:(?:fruit|green|protein|berry|banana)\s+)?(?:smoothie|shake|salad|parfait|sandwich|wrap|omelet|omelette|burrito|bowl|oatmeal)\s*(?::|\s[-–]\s)\s*(?=(?:\d|a\b|an\b|one\b|half\b)[^,;+&]*(?:[,;+&]|\band\b)\s*(?:\d|a\b|an\b|one\b|half\b))/i, '');
  // "tuesday tacos, had 5 hard shell beef ones", "cookies: 2 oatmeal ones": "ones" are of the food the label named (round 16c; it had been one taco).
  text = text.replace(new RegExp(String.raw`^\s*(?:${DAY}\s+)?([a-z]+?s)\s*(?:${DAY}(?:\s+(?:night|nite))?)?\s*[:,-]\s*(?:(?:i|we|he|she|they)\s+)?(?:had|ate|got|grabbed)?\s*(\d+|a few|two|three|four|five|six|seven|eight)\s+((?:[a-z&-]+\s+){0,4}?)ones\b`, 'i'), (_m, food: string, n: string, said: string) => `${n} ${said}${food}`);
  // "about 30 grapes while cooking", "chips while watching tv": what the writer was doing is when, no food (round 16c; it had made no proposal).
  text = text.replace(/\s*[,-]?\s*while\s+(?:i\s+was\s+|i\s+|we\s+were\s+)?(?:cooking|baking|prepping|grilling|making\s+(?:dinner|lunch|breakfast|it|them)|watching\s+(?:tv|a\s+movie|the\s+game|netflix)|driving|working|studying|waiting)\b(?:\s+(?:dinner|lunch|breakfast))?(?=\s*(?:$|[,;.!?+&)]))/gi, '');
  // "taco tuesday, 4 chicken street tacos": a day named for a food the meal then says is a label, no food more.
  text = text.replace(new RegExp(String.raw`^\s*([a-z]+?)s?\s+${DAY}(?:\s+(?:night|nite|lunch|dinner))?\s*[:,-]\s*(?=[\s\S]*\b\1)`, 'i'), '');
  text = text.replace(DAY_GLUED, '');
  // "wendys 4 for 4 - jr cheeseburger…", "2 for $6 mixnmatch": a deal's name says the price, not a count (it had made 16 burgers).
  text = text.replace(/\b\d+\s*for\s*\$\s*\d+(?:\.\d\d)?\b|\b(?:2|3|4|5|two|four)\s+for\s+(?:2|3|4|5|6|two|four|five|six)\b(?=\s*(?:$|[-–—:,;+&]|deal|meal|combo|box|menu|special))(?:\s*(?:deal|meal|combo|box|menu|special)s?\b)?/gi, ' ');
  // "panera pick 2: soup + half a sandwich", "you pick 2": a deal's name says how many kinds, not how many of each (round 15c).
  text = text.replace(/\b(?:you\s+)?pick\s+(?:2|3|two|three)\b(?=\s*(?:$|[-–—:,;+&(]))/gi, ' ');
  // "a scone frm starbucks": a typo of "from" (it had left the whole item unread).
  text = text.replace(/\bfrm\b/gi, 'from');
  // "3 slices sausage pizza, thin crust": the crust said after a pizza is of it (it had added a pepperoni pizza).
  text = text.replace(/\b(pizzas?|slices?|pies?)\s*(?:[,;]|\s[-–—])\s*(?:(?:thin|thick|stuffed|hand[- ]?tossed|deep[- ]dish|original|regular|pan|brooklyn|new york|ny)(?:\s+style)?\s+crust|deep[- ]dish|hand[- ]?tossed)\b/gi, '$1');
  // "funnel cake, all to myself", "a pint of ice cream by myself": eaten alone is the whole, said as context.
  text = text.replace(/\s*[,;-]?\s*\(?(?:all\s+)?(?:to|by)\s+(?:myself|himself|herself|ourselves)\)?(?=\s*(?:$|[,;.!+&)]))/gi, '');
  // "congee when i was sick", "toast while i was nauseous": when or why, said as a clause after the food, names none.
  text = text.replace(/\s*[,;-]?\s*\b(?:when|while|since|because|bc|cuz|as)\s+(?:i|he|she|we|they|my\s+[a-z]+)\s+(?:was|were|felt|got|woke|came|had\s+been|am|is|are)\b[^,;+&\d()]*?(?=\s*(?:$|[,;.!+&]))/gi, '');
  // "ice cream straight from the tub", "cereal out of the box", "tea from the fridge": what it was taken from is no food (it had made no proposal).
  // Not "from a can, the whole thing": there the container is the amount eaten.
  if (!/\b(?:whole|entire|all of it|the rest)\b/i.test(text)) text = text.replace(/\s*(?:straight\s+|right\s+|directly\s+)?(?:from|out of|outta)\s+(?:the|my|our)\s+(?:tub|carton|bag|box|jar|bottle|container|pint|can|pan|pot|fridge|freezer|oven|package|pkg|sleeve|microwave|toaster|grill|cooler)\b(?=\s*(?:$|[,;.!+&)]))/gi, '');
  // "lemonade at the church social", "cookies at the school bake sale": an event said after the food is where (it had read "social" as food).
  text = text.replace(/\s*(?:at|@)\s+(?:the|a|an|our|my|his|her)\s+(?:[a-z]+\s+){0,2}(?:social|picnic|potluck|party|bbq|cookout|fundraiser|reunion|event|luncheon|meeting|gathering|festival|fair|sale|shower|wedding|funeral|service|game|practice|recital|boil|tailgate|bonfire|parade|concert|show|alley|rink|shack|hut|joint|diner|truck|stand|buffet|patch|farm|orchard|market)\b(?=\s*(?:$|[,;.!+&)]))/gi, '');
  // "at my desk", "in the car", "on the couch": where the writer was is no food ("desk" had read as a dessert).
  text = text.replace(/\s*(?:at|on|in|from)\s+(?:the|my|our|his|her|a)\s+(?:desk|couch|sofa|car|bed|computer|laptop|office|train|bus|plane|flight|porch|deck|balcony|food truck|truck|cart|stand|trail|trails|hike|walk|run|slopes|boat|lake|beach|field|sidelines|bleachers|road|highway|subway|way home|way to work|way to school|job|clock|go)\b(?=\s*(?:$|[,;.!+&)]))/gi, '');
  // "he traded his apple for a bag of takis", "swapped my fries for a salad": what was given away is not eaten.
  text = text.replace(/(^|[,;:+&]\s*)(?:(?:i|he|she|we|they|my\s+[a-z]+)\s+)?(?:traded|swapped|switched|exchanged)\s+(?:(?:his|her|my|their|our|the|a|an)\s+)?[a-z' -]{1,30}?\s+for\s+(?=[a-z0-9])/gi, '$1');
  // "fried okra on the side": a side is still eaten; "on the side" is no food of its own (it had made no proposal).
  text = text.replace(/\s+on\s+the\s+side\b/gi, '');
  // "a muffin on the go", "a bar on the run": in a hurry, not a formula for toddlers ("Go and Grow").
  text = text.replace(/\s*[,;-]?\s*\b(?:on\s+the\s+(?:go|run|road|fly)|in\s+a\s+(?:hurry|rush))\b(?=\s*(?:$|[,;.!+&)]))/gi, '');
  text = text.replace(/\s+(?:dunked|dunk|dipped|dip|dunking|dipping|soaked)(?:\s+(?:it|them))?\s+in(?:to)?\s+(?=(?:my|the|a|an|his|her|some|our|their)\s)/gi, ' with ');
  text = text.replace(new RegExp(String.raw`\s*\b(?:at|for|during|@)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:afternoon\s+tea|high\s+tea|cream\s+tea|tea\s+party|tea\s+time|teatime|coffee\s+hour|coffee\s+break|happy\s+hour|cocktail\s+hour|wine\s+tasting|beer\s+garden|coffee\s+shop|tea\s+house|teahouse|juice\s+bar|wine\s+bar|pizza\s+party|ice\s+cream\s+social)${STOP}`, 'gi'), '');
  // "3 beef empanadas, the small ones", "cinnamon toast x2, the thick slices": a size said so after a comma is the size of
  // each, said as a size alone (round 13a; "thick slices" had been a thick-crust pizza, "the small ones" said nothing).
  text = text.replace(new RegExp(String.raw`([,;]|\s-)\s*(?:the|those|these)?\s*(small|little|smaller|big|bigger|large|thick|thin|mini|individual|jumbo)\s+(?:kind|type|sort|size|ones?|version|slices?|pieces?)${STOP}`, 'gi'), (_m: string, lead: string, size: string) =>
    `${lead} ${/^(?:little|smaller|thin)$/i.test(size) ? 'small' : /^(?:bigger|thick)$/i.test(size) ? 'large' : size}`);
  text = text.replace(new RegExp(String.raw`(^|[,;(]|\s-)\s*(?:the|that|those|these|this)\s+(?:[\d.]+\s*(?:oz|g|ml|fl\s?oz|ounce|gram)s?\s+|small\s+|big\s+|large\s+|mini\s+|single\s+|individual\s+|snack\s+|little\s+|regular\s+|family\s+|bigger\s+|smaller\s+){0,2}(?:kind|type|sort|size|ones?|version)${STOP}`, 'gi'), '$1');
  text = text.replace(new RegExp(String.raw`(^|[,;(]|\s-)\s*(?:we|i|we're|i'm|im|were|they|we've|i've)\s+(?:are|am|were|was|been|have been|'re|'m)?\s*(?:in|at|on|visiting|staying at|staying in|traveling in|travelling in)\s+(?:the\s+|a\s+)?[a-z' ]+?${STOP}`, 'gi'), '$1');
  text = text.replace(/\bbar\s+(peanuts|nuts|snacks?|mix|pretzels|popcorn)\b/gi, '$1');
  // "3 pineapple rings", "apple rings": a ring of fruit is a slice of it, not the fruit-ring cereal; onions
  // fried, sauteed or caramelized (not rings) are cooked onions, not onion rings.
  text = text.replace(/\b(pineapple|apple|orange|mango|peach|pear|melon|watermelon|cantaloupe|honeydew|kiwi|lemon|lime)\s+rings?\b/gi, '$1 slices');
  text = text.replace(/\b(?:fried|sauteed|sautéed|caramelized|caramelised|grilled|browned)\s+onions\b(?!\s+rings?)/gi, 'cooked onions');
  // "toddler dinner 1/2 cup mac n cheese", "son's lunch a pb&j": whose meal, said first, is no food's kind (round 15c; it had been USDA's toddler meal).
  text = text.replace(/^\s*(?:my\s+|the\s+)?(?:toddler|toddlers|baby|babys|baby's|kid|kids|kid's|kids'|kiddo|kiddos|son|son's|daughter|daughter's|teen|teens|teen's|teenager|husband|husband's|hubby|hubby's|wife|wife's|partner|partner's|grandma|grandpa|mom|mom's|dad|dad's)\s+(?:breakfast|brunch|lunch|dinner|supper|snack)\s*(?:[:,-]\s*)?(?=\d|(?:a|an|one|two|three|half|some)\b)/i, '');
  // "toddler: 1/2 cup cheerios", "grandma - a cup of tea": who ate it, said as a label, is no food's kind (it had been baby cereal).
  text = text.replace(/^\s*(?:my\s+|the\s+)?(?:toddler|baby|kid|kiddo|son|daughter|grandma|grandpa|mom|dad|husband|wife|partner)\s*(?::|\s[-–]\s)\s*/i, '');
  // "greek yogurts w fruit on the bottom": the yogurt's kind, not a bowl of fruit more.
  text = text.replace(/\b((?:greek\s+)?yogurts?)\s+(?:with|w\/?|w)\s+(?:the\s+)?fruit\s+on\s+(?:the\s+)?bottom\b/gi, 'fruit $1');
  // "movie night at home", "game night": an evening, not movie-theater popcorn.
  text = text.replace(/\b(?:movie|game|date|family|girls'?|guys'?|poker|trivia|karaoke|bingo)\s+nights?\b/gi, '');
  // "2 slices swiss", "3 slices of cheddar": any count of slices of a cheese said by its kind alone is that cheese.
  text = text.replace(/\b(slices?(?:\s+of)?|pieces?\s+of)\s+(swiss|cheddar|american|provolone|pepper\s+jack|muenster|gouda|havarti|colby|brie|mozzarella|mozz)\b(?!\s+(?:cheese|bread|on|sandwich))/gi, '$1 $2 cheese');
  return text;
}

/**
 * A glucose reading said beside the food ("sugar was 61", "bs 70", "bg at 65", "blood sugar 4.2 mmol"):
 * the word, an optional verb, the number and unit, then the end of a phrase. Read as a reading only for
 * 40–600 (mg/dL), 1.5–33 with a decimal (mmol/L) or with its unit, so "sugar 2 tsp" stays sugar. "low 49!! 8 oz juice":
 * "low", "hypo" and "high" are reading words too, and a number right after the reading starts the food (it had been 49 oz).
 */
const GLUCOSE_READING =
  /(^|[,;:.]|\s[-–—]|\s(?:and|but|so|then|when|while|since|cuz|because|bc))\s*(?:(?:(?:my|his|her|their|our)\s+)?(?:(?:blood\s+)?sugar|glucose|bs|bg|bgl|cgm|dexcom|libre|(?:my\s+)?reading|number|low|lo|hypo|high)s?\s*(?:was|is|were|at|of|=|:|@|hit|read|reads|said|says|showed|shows|went\s+to|dropped\s+to|fell\s+to|down\s+to|up\s+to)?|(?:(?:(?:my|our|the)\s+)?(?:i|he|she|we|they|son|daughter|kid|kiddo|toddler|dad|mom|husband|hubby|wife|partner|teen|boy|girl)\s+)?(?:was|were|woke\s+up\s+(?:at|to|with)|went\s+low\s+(?:at|to)|dropped\s+to|fell\s+to))\s*(?:like\s+|around\s+|about\s+|~\s*)?(\d+(?:\.\d+)?)\s*(mg\/?dl|mmol(?:\/l)?)?\s*(?=$|[,;.:!?)]|\s[-–—]|\s(?:so|and|then|but|had|ate|drank|gave|grabbed)\b|\s+\d)/gi;

/** An item said with its amount in brackets after it: the food's words, the number, the unit. */
const BRACKETED_AMOUNT =
  /(?<![a-z0-9])(?:(?:a|an|one|1)\s+)?(?:(?:small|medium|large|big|tall|huge|full)\s+)?(?:(?:glass|glasses|cup|cups|bowl|bowls|mug|mugs|bottle|bottles|can|cans|serving|servings|plate|plates|portion|portions)\s+of\s+)?([a-z][a-z' -]*?)\s*\(\s*(?:about\s+|~\s*|approx\.?\s+)?(\d+(?:\.\d+)?|\d+\/\d+)\s*(oz|ml|g|grams?|cups?|fl\.? ?oz|tbsp|tsp)\s*\)/gi;

/** The article, size and vessel before a food, which an amount in brackets after it replaces. */
const BRACKET_LEAD = /^(?:(?:a|an|one|some|my)\s+)?(?:(?:small|medium|large|big|tall|huge|full)\s+)?(?:(?:glass|glasses|cup|cups|bowl|bowls|mug|mugs|bottle|bottles|can|cans|serving|servings|plate|plates|portion|portions)\s+of\s+)?/i;

/** USDA's "Cheese, Parmesan, dry grated". */
const PARMESAN = '14108010';

/** Nouns of a place a phrase of where ends in ("at the deli", "from the taco truck"). */
/** Words of how a food was cut or which of it, that with an amount after a food say only how much ("3/4 cup cubed", "3 jumbo ones"). */
// Round 15c: and how warm it was ("1 slice cold", "2 cups reheated"), which says nothing of which food.
const AMOUNT_ONLY_WORDS = new Set('cubed diced sliced chopped crumbled halved quartered cut up jumbo ones one them those these of total altogether made cold warm reheated leftover leftovers microwaved'.split(' '));
/** Words that change a food's carbs, said alone after it ("pudding cup, sugar free"). */
const CARB_QUALIFIERS = new Set('sugar free sugarfree sf diet zero light lite low fat nonfat lowfat fatfree reduced skim keto carb no added unsweetened'.split(' '));
/** Places said after "at" whose words may name a food ("sports bar", "wine bar", "tea house"): where, never what. */
const AT_PLACES = /^(?:bar|pub|brewery|tavern|lounge|club|game|ballgame|stadium|arena|rink|ballpark|theater|theatre|cinema|movies|mall|pool|beach|gym|zoo|fair|party|bakery|place)s?$/;
const PLACES = /^(?:deli|patch|orchard|farm|farms|trail|shack|hut|campsite|camp|cabin|boardwalk|pier|lake|shop|store|stand|truck|cart|cafe|diner|cafeteria|canteen|freezer|fridge|counter|booth|kiosk|market|festival|joint|spot|house|office|park|station|court|hall|gas|drive|drivethru|thru|window|buffet|exchange|swap|potluck|sale|social|fundraiser|reunion|picnic|cookout|downstairs|upstairs|door|corner|street|block|nearby|lobby)s?$/;

/** A container a food was taken from ("the candy bowl", "my cookie jar", "the vending machine"), said after "from". */
const FROM_CONTAINER = /^(?:the|a|my|our|his|her|their|[a-z]+'s)\s+(?:[a-z]+\s+)?(?:bowl|jar|dish|tin|stash|drawer|tray|platter|basket|machine|pantry|breakroom|break room|box)$/;

/** Words of when after the food that no time of the chat reads ("just now", "this am", "a bit ago"). */
const TIME_WORDS = /\s*\b(?:just now|right now|rn|earlier(?: today| tonight)?|(?:just )?a (?:bit|while|little) ago|(?:a few|a couple(?: of)?|\d+|an?) (?:mins?|minutes?|hrs?|hours?) ago|this (?:am|pm|morning|afternoon|evening|arvo)|last night|for (?:a )?(?:midnight|late night|afternoon|morning) snack)\b\s*(?=$|[,;])/i;

/** Whether a phrase's words make no food and name none ("at the party", "for a low", "low 58", "lunar new year"). */
function namesNoFood(phrase: string[], table: FoodTable): boolean {
  const content = phrase.filter((w) => /[a-z]/.test(w) && !FILLER.has(w) && !/^\d+(?:\.\d+)?(?:am|pm)?$/.test(w) && !/^(?:am|pm|oclock|o'clock|ish|lol|lmao|haha|omg|tbh|s|going|gonna|running|dropping|trending|crashing|heading|getting|mid|pre|post|on|during)$/.test(w));
  if (!content.length || content.every((w) => OCCASIONS.has(stem(w)))) return true;
  const idx = indexOf(table);
  if (content.some((w) => CARB_WORDS.has(w) || namesFood(idx, stem(w)))) return false;
  return matchFood(content.map(stem), table, { typos: false }).match === null;
}

/** Whom a food was for ("for my toddler", "for the kids", "for my 4yo"): never food, though "toddler" and "baby" are words of USDA's baby foods. */
const FOR_WHOM = /\bfor (?:my|his|her|our|their|the|a) (?:\d+ ?(?:yo|y\/o|year old|month old|mo) )?(?:toddler|toddlers|baby|babies|kid|kids|son|daughter|little one|boy|girl|child|children|wife|husband|partner|mom|dad|teen|teens|teenager|teenagers|tween|grandma|grandpa|friend|friends|guest|guests)(?:'s|s'|s)?\b(?:\s+(?:low|lows|hypo|snack|lunch|breakfast|dinner|treat|bottle(?= *$)))?/i;

/** Dishes made of parts, in whose brackets an ingredient said "w" is part of the dish ("fruit salad (w oranges)"). */
const MIXED_DISH = /\b(?:salad|soup|stew|casserole|bowl|curry|chili|smoothie|stir ?fry|omelet|omelette|frittata|burrito|wrap|sandwich|pasta|pizza|quesadilla|tacos?|parfait|oatmeal|porridge|hash|skillet|scramble|pie|cobbler|crisp|trifle)\b/i;
/**
 * Words said in brackets after a food (round 15c): "(w oranges)" after a dish is a part of it (it had been a fruit salad and
 * an orange more); "(the unsweetened ones)" is the food's kind said after it, as ", unsweetened"; "(sugar, small)",
 * "(air popped)" are its kind and size where the food said with them is one food as said (they had been left out
 * as context, or split at the comma). A bracket of a kind that makes no food is left for the rules of context.
 */
function bracketWords(text: string, table: FoodTable, notes: string[]): string {
  text = text.replace(/([a-z][a-z' -]*?)\s*\(\s*(?:w\/?|with)\s+([a-z][a-z' ]*)\)/gi, (m: string, before: string, part: string) => {
    if (!MIXED_DISH.test(before) || /\b(?:and|&)\b/.test(part)) return m;
    notes.push(`w ${part.trim()} (part of the dish)`);
    return before;
  });
  return text.replace(/(?<=^|[,;+&:]\s*|\b(?:and|with|w|plus|then)\s+)((?:(?!\b(?:and|with|w|plus|then)\s)[a-z0-9])(?:(?!\s(?:and|with|w|plus|then)\s)[^,;+&():])*?)\s*\(\s*([a-z][a-z ,'-]*?)\s*\)/gi, (m: string, item: string, inner: string) => {
    const ws = inner.split(/[\s,]+/).filter(Boolean).map((x) => x.toLowerCase()).filter((x, k, all) => !(/^(?:ones?|kind|type|version|style)$/.test(x) || (k === 0 && /^(?:the|those|these)$/.test(x) && all.length > 1)));
    if (ws.some((x) => /^(?:w|with|and|n|or|no|not|without|the|a|an|my|from|at|in|on|for)$/.test(x))) return m;
    const sizes = ws.filter((x) => x in SIZES);
    const kinds = ws.filter((x) => !(x in SIZES));
    // "(cup)", "(large pie)": a unit or a dish's name in brackets is how much or which, read by the amount rules.
    if ((!kinds.length && !sizes.length) || kinds.some((x) => x in UNITS || DISH_NOUNS.has(stem(x)))) return m;
    const q = /^((?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|half(?:\s+an?)?)\s+(?:(?:cups?|c|slices?|pieces?|pcs?|bowls?|oz|g|servings?|handfuls?|bags?)\s+(?:of\s+)?)?)?(.*)$/i.exec(item.trim())!;
    const rest = q[2]!.trim().split(/\s+/);
    if (!rest[0]) return m;
    let cand = `${q[1] ?? ''}${sizes.map((x) => `${x} `).join('')}${[...kinds, ...rest].join(' ')}`;
    const read = (said: string) => {
      const w = readItem(said, unitPhrases(table));
      return w.food.length ? matchFood(w.food, table, { typos: false, dropLeading: true }).match : null;
    };
    // "ate 4 (chicken)": an amount alone before the bracket has no food to be of.
    if (!readItem(item, unitPhrases(table)).food.length) return m;
    let cm = read(cand);
    const om = read(item);
    // "3 christmas cookies (sugar, small)": the words before the food's own that fit no food with the kind are left out, as they would be without it.
    if (!cm && (!om || om.unused.length)) {
      cand = `${q[1] ?? ''}${sizes.map((x) => `${x} `).join('')}${[...kinds, rest[rest.length - 1]].join(' ')}`;
      cm = read(cand);
    }
    if (!cm || cm.unused.some((x) => kinds.map(stem).includes(x)) || cm.unused.length > (om?.unused.length ?? Infinity) || (om && cm.food.code === om.food.code && !sizes.length)) return m;
    return cand;
  });
}
/**
 * A label before the meal ("halloween: 3 fun size snickers", "airport - a pretzel", "low 58 -
 * 3 jolly ranchers", "lunar new year: dumplings") whose words make no food and name none: it
 * says when or why, as a trailing "at the party" does. Not a place that says which form of
 * the food ("kfc: 2 pc", "school lunch: 6 nuggets" are USDA's fast-food and school forms).
 */
/** Cuisines, said as a label before the meal ("ethiopian: misir wot & injera", "thai place: pad see ew"): where, never what. */
const CUISINES = new Set('mexican tex mex texmex chinese thai indian ethiopian eritrean italian japanese korean vietnamese greek lebanese turkish persian afghan french cuban jamaican caribbean peruvian salvadoran colombian venezuelan brazilian filipino mediterranean middle eastern moroccan nepali pakistani burmese malaysian indonesian hawaiian cajun creole southern soul german polish russian ukrainian spanish portuguese american asian latin'.split(' '));
/** Words that, in a label before the meal, say only who, when or how they were ("son went low overnight"). */
const LABEL_ONLY_WORDS = new Set(
  'son daughter dad mom mum kid kids kiddo toddler baby husband hubby wife partner teen teenager boy girl grandma grandpa friend went going gone woke waking felt feeling dropped dropping crashed crashing low lows lowish high hypo overnight nap naps naptime bedtime sleep asleep after before during his her their our at in on soccer football baseball softball basketball hockey swim swimming practice game dance gymnastics tennis track run walk hike ride workout gym school work church airport plane flight car road trip'.split(' '),
);

function leadingLabel(text: string, table: FoodTable): { rest: string; label: string } | null {
  // "going low so 4 jolly ranchers", "bg 62 so 6 oz apple juice": a reason before "so" as well.
  // "dad, after his nap: 2 pudding cups": before a colon, a label may have a comma of its own.
  const m = /^\s*([^:,;\n]{1,40}?)\s*(?::|\s[-–—]+|\s+so)\s+(\S[\s\S]*)$/.exec(text) ?? /^\s*([^:;\n]{1,40}?)\s*:\s*(\S[\s\S]*)$/.exec(text);
  if (!m) {
    // "low, 5 oz regular pepsi", "went low on the walk, ate 6 starbursts": before a comma, a label only of who, how
    // and where they were (round 15c; "low" had been a food unknown and the rest lost with it).
    const c = /^\s*([^:,;\n]{1,40}?)\s*,\s+(\S[\s\S]*)$/.exec(text);
    if (!c) return null;
    const cw = words(c[1]!.replace(/['’]/g, ' ')).filter((w) => !LABEL_ONLY_WORDS.has(w) && !FILLER.has(w));
    const place = /^(?:on|at|in)\s+(?:the|my|a)\s+(?:walk|run|hike|trail|bike|ride|drive|road|way|field|court|track|beach|slopes|bus|train|plane|car)$/;
    return c[1]!.trim() && (!cw.length || place.test(words(c[1]!).slice(-3).join(' '))) && /\b(?:low|lows|lowish|hypo|high|went|woke|dropped|dropping|crashed|crashing)\b/i.test(c[1]!) ? { rest: c[2]!, label: c[1]!.trim() } : null;
  }
  const label = m[1]!.trim();
  // "pumpkin patch w the kids:", "ethiopian:", "thai place:", "at the fair w grandma -": a place, whom with, or a
  // cuisine is where or who, though "pumpkin" and "ethiopian" (bread) are words of USDA's foods (round 15c).
  const bare = words(label.replace(/['’]/g, ' ').replace(/\s+(?:with|w\/?)\s+(?:(?:my|the|our|his|her|their)\s+)?[a-z]+(?:\s+(?:and|&|n)\s+[a-z]+)?\s*$/i, ''));
  if (bare.length && !new RegExp(FAST_FOOD_PLACES.source, 'i').test(label) && !bare.some((w) => /^(?:school|cafeteria|canteen|lunchroom)$/.test(w))) {
    const last = bare[bare.length - 1]!;
    if ((PLACES.test(last) || AT_PLACES.test(last)) && bare.length <= 4) return { rest: m[2]!, label };
    if (bare.every((w) => CUISINES.has(w) || /^(?:place|restaurant|takeout|take|out|delivery|food|buffet|night|spot|joint|truck|style|lunch|dinner)$/.test(w)) && bare.some((w) => CUISINES.has(w))) return { rest: m[2]!, label };
  }
  // "son went low at soccer", "low overnight", "dad, after his nap": who, when and how they were are
  // no food, though "low" (low fat) and "overnight" (overnight oats) are words of USDA's foods.
  const all = words(label.replace(/['’]/g, ' '));
  const ws = all.filter((w) => !LABEL_ONLY_WORDS.has(w));
  if (!all.length || all.some((w) => w === 'school') || new RegExp(FAST_FOOD_PLACES.source, 'i').test(label)) return null;
  if (!ws.length) return { rest: m[2]!, label };
  return namesNoFood(ws, table) ? { rest: m[2]!, label } : null;
}

/**
 * The item without a phrase of context around the food: a trailing phrase that starts with a
 * preposition whose words make no food ("at the party", "from the vending machine", "on
 * christmas eve", "for a low", "at 3 am"), or a leading phrase ending in an eating verb ("my
 * daughter had"). Null when there is none. Never a word that names a food or changes the
 * carbs ("with syrup", "on toast", "in heavy syrup" are food; "for a low" is the only low that is not).
 */
function withoutContext(item: string, table: FoodTable, depth = 0): Array<{ item: string; dropped: string }> {
  const out: Array<{ item: string; dropped: string }> = [];
  const push = (r: { item: string; dropped: string }) => {
    out.push(r);
    // "3 golabki (stuffed cabbage) my mom made": one phrase after another.
    if (depth < 1) for (const more of withoutContext(r.item, table, depth + 1)) out.push({ item: more.item, dropped: `${r.dropped}; ${more.dropped}` });
  };
  // "2 fried spring rolls (cha gio)", "3 golabki (stuffed cabbage)": a name said again in brackets is no more food.
  const paren = /\s*\(([^)]*)\)?\s*$|\s*\(([^)]*)\)\s*/.exec(item);
  if (paren && item.replace(paren[0], ' ').trim()) push({ item: item.replace(paren[0], ' ').trim(), dropped: paren[0].trim() });
  // "my neighbor's zucchini bread", "grandma's apple pie": whose it was names no food (round 15a; it had made no proposal).
  const whose = /^\s*(?:(?:my|our|his|her|their|the|a)\s+)?([a-z]+)['’]s\s+(?=[a-z])/i.exec(item);
  if (whose && !BRANDS.has(whose[1]!.toLowerCase()) && namesNoFood([whose[1]!.toLowerCase()], table)) push({ item: item.slice(whose[0].length).trim(), dropped: whose[0].trim() });
  const ws = item.split(/\s+/).filter(Boolean);
  // "at the deli", "at the pumpkin patch", "from the freezer": a place names no food eaten, even where a word of it does.
  const noFood = (phrase: string[]) => PLACES.test(phrase[phrase.length - 1] ?? '') || namesNoFood(phrase, table);
  for (let i = 1; i < ws.length; i++) {
    // "… my mom made", "… that my wife cooked": who made it, as a preposition's phrase says where.
    if (!CONTEXT_PREPS.has(ws[i]!) && !/^(?:my|his|her|our|their|that)$/.test(ws[i]!)) continue;
    const rest = ws.slice(i + 1);
    // "eggs over easy" is how they were cooked, not when.
    if (ws[i] === 'over' && /^(?:easy|medium|hard|well)$/.test(rest[0] ?? '')) continue;
    // "from the candy bowl", "from grandma's cookie jar": a container taken from is where, though its words name a food.
    const takenFrom = ws[i] === 'from' && FROM_CONTAINER.test(rest.join(' '));
    // "at the sports bar", "at the wine bar", "at the ballgame": a place one is at, though its words name a food (it had been a sports drink).
    const atPlace = ws[i] === 'at' && AT_PLACES.test(rest[rest.length - 1] ?? '');
    if (!rest.length || !(takenFrom || atPlace || noFood(rest))) continue;
    // "peaches straight off the tree", "honey right off the spoon": how directly is part of the context (round 15a).
    const from = i > 1 && /^(?:straight|right|fresh|directly)$/.test(ws[i - 1]!) ? i - 1 : i;
    push({ item: ws.slice(0, from).join(' '), dropped: ws.slice(from).join(' ') });
    break;
  }
  const verb = ws.findIndex((w) => EATING_VERB.test(w));
  if (verb > 0 && verb < ws.length - 1 && noFood(ws.slice(0, verb))) push({ item: ws.slice(verb + 1).join(' '), dropped: ws.slice(0, verb + 1).join(' ') });
  return out;
}

/** Whether an item begins with a count of more than one ("a dozen wings", "6 nuggets"): pieces eaten are then of that count. */
const saidCount = (item: string) => /^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozen|a couple|several)\b/i.test(item) && !/^\s*1\b/.test(item);

const SHARE_COUNTS: Record<string, number> = { half: 1 / 2, 'a half': 1 / 2, 'a fourth': 1 / 4, 'a third': 1 / 3, third: 1 / 3, 'a quarter': 1 / 4, quarter: 1 / 4, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NUM_WORD = '\\d+|one|two|three|four|five|six|seven|eight|nine|ten';
/** Others a food was shared with whose number is not said: the writer's share needs "I had N". */
const GROUP = /^(?:the )?(?:crew|friends|fam|family|kids|team|class|office|everyone|everybody|coworkers|co-workers|roommates|guys|table|group|party|girls|boys)\b/;
/**
 * What the writer had of a food shared ("split w my husband", "shared w the crew, I had 4",
 * "split 3 ways, i had a third", "ate half", "the whole thing"): a phrase after the food,
 * read as a share of it (a fraction, or a count of the pieces said) and never as food.
 */
// "ate 2/3 of it", "ate about half", "so 1/3": a fraction in digits, and "about" before it, are a share too (round 15a).
const SHARE_FRACTION = String.raw`(?:about\s+|like\s+|maybe\s+|around\s+|~\s*)?(?:half|a half|a third|a quarter|a fourth|two thirds|\d\/\d{1,2}|0?\.\d+)`;
/** The number a share says: "half", "a third", "2/3", "about half", "1". */
function shareNumber(said: string): number {
  const s = said.toLowerCase().replace(/^(?:about|like|maybe|around|~)\s*/, '');
  const frac = /^(\d)\/(\d{1,2})$/.exec(s);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  if (s === 'two thirds') return 2 / 3;
  return SHARE_COUNTS[s] ?? Number(s);
}
const SHARE_WHO = String.raw`(?:with\s+|w\/\s*|w\s+|between\s+)(?:(?:my|the|a|his|her|our|their)\s+)?(?:(?:${NUM_WORD})\s+)?(?:no\s+one|(?!(?:a|an)\b)[a-z]+)`;
/**
 * The parts a share is said with, in any order after "shared"/"split"/"halved" ("shared half w my
 * wife", "split w my daughter (half each)", "split 3 ways, i had a third", "shared w nobody"):
 * with whom, how many ways, and the writer's share.
 */
const SHARE_TAIL = String.raw`(?:\s*[,;-]?\s*\(?\s*${SHARE_WHO}\s*\)?|\s+(?:${NUM_WORD})\s+ways|\s*[,;-]?\s*\(?\s*(?:(?:but\s+|and\s+|so\s+)?(?:(?:i\s+)?(?:only\s+)?(?:had|ate|got|took)\s+(?:${SHARE_FRACTION}|${NUM_WORD})|${SHARE_FRACTION})|so\s+(?:i\s+(?:had|ate|got)\s+)?(?:${NUM_WORD})(?=\s*(?:$|[,;.)])))(?:\s+(?:each|of\s+(?:it|them|those)))?\s*\)?)`;
const SHARE_VERB = String.raw`(?:we\s+|i\s+)?(?:split|shared?|sharing|splitting|halved)(?:\s+(?:it|this|that|them))?`;
const SHARE = new RegExp(
  String.raw`[,;]?\s*(?:-\s*)?(?:` +
    // A share word with whom, how many ways or how much: never a food ("banana split", "potato sticks" for "shared").
    // Not "banana split, i had half": said without a comma before it, a share word needs whom or how many ways.
    String.raw`${SHARE_VERB}(?:${SHARE_TAIL})*(?:\s*[,;-]?\s*\(?\s*${SHARE_WHO}\s*\)?|\s+(?:${NUM_WORD})\s+ways)(?:${SHARE_TAIL})*` +
    String.raw`|we\s+(?:split|shared)\s+(?:it|that|this|them)(?:${SHARE_TAIL})*` +
    // "half a slice of cheesecake, shared": shared said alone is no food (it had been potato sticks, "banana split").
    // After a comma only: "banana split", "split pea" are foods.
    String.raw`|(?<=[,;(-]\s*)(?:we\s+|i\s+)?(?:split|shared|halved)(?:${SHARE_TAIL})*` +
    // "a 500 ml bottle of coke, drank half", "grabbed a 20 oz sprite and drank half": what was drunk is a share as what was eaten (round 16a).
    String.raw`|(?:i\s+|and\s+i\s+|and\s+)?(?:only\s+)?(?:ate|had|drank|drunk)\s+${SHARE_FRACTION}(?:\s+of\s+(?:it|them))?` +
    // "footlong tuna, saved half for tmrw": what was kept is not eaten (round 15a).
    String.raw`|(?:i\s+)?(?:saved|kept|left|put\s+away)\s+(${SHARE_FRACTION})(?:\s+of\s+(?:it|them))?(?:\s+for\s+(?:later|tomorrow|tmrw|tmr|tmrow|lunch|dinner|breakfast|[a-z]+))?` +
    String.raw`|(?:i\s+)?(?:ate\s+|had\s+)?(?:the\s+|a\s+)?whole\s+(?:thing|one)` +
    // "son ate it all", "finished all of it": the whole of it ("all" had been a Tart, all types).
    String.raw`|(?:(?:my\s+)?(?:i|he|she|we|they|son|daughter|kid|kids|husband|wife|mom|dad|baby|toddler)\s+)?(?:ate|had|finished|eaten|drank)\s+(?:it|them|that|the\s+lot)\s+all|(?:i\s+)?(?:ate|had|finished|drank)\s+all\s+of\s+(?:it|them)` +
    String.raw`|(?:i\s+|and\s+i\s+)?(?:only\s+)?(?:ate|had|eaten)\s+(${NUM_WORD})\s+(triangles?|pieces?|pcs?|slices?|wedges?|squares?|quarters?)(?:\s+of\s+(?:it|them))?` +
    // "cinnabon split 3 ways at the mall": a phrase of where or when may follow the share.
    String.raw`)\s*\)?\s*(?=[,;.+&!)]|\b(?:and|plus|then)\b|$|(?:at|in|on|from|during|after|before|over)\s)`,
  'i',
);
/** Nobody to share with: the writer had all of it ("shared w nobody", "split with no one"). */
const NOBODY = /^(?:nobody|noone|no|none|nobody's)$/;

/**
 * The foods of a meal said in words, each with its USDA portion, grams and carbs, and the
 * items that matched no food. Pure; `table` defaults to the shipped FNDDS table.
 */
/**
 * "2 greek yogurts (the 5.3 oz cups)", "animal crackers, the 2 oz kind", "hummus cup (the single ones)": which package it
 * was, said after "the", is the size of each (in a bracket) or the amount (after a comma); "single" ones say nothing more.
 * Read before shares: "the 2 …" had been read as a share of two.
 */
function whichPackage(text: string): string {
  const KIND = String.raw`(?:kind|ones?|size|cups?|bags?|box|boxes|cans?|bottles?|packs?|packages?|containers?|tubs?|pouches|pouch)`;
  text = text.replace(new RegExp(String.raw`\(\s*the\s+(\d+(?:\.\d+)?\s*(?:oz|fl oz|g|ml))\s+${KIND}\s*\)`, 'gi'), '($1 each)');
  text = text.replace(new RegExp(String.raw`([,;]\s*)the\s+(\d+(?:\.\d+)?\s*(?:oz|fl oz|g|ml))\s+${KIND}\b`, 'gi'), '$1$2');
  return text.replace(new RegExp(String.raw`\s*\(\s*the\s+(?:single|individual|single serve|single serving|snack size|regular)\s+${KIND}\s*\)`, 'gi'), '');
}

/**
 * Numbers that are no amount (round 13a): a pan's or dish's size ("8x8 pan cut in 6", "9 x 13", "a 12 inch pan"), a
 * deal's name ("wendys 4 for 4", "2 for $5", "the $5 box"), a price ("$3.50"). "8x8" had been 64 pan dulces and
 * "4 for 4" sixteen cheeseburgers; they say nothing of how much was eaten, so they are read as no words at all.
 */
const PAN = String.raw`(?:pans?|dish|dishes|baking dish|casserole(?: dish)?|tray|sheet(?: pan)?|skillet|square|round|rectangle)`;
/** "3 scoops: 2 chocolate, 1 vanilla", "4 slices - 2 pepperoni & 2 cheese": a list of counts after a counted unit shares that unit (round 13a). */
const UNIT_LIST = /\b(\d+|two|three|four|five|six)\s+(scoops?|cups?|glasses?|bowls?|bottles?|cans?|bars?|packs?|bags?)\s*(?::|-|,)\s*((?:(?:\d+|one|two|three|a)\s+[a-z][a-z' ]*?\s*(?:,|&|\+|\band\b|\bn\b)\s*)+(?:\d+|one|two|three|a)\s+[a-z][a-z' ]*?)(?=\s*$|\s*[;.!(])/gi;
function notAmounts(text: string): string {
  text = text.replace(UNIT_LIST, (m: string, _n: string, unit: string, list: string) => {
    const parts = list.split(/\s*(?:,|&|\+|\band\b|\bn\b)\s*/).filter(Boolean);
    if (parts.some((x) => /\b(?:scoops?|slices?|pieces?|cups?|oz|g|ml|of)\b/i.test(x))) return m;
    const one = unit.replace(/s$/i, '');
    return parts.map((x) => x.replace(/^(\d+|one|two|three|a)\s+/i, (_a: string, k: string) => `${k} ${/^(?:1|one|a)$/i.test(k) ? one : `${one}s`} `)).join(', ');
  });
  return (
    text
      // "footlong tuna sub, saved half for tmrw": half saved is half eaten (it had been the whole and "tmrw" a food unknown).
      .replace(/([,;]\s*)(?:i\s+)?(?:saved|kept|saving)\s+(?:the\s+other\s+)?half(?:\s+(?:of\s+it\s+)?for\s+(?:tmrw|tmr|tomorrow|later|lunch|dinner|tonight|the\s+kids?|my\s+[a-z]+))?(?=\s*(?:$|[,;.!?]))/gi, '$1ate half')
      // "chicken alfredo (took half home)", "lasagna, boxed up half to go": half taken home is half eaten (round 16a).
      .replace(/\s*[(,;]\s*(?:i\s+)?(?:took|brought|boxed(?:\s+up)?|packed(?:\s+up)?)\s+(?:the\s+other\s+)?half(?:\s+of\s+it)?\s+(?:home|to\s+go|back\s+home)\s*\)?(?=\s*(?:$|[,;.!+&]|\band\b))/gi, ', ate half')
      // "beignets, ate 4 of the 6 in the bag", "2 of the 12 cookies": the count eaten is N, never N × M (it had been 24).
      .replace(/\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|my|our|those|these|his|her)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b(?:\s+(?:in|from)\s+(?:the|a|my)\s+(?:bag|box|pack|package|container|tin|tray|plate|batch))?/gi, '$1')
      // "a whole pomegranate, ate all the seeds", "popcorn, ate all": how much of it was eaten, no food ("all" had been a tart).
      .replace(/[,;]\s*(?:(?:i|he|she|we)\s+)?(?:ate|had|finished|eaten)\s+(?:it\s+)?all(?:\s+of)?(?:\s+(?:it|them|that|this|the\s+(?:seeds|slices|pieces|segments|wedges|bits|rest|thing)))?\s*(?=$|[,;.!])/gi, '')
      // "low again, 4 sugar packets in warm water", "2 sugar cubes in tea": the sugar and the drink it was stirred
      // into are two foods (it had been 4 waters, the sugar lost: a low's treatment read as 0 g).
      .replace(/\b((?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s+)?(sugar\s+(?:packets?|cubes?)|(?:packets?|cubes?|tbsps?|tablespoons?|tsps?|teaspoons?|spoonfuls?)\s+(?:of\s+)?sugar)\s+(?:(?:dissolved|mixed|stirred)\s+)?in\s+(?:(?:a|my)\s+(?:glass|cup|mug)\s+of\s+|some\s+)?(?:(?:warm|hot|cold)\s+)?(water|tea)\b/gi, '$1$2, $3')
      // "3 tbsp raisins on my oatmeal (1 cup)", "a handful of blueberries on my cereal": what was put on "my" food
      // and that food are two (it had been 3 oatmeal-raisin cookies; the cereal's own amount is its own).
      .replace(/([a-z])\s+on\s+my\s+(?=[a-z])/gi, '$1, ')
      // "bread pudding, split w hubby so half a cup": an amount said after "so" is what the writer ate, the share
      // already taken (the share had read on as "banana split", a food more); "so half" is still the share.
      .replace(/\s*[,;]?\s*(?:we\s+|i\s+)?(?:split|shared?)\s+(?:it\s+)?(?:with|w\/?)\s+(?:(?:my|the|a|his|her|our|their)\s+)?[a-z]+\s*,?\s+so\s+(?:i\s+(?:only\s+)?(?:had|ate|got)\s+)?(?=(?:\d|an?\b(?!\s+(?:third|quarter|fourth|half)\b)|half\s+an?\s|one\b|two\b|three\b|about\b|like\b|maybe\b|around\b|~))/gi, ', ')
      // "4% cottage cheese 3/4 c", "0% greek yogurt": a percentage is the food's fat, never a count or amount
      // (it had been 4 cups, 0 g); the milks' own names ("2% milk", reduced fat), "100% juice" and "50% of it" stay.
      // "a glass of 2%", "cheerios w 2%": 1% or 2% said as a drink or a food's milk is the milk (round 15b), not after a dairy food.
      .replace(/(^|[^\w.])(?<!\b(?:cheese|yogurt|yoghurt|kefir|milk|cream)\s)([12])\s?%(?=\s*(?:$|[,;+&.)]|\b(?:and|with|w|for|before|after|at|in|on|to)\b))/gi, '$1$2% milk')
      .replace(/(^|[^\w.])\d+(?:\.\d+)?\s?%(?!\s?(?:of\b|(?:chocolate\s+)?milk\b|juices?\b))/gi, '$1 ')
      // "lo mein - ate the whole container, about 3 cups": a dash before how much was eaten parts it from the food, as a comma does.
      .replace(/([a-z])\s+[-–—]+\s+(?=(?:(?:i|he|she|we)\s+)?(?:ate|had|drank|finished|the\s+whole|a\s+whole|about|like|maybe|around|roughly|approx|~|(?:a\s+|one\s+|two\s+|big\s+|small\s+)?handfuls?)\b)/gi, '$1, ')
      // "8x8 pan", "9 x 13 dish", "8 by 8": two sizes crossed (never "x6", a count said after the food, nor "2 x 8 oz");
      // "1/6 of the 8x8 pan" is a part of the whole, which USDA's portions name by its pan, so it stays.
      .replace(new RegExp(String.raw`(?<!\bof\s+(?:the\s+|an?\s+)?)\b(?:an?\s+)?\d+(?:\.\d+)?\s*(?:"|''|in(?:ch(?:es)?)?)?\s*(?:x|by|×)\s*\d+(?:\.\d+)?(?![\d.])(?!\s*(?:oz|ounces?|fl|ml|g|grams?|cups?|c|tbsp|tsp|slices?|pieces?|pcs?)\b)\s*(?:"|''|in(?:ch(?:es)?)?\b)?(?:\s*${PAN}\b)?`, 'gi'), ' ')
      // "a 12 inch pan", "13 in. dish": the size of what it was baked in.
      .replace(new RegExp(String.raw`(?<!\bof\s+(?:the\s+|an?\s+)?)\b(?:an?\s+)?\d+(?:\.\d+)?\s*(?:"|''|-?\s*in(?:ch(?:es)?)?\.?)\s*${PAN}\b`, 'gi'), ' ')
      // "cut in 6", "cut into 12 squares": how many pieces the whole was cut in, not how many were eaten.
      .replace(/[,\s]*\b(?:cut|sliced|divided)\s+(?:in|into)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\s+(?:pieces|slices|squares|servings|wedges|parts))?\b/gi, ' ')
      // "4 for 4", "2 for $5", "5 for 5 deal", "the $5 box", "$3.50": a deal or a price.
      .replace(/\b\d+\s+for\s+\$?\d+(?:\.\d+)?(?:\s+(?:deal|meal|combo|box|special))?\b/gi, ' ')
      .replace(/(?:\b(?:the|a|an)\s+)?\$\s?\d+(?:\.\d+)?(?:\s+(?:deal|meal|combo|box|special|value|menu|fill ?up|bundle))?(?![\w])/gi, ' ')
      .replace(/\b\d+(?:\.\d+)?\s+(?:dollars?|bucks?|cents?)(?:\s+(?:worth\s+of|deal|meal|box|menu))?\b/gi, ' ')
      // "1 cup fried okra on the side": a side is a food like any other; the words say nothing more.
      .replace(/\s+(?:on|as)\s+(?:the|a)\s+side\b/gi, ' ')
      // "ate a cup of ice cream straight from the tub", "chips out of the bag": what it was taken from is no unit of it.
      .replace(/\s+(?:straight\s+|right\s+)?(?:from|out of|outta)\s+(?:the|a|my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:tub|carton|jar|pot|pan|container|package|bag|box|bottle|sleeve|tin|freezer|fridge)\b(?=\s*(?:$|[,;.!+&)]))/gi, ' ')
      // "congee when i was sick", "juice bc he was low": a clause of how someone was is no food.
      .replace(/[,\s]+(?:when|while|since|because|bc|cuz|cause|as)\s+(?:i|he|she|we|they|it|my\s+[a-z]+|the\s+[a-z]+)\s+(?:was|were|am|is|felt|feel|got|had been|came|went|woke)\b[^,;+&.!]*/gi, ' ')
      // "he traded his apple for a bag of takis", "swapped my sandwich for pizza": only what was got for it was eaten.
      .replace(/(^|[,;:.!]\s*|\b(?:and|then)\s+)(?:(?:i|he|she|we|they|my\s+[a-z]+)\s+)?(?:traded|swapped|exchanged|switched|gave\s+away|gave\s+up)\s+(?:(?:his|her|my|their|our|the|a|an)\s+)?[^,;.!+&]*?\s+for\s+/gi, '$1')
  );
}

/** A bowl said with its measure, in brackets or after it: the measure. */
const BOWL_MEASURED = /\b(?:(?:an?|the|one|my)\s+)?(?:(?:large|big|small|medium|regular|huge|giant|little)\s+)?bowl\s*(?:\(\s*(?:about\s+|around\s+|like\s+|~\s*)?([\d.]+\s*(?:cups?|c))\s*\)|,?\s*(?:about\s+|around\s+|like\s+|~\s*)([\d.]+\s*(?:cups?|c))\b)/gi;

export function estimateMeal(text: string, table: FoodTable = foodTable()): MealEstimate {
  text = notAmounts(text);
  text = whichPackage(text);
  // "pho ga, large bowl (4 cups)", "ramen, the big bowl ~3 cups": a bowl said with its measure is that measure (the bowl had read as a ramen bowl).
  text = text.replace(BOWL_MEASURED, '$1$2');
  // "funnel cake w strawberries": USDA's "Funnel cake with sugar and fruit", one dish that a share is then of (round 16a).
  text = text.replace(/\bfunnel cakes? (?:with|w\/?|topped with|and|&) (?:(?:fresh|sliced)\s+)?(?:strawberries|fruit|cherries|cherry|apples?|peaches|blueberries)\b/gi, 'fruit funnel cake');
  // "beef & bean nachos, the whole order, shared w my husband": the whole order is one order, which the share is then of (round 16a).
  text = text.replace(/([,;]\s*)(?:(?:i\s+)?(?:ate|had|got)\s+)?(?:the|a)\s+whole\s+order\b/gi, '$1one order');
  // "general tso chicken, half the takeout box (~1 cup)": a measure in brackets after a vague part of a container is what was
  // eaten (round 16a; the half had been of USDA's usual serving, the cup lost).
  text = text.replace(/\b(?:(?:about|like|maybe|around)\s+)?(?:half|a third|a quarter|most|some|part|a bit)\s+(?:of\s+)?(?:the|a|my|an)\s+(?:[a-z]+\s+){0,2}?(?:box|boxes|container|carton|order|bag|plate|bowl|tray|tub|pint|clamshell)\s*\(\s*(?:about|around|like|approx\.?|roughly|maybe|~)?\s*(\d+(?:\.\d+)?|\d\/\d)\s*(cups?|c|oz|g|ml|grams?)\s*\)/gi, '$1 $2');
  // "shared a tiramisu, i had half", "split a pizza with my son": the share said before the food.
  // "shared fries w my friend", "shared nachos, had half": "shared" before any food word too ("split" only
  // before an amount: "split pea soup" is a food).
  const lead = /^\s*(?:we\s+|i\s+)?(?:(?:shared|split)\s+(?=(?:a|an|the|one|\d+|some|my|our)\b)|shared\s+(?!(?:with|w|it|this|that|them|by|between|among)\b|w\/)(?=[a-z]))/i.exec(text);
  if (lead) {
    const said = lead[0].trim();
    // "… with my son", "… w 2 friends, i had a third": whom it was shared with is no food (and how many, the share).
    let others = 1;
    text = text.slice(lead[0].length).replace(new RegExp(String.raw`\s+(?:with|w\/?)\s+(?:(?:my|the|a|his|her|our|their)\s+|(${NUM_WORD})\s+)[a-z]+\s*(?=$|[,;])`, 'i'), (_all, n?: string) => {
      if (n) others = SHARE_COUNTS[n.toLowerCase()] ?? Number(n);
      return '';
    });
    // "we split a slice of cheesecake 4 ways at the cheesecake factory": N ways is the writer and N − 1 others (round 16a; no proposal had been made).
    text = text.replace(new RegExp(String.raw`\s+(${NUM_WORD})\s+ways\b`, 'i'), (_all, n: string) => {
      const k = SHARE_COUNTS[n.toLowerCase()] ?? Number(n);
      if (k >= 2) others = k - 1;
      return '';
    });
    const m = SHARE.exec(text);
    if (m && m.index > 0) return estimateMeal(text, table);
    const out = estimateItems(text, table);
    const food = out.foods[0];
    if (food) {
      const f = 1 / (others + 1);
      Object.assign(food, { quantity: round3(food.quantity * f), grams: round1(food.grams * f), carbs_g: round1(food.carbs_g * f) });
      food.note = [...(food.note ?? '').split('; ').filter((n) => n && !n.startsWith('check this amount')), implausibleAmount(table.byCode.get(food.food_code)!, food.grams), `your share: “${said}” (× ${round3(f)})`].filter(Boolean).join('; ');
    }
    return { ...out, carbs_g: round1(out.foods.reduce((s, f) => s + f.carbs_g, 0)) };
  }
  // "big mac and a medium fry, split the fries w my son": "split the X" shares X alone, said before it, and X is no food
  // more (round 16a; the fries had been counted twice and the share lost).
  const part = new RegExp(String.raw`\s*[,;]\s*(?:and\s+)?(?:we\s+|i\s+)?(?:split|shared?)\s+the\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:with|w\/?)\s*(?:(?:my|the|a|his|her|our|their)\s+)?(?:(${NUM_WORD})\s+)?([a-z]+)\s*(?=$|[,;.!])`, 'i').exec(text);
  if (part && !NOBODY.test(part[3]!) && (!!part[2] || !GROUP.test(part[3]!.toLowerCase()))) {
    const out = estimateMeal(text.slice(0, part.index) + text.slice(part.index + part[0].length), table);
    const said = words(part[1]!).map(stem);
    const shared = [...out.foods].reverse().find((f) => said.every((w) => words(f.description).map(stem).includes(w)));
    if (shared) {
      const f = 1 / ((part[2] ? (SHARE_COUNTS[part[2].toLowerCase()] ?? Number(part[2])) : 1) + 1);
      Object.assign(shared, { quantity: round3(shared.quantity * f), grams: round1(shared.grams * f), carbs_g: round1(shared.carbs_g * f) });
      shared.note = [shared.note, `your share: “${part[0].replace(/^[\s,;]+/, '').trim()}” (× ${round3(f)})`].filter(Boolean).join('; ');
      return { ...out, carbs_g: round1(out.foods.reduce((sum, x) => sum + x.carbs_g, 0)) };
    }
  }
  const m = SHARE.exec(text);
  if (!m || m.index === 0) return afterFoodLabel(text, table);
  // "stuffed pepper, a whole one": as "the whole thing" ("one" had been a Fiber One bar).
  const whole = /\bwhole\s+(?:thing|one)\b/i.test(m[0]);
  let before = estimateItems(text.slice(0, m.index), table);
  // "chicken & veggie quesadilla, the whole thing": one whole item, not USDA's usual serving (a part of one).
  // "cinnabon split 3 ways": what was split N ways, said with no amount, is one whole of it too.
  if ((whole || new RegExp(String.raw`\b(?:${NUM_WORD})\s+ways\b`, 'i').test(m[0])) && before.foods.length === 1 && before.foods[0]!.portion === QNS && !/^\s*(?:\d|a\b|an\b|one\b|half\b)/i.test(text)) {
    const one = estimateItems(`1 ${text.slice(0, m.index)}`, table);
    if (one.foods.length === 1 && one.foods[0]!.food_code === before.foods[0]!.food_code) before = one;
  }
  let after = text.slice(m.index + m[0].length).replace(/^(?:[\s,;.+&]|\b(?:and|plus|then)\b)+/, '');
  // "… split 3 ways at the mall": where or when it was shared, naming no food, is context.
  const where = /^((?:at|in|on|from|during|after|before|over)\s[^,;+&]*)(.*)$/i.exec(after);
  if (where && namesNoFood(words(where[1]!), table)) after = where[2]!.replace(/^(?:[\s,;.+&]|\b(?:and|plus|then)\b)+/, '');
  const rest = after.trim() ? estimateMeal(after, table) : { foods: [], unknown: [], carbs_g: 0 };
  const food = before.foods[before.foods.length - 1];
  const [, saved, pieces, pieceUnit] = m;
  const said = m[0].replace(/^[\s,;-]+/, '').trim();
  // The parts of the share, in whatever order they were said.
  const phrase = said.toLowerCase();
  const who = new RegExp(String.raw`(?:with\s+|w\/\s*|w\s+|between\s+)(?:(?:my|the|a|his|her|our|their)\s+)?(?:(${NUM_WORD})\s+)?([a-z]+)`).exec(phrase);
  const withCount = who?.[1];
  const withWhom = who?.[2];
  const ways = new RegExp(String.raw`\b(${NUM_WORD})\s+ways\b`).exec(phrase)?.[1];
  const iHad = new RegExp(String.raw`\b(?:had|ate|got|took|so)\s+(${SHARE_FRACTION}|${NUM_WORD})(?![\w/.])`).exec(phrase)?.[1] ?? new RegExp(String.raw`(?:^|[\s(,;-])(${SHARE_FRACTION})\b`).exec(phrase)?.[1];
  const nobody = !!withWhom && NOBODY.test(withWhom);
  let factor = 1;
  // "chicken quesadilla, ate 3 triangles", "lasagna - had 2 squares": the pieces of a dish said
  // without a count are how much of it was eaten (USDA's "1 triangular piece", "1 piece"); they had
  // read as a food of their own (three danishes, "triangle" read as "kringle").
  // The dish alone may have no word of eating to correct its spelling by ("chicken quesadila"): the pieces are that word.
  if (pieces && !saidCount(text.slice(0, m.index))) {
    const n = SHARE_COUNTS[pieces.toLowerCase()] ?? Number(pieces);
    const unit = /^slices?$/i.test(pieceUnit!) ? 'slices' : 'pieces';
    const dish = text.slice(0, m.index).replace(/^\s*(?:an?|one|1)\s+/i, '');
    const again = estimateItems(`${n} ${unit} of ${dish}`, table);
    if (again.foods.length === 1 && !again.unknown.length && (!food || again.foods[0]!.food_code === food.food_code)) {
      again.foods[0]!.note = [again.foods[0]!.note, `your share: “${said}”`].filter(Boolean).join('; ');
      const foods = [...before.foods.slice(0, -1), again.foods[0]!, ...rest.foods];
      // A dish not read alone (before its pieces corrected its spelling) was reported unknown: it is the food now.
      return { foods, unknown: [...(food ? before.unknown : before.unknown.slice(0, -1)), ...rest.unknown], carbs_g: round1(foods.reduce((s, f) => s + f.carbs_g, 0)) };
    }
  }
  const had = iHad ?? pieces;
  if (nobody) factor = 1;
  else if (saved) factor = Math.max(0, 1 - shareNumber(saved));
  else if (had) {
    const n = shareNumber(had);
    // "I had 4" of "a dozen munchkins": four of the pieces counted, never more than were said.
    factor = n < 1 || !food ? n : food.quantity > n ? n / food.quantity : 1;
  } else if (ways) factor = 1 / (SHARE_COUNTS[ways.toLowerCase()] ?? Number(ways));
  // "shared w 2 kids": the writer and the others counted.
  else if (withCount) factor = 1 / ((SHARE_COUNTS[withCount.toLowerCase()] ?? Number(withCount)) + 1);
  else if (withWhom ? !GROUP.test(withWhom.toLowerCase()) : /^we\s/i.test(said)) factor = 1 / 2;
  // "a funnel cake, shared": half; "half a funnel cake, shared" already said the share.
  else if (/^(?:split|shared)$/i.test(said) && food && food.quantity >= 1) factor = 1 / 2;
  // "pad thai w shrimp, ate half", "burrito bowl with guac, split w my son": the share is of the whole dish, with what it
  // was said with, never of its last food alone (round 16a; the shrimp had been halved and the pad thai eaten whole).
  const lastItem = text.slice(0, m.index).split(/[,;+]|\b(?:and|plus|then)\b/).pop() ?? '';
  const withIt = /\b(?:w|with)\b|\bw\//i.test(lastItem) ? Math.min(before.foods.length, estimateItems(lastItem, table).foods.length) : 1;
  for (const part of factor !== 1 ? before.foods.slice(before.foods.length - Math.max(1, withIt)) : []) {
    const k = (x: number) => Math.round(x * factor * 10) / 10;
    Object.assign(part, { quantity: round3(part.quantity * factor), grams: k(part.grams), carbs_g: k(part.carbs_g) });
    // The amount to check is what the writer ate, not the whole pizza shared.
    const check = implausibleAmount(table.byCode.get(part.food_code)!, part.grams);
    part.note = [...(part.note ?? '').split('; ').filter((n) => n && !n.startsWith('check this amount')), check].filter(Boolean).join('; ') || null;
  }
  if (food) food.note = [food.note, `your share: “${said}”${factor !== 1 ? ` (× ${round3(factor)})` : ''}`].filter(Boolean).join('; ');
  const foods = [...before.foods, ...rest.foods];
  return { foods, unknown: [...before.unknown, ...rest.unknown], carbs_g: round1(foods.reduce((s, f) => s + f.carbs_g, 0)) };
}

/**
 * "protein shake: 1 scoop whey in a cup of skim milk": a label that names what the foods after it make, read whole, made no
 * food; the foods after it are the meal, the label its name (round 15a; it had made no proposal).
 */
function afterFoodLabel(text: string, table: FoodTable): MealEstimate {
  const out = estimateItems(text, table);
  const colon = /^\s*([^:;,\n]{1,40}):\s*(\S[\s\S]*)$/.exec(text);
  if (!colon || !out.unknown.some((u) => u.includes(':'))) return out;
  const rest = estimateItems(colon[2]!, table);
  if (!rest.foods.length || rest.unknown.length >= out.unknown.length) return out;
  rest.foods[0]!.note = [rest.foods[0]!.note, `“${colon[1]!.trim()}”: the name of what these make`].filter(Boolean).join('; ');
  return rest;
}

function estimateItems(text: string, table: FoodTable): MealEstimate {
  // A meal word said as context ("cheese quesidilla for lunch", "kids lunch: …") is left out below, but still says the
  // message is about eating, so its misspelt food is corrected (round 15c; it had made no proposal).
  const saidEating = EATING.test(text);
  const foods: EstimatedFood[] = [];
  /** Foods said with no amount of their own, which an amount right after may belong to. */
  const noAmount = new Set<EstimatedFood>();
  /** Foods said with "a" alone, which a weight or volume right after may size. */
  const sizedAfter = new Set<EstimatedFood>();
  /** Foods said with a size USDA has no portion of ("big takeout order pad thai"), which a measure right after may size. */
  const sizedByWord = new Set<EstimatedFood>();
  /** The food words each food was said with. */
  const saidOf = new Map<EstimatedFood, string[]>();
  /** The unit each food was said with. */
  const unitOf = new Map<EstimatedFood, Unit | null>();
  /** Foods said with no count, which a count said alone after may count. */
  const countless = new Set<EstimatedFood>();
  const unknown: string[] = [];
  // "2 honey packets, sugar was 61", "bs 70 so a juice box", "bg was 65 - 4 glucose tabs": a glucose
  // reading is never food (it had read as 61 sugar packets, 224 g).
  const readings: string[] = [];
  text = text.replace(GLUCOSE_READING, (m: string, lead: string, n: string, unit: string | undefined) => {
    // mg/dL whole, or mmol/L with its decimal ("cgm says 3.7"): a reading word before it says which it is.
    if (!unit && !(Number(n) >= 40 && Number(n) <= 600 && !n.includes('.')) && !(n.includes('.') && Number(n) >= 1.5 && Number(n) <= 33)) return m;
    readings.push(m.replace(/^[\s,;:-]+/, '').trim());
    return lead ? `${lead} ` : ' ';
  });
  if (readings.length) text = text.replace(/^\s*(?:[-–—:,;.]+|so\b)\s*/i, '');
  // "1.5 tbsp honey bc i was 62": the word that led to the reading is none of the food either.
  if (readings.length) text = text.replace(/\s+(?:and|but|so|then|when|while|since|cuz|because|bc)\s*(?=$|[,;.:!])/gi, '');
  text = sayPlainly(text);
  text = eachOn(text);
  // "sliced a mango, ate half of it", "peeled an orange": how it was cut before the food is no food, and "a" is one whole (round 15a).
  text = text.replace(/^\s*(?:i\s+)?(?:sliced|cut|peeled|chopped|diced|cubed|halved|quartered)(?:\s+up)?\s+(?=(?:a|an|one|\d+|two|three)\s+[a-z])/i, '');
  // "pizza party: 2 slices of pepperoni", "2 slices of a large cheese pizza + 1 slice pepperoni": slices of a pizza's kind,
  // in a message about pizza, are slices of that pizza (round 15a; they had been two slices of the sausage).
  if (/\b(?:pizzas?|pizzeria|domino'?s|dominos|papa john'?s|little caesars?'?s?|pizza hut|sbarro|costco)\b/i.test(text)) text = text.replace(/\b(\d+|a|an|one|two|three|four)\s+(slices?|pieces?)\s+(?:of\s+)?((?:(?:thin|thick|stuffed|pan|hand[- ]?tossed|deep[- ]dish|new york|ny)(?:\s+style)?\s+(?:crust\s+)?)?(?:pepperoni|cheese|sausage|supreme|combo|veggie|hawaiian|meat lovers?|margherita|buffalo chicken|bbq chicken))\b(?!\s+(?:pizza|slices?|sticks?|bread|crackers?|and\s+crackers?)|[^,;+.]*\bpizza\b(?!\s+(?:night|party|day|friday)))/gi, '$1 $2 of $3 pizza');
  // "3 slices of cheese at pizza night": an evening named for a food, once it has said what the slices are, is when (round 16c; the whole message had been unread).
  text = text.replace(/\s*\b(?:at|for|on|during)\s+(?:a\s+|our\s+|the\s+)?(?:pizza|taco|wing|burger|pasta|sushi|sundae)\s+(?:nights?|party|parties)\b/gi, '');
  // "caesar salad w grilled chicken & dressing", "side salad w dressing": dressing said by no kind beside a salad is a
  // salad dressing, a caesar's its own (round 16c; it had been USDA's oyster dressing, the Thanksgiving stuffing, 15 g).
  if (/\b(?:salads?|caesar)\b/i.test(text)) text = text.replace(/(^|\b(?:w\/?|with|and|n|&|\+|plus|some|extra|light|little|bit of|side of)\s+|[,&+]\s*)((?:the|some|a)\s+)?dressing\b/gi, (_m, lead: string, art: string | undefined) => `${lead}${art ?? ''}${/\bcaesar\b/i.test(text) ? 'caesar' : 'salad'} dressing`);
  // "crockpot pot roast w potatoes and carrots, 1 cup": a pot roast cooked with potatoes and vegetables is that one dish (round 16c; three foods had made 43 g for 28).
  // Only measured: said without a measure, sets 3, 7 and 19 count its parts (43 g) where set 40 counts the dish (21 g).
  if (/\bcups?\b/i.test(text)) text = text.replace(/\b(?:(?:crock\s?pot|slow\s+cooker|instant\s+pot|beef|sunday)\s+)?pot\s+roast(?:\s+(?:w\/?|with|and|&|\+|n)\s+(?:the\s+)?(?:potatoes|potato|taters|carrots|veggies|vegetables)(?:\s*(?:,|and|&|\+|n|w\/?|with)\s*(?:potatoes|potato|carrots?|veggies|vegetables|onions?|celery|gravy))*|\s+dinner\s*\((?:\s|,|&|and|meat|beef|potatoes|carrots|veggies|vegetables|gravy)+\))(?![a-z])/gi, 'yankee pot roast');
  // "hot dog cut up in 3/4 cup mac n cheese", "mac and cheese w a cut up hot dog": a hot dog cut into a dish is the frank
  // alone, no bun (round 16c; it had been lost, or a hot dog sandwich in its bun).
  text = text.replace(/\b(a|an|one|\d+|two|three)?\s*(hot\s?dogs?|franks?|wieners?)\s+(?:cut\s+up|chopped(?:\s+up)?|sliced(?:\s+up)?|diced)\s+(?:in|into|with|w\/?|on)\s+/gi, (_m, n: string | undefined, dog: string) => `${n ?? 'a'} ${/s$/i.test(dog) && n && !/^(?:a|an|one|1)$/i.test(n) ? 'hot dogs' : 'hot dog'}, no bun, and `);
  text = text.replace(/\b(a|an|one|\d+|two|three)\s+(?:cut\s+up|chopped(?:\s+up)?|sliced(?:\s+up)?|diced)\s+(hot\s?dogs?|franks?|wieners?)\b/gi, (_m, n: string, dog: string) => `${n} ${/s$/i.test(dog) ? 'hot dogs' : 'hot dog'}, no bun,`);
  // "grilled a turkey burger, had it on a wheat bun": the bun it was had on is its bun, not a hamburger more (round 16c).
  text = text.replace(/\b(burger|patty|hot\s?dog)\s*,\s*(?:and\s+|then\s+)?(?:(?:i|we|he|she)\s+)?(?:had|ate|put|served)\s+it\s+on\s+(?=(?:a\s+|an\s+)?(?:[a-z]+\s+){0,2}(?:bun|roll|bread|toast|english\s+muffin)\b)/gi, '$1 on ');
  // "dining hall: 2 slices pepperoni + a salad", "night shift - 1 slice pepperoni": a few slices of a kind only a pizza
  // is named for, said without "pizza", are slices of that pizza (round 16c; they had been two slices of the sausage,
  // 4 g). "slices of pepperoni on crackers", "a sandwich w 3 slices of pepperoni", "8 slices of pepperoni" stay the meat.
  if (!/\b(?:crackers?|sandwich|sub|hoagie|wrap|bagel|toast|charcuterie|board|lunchables?|roll[- ]?ups?|salami|snack|pizza)\b/i.test(text)) {
    const before = text;
    text = text.replace(/(?<![\d.])\b([1-4]|a|an|one|two|three|four)\s+(slices?)\s+(?:of\s+)?((?:(?:thin|thick|stuffed|pan|hand[- ]?tossed|deep[- ]dish)(?:\s+style)?\s+(?:crust\s+)?)?)(pepperoni|supreme|combo|hawaiian|meat lovers?|margherita|buffalo chicken|bbq chicken)\b(?!\s+(?:slices?|sticks?|rolls?|bread|and\s+cheese))/gi, '$1 $2 of $3$4 pizza');
    // "3 slices thick crust cheese": a crust says the slices are of a pizza, whatever its kind.
    text = text.replace(/(?<![\d.])\b([1-4]|a|an|one|two|three|four)\s+(slices?)\s+(?:of\s+)?((?:thin|thick|stuffed|pan|hand[- ]?tossed|deep[- ]dish)(?:\s+style)?\s+crust)\s+(cheese|sausage|veggie|mushroom|white)\b(?!\s+pizza)/gi, '$1 $2 of $3 $4 pizza');
    // "2 slices cheese + 1 pepperoni": slices of one kind with a count of a kind only a pizza is named for.
    const cheeseAndAKind = /\b(?:[1-4]|a|an|one|two|three|four)\s+slices?\s+(?:of\s+)?(?:cheese|sausage|veggie)\s*(?:\+|&|and|,)\s*(?:[1-4]|a|an|one|two|three|four)\s+(?:slices?\s+(?:of\s+)?)?(?:pepperoni|supreme|combo|hawaiian|meat lovers?|margherita)\b(?!\s+(?:slices?|sticks?))/i;
    // Once the slices are of pizza, the other kinds beside them are slices too.
    if (text !== before || cheeseAndAKind.test(text)) text = text.replace(/(?<![\d.])\b([1-4]|a|an|one|two|three|four)\s+(?:(slices?)\s+(?:of\s+)?)?(pepperoni|cheese|sausage|supreme|combo|veggie|hawaiian|meat lovers?|margherita)\b(?!\s+(?:pizza|slices?|sticks?|bread|crackers?))/gi, (_m, n: string, sl: string | undefined, kind: string) => `${n} ${sl ?? (/^(?:1|a|an|one)$/i.test(n) ? 'slice' : 'slices')} of ${kind} pizza`);
    // "a slice of hawaiian, thin crust": the crust said after is of that pizza.
    if (text !== before) text = text.replace(/\bpizza\s*(?:[,;]|\s[-–—])\s*(?:(?:thin|thick|stuffed|hand[- ]?tossed|deep[- ]dish|pan|new york|ny)(?:\s+style)?\s+crust)\b/gi, 'pizza');
  }
  // "dominos, 2 slices pepperoni from a medium": slices from a pizza of a size are that size's slices (round 16c).
  text = text.replace(/\b((?:\d+|a|an|one|two|three|four)\s+(?:slices?|pieces?)\s+(?:of\s+)?)(?:an?\s+)?((?:[a-z]+\s+){0,3}?pizza)\s+(?:from|off|out of)\s+(?:an?|the|one)\s+(small|medium|large|extra[- ]large|x-?large|xl)\b(?:\s+(?:pizza|pie|one))?/gi, (_m, lead: string, kind: string, size: string) => `${lead.replace(/\s+(?:of\s+)?$/, '')} of a ${size} ${kind}`);
  // "4 little beef empanadas": little after a count is the small size (round 15a); "2 little 10oz bottles" says its size in ounces.
  text = text.replace(/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen)\s+little\s+(?![\d.]+\s*(?:oz|fl|ml))/gi, '$1 small ');
  text = text.replace(/\b(\d+|two|three|four|five|six)\s+(?:small|little|mini)\s+(\d+(?:\.\d+)?\s*(?:oz|fl oz|ml)\s+(?:bottles?|cans?|cartons?|boxes?))/gi, '$1 $2');
  // "3 scoops ice cream in a waffle cone": the scoops are of ice cream, the cone one cone (round 15a; it had been three cones).
  text = text.replace(/\b(\d+|two|three|four|five)\s+(scoops?)\s+(?:of\s+)?((?:[a-z]+\s+){0,3}?(?:ice cream|gelato|froyo|frozen yogurt))\s+(?:in|on)\s+(?:a|an|one)\s+((?:waffle|sugar|cake|wafer)\s+)?cone\b/gi, (_m, n: string, sc: string, ice: string, kind: string | undefined) => `${n} ${sc} ${ice} and 1 ${/waffle/i.test(kind ?? '') ? 'large waffle ' : ''}cone shell`);
  // "1 oz tortilla chips crushed on top", "1 tbsp honey drizzled": how a topping was put on names no food (round 15a; the chips and honey were lost).
  text = text.replace(/(?<=[a-z])\s+(?:(?:crushed|crumbled|sprinkled|drizzled|spread|poured|dolloped|melted|piled)(?:\s+(?:on\s+top|over\s+(?:it|them|the\s+top)|on\s+(?:it|them)))?|on\s+top(?:\s+of\s+(?:it|them|that))?)(?=\s*(?:$|[,;.+&)]|\band\b|\bplus\b))/gi, ' ');
  // "3 gogurts (he was hungry)": a remark in brackets is context, not food.
  // "(hungry today)": a remark of how, with no food in it, as well.
  text = text.replace(/\s*\(([^()]*\b(?:he|she|i|we|they|was|were|is|am|so|because|cuz|bc|hungry|starving|today|tonight|oops|again|yum|lol|sick|day|night|morning|tired|flu|stressed|bored|feeling|cravings|sad|celebrating|celebration|cheat|craving|finally|ugh|post|pre|workout|run|walk|hike|hypo|treat|birthday|bday|vacation|holiday|trip|leftovers?|shift|tmrw|tomorrow|yesterday|after|before|practice|teen|kids?|son|daughter|hubby|husband|wife|mom|dad)\b[^()]*)\)/gi, (m: string, said: string) => (/\d/.test(said) || !namesNoFood(words(said.replace(/['’]/g, ' ')), table) ? m : (readings.push(said.trim()), ' ')));
  text = bracketWords(text, table, readings);
  const label = leadingLabel(text, table);
  if (label) text = label.rest;
  // "cashews - handful at my desk": a dash between a food and its amount, once no label is before it, is a comma (round 15a).
  text = text.replace(/(?<=[a-z)])\s+[-–—]+\s+(?=(?:(?:a|an|about|like|maybe|around|~)\s+)?(?:handfuls?|half|\d+(?:\.\d+)?|one|two|three|four|five|six)(?:\s+(?:of\s+(?:them|those|it)|cups?|c|oz|g|pieces?|slices?))?\s*(?:$|[,;.]|\s(?:at|for|in|on|from|during|while|after|before)\b))/gi, ', ');
  // "had 2 big slices of watermelon just now", "cream of rice this am": words of when that the
  // chat's times do not read are no food (USDA's "just" and "am" fit nothing either).
  const when = TIME_WORDS.exec(text);
  if (when && text.replace(when[0], ' ').trim()) text = text.replace(when[0], ' ');
  // "a small glass of eggnog (4 oz)", "big bowl of cheerios (2 cups)": an amount in brackets is the amount eaten, over the words of size before it.
  // Not after a part or a count ("half a gatorade (20oz)"): there the bracket is the size of one.
  // "a banana and a small gatorade (12 oz)": the bracket is of the food right before it, never of one said before a joiner
  // and an article (round 16a; the banana had been 12 oz); "mac and cheese (1 cup)" is one food.
  text = text.replace(BRACKETED_AMOUNT, (m: string, food: string, n: string, unit: string, at: number, all: string) => {
    const joined = /^(.*?\s(?:and|plus|with|w|then|&|\+)\s+)((?:an?|one|some|my)\s+.*)$/i.exec(food);
    if (joined) {
      const prefix = m.slice(0, m.indexOf(food));
      const last = joined[2]!.replace(BRACKET_LEAD, '');
      return `${prefix}${joined[1]}${n} ${unit} ${last}`;
    }
    return /(?:half|quarter|third|\d)\s*$/i.test(all.slice(0, at)) || /^(?:half|quarter|a third|a quarter)\b/i.test(food) ? m : `${n} ${unit} ${food}`;
  });
  // "2 red bulls (8.4 oz)", "3 beers (12 oz each)": a fluid amount in brackets after a count is the
  // size of each (it had been read as the whole, or dropped as context and the count taken at
  // USDA's usual serving); any amount said "each" is too.
  text = text.replace(
    // "2 tallboys (16 oz beers)": the bracket may name the food again after the size (it says what the name is).
    /(?<![\d./])(\d{1,2})\s+([a-z][a-z' -]*?)\s*\(\s*(?:about\s+|~\s*|approx\.?\s+)?(\d+(?:\.\d+)?)\s*(fl\.? ?oz|oz|ml|g|grams?|cups?)(\s*(?:each|ea|apiece))?(?:\s+([a-z]+))?\s*\)/gi,
    (m: string, count: string, food: string, n: string, unit: string, each: string | undefined, named: string | undefined) => {
      const k = Number(count);
      // "23 almonds (1 oz)": a weight after a count of more than a few small things is all of them, not each.
      if (k < 2 || /^(?:half|quarter|third|slices?|pieces?)\b/i.test(food) || (!each && !named && !/^(?:fl|oz|ml)/i.test(unit))) return m;
      // A word in the bracket that is no food's name again ("(16 oz total)") leaves the bracket as it was.
      if (named && (/^(?:each|ea|apiece|total|altogether|in|of)$/i.test(named) || !/^(?:fl|oz|ml)/i.test(unit))) return m;
      const food2 = named ? `${food} ${named}` : food;
      if (!each && !named && k > 6) return `${n} ${unit} ${food2}`;
      return `${round3(k * Number(n))} ${unit} ${food2}`;
    },
  );
  // "3 stuffed pepper halves (rice & ground beef)": parts listed in brackets after a dish are said "with" it.
  text = text.replace(/\s*\(([^()]*\s(?:&|and)\s[^()]*)\)/g, ' with $1');
  // "half cup cream of rice for my toddler": who it was for is no food, even where a word of it
  // names one (USDA's "Toddler meal"); the food is the one said.
  const forWhom = /\b(?:baby|toddler|infant)\b/i.test(text.replace(FOR_WHOM, ' ')) ? null : FOR_WHOM.exec(text);
  if (forWhom) text = text.replace(FOR_WHOM, ' ');
  // "4 pancakes w syrup, kids breakfast", "quick breakfast: grits": a meal word with words of
  // who or how is context, though "kids" (a Clif Kids bar) and "quick" (quick grits) are USDA's words.
  const mealNote = MEAL_NOTE.exec(text);
  if (mealNote && text.replace(mealNote[0], ' ').trim()) text = text.replace(mealNote[0], mealNote[1] ?? ' ');
  const forMeal: string[] = [];
  text = text.replace(FOR_MEAL, (m: string, said: string, at: number) => (text.slice(0, at).trim() ? (forMeal.push(said), ' ') : m));
  const context = [...readings, ...forMeal, label?.label, when?.[0].trim(), forWhom?.[0].trim(), mealNote?.[0].replace(/^[\s,;:-]+|[\s,;:-]+$/g, '')].filter(Boolean);
  const items = splitJoined(keepAndNames(text, table)).map(({ item, joiner }) => ({ item, joiner, w: readItem(item, unitPhrases(table)) }));
  // "leftover gumbo, no rice, 2 cups": a "no X" said after a comma is left out of the food before it, as in "gumbo no rice".
  for (let i = 1; i < items.length; i++) if (items[i]!.joiner === ',' && items[i]!.w.notFood && /^\s*(?:no|without)\s+[a-z]/i.test(items[i]!.item) && items[i - 1]!.w.food.length && !items[i - 1]!.w.omitted) items[i - 1]!.w = { ...items[i - 1]!.w, omitted: items[i]!.item.trim().toLowerCase() };
  // Misspellings are corrected only where the message is plainly about eating: an eating
  // verb or meal word, or an amount ("a", "2 slices"). "brisk walk" is not "brick cheese".
  // A message that names a food as written ("cheesburger and fries") is about eating too.
  // "spagheti and meatbals", "lazagna": a message all of whose words are foods, each as written or a misspelling of six
  // letters or more that is no English word, is about eating too (round 15c; the guard against "brisk walk" → brick
  // cheese is the English-word rule now, and names of five letters or fewer stay uncorrected: "jenna", "libre").
  const vocab = indexOf(table).vocab;
  const onlyFoods = () => {
    const said = items.filter(({ w }) => w.food.length && !w.notFood);
    return said.length > 0 && said.every(({ w }) => w.food.every((x) => vocab.has(x) || (x.length >= 6 && !isEnglishWord(x))) && (matchFood(w.food, table).match?.unused.length ?? 1) === 0);
  };
  const eating =
    saidEating || items.some(({ w }) => w.quantity !== null || w.unit !== null || w.size !== null) || items.some(({ w }) => w.food.length > 0 && !w.notFood && matchFood(w.food, table, { typos: false }).match !== null) || onlyFoods();
  /** A food said "with" the one before it, which has the dish it came with. */
  const sideOf = new Map<EstimatedFood, EstimatedFood>();
  let joinerNow = '';
  /** How many foods there were before each item: the item before made exactly the last food when one more. */
  const foodsAt: number[] = [];
  for (let i = 0; i < items.length; i++) {
    foodsAt.push(foods.length);
    const { item } = items[i]!;
    let { w } = items[i]!;
    const itemText = tidy(item);
    joinerNow = items[i]!.joiner;
    if (w.notFood) continue;
    // "chicken burrito with rice and beans", "fish curry with rice": one dish where USDA has
    // it ("Burrito, chicken, with beans and rice"; "Fish curry with rice"), not three foods.
    const sides: number[] = [];
    let sideAmount: { quantity: number | null; unit: ItemWords['unit'] } | null = null;
    for (let j = i + 1; j < items.length && (items[j]!.joiner === 'with' || (sides.length && /^(?:and|&|,|n)$/.test(items[j]!.joiner))); j++) {
      const b = items[j]!.w;
      // "beef stroganoff w noodles 1.5 cup", "grits w cheese 1 cup": an amount said after the last side, of a food said
      // with none, is the whole dish's (it had been a cup and a half of noodles on top of the stroganoff).
      const amountAfter = (b.quantity !== null || b.unit !== null) && b.size === null && w.quantity === null && w.unit === null && w.size === null && /^\s*[a-z]/i.test(items[j]!.item) && !/^\s*(?:a|an|one|two|three|half|some|about|like|around)\b/i.test(items[j]!.item);
      if (!b.food.length || b.notFood || (!amountAfter && (b.quantity !== null || b.unit !== null || b.size !== null))) break;
      sides.push(j);
      if (amountAfter) {
        sideAmount = { quantity: b.quantity, unit: b.unit };
        break;
      }
    }
    // A measure said ("1/2 cup mashed potatoes w gravy") is of the food said and its side comes
    // on top, unless the side is in the dish's own name ("2 cups beef stroganoff w noodles").
    if (w.food.length && sides.length) {
      const inName = (w.unit !== null && w.unit !== 'half') || sideAmount !== null;
      const dish = dishWith(w.food, sides.map((j) => items[j]!.w.food), table, inName) ?? (sides.length > 1 && !sideAmount ? dishWith(w.food, [items[sides[0]!]!.w.food], table, inName) : null);
      // "beef pho w extra noodles 2.5 cups": sides that are the food's own parts, the amount after them the food's.
      const own = !dish && sideAmount ? matchFood(w.food, table, { typos: eating }).match : null;
      if (own && !own.unused.length && sides.every((j) => isPartOf(items[j]!.w.food, own.food.description))) {
        add([itemText, ...sides.map((j) => tidy(items[j]!.item))].join(' with '), { ...w, quantity: sideAmount!.quantity, unit: sideAmount!.unit, article: false }, own, []);
        i = sides[sides.length - 1]!;
        continue;
      }
      if (dish && sideAmount && dish.sides === sides.length) {
        add([itemText, ...sides.map((j) => tidy(items[j]!.item))].join(' with '), { ...w, quantity: sideAmount.quantity, unit: sideAmount.unit, article: false }, dish.match, []);
        i = sides[sides.length - 1]!;
        continue;
      }
      if (dish && !sideAmount) {
        const used = sides.slice(0, dish.sides);
        // "burrito bowl w rice, black beans, chicken and salsa": the sides after the first that
        // the dish's own name holds are parts of it too (salsa is not: it stays a food); a
        // smoothie "w banana, berries and yogurt" is made of all its fruit and dairy.
        const dishWords = new Set(words(dish.match.food.description).map(stem));
        const blended = /^(?:smoothie|shake|milkshake)$/.test(w.food[w.food.length - 1]!);
        for (const j of sides.slice(dish.sides)) {
          const last = items[j]!.w.food[items[j]!.w.food.length - 1]!;
          if (!dishWords.has(last) && !(blended && (FRUITS.has(last) || /^(?:yogurt|milk|ice_cream|protein)$/.test(last)))) break;
          used.push(j);
        }
        add([itemText, ...used.map((j) => tidy(items[j]!.item))].join(' with '), w, dish.match, []);
        i = used[used.length - 1]!;
        continue;
      }
    }
    // "white chicken chili w beans 1.5 cups", "tuna casserole w noodles & peas, about 2 cups", "beef pho w extra noodles":
    // a dish said with what it is made with is that dish, and an amount said after is the dish's (round 15a; the beans
    // had taken the amount beside the chili).
    const dishNoun = w.food.length ? w.food[w.food.length - 1]!.split('_').pop()! : '';
    if (w.food.length && sides.length && MADE_WITH_DISHES.has(dishNoun)) {
      const main = matchFood(w.food, table, { typos: eating, fastFood: w.fastFood }).match;
      if (main && !main.unused.length && sides.every((j) => inTheDish(items[j]!.w.food, dishNoun, main.food, table))) {
        const said = sides.map((j) => tidy(items[j]!.item));
        add([itemText, ...said].join(' with '), sideAmount ? { ...w, quantity: sideAmount.quantity, unit: sideAmount.unit, article: false } : w, { ...main, corrected: [...main.corrected, `made with ${said.map((x) => `“${x}”`).join(', ')}: part of the dish`] }, []);
        i = sides[sides.length - 1]!;
        continue;
      }
    }
    // "sandwhich, turkey on white", "salad: caesar": a dish said by its kind right after is one dish, not a generic one on top.
    const kindNext = items[i + 1];
    const generic = w.food.length === 1 ? (DISH_NOUNS.has(w.food[0]!) ? w.food[0]! : /^([A-Za-z]+), NFS$/.exec(matchFood(w.food, table, { typos: eating }).match?.food.description ?? '')?.[1]?.toLowerCase()) : undefined;
    if (generic && DISH_NOUNS.has(generic) && w.quantity === null && w.unit === null && kindNext && /^(?:,|:|-)$/.test(kindNext.joiner) && kindNext.w.food.length && !kindNext.w.food.includes(generic)) {
      const kind = matchFood([...kindNext.w.food, generic], table, { typos: eating }).match ?? matchFood(kindNext.w.food, table, { typos: eating }).match;
      if (kind && !kind.unused.length && words(kind.food.description).map(stem).includes(generic)) {
        add(`${itemText}, ${tidy(kindNext.item)}`, { ...kindNext.w }, kind, []);
        i++;
        continue;
      }
    }
    // "2 cinnamon rolls w icing": the icing of a food USDA has frosted or iced is in it already.
    const before = foods[foods.length - 1];
    // "chocolate cupcake w choc frosting": the icing said by its flavour too.
    if (items[i]!.joiner === 'with' && before && w.quantity === null && w.unit === null && w.food.length && w.food.length <= 3 && /^(?:icing|frosting|glaze)$/.test(w.food[w.food.length - 1]!) && /\b(?:frosted|iced|glazed|with [a-z ]*icing)\b/i.test(before.description)) {
      before.text = `${before.text} with ${itemText}`;
      before.note = [before.note, `“${itemText}” is in the food`].filter(Boolean).join('; ');
      continue;
    }
    // "4 chicken tacos w cheese", "tuna casserole w noodles", "2 slices french toast w challah": a side said
    // with no amount that the food read names as its own part (its description, or DISH_PARTS) is in it already.
    // (Not the first of a list of sides, "tuna casserole w noodles & peas, about 2 cups": the amount is the dish's, read with its sides.)
    if (items[i]!.joiner === 'with' && before && w.quantity === null && w.unit === null && w.size === null && w.food.length && !/^(?:and|&|n|,)$/.test(items[i + 1]?.joiner ?? '') && isPartOf(w.food, before.description)) {
      before.text = `${before.text} with ${itemText}`;
      before.note = [before.note, `“${itemText}” is in the food`].filter(Boolean).join('; ');
      continue;
    }
    // "chicken and dumplings", "rice & beans": one dish where USDA names one with both in its
    // name, the second said with no amount of its own ("toast and jam" stays two).
    const next = items[i + 1];
    if (w.food.length && next && /^(?:and|&|n)$/.test(next.joiner) && next.w.food.length && next.w.quantity === null && next.w.unit === null && next.w.size === null && !next.w.notFood) {
      const dish = dishWith(w.food, [next.w.food], table, true);
      // A measure said of the first food ("a bowl of rice and black beans") is the dish's only where its name starts with that food ("2 cups chicken n dumplings").
      const name = dish ? words(dish.match.food.description.split(',')[0]!).map(stem) : [];
      // Both as said, not by an alias's words: "dal and rice" stays dal and rice, not USDA's "Lentil curry with rice".
      const asSaid = name.includes(w.food[w.food.length - 1]!) && name.includes(next.w.food[next.w.food.length - 1]!);
      if (dish && asSaid && (w.unit === null || name[0] === w.food[w.food.length - 1] || name[0] === w.food[0])) {
        add(`${itemText} and ${tidy(next.item)}`, w, dish.match, []);
        i++;
        continue;
      }
    }
    // "key lime pie, 2 slices on vacation (oops)", "white wine, 2.5 glasses over dinner": an amount
    // with words of context after it is still only an amount (the context had made it a food unknown).
    if (w.food.length && (w.quantity !== null || w.unit !== null) && foods.length && noAmount.has(foods[foods.length - 1]!)) {
      for (const ctx of withoutContext(item, table)) {
        const cw = readItem(ctx.item, unitPhrases(table));
        if (!cw.food.length && !cw.notFood && (cw.quantity !== null || cw.unit !== null)) {
          w = cw;
          context.push(ctx.dropped.replace(/_/g, ' '));
          break;
        }
      }
    }
    // "mango, about 3/4 cup cubed", "stuffed shells, 3 jumbo ones": an amount with only words of how it was cut or
    // which ones is still only an amount (they had been read, by spelling, as cured bacon and Fiber One bars).
    if (w.food.length && (w.quantity !== null || w.unit !== null || w.size !== null) && foods.length && w.food.every((x) => AMOUNT_ONLY_WORDS.has(x))) {
      context.push(w.food.join(' '));
      w = { ...w, food: [] };
    }
    // "tuna & cheese melt, wheat bread", "blt, sourdough": a bread said alone after a sandwich is the bread it is on, no more bread.
    const sandwich = foods[foods.length - 1];
    if (sandwich && joinerNow === ',' && w.quantity === null && w.unit === null && w.size === null && /\b(?:sandwich|melt|burger|cheeseburger|hamburger|sub|wrap|blt|panini|hoagie|reuben)\b/i.test(sandwich.description) && /^\s*(?:on\s+)?(?:white|wheat|whole wheat|rye|sourdough|multigrain|ciabatta|brioche|texas toast)(?:\s+(?:bread|toast|bun|roll))?\s*$/i.test(item)) {
      sandwich.text = `${sandwich.text}, ${itemText}`;
      sandwich.note = [sandwich.note, `“${itemText}”: the bread it is on, no more bread`].filter(Boolean).join('; ');
      continue;
    }
    // "chocolate pudding cup, sugar free", "yogurt, nonfat": a word that changes the carbs said alone after a food is of
    // that food, where the two make one food as said (it had been sugar free gum).
    const qualified = foods[foods.length - 1];
    if (qualified && i > 0 && foodsAt[i - 1] === foods.length - 1 && joinerNow === ',' && w.food.length && w.quantity === null && w.unit === null && w.size === null && w.food.every((x) => CARB_QUALIFIERS.has(x) || x === 'meatless' || VEGETARIAN.has(x))) {
      const one = rereadWith(items[i - 1]!.item, item, true);
      if (one) {
        Object.assign(qualified, one);
        continue;
      }
    }
    // "2 choc chip cookies, large", "3 pancakes, small": a size said alone after a counted food is the size of each.
    const counted = foods[foods.length - 1];
    if (counted && i > 0 && foods.length && foodsAt[i - 1] === foods.length - 1 && !noAmount.has(counted) && !w.food.length && w.size !== null && w.quantity === null && w.unit === null && unitOf.get(counted) === null) {
      const one = rereadWith(items[i - 1]!.item, item, false);
      if (one && one.food_code === counted.food_code && one.portion !== counted.portion) {
        Object.assign(counted, one);
        continue;
      }
    }
    // "chili cheese fries, medium", "onion rings, large": a size said alone after a plural said with no count is the
    // size of the order, as when said before it (it had been one fry).
    const ordered = foods[foods.length - 1];
    if (ordered && i > 0 && foodsAt[i - 1] === foods.length - 1 && noAmount.has(ordered) && !w.food.length && w.size !== null && w.quantity === null && w.unit === null && /[a-z]s\s*$/i.test(items[i - 1]!.item)) {
      const one = rereadWith(items[i - 1]!.item, item, false);
      if (one && one.portion !== QNS) {
        Object.assign(ordered, { ...one, text: `${ordered.text}, ${itemText}` });
        noAmount.delete(ordered);
        continue;
      }
    }
    // "yellow rice and black beans, about a cup of each", "eggs and toast, 2 each": an amount said "each" after foods said
    // without one is the amount of every one of them (round 15a; it had been a food unknown).
    const eachAmount = /^\s*(.+?)\s+(?:of\s+)?(?:each|apiece|ea)\s*$/i.exec(item);
    const ew = eachAmount ? readItem(eachAmount[1]!, unitPhrases(table)) : null;
    const eachOf: EstimatedFood[] = [];
    for (let k = foods.length - 1; k >= 0 && noAmount.has(foods[k]!); k--) eachOf.unshift(foods[k]!);
    if (ew && !ew.food.length && (ew.quantity !== null || ew.unit !== null) && eachOf.length > 1) {
      for (const f of eachOf) {
        const food = table.byCode.get(f.food_code)!;
        const c = choosePortion(food, words(food.description).map(stem), ew);
        Object.assign(f, { text: `${f.text}, ${itemText}`, portion: c.portion, quantity: c.quantity, grams: round1(c.grams), carbs_g: round1((c.grams * food.carbsPer100g) / 100), note: c.note });
        noAmount.delete(f);
      }
      continue;
    }
    // "nachos w cheese, one order at the game": an order said alone after a food said with no amount is its order (round 15a).
    const lastFood = foods[foods.length - 1];
    if (lastFood && noAmount.has(lastFood) && /^\s*(?:one|an?|1)\s+order\b(?:\s+(?:at|from|for|in|during)\b.*)?\s*$/i.test(item)) {
      const o = orderOf(table.byCode.get(lastFood.food_code)!, 1);
      if (o) {
        const food = table.byCode.get(lastFood.food_code)!;
        Object.assign(lastFood, { text: `${lastFood.text}, ${itemText}`, portion: o.portion, quantity: 1, grams: round1(o.grams), carbs_g: round1((o.grams * food.carbsPer100g) / 100) });
        noAmount.delete(lastFood);
        continue;
      }
    }
    // "drank a 500ml sprite and half of another", "a donut and another": one more of the food before, or a part of one
    // (round 16a; "half of another" had been unknown and the half lost).
    const another = /^\s*(?:(half|a half|a third|a quarter)\s+(?:of\s+)?another(?:\s+one)?|another(?:\s+one)?(?:\s+(half))?|one\s+more)\s*$/i.exec(item);
    if (lastFood && another) {
      const more = 1 + (another[1] || another[2] ? shareNumber(another[1] ?? 'half') : 1);
      Object.assign(lastFood, { text: `${lastFood.text}, ${itemText}`, quantity: round3(lastFood.quantity * more), grams: round1(lastFood.grams * more), carbs_g: round1(lastFood.carbs_g * more) });
      continue;
    }
    // "mini corn dogs, 6 of them", "slider burgers, 3": a count said alone after a food said with a size or unit but no count is how many (round 15a).
    if (lastFood && !w.food.length && countless.has(lastFood) && !noAmount.has(lastFood) && w.quantity !== null && w.quantity > 1 && w.unit === null && w.size === null && lastFood.quantity === 1) {
      Object.assign(lastFood, { text: `${lastFood.text}, ${itemText}`, quantity: w.quantity, grams: round1(lastFood.grams * w.quantity), carbs_g: round1(lastFood.carbs_g * w.quantity) });
      countless.delete(lastFood);
      continue;
    }
    if (!w.food.length) {
      // "penne, 2 cups": an amount on its own belongs to the food before it; "fettuccine
      // alfredo w chicken, had 1.5 cups": to the dish a side was said with, where that had none.
      const last = foods[foods.length - 1];
      const dish = last && sideOf.get(last);
      const prev = last && noAmount.has(last) && dish && noAmount.has(dish) ? dish : last;
      // "unsweet iced tea, large": a size said on its own too.
      // "meatball sub, 6 in": a length too.
      if (prev && ((noAmount.has(prev) && (w.quantity !== null || w.unit !== null || w.size !== null || w.inches !== null)) || (sizedAfter.has(prev) && ((w.unit !== null && ['g', 'kg', 'oz', 'floz', 'ml'].includes(w.unit)) || (prev.portion === QNS && w.unit === null && w.size === null && (w.quantity ?? 0) >= 2))) || (sizedByWord.has(prev) && w.unit !== null && ['g', 'kg', 'oz', 'floz', 'ml', 'cup'].includes(w.unit)))) {
        noAmount.delete(prev);
        sizedAfter.delete(prev);
        sizedByWord.delete(prev);
        let food = table.byCode.get(prev.food_code)!;
        // "sourdough, 2 slices": slices of a food USDA has no slice of (the sourdough roll) are of its bread, as when said before.
        const said = saidOf.get(prev);
        if (w.unit === 'slice' && said && !food.portions.some((p) => /\bslice/i.test(p.description)) && !said.includes('bread')) {
          const bread = matchFood([...said, 'bread'], table, { typos: false }).match;
          if (bread && !bread.unused.length && bread.food.portions.some((p) => /\bslice/i.test(p.description))) food = bread.food;
        }
        // "chicken noodle soup, 1 can": a can or bottle said after a food with none is its canned or bottled form, as when said before.
        const wants = w.unit === 'bottle' || w.unit === 'can' ? new RegExp(`\\b${w.unit}\\b`, 'i') : null;
        if (wants && !food.portions.some((p) => wants.test(p.description))) food = sameFoodWith(food, table, (d) => wants.test(d), false) ?? food;
        // "froyo, large cup": a size of cup said after a food USDA sells by the sized cup is that cup, never a measuring cup (round 16a).
        const sizedCup = w.unit === 'cup' && w.size !== null && (w.quantity ?? 1) === 1 && food.portions.some((p) => new RegExp(String.raw`^1 ${w.size}\b.*\bcup\b`, 'i').test(p.description));
        const c = choosePortion(food, words(food.description).map(stem), sizedCup ? { ...w, unit: null } : w);
        Object.assign(prev, { text: `${prev.text}, ${itemText}`, food_code: food.code, description: food.description, portion: c.portion, quantity: c.quantity, grams: round1(c.grams), carbs_g: round1((c.grams * food.carbsPer100g) / 100), note: c.note });
        // "lo mein - ate the whole container, about 3 cups", "veg curry, takeout container, 2 cups": a container USDA
        // gives no size of says nothing of how much; a measure said after it does (round 13a).
        if (c.portion === QNS && w.size === null) sizedByWord.add(prev);
      }
      continue;
    }
    // "oatmeal w walnuts + cinnamon": a spice said alone is no food to count ("cinnamon" had been cinnamon bread).
    if (w.food.length === 1 && SPICES.has(w.food[0]!) && w.quantity === null && w.unit === null && foods.length) {
      const last = foods[foods.length - 1]!;
      last.note = [last.note, `a spice, no carbs counted: “${itemText}”`].filter(Boolean).join('; ');
      continue;
    }
    // "8 oz horchata w milk", "oatmeal made w water + milk": a side the food's USDA name already has it made with is in it, not one more.
    const madeWith = foods[foods.length - 1];
    if (madeWith && /^(?:with|w|\+|&|and)$/.test(joinerNow) && w.food.length === 1 && w.quantity === null && w.unit === null && new RegExp(`\\b(?:made |prepared )?with (?:[a-z%0-9]+ )?${w.food[0]}\\b`, 'i').test(madeWith.description)) {
      madeWith.note = [madeWith.note, `“${itemText}” is in it (USDA's ${madeWith.description})`].filter(Boolean).join('; ');
      madeWith.text = `${madeWith.text} w ${itemText}`;
      continue;
    }
    // "leftover pizza, 3 slices of sausage": slices or pieces of a kind of the food just said with no amount are that food of that kind.
    const prev = foods[foods.length - 1];
    const prevSaid = prev && saidOf.get(prev);
    // Only of a food that is cut into slices or pieces: "dirty rice & 2 pieces fried chicken" are two foods (not fried rice with chicken ×2).
    if (prev && prevSaid && noAmount.has(prev) && w.quantity !== null && (w.unit === 'slice' || w.unit === 'piece') && CUT_INTO_PIECES.test(prevSaid[prevSaid.length - 1]!)) {
      const noun = prevSaid[prevSaid.length - 1]!;
      const kind = matchFood([...w.food, noun], table, { typos: eating, dropLeading: false }).match;
      if (kind && !kind.unused.length && words(kind.food.description.split(',')[0]!).map(stem).includes(noun)) {
        foods.pop();
        noAmount.delete(prev);
        add(`${prev.text}, ${itemText}`, w, kind, []);
        continue;
      }
    }
    // "shrimp cocktail, like 6 shrimp", "wings, 8 wings": a count of the piece the food before is named by, said after it
    // with no amount of its own, is how many of those pieces ("1 shrimp with sauce"), not a food more.
    if (prev && prevSaid && noAmount.has(prev) && w.quantity !== null && w.unit === null && w.size === null && w.food.length === 1 && (prevSaid.includes(w.food[0]!) || (prevSaid.some((x) => x.includes('_')) && words(prev.description.split(',')[0]!).map(stem).includes(w.food[0]!)))) {
      const food = table.byCode.get(prev.food_code)!;
      let c = choosePortion(food, [w.food[0]!], { ...w, food: prevSaid });
      // "biscuits n gravy, just 1 biscuit": USDA's "1 biscuit with gravy" is one of the piece said, with the rest of the dish (round 13a).
      const withRest = food.portions.find((x) => new RegExp(`^1 ${w.food[0]!}s? with\\b`, 'i').test(x.description));
      if (c.portion === QNS && withRest) c = { portion: withRest.description, quantity: w.quantity!, grams: withRest.grams * w.quantity!, note: null };
      if (c.portion !== QNS) {
        noAmount.delete(prev);
        Object.assign(prev, { text: `${prev.text}, ${itemText}`, portion: c.portion, quantity: c.quantity, grams: round1(c.grams), carbs_g: round1((c.grams * food.carbsPer100g) / 100), note: c.note });
        continue;
      }
    }
    // "glass of white wine + 1 of red", "a scoop of vanilla and another of chocolate": "N of" takes the unit of the food before.
    const prevUnit = prev && unitOf.get(prev);
    if (prevUnit && w.unit === null && /^\s*(?:\d+(?:\.\d+)?|one|two|three|a|an|another)\s+of\b/i.test(item)) w = { ...w, unit: prevUnit, quantity: w.quantity ?? 1 };
    // "a glass of red", "3 glasses of white": a wine's colour said alone is that wine only with a drink's measure ("feeling blue and red" is no wine).
    if (w.food.length === 1 && WINE_COLOURS.has(w.food[0]!) && !(w.unit && DRINK_MEASURES.has(w.unit))) {
      unknown.push(itemText);
      continue;
    }
    // "iced oat milk latte, unsweetened", "coffee, black": a word of how said alone after a food is of that food, never a food of its own (unsweetened applesauce).
    const last = foods[foods.length - 1];
    if (last && joinerNow !== 'with' && w.quantity === null && w.unit === null && w.size === null && w.food.every((x) => HOW_ONLY.has(x))) {
      last.text = `${last.text}, ${itemText}`;
      last.note = [last.note, `“${itemText}” said of this food`].filter(Boolean).join('; ');
      continue;
    }
    // "8 potstickers w soy", "nuggets w bbq", "pasta w butter & parm": a sauce or topping said by its short name after a food is that sauce, not soy nuts, barbecued meat or veal parmigiana.
    const side = foods.length && /^(?:with|&|and|\+|plus|,)$/.test(joinerNow) && w.food.length === 1 ? SIDE_SHORT[w.food[0]!] : undefined;
    if (side) w.food = side;
    // "parm" and "parmesan" as words of a dish are its parmigiana ("chicken parm"); said alone after a food, the grated cheese.
    const cheese = ((foods.length && /^(?:with|&|and|\+|plus|,)$/.test(joinerNow)) || (w.unit && /^(?:tablespoon|teaspoon|g|oz|cup)$/.test(w.unit))) && w.food.length === 1 && /^(?:parm|parmesan|parmigiano)$/.test(w.food[0]!) ? table.byCode.get(PARMESAN) : undefined;
    if (cheese) {
      add(itemText, w, { food: cheese, nouns: ['cheese'], unused: [], corrected: [] }, []);
      continue;
    }
    // "a cup of dry cheerios", "cinnamon toast crunch dry": a breakfast cereal eaten dry is that cereal without milk, not USDA's dry baby cereal.
    // Not for a baby ("dry rice cereal for the baby" is USDA's baby cereal).
    if (w.food.includes('dry') && w.food.length > 1 && !/\b(?:baby|babies|infant)\b/i.test(forWhom?.[0] ?? '')) {
      const plain = matchFood(w.food.filter((x) => x !== 'dry'), table, { typos: eating, fastFood: w.fastFood }).match;
      if (plain && !plain.unused.length && /^Cereal\b/.test(plain.food.description)) {
        add(itemText, { ...w, food: w.food.filter((x) => x !== 'dry') }, { ...plain, corrected: [...plain.corrected, 'eaten dry: the cereal alone'] }, []);
        continue;
      }
    }
    // "tuna on white", "egg salad on wheat", "ham on rye": a filling on a bread said alone is a sandwich of it, where USDA has one
    // (not "Tuna with cream or white sauce").
    // "chicken salad on wheat bread": the bread said by its name too.
    const onBreadSaid = /^(.*?)\s+on\s+(white|wheat|whole wheat|rye|sourdough|multigrain|a roll|a bun|a bagel|ciabatta|a croissant)(?:\s+bread)?\s*$/i.exec(itemText);
    if (onBreadSaid && !/\b(?:sandwich|sandwhich|sub|burger|wrap|toast|melt|blt|hoagie|hero|pb|bagel|english muffin|avocado|butter|jam|jelly)\b/i.test(onBreadSaid[1]!)) {
      const sw = readItem(`${onBreadSaid[1]} sandwich on ${onBreadSaid[2]}`, unitPhrases(table));
      const sm = matchFood(sw.food, table, { typos: eating, fastFood: w.fastFood }).match;
      const asSaid = matchFood(w.food, table, { typos: eating, fastFood: w.fastFood }).match;
      if (sm && !sm.unused.length && /\bsandwich\b/i.test(sm.food.description) && (!asSaid || asSaid.unused.length > 0 || !/\b(?:sandwich|bread|roll|bun|bagel|toast)\b/i.test(asSaid.food.description))) {
        add(itemText, sw, { ...sm, corrected: [...sm.corrected, 'on bread: a sandwich'] }, []);
        continue;
      }
    }
    let found = matchFood(w.food, table, { typos: eating, fastFood: w.fastFood });
    // "lentil soup bowl", "oatmeal bowl topped w blueberries": a bowl said last of a food no "bowl" names is a bowl of it ("poke bowl", "acai bowl" stay).
    if (w.food.length > 1 && w.food[w.food.length - 1] === 'bowl' && w.unit === null && !words(item).some((x) => CONTEXT_PREPS.has(x)) && (!found.match || found.match.unused.includes('bowl'))) {
      const bw = readItem(`${w.quantity ?? 'a'} bowl of ${w.food.slice(0, -1).join(' ')}`, unitPhrases(table));
      const bm = matchFood(bw.food, table, { typos: eating, fastFood: w.fastFood });
      if (bm.match && !bm.match.unused.length) {
        w = bw;
        found = bm;
      }
    }
    /** The item read on: without its context where that was left out and the rest is parts either side of on/in/over. */
    let onItem = item;
    // "chips from the vending machine", "my daughter had a pb&j": words of context around the food are no food (named in the note).
    // "sports drink 12 oz for a low": a low being treated is context even where the whole item
    // makes a food (USDA's low-calorie sports drink would undercount the sugar taken for it).
    const forLow = /\bfor (?:a|my|his|her|the|their|our) (?:low|hypo)\b/.test(item);
    if (!found.match || found.match.unused.length || forLow) {
      // The first reading without context that makes a food, and with fewer words left out than the whole.
      let best: { context: { item: string; dropped: string }; cw: ItemWords; cm: FoodMatch } | null = null;
      for (const context of withoutContext(item, table)) {
        const cw = readItem(context.item, unitPhrases(table));
        const cm = cw.food.length && !cw.notFood ? matchFood(cw.food, table, { typos: eating, fastFood: cw.fastFood || w.fastFood }).match : null;
        if (cm && (!found.match || forLow || cm.unused.length < found.match.unused.length) && (!best || cm.unused.length < best.cm.unused.length)) best = { context, cw, cm };
      }
      // "tbsp of sugar in water for a low": without its context, a food found only by leaving words
      // out is still tried as the parts either side of "in" (it had been water alone, the sugar lost).
      if (best && best.cm.unused.length && /\b(?:on|in|over|atop|inside)\b/.test(best.context.item)) {
        onItem = best.context.item;
        w = { ...best.cw, fastFood: best.cw.fastFood || w.fastFood };
        found = { match: best.cm, unknown: [] };
        context.push(best.context.dropped.replace(/_/g, ' '));
      } else if (best) {
        const { context, cw, cm } = best;
        add(tidy(context.item), { ...cw, fastFood: cw.fastFood || w.fastFood }, { ...cm, corrected: [...cm.corrected, `context left out: “${context.dropped.replace(/_/g, ' ')}”`] }, []);
        continue;
      }
    }
    // "3 pretzel rods", "2 pretzel twists": a last word no food has that is how USDA portions the food said before it is that portion.
    const shape = w.food[w.food.length - 1]!;
    // "fish fillet": a food USDA gives no portion of at all (an ingredient's entry) is no better; a fillet is how it portions fish.
    const noPortion = !!found.match && !found.match.food.portions.length;
    if ((!found.match || found.match.unused.includes(shape) || noPortion) && w.food.length > 1) {
      const base = matchFood(w.food.slice(0, -1), table, { typos: eating, fastFood: w.fastFood }).match;
      const byShape = (d: string) => new RegExp(noPortion ? `^1 (?:[a-z/]+ )?${shape}\\b` : `^1 ${shape}\\b`, 'i').test(d);
      // "Pretzels, NFS" has no rod; the same food said hard or soft may ("Pretzels, hard, NFS": 1 rod).
      const shaped = base && !base.unused.length ? (base.food.portions.some((p) => byShape(p.description)) ? base.food : sameFoodWith(base.food, table, byShape, false, ['hard', 'soft', 'plain'])) : null;
      if (base && shaped) {
        add(itemText, w, { ...base, food: shaped, nouns: [shape] }, []);
        continue;
      }
      // "10 pretzel twists", "garlic knots" are no USDA portion: a shape said last is how many of the food said before it.
      // "a hummus cup", "2 guac cups": a cup said after a food sold in single containers is that container.
      if (base && !base.unused.length && !found.match && /^(?:cup|tub)$/.test(shape) && w.unit === null && base.food.portions.some((p) => /\bcontainer\b/i.test(p.description))) {
        add(itemText, { ...w, unit: 'container', quantity: w.quantity ?? 1 }, base, []);
        continue;
      }
      if (base && !base.unused.length && !found.match && SHAPES.has(shape)) {
        add(itemText, w, { ...base, corrected: [...base.corrected, `“${shape}” is its shape`] }, []);
        continue;
      }
    }
    const { match, unknown: missing } = found;
    // "half an avocado on toast": a food found only by leaving words out is no better than the foods either side of on/in/over.
    // Not a sandwich on a bread USDA has it on none of ("a reuben on rye").
    const onBread = !!match && /\b(?:sandwich|burger|sub|wrap|melt|reuben|hoagie)\b/i.test(match.food.description) && match.unused.every((u) => SANDWICH_BREADS.has(u) || /^(?:wheat|white|bread|bun|roll|toast)$/.test(u));
    if (!match || (match.unused.length && !onBread && /\b(?:on|in|over|atop|inside)\b/.test(onItem))) {
      // "half an avocado on toast", "a hot dog in a bun": when the words make no one food,
      // the parts either side of on/in/over are foods of their own if each is one.
      const parts = onItem
        .split(/\b(?:on|in|over|atop|inside)\b/)
        .map((x) => ({ item: x.trim(), w: readItem(x.trim(), unitPhrases(table)) }))
        .filter((x) => x.w.food.length && !x.w.notFood);
      // "beef stroganoff over egg noodles": USDA's "Beef stroganoff with noodles" where it has one.
      const dish = parts.length === 2 ? dishWith(parts[0]!.w.food, [parts[1]!.w.food], table) : null;
      if (dish) {
        add(itemText, parts[0]!.w, dish.match, []);
        continue;
      }
      const found = parts.map((x) => matchFood(x.w.food, table, { typos: eating, fastFood: x.w.fastFood }).match);
      // …each found as said, when the whole was found only by leaving words out ("turkey burger on a wheat bun" stays one).
      // "gnocchi in brown butter": a fat or sauce found by leaving a word of how it was made out is still that fat (round 15a).
      const asSaid = (f: FoodMatch | null) => f && (!match || !f.unused.length || (FAT_OR_SAUCE.test(f.food.description) && !NUT_BUTTER.test(f.food.description) && f.unused.length < match.unused.length));
      if (parts.length > 1 && found.every(asSaid)) {
        parts.forEach((x, i) => add(tidy(x.item), x.w, found[i]!, []));
        // "potato gnocchi in brown butter, 1.5 cups": a fat or sauce a food was said in or on never takes the amount said
        // after (round 15a; the butter had taken the cup and a half and the gnocchi none).
        const [main, fat] = foods.slice(-2);
        if (parts.length === 2 && main && fat && FAT_OR_SAUCE.test(fat.description) && !NUT_BUTTER.test(fat.description)) sideOf.set(fat, main);
      }
      else if (match) add(itemText, w, match, missing);
      else unknown.push(itemText);
      continue;
    }
    add(itemText, w, match, missing);
  }
  if (context.length && foods[0]) foods[0].note = [foods[0].note, ...context.map((c) => `context left out: “${c}”`)].filter(Boolean).join('; ');
  return { foods, unknown, carbs_g: round1(foods.reduce((s, f) => s + f.carbs_g, 0)) };

  /**
   * The food said before read again with words said alone after it: after its words, or (as USDA's names read) before them,
   * after its count ("sugar free chocolate pudding cup", "2 large choc chip cookies"). One food found as said, or null.
   */
  function rereadWith(prevItem: string, said: string, after: boolean): EstimatedFood | null {
    const readings = [...(after ? [`${prevItem} ${said}`] : []), prevItem.replace(/^(\s*(?:(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s+)?)/i, `$1${said.trim()} `), prevItem.replace(/\bof\s+/i, `of ${said.trim()} `)];
    return (
      readings
        .map((r) => estimateItems(r, table))
        // Never by a word read by spelling that the food before was not read with ("sugar free" is no gum).
        .map((again) => (again.foods.length === 1 && !again.unknown.length && !/not used:/.test(again.foods[0]!.note ?? '') && (again.foods[0]!.note ?? '').split('; ').filter((n) => /read as/.test(n)).every((n) => (foods[foods.length - 1]?.note ?? '').includes(n)) ? again.foods[0]! : null))
        .find(Boolean) ?? null
    );
  }

  function add(itemText: string, w: ItemWords, match: FoodMatch, missing: string[]) {
    // "pho w no meat", "bbq pork no sauce": USDA's own "…, no meat" form of the same food where it has one.
    if (w.omitted) {
      const left = w.omitted.replace(/^(?:no|without|minus|hold)(?: the)? /, '').trim();
      // "Gumbo with rice" less its rice is "Gumbo, no rice".
      const base = match.food.description.split(',').map((x) => x.trim().replace(new RegExp(`\\s+with\\s+${left.replace(/[^a-z ]/g, '')}$`, 'i'), '')).filter((x) => !/^with\b/i.test(x));
      const alt = table.foods
        .filter((f) => {
          const segs = f.description.split(',').map((x) => x.trim().toLowerCase());
          return segs.includes(`no ${left}`) && base.every((b) => segs.includes(b.toLowerCase()));
        })
        .sort((x, y) => x.description.length - y.description.length)[0];
      if (alt) match = { ...match, food: alt };
    }
    // "turkey burger no bun": a burger or sandwich without its bread is its filling only.
    if (w.omitted && /\b(?:bun|buns|bread|roll|toast)\b/.test(w.omitted) && /\b(?:burger|hamburger|cheeseburger|sandwich)\b/i.test(match.food.description)) {
      // "a hot dog, no bun": the frank alone ("hotdog" is the alias map's hot dog sandwich).
      const filling = w.food.flatMap((x) => (x === 'hotdog' ? ['hot', 'dog'] : x.split('_'))).filter((x) => !/^(?:burger|hamburger|cheeseburger|sandwich|sub|slider|melt)$/.test(x));
      const alone = matchFood(filling.length ? filling : ['ground', 'beef'], table, { typos: false }).match;
      if (alone) match = { ...alone, corrected: [...alone.corrected, 'without the bread: the filling only'] };
    }
    // "medium fries", "a bottle of orange juice": a size or container this food has no portion
    // for is the same food in the form sold that way (fast food; bottled), where USDA has one.
    // "a peach cup", "mandarin orange snack cups": a snack container of a fruit USDA sells so is its canned form.
    const wants = w.size && !w.unit ? sizePortion(w.size) : w.unit === 'bottle' || w.unit === 'can' ? new RegExp(`\\b${w.unit}\\b`, 'i') : w.unit === 'container' ? /\bsnack size container\b/i : null;
    if (wants && !match.food.portions.some((p) => wants.test(p.description))) {
      // A size only from the fast-food form ("medium fries"): "small red potatoes" are not baked ones.
      // "2 small potatoes": else its plain boiled form, the everyday one with sizes (both sets that say so agree).
      const other =
        sameFoodWith(match.food, table, (d) => wants.test(d), !!w.size) ??
        (w.size ? sameFoodWith(match.food, table, (d) => wants.test(d), false, BOILED) : null) ??
        // "4 mini cream puffs", "an individual quiche": a size that is a form of the food (not of a vegetable picked) from any form USDA has it in (round 13a).
        (w.size && /^(?:mini|personal|fun)$/.test(w.size) ? sameFoodWith(match.food, table, (d) => wants.test(d), false) : null) ??
        // "large french toast sticks": a size of a plural with no count, an order, is from the form sold by the order.
        (w.size && w.plural && w.quantity === null && !match.food.portions.some((p) => ORDER.test(p.description)) ? sameFoodWith(match.food, table, (d) => ORDER.test(d), true) : null);
      if (other) match = { ...match, food: other };
    }
    // "2 slices of rye", "2 slices sourdough": slices of a food USDA has no slice of (the rye roll) are of its bread, where USDA has one as said.
    if (w.unit === 'slice' && !match.food.portions.some((p) => /\bslice/i.test(p.description)) && !w.food.includes('bread')) {
      const bread = matchFood([...w.food, 'bread'], table, { typos: false }).match;
      if (bread && !bread.unused.length && bread.food.portions.some((p) => /\bslice/i.test(p.description))) match = { ...bread, corrected: [...match.corrected, ...bread.corrected, 'slices: the bread'] };
    }
    // "20 pretzel sticks", "10 carrot sticks": a count of sticks is of USDA's stick portion, from the form of the food that has
    // one (round 16a; they had been 20 whole pretzels and 10 whole carrots); a food named for its sticks keeps its own piece.
    const STICK = /\b(?:stick|strip\/stick)\b/i;
    const sticks = w.quantity !== null && !w.unit && /\bsticks?\b/i.test(itemText) && !STICK.test(match.food.description) && !/\bsticks?\b/i.test(match.food.description);
    if (sticks && !match.food.portions.some((p) => STICK.test(p.description))) {
      const other = sameFoodWith(match.food, table, (d) => STICK.test(d), false) ?? sameFoodWith(match.food, table, (d) => STICK.test(d), false, ['hard', 'raw']);
      if (other) match = { ...match, food: other };
    }
    let c = choosePortion(match.food, match.nouns, w, (x) => namesFood(indexOf(table), x));
    const stick = sticks && !STICK.test(c.portion) ? match.food.portions.find((p) => STICK.test(p.description)) : undefined;
    if (stick && w.quantity !== null) c = { portion: stick.description, quantity: w.quantity, grams: stick.grams * w.quantity, note: `sticks: USDA's ${stick.description}` };
    // "apple slices", "banana slices" with no count: the fruit sliced, USDA's usual serving of it, not one slice.
    if (w.unit === 'slice' && w.quantity === null && /\bslices\b/.test(itemText) && (/, raw$/i.test(match.food.description) || FRUITS.has(match.nouns[match.nouns.length - 1] ?? ''))) {
      const usual = match.food.portions.find((p) => p.description === QNS);
      if (usual) c = { portion: QNS, quantity: 1, grams: usual.grams, note: `slices with no count: USDA's usual serving (“${QNS}”, ${usual.grams} g) used` };
    }
    // "half a frozen cheese pizza", "a third of a frozen pepperoni pizza": a part of a frozen pizza of no size said is of the
    // everyday one cut and shared (medium), not a personal one nobody cuts in thirds (round 15a).
    if (c.quantity < 1 && w.size === null && /^1 frozen personal size pizza\b/i.test(c.portion)) {
      const whole = match.food.portions.find((p) => /^1 frozen medium pizza\b/i.test(p.description));
      if (whole) c = { portion: whole.description, quantity: c.quantity, grams: whole.grams * c.quantity, note: c.note };
    }
    // "a few blueberries": three berries would be under a gram of carbs; a few of something
    // tiny (a berry, a nut: 2 g or less each) is at least USDA's usual serving of it.
    const usual = match.food.portions.find((p) => p.description === QNS);
    if (w.few && !w.unit && usual && c.quantity > 0 && c.grams / c.quantity <= 2 && c.grams < usual.grams) c = { portion: QNS, quantity: 1, grams: usual.grams, note: `“a few” of something this small: USDA's usual serving (“${QNS}”, ${usual.grams} g) used` };
    // "a few maduros": a few of a big food (200 g or more whole) that USDA counts by the slice or piece too are slices or
    // pieces, never three whole plantains (round 16a; 208 g of carbs).
    const slice = w.few && !w.unit && /^1 whole\b/i.test(c.portion) && c.grams / c.quantity >= 200 ? match.food.portions.find((p) => /^1 (?:slice|piece)\b/i.test(p.description)) : undefined;
    if (slice) c = { portion: slice.description, quantity: c.quantity, grams: slice.grams * c.quantity, note: `“a few”: USDA's ${slice.description}` };
    const notes = [...match.corrected, c.note, implausibleAmount(match.food, c.grams), w.omitted ? `said to be left out: “${w.omitted}”` : null, match.unused.length ? `not used: ${match.unused.join(', ')}` : null, missing.length ? `not understood: ${missing.join(', ')}` : null].filter(Boolean);
    const food: EstimatedFood = {
      text: itemText,
      food_code: match.food.code,
      description: match.food.description,
      portion: c.portion,
      quantity: round3(c.quantity),
      grams: round1(c.grams),
      carbs_g: round1((c.grams * match.food.carbsPer100g) / 100),
      note: notes.length ? notes.join('; ') : null,
    };
    // "shrimp and grits, about a cup of grits": a food said again with an amount is the amount of the one said without (round 15a; grits twice).
    const again = w.quantity !== null || w.unit !== null ? foods.find((f) => noAmount.has(f) && f.food_code === food.food_code) : undefined;
    if (again) {
      foods.splice(foods.indexOf(again), 1);
      noAmount.delete(again);
      food.text = `${again.text}, ${food.text}`;
    }
    if (joinerNow === 'with' && foods.length) sideOf.set(food, foods[foods.length - 1]!);
    // "pot roast w potatoes and carrots, 2 cups": a side listed after a side is one of the same dish, so an amount said after them is the dish's.
    else if (/^(?:and|&)$/.test(joinerNow) && foods.length && sideOf.has(foods[foods.length - 1]!)) sideOf.set(food, sideOf.get(foods[foods.length - 1]!)!);
    foods.push(food);
    saidOf.set(food, w.food);
    unitOf.set(food, w.unit);
    if (w.quantity === null) countless.add(food);
    // "mango slices, about a cup": slices with no count are sized by an amount said after, as a food said alone is.
    if (w.quantity === null && w.size === null && (w.unit === null || (w.unit === 'slice' && food.portion === QNS))) noAmount.add(food);
    // "big takeout order shrimp pad thai, about 2.5 cups": a size USDA has no portion of, then a measure after, is that measure.
    else if (w.quantity === null && w.unit === null && w.size !== null && food.portion === QNS) sizedByWord.add(food);
    // "big bowl of buttered popcorn, like 4 cups": a bowl USDA gives no size of is sized by a measure said after.
    else if ((w.quantity === null || w.quantity === 1) && w.unit === 'bowl' && !/\bbowl\b/i.test(food.portion)) sizedByWord.add(food);
    // "a smoothie …, 16 oz": a weight or volume right after says how big the one "a" was.
    else if (w.article && w.unit === null && w.size === null) sizedAfter.add(food);
    // "a yoo hoo box, 6.5 oz", "a bottle of green tea, 20 oz": the volume or weight said after "a" container is its size (round 13a).
    else if (w.article && w.size === null && w.unit !== null && /^(?:box|bottle|can|bag|container|carton|pouch|cup|glass|tub|packet|package)$/.test(w.unit)) sizedAfter.add(food);
    // "big glass of oj, like 12 oz", "a large mug of cocoa, about 16 oz": a vessel said by its size alone is sized by the
    // measure said after it (round 16a; the big glass had been USDA's 8 fl oz, the 12 oz lost).
    else if ((w.quantity === null || w.quantity === 1) && w.size !== null && w.unit !== null && /^(?:glass|cup|bottle|container|box)$/.test(w.unit)) sizedByWord.add(food);
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
