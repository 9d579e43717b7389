import { describe, expect, it } from 'vitest';
import { decodeCharacteristic, findDecoder, REGISTRY } from './index';
import { parseHex } from './hex';

describe('decodeCharacteristic', () => {
  it('accepts the 16-bit UUID in any spelling, the 128-bit form and the name', () => {
    // Temperature Measurement, 36.6 °C (see health-thermometer.test.ts)
    const bytes = parseHex('00 6E 01 00 FF');
    for (const key of ['2A1C', '2a1c', '0x2A1C', '00002a1c-0000-1000-8000-00805f9b34fb', 'temperature-measurement', 'Temperature-Measurement']) {
      const d = decodeCharacteristic(key, bytes);
      expect(d.characteristic, key).toBe('temperature-measurement');
      expect(d.observations, key).toEqual([{ metric: 'body_temperature', value: 36.6, unit: '°C' }]);
    }
  });

  it('knows every name the contract lists', () => {
    for (const name of ['temperature-measurement', 'temperature', 'humidity', 'heart-rate-measurement', 'glucose-measurement', 'cgm-measurement', 'plx-spot-check', 'plx-continuous', 'blood-pressure-measurement', 'battery-level']) {
      expect(findDecoder(name)?.name, name).toBe(name);
    }
    expect(findDecoder('2A6E')?.name).toBe('temperature');
    expect(new Set(REGISTRY.map((d) => d.uuid)).size).toBe(REGISTRY.length);
  });

  it('times CGM readings from the session start it is given', () => {
    // 120 mg/dL at +5 min (cgm.test.ts)
    const d = decodeCharacteristic('cgm-measurement', parseHex('06 00 78 00 05 00'), { baseTime: new Date('2026-01-02T00:00:00Z') });
    expect(d.observations).toEqual([{ metric: 'glucose', value: 120, unit: 'mg/dL', t: '2026-01-02T00:05:00.000Z' }]);
  });

  it('yields a JSON-safe result with special values in fields and no observation', () => {
    const d = decodeCharacteristic('2A37', parseHex('00 48'));
    expect(JSON.parse(JSON.stringify(d))).toEqual({ characteristic: 'heart-rate-measurement', fields: { flags: 0, heartRate: 72, sensorContact: 'not-supported' }, observations: [{ metric: 'heart_rate', value: 72, unit: '/min' }] });
    const nan = decodeCharacteristic('glucose-measurement', parseHex('02 04 00 E8 07 03 0A 08 1E 00 FF 07 11'));
    expect(nan.fields.concentration).toEqual({ kind: 'special', special: 'NaN', raw: 0x07ff });
    expect(nan.observations).toEqual([]);
  });

  it('reads RACP filters as the caller names the service', () => {
    expect(decodeCharacteristic('racp', parseHex('01 03 01 78 00'), { racpProfile: 'cgm' }).fields).toMatchObject({ filter: { type: 'time-offset', from: 120 } });
    expect(decodeCharacteristic('2A52', parseHex('01 03 01 78 00')).fields).toMatchObject({ filter: { type: 'sequence-number', from: 120 } });
  });

  it('throws a typed error for unknown characteristics and bad frames', () => {
    expect(() => decodeCharacteristic('2A00', parseHex('00'))).toThrow(expect.objectContaining({ code: 'unknown_characteristic', message: expect.stringMatching(/^no decoder for characteristic 0x2A00/) }));
    expect(() => decodeCharacteristic('thermometer', parseHex('00'))).toThrow(expect.objectContaining({ code: 'unknown_characteristic' }));
    expect(() => decodeCharacteristic('cgm-measurement', parseHex('06 00 78 00 05'))).toThrow(expect.objectContaining({ code: 'short', isDecodeError: true }));
  });
});
