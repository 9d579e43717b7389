import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SecondFeatures } from './analysis';
import { fnv1a32, loadRealRecordings, segmentCalled, segmentFeatures, sensSpec, splitCsvLine, splitOf, wilson } from './real-eval';
import type { SegmentResult } from './real-eval';

function secs(n: number, tremor: (i: number) => boolean, hz = 5): SecondFeatures {
  const f = (v: number): Float32Array => new Float32Array(n).fill(v);
  return {
    second: Int32Array.from({ length: n }, (_, i) => i), bandRatio: f(0), peakHz: f(hz), bandRms: f(0), movementRms: f(0), peakedness: f(0),
    tremor: Uint8Array.from({ length: n }, (_, i) => (tremor(i) ? 1 : 0)),
  };
}

describe('split by person', () => {
  it('hashes with 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('holds out the only smartwatch tremor subject and one healthy PADS subject, and keeps one for development', () => {
    expect(splitOf('pads', 'pads_002')).toBe('heldout');
    expect(splitOf('pads', 'pads_001')).toBe('heldout');
    expect(splitOf('pads', 'pads_003')).toBe('dev');
  });

  it('puts about 30 % of hashed ids in the held-out split, the same way every time', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `wisdm_${i}`);
    const held = ids.filter((id) => splitOf('wisdm', id) === 'heldout').length / ids.length;
    expect(held).toBeGreaterThan(0.26);
    expect(held).toBeLessThan(0.34);
    expect(ids.map((id) => splitOf('wisdm', id))).toEqual(ids.map((id) => splitOf('wisdm', id)));
  });
});

describe('Wilson interval', () => {
  it('matches the textbook value for 8 of 10 and stays inside 0–1 at the extremes', () => {
    const w = wilson(8, 10);
    expect(w.lo).toBeCloseTo(0.4902, 3);
    expect(w.hi).toBeCloseTo(0.9433, 3);
    expect(wilson(0, 5).lo).toBe(0);
    expect(wilson(5, 5).hi).toBe(1);
    expect(wilson(5, 5).lo).toBeCloseTo(0.5655, 3);
  });
});

describe('segments', () => {
  it('calls a segment tremor when at least half of its seconds are tremor seconds', () => {
    expect(segmentCalled(10, 5)).toBe(true);
    expect(segmentCalled(10, 4)).toBe(false);
    expect(segmentCalled(0, 0)).toBe(false);
  });

  it('cuts a long recording into 10 s blocks and drops a trailing block under 5 s', () => {
    const blocks = segmentFeatures([secs(34, (i) => i >= 10 && i < 16)], 10);
    expect(blocks.map((b) => [b.start, b.seconds, b.tremorSeconds])).toEqual([
      [0, 10, 0],
      [10, 10, 6],
      [20, 10, 0],
    ]);
  });

  it('pools the seconds of separately analysed windows into one segment', () => {
    const seg = segmentFeatures([secs(2, () => true, 4.5), secs(2, () => false), secs(2, (i) => i === 0, 5.5)], 0);
    expect(seg).toHaveLength(1);
    expect(seg[0]).toMatchObject({ seconds: 6, tremorSeconds: 3 });
    expect(seg[0].hz).toEqual([4.5, 4.5, 5.5]);
  });

  it('scores sensitivity over tremor segments and specificity over the others, leaving unscored ones out', () => {
    const s = (label: 0 | 1 | null, called: boolean): SegmentResult => ({
      file: 'f', source: 'pads', id: 'p', activity: 'a', label, start: 0, seconds: 9, tremorSeconds: called ? 9 : 0, called, dominantHz: null,
    });
    const r = sensSpec([s(1, true), s(1, false), s(0, false), s(0, false), s(0, true), s(null, true)]);
    expect(r.sensitivity).toMatchObject({ k: 1, n: 2, rate: 0.5 });
    expect(r.specificity).toMatchObject({ k: 2, n: 3 });
  });
});

describe('loading real recordings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-tremor-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the index with quoted fields, converts g to m/s², labels pads_002 by task and splits pdassist by window', () => {
    mkdirSync(join(dir, 'pads_subset'));
    mkdirSync(join(dir, 'wisdm_watch'));
    mkdirSync(join(dir, 'pdassist'));
    writeFileSync(
      join(dir, 'index.csv'),
      [
        'file,subject_id,source,group,diagnosis_note,activity,task_kind,tremor_label,wrist,rate_hz,n_samples,duration_s,units,tremor_band_frac',
        'pads_subset/a.csv,pads_002,"PADS (x, y)",Other,-,Relaxed1,rest,1,LeftWrist,100,2,0.02,g,0.8',
        'pads_subset/b.csv,pads_002,"PADS (x, y)",Other,-,TouchNose,movement,1,LeftWrist,100,2,0.02,g,0.3',
        'wisdm_watch/c.csv,wisdm_1600,WISDM,-,-,typing,movement,0,-,20,2,0.1,g,0.4',
      ].join('\n'),
    );
    for (const f of ['pads_subset/a.csv', 'pads_subset/b.csv', 'wisdm_watch/c.csv']) writeFileSync(join(dir, f), 't,x,y,z\n0,1,0,0\n0.01,0,1,0\n');
    writeFileSync(join(dir, 'pdassist', 'index.csv'), 'file,segment,n_windows,severity_0_3\npdassist_0007.csv,7,2,2\n');
    writeFileSync(join(dir, 'pdassist', 'pdassist_0007.csv'), 'window,t,x,y,z\n0,0,1,2,3\n0,0.02,1,2,3\n1,0.04,4,5,6\n');
    const recs = loadRealRecordings(dir);
    expect(recs.map((r) => [r.id, r.activity, r.label])).toEqual([
      ['pads_002', 'Relaxed1', 1],
      ['pads_002', 'TouchNose', null],
      ['wisdm_1600', 'typing', 0],
      ['pdassist_0007', 'rest-test', 1],
    ]);
    expect(recs[0].pieces[0].x[0]).toBeCloseTo(9.80665, 5);
    expect(recs[3].pieces.map((p) => p.x.length)).toEqual([2, 1]);
    expect(recs[3].pieces[1].z[0]).toBe(6);
    expect(splitCsvLine('a,"b, c",d')).toEqual(['a', 'b, c', 'd']);
  });
});
