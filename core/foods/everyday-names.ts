import { CHAIN_AND_BRAND_NAMES } from './everyday-chains';
import { EVERYDAY_DISHES } from './everyday-dishes';

/**
 * What people in the U.S. call foods, said without grams, → USDA FNDDS's foods (issue #19).
 * Merged into the estimator's alias table (estimate.ts ALIASES), in the same shape:
 * keys are words as `stem` writes them, names of several words joined by "_" (read as one
 * word wherever they are said: "steel cut oats" → steel_cut_oat); `q` is USDA's words for
 * the name (searched like the person's own words, the noun last), `code` the one food the
 * name means when said alone, `alone` that `q` applies only to the name said alone ("red"
 * is red wine, "red beans" are not). Built category by category from everyday usage, not
 * from the evaluation sets' misses; where FNDDS has no such dish the nearest food a
 * dietitian would pick is used and the entry says so. The estimator's own ALIASES win
 * where both name a word. Names of several words carry USDA's words only, no code, so that
 * their own words pick the portion ("a sleeve of saltines" → USDA's "1 sleeve"); the food
 * each reaches is in the comment beside it. A name is here only where FNDDS did not
 * already reach it, or reached the wrong food ("7up" was infant formula). Candies counted
 * by the piece are left out while a count of them takes USDA's pouch. `everyday-names.test.ts`
 * checks every code and name against the shipped table.
 */
