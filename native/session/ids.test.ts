import { describe, expect, it } from 'vitest';
import { liveObservationId, recordObservationId } from './ids';

describe('observation ids', () => {
  it('gives a stored record the same id however often it is heard', () => {
    const a = recordObservationId('c0:ff:ee:00:00:01', '2026-01-05T08:00:00.000Z', 15, 'glucose');
    expect(recordObservationId('C0:FF:EE:00:00:01', '2026-01-05T08:00:00.000Z', 15, 'glucose')).toBe(a);
    // RFC 9562 UUIDv5: version nibble 5, variant bits 10.
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('tells apart records that differ in sequence, sensor session, metric or device', () => {
    const base = ['C0:FF:EE:00:00:01', 's1', 15, 'glucose'] as const;
    const id = recordObservationId(...base);
    expect(recordObservationId(base[0], base[1], 20, base[3])).not.toBe(id);
    expect(recordObservationId(base[0], 's2', base[2], base[3])).not.toBe(id);
    expect(recordObservationId(base[0], base[1], base[2], 'battery_level')).not.toBe(id);
    expect(recordObservationId('C0:FF:EE:00:00:02', base[1], base[2], base[3])).not.toBe(id);
  });

  it('puts the observation time in the first 48 bits of a live UUIDv7', () => {
    const t = Date.UTC(2026, 0, 5, 8, 0, 0, 123);
    const id = liveObservationId(t);
    expect(id[14]).toBe('7');
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
    expect(liveObservationId(t)).not.toBe(id);
  });
});
