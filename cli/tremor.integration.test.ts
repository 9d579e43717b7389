import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateRecording } from '../native/lab/motion/wrist-sim';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const tend = (...args: string[]) => spawnSync(process.execPath, [TEND, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });

describe('tend tremor', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-tremor-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON document with the contract fields, in g as in m/s²', () => {
    const rec = simulateRecording({ seed: 7501, durationS: 300, rateHz: 100, noSleep: true, activities: [{ startS: 0, durationS: 300, activity: 'rest' }] });
    const { t, x, y, z } = rec.samples;
    const ms2 = ['t,x,y,z'];
    const g = ['t,x_g,y_g,z_g'];
    for (let i = 0; i < t.length; i++) {
      ms2.push(`${t[i]!.toFixed(2)},${x[i]},${y[i]},${z[i]}`);
      g.push(`${t[i]!.toFixed(2)},${x[i]! / 9.80665},${y[i]! / 9.80665},${z[i]! / 9.80665}`);
    }
    writeFileSync(join(dir, 'a.csv'), ms2.join('\n'));
    writeFileSync(join(dir, 'g.csv'), g.join('\n'));
    const r = tend('tremor', join(dir, 'a.csv'), '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).sort()).toEqual(['amplitude_rms', 'dominant_band', 'dominant_hz', 'duration_s', 'format', 'per_minute', 'rate_hz', 'samples', 'tremor', 'tremor_band_power_ratio']);
    expect(doc.per_minute).toHaveLength(5);
    expect(Object.keys(doc.per_minute[0]).sort()).toEqual(['dominant_hz', 'magnitude', 'minute', 'tremor_percent']);
    // The simulator's own labels: the recording has tremor minutes, at the bout frequency.
    const truth = rec.minutes.filter((m) => m.tremor);
    expect(doc.tremor).toBe(truth.length > 0);
    if (doc.tremor) expect(Math.abs(doc.dominant_hz - truth[0]!.tremorHz!)).toBeLessThan(0.5);
    // The simulator's rest tremor is 4–6.2 Hz: labelled rest (v2's band label).
    expect(doc.dominant_band).toBe(doc.tremor ? 'rest' : null);
    const inG = JSON.parse(tend('tremor', join(dir, 'g.csv'), '--rate-hz', '100', '--json').stdout);
    expect(inG.per_minute.map((m: { tremor_percent: number }) => m.tremor_percent)).toEqual(doc.per_minute.map((m: { tremor_percent: number }) => m.tremor_percent));
  });

  it('finds a tremor peaking at 8.5 Hz and labels it postural, a 5 Hz one rest, and not a 3.5 Hz toothbrush-like rhythm', () => {
    // v1 searched 3.5–7.5 Hz only, so the 8.5 Hz tremor was missed and no band was reported.
    const csv = (name: string, hz: number, peak: number) => {
      const lines = ['t,x,y,z'];
      for (let i = 0; i < 100 * 90; i++) {
        const t = i / 100;
        lines.push(`${t.toFixed(2)},${(5.9 + peak * Math.sin(2 * Math.PI * hz * t)).toFixed(4)},0.01,7.84`);
      }
      writeFileSync(join(dir, name), lines.join('\n'));
      const r = tend('tremor', join(dir, name), '--json');
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { tremor: boolean; dominant_hz: number | null; dominant_band: string | null };
    };
    const postural = csv('postural.csv', 8.5, 0.8);
    expect(postural.tremor).toBe(true);
    expect(postural.dominant_band).toBe('postural');
    expect(Math.abs(postural.dominant_hz! - 8.5)).toBeLessThan(0.1);
    expect(csv('rest.csv', 5, 0.8)).toMatchObject({ tremor: true, dominant_band: 'rest' });
    expect(csv('brushing.csv', 3.5, 2)).toMatchObject({ tremor: false, dominant_hz: null, dominant_band: null });
  });

  it('exits 2 naming the file, line and field of a bad CSV, with nothing on stdout', () => {
    writeFileSync(join(dir, 'bad.csv'), 't,x,y,z\n0,0.1,0.2,9.8\n0.01,0.1,abc,9.8\n');
    const r = tend('tremor', join(dir, 'bad.csv'), '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.csv: line 3, field y: "abc" is not a number/);
    expect(tend('tremor', join(dir, 'a.csv'), '--rate-hz', 'fast', '--json').status).toBe(2);
  });
});
