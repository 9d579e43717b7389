import { describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * A person edits their own profile in Settings (issue #19): the new name shows at once in
 * the header and after a reload; a zone the hub does not know is refused with its reason;
 * a new e-mail asks for the current password; the glucose unit is kept with the account.
 */
describe.skipIf(!hasChromium)('the profile in Settings, in Chromium', () => {
  const e2e = hubAndBrowser();

  it('edits name, time zone, e-mail and glucose unit, and shows the new name', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('gil@example.org', 'Gil');
    const me = async () => (await hub.api('GET', '/api/auth/me', undefined, token)).body as Record<string, unknown>;
    const { page } = await openSignedIn(e2e, token, '', { bypassCSP: true });
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const card = page.getByRole('form', { name: 'Your profile' });
    await card.getByLabel('Name').waitFor();
    expect(await card.getByLabel('Name').inputValue()).toBe('Gil');

    await card.getByLabel('Name').fill('Gil Ramos');
    await card.getByLabel(/^Time zone/).fill('Mars/Olympus');
    await card.getByRole('button', { name: 'Save profile' }).click();
    await card.getByRole('alert').getByText(/time_zone: must be an IANA time zone/).waitFor();
    expect(await me()).toMatchObject({ name: 'Gil', time_zone: null });

    await card.getByLabel(/^Time zone/).fill('Europe/Lisbon');
    await card.getByRole('button', { name: 'Save profile' }).click();
    await card.getByRole('status').getByText('Profile saved.').waitFor();
    await page.getByRole('banner').getByText('Gil Ramos').waitFor();
    await page.getByText('Signed in as Gil Ramos (gil@example.org).').waitFor();
    expect(await me()).toMatchObject({ name: 'Gil Ramos', time_zone: 'Europe/Lisbon' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-profile');

    // A new e-mail: the password field appears, and a wrong password changes nothing.
    await card.getByLabel('E-mail').fill('gil.ramos@example.org');
    await card.getByLabel(/^Current password/).fill('not my password');
    await card.getByRole('button', { name: 'Save profile' }).click();
    await card.getByRole('alert').getByText(/the current password is wrong/).waitFor();
    expect(await me()).toMatchObject({ email: 'gil@example.org' });
    await card.getByLabel(/^Current password/).fill('correct horse battery');
    await card.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Signed in as Gil Ramos (gil.ramos@example.org).').waitFor();
    await card.getByLabel(/^Current password/).waitFor({ state: 'detached' });

    await page.getByLabel('Glucose units').selectOption('mmol/L');
    await waitFor('the unit kept with the account', async () => (await me()).glucose_unit === 'mmol/L');

    // Kept by the hub, not only by this page.
    await page.reload();
    await page.getByRole('banner').getByText('Gil Ramos').waitFor();
  }, 120_000);
});
