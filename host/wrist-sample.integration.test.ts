import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wristSampleCsv } from '../scripts/make-wrist-sample';
import { REPO_ROOT } from '../core/baby/testing';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;

/**
 * The sample wrist file a new user can try (samples/README.md): small, still what the wrist
 * simulator writes, and uploading it through the hub gives its tremor minutes.
 */
const SAMPLE = join(REPO_ROOT, 'samples', 'wrist-tremor-sample.csv');

describe('the sample wrist file', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.close();
  });

  it('is under 1 MB and is exactly what scripts/make-wrist-sample.ts writes', () => {
    expect(statSync(SAMPLE).size).toBeLessThan(1024 * 1024);
    expect(readFileSync(SAMPLE, 'utf8')).toBe(wristSampleCsv());
  }, 60_000);

  it('uploaded through the hub, gives 10 minutes analysed, 7 with tremor, stored for the day', async () => {
    const token = await hub.signUp('try@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Walter', kind: 'parkinson' }, token)).body.id as string;
    const up = await hub.api('POST', '/api/rpc/tremor.upload', { subject_id: subject, csv: readFileSync(SAMPLE, 'utf8'), start: '2026-01-05T07:00:00Z' }, token);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ minutes: 10, tremor_minutes: 7, rate_hz: 50, seconds: 600 });
    const day = await hub.api('POST', '/api/rpc/tremor.day', { subject_id: subject, date: '2026-01-05', utc_offset_min: 0 }, token);
    expect(day.status).toBe(200);
    expect(day.body.summary).toMatchObject({ recorded_minutes: 10, tremor_minutes: 7 });
    expect(day.body.summary.dominant_hz).toBeGreaterThan(4);
    expect(day.body.summary.dominant_hz).toBeLessThan(7);
    expect(day.body.summary.load).toBeGreaterThan(0);
    // Ten minutes are far from a trend, and the answer says why.
    const trend = await hub.api('POST', '/api/rpc/tremor.progression', { subject_id: subject, utc_offset_min: 0 }, token);
    expect(trend.body.trend).toMatchObject({ direction: 'insufficient data', days: 0, short_days: 1, min_days: 7, min_minutes_per_day: 120, outlook: null });
  }, 120_000);
});
