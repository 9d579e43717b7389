import { describe, expect, it } from 'vitest';
import { parseChat } from './parse';
import { proposalReply, proposeMeal } from './proposal';

// Tuesday 10 March 2026, 12:34:20 UTC.
const NOW = Date.parse('2026-03-10T12:34:20Z');
const propose = (m: string, utcOffsetMin = 0) => proposeMeal(m, parseChat(m, { now: NOW, utcOffsetMin }), { now: NOW, utcOffsetMin, id: 'p1' });

describe('meal proposals from chat', () => {
  it('proposes the foods of a meal without grams, at now or at the time said', () => {
    const p = propose('I ate pasta and an apple')!;
    expect(p).toMatchObject({ id: 'p1', type: 'meal', t: '2026-03-10T12:34:00.000Z', expires_at: '2026-03-10T13:34:20.000Z', data: { carbs_g: 72.6, description: 'pasta, an apple', unknown: [], source: 'USDA FNDDS 2021–2023' } });
    // UTC+1: "at 8:30" is 07:30Z; the time's digits are not read as a quantity.
    expect(propose('2 slices of toast at 8:30', 60)).toMatchObject({ t: '2026-03-10T07:30:00.000Z', data: { foods: [{ quantity: 2, portion: '1 medium or regular slice' }] } });
  });

  it('leaves insulin, activity and medicine said with the meal out of the foods', () => {
    const p = propose('had toast and 4 units novorapid')!;
    expect(p.data.foods.map((f) => f.food_code)).toEqual(['51000110']);
    expect(p.data.unknown).toEqual([]);
  });

  it('makes no proposal for explicit carbs, negations, plans, questions, several times or no food', () => {
    for (const m of ['had pasta, 60 g carbs', '45g carbs', 'ate 1.5 BE', "didn't eat the banana", 'no toast today', 'going to have pasta', 'should I eat an apple?', 'toast at 8 and a banana at 10', 'yesterday an apple', 'walked 30 minutes', 'had a hypo', 'feeling tired today']) {
      expect(propose(m), m).toBeNull();
    }
  });

  it('says what it found and what it could not, and that nothing is logged yet', () => {
    expect(proposalReply(propose('an apple and a zorblax')!)).toBe(
      'Estimated about 29.6 g carbs from the USDA food table: an apple (1 medium, 200 g: 29.6 g carbs). Not found in the table, so not counted: “a zorblax”. Nothing is logged until you confirm or edit it.',
    );
  });

  it('asks the person to check an amount no one plausibly eats at once, and still only proposes it', () => {
    const p = propose('had 3 kg of rice')!;
    expect(p.data.foods[0]!.note).toMatch(/check this amount/);
    expect(proposalReply(p)).toMatch(/Please check the amount of “3 kg of rice” \(3000 g\): that is more than one person usually eats at once\. Nothing is logged until you confirm or edit it\.$/);
    expect(proposalReply(propose('an apple')!)).not.toMatch(/check the amount/);
  });

  it('takes something left out of a food (“no cheese”, “w no meat”) as an omission, not a negated meal', () => {
    for (const m of ['3 carne asada tacos no cheese', 'kung pao chicken, 1.5 cups, no rice', 'pho w no meat, 2 cups', 'had 2 pieces of white pizza (thin crust, no sauce)', 'turkey burger no bun and a baked sweet potato']) expect(propose(m), m).not.toBeNull();
    // A negation of the meal itself stays one.
    for (const m of ['had no breakfast', 'no toast today', 'ate nothing, no snack', 'pasta and no dessert']) expect(propose(m), m).toBeNull();
  });
});

