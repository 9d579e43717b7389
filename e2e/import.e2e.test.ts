import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';
import { axeViolations, hasChromium, screenshot } from './browser';

const EXPORTS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'cgm', 'exports');

describe.skipIf(!hasChromium)('an import that explains itself, and looking back at older data, in Chromium through the hub', () => {
  const e2e = hubAndBrowser();

  it('offers the formats when it cannot tell, says why lines were skipped, and shows an older period by its end date', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'lee@example.org', 'Lee', { name: 'Lee', kind: 'diabetes' });
    // A reading from today, so the dashboard opens on today, years after the export.
    expect((await e2e.hub.api('POST', `/api/subjects/${subject.id}/observations`, [{ metric: 'glucose', t: new Date(Date.now() - 60_000).toISOString(), value: 120 }], token)).status).toBe(201);
    // A real LibreView export with a patient block above it: its header is not in the first two lines, so detection fails.
    const csv = 'Patient report\r\nName,Lee\r\n' + readFileSync(join(EXPORTS, 'libreview_librelink_mmol_sample.csv'), 'utf8');

    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1100 }, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Lee' }).waitFor();

    await page.locator('#import-file').setInputFiles({ name: 'lee-libre.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported from lee-libre.csv' });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.not.toContain('--format');
    await alert.getByLabel('Tend could not tell the format. It is').selectOption('libreview');
    await screenshot(page, 'import-format-picker');
    await alert.getByRole('button', { name: 'Import as this format' }).click();

    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    const summary = (await result.locator('p').first().textContent())!;
    const m = /^lee-libre\.csv: imported (\d+), already held 0, skipped (\d+) \(libreview\)\.$/.exec(summary);
    expect(m, summary).not.toBeNull();
    // The 200 historic readings and the food and note events.
    expect(Number(m![1])).toBeGreaterThanOrEqual(200);
    const reasons = await result.getByRole('list', { name: 'Why records were skipped' }).getByRole('listitem').allTextContents();
    // The two lines of the patient block moved every row down by two.
    const lines = csv.split('\r\n');
    const scan = reasons.find((r) => r.includes('scan reading (record type 1)'));
    const scanLines = /\(lines ([\d, ]+), …\)$/.exec(scan ?? '')![1]!.split(', ').map(Number);
    for (const l of scanLines) expect(lines[l - 1]!.split(',')[3]).toBe('1');
    const counted = reasons.map((r) => Number(/^(\d+) × /.exec(r)![1]));
    expect(counted.reduce((s, n) => s + n, 0)).toBe(Number(m![2]));

    // Today's period has one reading; the export's days are seen by choosing when the period ends.
    const sub = page.locator('.dm-sub');
    await expect(sub.textContent()).resolves.toMatch(/ · 1 readings?$/);
    await page.getByLabel('Ends on').fill('2019-12-07');
    await expect.poll(() => sub.textContent(), { timeout: 20_000 }).toMatch(/^Ambulatory glucose profile · 14 days: 24 Nov 2019 – 7 Dec 2019 · 200 readings$/);
    await page.getByRole('button', { name: 'Latest data' }).click();
    await expect.poll(() => sub.textContent(), { timeout: 20_000 }).toMatch(/ · 1 readings?$/);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
