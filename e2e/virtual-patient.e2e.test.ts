import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/** Someone trying Tend without a sensor adds a virtual patient on the Overview and opens its dashboard. */
describe.skipIf(!hasChromium)('a virtual patient in Chromium', () => {
  const e2e = hubAndBrowser();

  it('adds "Virtual adolescent#003" with three days of data and shows its AGP dashboard', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('tryer@example.org', 'Tryer');
    // bypassCSP only so the axe check can inject its script.
    const { page } = await openSignedIn(e2e, token, '', { bypassCSP: true });
    await page.getByRole('heading', { name: 'Try Tend with a virtual patient' }).waitFor();
    // Out of range first: the form says so and nothing is created.
    await page.getByLabel('Days').fill('30');
    await page.getByRole('button', { name: 'Add virtual patient' }).click();
    await page.getByRole('alert').getByText('Days: a whole number from 1 to 14.').waitFor();
    expect((await hub.api('GET', '/api/subjects', undefined, token)).body).toHaveLength(0);
    await page.getByLabel('Virtual patient', { exact: true }).selectOption('adolescent#003');
    await page.getByLabel('Days').fill('3');
    await page.getByRole('button', { name: 'Add virtual patient' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Added Virtual adolescent#003' });
    await status.waitFor();
    const [person] = (await hub.api('GET', '/api/subjects', undefined, token)).body as Array<{ id: string; name: string }>;
    expect(person!.name).toBe('Virtual adolescent#003');
    // The numbers shown are what was stored.
    const n = (await hub.api('POST', '/api/rpc/diabetes.metrics', { subject_id: person!.id, from: '2000-01-01T00:00:00Z', to: new Date().toISOString() }, token)).body.n as number;
    expect(await status.textContent()).toContain(`${n.toLocaleString('en-US')} readings`);
    expect(await page.locator('#subject-switcher').inputValue()).toBe(person!.id);
    expect(await axeViolations(page)).toEqual([]);
    await status.getByRole('link', { name: 'Open it on the Diabetes screen' }).click();
    await page.getByRole('heading', { name: 'Diabetes: Virtual adolescent#003' }).waitFor();
    await page.getByText(/readings$/).first().waitFor();
    await screenshot(page, 'virtual-patient-dashboard');
  });
});
