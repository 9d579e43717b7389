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

/** Fast-food chains as said before the estimator names them (pizza chains are already "fast food" by then). */
const CHAINS = String.raw`(?:mcdonald'?s|mcd'?s?|mickey d'?s|burger king|bk|wendy'?s?|in[- ]?n[- ]?out|(?:five|5) ?guys|chick[- ]?fil[- ]?a|cfa|arby'?s|sonic|jack in the box|whataburger|carl'?s jr|hardee'?s|culver'?s|shake shack|popeyes|kfc|white castle|dairy queen|happy meal|drive[- ]?thru|fast food)`;

/**
 * Sauces and dressings sold in a fast-food dipping cup, as said before "cup": the ones that are only a sauce alone, the rest
 * with "sauce" or "dressing" ("a cheese cup", "a fruit cocktail cup", "an italian ice cup" are other foods).
 */
const DIP = String.raw`((?:bbq|barbecue|ranch|honey mustard|buffalo|sweet (?:and|&|n) sour|blue cheese|bleu cheese|marinara|ketchup|tartar|thousand island)(?: sauce| dressing| dip| dipping sauce)?|(?:cocktail|fry|garlic|caesar|italian|cheese|polynesian|zax|cane'?s|chick[- ]?fil[- ]?a|big mac|honey|teriyaki|sriracha|hot|mustard|nacho cheese)(?: sauce| dressing| dipping sauce))(?: dipping)?`;

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
  // Cool Whip is the nondairy whipped topping (it read as no food), its sugar-free and fat-free tubs by those words.
  cool_whip: { q: 'whipped topping' }, // Whipped topping
  cool_whip_lite: { q: 'whipped topping' },
  reddi_wip: { q: 'whipped topping' }, // a spray cream said as a dollop: the topping's dollop portion
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
  // Round 13b: names that read as no food or the wrong one, with their brand families.
  // Hard candies by the piece (Life Savers, Jolly Ranchers; "7 lifesavers" read as no food); counts take "1 piece" (forms below).
  lifesaver: { code: '91745025', q: 'hard candy', alone: true }, // Candy, hard
  life_saver: { q: 'hard candy' },
  altoid: { code: '91745025', q: 'hard candy', alone: true },
  atomic_fireball: { q: 'hard candy' },
  // Sour and tablet candies by brand are hard candies too (counted by the piece by the estimator's candy rule).
  warhead: { code: '91745025', q: 'hard candy', alone: true },
  sweetart: { code: '91745025', q: 'hard candy', alone: true },
  smarty: { code: '91745025', q: 'hard candy', alone: true }, // a roll of Smarties (7 g) is about one 5 g piece
  // Bugles by brand are FNDDS's corn chips (by the single-serving bag).
  bugle: { code: '54401021', q: 'plain corn chip', alone: true }, // Corn chips, plain
  // A Choco Taco: ice cream in a waffle shell, nearest FNDDS's prepackaged cone (it read as a taco).
  choco_taco: { q: 'vanilla prepackaged ice cream cone' },
  // Liqueurs by brand: Fireball (cinnamon whisky liqueur), schnapps, amaretto, triple sec → FNDDS's Liqueur ("1 shot" 45 g).
  fireball: { code: '93201000', q: 'liqueur', alone: true },
  fireball_whisky: { q: 'liqueur' },
  schnapp: { code: '93201000', q: 'liqueur', alone: true }, // "peach schnapps" (stemmed)
  peach_schnapp: { q: 'liqueur' },
  peppermint_schnapp: { q: 'liqueur' },
  amaretto: { code: '93201000', q: 'liqueur', alone: true },
  triple_sec: { q: 'liqueur' },
  jagermeister: { code: '93201000', q: 'liqueur', alone: true },
  // Novelty ice creams by name: each is FNDDS's own sandwich, cone or bar with its "1 sandwich", "1 cone".
  chipwich: { code: '13120550', q: 'ice cream cookie sandwich', alone: true }, // Ice cream cookie sandwich
  cookie_sandwich_ice_cream: { q: 'ice cream cookie sandwich' },
  drumstick_cone: { q: 'vanilla prepackaged ice cream cone' }, // Ice cream cone, vanilla, prepackaged ("a drumstick" alone stays the chicken)
  drumstick_ice_cream: { q: 'vanilla prepackaged ice cream cone' },
  drumstick_ice_cream_cone: { q: 'vanilla prepackaged ice cream cone' },
  nestle_drumstick: { q: 'vanilla prepackaged ice cream cone' },
  nutty_buddy_cone: { q: 'vanilla prepackaged ice cream cone' },
  king_cone: { q: 'vanilla prepackaged ice cream cone' },
  // Taco Bell's cinnamon twists: FNDDS's fried flour pastry, with its own "1 Taco Bell order".
  cinnamon_twist: { q: 'mainly flour water fried pastry' }, // Pastry, mainly flour and water, fried
  // A cinnamon-sugar soft pretzel (Auntie Anne's, Wetzel's, a mall stand) is the ready-to-eat one, not from frozen.
  cinnamon_sugar_pretzel: { q: 'ready eat cinnamon sugar coated soft pretzel' }, // Pretzels, soft, ready-to-eat, cinnamon sugar coated
  cinnamon_sugar_soft_pretzel: { q: 'ready eat cinnamon sugar coated soft pretzel' },
  cinnamon_pretzel: { q: 'ready eat cinnamon sugar coated soft pretzel' },
  // Flavoured coffee creamers (Coffee-mate, International Delight by flavour): FNDDS's flavoured liquid creamer.
  flavored_creamer: { q: 'flavored liquid coffee creamer' }, // Coffee creamer, liquid, flavored
  coffee_mate: { q: 'flavored liquid coffee creamer' },
  coffeemate: { code: '12210210', q: 'flavored liquid coffee creamer', alone: true },
  international_delight: { q: 'flavored liquid coffee creamer' },
  // Sun Chips by the bag: FNDDS's multigrain chips ("1 small single serving bag").
  sunchip: { code: '54420210', q: 'sun chip multigrain chip', alone: true }, // Multigrain chips (Sun Chips)
  // A crumpet is FNDDS's English muffin "1 crumpet".
  crumpet: { q: 'english muffin' }, // Muffin, English (no code: the said noun picks its "1 crumpet")
  bottled_green_tea: { q: 'bottled green iced tea' }, // Tea, iced, bottled, green (sweetened, as sold)
  // Quick breads with fruit or nuts by the slice (pumpkin and zucchini have their own): FNDDS's fruit bread ("1 slice", 41 g), not a slice of cake.
  banana_nut_bread: { q: 'fruit bread' }, // Bread, fruit
  cranberry_bread: { q: 'fruit bread' },
  date_nut_bread: { q: 'fruit bread' },
  // Biscotti by flavour are FNDDS's biscotti ("2 almond biscotti" read as no food).
  almond_biscotti: { q: 'biscotti cookie' }, // Cookie, biscotti
  chocolate_biscotti: { q: 'biscotti cookie' },
  anise_biscotti: { q: 'biscotti cookie' },
  cantuccini: { code: '53203500', q: 'biscotti cookie', alone: true },
  // Scones by flavour: a fruit one is FNDDS's scone with fruit ("1 regular", 70 g).
  blueberry_scone: { q: 'fruit scone' }, // Scone, with fruit
  cranberry_scone: { q: 'fruit scone' },
  raspberry_scone: { q: 'fruit scone' },
  lemon_blueberry_scone: { q: 'fruit scone' },
  cranberry_orange_scone: { q: 'fruit scone' },
  raisin_scone: { q: 'fruit scone' },
  currant_scone: { q: 'fruit scone' },
  // A scoop of whey or protein powder is FNDDS's whey-based nutritional powder ("1 scoop, NFS"), not dry whey by the cup.
  whey_protein: { q: 'whey based nutritional powder mix' }, // Nutritional powder mix, whey based, NFS
  whey_protein_powder: { q: 'whey based nutritional powder mix' },
  whey_powder: { q: 'whey based nutritional powder mix' },
  whey_shake: { q: 'whey based nutritional powder mix' },
  // Round 15b. A breakfast Hot Pocket (egg, cheese, with sausage or bacon or not) is FNDDS's breakfast pocket with egg, not a plain one and an egg.
  breakfast_hot_pocket: { q: 'egg breakfast pocket turnover' }, // Turnover or breakfast pocket, egg
  egg_hot_pocket: { q: 'egg breakfast pocket turnover' },
  // A seltzer is sparkling water (LaCroix, Bubly, Polar, Spindrift); a hard seltzer says "hard" or its brand (White Claw, Truly).
  seltzer: { code: '92410210', q: 'carbonated plain water', alone: true }, // Water, carbonated, plain
  seltzer_water: { q: 'carbonated plain water' },
  sparkling_water: { q: 'carbonated plain water' },
  bubly: { code: '92410210', q: 'carbonated plain water', alone: true },
  polar_seltzer: { q: 'carbonated plain water' },
  spindrift: { code: '92410210', q: 'carbonated plain water', alone: true },
  // Fries by where they are from: a sit-down restaurant's are USDA's restaurant fries.
  restaurant_fry: { q: 'restaurant french fry' },
  restaurant_french_fry: { q: 'restaurant french fry' },
  steak_fry: { q: 'restaurant french fry' },
};

