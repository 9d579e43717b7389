import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (...args: string[]) => spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 60_000 });

/** bthome.io/encryption's example: key, sensor address, and the frame it produces. */
const KEY = '231d39c1d7cc1ab1aee224cd096db932';
const MAC = '54:48:E6:8F:80:A5';
const ENCRYPTED = '41a47266c95f730011223378237214';

// Each case starts a `tend` process (a few seconds each on a loaded 2-core machine).
const SLOW = { timeout: 240_000 };

describe('tend decode for Bluetooth advertisements', SLOW, () => {
  it('decodes BTHome v2 service data (FCD2) with a negative temperature', () => {
    // 40 plain v2 · 00 09 packet 9 · 01 5A battery 90 % · 02 F3FD −5.25 °C · 03 D711 45.67 %
    const r = tend('decode', '--service-data', 'FCD2', '40 0009 015A 02F3FD 03D711', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.fields).toMatchObject({ format: 'bthome-v2', encrypted: false, packet_id: 9 });
    expect(out.observations).toEqual([
      { metric: 'room_temperature', value: -5.25, unit: '°C' },
      { metric: 'humidity', value: 45.67, unit: '%RH' },
      { metric: 'battery_level', value: 90, unit: '%' },
    ]);
  });

  it('decodes pvvx and ATC1441 service data (181A) with negative temperatures', () => {
    // pvvx: MAC reversed · F3FD −5.25 °C · D711 45.67 % · 860B 2950 mV · 55 85 % · 2A · 04
    const pvvx = tend('decode', '--service-data', '181A', 'b2188d38c1a4F3FDD711860B552A04', '--json');
    expect(pvvx.status, pvvx.stderr).toBe(0);
    expect(JSON.parse(pvvx.stdout)).toEqual({
      fields: { format: 'pvvx', mac: 'A4:C1:38:8D:18:B2', temperature: -5.25, humidity: 45.67, battery_mv: 2950, battery: 85, counter: 42, flags: 4 },
      observations: [
        { metric: 'room_temperature', value: -5.25, unit: '°C' },
        { metric: 'humidity', value: 45.67, unit: '%RH' },
        { metric: 'battery_level', value: 85, unit: '%' },
      ],
    });
    // ATC1441: MAC · FF85 −12.3 °C · 38 56 % · 4D 77 % · 0B53 2899 mV · 07
    const atc = tend('decode', '--service-data', '0x181a', 'a4c1388d18b2FF85384D0B5307', '--json');
    expect(atc.status, atc.stderr).toBe(0);
    expect(JSON.parse(atc.stdout).observations.map((o: any) => o.value)).toEqual([-12.3, 56, 77]);
  });

  it('decodes Govee H5075 manufacturer data (EC88), negative temperature included', () => {
    // 80D0D0: sign bit, 53456 → −5.3 °C, 45.6 %; 3C battery 60 %
    const r = tend('decode', '--manufacturer-data', 'EC88', '0080D0D03C00', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).observations).toEqual([
      { metric: 'room_temperature', value: -5.3, unit: '°C' },
      { metric: 'humidity', value: 45.6, unit: '%RH' },
      { metric: 'battery_level', value: 60, unit: '%' },
    ]);
  });

  it('decrypts an encrypted BTHome frame with --key and --mac, and exits 2 saying the key is needed without it', () => {
    const ok = tend('decode', '--service-data', 'FCD2', ENCRYPTED, '--key', KEY, '--mac', MAC, '--json');
    expect(ok.status, ok.stderr).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.fields).toMatchObject({ format: 'bthome-v2', encrypted: true, counter: 0x33221100 });
    expect(out.observations).toEqual([
      { metric: 'room_temperature', value: 25.06, unit: '°C' },
      { metric: 'humidity', value: 50.55, unit: '%RH' },
    ]);

    const noKey = tend('decode', '--service-data', 'FCD2', ENCRYPTED, '--json');
    expect(noKey.status).toBe(2);
    expect(noKey.stdout).toBe('');
    expect(noKey.stderr).toMatch(/encrypted.*bind key/);
    expect(noKey.stderr.trim().split('\n')).toHaveLength(1);

    const noMac = tend('decode', '--service-data', 'FCD2', ENCRYPTED, '--key', KEY, '--json');
    expect(noMac.status).toBe(2);
    expect(noMac.stderr).toMatch(/MAC/);

    const wrongKey = tend('decode', '--service-data', 'FCD2', ENCRYPTED, '--key', '00'.repeat(16), '--mac', MAC, '--json');
    expect(wrongKey.status).toBe(2);
    expect(wrongKey.stderr).toMatch(/MIC .* does not match/);

    const shortKey = tend('decode', '--service-data', 'FCD2', ENCRYPTED, '--key', 'abcd', '--mac', MAC, '--json');
    expect(shortKey.status).toBe(2);
    expect(shortKey.stderr).toMatch(/--key is 2 bytes/);
  });

  it('exits 2 on malformed frames, bad hex and unknown UUIDs, printing nothing on stdout', () => {
    const cases: [string[], RegExp][] = [
      [['--service-data', 'FCD2', '40 3001 02C409'], /object id 0x30/],
      [['--service-data', 'FCD2', '40 02CA'], /object 0x02 \(temperature\) needs 2 bytes/],
      [['--service-data', '181A', 'a4c1388d18b2FF85'], /8 bytes; the pvvx format has 15 and ATC1441 has 13/],
      [['--manufacturer-data', 'EC88', '0003215D'], /manufacturer data is 4 bytes/],
      [['--service-data', 'FCD2', '40zz'], /not a hex digit/],
      [['--service-data', '180F', '00'], /no advertisement decoder for service data UUID/],
      [['--service-data', 'FCD2'], /exactly one HEX argument/],
    ];
    for (const [args, msg] of cases) {
      const r = tend('decode', ...args, '--json');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(msg);
    }
  });

  it('still decodes GATT characteristics as before', () => {
    const r = tend('decode', '2A6E', 'F3FD', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).observations).toEqual([{ metric: 'room_temperature', value: -5.25, unit: '°C' }]);
  });
});
