import { describe, expect, it } from 'vitest';
import { conditionEndedText } from './condition';

describe('the "condition ended" note of a latched alert', () => {
  it('gives the local hour and minute the condition ended while the alert waits for acknowledgement', () => {
    const iso = '2026-03-10T03:12:45.000Z';
    const hhmm = new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    expect(conditionEndedText({ state: 'open', condition_ended_at: iso })).toBe(`condition ended at ${hhmm}`);
    expect(conditionEndedText({ state: 'acknowledged', condition_ended_at: iso })).toBe(`condition ended at ${hhmm}`);
  });

  it('says nothing while the condition holds, for alerts from before latching, or once the alert is closed', () => {
    expect(conditionEndedText({ state: 'open', condition_ended_at: null })).toBeNull();
    expect(conditionEndedText({ state: 'open' })).toBeNull();
    expect(conditionEndedText({ state: 'resolved', condition_ended_at: '2026-03-10T03:12:45.000Z' })).toBeNull();
  });
});
