import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * A parent shares the baby with the night nurse from Settings, sees the share listed, ends
 * it when the nurse leaves, and changes their own password.
 */
describe.skipIf(!hasChromium)('sharing and password in Chromium', () => {
  const e2e = hubAndBrowser();

  it('shares a person, lists and removes the share, refuses an unknown e-mail, and changes the password', async () => {
    const { hub } = e2e;
    const parent = await hub.signUp('parent@example.org', 'Parent');
    const nurse = await hub.signUp('nurse@example.org', 'Night nurse');
    const mia = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, parent)).body.id as string;
    const { page } = await openSignedIn(e2e, parent, '', { bypassCSP: true });
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const card = page.getByTestId('sharing');
    await card.getByRole('heading', { name: 'Who can see Mia' }).waitFor();
    await card.getByText('parent@example.org · owner').waitFor();

    await card.getByLabel('E-mail of an account on this Tend').fill('nobody@example.org');
    await card.getByRole('button', { name: 'Share' }).click();
    await card.getByRole('alert').getByText(/no user with e-mail nobody@example.org: they must register first/).waitFor();

    await card.getByLabel('E-mail of an account on this Tend').fill('nurse@example.org');
    await card.getByLabel('As').selectOption('clinician');
    await card.getByRole('button', { name: 'Share' }).click();
    await card.getByRole('status').getByText('Shared Mia with nurse@example.org.').waitFor();
    await card.getByText('nurse@example.org · clinician').waitFor();
    expect((await hub.api('GET', `/api/subjects/${mia}`, undefined, nurse)).status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-sharing');

    await card.getByRole('button', { name: 'Remove Night nurse' }).click();
    await card.getByRole('status').getByText('Night nurse no longer sees Mia.').waitFor();
    // The message comes before the list is read again: wait for the row to go.
    await card.getByText('nurse@example.org · clinician').waitFor({ state: 'detached' });
    expect((await hub.api('GET', `/api/subjects/${mia}`, undefined, nurse)).status).toBe(403);

    await page.getByLabel('Current password').fill('wrong password!');
    await page.getByLabel('New password (at least 8 characters)').fill('a brand new password');
    await page.getByLabel('New password again').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByText('the current password is wrong').waitFor();
    await page.getByLabel('Current password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Other sign-ins of this account have ended.').waitFor();
    expect((await hub.api('POST', '/api/auth/login', { email: 'parent@example.org', password: 'a brand new password' })).status).toBe(200);
  });
});
