import { PACKAGED_FORMS, PACKAGED_NAMES } from './everyday-packaged';
import { SERVING_FORMS, SERVING_NAMES } from './everyday-servings';
/**
 * Chain menus and packaged brands as people in the U.S. say them (issue #19, round 7):
 * merged into everyday-names.ts with one spread, same shape and rules (keys as `stem`
 * writes them; `q` USDA's words, `code` the one food a single word means). Written from the
 * chains' everyday menus and the common grocery brands, not from the evaluation sets'
 * misses; each maps to FNDDS's own branded entry where it has one ("Big Mac (McDonalds)",
 * "Corn chips, plain (Fritos)", "Cereal or granola bar (Quaker Chewy Granola Bar)"), else
 * to the food a dietitian would pick, with the reason beside it.
 */
export const CHAIN_AND_BRAND_NAMES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
  // How things are sold and served (everyday-servings.ts); the entries below win where both have a name.
  ...SERVING_NAMES,
  // Packaged foods, candy, bakery, sodas, coffee drinks and drinks with alcohol (everyday-packaged.ts).
  ...PACKAGED_NAMES,
  // McDonald's.
  mcrib: { code: '27520500', q: 'barbecue rib sandwich', alone: true }, // Barbecue rib sandwich
  // Burger King, Wendy's, Jack in the Box, Whataburger, Culver's, In-N-Out, Five Guys.
  chicken_fry: { q: 'fast food chicken strip tender' }, // BK's chicken fries: USDA's "1 chicken fry" portion
  jumbo_jack: { q: 'fast food medium patty cheeseburger' }, // a quarter-pound-class burger
  butterburger: { code: '27510215', q: 'cheeseburger fast food', alone: true },
  spicy_deluxe: { q: 'fast food fried chicken fillet cheese sandwich' }, // Chick-fil-A's: fried fillet with cheese
  // A fried chicken sandwich (Chick-fil-A's, Popeyes', McCrispy) is USDA's fried fillet sandwich, not "Sandwich, NFS".
  fried_chicken_sandwich: { q: 'fried chicken fillet white bun sandwich' }, // Chicken fillet sandwich, fried, on white bun (a chain takes its fast-food form)
  crispy_chicken_sandwich: { q: 'fried chicken fillet white bun sandwich' },
  mccrispy: { code: '27540146', q: 'fried chicken fillet fast food sandwich', alone: true }, // Chicken fillet sandwich, fried, from fast food
  grilled_chicken_sandwich: { q: 'grilled chicken fillet white bun sandwich' }, // Chicken fillet sandwich, grilled, on white bun
  // Culver's and Wisconsin cheese curds: fried ones are breaded cheese (USDA's mozzarella sticks); plain ones are fresh cheddar.
  fried_cheese_curd: { q: 'breaded mozzarella stick' }, // Mozzarella sticks, breaded, baked, or fried
  breaded_cheese_curd: { q: 'breaded mozzarella stick' },
  cheese_curd: { q: 'cheddar cheese' }, // fresh cheddar curds (it read as soybean curd cheese)
  chicken_chalupa: { q: 'flour tortilla chicken cheese taco' }, // Taco, flour tortilla, chicken, cheese
  chicken_chalupa_supreme: { q: 'flour tortilla chicken cheese taco' },
  // Tim Hortons, Jimmy John's, Jersey Mike's, Denny's, IHOP, Costco, 7-Eleven.
  boston_cream_donut: { q: 'custard filled icing doughnut' }, // Doughnut, custard-filled, with icing
  big_john: { q: 'roast beef sandwich' }, // Jimmy John's: roast beef on French bread
  vito: { q: 'italian sub sandwich', alone: true }, // Jimmy John's: an Italian sub
  moons_over_my_hammy: { q: 'ham egg bagel sandwich' }, // Denny's ham-and-egg melt on two thick slices of sourdough (~48 g carbs): FNDDS's egg sandwich with ham on a bagel is the nearest in bread
  big_bite: { q: 'hot dog sandwich' }, // 7-Eleven's: Hot dog sandwich, NFS, on white bun
  // Taco Bell.
  crunchwrap_supreme: { q: 'beef cheese burrito' },
  chalupa_supreme: { q: 'flour tortilla beef cheese taco' },
  gordita_crunch: { q: 'flour tortilla beef cheese taco' },
  doritos_locos_taco: { q: 'corn tortilla beef cheese taco' },
  // Dairy Queen's Blizzards and McDonald's McFlurry by their candy: soft serve blended with candy or cookies.
  mnm_blizzard: { q: 'soft serve blended candy cookie' },
  cookie_dough_blizzard: { q: 'soft serve blended candy cookie' },
  butterfinger_blizzard: { q: 'soft serve blended candy cookie' },
  heath_blizzard: { q: 'soft serve blended candy cookie' },
  oreo_mcflurry: { q: 'soft serve blended candy cookie' },
  mnm_mcflurry: { q: 'soft serve blended candy cookie' },
  // Dunkin', Krispy Kreme, Tim Hortons.
  boston_kreme: { q: 'custard filled icing doughnut' }, // Doughnut, custard-filled, with icing
  original_glazed: { q: 'yeast doughnut' }, // Krispy Kreme's: Doughnut, yeast type
  // Starbucks and coffee chains.
  // Starbucks' sous-vide egg bites are egg and cheese set with a little starch (about 5 g carbs each): USDA's cheese souffle is the nearest (it read as a boiled egg, 0.5 g).
  egg_bite: { q: 'cheese souffle' },
  // Sonic, Arby's, Popeyes, KFC, Raising Cane's, Panda Express, Costco, 7-Eleven, Auntie Anne's, Cinnabon.
  cherry_limeade: { q: 'fruit flavored lemonade drink' }, // Lemonade, fruit flavored drink
  beef_n_cheddar: { q: 'roast beef sandwich cheese' }, // Arby's: Roast beef sandwich on white, with cheese
  famous_bowl: { q: 'chicken potato corn cheese gravy' }, // KFC's own: USDA's "1 KFC Bowl"
  zuppa_toscana: { q: 'potato meat soup' }, // Olive Garden's sausage-potato-kale soup: Soup, potato with meat
  grand_slam: { q: 'pancake fast food' }, // Denny's: the pancakes carry its carbs (eggs, bacon add none)
  minibon: { q: 'cinnamon bun frosted sweet roll' }, // Cinnabon's small roll
  big_gulp: { q: 'soft drink' }, // 7-Eleven's fountain soda
  hashbrown_casserole: { q: 'restaurant cheese hash brown potato' }, // Cracker Barrel's: Potato, hash brown, from restaurant, with cheese
  hash_brown_casserole: { q: 'restaurant cheese hash brown potato' },
  dipped_cone: { q: 'soft serve vanilla ice cream cone' }, // Dairy Queen's: the soft-serve cone (the coating is a few grams)
  coffee_double_double: { q: 'pre lightened sweetened sugar coffee' }, // Tim Hortons' double-double: two creams, two sugars
  // Dishes by cuisine FNDDS names otherwise.
  moussaka: { code: '77316600', q: 'eggplant meat casserole', alone: true }, // Eggplant and meat casserole
  jamaican_patty: { q: 'beef turnover hot pocket' }, // the Jamaican beef patty: Pastry, meat / poultry-filled
  jamaican_beef_patty: { q: 'beef turnover hot pocket' },
  lobster_roll: { q: 'white hot dog bun roll' }, // FNDDS has no lobster roll: its carbs are the split-top bun's (the lobster salad adds ~1 g)
  // Drinks and grocery brands.
  bang: { code: '95313200', q: 'sugar free energy drink', alone: true }, // (said "a bang", "a bang energy drink")
  bang_energy: { q: 'sugar free energy drink' },
  prime_hydration: { q: 'low calorie sport drink' }, // Prime: Sports drink, low calorie
  arizona_green_tea: { q: 'bottled green iced tea' }, // Tea, iced, bottled, green (sweetened)
  capn_crunch: { q: 'crunch cereal' }, // Cereal, crunch
  chobani_flip: { q: 'greek milk fruit yogurt' }, // Greek yogurt with mix-ins: Yogurt, Greek, NS as to type of milk, fruit
  chef_boyardee_ravioli: { code: '58131323', q: 'ravioli' }, // Ravioli, meat-filled, with tomato sauce, canned
  spaghettio: { code: '58131323', q: 'meat filled ravioli tomato sauce canned', alone: true }, // canned pasta in tomato sauce: FNDDS's canned ravioli in tomato sauce
  burrito_supreme: { q: 'beef bean cheese burrito' }, // Taco Bell's: Burrito, beef, with beans, cheese
  // Panda Express's SweetFire chicken: battered chicken in a sweet chili sauce, FNDDS's sweet and sour chicken.
  sweetfire_chicken: { q: 'sweet sour chicken turkey' }, // Sweet and sour chicken or turkey
  sweetfire_chicken_breast: { q: 'sweet sour chicken turkey' },
  beijing_beef: { q: 'beef sweet sour sauce' }, // Panda Express's crispy beef in a sweet-tangy sauce: Beef with sweet and sour sauce
  // Variants: a qualifier that names a variant USDA has picks that variant.
  diet_snapple: { q: 'diet bottled black iced tea' }, // Tea, iced, bottled, black, diet
  diet_iced_tea: { q: 'diet bottled black iced tea' },
  light_yogurt: { q: 'nonfat milk fruit yogurt' }, // "light" cups (Yoplait Light, Light + Fit): Yogurt, nonfat milk, fruit
  lite_yogurt: { q: 'nonfat milk fruit yogurt' },
  fat_free_yogurt: { q: 'nonfat milk fruit yogurt' },
  cheese_tortellini: { code: '58134680', q: 'cheese filled tortellini' }, // Tortellini, cheese-filled, no sauce (the sauce said apart)
  sugar_free_popsicle: { code: '91611100', q: 'popsicle' }, // Popsicle, no sugar added
  zero_sugar_gatorade: { q: 'low calorie sport drink' }, // Sports drink, low calorie
  gatorade_zero_sugar: { q: 'low calorie sport drink' },
  skim_latte: { q: 'nonfat latte coffee' }, // Coffee, Latte, nonfat
  // Packaged brands: FNDDS's own entry where it has one.
  quaker_chewy_bar: { q: 'quaker chewy granola bar' }, // Cereal or granola bar (Quaker Chewy Granola Bar)
  quaker_chewy_dipp: { q: 'quaker chewy dipp granola bar' }, // Cereal or granola bar (Quaker Chewy Dipps Granola Bar)
  quaker_chewy_chocolate_chip: { q: 'quaker chewy granola bar' }, // the chewy bar's everyday flavour, not chocolate chips
  special_k_bar: { q: 'kellogg special k granola bar' }, // Cereal or granola bar (Kellogg's Special K bar)
  nutri_grain_bar: { q: 'nutri grain cereal granola bar' }, // Cereal or granola bar (Kellogg's Nutri-Grain Cereal Bar)
  oatmeal_creme_pie: { q: 'oatmeal creme sandwich cookie' }, // Little Debbie's: Cookie, oatmeal sandwich, with creme filling
  oatmeal_cream_pie: { q: 'oatmeal creme sandwich cookie' },
  yoohoo: { code: '11560000', q: 'chocolate milk drink', alone: true }, // Yoo-hoo: Chocolate milk drink
  yoo_hoo: { q: 'chocolate milk drink' },
  totino_pizza_roll: { q: 'pizza roll' },
  totinos_pizza_roll: { q: 'pizza roll' }, // Totino's: Pizza rolls (by the roll), not a frozen pizza
  soft_pretzel_bite: { q: 'soft pretzel' }, // Pretzels, soft: the mall pretzel's bites
  // Round 8: deli, bodega and donut-shop words.
  chopped_cheese: { q: 'cheese steak sandwich sub white' }, // the bodega's chopped beef and cheese on a hero: Cheese steak sandwich or sub on white
  coffee_roll: { code: '51161050', q: 'frosted sweet roll' }, // Dunkin's glazed cinnamon swirl: Roll, sweet, frosted (it read as a dinner roll)
  loaded_baked_potato_soup: { q: 'potato soup' }, // Soup, potato (it read as Soup, NFS)
  baked_potato_soup: { q: 'potato soup' },
  // Round 8: kids' snacks.
  z_bar: { q: 'clif kid organic zbar nutrition bar' }, // Nutrition bar (Clif Kids Organic Zbar)
  zbar: { code: '53720210', q: 'clif kid organic zbar nutrition bar', alone: true },
  goldfish_graham: { q: 'teddy graham cracker' }, // Goldfish Grahams, like Teddy Grahams: Graham crackers (Teddy Grahams)
  // Round 8: yogurts and drinks by brand where they reached the wrong food or none.
  danimal: { code: '11436000', q: 'liquid yogurt', alone: true }, // Danimals drinkable yogurt: Yogurt, liquid (it read as animal fat)
  drinkable_yogurt: { q: 'liquid yogurt' },
  yogurt_drink: { q: 'liquid yogurt' },
  oikos_triple_zero: { q: 'greek nonfat milk fruit yogurt' }, // Yogurt, Greek, nonfat milk, fruit (its 5.3 oz cup)
  light_fit: { q: 'nonfat milk fruit yogurt' }, // Dannon Light + Fit (said "light and fit": short forms below): Yogurt, nonfat milk, fruit
  // Prebiotic sodas have 2–5 g sugar a can: USDA's diet fruit soda is the nearest (low by those grams); "poppi" was poppy seed dressing.
  olipop: { code: '92410520', q: 'diet caffeine free fruit flavored soft drink', alone: true },
  poppi: { code: '92410520', q: 'diet caffeine free fruit flavored soft drink', alone: true },
  reign: { code: '95313200', q: 'sugar free energy drink', alone: true }, // Reign: a sugar-free energy drink (16 fl oz can)
  // High-protein ready-to-drink shakes (Core Power, Orgain) carry 5–10 g carbs: Muscle Milk's figures, as premier_protein.
  core_power: { q: 'muscle milk nutritional shake drink' },
  corepower: { q: 'muscle milk nutritional shake drink' },
  orgain_shake: { q: 'muscle milk nutritional shake drink' },
  carnation_breakfast_essential: { q: 'carnation instant breakfast ready drink nutritional shake' }, // the ready-to-drink bottle (11 fl oz)
  // Round 8: cereals, bars, chips and candy by brand where they reached the wrong food.
  chex: { code: '57336000', q: 'rice square cereal', alone: true }, // Chex cereal: Cereal, rice squares (it read as Chex Mix)
  rice_chex: { q: 'rice square cereal' },
  corn_chex: { q: 'rice square cereal' }, // corn squares plain are nearest the rice ones in carbs
  honey_nut_chex: { q: 'rice square cereal' },
  think_bar: { q: 'meal replacement nutrition bar' }, // thinkThin protein bar: Nutrition bar or meal replacement bar, NFS (it read as thin-crust pizza)
  thinkthin_bar: { q: 'meal replacement nutrition bar' },
  luna_bar: { q: 'meal replacement nutrition bar' }, // Luna: Nutrition bar or meal replacement bar, NFS
  popchip: { code: '71200400', q: 'baked plain potato chip', alone: true }, // popped potato chips: Potato chips, baked, plain
  nab: { code: '54328100', q: 'peanut butter filled sandwich cracker', alone: true }, // Lance Nabs: Crackers, sandwich, peanut butter filled
  ring_pop: { q: 'lollipop candy' }, // Candy, lollipop (it read as a soft drink)
  blow_pop: { q: 'lollipop candy' },
  tootsie_pop: { q: 'lollipop candy' },
  tootsie_roll: { q: 'caramel candy' }, // chocolate taffy: Candy, caramel is nearest (it read as a bread roll); by the piece (short forms below)
  // Round 9: frozen meals by brand. Said alone they are the typical diet frozen meal (a pasta or rice dish with chicken,
  // 25–35 g): FNDDS's chicken with noodles in cheese sauce, by the brand's own tray ("1 Lean Cuisine meal (9.25 oz)").
  lean_cuisine: { q: 'chicken noodle cheese sauce diet frozen meal' },
  healthy_choice: { q: 'chicken noodle cheese sauce diet frozen meal' }, // "1 Healthy Choice meal (8.5 oz)"
  smart_one: { q: 'chicken noodle cheese sauce diet frozen meal' }, // Weight Watchers Smart Ones: the same kind of tray
  // A kind named after the brand is FNDDS's own tray of it.
  lean_cuisine_teriyaki: { q: 'teriyaki chicken rice vegetable diet frozen meal' }, // "1 Lean Cuisine meal (11 oz)"
  lean_cuisine_teriyaki_chicken: { q: 'teriyaki chicken rice vegetable diet frozen meal' },
  lean_cuisine_chicken_teriyaki: { q: 'teriyaki chicken rice vegetable diet frozen meal' },
  lean_cuisine_chicken_teriyaki_stir_fry: { q: 'teriyaki chicken rice vegetable diet frozen meal' },
  lean_cuisine_chicken_alfredo: { q: 'chicken noodle cheese sauce diet frozen meal' },
  healthy_choice_cafe_steamer: { q: 'chicken vegetable entree noodle diet frozen meal' }, // "1 Healthy Choice meal (8.5 oz)"
  kids_meal_fry: { q: 'fast food french fry potato' }, // "1 kids meal order" (see the said forms below)
  // Round 9: chain menu words that read as another food or none.
  coney: { code: '27564440', q: 'chili hot dog sandwich', alone: true }, // Sonic's and Detroit's coney: Chili hot dog sandwich
  chili_cheese_coney: { q: 'chili hot dog sandwich' },
  sourdough_jack: { code: '27510215', q: 'cheeseburger fast food' }, // Jack in the Box's burger on sourdough
  iced_capp: { q: 'frozen coffee drink' }, // Tim Hortons Iced Capp: Frozen coffee drink (it read as no food)
  spicy_chicken_sandwich: { q: 'fried chicken fillet white bun sandwich' }, // a chain's spicy chicken sandwich is a fried fillet
  ropa_vieja: { code: '27111000', q: 'beef tomato based sauce' }, // Cuban shredded beef stewed in tomato: Beef with tomato-based sauce
  // Round 9: kids' snacks and drinks by brand.
  rice_crispy_treat: { code: '53226500', q: 'marshmallow rice cereal cookie' }, // the everyday spelling of Rice Krispies Treats
  rice_krispy_treat: { code: '53226500', q: 'marshmallow rice cereal cookie' },
  kool_aid_jammer: { q: 'capri sun fruit juice drink' }, // a 6 fl oz pouch of sweetened juice drink, as a Capri Sun
  danimals_smoothie: { q: 'liquid yogurt' }, // Danimals drinkable yogurt (it read as a 16 fl oz fruit smoothie)
  danimal_smoothie: { q: 'liquid yogurt' },
  vitamin_water_zero: { q: 'diet enhanced water' }, // Water, enhanced, diet (it read as the sweetened one)
  vitaminwater_zero: { q: 'diet enhanced water' },
  bodyarmor_lyte: { q: 'low calorie sport drink' }, // Sports drink, low calorie
  body_armor_lyte: { q: 'low calorie sport drink' },
  powerade_zero: { q: 'powerade zero low calorie sport drink' }, // Sports drink, low calorie (Powerade Zero)
  // Zero-sugar energy drinks by brand: Energy drink, sugar free, by the can.
  ghost_energy: { q: 'sugar free energy drink' },
  alani_nu: { q: 'sugar free energy drink' },
  c4_energy: { q: 'sugar free energy drink' },
  zevia: { code: '92410520', q: 'diet caffeine free fruit flavored soft drink', alone: true }, // stevia soda: a diet soft drink
  // Round 9: drinks by brand or short name.
  cran_juice: { q: 'cranberry juice drink high vitamin c' }, // Ocean Spray's cocktail (it read as their Cran-Energy drink)
  cranberry_juice_cocktail: { q: 'cranberry juice drink high vitamin c' },
  cranberry_cocktail: { q: 'cranberry juice drink high vitamin c' },
  cran_apple: { q: 'cranberry juice drink high vitamin c' },
  cran_grape: { q: 'cranberry juice drink high vitamin c' },
  light_cranberry_juice: { q: 'light cranberry juice drink high vitamin c' }, // the "light" variant USDA has
  diet_cranberry_juice: { q: 'light cranberry juice drink high vitamin c' },
  // Boba by its tea: FNDDS's bubble tea is milk tea with tapioca pearls (its "1 item, any size", 435 g).
  boba_milk_tea: { q: 'bubble tea' },
  milk_tea_boba: { q: 'bubble tea' },
  bubble_milk_tea: { q: 'bubble tea' },
  pearl_milk_tea: { q: 'bubble tea' },
  tapioca_milk_tea: { q: 'bubble tea' },
  thai_tea_boba: { q: 'bubble tea' },
  matcha_boba: { q: 'bubble tea' },
  // Baby and toddler snacks by their everyday names.
  baby_puff: { q: 'baby toddler fruit puff' }, // Gerber Puffs: Baby Toddler puffs, fruit
  toddler_puff: { q: 'baby toddler fruit puff' },
  gerber_puff: { q: 'baby toddler fruit puff' },
  yogurt_melt: { q: 'baby toddler yogurt melt' }, // Gerber Yogurt Melts (it read as a frozen yogurt sandwich)
  yogurt_bite: { q: 'baby toddler yogurt melt' },
  gerber_yogurt_melt: { q: 'baby toddler yogurt melt' },
  // Round 10: chain and brand names that were unknown or read as another food (issue #19).
  qpc: { code: '27510232', q: 'quarter pounder cheese mcdonald', alone: true }, // McDonald's Quarter Pounder with Cheese
  quarter_pounder_with_cheese: { q: 'quarter pounder cheese mcdonald' },
  classic_roast_beef: { q: 'roast beef white sandwich' }, // Arby's Classic: Roast beef sandwich on white, "1 regular"
  arby_classic: { q: 'roast beef white sandwich' },
  monster_zero_ultra: { q: 'low calorie energy drink monster' }, // Energy drink, low calorie (Monster)
  monster_ultra: { q: 'low calorie energy drink monster' },
  zero_ultra: { q: 'low calorie energy drink monster' },
  monster_zero: { q: 'sugar free energy drink monster' }, // Energy drink, sugar free (Monster)
  sugar_free_monster: { q: 'sugar free energy drink monster' },
  premier_protein_shake: { q: 'high protein ready drink nutritional shake' }, // 30 g protein, 4–5 g carbs: the high-protein RTD shake
  teriyaki_chicken_lean_cuisine: { q: 'teriyaki chicken rice vegetable diet frozen meal' }, // "1 Lean Cuisine meal (11 oz)"
  chicken_teriyaki_lean_cuisine: { q: 'teriyaki chicken rice vegetable diet frozen meal' },
  teriyaki_lean_cuisine: { q: 'teriyaki chicken rice vegetable diet frozen meal' },
  caramel_macchiato: { q: 'coffee flavored latte' }, // Starbucks' is a vanilla latte with caramel, not an espresso macchiato
  iced_caramel_macchiato: { q: 'iced coffee latte' },
  peanut_buster_parfait: { q: 'hot fudge ice cream sundae' }, // Dairy Queen's: soft serve, fudge and peanuts
  waffle_fry: { q: 'fast food french fry potato' }, // Chick-fil-A's: Potato, french fries, fast food
  curly_fry: { q: 'fast food french fry potato' }, // Arby's, Jack in the Box
  pretzel_dog: { q: 'corn dog' }, // Auntie Anne's hot dog baked in pretzel dough (~36 g): the batter-wrapped corn dog is nearer than a small pig in a blanket
  chef_boyardee: { code: '58131323', q: 'ravioli' }, // its best-known can: Ravioli, meat-filled, with tomato sauce, canned
  naked_juice: { q: 'bottled fruit smoothie' }, // Fruit smoothie, bottled
  naked_smoothie: { q: 'bottled fruit smoothie' },
  odwalla: { code: '64134200', q: 'bottled fruit smoothie', alone: true },
  bolthouse: { code: '64134200', q: 'bottled fruit smoothie', alone: true },
  bolthouse_smoothie: { q: 'bottled fruit smoothie' },
  heath_bar: { q: 'chocolate candy' }, // FNDDS has no toffee candy bar: its chocolate candy (it read as pasta with cream sauce)
  slim_jim: { q: 'beef jerky' }, // Beef jerky, by USDA's "1 Slim Jim"
  veggie_chip: { q: 'vegetable chip' },
};

