import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hx } from '../test-helpers';
import { toHex } from '../hex';
import {
  BTHOME_OBJECTS, aes128EncryptBlock, aesCcmDecrypt, aesCcmEncrypt, decodeAtcPvvx, decodeBthome, decodeGoveeH5075,
  decodeManufacturerData, decodeServiceData, encodeAtc1441, encodeBthome, encodeGoveeH5075, encodePvvx,
} from './index';

/** The BTHome encryption page's example key (bthome.io/encryption). */
const SPEC_KEY = hx('231d39c1d7cc1ab1aee224cd096db932');
const SPEC_MAC = '54:48:E6:8F:80:A5';

describe('AES-128 and AES-CCM (pure TypeScript)', () => {
  it('encrypts the FIPS-197 Appendix C.1 block', () => {
    // key 000102…0f, plaintext 00112233…ff → 69c4e0d8 6a7b0430 d8cdb780 70b4c55a
    expect(toHex(aes128EncryptBlock(hx('000102030405060708090a0b0c0d0e0f'), hx('00112233445566778899aabbccddeeff')))).toBe('69c4e0d86a7b0430d8cdb78070b4c55a');
  });

  it('agrees with Node’s aes-128-ccm for messages of 0 to 40 bytes', () => {
    const key = hx('000102030405060708090a0b0c0d0e0f');
    const nonce = hx('101112131415161718191a1b1c');
    for (let n = 0; n <= 40; n++) {
      const msg = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const c = createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
      const ref = Buffer.concat([c.update(msg), c.final()]);
      const mine = aesCcmEncrypt(key, nonce, msg, 4);
      expect(toHex(mine.ciphertext)).toBe(ref.toString('hex'));
      expect(toHex(mine.tag)).toBe(c.getAuthTag().toString('hex'));
      expect(aesCcmDecrypt(key, nonce, mine.ciphertext, mine.tag)).toEqual(msg);
    }
  });

  it('refuses a changed ciphertext or tag', () => {
    const key = hx('000102030405060708090a0b0c0d0e0f');
    const nonce = hx('101112131415161718191a1b1c');
    const { ciphertext, tag } = aesCcmEncrypt(key, nonce, hx('0102030405'), 4);
    const bent = Uint8Array.from(ciphertext);
    bent[0] ^= 1;
    expect(aesCcmDecrypt(key, nonce, bent, tag)).toBeUndefined();
    expect(aesCcmDecrypt(key, nonce, ciphertext, Uint8Array.from(tag, (b, i) => (i === 3 ? b ^ 0x80 : b)))).toBeUndefined();
  });
});

