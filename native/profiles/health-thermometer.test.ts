import { describe, expect, it } from 'vitest';
import { decodeIntermediateTemperature, decodeTemperatureMeasurement, decodeTemperatureType, encodeTemperatureMeasurement } from './health-thermometer';
import { hx } from './test-helpers';

describe('Temperature Measurement 0x2A1C', () => {
  it('decodes °C with time stamp and type', () => {
    // flags 0x06 = time stamp (bit 1) + type (bit 2); bit 0 = 0 → °C
    // FLOAT 6E 01 00 FF = 0xFF00016E: e = −1, m = 0x16E = 366 → 36.6 °C
    // time stamp 2024-03-10 08:30:00; type 0x03 = ear
    const d = decodeTemperatureMeasurement(hx('06 6E 01 00 FF E8 07 03 0A 08 1E 00 03'));
    expect(d.fields).toMatchObject({ unit: '°C', celsius: 36.6, temperatureType: 3, temperatureTypeName: 'ear' });
    expect(d.observations).toEqual([{ metric: 'body_temperature', value: 36.6, unit: '°C', t: '2024-03-10T08:30:00.000Z' }]);
  });

  it('converts °F to °C', () => {
    // flags 0x01 = °F; FLOAT DA 03 00 FF = 0xFF0003DA: m = 986, e = −1 → 98.6 °F
    // (98.6 − 32) × 5/9 = 66.6 × 5/9 = 37.0 °C
    const d = decodeTemperatureMeasurement(hx('01 DA 03 00 FF'));
    expect(d.fields.unit).toBe('°F');
    expect(d.observations).toHaveLength(1);
    expect(d.observations[0].value).toBeCloseTo(37, 10);
    expect(d.observations[0].t).toBeUndefined();
  });

  it('marks FLOAT NaN special and yields no observation', () => {
    // FLOAT FF FF 7F 00 = 0x007FFFFF = NaN
    const d = decodeTemperatureMeasurement(hx('00 FF FF 7F 00'));
    expect(d.fields.temperature).toEqual({ kind: 'special', special: 'NaN', raw: 0x007fffff });
    expect(d.observations).toEqual([]);
    // +INF 0x007FFFFE
    expect(decodeTemperatureMeasurement(hx('00 FE FF 7F 00')).fields.temperature).toMatchObject({ special: '+INF' });
  });

  it('rejects reserved flags and short frames', () => {
    expect(() => decodeTemperatureMeasurement(hx('08 6E 01 00 FF'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeTemperatureMeasurement(hx('02 6E 01 00 FF E8 07'))).toThrow(expect.objectContaining({ code: 'short', message: 'temperature-measurement: frame is 7 bytes, flags 0x02 need at least 12' }));
    expect(() => decodeTemperatureMeasurement(hx('00 6E 01'))).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('gives no observation for intermediate temperatures and decodes the type characteristic', () => {
    expect(decodeIntermediateTemperature(hx('00 6E 01 00 FF')).observations).toEqual([]);
    expect(decodeTemperatureType(hx('06')).fields).toEqual({ temperatureType: 6, temperatureTypeName: 'mouth' });
  });

  it('encodes byte for byte and round-trips', () => {
    const ts = { year: 2024, month: 3, day: 10, hours: 8, minutes: 30, seconds: 0 };
    expect(Array.from(encodeTemperatureMeasurement({ temperature: 36.6, timestamp: ts, temperatureType: 3 }))).toEqual(Array.from(hx('06 6E 01 00 FF E8 07 03 0A 08 1E 00 03')));
    expect(Array.from(encodeTemperatureMeasurement({ temperature: 98.6, unit: '°F' }))).toEqual(Array.from(hx('01 DA 03 00 FF')));
    expect(decodeTemperatureMeasurement(encodeTemperatureMeasurement({ temperature: 37.25, exponent: -2 })).fields.temperature).toEqual({ kind: 'number', value: 37.25, mantissa: 3725, exponent: -2 });
  });
});
