import { describe, expect, it } from 'vitest';
import { parseHex } from '../hex';
import { decodeWifiFrame } from './frame';

describe('Wi-Fi sensor binary frames', () => {
  it('decodes the example in PROTOCOL.md: 21.5 °C room temperature at 2026-01-01T00:00:00Z', () => {
    expect(decodeWifiFrame(parseHex('010300000000ac4100b9556900000000'))).toEqual([{ metric: 'room_temperature', value: 21.5, t: Date.parse('2026-01-01T00:00:00Z') }]);
  });

  it('reads several records, milliseconds, and time 0 as "when received"', () => {
    const buf = Buffer.alloc(32);
    buf.writeUInt8(1, 0);
    buf.writeUInt8(4, 1);
    buf.writeFloatLE(55, 4);
    buf.writeUInt32LE(1767225600, 8);
    buf.writeUInt16LE(250, 12);
    buf.writeUInt8(1, 16);
    buf.writeUInt8(5, 17);
    buf.writeFloatLE(72, 20);
    expect(decodeWifiFrame(buf)).toEqual([
      { metric: 'humidity', value: 55, t: Date.parse('2026-01-01T00:00:00.250Z') },
      { metric: 'heart_rate', value: 72, t: null },
    ]);
  });

  it('refuses a frame that is not whole records, or a bad version, metric, reserved field or value, naming the record', () => {
    const good = '010300000000ac4100b9556900000000';
    expect(() => decodeWifiFrame(parseHex(good.slice(0, 30)))).toThrow(/16-byte records; this one is 15 bytes/);
    expect(() => decodeWifiFrame(new Uint8Array(0))).toThrow(/0 bytes/);
    expect(() => decodeWifiFrame(parseHex(good + '02' + good.slice(2)))).toThrow(/record 1: version 2/);
    expect(() => decodeWifiFrame(parseHex('01ff' + good.slice(4)))).toThrow(/record 0: unknown metric number 255/);
    expect(() => decodeWifiFrame(parseHex(good.slice(0, 28) + '0100'))).toThrow(/record 0: a reserved field is not 0/);
    expect(() => decodeWifiFrame(parseHex('01030000' + '0000c07f' + good.slice(16)))).toThrow(/not a finite number/);
  });
});
