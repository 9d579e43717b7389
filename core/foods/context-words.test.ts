import { describe, expect, it } from 'vitest';
import { estimateMeal } from './estimate';

const meal = (text: string) => estimateMeal(text).foods.map((f) => ({ d: f.description, q: f.quantity }));

describe('share words, in every form and position, are never a food', () => {
  it('reads the share said after "shared"/"split" with whom and how much, in any order', () => {
    expect(meal('a slice of carrot cake, shared half w my husband')).toEqual([{ d: expect.stringMatching(/^Cake/), q: 0.5 }]);
    expect(meal('large milkshake, split w my son (half each)')).toEqual([{ d: expect.stringMatching(/shake/i), q: 0.5 }]);
    expect(meal('a brownie, split with my partner, i had half')).toEqual([{ d: expect.stringMatching(/brownie/i), q: 0.5 }]);
  });

  it('takes "shared w nobody" as the whole of it', () => {
    expect(meal('6 chicken nuggets, shared w nobody')).toEqual([{ d: expect.stringMatching(/nugget/i), q: 6 }]);
    expect(meal('a big pretzel, split with no one')).toEqual([{ d: expect.stringMatching(/^Pretzel/), q: 1 }]);
  });
});

describe('words of context that share a food’s name add no food', () => {
  it('a food dunked or dipped in a drink is eaten with it', () => {
    const foods = meal('3 ginger snaps dipped in my tea').map((f) => f.d);
    expect(foods).toHaveLength(2);
    expect(foods[0]).toMatch(/^Cookie/);
    expect(foods[1]).toMatch(/^Tea/);
  });

  it('an event named for a drink is no drink', () => {
    expect(meal('2 cucumber sandwiches at high tea').map((f) => f.d)).not.toContainEqual(expect.stringMatching(/^Tea/));
    expect(meal('a soft pretzel at happy hour').map((f) => f.d)).toEqual([expect.stringMatching(/^Pretzel/)]);
  });

  it('"the small kind" says which, and "we are at the lake" where', () => {
    expect(meal('bag of pretzels, the 1 oz kind').map((f) => f.d)).toEqual([expect.stringMatching(/^Pretzels/)]);
    expect(meal('a slice of apple pie, we are at the cape')).toHaveLength(1);
  });

  it('how a food was made or packed is its kind, never a food more', () => {
    expect(meal('instant cream of wheat, 1 packet made with water').map((f) => f.d)).toEqual([expect.stringMatching(/made with water/)]);
    expect(meal('1 cup peaches in their own juice').map((f) => f.d)).toEqual(['Peach, canned, juice pack']);
  });

  it('nuts at the bar are nuts, a slice of a cheese by kind is that cheese', () => {
    expect(meal('a handful of bar nuts').map((f) => f.d)).toEqual([expect.stringMatching(/^Nuts/)]);
    expect(meal('a slice of provolone').map((f) => f.d)).toEqual([expect.stringMatching(/^Cheese, Provolone/)]);
  });

  it('a ring of fruit is a slice of it, fried onions are onions, and "maybe" or "ate it all" add nothing', () => {
    expect(meal('4 mango rings')).toEqual([{ d: expect.stringMatching(/^Mango/), q: 4 }]);
    expect(meal('a hot dog w sauteed onions').map((f) => f.d)).toContainEqual(expect.stringMatching(/^Onions, cooked/));
    expect(meal('fried rice, probably 2 cups, she ate it all')).toEqual([{ d: expect.stringMatching(/^Rice, fried/), q: 2 }]);
  });

  it('who ate it, said as a label, is no kind of food; fruit on the bottom is the yogurt\'s kind', () => {
    expect(meal('my kid: 1 cup rice krispies').map((f) => f.d)).not.toContainEqual(expect.stringMatching(/baby|toddler/i));
    expect(meal('a yogurt w fruit on the bottom').map((f) => f.d)).toEqual([expect.stringMatching(/^Yogurt.*fruit/)]);
  });
});

describe('round 13: labels, places and clauses of when around the food add none and hide none', () => {
  const names = (text: string) => meal(text).map((f) => f.d);

  it('a label of who, when and how they were, before a colon, is no food (even "low", "overnight")', () => {
    expect(names('daughter went low at practice: a juice box')).toEqual([expect.stringMatching(/juice/i)]);
    expect(names('low overnight: a granola bar')).toEqual([expect.stringMatching(/granola bar/i)]);
    expect(names('mom, after her walk: a banana')).toEqual([expect.stringMatching(/^Banana/)]);
  });

  it('a reading said with a person is a reading, and "gave her" no food word', () => {
    expect(meal('my son was 62, gave him a juice box')).toEqual([{ d: expect.stringMatching(/juice/i), q: 1 }]);
  });

  it('a deal\'s name is no count, and pieces at a fried-chicken chain are fried', () => {
    expect(meal('4 for $4 at wendys: a jr cheeseburger')).toEqual([{ d: expect.stringMatching(/^Cheeseburger/), q: 1 }]);
    expect(meal('kfc 2 piece and a biscuit')).toEqual([{ d: expect.stringMatching(/^Chicken.*fried/), q: 2 }, { d: expect.stringMatching(/^Biscuit/), q: 1 }]);
  });

  it('the crust said after a pizza is of it, not a pizza more', () => {
    expect(meal('2 slices cheese pizza, thin crust')).toEqual([{ d: expect.stringMatching(/^Pizza/), q: 2 }]);
  });

  it('eaten alone, when sick, straight from the carton, at an event, at the desk or on the side: only the food', () => {
    expect(names('a pint of ice cream, all to myself')).toEqual([expect.stringMatching(/^Ice cream/)]);
    expect(names('1 cup chicken noodle soup when i was sick')).toEqual([expect.stringMatching(/soup/i)]);
    expect(names('a glass of orange juice straight from the carton')).toEqual([expect.stringMatching(/^Orange juice/)]);
    expect(names('2 brownies at the school fundraiser')).toEqual([expect.stringMatching(/brownie/i)]);
    expect(names('a bag of chips at my desk')).toEqual([expect.stringMatching(/chips/i)]);
    expect(names('1 cup coleslaw on the side')).toEqual([expect.stringMatching(/^Coleslaw/)]);
    expect(names('a muffin frm dunkin')).toEqual([expect.stringMatching(/^Muffin/)]);
    expect(names('a muffin on the go')).toEqual([expect.stringMatching(/^Muffin/)]);
    expect(names('she traded her cookie for a bag of chips')).toEqual([expect.stringMatching(/chips/i)]);
    expect(names('a hot dog at the crawfish boil')).toEqual([expect.stringMatching(/^Hot dog/)]);
  });

  it('any count of slices of a cheese said by kind is the cheese; a nut flavour USDA lacks leaves the food', () => {
    expect(names('3 slices cheddar')).toEqual([expect.stringMatching(/^Cheese, Cheddar/)]);
    expect(meal('3 chocolate biscotti')).toEqual([{ d: 'Cookie, biscotti', q: 3 }]);
  });
});
