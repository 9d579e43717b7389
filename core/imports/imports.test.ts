import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MGDL_PER_MMOLL } from '../../api/metrics';
import { detectFormat, parseImport } from './index';
import type { ImportedEvent, ImportedObservation, ImportResult } from './index';

const exportsDir = new URL('../../../shared/data/cgm/exports/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, exportsDir), 'utf8');
const obs = (r: ImportResult) => r.records.filter((x): x is ImportedObservation => x.kind === 'observation');
const events = (r: ImportResult) => r.records.filter((x): x is ImportedEvent => x.kind === 'event');

describe('detectFormat', () => {
  it('recognises each real export and the Tend formats from their content', () => {
    expect(detectFormat(sample('dexcom_clarity_g6_sample.csv'))).toBe('dexcom-clarity');
    expect(detectFormat(sample('libreview_librelink_mmol_sample.csv'))).toBe('libreview');
    expect(detectFormat(sample('nightscout_entries_2014_fixture.json'))).toBe('nightscout');
    expect(detectFormat(sample('nightscout_xdrip_libre_mongoexport_sample.json'))).toBe('nightscout');
    expect(detectFormat('time,metric,value,unit\n2024-01-01T00:00:00Z,glucose,100,mg/dL\n')).toBe('tend-csv');
    expect(detectFormat('{"resourceType":"Bundle","type":"collection","entry":[]}')).toBe('fhir');
    expect(detectFormat('a,b,c\n1,2,3\n')).toBeNull();
    expect(parseImport('a,b,c\n1,2,3\n').errors[0]!.message).toMatch(/^format:/);
  });
});

describe('Dexcom Clarity CSV', () => {
  const text = sample('dexcom_clarity_g6_sample.csv');
  // Independent reading of the sample: the EGV rows' timestamp (column 2) and value (column 8).
  const egv = text
    .split('\n')
    .map((l) => l.split(','))
    .filter((f) => f[2] === 'EGV');

  it('imports every EGV row of the real export as a reading, ignoring the metadata rows', () => {
    const r = parseImport(text, { timeZone: 'UTC' });
    expect(r.format).toBe('dexcom-clarity');
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(0);
    expect(egv).toHaveLength(450);
    expect(obs(r).map((o) => [o.t, o.value])).toEqual(egv.map((f) => [`${f[1]}.000Z`, Number(f[7])]));
    expect(obs(r).every((o) => o.metric === 'glucose' && o.unit === 'mg/dL')).toBe(true);
  });

  it('reads the times as wall-clock times in the zone given', () => {
    // 2016-10-24 11:24:17 in Berlin (CEST, UTC+2) is 09:24:17Z; in Los Angeles (PDT, UTC−7) 18:24:17Z.
    expect(obs(parseImport(text, { timeZone: 'Europe/Berlin' }))[0]!.t).toBe('2016-10-24T09:24:17.000Z');
    expect(obs(parseImport(text, { timeZone: 'America/Los_Angeles' }))[0]!.t).toBe('2016-10-24T18:24:17.000Z');
    expect(parseImport(text, { timeZone: 'Mars/Olympus' }).errors[0]!.message).toMatch(/timeZone/);
  });

  it('gives the same ids when the same file is imported again, and other ids for another subject', () => {
    const a = parseImport(text, { timeZone: 'UTC' }).records.map((x) => x.id);
    const b = parseImport(text, { timeZone: 'UTC' }).records.map((x) => x.id);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    const c = parseImport(text, { timeZone: 'UTC', idScope: 'subject-2' }).records.map((x) => x.id);
    expect(c.filter((id) => a.includes(id))).toEqual([]);
  });

  const head = 'Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min)';

  it('stores Low as 39 and High as 401 mg/dL with an annotation, or skips them when asked', () => {
    const csv = [head, '1,2024-01-01T00:00:00,EGV,,,,G6,Low,,,,', '2,2024-01-01T00:05:00,EGV,,,,G6,High,,,,', '3,2024-01-01T00:10:00,EGV,,,,G6,120,,,,'].join('\n');
    const r = parseImport(csv, { timeZone: 'UTC' });
    expect(obs(r).map((o) => [o.value, o.annotation])).toEqual([
      [39, 'below-range'],
      [401, 'above-range'],
      [120, undefined],
    ]);
    const s = parseImport(csv, { timeZone: 'UTC', outOfRange: 'skip' });
    expect(obs(s).map((o) => o.value)).toEqual([120]);
    expect(s.skipped).toBe(2);
  });

  it('turns carbs, insulin, exercise and health rows into events and skips calibrations', () => {
    const csv = [
      head,
      '1,2024-01-01T08:00:00,Carbs,,,,G6,,,45,,',
      '2,2024-01-01T08:01:00,Insulin,Fast-Acting,,,G6,,4.5,,,',
      '3,2024-01-01T09:00:00,Exercise,Medium,,,G6,,,,00:30:00,',
      '4,2024-01-01T10:00:00,Health,Illness,,,G6,,,,,',
      '5,2024-01-01T11:00:00,Calibration,,,,G6,110,,,,',
    ].join('\n');
    const r = parseImport(csv, { timeZone: 'UTC' });
    expect(events(r).map((e) => [e.type, e.t, e.data])).toEqual([
      ['meal', '2024-01-01T08:00:00.000Z', { carbs_g: 45, source: 'dexcom-clarity' }],
      ['insulin', '2024-01-01T08:01:00.000Z', { units: 4.5, insulin_type: 'fast-acting', source: 'dexcom-clarity' }],
      ['activity', '2024-01-01T09:00:00.000Z', { intensity: 'medium', duration_min: 30, source: 'dexcom-clarity' }],
      ['note', '2024-01-01T10:00:00.000Z', { text: 'Illness', source: 'dexcom-clarity' }],
    ]);
    expect(r.skipped).toBe(1);
  });

  it('refuses a file with a bad line, naming the line and the field, unless told to skip bad lines', () => {
    const csv = [head, '1,2024-01-01T00:00:00,EGV,,,,G6,100,,,,', '2,2024-01-01T00:05:00,EGV,,,,G6,abc,,,,', '3,2024-13-01T00:10:00,EGV,,,,G6,100,,,,'].join('\n');
    const r = parseImport(csv, { timeZone: 'UTC' });
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      { line: 3, message: 'Glucose Value (mg/dL): "abc" is not a number' },
      { line: 4, message: expect.stringMatching(/^Timestamp \(YYYY-MM-DDThh:mm:ss\): "2024-13-01T00:10:00"/) },
    ]);
    const s = parseImport(csv, { timeZone: 'UTC', skipBadLines: true });
    expect(obs(s).map((o) => o.value)).toEqual([100]);
    expect(s.skipped).toBe(2);
    expect(s.errors).toHaveLength(2);
  });

  it('rejects a glucose value outside the possible range, naming the column', () => {
    const r = parseImport([head, '1,2024-01-01T00:00:00,EGV,,,,G6,5000,,,,'].join('\n'), { timeZone: 'UTC' });
    expect(r.errors[0]).toEqual({ line: 2, message: expect.stringMatching(/^Glucose Value \(mg\/dL\): glucose 5000/) });
  });
});

