import { EVERYDAY_CUISINES } from './everyday-cuisines';

/**
 * Dishes of the cuisines people eat in the U.S., and the variants a qualifier names, as people
 * say them (issue #19, round 8): merged into everyday-names.ts with one spread, same shape and
 * rules (keys as `stem` writes them; `q` USDA's words, `code` the one food a single word means,
 * `alone` only for the word said alone). Written from everyday menus, not from the evaluation
 * sets' misses; each maps to FNDDS's own dish where it has one, else to the food a dietitian
 * would pick, with the reason beside it.
 */
export const EVERYDAY_DISHES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
  // Dishes by cuisine, round 12 (everyday-cuisines.ts); the entries below win where both have a name.
  ...EVERYDAY_CUISINES,
  // South Asian.
  chole: { code: '41301990', q: 'chickpea', alone: true }, // Chickpeas, NFS
  chana: { code: '41301990', q: 'chickpea', alone: true },
  paneer_paratha: { q: 'paratha bread' },
  chai_tea: { q: 'hot milk tea' },
  masala_chai: { q: 'hot milk tea' },
  rajma: { code: '41311030', q: 'lentil curry', alone: true }, // kidney-bean curry: FNDDS's bean (lentil) curry is the nearest
  chicken_vindaloo: { q: 'chicken curry' }, // Chicken curry (not the sauce alone)
  khichdi: { code: '41311040', q: 'lentil curry rice', alone: true }, // rice and lentils cooked together: Lentil curry with rice
  // East Asian.
  chow_fun: { q: 'chow fun noodle meat vegetable' },
  udon: { code: '56112000', q: 'cooked noodle', alone: true }, // Noodles, cooked (wheat noodles)
  soba: { code: '56112000', q: 'cooked noodle', alone: true },
  yakisoba: { code: '27360080', q: 'chow mein meat noodle', alone: true }, // fried wheat noodles with meat: Chow mein, with noodles
  egg_foo_young: { q: 'egg foo yung' }, // Egg foo yung, NFS
  mochi: { code: '55701000', q: 'cake glutinous rice', alone: true }, // Cake made with glutinous rice ("mochi" read as a mocha coffee)
  har_gow: { q: 'steamed pot sticker dumpling wonton' }, // dim sum shrimp dumplings: Wonton, dumpling or pot sticker, steamed
  ha_gow: { q: 'steamed pot sticker dumpling wonton' },
  khao_man_gai: { code: '27243000', q: 'no sauce chicken turkey rice' }, // Thai (Hainanese) chicken rice: Chicken or turkey and rice, no sauce
  hainanese_chicken_rice: { code: '27243000', q: 'no sauce chicken turkey rice' },
  nasi_goreng: { q: 'fried rice' }, // Rice, fried, NFS
  // Southeast Asian, Latin American, African, Hawaiian.
  khao_soi: { q: 'chicken curry' }, // curry noodle soup: Chicken curry is the nearest
  laksa: { code: '27146150', q: 'chicken curry', alone: true },
  jollof_rice: { q: 'spanish rice' }, // tomato-cooked rice: Spanish rice, NS as to fat
  jollof: { code: '58163430', q: 'spanish rice', alone: true },
  halo_halo: { q: 'snow cone' }, // shaved ice with sweet toppings: Snow cone (it read as a clementine)
  loco_moco: { q: 'beef rice gravy' }, // rice, a burger patty and gravy: Beef and rice with gravy
  // Street, bakery and party foods.
  guava_pastry: { q: 'fruit filled pastry' }, // the Cuban pastelito de guayaba: Pastry, fruit-filled
  pastelito: { code: '53452100', q: 'fruit filled pastry', alone: true },
  pretzel_rod: { q: 'hard pretzel' }, // Pretzels, hard: USDA's "1 rod"
  calamari_appetizer: { q: 'fried calamari' }, // an appetizer of calamari is the fried one
  fried_squid: { q: 'fried calamari' },
  // Desserts by variant: frosted or iced is USDA's "with icing".
  frosted_sugar_cookie: { q: 'butter sugar icing other chocolate cookie' }, // Cookie, butter or sugar, with icing or filling other than chocolate
  iced_sugar_cookie: { q: 'butter sugar icing other chocolate cookie' },
  frosted_brownie: { q: 'icing filling brownie' }, // Cookie, brownie, with icing or filling
  boston_cream_pie: { code: '53103000', q: 'boston cream pie' }, // Cake, Boston cream pie (it read as Pie, NFS)
  candy_cane: { q: 'hard candy' }, // Candy, hard: USDA's "1 stick"
  vanilla_pudding: { q: 'flavor other chocolate ready pudding' }, // Pudding, flavors other than chocolate, ready-to-eat
  snack_pack_pudding: { q: 'flavor other chocolate ready pudding' },
  // Variants USDA has.
  veggie_burger_patty: { q: 'veggie burger patty' }, // Veggie burger patty, no bun
  veggie_patty: { q: 'veggie burger patty' }, // Veggie burger patty, no bun (it read as mixed vegetables)
  meat_tortellini: { code: '58134610', q: 'meat filled tortellini' }, // Tortellini, meat-filled, with tomato sauce
  whole_wheat_pasta: { q: 'whole grain cooked pasta' }, // Pasta, whole grain, cooked (it read as white pasta)
  whole_grain_pasta: { q: 'whole grain cooked pasta' },
  whole_wheat_spaghetti: { q: 'whole grain cooked pasta' },
  whole_wheat_penne: { q: 'whole grain cooked pasta' },
  whole_wheat_noodle: { q: 'whole grain cooked noodle' }, // Noodles, whole grain, cooked
  spinach_tortellini: { q: 'spinach filled tortellini' }, // Tortellini, spinach-filled
  meat_ravioli: { code: '58131320', q: 'meat filled ravioli tomato sauce' }, // with tomato or meat sauce, the everyday one (it read as with cream sauce)
  beef_ravioli: { code: '58131320', q: 'meat filled ravioli tomato sauce' },
  light_fudgesicle: { q: 'light fudgesicle' }, // Fudgesicle, light
  sugar_free_fudgesicle: { q: 'light fudgesicle' }, // the no-sugar-added bar: USDA's light one is its nearest
  falafel_ball: { q: 'falafel' }, // Falafel: USDA's "1 patty" (17 g) is one ball
  // Round 9: American home cooking and bakery by the names people use.
  bran_muffin: { q: 'wheat bran muffin' }, // Muffin, wheat bran (it read as the oat bran one)
  raisin_bran_muffin: { q: 'wheat bran muffin' },
  salmon_patty: { q: 'salmon cake patty fish' }, // Fish, salmon cake or patty (it read as a baked fillet)
  salmon_cake: { q: 'salmon cake patty fish' },
  salmon_croquette: { q: 'salmon cake patty fish' },
  potater: { code: '71000100', q: 'potato', alone: true }, // "potaters": said for potatoes
  mashed_potater: { code: '71501000', q: 'mashed potato' }, // Potato, mashed, NFS
  sheet_cake: { q: 'white icing bakery cake cupcake' },
  sherbert: { code: '13150000', q: 'sherbet', alone: true }, // the everyday spelling of sherbet
  rainbow_sherbet: { q: 'sherbet' },
  rainbow_sherbert: { q: 'sherbet' },
  orange_sherbert: { q: 'sherbet' },
  lime_sherbert: { q: 'sherbet' },
  moon_cake: { q: 'bean lotus seed paste pastry' }, // Pastry, made with bean or lotus seed paste filling (by USDA's moon cakes)
  mooncake: { code: '53452120', q: 'bean lotus seed paste pastry', alone: true },
  // Wraps: a chicken wrap from a deli or chain is a grilled chicken fillet wrap (it read as chicken salad in a wrap).
  chicken_wrap: { q: 'grilled chicken fillet wrap sandwich' },
  grilled_chicken_wrap: { q: 'grilled chicken fillet wrap sandwich' },
  chicken_caesar_wrap: { q: 'grilled chicken fillet wrap sandwich' },
  crispy_chicken_wrap: { q: 'fried chicken fillet wrap sandwich' },
  fried_chicken_wrap: { q: 'fried chicken fillet wrap sandwich' },
  buffalo_chicken_wrap: { q: 'fried chicken fillet wrap sandwich' },
  chicken_tender_wrap: { q: 'fried chicken fillet wrap sandwich' },
  dal_tadka: { code: '41311030', q: 'lentil curry' },
  dal_fry: { code: '41311030', q: 'lentil curry' },
  // Round 9 variants: a qualifier that names a variant USDA has picks it.
  light_syrup: { q: 'light pancake syrup' }, // Pancake syrup, light
  lite_syrup: { q: 'light pancake syrup' },
  sugar_free_applesauce: { q: 'unsweetened applesauce' }, // Applesauce, unsweetened
  no_sugar_added_applesauce: { q: 'unsweetened applesauce' },
  protein_waffle: { q: 'whole grain frozen waffle' }, // Kodiak-style protein waffles: Waffle, whole grain, frozen
  kodiak_waffle: { q: 'whole grain frozen waffle' },
  protein_pancake: { q: 'whole grain pancake' }, // Pancakes, whole grain (as "kodiak pancakes")
  decaf_latte: { q: 'latte coffee' }, // Coffee, Latte
  decaf_iced_latte: { q: 'iced latte coffee' },
  // Round 10: dishes and variants whose name read as another food (issue #19).
  arroz_con_leche: { q: 'rice pudding' }, // Latin rice pudding (it read as cafe con leche): Pudding, rice
  champurrado: { code: '92613510', q: 'chocolate atole', alone: true }, // Mexican chocolate atole
  atole: { code: '92613010', q: 'atole', alone: true },
  yorkshire_pudding: { q: 'popover' }, // the same batter, baked: Popover (it read as chocolate pudding)
  shaved_ice: { q: 'snow cone' }, // Snow cone
  shave_ice: { q: 'snow cone' }, // Hawaiian shave ice: Snow cone
  hawaiian_shave_ice: { q: 'snow cone' },
  banana_nut_bread: { q: 'fruit bread' }, // Bread, fruit (a slice of quick bread, not a slice of iced cake)
  manhattan_clam_chowder: { q: 'manhattan clam chowder soup' }, // Soup, Manhattan clam chowder (tomato-based, not New England's)
  nacho_cheese: { q: 'cheese dip' }, // the sauce, not a plate of nachos: Cheese dip
  nacho_cheese_sauce: { q: 'cheese dip' },
  plain_baked_potato: { q: 'baked potato' }, // Potato, baked, NFS ("plain" read it as baked chips)
  baked_potato: { q: 'baked potato' },
  cheese_pierogi: { q: 'pierogi' }, // Pierogi, by the item
  potato_pierogi: { q: 'pierogi' },
  potato_cheese_pierogi: { q: 'pierogi' },
  pozole_rojo: { q: 'pozole soup' }, // Soup, pozole
  pozole_verde: { q: 'pozole soup' },
  posole: { code: '28315150', q: 'pozole soup', alone: true },
  enchilada_verde: { q: 'chicken enchilada' }, // salsa verde enchiladas are chicken ones: Enchilada, chicken
  chicken_enchilada_verde: { q: 'chicken enchilada' },
  enchilada_suiza: { q: 'chicken enchilada' },
  fried_catfish: { q: 'fried catfish' }, // Fish, catfish, fried (the Southern plate)
  catfish_fillet: { q: 'catfish' }, // by the fillet
  fried_catfish_fillet: { q: 'fried catfish' },
  deep_dish_pizza: { code: '58106230', q: 'cheese pizza restaurant fast food thick crust' }, // Chicago deep dish: the thick-crust restaurant pizza
  deep_dish_pepperoni: { q: 'pepperoni pizza restaurant fast food thick crust' },
  deep_dish_pepperoni_pizza: { q: 'pepperoni pizza restaurant fast food thick crust' },
  deep_dish_cheese_pizza: { code: '58106230', q: 'cheese pizza restaurant fast food thick crust' },
  hamburger_helper_cheeseburger_mac: { q: 'macaroni noodle cheese meat hamburger helper mix' },
  cheeseburger_macaroni: { q: 'macaroni noodle cheese meat hamburger helper mix' },
  roast_potato: { q: 'roasted potato' }, // British roast potatoes: Potato, roasted (they read as Puerto Rican pot-roast potato)
  rice_pudding: { q: 'rice pudding' },
  tres_leches_cake: { q: 'tres leche cake' },
  key_lime_pie: { q: 'key lime pie' },
  // Round 10, from everyday menus: dishes that were unknown.
  sopapilla: { code: '53420400', q: 'sopaipilla', alone: true }, // Sopaipilla, without syrup or honey
  sopaipilla: { code: '53420400', q: 'sopaipilla', alone: true },
  etouffee: { code: '27350060', q: 'shrimp creole rice', alone: true }, // crawfish or shrimp étouffée over rice: Shrimp creole, with rice
  crawfish_etouffee: { q: 'shrimp creole rice' },
  shrimp_etouffee: { q: 'shrimp creole rice' },
  poutine: { code: '71402500', q: 'cheese french fry potato', alone: true }, // FNDDS has no fries with gravy and curds: its cheese fries are the nearest
  schnitzel: { code: '22201400', q: 'coated pork steak', alone: true }, // breaded pork cutlet: Pork, steak, coated
  shakshuka: { code: '32130420', alone: true }, // eggs poached in tomato sauce: Egg omelet or scrambled egg, with tomatoes
  kalua_pork: { q: 'roast pork' }, // Hawaiian pulled roast pork: Pork, roast
  dan_dan_noodle: { q: 'pork lo mein' }, // Sichuan noodles with pork: Lo mein, with pork
  riblet: { code: '22701000', q: 'pork rib', alone: true }, // Applebee's riblets: Pork, ribs  // Round 16c: a roast cooked with its vegetables is one dish, not meat with potatoes and carrots as sides of their own.
  yankee_pot_roast: { code: '27311600', q: 'beef potato vegetable carrot gravy' }, // Beef, potatoes, and vegetables including carrots…; gravy
};
