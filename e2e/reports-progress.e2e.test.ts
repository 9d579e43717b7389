import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';

/**
 * Issue #18: a PDF takes seconds to print, so the Reports screen says how far it has got
 * ("Preparing report… n %") from the hub's `report.progress` events for the print it asked for.
 */
describe.skipIf(!hasChromium)('the Reports screen while a PDF prints', () => {
  const e2e = hubAndBrowser();

  it('shows "Preparing report… n %" rising from the hub’s progress, then the download', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'uma@example.org', 'Uma', { name: 'Uma', kind: 'diabetes' });
    const now = Date.now();
    const readings = Array.from({ length: 48 }, (_, i) => ({ metric: 'glucose', t: new Date(now - (48 - i) * 300_000).toISOString(), value: 110 + i }));
    expect((await e2e.hub.api('POST', `/api/subjects/${subject.id}/observations`, readings, token)).status).toBe(201);
    const { context, page, errors } = await openSignedIn(e2e, token, '#/report');
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const status = page.getByTestId('report-progress');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Preparing report… \d+ %/);
    // A percent above 0 can only come from the hub's events over the stream.
    await page.waitForFunction(() => /Preparing report… [1-9]\d* %/.test(document.querySelector('[data-testid="report-progress"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect((await download).suggestedFilename()).toBe('tend-agp-Uma.pdf');
    await status.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
