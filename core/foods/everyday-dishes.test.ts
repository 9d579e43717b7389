import { describe, expect, it } from 'vitest';
import { estimateMeal, matchFood, stem } from './estimate';
import { EVERYDAY_CUISINES } from './everyday-cuisines';
import { EVERYDAY_DISHES } from './everyday-dishes';
import { foodTable } from './table';

const table = foodTable();
const cuisines = Object.entries(EVERYDAY_CUISINES);

describe('the dishes-by-cuisine lexicon', () => {
  it('is written the way the estimator reads words, and names only foods in the shipped USDA table', () => {
    expect(cuisines.length).toBeGreaterThan(80);
    for (const [key, entry] of cuisines) {
      expect(key).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
      // Said words are stemmed before lookup: a key stem would change is never found.
      expect(stem(key), key).toBe(key);
      for (const w of entry.q?.split(' ') ?? []) expect(stem(w), `${key}: ${w}`).toBe(w);
    }
    for (const [key, entry] of Object.entries(EVERYDAY_DISHES)) if (entry.code) expect(table.byCode.has(entry.code), `${key} → ${entry.code}`).toBe(true);
  });

  it("is merged into the dishes with one spread, the dishes' own entries winning", () => {
    for (const [key] of cuisines) expect(EVERYDAY_DISHES[key], key).toBeDefined();
    expect(cuisines.filter(([k, e]) => EVERYDAY_DISHES[k] === e).length).toBeGreaterThan(cuisines.length - 5);
  });

  it('reads every name, said in a meal, as the one food it names', () => {
    const wrong: string[] = [];
    for (const [key, e] of cuisines) {
      if (EVERYDAY_DISHES[key] !== e) continue;
      const want = e.code ?? matchFood([key], table, { typos: false }).match?.food.code;
      const got = estimateMeal(`had a ${key.replace(/_/g, ' ')}`, table);
      if (!want || got.unknown.length || got.foods.length !== 1 || got.foods[0]!.food_code !== want) wrong.push(`${key} → ${got.foods.map((f) => f.description).join(' + ') || got.unknown.join(', ')} (want ${want})`);
    }
    expect(wrong).toEqual([]);
  });
});

/** The foods a message is read as: code, portion and how many of it. */
const read = (text: string) => {
  const e = estimateMeal(text, table);
  expect(e.unknown, text).toEqual([]);
  return e.foods.map((f) => [f.food_code, f.portion, f.quantity]);
};

