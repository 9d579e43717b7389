import { describe, expect, it } from 'vitest';
import { mergeSubject, type SubjectDoc } from './subject-merge';

const base: SubjectDoc = { name: 'Ada', kind: 'baby', birth_date: null, settings: { baby: { fever_c: 38 }, alerts: { sound: true } }, stamps: {}, created_at: 1000 };

describe('merging a person field by field', () => {
  it('keeps both installs\' edits of different fields, in either order', () => {
    const kiosk: SubjectDoc = { ...base, settings: { ...base.settings, alerts: { sound: false } }, stamps: { 'settings.alerts': 2000 } };
    const laptop: SubjectDoc = { ...base, name: 'Ada L.', settings: { ...base.settings, baby: { fever_c: 38.5 } }, stamps: { name: 2100, 'settings.baby': 2100 } };
    const expected = { name: 'Ada L.', settings: { baby: { fever_c: 38.5 }, alerts: { sound: false } }, stamps: { name: 2100, 'settings.baby': 2100, 'settings.alerts': 2000 } };
    const a = mergeSubject(kiosk, laptop);
    const b = mergeSubject(laptop, kiosk);
    expect(a.changed && b.changed).toBe(true);
    expect(a.merged).toMatchObject(expected);
    expect(b.merged).toMatchObject(expected);
  });

  it('lets the later edit of the same field win, and settles equal times the same way on both sides', () => {
    const early: SubjectDoc = { ...base, name: 'Early', stamps: { name: 2000 } };
    const late: SubjectDoc = { ...base, name: 'Late', stamps: { name: 3000 } };
    expect(mergeSubject(early, late).merged.name).toBe('Late');
    expect(mergeSubject(late, early)).toMatchObject({ changed: false, merged: { name: 'Late' } });
    const x: SubjectDoc = { ...base, name: 'Xavier', stamps: { name: 2000 } };
    const y: SubjectDoc = { ...base, name: 'Yann', stamps: { name: 2000 } };
    expect(mergeSubject(x, y).merged.name).toBe(mergeSubject(y, x).merged.name);
  });

  it('takes a settings part only the other side has, and changes nothing when merged with itself', () => {
    const withTremor: SubjectDoc = { ...base, settings: { ...base.settings, tremor: { band_hz: [4, 6] } }, stamps: { 'settings.tremor': 1500 } };
    expect(mergeSubject(base, withTremor).merged.settings).toEqual({ ...base.settings, tremor: { band_hz: [4, 6] } });
    expect(mergeSubject(withTremor, withTremor).changed).toBe(false);
    expect(mergeSubject(withTremor, base).changed).toBe(false);
  });
});
