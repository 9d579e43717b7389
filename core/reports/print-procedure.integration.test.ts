import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import type { ServerEvent } from '../../api/procedures';
import { setReportPrinter, type ReportJob } from './printer';

/**
 * `reports.print` is the core's: access and the request are checked there, whatever host
 * prints. The printer stands in for the host's (Chromium, Electron); the real ones print in
 * cli/report*.integration.test.ts and the hub's report tests.
 */
let dir: string;
let core: Core;
let owner: CallContext;
let stranger: CallContext;
let subjectId: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-report-proc-'));
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock: new ManualClock(Date.parse('2026-03-01T00:00:00Z')) });
  const ctxOf = async (email: string): Promise<CallContext> => ({
    user: await core.auth.register({ email, password: 'correct horse battery', name: email }),
    clientKey: 'test',
    transport: 'memory',
  });
  owner = await ctxOf('owner@example.org');
  stranger = await ctxOf('stranger@example.org');
  subjectId = (await core.call('subjects.create', { name: 'Pat', kind: 'diabetes' }, owner)).id;
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reports.print', () => {
  it('answers what the registered printer printed, which signs in with a token that ends with the print', async () => {
    const jobs: Array<ReportJob & { signedInAs: string | undefined }> = [];
    setReportPrinter(core, async (job) => {
      jobs.push({ ...job, signedInAs: core.auth.authenticate(job.token)?.id });
      return Buffer.from('%PDF-1.7 printed');
    });
    const out = await core.call('reports.print', { subject_id: subjectId, kind: 'agp', from: '2026-02-01T00:00:00+01:00', utc_offset_min: 60 }, owner);
    expect(out).toMatchObject({ kind: 'agp', filename: 'tend-agp.pdf', mime: 'application/pdf' });
    expect(Buffer.from(out.pdf_base64, 'base64').toString()).toBe('%PDF-1.7 printed');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ subjectId, request: { kind: 'agp', from: '2026-02-01T00:00:00+01:00', utc_offset_min: 60 }, signedInAs: owner.user!.id });
    expect(core.auth.authenticate(jobs[0]!.token)).toBeNull();
  });

  it('tells the stream how far a print with a progress_id has got, step by step, and says nothing for one without', async () => {
    const heard: ServerEvent[] = [];
    const off = core.bus.subscribe((ev) => heard.push(ev));
    setReportPrinter(core, async (job) => {
      job.progress('starting', 10);
      job.progress('preparing', 50);
      // A step reported twice, or going back, is not said again.
      job.progress('preparing', 40);
      job.progress('printing', 85);
      return Buffer.from('%PDF');
    });
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp', progress_id: 'print-1' }, owner);
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp' }, owner);
    off();
    expect(heard.filter((e) => e.type === 'report.progress')).toEqual([
      { type: 'report.progress', subject_id: subjectId, progress_id: 'print-1', step: 'queued', percent: 0 },
      { type: 'report.progress', subject_id: subjectId, progress_id: 'print-1', step: 'starting', percent: 10 },
      { type: 'report.progress', subject_id: subjectId, progress_id: 'print-1', step: 'preparing', percent: 50 },
      { type: 'report.progress', subject_id: subjectId, progress_id: 'print-1', step: 'printing', percent: 85 },
      { type: 'report.progress', subject_id: subjectId, progress_id: 'print-1', step: 'done', percent: 100 },
    ]);
  });

  it('refuses someone the person is not shared with, bad kinds and backwards periods before anything prints', async () => {
    let printed = 0;
    setReportPrinter(core, async () => {
      printed++;
      return Buffer.from('%PDF');
    });
    await expect(core.call('reports.print', { subject_id: subjectId, kind: 'agp' }, stranger)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(core.call('reports.print', { subject_id: subjectId, kind: 'weather' }, owner)).rejects.toMatchObject({ code: 'bad_request', field: 'kind', message: 'kind: kind must be one of agp, baby, tremor' });
    await expect(core.call('reports.print', { subject_id: subjectId, kind: 'agp', from: '2026-02-02T00:00:00Z', to: '2026-02-01T00:00:00Z' }, owner)).rejects.toMatchObject({
      code: 'bad_request',
      field: 'to',
      message: 'to must be after from',
    });
    await expect(core.call('reports.print', { subject_id: subjectId, kind: 'agp', time_zone: 'America/Gotham' }, owner)).rejects.toMatchObject({
      code: 'bad_request',
      field: 'time_zone',
      message: 'time_zone: "America/Gotham" is not an IANA time zone (e.g. America/New_York)',
    });
    expect(printed).toBe(0);
  });

  it('hands the printer the zone asked for, else the account’s saved zone, else the host’s; a bare fixed offset stays one', async () => {
    const requests: ReportJob['request'][] = [];
    setReportPrinter(core, async (job) => {
      requests.push(job.request);
      return Buffer.from('%PDF');
    });
    const host = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp' }, owner);
    await core.call('auth.update', { time_zone: 'America/New_York' }, owner);
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp' }, owner);
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp', time_zone: 'Asia/Kolkata' }, owner);
    await core.call('reports.print', { subject_id: subjectId, kind: 'agp', utc_offset_min: -300 }, owner);
    expect(requests.map((r) => [r.time_zone, r.utc_offset_min])).toEqual([
      [host, undefined],
      ['America/New_York', undefined],
      ['Asia/Kolkata', undefined],
      [undefined, -300],
    ]);
  });

  it('says so when this host registered no printer, and stops using one taken back', async () => {
    const unset = setReportPrinter(core, async () => Buffer.from('%PDF'));
    unset();
    await expect(core.call('reports.print', { subject_id: subjectId, kind: 'tremor' }, owner)).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('no report printer') });
  });
});
