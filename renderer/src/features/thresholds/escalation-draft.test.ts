import { describe, expect, it } from 'vitest';
import { tierDraftErrors } from './escalation-draft';

describe('the escalation form’s tiers', () => {
  it('names every wrong field by its API name, as the hub would', () => {
    const { errors, tiers } = tierDraftErrors([
      { after_min: '5', label: '', user_ids: ['u1'], roles: [] },
      { after_min: 'soon', label: '', user_ids: [], roles: ['clinician'] },
      { after_min: '3', label: '', user_ids: [], roles: [] },
    ]);
    expect(tiers).toBeNull();
    expect(errors['tiers.1.after_min']).toMatch(/whole number of minutes/);
    expect(errors['tiers.2.user_ids']).toMatch(/needs at least one user or role/);
    // Once each tier is well formed, their order.
    const order = tierDraftErrors([
      { after_min: '5', label: '', user_ids: ['u1'], roles: [] },
      { after_min: '5', label: '', user_ids: [], roles: ['clinician'] },
    ]);
    expect(order.errors).toEqual({ 'tiers.0.after_min': 'tier 1 must start at once (after_min 0)', 'tiers.1.after_min': "must be later than tier 1's 5 min" });
  });

  it('gives the API’s shape when all is well, without empty names', () => {
    expect(tierDraftErrors([
      { after_min: '0', label: ' ', user_ids: ['u1'], roles: [] },
      { after_min: '10', label: 'on-call clinician', user_ids: [], roles: ['clinician'] },
    ])).toEqual({
      errors: {},
      tiers: [
        { after_min: 0, user_ids: ['u1'], roles: [] },
        { after_min: 10, label: 'on-call clinician', user_ids: [], roles: ['clinician'] },
      ],
    });
  });
});
