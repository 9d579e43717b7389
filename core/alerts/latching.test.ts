import { describe, expect, it } from 'vitest';
import { latches } from './engine';

describe('which alerts latch', () => {
  it('latches high and medium by default and lets low end with its condition', () => {
    expect(latches({ priority: 'high' })).toBe(true);
    expect(latches({ priority: 'medium' })).toBe(true);
    expect(latches({ priority: 'low' })).toBe(false);
  });

  it('follows the rule when it says otherwise', () => {
    expect(latches({ priority: 'medium', latch: false })).toBe(false);
    expect(latches({ priority: 'low', latch: true })).toBe(true);
  });
});
