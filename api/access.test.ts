import { describe, expect, it } from 'vitest';
import { ROLE_ALLOWS, on, roleAllows } from './access';

describe('the role matrix', () => {
  it('lets viewers only read', () => {
    expect((['read', 'acknowledge', 'write', 'manage', 'own'] as const).filter((n) => roleAllows('viewer', n))).toEqual(['read']);
  });

  it('lets caregivers record and answer alerts but not change thresholds, share or delete', () => {
    expect((['read', 'acknowledge', 'write', 'manage', 'own'] as const).filter((n) => roleAllows('caregiver', n))).toEqual(['read', 'acknowledge', 'write']);
  });

  it('lets clinicians manage thresholds but not share or delete', () => {
    expect((['read', 'acknowledge', 'write', 'manage', 'own'] as const).filter((n) => roleAllows('clinician', n))).toEqual(['read', 'acknowledge', 'write', 'manage']);
  });

  it('gives the owner everything, and each permission implies the weaker ones', () => {
    expect(Object.values(ROLE_ALLOWS).every((roles) => roles.includes('owner'))).toBe(true);
    const order = ['read', 'acknowledge', 'write', 'manage', 'own'] as const;
    for (let i = 1; i < order.length; i++) for (const r of ROLE_ALLOWS[order[i]!]) expect(ROLE_ALLOWS[order[i - 1]!]).toContain(r);
  });

  it('finds the subject in subject_id unless told otherwise', () => {
    expect(on('write')).toEqual({ subject: 'write', from: 'subject_id' });
    expect(on('acknowledge', 'alert:id')).toEqual({ subject: 'acknowledge', from: 'alert:id' });
  });
});