describe('LibreView CSV', () => {
  const text = sample('libreview_librelink_mmol_sample.csv');
  const rows = text
    .split('\r\n')
    .slice(2)
    .filter((l) => l)
    .map((l) => l.split(','));

  it('imports the historic readings of the real mmol/L export, converted to mg/dL, times read day-first', () => {
    const r = parseImport(text, { timeZone: 'Europe/Berlin' });
    expect(r.format).toBe('libreview');
    expect(r.errors).toEqual([]);
    const historic = rows.filter((f) => f[3] === '0');
    expect(obs(r)).toHaveLength(historic.length);
    expect(historic).toHaveLength(200);
    // 05-12-2019 16:25 in Berlin (CET, UTC+1) = 2019-12-05T15:25Z; 6.3 mmol/L × 18.0182.
    expect(obs(r)[0]!.t).toBe('2019-12-05T15:25:00.000Z');
    obs(r).forEach((o, i) => expect(o.value).toBeCloseTo(Number(historic[i]![4]) * MGDL_PER_MMOLL, 9));
  });

  it('skips scans, strip and empty note rows by default, and keeps the food and note events', () => {
    const r = parseImport(text, { timeZone: 'UTC' });
    const scans = rows.filter((f) => f[3] === '1').length;
    const emptyNotes = rows.filter((f) => f[3] === '6' && f[13] === '').length;
    expect(r.skipped).toBe(scans + emptyNotes);
    // Type 5 rows carry "Non-numeric Food" = 1; the three notes with text become notes.
    expect(events(r).filter((e) => e.type === 'meal').map((e) => e.data)).toEqual([
      { non_numeric: true, source: 'libreview' },
      { non_numeric: true, source: 'libreview' },
    ]);
    expect(events(r).filter((e) => e.type === 'note').map((e) => e.data.text)).toEqual(['Blood 78mg/dl (4.3mmol/l)', 'Actual 74mg/dl 2.5 ket mmol/l', 'MacCocoMCT']);
  });

  it('imports scans when asked, once each even when the export repeats a scan', () => {
    const r = parseImport(text, { timeZone: 'UTC', includeScans: true });
    const scans = rows.filter((f) => f[3] === '1');
    const distinct = new Set(scans.map((f) => `${f[2]}|${f[5]}`)).size;
    expect(distinct).toBeLessThan(scans.length); // the sample has a repeated scan
    expect(obs(r)).toHaveLength(200 + distinct);
  });

  it('reads a US mg/dL export month-first with AM/PM, insulin, carbs and LO/HI', () => {
    const csv = [
      'Glucose Data,Generated on,01-20-2024 9:00 AM UTC,Generated by,Someone',
      'Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mg/dL,Scan Glucose mg/dL,Non-numeric Rapid-Acting Insulin,Rapid-Acting Insulin (units),Non-numeric Food,Carbohydrates (grams),Carbohydrates (servings),Non-numeric Long-Acting Insulin,Long-Acting Insulin (units),Notes,Strip Glucose mg/dL,Ketone mmol/L,Meal Insulin (units),Correction Insulin (units),User Change Insulin (units)',
      'FreeStyle Libre 2,X1,01-02-2024 01:15 PM,0,142,,,,,,,,,,,,,,',
      'FreeStyle Libre 2,X1,01-02-2024 01:30 PM,0,LO,,,,,,,,,,,,,,',
      'FreeStyle Libre 2,X1,01-02-2024 01:45 PM,0,HI,,,,,,,,,,,,,,',
      'FreeStyle Libre 2,X1,01-02-2024 12:05 AM,4,,,,3,,,,,12,,,,,,',
      'FreeStyle Libre 2,X1,01-02-2024 12:10 PM,5,,,,,,40,,,,,,,,,',
      'FreeStyle Libre 2,X1,01-02-2024 12:20 PM,2,,,,,,,,,,,98,,,,',
    ].join('\r\n');
    const r = parseImport(csv, { timeZone: 'UTC' });
    expect(r.errors).toEqual([]);
    expect(obs(r).map((o) => [o.t, o.value, o.annotation])).toEqual([
      ['2024-01-02T13:15:00.000Z', 142, undefined],
      ['2024-01-02T13:30:00.000Z', 39, 'below-range'],
      ['2024-01-02T13:45:00.000Z', 501, 'above-range'],
    ]);
    expect(events(r).map((e) => [e.type, e.t, e.data.units ?? e.data.carbs_g, e.data.insulin_type])).toEqual([
      ['insulin', '2024-01-02T00:05:00.000Z', 3, 'rapid'],
      ['insulin', '2024-01-02T00:05:00.000Z', 12, 'long'],
      ['meal', '2024-01-02T12:10:00.000Z', 40, undefined],
    ]);
    expect(r.skipped).toBe(1); // the strip reading
  });

  it('names the line and column of a bad glucose value or timestamp', () => {
    const lines = text.split('\r\n');
    lines[4] = lines[4]!.replace(',0,6.5,', ',0,six,');
    lines[6] = lines[6]!.replace('05-12-2019', '35-12-2019');
    const r = parseImport(lines.join('\r\n'), { timeZone: 'UTC' });
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      { line: 5, message: 'Historic Glucose mmol/L: "six" is not a number' },
      { line: 7, message: expect.stringMatching(/^Device Timestamp: "35-12-2019/) },
    ]);
  });
});

