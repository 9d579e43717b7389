import { describe, expect, it } from 'vitest';
import { deviceParts, directionOfRate, entriesTsv, matches, parseDeviceStatus, parseEntry, parseTreatment, stableId, timeBounds, timeOf } from './map';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

describe('Nightscout times', () => {
  it('reads epoch ms, ISO with Z, with +01:00 and with Java’s +0100', () => {
    expect(timeOf(1678294924000)).toBe(1678294924000);
    expect(timeOf('1678294924000')).toBe(1678294924000);
    expect(timeOf('2023-03-08T17:02:04.000Z')).toBe(1678294924000);
    expect(timeOf('2023-03-08T18:02:04.000+01:00')).toBe(1678294924000);
    expect(timeOf('2023-03-08T18:02:04.000+0100')).toBe(1678294924000);
  });
  it('reads an ISO time without offset as UTC only where Nightscout stores UTC', () => {
    expect(timeOf('2023-03-08T17:02:04')).toBeNaN();
    expect(timeOf('2023-03-08T17:02:04', true)).toBe(1678294924000);
    expect(timeOf('yesterday', true)).toBeNaN();
  });
});

describe('entries', () => {
  it('makes a sgv entry a reading with its arrow and trend', () => {
    const e = parseEntry({ type: 'sgv', sgv: 120, date: NOW - 60_000, direction: 'FortyFiveDown', noise: 1, device: 'xDrip-DexcomG5' }, 0, NOW);
    expect(e).toMatchObject({ kind: 'sgv', mg_dl: 120, direction: 'FortyFiveDown', trend: 5, noise: 1, device: 'xDrip-DexcomG5' });
  });
  it('takes the arrow from a numeric trend and a sgv given as a string', () => {
    expect(parseEntry({ sgv: '101', date: NOW, trend: 4 }, 0, NOW)).toMatchObject({ kind: 'sgv', mg_dl: 101, direction: 'Flat' });
  });
  it('ignores Dexcom status codes, calibration slopes and unknown types', () => {
    expect(parseEntry({ type: 'sgv', sgv: 5, date: NOW }, 0, NOW).kind).toBe('ignored');
    expect(parseEntry({ type: 'cal', slope: 1000, date: NOW }, 0, NOW).kind).toBe('ignored');
    expect(parseEntry({ type: 'sensor', date: NOW }, 0, NOW).kind).toBe('ignored');
  });
  it('names the document and field at fault', () => {
    expect(() => parseEntry({ type: 'sgv', sgv: 'high', date: NOW }, 3, NOW)).toThrow(expect.objectContaining({ field: 'docs[3].sgv' }));
    expect(() => parseEntry({ type: 'sgv', sgv: 100 }, 1, NOW)).toThrow(expect.objectContaining({ field: 'docs[1].date' }));
    expect(() => parseEntry({ type: 'sgv', sgv: 100, date: NOW + 2 * 86_400_000 }, 0, NOW)).toThrow(expect.objectContaining({ field: 'docs[0].date' }));
    expect(() => parseEntry({ type: 'mbg', mbg: 2000, date: NOW }, 0, NOW)).toThrow(expect.objectContaining({ field: 'docs[0].mbg' }));
    expect(() => parseEntry([1, 2], 2, NOW)).toThrow(expect.objectContaining({ field: 'docs[2]' }));
  });
});

describe('treatments', () => {
  it('splits a meal bolus into a meal and a bolus, named by the uploader’s id', () => {
    const t = parseTreatment({ _id: 'abc', eventType: 'Meal Bolus', created_at: '2026-12-06T10:00:00Z', carbs: 40, insulin: 4, enteredBy: 'x' }, 0, NOW);
    expect(t.identity).toBe('abc');
    expect(t.events.map((e) => [e.type, e.data.carbs_g ?? e.data.units, e.data.kind ?? null])).toEqual([
      ['meal', 40, null],
      ['insulin', 4, 'bolus'],
    ]);
  });
  it('names a Loop treatment by its syncIdentifier', () => {
    const t = parseTreatment({ eventType: 'Correction Bolus', timestamp: '2026-12-06T10:00:00Z', insulin: 1.5, syncIdentifier: '6b1e…', enteredBy: 'loop://iPhone' }, 0, NOW);
    expect(t.identity).toBe('6b1e…');
    expect(t.events[0]).toMatchObject({ type: 'insulin', data: { units: 1.5, kind: 'bolus', ns_id: '6b1e…' } });
  });
  it('marks long-acting insulin as basal and ignores a temp basal rate', () => {
    expect(parseTreatment({ eventType: 'Temp Basal', notes: 'Long-Acting', insulin: 18, date: NOW }, 0, NOW).events[0]!.data.kind).toBe('basal');
    expect(parseTreatment({ eventType: 'Temp Basal', rate: 0.35, duration: 30, date: NOW }, 0, NOW).events).toEqual([]);
  });
  it('reads a BG check in mmol/L as a meter reading in mg/dL', () => {
    const t = parseTreatment({ eventType: 'BG Check', glucose: 5.5, units: 'mmol', created_at: '2026-12-06T10:00:00.000Z' }, 0, NOW);
    expect(t.events[0]).toMatchObject({ type: 'calibration', data: { value: 99.1, unit: 'mg/dL' } });
  });
  it('without an id, tells treatments apart by type and time', () => {
    const a = parseTreatment({ eventType: 'Meal Bolus', date: NOW, carbs: 10 }, 0, NOW);
    const b = parseTreatment({ eventType: 'Meal Bolus', date: NOW + 1, carbs: 10 }, 0, NOW);
    expect(a.identity).not.toBe(b.identity);
    expect(stableId('x', 's', a.identity)).toBe(stableId('x', 's', a.identity));
    expect(stableId('x', 's1', a.identity)).not.toBe(stableId('x', 's2', a.identity));
  });
  it('refuses negative carbs and an unreadable time', () => {
    expect(() => parseTreatment({ carbs: -1, date: NOW }, 0, NOW)).toThrow(expect.objectContaining({ field: 'docs[0].carbs' }));
    expect(() => parseTreatment({ carbs: 1, created_at: 'soon' }, 4, NOW)).toThrow(expect.objectContaining({ field: 'docs[4].created_at' }));
  });
});