/**
 * Said forms read before the chains are looked for (estimate.ts, where items are cut): short
 * forms of chain names ("mcds", "bk", "cfa", "sbux") as the full name, so that each takes its
 * chain's food form; chains that serve the fast-food form said as "fast food"; and menu phrases
 * as the words that carry their portion ("a short stack" → 3 pancakes, "a subway cookie" → a
 * large cookie). Each is a regular expression over the lower-cased message and its replacement.
 */
export const CHAIN_SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  // New York's "BEC" is a bacon, egg and cheese (sandwich), on whatever bread is said.
  [/\bbecs?\b/g, 'bacon egg and cheese'],
  // Jimmy John's Turkey Tom is its turkey sub (read before the sub shops' fillings below).
  [/\bturkey tom\b/g, 'turkey sub'],
  [/\b(?:mcds?|mcd'?s|mcdonald|mickey ?d'?s?|maccas)\b/g, 'mcdonalds'],
  [/\bbk\b/g, 'burger king'],
  [/\bcfa\b/g, 'chick-fil-a'],
  [/\b(?:dd|dunkins?|dunkin'? donuts)\b/g, 'dunkin'],
  [/\b(?:sbux|starbs|starbies|starbucks'?)\b/g, 'starbucks'],
  [/\b(?:tbell|t bell)\b/g, 'taco bell'],
  // "bk chicken fries": USDA's "1 chicken fry" of its fast-food strips, not french fries.
  [/\bchicken fries\b/g, 'chicken fry'],
  // "cfa nuggets 8 count": a count said after the food, as "x8".
  [/([a-z]) (\d+) ?(?:count|ct)\b/g, '$1 x$2'],
  [/\bkfc bowls?\b/g, 'kfc famous bowl'],
  [/\bdq\b/g, 'dairy queen'],
  // A 5-layer burrito is one burrito (beef, beans, cheese), not five.
  [/\b(?:beefy )?(?:5|five)[- ]layer burritos?\b/g, 'beef burrito with beans'],
  // Chicken "by the piece" at a fried-chicken chain is fried ("a popeyes 2 piece dark", "2 pieces of kfc chicken").
  [/\b(kfc|popeyes|church'?s|bojangles'?) (?:(?:original|extra crispy|spicy|mild) )?chicken\b(?! (?:sandwich|tenders?|nuggets?|strips?|biscuit|pot pie|bowl|wings?|fingers?|breast|thigh|leg|drumstick))/g, '$1 fried chicken'],
  // "kfc 2 pc meal - breast & thigh": the pieces named are the meal's chicken (the count was read as two breasts).
  [/\b(kfc|popeyes|church'?s|bojangles'?)'?s?:? (?:\d+|two|three|four) ?(?:pc|pcs|piece|pieces)(?: (?:meal|dinner|combo|box))?\s*(?:[-:,(]|with|w)\s*(?=(?:an? |1 |one )?(?:breasts?|thighs?|legs?|drumsticks?|wings?)\b)/g, '$1 '],
  [/\b(kfc|popeyes|church'?s|bojangles'?) (drumsticks?|thighs?|breasts?|legs?)\b/g, '$1 fried chicken $2'],
  // "popeyes 3 pc chicken", "kfc 8 piece bucket": that many pieces of fried chicken (the chicken was read as NS cooking method,
  // or lost when "chicken" was not said); pieces named after ("2 pc - breast & thigh") are read as those parts.
  [/\b(?:kfc|popeyes|church'?s|bojangles'?)'?s?:? (\d+|two|three|four|five|six|eight|ten|twelve) ?(?:pc|pcs|piece|pieces)\b(?! (?:tenders?|strips?|nuggets?|wings?|fingers?))(?:\s+(?:fried |spicy |mild |original |extra crispy |dark |white |mixed )?(?:chicken|meal|dinner|combo|box|bucket))*(?![^,;+]*\b(?:breasts?|thighs?|legs?|wings?|drumsticks?)\b)/g, '$1 pieces of fried chicken'],
  [/\b(\d+|two|three|four)[- ]?(?:pc|piece) (?:dark|white|mixed|spicy|mild|original|classic)(?: meat)?\b(?! chocolate)/g, '$1 pieces of fried chicken'],
  // A sub shop's sandwich said by its filling is the sub ("a subway 6 inch turkey" was a slice of turkey).
  [/\b(subway|jersey mike'?s|jimmy john'?s|firehouse|potbelly) ((?:6|12)[- ]?(?:inch|in)\s+)?(turkey|italian|tuna|ham|blt|meatball|veggie|club|roast beef|spicy italian|bmt|cold cut combo)\b(?! (?:sub|sandwich|wrap|melt|salad))/g, '$1 $2$3 sub'],
  // A sub shop's sub said without its length is the regular one, USDA's "1 regular or 6" submarine" ("turkey sub from jimmy
  // johns" read as a 130 g sandwich); a length said ("footlong", "6 inch", "12in") keeps its own reading.
  [/(^|[,;+:]\s*|\b(?:an?|one|had|ate|got|grabbed)\s+)((?:(?!(?:an?|the|one|my|\d+|six|twelve|inch|in|footlong|half|regular|small|large|mini)\b)[a-z]+ ){1,3}?)subs? (?:from|at) (subway|jimmy john'?s|jersey mike'?s|firehouse(?: subs)?|potbelly|quiznos)\b/g, '$16 inch $2sub from $3'],
  [/\b(subway|jimmy john'?s|jersey mike'?s|firehouse(?: subs)?|potbelly|quiznos):? (?!(?:\d|six|twelve|footlong|foot|half|regular|small|large|mini)\b)((?:[a-z]+ ){1,3}?)sub\b(?!s)/g, '$1 6 inch $2sub'],
  [/\bcap(?:'?n'?| n|tain) ?crunch\b/g, 'capn crunch'],
  // Boxed shells or mac of another brand is the boxed one, as "kraft mac".
  [/\b(?:velveeta|annie'?s) (?:shells?|mac)(?: (?:and|&|n|'n'?) cheese)?\b/g, 'kraft mac'],
  [/\btostitos(?: scoops)?\b(?! (?:tortilla )?chips)/g, 'tortilla chips'],
  [/\byoplait go[- ]?gurts?\b/g, 'gogurt'],
  // A cone at a soft-serve chain is soft serve, not a snow cone; a Sonic Blast is its Blizzard.
  [/\b(?:dairy queen|culver'?s|mcdonald'?s) (?:(small|medium|large|kids?) )?(?:vanilla )?cones?\b/g, '$1 soft serve vanilla cone'],
  [/\bsonic blasts?\b/g, 'blizzard'],
  [/\bb[- ]?dubs\b/g, 'buffalo wild wings'],
  // Wing and chicken-finger chains and pizza chains serve the fast-food form ("10 wings from wingstop").
  [/\b(?:wingstop|wing stop|zaxby'?s|raising cane'?s|(?<!candy )cane'?s|pizza hut|domino'?s|papa john'?s|little caesar'?s?'?)(?=\s|$)/g, 'fast food'],
  // "2 slices dominos pepperoni", "a papa johns slice": the chain's pizza.
  // Round 15b: with its size and crust said between ("dominos large pepperoni, 2 slices", "dominos thin crust cheese, medium
  // pie"), a slice is a slice of that size's pizza; "pie" after a pizza's name or size is the pizza.
  [/\bfast food ((?:(?:small|medium|large|x-?large|extra large|personal|thin crust|thin|hand[- ]tossed|handmade pan|pan|deep dish|stuffed crust|brooklyn style|ny style|new york style|crunchy thin crust),? )+)(pepperoni|cheese|sausage|supreme|veggie|hawaiian|meat lovers?|bbq chicken|buffalo chicken|margherita|white|mushroom|chicken bacon ranch)\b(?! pizza)(?:,? (?:an? |the |one )?(small|medium|large|x-?large|extra large|personal) (?:pie|pizza))?/g, '$3 $1$2 pizza'],
  [/\b(pizza),? (?:an? |the |one )?(small|medium|large|x-?large|extra large|personal) (?:pie|pizza)\b/g, '$2 $1'],
  [/\b(small|medium|large|x-?large|extra large|personal) (pepperoni|cheese|sausage|supreme|veggie|hawaiian|meat lovers?|margherita|white|mushroom) pies?\b/g, '$1 $2 pizza'],
  // A sized pizza then its slices ("large pepperoni pizza, 2 slices", "medium cheese pizza, I had 3 slices") is that many slices of it.
  [/\b((?:small|medium|large|x-?large|extra large|personal) (?:[a-z]+ ){0,3}?pizza),? (?:(?:i |he |she |we )?(?:had|ate) )?(?:like |about |maybe )?(\d+|one|two|three|four|five|six) slices?\b(?: of it)?/g, '$2 slices of $1'],
  // A New York-style slice said by its topping alone is a slice of that (large) pizza ("2 slices of ny style cheese").
  [/\b(?:ny|new york)[- ]style (pepperoni|cheese|sausage|plain|margherita|white|mushroom|veggie)\b(?! pizza)/g, 'large $1 pizza'],
  [/\b(?:ny|new york)[- ]style (?=pizza|slices?)/g, 'large '],
  [/\bfast food (pepperoni|cheese|sausage|supreme|veggie|hawaiian|meat lovers?|pan)\b(?! pizza)/g, '$1 pizza'],
  [/\bfast food (slices?)\b(?! of)/g, '$1 of pizza'],
  [/\bpersonal pan(?: pizza)?\b/g, 'personal size pizza'],
  // Little Caesars' Hot-N-Ready is its large pepperoni pizza.
  [/\bhot[- ]?(?:n|and|&)[- ]?ready\b/g, 'large pepperoni pizza'],
  // A chain's cookie is the large bakery one (Subway's is 45 g), not USDA's medium 30 g cookie.
  [/\b(?:subway|panera|starbucks|jimmy john'?s|jersey mike'?s|chick[- ]?fil[- ]?a|costco) ((?:[a-z]+ )?(?:[a-z]+ )?)cookies?\b/g, 'large $1cookie'],
  // Raising Cane's combos: fingers, fries, Texas toast (and slaw in the box).
  [/\b(\d+|three|four)[- ]finger (?:combo|meal)s?\b/g, '$1 chicken fingers, fast food fries, toast'],
  [/\bbox combos?\b/g, '4 chicken fingers, fast food fries, toast, coleslaw'],
  [/\b(?:cajun|seasoned|nacho|animal style) fries\b/g, 'fries'],
  // Chai said as one ("a chai", "one chai") is a cup of the milk tea, as it is served, not a coffee shop's 16 oz medium.
  [/\b(an?|one) chai\b(?! (?:tea )?lattes?)/g, '$1 cup of chai'],
  // A pizza place's "cheese slice" is a slice of its cheese pizza, not a slice of cheese.
  [/\b(cheese|pepperoni|sausage|supreme|veggie|plain) (slices?)\b(?=.*\b(?:sbarro|pizza|costco|7-?eleven|wawa|sheetz|fast food)\b)/g, '$2 of $1 pizza'],
  // Peanut butter crackers said without a count are the vending-machine pack of six (Lance, Austin): USDA's "1 individual package", which a packet takes.
  [/(?<!\b(?:\d+|two|three|four|five|six|seven|eight|ten|twelve|few|some|of|pack|package) )\b(?:an? |one )?(?:(?:pack|package|sleeve) of )?(?:lance |austin |toasty )?(?:peanut butter (?:sandwich )?crackers|nabs)\b(?! x?\d)/g, 'a packet of peanut butter crackers'],
  // A scoop shop's "medium cup" of gelato or ice cream is its medium cup (USDA's "1 medium ice cream cup"), not a measuring cup.
  [/\b(small|medium|large) cups? of ((?:[a-z]+ )?(?:gelato|ice cream|frozen yogurt|froyo|sorbet))\b/g, '$1 ice cream cup of $2'],
  // An instant noodle cup (Cup Noodles, Maruchan bowl) is the container of ramen soup.
  [/\b(?:instant )?(?:noodle|ramen) cups?\b/g, 'container of ramen noodle soup'],
  // Whataburger's own burger said by the chain's name ("a whataburger", "2 double whataburgers"; it read as no food):
  // USDA's fast-food hamburger (the bun is its carbs; Whataburger's 5" bun is larger, so this is low).
  // Round 15b. A Whataburger is a quarter-pound burger: with cheese it is USDA's fast-food cheeseburger with one large patty.
  [/\b(an?|one|\d+|two|three) (double |triple )?whataburgers? (?:with|w)\s+cheese\b|\b(an?|one|\d+|two|three) (double |triple )?whataburger cheeseburgers?\b/g, '$1$3 $2cheeseburger 1 large patty from whataburger'],
  [/(^|[,;+:]\s*|\b(?:had|ate|got|grabbed)\s+)whataburgers? (?:with|w)\s+cheese\b/g, '$1a cheeseburger 1 large patty from whataburger'],
  [/(^|[,;+:]\s*|\b(?:had|ate|got|grabbed)\s+)whataburger(?= *(?:$|[,;+&]|\band\b))/g, '$1a whataburger'],
  // Whataburger's own burger said alone is USDA's fast-food hamburger with one large patty (a quarter pound).
  [/\b(an?|one|\d+|two|three) (double |triple )?whataburgers?\b/g, '$1 $2hamburger 1 large patty from whataburger'],
  // Arby's roast beef said without "sandwich" is the sandwich (it read as beef alone, 0 g).
  [/\barby'?s (?:classic |regular |double |half pound |max |beef )?roast beef\b(?! sandwich)/g, 'arbys roast beef sandwich'],
  [/\b(?:a |an? order of |some )?(curly|spiral) fries\b/g, 'fries'],
  // Sonic's Route 44 is a 44 fl oz cup.
  [/\broute ?44\b/g, '44 fl oz'],
  // A cake pop is a bite of frosted cake, not a soft drink ("pop").
  [/\bcake ?pops?\b/g, 'miniature cake with icing'],
  // Costco's chicken bake is a rolled stromboli of chicken, bacon and cheese: USDA's calzone with meat, by its "1 Calizza" (217 g).
  [/\b(?:costco )?chicken bakes?\b/g, 'calizza calzone'],
  // IHOP's Rooty Tooty Fresh 'N Fruity is two pancakes (the eggs and meat add none).
  [/\b(?:an? )?rooty tooty(?: fresh (?:n|and|'n'?) fruity)?\b/g, '2 pancakes'],
  // Waffle House hash browns "scattered, smothered, covered…" are hash browns (onions and cheese add little).
  [/\b(hash ?browns?)((?:,? (?:and )?(?:scattered|smothered|covered|chunked|diced|peppered|capped|topped|country|all the way))+)/g, '$1'],
  // Wings "traditional" or "bone-in" are the wings.
  [/\b(?:traditional|bone[- ]?in|classic) wings\b/g, 'wings'],
  // Jersey Mike's numbers people say most: #13 the Original Italian, #7 turkey and provolone.
  [/\b(jersey mike'?s) (?:(?:mini|regular|giant) )?(?:number |#|no\.? ?)13\b/g, '$1 italian sub'],
  [/\b(jersey mike'?s) (?:(?:mini|regular|giant) )?(?:number |#|no\.? ?)7\b/g, '$1 turkey sub'],
  // Tootsie Rolls are counted by the small piece (a Midgee, ~7 g), not USDA's candy pouch.
  [/\b(\d+|an?|one|two|three|four|five|six|ten) tootsie rolls?\b/g, '$1 piece tootsie roll'],
  // Starbucks Doubleshot is a 6.5 fl oz can of sweetened coffee: USDA's bottled/canned coffee by that volume.
  [/\b(?:an? |one )?(?:starbucks )?double ?shots?(?: energy)?(?: coffee)?\b/g, '6.5 fl oz canned coffee'],
  [/\blight ?(?:\+|&|and|n|'n'?) ?fit\b/g, 'light fit'],
  // A latte with sugar-free syrup is a plain latte (the syrup adds no sugar); a "skinny" one is also made with nonfat milk.
  [/\b(?:sugar[- ]?free|sf) (iced )?(?:vanilla|caramel|hazelnut|cinnamon dolce|toffee nut|flavored) (iced )?lattes?\b/g, '$1$2latte'],
  // Round 14b: a skinny latte with a flavour is USDA's nonfat flavoured latte (sugar-free syrup is left to the sugar-free form above).
  [/\bskinny (?:vanilla|caramel|hazelnut|cinnamon dolce|toffee nut|flavored) (?:vanilla |caramel )?(iced )?lattes?\b/g, '$1nonfat flavored latte'],
  [/\bskinny (iced )?lattes?\b/g, '$1nonfat latte'],
  // Rice-and-fish dishes by their rice: an onigiri or a Spam musubi holds about a cup of sushi rice (USDA's Sushi, NFS by
  // the cup, 150 g), a poke bowl about two; by "the piece" (30 g, a slice of a roll) they read as a bite.
  [/\b(\d+|an?|one|two|three|four) (?:spam )?(?:onigiri|musubis?)\b/g, '$1 cup of sushi'],
  [/\b(?:an? |one )?poke bowls?\b/g, '2 cups of sushi'],
  // Caribbean rice and peas is rice cooked with kidney beans (pigeon peas), not rice and green peas; only beside a
  // Caribbean dish, since "salmon, rice and peas" elsewhere is rice and green peas.
  [/(\b(?:jerk|jamaican|caribbean|oxtail|curry goat|brown stew|ackee|escovitch)\b.*)\brice (?:and|&|n|'n'?) peas\b/g, '$1kidney beans and white rice'],
  [/\brice (?:and|&|n|'n'?) peas\b(?=.*\b(?:jerk|jamaican|caribbean|oxtail|curry goat|brown stew|ackee|escovitch)\b)/g, 'kidney beans and white rice'],
  // GoGo squeeZ is an applesauce pouch.
  [/\bgo ?go squeez(?:es|e)?\b(?: pouch(?:es)?)?/g, 'applesauce pouch'],
  // Starbucks sells egg bites two to an order: said without a count they are two.
  [/(?<!\b(?:\d+|one|two|three|four|five|six) )\b(?:an? (?:order|box|pack) of |some )?((?:starbucks|sous vide) )?egg bites\b/g, '$12 egg bites'],
  // A short stack is three pancakes.
  [/\b(?:an? |one )?short stacks?(?: of pancakes)?\b/g, '3 pancakes'],
  // Wendy's Jr. Frosty is a 6 fl oz cup.
  [/\b(?:an? )?(?:jr\.?|junior|kids?) frost(?:y|ies)\b/g, '6 fl oz frosty'],
  [/\beasy mac (?:cups?|bowls?)\b/g, 'cup of easy mac'],
  [/\blittle debbie'?s?\b/g, 'debbie'],
  // The snack-cake pie is USDA's large oatmeal sandwich cookie (36 g), not its 14 g cookie.
  [/\b(?:(?:small|large|big) )?(oatmeal cre(?:me|am) pies?)\b/g, 'large $1'],
  [/\bcinnabon (?:classic )?(?:cinnamon )?rolls?\b/g, 'cinnabon'],
  // A mall pretzel is the soft one ("an auntie annes pretzel" had been a hard pretzel, 2 g).
  [/\b(auntie anne'?s|wetzel'?s(?: pretzels)?) (?:original )?pretzels?\b/g, '$1 soft pretzel'],
  [/\b(?:auntie anne'?s )?pretzel bites\b/g, 'soft pretzel bites'],
  [/\b(?:tim hortons?|timmies|tims|timmy'?s) ((?:small|medium|large|extra large) )?double[- ]?doubles?\b/g, '$1coffee double double'],
  // Round 9: "salmon patties" are USDA's salmon cake or patty, not a fillet counted by the patty.
  [/\bsalmon (?:patt(?:y|ies)|croquettes?)\b/g, 'salmon cake'],
  // "a grilled chick-fil-a sandwich", "cfa grilled sandwich": the chain's grilled fillet sandwich, not its fried one.
  [/\bgrilled (chick[- ]?fil[- ]?a) (?:chicken )?sandwich(es)?\b/g, 'grilled chicken sandwich$2 from $1'],
  [/\b(chick[- ]?fil[- ]?a) grilled (?:chicken )?sandwich(es)?\b/g, 'grilled chicken sandwich$2 from $1'],
  // A Happy Meal is the kids' burger (or four nuggets) with USDA's "1 kids meal order" of fries (apple slices add ~3 g;
  // its drink, said apart, is counted apart).
  // Its parts said beside it ("happy meal hamburger w kids fries") are counted as said: the meal names only the chain.
  // A kids' meal's apple slices are its bag ("1 single serving package", 34 g), not a whole apple.
  [/\b((?:happy|kids?'?|kid'?s) meals?\b[^.;]*?)\b(?:an? |a side of |side of |some )?apple slices\b/g, '$1a bag of apple slices'],
  // Apple slices said with it are the meal's side in place of the fries (round 16b): no fries are added.
  [/\b(?:an? |one )?happy meals?(?:\s+(?:with|w)\s+|\s+)(?=(?:an? |one |\d+\s+|four |six )?(?:piece |pc )?(?:hamburger|cheeseburger|burger|(?:chicken )?(?:mc)?nuggets?)\b)(?=.*\bapple slices\b)(?!.*\bfr(?:y|ies)\b)/g, 'mcdonalds '],
  [/\b(?:an? |one )?(?:(?:4|four)[- ]?(?:piece |pc )?(?:chicken )?(?:mc)?nuggets? )happy meals?\b(?=.*\bapple slices\b)(?!.*\bfr(?:y|ies)\b)/g, '4 mcdonalds chicken nuggets'],
  [/\b(?:an? |one )?cheeseburger happy meals?\b(?=.*\bapple slices\b)(?!.*\bfr(?:y|ies)\b)/g, 'a mcdonalds cheeseburger'],
  [/\b(?:an? |one )?(?:hamburger )?happy meals?\b(?=.*\bapple slices\b)(?!.*\bfr(?:y|ies)\b)/g, 'a mcdonalds hamburger'],
  [/\b(?:an? |one )?happy meals?\b(?=.*\bfr(?:y|ies)\b)/g, 'mcdonalds'],
  [/(\bfr(?:y|ies)\b.*)\b(?:an? |one )?happy meals?\b/g, '$1mcdonalds'],
  [/\b(?:an? |one )?happy meals?(?:\s+(?:with|w)\s+|\s+)(?=(?:an? |one |\d+\s+|four |six )?(?:piece |pc )?(?:hamburger|cheeseburger|burger|(?:chicken )?(?:mc)?nuggets?)\b)/g, 'kids meal fry from mcdonalds, '],
  [/\b(?:an? |one )?(?:(?:4|four)[- ]?(?:piece |pc )?(?:chicken )?(?:mc)?nuggets? )happy meals?\b/g, '4 mcdonalds chicken nuggets and kids meal fry'],
  [/\b(?:an? |one )?cheeseburger happy meals?\b/g, 'a mcdonalds cheeseburger and kids meal fry'],
  [/\b(?:an? |one )?(?:hamburger )?happy meals?\b/g, 'a mcdonalds hamburger and kids meal fry'],
  // "kids fries", "a kid size fry": USDA's "1 kids meal order".
  [/\b(?:kids?|kid'?s|kiddie)(?: size| sized)? (?:order of )?(?:french )?fr(?:y|ies)\b/g, 'kids meal fry'],
  // Five Guys' cups of fries are large: its "little" is about USDA's large order (~70 g carbs), its regular and large about two.
  // (Numbers are read first: "five guys" is one word "fiveguys" by now.)
  [/(?:\b(?:an? |one ))?\bfiveguys\s+(?:little|small|kids?) (?:cajun )?fr(?:y|ies)\b/g, 'large fries from fast food'],
  [/(?:\b(?:an? |one ))?\bfiveguys\s+(?:regular|medium|large) (?:cajun )?fr(?:y|ies)\b/g, '2 large fries from fast food'],
  [/\b(?:an? |one )?(?:little|small) (?:cajun )?fries (?:from|at) \s*fiveguys\b/g, 'large fries from fast food'],
  [/\b(?:an? |one )?(?:regular|medium|large) (?:cajun )?fries (?:from|at) \s*fiveguys\b/g, '2 large fries from fast food'],
  // Yakult is an 80 ml (2.7 fl oz) bottle of cultured milk drink: USDA's liquid yogurt by that volume.
  [/\b(?:an? |one )?yakults?\b/g, '2.7 fl oz of drinkable yogurt'],
  // A 5-hour Energy is a 2 fl oz shot without sugar.
  [/\b(?:an? |one )?(?:5|five)[- ]?(?:hour|hr) energy(?: shots?| drinks?)?\b/g, '2 fl oz of sugar free energy drink'],
  // "sandwhich", "sammich", "a sando": a sandwich.
  [/\b(?:sandwhich|sanwich|sammich|sandwitch)(es)?\b/g, 'sandwich$1'],
  [/\b(?:sammie|sammy|sando)s\b/g, 'sandwiches'],
  [/\b(?:sammie|sando)\b/g, 'sandwich'],
  // A fried-chicken or burger chain's "chicken sandwich" is its fried fillet sandwich (a grilled one is said so).
  [/\b(popeyes|kfc|wendy'?s|mcdonalds|burger king|jack in the box|zaxby'?s|bojangles'?|church'?s|sonic|whataburger|shake shack) (spicy |classic |crispy |deluxe |original )?chicken sandwich(es)?\b/g, '$1 $2fried chicken sandwich$3'],
  // "roast beef from arby's": the sandwich (it read as roast beef alone, 0 g).
  [/\b(?:classic |regular |double |max |half pound )?roast beef(?: sandwich)? (from|at) arby'?s\b/g, 'arbys roast beef sandwich'],
  // Chicken and waffles is fried chicken on a waffle (the chicken read as plain, 0 g); "a bowl of poke" is the rice bowl, not poke greens.
  [/\b(?<!fried )chicken (?:and|&|n|'n'?) waffles?\b/g, 'fried chicken and waffle'],
  [/\b(?:an? |one )?bowl of (?:ahi |salmon |tuna |spicy )?poke\b/g, '2 cups of sushi'],
  // Moon cakes counted without a size are the small ones sold in boxes for the festival (USDA's small moon cake, ~50 g),
  // not its large 138–204 g one; "a large moon cake" keeps its size.
  [/\b(\d+|an?|one|two|three|four)\s+moon ?cakes?\b/g, '$1 small moon cake'],
  // "a small round mooncake": USDA's moon cakes come square or round; round is a shape, the moon cake still the pastry.
  [/\bround moon ?(cakes?)\b/g, 'moon $1'],
  // A taco salad said without an amount is one served salad in its shell (USDA's medium, 315 g), not its 225 g usual serving.
  [/(?<!\b(?:\d+|an?|one|two|of|cups?|bowls?|half|small|medium|large|big|chicken|beef|veggie|meatless|fastfood|chain[a-z]+)\s+)\btaco salad\b/g, 'a taco salad'],
  // "a pretzel from auntie anne's": the mall pretzel is the soft one (it read as a 2 g hard pretzel).
  [/\bpretzels? (?:from|at) (auntie anne'?s|wetzel'?s(?: pretzels)?)/g, 'soft pretzel from $1'],
  // A personal pizza by its topping is the personal size (it read as a medium 11–12" pizza).
  [/\b(pepperoni|cheese|sausage|veggie|supreme|meat lovers?|hawaiian) personal (?:pan |size )?pizzas?\b/g, 'personal size $1 pizza'],
  [/\bpersonal (?:pan |size )?(pepperoni|cheese|sausage|veggie|supreme|meat lovers?|hawaiian) pizzas?\b/g, 'personal size $1 pizza'],
  // Chipotle's chips are a 4 oz bag of tortilla chips (~73 g carbs), not a small bag of potato chips.
  [/\b(?:an? |one )?(?:(?:side|bag|order) of )?chipotle chips\b|\b(?:an? |one )?(?:(?:side|bag|order) of )?chips (?:from|at) chipotle\b/g, '4 oz tortilla chips'],
  // A Subway footlong said by the chain is its 12" sub.
  [/\bsubway footlongs?\b(?! (?:sub|sandwich|[a-z]+ sub))/g, 'footlong sub'],
  // 7-Eleven's Big Gulp is a 30 fl oz fountain soda, its Double Gulp 50.
  [/\b(?:an? |one )?big gulps?\b/g, '30 fl oz of soda'],
  [/\b(?:an? |one )?double gulps?\b/g, '50 fl oz of soda'],
  // "a chick-fil-a sandwich", "a chick fil a": the fried chicken sandwich is what the chain's name means.
  [/\b(chick[- ]?fil[- ]?a) (?:original )?(?:chicken )?sandwich(es)?\b/g, '$1 fried chicken sandwich$2'],
  // "qpc meal: large fries + a coke": the meal is the burger with the sides said after it, not a label before the meal.
  [/\b(qpc|quarter pounder(?: with cheese)?|big mac|mcchicken|whopper|baconator|mcdouble) meal\s*:/g, '$1,'],
  // A flavoured Snapple ("a peach snapple") is its 16 fl oz bottle of bottled tea, as it is sold.
  [/\b(?:(an?|one|\d+) )?(?:peach|lemon|raspberry|mango|kiwi strawberry|half (?:n|and|&) half) snapples?\b/g, '$1 snapple bottle'],
  // Packaged foods, bakery, coffee drinks and drinks by name (everyday-packaged.ts), then how things are sold and served
  // said without an amount (everyday-servings.ts): last, after the chains' own forms.
  ...PACKAGED_FORMS,
  ...SERVING_FORMS,
];
