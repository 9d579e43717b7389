import { describe, expect, it } from 'vitest';
import { csvFields, foodTable, parseFoodTable } from './table';

describe('the FNDDS food table', () => {
  it('splits quoted CSV fields with commas and doubled quotes', () => {
    expect(csvFields('1,"Milk, ""whole""",4.6')).toEqual(['1', 'Milk, "whole"', '4.6']);
  });

  it('attaches portions to their food in USDA order', () => {
    const t = parseFoodTable('food_code,source,description,carbs_g_per_100g,fiber_g_per_100g\n1,fndds,"Apple, raw",14.8,2.1\n', 'food_code,seq_num,portion_description,gram_weight\n1,2,1 large,242\n1,1,1 medium,200\n9,1,1 cup,1\n');
    expect(t.byCode.get('1')).toEqual({ code: '1', description: 'Apple, raw', carbsPer100g: 14.8, fiberPer100g: 2.1, portions: [{ description: '1 medium', grams: 200 }, { description: '1 large', grams: 242 }] });
  });

  it('reads the shipped table once: 5,431 foods, 22,043 portions, the README spot checks', () => {
    const t = foodTable();
    expect(foodTable()).toBe(t);
    expect(t.foods).toHaveLength(5431);
    expect(t.foods.reduce((n, f) => n + f.portions.length, 0)).toBe(22043);
    expect(t.byCode.get('63101000')).toMatchObject({ description: 'Apple, raw', carbsPer100g: 14.8 });
    expect(t.byCode.get('63101000')!.portions).toContainEqual({ description: '1 medium', grams: 200 });
    expect(t.byCode.get('56205008')!.portions).toContainEqual({ description: '1 cup, cooked', grams: 158 });
    expect(t.byCode.get('51300110')!.portions).toContainEqual({ description: '1 medium or regular slice', grams: 36 });
  });
});
