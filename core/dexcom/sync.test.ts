import { describe, expect, it } from 'vitest';
import type { AlertRecord, CalibrationRecord, EgvRecord, EventRecord } from './schemas';
import { alertToEvent, calibrationToEvent, dexcomId, egvToObservation, eventToEvent, planWalk, rangeOf } from './sync';

const base = { recordId: '7d8f0c4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', systemTime: '2025-01-01T10:00:27', displayTime: '2025-01-01T05:00:27' };
const egv = (over: Partial<EgvRecord>): EgvRecord => ({ ...base, value: 120, unit: 'mg/dL', status: 'ok', trend: 'flat', ...over });
const ev = (over: Partial<EventRecord>): EventRecord => ({ ...base, eventType: 'carbs', eventStatus: 'created', ...over });
const t = (s: string) => Date.parse(s);
const iso = (s: string) => new Date(t(s)).toISOString();

describe('mapping EGVs', () => {
  it('makes a glucose observation in mg/dL at systemTime, a receiver time without offset read as UTC', () => {
    expect(egvToObservation(egv({}), 'dev-1')).toEqual({
      observation: { id: `dexcom:egv:${base.recordId}`, metric: 'glucose', t: '2025-01-01T10:00:27.000Z', value: 120, unit: 'mg/dL', device_id: 'dev-1' },
    });
  });

  it('uses the offset of a phone-app time', () => {
    const m = egvToObservation(egv({ systemTime: '2025-01-01T10:00:27+00:00', displayTime: '2025-01-01T05:00:27-05:00' }));
    expect('observation' in m && m.observation.t).toBe('2025-01-01T10:00:27.000Z');
  });

  it('converts mmol/L with 18.0182 mg/dL per mmol/L', () => {
    const m = egvToObservation(egv({ value: 5.5, unit: 'mmol/L' }));
    // 5.5 × 18.0182 = 99.1001
    expect('observation' in m && m.observation.value).toBeCloseTo(99.1001, 9);
  });

  it('skips a reading without a value (sensor out of range) or in an unknown unit', () => {
    expect(egvToObservation(egv({ value: null, status: 'high' }))).toEqual({ skip: 'no value (high)' });
    expect(egvToObservation(egv({ unit: 'unknown' }))).toEqual({ skip: 'unusable unit or value (unknown)' });
  });
});

describe('ids', () => {
  it('uses dexcom:<kind>:<recordId> when it fits in 64 characters and a hash otherwise', () => {
    expect(dexcomId('egv', base.recordId)).toBe(`dexcom:egv:${base.recordId}`);
    const long = 'x'.repeat(80);
    const id = dexcomId('event', long);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id.startsWith('dexcom:event:h:')).toBe(true);
    expect(dexcomId('event', long)).toBe(id);
    expect(dexcomId('event', `${long}y`)).not.toBe(id);
  });
});

describe('mapping events', () => {
  it('turns carbs into a meal, insulin into bolus or basal, exercise into activity', () => {
    expect(eventToEvent(ev({ eventType: 'carbs', value: 45, unit: 'grams' }))).toEqual({
      event: { id: `dexcom:event:${base.recordId}`, type: 'meal', t: iso('2025-01-01T10:00:27Z'), data: { carbs_g: 45, source: 'dexcom' } },
    });
    const bolus = eventToEvent(ev({ eventType: 'insulin', eventSubType: 'fastActing', value: 4.5, unit: 'units' }));
    expect('event' in bolus && bolus.event.data).toEqual({ units: 4.5, kind: 'bolus', source: 'dexcom' });
    const basal = eventToEvent(ev({ eventType: 'insulin', eventSubType: 'longActing', value: 20, unit: 'units' }));
    expect('event' in basal && basal.event.data).toEqual({ units: 20, kind: 'basal', source: 'dexcom' });
    const ex = eventToEvent(ev({ eventType: 'exercise', eventSubType: 'heavy', value: 40, unit: 'minutes' }));
    expect('event' in ex && ex.event).toMatchObject({ type: 'activity', data: { kind: 'exercise', duration_min: 40, intensity: 'high' } });
  });

  it('keeps health, notes, blood glucose and unknown types as notes', () => {
    const text = (r: EventRecord) => {
      const m = eventToEvent(r);
      return 'event' in m ? (m.event.type === 'note' ? m.event.data?.text : `type ${m.event.type}`) : m.skip;
    };
    expect(text(ev({ eventType: 'health', eventSubType: 'illness' }))).toBe('Health: illness');
    expect(text(ev({ eventType: 'notes', eventSubType: 'Changed site' }))).toBe('Changed site');
    expect(text(ev({ eventType: 'bloodGlucose', value: 6, unit: 'mmol/L' }))).toBe('Blood glucose 108 mg/dL (entered in Dexcom)');
    expect(text(ev({ eventType: 'somethingNew' }))).toBe('Dexcom event: somethingNew');
  });

  it('skips deleted events and carbs or insulin without an amount', () => {
    expect(eventToEvent(ev({ eventStatus: 'deleted', value: 30 }))).toEqual({ skip: 'deleted' });
    expect(eventToEvent(ev({ eventType: 'carbs', value: null }))).toEqual({ skip: 'carbs without a value' });
    expect(eventToEvent(ev({ eventType: 'insulin', value: 0 }))).toEqual({ skip: 'insulin without a dose' });
  });

  it('records calibrations in mg/dL and alerts as notes for history', () => {
    const cal: CalibrationRecord = { ...base, unit: 'mmol/L', value: 7 };
    const c = calibrationToEvent(cal);
    expect('event' in c && c.event.type).toBe('calibration');
    expect('event' in c && (c.event.data as { value: number }).value).toBeCloseTo(7 * 18.0182, 9);
    const alert: AlertRecord = { ...base, alertName: 'urgentLow', alertState: 'activeAlarming' };
    expect(alertToEvent(alert)).toEqual({
      event: { id: `dexcom:alert:${base.recordId}`, type: 'note', t: iso('2025-01-01T10:00:27Z'), data: { text: 'Dexcom alert: urgentLow (activeAlarming)', source: 'dexcom', alert: 'urgentLow' } },
    });
  });
});

