import { describe, expect, it } from 'vitest';
import { deliveryText } from './relay-text';

const hhmm = (iso: string) => iso.slice(11, 16);
const base = { at: '2026-11-23T09:12:00.000Z', status: 0, attempt: 1, retry_at: null };

describe('the relay’s last delivery, in words', () => {
  it('says delivered, and on which try when it was not the first', () => {
    expect(deliveryText({ ...base, ok: true, status: 204, event: 'alert.raised' }, hhmm)).toBe('Last delivery 09:12: alert raised delivered.');
    expect(deliveryText({ ...base, ok: true, status: 200, event: 'alert.raised', attempt: 3 }, hhmm)).toBe('Last delivery 09:12: alert raised delivered on try 3.');
  });

  it('says why a try failed and when the next is, or that there is none', () => {
    expect(deliveryText({ ...base, ok: false, error: 'fetch failed', event: 'alert.reannounced', retry_at: '2026-11-23T09:13:00.000Z' }, hhmm)).toBe(
      'Last delivery 09:12: alert reannounced failed (fetch failed); trying again at 09:13.',
    );
    expect(deliveryText({ ...base, ok: false, status: 503, event: 'alert.raised', attempt: 4 }, hhmm)).toBe('Last delivery 09:12: alert raised failed (the address answered 503); no more tries.');
    expect(deliveryText({ ...base, ok: false, status: 404, error: 'the address answered 404', event: 'relay.test' }, hhmm)).toBe('Last delivery 09:12: test message failed (the address answered 404).');
  });
});
