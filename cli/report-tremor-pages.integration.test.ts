import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';
import { uploadMotion } from '../core/tremor/service';
import { simulateRecording } from '../native/lab/motion/wrist-sim';
import { resolveSubject } from './context';
import { printable, tendCli as tend } from './report-testing';

const ready = printable;
const pageText = (pdf: string, p: number) => spawnSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);

describe.skipIf(!ready)('the tremor report, page by page', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-tremor-pages-'));
    db = join(dir, 't.db');
    const core = createCore({ db: openDatabase(db) });
    const { subject, ctx } = resolveSubject(core, 'Ann', { create: 'parkinson' });
    // Ten seeded minutes a day for 14 days: 14 day strips, more than fit under the summary.
    for (let d = 0; d < 14; d++) {
      const startMs = START + d * DAY + 9 * 3_600_000;
      const rec = simulateRecording({ seed: 100 + d, durationS: 600, startMs, rateHz: 50, noSleep: true });
      uploadMotion(core, ctx, subject.id, [{ t0Ms: startMs, rateHz: 50, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z }]);
    }
    core.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts the day strips on page 1 under the summary rather than leaving page 1 nearly empty', () => {
    const out = join(dir, 'tremor.pdf');
    const r = tend(db, 'report', '--subject', 'Ann', '--kind', 'tremor', '--out', out, '--utc-offset-min', '0', '--from', new Date(START).toISOString(), '--to', new Date(START + 14 * DAY).toISOString());
    expect(r.status, r.stderr).toBe(0);
    const n = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)![1]);
    expect(n).toBeGreaterThanOrEqual(2);
    const first = pageText(out, 1);
    expect(first).toMatch(/Tremor report: Ann[\s\S]*Summary[\s\S]*Shake by minute[\s\S]*2026-01-05: \d+ tremor minutes of 10 recorded/);
    // Every day's strip is somewhere, in order.
    const all = Array.from({ length: n }, (_, i) => pageText(out, i + 1)).join('\n');
    expect(all).toMatch(new RegExp(Array.from({ length: 14 }, (_, d) => new Date(START + d * DAY).toISOString().slice(0, 10) + ':').join('[\\s\\S]*')));
  }, 180_000);
});
