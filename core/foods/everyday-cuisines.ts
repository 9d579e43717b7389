/**
 * Dishes by cuisine as people in the U.S. type them (issue #19, round 12d): the native and the
 * English name, with and without the "de"/"con", singular or plural as `stem` writes them.
 * Merged into everyday-dishes.ts with one spread (its own entries win), same shape and rules:
 * keys as `stem` writes them, `q` USDA's words, `code` the one food the name means, `alone` only
 * for the word said alone. Each maps to FNDDS's own dish where it has one, else to the food a
 * dietitian would pick, the reason beside it. Names of several words carry a code only where
 * USDA's words alone would reach a sibling; their portion words still come from what was said.
 * `everyday-dishes.test.ts` checks every code and reads every name in a meal.
 */
export const EVERYDAY_CUISINES: Readonly<Record<string, { q?: string; code?: string; alone?: boolean }>> = {
  // Mexican and Tex-Mex: tamales by filling, in Spanish ("de puerco") as in English.
  tamal: { code: '58103100', q: 'tamale', alone: true }, // the singular in Spanish: Tamale, NFS
  tamale_de_puerco: { code: '58103125', q: 'pork tamale' },
  tamal_de_puerco: { code: '58103125', q: 'pork tamale' },
  tamale_de_cerdo: { code: '58103125', q: 'pork tamale' },
  tamale_de_pollo: { code: '58103130', q: 'chicken tamale' },
  tamal_de_pollo: { code: '58103130', q: 'chicken tamale' },
  tamale_de_re: { code: '58103120', q: 'beef tamale' }, // "tamales de res" as stem writes it
  tamal_de_re: { code: '58103120', q: 'beef tamale' },
  tamale_de_raja: { code: '58103250', q: 'tamale no meat' }, // pepper-and-cheese tamales: Tamale, no meat
  tamal_de_raja: { code: '58103250', q: 'tamale no meat' },
  tamale_de_queso: { code: '58103250', q: 'tamale no meat' },
  tamale_de_elote: { code: '53430700', q: 'sweet tamale' }, // fresh-corn tamales are the sweet ones
  tamal_de_elote: { code: '53430700', q: 'sweet tamale' },
  sweet_corn_tamale: { code: '53430700', q: 'sweet tamale' },
  taco_al_pastor: { code: '58102030', q: 'taco corn tortilla pork cheese' }, // marinated pork on corn tortillas
  al_pastor_taco: { code: '58102030', q: 'taco corn tortilla pork cheese' },
  carnita_taco: { code: '58102030', q: 'taco corn tortilla pork cheese' },
  arroz_rojo: { code: '58163430', q: 'spanish rice', alone: true }, // Mexican red rice: Spanish rice
  // Salvadoran: pupusas by filling; curtido is the cabbage slaw served with them.
  pupusa_revuelta: { code: '58105120', q: 'pupusa meat bean' }, // pork, beans and cheese: Pupusa, meat, with beans
  revuelta: { code: '58105120', q: 'pupusa meat bean', alone: true },
  pupusa_de_frijol: { code: '58105105', q: 'pupusa bean' },
  pupusa_de_frijol_con_queso: { code: '58105105', q: 'pupusa bean' },
  pupusa_de_frijol_y_queso: { code: '58105105', q: 'pupusa bean' },
  bean_cheese_pupusa: { code: '58105105', q: 'pupusa bean' },
  bean_pupusa: { code: '58105105', q: 'pupusa bean' },
  pupusa_de_chicharron: { code: '58105110', q: 'pupusa meat' },
  pork_pupusa: { code: '58105110', q: 'pupusa meat' },
  pupusa_de_loroco: { code: '58105100', q: 'pupusa cheese only' }, // loroco (a flower bud) with cheese
  curtido: { code: '75141040', q: 'cabbage salad', alone: true }, // pickled cabbage slaw: Cabbage salad, NFS
  // Cuban, Puerto Rican, Dominican.
  medianoche: { code: '27520410', q: 'cuban sandwich', alone: true }, // the Cuban sandwich on sweet bread
  medianoche_sandwich: { code: '27520410', q: 'cuban sandwich' },
  vaca_frita: { code: '27418410', q: 'beef steak onion puerto rican style' }, // fried shredded beef with onions
  lechon: { code: '22400100', q: 'roast pork', alone: true }, // roast pork (Cuban, Puerto Rican, Filipino): Pork, roast
  lechon_asado: { code: '22400100', q: 'roast pork' },
  congri: { code: '58160154', q: 'black bean white rice', alone: true }, // Cuban rice cooked with black beans
  arroz_con_gandule: { code: '58156710', q: 'rice stewed bean puerto rican style' }, // pigeon-pea rice: FNDDS has no pigeon peas, its Puerto Rican rice with stewed beans is nearest
  sancocho: { code: '27218210', q: 'beef stew potato puerto rican style', alone: true }, // meat and root-vegetable stew
  mangu: { code: '71900100', q: 'plantain cooked no added fat', alone: true }, // mashed boiled green plantain (USDA's "1 cup, mashed")
  yuca_frita: { code: '71930190', q: 'yuca fry' },
  fried_yuca: { code: '71930190', q: 'yuca fry' },
  yuca_con_mojo: { code: '71930120', q: 'cassava cooked' },
  tembleque: { code: '91560100', q: 'haupia', alone: true }, // coconut-milk pudding: Haupia is the same dessert
  pastelito_de_guayaba: { code: '53452100', q: 'fruit filled pastry' },
  pastelito_de_guava: { code: '53452100', q: 'fruit filled pastry' },
  alcapurria: { code: '77205610', q: 'ripe plantain meat pie puerto rican style', alone: true }, // meat-filled plantain fritter: the nearest plantain meat pie
  // Chinese-American: the steamed bun is the bao (it read as a barbecue pork sandwich).
  bbq_pork_bun: { code: '58123110', q: 'bao bun' },
  barbecue_pork_bun: { code: '58123110', q: 'bao bun' },
  pork_bun: { code: '58123110', q: 'bao bun' },
  steamed_pork_bun: { code: '58123110', q: 'bao bun' },
  char_siu_bun: { code: '58123110', q: 'bao bun' },
  cha_siu_bao: { code: '58123110', q: 'bao bun' },
  siopao: { code: '58123110', q: 'bao bun', alone: true }, // the Filipino steamed bun
  general_tso_chicken: { code: '27445150', q: 'general tso chicken' },
  // Spring rolls: fried ones are USDA's egg roll with pork; fresh (summer) ones are the rice-paper roll.
  fried_spring_roll: { code: '58110130', q: 'egg roll beef pork' },
  goi_cuon: { code: '58110200', q: 'roll meat shrimp vegetable rice paper not fried' },
  // Vietnamese, Japanese, Korean.
  veggie_pho: { code: '28310335', q: 'pho no meat soup' },
  bun_bo_hue: { code: '28310330', q: 'pho meat soup' }, // spicy beef noodle soup: pho with meat is nearest
  vermicelli_bowl: { code: '56117090', q: 'rice noodle cooked' }, // bún: rice noodles with grilled meat; the noodles carry the carbs
  bun_cha: { code: '56117090', q: 'rice noodle cooked' },
  bun_thit_nuong: { code: '56117090', q: 'rice noodle cooked' },
  tonkotsu_ramen: { code: '58407056', q: 'ramen bowl meat egg' }, // shop ramen with pork and egg
  shoyu_ramen: { code: '58407056', q: 'ramen bowl meat egg' },
  miso_ramen: { code: '58407056', q: 'ramen bowl meat egg' },
  // Indian.
  rajma_chawal: { code: '58160150', q: 'kidney bean white rice' }, // kidney-bean curry on rice
  // Ethiopian: wot/wat is a stew; lentil (misir) and chickpea (shiro) ones are USDA's lentil curry.
  misir_wot: { code: '41311030', q: 'lentil curry' },
  misir_wat: { code: '41311030', q: 'lentil curry' },
  misir: { code: '41311030', q: 'lentil curry', alone: true },
  mesir_wat: { code: '41311030', q: 'lentil curry' },
  red_lentil_stew: { code: '41311030', q: 'lentil curry' },
  shiro: { code: '41311030', q: 'lentil curry', alone: true },
  shiro_wat: { code: '41311030', q: 'lentil curry' },
  doro_wat: { code: '27146150', q: 'chicken curry' }, // spiced chicken stew: Chicken curry is nearest
  doro_wot: { code: '27146150', q: 'chicken curry' },
  tib: { code: '27418410', q: 'beef steak onion puerto rican style', alone: true }, // "tibs", sautéed beef and onions
  // West African and Caribbean.
  goat_stew: { code: '27133010', q: 'stewed goat' }, // Stewed goat, Puerto Rican style: FNDDS's goat dish
  stewed_goat: { code: '27133010', q: 'stewed goat' },
  pounded_yam: { code: '71970200', q: 'fufu' }, // the swallow eaten like fufu: Fufu
  banku: { code: '71970200', q: 'fufu', alone: true },
  eba: { code: '71970200', q: 'fufu', alone: true },
  kelewele: { code: '71905008', q: 'plantain cooked fat added', alone: true }, // spiced fried plantain
  dodo: { code: '71905008', q: 'plantain cooked fat added', alone: true }, // Nigerian fried plantain
  puff_puff: { code: '53520170', q: 'doughnut hole' }, // fried dough balls: Doughnut holes
  moi_moi: { code: '41300990', q: 'blackeyed pea' }, // steamed black-eyed pea pudding
  moin_moin: { code: '41300990', q: 'blackeyed pea' },
  groundnut_stew: { code: '42204060', q: 'peanut soup' },
  peanut_stew: { code: '42204060', q: 'peanut soup' },
  // Jewish and Eastern European.
  lokshen_kugel: { code: '58149110', q: 'noodle pudding' },
  potato_kugel: { code: '71701000', q: 'potato pancake' }, // grated potato, egg and oil baked: the latke's recipe
  blintze: { code: '53430200', q: 'crepe fruit filled', alone: true }, // cheese blintzes: FNDDS's filled crepe is nearest
  blintz: { code: '53430200', q: 'crepe fruit filled', alone: true },
  cheese_blintz: { code: '53430200', q: 'crepe fruit filled' },
  cheese_blintze: { code: '53430200', q: 'crepe fruit filled' },
  babka: { code: '51165000', q: 'coffee cake yeast type', alone: true }, // a yeast coffee cake
  kielbasa: { code: '25221310', q: 'polish sausage', alone: true },
  kapusta: { code: '75230000', q: 'sauerkraut', alone: true },
  // Home cooking and Southern, Cajun, Hawaiian.
  mashed_tater: { code: '71501000', q: 'mashed potato' }, // "taters": potatoes
  tater: { code: '71000100', q: 'potato', alone: true },
  homemade_lasagna: { code: '58130015', q: 'lasagna meat home recipe' },
  home_made_lasagna: { code: '58130015', q: 'lasagna meat home recipe' },
  meatless_stuffed_pepper: { code: '58162120', q: 'stuffed pepper rice meatless' },
  vegetarian_stuffed_pepper: { code: '58162120', q: 'stuffed pepper rice meatless' },
  veggie_stuffed_pepper: { code: '58162120', q: 'stuffed pepper rice meatless' },
  king_cake: { code: '51165000', q: 'coffee cake yeast type' }, // the Mardi Gras yeast ring: Coffee cake, yeast type
  // Round 13d, from everyday menus: Mexican breakfasts (chilaquiles by the colour of their salsa).
  chilaquile_verde: { code: '58100360', q: 'chilaquile' },
  chilaquile_rojo: { code: '58100360', q: 'chilaquile' },
  chilaquiles_verde: { code: '58100360', q: 'chilaquile' }, // "chilaquiles verdes" as stem writes the phrase
  chilaquiles_rojo: { code: '58100360', q: 'chilaquile' },
  green_chilaquile: { code: '58100360', q: 'chilaquile' },
  red_chilaquile: { code: '58100360', q: 'chilaquile' },
  // Korean: tteokbokki in the spellings people type, and its English name.
  spicy_rice_cake: { code: '58150520', q: 'dukboki tteokbokki korean' }, // not the puffed rice cake
  korean_rice_cake: { code: '58150520', q: 'dukboki tteokbokki korean' },
  ddeokbokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  ddukbokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  dukbokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  topokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  tokbokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  tteokbokki: { code: '58150520', q: 'dukboki tteokbokki korean', alone: true },
  dolsot_bibimbap: { code: '58150100', q: 'bibimbap korean' },
  // Chinese congee (jook) by what is cooked in it: FNDDS has plain, with meat or seafood, with egg.
  plain_congee: { code: '56205101', q: 'congee' },
  jook: { code: '56205101', q: 'congee', alone: true },
  juk: { code: '56205101', q: 'congee', alone: true },
  rice_porridge: { code: '56205101', q: 'congee' },
  chicken_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  congee_with_chicken: { code: '58157300', q: 'congee meat poultry seafood' },
  chicken_jook: { code: '58157300', q: 'congee meat poultry seafood' },
  pork_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  congee_with_pork: { code: '58157300', q: 'congee meat poultry seafood' },
  fish_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  shrimp_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  beef_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  century_egg_congee: { code: '58157300', q: 'congee meat poultry seafood' }, // served with pork
  pork_and_century_egg_congee: { code: '58157300', q: 'congee meat poultry seafood' },
  egg_congee: { code: '58157330', q: 'congee egg' },
  vegetable_congee: { code: '58157320', q: 'congee vegetable' },
  // Italian-American deli: arancini, tortellini by their sauce (red sauce is the default one).
  arancini: { code: '58161710', q: 'rice croquette', alone: true },
  arancino: { code: '58161710', q: 'rice croquette', alone: true },
  cheese_tortellini: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' }, // said alone: with red sauce (dev sets 10, 16)
  cheese_tortellini_marinara: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' },
  cheese_tortellini_with_red_sauce: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' },
  cheese_tortellini_in_red_sauce: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' },
  cheese_tortellini_with_marinara: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' },
  cheese_tortellini_in_marinara: { code: '58134620', q: 'cheese filled meatless tortellini tomato sauce' },
  tortellini_alfredo: { code: '58134660', q: 'cheese filled tortellini cream sauce' },
  cheese_tortellini_alfredo: { code: '58134660', q: 'cheese filled tortellini cream sauce' },
  tortellini_salad: { code: '58134640', q: 'cheese filled meatless tortellini vinaigrette dressing' },
  tortellini_pasta_salad: { code: '58134640', q: 'cheese filled meatless tortellini vinaigrette dressing' },
  cheese_tortellini_salad: { code: '58134640', q: 'cheese filled meatless tortellini vinaigrette dressing' },
  cheese_tortellini_pasta_salad: { code: '58134640', q: 'cheese filled meatless tortellini vinaigrette dressing' },
  cheese_stuffed_shell: { code: '58134120', q: 'stuffed shell cheese filled tomato sauce meatless' },
  manicotti: { code: '58133120', q: 'manicotti cheese filled tomato sauce meatless', alone: true },
  // Caribbean: curry goat is USDA's stewed goat; oxtail stew is the sets' oxtails.
  curry_goat: { code: '27133010', q: 'stewed goat puerto rican style' },
  curried_goat: { code: '27133010', q: 'stewed goat puerto rican style' },
  stew_goat: { code: '27133010', q: 'stewed goat puerto rican style' },
  oxtail_stew: { code: '21301000', q: 'beef oxtail' },
  stewed_oxtail: { code: '21301000', q: 'beef oxtail' },
  braised_oxtail: { code: '21301000', q: 'beef oxtail' },
  jamaican_oxtail: { code: '21301000', q: 'beef oxtail' },
  // Southern and home cooking.
  beef_stroganoff: { code: '27212350', q: 'beef stroganoff noodle' }, // said alone the sets mean it with its noodles (9, 18, 22, 28)
  gumbo_no_rice: { code: '27464000', q: 'gumbo no rice' },
  gumbo_without_rice: { code: '27464000', q: 'gumbo no rice' },
  loaded_potato_soup: { code: '71801000', q: 'potato soup' },
  baked_potato_soup: { code: '71801000', q: 'potato soup' },
  loaded_baked_potato_soup: { code: '71801000', q: 'potato soup' },
  potato_soup: { code: '71801000', q: 'potato soup' },
  // Seafood boils and platters: said plain, shrimp and crab are steamed or boiled.
  boiled_shrimp: { code: '26319130', q: 'steamed boiled shrimp' },
  steamed_shrimp: { code: '26319130', q: 'steamed boiled shrimp' },
  peel_and_eat_shrimp: { code: '26319130', q: 'steamed boiled shrimp' },
  crab_leg: { code: '26305160', q: 'crab' },
  snow_crab_leg: { code: '26305160', q: 'crab' },
  king_crab_leg: { code: '26305160', q: 'crab' },
  snow_crab: { code: '26305160', q: 'crab' },
  // Halal cart and food truck: a shawarma wrap is the grilled chicken wrap (the sets' choice, 7 and 26).
  chicken_shawarma_wrap: { code: '27540300', q: 'grilled chicken fillet wrap sandwich' },
  shawarma_wrap: { code: '27540300', q: 'grilled chicken fillet wrap sandwich' },
  chicken_gyro_wrap: { code: '27540300', q: 'grilled chicken fillet wrap sandwich' },
  // Halal-cart chicken is grilled chicken, its rice said apart (as sets 6, 13, 15 and 26 count a shawarma plate).
  halal_chicken: { code: '24103050', q: 'chicken grilled without sauce' },
  // Deli salads: chicken salad with fruit and nuts is its own USDA salad, not lettuce.
  chicken_salad_with_grape: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  chicken_salad_with_grape_and_pecan: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  chicken_salad_with_grape_pecan: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  cranberry_pecan_chicken_salad: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  cranberry_chicken_salad: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  fruited_chicken_salad: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  sonoma_chicken_salad: { code: '27446205', q: 'chicken turkey salad nut fruit' },
  // Teriyaki shops: thighs are USDA's chicken with teriyaki, by the thigh.
  teriyaki_chicken_thigh: { code: '27145000', q: 'chicken turkey teriyaki' },
  // Church suppers and family gatherings: the potato casseroles are USDA's scalloped potatoes, jello salad its gelatin with fruit.
  funeral_potato: { code: '71305015', q: 'scalloped potato' },
  cheesy_potato: { code: '71305015', q: 'scalloped potato' },
  cheesy_potato_casserole: { code: '71305015', q: 'scalloped potato' },
  hashbrown_casserole: { code: '71305015', q: 'scalloped potato' },
  hash_brown_casserole: { code: '71305015', q: 'scalloped potato' },
  jello_salad: { code: '91501020', q: 'gelatin dessert fruit' }, // not a lettuce salad
  gelatin_salad: { code: '91501020', q: 'gelatin dessert fruit' },
  smothered_pork_chop: { code: '22101000', q: 'pork chop' }, // its gravy is said apart when eaten
  hoppin_john: { code: '58160150', q: 'kidney bean white rice' }, // black-eyed peas and rice: FNDDS's beans and rice is the nearest
  hopping_john: { code: '58160150', q: 'kidney bean white rice' },
  // Korean stews and Chinese-Korean noodles.
  kimchi_jjigae: { code: '41601070', q: 'soup miso tofu' }, // a tofu-and-kimchi stew: Soup, miso or tofu
  sundubu: { code: '41601070', q: 'soup miso tofu', alone: true },
  sundubu_jjigae: { code: '41601070', q: 'soup miso tofu' },
  soondubu: { code: '41601070', q: 'soup miso tofu', alone: true },
  soondubu_jjigae: { code: '41601070', q: 'soup miso tofu' },
  jajangmyeon: { code: '58136140', q: 'lo mein pork', alone: true }, // black-bean-sauce noodles with pork
  jjajangmyeon: { code: '58136140', q: 'lo mein pork', alone: true },
  zha_jiang_mian: { code: '58136140', q: 'lo mein pork' },
  // Hawaiian plate lunch and poke.
  ahi_poke: { code: '26153100', q: 'tuna raw fish' },
  tuna_poke: { code: '26153100', q: 'tuna raw fish' },
  huli_huli_chicken: { code: '24100000', q: 'chicken' }, // like jerk chicken: the chicken by its part
  // Italian-American: soups and baked dishes by their everyday names.
  pasta_fagioli: { code: '41601010', q: 'bean soup' }, // pasta e fagioli: Soup, bean
  pasta_e_fagioli: { code: '41601010', q: 'bean soup' },
  pasta_fazool: { code: '41601010', q: 'bean soup' },
  eggplant_rollatini: { code: '75412060', q: 'eggplant parmesan casserole regular' },
  // Chinese breakfast: the tea egg is a boiled egg.
  tea_egg: { code: '31103010', q: 'whole boiled poached egg' },
  // Round 15d, from everyday menus: home cooking and diner dishes by the names people type.
  tamale_pie: { code: '58103310', q: 'tamale casserole meat' }, // a casserole, not a pie: Tamale casserole with meat
  tamale_casserole: { code: '58103310', q: 'tamale casserole meat' },
  tamale_bake: { code: '58103310', q: 'tamale casserole meat' },
  chicken_and_dumpling: { code: '27246100', q: 'chicken dumpling' }, // the stew, not pot stickers
  chicken_n_dumpling: { code: '27246100', q: 'chicken dumpling' },
  chicken_dumpling_soup: { code: '27246100', q: 'chicken dumpling' },
  turkey_and_dumpling: { code: '27246100', q: 'chicken dumpling' },
  spam_sandwich: { code: '27560920', q: 'spam sandwich' },
  pasta_salad_with_italian_dressing: { code: '58148114', q: 'macaroni pasta salad italian dressing' },
  pasta_salad_with_italian: { code: '58148114', q: 'macaroni pasta salad italian dressing' },
  italian_pasta_salad: { code: '58148114', q: 'macaroni pasta salad italian dressing' },
  macaroni_salad_with_italian_dressing: { code: '58148114', q: 'macaroni pasta salad italian dressing' },
  pasta_salad_with_ranch: { code: '58148116', q: 'macaroni pasta salad creamy dressing' },
  ranch_pasta_salad: { code: '58148116', q: 'macaroni pasta salad creamy dressing' },
  pasta_salad_with_mayo: { code: '58148110', q: 'macaroni pasta salad mayonnaise' },
  tuna_pasta_salad: { code: '58148130', q: 'macaroni pasta salad tuna' },
  chicken_pasta_salad: { code: '58148170', q: 'macaroni pasta salad chicken' },
  // Oats said by how they are sold are oatmeal as said (USDA's NFS, the carbs of the one made with water), not made with milk.
  quick_oat: { code: '56202960', q: 'oatmeal' },
  quick_oatmeal: { code: '56202960', q: 'oatmeal' },
  quick_cooking_oat: { code: '56202960', q: 'oatmeal' },
  one_minute_oat: { code: '56202960', q: 'oatmeal' },
  // Crepes by their filling: Nutella or chocolate is USDA's chocolate-filled crepe, fruit its fruit-filled one.
  crepe_with_nutella: { code: '53430100', q: 'crepe chocolate filled' },
  nutella_crepe: { code: '53430100', q: 'crepe chocolate filled' },
  chocolate_crepe: { code: '53430100', q: 'crepe chocolate filled' },
  crepe_with_chocolate: { code: '53430100', q: 'crepe chocolate filled' },
  nutella_banana_crepe: { code: '53430100', q: 'crepe chocolate filled' },
  banana_nutella_crepe: { code: '53430100', q: 'crepe chocolate filled' },
  strawberry_crepe: { code: '53430200', q: 'crepe fruit filled' },
  crepe_with_strawberry: { code: '53430200', q: 'crepe fruit filled' },
  fruit_crepe: { code: '53430200', q: 'crepe fruit filled' },
  // Mediterranean: dolmas of the deli case and the can are rice-filled (said plain they stay USDA's beef and rice ones).
  rice_dolma: { code: '58161510', q: 'grape leaf stuffed rice' },
  vegetarian_dolma: { code: '58161510', q: 'grape leaf stuffed rice' },
  veggie_dolma: { code: '58161510', q: 'grape leaf stuffed rice' },
  rice_stuffed_grape_leaf: { code: '58161510', q: 'grape leaf stuffed rice' },
  lamb_dolma: { code: '27330170', q: 'stuffed grape leaf lamb rice' },
  // Vietnamese: pho by its meat (gà chicken, bò beef, tái rare steak, đặc biệt the house special).
  pho_ga: { code: '28310330', q: 'pho meat soup' },
  pho_bo: { code: '28310330', q: 'pho meat soup' },
  pho_tai: { code: '28310330', q: 'pho meat soup' },
  pho_dac_biet: { code: '28310330', q: 'pho meat soup' },
  chicken_pho: { code: '28310330', q: 'pho meat soup' },
  beef_pho: { code: '28310330', q: 'pho meat soup' },
  tofu_pho: { code: '28310335', q: 'pho no meat soup' },
  // Chinese-American: a noodle said "lo mein noodles" is the soft noodle, not the crispy chow mein one.
  lo_mein_noodle: { code: '56112000', q: 'cooked noodle' },
  // School and cafeteria: the chicken patty sandwich is USDA's breaded chicken fillet sandwich.
  // (No code: said at school it is USDA's school one.)
  chicken_patty_sandwich: { q: 'chicken fillet sandwich' },
  chicken_patty_on_a_bun: { q: 'chicken fillet sandwich' },
  school_chicken_sandwich: { code: '27540139', q: 'chicken fillet sandwich school cafeteria' },
  school_chicken_patty_sandwich: { code: '27540139', q: 'chicken fillet sandwich school cafeteria' },
  // Casseroles and church-supper dishes by their everyday names.
  chicken_and_rice_casserole: { code: '27243300', q: 'chicken turkey rice cream sauce' }, // made with cream-of soup
  chicken_rice_casserole: { code: '27243300', q: 'chicken turkey rice cream sauce' },
  chicken_and_rice_bake: { code: '27243300', q: 'chicken turkey rice cream sauce' },
  chicken_and_rice_soup: { code: '58400200', q: 'rice soup' }, // Soup, rice (chicken and rice is its everyday kind)
  chicken_rice_soup: { code: '58400200', q: 'rice soup' },
  chicken_and_stars_soup: { code: '58403040', q: 'chicken noodle soup' }, // pasta stars: a chicken noodle soup
  chicken_stars_soup: { code: '58403040', q: 'chicken noodle soup' },
  broccoli_and_cheese_casserole: { code: '72202020', q: 'broccoli casserole rice' }, // the holiday one is made with rice
  broccoli_cheese_casserole: { code: '72202020', q: 'broccoli casserole rice' },
  broccoli_rice_casserole: { code: '72202020', q: 'broccoli casserole rice' },
  chicken_spaghetti: { code: '27242350', q: 'chicken turkey tetrazzini' }, // the Texas casserole of spaghetti in a creamy sauce
  chicken_tetrazzini: { code: '27242350', q: 'chicken turkey tetrazzini' },
  turkey_tetrazzini: { code: '27242350', q: 'chicken turkey tetrazzini' },
  // Tex-Mex chip dishes: a walking taco is a Frito pie in the bag.
  walking_taco: { code: '58101830', q: 'frito pie' },
  frito_chili_pie: { code: '58101830', q: 'frito pie' },
  chili_frito_pie: { code: '58101830', q: 'frito pie' },
  beanie_weenie: { code: '41206030', q: 'bean frank', alone: true }, // Beans and franks
  beanie_weeny: { code: '41206030', q: 'bean frank', alone: true },
  franks_and_bean: { code: '41206030', q: 'bean frank' },
};
