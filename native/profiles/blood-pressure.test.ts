import { describe, expect, it } from 'vitest';
import { decodeBloodPressure, decodeIntermediateCuffPressure, encodeBloodPressure } from './blood-pressure';
import { hx } from './test-helpers';

describe('Blood Pressure Measurement 0x2A35', () => {
  it('decodes mmHg with time stamp, pulse rate and status', () => {
    // flags 0x16 = time stamp (0x02) + pulse rate (0x04) + measurement status (0x10); bit 0 = 0 → mmHg
    // systolic 0x0078 = 120, diastolic 0x0050 = 80, MAP 0xF3A5: e = −1, m = 0x3A5 = 933 → 93.3
    // time stamp 2024-03-10 08:30:00, pulse 0x0048 = 72, status 0x0004 = irregular pulse (bit 2)
    const d = decodeBloodPressure(hx('16 78 00 50 00 A5 F3 E8 07 03 0A 08 1E 00 48 00 04 00'));
    expect(d.fields.status).toEqual({ bodyMovement: false, cuffTooLoose: false, irregularPulse: true, pulseRateRange: 'within', improperPosition: false });
    const t = '2024-03-10T08:30:00.000Z';
    expect(d.observations).toEqual([
      { metric: 'systolic_bp', value: 120, unit: 'mmHg', t },
      { metric: 'diastolic_bp', value: 80, unit: 'mmHg', t },
      { metric: 'mean_arterial_pressure', value: 93.3, unit: 'mmHg', t },
      { metric: 'heart_rate', value: 72, unit: '/min', t },
    ]);
  });

  it('converts kPa to mmHg', () => {
    // flags 0x01 = kPa; systolic 0xF0A0: m = 160, e = −1 → 16.0 kPa × 7.50062 = 120.00992 mmHg
    // diastolic 0xF06B: m = 107 → 10.7 kPa → 80.256634 mmHg; MAP 0xF07D: m = 125 → 12.5 kPa → 93.75775 mmHg
    const d = decodeBloodPressure(hx('01 A0 F0 6B F0 7D F0'));
    expect(d.observations.map((o) => o.unit)).toEqual(['mmHg', 'mmHg', 'mmHg']);
    expect(d.observations[0].value).toBeCloseTo(120.00992, 9);
    expect(d.observations[1].value).toBeCloseTo(80.256634, 9);
    expect(d.observations[2].value).toBeCloseTo(93.75775, 9);
  });

  it('decodes user ID and pulse-rate range bits', () => {
    // flags 0x18 = user ID (0x08) + status (0x10); user 0x01; status 0x0008 → bits 3–4 = 01 = above upper limit
    expect(decodeBloodPressure(hx('18 78 00 50 00 A5 F3 01 08 00')).fields).toMatchObject({ userId: 1, status: { pulseRateRange: 'above' } });
    // status 0x0010 → bits 3–4 = 10 = below lower limit
    expect(decodeBloodPressure(hx('10 78 00 50 00 A5 F3 10 00')).fields.status?.pulseRateRange).toBe('below');
  });

  it('skips a NaN MAP and gives no observations for intermediate cuff pressure', () => {
    // MAP 0x07FF = NaN
    expect(decodeBloodPressure(hx('00 78 00 50 00 FF 07')).observations.map((o) => o.metric)).toEqual(['systolic_bp', 'diastolic_bp']);
    expect(decodeIntermediateCuffPressure(hx('00 8C 00 FF 07 FF 07')).observations).toEqual([]);
  });

  it('rejects reserved flags and short frames, and round-trips', () => {
    expect(() => decodeBloodPressure(hx('20 78 00 50 00 A5 F3'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeBloodPressure(hx('04 78 00 50 00 A5 F3'))).toThrow(expect.objectContaining({ code: 'short', message: 'blood-pressure-measurement: frame is 7 bytes, flags 0x04 need at least 9' }));
    const input = { unit: 'kPa' as const, systolic: 18.2, diastolic: 11, meanArterialPressure: 13.4, pulseRate: 88, userId: 255, measurementStatus: 0x21 };
    expect(decodeBloodPressure(encodeBloodPressure(input)).fields).toMatchObject({ unit: 'kPa', systolic: { value: 18.2 }, userId: 255, status: { bodyMovement: true, improperPosition: true } });
    expect(Array.from(encodeBloodPressure({ systolic: 120, diastolic: 80, meanArterialPressure: 93.3 }))).toEqual(Array.from(hx('00 78 00 50 00 A5 F3')));
  });
});
