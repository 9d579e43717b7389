import { readFileSync } from 'node:fs';

/** One food of USDA FNDDS 2021–2023 (core/foods/fndds/README.md). */
export interface Food {
  /** The 8-digit FNDDS food code, e.g. "63101000" (Apple, raw). Not an FDC id. */
  code: string;
  /** USDA's "Main food description", unchanged. */
  description: string;
  /** Carbohydrate by difference, fibre included, g per 100 g edible portion. */
  carbsPer100g: number;
  /** Total dietary fibre, g per 100 g. */
  fiberPer100g: number;
  /** USDA's household portions for this food, in USDA's order (seq_num). */
  portions: Portion[];
}

/** One household portion: USDA's description ("1 medium", "1 cup, cooked") and its weight. */
export interface Portion {
  description: string;
  /** Grams of the food in this portion. */
  grams: number;
}

export interface FoodTable {
  foods: Food[];
  byCode: Map<string, Food>;
}

/** Splits one CSV line (RFC 4180 quoting, as USDA's descriptions have commas and quotes). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function rows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.length > 0)
    .map(csvFields);
}

/** Builds the table from the two CSV texts (exported for tests with small fixtures). */
export function parseFoodTable(foodsCsv: string, portionsCsv: string): FoodTable {
  const foods: Food[] = [];
  const byCode = new Map<string, Food>();
  for (const [code, , description, carbs, fiber] of rows(foodsCsv)) {
    const f: Food = { code: code!, description: description!, carbsPer100g: Number(carbs), fiberPer100g: Number(fiber), portions: [] };
    foods.push(f);
    byCode.set(f.code, f);
  }
  const seqs = new Map<Portion, number>();
  for (const [code, seq, description, grams] of rows(portionsCsv)) {
    const f = byCode.get(code!);
    if (!f) continue;
    const p = { description: description!, grams: Number(grams) };
    seqs.set(p, Number(seq));
    f.portions.push(p);
  }
  for (const f of foods) f.portions.sort((a, b) => seqs.get(a)! - seqs.get(b)!);
  return { foods, byCode };
}

let cached: FoodTable | null = null;

/**
 * The FNDDS table shipped in core/foods/fndds/, read and parsed on first use (about 1 MB,
 * tens of milliseconds) and kept for the life of the process.
 */
export function foodTable(): FoodTable {
  if (!cached) {
    const read = (name: string) => readFileSync(new URL(`./fndds/${name}`, import.meta.url), 'utf8');
    cached = parseFoodTable(read('foods.csv'), read('portions.csv'));
  }
  return cached;
}
