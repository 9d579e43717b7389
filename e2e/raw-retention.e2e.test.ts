import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * How long a person's raw wrist samples are kept, on the Settings screen against a real hub:
 * what the page saves is read back through `tremor.settings.get`, a value out of range is
 * refused naming the setting and stores nothing, and a viewer only reads.
 */
describe.skipIf(!hasChromium)('raw wrist sample retention in Settings', () => {
  const e2e = hubAndBrowser();

  it('saves the days the owner enters for raw samples and per-second detail, refuses values out of range, and shows a viewer the values without letting them change them', async () => {
    const { hub } = e2e;
    const owner = await hub.signUp('wrist-owner@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Walter', kind: 'parkinson' }, owner)).body.id as string;
    const stored = async () => (await hub.api('POST', '/api/rpc/tremor.settings.get', { subject_id: subject }, owner)).body as { raw_retention_days: number; detail_retention_days: number };
    const viewer = await hub.signUp('wrist-viewer@example.org');
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'wrist-viewer@example.org', role: 'viewer' }, owner)).status).toBe(201);
    const { page } = await openSignedIn(e2e, owner, '', { bypassCSP: true });
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const card = page.getByTestId('raw-retention');
    await card.getByRole('heading', { name: 'Wrist recordings of Walter' }).waitFor();
    const days = card.getByLabel(/Raw wrist samples kept/);
    await expect.poll(() => days.inputValue()).toBe('30');
    const detail = card.getByLabel(/Per-second detail kept/);
    expect(await detail.inputValue()).toBe('365');

    await days.fill('-3');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('alert').getByText('Raw wrist samples kept: enter a whole number of days from 0 to 3650.').waitFor();
    expect(await stored()).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });
    expect(await axeViolations(page)).toEqual([]);

    await days.fill('7');
    await detail.fill('0');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('alert').getByText('Per-second detail kept: enter a whole number of days from 1 to 3650.').waitFor();
    expect(await stored()).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });

    await detail.fill('200');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('status').getByText('Saved: raw samples are kept for 7 days, per-second detail for 200 days.').waitFor();
    expect(await stored()).toEqual({ raw_retention_days: 7, detail_retention_days: 200 });
    await screenshot(page, 'settings-raw-retention');

    const { page: vPage } = await openSignedIn(e2e, viewer, '');
    await vPage.evaluate(() => (window.location.hash = '#/settings'));
    const vCard = vPage.getByTestId('raw-retention');
    await vCard.getByRole('note').getByText(/You can see these settings but not change them/).waitFor();
    await expect.poll(() => vCard.getByLabel(/Raw wrist samples kept/).inputValue()).toBe('7');
    expect(await vCard.getByLabel(/Raw wrist samples kept/).isDisabled()).toBe(true);
    expect(await vCard.getByLabel(/Per-second detail kept/).inputValue()).toBe('200');
    expect(await vCard.getByLabel(/Per-second detail kept/).isDisabled()).toBe(true);
    expect(await vCard.getByRole('button', { name: 'Save' }).count()).toBe(0);
    // The server refuses the viewer's write whatever the page shows.
    expect((await hub.api('POST', '/api/rpc/tremor.settings.put', { subject_id: subject, settings: { raw_retention_days: 1 } }, viewer)).status).toBe(403);
    expect(await stored()).toEqual({ raw_retention_days: 7, detail_retention_days: 200 });
  }, 120_000);
});
