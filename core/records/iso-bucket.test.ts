import { describe, expect, it } from 'vitest';
import { isoBucketForTest as isoBucket } from './observations';

describe('bucket times', () => {
  it('are written exactly as Date#toISOString writes them', () => {
    const instants = [0, 60_000, Date.UTC(2024, 1, 29, 23, 59), Date.UTC(2025, 11, 31, 23, 0), Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2030, 0, 1), 1_700_000_000_000, 1_700_000_000_123];
    for (let k = 0; k < 2000; k++) instants.push(Date.UTC(2020, 0, 1) + k * 7 * 60_000 * 13);
    for (const ms of instants) expect(isoBucket(ms)).toBe(new Date(ms).toISOString());
  });
});
