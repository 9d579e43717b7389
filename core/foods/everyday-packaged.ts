/**
 * Packaged foods, candy, bakery items, sodas, coffee-shop drinks and drinks with alcohol by the names
 * people in the U.S. say them (issue #19, round 12): merged into everyday-chains.ts with one spread
 * each (names into CHAIN_AND_BRAND_NAMES, said forms into CHAIN_SHORT_FORMS), same shape and rules.
 * Written category by category (every soda brand with its diet form, every coffee-shop drink with its
 * flavour and milk, every bakery item with the portion it is sold in), not from one set's misses; each
 * maps to FNDDS's own entry with the portion it is sold in, else the food a dietitian would pick and why.
 */

/** Syrup flavours a coffee shop adds to a latte: any of them makes USDA's "flavored" latte. */
const FLAVOURS = String.raw`(?:french vanilla|vanilla bean|vanilla|salted caramel|caramel|hazelnut|pumpkin spice|pumpkin|peppermint|mint|cinnamon dolce|cinnamon|toffee nut|toffee|brown sugar|gingerbread|lavender|maple|honey|irish cream|pistachio|chestnut praline|sugar cookie|white chocolate|coconut|raspberry|butterscotch|cookie butter|birthday cake|s'?mores)`;
/** Plant milks: a latte made with one is USDA's latte "with non-dairy milk". */
const PLANT_MILK = String.raw`(?:oat|almond|soy|coconut|cashew|macadamia|pea|non[- ]?dairy|plant[- ]?based)[- ]?milk`;

