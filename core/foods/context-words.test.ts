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

describe('round 15c: words of when, where, who and why never become or hide a food', () => {
  const names = (text: string) => meal(text).map((f) => f.d);
  const unknown = (text: string) => estimateMeal(text).unknown;

  it('a day, the weather, a mood or a reason said after the food is no food and glues to none', () => {
    expect(meal('jambalaya friday, 1.5 cups')).toEqual([{ d: expect.stringMatching(/^Jambalaya/), q: 1.5 }]);
    expect(unknown('2 cups beef stew, rainy day')).toEqual([]);
    expect(names('2 cups beef stew, rainy day')).toEqual([expect.stringMatching(/stew/i)]);
    expect(unknown('a bowl of oatmeal, long night')).toEqual([]);
    expect(names('a protein bar and a latte, missed breakfast')).toHaveLength(2);
    expect(unknown('a protein bar and a latte, missed breakfast')).toEqual([]);
    expect(names('a bagel, sunday morning')).toEqual([expect.stringMatching(/^Bagel/)]);
  });

  it('half saved for later is half eaten', () => {
    expect(meal('a burrito, saved half for later')).toEqual([{ d: expect.stringMatching(/^Burrito/), q: 0.5 }]);
  });

  it('a day named for a food the meal then says is a label, not one more of it', () => {
    expect(meal('pizza friday, 2 slices pepperoni pizza')).toEqual([{ d: expect.stringMatching(/^Pizza with pepperoni/), q: 2 }]);
  });

  it('a place after "on" or "at" is where, though its word names a food (trail mix, shack)', () => {
    expect(names('a granola bar and a banana on the trail')).toEqual([expect.stringMatching(/granola bar/i), expect.stringMatching(/^Banana/)]);
    expect(unknown('2 fish tacos at the taco shack')).toEqual([]);
    expect(names('2 fish tacos at the taco shack')).toEqual([expect.stringMatching(/^Taco/)]);
  });

  it('a label of a place, whom with, or a cuisine is where, even where its word is a food', () => {
    expect(names('apple orchard w grandma: a cider donut')).toEqual([expect.stringMatching(/^Doughnut/)]);
    expect(names('thai place: 1 cup pad thai')).toEqual([expect.stringMatching(/pad thai/i)]);
    expect(names('indian: 1 cup chana masala & 1 naan')).toHaveLength(2);
    expect(unknown('indian: 1 cup chana masala & 1 naan')).toEqual([]);
  });

  it('"school" and the cafeteria stay: they say USDA\'s school forms', () => {
    expect(names('cafeteria: chicken fillet sandwich')).toEqual([expect.stringMatching(/school/i)]);
  });

  it('"low," and "went low on the run," before a comma are a label; whose meal said first is none of the food', () => {
    expect(unknown('low, 4 oz apple juice')).toEqual([]);
    expect(names('went low on the run, 3 glucose tabs')).toHaveLength(1);
    expect(names('toddler lunch 1/2 cup mac and cheese')).toEqual([expect.stringMatching(/^Macaroni or noodles with cheese/)]);
    expect(names('son\'s breakfast 2 pancakes')).toEqual([expect.stringMatching(/^Pancakes/)]);
  });

  it('a remark in brackets of how or why hides no food (it had hidden the soup: "sick" is no food)', () => {
    expect(meal('1 cup chicken noodle soup (sick day)')).toEqual([{ d: expect.stringMatching(/soup/i), q: 1 }]);
    expect(meal('2 slices toast (long night)')).toHaveLength(1);
  });

  it('in brackets, a kind or size is of the food said; "w" a part of a dish is in it', () => {
    expect(names('2 yogurts (the nonfat ones)')).toEqual([expect.stringMatching(/nonfat|non-fat|fat free/i)]);
    expect(names('3 cookies (oatmeal raisin)')).toEqual([expect.stringMatching(/oatmeal, with raisins/i)]);
    expect(names('2 slices pizza (pepperoni)')).toEqual([expect.stringMatching(/pepperoni/i)]);
    expect(names('1 cup green salad (w tomatoes)')).toEqual([expect.stringMatching(/salad/i)]);
    expect(names('a cup of chicken soup (w noodles)')).toHaveLength(1);
  });

  it('taken off the tree or a spoon, made by a neighbour, eaten over the day, or cold: only the food', () => {
    expect(meal('3 plums straight off the tree')).toEqual([{ d: expect.stringMatching(/^Plum/), q: 3 }]);
    expect(meal('1 tbsp peanut butter off the spoon')).toEqual([{ d: expect.stringMatching(/^Peanut butter/), q: 1 }]);
    expect(names("my coworker's banana bread, 2 slices over the afternoon")).toEqual([expect.stringMatching(/^Bread/)]);
    expect(meal('fried rice, 2 cups cold')).toEqual([{ d: expect.stringMatching(/^Rice, fried/), q: 2 }]);
  });

  it('whom it was for (a teen, a friend) is no food, and a dash before a handful is an amount', () => {
    expect(names('a slice of pizza for my teenager')).toEqual([expect.stringMatching(/^Pizza/)]);
    expect(names('almonds - a handful')).toEqual([expect.stringMatching(/^Almonds/)]);
  });

  it('"after school" is when, not USDA\'s school form; who made or gave it is no food', () => {
    expect(names('a granola bar and a cheese stick after school')).not.toContainEqual(expect.stringMatching(/school|French toast/i));
    expect(names('pancakes w syrup before work')).toEqual([expect.stringMatching(/^Pancakes/), expect.stringMatching(/^Syrup/)]);
    expect(names('school lunch: 6 nuggets')).toEqual([expect.stringMatching(/school/i)]);
    expect(unknown('2 empanadas, from my abuela')).toEqual([]);
  });

  it('a shift is when', () => {
    expect(names('a bag of chips during the night shift')).toEqual([expect.stringMatching(/chips/i)]);
  });
});

