import { describe, expect, it } from 'vitest';
import { BabySettings, BabySettingsPatch, DEFAULT_BABY_SETTINGS } from '../../../../api/baby';
import { FIELD_ORDER, NUMBER_KEYS, OFFABLE_KEYS, boundsOf, changedFields, defaultText, draftOf, rangeText, rebase, settingOfErrorField, settingsOf, validate, type Draft } from './monitor-settings-form';

const defaults = BabySettings.parse({});
const withText = (d: Draft, key: keyof Draft['text'], v: string): Draft => ({ ...d, text: { ...d.text, [key]: v } });

describe('the monitor settings form', () => {
  it('lists every setting of the API once', () => {
    expect([...FIELD_ORDER].sort()).toEqual(Object.keys(BabySettingsPatch.shape).sort());
  });

  it("takes each field's bounds from the API schema: its ends pass the server's check and one step beyond fails", () => {
    for (const key of [...NUMBER_KEYS, ...OFFABLE_KEYS]) {
      const b = boundsOf(key);
      const schema = BabySettingsPatch.shape[key];
      const step = b.int ? 1 : 0.01;
      expect(schema.safeParse(b.min).success, `${key} ${b.min}`).toBe(true);
      expect(schema.safeParse(b.max).success, `${key} ${b.max}`).toBe(true);
      expect(schema.safeParse(b.min - step).success, `${key} below`).toBe(false);
      expect(schema.safeParse(b.max + step).success, `${key} above`).toBe(false);
      if (b.int) expect(schema.safeParse(b.min + 0.5).success, `${key} fraction`).toBe(false);
    }
    expect(boundsOf('fever_c')).toEqual({ min: 36, max: 42, int: false });
    expect(rangeText('audio_loss_alert_s')).toBe('10 to 3600 s, whole numbers, or off');
    expect(rangeText('room_min_c')).toBe('-10 to 40 °C');
    expect(defaultText('fever_c')).toBe('Default 38 °C');
    expect(defaultText('cry_alert')).toBe('Default medium priority');
    expect(defaultText('keep_clips')).toBe('Default off');
  });

  it('round-trips the stored settings, `off` included, and finds nothing wrong with the defaults', () => {
    const s: BabySettings = { ...defaults, cry_alert: 'off', audio_loss_alert_s: 'off', silence_alert_s: 120, keep_clips: true };
    const d = draftOf(s);
    expect(d.on).toEqual({ audio_loss_alert_s: false, silence_alert_s: true });
    // An `off` alert offers its default seconds for when it is turned back on.
    expect(d.text.audio_loss_alert_s).toBe(String(DEFAULT_BABY_SETTINGS.audio_loss_alert_s));
    expect(settingsOf(d)).toEqual(s);
    expect(validate(draftOf(defaults))).toEqual({});
  });

  it('names the field of each value the server would refuse, the cross-field ranges included', () => {
    let d = draftOf(defaults);
    d = withText(d, 'fever_c', '45');
    d = withText(d, 'ill_window_min', '2.5');
    d = withText(d, 'humidity_max', '');
    d = withText(d, 'room_min_c', '23');
    d = { ...d, on: { ...d.on, silence_alert_s: true } };
    d = withText(d, 'silence_alert_s', '5');
    const e = validate(d);
    expect(Object.keys(e).sort()).toEqual(['fever_c', 'ill_window_min', 'humidity_max', 'room_min_c', 'silence_alert_s'].sort());
    expect(e.fever_c).toBe('Fever at or above: enter a number from 36 to 42 °C.');
    expect(e.ill_window_min).toMatch(/whole number from 1 to 720 min/);
    expect(e.room_min_c).toBe('Lowest room temperature: must be below the highest room temperature (22 °C).');
    // The humidity range is not compared while one end is not a number.
    expect(e.humidity_min).toBeUndefined();
    // An alert that is off is not checked.
    expect(validate({ ...d, on: { ...d.on, silence_alert_s: false } }).silence_alert_s).toBeUndefined();
    expect(validate(withText(draftOf(defaults), 'fever_c', '37,5'))).toEqual({});
  });

  it('sends only the fields that changed', () => {
    let d = draftOf(defaults);
    expect(changedFields(d, defaults)).toEqual({});
    d = withText(d, 'fever_c', '38.5');
    d = withText(d, 'room_max_c', '24');
    d = { ...d, keep_clips: true, on: { ...d.on, audio_loss_alert_s: false } };
    expect(changedFields(d, defaults)).toEqual({ fever_c: 38.5, room_max_c: 24, keep_clips: true, audio_loss_alert_s: 'off' });
    // Typing the stored value back is no change.
    expect(changedFields(withText(draftOf(defaults), 'fever_c', '38.0'), defaults)).toEqual({});
  });

  it('after a refusal, keeps what the person changed and shows what was changed elsewhere meanwhile', () => {
    const d = withText(draftOf(defaults), 'room_min_c', '20');
    const stored: BabySettings = { ...defaults, room_max_c: 19, fever_c: 38.2, room_min_c: 16 };
    const r = rebase(d, defaults, stored);
    expect(r.elsewhere).toEqual(['fever_c', 'room_max_c']);
    expect(settingsOf(r.draft)).toEqual({ ...stored, room_min_c: 20 });
    expect(validate(r.draft).room_min_c).toMatch(/below the highest room temperature \(19 °C\)/);
  });

  it("reads the setting out of a server error's field", () => {
    expect(settingOfErrorField('settings.room_min_c')).toBe('room_min_c');
    expect(settingOfErrorField('settings.nope')).toBeNull();
    expect(settingOfErrorField('subject_id')).toBeNull();
    expect(settingOfErrorField(undefined)).toBeNull();
  });
});
