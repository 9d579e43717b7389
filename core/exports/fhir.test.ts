import { describe, expect, it } from 'vitest';
import { parseImport } from '../imports/index';
import type { ImportedObservation } from '../imports/index';
import { TEND_METRIC_SYSTEM, toFhirBundle } from './fhir';
import { toTendCsv } from './tend-csv';

const subject = { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', name: 'Ada' };
const observations = [
  { id: '0190a1b2-0000-7000-8000-000000000001', metric: 'glucose', t: '2024-01-01T00:00:00.000Z', value: 104, unit: 'mg/dL' },
  { id: '0190a1b2-0000-7000-8000-000000000002', metric: 'glucose', t: '2024-01-01T00:05:00.000Z', value: 113.51466, unit: 'mg/dL' },
  { id: '0190a1b2-0000-7000-8000-000000000003', metric: 'body_temperature', t: '2024-01-01T01:00:00.000Z', value: 37.2, unit: '°C' },
  { id: '0190a1b2-0000-7000-8000-000000000004', metric: 'humidity', t: '2024-01-01T02:00:00.000Z', value: 45, unit: '%RH' },
  { id: '0190a1b2-0000-7000-8000-000000000005', metric: 'heart_rate', t: '2024-01-01T03:00:00.000Z', value: 61, unit: '/min' },
];
interface Res {
  resourceType: string;
  code: { coding: Array<Record<string, string>> };
  valueQuantity: Record<string, unknown>;
  subject: { reference: string };
  effectiveDateTime: string;
}
type Entry = { resource: Res };

describe('toFhirBundle', () => {
  const bundle = toFhirBundle(subject, observations) as { resourceType: string; type: string; entry: Entry[] };
  const obsRes = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');

  it('makes a collection Bundle with the Patient and one Observation per reading', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.entry[0]!.resource).toMatchObject({ resourceType: 'Patient', id: subject.id, name: [{ text: 'Ada' }] });
    expect(obsRes).toHaveLength(5);
    for (const r of obsRes) expect(r.subject.reference).toBe(`Patient/${subject.id}`);
  });

  it('codes glucose with LOINC 99504-3 in mg/dL and a metric without LOINC in the Tend code system', () => {
    const g = obsRes[0]!;
    expect(g.code.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '99504-3' });
    expect(g.valueQuantity).toEqual({ value: 104, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' });
    expect(g.effectiveDateTime).toBe('2024-01-01T00:00:00.000Z');
    expect(obsRes[2]!.code.coding[0].code).toBe('8310-5');
    expect(obsRes[2]!.valueQuantity.code).toBe('Cel');
    const h = obsRes[3]!;
    expect(h.code.coding).toEqual([{ system: TEND_METRIC_SYSTEM, code: 'humidity', display: 'Humidity' }]);
    expect(h.valueQuantity.code).toBe('%');
  });

  it('round-trips: the exported Bundle imports back as the same observations with the same ids', () => {
    const r = parseImport(JSON.stringify(bundle), { format: 'auto' });
    expect(r.format).toBe('fhir');
    expect(r.errors).toEqual([]);
    const back = (r.records as ImportedObservation[]).map(({ id, metric, t, value, unit }) => ({ id, metric, t, value, unit }));
    expect(back).toEqual(observations);
  });

  it('round-trips through Tend CSV too (values and times; ids come from the content)', () => {
    const csv = toTendCsv(observations);
    expect(csv.split('\n')[0]).toBe('time,metric,value,unit');
    const r = parseImport(csv);
    expect(r.format).toBe('tend-csv');
    expect((r.records as ImportedObservation[]).map(({ metric, t, value, unit }) => ({ metric, t, value, unit }))).toEqual(observations.map(({ metric, t, value, unit }) => ({ metric, t, value, unit })));
  });
});

describe('FHIR import of foreign Observations', () => {
  const bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '15074-8' }] }, effectiveDateTime: '2024-01-01T08:00:00+01:00', valueQuantity: { value: 5, unit: 'mmol/L', code: 'mmol/L' } } },
      {
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
          effectiveDateTime: '2024-01-01T09:00:00Z',
          component: [
            { code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] }, valueQuantity: { value: 120, code: 'mm[Hg]' } },
            { code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] }, valueQuantity: { value: 80, code: 'mm[Hg]' } },
          ],
        },
      },
      { resource: { resourceType: 'Observation', status: 'entered-in-error', code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, effectiveDateTime: '2024-01-01T09:00:00Z', valueQuantity: { value: 70, code: '/min' } } },
      { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, effectiveDateTime: '2024-01-01T10:00:00Z', valueQuantity: { value: 72, code: '{beats}/min' } } },
    ],
  };

  it('maps LOINC codes to metrics, reads blood-pressure components and skips entered-in-error', () => {
    const r = parseImport(JSON.stringify(bundle));
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(1);
    expect((r.records as ImportedObservation[]).map((o) => [o.metric, o.t, Math.round(o.value * 1000) / 1000])).toEqual([
      ['glucose', '2024-01-01T07:00:00.000Z', 90.091], // 5 mmol/L × 18.0182
      ['systolic_bp', '2024-01-01T09:00:00.000Z', 120],
      ['diastolic_bp', '2024-01-01T09:00:00.000Z', 80],
      ['heart_rate', '2024-01-01T10:00:00.000Z', 72],
    ]);
  });

  it('names the line and field of an Observation with no offset or an unknown code', () => {
    const b = structuredClone(bundle);
    (b.entry[3]!.resource as Record<string, unknown>).effectiveDateTime = '2024-01-01T10:00:00';
    b.entry[0]!.resource.code.coding[0]!.code = '0000-0';
    const text = JSON.stringify(b, null, 2);
    const r = parseImport(text);
    expect(r.records).toEqual([]);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(r.errors.map((e) => e.message.split(':')[0])).toEqual(['code', 'effectiveDateTime']);
    // Each error points at the line where its entry's resource starts.
    expect(r.errors[0]!.line).toBe(lineOf('"resource"'));
    expect(r.errors[1]!.line).toBeGreaterThan(r.errors[0]!.line);
    expect(text.split('\n')[r.errors[1]!.line - 1]).toMatch(/"resource"/);
  });
});