describe('BTHome v2 (service data 0xFCD2)', () => {
  it('decodes the format page’s temperature, humidity, battery, voltage and packet id frame', () => {
    // 40 = 0b010_00_0_0_0: version 2, not trigger-based, no MAC, not encrypted.
    // 00 3F packet id 63 · 01 5E battery 94 % · 02 8208 → 0x0882 = 2178 × 0.01 = 21.78 °C
    // 03 AC17 → 0x17AC = 6060 × 0.01 = 60.60 % · 0C 830B → 0x0B83 = 2947 × 0.001 = 2.947 V
    const d = decodeBthome(hx('40 003F 015E 028208 03AC17 0C830B'));
    expect(d.fields).toMatchObject({ version: 2, encrypted: false, trigger_based: false, packet_id: 63 });
    expect(d.fields.objects).toEqual([
      { id: '0x00', name: 'packet_id', value: 63 },
      { id: '0x01', name: 'battery', value: 94, unit: '%' },
      { id: '0x02', name: 'temperature', value: 21.78, unit: '°C' },
      { id: '0x03', name: 'humidity', value: 60.6, unit: '%' },
      { id: '0x0c', name: 'voltage', value: 2.947, unit: 'V' },
    ]);
    expect(d.observations).toEqual([
      { metric: 'room_temperature', value: 21.78, unit: '°C' },
      { metric: 'humidity', value: 60.6, unit: '%RH' },
      { metric: 'battery_level', value: 94, unit: '%' },
    ]);
  });

  it('reads negative temperatures in both resolutions', () => {
    // 02 F3FD → 0xFDF3 = 65011 − 65536 = −525 × 0.01 = −5.25 °C
    expect(decodeBthome(hx('40 02F3FD')).observations).toEqual([{ metric: 'room_temperature', value: -5.25, unit: '°C' }]);
    // 45 DEFF → 0xFFDE = −34 × 0.1 = −3.4 °C; 2E 23 → humidity 35 % (uint8)
    expect(decodeBthome(hx('40 45DEFF 2E23')).observations).toEqual([
      { metric: 'room_temperature', value: -3.4, unit: '°C' },
      { metric: 'humidity', value: 35, unit: '%RH' },
    ]);
    // 57 EC → sint8 −20 °C; 58 E2 → sint8 −30 × 0.35 = −10.5 °C (first temperature wins)
    expect(decodeBthome(hx('40 57EC 58E2')).fields.objects.map((o) => o.value)).toEqual([-20, -10.5]);
  });

  it('skips listed objects it does not observe, including text and raw with their length byte', () => {
    // 44 = version 2, trigger-based. 04 138A01 → 0x018A13 = 100883 × 0.01 = 1008.83 hPa
    // 21 01 motion · 53 05 "Hello" · 54 02 ABCD raw · F0 0100 device type 1 · 02 C409 → 25.00 °C
    const d = decodeBthome(hx('44 04138A01 2101 5305 48656C6C6F 5402ABCD F00100 02C409'));
    expect(d.fields.trigger_based).toBe(true);
    expect(d.fields.objects.map((o) => [o.name, o.value])).toEqual([
      ['pressure', 1008.83], ['motion', 1], ['text', 'Hello'], ['raw', 'abcd'], ['device_type_id', 1], ['temperature', 25],
    ]);
    expect(d.observations).toEqual([{ metric: 'room_temperature', value: 25, unit: '°C' }]);
  });

  it('knows a size for every listed object id, and stops with an error at an id it does not know', () => {
    expect(BTHOME_OBJECTS.size).toBeGreaterThan(90);
    for (const [id, t] of BTHOME_OBJECTS) if (id !== 0x53 && id !== 0x54) expect(t.size, `0x${id.toString(16)}`).toBeGreaterThan(0);
    // 0x30 is not in the table: its length is unknown, so the 02 that follows cannot be read.
    expect(() => decodeBthome(hx('40 015E 3001 02C409'))).toThrow(expect.objectContaining({ code: 'reserved', message: expect.stringMatching(/object id 0x30 at byte 2/) }));
  });

  it('refuses other versions, reserved device info bits and truncated objects', () => {
    expect(() => decodeBthome(hx('20 02CA09'))).toThrow(expect.objectContaining({ code: 'reserved', message: expect.stringMatching(/version 1/) }));
    expect(() => decodeBthome(hx('48 02CA09'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeBthome(hx('40 02CA'))).toThrow(expect.objectContaining({ code: 'short', message: 'bthome: object 0x02 (temperature) needs 2 bytes, 1 left' }));
    expect(() => decodeBthome(hx(''))).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('decrypts the encryption page’s example with its key', () => {
    // bthome.io/encryption: plaintext objects 02CA09 03BF13 (0x09CA = 2506 → 25.06 °C,
    // 0x13BF = 5055 → 50.55 %), key 231d39c1…, MAC 5448E68F80A5, device info 0x41,
    // counter 00112233 as sent (uint32 LE = 0x33221100 = 857870592).
    // nonce = 5448e68f80a5 · d2fc · 41 · 00112233 (the page's 5448e68f80a5d2fc4100112233)
    // AES-CCM(M=4) → ciphertext a47266c95f73, MIC 78237214; the frame is
    // device info · ciphertext · counter · MIC:
    const frame = hx('41 a47266c95f73 00112233 78237214');
    const d = decodeBthome(frame, { key: SPEC_KEY, mac: SPEC_MAC });
    expect(d.fields).toMatchObject({ encrypted: true, counter: 0x33221100 });
    expect(d.observations).toEqual([
      { metric: 'room_temperature', value: 25.06, unit: '°C' },
      { metric: 'humidity', value: 50.55, unit: '%RH' },
    ]);
    // and our encoder produces the same bytes from the same inputs
    expect(toHex(encodeBthome({ celsius: 25.06, humidityPercent: 50.55 }, { key: SPEC_KEY, mac: SPEC_MAC, counter: 0x33221100 }))).toBe(toHex(frame));
  });

  it('decrypts a frame that carries its own MAC (device info bit 1) without being told the address', () => {
    // 43 = encrypted + MAC included; a5808fe64854 is 54:48:E6:8F:80:A5 reversed; the nonce
    // uses device info 0x43 (bthome-ble's test vector).
    const d = decodeBthome(hx('43 a5808fe64854 f196c06ffb49 00112233 f08ecbde'), { key: SPEC_KEY });
    expect(d.fields.mac).toBe(SPEC_MAC);
    expect(d.observations.map((o) => o.value)).toEqual([25.06, 50.55]);
  });

  it('says a key is needed, a MAC is needed, or the MIC does not match', () => {
    const frame = hx('41 a47266c95f73 00112233 78237214');
    expect(() => decodeBthome(frame)).toThrow(expect.objectContaining({ code: 'needs_key', message: expect.stringMatching(/encrypted.*bind key/) }));
    expect(() => decodeBthome(frame, { key: SPEC_KEY })).toThrow(expect.objectContaining({ code: 'needs_key', message: expect.stringMatching(/MAC/) }));
    expect(() => decodeBthome(frame, { key: hx('00'.repeat(16)), mac: SPEC_MAC })).toThrow(expect.objectContaining({ code: 'bad_mic' }));
    expect(() => decodeBthome(frame, { key: SPEC_KEY, mac: '54:48:E6:8F:80:A6' })).toThrow(expect.objectContaining({ code: 'bad_mic' }));
    expect(() => decodeBthome(hx('41 00112233 7823'), { key: SPEC_KEY, mac: SPEC_MAC })).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('round-trips a plain frame with a negative temperature', () => {
    const b = encodeBthome({ packetId: 7, batteryPercent: 80, celsius: -12.34, humidityPercent: 88.1 });
    // 40 · 00 07 · 01 50 · 02 2EFB (−1234 = 0xFB2E) · 03 6A22 (8810 = 0x226A)
    expect(toHex(b)).toBe('400007015002 2efb 036a22'.replace(/ /g, ''));
    expect(decodeServiceData('FCD2', b)).toMatchObject({ format: 'bthome-v2', counter: { value: 7, bits: 8 } });
  });
});

describe('pvvx and ATC1441 custom formats (service data 0x181A)', () => {
  it('decodes the pvvx 15-byte format with a negative temperature', () => {
    // MAC reversed b2188d38c1a4 → A4:C1:38:8D:18:B2 · F3FD → −525 × 0.01 = −5.25 °C ·
    // D711 → 4567 × 0.01 = 45.67 % · 860B → 2950 mV · 55 → 85 % · 2A counter 42 · 04 flags
    const bytes = hx('b2188d38c1a4 F3FD D711 860B 55 2A 04');
    const d = decodeAtcPvvx(bytes);
    expect(d.fields).toEqual({ format: 'pvvx', mac: 'A4:C1:38:8D:18:B2', temperature: -5.25, humidity: 45.67, battery_mv: 2950, battery: 85, counter: 42, flags: 4 });
    expect(d.observations).toEqual([
      { metric: 'room_temperature', value: -5.25, unit: '°C' },
      { metric: 'humidity', value: 45.67, unit: '%RH' },
      { metric: 'battery_level', value: 85, unit: '%' },
    ]);
    expect(encodePvvx({ mac: 'A4:C1:38:8D:18:B2', celsius: -5.25, humidityPercent: 45.67, batteryMv: 2950, batteryPercent: 85, counter: 42, flags: 4 })).toEqual(bytes);
  });

  it('decodes the ATC1441 13-byte big-endian format with a negative temperature', () => {
    // MAC a4c1388d18b2 as is · FF85 → 0xFF85 − 0x10000 = −123 × 0.1 = −12.3 °C · 38 → 56 % ·
    // 4D → 77 % · 0B53 → 2899 mV · 07 counter
    const bytes = hx('a4c1388d18b2 FF85 38 4D 0B53 07');
    expect(decodeAtcPvvx(bytes).fields).toEqual({ format: 'atc1441', mac: 'A4:C1:38:8D:18:B2', temperature: -12.3, humidity: 56, battery: 77, battery_mv: 2899, counter: 7 });
    expect(encodeAtc1441({ mac: 'A4:C1:38:8D:18:B2', celsius: -12.3, humidityPercent: 56, batteryMv: 2899, batteryPercent: 77, counter: 7 })).toEqual(bytes);
    expect(decodeServiceData('0x181a', bytes)).toMatchObject({ format: 'atc1441', counter: { value: 7, bits: 8 } });
  });

  it('refuses other lengths', () => {
    expect(() => decodeAtcPvvx(hx('a4c1388d18b2 FF85 38'))).toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringMatching(/9 bytes.*15.*13/) }));
  });
});

describe('Govee H5075 (manufacturer data 0xEC88)', () => {
  it('decodes the packed temperature and humidity', () => {
    // 03215D = 205149: ⌊205149 / 1000⌋ / 10 = 20.5 °C; 205149 mod 1000 = 149 → 14.9 %; 64 → 100 %
    expect(decodeGoveeH5075(hx('00 03215D 64 00')).observations).toEqual([
      { metric: 'room_temperature', value: 20.5, unit: '°C' },
      { metric: 'humidity', value: 14.9, unit: '%RH' },
      { metric: 'battery_level', value: 100, unit: '%' },
    ]);
  });

  it('reads the top bit as a minus sign', () => {
    // 80D0D0: sign bit set; 0x00D0D0 = 53456 → ⌊53456 / 1000⌋ / 10 = 5.3 → −5.3 °C; 456 → 45.6 %
    const d = decodeGoveeH5075(hx('00 80D0D0 3C 00'));
    expect(d.fields).toEqual({ model: 'H5075', raw: 0x80d0d0, temperature: -5.3, humidity: 45.6, battery: 60 });
    expect(encodeGoveeH5075(-5.3, 45.6, 60)).toEqual(hx('0080D0D03C00'));
    expect(decodeManufacturerData('EC88', hx('0080D0D03C00')).format).toBe('govee-h5075');
  });

  it('refuses other lengths and other companies', () => {
    expect(() => decodeGoveeH5075(hx('00 03215D'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeManufacturerData('004C', hx('00'))).toThrow(expect.objectContaining({ code: 'unknown_characteristic' }));
    expect(() => decodeServiceData('180F', hx('00'))).toThrow(expect.objectContaining({ code: 'unknown_characteristic' }));
  });
});
