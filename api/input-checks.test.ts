import { describe, expect, it } from 'vitest';
import { jsonTooDeep } from './json-depth';
import { acceptedUnit, METRICS, toCanonical } from './metrics';
import { isIanaTimeZone, IsoTime, parseIsoStrict } from './observations';
import { JsonBlob, ThresholdInput } from './schemas';

describe('jsonTooDeep', () => {
  it('counts objects and arrays together against the limit', () => {
    expect(jsonTooDeep('[[[]]]', 3)).toBe(false);
    expect(jsonTooDeep('[[[[]]]]', 3)).toBe(true);
    expect(jsonTooDeep('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonTooDeep('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTooDeep(JSON.stringify({ s: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ s: 'a\\"[[[[' }), 1)).toBe(false);
    expect(jsonTooDeep(JSON.stringify(['"', ['x']]), 1)).toBe(true);
  });

  it('scans 100,000 levels without recursing', () => {
    expect(jsonTooDeep('['.repeat(100_000) + ']'.repeat(100_000))).toBe(true);
  });
});

describe('parseIsoStrict', () => {
  it('reads real moments with Z or an offset', () => {
    expect(parseIsoStrict('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseIsoStrict('2026-01-02T03:04:05.250+01:00')).toBe(Date.UTC(2026, 0, 2, 2, 4, 5, 250));
    expect(parseIsoStrict('2026-01-02T03:04-0530')).toBe(Date.UTC(2026, 0, 2, 8, 34));
  });

  it.each(['2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-00-10T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T23:60:00Z', '2026-01-01T23:59:60Z', '2026-01-01T00:00:00+19:00', '2026-01-01T00:00:00', '2026-01-01'])(
    'refuses %s',
    (s) => {
      expect(parseIsoStrict(s)).toBeNaN();
      expect(IsoTime.safeParse(s).success).toBe(false);
    },
  );
});

describe('isIanaTimeZone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isIanaTimeZone('Europe/Lisbon')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
  });
});

describe('unit look-ups', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('never finds %s on the prototype', (unit) => {
    expect(acceptedUnit(METRICS.glucose, unit)).toBeUndefined();
    expect(toCanonical('glucose', 100, unit)).toMatchObject({ ok: false, field: 'unit' });
  });

  it('still converts the units a metric accepts', () => {
    expect(toCanonical('glucose', 5, 'mmol/L')).toMatchObject({ ok: true, value: 5 * 18.0182 });
  });
});

describe('ThresholdInput and JsonBlob', () => {
  it('takes catalogue metrics only', () => {
    expect(ThresholdInput.safeParse({ metric: 'glucose', max: 250, priority: 'high' }).success).toBe(true);
    expect(ThresholdInput.safeParse({ metric: 'constructor', max: 250, priority: 'high' }).success).toBe(false);
    expect(ThresholdInput.safeParse({ metric: 'mood', max: 1, priority: 'low' }).success).toBe(false);
  });

  it('caps size and depth and refuses empty names', () => {
    expect(JsonBlob.safeParse({ theme: 'dark', alerts: { sound: true } }).success).toBe(true);
    expect(JsonBlob.safeParse({ blob: 'x'.repeat(16 * 1024) }).success).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 8; i++) deep = { a: deep };
    expect(JsonBlob.safeParse({ deep }).success).toBe(false);
    expect(JsonBlob.safeParse({ '': 1 }).success).toBe(false);
  });
});
