import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../core/baby/testing';
import { hubAndBrowser } from './fixture';
import { hasChromium, screenshot } from './browser';

/**
 * The Tremor screen's load and outlook (issue 19), in Chromium through the hub: the sample
 * wrist file uploads and shows tremor time beside tremor load, with the reason there is no
 * trend yet; a person with three weeks of worsening tremor sees the expected change over
 * the next 4 weeks with its interval, labelled an extrapolation, for tremor time and load.
 */
const SAMPLE = join(REPO_ROOT, 'samples', 'wrist-tremor-sample.csv');
const DAY = 86_400_000;

describe.skipIf(!hasChromium)('tremor load and the 4-week outlook on the Tremor screen', () => {
  const e2e = hubAndBrowser();

  const open = async (token: string, date: string) => {
    const context = await e2e.browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(`window.localStorage.setItem('tend.token', ${JSON.stringify(token)});`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(e2e.hub.url + '/#/tremor');
    await page.getByRole('heading', { name: /^Tremor: / }).waitFor();
    await page.getByLabel('Day').fill(date);
    return { page, errors, context };
  };

  it('uploads the sample wrist file: tremor minutes, tremor load beside tremor time, and why there is no trend yet', async () => {
    const token = await e2e.hub.signUp('sample@example.org');
    const subject = (await e2e.hub.api('POST', '/api/subjects', { name: 'Walter', kind: 'parkinson' }, token)).body.id as string;
    const { page, errors, context } = await open(token, '2026-01-05');
    try {
      await page.getByLabel('Recording started at (2026-01-05)').fill('07:00');
      await page.getByLabel('Accelerometer CSV (t,x,y,z)').setInputFiles(SAMPLE);
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      await page.getByTestId('upload-status').getByText(/Uploaded wrist-tremor-sample\.csv: 10 minutes analysed/).waitFor({ timeout: 45_000 });
      await page.getByRole('img', { name: /Tremor by minute, 2026-01-05: 10 minutes recorded/ }).waitFor();

      const summary = page.getByTestId('day-summary');
      const stats = await summary.locator('.stat').allTextContents();
      const time = stats.findIndex((s) => s.startsWith('Tremor time'));
      const day = await e2e.hub.api('POST', '/api/rpc/tremor.day', { subject_id: subject, date: '2026-01-05', utc_offset_min: 0 }, token);
      expect(day.body.summary.load).toBeGreaterThan(0);
      expect(stats[time + 1]).toBe(`Tremor load (amplitude × time)${(day.body.summary.load as number).toFixed(3)} m/s²`);

      for (const id of ['trend-time', 'trend-load']) {
        await expect(page.getByTestId(id).getByTestId('trend-sentence').textContent()).resolves.toBe(
          'No trend yet: each day needs 2 hours of wear; 0 of 7 days so far (1 more day was worn for less than 2 hours).',
        );
        await expect(page.getByTestId(id).getByTestId('trend-outlook').count()).resolves.toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the expected change over the next 4 weeks with its interval, for tremor time and tremor load', async () => {
    const token = await e2e.hub.signUp('outlook@example.org');
    const subject = (await e2e.hub.api('POST', '/api/subjects', { name: 'Ruth', kind: 'parkinson' }, token)).body.id as string;
    // Three weeks of stored minutes (3 h a day, tremor time rising 1 %-point a day with a
    // little day-to-day scatter), written straight to the minute table: uploading three
    // weeks of raw motion would take minutes on this machine, and the analysis of uploads
    // is pinned by the test above. What is read back, fitted and shown is the app's own.
    const first = Date.UTC(2026, 1, 1, 9);
    const insert = e2e.hub.core.deps.db.$client.prepare(
      `INSERT INTO tremor_minutes (subject_id, t, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent, features, flags, settled, updated_at)
       VALUES (?, ?, NULL, 60, ?, ?, 5.2, ?, 0, x'', x'', 1, ?)`,
    );
    e2e.hub.core.deps.db.$client.transaction(() => {
      for (let d = 0; d < 21; d++) {
        const level = 20 + d + ((d * 7) % 5) - 2;
        for (let m = 0; m < 180; m++) {
          const tp = Math.min(100, Math.max(0, level + ((m * 13) % 21) - 10));
          insert.run(subject, first + d * DAY + m * 60_000, Math.round(tp * 0.6), tp, 0.2 + d * 0.01, Date.now());
        }
      }
    })();
    const progression = await e2e.hub.api('POST', '/api/rpc/tremor.progression', { subject_id: subject, utc_offset_min: 0 }, token);
    expect(progression.body.trend.direction).toBe('worse');
    const o = progression.body.trend.outlook as { expected_change: number; low: number; high: number };
    expect(o.expected_change).toBeGreaterThan(20);
    expect(o.low).toBeLessThan(o.expected_change);
    expect(o.high).toBeGreaterThan(o.expected_change);

    const { page, errors, context } = await open(token, '2026-02-21');
    try {
      const timeOutlook = page.getByTestId('trend-time').getByTestId('trend-outlook');
      await timeOutlook.waitFor({ timeout: 15_000 });
      const f = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;
      expect(await timeOutlook.textContent()).toBe(
        `Next 4 weeks, if the trend goes on: ${f(o.expected_change)} %-points in tremor time (95 % interval ${f(o.low)} to ${f(o.high)}). ` +
          'A statistical extrapolation of the recorded days, not a clinical prediction: the line may not go on, and medication changes are not in it.',
      );
      const loadOutlook = await page.getByTestId('trend-load').getByTestId('trend-outlook').textContent();
      expect(loadOutlook).toMatch(/^Next 4 weeks, if the trend goes on: \+\d\.\d{3} m\/s² in tremor load \(95 % interval [−+]?\d\.\d{3} to \+\d\.\d{3}\)\./);
      expect(await page.getByTestId('trend-time').getByTestId('trend-sentence').textContent()).toMatch(/^Worse: tremor time is rising/);
      await screenshot(page, 'tremor-outlook');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
