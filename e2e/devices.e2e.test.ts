import { describe, expect, it } from 'vitest';
import { DemoLab } from '../native/lab/demo-lab';
import { hubAndBrowser } from './fixture';
import { hasChromium, screenshot, signIn } from './browser';

const labMissing = DemoLab.unavailableReason();

describe.skipIf(!hasChromium || labMissing !== null)('demo devices from the Devices screen', () => {
  // The demo thermometer measures once a simulated minute; run the lab 30× so the
  // test sees readings within seconds.
  const e2e = hubAndBrowser({ env: { TEND_DEMO_SPEED: '30' } });

  it('adds a demo thermometer and its readings appear on the dashboard', async () => {
    const token = await e2e.hub.signUp('nurse@example.org', 'Nurse');
    await e2e.hub.api('POST', '/api/subjects', { name: 'Baby Sam', kind: 'baby' }, token);
    const page = await e2e.browser.newPage();
    await signIn(page, e2e.hub.url, token);
    await page.getByRole('heading', { name: 'Overview' }).waitFor().catch(async (e) => {
      await screenshot(page, 'devices-failed');
      throw e;
    });
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('heading', { name: 'Devices for Baby Sam' }).waitFor();
    await page.getByLabel('Demo device', { exact: true }).selectOption('thermometer');
    await page.getByRole('button', { name: 'Add demo device' }).click();
    const row = page.locator('tr[data-device="thermometer"]');
    await row.waitFor();
    await expect.poll(async () => row.textContent(), { timeout: 30_000 }).toMatch(/Connected/);
    await screenshot(page, 'devices');

    await page.getByRole('link', { name: 'Baby monitor' }).click();
    const temp = page.locator('[data-metric="body_temperature"]');
    await temp.waitFor({ timeout: 30_000 });
    expect(await temp.textContent()).toMatch(/Body temperature\s*3\d\.\d °C/);
    await screenshot(page, 'devices-dashboard');
    // The reading was stored through the real BLE stack into the database.
    const stored = e2e.hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE metric = 'body_temperature'`).pluck().get() as number;
    expect(stored).toBeGreaterThan(0);
  }, 90_000);
});