describe('dishes said by cuisine resolve to the FNDDS dish with a whole-item or household portion', () => {
  it.each([
    // Mexican and Tex-Mex: the plural is on the first word of a Spanish name.
    ['tamales de puerco x3', '58103125', '1 item, any size', 3],
    ['3 tamales de pollo', '58103130', '1 item, any size', 3],
    ['2 tamales de res', '58103120', '1 item, any size', 2],
    ['a tamal de elote', '53430700', '1 tamale', 1],
    ['2 tacos al pastor', '58102030', '1 small/regular', 2],
    ['a cup of arroz rojo', '58163430', '1 cup', 1],
    // Salvadoran
    ['2 pupusas revueltas', '58105120', '1 item, any size', 2],
    ['2 pupusas de frijol con queso', '58105105', '1 item, any size', 2],
    ['3 bean & cheese pupusas', '58105105', '1 item, any size', 3],
    ['a pupusa de loroco', '58105100', '1 item, any size', 1],
    // Cuban, Puerto Rican, Dominican
    ['a medianoche', '27520410', '1 sandwich, any size', 1],
    ['a cup of congri', '58160154', '1 cup', 1],
    ['a cup of arroz con gandules', '58156710', '1 cup', 1],
    ['a bowl of sancocho', '27218210', '1 cup', 1],
    ['a cup of mangu', '71900100', '1 cup', 1],
    ['a cup of yuca frita', '71930190', '1 cup', 1],
    ['a pastelito de guayaba', '53452100', '1 pastry', 1],
    // Chinese-American and Filipino
    ['3 bbq pork buns', '58123110', '1 item, any size', 3],
    ['2 siopao', '58123110', '1 item, any size', 2],
    ['a cup of general tsos chicken', '27445150', '1 cup', 1],
    ['2 fried spring rolls', '58110130', '1 egg roll', 2],
    ['2 spring rolls', '58110130', '1 egg roll', 2],
    // Vietnamese, Japanese, Korean
    ['2 cups of bun bo hue', '28310330', '1 cup', 2],
    ['a cup of bun cha', '56117090', '1 cup, cooked', 1],
    ['2 cups tonkotsu ramen', '58407056', '1 cup', 2],
    // Indian and Ethiopian
    ['a cup of chana masala', '41301990', '1 cup', 1],
    ['a cup of chickpea curry', '41301990', '1 cup', 1],
    ['a cup of rajma chawal', '58160150', '1 cup', 1],
    ['a cup of misir wot', '41311030', '1 cup', 1],
    ['a cup of shiro', '41311030', '1 cup', 1],
    ['a cup of doro wat', '27146150', '1 cup', 1],
    // West African and Caribbean
    ['a cup of goat stew', '27133010', '1 cup', 1],
    ['a cup of pounded yam', '71970200', '1 cup, cooked', 1],
    ['5 puff puff', '53520170', '1 doughnut hole', 5],
    // Jewish and Eastern European
    ['half cup noodle kugel', '58149110', '1 cup', 0.5],
    ['2 cheese blintzes', '53430200', '1 crepe with filling, any size', 2],
    ['a slice of babka', '51165000', '1 slice', 1],
    // Home cooking, Southern, Cajun
    ['a piece of homemade lasagna', '58130015', '1 piece (1/6 of 8" square, approx 2-1/2" x 4")', 1],
    ['a meatless stuffed pepper half', '58162120', '1/2 pepper with filling', 1],
    ['a cup of mashed taters', '71501000', '1 cup', 1],
    ['a slice of king cake', '51165000', '1 slice', 1],
    // Round 13d: Mexican breakfasts, Korean, congee shops, the Italian deli, Caribbean, church suppers
    ['chilaquiles rojos, 1 cup', '58100360', '1 cup', 1],
    ['a cup of green chilaquiles', '58100360', '1 cup', 1],
    ['spicy rice cakes, about 2 cups', '58150520', '1 cup', 2],
    ['a cup of topokki', '58150520', '1 cup', 1],
    ['2 cups of jook', '56205101', '1 cup', 2],
    ['a cup of pork congee', '58157300', '1 cup', 1],
    ['3 arancini', '58161710', '1 croquette (1-1/2" dia, 2" high)', 3],
    ['a cup of tortellini salad', '58134640', '1 cup', 1],
    ['2 cups cheese tortellini', '58134620', '1 cup', 2],
    ['a cup of tortellini alfredo', '58134660', '1 cup', 1],
    ['a cup of curried goat', '27133010', '1 cup', 1],
    ['a cup of loaded baked potato soup', '71801000', '1 cup', 1],
    ['a cup of funeral potatoes', '71305015', '1 cup', 1],
    ['a cup of jello salad', '91501020', '1 cup', 1],
    ['a cup of sundubu jjigae', '41601070', '1 cup', 1],
    ['a cup of jajangmyeon', '58136140', '1 cup', 1],
    ['a cup of pasta e fagioli', '41601010', '1 cup', 1],
    ['2 tea eggs', '31103010', '1 egg', 2],
  ] as const)('%s', (text, code, portion, quantity) => {
    expect(read(text)).toEqual([[code, portion, quantity]]);
  });

  it('reads a dish and its side each as said, the side named by its cuisine', () => {
    expect(read('fufu w goat stew').map((f) => f[0])).toEqual(['71970200', '27133010']);
    expect(read('1 injera w misir wot').map((f) => f[0])).toEqual(['51807000', '41311030']);
    expect(read('3 bean & cheese pupusas w curtido').map((f) => f[0])).toEqual(['58105105', '75141040']);
    expect(read('chicken fried steak, mashed taters and collards').map((f) => f[0])).toEqual(['21104110', '71501000', '72107220']);
  });

  it('reads a dessert "a la mode" as the dessert and a scoop of vanilla ice cream', () => {
    expect(read('cherry cobbler a la mode').map((f) => f[0])).toEqual(['53410500', '13110100']);
    expect(read('a brownie a la mode').map((f) => f[0])).toEqual(['53204000', '13110100']);
  });

  it('reads "meatless" or "vegetarian" said after a comma as the kind of the dish before it, and only of that dish', () => {
    expect(read('one stuffed pepper half, meatless')).toEqual([['58162120', '1/2 pepper with filling', 1]]);
    expect(read('a burrito and lasagna, vegetarian').map((f) => f[0])).toEqual(['58102300', '58130310']);
  });

  it('reads lentils beside injera as the Ethiopian lentil stew, and lentils elsewhere as lentils', () => {
    expect(read('injera w lentils').map((f) => f[0])).toEqual(['51807000', '41311030']);
    expect(read('rice and lentils').map((f) => f[0])).toContain('41304970');
  });

  it('reads a filling said "with" after a noodle soup as the dish of it, its amount kept', () => {
    expect(read('pho w/ beef 2 cups')).toEqual([['28310330', '1 cup', 2]]);
  });

  it('keeps a cup measure before a dish of noodles, and "cup noodles" the instant cup', () => {
    expect(read('1 cup noodle kugel')).toEqual([['58149110', '1 cup', 1]]);
    expect(read('2 cup noodles')[0]![1]).toBe('1 individual container');
  });

  it('reads a name said with "with" as the one dish it names', () => {
    expect(read('congee with chicken, 2 cups')).toEqual([['58157300', '1 cup', 2]]);
    expect(read('chicken salad with grapes').map((f) => f[0])).toEqual(['27446205']);
    expect(read('cheese tortellini in red sauce, 1/2 cup')).toEqual([['58134620', '1 cup', 0.5]]);
  });

  it('reads a dish said by its colour, its spelling or its English name as the same dish beside its sides', () => {
    expect(read('chilaquiles verdes w 1 egg and refried beans').map((f) => f[0])).toEqual(['58100360', '31102000', '41205010']);
    expect(read('curry goat and a large roti').map((f) => f[0])).toEqual(['27133010', '51300175']);
    expect(read('oxtail stew w 1 cup rice and peas').map((f) => f[0])).toEqual(['21301000', '58160150']);
    expect(read('a chicken shawarma wrap from the food truck').map((f) => f[0])).toEqual(['27540300']);
    expect(read('halal chicken over rice').map((f) => f[0])).toEqual(['24103050', '56205000']);
    expect(read('leftover gumbo, no rice, 2 cups')).toEqual([['27464000', '1 cup', 2]]);
  });

  it('reads beef stroganoff said alone with its noodles, and said over noodles measured apart without them', () => {
    expect(read('beef stroganoff, 2 cups')).toEqual([['27212350', '1 cup', 2]]);
    expect(read('leftover stroganoff 1 cup over 1 cup egg noodles').map((f) => f[0])[0]).not.toBe('27212350');
  });
});