describe('self-corrections, omissions and readings in a meal message (round 10)', () => {
  const foods = (m: string) => propose(m)?.data.foods.map((f) => [f.description, f.quantity]);
  it('reads what follows "? no," as the food or the amount meant', () => {
    expect(foods('8 fish sticks? no, 10 fish sticks + ketchup')).toEqual([['Fish, stick', 10], ['Ketchup', 1]]);
    expect(foods('peach cobbler? no, apple crisp, about 1/2 cup')).toEqual([['Crisp, apple', 0.5]]);
    expect(foods('5 skittles? no, 4 for a low')).toEqual([['Candy, fruit flavored pieces', 4]]);
    expect(foods('2 chocolate ice cream sandwiches after dinner? no just 1')).toEqual([['Ice cream sandwich, chocolate', 1]]);
    expect(foods('rice and 2 eggs? no, 3')?.map(([, q]) => q)).toEqual([1, 3]);
    // A real question is still no meal.
    expect(propose('can i have pizza? no')).toBeNull();
    expect(propose('should I eat an apple?')).toBeNull();
  });
  it('reads a kind alone, or a count and measure, said after "? no," as a correction of the food asked (round 15a)', () => {
    expect(propose('3 slices of cheese pizza? no, sausage')!.data.foods).toMatchObject([{ description: expect.stringMatching(/^Pizza with meat/), quantity: 3 }]);
    expect(propose('2 glazed donuts? no, chocolate')!.data.foods).toMatchObject([{ description: 'Doughnut, chocolate', quantity: 2 }]);
    expect(propose('a bowl of wonton soup? no, 2 cups + 2 spring rolls')!.data.foods.map((f) => [f.description, f.quantity])).toEqual([['Soup, wonton', 2], [expect.stringMatching(/^Egg roll/), 2]]);
    // A whole food said after "? no," is still the food that replaces the one asked.
    expect(propose('fries? no, onion rings')!.data.foods.map((f) => f.description)).toEqual(['Fried onion rings']);
  });

  it('reads a meal skipped beside foods eaten as no negation of them (round 15a)', () => {
    expect(propose('a granola bar and an apple, skipped lunch')!.data.foods.map((f) => f.description)).toEqual(['Cereal or Granola bar, NFS', 'Apple, raw']);
    expect(propose('missed breakfast, 2 waffles')!.data.foods).toMatchObject([{ quantity: 2 }]);
    expect(propose('skipped lunch')).toBeNull();
    expect(propose('I skipped breakfast')).toBeNull();
  });

  it('reads "skipped the X" after a food as left out, not as a meal skipped', () => {
    expect(foods('3 chicken enchiladas verdes, skipped the rice')).toEqual([['Enchilada, chicken', 3]]);
    expect(propose('skipped breakfast')).toBeNull();
  });
  it('reads "low" in a label before the food as the low treated, never as a low-calorie drink', () => {
    expect(foods('mid-run low: 10 oz of gatorade')).toEqual([['Sports drink (Gatorade G)', 10]]);
  });
  it('reads "woke up at 52" as a reading, not an untrusted time', () => {
    expect(propose('woke up at 52, drank 5 oz of regular coke from the fridge')).toMatchObject({ t: '2026-03-10T12:34:00.000Z', data: { foods: [{ description: 'Soft drink, cola', quantity: 5 }] } });
    expect(propose('woke up at 6, had toast')?.t).not.toBe('2026-03-10T12:34:00.000Z');
  });
});

describe('self-corrections said without "? no" (round 11)', () => {
  const foods = (m: string) => propose(m)?.data.foods.map((f) => [f.description, f.quantity]) ?? null;
  it('takes the food said after "... no wait", "... nope", "?? no", " - nope" or ", no wait" over the one before', () => {
    expect(foods('3 oreos... no wait, had 2 graham crackers')).toEqual([['Graham crackers', 2]]);
    expect(foods('a slice of apple pie?? no, a brownie')?.map((f) => f[0])).toEqual([expect.stringMatching(/brownie/i)]);
    expect(foods('fries - nope, onion rings')?.map((f) => f[0])).toEqual(['Fried onion rings']);
    expect(foods('2 slices of pizza, no wait, 3')).toEqual([[expect.stringMatching(/^Pizza/), 3]]);
  });
  it('keeps the amount said of the food corrected when the correction says none ("12 oz diet sprite... nope regular sprite")', () => {
    expect(foods('12 oz diet ginger ale... nope regular ginger ale')).toEqual([[expect.stringMatching(/^Soft drink, ginger ale$/), 12]]);
  });
  it('never reads "no X" after a comma, or "actually" after one, as a correction', () => {
    expect(foods('tacos, no cheese')?.map((f) => f[0])).toEqual([expect.stringMatching(/^Taco/)]);
    expect(foods('pizza, actually 2 slices')).not.toBeNull();
  });
});

describe('what was left out, said after a comma or in a bracket (round 12a)', () => {
  it('reads "no X" after an amount or a comma, and "not sf" in a bracket, as an omission, not a negated meal', () => {
    expect(propose('toaster waffle x3, no syrup, just a tbsp of pb')!.data.foods).toHaveLength(2);
    expect(propose('took out general tsos, ate maybe 1 cup of it, no rice')!.data.foods[0]).toMatchObject({ description: 'General Tso chicken', portion: '1 cup' });
    expect(propose('jello cup (regular, not sf)')!.data.foods[0]!.description).toBe('Gelatin dessert');
    // Still no meal: a negation before any food, and words that only negate.
    for (const m of ['no breakfast, no lunch', "didn't eat, no food", 'skipped lunch, no carbs']) expect(propose(m), m).toBeNull();
  });
});
