import { Variant } from 'dbus-next';
import { describe, expect, it } from 'vitest';
import { fromBluezProps, fromNoble } from './ble-adverts';

describe('advertisement reports from BlueZ and noble', () => {
  it('reads BlueZ ServiceData and ManufacturerData as PropertiesChanged carries them (variants)', () => {
    const changed = {
      ServiceData: new Variant('a{sv}', { '0000fcd2-0000-1000-8000-00805f9b34fb': new Variant('ay', Buffer.from([0x40, 0x02, 0xf3, 0xfd])) }),
      ManufacturerData: new Variant('a{qv}', { 60552: new Variant('ay', Buffer.from([0, 0x80, 0xd0, 0xd0, 0x3c, 0])) }),
      RSSI: new Variant('n', -71),
    };
    const a = fromBluezProps('a4:c1:38:00:00:01', changed, 1000, null)!;
    expect(a.address).toBe('A4:C1:38:00:00:01');
    expect(a.rssi).toBe(-71);
    expect([...a.serviceData]).toEqual([['0000fcd2-0000-1000-8000-00805f9b34fb', Uint8Array.from([0x40, 0x02, 0xf3, 0xfd])]]);
    expect([...a.manufacturerData]).toEqual([[0xec88, Uint8Array.from([0, 0x80, 0xd0, 0xd0, 0x3c, 0])]]);
  });

  it('reads GetAll values (already unwrapped) and ignores changes without advertisement data', () => {
    const a = fromBluezProps('A4:C1:38:00:00:01', { ServiceData: { '0000181a-0000-1000-8000-00805f9b34fb': new Variant('ay', Buffer.from([1, 2])) }, Name: 'x' }, 5, -60)!;
    expect(a.rssi).toBe(-60);
    expect(a.serviceData.get('0000181a-0000-1000-8000-00805f9b34fb')).toEqual(Uint8Array.from([1, 2]));
    expect(fromBluezProps('A4:C1:38:00:00:01', { RSSI: -50, Connected: false }, 5, null)).toBeUndefined();
  });

  it('splits the company id (little-endian) off noble’s manufacturer data and widens 16-bit UUIDs', () => {
    const a = fromNoble({ id: 'abc', address: 'a4:c1:38:00:00:02', rssi: -80, advertisement: { serviceData: [{ uuid: 'fcd2', data: Buffer.from([0x40]) }], manufacturerData: Buffer.from([0x88, 0xec, 0, 3, 0x21, 0x5d, 0x64, 0]) } }, 7);
    expect(a.address).toBe('A4:C1:38:00:00:02');
    expect(a.serviceData.get('0000fcd2-0000-1000-8000-00805f9b34fb')).toEqual(Uint8Array.from([0x40]));
    expect(a.manufacturerData.get(0xec88)).toEqual(Uint8Array.from([0, 3, 0x21, 0x5d, 0x64, 0]));
    // macOS: no address, an opaque id instead
    expect(fromNoble({ id: 'f00d', address: 'unknown' }, 7).address).toBe('F00D');
  });
});