describe('round 15d: home-cooking and diner dishes by the names people type', () => {
  it.each([
    // A casserole named "pie" is no pie; a stew "and dumplings" is no pot sticker, however "and" is typed.
    ['a cup of tamale casserole', '58103310', '1 cup', 1],
    ['turkey n dumplings, 2 cups', '27246100', '1 cup', 2],
    // A dish named "X with Y" is read as typed: "w", and the plural on the X.
    ['2 chicken salads w grapes', '27446205', 'Quantity not specified', 2],
    ['pasta salad w ranch, 1 cup', '58148116', '1 cup', 1],
    ['a cup of tuna pasta salad', '58148130', '1 cup', 1],
    ['3 strawberry crepes', '53430200', '1 crepe with filling, any size', 3],
    ['a nutella crepe', '53430100', '1 crepe with filling, any size', 1],
    // Oats by how they are sold are oatmeal as said, not made with milk.
    ['quick oats, 1/2 cup', '56202960', '1 cup, cooked', 0.5],
    ['4 veggie dolmas', '58161510', '1 roll', 4],
    ['3 cups pho bo', '28310330', '1 cup', 3],
    ['chicken pho, 3 cups', '28310330', '1 cup', 3],
    ['1 cup lo mein noodles', '56112000', '1 cup, cooked', 1],
    // A sandwich's name keeps the bread it was said on.
    ['spam sandwich on wheat', '27560920', 'Quantity not specified', 1],
    // Casseroles, soups and chip dishes by their everyday names, "&" and all.
    ['a cup of chicken & rice casserole', '27243300', '1 cup', 1],
    ['a bowl of chicken & stars soup', '58403040', '1 cup', 1],
    ['2 walking tacos', '58101830', 'Quantity not specified', 2],
    ['franks & beans 1 cup', '41206030', '1 cup', 1],
    ['a chicken patty sandwich on white', '27540175', '1 regular sandwich', 1],
    ['fried chicken sandwich on wheat', '27540185', 'Quantity not specified', 1],
    ['school lunch: chicken patty sandwich', '27540139', 'Quantity not specified', 1],
  ] as const)('%s', (text, code, portion, quantity) => {
    expect(read(text)).toEqual([[code, portion, quantity]]);
  });

  it('reads "pb&js" and "pb & js" as sandwiches, and "a whole" sandwich as one of it', () => {
    expect(read('2 pb & js')).toEqual([['42302010', '1 sandwich', 2]]);
    expect(read('a whole pbj')).toEqual([['42302010', '1 sandwich', 1]]);
    expect(read('lunch: whole grilled cheese on wheat').map((f) => f[0])).toEqual(['14640130']);
  });

  it('reads a side said "with" a dish that is one of its own parts as the dish, and any other side as a food', () => {
    expect(read('2 beef tacos w lettuce')).toEqual([['58102010', '1 small/regular', 2]]);
    expect(read('ham sandwich on white w cheese').map((f) => f[0])).toEqual(['27520220']);
    expect(read('a vanilla cupcake w vanilla frosting').map((f) => f[0])).toEqual(['53120270']);
    expect(read('2 slices of french toast made with brioche')).toEqual([['55300010', '1 slice, any size', 2]]);
    expect(read('a bowl of pho w basil').map((f) => f[0])).toEqual(['28310330']);
    // A word the food's name holds only in a brand, after "no", or as another word's stem is no part of it.
    expect(read('8 ritz w peanut butter').map((f) => f[0])).toEqual(['54301030', '42202000']);
    expect(read('caesar salad w dressing').length).toBe(2);
    expect(read('chicken sandwich w fries').length).toBe(2);
  });

  it('reads a bowl said with its measure as that measure, and a cuisine said as a label as no food', () => {
    expect(read('bun bo hue, large bowl (3 cups)')).toEqual([['28310330', '1 cup', 3]]);
    expect(read('chili, the big bowl ~2 cups')).toEqual([['27111400', '1 cup', 2]]);
    expect(read('vietnamese: 2 cups pho bo').map((f) => f[0])).toEqual(['28310330']);
    expect(read('ethiopian: shiro 1 cup & 1 injera').map((f) => f[0])).toEqual(['41311030', '51807000']);
  });

  it('gives an amount said after a dish\'s own parts to the dish', () => {
    expect(read('chicken pho w noodles and basil 3 cups')).toEqual([['28310330', '1 cup', 3]]);
  });
});