describe('Nightscout JSON', () => {
  it('imports the legacy entries with string sgv and skips the Dexcom status codes', () => {
    const text = sample('nightscout_entries_2014_fixture.json');
    const docs = JSON.parse(text) as Array<{ sgv: string; date: number }>;
    const r = parseImport(text);
    expect(r.format).toBe('nightscout');
    expect(r.skipped).toBe(docs.filter((d) => Number(d.sgv) < 39).length);
    expect(r.skipped).toBe(12);
    const real = docs.filter((d) => Number(d.sgv) >= 39);
    expect(obs(r).map((o) => [o.t, o.value])).toEqual(real.map((d) => [new Date(d.date).toISOString(), Number(d.sgv)]));
  });

  it('imports the mongoexport dump out of time order, with times that agree with its +0100 dateString', () => {
    const text = sample('nightscout_xdrip_libre_mongoexport_sample.json');
    const docs = JSON.parse(text) as Array<{ sgv: number; dateString: string }>;
    const r = parseImport(text);
    expect(r.errors).toEqual([]);
    expect(obs(r)).toHaveLength(300);
    obs(r).forEach((o, i) => {
      expect(o.value).toBe(docs[i]!.sgv);
      expect(Date.parse(o.t)).toBe(Date.parse(docs[i]!.dateString.replace(/(\d{2})(\d{2})$/, '$1:$2')));
    });
    // Same readings, one document per line (plain mongoexport): same ids.
    const ndjson = docs.map((d) => JSON.stringify(d)).join('\n');
    expect(parseImport(ndjson, { format: 'nightscout' }).records.map((x) => x.id)).toEqual(r.records.map((x) => x.id));
  });

  it('turns treatments into meal, insulin, activity and note events', () => {
    const text = JSON.stringify([
      { _id: 'a', eventType: 'Meal Bolus', created_at: '2024-01-01T12:00:00.000Z', carbs: 50, insulin: 5 },
      { _id: 'b', eventType: 'Correction Bolus', created_at: '2024-01-01T14:00:00Z', insulin: 1.5 },
      { _id: 'c', eventType: 'Exercise', created_at: '2024-01-01T16:00:00Z', duration: 45 },
      { _id: 'd', eventType: 'Note', created_at: '2024-01-01T18:00:00Z', notes: 'sensor changed' },
      { _id: 'e', eventType: 'Temp Basal', created_at: '2024-01-01T19:00:00Z', rate: 0.5, duration: 30 },
    ]);
    const r = parseImport(text);
    expect(events(r).map((e) => [e.type, e.t, e.data])).toEqual([
      ['meal', '2024-01-01T12:00:00.000Z', { carbs_g: 50, source: 'nightscout' }],
      ['insulin', '2024-01-01T12:00:00.000Z', { units: 5, insulin_type: 'bolus', source: 'nightscout' }],
      ['insulin', '2024-01-01T14:00:00.000Z', { units: 1.5, insulin_type: 'bolus', source: 'nightscout' }],
      ['activity', '2024-01-01T16:00:00.000Z', { duration_min: 45, source: 'nightscout' }],
      ['note', '2024-01-01T18:00:00.000Z', { text: 'sensor changed', source: 'nightscout' }],
    ]);
    expect(r.skipped).toBe(1);
  });

  it('points at the line of a bad entry and at the line of a JSON syntax error', () => {
    const bad = '[\n  {"type": "sgv", "sgv": 120, "date": 1700000000000},\n  {"type": "sgv",\n   "sgv": "high!", "date": 1700000300000}\n]';
    expect(parseImport(bad).errors).toEqual([{ line: 3, message: 'sgv: "high!" is not a number' }]);
    const broken = '[\n  {"type": "sgv", "sgv": 120, "date": 1700000000000},\n  {"type": "sgv" "sgv": 1}\n]';
    const r = parseImport(broken, { format: 'nightscout' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toMatch(/invalid JSON/);
  });
});

describe('Tend CSV', () => {
  it('reads time, metric, value and unit, converting to canonical units', () => {
    const r = parseImport('time,metric,value,unit\n2024-01-01T01:00:00+01:00,glucose,5.5,mmol/L\n2024-01-01T00:05:00Z,body_temperature,98.6,°F\n2024-01-01T00:10:00Z,heart_rate,61\n');
    expect(r.errors).toEqual([]);
    expect(obs(r).map((o) => [o.metric, o.t, o.unit])).toEqual([
      ['glucose', '2024-01-01T00:00:00.000Z', 'mg/dL'],
      ['body_temperature', '2024-01-01T00:05:00.000Z', '°C'],
      ['heart_rate', '2024-01-01T00:10:00.000Z', '/min'],
    ]);
    expect(obs(r)[0]!.value).toBeCloseTo(5.5 * 18.0182, 9);
    expect(obs(r)[1]!.value).toBeCloseTo(37, 9); // (98.6 − 32) × 5/9
  });

  it('names the line and field of a time without offset, an unknown metric and an unaccepted unit', () => {
    const r = parseImport('time,metric,value,unit\n2024-01-01T00:00:00,glucose,100,mg/dL\n2024-01-01T00:00:00Z,glucoze,100,\n2024-01-01T00:00:00Z,glucose,100,furlongs\n2024-01-01T00:00:00Z,glucose,,\n', { format: 'tend-csv' });
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [2, 'time'],
      [3, 'metric'],
      [4, 'unit'],
      [5, 'value'],
    ]);
  });
});

