import { describe, expect, it } from 'vitest';
import { decodePlxContinuous, decodePlxSpotCheck, encodePlxContinuous, encodePlxSpotCheck } from './pulse-oximeter';
import { hx } from './test-helpers';

describe('PLX Spot-Check 0x2A5E', () => {
  it('decodes SpO2 and pulse rate', () => {
    // flags 0x00; SpO2 0x0062 = 98 %; PR 0x0048 = 72 /min
    expect(decodePlxSpotCheck(hx('00 62 00 48 00')).observations).toEqual([
      { metric: 'spo2', value: 98, unit: '%' },
      { metric: 'heart_rate', value: 72, unit: '/min' },
    ]);
  });

  it('stamps readings with the timestamp unless the device clock is not set', () => {
    // flags 0x01 = timestamp; 2024-03-10 08:30:00
    expect(decodePlxSpotCheck(hx('01 62 00 48 00 E8 07 03 0A 08 1E 00')).observations[0].t).toBe('2024-03-10T08:30:00.000Z');
    // flags 0x11 = timestamp + device clock not set (bit 4): the time means nothing
    const d = decodePlxSpotCheck(hx('11 62 00 48 00 E8 07 03 0A 08 1E 00'));
    expect(d.fields.deviceClockNotSet).toBe(true);
    expect(d.observations[0].t).toBeUndefined();
  });

  it('skips a NaN SpO2 but keeps the pulse rate', () => {
    // SpO2 0x07FF = NaN
    expect(decodePlxSpotCheck(hx('00 FF 07 48 00')).observations).toEqual([{ metric: 'heart_rate', value: 72, unit: '/min' }]);
  });

  it('decodes status fields and the pulse amplitude index', () => {
    // flags 0x0E = measurement status (0x02) + device status (0x04) + PAI (0x08)
    // measurement status 0x0080 = bit 7 validated data; device status 0x000020 = bit 5 low perfusion
    // PAI 0xF019: e = −1, m = 25 → 2.5 %
    expect(decodePlxSpotCheck(hx('0E 62 00 48 00 80 00 20 00 00 19 F0')).fields).toMatchObject({
      measurementStatusActive: ['validated-data'], deviceStatusActive: ['low-perfusion-detected'], pulseAmplitudeIndex: { value: 2.5 },
    });
  });

  it('rejects reserved flags and short frames, and round-trips', () => {
    expect(() => decodePlxSpotCheck(hx('20 62 00 48 00'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodePlxSpotCheck(hx('01 62 00 48 00'))).toThrow(expect.objectContaining({ code: 'short' }));
    const input = { spo2: 95, pulseRate: 61, timestamp: { year: 2025, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0 }, measurementStatus: 0x0100, pulseAmplitudeIndex: 1.2 };
    expect(decodePlxSpotCheck(encodePlxSpotCheck(input)).fields).toMatchObject({ spo2: { value: 95 }, pulseRate: { value: 61 }, measurementStatusActive: ['fully-qualified-data'], pulseAmplitudeIndex: { value: 1.2 } });
  });
});

describe('PLX Continuous 0x2A5F', () => {
  it('decodes normal and fast pairs, observing only the normal one', () => {
    // flags 0x01 = SpO2PR-Fast; normal 0x0061 = 97 %, 0x0046 = 70 /min; fast 0x0060 = 96 %, 0x0047 = 71 /min
    const d = decodePlxContinuous(hx('01 61 00 46 00 60 00 47 00'));
    expect(d.fields.fast).toMatchObject({ spo2: { value: 96 }, pulseRate: { value: 71 } });
    expect(d.observations).toEqual([
      { metric: 'spo2', value: 97, unit: '%' },
      { metric: 'heart_rate', value: 70, unit: '/min' },
    ]);
  });

  it('rejects short frames and round-trips all optional fields', () => {
    expect(() => decodePlxContinuous(hx('03 61 00 46 00 60 00 47 00'))).toThrow(expect.objectContaining({ code: 'short', message: 'plx-continuous: frame is 9 bytes, flags 0x03 need at least 13' }));
    const input = { normal: { spo2: 97, pulseRate: 70 }, slow: { spo2: 96.5, pulseRate: 69 }, deviceStatus: 0x008000, pulseAmplitudeIndex: { special: 'NaN' as const } };
    expect(decodePlxContinuous(encodePlxContinuous(input)).fields).toMatchObject({
      flags: 0x1a, slow: { spo2: { value: 96.5 } }, deviceStatusActive: ['sensor-disconnected'], pulseAmplitudeIndex: { kind: 'special', special: 'NaN' },
    });
  });
});
