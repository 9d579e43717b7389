import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './hlc';
import { mergeSubject, type SubjectDoc } from './subject-merge';

/** A hybrid logical clock stamp at `ms`, counter `counter`, from node `node`. */
const h = (ms: number, counter = 0, node = '00000000000000aa'): string => formatTimestamp({ millis: ms, counter, node });

const base: SubjectDoc = { name: 'Ada', kind: 'baby', birth_date: null, settings: { baby: { fever_c: 38 }, alerts: { sound: true } }, stamps: {}, wall: {}, created_at: 1000, hlc: h(1000) };

describe('merging a person field by field', () => {
  it('keeps both installs\' edits of different fields, in either order', () => {
    const kiosk: SubjectDoc = { ...base, settings: { ...base.settings, alerts: { sound: false } }, stamps: { 'settings.alerts': h(2000, 0, '00000000000000bb') }, wall: { 'settings.alerts': 2000 } };
    const laptop: SubjectDoc = { ...base, name: 'Ada L.', settings: { ...base.settings, baby: { fever_c: 38.5 } }, stamps: { name: h(2100), 'settings.baby': h(2100) }, wall: { name: 2100, 'settings.baby': 2100 } };
    const expected = {
      name: 'Ada L.',
      settings: { baby: { fever_c: 38.5 }, alerts: { sound: false } },
      stamps: { name: h(2100), 'settings.baby': h(2100), 'settings.alerts': h(2000, 0, '00000000000000bb') },
      wall: { name: 2100, 'settings.baby': 2100, 'settings.alerts': 2000 },
    };
    const a = mergeSubject(kiosk, laptop);
    const b = mergeSubject(laptop, kiosk);
    expect(a.changed && b.changed).toBe(true);
    expect(a.merged).toMatchObject(expected);
    expect(b.merged).toMatchObject(expected);
  });

  it('lets the later edit of the same field win, and settles equal stamps the same way on both sides', () => {
    const early: SubjectDoc = { ...base, name: 'Early', stamps: { name: h(2000) } };
    const late: SubjectDoc = { ...base, name: 'Late', stamps: { name: h(3000) } };
    expect(mergeSubject(early, late).merged.name).toBe('Late');
    expect(mergeSubject(late, early)).toMatchObject({ changed: false, merged: { name: 'Late' } });
    const x: SubjectDoc = { ...base, name: 'Xavier', stamps: { name: h(2000) } };
    const y: SubjectDoc = { ...base, name: 'Yann', stamps: { name: h(2000) } };
    expect(mergeSubject(x, y).merged.name).toBe(mergeSubject(y, x).merged.name);
  });

  it('goes by the logical clock, not the wall clock: an edit made after seeing one from a clock an hour ahead wins though its wall time is earlier', () => {
    const ahead: SubjectDoc = { ...base, name: 'From the fast laptop', stamps: { name: h(1000 + 3_600_000, 0, '00000000000000bb') }, wall: { name: 1000 + 3_600_000 } };
    // The clinic saw it (its clock moved to the laptop's), then corrected the name at its own 2000 ms.
    const correction: SubjectDoc = { ...base, name: 'Clinic correction', stamps: { name: h(1000 + 3_600_000, 1) }, wall: { name: 2000 } };
    for (const m of [mergeSubject(ahead, correction).merged, mergeSubject(correction, ahead).merged]) {
      expect(m.name).toBe('Clinic correction');
      expect(m.wall.name).toBe(2000);
    }
    // Between different nodes at the same millis and counter, the node decides, the same way on both sides.
    const p: SubjectDoc = { ...base, name: 'P', stamps: { name: h(5000, 0, '00000000000000aa') } };
    const q: SubjectDoc = { ...base, name: 'Q', stamps: { name: h(5000, 0, '00000000000000bb') } };
    expect([mergeSubject(p, q).merged.name, mergeSubject(q, p).merged.name]).toEqual(['Q', 'Q']);
  });

  it('takes a settings part only the other side has, and changes nothing when merged with itself', () => {
    const withTremor: SubjectDoc = { ...base, settings: { ...base.settings, tremor: { band_hz: [4, 6] } }, stamps: { 'settings.tremor': h(1500) }, wall: { 'settings.tremor': 1500 } };
    expect(mergeSubject(base, withTremor).merged.settings).toEqual({ ...base.settings, tremor: { band_hz: [4, 6] } });
    expect(mergeSubject(withTremor, withTremor).changed).toBe(false);
    expect(mergeSubject(withTremor, base).changed).toBe(false);
  });
});
