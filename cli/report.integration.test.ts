import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';
import { analyzeTremor } from '../core/tremor/analysis';
import { uploadMotion } from '../core/tremor/service';
import { simulateRecording } from '../native/lab/motion/wrist-sim';
import { resolveSubject } from './context';
import { printable, pdfText as text } from './report-testing';

const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const ready = printable;
const tend = (db: string, ...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn', TZ: 'UTC' }, timeout: 90_000 });

// Three hours of a seeded wrist from 07:00 UTC at 50 Hz.
const START = Date.UTC(2026, 0, 5, 7, 0, 0);
const rec = simulateRecording({ seed: 7401, durationS: 3 * 3600, startMs: START, rateHz: 50, noSleep: true, doses: [{ atS: 3600, drug: 'levodopa' }] });

describe.skipIf(!ready)('tend report', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-report-'));
    db = join(dir, 't.db');
    const core = createCore({ db: openDatabase(db) });
    const { subject, ctx } = resolveSubject(core, 'Ann', { create: 'parkinson' });
    uploadMotion(core, ctx, subject.id, [{ t0Ms: START, rateHz: 50, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z }]);
    for (const t of ['2026-01-05T08:00:00Z', '2026-01-05T09:00:00Z']) await core.call('tremor.doses.create', { subject_id: subject.id, t, drug: 'levodopa', dose_mg: 100 }, ctx);
    core.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a tremor PDF with its sections and the numbers of the recording', () => {
    const out = join(dir, 'tremor.pdf');
    const r = tend(db, 'report', '--subject', 'Ann', '--kind', 'tremor', '--out', out, '--utc-offset-min', '0');
    expect(r.status, r.stderr).toBe(0);
    const t = text(out);
    for (const heading of ['Tremor report: Ann', 'Summary', 'Shake by minute', 'Medication response on 2026-01-05', 'Across the period', 'Progression']) expect(t).toContain(heading);
    // Reference: the pure analysis of the same samples, minute by minute.
    const ref = analyzeTremor({ t: rec.samples.t, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z }, { rateHz: 50 });
    const tremorMinutes = ref.per_minute.filter((m) => m.tremor_percent >= 50).length;
    const meanPct = ref.per_minute.reduce((s, m) => s + m.tremor_percent, 0) / ref.per_minute.length;
    expect(t).toMatch(new RegExp(`Minutes with tremor ${tremorMinutes} Tremor time ${meanPct.toFixed(1)} %`));
    expect(t).toMatch(/Days recorded 1 Hours recorded 3\.0/);
    expect(t).toMatch(/Doses logged 2/);
    expect(t).toContain(`2026-01-05: ${tremorMinutes} tremor minutes of 180 recorded`);
    expect(t).toMatch(/Dose Before After[\s\S]*08:00[\s\S]*09:00[\s\S]*Across the period/);
    expect(t).toMatch(/No trend yet: each day needs 2 hours of wear; 1 of 7 days so far/);
  }, 90_000);

  it('prints basic agp and baby reports with the same machinery', () => {
    const agp = join(dir, 'agp.pdf');
    const a = tend(db, 'report', '--subject', 'Ann', '--kind', 'agp', '--out', agp);
    expect(a.status, a.stderr).toBe(0);
    expect(text(agp)).toMatch(/Ambulatory glucose profile: Ann[\s\S]*Glucose statistics[\s\S]*Time in ranges/);
    const baby = join(dir, 'baby.pdf');
    const b = tend(db, 'report', '--subject', 'Ann', '--kind', 'baby', '--out', baby);
    expect(b.status, b.stderr).toBe(0);
    expect(text(baby)).toMatch(/Baby monitor report: Ann[\s\S]*Summary[\s\S]*Nothing was recorded in this period[\s\S]*Readings[\s\S]*Body temperature/);
  }, 90_000);

  it('refuses an unknown kind with exit 2 naming the option', () => {
    const r = tend(db, 'report', '--subject', 'Ann', '--kind', 'weekly', '--out', join(dir, 'x.pdf'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--kind weekly/);
  });
});
