import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hubAndBrowser, openSignedIn } from './fixture';
import { hasChromium, signIn } from './browser';

/** One unbroken 120-character name: the worst case for wrapping (no space to break at). */
const LONG_NAME = 'Maximiliana'.repeat(11) + 'Ann';
const LONG_FILE = 'glucose-export-from-the-clinic-' + 'x'.repeat(150) + '.csv';

/**
 * Panels whose content is wider than the panel itself, measured from outside: any of the
 * page's panels (main, cards, sections, forms, the top bar) whose scrollWidth exceeds its
 * clientWidth. Named by id, test id or class so a failure says where.
 */
function overflowingPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ scrollWidth: number; clientWidth: number; id: string; className: string; tagName: string; getAttribute(n: string): string | null }> } };
    const panels = Array.from(g.document.querySelectorAll('.topbar, main, main section, main form, main article, .card, .dm-panel'));
    // 1 px: sub-pixel layout rounds either way.
    return panels
      .filter((p) => p.scrollWidth > p.clientWidth + 1)
      .map((p) => `${p.tagName.toLowerCase()}${p.id ? '#' + p.id : ''}.${p.className || '-'}[${p.getAttribute('aria-labelledby') ?? p.getAttribute('aria-label') ?? ''}] ${p.scrollWidth} > ${p.clientWidth}`);
  });
}

describe.skipIf(!hasChromium)('screens fit at 1280 × 800 in Chromium (#19)', () => {
  const e2e = hubAndBrowser();

  it('selects a newly added person, and a 120-character name and a long file name stay inside their panels', async () => {
    const token = await e2e.hub.signUp('fit@example.org', 'Fit');
    await e2e.hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'diabetes' }, token);
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, e2e.hub.url, token);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('article', { name: 'Ada' }).waitFor();

    // Adding a second person switches the app to them, not left on the first.
    await page.getByLabel('Name', { exact: true }).fill(LONG_NAME);
    await page.getByLabel('What for').selectOption('diabetes');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('article', { name: LONG_NAME }).waitFor();
    const switcher = page.locator('#subject-switcher');
    await expect.poll(async () => switcher.locator('option:checked').textContent()).toBe(`${LONG_NAME} (diabetes)`);
    expect(await overflowingPanels(page)).toEqual([]);

    // The person's own screen: the heading with the name, and a long file name in the import panel.
    await page.goto(e2e.hub.url + '/#/diabetes');
    await page.getByRole('heading', { name: `Diabetes: ${LONG_NAME}` }).waitFor();
    await page.locator('#import-file').setInputFiles({ name: LONG_FILE, mimeType: 'text/csv', buffer: Buffer.from('not,a,known\nformat,at,all\n') });
    await page.getByRole('alert').filter({ hasText: `Nothing was imported from ${LONG_FILE}` }).waitFor({ timeout: 30_000 });
    expect(await overflowingPanels(page)).toEqual([]);

    await page.goto(e2e.hub.url + '/#/thresholds');
    await page.getByRole('heading', { name: 'Thresholds' }).waitFor();
    await page.locator('tr[data-metric]').first().waitFor();
    expect(await overflowingPanels(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('keeps a long file name inside the tremor upload and the check-in panels', async () => {
    const token = await e2e.hub.signUp('files@example.org', 'Files');
    await e2e.hub.api('POST', '/api/subjects', { name: LONG_NAME, kind: 'parkinson' }, token);
    const { context, page, errors } = await openSignedIn(e2e, token, '#/tremor', { viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-GB' });
    await page.getByRole('heading', { name: `Tremor: ${LONG_NAME}` }).waitFor();
    // Two minutes of a 5 Hz wrist tremor at 50 Hz: enough for the upload to name the file in its status.
    const lines = ['t,x,y,z'];
    for (let i = 0; i < 120 * 50; i++) {
      const t = i / 50;
      lines.push(`${t.toFixed(2)},${(0.2 * Math.sin(2 * Math.PI * 5 * t)).toFixed(3)},0.000,1.000`);
    }
    await page.getByLabel('Accelerometer CSV (t,x,y,z)').setInputFiles({ name: LONG_FILE, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByTestId('upload-status').getByText(`Uploaded ${LONG_FILE}`, { exact: false }).waitFor({ timeout: 45_000 });
    expect(await overflowingPanels(page)).toEqual([]);

    // A baby's check-in with a recording picked: its long name is in the file control only.
    const baby = (await e2e.hub.api('POST', '/api/subjects', { name: LONG_NAME + 'Baby', kind: 'baby' }, token)).body as { id: string };
    await page.evaluate((id) => globalThis.localStorage.setItem('tend.subject', id), baby.id);
    await page.goto(e2e.hub.url + '/#/baby');
    await page.reload();
    await page.getByRole('heading', { name: `Baby monitor: ${LONG_NAME}Baby` }).waitFor();
    await page.locator('#ci-audio').setInputFiles({ name: LONG_FILE.replace('.csv', '.wav'), mimeType: 'audio/wav', buffer: Buffer.alloc(64) });
    expect(await overflowingPanels(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the whole thresholds table within a 1280 px window', async () => {
    const token = await e2e.hub.signUp('clinic@example.org', 'Clinic');
    await e2e.hub.api('POST', '/api/subjects', { name: 'Bo', kind: 'diabetes' }, token);
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, e2e.hub.url, token);
    await page.goto(e2e.hub.url + '/#/thresholds');
    await page.locator('tr[data-metric]').first().waitFor();
    const table = page.locator('table').filter({ has: page.locator('tr[data-metric]') });
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    // And every control in it: the Remove button of the last column is on screen, not cut off.
    const remove = (await page.getByRole('button', { name: 'Remove row 1' }).boundingBox())!;
    expect(remove.x + remove.width).toBeLessThanOrEqual(box.x + box.width);
    await context.close();
  }, 60_000);

  it('keeps the chat log scrolled to the newest reply', async () => {
    const token = await e2e.hub.signUp('chat-fit@example.org', 'Cy');
    await e2e.hub.api('POST', '/api/subjects', { name: 'Cy', kind: 'diabetes' }, token);
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin', locale: 'en-GB', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signIn(page, e2e.hub.url, token);
    await page.goto(e2e.hub.url + '/#/diabetes');
    await page.getByRole('heading', { name: 'Diabetes: Cy' }).waitFor();
    const log = page.getByTestId('chat-turns');
    // Enough refused messages that the log is taller than its box.
    for (let i = 1; i <= 8; i++) {
      await page.getByLabel('What happened?').fill(`had zorblax number ${i}`);
      await page.getByRole('button', { name: 'Send' }).click();
      await log.locator('li').nth(i - 1).waitFor();
    }
    const sizes = () => log.evaluate((el) => ({ top: el.scrollTop, height: el.clientHeight, scroll: el.scrollHeight }));
    expect((await sizes()).scroll).toBeGreaterThan((await sizes()).height);
    // At the bottom: the newest reply is what shows.
    await expect.poll(async () => { const s = await sizes(); return s.scroll - s.height - s.top; }).toBeLessThanOrEqual(1);
    await log.locator('> li').last().getByText('had zorblax number 8').waitFor();
    await context.close();
  }, 90_000);
});
