import { describe, expect, it } from 'vitest';
import { decodeHeartRate, encodeHeartRate } from './heart-rate';
import { hx } from './test-helpers';

describe('Heart Rate Measurement 0x2A37', () => {
  it('decodes a uint8 heart rate', () => {
    // flags 0x00: uint8 format, contact not supported; 0x48 = 72 /min
    const d = decodeHeartRate(hx('00 48'));
    expect(d.fields).toEqual({ flags: 0, heartRate: 72, sensorContact: 'not-supported' });
    expect(d.observations).toEqual([{ metric: 'heart_rate', value: 72, unit: '/min' }]);
  });

  it('decodes contact and RR intervals in 1/1024 s', () => {
    // flags 0x16 = RR present (0x10) + contact supported and detected (0x06); HR 0x48 = 72
    // RR 0x0400 = 1024/1024 = 1.0 s, 0x0200 = 512/1024 = 0.5 s
    expect(decodeHeartRate(hx('16 48 00 04 00 02')).fields).toMatchObject({ sensorContact: 'detected', rrIntervalsRaw: [1024, 512], rrIntervals: [1, 0.5] });
  });

  it('decodes uint16 format with energy expended', () => {
    // flags 0x09 = uint16 (0x01) + energy (0x08); HR 0x0096 = 150; energy 0x0123 = 291 kJ
    expect(decodeHeartRate(hx('09 96 00 23 01')).fields).toMatchObject({ heartRate: 150, energyExpended: 291 });
  });

  it('gives no observation when the sensor reports no skin contact', () => {
    // flags 0x04 = contact supported (bit 2) but not detected (bit 1 = 0)
    const d = decodeHeartRate(hx('04 48'));
    expect(d.fields.sensorContact).toBe('not-detected');
    expect(d.observations).toEqual([]);
  });

  it('rejects odd RR bytes, reserved flags and short frames', () => {
    expect(() => decodeHeartRate(hx('10 48 00 04 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeHeartRate(hx('10 48'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeHeartRate(hx('20 48'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeHeartRate(hx('01 48'))).toThrow(expect.objectContaining({ code: 'short', message: 'heart-rate-measurement: frame is 2 bytes, flags 0x01 need at least 3' }));
    expect(() => decodeHeartRate(new Uint8Array(0))).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('encodes byte for byte and round-trips', () => {
    expect(Array.from(encodeHeartRate({ heartRate: 72, sensorContact: 'detected', rrIntervalsRaw: [1024, 512] }))).toEqual(Array.from(hx('16 48 00 04 00 02')));
    expect(Array.from(encodeHeartRate({ heartRate: 150, uint16: true, energyExpended: 291 }))).toEqual(Array.from(hx('09 96 00 23 01')));
    expect(decodeHeartRate(encodeHeartRate({ heartRate: 300 })).fields.heartRate).toBe(300);
  });
});