describe('planning a walk', () => {
  const range = { start: t('2025-01-01T00:00:27Z'), end: t('2025-03-31T23:55:27Z') };

  it('walks the whole range on a first sync, one second past the last record', () => {
    expect(planWalk(null, range)).toEqual({ start: range.start, end: t('2025-03-31T23:55:28Z') });
  });

  it('resumes an interrupted walk where it stopped, not where the range starts', () => {
    const cursor = { syncedUntil: '2025-03-02T00:00:27.000Z', walkTo: '2025-03-31T23:55:28.000Z', lastSyncTime: null };
    expect(planWalk(cursor, range)).toEqual({ start: t('2025-03-02T00:00:27Z'), end: t('2025-03-31T23:55:28Z') });
  });

  it('extends an interrupted walk when newer data have arrived', () => {
    const cursor = { syncedUntil: '2025-03-02T00:00:27.000Z', walkTo: '2025-03-20T00:00:00.000Z', lastSyncTime: null };
    expect(planWalk(cursor, range)?.end).toBe(t('2025-03-31T23:55:28Z'));
  });

  it('goes back to the earliest late upload when it lies before the resume point', () => {
    const cursor = { syncedUntil: '2025-03-31T12:00:00.000Z', walkTo: null, lastSyncTime: '2025-03-31T15:00:00.000Z' };
    const late = { start: t('2025-03-31T11:00:27Z'), end: t('2025-03-31T14:00:27Z') };
    expect(planWalk(cursor, late)).toEqual({ start: late.start, end: t('2025-03-31T14:00:28Z') });
    const fresh = { start: t('2025-03-31T12:30:27Z'), end: t('2025-03-31T14:00:27Z') };
    expect(planWalk(cursor, fresh)?.start).toBe(t('2025-03-31T12:00:00Z'));
  });

  it('has nothing to do without data', () => {
    expect(planWalk(null, null)).toBeNull();
    expect(planWalk({ syncedUntil: '2025-04-01T00:00:00.000Z', walkTo: null, lastSyncTime: '2025-04-01T00:00:00.000Z' }, null)).toBeNull();
  });

  it('reads dataRange entries, alerts following the EGVs, and empty entries as none', () => {
    const r = {
      recordType: 'dataRange' as const,
      recordVersion: '3.0',
      userId: 'u',
      egvs: { start: { systemTime: '2025-01-01T00:00:27', displayTime: 'x' }, end: { systemTime: '2025-01-02T00:00:27+00:00', displayTime: 'x' } },
      events: { start: { systemTime: null, displayTime: null }, end: { systemTime: null, displayTime: null } },
    };
    expect(rangeOf(r, 'alerts')).toEqual({ start: t('2025-01-01T00:00:27Z'), end: t('2025-01-02T00:00:27Z') });
    expect(rangeOf(r, 'events')).toBeNull();
    expect(rangeOf(r, 'calibrations')).toBeNull();
  });
});
