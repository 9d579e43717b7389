import { describe, expect, it } from 'vitest';
import { estimateMeal } from './estimate';
import { correct, editDistance, isEnglishWord } from './spelling';

const vocab = new Map<string, number>([['banana', 9], ['sundae', 3], ['shake', 5], ['grain', 7], ['pierogi', 1], ['scrambled', 4], ['lasagna', 2], ['chicken', 20], ['pepper', 6], ['bread', 30], ['light', 8], ['glazed', 3]]);

describe('spelling correction', () => {
  it('corrects words that are no English word within the typo budget', () => {
    expect(correct('bannana', vocab)).toBe('banana');
    expect(correct('chiken', vocab)).toBe('chicken');
    expect(correct('bred', vocab)).toBeNull(); // four letters: no budget
    expect(editDistance('chiken', 'chicken')).toBe(1);
  });

  it('never reads a real English word as a different word', () => {
    // One letter from a food each, none of them a food.
    for (const w of ['sunday', 'shaky', 'train', 'break', 'night', 'flight', 'popper', 'friend', 'lover']) expect(correct(w, vocab), w).toBeNull();
    expect(isEnglishWord('shaky')).toBe(true);
    expect(isEnglishWord('bannana')).toBe(false);
  });

  it('knows the days, months, holidays and names the word list lacks', () => {
    for (const w of ['sunday', 'tuesday', 'december', 'xmas', 'thanksgiving', 'chinatown', 'shabbat']) expect(isEnglishWord(w), w).toBe(true);
  });

  it('still reads a real word as the same word in an inflection the stemmer misses, or another spelling of a food', () => {
    expect(correct('pierogy', vocab)).toBe('pierogi'); // "pierogies": the same plural
    expect(correct('scramble', vocab)).toBe('scrambled');
    expect(correct('glaze', vocab)).toBe('glazed');
    expect(correct('lasagne', vocab)).toBe('lasagna');
  });
});

describe('meals: a word of the message never becomes an unrelated food by spelling', () => {
  const names = (text: string) => estimateMeal(text).foods.map((f) => f.description);

  it('leaves days and ordinary words out of the foods', () => {
    expect(names('2 pancakes, monday breakfast')).toEqual([expect.stringMatching(/^Pancakes/)]);
    expect(names('a cup of applesauce, felt shaky')).toEqual([expect.stringMatching(/^Applesauce/)]);
    expect(names('a bagel on the train')).toEqual([expect.stringMatching(/^Bagel/)]);
  });

  it('still corrects a misspelt food', () => {
    expect(names('had a bannana and some chiken')).toEqual([expect.stringMatching(/^Banana/), expect.stringMatching(/^Chicken/)]);
    expect(names('2 slices of lasagne')).toEqual([expect.stringMatching(/^Lasagna/)]);
  });
});

describe('round 13: a corrected word reads as the food spelt right would', () => {
  const names = (text: string) => estimateMeal(text).foods.map((f) => f.description);

  it('a name of several words is found once a word of it is corrected', () => {
    expect(names('3 chiken tenders')).toEqual([expect.stringMatching(/^Chicken tenders/)]);
    expect(names('a bluebery yogurt')).toEqual([expect.stringMatching(/^Yogurt.*fruit/)]);
  });

  it('a word written short, letters left out, is the food; a real word never is', () => {
    expect(names('a chikn sandwich')).toEqual([expect.stringMatching(/^Chicken/)]);
    expect(names('1 cup brocli')).toEqual([expect.stringMatching(/^Broccoli/)]);
    expect(names('a bagel on the train')).toEqual([expect.stringMatching(/^Bagel/)]);
  });
});

describe('round 15c: short forms typed with letters left out', () => {
  const names = (text: string) => estimateMeal(text).foods.map((f) => f.description);
  it('reads chkn, cinn, mozz, parm, choco as their words', () => {
    expect(names('6 chkn nuggets')).toEqual([expect.stringMatching(/^Chicken nuggets/)]);
    expect(names('a cinn roll')).toEqual([expect.stringMatching(/cinnamon/i)]);
    expect(names('chicken parm 1 cup')).toEqual([expect.stringMatching(/parmigiana/i)]);
    expect(names('choco chip cookie')).toEqual([expect.stringMatching(/chocolate chip/i)]);
  });

  it('reads the plural of a pb&j in every spelling as sandwiches', () => {
    for (const said of ['2 pb&js', '2 pbjs', '2 pb and js', '2 pb n js']) expect(estimateMeal(said).foods, said).toEqual([expect.objectContaining({ description: 'Peanut butter and jelly sandwich, NFS', quantity: 2 })]);
  });
});

describe('round 15c: a misspelt food said with a meal word as context, or alone, is still about eating', () => {
  const names = (text: string) => estimateMeal(text).foods.map((f) => f.description);
  it('corrects the food when the meal word was context ("for dinner") that is left out', () => {
    expect(names('beef enchillada for dinner')).toEqual([expect.stringMatching(/^Enchilada/)]);
  });

  it('corrects a message of foods alone when each misspelling is no English word of six letters or more', () => {
    expect(names('fetucine alfredo')).toEqual([expect.stringMatching(/^Pasta with cream sauce/)]);
    expect(names('chesecake')).toEqual([expect.stringMatching(/^Cheesecake/)]);
    // Names and short words stay uncorrected: no food is made of them.
    expect(names('walked with jenna')).toEqual([]);
    expect(names('sunday brunch')).toEqual([]);
  });
});
