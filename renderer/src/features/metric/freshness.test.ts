import { describe, expect, it } from 'vitest';
import { DEFAULT_STALE_AFTER_MIN, freshness, staleAfterMin } from './freshness';

const MIN = 60_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('freshness of a latest value', () => {
  it('calls a reading current up to the stale limit and old after it', () => {
    expect(freshness(NOW - 14 * MIN, 15, NOW)).toEqual({ stale: false, label: '14 min ago' });
    expect(freshness(NOW - 15 * MIN, 15, NOW).stale).toBe(false);
    expect(freshness(NOW - 16 * MIN, 15, NOW)).toEqual({ stale: true, label: 'last reading 16 min ago' });
  });

  it('labels a reading ten years old as a last reading, never as current', () => {
    const f = freshness(new Date(NOW - 3693 * 1440 * MIN).toISOString(), 15, NOW);
    expect(f).toEqual({ stale: true, label: 'last reading 3693 days ago' });
  });

  it('treats an unreadable time as old', () => {
    expect(freshness('not a time', 15, NOW).stale).toBe(true);
  });

  it("takes the limit from the person's signal-loss warning setting, else the default", () => {
    expect(staleAfterMin({ alerts: { signal_loss_warn_min: 60 } })).toBe(60);
    expect(staleAfterMin({ alerts: { signal_loss_warn_min: 0 } })).toBe(DEFAULT_STALE_AFTER_MIN);
    expect(staleAfterMin({ alerts: { signal_loss_warn_min: '60' } })).toBe(DEFAULT_STALE_AFTER_MIN);
    expect(staleAfterMin({})).toBe(DEFAULT_STALE_AFTER_MIN);
    expect(staleAfterMin(undefined)).toBe(15);
  });
});

describe('latest value format', () => {
  it('shows blood pressure in whole mmHg', async () => {
    const { formatValue } = await import('./format');
    expect(formatValue('diastolic_bp', 84)).toBe('84 mmHg');
    expect(formatValue('systolic_bp', 128.4)).toBe('128 mmHg');
    expect(formatValue('body_temperature', 37.24)).toBe('37.2 °C');
  });
});