export const PACKAGED_NAMES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
  // Sodas by brand, each to USDA's soft drink of its kind (the diet forms are said "diet", "zero" or by their own name).
  canada_dry: { q: 'ginger ale soft drink' }, // Soft drink, ginger ale (it read as no food)
  vernor: { code: '92410610', q: 'ginger ale soft drink', alone: true }, // Vernors: a ginger ale
  schweppes_ginger_ale: { q: 'ginger ale soft drink' },
  seagram_ginger_ale: { q: 'ginger ale soft drink' },
  mello_yello: { q: 'fruit flavored caffeine containing soft drink' }, // a citrus soda with caffeine, as Mountain Dew
  surge: { code: '92410550', q: 'fruit flavored caffeine containing soft drink', alone: true },
  cheerwine: { code: '92410550', q: 'fruit flavored caffeine containing soft drink', alone: true }, // a cherry soda with caffeine
  squirt: { code: '92410510', q: 'caffeine free fruit flavored soft drink', alone: true }, // grapefruit soda
  orange_crush: { q: 'caffeine free fruit flavored soft drink' },
  grape_crush: { q: 'caffeine free fruit flavored soft drink' },
  fresca: { code: '92410520', q: 'diet caffeine free fruit flavored soft drink', alone: true }, // Fresca is sugar-free
  barq: { code: '92410710', q: 'root beer soft drink', alone: true }, // Barq's root beer
  big_red: { q: 'cream soda soft drink' }, // Big Red is a red cream soda
  pepsi_max: { q: 'diet cola soft drink' }, // Pepsi Max (Pepsi Zero Sugar) is sugar-free
  // Bottled and boxed teas and other drinks.
  brisk: { code: '92309000', q: 'bottled black iced tea', alone: true }, // Lipton Brisk: a sweetened bottled iced tea
  brisk_iced_tea: { q: 'bottled black iced tea' },
  // Drinks with alcohol by their short or brand names.
  marg: { code: '93301100', q: 'margarita', alone: true }, // "3 margs": margaritas
  margarita_rock: { q: 'margarita' },
  spiked_seltzer: { q: 'hard seltzer' },
  aperol_spritz: { q: 'wine spritzer' }, // FNDDS has no Aperol spritz: its wine spritzer (prosecco, soda; the bitter adds ~8 g) is nearest
  // Candy by name, each to FNDDS's chocolate candy of its filling (which has the fun, regular and king sizes) or its candy kind.
  milk_dud: { q: 'caramel filled chocolate candy' }, // Chocolate candy, caramel filled
  junior_mint: { q: 'cream filled chocolate candy' }, // Chocolate candy, cream filled (mint fondant)
  cadbury_egg: { q: 'cream filled chocolate candy' },
  cadbury_creme_egg: { q: 'cream filled chocolate candy' },
  creme_egg: { q: 'cream filled chocolate candy' },
  cadbury_mini_egg: { q: 'candy shell chocolate candy' }, // Chocolate candy, candy shell
  airhead: { code: '91750000', q: 'taffy candy', alone: true }, // Candy, taffy
  laffy_taffy: { q: 'taffy candy' },
  salt_water_taffy: { q: 'taffy candy' },
  red_vine: { q: 'licorice candy' }, // Candy, licorice
  mr_goodbar: { q: 'nut chocolate candy' }, // Chocolate candy with nuts
  zero_bar: { q: 'nougat filled chocolate candy' },
  charleston_chew: { q: 'nougat filled chocolate candy' },
  mars_bar: { q: 'nougat filled nut chocolate candy' }, // the U.S. Mars bar: nougat with almonds
  whatchamacallit: { code: '91705020', q: 'cereal chocolate candy', alone: true }, // a crisp bar with caramel: Chocolate candy with cereal
  skor: { code: '91705010', q: 'chocolate candy', alone: true }, // toffee in chocolate, as heath_bar
  skor_bar: { q: 'chocolate candy' },
  malted_milk_ball: { q: 'cereal chocolate candy' }, // Whoppers candy: malted milk in chocolate (FNDDS's chocolate candy with cereal)
  // Little Debbie's and Hostess's snack cakes by name.
  star_crunch: { q: 'cereal chocolate candy' }, // crisp rice and caramel in chocolate: Chocolate candy with cereal
  nutty_bar: { q: 'chocolate covered sugar wafer cookie' }, // Nutty Buddy: peanut-butter wafers in chocolate (its "1 Little Debbie Cookie Bar")
  nutty_buddy: { q: 'chocolate covered sugar wafer cookie' },
  swiss_cake_roll: { q: 'chocolate snack cake' }, // Snack cake, chocolate (it read as a slice of jelly roll cake)
  // Packaged snacks and bakery items by name.
  cracker_jack: { q: 'caramel coated nut popcorn' }, // Popcorn, caramel coated, with nuts (its "1 small Cracker Jack box")
  crackerjack: { code: '54403120', q: 'caramel coated nut popcorn', alone: true },
  twinky: { q: 'white snack cake' }, // "2 twinkies" (stemmed): Snack cake, white
  // An eclair is glazed with chocolate as sold (FNDDS's "NS as to icing" eclair has 11 g carbs per 100 g, not a bakery eclair's).
  chocolate_eclair: { q: 'iced eclair' }, // Cream puff, eclair, custard or cream filled, iced
  eclair: { code: '53420200', q: 'iced eclair', alone: true },
  // Bakery-case pastries by name, each with FNDDS's own portion where it has one ("1 cream horn", "1 Napoleon", "1 whoopie pie").
  cream_horn: { q: 'puff custard cream filled pastry' }, // Pastry, puff, custard or cream filled
  napoleon: { code: '53452420', q: 'puff custard cream filled pastry', alone: true },
  mille_feuille: { q: 'puff custard cream filled pastry' },
  whoopie_pie: { q: 'marshmallow pie chocolate covered cookie' }, // its "1 whoopie pie" (57 g); it read as a slice of pie
  macaroon: { code: '53225000', q: 'macaroon cookie', alone: true }, // Cookie, macaroon
  coconut_macaroon: { q: 'macaroon cookie' },
  sfogliatella: { code: '53452200', q: 'italian cheese pastry', alone: true }, // Pastry, Italian, with cheese (as a cannoli)
  sfogliatelle: { code: '53452200', q: 'italian cheese pastry', alone: true },
  glazed_twist: { q: 'yeast doughnut' }, // Doughnut, yeast type (its "1 stick/twist")
  // Flavoured yogurts that are not fruit: USDA's "flavors other than fruit" (not frozen yogurt, as "vanilla yogurt" read).
  vanilla_yogurt: { q: 'flavor other than fruit yogurt' },
  french_vanilla_yogurt: { q: 'flavor other than fruit yogurt' },
  honey_yogurt: { q: 'flavor other than fruit yogurt' },
  coffee_yogurt: { q: 'flavor other than fruit yogurt' },
  vanilla_greek_yogurt: { q: 'greek flavor other than fruit yogurt' },
  honey_greek_yogurt: { q: 'greek flavor other than fruit yogurt' },
  greek_vanilla_yogurt: { q: 'greek flavor other than fruit yogurt' },
  // Fries by where they are from: a sit-down restaurant's are USDA's restaurant fries.
  restaurant_fry: { q: 'restaurant french fry' },
  restaurant_french_fry: { q: 'restaurant french fry' },
  steak_fry: { q: 'restaurant french fry' },
};

