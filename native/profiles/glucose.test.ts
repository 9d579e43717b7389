import { describe, expect, it } from 'vitest';
import { decodeGlucoseContext, decodeGlucoseFeature, decodeGlucoseMeasurement, encodeGlucoseContext, encodeGlucoseMeasurement } from './glucose';
import { hx } from './test-helpers';

const BASE = { year: 2024, month: 3, day: 10, hours: 8, minutes: 30, seconds: 0 };

describe('Glucose Measurement 0x2A18', () => {
  it('decodes a kg/L reading and converts it to mg/dL', () => {
    // flags 0x03 = time offset (bit 0) + concentration/type/location (bit 1), units bit 2 = 0 → kg/L
    // sequence 0x0001; base time E8 07 03 0A 08 1E 00 = 2024-03-10 08:30:00
    // time offset 0x000F = +15 min
    // concentration 0xB05F: e = 0xB = −5, m = 0x05F = 95 → 95 × 10^−5 kg/L
    //   = 0.00095 kg/L × 100 000 (mg/dL per kg/L: 10^6 mg / 10 dL) = 95 mg/dL
    // type-location 0x11: type 1 capillary whole blood, location 1 finger
    const d = decodeGlucoseMeasurement(hx('03 01 00 E8 07 03 0A 08 1E 00 0F 00 5F B0 11'));
    expect(d.fields).toMatchObject({
      sequenceNumber: 1, baseTime: BASE, timeOffset: 15, unit: 'kg/L', mgdl: 95,
      typeName: 'capillary-whole-blood', sampleLocationName: 'finger', contextFollows: false,
    });
    expect(d.observations).toEqual([{ metric: 'glucose', value: 95, unit: 'mg/dL', t: '2024-03-10T08:45:00.000Z' }]);
  });

  it('converts mol/L with 18.0182 mg/dL per mmol/L', () => {
    // flags 0x07 = 0x03 + bit 2 (mol/L); concentration 0xC037: e = −4, m = 0x037 = 55
    //   → 0.0055 mol/L = 5.5 mmol/L × 18.0182 = 99.1001 mg/dL
    const d = decodeGlucoseMeasurement(hx('07 01 00 E8 07 03 0A 08 1E 00 0F 00 37 C0 11'));
    expect(d.fields.unit).toBe('mol/L');
    expect(d.observations[0].value).toBeCloseTo(99.1001, 10);
  });

  it('applies a negative time offset and the device clock offset', () => {
    // flags 0x03, time offset 0xFFC4 = −60 min, concentration 0xB050 = 80 mg/dL
    const frame = hx('03 02 00 E8 07 03 0A 08 1E 00 C4 FF 50 B0 11');
    expect(decodeGlucoseMeasurement(frame).observations[0]).toEqual({ metric: 'glucose', value: 80, unit: 'mg/dL', t: '2024-03-10T07:30:00.000Z' });
    // a meter set to UTC+2: its 08:30 wall clock is 06:30 UTC, minus 60 min → 05:30Z
    expect(decodeGlucoseMeasurement(frame, { utcOffsetMinutes: 120 }).observations[0].t).toBe('2024-03-10T05:30:00.000Z');
  });

  it('decodes the sensor status annunciation', () => {
    // flags 0x0A = concentration (0x02) + status (0x08); no time offset
    // status 0x0041 = bit 0 battery low + bit 6 result below device range
    const d = decodeGlucoseMeasurement(hx('0A 03 00 E8 07 03 0A 08 1E 00 50 B0 11 41 00'));
    expect(d.fields.sensorStatusActive).toEqual(['device-battery-low', 'result-below-device-range']);
    expect(d.observations[0].t).toBe('2024-03-10T08:30:00.000Z');
  });

  it('gives no observation for a special concentration or a record without one', () => {
    // concentration 0x07FF NaN
    expect(decodeGlucoseMeasurement(hx('02 04 00 E8 07 03 0A 08 1E 00 FF 07 11')).observations).toEqual([]);
    // flags 0x00: just sequence and base time
    expect(decodeGlucoseMeasurement(hx('00 05 00 E8 07 03 0A 08 1E 00')).observations).toEqual([]);
  });

  it('rejects short frames, reserved flags and impossible dates', () => {
    expect(() => decodeGlucoseMeasurement(hx('03 01 00 E8 07 03 0A 08 1E 00 0F 00'))).toThrow(
      expect.objectContaining({ code: 'short', message: 'glucose-measurement: frame is 12 bytes, flags 0x03 need at least 15' }),
    );
    expect(() => decodeGlucoseMeasurement(hx('20 01 00 E8 07 03 0A 08 1E 00'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeGlucoseMeasurement(hx('00 01 00 E8 07 03 0A 18 1E 00'))).toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringContaining('hours 24') }));
    expect(() => decodeGlucoseMeasurement(hx('00 01 00 E8 07 03 0A 08 1E 00 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('encodes byte for byte and round-trips', () => {
    expect(Array.from(encodeGlucoseMeasurement({ sequenceNumber: 1, baseTime: BASE, timeOffset: 15, concentration: 0.00095, unit: 'kg/L', type: 1, sampleLocation: 1 }))).toEqual(
      Array.from(hx('03 01 00 E8 07 03 0A 08 1E 00 0F 00 5F B0 11')),
    );
    const d = decodeGlucoseMeasurement(encodeGlucoseMeasurement({ sequenceNumber: 65535, baseTime: BASE, concentration: 0.0072, unit: 'mol/L', type: 9, sampleLocation: 15, sensorStatus: 0x0800, contextFollows: true }));
    expect(d.fields).toMatchObject({ sequenceNumber: 65535, unit: 'mol/L', type: 9, sampleLocation: 15, sensorStatusActive: ['time-fault'], contextFollows: true });
    expect(d.observations[0].value).toBeCloseTo(7.2 * 18.0182, 9);
  });
});

describe('Glucose Measurement Context 0x2A34', () => {
  it('decodes carbohydrate, meal and HbA1c', () => {
    // flags 0x43 = carbohydrate (0x01) + meal (0x02) + HbA1c (0x40); sequence 0x0001
    // carb ID 0x01 breakfast, carbs 0xE005: e = −2, m = 5 → 0.05 kg (50 g)
    // meal 0x01 preprandial; HbA1c 0xF041: e = −1, m = 65 → 6.5 %
    const f = decodeGlucoseContext(hx('43 01 00 01 05 E0 01 41 F0')).fields;
    expect(f).toMatchObject({
      sequenceNumber: 1,
      carbohydrate: { id: 1, name: 'breakfast', amount: { value: 0.05 } },
      meal: { code: 1, name: 'preprandial' },
      hba1c: { value: 6.5 },
    });
  });

  it('decodes tester/health, exercise and medication in litres', () => {
    // flags 0x3C = tester-health (0x04) + exercise (0x08) + medication (0x10) + litres (0x20)
    // tester-health 0x51: tester 1 self, health 5 no health issues; exercise 0x0E10 = 3600 s, intensity 0x32 = 50 %
    // medication 0x01 rapid-acting insulin, 0xA00A: e = −6, m = 10 → 10 µL (1 U of U-100 insulin)
    const f = decodeGlucoseContext(hx('3C 02 00 51 10 0E 32 01 0A A0')).fields;
    expect(f).toMatchObject({
      testerHealth: { tester: 1, testerName: 'self', health: 5, healthName: 'no-health-issues' },
      exercise: { duration: 3600, intensity: 50 },
      medication: { id: 1, name: 'rapid-acting-insulin', amount: { value: 0.00001 }, unit: 'L' },
    });
  });

  it('rejects a context shorter than its flags and round-trips', () => {
    expect(() => decodeGlucoseContext(hx('43 01 00 01 05'))).toThrow(expect.objectContaining({ code: 'short' }));
    const input = { sequenceNumber: 9, extendedFlags: 0, carbohydrate: { id: 4, amount: 0.03 }, meal: 2, medication: { id: 4, amount: 0.000012, unit: 'kg' as const } };
    expect(decodeGlucoseContext(encodeGlucoseContext(input)).fields).toMatchObject({ sequenceNumber: 9, extendedFlags: 0, carbohydrate: { name: 'snack', amount: { value: 0.03 } }, meal: { name: 'postprandial' }, medication: { unit: 'kg', amount: { value: 0.000012 } } });
  });
});

describe('Glucose Feature 0x2A51', () => {
  it('lists the supported features', () => {
    // 0x0401 = bit 0 low battery detection + bit 10 multiple bond
    expect(decodeGlucoseFeature(hx('01 04')).fields).toEqual({ features: 0x0401, supported: ['low-battery-detection', 'multiple-bond'] });
  });
});
