import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubAndBrowser } from './fixture';
import { FakeDexcomShare } from '../core/followers/fake-servers';
import { axeViolations, hasChromium, screenshot } from './browser';

const MIN = 60_000;

/**
 * Devices → "Follow a phone app's cloud" in Chromium, against a local server speaking
 * Dexcom Share's protocol (its address under Advanced): a wrong password is refused
 * with the service's reason and nothing is listed; the right one imports and lists the
 * follower with its state.
 */
describe.skipIf(!hasChromium)('following Dexcom Share from the Devices screen', () => {
  const e2e = hubAndBrowser();
  let share: FakeDexcomShare;
  beforeAll(async () => {
    share = await new FakeDexcomShare('noor.mum', 'right-password').start();
    share.dataFrom = Date.now() - 3 * 60 * MIN;
  });
  afterAll(async () => {
    await share?.close();
  });

  it('refuses a wrong password, then follows with the right one and shows the follower', async () => {
    const owner = await e2e.hub.signUp('parent@example.org', 'Parent');
    expect((await e2e.hub.api('POST', '/api/subjects', { name: 'Noor', kind: 'diabetes' }, owner)).status).toBe(201);
    const context = await e2e.browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((t) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tend.token', t), owner);
    await page.goto(`${e2e.hub.url}/#/devices`);
    const panel = page.getByTestId('cloud-follow');
    await panel.getByRole('heading', { name: 'Follow a phone app’s cloud' }).waitFor().catch(async (e) => {
      await screenshot(page, 'follow-failed');
      throw e;
    });
    await panel.getByLabel('Service', { exact: true }).selectOption('dexcom-share');
    await panel.getByLabel('Region', { exact: true }).selectOption('ous');
    await panel.getByLabel('User name or e-mail').fill('noor.mum');
    await panel.getByLabel('Password', { exact: true }).fill('wrong');
    await panel.getByText('Advanced').click();
    await panel.getByLabel('Server address (replaces the service’s own)').fill(share.url);
    await panel.getByRole('button', { name: 'Follow' }).click();
    await expect.poll(async () => panel.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/Dexcom Share refused the user name or password/);
    expect(await panel.getByTestId('follower-dexcom-share').count()).toBe(0);

    await panel.getByLabel('Password', { exact: true }).fill('right-password');
    await panel.getByRole('button', { name: 'Follow' }).click();
    await expect.poll(async () => panel.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/Following: 3[67] readings imported/);
    const row = panel.getByTestId('follower-dexcom-share');
    await expect.poll(async () => row.textContent(), { timeout: 10_000 }).toMatch(/Dexcom Share \(Dexcom Follow\) · noor\.mum · last reading/);
    await screenshot(page, 'follow-devices');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
