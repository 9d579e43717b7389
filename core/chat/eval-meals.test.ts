import { describe, expect, it } from 'vitest';
import { runEval, wilson } from './eval-meals';

describe('the chat evaluation', () => {
  it('gives the Wilson 95 % interval of a share (checked against the closed form by hand)', () => {
    // 30/30: low = n / (n + z²) = 30 / 33.8416.
    const all = wilson(30, 30);
    expect(all.low).toBeCloseTo(30 / (30 + 1.96 ** 2), 6);
    expect(all.high).toBe(1);
    // 8/10: centre (0.8 + 0.19208) / 1.38416 = 0.71674, half 1.416·√(0.016 + 0.009604)/1.38416 = 0.16369.
    const some = wilson(8, 10);
    expect(some.low).toBeCloseTo(0.4902, 3);
    expect(some.high).toBeCloseTo(0.9433, 3);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('scores a set from its food codes and portions: a right estimate is within 20 %, a wrong one is not', () => {
    const { summary, results } = runEval([
      { message: 'a banana', items: [{ food_code: '63107010', portion: '1 banana', quantity: 1 }] },
      // Means two bananas; the estimator reads one.
      { message: 'a banana', items: [{ food_code: '63107010', portion: '1 banana', quantity: 2 }] },
      { message: 'took 4 units', proposal: false },
    ]);
    expect(summary.meal_messages).toBe(2);
    expect(summary.within_20_percent).toBe(1);
    expect(summary.no_proposal_cases_passed).toBe(1);
    expect(results[1]).toMatchObject({ within_20_percent: false });
    expect(summary.wilson_95.low).toBeLessThan(0.5);
  });
});
