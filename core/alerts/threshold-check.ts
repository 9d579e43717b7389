import { badRequest } from '../../api/errors';
import type { Threshold } from '../../api/schemas';

/** What the shape alone cannot say about a threshold set: each needs a bound, and min below max. */
export function checkThresholds(list: readonly Threshold[]): void {
  for (const [i, t] of list.entries()) {
    if ((t.min ?? null) === null && (t.max ?? null) === null) throw badRequest(`threshold ${i}: give min, max or both`, `thresholds[${i}]`);
    if (t.min != null && t.max != null && t.min >= t.max) throw badRequest(`threshold ${i}: min must be below max`, `thresholds[${i}].min`);
  }
}
