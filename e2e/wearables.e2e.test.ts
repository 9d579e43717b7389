import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubAndBrowser, signUpWithPerson } from './fixture';
import { hasChromium } from './browser';

/** Real test files of GGIRread (Apache-2.0), described in ../shared/data/wearables/README.md. */
const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'wearables');

describe.skipIf(!hasChromium)('uploading research-wearable files on the tremor screen in Chromium', () => {
  const e2e = hubAndBrowser();

  it('uploads an Axivity .cwa and a cut GENEActiv .bin, stores them and shows their minutes on the day', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'neuro@example.org', 'Nora', { name: 'Walter', kind: 'parkinson' });
    const context = await e2e.browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(`window.localStorage.setItem('tend.token', ${JSON.stringify(token)});`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(e2e.hub.url + '/#/tremor');
    await page.getByRole('heading', { name: 'Tremor: Walter' }).waitFor();

    // AX3 file: 17,400 samples over 176 s from 2019-02-26 10:55:06 UTC.
    await page.getByLabel('Day').fill('2019-02-26');
    await page.getByLabel('Accelerometer CSV (t,x,y,z), Axivity .cwa or GENEActiv .bin').setInputFiles(join(DATA, 'ax3_testfile.cwa'));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByTestId('upload-status').getByText(/Uploaded ax3_testfile\.cwa \(Axivity\): 3 minutes analysed\./).waitFor({ timeout: 45_000 });
    await page.getByRole('img', { name: /Tremor by minute, 2019-02-26: 4 minutes recorded/ }).waitFor({ timeout: 20_000 });
    const stored = () => e2e.hub.core.deps.db.$client.prepare(`SELECT COALESCE(SUM(n), 0) FROM motion_chunks WHERE subject_id = ?`).pluck().get(subject.id) as number;
    expect(stored()).toBe(17_400);

    // The GENEActiv file's header claims 222,048 pages; the status says what was read instead.
    await page.getByLabel('Day').fill('2013-05-30');
    await page.getByLabel('Accelerometer CSV (t,x,y,z), Axivity .cwa or GENEActiv .bin').setInputFiles(join(DATA, 'GENEActiv_testfile.bin'));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByTestId('upload-status').getByText(/Uploaded GENEActiv_testfile\.bin \(GENEActiv\): 1 minutes analysed\. Note: .*the header claims 222048 pages/).waitFor({ timeout: 45_000 });
    expect(stored()).toBe(17_400 + 5_031);
    expect(errors).toEqual([]);
    await context.close();
  });
});