describe('why records were skipped', () => {
  it('explains each skip of the LibreView sample by reason, with example lines that are those rows', () => {
    const text = sample('libreview_librelink_mmol_sample.csv');
    const lines = text.split('\r\n');
    const r = parseImport(text, { timeZone: 'UTC' });
    expect(r.skipped).toBeGreaterThan(0);
    // Every skip has a reason: the counts add up to the total.
    expect(r.skip_reasons.reduce((s, x) => s + x.count, 0)).toBe(r.skipped);
    const scans = r.skip_reasons.find((x) => x.reason.startsWith('scan reading (record type 1)'));
    expect(scans?.count).toBe(lines.filter((l) => l.split(',')[3] === '1').length);
    expect(scans?.lines.length).toBe(5);
    for (const line of scans!.lines) expect(lines[line - 1]!.split(',')[3]).toBe('1');
    const empty = r.skip_reasons.find((x) => x.reason === 'record type 6 with no insulin, food or note in it');
    expect(empty?.count).toBe(lines.filter((l) => l.split(',')[3] === '6' && l.split(',')[13] === '').length);
    // Most frequent first.
    expect(r.skip_reasons.map((x) => x.count)).toEqual([...r.skip_reasons.map((x) => x.count)].sort((a, b) => b - a));
  });

  it('names Nightscout status codes and repeats, with the JSON lines they are on', () => {
    const text = '[\n{"sgv": 120, "date": 1700000000000},\n{"sgv": 5, "date": 1700000300000},\n{"sgv": 120, "date": 1700000000000},\n{"type": "mbg", "mbg": 100, "date": 1700000600000}\n]';
    const r = parseImport(text, { format: 'nightscout' });
    expect(r.skip_reasons).toEqual([
      { reason: 'entry type "mbg": not a sensor glucose (sgv)', count: 1, lines: [5] },
      { reason: 'repeats a record earlier in the same file', count: 1, lines: [4] },
      { reason: 'sgv under 39: a Dexcom status code, not a glucose value', count: 1, lines: [3] },
    ]);
  });

  it('counts bad lines let through by skipBadLines as their own reason, and says nothing when nothing was skipped', () => {
    const r = parseImport('time,metric,value\n2024-01-01T00:00:00Z,glucose,100\nnope,glucose,1\n', { format: 'tend-csv', skipBadLines: true });
    expect(r.skip_reasons).toEqual([{ reason: 'bad record (each listed with its error)', count: 1, lines: [3] }]);
    expect(parseImport('time,metric,value\n2024-01-01T00:00:00Z,glucose,100\n').skip_reasons).toEqual([]);
  });
});
