import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hubAndBrowser } from './fixture';
import { axeViolations, hasChromium, screenshot } from './browser';

describe.skipIf(!hasChromium)('the app in Chromium through the hub', () => {
  const e2e = hubAndBrowser();

  it('creates an account, shows the home screen with no serious accessibility violations, and saves a screenshot', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(e2e.hub.url + '/');
    await page.getByRole('button', { name: 'Create an account instead' }).click();
    await page.getByLabel('Your name').fill('Grace');
    await page.getByLabel('E-mail').fill('grace@example.org');
    await page.getByLabel('Password').fill('a long passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();

    await page.getByLabel('Name').fill('Grandad');
    await page.getByLabel('What for').selectOption('diabetes');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('article', { name: 'Grandad' }).waitFor();
    await expect(page.getByLabel('Watching').inputValue()).resolves.not.toBe('');

    // Navigation reaches each screen by keyboard-reachable links.
    await page.getByRole('link', { name: 'Alerts' }).first().click();
    await page.getByRole('heading', { name: 'Alerts' }).waitFor();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();

    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    const shot = await screenshot(page, 'home');
    expect(existsSync(shot)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