export const PACKAGED_FORMS: ReadonlyArray<[RegExp, string]> = [
  // Coffee by its name in other languages, as the dev sets count it: café au lait is café con leche; Turkish coffee is coffee
  // (sugar said apart, as for any coffee); a cafecito (café cubano, cortadito) is a 2 fl oz Cuban espresso shot, not USDA's 12 fl oz.
  [/\bcaf[eé] au lait\b/g, 'cafe con leche'],
  [/\bcaf[eé] con leche\b/g, 'cafe con leche'],
  [/\bturkish coffee\b/g, 'coffee'],
  [/(?<!\b(?:oz|ounces?|ml|cups?|mugs?|shots?|of|floz)\s)\b(?:(?:an?|one) )?(?:cafecito|cafesito|cortadito|cafe cubano|cuban (?:coffee|espresso|shot))\b(?!s)/g, '2 fl oz of cuban coffee'],
  [/\b(?:2|two) (?:cafecitos|cafesitos|cortaditos|cafe cubanos|cuban (?:coffees|espressos|shots))\b/g, '4 fl oz of cuban coffee'],
  [/\b(?:3|three) (?:cafecitos|cafesitos|cortaditos|cafe cubanos|cuban (?:coffees|espressos|shots))\b/g, '6 fl oz of cuban coffee'],
  // A flavoured latte with a plant milk is USDA's flavoured latte with non-dairy milk, in any order it is said
  // ("venti vanilla oat milk latte", "oat milk vanilla latte", "caramel latte with almond milk"); iced stays iced.
  [new RegExp(String.raw`\b${FLAVOURS} (iced |hot )?${PLANT_MILK} (iced )?(latte|cappuccino)(s?)\b`, 'g'), 'flavored non-dairy $1$2$3$4'],
  [new RegExp(String.raw`\b(iced |hot )?${PLANT_MILK} ${FLAVOURS} (iced )?(latte|cappuccino)(s?)\b`, 'g'), 'flavored non-dairy $1$2$3$4'],
  [new RegExp(String.raw`\b(iced |hot )?${FLAVOURS} (iced )?(latte|cappuccino)(s?)\s+(?:with|made with)\s+${PLANT_MILK}\b`, 'g'), 'flavored non-dairy $1$2$3$4'],
  // Any syrup flavour makes the flavoured latte (estimate.ts names the commonest; the rest were read as the flavour's food).
  [new RegExp(String.raw`\b${FLAVOURS} (iced )?(latte|cappuccino)(s?)\b`, 'g'), 'flavored $1$2$3'],
  [new RegExp(String.raw`\biced ${FLAVOURS} (latte|cappuccino)(s?)\b`, 'g'), 'flavored iced $1$2'],
  // An iced white mocha is counted as the dev sets count it: USDA's flavoured iced latte (the white chocolate sauce is its syrup).
  [/\biced white (?:chocolate )?mochas?\b/g, 'flavored iced latte'],
  [/\bwhite (?:chocolate )?mochas? iced\b/g, 'flavored iced latte'],
  // "frap", "frapp", "frappe" after a coffee word, "frappucino": the blended coffee drink (FNDDS's frozen coffee drink).
  [/\bfrap(?:p?u?c+h?ino|pucino)s?\b/g, 'frappuccino'],
  [/\b(mocha|caramel|coffee|vanilla|java chip|chocolate chip|cookies and cream|cookies n cream|white mocha|caramel ribbon crunch|tall|grande|venti|small|medium|large|an?|one|\d+ ?(?:fl ?)?oz) fraps?\b/g, '$1 frappuccino'],
  // McCafé is McDonald's; Dutch Bros' Rebel is its energy drink, its breves and named coffees (Golden Eagle, Caramelizer,
  // Annihilator, Kicker) flavoured lattes.
  [/\bmccaf[eé]\b/g, 'mcdonalds'],
  [/\b(?:dutch bros?'? )(?:[a-z]+ )?rebels?\b/g, 'energy drink'],
  [/\bdutch bros?'? (?:(?:small|medium|large|iced|hot) )?(?:golden eagle|caramelizer|annihilator|kicker|cocomo|white chocolate mocha)(?: breve| latte| mocha)?s?\b/g, 'flavored latte'],
  [/\b(?:golden eagle|caramelizer|annihilator|kicker|cocomo)(?: breves?| lattes?)\b/g, 'flavored latte'],
  // A ginger ale said diet or zero by its brand is the diet ginger ale.
  [/\b(?:canada dry|vernors|seagram'?s|schweppes) (?:zero(?: sugar)?|diet)(?: ginger ale)?\b|\bdiet (?:canada dry|vernors|seagram'?s|schweppes)(?: ginger ale)?\b/g, 'diet ginger ale'],
  // A kids' size fountain drink is USDA's "1 child/senior drink" ("kids size sweet tea", "a kid's coke"), not a medium one.
  [
    /\b(?:kids?|kid'?s|kiddie|child|children'?s?)(?:'s)?(?:[- ]size[d]?)? ((?:diet |sweet |unsweet(?:ened)? |iced )?(?:tea|coke|cola|pepsi|sprite|soda|pop|dr pepper|root beer|fanta|mtn dew|mountain dew|fountain drink|ginger ale|7up))\b/g,
    'child $1',
  ],
  // Kids' drinks USDA gives no child size: the same 9 fl oz.
  [/\b(?:kids?|kid'?s|kiddie|child|children'?s?)(?:'s)?(?:[- ]size[d]?)? (lemonade|fruit punch|hi[- ]?c|orange drink)\b/g, '9 fl oz of $1'],
  // Fast-food fries from the value (dollar) menu are USDA's "1 value/dollar menu order".
  [/\b(?:an? |one )?(?:order of )?(?:value|dollar)(?: menu)? (?:size )?(?:order of )?(?:french )?fr(?:y|ies)\b/g, 'value fast food fries'],
  // A Cracker Jack box is USDA's "1 small Cracker Jack box" (1 oz).
  [/\b(?:an? |one )?(?:small )?(?:box of cracker ?jacks?|cracker ?jacks? box(?:es)?)\b/g, 'small cracker jack box'],
  // Candy sizes said other ways: "full size" is the regular bar, a "share size" pack (Reese's 4-cup, Twix 4-bar) about a king size.
  [/\bfull[- ]?size[d]? (?=[a-z])/g, 'regular '],
  // "Sharing size" is the big bag (M&M's 10.7 oz: USDA's "1 sharing/movie theater size", or king size where it has none,
  // round 13a); a "share size" or "share pack" is the king size, as the wrappers say.
  [/\bsharing[- ]?size[d]? (?=[a-z])/g, 'sharingsize '],
  [/\b(?:share|share pack)[- ]?size[d]? (?=[a-z])/g, 'king size '],
  // A Kit Kat by its size is FNDDS's cookie-filled chocolate candy (Kit Kat's own entry, a wafer cookie, has no candy sizes).
  [/\b(fun[- ]?size|mini|miniature|snack[- ]?size|king[- ]?size|regular) kit ?kats?\b/g, '$1 cookie filled chocolate candy'],
  [/\bhershey'?s?(?: (?:milk chocolate|chocolate))?(?: bars?)? with almonds\b/g, 'chocolate candy with nuts'],
  // Whoppers the candy (said with a bag or box, or "whoppers candy") are malted milk balls, not Burger King's burger.
  [/\b(?:(?:bag|box|carton|pack) of whoppers|whoppers (?:candy|malted milk balls?|malt balls?))\b/g, 'malted milk balls'],
  [/\bmalt(?:ed)? (?:milk )?balls?\b/g, 'malted milk balls'],
  // Candies counted are counted by the piece or stick they come in, not USDA's pouch: "3 twizzlers" are three sticks, "4 hard
  // candies" four pieces (they read as three and four pouches, 178 and 235 g of carbs).
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:twizzlers?|red vines?|licorice (?:twists?|ropes?|whips?|sticks?)|twists? of licorice)\b/g, '$1 licorice sticks'],
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:hard candies|peppermints|starlight mints|butterscotch candies|butterscotch discs|lemon drops|cough drops|werthers?(?: originals?)?|werther'?s(?: originals?)?)\b/g, '$1 piece hard candy'],
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:caramels|caramel candies|kraft caramels)\b/g, '$1 piece caramel candy'],
  // Single-serve cups of a dip are USDA's "1 individual container" (hummus, guacamole), not a measuring cup.
  [/\b(hummus|guac(?:amole)?) (?:snack |single[- ]serve |mini )?cups?\b|\b(?:snack |single[- ]serve |mini )cups? of (hummus|guac(?:amole)?)\b/g, 'individual container of $1$2'],
  // "pretzel twists" are the hard pretzel by the piece; "fruit on the bottom" yogurt is a fruit yogurt; "a la mode" is with
  // vanilla ice cream; a bar's peanuts are peanuts, a slice of swiss the cheese, clam strips fried clams.
  [/\bpretzel twists?\b/g, 'hard pretzels'],
  [/\b(greek )?yogurts? (?:with|w)\s+fruit on the bottom\b|\bfruit on the bottom (greek )?yogurts?\b/g, 'fruit $1$2yogurt'],
  [/\s+(?:a la|ala) mode\b/g, ' with vanilla ice cream'],
  [/\bbar (peanuts|nuts|mix|snack mix|pretzels)\b/g, '$1'],
  [/\b(slices?|pieces?) of swiss\b(?! (?:roll|cake|chard|steak|bread))/g, '$1 of swiss cheese'],
  [/\b(?:fried )?clam strips\b/g, 'fried clams'],
  // "kids mac n cheese": boxed mac and cheese for a child, not a kids meal.
  [/\bkids?'? (mac(?:aroni)? (?:n|and|&|'n'?) cheese|mac)\b/g, '$1'],
  // "whopper jrs": the plural of "jr" (it was no food).
  [/\bjrs\b/g, 'jr'],
  [/\bwhoppers (jr|junior)s?\b/g, 'whopper $1'],
  // "whopper jr w cheese": Burger King's own cheese Whopper ("w" is read as "with" before these forms, with its own space).
  [/\b(whopper(?: jr)?) with\s+cheese\b/g, '$1 with cheese'],
  // A push-up pop is USDA's sherbet "1 push up" (50 g), not a soda ("pop") nor a freezer pop.
  [/\b(?:flintstones? )?push[- ]?ups? (?:pops?|sherbets?|ice creams?|treats?)\b|\bsherbet push[- ]?ups?\b/g, 'push up of sherbet'],
  // Fries said by where they are from: a sit-down restaurant's (and steak fries) are USDA's restaurant fries ("restaurant" alone is
  // a word of context, so the name is kept whole here).
  [/\b(?:restaurant|steak|steakhouse|pub|diner) (?:french )?fries\b/g, 'restaurant_fry'],
  // "biscotti dunked in my coffee": what a food is dunked or dipped in is eaten with it.
  [/\b(?:dunked|dipped|dunk|dip) (?:it |them )?in(?:to)?\b/g, 'with'],
  // Bakery names the estimator's own table sends elsewhere: a snickerdoodle is a sugar cookie (its alias reached the sugar
  // wafer, 6 g), a macaron FNDDS's macaroon cookie (it read as Cookie, NFS).
  [/\bsnickerdoodles?\b/g, 'sugar cookie'],
  [/\bmacarons\b/g, 'macaroons'],
  [/\bmacaron\b/g, 'macaroon'],
  // A Bomb Pop or Otter Pop is a popsicle or freezer pop, not a soda ("pop"); a sno-cone is a snow cone.
  [/\bbomb ?pops?\b/g, 'popsicle'],
  [/\botter ?pops?\b/g, 'freezer pop'],
  [/\bsno[- ]?cones?\b/g, 'snow cone'],
  // Fresh pineapple "rings" are its slices (they read as fruit-ring cereal); canned ones keep "canned".
  [/\bpineapple rings?\b/g, 'pineapple slices'],
  // Cornbread from a box mix (Jiffy, Krusteaz, Marie Callender's) is USDA's cornbread prepared from mix.
  [/\b(?:jiffy|krusteaz|boxed|box|marie callender'?s) (?:mix )?cornbread\b|\bcornbread (?:from|made from|out of) (?:an? |the )?(?:box|mix|jiffy)(?: mix)?\b/g, 'mix prepared cornbread'],
  [/\b(?:jiffy|krusteaz|boxed) corn ?muffins?\b/g, 'cornbread muffin'],
  // "rosé": the accent is dropped by the estimator's words, which left a glass of it as red wine.
  [/\brosé/g, 'rose'],
  // A tallboy is a 16 fl oz can: "a tallboy of hard cider", "2 pbr tallboys"; with its ounces said the word adds nothing.
  [/(\b\d+ ?(?:fl ?)?(?:oz|ounces?)\b[^,;+&]*?) tallboys?\b/g, '$1'],
  [/\b(\d+|two|three|four|five|six) tallboys\b/g, '$1 16 oz cans of beer'],
  [/\b(?:(?:an?|one) )?tallboy of\b/g, '16 fl oz of'],
  [/\b(?:(?:an?|one) )?((?:hard )?(?:cider|seltzer|lemonade|iced tea|tea)) tallboys?\b/g, '16 fl oz of $1'],
  [/\b(?:(?:an?|one) )?((?:[a-z]+ )?)tallboy\b/g, '16 fl oz of $1beer'],
];
