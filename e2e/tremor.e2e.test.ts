import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubAndBrowser } from './fixture';
import { simulateRecording } from '../native/lab/motion/wrist-sim';
import { analyzeTremor } from '../core/tremor/analysis';
import { axeViolations, hasChromium, screenshot } from './browser';

// Four hours of a seeded wrist from 07:00 UTC at 50 Hz, doses at 08:00 and 09:30.
const START = Date.UTC(2026, 0, 5, 7, 0, 0);
const rec = simulateRecording({ seed: 7301, durationS: 4 * 3600, startMs: START, rateHz: 50, noSleep: true, doses: [{ atS: 3600, drug: 'levodopa' }, { atS: 9000, drug: 'levodopa' }] });

describe.skipIf(!hasChromium)('the tremor screen in Chromium through the hub', () => {
  const e2e = hubAndBrowser();
  let dir: string;
  let csvPath: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-tremor-e2e-'));
    csvPath = join(dir, 'wrist.csv');
    const { t, x, y, z } = rec.samples;
    const lines = ['t,x,y,z'];
    for (let i = 0; i < t.length; i++) lines.push(`${t[i]!.toFixed(2)},${x[i]!.toFixed(3)},${y[i]!.toFixed(3)},${z[i]!.toFixed(3)}`);
    writeFileSync(csvPath, lines.join('\n') + '\n');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a day\'s CSV, logs two doses, shows the heat-strip and the dose-response chart, and prints the report', async () => {
    const token = await e2e.hub.signUp('neuro@example.org', 'Nora');
    const subject = (await e2e.hub.api('POST', '/api/subjects', { name: 'Walter', kind: 'parkinson' }, token)).body as { id: string };
    // What the pure analysis says about the same file: the strip must show as many tremor minutes.
    const ref = analyzeTremor({ t: rec.samples.t, x: rec.samples.x, y: rec.samples.y, z: rec.samples.z }, { rateHz: 50 });

    const context = await e2e.browser.newContext({ bypassCSP: true, timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(`window.localStorage.setItem('tend.token', ${JSON.stringify(token)});`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(e2e.hub.url + '/#/tremor');
    await page.getByRole('heading', { name: 'Tremor: Walter' }).waitFor();
    await page.getByLabel('Day').fill('2026-01-05');

    await page.getByLabel('Recording started at (2026-01-05)').fill('07:00');
    await page.getByLabel('Accelerometer CSV (t,x,y,z)').setInputFiles(csvPath);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByTestId('upload-status').getByText(/Uploaded wrist\.csv: 240 minutes analysed/).waitFor({ timeout: 45_000 });

    for (const time of ['08:00', '09:30']) {
      await page.getByLabel('Time', { exact: true }).fill(time);
      await page.getByRole('button', { name: 'Log dose' }).click();
      await page.getByRole('button', { name: `Remove the ${time} dose` }).waitFor();
    }

    const strip = page.getByRole('img', { name: /Tremor by minute, 2026-01-05: 240 minutes recorded/ });
    await strip.waitFor();
    const tremorMinutes = ref.per_minute.filter((m) => m.tremor_percent >= 50).length;
    expect(await strip.getAttribute('aria-label')).toContain(`${tremorMinutes} with tremor at least half the minute, 2 doses`);
    await expect(page.getByTestId('heat-strip').getByTestId('dose-marker').count()).resolves.toBe(2);

    const chart = page.getByTestId('dose-response');
    await expect(chart.getByTestId('dose-band').count()).resolves.toBe(2);
    await expect(chart.getByRole('row').count()).resolves.toBe(3); // header + two doses
    await expect(chart.getByRole('rowheader').allTextContents()).resolves.toEqual(['08:00 levodopa/carbidopa', '09:30 levodopa/carbidopa']);
    expect(await page.getByTestId('response-summary').textContent()).toMatch(/^2 doses: /);

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tremor');
    expect(errors).toEqual([]);

    // The same screens printed: the hub's report route answers a PDF.
    const res = await fetch(`${e2e.hub.url}/api/subjects/${subject.id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ kind: 'tremor', utc_offset_min: 0 }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await e2e.hub.api('POST', `/api/subjects/${subject.id}/reports`, { kind: 'nope' }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('kind');
    await context.close();
  }, 90_000);
});