export const PACKAGED_FORMS: ReadonlyArray<[RegExp, string]> = [
  // Round 16b (sets 33–40's misses, written by class). A coffee-shop size said after the drink ("chai latte grande",
  // "iced coffee venti") is that drink's size, as it is said before it; small/medium/large only where nothing follows.
  [/\b((?:[a-z]+ ){0,3}?(?:latte|cappuccino|macchiato|mocha|frappuccino|frap|americano|cold brew|coffee|chai|refresher|flat white|tea))s?,? (tall|grande|venti|trenta)\b/g, '$2 $1'],
  [/\b((?:[a-z]+ ){0,3}?(?:latte|cappuccino|macchiato|mocha|frappuccino|americano|cold brew|chai))s?,? (small|medium|large)(?=\s*(?:$|[;+.!?)]|\s(?:and|on|at|from|for|before|after|this|today)\b))/g, '$2 $1'],
  // The milk said of a latte is the milk in it ("tall latte, whole milk", "a cappuccino w skim"), not a glass more; a plant
  // milk stays, for it makes USDA's non-dairy latte.
  [/\b((?:[a-z]+ )?(?:latte|cappuccino|flat white|macchiato|cortado|mocha)s?),? (?:with |w\/ ?|w |made with |made w )?(?:whole|2 ?%|1 ?%|skim|nonfat|non-fat|fat free|low ?fat|reduced fat|regular|dairy)(?: milk)?(?=\s*(?:$|[,;+&.!?)]|\s(?:and|on|at|from|for|this|today)\b))/g, '$1'],
  // A brand's yogurt cup said with its flavour ("chobani strawberry cup", "a yoplait peach cup") is the brand's container
  // of that yogurt, never a measuring cup of it or of the fruit.
  [/\b(chobani|yoplait|dannon|oikos|activia|fage|siggi'?s?|noosa|light (?:and|&|n) fit|ratio|two good|2 good)((?: [a-z]+){0,2}?)(?: greek)?(?: yogh?urt)? cups?\b/g, '$2 $1'],
  [/\b(chobani|yoplait|dannon|oikos|activia|fage|siggi'?s?|noosa)( (?:strawberry|blueberry|peach|raspberry|cherry|mango|pineapple|mixed berry|black cherry|key lime|lemon|banana|vanilla|coconut|honey))(?! yogh?urt)\b/g, '$2 $1'],
  // A bag from a vending machine, and a "snack size" bag, is the small single-serving bag (1 oz), not USDA's usual cup.
  [/\b(?:snack[- ]?size[d]?|vending(?: machine)?) (?:bag of |pack of )?(cheetos|doritos|fritos|lays|lay'?s|ruffles|sun ?chips|funyuns|takis|pretzels|potato chips|chips|cheez[- ]?its|goldfish|popcorn|smartfood|pringles)\b/g, 'small bag of $1'],
  // A slice of birthday (or layer) cake is the bakery's slice of a layer cake (USDA's 2+ layer slice, 175 g), which weighs as
  // USDA's large slice of a 1-layer cake (170 g); a plain slice of cake stays the regular one, a sheet cake is one layer.
  [/\b((?:an?|one|1|\d+|two|three) )?(slices?|pieces?) of ((?:[a-z]+ ){0,2}?)(?:b-?day|birthday|layer(?:ed)?|2[- ]layer|two[- ]layer) cakes?\b(?! pops?| bites?| balls?| mix| batter| oreos?| ice cream| flavou?r)/g, '$1large $2 of $3cake'],
  [/\bb-?day cake\b/g, 'birthday cake'],
  // An egg-and-cheese biscuit is the breakfast sandwich on a biscuit (it read as an egg and a cheese biscuit).
  // A meat said before it ("sausage egg n cheese biscuit") is already read as that sandwich with the meat.
  [/(?<!\b(?:sausage|bacon|ham|steak|chicken|turkey|roll|spam|chorizo|pork|brisket),? (?:(?:and|&|n) )?)\begg (?:and|&|n|'n'?) cheese (?:on (?:a )?)?biscuits?\b/g, 'egg sandwich on biscuit'],
  // Crackers said by the sleeve or a count "with peanut butter" are those crackers and peanut butter spread on them, not the
  // peanut-butter sandwich crackers USDA counts by the 7 g piece (a sleeve read as one piece).
  [/\b((?:an? |one |\d+ |two |three )?sleeves? of (?:ritz|saltines?|club|townhouse|butter|wheat|graham)(?: crackers?)?) (?:with|w\/ ?|w|and|&|\+)\s+(?:some )?(pb|peanut butter)\b/g, '$1 and peanut butter'],
  // An ice cream's own flavour name said by the scoop ("2 scoops mint chip", "a scoop of rocky road in a cone") is ice cream.
  // In a cone it is the scoops and the cone's shell (estimate.ts does the same for scoops said "ice cream", before these forms).
  [/\b(\d+|two|three|four|five|an?|one) (scoops?) (?:of )?(mint (?:chocolate )?chip|cookie dough|rocky road|cookies (?:and|&|n) cream|butter pecan|moose tracks|neapolitan|pistachio|chocolate chip|birthday cake|salted caramel|cherry garcia|chunky monkey|phish food|half baked|superman|black raspberry|coffee|mango|strawberry|vanilla|chocolate)(?: ice cream)? (?:in|on) (?:a|an|one) (?:waffle|wafer) cone\b/g, '$1 $2 of $3 ice cream and 1 large waffle cone shell'],
  [/\b(\d+|two|three|four|five|an?|one) (scoops?) (?:of )?(mint (?:chocolate )?chip|cookie dough|rocky road|cookies (?:and|&|n) cream|butter pecan|moose tracks|neapolitan|pistachio|chocolate chip|birthday cake|salted caramel|cherry garcia|chunky monkey|phish food|half baked|superman|black raspberry|coffee|mango|strawberry|vanilla|chocolate)(?: ice cream)? (?:in|on) (?:a|an|one) (?:sugar |cake )?cone\b/g, '$1 $2 of $3 ice cream and 1 cone shell'],
  [/\b(scoops?) (?:of )?(mint (?:chocolate )?chip|cookie dough|rocky road|cookies (?:and|&|n) cream|butter pecan|moose tracks|neapolitan|pistachio|chocolate chip|birthday cake|salted caramel|cherry garcia|chunky monkey|phish food|half baked|superman|black raspberry|coffee|mango|strawberry|vanilla|chocolate)\b(?! ice cream| gelato| froyo| frozen yogh?urt| sorbet| sherbet| and 1)/g, '$1 of $2 ice cream'],
  // A pack of instant ramen said in brackets or as "pack of ramen" is the packet's noodle soup (its 495 g made), not a ramen-shop bowl.
  [/\bramen(?: noodles?)? \((?:1|one|a) (?:pack|packet|package|pkg)\)/g, 'a pack of ramen noodles'],
  [/\b((?:an?|one|1|\d+|two|three|half a) )(pack(?:et|age)?s?) of (?:instant )?ramen\b(?! noodles?| bowl)/g, '$1$2 of ramen noodles'],
  [/(?<!\b(?:an?|one|\d+|two|three|half a|of) )\bpack(?:et|age)? of (?:instant )?ramen\b(?! noodles?| bowl)/g, 'a pack of ramen noodles'],
  // A fried-chicken place's "3 piece w mashed potatoes & gravy" is that many pieces of fried chicken and a side of mashed
  // potatoes with gravy, never USDA's mixed dish "chicken and potatoes with gravy" counted three times (65 g for 34).
  [/\b(kfc |popeyes |church'?s |bojangles'? |kentucky fried chicken )?(\d+|two|three|four|five|six|eight)[- ]?(?:pc|pcs|piece)s?(?: (?:meal|dinner|combo|box))?(?: of)?(?: (?:fried )?chicken)?\s+(?:with|and|&|\+)\s+mashed(?: potato(?:es)?)?\s+(?:with|and|&|n|'n')\s+gravy\b/g, '$1$2 pieces of fried chicken and mashed potatoes with gravy'],
  [/\b(kfc |popeyes |church'?s |bojangles'? |kentucky fried chicken )?(\d+|two|three|four|five|six|eight)[- ]?(?:pc|pcs|piece)s?(?: (?:meal|dinner|combo|box))?(?: of)?(?: (?:fried )?chicken)?\s+(?:with|and|&|\+)\s+mashed(?: potato(?:es)?)?(?!\s+(?:with|and|&|n|'n')\s+gravy)\b/g, '$1$2 pieces of fried chicken and mashed potatoes'],
  // A kids' meal milk jug is its 8 fl oz jug of (low-fat, often chocolate) milk.
  [/\b(?:an? |one |1 )?(?:(choc(?:olate)?|strawberry|white|low ?fat|1 ?%) )?milk jugs?\b/g, '8 fl oz of $1 milk'],
  [/\bof choc milk\b/g, 'of chocolate milk'],
  // "instant oatmeal, maple, 1 packet": the flavour said between the oatmeal and its count.
  [/\binstant oatmeal,? (?:the )?maple(?: (?:and|&|n) )?(?: ?brown sugar)?(?: one| kind| flavou?r)?,? ((?:\d+|an?|one|two|three) )(packets?|pkts?)\b/g, 'maple flavored instant oatmeal $1$2'],
  // Round 15b (sets 29–32's misses, written by class). Candy said by its size after the name is that size ("gummy candy, fun
  // size x3"); a fun-size bag of gummies or fruit snacks is FNDDS's "miniature/bite size/fun size" (15 g), which "fun size"
  // does not find by its words, so it is said as "miniature".
  [/\b(gumm(?:y|ie)s?(?: (?:candy|candies|bears?|worms?|rings?|sharks?|snacks?))?|fruit snacks?|candy bars?|candy|skittles|starbursts?|snickers|twix|milky ways?|m&m'?s|reese'?s(?: cups?)?|kit ?kats?|butterfingers?|3 musketeers|nerds|sour patch(?: kids)?),? (fun[- ]?size|snack[- ]?size|mini|king[- ]?size)\b/g, '$2 $1'],
  [/\bfun[- ]?size[d]? (?:bags? of |packs? of |pouch(?:es)? of )?((?:gumm(?:y|ie)s?(?: (?:candy|candies|bears?|worms?|rings?|sharks?|snacks?))?|fruit snacks?|welch'?s(?: fruit snacks?)?|sour patch(?: kids)?))\b/g, 'miniature $1'],
  // Licorice twists or pieces are counted by the 5 g piece ("4 licorice twists"), a Twizzler or Red Vine by its 10 g stick.
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:(?:red |black )?licorice (?:twists?|pieces?|bites?|nibs?)|twists? of (?:red |black )?licorice)\b/g, '$1 pieces of licorice'],
  // Graham crackers by the square: USDA's portion is "1 large rectangular piece or 2 squares", so two squares are one.
  [/\b(?:1|one|a) graham (?:cracker )?square\b/g, 'half a graham cracker'],
  [/\b(?:2|two) graham (?:cracker )?squares\b/g, '1 graham cracker'],
  [/\b(?:3|three) graham (?:cracker )?squares\b/g, '1.5 graham crackers'],
  [/\b(?:4|four) graham (?:cracker )?squares\b/g, '2 graham crackers'],
  [/\b(?:6|six) graham (?:cracker )?squares\b/g, '3 graham crackers'],
  [/\b(?:8|eight) graham (?:cracker )?squares\b/g, '4 graham crackers'],
  // Flavoured instant oatmeal (Quaker's packets by flavour): a fruit one is USDA's fruit-flavoured instant oatmeal, maple or brown
  // sugar its maple-flavoured one ("2 packets apple cinnamon instant oatmeal" read as plain, "maple brown sugar" as reduced sugar).
  [/\b(?:apple (?:cinn?(?:amon)?|cinnamon)|peach(?:es)? (?:and|&|n|'n'?) cream|strawberr(?:y|ies) (?:and|&|n|'n'?) cream|blueberr(?:y|ies)(?: (?:and|&|n|'n'?) cream)?|banana(?: bread)?|raisin(?:s)?(?: (?:and|&|n) spice)?|cinnamon (?:and|&|n) spice|fruit(?: (?:and|&|n) cream)?|berr(?:y|ies)(?: (?:and|&|n) cream)?) (?:flavou?red )?(instant oatmeal|oatmeal packets?|instant oatmeal packets?|instant oats|oatmeal (?:pkts?|sachets?))\b/g, 'fruit flavored $1'],
  [/\b(?:maple(?: (?:and|&|n) )?(?: ?brown sugar)?|brown sugar(?: (?:and|&|n) maple)?|cinnamon roll|dinosaur eggs) (?:flavou?red )?(instant oatmeal|oatmeal packets?|instant oatmeal packets?|instant oats|oatmeal (?:pkts?|sachets?))\b/g, 'maple flavored $1'],
  [/\binstant oatmeal,? ((?:\d+|an?|one|two|three) )?(packets?|pkts?)?,? (?:the )?maple(?: brown sugar)?(?: one| kind| flavou?r)?\b/g, 'maple flavored instant oatmeal $1$2'],
  [/\binstant oatmeal maple(?: brown sugar)? (packets?|pkts?)\b/g, 'maple flavored instant oatmeal $1'],
  // Flavoured packets come made with water (USDA's flavoured ones have no water or milk form; "made w water" read as plain).
  [/\b((?:fruit|maple) flavored (?:instant oatmeal|oatmeal packets?|instant oatmeal packets?|instant oats)(?:,? (?:\d+|an?|one|two|three) (?:packets?|pkts?))?),? (?:made |cooked |prepared )?with\s+(?:hot )?water\b/g, '$1'],
  [/\bpkts?\b/g, 'packet'],
  // A soup by the can said after it ("split pea soup, whole can", "lentil soup, the whole can") is one can of it.
  [/\b((?:[a-z]+ ){0,3}(?:soup|chowder|chili|bisque|stew)),? (?:i ate |ate |had )?(?:the |a )?whole can\b/g, 'a can of $1'],
  [/(^|[,;+:]\s*|\b(?:had|ate)\s+)whole can of\b/g, '$1a can of'],
  // Progresso, Campbell's, Healthy Choice soups are the canned soup ("progresso lentil soup" read as home-made).
  [/\b(?:progresso|campbell'?s?|healthy choice|wolfgang puck|amy'?s) ((?:[a-z]+ ){0,3}?)(soup|chowder)\b/g, 'canned $1$2'],
  // A dipping cup of a sauce or dressing at a fast-food place ("a bbq sauce cup", "2 ranch cups") is USDA's "1 dipping-size
  // container", not a measuring cup (a cup of barbecue sauce is 110 g of carbs). "a cup of ranch" stays the measure.
  [new RegExp(String.raw`\b${DIP} cups\b`, 'g'), 'containers of $1'],
  [new RegExp(String.raw`\b(?:an? |one )?${DIP} cup\b`, 'g'), 'a container of $1'],
  [/\b(\d+|an?|one|two|three|four) (?:dipping |side |sauce )?cups? of (bbq|barbecue|ranch|honey mustard|buffalo|sweet (?:and|&|n) sour|blue cheese|bleu cheese|ketchup)( sauce| dressing)? (?:for dipping|to dip)\b/g, '$1 containers of $2$3'],
  // Texas toast is the thick garlic toast (USDA's garlic bread by its "1 piece/slice Texas Toast"), not a slice of white toast.
  [/\btexas toast(?! garlic bread)(?: slices?)?\b/g, 'texas toast garlic bread'],
  // Cornbread said with its mix in brackets after it: "2 pieces cornbread (jiffy)" is the cornbread from a mix.
  [/\bcorn ?bread \((?:jiffy|krusteaz|marie callender'?s|box(?:ed)?|from (?:a )?(?:box|mix)|(?:jiffy )?mix)(?: mix)?\)/g, 'mix prepared cornbread'],
  // Holiday cookies said with their kind and size in brackets ("3 christmas cookies (sugar, small)") are that cookie; holiday
  // cut-out cookies said alone are iced sugar cookies (the sets' "frosted sugar cookies (xmas)"), not sugar wafers.
  [/\b(?:christmas|xmas|holiday|cut[- ]?out|halloween|valentine'?s?|easter) cookies? \((sugar|gingerbread|chocolate chip|oatmeal|peanut butter|shortbread)(?:,\s*(small|large|big|medium|mini))?\)/g, '$2 $1 cookies'],
  [/\b(?:christmas|xmas|holiday|cut[- ]?out) (?:sugar )?cookies?\b(?! \()/g, 'frosted sugar cookies'],
  // A breakfast Hot Pocket said by its filling ("egg n cheese hot pocket", "sausage egg and cheese hot pocket").
  [/\b(?:(?:sausage|bacon|ham),? )?(?:egg|eggs),? (?:(?:and|&|n|'n'?) )?(?:(?:sausage|bacon|ham|cheese)(?:,? (?:and|&|n|'n'?) )?)*(?:cheese )?hot pockets?\b|\bbreakfast hot pockets?\b/g, 'breakfast hot pocket'],
  // Wendy's apple bites and a fast-food bag of apple slices (McDonald's, Chick-fil-A, a kids' meal) are USDA's "1 single
  // serving package" of apple (34 g), not a whole apple.
  [/\b(?:an? |one )?(?:bag of |pack of |side of )?(?:wendy'?s )?apple bites\b/g, 'a bag of apple slices'],
  [/(\b(?:mcd'?s?|mcdonald'?s?|mickey d'?s|wendy'?s?|burger king|chick[- ]?fil[- ]?a|cfa|happy meal|kids'? meal|arby'?s|sonic|jack in the box)\b[^.]*?)(?<!bag of |pack of |package of )\bapple slices\b/g, '$1a bag of apple slices'],
  [/(?<!bag of |pack of |package of )\bapple slices\b(?=[^.]*?\b(?:mcd'?s?|mcdonald'?s?|mickey d'?s|wendy'?s?|burger king|chick[- ]?fil[- ]?a|cfa|happy meal|kids'? meal|arby'?s|sonic|jack in the box)\b)/g, 'a bag of apple slices'],
  // Disney's Mickey pretzel is a big soft pretzel (USDA's "1 large"), its Mickey bar a chocolate-coated vanilla ice cream bar.
  [/\b(?:(?:big|giant|huge|large) )?mickey (?:shaped )?(?:soft )?pretzels?\b/g, 'large soft pretzel'],
  [/\bmickey (?:premium )?(?:ice cream )?bars?\b|\bmickey ice cream\b/g, 'chocolate coated ice cream bar'],
  // Taco Bell's cinnamon twists said without a count are its order (USDA's "1 Taco Bell order"), whatever else the message names.
  [/(^|[,;+&:]\s*|\b(?:and|with|plus|had|ate|an?|one|some)\s+)(?:order of )?cinnamon twists\b(?! (?:from|at) taco bell)/g, '$1cinnamon twists from taco bell'],
  // Qualifiers said in brackets after a food ("2 applesauce pouches (the unsweetened ones)") are that food's kind.
  [/\b((?:\d+|an?|one|two|three|four|five|six) )((?!(?:oz|fl|ml|g|grams?|cups?|tbsp|tsp|tablespoons?|teaspoons?|ounces?|lbs?|pounds?|liters?|litres?|l|bottles?|cans?|glasses?)\b)(?:[a-z']+ ){0,2}?[a-z']+) \((?:the |an? )?(unsweetened|sugar[- ]free|no sugar added|diet|zero sugar|plain|low[- ]?fat|non[- ]?fat|fat[- ]?free|whole wheat|whole grain)(?: ones?| kind| type| version)?\)/g, '$1$3 $2'],
  // A cider donut (orchard, pumpkin patch) is a cake doughnut, as an old-fashioned one is ("donut" alone is USDA's NFS).
  [/\b(?:apple )?cider (donut|doughnut)(s?)\b/g, 'cake $1$2'],
  // A peanut butter cup is the candy (Reese's and store brands), never a measuring cup: a regular pack holds two cups, USDA's
  // "1 pouch/regular size" (45 g), so one cup is half of it; mini and fun-size cups keep their sizes.
  [/\b(?:1|one|a|an) (?:reese'?s )?(?:peanut butter|pb) cup\b(?! of)/g, 'half a regular size peanut butter filled chocolate candy'],
  [/\b(?:2|two) (?:reese'?s )?(?:peanut butter|pb) cups\b/g, '1 regular size peanut butter filled chocolate candy'],
  [/\b(?:3|three) (?:reese'?s )?(?:peanut butter|pb) cups\b/g, '1.5 regular size peanut butter filled chocolate candy'],
  [/\b(?:4|four) (?:reese'?s )?(?:peanut butter|pb) cups\b/g, '2 regular size peanut butter filled chocolate candy'],
  [/\b((?:mini(?:ature)?|fun[- ]?size|snack[- ]?size|king[- ]?size|big cup) )(?:reese'?s )?(?:peanut butter|pb) cups?\b/g, '$1peanut butter filled chocolate candy'],
  // Fries said without a size beside a fast-food chain anywhere in the message are the chain's fries ("in n out cheeseburger &
  // fries", "chick fil a sandwich & waffle fries", "arbys roast beef + curly fries"), not USDA's NFS fries.
  [new RegExp(String.raw`(?<=\b${CHAINS}\b[^.]*?)(?<!\b(?:fast food|small|medium|large|kids?|value|regular|\d+)\s)\b(?:waffle |curly |french |seasoned )?fries\b`, 'g'), 'fast food fries'],
  [new RegExp(String.raw`(?<!\b(?:fast food|small|medium|large|kids?|value|regular|\d+)\s)\b(?:waffle |curly |french |seasoned )?fries\b(?=[^.]*?\b${CHAINS}\b)`, 'g'), 'fast food fries'],
  // A pack of instant ramen (Maruchan, Top Ramen, Nissin) is its 3 oz block made up: USDA's "1 oz, dry, yields" (165 g) three
  // times, 495 g of the soup (it read as a restaurant ramen bowl or USDA's usual cup).
  [/\b(?:an?|one|1) (?:pack(?:et|age)?|block|brick) of (?:instant |maruchan |top |nissin )?(?:ramen|maruchan)(?: noodles)?\b|\b(?:maruchan|top ramen|instant ramen)(?: noodles)?,? (?:1|one) pack(?:et|age)?\b|\b(?:an? )?(?:maruchan|top ramen)(?: noodles)? pack(?:et|age)?\b/g, '495 g of ramen noodle soup'],
  [/(?<!\b(?:\d+|two|three|four|five) )\bpack(?:et|age)? of (?:instant|maruchan|top|nissin) (?:ramen|noodles)\b/g, '495 g of ramen noodle soup'],
  [/\b(?:2|two) (?:pack(?:et|age)?s|blocks|bricks) of (?:instant |maruchan |top |nissin )?(?:ramen|maruchan)(?: noodles)?\b/g, '990 g of ramen noodle soup'],
  [/\b(?:3|three) (?:pack(?:et|age)?s|blocks|bricks) of (?:instant |maruchan |top |nissin )?(?:ramen|maruchan)(?: noodles)?\b/g, '1485 g of ramen noodle soup'],
  [/\b(?:an?|one) (?:pack(?:et|age)?|block|brick) of (?:instant )?(?:ramen|maruchan)(?: noodles)?\b/g, '495 g of ramen noodle soup'],
  // Fig Newtons are counted by the Newton bar (16 g), their 2-bar pack USDA's individual package; mini ones keep theirs.
  [/\bfig newtons?,? (?:the )?(?:2|two)[- ]bar pack(?:age)?\b|\b(?:an? |one )?(?:2|two)[- ]bar pack(?:age)? of fig newtons\b|\b(?:an? |one )?(?:pack(?:et|age)?|snack pack) of fig newtons\b/g, 'individual package of fig bar cookie'],
  [/\bfig newtons?,? (\d+|two|three|four|five|six|eight) of them\b/g, '$1 fig newton bars'],
  [/(?<!\bmini )\bfig newtons\b(?! bars?)/g, 'fig newton bars'],
  [/(?<!\bmini )\bfig newton\b(?! bars?)/g, 'fig newton bar'],
  // A Cinnabon is its own roll (USDA's "1 Cinnabon", 240 g), not a 90 g cinnamon bun: "(the big cinnabon one)" says so too.
  [/\bcinn?amon (?:rolls?|buns?) \((?:the |a )?(?:big |giant |huge )?cinnabon(?: one| kind)?\)/g, 'cinnabon'],
  // A rice crispy square or bar is the treat (by its size), not the cereal.
  [/\b(?:(big|large|giant|huge|jumbo|small|medium) )?rice (?:krispies?|crispy|crispie|krispy|crispies) (?:squares?|bars?)\b/g, '$1 rice krispie treat'],
  // A Snapple by its flavour, then its bottles ("snapple lemon tea, 2 bottles"), is that many of its 16 fl oz bottles.
  [/\bsnapple(?: (?:lemon|peach|raspberry|diet|zero(?: sugar)?|green|mango|kiwi strawberry|apple|half (?:n|and|&) half|elements|takes 2 to mango))*(?: iced)?(?: teas?)?,? (\d+|two|three|four) bottles\b/g, '$1 snapple bottles'],
  // The rest of the candy and snack-cake families by the piece: Hi-Chews are taffy squares, caramel squares caramels, M&M's
  // counted their 2 g candy-shell pieces (not an 8 g chocolate piece: "20 m&ms" was 95 g of carbs), Little Debbie's seasonal
  // tree and pumpkin cakes white snack cakes, its oatmeal pie the creme-filled oatmeal cookie sandwich, a thinkThin bar a
  // nutrition bar (it read as a thin-crust pizza).
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:hi[- ]?chews?|taffy candies|taffies)\b/g, '$1 piece taffy candy'],
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) caramel (?:squares|cubes|chews)\b/g, '$1 piece caramel candy'],
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple(?: of)?) (?:plain |regular |milk chocolate )?m ?& ?m'?s\b(?! (?:packs?|bags?|blizzard|mcflurry|cookies?))/g, '$1 pieces of candy shell chocolate candy'],
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple(?: of)?) peanut m ?& ?m'?s\b(?! (?:packs?|bags?|blizzard|mcflurry|cookies?))/g, '$1 pieces of candy shell nut chocolate candy'],
  [/\b(?:(?:little )?debbie )?(?:christmas tree|pumpkin delights?|easter basket|valentine(?:'?s)? heart|be my valentine) (?:snack )?cakes\b/g, 'white snack cakes'],
  [/\b(?:(?:little )?debbie )?(?:christmas tree|pumpkin delight|easter basket|valentine(?:'?s)? heart|be my valentine) (?:snack )?cake\b/g, 'white snack cake'],
  [/\b(?:little )?debbie oatmeal (?:creme |cream )?pies?\b/g, 'large oatmeal creme pie'],
  [/\bsno ?balls?\b/g, 'chocolate snack cake'],
  [/\bthink ?thin(?: protein)?(?: bars?)?\b/g, 'protein bar'],
  // A bread bowl (Panera's, a chowder house's) is a round sourdough loaf of about 230 g, USDA's French bread by weight, with its
  // soup as a food of its own ("broccoli cheddar in a bread bowl" read the bowl as 25 g of bread).
  [/\s+in (?:an? |the |one )?(?:sourdough |panera )?bread ?bowl\b/g, ', 230 g of french bread'],
  [/\b(?:an? |one )?(?:sourdough |panera )?bread ?bowl (?:of |with )((?:[a-z]+ ){0,3}?(?:soup|chili|chowder|stew|bisque|mac and cheese|mac n cheese))\b/g, '$1, 230 g of french bread'],
  [/\b((?:[a-z]+ ){0,2}?(?:soup|chili|chowder|bisque|broccoli cheddar|broccoli cheese|french onion|mac and cheese|mac n cheese)) bread ?bowl\b/g, '$1, 230 g of french bread'],
  [/\b(?:an? |one )?(?:sourdough |panera )?bread ?bowl\b/g, '230 g of french bread'],
  // Taco Bell's Nachos BellGrande is its order of nachos with beef and beans (USDA's "1 order", 250 g).
  [/\b(?:an? |one )?(?:order of )?nachos bell ?grande\b/g, '1 order of nachos with beef and beans'],
  // A fruit roll-up, a Fruit by the Foot or a fruit leather counted is one roll each, USDA's "1 pouch/regular size" (15 g), not
  // its 10 g piece (the candy rule counts pieces).
  [/\b(\d+|two|three|four|five|six|a couple(?: of)?) (?:fruit roll[- ]?ups?|fruit by the foots?|fruit leathers?)\b/g, '$1 regular size fruit leather candy'],
  // A seltzer said "hard" or by its brand stays the hard seltzer; LaCroix-type "flavored seltzer" is sparkling water.
  [/\b(?:lime|lemon|grapefruit|orange|cherry|berry|black cherry|mango|coconut|pamplemousse|peach|watermelon|raspberry|cran[- ]?raspberry|flavou?red|unflavou?red|plain) (seltzer|sparkling water)s?\b/g, '$1'],
  // Round 13b. Hard candies counted are pieces, by brand too: "7 lifesavers", "5 life savers", "3 altoids", "4 jolly ranchers".
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:life ?savers?|altoids?|jolly ranchers?|atomic fireballs?|starlight mints|mints)\b/g, '$1 piece hard candy'],
  // "a shot of fireball", "2 shots of tequila": USDA's "1 jigger" (the same 42–45 g as its "1 shot"). "shot" said before the
  // drink was taken for an insulin shot, a word that is no food, so the whole item was dropped; "a shot of insulin" or of
  // any word not a spirit keeps "shot" and stays no food.
  [/\b(?:an?|one|single) shots? of espresso\b/g, '1 fl oz of espresso'],
  [/\b(?:2|two) shots of espresso\b/g, '2 fl oz of espresso'],
  [/\b(?:an?|one) shot of (fireball|vodka|tequila|whiske?y|rum|gin|bourbon|scotch|jager(?:meister)?|(?:peach |peppermint )?schnapps|amaretto|baileys|kahlua|liqueur|brandy|cognac|mezcal|everclear|moonshine|crown(?: royal)?|jack(?: daniel'?s)?|jameson|patron|malibu|hennessy)\b/g, 'a jigger of $1'],
  [/\b(\d+|two|three|four|five|six) shots of (fireball|vodka|tequila|whiske?y|rum|gin|bourbon|scotch|jager(?:meister)?|(?:peach |peppermint )?schnapps|amaretto|baileys|kahlua|liqueur|brandy|cognac|mezcal|everclear|moonshine|crown(?: royal)?|jack(?: daniel'?s)?|jameson|patron|malibu|hennessy)\b/g, '$1 jiggers of $2'],
  // A push-up said without an article is still one: "sherbet push up" read as no food.
  [/\b(an?|one|\d+) sherbet push[- ]?ups?\b/g, '$1 push up of sherbet'],
  [/\bsherbet push[- ]?ups?\b/g, 'a push up of sherbet'],
  // "a drumstick" alone stays the chicken; said with its ice cream words it is the prepackaged cone.
  [/\bdrumstick (?:ice cream )?cones?\b|\bice cream drumsticks?\b|\bnestle drumsticks?\b/g, 'drumstick_cone'],
  // A flavoured coffee creamer by its flavour ("2 tbsp hazelnut creamer", "french vanilla coffee mate").
  [new RegExp(String.raw`\b${FLAVOURS} (?:flavou?red )?(?:coffee ?mate |international delight )?(?:coffee )?creamer\b|\b(?:coffee ?mate|international delight) ${FLAVOURS}(?: creamer)?\b`, 'g'), 'flavored creamer'],
  // "ww bagel", "ww toast": whole wheat (as "ww" is said on a menu or a bag), before the bread it names.
  [/\bww (bagels?|bread|toast|english muffins?|tortillas?|wraps?|pasta|spaghetti|pitas?|crackers?|buns?|rolls?|waffles?|pancakes?)\b/g, 'whole wheat $1'],
  // Sun Chips and pretzels from a pretzel stand said as the brand does.
  [/\bsun ?chips?\b/g, 'sunchips'],
  [/\b(?:auntie ?anne'?s?|wetzel'?s?(?: pretzels)?) cinnamon(?: sugar)? pretzels?\b|\bcinnamon(?: sugar)? pretzels? (?:from|at) (?:auntie ?anne'?s?|wetzel'?s?(?: pretzels)?)\b/g, 'cinnamon sugar pretzel'],
  // A fruit and nut bar (KIND, Larabar) is one bar, not fruit and a bar.
  [/\bfruit (?:&|and|n|'n'?) nut (?:granola |cereal |snack )?bars?\b/g, 'fruit nut granola bar'],
  // Vending-machine or packaged peanut butter crackers (Lance, Austin, Ritz Bits): the individual package of six.
  [/\b(?:vending(?: machine)?|lance|austin|gas station) (?:pb|peanut butter|p\.?b\.?) (?:sandwich )?crackers?\b|\b(?:an? |one )?(?:pack(?:age|et)?|sleeve) of (?:pb|peanut butter) (?:sandwich )?crackers\b/g, 'individual package of peanut butter sandwich crackers'],
  // Hamburger Helper's single-serve cup is USDA's "1 microwave singles package".
  // Its portion names three words the portion matcher does not read, so its weight (288 g prepared) is said instead.
  [/\b(?:hamburger helper|tuna helper|chicken helper)[, ]+(?:the |a |one )?microwave singles?(?: cups?| packages?| bowls?)?\b|\bmicrowave singles?(?: cups?| packages?| bowls?)? (?:of )?hamburger helper\b/g, '288 g of hamburger helper'],
  // A boxed or pouched kids' drink with its ounces said after it: "a yoo hoo box, 6.5 oz" is 6.5 fl oz of it.
  [/\b(?:an? |one )?(yoo ?hoo|chocolate milk|juice|apple juice|milk|horizon(?: chocolate)? milk) (?:box|carton|pouch),? (\d+(?:\.\d+)?) ?(?:fl ?)?oz\b/g, '$2 fl oz of $1'],
  // A bottle of sweet green tea is the bottled iced green tea (Arizona, Lipton, Pure Leaf), not hot leaf tea.
  [/\b(bottles?|bottled|cans?|canned|jugs?) (?:of )?(?:sweet(?:ened)? )?green teas?\b/g, '$1 of bottled green tea'],
  [/\b(?:sweet(?:ened)? )?green teas? (?:in|from) (?:a |the )?(?:bottle|can|fridge|gas station|vending machine)\b/g, 'bottled green tea'],
  // Gatorade or Powerade by flavour: the flavour is no food of its own ("orange gatorade 20oz" read as no food).
  [/\b(?:orange|lemon[- ]lime|fruit punch|cool blue|glacier freeze|glacier cherry|grape|lime|strawberry|watermelon|tropical mango|tropical|fierce (?:grape|blue|melon)|frost|mountain berry blast|blue|red|yellow|green|purple|white|berry) (gatorade|powerade|body ?armor)\b/g, '$1'],
  [/\b(gatorade|powerade) (?:orange|lemon[- ]lime|fruit punch|cool blue|glacier freeze|glacier cherry|grape|lime|strawberry|watermelon|tropical|frost|mountain berry blast|blue|red|yellow|purple)\b/g, '$1'],
  // McDonald's Quarter Pounder said short: "qp", "qpc"; "no cheese" is the Quarter Pounder itself.
  [/\bqpc\b|\bqp (?:with|w\/?) cheese\b/g, 'quarter pounder with cheese'],
  [/\bqp\b/g, 'quarter pounder'],
  [/\bquarter pounder,? (?:with )?no cheese\b|\bquarter pounder (?:plain|without cheese)\b/g, 'quarter pounder'],
  // Chick-fil-A's Chick-n-Strips are fast-food chicken strips; "4 ct" is a count of them.
  [/\bchick[- ]?fil[- ]?a'?s? (?:chick[- ]?n[- ]?)?(strips|tenders)\b/g, 'fast food chicken $1'],
  [/\b(\d+)[- ]?(?:ct|count) (?=[a-z])/g, '$1 '],
  // A value deal's name is no count: "4 for 4", "4 for $4", "2 for 5", "20 piece for $5".
  [/\b\d+ for \$?\d+(?: (?:meal|deal|box))?\b/g, ' '],
  // A fruit yogurt cup by its fruit is USDA's fruit yogurt "1 container".
  [/\b(?:strawb[e]?r+y|blueberry|peach|cherry|raspberry|mixed berry|berry|key lime|banana|pineapple|mango|black cherry|harvest peach) (?:fruit )?(greek )?yogurt cups?\b/g, '1 6 oz container of fruit $1yogurt'],
  // A scoop of whey is the protein powder ("whey" alone read as dry whey by the cup).
  [/\b(scoops?|a scoop|one scoop)(?: of)? whey\b(?! protein| powder)/g, '$1 of whey protein'],
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
  // A "sharing size" bag (M&M's 10 oz, Skittles 15 oz) or a movie-theater box is USDA's "1 sharing/movie theater size".
  [/\b(?:sharing|movie theat(?:er|re)|theat(?:er|re))[- ]?size[d]? (?=[a-z])/g, 'sharingsize '],
  [/\b(?:share|share pack)[- ]?size[d]? (?=[a-z])/g, 'king size '],
  // A Kit Kat by its size is FNDDS's cookie-filled chocolate candy (Kit Kat's own entry, a wafer cookie, has no candy sizes).
  [/\b(fun[- ]?size|mini|miniature|snack[- ]?size|king[- ]?size|regular) kit ?kats?\b/g, '$1 cookie filled chocolate candy'],
  [/\bhershey'?s?(?: (?:milk chocolate|chocolate))?(?: bars?)? with almonds\b/g, 'chocolate candy with nuts'],
  // Whoppers the candy (said with a bag or box, or "whoppers candy") are malted milk balls, not Burger King's burger.
  [/\b(?:(?:bag|box|carton|pack) of whoppers|whoppers (?:candy|malted milk balls?|malt balls?))\b/g, 'malted milk balls'],
  [/\bmalt(?:ed)? (?:milk )?balls?\b/g, 'malted milk balls'],
  // Candies counted are counted by the piece or stick they come in, not USDA's pouch: "3 twizzlers" are three sticks, "4 hard
  // candies" four pieces (they read as three and four pouches, 178 and 235 g of carbs).
  [/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple(?: of)?) (?:twizzlers?|red vines?|licorice (?:ropes?|whips?|sticks?))\b/g, '$1 licorice sticks'],
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