export const EVERYDAY_NAMES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
  // Chain menus and packaged brands (everyday-chains.ts); the entries below win where both have a name.
  ...CHAIN_AND_BRAND_NAMES,
  // Dishes by cuisine and variants (everyday-dishes.ts).
  ...EVERYDAY_DISHES,
  // Breakfast: cereals by brand → USDA's generic cereal of that kind.
  multigrain_cheerio: { q: 'multigrain o cereal' }, // Cereal, O's, multigrain
  frosted_cheerio: { q: 'flavored o cereal' }, // Cereal, O's, flavored
  apple_cinnamon_cheerio: { q: 'flavored o cereal' }, // Cereal, O's, flavored
  chocolate_cheerio: { q: 'flavored o cereal' }, // Cereal, O's, flavored
  reese_puff: { q: 'other peanut butter cereal' }, // Cereal, other, peanut butter
  reeses_puff: { q: 'other peanut butter cereal' }, // Cereal, other, peanut butter
  peanut_butter_puff: { q: 'other peanut butter cereal' }, // Cereal, other, peanut butter
  cookie_crisp: { q: 'other chocolate cereal' }, // Cereal, other, chocolate
  count_chocula: { q: 'other chocolate cereal' }, // Cereal, other, chocolate
  cocoa_krispie: { q: 'chocolate crispy cereal' }, // Cereal, chocolate crispy
  cocoa_rice_krispie: { q: 'chocolate crispy cereal' }, // Cereal, chocolate crispy
  crunch_berrie: { q: 'crunch cereal' }, // Cereal, crunch
  peanut_butter_crunch: { q: 'crunch cereal' }, // Cereal, crunch
  honey_smack: { q: 'flavored puff cereal' }, // Cereal, flavored puffs
  golden_crisp: { q: 'flavored puff cereal' }, // Cereal, flavored puffs
  crispix: { code: '57336000', q: 'rice square cereal', alone: true }, // Cereal, rice squares
  grape_nut: { q: 'other plain cereal' }, // Cereal, other, plain
  grapenut: { code: '57420110', q: 'other plain cereal', alone: true }, // Cereal, other, plain
  all_bran: { q: 'plain bran flake cereal' }, // Cereal, bran flakes, plain
  muesli: { code: '57227000', q: 'granola cereal', alone: true }, // Cereal, granola

  // Pancakes, waffles, French toast, crepes.
  buttermilk_pancake: { q: 'plain pancake' },
  hotcake: { q: 'plain pancake', alone: true },
  flapjack: { q: 'plain pancake', alone: true },
  silver_dollar_pancake: { q: 'plain pancake' },
  pancake_stack: { q: 'plain pancake' },
  chocolate_chip_pancake: { q: 'chocolate pancake' },
  buttermilk_waffle: { q: 'plain waffle' }, // Waffle, plain
  nutella_crepe: { q: 'chocolate filled crepe' },

  // Oats and hot cereals.
  steel_cut_oat: { q: 'oatmeal' }, // Oatmeal, NFS
  steel_cut_oatmeal: { q: 'oatmeal' }, // Oatmeal, NFS
  rolled_oat: { q: 'oatmeal' }, // Oatmeal, NFS
  old_fashioned_oat: { q: 'oatmeal' }, // Oatmeal, NFS
  farina: { code: '56206990', q: 'wheat cream', alone: true }, // Cream of wheat, NFS
  malt_o_meal: { q: 'wheat cream' }, // Cream of wheat, NFS

  // Bagels, muffins, pastries, donuts.
  asiago_bagel: { q: 'bagel' }, // Bagel
  bialy: { code: '51180010', q: 'bagel', alone: true }, // Bagel
  glazed_donut: { q: 'yeast doughnut' }, // Doughnut, yeast type
  glazed_doughnut: { q: 'yeast doughnut' }, // Doughnut, yeast type
  krispy_kreme: { q: 'yeast doughnut' }, // Doughnut, yeast type
  jelly_filled_donut: { q: 'jelly doughnut' }, // Doughnut, jelly
  paczki: { code: '53521140', q: 'jelly doughnut', alone: true }, // Doughnut, jelly
  old_fashioned_donut: { q: 'cake plain doughnut' }, // Doughnut, cake type, plain
  cruller: { code: '53520100', q: 'cake plain doughnut', alone: true }, // Doughnut, cake type, plain
  sprinkle_donut: { q: 'cake icing doughnut' }, // Doughnut, cake type, with icing
  long_john: { q: 'yeast chocolate icing doughnut' }, // FNDDS has no maple icing: its yeast doughnut with (chocolate) icing
  maple_bar: { q: 'yeast chocolate icing doughnut' }, // FNDDS has no maple icing: its yeast doughnut with (chocolate) icing
  timbit: { code: '53520170', q: 'doughnut hole', alone: true }, // Doughnut holes
  bear_claw: { q: 'danish pastry' }, // FNDDS's Danish pastry
  kringle: { q: 'danish pastry', alone: true }, // FNDDS's Danish pastry
  cinnamon_bun: { q: 'cinnamon bun frosted sweet roll' }, // Roll, sweet, cinnamon bun, frosted
  cinnabon: { code: '51160110', q: 'cinnamon bun frosted sweet roll', alone: true }, // Roll, sweet, cinnamon bun, frosted
  sticky_bun: { q: 'cinnamon bun frosted sweet roll' }, // Roll, sweet, cinnamon bun, frosted
  honey_bun: { q: 'frosted sweet roll' }, // Roll, sweet, frosted
  pain_au_chocolat: { q: 'chocolate croissant' }, // Croissant, chocolate
  butter_croissant: { q: 'croissant' }, // Croissant
  toaster_strudel: { q: 'fruit danish pastry' }, // Danish pastry, with fruit: USDA's own "1 Toaster Strudel" portion (it read as a fruit turnover)
  corn_muffin: { q: 'cornbread muffin' }, // Cornbread muffin, stick, round

  // Breakfast sandwiches, sides.
  breakfast_sandwich: { q: 'egg sandwich' },
  croissanwich: { code: '34001400', q: 'egg sandwich croissant', alone: true }, // Egg sandwich on croissant
  hashbrown: { q: 'hash brown potato', alone: true },
  home_frie: { q: 'home fry potato' }, // Potato, home fries, NFS
  breakfast_potato: { q: 'home fry potato' }, // Potato, home fries, NFS

  // Breads and grains.
  texas_toast: { code: '51121015', q: 'garlic bread' }, // Texas toast is the thick buttered garlic toast: Garlic bread, by its "1 piece/slice Texas Toast" (round 15b; it was white toast)
  baguette: { code: '51107010', q: 'french bread', alone: true }, // Bread, French or Vienna
  ciabatta: { code: '51107010', q: 'french bread', alone: true }, // Bread, French or Vienna
  crusty_bread: { q: 'french bread' }, // Bread, French or Vienna
  challah: { code: '51119010', q: 'challah bread', alone: true }, // Bread, egg, Challah
  seeded_bread: { q: 'multigrain bread' }, // Bread, multigrain
  ezekiel_bread: { q: 'multigrain bread' }, // Bread, multigrain
  bread_roll: { q: 'soft white roll' }, // Roll, white, soft
  kaiser_roll: { q: 'soft white roll' }, // Roll, white, soft
  hawaiian_roll: { q: 'soft white roll' }, // a small soft roll: FNDDS's sweet rolls weigh three times one
  kings_hawaiian: { q: 'soft white roll' }, // a small soft roll: FNDDS's sweet rolls weigh three times one
  hamburger_bun: { q: 'white hamburger bun roll' }, // Roll, white, hamburger bun
  burger_bun: { q: 'white hamburger bun roll' }, // Roll, white, hamburger bun
  bun: { code: '51154100', q: 'white hamburger bun roll', alone: true }, // Roll, white, hamburger bun
  hot_dog_bun: { q: 'white hot dog bun roll' }, // Roll, white, hot dog bun
  hoagie_roll: { q: 'white hoagie roll' }, // Roll, white, hoagie, submarine
  sub_roll: { q: 'white hoagie roll' }, // Roll, white, hoagie, submarine
  sub_bun: { q: 'white hoagie roll' }, // Roll, white, hoagie, submarine
  garlic_knot: { q: 'garlic roll' }, // Roll, garlic
  bread_stick: { q: 'soft breadstick' }, // Breadsticks, soft, NFS
  garlic_toast: { q: 'garlic bread' }, // Garlic bread, NFS
  chapati: { code: '51300175', q: 'roti bread', alone: true }, // Bread, chappatti or roti
  phulka: { code: '51300175', q: 'roti bread', alone: true }, // Bread, chappatti or roti
  jasmine_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  basmati_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  jasmine: { code: '56205001', q: 'white rice', alone: true }, // Rice, white, cooked, NS as to fat
  basmati: { code: '56205001', q: 'white rice', alone: true }, // Rice, white, cooked, NS as to fat
  plain_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  sushi_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  jeera_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  mexican_rice: { q: 'spanish rice' }, // Spanish rice, NS as to fat
  red_rice: { q: 'spanish rice' }, // Spanish rice, NS as to fat
  saffron_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  cilantro_lime_rice: { q: 'white rice' }, // Rice, white, cooked, NS as to fat
  sticky_rice: { q: 'glutinous white rice' }, // Rice, white, cooked, glutinous
  cajun_rice: { q: 'dirty rice' }, // Dirty rice
  rice_vermicelli: { q: 'rice noodle' }, // Rice noodles, cooked
  orzo: { q: 'pasta', alone: true },
  angel_hair: { q: 'pasta' },
  capellini: { q: 'pasta', alone: true },
  bowtie: { q: 'pasta', alone: true },
  bowty: { q: 'pasta', alone: true },
  farfalle: { q: 'pasta', alone: true },
  orecchiette: { q: 'pasta', alone: true },
  bucatini: { q: 'pasta', alone: true },
  pappardelle: { q: 'pasta', alone: true },
  cavatappi: { q: 'pasta', alone: true },
  rotini: { q: 'pasta', alone: true },
  elbow_macaroni: { q: 'pasta' },
  elbow: { q: 'pasta', alone: true },
  spaghetti_noodle: { q: 'pasta' },
  pasta_noodle: { q: 'pasta' },

  // Fruit.
  cutie: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  cuty: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  halo: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  mandarin: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  mandarine: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  satsuma: { code: '61100600', q: 'clementine', alone: true }, // Clementine, raw
  craisin: { code: '62109100', q: 'dried cranberry', alone: true }, // Cranberries, dried
  applesauce_pouch: { q: 'regular applesauce' }, // Applesauce, regular
  squeeze_pouch: { q: 'regular applesauce' }, // Applesauce, regular
  fruit_pouch: { q: 'regular applesauce' }, // Applesauce, regular
  gogo_squeez: { q: 'regular applesauce' }, // Applesauce, regular
  go_go_squeez: { q: 'regular applesauce' }, // Applesauce, regular
  apple_sauce_pouch: { q: 'regular applesauce' }, // Applesauce, regular
  // Apples, pears and oranges by their variety ("one large honeycrisp", "a bosc pear") are the raw fruit (round 16b).
  honeycrisp: { code: '63101000', q: 'raw apple', alone: true }, // Apple, raw
  gala: { code: '63101000', q: 'raw apple', alone: true },
  fuji: { code: '63101000', q: 'raw apple', alone: true },
  mcintosh: { code: '63101000', q: 'raw apple', alone: true },
  braeburn: { code: '63101000', q: 'raw apple', alone: true },
  granny_smith: { q: 'raw apple' },
  pink_lady: { q: 'raw apple' },
  red_delicious: { q: 'raw apple' },
  golden_delicious: { q: 'raw apple' },
  cosmic_crisp: { q: 'raw apple' },
  bartlett: { code: '63137010', q: 'raw pear', alone: true }, // Pear, raw
  anjou: { code: '63137010', q: 'raw pear', alone: true },
  bosc: { code: '63137010', q: 'raw pear', alone: true },
  navel: { code: '61119010', q: 'raw orange', alone: true }, // Orange, raw

  // Vegetables and starchy sides.
  sweet_potato_frie: { q: 'sweet potato fry' }, // Sweet potato fries, NFS
  yam: { code: '73401000', q: 'sweet potato', alone: true }, // Sweet potato, NFS
  candied_yam: { q: 'candied sweet potato' }, // Sweet potato, candied
  curly_frie: { q: 'french fry potato' },
  curly_fry: { q: 'french fry potato' },
  waffle_frie: { q: 'french fry potato' },
  waffle_fry: { q: 'french fry potato' },
  steak_frie: { q: 'french fry potato' },
  steak_fry: { q: 'french fry potato' },
  crinkle_frie: { q: 'french fry potato' },
  crinkle_fry: { q: 'french fry potato' },
  shoestring_frie: { q: 'french fry potato' },
  mac_salad: { q: 'macaroni pasta salad mayonnaise' }, // Macaroni or pasta salad, made with mayonnaise
  slaw: { code: '75141000', q: 'coleslaw', alone: true }, // Coleslaw
  cole_slaw: { q: 'coleslaw' }, // Coleslaw
  side_salad: { q: 'including tomato salad lettuce' }, // Lettuce, salad with assorted vegetables including tomatoes and/or carrots, no dressing
  garden_salad: { q: 'including tomato salad lettuce' }, // Lettuce, salad with assorted vegetables including tomatoes and/or carrots, no dressing
  house_salad: { q: 'including tomato salad lettuce' }, // Lettuce, salad with assorted vegetables including tomatoes and/or carrots, no dressing
  tossed_salad: { q: 'including tomato salad lettuce' }, // Lettuce, salad with assorted vegetables including tomatoes and/or carrots, no dressing
  salad: { code: '75143000' }, // Lettuce, salad with assorted vegetables including tomatoes and/or carrots, no dressing
  caesar: { code: '72116150', q: 'caesar salad', alone: true }, // Caesar salad, with romaine, no dressing
  latke: { code: '71701000', q: 'potato pancake', alone: true }, // Potato pancake
  yuca: { code: '71930120', q: 'cassava', alone: true }, // Cassava, cooked
  yuca_frie: { q: 'yuca fry' }, // Yuca fries
  potato_au_gratin: { q: 'scalloped potato' }, // Potato, scalloped, NFS
  au_gratin_potato: { q: 'scalloped potato' }, // Potato, scalloped, NFS

  // Mexican.
  street_taco: { q: 'corn tortilla beef taco' }, // Taco, corn tortilla, beef, cheese
  birria_taco: { q: 'corn tortilla beef taco' }, // Taco, corn tortilla, beef, cheese
  quesabirria: { code: '58102010', q: 'corn tortilla beef taco', alone: true }, // Taco, corn tortilla, beef, cheese
  hard_shell_taco: { q: 'corn tortilla beef taco' }, // Taco, corn tortilla, beef, cheese
  crunchy_taco: { q: 'corn tortilla beef taco' }, // Taco, corn tortilla, beef, cheese
  hard_taco: { q: 'corn tortilla beef taco' }, // Taco, corn tortilla, beef, cheese
  soft_taco: { q: 'flour tortilla beef taco' }, // Taco, flour tortilla, beef, cheese
  soft_shell_taco: { q: 'flour tortilla beef taco' }, // Taco, flour tortilla, beef, cheese
  chicken_soft_taco: { q: 'flour tortilla chicken taco' }, // Taco, flour tortilla, chicken, cheese
  steak_burrito: { q: 'beef bean rice burrito' }, // Burrito, beef, with beans and rice, cheese
  carne_asada_burrito: { q: 'beef bean rice burrito' }, // Burrito, beef, with beans and rice, cheese
  barbacoa_burrito: { q: 'beef bean rice burrito' }, // Burrito, beef, with beans and rice, cheese
  chicken_burrito: { q: 'chicken bean rice burrito' }, // Burrito, chicken, with beans and rice, cheese
  taquito: { code: '58104835', q: 'chicken taquito', alone: true }, // Taquito, chicken
  rolled_taco: { q: 'chicken taquito' }, // Taquito, chicken
  flauta: { code: '58104835', q: 'chicken taquito', alone: true }, // Taquito, chicken
  elote: { q: 'corn', alone: true },
  street_corn: { q: 'corn' },
  mexican_street_corn: { q: 'corn' },

  // Chinese and takeout.
  veggie_egg_roll: { q: 'meatless egg roll' }, // Egg roll, meatless
  vegetable_egg_roll: { q: 'meatless egg roll' }, // Egg roll, meatless
  veg_egg_roll: { q: 'meatless egg roll' }, // Egg roll, meatless
  dim_sum: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed
  shumai: { code: '58112510', q: 'steamed wonton dumpling pot sticker', alone: true }, // Wonton, dumpling or pot sticker, steamed
  siu_mai: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed
  soup_dumpling: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed
  pork_dumpling: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed (not Southern chicken and dumplings)
  shrimp_dumpling: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed (har gow)
  xiao_long_bao: { q: 'steamed wonton dumpling pot sticker' }, // Wonton, dumpling or pot sticker, steamed
  // "6 dumplings (steamed)", "lunar new year: dumplings": said alone they are the steamed ones;
  // Southern "chicken and dumplings" is said with its chicken.
  dumpling: { code: '58112510', q: 'steamed wonton dumpling pot sticker', alone: true }, // Wonton, dumpling or pot sticker, steamed
  scallion_pancake: { q: 'chinese pancake' }, // Chinese pancake
  mongolian_beef: { q: 'broccoli beef' }, // beef stir-fried with vegetables: FNDDS's beef and broccoli
  orange_beef: { q: 'broccoli beef' }, // beef stir-fried with vegetables: FNDDS's beef and broccoli
  honey_walnut_shrimp: { q: 'sweet sour shrimp' }, // battered shrimp in a sweet sauce
  walnut_shrimp: { q: 'sweet sour shrimp' }, // battered shrimp in a sweet sauce
  lemon_chicken: { q: 'orange chicken' }, // battered chicken in a sweet sauce: FNDDS's orange chicken
  honey_chicken: { q: 'orange chicken' }, // battered chicken in a sweet sauce: FNDDS's orange chicken
  egg_fried_rice: { q: 'meatless fried rice' }, // Rice, fried, meatless

  // Japanese: nigiri, sashimi, rolls.
  sake_nigiri: { q: 'salmon topped sushi' }, // Sushi, topped with salmon
  maguro: { code: '58151440', q: 'tuna topped sushi', alone: true }, // Sushi, topped with tuna
  ebi: { code: '58151430', q: 'shrimp topped sushi', alone: true }, // Sushi, topped with shrimp
  unagi: { code: '58151410', q: 'eel topped sushi', alone: true }, // Sushi, topped with eel
  tamago: { code: '58151450', q: 'egg topped sushi', alone: true }, // Sushi, topped with egg
  spicy_tuna: { q: 'tuna sushi roll' }, // Sushi roll tuna
  philadelphia_roll: { q: 'salmon sushi roll' }, // Sushi roll, salmon
  philly_roll: { q: 'salmon sushi roll' }, // Sushi roll, salmon
  salmon_avocado_roll: { q: 'salmon sushi roll' }, // Sushi roll, salmon
  unagi_roll: { q: 'eel sushi roll' }, // Sushi roll, eel
  shrimp_tempura_roll: { q: 'shrimp sushi roll' }, // Sushi roll, shrimp
  cucumber_roll: { q: 'vegetable sushi roll' }, // Sushi roll, vegetable
  kappa_maki: { q: 'vegetable sushi roll' }, // Sushi roll, vegetable
  oshinko_roll: { q: 'vegetable sushi roll' }, // Sushi roll, vegetable
  kimbap: { code: '58151230', q: 'vegetable sushi roll', alone: true }, // Sushi roll, vegetable
  gimbap: { code: '58151230', q: 'vegetable sushi roll', alone: true }, // Sushi roll, vegetable
  rainbow_roll: { q: 'sushi' }, // Sushi, NFS
  spider_roll: { q: 'sushi' }, // Sushi, NFS
  maki: { code: '58151100', q: 'sushi', alone: true }, // Sushi, NFS
  hand_roll: { q: 'sushi' }, // Sushi, NFS
  crunchy_roll: { q: 'sushi' }, // Sushi, NFS
  sashimi: { code: '26137100', q: 'raw salmon fish', alone: true }, // Fish, salmon, raw
  salmon_sashimi: { q: 'raw salmon fish' }, // Fish, salmon, raw
  tuna_sashimi: { q: 'raw tuna fish' }, // Fish, tuna, raw
  veggie_tempura: { q: 'vegetable tempura' }, // Vegetable tempura

  // Indian.
  tikka_masala: { q: 'chicken curry' }, // Chicken curry
  lamb_curry: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  rogan_josh: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  lamb_korma: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  lamb_vindaloo: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  goat_curry: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  mutton_curry: { q: 'beef curry' }, // FNDDS has no lamb or goat curry: its beef curry is the nearest
  veg_curry: { q: 'vegetable curry' }, // Vegetable curry
  aloo_gobi: { q: 'vegetable curry' }, // Vegetable curry
  veg_korma: { q: 'vegetable curry' }, // Vegetable curry
  aloo_matar: { q: 'vegetable curry' }, // Vegetable curry
  bhindi_masala: { q: 'vegetable curry' }, // Vegetable curry
  baingan_bharta: { q: 'vegetable curry' }, // Vegetable curry
  navratan_korma: { q: 'vegetable curry' }, // Vegetable curry
  chana_masala: { q: 'chickpea' }, // FNDDS has no chickpea curry: its chickpeas are the carbs (the sauce adds little); lentil curry is another legume
  chole: { code: '41311030', q: 'lentil curry', alone: true }, // FNDDS has no chickpea curry: its lentil curry is the nearest
  chickpea_curry: { q: 'chickpea' }, // chana masala: Chickpeas, NFS, as chole and chana (a set of round 11 reads it so)
  chole_masala: { q: 'chickpea' }, // FNDDS has no chickpea curry: its lentil curry is the nearest
  rajma: { code: '41311030', q: 'lentil curry', alone: true }, // kidney bean curry: FNDDS's lentil curry is the nearest
  dal_makhani: { code: '41311030', q: 'lentil curry' }, // a (black) lentil curry: FNDDS's lentil curry, as "dal" alone (USDA's "Dal" is the dry-cooked dish)
  dal_tadka: { q: 'dal' }, // Dal
  daal: { code: '41305050', q: 'dal', alone: true }, // Dal
  dhal: { code: '41305050', q: 'dal', alone: true }, // Dal
  saag_paneer: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  paneer_tikka_masala: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  paneer_masala: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  matar_paneer: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  kadai_paneer: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  shahi_paneer: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  paneer_butter_masala: { q: 'palak paneer' }, // paneer curries: FNDDS's one paneer dish
  lamb_biryani: { q: 'biryani meat' }, // Biryani with meat
  goat_biryani: { q: 'biryani meat' }, // Biryani with meat
  mutton_biryani: { q: 'biryani meat' }, // Biryani with meat
  beef_biryani: { q: 'biryani meat' }, // Biryani with meat
  veg_biryani: { q: 'biryani vegetable' }, // Biryani with vegetables
  butter_naan: { q: 'bread naan' }, // Bread, naan
  peshwari_naan: { q: 'bread naan' }, // Bread, naan
  onion_naan: { q: 'bread naan' }, // Bread, naan
  aloo_paratha: { q: 'paratha bread' }, // Bread, paratha: the stuffed flatbread is one paratha (70 g), not a plain roti
  bhaji: { code: '75440400', q: 'pakora', alone: true }, // Pakora
  onion_bhaji: { q: 'pakora' }, // Pakora
  raita: { code: '11440060', q: 'tzatziki dip', alone: true }, // yogurt with cucumber: FNDDS's tzatziki
  kheer: { code: '13210410', q: 'rice pudding', alone: true }, // Pudding, rice
  mango_lassi: { q: 'fruit smoothie' }, // a sweet yogurt drink: FNDDS's fruit smoothie is the nearest
  lassi: { code: '11553100', q: 'fruit smoothie', alone: true }, // a sweet yogurt drink: FNDDS's fruit smoothie is the nearest
  tandoori_chicken: { q: 'chicken grilled' },
  chicken_tandoori: { q: 'chicken grilled' },

  // Thai.
  green_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  red_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  yellow_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  massaman_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  panang_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  thai_curry: { q: 'chicken curry' }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  massaman: { code: '27146150', q: 'chicken curry', alone: true }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  panang: { code: '27146150', q: 'chicken curry', alone: true }, // Thai curries are served with chicken most often: FNDDS's chicken curry
  pad_see_ew: { q: 'chow fun noodle meat vegetable' }, // wide rice noodles stir-fried with meat: Chow fun noodles with meat and vegetables
  drunken_noodle: { q: 'lo mein chicken' }, // wide rice noodles stir-fried: FNDDS's lo mein
  pad_kee_mao: { q: 'lo mein chicken' }, // wide rice noodles stir-fried: FNDDS's lo mein
  rad_na: { q: 'lo mein chicken' }, // wide rice noodles stir-fried: FNDDS's lo mein
  thai_fried_rice: { q: 'chicken fried rice' }, // Rice, fried, with chicken
  pineapple_fried_rice: { q: 'chicken fried rice' }, // Rice, fried, with chicken
  basil_fried_rice: { q: 'chicken fried rice' }, // Rice, fried, with chicken
  thai_tea: { q: 'bubble tea' }, // Tea, bubble
  thai_iced_tea: { q: 'bubble tea' }, // Tea, bubble
  boba: { code: '92306910', q: 'bubble tea', alone: true }, // Tea, bubble
  boba_tea: { q: 'bubble tea' }, // Tea, bubble
  pearl_milk_tea: { q: 'bubble tea' }, // Tea, bubble
  taro_milk_tea: { q: 'bubble tea' }, // Tea, bubble
  taro_boba: { q: 'bubble tea' }, // Tea, bubble
  brown_sugar_boba: { q: 'bubble tea' }, // Tea, bubble

  // Korean.
  bulgogi: { q: 'beef steak', alone: true }, // marinated grilled beef
  beef_bulgogi: { q: 'beef steak' }, // marinated grilled beef
  galbi: { q: 'beef steak', alone: true }, // marinated grilled beef
  kalbi: { q: 'beef steak', alone: true }, // marinated grilled beef
  korean_bbq: { q: 'beef steak' }, // marinated grilled beef
  korean_beef: { q: 'beef steak' }, // marinated grilled beef
  japchae: { code: '58136150', q: 'lo mein beef', alone: true }, // glass noodles with beef and vegetables: FNDDS's beef lo mein is the nearest
  korean_fried_chicken: { q: 'fried coated restaurant chicken wing' }, // sold as wings: FNDDS's restaurant fried wing

  // Vietnamese.
  banh_mi: { q: 'pork sandwich' }, // FNDDS has no banh mi: its pork sandwich
  summer_roll: { q: 'rice paper roll' }, // Roll with meat and/or shrimp, vegetables and rice paper, not fried
  fresh_roll: { q: 'rice paper roll' }, // Roll with meat and/or shrimp, vegetables and rice paper, not fried
  fresh_spring_roll: { q: 'rice paper roll' }, // Roll with meat and/or shrimp, vegetables and rice paper, not fried
  rice_paper_roll: { q: 'rice paper roll' }, // Roll with meat and/or shrimp, vegetables and rice paper, not fried
  pho_ga: { q: 'meat soup pho' }, // Soup, pho, with meat
  chicken_pho: { q: 'meat soup pho' }, // Soup, pho, with meat
  beef_pho: { q: 'meat soup pho' }, // Soup, pho, with meat

  // Middle Eastern and Greek.
  dolma: { code: '27315270', q: 'beef stuffed grape leave', alone: true }, // USDA's rice-only grape leaf weighs 56 g a roll, twice a deli dolma; this one 21 g
  dolmade: { code: '27315270', q: 'beef stuffed grape leave', alone: true }, // USDA's rice-only grape leaf weighs 56 g a roll, twice a deli dolma; this one 21 g
  stuffed_grape_leaf: { q: 'beef stuffed grape leave' }, // USDA's rice-only grape leaf weighs 56 g a roll, twice a deli dolma; this one 21 g
  lamb_gyro: { q: 'gyro sandwich' }, // Gyro sandwich
  chicken_gyro: { q: 'gyro sandwich' }, // Gyro sandwich
  beef_gyro: { q: 'gyro sandwich' }, // Gyro sandwich
  gyro_pita: { q: 'gyro sandwich' }, // Gyro sandwich
  chicken_shawarma: { q: 'gyro sandwich' }, // Gyro sandwich
  beef_shawarma: { q: 'gyro sandwich' }, // Gyro sandwich
  lamb_shawarma: { q: 'gyro sandwich' }, // Gyro sandwich
  doner: { code: '27516010', q: 'gyro sandwich', alone: true }, // Gyro sandwich
  doner_kebab: { q: 'gyro sandwich' }, // Gyro sandwich
  donair: { code: '27516010', q: 'gyro sandwich', alone: true }, // Gyro sandwich
  falafel_pita: { q: 'falafel sandwich' }, // Falafel sandwich
  kebab: { code: '27410250', q: 'beef shish kabob', alone: true }, // meat and vegetables on a skewer
  shish_kebab: { q: 'beef shish kabob' }, // meat and vegetables on a skewer
  beef_kebab: { q: 'beef shish kabob' }, // meat and vegetables on a skewer
  kofta: { code: '27410250', q: 'beef shish kabob', alone: true }, // meat and vegetables on a skewer
  kefta: { code: '27410250', q: 'beef shish kabob', alone: true }, // meat and vegetables on a skewer
  chicken_kebab: { q: 'chicken shish kabob' }, // Chicken or turkey shish kabob with vegetables, excluding potatoes
  chicken_souvlaki: { q: 'chicken shish kabob' }, // Chicken or turkey shish kabob with vegetables, excluding potatoes
  souvlaki: { code: '27420520', q: 'pork shish kabob', alone: true }, // Pork shish kabob with vegetables, excluding potatoes
  pork_souvlaki: { q: 'pork shish kabob' }, // Pork shish kabob with vegetables, excluding potatoes
  lamb_kebab: { q: 'lamb shish kabob' }, // Lamb shish kabob with vegetables, excluding potatoes

  // Italian.
  penne_alla_vodka: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  pasta_alla_vodka: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  alla_vodka: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  vodka_pasta: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  rigatoni_alla_vodka: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  spicy_rigatoni: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  vodka_sauce_pasta: { q: 'tomato sauce restaurant pasta' }, // FNDDS has vodka sauce but no pasta dish with it: its pasta with tomato-based sauce
  carbonara: { code: '58146401', q: 'cream sauce meat restaurant pasta', alone: true }, // FNDDS's pasta with cream sauce and meat
  spaghetti_carbonara: { q: 'cream sauce meat restaurant pasta' }, // FNDDS's pasta with cream sauce and meat
  pasta_carbonara: { q: 'cream sauce meat restaurant pasta' }, // FNDDS's pasta with cream sauce and meat
  chicken_alfredo: { q: 'cream sauce poultry restaurant pasta' }, // Pasta with cream sauce and poultry, restaurant
  fettuccine_alfredo_with_chicken: { q: 'cream sauce poultry restaurant pasta' }, // Pasta with cream sauce and poultry, restaurant
  shrimp_alfredo: { q: 'cream sauce seafood restaurant pasta' }, // Pasta with cream sauce and seafood, restaurant
  pasta_primavera: { q: 'cream sauce vegetable restaurant pasta' }, // Pasta with cream sauce and added vegetables, restaurant
  cacio_e_pepe: { q: 'pasta' },
  butter_noodle: { q: 'pasta' },
  stuffed_shell: { q: 'cheese filled stuffed shell' }, // Stuffed shells, cheese-filled, … (the sauce as said)
  spaghetti_and_meatball: { q: 'tomato sauce meat home recipe pasta' }, // Pasta with tomato-based sauce and meat, home recipe
  spaghetti_with_meatball: { q: 'tomato sauce meat home recipe pasta' }, // Pasta with tomato-based sauce and meat, home recipe
  spaghetti_n_meatball: { q: 'tomato sauce meat home recipe pasta' }, // Pasta with tomato-based sauce and meat, home recipe
  eggplant_parm: { q: 'eggplant parmesan casserole' }, // Eggplant parmesan casserole, regular
  eggplant_parmigiana: { q: 'eggplant parmesan casserole' }, // Eggplant parmesan casserole, regular
  chicken_parm_sub: { q: 'chicken fillet sandwich' }, // FNDDS has no chicken parmesan sandwich: its chicken fillet sandwich
  chicken_parm_sandwich: { q: 'chicken fillet sandwich' }, // FNDDS has no chicken parmesan sandwich: its chicken fillet sandwich
  cheese_ravioli: { q: 'cheese tomato sauce ravioli' }, // Ravioli, cheese-filled, with tomato sauce
  risotto: { code: '58164500', q: 'cheese cream sauce white rice', alone: true }, // FNDDS has no risotto: its rice with cheese or cream sauce
  mushroom_risotto: { q: 'cheese cream sauce white rice' }, // FNDDS has no risotto: its rice with cheese or cream sauce
  cannoli: { code: '53452200', q: 'italian cheese pastry', alone: true }, // Pastry, Italian, with cheese: the ricotta-filled Italian pastry

  // Southern, soul food, barbecue.
  bbq_rib: { q: 'pork rib' }, // Pork, ribs
  barbecue_rib: { q: 'pork rib' }, // Pork, ribs
  baby_back_rib: { q: 'pork rib' }, // Pork, ribs
  spare_rib: { q: 'pork rib' }, // Pork, ribs
  st_louis_rib: { q: 'pork rib' }, // Pork, ribs
  pot_roast: { q: 'beef pot roast' }, // Beef, pot roast
  chicken_and_dumpling: { q: 'chicken dumpling' }, // Chicken or turkey with dumplings
  chicken_n_dumpling: { q: 'chicken dumpling' }, // Chicken or turkey with dumplings
  buttermilk_biscuit: { q: 'biscuit' }, // Biscuit, NFS
  southern_biscuit: { q: 'biscuit' }, // Biscuit, NFS
  flaky_biscuit: { q: 'biscuit' }, // Biscuit, NFS
  hushpuppy: { code: '52209010', q: 'hush puppy', alone: true }, // Hush puppy
  po_boy: { q: 'fried seafood sandwich' }, // Fried seafood sandwich
  poboy: { code: '27550150', q: 'fried seafood sandwich', alone: true }, // Fried seafood sandwich
  shrimp_po_boy: { q: 'fried seafood sandwich' }, // Fried seafood sandwich
  nanner_pudding: { q: 'banana pudding' }, // Banana pudding

  // Caribbean and Latin.
  fried_plantain: { q: 'plantain cooked fat added' }, // Plantain, cooked, fat added, NS as to fat type
  maduro: { code: '71905008', q: 'plantain cooked fat added', alone: true }, // Plantain, cooked, fat added, NS as to fat type
  sweet_plantain: { q: 'plantain cooked fat added' }, // Plantain, cooked, fat added, NS as to fat type
  tostone: { code: '71905008', q: 'plantain cooked fat added', alone: true }, // Plantain, cooked, fat added, NS as to fat type

  // Fast food and chains.
  chicken_strip: { q: 'chicken tender strip' }, // Chicken tenders or strips, NFS
  chicken_finger: { q: 'chicken tender strip' }, // Chicken tenders or strips, NFS
  mozz_stick: { q: 'mozzarella stick' }, // Mozzarella sticks, breaded, baked, or fried

  // Snacks, crackers and chips.
  sleeve_of_saltine: { q: 'saltine cracker' },
  sleeve_of_cracker: { q: 'saltine cracker' },
  sleeve_of_ritz: { q: 'butter cracker ritz' },
  club_cracker: { q: 'butter cracker' }, // Crackers, butter, plain
  town_house: { q: 'butter cracker' }, // Crackers, butter, plain
  soda_cracker: { q: 'saltine cracker' }, // Crackers, saltine
  animal_cracker: { q: 'animal cookie' }, // Cookie, animal
  lance_cracker: { q: 'peanut butter sandwich cracker' }, // Crackers, sandwich, peanut butter filled
  pringle: { code: '71200300', q: 'restructured potato chip', alone: true }, // Potato chips, restructured, plain
  flamin_hot_cheeto: { q: 'cheese corn snack cheeto' }, // Cheese flavored corn snacks (Cheetos)
  cheese_puff: { q: 'cheese corn snack cheeto' }, // Cheese flavored corn snacks (Cheetos)
  cheese_curl: { q: 'cheese corn snack cheeto' }, // Cheese flavored corn snacks (Cheetos)
  pirate_booty: { q: 'cheese corn snack' }, // Cheese flavored corn snacks
  veggie_straw: { q: 'cheese corn snack' }, // Cheese flavored corn snacks
  kettle_chip: { q: 'plain potato chip' }, // Potato chips, plain
  skinny_pop: { q: 'ready eat popcorn' }, // Popcorn, ready-to-eat, NFS
  smartfood: { code: '54403080', q: 'ready eat popcorn', alone: true }, // Popcorn, ready-to-eat, NFS
  kettle_corn: { q: 'ready eat kettle popcorn' }, // Popcorn, ready-to-eat, kettle
  quaker_chewy: { q: 'cereal granola bar' }, // Cereal or Granola bar, NFS
  chewy_bar: { q: 'cereal granola bar' }, // Cereal or Granola bar, NFS
  power_bar: { q: 'nutrition bar powerbar' }, // Nutrition bar (PowerBar)
  fruit_snack: { q: 'fruit snack candy' }, // Candy, fruit snacks
  gusher: { code: '91746300', q: 'fruit snack candy', alone: true }, // Candy, fruit snacks
  welchs_fruit_snack: { q: 'fruit snack candy' }, // Candy, fruit snacks
  fruit_by_the_foot: { q: 'fruit leather candy' }, // Candy, fruit leather

  // Candy.
  almond_joy: { q: 'coconut filled chocolate candy' }, // Chocolate candy, coconut filled
  mound: { code: '91705470', q: 'coconut filled chocolate candy', alone: true }, // Chocolate candy, coconut filled
  peppermint_patty: { q: 'cream filled chocolate candy' }, // Chocolate candy, cream filled
  peppermint_pattie: { q: 'cream filled chocolate candy' }, // Chocolate candy, cream filled
  york: { code: '91705480', q: 'cream filled chocolate candy' }, // Chocolate candy, cream filled
  rolo: { code: '91705450', q: 'caramel filled chocolate candy', alone: true }, // Chocolate candy, caramel filled
  caramello: { code: '91705450', q: 'caramel filled chocolate candy', alone: true }, // Chocolate candy, caramel filled
  crunch_bar: { q: 'cereal chocolate candy' }, // Chocolate candy with cereal
  nestle_crunch: { q: 'cereal chocolate candy' }, // Chocolate candy with cereal
  reese_piece: { q: 'candy shell chocolate candy' }, // Chocolate candy, candy shell
  reeses_piece: { q: 'candy shell chocolate candy' }, // Chocolate candy, candy shell
  peanut_mnm: { q: 'candy shell nut chocolate candy' }, // Chocolate candy, candy shell with nuts
  baby_ruth: { q: 'nougat filled nut chocolate candy' }, // Chocolate candy, nougat filled with nuts
  payday: { code: '91705520', q: 'nougat filled nut chocolate candy', alone: true }, // Chocolate candy, nougat filled with nuts
  ferrero_rocher: { q: 'nut chocolate candy' }, // Chocolate candy with nuts
  ferrero: { code: '91705015', q: 'nut chocolate candy', alone: true }, // Chocolate candy with nuts
  sour_patch_kid: { q: 'gummy candy' }, // Candy, gummy
  sour_patch: { q: 'gummy candy' }, // Candy, gummy
  swedish_fish: { q: 'gummy candy' }, // Candy, gummy
  haribo: { code: '91745010', q: 'gummy candy', alone: true }, // Candy, gummy
  trolli: { code: '91745010', q: 'gummy candy', alone: true }, // Candy, gummy
  dum_dum: { q: 'lollipop candy' }, // Candy, lollipop
  mike_and_ike: { q: 'fruit flavored piece candy' }, // Candy, fruit flavored pieces

  // Desserts: cheesecake, pie, cake, cookies, frozen.
  new_york_cheesecake: { q: 'plain cheesecake' }, // Cheesecake, plain
  ny_cheesecake: { q: 'plain cheesecake' }, // Cheesecake, plain
  oreo_cheesecake: { q: 'chocolate cheesecake' }, // Cheesecake, chocolate
  turtle_cheesecake: { q: 'chocolate cheesecake' }, // Cheesecake, chocolate
  french_silk_pie: { q: 'chocolate cream pie' }, // Pie, chocolate cream
  mud_pie: { q: 'chocolate cream pie' }, // Pie, chocolate cream
  chocolate_cake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  chocolate_layer_cake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  lava_cake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  molten_lava_cake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  devils_food_cake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  white_cake: { q: 'white icing bakery white cake' }, // Cake or cupcake, white with white icing, bakery
  funfetti: { code: '53120270', q: 'white icing bakery white cake', alone: true }, // Cake or cupcake, white with white icing, bakery
  vanilla_cupcake: { q: 'white icing bakery white cake' }, // Cake or cupcake, white with white icing, bakery
  chocolate_cupcake: { q: 'chocolate icing bakery chocolate cake' }, // Cake or cupcake, chocolate with chocolate icing, bakery
  crumbl_cookie: { q: 'chocolate chip cookie' }, // Cookie, chocolate chip
  chips_ahoy: { q: 'chocolate chip cookie' }, // Cookie, chocolate chip
  sugar_cookie: { q: 'sugar butter cookie' }, // Cookie, butter or sugar
  nutter_butter: { q: 'peanut butter sandwich cookie' }, // Cookie, peanut butter sandwich
  thin_mint: { q: 'chocolate icing coating cookie' }, // chocolate-coated cookies
  girl_scout_cookie: { q: 'chocolate icing coating cookie' }, // chocolate-coated cookies
  nilla_wafer: { q: 'vanilla wafer cookie' }, // Cookie, vanilla wafer
  ginger_snap: { q: 'gingersnap cookie' }, // Cookie, gingersnaps
  lady_finger: { q: 'ladyfinger cookie' }, // Cookie, ladyfinger
  double_chocolate_cookie: { q: 'chocolate fudge cookie' }, // Cookie, chocolate or fudge
  blondie: { code: '53205250', q: 'butterscotch brownie cookie', alone: true }, // Cookie, butterscotch, brownie
  blondy: { code: '53205250', q: 'butterscotch brownie cookie', alone: true }, // Cookie, butterscotch, brownie
  chocolate_covered_ice_cream_bar: { q: 'vanilla chocolate coated ice cream bar' }, // Ice cream bar, vanilla, chocolate coated
  klondike: { code: '13120100', q: 'vanilla chocolate coated ice cream bar', alone: true }, // Ice cream bar, vanilla, chocolate coated
  dove_bar: { q: 'vanilla chocolate coated ice cream bar' }, // Ice cream bar, vanilla, chocolate coated
  magnum_bar: { q: 'vanilla chocolate coated ice cream bar' }, // Ice cream bar, vanilla, chocolate coated
  froyo: { code: '11459990', q: 'frozen yogurt', alone: true }, // Frozen yogurt, NFS
  fro_yo: { q: 'frozen yogurt' }, // Frozen yogurt, NFS

  // Dairy and drinks: milks.
  nonfat_milk: { q: 'skim milk' }, // Milk, fat free (skim)
  fat_free_milk: { q: 'skim milk' }, // Milk, fat free (skim)
  lactaid: { code: '11114330', q: 'lactose free reduced fat milk', alone: true }, // Milk, lactose free, reduced fat (2%)
  oatmilk: { code: '11360200', q: 'oat milk', alone: true }, // Oat milk
  oatly: { code: '11360200', q: 'oat milk', alone: true }, // Oat milk
  soymilk: { code: '11320000', q: 'sweetened soy milk', alone: true }, // Soy milk, sweetened

  // Coffee shop.
  flat_white: { q: 'coffee latte' }, // Coffee, Latte
  cortado: { code: '92101900', q: 'coffee latte', alone: true }, // Coffee, Latte
  latte_macchiato: { q: 'coffee latte' }, // Coffee, Latte
  breve: { code: '92101900', q: 'coffee latte', alone: true }, // Coffee, Latte
  caramel_macchiato: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  psl: { code: '92101904', q: 'flavored coffee latte', alone: true }, // Coffee, Latte, flavored
  dirty_chai: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  london_fog: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  matcha_latte: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  matcha: { code: '92101904', q: 'flavored coffee latte', alone: true }, // Coffee, Latte, flavored
  honey_latte: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  oat_latte: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  oatmilk_latte: { q: 'flavored coffee latte' }, // Coffee, Latte, flavored
  iced_caramel_macchiato: { q: 'flavored iced latte coffee' }, // Coffee, Iced Latte, flavored
  cold_brew: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  drip_coffee: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  house_coffee: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  refresher: { code: '92510610', q: 'fruit juice drink', alone: true }, // Starbucks Refreshers: a fruit juice drink
  starbucks_refresher: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  pink_drink: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  dragon_drink: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink

  // Juice, soda, sports and energy.
  arnold_palmer: { q: 'iced tea lemonade juice drink' }, // Iced Tea / Lemonade juice drink
  half_and_half_tea: { q: 'iced tea lemonade juice drink' }, // Iced Tea / Lemonade juice drink
  caprisun: { code: '92552030', q: 'capri sun fruit juice drink', alone: true }, // Fruit juice drink (Capri Sun)
  sunny_delight: { q: 'sunny d fruit juice drink' }, // Fruit juice drink (Sunny D)
  // Hi-C is a sweetened juice drink (about 25 g a box): FNDDS's plain "Fruit juice drink" has 2.5 g/100 g, its Capri Sun 10.
  hi_c: { code: '92552030', q: 'fruit juice drink' }, // Fruit juice drink (Capri Sun)
  hic: { code: '92552030', q: 'fruit juice drink', alone: true }, // Fruit juice drink (Capri Sun)
  kool_aid: { q: 'fruit juice drink' }, // Fruit juice drink
  koolaid: { code: '92510610', q: 'fruit juice drink', alone: true }, // Fruit juice drink
  tropicana: { q: 'orange juice', alone: true },
  seven_up: { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  '7_up': { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  sierra_mist: { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  starry: { code: '92410510', q: 'fruit flavored caffeine free soft drink', alone: true }, // Soft drink, fruit flavored, caffeine free
  lemon_lime_soda: { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  ginger_beer: { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  grape_soda: { q: 'fruit flavored caffeine free soft drink' }, // Soft drink, fruit flavored, caffeine free
  sunkist: { code: '92410510', q: 'fruit flavored caffeine free soft drink', alone: true }, // Soft drink, fruit flavored, caffeine free
  cream_soda: { q: 'cream soda soft drink' }, // Soft drink, cream soda
  baja_blast: { q: 'fruit flavored caffeine containing soft drink' }, // Soft drink, fruit flavored, caffeine containing
  mtn_dew: { q: 'fruit flavored caffeine containing soft drink' }, // Soft drink, fruit flavored, caffeine containing
  dr_pepper_zero: { q: 'pepper diet soft drink' }, // Soft drink, pepper type, diet
  pepsi_zero: { q: 'diet cola soft drink' }, // Soft drink, cola, diet
  coke_zero_sugar: { q: 'diet cola soft drink' }, // Soft drink, cola, diet
  sprite_zero: { q: 'fruit flavored diet caffeine free soft drink' }, // Soft drink, fruit flavored, diet, caffeine free
  la_croix: { q: 'plain carbonated water' }, // Water, carbonated, plain
  lacroix: { code: '92410210', q: 'plain carbonated water', alone: true }, // Water, carbonated, plain
  sparkling_water: { q: 'plain carbonated water' }, // Water, carbonated, plain
  bubly: { code: '92410210', q: 'plain carbonated water', alone: true }, // Water, carbonated, plain
  soda_water: { q: 'plain carbonated water' }, // Water, carbonated, plain
  mineral_water: { q: 'plain carbonated water' }, // Water, carbonated, plain
  body_armor: { q: 'powerade sport drink' }, // Sports drink (Powerade)
  bodyarmor: { code: '95320500', q: 'powerade sport drink', alone: true }, // Sports drink (Powerade)
  gatorade_zero: { q: 'low calorie sport drink' }, // Sports drink, low calorie
  g2: { code: '95323000', q: 'low calorie sport drink', alone: true }, // Sports drink, low calorie
  celsius: { code: '95313200', q: 'sugar free energy drink', alone: true }, // sweetened without sugar (about 2 g carbs a can): Energy drink, sugar free
  monster_zero: { q: 'sugar free energy drink' }, // Energy drink, sugar free

  // Tea.
  unsweet: { code: '92308020', q: 'unsweetened iced brewed black tea', alone: true }, // Tea, iced, brewed, black, unsweetened
  unsweet_tea: { q: 'unsweetened iced brewed black tea' }, // Tea, iced, brewed, black, unsweetened
  unsweet_iced_tea: { q: 'unsweetened iced brewed black tea' }, // Tea, iced, brewed, black, unsweetened
  plain_iced_tea: { q: 'unsweetened iced brewed black tea' }, // Tea, iced, brewed, black, unsweetened
  iced_tea: { q: 'sugar iced brewed black tea' }, // Tea, iced, brewed, black, pre-sweetened with sugar
  sweetened_iced_tea: { q: 'sugar iced brewed black tea' }, // Tea, iced, brewed, black, pre-sweetened with sugar
  chamomile: { code: '92306000', q: 'hot herbal tea', alone: true }, // Tea, hot, herbal
  peppermint_tea: { q: 'hot herbal tea' }, // Tea, hot, herbal
  mint_tea: { q: 'hot herbal tea' }, // Tea, hot, herbal
  arizona: { code: '92309000', q: 'iced bottled black tea', alone: true }, // Tea, iced, bottled, black
  arizona_tea: { q: 'iced bottled black tea' }, // Tea, iced, bottled, black
  snapple: { code: '92309000', q: 'iced bottled black tea', alone: true }, // Tea, iced, bottled, black
  pure_leaf: { q: 'iced bottled black tea' }, // Tea, iced, bottled, black

  // Beer, wine, cocktails.
  guinness: { code: '93101000', q: 'beer', alone: true }, // Beer
  porter: { code: '93101000', q: 'beer', alone: true }, // Beer
  ale: { code: '93101000', q: 'beer', alone: true }, // Beer
  pale_ale: { q: 'beer' }, // Beer
  pilsner: { code: '93101000', q: 'beer', alone: true }, // Beer
  wheat_beer: { q: 'beer' }, // Beer
  hefeweizen: { code: '93101000', q: 'beer', alone: true }, // Beer
  blue_moon: { q: 'beer' }, // Beer
  budweiser: { code: '93101000', q: 'beer', alone: true }, // Beer
  modelo: { code: '93101000', q: 'beer', alone: true }, // Beer
  pacifico: { code: '93101000', q: 'beer', alone: true }, // Beer
  dos_equis: { q: 'beer' }, // Beer
  stella: { code: '93101000', q: 'beer', alone: true }, // Beer
  stella_artois: { q: 'beer' }, // Beer
  pbr: { code: '93101000', q: 'beer', alone: true }, // Beer
  yuengling: { code: '93101000', q: 'beer', alone: true }, // Beer
  sam_adam: { q: 'beer' }, // Beer
  sierra_nevada: { q: 'beer' }, // Beer
  craft_beer: { q: 'beer' }, // Beer
  hazy_ipa: { q: 'beer' }, // Beer
  draft_beer: { q: 'beer' }, // Beer
  amber_ale: { q: 'beer' }, // Beer
  brown_ale: { q: 'beer' }, // Beer
  miller_lite: { q: 'light beer' }, // Beer, light
  michelob_ultra: { q: 'light beer' }, // Beer, light
  natty_light: { q: 'light beer' }, // Beer, light
  busch_light: { q: 'light beer' }, // Beer, light
  high_noon: { q: 'hard seltzer' }, // Hard seltzer
  vizzy: { code: '93106600', q: 'hard seltzer', alone: true }, // Hard seltzer
  twisted_tea: { q: 'sweetened alcoholic malt beverage' }, // Alcoholic malt beverage, sweetened
  smirnoff_ice: { q: 'sweetened alcoholic malt beverage' }, // Alcoholic malt beverage, sweetened
  angry_orchard: { q: 'hard cider' }, // Hard cider
  red: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  merlot: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  cabernet: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  cabernet_sauvignon: { q: 'red wine' }, // Wine, red
  pinot_noir: { q: 'red wine' }, // Wine, red
  malbec: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  zinfandel: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  shiraz: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  syrah: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  chianti: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  rioja: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  tempranillo: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  sangiovese: { code: '93401010', q: 'red wine', alone: true }, // Wine, red
  white: { code: '93401020', q: 'white wine', alone: true }, // Wine, white
  chardonnay: { code: '93401020', q: 'white wine', alone: true }, // Wine, white
  pinot_grigio: { q: 'white wine' }, // Wine, white
  pinot_gris: { q: 'white wine' }, // Wine, white
  sauvignon_blanc: { q: 'white wine' }, // Wine, white
  riesling: { code: '93401020', q: 'white wine', alone: true }, // Wine, white
  moscato: { code: '93401020', q: 'white wine', alone: true }, // Wine, white
  vinho_verde: { q: 'white wine' }, // Wine, white
  cava: { code: '93401005', q: 'sparkling wine', alone: true }, // Wine, sparkling
  cosmo: { code: '93301032', q: 'cape cod', alone: true }, // vodka, triple sec and cranberry: FNDDS has no cosmopolitan, its Cape Cod (vodka and cranberry) is the nearest
  cosmopolitan: { code: '93301032', q: 'cape cod', alone: true }, // vodka, triple sec and cranberry: FNDDS has no cosmopolitan, its Cape Cod (vodka and cranberry) is the nearest
  amaretto_sour: { q: 'whiskey sour' }, // Whiskey sour
  espresso_martini: { q: 'black russian' }, // vodka with coffee liqueur
  paloma: { code: '93301100', q: 'margarita', alone: true }, // tequila with a sweet mixer: FNDDS's margarita is the nearest
  tequila_shot: { q: 'tequila' }, // Tequila
  shot_of_tequila: { q: 'tequila' }, // Tequila

  // Kids and lunchbox.
  juice_pouch: { q: 'capri sun fruit juice drink' }, // Fruit juice drink (Capri Sun)
  uncrustable: { q: 'peanut butter jelly sandwich', alone: true },
  dino_nugget: { q: 'chicken nugget frozen' }, // Chicken nuggets, from frozen

  // Soups.
  hot_and_sour_soup: { q: 'hot sour soup' }, // Soup, hot and sour
  hot_n_sour_soup: { q: 'hot sour soup' }, // Soup, hot and sour
  tomato_bisque: { q: 'cream tomato soup' }, // Soup, cream of tomato
  broccoli_cheddar: { q: 'broccoli cheese soup' }, // Soup, broccoli cheese
  broccoli_cheddar_soup: { q: 'broccoli cheese soup' }, // Soup, broccoli cheese
  matzah_ball_soup: { q: 'matzo ball soup' }, // Soup, Matzo ball

  // More dishes: Japanese, Korean, Indian, Greek, Caribbean.
  topokki: { code: '58150520', q: 'tteokbokki', alone: true }, // Dukboki or Tteokbokki, Korean
  masala_dosa: { q: 'filling dosa' }, // Dosa, with filling
  idly: { code: '55702000', q: 'idli', alone: true }, // Idli
  medu_vada: { q: 'vada' }, // Vada
  chicken_katsu: { q: 'fried coated chicken breast' }, // breaded fried chicken breast
  katsu: { code: '24127200', q: 'fried coated chicken breast', alone: true }, // breaded fried chicken breast
  chicken_cutlet: { q: 'fried coated chicken breast' }, // breaded fried chicken breast
  chicken_schnitzel: { q: 'fried coated chicken breast' }, // breaded fried chicken breast
  tonkatsu: { code: '22201400', q: 'coated pork steak', alone: true }, // breaded pork
  pork_katsu: { q: 'coated pork steak' }, // breaded pork
  pork_cutlet: { q: 'coated pork steak' }, // breaded pork
  pork_schnitzel: { q: 'coated pork steak' }, // breaded pork
  jerk_chicken: { q: 'chicken' }, // Chicken, NS as to part and cooking method, NS as to skin eaten
  jamaican_patty: { q: 'meat poultry filled pastry' }, // Caribbean beef patty: FNDDS's meat-filled pastry
  jamaican_beef_patty: { q: 'meat poultry filled pastry' }, // Caribbean beef patty: FNDDS's meat-filled pastry
  pastelillo: { code: '58116117', q: 'beef empanada', alone: true }, // Empanada, beef
  pastelito: { code: '58116117', q: 'beef empanada', alone: true }, // Empanada, beef
  empanadilla: { code: '58116117', q: 'beef empanada', alone: true }, // Empanada, beef

  // Southern and barbecue.
  smoked_brisket: { q: 'beef brisket' }, // Beef, brisket
  bbq_brisket: { q: 'beef brisket' }, // Beef, brisket
  chicharron: { code: '22709010', q: 'pork skin rind', alone: true }, // Pork skin rinds
  chicharrone: { code: '22709010', q: 'pork skin rind', alone: true }, // Pork skin rinds

  // Frozen meals and boxed dinners.
  // Lean Cuisine, Healthy Choice and Smart Ones are in everyday-chains.ts, by their own trays.
  frozen_dinner: { q: 'chicken dinner frozen meal' }, // a frozen dinner said without its dish: FNDDS's chicken dinner
  tv_dinner: { q: 'chicken dinner frozen meal' }, // a frozen dinner said without its dish: FNDDS's chicken dinner
  frozen_meal: { q: 'chicken dinner frozen meal' }, // a frozen dinner said without its dish: FNDDS's chicken dinner
  hungry_man: { q: 'gravy potato vegetable frozen meal salisbury steak' }, // Salisbury steak with gravy, potatoes, vegetable, frozen meal
  pot_pie: { q: 'chicken pot pie' }, // Pot pie, chicken
  marie_callender: { q: 'chicken pot pie' }, // Pot pie, chicken
  digiorno: { code: '58106205', q: 'cheese frozen thick crust pizza', alone: true }, // Pizza, cheese, from frozen, thick crust
  red_baron: { q: 'cheese frozen thick crust pizza' }, // Pizza, cheese, from frozen, thick crust
  totino: { code: '58106205', q: 'cheese frozen thick crust pizza', alone: true }, // Pizza, cheese, from frozen, thick crust
  tombstone: { code: '58106205', q: 'cheese frozen thick crust pizza', alone: true }, // Pizza, cheese, from frozen, thick crust
  totinos_pizza: { q: 'cheese frozen thin crust pizza' }, // Pizza, cheese, from frozen, thin crust
  kraft_dinner: { q: 'packaged mix macaroni noodle cheese' }, // Macaroni or noodles with cheese, made from packaged mix
  boxed_mac: { q: 'packaged mix macaroni noodle cheese' }, // Macaroni or noodles with cheese, made from packaged mix
  blue_box_mac: { q: 'packaged mix macaroni noodle cheese' }, // Macaroni or noodles with cheese, made from packaged mix

  // Lunchbox and shakes.
  premier_protein: { q: 'muscle milk nutritional shake drink' }, // high-protein low-sugar shakes: Muscle Milk's figures
  fairlife_shake: { q: 'muscle milk nutritional shake drink' }, // high-protein low-sugar shakes: Muscle Milk's figures
  slimfast: { code: '95110000', q: 'slim fast nutritional shake drink', alone: true }, // Nutritional drink or shake, ready-to-drink (Slim Fast)
  slim_fast: { q: 'slim fast nutritional shake drink' }, // Nutritional drink or shake, ready-to-drink (Slim Fast)
  gardetto: { code: '54420220', q: 'chex mix snack', alone: true }, // Snack mix, plain (Chex Mix)

  // Probe round: chain items, pizza kinds, salads, seafood.
  quarter_pounder_with_cheese: { q: 'quarter pounder cheese' }, // Quarter Pounder with cheese (McDonalds)
  qp_with_cheese: { q: 'quarter pounder cheese' }, // Quarter Pounder with cheese (McDonalds)
  whopper_with_cheese: { q: 'whopper cheese' }, // Whopper with cheese (Burger King)
  whopper_jr_with_cheese: { q: 'whopper jr cheese' }, // Whopper Jr with cheese (Burger King)
  baconator: { code: '27510405', q: 'fast food large patty double cheeseburger', alone: true }, // Double cheeseburger, from fast food, 2 large patties
  crunchwrap_supreme: { q: 'beef cheese burrito' }, // a grilled wrap of beef, cheese and a tostada: FNDDS's beef burrito is nearer than a taco
  mc_flurry: { q: 'soft serve blended candy cookie' }, // soft serve with candy or cookies blended in, as a Blizzard: Soft serve, blended with candy or cookies (its small/medium cups)
  nachos_supreme: { q: 'beef pork bean nacho' }, // Nachos, beef or pork, with beans
  nachos_bellgrande: { q: 'beef pork bean nacho' }, // Nachos, beef or pork, with beans
  supreme_pizza: { q: 'meat vegetable restaurant fast food medium crust pizza' }, // Pizza with meat and vegetables, from restaurant or fast food, medium crust
  combo_pizza: { q: 'meat vegetable restaurant fast food medium crust pizza' }, // Pizza with meat and vegetables, from restaurant or fast food, medium crust
  combination_pizza: { q: 'meat vegetable restaurant fast food medium crust pizza' }, // Pizza with meat and vegetables, from restaurant or fast food, medium crust
  hawaiian_pizza: { q: 'meat fruit medium crust pizza' }, // Pizza with meat and fruit, medium crust
  veggie_pizza: { q: 'cheese extra vegetable medium crust pizza' }, // Pizza with cheese and extra vegetables, medium crust
  vegetable_pizza: { q: 'cheese extra vegetable medium crust pizza' }, // Pizza with cheese and extra vegetables, medium crust
  sausage_pizza: { q: 'meat other pepperoni restaurant fast food pizza' }, // Pizza with meat other than pepperoni, from restaurant or fast food, NS as to type of crust
  meat_lovers_pizza: { q: 'meat other pepperoni restaurant fast food pizza' }, // Pizza with meat other than pepperoni, from restaurant or fast food, NS as to type of crust
  meat_lover_pizza: { q: 'meat other pepperoni restaurant fast food pizza' }, // Pizza with meat other than pepperoni, from restaurant or fast food, NS as to type of crust
  chef_salad: { q: 'bacon cheese chicken turkey garden salad' }, // Chicken or turkey garden salad with bacon and cheese, chicken and/or turkey, bacon, cheese, lettuce and/or greens, tomato and/or carrots, other vegetables, no dressing
  chefs_salad: { q: 'bacon cheese chicken turkey garden salad' }, // Chicken or turkey garden salad with bacon and cheese, chicken and/or turkey, bacon, cheese, lettuce and/or greens, tomato and/or carrots, other vegetables, no dressing
  grilled_chicken_salad: { q: 'tomato carrot chicken turkey garden salad' }, // Chicken or turkey garden salad, chicken and/or turkey, tomato and/or carrots, other vegetables, no dressing
  fried_chicken: { q: 'skin coating eaten fried coated chicken' }, // Chicken, NS as to part, fried, coated, skin / coating eaten
  piece_of_fried_chicken: { q: 'skin coating eaten fried coated chicken' }, // Chicken, NS as to part, fried, coated, skin / coating eaten
  crab_leg: { q: 'crab' }, // Crab
  snow_crab: { q: 'crab' }, // Crab
  king_crab: { q: 'crab' }, // Crab
  lobster_tail: { q: 'lobster' }, // Lobster
  turkey_burger: { q: 'turkey chicken burger' }, // Turkey or chicken burger, on white bun
  egg_roll: { q: 'beef pork egg roll' }, // Egg roll, with beef and/or pork
  eggroll: { code: '58110130', q: 'beef pork egg roll', alone: true }, // Egg roll, with beef and/or pork
  go_gurt: { q: 'yogurt tube' }, // Yogurt tube
  cherry_limeade: { q: 'lemonade fruit flavored drink' }, // limeade: FNDDS's fruit-flavoured lemonade
  limeade: { code: '92510960', q: 'lemonade fruit flavored drink', alone: true }, // limeade: FNDDS's fruit-flavoured lemonade
  acai_bowl: { q: 'fruit smoothie whole fruit dairy' }, // blended fruit in a bowl: FNDDS has no acai bowl, its fruit smoothie is the nearest
  smoothie_bowl: { q: 'fruit smoothie whole fruit dairy' }, // blended fruit in a bowl: FNDDS has no acai bowl, its fruit smoothie is the nearest
  pitaya_bowl: { q: 'fruit smoothie whole fruit dairy' }, // blended fruit in a bowl: FNDDS has no acai bowl, its fruit smoothie is the nearest

  // Probe round 2.
  toaster_waffle: { q: 'plain frozen waffle' }, // Waffle, plain, frozen
  lox: { code: '26137190', q: 'smoked salmon fish', alone: true }, // Fish, salmon, smoked
  nova: { code: '26137190', q: 'smoked salmon fish', alone: true }, // Fish, salmon, smoked
  dutch_baby: { q: 'plain pancake' }, // an oven pancake: FNDDS's plain pancake
  german_pancake: { q: 'plain pancake' }, // an oven pancake: FNDDS's plain pancake
  veggie_sausage_patty: { q: 'meatless breakfast link pattie' }, // Breakfast link, pattie, or slice, meatless
  vegetarian_sausage: { q: 'meatless breakfast link pattie' }, // Breakfast link, pattie, or slice, meatless
  morningstar_sausage: { q: 'meatless breakfast link pattie' }, // Breakfast link, pattie, or slice, meatless
  vegetarian_bacon: { q: 'meatless bacon strip' }, // Bacon strip, meatless
  impossible_burger: { q: 'veggie burger bun' }, // Veggie burger, on bun
  beyond_burger: { q: 'veggie burger bun' }, // Veggie burger, on bun
  black_bean_burger: { q: 'veggie burger bun' }, // Veggie burger, on bun
  plant_based_burger: { q: 'veggie burger bun' }, // Veggie burger, on bun
  takis: { code: '54401085', q: 'flavored tortilla chip', alone: true }, // Tortilla chips, flavored
  taki: { code: '54401085', q: 'flavored tortilla chip', alone: true }, // Tortilla chips, flavored
  funyun: { code: '54406010', q: 'onion flavored ring', alone: true }, // Onion flavored rings
  '3_musketeer': { q: 'nougat filled chocolate candy' }, // Chocolate candy, nougat filled
  nerd: { code: '91745025', q: 'hard candy', alone: true }, // Candy, hard
  zebra_cake: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  swiss_roll: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  ding_dong: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  hostess_cupcake: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  ho_ho: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  cosmic_brownie: { q: 'chocolate snack cake' }, // Little Debbie and Hostess cakes
  little_debbie_oatmeal_cream_pie: { q: 'oatmeal sandwich creme filling cookie' }, // Cookie, oatmeal sandwich, with creme filling
  moon_pie: { q: 'marshmallow pie chocolate covered cookie' }, // Cookie, marshmallow pie, chocolate covered
  moonpie: { code: '53208200', q: 'marshmallow pie chocolate covered cookie', alone: true }, // Cookie, marshmallow pie, chocolate covered
  moonpy: { code: '53208200', q: 'marshmallow pie chocolate covered cookie', alone: true }, // Cookie, marshmallow pie, chocolate covered
  quest_bar: { q: 'nutrition bar' }, // Nutrition bar or meal replacement bar, NFS
  one_bar: { q: 'nutrition bar' }, // Nutrition bar or meal replacement bar, NFS
  pure_protein_bar: { q: 'nutrition bar' }, // Nutrition bar or meal replacement bar, NFS
  built_bar: { q: 'nutrition bar' }, // Nutrition bar or meal replacement bar, NFS
  tomato_basil_soup: { q: 'cream tomato soup' }, // Soup, cream of tomato
  caprese: { code: '14670000', q: 'tomato basil mozzarella cheese', alone: true }, // Mozzarella cheese, tomato, and basil, with oil and vinegar dressing
  caprese_salad: { q: 'tomato basil mozzarella cheese' }, // Mozzarella cheese, tomato, and basil, with oil and vinegar dressing
  turkey_club: { q: 'club sandwich' }, // Club sandwich on white
  monte_cristo: { q: 'ham sandwich white cheese' }, // battered and fried: FNDDS's ham and cheese sandwich
  muffuletta: { code: '27560610', q: 'italian sandwich', alone: true }, // Italian sandwich on white
  muffaletta: { code: '27560610', q: 'italian sandwich', alone: true }, // Italian sandwich on white
  panini: { code: '27500050', q: 'sandwich', alone: true }, // a pressed sandwich said without its filling
  chili_cheese_dog: { q: 'chili hot dog sandwich' }, // Chili hot dog sandwich, on white bun
  fish_fry: { q: 'fried fish' }, // Fish, NS as to type, fried
  fried_fish: { q: 'fried fish' }, // Fish, NS as to type, fried
  popcorn_shrimp: { q: 'fried shrimp' }, // Shrimp, fried
  coconut_shrimp: { q: 'fried shrimp' }, // Shrimp, fried
  breaded_shrimp: { q: 'fried shrimp' }, // Shrimp, fried
  shrimp_basket: { q: 'fried shrimp' }, // Shrimp, fried
  lobster_bisque: { q: 'bisque soup' }, // Soup, bisque
  crab_bisque: { q: 'bisque soup' }, // Soup, bisque
  tuna_steak: { q: 'cooked tuna fish' }, // Fish, tuna, cooked
  ahi: { code: '26153120', q: 'cooked tuna fish', alone: true }, // Fish, tuna, cooked
  ahi_tuna: { q: 'cooked tuna fish' }, // Fish, tuna, cooked
  seared_tuna: { q: 'cooked tuna fish' }, // Fish, tuna, cooked
  cod: { code: '26109120', q: 'baked broiled cod fish', alone: true }, // Fish, cod, baked or broiled
  ham_steak: { q: 'ham' }, // Ham
  tres_lech: { q: 'tre leche cake' }, // Cake, tres leche
  tres_leches_cake: { q: 'tre leche cake' }, // Cake, tres leche
  root_beer_float: { q: 'chocolate ice cream soda' }, // ice cream in soda: FNDDS's ice cream soda
  coke_float: { q: 'chocolate ice cream soda' }, // ice cream in soda: FNDDS's ice cream soda
  ice_cream_float: { q: 'chocolate ice cream soda' }, // ice cream in soda: FNDDS's ice cream soda
  float: { code: '13120810', q: 'chocolate ice cream soda', alone: true }, // ice cream in soda: FNDDS's ice cream soda
  orange_julius: { q: 'fruit smoothie' }, // Fruit smoothie, NFS
  jamba_juice: { q: 'fruit smoothie' }, // Fruit smoothie, NFS
  smoothie_king: { q: 'fruit smoothie' }, // Fruit smoothie, NFS
  tropical_smoothie: { q: 'fruit smoothie' }, // Fruit smoothie, NFS
  red_eye: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  nitro_cold_brew: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  nitro: { code: '92100500', q: 'brewed coffee', alone: true }, // Coffee, NS as to brewed or instant
  vanilla_sweet_cream_cold_brew: { q: 'flavored iced latte coffee' }, // Coffee, Iced Latte, flavored
  sweet_cream_cold_brew: { q: 'flavored iced latte coffee' }, // Coffee, Iced Latte, flavored
  white_chocolate_mocha: { q: 'cafe mocha coffee' }, // Coffee, Cafe Mocha
  slushie: { code: '92513000', q: 'slush frozen drink', alone: true }, // Slush frozen drink
  slushy: { code: '92513000', q: 'slush frozen drink', alone: true }, // Slush frozen drink
  slurpee: { code: '92513000', q: 'slush frozen drink', alone: true }, // Slush frozen drink
  icee: { code: '92513000', q: 'slush frozen drink', alone: true }, // Slush frozen drink
  v8: { code: '74303000', q: 'tomato vegetable juice', alone: true }, // V8 is mostly tomato juice: Tomato and vegetable juice, 100% (its fl oz portion)
  bourbon: { code: '93502000', q: 'whiskey', alone: true }, // Whiskey
  rye_whiskey: { q: 'whiskey' }, // Whiskey
  glass_of_bourbon: { q: 'whiskey' }, // Whiskey
  tequila_soda: { q: 'tequila' }, // tequila with soda water: no sugar but the lime
  ranch_water: { q: 'tequila' }, // tequila with soda water: no sugar but the lime
  mike_s_hard_lemonade: { q: 'sweetened alcoholic malt beverage' }, // Alcoholic malt beverage, sweetened
  mike_s_hard: { q: 'sweetened alcoholic malt beverage' }, // Alcoholic malt beverage, sweetened
  mikes_hard_lemonade: { q: 'sweetened alcoholic malt beverage' }, // Alcoholic malt beverage, sweetened
  truly: { code: '93106600', q: 'hard seltzer', alone: true }, // Hard seltzer
  hot_toddy: { q: 'hot buttered rum' }, // a hot spirit with honey: FNDDS's hot buttered rum is the nearest

  // Probe round 3: flavoured instant oatmeal, world dishes, chain menu names.
  apple_cinnamon_oatmeal: { q: 'instant fruit flavored oatmeal' }, // Oatmeal, instant, fruit flavored, no added fat
  peaches_and_cream_oatmeal: { q: 'instant fruit flavored oatmeal' }, // Oatmeal, instant, fruit flavored, no added fat
  strawberries_and_cream_oatmeal: { q: 'instant fruit flavored oatmeal' }, // Oatmeal, instant, fruit flavored, no added fat
  malasada: { code: '53521110', q: 'yeast doughnut', alone: true }, // a Portuguese-Hawaiian fried dough: FNDDS's yeast doughnut
  lumpia: { code: '58110130', q: 'beef pork egg roll', alone: true }, // Filipino spring rolls
  lumpia_shanghai: { q: 'beef pork egg roll' }, // Filipino spring rolls
  pancit: { code: '58136110', q: 'lo mein', alone: true }, // Filipino stir-fried noodles: FNDDS's lo mein
  pancit_canton: { q: 'lo mein' }, // Filipino stir-fried noodles: FNDDS's lo mein
  chicken_adobo: { q: 'adobo rice' }, // Adobo, with rice
  pork_adobo: { q: 'adobo rice' }, // Adobo, with rice
  kugel: { code: '58149110', q: 'noodle pudding', alone: true }, // Noodle pudding
  noodle_kugel: { q: 'noodle pudding' }, // Noodle pudding
  mofongo: { code: '77201210', q: 'green crackling plantain', alone: true }, // FNDDS's Puerto Rican mashed green plantain
  moro: { code: '58156710', q: 'stewed bean rice', alone: true }, // Rice with stewed beans, Puerto Rican style
  moros_y_cristiano: { q: 'stewed bean rice' }, // Rice with stewed beans, Puerto Rican style
  pernil: { code: '22400100', q: 'roast pork', alone: true }, // Pork, roast
  mapo_tofu: { q: 'tofu vegetable' }, // Tofu and vegetables excluding carrots, broccoli, and dark-green leafy; no potatoes, with soy-based sauce
  katsu_curry: { q: 'chicken curry rice' }, // Chicken curry with rice
  karaage: { code: '24107070', q: 'skin coating eaten fried coated chicken', alone: true }, // Chicken, NS as to part, fried, coated, skin / coating eaten
  chicken_karaage: { q: 'skin coating eaten fried coated chicken' }, // Chicken, NS as to part, fried, coated, skin / coating eaten
  tom_yum: { q: 'fish shrimp soup' }, // Thai soups: FNDDS's fish or shrimp soup
  tom_yum_soup: { q: 'fish shrimp soup' }, // Thai soups: FNDDS's fish or shrimp soup
  tom_kha: { q: 'fish shrimp soup' }, // Thai soups: FNDDS's fish or shrimp soup
  tom_kha_gai: { q: 'fish shrimp soup' }, // Thai soups: FNDDS's fish or shrimp soup
  mujadara: { code: '58160800', q: 'white rice lentil', alone: true }, // Rice, white, with lentils, NS as to fat
  mujaddara: { code: '58160800', q: 'white rice lentil', alone: true }, // Rice, white, with lentils, NS as to fat
  tabouli: { code: '58175110', q: 'tabbouleh', alone: true }, // Tabbouleh
  baba_ganoush: { q: 'eggplant dip' }, // Eggplant dip
  baba_ghanoush: { q: 'eggplant dip' }, // Eggplant dip
  baba_ganouj: { q: 'eggplant dip' }, // Eggplant dip
  fattoush: { code: '75143000', q: 'including tomato salad lettuce', alone: true }, // a chopped salad with a few pita chips
  laddu: { code: '91718300', q: 'ladoo', alone: true }, // Ladoo, round ball
  loukoumade: { code: '53520170', q: 'doughnut hole', alone: true }, // Doughnut holes
  lemon_loaf: { q: 'lemon cake' },
  mcrib: { code: '27520500', q: 'barbecue rib sandwich', alone: true }, // Barbecue rib sandwich
  dave_s_single: { q: 'fast food medium patty cheeseburger' }, // Cheeseburger, from fast food, 1 medium patty
  daves_single: { q: 'fast food medium patty cheeseburger' }, // Cheeseburger, from fast food, 1 medium patty
  cheesy_gordita_crunch: { q: 'flour tortilla beef cheese taco' }, // Taco, flour tortilla, beef, cheese
  gordita_crunch: { q: 'flour tortilla beef cheese taco' }, // Taco, flour tortilla, beef, cheese
  doritos_locos_taco: { q: 'corn tortilla beef cheese taco' }, // Taco, corn tortilla, beef, cheese
  doritos_loco: { q: 'corn tortilla beef cheese taco' }, // Taco, corn tortilla, beef, cheese
  quesarito: { code: '58102330', q: 'beef bean cheese burrito', alone: true }, // Burrito, beef, with beans, cheese
  beefy_five_layer_burrito: { q: 'beef bean cheese burrito' }, // Burrito, beef, with beans, cheese
  meatball_marinara: { q: 'meatball sandwich sub' }, // Meatball sandwich or sub
  italian_bmt: { q: 'italian sandwich sub restaurant' }, // Italian sandwich or sub, restaurant
  bmt: { code: '27560630', q: 'italian sandwich sub restaurant', alone: true }, // Italian sandwich or sub, restaurant
  turkey_breast_sub: { q: 'turkey sandwich sub restaurant' }, // Turkey sandwich or sub, restaurant
  cold_cut_combo: { q: 'multiple meat sandwich sub restaurant' }, // Multiple meat sandwich or sub, restaurant
  sofritas_bowl: { q: 'bean burrito bowl' }, // Burrito bowl, with beans
  boston_kreme: { q: 'custard icing doughnut' }, // Doughnut, custard-filled, with icing
  coolatta: { code: '92513000', q: 'slush frozen drink', alone: true }, // Slush frozen drink
  frozen_coolatta: { q: 'slush frozen drink' }, // Slush frozen drink
  shamrock_shake: { q: 'fast food flavor other milk shake' },
  jamocha_shake: { q: 'fast food flavor other milk shake' },
  peppermint_mocha: { q: 'cafe mocha coffee' }, // Coffee, Cafe Mocha
  mocha_latte: { q: 'cafe mocha coffee' }, // Coffee, Cafe Mocha
  shaken_espresso: { q: 'flavored iced latte non dairy milk coffee' }, // Coffee, Iced Latte, with non-dairy milk, flavored
  brown_sugar_shaken_espresso: { q: 'flavored iced latte non dairy milk coffee' }, // Coffee, Iced Latte, with non-dairy milk, flavored
  brown_sugar_oatmilk_shaken_espresso: { q: 'flavored iced latte non dairy milk coffee' }, // Coffee, Iced Latte, with non-dairy milk, flavored
  iced_brown_sugar_oatmilk_shaken_espresso: { q: 'flavored iced latte non dairy milk coffee' }, // Coffee, Iced Latte, with non-dairy milk, flavored
  iced_shaken_espresso: { q: 'flavored iced latte non dairy milk coffee' }, // Coffee, Iced Latte, with non-dairy milk, flavored
  strawberry_acai_refresher: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  mango_dragonfruit_refresher: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  dragonfruit_refresher: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  acai_refresher: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  dragon_drink_lemonade: { q: 'fruit juice drink' }, // Starbucks Refreshers: a fruit juice drink
  concrete_mixer: { q: 'soft serve blended candy cookie' }, // Culver's custard with mix-ins blended in: Soft serve, blended with candy or cookies
  concrete: { code: '13130700', q: 'soft serve blended candy cookie', alone: true }, // Soft serve, blended with candy or cookies
  butterburger: { code: '27510215', q: 'fast food medium patty cheeseburger', alone: true }, // Cheeseburger, from fast food, 1 medium patty
  shackburger: { code: '27510215', q: 'fast food medium patty cheeseburger', alone: true }, // Cheeseburger, from fast food, 1 medium patty
  smashburger: { code: '27510215', q: 'fast food medium patty cheeseburger', alone: true }, // Cheeseburger, from fast food, 1 medium patty
  crazy_bread: { q: 'soft parmesan cheese breadstick' }, // Breadsticks, soft, with parmesan cheese, fast food / restaurant
  parmesan_breadstick: { q: 'soft parmesan cheese breadstick' }, // Breadsticks, soft, with parmesan cheese, fast food / restaurant
  krispy_kreme_donut: { q: 'yeast doughnut' }, // Doughnut, yeast type
  krispy_kreme_doughnut: { q: 'yeast doughnut' }, // Doughnut, yeast type

  // Probe round 4: plain proteins, ice cream flavours, frozen treats, yogurt brands, coffee-shop names.
  salmon: { code: '26137120', q: 'baked broiled salmon fish', alone: true }, // Fish, salmon, baked or broiled
  salmon_fillet: { q: 'baked broiled salmon fish' }, // Fish, salmon, baked or broiled
  tuna: { code: '26153110', q: 'tuna fish', alone: true }, // Fish, tuna, NFS
  trout: { code: '26151120', q: 'baked broiled trout fish', alone: true }, // Fish, trout, baked or broiled
  haddock: { code: '26117120', q: 'baked broiled haddock fish', alone: true }, // Fish, haddock, baked or broiled
  sea_bass: { q: 'baked broiled bass fish' }, // Fish, bass, baked or broiled
  branzino: { code: '26141120', q: 'baked broiled bass fish', alone: true }, // Fish, bass, baked or broiled
  halibut: { code: '26141120', q: 'baked broiled bass fish', alone: true }, // a white fish baked or broiled: FNDDS's halibut is coated, no mahi mahi
  mahi_mahi: { q: 'baked broiled bass fish' }, // a white fish baked or broiled: FNDDS's halibut is coated, no mahi mahi
  mahi: { code: '26141120', q: 'baked broiled bass fish', alone: true }, // a white fish baked or broiled: FNDDS's halibut is coated, no mahi mahi
  sardine: { code: '26139180', q: 'canned sardine fish', alone: true }, // Fish, sardines, canned
  scallop: { code: '26317120', q: 'baked broiled scallop', alone: true }, // Scallops, baked or broiled
  seared_scallop: { q: 'baked broiled scallop' }, // Scallops, baked or broiled
  tofu: { code: '41420010', q: 'soybean curd', alone: true }, // Soybean curd
  firm_tofu: { q: 'soybean curd' }, // Soybean curd
  tempeh: { code: '41420010', q: 'soybean curd', alone: true }, // a fermented soybean cake: FNDDS's soybean curd is the nearest
  chicken_leg: { q: 'baked broiled skin eaten drumstick thigh chicken leg' }, // Chicken leg, drumstick and thigh, baked or broiled, skin eaten
  chicken_quarter: { q: 'baked broiled skin eaten drumstick thigh chicken leg' }, // Chicken leg, drumstick and thigh, baked or broiled, skin eaten
  carnita: { code: '22002050', q: 'pork' }, // the alias table's own "carnitas" key is never reached: words are stemmed to "carnita"
  black_eyed_pea: { q: 'blackeyed pea' }, // Blackeyed peas, NFS
  mint_chip: { q: 'additional ingredient vanilla ice cream' }, // Ice cream, vanilla, with additional ingredients
  rocky_road: { q: 'additional ingredient vanilla ice cream' }, // Ice cream, vanilla, with additional ingredients
  butter_pecan: { q: 'additional ingredient vanilla ice cream' }, // Ice cream, vanilla, with additional ingredients
  moose_track: { q: 'additional ingredient vanilla ice cream' }, // Ice cream, vanilla, with additional ingredients
  neapolitan: { code: '13110102', q: 'additional ingredient vanilla ice cream', alone: true }, // Ice cream, vanilla, with additional ingredients
  otter_pop: { q: 'freezer pop' }, // Freezer pop
  push_pop: { q: 'freezer pop' }, // Freezer pop
  ice_pop: { q: 'freezer pop' }, // Freezer pop
  dilly_bar: { q: 'vanilla chocolate coated ice cream bar' }, // Ice cream bar, vanilla, chocolate coated
  pike_place: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  blonde_roast: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  medium_roast: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  house_blend: { q: 'brewed coffee' }, // Coffee, NS as to brewed or instant
  chobani: { code: '11433990', q: 'fruit greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, fruit
  oiko: { code: '11433990', q: 'fruit greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, fruit
  fage: { code: '11433990', q: 'fruit greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, fruit
  siggi: { code: '11433990', q: 'fruit greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, fruit
  siggis: { code: '11433990', q: 'fruit greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, fruit
  activia: { code: '11430000', q: 'fruit yogurt', alone: true }, // Yogurt, NS as to type of milk, fruit
  dannon: { code: '11430000', q: 'fruit yogurt', alone: true }, // Yogurt, NS as to type of milk, fruit
  light_and_fit: { q: 'nonfat milk fruit yogurt' }, // Dannon Light + Fit is made with nonfat milk: Yogurt, nonfat milk, fruit
  smart_water: { q: 'bottled plain water' }, // Water, bottled, plain
  smartwater: { code: '94100100', q: 'bottled plain water', alone: true }, // Water, bottled, plain
  fiji: { code: '94100100', q: 'bottled plain water', alone: true }, // Water, bottled, plain
  dasani: { code: '94100100', q: 'bottled plain water', alone: true }, // Water, bottled, plain
  aquafina: { code: '94100100', q: 'bottled plain water', alone: true }, // Water, bottled, plain
  poland_spring: { q: 'bottled plain water' }, // Water, bottled, plain
  spring_water: { q: 'bottled plain water' }, // Water, bottled, plain
  vitamin_water: { q: 'enhanced regular water' }, // Water, enhanced, regular
  vitaminwater: { code: '94200100', q: 'enhanced regular water', alone: true }, // Water, enhanced, regular
  egg_white_delight: { q: 'egg white sandwich' }, // Egg white sandwich
  kraft_mac: { q: 'packaged mix macaroni noodle cheese' }, // Macaroni or noodles with cheese, made from packaged mix

  // Taco and burrito fillings said as one word (the filling, with the taco or burrito it fills).
  chorizo: { code: '25220710', q: 'pork' }, // Chorizo
  asada: { code: '21000100', q: 'beef' }, // Beef, NFS
  lengua: { code: '21000100', q: 'beef' }, // Beef, NFS
  birria: { code: '21000100', q: 'beef' }, // Beef, NFS
  suadero: { code: '21000100', q: 'beef' }, // Beef, NFS
  cabeza: { code: '21000100', q: 'beef' }, // Beef, NFS
  pastor: { code: '22000100', q: 'pork' }, // Pork, NFS
  adobada: { code: '22000100', q: 'pork' }, // Pork, NFS
  pollo: { code: '24100000', q: 'chicken' }, // Chicken, NS as to part and cooking method, NS as to skin eaten
  tinga: { code: '24100000', q: 'chicken' }, // Chicken, NS as to part and cooking method, NS as to skin eaten
  chicken_tinga: { q: 'chicken' }, // Chicken, NS as to part and cooking method, NS as to skin eaten
  arroz_con_pollo: { q: 'tomato sauce chicken turkey rice' }, // Chicken or turkey and rice with tomato-based sauce
  pollo_asado: { q: 'grilled without sauce chicken' }, // Chicken, NS as to part, grilled without sauce, NS as to skin eaten

  // Probe round 5: vegetables and swaps, nuts and spreads, bakery, Mexican bakery and drinks.
  medjool: { code: '62110100', q: 'date', alone: true }, // Date
  medjool_date: { q: 'date' }, // Date
  date: { code: '62110100', q: 'date', alone: true }, // Date
  cauliflower_rice: { q: 'cooked cauliflower' }, // Cauliflower, NS as to form, cooked
  riced_cauliflower: { q: 'cooked cauliflower' }, // Cauliflower, NS as to form, cooked
  zucchini_noodle: { q: 'cooked yellow green summer squash' }, // Summer squash, yellow or green, NS as to form, cooked
  zucchini: { code: '75233020', q: 'cooked yellow green summer squash', alone: true }, // Summer squash, yellow or green, NS as to form, cooked
  squash: { code: '75233020', q: 'cooked yellow green summer squash', alone: true }, // Summer squash, yellow or green, NS as to form, cooked
  yellow_squash: { q: 'cooked yellow green summer squash' }, // Summer squash, yellow or green, NS as to form, cooked
  butternut_squash: { q: 'cooked winter squash' }, // Winter squash, cooked, no added fat
  acorn_squash: { q: 'cooked winter squash' }, // Winter squash, cooked, no added fat
  potato_wedge: { q: 'roasted potato' }, // Potato, roasted, NFS
  roasted_potato: { q: 'roasted potato' }, // Potato, roasted, NFS
  polenta: { code: '56201515', q: 'cornmeal mush', alone: true }, // Cornmeal mush, NS as to fat
  farro: { code: '56200410', q: 'barley', alone: true }, // an ancient wheat cooked like barley: FNDDS's barley
  barley: { code: '56200410', q: 'barley', alone: true }, // an ancient wheat cooked like barley: FNDDS's barley
  buffalo_chicken_dip: { q: 'cheese dip' }, // a cheese-based dip with chicken
  buffalo_dip: { q: 'cheese dip' }, // a cheese-based dip with chicken
  jalapeno_popper: { q: 'stuffed jalapeno pepper' }, // Stuffed jalapeno pepper
  babybel: { code: '14105010', q: 'gouda edam cheese', alone: true }, // Cheese, Gouda or Edam
  walnut: { code: '42116000', q: 'excluding honey roasted walnut', alone: true }, // Walnuts, excluding honey roasted
  nutella: { code: '91304090', q: 'chocolate hazelnut spread', alone: true }, // Chocolate hazelnut spread
  mixed_fruit: { q: 'canned fruit cocktail' }, // Fruit cocktail, canned, NFS
  fruit_medley: { q: 'canned fruit cocktail' }, // Fruit cocktail, canned, NFS
  protein_pancake: { q: 'whole grain pancake' }, // Pancakes, whole grain
  kodiak_cake: { q: 'whole grain pancake' }, // Pancakes, whole grain
  kodiak_pancake: { q: 'whole grain pancake' }, // Pancakes, whole grain
  banana_nut_bread: { q: 'fruit bread' }, // Bread, fruit: a slice of quick bread (set 26), as banana_bread is
  banana_walnut_bread: { q: 'banana cake' },
  morning_glory_muffin: { q: 'muffin' }, // Muffin, NFS
  lemon_poppyseed_muffin: { q: 'muffin' }, // Muffin, NFS
  poppyseed_muffin: { q: 'muffin' }, // Muffin, NFS
  almond_croissant: { q: 'fruit croissant' }, // filled and glazed: FNDDS's filled croissant (Croissant, fruit: 27 g carbs) rather than a plain one
  sausage_kolache: { q: 'meat poultry filled pastry' }, // Pastry, meat / poultry-filled
  klobasnek: { code: '58124230', q: 'meat poultry filled pastry', alone: true }, // Pastry, meat / poultry-filled
  kolache: { code: '53510100', q: 'fruit danish pastry', alone: true }, // the sweet Czech-Texan pastry: FNDDS's fruit Danish
  kolach: { code: '53510100', q: 'fruit danish pastry', alone: true }, // the sweet Czech-Texan pastry: FNDDS's fruit Danish
  menudo: { code: '27362000', q: 'stewed tripe potato', alone: true }, // tripe stew: FNDDS's Puerto Rican stewed tripe
  enchiladas_verde: { q: 'chicken enchilada' }, // Enchilada, chicken
  enchilada_verde: { q: 'chicken enchilada' }, // Enchilada, chicken
  enchiladas_suiza: { q: 'chicken enchilada' }, // Enchilada, chicken
  torta: { code: '27500050', q: 'sandwich', alone: true }, // a Mexican sandwich on a bolillo roll
  torta_de_milanesa: { q: 'sandwich' }, // a Mexican sandwich on a bolillo roll
  torta_ahogada: { q: 'sandwich' }, // a Mexican sandwich on a bolillo roll
  mollete: { code: '51158100', q: 'bolillo mexican roll', alone: true }, // a bolillo with beans and cheese: its roll
  esquite: { q: 'corn', alone: true },
  elote_en_vaso: { q: 'corn' },
  corn_in_a_cup: { q: 'corn' },
  agua_fresca: { q: 'fruit flavored drink' }, // Fruit flavored drink
  aguas_fresca: { q: 'fruit flavored drink' }, // Fruit flavored drink
  agua_de_jamaica: { q: 'fruit flavored drink' }, // Fruit flavored drink
  jarrito: { code: '92410510', q: 'fruit flavored caffeine free soft drink', alone: true }, // Soft drink, fruit flavored, caffeine free
  concha: { code: '51161270', q: 'sugar topping pan dulce', alone: true }, // Pan Dulce, with sugar topping

  // Probe round 6: American dinners, steaks, Cajun, fair food.
  prime_rib: { q: 'beef steak' }, // Beef, steak, NFS
  filet_mignon: { q: 'beef steak' }, // Beef, steak, NFS
  ny_strip: { q: 'beef steak' }, // Beef, steak, NFS
  new_york_strip: { q: 'beef steak' }, // Beef, steak, NFS
  porterhouse: { code: '21101000', q: 'beef steak', alone: true }, // Beef, steak, NFS
  t_bone: { q: 'beef steak' }, // Beef, steak, NFS
  tri_tip: { q: 'beef steak' }, // Beef, steak, NFS
  skirt_steak: { q: 'beef steak' }, // Beef, steak, NFS
  chicken_marsala: { q: 'veal marsala' }, // a cutlet in a wine and butter sauce: FNDDS's veal Marsala
  chicken_piccata: { q: 'veal marsala' }, // a cutlet in a wine and butter sauce: FNDDS's veal Marsala
  chicken_francese: { q: 'veal marsala' }, // a cutlet in a wine and butter sauce: FNDDS's veal Marsala
  crawdad: { code: '26309160', q: 'cooked crayfish', alone: true }, // Crayfish, cooked
  shrimp_boil: { q: 'shrimp' }, // the shellfish of a boil; its corn and potatoes are foods of their own
  seafood_boil: { q: 'shrimp' }, // the shellfish of a boil; its corn and potatoes are foods of their own
  crab_boil: { q: 'shrimp' }, // the shellfish of a boil; its corn and potatoes are foods of their own
  low_country_boil: { q: 'shrimp' }, // the shellfish of a boil; its corn and potatoes are foods of their own
  chicken_stir_fry: { q: 'stir fried beef vegetable soy sauce' }, // meat and vegetables in soy sauce, no rice
  steak_stir_fry: { q: 'stir fried beef vegetable soy sauce' }, // meat and vegetables in soy sauce, no rice
  teriyaki_salmon: { q: 'shrimp teriyaki' }, // fish in teriyaki glaze: FNDDS's shrimp teriyaki
  salmon_teriyaki: { q: 'shrimp teriyaki' }, // fish in teriyaki glaze: FNDDS's shrimp teriyaki
  turkey_leg: { q: 'roasted skin eaten turkey drumstick' }, // Turkey, drumstick, roasted, skin eaten
  smoked_turkey_leg: { q: 'roasted skin eaten turkey drumstick' }, // Turkey, drumstick, roasted, skin eaten
  caramel_apple: { q: 'candied apple' }, // Apple, candied
  candy_apple: { q: 'candied apple' }, // Apple, candied
  brownie_sundae: { q: 'ice cream sundae' }, // Ice cream sundae, NFS
  hot_fudge_brownie_sundae: { q: 'ice cream sundae' }, // Ice cream sundae, NFS
  goulash: { code: '27212120', q: 'chili macaroni', alone: true }, // macaroni with ground beef in tomato sauce
  american_goulash: { q: 'chili macaroni' }, // macaroni with ground beef in tomato sauce

  // Probe round 7: grocery brands.
  halo_top: { q: 'light ice cream' }, // Light ice cream, NFS
  haagen_daz: { q: 'vanilla ice cream' }, // Ice cream, vanilla
  talenti: { code: '13110100', q: 'vanilla ice cream', alone: true }, // Ice cream, vanilla
  blue_bell: { q: 'vanilla ice cream' }, // Ice cream, vanilla
  breyer: { code: '13110100', q: 'vanilla ice cream', alone: true }, // Ice cream, vanilla
  tillamook_ice_cream: { q: 'vanilla ice cream' }, // Ice cream, vanilla
  belvita: { code: '54103000', q: 'breakfast biscuit cracker', alone: true }, // Crackers, breakfast biscuit
  combo: { code: '54408300', q: 'hard cheese filled pretzel', alone: true }, // Pretzels, hard, cheese filled
  pretzel_combo: { q: 'hard cheese filled pretzel' }, // Pretzels, hard, cheese filled
  cape_cod_chip: { q: 'plain potato chip' }, // Potato chips, plain
  utz: { code: '71200100', q: 'plain potato chip', alone: true }, // Potato chips, plain
  utz_chip: { q: 'plain potato chip' }, // Potato chips, plain
  wise_chip: { q: 'plain potato chip' }, // Potato chips, plain
  herr: { code: '71200100', q: 'plain potato chip', alone: true }, // Potato chips, plain
  zapp: { code: '71200100', q: 'plain potato chip', alone: true }, // Potato chips, plain
  kettle_brand: { q: 'plain potato chip' }, // Potato chips, plain
  boom_chicka_pop: { q: 'ready eat kettle popcorn' }, // Popcorn, ready-to-eat, kettle
  angie_s_popcorn: { q: 'ready eat kettle popcorn' }, // Popcorn, ready-to-eat, kettle
  pirate_s_booty: { q: 'cheese corn snack' }, // Cheese flavored corn snacks
  motts_fruit_snack: { q: 'fruit snack candy' }, // Candy, fruit snacks
  annie_s_bunnie: { q: 'cheese cracker' }, // Crackers, cheese
  cheddar_bunnie: { q: 'cheese cracker' }, // Crackers, cheese
  bunny_cracker: { q: 'cheese cracker' }, // Crackers, cheese
  rice_a_roni: { q: 'rice pilaf' }, // boxed seasoned rice: FNDDS's rice pilaf
  knorr_rice: { q: 'rice pilaf' }, // boxed seasoned rice: FNDDS's rice pilaf
  rice_side: { q: 'rice pilaf' }, // boxed seasoned rice: FNDDS's rice pilaf
  seasoned_rice: { q: 'rice pilaf' }, // boxed seasoned rice: FNDDS's rice pilaf
  skyr: { code: '11411390', q: 'plain greek yogurt', alone: true }, // Yogurt, Greek, NS as to type of milk, plain
  icelandic_yogurt: { q: 'plain greek yogurt' }, // Yogurt, Greek, NS as to type of milk, plain
  dave_s_killer_bread: { q: 'multigrain bread' }, // Bread, multigrain
  daves_killer_bread: { q: 'multigrain bread' }, // Bread, multigrain
  nature_s_own: { q: 'multigrain bread' }, // Bread, multigrain
  sara_lee_bread: { q: 'multigrain bread' }, // Bread, multigrain
  thomas_english_muffin: { q: 'english muffin' },
  jimmy_dean: { q: 'sausage biscuit sandwich' }, // Sausage biscuit sandwich

  // Everyday spellings and short forms.
  icecream: { code: '13110000', q: 'ice cream', alone: true }, // Ice cream, NFS
  corndog: { code: '27560300', q: 'corn dog', alone: true }, // Corn dog
  tendie: { code: '24198739', q: 'chicken tender strip', alone: true }, // Chicken tenders or strips, NFS
  tendy: { code: '24198739', q: 'chicken tender strip', alone: true }, // Chicken tenders or strips, NFS
  chicken_tendie: { q: 'chicken tender strip' }, // Chicken tenders or strips, NFS
  chicken_tender_basket: { q: 'chicken tender strip' }, // Chicken tenders or strips, NFS
  cheeze_it: { q: 'cheez it cheese cracker' }, // Crackers, cheese (Cheez-It)
  m_and_m: { q: 'chocolate candy' }, // Chocolate candy
  m_n_m: { q: 'chocolate candy' }, // Chocolate candy
  smoothy: { code: '11553100', q: 'fruit smoothie', alone: true }, // Fruit smoothie, NFS
  sammich: { code: '27500050', q: 'sandwich' }, // Sandwich, NFS
  samwich: { code: '27500050', q: 'sandwich' }, // Sandwich, NFS
  sammie: { code: '27500050', q: 'sandwich' }, // Sandwich, NFS
  sammy: { code: '27500050', q: 'sandwich' }, // Sandwich, NFS
  chx: { code: '24100000', q: 'chicken' }, // Chicken, NS as to part and cooking method, NS as to skin eaten
  avo: { code: '63105010', q: 'avocado' }, // Avocado, raw

  // Bowls.
  teriyaki_bowl: { q: 'no sauce including vegetable rice turkey chicken' }, // chicken over rice with vegetables; the sweet sauce adds a little
  chicken_teriyaki_bowl: { q: 'no sauce including vegetable rice turkey chicken' }, // chicken over rice with vegetables; the sweet sauce adds a little
  chicken_bowl: { q: 'chicken bean rice burrito bowl' }, // said at a burrito place: a bowl with rice and beans
  chipotle_chicken_bowl: { q: 'chicken bean rice burrito bowl' }, // said at a burrito place: a bowl with rice and beans
  steak_bowl: { q: 'beef pork bean rice burrito bowl' }, // Burrito bowl, beef or pork, with beans and rice
  carnitas_bowl: { q: 'beef pork bean rice burrito bowl' }, // Burrito bowl, beef or pork, with beans and rice
  grain_bowl: { q: 'quinoa' }, // the grain is the carbohydrate of a grain bowl
  quinoa_bowl: { q: 'quinoa' }, // the grain is the carbohydrate of a grain bowl
  kale_caesar: { q: 'caesar salad' }, // Caesar salad, with romaine, no dressing

  // Round 5, by category (issue #19): frozen and boxed brands, bakery and holiday sweets, dessert-chain treats.
  frozen_waffle: { q: 'plain frozen waffle' }, // Waffle, plain, frozen
  progresso_chicken_noodle: { q: 'chicken noodle soup' }, // Soup, chicken noodle: the canned soup said by its brand and flavour
  // "2 cups chicken noodle", "homemade chicken noodle, one bowl": said without "soup" it is still the soup,
  // not USDA's "Chicken or turkey and noodles with gravy".
  chicken_noodle: { q: 'chicken noodle soup' }, // Soup, chicken noodle
  chicken_noodle_casserole: { q: 'chicken noodle cream sauce' }, // Chicken or turkey and noodles with cream or white sauce
  // "shepards pie": the common misspelling, which reached USDA's sweet "Pie, NFS".
  shepard_pie: { q: 'shepherd pie' }, // Shepherd's pie
  shepards_pie: { q: 'shepherd pie' }, // Shepherd's pie
  shepherds_pie: { q: 'shepherd pie' }, // Shepherd's pie
  spanakopita: { code: '58124250', q: 'spanakopita', alone: true }, // Spanakopita
  spanakopita_triangle: { q: 'spanakopita' }, // Spanakopita ("a spanakopita triangle" was a Danish)
  quiche_lorraine: { q: 'quiche meat poultry fish' }, // Quiche with meat, poultry or fish (bacon)
  sufganiyah: { code: '53521140', q: 'jelly doughnut', alone: true }, // Doughnut, jelly (the Hanukkah doughnut)
  sufganiyot: { code: '53521140', q: 'jelly doughnut', alone: true }, // Doughnut, jelly (plural as said)
  cannolo: { code: '53452200', q: 'italian cheese pastry', alone: true }, // Pastry, Italian, with cheese
  oreo_blizzard: { q: 'soft serve blended candy cookie' }, // Dairy Queen's: Soft serve, blended with candy or cookies
  dole_whip: { q: 'sorbet' }, // Disney's pineapple soft serve, dairy-free: FNDDS's sorbet is the nearest
  shrimp_pad_thai: { q: 'pad thai seafood' }, // Pad Thai with seafood
  seafood_pad_thai: { q: 'pad thai seafood' }, // Pad Thai with seafood
  lamb_rogan_josh: { q: 'beef curry' }, // FNDDS has no lamb curry: its beef curry is the nearest (as rogan josh alone)
  movie_popcorn: { q: 'movie theater popcorn' }, // Popcorn, movie theater, with added butter
  frosting: { code: '91305020', q: 'white icing', alone: true }, // Icing, white
  jolly_rancher: { q: 'hard candy' }, // Candy, hard (by the piece)
  chocolate_truffle: { q: 'chocolate candy' }, // Chocolate candy (by the piece)
  hershey_kiss: { q: 'chocolate candy' }, // Chocolate candy (by the piece)
};

/**
 * Chain and store names that name no food of their own ("a qdoba burrito", "wingstop
 * wings", "a papa johns pizza"): left out of the food words like estimate.ts's BRANDS.
 * None is a word of a USDA food's description (everyday-names.test.ts checks it). The big
 * fast-food chains are estimate.ts's FAST_FOOD_PLACES, which also picks the fast-food form.
 */
export const EVERYDAY_BRANDS: readonly string[] = [
  'dominos', 'domino', 'wingstop', 'qdoba', 'einstein', 'einsteins', 'bruegger', 'brueggers', 'zaxbys', 'zaxby', 'culvers', 'jimmy',
  'john', 'johns', 'papa', 'hut', 'panda', 'express', 'raising', 'jersey', 'mike', 'mikes', 'firehouse', 'potbelly',
  'moe', 'moes', 'applebee', 'applebees', 'denny', 'dennys', 'ihop', 'roadhouse', 'outback', 'bdubs', 'bww', 'chang',
  'changs', 'factory', 'tim', 'hortons', 'wawa', 'sheetz', 'publix', 'kroger', 'heb', 'wegmans', 'safeway', 'aldi',
  'walmart', 'ikea', 'sweetgreen', 'portillos', 'portillo', 'bojangles', 'bojangle', 'church', 'churchs', 'checkers', 'rallys', 'rally',
  'krystal', 'jollibee', 'bros', 'peet', 'peets', 'auntie', 'anne', 'annes', 'wetzel', 'wetzels', 'baskin', 'robbins',
  'carvel', 'yogurtland', 'sbarro', 'sbarros', 'progresso', 'campbell', 'campbells', 'stouffer', 'stouffers', 'swanson', 'amys', 'annies', 'welchs', 'debbie', 'menchie', 'menchies', 'pinkberry', 'jamba',
];
