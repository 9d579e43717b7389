import { describe, expect, it } from 'vitest';
import { formatSerialLine, parseSerialLine, SERIAL_LINE_MAX } from './serial-line';

const now = new Date('2026-01-02T03:04:05Z');
const NOW = now.toISOString();

describe('serial line protocol', () => {
  it('reads a JSON reading stamped with arrival time', () => {
    expect(parseSerialLine('{"metric":"room_temperature","value":21.5,"unit":"°C"}\r\n', now)).toEqual({ kind: 'observation', metric: 'room_temperature', value: 21.5, unit: '°C', t: NOW });
  });

  it('converts units and honours an explicit time with offset', () => {
    // 98.6 °F → (98.6 − 32) × 5/9 = 37 °C; 10:00+02:00 = 08:00Z
    const r = parseSerialLine('{"t":"2026-01-02T10:00:00+02:00","metric":"body_temperature","value":98.6,"unit":"°F"}', now);
    expect(r).toMatchObject({ kind: 'observation', metric: 'body_temperature', unit: '°C', t: '2026-01-02T08:00:00.000Z' });
    expect(r.kind === 'observation' && r.value).toBeCloseTo(37, 10);
  });

  it('accepts Unix seconds and milliseconds but refuses uptime counters', () => {
    // 1767323045 s = 2026-01-02T03:04:05Z
    expect(parseSerialLine('{"t":1767323045,"metric":"humidity","value":40}', now)).toMatchObject({ t: NOW });
    expect(parseSerialLine('{"t":1767323045000,"metric":"humidity","value":40}', now)).toMatchObject({ t: NOW });
    expect(() => parseSerialLine('{"t":123456,"metric":"humidity","value":40}', now)).toThrow(/time since boot/);
    expect(() => parseSerialLine('{"t":"2026-01-02 03:04","metric":"humidity","value":40}', now)).toThrow(/ISO 8601/);
  });

  it('reads accelerometer samples in m/s² or g', () => {
    expect(parseSerialLine('{"ax":0.1,"ay":-0.2,"az":9.8}', now)).toEqual({ kind: 'accel', t: NOW, x: 0.1, y: -0.2, z: 9.8 });
    const g = parseSerialLine('{"ax":0,"ay":0,"az":1,"unit":"g"}', now);
    expect(g).toEqual({ kind: 'accel', t: NOW, x: 0, y: 0, z: 9.80665 });
    expect(() => parseSerialLine('{"ax":0,"ay":0}', now)).toThrow(/"az" must be a finite number/);
    expect(() => parseSerialLine('{"ax":0,"ay":0,"az":20,"unit":"g"}', now)).toThrow(/outside ±160/);
  });

  it("reads the board's sampling rate when an accelerometer line states it, and refuses one that cannot be", () => {
    expect(parseSerialLine('{"ax":0.1,"ay":-0.2,"az":9.8,"t":1767600000010,"hz":100}', now)).toEqual({ kind: 'accel', t: '2026-01-05T08:00:00.010Z', x: 0.1, y: -0.2, z: 9.8, hz: 100 });
    expect(() => parseSerialLine('{"ax":0,"ay":0,"az":9.8,"hz":0}', now)).toThrow(/"hz" 0 is outside 1–2000/);
    expect(() => parseSerialLine('{"ax":0,"ay":0,"az":9.8,"hz":"fast"}', now)).toThrow(/"hz" must be a finite number/);
  });

  it('reads the microphone level', () => {
    expect(parseSerialLine('{"mic_level":0.42}', now)).toEqual({ kind: 'mic-level', t: NOW, level: 0.42 });
    expect(() => parseSerialLine('{"mic_level":512}', now)).toThrow(/outside 0–1/);
  });

  it('reads CSV with and without a unit and skips the header', () => {
    expect(parseSerialLine('room_temperature,21.5', now)).toEqual({ kind: 'observation', metric: 'room_temperature', value: 21.5, unit: '°C', t: NOW });
    expect(parseSerialLine('humidity, 48 ,%RH', now)).toMatchObject({ metric: 'humidity', value: 48 });
    expect(parseSerialLine('metric,value,unit', now)).toEqual({ kind: 'skip' });
  });

  it('skips blank lines and comments', () => {
    expect(parseSerialLine('', now)).toEqual({ kind: 'skip' });
    expect(parseSerialLine('   \r\n', now)).toEqual({ kind: 'skip' });
    expect(parseSerialLine('# booting ESP32 rev3', now)).toEqual({ kind: 'skip' });
  });

  it('names the problem on each bad line', () => {
    const bad: Array<[string, RegExp]> = [
      ['{"metric":"temp","value":1}', /unknown metric "temp"/],
      ['{"metric":"humidity","value":"40"}', /"value" must be a finite number/],
      ['{"metric":"humidity","value":140}', /outside the possible range/],
      ['{"metric":"room_temperature","value":21,"unit":"kelvins"}', /unit "kelvins" is not accepted/],
      ['{"metric":', /not valid JSON/],
      ['{"hello":1}', /needs "metric" and "value"/],
      ['humidity', /metric,value\[,unit\]; got 1 field/],
      ['humidity,abc', /value "abc" is not a number/],
      ['humidity,40,%,extra', /got 4 field/],
    ];
    for (const [line, msg] of bad) {
      expect(() => parseSerialLine(line, now), line).toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringMatching(msg) }));
    }
  });

  it('refuses lines over the length limit', () => {
    const long = `room_temperature,${'1'.repeat(SERIAL_LINE_MAX)}`;
    expect(() => parseSerialLine(long, now)).toThrow(`serial line: line is ${long.length} characters, the limit is 512`);
    expect(parseSerialLine(`#${'x'.repeat(SERIAL_LINE_MAX - 1)}`, now)).toEqual({ kind: 'skip' });
  });

  it('parses what the simulators print', () => {
    expect(parseSerialLine(formatSerialLine({ metric: 'heart_rate', value: 61, t: '2026-01-02T03:00:00Z' }), now)).toEqual({ kind: 'observation', metric: 'heart_rate', value: 61, unit: '/min', t: '2026-01-02T03:00:00.000Z' });
    expect(parseSerialLine(formatSerialLine({ ax: 1, ay: 2, az: 3 }), now)).toMatchObject({ kind: 'accel', x: 1, y: 2, z: 3 });
  });
});