describe('round 16c: slices of a pizza kind said without "pizza"', () => {
  const pizza = (text: string) => meal(text).filter((f) => /^Pizza/.test(f.d));
  it('a few slices of a kind only a pizza is named for are slices of that pizza', () => {
    expect(pizza('dorm: 2 slices supreme + an apple')).toEqual([{ d: expect.stringMatching(/^Pizza with meat and vegetables/), q: 2 }]);
    expect(pizza('a slice of hawaiian and a sprite')).toEqual([{ d: expect.stringMatching(/^Pizza with meat and fruit/), q: 1 }]);
    expect(pizza('3 slices thick crust sausage')).toEqual([{ d: expect.stringMatching(/^Pizza with meat other than pepperoni.*thick crust/), q: 3 }]);
    expect(pizza('lunch - 2 slices cheese and 1 meat lovers')).toHaveLength(2);
  });

  it('slices of a meat or cheese on crackers, a sandwich, or many of them stay that meat or cheese', () => {
    expect(pizza('6 slices of pepperoni and some cheese')).toEqual([]);
    expect(pizza('3 slices of pepperoni on ritz crackers')).toEqual([]);
    expect(pizza('turkey sub w 2 slices of pepperoni')).toEqual([]);
    expect(pizza('2 slices of cheese and an apple')).toEqual([]);
    expect(pizza('2 slices of sausage and 2 eggs')).toEqual([]);
  });

  it('slices from a pizza of a size are that size’s slices, and the food-named evening is no food', () => {
    expect(meal('papa johns, 3 slices sausage pizza off a large')).toEqual([{ d: expect.stringMatching(/^Pizza with meat other/), q: 3 }]);
    expect(estimateMeal('papa johns, 3 slices sausage pizza off a large').foods[0]?.portion).toMatch(/large pizza/);
    expect(meal('2 slices of veggie at pizza night')).toEqual([{ d: expect.stringMatching(/^Pizza/), q: 2 }]);
  });
});

describe('round 16c: labels, days and events that hid the food', () => {
  it('"ones" after a label are of the food the label named', () => {
    expect(meal('friday burritos, had 2 bean ones')).toEqual([{ d: expect.stringMatching(/^Burrito/), q: 2 }]);
    expect(meal('cookies: 3 peanut butter ones')).toEqual([{ d: expect.stringMatching(/^Cookie, peanut butter/), q: 3 }]);
  });

  it('what the writer was doing while eating is when, not food', () => {
    expect(meal('a handful of almonds while watching tv')).toEqual([{ d: expect.stringMatching(/^Almonds/), q: expect.any(Number) }]);
    expect(meal('2 cookies while baking')).toEqual([{ d: expect.stringMatching(/^Cookie/), q: 2 }]);
  });

  it('a share said around the food ("we split … N ways") is that share', () => {
    expect(meal('we split a brownie 3 ways')).toEqual([{ d: expect.stringMatching(/brownie/i), q: expect.closeTo(1 / 3, 2) }]);
  });

  it('counted chocolates are pieces, not candy bars; hot chocolates stay drinks', () => {
    expect(estimateMeal('easter: 6 milk chocolates').foods[0]).toMatchObject({ quantity: 6, portion: '1 piece' });
    expect(meal('2 hot chocolates').map((f) => f.d)).toEqual([expect.stringMatching(/^Hot chocolate/)]);
  });

  it('a label naming what the listed parts make adds nothing, a label alone stays the food', () => {
    expect(meal('shake: 1 cup milk, 2 scoops ice cream').map((f) => f.d)).toEqual([expect.stringMatching(/^Milk/), expect.stringMatching(/^Ice cream/)]);
    expect(meal('smoothie: strawberry banana').map((f) => f.d)).toEqual([expect.stringMatching(/smoothie/i)]);
  });
});
