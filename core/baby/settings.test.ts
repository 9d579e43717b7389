import { describe, expect, it } from 'vitest';
import { babySettingsFrom } from './settings';
import { stableId } from './ids';

describe('baby settings', () => {
  it('fills in the issue defaults: fever 38.0 °C, a 30-minute window, 16–22 °C, 40–60 %RH for 10 minutes, no audio kept, second-by-second cry readings kept 30 days, listening alerts after 30 s without audio and 60 s of silence', () => {
    expect(babySettingsFrom({})).toEqual({
      fever_c: 38,
      ill_window_min: 30,
      room_min_c: 16,
      room_max_c: 22,
      humidity_min: 40,
      humidity_max: 60,
      room_sustain_min: 10,
      cry_alert: 'medium',
      keep_clips: false,
      clip_retention_days: 7,
      window_retention_days: 30,
      audio_loss_alert_s: 30,
      silence_alert_s: 60,
    });
  });

  it('keeps the valid stored values and falls back to the default for a value out of range', () => {
    const s = babySettingsFrom({ baby: { fever_c: 37.8, ill_window_min: -5, keep_clips: true, unknown: 1 } });
    expect(s.fever_c).toBe(37.8);
    expect(s.ill_window_min).toBe(30);
    expect(s.keep_clips).toBe(true);
  });

  it('takes `off` or whole seconds within bounds for the listening alerts, and falls back to the default otherwise', () => {
    expect(babySettingsFrom({ baby: { audio_loss_alert_s: 'off', silence_alert_s: 120 } })).toMatchObject({ audio_loss_alert_s: 'off', silence_alert_s: 120 });
    expect(babySettingsFrom({ baby: { audio_loss_alert_s: 5, silence_alert_s: 'never' } })).toMatchObject({ audio_loss_alert_s: 30, silence_alert_s: 60 });
  });
});

describe('stable ids', () => {
  it('gives the same UUID-shaped id for the same parts and different ids for different parts', () => {
    const a = stableId('subject', 'file:abc', 'window', 3);
    expect(a).toBe(stableId('subject', 'file:abc', 'window', 3));
    expect(a).not.toBe(stableId('subject', 'file:abc', 'window', 4));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