describe('round 16c: dishes read as parts or as wrong dishes', () => {
  const meal = (text: string) => estimateMeal(text).foods.map((f) => ({ d: f.description, q: f.quantity, p: f.portion }));
  it('a count of a stuffed item USDA weighs only as a half is two halves each', () => {
    expect(meal('3 stuffed peppers, meatless')).toEqual([{ d: 'Stuffed pepper, with rice, meatless', q: 6, p: '1/2 pepper with filling' }]);
    expect(meal('a stuffed pepper')[0]).toMatchObject({ q: 2, p: '1/2 pepper with filling' });
  });

  it('dressing said by no kind beside a salad is a salad dressing, a caesar’s its own, never the stuffing', () => {
    expect(meal('cobb salad + dressing').map((f) => f.d)).toEqual([expect.stringMatching(/^Cobb salad/), 'Salad dressing, NFS, for salads']);
    expect(meal('caesar side salad and some dressing').map((f) => f.d)).toContainEqual('Caesar dressing');
    expect(meal('garden salad w ranch dressing').map((f) => f.d)).toContainEqual('Ranch dressing');
  });

  it('a pot roast cooked with its potatoes and vegetables, measured in cups, is that one dish', () => {
    expect(meal('slow cooker pot roast with carrots, potatoes and onions, 2 cups')).toEqual([{ d: expect.stringMatching(/^Beef, potatoes, and vegetables including carrots.*gravy$/), q: 2, p: '1 cup' }]);
    expect(meal('pot roast w a baked potato').map((f) => f.d)).toContainEqual('Beef, pot roast');
    expect(meal('pot roast w carrots and potatoes').map((f) => f.d)).toContainEqual('Beef, pot roast');
  });
});

describe('round 16c: a hot dog cut into a dish, a burger had on a bun', () => {
  const names = (text: string) => estimateMeal(text).foods.map((f) => f.description);
  it('a hot dog cut up into a dish is the frank alone, never a hot dog in its bun', () => {
    expect(names('2 hot dogs sliced into a cup of baked beans')).toEqual([expect.stringMatching(/^Hot dog, NFS/), expect.stringMatching(/^Baked beans/)]);
    expect(names('a cup of rice w a chopped hot dog')).toContainEqual(expect.stringMatching(/^Hot dog, NFS/));
    expect(names('a cup of rice w a chopped hot dog')).not.toContainEqual(expect.stringMatching(/sandwich/));
  });

  it('the bun a burger was had on is its bun, not a hamburger more', () => {
    expect(names('cooked a chicken burger, had it on a white bun').filter((d) => /burger/i.test(d))).toHaveLength(1);
  });
});