describe('devicestatus', () => {
  it('reads the phone battery, the pump and the loop from the shapes uploaders send', () => {
    expect(deviceParts({ uploaderBattery: 56 }).uploader).toEqual({ battery: 56, charging: null });
    expect(deviceParts({ uploader: { battery: 80 } }).uploader?.battery).toBe(80);
    const aaps = deviceParts({ pump: { reservoir: 120, battery: { percent: 70 }, status: { status: 'normal' } }, openaps: { iob: [{ iob: 1.5 }], suggested: { COB: 20, eventualBG: 110 } } });
    expect(aaps.pump).toEqual({ reservoir: 120, battery_percent: 70, battery_voltage: null, status: 'normal' });
    expect(aaps.loop).toEqual({ iob: 1.5, cob: 20, eventual_bg: 110 });
    const loop = deviceParts({ loop: { iob: { iob: 0.8 }, cob: { cob: 5 }, predicted: { values: [100, 105, 112] } } });
    expect(loop.loop).toEqual({ iob: 0.8, cob: 5, eventual_bg: 112 });
  });
  it('takes a document without a time as sent now, and refuses a battery over 100 %', () => {
    expect(parseDeviceStatus({ device: 'phone', uploader: { battery: 50 } }, 0, NOW).t).toBe(NOW);
    expect(() => parseDeviceStatus({ uploaderBattery: 150 }, 0, NOW)).toThrow(expect.objectContaining({ field: 'docs[0].uploaderBattery' }));
  });
});

describe('queries', () => {
  it('compares numbers as numbers and ISO strings in time order', () => {
    const d = { sgv: 72, date: 1000, dateString: '2026-12-06T10:00:00.000Z', type: 'sgv' };
    expect(matches(d, { sgv: { $lt: '80' } })).toBe(true);
    expect(matches(d, { sgv: { $gte: '100' } })).toBe(false);
    expect(matches(d, { dateString: { $gte: '2026-12-06' } })).toBe(true);
    expect(matches(d, { type: { $eq: 'mbg' } })).toBe(false);
    expect(matches(d, { type: { $in: 'sgv,mbg' } })).toBe(true);
    expect(matches(d, { device: { $eq: 'x' } })).toBe(false);
    expect(matches(d, { device: { $ne: 'x' } })).toBe(true);
  });
  it('bounds the scan by the time filters', () => {
    expect(timeBounds({ date: { $gte: '1000', $lt: '2000' } }, ['date'])).toEqual({ from: 999, to: 2001 });
    expect(timeBounds({ dateString: { $gte: '2026-12-06' } }, ['dateString']).from).toBe(Date.UTC(2026, 11, 6) - 1);
  });
  it('writes entries as Nightscout’s tab-separated text', () => {
    expect(entriesTsv([{ dateString: '2026-12-06T10:00:00.000Z', date: 1, sgv: 100, direction: 'Flat', device: 'x' }])).toBe('"2026-12-06T10:00:00.000Z"\t1\t100\t"Flat"\t"x"\n');
  });
  it('gives an arrow for a rate of change, with Dexcom’s bands', () => {
    expect([-3.5, -2.5, -1.5, 0, 1.5, 2.5, 3.5].map(directionOfRate)).toEqual(['DoubleDown', 'SingleDown', 'FortyFiveDown', 'Flat', 'FortyFiveUp', 'SingleUp', 'DoubleUp']);
  });
});
