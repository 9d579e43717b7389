/**
 * The real type 1 people of ../shared/data/cgm-t1d (README there) for eval-v2.ts, read as
 * train-v2.py reads them: per person, readings (minutes since the epoch, mg/dL, one per time,
 * the lowest of equal times), boluses (units > 0) and meals (grams ≥ 0), each ascending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimedAmount } from './forecast-model-v2';

export { anchorIndices } from './forecast-model-v2';

const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'cgm-t1d');

export interface T1dPerson {
  t: number[];
  v: number[];
  boluses: TimedAmount[];
  meals: TimedAmount[];
}

function rows(file: string): string[][] {
  return readFileSync(join(DIR, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}

const minutes = (iso: string) => Date.parse(iso) / 60_000;

export function loadT1d(ids: readonly string[]): Map<string, T1dPerson> {
  const want = new Set(ids);
  const cgm = new Map<string, Array<[number, number]>>();
  for (const [id, time, g] of rows('cgm.csv')) {
    if (!want.has(id!)) continue;
    let r = cgm.get(id!);
    if (!r) cgm.set(id!, (r = []));
    r.push([minutes(time!), Number(g)]);
  }
  const bol = new Map<string, TimedAmount[]>();
  for (const [id, time, units, kind] of rows('insulin.csv')) {
    if (!want.has(id!) || kind !== 'bolus' || !units || !(Number(units) > 0)) continue;
    let r = bol.get(id!);
    if (!r) bol.set(id!, (r = []));
    r.push({ t: minutes(time!), amount: Number(units) });
  }
  const meal = new Map<string, TimedAmount[]>();
  for (const [id, time, grams] of rows('carbs.csv')) {
    if (!want.has(id!) || !grams || !(Number(grams) >= 0)) continue;
    let r = meal.get(id!);
    if (!r) meal.set(id!, (r = []));
    r.push({ t: minutes(time!), amount: Number(grams) });
  }
  const out = new Map<string, T1dPerson>();
  const byTime = (a: TimedAmount, b: TimedAmount) => a.t - b.t || a.amount - b.amount;
  for (const id of ids) {
    const r = (cgm.get(id) ?? []).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const keep = r.filter((x, i) => i === 0 || x[0] > r[i - 1]![0]);
    out.set(id, { t: keep.map((x) => x[0]), v: keep.map((x) => x[1]), boluses: (bol.get(id) ?? []).sort(byTime), meals: (meal.get(id) ?? []).sort(byTime) });
  }
  return out;
}
