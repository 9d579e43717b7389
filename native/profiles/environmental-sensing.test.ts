import { describe, expect, it } from 'vitest';
import { decodeEssHumidity, decodeEssTemperature, encodeEssHumidity, encodeEssTemperature } from './environmental-sensing';
import { hx } from './test-helpers';

describe('ESS Temperature 0x2A6E and Humidity 0x2A6F', () => {
  it('decodes sint16 hundredths of a degree', () => {
    // 0x0866 = 2150 → 21.50 °C
    expect(decodeEssTemperature(hx('66 08')).observations).toEqual([{ metric: 'room_temperature', value: 21.5, unit: '°C' }]);
    // 0xFDF3 = −525 → −5.25 °C
    expect(decodeEssTemperature(hx('F3 FD')).fields.celsius).toBe(-5.25);
  });

  it('treats 0x8000 as "not known" with no observation', () => {
    expect(decodeEssTemperature(hx('00 80'))).toEqual({ fields: { raw: -32768, special: 'unknown' }, observations: [] });
  });

  it('decodes uint16 hundredths of a percent', () => {
    // 0x11D7 = 4567 → 45.67 %RH
    expect(decodeEssHumidity(hx('D7 11')).observations).toEqual([{ metric: 'humidity', value: 45.67, unit: '%RH' }]);
    expect(decodeEssHumidity(hx('FF FF')).observations).toEqual([]);
    // 0x2711 = 10001 → 100.01 %, above the defined range
    expect(() => decodeEssHumidity(hx('11 27'))).toThrow(expect.objectContaining({ code: 'reserved' }));
  });

  it('rejects frames of the wrong length', () => {
    expect(() => decodeEssTemperature(hx('66'))).toThrow(expect.objectContaining({ code: 'short', message: 'temperature: frame is 1 bytes, temperature needs at least 2' }));
    expect(() => decodeEssHumidity(hx('D7 11 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('encodes byte for byte', () => {
    expect(Array.from(encodeEssTemperature(21.5))).toEqual([0x66, 0x08]);
    expect(Array.from(encodeEssTemperature(-5.25))).toEqual([0xf3, 0xfd]);
    expect(Array.from(encodeEssTemperature('unknown'))).toEqual([0x00, 0x80]);
    expect(Array.from(encodeEssHumidity(45.67))).toEqual([0xd7, 0x11]);
    expect(() => encodeEssHumidity(101)).toThrow(RangeError);
  });
});
