import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIM_PATIENTS, SIM_SENSORS } from '../../../api/diabetes';
import { isApiError } from '../../../api/errors';
import { parsePatients, parseSensors, patientNames, patientParams, pumps, sensorNames, sensorParams } from './params';

const read = (f: string) => readFileSync(new URL(`./params/${f}`, import.meta.url), 'utf8');

describe('simulator parameters (simglucose, MIT)', () => {
  it('keeps the four CSV files byte-for-byte as copied from simglucose a6f6777', () => {
    // SHA-256 of the upstream files; an edit here must be a deliberate, credited change.
    const want: Record<string, string> = {
      'Quest.csv': '30c73a4a0e406a8d8c08b33cf3e7573b9cee40f1d56b12bbe5c3aab3c73935b5',
      'pump_params.csv': '9b92646519f5501869626164f98e59cdc9303318958df78d7a670de1d023df6f',
      'sensor_params.csv': 'a8b514dde8ccaae1e5ec07c127fcadbfce05db03d1f95a1eecb0c97035e9872c',
      'vpatient_params.csv': '662f3b684d160fdf485edd1d7196dd1cd85c14b53650b030fdb86aaa05bb2e50',
    };
    for (const [f, h] of Object.entries(want)) {
      expect(createHash('sha256').update(readFileSync(new URL(`./params/${f}`, import.meta.url))).digest('hex'), f).toBe(h);
    }
  });

  it('reads 30 patients, 3 sensors and 2 pumps with their units', () => {
    expect(patientNames()).toHaveLength(30);
    expect(patientNames().filter((n) => n.startsWith('adult#'))).toHaveLength(10);
    expect(sensorNames()).toEqual(['Dexcom', 'GuardianRT', 'Navigator']);
    expect([...pumps().keys()]).toEqual(['Cozmo', 'Insulet']);
    const p = patientParams('adult#001');
    expect(p.BW).toBe(102.32);
    expect(p.CR).toBe(10);
    expect(p.x0).toHaveLength(13);
    // Gb is Gpb / Vg, and x0's plasma glucose is Gpb, for every patient.
    for (const n of patientNames()) {
      const q = patientParams(n);
      expect(q.x0[3]! / q.Vg).toBeCloseTo(q.Gb, 6);
      expect(q.x0[3]).toBeCloseTo(q.Gpb, 6);
    }
    expect(sensorParams('Dexcom')).toMatchObject({ sample_time: 3, min: 39, max: 600 });
    expect(sensorParams('Navigator')).toMatchObject({ sample_time: 1, min: 32 });
  });

  it('refuses an unknown patient or sensor, listing the valid names', () => {
    let err: unknown;
    try {
      patientParams('adult#011');
    } catch (e) {
      err = e;
    }
    expect(isApiError(err) && err.code).toBe('bad_request');
    expect((err as Error).message).toMatch(/adult#011.*adolescent#001.*adult#010.*child#010/);
    expect(() => sensorParams('Libre')).toThrow(/Dexcom, GuardianRT, Navigator/);
  });

  it('rejects a damaged parameter file naming the patient and field', () => {
    const vp = read('vpatient_params.csv');
    const quest = read('Quest.csv');
    // A negative body weight for the first patient.
    const lines = vp.split('\n');
    const head = lines[0]!.split(',');
    const bw = head.indexOf('BW');
    const row = lines[1]!.split(',');
    row[bw] = '-68.7';
    expect(() => parsePatients([lines[0], row.join(','), ...lines.slice(2)].join('\n'), quest)).toThrow(/adolescent#001: BW/);
    // A value that is not a number.
    row[bw] = 'heavy';
    expect(() => parsePatients([lines[0], row.join(','), ...lines.slice(2)].join('\n'), quest)).toThrow(/adolescent#001: BW = "heavy"/);
    // A patient missing from Quest.csv.
    expect(() => parsePatients(vp, quest.split('\n').filter((l) => !l.startsWith('child#010')).join('\n'))).toThrow(/Quest.csv: no row for child#010/);
    // A sensor whose sample time does not divide the 150-minute noise block.
    expect(() => parseSensors('Name,PACF,gamma,lambda,delta,xi,sample_time,min,max\nOdd,0.7,-0.5,15,1.7,-5,7,39,600\n')).toThrow(/Odd: sample_time/);
  });

  it('names the same patients and sensors as the API offers the app (api/diabetes.ts)', () => {
    expect([...SIM_PATIENTS]).toEqual(patientNames());
    expect([...SIM_SENSORS]).toEqual(sensorNames());
  });
});
