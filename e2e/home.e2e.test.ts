import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHub } from '../host/testing';
import { axeViolations, hasChromium, launch, screenshot } from './browser';

type Hub = Awaited<ReturnType<typeof startTestHub>>;

describe.skipIf(!hasChromium)('the app in Chromium through the hub', () => {
  let hub: Hub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('creates an account, shows the home screen with no serious accessibility violations, and saves a screenshot', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hub.url + '/');
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
