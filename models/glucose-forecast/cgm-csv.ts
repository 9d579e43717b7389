/**
 * CGM series for the evaluations (eval.ts, core/alerts/trend-calibration.ts): the real
 * examples in ../shared/data/cgm/real (`id,time,gl`, times read as UTC) or a simulated
 * file from scripts/glucose-forecast/make-sim.ts, one ascending series per person with one reading per time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REAL_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'cgm', 'real');
const REAL_FILES = ['example_data_5_subject.csv', 'example_data_hall.csv'];

/** Per person: times in minutes since the epoch and mg/dL, ascending, first reading of each time kept (as train.py). */
export function loadCgm(file: string): Map<string, { t: number[]; v: number[] }> {
  const by = new Map<string, Array<[number, number]>>();
  const lines = readFileSync(file.includes('/') ? file : join(REAL_DIR, file), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const t = Date.parse(cells[1]!.replace(' ', 'T') + 'Z') / 60_000;
    let rows = by.get(cells[0]!);
    if (!rows) by.set(cells[0]!, (rows = []));
    rows.push([t, Number(cells[2])]);
  }
  const out = new Map<string, { t: number[]; v: number[] }>();
  for (const [id, rows] of by) {
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const keep = rows.filter((r, i) => i === 0 || r[0] > rows[i - 1]![0]);
    out.set(id, { t: keep.map((r) => r[0]), v: keep.map((r) => r[1]) });
  }
  return out;
}

export const loadRealCgm = () => new Map(REAL_FILES.flatMap((f) => [...loadCgm(f)]));

/** First index with t[i] ≥ x. */
function lowerBound(t: readonly number[], x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the reading nearest `target` (minutes) if one is within 2.5 minutes of it, else -1. */
export function readingNear(t: readonly number[], target: number): number {
  let best = -1;
  for (let k = lowerBound(t, target - 2.5); k < t.length && t[k]! <= target + 2.5; k++) {
    if (best < 0 || Math.abs(t[k]! - target) < Math.abs(t[best]! - target)) best = k;
  }
  return best;
}
